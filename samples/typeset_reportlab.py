"""Typesets a sample by drawing it with reportlab (pip `reportlab`, the `samples` extra).

Pages are placed by hand, as the spec cuts them: running header, content (full-width rows and
two-column rows), the page's footnotes stacked up from the footer, running footer. Content that
does not fit above the footnotes fails the build. Charts are vector drawings; markers are
`<super>` runs (smaller and raised). `invariant=1` keeps the bytes the same from run to run.
"""
from __future__ import annotations

import math
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String, Wedge
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

PAGE_W, PAGE_H = A4
PALETTE = ["#24507a", "#5b8fc7", "#a9c8e8", "#d99a2b", "#5f8f3e", "#a8483a", "#7a65a3", "#8c8c8c"]

THEMES = {
    "twocol": dict(font="Helvetica", bold="Helvetica-Bold", italic="Helvetica-Oblique", size=9.2,
                   lead=12.6, accent="#24507a", margin=16 * mm),
    "tables": dict(font="Times-Roman", bold="Times-Bold", italic="Times-Italic", size=10.6,
                   lead=13.8, accent="#222222", margin=22 * mm),
    "endnotes": dict(font="Helvetica", bold="Helvetica-Bold", italic="Helvetica-Oblique", size=9.0,
                     lead=12.8, accent="#2f6f4a", margin=18 * mm),
}
COL_GAP = 8 * mm
HEAD_H = 20 * mm
FOOT_H = 14 * mm
SUPER = '<super rise="{rise:.1f}" size="{size:.1f}">{n}</super>'


class Overflow(ValueError):
    pass


def markup(toks, theme) -> str:
    out = []
    for tok in toks:
        if tok[0] == "text":
            out.append(escape(tok[1]))
        elif tok[0] == "fig":
            out.append(escape(tok[2]))
        else:
            out.append(SUPER.format(rise=theme["size"] * 0.38, size=theme["size"] * 0.62, n=tok[2]))
    return "".join(out)


def plain(toks) -> str:
    return "".join(t[1] if t[0] == "text" else t[2] if t[0] == "fig" else "" for t in toks)


