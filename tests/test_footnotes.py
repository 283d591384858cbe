"""Footnotes at the page foot on hand-built pages: notes set in two columns, numbers that begin a
note's run-on line, labels set right-aligned, and note lines beside the next column's text.

Pages are character dicts set by `tests.test_layout.line`; every text and number is made up.
"""
from __future__ import annotations

import pytest

from extractor.layout import layout_pages
from tests.test_layout import FILLER, NOTE, FakePage, after, line, marker, paragraph

LEFT, RIGHT = 40.0, 305.0          # two columns 250 pt wide, a 15 pt gutter
TEXT = paragraph([f"Opening text: {FILLER}"] * 4, LEFT, 60)   # body text outweighs the notes


def _label(text: str, x: float, top: float, raised: bool) -> list[dict]:
    """A note's label: raised onto a line of its own (Word), or across a tab on the line."""
    return line(text, x, top - (2.5 if raised else 0), NOTE * (0.75 if raised else 1))


def _notes(x: float, top: float, notes, raised: bool) -> list[dict]:
    chars = []
    for label, lines in notes:
        chars += _label(label, x, top, raised)
        chars += paragraph(lines, x + 12, top, NOTE)
        top += NOTE * 1.3 * len(lines) + 3      # Word's space between notes
    return chars


LEFT_NOTES = [("1", ["Law on migration No. 207 of 14 July, on amendments to", "acts on labour migration."]),
              ("2", ["Decree of the Government on quotas No.",
                     "618 of 4 August on the list of priority occupations."])]
RIGHT_NOTES = [("3", ["Border agency, crossings of the state border, quarterly", "release."]),
               ("4", ["Ministry of labour, register of foreign labour."]),
               ("5", ["Ministry of labour, register of foreign labour, since", "January."])]


def _two_column_page(raised: bool) -> list[dict]:
    chars = []
    for k in range(1, 6):       # markers in the running text of both columns
        x, top = (LEFT, 100 + k * 30) if k <= 2 else (RIGHT, 100 + (k - 2) * 30)
        text = line(f"Statement {k} counted {k},500 persons in the quarter.", x, top)
        chars += text + marker(str(k), after(text), top)
    # the left column's text runs further down than the right one's, beside its notes
    chars += paragraph([f"More text of the left column, line {i}." for i in range(8)], LEFT, 400)
    chars += _notes(RIGHT, 470, RIGHT_NOTES, raised)
    chars += _notes(LEFT, 520, LEFT_NOTES, raised)
    return chars


@pytest.mark.parametrize("raised", [False, True], ids=["label-across-a-tab", "raised-label"])
def test_notes_in_two_columns_are_read_column_by_column(raised):
    page, = layout_pages([FakePage(1, tuple(_two_column_page(raised)))])
    assert [(f.label, f.text) for f in page.footnotes] == [
        (label, " ".join(lines)) for label, lines in LEFT_NOTES + RIGHT_NOTES]
    assert not any("Ministry" in b.text or "Decree" in b.text for b in page.blocks)


def test_a_number_starting_a_run_on_line_under_a_hanging_indent_is_no_label():
    chars = TEXT + line("One statement of 5,100 arrivals.", 40, 120)
    chars += marker("1", 200, 120)
    chars += line("1", 40, 740, NOTE) + line("Order of the Minister No.", 57, 740, NOTE)
    chars += line("341 of 27 September on the quota.", 57, 740 + NOTE * 1.3, NOTE)
    chars += line("2", 40, 760, NOTE) + line("Ministry of labour, permits.", 57, 760, NOTE)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [(f.label, f.text) for f in page.footnotes] == [
        ("1", "Order of the Minister No. 341 of 27 September on the quota."),
        ("2", "Ministry of labour, permits.")]


def test_numbers_set_right_aligned_are_all_labels():
    chars = TEXT + line("A statement of 5,100 arrivals in the quarter.", 40, 120)
    t = 720
    for k in (8, 9, 10, 11):
        label = str(k)
        chars += line(f"{label} Agency {k}, data for the quarter.", 50 - len(label) * NOTE * 0.5,
                      t, NOTE)
        t += NOTE * 1.3
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [f.label for f in page.footnotes] == ["8", "9", "10", "11"]


