"""The review page: one self-contained HTML file to check every extracted figure by eye.

Each page of the PDF is drawn as an inline PNG with every figure's printed place boxed over it,
every unread number of the number accounting (`Report.numbers`) boxed apart (dotted, magenta;
its title the printed text and the sentence), and the regions layout cut the page into (boxes,
callouts, charts, tiles) outlined faintly. Beside the pages a table lists the unread numbers
(page, printed text, rule, sentence; those without a box, in running headers and footers, are
listed but not boxed), and a table the figures (value, unit, metric, breakdown, period, footnote
source, flags, rule ids); a row and its box select each other when clicked. A filter (all /
figures / unread / failed checks) shows or hides boxes and rows. Failed cross-checks stand at
the top. Everything that comes from the PDF (quotes, sentences, footnotes, titles, even ids) is
escaped with `html.escape` and never reaches the script: the only script is a fixed string,
allowed by its hash in the page's Content-Security-Policy, and it reads nothing but numeric
data-n / data-u attributes and the filter's fixed values.
"""
from __future__ import annotations

import base64
import hashlib
import io
from dataclasses import dataclass
from html import escape
from pathlib import Path

from .checks import RULES, run_checks
from .models import Figure, NumberRecord, Report

#: Pages are drawn at 1.3 x 72 dpi: an A4 page is 774 px wide, readable beside the table.
RENDER_SCALE = 1.3
#: Highlight boxes grow by this many pixels on each side so they do not hide the digits' edges.
BOX_PAD = 2.0


@dataclass(frozen=True)
class PageImage:
    number: int          # 1-based
    width: float         # PDF points
    height: float
    png: bytes
    px_width: int
    px_height: int


def render_pages(pdf_path, *, password: str | None = None,
                 scale: float = RENDER_SCALE) -> list[PageImage]:
    """Every page of the PDF as a PNG (pypdfium2, which pdfplumber brings along)."""
    import pypdfium2 as pdfium   # heavy, and only the review needs it

    doc = pdfium.PdfDocument(str(pdf_path), password=password)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            try:
                width, height = page.get_size()
                image = page.render(scale=scale).to_pil()
                buf = io.BytesIO()
                image.save(buf, format="PNG")
                out.append(PageImage(i + 1, width, height, buf.getvalue(), *image.size))
            finally:
                page.close()
        return out
    finally:
        doc.close()


def page_regions(pdf_path, *, password: str | None = None) -> dict[int, tuple]:
    """Page number -> the regions layout found on it (`extractor.types.Region`); empty where
    the file cannot be laid out again (a scan read with OCR)."""
    from .errors import ExtractorError
    from .layout import layout_pages
    from .pdf import read_pages

    try:
        return {p.number: p.regions for p in layout_pages(read_pages(str(pdf_path), password))}
    except ExtractorError:
        return {}


def write_review(pdf_path, out_html, *, report: Report | None = None,
                 password: str | None = None) -> Path:
    """Write the review page of one report PDF to `out_html`; returns its path.

    Without `report` the PDF is extracted first. The checks are always (re)run, so the page
    shows the current rules' verdicts.
    """
    from .writers import write_atomic

    if report is None:
        from .pipeline import extract_report
        report = extract_report(pdf_path, password=password)
    report, _ = run_checks(report)
    pages = render_pages(pdf_path, password=password)
    out = Path(out_html)
    regions = page_regions(pdf_path, password=password)
    write_atomic(out, review_html(report, pages, regions).encode("utf-8"))
    return out


# --- the page ---------------------------------------------------------------------------------

