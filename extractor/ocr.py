"""Read image-only pages with Tesseract, as the same plain character dicts pdf.py yields.

A page is rendered with PDFium at OCR_DPI and read with Tesseract through pytesseract, as hOCR
with a box per character. Each line's characters share the line's baseline and size, placed as
a text layer places them (top = baseline - 0.8 size, bottom = baseline + 0.2 size), with a space
between words (none across a wide gap, which layout reads as a column or cell break), so that
layout and assembly run unchanged. OCR knows no fonts, so a line whose strokes are clearly
thicker than the page's usual, for its size, is given a bold font name (layout finds headings by
it).

Raised footnote markers need care: Tesseract reads a small raised "1" after "year." as part of
the word and often as a quote or degree sign ("year.’", "2023.°" — the scanned sample, page 1),
which would glue a wrong digit onto a number. So the trailing characters of a word that stand
clearly above the baseline are cut off, read again on their own with digits only, and kept as a
smaller raised character (what layout reads as a marker), or dropped when they are not a digit.

Nothing here is imported until OCR is asked for: pytesseract and the `tesseract` program are
optional (`pip install 'mtm-extract[ocr]'`, `apt-get install tesseract-ocr tesseract-ocr-eng`).
"""
from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace

from .errors import DamagedPdfError, OcrUnavailableError

OCR_DPI = 300                   # Tesseract is trained on ~300 dpi text; the scanned sample is 150
MAX_RENDER_PIXELS = 60_000_000  # an A4 page at 300 dpi is 8.7 Mpx
OCR_LANG = "eng"
TESSERACT_CONFIG = f"--psm 3 --dpi {OCR_DPI} -c hocr_char_boxes=1"  # psm 3 finds the columns
PAGE_TIMEOUT_S = 120            # one page takes ~4 s on the sample; a stuck Tesseract is killed
RAISED_SHARE = 0.3              # a glyph whose bottom is this share of the line's x_size above
                                # the baseline is raised (sample's footnote digits: ~0.4)
MARKER_MAX_LEN = 3              # more raised trailing characters than this: not a marker
MARKER_CONFIG = "--psm 7 -c tessedit_char_whitelist=0123456789"
MARKER_MIN_CONF = 50            # re-read markers below this confidence are dropped
MARKER_ZOOM = 3                 # a 5 pt digit at 300 dpi is ~15 px: enlarge before re-reading
MARKER_PAD = 30                 # white margin (px) around a re-read marker
CAP_HEIGHT = 0.72               # digit/cap height as a share of font size (Liberation Sans, Arial)
ASCENT, DESCENT = 0.8, 0.2      # a text layer's character box around the baseline, share of size
SIZE_STEP = 0.5                 # OCR font sizes are rounded to this many points
TALL = re.compile(r"[A-Z0-9bdfhklt]")  # glyphs reaching cap height above the baseline
INK_LEVEL = 128                 # grey levels below this are ink
SPACE = 0.28                   # width of a space char, share of size (Liberation Sans: 0.278)
WIDE_GAP = 1.2                  # a gap between words wider than this many sizes gets no space
                                # (layout splits fragments at 1.4 sizes)
CONFUSED_I = ("l", "|")          # read for a capital I inside capitals
BOLD_STROKE = 1.25              # stroke/size over the page's usual that marks a bold line
OCR_BOLD_FONT = "OCR-Bold"      # layout reads "Bold" in font names
OCR_FONT = "OCR"                # fontname of OCR characters (layout reads "Bold" in names)

_BBOX = re.compile(r"(?:bbox|x_bboxes) (-?\d+) (-?\d+) (-?\d+) (-?\d+)")
_BASELINE = re.compile(r"baseline (-?[\d.]+) (-?[\d.]+)")
_XSIZE = re.compile(r"x_size ([\d.]+)")


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


# --- hOCR -> lines of words of characters (pixels) ----------------------------------------------

@dataclass
class Glyph:
    text: str
    box: tuple[int, int, int, int]          # x0, top, x1, bottom in pixels


