"""Typesets a sample as HTML and prints it to PDF with headless Chromium (Debian's `chromium`).

Each page is a fixed A4 box (running header, content, the page's footnotes, running footer), so
page breaks are the spec's, not the browser's. Before printing, the page is loaded once with its
DOM dumped: a script marks any page whose content overflows its box, and that fails the build.
Chromium stamps the print time into the PDF's info dictionary; it is replaced by a fixed date of
the same length so the bytes stay the same from run to run.
"""
from __future__ import annotations

import html
import math
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM", "chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--font-render-hinting=none"]
FIXED_DATE = b"D:20000101000000+00'00'"
PALETTE = ["#1f4e8c", "#4a86c5", "#9bbfe6", "#e0a526", "#6a9a3a", "#b5523b", "#7d6aa8",
           "#5fb3b3", "#c97fb0", "#8c8c8c"]

THEMES = {
    "twocol": """
      body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.4pt; line-height: 1.36; color: #222; }
      .run-head { border-top: 2.4mm solid #1f4e8c; border-bottom: 0.4mm solid #4a86c5; padding: 3mm 15mm 2.4mm; }
      .run-head .l { font-size: 7.2pt; color: #555; } .run-head .r { font-size: 9pt; font-weight: bold; color: #1f4e8c; text-align: right; }
      .run-foot { background: #1f4e8c; color: #fff; font-weight: bold; }
      h1 { color: #1f4e8c; text-transform: uppercase; } h2 { color: #3a73b5; }
    """,
    "tables": """
      body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 10.4pt; line-height: 1.4; color: #111; }
      .run-head { border-bottom: 0.3mm solid #444; padding: 5mm 20mm 2mm; }
      .run-head .l { font-size: 8pt; font-style: italic; } .run-head .r { font-size: 8pt; text-align: right; }
      .run-foot { border-top: 0.3mm solid #444; color: #222; }
      .content { padding-left: 20mm !important; padding-right: 20mm !important; }
      .footnotes { padding-left: 20mm !important; }
      h1 { color: #111; } h2 { color: #333; font-style: italic; }
    """,
    "endnotes": """
      body { font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 8.8pt; line-height: 1.42; color: #1d2b22; }
      .run-head { background: #e9f2ec; border-left: 3mm solid #2f7d4f; padding: 3mm 15mm; }
      .run-head .l { font-size: 8pt; font-weight: bold; color: #2f7d4f; } .run-head .r { font-size: 7.6pt; text-align: right; color: #333; }
      .run-foot { border-top: 0.6mm solid #2f7d4f; color: #2f7d4f; }
      h1 { color: #2f7d4f; } h2 { color: #2f7d4f; font-weight: normal; text-decoration: underline; }
      ol.findings li { margin-bottom: 1.6mm; }
    """,
    "designer": """
      body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.2pt; line-height: 1.38; color: #1b2a33; }
      .run-head { background: #0b5f73; color: #fff; padding: 3mm 15mm; }
      .run-head .l { font-size: 7.4pt; } .run-head .r { font-size: 8.4pt; font-weight: bold; text-align: right; }
      .run-foot { border-top: 0.5mm solid #0b5f73; color: #0b5f73; }
      h1 { color: #0b5f73; font-size: 16pt; } h2 { color: #0b5f73; }
      .keyfigs { display: flex; gap: 5mm; margin: 1mm 0 5mm; }
      .keyfigs .kf { flex: 1 1 0; background: #0b5f73; color: #fff; border-radius: 2.5mm; padding: 3mm 4mm; }
      .keyfigs .kf .n { font-size: 22pt; font-weight: bold; line-height: 1.1; }
      .keyfigs .kf .c { font-size: 8pt; line-height: 1.25; margin-top: 1.5mm; }
      .cols-side { display: flex; gap: 7mm; align-items: flex-start; }
      .cols-side > .cols { flex: 1 1 0; min-width: 0; }
      .side { flex: none; width: 50mm; background: #e3eff2; padding: 3mm 3.5mm; font-size: 8.4pt; }
      .side p { text-align: left; }
      .hbars { margin: 1mm 0 3mm; } .hbars .title { font-weight: bold; font-size: 8.8pt; margin-bottom: 1.5mm; }
      table.designer { min-width: 150mm; font-size: 8.8pt; }
      table.designer th { background: #0b5f73; color: #fff; border: 0.3mm solid #fff; text-align: center; }
      table.designer tr.grp td { background: #f2c14e; font-weight: bold; }
      table.designer tr.total td { font-weight: bold; border-top: 0.4mm solid #0b5f73; }
    """,
}

