"""mtm-extract: IOM MTM quarterly reports on Kazakhstan as validated, source-linked figures."""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract", "__version__"]


def extract(path, *, password: str | None = None, ocr: bool = False):
    """Read one report PDF and return its validated `extractor.models.Report`."""
    from .pipeline import extract_report

    return extract_report(path, password=password, ocr=ocr)
