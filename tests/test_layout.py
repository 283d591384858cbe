"""Page layout on small hand-built pages: columns, raised markers, footnote blocks, running heads.

Each page is a list of character dicts as `extractor.pdf` hands them on (text, box, size, font),
set by `line()` in a fixed-width font so positions are easy to reason about. The texts are made
up for these tests.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from extractor.layout import _cell_edges, _group_rows, _gutters, body_size, layout_pages
from extractor.tables import wrapped_row_labels
from extractor.types import Block

WIDTH, HEIGHT = 595.0, 842.0
ADVANCE = 0.5           # character width as a fraction of its size
BODY = 10.0
NOTE = 7.0


@dataclass(frozen=True)
class FakePage:
    """What layout reads of a `RawPage`."""
    number: int
    chars: tuple
    width: float = WIDTH
    height: float = HEIGHT
    ocr: bool = False


def line(text: str, x: float, top: float, size: float = BODY, font: str = "Helvetica",
         raise_by: float = 0.0) -> list[dict]:
    """Characters of `text` from `x`, their tops at `top` (less `raise_by` for superscripts)."""
    chars = []
    for ch in text:
        w = ADVANCE * size
        chars.append({"text": ch, "x0": x, "x1": x + w, "top": top - raise_by,
                      "bottom": top - raise_by + size, "size": size, "fontname": font,
                      "upright": True})
        x += w
    return chars


def after(chars: list[dict]) -> float:
    return chars[-1]["x1"]


def marker(label: str, x: float, line_top: float, size: float = BODY) -> list[dict]:
    """A footnote marker: 60 % of the line's size, its bottom well above the line's."""
    return line(label, x, line_top, size * 0.6, raise_by=size * 0.1)


def paragraph(texts: list[str], x: float, top: float, size: float = BODY) -> list[dict]:
    out = []
    for i, text in enumerate(texts):
        out += line(text, x, top + i * size * 1.3, size)
    return out


FILLER = "the quarter saw steady movement across all border points"


def blocks_of(page) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in page.blocks]


# --- columns ---------------------------------------------------------------------------------

def test_two_columns_read_left_column_first():
    # 50 characters of 5 pt: columns 250 pt wide with a 15 pt gutter
    left = [(f"Left {i} " + FILLER)[:50] for i in range(1, 4)]
    right = [(f"Right {i} " + FILLER)[:50] for i in range(1, 4)]
    chars = paragraph(left, 40, 100) + paragraph(right, 40 + 250 + 15, 100)
    page, = layout_pages([FakePage(1, tuple(chars))])
    texts = [t for _, t in blocks_of(page)]
    assert texts == [" ".join(t.strip() for t in left), " ".join(t.strip() for t in right)]
    assert [b.column for b in page.blocks] == [0, 1]


def test_a_larger_heading_beyond_the_gutter_opens_the_next_column():
    # the left column's line "... – 5.7 percent" shares its baseline with the right column's
    # heading in 14 pt; the 15 pt gutter is wider than 1.4 body sizes but narrower than 1.4
    # heading sizes: the row is still two lines, and the body's digits are no note markers
    left = ["Permits rose in the second quarter by – 5.7 percent",
            "more than a year before, said the ministry."]
    chars = paragraph(left, 40, 100)
    chars += line("4 LABOUR MIGRATION", 40 + 255 + 15, 100 - 3, size=14.0, font="Helvetica-Bold")
    chars += paragraph(["Local bodies registered many foreign workers in", "the quarter, the ministry said."],
                       40 + 255 + 15, 130)
    page, = layout_pages([FakePage(1, tuple(chars))])
    texts = [t for _, t in blocks_of(page)]
    assert any(t.startswith("Permits rose in the second quarter by – 5.7 percent more") for t in texts), texts
    assert "4 LABOUR MIGRATION" in texts
    assert not any(b.markers for b in page.blocks)


# --- markers ---------------------------------------------------------------------------------

def test_raised_marker_after_a_number_is_a_marker_not_a_digit():
    head = line("Arrivals reached 12,345", 40, 100)
    mark = marker("7", after(head), 100)
    tail = line(" persons in the quarter.", after(mark), 100)
    page, = layout_pages([FakePage(1, tuple(head + mark + tail))])
    block, = page.blocks
    assert block.text == "Arrivals reached 12,345 persons in the quarter."
    m, = block.markers
    assert (m.label, m.offset) == ("7", len("Arrivals reached 12,345"))


def test_two_digit_marker_keeps_both_digits():
    head = line("Permits rose to 4,210.", 40, 100)
    mark = marker("12", after(head), 100)
    page, = layout_pages([FakePage(1, tuple(head + mark))])
    assert page.blocks[0].text == "Permits rose to 4,210."
    assert [m.label for m in page.blocks[0].markers] == ["12"]



def test_a_marker_at_exactly_the_size_ratio_is_a_marker():
    """Producers store 0.8 x 9 pt as 7.2000003: the marker must not join the year before it."""
    head = line("Table 2. Permits by region, July-September 2031", 40, 100, size=9.0)
    mark = line("4", after(head), 100, size=9.0 * 0.8 + 1e-6, raise_by=2.5)
    page, = layout_pages([FakePage(1, tuple(head + mark))])
    assert page.blocks[0].text == "Table 2. Permits by region, July-September 2031"
    assert [m.label for m in page.blocks[0].markers] == ["4"]

@pytest.mark.parametrize("size,raise_by,marked", [(6.5, 2.8, True), (6.5, 0.5, False), (7.2, 2.8, False),
                                                  (7.0, 3.5, True), (7.0, 1.5, False)],
                         ids=["little-smaller-high", "little-smaller-low", "near-size",
                              "hardly-smaller-very-high", "hardly-smaller-high"])
def test_a_marker_a_little_smaller_than_its_line_counts_where_it_stands_high(size, raise_by, marked):
    """6.5 pt digits whose foot stands 4.3 pt above the line's, after an 8 pt caption's year,
    are its note's label; raised little, or nearly the line's size, they are the year's digits."""
    head = line("Figure 1. Money sent by country, April-June 2031", 40, 100, size=8.0)
    mark = line("19", after(head), 100, size=size, raise_by=raise_by)
    page, = layout_pages([FakePage(1, tuple(head + mark))])
    assert [m.label for m in page.blocks[0].markers] == (["19"] if marked else [])


# --- footnotes -------------------------------------------------------------------------------

def _page_with_notes(number: int, sources: list[str], notes_top: float = 740.0) -> list[dict]:
    """Body text with one marker per source, and the numbered notes at the foot."""
    chars = []
    top = 100.0
    for i, _ in enumerate(sources, start=1):
        body = line(f"Statement {i} gives 1,{i}00 arrivals for {FILLER}.", 40, top)
        chars += body + marker(str(i + 10 * (number - 1)), after(body), top)
        top += BODY * 1.3
    for i, source in enumerate(sources, start=1):
        t = notes_top + (i - 1) * NOTE * 1.5
        label = marker(str(i + 10 * (number - 1)), 40, t, NOTE)
        chars += label + line(source, after(label), t, NOTE)
    return chars


def test_footnote_block_is_taken_off_the_page_even_when_notes_outnumber_body_text():
    # the notes hold more characters than the running text (sample 2023q3 chromium)
    sources = [f"Agency number {i} of the ministry, statistics of the quarter, {FILLER}, "
               f"{FILLER}." for i in range(1, 4)]
    chars = _page_with_notes(1, sources)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert body_size(chars) == BODY
    assert [(f.label, f.text) for f in page.footnotes] == [
        (str(i), s) for i, s in enumerate(sources, start=1)]
    assert all(b.kind == "body" for b in page.blocks)
    assert not any("Agency number" in b.text for b in page.blocks)
    assert [m.label for b in page.blocks for m in b.markers] == ["1", "2", "3"]


def test_plain_numbered_note_with_continuation_line():
    body = line(f"One statement of 5,100 arrivals for {FILLER}.", 40, 100)
    chars = body + marker("1", after(body), 100)
    chars += line("1 Border agency, crossings of the state border, April–", 40, 760, NOTE)
    chars += line("June of the year.", 52, 760 + NOTE * 1.3, NOTE)
    page, = layout_pages([FakePage(1, tuple(chars))])
    note, = page.footnotes
    assert note.label == "1"
    assert note.text == "Border agency, crossings of the state border, April–June of the year."


def test_a_note_broken_across_two_columns_of_notes_keeps_its_last_line():
    # note 2 stops mid-sentence at the foot of the left column and runs on at the top of the
    # right one, over note 3: "September 2025." is note 2's, not a stray line of the page
    chars = []
    for k, text in enumerate(["Arrivals came to 2.1 million", "Departures came to 1.9 million",
                              "Permits came to 61,200"]):
        body = line(f"{text} in the quarter.", 40, 100 + 30 * k)
        chars += body + marker(str(k + 1), after(body), 100 + 30 * k)
    step = NOTE * 1.3
    chars += line("1. Border agency, crossings of the border, 2025.", 40, 760, NOTE)
    chars += line("2. Border agency, exits of foreigners, July–", 40, 760 + step, NOTE)
    chars += line("September 2025.", 320, 760, NOTE)
    chars += line("3. Migration agency, permits, 2025.", 320, 760 + step, NOTE)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [(f.label, f.text) for f in page.footnotes] == [
        ("1", "Border agency, crossings of the border, 2025."),
        ("2", "Border agency, exits of foreigners, July–September 2025."),
        ("3", "Migration agency, permits, 2025.")]
    assert not any("September" in b.text for b in page.blocks)


def test_a_paragraph_back_at_the_labels_edge_under_hanging_notes_is_no_note_text():
    # notes whose wrapped lines hang at their text (x 52), then a remark set at the labels' edge
    # (x 40) in slightly smaller type with no label: the remark is no part of the last note, though
    # that note's line runs to the column's edge (blind designer 51, 2025q2 chromium)
    chars = []
    for k, text in enumerate(["Arrivals came to 2.1 million", "Departures came to 1.9 million"]):
        body = line(f"{text} in the quarter.", 40, 100 + 30 * k)
        chars += body + marker(str(k + 1), after(body), 100 + 30 * k)
    step = NOTE * 1.3
    chars += line("1. Border agency, crossings of the state border by foreign nationals, April–", 40, 740, NOTE)
    chars += line("June of the year.", 52, 740 + step, NOTE)
    chars += line("2. Border agency, exits of foreign nationals registered at the checkpoints, 2025.", 40,
                  740 + 2 * step, NOTE)
    chars += line("Callout figures restate figures of the sections and share their notes.", 40, 740 + 3 * step, 6.8)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [(f.label, f.text) for f in page.footnotes] == [
        ("1", "Border agency, crossings of the state border by foreign nationals, April–June of the year."),
        ("2", "Border agency, exits of foreign nationals registered at the checkpoints, 2025.")]


# --- running heads ---------------------------------------------------------------------------

HEAD = "Quarterly migration bulletin (made-up edition)"


def _page(number: int, extra: list[dict]) -> FakePage:
    chars = line(HEAD, 40, 20, 8) + line(str(number), 540, 815, 8)
    chars += paragraph([f"Page {number} opens with {FILLER}", f"and goes on with {FILLER}"], 40, 100)
    return FakePage(number, tuple(chars + extra))


def test_running_header_and_page_number_are_dropped_on_both_pages():
    pages = layout_pages([_page(1, []), _page(2, [])])
    for page in pages:
        assert HEAD in page.header
        assert str(page.number) in page.header
        assert all(HEAD not in b.text for b in page.blocks)
        assert len(page.blocks) == 1


def test_footer_above_the_narrow_band_goes_but_repeated_notes_stay():
    # a footer 5 % above the foot, right under the notes (sample 2024q2 libreoffice), and
    # the same source noted at the same height on both pages
    footer = "Monitoring team, prepared with official data"
    source = "Bureau of statistics, quarterly release of the year."
    pages = []
    for n in (1, 2):
        body = line(f"Statement on page {n} of 3,{n}00 persons and {FILLER}.", 40, 200)
        label = marker(str(n), 40, 770, NOTE)
        extra = body + marker(str(n), after(body), 200) + label + line(source, after(label), 770,
                                                                        NOTE)
        extra += line(footer, 40, 798, 7.6)
        pages.append(_page(n, extra))
    laid = layout_pages(pages)
    for n, page in zip((1, 2), laid):
        assert footer in page.header
        assert [(f.label, f.text) for f in page.footnotes] == [(str(n), source)]


def test_single_page_keeps_its_margin_text_unless_a_page_number():
    page, = layout_pages([_page(1, [])])
    assert page.header == ("1",)
    assert page.blocks[0].text == HEAD


# --- lists -----------------------------------------------------------------------------------

def test_numbered_items_without_gaps_are_separate_blocks():
    items = ["1. Arrivals rose by a tenth.", "2. Transfers fell by a fifth.",
             "3. Permits were stable."]
    page, = layout_pages([FakePage(1, tuple(paragraph(items, 40, 100)))])
    assert [t for _, t in blocks_of(page)] == items


@pytest.mark.parametrize("glyph", ["•", "›", "➢", "✓"])
def test_items_opened_by_a_bullet_glyph_are_separate_blocks(glyph):
    """"› 58.2 thousand workers were registered, the majority from Uzbekistan" then "› KZT
    201.4 bn was sent abroad": each bullet opens an item, whatever its glyph."""
    items = [f"{glyph} 58.2 thousand workers were registered, most from Uzbekistan",
             f"{glyph} KZT 201.4 bn was sent abroad in the quarter"]
    page, = layout_pages([FakePage(1, tuple(paragraph(items, 40, 100)))])
    assert [t for _, t in blocks_of(page)] == items


def test_key_facts_set_line_by_line_with_a_marker_each_are_separate_blocks():
    # no bullets and no full stops: each line ends in its note's marker and the next opens on a
    # figure (or a capital, with a figure of its own); a line of prose ending in a marker and
    # going on in lower case stays one paragraph
    facts = ["3.5 million arrivals of foreign nationals, up 10.5% on Q1 2024",
             "2.5 million departures of foreign nationals recorded at the border",
             "Average exchange rate for the quarter: 450.5 KZT per USD"]
    chars: list[dict] = []
    for i, text in enumerate(facts):
        top = 100 + i * BODY * 1.3
        chars += line(text, 40, top) + marker(str(i + 1), 40 + len(text) * ADVANCE * BODY, top)
    prose = ["Arrivals were counted by the Border Service", "under the rules in force since 2022."]
    top = 200
    chars += line(prose[0], 40, top) + marker("4", 40 + len(prose[0]) * ADVANCE * BODY, top)
    chars += line(prose[1], 40, top + BODY * 1.3)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [t for _, t in blocks_of(page)] == facts + [" ".join(prose)]


def test_wrapped_number_at_line_start_stays_in_its_paragraph():
    texts = ["The number of permits issued rose by", "12. per cent is not a list label here"]
    page, = layout_pages([FakePage(1, tuple(paragraph(texts, 40, 100)))])
    assert [t for _, t in blocks_of(page)] == [" ".join(texts)]


def test_hanging_label_in_larger_type_stays_with_its_note():
    # "1." in 10 pt, the note in 8.2 pt, 11.5 pt apart (sample 2023q4 reportlab notes)
    label = line("1.", 40, 300, 10)
    note = line("Border agency, crossings of the state border.", after(label) + 11.5, 301, 8.2)
    page, = layout_pages([FakePage(1, tuple(paragraph([FILLER] * 4, 40, 100) + label + note))])
    assert [(f.label, f.text) for f in page.footnotes] == [
        ("1", "Border agency, crossings of the state border.")]


@pytest.mark.parametrize("a, b, joined", [
    ("April–June and January–", "June 2024.", "April–June and January–June 2024."),
    ("rose sharply –", "then fell", "rose sharply – then fell"),
    ("well-", "known", "well-known"),
])
def test_lines_of_a_note_join(a, b, joined):
    chars = paragraph([f"Statement of 1,200 persons for {FILLER}."], 40, 100)
    chars += line("1 " + a, 40, 770, NOTE) + line(b, 46, 770 + NOTE * 1.3, NOTE)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert page.footnotes[0].text == joined


