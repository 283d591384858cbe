"""The review page as text: escaping, one highlight per figure, the script's hash, determinism."""
from __future__ import annotations

import base64
import hashlib
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from reports_in_memory import fig, find_box, report, tiny_pdf  # noqa: E402

from extractor.models import NumberRecord  # noqa: E402
from extractor.review import review_html, write_review  # noqa: E402

HOSTILE = "<script>alert(1)</script>"
HOSTILE_IMG = '<img src=x onerror="alert(2)">'
PAGES = [["Arrivals reached 2,000 in the quarter.", "Nationals of Alpha (60%) and Beta (45%)."],
         ["Nothing here.", "The index stood at 42.5 points."],
         [f"A quote with {HOSTILE} and {HOSTILE_IMG} inside.", "Beta (45.0%)",
          f"Another 7 entries {HOSTILE}."]]


def numbers(pdf: Path) -> list[NumberRecord]:
    """The sample's accounted numbers: a figure's, one explained, and three unread (on page 2;
    on page 3 with hostile text; in a running header, without a box)."""
    return [
        NumberRecord(page=1, box=find_box(pdf, 1, "2,000"), printed="2,000", status="figure",
                     kind="body", figure_id="arrivals/total"),
        NumberRecord(page=1, box=find_box(pdf, 1, "60%"), printed="60", status="not_figure",
                     kind="body", reason="label", rule="ACC:test"),
        NumberRecord(page=2, box=find_box(pdf, 2, "42.5"), printed="42.5", status="unread",
                     kind="body", rule="F:none", sentence=PAGES[1][1]),
        NumberRecord(page=3, box=find_box(pdf, 3, "7 entries"), printed=f"7 {HOSTILE_IMG}",
                     status="unread", kind="body", rule="F:none", sentence=PAGES[2][2]),
        NumberRecord(page=1, box=None, printed="12", status="unread", kind="header",
                     sentence=f"IOM Kazakhstan | 12 {HOSTILE}"),
    ]


def sample(tmp_path: Path):
    """A three-page PDF and a report of its figures (the shares fail shares_sum on purpose;
    figure 3's box covers the boxes of figures 0-2; the hostile quote is the last figure's)
    and of its numbers (`numbers`: three unread, one of them without a box)."""
    pdf = tmp_path / "sample.pdf"
    pdf.write_bytes(tiny_pdf(PAGES))
    line1, line2, hostile = PAGES[0][0], PAGES[0][1], PAGES[2][0]
    figures = [
        fig("arrivals", "total", "persons", 2000.0, quote=line1, text="2,000",
            box=find_box(pdf, 1, "2,000")),
        fig("arrivals", "share", "percent", 60.0, country="UZB", quote=line2, text="60%",
            box=find_box(pdf, 1, "60%"), footnotes=["1"]),
        fig("arrivals", "share", "percent", 45.0, country="RUS", quote=line2, text="45%",
            box=find_box(pdf, 1, "45%"), extra_mentions=[(3, find_box(pdf, 3, "45.0%"))]),
        # a statement broken over two lines: one box over both, drawn under the smaller ones
        fig("arrivals", "total", "persons", 1900.0, group="CIS", quote=line1, text="2,000",
            box=(70.0, 60.0, 400.0, 95.0)),
        fig("departures", "total", "persons", 5.0, quote=hostile, page=3, text=HOSTILE,
            box=find_box(pdf, 3, HOSTILE), footnotes=["9"]),
    ]
    rep = report(figures, [("1", 1, f"Source with {HOSTILE_IMG}")], title=f"Title {HOSTILE}",
                 pages=3)
    return pdf, rep.model_copy(update={"numbers": numbers(pdf)})


def test_one_highlight_per_figure_and_escaped_text(tmp_path):
    pdf, rep = sample(tmp_path)
    out = write_review(pdf, tmp_path / "review.html", report=rep)
    html = out.read_text("utf-8")
    assert len(re.findall(r'<a class="hl[ "]', html)) == len(rep.figures) == 5
    assert len(re.findall(r'<a class="hl2[ "]', html)) == 1
    assert len(re.findall(r"<img ", html)) == 3           # the three pages, nothing else
    assert html.count("<script") == 1 and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in html
    # the failed checks stand before the pages: shares_sum (105%) and the dangling footnote 9
    head = html[:html.index('<div id="pages"')]
    assert "shares_sum" in head and "footnote_resolves" in head
    assert head.index("Failed checks: 2 of") > 0


def test_script_allowed_only_by_its_hash(tmp_path):
    pdf, rep = sample(tmp_path)
    html = write_review(pdf, tmp_path / "r.html", report=rep).read_text("utf-8")
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    assert f"script-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_boxes_scale_from_points_to_pixels(tmp_path):
    pdf, rep = sample(tmp_path)
    html = write_review(pdf, tmp_path / "r.html", report=rep).read_text("utf-8")
    x0, top, _, _ = rep.figures[0].mentions[0].box
    m = re.search(r'id="h-0" [^>]*style="left:([\d.]+)px;top:([\d.]+)px', html)
    assert m, "no highlight h-0"
    assert float(m.group(1)) == pytest.approx(x0 * 1.3 - 2, abs=1.0)
    assert float(m.group(2)) == pytest.approx(top * 1.3 - 2, abs=1.0)


