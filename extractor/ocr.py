"""Read image-only pages with Tesseract, as the same plain character dicts pdf.py yields.

A page is rendered with PDFium at OCR_DPI and read with Tesseract (through pytesseract's
`image_to_data`), one word with its box at a time. Each word becomes one dict per character,
its box split evenly across its letters, plus a space between words, so that layout and
assembly run unchanged. Words in a line share the line's top, bottom and size, as characters
of one font do in a text layer. A short word standing clearly above its line's baseline (a raised
footnote marker such as the "1" after "year.") keeps its own smaller box and size, so that
layout can tell it from the text, as it does with a text layer's superscripts.

Nothing here is imported until OCR is asked for: pytesseract and the `tesseract` program are
optional (`pip install 'mtm-extract[ocr]'`, `apt-get install tesseract-ocr tesseract-ocr-eng`).
"""
from __future__ import annotations

import os
import statistics
from dataclasses import replace

from .errors import DamagedPdfError, OcrUnavailableError

OCR_DPI = 300                   # Tesseract is trained on ~300 dpi text; the scanned sample is 150
MAX_RENDER_PIXELS = 60_000_000  # an A4 page at 300 dpi is 8.7 Mpx; a 3146x1529 pt poster would be 60
OCR_LANG = "eng"
TESSERACT_CONFIG = "--psm 3"    # automatic page segmentation: finds the two columns of a page
MIN_CONFIDENCE = 0              # Tesseract's -1 marks non-word rows (blocks, lines)
RAISED_SHARE = 0.3              # a word whose bottom is this share of the line height above the
                                # baseline is raised (the scanned sample's footnote digits: ~0.35)
MARKER_MAX_LEN = 3              # raised words longer than this are not footnote markers
CAP_HEIGHT = 0.72               # digit/cap height as a share of font size (Liberation Sans, Arial)
OCR_FONT = "OCR"                # fontname of OCR characters (layout reads "Bold" in names)


def tesseract_version(path: str = "") -> str:
    """Tesseract's version, or OcrUnavailableError saying how to install it."""
    try:
        import pytesseract
    except ImportError:
        raise OcrUnavailableError(
            path, "pytesseract is not installed: pip install 'mtm-extract[ocr]'") from None
    try:
        return str(pytesseract.get_tesseract_version())
    except Exception:  # TesseractNotFoundError, or a broken install
        raise OcrUnavailableError(
            path, "the tesseract program is not installed: apt-get install tesseract-ocr "
                  "tesseract-ocr-eng") from None


def render_scale(width_pt: float, height_pt: float, dpi: int = OCR_DPI) -> float:
    """Pixels per point for rendering, lowered so a huge page stays under MAX_RENDER_PIXELS.

    >>> round(render_scale(595, 842), 3)
    4.167
    >>> render_scale(3146, 1529) < 300 / 72
    True
    """
    scale = dpi / 72
    pixels = width_pt * height_pt * scale * scale
    if pixels > MAX_RENDER_PIXELS:
        scale *= (MAX_RENDER_PIXELS / pixels) ** 0.5
    return scale