def test_a_note_beside_a_line_of_the_next_column_keeps_its_two_lines_apart():
    # the right column's line, in taller type, overlaps both lines of the note in height; the
    # notes are set in both columns
    chars = TEXT + line("A statement of 5,100 arrivals in the quarter.", LEFT, 120)
    chars += line("14 Ministry of labour, information on attracted", LEFT, 594.2, 6.6)
    chars += line("foreign labour, 31 December.", LEFT + 8, 602.8, 6.6)
    chars += line("15 Ministry of labour, register.", LEFT, 612.5, 6.6)
    chars += line("IOM recommends that the ministries publish", RIGHT, 596.9, 9.0)
    chars += line("16 Central bank, money transfers.", RIGHT, 622, 6.6)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [(f.label, f.text) for f in page.footnotes] == [
        ("14", "Ministry of labour, information on attracted foreign labour, 31 December."),
        ("15", "Ministry of labour, register."), ("16", "Central bank, money transfers.")]


def test_a_note_wrapped_onto_the_foot_band_is_kept_when_the_same_note_repeats_on_another_page():
    """The same source cited at the foot of two pages: its wrapped last line repeats at the same
    height, yet it is the note's line, not a running footer (the page footer is)."""
    from tests.test_layout import HEIGHT
    pages = []
    for n in (1, 2):
        chars = TEXT + line(f"Statement counted {n},200 persons.", LEFT, 300)
        chars += marker("1" if n == 1 else "2", after(line(f"Statement counted {n},200 persons.", LEFT, 300)), 300)
        top = HEIGHT - 62
        chars += line("1" if n == 1 else "2", LEFT, top, NOTE)
        chars += paragraph(["Ministry of labour and social protection, register of foreign",
                            "labour, annual release."], LEFT + 12, top, NOTE)
        chars += line("Quarterly migration overview", LEFT, HEIGHT - 30, NOTE)
        pages.append(FakePage(n, tuple(chars)))
    laid = layout_pages(pages)
    for page in laid:
        assert [f.text for f in page.footnotes] == [
            "Ministry of labour and social protection, register of foreign labour, annual release."]
        assert "Quarterly migration overview" in page.header


def test_printed_two_digit_labels_carry_on_a_run_of_raised_one_digit_labels():
    """Labels 1-9 set apart from their notes (read as markers), 10 and 11 printed on the line
    ("10. Agency ..."): the two-digit ones still open notes of their own."""
    chars = list(TEXT)
    top = 600
    for n in range(1, 12):
        label = f"{n}."
        if n < 10:
            chars += line(label, LEFT, top, NOTE) + line(f"Agency {n}, invented release.", LEFT + 30, top, NOTE)
        else:
            chars += line(f"{label} Agency {n}, invented release.", LEFT - 6, top, NOTE)
        top += NOTE * 1.4
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [f.label for f in page.footnotes] == [str(n) for n in range(1, 12)]
    assert page.footnotes[-1].text == "Agency 11, invented release."


def test_a_running_footer_under_the_notes_is_no_part_of_the_last_note():
    from extractor.footnotes import RUNNING_FOOTER
    assert RUNNING_FOOTER.search("MTM Kazakhstan – October–December 2024 | page 3")
    assert RUNNING_FOOTER.search("Quarterly report · Page 2 of 4")
    assert not RUNNING_FOOTER.search("National Bank of Kazakhstan, money transfers, page 3 of the bulletin.")


def _section(title_top: float, k0: int, k1: int) -> tuple[list[dict], float]:
    """A section of body lines raising notes k0..k1, its notes set in small type right under it
    (LibreOffice's notes collected at the end of each section)."""
    chars = line(f"Section {k0}", LEFT, title_top, 13)
    top = title_top + 20
    for k in range(k0, k1 + 1):
        text = line(f"Statement {k} counted {k},250 persons in the quarter.", LEFT, top)
        chars += text + marker(str(k), after(text), top)
        top += 13
    top += 6
    for k in range(k0, k1 + 1):
        chars += marker(str(k), LEFT, top, NOTE) + line(f"Agency {k}, invented release of the quarter.",
                                                         LEFT + 5, top, NOTE)
        top += NOTE * 1.4
    return chars, top + 14


