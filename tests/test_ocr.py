"""--ocr: image-only pages read with Tesseract into the same pipeline, figures flagged "ocr".

The scanned reference report (../shared/reports/mtm-kaz-2023q1-scanned.pdf) is the same seven
pages as the reference report, as 150 dpi images with no text layer.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from extractor.errors import NoTextLayerError
from extractor.ocr import CAP_HEIGHT, Glyph, OcrLine, line_chars
from extractor.pdf import read_pages
from tests.conftest import ROOT, need_shared

RECALL_TARGET = 0.85           # issue 6: the scanned reference with --ocr
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="needs the tesseract program (apt-get install "
                                            "tesseract-ocr tesseract-ocr-eng)")


def scanned():
    return need_shared("reports", "mtm-kaz-2023q1-scanned.pdf")


def test_scanned_report_without_ocr_says_pass_ocr():
    with pytest.raises(NoTextLayerError) as err:
        list(read_pages(scanned()))
    assert err.value.one_line().endswith("no text layer: pass --ocr: 7 page(s), pages are images")


def test_raised_marker_becomes_a_small_raised_char():
    """A raised tail re-read as "1" is a small char above the line; the word stays unglued."""
    line = OcrLine((0, 0, 300, 40), 0.0, -8.0, 40.0,
                   [[Glyph("y", (0, 12, 10, 40)), Glyph("e", (10, 12, 20, 32)),
                     Glyph("a", (20, 12, 30, 32)), Glyph("r", (30, 12, 40, 32)),
                     Glyph(".", (40, 28, 44, 32)), Glyph("’", (46, 2, 52, 17))],
                    [Glyph("In", (70, 3, 90, 32))]],
                   [(0, 2, 52, 40), (70, 3, 90, 32)])
    chars = line_chars(line, {0: "1"}, 1.0, 1.0)
    assert "".join(c["text"] for c in chars) == "year.1 In"
    one = next(c for c in chars if c["text"] == "1")
    body = next(c for c in chars if c["text"] == "y")
    assert one["size"] < 0.8 * body["size"]
    assert one["bottom"] < body["bottom"] - 0.12 * body["size"]
    assert one["size"] == pytest.approx(15 / CAP_HEIGHT)


def test_unreadable_raised_tail_is_dropped_not_glued():
    line = OcrLine((0, 0, 300, 40), 0.0, -8.0, 40.0,
                   [[Glyph("2", (0, 3, 18, 32)), Glyph("0", (18, 3, 36, 32)),
                     Glyph(".", (36, 28, 40, 32)), Glyph("°", (42, 2, 50, 14))]],
                   [(0, 2, 50, 32)])
    assert "".join(c["text"] for c in line_chars(line, {0: ""}, 1.0, 1.0)) == "20."


def test_ocr_unavailable_is_one_line(tmp_path):
    """Without the tesseract program, --ocr fails with one line that says how to install it."""
    env = dict(os.environ, PATH=str(tmp_path))     # no tesseract on this PATH
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract", str(scanned()), "--ocr",
                           "-o", str(tmp_path / "out"), "--jobs", "1"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "OCR unavailable: the tesseract program is not installed" in lines[0]
    assert "Traceback" not in proc.stderr


@needs_tesseract
def test_scanned_report_with_ocr_scores(tmp_path):
    """The whole scanned reference through the CLI with --ocr: every figure flagged, recall at
    target (measured 0.957, precision 0.982, sources 0.817 on Tesseract 5.3)."""
    from extractor.scoring import score_figures

    gold = json.loads(need_shared("gold", "mtm-kaz-2023q1.gold.json").read_text("utf-8"))
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract", str(scanned()), "--ocr",
                           "-o", str(out), "--jobs", "1", "--timeout", "400"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr
    figures = [json.loads(line) for line in
               (out / "KAZ-2023-Q1.figures.jsonl").read_text("utf-8").splitlines()]
    assert figures and all("ocr" in f["flags"] for f in figures)
    report = json.loads((out / "KAZ-2023-Q1.json").read_text("utf-8"))
    assert report["metadata"]["ocr"] is True
    score = score_figures(gold["figures"], figures)
    assert score.recall >= RECALL_TARGET, score.report()


def test_ocr_leaves_pages_with_a_text_layer_alone(reference_pdf):
    """--ocr reads only pages without a text layer: the text reference gets no OCR at all."""
    pages = list(read_pages(reference_pdf, ocr=True))
    assert len(pages) == 7 and not any(p.ocr for p in pages)
    assert all(p.chars and all(c["fontname"] != "OCR" for c in p.chars) for p in pages)