BASE_CSS = """
  @page { size: A4 portrait; margin: 0; }
  html, body { margin: 0; padding: 0; }
  body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { width: 210mm; height: 297mm; box-sizing: border-box; position: relative; overflow: hidden;
          display: flex; flex-direction: column; break-after: page; }
  .page:last-of-type { break-after: auto; }
  .run-head { flex: none; display: flex; justify-content: space-between; align-items: flex-end; }
  .run-foot { flex: none; height: 10mm; padding: 0 15mm; display: flex; justify-content: space-between;
              align-items: center; font-size: 8pt; }
  .content { flex: 1 1 auto; min-height: 0; overflow: hidden; padding: 5mm 15mm 0; }
  .footnotes { flex: none; padding: 2mm 15mm 3mm; font-size: 7pt; line-height: 1.3; color: #333; }
  .footnotes::before { content: ""; display: block; width: 45mm; border-top: 0.25mm solid #777; margin-bottom: 1.2mm; }
  .footnotes p { margin: 0 0 0.6mm; text-align: left; }
  sup { font-size: 60%; line-height: 0; vertical-align: super; }
  p { margin: 0 0 2.2mm; text-align: justify; hyphens: manual; }
  h1 { font-size: 13pt; margin: 3mm 0 2.4mm; line-height: 1.2; }
  h2 { font-size: 10.6pt; margin: 3mm 0 1.4mm; line-height: 1.2; }
  .content > h1:first-child, .col > h1:first-child, .col > h2:first-child { margin-top: 0; }
  .cols { display: flex; gap: 8mm; align-items: flex-start; }
  .col { flex: 1 1 0; min-width: 0; }
  ol, ul { margin: 0 0 2.4mm; padding-left: 6mm; } li { margin-bottom: 1mm; text-align: justify; }
  .note { font-size: 7.4pt; font-style: italic; color: #444; margin: 0 0 2.4mm; text-align: left; }
  .quote { margin: 0 0 2.4mm 4mm; padding-left: 3mm; border-left: 0.6mm solid #999; font-style: italic; }
  .chart { border: 0.25mm solid #c9d7ea; background: #f7f9fd; padding: 2.2mm 2.6mm; margin: 1mm 0 3mm; }
  .chart .title { font-weight: bold; font-size: 8.6pt; margin-bottom: 1.2mm; }
  .donut { display: flex; align-items: center; gap: 4mm; }
  .donut svg { width: 27mm; height: 27mm; flex: none; }
  .legend { font-size: 7.4pt; line-height: 1.25; }
  .legend div { margin: 1.1mm 0; } .legend i { display: inline-block; width: 2.4mm; height: 2.4mm; margin-right: 1.4mm; vertical-align: -0.2mm; }
  .bars { font-size: 7.2pt; display: grid; column-gap: 2mm; row-gap: 0.9mm; align-items: center; }
  .bars .lab { text-align: right; white-space: nowrap; }
  .bars .bar { display: flex; align-items: center; height: 2.6mm; }
  .bars .bar span { display: block; height: 2.6mm; }
  .bars .val { text-align: right; white-space: nowrap; padding-left: 3mm; }
  .bars .key { font-size: 7pt; text-align: right; white-space: nowrap; padding-left: 3mm; margin-bottom: 0.4mm; }
  .bars .key i { display: inline-block; width: 2.4mm; height: 2.4mm; margin-right: 1mm; vertical-align: -0.2mm; }
  .bars .grp { display: flex; flex-direction: column; gap: 0.5mm; }
  table { border-collapse: collapse; margin: 0.6mm 0 3.4mm; font-size: 9pt; min-width: 105mm; }
  caption { caption-side: top; text-align: left; font-weight: bold; font-size: 9pt; padding-bottom: 1.2mm; }
  th { border-top: 0.4mm solid #222; border-bottom: 0.25mm solid #222; padding: 0.8mm 3mm; text-align: left; }
  td { padding: 0.6mm 3mm; border-bottom: 0.15mm solid #bbb; }
  td.num, th.num { text-align: right; }
  .endnotes ol { padding-left: 7mm; font-size: 8pt; } .endnotes li { text-align: left; margin-bottom: 1.2mm; }
"""

