"""Regions of a page, found before its lines are ordered: boxes, key-figure callouts, vector bar
charts and tiles.

Designer-made reports (issue 13) set text inside coloured or ruled boxes (sidebars, stat cards,
Word text boxes and frames), print key figures as a large number over a short caption, and draw
charts whose values are loose labels beside vector bars. Read as plain lines, a sidebar's lines
interleave with the column beside it and a chart's labels come apart from each other. This
module finds those regions from the page's shapes (the plain dicts of `extractor.pdf`: kind,
box, fill, stroke) and the fragments' boxes, and says how each is to be read; `layout` reads
each region as one unit in the page's reading order and turns the plan into blocks.

Everything here works on `(fragment, Line)` pairs where a fragment has `x0`, `top`, `x1`,
`bottom` and `size`; nothing here imports pdfplumber.
"""
from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

import regex

from .types import Box, union
from .regexes import DIGIT, NUMBERED_CAPTION, ZERO_WORD, compiled

# A box is a region when it is at least this big (points): smaller boxes are highlights,
# swatches or table cells.
MIN_REGION_WIDTH = 40.0
MIN_REGION_HEIGHT = 18.0
# A box covering more than this share of the page is its background or frame, not a region.
PAGE_BACKGROUND_SHARE = 0.6
# Two boxes are one when they overlap this much (Chromium paints a card's fill and its border as
# two shapes, 1 pt apart: reference report page 2).
SAME_BOX_OVERLAP = 0.9
# A fragment is inside a box when it stands within this many points of the box's edges.
INSIDE_TOLERANCE = 1.5
# A paint this close to white on every channel is a page-coloured box, no region boundary ...
WHITE = 0.97
# ... unless it is stroked (a Word text box's border, a ruled frame).

# A sidebar is a box taller than wide, at most this share of the page's width.
SIDEBAR_WIDTH_SHARE = 0.4
# A band is a wide box at least this share of the page's width and at most this many lines tall.
BAND_WIDTH_SHARE = 0.6
BAND_MAX_LINES = 4

# A key figure is printed at least this many times the body size ("3.1M" in 24 pt over 9 pt;
# "USD 155.8 mln" in 15 pt over a 9.5 pt body in a Word text box: blind designer1, 2023q3 word,
# page 2).
CALLOUT_SIZE_RATIO = 1.5
# Its caption starts within this many of the number's sizes below it (or beside it) ...
CALLOUT_CAPTION_GAP = 0.9
# ... and runs at most this many lines of at most this many words in all.
CALLOUT_CAPTION_LINES = 3
CALLOUT_CAPTION_WORDS = 14
# A key figure: an optional currency, a number, an optional scale and an optional per cent.
CALLOUT_NUMBER = compiled(r"""
    ^\s*
    (?:[+\-\u2212–]\s?)?                        # a sign, U+2212 minus included
    (?:(?:KZT|USD|US\$|\$|₸|€)\s?)?              # a currency before the number
    \d[\d,.\s]*                                  # the number
    (?:\s?(?:K|M|B|bn|mn|mln|bln|k|m|thousand|million|billion))?   # a short scale
    \s?%?                                        # a share or change
    (?:\s?(?:KZT|USD|tenge))?                    # a currency after it
    \s*$
""", regex.VERBOSE)

# Shapes that may be bars, with rounded ends too ("roundrect": SVG `rx`, blind designer1, 2024q2
# chromium, Figures 1, 2, 4 and 5); assembly reads a value cell printed with "%" as a share.
BAR_KINDS = ("rect", "roundrect")
# A bar is a filled box without text, at least this thick (points) ...
MIN_BAR_THICKNESS = 2.0
# ... and a chart has at least this many bars (legend swatches not counted).
MIN_BARS = 2
# Bars at most this far apart (points) belong to one chart.
CHART_GAP = 28.0
# Bars within this many points of each other's width and height are the same size.
SAME_SIZE = 0.5
# A legend swatch is a small, nearly square filled box at most this big, with its series name
# starting within SWATCH_TEXT_GAP points right of it.
SWATCH_MAX = 12.0
SWATCH_TEXT_GAP = 10.0
# A label belongs to a bar when its middle lies within this many points of the bar's span.
LABEL_TOLERANCE = 2.5
# Labels stand at most this far (points) left of the bars (category names) or past them (values).
LABEL_REACH = 160.0
# Axis ticks line up within this many points (their tops, or their right or left edges).
TICK_ALIGN = 2.0
# A chart's title stands at most this many body sizes above it ...
TITLE_GAP_RATIO = 2.5
# ... on at most this many lines, at most this many line heights apart (a title wrapped over
# two lines of a narrow column: blind designer1, 2024q2 chromium, Figures 1, 2 and 4).
TITLE_MAX_LINES = 3
TITLE_LINE_GAP = 0.75
# A value label: a number with an optional unit; an axis tick is the same text left over.
VALUE_LABEL = compiled(r"""
    ^\s*
    (?:[+\-\u2212–]\s?)?(?:KZT|USD|\$)?\s?     # sign, currency
    \d[\d,.\s]*                                  # the number
    (?:\s?(?:K|M|B|bn|mn|m|k|thousand|million|billion))?\s?(?:(?:KZT|USD|tenge)\s?)?%?   # scale, currency, per cent
    (?:\s*[·|/]\s*(?:KZT|USD|\$)?\s?\d[\d,.]*(?:\s?(?:K|M|B|bn|mn|m|k|thousand|million|billion))?
       (?:\s?(?:KZT|USD|tenge))?%?){0,2}           # its other currency: "KZT 54.9 bn · USD 114.5 m", its
    #                                               share: "KZT 62.3 bn · 28.1%" (blind designer87, 2023q3 chromium2)
    (?:\s*\(\s?[+\-\u2212–]?\d[\d,.]*\s?%\s?\))?     # its share after it: "176,940 (5.2%)", "38.7 bn KZT (14.0%)"
    (?:\s*\(\s?(?:KZT|USD|US\$|\$)\s?\d[\d,.]*\s?(?:K|M|B|bn|mn|m|k|mln|thousand|million|billion)?\s?\))?
    #                                               its other currency in brackets: "58.7 (USD 134.1 m)" (blind
    #                                               designer96, 2022q2 reportlab)
    \s*$
""", regex.VERBOSE)


@dataclass
class Plan:
    """How one region is read. `members` index the page's items; for charts and tiles `rows`
    are the text rows to print (item indices, in reading order)."""
    kind: str               # "box", "sidebar", "band", "callout", "chart", "tile", "header"
    box: Box
    members: list[int]
    rows: list[list[int]] = field(default_factory=list)
    header: list[int] = field(default_factory=list)     # chart: series names in bar order
    title: list[int] = field(default_factory=list)      # chart: its title's lines, top first
    dropped: list[int] = field(default_factory=list)    # chart: axis ticks, not figures
    groups: list[int] = field(default_factory=list)     # chart: each row's group label


def _box(fr) -> Box:
    return (fr.x0, fr.top, fr.x1, fr.bottom)


def _inside(inner: Box, outer: Box, tol: float = INSIDE_TOLERANCE) -> bool:
    return (inner[0] >= outer[0] - tol and inner[1] >= outer[1] - tol
            and inner[2] <= outer[2] + tol and inner[3] <= outer[3] + tol)


def _area(b: Box) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def _overlap(a: Box, b: Box) -> float:
    """Intersection over the smaller box's area."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    return w * h / max(min(_area(a), _area(b)), 1e-6)


def _whiteish(colour) -> bool:
    return colour is not None and len(colour) in (1, 3) and all(v >= WHITE for v in colour) \
        or colour is not None and len(colour) == 4 and all(v <= 1 - WHITE for v in colour)


def _text_of(items, i) -> str:
    return items[i][1].text


def _lines(members: list[int], items) -> int:
    """How many printed lines the members stand on (fragments overlapping vertically share)."""
    spans = sorted((items[i][0].top, items[i][0].bottom) for i in members)
    count, reach = 0, None
    for top, bottom in spans:
        if reach is None or top > reach - 0.5:
            count += 1
            reach = bottom
        else:
            reach = max(reach, bottom)
    return count


# --- boxes ----------------------------------------------------------------------------------

def container_boxes(shapes, width: float, height: float, backdrops=None) -> list[Box]:
    """Filled or stroked rectangles big enough to hold text, near-duplicates merged. A white
    rectangle counts only on a tinted one among `backdrops` (the page's shapes; by default
    `shapes`): white cards on a coloured sidebar (blind designer65, 2023q3 chromium, page 2);
    on the page, it is the page."""
    rects = [s for s in shapes if s["kind"] in ("rect", "roundrect")]
    tinted = [_sbox(s) for s in (shapes if backdrops is None else backdrops)
              if s["kind"] in ("rect", "roundrect") and s["fill"] is not None and not _whiteish(s["fill"])]
    out: list[Box] = []
    for s in rects:
        box = (s["x0"], s["top"], s["x1"], s["bottom"])
        if box[2] - box[0] < MIN_REGION_WIDTH or box[3] - box[1] < MIN_REGION_HEIGHT:
            continue
        if _area(box) > PAGE_BACKGROUND_SHARE * width * height:
            continue
        if s["stroke"] is None and (s["fill"] is None or _whiteish(s["fill"]) and not any(
                _inside(box, t, 0) and _area(t) > _area(box) for t in tinted)):
            continue
        if any(_overlap(box, b) >= SAME_BOX_OVERLAP and abs(_area(box) - _area(b))
               <= (1 - SAME_BOX_OVERLAP) * _area(b) for b in out):
            continue
        out.append(box)
    return [_overflowed(b, shapes) for b in out]


# A painted cell overflowing a box's edge (a tile map wider than its sidebar, printed as HTML
# lets it overflow) makes the box reach to its far edge, when at least this share of the cell
# stands inside the box.
OVERFLOW_INSIDE = 0.2


def _overflowed(box: Box, shapes) -> Box:
    """The box grown over the small painted cells drawn inside it that run past its edges (blind
    designer42, 2025q2 chromium2: a region tile map running 25 pt past its sidebar)."""
    cells = [c for c in painted_cells(shapes) if c[2] - c[0] < MIN_REGION_WIDTH and not _inside(c, box)
             and _overlap(c, box) >= OVERFLOW_INSIDE and c[1] >= box[1] - 1 and c[3] <= box[3] + 1]
    for c in cells:
        box = union([box, c])
    return box


def _box_kind(box: Box, n_lines: int, width: float) -> str:
    w = box[2] - box[0]
    if w <= SIDEBAR_WIDTH_SHARE * width and box[3] - box[1] > w:
        return "sidebar"
    if w >= BAND_WIDTH_SHARE * width and n_lines <= BAND_MAX_LINES:
        return "band"
    return "box"


def edge_pieces(items, shapes, width: float, height: float) -> dict[int, list[tuple[int, int]]]:
    """Item index -> the character spans of its pieces, for lines that run across a container
    box's left or right edge: text inside a box and text outside it are never one line. A key
    figure in 17 pt set 20 pt right of the body's line end joins that line when the gap is
    measured against its size (blind designer1, 2023q3 word: "... (2,674,093). 2.9 million")."""
    boxes = container_boxes(shapes, width, height)
    pairs = _cell_gutters(painted_cells(shapes))
    gutters = {x for x, _, _ in pairs}
    gutters_at = lambda y: {x for x, a, b in pairs if a <= y <= b}    # noqa: E731
    out: dict[int, list[tuple[int, int]]] = {}
    for i, (fr, ln) in enumerate(items):
        mid = (fr.top + fr.bottom) / 2
        edges = sorted([x for b in boxes if b[1] <= mid <= b[3] for x in (b[0], b[2])
                        if fr.x0 < x < fr.x1] + [x for x in gutters if fr.x0 < x < fr.x1 and x in gutters_at(mid)])
        if not edges:
            continue
        cuts = [next((k for k, c in enumerate(ln.boxes) if (c[0] + c[2]) / 2 >= x), len(ln.text))
                for x in edges]
        # an edge through a word cuts nothing: the word overflows the box ("East" over a
        # sidebar's right edge: blind designer42, 2025q2 chromium2)
        cuts = [k for k in cuts if not _inside_word(ln, k, fr.size)]
        spans = []
        for a, b in zip([0] + cuts, cuts + [len(ln.text)]):
            word = ln.text[a:b]
            a, b = a + len(word) - len(word.lstrip()), b - len(word) + len(word.rstrip())
            if a < b:
                spans.append((a, b))
        if len(spans) >= 2:
            out[i] = spans
    return out


# Two painted cells side by side at most this far apart (points) part the text over them.
CELL_GUTTER = 8.0


def _cell_gutters(cells: list[Box]) -> list[tuple[float, float, float]]:
    """(x, top, bottom) of each gutter between two small painted cells side by side: a line run
    across it is two cells' texts ("Atyrau   Ulytau" over two tiles of a region map), never one."""
    small = [c for c in cells if c[2] - c[0] < MIN_REGION_WIDTH * 2]
    out = []
    for a in small:
        for b in small:
            if 0 <= b[0] - a[2] <= CELL_GUTTER and min(a[3], b[3]) - max(a[1], b[1]) > 0.5 * (a[3] - a[1]):
                out.append(((a[2] + b[0]) / 2, max(a[1], b[1]), min(a[3], b[3])))
    return sorted(set(out))


