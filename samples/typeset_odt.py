"""Typesets a sample as a flat OpenDocument text (.fodt) and converts it with LibreOffice.

Footnotes here are LibreOffice's own (`text:note`): it numbers them and sets them at the foot of
the page, with its separator line and raised citation numbers, as a word processor does. Each spec
page starts on a new page (break-before); a page that LibreOffice had to split fails the build.
A row of two columns (`{"cols": [left, right]}`, the English and Russian texts of a bilingual
edition side by side) is a section of two columns, the right one starting at a column break.
LibreOffice stamps the conversion time, a random document ID and a checksum over both into the
PDF; all three are replaced by fixed values of the same length.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

SOFFICE = "soffice"
FIXED_DATE = b"D:20000101000000"

STYLES = """
<office:font-face-decls>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="DejaVu Serif" fo:font-size="9.6pt" fo:language="en" fo:country="GB"
     fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.18cm" fo:line-height="125%"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.3cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="15pt" fo:font-weight="bold" fo:color="#7a1f2b"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.18cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="12pt" fo:font-weight="bold" fo:color="#7a1f2b"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10.4pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="8.6pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Note" style:family="paragraph">
  <style:text-properties fo:font-size="8pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="8.6pt"/>
 </style:style>
 <style:style style:name="CellMid" style:family="paragraph" style:parent-style-name="Cell">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="CellNum" style:family="paragraph" style:parent-style-name="Cell">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/>
  <style:text-properties fo:font-size="7.6pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph">
  <style:paragraph-properties fo:border-bottom="0.5pt solid #7a1f2b" fo:padding-bottom="0.1cm">
   <style:tab-stops><style:tab-stop style:position="16.4cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="7.6pt" fo:color="#444444"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="16.4cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="7.6pt" fo:color="#444444"/>
 </style:style>
 <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol"
   text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0"
   text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="PageBreak" style:family="paragraph" style:parent-style-name="H1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Cols2" style:family="section">
  <style:section-properties text:dont-balance-text-columns="true">
   <style:columns fo:column-count="2" fo:column-gap="0.8cm"/>
  </style:section-properties>
 </style:style>
 <style:style style:name="ColBreak" style:family="paragraph">
  <style:paragraph-properties fo:break-before="column" fo:line-height="0.05cm" fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="1pt"/>
 </style:style>
 <style:style style:name="TblCol" style:family="table">
  <style:table-properties style:width="7.6cm" table:align="left" fo:margin-bottom="0.25cm"/>
 </style:style>
 <style:style style:name="TblWide" style:family="table">
  <style:table-properties style:width="16.4cm" table:align="left" fo:margin-bottom="0.25cm"/>
 </style:style>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="11cm" table:align="left" fo:margin-bottom="0.25cm"/>
 </style:style>
 <style:style style:name="TblHead" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.06cm" fo:border-top="0.8pt solid #000000" fo:border-bottom="0.5pt solid #000000" fo:border-left="none" fo:border-right="none" fo:background-color="#f1e6e8"/>
 </style:style>
 <style:style style:name="TblCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.05cm" fo:border-bottom="0.3pt solid #999999" fo:border-top="none" fo:border-left="none" fo:border-right="none"/>
 </style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="KeyFrame" style:family="graphic">
  <style:graphic-properties fo:border="0.8pt solid #7a1f2b" fo:background-color="#f1e6e8" fo:padding="0.15cm"
     style:vertical-pos="top" style:vertical-rel="baseline"/>
 </style:style>
 <style:style style:name="KeyRow" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.4cm"/>
 </style:style>
 <style:style style:name="KeyNum" style:family="paragraph">
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="18pt" fo:font-weight="bold" fo:color="#7a1f2b"/>
 </style:style>
 <style:style style:name="KeyCap" style:family="paragraph">
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="8pt"/>
 </style:style>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm"
     fo:margin-bottom="1.2cm" fo:margin-left="2.3cm" fo:margin-right="2.3cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
