"""Text from a PDF is data: it names no output file, reaches no shell and no SQL string.

Output file names come from the report id, which is built from the reporting period, and pass
through writers.safe_name anyway; the store binds every value as an SQL parameter.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.pipeline import extract_report
from extractor.writers import report_files, write_report
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "mtm-kaz-2023q4-endnotes-reportlab.pdf"
HOSTILE_IDS = ["../../../../tmp/evil", "/etc/passwd", "..", ".", "a/../../b", "..\\..\\win",
               "x\x00y", "$(touch pwned)", "'; DROP TABLE reports;--", ""]


def sample() -> Path:
    if not SAMPLE.exists():
        pytest.skip(f"needs {SAMPLE.relative_to(ROOT)}")
    return SAMPLE


@pytest.fixture(scope="module")
def report():
    return extract_report(sample())


@pytest.mark.parametrize("rid", HOSTILE_IDS, ids=range(len(HOSTILE_IDS)))
def test_hostile_report_id_cannot_leave_the_output_folder(tmp_path, report, rid):
    hostile = report.model_copy(update={"metadata": report.metadata.model_copy(
        update={"report_id": rid})})
    out = tmp_path / "out"
    written = write_report(hostile, out)
    assert written
    for path in written:
        assert path.resolve().parent == out.resolve()
        assert path.name.isprintable() and "/" not in path.name and "\\" not in path.name
        assert path.name not in (".", "..")
    outside = [p for p in tmp_path.rglob("*") if out not in p.parents and p != out]
    assert outside == []
    assert sorted(report_files(hostile)) == sorted(p.name for p in written)


def test_hostile_report_id_makes_no_hidden_file(report):
    hostile = report.model_copy(update={"metadata": report.metadata.model_copy(
        update={"report_id": "../../x"})})
    assert not any(name.startswith(".") for name in report_files(hostile))


def test_long_report_id_is_cut_to_a_valid_name(tmp_path, report):
    hostile = report.model_copy(update={"metadata": report.metadata.model_copy(
        update={"report_id": "K" * 300})})
    assert all(len(p.name) < 255 for p in write_report(hostile, tmp_path))


def test_hostile_pdf_metadata_is_stored_verbatim_and_runs_nothing(tmp_path):
    """A report whose title is a path, a shell command and an SQL injection: the batch writes
    only inside its folder, runs nothing, and the database holds the title as plain text."""
    pypdf = pytest.importorskip("pypdf")
    marker = tmp_path / "pwned"
    title = f"../../x'; DROP TABLE reports;-- $(touch {marker}) `touch {marker}`"
    reader = pypdf.PdfReader(sample())
    writer = pypdf.PdfWriter(clone_from=reader)
    writer.add_metadata({"/Title": title})
    hostile = tmp_path / "in" / "hostile.pdf"
    hostile.parent.mkdir()
    with open(hostile, "wb") as fh:
        writer.write(fh)
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract", str(hostile), "-o",
                           str(out), "--jobs", "1"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert not marker.exists()
    created = {p for p in tmp_path.rglob("*") if p.is_file()}
    assert all(out in p.parents or p == hostile for p in created), created
    with sqlite3.connect(out / "mtm.sqlite") as conn:
        titles = [row[0] for row in conn.execute("SELECT title FROM reports")]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert titles == [title]
    assert "reports" in tables