def _inside_word(ln, k: int, size: float) -> bool:
    """Whether a cut before character k falls inside one word or number set tight."""
    if not 0 < k < len(ln.text) or ln.text[k - 1].isspace() or ln.text[k].isspace():
        return False
    return ln.boxes[k][0] - ln.boxes[k - 1][2] < WORD_GAP_RATIO * size


# Letters closer than this share of the size belong to one word.
WORD_GAP_RATIO = 0.15


# A header line whose cells stand closer than a fragment gap ("USD mn" right-aligned in its
# cell, "Share of total, %" in the next: blind designer6, 2022q2 word, Table 2; "Temporary
# residence permits" beside "Permanent residence permits": blind round5, 2023q4 reportlab) is
# cut where a gap of at least this share of its size lies over the gutter between two columns
# of figures under it.
COLUMN_GAP_RATIO = 0.5
# The figures that say where the columns are stand within this many of the line's heights
# under it.
COLUMN_REACH = 4.0
# ... at least this many in each of the two columns.
COLUMN_VALUES = 2
# A column of figures set flush with a head's edge stands within this many points of it.
FLUSH_TOL = 1.0


def column_pieces(items) -> dict[int, list[tuple[int, int]]]:
    """Item index -> the character spans of its cells, for a line of words set over a table's
    columns of figures whose cells meet in one fragment: it is cut at each wide gap that has
    figures under it on both sides and none across it."""
    values = [fr for fr, ln in items if CELL_FIGURE.match(ln.text)]
    out: dict[int, list[tuple[int, int]]] = {}
    for i, (fr, ln) in enumerate(items):
        if CELL_FIGURE.match(ln.text) or len(ln.text.split()) < 2:
            continue
        reach = fr.bottom + COLUMN_REACH * (fr.bottom - fr.top)
        under = [v for v in values if fr.bottom - 1 <= v.top <= reach]
        gaps = [g for g in _wide_gaps(ln, fr.size) if _column_gutter(fr, under, g[1], g[2])]
        # one cut per gutter: of two gaps with no column of figures between them, the wider (a
        # column set flush right under a head set flush right ends where the head's last word
        # ends, to a point: "Received, KZT" over "22.9", blind round73, 2024q1 word, Table 2)
        cuts = [k for n, (k, a, b) in enumerate(gaps)
                if not any(m != n and (b - a, -m) < (d - c, -n) and not any(
                    min(b, d) - FLUSH_TOL <= v.x0 and v.x1 <= max(a, c) + FLUSH_TOL for v in under)
                    for m, (_, c, d) in enumerate(gaps))]
        if cuts:
            out[i] = _spans(ln.text, cuts)
    return out


# A header's wrapped second line stands at most this many of the upper line's heights under it.
WRAP_LINE_GAP = 0.75
# A word starts where a lower cell starts when their left edges are this close (points).
WRAP_ALIGN = 1.5


def wrap_pieces(items) -> dict[int, list[tuple[int, int]]]:
    """Item index -> its cells, for a header line whose cells meet in one fragment where the
    header's wrapped second line shows where they start: two or more cells of the line right
    under it each start (within WRAP_ALIGN) where a word after a wide gap of the fragment starts
    ("Received, KZT   Received, USD   Share of" over "bn", "mn", "received, %": blind round52,
    2024q3 word, Table 2)."""
    out: dict[int, list[tuple[int, int]]] = {}
    for i, (fr, ln) in enumerate(items):
        if len(ln.text.split()) < 3 or CELL_FIGURE.match(ln.text):
            continue
        h = max(fr.bottom - fr.top, 1.0)
        lower = [f for f, l in items if f is not fr and 0 <= f.top - fr.bottom <= WRAP_LINE_GAP * h
                 and fr.x0 + WRAP_ALIGN < f.x0 < fr.x1 and not regex.search(r"\d", l.text.replace("%", ""))]
        starts = {k: b for k, a, b in _wide_gaps(ln, fr.size)}
        cuts = sorted({k for f in lower for k, b in starts.items() if abs(b - f.x0) <= WRAP_ALIGN})
        if len(cuts) >= 2:
            out[i] = _spans(ln.text, cuts)
    return out


# A figure ending the text before a gap ("38.6", "1,204", "6.1%").
FIGURE_END = compiled(r"(?:^|\s)[+\-\u2212]?\d[\d,.\u00a0]*%?\s*$")
# Lines whose name after a figure starts at the same x, within this many points ...
NAME_COLUMN_TOL = 2.0
# ... and this many of the line's heights above or below.
NAME_COLUMN_REACH = 6.0


def name_pieces(items) -> dict[int, list[tuple[int, int]]]:
    """Item index -> its pieces, for lines of a side-by-side table where a right-aligned figure
    stands so close to the next name that they make one fragment ("38.6   Russian Federation"):
    each is cut at a wide gap between a figure and a word where at least COLUMN_VALUES other
    lines nearby start a name at the same x (a column of names), and a cell stands before it
    on its line."""
    cands = []                       # (item, cut index, x where the name starts)
    for i, (fr, ln) in enumerate(items):
        if not any(f.x1 < fr.x0 and f.top < fr.bottom and fr.top < f.bottom for f, _ in items):
            continue                 # the line's first cell: a note's number before its text
        for k, a, b in _lone_gaps(ln, fr.size):
            if ln.text[k].isalpha() and FIGURE_END.search(ln.text[:k]):
                cands.append((i, k, b))
    out: dict[int, list[tuple[int, int]]] = {}
    for i, k, x in cands:
        fr = items[i][0]
        reach = NAME_COLUMN_REACH * max(fr.bottom - fr.top, 1.0)
        peers = {j for j, _, y in cands if j != i and abs(y - x) <= NAME_COLUMN_TOL}
        peers |= {j for j, (f, _) in enumerate(items) if j != i and abs(f.x0 - x) <= NAME_COLUMN_TOL}
        near = [j for j in peers if abs(items[j][0].top - fr.top) <= reach]
        if len(near) >= COLUMN_VALUES:
            out.setdefault(i, []).append(k)
    return {i: _spans(items[i][1].text, sorted(ks)) for i, ks in out.items()}


def _lone_gaps(ln, size: float) -> list[tuple[int, float, float]]:
    """As `_wide_gaps`, each space measured against the line's other spaces ("6.1   Germany",
    whose one space is the gap, has it wide)."""
    ink = [k for k, ch in enumerate(ln.text) if not ch.isspace()]
    gaps = [(k, ln.boxes[j][2], ln.boxes[k][0]) for j, k in zip(ink, ink[1:]) if ln.text[k - 1].isspace()]
    out = []
    for n, (k, a, b) in enumerate(gaps):
        others = [d - c for m, (_, c, d) in enumerate(gaps) if m != n]
        word = statistics.median(others) if others else 0.0
        if b - a >= max(COLUMN_GAP_RATIO * size, 1.5 * word):
            out.append((k, a, b))
    return out


def _wide_gaps(ln, size: float) -> list[tuple[int, float, float]]:
    """(index of the first character after, gap start, gap end) of each gap between printed
    characters at least COLUMN_GAP_RATIO of `size` wide and half as wide again as the line's
    usual space between words."""
    ink = [k for k, ch in enumerate(ln.text) if not ch.isspace()]
    gaps = [(k, ln.boxes[j][2], ln.boxes[k][0]) for j, k in zip(ink, ink[1:])]
    spaces = [b - a for k, a, b in gaps if ln.text[k - 1].isspace()]
    word = statistics.median(spaces) if spaces else 0.0
    return [(k, a, b) for k, a, b in gaps if b - a >= max(COLUMN_GAP_RATIO * size, 1.5 * word)]


def _column_gutter(fr, under, a: float, b: float) -> bool:
    """Figures in separate rows under the fragment left of the gap `a`..`b` and right of it,
    none across it."""
    mid = (a + b) / 2
    if any(v.x0 < mid < v.x1 for v in under):
        return False
    left = {round(v.top) for v in under if fr.x0 < v.x1 <= mid}
    right = {round(v.top) for v in under if mid <= v.x0 < fr.x1}
    return len(left) >= COLUMN_VALUES and len(right) >= COLUMN_VALUES


def _spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """The pieces of `text` between the cut indices, surrounding blanks left out."""
    spans = []
    for a, b in zip([0] + cuts, cuts + [len(text)]):
        word = text[a:b]
        a, b = a + len(word) - len(word.lstrip()), b - len(word) + len(word.rstrip())
        if a < b:
            spans.append((a, b))
    return spans


def _is_table_cell(box: Box, boxes: list[Box], held: dict[int, list[int]], items,
                   cells: list[Box]) -> bool:
    """A box beside others that share its edges, most of them holding one line: a cell of a
    ruled table (a wrapped header cell), not a region of its own. `cells` are all painted
    rectangles, however small: a header row's one-line cells are too low to be containers."""
    k = boxes.index(box)
    near = [j for j, b in enumerate(boxes) if j != k and _touches(box, b)]
    one_line = [j for j in near if held.get(j) and _lines(held[j], items) == 1]
    return (len(near) >= 2 and len(one_line) * 2 > len(near) or _in_cell_row(box, cells + boxes)
            or any(box in row for row in _cell_rows(list(cells) + boxes)))    # a header cell merged across


# Boxes edge to edge in a row, sharing their top, at least this many: the shaded header row of
# a table whose cells wrap onto two lines ("Registered migrant workers, Q4 / 2024" beside
# "Permanent residents, 31 December / 2024": blind designer1, 2024q4 word, Table 1), or whose
# cells merged down two header lines stand beside one-line cells merged across columns (blind
# designer3, 2023q1 word, Table 2), not regions (stat cards stand apart, with gaps between).
CELL_ROW = 3


def _in_cell_row(box: Box, boxes: list[Box], tol: float = 1.5) -> bool:
    row = [box]
    grown = True
    while grown:
        grown = False
        for b in boxes:
            if b not in row and abs(b[1] - box[1]) <= tol and any(
                    abs(b[0] - r[2]) <= tol or abs(r[0] - b[2]) <= tol for r in row):
                row.append(b)
                grown = True
    return len(row) >= CELL_ROW


# A table's row-group cell (a shaded cell spanning the rows of its group, "CIS member states")
# holds at most this many words and no figure, with rows of figures beside it (blind designer1,
# 2025q1 chromium, Table 1): a cell of the table, not a sidebar.
GROUP_CELL_WORDS = 4


def _is_group_cell(box: Box, members: list[int], items) -> bool:
    words = sum(len(_text_of(items, i).split()) for i in members)
    if words > GROUP_CELL_WORDS or any(DIGIT.search(_text_of(items, i)) for i in members):
        return False
    beside = [fr for k, (fr, ln) in enumerate(items) if k not in members and fr.x0 >= box[2]
              and box[1] <= (fr.top + fr.bottom) / 2 <= box[3] and DIGIT.search(ln.text)]
    return len({round(fr.top) for fr in beside}) >= 2


def _touches(a: Box, b: Box, tol: float = 1.5) -> bool:
    """Two boxes side by side or one over the other, sharing an edge."""
    side = (abs(a[2] - b[0]) <= tol or abs(b[2] - a[0]) <= tol) and min(a[3], b[3]) > max(a[1], b[1])
    stack = (abs(a[3] - b[1]) <= tol or abs(b[3] - a[1]) <= tol) and min(a[2], b[2]) > max(a[0], b[0])
    return side or stack


def painted_cells(shapes) -> list[Box]:
    """Every filled (not white) or stroked rectangle, however small: table cells included."""
    return [(s["x0"], s["top"], s["x1"], s["bottom"]) for s in shapes
            if s["kind"] in ("rect", "roundrect")
            and (s["stroke"] is not None or s["fill"] is not None and not _whiteish(s["fill"]))]


# A line set from inside a box may run past its right edge by this share of the box's width
# and still be the box's (a sidebar's subtitle set a little wider than its panel: blind
# designer73, 2024q2 reportlab, page 2).
OVERHANG = 0.08


def _held(line: Box, b: Box) -> bool:
    """A line inside the box, or starting inside it and running a little past its right edge."""
    return _inside(line, b) or (b[0] <= line[0] < b[2] and _inside((line[0], line[1], b[2], line[3]), b)
                                and line[2] <= b[2] + OVERHANG * (b[2] - b[0]))