CHECK_SCRIPT = """
<script>
window.addEventListener('load', () => {
  const bad = [];
  document.querySelectorAll('.page').forEach((p, i) => {
    const c = p.querySelector('.content');
    if (c.scrollHeight > c.clientHeight + 1 || c.scrollWidth > c.clientWidth + 1) bad.push(i + 1);
  });
  document.body.setAttribute('data-overflow', bad.length ? bad.join(',') : 'none');
});
</script>
"""


def inline(toks) -> str:
    out = []
    for tok in toks:
        if tok[0] == "text":
            out.append(html.escape(tok[1], quote=False))
        elif tok[0] == "fig":
            out.append(html.escape(tok[2], quote=False))
        else:
            out.append(f"<sup>{tok[2]}</sup>")
    return "".join(out)


def plain(toks) -> str:
    return "".join(t[1] if t[0] == "text" else t[2] if t[0] == "fig" else "" for t in toks)


def fig_value(doc, toks) -> float:
    for tok in toks:
        if tok[0] == "fig":
            return abs(float(doc.spec["figures"][tok[1]]["v"]))
    return 0.0


def donut_svg(values: list[float]) -> str:
    total = max(100.0, sum(values))
    parts, angle = [], -90.0
    slices = values + ([total - sum(values)] if total - sum(values) > 0.05 else [])
    for i, v in enumerate(slices):
        sweep = 360.0 * v / total
        a0, a1 = math.radians(angle), math.radians(angle + sweep)
        big = 1 if sweep > 180 else 0
        ro, ri = 50, 30
        pts = [(60 + ro * math.cos(a0), 60 + ro * math.sin(a0)), (60 + ro * math.cos(a1), 60 + ro * math.sin(a1)),
               (60 + ri * math.cos(a1), 60 + ri * math.sin(a1)), (60 + ri * math.cos(a0), 60 + ri * math.sin(a0))]
        color = PALETTE[i] if i < len(values) else "#d5d5d5"
        d = (f"M{pts[0][0]:.2f},{pts[0][1]:.2f} A{ro},{ro} 0 {big} 1 {pts[1][0]:.2f},{pts[1][1]:.2f} "
             f"L{pts[2][0]:.2f},{pts[2][1]:.2f} A{ri},{ri} 0 {big} 0 {pts[3][0]:.2f},{pts[3][1]:.2f} Z")
        parts.append(f'<path d="{d}" fill="{color}"/>')
        angle += sweep
    return f'<svg viewBox="0 0 120 120" aria-hidden="true">{"".join(parts)}</svg>'


def hbars_svg(doc, body) -> str:
    """A horizontal bar chart drawn in SVG (units are millimetres): the category names right-
    aligned left of the bars, each value printed just past the end of its bar."""
    rows = body["rows"]
    top = max(fig_value(doc, row[1]) for row in rows) or 1.0
    parts = []
    for k, (name, value) in enumerate(rows):
        y = 2 + 7 * k
        w = 90.0 * fig_value(doc, value) / top
        parts.append(f'<text x="44" y="{y + 3.6:.1f}" text-anchor="end" font-size="3">{inline(name)}</text>'
                     f'<rect x="47" y="{y:.1f}" width="{w:.1f}" height="4.6" fill="{PALETTE[k % 3]}"/>'
                     f'<text x="{49 + w:.1f}" y="{y + 3.6:.1f}" font-size="3">{inline(value)}</text>')
    h = 4 + 7 * len(rows)
    note = f'<p class="note">{inline(body["note"])}</p>' if "note" in body else ""
    return (f'<div class="hbars"><div class="title">{inline(body["title"])}</div>'
            f'<svg width="160mm" height="{h}mm" viewBox="0 0 160 {h}" font-family="Liberation Sans">'
            f'{"".join(parts)}</svg></div>{note}')


