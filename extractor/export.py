"""All figures of an output folder as one table: CSV (+ Frictionless datapackage.json), Parquet, JSONL.

The figures are read from the per-report `<id>.figures.jsonl` files of the reports that the
folder's manifest lists as extracted, so a stale file left beside them is never exported.
Rows are ordered by report id, then as in the report's file; every file is written atomically
and deterministically.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .models import FlatFigure

LIST_COLUMNS = ("sources", "box", "flags")            # JSON arrays in CSV, lists in Parquet
MONEY_UNITS = {"KZT": "KZT", "USD": "USD", "KZT_per_USD": "KZT"}
COUNT_UNITS = {"persons", "transactions"}

# column -> (Frictionless type, HXL hashtag, description), in output order.
COLUMNS: dict[str, tuple[str, str, str]] = {
    "report_id": ("string", "#meta+report", "stable id of the report, e.g. KAZ-2023-Q1"),
    "metric": ("string", "#indicator+name", "what is counted: a metric code of the figure contract"),
    "statistic": ("string", "#indicator+statistic",
                  "total, monthly_average, average, share or change"),
    "unit": ("string", "#indicator+unit", "persons, transactions, KZT, USD, percent, KZT_per_USD"),
    "value": ("number", "#indicator+value",
              "the figure in base units (2.7 million is 2700000; 42.54% is 42.54)"),
    "value_num": ("number", "#indicator+num",
                  "the value when it is a count (unit persons or transactions), else empty"),
    "value_pct": ("number", "#indicator+pct", "the value when it is in percent, else empty"),
    "value_money": ("number", "#value",
                    "the value when it is an amount of money or an exchange rate, else empty"),
    "currency": ("string", "#currency+code",
                 "ISO 4217 currency of value_money (KZT for a KZT-per-USD rate), else empty"),
    "country": ("string", "#country+code",
                "ISO 3166-1 alpha-3 of the breakdown country (nationality, origin or destination "
                "as the metric says); empty for the national total"),
    "region": ("string", "#adm1+code", "ISO 3166-2 code of a region of the reporting country"),
    "group": ("string", "#indicator+group", "sub-population: CIS, non-CIS, police, ngo, government"),
    "period_start": ("date", "#date+start", "first day of the period the figure covers"),
    "period_end": ("date", "#date+end", "last day of the period (a stock: the day it is as of)"),
    "compared_to_start": ("date", "#date+start+compared",
                          "for a change: first day of the period it is compared with"),
    "compared_to_end": ("date", "#date+end+compared",
                        "for a change: last day of the period it is compared with"),
    "sources": ("array", "#meta+source", "JSON array of the footnote texts that source the figure"),
    "page": ("integer", "#meta+page", "1-based page of the figure's first statement"),
    "quote": ("string", "#meta+quote", "the text the figure was read from, as printed"),
    "figure_id": ("string", "#meta+id", "the figure's id within its report"),
    "box": ("array", "#meta+box",
            "JSON array x0, top, x1, bottom of the first statement, in PDF points from the "
            "page's top-left corner"),
    "flags": ("array", "#meta+flags", "JSON array of flags (see the codebook)"),
}
FORMATS = ("csv", "parquet", "jsonl")


class NoOutputError(Exception):
    """The folder is not an output folder of `mtm-extract extract`."""


def extracted_report_ids(out_dir: Path) -> list[str]:
    """Ids of the reports the manifest of `out_dir` lists as extracted, sorted."""
    from .batch import MANIFEST, read_manifest

    if not (Path(out_dir) / MANIFEST).is_file():
        raise NoOutputError(f"{out_dir}: no {MANIFEST}; run 'mtm-extract extract' into it first")
    return sorted({e.report_id for e in read_manifest(Path(out_dir)).values()
                   if e.status in ("ok", "needs_review")})


def output_figures(out_dir: Path) -> list[FlatFigure]:
    """Every figure of every extracted report of `out_dir`, by report id then file order."""
    from .writers import safe_name

    figures = []
    for rid in extracted_report_ids(out_dir):
        path = Path(out_dir) / f"{safe_name(rid)}.figures.jsonl"
        with open(path, encoding="utf-8") as fh:
            figures += [FlatFigure.model_validate_json(line) for line in fh if line.strip()]
    return figures


def figures_frame(figures: list[FlatFigure]):
    """The figures as a pandas DataFrame with the columns of COLUMNS (lists kept as lists)."""
    import pandas as pd

    rows = []
    for f in figures:
        row = f.model_dump(mode="json")
        row["box"] = [float(x) for x in row["box"]]
        row["value_num"] = f.value if f.unit in COUNT_UNITS else None
        row["value_pct"] = f.value if f.unit == "percent" else None
        row["value_money"] = f.value if f.unit in MONEY_UNITS else None
        row["currency"] = MONEY_UNITS.get(f.unit)
        rows.append({c: row[c] for c in COLUMNS})
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("value", "value_num", "value_pct", "value_money"):
        frame[column] = frame[column].astype("float64")
    frame["page"] = frame["page"].astype("int64")
    return frame


def _whole(value, unit):
    """A count of persons or transactions as a whole number ('2412580', not '2412580.0');
    percents, rates and money stay floats.

    >>> _whole(2412580.0, "persons"), _whole(42.5, "percent"), _whole(7.0, "USD")
    (2412580, 42.5, 7.0)
    """
    if unit in COUNT_UNITS and value == value and value is not None and float(value).is_integer():
        return int(value)
    return value


def csv_bytes(frame, hxl: bool = False) -> bytes:
    """CSV with list columns as JSON arrays; with `hxl`, the hashtag row under the header."""
    import pandas as pd

    out = frame.copy()
    for column in LIST_COLUMNS:
        out[column] = [json.dumps(list(v), ensure_ascii=False) for v in out[column]]
    for column in ("value", "value_num"):
        out[column] = pd.Series([_whole(v, u) for v, u in zip(out[column], out["unit"])],
                                index=out.index, dtype=object)
    text = out.to_csv(index=False, lineterminator="\n")
    if hxl:
        header, body = text.split("\n", 1)
        tags = io.StringIO()
        csv.writer(tags, lineterminator="\n").writerow([COLUMNS[c][1] for c in out.columns])
        text = header + "\n" + tags.getvalue() + body
    return text.encode("utf-8")


def read_csv_figures(path: Path, hxl: bool = False):
    """Read a CSV written by `csv_bytes` back into a frame like `figures_frame`'s."""
    import pandas as pd

    frame = pd.read_csv(path, skiprows=[1] if hxl else None, keep_default_na=False,
                        na_values={c: [""] for c in COLUMNS if COLUMNS[c][0] in ("number", "integer")},
                        dtype={c: str for c in COLUMNS if COLUMNS[c][0] in ("string", "date", "array")})
    for column in COLUMNS:
        kind = COLUMNS[column][0]
        if kind == "array":
            frame[column] = [json.loads(v) for v in frame[column]]
        elif kind in ("string", "date"):
            frame[column] = [v if v != "" else None for v in frame[column]]
    return frame