def test_notes_collected_at_the_end_of_each_section_are_notes_mid_page():
    """Notes under each section's text, mid-page, read as notes (not body text), in order; a
    page opening with the rest of the last section's notes keeps them too."""
    first, top = _section(60, 1, 2)
    second, top = _section(top, 3, 4)
    page1 = first + second + paragraph([f"Closing text: {FILLER}"] * 3, LEFT, top)
    carried = marker("5", LEFT, 40, NOTE) + line("Agency 5, carried over.", LEFT + 5, 40, NOTE)
    page2 = carried + paragraph([f"Next section: {FILLER}"] * 4, LEFT, 70)
    p1, p2 = layout_pages([FakePage(1, tuple(page1)), FakePage(2, tuple(page2))])
    assert [f.label for f in p1.footnotes] == ["1", "2", "3", "4"]
    assert p1.footnotes[2].text == "Agency 3, invented release of the quarter."
    assert not any("Agency" in b.text for b in p1.blocks + p2.blocks)
    assert [(f.label, f.text) for f in p2.footnotes] == [("5", "Agency 5, carried over.")]


def test_small_type_under_a_chart_that_opens_with_an_unraised_label_is_no_note():
    """A legend line in small type opening with a raised "1" that no body line raises stays."""
    chars = paragraph([f"Opening text: {FILLER}"] * 4, LEFT, 60)
    chars += marker("7", LEFT, 140, NOTE) + line("Legend row of a chart, invented.", LEFT + 5, 140, NOTE)
    chars += paragraph([f"Closing text: {FILLER}"] * 4, LEFT, 170)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert page.footnotes == ()
    assert any("Legend row" in b.text for b in page.blocks)


def test_notes_with_printed_labels_at_a_sections_end_and_a_contents_list_that_is_none():
    """Notes collected under a section whose labels are printed, not raised ("5 Border agency,
    ..."), are notes; a small-type contents list ("1 Border flows", "2 Residence permits") that
    names no source is not, though the text above raises 1 and 2."""
    chars = []
    top = 60
    for k in (1, 2):
        text = line(f"Statement {k} counted {k},250 persons in the quarter.", LEFT, top)
        chars += text + marker(str(k), after(text), top)
        top += 13
    chars += line("1 Border flows", LEFT, top + 6, NOTE) + line("2 Residence permits", LEFT, top + 6 + NOTE * 1.4, NOTE)
    top += 40
    for k in (3, 4):
        text = line(f"Statement {k} counted {k},750 persons in the quarter.", LEFT, top)
        chars += text + marker(str(k), after(text), top)
        top += 13
    chars += line("3 Border agency, invented release, 2024.", LEFT, top + 6, NOTE)
    chars += line("4 Labour ministry, invented register, 2024.", LEFT, top + 6 + NOTE * 1.4, NOTE)
    chars += paragraph([f"Closing text: {FILLER}"] * 3, LEFT, top + 40)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [(f.label, f.text) for f in page.footnotes] == [("3", "Border agency, invented release, 2024."),
                                                         ("4", "Labour ministry, invented register, 2024.")]
    assert any("Border flows" in b.text for b in page.blocks)


def test_a_paragraph_in_note_type_after_the_last_note_is_not_part_of_it():
    """A note that ends short of the column's edge with a full stop, then a disclaimer set in the
    notes' type: the disclaimer is no text of the note; a note's wrapped line still is."""
    chars = TEXT + line("A statement of 5,100 arrivals in the quarter.", 40, 120)
    chars += marker("1", 260, 120) + marker("2", 280, 120)
    wrap = "Agency of statistics, register of persons permanently resident in the country as"
    chars += line(f"1. {wrap}", 40, 700, NOTE) + line("of the quarter's end.", 40, 700 + NOTE * 1.3, NOTE)
    chars += line("2. Agency of labour, minutes of a meeting.", 40, 700 + NOTE * 2.6, NOTE)
    disclaimer = ["This overview was prepared with the support of a donor whose views it does not",
                  "necessarily reflect, nor those of the organization that published it."]
    chars += paragraph(disclaimer, 40, 700 + NOTE * 3.9, NOTE)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [(f.label, f.text) for f in page.footnotes] == [
        ("1", f"{wrap} of the quarter's end."), ("2", "Agency of labour, minutes of a meeting.")]


