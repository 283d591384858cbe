"""Page layout: characters -> lines -> reading-ordered blocks, footnotes and running heads.

Works on the plain character dicts of `extractor.pdf` (no pdfplumber here). The steps:

1. Characters are grouped into printed lines by vertical overlap; raised, smaller characters
   at the end of a word become footnote `Marker`s, never digits of the number before them
   ("2023.¹⁰" is 2023 with footnote 10).
2. Each line is split into fragments where a wide horizontal gap separates columns or cells.
3. Running headers and footers (lines in the page margins that repeat across pages, and page
   numbers) and the footnote area at the foot of the page are taken out (`extractor.footnotes`:
   read column by column where the notes stand in two columns; a note label set apart from its
   text (Word, LibreOffice) joins it).
4. Regions come before lines (`extractor.regions`): boxes drawn as rectangles, key-figure
   callouts, vector bar charts and tiles each stand in the reading order as one unit and are
   read in their own way where they stand (`Page.regions` records them). The remaining
   fragments are ordered by a recursive XY cut that prefers column gutters, so a two-column
   page reads down the left column, then the right; chart legends stay with their column.
   Rows of short aligned cells become table rows; a header on two levels becomes one row of
   flattened cells, and a label alone between rows (a row group) stays a row.
5. Consecutive fragments of one column and one style are joined into blocks (paragraphs).
"""
from __future__ import annotations

import bisect
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

import regex

from .lang import pattern
from .regexes import BREAKS_OFF, KEY_GLYPHS, KEY_LINE, NUMBERED_CAPTION, NUMBERED_HEADING, ZERO_WORD, compiled
from .footnotes import (FOOTNOTE_SIZE_RATIO, LONE_LABEL, PAGE_OF_PAGES, join_text, note_label, separator,
                        split_footnotes)
from .regions import (CALLOUT_NUMBER, CAPTION_YEAR, VALUE_LABEL, Plan, bar_pieces, category_pieces, colour_pieces, column_pieces, edge_pieces, find_plans, swatch_pieces,
                      key_figure_pieces, name_pieces, wrap_pieces)
from .tables import VALUE_TOKEN
from .types import Block, Box, Footnote, Line, Marker, Page, Region, union

# A marker is printed at most this fraction of its line's size (reference report: 5.9 / 9.5).
SUPERSCRIPT_SIZE_RATIO = 0.8
# ... and its bottom stands at least this fraction of the line's size above the line's bottom.
SUPERSCRIPT_RAISE_RATIO = 0.12
# Producers round sizes: a marker set at exactly 0.8 of 9 pt is stored as 7.2000003 (reportlab)
SIZE_TOLERANCE = 0.01
# A marker only a little smaller than its line (6.5 pt in an 8 pt caption: blind round 29,
# 2024q1 twocol-reportlab) is still one where it stands raised by at least this fraction of the
# line's size ...
SUPERSCRIPT_HIGH_RAISE_RATIO = 0.3
# ... and is at most this fraction of the line's size.
SUPERSCRIPT_HIGH_SIZE_RATIO = 0.85
# A marker hardly smaller than its line (6.5 pt in a 7.4 pt sidebar caption: blind designer42,
# 2025q2 chromium2) is still one where its foot stands this fraction of the line's size above
# the line's foot, and its size under SUPERSCRIPT_TOP_SIZE_RATIO of the line's (at that share, the
# digits are the line's own).
SUPERSCRIPT_TOP_RAISE_RATIO = 0.4
SUPERSCRIPT_TOP_SIZE_RATIO = 0.9
# A full-width blank band at least this many body sizes tall, right above a heading at the
# left edge, is a section break that ends a column layout (sample 2022q2 page 2).
SECTION_GAP_RATIO = 1.1
# A horizontal gap wider than this many times the font size separates fragments
# (two-column gutters, table cells); justified word gaps stay below it.
FRAGMENT_GAP_RATIO = 1.4
# A vertical strip at least this wide (points) with no text is a column gutter.
MIN_GUTTER = 8.0
# ... or this wide where the lines on both sides are set against a gutter found down the page
# (at least this share of the lines starting at its right edge, and this many of them, where
# not all are).
NARROW_GUTTER = 4.0
COLUMN_EDGE_SHARE, COLUMN_EDGE_LINES = 0.8, 5
# Running heads live in these bands of the page height ...
HEADER_BAND = 0.06
FOOTER_BAND = 0.05
# ... or in these wider ones when they repeat at the same height on another page with nothing
# but running heads between them and the edge (sample 2024q2 libreoffice: the footer stands
# 5.2% of the height above the foot, right below the footnotes).
WIDE_HEADER_BAND = 0.09
WIDE_FOOTER_BAND = 0.09
# A running head stands at the same height, within this many points, on every page: measured
# from the top edge for a head, from the bottom edge for a foot (a landscape section's footer
# keeps its distance from the page's foot: blind designer3, 2023q1 word, page 3).
HEAD_POSITION_TOLERANCE = 2.0
# Lines in a paragraph are at most this many line-heights apart.
PARAGRAPH_GAP_RATIO = 0.75
# A table cell is narrower than this fraction of the page's text width.
TABLE_CELL_RATIO = 0.42
# A fragment of at least this many words, nearly all letters, is a line of prose: two narrow
# text columns beside a sidebar line up like a table's cells, but a table row has at least one
# cell that is no such line (blind designer4, 2022q3 chromium, pages 2, 3 and 5).
PROSE_WORDS = 4
PROSE_LETTERS = 0.75
# Two fragments of a band with at least this many words each are lines of running text side by
# side (two text columns under a full-width table, whose lines hold figures and so are no
# "prose"); two such bands make the stretch no one table (blind round 15, 2022q3 fpdf2, page 2).
RUNNING_WORDS = 6
# ... each one line high and at least this share of the text width wide.
RUNNING_WIDTH = 0.25
# The first line of a two-line header cell shares the cell's left or right edge within this
# many points (sample 2024q4 reportlab: "Share of arrivals," right-aligned over "%").
HEADER_EDGE_TOLERANCE = 3.0

# A line opening with a list label after a line that ends a sentence starts a new item
# (sample 2023q4 reportlab: numbered key findings and notes set without a gap between them).
LIST_ITEM = compiled(r"""
    ^\s*
    (?: \d{1,3} [.)] \s          # "1. " or "2) "
      | [•·▪‣◦–\-›►▶▸➢➤✓✔◆♦❖] \s  # a bullet
    )
""", regex.VERBOSE)
SENTENCE_ENDS = (".", ";", ":", "!", "?", ")")

DIGITS = compiled(r"\d+")
# A list bullet: a symbol, or a glyph the font does not map to text ("(cid:127)").
BULLET_GLYPH = compiled(r"\s*[•▪◦●■□‣∙›►▶▸➢➤✓✔◆♦❖]\s")
BULLET = compiled(r"[•·▪◦●■□‣⁃∙›►▶▸➢➤✓✔◆♦❖\-–—*]|\(cid:\d+\)")
LIGATURES = {chr(cp): unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFB00, 0xFB07)}
PAGE_NUMBER = compiled(r"""
    ^\s*
    (?: (?:page\s*)? \d{1,4} (?:\s*(?:/|of)\s*\d{1,4})?    # "3", "Page 3", "1 / 2", "3 of 5"
      | [-–—]\s*\d{1,4}\s*[-–—]                            # "- 3 -"
    )
    \s*$
""", regex.I | regex.VERBOSE)


@dataclass
class _Frag:
    """A run of characters on one line with no wide gap inside."""
    chars: list
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    bold: bool
    plan: Plan | None = None    # a region read as one unit (regions.py), standing in for its lines
    text: str = ""              # the line's text, kept when `chars` are dropped
    whole: bool = False         # a header cell read from its painted cell: never joined further
    text_top: float | None = None   # the top of its words, without a marker set high above them
    by_gutter: bool = False     # a line of a text column, set against a gutter found down the page
    ruled: "_Frag | None" = None    # a heading stood in for by its rule's width (_ruled_headings)

    @property
    def box(self) -> Box:
        return (self.x0, self.top, self.x1, self.bottom)


def _is_bold(font: str | None) -> bool:
    return bool(font) and ("Bold" in font or "Black" in font or "Heavy" in font)


def body_size(chars) -> float:
    """The character size (rounded to 0.1 pt) that covers the most of the page: each character
    weighs its size squared (its area), so that many small footnote or table characters do not
    outweigh fewer, larger characters of the running text (sample 2023q3 chromium: 1,566
    characters of 7 pt footnotes against 1,380 of 10.4 pt text; 2024q2 libreoffice alike).

    >>> body_size([{"text": "a", "size": 7.0}] * 11 + [{"text": "b", "size": 10.4}] * 10)
    10.4
    """
    sizes: Counter = Counter()
    for c in chars:
        if c["text"].strip():
            size = round(float(c["size"] or 0), 1)
            sizes[size] += size * size
    return max(sizes, key=lambda s: (sizes[s], s)) if sizes else 10.0


# --- 1. lines ------------------------------------------------------------------------------

def _is_small_mark(c: dict, body: float) -> bool:
    """A small digit or note symbol: a footnote marker candidate, grouped after the text."""
    return c["text"] in "0123456789*†‡" and c["size"] <= SUPERSCRIPT_HIGH_SIZE_RATIO * body + SIZE_TOLERANCE


# Type this many times larger than its neighbour is another line: a key figure in 28 pt beside
# its caption's two 9 pt lines (issue 13) must not swallow them into one garbled row.
ROW_SCALE_RATIO = 2.2


def _same_scale(a: dict, b: dict) -> bool:
    sa, sb = float(a["size"] or 1.0), float(b["size"] or 1.0)
    return max(sa, sb) < ROW_SCALE_RATIO * min(sa, sb)


# Characters are filed by x in buckets this wide (pt), to find one standing right over another.
X_BUCKET = 4.0


