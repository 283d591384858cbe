"""One error family for the whole pipeline.

The library raises; the edge (CLI, batch) decides policy. Every message names the file and
says what the user can do, so that it can be printed as one line.
"""
from __future__ import annotations


class ExtractorError(Exception):
    """Base class: a file could not be turned into a report."""

    reason = "cannot be read"

    def __init__(self, path: str, detail: str = "") -> None:
        self.path = str(path)
        self.detail = " ".join(str(detail).split())
        super().__init__(self.one_line())

    def one_line(self) -> str:
        tail = f": {self.detail}" if self.detail else ""
        return f"{self.path}: {self.reason}{tail}"


class NotAPdfError(ExtractorError):
    reason = "not a PDF"


class EmptyFileError(ExtractorError):
    reason = "empty file"


class DamagedPdfError(ExtractorError):
    reason = "damaged PDF"


class EncryptedPdfError(ExtractorError):
    reason = "encrypted: pass --password"


class WrongPasswordError(ExtractorError):
    reason = "encrypted: the password given does not open it"


class UnsupportedEncryptionError(EncryptedPdfError):
    reason = "encrypted: cannot decrypt (unsupported encryption, or a wrong password)"


class NoTextLayerError(ExtractorError):
    reason = "no text layer: pass --ocr"


class NotAReportError(ExtractorError):
    reason = "not an MTM report"


class TooLargeError(ExtractorError):
    reason = "too large"


class ExtractTimeoutError(ExtractorError):
    reason = "timed out"


class OcrUnavailableError(ExtractorError):
    reason = "OCR unavailable"
