"""Many reports at once: killable workers, atomic outputs, a manifest to resume from.

Each input is read in its own forked worker process with a time limit and an address-space
limit, so a hostile PDF costs one line in the manifest and never the batch or the machine.
The parent writes every output file atomically, in input order, so that the output folder
(report files, `manifest.json`, `mtm.sqlite`) is the same whatever the number of workers and
whichever worker finishes first. The manifest is written after a report's files and its rows,
which makes it the commit point: a batch killed at any moment resumes from it.
"""
from __future__ import annotations

import faulthandler
import fcntl
import gc
import glob
import hashlib
import json
import multiprocessing
import os
import resource
import signal
import sqlite3
import time
from collections import deque
from contextlib import closing
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import __version__
from .errors import ExtractorError

WORKER_ADDRESS_SPACE = 3 * 1024 ** 3   # bytes; a decompression bomb fails alone (corpus/foreign
                                       # synthetic-extra__flate-bomb-256MiB-content.pdf)
DEFAULT_TIMEOUT = 120.0                # seconds per file
WORKER_GC_THRESHOLD = 20_000           # allocations between young collections in a worker (Python's
                                       # default 700): pdfminer makes millions of short-lived
                                       # objects, nearly none in cycles; ~2.5% of a report's time
MANIFEST = "manifest.json"
DATABASE = "mtm.sqlite"
OUT_OF_MEMORY = "damaged PDF: out of memory"
GLOB_CHARS = frozenset("*?[")
WRITTEN = frozenset(("ok", "needs_review"))     # statuses whose report files are written
HASH_CHUNK = 1 << 20


@dataclass
class Entry:
    """One input's line in manifest.json."""
    path: str                       # as given: relative stays relative
    sha256: str | None
    report_id: str | None
    status: str                     # "ok", "needs_review" (--strict: written, but a person must
                                    # look), "failed", or "duplicate" (another input gave this report)
    error: str | None               # the one-line reason, without the folder
    figures: int = 0
    flags: int = 0                  # flags on figures, summed
    extractor_version: str = __version__
    options: list[str] = field(default_factory=list)   # "ocr", "password", "strict": what the run was given
    coverage: float | None = None   # the report's metadata.coverage
    unread: int = 0                 # printed numbers unread
    unread_pages: list[int] = field(default_factory=list)
    checks_failed: int = 0
    foreign_pages: list[int] = field(default_factory=list)   # pages in another script, not read

    def attention(self) -> str | None:
        """One line saying what needs a person, or None for a clean report:
        'KAZ-2024-Q1: 2 checks failed, 5 numbers unread (p2, p4); see mtm-extract review'."""
        parts = []
        if self.checks_failed:
            parts.append(f"{self.checks_failed} check{'s' if self.checks_failed > 1 else ''} failed")
        if self.unread:
            pages = ", ".join(f"p{n}" for n in self.unread_pages)
            parts.append(f"{self.unread} number{'s' if self.unread > 1 else ''} unread ({pages})")
        if self.foreign_pages:
            parts.append(f"{_page_ranges(self.foreign_pages)}: text in a script not read")
        if not parts or self.report_id is None:
            return None
        return f"{self.report_id}: {', '.join(parts)}; see mtm-extract review"


def _page_ranges(pages: list[int]) -> str:
    """'pages 5-8, 10' for [5, 6, 7, 8, 10]; 'page 3' for [3].

    >>> _page_ranges([5, 6, 7, 8, 10]), _page_ranges([3])
    ('pages 5-8, 10', 'page 3')
    """
    runs: list[list[int]] = []
    for n in sorted(pages):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    text = ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
    return ("pages " if len(pages) > 1 else "page ") + text


@dataclass
class BatchResult:
    entries: list[Entry]            # this batch's inputs, in processing (sorted) order
    extracted: int = 0              # inputs read in this run
    skipped: int = 0                # inputs unchanged since the manifest's run

    @property
    def failed(self) -> list[Entry]:
        return [e for e in self.entries if e.status == "failed"]

    @property
    def needs_review(self) -> list[Entry]:
        """Reports written under --strict that a person must look at (they count as failed)."""
        return [e for e in self.entries if e.status == "needs_review"]


