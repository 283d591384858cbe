"""PDF access: the only module that imports pdfplumber (pypdfium2 is imported here and in ocr.py).

It hands on plain data: per page its size, its characters as small dicts (text, box, size,
font), its image boxes and its vector shapes as small dicts (kind "rect" / "roundrect" / "line" / "curve",
box, fill and stroke colour), from which layout finds boxes, bars and table rules. A PDF is untrusted input, so this module also decides what kind of
bad file it was given and says so with one `ExtractorError`:

- before parsing: empty file, no `%PDF-` header, too large;
- on opening: encrypted (no or wrong password), damaged (any parser exception, including a
  `RecursionError` from nested arrays or reference cycles);
- per page: limits on decoded content, vector paths and characters, so that a decompression bomb
  or a page of half a million rectangles ends in a second or two instead of minutes and
  gigabytes (the batch's per-file timeout and memory limit stay the last line of defence);
- after reading: no text layer (pass `ocr=True` to read image-only pages with Tesseract).

When pdfminer cannot open a file, or finds fewer pages than PDFium does (broken cross-reference
tables, unsupported encryption), PDFium rewrites it into memory and pdfminer reads that copy.

Each page is closed after use, because pdfplumber caches every parsed object of a page until
then and a long report would otherwise grow without bound.
"""
from __future__ import annotations

import io
import logging
import mmap
import os
import re
import zlib
from dataclasses import dataclass
from typing import Iterator

import pdfplumber
import pypdfium2 as pdfium          # imported here, not on first use: a batch imports it once,
import pypdfium2.raw as pdfium_c    # before forking, instead of every worker (0.02-0.05 s each)
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTContainer, LTImage
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.utils import apply_matrix_pt, apply_matrix_rect
from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1
from pdfplumber.page import fix_fontname_bytes

from .errors import (DamagedPdfError, EmptyFileError, EncryptedPdfError, ExtractorError,
                     NoTextLayerError, NotAPdfError, TooLargeError, UnsupportedEncryptionError,
                     WrongPasswordError)