# --- tables ----------------------------------------------------------------------------------

def _right(text: str, x1: float, top: float, size: float = BODY) -> list[dict]:
    return line(text, x1 - len(text) * ADVANCE * size, top, size)


def test_header_cell_on_two_lines_is_one_cell():
    # "Share of all," right-aligned over "%" (sample 2024q4 reportlab)
    chars = paragraph([FILLER] * 3, 40, 60)
    chars += _right("Share of all,", 300, 120)
    rows = [("Nationality", "%"), ("Uzbekistan", "41.5"), ("China", "3.2"), ("India", "2.0")]
    for i, (name, share) in enumerate(rows):
        top = 120 + BODY * 1.2 * (i + 1)
        chars += line(name, 60, top) + _right(share, 300, top)
    page, = layout_pages([FakePage(1, tuple(chars))])
    header = next(b for b in page.blocks if b.kind == "table")
    assert header.text == "Nationality Share of all, %"
    assert [header.text[a:b] for a, b in header.cells] == ["Nationality", "Share of all, %"]
    assert len(header.boxes) == len(header.text)
    assert not any(b.text == "Share of all," for b in page.blocks)


def test_caption_over_a_table_stays_a_caption():
    chars = line("Table 9. Invented shares by nationality", 60, 120)
    for i, (name, share) in enumerate([("Uzbekistan", "41.5"), ("China", "3.2")]):
        top = 120 + BODY * 1.2 * (i + 1)
        chars += line(name, 60, top) + _right(share, 300, top)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert page.blocks[0].text == "Table 9. Invented shares by nationality"
    assert [b.text for b in page.blocks[1:]] == ["Uzbekistan 41.5", "China 3.2"]


# --- endnotes (the list that pipeline.endnotes reads off the laid-out pages) -----------------

def test_list_numbers_set_apart_from_their_text_stay_with_it():
    # "1." to "9." stand in a cell of their own, their text 18 pt to the right (wider than a
    # fragment gap): each number opens its own note, while "10." runs into its text; a rank
    # column beside a name and a figure stays a cell of its own
    from extractor.pipeline import endnotes

    chars = paragraph([f"A statement of 2,400 persons for {FILLER}."], 40, 100)
    chars += line("Sources", 40, 300, 13, font="Helvetica-Bold")
    for k, text in enumerate(["Agency one, invented release of the year.", "Agency two, invented release of it."]):
        chars += line(f"{k + 1}.", 40, 330 + 12 * k, 9.5) + line(text, 68, 330 + 12 * k, 9.5)
    chars += line("10. Agency ten, invented release.", 40, 354, 9.5)
    table = paragraph([FILLER] * 2, 40, 60)
    for k, (rank, name, value) in enumerate([("No.", "Region", "Workers"), ("1.", "Almaty city", "12,345"),
                                             ("2.", "Astana city", "9,876")]):
        top = 120 + BODY * 1.2 * k
        table += line(rank, 40, top) + line(name, 70, top) + _right(value, 300, top)
    pages, notes = endnotes(layout_pages([FakePage(1, tuple(table)), FakePage(2, tuple(chars))]))
    assert {k: n.text for k, n in notes.items()} == {
        "1": "Agency one, invented release of the year.", "2": "Agency two, invented release of it.",
        "10": "Agency ten, invented release."}
    row = next(b for b in pages[0].blocks if "Almaty" in b.text)
    assert [row.text[a:b] for a, b in row.cells] == ["1.", "Almaty city", "12,345"]


@pytest.mark.parametrize("heading", ["Notes", "Sources", "Notes and sources", "End notes"])
def test_endnote_list_under_its_heading_becomes_the_notes(heading):
    from extractor.pipeline import endnotes

    items = ["1. Agency one, invented release.", "2. Agency two, invented release."]
    chars = paragraph([f"A statement of 2,400 persons for {FILLER}."], 40, 100)
    chars += line(heading, 40, 300, 13, font="Helvetica-Bold")
    chars += paragraph(items, 40, 330, 9.5)   # not small enough to be page footnotes
    pages, notes = endnotes(layout_pages([FakePage(1, tuple(chars))]))
    assert {k: n.text for k, n in notes.items()} == {
        "1": "Agency one, invented release.", "2": "Agency two, invented release."}
    assert [b.text for b in pages[0].blocks] == [f"A statement of 2,400 persons for {FILLER}."]


def test_a_disclaimer_set_apart_under_the_endnotes_is_no_part_of_the_last_note():
    """"This publication was produced with ..." under the list, left of the notes' numbers and a
    blank line below the last: the list ends there; a note's own second line goes on with it."""
    from extractor.pipeline import endnotes

    chars = paragraph([f"A statement of 2,400 persons for {FILLER}."], 40, 100)
    chars += line("Notes", 40, 300, 13, font="Helvetica-Bold")
    chars += paragraph(["1. Agency one, invented release of the first", "quarter of the year."], 44, 330, 8)
    chars += paragraph(["2. Agency two, invented release."], 44, 352, 8)
    chars += paragraph(["This publication was made with the support of invented donors."], 40, 385, 7.5)
    pages, notes = endnotes(layout_pages([FakePage(1, tuple(chars))]))
    assert {k: n.text for k, n in notes.items()} == {
        "1": "Agency one, invented release of the first quarter of the year.", "2": "Agency two, invented release."}


def test_endnotes_set_close_together_with_raised_labels_are_one_note_each():
    """Notes whose labels are raised markers and whose lines join into one block: each marker
    opens a note of its own (a Word "Notes" block at a section's end)."""
    from extractor.pipeline import endnotes

    chars = paragraph([f"A statement of 2,400 persons for {FILLER}."], 40, 100)
    chars += line("Notes", 40, 300, 9.5, font="Helvetica-Bold")
    top = 316
    for label, text in (("7", "Agency seven, invented release."), ("8", "Agency eight, invented release.")):
        chars += marker(label, 40, top, 9.5) + line(text, 46, top, 9.5)
        top += 9.5 * 1.3
    pages, notes = endnotes(layout_pages([FakePage(1, tuple(chars))]))
    assert {k: n.text for k, n in notes.items()} == {
        "7": "Agency seven, invented release.", "8": "Agency eight, invented release."}


def test_a_notes_line_in_small_type_still_opens_the_notes():
    """"Notes" set in the notes' own small type (no heading by size) opens the list all the same."""
    from extractor.pipeline import endnotes

    chars = paragraph([f"A statement of 2,400 persons for {FILLER}."] * 3, 40, 100)
    chars += line("Notes", 40, 300, 7.5)
    top = 312
    for label, text in (("4", "Agency four, invented release."), ("5", "Agency five, invented release.")):
        chars += marker(label, 40, top, 7.5) + line(text, 46, top, 7.5)
        top += 7.5 * 1.6
    chars += paragraph([f"More text of {FILLER}."] * 3, 40, 360)
    pages, notes = endnotes(layout_pages([FakePage(1, tuple(chars))]))
    assert {k: n.text for k, n in notes.items()} == {
        "4": "Agency four, invented release.", "5": "Agency five, invented release."}


def test_two_markers_raised_together_are_two_labels():
    chars = line("Table 3. Invented transfers by country", 40, 100)
    chars += marker("12,13", after(chars), 100)
    page, = layout_pages([FakePage(1, tuple(chars + paragraph([FILLER] * 3, 40, 140)))])
    assert [m.label for m in page.blocks[0].markers] == ["12", "13"]


# --- designer round 1 (blind designer1) -------------------------------------------------------

def _justified(words: list[str], x0: float, x1: float, top: float) -> list[dict]:
    """A justified line: its words spread evenly from `x0` to `x1`."""
    ink = sum(len(w) for w in words) * ADVANCE * BODY
    gap = (x1 - x0 - ink) / (len(words) - 1)
    chars, x = [], x0
    for w in words:
        chars += line(w, x, top)
        x = after(chars) + gap
    return chars


def test_stretched_justified_line_of_a_narrow_column_stays_one_line():
    # three words spread over a 170 pt column: the gaps (about 2.7 font sizes) look like cells
    left = paragraph([FILLER[:30]] * 3, 40, 100)
    lines = line("Exits followed the same seasonal", 223, 100)
    x1 = after(lines)
    lines += _justified(["Uzbekistan", "38.1%,", "Russian"], 223, x1, 113)
    lines += line("Federation 21.4%, Kyrgyzstan 16.9", 223, 126)
    page, = layout_pages([FakePage(1, tuple(left + lines))])
    assert ("body", "Exits followed the same seasonal Uzbekistan 38.1%, Russian "
                    "Federation 21.4%, Kyrgyzstan 16.9") in blocks_of(page)


def test_a_stretched_first_line_at_a_columns_top_takes_the_extent_of_the_paragraph_under_it():
    """"and   Uzbekistan   (18.6%)   again" stretched over a column's width at its top, over the
    short last line of its paragraph: its extent is that of the next paragraph's lines a few
    lines down (blind designer42, 2025q2 chromium2, page 2)."""
    left = paragraph([FILLER[:30]] * 6, 40, 100)
    right = _justified(["and", "Uzbekistan", "(18.6%)", "again"], 223, 397, 100)
    right += line("headed the list.", 223, 113)
    right += _justified(["As", "of", "30", "June,", "41.7", "thousand"], 223, 397, 139)
    right += line("were living in the country.", 223, 152)
    page, = layout_pages([FakePage(1, tuple(left + right))])
    assert any("and Uzbekistan (18.6%) again headed the list." in t for _, t in blocks_of(page))


def test_two_pieces_of_one_row_far_from_a_full_line_are_two_columns():
    """Two columns' lines level with each other, a full-width paragraph some lines above: the
    two pieces of each row are not one stretched line (blind round1, 2023q1 twocol-chromium)."""
    chars = line("This issue of the digest summarises the official statistics for the first quarter of", 40, 60)
    chars += line("2031 as published by the state bodies; all regions and cities are covered here.", 40, 73)
    left = ["Between January and March 2031,", "1,318,406 foreign nationals entered", "the country and 1,251,930 left it."]
    right = ["Temporary residence permits were", "issued to 58,917 foreigners in the", "quarter: most went to workers."]
    for k, (a, b) in enumerate(zip(left, right)):
        chars += line(a, 40, 112 + 13 * k) + line(b, 240, 112 + 13 * k)
    page, = layout_pages([FakePage(1, tuple(chars))])
    texts = [t for _, t in blocks_of(page)]
    assert " ".join(left) in texts and " ".join(right) in texts


def test_small_type_paragraph_is_one_block_but_a_numbered_list_is_not():
    small = ["The National Bank counts transfers", "through money transfer systems and",
             "bank accounts of individuals."]
    listed = ["3 Labour migration and residence", "4 Kazakhstani citizens abroad"]
    chars = paragraph([f"Body {FILLER}"], 40, 60) + paragraph(small, 40, 100, NOTE)
    chars += paragraph(listed, 40, 160, NOTE) + paragraph([f"Body {FILLER}"], 40, 200)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert blocks_of(page)[1:-1] == [("body", " ".join(small)), ("legend", listed[0]),
                                     ("legend", listed[1])]


def test_small_type_paragraph_opening_on_a_short_wrapped_line_is_one_block():
    """A narrow small-type paragraph whose first line is short because the next word would not
    fit; a two-entry legend whose second entry is short stays two entries."""
    small = ["About 3.9 thousand", "travellers crossed into the", "neighbouring state on work",
             "visas during the spring."]
    legend = ["Sent from abroad", "Received"]
    chars = paragraph([f"Body {FILLER}"], 40, 60) + paragraph(small, 40, 100, NOTE)
    chars += paragraph(legend, 40, 160, NOTE) + paragraph([f"Body {FILLER}"], 40, 200)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert blocks_of(page)[1:-1] == [("body", " ".join(small)), ("legend", legend[0]),
                                     ("legend", legend[1])]


def test_paragraph_running_on_into_the_next_column_is_one_block():
    left = paragraph([FILLER[:40]] * 2, 40, 100)
    left += paragraph([FILLER[:40], "Transfers to Russia came to KZT 62.3"], 40, 140)
    right = paragraph(["bn, to Uzbekistan KZT 45.9 bn.", FILLER[:40]], 300, 100)
    right += paragraph(["A new paragraph starts here."], 300, 140)
    page, = layout_pages([FakePage(1, tuple(left + right))])
    texts = [t for _, t in blocks_of(page)]
    assert any("came to KZT 62.3 bn, to Uzbekistan KZT 45.9 bn." in t for t in texts)


@pytest.mark.parametrize("glyph,font", [("n", "ZapfDingbats"), ("\uf0b7", "OpenSymbol")],
                         ids=["dingbat-letter", "private-use-bullet"])
def test_symbol_font_bullets_open_items_even_without_a_full_stop(glyph, font):
    """A list set with ZapfDingbats squares (the font's "n") or with the private-use bullet
    Word and LibreOffice write (U+F0B7): each bullet opens an item of its own, read as "•",
    though the items end with no full stop."""
    chars = paragraph([f"Opening text: {FILLER}"] * 3, 40, 60)
    items = ["About 2.8 million arrivals, the most since 2019", "64.2 thousand foreign workers registered"]
    for i, text in enumerate(items):
        top = 140 + i * 13
        chars += line(glyph, 48, top, font=font) + line(text, 62, top)
    page, = layout_pages([FakePage(1, tuple(chars))])
    texts = [b.text for b in page.blocks]
    assert any(t.startswith("• About 2.8 million") or t.startswith("About 2.8 million") for t in texts)
    assert not any("2019" in t and "64.2" in t for t in texts)
    assert not any(" n " in f" {t} " for t in texts)


# --- narrow columns of prose (designer layouts with a sidebar) ---------------------------------

PROSE_LEFT = ["Over the quarter the service counted", "many arrivals of foreign citizens",
              "and stateless persons, or more than", "in the quarter before it."]
PROSE_RIGHT = ["Departures moved almost in step and", "most of them went through the road",
               "crossings on the southern borders", "during the last weeks of the month."]


def _narrow_columns(right_top: float = 100) -> list[dict]:
    """A title across the page over two columns of prose 180 pt wide with a 20 pt gutter:
    each column is narrower than a table cell may be, and their lines stand level."""
    chars = line("Migration report " + FILLER + " " + FILLER[:30], 40, 60, font="Helvetica-Bold")
    return chars + paragraph(PROSE_LEFT, 40, 100) + paragraph(PROSE_RIGHT, 240, right_top)


def test_narrow_columns_of_prose_are_columns_not_table_rows():
    page, = layout_pages([FakePage(1, tuple(_narrow_columns()))])
    body = [(k, t) for k, t in blocks_of(page)[1:]]
    assert body == [("body", " ".join(PROSE_LEFT)), ("body", " ".join(PROSE_RIGHT))]


TABLE_ROWS = [("Country", "Persons", "Share"), ("Aland", "12,400", "41.2"), ("Borduria", "9,100", "30.3"),
              ("Carpania", "4,250", "14.1"), ("Total", "30,100", "-")]
FIGURE_LEFT = ["Permits were granted to 40,150 people in", "the quarter, 12.5% more than in the last",
               "one; by nationality Aland had 35.4% of it."]
FIGURE_RIGHT = ["Of the 61,200 workers, 13,450 were in the", "capital and 8,720 in the second city, while",
                "the third city followed with 5,310 ones."]


def _table_rows(top: float) -> list[dict]:
    chars = []
    for i, (a, b, c) in enumerate(TABLE_ROWS):
        chars += line(a, 40, top + i * 13) + _right(b, 330, top + i * 13) + _right(c, 520, top + i * 13)
    return chars


@pytest.mark.parametrize("table_top,text_top", [(60, 160), (160, 60)], ids=["table over", "table under"])
def test_text_columns_beside_a_full_width_table_are_columns_not_table_rows(table_top, text_top):
    # two columns 200 pt wide whose lines hold figures (so they are no "prose"), above or below
    # a table across the page: the table is read row by row, the columns one after the other
    chars = (_table_rows(table_top) + paragraph(FIGURE_LEFT, 40, text_top)
             + paragraph(FIGURE_RIGHT, 300, text_top))
    page, = layout_pages([FakePage(1, tuple(chars))])
    got = blocks_of(page)
    text = [("body", " ".join(FIGURE_LEFT)), ("body", " ".join(FIGURE_RIGHT))]
    table = [("table", " ".join(r)) for r in TABLE_ROWS]
    assert got == (table + text if table_top < text_top else text + table)