class Typesetter:
    def __init__(self, doc, out_pdf: Path):
        self.doc = doc
        self.t = THEMES[doc.layout]
        t = self.t
        self.styles = {
            "p": ParagraphStyle("p", fontName=t["font"], fontSize=t["size"], leading=t["lead"],
                                alignment=TA_JUSTIFY, spaceAfter=2.2 * mm),
            "h1": ParagraphStyle("h1", fontName=t["bold"], fontSize=t["size"] + 4, leading=t["size"] + 7,
                                 textColor=colors.HexColor(t["accent"]), spaceBefore=2 * mm, spaceAfter=2.4 * mm),
            "h2": ParagraphStyle("h2", fontName=t["bold"], fontSize=t["size"] + 1.2, leading=t["size"] + 4,
                                 textColor=colors.HexColor(t["accent"]), spaceBefore=1.5 * mm, spaceAfter=1.4 * mm),
            "note": ParagraphStyle("note", fontName=t["italic"], fontSize=t["size"] - 2, leading=t["size"],
                                   alignment=TA_LEFT, spaceAfter=2.4 * mm),
            "quote": ParagraphStyle("quote", fontName=t["italic"], fontSize=t["size"], leading=t["lead"],
                                    leftIndent=6 * mm, spaceAfter=2.4 * mm),
            "li": ParagraphStyle("li", fontName=t["font"], fontSize=t["size"], leading=t["lead"],
                                 leftIndent=6 * mm, bulletIndent=0, alignment=TA_JUSTIFY, spaceAfter=1.4 * mm),
            "caption": ParagraphStyle("caption", fontName=t["bold"], fontSize=t["size"] - 0.6,
                                      leading=t["size"] + 2.4, spaceAfter=1.2 * mm),
            "cell": ParagraphStyle("cell", fontName=t["font"], fontSize=t["size"] - 1, leading=t["size"] + 1.4),
            "cellr": ParagraphStyle("cellr", fontName=t["font"], fontSize=t["size"] - 1, leading=t["size"] + 1.4,
                                    alignment=TA_RIGHT),
            "fn": ParagraphStyle("fn", fontName=t["font"], fontSize=7, leading=8.6, alignment=TA_LEFT),
            "en": ParagraphStyle("en", fontName=t["font"], fontSize=8.2, leading=10.4, leftIndent=7 * mm,
                                 bulletIndent=0, alignment=TA_LEFT, spaceAfter=1.2 * mm),
        }
        self.c = Canvas(str(out_pdf), pagesize=A4, invariant=1, pageCompression=1)
        spec = doc.spec
        self.c.setTitle(f'{spec["report"]["title"]} – {spec["report"]["edition"]}')
        self.c.setAuthor("mtm-extract samples")
        self.c.setCreator("mtm-extract samples/generate.py")

    # ------------------------------------------------------------ blocks -> flowables
    def para(self, toks, style: str) -> Paragraph:
        return Paragraph(markup(toks, self.t), self.styles[style])

    def flowables(self, block, width: float) -> list:
        kind = next(iter(block))
        body = block[kind]
        if kind in ("h1", "h2", "p", "note", "quote"):
            return [self.para(body, kind)]
        if kind in ("ol", "ul"):
            return [Paragraph(markup(item, self.t), self.styles["li"],
                              bulletText=f"{i}." if kind == "ol" else "•")
                    for i, item in enumerate(body, start=1)]
        if kind == "donut":
            return [self.para(body["title"], "caption"), self.donut(body["items"], width)]
        if kind == "bars":
            out = [self.para(body["title"], "caption"), self.bars(body, width)]
            if "note" in body:
                out.append(self.para(body["note"], "note"))
            return out
        if kind == "table":
            return [self.para(body["caption"], "caption"), self.table(body, width)] + (
                [self.para(body["note"], "note")] if "note" in body else [])
        if kind == "endnotes":
            out = [self.para(body, "h1")]
            for num, key, _ in self.doc.notes:
                out.append(Paragraph(escape(self.doc.note_text(key)), self.styles["en"], bulletText=f"{num}."))
            return out
        raise ValueError(kind)

    def value_of(self, toks) -> float:
        for tok in toks:
            if tok[0] == "fig":
                return abs(float(self.doc.spec["figures"][tok[1]]["v"]))
        return 0.0

    def donut(self, items, width: float) -> Drawing:
        values = [self.value_of(i) for i in items]
        h = max(30 * mm, len(items) * 5.2 * mm + 6 * mm)
        d = Drawing(width, h)
        d.add(Rect(0, 0, width, h, fillColor=colors.HexColor("#f5f8fc"), strokeColor=colors.HexColor("#c8d6e8"),
                   strokeWidth=0.5))
        cx, cy, r = 17 * mm, h / 2, 12 * mm
        total = max(100.0, sum(values))
        angle = 90.0
        slices = values + ([total - sum(values)] if total - sum(values) > 0.05 else [])
        for i, v in enumerate(slices):
            sweep = 360.0 * v / total
            color = PALETTE[i] if i < len(values) else "#d6d6d6"
            d.add(Wedge(cx, cy, r, angle - sweep, angle, radius1=r * 0.58, fillColor=colors.HexColor(color),
                        strokeColor=colors.white, strokeWidth=0.6))
            angle -= sweep
        y = h / 2 + (len(items) - 1) * 2.6 * mm
        for i, item in enumerate(items):
            d.add(Rect(34 * mm, y - 0.4 * mm, 2.6 * mm, 2.6 * mm, fillColor=colors.HexColor(PALETTE[i]),
                       strokeColor=None))
            d.add(String(38.5 * mm, y, plain(item), fontName=self.t["font"], fontSize=7.4))
            y -= 5.2 * mm
        return d

    def bars(self, body, width: float) -> Drawing:
        """One text row per category at the height of its bars: the name, then its values in
        fixed columns right of the bars, in the order of the series key that heads those
        columns like a table header. Every text of a row shares one baseline."""
        rows, series = body["rows"], body["series"]
        font, size, key_size = self.t["font"], 7.2, 7.0
        swatch, pad = 2.6 * mm, 3 * mm
        col_w = max([stringWidth(plain(s), font, key_size) + swatch + 1.2 * mm for s in series]
                    + [stringWidth(plain(c), font, size) for row in rows for c in row[1:]]) + pad
        right = [width - 2 * mm - (len(series) - 1 - j) * col_w for j in range(len(series))]
        label_w = max(stringWidth(plain(row[0]), font, size) for row in rows) + 4 * mm
        span = right[0] - col_w - label_w - 1 * mm
        row_h = (len(series) * 3.4 + 2.4) * mm
        key_h = 6 * mm
        h = key_h + len(rows) * row_h + 1 * mm
        d = Drawing(width, h)
        top = max(self.value_of(cell) for row in rows for cell in row[1:]) or 1.0
        colours = [colors.HexColor(PALETTE[j * 3]) for j in range(len(series))]
        y = h - 4 * mm
        for j, name in enumerate(series):
            d.add(String(right[j], y, plain(name), fontName=font, fontSize=key_size, textAnchor="end"))
            x = right[j] - stringWidth(plain(name), font, key_size) - 1.2 * mm - swatch
            d.add(Rect(x, y - 0.4 * mm, swatch, swatch, fillColor=colours[j], strokeColor=None))
        y = h - key_h
        for row in rows:
            mid = y - (len(series) * 3.4 + 0.6) * mm / 2
            base = mid - 0.9 * mm
            d.add(String(label_w - 2 * mm, base, plain(row[0]), fontName=font, fontSize=size,
                         textAnchor="end"))
            for j, cell in enumerate(row[1:]):
                y -= 3.4 * mm
                bw = span * self.value_of(cell) / top
                d.add(Rect(label_w, y, bw, 2.8 * mm, fillColor=colours[j], strokeColor=None))
                d.add(String(right[j], base, plain(cell), fontName=font, fontSize=size, textAnchor="end"))
            y -= 2.4 * mm
        return d

    def table(self, body, width: float) -> Table:
        n = len(body["header"])
        data = [[Paragraph(f"<b>{markup(h, self.t)}</b>", self.styles["cellr" if j else "cell"])
                 for j, h in enumerate(body["header"])]]
        for row in body["rows"]:
            data.append([Paragraph(markup(c, self.t), self.styles["cellr" if j else "cell"])
                         for j, c in enumerate(row)])
        first = min(width * 0.42, 62 * mm)
        rest = min((width - first) / max(1, n - 1), 32 * mm)
        t = Table(data, colWidths=[first] + [rest] * (n - 1), hAlign="LEFT")
        t.setStyle(TableStyle([
            ("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 1.4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ]))
        t.spaceAfter = 3.4 * mm
        return t

    # ------------------------------------------------------------ placing
    def place(self, flows, x: float, y: float, width: float, bottom: float, page_no: int) -> float:
        for f in flows:
            y -= getattr(f, "spaceBefore", 0) or (f.style.spaceBefore if hasattr(f, "style") else 0)
            _, h = f.wrapOn(self.c, width, PAGE_H)
            if y - h < bottom:
                raise Overflow(f"{self.doc.name}: content overflows page {page_no}")
            f.drawOn(self.c, x, y - h)
            after = f.style.spaceAfter if hasattr(f, "style") else getattr(f, "spaceAfter", 2.4 * mm)
            y -= h + (after or 0)
        return y

    def page(self, page_no: int, page: dict) -> None:
        c, t = self.c, self.t
        margin = t["margin"]
        width = PAGE_W - 2 * margin
        self.running(page_no)
        bottom = FOOT_H + 4 * mm
        if self.doc.layout != "endnotes":
            here = [(n, k) for n, k, p in self.doc.notes if p == page_no]
            if here:
                paras = [Paragraph(SUPER.format(rise=2.6, size=4.8, n=n) + " " + escape(self.doc.note_text(k)),
                                   self.styles["fn"]) for n, k in here]
                heights = [p.wrap(width, PAGE_H)[1] + 0.8 for p in paras]
                y = bottom + sum(heights)
                c.setStrokeColor(colors.HexColor("#777777"))
                c.setLineWidth(0.4)
                c.line(margin, y + 2 * mm, margin + 45 * mm, y + 2 * mm)
                for p, hgt in zip(paras, heights):
                    p.drawOn(c, margin, y - hgt + 0.8)
                    y -= hgt
                bottom += sum(heights) + 5 * mm
        y = PAGE_H - HEAD_H - 5 * mm
        for row in page["rows"]:
            if "cols" in row:
                col_w = (width - COL_GAP) / 2
                ends = [self.place([f for b in col for f in self.flowables(b, col_w)],
                                   margin + i * (col_w + COL_GAP), y, col_w, bottom, page_no)
                        for i, col in enumerate(row["cols"])]
                y = min(ends)
            else:
                y = self.place(self.flowables(row, width), margin, y, width, bottom, page_no)
        c.showPage()

    def running(self, page_no: int) -> None:
        c, t = self.c, self.t
        spec = self.doc.spec
        accent = colors.HexColor(t["accent"])
        left, right = spec["running_header"]
        margin = t["margin"]
        top = PAGE_H - 10 * mm
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont(t["italic"], 7.6)
        c.drawString(margin, top, left)
        c.setFillColor(accent)
        c.setFont(t["bold"], 8.4)
        c.drawRightString(PAGE_W - margin, top, right)
        c.setStrokeColor(accent)
        c.setLineWidth(0.8)
        c.line(margin, top - 3 * mm, PAGE_W - margin, top - 3 * mm)
        c.line(margin, FOOT_H, PAGE_W - margin, FOOT_H)
        c.setFont(t["font"], 7.8)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(margin, FOOT_H - 5 * mm, spec["running_footer"])
        label = spec.get("page_label", "{n}").format(n=page_no, total=len(self.doc.pages))
        c.setFont(t["bold"], 8.4)
        c.drawRightString(PAGE_W - margin, FOOT_H - 5 * mm, label)
        c.setFillColor(colors.black)

    def run(self) -> None:
        for page_no, page in enumerate(self.doc.pages, start=1):
            self.page(page_no, page)
        self.c.save()


def typeset(doc, out_pdf: Path) -> None:
    Typesetter(doc, out_pdf).run()