SCRIPT = """
(function () {
  "use strict";
  var marked = [];
  // a figure (data-n): row f-N, first box h-N, more boxes .hl2; an unread number (data-u):
  // row u-N, box hu-N
  var KINDS = {
    n: {row: "f-", box: "h-", marks: function (n) {
      return ".hl[data-n='" + n + "'], .hl2[data-n='" + n + "']"; }},
    u: {row: "u-", box: "hu-", marks: function (n) { return ".hlu[data-u='" + n + "']"; }}
  };
  function unmark() {
    marked.forEach(function (el) { el.classList.remove("sel"); });
    marked = [];
  }
  function show(value) {
    if (!/^(all|figures|unread|failed)$/.test(value)) { return; }
    document.body.setAttribute("data-show", value);
    var input = document.getElementById("show-" + value);
    if (input) { input.checked = true; }
  }
  function select(kind, n, from) {
    var k = KINDS[kind];
    var row = document.getElementById(k.row + n);
    var box = document.getElementById(k.box + n);
    if (!row) { return; }
    if (row.getClientRects().length === 0) { show("all"); }   // hidden by the filter
    unmark();
    [row].concat(Array.prototype.slice.call(document.querySelectorAll(k.marks(n))))
      .forEach(function (el) { el.classList.add("sel"); marked.push(el); });
    if (from === "box") {
      row.scrollIntoView({block: "center", inline: "nearest"});
    } else if (box) {
      row.scrollIntoView({block: "nearest", inline: "nearest"});
      box.scrollIntoView({block: "center", inline: "center"});
    }
  }
  function isBox(el) {
    return ["hl", "hl2", "hlu"].some(function (c) { return el.classList.contains(c); });
  }
  function pick(ev) {
    var el = ev.target.closest("[data-n], [data-u]");
    if (!el) { return; }
    var kind = el.hasAttribute("data-u") ? "u" : "n";
    var n = el.getAttribute("data-" + kind);
    if (!/^[0-9]+$/.test(n)) { return; }
    ev.preventDefault();
    select(kind, n, isBox(el) ? "box" : "row");
  }
  document.addEventListener("click", pick);
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" || ev.key === " ") { pick(ev); }
  });
  document.addEventListener("change", function (ev) {
    if (ev.target.name === "show") { show(ev.target.value); }
  });
}());
""".strip()

STYLE = """
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{display:flex;flex-direction:column;font:13px/1.4 system-ui,sans-serif;color:#1a1a1a}
header{flex:none;max-height:38vh;overflow:auto;padding:8px 14px;border-bottom:1px solid #bbb;background:#fafafa}
h1{font-size:17px;margin:0 0 2px}
h2{font-size:14px;margin:8px 0 4px}
.meta{color:#555;margin:0}
.failed li{margin:2px 0}
.failed .rule{font-weight:600;color:#b00000}
.failed q{color:#444}
.used{white-space:nowrap;font-size:12px}
.ok{color:#106010}
a.go{color:#0047b3;cursor:pointer}
details{margin-top:4px}
#filter{flex:none;display:flex;flex-wrap:wrap;gap:4px 14px;align-items:center;padding:4px 14px;border-bottom:1px solid #bbb;background:#f0f0f0}
#filter label{cursor:pointer;white-space:nowrap}
.key{display:inline-block;width:18px;height:11px;margin:0 3px -1px 0;border:2px solid #0a64d8;background:#0a64d81f}
.key.bad{border-color:#d01010;background:#d010101f}
.key.unr{border:2px dotted #c0007a;background:#c0007a30}
body[data-show=figures] .hlu,body[data-show=figures] #unread,
body[data-show=unread] .hl,body[data-show=unread] .hl2,body[data-show=unread] #figtable,
body[data-show=failed] .hl:not(.bad),body[data-show=failed] .hl2:not(.bad),
body[data-show=failed] .hlu,body[data-show=failed] #unread,
body[data-show=failed] tr.fig:not(.bad){display:none}
main{flex:1;display:flex;min-height:0}
#pages{flex:none;overflow:auto;background:#6b6b6b;padding:12px}
.page{position:relative;margin:0 auto 12px;background:#fff;box-shadow:0 1px 4px #000a}
.page img{display:block}
.pno{position:absolute;left:-2px;top:-2px;background:#333;color:#fff;font-size:11px;padding:0 5px}
.region{position:absolute;display:block;border:1px dashed #8a6fd180;background:#8a6fd10d;pointer-events:none}
.region .rk{position:absolute;right:0;top:-11px;font-size:9px;line-height:10px;color:#6a4fb1b0}
.hl,.hl2{position:absolute;display:block;border:2px solid #0a64d8;background:#0a64d81f;border-radius:2px;cursor:pointer}
.hl2{border-style:dashed}
.hl.bad,.hl2.bad{border-color:#d01010;background:#d010101f}
.hlu{position:absolute;display:block;border:2px dotted #c0007a;border-radius:2px;cursor:pointer;
background:repeating-linear-gradient(135deg,#c0007a30 0 3px,#c0007a0a 3px 6px)}
.hl.sel,.hl2.sel,.hlu.sel{outline:3px solid #ff9d00;background:#ffb2004d;z-index:2}
#figures{flex:1;overflow:auto;min-width:0}
table{border-collapse:collapse;width:max-content;min-width:100%;font-size:12px}
th{position:sticky;top:0;background:#eee;text-align:left;z-index:1}
th,td{padding:3px 6px;border-bottom:1px solid #ddd;vertical-align:top;white-space:nowrap}
td.source{white-space:normal;min-width:260px;max-width:380px}
td.rules{font:11px ui-monospace,monospace;color:#555;white-space:normal;max-width:220px}
td.when{white-space:nowrap}
td.sentence{white-space:normal;min-width:320px;max-width:560px}
.pane h2{margin:8px 6px 4px}
.none{color:#555;margin:0 6px 6px}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tbody tr{cursor:pointer}
tbody tr:hover{background:#f2f6ff}
tr.bad td:first-child{box-shadow:inset 4px 0 #d01010}
tr.sel{background:#ffe7a8!important}
.flag{display:inline-block;margin:0 3px 2px 0;padding:0 4px;border-radius:3px;background:#e8e8e8;font-size:11px}
.flag.check{background:#ffd6d6;color:#8a0000}
.src{color:#444;font-size:11px;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
""".strip()


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'")


