"""PDF access: the only module that imports pdfplumber.

It hands on plain data: per page its size, its characters as small dicts (text, box, size,
font) and its image boxes. Each page is closed after use, because pdfplumber caches every
parsed object of a page until then and a long report would otherwise grow without bound.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import pdfplumber

from .errors import DamagedPdfError, EncryptedPdfError, WrongPasswordError

CHAR_KEYS = ("text", "x0", "x1", "top", "bottom", "size", "fontname", "upright")


@dataclass(frozen=True)
class RawPage:
    number: int                     # 1-based
    width: float
    height: float
    chars: tuple[dict, ...]
    images: tuple[tuple[float, float, float, float], ...]


def _plain_char(c: dict) -> dict:
    return {k: c.get(k) for k in CHAR_KEYS}


def _open(path: str, password: str | None):
    try:
        return pdfplumber.open(path, password=password or "")
    except Exception as exc:  # pdfminer raises many types for one cause; classify here
        name = type(exc).__name__ + " " + str(getattr(exc, "__cause__", "") or "") + " " + str(exc)
        if "PDFPasswordIncorrect" in name or "password" in name.lower():
            if password:
                raise WrongPasswordError(path) from exc
            raise EncryptedPdfError(path) from exc
        raise DamagedPdfError(path, str(exc) or type(exc).__name__) from exc


def read_metadata(path: str, password: str | None = None) -> dict:
    """The document's info dictionary as plain strings, and its page count."""
    pdf = _open(path, password)
    try:
        meta = {str(k): str(v) for k, v in (pdf.metadata or {}).items()}
        meta["pages"] = len(pdf.pages)
        return meta
    finally:
        pdf.close()


def read_pages(path: str, password: str | None = None) -> Iterator[RawPage]:
    """Yield every page's characters and image boxes, closing each page after use."""
    pdf = _open(path, password)
    try:
        for i, page in enumerate(pdf.pages):
            try:
                chars = tuple(_plain_char(c) for c in page.chars)
                images = tuple((float(im["x0"]), float(im["top"]), float(im["x1"]), float(im["bottom"]))
                               for im in page.images)
                raw = RawPage(i + 1, float(page.width), float(page.height), chars, images)
            except Exception as exc:
                raise DamagedPdfError(path, f"page {i + 1}: {exc or type(exc).__name__}") from exc
            finally:
                page.close()
            yield raw
    finally:
        pdf.close()