def box_plans(items, boxes: list[Box], width: float, cells: list[Box] = ()) -> list[Plan]:
    """Outermost boxes holding text on two lines or more (a one-line box is a highlight, a
    table cell or a zebra stripe, read with its row). A box holding a label over a number is
    a tile; the rest are read as their own flows."""
    held = {k: [i for i, (fr, _) in enumerate(items) if _held(_box(fr), b)]
            for k, b in enumerate(boxes)}
    plans: list[Plan] = []
    grid = _value_first_grid(boxes, held, items)
    for k, b in sorted(enumerate(boxes), key=lambda kb: -_area(kb[1])):
        members = held[k]
        if not members or len(members) == len(items) or _lines(members, items) < 2:
            continue
        if any(_inside(b, p.box) or _overlap(b, p.box) > 0.2 for p in plans):
            continue            # inside a region already taken: read within it
        if not _is_big_tile(members, items, k in grid) and (_is_table_cell(b, boxes, held, items, list(cells))
                                                            or _is_group_cell(b, members, items)):
            continue
        if _is_header_band(b, members, items):
            continue            # a table's header painted as one band: read with its table
        kind = "tile" if _is_tile(members, items, k in grid) else _box_kind(b, _lines(members, items), width)
        order = sorted(members, key=lambda i: (items[i][0].top, items[i][0].x0))
        plans.append(Plan(kind, b, order, rows=[_tile_order(members, items)] if kind == "tile" else []))
    return plans


# A band over a table's header: its lines are words, and right under it (within this many of
# its lines' heights) a row of at least HEADER_BAND_VALUES figures stands under its words.
HEADER_BAND_REACH = 1.5
HEADER_BAND_VALUES = 2


def _is_header_band(b: Box, members: list[int], items) -> bool:
    """A painted band holding a table's header words, the table's figures right under it
    (blind round 12, onecol-reportlab, Table 1: "Sent from Kazakhstan | Received in ..." over
    "KZT bn | USD mln" on one dark band), or under a row group's label alone on the line under
    it ("CIS member states" over "Uzbekistan | 1,012.3 | 43.7": blind round42, 2023q4
    tables-reportlab, Table 2)."""
    if any(CELL_FIGURE.match(_text_of(items, i)) for i in members):
        return False
    line_h = max(items[i][0].bottom - items[i][0].top for i in members)
    top = b[3]
    group = [fr for fr, ln in items if b[3] - 1 <= fr.top <= b[3] + HEADER_BAND_REACH * line_h
             and b[0] <= fr.x0 <= (b[0] + b[2]) / 2 and not regex.search(r"\d", ln.text)]
    if len(group) == 1 and not any(b[3] - 1 <= fr.top <= group[0].bottom and fr is not group[0]
                                   and b[0] <= fr.x0 <= b[2] for fr, _ in items):
        top = group[0].bottom   # a row group's label under the band, over the rows it heads
    under = [fr for fr, ln in items if CELL_FIGURE.match(ln.text)
             and b[3] - 1 <= fr.top <= top + HEADER_BAND_REACH * line_h]
    heads = [items[i][0] for i in members]
    below = [v for v in under if any(h.x0 - 2 <= v.x1 and v.x0 <= h.x1 + 2 for h in heads)]
    return len(below) >= HEADER_BAND_VALUES


def _is_tile(members: list[int], items, value_first: bool = False) -> bool:
    """A region name over its value, and nothing else ("Almaty" over "12.4"); with
    `value_first`, also a value over its name ("23.4%" over "Almaty city")."""
    if not 2 <= len(members) <= 3 or _lines(members, items) != len(members):
        return False
    order = sorted(members, key=lambda i: items[i][0].top)
    values = [i for i in order if _tile_value(_text_of(items, i))]
    return len(values) == 1 and (values[0] == order[-1] or value_first and values[0] == order[0])


def _tile_value(text: str) -> bool:
    """A tile's value: a figure, or a word for none ("Ulytau" over "none")."""
    return bool(VALUE_LABEL.match(text) or ZERO_WORD.match(text))


# a plain figure in a tile set over its name: no sign, currency or scale letter (a key figure's)
PLAIN_VALUE = compiled(r"^\s*\d[\d,.\s]*%?\s*$")


def _value_first_grid(boxes: list[Box], held: dict[int, list[int]], items) -> set[int]:
    """Boxes of one height, at least GRID_TILES of them, each holding a plain figure over a
    name without figures: a labelled grid whose values are set over their names ("23.4%" over
    "Almaty city" in a table of shaded cells: blind designer41, 2024q2 word, Table 2), not a
    band of key figures ("−6.3%" over "vs Q2 2023")."""
    found = []
    for k, b in enumerate(boxes):
        members = held[k]
        if not members or not _is_tile(members, items, value_first=True) or _is_tile(members, items):
            continue
        order = sorted(members, key=lambda i: items[i][0].top)
        if PLAIN_VALUE.match(_text_of(items, order[0])) and not any(
                regex.search(r"\d", _text_of(items, i)) for i in order[1:]):
            found.append(k)
    heights = Counter(round(b[3] - b[1]) for b in {tuple(boxes[k]) for k in found})
    return {k for k in found if heights[round(boxes[k][3] - boxes[k][1])] >= GRID_TILES}


def _tile_order(members: list[int], items) -> list[int]:
    """A tile's lines as one row: its name's lines top first, then its value."""
    order = sorted(members, key=lambda i: items[i][0].top)
    return [i for i in order if not _tile_value(_text_of(items, i))] + \
        [i for i in order if _tile_value(_text_of(items, i))]


# A tile's value in at least this many times its name's size: a tile even as one cell of a
# grid of painted cells edge to edge (a Word table of region tiles: blind designer7, 2025q4
# word, Figure 1), where a header cell wrapped onto a year ("Q4 / 2024") keeps one size.
TILE_VALUE_SCALE = 1.3


def _is_big_tile(members: list[int], items, value_first: bool = False) -> bool:
    if not _is_tile(members, items, value_first):
        return False
    order = _tile_order(members, items)
    return items[order[-1]][0].size >= TILE_VALUE_SCALE * max(items[i][0].size for i in order[:-1])


# --- table headers on painted cells --------------------------------------------------------

# A header row of painted cells edge to edge, some merged down every header line ("Period",
# "Monthly average, KZT bn") and some merged across the columns under them ("April 2025" over
# "KZT bn | USD mln"): with each cell's text set in its middle the printed lines stagger, and
# only the cells say which words are one header cell (blind designer2, 2025q2 word, Table A1).
HEADER_CELL_TOL = 1.5
# A figure in a cell: the row is data, not a header ("2025, %", a wrapped "Change on Q1 2025,
# %", is a header's words).
CELL_FIGURE = compiled(r"^\s*[+\-\u2212]?\d+(?:[.,\u00a0 ]\d+)*\s?%?\s*$")
# A year alone in a merged header cell ("2026" over "January | February | March") heads the
# period of the columns under it: no figure (blind designer13, 2026q1 word, Table 2).
HEADER_YEAR = compiled(r"^\s*(?:19|20)\d\d\s*$")


def _cell_rows(cells: list[Box], tol: float = HEADER_CELL_TOL) -> list[list[Box]]:
    """Runs of at least CELL_ROW painted cells edge to edge sharing their top, by x; or of two,
    where cells edge to edge under the lower one fill its width (a header cell merged down both
    lines beside one merged across two columns: "Country | Arrivals" over "persons | share")."""
    out: list[list[Box]] = []
    for b in sorted(set(cells), key=lambda b: (round(b[1]), b[0])):
        row = next((r for r in out if abs(r[-1][1] - b[1]) <= tol and abs(r[-1][2] - b[0]) <= tol),
                   None)
        if row is not None:
            row.append(b)
        else:
            out.append([b])
    return [r for r in out if len(r) >= CELL_ROW or (len(r) == 2 and _split_under(r, cells, tol))]


def _split_under(row: list[Box], cells: list[Box], tol: float) -> bool:
    short = min(row, key=lambda b: b[3])
    if short[3] >= max(b[3] for b in row) - tol:
        return False
    under = sorted((b for b in set(cells) if abs(b[1] - short[3]) <= tol
                    and short[0] - tol <= b[0] and b[2] <= short[2] + tol), key=lambda b: b[0])
    return len(under) >= 2 and abs(under[0][0] - short[0]) <= tol and abs(under[-1][2] - short[2]) <= tol \
        and all(abs(a[2] - b[0]) <= tol for a, b in zip(under, under[1:]))


def _x_groups(idx: list[int], items) -> list[list[int]]:
    """Fragments overlapping in x are one cell's lines (top first); groups by x."""
    groups: list[list[int]] = []
    for i in sorted(idx, key=lambda i: items[i][0].x0):
        fr = items[i][0]
        g = next((g for g in groups if any(items[j][0].x0 < fr.x1 and fr.x0 < items[j][0].x1
                                          for j in g)), None)
        if g is not None:
            g.append(i)
        else:
            groups.append([i])
    return [sorted(g, key=lambda i: items[i][0].top) for g in groups]


def header_plans(items, cells: list[Box], taken: set[int]) -> list[Plan]:
    """A table header on two levels over a row of painted cells, at least one merged down
    both levels and one merged across the cells under it: one `header` plan whose rows are
    the header cells, each the chain of its lines, a merged upper cell's first."""
    plans = []
    for row in _cell_rows(cells):
        bottom = max(b[3] for b in row)
        tall = [b for b in row if b[3] >= bottom - HEADER_CELL_TOL]
        short = [b for b in row if b[3] < bottom - HEADER_CELL_TOL]
        band = (row[0][0], row[0][1], row[-1][2], bottom)
        inside = [i for i, (fr, _) in enumerate(items) if i not in taken and _inside(_box(fr), band)]
        if not tall or not short or not inside or any(
                CELL_FIGURE.match(_text_of(items, i)) and not HEADER_YEAR.match(_text_of(items, i))
                for i in inside):
            continue
        chains: list[list[int]] = []
        for b in row:
            own = sorted((i for i in inside if _inside(_box(items[i][0]), b)),
                         key=lambda i: items[i][0].top)
            under = [i for i in inside if i not in own and items[i][0].top >= b[3] - HEADER_CELL_TOL
                     and b[0] - HEADER_CELL_TOL <= items[i][0].x0 and items[i][0].x1 <= b[2] + HEADER_CELL_TOL]
            if b in short and under:
                chains += [own + g for g in _x_groups(under, items)]
            elif own:
                chains.append(own)
        if {i for c in chains for i in c} != set(inside) or len(chains) <= len(row):
            continue            # words outside every cell, or no cell merged across others
        plans.append(Plan("header", union([_box(items[i][0]) for i in inside] + [band]), inside,
                          rows=chains))
    return plans


# --- callouts -------------------------------------------------------------------------------

# A key figure's scale word may wrap onto a line of its own in the number's size ("446.2" over
# "thousand" in a narrow card: blind designer1, 2025q1 and 2024q2 chromium).
CALLOUT_SCALE_LINE = compiled(r"^\s*(?:thousand|million|billion|mln|bln|bn|mn)\s*$", regex.I)


# A grid of tiles drawn with no boxes of their own (paths, or one picture): at least this many
# small names each over a value in larger type make it.
GRID_TILES = 4
# A name's lines stand at most this many of the value's sizes above it.
GRID_REACH = 2.0
# ... or this many of the name's own sizes, if that is more (a one-line name in 5.2 pt at a tile's
# top over its value in 7 pt at the foot: blind designer42, 2025q2 chromium2)
GRID_NAME_REACH = 3.0
# A name starts at most this far (points) left of its value's left edge: names set at a tile's
# left, values at its right.
GRID_LEFT_REACH = 60.0
GRID_NAME = compiled(r"^[^\d]{1,40}$")


def grid_tile_plans(items, taken: set[int]) -> list[Plan]:
    """A labelled grid with no tile boxes ("Abay" over "0", "Almaty / region" over "1,250",
    a map of regions drawn as paths): each name (its lines stacked) over the value in larger
    type under it is a tile, read as one row; none where fewer than GRID_TILES pair up."""
    values = [i for i, (fr, ln) in enumerate(items) if i not in taken and CELL_FIGURE.match(ln.text)]
    names = [j for j, (fr, ln) in enumerate(items) if j not in taken and GRID_NAME.match(ln.text.strip())
             and len(ln.text.split()) <= 4]
    used: set[int] = set()
    plans = []
    for i in sorted(values, key=lambda i: (items[i][0].top, items[i][0].x0)):
        v = items[i][0]
        above = [j for j in names if j not in used and items[j][0].size * TILE_VALUE_SCALE <= v.size
                 and 0 <= v.top - items[j][0].bottom <= max(GRID_REACH * v.size, GRID_NAME_REACH * items[j][0].size)
                 and v.x0 - GRID_LEFT_REACH <= items[j][0].x0 <= v.x1]
        if not above:
            continue
        name = max(above, key=lambda j: (items[j][0].x0, items[j][0].top))
        stack = [name]
        while True:         # the name's lines above it, at its left edge
            top = items[stack[0]][0]
            up = [j for j in names if j not in used and j not in stack and abs(items[j][0].x0 - top.x0) <= 2
                  and 0 <= top.top - items[j][0].bottom <= 0.8 * (top.bottom - top.top)]
            if not up:
                break
            stack.insert(0, max(up, key=lambda j: items[j][0].top))
        used.update(stack + [i])
        members = stack + [i]
        plans.append(Plan("tile", union([_box(items[k][0]) for k in members]), members, rows=[members]))
    return plans if len(plans) >= GRID_TILES else []