def _noted_page(number: int, notes: list[tuple[str, str]], marked: str):
    from extractor.types import Block, Footnote, Marker, Page
    text = "Arrivals came to 3,184,562 in the quarter."
    b = Block(page=number, kind="body", text=text, boxes=tuple((0.0, 0.0, 1.0, 1.0) for _ in text),
              markers=(Marker(marked, len(text), (0, 0, 1, 1)),))
    return Page(number, 595.0, 842.0, (b,), tuple(Footnote(lab, t, number) for lab, t in notes))


def test_notes_numbered_afresh_on_each_page_are_told_apart_by_their_page():
    # "1" on page 1 is a resolution, "1" on page 2 the border agency: each marker its own page's
    from extractor.pipeline import footnote_table, page_numbered_notes
    pages = page_numbered_notes([_noted_page(1, [("1", "Resolution No. 279 of 4 April.")], "1"),
                                 _noted_page(2, [("1", "Border agency, April-June."), ("2", "Bank, June.")], "1")])
    notes = footnote_table(pages)
    assert [m.label for p in pages for b in p.blocks for m in b.markers] == ["p1:1", "p2:1"]
    assert notes["p2:1"].text == "Border agency, April-June." and notes["p1:1"].text.startswith("Resolution")


def test_notes_numbered_through_keep_their_labels():
    from extractor.pipeline import page_numbered_notes
    pages = [_noted_page(1, [("1", "Resolution No. 279.")], "1"), _noted_page(2, [("2", "Border agency.")], "2")]
    assert page_numbered_notes(pages) == pages


def test_notes_in_two_columns_a_few_points_apart_are_told_apart_by_their_labels():
    """Two columns of notes 4 pt apart, closer than a gutter: each row of the foot is one run of
    type across both; the second column's printed labels ("4.", "5.", "6.") at one x, carrying
    on the first's numbering, set the columns apart (blind designer39, 2022q4 chromium)."""
    chars = list(TEXT)      # not TEXT itself, which `+=` would change for the tests after it
    for k in range(1, 7):
        text = line(f"Statement {k} counted {k},500 persons in the quarter.", LEFT, 100 + k * 20)
        chars += text + marker(str(k), after(text), 100 + k * 20)
    left = [("1.", "Agency of statistics, population of the regions as of the start of"),
            (None, "the year, a release of the agency."),
            ("2.", "Border agency, crossings of the state border by foreign citizens in"),
            (None, "the quarter, a reply to a request."),
            ("3.", "Ministry of labour, register of foreign labour.")]
    right = [("4.", "Ministry of internal affairs, permits issued, a release."),
             ("5.", "Central bank, money transfers by individuals, a"),
             (None, "quarterly release."),
             ("6.", "Central bank, exchange rates of the currency.")]
    for row, items in enumerate(zip(left, right + [(None, "")])):
        top = 700 + row * NOTE * 1.4
        for (label, text), (x_label, x_text) in zip(items, ((LEFT, LEFT + 19), (298.0, 313.0))):
            if label:
                chars += line(label, x_label, top, NOTE)
            if text:
                chars += line(text, x_text, top, NOTE)
    assert max(c["x1"] for c in chars if c["top"] >= 700 and c["x0"] < 298) > 293     # 4 pt apart at most
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [(f.label, f.text) for f in page.footnotes] == [
        ("1", f"{left[0][1]} {left[1][1]}"), ("2", f"{left[2][1]} {left[3][1]}"), ("3", left[4][1]),
        ("4", right[0][1]), ("5", f"{right[1][1]} {right[2][1]}"), ("6", right[3][1])]


@pytest.mark.parametrize("right_labels, cut", [(("7.", "8.", "10."), 303.5), (("1.", "2.", "3."), None)],
                         ids=["numbering-carried-on", "numbering-afresh"])
