"""The review page in a real headless browser: Debian's chromium driven by playwright.

Skips with a message when /usr/bin/chromium or the playwright package is absent.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_review import HOSTILE, sample  # noqa: E402

from extractor.review import write_review  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="needs the playwright package (pip install -e .[test])")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


class Watched:
    """A page that records console errors, uncaught exceptions and dialogs."""

    def __init__(self, browser, html: Path):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning") and
                     self.errors.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))

        def on_dialog(d):
            self.dialogs.append(f"{d.type}: {d.message}")
            d.dismiss()
        self.page.on("dialog", on_dialog)
        self.page.goto(html.as_uri())
        self.page.wait_for_load_state("load")

    def in_view(self, selector: str) -> bool:
        """The element lies inside the window and inside every scrolling box around it:
        wholly in height, at least partly in width (a table row may be wider than its pane)."""
        return self.page.eval_on_selector(selector, """el => {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) return false;
            const inside = (b) => r.top >= b.top - 1 && r.bottom <= b.bottom + 1
                               && r.left < b.right && r.right > b.left;
            if (!inside({top: 0, left: 0, bottom: innerHeight, right: innerWidth})) return false;
            for (let p = el.parentElement; p; p = p.parentElement) {
                const s = getComputedStyle(p);
                if (/(auto|scroll|hidden)/.test(s.overflow + s.overflowX + s.overflowY)
                    && !inside(p.getBoundingClientRect())) return false;
            }
            return true;
        }""")

    def visible(self, selector: str) -> list[str]:
        """The ids of the elements matching `selector` that are rendered (not display:none,
        nor inside a hidden section)."""
        return self.page.eval_on_selector_all(
            selector, "els => els.filter(e => e.getClientRects().length > 0).map(e => e.id)")

    def close(self):
        self.context.close()


@pytest.fixture
def review(tmp_path, browser):
    pdf, rep = sample(tmp_path)
    html = write_review(pdf, tmp_path / "review.html", report=rep)
    w = Watched(browser, html)
    yield w, rep
    w.close()


def test_loads_clean_with_one_highlight_per_figure(review):
    w, rep = review
    assert w.errors == [] and w.dialogs == []
    assert w.page.locator(".hl").count() == len(rep.figures)
    assert w.page.locator("tbody tr.fig").count() == len(rep.figures)
    assert w.page.locator("tbody tr.unr").count() == 3
    assert w.page.locator("img").count() == 3


def test_row_click_brings_its_highlight_into_view(review):
    w, rep = review
    last = len(rep.figures) - 1                     # its box is on page 3, far below the fold
    assert not w.in_view(f"#h-{last}")
    w.page.click(f"#f-{last} td:nth-child(5)")
    assert w.in_view(f"#h-{last}")
    assert "sel" in w.page.get_attribute(f"#h-{last}", "class")
    assert "sel" in w.page.get_attribute(f"#f-{last}", "class")
    # and back: clicking a box selects its row (and only that row); the box lies inside the
    # larger box of figure 3, which must not take the click
    w.page.click("#f-0 td:nth-child(5)")
    w.page.click("#h-2", timeout=3000)
    assert "sel" in w.page.get_attribute("#f-2", "class")
    assert w.page.locator("tr.sel").count() == 1 and w.in_view("#f-2")
    # the secondary box of figure 2 (page 3) is marked with it
    assert "sel" in w.page.get_attribute("#h-2-1", "class")
    assert w.errors == []


def test_failed_check_link_selects_its_figure(review):
    w, _ = review
    w.page.click("ol.failed li:first-child a.go")
    assert w.page.locator("tr.sel").count() == 1
    n = w.page.get_attribute("tr.sel", "data-n")
    assert w.in_view(f"#h-{n}")


def test_hostile_text_runs_nothing(review):
    w, rep = review
    assert w.dialogs == [] and w.errors == []
    page = w.page
    assert page.locator("script").count() == 1
    assert page.locator("[onerror]").count() == 0
    assert page.locator("img").count() == 3
    # the hostile strings are there as text, so escaping (not dropping) kept them
    assert HOSTILE in page.inner_text("header") and HOSTILE in page.title()
    assert HOSTILE in page.get_attribute("#f-4 td:nth-child(3)", "title")
    page.click("#f-4")
    page.click("#h-4")
    assert w.dialogs == [] and w.errors == []


def test_reference_report_page(tmp_path, browser, reference_pdf):
    from extractor.pipeline import extract_report

    rep = extract_report(reference_pdf)
    html = write_review(reference_pdf, tmp_path / "review.html", report=rep)
    w = Watched(browser, html)
    try:
        assert w.errors == [] and w.dialogs == []
        assert w.page.locator(".hl").count() == len(rep.figures) > 0
        unread = [n for n in rep.numbers if n.status == "unread"]
        assert w.page.locator("tr.unr").count() == len(unread)
        assert w.page.locator(".hlu").count() == sum(n.box is not None for n in unread)
        last = len(rep.figures) - 1
        w.page.click(f"#f-{last} td:nth-child(5)")
        assert w.in_view(f"#h-{last}")
        w.page.click("#show-unread")
        assert w.visible(".hl, .hl2, tr.fig") == []
        assert len(w.visible(".hlu")) == w.page.locator(".hlu").count()
        assert w.errors == []
    finally:
        w.close()


HOSTILE_LINES = [
    "IOM Migration Tracking Matrix (MTM)",
    f"Overview of the migration situation in Kazakhstan {HOSTILE}",
    "Quarterly Compilation Report (January - March 2023)",
    "2. MIGRATION INFLOW",
    f"The Border Service recorded 1.9 million migrant arrivals {HOSTILE}",
    'in the first quarter of 2023 <img src=x onerror="alert(2)">.',
    "Nationals of Uzbekistan (41.5%) and the Russian Federation (68.5%) "
    "<b onmouseover=alert(3)>x</b> <a href=javascript:alert(4)>y</a>.",
    f"The index stood at 42.5 points {HOSTILE}.",              # read by no frame: unread
]


def test_hostile_pdf_through_the_extractor_runs_nothing(tmp_path, browser):
    """The hostile text travels PDF -> extract_report -> checks -> page, as a real input would."""
    from reports_in_memory import tiny_pdf

    pdf = tmp_path / "hostile.pdf"
    pdf.write_bytes(tiny_pdf([HOSTILE_LINES]))
    html = write_review(pdf, tmp_path / "review.html")          # extracts, checks, writes
    w = Watched(browser, html)
    try:
        page = w.page
        assert page.locator(".hl").count() >= 3                    # 1.9 million and two shares
        assert page.locator("ol.failed li").count() >= 1           # 41.5 + 68.5 is over 100
        assert "<b onmouseover=alert(3)>x</b>" in page.inner_text("ol.failed")  # text, not tags
        assert page.evaluate("h => [...document.querySelectorAll('td[title]')]"
                             ".some(e => e.title.includes(h))", HOSTILE)   # the quote, as text
        assert page.locator("script").count() == 1
        assert page.locator("[onerror], [onmouseover], a[href^='javascript']").count() == 0
        for n in range(page.locator(".hl").count()):
            page.click(f"#f-{n} td:nth-child(5)")
            page.hover(f"#h-{n}")
        # the unread number: its box's title and its row carry the hostile sentence as text
        assert page.locator(".hlu").count() == 1
        assert HOSTILE in page.get_attribute("#hu-0", "title")
        assert HOSTILE in page.inner_text("#u-0 td.sentence")
        page.click("#u-0 td.sentence")
        page.hover("#hu-0")
        page.click("#hu-0")
        for value in ("unread", "failed", "figures", "all"):
            page.click(f"#show-{value}")
        assert page.locator("script").count() == 1
        assert w.dialogs == [] and w.errors == []
    finally:
        w.close()


def test_failed_check_links_every_figure_it_used(review):
    w, rep = review
    links = w.page.locator("ol.failed li:first-child .used a.go")
    assert links.count() == 2                                  # the two shares that sum over 100
    for i in range(links.count()):
        links.nth(i).click()
        n = w.page.get_attribute("tr.sel", "data-n")
        assert rep.figures[int(n)].statistic == "share" and w.in_view(f"#h-{n}")


def test_unread_numbers_have_their_own_highlight_linked_both_ways(review):
    w, rep = review
    page = w.page
    assert w.visible(".hlu") == ["hu-0", "hu-1"]               # the header's number has no box
    assert w.visible("tr.unr") == ["u-0", "u-1", "u-2"]
    # distinct from a figure's highlight: dotted, another colour
    style = page.eval_on_selector("#hu-0", "e => { const s = getComputedStyle(e); "
                                           "return [s.borderTopStyle, s.borderTopColor]; }")
    fig = page.eval_on_selector("#h-0", "e => { const s = getComputedStyle(e); "
                                        "return [s.borderTopStyle, s.borderTopColor]; }")
    assert style[0] == "dotted" and style[1] != fig[1]
    # its title is the printed text and the sentence
    assert page.get_attribute("#hu-0", "title") == "unread #0: 42.5 | The index stood at 42.5 points."
    # row -> highlight: page 2 lies below the fold until the row is clicked
    assert not w.in_view("#hu-0")
    page.click("#u-0 td.sentence")
    assert w.in_view("#hu-0") and "sel" in page.get_attribute("#hu-0", "class")
    assert page.locator(".sel").count() == 2                   # the row and its box, nothing else
    # highlight -> row
    page.click("#u-2 td.sentence")                             # no box: the row alone
    assert page.locator(".sel").count() == 1 and "sel" in page.get_attribute("#u-2", "class")
    page.click("#hu-1")
    assert "sel" in page.get_attribute("#u-1", "class") and w.in_view("#u-1")
    assert page.locator("tr.sel").count() == 1
    assert w.errors == [] and w.dialogs == []


def test_filter_shows_and_hides_highlights_and_rows(review):
    from extractor.checks import run_checks

    w, rep = review
    page = w.page
    checked, _ = run_checks(rep)
    bad = [n for n, f in enumerate(checked.figures) if any(x.startswith("check:") for x in f.flags)]
    assert 0 < len(bad) < len(rep.figures)
    figs = [f"h-{n}" for n in range(len(rep.figures))]
    rows = [f"f-{n}" for n in range(len(rep.figures))]
    seen = {
        "all": (figs, ["h-2-1"], ["hu-0", "hu-1"], rows, ["u-0", "u-1", "u-2"]),
        "figures": (figs, ["h-2-1"], [], rows, []),
        "unread": ([], [], ["hu-0", "hu-1"], [], ["u-0", "u-1", "u-2"]),
        "failed": ([f"h-{n}" for n in bad], ["h-2-1"] if 2 in bad else [], [],
                   [f"f-{n}" for n in bad], []),
    }
    for value in ("figures", "unread", "failed", "all"):
        page.click(f"#show-{value}")
        assert page.get_attribute("body", "data-show") == value
        assert page.is_checked(f"#show-{value}")
        got = tuple(sorted(w.visible(s)) for s in (".hl", ".hl2", ".hlu", "tr.fig", "tr.unr"))
        assert got == tuple(sorted(ids) for ids in seen[value]), value
    assert w.errors == [] and w.dialogs == []


def test_selecting_what_the_filter_hides_shows_all_again(review):
    w, _ = review
    page = w.page
    page.click("#show-unread")
    assert w.visible("tr.fig") == []
    page.click("ol.failed li:first-child a.go")                # a failed check's figure
    assert page.get_attribute("body", "data-show") == "all" and page.is_checked("#show-all")
    n = page.get_attribute("tr.sel", "data-n")
    assert w.in_view(f"#h-{n}") and w.in_view(f"#f-{n}")
    assert w.errors == []