Progress = Callable[[Entry, bool], None]   # called per input in order: (entry, read in this run)
Extract = Callable[..., object]            # (path, password=, ocr=) -> Report, like extract_report


# --- inputs -------------------------------------------------------------------------------

def expand_inputs(inputs: Iterable[str | os.PathLike]) -> list[str]:
    """Files, folders (every *.pdf below, recursively) and glob patterns -> sorted unique paths.

    A name that is neither a file, a folder nor a pattern that matches is kept, so that the
    batch reports it as not found.
    """
    found: set[str] = set()
    for item in map(str, inputs):
        matches = [item]
        if not os.path.exists(item) and GLOB_CHARS & set(item):
            matches = sorted(glob.glob(item, recursive=True)) or [item]
        for match in matches:
            found.update(_pdfs_below(match) if os.path.isdir(match) else [os.path.normpath(match)])
    return sorted(found)


def _pdfs_below(folder: str) -> list[str]:
    out = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        out += [os.path.normpath(os.path.join(root, f)) for f in files if f.lower().endswith(".pdf")]
    return out


def file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(HASH_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _unreadable(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "not found"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return f"cannot be read: {exc.strerror or type(exc).__name__}"


# --- the manifest -------------------------------------------------------------------------

def read_manifest(out_dir: Path) -> dict[str, Entry]:
    """path -> Entry of `out_dir`/manifest.json ({} if there is none or it cannot be read)."""
    try:
        doc = json.loads((Path(out_dir) / MANIFEST).read_text(encoding="utf-8"))
        keys = Entry.__dataclass_fields__
        entries = [Entry(**{k: v for k, v in item.items() if k in keys}) for item in doc["inputs"]]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {e.path: e for e in entries}


def manifest_bytes(entries: dict[str, Entry]) -> bytes:
    doc = {"manifest_version": 1, "inputs": [asdict(entries[p]) for p in sorted(entries)]}
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def report_paths(out_dir: Path, report_id: str) -> list[Path]:
    """The files `writers.report_files` writes for a report (tests check the two agree)."""
    from .writers import safe_name

    base = safe_name(report_id)
    return [Path(out_dir) / f"{base}.json", Path(out_dir) / f"{base}.figures.jsonl"]


def _write_if_changed(path: Path, data: bytes) -> None:
    from .writers import write_atomic

    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    write_atomic(path, data)


# --- workers ------------------------------------------------------------------------------

def _caused_by(exc: BaseException, kind: type) -> bool:
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, kind):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def _reason(exc: ExtractorError, path: str) -> str:
    """The error's reason and detail, with the folder taken out of any path in it."""
    if _caused_by(exc, MemoryError):               # a library wrapped it: say what it was
        return OUT_OF_MEMORY
    text = exc.reason + (f": {exc.detail}" if exc.detail else "")
    name = os.path.basename(path)
    for p in sorted({os.path.abspath(path), path}, key=len, reverse=True):
        text = text.replace(p, name)
    return text


def _limit_address_space() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = WORKER_ADDRESS_SPACE if hard == resource.RLIM_INFINITY else min(hard, WORKER_ADDRESS_SPACE)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _die_with_parent(parent: int) -> None:
    """Have Linux end this worker when the batch process dies (a `kill -9` of the batch must not
    leave a worker grinding on a hostile file)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:                     # it died before prctl took effect
        os._exit(1)


def _work(writer, parent: int, extract: Extract | None, path: str, password: str | None,
          ocr: bool) -> None:
    """Body of a worker process: extract one file and send ("ok", Report) or ("failed", reason)."""
    _die_with_parent(parent)
    _limit_address_space()
    devnull = os.open(os.devnull, os.O_WRONLY)     # libraries' warnings and tracebacks: the
    os.dup2(devnull, 2)                            # parent reports one line per file instead
    faulthandler.disable()                         # its crash dump would go to the old stderr
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
    try:
        if extract is None:
            from .pipeline import extract_report as extract
        result = ("ok", extract(path, password=password, ocr=ocr))
    except ExtractorError as exc:
        result = ("failed", _reason(exc, path))
    except MemoryError:
        result = ("failed", OUT_OF_MEMORY)
    except RecursionError:
        result = ("failed", "damaged PDF: nested too deeply")
    except BaseException as exc:                   # a bug of ours or a library's: one line
        detail = " ".join(str(exc).split())[:200]
        result = ("failed", f"unexpected error: {type(exc).__name__}{': ' if detail else ''}{detail}")
    try:
        writer.send(result)
    except MemoryError:
        writer.send(("failed", OUT_OF_MEMORY))
    writer.close()


def _crash_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"worker crashed ({name})"
    return f"worker crashed (exit code {exitcode})"


def _end(proc) -> None:
    if proc.is_alive():
        proc.kill()
    proc.join()


def _receive(reader, proc) -> tuple[str, object]:
    """The worker's result; the worker is left to exit on its own (reaped later)."""
    try:
        return reader.recv()
    except (EOFError, OSError):                    # died before sending: a crash
        proc.join()
        return ("failed", _crash_reason(proc.exitcode))
    except MemoryError:
        return ("failed", OUT_OF_MEMORY)
    finally:
        reader.close()


def warm_up() -> None:
    """Import the pipeline and build its lazy tables (entity matcher, cue patterns) once, here,
    so that every forked worker inherits them instead of building them again for each file.

    The cyclic garbage collector is paused meanwhile: all that is made here lives as long as the
    process, and collecting while modules import and expressions compile costs ~10% of it."""
    paused = gc.isenabled()
    gc.disable()
    try:
        from . import pipeline

        pipeline.warm_up()
    finally:
        if paused:
            gc.enable()


def extract_in_workers(tasks: list[tuple[int, str]], *, jobs: int, timeout: float,
                       password: str | None = None, ocr: bool = False,
                       extract: Extract | None = None) -> Iterator[tuple[int, tuple[str, object]]]:
    """Yield (index, ("ok", Report) | ("failed", reason)) as workers finish, at most `jobs` at
    a time. Closing the generator ends every worker still running. `extract` defaults to
    `pipeline.extract_report`."""
    if not tasks:
        return
    if extract is None:
        warm_up()

    ctx = multiprocessing.get_context("fork")
    pending = deque(tasks)
    running: dict = {}                             # reader -> (index, process, deadline)
    exiting = []                                   # workers that have sent their result

    def fill() -> None:
        while pending and len(running) < jobs:
            index, path = pending.popleft()
            reader, writer = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_work, daemon=True,
                               args=(writer, os.getpid(), extract, path, password, ocr))
            proc.start()
            writer.close()                         # the worker's end: EOF here when it dies
            running[reader] = (index, proc, time.monotonic() + timeout)

    gc.freeze()             # parent objects out of the collector's reach: a worker's garbage
    try:                    # collection does not touch, so does not copy, the pages it shares
        fill()
        while running:
            first_deadline = min(deadline for _, _, deadline in running.values())
            done = []
            for reader in wait(list(running), timeout=max(0.0, first_deadline - time.monotonic())):
                index, proc, _ = running.pop(reader)
                done.append((index, _receive(reader, proc)))
                exiting.append(proc)
            now = time.monotonic()
            for reader, (index, proc, deadline) in list(running.items()):
                if deadline <= now:
                    del running[reader]
                    _end(proc)
                    reader.close()
                    done.append((index, ("failed", f"timed out after {timeout:g} s")))
            fill()                                 # the next files start while we write these
            exiting = [p for p in exiting if p.exitcode is None]   # reap the exited
            yield from done
    finally:
        for reader, (_, proc, _) in running.items():
            _end(proc)
            reader.close()
        for proc in exiting:
            proc.join(timeout=10)
            _end(proc)
        gc.unfreeze()