def test_a_second_column_of_notes_with_right_aligned_labels_a_few_points_away(right_labels, cut):
    """Two columns of notes set close, the second's labels right-aligned ("9." and "10." ending at
    one x, so no two start at one x) and carrying on the first's numbering, a line of the first
    column running a point past where the second's widest label starts: the cut stands left of
    that label (blind designer54, 2025q4 chromium2, whose endnotes were read across both)."""
    from extractor.footnotes import _split_label_column
    from extractor.layout import _Frag
    from extractor.types import Line

    def item(text, x0, x1, top):
        step = (x1 - x0) / len(text)
        boxes = tuple((x0 + k * step, top, x0 + (k + 1) * step, top + 8) for k in range(len(text)))
        return _Frag([], top, top + 8, x0, x1, 8.0, False, text=text), Line(1, text, boxes, 8.0, False, ())
    items = [item("1. Agency, statistical release.", 60, 299, 600), item("2. Border agency, crossings.", 60, 299, 620),
             item("of the state border, a release in the quarter", 70, 305, 630),     # runs past the cut
             item("3. Ministry of labour, register.", 60, 299, 640)]
    for (label, top) in zip(right_labels, (600, 620, 640)):
        x0 = 309 if len(label) == 2 else 304
        items.append(item(f"{label} Central bank, transfers release.", x0, 553, top))
    assert _split_label_column(items, list(range(len(items)))) == cut


def test_a_tables_rows_and_a_charts_ticks_in_small_type_at_the_foot_are_no_notes():
    """"Kyrgyzstan | 4,117 | 5.4 | 412 | 5.6" at a page's foot (a lone "412" is no label hung
    on "5.6"), and a chart's axis "10 20 30 40" are no notes (blind round45, 2023q1
    tables-reportlab; designer44, 2023q3 chromium)."""
    chars = paragraph([f"Opening text: {FILLER}"] * 4, LEFT, 60)
    for k, (name, *cells) in enumerate([("Uzbekistan", "30,405", "39.9", "1,203", "16.3"),
                                        ("Kyrgyzstan", "4,117", "5.4", "412", "5.6"),
                                        ("Tajikistan", "2,986", "3.9", "..", "..")]):
        top = 740 + 12 * k
        chars += line(name, LEFT, top, NOTE)
        for x, cell in zip((200, 280, 360, 440), cells):
            chars += line(cell, x, top, NOTE)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert not [f for f in page.footnotes if f.label == "412" or "Tajikistan" in f.text]
    chars = paragraph([f"Opening text: {FILLER}"] * 4, LEFT, 60) + line("10 20 30 40 50 60", LEFT, 760, NOTE)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert not [f for f in page.footnotes if f.label == "10"]


def test_a_table_between_two_notes_in_larger_small_type_is_no_notes_text():
    # a note in 7.5 pt right under its paragraph, then a table in 8.5-9 pt (still small beside
    # the 10 pt body) with its own "Note:" line in the notes' type, then the table's note: the
    # table and its "Note:" line are no part of the note above them
    text = line("Between July and September 4,500 persons arrived in the country.", 40, 660)
    chars = paragraph([f"Opening text: {FILLER}"] * 4, LEFT, 60) + text + marker("4", after(text), 660)
    chars += line("4", 40, 678, 6.0) + line("Border Service, crossings of the state border, Q3.", 46, 678, 7.5)
    chars += line("Table 1. Arrivals by citizenship, Q3", 40, 700, 8.5)
    rows = [("Citizenship", "Arrivals"), ("Uzbekistan", "1,500"), ("Kyrgyzstan", "900")]
    for k, (name, value) in enumerate(rows):
        chars += line(name, 40, 718 + 14 * k, 8.5) + line(value, 200, 718 + 14 * k, 8.5)
    chars += line("Note: arrivals of all citizenships together.", 40, 764, 7.5)
    chars += line("5", 40, 778, 6.0) + line("Border Service, arrivals by citizenship, Q3.", 46, 778, 7.5)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [(f.label, f.text) for f in page.footnotes] == [
        ("4", "Border Service, crossings of the state border, Q3."), ("5", "Border Service, arrivals by citizenship, Q3.")]
    assert any(b.text.startswith("Uzbekistan") for b in page.blocks)
    assert any(b.text.startswith("Note: arrivals") for b in page.blocks)


