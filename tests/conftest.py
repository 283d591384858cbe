"""Shared fixtures. Tests that need ../shared skip with a message where it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def need_shared(*parts: str) -> Path:
    """Path inside ../shared, or skip the test with a message saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (absent here)")
    return path


@pytest.fixture
def reference_pdf() -> Path:
    return need_shared("reports", "mtm-kaz-2023q1.pdf")


@pytest.fixture
def reference_gold() -> Path:
    return need_shared("gold", "mtm-kaz-2023q1.gold.json")