def words_to_chars(words: list[dict], px_per_pt_x: float, px_per_pt_y: float) -> list[dict]:
    """Tesseract words (text, left, top, width, height, line key) -> plain char dicts in points.

    >>> ws = [dict(text="year.", left=0, top=10, width=50, height=20, line=(1, 1, 1)),
    ...       dict(text="1", left=52, top=4, width=6, height=10, line=(1, 1, 1)),
    ...       dict(text="In", left=80, top=10, width=20, height=20, line=(1, 1, 1))]
    >>> cs = words_to_chars(ws, 1.0, 1.0)
    >>> "".join(c["text"] for c in cs)
    'year. 1 In'
    >>> [round(c["size"], 1) for c in cs if c["text"] in "1I"]
    [13.9, 20.0]
    """
    lines: dict[tuple, list[dict]] = {}
    for w in words:
        lines.setdefault(w["line"], []).append(w)
    chars: list[dict] = []
    for line_words in lines.values():
        body, raised = _split_raised(line_words)
        top = min(w["top"] for w in body)
        bottom = max(w["top"] + w["height"] for w in body)
        previous = None
        for w in sorted(line_words, key=lambda w: w["left"]):
            if w in raised:
                w_top, w_bottom = w["top"], w["top"] + w["height"]
                size = w["height"] / CAP_HEIGHT
            else:
                w_top, w_bottom, size = top, bottom, bottom - top
            if previous is not None:  # a space between words, as in a text layer
                gap_x0 = previous["left"] + previous["width"]
                chars.append(_char(" ", gap_x0, max(w["left"], gap_x0), top, bottom, bottom - top,
                                   px_per_pt_x, px_per_pt_y))
            step = w["width"] / len(w["text"])
            for i, letter in enumerate(w["text"]):
                x0 = w["left"] + i * step
                chars.append(_char(letter, x0, x0 + step, w_top, w_bottom, size,
                                   px_per_pt_x, px_per_pt_y))
            previous = w
    return chars


def _split_raised(line_words: list[dict]) -> tuple[list[dict], list[dict]]:
    """(body words, raised short words) of one line; the body is never empty."""
    if len(line_words) < 2:
        return line_words, []
    baseline = statistics.median(w["top"] + w["height"] for w in line_words)
    line_height = statistics.median(w["height"] for w in line_words)
    raised = [w for w in line_words
              if len(w["text"]) <= MARKER_MAX_LEN
              and w["top"] + w["height"] < baseline - RAISED_SHARE * line_height]
    body = [w for w in line_words if w not in raised]
    return (body, raised) if body else (line_words, [])


def _char(text, x0, x1, top, bottom, size, sx, sy) -> dict:
    return {"text": text, "x0": x0 / sx, "x1": x1 / sx, "top": top / sy, "bottom": bottom / sy,
            "size": size / sy, "fontname": OCR_FONT, "upright": True}


class OcrReader:
    """Renders and reads the pages of one PDF; open once per document, close after use."""

    def __init__(self, path: str, password: str | None = None) -> None:
        self.path = str(path)
        tesseract_version(self.path)
        import pypdfium2 as pdfium

        # One thread per Tesseract: the batch already runs a worker per core, and OpenMP
        # threads make it slower there, not faster.
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        try:
            self.doc = pdfium.PdfDocument(self.path, password=password or None)
        except Exception as exc:
            raise DamagedPdfError(self.path, f"cannot render for OCR: {exc}") from None

    def read(self, raw):
        """The RawPage `raw` with its characters read from the rendered page (ocr=True)."""
        import pytesseract

        page = self.doc[raw.number - 1]
        try:
            scale = render_scale(raw.width, raw.height)
            image = page.render(scale=scale, grayscale=True).to_pil()
        finally:
            page.close()
        try:
            data = pytesseract.image_to_data(image, lang=OCR_LANG, config=TESSERACT_CONFIG,
                                             output_type=pytesseract.Output.DICT)
        except Exception as exc:  # Tesseract crashed or is missing a language
            raise OcrUnavailableError(self.path, f"page {raw.number}: "
                                                 f"{' '.join(str(exc).split())[:100]}") from None
        words = [dict(text=t.strip(), left=data["left"][i], top=data["top"][i],
                      width=data["width"][i], height=data["height"][i],
                      line=(data["block_num"][i], data["par_num"][i], data["line_num"][i]))
                 for i, t in enumerate(data["text"])
                 if t.strip() and float(data["conf"][i]) >= MIN_CONFIDENCE
                 and data["width"][i] > 0 and data["height"][i] > 0]
        chars = words_to_chars(words, image.width / raw.width, image.height / raw.height)
        return replace(raw, chars=tuple(chars), ocr=True)

    def close(self) -> None:
        self.doc.close()