def test_a_large_heading_under_both_columns_closes_them_though_its_section_has_one_column():
    # two columns, then a heading in larger type under them (at the left column's edge) and
    # a section set in the left column only: both columns are read before the heading
    left = [(f"Left {i} " + FILLER)[:50] for i in range(1, 4)]
    right = [(f"Right {i} " + FILLER)[:50] for i in range(1, 3)]
    after = ["The new section runs on in one column only here."]
    chars = (paragraph(left, 40, 100) + paragraph(right, 305, 100)
             + line("6 Activities", 40, 100 + 3 * 13 + 14, 14.0, "Helvetica-Bold")
             + paragraph(after, 40, 100 + 3 * 13 + 14 + 24))
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [t for _, t in blocks_of(page)] == [" ".join(t.strip() for t in left), " ".join(t.strip() for t in right),
                                             "6 Activities", after[0]]


def test_paragraph_runs_on_into_the_next_column_at_a_bracket():
    left = ["Within the group the largest were", "citizens of one country and another"]
    right = ["(27.5%) and a third (12.0%) came.", "A new paragraph starts here."]
    chars = line("Migration report " + FILLER + " " + FILLER[:30], 40, 60, font="Helvetica-Bold")
    chars += paragraph(left, 40, 100) + paragraph(right[:1], 240, 100)
    chars += paragraph(right[1:], 240, 126)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert " ".join(left + right[:1]) in [t for _, t in blocks_of(page)]


@pytest.mark.parametrize("right_first,joined", [("USD) in May and 93.6 billion KZT in June.", True),
                                                ("USD) in May (the peak) and 93.6 billion in June.", True),
                                                ("Uzbekistan followed (21.5%) in May.", False)])
def test_a_bracket_left_open_at_a_columns_foot_runs_on_where_the_next_column_closes_it(right_first, joined):
    """"... 84.3 billion KZT (180.9 million" | "USD) in November ...": a bracket a column leaves
    open is closed at the next column's top (blind designer42, 2022q4 chromium, page 4); a
    column opening with a new sentence, a bracket of its own inside, is no run-on."""
    left = ["Month by month, 79.6 billion KZT left the", "country in April, 84.3 billion KZT (180.9 million"]
    right = [right_first, "A new paragraph starts here."]
    chars = line("Migration report " + FILLER + " " + FILLER[:30], 40, 60, font="Helvetica-Bold")
    chars += paragraph(left, 20, 100) + paragraph(right[:1], 300, 100)
    chars += paragraph(right[1:], 300, 126)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert (" ".join(left + right[:1]) in [t for _, t in blocks_of(page)]) is joined


@pytest.mark.parametrize("end,joined", [(";", True), (",", True), (".", False), (" and", True),
                                        (" of the", True), (" land.", False),
                                        # a column's last sentence broken off with no stop at all
                                        (". Of CIS", True), (" of 2024", False)])
def test_paragraph_runs_on_into_the_next_column_after_a_semicolon_or_comma(end, joined):
    # also after a word no sentence ends with ("... 20.0% and" | "Tajikistan 6.3%")
    left = ["Citizens of the group made 240,500", "entries in the quarter" + end]
    right = ["Tajikistan led this group with 27.5%.", "A new paragraph starts here."]
    chars = line("Migration report " + FILLER + " " + FILLER[:30], 40, 60, font="Helvetica-Bold")
    chars += paragraph(left, 40, 100) + paragraph(right[:1], 240, 100)
    chars += paragraph(right[1:], 240, 126)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert (" ".join(left + right[:1]) in [t for _, t in blocks_of(page)]) is joined


def test_lines_of_two_narrow_text_columns_caught_in_one_slab_are_no_table_row():
    # two columns whose baselines differ, so that their lines overlap into one band: three
    # lines of words stacked at each left edge, figures among them (blind designer6, 2024q4
    # chromium, page 3) -- text columns, never a table row; a row of cells stays one
    from extractor.layout import _Frag, _is_table_slab
    def frag(text, x0, top):
        return _Frag([], top, top + 9, x0, x0 + 130, 9, False, text=text)
    left = ["Individuals sent KZT 263.5", "billion (USD 530.5 million) out of", "the country in the quarter"]
    right = ["Transfers to Kazakhstan moved in", "the opposite direction: 118.5", "billion KZT (239.5 million USD)"]
    slab = [frag(t, 40, 100 + 10 * k) for k, t in enumerate(left)] + [frag(t, 190, 104 + 10 * k) for k, t in enumerate(right)]
    assert not _is_table_slab(slab, 516)
    row = [frag("Russian Federation", 40, 100), frag("62.18", 190, 100), frag("137.6", 340, 100)]
    assert _is_table_slab(row, 516)


def test_section_heading_after_a_marker_box_follows_both_columns():
    """A heading set right of the left edge (a coloured number box before it) under two
    columns that both end above it starts a new section: it is read after the right column,
    not at the foot of the left one."""
    chars = _narrow_columns()
    chars += line("4. FOREIGN LABOUR", 57, 180, 12.5, "Helvetica-Bold")
    chars += paragraph(["Workers held valid permits."], 40, 205)
    chars += paragraph(["Most of them work in the west."], 240, 205)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [t for _, t in blocks_of(page)][1:4] == [
        " ".join(PROSE_LEFT), " ".join(PROSE_RIGHT), "4. FOREIGN LABOUR"]


def test_header_cells_set_close_together_over_two_columns_are_two_cells():
    # two right-aligned header cells whose words stand 9 pt apart (less than a fragment gap),
    # each over its own column of right-aligned figures
    chars = paragraph([FILLER] * 2, 40, 60)
    top = 120
    chars += line("Region", 60, top) + _right("Work permits", 250, top)
    chars += line("Household permits", after(chars) + 9, top)
    rows = [("Alpha region", "1,204", "87"), ("Beta region", "905", "112"), ("Gamma region", "77", "9")]
    for i, (name, a, b) in enumerate(rows):
        y = top + BODY * 1.3 * (i + 1)
        chars += line(name, 60, y) + _right(a, 250, y) + _right(b, 250 + 9 + 17 * ADVANCE * BODY, y)
    page, = layout_pages([FakePage(1, tuple(chars))])
    header = next(b for b in page.blocks if b.kind == "table")
    assert [header.text[a:b] for a, b in header.cells] == ["Region", "Work permits", "Household permits"]
    assert len(header.boxes) == len(header.text)


def test_group_cell_merged_down_its_rows_heads_each_of_them():
    # a Group column whose merged cells print their label once, in the middle of the group:
    # on the middle row's line (three rows) and between two rows (two rows)
    chars = paragraph([FILLER] * 2, 40, 60)
    top, step = 120, BODY * 1.3
    chars += line("Group", 60, top) + line("Country", 200, top) + _right("Persons", 400, top)
    rows = [("Alpha", "1,204"), ("Beta", "905"), ("Gamma", "77"), ("Delta", "312"), ("Epsilon", "48")]
    for i, (name, value) in enumerate(rows):
        y = top + step * (i + 1)
        chars += line(name, 200, y) + _right(value, 400, y)
    chars += line("Northern states", 60, top + step * 2)
    chars += line("Southern states", 60, top + step * 4.5)
    chars += line("Total", 60, top + step * 6) + _right("2,546", 400, top + step * 6)
    page, = layout_pages([FakePage(1, tuple(chars))])
    got = [[b.text[x:y] for x, y in b.cells] for b in page.blocks if b.kind == "table"]
    assert got == [["Group", "Country", "Persons"],
                   ["Northern states", "Alpha", "1,204"], ["Northern states", "Beta", "905"],
                   ["Northern states", "Gamma", "77"],
                   ["Southern states", "Delta", "312"], ["Southern states", "Epsilon", "48"],
                   ["Total", "", "2,546"]]      # the Country column left blank


def test_figure_set_close_before_the_next_name_is_cut_from_it():
    # a side-by-side table: each right-aligned figure of the first half stands 8 pt before the
    # second half's name (less than a fragment gap), the names starting in one column
    chars = paragraph([FILLER] * 2, 40, 60)
    top, step = 120, BODY * 1.3
    chars += line("Sent to", 60, top) + _right("Share", 250, top) + line("Received from", 300, top)
    chars += _right("Share", 480, top)
    rows = [("Alpha", "12.5", "Beta land", "7.5"), ("Gamma", "9.1", "Delta", "4.25"),
            ("Epsilon", "3.0", "Zeta isles", "1.5")]
    for i, (a, x, b, y) in enumerate(rows):
        t = top + step * (i + 1)
        chars += line(a, 60, t) + _right(x, 250, t) + line(b, 258, t) + _right(y, 480, t)
    page, = layout_pages([FakePage(1, tuple(chars))])
    got = [[b.text[x:y] for x, y in b.cells] for b in page.blocks if b.kind == "table"]
    assert got[1:] == [list(r) for r in rows]


def test_row_leaving_a_column_blank_gets_an_empty_cell_there():
    # a subtotal row with no share, and a share-only row: cells pair with columns by position
    chars = paragraph([FILLER] * 2, 40, 60)
    top, step = 120, BODY * 1.3
    chars += line("Country", 60, top) + _right("Persons", 300, top) + _right("Share, %", 420, top)
    rows = [("Alpha", "1,204", "60.2"), ("Beta", "796", "39.8"), ("All states", "2,000", None),
            ("Gamma", None, "4.5")]
    for i, (name, a, b) in enumerate(rows):
        y = top + step * (i + 1)
        chars += line(name, 60, y)
        chars += _right(a, 300, y) if a else []
        chars += _right(b, 420, y) if b else []
    page, = layout_pages([FakePage(1, tuple(chars))])
    got = [[b.text[x:y] for x, y in b.cells] for b in page.blocks if b.kind == "table"]
    assert got[1:] == [["Alpha", "1,204", "60.2"], ["Beta", "796", "39.8"], ["All states", "2,000", ""],
                       ["Gamma", "", "4.5"]]


def test_group_label_row_between_table_rows_is_no_section_heading():
    """A bold label alone across a table, set with a gap above and below it between two rows
    of the table, labels the rows under it: the table goes on through it."""
    rows_a = [("North", "12.40", "41.5"), ("South", "8.10", "27.1")]
    rows_b = [("East", "5.30", "17.7"), ("West", "4.10", "13.7")]
    chars = line("Table 2. Transfers by area", 40, 60, BODY, "Helvetica-Bold")
    chars += line("Area", 40, 80) + _right("KZT bn", 250, 80) + _right("Share", 330, 80)
    chars += line("First group", 40, 98, BODY, "Helvetica-Bold")
    top = 116
    for rows, label in ((rows_a, "Second group"), (rows_b, None)):
        for name, value, share in rows:
            chars += line(name, 50, top) + _right(value, 250, top) + _right(share, 330, top)
            top += 18
        if label:
            top += 6
            chars += line(label, 40, top, BODY, "Helvetica-Bold")
            top += 24
    chars += paragraph([f"After {FILLER}"], 40, top + 30)
    page, = layout_pages([FakePage(1, tuple(chars))])
    got = blocks_of(page)
    assert ("table", "Second group") in got
    assert got[got.index(("table", "Second group")) + 1] == ("table", "East 5.30 17.7")


def test_name_wrapped_inside_its_cell_beside_figures_set_level_with_it_is_one_cell():
    """A row whose name wraps onto two lines in its cell, the row's figures set level with the
    middle of the pair: one name cell, the upper line first."""
    chars = line("Table 3. Transfers by destination", 40, 60, BODY, "Helvetica-Bold")
    chars += line("Destination", 40, 80) + _right("KZT bn", 250, 80) + _right("Share, %", 330, 80)
    chars += line("Southern", 40, 100) + line("Archipelago", 40, 111)
    chars += _right("98.7", 250, 105.5) + _right("33.8", 330, 105.5)
    chars += line("Lowland", 40, 130) + _right("61.2", 250, 130) + _right("21.0", 330, 130)
    chars += line("Upland", 40, 148) + _right("19.4", 250, 148) + _right("6.7", 330, 148)
    chars += paragraph([f"After {FILLER}"], 40, 190)
    page, = layout_pages([FakePage(1, tuple(chars))])
    row = next(b for b in page.blocks if b.text.startswith("Southern"))
    assert [row.text[a:b] for a, b in row.cells] == ["Southern Archipelago", "98.7", "33.8"]


def test_group_label_wrapped_over_two_lines_heads_all_rows_of_its_group():
    """A group cell merged down three rows, its label wrapped: the first line alone between
    the first two rows, the second on the middle row's line. Every row of the group gets the
    whole label; the first line is no row of its own."""
    chars = line("Table 4. Transfers by destination", 40, 60, BODY, "Helvetica-Bold")
    chars += line("Destination", 40, 80) + _right("KZT bn", 250, 80) + _right("Share, %", 330, 80)
    chars += line("Alpha", 110, 100) + _right("98.7", 250, 100) + _right("33.8", 330, 100)
    chars += line("First", 40, 112)
    chars += line("group", 40, 124) + line("Beta", 110, 124)
    chars += _right("61.2", 250, 124) + _right("21.0", 330, 124)
    chars += line("Gamma", 110, 142) + _right("19.4", 250, 142) + _right("6.7", 330, 142)
    chars += line("Other lands", 40, 162) + _right("44.9", 250, 162) + _right("15.4", 330, 162)
    chars += paragraph([f"After {FILLER}"], 40, 200)
    page, = layout_pages([FakePage(1, tuple(chars))])
    rows = [[b.text[x:y] for x, y in b.cells] for b in page.blocks if b.kind == "table"]
    assert rows[1:4] == [["First group", "Alpha", "98.7", "33.8"],
                         ["First group", "Beta", "61.2", "21.0"],
                         ["First group", "Gamma", "19.4", "6.7"]]


def test_a_number_set_large_inside_a_sentence_is_part_of_its_paragraph():
    """A stat card's number in large type between two lines of one sentence ("... issued work
    permits to" | "12,500" | "citizens of Kazakhstan, against ...") reads as one paragraph."""
    chars = paragraph([f"Opening text: {FILLER}"] * 3, 40, 60)
    chars += line("Foreign authorities issued work permits to", 40, 120)
    chars += line("12,500", 40, 136, BODY * 1.6)
    chars += line("citizens of Kazakhstan, against 11,250 a year before.", 40, 158)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert any(b.text == "Foreign authorities issued work permits to 12,500 citizens of Kazakhstan, against "
               "11,250 a year before." for b in page.blocks)


def test_a_heading_close_under_two_columns_over_a_full_width_paragraph_closes_them():
    # two columns, then (little space before it, as Word sets a heading) a larger heading at the
    # left edge and a paragraph running across the whole width: both columns are read first
    left = [(f"Left {i} " + FILLER)[:50] for i in range(1, 5)]
    right = [(f"Right {i} " + FILLER)[:50] + "." * (i == 3) for i in range(1, 4)]
    end = 100 + 4 * BODY * 1.3
    wide = ["Across " + FILLER + " and then a few more words to the end", "the page " + FILLER + " to the right end."]
    chars = (paragraph(left, 40, 100) + paragraph(right, 305, 100)
             + line("5 Labour", 40, end + 4, 12.0, "Helvetica-Bold") + paragraph(wide, 40, end + 4 + 18))
    page, = layout_pages([FakePage(1, tuple(chars))])
    got = [t for _, t in blocks_of(page)]
    assert got.index("5 Labour") > max(i for i, t in enumerate(got) if "Right" in t or "Left" in t)
    assert got[-1] == " ".join(wide)