# --- the batch ----------------------------------------------------------------------------

class OutputBusyError(Exception):
    """Another batch is writing into the same output folder."""


class _Batch:
    """The output folder's state during one run, and the commit of each input's outcome."""

    def __init__(self, out_dir: Path, database: bool, options: list[str]) -> None:
        self.out_dir = Path(out_dir)
        self.options = options
        self.manifest = read_manifest(self.out_dir) if self.out_dir.is_dir() else {}
        self.database = database
        self.conn = None
        self.lock: int | None = None
        if self.out_dir.is_dir() and (not database or (self.out_dir / DATABASE).exists()):
            self._open()

    def _open(self) -> None:
        """Create the folder, take its lock, open the database. Deferred until something is
        written, so that a run that extracts nothing leaves the output folder untouched."""
        if self.lock is not None:
            return
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.lock = os.open(self.out_dir, os.O_RDONLY)
        try:
            fcntl.flock(self.lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.lock)
            self.lock = None
            raise OutputBusyError(f"{self.out_dir}: another batch is writing into it") from None
        for stale in self.out_dir.glob(".*.part"):   # a write cut short by a killed batch
            stale.unlink(missing_ok=True)
        if self.database:
            from .store import open_store
            try:
                self.conn = open_store(self.out_dir / DATABASE)
            except BaseException:
                os.close(self.lock)
                self.lock = None
                raise

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
        if self.lock is not None:
            os.close(self.lock)

    def owners(self, report_id: str, but: str) -> list[str]:
        """Paths other than `but` whose entry is "ok" with `report_id`, sorted."""
        return sorted(p for p, e in self.manifest.items()
                      if p != but and e.status in WRITTEN and e.report_id == report_id)

    def unchanged(self, path: str, sha: str | None) -> Entry | None:
        """The manifest entry of `path` if it still holds for this input, else None."""
        from .store import has_report

        e = self.manifest.get(path)
        if (e is None or sha is None or e.sha256 != sha or e.extractor_version != __version__
                or e.options != self.options):
            return None
        if self.database and self.conn is None:     # no database yet: load it again
            return None
        if e.status in WRITTEN:
            if not all(p.exists() for p in report_paths(self.out_dir, e.report_id)):
                return None
            if self.conn is not None and not has_report(self.conn, e.report_id):
                return None
        if e.status == "duplicate" and not self.owners(e.report_id, path):
            return None
        return e

    def commit(self, path: str, sha: str | None, outcome: tuple[str, object]) -> Entry:
        """Write one input's outcome: report files, database rows, then the manifest."""
        kind, payload = outcome
        old = self.manifest.get(path)
        if kind not in ("ok", "copy") and self.lock is None:
            # nothing written yet: a failure is reported, and recorded in the manifest only
            # once this run writes something (a run that only fails leaves no trace)
            entry = Entry(path, sha, None, "failed", str(payload), options=self.options)
            self.manifest[path] = entry
            return entry
        self._open()
        if kind == "ok":
            entry = self._commit_report(path, sha, payload)
        elif kind == "copy":
            entry = self._commit_copy(path, sha, payload)
        else:
            entry = Entry(path, sha, None, "failed", str(payload), options=self.options)
        if old is not None and old.status in WRITTEN and (entry.status in WRITTEN, entry.report_id) != (
                True, old.report_id):
            self._drop_orphan(old.report_id, path)
        self.manifest[path] = entry
        _write_if_changed(self.out_dir / MANIFEST, manifest_bytes(self.manifest))
        return entry

    def _commit_report(self, path: str, sha: str | None, report) -> Entry:
        from .store import load_report
        from .writers import write_report

        rid = report.metadata.report_id
        entry = Entry(path, sha, rid, "ok", None, len(report.figures),
                      sum(len(f.flags) for f in report.figures), options=self.options,
                      **_review_facts(report))
        earlier = [p for p in self.owners(rid, path) if p < path]
        if earlier:                                # the first input (by path) owns a report id
            entry.status, entry.error = "duplicate", f"same report {rid} as {earlier[0]}; not written"
            return entry
        if self.conn is not None:                  # rows first: a report the database refuses
            try:                                   # (say, one figure id twice) writes nothing
                load_report(self.conn, report)
            except (sqlite3.Error, ValueError) as exc:
                return Entry(path, sha, rid, "failed", f"cannot be stored: {exc}", options=self.options)
        write_report(report, self.out_dir)
        if "strict" in self.options and entry.attention():
            entry.status = "needs_review"
        for later in self.owners(rid, path):
            self.manifest[later].status = "duplicate"
            self.manifest[later].error = f"same report {rid} as {path}; not written"
        return entry

    def _commit_copy(self, path: str, sha: str | None, original: str) -> Entry:
        """An input with the same bytes as `original` (committed before it): same outcome, and
        the report, if any, stays `original`'s."""
        first = self.manifest[original]
        entry = Entry(path, sha, first.report_id, first.status, first.error, first.figures,
                      first.flags, options=self.options)
        if first.status in WRITTEN:
            entry.status = "duplicate"
            entry.error = f"same report {first.report_id} as {original}; not written"
        return entry

    def _drop_orphan(self, report_id: str, path: str) -> None:
        """Remove a report's files and rows that `path` no longer gives and no input owns."""
        from .store import remove_report

        if self.owners(report_id, path):
            return
        for p in report_paths(self.out_dir, report_id):
            p.unlink(missing_ok=True)
        if self.conn is not None:
            remove_report(self.conn, report_id)


