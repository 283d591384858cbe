#!/usr/bin/env python3
"""Typesets the sample MTM reports in samples/ from their specs, with their truth files.

    python samples/generate.py [--out DIR] [NAME ...]   # all specs in samples/specs/ when no name

A spec (samples/specs/<name>.json) holds the report's metadata, its footnote texts, its figures
(in a compact form of the contract of ../shared/spec/figures.md) and its pages of blocks. Text in
a block marks each statement of a figure as `{id|printed text}` and each footnote marker as
`[^key]`. From one spec this script writes:

- samples/<name>.pdf         typeset by the spec's producer: "chromium" (HTML printed by headless
                             Chromium, see typeset_html.py), "reportlab" (typeset_reportlab.py)
                             or "libreoffice" (a flat OpenDocument converted by it, typeset_odt.py);
- samples/<name>.truth.json  the figures in the gold-file shape, each with the one footnote text
                             that sources it.

A figure's source is the footnote of its first statement that carries one: in a paragraph or
list item, the first marker after the statement; in a chart or a table, any marker of the block
(its title or caption). Output is deterministic: same spec, same bytes.
"""
from __future__ import annotations

import calendar
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"

METRICS = (
    "arrivals", "departures", "temporary_residence_permits", "permanent_residence_permits",
    "permanent_residents", "registered_migrant_workers", "emigrant_workers", "citizens_abroad",
    "remittances_sent", "remittances_received", "exchange_rate", "training_participants",
)
STATISTICS = ("total", "monthly_average", "average", "share", "change")
UNITS = ("persons", "transactions", "KZT", "USD", "percent", "KZT_per_USD")
FIELDS = ("metric", "statistic", "unit", "value", "country", "region", "group",
          "period_start", "period_end", "compared_to_start", "compared_to_end")

# `{id|printed}`: one statement of a figure; `[^key]`: one footnote marker.
TOKEN = re.compile(r"\{(?P<fig>[a-z0-9_]+)\|(?P<printed>[^{}]*)\}|\[\^(?P<mark>[a-z0-9_]+)\]")
# Blocks whose markers source every figure in them (not only the figures before the marker).
WHOLE_BLOCK_SOURCES = ("donut", "bars", "hbars", "table")

SCALES = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
          "b": 1e9}


# ---------------------------------------------------------------- periods

def parse_period(text: str, report: dict) -> tuple[str, str]:
    """Short period forms -> (start, end) ISO dates.

    "Q" is the report's period; "2023Q2", "2024H1", "2024M9" (first nine months), "2023-04"
    (a month), "2023" (a year), "2023-06-30" (a day: a stock), "A..B" (explicit).
    """
    if text == "Q":
        return report["period_start"], report["period_end"]
    if ".." in text:
        a, b = text.split("..")
        return a, b
    if m := re.fullmatch(r"(\d{4})Q([1-4])", text):
        y, q = int(m[1]), int(m[2])
        return _month_span(y, 3 * q - 2, 3 * q)
    if m := re.fullmatch(r"(\d{4})H([12])", text):
        y, h = int(m[1]), int(m[2])
        return _month_span(y, 6 * h - 5, 6 * h)
    if m := re.fullmatch(r"(\d{4})M(\d{1,2})", text):
        return _month_span(int(m[1]), 1, int(m[2]))
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        return _month_span(int(m[1]), int(m[2]), int(m[2]))
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-01-01", f"{text}-12-31"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text, text
    raise ValueError(f"unknown period form {text!r}")


def _month_span(year: int, first: int, last: int) -> tuple[str, str]:
    end_day = calendar.monthrange(year, last)[1]
    return f"{year}-{first:02d}-01", f"{year}-{last:02d}-{end_day:02d}"


# ---------------------------------------------------------------- the document model

@dataclass
class Mention:
    fig: str
    printed: str
    page: int
    source: str | None = None     # footnote key that sources this statement, if any


@dataclass
class Doc:
    name: str
    spec: dict
    pages: list                   # pages of rows; strings replaced by token lists
    notes: list = field(default_factory=list)     # (number, key) in order of numbering
    mentions: list = field(default_factory=list)  # Mention, in document order

    @property
    def producer(self) -> str:
        return self.spec["producer"]

    @property
    def layout(self) -> str:
        return self.spec["layout"]

    def note_text(self, key: str) -> str:
        return self.spec["footnotes"][key]


def tokens(text: str) -> list:
    """Text -> list of ("text", s) / ("fig", id, printed) / ("mark", key) tokens."""
    out, pos = [], 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            out.append(("text", text[pos:m.start()]))
        if m["fig"]:
            out.append(("fig", m["fig"], m["printed"]))
        else:
            out.append(("mark", m["mark"]))
        pos = m.end()
    if pos < len(text):
        out.append(("text", text[pos:]))
    return out