def table_html(body) -> str:
    """A table; with `header2` its header is on two lines (an empty upper cell: the lower one
    spans both lines); a row of one cell is a row group across the table; a "Total" row is bold."""
    n = len(body["header"])
    lower = list(enumerate(body["header"]))
    if "header2" in body:
        upper, k, spanned = [], 0, set()
        for cell, span in body["header2"]:
            if plain(cell).strip():
                upper.append(f'<th colspan="{span}">{inline(cell)}</th>')
            else:
                upper.append(f'<th rowspan="2">{inline(body["header"][k])}</th>')
                spanned.add(k)
            k += span
        head = "<tr>" + "".join(upper) + "</tr><tr>" + "".join(
            f"<th>{inline(h)}</th>" for j, h in lower if j not in spanned) + "</tr>"
    else:
        head = "<tr>" + "".join(f'<th class="{"num" if j else ""}">{inline(h)}</th>' for j, h in lower) + "</tr>"
    rows = []
    for row in body["rows"]:
        if len(row) == 1:
            rows.append(f'<tr class="grp"><td colspan="{n}">{inline(row[0])}</td></tr>')
            continue
        cls = ' class="total"' if "header2" in body and plain(row[0]).startswith("Total") else ""
        rows.append(f"<tr{cls}>" + "".join(f'<td class="{"num" if j else ""}">{inline(c)}</td>'
                                            for j, c in enumerate(row)) + "</tr>")
    note = f'<p class="note">{inline(body["note"])}</p>' if "note" in body else ""
    cls = ' class="designer"' if "header2" in body else ""
    return f"<table{cls}><caption>{inline(body['caption'])}</caption>{head}{''.join(rows)}</table>{note}"


def render_block(doc, block) -> str:
    kind = next(iter(block))
    body = block[kind]
    if kind == "keyfigs":
        return '<div class="keyfigs">' + "".join(
            f'<div class="kf"><div class="n">{inline(n)}</div><div class="c">{inline(c)}</div></div>'
            for n, c in body) + "</div>"
    if kind == "hbars":
        return hbars_svg(doc, body)
    if kind in ("h1", "h2"):
        return f"<{kind}>{inline(body)}</{kind}>"
    if kind == "p":
        return f"<p>{inline(body)}</p>"
    if kind == "note":
        return f'<p class="note">{inline(body)}</p>'
    if kind == "quote":
        return f'<p class="quote">{inline(body)}</p>'
    if kind in ("ol", "ul"):
        cls = ' class="findings"' if kind == "ol" else ""
        return f"<{kind}{cls}>" + "".join(f"<li>{inline(i)}</li>" for i in body) + f"</{kind}>"
    if kind == "donut":
        values = [fig_value(doc, item) for item in body["items"]]
        legend = "".join(f'<div><i style="background:{PALETTE[i]}"></i>{inline(item)}</div>'
                         for i, item in enumerate(body["items"]))
        return (f'<div class="chart"><div class="title">{inline(body["title"])}</div>'
                f'<div class="donut">{donut_svg(values)}<div class="legend">{legend}</div></div></div>')
    if kind == "bars":
        # One text row per category at the height of its bars: the name, then its values in
        # fixed columns right of the bars, in the order of the series key that heads those
        # columns like a table header. Every text of a row shares one baseline.
        rows, series = body["rows"], body["series"]
        top = max(fig_value(doc, cell) for row in rows for cell in row[1:]) or 1.0
        color = [PALETTE[j * 3] for j in range(len(series))]
        cells = ['<div></div><div></div>'] + [
            f'<div class="key"><i style="background:{color[j]}"></i>{inline(s)}</div>'
            for j, s in enumerate(series)]
        for row in rows:
            bars = "".join(f'<div class="bar"><span style="width:{96.0 * fig_value(doc, cell) / top:.1f}%;'
                           f'background:{color[j]}"></span></div>' for j, cell in enumerate(row[1:]))
            vals = "".join(f'<div class="val">{inline(cell)}</div>' for cell in row[1:])
            cells.append(f'<div class="lab">{inline(row[0])}</div><div class="grp">{bars}</div>{vals}')
        cols = "auto 1fr" + " auto" * len(series)
        note = f'<p class="note">{inline(body["note"])}</p>' if "note" in body else ""
        return (f'<div class="chart"><div class="title">{inline(body["title"])}</div>'
                f'<div class="bars" style="grid-template-columns:{cols}">{"".join(cells)}</div></div>{note}')
    if kind == "table":
        return table_html(body)
    if kind == "endnotes":
        items = "".join(f'<li value="{num}">{html.escape(doc.note_text(key), quote=False)}</li>'
                        for num, key, _ in doc.notes)
        return f'<div class="endnotes"><h1>{inline(body)}</h1><ol>{items}</ol></div>'
    raise ValueError(kind)