@dataclass
class OcrLine:
    box: tuple[int, int, int, int]
    slope: float
    offset: float                           # baseline: y = bottom + slope * (x - x0) + offset
    x_size: float                           # Tesseract's line height estimate, pixels
    words: list[list[Glyph]]
    word_boxes: list[tuple[int, int, int, int]] = field(default_factory=list)

    def baseline(self, x: float) -> float:
        return self.box[3] + self.slope * (x - self.box[0]) + self.offset


def parse_hocr(hocr: bytes) -> list[OcrLine]:
    """Lines, words and character boxes from Tesseract's hOCR (with hocr_char_boxes=1)."""
    root = ET.fromstring(hocr)
    lines = []
    for el in root.iter():
        cls = el.get("class", "")
        if cls not in ("ocr_line", "ocr_caption", "ocr_header", "ocr_textfloat"):
            continue
        title = el.get("title", "")
        box = _box(title)
        if box is None:
            continue
        bl = _BASELINE.search(title)
        xs = _XSIZE.search(title)
        words, word_boxes = [], []
        for w in el:
            if w.get("class") != "ocrx_word":
                continue
            glyphs = [Glyph(c.text, b) for c in w
                      if c.get("class") == "ocrx_cinfo" and c.text and c.text.strip()
                      and (b := _box(c.get("title", ""))) is not None]
            if not glyphs and (w.text or "").strip() and (b := _box(w.get("title", ""))):
                glyphs = _split_evenly(w.text.strip(), b)
            if glyphs:
                words.append(glyphs)
                word_boxes.append(_box(w.get("title", "")) or _union(glyphs))
        if words:
            lines.append(OcrLine(box, float(bl.group(1)) if bl else 0.0,
                                 float(bl.group(2)) if bl else 0.0,
                                 float(xs.group(1)) if xs else float(box[3] - box[1]), words,
                                 word_boxes))
    return lines


def _box(title: str):
    m = _BBOX.search(title)
    return tuple(int(v) for v in m.groups()) if m else None


def _union(glyphs: list[Glyph]) -> tuple[int, int, int, int]:
    return (min(g.box[0] for g in glyphs), min(g.box[1] for g in glyphs),
            max(g.box[2] for g in glyphs), max(g.box[3] for g in glyphs))