def callout_plans(items, body: float, taken: set[int]) -> list[Plan]:
    """A large number with a short caption under it (or beside it): one statement."""
    plans = []
    used = set(taken)
    for i, (fr, ln) in sorted(enumerate(items), key=lambda t: (t[1][0].top, t[1][0].x0)):
        if i in used or fr.size < CALLOUT_SIZE_RATIO * body or not CALLOUT_NUMBER.match(ln.text):
            continue
        scale = _scale_line(i, items, used)
        caption = _caption(scale if scale is not None else i, items, used | {i})
        if not caption:
            continue
        members = [i] + ([scale] if scale is not None else []) + caption
        used.update(members)
        plans.append(Plan("callout", union([_box(items[j][0]) for j in members]), members))
    return plans


# A year alone is a caption's wrapped last line ("68,915 / foreign workers registered, Q1 /
# 2025": blind designer1, 2025q1 chromium), not a number of its own.
CAPTION_YEAR = compiled(r"^\s*(?:19|20)\d\d\.?\s*$")


def key_figure_pieces(items, body: float) -> dict[int, list[tuple[int, int]]]:
    """Item index -> the character spans of its key figures, for a line in key-figure type that
    holds several of them side by side: a band of cards whose numbers stand closer than the
    fragment gap measured at their size ("+6.3%   3.29M   72.5K" over three captions: blind
    designer1, 2024q2 chromium, page 1)."""
    out: dict[int, list[tuple[int, int]]] = {}
    for i, (fr, ln) in enumerate(items):
        if fr.size < CALLOUT_SIZE_RATIO * body or CALLOUT_NUMBER.match(ln.text):
            continue
        spans: list[tuple[int, int]] = []
        for m in regex.finditer(r"\S+", ln.text):
            if spans and (CALLOUT_NUMBER.match(ln.text[spans[-1][0]:m.end()])
                          and not CALLOUT_NUMBER.match(m.group())
                          or not CALLOUT_NUMBER.match(ln.text[spans[-1][0]:spans[-1][1]])):
                spans[-1] = (spans[-1][0], m.end())
            else:
                spans.append((m.start(), m.end()))
        if len(spans) >= 2 and all(CALLOUT_NUMBER.match(ln.text[a:b]) for a, b in spans):
            out[i] = spans
    return out


def _scale_line(i: int, items, used: set[int]) -> int | None:
    """The line right under the number `i`, in its size, holding only its scale word."""
    num = items[i][0]
    for j, (fr, ln) in enumerate(items):
        if j != i and j not in used and CALLOUT_SCALE_LINE.match(ln.text) \
                and abs(fr.size - num.size) <= 0.1 * num.size and abs(fr.x0 - num.x0) <= 2 \
                and 0 <= fr.top - num.bottom <= 0.5 * num.size:
            return j
    return None


def _caption(i: int, items, used: set[int]) -> list[int]:
    """The caption lines of the number `i`: under it (overlapping it across) or right beside
    it, smaller, not numbers themselves, few words."""
    num = items[i][0]
    reach = CALLOUT_CAPTION_GAP * num.size
    cands = sorted((j for j, (fr, ln) in enumerate(items) if j not in used and j != i
                    and fr.size < num.size and (not CALLOUT_NUMBER.match(ln.text)
                                                or CAPTION_YEAR.match(ln.text))),
                   key=lambda j: (items[j][0].top, items[j][0].x0))
    beside = [j for j in cands if 0 <= items[j][0].x0 - num.x1 <= reach
              and num.top - 1 <= (items[j][0].top + items[j][0].bottom) / 2 <= num.bottom + 1]
    below = [j for j in cands if items[j][0].x0 < num.x1 + reach and items[j][0].x1 > num.x0
             - reach and num.bottom - 1 <= items[j][0].top]
    # a line within reach but clear of the number, level with one under it, is the caption of
    # the number beside ("sent abroad by individuals" left of "permanent residence" under
    # "−7.9%": blind designer17, 2022q2 word, page 1)
    under = [j for j in below if items[j][0].x0 < num.x1 and items[j][0].x1 > num.x0]
    below = [j for j in below if j in under or not any(
        abs(items[k][0].top - items[j][0].top) < 0.5 * (items[j][0].bottom - items[j][0].top) for k in under)]
    lines: list[int] = []
    edge = num.bottom
    for j in (beside[:1] if beside else below):
        fr = items[j][0]
        if any(abs(fr.top - items[k][0].top) < 0.5 * (fr.bottom - fr.top) for k in lines):
            continue        # beside a line taken, not under it: the next number's caption ("sent
            #                 abroad by money" | "monthly outflow of transfers" under a band of
            #                 numbers: blind designer55, 2022q1 reportlab, page 1)
        if fr.top - edge > (reach if not lines else 0.8 * (fr.bottom - fr.top)):
            break
        if lines and abs(fr.size - items[lines[0]][0].size) > 0.6:
            break
        lines.append(j)
        edge = fr.bottom
        if len(lines) == CALLOUT_CAPTION_LINES:
            break
    if beside:      # a caption beside the number may wrap under its first line
        first = items[beside[0]][0]
        for j in cands:
            fr = items[j][0]
            if j not in lines and abs(fr.x0 - first.x0) < 2 and 0 <= fr.top - edge \
                    <= 0.8 * (fr.bottom - fr.top) and len(lines) < CALLOUT_CAPTION_LINES:
                lines.append(j)
                edge = fr.bottom
    words = sum(len(items[j][1].text.split()) for j in lines)
    return lines if lines and words <= CALLOUT_CAPTION_WORDS else []


# --- charts ---------------------------------------------------------------------------------

def _worded(b: Box, items, boxes: list[Box]) -> bool:
    """Words (not only a value) inside the box: a box or a shaded row, not a bar."""
    return any(_inside(t, b) and not VALUE_LABEL.match(items[k][1].text)
               for k, t in enumerate(boxes))


# Shapes this close (pt) edge to edge along a row are cells of one shaded run.
CELL_EDGE = 1.0


def _bars_and_swatches(shapes, items) -> tuple[list[dict], list[dict]]:
    boxes = [_box(fr) for fr, _ in items]
    filled = [s for s in shapes if s["kind"] in BAR_KINDS and s["fill"] is not None
              and not _whiteish(s["fill"])]
    worded = [_sbox(s) for s in filled if _worded(_sbox(s), items, boxes)]
    row_cells = _row_cells([_sbox(s) for s in filled], worded)
    bars, swatches, thin, whole = [], [], [], []
    for s in filled:
        b = _sbox(s)
        if b in worded or b in row_cells:
            continue        # row_cells: the value cell of a shaded table row (Word zebra rows)
        if min(b[2] - b[0], b[3] - b[1]) < MIN_BAR_THICKNESS:
            thin.append(s)
        else:
            whole.append(s)
    # a bar of shaded cells is joined before any of its cells can pass for a legend key: its
    # last cell, with the value set just past it, is no swatch (blind designer47, 2022q3 word)
    for s in _stacked_cells(whole) or _joined_cells(whole):
        b = _sbox(s)
        if _key_shaped(b) and any(
                0 <= t[0] - b[2] <= SWATCH_TEXT_GAP and t[1] - 2 <= (b[1] + b[3]) / 2 <= t[3] + 2
                for t in boxes):
            swatches.append(s)
        else:
            bars.append(s)
    short = [s for s in swatches + thin if _short_bar(s, bars)]
    return bars + short, [s for s in swatches if s not in short]


def _key_shaped(b: Box) -> bool:
    """Small and nearly square: a legend key's shape."""
    w, h = b[2] - b[0], b[3] - b[1]
    return w <= SWATCH_MAX and h <= SWATCH_MAX and abs(w - h) <= 2


def _joined_cells(bars: list[dict]) -> list[dict]:
    """Shapes of one colour set edge to edge along a row, just as tall, are one bar: a bar
    chart of shaded table cells, each bar a run of equal cells (blind designer36, 2023q4 word,
    Chart 1).

    >>> cell = lambda x0, x1, fill: {"kind": "rect", "x0": x0, "top": 10, "x1": x1, "bottom": 20, "fill": fill}
    >>> [(b["x0"], b["x1"]) for b in _joined_cells([cell(0, 11, "a"), cell(11, 22, "a"), cell(30, 41, "a")])]
    [(0, 22), (30, 41)]
    >>> [(b["x0"], b["x1"]) for b in _joined_cells([cell(0, 11, "a"), cell(0, 11, "a"), cell(11, 22, "a")])]
    [(0, 22)]
    """
    out: list[dict] = []
    for s in sorted(bars, key=lambda s: (s["top"], s["x0"])):
        row = [t for t in reversed(out) if t["fill"] == s["fill"]
               and abs(t["top"] - s["top"]) <= CELL_EDGE and abs(t["bottom"] - s["bottom"]) <= CELL_EDGE]
        if any(t["x0"] - CELL_EDGE <= s["x0"] and s["x1"] <= t["x1"] + CELL_EDGE for t in row):
            continue        # a cell painted twice (fill, then again): one bar, not two
        run = next((t for t in row if abs(s["x0"] - t["x1"]) <= CELL_EDGE), None)
        if run is None:
            out.append(dict(s))
        else:
            run["x1"] = max(run["x1"], s["x1"])
    return out


# Columns of stacked cells read as bars: at least this many, standing on one base; a cell
# under another at most this far below it.
STACKED_BARS = 3
STACK_EDGE = 2.0


def _stacked_cells(cells: list[dict]) -> list[dict] | None:
    """Shapes of one colour set edge to edge down a column, just as wide, are one bar where
    the columns stand on one base line, their tops at different heights and two at least made
    of several cells: a column chart of shaded table cells (blind designer76, 2025q4 word, Chart
    2). None where they do not (the cells then join along their rows, `_joined_cells`).

    >>> cell = lambda x0, top: {"kind": "rect", "x0": x0, "top": top, "x1": x0 + 4, "bottom": top + 5, "fill": "a"}
    >>> bars = _stacked_cells([cell(0, 15), cell(0, 20), cell(10, 10), cell(10, 15), cell(10, 20), cell(20, 20)])
    >>> [(b["x0"], b["top"], b["bottom"]) for b in bars]
    [(0, 15, 25), (10, 10, 25), (20, 20, 25)]
    >>> _stacked_cells([cell(0, 15), cell(0, 20), cell(10, 15), cell(10, 20), cell(20, 15), cell(20, 20)]) is None
    True
    """
    out: list[dict] = []
    joined = 0
    for s in sorted(cells, key=lambda s: (s["x0"], s["top"])):
        column = [t for t in out if t["fill"] == s["fill"] and abs(t["x0"] - s["x0"]) <= CELL_EDGE
                  and abs(t["x1"] - s["x1"]) <= CELL_EDGE]
        if any(t["top"] - CELL_EDGE <= s["top"] and s["bottom"] <= t["bottom"] + CELL_EDGE for t in column):
            continue            # a cell painted twice (fill, then again)
        run = next((t for t in column if abs(s["top"] - t["bottom"]) <= STACK_EDGE), None)
        if run is not None:
            run["bottom"] = s["bottom"]
            joined += 1
        else:
            out.append(dict(s))
    if len(out) < STACKED_BARS or joined < 2 or max(b["bottom"] for b in out) - min(b["bottom"] for b in out) > STACK_EDGE \
            or max(b["top"] for b in out) - min(b["top"] for b in out) <= STACK_EDGE:
        return None
    return out


# A short bar (a small value) starts where at least this many long bars start, just as thick.
SHORT_BAR_PEERS = 2


def _short_bar(s: dict, bars: list[dict]) -> bool:
    """A shape too small or too square for a bar on its own that starts at the bars' base, as
    thick as they are: the bar of a small value, not a legend key or a rule (blind designer2,
    2023q4 chromium, page 2: 6.19% is a square, 1.34% a sliver, under bars of the same base).

    >>> bar = lambda x0, top, x1, bottom: {"x0": x0, "top": top, "x1": x1, "bottom": bottom}
    >>> long = [bar(100, 10 * k, 160, 10 * k + 8) for k in range(3)]
    >>> _short_bar(bar(100, 40, 107, 48), long), _short_bar(bar(300, 40, 307, 48), long)
    (True, False)
    """
    def peers(base, thick, other_base, other_thick):
        return sum(1 for b in bars if abs(b[base] - s[base]) <= 1.0
                   and abs((b[other_thick[1]] - b[other_thick[0]]) - thick) <= 0.5
                   and (b[other_base] - b[base]) * (s[other_base] - s[base]) > 0)
    h, w = s["bottom"] - s["top"], s["x1"] - s["x0"]
    return (peers("x0", h, "x1", ("top", "bottom")) >= SHORT_BAR_PEERS
            or peers("bottom", w, "top", ("x0", "x1")) >= SHORT_BAR_PEERS)