@pytest.mark.parametrize("lead, rest, lines", [
    # "Outgoing transfers. In the first" (bold lead-in, then the text) over "quarter of ..."
    ("Outgoing transfers.", " In the first",
     ["quarter of the year individuals sent 231.7 billion", "tenge abroad through transfer systems."]),
    # "Permanent residence. Eight" (three words) over "thousand four hundred ..."
    ("Permanent residence.", " Eight",
     ["thousand four hundred and twelve persons were", "granted permanent residence."]),
    # "Workshop on labour rights. On 14" over "May 2024 IOM trained ...": a day broken from its month
    ("Workshop on labour rights.", " On 14",
     ["May 2024 IOM trained thirty inspectors of the", "regional labour departments."]),
])
def test_a_bold_lead_in_on_a_paragraphs_first_line_starts_that_paragraph(lead, rest, lines):
    chars = line("Report title " + FILLER, 40, 60, 14.0, "Helvetica-Bold")
    chars += line(lead, 40, 100, font="Helvetica-Bold") + line(rest, 40 + len(lead) * ADVANCE * BODY, 100)
    chars += paragraph(lines, 40, 113)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert ("body", lead + rest + " " + " ".join(lines)) in blocks_of(page)


def test_a_numbered_heading_in_body_size_stays_a_heading_over_its_paragraph():
    chars = line("Report title " + FILLER, 40, 60, 14.0, "Helvetica-Bold")
    chars += line("1.1 Temporary residence permits", 40, 100, font="Helvetica-Bold")
    chars += paragraph(["71,240 permits were issued in the quarter,", "most of them to citizens of the region."], 40, 113)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert ("heading", "1.1 Temporary residence permits") in blocks_of(page)


def test_long_row_labels_wrapped_over_lines_of_their_own_in_a_narrow_table_stay_rows():
    """A narrow table whose row labels wrap over two or three lines ("Members of the"
    over "Northern Trade Union"), each wrapped line a slab of its own, and whose figures
    stand closer than a cell gap ("1,204,306 1,302,918" read as one fragment): still a table;
    each label is whole again and each figure a cell of its own. A label's line that ends in a
    word no name ends with ("of", "the") goes on in the lines under it."""
    from extractor.tables import cell_spans
    chars = line("Table 1. Crossings by group of states", 40, 60, BODY, "Helvetica-Bold")
    chars += line("Group of states", 40, 80) + _right("Q1 2023", 232, 80) + _right("Q4 2022", 290, 80) \
        + _right("Change, %", 360, 80)
    rows = [(["Members of the", "Northern Trade Union", "(NTU) states"], ("1,204,306", "1,302,918", "−7.6")),
            (["Countries outside the", "Union, incl. stateless", "persons"], ("41,877", "46,302", "−9.6")),
            (["Total"], ("1,246,183", "1,349,220", "−7.6"))]
    top = 100
    for label, (a, b, c) in rows:
        for k, part in enumerate(label):
            chars += line(part, 40, top + 11 * k, 8.0)
        chars += _right(a, 232, top, 8.0) + _right(b, 290, top, 8.0) + _right(c, 360, top, 8.0)
        top += 11 * len(label) + 8
    chars += paragraph([f"After {FILLER}"], 40, top + 30)
    page, = layout_pages([FakePage(1, tuple(chars))])
    table = [b for b in wrapped_row_labels(page.blocks) if b.kind == "table"]
    got = [[b.text[x:y] for x, y in cell_spans(b, 4)] for b in table[1:]]
    assert got == [["Members of the Northern Trade Union (NTU) states", "1,204,306", "1,302,918", "−7.6"],
                   ["Countries outside the Union, incl. stateless persons", "41,877", "46,302", "−9.6"],
                   ["Total", "1,246,183", "1,349,220", "−7.6"]]


def test_a_table_whose_comment_column_wraps_onto_lines_of_their_own_is_read_row_by_row():
    """A monthly table with a comment column whose comments wrap ("Holidays early on; the" over
    "tenge at its weakest"): still one table; every month's figures and its comment are one row."""
    chars = line("Table 5. Transfers by month", 40, 60, BODY, "Helvetica-Bold")
    chars += line("Month", 40, 80) + _right("KZT bn", 200, 80) + _right("USD mn", 260, 80) + line("Comment", 300, 80)
    months = [("April", "60.5", "130.5", ["Holidays early in the", "month; the tenge weak"]),
              ("May", "65.5", "140.5", ["Lowest of the quarter"]),
              ("June", "70.5", "150.5", ["Seasonal field work in", "the south begins"])]
    top = 100
    for name, a, b, comment in months:
        chars += line(name, 40, top, 8.0) + _right(a, 200, top, 8.0) + _right(b, 260, top, 8.0)
        for k, part in enumerate(comment):
            chars += line(part, 300, top + 10 * k, 8.0)
        top += 10 * len(comment) + 8
    chars += paragraph([f"After {FILLER}"], 40, top + 30)
    page, = layout_pages([FakePage(1, tuple(chars))])
    rows = [b for b in wrapped_row_labels(page.blocks) if b.kind == "table"]
    got = [[b.text[x:y] for x, y in b.cells] for b in rows[1:]]
    assert got == [["April", "60.5", "130.5", "Holidays early in the month; the tenge weak"],
                   ["May", "65.5", "140.5", "Lowest of the quarter"],
                   ["June", "70.5", "150.5", "Seasonal field work in the south begins"]]


def test_a_section_in_two_columns_runs_across_them_and_ends_at_a_numbered_heading():
    # blind designer27, 2023q4 chromium, page 5: each section set in two columns of its own,
    # the next section's numbered heading close under them; the left column ends in "non-"
    # and the right goes on with "governmental ...", and a name in brackets is no sentence end
    chars = line("5. CAPACITY BUILDING", 34, 100, 12.5, "Helvetica-Bold")
    left = ["On 14 May 2024 IOM trained 20 police", "officers and ten staff of non-"]
    right = ["governmental organizations of the", "Commonwealth (CIS)"]
    chars += paragraph(left, 34, 125) + paragraph(right, 300, 125)
    chars += line("6. CONCLUSION", 34, 125 + 2 * BODY * 1.3 + 4, 12.5, "Helvetica-Bold")
    low = 125 + 2 * BODY * 1.3 + 4 + 20
    chars += paragraph(["The quarter closed with more", "arrivals than a year before"], 34, low)
    chars += paragraph(["countries, and fewer permits.", "It ends here."], 300, low)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [t for _, t in blocks_of(page)] == [
        "5. CAPACITY BUILDING",
        "On 14 May 2024 IOM trained 20 police officers and ten staff of non-governmental "
        "organizations of the Commonwealth (CIS)",
        "6. CONCLUSION",
        "The quarter closed with more arrivals than a year before countries, and fewer permits. It ends here."]


def test_a_bold_heading_close_under_two_columns_opens_the_next_sections_columns():
    # blind designer45, 2022q1 chromium, page 5: "Capacity building" in two columns, then a bold
    # "Conclusion" (no number) set close under them with the right column blank beside it,
    # then the conclusion's own two columns: each section is read column by column
    chars = line("6. Capacity building", 34, 100, 12.5, "Helvetica-Bold")
    chars += paragraph(["On 14 May 2024 IOM held a round", "table that brought together 25"], 34, 125)
    chars += paragraph(["participants from ministries and", "akimats of the regions."], 300, 125)
    head = 125 + 2 * BODY * 1.3 + 4
    chars += line("Conclusion", 34, head, 12.5, "Helvetica-Bold")
    low = head + 20
    chars += paragraph(["The quarter closed with more", "arrivals than a year before"], 34, low)
    chars += paragraph(["in every month of it, and fewer", "permits were issued."], 300, low)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [t for _, t in blocks_of(page)] == [
        "6. Capacity building",
        "On 14 May 2024 IOM held a round table that brought together 25 participants from ministries and "
        "akimats of the regions.",
        "Conclusion",
        "The quarter closed with more arrivals than a year before in every month of it, and fewer permits were issued."]


def test_a_lead_paragraph_set_in_bold_is_a_paragraph_not_a_heading():
    # a designer's bold first paragraph under a section heading (blind designer27, 2025q2
    # chromium, page 2): sentences of many words ending in a full stop are body text
    text = ["Between April and June 2024 the Border Service registered 3,412,500 arrivals of",
            "foreign nationals, a rise of 12.5 per cent on the first quarter of 2024 but 4.5 per",
            "cent fewer than in the same quarter of 2023."]
    chars = line("2. Migration inflow", 40, 60, 14.0, "Helvetica-Bold")
    for i, t in enumerate(text):
        chars += line(t, 40, 90 + i * 13, font="Helvetica-Bold")
    chars += paragraph([f"The flow {FILLER}", "remained regional."], 40, 135)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert ("body", " ".join(text)) in blocks_of(page)


def _column_block(text: str, column: int, top: float, kind: str = "body") -> Block:
    """A block of one line at `top` in `column` (boxes only need their tops here)."""
    x = 50.0 + 260.0 * column
    return Block(page=2, kind=kind, text=text, boxes=tuple((x, top, x + 4.0, top + 10.0) for _ in text),
                 size=10.0, column=column)


@pytest.mark.parametrize("heading_between", [False, True])
def test_a_paragraph_broken_at_a_ranges_dash_runs_on_into_the_next_column(heading_between):
    """"... 37.25 billion KZT in October–" at a column's foot goes on with "December 2025 and
    ..." at the next column's top, also across a "SOURCES" heading set under both columns (its
    notes taken as the page's), which then follows the joined paragraph."""
    from extractor.layout import _join_across_columns
    blocks = [_column_block("The monthly average compares with 37.25 billion KZT in October–", 0, 700.0)]
    if heading_between:
        blocks.append(_column_block("SOURCES", 0, 730.0, "heading"))
    blocks.append(_column_block("December 2025 and 28.66 billion KZT a year earlier.", 1, 60.0))
    got = [(b.kind, b.text) for b in _join_across_columns(blocks)]
    joined = ("body", "The monthly average compares with 37.25 billion KZT in October–December 2025 and 28.66 billion KZT a year earlier.")
    assert got == ([joined, ("heading", "SOURCES")] if heading_between else [joined])
    ended = [_column_block("Arrivals fell in the quarter.", 0, 700.0), _column_block("SOURCES", 0, 730.0, "heading"),
             _column_block("December saw a rise.", 1, 60.0)]
    assert len(_join_across_columns(ended)) == 3


@pytest.mark.parametrize("tail, head, after", [
    # a day broken from its month (blind designer30, 2024q4 chromium, page 6)
    ("IOM held a round table on 12 November. On 4–5", "December a training brought together 18 police officers.",
     "December saw a rise."),
    # an amount broken from its unit (blind round52, 2025q3 twocol-chromium, page 4)
    ("Uzbekistan received 40.5 billion and Georgia 9.2", "KZT (17.1 million USD), that is 4.0 per cent of the total.",
     "Kazakhstan saw a rise."),
])
def test_a_sentence_broken_at_a_columns_foot_runs_on_into_the_next_column(tail, head, after):
    """"... On 4–5" | "December a two-day training ...", "... and Georgia 9.2" | "KZT (17.1 million
    USD), that is ...": the line at a column's foot goes on at the next column's top; a paragraph
    ending in a number that closes its sentence's list does not run on into a paragraph that opens
    with a month or a word."""
    from extractor.layout import _join_across_columns
    got = [b.text for b in _join_across_columns([_column_block(tail, 0, 700.0), _column_block(head, 1, 60.0)])]
    assert got == [f"{tail} {head}"]
    apart = [_column_block("Arrivals in the quarter came to 1,250,500", 0, 700.0), _column_block(after, 1, 60.0)]
    assert len(_join_across_columns(apart)) == 2


@pytest.mark.parametrize("number", ["2,512,946", "1 USD = 458.62 KZT", "KZT 171.6B"])
def test_a_card_number_set_as_a_heading_reads_with_its_caption_under_it(number):
    """A stat card whose number the layout takes for a heading (larger type, a line of its own)
    and its caption in lower case right under it are one key-figure statement, a callout."""
    chars = paragraph([f"Opening text: {FILLER}."] * 3, 40, 60)
    chars += line(number, 40, 120, BODY * 1.4, "Helvetica-Bold")
    chars += line("departures of foreign nationals were recorded at the border.", 40, 136)
    chars += line("Closing heading", 40, 180, BODY * 1.4, "Helvetica-Bold")
    chars += line("Text that stands on its own under a heading.", 40, 196)
    page, = layout_pages([FakePage(1, tuple(chars))])
    got = blocks_of(page)
    assert ("callout", f"{number} departures of foreign nationals were recorded at the border.") in got
    assert ("heading", "Closing heading") in got       # a heading over text that starts in capitals stays


@pytest.mark.parametrize("number, caption, card", [
    ("452.89", "KZT per USD, the quarter's average rate, used for every amount.", True),
    ("33 thousand", "Kazakhstani workers registered in the Russian Federation.", True),
    ("2024", "Migration in figures over the year.", False),
])
def test_a_card_number_over_a_capitalised_caption_naming_its_unit_is_one_card(number, caption, card):
    """A card's number alone in heading type over a caption that opens with its unit or its
    people in capitals ("452.89" | "KZT per USD ...") is one key figure; a year over a line is not."""
    chars = paragraph([f"Opening text: {FILLER}."] * 3, 40, 60)
    chars += line(number, 40, 120, BODY * 1.4, "Helvetica-Bold")
    chars += line(caption, 40, 136)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert (("callout", f"{number} {caption}") in blocks_of(page)) is card


def test_a_marker_a_little_smaller_than_its_line_set_high_joins_neither_line_above_nor_a_table():
    """A note number in 8.4 pt on a 10.4 pt line, its top reaching into the line above (as
    reportlab sets a marker it places itself): the two lines stay one paragraph of text, the
    number a marker, not a table row (blind round32, 2025q3 reportlab, page 1)."""
    size = 10.4
    first = line("and September 2025, the third quarter was the busiest on", 48, 494.7, size)
    second = line("record for the border crossing points.", 48, 508.1, size)
    mark = line("6", after(second), 504.4, 8.4)
    third = line("That is more than in the same quarter of last year.", 48, 521.5, size)
    chars = paragraph([f"Opening text: {FILLER}."] * 3, 48, 440, size) + first + second + mark + third
    page, = layout_pages([FakePage(1, tuple(chars))])
    kinds = {b.kind for b in page.blocks}
    body = next(b for b in page.blocks if "crossing points." in b.text)
    assert "table" not in kinds
    assert body.text.startswith("and September 2025") and [m.label for m in body.markers] == ["6"]


def test_small_digits_of_a_caption_stay_on_their_own_line():
    """A card's caption in small type ("permanent residents as of" | "31 December 2024"): its
    digits, small enough to be taken for markers, stay on their line, not on the line above."""
    chars = paragraph([f"Opening text: {FILLER}."] * 3, 40, 60)
    chars += line("permanent residents as of", 40, 120, 8.4)
    chars += line("31 December 2024", 40, 125, 8.4)        # set tight: its digits reach the line above
    chars += line("Closing words of the page in body type.", 40, 160)
    page, = layout_pages([FakePage(1, tuple(chars))])
    texts = [t for _, t in blocks_of(page)]
    assert any(t.endswith("31 December 2024") for t in texts) and not any("p3" in t for t in texts), texts


def test_a_cards_caption_ending_in_a_year_on_a_line_of_its_own_keeps_the_year():
    """A card's caption whose year and note marker stand on a line of their own ("... permit as of
    1 April" | "2024.⁸", blind designer13, 2024q1 chromium): the year goes on in the card, with
    its marker, so the card keeps its day and its note."""
    from extractor.layout import _stat_cards
    from extractor.types import Marker

    def blk(text, kind, top, size=BODY, markers=()):
        box = (40.0, top, 40.0 + ADVANCE * size * len(text), top + size)
        return Block(page=1, kind=kind, text=text, boxes=(box,) * len(text), size=size, markers=markers)
    year = blk("2024.", "body", 147.0, markers=(Marker("8", 5, (60.0, 146.0, 63.0, 150.0)),))
    got = _stat_cards([blk("152,318", "heading", 120.0, BODY * 1.4),
                       blk("foreign nationals lived here on a permit as of 1 April", "body", 136.0), year])
    assert [(b.kind, b.text) for b in got] == [
        ("callout", "152,318 foreign nationals lived here on a permit as of 1 April 2024.")]
    assert [m.label for m in got[0].markers] == ["8"]


