"""Mutated and truncated report PDFs: extract_report returns a Report or raises ExtractorError,
nothing else, and within a time bound.

Hypothesis mutates the bytes of the smallest sample report (bounded and derandomised, so CI
sees the same inputs every run). Any input that ever broke this is kept in tests/regressions/
and replayed by `test_regression_inputs`.
"""
from __future__ import annotations

import signal
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.errors import ExtractorError
from extractor.models import Report
from extractor.pipeline import extract_report

ROOT = Path(__file__).resolve().parent.parent
SEED_PDF = ROOT / "samples" / "mtm-kaz-2023q4-endnotes-reportlab.pdf"   # 6 KB, 1 report
REGRESSIONS = ROOT / "tests" / "regressions"
TIME_BOUND_S = 30      # one mutated 6 KB file; the sample itself reads in well under 1 s


class TookTooLong(Exception):
    pass


@contextmanager
def time_bound(seconds: int):
    """SIGALRM interrupts pure-Python parsing (pdfminer); the batch's worker timeout is the
    real guard for the rest."""
    def ring(signum, frame):
        raise TookTooLong(f"more than {seconds} s")

    old = signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def outcome(path: Path) -> str:
    """'report' or the error's reason; fails the test on any other exception or on a hang."""
    with time_bound(TIME_BOUND_S):
        try:
            result = extract_report(path)
        except ExtractorError as exc:
            line = exc.one_line()
            assert "\n" not in line and line.startswith(str(path)), line
            return exc.reason
    assert isinstance(result, Report)
    return "report"


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        kind = draw(st.sampled_from(["truncate", "flip", "overwrite", "delete", "insert",
                                     "duplicate"]))
        at = draw(st.integers(0, len(data) - 1))
        if kind == "truncate":
            del data[at:]
        elif kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "overwrite":
            chunk = draw(st.binary(min_size=1, max_size=16))
            data[at:at + len(chunk)] = chunk
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 256))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            span = data[at:at + draw(st.integers(1, 512))]
            data[at:at] = span * draw(st.integers(1, 8))
    return bytes(data)


def _seed_path() -> Path:
    if not SEED_PDF.exists():
        pytest.skip(f"needs {SEED_PDF.relative_to(ROOT)}")
    return SEED_PDF


def _seed() -> bytes:
    return _seed_path().read_bytes()


def test_seed_is_a_report():
    """The fuzz seed itself reads as a report, so mutations start from a working input."""
    assert outcome(_seed_path()) == "report"


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_pdf_reads_or_fails_cleanly(tmp_path, data):
    blob = data.draw(mutated(_seed()), label="pdf")
    path = tmp_path / "mutated.pdf"
    path.write_bytes(blob)
    outcome(path)


def _regression_files() -> list[Path]:
    return sorted(REGRESSIONS.glob("*.pdf")) if REGRESSIONS.exists() else []


@pytest.mark.parametrize("path", _regression_files(), ids=lambda p: p.stem)
def test_regression_inputs(path, capfd):
    """Inputs that once broke the extractor (a traceback, or parser warnings on stderr, which
    carries one line per failed file): now a Report or one clean ExtractorError, silently."""
    outcome(path)
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