def _sbox(s: dict) -> Box:
    return (s["x0"], s["top"], s["x1"], s["bottom"])


def _row_cells(boxes: list[Box], worded: list[Box]) -> set[Box]:
    """Painted boxes chained edge to edge, just as tall, with a worded box: the cells of one
    shaded table row ("Russian Federation | CIS | 868,805 | 34.90", the last two holding values
    only: blind round 20, 2022q3 onecol-chromium, Table 1)."""
    rows: dict[int, list[Box]] = {}
    for b in set(boxes) | set(worded):
        rows.setdefault(round(b[1] / 3), []).append(b)
    out = set(worded)
    todo = list(worded)
    while todo:
        t = todo.pop()
        key = round(t[1] / 3)
        for b in rows.get(key - 1, []) + rows.get(key, []) + rows.get(key + 1, []):
            if b not in out and _cell_of_row(b, t):
                out.add(b)
                todo.append(b)
    return out - set(worded)


def _cell_of_row(b: Box, other: Box, tol: float = 1.5) -> bool:
    """`b` stands beside `other` on the same row, edge to edge and just as tall: two cells of
    one shaded table row (Word and LibreOffice shade each cell of a row on its own: blind
    round 2, 2025q3 and 2022q4 word-libreoffice), never a bar beside the box of a label."""
    side = abs(b[0] - other[2]) <= tol or abs(other[0] - b[2]) <= tol
    return side and abs(b[1] - other[1]) <= tol and abs(b[3] - other[3]) <= tol


def _clusters(bars: list[dict]) -> list[list[dict]]:
    """Bars chained by nearness into charts."""
    groups: list[list[dict]] = []
    def gap(s, t) -> float:     # columns of a vertical chart stand up to 2.5 widths apart
        # columns of different heights on one baseline: a short column is as wide as a tall
        # one (and bars of different lengths from one left edge as thick as a long one)
        if abs(s["bottom"] - t["bottom"]) < 1.5 and abs(s["top"] - t["top"]) >= 1.5:
            thick = min(s["x1"] - s["x0"], t["x1"] - t["x0"])
        elif abs(s["x0"] - t["x0"]) < 1.5 and abs(s["x1"] - t["x1"]) >= 1.5:
            thick = min(s["bottom"] - s["top"], t["bottom"] - t["top"])
        else:
            thick = min(s["x1"] - s["x0"], s["bottom"] - s["top"], t["x1"] - t["x0"],
                        t["bottom"] - t["top"])
        return max(CHART_GAP, 2.5 * thick)

    for s in sorted(bars, key=lambda s: (s["top"], s["x0"])):
        b = _sbox(s)
        near = [g for g in groups if any(
            max(t["x0"], b[0]) - min(t["x1"], b[2]) <= gap(s, t)
            and max(t["top"], b[1]) - min(t["bottom"], b[3]) <= gap(s, t) for t in g)]
        merged = [s]
        for g in near:
            merged.extend(g)
            groups.remove(g)
        groups.append(merged)
    return [g for g in groups if len(g) >= MIN_BARS and not _all_alike(g) and _bar_shaped(g)]


def _bar_shaped(bars: list[dict]) -> bool:
    """The longest bar is longer than the bars are thick, whichever way they grow: coloured
    stripes down the left edge of stat cards (tall and 3 pt wide, all sharing a left edge:
    blind designer1, 2024q2 chromium, page 4) are rules, not a chart."""
    widths = [s["x1"] - s["x0"] for s in bars]
    heights = [s["bottom"] - s["top"] for s in bars]
    if _horizontal(bars):
        return max(widths) > statistics.median(heights)
    return max(heights) > statistics.median(widths)


def _all_alike(bars: list[dict]) -> bool:
    """Every bar the same size: shaded cells of a table column or stripes, which say nothing
    by their length (a chart's bars differ; a stacked bar's segments do too)."""
    w0, h0 = bars[0]["x1"] - bars[0]["x0"], bars[0]["bottom"] - bars[0]["top"]
    return all(abs(s["x1"] - s["x0"] - w0) <= SAME_SIZE and abs(s["bottom"] - s["top"] - h0)
               <= SAME_SIZE for s in bars)


def _horizontal(bars: list[dict]) -> bool:
    """Bars growing sideways: they share a left edge more often than a bottom edge (a stacked
    bar's segments do not, so thickness decides then)."""
    lefts = max(sum(abs(s["x0"] - t["x0"]) < 1.5 for t in bars) for s in bars)
    bottoms = max(sum(abs(s["bottom"] - t["bottom"]) < 1.5 for t in bars) for s in bars)
    if lefts != bottoms:
        return lefts > bottoms
    thick = statistics.median(s["bottom"] - s["top"] for s in bars)
    wide = statistics.median(s["x1"] - s["x0"] for s in bars)
    return thick <= wide


def _bands(bars: list[dict], horizontal: bool) -> list[list[dict]]:
    """One band per category: bars side by side (stacked) or next to each other (grouped),
    a band ending where a colour comes back (the next category's first series)."""
    key = (lambda s: (s["top"], s["x0"])) if horizontal else (lambda s: (s["x0"], s["top"]))
    bands: list[list[dict]] = []
    for s in sorted(bars, key=key):
        if bands:
            band = bands[-1]
            lo = min(t["top"] if horizontal else t["x0"] for t in band)
            hi = max(t["bottom"] if horizontal else t["x1"] for t in band)
            start = s["top"] if horizontal else s["x0"]
            thick = (s["bottom"] - s["top"]) if horizontal else (s["x1"] - s["x0"])
            if s["fill"] not in [t["fill"] for t in band] and start - hi <= 0.6 * thick \
                    and start >= lo - 0.5:
                band.append(s)
                continue
        bands.append([s])
    return bands


# A line between a cluster's bars in type this many times the labels' size is a chart's title.
TITLE_CUT_RATIO = 1.15