def test_a_currency_on_a_line_of_its_own_over_a_cards_number_is_the_amounts_currency():
    """"KZT" in the card's large type over "196.7B" and its caption (blind designer48, 2023q4
    chromium): one card, "KZT 196.7B ...", so the amount is in tenge; a currency set apart from
    the number (a line's gap under it) is left alone."""
    from extractor.layout import _stat_cards

    def blk(text, kind, top, size=BODY):
        box = (40.0, top, 40.0 + ADVANCE * size * len(text), top + size)
        return Block(page=1, kind=kind, text=text, boxes=(box,) * len(text), size=size)
    big = BODY * 2
    got = _stat_cards([blk("KZT", "heading", 100.0, big), blk("196.7B sent abroad by individuals", "callout", 100.0 + big)])
    assert [(b.kind, b.text) for b in got] == [("callout", "KZT 196.7B sent abroad by individuals")]
    apart = _stat_cards([blk("KZT", "heading", 100.0, big), blk("196.7B sent abroad by individuals", "callout", 100.0 + 3 * big)])
    assert [b.text for b in apart] == ["KZT", "196.7B sent abroad by individuals"]


LEFT_LINES = ["arrivals rose in every month of", "the quarter and reached their", "highest level in the month of",
              "June when the summer season had", "begun in the south of the country", "and along the northern border"]
RIGHT_LINES = ["departures followed the same", "pattern with most of the exits", "taking place through the road",
               "crossings of the southern border", "while the airports handled the", "rest of the outgoing traffic"]


def justified_columns(left: list[str], right: list[str], top: float = 100) -> list[dict]:
    """Two justified columns 9 pt apart in 10 pt type, a line of each per row, 13 pt apart."""
    chars = []
    for k, (a, b) in enumerate(zip(left, right)):
        chars += _justified(a.split(), 40, 214, top + 13 * k) + _justified(b.split(), 223, 397, top + 13 * k)
    return chars


def test_justified_columns_closer_than_a_fragment_gap_are_read_as_two_columns():
    # two justified columns 9 pt apart in 10 pt type: a gap no wider than a wide word space of
    # a stretched line, but blank in every row (blind designer32, 2024q4 chromium, page 2)
    chars = justified_columns(LEFT_LINES, RIGHT_LINES)
    page, = layout_pages([FakePage(1, tuple(chars))])
    # the left column's paragraph runs on into the right one: one text, the columns in turn
    assert " ".join(t for _, t in blocks_of(page)) == " ".join(LEFT_LINES + RIGHT_LINES)


def test_a_blank_strip_under_a_few_rows_only_is_no_gutter():
    # the same lines, but only three rows: the strip could be chance, the lines stay whole
    chars = []
    for k, (a, b) in enumerate(zip(LEFT_LINES[:3], RIGHT_LINES[:3])):
        chars += line(a + " " + b, 40, 100 + 13 * k)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert len(page.blocks) == 1


def test_group_headers_set_flush_left_head_every_column_up_to_the_next_group():
    # "Sent from Kazakhstan" starts over its first column and ends well before its third
    # ("Share, %"), nearer "Received in Kazakhstan": still its own (blind round33, 2022q4
    # reportlab, Table 1)
    size = 8.0
    chars = line("Table 1. Invented transfers by country", 57, 60, size)
    chars += line("Sent from Kazakhstan", 195, 88, size) + line("Received in Kazakhstan", 373, 88, size)
    chars += line("Country", 57, 95, size)
    for x, leaf in ((200, "KZT bn"), (255, "USD mn"), (325, "Share, %"), (378, "KZT bn"), (433, "USD mn"), (502, "Share, %")):
        chars += line(leaf, x, 102, size)
    for k, (name, values) in enumerate([("Aland", ("112.6", "241.6", "39.7", "38.9", "83.5", "63.0")),
                                        ("Borduria", ("51.3", "110.1", "18.1", "2.9", "6.2", "4.7"))]):
        top = 120 + 14 * k
        chars += line(name, 57, top, size)
        for x1, v in zip((240, 300, 360, 418, 478, 540), values):
            chars += _right(v, x1, top, size)
    page, = layout_pages([FakePage(1, tuple(chars))])
    header = next(b for b in page.blocks if b.kind == "table")
    assert [header.text[a:b] for a, b in header.cells] == [
        "Country", "Sent from Kazakhstan KZT bn", "Sent from Kazakhstan USD mn", "Sent from Kazakhstan Share, %",
        "Received in Kazakhstan KZT bn", "Received in Kazakhstan USD mn", "Received in Kazakhstan Share, %"]



NARROW_LEFT = ["Border posts registered", "3,184,562 entries of", "foreign nationals between", "January and March.",
               "That is 4.6", "per cent below", "the autumn quarter,", "when holiday travel"]
NARROW_RIGHT = ["313,322 entries and", "291,789 exits.", "Within the CIS", "group, Uzbekistan remained",
                "by far the", "largest source, supplying", "43.5% of the", "group's arrivals."]


def test_narrow_ragged_columns_of_few_words_are_columns_not_table_rows():
    # lines of three or four words, figures among them, in two columns 20 pt apart: every row
    # looked like the cells of a table (blind designer34, 2026q1 chromium, page 2)
    chars = []
    for k, (a, b) in enumerate(zip(NARROW_LEFT, NARROW_RIGHT)):
        chars += line(a, 40, 100 + 13 * k) + line(b, 175, 100 + 13 * k)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert {b.kind for b in page.blocks} == {"body"}
    assert " ".join(b.text for b in page.blocks) == " ".join(NARROW_LEFT + NARROW_RIGHT)


def test_lines_of_columns_along_a_gutter_are_no_table_row_but_a_charts_labels_inside_a_column_are():
    from extractor.layout import _is_table_slab, page_lines
    chars = []
    for k, (a, b) in enumerate(zip(NARROW_LEFT, NARROW_RIGHT)):
        chars += line(a, 40, 100 + 13 * k) + line(b, 175, 100 + 13 * k)
    chars += line("Aland", 60, 120 + 13 * 8) + _right("45.8%", 150, 120 + 13 * 8)     # a chart's row under them
    pl = page_lines(FakePage(1, tuple(chars)))
    column = [fr for fr, ln in pl.items if fr.top < 100 + 13 * 8]
    assert column and all(fr.by_gutter for fr in column)
    chart = [fr for fr, ln in pl.items if fr.top > 100 + 13 * 8]
    assert not any(fr.by_gutter for fr in chart)
    first = sorted([fr for fr in column if fr.top == 100], key=lambda f: f.x0)
    assert not _is_table_slab(first, 300)
    for fr in first:
        fr.by_gutter = False
    assert _is_table_slab(first, 300)        # without the gutter, a line of figures beside another reads as cells


# --- session 19 -------------------------------------------------------------------------------

def test_a_note_number_typed_as_a_superscript_character_is_a_marker():
    # "2024.³": the writer typed U+00B3, full size, on the line, not a small raised digit
    chars = line("The pilot runs in 4 regions in 2024.\u00b3 Then it ends.", 40, 100)
    page, = layout_pages([FakePage(1, tuple(chars))])
    block, = page.blocks
    assert block.text == "The pilot runs in 4 regions in 2024. Then it ends."
    m, = block.markers
    assert (m.label, m.offset) == ("3", len("The pilot runs in 4 regions in 2024."))


def test_two_superscript_characters_are_one_two_digit_marker():
    chars = line("Exits stood at 1,500.\u00b9\u2074", 40, 100)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [m.label for m in page.blocks[0].markers] == ["14"]


def test_a_caption_line_closing_its_bracket_over_a_rank_column_stays_with_the_caption():
    # the caption's wrapped last line ("in %)") stands over the table's second column, right of
    # a rank column that starts left of the caption: it is no header cell spanning both
    size = 8.0
    chars = line("Table 1. Invented transfers by country (KZT billion, share of the total", 48, 80, size)
    chars += line("in %)", 48, 80 + size * 1.25, size)
    top = 80 + size * 3.2
    chars += line("#", 38, top, size) + line("Country", 60, top, size) + line("KZT bn", 200, top, size) \
        + line("Share, %", 280, top, size)
    for i, (name, kzt, share) in enumerate([("Invented", "69.3", "32.3"), ("Made-up", "38.2", "17.8")]):
        t = top + size * 1.4 * (i + 1)
        chars += line(str(i + 1), 38, t, size) + line(name, 60, t, size) + line(kzt, 200, t, size) \
            + line(share, 280, t, size)
    page, = layout_pages([FakePage(1, tuple(chars))])
    texts = [b.text for b in page.blocks]
    assert texts[0].endswith("share of the total in %)")
    header = page.blocks[1]
    assert [header.text[a:b] for a, b in header.cells] == ["#", "Country", "KZT bn", "Share, %"]


def test_a_heading_under_two_columns_opens_the_full_width_list_after_it():
    # two columns, then "Notes and sources" in larger type at the left under both, then a
    # numbered list across the page whose first entry ends short of the right edge: the heading
    # is read after the right column, not inside the left one
    left = paragraph([f"Left column line {i} of invented text here." for i in range(8)], 40, 100)
    right = paragraph([f"Right column line {i} of made-up words." for i in range(8)], 320, 100)
    head = line("Notes and sources", 40, 215, 13.0, font="Helvetica-Bold")
    notes = line("1. Invented Agency, short note.", 40, 240, 8.0)
    notes += line("2. Invented Statistics Office of the Republic, border crossing data, a long line that runs on "
                  "to the right edge.", 40, 252, 8.0)
    notes += line("3. Invented Ministry of Labour, register of foreign labour, another line running to the edge.",
                  40, 264, 8.0)
    page, = layout_pages([FakePage(1, tuple(left + right + head + notes))])
    texts = [b.text for b in page.blocks]
    assert texts[-1] == "Notes and sources"
    assert texts[0].startswith("Left column") and texts[1].startswith("Right column")


def test_a_short_line_under_another_in_small_type_is_not_read_into_it():
    # a caption's last word ("2022", small digits) right under its first line, both in a narrow
    # box beside a column whose line spans both heights: two printed lines, never one row with
    # the digits set between the letters ("p2e0r2m2anent")
    chars = line("permanent residents on 31 Dec", 41, 96.1, 5.3) + line("2022", 41, 103.4, 5.3)
    chars += paragraph([f"Column line {i} of invented words that run on." for i in range(4)], 160, 98.0, 7.2)
    page, = layout_pages([FakePage(1, tuple(chars))])
    got = " ".join(b.text for b in page.blocks)
    assert "permanent residents on 31 Dec" in got and "p2e0" not in got
    assert "2022" in got


def test_the_first_row_of_two_columns_under_a_wide_table_is_no_row_of_the_table():
    # a five-column table across the page, then two text columns whose first row is a heading
    # at the left and a paragraph's run-over line at the right: that row opens the columns
    size = 8.5
    chars = line("Table 2. Invented monthly volume of money transfers, July-September 2022", 45, 66, 9.5)
    heads = [("Month", 45), ("Sent, bn KZT", 197), ("Sent, mn USD", 292), ("Received, bn KZT", 376),
             ("Received, mn USD", 471)]
    for text, x in heads:
        chars += line(text, x, 85, size)
    for k, (month, vals) in enumerate([("July 2022", ("71.9", "151.5", "44.1", "92.9")),
                                       ("August 2022", ("79.4", "167.3", "49.6", "104.5")),
                                       ("Q3 2022", ("248.6", "523.8", "156.3", "329.3"))]):
        top = 102 + 16 * k
        chars += line(month, 45, top, size)
        for v, right in zip(vals, (252, 351, 451, 550)):
            chars += _right(v, right, top, size)
    chars += line("4.2 Invented transfers heading", 45, 168, 9.2) + line("with 6.5 billion KZT (4.5%).", 312, 168, 9.0)
    chars += line("Inflows through invented systems came to", 45, 187, 9.0) + line("5. TRAININGS", 312, 187, 11.0)
    chars += line("156.5 billion KZT in 612,500 transactions.", 45, 198, 9.0)
    for k in range(5):
        chars += line(f"Left column text line {k} of made-up words", 45, 210 + 11 * k, 9.0)
        chars += line(f"Right column text line {k} of invented words", 312, 210 + 11 * k, 9.0)
    page, = layout_pages([FakePage(1, tuple(chars))])
    rows = [b.text for b in page.blocks if b.kind == "table"]
    assert not any("4.2 Invented" in t or "TRAININGS" in t for t in rows)


# --- session 20 -------------------------------------------------------------------------------

def test_superscript_labels_hanging_left_of_notes_at_the_same_height_on_two_pages_are_labels():
    # each note's label typed as a superscript character, full size, well left of its text; the
    # last note of each page stands at the same height, and the page's running footer under it
    size = 6.5

    def page(n: int, labels: tuple[str, str], texts: tuple[str, str]) -> FakePage:
        chars = paragraph([f"Page {n} states 1,{n}00 persons for {FILLER}."], 40, 100)
        for k, (lab, text) in enumerate(zip(labels, texts)):
            top = 775 + k * size * 1.6
            chars += line(lab, 40, top, size) + line(text, 62, top, size)
        chars += line(f"Invented Bulletin, page {n} of 2", 200, 818, 7.0)
        return FakePage(n, tuple(chars))

    p1, p2 = layout_pages([
        page(1, ("\u00b9", "\u00b2"), ("Border agency, entries of the quarter.", "Ministry register, permits.")),
        page(2, ("\u00b3", "\u2074"), ("Central bank, transfers by month.", "Training records of the office."))])
    assert [(f.label, f.text) for f in p1.footnotes] == [
        ("1", "Border agency, entries of the quarter."), ("2", "Ministry register, permits.")]
    assert [(f.label, f.text) for f in p2.footnotes] == [
        ("3", "Central bank, transfers by month."), ("4", "Training records of the office.")]


def test_a_small_running_footer_right_under_the_last_note_is_no_line_of_that_note():
    # the footer set small at the right, 1 pt under the last note's line: a line of the note
    # would start at its left edge in its type
    def page(n: int) -> FakePage:
        chars = paragraph([f"Page {n} states 1,{n}00 persons for {FILLER}."], 40, 100)
        chars += line(f"{n} Central bank, transfers by month, quarter {n}.", 40, 780, NOTE)
        chars += line(f"Invented Bulletin page {n}", 430, 780 + NOTE + 1, 6.0)
        return FakePage(n, tuple(chars))
    pages = layout_pages([page(1), page(2), page(3)])
    assert [[f.text for f in p.footnotes] for p in pages] == [
        [f"Central bank, transfers by month, quarter {n}."] for n in (1, 2, 3)]


def test_a_group_label_set_flush_right_between_rows_is_a_row_of_its_own():
    # a Word table's group row merged across the table, its label set flush right: the label is
    # a row of its own, not a cell stacked over the next row's last figure
    chars = paragraph([FILLER] * 2, 40, 60)
    top, step = 120, BODY * 1.3
    chars += line("Country", 40, top) + _right("Arrivals", 300, top) + _right("Departures", 450, top)
    rows = [("Northern states", None), ("Alpha", ("1,204", "1,100")), ("Beta", ("905", "870")),
            ("Southern states", None), ("Gamma", ("77", "70")), ("Delta", ("312", "300"))]
    for i, (name, values) in enumerate(rows):
        y = top + step * (i + 1)
        if values is None:
            chars += _right(name, 450, y)
        else:
            chars += line(name, 40, y) + _right(values[0], 300, y) + _right(values[1], 450, y)
    page, = layout_pages([FakePage(1, tuple(chars))])
    got = [[b.text[x:y] for x, y in b.cells] for b in page.blocks if b.kind == "table"]
    assert ["Southern states"] in got and ["Gamma", "77", "70"] in got, got


FIGURE_EDGE_LINES = ["arrivals from the south rose by 12.5%", "the north followed at 9.7%, 8.1%", "and the west by 4.4%, 3.9%",
                     "while the east gained 2.6%, 1.8%", "the lines of the left column", "end on figures more than words"]


