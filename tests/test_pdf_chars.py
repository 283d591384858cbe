"""pdf.py makes its character records and image boxes itself, from pdfminer's drawing calls,
instead of through pdfplumber's `page.chars` / `page.images` (README, "Start-up"): they must
hold exactly what pdfplumber's would, so that an upgrade of pdfminer or pdfplumber that changes
either is noticed here rather than as changed figures."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from extractor.pdf import CHAR_KEYS, _colour, read_pages

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.pdf"))


def pdfplumber_pages(path: Path) -> list[tuple[list[dict], list[tuple]]]:
    with pdfplumber.open(path) as pdf:
        out = []
        for page in pdf.pages:
            chars = [{**{k: c.get(k) for k in CHAR_KEYS}, "fill": _colour(c.get("non_stroking_color"), True)}
                     for c in page.chars]
            images = [(float(im["x0"]), float(im["top"]), float(im["x1"]), float(im["bottom"]))
                      for im in page.images]
            out.append((chars, images))
            page.close()
        return out


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_same_characters_and_images_as_pdfplumber(path):
    ours = [(list(p.chars), list(p.images)) for p in read_pages(path)]
    theirs = pdfplumber_pages(path)
    assert len(ours) == len(theirs)
    for number, ((chars, images), (want_chars, want_images)) in enumerate(zip(ours, theirs), 1):
        assert images == want_images, f"page {number}"
        assert len(chars) == len(want_chars), f"page {number}"
        for got, want in zip(chars, want_chars):
            assert list(got.items()) == list(want.items()), f"page {number}"