def arrow_schema():
    """Column types that do not depend on the data (an all-empty column stays a string)."""
    import pyarrow as pa

    types = {"string": pa.string(), "date": pa.string(), "number": pa.float64(),
             "integer": pa.int64()}
    arrays = {"sources": pa.list_(pa.string()), "flags": pa.list_(pa.string()),
              "box": pa.list_(pa.float64())}
    return pa.schema([(c, arrays[c] if kind == "array" else types[kind])
                      for c, (kind, _, _) in COLUMNS.items()])


def parquet_bytes(frame) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(frame, schema=arrow_schema(), preserve_index=False)
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def jsonl_bytes(frame) -> bytes:
    lines = []
    for record in frame.to_dict(orient="records"):
        lines.append(json.dumps({k: _plain(v) for k, v in record.items()}, ensure_ascii=False))
    return "".join(line + "\n" for line in lines).encode("utf-8")


def _plain(value):
    """A frame cell as a JSON value: NaN and None are null; numpy scalars become Python ones."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "item"):
        return _plain(value.item())
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def datapackage(csv_name: str, hxl: bool) -> dict:
    """A Frictionless Data Package describing the CSV."""
    fields = []
    for name, (kind, tag, description) in COLUMNS.items():
        spec = {"name": name, "type": kind, "description": description, "hxl": tag}
        if kind == "date":
            spec["format"] = "default"
        fields.append(spec)
    resource = {
        "name": "figures",
        "path": csv_name,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {"fields": fields, "primaryKey": ["report_id", "figure_id"],
                   "missingValues": [""]},
    }
    if hxl:   # row 2 holds the HXL hashtags: not data
        resource["dialect"] = {"header": True, "headerRows": [1], "commentRows": [2]}
    return {
        "profile": "tabular-data-package",
        "name": "mtm-figures",
        "title": "Figures of IOM MTM quarterly reports on Kazakhstan",
        "description": "One row per distinct figure of a report, with its source footnotes, "
                       "page and quote; made by mtm-extract.",
        "resources": [resource],
    }


def export_figures(out_dir: Path, to_dir: Path | None = None, *, formats: str = "all",
                   hxl: bool = False) -> list[Path]:
    """Write figures.csv (+ datapackage.json), figures.parquet and/or figures.jsonl."""
    from .writers import write_atomic

    to_dir = Path(to_dir or out_dir)
    frame = figures_frame(output_figures(Path(out_dir)))
    wanted = FORMATS if formats == "all" else (formats,)
    files: dict[str, bytes] = {}
    if "csv" in wanted:
        files["figures.csv"] = csv_bytes(frame, hxl)
        files["datapackage.json"] = (json.dumps(datapackage("figures.csv", hxl), ensure_ascii=False,
                                                indent=2) + "\n").encode("utf-8")
    if "parquet" in wanted:
        files["figures.parquet"] = parquet_bytes(frame)
    if "jsonl" in wanted:
        files["figures.jsonl"] = jsonl_bytes(frame)
    paths = []
    for name, data in files.items():
        write_atomic(to_dir / name, data)
        paths.append(to_dir / name)
    return paths