def test_columns_whose_lines_end_on_figures_still_have_their_gutter():
    # the left column's lines end on figures ("by 12.5%"): a side of the strip thick with
    # figures still reads as prose beside the words of the other column (blind designer57,
    # 2023q3 chromium2); a table's column of lone figures has no letters at all
    chars = justified_columns(FIGURE_EDGE_LINES, RIGHT_LINES)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert " ".join(t for _, t in blocks_of(page)) == " ".join(FIGURE_EDGE_LINES + RIGHT_LINES)



def test_a_table_over_columns_stays_whole_though_a_line_further_down_looks_like_a_row():
    # the table's cells stand on both sides of the columns' gutter; far under it, a heading of
    # the left column beside the right column's last lines makes a slab of three short pieces,
    # like a row: it is no part of the table, which is still read row by row (blind round58,
    # 2025q4 twocol-fpdf, page 2)
    chars = _table_rows(60) + paragraph(FIGURE_LEFT * 2, 40, 160) + paragraph(FIGURE_RIGHT * 2, 300, 160)
    chars += line("2. Next section", 40, 244) + line("with 5,310 in the last of the", 300, 240) + line("cities.", 300, 250)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert blocks_of(page)[:len(TABLE_ROWS)] == [("table", " ".join(r)) for r in TABLE_ROWS]


def test_a_table_printed_again_at_the_top_of_each_page_is_no_running_head():
    # a caption and its rows set at the same height on two pages, under a real running head
    # (blind round60, 2024q1 twocol-reportlab): the running head goes, the table stays
    def page(n: int) -> FakePage:
        chars = line("IOM Kazakhstan | Quarterly Bulletin", 40, 25, 8)
        chars += line("Table 1. Arrivals by nationality", 40, 45, 9)
        for i, (a, b, c) in enumerate(TABLE_ROWS):
            chars += line(a, 40, 63 + i * 13) + _right(b, 330, 63 + i * 13) + _right(c, 520, 63 + i * 13)
        chars += paragraph([f"Page {n} text: " + FILLER], 40, 200)
        return FakePage(n, tuple(chars))
    pages = layout_pages([page(1), page(2)])
    for p in pages:
        got = [t for _, t in blocks_of(p)]
        assert "IOM Kazakhstan | Quarterly Bulletin" not in got
        assert "Table 1. Arrivals by nationality" in got and " ".join(TABLE_ROWS[1]) in got


def test_a_pages_first_note_printed_with_a_plain_number_over_raised_markers_is_a_note():
    # the first note's number printed in the notes' own type, the others raised markers (blind
    # round61, 2022q1 twocol-fpdf, every page): still a note of its own, its number carried on
    sources = [f"Agency number {i} of the ministry, statistics of the quarter." for i in range(1, 4)]
    chars = []
    for i in range(1, 4):
        body = line(f"Statement {i} gives 1,{i}00 arrivals for {FILLER}.", 40, 100 + i * 13)
        chars += body + marker(str(19 + i), after(body), 100 + i * 13)
    for i, source in enumerate(sources, start=1):
        t = 740.0 + (i - 1) * NOTE * 1.5
        label = line(str(19 + i), 40, t, NOTE) if i == 1 else marker(str(19 + i), 40, t, NOTE)
        chars += label + line(source, after(label) + (NOTE * ADVANCE if i == 1 else 0), t, NOTE)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [(f.label, f.text) for f in page.footnotes] == [(str(19 + i), s) for i, s in enumerate(sources, start=1)]


def _tick_items(texts_tops, x1=382.0):
    from types import SimpleNamespace
    from extractor.layout import _Frag
    return [(_Frag([], top, top + 8, x1 - 6 * len(t), x1, 8, False, text=t), SimpleNamespace(text=t))
            for t, top in texts_tops]


@pytest.mark.parametrize("column, beside, ticks", [
    ([("100", 266), ("75", 296), ("50", 326), ("25", 356), ("0", 386)], True, True),     # a value axis
    ([("100", 266), ("75", 296), ("50", 326), ("25", 356), ("0", 386)], False, False),   # nothing left of it
    ([("60%", 100), ("40%", 140), ("20%", 180)], True, False),                           # three and no zero
    ([("30", 100), ("20", 140), ("10", 180), ("0", 220)], True, True),
    ([("2025", 100), ("2024", 114), ("2023", 128), ("2022", 142)], True, False),         # a column of years
    ([("96.4", 296), ("33.8", 310), ("9.7", 324), ("0", 338)], True, False),             # a table's values
    ([("100", 266), ("75", 296), ("50", 340), ("25", 356)], True, False),                # unevenly set
])
def test_a_charts_value_axis_labels_beside_a_table_are_no_lines_of_the_page(column, beside, ticks):
    # an axis right of a table's rows would join them as a last column; one with nothing on its
    # left (an axis at its chart's far left) is left where it is
    from extractor.layout import axis_ticks
    items = _tick_items(column) + (_tick_items([("Russian Federation 96.4", column[1][1])], x1=150.0) if beside else [])
    assert axis_ticks(items) == (set(range(len(column))) if ticks else set())


def test_a_raised_number_touching_its_word_joins_that_line_not_a_line_of_the_next_column():
    """LAY:touching-mark: "cent¹³." where the page's body type is small (a page of table text),
    so the 6.5 pt "13" is no small mark by size; read before its 9.4 pt line, it would join a
    line of the next column standing a little higher and end as a cell after the words."""
    from extractor.layout import _group_rows

    def ch(text, x0, x1, top, size):
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size,
                "fontname": "Serif", "upright": True}
    line = [ch(t, 40 + 5 * k, 45 + 5 * k, 165.2, 9.4) for k, t in enumerate("cent")]
    mark = [ch("1", 60.0, 63.5, 163.6, 6.5), ch("3", 63.5, 67.0, 163.6, 6.5)]
    after = [ch(".", 67.0, 69.6, 165.2, 9.4)] + [ch(t, 72 + 5 * k, 77 + 5 * k, 165.2, 9.4) for k, t in enumerate("Against")]
    other = [ch(t, 300 + 5 * k, 305 + 5 * k, 159.1, 9.4) for k, t in enumerate("Russia")]
    rows = _group_rows(line + mark + after + other, 7.4)
    texts = ["".join(c["text"] for c in sorted(r, key=lambda c: c["x0"])) for r in rows]
    assert "cent13.Against" in texts and "Russia" in texts
    # "2024.⁹,¹¹ Volumes": the comma and the second number go with the first
    year = [ch(t, 40 + 5 * k, 45 + 5 * k, 165.2, 9.4) for k, t in enumerate("2024.")]
    marks = [ch("9", 65.0, 68.5, 163.6, 6.5), ch(",", 68.5, 70.0, 163.6, 6.5), ch("1", 70.0, 73.5, 163.6, 6.5),
             ch("1", 73.5, 77.0, 163.6, 6.5)]
    word = [ch(t, 77 + 5 * k, 82 + 5 * k, 165.2, 9.4) for k, t in enumerate("Volumes")]
    rows = _group_rows(year + marks + word + other, 7.4)
    texts = ["".join(c["text"] for c in sorted(r, key=lambda c: c["x0"])) for r in rows]
    assert "2024.9,11Volumes" in texts


def test_a_sentence_broken_after_a_colon_runs_on_into_the_next_column_in_lower_case():
    from extractor.layout import _join_across_columns
    blocks = [_column_block("Against January–March 2024 the picture reverses:", 0, 700.0),
              _column_block("money sent abroad rose by 8.5% and money received by 3.5%.", 1, 60.0)]
    assert [b.text for b in _join_across_columns(blocks)] == [
        "Against January–March 2024 the picture reverses: money sent abroad rose by 8.5% and money received by 3.5%."]
    listed = [_column_block("The main destinations were:", 0, 700.0), _column_block("Georgia, 40.5%.", 1, 60.0)]
    assert len(_join_across_columns(listed)) == 2


@pytest.mark.parametrize("gaps, split_below, joined", [
    ((14.3, 14.3, 14.2, 14.3), False, True),  # evenly stretched: one justified line
    ((14.3, 6.0, 22.0, 14.3), False, False),  # uneven: pieces of their own
    # the line under them is a stretched line in pieces too (a narrow column's): its first piece
    # is no line whose end they reach past
    ((14.3, 14.3, 14.2, 14.3), True, False),
])
def test_a_justified_first_line_over_a_short_last_line_is_one_line(gaps, split_below, joined):
    """LAY:justified-over-ragged: a two-line caption in a narrow box, its first line justified
    with wide even spaces, its last line short; the first line's words fill no line's extent but
    start where the line under them starts and reach past its end."""
    from extractor.layout import page_lines
    size, x, top = 8.0, 232.0, 209.0
    words = ["Figure", "3.", "Remittances", "sent", "by"]
    first, at = [], x
    for w, gap in zip(words, gaps + (0.0,)):
        first += line(w, at, top, size)
        at = after(first) + gap
    below = line("destination, Q3 2023 (KZT bn)", x, top + 11.7, size)
    if split_below:
        below = line("destination,", x, top + 11.7, size)
        below += line("Q3", after(below) + 16.0, top + 11.7, size)
        below += line("2023", after(below) + 16.0, top + 11.7, size)
    chars = first + below
    pl = page_lines(FakePage(1, tuple(chars)))
    texts = [ln.text.strip() for fr, ln in pl.items if fr.top < top + 5]
    assert (texts == ["Figure 3. Remittances sent by"]) is joined


def test_a_legend_of_names_each_over_its_value_reads_name_and_value_as_one_line():
    """A chart's legend set as each country's name over its bar, the value at the bar's end on
    the line under the name (blind designer69, 2024q3 reportlab): each name and its value are
    one legend line. A single name over a number is left alone (a card's label)."""
    from extractor.layout import _names_over_values

    def blk(text, kind, x, top, size=7.0):
        box = (x, top, x + ADVANCE * size * len(text), top + size)
        return Block(page=1, kind=kind, text=text, boxes=(box,) * len(text), size=size)
    pairs = [blk("Russian Federation", "legend", 300.0, 431.0), blk("41.6%", "heading", 489.0, 441.0, 7.5),
             blk("Republic of Korea", "legend", 300.0, 457.0), blk("6.3%", "heading", 332.0, 467.0, 7.5)]
    got = _names_over_values(pairs)
    assert [(b.kind, b.text) for b in got] == [("legend", "Russian Federation 41.6%"), ("legend", "Republic of Korea 6.3%")]
    assert _names_over_values(pairs[:2]) == pairs[:2]
    left = [pairs[0], blk("41.6%", "heading", 200.0, 441.0, 7.5), pairs[2], pairs[3]]   # a value left of its name
    assert [b.text for b in _names_over_values(left)][:2] == ["Russian Federation", "41.6%"]


def test_a_legend_entrys_bracketed_value_set_apart_on_its_line_or_under_it_joins_its_name():
    """"Kyrgyzstan" | "(21.95%)" on one line with a justified gap between, or the bracket
    wrapped under the name (blind designer59, 2024q4 chromium2): one entry, even alone; a
    bracket far along the line is not the name's."""
    from extractor.layout import _names_over_values

    def blk(text, x, top, size=8.5):
        box = (x, top, x + ADVANCE * size * len(text), top + size)
        return Block(page=1, kind="legend", text=text, boxes=(box,) * len(text), size=size)
    name = blk("Kyrgyzstan", 323.0, 479.0)
    beside = blk("(21.95%)", 323.0 + ADVANCE * 8.5 * 10 + 27.0, 479.0)
    under = blk("(21.95%)", 323.0, 489.0)
    far = blk("(21.95%)", 323.0 + ADVANCE * 8.5 * 10 + 80.0, 479.0)
    assert [b.text for b in _names_over_values([name, beside])] == ["Kyrgyzstan (21.95%)"]
    assert [b.text for b in _names_over_values([name, under])] == ["Kyrgyzstan (21.95%)"]
    assert [b.text for b in _names_over_values([name, far])] == ["Kyrgyzstan", "(21.95%)"]


def test_a_column_of_row_names_and_a_column_of_values_read_apart_are_zipped_into_rows():
    """TAB:stacked-columns: "April" | "May" | "June" read as lines of their own and the values
    set level with them, right of them, read as one block ("1,046,220 1,158,930 1,207,656";
    blind designer70, 2023q2 word): one table row per name. A value level with no name leaves
    everything as it was."""
    from extractor.layout import _zipped_stacks

    def blk(text, x, tops, kind="legend", size=8.5):
        boxes, at = [], 0
        for word, top in zip(text.split(), tops):
            boxes += [(x + 4.0 * i, top, x + 4.0 * (i + 1), top + size) for i in range(len(word))] + [(0, top, 0, top)]
        return Block(page=1, kind=kind, text=text, boxes=tuple(boxes[:len(text)]), size=size)
    names = [blk("April", 60.0, [100.0]), blk("May", 60.0, [115.0]), blk("June", 60.0, [130.0])]
    values = blk("1,046,220 1,158,930 1,207,656", 200.0, [100.0, 115.0, 130.0], "heading")
    got = _zipped_stacks([blk("Arrivals by month, Q2 2024", 60.0, [85.0] * 5, "heading")] + names + [values])
    assert [(b.kind, b.text) for b in got[1:]] == [
        ("table", "April 1,046,220"), ("table", "May 1,158,930"), ("table", "June 1,207,656")]
    assert [got[1].text[a:b] for a, b in got[1].cells] == ["April", "1,046,220"]
    stray = blk("1,046,220 1,158,930 1,207,656", 200.0, [100.0, 115.0, 160.0], "heading")
    assert _zipped_stacks(names + [stray]) == names + [stray]
    # bars drawn in block glyphs before each value, each bar and value a line of its own
    # ("███████ 1,046,310": blind designer110, 2024q1 word)
    bars = [blk(f"{'█' * n} {v}", 120.0, [top, top]) for n, v, top in
            ((7, "1,046,220", 100.0), (8, "1,158,930", 115.0), (9, "1,207,656", 130.0))]
    got = _zipped_stacks(names + bars)
    assert [(b.kind, b.text) for b in got] == [
        ("table", "April 1,046,220"), ("table", "May 1,158,930"), ("table", "June 1,207,656")]


def test_a_tables_last_row_run_down_into_the_foot_margin_is_no_running_foot():
    # each page's table runs down into the wide foot band, its last row at the same height on
    # both pages with the same name and figures of the same shape (digits are folded when margin
    # lines are compared): set right under the row above, it is the table's, while the page
    # number under it is dropped (blind round73, 2023q4 tables-fpdf)
    def page(n: int, figures: tuple[str, str]) -> FakePage:
        chars = paragraph([f"Page {n} text: " + FILLER], 40, 100)
        rows = [("Uzbekistan", "38.2", "16.2"), ("Kyrgyzstan", "12.4", "5.4"), ("Latvia",) + figures]
        for i, (a, b, c) in enumerate(rows):
            top = HEIGHT - 100 + i * 14
            chars += line(a, 40, top) + _right(b, 330, top) + _right(c, 520, top)
        chars += line(f"{n} / 2", 290, HEIGHT - 30, 8)
        return FakePage(n, tuple(chars))
    pages = layout_pages([page(1, ("6.9", "6.1")), page(2, ("6.2", "4.8"))])
    for p, row in zip(pages, ("Latvia 6.9 6.1", "Latvia 6.2 4.8")):
        got = [t for _, t in blocks_of(p)]
        assert row in got
        assert not any("/ 2" in t for t in got)


def test_a_small_paragraphs_last_line_with_a_high_raised_marker_still_joins_it():
    """Small type set as a paragraph whose last line ends in a note marker raised so high that
    it reaches into the line above (blind designer73, 2024q2 reportlab, page 2 sidebar: "were
    registered for work in Russia in" over "the first half of 2024.¹⁵"): one paragraph."""
    small = 8.0
    texts = ["Border statistics show that 12.5", "thousand residents of the oblast",
             "were counted as seasonal workers in", "the second half of 2024."]
    chars = paragraph([f"Body {FILLER}"] * 3, 40, 60)
    for k, text in enumerate(texts):
        chars += line(text, 40, 150 + k * small * 1.28, small)
    chars += line("7", after(chars) + 1, 150 + 3 * small * 1.28 - small * 0.34, small * 0.8)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert " ".join(texts) in [b.text for b in page.blocks]


