"""The whole foreign corpus (../shared/corpus/foreign) through the batch command.

Every file ends, within the per-file time limit, with exactly one stderr line naming it and a
reason from the documented set; no traceback, no report files (none of them is an MTM report).
What each file should give is derived from MANIFEST.tsv and BASELINE.tsv by rules, not listed
per file.
"""
from __future__ import annotations

import csv
import subprocess
import sys
import time
from pathlib import Path

import pytest
import regex

from extractor.pdf import MAX_PAGES
from tests.conftest import ROOT, SHARED, need_shared

PREFIX = "mtm-extract: "
REASONS = ("not a PDF", "empty file", "damaged PDF", "encrypted: pass --password",
           "encrypted: the password given does not open it", "encrypted: cannot decrypt",
           "no text layer: pass --ocr", "not an MTM report", "too large", "timed out")
RUN_LIMIT_S = 420              # the whole corpus; ~40 s on 2 idle cores
PER_FILE_TIMEOUT_S = 60
# MANIFEST's "what it exercises" for a file with no text layer (images, or vectors only)
NO_TEXT = regex.compile(r"image-only|image page|no (?:real |extractable )?text\b|scanned JPEG",
                        regex.I)
HEAVY_PAGE_S = 1.0             # BASELINE: seconds a page that mark a page as heavy
TEXT_DOCUMENT_CHARS = 500      # BASELINE: plain pdfplumber read this many characters -> text


def _table(name: str) -> dict[str, dict]:
    path = SHARED / "corpus" / "foreign" / name
    if not path.exists():
        return {}
    with open(path, newline="", encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


MANIFEST = _table("MANIFEST.tsv")
BASELINE = _table("BASELINE.tsv")


def _count(cell: str | None) -> int:
    """A BASELINE count cell: a number, or "error"/empty when the tool failed."""
    return int(cell) if cell and cell.isdigit() else 0


def _heavy(base: dict) -> bool:
    """BASELINE: plain pdfplumber needed HEAVY_PAGE_S or more a page (or timed out)."""
    seconds = base.get("text_extract_s") or ""
    if seconds.startswith(">"):
        return True
    try:
        return float(seconds) / max(1, _count(base.get("pages"))) >= HEAVY_PAGE_S
    except ValueError:
        return False


def expected_reasons(name: str) -> set[str]:
    """The reasons a file may end with, by rule from its bytes, MANIFEST and BASELINE rows."""
    reasons = _expected_reasons(name)
    if _heavy(BASELINE.get(name, {})):
        reasons.add("too large")  # a page past our content or path limits ends early, named
    return reasons


def _expected_reasons(name: str) -> set[str]:
    path = SHARED / "corpus" / "foreign" / name
    head = path.read_bytes()[:1024]
    what = MANIFEST[name]["what_it_exercises"]
    base = BASELINE.get(name, {})
    if not head:
        return {"empty file"}
    if b"%PDF-" not in head:
        return {"not a PDF"}
    if base.get("known_user_password"):
        return {"encrypted: pass --password"}
    if _count(base.get("poppler_pdfinfo_pages")) > MAX_PAGES:
        return {"too large"}
    if NO_TEXT.search(what):
        return {"no text layer: pass --ocr"}
    if base.get("outcome") == "ok" and _count(base.get("text_chars")) >= TEXT_DOCUMENT_CHARS:
        return {"not an MTM report"}
    # broken, hostile or nearly empty files: a clear reason, never a password prompt
    return {"damaged PDF", "too large", "no text layer: pass --ocr", "not an MTM report"}


def run_batch(files: list[Path], out: Path, *extra: str) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "extractor", "extract", *map(str, files), "-o", str(out),
         "--jobs", "2", "--timeout", str(PER_FILE_TIMEOUT_S), *extra],
        capture_output=True, text=True, timeout=RUN_LIMIT_S, cwd=ROOT)
    return proc, time.monotonic() - started