def _occupy(cols: dict, c: dict) -> None:
    for k in range(int(c["x0"] // X_BUCKET), int(c["x1"] // X_BUCKET) + 1):
        cols.setdefault(k, []).append(c)


def _height_apart(c: dict, o: dict) -> float:
    """How far apart the vertical middles of two characters stand."""
    return abs((c["top"] + c["bottom"]) - (o["top"] + o["bottom"])) / 2


def _level_with(c: dict, o: dict) -> bool:
    """`c` sits at the height of `o` (the row's last character): no need to look further."""
    return _height_apart(c, o) <= 0.25 * (c["bottom"] - c["top"]) and c["x0"] >= o["x0"]


def _stands_over(c: dict, cols: dict) -> bool:
    """`c` stands right over or under a character of the row, at another height: two printed
    lines, never one (a caption's last word "2022" set under "permanent residents", both in a
    narrow box beside a column whose line spans both heights: blind designer35, 2022q4
    chromium, pages 2 and 3). A character drawn twice (a faux bold) is at the same height."""
    width = c["x1"] - c["x0"]
    for k in range(int(c["x0"] // X_BUCKET), int(c["x1"] // X_BUCKET) + 1):
        for o in cols.get(k, ()):
            overlap = min(c["x1"], o["x1"]) - max(c["x0"], o["x0"])
            if overlap > 0.5 * min(width, o["x1"] - o["x0"]) \
                    and _height_apart(c, o) > 0.5 * min(c["bottom"] - c["top"], o["bottom"] - o["top"]):
                return True
    return False


# A row of characters is one printed line: at most this many times as tall as its tallest
# character. A note's second line in 6.6 pt would otherwise join a 9 pt line of the next column
# that the note's first line had already joined, and the two note lines interleave letter by
# letter (blind round 2, 2024q4 twocol-fpdf page 2).
ROW_SPAN_RATIO = 1.5


def _one_line(top: float, bottom: float, c: dict, tallest: float) -> bool:
    tallest = max(c["bottom"] - c["top"], tallest)
    return max(bottom, c["bottom"]) - min(top, c["top"]) <= ROW_SPAN_RATIO * tallest


def _own_size_line(c: dict, sized: dict) -> bool:
    """The row's characters of the character's own size (within half a point) are on its
    line: two body lines beside a key figure in 20 pt that spans both of them are two rows, not
    one row interleaved letter by letter (blind designer2, 2025q2 word, pages 1 and 4)."""
    mid = (c["top"] + c["bottom"]) / 2
    size = round(float(c["size"] or 0), 1)
    return all(top - 0.5 <= mid <= bottom + 0.5 for s, (top, bottom) in sized.items()
               if abs(s - size) <= 0.5)


# A small digit is placed on a row that does not hold its foot only where that row's text is
# nearer across by more than this many of its sizes.
OFF_ROW_PENALTY = 2.0


def _group_rows(chars, body: float) -> list[list[dict]]:
    """Group characters into rows: a char joins a row when its vertical centre lies inside the
    row's span (and the span of the row's characters of its size). Small digits (marker
    candidates) are placed after the text rows are built, so a raised marker that stands a
    little above its line never starts a row of its own."""
    rows: list[list[dict]] = []
    spans: list[list[float]] = []
    tallest: list[float] = []
    sized: list[dict] = []
    cols: list[dict] = []
    marks = []
    for c in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        if _is_small_mark(c, body):
            marks.append(c)
            continue
        mid = (c["top"] + c["bottom"]) / 2
        for i in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            top, bottom = spans[i]
            if top - 0.5 <= mid <= bottom + 0.5 and _same_scale(c, rows[i][0]) \
                    and _one_line(top, bottom, c, tallest[i]) and _own_size_line(c, sized[i]) \
                    and (_level_with(c, rows[i][-1]) or not _stands_over(c, cols[i])):
                rows[i].append(c)
                _occupy(cols[i], c)
                tallest[i] = max(tallest[i], c["bottom"] - c["top"])
                spans[i] = [min(top, c["top"]), max(bottom, c["bottom"])]
                break
        else:
            rows.append([c])
            spans.append([c["top"], c["bottom"]])
            tallest.append(c["bottom"] - c["top"])
            sized.append({})
            cols.append({})
            _occupy(cols[-1], c)
            i = len(rows) - 1
        size = round(float(c["size"] or 0), 1)
        old = sized[i].get(size)
        sized[i][size] = [min(old[0], c["top"]), max(old[1], c["bottom"])] if old \
            else [c["top"], c["bottom"]]
    first_own = len(rows)
    for c in marks:
        mid = (c["top"] + c["bottom"]) / 2
        best, best_d = None, None
        near = [i for i, (top, bottom) in enumerate(spans[:first_own]) if top - 2 <= mid <= bottom + 1
                and not _stands_over(c, cols[i])]
        for i in near:
            xs = [x["x0"] for x in rows[i]] + [x["x1"] for x in rows[i]]
            # the nearest text across, a row that holds the digit's foot before one that does not:
            # a caption's "31" in small type belongs to its own line ("31 December 2024"), not to
            # the line above within reach
            d = min(abs(c["x0"] - x) for x in xs) + (0 if spans[i][0] <= c["bottom"] <= spans[i][1] + 0.5
                                                       else OFF_ROW_PENALTY * c["size"])
            if best_d is None or d < best_d:
                best, best_d = i, d
        if best is None:
            # digits standing on no text row (a row of figures alone in small type) make rows
            # of their own, one a line, not one a character
            own = next((i for i in range(len(rows) - 1, -1, -1) if i >= first_own
                        and spans[i][0] - 0.5 <= mid <= spans[i][1] + 0.5), None)
            if own is None:
                rows.append([c])
                spans.append([c["top"], c["bottom"]])
            else:
                rows[own].append(c)
                spans[own] = [min(spans[own][0], c["top"]), max(spans[own][1], c["bottom"])]
        else:
            rows[best].append(c)
    return _touching_marks(rows)


def _touching_marks(rows: list[list[dict]]) -> list[list[dict]]:
    """LAY:touching-mark: a digit in smaller type, raised, that touches at its side a character of
    another row set in larger type whose height holds its middle, and no letter of its own row,
    is a marker of that other row ("cent¹³. Against": the raised "13", read before its line
    and in type too large for a page of small table text to take it for a marker, had joined a
    line of the next column and ended as a cell after the words: blind designer64, 2025q1
    chromium2)."""
    where: dict[int, list[tuple[int, dict]]] = {}
    for i, r in enumerate(rows):
        for c in r:
            for k in range(int(c["x0"] // X_BUCKET), int(c["x1"] // X_BUCKET) + 1):
                where.setdefault(k, []).append((i, c))

    def beside(c: dict) -> list[tuple[int, dict]]:
        near = where.get(int(c["x0"] // X_BUCKET), []) + where.get(int(c["x1"] // X_BUCKET), [])
        return [(j, x) for j, x in near if x is not c
                and (abs(x["x1"] - c["x0"]) < TOUCH or abs(c["x1"] - x["x0"]) < TOUCH)]

    moved: dict[int, int] = {}
    grew = True
    while grew:                 # "⁹,¹¹": the comma and the digits after it go with the "9"
        grew = False
        for i, r in enumerate(rows):
            for c in r:
                if id(c) in moved or not (c["text"].isdigit() or c["text"] == ","):
                    continue
                side = beside(c)
                hosts = [moved.get(id(x), j) for j, x in side if (j != i or id(x) in moved)
                         and (_raised_beside(c, x) or _same_mark(c, x) and (j != i or id(x) in moved))]
                if hosts and not any(j == i and id(x) not in moved and not _same_mark(c, x) for j, x in side):
                    moved[id(c)] = hosts[0]
                    grew = True
    if not moved:
        return rows
    out = [[c for c in r if id(c) not in moved] for r in rows]
    for r in rows:
        for c in r:
            if id(c) in moved:
                out[moved[id(c)]].append(c)
    return [r for r in out if r]


def _raised_beside(c: dict, x: dict) -> bool:
    """`c` is set smaller than `x` and raised above its foot, within its height."""
    size = float(x["size"] or 0)
    mid = (c["top"] + c["bottom"]) / 2
    # (or only a little smaller, raised higher: "per cent.¹⁶" in 8.6 pt over 10.6 pt text)
    return x["top"] <= mid <= x["bottom"] and (
        float(c["size"] or 0) <= SUPERSCRIPT_SIZE_RATIO * size and c["bottom"] <= x["bottom"] - SUPERSCRIPT_RAISE_RATIO * size
        or _set_high(c, size, x["bottom"]))


def _same_mark(c: dict, x: dict) -> bool:
    """`x` is a digit or comma of the same marker as `c`: its size, at its height."""
    return (x["text"].isdigit() or x["text"] == ",") and abs(float(x["size"] or 0) - float(c["size"] or 0)) < 0.3 \
        and abs(x["bottom"] - c["bottom"]) < 0.5


# a raised marker's side this close (pt) to its word's letter: touching it
TOUCH = 0.6


# A gutter between text columns: a strip at least this many body sizes wide that is blank in
# at least GUTTER_ROWS rows in a row (rows that print nothing across the strip neither end nor
# count), at least GUTTER_WORDY of them with words within GUTTER_SIDE body sizes on both sides
# (NARROW_WORDY of them where the strip is narrower than WIDE_GUTTER body sizes).
GUTTER_WIDTH = 0.55
WIDE_GUTTER = 0.8
NARROW_WORDY = 0.8
GUTTER_ROWS = 6
GUTTER_SIDE = 4.0
GUTTER_WORDY = 0.5
# a ragged line of a text column may end this many body sizes short of its gutter
GUTTER_RAGGED = 12.0


def _row_gaps(row: list[dict], body: float) -> list[tuple[float, float, bool]]:
    """The blanks of a row at least GUTTER_WIDTH wide with ink on both sides, each with whether
    words stand on both its sides (within GUTTER_SIDE sizes, ink over half the stretch and
    letters for most of it: a line of a text column, where a table's figures are digits). A
    side dense with figures ("for 44.8%, the") still counts when the other side is words and it
    has some letters of its own: prose that quotes numbers (blind designer57, 2023q3 chromium2),
    where a table's column of figures has none ("18.4%", "1,304.0")."""
    ink = sorted((c for c in row if c["text"].strip()), key=lambda c: c["x0"])
    gaps, reach = [], None
    for k, c in enumerate(ink):
        # measured against the type on either side: a word space in a title's large type is
        # no gutter ("Migration Trends Monitor: Kazakhstan" over two columns)
        if reach is not None and c["x0"] - reach >= GUTTER_WIDTH * max(body, min(c["size"] or 0.0, ink[k - 1]["size"] or 0.0)):
            left = _letters(ink[:k], reach - GUTTER_SIDE * body, reach)
            right = _letters(ink[k:], c["x0"], c["x0"] + GUTTER_SIDE * body)
            wordy = min(left, right) >= WORDY_LETTERS or (
                max(left, right) >= WORDY_LETTERS and min(left, right) >= WORDY_SOME_LETTERS)
            gaps.append((reach, c["x0"], wordy))
        reach = c["x1"] if reach is None else max(reach, c["x1"])
    return gaps


# a side of a gap is words when letters are this share of its characters (and ink covers half
# of it); a side with this smaller share beside words is prose that quotes figures
WORDY_LETTERS = 0.6
WORDY_SOME_LETTERS = 0.25


def _letters(chars: list[dict], lo: float, hi: float) -> float:
    """The share of letters among the characters inked within [lo, hi]; 0 where ink covers
    less than half of the stretch."""
    inside = [c for c in chars if c["x1"] > lo and c["x0"] < hi]
    covered = sum(min(c["x1"], hi) - max(c["x0"], lo) for c in inside)
    if not inside or covered < 0.5 * (hi - lo):
        return 0.0
    return sum(1 for c in inside if c["text"].isalpha()) / len(inside)


# A blank strip standing where a gutter of the same page already runs (within this many pt at
# either edge) is that column grid again: a section's two columns only a few rows long, set
# between a box and the next heading, need GRID_GUTTER_ROWS rows, not GUTTER_ROWS.
GRID_TOLERANCE = 2.0
GRID_GUTTER_ROWS = 3
# ... and a run at the place of a gutter of a page before needs this many.
KNOWN_GUTTER_ROWS = 2


def _gutters(rows: list[list[dict]], body: float, shapes=(), known: tuple[tuple[float, float], ...] = ()
             ) -> list[tuple[float, float, float, float]]:
    """Blank strips that run down several rows between two columns of text: (x0, x1, top,
    bottom). Two narrow justified columns may stand closer than a fragment's gap (11 pt apart in
    8 pt type: blind designer32, 2024q4 chromium, page 2), yet their gutter is blank in every
    row, where the wide spaces of a justified line fall at a different place from row to row.
    Most of its rows have words on both sides: the blanks between a table's columns of figures
    are no gutter (they are cut as cells already, or read from the header: blind designer9).
    A gutter stays inside the box (a filled or stroked rectangle) its first row stands in, or
    outside all boxes: it does not run out of a chart into the text below (blind designer14).
    Once a gutter is found, a shorter run at its place is the same column grid (GRID_GUTTER_ROWS:
    blind designer57, 2023q3 chromium2, whose sections of two columns are 5 rows long); so is a
    run at the place of a gutter of a page before (`known`: blind round81, 2022q4
    twocol-reportlab, whose second page has two columns between tables only a few rows long)."""
    ordered = sorted((r for r in rows if any(c["text"].strip() for c in r)), key=lambda r: min(c["top"] for c in r))
    runs = _GutterRuns(ordered, body, shapes)
    found: list[tuple[float, float, float, float]] = []
    for least, grid in ((GUTTER_ROWS, None), (GRID_GUTTER_ROWS, "page"), (KNOWN_GUTTER_ROWS, "known")):
        for i, row_gaps in enumerate(runs.gaps):
            top = min(c["top"] for c in ordered[i])
            for lo, hi, wordy in row_gaps:
                if any(a < hi and lo < b and t <= top <= bt for a, b, t, bt in found):
                    continue        # within a gutter found from a row above
                if grid == "page" and not any(abs(lo - a) <= GRID_TOLERANCE and abs(hi - b) <= GRID_TOLERANCE
                                              for a, b, _, _ in found):
                    continue
                if grid == "known":
                    # a blank holding a gutter of a page before, the end of a heading's line beside it
                    lo, hi = next(((a, b) for a, b in known if lo - GRID_TOLERANCE <= a and b <= hi + GRID_TOLERANCE
                                   and abs(hi - b) <= GRID_TOLERANCE), (None, None))
                    if lo is None:
                        continue
                lo2, hi2, n, words, last = runs.walk(i, lo, hi, wordy)
                # a strip narrower than a wide gutter has words on both sides in most rows (two
                # justified columns 6 pt apart), not note labels beside their texts
                wordy_share = GUTTER_WORDY if hi2 - lo2 >= WIDE_GUTTER * body else NARROW_WORDY
                if n >= least and words >= wordy_share * n:
                    found.append((lo2, hi2, top, max(c["bottom"] for c in ordered[last])))
    return found + _flush_gutters(runs, ordered, body, found)


# LAY:flush-gutter: two justified columns set only a few points apart whose lines stand on
# different baselines (a row holds one column's line, seldom both) have no row with a blank
# between them; their gutter is the blank strip, at least FLUSH_MIN_GAP body sizes wide, just
# left of a flush edge where at least FLUSH_ROWS lines start (within FLUSH_TOLERANCE pt) with
# a letter, beside at least FLUSH_ROWS lines of words that end flush on its left. A list set in
# two columns is the same with its labels hanging into the strip ('10.' ending within
# FLUSH_LABEL_GAP body sizes of the edge) and its left column's lines ragged.
FLUSH_ROWS = 6
FLUSH_TOLERANCE = 0.8
FLUSH_MIN_GAP = 0.4
FLUSH_START_GAP = 0.25
FLUSH_LABEL_GAP = 0.6
# the left column's lines are at least this many body sizes wide (their words no wider apart
# than LINE_BLANK body sizes)
FLUSH_MIN_WIDTH = 8.0
LINE_BLANK = 1.5
# ... and no word inside them (after a blank over WORD_SPACE body sizes) starts at one x in this
# share of them: like lines ("Left line 1 text runs on", "Left line 2 text runs on") have
# their words in columns everywhere, a column's justified lines have them nowhere
LIKE_LINES = 0.5
WORD_SPACE = 0.15
LABEL_CHARS = frozenset("0123456789.)")
LIST_LABEL = compiled(r"\d{1,3}[.)]")


def _line_starts(ordered: list[list[dict]], body: float) -> list[tuple[float, int]]:
    """(x0, row) of each letter that opens a run of ink in its row (after a blank of at least
    FLUSH_START_GAP body sizes, or first)."""
    starts = []
    for i, r in enumerate(ordered):
        reach = None
        for c in sorted((c for c in r if c["text"].strip()), key=lambda c: c["x0"]):
            if c["text"].isalpha() and (reach is None or c["x0"] - reach >= FLUSH_START_GAP * body):
                starts.append((c["x0"], i))
            reach = c["x1"] if reach is None else max(reach, c["x1"])
    return sorted(starts)


def _label_before(ink: list[dict], edge: float, body: float) -> list[dict]:
    """The characters (sorted by x) of a list label ('10.', '3)') that ends just before `edge`,
    its characters running on without a word space; [] where there is none. The label may touch
    the line before it ('...Internal Affairs10.': blind designer96, 2026q1 chromium, sources)."""
    before = [c for c in ink if c["x0"] < edge - 0.3 and c["x1"] <= edge + 0.3]
    run: list[dict] = []
    for c in reversed(before):
        if c["text"] not in LABEL_CHARS or (run and run[0]["x0"] - c["x1"] > CELL_EDGE_GAP * (c["size"] or body)):
            break
        run.insert(0, c)
    opener = before[len(before) - len(run) - 1]["text"] if len(before) > len(run) else ""
    if not run or edge - run[-1]["x1"] > FLUSH_LABEL_GAP * body or opener in "([" and opener \
            or not LIST_LABEL.fullmatch("".join(c["text"] for c in run)):
        return []
    return run


def _flush_gutters(runs: _GutterRuns, ordered: list[list[dict]], body: float, found
                   ) -> list[tuple[float, float, float, float]]:
    """LAY:flush-gutter (see above): (x0, x1, top, bottom) of each such strip, where no gutter
    was found already (blind designer96, 2026q1 chromium: two justified columns 6 pt apart)."""
    starts, out, group = _line_starts(ordered, body), [], []
    for x, i in starts + [(float("inf"), -1)]:
        if group and x - group[0][0] > FLUSH_TOLERANCE:
            rows = sorted({j for _, j in group})
            if len(rows) >= FLUSH_ROWS:
                out += _flush_runs(runs, ordered, body, group[0][0], rows, found + out)
            group = []
        group.append((x, i))
    return out


def _flush_runs(runs: _GutterRuns, ordered: list[list[dict]], body: float, edge: float, rows: list[int], found
                ) -> list[tuple[float, float, float, float]]:
    """The stretches of rows (from the first to the last row starting at `edge`) whose ink stays
    clear of the strip just left of `edge` (but for a list label hanging into it) and inside the
    same boxes (a table's shaded rows set across both columns end it: blind round81, 2022q4
    twocol-reportlab), each a gutter when enough lines start at the edge beside enough lines of
    words on its left."""
    clear = edge - FLUSH_MIN_GAP * body
    out, run, inside = [], [], None
    for j in list(range(rows[0], rows[-1] + 1)) + [None]:
        ink = sorted((c for c in ordered[j] if c["text"].strip()), key=lambda c: c["x0"]) if j is not None else []
        label = _label_before(ink, edge, body)
        top = min((c["top"] for c in ink), default=0.0)
        # a row across the strip ends the stretch; so does one where another gutter runs already
        # (a gutter at the edge itself, found in some of the rows, is this one)
        boxes = runs.boxes((clear + edge) / 2, j) if j is not None else None
        ok = j is not None and not any(c["x0"] < edge - 0.3 and c["x1"] > clear and c not in label for c in ink) \
            and not any(a < edge and clear < b and t - 0.5 <= top <= bt and abs(b - edge) > GRID_TOLERANCE
                        for a, b, t, bt in found + out) and not _row_across(ink, edge, body)
        if run and (not ok or boxes != inside):
            gutter = _flush_run(ordered, body, edge, run, rows)
            out += [gutter] if gutter else []
            run = []
        if ok:
            inside = boxes if not run else inside
            run.append(j)
    return out


# a line of the column right of a flush gutter starts within this many body sizes of its edge
FLUSH_INDENT = 1.0


# a blank this many body sizes wide inside a line parts a table's cells, not words
CELL_BLANK = 2.0


def _row_across(ink: list[dict], edge: float, body: float) -> bool:
    """A table's row set across the strip: on the left a name and, a cell's blank after it, a
    figure ('Uzbekistan      44.8'), and right of the strip nothing at the column's edge
    ('Republic of Türkiye 38.4' set flush right: blind round81, 2022q4 twocol-reportlab,
    Table 1)."""
    left = [c for c in ink if c["x1"] <= edge - 0.3]
    right = [c for c in ink if c["x0"] >= edge - 0.3]
    if not left or not right or right[0]["x0"] <= edge + FLUSH_INDENT * body \
            or not (left[-1]["text"].isdigit() or left[-1]["text"] == "%"):
        return False
    return any(b["x0"] - a["x1"] >= CELL_BLANK * body for a, b in zip(left, left[1:]))


def _like_lines(inner: list[int], margins: set[int], least: float) -> bool:
    """Some word inside the lines left of a strip starts at one x (to the point) in at least
    `least` of them, that x no line's own margin (the text after a hanging label, '1. Border')."""
    counts = Counter(x for x in inner if not any(abs(x - m) <= 1 for m in margins))
    return max(counts.values(), default=0) >= least


def _line_width(left: list[dict], body: float) -> float:
    """The width of the line that ends a row's ink left of a strip (sorted by x): back from its
    last character while no blank wider than a stretched word space (LINE_BLANK body sizes)."""
    start = left[-1]["x0"]
    for a, b in zip(reversed(left[:-1]), reversed(left[1:])):
        if b["x0"] - a["x1"] > LINE_BLANK * body:
            break
        start = a["x0"]
    return left[-1]["x1"] - start


def _flush_run(ordered: list[list[dict]], body: float, edge: float, run: list[int], rows: list[int]
               ) -> tuple[float, float, float, float] | None:
    if sum(1 for j in run if j in rows) < FLUSH_ROWS:
        return None
    ends, widths, inner, margins, labels = [], [], [], set(), 0
    for j in run:
        ink = sorted((c for c in ordered[j] if c["text"].strip()), key=lambda c: c["x0"])
        label = _label_before(ink, edge, body)
        labels += bool(label)
        left = [c for c in ink if c["x1"] <= edge and c not in label]
        if left and _letters(left, left[-1]["x1"] - GUTTER_SIDE * body, left[-1]["x1"]) >= WORDY_LETTERS:
            ends.append(left[-1]["x1"])
            widths.append(_line_width(left, body))
            inner += [round(b["x0"]) for a, b in zip(left, left[1:])
                      if b["text"].isalpha() and WORD_SPACE * body < b["x0"] - a["x1"] <= LINE_BLANK * body]
            margins.add(round(next((c["x0"] for c in left if c["text"].isalpha()), left[0]["x0"])))
    lo = max(ends, default=edge)
    # the lines on the left end flush (justified), or they are a list's ragged lines; and they
    # are a column's lines, not the same first words of like lines ("Left column line 1 of")
    flush = sum(1 for e in ends if e >= lo - FLUSH_TOLERANCE) >= FLUSH_ROWS
    if not (flush or labels >= 2 and len(ends) >= FLUSH_ROWS) or edge - lo < FLUSH_MIN_GAP * body \
            or statistics.median(widths) < FLUSH_MIN_WIDTH * body \
            or _like_lines(inner, margins, max(FLUSH_ROWS, LIKE_LINES * len(ends))):
        return None
    inked = [c for j in run for c in ordered[j] if c["text"].strip()]
    return lo, edge, min(c["top"] for c in inked), max(c["bottom"] for c in inked)


class _GutterRuns:
    """The rows of a page with their blanks, walked down from a row to see how far a blank strip
    runs (`_gutters`)."""

    def __init__(self, ordered: list[list[dict]], body: float, shapes) -> None:
        self.body, self.shapes = body, shapes
        self.inks = [sorted((c["x0"], c["x1"]) for c in r if c["text"].strip()) for r in ordered]
        self.gaps = [_row_gaps(r, body) for r in ordered]
        self.mids = [(min(c["top"] for c in r) + max(c["bottom"] for c in r)) / 2 for r in ordered]

    def boxes(self, x: float, j: int) -> frozenset:
        return frozenset(k for k, sh in enumerate(self.shapes)
                         if sh["x0"] <= x <= sh["x1"] and sh["top"] <= self.mids[j] <= sh["bottom"])

    def walk(self, i: int, lo: float, hi: float, wordy: bool) -> tuple[float, float, int, int, int]:
        """(x0, x1, rows, rows with words, last row) of the strip from row `i` down."""
        n, words, last = 1, int(wordy), i
        inside = self.boxes((lo + hi) / 2, i)
        for j in range(i + 1, len(self.gaps)):
            if self.boxes((lo + hi) / 2, j) != inside:
                break           # a gutter runs down one stretch of text, not out of a box
            g = next(((max(lo, a), min(hi, b), w) for a, b, w in self.gaps[j]
                      if min(hi, b) - max(lo, a) >= GUTTER_WIDTH * self.body), None)
            if g is None and not any(a < hi - 0.5 and b > lo + 0.5 for a, b in self.inks[j]):
                continue        # nothing printed across the strip: a short line, a blank
            if g is None:
                break
            lo, hi, n, words, last = g[0], g[1], n + 1, words + g[2], j
        return lo, hi, n, words, last


# Two filled cells of one table row meet at a shared edge within this many points (top,
# bottom and the edge alike); the edge runs down the rows below while its cells stand no more
# than CELL_EDGE_REACH body sizes apart.
CELL_EDGE_TOLERANCE = 0.5
CELL_EDGE_REACH = 4.0
# Type on either side of a cell edge is two cells only where a word space at least parts it.
CELL_EDGE_GAP = 0.2
# A page drawn with more shapes than this is read with no cell edges (the search pairs shapes).
CELL_EDGE_MAX_SHAPES = 1500
# A band within this many points of the table's edges is as wide as the table (a shaded row,
# not a merged cell).
TABLE_EDGE_TOLERANCE = 2.0


def _cell_edges(shapes, body: float) -> list[tuple[float, float, float, float]]:
    """The borders between a table's columns where its cells are drawn as rectangles side by
    side (a shaded header row, each row's underline drawn cell by cell): (x, x, top, bottom)
    over the rows whose cells meet at x, from the first such row to the last. An edge is one
    only where cells meet at it in two rows or more (a bar of stacked segments meets at
    places of its own), and not across a merged cell drawn over it ("Remittances sent from
    Kazakhstan" over three columns: blind designer34, 2023q4 chromium). Figures set close on
    either side of it are two cells ("3,412,806" right-aligned in its cell 11 pt before
    "3,063,540": blind round80, 2025q2 tables-chromium, Table 4)."""
    tol = CELL_EDGE_TOLERANCE
    if len(shapes) > CELL_EDGE_MAX_SHAPES:
        return []       # thousands of shapes draw a chart or a pattern, not a table's cells
    meets: dict[float, list[tuple[float, float, float, float]]] = {}
    by_left = sorted(shapes, key=lambda sh: sh["x0"])
    lefts = [sh["x0"] for sh in by_left]
    for a in shapes:
        for b in by_left[bisect.bisect_left(lefts, a["x1"] - tol):bisect.bisect_right(lefts, a["x1"] + tol)]:
            if a is not b and abs(a["top"] - b["top"]) <= tol and abs(a["bottom"] - b["bottom"]) <= tol:
                x = next((k for k in meets if abs(k - a["x1"]) <= tol), a["x1"])
                meets.setdefault(x, []).append((a["top"], a["bottom"], a["x0"], b["x1"]))
    pairs = [p for ps in meets.values() for p in ps]
    out = []
    for x, spans in sorted(meets.items()):
        spans.sort()
        run = [spans[0]]
        for span in spans[1:] + [(float("inf"),) * 4]:
            if span[0] - max(r[1] for r in run) <= CELL_EDGE_REACH * body:
                run.append(span)
                continue
            if len({round(r[0]) for r in run}) >= 2:
                out.extend(_unmerged(x, run, shapes, pairs))
            run = [span]
    return out


def _unmerged(x: float, run: list[tuple[float, float, float, float]], shapes,
              pairs: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """The stretches of an edge's band (`run`: its cells' top, bottom, left, right) that no
    merged cell drawn across x covers; a band as wide as the whole table (a shaded row; the
    table's extent is that of all `pairs` of cells meeting beside the band) is no merged cell."""
    tol = CELL_EDGE_TOLERANCE
    top, bottom = run[0][0], max(r[1] for r in run)
    table = [p for p in pairs if p[1] > top and p[0] < bottom]     # all cells meeting beside the band
    left, right = min(p[2] for p in table), max(p[3] for p in table)
    merged = sorted((sh["top"], sh["bottom"]) for sh in shapes
                    if sh["x0"] < x - tol and sh["x1"] > x + tol and sh["bottom"] > top and sh["top"] < bottom
                    and sh["bottom"] - sh["top"] > 2 * tol
                    and (sh["x0"] > left + TABLE_EDGE_TOLERANCE or sh["x1"] < right - TABLE_EDGE_TOLERANCE))
    out, at = [], top
    for t, b in merged + [(bottom, bottom)]:
        if t > at:
            out.append((x, x, at, t))
        at = max(at, b)
    return out


def _by_gutter(fr: _Frag, gutters, edges: list[float], body: float) -> bool:
    """A line of the column left of a gutter (from the column's left edge to the gutter, or a
    little short of it: a ragged line) or of the column right of it (from its right edge), within
    the rows the gutter runs down; not a chart's label or value standing inside a column."""
    return any(t - 0.5 <= fr.top <= b and (
        abs(fr.x0 - edge) <= HEADER_EDGE_TOLERANCE and lo - GUTTER_RAGGED * body <= fr.x1 <= lo + 0.5
        or hi - 0.5 <= fr.x0 <= hi + HEADER_EDGE_TOLERANCE)
        for (lo, hi, t, b), edge in zip(gutters, edges))


# Glyphs overlapping by this share of their size are of two runs of text set over each other.
COLLISION_RATIO = 0.25


def _collided(row: list[dict]) -> bool:
    """Some glyph of the line (sorted by x) starts well inside the one before it."""
    ink = [c for c in row if c["text"].strip()]
    return any(b["x0"] < a["x1"] - COLLISION_RATIO * (b["size"] or 1.0) for a, b in zip(ink, ink[1:]))


def _stream_runs(row: list[dict], seq: dict[int, int]) -> list[list[dict]]:
    """A line whose glyphs collide (header cells wider than their columns, each run over the
    next: "Sent, USD million" and "Received, KZT billion" read by x as "... billioRneceived";
    blind round46, 2022q4 onecol-reportlab, Table 2) is cut into the runs it was drawn in: in
    drawing order, a glyph that starts well inside the one drawn before it starts a new run."""
    runs: list[list[dict]] = [[]]
    prev = None
    for c in sorted(row, key=lambda c: seq.get(id(c), 0)):
        if prev is not None and c["text"].strip() and c["x0"] < prev["x1"] - COLLISION_RATIO * (c["size"] or 1.0):
            runs.append([])
        runs[-1].append(c)
        if c["text"].strip():
            prev = c
    return runs


def _split_fragments(row: list[dict], gutters=(), seq: dict[int, int] | None = None) -> list[_Frag]:
    row = sorted(row, key=lambda c: c["x0"])
    if seq and _collided(row) and len(runs := _stream_runs(row, seq)) > 1:
        return sorted((f for run in runs for f in _split_fragments(run, gutters)), key=lambda f: f.x0)
    top = min(c["top"] for c in row)
    cuts = [(lo, hi) for lo, hi, t, b in gutters if t - 0.5 <= top <= b]
    labels = _hanging_labels(row, cuts)
    frags: list[list[dict]] = [[]]
    prev_x1 = None
    prev_size = 0.0
    for c in row:
        if id(c) in labels and frags[-1]:
            frags.append([])        # a list label hanging into a gutter opens the column beyond
            prev_x1 = None
        # the gap is measured against the type on its left: a hanging list label in 10 pt
        # stands 11.5 pt before its 8.2 pt note (sample 2023q4 reportlab notes), while a
        # heading in larger type that starts beyond a gutter opens the next column's line, not
        # this one's (blind designer18, 2026q2 chromium, page 3)
        size = prev_size or (c["size"] or 1.0)
        if prev_x1 is not None and (c["x0"] - prev_x1 > FRAGMENT_GAP_RATIO * max(size, 6.0)
                                    or any(prev_x1 <= lo + 0.5 and c["x0"] >= hi - 0.5
                                           and (hi > lo or c["x0"] - prev_x1 >= CELL_EDGE_GAP * size)
                                           for lo, hi in cuts)):
            frags.append([])
        frags[-1].append(c)
        if c["text"].strip():
            prev_x1 = c["x1"]
            prev_size = c["size"] or 1.0
        elif prev_x1 is None:
            prev_x1 = c["x0"]
    out = []
    for f in frags:
        ink = [c for c in f if c["text"].strip()]
        if not ink:
            continue
        size = statistics.median(c["size"] for c in ink)
        full = [c for c in ink if c["size"] >= SUPERSCRIPT_SIZE_RATIO * size] or ink
        out.append(_Frag(
            chars=f, top=min(c["top"] for c in full), bottom=max(c["bottom"] for c in full),
            text_top=min(c["top"] for c in _without_high_marks(full, size)),
            x0=min(c["x0"] for c in ink), x1=max(c["x1"] for c in ink), size=size,
            bold=sum(_is_bold(c["fontname"]) for c in ink) > len(ink) / 2 and not _bold_figure_lead(f)))
    return out


# A bold figure opening a line of plain words ("182.4 thousand holders of" | "permanent residence
# lived in ...": a key figure set bold in a sidebar's paragraph, blind designer102, 2026q1
# reportlab, page 2): the line is running text, not a heading, however many of its letters are bold.
# So is a bold run-in title closed by a full stop or a colon and run on in plain words ("Round table
# on fair recruitment. On 18 February" | "2026 IOM brought together ...": blind designer107, 2026q1
# reportlab, page 2).
BOLD_LEAD_PLAIN_WORDS = 2
PLAIN_WORD = compiled(r"\p{L}{2,}")


def _bold_figure_lead(chars: list[dict]) -> bool:
    ink = [c for c in chars if c["text"].strip()]
    if not ink or not _is_bold(ink[0]["fontname"]):
        return False
    plain_at = next((i for i, c in enumerate(ink) if not _is_bold(c["fontname"])), 0)
    lead = "".join(c["text"] for c in ink[:plain_at])      # the bold words before the first plain one
    if not ink[0]["text"].isdigit() and not lead.endswith((".", ":")):
        return False
    plain = "".join(c["text"] if not _is_bold(c["fontname"]) else "\0" for c in chars)
    tail = plain.rsplit("\0", 1)[-1]
    return len(PLAIN_WORD.findall(tail)) >= BOLD_LEAD_PLAIN_WORDS


def _hanging_labels(row: list[dict], cuts: list[tuple[float, float]]) -> set[int]:
    """ids of the first characters of list labels that hang into a gutter from the column on its
    right (LAY:flush-gutter): the label ends just before the gutter's right side, past its left."""
    ink = [c for c in row if c["text"].strip()]
    if not cuts or not ink:
        return set()
    size = statistics.median(c["size"] or 1.0 for c in ink)
    firsts = set()
    for lo, hi in cuts:
        label = _label_before(ink, hi, size)
        if label and label[-1]["x1"] > lo + 0.5:
            firsts.add(id(label[0]))
    return firsts


def _without_high_marks(chars: list[dict], size: float) -> list[dict]:
    """The characters that give a fragment's words their top: not a marker only a little smaller
    than its line but set high (8.4 pt in a 10.4 pt line, its bottom 5.7 pt up: blind round 32,
    2025q3 reportlab), which would reach into the line above and merge the two into one slab."""
    words = [c for c in chars if not c["text"].isdigit()]
    if not words:
        return chars
    low = max(c["bottom"] for c in words)
    kept = [c for c in chars if not (c["text"].isdigit() and _set_high(c, size, low))]
    return kept or chars


def _set_high(c: dict, size: float, bottom: float) -> bool:
    """A character only a little smaller than its line (`size`, its foot at `bottom`) but raised
    well above that foot: a note marker."""
    return c["size"] <= SUPERSCRIPT_HIGH_SIZE_RATIO * size and c["bottom"] <= bottom - SUPERSCRIPT_HIGH_RAISE_RATIO * size \
        or c["size"] < SUPERSCRIPT_TOP_SIZE_RATIO * size and c["bottom"] <= bottom - SUPERSCRIPT_TOP_RAISE_RATIO * size


# A list's number set apart from its item ("1.", "12)"), the item's text a line of words.
LIST_NUMBER = compiled(r"\d{1,3}[.)]")
# ... at least this many words (a table's rank cell stands before a name and figures).
LIST_ITEM_WORDS = 3


def _join_bullets(frags: list[_Frag]) -> list[_Frag]:
    """A list bullet set apart from its item ("•   Uzbekistan: 42.9 per cent") belongs to the
    item, not to a table cell of its own (blind sample 2022q4, reportlab); so does a number
    hanging before the one line of words that is the rest of its row ("1.    Resolution of the
    Government ...": a list of sources whose labels below 10 stand apart from their text)."""
    out: list[_Frag] = []
    for fr in frags:
        prev = out[-1] if out else None
        label = "".join(c["text"] for c in prev.chars).strip() if prev is not None else ""
        numbered = len(frags) == 2 and LIST_NUMBER.fullmatch(label) is not None \
            and len("".join(c["text"] for c in fr.chars).split()) >= LIST_ITEM_WORDS
        if prev is not None and len(out) == 1 and (BULLET.fullmatch(label) or numbered):
            out[-1] = _Frag(chars=prev.chars + fr.chars, top=min(prev.top, fr.top),
                            bottom=max(prev.bottom, fr.bottom), x0=prev.x0, x1=fr.x1,
                            size=fr.size, bold=fr.bold)
        else:
            out.append(fr)
    return out


# A justified line of few words in a narrow column stretches its word gaps past the fragment gap
# ("Uzbekistan      38.1%,      Russian": blind designer1, 2025q1 chromium, page 2). Its pieces
# are one line again when together they fill, within this many points, the extent of a line
# of the same size right above or below it ...
JUSTIFY_EDGE_TOLERANCE = 1.5
# ... their gaps are equal within this many points (justification spreads the space evenly) ...
JUSTIFY_GAP_TOLERANCE = 0.6
# ... and no gap is wider than this many font sizes (table cells beside each other are).
JUSTIFY_MAX_GAP_RATIO = 4.0
# The line whose extent they fill stands within this many font sizes above or below (a
# paragraph's first line at a column's top over its short last line takes the extent of the
# next paragraph's lines: blind designer42, 2025q2 chromium2, page 2).
JUSTIFY_REACH = 6.0


def _rejoin_justified(rows: list[list[_Frag]]) -> list[list[_Frag]]:
    """Rows with the pieces of each stretched justified line joined into one fragment; a line
    next to one rejoined can be rejoined in turn (two short lines in a row)."""
    for order in (range(len(rows)), range(len(rows) - 1, -1, -1)):
        for k in order:
            if len(rows[k]) < 2:
                continue
            near = [(g, max(abs(g.top - f.top) / f.size for f in rows[k]), r) for j, r in enumerate(rows) if j != k
                    for g in r if any(0 < abs(g.top - f.top) <= JUSTIFY_REACH * f.size and abs(g.size - f.size) <= 0.3
                                      for f in rows[k])]
            for g, dist, row_of_g in near:
                # two pieces beside each other are two columns as much as a stretched line: only
                # a line right above or below says which; further away, three or more are needed
                before = rows[k]
                rows[k] = _rejoined(rows[k], g, 2 if dist <= 2 else 3)
                if rows[k] is before and dist <= 2 and g.top > before[0].top:
                    rows[k] = _rejoined_over_ragged(rows[k], g, [h for h in row_of_g if h is not g])
    return rows


# A justified first line over a paragraph's short last line ("Figure 3. Remittances sent by" over
# "destination, Q3 2023 (KZT billion)" in a chart's narrow caption box: blind designer65, 2023q3
# chromium, page 3) fills no line's extent: at least this many evenly spaced words, starting where
# the line under it starts and reaching past its end, are one line.
JUSTIFY_RAGGED_LEAST = 4


def _rejoined_over_ragged(row: list[_Frag], line: _Frag, beside: list[_Frag]) -> list[_Frag]:
    """LAY:justified-over-ragged: `row` with its evenly spaced words from the left edge of the
    `line` under it, past that line's end, joined into one fragment; not where the line under
    them has pieces of its own (`beside`) past its end within their reach: then it is but a
    piece of a stretched line too, or a column's."""
    tol = JUSTIFY_EDGE_TOLERANCE
    start = next((i for i, f in enumerate(row) if abs(f.x0 - line.x0) <= tol), None)
    if start is None or start + 1 >= len(row):
        return row
    pieces, gap = row[start:start + 2], row[start + 1].x0 - row[start].x1
    for f in row[start + 2:]:
        if abs(f.x0 - pieces[-1].x1 - gap) > JUSTIFY_GAP_TOLERANCE:
            break
        pieces.append(f)
    if len(pieces) < JUSTIFY_RAGGED_LEAST or pieces[-1].x1 <= line.x1 + tol or gap > JUSTIFY_MAX_GAP_RATIO * line.size \
            or any(line.x1 < h.x0 < pieces[-1].x1 + tol for h in beside) \
            or any(abs(f.size - line.size) > 0.3 or f.bold != line.bold or f.plan is not None or f.whole
                   for f in pieces) \
            or sum(not any(c["text"].isalpha() for c in f.chars) for f in pieces) > 1:     # words ("3." at most)
        return row
    joined = _stretched_line(pieces, line)
    return row[:start] + [joined] + row[start + len(pieces):]


def _rejoined(row: list[_Frag], line: _Frag, least: int = 2) -> list[_Frag]:
    """`row` with its pieces that fill the extent of `line` joined, if they are a stretched
    justified line: same size and weight, evenly spaced, at least `least` of them."""
    tol = JUSTIFY_EDGE_TOLERANCE
    pieces = [f for f in row if f.x0 >= line.x0 - tol and f.x1 <= line.x1 + tol]
    if len(pieces) < least or abs(pieces[0].x0 - line.x0) > tol or abs(pieces[-1].x1 - line.x1) > tol:
        return row
    gaps = [b.x0 - a.x1 for a, b in zip(pieces, pieces[1:])]
    if (max(gaps) - min(gaps) > JUSTIFY_GAP_TOLERANCE
            or max(gaps) > JUSTIFY_MAX_GAP_RATIO * line.size
            or any(abs(f.size - line.size) > 0.3 or f.bold != line.bold for f in pieces)):
        return row
    joined = _stretched_line(pieces, line)
    k = row.index(pieces[0])
    return row[:k] + [joined] + [f for f in row[k:] if f not in pieces]


def _stretched_line(pieces: list[_Frag], line: _Frag) -> _Frag:
    """The pieces of one stretched justified line as one fragment, in `line`'s type."""
    return _Frag(chars=[c for f in pieces for c in f.chars], top=min(f.top for f in pieces),
                 bottom=max(f.bottom for f in pieces), x0=pieces[0].x0, x1=pieces[-1].x1,
                 size=line.size, bold=line.bold)


# Superscript digit characters (U+00B9, U+00B2, U+00B3, U+2070-U+2079): note numbers set as
# characters rather than as small raised digits.
SUPERSCRIPT_DIGITS = {sup: str(d) for d, sup in enumerate("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")}


def _line_of(frag: _Frag, page: int) -> Line:
    """Text of a fragment with markers taken out; one box per character."""
    text: list[str] = []
    boxes: list[Box] = []
    fills: list = []
    markers: list[Marker] = []
    chars = sorted(frag.chars, key=lambda c: c["x0"])
    full_size = max((c["size"] for c in chars if c["text"].strip()), default=frag.size)
    ref = max(frag.size, full_size * 0.95) if full_size < frag.size * 1.5 else frag.size
    pending: list[dict] = []

    def flush_marker():
        if pending:
            label = "".join(c["text"] for c in pending)
            box = union([(c["x0"], c["top"], c["x1"], c["bottom"]) for c in pending])
            markers.append(Marker(label=label, offset=len("".join(text).rstrip()), box=box))
            pending.clear()

    prev = None
    for c in chars:
        ch = c["text"]
        if ch in SUPERSCRIPT_DIGITS and all(t in "0123456789" for t in text) and not pending:
            # "¹ Law of ...": a superscript number that opens its line marks nothing before it:
            # it is the label of the note that follows
            text.append(SUPERSCRIPT_DIGITS[ch])
            boxes.append((c["x0"], c["top"], c["x1"], c["bottom"]))
            fills.append(c.get("fill"))
            prev = c
            continue
        if ch in SUPERSCRIPT_DIGITS:
            # "2024.³": a note number typed as a superscript character is a marker whatever
            # its size (blind round37, 2023q3 tables-fpdf)
            pending.append(dict(c, text=SUPERSCRIPT_DIGITS[ch]))
            prev = c
            continue
        raised = (c["size"] <= SUPERSCRIPT_SIZE_RATIO * ref + SIZE_TOLERANCE
                  and c["bottom"] <= frag.bottom - SUPERSCRIPT_RAISE_RATIO * ref) or _set_high(c, ref, frag.bottom)
        if raised and (ch.isdigit() or ch in "*†‡,"):
            if ch == "," and not pending:
                raised = False
            else:
                pending.append(c)
                prev = c
                continue
        if pending:
            flush_marker()
        if prev is not None and not ch.isspace() and text and not text[-1].isspace():
            gap = c["x0"] - prev["x1"]
            if gap > 0.22 * (c["size"] or 1.0):
                text.append(" ")
                boxes.append((prev["x1"], frag.top, c["x0"], frag.bottom))
                fills.append(None)
        if ch.isspace():
            if text and not text[-1].isspace():
                text.append(" ")
                boxes.append((c["x0"], c["top"], c["x1"], c["bottom"]))
                fills.append(None)
        else:
            # ligatures ("ﬁ", "ﬃ") become their letters, each with the ligature's box, so that
            # "oﬃcials" reads as "officials" (sample 2022q4 endnotes, Chromium)
            if ch.startswith("(cid:"):
                ch = "•"                     # an unmapped glyph: in running text, a bullet
            for part in (LIGATURES.get(ch) or ch):
                text.append(part)
                boxes.append((c["x0"], c["top"], c["x1"], c["bottom"]))
                fills.append(c.get("fill"))
        prev = c
    flush_marker()
    while text and text[-1] == " ":
        text.pop()
        boxes.pop()
        fills.pop()
    s = "".join(text)
    # "¹²,¹³" raised together: one marker per label, at the same place
    markers = [Marker(part, min(m.offset, len(s)), m.box) for m in markers
               for part in (regex.split(r"\s*,\s*", m.label.strip(",")) or [m.label]) if part]
    return Line(page=page, text=s, boxes=tuple(boxes), size=frag.size, bold=frag.bold,
                markers=tuple(markers), fills=tuple(fills) if any(f is not None for f in fills) else ())


# --- 3. running heads and footnotes --------------------------------------------------------

def _head_key(text: str) -> str:
    return DIGITS.sub("#", " ".join(text.lower().split()))


@dataclass(frozen=True)
class RunningHeads:
    """Where each margin text (digits folded) stands: key -> (page number, top) pairs."""
    seen: dict
    pages: int

    def repeats(self, key: str, page: int, top: float | None = None) -> bool:
        """The key stands on another page too (at the same height when `top` is given; only
        then may it be a bare page number)."""
        if self.pages < 2 or (top is None and not key.strip("# ")):
            return False
        return any(p != page and (top is None or abs(t - top) <= HEAD_POSITION_TOLERANCE)
                   for p, t in self.seen.get(key, ()))


def _edge_offset(fr: _Frag, h: float) -> float:
    """How far a margin line stands from its own edge: the top for the upper half, the bottom
    (negative, so heads and feet never match) for the lower half."""
    return fr.top if fr.top < h / 2 else -(h - fr.bottom)


def _band(fr: _Frag, h: float) -> str | None:
    """"head"/"foot" for a fragment in the narrow margin bands, "wide-head"/"wide-foot" for one
    only in the wider bands, None for the rest of the page."""
    if fr.bottom <= h * HEADER_BAND:
        return "head"
    if fr.top >= h * (1 - FOOTER_BAND):
        return "foot"
    if fr.bottom <= h * WIDE_HEADER_BAND:
        return "wide-head"
    if fr.top >= h * (1 - WIDE_FOOTER_BAND):
        return "wide-foot"
    return None


def running_head_keys(pages_lines: list[list[tuple[_Frag, Line]]], heights: list[float],
                      numbers: list[int] | None = None) -> RunningHeads:
    """Where the margin lines stand, page by page. A line that opens with a note label is a
    footnote, never a running head, even when its source repeats on the next page's foot."""
    numbers = numbers or list(range(1, len(pages_lines) + 1))
    seen: dict[str, list[tuple[int, float]]] = {}
    for lines, h, n in zip(pages_lines, heights, numbers):
        for fr, ln in lines:
            if _band(fr, h) and not note_label(ln):
                seen.setdefault(_head_key(ln.text), []).append((n, _edge_offset(fr, h)))
    return RunningHeads(seen, len(pages_lines))


def _note_lines(items: list[tuple[_Frag, Line]]) -> set[int]:
    """Indices of the lines that continue a footnote: right under a line that opens with a note
    label (or under such a continuation), less than 1.6 line heights down."""
    out: set[int] = set()
    order = sorted(range(len(items)), key=lambda i: items[i][0].top)
    prev = None
    for i in order:
        fr, ln = items[i]
        above = items[prev][0] if prev is not None else None
        # in the note's type, from its left edge: not a running footer set small at the right
        # right under the last note (blind designer37, 2022q3 Word)
        if above is not None and (note_label(items[prev][1]) or prev in out) and \
                -(fr.bottom - fr.top) <= fr.top - above.bottom < 0.6 * max(fr.bottom - fr.top, 1.0) \
                and not note_label(ln) and abs(fr.size - above.size) <= 0.15 * max(above.size, 1.0) \
                and fr.x0 <= above.x0 + 4 * max(above.size, 1.0):
            out.add(i)
        prev = i
    return out


def _running_flags(items: list[tuple[_Frag, Line]], h: float, page: int,
                   heads: RunningHeads) -> list[bool]:
    """Which lines are running heads. In the narrow bands: a text repeated on another page, or
    a page number. In the wider bands: a text repeated at the same height on another page,
    with only running heads between it and the page's edge (so a footnote whose source
    repeats is never taken)."""
    flags = [False] * len(items)
    in_note = _note_lines(items)
    for i, (fr, ln) in enumerate(items):
        band = _band(fr, h)
        if i in in_note:
            continue                     # a note's wrapped line, even when the same note repeats
        if band in ("head", "foot") and PAGE_NUMBER.match(ln.text):
            flags[i] = True              # "3", "Page 3", "1 / 2": a page number, not note 1
        elif band in ("wide-head", "wide-foot") and PAGE_OF_PAGES.match(ln.text):
            flags[i] = True
        elif band in ("head", "foot") and not note_label(ln):
            key = _head_key(ln.text)
            flags[i] = heads.repeats(key, page)
    for band, outward in (("wide-head", lambda i: items[i][0].top),
                          ("wide-foot", lambda i: -items[i][0].bottom)):
        edge = "head" if band == "wide-head" else "foot"
        order = sorted((i for i, (fr, _) in enumerate(items) if _band(fr, h) in (edge, band)),
                       key=outward)
        for i in order:
            fr, ln = items[i]
            if _band(fr, h) == edge:
                if flags[i]:
                    continue
                break
            if note_label(ln) or i in in_note or NUMBERED_CAPTION.match(ln.text) \
                    or not heads.repeats(_head_key(ln.text), page, _edge_offset(fr, h)) \
                    or _runs_on_from_body(fr, items, h, edge):
                break           # a table's caption is no running head, even set on every page
            flags[i] = True
    return _labels_beside_notes(items, _page_numbers_beside(items, _titles_beside_heads(items, flags, h), h))


def _titles_beside_heads(items: list[tuple[_Frag, Line]], flags: list[bool], h: float) -> list[bool]:
    """A line in the narrow margin band on the row of a running head, no bigger than it, is
    part of it: the chapter's name set on the head's line changes from page to page
    ("KAZAKHSTAN MIGRATION PULSE ... Regions, citizens abroad, training": blind designer79,
    2023q2 reportlab, whose chapter name otherwise read as the text over a map's tiles)."""
    out = list(flags)
    for i, (fr, ln) in enumerate(items):
        if flags[i] or _band(fr, h) not in ("head", "foot") or note_label(ln):
            continue
        out[i] = any(flags[j] and _band(o, h) == _band(fr, h) and abs(o.top - fr.top) <= HEAD_POSITION_TOLERANCE
                     and fr.size <= o.size + 0.5 for j, (o, _) in enumerate(items))
    return out


# A margin line set closer than this many of its heights to a line of the body goes on from it.
BODY_RUN_GAP = 0.75


def _runs_on_from_body(fr: _Frag, items: list[tuple[_Frag, Line]], h: float, edge: str) -> bool:
    """A line in a wide margin band set as close to a line of the body as the body's own lines
    stand to each other (the last row of a table that runs down into the band: "China 6.9 6.1"
    at the same height as "China 6.2 -" on the next page, digits folded: blind round73, 2023q4
    tables-fpdf) is the body's, never a running head or foot."""
    reach = BODY_RUN_GAP * max(fr.bottom - fr.top, 1.0)
    for other, _ in items:
        if _band(other, h) is not None:
            continue
        gap = fr.top - other.bottom if edge == "foot" else other.top - fr.bottom
        if -0.5 <= gap < reach and other.x0 < fr.x1 and fr.x0 < other.x1:
            return True
    return False


def _labels_beside_notes(items: list[tuple[_Frag, Line]], flags: list[bool]) -> list[bool]:
    """A lone number in the foot margin with a line of its own type size starting just right of
    it, on its row, and no running head, is a note's hanging label, not a page number (blind
    round38, 2022q4 twocol-fpdf: labels typed as superscript characters, the same number at the
    same height on another page)."""
    out = list(flags)
    for i, (fr, ln) in enumerate(items):
        if not flags[i] or not LONE_LABEL.match(ln.text):
            continue
        line_h = max(fr.bottom - fr.top, 1.0)
        if any(not flags[j] and 0 < tf.x0 - fr.x1 < 8 * line_h and abs(tf.top - fr.top) <= 0.5 * line_h
               and abs(tf.size - fr.size) <= 0.1 * max(fr.size, 1.0) and not LONE_LABEL.match(tl.text)
               for j, (tf, tl) in enumerate(items)):
            out[i] = False
    return out


def _page_numbers_beside(items: list[tuple[_Frag, Line]], flags: list[bool], h: float
                         ) -> list[bool]:
    """A page number in a wide band on the line of a running head is part of it (a landscape
    page's footer "... Tracking Matrix   3" sits higher on its page than a portrait one's)."""
    for i, (fr, ln) in enumerate(items):
        if not flags[i] and _band(fr, h) in ("wide-head", "wide-foot") and PAGE_NUMBER.match(
                ln.text) and any(flags[j] and abs(items[j][0].top - fr.top) <= HEAD_POSITION_TOLERANCE
                                 for j in range(len(items))):
            flags[i] = True
    return flags


# --- 4. reading order ----------------------------------------------------------------------

def _x_gaps(frags: list[_Frag]) -> list[tuple[float, float]]:
    """Empty vertical strips (at least MIN_GUTTER wide) between the fragments' x spans; or at
    least NARROW_GUTTER wide where lines set against a gutter found down the page end at it and
    start after it (two justified columns 6 pt apart: blind round81, 2022q4 twocol-reportlab)."""
    ordered = sorted(frags, key=lambda f: (f.x0, f.x1))
    gaps = []
    reach = ordered[0].x1
    for f in ordered[1:]:
        if f.x0 - reach >= MIN_GUTTER or f.x0 - reach >= NARROW_GUTTER and _column_edges(ordered, reach, f.x0):
            gaps.append((reach, f.x0))
        reach = max(reach, f.x1)
    return gaps


def _column_edges(frags: list[_Frag], end: float, start: float) -> bool:
    """A line of a text column (set against a gutter found down the page) ends at `end`, and
    nearly every line that starts at `start` is one: the edges of two columns, not a caption
    that happens to stand near a column (blind designer15, 2023q4 chromium). A column's first
    line, over the other's heading, and its last lines, past the other's end, stand beside no
    line and are not found as set against the gutter (blind designer98, 2023q1 chromium: two
    CSS columns 7.9 pt apart, read as one above the line that narrowed their gutter)."""
    starting = [f for f in frags if abs(f.x0 - start) <= 1.0]
    lined = sum(1 for f in starting if _column_line(f))
    return any(abs(f.x1 - end) <= 0.5 and _column_line(f) for f in frags) \
        and bool(starting) and (lined == len(starting) or lined >= max(COLUMN_EDGE_LINES, COLUMN_EDGE_SHARE * len(starting)))


def _column_line(f: _Frag) -> bool:
    """A line of a text column: set against a gutter found down the page (running text alone
    is not enough: a wide line over a column stands as close to it), not a caption ("Table 1. ...")."""
    return f.by_gutter and not NUMBERED_CAPTION.match(f.text or "")


def _y_slabs(frags: list[_Frag]) -> list[list[_Frag]]:
    slabs: list[list[_Frag]] = []
    reach = None
    for f in sorted(frags, key=lambda f: (f.top, f.x0)):
        # a marker set high (blind round 32, 2025q3 reportlab) does not reach into the line above
        if reach is None or (f.text_top if f.text_top is not None else f.top) > reach - 0.5:
            slabs.append([f])
            reach = f.bottom
        else:
            slabs[-1].append(f)
            reach = max(reach, f.bottom)
    return slabs


def _is_prose(f: _Frag) -> bool:
    """A line of running text rather than a table cell: several words, nearly all letters.

    >>> _is_prose(_Frag([], 0, 9, 0, 90, 9, False, text="were nationals of CIS member states,"))
    True
    >>> _is_prose(_Frag([], 0, 9, 0, 90, 9, False, text="Russian Federation 3,187"))
    False
    """
    text = _frag_text(f)
    nonblank = [ch for ch in text if not ch.isspace()]
    letters = sum(1 for ch in nonblank if ch.isalpha())
    return (len(text.split()) >= PROSE_WORDS and bool(nonblank)
            and letters >= PROSE_LETTERS * len(nonblank))


def _frag_text(f: _Frag) -> str:
    """The fragment's text: kept, or read off its characters."""
    return f.text or "".join(c.get("text") or "" for c in f.chars)


def _words(f: _Frag) -> int:
    return len(_frag_text(f).split())


def _is_table_slab(slab: list[_Frag], width: float) -> bool:
    """A row of short cells, not all of them prose; lines of narrow text columns whose every
    piece holds several words, figures among them, are no table row ("billion (USD 530.5
    million) out of" beside "Transfers to Kazakhstan moved in": blind designer6, 2024q4
    chromium, page 3)."""
    return (len(slab) >= 2 and all(f.x1 - f.x0 < TABLE_CELL_RATIO * width and f.plan is None
                                   for f in slab)
            and not all(_is_prose(f) for f in slab)
            and not all(_words(f) >= PROSE_WORDS for f in slab)
            and not all(f.by_gutter for f in slab)
            and not _stacked_text(slab)
            and not _heading_beside_text(slab))


def _heading_beside_text(slab: list[_Frag]) -> bool:
    """A section heading in larger type level with a line of the text column beside it ("3.
    Residence permits" beside "with 7.1% and Tajikistan with 5.4%.", the end of a paragraph
    that runs on into that column: blind round42, 2024q4 twocol-chromium, page 1): two
    columns' lines, no table row."""
    if len(slab) != 2:
        return False
    big, small = sorted(slab, key=lambda f: -f.size)
    return big.size >= small.size * HEADING_BESIDE_RATIO and _words(small) >= RUNNING_WORDS \
        and not DIGITS.search(regex.sub(r"^\s*\d+(?:\.\d+)*\.?\s", "", big.text or ""))


# a heading beside a line of text is at least this many times the line's size
HEADING_BESIDE_RATIO = 1.05


def _stacked_text(slab: list[_Frag]) -> bool:
    """Three lines of words or more set one under another at the same left edge within one
    slab: lines of a text column beside another, not cells of one row."""
    lefts = Counter(round(f.x0 / 2) for f in slab if _words(f) >= 3)
    return any(n >= 3 for n in lefts.values())


def _running_lines(slab: list[_Frag], width: float) -> int:
    return sum(1 for f in slab if _words(f) >= RUNNING_WORDS and f.bottom - f.top < 1.6 * f.size
               and f.x1 - f.x0 >= RUNNING_WIDTH * width)


def _side_by_side_text(slab: list[_Frag], width: float) -> bool:
    """Two lines of running text side by side: text columns, not cells of a table row (nor the
    stacked cells of a table's two-level header)."""
    return _running_lines(slab, width) >= 2


def _text_rows(slabs: list[list[_Frag]], width: float) -> int:
    """How many rows of running text stand side by side in the slabs. A slab of text columns
    bound into one by a region beside them (a chart panel right of two narrow columns) counts
    a row for each pair of its lines: it is a stretch of text, not one row (blind designer32,
    2026q2 chromium, page 3: two columns and a chart over a table were read as the table's rows)."""
    return sum(max(1, _running_lines(s, width) // 2) if _stacked_text(s) else 1
               for s in slabs if _side_by_side_text(s, width))


def reading_order(frags: list[_Frag], width: float, depth: int = 0) -> list[list[_Frag]]:
    """Recursive XY cut preferring columns. Returns groups: one fragment, or a table row."""
    if not frags:
        return []
    if len(frags) == 1 or depth > 40:
        return [[f] for f in sorted(frags, key=lambda f: (f.top, f.x0))]
    beside = _figures_side_by_side(frags)
    if beside:          # two numbered figures set side by side: each read whole, left first
        return [g for part in beside for g in reading_order(part, width, depth + 1)]
    slabs = _y_slabs(frags)
    tall = [f for s in slabs for f in _tall_regions(s)]
    if tall:            # a sidebar beside a stretch of text binds it into one slab: read it apart
        rest = [f for f in frags if f not in tall]
        return reading_order(rest, width, depth + 1) + [[f] for f in sorted(tall, key=lambda f: f.x0)]
    apart = _region_beside_table(frags, width)
    if apart:           # a chart beside a table: each side of the gutter on its own
        return reading_order(apart[0], width, depth + 1) + reading_order(apart[1], width, depth + 1)
    if _is_table(slabs, width):
        if _text_rows(slabs, width) < 2:
            return _table_groups(slabs)
        cut = _table_beside_text(slabs, width)      # text columns under (or over) a table
        if cut:
            above = [f for s in slabs[:cut] for f in s]
            below = [f for s in slabs[cut:] for f in s]
            return reading_order(above, width, depth + 1) + reading_order(below, width, depth + 1)
    band = next((i for i, s in enumerate(slabs) if len(s) > 1 and all(f.plan for f in s)), None)
    if band is not None:        # regions side by side (a band of stat cards): a row of its own
        above = [f for s in slabs[:band] for f in s]
        below = [f for s in slabs[band + 1:] for f in s]
        return (reading_order(above, width, depth + 1)
                + [[f] for f in sorted(slabs[band], key=lambda f: f.x0)]
                + reading_order(below, width, depth + 1))
    cut = _section_break(slabs)
    if cut:
        above = [f for s in slabs[:cut] for f in s]
        below = [f for s in slabs[cut:] for f in s]
        return reading_order(above, width, depth + 1) + reading_order(below, width, depth + 1)
    raw = _x_gaps(frags)
    gaps = [g for g in raw if not _splits_last_column(slabs, (g[0] + g[1]) / 2, width)]
    if raw and not gaps and len(slabs) > 1:
        return _table_runs(slabs, width, depth)
    if gaps:
        lo, hi = _first_gap(frags, gaps)
        cut = (lo + hi) / 2
        across = _across_band(frags, cut, width, depth)
        if across is not None:
            return across
        parts = _table_across_cut(slabs, cut, width)
        if parts is not None:     # a table under (or over) the columns, its cells on both sides of their gutter
            return [g for part in parts for g in reading_order([f for s in part for f in s], width, depth + 1)]
        left = [f for f in frags if f.x1 <= cut]
        right = [f for f in frags if f.x1 > cut]
        return reading_order(left, width, depth + 1) + reading_order(right, width, depth + 1)
    if len(slabs) == 1:
        side = _sidebar_beside_lines(slabs[0])
        if side:        # lines of text (a numbered list with hanging lines) beside a sidebar: the lines
            #             in their order, then the sidebar (blind designer44, 2024q4 word, page 1)
            rest = [f for f in frags if f not in side]
            return reading_order(rest, width, depth + 1) + [[f] for f in side]
        return [sorted(slabs[0], key=lambda f: f.x0)]
    merged = _stretches(slabs, width)
    if len(merged) == 1:
        return [[f] for f in sorted(frags, key=lambda f: (f.top, f.x0))]
    _captions_to_their_regions(merged)
    out = []
    for m in merged:
        out.extend(reading_order(m, width, depth + 1))
    return out


def _figures_side_by_side(frags: list[_Frag]) -> list[list[_Frag]] | None:
    """Two captions level with each other ('Figure 1. ...' and 'Figure 2. ...', or titles in
    type larger than anything under them), with nothing standing across the left edge of
    the right one from the captions down to the first line that does (a paragraph across the
    page), and words and figures on each side: two figures or tables set side by side (charts
    in the cells of a Word layout table). Returns what stands above, the left figure, the
    right figure and what follows; read as one table, a bar chart's rows took the column
    chart's labels beside them as cells (blind designer100, 2025q1 word, page 1)."""
    caps = sorted((f for f in frags if _caption_like(f)), key=lambda f: (f.top, f.x0))
    for a, b in zip(caps, caps[1:]):
        if b.x0 <= a.x1 or abs(a.top - b.top) > min(a.size, b.size) / 2:
            continue
        cut = b.x0 - SIDE_FIGURE_SLACK
        under = sorted((f for f in frags if f.top >= a.top - SIDE_FIGURE_SLACK), key=lambda f: f.top)
        end = next((f.top for f in under if f.x0 < cut < f.x1), None)
        stretch = [f for f in under if end is None or f.bottom <= end]
        left = [f for f in stretch if f.x1 <= cut]
        right = [f for f in stretch if f.x0 >= cut]
        rest_of = [f for f in stretch if not any(_caption_or_wrap(f, c) for c in (a, b))]
        numbered = [bool(NUMBERED_CAPTION.match(_frag_text(c))) for c in (a, b)]
        larger = max((f.size for f in rest_of), default=0) + SIDE_TITLE_LARGER
        titled = all(n or c.size >= larger for n, c in zip(numbered, (a, b)))
        if len(left) + len(right) == len(stretch) and titled and _words_and_figures(left, a) \
                and _words_and_figures(right, b) and (all(numbered) or not _rows_level(left, right)):
            above = [f for f in frags if f.top < a.top - SIDE_FIGURE_SLACK]
            rest = [f for f in frags if f not in above and f not in stretch]
            return [part for part in (above, left, right, rest) if part]
    return None


def _caption_like(f: _Frag) -> bool:
    """A figure's or table's caption: numbered ('Figure 2. ...'), or a title of a few words,
    capitalised and not ending as a sentence or clause does, with no figure in it but a year or
    quarter."""
    text = _frag_text(f).strip()
    return f.plan is None and (bool(NUMBERED_CAPTION.match(text)) or SIDE_CAPTION_WORDS <= _words(f) <= SIDE_CAPTION_MAX
                               and text[:1].isupper() and not text.endswith((",", ".", ";", ":"))
                               and not DIGITS.search(regex.sub(r"\b(?:Q[1-4]|(?:19|20)\d\d)\b", "", text)))


def _rows_level(left: list[_Frag], right: list[_Frag]) -> bool:
    """Most lines of the shorter side stand level with a line of the other: two charts of rows
    side by side (names and shares on the same baselines), read row by row as the rows of one
    table whose halves the columns part (blind designer69, 2022q3 chromium2), not two figures
    of their own make."""
    short, other = sorted((left, right), key=len)
    level = sum(1 for f in short if any(abs(f.top - o.top) <= SIDE_LEVEL for o in other))
    return level * 2 > len(short)


def _caption_or_wrap(f: _Frag, caption: _Frag) -> bool:
    """The caption itself, or its next line: in its type, right under it, at its left edge."""
    return f is caption or (abs(f.size - caption.size) < SIDE_TITLE_LARGER and abs(f.x0 - caption.x0) < SIDE_WRAP_SLACK
                            and caption.bottom - SIDE_FIGURE_SLACK <= f.top < caption.bottom + caption.size)


def _words_and_figures(side: list[_Frag], caption: _Frag) -> bool:
    """Under its caption, a figure holds a line with a word and a line with a figure (a chart's
    labels and values, a table's names and cells), most of its lines no running text."""
    lines = [f for f in side if f is not caption]
    if sum(_is_prose(f) for f in lines) * 2 > len(lines):
        return False            # lines of running text: two text columns, each under its heading
    return any(DIGITS.search(_frag_text(f)) for f in lines) \
        and any(regex.search(r"[^\W\d_]{3}", _frag_text(f)) for f in lines)


# Two figures side by side: the gutter is taken this far (pt) left of the right caption.
SIDE_FIGURE_SLACK = 0.5
# An unnumbered caption has this many words (no sentence), in type at least this much (pt) larger
# than every line under it.
SIDE_CAPTION_WORDS, SIDE_CAPTION_MAX = 3, 16
SIDE_TITLE_LARGER = 0.5
# A caption's next line starts within this many points of its left edge.
SIDE_WRAP_SLACK = 2.0
# Lines of two sides whose tops are this close (pt) stand level.
SIDE_LEVEL = 1.0


# A gutter before a sidebar of regions is cut first where it is at least this share of the widest.
SIDEBAR_GUTTER_SHARE = 0.6
# ... and the sidebar at most this share of the whole width.
SIDEBAR_SHARE = 0.4


def _first_gap(frags: list[_Frag], gaps: list[tuple[float, float]]) -> tuple[float, float]:
    """The gutter to cut at first: the widest, unless the last parts a narrow sidebar holding a
    region (a tile grid, a chart) from text columns with none: the sidebar is read apart first,
    so that a heading across the columns still breaks them into sections (a section's two CSS
    columns beside a grid of region tiles, the gutter between the columns a little wider than
    the sidebar's: blind designer76, 2022q2 chromium2, page 2)."""
    widest = max(gaps, key=lambda g: g[1] - g[0])
    side = gaps[-1]
    if side == widest or side[1] - side[0] < SIDEBAR_GUTTER_SHARE * (widest[1] - widest[0]):
        return widest
    right = [f for f in frags if f.x0 >= side[1]]
    left = [f for f in frags if f.x1 <= side[0]]
    span = max(f.x1 for f in frags) - min(f.x0 for f in frags)
    narrow = max(f.x1 for f in right) - min(f.x0 for f in right) <= SIDEBAR_SHARE * span
    return side if narrow and any(f.plan for f in right) and not any(f.plan for f in left) else widest


def _stretches(slabs: list[list[_Frag]], width: float) -> list[list[_Frag]]:
    """Consecutive slabs that share a gutter merged, so a two-column stretch is cut as columns
    (a stretch needs a row with text on both sides of the gutter: a heading under a chart legend
    is no second column, sample 2022q4 endnotes page 1)."""
    merged: list[list[_Frag]] = [slabs[0]]
    side_by_side = [len(slabs[0]) > 1 and bool(_x_gaps(slabs[0]))]
    for k, s in enumerate(slabs[1:], 1):
        cand = merged[-1] + s
        s_rows = len(s) > 1 and bool(_x_gaps(s))
        if _x_gaps(cand) and (side_by_side[-1] or s_rows) and not (
                _is_table_slab(slabs[k - 1], width) and _goes_with_next(merged[-1], s, slabs[k + 1:k + 2])) \
                and not _region_across(slabs[k - 1], s) and not _region_across(s, slabs[k - 1]) \
                and not _heads_table_below(s, slabs[max(0, k - 2):k], merged[-1], slabs[k + 1:k + 3], width):
            merged[-1] = cand
            side_by_side[-1] = side_by_side[-1] or s_rows
        else:
            merged.append(s)
            side_by_side.append(s_rows)
    return merged


def _region_across(region: list[_Frag], text: list[_Frag]) -> bool:
    """A slab of regions only (a chart) standing across the gutter of the columns of text set
    right over or under it: the chart spans both columns, so it is read between their stretches,
    never cut apart with them at a gap beside it (a heading under a chart set in the middle of
    the page, the heading's right end and the chart's left edge 19 pt apart: blind round71,
    2023q3 twocol-chromium, page 4)."""
    return bool(region) and all(f.plan is not None for f in region) and any(
        f.x0 < (a + b) / 2 < f.x1 for a, b in _x_gaps(text) for f in region)


def _table_runs(slabs: list[list[_Frag]], width: float, depth: int) -> list[list[_Frag]]:
    """A stretch whose only gutter parts a table's last column: its runs of table rows read as
    tables, the rest (a chart's area under the table) in its own order."""
    out: list[list[_Frag]] = []
    k = 0
    while k < len(slabs):
        j = k
        while j < len(slabs) and _is_table_slab(slabs[j], width):
            j += 1
        if j > k:
            out.extend(_table_groups(slabs[k:j]))
            k = j
        else:
            out.extend(reading_order(slabs[k], width, depth + 1))
            k += 1
    return out


def _heads_table_below(s: list[_Frag], above: list[list[_Frag]], group: list[_Frag], nxt: list[list[_Frag]],
                       width: float) -> bool:
    """A row of three or more short cells of words only over a table's first row (or over a row
    group's label over it), under two columns of running text whose gutter it sits across (not
    under a header's upper level or its cells' first lines): the table's header
    ("Remittances sent KZT bn | ..." over "CIS member states" over "Russian Federation | 84.6 |
    ...": blind designer39, 2022q4 chromium, page 4); it goes with the rows."""
    if len(s) < 3 or not all(_is_header_frag(f) and f.x1 - f.x0 < TABLE_CELL_RATIO * width for f in s):
        return False
    if any(len(a) >= 2 and all(_is_header_frag(f) and not _is_prose(f) for f in a) for a in above) \
            or not any(sum(_is_prose(f) for f in row) >= 2 for row in _y_slabs(group)):
        return False        # a header's lower level, its cells' second lines; no text columns over it
    first = nxt[1] if len(nxt) == 2 and len(nxt[0]) == 1 else nxt[0] if nxt else None
    if first is None or not _is_table_slab(first, width) or not any(DIGITS.search(f.text or "") for f in first) \
            or any(_is_prose(f) for f in first):
        return False        # (a line of the other column beside a table inside one column)
    # the header and the row under it both across the columns' gutter: not a table inside one
    # column beside a heading of the other ("Key figures" | "Nationality | Arrivals | ...")
    return all(any(min(f.x0 for f in r) < lo and hi < max(f.x1 for f in r) for lo, hi in _x_gaps(group))
               for r in (s, first))


def _goes_with_next(group: list[_Frag], s: list[_Frag], nxt: list[list[_Frag]]) -> bool:
    """A row of two or three pieces of words (no cell of a lone figure) under a table's row,
    sharing a gutter with the rows before it only by chance and a gutter with the row after it
    that the rows before do not have: the first row of the columns under a table (a heading beside a paragraph's run-over line under a table
    whose columns fall elsewhere: blind round36, 2022q3 twocol-fpdf, page 5)."""
    if not (len(s) in (2, 3) and nxt and len(nxt[0]) > 1 and all(_words(f) >= 2 for f in s)
            and any(_words(f) >= 4 for f in s)):
        return False
    together = _x_gaps(group + s + nxt[0])
    if any(abs(f.x1 - a) <= HEADER_EDGE_TOLERANCE or abs(f.x0 - b) <= HEADER_EDGE_TOLERANCE
           for a, b in together for f in s + nxt[0]):
        return False        # the rows keep to the columns of the rows before them: one stretch
    return any(not any(lo < b and a < hi for a, b in together) for lo, hi in _x_gaps(s + nxt[0]))


# a table's last column that a gutter may seem to set apart holds at least this many figures
LAST_COLUMN_ROWS = 3


def _splits_last_column(slabs: list[list[_Frag]], cut: float, width: float) -> bool:
    """A gutter that only parts a table's last column from its rows: every fragment right of
    it a lone figure on the line of a table row with cells left of it (a wide table on a
    landscape page whose last column stands past the text's right edge: blind designer41,
    2024q2 word, Table 3). No text column stands there, so the page is not cut."""
    right = [(s, f) for s in slabs for f in s if f.x0 >= cut]
    figures = [(s, f) for s, f in right if LONE_FIGURE.match(f.text or "")]
    if len(figures) < LAST_COLUMN_ROWS:
        return False
    # the column's header cells over its figures ("Persons / Departures": blind designer43,
    # 2024q1 word, Table 1, the table's rows beside a chart's area that ends short of the column)
    top = min(f.top for _, f in figures)
    if not all(LONE_FIGURE.match(f.text or "") or _is_header_frag(f) and f.bottom <= top + 1 for _, f in right):
        return False
    return all(_is_table_slab(s, width) and sum(1 for g in s if g.x1 <= cut) >= 2 for s, _ in figures)


def _table_across_cut(slabs: list[list[_Frag]], cut: float, width: float) -> list[list[list[_Frag]]] | None:
    """The stretch of a table whose rows hold cells on both sides of the gutter at `cut` (a
    table across the page under two columns of text, its columns falling in line with their
    gutter), with a caption line right over it and a note right under it: (before, the table,
    after), to be read one after another, so that the gutter does not cut the table in two
    (blind designer34, 2023q4 chromium, page 4)."""
    rows = [i for i, s in enumerate(slabs) if _is_table_slab(s, width)
            and any(f.x1 <= cut for f in s) and any(f.x0 >= cut for f in s)]
    # the rows run on with no text beside text between them; a line of the columns that looks
    # like a row further down ("57.3, 16.2 and 6.4 per cent" beside a short line) is no part of
    # the table (blind round58, 2025q4 twocol-fpdf, page 2)
    runs: list[list[int]] = []
    for i in rows:
        if runs and all(len(slabs[k]) == 1 for k in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    rows = next((r for r in runs if len(r) >= 3), [])
    if not rows:
        return None
    a, b = rows[0], rows[-1]
    gap = lambda i, j: min(f.top for f in slabs[j]) - max(f.bottom for f in slabs[i])     # noqa: E731
    while a > 0 and _is_table_slab(slabs[a - 1], width):
        a -= 1                  # rows of the table that stop short of the gutter
    while b + 1 < len(slabs) and _is_table_slab(slabs[b + 1], width):
        b += 1
    if a > 0 and len(slabs[a - 1]) == 1 and gap(a - 1, a) <= UNDER_GAP_RATIO * slabs[a - 1][0].size:
        a -= 1                  # its caption
    if b + 1 < len(slabs) and len(slabs[b + 1]) == 1 and gap(b, b + 1) <= UNDER_GAP_RATIO * slabs[b + 1][0].size:
        b += 1                  # its note or source line
    if a == 0 and b == len(slabs) - 1:
        return None
    columns = any(any(f.x1 <= cut and _is_prose(f) for f in s) and any(f.x0 >= cut and _is_prose(f) for f in s)
                  for s in slabs[:a] + slabs[b + 1:])
    # or a chart across the gutter under it, its labels on both sides (a table's halves parted
    # by a vertical rule over a bar chart of months: blind designer68, 2026q1 reportlab, page 3)
    across = any(len(s) >= 3 and any(f.x1 <= cut for f in s) and any(f.x0 >= cut for f in s)
                 for s in slabs[b + 1:])
    if not columns and not across:
        return None             # no text columns beside each other over (or under) the table
    return [p for p in (slabs[:a], slabs[a:b + 1], slabs[b + 1:]) if p]


def _captions_to_their_regions(merged: list[list[_Frag]]) -> None:
    """A line closing a stretch of columns, set below everything else in it and right over the
    region (a chart) that opens the next stretch, is that region's caption: it moves to the
    region, not read with its column before the column beside it (blind designer33, 2022q1
    chromium, page 3: "Registered foreign workers by region" over a chart across both columns)."""
    for k in range(len(merged) - 1):
        stretch, nxt = merged[k], merged[k + 1]
        region = min(nxt, key=lambda f: f.top)
        if region.plan is None or len(stretch) < 3:
            continue
        last = max(stretch, key=lambda f: f.top)
        others = [f for f in stretch if f is not last]
        beside = [f for f in others if f.x0 >= last.x1 or f.x1 <= last.x0]     # the other column
        over = [f for f in others if f not in beside]
        # set apart from its column's last line (or in bold): not that paragraph's last line
        apart = last.bold or not over or last.top - max(f.bottom for f in over) >= 0.8 * last.size
        if (last.plan is None and beside and apart and last.top >= max(f.bottom for f in others) - 1
                and 0 <= region.top - last.bottom <= UNDER_GAP_RATIO * last.size
                and region.x0 - 2 * last.size <= last.x0 < region.x1
                and any(region.x0 < f.x1 and f.x0 < region.x1 for f in beside)):   # the region under both
            stretch.remove(last)
            nxt.insert(0, last)


def _region_beside_table(frags: list[_Frag], width: float
                         ) -> tuple[list[_Frag], list[_Frag]] | None:
    """A region (a chart) on one side of a gutter and table rows on the other, side by side:
    the two halves, left first. Read as one table, the chart's caption and source line would
    be cells of the table's rows (a monthly chart beside a by-country table: blind designer30,
    2024q4 chromium, page 5)."""
    plans = [f for f in frags if f.plan is not None]
    if not plans:
        return None
    # the gutter next to the region first: not one between the table's own columns
    near = lambda g: min(min(abs(g[1] - p.x0), abs(g[0] - p.x1)) for p in plans)   # noqa: E731
    for lo, hi in sorted(_x_gaps(frags), key=near):
        left = [f for f in frags if f.x1 <= (lo + hi) / 2]
        right = [f for f in frags if f.x1 > (lo + hi) / 2]
        for side, other in ((left, right), (right, left)):
            if any(f.plan is not None for f in other) or not all(p in side for p in plans):
                continue
            rows = [f for r in _y_slabs(other) if _is_table_slab(r, width) for f in r]
            if len(rows) < 4 or _rows_across(side, other, plans):
                continue
            top, bottom = min(f.top for f in rows), max(f.bottom for f in rows)
            if any(p.top < bottom and p.bottom > top for p in plans):
                return left, right
    return None


def _rows_across(side: list[_Frag], other: list[_Frag], plans: list[_Frag]) -> bool:
    """Lines on the region's side of the gutter, away from the region (above it or under it,
    further than a caption stands), level with lines across the gutter: a table over both the
    region and what stands beside it, its rows crossing the gutter (blind designer48, 2022q4
    chromium2, page 4: a full-width table over a chart and a table side by side)."""
    near: set[int] = set()
    for p in plans:         # its caption and source lines, each set close to the one before
        top, bottom = p.top, p.bottom
        for f in sorted(side, key=lambda f: f.top):
            if f.plan is None and top - CAPTION_REACH * f.size <= f.top and f.top <= bottom + CAPTION_REACH * f.size:
                near.add(id(f))
                bottom = max(bottom, f.bottom)
        for f in sorted(side, key=lambda f: -f.bottom):
            if f.plan is None and f.bottom >= top - CAPTION_REACH * f.size and f.top < top:
                near.add(id(f))
                top = min(top, f.top)
    away = [f for f in side if f.plan is None and id(f) not in near]
    return sum(1 for f in away if any(min(f.bottom, g.bottom) - max(f.top, g.top)
                                      > 0.5 * min(f.bottom - f.top, g.bottom - g.top) for g in other)) >= ROWS_ACROSS


# a chart's caption or source line stands within this many of its type sizes of the chart (or
# of the caption's line before it); rows of a table across the gutter are at least this many
CAPTION_REACH = 3.0
ROWS_ACROSS = 2


TALL_PROSE_LINES = 3


def _tall_regions(slab: list[_Frag]) -> list[_Frag]:
    """Regions (a sidebar) standing beside most of a slab's height with several lines of text
    beside them, one above another, and a table header read from its painted cells: they alone
    make the slab one, cutting the header's cells apart into the text columns (blind designer27,
    2025q2 chromium, page 4)."""
    top, bottom = min(f.top for f in slab), max(f.bottom for f in slab)
    tall = [f for f in slab if f.plan is not None and f.plan.kind == "sidebar"
            and f.bottom - f.top >= 0.6 * (bottom - top)]
    rest = [f for f in slab if f not in tall]
    if not tall or len(rest) < 3 or len({round(f.top) for f in rest}) < 3:
        return []
    if sum(1 for f in rest if _is_prose(f)) < TALL_PROSE_LINES or not any(f.whole for f in rest):
        return []       # only where it binds a painted table header to the lines of text above it
        #                 (a table's rows among them: blind designer40, 2023q4 word, page 2)
    if any(min(f.bottom, t.bottom) - max(f.top, t.top) > 0 and f.x0 < t.x1 and t.x0 < f.x1 for f in rest for t in tall):
        return []       # text over the region itself
    return tall


def _sidebar_beside_lines(slab: list[_Frag]) -> list[_Frag]:
    """A sidebar (or a box as wide: blind designer70, 2023q2 word, page 1, "IN FOCUS" beside a
    numbered list whose items hang) the height of a slab whose other fragments are lines of text,
    one above another, none over it: it alone binds them into one slab."""
    top, bottom = min(f.top for f in slab), max(f.bottom for f in slab)
    side = [f for f in slab if f.plan is not None and f.plan.kind in ("sidebar", "box")
            and f.bottom - f.top >= 0.6 * (bottom - top)]
    rest = [f for f in slab if f not in side]
    if not side or len({round(f.top) for f in rest}) < TALL_PROSE_LINES or any(f.plan is not None for f in rest):
        return []
    tops = Counter(round(f.top) for f in rest)
    if sum(1 for f in rest if _is_prose(f)) < TALL_PROSE_LINES and sum(1 for n in tops.values() if n > 1) < TALL_PROSE_LINES:
        return []       # ... or a table's rows (blind designer102, 2026q1 reportlab, page 3, Table 1)
    if any(f.x1 - 0.25 * f.size > t.x0 and t.x1 > f.x0 + 0.25 * f.size for f in rest for t in side):
        return []       # (a caption's note marker may touch the box's edge)
    return side


# Two regions side by side across a gutter overlap in height by at least this share of the
# taller one: a band of figures across both text columns (blind designer2, 2023q4 chromium,
# page 4: columns of text above and below two boxed charts).
BAND_OVERLAP = 0.5


def _across_band(frags: list[_Frag], cut: float, width: float, depth: int
                 ) -> list[list[_Frag]] | None:
    """Regions on both sides of the gutter at `cut`, side by side, make a band across the
    columns: the columns above it are read before it and those below after it (cutting at the
    gutter first would read each column from the top of the page to the foot, past the band).
    Within the band each side of the gutter is read top down (a caption over a chart and a note
    under it, beside a sidebar: blind designer7, 2025q4 word, page 3). Text beside the band's
    whole width (a sidebar) is read last. None where there is no band."""
    plans = [f for f in frags if f.plan is not None]
    pair = next(((a, b) for a in plans if a.x1 <= cut for b in plans if b.x0 >= cut
                 and min(a.bottom, b.bottom) - max(a.top, b.top)
                 >= BAND_OVERLAP * max(a.bottom - a.top, b.bottom - b.top)), None)
    if pair is None:
        return None
    top, bottom = min(f.top for f in pair), max(f.bottom for f in pair)
    x0, x1 = min(f.x0 for f in pair), max(f.x1 for f in pair)
    beside = [f for f in frags if f.x0 >= x1 or f.x1 <= x0]
    rest = [f for f in frags if not (f.x0 >= x1 or f.x1 <= x0)]
    above = [f for f in rest if f.bottom <= top + 1]
    below = [f for f in rest if f.top >= bottom - 1]
    band = [f for f in rest if f.top > top - 1 and f.bottom < bottom + 1]
    if not above or len(above) + len(band) + len(below) != len(rest):
        return None         # text runs through the band's height: no band across the columns
    return (reading_order(above, width, depth + 1)
            + reading_order([f for f in band if f.x0 < cut], width, depth + 1)
            + reading_order([f for f in band if f.x0 >= cut], width, depth + 1)
            + reading_order(below, width, depth + 1) + reading_order(beside, width, depth + 1))


# A section heading may stand this many of its sizes right of the left edge: a coloured
# marker box before it (blind designer4, 2022q3 chromium, pages 2 and 3: "4. FOREIGN LABOUR"
# under two columns that end above it).
SECTION_INDENT_RATIO = 1.6
# A heading at least this much larger than the text of the column beside it, and no more than
# this many of its heights below that column's end, closes both columns.
SECTION_HEAD_RATIO = 1.3
SECTION_NEAR_LINES = 3


def _at_left(head: _Frag, left: float) -> bool:
    """The heading starts at the left edge, or just right of it by a marker's width."""
    return -4 < head.x0 - left < max(4.0, SECTION_INDENT_RATIO * head.size)


# A numbered heading at least this many times the body's size opens a section across the columns.
NUMBERED_SECTION_SCALE = 1.2


def _section_break(slabs: list[list[_Frag]]) -> int | None:
    """Index of the first slab that starts a new full-width section: a heading at the left edge
    with a blank band across the whole width above it."""
    if len(slabs) < 3:
        return None
    left = min(f.x0 for s in slabs for f in s)
    body = statistics.median(f.size for s in slabs for f in s)
    for i in range(1, len(slabs)):
        head = min(slabs[i], key=lambda f: f.x0)
        gap = min(f.top for f in slabs[i]) - max(f.bottom for f in slabs[i - 1])
        wide = gap > 0 and _full_width_after(slabs, i, head)
        # a numbered heading well over the body's size needs no wide gap ("6. CONCLUSION" under
        # two columns of a section, set close by the style sheet: blind designer27, 2023q4 chromium);
        # nor does a bold one the columns beside break for too ("Conclusion" over the next
        # section's two columns: blind designer45, 2022q1 chromium, page 5)
        numbered = gap > 0 and head.size >= NUMBERED_SECTION_SCALE * body \
            and (bool(NUMBERED_HEADING.match(head.text)) or head.bold)
        if ((gap >= SECTION_GAP_RATIO * body or wide or numbered) and _at_left(head, left)
                and (head.bold or head.size >= HEADING_SCALE * body) and len(slabs[i]) == 1
                and (wide or _other_columns_break(slabs, i, head, gap)) and not _between_rows(slabs, i)):
            return i
    return None


# A heading's type is at least this many times the body's (or bold).
HEADING_SCALE = 1.15
# A heading opens a full-width section where one of this many lines under it runs across.
FULL_WIDTH_LINES = 3


def _full_width_after(slabs: list[list[_Frag]], i: int, head: _Frag) -> bool:
    """The line right under heading `i` runs across the columns above it, to near the right
    edge of the text beside the heading (a Word
    heading with little space before it, under two columns, opening a full-width section:
    blind designer8, 2022q4 word, page 2)."""
    beside = [f for s in slabs[max(0, i - 3):i] for f in s if f.x0 > head.x1]
    if i + 1 >= len(slabs) or not beside:
        return False
    if head.size < HEADING_SCALE * statistics.median(f.size for f in beside):
        return False            # no larger than the text beside it: no heading over the page
    right = max(f.x1 for f in beside)
    # the first lines under it (a numbered list's first entry may end short of the edge:
    # blind designer36, 2024q3 chromium, "Notes and sources")
    return any(f.plan is None and len((f.text or "").split()) >= 6 and f.x0 < head.x1
               and f.x1 >= right - 3 * (f.bottom - f.top) for s in slabs[i + 1:i + 1 + FULL_WIDTH_LINES] for f in s)


def _between_rows(slabs: list[list[_Frag]], i: int) -> bool:
    """Slab `i` stands between two rows of one table (several cells each, at least two of them
    ending at the same x): a group label across the table (a shaded "Other countries" row
    under the rows of the group above it), not a new section's heading."""
    if i + 1 >= len(slabs):
        return False
    above, below = slabs[i - 1], slabs[i + 1]
    if len(above) < 3 or len(below) < 3 or any(f.plan is not None for f in above + below):
        return False
    ends = [f.x1 for f in above]
    if sum(1 for f in below if any(abs(f.x1 - x) <= 3 for x in ends)) >= 2:
        return True
    # ... or between a header of bold words, one over each column of figures, and a row of
    # those figures (a header's "KZT bn | USD m | Share, %" centred over right-aligned figures:
    # blind designer48, 2022q4 chromium2, page 4)
    figures = [f for f in below if FIGURE_CELL.fullmatch(_frag_text(f).strip())]
    return all(f.bold and not DIGITS.search(_frag_text(f)) for f in above) and len(figures) == len(above) \
        and all(a.x0 < f.x1 for a, f in zip(sorted(above, key=lambda f: f.x0), sorted(figures, key=lambda f: f.x0)))


# a table cell holding one figure ("118.3", "1,402,110", "45.9%", "–8.4")
FIGURE_CELL = compiled(r"[+\-−–]?\d[\d,.\s]*%?")


def _other_columns_break(slabs: list[list[_Frag]], i: int, head: _Frag, gap: float) -> bool:
    """Text beside the heading's column must break there too: a paragraph gap in the right
    column that happens to line up with a heading in the left is no section break
    (sample 2024q1 page 2)."""
    above = [f for s in slabs[:i] for f in s if f.x0 > head.x1]
    below = [f for s in slabs[i + 1:] for f in s if f.x0 > head.x1]
    if not below:
        # nothing beside it below: the heading continues its own column, unless the column
        # beside ends right above it and the heading stands out in size (a section heading
        # under both columns, the new section set in one column: blind designer 15, page 5)
        return bool(above) and head.size >= SECTION_HEAD_RATIO * statistics.median(f.size for f in above) \
            and head.top - max(f.bottom for f in above) <= SECTION_NEAR_LINES * (head.bottom - head.top)
    if not above:
        return True
    other_gap = min(f.top for f in below) - max(f.bottom for f in above)
    return other_gap >= (head.bottom - head.top) + gap


def _table_beside_text(slabs: list[list[_Frag]], width: float) -> int | None:
    """Where a table stretch and a stretch of text columns meet (a full-width table over two
    columns of text, or under them): the widest blank band between the two, so that each is
    read on its own (the table row by row, the text column by column)."""
    text = [i for i, s in enumerate(slabs) if _side_by_side_text(s, width)]
    if not text:
        return None
    for lo, hi in ((0, text[0]), (text[-1] + 1, len(slabs))):
        if sum(1 for s in slabs[lo:hi] if _is_table_slab(s, width)) < 2:
            continue
        cuts = range(max(lo, 1), hi + 1) if lo == 0 else range(lo, min(hi, len(slabs) - 1) + 1)
        # never between two rows of the table (nor a row and a group label between rows): under
        # a two-level header, or between rows of wrapped labels, the blank may be wider than the
        # one over the caption (blind designer5, 2025q3 chromium, page 4)
        row = [_is_table_slab(s, width) for s in slabs]
        member = [row[i] or (len(slabs[i]) == 1 and 0 < i < len(slabs) - 1 and row[i - 1] and row[i + 1])
                  for i in range(len(slabs))]
        cuts = [j for j in cuts if not (member[j - 1] and member[j])] or list(cuts)
        return max(cuts, key=lambda j: (min(f.top for f in slabs[j]) - max(f.bottom for f in slabs[j - 1]), -j))
    return None


def _is_table(slabs: list[list[_Frag]], width: float) -> bool:
    """Most rows hold several short cells, and the cells line up (left or right edges) from
    row to row: a table, to be read row by row rather than cut into columns."""
    rows = [s for s in slabs if _is_table_slab(s, width)]
    # a row group's label alone between two rows ("Money transfers of individuals, KZT bn"
    # over "Sent from Kazakhstan | 58.9 | ...") is a row of the table too (blind designer13,
    # 2026q1 word, Table 2: two such labels and a caption outnumbered its four rows)
    plain = not any(f.plan is not None for s in slabs for f in s)     # no region (chart, box) beside
    groups = plain and sum(1 for i in range(1, len(slabs) - 1) if len(slabs[i]) == 1
                 and _is_table_slab(slabs[i - 1], width) and _is_table_slab(slabs[i + 1], width)
                 and _row_group(slabs[i][0], slabs[i - 1], slabs[i + 1])
                 and abs(slabs[i][0].size - min(slabs[i + 1], key=lambda f: f.x0).size) <= 0.6
                 and any(DIGITS.search(f.text or "") for f in slabs[i + 1]))
    if groups and len(slabs) - len(rows) - groups > 3:
        groups = 0          # only a heading, a caption and a note may stand beside such a table's rows
        #                     (blind designer40, 2023q4 word, page 5: "5. MONTH BY MONTH" over its table)
    groups += _label_wraps(slabs, width)
    if len(rows) < 2 or len(rows) + groups < 0.6 * len(slabs):
        return False
    if len(rows) == 2 and all(len(s) == 1 for s in slabs if s not in rows) and _header_over_row(rows[0], rows[1]):
        return True         # a caption, a header and one row
    edges: Counter = Counter()
    for r in rows:
        for f in r:
            edges[("l", round(f.x0 / 3))] += 1
            edges[("r", round(f.x1 / 3))] += 1
    aligned = sum(1 for r in rows if sum(1 for f in r if edges[("l", round(f.x0 / 3))] >= 2
                                           or edges[("r", round(f.x1 / 3))] >= 2) >= 2)
    return aligned >= 2


def _header_over_row(upper: list[_Frag], lower: list[_Frag]) -> bool:
    """A table's header line and its one row (the rest of the table on the next page): as many
    cells each, the first two at one left edge, each header cell ending before the row's next
    cell starts and starting after the row's cell before it ends (words set left in their cells
    over figures set right: blind round32, 2022q3 word, Table 4)."""
    up, lo = sorted(upper, key=lambda f: f.x0), sorted(lower, key=lambda f: f.x0)
    if len(up) != len(lo) or len(up) < 3 or abs(up[0].x0 - lo[0].x0) > HEADER_EDGE_TOLERANCE:
        return False
    return all(u.x1 < lo[k + 1].x0 for k, u in enumerate(up[:-1])) \
        and all(u.x0 > lo[k - 1].x1 for k, u in enumerate(up) if k > 0) \
        and all(_is_header_frag(u) for u in up) and any(DIGITS.search(f.text or "") for f in lo[1:])


def _label_wraps(slabs: list[list[_Frag]], width: float) -> int:
    """Lines of text wrapped in their cell: a lone line right under a table row (or under such a
    line), starting where one of the row's cells starts and ending before the next cell, with no
    figure ("Commonwealth of" | 2,412,306 | ... over "Independent States" over "(CIS) member
    states"; a comment column's "New Year holidays; the tenge" over "at its weakest"). A table
    of few rows with long labels or comments has as many such lines as rows."""
    n = 0
    row, bottom, chained = None, 0.0, False
    for s in slabs:
        if _is_table_slab(s, width):
            row, bottom, chained = sorted(s, key=lambda f: f.x0), max(f.bottom for f in s), False
            continue
        f = s[0]
        cell = next((k for k, c in enumerate(row or []) if abs(f.x0 - c.x0) <= 2), None)
        if (cell is not None and len(s) == 1 and f.plan is None and not DIGITS.search(f.text or "")
                and (cell + 1 == len(row) or f.x1 < row[cell + 1].x0)
                and f.top - bottom <= PARAGRAPH_GAP_RATIO * (f.bottom - f.top)
                and (chained or BREAKS_OFF.search((row[cell].text or "").rstrip()) or (f.text or " ")[0].islower())):
            n += 1
            bottom, chained = f.bottom, True
            continue
        row, chained = None, False
    return n


class _Row(list):
    """A table row from `reading_order`: its fragments by x, and where a header was set on
    two levels, each cell's chain of fragments, upper first (`stack`)."""
    stack: list[list[_Frag]] | None = None


def _table_groups(slabs: list[list[_Frag]]) -> list[list[_Frag]]:
    """The rows of a table: a header on two levels becomes one row of flattened cells; a
    label alone between rows (a row group, "CIS member states") stays a row of the table."""
    slabs, parts = _merge_wrapped(slabs)
    slabs = [_wrapped_in_slab(s, parts) for s in slabs]
    out: list[list[_Frag]] = []
    k = 0
    while k < len(slabs):
        s = sorted(slabs[k], key=lambda f: f.x0)
        nxt = sorted(slabs[k + 1], key=lambda f: f.x0) if k + 1 < len(slabs) else None
        if nxt is not None and _spans_over(s, nxt):
            out.append(_flattened(s, nxt, [], parts))
            k += 2
            continue
        if k + 2 < len(slabs) and _centred_between(s, nxt, slabs[k + 2]):
            out.append(_flattened(s, sorted(slabs[k + 2], key=lambda f: f.x0), nxt, parts))
            k += 3
            continue
        levels = _levels(s)
        if len(levels) >= 2 and _spans_over(levels[0], levels[-1]):
            out.append(_flattened(levels[0], levels[-1], [f for lv in levels[1:-1] for f in lv],
                                  parts))
        elif len(s) == 1 and 0 < k < len(slabs) - 1 and _row_group(s[0], slabs[k - 1],
                                                                    slabs[k + 1]):
            out.append(_Row(s))
        elif any(id(f) in parts for f in s):
            out.append(_flattened(s, [], [], parts))
        else:
            out.extend(_split_spanning(s, levels))
        k += 1
    return _spread_group_cells(out)


class _Spanning(list):
    """A group cell's label set in the middle of a cell merged down the rows of its group,
    standing between two of them (an even number of rows), from `_split_spanning`."""


def _split_spanning(s: list[_Frag], levels: list[list[_Frag]]) -> list[list[_Frag]]:
    """A slab of rows that a label centred between two of them binds together ("Non-CIS
    countries" in a merged cell beside two rows of figures): each printed line a row of its
    own, the label between them a `_Spanning` label. A slab of one line, or whose lines do not
    all hold figures but the label's, is one row as before."""
    if len(levels) < 3:
        return [s]
    figures = [any(DIGITS.search(f.text) for f in lv) for lv in levels]
    labels = [k for k, has in enumerate(figures) if not has]
    if len(labels) != 1 or labels[0] in (0, len(levels) - 1) or len(levels[labels[0]]) != 1:
        return [s]
    label = levels[labels[0]][0]
    if any(abs(f.x0 - label.x0) <= HEADER_EDGE_TOLERANCE for lv in levels if label not in lv for f in lv):
        return [s]      # a label wrapped onto a row's line ("CIS member" over "states"): left as it was
    return [lv if k != labels[0] else _Spanning(lv) for k, lv in enumerate(levels)]


def _spread_group_cells(rows: list[list[_Frag]]) -> list[list[_Frag]]:
    """A group column whose cells are merged down the rows of each group (the label printed
    once, in the middle of its cell: "CIS member states" beside five rows of countries) gives
    every row of its group its label as the first cell, so each row has a cell in every
    column. A label printed on a row's line, beside the row's own name, spreads to as many
    rows above as below it that have no first cell (to all rows under it where it stands on
    the first); one standing between two rows spreads to as many on either side."""
    cells = [f for r in rows if _is_data_row(r) and len(r) > 1 or isinstance(r, _Spanning) for f in r]
    if not cells:
        return rows
    left = min(f.x0 for f in cells)       # the group column's left edge
    rows, chains = _wrapped_group_labels(rows, left)
    rows, between = _labels_across_two_rows(rows, left, chains)
    out = list(rows)
    done: set[int] = set()
    spread: set[int] = set()
    for k, r in enumerate(rows):
        label = _group_label(r, left, rows[k - 1:k] + rows[k + 1:k + 2] if k else rows[1:2])
        if label is None:
            continue
        above = _lacking_run(rows, range(k - 1, -1, -1), left, done)
        below = _lacking_run(rows, range(k + 1, len(rows)), left, done)
        if id(label) in between:        # centred between its row and the next: both halves
            above = [k] + above
        n = min(len(above), len(below))
        members = (above[:n] + below[:n]) if above or isinstance(r, _Spanning) else below
        members = [j for j in members if j != k]
        for j in members:
            out[j] = [label] + list(rows[j])
        done.update(members + [k])
        if members and isinstance(r, _Spanning):
            spread.add(k)
    out = [(_Row(r) if isinstance(r, _Spanning) else r) for k, r in enumerate(out) if k not in spread]
    return [_chained(r, chains) if any(id(f) in chains for f in r) else r for r in out]


def _wrapped_group_labels(rows: list[list[_Frag]], left: float
                          ) -> tuple[list[list[_Frag]], dict[int, list[_Frag]]]:
    """A group cell's label wrapped onto two lines, the first alone between two rows and the
    second on a row's line beside its name ("CIS" over "countries": blind designer4, 2022q3
    chromium, Table 1): the first line is no row of its own but the top of the label, which
    is returned as a chain keyed by the id of its lower line."""
    out: list[list[_Frag]] = []
    chains: dict[int, list[_Frag]] = {}
    for k, r in enumerate(rows):
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        if isinstance(r, _Row) and not r.stack and len(r) == 1 and nxt is not None \
                and _is_data_row(nxt) and len(nxt) >= 3 and _is_header_frag(nxt[0]) \
                and _is_header_frag(nxt[1]):        # the label's line, then the row's name
            a, b = r[0], nxt[0]
            line_h = max(a.bottom - a.top, 1.0)
            if abs(a.x0 - left) <= HEADER_EDGE_TOLERANCE and abs(b.x0 - a.x0) <= \
                    HEADER_EDGE_TOLERANCE and 0 <= b.top - a.bottom <= PARAGRAPH_GAP_RATIO * line_h:
                chains[id(b)] = [a, b]
                continue
        out.append(r)
    return out, chains


def _labels_across_two_rows(rows: list[list[_Frag]], left: float, chains: dict[int, list[_Frag]]
                            ) -> tuple[list[list[_Frag]], set[int]]:
    """A group cell's label wrapped onto two lines, its first on the line of a row and its
    second on the line of the next row ("CIS" beside "Russian Federation" over "countries"
    beside "Uzbekistan": an HTML cell spanning four rows, its label set in its middle; blind
    designer11, 2026q2 chromium, Table 1) or alone under it ("CIS member" beside "Russian
    Federation" over "states", then "Uzbekistan": designer17, 2024q1 chromium, Table 1), the
    two lines closer to each other than the rows are: the lower line joins the upper one as one
    label (a chain keyed by the upper line's id), which stands between the two rows. Returns
    the rows and the ids of such labels."""
    out = [list(r) if _is_data_row(r) else r for r in rows]
    between: set[int] = set()
    k = 0
    while k < len(out) - 1:
        r, nxt = out[k], out[k + 1]
        a = r[0] if _is_data_row(r) and len(r) >= 3 else None
        if a is None or id(a) in chains or not (abs(a.x0 - left) <= HEADER_EDGE_TOLERANCE and _is_header_frag(a)
                                                and _is_header_frag(r[1])):
            k += 1
            continue
        alone = len(nxt) == 1 and not _is_data_row(nxt) and not isinstance(nxt, _Spanning) \
            and k + 2 < len(out) and _is_data_row(out[k + 2]) and out[k + 2][0].x0 > left + HEADER_EDGE_TOLERANCE
        b = nxt[0] if alone or (_is_data_row(nxt) and len(nxt) >= 3 and _is_header_frag(nxt[1])) else None
        line_h = max(a.bottom - a.top, 1.0)
        if b is None or abs(b.x0 - left) > HEADER_EDGE_TOLERANCE or not _is_header_frag(b) \
                or not 0 <= b.top - a.bottom <= PARAGRAPH_GAP_RATIO * line_h:
            k += 1
            continue
        later = out[k + 2] if alone else nxt
        pitch = min(g.top for g in later[1:] or later) - min(g.top for g in r[1:])
        if b.top - a.top >= 0.8 * pitch:
            k += 1
            continue
        chains[id(a)] = [a, b]
        between.add(id(a))
        if alone:
            del out[k + 1]
        else:
            out[k + 1] = [g for g in nxt if g is not b]
        k += 1
    return out, between


def _chained(r: list[_Frag], chains: dict[int, list[_Frag]]) -> _Row:
    """A row whose group label is a wrapped label's lower line: each cell a chain of lines."""
    row = _Row(r)
    row.stack = []
    for f in sorted(r, key=lambda f: (f.x0, f.top)):
        up = row.stack[-1][-1] if row.stack else None
        if up is not None and f.x0 < up.x1 - 1 and up.x0 < f.x1 - 1 and f.top >= up.bottom - 1:
            row.stack[-1].append(f)         # a name wrapped in its cell, as `_stacked_cells`
        else:
            row.stack.append(chains.get(id(f), [f]))
    return row


def _is_data_row(r: list[_Frag]) -> bool:
    """A row of the table's body: one of its cells a figure."""
    return not isinstance(r, (_Row, _Spanning)) and any(VALUE_LABEL.match(f.text) for f in r)


def _group_label(r: list[_Frag], left: float, near: list[list[_Frag]]) -> _Frag | None:
    """The group cell's label a row holds: a `_Spanning` label, or a row's first cell at the
    table's left edge, words only, followed by a name in line with the first cells of a
    neighbouring row that has none in the group column."""
    if isinstance(r, _Spanning):
        return r[0]
    if not _is_data_row(r) or len(r) < 3 or r[0].x0 > left + HEADER_EDGE_TOLERANCE:
        return None
    if not (_is_header_frag(r[0]) and _is_header_frag(r[1])):
        return None
    a, b = r[0], r[1]
    if a.top > b.top and min(a.x1, b.x1) > max(a.x0, b.x0) and a.top - b.bottom <= 0.8 * (b.bottom - b.top):
        return None         # the name's wrapped second line under it ("Russian" over "Federation")
    aligned = any(_is_data_row(n) and n[0].x0 > left + HEADER_EDGE_TOLERANCE
                  and abs(n[0].x0 - r[1].x0) <= 2 * HEADER_EDGE_TOLERANCE for n in near)
    return r[0] if aligned else None


def _lacking_run(rows: list[list[_Frag]], order, left: float, done: set[int]) -> list[int]:
    """Indices, nearest first, of the run of data rows with no cell in the group column."""
    run = []
    for j in order:
        r = rows[j]
        if j in done or not _is_data_row(r) or r[0].x0 <= left + HEADER_EDGE_TOLERANCE:
            break
        run.append(j)
    return run


def _merge_wrapped(slabs: list[list[_Frag]]) -> tuple[list[list[_Frag]], dict[int, list[_Frag]]]:
    """Header cells wrapped onto a second line ("Registered migrant workers, Q4" over "2024",
    "Main nationality of" over "workers": blind designer1, 2024q4 word, Table 1) become one
    cell each: a stand-in fragment over both lines, whose printed lines `parts` keeps (by the
    stand-in's id), upper first. A line is a wrap of the header line above when it holds only
    header words, stands no further below it than lines of a paragraph, and each of its cells
    lies within the width of one cell above, a different one each; a cell of the lower line
    under none of the upper cells ("Nationality", centred across a three-line header beside
    "Temporary residence" over "permits": blind designer2, 2025q2 word, Table 1) joins them."""
    out: list[list[_Frag]] = []
    parts: dict[int, list[_Frag]] = {}
    for slab in slabs:
        upper = out[-1] if out else None
        pairs = _wrap_pairs(upper, slab) if upper else None
        if not pairs:
            out.append(slab)
            continue
        paired = {id(g) for g in pairs.values()}
        merged = [g for g in slab if id(g) not in paired]     # cells beside the wrapped ones
        for f in upper:
            g = pairs.get(id(f))
            if g is None:
                merged.append(f)
                continue
            stand = _Frag(chars=[], top=f.top, bottom=g.bottom, x0=min(f.x0, g.x0),
                          x1=max(f.x1, g.x1), size=f.size, bold=f.bold, text=f"{f.text} {g.text}")
            parts[id(stand)] = parts.pop(id(f), [f]) + [g]
            merged.append(stand)
        out[-1] = sorted(merged, key=lambda f: f.x0)
    return out, parts


def _wrapped_in_slab(slab: list[_Frag], parts: dict[int, list[_Frag]]) -> list[_Frag]:
    """A header line whose cells stand at staggered heights (each set in the middle of its
    cell) keeps a cell wrapped onto two lines or more in one slab: "Change," over "%" beside
    "Q4 2023" set between their heights (blind round42, 2023q4 tables-reportlab, Table 1);
    "Sent," over "KZT" over "billion" beside "Received," over "KZT billion". In a slab of header
    words only, fragments one right under the other (no further apart than lines of a
    paragraph), overlapping in x and no two side by side, are one cell's lines: each such
    chain becomes one stand-in whose printed lines `parts` keeps, the upper first. Not where a
    fragment on the chain's last line stands under none (the stub aside): the chain's top is
    then a head spanning that one too ("Arrivals" over "Q4 2023 | Q3 2023")."""
    if len(slab) < 3 or not all(_is_header_frag(f) and not f.whole for f in slab):
        return slab
    chains = _vertical_chains(slab)
    stub = min(f.x0 for f in slab)
    out: list[_Frag] = []
    for chain in chains:
        last = chain[-1]
        level = [f for f in slab if abs(f.top - last.top) <= 1 and f.x0 > stub + 1]
        orphan = any(not any(g.x0 < f.x1 and f.x0 < g.x1 and g.bottom <= f.top + 1 for g in slab if g is not f)
                     for f in level)
        if len(chain) < 2 or orphan:
            out.extend(chain)
            continue
        stand = _Frag(chars=[], top=chain[0].top, bottom=last.bottom, x0=min(f.x0 for f in chain),
                      x1=max(f.x1 for f in chain), size=chain[0].size, bold=chain[0].bold,
                      text=" ".join(f.text for f in chain))
        parts[id(stand)] = [p for f in chain for p in parts.pop(id(f), [f])]
        out.append(stand)
    return out if len(out) < len(slab) else slab


def _vertical_chains(slab: list[_Frag]) -> list[list[_Frag]]:
    """The slab's fragments in groups joined by lines right under one another and overlapping
    in x; a group with two fragments side by side (a merged cell over the cells it spans) is
    split back into single fragments. Each chain top first."""
    groups: list[list[_Frag]] = []
    for f in sorted(slab, key=lambda f: f.top):
        near = [g for g in groups if any(h.x0 < f.x1 and f.x0 < h.x1 and 0 <= f.top - h.bottom
                                         <= PARAGRAPH_GAP_RATIO * max(h.bottom - h.top, 1.0) for h in g)]
        merged = [f] + [h for g in near for h in g]
        groups = [g for g in groups if g not in near] + [sorted(merged, key=lambda h: h.top)]
    out: list[list[_Frag]] = []
    for g in groups:
        if any(a.top < b.bottom - 1 and b.top < a.bottom - 1 for k, a in enumerate(g) for b in g[k + 1:]):
            out.extend([f] for f in g)
        else:
            out.append(g)
    return sorted(out, key=lambda c: (c[0].top, c[0].x0))


def _wrap_pairs(upper: list[_Frag], lower: list[_Frag]) -> dict[int, _Frag] | None:
    """id of an upper header cell -> the lower line's cell that wraps it, or None."""
    if len(upper) < 2 or not all(_is_header_frag(f) and not f.whole for f in upper + lower):
        return None
    line_h = max(f.bottom - f.top for f in upper)
    if not 0 <= min(g.top for g in lower) - max(f.bottom for f in upper) \
            <= PARAGRAPH_GAP_RATIO * line_h:
        return None
    pairs: dict[int, _Frag] = {}
    for g in lower:
        over = [f for f in upper if f.x0 - HEADER_EDGE_TOLERANCE <= g.x0
                and g.x1 <= f.x1 + HEADER_EDGE_TOLERANCE and abs(f.size - g.size) <= 0.6]
        if g.x1 <= min(f.x0 for f in upper) or g.x0 >= max(f.x1 for f in upper):
            continue        # a cell centred across the header's lines, beside the wrapped ones
        if len(over) != 1 or id(over[0]) in pairs:
            return None
        pairs[id(over[0])] = g
    return pairs or None


def _centred_between(upper: list[_Frag], mid: list[_Frag], lower: list[_Frag]) -> bool:
    """A header on two levels whose cells spanning both lines ("Month", set in the middle of
    its two-line cell) stand on a line of their own between the two: `mid` holds only such
    header cells, beside every cell of both lines (blind designer1, 2025q1 chromium, Table 2)."""
    if not mid or not all(_is_header_frag(f) for f in mid):
        return False
    lower = sorted(lower, key=lambda f: f.x0)
    if any(m.x0 < f.x1 and f.x0 < m.x1 for m in mid for f in upper + lower):
        return False
    return _spans_over(sorted(upper, key=lambda f: f.x0), lower)


def _words_top(f: _Frag) -> float:
    """The top of a fragment's words, not of a note marker raised above them."""
    return f.text_top if f.text_top is not None else f.top


def _levels(frags: list[_Frag]) -> list[list[_Frag]]:
    """Fragments of one slab split into printed lines by the tops of their words, a raised note
    marker aside ("USD million¹⁴" beside "KZT billion" under a "Month" set between two lines:
    blind round83, 2023q2 tables-chromium, Table 6); a header whose first cell is centred
    across both lines merges the two lines into one slab."""
    lines: list[list[_Frag]] = []
    for f in sorted(frags, key=_words_top):
        if lines and _words_top(f) - _words_top(lines[-1][0]) < 0.5 * (f.bottom - _words_top(f)):
            lines[-1].append(f)
        else:
            lines.append([f])
    return [sorted(line, key=lambda f: f.x0) for line in lines]


# A header cell holds no figures, only words and the period it heads: a year, a quarter, a day
# of a month ("Registered migrant workers, Q4 2024", "Permanent residents, 31 December 2024":
# blind designer1, 2024q4 word, Table 1).
HEADER_PERIOD = compiled(r"""
    \b(?:19|20)\d\d\b                                   # a year
  | \bQ[1-4]\b                                          # a quarter
  | \b\d{1,2}(?=\s+(?:January|February|March|April|May|June|July|August|September|October
                     |November|December)\b)              # a day before its month
""", regex.VERBOSE)


def _is_header_frag(f: _Frag) -> bool:
    """
    >>> _is_header_frag(_Frag([], 0, 9, 0, 90, 9, True, text="Persons, 31 December 2024"))
    True
    >>> _is_header_frag(_Frag([], 0, 9, 0, 90, 9, True, text="Almaty 12,890"))
    False
    """
    return (f.plan is None and bool(f.text.strip())
            and not DIGITS.search(HEADER_PERIOD.sub("", f.text)))


# A merged header cell heads the cells whose middles lie within its own width this many times
# over on either side (a 72 pt "Remittances sent" centred over three 70 pt columns); a cell
# further off is no child of it ("Nationality" under a right-aligned "Share of all,").
SPAN_REACH = 1.0


def _spans_over(upper: list[_Frag], lower: list[_Frag]) -> bool:
    """A first header line whose cell spans two cells or more of the line under it, neither
    line holding figures ("Remittances sent" centred over "KZT billion | USD million |
    Share, %")."""
    if len(lower) < 2 or not all(_is_header_frag(f) and not f.whole for f in upper + lower):
        return False
    if len(upper) == 1 and (upper[0].x0 <= min(f.x0 for f in lower) + HEADER_EDGE_TOLERANCE
                            or _closes_open_bracket(upper[0].text)):
        return False    # a line alone at the left edge, or one that closes a bracket opened
                        # before it: the caption's last line (2023q3 chromium; blind round36,
                        # 2023q1 reportlab: "(KZT billion, ... share of the total" / "in %)")
    return any(len(kids) >= 2 for kids in _spanned(upper, lower).values())


def _closes_open_bracket(text: str) -> bool:
    """A line that closes a bracket it never opened continues a line above it.

    >>> _closes_open_bracket("in %)"), _closes_open_bracket("(KZT billion)")
    (True, False)
    """
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return True
    return False


def _mid(f: _Frag) -> float:
    return (f.x0 + f.x1) / 2


def _spanned(upper: list[_Frag], lower: list[_Frag]) -> dict[int, list[_Frag]]:
    """id of an upper cell -> the lower cells it heads: each lower cell goes to the upper cell
    whose middle is nearest its own, kept only where the upper cell stands over the span of
    its lower cells (a merged cell is centred over them, or starts over the first)."""
    kids: dict[int, list[_Frag]] = {}
    tol = 2 * HEADER_EDGE_TOLERANCE
    # upper cells set flush left, each over the first of its cells ("Sent from Kazakhstan" over
    # "KZT billion | USD million | Share, %"): each heads the cells from its left edge to the
    # next one's, however far its last cell stands from its words (blind round33, 2022q4 reportlab)
    heads = [u for u in upper if lower and u.x1 > min(f.x0 for f in lower)]     # not the stub's "Country"
    flush = len(heads) >= 2 and all(any(abs(u.x0 - f.x0) <= tol for f in lower) for u in heads)
    right = _flush_right(heads, lower)
    if right is not None:
        return right
    # read flush left, a cell of values would stand under no head left of the first one: the
    # heads are centred over their cells instead (their left edges near a cell's by chance)
    if flush and any(not any(u.x0 <= f.x0 + tol for u in heads) for f in sorted(lower, key=lambda f: f.x0)[1:]):
        centred = _centred_spans(upper, lower)
        if centred is not None:
            return centred
    for f in lower:
        if flush:
            starts = [u for u in heads if u.x0 <= f.x0 + tol]
            if starts:
                kids.setdefault(id(max(starts, key=lambda u: u.x0)), []).append(f)
            continue
        near = [u for u in upper if u.x0 - SPAN_REACH * (u.x1 - u.x0) <= _mid(f)
                <= u.x1 + SPAN_REACH * (u.x1 - u.x0)]
        if near:
            u = min(near, key=lambda u: abs(_mid(u) - _mid(f)))
            kids.setdefault(id(u), []).append(f)
    by_id = {id(u): u for u in upper}
    # a flush-left head over one narrow cell ("Change on Q3" over "%") stands past it: still its head
    return {k: fs for k, fs in kids.items()
            if min(f.x0 for f in fs) - 2 <= _mid(by_id[k]) <= max(f.x1 for f in fs) + 2
            or (flush and abs(by_id[k].x0 - min(f.x0 for f in fs)) <= tol)}


# An upper cell is centred over its lower cells where its middle stands within this share of
# their span's width of the span's middle.
CENTRED_RATIO = 0.1


# header cells set flush right over the last of their cells end within this many points of it
FLUSH_RIGHT_TOL = 1.0


def _flush_right(heads: list[_Frag], lower: list[_Frag]) -> dict[int, list[_Frag]] | None:
    """Upper cells set flush right, each ending where the last of its cells ends ("Outgoing"
    over "KZT bn | USD mn", both right-aligned over right-aligned figures: blind round42, 2024q4
    twocol-chromium, Table 2), their left edges not so set: each heads the cells from the
    previous head's right edge to its own. None where the heads are not so set."""
    if len(heads) < 2 or not all(any(abs(u.x1 - f.x1) <= FLUSH_RIGHT_TOL for f in lower) for u in heads) \
            or all(any(abs(u.x0 - f.x0) <= FLUSH_RIGHT_TOL for f in lower) for u in heads):
        return None
    kids: dict[int, list[_Frag]] = {}
    for f in lower:
        ends = [u for u in heads if u.x1 >= f.x1 - FLUSH_RIGHT_TOL]
        if ends:
            kids.setdefault(id(min(ends, key=lambda u: u.x1)), []).append(f)
    return kids if len(kids) == len(heads) and all(len(fs) >= 2 for fs in kids.values()) else None


def _centred_spans(upper: list[_Frag], lower: list[_Frag]) -> dict[int, list[_Frag]] | None:
    """Two or more upper cells each centred over a run of the lower cells, every lower cell
    (but a stub at the left) going to the upper cell whose middle is nearest ("Arrivals" and
    "Departures" centred over three columns each; blind round38, 2026q1 tables-reportlab: their
    left edges happened to stand near a lower cell's and read as flush left). None where the
    upper cells are not so centred."""
    if len(upper) < 2:
        return None
    cells = sorted(lower, key=lambda f: f.x0)
    for run in (cells, cells[1:]):
        kids: dict[int, list[_Frag]] = {}
        for f in run:
            u = min(upper, key=lambda u: abs(_mid(u) - _mid(f)))
            kids.setdefault(id(u), []).append(f)
        if len(kids) == len(upper) and all(len(fs) >= 2 for fs in kids.values()) and all(
                abs(_mid(u) - (min(f.x0 for f in kids[id(u)]) + max(f.x1 for f in kids[id(u)])) / 2)
                <= CENTRED_RATIO * (max(f.x1 for f in kids[id(u)]) - min(f.x0 for f in kids[id(u)]))
                for u in upper):
            return kids
    return None


def _flattened(upper: list[_Frag], lower: list[_Frag], between: list[_Frag],
               parts: dict[int, list[_Frag]] | None = None) -> _Row:
    """One header row from two levels: each lower cell under the upper cell that spans it;
    upper cells over no lower cell, and cells centred across both lines ("Country"), stay as
    they are. A wrapped cell's stand-in (`parts`) gives its printed lines."""
    parts = parts or {}
    heads = {id(f): u for u in upper for f in _spanned(upper, lower).get(id(u), [])}
    chains = [([heads[id(f)]] if id(f) in heads else []) + [f]
              for f in sorted(lower, key=lambda f: f.x0)]
    used = set(id(u) for u in heads.values())
    chains += [[u] for u in upper + between if id(u) not in used]
    chains.sort(key=lambda c: c[-1].x0)
    row = _Row(sorted((p for f in upper + lower + between for p in parts.get(id(f), [f])),
                      key=lambda f: f.x0))
    row.stack = [[p for f in c for p in parts.get(id(f), [f])] for c in chains]
    return row


# The rows under a row-group label may be indented past it by up to this many of its font
# sizes (a Word table's group label at the cell's edge over names indented by spaces: blind
# designer3, 2023q1 word, Table 1).
ROW_INDENT = 2.5


def _row_group(f: _Frag, above: list[_Frag], below: list[_Frag]) -> bool:
    """A label alone on its line between two rows of a table, at the first column's left edge
    or outdented from the rows under it, or set flush right in a cell merged across the table
    (a Word table's "CIS member states" row: blind round 51, 2022q3 Word), with no figures: it
    heads the rows under it."""
    first = min(below, key=lambda f: f.x0)
    right = max(x.x1 for x in below)
    return (len(above) > 1 and len(below) > 1 and _is_header_frag(f)
            and (-2 * HEADER_EDGE_TOLERANCE <= first.x0 - f.x0 <= ROW_INDENT * f.size
                 or abs(right - f.x1) <= HEADER_EDGE_TOLERANCE and abs(max(x.x1 for x in above) - right)
                 <= HEADER_EDGE_TOLERANCE and f.x0 > min(x.x1 for x in below)))


# --- 5. blocks -----------------------------------------------------------------------------

def _kind(line: Line, body: float, is_row: bool) -> str:
    if is_row:
        return "table"
    if line.size <= FOOTNOTE_SIZE_RATIO * body + 0.05 and line.text.startswith(("*", "†")):
        return "note"
    if line.bold or line.size >= body * HEADING_SCALE:
        return "heading"
    if line.size < body * 0.9:
        return "legend"
    return "body"


# Small type set as running text (a sidebar's or a card's paragraph, a note under a table) is
# read as a paragraph, not as legend entries one line each: a line of at least this many words,
# ending in no figure, runs on into the small line right under it at the same left edge
# (blind designer1, 2025q1 and 2024q2 chromium sidebars: "Since 2023 the Bank publishes" /
# "data by country of destination on a").
SMALL_PARAGRAPH_WORDS = 4
SMALL_PARAGRAPH = "small-paragraph"     # a block kind while joining; the block is a "body"
FIGURE_END = compiled(r"[\d%]\W*$")
NUMBERED_LINE = compiled(r"^\s*\d{1,2}[.)]?\s+\p{Lu}")  # blind designer1, 2023q3 word contents


def _small_paragraph(prev: tuple[_Frag, Line, str], cur: tuple[_Frag, Line, str]) -> bool:
    pf, pl, pk = prev
    cf, cl, ck = cur
    if ck != "legend" or pk not in ("legend", SMALL_PARAGRAPH):
        return False
    line_h = max(pf.bottom - pf.top, 1.0)
    if NUMBERED_LINE.match(cl.text):
        return False        # the next entry of a list of contents ("4 Kazakhstani citizens")
    opens = pk == SMALL_PARAGRAPH or (len(pl.text.split()) >= SMALL_PARAGRAPH_WORDS
                                      and not FIGURE_END.search(pl.text)) or _wraps(pf, cl)
    # a raised marker at the line's end may reach up into the line above (as `_joinable`)
    return (opens and abs(pf.x0 - cf.x0) <= 2 and abs(pf.size - cf.size) <= 0.3
            and -0.3 * line_h <= cf.top - pf.bottom <= PARAGRAPH_GAP_RATIO * line_h)


# A line of running small type goes on in a line of at least this many words.
WRAPPED_LINE_WORDS = 3


def _wraps(pf: _Frag, cl: Line) -> bool:
    """A short line that wraps into the next: the next line's first word would not have fitted
    after it, and that line runs on as prose (several words, ending in no figure). A sidebar's
    narrow paragraph opens on a short line ("Some 4.0 thousand" / "Kazakhstanis entered the",
    "By 1 July, 110,5" / "thousand citizens were on the": blind designer7, 2023q2
    chromium, page 2); a legend's entries ("Sent from Kazakhstan" / "Received", a name and its
    figure) do not go on so."""
    word = _first_word_width(cl)
    if word is None or len(cl.text.split()) < WRAPPED_LINE_WORDS:
        return False
    if FIGURE_END.search(cl.text) and not SENTENCE_STOP_INSIDE.search(cl.text):
        return False        # a legend's entry ("Received from Russia 40.1"), not a sentence's line
    right = max(pf.x1, max(b[2] for b in cl.boxes))
    return pf.x1 + 0.25 * pf.size + word > right


def _first_word_width(cl: Line) -> float | None:
    """The printed width of a line's first word; None for a blank line."""
    first = regex.search(r"\S+", cl.text)
    return None if first is None else cl.boxes[first.end() - 1][2] - cl.boxes[first.start()][0]


def _joinable(prev: tuple[_Frag, Line, str], cur: tuple[_Frag, Line, str]) -> bool:
    pf, pl, pk = prev
    cf, cl, ck = cur
    if pk != ck or pk in ("table", "legend"):
        return False
    if abs(pf.size - cf.size) > 0.6:
        return False
    line_h = max(pf.bottom - pf.top, 1.0)
    gap = cf.top - pf.bottom
    if gap < -line_h * 0.3 or gap > PARAGRAPH_GAP_RATIO * line_h:
        return False
    if cf.x0 > pf.x1 or cf.x1 < pf.x0:   # not in the same column
        return False
    if LIST_ITEM.match(cl.text) and pl.text.rstrip().endswith(SENTENCE_ENDS):
        return False                      # a new item of a numbered or bulleted list
    if BULLET_GLYPH.match(cl.text):
        return False                      # a bullet opens an item even after a line with no full stop
    if _stopped(pl) and _broken_short(pf, cl):
        return False                      # a paragraph's last line: a sentence ends short of the edge
    if (FIGURE_START.match(cl.text) and (_broken_short(pf, cl) or _noted_end(pl))
            or _noted_end(pl) and regex.match(r"\s*\p{Lu}", cl.text) and DIGITS.search(pl.text) and DIGITS.search(cl.text)):
        return False                      # a list of key facts set line by line, with no bullets
    return True


SENTENCE_STOP_INSIDE = compiled(r"[.!?]\s")
# A title's line in small type holds at most this many words.
TITLE_LINE_WORDS = 8


def _title_runs_on(prev: tuple[_Frag, Line, str], cur: tuple[_Frag, Line, str]) -> bool:
    """A title in heading type broken off at a word no title ends with ("Regional snapshot –
    share of" | "registered migrant workers, as of 30" | "June 2022": blind designer76, 2022q2
    chromium2, page 2) goes on in the plainer lines of small type right under it, at its left
    edge and in its size: they are one heading (not a lead-in in the body's type: "Where it comes
    from" over "On the receiving side ...")."""
    pf, pl, pk = prev
    cf, cl, ck = cur
    if pk != "heading" or ck != "legend":
        return False
    tail = pl.text.rstrip()
    if SENTENCE_STOP_INSIDE.search(tail) or len(cl.text.split()) > TITLE_LINE_WORDS:
        return False        # a lead-in ("Workshop. On 14" | "May 2024 IOM trained ..."), prose
    broken = bool(pattern("run_on_end").search(tail)) or bool(DAY_END.search(tail) and MONTH_START.match(cl.text))
    line_h = max(pf.bottom - pf.top, 1.0)
    return broken and abs(pf.x0 - cf.x0) <= 2 and abs(pf.size - cf.size) <= 0.6 \
        and -0.3 * line_h <= cf.top - pf.bottom <= PARAGRAPH_GAP_RATIO * line_h


# A line that opens on a figure ("2.9 million departures ...", "KZT 181.1 billion received ...").
FIGURE_START = compiled(r"^\s*(?:(?:KZT|USD|US\$|\$)\s?)?\d")


def _noted_end(line: Line) -> bool:
    """The line ends in a footnote marker after a word or figure (no comma, no "and" before
    it): a statement ends there ("... up 14.2% on Q1 2022¹")."""
    text = line.text.rstrip()
    return (bool(line.markers) and line.markers[-1].offset >= len(text)
            and bool(regex.search(r"[\p{L}\d%]$", text))
            and not regex.search(r"\b(?:and|or|of|to|the|in|by|from|with|a|an)$", text, regex.I))


def _stopped(line: Line) -> bool:
    """The line ends a sentence (its footnote markers apart)."""
    return line.text.rstrip().endswith((".", "!", "?"))


def _broken_short(pf: _Frag, cl: Line) -> bool:
    """The line before was broken by hand: the next line's first word would have fitted after it
    with room to spare, which a line filled word by word never leaves."""
    word = _first_word_width(cl)
    if word is None:
        return False
    right = max(pf.x1, max(b[2] for b in cl.boxes))
    return pf.x1 + pf.size + word < right


# A block in heading type of at least this many words, ending in a full stop, is a paragraph.
PROSE_HEADING_WORDS = 25


def _block_of(parts: list[tuple[_Frag, Line, str]], page: int, column: int) -> Block:
    text = ""
    boxes: list[Box] = []
    markers: list[Marker] = []
    for fr, ln, kind in parts:
        if text:
            if join_text(text, ln.text) != text + " " + ln.text or (
                    ln.text.startswith(("-",)) and kind == "table"):
                pass
            else:
                text += " "
                boxes.append(boxes[-1] if boxes else fr.box)
        base = len(text)
        text += ln.text
        boxes.extend(ln.boxes)
        markers.extend(Marker(m.label, base + m.offset, m.box) for m in ln.markers)
    kind = parts[0][2] if parts[0][2] != SMALL_PARAGRAPH else "body"
    if kind == "heading" and len(text.split()) >= PROSE_HEADING_WORDS and text.rstrip().endswith((".", "!", "?")):
        kind = "body"       # a lead paragraph set in bold: sentences, no heading
    size = statistics.median(fr.size for fr, _, _ in parts)
    return Block(page=page, kind=kind, text=text, boxes=tuple(boxes), markers=tuple(markers),
                 size=size, column=column)


def _header_cell_line(fr: _Frag, row: list[_Frag]) -> int | None:
    """Index of the cell of `row` that `fr`, a lone line right above it, tops: the first line
    of a header cell set on two lines ("Share of arrivals," over "%", sample 2024q4
    reportlab). It lies over that one cell only, shares its left or right edge, and stands
    no further above it than lines of a paragraph."""
    line_h = max(fr.bottom - fr.top, 1.0)
    if fr.whole or any(f.whole for f in row) or abs(fr.size - statistics.median(
            f.size for f in row)) > 0.6:
        return None
    if not 0 <= min(f.top for f in row) - fr.bottom <= PARAGRAPH_GAP_RATIO * line_h:
        return None
    under = [i for i, f in enumerate(row) if f.x0 < fr.x1 and fr.x0 < f.x1]  # row is by x0
    if len(under) != 1 or under[0] == 0:
        return None     # over the first cell it is the table's caption, not a header line
    k = under[0]
    if fr.x0 <= row[k - 1].x1 or (k + 1 < len(row) and fr.x1 >= row[k + 1].x0):
        return None
    cell = row[k]
    if min(abs(cell.x0 - fr.x0), abs(cell.x1 - fr.x1)) > HEADER_EDGE_TOLERANCE:
        return None
    return k


def _stacked(upper_fr: _Frag, upper: Line, fr: _Frag, ln: Line) -> tuple[_Frag, Line]:
    """One cell from two printed lines, the upper first."""
    gap_box = (min(upper_fr.x0, fr.x0), upper_fr.bottom, max(upper_fr.x1, fr.x1), fr.top)
    text = join_text(upper.text, ln.text)
    spaced = len(text) > len(upper.text) + len(ln.text)
    base = len(upper.text) + spaced
    line = Line(page=ln.page, text=text,
                boxes=upper.boxes + ((gap_box,) if spaced else ()) + ln.boxes,
                size=ln.size, bold=ln.bold,
                markers=upper.markers + tuple(Marker(m.label, base + m.offset, m.box)
                                              for m in ln.markers))
    frag = _Frag(chars=upper_fr.chars + fr.chars, top=upper_fr.top, bottom=fr.bottom,
                 x0=min(upper_fr.x0, fr.x0), x1=max(upper_fr.x1, fr.x1), size=fr.size,
                 bold=fr.bold, text=text)
    return frag, line


def _stacked_cells(cells: list[tuple[_Frag, Line]]) -> list[tuple[_Frag, Line]]:
    """A row's fragments one over the other in the same column (a name wrapped inside its
    cell, "Russian" over "Federation", the row's figures level with the pair: blind designer4,
    2022q3 chromium, Table 1) are one cell, the upper line first (`_stacked_columns`)."""
    out: list[tuple[_Frag, Line]] = []
    for column in _stacked_columns([(i, fr) for i, (fr, _) in enumerate(cells)]):
        cell = cells[column[0]]
        for i in column[1:]:
            cell = _stacked(*cell, *cells[i])
        out.append(cell)
    return out


def _table_row(cells: list[tuple[_Frag, Line]], page: int) -> Block:
    text = ""
    boxes: list[Box] = []
    markers: list[Marker] = []
    spans: list[tuple[int, int]] = []
    for fr, ln in cells:
        if text:
            text += " "
            boxes.append((boxes[-1][2], fr.top, fr.x0, fr.bottom))
        base = len(text)
        text += ln.text
        spans.append((base, len(text)))
        boxes.extend(ln.boxes)
        markers.extend(Marker(m.label, base + m.offset, m.box) for m in ln.markers)
    size = statistics.median(fr.size for fr, _ in cells)
    return Block(page=page, kind="table", text=text, boxes=tuple(boxes), markers=tuple(markers),
                 size=size, column=0, cells=tuple(spans))


@dataclass
class PageLines:
    """A page after step 1-2: its fragments with their lines."""
    number: int
    width: float
    height: float
    items: list[tuple[_Frag, Line]]
    body: float
    ocr: bool = False
    shapes: tuple[dict, ...] = ()     # rectangles (sharp or rounded): boxes and bars (regions.py)
    rules: tuple[dict, ...] = ()      # line segments: a ruled table's grid (ruled_rows)
    gutters: tuple[tuple[float, float], ...] = ()   # (x0, x1) of the column gutters found


# Symbol fonts whose letters are drawn as list bullets (ZapfDingbats "n" is a square, Wingdings
# "l" a dot): their glyphs read as "•", never as the letters of the font's encoding.
DINGBAT_FONT = compiled(r"dingbat|wingding|webding", regex.I)
# A glyph of Unicode's private use area has no meaning of its own: Word and LibreOffice write
# their Symbol/OpenSymbol list bullets there (U+F0B7, U+F0A7); it reads as a bullet (blind
# round 11, word-libreoffice: bulleted key findings ran together into one paragraph).
PRIVATE_USE = compiled(r"[\uE000-\uF8FF]")


def _usable(raw) -> list[dict]:
    chars = [c for c in raw.chars if c.get("text") and c.get("upright", True) is not False and c.get("size")]
    # a line painted twice on the spot (a page band's title drawn again over itself: blind
    # designer52, 2022q2 reportlab) is read once, not as "22.. LLaabboouurr"
    seen: set[tuple] = set()
    once = []
    for c in chars:
        key = (c["text"], c.get("fontname"), round(float(c["size"]), 1), round(float(c["x0"]), 1),
               round(float(c["top"]), 1))
        if key not in seen:
            seen.add(key)
            once.append(c)
    chars = once
    symbol = {f for f in {c.get("fontname") or "" for c in chars} if DINGBAT_FONT.search(f)}
    return [{**c, "text": "•"} if (c.get("fontname") in symbol and c["text"].strip())
            or PRIVATE_USE.match(c["text"]) else c for c in chars]


def page_lines(raw, body: float | None = None, known: tuple[tuple[float, float], ...] = ()) -> PageLines:
    """Characters of one `RawPage` -> fragments with their `Line`s. `body` is the document's
    body text size (a page's own most common size may be its footnotes' on a page of tables);
    `known`, the gutters (x0, x1) of the pages before, the column grid a short run of columns
    may follow (`_gutters`)."""
    chars = _usable(raw)
    body = body or body_size(chars)
    items = []
    grouped = _group_rows(chars, body)
    shapes = tuple(s for s in getattr(raw, "shapes", ()) if s["kind"] in ("rect", "roundrect"))
    gutters = _gutters(grouped, body, shapes, known)
    seq = {id(c): i for i, c in enumerate(chars)}      # the order the text was drawn in
    cuts = gutters + _cell_edges(shapes, body)
    rows = _rejoin_justified([_join_bullets(_split_fragments(row, cuts, seq)) for row in grouped])
    frags = [f for row in rows for f in row]
    edges = [min((f.x0 for f in frags if t - 0.5 <= f.top <= b and f.x1 <= lo + 0.5), default=lo)
             for lo, hi, t, b in gutters]
    for fr in frags:
        fr.by_gutter = _by_gutter(fr, gutters, edges, body)
    for row in rows:
        for fr in row:
            ln = _line_of(fr, raw.number)
            if ln.text.strip():
                fr.text = ln.text
                items.append((fr, ln))
    rules = tuple(sh for sh in getattr(raw, "shapes", ()) if sh["kind"] == "line")
    return PageLines(raw.number, raw.width, raw.height, items, body, getattr(raw, "ocr", False),
                     shapes, rules, tuple((lo, hi) for lo, hi, _, _ in gutters))


def page_blocks(pl: PageLines, heads: RunningHeads) -> Page:
    """Steps 3-5 for one page: drop running heads, take footnotes, find regions, order, join
    blocks."""
    running = _running_flags(pl.items, pl.height, pl.number, heads)
    header = tuple(ln.text for (fr, ln), r in zip(pl.items, running) if r)
    items = [it for it, r in zip(pl.items, running) if not r]
    items, notes = split_footnotes(items, pl.body, pl.number, separator(items, pl.rules, pl.width, pl.height))
    ticks = axis_ticks(items)
    items = [it for i, it in enumerate(items) if i not in ticks]
    items = ruled_rows(items, pl.rules, pl.body)
    if pl.shapes:
        items = _cut_items(items, edge_pieces(items, pl.shapes, pl.width, pl.height))
        items = _cut_items(items, swatch_pieces(items, pl.shapes))
        items = _cut_items(items, colour_pieces(items, pl.shapes))
        items = _cut_items(items, category_pieces(items, pl.shapes))
        items = _cut_items(items, bar_pieces(items, pl.shapes))
    items = _cut_items(items, key_figure_pieces(items, pl.body))
    items = _cut_items(items, column_pieces(items))
    items = _cut_items(items, wrap_pieces(items))
    items = _cut_items(items, name_pieces(items))
    regions: list[Region] = []
    blocks = _flow(items, pl, pl.shapes, regions)
    return Page(number=pl.number, width=pl.width, height=pl.height, blocks=joined_emphasis(tuple(blocks)),
                footnotes=tuple(notes), header=header, ocr=pl.ocr, regions=tuple(regions))


# A chart's value axis label: a bare number ("100", "75", "0", "50%").
AXIS_TICK = compiled(r"^\s*\d{1,7}(?:[.,]\d+)?\s?%?\s*$")
AXIS_TICKS = 4          # labels of one axis, at least (three where the last is its zero)
AXIS_ALIGN = 1.5        # their right edges this close
AXIS_SPACING = 0.1      # their spacing even within this part of a step
YEAR_LO, YEAR_HI = 1900, 2100


def axis_ticks(items: list[tuple[_Frag, "Line"]]) -> set[int]:
    """LAY:axis-ticks: indexes of the lines that are a chart's value axis labels, set one under
    another right-aligned at one x, evenly spaced, their values falling by one step down the
    page, where one stands right of other words on its line ("100 | 75 | 50 | 25 | 0" beside a
    table they would otherwise join as a last column: blind designer62, 2022q2 reportlab). No
    figure is ever an axis label."""
    found = sorted((fr.x1, fr.top, float(ln.text.strip().rstrip("%").strip().replace(",", ".")), i)
                   for i, (fr, ln) in enumerate(items) if fr.plan is None and AXIS_TICK.match(ln.text))
    out: set[int] = set()
    run: list[tuple] = []
    for t in found + [(float("inf"), 0.0, 0.0, -1)]:
        if run and t[0] - run[0][0] > AXIS_ALIGN:
            ticks = _even_ticks(sorted(run, key=lambda r: r[1]))
            out |= ticks if any(_beside_left(items, k) for k in ticks) else set()
            run = []
        run.append(t)
    return out


def _beside_left(items: list[tuple[_Frag, "Line"]], k: int) -> bool:
    """Another line's words stand left of item k on its line: the axis label would end a row
    of a table beside it (an axis at the far left of its chart joins no row and is left be)."""
    fr = items[k][0]
    return any(o.x1 < fr.x0 and min(o.bottom, fr.bottom) - max(o.top, fr.top) > 0.5 * (fr.bottom - fr.top)
               for i, (o, _) in enumerate(items) if i != k)


def _even_ticks(run: list[tuple]) -> set[int]:
    """The indexes of a run of labels (x1, top, value, index) sorted down the page where they
    step evenly in place and value, falling; none where they do not."""
    if len(run) < 3 or len(run) < AXIS_TICKS and run[-1][2] != 0:
        return set()
    gaps = [b[1] - a[1] for a, b in zip(run, run[1:])]
    steps = [a[2] - b[2] for a, b in zip(run, run[1:])]
    if min(gaps) <= 0 or max(gaps) - min(gaps) > AXIS_SPACING * min(gaps) \
            or steps[0] <= 0 or any(abs(d - steps[0]) > 1e-9 for d in steps) \
            or steps[0] == 1 and all(YEAR_LO <= r[2] <= YEAR_HI for r in run):
        return set()        # a column of years, one a row, is no axis
    return {r[3] for r in run}


# A ruled table's row rules: at least this many horizontal rules of one width, one under another,
# with a vertical rule down each band; a band taller than RULED_ROW_LINES lines of its type is
# no row of cells (a box ruled round a paragraph).
RULED_ROWS = 3
RULED_ROW_LINES = 4.5
RULE_THIN = 1.5


def _grid_bands(rules: tuple[dict, ...], body: float) -> list[tuple[float, float, float, float]]:
    """(x0, top, x1, bottom) of each row of a table drawn as a grid of rules (a Word table in
    'Table Grid' style): the stretch between two consecutive horizontal rules of the same width
    that vertical rules run down."""
    flat = [r for r in rules if r["bottom"] - r["top"] <= RULE_THIN and r["x1"] - r["x0"] >= 6 * body]
    upright = [r for r in rules if r["x1"] - r["x0"] <= RULE_THIN and r["bottom"] - r["top"] >= body]
    by_width: dict[tuple[int, int], list[dict]] = {}
    for r in flat:
        by_width.setdefault((round(r["x0"] / 3), round(r["x1"] / 3)), []).append(r)
    bands = []
    for group in by_width.values():
        if len(group) < RULED_ROWS:
            continue
        tops = sorted({round(r["top"], 1) for r in group})
        x0, x1 = min(r["x0"] for r in group), max(r["x1"] for r in group)
        for t, b in zip(tops, tops[1:]):
            inner = [v for v in upright if x0 + 2 < v["x0"] < x1 - 2 and v["top"] <= t + 1 and v["bottom"] >= b - 1]
            crossed = any(t + 1 < r["top"] < b - 1 and r["x0"] < x1 and x0 < r["x1"] for r in flat)
            if inner and not crossed and b - t <= RULED_ROW_LINES * 1.3 * body:
                bands.append((x0, t, x1, b))
    return bands


def ruled_rows(items: list[tuple[_Frag, Line]], rules: tuple[dict, ...], body: float
               ) -> list[tuple[_Frag, Line]]:
    """The lines of one row of a ruled table whose cells wrap ("Russian" over "Federation",
    "Received, KZT" over "billion", the figures level with the upper line: blind round59,
    2023q2 word) are one row: within the row's band, the lines of one column are one cell, the
    upper first. Without the grid a wrapped name's last line could be taken for the first line
    of the row under it."""
    bands = _grid_bands(rules, body)
    if not bands:
        return items
    items = _cut_at_rules(items, bands, rules)
    inside: dict[int, list[int]] = {}
    for i, (fr, _) in enumerate(items):
        k = _band_of(fr, bands)
        if k is not None:
            inside.setdefault(k, []).append(i)
    merged: dict[int, tuple[_Frag, Line]] = {}
    dropped: set[int] = set()
    for members in inside.values():
        if len({round(items[i][0].top) for i in members}) < 2:
            continue                # one printed line: nothing wraps
        if len({round(items[i][0].top) for i in members if DIGITS.search(items[i][1].text)}) > 1:
            continue                # figures on two lines: rows of their own, the band no one row
        for column in _stacked_columns([(i, items[i][0]) for i in members]):
            if len(column) < 2 or any(DIGITS.search(items[i][1].text) or not regex.search(r"\p{L}", items[i][1].text)
                                      for i in column[1:]):
                continue            # a tile's value under its name ("Akmola" over "980", "Abay" over "·") stays a line of its own
            cell = items[column[0]]
            for i in column[1:]:
                cell = _stacked(*cell, *items[i])
                dropped.add(i)
            merged[column[0]] = cell
    return [merged.get(i, it) for i, it in enumerate(items) if i not in dropped]


def _band_of(fr: _Frag, bands) -> int | None:
    """The index of the ruled row (x0, top, x1, bottom) a fragment stands inside, if any."""
    return next((k for k, (x0, t, x1, b) in enumerate(bands)
                 if x0 - 1 <= fr.x0 and fr.x1 <= x1 + 1 and t - 1 <= fr.top and fr.bottom <= b + 1), None)


def _cut_at_rules(items: list[tuple[_Frag, Line]], bands, rules: tuple[dict, ...]) -> list[tuple[_Frag, Line]]:
    """A line of a ruled table's row that runs across a vertical rule (two cells set closer than
    a fragment's gap: "Sent, KZT billion | Share of sent, %") is cut at the rule."""
    upright = [r for r in rules if r["x1"] - r["x0"] <= RULE_THIN]
    out = []
    for fr, ln in items:
        k = _band_of(fr, bands)
        xs = [r["x0"] for r in upright if k is not None and fr.x0 < r["x0"] < fr.x1
              and r["top"] <= bands[k][1] + 1 and r["bottom"] >= bands[k][3] - 1]
        ink = [j for j in range(len(ln.text)) if not ln.text[j].isspace()]
        cuts = [j for i, j in zip(ink, ink[1:])
                if any(ln.boxes[i][2] <= x + 0.5 and ln.boxes[j][0] >= x - 0.5 for x in xs)]
        if not cuts:
            out.append((fr, ln))
            continue
        bounds = [0] + cuts + [len(ln.text)]
        for a, b in zip(bounds, bounds[1:]):
            if ln.text[a:b].strip():
                while ln.text[b - 1].isspace():
                    b -= 1
                while ln.text[a].isspace():
                    a += 1
                out.append(_piece(fr, ln, a, b))
    return out


def _stacked_columns(frags: list[tuple[int, _Frag]]) -> list[list[int]]:
    """Indexes of fragments standing one over another in the same column, top to bottom, the
    columns left to right. Lines are gathered by column first and stacked top to bottom, so that
    a centred header cell's upper line, set right of its lower one ("Arrivals" over "(thousand
    persons)"), joins it (blind round 12, tables-fpdf, Table 1)."""
    columns: list[list[tuple[int, _Frag]]] = []
    for i, fr in sorted(frags, key=lambda x: (x[1].x0, x[1].top)):
        col = columns[-1] if columns else None
        if col and fr.x0 < max(f.x1 for _, f in col) - 1 and min(f.x0 for _, f in col) < fr.x1 - 1 \
                and all(fr.top >= f.bottom - 1 or fr.bottom <= f.top + 1 for _, f in col):
            col.append((i, fr))
        else:
            columns.append([(i, fr)])
    return [[i for i, _ in sorted(c, key=lambda x: x[1].top)] for c in columns]


def _cut_items(items: list[tuple[_Frag, Line]], pieces: dict[int, list[tuple[int, int]]]
               ) -> list[tuple[_Frag, Line]]:
    """Lines cut into the pieces regions.py asks for: at a box's edge (`edge_pieces`), or one
    piece per column under a vertical chart (`category_pieces`)."""
    if not pieces:
        return items
    out = []
    for i, (fr, ln) in enumerate(items):
        out.extend(_piece(fr, ln, a, b) for a, b in pieces[i]) if i in pieces \
            else out.append((fr, ln))
    return out


def _piece(fr: _Frag, ln: Line, a: int, b: int) -> tuple[_Frag, Line]:
    """Characters `a:b` of a fragment as a fragment of their own, markers kept."""
    boxes = ln.boxes[a:b]
    markers = tuple(Marker(m.label, m.offset - a, m.box) for m in ln.markers
                    if a < m.offset <= b or (a == 0 and m.offset == 0))
    ink = [x for x, ch in zip(boxes, ln.text[a:b]) if not ch.isspace()]
    # a piece in larger type than the rest of its line (a key figure cut off a body line) keeps
    # its own size, scaled from the characters' heights
    tall = statistics.median(x[3] - x[1] for x in ink)
    whole = statistics.median(x[3] - x[1] for x, ch in zip(ln.boxes, ln.text) if not ch.isspace())
    size = fr.size * tall / whole if whole > 0 else fr.size
    line = Line(page=ln.page, text=ln.text[a:b], boxes=boxes, size=size, bold=ln.bold,
                markers=markers, fills=ln.fills[a:b])
    frag = _Frag(chars=[], top=min(x[1] for x in ink), bottom=max(x[3] for x in ink),
                 x0=min(x[0] for x in ink), x1=max(x[2] for x in ink), size=size, bold=fr.bold,
                 text=line.text)
    return frag, line


# A heading's rule stands at most this many of its line heights under it (one over it is the
# rule of the heading before: a sub-heading opening the left column under it) ...
RULE_REACH = 1.0
# ... and, with the margin left of it, covers at least this share of the text's width.
RULE_SPAN = 0.9


def _ruled_headings(frags: list[_Frag], shapes, body: float, span: tuple[float, float]) -> list[_Frag]:
    """A heading set over a thin rule that runs on across the text columns under it (each
    section with two CSS columns of its own under a full-width rule: blind designer52, 2025q3
    chromium2) spans those columns in the reading order, so that each section's columns are
    read before the next heading; the heading stands in at its rule's width. The rule reaches the
    right edge of the text (`span`, the flow's left and right text edges), past the heading's column."""
    out = []
    for fr in frags:
        tall = fr.bottom - fr.top
        rule = next((sh for sh in shapes if sh["bottom"] - sh["top"] <= 3 and abs(sh["x0"] - fr.x0) <= 3
                     and sh["x1"] - sh["x0"] >= 2 * (fr.x1 - fr.x0) and sh["x1"] >= span[1] - 3
                     and fr.x0 - span[0] + sh["x1"] - sh["x0"] >= RULE_SPAN * (span[1] - span[0])
                     and 0 <= sh["top"] - fr.bottom <= RULE_REACH * tall), None) \
            if fr.plan is None and (fr.bold or fr.size >= HEADING_SCALE * body) else None
        out.append(replace(fr, x1=rule["x1"], ruled=fr) if rule is not None and rule["x1"] > fr.x1 else fr)
    return out


# A box inside a box inside a box is read as its own flow; deeper ones are read with their parent.
MAX_REGION_DEPTH = 3


def _flow(items: list[tuple[_Frag, Line]], pl: PageLines, shapes, regions: list[Region],
          depth: int = 0) -> list[Block]:
    """Blocks of one flow (the page, or a region's inside): its regions first become single
    stand-ins in the reading order, then each is read in its own way where it stands."""
    plans = find_plans(items, shapes, pl.width, pl.height, pl.body, pl.shapes) if depth < MAX_REGION_DEPTH \
        else []
    items, hidden = _header_cells(items, [p for p in plans if p.kind == "header"], regions)
    plans = [p for p in plans if p.kind != "header"]
    taken = {i for p in plans for i in p.members} | hidden
    # the body's width, regions aside: columns beside a sidebar are still columns, not cells
    xs = [fr for i, (fr, _) in enumerate(items) if i not in taken] or [fr for fr, _ in items]
    text_width = (max(f.x1 for f in xs) - min(f.x0 for f in xs)) if xs else pl.width
    frags = _ruled_headings([fr for i, (fr, _) in enumerate(items) if i not in taken], shapes, pl.body,
                            (min(f.x0 for f in xs), max(f.x1 for f in xs)) if xs else (0.0, pl.width))
    frags += [_Frag(chars=[], top=p.box[1], bottom=p.box[3], x0=p.box[0], x1=p.box[2],
                    size=pl.body, bold=False, plan=p) for p in plans]
    groups = []
    for g in reading_order(frags, max(text_width, 1.0)):
        if len(g) > 1 and any(f.plan is not None for f in g):
            groups.extend([f] for f in sorted(g, key=lambda f: f.x0))
        else:
            groups.append(g)
    groups = _side_regions_after_their_column(groups, pl.body)
    by_id = {id(fr): ln for fr, ln in items}
    by_id.update({id(f): by_id[id(f.ruled)] for f in frags if f.ruled is not None})
    blocks: list[Block] = []
    run: list[tuple[_Frag, Line, str]] = []
    held: list[Block] = []      # a region's blocks, waiting for the paragraph it stands in
    state = {"column": 0, "last_x0": None}
    for k, g in enumerate(groups):
        if len(g) > 1 or g[0].plan is not None or isinstance(g, _Row):
            if isinstance(g, _Row) and g.stack:
                new = [_table_row([_chain(c, by_id) for c in g.stack], pl.number)]
            elif g[0].plan is not None:
                region_shapes = [s for s in shapes if _within(s, g[0].plan.box)]
                new = _region_blocks(g[0].plan, items, pl, region_shapes, regions, depth)
            else:
                cells = _stacked_cells([(f, by_id[id(f)]) for f in g])
                if len(run) == 1 and _header_cell_line(run[0][0], g) is not None:
                    upper_fr, upper_ln, _ = run.pop()
                    k = _header_cell_line(upper_fr, g)
                    cells[k] = _stacked(upper_fr, upper_ln, *cells[k])
                new = [_table_row(cells, pl.number)]
            if g[0].plan is not None and run and _runs_on(run, groups[k + 1:], by_id, pl.body):
                held.extend(new)
                continue
            if run:
                blocks.append(_block_of(run, pl.number, state["column"]))
                run = []
            blocks.extend(held + new)
            held = []
            continue
        closed = len(blocks)
        run = _add_line(g[0], by_id[id(g[0])], run, blocks, pl, text_width, state)
        if held and len(blocks) > closed:
            blocks.extend(held)
            held = []
    if run:
        blocks.append(_block_of(run, pl.number, state["column"]))
    return _keys_before_rows(_values_over_names(_zipped_stacks(_names_over_values(_stat_cards(_inline_figures(
        _join_across_columns(_run_in_headings(_padded_rows(blocks + held)))))))))


def _key_out_of_cell(b: Block) -> list[Block]:
    """A row whose label cell took in the key line centred under it ("August ■ Sent from
    Kazakhstan ■ Received in Kazakhstan | 76.3 | 31.6": blind designer94, 2024q3 word): the row
    without it, then the key as a legend line of its own; else the block as it was."""
    if b.kind != "table" or len(b.cells) < 2:
        return [b]
    a, e = b.cells[0]
    m = KEY_IN_CELL.search(b.text, a, e)
    g = m.end() - 1 if m else 0         # the key's first glyph
    if m is None or not b.text[a:g].strip() or not KEY_LINE.match(b.text[g:e]):
        return [b]
    cut = len(b.text[:g].rstrip())
    shift = e - cut
    row = replace(b, text=b.text[:cut] + b.text[e:], boxes=b.boxes[:cut] + b.boxes[e:],
                  cells=((a, cut),) + tuple((x - shift, y - shift) for x, y in b.cells[1:]),
                  markers=tuple(replace(mk, offset=mk.offset if mk.offset <= cut else mk.offset - shift)
                                for mk in b.markers if not cut < mk.offset <= e))
    key = Block(b.page, "legend", b.text[g:e], b.boxes[g:e], (), b.size, b.column)
    return [row, key]


# the first key glyph inside a row's label cell
KEY_IN_CELL = compiled(r"\s[%s]" % KEY_GLYPHS)


# LAY:key-under-rows: a chart's key line standing at most this many of its line heights under
# the last of at least KEY_ROWS rows
KEY_REACH = 2.0
KEY_ROWS = 2


def _keys_before_rows(blocks: list[Block]) -> list[Block]:
    """LAY:key-under-rows: a chart's key set on one line under its rows ("■ transfers sent ■
    transfers received" under "April 2023 | 66.8 | 30.2": blind designer96, 2023q2 word) is read
    before them, right after the title over them, which it names the series for."""
    out = []
    for b in blocks:
        out += _key_out_of_cell(b)
    for i in range(len(out)):
        b = out[i]
        if b.kind != "legend" or not KEY_LINE.match(b.text) or i < 1 or out[i - 1].kind != "table":
            continue
        j = i
        while j > 0 and out[j - 1].kind == "table":
            j -= 1
        last, key = out[i - 1].box_of(0, len(out[i - 1].text)), b.box_of(0, len(b.text))
        if i - j >= KEY_ROWS and j > 0 and out[j - 1].kind == "heading" and last and key \
                and 0 <= key[1] - last[3] <= KEY_REACH * max(b.size, 1.0):
            out.insert(j, out.pop(i))
    return out


# A line and the one set under it in the same column are at most this many body sizes apart:
# a caption over its chart or tile grid.
UNDER_GAP_RATIO = 2.5


def _side_regions_after_their_column(groups: list[list[_Frag]], body: float
                                     ) -> list[list[_Frag]]:
    """A sidebar or box read between a line and what is set right under it in the column
    beside it (a figure's caption and its tile grid, the sidebar ending above them: blind
    designer7, 2023q2 chromium, page 3) is read after that column's groups below the line,
    as its own flow; the caption stays with what it titles."""
    out = list(groups)
    k = 1
    while k < len(out) - 1:
        # the regions of a sidebar one under another (callouts over a box: blind designer37,
        # 2025q3 chromium, page 3) are read as one
        m = k
        while m < len(out) - 1 and _side_region(out[m]):
            m += 1
        if m == k:
            k += 1
            continue
        side = _Frag([], min(g[0].top for g in out[k:m]), max(g[0].bottom for g in out[k:m]),
                     min(g[0].x0 for g in out[k:m]), max(g[0].x1 for g in out[k:m]), body, False)
        prev, nxt = out[k - 1], out[m]
        if not _set_under(prev, nxt, side, body) or _opens_section(nxt, body):
            k = m
            continue
        bottom = max(f.bottom for f in prev)
        # the grid under the caption goes on under the region too (tiles across the page's
        # width, under a box beside the caption: blind designer33, 2024q2 chromium, page 3)
        kind = nxt[0].plan.kind if nxt[0].plan is not None else None
        j = m
        while j < len(out) and all(f.top >= bottom - 1 and (f.x1 <= side.x0 or f.x0 >= side.x1 or (
                kind is not None and f.plan is not None and f.plan.kind == kind and f.top >= side.bottom - 1))
                for f in out[j]):
            j += 1
        out[k:j] = out[m:j] + out[k:m]
        k = j
    return out


def _side_region(group: list[_Frag]) -> bool:
    return len(group) == 1 and group[0].plan is not None and group[0].plan.kind in ("sidebar", "box", "callout")


def _opens_section(group: list[_Frag], body: float) -> bool:
    """A numbered heading in larger or bold type ("7. IOM activities"): a box beside the end of the
    section above it is that section's, read before the heading (blind round14, 2024q4
    twocol-chromium, page 3)."""
    head = group[0]
    return len(group) == 1 and head.plan is None and (head.bold or head.size >= HEADING_SCALE * body) \
        and head.size > body and bool(NUMBERED_HEADING.match(head.text or ""))


def _set_under(prev: list[_Frag], nxt: list[_Frag], side: _Frag, body: float) -> bool:
    """`nxt` starts right under `prev`, both clear of the region `side` across the page, which
    stands beside `prev` from above it (not a region of a band level with `nxt`)."""
    beside = all(f.x1 <= side.x0 or f.x0 >= side.x1 for f in prev + nxt) \
        and side.top < min(f.top for f in prev)
    gap = min(f.top for f in nxt) - max(f.bottom for f in prev)
    over = min(max(f.x1 for f in prev), max(f.x1 for f in nxt)) \
        - max(min(f.x0 for f in prev), min(f.x0 for f in nxt))
    return beside and -1 <= gap <= UNDER_GAP_RATIO * body and over > 0


def _padded_rows(blocks: list[Block]) -> list[Block]:
    """A table row with fewer cells than the widest row of its table (a subtotal with no share,
    "All CIS states | 2,500 | (empty)"; a "Total" cell across the Group and Country columns)
    gets an empty cell for each column it leaves blank, each cell placed under the column it
    overlaps most, so that cells and columns pair by position, not by count."""
    out = list(blocks)
    k = 0
    while k < len(out):
        j = k
        while j < len(out) and out[j].kind == "table" and out[j].cells:
            j += 1
        if j - k >= 2:
            cols = _grid(out[k:j])
            if len(cols) >= 3:
                out[k:j] = [_padded(b, cols) if 2 <= len(b.cells) < len(cols) else b
                            for b in out[k:j]]
        k = max(j, k + 1)
    return out


def _grid(rows: list[Block]) -> list[Box]:
    """Each column's reach: over the rows with as many cells as the header (the most, where no
    header was printed) that hold a figure (a header's cells flattened from two levels reach
    over their neighbours), the union of their cells in it; none where a row has more cells
    than the header (a name on two lines read as two cells: the columns are not sure)."""
    figured = [any(VALUE_LABEL.match(b.text[x:y]) for x, y in b.cells) for b in rows]
    n = max(len(b.cells) for b in rows)
    if not figured[0] and n > len(rows[0].cells):
        return []
    full = [b for b, f in zip(rows, figured) if len(b.cells) == n and f] or [b for b in rows if len(b.cells) == n][:1]
    cols = [union([b.box_of(*b.cells[c]) for b in full]) for c in range(n)]
    return cols if all(cols) else []


def _padded(row: Block, cols: list[Box]) -> Block:
    """`row` with an empty cell (a zero-width span) in each column none of its cells overlaps;
    unchanged where two cells fall under one column or one overlaps none."""
    where = []
    for a, b in row.cells:
        if a >= b:
            return row
        x0, _, x1, _ = row.box_of(a, b)
        overlaps = [min(x1, c[2]) - max(x0, c[0]) for c in cols]
        best = max(range(len(cols)), key=lambda n: overlaps[n])
        if overlaps[best] <= 0 or (where and best <= where[-1]):
            return row
        where.append(best)
    spans: list[tuple[int, int]] = []
    at = dict(zip(where, row.cells))
    for n in range(len(cols)):
        end = spans[-1][1] if spans else 0
        spans.append(at.get(n, (end, end)))
    return replace(row, cells=tuple(spans))


def _header_cells(items: list[tuple[_Frag, Line]], plans: list[Plan], regions: list[Region]
                  ) -> tuple[list[tuple[_Frag, Line]], set[int]]:
    """A header read from its painted cells becomes one printed line of whole cells, each the
    chain of its lines ("April 2025 KZT bn"), standing across the header's height so that they
    make one row of the table. Returns the items with those cells added, and the indices of
    the lines they replace."""
    by_id = {id(fr): ln for fr, ln in items}
    added: list[tuple[_Frag, Line]] = []
    hidden: set[int] = set()
    for p in plans:
        regions.append(Region(kind="header", box=p.box))
        for chain in p.rows:
            fr, ln = _chain([items[i][0] for i in chain], by_id)
            x0, x1 = _leaf_extent([items[i][0] for i in chain])
            added.append((_Frag(chars=fr.chars, top=p.box[1], bottom=p.box[3], x0=x0,
                                x1=x1, size=fr.size, bold=fr.bold, text=ln.text,
                                whole=True), ln))
        hidden.update(p.members)
    return items + added, hidden


def _leaf_extent(frags: list[_Frag]) -> tuple[float, float]:
    """The x extent of a header cell's own column: its lowest line and the lines centred over
    it, not a cell merged across it ("Remittances sent, Q4 2023" over "KZT bn | USD mn")."""
    last = frags[-1]
    tol = last.size
    own = [f for f in frags if last.x0 - tol <= f.x0 and f.x1 <= last.x1 + tol]
    return min(f.x0 for f in own), max(f.x1 for f in own)


def _runs_on(run: list[tuple[_Frag, Line, str]], rest: list, by_id: dict, body: float) -> bool:
    """The paragraph being built goes on right after a region that the reading order put in
    its middle: a box set beside a paragraph that wraps around it and runs on under it (a Word
    text box of key figures: blind designer1, 2023q3 word, pages 1 and 2). The region's blocks
    then follow the whole paragraph."""
    nxt = next((g for g in rest if not (len(g) == 1 and g[0].plan is not None)), None)
    if nxt is None or len(nxt) != 1 or isinstance(nxt, _Row):
        return False
    fr = nxt[0]
    ln = by_id[id(fr)]
    return _joinable(run[-1], (fr, ln, _kind(ln, body, False)))


def _run_in_headings(blocks: list[Block]) -> list[Block]:
    """A bold lead-in set at the start of a paragraph's first line ("Outgoing transfers. In
    the first" | "quarter of 2026 individuals sent ..."), read as a heading line of its own
    because of its bold words, is that paragraph's start: a heading in the body's size that
    ends mid-sentence, unnumbered, with the next block of the body starting in lower case right
    under it (blind designer21, 2026q1 chromium, page 4), or with a month after its day."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "heading" and b.kind == "body" and b.column == prev.column
                and abs(prev.size - b.size) <= 0.3
                # or a day broken from its month ("Round table on fair recruitment. On 18" |
                # "February 2025 IOM convened ...": blind designer59, 2025q1 reportlab)
                and (b.text[:1].islower() or DAY_END.search(prev.text.rstrip()) and MONTH_START.match(b.text))
                and not NUMBERED_HEADING.match(prev.text)
                and not prev.text.rstrip().endswith(SENTENCE_ENDS)
                and (len(prev.text.split()) >= 4 or RUN_IN_TAIL.search(prev.text))):
            out[-1] = replace(_joined(prev, b), kind="body")
        else:
            out.append(b)
    return out


# A lead-in's full stop with the paragraph's first word after it ("Permanent residence. Eight").
RUN_IN_TAIL = compiled(r"\p{L}[.:]\s+\S+\s*$")
# The first character of a column's first block that continues the paragraph before it.
RUN_ON_START = compiled(r"[\p{Ll}(\d]")
BULLET_START = compiled(r"\s*(?:[•▪■●◦›►▶▸➢➤✓✔◆♦❖\-–]|\d{1,2}[.)]\s)")


def _join_across_columns(blocks: list[Block]) -> list[Block]:
    """A paragraph that runs on from the foot of one column to the top of the next is one
    block: the last block of a column ends mid-sentence and the next column's first block
    starts in lower case ("... came to KZT 62.3" | "bn, to Uzbekistan KZT 45.9 bn": blind
    designer1, 2025q1 chromium, page 5), or in a bracket or a figure ("... the Russian
    Federation" | "(25.0%) and Kyrgyzstan": blind designer2, 2023q4 chromium, page 2), or the
    last block ends in a comma or a semicolon ("... made 240,500 entries;" | "China led this
    group": blind designer20, 2022q4 chromium, page 2), or in a word no sentence ends with
    ("... the third country 20.5% and" | "the fourth 6.5%": patterns.json run_on_end), or a
    paragraph of sentences whose last breaks off with no stop ("... Among CIS arrivals, X leads.
    In the non-CIS group" | "China ranked first (28.4%)": blind round 2, 2025q3 word), or a colon
    before words in lower case ("... the picture reverses:" | "money sent abroad rose by 8.6%":
    blind designer64, 2025q1 chromium2)."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if prev is not None and _runs_on_across(prev, b):
            out[-1] = _joined(prev, b)
        elif len(out) > 1 and _notes_heading(prev) and _runs_on_across(out[-2], b):
            out[-2:] = [_joined(out[-2], b), prev]      # a notes heading set under the columns
        else:
            out.append(b)
    return out


def _runs_on_across(prev: Block, b: Block) -> bool:
    """`b`, at the top of the next column, goes on with the paragraph `prev` ends a column with."""
    tail = prev.text.rstrip()
    return (prev.kind == b.kind == "body" and b.column == prev.column + 1
            and (RUN_ON_START.match(b.text) and (not _ends_sentence(tail)
                                                 # "... the picture reverses:" | "money sent abroad rose ..."
                                                 or tail.endswith(":") and b.text[:1].islower())
                 # a bracket left open closed at the next column's top ("... 84.3 billion KZT
                 # (180.9 million" | "USD) in November": blind designer42, 2022q4 chromium, page 4)
                 or tail.count("(") > tail.count(")") and CLOSES_BRACKET.match(b.text)
                 or (tail.endswith((",", ";")) or pattern("run_on_end").search(tail)
                     # prose whose last sentence breaks off with no stop ("... In the group")
                     # (or a sentence of prose broken inside a name: "Within the CIS group,
                     # Uzbekistan led with 41.4%, while the Russian" | "Federation and ...")
                     or not tail.endswith(SENTENCE_ENDS) and not tail[-1:].isdigit()
                     and (regex.search(r"[.;!?]\s+\p{Lu}", tail)
                          or len(tail.split()) >= PROSE_RUN_WORDS and NAME_BROKEN_OFF.search(tail))
                     # a day broken from its month ("... On 4–5" | "December a two-day training")
                     or DAY_END.search(tail) and MONTH_START.match(b.text)
                     # an amount broken from its unit ("... and Georgia 9.2" | "KZT (17.1 million USD)")
                     or tail[-1:].isdigit() and UNIT_START.match(b.text))
                 and b.text[:1].isupper() and not BULLET_START.match(prev.text))
            and b.box_of(0, 1)[1] < prev.box_of(len(prev.text) - 1, len(prev.text))[1])


CLOSES_BRACKET = compiled(r"[^()]{1,40}\)")
PROSE_RUN_WORDS = 8     # a block of this many words ending in no stop is a sentence broken off ...
NAME_BROKEN_OFF = compiled(r"\p{Ll}[\p{L},]*\s+\p{Lu}\p{L}+$")    # ... in a name ("... while the Russian")
UNIT_START = compiled(r"(?:KZT|USD|US\$|tenge|billion|million|thousand|bn|mln|per\s*cent|percent|%)(?!\w)")
DAY_END = compiled(r"\b(?:on|from|of|between|to|until|by)\s+\d{1,2}(?:\s*[–—-]\s*\d{1,2})?$", regex.I)
MONTH_START = compiled(r"(?:January|February|March|April|May|June|July|August|September|October|"
                            r"November|December)\b")


def _notes_heading(b: Block) -> bool:
    """A "SOURCES" / "Notes" heading over a list of notes set across the page's foot, read
    between the columns above it (its notes taken as the page's): blind round 31,
    endnotes-chromium, page 2 ("... 37.25 billion KZT in October–" | SOURCES | "December 2025
    and ...")."""
    from .cues import cues
    return b.kind == "heading" and bool(cues()["endnote_heading"].match(b.text))


def _ends_sentence(tail: str) -> bool:
    """A sentence's end: a closing bracket only after a stop ("(see Table 2.)"), not after a
    name ("... from non-Commonwealth of Independent States (CIS)" | "countries, chiefly ...")."""
    if tail.endswith(")"):
        return bool(regex.search(r"[.!?]\)$", tail))
    return tail.endswith(SENTENCE_ENDS)


# A number set alone in large type ("12,500") inside a sentence that runs on around it.
LONE_FIGURE = compiled(r"^\s*[+\-\u2212]?\d[\d,.\u00a0 ]*\s*(?:%|thousand|million|bn|mln)?\s*$")


CARD_RUN_ON = compiled(r"^\s*[+\-\u2212]?\d[\d,.\u00a0]*\s+\p{Ll}")


def _right_under(a: Block, b: Block) -> bool:
    """Block `b` starts right under `a`'s last line, at its left edge (one paragraph's lines)."""
    last, first = a.boxes[-1], b.boxes[0]
    line_h = max(last[3] - last[1], 1.0)
    return 0 <= first[1] - last[3] <= 2 * line_h and abs(first[0] - a.boxes[0][0]) <= 2 * line_h


def _inline_figures(blocks: list[Block]) -> list[Block]:
    """A stat card's number printed in large type mid-sentence ("Russian migration authorities
    issued work patents to" | "12,500" | "citizens of Kazakhstan, against ..."): the text before
    ends with no full stop and the text after runs on in lower case, so the three are one
    paragraph (blind designer 11, chromium sidebar)."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        a = blocks[k]
        if k + 2 < len(blocks) and a.kind == "body" and blocks[k + 2].kind == "body" \
                and blocks[k + 1].kind in ("heading", "callout") and LONE_FIGURE.match(blocks[k + 1].text) \
                and not a.text.rstrip().endswith(SENTENCE_ENDS) and RUN_ON_START.match(blocks[k + 2].text) \
                and not blocks[k + 2].text[:1].isdigit() and _right_under(a, blocks[k + 1]):
            out.append(_joined(_joined(a, replace(blocks[k + 1], kind="body")), blocks[k + 2]))
            k += 3
            continue
        if k + 1 < len(blocks) and a.kind == "body" and blocks[k + 1].kind == "callout" \
                and len(a.text.split()) >= 5 and a.text.rstrip()[-1:].islower() \
                and CARD_RUN_ON.match(blocks[k + 1].text) and _right_under(a, blocks[k + 1]):
            out.append(_joined(a, replace(blocks[k + 1], kind="body")))    # the number and its run-on as one card
            k += 2
            continue
        out.append(a)
        k += 1
    return out


# A stat card's number set as a heading of its own: a key figure ("2,512,946", "KZT 171.6B",
# "−28.0%") or a rate ("1 USD = 458.62 KZT").
CARD_RATE = compiled(r"^\s*1\s*(?:USD|US\$|\$)\s*=\s*(?:KZT\s*|₸\s*)?\d[\d.,]*\s*(?:KZT|tenge|₸)?\s*$")


def _stat_cards(blocks: list[Block]) -> list[Block]:
    """A stat card whose large number stands as a heading, its caption under it in lower case
    ("2,512,946" | "departures of foreign nationals were recorded ...", "1 USD = 458.62 KZT" |
    "average official rate used to convert tenge amounts"; sidebar cards of blind designer28,
    Word): number and caption are one key-figure statement, a callout. A caption wrapped over
    lines of their own ("temporary residence" | "permits issued") goes on in the card, as does
    a callout's last line that is a year alone ("... permit as of 1 April" | "2024.", blind designer13)."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        a = blocks[k]
        b = blocks[k + 1] if k + 1 < len(blocks) else None
        if b is not None and _currency_over_card(a, b):
            # "KZT" in the card's large type on a line of its own over "196.7B sent abroad ...":
            # the amount's currency, one card with it (blind designer48, 2023q4 chromium)
            a, k = replace(_joined(a, b), kind="callout", size=b.size), k + 1
            b = blocks[k + 1] if k + 1 < len(blocks) else None
        if b is not None and a.kind == "heading" and _caption_line(a, b) \
                and (b.text[:1].islower() or CARD_FIGURE.match(a.text) and CAPTION_UNIT.match(b.text)) \
                and (CALLOUT_NUMBER.match(a.text) or CARD_RATE.match(a.text)):
            a, k = replace(_joined(a, b), kind="callout"), k + 1
        if a.kind == "callout":
            lines = 1
            while k + 1 < len(blocks) and lines < CARD_LINES and _caption_line(a, blocks[k + 1]) \
                    and (blocks[k + 1].text[:1].islower() or CAPTION_YEAR.match(blocks[k + 1].text)) \
                    and len(a.text.split()) + len(blocks[k + 1].text.split()) <= CARD_WORDS:
                a, k, lines = _joined(a, blocks[k + 1]), k + 1, lines + 1
        out.append(a)
        k += 1
    return out


# A card's number alone in heading type, not a year nor a section's number: "452.89", "33 thousand"
CARD_FIGURE = compiled(r"^\s*[+−–-]?(?:\d{1,3}(?:,\d{3})+|\d+[.,]\d+|\d+\s*(?:thousand|million|billion|K|M|B)\b)"
                            r"(?:\s*(?:thousand|million|billion|bn|mln|K|M|B))?\s*%?\s*$")
# A capitalised caption that says what the card's number counts: its unit or its people
CAPTION_UNIT = compiled(r"(?:KZT|USD|US\$|tenge|Kazakhstani|Kazakh|Foreign|Migrant|Registered|Temporary|"
                             r"Permanent|Arrivals|Departures|Entries|Exits|Transfers|Participants|People|Persons)\b")
# A card's caption runs at most this many lines and its text this many words.
CARD_LINES = 3
CARD_WORDS = 30


CURRENCY_ALONE = compiled(r"^\s*(?:KZT|USD|US\$|\$|₸|tenge)\s*$", regex.I)


# A chart legend's name on a line of its own: short, no figure in it
LEGEND_NAME = compiled(r"^[^\d%]{2,40}$")


# a legend entry's value in brackets wrapped onto a line of its own ("Kyrgyzstan" | "(21.95%)")
BRACKETED_FIGURE = compiled(r"^\s*\(\s*[+\-\u2212]?\d[\d,.]*\s*%?\s*\)\s*$")


def _name_over_value(blocks: list[Block], k: int) -> bool:
    a, b = blocks[k], blocks[k + 1]
    return a.kind in ("legend", "body") and b.kind in ("legend", "heading", "callout") \
        and a.column == b.column and bool(LEGEND_NAME.match(a.text)) \
        and bool(LONE_FIGURE.match(b.text) and _under_to_right(a, b)
                 or BRACKETED_FIGURE.match(b.text) and (_under_to_right(a, b) or _just_right_of(a, b)))


def _under_to_right(a: Block, b: Block) -> bool:
    """`b` starts on the line right under `a`, at or right of its left edge (a value under its
    name, or at the end of the bar drawn under it)."""
    last, first = a.boxes[-1], b.boxes[0]
    line_h = max(last[3] - last[1], 1.0)
    return 0 <= first[1] - last[3] <= 2 * line_h and first[0] >= a.boxes[0][0] - line_h


def _just_right_of(a: Block, b: Block) -> bool:
    """`b` stands on `a`'s last line, right after it (a gap of at most a few letters' widths)."""
    last, first = a.boxes[-1], b.boxes[0]
    line_h = max(last[3] - last[1], 1.0)
    return abs(first[1] - last[1]) <= line_h / 2 and 0 <= first[0] - last[2] <= 4 * line_h


def _among_tiles(blocks: list[Block], k: int) -> bool:
    """A name over its value (`_name_over_value` at k) with a tile's row, a name and a figure,
    right before or after it: one tile of a tile map whose other tiles were read as rows (a
    region's name over its share between two tiles read as "name | share" rows: blind designer68,
    2025q3 chromium2)."""
    near = [blocks[j] for j in (k - 1, k + 2) if 0 <= j < len(blocks)]
    return any(n.kind == "table" and len(n.cells) == 2 and n.page == blocks[k].page
               and LONE_FIGURE.match(n.text[n.cells[1][0]:n.cells[1][1]]) for n in near)


def _names_over_values(blocks: list[Block]) -> list[Block]:
    """A chart's legend set as each name over its value ("Russian Federation" | "41.6%" |
    "United States of America" | "11.2%", the value at the end of a bar drawn under the name;
    blind designer69, 2024q3 reportlab, Figure 4): each
    name and the value under it are one legend line ("Russian Federation 41.6%"). Only a run of
    at least two such pairs is a legend; a single one may be a card's label over its number,
    unless its value is in brackets, a legend entry's wrapped tail or its value set apart on the
    name's line ("Kyrgyzstan" | "(21.95%)"; blind designer59, 2024q4 chromium2)."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        run = 0
        while k + 2 * run + 1 < len(blocks) and _name_over_value(blocks, k + 2 * run):
            run += 1
        if run >= 2 or run == 1 and BRACKETED_FIGURE.match(blocks[k + 1].text):
            out.extend(replace(_joined(blocks[i], blocks[i + 1]), kind="legend") for i in range(k, k + 2 * run, 2))
            k += 2 * run
            continue
        if run == 1 and _among_tiles(blocks, k):
            a, b = blocks[k], blocks[k + 1]
            row = _joined(a, b)
            out.append(replace(row, kind="table", cells=((0, len(a.text)), (len(row.text) - len(b.text), len(row.text)))))
            k += 2
            continue
        out.append(blocks[k])
        k += 1
    return out


# A row of values stands over the row of names it labels at most this many of its line heights.
VALUES_OVER_NAMES_GAP = 3.0


def _values_over_names(blocks: list[Block]) -> list[Block]:
    """TAB:values-over-names: a chart's values set in a row over the row of its parts' names
    ("33.5% | 21.2% | 12.8% | 9.6% | 22.9%" over "Uzbekistan | Russian Federation | China |
    Kyrgyzstan | All other nationalities", the values over a stacked bar's parts, the names its
    legend: blind designer81, 2024q2 reportlab, Figure 4): as many values as names, the names
    right under the values, make one row each ("Uzbekistan 33.5%"), in order left to right."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        pairs = _value_name_pairs(blocks[k], blocks[k + 1]) if k + 1 < len(blocks) else None
        if pairs is None:
            out.append(blocks[k])
            k += 1
            continue
        values, names = blocks[k], blocks[k + 1]
        for (va, vb), (na, nb) in pairs:
            name, value = names.text[na:nb], values.text[va:vb]
            out.append(Block(page=names.page, kind="table", text=f"{name} {value}",
                             boxes=names.boxes[na:nb] + (names.boxes[nb - 1],) + values.boxes[va:vb],
                             size=values.size, column=names.column,
                             cells=((0, len(name)), (len(name) + 1, len(name) + 1 + len(value)))))
        k += 2
    return out


def _value_name_pairs(values: Block, names: Block) -> list[tuple[tuple[int, int], tuple[int, int]]] | None:
    """(value span, name span) of each cell of a row of values over a row of names, or None."""
    if values.kind != "table" or names.kind != "table" or values.page != names.page:
        return None
    vs = [(a, b) for a, b in values.cells if values.text[a:b].strip()]
    ns = [(a, b) for a, b in names.cells if names.text[a:b].strip()]
    if len(vs) < 2 or len(vs) != len(ns) or not all(VALUE_TOKEN.fullmatch(values.text[a:b].strip()) for a, b in vs) \
            or not all(STACK_NAME.match(names.text[a:b].strip()) for a, b in ns):
        return None
    v_box, n_box = values.box_of(0, len(values.text)), names.box_of(0, len(names.text))
    if not 0 <= n_box[1] - v_box[3] <= VALUES_OVER_NAMES_GAP * max(v_box[3] - v_box[1], 1.0):
        return None
    return list(zip(vs, ns))


# a stacked table's row name on a line of its own: short, its only figure a year ("April",
# "Russian Federation", "January 2024")
STACK_NAME = compiled(r"^(?=.*\p{L})[^\d%]{2,40}$|^[^\d%]{2,30}\s(?:19|20)\d\d$")
# How many blocks after a column of names its columns of values may stand (a chart between).
STACK_REACH = 24


def _value_tokens(block: Block) -> list[tuple[int, int]] | None:
    """The spans of a block made of figures only ("1,046,220", "101.2", "37.7", a table's empty
    cell's dash), each on its own or side by side, a bar drawn in block glyphs before it left out
    ("██████ 1,046,310": blind designer110, 2024q1 word); None else."""
    spans = [m.span() for m in regex.finditer(r"\S+", block.text) if not BAR_GLYPHS.fullmatch(m.group())]
    return spans if spans and all(VALUE_TOKEN.fullmatch(block.text[a:b]) for a, b in spans) else None


BAR_GLYPHS = compiled(r"[\u2580-\u259f\u25a0\u25ac]+")     # "█▌", "■", "▬": a bar drawn in type


def _zipped_stacks(blocks: list[Block]) -> list[Block]:
    """TAB:stacked-columns: a small table laid out as a column of row names ("April" | "May" |
    "June") and, further on, its columns of values each read as a block of its own
    ("1,046,220 1,158,930 1,207,656" set one under the other; blind designer70, 2023q2 word, a
    side panel): each name and the values level with it, right of
    it, are one table row, put where the last of its values stood. Only where every name finds
    as many values as the others, and every value of the blocks taken finds a name."""
    out = list(blocks)
    k = 0
    while k < len(out):
        run = k
        while run < len(out) and out[run].kind in ("legend", "body", "heading") and STACK_NAME.match(out[run].text) \
                and len({round(b[1]) for b in out[run].boxes}) == 1 and (run == k or out[run].boxes[0][1] > out[run - 1].boxes[0][1]):
            run += 1
        names = out[k:run]
        rows = _stack_rows(names, out, run) if len(names) >= 2 else None
        if rows is None:
            k += 1
            continue
        taken, new = rows
        last = max(taken)
        at = last - sum(1 for i in range(k, last) if i in taken or i < run)   # where the last value stood
        out = [b for i, b in enumerate(out) if i not in taken and not k <= i < run]
        out[at:at] = new
        k = at + len(new)
    return out


def _stack_rows(names: list[Block], blocks: list[Block], start: int) -> tuple[set[int], list[Block]] | None:
    """The blocks (indices) of the values level with `names` and the rows they make, or None."""
    found: dict[int, list[tuple[float, Block, int, int]]] = {i: [] for i in range(len(names))}
    taken: set[int] = set()
    for j in range(start, min(len(blocks), start + STACK_REACH)):
        b = blocks[j]
        spans = _value_tokens(b) if b.kind in ("legend", "body", "heading", "table") else None
        if not spans or b.page != names[0].page:
            continue
        hits = []
        for a, e in spans:
            box = b.boxes[a]
            i = next((i for i, n in enumerate(names) if abs(box[1] - n.boxes[0][1]) <= 0.6 * (n.boxes[0][3] - n.boxes[0][1])
                      and box[0] > n.boxes[-1][2]), None)
            hits.append((i, a, e, box[0]))
        if any(i is None for i, *_ in hits):
            continue
        taken.add(j)
        for i, a, e, x in hits:
            found[i].append((x, b, a, e))
    counts = {len(v) for v in found.values()}
    if not taken or len(counts) != 1 or 0 in counts:
        return None
    rows = []
    for i, n in enumerate(names):
        text, boxes, cells = n.text, list(n.boxes), [(0, len(n.text))]
        for x, b, a, e in sorted(found[i], key=lambda t: t[0]):
            text += " "
            boxes.append(boxes[-1])
            cells.append((len(text), len(text) + e - a))
            text += b.text[a:e]
            boxes.extend(b.boxes[a:e])
        rows.append(Block(page=n.page, kind="table", text=text, boxes=tuple(boxes), size=n.size, column=n.column,
                          cells=tuple(cells)))
    return taken, rows


def _currency_over_card(a: Block, b: Block) -> bool:
    """A currency alone in heading type right over a key figure's number, at its left edge."""
    if a.kind != "heading" or b.kind not in ("callout", "heading") or not CURRENCY_ALONE.match(a.text) \
            or not b.text[:1].isdigit():
        return False
    line_h = max(a.boxes[-1][3] - a.boxes[-1][1], 1.0)
    return 0 <= b.boxes[0][1] - a.boxes[-1][3] <= line_h / 2 and abs(b.boxes[0][0] - a.boxes[0][0]) <= line_h


def _caption_line(card: Block, b: Block) -> bool:
    return b.kind in ("body", "legend") and b.column == card.column and (
        _right_under(card, b) or _centred_under(card, b))


def _centred_under(a: Block, b: Block) -> bool:
    """Block `b`'s first line is centred right under `a`'s last line: a card's caption set
    centred, its second line shorter ("registered migrant" | "workers": blind designer52, 2022q2
    reportlab, page 1)."""
    last, first = a.boxes[-1], b.boxes[0]
    line_h = max(last[3] - last[1], 1.0)
    upper = [x for x in a.boxes if abs(x[1] - last[1]) < 0.5 * line_h]
    lower = [x for x in b.boxes if abs(x[1] - first[1]) < 0.5 * line_h]
    mid = lambda row: (min(x[0] for x in row) + max(x[2] for x in row)) / 2     # noqa: E731
    return 0 <= first[1] - last[3] <= 2 * line_h and abs(mid(upper) - mid(lower)) <= line_h


def _joined(a: Block, b: Block) -> Block:
    """Two blocks of one paragraph; a line ending in a hyphen goes on without a space
    ("non-" | "governmental organizations")."""
    text = join_text(a.text, b.text)
    gap = (a.boxes[-1],) if len(text) > len(a.text) + len(b.text) else ()
    base = len(a.text) + len(gap)
    return Block(page=a.page, kind=a.kind, text=text, boxes=a.boxes + gap + b.boxes,
                 markers=a.markers + tuple(Marker(m.label, base + m.offset, m.box)
                                           for m in b.markers),
                 size=a.size, column=a.column)


def _chain(frags: list[_Frag], by_id: dict) -> tuple[_Frag, Line]:
    """One header cell from its levels, upper first."""
    fr, ln = frags[0], by_id[id(frags[0])]
    for lower in frags[1:]:
        fr, ln = _stacked(fr, ln, lower, by_id[id(lower)])
    return fr, ln


def _add_line(fr: _Frag, ln: Line, run: list, blocks: list[Block], pl: PageLines,
              text_width: float, state: dict) -> list:
    """Join a line to the paragraph being built, or close it and start a new one."""
    column, last_x0 = state["column"], state["last_x0"]
    # a jump right and up starts the next column; the run before it keeps its own
    next_column = column + (last_x0 is not None and fr.x0 > last_x0 + text_width * 0.3
                            and bool(run) and fr.top < run[-1][0].top)
    cur = (fr, ln, _kind(ln, pl.body, False))
    if run and next_column == column and _small_paragraph(run[-1], cur):
        run[-1] = (*run[-1][:2], SMALL_PARAGRAPH)
        cur = (fr, ln, SMALL_PARAGRAPH)
    if run and next_column == column and _title_runs_on(run[-1], cur):
        cur = (fr, ln, "heading")
    if run and next_column == column and _joinable(run[-1], cur):
        run.append(cur)
    else:
        if run:
            blocks.append(_block_of(run, pl.number, column))
        run = [cur]
    state["column"], state["last_x0"] = next_column, fr.x0
    return run


def _within(shape: dict, box: Box) -> bool:
    """A shape inside a region's box, other than the box's own outline or fill."""
    tol = 1.5
    inside = (shape["x0"] >= box[0] - tol and shape["top"] >= box[1] - tol
              and shape["x1"] <= box[2] + tol and shape["bottom"] <= box[3] + tol)
    own = (abs(shape["x0"] - box[0]) <= tol and abs(shape["x1"] - box[2]) <= tol
           and abs(shape["top"] - box[1]) <= tol and abs(shape["bottom"] - box[3]) <= tol)
    return inside and not own


def _region_blocks(plan: Plan, items: list[tuple[_Frag, Line]], pl: PageLines, shapes,
                   regions: list[Region], depth: int) -> list[Block]:
    """A region's blocks: a callout is one block, a chart its title and rows, a tile one row,
    a box its own flow."""
    dropped = tuple(items[i][1].text for i in plan.dropped)
    regions.append(Region(kind=plan.kind, box=plan.box, dropped=dropped))
    if plan.kind == "callout":
        parts = [(items[i][0], items[i][1], "callout") for i in plan.members]
        return [_block_of(parts, pl.number, 0)]
    if plan.kind in ("chart", "tile"):
        out = []
        if plan.title:
            out.append(_block_of([(*items[i], "heading") for i in plan.title], pl.number, 0))
        if plan.header:
            out.append(_table_row([items[i] for i in plan.header], pl.number))
        groups = plan.groups if len(plan.groups) == len(plan.rows) else [None] * len(plan.rows)
        out.extend(_table_row([items[g] for g in [g] if g is not None]
                              + _share_cells(_name_cell([items[i] for i in row])), pl.number)
                   for row, g in zip(plan.rows, groups))
        return out
    inner = [items[i] for i in plan.members]
    blocks = _flow(inner, pl, shapes, regions, depth + 1)
    return [replace(b, aside=True) for b in blocks] if plan.kind == "sidebar" else blocks


# A chart's value label with its share in brackets after it: "176,940 (5.2%)".
VALUE_AND_SHARE = compiled(r"^\s*(?P<v>\S.*?\S)\s*(?P<s>\(\s?[+\-\u2212–]?\d[\d,.]*\s?%\s?\))\s*$")


def _share_cells(row: list[tuple[_Frag, Line]]) -> list[tuple[_Frag, Line]]:
    """A chart value label that prints a value and its share in brackets ("176,940 (5.2%)") is
    two cells, the value and the bracketed share, as a table would print them."""
    out = []
    for fr, ln in row:
        m = VALUE_AND_SHARE.match(ln.text) if VALUE_LABEL.match(ln.text) else None
        if m is None:
            out.append((fr, ln))
            continue
        out += [_piece(fr, ln, *m.span("v")), _piece(fr, ln, *m.span("s"))]
    return out


def _name_cell(row: list[tuple[_Frag, Line]]) -> list[tuple[_Frag, Line]]:
    """A chart row's category name printed on two lines under its column ("Russian" over
    "Federation") is one cell, the upper line first; the values follow as cells of their own."""
    names = [it for it in row if not VALUE_LABEL.match(it[1].text) and not ZERO_WORD.match(it[1].text)]
    if len(names) < 2 or row[:len(names)] != names:
        return row
    fr, ln = names[0]
    for lower in names[1:]:
        fr, ln = _stacked(fr, ln, *lower)
    return [(fr, ln)] + row[len(names):]


def layout_pages(raw_pages, stats: dict | None = None) -> list[Page]:
    """All pages of a document, running heads detected across pages.

    Pages are consumed one at a time and their character dicts dropped once the page's lines
    are built, so a long report never holds all its characters at once. The document's body
    size (which decides footnotes and headings) is settled after the last page; markers are
    told apart with each page's own. `stats`, if given, receives "pages" and "chars"."""
    sizes: Counter = Counter()
    lines = []
    chars_seen = 0
    for r in raw_pages:
        chars = _usable(r)
        chars_seen += len(chars)
        for c in chars:
            if c["text"].strip():
                size = round(float(c["size"] or 0), 1)
                sizes[size] += size * size
        pl = page_lines(r, body_size(chars), tuple(dict.fromkeys(g for p in lines for g in p.gutters)))
        for fr, _ in pl.items:
            fr.chars = []               # the Line keeps text, boxes and markers
        lines.append(pl)
    body = max(sizes, key=lambda s: (sizes[s], s)) if sizes else 10.0
    for pl in lines:
        pl.body = body
    if stats is not None:
        stats.update(pages=len(lines), chars=chars_seen)
    heads = running_head_keys([p.items for p in lines], [p.height for p in lines],
                              [p.number for p in lines])
    return [page_blocks(p, heads) for p in lines]


# a number run set in display type inside a sentence: figures and the words joining them
# ("3,741,005 and 221,405", "KZT 312.6 billion"), no sentence of its own
EMPHASIS_RUN = compiled(r"[^\n.;:!?]{0,40}\d[^\n.;:!?]{0,40}")


def joined_emphasis(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """LAY:inline-emphasis: a sentence whose figures are set in display type on a line of their
    own ("Of these," | "3,741,005 and 221,405" in large bold | "concerned citizens of CIS and
    non-CIS countries, respectively.") is one paragraph: the three blocks are joined (boxes and
    markers kept) when the first breaks off without a stop, the middle is a short run with a
    figure and no section number, and the last goes on in lower case (blind designer64, 2022q4
    chromium)."""
    out = list(blocks)
    k = 0
    while k + 2 < len(out):
        a, b, c = out[k], out[k + 1], out[k + 2]
        if a.kind == "body" and b.kind == "heading" and c.kind == "body" and a.page == b.page == c.page \
                and a.text.rstrip()[-1:] not in (".", "!", "?", ";", ":") and c.text[:1].islower() \
                and EMPHASIS_RUN.fullmatch(b.text.strip()) and not NUMBERED_HEADING.match(b.text):
            out[k:k + 3] = [_spaced(_spaced(a, b), c)]
            continue
        if a.kind == "body" and b.kind == "heading" and a.page == b.page \
                and a.text.rstrip()[-1:] not in (".", "!", "?", ";", ":") and (b.text[:1].isdigit() or b.text[:1].islower()) \
                and EMPHASIS_END.fullmatch(b.text.strip()) and not NUMBERED_HEADING.match(b.text):
            # the figures in bold end the sentence ("Arrivals of foreign citizens numbered" |
            # "1,006,300 in July, 1,041,900 in August and 1,364,450 in September.": blind
            # designer97, 2022q3 reportlab)
            out[k:k + 2] = [_spaced(a, b)]
            continue
        k += 1
    return tuple(out)


# ... or a run of figures in display type that ends the sentence it goes on with
EMPHASIS_END = compiled(r"(?:[^\n.;:!?]|\.(?=\d)){0,160}\d(?:[^\n.;:!?]|\.(?=\d)){0,160}\.")


def _spaced(a: Block, b: Block) -> Block:
    """`a` and `b` as one block, a space between."""
    cut = len(a.text) + 1
    return replace(a, text=f"{a.text} {b.text}", boxes=a.boxes + (a.boxes[-1] if a.boxes else (0.0, 0.0, 0.0, 0.0),) + b.boxes,
                   markers=a.markers + tuple(replace(m, offset=m.offset + cut) for m in b.markers))
