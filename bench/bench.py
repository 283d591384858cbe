"""Benchmark (not a test): where the time goes, our start-up and batch against bare pdfplumber,
and the peak memory of a long report.

    .venv/bin/python bench/bench.py [--rounds 5] [--sample PDF] [--pages 300]

1. Stages: the seconds and share of start-up (a fresh interpreter importing what `mtm-extract
   extract` imports and warming up), PDF reading, layout, matching, assembly, checks and
   writing (report files and the SQLite rows), for one small report and for the batch (every
   sample and ../shared/reports/mtm-kaz-2023q1.pdf). The stages come from the pipeline's own
   timing (`extract_report(timings=)`) in the batch's forked workers, each round in a fresh
   process; medians over the rounds.
2. Cold start on the small report: `mtm-extract extract` (a fresh process) against bare
   pdfplumber (a fresh process: `extract_text` on every page) in paired runs, alternating which
   goes first; medians of the walls, of the overhead and of the ratio. Every measurement runs
   once a round, interleaved with the others, so that a busy moment of a shared machine
   falls on all of them alike.
3. End to end at `--jobs 1` on the batch, paired with bare pdfplumber on the same files in the
   same way; and the speed-up of `--jobs <cores>`.
4. A report of --pages pages, made by repeating the pages of the reference report (or a sample)
   with pypdfium2 (which pdfplumber already installs), is extracted through the batch path in a
   child process; the worker's peak resident memory (ru_maxrss) is printed.
Generated files live in a temporary folder and are removed. The entity matcher's and the
compiled patterns' caches (README, "Start-up") are used as a user's run would use them; they are
built first if missing. Every child runs as an installed package does, with its bytecode cached:
PYTHONDONTWRITEBYTECODE is dropped from their environment, so that our modules start from
`__pycache__` as pdfplumber's (compiled by pip at install) always do; otherwise each start of
ours compiles the package's sources again (about 0.1 s) and bare pdfplumber's does not.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED_REPORT = ROOT.parent / "shared" / "reports" / "mtm-kaz-2023q1.pdf"
SMALL_SAMPLE = ROOT / "samples" / "mtm-kaz-2023q4-endnotes-reportlab.pdf"   # 2 pages
STAGE_NAMES = {"startup": "start-up/import", "pdf": "PDF reading", "layout": "layout",
               "matching": "matching", "assembly": "assembly", "checks": "checks",
               "writing": "writing"}

BARE = """
import sys
import pdfplumber
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
"""
# What `mtm-extract extract` loads before it reads the first file (cli.cmd_extract, run_batch).
STARTUP = "import extractor.cli, extractor.batch; extractor.batch.warm_up()"


def batch_reports() -> list[Path]:
    found = sorted((ROOT / "samples").glob("*.pdf"))
    if SHARED_REPORT.exists():
        found.append(SHARED_REPORT)
    if not found:
        sys.exit("bench: no report PDFs in samples/ or ../shared/reports/")
    return found


# The children's environment: bytecode written and read, as an installed package has it.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                   cwd=ROOT, env=CHILD_ENV)
    return time.perf_counter() - start


def ours_cmd(paths: list[Path], out: Path, jobs: int) -> list[str]:
    """The command line as a user runs it: interpreter start, imports and warm-up included."""
    return [sys.executable, "-m", "extractor", "extract", *map(str, paths), "-o", str(out),
            "--jobs", str(jobs), "--force", "--timeout", "600"]


def bare_cmd(paths: list[Path]) -> list[str]:
    return [sys.executable, "-c", BARE, *map(str, paths)]


def paired(ours: list[str], bare: list[str], first_ours: bool) -> tuple[float, float]:
    """Walls of `ours` and `bare`, run back to back."""
    if first_ours:
        o = wall(ours)
        return o, wall(bare)
    b = wall(bare)
    return wall(ours), b


def failures(out: Path) -> list[str]:
    from extractor.batch import read_manifest

    return sorted({e.error for e in read_manifest(out).values() if e.status == "failed"})


def _extract_timed(path, password=None, ocr=False):
    """`extract_report` that also returns its stage timings (runs in the batch's workers)."""
    from extractor.pipeline import extract_report

    timings: dict[str, float] = {}
    return extract_report(path, password=password, ocr=ocr, timings=timings), timings


def stages_child(paths: list[Path]) -> None:
    """Run in a fresh process: extract `paths` as `mtm-extract extract --jobs 1` does (warm up,
    then each file in its own forked worker), write each report's files and rows here, and
    print the seconds per stage as JSON."""
    from extractor.batch import extract_in_workers, warm_up
    from extractor.pipeline import timed
    from extractor.store import load_report, open_store
    from extractor.writers import write_report

    warm_up()
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="mtm-bench-stages-") as out:
        conn = open_store(Path(out) / "mtm.sqlite")
        for _, (status, payload) in extract_in_workers(list(enumerate(map(str, paths))), jobs=1,
                                                       timeout=600, extract=_extract_timed):
            if status != "ok":
                sys.exit(f"bench: {payload}")
            report, worker = payload
            for stage, seconds in worker.items():
                timings[stage] = timings.get(stage, 0.0) + seconds
            with timed(timings, "writing"):
                load_report(conn, report)
                write_report(report, Path(out))
        conn.close()
    print(json.dumps(timings))