def _at_captions(cluster: list[dict], items) -> list[list[dict]]:
    """Two charts set close under each other, the second's numbered caption between their bars
    ("Figure 2. Arrivals from non-CIS countries ..." under the last bar of Figure 1: blind
    designer74, 2022q2 reportlab) are two charts, cut at each such caption, not one chart whose
    captions head groups of its bars. A cluster any part of which would hold too few bars is
    left whole."""
    area = union([_sbox(s) for s in cluster])
    level = [fr.size for fr, ln in items if fr.x0 < area[2] + LABEL_REACH and area[0] - LABEL_REACH < fr.x1
             and any(s["top"] - LABEL_TOLERANCE < fr.bottom and fr.top < s["bottom"] + LABEL_TOLERANCE for s in cluster)]
    labels = sorted(level)[len(level) // 2] if level else 0.0
    between = [(fr, ln) for fr, ln in items
               if area[1] < fr.top and fr.bottom < area[3] and fr.x0 < area[2] and area[0] < fr.x1
               and not any(s["top"] < fr.bottom and fr.top < s["bottom"] for s in cluster)]
    # ... or a title in larger type than the labels beside the bars ("New permanent residents
    # by origin" in 9 pt bold between two bar charts labelled in 7.5 pt: blind designer102,
    # 2025q3 chromium); a wrapped title cuts once, at its first line
    cuts = sorted(fr.top for fr, ln in between if NUMBERED_CAPTION.match(ln.text)
                  or labels and fr.size >= TITLE_CUT_RATIO * labels and not VALUE_LABEL.match(ln.text))
    cuts = [c for k, c in enumerate(cuts) if k == 0 or not any(cuts[k - 1] < s["top"] < c for s in cluster)]
    parts, rest = [], sorted(cluster, key=lambda s: s["top"])
    for cut in cuts:
        parts.append([s for s in rest if s["bottom"] <= cut])
        rest = [s for s in rest if s["bottom"] > cut]
    parts.append(rest)
    return parts if all(len(p) >= MIN_BARS for p in parts) else [cluster]


def chart_plans(items, shapes, body: float, taken: set[int]) -> list[Plan]:
    """Vector bar charts: each category's name and values as one row."""
    bars, swatches = _bars_and_swatches(shapes, items)
    plans = []
    used = set(taken)
    for cluster in (part for c in _clusters(bars) for part in _at_captions(c, items)):
        plan = _chart(cluster, swatches, items, body, used)
        if plan is not None:
            used.update(plan.members)
            plans.append(plan)
    return plans


# --- a bar of parts ---------------------------------------------------------------------------

# A bar of parts: at least this many segments, each in a colour of its own, set edge to edge
# (within CELL_EDGE + this many points) and just as thick.
PARTS_MIN = 3
PARTS_EDGE = 1.5


def parts_bar_plans(items, shapes, body: float, taken: set[int]) -> list[Plan]:
    """LAY:parts-bar: one bar cut into parts, each in its own colour, its share printed on
    the part and its name beside the part's colour key in a legend ("31.2%" on a dark blue part,
    "■ China" in the legend under it: blind designer95, 2024q4 chromium2, Figures 1 and 3): one
    row per labelled part, the legend's name and the value, in the bar's order. Bars whose
    colours another bar repeats are a stacked chart of categories (`chart_plans`), not this."""
    bars, swatches = _bars_and_swatches(shapes, items)
    runs = _part_runs(bars)
    repeated = Counter(frozenset(map(repr, (s["fill"] for s in r))) for r in runs)
    plans: list[Plan] = []
    used = set(taken)
    for run in runs:
        if repeated[frozenset(map(repr, (s["fill"] for s in run)))] > 1:
            continue
        plan = _parts_plan(run, swatches, items, body, used)
        if plan is not None:
            used.update(plan.members)
            plans.append(plan)
    return plans


def _part_runs(bars: list[dict]) -> list[list[dict]]:
    """Runs of at least PARTS_MIN bars edge to edge along a row (or down a column), just as
    thick, no colour twice."""
    runs: list[list[dict]] = []
    for horizontal in (True, False):
        a0, a1, c0, c1 = ("x0", "x1", "top", "bottom") if horizontal else ("top", "bottom", "x0", "x1")
        chains: list[list[dict]] = []
        for s in sorted(bars, key=lambda s: (s[c0], s[a0])):
            chain = next((c for c in chains if abs(c[-1][c0] - s[c0]) <= CELL_EDGE
                          and abs(c[-1][c1] - s[c1]) <= CELL_EDGE
                          and abs(s[a0] - c[-1][a1]) <= CELL_EDGE + PARTS_EDGE
                          and s["fill"] not in [t["fill"] for t in c]), None)
            if chain is None:
                chains.append([s])
            else:
                chain.append(s)
        runs += [c for c in chains if len(c) >= PARTS_MIN]
    return runs


def _parts_plan(run: list[dict], swatches, items, body: float, used: set[int]) -> Plan | None:
    horizontal = abs(run[0]["top"] - run[1]["top"]) <= CELL_EDGE
    free = [i for i in range(len(items)) if i not in used]
    keys = dict((c, i) for i, c in _legend(swatches, run, items, free, [run]))
    rows = []
    for s in run:
        on = [i for i in free if i not in keys.values() and VALUE_LABEL.match(_text_of(items, i))
              and _on_part(items[i][0], s, horizontal)]
        if len(on) > 1:
            return None
        if on and s["fill"] in keys:
            rows.append([keys[s["fill"]], on[0]])
        elif on:
            return None         # a share with no name in the legend: no bar of parts
    if len(rows) < MIN_BARS:
        return None
    members = [i for r in rows for i in r]
    area = union([_sbox(s) for s in run])
    zone = union([area] + [_box(items[i][0]) for i in members])
    rest = [i for i in free if i not in members]
    ticks = _ticks(items, [i for i in rest if VALUE_LABEL.match(_text_of(items, i))
                           and _inside(_box(items[i][0]), _tick_zone(zone, body, None))], area, horizontal)
    rest = [i for i in rest if i not in ticks]
    title = _title(items, rest, union([zone] + [_box(items[i][0]) for i in ticks]), body)
    box = union([zone] + [_box(items[i][0]) for i in ticks + title])
    return Plan("chart", box, members + ticks + title, rows=rows, title=title, dropped=ticks)


def _on_part(fr, s: dict, horizontal: bool) -> bool:
    """A value label whose middle stands within the part along the bar, on the bar or just
    beside it across."""
    reach = 1.5 * fr.size
    if horizontal:
        return s["x0"] <= (fr.x0 + fr.x1) / 2 <= s["x1"] and s["top"] - reach <= fr.top and fr.bottom <= s["bottom"] + reach
    return s["top"] <= (fr.top + fr.bottom) / 2 <= s["bottom"] and s["x0"] - 1 <= fr.x0 and fr.x1 <= s["x1"] + 1


def swatch_pieces(items, shapes) -> dict[int, list[tuple[int, int]]]:
    """LAY:swatch-pieces: a legend's line whose names stand so close that they make one
    fragment, a colour key before each ("■ Russian Federation ■ United States of America ■
    Republic of Korea": blind designer95, 2024q4 chromium2, Figure 3), cut at each key set
    inside it (a painted key's shape with letters before it and, within SWATCH_TEXT_GAP, after
    it), so each name stands beside its key."""
    keys = [s for s in shapes if s["kind"] in BAR_KINDS and s["fill"] is not None and not _whiteish(s["fill"])
            and _key_shaped(_sbox(s))]
    out: dict[int, list[tuple[int, int]]] = {}
    for i, (fr, ln) in enumerate(items):
        if SENTENCE_END.search(ln.text):
            continue
        cuts = []
        for s in keys:
            mid = (s["top"] + s["bottom"]) / 2
            if not (fr.top - 2 <= mid <= fr.bottom + 2 and fr.x0 < s["x0"] and s["x1"] < fr.x1):
                continue
            k = next((k for k, (c, ch) in enumerate(zip(ln.boxes, ln.text)) if c[0] >= s["x1"] - 0.5
                      and not ch.isspace()), None)
            before = [c for c, ch in zip(ln.boxes[:k], ln.text) if not ch.isspace()] if k else []
            if before and ln.boxes[k][0] - s["x1"] <= SWATCH_TEXT_GAP and before[-1][2] <= s["x0"] + 0.5:
                cuts.append(k)
        if cuts:
            spans = _spans(ln.text, sorted(set(cuts)))
            if len(spans) >= 2 and all(regex.search(r"\p{L}", ln.text[a:b]) for a, b in spans):
                out[i] = spans
    return out


def _named_bands(bands, horizontal: bool, items, used: set[int]) -> list[list[dict]]:
    """A band of bars in different colours where every bar has a category name of its own
    beside it (a drawn chart that colours each category's bar differently, without a key:
    samples/mtm-kaz-2025q1-designer-chromium, Figure 1) is one band per bar, not one category
    of grouped series."""
    names = [fr for i, (fr, ln) in enumerate(items)
             if i not in used and not VALUE_LABEL.match(ln.text)]
    out: list[list[dict]] = []
    for band in bands:
        area = union([_sbox(s) for s in band])

        def named(s) -> int:
            if horizontal:
                return sum(1 for fr in names if s["top"] <= (fr.top + fr.bottom) / 2 <= s["bottom"]
                           and area[0] - LABEL_REACH <= fr.x0 and fr.x1 <= area[0] + 1)
            return sum(1 for fr in names if s["x0"] <= (fr.x0 + fr.x1) / 2 <= s["x1"]
                       and area[3] - 1 <= fr.top <= area[3] + LABEL_REACH / 4)
        spans = sorted((s["top"], s["bottom"]) if horizontal else (s["x0"], s["x1"]) for s in band)
        apart = all(b[0] >= a[1] - 0.5 for a, b in zip(spans, spans[1:]))    # not stacked
        if len(band) >= 2 and apart and all(named(s) == 1 for s in band):
            out.extend([s] for s in band)
        else:
            out.append(band)
    return out


def _chart(cluster, swatches, items, body: float, used: set[int]) -> Plan | None:
    horizontal = _horizontal(cluster)
    bands = _named_bands(_bands(cluster, horizontal), horizontal, items, used)
    area = union([_sbox(s) for s in cluster])
    free = [i for i in range(len(items)) if i not in used]
    # a series' name beside its swatch is the legend's, never a category's second line
    # ("Sent from Kazakhstan" right under "November": blind designer20, 2022q4 chromium)
    tinted = _coloured_names(bands, cluster, items, free, body)
    keyed = {j for j, _ in _legend(swatches, cluster, items, free, bands, tinted)}
    free = [i for i in free if i not in keyed]
    rows, row_bands = [], []
    reaches = [None] * len(bands) if horizontal else _column_reaches(bands)
    for band, reach in zip(bands, reaches):
        row = _band_row(band, horizontal, area, items, free, reach)
        if row:
            rows.append(row)
            row_bands.append(band)
            free = [i for i in free if i not in row]
    if len(rows) < MIN_BARS:
        return None
    groups = _group_labels(row_bands, area, items, free) if horizontal else []
    free = [i for i in free if i not in groups]
    series = _legend(swatches, cluster, items, free + sorted(keyed), bands, tinted)
    free = [i for i in free if i not in [j for j, _ in series]]
    header = [j for j, _ in series] if len(series) >= 2 else []
    rows = [_series_order(r, band, series, horizontal, items) for r, band in zip(rows, bands)]
    members = [i for r in rows for i in r] + header + sorted(set(groups))
    zone = union([area] + [_box(items[i][0]) for i in members])
    ticks = _ticks(items, [i for i in free if VALUE_LABEL.match(_text_of(items, i))
                           and _inside(_tick_edge(_box(items[i][0]), area, horizontal),
                                       _tick_zone(zone, body, reaches))],
                   area, horizontal)
    title = _title(items, free, union([zone] + [_box(items[i][0]) for i in ticks]), body)
    members += ticks + title
    box = union([zone] + [_box(items[i][0]) for i in members])
    return Plan("chart", box, members, rows=rows, header=header, title=title, dropped=ticks,
                groups=groups)


# A group label of a horizontal chart stands at most this many of its line heights over the
# first bar of its group.
GROUP_LABEL_REACH = 2.5


def _group_labels(bands, area: Box, items, free: list[int]) -> list[int]:
    """Each band's group label, where the bars fall into groups each under a label of its own
    set between the bands, starting left of the bars ("CIS member states" over its bars, "Non-CIS
    countries" between them and the next: blind designer7, 2025q4 word, Figure 2); [] where the
    chart has no such labels over every band."""
    spans = [(min(s["top"] for s in b), max(s["bottom"] for s in b)) for b in bands]
    # a chart of table rows sets its first group's label a whole row over the first bar
    # (rows 24 points apart: blind designer50, 2022q4 word, Figure 1)
    pitch = statistics.median(b[0] - a[0] for a, b in zip(spans, spans[1:])) if len(spans) > 1 else 0.0
    labels = []
    for i in free:
        fr = items[i][0]
        h = max(fr.bottom - fr.top, 1.0)
        mid = (fr.top + fr.bottom) / 2
        if (VALUE_LABEL.match(items[i][1].text) or fr.x0 >= area[0]
                or not area[1] - max(GROUP_LABEL_REACH * h, pitch + LABEL_TOLERANCE) <= fr.top < area[3]
                or any(a - LABEL_TOLERANCE <= mid <= b + LABEL_TOLERANCE for a, b in spans)):
            continue
        labels.append(i)
    labels.sort(key=lambda i: items[i][0].top)
    if len(labels) < 2 or items[labels[0]][0].bottom > spans[0][0] + LABEL_TOLERANCE:
        return []
    out = []
    for a, _ in spans:
        out.append(max((i for i in labels if items[i][0].bottom <= a + LABEL_TOLERANCE),
                       key=lambda i: items[i][0].top))
    if len(set(out)) != len(labels):
        return []       # a label with no bars under it is no group's
    return out


def _ticks(items, cands: list[int], area: Box, horizontal: bool) -> list[int]:
    """Axis ticks: numbers beyond the bars across the categories (under or over horizontal
    bars, beside vertical ones), at least two of them in a line (sharing a top, or a right or
    left edge). A number alone near the chart is text of the column beside it ("5." starting
    a line of the next column, blind round 2, 2023q4 reportlab page 2), not a tick."""
    if horizontal:
        out = [i for i in cands if items[i][0].top >= area[3] - 1 or items[i][0].bottom
               <= area[1] + 1]
        keys = [lambda f: f.top]
    else:
        out = [i for i in cands if items[i][0].x0 >= area[2] - 1 or items[i][0].x1
               <= area[0] + 1]
        keys = [lambda f: f.x1, lambda f: f.x0]
    return [i for i in out if any(sum(abs(key(items[j][0]) - key(items[i][0])) <= TICK_ALIGN
                                      for j in out) >= 2 for key in keys)]


def _tick_edge(b: Box, area: Box, horizontal: bool) -> Box:
    """What of a number must stand in the tick zone: beside vertical columns, its edge toward
    them (a long tick "1000000" set left of the axis reaches further out than a short one:
    blind designer64, 2022q4 chromium, Figure 2); else all of it."""
    if horizontal:
        return b
    if b[2] <= area[0] + 1:
        return (b[2], b[1], b[2], b[3])
    if b[0] >= area[2] - 1:
        return (b[0], b[1], b[0], b[3])
    return b


def _tick_zone(zone: Box, body: float, reaches) -> Box:
    """Where a chart's axis ticks may stand: within three body sizes of its labels and bars,
    and beside vertical columns as far out as half a column's pitch (a value axis set left of
    a first column that stands off the axis: blind designer7, 2023q2 chromium, Figure 3)."""
    grown = _grow(zone, 3 * body)
    if not reaches or reaches[0] is None:
        return grown
    half = (reaches[0][1] - reaches[0][0]) / 4         # a reach spans two pitches
    return (min(grown[0], zone[0] - half), grown[1], max(grown[2], zone[2] + half), grown[3])


def _grow(b: Box, d: float) -> Box:
    return (b[0] - d, b[1] - d, b[2] + d, b[3] + d)


def _column_reaches(bands) -> list[tuple[float, float]]:
    """For each column of a vertical chart, how far its labels may reach: short of the middles
    of the columns on either side (one pitch out past the first and the last). A chart's title
    or source line centred over the columns, or a caption beside them, reaches across several
    and is no column's label (blind round 2, 2023q2 twocol-chromium, Figures 1, 3 and 4)."""
    mids = [(min(s["x0"] for s in b) + max(s["x1"] for s in b)) / 2 for b in bands]
    pitch = statistics.median(b - a for a, b in zip(mids, mids[1:])) if len(mids) > 1 else 0.0
    ext = [mids[0] - pitch] + mids + [mids[-1] + pitch]
    return [(ext[k], ext[k + 2]) for k in range(len(mids))]


def column_slots(items, shapes) -> list[tuple[Box, list[float], set]]:
    """The vertical bar charts of a page: each chart's bar area, the x positions where one
    column's slot ends and the next one's begins (halfway between their middles), and the
    colours of its bars."""
    bars, _ = _bars_and_swatches(shapes, items)
    out = []
    for cluster in _clusters(bars):
        if _horizontal(cluster):
            continue
        bands = _bands(cluster, False)
        if len(bands) < MIN_BARS:
            continue
        mids = [(min(s["x0"] for s in b) + max(s["x1"] for s in b)) / 2 for b in bands]
        pitch = statistics.median(b - a for a, b in zip(mids, mids[1:]))
        cuts = [mids[0] - pitch / 2] + [(a + b) / 2 for a, b in zip(mids, mids[1:])] \
            + [mids[-1] + pitch / 2]
        out.append((union([_sbox(s) for s in cluster]), cuts, {s["fill"] for s in cluster}))
    return out


# Category labels of a vertical chart stand on a line at most this many of their sizes under
# the columns' foot; set close together they come out as one fragment ("Uzbekistan Russian
# Kyrgyzstan Tajikistan": blind round 2, 2023q2 twocol-chromium, Figure 1) and are cut apart
# at the columns' slots.
CATEGORY_LINE_GAP = 2.5


def category_pieces(items, shapes) -> dict[int, list[tuple[int, int]]]:
    """Item index -> the character spans of its pieces, for lines under a vertical chart whose
    words fall into two or more of its columns' slots, or a line of value labels over its
    columns: each piece is the run of words of one slot. A line with a word across a slot's
    edge is left whole, and so is a line painted in the bars' colours (a legend that names each
    series in its colour: `colour_pieces`)."""
    out: dict[int, list[tuple[int, int]]] = {}
    for area, cuts, colours in column_slots(items, shapes):
        for i, (fr, ln) in enumerate(items):
            under = area[3] - 1 <= fr.top <= area[3] + CATEGORY_LINE_GAP * fr.size
            # (the printed characters' extent: an axis tick beside the labels is no part of the line)
            over = area[1] - CATEGORY_LINE_GAP * fr.size <= fr.top and fr.bottom <= area[1] + fr.size \
                and bool(ln.boxes) and cuts[0] - LABEL_TOLERANCE <= min(b[0] for b in ln.boxes) \
                and max(b[2] for b in ln.boxes) <= cuts[-1] + LABEL_TOLERANCE
            if not (under and fr.x0 >= cuts[0] - LABEL_TOLERANCE and fr.x1 <= cuts[-1] + LABEL_TOLERANCE or over) \
                    or _word_colours(ln) and all(c in colours for _, _, c in _word_colours(ln)):
                continue
            pieces = _slot_runs(ln, cuts)
            # over the columns, only their value labels ("1,402,118 1,318,907 1,387,537" set as
            # one line over three columns of like height: blind designer64, 2022q4 chromium)
            if pieces is not None and len(pieces) >= 2 and (under or all(
                    VALUE_LABEL.match(ln.text[a:b]) for a, b in pieces)):
                out[i] = pieces
    return out


def bar_pieces(items, shapes) -> dict[int, list[tuple[int, int]]]:
    """Item index -> the spans of its two pieces, for a line across the base of a horizontal
    bar chart whose words left of the base name the bar at its height and whose words right of
    it are a value: a short bar leaves its value so close to the name that the two come out as
    one fragment ("Germany 14,980" across a 2-point bar: blind designer36, 2024q3 chromium,
    Figure 1)."""
    bars, _ = _bars_and_swatches(shapes, items)
    out: dict[int, list[tuple[int, int]]] = {}
    for cluster in _clusters(bars):
        if not _horizontal(cluster):
            continue
        for i, (fr, ln) in enumerate(items):
            mid = (fr.top + fr.bottom) / 2
            bar = next((s for s in cluster if s["top"] <= mid <= s["bottom"] and fr.x0 < s["x0"] < fr.x1), None)
            if bar is None:
                continue
            k = next((k for k, c in enumerate(ln.boxes) if (c[0] + c[2]) / 2 >= bar["x0"]), len(ln.text))
            left, right = ln.text[:k], ln.text[k:]
            if left.strip() and VALUE_LABEL.match(right) and not VALUE_LABEL.match(left) \
                    and not _inside_word(ln, k, fr.size):
                a = k + len(right) - len(right.lstrip())
                out[i] = [(0, len(left.rstrip())), (a, len(ln.text.rstrip()))]
    return out


def _slot_runs(ln, cuts: list[float]) -> list[tuple[int, int]] | None:
    runs: list[tuple[int, int, int]] = []          # (slot, start, end)
    for m in regex.finditer(r"\S+", ln.text):
        b = union(list(ln.boxes[m.start():m.end()]))
        slot = next((k for k in range(len(cuts) - 1)
                     if cuts[k] - LABEL_TOLERANCE <= b[0] and b[2] <= cuts[k + 1] + LABEL_TOLERANCE),
                    None)
        if slot is None:
            return None
        if runs and runs[-1][0] == slot:
            runs[-1] = (slot, runs[-1][1], m.end())
        else:
            runs.append((slot, m.start(), m.end()))
    return [(a, b) for _, a, b in runs]


def _band_row(band, horizontal: bool, area: Box, items, free: list[int],
              reach: tuple[float, float] | None = None) -> list[int]:
    """The labels of one category: those whose middle lies within the band's span across the
    bars, near the chart, and (vertical columns) reaching no neighbouring column's middle; the
    category name first, values in reading order after it."""
    lo = min(s["top"] if horizontal else s["x0"] for s in band) - LABEL_TOLERANCE
    hi = max(s["bottom"] if horizontal else s["x1"] for s in band) + LABEL_TOLERANCE
    out = []
    for i in free:
        fr = items[i][0]
        mid = (fr.top + fr.bottom) / 2 if horizontal else (fr.x0 + fr.x1) / 2
        if not lo <= mid <= hi:
            continue
        if reach is not None and not (reach[0] < fr.x0 and fr.x1 < reach[1]):
            continue
        if reach is not None and fr.bottom <= min(s["top"] for s in band) + LABEL_TOLERANCE \
                and not VALUE_LABEL.match(items[i][1].text):
            continue        # words over a column are a title's, its name stands under it
        if horizontal and not (area[0] - LABEL_REACH <= fr.x0 and fr.x1 <= area[2] + LABEL_REACH):
            continue
        if not horizontal and not (area[1] - LABEL_REACH / 4 <= fr.top
                                   and fr.bottom <= area[3] + LABEL_REACH / 4):
            continue
        out.append(i)
    if horizontal:
        # words right of the bars are a table's or a column's beside the chart: the row ends there
        beyond = [items[i][0].x0 for i in out if items[i][0].x0 > area[2] and not VALUE_LABEL.match(_text_of(items, i))]
        out = [i for i in out if not beyond or items[i][0].x0 < min(beyond)]
        # a value left of the name nearest the bars is another chart's, set to the left
        # (two bar charts side by side: blind designer3, 2024q3 chromium, page 2)
        near = [items[i][0].x0 for i in out if items[i][0].x1 <= area[0] + 1
                and not VALUE_LABEL.match(_text_of(items, i))]
        out = [i for i in out if not near or items[i][0].x1 > max(near)
               or not VALUE_LABEL.match(_text_of(items, i))]
        out = [i for i in out if i not in _apart_left(out, area, items)]
    names = [i for i in out if not VALUE_LABEL.match(_text_of(items, i))]
    if horizontal and not names:
        names = _name_off_band(band, area, items, free)
        out = names + out
    if not horizontal:
        names = _name_stack(names, items)
        out = [i for i in out if i in names or VALUE_LABEL.match(_text_of(items, i))]
    values = [i for i in out if i not in names]
    if not names or not values:
        return []
    if horizontal:
        return sorted(names, key=lambda i: items[i][0].x0) + sorted(
            values, key=lambda i: items[i][0].x0)
    return sorted(names, key=lambda i: items[i][0].top) + sorted(
        values, key=lambda i: items[i][0].x0)


# A bar's name stands at most this many of its type sizes left of the next piece of it (or of
# the bars): words further left are a cell of a table set beside the chart.
NAME_PIECE_GAP = 3.0


def _apart_left(out: list[int], area: Box, items) -> set[int]:
    """Words left of a horizontal bar's name, a wide blank between ("Share, %", a header cell of
    the table beside the chart, level with the bar of "Uzbekistan": blind designer70, 2025q4
    chromium, page 4): no part of the name."""
    left = sorted((i for i in out if items[i][0].x1 <= area[0] + 1 and not VALUE_LABEL.match(_text_of(items, i))),
                  key=lambda i: -items[i][0].x1)
    edge, apart = area[0], set()
    for i in left:
        fr = items[i][0]
        if apart or edge - fr.x1 > NAME_PIECE_GAP * fr.size:
            apart.add(i)
        edge = fr.x0
    return apart


def _name_off_band(band, area: Box, items, free: list[int]) -> list[int]:
    """A horizontal bar's name set a little off its band, left of the bars (a Word chart that
    draws each category name under its bar's middle: blind designer8, 2022q4 word, Figure 1):
    the nearest name left of the bars whose middle lies within one bar thickness of the band's
    middle."""
    top, bottom = min(s["top"] for s in band), max(s["bottom"] for s in band)
    mid, thick = (top + bottom) / 2, bottom - top
    near = [(abs((items[i][0].top + items[i][0].bottom) / 2 - mid), i) for i in free
            if items[i][0].x1 <= area[0] + 1 and area[0] - LABEL_REACH <= items[i][0].x0
            and abs((items[i][0].top + items[i][0].bottom) / 2 - mid) <= thick
            and not VALUE_LABEL.match(_text_of(items, i))]
    return [min(near)[1]] if near else []


# The lines of a column's name ("Russian" over "Federation") stand at most this many line
# heights apart.
NAME_LINE_GAP = 1.0


def _name_stack(names: list[int], items) -> list[int]:
    """A vertical column's name: its top line and the lines set close under it. A line further
    down under the column (the chart's source note, starting at the chart's left edge under
    its first column: blind designer7, 2023q2 chromium, Figure 3) is no part of the name."""
    names = sorted(names, key=lambda i: items[i][0].top)
    for k in range(1, len(names)):
        upper, lower = items[names[k - 1]][0], items[names[k]][0]
        if lower.top - upper.bottom > NAME_LINE_GAP * max(upper.bottom - upper.top, 1.0) \
                or _sentence_line(_text_of(items, names[k])):
            return names[:k]
    return names


# A line of at least this many words ending in a full stop is a sentence, no part of a name.
SENTENCE_WORDS = 4


def _sentence_line(text: str) -> bool:
    """"Values by month sourced as note 8." set close under the month labels (blind designer62,
    2025q2 word, Figure 2): a sentence, not the next line of a name ("Russian" | "Federation",
    "Kyrgyz Rep.")."""
    return len(text.split()) >= SENTENCE_WORDS and bool(SENTENCE_END.search(text))


def _legend_area(cluster) -> Box:
    b = union([_sbox(s) for s in cluster])
    return (b[0] - LABEL_REACH, b[1] - 2 * CHART_GAP, b[2] + LABEL_REACH, b[3] + 2 * CHART_GAP)


def _legend(swatches, cluster, items, free: list[int], bands, tinted: dict | None = None
            ) -> list[tuple[int, tuple]]:
    """Series names with their colours, in the order the colours appear in a band; with no
    keys beside any name, the names set in their series' colours (`tinted`)."""
    colours = [s["fill"] for s in max(bands, key=len)]
    area = _legend_area(cluster)
    named: dict[tuple, int] = {}
    for sw in swatches:
        b = _sbox(sw)
        if sw["fill"] not in colours or not _inside(b, area, 0):
            continue
        right = [i for i in free if 0 <= items[i][0].x0 - b[2] <= SWATCH_TEXT_GAP
                 and items[i][0].top - 2 <= (b[1] + b[3]) / 2 <= items[i][0].bottom + 2]
        if right:
            named.setdefault(sw["fill"], min(right, key=lambda i: items[i][0].x0))
    if not named and tinted:
        named = {c: i for c, i in tinted.items() if i in free}
    return [(named[c], c) for c in colours if c in named]


# A legend's name is set in its series' colour when this share of its letters is.
NAME_COLOUR_SHARE = 0.8


def _paint(ln, a: int = 0, b: int | None = None) -> tuple | None:
    """The colour most of the printed characters of `ln.text[a:b]` are painted in, if
    NAME_COLOUR_SHARE of them are; None where the line's colours are unknown."""
    if not ln.fills:
        return None
    fills = Counter(f for ch, f in zip(ln.text[a:b], ln.fills[a:b]) if not ch.isspace())
    if not fills:
        return None
    colour, n = fills.most_common(1)[0]
    return colour if n >= NAME_COLOUR_SHARE * sum(fills.values()) else None


def _word_colours(ln) -> list[tuple[int, int, tuple | None]]:
    """(start, end, colour) of each word of a line whose colours are known, else []."""
    if not ln.fills:
        return []
    return [(m.start(), m.end(), _paint(ln, m.start(), m.end())) for m in regex.finditer(r"\S+", ln.text)]


def colour_pieces(items, shapes) -> dict[int, list[tuple[int, int]]]:
    """Item index -> its pieces, for a line near a bar chart whose words are painted in two or
    more of the bars' colours, every word in one of them: a legend with no keys that names each
    series in its colour, its names so close that they make one fragment ("Sent from Kazakhstan
    Received in Kazakhstan" in dark and light blue: blind round60, 2024q1 twocol-reportlab),
    cut where the colour changes."""
    bars, _ = _bars_and_swatches(shapes, items)
    out: dict[int, list[tuple[int, int]]] = {}
    for cluster in _clusters(bars):
        colours = {s["fill"] for s in cluster}
        area = _legend_area(cluster)
        for i, (fr, ln) in enumerate(items):
            words = _word_colours(ln)
            if i in out or not words or not _inside(_box(fr), area, 0) \
                    or not all(c in colours for _, _, c in words) or len({c for _, _, c in words}) < 2:
                continue
            runs: list[list] = []
            for a, b, c in words:
                if runs and runs[-1][2] == c:
                    runs[-1][1] = b
                else:
                    runs.append([a, b, c])
            out[i] = [(a, b) for a, b, _ in runs]
    return out


def _coloured_names(bands, cluster, items, free: list[int], body: float) -> dict[tuple, int]:
    """A legend with no keys, each series' name set in its bars' colour ("Sent from Kazakhstan"
    in dark blue, "Received in Kazakhstan" in light blue under a chart of paired columns: blind
    round60, 2024q1 twocol-reportlab, Figure 1): colour -> the name's item, where every colour
    of the bars names exactly one line of plain words (no heading) near the chart, else none."""
    colours = [s["fill"] for s in max(bands, key=len)]
    if len(set(colours)) < 2:
        return {}
    area = _legend_area(cluster)
    found: dict[tuple, list[int]] = {}
    for i in free:
        fr, ln = items[i]
        if VALUE_LABEL.match(ln.text) or not _inside(_box(fr), area, 0) or fr.bold or fr.size > body:
            continue
        colour = _paint(ln)
        if colour in colours:
            found.setdefault(colour, []).append(i)
    if set(found) != set(colours) or any(len(v) != 1 for v in found.values()):
        return {}
    return {c: v[0] for c, v in found.items()}


def _series_order(row: list[int], band, series, horizontal: bool, items) -> list[int]:
    """Values that each stand on (or at the end of) one bar follow the legend's order; values
    not tied to one bar keep their reading order."""
    if len(series) < 2:
        return row
    names = [i for i in row if not VALUE_LABEL.match(_text_of(items, i))]
    values = [i for i in row if i not in names]
    rank = {c: k for k, (_, c) in enumerate(series)}
    placed = {}
    for i in values:
        fr = items[i][0]
        on = [s for s in band if s["fill"] in rank and _labels_bar(fr, s, horizontal)]
        if len(on) != 1:
            return row
        placed[i] = rank[on[0]["fill"]]
    return names + sorted(values, key=lambda i: placed[i])


def _labels_bar(fr, s: dict, horizontal: bool) -> bool:
    """A value label inside its bar or just past its end."""
    reach = 1.5 * fr.size + 4
    if horizontal:
        mid = (fr.top + fr.bottom) / 2
        return s["top"] - 1 <= mid <= s["bottom"] + 1 and s["x0"] - 1 <= fr.x0 <= s["x1"] + reach
    mid = (fr.x0 + fr.x1) / 2
    return s["x0"] - 1 <= mid <= s["x1"] + 1 and s["top"] - reach <= fr.bottom <= s["bottom"] + 1


def _title(items, free: list[int], zone: Box, body: float) -> list[int]:
    """The line right above the chart, over it, not a number, with the lines of its paragraph
    above it: the chart's title, top line first. A title wrapped over two lines keeps its
    first ("Figure 1. Arrivals from CIS member states" over "by nationality, share of CIS
    arrivals", blind designer1, 2024q2 chromium), which names the chart's metric."""
    above = [i for i in free if items[i][0].bottom <= zone[1] + 1
             and zone[1] - items[i][0].bottom <= TITLE_GAP_RATIO * body
             and items[i][0].x0 < zone[2] and items[i][0].x1 > zone[0]
             and not VALUE_LABEL.match(_text_of(items, i))]
    # a paragraph ending right over the chart: its lines are no title ("... than in the" over
    # "same quarter of 2023.": blind designer47, 2024q1 chromium, page 2)
    if not above or _running_sentence(items[max(above, key=lambda i: items[i][0].bottom)], body):
        return []
    lines = [max(above, key=lambda i: items[i][0].bottom)]
    while len(lines) < TITLE_MAX_LINES:
        top = items[lines[0]][0]
        up = [i for i in free if i not in lines and _title_line_above(items[i][0], top)]
        if not up:
            break
        nearest = max(up, key=lambda i: items[i][0].bottom)
        if SENTENCE_END.search(items[nearest][1].text) and not TWIN_CAPTION.match(items[nearest][1].text):
            break       # the last line of the paragraph before ("... 477.35 KZT.12" over the title)
        lines.insert(0, nearest)
    return lines


SENTENCE_END = compiled(r"[.!?]\W*\d{0,2}\s*$")


# a figure stated in words: one with a thousands separator or decimals (never a year)
STATED_FIGURE = compiled(r"\d{1,3}(?:,\d{3})+|\d+\.\d+")


def _running_sentence(item, body: float) -> bool:
    """The last line of a paragraph of running text (body size, plain, ending a sentence:
    "... or KZT 60.5 billion (USD 130.5 million)."; or in any type, ending a sentence that
    states a figure: "... against 912,400 in January and 938,700 in February." in a sidebar's
    bold lead over its chart, blind designer63, 2023q1 word), no chart's title, unless it opens
    with a caption's label ("Figure 1. ...")."""
    fr, ln = item
    ends = bool(SENTENCE_END.search(ln.text)) and not TWIN_CAPTION.match(ln.text)
    return ends and (abs(fr.size - body) <= 0.3 and not fr.bold or bool(STATED_FIGURE.search(ln.text)))


def _title_line_above(fr, below) -> bool:
    """`fr` is the line of a title's paragraph right above its line `below`: same size and left
    edge, no wider gap than between lines of a paragraph."""
    line_h = max(below.bottom - below.top, 1.0)
    return (abs(fr.size - below.size) <= 0.3 and abs(fr.x0 - below.x0) <= TICK_ALIGN
            and 0 <= below.top - fr.bottom <= TITLE_LINE_GAP * line_h)


# --- all of them ----------------------------------------------------------------------------

def _caption_cells(items, plans: list[Plan], body: float, taken: set[int]) -> list[Plan]:
    """Boxes (or tiles: "outgoing transfers vs Q1 / 2024") that are the caption cell of a key
    figure: a painted cell of a few short lines right under a number in key-figure type,
    across it (Word cover cards set as a table, the number's cell over the caption's: blind
    designer4, 2024q2 word, page 1, "24.6K" over "foreign workers / registered"). The callout
    takes their lines."""
    nums = [fr for i, (fr, ln) in enumerate(items) if i not in taken
            and fr.size >= CALLOUT_SIZE_RATIO * body and CALLOUT_NUMBER.match(ln.text)]
    out = []
    for p in plans:
        if p.kind not in ("box", "header", "tile") or len(p.members) > CALLOUT_CAPTION_LINES:
            continue
        lines = [items[i] for i in p.members]
        if any(fr.size >= CALLOUT_SIZE_RATIO * body for fr, _ in lines) or sum(
                len(ln.text.split()) for _, ln in lines) > CALLOUT_CAPTION_WORDS:
            continue
        if any(p.box[0] - 2 <= n.x0 and n.x1 <= p.box[2] + 2
               and -1 <= p.box[1] - n.bottom <= CALLOUT_CAPTION_GAP * n.size for n in nums):
            out.append(p)
    return out


# A filled shape at least this share of the page's width wide is a band across the page (a
# running head's, its words dropped as the running head), never a chart's bar.
PAGE_BAND = 0.9


def find_plans(items, shapes, width: float, height: float, body: float, backdrops=None) -> list[Plan]:
    """The regions of one flow (a page, or a box within it): outermost boxes first, then the
    charts and callouts outside them. `backdrops`: the page's shapes, where `shapes` are a
    box's own."""
    twins = twin_table_plans(items, set(), shapes)   # two tables (or a chart and a table) side by side
    apart = lambda b: not any(_inside(b, t.box) or _overlap(b, t.box) > 0.2 for t in twins)   # noqa: E731
    boxes = [b for b in container_boxes(shapes, width, height, backdrops) if apart(b)]
    cells = [c for c in painted_cells(shapes) if apart(c)]
    plans = twins + box_plans(items, boxes, width, cells)
    taken = {i for p in plans for i in p.members}
    plans += header_plans(items, cells, taken)
    taken |= {i for p in plans for i in p.members}
    plans += parts_bar_plans(items, [s for s in shapes if not any(_inside(_sbox(s), p.box) for p in plans)
                                     and s["x1"] - s["x0"] < PAGE_BAND * width], body, taken)
    taken |= {i for p in plans for i in p.members}
    plans += chart_plans(items, [s for s in shapes if not any(_inside(_sbox(s), p.box) for p in plans)
                                 and s["x1"] - s["x0"] < PAGE_BAND * width], body, taken)
    taken |= {i for p in plans for i in p.members}
    cells = _caption_cells(items, plans, body, taken)
    plans = [p for p in plans if p not in cells]
    taken = {i for p in plans for i in p.members}
    plans += grid_tile_plans(items, taken)
    taken |= {i for p in plans for i in p.members}
    plans += callout_plans(items, body, taken)
    for p in plans:            # a box holding nothing but one callout is that callout
        if p.kind in ("box", "band", "sidebar") and len(p.members) <= 1 + CALLOUT_CAPTION_LINES:
            inner = callout_plans([items[i] for i in p.members], body, set())
            if len(inner) == 1 and len(inner[0].members) == len(p.members):
                p.kind = "callout"
                p.members = [p.members[j] for j in inner[0].members]
    return plans


# --- two tables side by side -----------------------------------------------------------------

# A table's or figure's caption: "Table 6.", "Figure 2:".
TWIN_CAPTION = compiled(r"^\s*(?:table|figure|chart)\s*\d+[.:]", regex.I)
# The twin tables end at a gap of this many line heights.
TWIN_GAP = 2.5
# Words of one line stand at most this far apart (points); two text columns, further.
TWIN_WORD_GAP = 10.0
# ... looking at the lines up to this many line heights above the captions.
TWIN_LOOK_BACK = 5.0


def twin_table_plans(items, taken: set[int], shapes=()) -> list[Plan]:
    """Two tables set side by side, each under its own caption on one line ("Table 6. Transfers
    sent ..." | "Table 7. Transfers received ..."): each side, from its caption down to where a
    line crosses the gutter or a wide gap comes, is read as its own flow (blind round 13,
    tables-fpdf), so that each table keeps its caption."""
    caps = [i for i, (fr, ln) in enumerate(items) if i not in taken and TWIN_CAPTION.match(ln.text)]
    for a in caps:
        for b in caps:
            fa, fb = items[a][0], items[b][0]
            if fa.x0 < fb.x0 and abs(fa.top - fb.top) <= 2 and fa.x1 < fb.x0 \
                    and _single_column_above(items, fa, fb.x0 - 1):
                return _twins(items, taken, fa, fb.x0 - 1, shapes)
    return []


def _single_column_above(items, cap, split: float) -> bool:
    """The text right above the two captions runs across the gutter: the page is read in one
    column there (two captions heading two text columns are no twin tables)."""
    above = [fr for fr, _ in items if fr.bottom <= cap.top + 1]
    if not above:
        return True
    line_h = max(cap.bottom - cap.top, 1.0)
    low = max(fr.bottom for fr in above)
    for top in sorted({round(fr.top) for fr in above if fr.bottom >= low - TWIN_LOOK_BACK * line_h}):
        line = [fr for fr in above if abs(fr.top - top) <= 1.5]
        if any(fr.x0 < split < fr.x1 for fr in line):
            return True
        left = max((fr.x1 for fr in line if fr.x1 <= split), default=None)
        right = min((fr.x0 for fr in line if fr.x0 >= split), default=None)
        if left is not None and right is not None and right - left <= TWIN_WORD_GAP:
            return True
    return False


def _twin_reach(cap, split: float, shapes) -> float:
    """The right side is no wider than the left, unless a painted cell that starts within it
    and touches a cell wholly within it reaches further (a table's header cell over a last
    column set past that width: blind designer19, 2023q4 chromium, page 4)."""
    reach = split + (split - cap.x0) + TWIN_WORD_GAP
    line_h = max(cap.bottom - cap.top, 1.0)
    cells = [_sbox(sh) for sh in shapes if sh["kind"] in ("rect", "roundrect")
             and split <= sh["x0"] < reach and sh["bottom"] - sh["top"] >= line_h
             and cap.top - 2 <= sh["top"] <= cap.bottom + TWIN_GAP * 4 * line_h]
    inner = [c for c in cells if c[2] <= reach]
    return max([reach] + [c[2] + TWIN_WORD_GAP for c in cells
                          if c[2] > reach and any(_touches(c, d) for d in inner)])


def _twins(items, taken: set[int], cap, split: float, shapes) -> list[Plan]:
    line_h = max(cap.bottom - cap.top, 1.0)
    order = sorted((i for i in range(len(items)) if i not in taken and items[i][0].top >= cap.top - 2),
                   key=lambda i: items[i][0].top)
    reach = _twin_reach(cap, split, shapes)
    members, bottom = [], cap.bottom
    for i in order:
        fr = items[i][0]
        if fr.x0 > reach:
            continue                  # a third column beside the two
        if fr.top - bottom > TWIN_GAP * line_h or fr.x0 < split < fr.x1:
            break
        members.append(i)
        bottom = max(bottom, fr.bottom)
    sides = ([i for i in members if items[i][0].x1 <= split],
             [i for i in members if items[i][0].x0 >= split and items[i][0].x1 <= reach])
    if not all(len(side) >= 3 for side in sides):
        return []
    out = []
    for n, side in enumerate(sides):
        box = union([_box(items[i][0]) for i in side])
        # the side's painted cells and bars too (a cell's edge may stand past its text)
        drawn = [_sbox(sh) for sh in shapes if box[1] - 2 <= sh["top"] and sh["bottom"] <= box[3] + 2
                 and (box[0] - 2 <= sh["x0"] and sh["x1"] <= split if n == 0
                      else split <= sh["x0"] and sh["x1"] <= box[2] + 2 * line_h)]
        out.append(Plan("box", union([box] + drawn), sorted(side, key=lambda i: (items[i][0].top, items[i][0].x0))))
    return out

