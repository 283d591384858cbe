"""Serialise a validated report: the per-report document and the flat figures.jsonl.

Pure functions that return bytes, so that callers can write them atomically. Output is
deterministic: keys in model order, figures in a stable order, no timestamps or absolute paths.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import regex

from .models import FlatFigure, Report
from .regexes import compiled

SAFE_ID = compiled(r"[^A-Za-z0-9_.-]")   # anything else never reaches a file name
MAX_NAME = 200                                 # file systems allow 255 bytes; suffixes need room


def safe_name(report_id: str) -> str:
    """A file-name-safe form of a report id (ids come from the PDF: never trust them): only
    letters, digits, "_", "-" and "."; no leading dot (no hidden file, no "." or ".."); at most
    MAX_NAME characters, leaving room for the longest suffix.

    >>> safe_name("KAZ-2023-Q1")
    'KAZ-2023-Q1'
    >>> safe_name("../../etc/passwd")
    '__.._etc_passwd'
    >>> len(safe_name("K" * 300)) == MAX_NAME
    True
    """
    name = SAFE_ID.sub("_", report_id)[:MAX_NAME]
    name = regex.sub(r"^\.+", "_", name)
    return name if name.strip("._") else "report"


def flat_figures(report: Report) -> list[FlatFigure]:
    rid = report.metadata.report_id
    out = []
    for f in report.figures:
        first = f.mentions[0]
        out.append(FlatFigure(
            report_id=rid, metric=f.metric, statistic=f.statistic, unit=f.unit, value=f.value,
            country=f.country, region=f.region, group=f.group,
            period_start=f.period_start, period_end=f.period_end,
            compared_to_start=f.compared_to_start, compared_to_end=f.compared_to_end,
            sources=list(f.sources), page=f.page, quote=f.quote, figure_id=f.id,
            box=first.box, flags=list(f.flags)))
    return out


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False)


def report_json(report: Report) -> bytes:
    return (json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def figures_jsonl(report: Report) -> bytes:
    lines = [_dumps(f.model_dump(mode="json")) for f in flat_figures(report)]
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")


def report_files(report: Report) -> dict[str, bytes]:
    """File name -> content for one report."""
    base = safe_name(report.metadata.report_id)
    return {f"{base}.json": report_json(report), f"{base}.figures.jsonl": figures_jsonl(report)}


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary name in the same folder, fsync, then rename over `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())     # mkstemp makes 0600; give what open() would
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_report(report: Report, out_dir: Path) -> list[Path]:
    """Write one report's files atomically into `out_dir`; returns their paths."""
    out_dir = Path(out_dir)
    paths = []
    for name, data in report_files(report).items():
        target = out_dir / name
        if target.resolve().parent != out_dir.resolve():
            raise ValueError(f"refusing to write outside {out_dir}: {name}")
        write_atomic(target, data)
        paths.append(target)
    return paths