def test_deterministic(tmp_path):
    pdf, rep = sample(tmp_path)
    a = write_review(pdf, tmp_path / "a.html", report=rep).read_bytes()
    b = write_review(pdf, tmp_path / "b.html", report=rep).read_bytes()
    assert a == b


def test_review_html_without_checks_says_so(tmp_path):
    _, rep = sample(tmp_path)
    html = review_html(rep.model_copy(update={"checks": []}), [])
    assert "All 0 checks passed" in html and html.count('<a class="hl') == 0


def test_review_command_refuses_what_is_not_a_report(tmp_path, capsys):
    from extractor.cli import main

    pdf = tmp_path / "hostile.pdf"
    pdf.write_bytes(tiny_pdf([[f"Nothing but {HOSTILE} here."]]))
    assert main(["review", str(pdf), "-o", str(tmp_path / "r.html")]) == 1
    assert main(["review", str(tmp_path / "absent.pdf"), "-o", str(tmp_path / "r.html")]) == 1
    assert not (tmp_path / "r.html").exists()
    err = capsys.readouterr().err
    assert "hostile.pdf" in err and "absent.pdf" in err


def test_review_command_on_the_reference_report(tmp_path, reference_pdf, capsys):
    from extractor.cli import main
    from extractor.pipeline import extract_report

    out = tmp_path / "review.html"
    assert main(["review", str(reference_pdf), "-o", str(out)]) == 0
    html = out.read_text("utf-8")
    n = len(extract_report(reference_pdf).figures)
    assert n > 0 and len(re.findall(r'<a class="hl[ "]', html)) == n
    assert len(re.findall(r"<img ", html)) == 7


SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.parametrize("name, slip", [("mtm-kaz-2024q3-bilingual-chromium", True),
                                        ("mtm-kaz-2023q1-sidebyside-libreoffice", False)])
def test_review_command_shows_a_translation_slip(tmp_path, name, slip):
    """The planted slip (48.5% in English, 45,8% in Russian) stands among the failed checks with
    both quotes; the side-by-side edition, without a slip, lists en_ru_agree among the passed."""
    from extractor.cli import main

    out = tmp_path / "review.html"
    assert main(["review", str(SAMPLES / f"{name}.pdf"), "-o", str(out)]) == 0
    html = out.read_text("utf-8")
    failed = html.split('<ol class="failed">', 1)[1].split("</ol>", 1)[0] if '<ol class="failed">' in html else ""
    if slip:
        assert '<span class="rule">en_ru_agree</span>' in failed
        assert "48.5%" in failed and "45,8%" in failed
    else:
        assert "en_ru_agree" not in failed
        assert "en_ru_agree: all 23 figures are stated in English and Russian alike" in html


def test_unread_numbers_highlighted_apart_and_listed(tmp_path):
    pdf, rep = sample(tmp_path)
    html = write_review(pdf, tmp_path / "r.html", report=rep).read_text("utf-8")
    # a highlight of its own for each unread number with a box; the header's is listed only
    assert len(re.findall(r'<a class="hlu"', html)) == 2
    assert 'id="hu-0"' in html and 'id="hu-1"' in html and 'id="hu-2"' not in html
    assert len(re.findall(r'<tr id="u-\d" class="unr"', html)) == 3
    assert 'title="unread #0: 42.5 | The index stood at 42.5 points."' in html
    # figures and explained numbers get no unread highlight; figures keep their own
    assert len(re.findall(r'<a class="hl[ "]', html)) == len(rep.figures)
    # the hostile printed text and sentence are text, in the title and in the row
    assert "<img src=x" not in html and html.count("<script") == 1
    assert "unread #1: 7 &lt;img src=x onerror=&quot;alert(2)&quot;&gt; | Another 7 entries " \
           "&lt;script&gt;alert(1)&lt;/script&gt;." in html
    assert "IOM Kazakhstan | 12 &lt;script&gt;" in html
    # the unread table comes before the figures, and the rules column is kept
    assert html.index('id="unread"') < html.index('id="figtable"')
    assert "<th>sentence</th>" in html and ">rules</th>" in html


def test_filter_offers_all_figures_unread_failed(tmp_path):
    pdf, rep = sample(tmp_path)
    html = write_review(pdf, tmp_path / "r.html", report=rep).read_text("utf-8")
    values = re.findall(r'<input type="radio" name="show" id="show-(\w+)" value="\1"', html)
    assert values == ["all", "figures", "unread", "failed"]
    assert '<body data-show="all">' in html and 'id="show-all" value="all" autocomplete="off" checked' in html
    assert "unread numbers (3)" in html and "figures (5)" in html and "failed checks (3 figures)" in html
    assert "3 unread numbers" in html


def test_no_unread_numbers_says_so(tmp_path):
    _, rep = sample(tmp_path)
    html = review_html(rep.model_copy(update={"numbers": []}), [])
    assert "Unread numbers (0)" in html and "Every printed number is a figure or explained" in html
    assert '<a class="hlu"' not in html and 'class="unr"' not in html
