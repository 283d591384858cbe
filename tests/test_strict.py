"""After each report the CLI says in one stderr line what needs a person (failed checks, unread
numbers, pages in another script), nothing for a clean report; --strict makes such a report
count as failed (exit 1, status needs_review) while its output is still written."""
from __future__ import annotations

import json
import subprocess
import sys

from extractor.batch import Entry
from tests.conftest import ROOT

CLEAN = "samples/mtm-kaz-2022q2-twocol-chromium.pdf"        # every number read, every check ok
UNREAD = "samples/mtm-kaz-2022q3-tables-reportlab.pdf"      # a table cell no rule reads


def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "extractor", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_a_clean_report_says_nothing_and_passes_strict(tmp_path):
    run = cli("extract", CLEAN, "-o", str(tmp_path), "--no-db", "--strict")
    assert (run.returncode, run.stderr) == (0, "")


def test_a_report_with_unread_numbers_says_so_and_fails_strict(tmp_path):
    run = cli("extract", UNREAD, "-o", str(tmp_path / "plain"), "--no-db")
    assert run.returncode == 0
    assert run.stderr.splitlines() == ["KAZ-2022-Q3: 1 number unread (p2); see mtm-extract review"]
    run = cli("extract", UNREAD, "-o", str(tmp_path / "strict"), "--no-db", "--strict")
    assert run.returncode == 1 and run.stderr.count("\n") == 1
    entry = json.loads((tmp_path / "strict" / "manifest.json").read_text("utf-8"))["inputs"][0]
    assert (entry["status"], entry["unread"], entry["unread_pages"]) == ("needs_review", 1, [2])
    assert (tmp_path / "strict" / "KAZ-2022-Q3.json").exists()          # still written


def test_the_line_names_failed_checks_unread_pages_and_foreign_pages():
    e = Entry("x.pdf", "0", "KAZ-2024-Q1", "ok", None, checks_failed=2, unread=5,
              unread_pages=[2, 4], foreign_pages=[5, 6, 7, 8])
    assert e.attention() == ("KAZ-2024-Q1: 2 checks failed, 5 numbers unread (p2, p4), "
                             "pages 5-8: text in a script not read; see mtm-extract review")
    assert Entry("x.pdf", "0", "KAZ-2024-Q1", "ok", None).attention() is None