def block_strings(block: dict):
    """Yield (container, key) of every text string of a block, in reading order."""
    kind = next(iter(block))
    body = block[kind]
    if kind in ("h1", "h2", "p", "note", "quote"):
        yield block, kind
    elif kind in ("ol", "ul"):
        for i in range(len(body)):
            yield body, i
    elif kind == "donut":
        yield body, "title"
        for i in range(len(body["items"])):
            yield body["items"], i
    elif kind == "keyfigs":         # key figures: [number, caption] pairs set large
        for item in body:
            yield item, 0
            yield item, 1
    elif kind == "hbars":           # a drawn bar chart: [name, value] rows, value labels at the bars
        yield body, "title"
        for row in body["rows"]:
            yield row, 0
            yield row, 1
        if "note" in body:
            yield body, "note"
    elif kind == "bars":
        yield body, "title"
        for i in range(len(body["series"])):
            yield body["series"], i
        for row in body["rows"]:
            for i in range(len(row)):
                yield row, i
        if "note" in body:
            yield body, "note"
    elif kind == "table":
        yield body, "caption"
        for cell in body.get("header2", []):     # the upper header line: [text, columns spanned]
            yield cell, 0
        for i in range(len(body["header"])):
            yield body["header"], i
        for row in body["rows"]:
            for i in range(len(row)):
                yield row, i
        if "note" in body:
            yield body, "note"
    elif kind == "endnotes":
        yield block, kind          # the heading of the notes list; the list is made from the notes
    else:
        raise ValueError(f"unknown block kind {kind!r}")


def page_blocks(page: dict):
    """Blocks of a page in reading order: full-width rows, columns left then right, then the
    sidebar beside them (`side`)."""
    for row in page["rows"]:
        if "cols" in row:
            for col in row["cols"]:
                yield from col
            yield from row.get("side", [])
        else:
            yield row


def build_doc(name: str, spec: dict) -> Doc:
    pages = json.loads(json.dumps(spec["pages"]))   # a private copy to fill with tokens
    doc = Doc(name, spec, pages)
    endnotes = spec["layout"] == "endnotes"
    numbers: dict[str, int] = {}
    for page_no, page in enumerate(pages, start=1):
        for block in page_blocks(page):
            kind = next(iter(block))
            block_marks: list[str] = []
            block_mentions: list[Mention] = []
            for container, key in block_strings(block):
                toks = tokens(container[key])
                pending: list[Mention] = []
                for i, tok in enumerate(toks):
                    if tok[0] == "mark":
                        note_key = tok[1]
                        if note_key not in spec["footnotes"]:
                            raise ValueError(f"{name}: footnote {note_key!r} is not defined")
                        if endnotes and note_key in numbers:
                            num = numbers[note_key]
                        else:
                            num = len(doc.notes) + 1
                            numbers[note_key] = num
                            doc.notes.append((num, note_key, page_no))
                        toks[i] = ("mark", note_key, num)
                        block_marks.append(note_key)
                        for m in pending:
                            m.source = note_key
                        pending = []
                    elif tok[0] == "fig":
                        if tok[1] not in spec["figures"]:
                            raise ValueError(f"{name}: figure {tok[1]!r} is not defined")
                        m = Mention(tok[1], tok[2], page_no)
                        doc.mentions.append(m)
                        block_mentions.append(m)
                        pending.append(m)
                container[key] = toks
            if kind in WHOLE_BLOCK_SOURCES and block_marks:
                for m in block_mentions:
                    m.source = m.source or block_marks[0]
    return doc


# ---------------------------------------------------------------- truth

def expand_figure(fid: str, short: dict, report: dict) -> dict:
    """The compact spec form of a figure -> the contract's fields (without source)."""
    metric = short["m"]
    statistic = short.get("s", "average" if metric == "exchange_rate" else "total")
    unit = short.get("u") or ("percent" if statistic in ("share", "change") else
                              "KZT_per_USD" if metric == "exchange_rate" else "persons")
    start, end = parse_period(short.get("p", "Q"), report)
    cstart = cend = None
    if "vs" in short:
        cstart, cend = parse_period(short["vs"], report)
    fig = {"metric": metric, "statistic": statistic, "unit": unit, "value": short["v"],
           "country": short.get("c"), "region": short.get("r"), "group": short.get("g"),
           "period_start": start, "period_end": end,
           "compared_to_start": cstart, "compared_to_end": cend}
    if metric not in METRICS or statistic not in STATISTICS or unit not in UNITS:
        raise ValueError(f"figure {fid}: {metric}/{statistic}/{unit} is outside the contract")
    if (statistic == "change") != (cstart is not None):
        raise ValueError(f"figure {fid}: a change needs `vs`, and only a change has one")
    return fig


