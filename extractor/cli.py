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
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("schema", help="print the JSON Schemas of the output")
    s.add_argument("--write", metavar="DIR", help="write them as files into DIR instead")
    s.set_defaults(func=cmd_schema)
    return p


def cmd_extract(args) -> int:
    from .errors import ExtractorError
    from .pipeline import extract_report
    from .writers import write_report

    failed = 0
    for item in args.inputs:
        try:
            report = extract_report(item, password=args.password, ocr=args.ocr)
        except ExtractorError as exc:
            print(f"mtm-extract: {exc.one_line()}", file=sys.stderr)
            failed += 1
            continue
        for path in write_report(report, Path(args.output)):
            print(path)
    return EXIT_FAILED if failed else EXIT_OK


def cmd_schema(args) -> int:
    from .schema import json_schemas, schema_text

    schemas = json_schemas()
    if args.write:
        from .writers import write_atomic
        for name, schema in schemas.items():
            write_atomic(Path(args.write) / name, schema_text(schema).encode("utf-8"))
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
    return args.func(args)