def render_page(doc, page_no: int, page: dict) -> str:
    spec = doc.spec
    rows = []
    for row in page["rows"]:
        if "cols" in row:
            cols = "".join('<div class="col">' + "".join(render_block(doc, b) for b in col) + "</div>"
                           for col in row["cols"])
            if "side" in row:       # the columns beside a coloured sidebar
                side = "".join(render_block(doc, b) for b in row["side"])
                rows.append(f'<div class="cols-side"><div class="cols">{cols}</div>'
                            f'<aside class="side">{side}</aside></div>')
            else:
                rows.append(f'<div class="cols">{cols}</div>')
        else:
            rows.append(render_block(doc, row))
    notes = ""
    if doc.layout != "endnotes":
        here = [(n, k) for n, k, p in doc.notes if p == page_no]
        if here:
            notes = '<div class="footnotes">' + "".join(
                f"<p><sup>{n}</sup> {html.escape(doc.note_text(k), quote=False)}</p>" for n, k in here) + "</div>"
    left, right = spec["running_header"]
    foot_l = html.escape(spec["running_footer"], quote=False)
    number = spec.get("page_label", "{n}").format(n=page_no, total=len(doc.pages))
    return (f'<section class="page"><header class="run-head"><div class="l">{html.escape(left)}</div>'
            f'<div class="r">{html.escape(right)}</div></header>'
            f'<div class="content">{"".join(rows)}</div>{notes}'
            f'<footer class="run-foot"><span>{foot_l}</span><span>{html.escape(number)}</span></footer></section>')


def document_html(doc) -> str:
    spec = doc.spec
    title = html.escape(f'{spec["report"]["title"]} – {spec["report"]["edition"]}')
    pages = "\n".join(render_page(doc, i, p) for i, p in enumerate(doc.pages, start=1))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<style>{BASE_CSS}{THEMES[doc.layout]}</style></head><body>\n{pages}\n{CHECK_SCRIPT}</body></html>\n')


def run_chromium(args: list[str], work: Path) -> subprocess.CompletedProcess:
    user_dir = tempfile.mkdtemp(dir=work)
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={user_dir}", *args],
                          capture_output=True, timeout=120, check=True)


def normalise(pdf: bytes) -> bytes:
    """Replace the print time Chromium writes into the info dictionary by a fixed one."""
    return re.sub(rb"D:\d{14}[+\-Z][0-9']*", lambda m: FIXED_DATE[:len(m[0])].ljust(len(m[0]), b"0"), pdf)


def typeset(doc, out_pdf: Path) -> None:
    if not shutil.which(CHROMIUM):
        raise SystemExit("typesetting with Chromium needs `chromium` (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory(prefix="mtm-sample-") as tmp:
        work = Path(tmp)
        src = work / "report.html"
        src.write_text(document_html(doc), encoding="utf-8")
        dom = run_chromium(["--virtual-time-budget=2000", "--dump-dom", src.as_uri()], work).stdout.decode()
        m = re.search(r'data-overflow="([^"]*)"', dom)
        if not m or m[1] != "none":
            raise ValueError(f"{doc.name}: content overflows page(s) {m[1] if m else '?'}")
        tmp_pdf = work / "out.pdf"
        run_chromium(["--no-pdf-header-footer", f"--print-to-pdf={tmp_pdf}", src.as_uri()], work)
        out_pdf.write_bytes(normalise(tmp_pdf.read_bytes()))