def test_header_cells_drawn_over_each_other_stay_two_fragments():
    # "Sent, USD million" runs 3 pt into the next cell, "Received, KZT billion": read by x the
    # two glyphs there collide and the cells would run together; read in the order they were
    # drawn, each run is a fragment of its own
    from extractor.layout import page_lines
    chars = line("Month", 40, 100, 8.0) + line("Sent, USD million", 100, 100, 8.0)
    chars += line("Received, KZT billion", 100 + 17 * ADVANCE * 8.0 - 3.0, 100, 8.0)
    got = [fr.text for fr, _ in page_lines(FakePage(1, tuple(chars)), body=8.0).items]
    assert got == ["Month", "Sent, USD million", "Received, KZT billion"]


# --- cells drawn as rectangles ------------------------------------------------------------------

@dataclass(frozen=True)
class ShapedPage(FakePage):
    """A page with vector shapes (filled rectangles) as `extractor.pdf` hands them on."""
    shapes: tuple = ()


def _rect(x0: float, x1: float, top: float, bottom: float) -> dict:
    return {"kind": "rect", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "fill": (0.8, 0.8, 0.8),
            "stroke": None}


def _ruled_table(merged: bool) -> ShapedPage:
    """Three columns whose cells meet at x = 200 and x = 255, figures set flush right in them;
    the header's and each row's underline drawn cell by cell. In the first row the two figures stand 10 pt
    apart, closer than a fragment's gap; over them a header cell spanning both columns, drawn
    as one merged cell where `merged`."""
    edges = (40, 200, 255, 320)
    chars = line("Table 9. Invented arrivals against earlier quarters", 40, 80)
    chars += line("Arrivals from the Commonwealth", 135, 100)     # a word space at x = 200
    shapes = [_rect(40, 120, 98, 112)] + ([_rect(120, 320, 98, 112)] if merged else
                                          [_rect(120, 200, 98, 112), _rect(200, 320, 98, 112)])
    shapes += [_rect(x0, x1, 112, 113) for x0, x1 in zip(edges, edges[1:])]     # the header's underline
    rows = [("Sent", "1,204,511", "1,004,922"), ("Left", "204.5", "176.4"), ("Stayed", "99.5", "71.5")]
    for i, (name, a, b) in enumerate(rows):
        top = 120 + 20 * i
        chars += line(name, 44, top) + _right(a, 196, top) + _right(b, 251, top)
        shapes += [_rect(x0, x1, top + 14, top + 15) for x0, x1 in zip(edges, edges[1:])]
    return ShapedPage(1, tuple(chars), shapes=tuple(shapes))


@pytest.mark.parametrize("merged", [True, False])
def test_figures_close_on_either_side_of_a_drawn_cell_edge_are_two_cells(merged):
    page, = layout_pages([_ruled_table(merged)])
    rows = [b for b in page.blocks if b.kind == "table" and "Sent" in b.text]
    assert [rows[0].text[a:b] for a, b in rows[0].cells] == ["Sent", "1,204,511", "1,004,922"]
    # the edge runs through the header row only where no merged cell is drawn over it
    edges = _cell_edges(_ruled_table(merged).shapes, BODY)
    assert any(lo == 200 and t <= 105 <= b for lo, hi, t, b in edges) == (not merged)
    assert any(lo == 200 and t <= 125 <= b for lo, hi, t, b in edges)
    assert not any(t <= 85 <= b for lo, hi, t, b in edges)        # the caption over the table


def test_without_drawn_cells_close_figures_stay_one_fragment():
    page = _ruled_table(True)
    page, = layout_pages([FakePage(1, page.chars)])
    assert any("1,204,511 1,004,922" in b.text for b in page.blocks)


def test_a_chapter_name_on_the_running_heads_line_is_part_of_it():
    # "KAZAKHSTAN MONITOR" repeats on every page; the chapter's name beside it changes
    pages = []
    for n, chapter in ((1, "Arrivals and permits"), (2, "Regions, citizens abroad")):
        chars = line("KAZAKHSTAN MONITOR", 40, 20, 8) + line(chapter, 400, 20, 8)
        chars += paragraph([f"Page {n} opens with {FILLER}", f"and goes on with {FILLER}"], 40, 100)
        pages.append(FakePage(n, tuple(chars)))
    for page in layout_pages(pages):
        assert all("Arrivals and permits" not in b.text and "Regions, citizens" not in b.text for b in page.blocks)


def test_a_run_of_rows_whose_widest_row_holds_no_figure_still_has_columns():
    """`_grid`: the first row holds figures in fewer cells than a later row of words has (no
    row with all the cells holds a figure): the columns come from the widest row, not from a
    row that lacks some of them (an IndexError before)."""
    from extractor.layout import _grid

    def row(*cells: str, top: float) -> Block:
        text, spans, boxes, x = "", [], [], 40.0
        for c in cells:
            spans.append((len(text), len(text) + len(c)))
            boxes += [(x + 5 * k, top, x + 5 * k + 5, top + 9) for k in range(len(c))] + [(0, 0, 0, 0)]
            text += c + " "
            x += 120
        return Block(page=1, kind="table", text=text[:-1], boxes=tuple(boxes[:-1]), cells=tuple(spans))
    cols = _grid([row("Sent", "12.5", top=100), row("Country", "Share", "Note", top=112)])
    assert [round(c[0]) for c in cols] == [40, 160, 280]


def _narrow_column_lines(prefix: str, n: int) -> list[str]:
    """`n` lines of 50 characters each, every one of running text."""
    words = f"{prefix} text runs on here with words and more of them in the column".split()
    out = []
    for k in range(n):
        text = f"{prefix} line {k} " + " ".join(words)
        out.append(text[:49].ljust(49, "x") + ("." if k == n - 1 else "s"))
    return out


@pytest.mark.parametrize("rows", [8, 2])
def test_two_justified_columns_six_points_apart_are_two_columns(rows):
    """Two columns of running text 6 pt apart, narrower than a fragment's gap (blind round81,
    2022q4 twocol-reportlab): eight rows make a gutter of the page; on the next page a run of
    two rows at the same place, under a full-width line, is that gutter again."""
    left, right = _narrow_column_lines("Left", rows), _narrow_column_lines("Right", rows)
    first = []
    for k in range(8):
        first += line(_narrow_column_lines("Left", 8)[k], 40, 100 + 13 * k) + \
            line(_narrow_column_lines("Right", 8)[k], 296, 100 + 13 * k)
    second = line("A heading line that runs across the whole width of the page above", 40, 80)
    for k in range(rows):
        second += line(left[k], 40, 100 + 13 * k) + line(right[k], 296, 100 + 13 * k)
    second += paragraph([f"Closing text: {FILLER}"] * 3, 40, 100 + 13 * rows + 20)
    pages = layout_pages([FakePage(1, tuple(first)), FakePage(2, tuple(second))])
    for page, n in zip(pages, (8, rows)):
        texts = [b.text for b in page.blocks]
        assert any(t.startswith("Left line 0") and t.endswith(_narrow_column_lines("Left", n)[-1]) for t in texts)
        assert not any("Left" in t and "Right" in t for t in texts)


def test_two_level_header_with_a_note_raised_on_a_lower_cell_spreads_each_group_over_its_cells():
    # "Sent from Kazakhstan | Received in Kazakhstan" over "KZT billion | USD million¹⁴ | KZT
    # billion | USD million", "Month" set between the two lines: the raised marker lifted its
    # cell's top onto "Month"'s line, and the first group stood as a cell of its own (blind
    # round83, 2023q2 tables-chromium, Table 6)
    size = 9.0
    chars = line("Table 6. Invented transfers by month", 52, 150, size)
    chars += line("Sent from Kazakhstan", 170, 166.4, size) + line("Received in Kazakhstan", 370, 166.4, size)
    chars += line("Month", 60, 174.6, size)
    chars += line("KZT billion", 150, 181.4, size) + line("USD million", 245, 182.9, size)
    chars += line("14", 245 + 11 * ADVANCE * size, 180.3, 7.5)
    chars += line("KZT billion", 360, 181.4, size) + line("USD million", 455, 181.4, size)
    for k, (name, values) in enumerate([("April", ("63.4", "140.8", "28.7", "63.7")),
                                        ("May", ("66.1", "146.8", "31.2", "69.3"))]):
        top = 197.1 + 14.3 * k
        chars += line(name, 56, top, size)
        for x1, v in zip((229, 345, 439, 539), values):
            chars += _right(v, x1, top, size)
    page, = layout_pages([FakePage(1, tuple(chars))])
    header = next(b for b in page.blocks if b.kind == "table")
    assert [header.text[a:b] for a, b in header.cells] == [
        "Month", "Sent from Kazakhstan KZT billion", "Sent from Kazakhstan USD million",
        "Received in Kazakhstan KZT billion", "Received in Kazakhstan USD million"]


def test_a_row_of_values_over_a_row_of_as_many_names_gives_a_row_for_each_name():
    # "33.5% | 21.2% | 12.8%" over a stacked bar, its legend "Uzbekistan | Russian Federation |
    # China" right under it, the names not under their values (blind designer81, 2024q2
    # reportlab, Figure 4); not over a row of another count, nor far above it
    from extractor.layout import _values_over_names
    from tests.test_assemble import placed_line

    def _row_block(cells, top, size):
        return placed_line(cells, top, size=size, advance=ADVANCE * size)
    values = _row_block([("33.5%", 113), ("21.2%", 256), ("12.8%", 405)], 296, 7.5)
    names = _row_block([("Uzbekistan", 47), ("Russian Federation", 113), ("China", 206)], 315, 7.3)
    got = _values_over_names([values, names])
    assert [b.text for b in got] == ["Uzbekistan 33.5%", "Russian Federation 21.2%", "China 12.8%"]
    row = got[1]
    assert [row.text[a:e] for a, e in row.cells] == ["Russian Federation", "21.2%"]
    fewer = _row_block([("Uzbekistan", 47), ("China", 206)], 315, 7.3)
    far = _row_block([("Uzbekistan", 47), ("Russian Federation", 113), ("China", 206)], 400, 7.3)
    assert _values_over_names([values, fewer]) == [values, fewer]
    assert _values_over_names([values, far]) == [values, far]


# --- LAY:flush-gutter ---------------------------------------------------------------------------

OFFSET_LEFT = ["registrations rose in each month of", "the quarter and peaked in the", "third month when the new rules",
               "on seasonal hiring took effect in", "the southern regions of the", "country and along the railway",
               "lines that carry most of the", "workers to the building sites"]
OFFSET_RIGHT = ["exits kept pace with entries and", "most of them passed through the", "road crossings of the southern",
                "border while the airports took", "the rest of the outgoing traffic", "over the whole of the quarter",
                "with a small rise in the number", "of flights to the capital city"]


def offset_columns(left: list[str], right: list[str], top: float = 100) -> list[dict]:
    """Two justified columns 6 pt apart in 10 pt type, the left one's lines 13 pt apart, the right
    one's 11 pt from 6.5 pt lower: a row seldom holds a line of both, and where it does, only a
    word space parts them."""
    chars = []
    for k, (a, b) in enumerate(zip(left, right)):
        chars += _justified(a.split(), 40, 214, top + 13 * k) + _justified(b.split(), 220, 394, top + 6.5 + 11 * k)
    return chars


def test_justified_columns_on_offset_baselines_are_read_as_two_columns():
    # blind designer96, 2026q1 chromium: two justified columns 6 pt apart whose baselines
    # differ; no row has both columns' lines, so no row shows the blank between them, yet the
    # right column's lines all start at one edge beside the left column's flush ends
    page, = layout_pages([FakePage(1, tuple(offset_columns(OFFSET_LEFT, OFFSET_RIGHT)))])
    assert " ".join(t for _, t in blocks_of(page)) == " ".join(OFFSET_LEFT + OFFSET_RIGHT)


def test_a_table_under_offset_columns_is_not_cut_at_their_gutter():
    # blind round81, 2022q4 twocol-reportlab: a table across both columns right under them; its
    # rows end a figure on the left of the strip and start away from the right column's edge,
    # so the gutter stops above it and each row stays one row
    chars = offset_columns(OFFSET_LEFT, OFFSET_RIGHT)
    rows = [("Aland", "41.2", "Borduria", "30.3"), ("Carpania", "14.1", "Dorland", "9.6"),
            ("Estmark", "6.2", "Fenwick", "3.3")]
    for i, (a, b, c, d) in enumerate(rows):
        top = 215 + 13 * i
        chars += line(a, 40, top) + _right(b, 210, top) + _right(c, 330, top) + _right(d, 394, top)
    chars += offset_columns(OFFSET_LEFT, OFFSET_RIGHT, top=265)
    gutters = _gutters(_group_rows(chars, BODY), BODY)
    assert len(gutters) == 2            # one over the table, one under it
    assert not any(top <= 215 + 13 * i <= bottom for _, _, top, bottom in gutters for i in range(len(rows)))
    page, = layout_pages([FakePage(1, tuple(chars))])
    texts = [t for _, t in blocks_of(page)]
    assert [" ".join(r) for r in rows] == [t for t in texts if t.split()[0] in ("Aland", "Carpania", "Estmark")]


def test_endnotes_in_two_columns_with_labels_touching_the_left_column_are_one_note_each():
    # blind designer96, 2026q1 chromium: an endnote list in two CSS columns whose numbers are set
    # right-aligned, '12.' reaching left until it touches the left column's line
    # ('...Internal Affairs10. National Bank'): the labels hang into the strip before the
    # right column's edge, and each note keeps its own text
    chars = paragraph([f"A statement of 2,400 persons for {FILLER}."] + LEFT_LINES + RIGHT_LINES, 40, 100)
    chars += line("Sources", 40, 280, 13, font="Helvetica-Bold")
    size, left_text, right_text = 8.0, 52.0, 310.0
    left = [("7.", "Agency one of the invented republic of the north,"), (None, "arrivals by month and quarter of the year."),
            ("8.", "Agency two of the invented republic of the south,"), (None, "permits issued over the whole of the year."),
            ("9.", "Agency three of the invented ministry of the internal affairs"), (None, "of the republic, residence register.")]
    right = [("10.", "Bank one of the invented republic, money transfers"), (None, "of individuals, first quarter."),
             ("11.", "Bank two of the invented republic, exchange rates"), (None, "for the quarter as a whole."),
             ("12.", "Bank three of the invented republic, transfers by"), (None, "country of destination and origin.")]
    for k, ((la, ta), (lb, tb)) in enumerate(zip(left, right)):
        top = 300 + 10 * k
        if la:
            chars += line(la, left_text - 2.5 * ADVANCE * size - 1, top, size)
        chars += line(ta, left_text, top, size)
        if lb:
            chars += line(lb, right_text - len(lb) * ADVANCE * size - 3, top, size)
        chars += line(tb, right_text, top, size)
    # note 9's first line (61 characters of 4 pt from 52) ends at 296, after "12." starts at 295
    page, = layout_pages([FakePage(1, tuple(chars))])
    notes = {n.label: n for n in page.footnotes}
    assert notes["9"].text == "Agency three of the invented ministry of the internal affairs of the republic, residence register."
    assert notes["12"].text == "Bank three of the invented republic, transfers by country of destination and origin."
    assert notes["10"].text == "Bank one of the invented republic, money transfers of individuals, first quarter."


def test_a_charts_key_line_under_its_rows_is_read_right_after_its_title():
    """LAY:key-under-rows (blind designer96, 2023q2 word): "■ sent ■ received" set under a
    chart's rows of two values is read before the rows, after the title over them; a key line
    far under them (another chart's) stays where it is."""
    def page(key_top: float):
        chars = paragraph([f"A statement of 2,400 persons for {FILLER}."] + LEFT_LINES, 40, 60)
        chars += line("Figure 2. Monthly money transfers, KZT billion", 40, 160, 9.5, font="Helvetica-Bold")
        for i, (month, a, b) in enumerate([("April 2024", "58.5", "24.5"), ("May 2024", "59.7", "25.5"),
                                           ("June 2024", "60.5", "26.5")]):
            top = 176 + 14 * i
            chars += line(month, 40, top, 8) + _right(a, 300, top, 8) + _right(b, 340, top, 8)
        chars += line("■ transfers sent ■ transfers received", 40, key_top, 7.5)
        return layout_pages([FakePage(1, tuple(chars))])[0]
    near = [b.kind for b in page(222).blocks]
    assert near[near.index("legend") - 1:near.index("legend") + 2] == ["heading", "legend", "table"]
    far = [b.kind for b in page(300).blocks]
    assert far[-2:] == ["table", "legend"]