def _e(text) -> str:
    return escape("" if text is None else str(text), quote=True)


def show_value(v: float) -> str:
    """A figure's value in full, with thousands separators.

    >>> show_value(123400000000.0), show_value(31.25), show_value(-12.5)
    ('123,400,000,000', '31.25', '-12.5')
    """
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"


def _period(f: Figure) -> str:
    text = f.period_start if f.period_start == f.period_end else f"{f.period_start} – {f.period_end}"
    if f.compared_to_start:
        text += f" vs {f.compared_to_start} – {f.compared_to_end}"
    return text


def _box_style(box, page: PageImage) -> str:
    sx, sy = page.px_width / page.width, page.px_height / page.height
    x0, top, x1, bottom = box
    left, upper = max(0.0, x0 * sx - BOX_PAD), max(0.0, top * sy - BOX_PAD)
    w = min(page.px_width - left, (x1 - x0) * sx + 2 * BOX_PAD)
    h = min(page.px_height - upper, (bottom - top) * sy + 2 * BOX_PAD)
    return f"left:{left:.1f}px;top:{upper:.1f}px;width:{max(w, 4):.1f}px;height:{max(h, 4):.1f}px"


def _flags(flags: list[str]) -> str:
    return "".join(f'<span class="flag{" check" if x.startswith("check:") else ""}">{_e(x)}</span>'
                   for x in flags)


def _failed(f: Figure) -> bool:
    return any(x.startswith("check:") for x in f.flags)