def test_a_note_under_its_table_raised_by_the_tables_caption_in_smaller_type_is_a_note():
    """"Table 3. Invented transfers by month⁹" in 8.5 pt over the rows, "Note: ..." and the note
    "⁹ Agency 9, ..." under them (blind round79, 2023q3 tables-reportlab): the caption, though
    smaller than the body, raises the note, so it is one; a small line no caption raises stays."""
    chars = paragraph([f"Opening text: {FILLER}"] * 4, LEFT, 60)
    caption = line("Table 3. Invented transfers by month", LEFT, 130, 8.5)
    chars += caption + marker("9", after(caption), 130, 8.5)
    for k, (month, value) in enumerate([("July", "54.5"), ("August", "57.5")]):
        chars += line(month, LEFT + 10, 146 + 12 * k, 8.5) + line(value, LEFT + 150, 146 + 12 * k, 8.5)
    chars += line("Note: amounts are invented for this test.", LEFT, 176, NOTE)
    chars += marker("9", LEFT, 188, NOTE) + line("Agency 9, invented release of the quarter.", LEFT + 5, 188, NOTE)
    chars += marker("8", LEFT, 240, NOTE) + line("Legend row of a chart, invented.", LEFT + 5, 240, NOTE)
    chars += paragraph([f"Closing text: {FILLER}"] * 4, LEFT, 270)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [(f.label, f.text) for f in page.footnotes] == [("9", "Agency 9, invented release of the quarter.")]
    assert any("Legend row" in b.text for b in page.blocks)


def test_a_number_opening_a_disclaimers_line_under_two_columns_of_notes_is_no_label():
    """Notes in two columns, a disclaimer across both under them whose second line opens on a
    number ("100 because of rounding."): no note's label that numbering could carry on to, so
    the notes' own lines keep their gutter and are read column by column (blind designer82,
    2025q2 chromium2, read row by row across the columns)."""
    chars = list(TEXT)
    for k in range(1, 7):
        text = line(f"Statement {k} counted {k},500 persons in the quarter.", LEFT, 100 + k * 20)
        chars += text + marker(str(k), after(text), 100 + k * 20)
    left = [("1", "Agency of statistics, population of the regions"), ("2", "Border agency, crossings of the border"),
            ("3", "Ministry of labour, register of foreign labour")]
    right = [("4", "Ministry of internal affairs, permits issued"), ("5", "Central bank, money transfers"),
             ("6", "Central bank, exchange rates of the currency")]
    for row, ((la, ta), (lb, tb)) in enumerate(zip(left, right)):
        top = 640 + row * NOTE * 1.4
        chars += line(f"{la} {ta}", LEFT, top, NOTE) + line(f"{lb} {tb}", RIGHT, top, NOTE)
    foot = 640 + 4 * NOTE * 1.4
    chars += line("Figures restate the text and tables and share their sources. Percentages may not add up to",
                  LEFT, foot, NOTE)
    chars += line("100 because of rounding. This publication was produced with the support of donors.",
                  LEFT, foot + NOTE * 1.4, NOTE)
    page, = layout_pages([FakePage(1, tuple(chars))])
    assert [(f.label, f.text) for f in page.footnotes] == left + right


@pytest.mark.parametrize("text, label", [("0 April", None), ("0", None), ("1 Border agency, crossings.", "1"),
                                         ("10 Central bank, transfers.", "10")])
def test_no_note_is_numbered_zero(text, label):
    """A chart's value axis ends in "0" beside its first month's label at the page's foot: no
    note is numbered 0 (blind designer82, 2025q2 chromium2, whose "0 April China 31.6 ..." was
    read as note 0 and lost April's arrivals)."""
    from extractor.footnotes import LONE_LABEL, note_label
    from extractor.types import Line
    ln = Line(1, text, tuple((0.0, 0.0, 1.0, 1.0) for _ in text), 6.0, False)
    assert (note_label(ln) or (m["label"] if (m := LONE_LABEL.match(text)) else None)) == label


@pytest.mark.parametrize("text, label", [("14 August 2025.", None), ("3 March 2024, Order No. 12.", None),
                                         ("14 августа 2025 года.", None),
                                         ("14 IOM Kazakhstan, project activity records, September 2025.", "14"),
                                         ("9 Migration Service, data as of 30 June 2024.", "9")])
def test_a_date_wrapped_to_a_notes_line_start_is_no_label(text, label):
    """"... the quota for attracting foreign labour for 2026”, 14 | August 2025.": the date's
    day wrapped to the start of the note's second line opens no note 14 (blind designer93,
    2025q3 chromium, whose real note 14 was lost to it)."""
    from extractor.footnotes import note_label
    from extractor.types import Line
    ln = Line(1, text, tuple((0.0, 0.0, 1.0, 1.0) for _ in text), 6.0, False)
    assert note_label(ln) == label