def test_a_key_line_taken_into_a_rows_label_cell_is_cut_back_out():
    """LAY:key-under-rows (blind designer94, 2024q3 word): the key centred under a grouped bar
    chart stacked into the middle month's label cell; the row keeps its label and values, the key
    becomes a legend line of its own."""
    from extractor.layout import _key_out_of_cell
    label, key, values = "May", "■ Sent abroad ■ Received from abroad", ["61.5", "27.5"]
    text = f"{label} {key} {values[0]} {values[1]}"
    a = len(label) + 1 + len(key)
    cells = ((0, a), (a + 1, a + 5), (a + 6, a + 10))
    row = Block(page=1, kind="table", text=text, boxes=tuple((i, 0.0, i + 1.0, 8.0) for i in range(len(text))),
                size=8.0, cells=cells)
    got_row, got_key = _key_out_of_cell(row)
    assert [got_row.text[x:y] for x, y in got_row.cells] == [label] + values
    assert len(got_row.boxes) == len(got_row.text)
    assert (got_key.kind, got_key.text) == ("legend", key)
    plain = replace(row, text="May 2024 61.5 27.5", cells=((0, 8), (9, 13), (14, 18)), boxes=row.boxes[:18])
    assert _key_out_of_cell(plain) == [plain]


# --- two figures side by side ----------------------------------------------------------------

def _bar_rows(names: list[str], values: list[str], x: float, value_x1: float, top: float) -> list[dict]:
    chars = []
    for k, (n, v) in enumerate(zip(names, values)):
        chars += line(n, x, top + 15 * k, 8.0) + _right(v, value_x1, top + 15 * k, 8.0)
    return chars


def _column_chart(values: list[tuple[str, float]], labels: list[str], x: float, base: float) -> list[dict]:
    """A column chart's values set over their bars at the bars' heights, its labels under them."""
    chars = []
    for k, ((v, top), lab) in enumerate(zip(values, labels)):
        chars += line(v, x + 70 * k, top, 7.5) + line(lab, x + 70 * k + 5, base, 8.0)
    return chars


def test_two_numbered_figures_side_by_side_are_read_one_after_the_other():
    # blind designer100, 2025q1 word: a bar chart of shares and a column chart of monthly values
    # in the two cells of a layout table; read as one table, the bar chart's rows took the
    # column chart's values beside them as cells
    chars = line("Figure 1. Arrivals by nationality, share, %", 40, 300, 8.5)
    chars += line("Figure 2. Arrivals by month, persons", 320, 300, 8.5)
    chars += _bar_rows(["Aland", "Borduria", "Carpania", "Dorland"], ["41.5", "27.5", "16.5", "6.5"], 40, 270, 330)
    chars += _column_chart([("1,086,500", 338), ("1,049,500", 344), ("1,276,500", 318)], ["Jan", "Feb", "Mar"],
                           320, 400)
    page, = layout_pages([FakePage(1, tuple(chars))])
    texts = [t for _, t in blocks_of(page)]
    assert texts.index("Figure 2. Arrivals by month, persons") > texts.index("Dorland 6.5")
    assert [t for t in texts if t.split()[0] in ("Aland", "Borduria", "Carpania", "Dorland")] == \
        ["Aland 41.5", "Borduria 27.5", "Carpania 16.5", "Dorland 6.5"]


def test_two_titled_figures_side_by_side_are_read_apart_but_charts_of_level_rows_are_not():
    # blind designer98, 2025q4 word: titles in larger type with no number over a column chart and
    # a table of shares beside it; their lines never stand level, so each is read whole
    chars = line("Monthly arrivals of foreign nationals", 40, 300, 10.0)
    chars += line("Permits by nationality, Q4 2025", 320, 300, 10.0)
    chars += _column_chart([("1,208,500", 318), ("1,095,500", 331), ("1,108,500", 329)],
                           ["Oct", "Nov", "Dec"], 40, 400)
    chars += _bar_rows(["Aland", "Borduria", "Carpania", "Dorland"], ["44.5", "38.5", "6.5", "4.5"], 320, 540, 342)
    page, = layout_pages([FakePage(1, tuple(chars))])
    texts = [t for _, t in blocks_of(page)]
    assert texts.index("Permits by nationality, Q4 2025") > max(texts.index(m) for m in ("Oct", "Nov", "Dec"))
    assert "Aland 44.5" in texts
    # blind designer69, 2022q3 chromium2: two bar charts of shares whose rows stand level are
    # one table's rows, each row holding both charts' names and shares (read by the table rules)
    chars = line("CIS member states, share", 40, 300, 10.0) + line("Other countries, share", 320, 300, 10.0)
    chars += _bar_rows(["Aland", "Borduria", "Carpania"], ["45.5%", "27.5%", "18.5%"], 40, 270, 330)
    chars += _bar_rows(["Estmark", "Fenwick", "Gorland"], ["38.5%", "21.5%", "9.5%"], 320, 540, 330)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert "Aland 45.5% Estmark 38.5%" in [t for _, t in blocks_of(page)]


def test_a_narrow_gutter_stands_though_a_columns_first_and_last_lines_stand_beside_nothing():
    # blind designer98, 2023q1 chromium: two CSS columns 7.9 pt apart; the right column's first
    # line (beside the left column's heading) and its last lines (past the left column's end)
    # stand beside no line, so they are not found as set against the gutter; the rest are
    from extractor.layout import _Frag, _x_gaps

    def frag(x0: float, x1: float, top: float, by_gutter: bool) -> _Frag:
        return _Frag([], top, top + 8.6, x0, x1, 8.6, False, text="words of a line", by_gutter=by_gutter)

    left = [frag(34.0, 150.0 + (k % 3) * 3, 120 + 10.5 * k, True) for k in range(10)]
    left.append(frag(34.0, 160.7, 225.0, True))                 # the line that narrows the gutter
    right = [frag(168.6, 290.0, 110 + 10.5 * k, 0 < k < 14) for k in range(16)]
    assert [(round(a, 1), round(b, 1)) for a, b in _x_gaps(left + right)] == [(160.7, 168.6)]
    # a few lines standing near a column, most of them no column's lines, part nothing
    strays = [frag(168.6, 290.0, 110 + 10.5 * k, k < 2) for k in range(6)]
    assert _x_gaps(left + strays) == []


def test_a_bold_figure_opening_a_line_of_plain_words_is_running_text_not_a_heading():
    # "**182.4 thousand** holders of" | "permanent residence lived in ...": a key figure set bold
    # at a paragraph's start (blind designer102, 2026q1 reportlab, page 2)
    first = line("182.4 thousand", 40, 100, BODY, "Helvetica-Bold")
    first += line(" holders of", after(first), 100)
    chars = first + line("permanent residence lived in the country.", 40, 113)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert blocks_of(page) == [("body", "182.4 thousand holders of permanent residence lived in the country.")]


@pytest.mark.parametrize("lead, rest, kind", [
    ("Round table on fair recruitment.", " On 17 May", "body"),       # a run-in title, then the text
    ("Round table on fair recruitment", " in Almaty", "heading")])   # no stop: a heading's words
def test_a_bold_run_in_title_closed_by_a_stop_and_run_on_in_plain_words_is_running_text(lead, rest, kind):
    # "**Round table on fair recruitment.** On 18 February" | "2026 IOM brought together ...": the
    # paragraph's run-in title; read as a heading, the day was cut from its sentence (blind
    # designer107, 2026q1 reportlab, page 2)
    first = line(lead, 40, 100, BODY, "Helvetica-Bold")
    first += line(rest, after(first), 100)
    chars = first + line("2024 IOM brought together 19 officials.", 40, 113)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert blocks_of(page)[0][0] == kind


def test_a_bold_line_of_figures_and_words_stays_a_heading():
    # a title set bold throughout, opening on a year, is still a heading
    chars = line("2024 in review", 40, 100, BODY, "Helvetica-Bold") + line(f"Body {FILLER}", 40, 120)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert blocks_of(page)[0] == ("heading", "2024 in review")


# --- session 46: a table over a chart and a table side by side; a header over a group row

def _fr(text, x0, x1, top, size=8.4, bold=False, plan=None):
    from extractor.layout import _Frag
    return _Frag([], top, top + size, x0, x1, size, bold, plan=plan, text=text)


def _full_table_over_chart_and_table():
    """A full-width table's rows (name left, figures right), under it a chart (a region) on
    the left and a table on the right, side by side."""
    from extractor.regions import Plan
    frags = []
    for k, (name, a, b, c) in enumerate([("Armenia", "118.5", "253.5", "45.5"), ("Georgia", "29.5", "62.5", "11.5"),
                                         ("Moldova", "9.5", "20.5", "3.5"), ("Belarus", "34.5", "76.5", "13.5")]):
        top = 380 + 18 * k
        frags += [_fr(name, 43, 80, top), _fr(a, 335, 356, top), _fr(b, 424, 445, top), _fr(c, 536, 553, top)]
    chart = Plan("chart", (37, 545, 296, 686), [])
    frags.append(_fr("", 37, 296, 545, plan=chart))
    frags[-1].bottom = 686
    for k, (m, a, b) in enumerate([("Month", "Sent", "Received"), ("April", "92.5", "63.5"), ("May", "81.5", "56.5"),
                                   ("June", "83.5", "58.5")]):
        top = 560 + 18 * k
        frags += [_fr(m, 320, 350, top), _fr(a, 430, 452, top), _fr(b, 510, 535, top)]
    return frags


def test_a_table_over_a_chart_and_a_table_side_by_side_is_not_cut_at_their_gutter():
    # the rows of the full-width table cross the gutter between the chart and the table under
    # it (blind designer48, 2022q4 chromium2, page 4): no chart beside a table
    from extractor.layout import _region_beside_table
    frags = _full_table_over_chart_and_table()
    assert _region_beside_table(frags, 595) is None
    below = [f for f in frags if f.top >= 545]          # the chart and the table alone: apart
    left, right = _region_beside_table(below, 595)
    assert any(f.plan for f in left) and not any(f.plan for f in right)


def test_a_bold_group_row_between_a_header_and_its_rows_opens_no_section():
    # "KZT bn | USD m | Share, %" in bold centred over right-aligned figures, then a bold group
    # row "CIS member states" at the left edge, then rows; a chart and a table side by side
    # under the table (the geometry of blind designer48, 2022q4 chromium2, page 4)
    from extractor.layout import _section_break
    from extractor.regions import Plan

    def row(name, top, *values, bold=False):
        cells = [_fr(name, 42.7, 42.7 + 4.2 * len(name), top, bold=bold)]
        return cells + [_fr(v, x1 - 4.7 * len(v), x1, top, bold=bold) for v, x1 in zip(values, (356.3, 445.2, 552.6))]

    slabs = [[_fr("Remittances sent by country of destination, Q2 2024", 36.8, 305.5, 309.7, 10.5, True)],
             [_fr("Remittances sent", 379.1, 448.5, 330.1, bold=True)],
             [_fr("Country of destination", 42.7, 132.2, 339.9, bold=True)],
             [_fr("KZT bn", 301.2, 330.1, 348.9, bold=True), _fr("USD m", 392.5, 420.0, 348.9, bold=True),
              _fr("Share, %", 486.6, 522.1, 348.9, bold=True)],
             row("CIS member states", 367.6, bold=True),
             row("Armenia", 386.4, "118.5", "253.5", "45.5"), row("Georgia", 404.4, "29.5", "62.5", "11.5"),
             row("Non-CIS countries", 441.9, bold=True), row("Mongolia", 460.6, "34.5", "76.5", "13.5"),
             row("Total", 516.1, "257.5", "550.5", "100.0", bold=True)]
    chart = _fr("", 36.8, 295.8, 545.2, 9.6, plan=Plan("chart", (36.8, 545.2, 295.8, 685.6), []))
    chart.bottom = 685.6
    slabs.append([chart, _fr("Monthly transfers, April – June 2024", 323.7, 553.9, 545.2, 10.5, True)]
                 + [_fr(t, 329.6, 368.3, 602.4 + 18.7 * k) for k, t in enumerate(["April", "May", "June"])])
    assert _section_break(slabs) != 4


# --- paragraphs that end short of the edge ---------------------------------------------------

def test_a_sentence_ending_short_of_the_edge_ends_its_paragraph():
    """Word and LibreOffice set paragraphs with no space between them: a line that ends a
    sentence where the next line's first word would have fitted after it ends its paragraph
    (blind designer109, 2026q2 word: the second paragraph's figures had taken the first's note)."""
    first = ["Arrivals of foreign nationals came to 2,945,300 in the quarter, a little more than",
             "in the one before."]
    second = ["Departures came to 2,810,600, and the balance was positive for the third time",
              "in a row."]
    page, = layout_pages([FakePage(1, tuple(paragraph(first + second, 40, 100)))])
    assert [t for _, t in blocks_of(page)] == [" ".join(first), " ".join(second)]


def test_a_sentence_ending_at_the_edge_runs_on_into_the_next_line():
    # the same lines, the stop at the line's full width: nothing says the paragraph ends there
    lines = ["Arrivals of foreign nationals came to 2,945,300 in the quarter, a little more.",
             "Departures came to 2,810,600, and the balance was positive for the third time",
             "in a row."]
    page, = layout_pages([FakePage(1, tuple(paragraph(lines, 40, 100)))])
    assert [t for _, t in blocks_of(page)] == [" ".join(lines)]


def test_a_small_type_note_ending_in_a_figure_runs_on_into_its_next_line_of_sentences():
    """"USD amounts are converted at the quarterly average of 469.5" | "KZT per USD. For reference
    only, the official rate fixed on 31" | "March 2024 was 451.8 tenge.": a line of small type
    ending in a figure goes on in a line that holds a sentence's stop (blind designer109, 2024q4
    chromium2); a chart's legend entries, each ending in its figure, stay apart."""
    note = ["USD amounts are converted at the quarterly average of 469.5",
            "KZT per USD. For reference only, the official rate fixed on 31",
            "March 2024 was 451.8 tenge."]
    body = [("Transfers sent from Kazakhstan reached KZT 190.5 billion in the quarter, "
             "the highest level so far.")]
    chars = paragraph(body, 40, 100) + paragraph(note, 40, 140, size=8.0)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert " ".join(note) in [t for _, t in blocks_of(page)]


def test_a_long_sentence_broken_off_at_a_columns_foot_goes_on_at_the_next_columns_top():
    """"Within the CIS group, Uzbekistan led with 40.5%, while the Russian" at the foot of the
    left column, "Federation and Kyrgyzstan held 23.5% and 20.5%, respectively." at the top of
    the right one: one sentence, though the first part holds no stop (blind designer99, 2024q4
    chromium)."""
    left = [(f"Left {i} " + FILLER)[:49] for i in range(1, 4)]
    left[-1] = left[-1][:40] + "."
    tail = ["Within the CIS group, Uzbekistan led with 40.5%,", "while the Russian"]
    right = ["Federation and Kyrgyzstan held 23.5% and 20.5%,", "respectively, of the group's arrivals.",
             (FILLER + " and more")[:49], "Departures were steady."]
    chars = paragraph(left, 40, 100) + paragraph(tail, 40, 100 + 4 * BODY * 1.3) \
        + paragraph(right, 40 + 250 + 15, 100)
    page, = layout_pages([FakePage(1, tuple(chars))])
    texts = [t for _, t in blocks_of(page)]
    assert " ".join(tail + right[:2]) in " ".join(texts)
    assert not any(t.endswith("while the Russian") for t in texts)
