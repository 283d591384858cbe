"""Benchmark (not a test): our batch against bare pdfplumber, and the peak memory of a long report.

    .venv/bin/python bench/bench.py [--reports N] [--pages 300]

1. N report PDFs (samples/*.pdf and ../shared/reports/mtm-kaz-2023q1.pdf, repeated with a
   trailing comment so that no two are byte copies) are extracted by `mtm-extract extract`
   (a fresh process: start-up, imports and warm-up count) with one worker and with every
   core, and read by bare pdfplumber (`extract_text` on every page, one process) in the same
   run. The pipeline alone (in-process, warm) is timed too, to show what the batch adds.
   Printed: pages per second of each, the ratio of our one-worker time to pdfplumber's, and
   the speed-up from the extra workers.
2. A report of --pages pages, made by repeating the pages of a sample with pypdfium2 (which
   pdfplumber already installs), is extracted through the batch path in a child process; the
   worker's peak resident memory (ru_maxrss) is printed.
Generated files live in a temporary folder and are removed.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_REPORT = ROOT.parent / "shared" / "reports" / "mtm-kaz-2023q1.pdf"


def source_reports() -> list[Path]:
    found = sorted((ROOT / "samples").glob("*.pdf"))
    if SHARED_REPORT.exists():
        found.append(SHARED_REPORT)
    if not found:
        sys.exit("bench: no report PDFs in samples/ or ../shared/reports/")
    return found


def make_inputs(folder: Path, n: int) -> list[Path]:
    """n distinct files: the source reports in turn, each with its own trailing comment."""
    sources = source_reports()
    out = []
    for i in range(n):
        target = folder / f"r{i:03d}-{sources[i % len(sources)].name}"
        target.write_bytes(sources[i % len(sources)].read_bytes() + b"\n%% bench copy %d\n" % i)
        out.append(target)
    return out


def bare_pdfplumber(paths: list[Path]) -> tuple[float, int]:
    import pdfplumber

    pages = 0
    start = time.perf_counter()
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
                page.close()
    return time.perf_counter() - start, pages


def ours(paths: list[Path], out: Path, jobs: int) -> tuple[float, int]:
    """The command line as a user runs it: interpreter start, imports and warm-up included."""
    from extractor.batch import read_manifest

    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "extractor", "extract", *map(str, paths), "-o", str(out),
                    "--jobs", str(jobs), "--force", "--timeout", "600"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    seconds = time.perf_counter() - start
    failed = [e for e in read_manifest(out).values() if e.status == "failed"]
    for reason in sorted({e.error for e in failed}):
        print(f"  (--jobs {jobs}) failed: {reason}", file=sys.stderr)
    return seconds, len(failed)


def in_process(paths: list[Path]) -> float:
    """The pipeline alone, in this process, warm: what the batch adds is the rest."""
    from extractor.batch import warm_up
    from extractor.errors import ExtractorError
    from extractor.pipeline import extract_report

    warm_up()
    start = time.perf_counter()
    for path in paths:
        try:
            extract_report(path)
        except ExtractorError:
            pass
    return time.perf_counter() - start


def long_report(folder: Path, pages: int) -> Path:
    import pypdfium2 as pdfium

    source = SHARED_REPORT if SHARED_REPORT.exists() else source_reports()[0]
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
                          text=True, check=True)
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
    ap.add_argument("--reports", type=int, default=24, help="how many report files (default 24)")
    ap.add_argument("--pages", type=int, default=300, help="pages of the long report (default 300)")
    ap.add_argument("--rounds", type=int, default=3, help="timing rounds (default 3)")
    ap.add_argument("--peak", nargs=2, metavar=("PDF", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.peak:
        peak_child(Path(args.peak[0]), Path(args.peak[1]))
        return

    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="mtm-bench-") as tmp:
        tmp = Path(tmp)
        (tmp / "in").mkdir()
        paths = make_inputs(tmp / "in", args.reports)
        bare, one, many = [], [], []
        for _ in range(args.rounds):               # interleaved; the best of each is printed
            bare_s, pages = bare_pdfplumber(paths)
            one_s, failed_one = ours(paths, tmp / "out1", jobs=1)
            all_s, failed_all = ours(paths, tmp / f"out{cores}", jobs=cores)
            bare.append(bare_s), one.append(one_s), many.append(all_s)
        bare_s, one_s, all_s = min(bare), min(one), min(many)
        pipeline_s = in_process(paths)             # last: it loads the pipeline into this process
        print(f"inputs: {len(paths)} files, {pages} pages ({len(source_reports())} distinct "
              f"reports); {cores} cores; best of {args.rounds} rounds; load average "
              f"{os.getloadavg()[0]:.1f}")
        print(f"bare pdfplumber extract_text : {bare_s:7.2f} s  {pages / bare_s:6.1f} pages/s")
        print(f"mtm-extract --jobs 1         : {one_s:7.2f} s  {pages / one_s:6.1f} pages/s"
              f"  ({failed_one} failed)")
        print(f"mtm-extract --jobs {cores:<2}        : {all_s:7.2f} s  {pages / all_s:6.1f} pages/s"
              f"  ({failed_all} failed)")
        print(f"pipeline alone, in-process   : {pipeline_s:7.2f} s  {pages / pipeline_s:6.1f} pages/s"
              f"  (batch overhead at --jobs 1: {one_s - pipeline_s:.2f} s)")
        print(f"ratio ours/bare (--jobs 1)   : {one_s / bare_s:7.2f}x")
        print(f"speed-up --jobs {cores} over 1     : {one_s / all_s:7.2f}x")

        long = long_report(tmp, args.pages)
        run = subprocess.run([sys.executable, __file__, "--peak", str(long), str(tmp / "long")],
                             stdout=subprocess.PIPE, text=True, check=True)
        peak = json.loads(run.stdout.strip().splitlines()[-1])
        print(f"{args.pages}-page report (batch path) : {peak['seconds']:7.2f} s, "
              f"status {peak['status']}{' (' + peak['error'] + ')' if peak['error'] else ''}, "
              f"{peak['figures']} figures")
        print(f"  peak RSS of its worker     : {peak['worker_maxrss_mb']:7.1f} MB "
              f"(batch process: {peak['parent_maxrss_mb']:.1f} MB)")
        print(f"  bare pdfplumber, same file : {peak['bare_seconds']:7.2f} s, peak RSS "
              f"{peak['bare_maxrss_mb']:.1f} MB")


if __name__ == "__main__":
    main()