def truth_of(doc: Doc) -> dict:
    spec = doc.spec
    report = dict(spec["report"])
    first_source: dict[str, str | None] = {}
    for m in doc.mentions:
        if first_source.get(m.fig) is None:
            first_source[m.fig] = m.source
    figures = []
    for fid, short in spec["figures"].items():
        if fid not in first_source:
            raise ValueError(f"{doc.name}: figure {fid!r} is never stated in the text")
        fig = expand_figure(fid, short, report)
        key = short["src"] if "src" in short else first_source[fid]
        fig["source"] = spec["footnotes"][key] if key else None
        for extra in ("optional", "alt", "note"):
            if extra in short:
                fig[extra] = short[extra]
        figures.append(fig)
    report["footnotes"] = len(doc.notes)
    return {"report": report, "figures": figures, "legislation": spec.get("legislation", [])}


# ---------------------------------------------------------------- self-checks

# Thousands set off by a comma, a space or a no-break space ("2\u00a0318\u00a0406" in Russian text).
NUMBER = re.compile(r"(\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+(?![\d,])|\d+(?:[.,]\d+)?)")


def printed_value_ok(printed: str, value: float) -> bool:
    """Does a statement such as "7,8 thousand", "$92 million" or "44.2%" round to the value?

    Spelled-out statements (no digits) are not checked here. A missing scale word may be
    implied by a paired amount ("25.8 KZT (56.7 million USD)"), so any scale is accepted then.
    """
    m = NUMBER.search(printed)
    if not m:
        return True
    raw = m[1]
    if re.fullmatch(r"\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+", raw):
        num, decimals = float(re.sub(r"[ ,\u00a0\u202f]", "", raw)), 0
    else:
        raw = raw.replace(",", ".")
        num, decimals = float(raw), len(raw.split(".")[1]) if "." in raw else 0
    after = printed[m.end():].strip().lower()
    word = re.match(r"(thousand|million|mln|billion|bn|m|b)\b", after)
    scales = [SCALES[word[1]]] if word else [1, 1e3, 1e6, 1e9]
    for scale in scales:
        half_unit = 0.5 * 10 ** -decimals * scale
        if abs(num * scale - abs(value)) <= half_unit * 1.0001 + 1e-9:
            return True
    return False


def check(doc: Doc, truth: dict) -> None:
    values = {fid: short["v"] for fid, short in doc.spec["figures"].items()}
    for m in doc.mentions:
        if not printed_value_ok(m.printed, values[m.fig]):
            raise ValueError(f"{doc.name}: {m.fig} is {values[m.fig]} but printed {m.printed!r}")
    seen = {}
    for fig in truth["figures"]:
        key = tuple(fig[f] for f in FIELDS if f != "value")
        if key in seen:
            raise ValueError(f"{doc.name}: two figures share the key {key}")
        seen[key] = fig


# ---------------------------------------------------------------- main

def generate(name: str, out_dir: Path = HERE) -> None:
    spec = json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8"))
    doc = build_doc(name, spec)
    truth = truth_of(doc)
    check(doc, truth)
    out_pdf = out_dir / f"{name}.pdf"
    if doc.producer == "chromium":
        import typeset_html
        typeset_html.typeset(doc, out_pdf)
    elif doc.producer == "reportlab":
        import typeset_reportlab
        typeset_reportlab.typeset(doc, out_pdf)
    elif doc.producer == "libreoffice":
        import typeset_odt
        typeset_odt.typeset(doc, out_pdf)
    else:
        raise ValueError(f"{name}: unknown producer {doc.producer!r}")
    (out_dir / f"{name}.truth.json").write_text(
        json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    size = out_pdf.stat().st_size
    print(f"{name}: {len(truth['figures'])} figures, {len(doc.notes)} notes, "
          f"{len(doc.pages)} pages, {size // 1024} KB")
    if size > 150 * 1024:
        raise ValueError(f"{name}: the PDF is {size} bytes, over the 150 KB budget")


def main(argv: list[str]) -> int:
    out_dir = HERE
    if argv[:1] == ["--out"]:
        out_dir, argv = Path(argv[1]), argv[2:]
    names = argv or sorted(p.stem for p in SPECS.glob("*.json"))
    for name in names:
        generate(name, out_dir)
    return 0


# The typesetters sit beside this script; importing it as a module (the tests do) must find them too.
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
