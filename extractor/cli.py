"""The command line: a thin skin over the library. Parse, call, report, return an exit code.

Exit codes: 0 all succeeded, 1 some input failed, 2 usage error.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse exits 2 on usage errors; keep it one line
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="mtm-extract",
                description="Turn IOM MTM quarterly reports on Kazakhstan into validated, "
                            "source-linked figures.",
                epilog="Exit codes: 0 all succeeded, 1 some input failed, 2 usage error.")
    p.add_argument("--version", action="version", version=f"mtm-extract {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    e = sub.add_parser("extract", help="extract figures from report PDFs")
    e.add_argument("inputs", nargs="+", metavar="REPORT",
                   help="PDF files, folders or glob patterns")
    e.add_argument("-o", "--output", default="output", metavar="DIR",
                   help="output folder (default: output)")
    e.add_argument("--password", help="password for encrypted reports")
    e.add_argument("--ocr", action="store_true",
                   help="read image-only pages with Tesseract (figures carry the flag 'ocr')")
    e.add_argument("-j", "--jobs", type=_positive_int, metavar="N",
                   help="worker processes (default: the number of cores)")
    e.add_argument("--timeout", type=_positive_float, default=120.0, metavar="SECONDS",
                   help="time limit per file; the worker is then ended (default: 120)")
    e.add_argument("--force", action="store_true",
                   help="extract again inputs that the manifest says are unchanged")
    e.add_argument("--no-db", dest="database", action="store_false",
                   help="do not load the reports into DIR/mtm.sqlite")
    e.add_argument("--strict", action="store_true",
                   help="a report with failed checks, unread numbers or foreign-script pages "
                        "counts as failed: exit 1, status needs_review (its output is written)")
    e.set_defaults(func=cmd_extract)

    x = sub.add_parser("export", help="write all figures of an output folder as CSV, Parquet, JSONL")
    x.add_argument("outdir", metavar="OUTDIR", help="an output folder of 'extract'")
    x.add_argument("--format", choices=("csv", "parquet", "jsonl", "all"), default="all",
                   help="what to write (default: all); CSV comes with datapackage.json")
    x.add_argument("--hxl", action="store_true", help="add an HXL hashtag row under the CSV header")
    x.add_argument("-o", "--output", "--to", dest="to", metavar="DIR",
                   help="where to write (default: OUTDIR; --to is the old spelling)")
    x.set_defaults(func=cmd_export)

    t = sub.add_parser("series", help="figures of many reports as time series, with conflicts")
    t.add_argument("outdir", metavar="OUTDIR", help="an output folder of 'extract'")
    t.add_argument("-o", "--output", metavar="CSV",
                   help="series file (default: OUTDIR/series.csv); conflicts go beside it "
                        "as <name>.conflicts.csv")
    t.set_defaults(func=cmd_series)

    c = sub.add_parser("check", help="print the failed cross-checks of every report in a folder")
    c.add_argument("outdir", metavar="OUTDIR", help="an output folder of 'extract'")
    c.set_defaults(func=cmd_check)

    r = sub.add_parser("review", help="write a self-contained HTML page to review a report's figures")
    r.add_argument("pdf", metavar="REPORT", help="a report PDF")
    r.add_argument("-o", "--output", default="review.html", metavar="HTML",
                   help="the page to write (default: review.html)")
    r.add_argument("--password", help="password for encrypted reports")
    r.set_defaults(func=cmd_review)

    s = sub.add_parser("schema", help="print the JSON Schemas of the output")
    s.add_argument("--write", metavar="DIR",
                   help="write them, and the metric codebook, as files into DIR instead")
    s.set_defaults(func=cmd_schema)
    return p


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, got {text!r}")
    return value


def _say(line: str, bar=None) -> None:
    if bar is not None and not bar.disable:
        bar.write(line, file=sys.stderr)
    else:
        print(line, file=sys.stderr)


class _NoBar:
    """What `cmd_extract` uses of a tqdm bar, for runs that show none (tqdm is not imported)."""
    disable = True

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int):
    """A progress bar on a terminal, for more than one file; otherwise a silent stand-in."""
    if not (sys.stderr.isatty() and total > 1):
        return _NoBar()
    from tqdm import tqdm

    tqdm.monitor_interval = 0            # no monitor thread in a process that forks workers
    return tqdm(total=total, file=sys.stderr, unit="file", dynamic_ncols=True)


def cmd_extract(args) -> int:
    import sqlite3

    from .batch import WRITTEN, OutputBusyError, expand_inputs, report_paths, run_batch

    paths = expand_inputs(args.inputs)
    if not paths:
        print(f"mtm-extract: no PDF file in {' '.join(args.inputs)}", file=sys.stderr)
        return EXIT_FAILED
    bar = _progress_bar(len(paths))

    def progress(entry, read_now: bool) -> None:
        if entry.status not in WRITTEN:
            _say(f"mtm-extract: {entry.path}: {entry.error}", bar)
        else:
            if read_now:
                for path in report_paths(Path(args.output), entry.report_id):
                    print(path)
            if entry.attention():
                _say(entry.attention(), bar)
        bar.update(1)

    try:
        result = run_batch(paths, args.output, jobs=args.jobs, timeout=args.timeout,
                           force=args.force, password=args.password, ocr=args.ocr,
                           database=args.database, progress=progress, strict=args.strict)
    except OSError as exc:                 # the output folder, not an input: stop here
        print(f"mtm-extract: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    except (OutputBusyError, ValueError, sqlite3.Error) as exc:
        print(f"mtm-extract: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("mtm-extract: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    finally:
        bar.close()
    if sys.stderr.isatty():
        print(f"mtm-extract: {result.extracted} read, {result.skipped} unchanged, "
              f"{len(result.failed)} failed, {len(result.needs_review)} need review; "
              f"see {Path(args.output) / 'manifest.json'}", file=sys.stderr)
    return EXIT_FAILED if result.failed or result.needs_review else EXIT_OK


def cmd_export(args) -> int:
    from .export import NoOutputError, export_figures

    try:
        paths = export_figures(Path(args.outdir), Path(args.to or args.outdir),
                               formats=args.format, hxl=args.hxl)
    except NoOutputError as exc:
        print(f"mtm-extract: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for path in paths:
        print(path)
    return EXIT_OK


def cmd_series(args) -> int:
    from .export import NoOutputError
    from .series import write_series

    target = Path(args.output) if args.output else Path(args.outdir) / "series.csv"
    try:
        paths, rows, conflicts = write_series(Path(args.outdir), target)
    except NoOutputError as exc:
        print(f"mtm-extract: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for path in paths:
        print(path)
    print(f"mtm-extract: {rows} series rows, {conflicts} conflicts", file=sys.stderr)
    return EXIT_OK


def cmd_check(args) -> int:
    from .checks import check_folder

    lines, problems = check_folder(Path(args.outdir))
    for line in lines:
        print(line)
    for problem in problems:
        print(f"mtm-extract: {problem}", file=sys.stderr)
    return EXIT_FAILED if lines or problems else EXIT_OK


def cmd_review(args) -> int:
    from .errors import ExtractorError
    from .review import write_review

    try:
        print(write_review(args.pdf, Path(args.output), password=args.password))
    except ExtractorError as exc:
        print(f"mtm-extract: {exc.one_line()}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:                      # a missing or unreadable file
        print(f"mtm-extract: {args.pdf}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def cmd_schema(args) -> int:
    from .schema import json_schemas

    schemas = json_schemas()
    if args.write:
        from .schema import published_files
        from .writers import write_atomic
        for name, text in published_files().items():
            write_atomic(Path(args.write) / name, text.encode("utf-8"))
        return EXIT_OK
    import json
    print(json.dumps(schemas, ensure_ascii=False, indent=2, sort_keys=True))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    code = args.func(args)
    if argv is None:
        # Run as the command, so the process ends now: frozen objects are left out of the
        # interpreter's last full collection (20-40 ms over all that the run loaded); the
        # operating system frees the memory anyway.
        import gc

        gc.freeze()
    return code
