"""Small Reports built in memory for the checks and review tests. Every number is made up."""
from __future__ import annotations

from extractor.models import Figure, FootnoteRecord, Mention, Metadata, Report

Q1 = ("2023-01-01", "2023-03-31")
JAN, FEB, MAR = ("2023-01-01", "2023-01-31"), ("2023-02-01", "2023-02-28"), ("2023-03-01", "2023-03-31")
Q4_PREV = ("2022-10-01", "2022-12-31")


def fig(metric: str, statistic: str, unit: str, value: float, *, country=None, region=None,
        group=None, period=Q1, compared=None, quote: str | None = None, page: int = 1,
        footnotes=(), box=(100.0, 100.0, 160.0, 112.0), text: str | None = None,
        extra_mentions=(), kind: str = "body") -> Figure:
    """A figure with one mention of `kind` (plus `extra_mentions`: (page, box) pairs, legend)."""
    fid = "/".join(str(x) for x in (metric, statistic, unit, country or "-", region or "-",
                                    group or "-", *period, *(compared or ())))
    quote = quote if quote is not None else f"{metric} {value}"
    text = text if text is not None else f"{value:g}"
    mentions = [Mention(page=page, box=box, text=text, quote=quote, kind=kind, value=value)]
    mentions += [Mention(page=p, box=b, text=text, quote=quote, kind="legend", value=value)
                 for p, b in extra_mentions]
    return Figure(id=fid, metric=metric, statistic=statistic, unit=unit, value=value,
                  country=country, region=region, group=group,
                  period_start=period[0], period_end=period[1],
                  compared_to_start=compared[0] if compared else None,
                  compared_to_end=compared[1] if compared else None,
                  footnotes=list(footnotes), sources=[], page=page, quote=quote,
                  mentions=mentions)


def report(figures=(), footnotes=(), *, title: str = "Test report", pages: int = 2) -> Report:
    """footnotes: (label, page) or (label, page, text) tuples."""
    notes = [FootnoteRecord(label=n[0], page=n[1], text=n[2] if len(n) > 2 else f"Source {n[0]}")
             for n in footnotes]
    meta = Metadata(report_id="KAZ-2023-Q1", country="KAZ", period_start=Q1[0], period_end=Q1[1],
                    title=title, edition="test", source_file="test.pdf", sha256="0" * 64,
                    pages=pages, extractor_version="test")
    return Report(metadata=meta, figures=list(figures), footnotes=notes)


def tiny_pdf(pages: list[list[str]]) -> bytes:
    """A plain PDF: each page's lines in 12 pt Helvetica from the top left, 20 pt apart.

    Hand-built (no PDF writer needed); `(`, `)` and `\\` in the text are escaped as PDF requires.
    """
    def literal(text: str) -> str:
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    n = len(pages)
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               "<< /Type /Pages /Kids [" + " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
               + f"] /Count {n} >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, lines in enumerate(pages):
        ops = "".join(f"BT /F1 12 Tf 72 {770 - 20 * k} Td {literal(t)} Tj ET\n"
                      for k, t in enumerate(lines)).encode("latin-1")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>")
        objects.append(ops)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for num, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        if isinstance(obj, bytes):
            out += f"{num} 0 obj\n<< /Length {len(obj)} >>\nstream\n".encode() + obj
            out += b"endstream\nendobj\n"
        else:
            out += f"{num} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def find_box(pdf_path, page: int, text: str):
    """Where `text` stands on a page of a PDF, as (x0, top, x1, bottom), read by pdfplumber."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        hits = pdf.pages[page - 1].search(text, regex=False)
        assert hits, f"{text!r} not on page {page}"
        h = hits[0]
        return (h["x0"], h["top"], h["x1"], h["bottom"])