def stage_run(paths: list[Path]) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--stages", *map(str, paths)],
                          stdout=subprocess.PIPE, text=True, check=True, cwd=ROOT, env=CHILD_ENV)
    return json.loads(done.stdout.strip().splitlines()[-1])


def median_stages(runs: list[dict[str, float]], startup: float) -> dict[str, float]:
    out = {"startup": startup}
    for key in ("pdf", "layout", "matching", "assembly", "checks", "writing"):
        out[key] = statistics.median(r.get(key, 0.0) for r in runs)
    return out


def print_stages(title: str, table: dict[str, float], measured: float | None = None) -> None:
    total = sum(table.values())
    print(f"{title}")
    print(f"  {'stage':<16} {'seconds':>8} {'share':>7}")
    for key, seconds in table.items():
        print(f"  {STAGE_NAMES[key]:<16} {seconds:8.3f} {100 * seconds / total:6.1f}%")
    print(f"  {'sum':<16} {total:8.3f} {100.0:6.1f}%")
    if measured is not None:
        print(f"  (a cold `mtm-extract extract` of the same: {measured:.3f} s, {measured - total:+.3f} s"
              f" off the sum: forking, hashing inputs, the manifest and exit add to it;\n"
              f"   writing one report while the worker reads the next takes from it)")


def long_report(folder: Path, pages: int) -> Path:
    import pypdfium2 as pdfium

    source = SHARED_REPORT if SHARED_REPORT.exists() else batch_reports()[0]
    src = pdfium.PdfDocument(str(source))
    dst = pdfium.PdfDocument.new()
    while len(dst) < pages:
        dst.import_pages(src, list(range(min(len(src), pages - len(dst)))))
    target = folder / f"long-{pages}-pages.pdf"
    dst.save(str(target))
    return target


BARE_PEAK = """
import resource, sys, time
import pdfplumber
start = time.perf_counter()
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_text()
        page.close()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(time.perf_counter() - start, file=sys.stderr)
"""