def _review_facts(report) -> dict:
    """What the manifest says of a report a person may need to look at."""
    meta = report.metadata
    return dict(coverage=meta.coverage, unread=meta.unread,
                unread_pages=sorted({n.page for n in report.numbers if n.status == "unread"}),
                checks_failed=sum(not c.ok for c in report.checks),
                foreign_pages=list(meta.foreign_pages))


def batch_options(password: str | None, ocr: bool, strict: bool = False) -> list[str]:
    return (["ocr"] if ocr else []) + (["password"] if password else []) + (["strict"] if strict else [])


def run_batch(inputs: Iterable[str | os.PathLike], out_dir: str | os.PathLike, *,
              jobs: int | None = None, timeout: float = DEFAULT_TIMEOUT, force: bool = False,
              password: str | None = None, ocr: bool = False, database: bool = True,
              progress: Progress | None = None, extract: Extract | None = None,
              strict: bool = False) -> BatchResult:
    """Extract every input into `out_dir`; a failing input never stops the others.

    Inputs whose sha256, extractor version and options match their manifest entry (and whose
    outputs exist) are skipped unless `force`; an input with the same bytes as an earlier one
    is not read again. `progress(entry, read_now)` is called once per
    input, in order. With `strict`, a report that needs a person (`Entry.attention`) is written
    with status "needs_review". `extract` replaces `pipeline.extract_report` (it runs in the workers).
    """
    paths = expand_inputs(inputs)
    options = batch_options(password, ocr, strict)
    batch = _Batch(Path(out_dir), database, options)
    result = BatchResult([])
    try:
        shas: list[str | None] = []
        ready: dict[int, tuple[str, object]] = {}
        tasks = []
        first_with: dict[str, str] = {}            # sha256 -> the first path with that content
        for i, path in enumerate(paths):
            try:
                shas.append(file_sha256(path))
            except OSError as exc:
                shas.append(None)
                ready[i] = ("failed", _unreadable(exc))
                continue
            original = first_with.setdefault(shas[i], path)
            if not force and batch.unchanged(path, shas[i]) is not None:
                continue
            if original != path:                   # a copy: its outcome is the original's
                ready[i] = ("copy", original)
            else:
                tasks.append((i, path))
        todo = {i for i, _ in tasks} | set(ready)
        next_i = 0

        def commit_ready() -> None:
            nonlocal next_i
            while next_i < len(paths) and (next_i not in todo or next_i in ready):
                path = paths[next_i]
                if next_i in todo:
                    entry = batch.commit(path, shas[next_i], ready.pop(next_i))
                    result.extracted += 1
                else:
                    entry = batch.manifest[path]
                    result.skipped += 1
                result.entries.append(entry)
                if progress is not None:
                    progress(entry, next_i in todo)
                next_i += 1

        commit_ready()
        workers = max(1, min(jobs or os.cpu_count() or 1, len(tasks) or 1))
        with closing(extract_in_workers(tasks, jobs=workers, timeout=timeout,
                                        password=password, ocr=ocr, extract=extract)) as outcomes:
            for index, outcome in outcomes:
                ready[index] = outcome
                commit_ready()
        commit_ready()
    finally:
        batch.close()
    return result