"""


def inline(toks) -> str:
    out = []
    for tok in toks:
        if tok[0] == "text":
            out.append(escape(tok[1]))
        elif tok[0] == "fig":
            out.append(escape(tok[2]))
        else:
            out.append(f'<text:note text:id="ftn{tok[2]}" text:note-class="footnote">'
                       f'<text:note-citation>{tok[2]}</text:note-citation><text:note-body>'
                       f'<text:p text:style-name="Footnote">{escape(NOTE_TEXT[tok[1]])}</text:p>'
                       f'</text:note-body></text:note>')
    return "".join(out)


NOTE_TEXT: dict[str, str] = {}
TABLE_STYLE = ["Tbl"]          # "TblCol" while a column is set: a table as wide as the column


def keyfigs_xml(body) -> str:
    """Key figures as a row of bordered, shaded text frames (Word text boxes), each a large
    number over its caption, set in one paragraph as characters."""
    frames = "<text:s/>".join(
        f'<draw:frame draw:style-name="KeyFrame" draw:name="K{k}" text:anchor-type="as-char" '
        f'svg:width="4.9cm" svg:height="2.1cm" draw:z-index="{k}"><draw:text-box>'
        f'<text:p text:style-name="KeyNum">{inline(n)}</text:p>'
        f'<text:p text:style-name="KeyCap">{inline(c)}</text:p></draw:text-box></draw:frame>'
        for k, (n, c) in enumerate(body))
    return f'<text:p text:style-name="KeyRow">{frames}</text:p>'


def header_rows_xml(body) -> str:
    """The header rows: with `header2`, an upper row of cells merged across the columns under
    them, and cells merged down both rows where the upper cell is empty."""
    def cell(text, style, extra=""):
        return (f'<table:table-cell table:style-name="TblHead" office:value-type="string"{extra}>'
                f'<text:p text:style-name="{style}"><text:span text:style-name="Bold">{inline(text)}'
                f"</text:span></text:p></table:table-cell>")
    if "header2" not in body:
        return "<table:table-row>" + "".join(cell(h, "CellNum" if j else "Cell")
                                              for j, h in enumerate(body["header"])) + "</table:table-row>"
    upper, lower, k = [], [], 0
    for text, span in body["header2"]:
        if "".join(t[1] for t in text if t[0] == "text").strip():
            upper.append(cell(text, "CellMid", f' table:number-columns-spanned="{span}"')
                         + "<table:covered-table-cell/>" * (span - 1))
            lower += [cell(h, "CellMid") for h in body["header"][k:k + span]]
        else:
            upper.append(cell(body["header"][k], "Cell", ' table:number-rows-spanned="2"'))
            lower.append("<table:covered-table-cell/>")
        k += span
    return (f'<table:table-row>{"".join(upper)}</table:table-row>'
            f'<table:table-row>{"".join(lower)}</table:table-row>')


def block_xml(doc, block, first: bool) -> str:
    kind = next(iter(block))
    body = block[kind]
    if kind == "keyfigs":
        return ('<text:p text:style-name="PageBreak"/>' if first else "") + keyfigs_xml(body)
    if kind == "h1":
        style = "PageBreak" if first else "H1"
        return f'<text:h text:style-name="{style}" text:outline-level="1">{inline(body)}</text:h>'
    prefix = '<text:p text:style-name="PageBreak"/>' if first else ""
    if kind == "h2":
        return prefix + f'<text:h text:style-name="H2" text:outline-level="2">{inline(body)}</text:h>'
    if kind in ("p", "quote"):
        return prefix + f'<text:p text:style-name="Body">{inline(body)}</text:p>'
    if kind == "note":
        return prefix + f'<text:p text:style-name="Note">{inline(body)}</text:p>'
    if kind in ("ol", "ul"):
        items = "".join(f'<text:list-item><text:p text:style-name="Body">{"%d. " % i if kind == "ol" else "• "}'
                        f"{inline(item)}</text:p></text:list-item>" for i, item in enumerate(body, start=1))
        return prefix + f"<text:list>{items}</text:list>"
    if kind == "table":
        n = len(body["header"])
        cols = "".join("<table:table-column/>" for _ in range(n))
        head = header_rows_xml(body)
        rows = "".join("<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="TblCell" office:value-type="string">'
            f'<text:p text:style-name="{"CellNum" if j else "Cell"}">{inline(c)}</text:p></table:table-cell>'
            for j, c in enumerate(row)) + "</table:table-row>" for row in body["rows"])
        note = f'<text:p text:style-name="Note">{inline(body["note"])}</text:p>' if "note" in body else ""
        return (prefix + f'<text:p text:style-name="Caption">{inline(body["caption"])}</text:p>'
                f'<table:table table:name="T{id(body) % 100000}" '
                f'table:style-name="{"TblWide" if "header2" in body else TABLE_STYLE[0]}">{cols}'
                f"<table:table-header-rows>{head}</table:table-header-rows>"
                f"{rows}</table:table>{note}")
    raise ValueError(f"{doc.name}: the LibreOffice typesetter has no {kind!r} block")


def columns_xml(doc, row, first: bool) -> str:
    """Two columns side by side: a section of two columns; the right one starts at a column break
    (an empty paragraph, so every block keeps its own style)."""
    if len(row["cols"]) != 2:
        raise ValueError(f"{doc.name}: the LibreOffice typesetter sets two columns, not {len(row['cols'])}")
    left, right = row["cols"]
    TABLE_STYLE[0] = "TblCol"
    try:
        body = "".join(block_xml(doc, b, first=(first and j == 0)) for j, b in enumerate(left))
        body += '<text:p text:style-name="ColBreak"/>' + "".join(block_xml(doc, b, False) for b in right)
    finally:
        TABLE_STYLE[0] = "Tbl"
    return f'<text:section text:style-name="Cols2" text:name="S{id(row) % 100000}">{body}</text:section>'


def document_xml(doc) -> str:
    spec = doc.spec
    NOTE_TEXT.clear()
    NOTE_TEXT.update(spec["footnotes"])
    left, right = spec["running_header"]
    parts = []
    for page_no, page in enumerate(doc.pages, start=1):
        for i, row in enumerate(page["rows"]):
            first = i == 0 and page_no > 1
            parts.append(columns_xml(doc, row, first) if "cols" in row else block_xml(doc, row, first))
    title = escape(f'{spec["report"]["title"]} – {spec["report"]["edition"]}')
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title></office:meta>
{STYLES}
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="A4">
  <style:header><text:p text:style-name="Header">{escape(left)}<text:tab/>{escape(right)}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">{escape(spec["running_footer"])}<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{"".join(parts)}
</office:text></office:body></office:document>
"""


def normalise(pdf: bytes) -> bytes:
    """Fix the conversion time, the document ID and its checksum, keeping every byte offset."""
    pdf = re.sub(rb"D:\d{14}", FIXED_DATE, pdf)
    pdf = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                 lambda m: m[1] + b"0" * len(m[2]) + m[3] + b"0" * len(m[4]) + m[5], pdf)
    pdf = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m[1] + b"0" * len(m[2]), pdf)
    return pdf


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def typeset(doc, out_pdf: Path) -> None:
    if not shutil.which(SOFFICE):
        raise SystemExit("typesetting with LibreOffice needs `soffice` (apt-get install -y libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory(prefix="mtm-sample-") as tmp:
        work = Path(tmp)
        src = work / "report.fodt"
        src.write_text(document_xml(doc), encoding="utf-8")
        profile = (work / "profile").as_uri()
        subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(work), str(src)],
                       capture_output=True, timeout=180, check=True)
        pdf = normalise((work / "report.pdf").read_bytes())
    if page_count(pdf) != len(doc.pages):
        raise ValueError(f"{doc.name}: LibreOffice set {page_count(pdf)} pages for {len(doc.pages)} spec pages")
    out_pdf.write_bytes(pdf)
