"""The batch path: failure isolation, killable workers, nothing half-written, resume without
work or byte changes, and output that does not depend on the number of workers."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.batch import (OUT_OF_MEMORY, expand_inputs, read_manifest, report_paths,
                             run_batch)
from extractor.models import Report
from extractor.writers import report_files

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.pdf"))


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", *args], cwd=cwd, text=True,
                          capture_output=True, timeout=600)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file below `folder`: its bytes and modification time."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    """Temporary files: hidden, or named *.part, or SQLite's journal."""
    return sorted(p.name for p in folder.rglob("*")
                  if p.name.startswith(".") or p.name.endswith((".part", "-journal", "-wal")))


def hostile_extract(path, *, password=None, ocr=False):
    """The real extractor, except for inputs named for a way a worker can die."""
    from extractor.pipeline import extract_report

    name = os.path.basename(path)
    if name == "segfault.pdf":
        os.kill(os.getpid(), signal.SIGSEGV)
    if name == "hang.pdf":
        time.sleep(600)
    if name == "hog.pdf":               # more than the worker's address space: MemoryError
        return bytearray(16 * 1024 ** 3)
    if name == "bug.pdf":
        raise KeyError("a bug of ours")
    return extract_report(path, password=password, ocr=ocr)


@pytest.fixture
def inputs(tmp_path, reference_pdf) -> Path:
    """in/: the reference report, an empty file and a text file named .pdf."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(reference_pdf, folder / "sub" / "q1.pdf")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "notes.pdf").write_text("IOM quarterly notes\tnot a PDF\n", encoding="utf-8")
    return folder


def test_folders_globs_and_missing_names_expand_sorted_and_relative(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("b/2.pdf", "b/1.PDF", "a.pdf", "b/c/3.pdf", "b/skip.txt"):
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_bytes(b"%PDF-")
    assert expand_inputs(["b", "*.pdf", "a.pdf", "./missing.pdf", "none-*.pdf"]) == [
        "a.pdf", "b/1.PDF", "b/2.pdf", "b/c/3.pdf", "missing.pdf", "none-*.pdf"]


def test_bad_files_are_reported_one_line_each_and_the_rest_completes(tmp_path, inputs):
    run = cli("extract", "in", "-o", "out", "--jobs", "2", cwd=tmp_path)
    assert run.returncode == 1
    notes_error = read_manifest(tmp_path / "out")["in/notes.pdf"].error
    lines = run.stderr.splitlines()
    assert lines[:2] == ["mtm-extract: in/empty.pdf: empty file",
                         f"mtm-extract: in/notes.pdf: {notes_error}"]
    # the reference report fails some checks: its one line says so (test_strict.py)
    assert len(lines) == 3 and lines[2].startswith("KAZ-2023-Q1: ")
    assert "not a PDF" in run.stderr and "Traceback" not in run.stderr
    assert run.stdout.splitlines() == ["out/KAZ-2023-Q1.json", "out/KAZ-2023-Q1.figures.jsonl"]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    entries = {e["path"]: e for e in manifest["inputs"]}
    assert list(entries) == ["in/empty.pdf", "in/notes.pdf", "in/sub/q1.pdf"]
    assert [e["status"] for e in entries.values()] == ["failed", "failed", "ok"]
    assert entries["in/sub/q1.pdf"]["report_id"] == "KAZ-2023-Q1"
    assert entries["in/sub/q1.pdf"]["figures"] > 50
    assert entries["in/empty.pdf"]["error"] == "empty file"
    assert not any(str(tmp_path) in json.dumps(e) for e in manifest["inputs"])
    report = Report.model_validate_json((tmp_path / "out" / "KAZ-2023-Q1.json").read_bytes())
    assert sorted(p.name for p in report_paths(tmp_path / "out", "KAZ-2023-Q1")) == sorted(
        report_files(report))                       # what resume checks is what is written


def test_dying_workers_cost_one_line_each(tmp_path, inputs, capfd):
    (inputs / "sub" / "q1.pdf").unlink()            # the real report: see the tests below
    for name in ("segfault.pdf", "hang.pdf", "hog.pdf", "bug.pdf"):
        (inputs / name).write_bytes(b"%PDF-1.7\n% " + name.encode() + b"\n")  # not copies
    seen = []
    result = run_batch([inputs], tmp_path / "out", jobs=2, timeout=3, extract=hostile_extract,
                       progress=lambda entry, now: seen.append(entry.path))
    errors = {Path(e.path).name: e.error for e in result.entries}
    assert errors == {"bug.pdf": "unexpected error: KeyError: 'a bug of ours'",
                      "empty.pdf": "empty file", "hang.pdf": "timed out after 3 s",
                      "hog.pdf": OUT_OF_MEMORY, "notes.pdf": errors["notes.pdf"],
                      "segfault.pdf": "worker crashed (SIGSEGV)"}
    assert errors["notes.pdf"].startswith("not a PDF")
    assert seen == [e.path for e in result.entries] == sorted(seen)
    assert capfd.readouterr().err == ""             # no worker's traceback or crash dump


def test_a_real_file_over_its_time_limit_is_ended(tmp_path, reference_pdf):
    result = run_batch([reference_pdf], tmp_path / "out", timeout=0.05)
    assert [e.error for e in result.entries] == ["timed out after 0.05 s"]
    assert not (tmp_path / "out").exists()          # a run that only fails leaves no trace


def test_a_second_run_does_no_work_and_changes_no_byte(tmp_path, inputs, monkeypatch):
    monkeypatch.chdir(tmp_path)                     # the manifest keys paths as given
    first = cli("extract", "in", "-o", "out", cwd=tmp_path)
    before = snapshot(tmp_path / "out")
    second = cli("extract", "in", "-o", "out", cwd=tmp_path)
    assert (second.returncode, second.stderr) == (first.returncode, first.stderr)
    assert second.stdout == ""                      # no report written
    assert snapshot(tmp_path / "out") == before     # bytes and modification times
    result = run_batch(["in"], "out")
    assert (result.extracted, result.skipped) == (0, 3)
    forced = run_batch(["in"], "out", force=True)   # the report's second load
    assert forced.extracted == 3
    assert {k: v[0] for k, v in snapshot(tmp_path / "out").items() if k != "mtm.sqlite"} == {
        k: v[0] for k, v in before.items() if k != "mtm.sqlite"}
    figures = json.loads((tmp_path / "out" / "KAZ-2023-Q1.json").read_text(encoding="utf-8"))["figures"]
    conn = sqlite3.connect(tmp_path / "out" / "mtm.sqlite")
    assert conn.execute("SELECT count(*), count(DISTINCT figure_id) FROM figures").fetchone() == (
        len(figures), len(figures))                 # one row per figure, no duplicates
    assert conn.execute("SELECT count(*) FROM reports").fetchone() == (1,)
    conn.close()


def test_the_same_report_twice_is_written_once_for_the_first_path(tmp_path, reference_pdf):
    for name in ("b.pdf", "a.pdf"):
        shutil.copy(reference_pdf, tmp_path / name)
    first = run_batch([tmp_path / "b.pdf"], tmp_path / "out")
    assert [e.status for e in first.entries] == ["ok"]
    both = run_batch([tmp_path / "a.pdf", tmp_path / "b.pdf"], tmp_path / "out")
    assert [(Path(e.path).name, e.status) for e in both.entries] == [("a.pdf", "ok"), ("b.pdf", "duplicate")]
    assert both.failed == [] and both.skipped == 1
    stable = snapshot(tmp_path / "out")
    again = run_batch([tmp_path / "a.pdf", tmp_path / "b.pdf"], tmp_path / "out")
    assert (again.extracted, again.skipped) == (0, 2)
    assert snapshot(tmp_path / "out") == stable


def test_a_byte_copy_is_not_read_again(tmp_path, inputs):
    shutil.copy(inputs / "sub" / "q1.pdf", inputs / "sub" / "r1.pdf")   # sorts after q1.pdf
    shutil.copy(inputs / "empty.pdf", inputs / "void.pdf")
    result = run_batch([inputs], tmp_path / "out",
                       extract=lambda path, **kw: hostile_extract(
                           "bug.pdf" if path.endswith("r1.pdf") else path, **kw))
    statuses = {Path(e.path).name: (e.status, e.error) for e in result.entries}
    assert statuses["r1.pdf"] == ("duplicate", "same report KAZ-2023-Q1 as "
                                        f"{inputs / 'sub' / 'q1.pdf'}; not written")
    assert statuses["void.pdf"] == ("failed", "empty file")


def test_the_output_does_not_depend_on_the_number_of_workers(tmp_path):
    if len(SAMPLES) < 2:
        pytest.skip("needs samples/*.pdf")
    picked = SAMPLES[:2]
    run_batch(picked, tmp_path / "one", jobs=1)
    run_batch(picked, tmp_path / "two", jobs=2)
    one, two = snapshot(tmp_path / "one"), snapshot(tmp_path / "two")
    assert [e.status for e in read_manifest(tmp_path / "one").values()] == ["ok"] * len(picked)
    assert {k: v[0] for k, v in one.items()} == {k: v[0] for k, v in two.items()}


def test_a_batch_killed_part_way_leaves_only_whole_files_and_resumes(tmp_path, reference_pdf):
    folder = tmp_path / "in"
    folder.mkdir()
    copies = 4
    for i in range(copies):                         # a comment after %%EOF: not byte copies
        (folder / f"copy{i}.pdf").write_bytes(reference_pdf.read_bytes() + b"\n%% copy %d\n" % i)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "extract", "in", "-o", "out",
                             "--jobs", "2"], cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while not (out / "KAZ-2023-Q1.figures.jsonl").exists():
            assert proc.poll() is None, "the batch ended before writing a report"
            assert time.monotonic() < deadline
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)     # its workers, should any outlive it
        except ProcessLookupError:
            pass
    # A write cut short leaves at most a hidden temporary (".NAME.XXXX.part"), never a
    # partial file under a real name; the next run removes it.
    assert all(name.startswith(".") and name.endswith(".part") for name in leftovers(out))
    for path in out.glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    for path in out.glob("*.jsonl"):
        assert all(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    if (out / "mtm.sqlite").exists():
        conn = sqlite3.connect(out / "mtm.sqlite")
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.close()
    written = {p.name: p.read_bytes() for p in out.glob("KAZ-*")}

    resumed = cli("extract", "in", "-o", "out", "--jobs", "2", cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert {p.name: p.read_bytes() for p in out.glob("KAZ-*")} == written   # nothing earlier lost
    manifest = read_manifest(out)
    assert sorted(e.status for e in manifest.values()) == ["duplicate"] * (copies - 1) + ["ok"]
    assert leftovers(out) == []


@pytest.mark.parametrize("argv", [["extract"], ["extract", "x.pdf", "--jobs", "0"],
                                  ["extract", "x.pdf", "--timeout", "-1"], ["export"],
                                  ["export", "out", "--format", "xml"]],
                         ids=["no-input", "zero-jobs", "negative-timeout", "no-folder", "bad-format"])
def test_usage_errors_exit_2(argv, capsys):
    from extractor.cli import main

    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert "error:" in capsys.readouterr().err