def _area(box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _figure_marks(report: Report, pages: dict[int, PageImage]):
    """(page, area, element) for each figure's mentions: one `.hl` per figure (its first
    mention), a `.hl2` for every further mention."""
    for n, f in enumerate(report.figures):
        bad = " bad" if _failed(f) else ""
        for k, m in enumerate(f.mentions):
            page = pages.get(m.page)
            if page is None:
                continue
            cls, hid = ("hl", f"h-{n}") if k == 0 else ("hl2", f"h-{n}-{k}")
            label = f"#{n} {f.metric} {f.statistic} {m.text} ({f.unit})"
            yield m.page, _area(m.box), (
                f'<a class="{cls}{bad}" id="{hid}" href="#f-{n}" data-n="{n}" '
                f'style="{_box_style(m.box, page)}" title="{_e(label)}" aria-label="{_e(label)}"></a>')


def _unread_title(k: int, num: NumberRecord) -> str:
    sentence = " ".join((num.sentence or "").split())
    return f"unread #{k}: {num.printed} | {sentence}"


def _unread_marks(unread: list[NumberRecord], pages: dict[int, PageImage]):
    """(page, area, element) for each unread number with a box: a `.hlu`. Numbers without a
    box (running headers and footers) are listed in the table only."""
    for k, num in enumerate(unread):
        page = pages.get(num.page)
        if page is None or num.box is None:
            continue
        label = _e(_unread_title(k, num))
        yield num.page, _area(num.box), (
            f'<a class="hlu" id="hu-{k}" href="#u-{k}" data-u="{k}" '
            f'style="{_box_style(num.box, page)}" title="{label}" aria-label="{label}"></a>')


def _highlights(report: Report, unread: list[NumberRecord],
                pages: dict[int, PageImage]) -> dict[int, list[str]]:
    """Page number -> highlight elements of the figures and the unread numbers. Larger boxes
    come first so that smaller ones lie on top and stay clickable (a mention broken over two
    lines has one box covering both)."""
    found: dict[int, list[tuple[float, int, str]]] = {}
    marks = [*_figure_marks(report, pages), *_unread_marks(unread, pages)]
    for order, (page, area, html) in enumerate(marks):
        found.setdefault(page, []).append((-area, order, html))
    return {p: [html for *_, html in sorted(items)] for p, items in found.items()}


def _outlines(regions, page: PageImage) -> str:
    """Each region's outline, faint and unclickable, under the figures' highlights."""
    sx, sy = page.px_width / page.width, page.px_height / page.height
    out = []
    for r in regions:
        x0, top, x1, bottom = r.box
        style = (f"left:{x0 * sx:.1f}px;top:{top * sy:.1f}px;"
                 f"width:{max((x1 - x0) * sx, 2):.1f}px;height:{max((bottom - top) * sy, 2):.1f}px")
        out.append(f'<span class="region" data-kind="{_e(r.kind)}" style="{style}">'
                   f'<span class="rk">{_e(r.kind)}</span></span>')
    return "".join(out)


def _row(n: int, f: Figure) -> str:
    bad = " bad" if _failed(f) else ""
    breakdown = " · ".join(x for x in (f.country, f.region, f.group) if x)
    sources = "".join(f'<div class="src" title="{_e(s)}">{_e(s)}</div>' for s in f.sources)
    labels = ", ".join(f.footnotes)
    note = f"<div>{_e(labels)}</div>" if labels else ""
    return (f'<tr id="f-{n}" class="fig{bad}" data-n="{n}" tabindex="0">'
            f'<td class="num"><a class="go" href="#h-{n}" data-n="{n}">{n}</a></td>'
            f'<td class="num">{f.page}</td>'
            f'<td class="num" title="{_e(f.quote)}">{_e(show_value(f.value))}</td>'
            f'<td>{_e(f.mentions[0].text if f.mentions else "")}</td>'
            f'<td>{_e(f.unit)}</td><td>{_e(f.metric)}</td><td>{_e(f.statistic)}</td>'
            f'<td>{_e(breakdown)}</td><td class="when">{_e(_period(f))}</td>'
            f'<td class="source">{note}{sources}</td><td>{_flags(f.flags)}</td>'
            f'<td class="rules">{_e(" ".join(f.rules))}</td></tr>')


def _checks(report: Report, index: dict[str, int]) -> str:
    failed = [c for c in report.checks if not c.ok]
    passed = [c for c in report.checks if c.ok]
    parts = []
    if failed:
        parts.append(f'<h2>Failed checks: {len(failed)} of {len(report.checks)}</h2><ol class="failed">')
        for c in failed:
            used = [index[i] for i in c.figure_ids if i in index]
            # the page link goes to the figure the check quotes, the numbers to every one it used
            n = next((k for k in used if report.figures[k].page == c.page), used[0] if used else None)
            where = f"p{c.page}" if c.page else "p-"
            link = (f'<a class="go" href="#f-{n}" data-n="{n}">{where}</a>' if n is not None
                    else where)
            quote = f" <q>{_e(' '.join((c.quote or '').split()))}</q>" if c.quote else ""
            figs = " ".join(f'<a class="go" href="#f-{k}" data-n="{k}">#{k}</a>' for k in used)
            parts.append(f'<li>{link} <span class="rule">{_e(c.rule)}</span>: '
                         f'{_e(c.message)}{quote}' + (f' <span class="used">figures {figs}</span>'
                                                      if figs else "") + '</li>')
        parts.append("</ol>")
    else:
        parts.append(f'<h2 class="ok">All {len(report.checks)} checks passed</h2>')
    if passed:
        parts.append(f"<details><summary>Passed checks ({len(passed)})</summary><ul>")
        parts.extend(f"<li>{_e(c.rule)}: {_e(c.message)}</li>" for c in passed)
        parts.append("</ul></details>")
    parts.append("<details><summary>Rules and tolerances</summary><ul>")
    parts.extend(f"<li><b>{_e(name)}</b>: {_e(text)}</li>" for name, text in RULES.items())
    parts.append("</ul></details>")
    return "\n".join(parts)


def _unread_row(k: int, num: NumberRecord) -> str:
    """One unread number: linked to its highlight, or marked as having none (a running header
    or footer has no box)."""
    if num.box is None:
        link = f'<span title="no box on the page: not highlighted">{k}</span>'
    else:
        link = f'<a class="go" href="#hu-{k}" data-u="{k}">{k}</a>'
    sentence = " ".join((num.sentence or "").split())
    return (f'<tr id="u-{k}" class="unr" data-u="{k}" tabindex="0">'
            f'<td class="num">{link}</td><td class="num">{num.page}</td>'
            f'<td>{_e(num.printed)}</td><td>{_e(num.kind)}</td>'
            f'<td class="rules">{_e(num.rule or "")}</td>'
            f'<td class="sentence">{_e(sentence)}</td></tr>')


def _filter(report: Report, unread: list[NumberRecord]) -> str:
    """The filter of highlights and rows (all / figures / unread / failed checks), with a key
    to the highlights' colours."""
    n_bad = sum(_failed(f) for f in report.figures)
    choices = [("all", "all", f"{len(report.figures) + len(unread)}"),
               ("figures", '<span class="key"></span>figures', f"{len(report.figures)}"),
               ("unread", '<span class="key unr"></span>unread numbers', f"{len(unread)}"),
               ("failed", '<span class="key bad"></span>failed checks',
                f"{n_bad} figure{'' if n_bad == 1 else 's'}")]
    return ('<nav id="filter" aria-label="show">Show: ' + "".join(
        f'<label><input type="radio" name="show" id="show-{v}" value="{v}" autocomplete="off"'
        f'{" checked" if v == "all" else ""}> {text} ({count})</label>'
        for v, text, count in choices) + "</nav>")


def _tables(report: Report, unread: list[NumberRecord]) -> str:
    """The right pane: the unread numbers, then the figures."""
    if unread:
        rows = "\n".join(_unread_row(k, num) for k, num in enumerate(unread))
        listed = ('<table><thead><tr><th>#</th><th>page</th><th>printed</th><th>where</th>'
                  '<th title="the rule that last looked at the number">rule</th>'
                  f'<th>sentence</th></tr></thead>\n<tbody>\n{rows}\n</tbody></table>')
    else:
        listed = '<p class="none">Every printed number is a figure or explained.</p>'
    rows = "\n".join(_row(n, f) for n, f in enumerate(report.figures))
    return f"""<section id="unread">
<h2>Unread numbers ({len(unread)})</h2>
{listed}
</section>
<section id="figtable">
<h2>Figures ({len(report.figures)})</h2>
<table>
<thead><tr><th>#</th><th>page</th><th>value</th><th>printed</th><th>unit</th><th>metric</th>\
<th>statistic</th><th>breakdown</th><th>period</th><th>footnote source</th><th>flags</th>\
<th title="the frame and attachment rules that read the figure">rules</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</section>"""


def _page_html(p: PageImage, regions, marks: list[str]) -> str:
    data = base64.b64encode(p.png).decode("ascii")
    return (f'<div class="page" id="page-{p.number}" style="width:{p.px_width}px;height:{p.px_height}px">'
            f'<img src="data:image/png;base64,{data}" width="{p.px_width}" height="{p.px_height}" '
            f'alt="page {p.number}"><span class="pno">{p.number}</span>'
            + _outlines(regions, p) + "".join(marks) + "</div>")


def review_html(report: Report, pages: list[PageImage], regions: dict | None = None) -> str:
    """The page as one string: pure, deterministic, every PDF-borne text escaped. `regions`
    maps a page number to the regions layout found there, drawn as faint outlines."""
    regions = regions or {}
    by_number = {p.number: p for p in pages}
    index = {f.id: n for n, f in enumerate(report.figures)}
    unread = [num for num in report.numbers if num.status == "unread"]
    marks = _highlights(report, unread, by_number)
    meta = report.metadata
    n_failed = sum(not c.ok for c in report.checks)
    page_html = [_page_html(p, regions.get(p.number, ()), marks.get(p.number, [])) for p in pages]
    width = max((p.px_width for p in pages), default=600) + 24
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_csp()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Review {_e(meta.report_id)}: {_e(meta.title)}</title>
<style>{STYLE}</style>
</head>
<body data-show="all">
<header>
<h1>{_e(meta.report_id)} · {_e(meta.title)}</h1>
<p class="meta">{_e(meta.source_file)} · sha256 {_e(meta.sha256[:12])} · {meta.pages} pages · \
{len(report.figures)} figures · {len(unread)} unread \
{'number' if len(unread) == 1 else 'numbers'} (coverage {meta.coverage:.1%}) · \
{len(report.checks)} checks, {n_failed} failed · extractor {_e(meta.extractor_version)}</p>
{_checks(report, index)}
</header>
{_filter(report, unread)}
<main>
<div id="pages" style="width:{width}px">
{chr(10).join(page_html)}
</div>
<div id="figures" class="pane">
{_tables(report, unread)}
</div>
</main>
<script>{SCRIPT}</script>
</body>
</html>
"""