def font_size(line: OcrLine) -> float:
    """The line's font size in pixels, from how far its tall glyphs reach above the baseline.

    Tesseract's x_size grows when a raised marker sits in the line (sample page 1, "one
    year.1": 41 px against 37 for its neighbours), which would hide footnotes (layout tells
    them by size); the tops of words with a capital, digit or ascender and no raised tail do
    not. Falls back to x_size.

    >>> line = OcrLine((0, 0, 300, 40), 0.0, -8.0, 41.0,
    ...                [[Glyph("In", (0, 3, 20, 32))], [Glyph("on", (30, 12, 50, 32))]],
    ...                [(0, 3, 20, 32), (30, 12, 50, 32)])
    >>> round(font_size(line), 1)
    40.3
    """
    heights = []
    for glyphs, box in zip(line.words, line.word_boxes or [_union(w) for w in line.words]):
        text = "".join(g.text for g in glyphs)
        if TALL.search(text) and not split_marker(glyphs, line)[1]:
            heights.append(line.baseline(box[0]) - box[1])
    heights = sorted(h for h in heights if h > 0)
    if not heights:
        return line.x_size
    return heights[len(heights) // 2] / CAP_HEIGHT


def snap_size(size_pt: float) -> float:
    """OCR sizes scatter by a few percent from line to line: keep them on a SIZE_STEP grid so
    that a page's body size is one value, as in a text layer.

    >>> snap_size(9.37), snap_size(7.1)
    (9.5, 7.0)
    """
    return round(size_pt / SIZE_STEP) * SIZE_STEP


def _split_evenly(text: str, box) -> list[Glyph]:
    x0, top, x1, bottom = box
    step = (x1 - x0) / len(text)
    return [Glyph(ch, (round(x0 + i * step), top, round(x0 + (i + 1) * step), bottom))
            for i, ch in enumerate(text)]


def split_marker(word: list[Glyph], line: OcrLine) -> tuple[list[Glyph], list[Glyph]]:
    """(body, raised tail) of a word: the trailing glyphs standing above the baseline.

    >>> line = OcrLine((0, 0, 100, 40), 0.0, -8.0, 40.0, [])
    >>> word = [Glyph("r", (0, 12, 10, 32)), Glyph(".", (10, 28, 14, 32)),
    ...         Glyph("’", (15, 4, 20, 18))]
    >>> [g.text for g in split_marker(word, line)[1]]
    ['’']
    """
    limit = RAISED_SHARE * line.x_size
    cut = len(word)
    while cut > 0 and line.baseline(word[cut - 1].box[0]) - word[cut - 1].box[3] > limit:
        cut -= 1
    tail = word[cut:]
    if not tail or len(tail) > MARKER_MAX_LEN:
        return word, []
    return word[:cut], tail


# --- lines -> plain char dicts (points) ---------------------------------------------------------

def line_chars(line: OcrLine, markers: dict[int, str], sx: float, sy: float,
               bold: bool = False) -> list[dict]:
    """Plain char dicts for one line; `markers` maps a word's index to its re-read marker."""
    font = OCR_BOLD_FONT if bold else OCR_FONT
    size = snap_size(font_size(line) / sy) * sy
    chars: list[dict] = []
    previous_end = None
    for i, word in enumerate(line.words):
        body, tail = split_marker(word, line)
        label = markers.get(i)
        if tail and not label and any(g.text.isalnum() for g in tail):
            body, tail = word, []           # not a marker after all: a letter on a bad box
        if body:
            base = line.baseline(body[0].box[0])
            top, bottom = base - ASCENT * size, base + DESCENT * size
            gap = body[0].box[0] - previous_end if previous_end is not None else None
            if gap is not None and gap <= WIDE_GAP * size:
                # a space as wide as a text layer's; a wider gap (a column gutter, a chart
                # beside a heading) keeps no space char, so layout still sees it
                chars.append(_char(" ", previous_end, previous_end + max(0, min(gap, SPACE * size)),
                                   top, bottom, size, sx, sy, font))
            right = body[0].box[0]
            for g, text in zip(body, fix_confusables([g.text for g in body])):
                x0 = max(g.box[0], right)             # LSTM boxes may overlap: keep order
                right = max(g.box[2], x0 + 1)
                chars.append(_char(text, x0, right, top, bottom, size, sx, sy, font))
            previous_end = right
        if tail and label:
            x0, glyph_top = tail[0].box[0], min(g.box[1] for g in tail)
            x1, glyph_bottom = tail[-1].box[2], max(g.box[3] for g in tail)
            m_size = (glyph_bottom - glyph_top) / CAP_HEIGHT
            m_bottom = glyph_bottom + DESCENT * m_size
            step = (x1 - x0) / len(label)
            for k, digit in enumerate(label):
                chars.append(_char(digit, x0 + k * step, x0 + (k + 1) * step,
                                   m_bottom - m_size, m_bottom, m_size, sx, sy, font))
            previous_end = x1
    return chars


def fix_confusables(letters: list[str]) -> list[str]:
    """In a run of capitals, "l" and "|" are a capital I misread (sample page 2: "non-ClS",
    page 1: "|OM").

    >>> "".join(fix_confusables(list("non-ClS"))), "".join(fix_confusables(list("|OM")))
    ('non-CIS', 'IOM')
    >>> "".join(fix_confusables(list("Almaty"))), "".join(fix_confusables(list("l")))
    ('Almaty', 'l')
    """
    out = list(letters)
    run: list[int] = []
    for i, ch in enumerate(letters + [" "]):
        if ch.isalpha() or ch in CONFUSED_I:
            run.append(i)
            continue
        others = [letters[k] for k in run if letters[k] not in CONFUSED_I]
        if len(others) >= 2 and all(c.isupper() for c in others):
            for k in run:
                if letters[k] in CONFUSED_I:
                    out[k] = "I"
        run = []
    return out


def stroke_width(ink, box) -> float:
    """Mean length of the horizontal runs of ink in a box: the stroke width, in pixels."""
    x0, top, x1, bottom = box
    sub = ink[max(0, top):bottom + 1, max(0, x0):x1 + 1]
    if sub.size == 0:
        return 0.0
    starts = int((sub[:, 1:] & ~sub[:, :-1]).sum() + sub[:, 0].sum())
    return float(sub.sum()) / max(starts, 1)


def bold_lines(lines: list[OcrLine], ink) -> list[bool]:
    """Which lines are set in bold: their stroke, for their size, is BOLD_STROKE times the
    page's usual (sample page 2: body 0.11 of the size, bold subheads 0.15-0.17)."""
    import statistics

    ratios = []
    for line in lines:
        strokes = sorted(stroke_width(ink, b) for b in line.word_boxes)
        size = font_size(line)
        ratios.append(strokes[len(strokes) // 2] / size if strokes and size > 0 else 0.0)
    usual = statistics.median(ratios) if ratios else 0.0
    return [usual > 0 and r > BOLD_STROKE * usual for r in ratios]


def _char(text, x0, x1, top, bottom, size, sx, sy, font=OCR_FONT) -> dict:
    return {"text": text, "x0": x0 / sx, "x1": x1 / sx, "top": top / sy, "bottom": bottom / sy,
            "size": size / sy, "fontname": font, "upright": True}


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
        page = self.doc[raw.number - 1]
        try:
            scale = render_scale(raw.width, raw.height)
            image = page.render(scale=scale, grayscale=True).to_pil()
        finally:
            page.close()
        hocr = self._tesseract(raw.number, image, TESSERACT_CONFIG, "hocr")
        sx, sy = image.width / raw.width, image.height / raw.height
        import numpy

        chars: list[dict] = []
        lines = parse_hocr(hocr)
        ink = numpy.asarray(image) < INK_LEVEL
        for line, bold in zip(lines, bold_lines(lines, ink)):
            markers = {}
            for i, word in enumerate(line.words):
                tail = split_marker(word, line)[1]
                if tail:
                    markers[i] = self._marker(raw.number, image, tail)
            chars.extend(line_chars(line, markers, sx, sy, bold))
        return replace(raw, chars=tuple(chars), ocr=True)

    def _marker(self, number: int, image, tail: list[Glyph]) -> str:
        """The digits of a raised footnote marker, read again on their own ("" if none)."""
        from PIL import Image, ImageOps

        if "".join(g.text for g in tail) == "*":
            return "*"

        x0 = min(g.box[0] for g in tail) - 3
        x1 = max(g.box[2] for g in tail) + 3
        top = min(g.box[1] for g in tail) - 4
        bottom = max(g.box[3] for g in tail) + 4
        crop = image.crop((max(0, x0), max(0, top), x1, bottom))
        crop = crop.resize((crop.width * MARKER_ZOOM, crop.height * MARKER_ZOOM), Image.LANCZOS)
        crop = ImageOps.expand(crop, border=MARKER_PAD, fill=255)
        data = self._tesseract(number, crop, MARKER_CONFIG, "data")
        words = [(t.strip(), float(c)) for t, c in zip(data["text"], data["conf"]) if t.strip()]
        if len(words) == 1 and words[0][0].isdigit() and len(words[0][0]) <= MARKER_MAX_LEN \
                and words[0][1] >= MARKER_MIN_CONF:
            return words[0][0]
        return ""

    def _tesseract(self, number: int, image, config: str, kind: str):
        import pytesseract

        try:
            if kind == "hocr":
                return pytesseract.image_to_pdf_or_hocr(image, lang=OCR_LANG, config=config,
                                                        extension="hocr", timeout=PAGE_TIMEOUT_S)
            return pytesseract.image_to_data(image, lang=OCR_LANG, config=config,
                                             output_type=pytesseract.Output.DICT,
                                             timeout=PAGE_TIMEOUT_S)
        except Exception as exc:  # Tesseract crashed, timed out or is missing a language
            detail = " ".join(str(exc).split())[:100] or type(exc).__name__
            raise OcrUnavailableError(self.path, f"page {number}: {detail}") from None

    def close(self) -> None:
        self.doc.close()