def peak_child(path: Path, out: Path) -> None:
    """Run in a child: extract one file through the batch path; print its worker's peak RSS,
    then bare pdfplumber's on the same file (in a grandchild, so the two do not mix)."""
    from extractor import pdf
    from extractor.batch import run_batch

    pages = int(path.stem.split("-")[1])
    cap = getattr(pdf, "MAX_PAGES", None)
    if cap is not None and cap < pages:            # the workers fork from here: they see it
        pdf.MAX_PAGES = pages
        print(f"  (page limit pdf.MAX_PAGES raised from {cap} to {pages} for this measurement)",
              file=sys.stderr)
    bare = subprocess.run([sys.executable, "-c", BARE_PEAK, str(path)], capture_output=True,
                          text=True, check=True, env=CHILD_ENV)
    start = time.perf_counter()
    result = run_batch([path], out, jobs=1, timeout=1800)
    seconds = time.perf_counter() - start
    entry = result.entries[0]
    print(json.dumps({
        "seconds": seconds, "status": entry.status, "error": entry.error, "figures": entry.figures,
        "bare_maxrss_mb": float(bare.stdout), "bare_seconds": float(bare.stderr),
        "worker_maxrss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "parent_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5, help="timing rounds (default 5)")
    ap.add_argument("--sample", type=Path, default=SMALL_SAMPLE,
                    help=f"the small report (default {SMALL_SAMPLE.relative_to(ROOT)})")
    ap.add_argument("--pages", type=int, default=300, help="pages of the long report (default 300)")
    ap.add_argument("--peak", nargs=2, metavar=("PDF", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--stages", nargs="+", type=Path, metavar="PDF", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.peak:
        peak_child(Path(args.peak[0]), Path(args.peak[1]))
        return
    if args.stages:
        stages_child(args.stages)
        return

    cores = os.cpu_count() or 1
    reports = batch_reports()
    sample = args.sample.resolve()
    with tempfile.TemporaryDirectory(prefix="mtm-bench-") as tmp:
        tmp = Path(tmp)
        # Untimed first runs: build the entity cache if it is missing, and create the output
        # folders and their databases (later runs replace a report's rows, as a re-run does).
        wall([sys.executable, "-c", STARTUP])
        for paths, out, jobs in (([sample], "one", 1), (reports, "all1", 1), (reports, "allN", cores)):
            wall(ours_cmd(paths, tmp / out, jobs))
        starts, bare_starts, one_ours, one_bare, all_ours, all_bare, many = ([] for _ in range(7))
        one_stages, all_stages = [], []
        # Everything once a round, interleaved, so that a busy moment hits all alike.
        for i in range(args.rounds):
            starts.append(wall([sys.executable, "-c", STARTUP]))
            bare_starts.append(wall([sys.executable, "-c", "import pdfplumber"]))
            o, b = paired(ours_cmd([sample], tmp / "one", 1), bare_cmd([sample]), i % 2 == 0)
            one_ours.append(o), one_bare.append(b)
            one_stages.append(stage_run([sample]))
            o, b = paired(ours_cmd(reports, tmp / "all1", 1), bare_cmd(reports), i % 2 == 1)
            all_ours.append(o), all_bare.append(b)
            all_stages.append(stage_run(reports))
            many.append(wall(ours_cmd(reports, tmp / "allN", cores)))
        failed = failures(tmp / "all1")
        startup = statistics.median(starts)
        bare_start = statistics.median(bare_starts)
        one = median_stages(one_stages, startup)
        batch = median_stages(all_stages, startup)
        many = statistics.median(many)

        pages = sum(json.loads((tmp / "all1" / f"{e}.json").read_text())["metadata"]["pages"]
                    for e in _report_ids(tmp / "all1"))
        print(f"{len(reports)} reports ({pages} pages): the samples"
              f"{' and ' + SHARED_REPORT.name if SHARED_REPORT.exists() else ''}; small report "
              f"{sample.name}; {cores} cores; medians of {args.rounds} rounds; load average "
              f"{os.getloadavg()[0]:.1f}")
        if "PYTHONDONTWRITEBYTECODE" in os.environ:
            print("(PYTHONDONTWRITEBYTECODE is set here; the measured runs write and read bytecode "
                  "as an installed package does)")
        print()
        print_stages(f"stages, one report ({sample.name})", one, statistics.median(one_ours))
        print()
        print_stages(f"stages, the batch ({len(reports)} reports, one start-up)", batch,
                     statistics.median(all_ours))
        print()
        overhead = statistics.median(o - b for o, b in zip(one_ours, one_bare))
        ratio = statistics.median(o / b for o, b in zip(one_ours, one_bare))
        print(f"cold start, {sample.name} (paired runs):")
        print(f"  mtm-extract extract          : {statistics.median(one_ours):7.3f} s")
        print(f"  bare pdfplumber extract_text : {statistics.median(one_bare):7.3f} s"
              f"  (of which interpreter and import pdfplumber {bare_start:.3f} s)")
        print(f"  overhead over bare           : {overhead:7.3f} s   (goal <= 1.0 s)")
        print(f"  ratio ours/bare              : {ratio:7.2f}x   (goal <= 3x)")
        print()
        ratio = statistics.median(o / b for o, b in zip(all_ours, all_bare))
        print(f"end to end, {len(reports)} reports (paired runs):")
        print(f"  mtm-extract --jobs 1         : {statistics.median(all_ours):7.3f} s"
              f"  {pages / statistics.median(all_ours):6.1f} pages/s  ({len(failed)} failed)")
        print(f"  bare pdfplumber extract_text : {statistics.median(all_bare):7.3f} s"
              f"  {pages / statistics.median(all_bare):6.1f} pages/s")
        print(f"  ratio ours/bare (--jobs 1)   : {ratio:7.2f}x   (goal <= 1.3x; rounds: "
              f"{', '.join(f'{o / b:.2f}' for o, b in zip(all_ours, all_bare))})")
        print(f"  mtm-extract --jobs {cores:<2}        : {many:7.3f} s"
              f"  (speed-up {statistics.median(all_ours) / many:.2f}x over --jobs 1)")
        for reason in failed:
            print(f"  failed: {reason}", file=sys.stderr)
        print()

        long = long_report(tmp, args.pages)
        run = subprocess.run([sys.executable, __file__, "--peak", str(long), str(tmp / "long")],
                             stdout=subprocess.PIPE, text=True, check=True, env=CHILD_ENV)
        peak = json.loads(run.stdout.strip().splitlines()[-1])
        print(f"{args.pages}-page report (batch path) : {peak['seconds']:7.2f} s, "
              f"status {peak['status']}{' (' + peak['error'] + ')' if peak['error'] else ''}, "
              f"{peak['figures']} figures")
        print(f"  peak RSS of its worker     : {peak['worker_maxrss_mb']:7.1f} MB "
              f"(batch process: {peak['parent_maxrss_mb']:.1f} MB; goal < 400 MB)")
        print(f"  bare pdfplumber, same file : {peak['bare_seconds']:7.2f} s, peak RSS "
              f"{peak['bare_maxrss_mb']:.1f} MB")


def _report_ids(out: Path) -> list[str]:
    from extractor.batch import read_manifest

    return sorted({e.report_id for e in read_manifest(out).values() if e.status == "ok"})


if __name__ == "__main__":
    main()