def lines_by_file(stderr: str, files: list[Path]) -> dict[str, list[str]]:
    """Each file's stderr lines, reason part only ("damaged PDF: ...")."""
    found: dict[str, list[str]] = {f.name: [] for f in files}
    for line in stderr.splitlines():
        for f in files:
            if line.startswith(f"{PREFIX}{f}: "):
                found[f.name].append(line[len(f"{PREFIX}{f}: "):])
    return found


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    folder = need_shared("corpus", "foreign")
    files = sorted(folder.glob("*.pdf"))
    out = tmp_path_factory.mktemp("foreign") / "out"
    proc, elapsed = run_batch(files, out)
    return files, proc, out, elapsed


def test_whole_corpus_ends_in_time_with_some_failed(corpus_run):
    files, proc, out, elapsed = corpus_run
    assert len(files) >= 70, "the corpus lost files"
    assert elapsed < RUN_LIMIT_S
    assert proc.returncode == 1, proc.stderr[-2000:]


def test_no_traceback_and_every_line_names_a_file(corpus_run):
    files, proc, out, elapsed = corpus_run
    assert "Traceback" not in proc.stderr
    assert 'File "' not in proc.stderr                    # no stack frames of any kind
    names = {str(f) for f in files}
    for line in proc.stderr.splitlines():
        assert line.startswith(PREFIX), line
        assert any(line.startswith(f"{PREFIX}{n}: ") for n in names), line
        assert len(line) < 400, line


def test_no_foreign_file_becomes_a_report(corpus_run):
    files, proc, out, elapsed = corpus_run
    written = sorted(p.name for p in out.glob("*.json*") if p.name != "manifest.json")
    assert written == []
    assert proc.stdout.strip() == ""


# Known misses, each a strict xfail so that its fix is noticed.
# (A page of rotated text, pdfplumber__nics-background-checks-2015-11-rotated.pdf, used to end
# as "no text layer"; the early report check reads every character, so it is now "not an MTM
# report", as it should be.)
KNOWN_ISSUES: dict[str, str] = {}


def _with_known_issues(names):
    return [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN_ISSUES[n]))
            if n in KNOWN_ISSUES else n for n in names]


@pytest.mark.parametrize("name", _with_known_issues(sorted(MANIFEST)),
                         ids=lambda n: n.removesuffix(".pdf"))
def test_each_file_gets_one_line_with_its_reason(corpus_run, name):
    files, proc, out, elapsed = corpus_run
    lines = lines_by_file(proc.stderr, files)[name]
    assert len(lines) == 1, f"{name}: {lines}"
    reason = next((r for r in REASONS if lines[0].startswith(r)), None)
    assert reason is not None, lines[0]
    assert reason in expected_reasons(name), f"{name}: {lines[0]}"


# --- passwords ----------------------------------------------------------------------------------

def _password_files() -> list[str]:
    return sorted(n for n, row in BASELINE.items() if row.get("known_user_password"))


@pytest.mark.parametrize("name", _password_files(), ids=lambda n: n.removesuffix(".pdf"))
def test_password_opens_encrypted_file(tmp_path, name):
    """With its password a file opens (and is then judged as any other: not a report), unless
    plain pdfminer could not decrypt it either (BASELINE's with_password_outcome)."""
    path = need_shared("corpus", "foreign", name)
    row = BASELINE[name]
    proc, _ = run_batch([path], tmp_path / "out", "--password", row["known_user_password"])
    lines = lines_by_file(proc.stderr, [path])[name]
    assert len(lines) == 1, proc.stderr
    if row["with_password_outcome"] == "ok":
        assert lines[0].startswith(("not an MTM report", "no text layer: pass --ocr")), lines[0]
    else:
        assert lines[0].startswith("encrypted: cannot decrypt"), lines[0]


def test_wrong_password_is_named(tmp_path):
    files = [need_shared("corpus", "foreign", n) for n in _password_files()]
    proc, _ = run_batch(files, tmp_path / "out", "--password", "not-the-password")
    for name, lines in lines_by_file(proc.stderr, files).items():
        assert len(lines) == 1, proc.stderr
        assert lines[0].startswith(("encrypted: the password given does not open it",
                                    "encrypted: cannot decrypt")), lines[0]
