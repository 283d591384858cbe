"""One extraction of each blind report and sample for the whole test session: the floors
(test_blind) and miss visibility (test_accounting) read the same reports, and extracting the
190-odd PDFs twice took minutes of the suite's ten."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

from extractor import extract


@lru_cache(maxsize=None)
def extracted(path: str) -> SimpleNamespace:
    """The figures and numbers of the report at `path` (what the two tests read), kept."""
    report = extract(Path(path))
    return SimpleNamespace(figures=report.figures, numbers=report.numbers)