# pdfminer and pdfplumber log warnings about the files they repair ("MediaBox missing"): keep
# them off stderr, which carries one line per failed file (an application may still show them).
for _name in ("pdfminer", "pdfplumber"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

CHAR_KEYS = ("text", "x0", "x1", "top", "bottom", "size", "fontname", "upright")

# --- limits: an MTM report is ~10 A4 pages of ~4,000 characters, one map, a few charts -------
HEADER_WINDOW = 1024                  # the PDF spec lets `%PDF-` start anywhere in the first 1 KiB
MAX_FILE_BYTES = 256 * 2**20          # the reference report is 1 MB; scans of it ~5 MB
MAX_PAGES = 200                       # a quarterly report has ~10; a 352-page book (pdfjs__freeculture)
                                      # is refused before minutes of parsing
MAX_CONTENT_BYTES_PER_PAGE = 2 * 2**20  # decoded content streams; the reference's largest page
                                        # has 113 KB; pdfminer reads ~0.5-1 MB a second
MAX_PATHS_PER_PAGE = 100_000          # vector paths; a detailed map has thousands, not 100k
MAX_OBJSTM_OBJECTS = 10_000           # objects in one object stream; a report has a few hundred
MAX_CHARS_PER_PAGE = 100_000          # a dense 6 pt A4 page holds ~20,000
MIN_PAGE_TEXT_CHARS = 10              # fewer non-space characters: the page has no text layer
MAX_DETAIL = 100                      # characters of a parser's message kept in an error line
MAX_SHAPES_PER_PAGE = 5_000           # shapes kept for layout; a chart page has a few hundred,
                                      # a detailed map thousands of tiny curves (dropped first)
MIN_SHAPE_SIZE = 2.0                  # points: a shape smaller both ways (a map's dot, a hairline
                                      # tick) says nothing about regions or bars


@dataclass(frozen=True)
class RawPage:
    number: int                     # 1-based
    width: float
    height: float
    chars: tuple[dict, ...]
    images: tuple[tuple[float, float, float, float], ...]
    ocr: bool = False               # chars come from Tesseract, not from the text layer
    shapes: tuple[dict, ...] = ()   # vector shapes: kind, x0, top, x1, bottom, fill, stroke

    @property
    def has_text(self) -> bool:
        """True when the page carries a text layer worth reading."""
        return sum(1 for c in self.chars if str(c["text"]).strip()) >= MIN_PAGE_TEXT_CHARS


# --- before parsing ---------------------------------------------------------------------------

_MAGIC = (  # what a file that is not a PDF usually is, by its first bytes
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (Word/Excel file?)"), (b"\xd0\xcf\x11\xe0", "an Office file"),
    (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"), (b"{\\rtf", "an RTF document"),
    (b"<!DOCTYPE html", "an HTML page"), (b"<html", "an HTML page"), (b"\x1f\x8b", "a gzip file"),
)


def describe_start(head: bytes, limit: int = 16) -> str:
    """A short, printable description of a file's first bytes, for "not a PDF" messages.

    >>> print(describe_start(bytes.fromhex("89504e470d0a1a0a")))
    starts with '\\x89PNG\\r\\n\\x1a\\n' (a PNG image)
    >>> print(describe_start(b"Region\\tArrivals\\nAlmaty\\t12"))
    starts with 'Region\\tArrivals\\n'
    """
    shown = "".join(chr(b) if 32 <= b < 127 and b != 0x27 else f"\\x{b:02x}" for b in head[:limit])
    shown = (shown.replace("\\x09", "\\t").replace("\\x0a", "\\n").replace("\\x0d", "\\r")
             .replace("\\x27", "\\'"))
    kind = next((name for magic, name in _MAGIC if head.lower().startswith(magic.lower())), None)
    return f"starts with '{shown}'" + (f" ({kind})" if kind else "")


def preflight(path: str) -> int:
    """Check a file before any parser sees it; return its size.

    Raises EmptyFileError, NotAPdfError, TooLargeError or DamagedPdfError (unreadable).
    """
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            head = fh.read(HEADER_WINDOW)
    except IsADirectoryError:
        raise NotAPdfError(path, "it is a folder") from None
    except OSError as exc:
        raise DamagedPdfError(path, f"cannot read the file: {exc.strerror or exc}") from None
    if size == 0:
        raise EmptyFileError(path, "0 bytes")
    if b"%PDF-" not in head:
        raise NotAPdfError(path, describe_start(head))
    if size > MAX_FILE_BYTES:
        raise TooLargeError(path, f"{size} bytes, more than {MAX_FILE_BYTES}")
    return size


# --- opening ----------------------------------------------------------------------------------

_CAUSES = (  # parser messages -> what they mean to a user; first match wins
    ("PSEOF", "unexpected end of file (truncated download?)"),
    ("Unexpected EOF", "unexpected end of file (truncated download?)"),
    ("No /Root object", "no document catalog (/Root)"),
    ("RecursionError", "nesting too deep or a reference cycle"),
    ("maximum recursion depth", "nesting too deep or a reference cycle"),
    ("Unsupported crypt filter", "unsupported encryption"),
    ("Unknown filter", "unsupported encryption"),
)


# Python errors a parser raises when an object is not what the PDF spec says it must be
# (pdfjs__operator_list_cycle: a page without /MediaBox gives "'NoneType' object is not iterable")
_PARSER_SLIPS = (TypeError, AttributeError, KeyError, IndexError, AssertionError,
                 ZeroDivisionError, UnboundLocalError)


def _root_cause(exc: BaseException) -> BaseException:
    """pdfplumber wraps pdfminer's exception as the first argument of PdfminerException."""
    seen = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        inner = inner or exc.__cause__
        if inner is None:
            break
        exc = inner
    return exc


def cause_text(exc: BaseException) -> str:
    """One short printable line saying why a parser gave up.

    >>> cause_text(RecursionError("maximum recursion depth exceeded"))
    'nesting too deep or a reference cycle'
    >>> cause_text(ValueError("Ascii85 overflow"))
    'Ascii85 overflow'
    >>> cause_text(TypeError("'NoneType' object is not iterable"))
    'a structure the parser cannot follow (TypeError)'
    """
    root = _root_cause(exc)
    name = type(root).__name__
    msg = " ".join(str(root).split())
    for needle, meaning in _CAUSES:
        if needle in name or needle in msg:
            return meaning
    if isinstance(root, _PARSER_SLIPS):  # the parser tripped over an object of the wrong kind
        return f"a structure the parser cannot follow ({name})"
    text = msg or name
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= MAX_DETAIL else text[:MAX_DETAIL - 3] + "..."


def _is_password_error(exc: BaseException) -> bool:
    root = _root_cause(exc)
    return type(root).__name__ == "PDFPasswordIncorrect" or "password" in str(root).lower()


def _is_encryption_error(exc: BaseException) -> bool:
    return "Encryption" in type(_root_cause(exc)).__name__ or "crypt" in str(_root_cause(exc))


def _pdfium_open(source, password: str | None):
    """(document, None) or (None, reason) — PDFium's view of the file, for repair and OCR."""
    try:
        return pdfium.PdfDocument(source, password=password or None), None
    except pdfium.PdfiumError as exc:
        return None, str(exc)
    except Exception as exc:  # PDFium's wrapper raises little else; never let it escape
        return None, cause_text(exc)


def _repaired_copy(path: str, password: str | None) -> io.BytesIO | None:
    """PDFium's rewrite of the file (fresh xref, no encryption), or None if PDFium fails too."""
    doc, _ = _pdfium_open(path, password)
    if doc is None:
        return None
    try:
        if len(doc) == 0:
            return None
        buf = io.BytesIO()
        doc.save(buf, flags=pdfium_c.FPDF_NO_INCREMENTAL | pdfium_c.FPDF_REMOVE_SECURITY)
        buf.seek(0)
        return buf
    except Exception:
        return None
    finally:
        doc.close()


def _pdfium_page_count(path: str, password: str | None) -> tuple[int | None, str | None]:
    doc, reason = _pdfium_open(path, password)
    if doc is None:
        return None, reason
    try:
        return len(doc), None
    finally:
        doc.close()


def _close(pdf) -> None:
    """Close a pdfplumber PDF; its close() walks the page list, which can itself fail."""
    if pdf is None:
        return
    try:
        pdf.close()
    except Exception:
        try:
            pdf.stream.close()
        except Exception:
            pass


def _pages_of(path: str, pdf) -> list:
    pages = pdf.pages
    if len(pages) > MAX_PAGES:
        raise TooLargeError(path, f"{len(pages)} pages, more than {MAX_PAGES}")
    return pages


def _encrypted(path: str, password: str | None) -> ExtractorError:
    return WrongPasswordError(path) if password else EncryptedPdfError(path)


def _open_with_pdfminer(path: str, source, password: str | None):
    """(pdf, pages, None) or (None, None, the exception) — TooLargeError passes through."""
    pdf = None
    try:
        pdf = pdfplumber.open(source, password=password or "")
        return pdf, _pages_of(path, pdf), None
    except ExtractorError:
        _close(pdf)
        raise
    except Exception as exc:  # pdfminer raises many types (and bare TypeErrors) for one cause
        _close(pdf)
        return None, None, exc


_OBJSTM = re.compile(rb"/ObjStm")
_OBJSTM_COUNT = re.compile(rb"/N\s+(\d+)")


def _has_huge_object_stream(path: str) -> bool:
    """Whether an object stream packs more than MAX_OBJSTM_OBJECTS objects: pdfminer parses a
    whole object stream to get one object from it (pdfjs__bug1978317: 65,542 objects, 8 s just
    to open), PDFium's rewrite stores them one by one."""
    try:
        with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            for hit in _OBJSTM.finditer(data):
                window = data[max(0, hit.start() - 200):hit.end() + 200]
                if any(int(n) > MAX_OBJSTM_OBJECTS for n in _OBJSTM_COUNT.findall(window)):
                    return True
    except (OSError, ValueError):  # unreadable now: the parsers will say what is wrong
        pass
    return False


def _open(path: str, password: str | None):
    """(pdfplumber PDF, its pages): pdfminer's reading of the file, or of PDFium's rewrite.

    Every failure becomes one ExtractorError naming the cause.
    """
    if _has_huge_object_stream(path):
        copy = _repaired_copy(path, password)
        if copy is not None:
            fixed, fixed_pages, _ = _open_with_pdfminer(path, copy, None)
            if fixed_pages:
                return fixed, fixed_pages
            _close(fixed)
    pdf, pages, error = _open_with_pdfminer(path, path, password)
    if error is not None and _is_password_error(error):
        raise _encrypted(path, password)
    try:
        expected, pdfium_reason = _pdfium_page_count(path, password)
        if pages is None and pdfium_reason and "password" in pdfium_reason.lower():
            # pdfminer failed for another reason (say an unsupported crypt filter), and PDFium
            # cannot open it without a (different) password either
            if password:
                raise UnsupportedEncryptionError(path)
            raise EncryptedPdfError(path)
        if expected is not None and expected > MAX_PAGES:
            raise TooLargeError(path, f"{expected} pages, more than {MAX_PAGES}")
    except ExtractorError:
        _close(pdf)
        raise
    if pages and (expected is None or len(pages) >= expected):
        return pdf, pages
    # pdfminer failed, or found fewer pages than PDFium: read PDFium's rewrite instead.
    copy = _repaired_copy(path, password) if expected else None
    if copy is not None:
        fixed, fixed_pages, fixed_error = _open_with_pdfminer(path, copy, None)
        if fixed_pages and len(fixed_pages) > len(pages or ()):
            _close(pdf)
            return fixed, fixed_pages
        _close(fixed)
        error = error or fixed_error
    if pages:
        return pdf, pages
    _close(pdf)
    if error is not None:
        if _is_encryption_error(error) and not password:
            raise EncryptedPdfError(path)
        raise DamagedPdfError(path, cause_text(error))
    raise DamagedPdfError(path, "no pages found")


# --- per page ---------------------------------------------------------------------------------

class _PageLimit(Exception):
    """Raised inside the interpreter when a page passes a limit; becomes TooLargeError."""


def _colour(value, painted: bool):
    """A paint colour as a tuple of floats rounded to 3 places (None when not painted)."""
    if not painted:
        return None
    if value is None:
        return (0.0,)
    values = value if isinstance(value, (tuple, list)) else (value,)
    try:
        return tuple(round(float(v), 3) for v in values)
    except (TypeError, ValueError):     # a pattern or separation name: painted, colour unknown
        return (0.5,)


# A rounded rectangle's corner arcs stay within this share of its shorter side from each corner
# (CSS `border-radius` on a sidebar, a stat card or a tile: blind designer1, 2025q1 chromium,
# whose "In brief" sidebar and region tiles are drawn as lines and Bézier corners).
ROUND_CORNER_SHARE = 0.3
# ... and it has at least this many straight sides (a circle or a donut slice has fewer).
ROUND_MIN_SIDES = 2


def _shape_kind(ops: str, pts: list[tuple[float, float]]) -> str:
    """"rect" for an axis-aligned four-sided path (how `re` arrives), "roundrect" for a rectangle
    with rounded corners, "line" for one segment, "curve" for the rest (donut slices, map
    outlines).

    >>> _shape_kind("mlllh", [(0, 0), (10, 0), (10, 5), (0, 5)])
    'rect'
    >>> arc = [(0, 2), (0, 0.9), (0.9, 0), (2, 0)]          # a corner of radius 2
    >>> _shape_kind("mlcll", [(2, 50)] + arc + [(40, 0), (40, 50)])
    'roundrect'
    >>> _shape_kind("mlcl", [(0, 0), (10, 0), (10, 10), (5, 5), (0, 10), (0, 0)])
    'curve'
    >>> _shape_kind("mlllllh", [(40, 0), (0, 0), (0, 30), (80, 30), (80, 0), (40, 0)])
    'rect'
    >>> _shape_kind("mllllh", [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)])
    'rect'
    >>> _shape_kind("mlllllh", [(0, 0), (10, 0), (10, 5), (5, 10), (0, 10), (0, 0)])
    'curve'
    """
    if ops in ("ml", "mlh"):
        return "line"
    if ops in ("mlllh", "mllll", "mlll") and len(pts) >= 4:
        xs = {round(x, 2) for x, _ in pts[:4]}
        ys = {round(y, 2) for _, y in pts[:4]}
        if len(xs) <= 2 and len(ys) <= 2:
            return "rect"
    if RECT_PATH.fullmatch(ops) and _ruled_rect(pts):
        return "rect"
    if "c" in ops and ops.count("l") >= ROUND_MIN_SIDES and _rounded_rect(pts):
        return "roundrect"
    return "curve"


# A rectangle drawn as a closed run of straight segments, starting anywhere on its border and
# maybe drawing back to its start before closing: how LibreOffice paints a Word text box or a
# frame ("m l l l l l h" from the middle of the top edge; blind designer1, 2023q3 and 2024q4
# word, the key-figure boxes and the sidebar).
RECT_PATH = re.compile(r"ml{3,7}h?")


def _ruled_rect(pts: list[tuple[float, float]]) -> bool:
    """Every point on the bounding box's border, every segment along it, all four corners
    visited."""
    xs, ys = [x for x, _ in pts], [y for _, y in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    tol = 0.5

    def on(v, a, b):
        return abs(v - a) <= tol or abs(v - b) <= tol

    if not all(on(x, x0, x1) or on(y, y0, y1) for x, y in pts):
        return False
    if any(abs(a[0] - b[0]) > tol and abs(a[1] - b[1]) > tol for a, b in zip(pts, pts[1:])):
        return False
    corners = [(cx, cy) for cx in (x0, x1) for cy in (y0, y1)]
    return all(any(abs(x - cx) <= tol and abs(y - cy) <= tol for x, y in pts) for cx, cy in corners)


def _rounded_rect(pts: list[tuple[float, float]]) -> bool:
    """Every point on the bounding box's border, or within a small square at one of its
    corners (where the arcs and their control points lie)."""
    xs, ys = [x for x, _ in pts], [y for _, y in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    reach = ROUND_CORNER_SHARE * min(x1 - x0, y1 - y0)
    tol = 0.5
    for x, y in pts:
        dx, dy = min(x - x0, x1 - x), min(y - y0, y1 - y)
        if min(dx, dy) > tol and max(dx, dy) > reach:
            return False
    return True


class _CharsOnlyAggregator(PDFPageAggregator):
    """pdfminer's layout device (as pdfplumber uses it, less its marked-content tags, which we
    do not read), with a cap on characters, keeping vector paths only as small plain records
    (pdfminer's objects for them are never built: 500k rects cost 2 GB as objects)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.paths = 0
        self.chars = 0
        self.shapes: list[tuple] = []    # (kind, x0, y0, x1, y1, fill, stroke) in device space
        self.glyphs: list[tuple] = []    # (text, x0, y0, x1, y1, size, fontname, upright, fill)
        self._ncolor: tuple = (object(), None)      # the last fill colour read, and its record

    def paint_path(self, gstate, stroke, fill, evenodd, path):
        self.paths += 1
        if self.paths > MAX_PATHS_PER_PAGE:
            raise _PageLimit(f"more than {MAX_PATHS_PER_PAGE} vector paths")
        if not (stroke or fill) or len(self.shapes) >= MAX_SHAPES_PER_PAGE:
            return
        ops = "".join(str(seg[0]) for seg in path)
        for m in re.finditer(r"m[^m]*", ops):      # one record per subpath (`re` re` ...)
            seg = path[m.start():m.end()]
            pts = [apply_matrix_pt(self.ctm, (float(p[-2]), float(p[-1])))
                   for p in seg if len(p) >= 3]
            if not pts:
                continue
            xs, ys = [x for x, _ in pts], [y for _, y in pts]
            if max(xs) - min(xs) < MIN_SHAPE_SIZE and max(ys) - min(ys) < MIN_SHAPE_SIZE:
                continue
            self.shapes.append((_shape_kind(m.group(), pts), min(xs), min(ys), max(xs),
                                max(ys), _colour(gstate.ncolor, fill),
                                _colour(gstate.scolor, stroke)))

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
        """Record a character as the values pdfminer's LTChar would hold (its text, box, size,
        font name, uprightness: `PDFLayoutAnalyzer.render_char` and `LTChar.__init__`, the same
        arithmetic in the same order), in drawing order, which is the order pdfplumber lists
        the LTChars of a page without layout analysis. Building an LTChar for every character
        only to read these off it was a tenth of the reading; tests/test_pdf_chars.py holds the
        records to pdfplumber's `page.chars`. Returns the advance, as pdfminer's does."""
        self.chars += 1
        if self.chars > MAX_CHARS_PER_PAGE:
            raise _PageLimit(f"more than {MAX_CHARS_PER_PAGE} characters")
        try:
            text = font.to_unichr(cid)
            assert isinstance(text, str), str(type(text))
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        adv = font.char_width(cid) * fontsize * scaling
        vertical = font.is_vertical()
        if vertical:
            vx, vy = font.char_disp(cid)
            vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
            vy = (1000 - vy) * fontsize * 0.001
            bbox = (-vx, vy + rise + adv, -vx + fontsize, vy + rise)
        else:
            descent = font.get_descent() * fontsize
            bbox = (0, descent + rise, adv, descent + rise + fontsize)
        a, b, c, d, _, _ = matrix
        upright = a * d * scaling > 0 and b * c <= 0
        x0, y0, x1, y1 = apply_matrix_rect(matrix, bbox)
        if x1 < x0:
            x0, x1 = x1, x0
        if y1 < y0:
            y0, y1 = y1, y0
        size = x1 - x0 if vertical else y1 - y0
        if graphicstate.ncolor is not self._ncolor[0]:       # a run of characters shares one colour
            self._ncolor = (graphicstate.ncolor, _colour(graphicstate.ncolor, True))
        self.glyphs.append((text, x0, y0, x1, y1, size, font.fontname, upright, self._ncolor[1]))
        return adv


def _inflated_size(stream: PDFStream, limit: int) -> int:
    """Decoded size of a stream, counting at most `limit` + 1 bytes of a Flate stream."""
    if stream.data is not None:
        return len(stream.data)
    raw = stream.rawdata or b""
    filters = stream.get_filters()
    if not filters or filters[0][0] not in LITERALS_FLATE_DECODE:
        return len(raw)
    if stream.decipher and stream.objid is not None and stream.genno is not None:
        raw = stream.decipher(stream.objid, stream.genno, raw, stream.attrs)
    inflater, total, pending = zlib.decompressobj(), 0, raw
    while pending and total <= limit:
        try:
            out = inflater.decompress(pending, 1 << 20)
        except zlib.error:
            break
        total += len(out)
        pending = inflater.unconsumed_tail
        if not out or inflater.eof:
            break
    return total


def _content_streams(page) -> Iterator[PDFStream]:
    """The page's content streams and the Form XObjects it draws, a few levels deep."""
    seen: set[int] = set()

    def forms(resources, depth):
        xobjects = resolve1((resolve1(resources) or {}).get("XObject")) or {}
        if depth > 3 or not isinstance(xobjects, dict):
            return
        for ref in xobjects.values():
            obj = resolve1(ref)
            if isinstance(obj, PDFStream) and id(obj) not in seen:
                seen.add(id(obj))
                if resolve1(obj.attrs.get("Subtype")) is not None and \
                        getattr(resolve1(obj.attrs.get("Subtype")), "name", "") == "Form":
                    yield obj
                    yield from forms(obj.attrs.get("Resources"), depth + 1)

    for stream in page.page_obj.contents or ():
        stream = resolve1(stream)
        if isinstance(stream, PDFStream):
            yield stream
    yield from forms(page.page_obj.resources, 0)


def _check_content_size(page) -> None:
    total = 0
    for stream in _content_streams(page):
        total += _inflated_size(stream, MAX_CONTENT_BYTES_PER_PAGE - total)
        if total > MAX_CONTENT_BYTES_PER_PAGE:
            raise _PageLimit(f"content decodes to more than "
                             f"{MAX_CONTENT_BYTES_PER_PAGE / 2**20:g} MiB")


def _layout(pdf, page):
    """pdfminer's layout of the page (its figures and images), its character records and its
    shape records."""
    device = _CharsOnlyAggregator(pdf.rsrcmgr, pageno=page.page_number, laparams=pdf.laparams)
    PDFPageInterpreter(pdf.rsrcmgr, device).process_page(page.page_obj)
    return device.get_result(), device.glyphs, device.shapes


def _plain_shapes(records: list[tuple], page) -> tuple[dict, ...]:
    """Shape records in pdfplumber's page coordinates (origin top-left), as pdfplumber places
    its own objects: top = height - y1, shifted by the MediaBox's corner."""
    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    height = float(page.height)
    return tuple({"kind": kind, "x0": x0 + mb_x0, "x1": x1 + mb_x0,
                  "top": height - y1 + mb_top, "bottom": height - y0 + mb_top,
                  "fill": fill, "stroke": stroke}
                 for kind, x0, y0, x1, y1, fill, stroke in records)


def _layout_items(items) -> Iterator:
    """The layout's objects in the order pdfplumber lists them: each container's children
    after it, depth first."""
    for item in items:
        yield item
        if isinstance(item, LTContainer):
            yield from _layout_items(item._objs)


def _plain_chars(glyphs: list[tuple], page) -> tuple[dict, ...]:
    """Character records as dicts of CHAR_KEYS holding the values of pdfplumber's `page.chars`
    (its `process_object`: top = height - y1, shifted by the MediaBox's corner; x shifted only
    where that corner is not 0; byte font names decoded), and the colour each is painted in
    (`fill`, as shapes give theirs: a chart's legend may name its series in their colours), without its dicts of every attribute
    of every object, which cost a third of the reading."""
    mb_x0, mb_top = page.mediabox[:2]
    height = page.height
    chars = []
    for text, x0, y0, x1, y1, size, fontname, upright, fill in glyphs:
        if mb_x0 != 0:
            x0, x1 = x0 + mb_x0, x1 + mb_x0
        if isinstance(fontname, bytes):             # (rare) byte-encoded font names
            fontname = fix_fontname_bytes(fontname)
        chars.append({"text": text, "x0": x0, "x1": x1, "top": (height - y1) + mb_top,
                      "bottom": (height - y0) + mb_top, "size": size, "fontname": fontname,
                      "upright": upright, "fill": fill})
    return tuple(chars)


def _image_boxes(layout, page) -> tuple[tuple[float, float, float, float], ...]:
    """The boxes of the page's images, as pdfplumber's `page.images` places them."""
    mb_x0, mb_top = page.mediabox[:2]
    height = page.height
    boxes = []
    for item in _layout_items(layout._objs):
        if isinstance(item, LTImage):
            x0, x1 = (item.x0 + mb_x0, item.x1 + mb_x0) if mb_x0 != 0 else (item.x0, item.x1)
            boxes.append((float(x0), float((height - item.y1) + mb_top), float(x1),
                          float((height - item.y0) + mb_top)))
    return tuple(boxes)


def _read_page(path: str, pdf, page, number: int) -> RawPage:
    try:
        _check_content_size(page)
        layout, glyphs, shapes = _layout(pdf, page)
        return RawPage(number, float(page.width), float(page.height), _plain_chars(glyphs, page),
                       _image_boxes(layout, page), shapes=_plain_shapes(shapes, page))
    except _PageLimit as exc:
        raise TooLargeError(path, f"page {number}: {exc}") from None
    except MemoryError:
        raise TooLargeError(path, f"page {number}: out of memory") from None
    except ExtractorError:
        raise
    except Exception as exc:
        raise DamagedPdfError(path, f"page {number}: {cause_text(exc)}") from None


# --- the public functions ---------------------------------------------------------------------

def read_metadata(path: str, password: str | None = None) -> dict:
    """The document's info dictionary as plain strings, and its page count.

    Read with PDFium, which is quick even where pdfminer needs seconds to rebuild a broken
    cross-reference table (pdfjs__bug1978317); where PDFium cannot read the file, pdfminer's
    reading decides, and names what is wrong.
    """
    path = str(path)
    preflight(path)
    doc, _ = _pdfium_open(path, password)
    if doc is not None:
        try:
            if 0 < len(doc) <= MAX_PAGES:
                meta = {str(k): _printable(v) for k, v in doc.get_metadata_dict().items() if v}
                meta["pages"] = len(doc)
                return meta
        except Exception:  # unreadable metadata: let pdfminer try
            pass
        finally:
            doc.close()
    pdf, pages = _open(path, password)
    try:
        try:
            meta = {str(k): _printable(v) for k, v in (pdf.metadata or {}).items()}
        except Exception:  # unreadable metadata is not worth failing a report for
            meta = {}
        meta["pages"] = len(pages)
        return meta
    finally:
        _close(pdf)


def _printable(value) -> str:
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return "".join(ch for ch in str(value) if ch.isprintable())


def read_pages(path: str, password: str | None = None, ocr: bool = False) -> Iterator[RawPage]:
    """Yield every page's characters and image boxes, closing each page after use.

    Pages without a text layer are read with Tesseract when `ocr` is true (their RawPage has
    `ocr=True`); otherwise a document in which no page has a text layer raises
    NoTextLayerError once its last page is read. Every failure is an ExtractorError.
    """
    path = str(path)
    preflight(path)
    pdf, pages = _open(path, password)
    reader = None
    held: list[RawPage] = []       # pages read before the first one with text
    seen_text = False
    try:
        for i, page in enumerate(pages):
            try:
                raw = _read_page(path, pdf, page, i + 1)
            finally:
                page.close()
            if ocr and not raw.has_text:
                if reader is None:
                    from .ocr import OcrReader
                    reader = OcrReader(path, password)
                raw = reader.read(raw)
            if not seen_text and raw.has_text:     # counted once a page at most
                seen_text = True
                yield from held
                held.clear()
            if seen_text:
                yield raw
            else:
                held.append(raw)
        if not seen_text and ocr:
            yield from held        # OCR found nothing either: let the caller judge the pages
        elif not seen_text:
            what = "pages are images" if any(p.images for p in held) else "no page has text"
            raise NoTextLayerError(path, f"{len(held)} page(s), {what}")
    except RecursionError:
        raise DamagedPdfError(path, "nesting too deep or a reference cycle") from None
    finally:
        if reader is not None:
            reader.close()
        _close(pdf)
