"""Footnotes at the foot of a page: which lines are notes, their labels and their texts.

Works on the `(fragment, Line)` pairs of `extractor.layout` (a fragment has `x0`, `top`, `x1`,
`bottom`, `size` and `chars`). The note area is the run of small-type lines at the foot of the
page; where it is set in two columns (Word and LibreOffice section columns, or notes at the foot
of each column), each column is read on its own, top to bottom, the left one first. A line opens
a note when it starts with a label: a raised marker, a label set apart on the left (hanging), or
a number at the line's start that carries on the numbering, never a number inside a note's text
that a line happens to start with ("No." / "618 of 4 August").
"""
from __future__ import annotations

from dataclasses import replace

import regex

from .cues import cues
from .periods import MONTH_RE
from .types import Footnote, Line, Marker, union
from .regexes import NUMBERED_CAPTION, SOURCE_START, compiled

# Footnote text is at most this fraction of the body size.
FOOTNOTE_SIZE_RATIO = 0.88
# Lines of the note area stand at most this many of their sizes apart.
NOTE_GAP_RATIO = 2.5
# Two note columns are apart by a blank strip at least this wide (points): LibreOffice's section
# columns leave 14 pt, fpdf's page columns 20 pt (blind round 2, 2025q3 word-libreoffice and
# 2024q4 twocol-fpdf).
NOTE_GUTTER = 8.0
# A number at a line's start opens a note only when it follows the note before it by at most
# this much ("3" after "2"; not "618" after "2", the end of "Decree No." on the line above).
NOTE_LABEL_STEP = 3
# A line starting (within this many points) where the notes' texts start right of their labels
# is a note's run-on line under a hanging indent, whatever it starts with ("341 of 27
# September", blind round 2, 2024q4 twocol-fpdf); labels set right-aligned ("1" under "10") still
# stand left of it (2025q2 endnotes-reportlab).
HANGING_INDENT = 2.0

# A line that ends in one of these dashes glued to its last word runs on into the next line
# without a space (a range broken after its dash: "January–" / "June 2024").
UNSPACED_DASHES = ("–", "—")

# A page number that cannot be a note label: it names the page count or stands between dashes
# ("1 / 2", "Page 3 of 5", "- 3 -"). LibreOffice's footer stands 5 % above the foot, in the
# wide band, right under the notes (issue 9: "/ 2" was read as the text of note 1).
PAGE_OF_PAGES = compiled(r"""
    ^\s*
    (?: (?:page\s*)? \d{1,4} \s*(?:/|of)\s* \d{1,4}     # "1 / 2", "Page 3 of 5"
      | page\s*\d{1,4}                                    # "Page 3"
      | [-–—]\s*\d{1,4}\s*[-–—]                            # "- 3 -"
    )
    \s*$
""", regex.I | regex.VERBOSE)
# A running footer under the notes: "MTM Kazakhstan – Q4 2022 | page 3"
RUNNING_FOOTER = compiled(r"[|·•–—]\s*page\s*\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", regex.I)
# A note's label standing alone: Word and LibreOffice set it apart from the note's text (a tab
# to a hanging indent, or a raised label on a line of its own).
LONE_LABEL = compiled(r"^\s*(?P<label>[1-9]\d{0,2}|[*†‡])[.)]?\s*$")
FOOTNOTE_START = compiled(r"""
    ^\s*
    (?P<label>[1-9]\d{0,2}|[*†‡])  # the note's number (or symbol); none is 0 (a chart's axis "0" over
                                   # "April": blind designer82, 2025q2 chromium2)
    [.)]?\s+                       # optionally "1." or "1)"
    (?=\S)
    (?![\d\s.,%–-]+$)               # not a chart's axis ticks ("10 20 30 40 50 60": blind designer44,
                                   #   2023q3 chromium, page 2)
    (?!""" + MONTH_RE + r"""\s+\d{4}\b)    # nor a date wrapped to a line's start ("..., 14 | August
                                   #   2025.": blind designer93, 2025q3 chromium)
""", regex.VERBOSE)


def split_footnotes(items: list, body: float, page: int, floor: float | None = None) -> tuple[list, list[Footnote]]:
    """Take the footnote area off the foot of the page: `items` without its lines, and its
    notes in reading order (column by column). With a note separator's `floor` (`separator`),
    nothing above it is a note."""
    rest: list = []
    notes: list[Footnote] = []
    placed: set[int] = set()
    below = [i for i, (fr, _) in enumerate(items) if floor is None or fr.top >= floor]
    foot = _foot_run(items, body, below)
    cut = _label_column(items, body)
    if cut is None:          # the notes' own lines only: a disclaimer under them stays whole
        foot = _noted_lines(items, foot)
        cut = _split_label_column(items, foot)
    items = _split_at(items, cut, set(foot))
    for lo, hi in _note_columns(items, body):
        inside = [i for i in range(len(items)) if i not in placed and _in_column(items, i, lo, hi)]
        placed.update(inside)
        col = _hang_labels([items[i] for i in inside], body)
        block = _foot_run(col, body, [k for k, (fr, _) in enumerate(col) if floor is None or fr.top >= floor])
        block = _in_note_type(col, block)
        while block and not note_label(col[block[-1]][1]):
            block.pop()     # the area starts (at its top) with a labelled note
        notes += _read_notes(col, sorted(block, key=lambda i: col[i][0].top), page,
                             notes[-1].label if notes else None)
        rest += [it for k, it in enumerate(col) if k not in set(block)]
    rest += [it for i, it in enumerate(items) if i not in placed]
    rest, inner = _section_notes(rest, body, page)
    return _carried_over(rest, inner + notes, body)


# A footnote separator: a short rule at the text's left, no wider than this share of the page,
# in its lower part, a labelled note's line right under it (within this many line heights).
SEPARATOR_WIDTH = 0.45
SEPARATOR_LOW = 0.55
SEPARATOR_REACH = 2.0


def separator(items: list, rules, width: float, height: float) -> float | None:
    """The top of the lowest footnote separator rule with a labelled note right under it (a
    chart set at the page's foot above it, its axis ticks "20" and "40" at the start of lines,
    is no note: blind designer71, 2023q3 reportlab, page 1); None where there is none."""
    left = min((fr.x0 for fr, _ in items), default=0.0)
    found = None
    for r in rules:
        if abs(r["bottom"] - r["top"]) > 1.0 or r["top"] < SEPARATOR_LOW * height \
                or r["x1"] - r["x0"] > SEPARATOR_WIDTH * width or abs(r["x0"] - left) > 6.0:
            continue
        under = [(fr, ln) for fr, ln in items if 0 <= fr.top - r["bottom"] <= SEPARATOR_REACH * max(fr.bottom - fr.top, 1.0)]
        if any(note_label(ln) for _, ln in under) and (found is None or r["top"] > found):
            found = r["top"]
    return found


def _carried_over(rest: list, notes: list[Footnote], body: float) -> tuple[list, list[Footnote]]:
    """A note broken across two columns of notes: the lines in small type with no label right
    over a note's first line, in its column, are the last lines of the note before it where
    that one stops mid-sentence ("13. ... Q2 2023 and Q3" | "2023." over "14. ...")."""
    by_label = {n.label: k for k, n in enumerate(notes)}
    keep = []
    for fr, ln in sorted(rest, key=lambda it: -it[0].top):
        under = next((k for k, n in enumerate(notes) if n.box[0] - 2 <= fr.x0 <= n.box[2]
                      and 0 <= n.box[1] - fr.bottom <= NOTE_GAP_RATIO * max(fr.size, 1.0)), None)
        prev = by_label.get(_previous_label(notes[under].label)) if under is not None else None
        if under is None or prev is None or fr.size > FOOTNOTE_SIZE_RATIO * body or note_label(ln) \
                or notes[prev].text.rstrip().endswith((".", ";")) or NEW_PARAGRAPH.match(ln.text):
            keep.append((fr, ln))
            continue
        n = notes[prev]
        notes[prev] = Footnote(n.label, join_text(n.text, ln.text), n.page, n.box)
        notes[under] = replace(notes[under], box=(notes[under].box[0], fr.top) + tuple(notes[under].box[2:]))
    kept = {id(fr) for fr, _ in keep}
    return [it for it in rest if id(it[0]) in kept], notes


def _previous_label(label: str) -> str | None:
    return str(int(label) - 1) if label.isdigit() and int(label) > 1 else None


def _section_notes(items: list, body: float, page: int) -> tuple[list, list[Footnote]]:
    """Notes printed at the end of a section, mid-page (LibreOffice's "collect at end of
    section", blind round 11 word-libreoffice): a run of small-type lines opening with a raised
    label (a label set apart on a line of its own is read only at the foot: mid-page it may be a
    table's cell) that the text above the run has raised, the labels carrying on their numbering. A
    run whose first label no body line above raises is not a note block (a chart's small type)."""
    order = sorted(range(len(items)), key=lambda i: (items[i][0].top, items[i][0].x0))
    small = [i for i in order if items[i][0].size <= FOOTNOTE_SIZE_RATIO * body]
    taken: set[int] = set()
    notes: list[Footnote] = []
    for i in small:
        fr, ln = items[i]
        if i in taken or not note_label(ln):
            continue
        run = _run_below(items, small, i, taken)
        found = _read_notes(items, run, page, None)
        if not found or any(not _follows(b.label, a.label) for a, b in zip(found, found[1:])):
            continue
        if _under_list_heading(items, i):
            continue        # a "Notes" / "Sources" list: endnotes, read with their heading
        # raised in the text above it, or (its text on the page before) a numbered run of notes
        sourced = all(cues()["source_note"].search(f.text) for f in found)   # not a contents list
        if not _marker_label(ln) and not sourced:
            continue        # printed numbers opening small lines that name no source: a contents list
        if not _raised_above(items, i, body) and not (
                len(found) >= 2 and all(f.label.isdigit() for f in found) and sourced):
            continue
        taken.update(run)
        notes += found
    return [it for k, it in enumerate(items) if k not in taken], notes


def _under_list_heading(items: list, i: int) -> bool:
    """Item `i` stands right under a "Notes" / "Sources" heading line."""
    fr = items[i][0]
    above = [(f, l) for f, l in items if f.bottom <= fr.top + 1]
    if not above:
        return False
    return bool(cues()["endnote_heading"].match(max(above, key=lambda it: it[0].bottom)[1].text))


def _raised_above(items: list, i: int, body: float) -> bool:
    """A body-type line above item `i` raises the label item `i` opens with; or item `i` tops
    the page, where a section's notes carried over from the page before stand (its text
    raised them there)."""
    fr, ln = items[i]
    label = note_label(ln)
    above = [(f, l) for f, l in items if f.size > FOOTNOTE_SIZE_RATIO * body and f.top < fr.top]
    # a table's caption in smaller type raises the note set under its table ("Table 3. Monthly
    # remittances ...¹⁰" | rows | "Note: ..." | "¹⁰ National Bank ...": blind round79, 2023q3
    # tables-reportlab)
    raising = [(f, l) for f, l in items if f.top < fr.top and not note_label(l)
               and (f.size > FOOTNOTE_SIZE_RATIO * body or NUMBERED_CAPTION.match(l.text))]
    return any(any(m.label == label for m in l.markers) for f, l in raising) \
        or (not above and label.isdigit() and _marker_label(ln))


def _run_below(items: list, small: list[int], i: int, taken: set[int]) -> list[int]:
    """Item `i` and the small-type lines right under it in its column, no larger line between,
    none in larger type than its own."""
    run = [i]
    for j in small:
        last = items[run[-1]][0]
        fr = items[j][0]
        if j in run or j in taken or fr.top <= last.top or fr.x1 < items[i][0].x0 \
                or fr.x0 > items[i][0].x1:
            continue
        if fr.top - last.bottom > NOTE_GAP_RATIO * max(fr.size, 1.0):
            break
        if any(f.size > items[i][0].size + 0.5 and last.bottom <= f.top < fr.top and f.x1 > fr.x0 and f.x0 < fr.x1
               for f, _ in items):
            break
        if fr.size > items[i][0].size + NOTE_SIZE_STEP:
            break       # a table's caption and rows in their own (still small) type under the note
        run.append(j)
    return run


# A note's lines are in its own type: a line this much larger is no part of it (blind round79,
# 2023q3 tables-reportlab: a note in 7.5 pt under a paragraph, then a table in 8.5 pt).
NOTE_SIZE_STEP = 0.6


def _in_note_type(items: list, block: list[int]) -> list[int]:
    """The lines of a run of small type in the notes' own type (that of its labelled lines): a
    table set between two notes in larger, still small, type is no note's text, nor is a
    table's own "Note: ..." line under it."""
    sizes = sorted(items[k][0].size for k in block if note_label(items[k][1]))
    if not sizes:
        return block
    top = sizes[len(sizes) // 2] + NOTE_SIZE_STEP
    return [k for k in block if items[k][0].size <= top
            and (note_label(items[k][1]) or not SOURCE_START.match(items[k][1].text.lstrip()))]


def _note_columns(items: list, body: float) -> list[tuple[float, float]]:
    """The x ranges of the note area's columns, left first: one range, or two where a blank
    strip splits the area and notes stand on both sides of it."""
    everything = [(float("-inf"), float("inf"))]
    run = _noted_lines(items, _foot_run(items, body, range(len(items))))
    frags = sorted((items[i][0] for i in run), key=lambda f: f.x0)
    if not frags:
        return everything
    best, reach = None, frags[0].x1
    for f in frags[1:]:
        if f.x0 - reach >= NOTE_GUTTER and (best is None or f.x0 - reach > best[1] - best[0]):
            best = (reach, f.x0)
        reach = max(reach, f.x1)
    cut = (best[0] + best[1]) / 2 if best is not None else (_label_column(items, body) or _split_label_column(items, run))
    if cut is None:
        return everything
    sides = ([i for i in run if items[i][0].x1 <= cut], [i for i in run if items[i][0].x0 >= cut])
    if not all(any(_labelled(items[i][1]) for i in side)
               and any(not LONE_LABEL.match(items[i][1].text) for i in side) for side in sides):
        return everything   # a gap inside one column of notes (a tab), not two columns
    return [(float("-inf"), cut), (cut, float("inf"))]


# Notes set in two columns this close (a 3 pt blank: blind designer39, 2022q4 chromium) are told
# apart by their labels: at least this many numbered labels open lines at one x right of the
# area's left part, carrying on the numbering of the labels at its left edge.
LABEL_COLUMN_LABELS = 2
LABEL_COLUMN_TOLERANCE = 1.5
LABEL_COLUMN_SHARE = 0.3


def _area_labels(items: list, run: list[int]) -> tuple[dict[int, int], list[int], float] | None:
    """Of a note area's lines (`run`): its numbered labels (line -> number), the numbers of those
    at the area's left edge, and the x past which a label may open a second column; None for an
    area too small to hold two columns of labels."""
    if len(run) < 2 * LABEL_COLUMN_LABELS:
        return None
    left = min(items[i][0].x0 for i in run)
    right = max(items[i][0].x1 for i in run)
    labels = {i: int(note_label(items[i][1])) for i in run if (note_label(items[i][1]) or "").isdigit()}
    first = [n for i, n in labels.items() if abs(items[i][0].x0 - left) <= LABEL_COLUMN_TOLERANCE]
    return labels, first, left + LABEL_COLUMN_SHARE * (right - left)


def _label_column(items: list, body: float) -> float | None:
    """The x just left of a second column of notes whose labels stand at one x right of the
    area's middle third, where no blank strip wide enough sets the two columns apart: every line
    of the area is blank there (a line of each column, or a line of the left one only)."""
    run = _foot_run(items, body, range(len(items)))
    area = _area_labels(items, run)
    if area is None:
        return None
    labels, first, middle = area
    starts = sorted(items[i][0].x0 for i in labels if items[i][0].x0 > middle)
    for x in starts if first else ():
        at = [n for i, n in labels.items() if abs(items[i][0].x0 - x) <= LABEL_COLUMN_TOLERANCE]
        if len(at) < LABEL_COLUMN_LABELS or min(at) <= max(first):
            continue            # too few, or not the numbering carried on: numbers inside the notes' text
        cut = x - 0.5
        if all(_blank_at(items[i][1], cut) for i in run):
            return cut
    return None


def _noted_lines(items: list, run: list[int]) -> list[int]:
    """The lines of a foot run from its first labelled line to its last: the notes' own lines, not
    a running foot or a disclaimer under them (blind designer44, 2023q3 chromium)."""
    numbered = sorted((int(lb), items[i][0].top) for i in run if (lb := note_label(items[i][1])) and lb.isdigit())
    while len(numbered) >= 3 and numbered[-1][0] > numbered[-2][0] + NOTE_LABEL_STEP:
        numbered.pop()      # "100 because of rounding." in a disclaimer under two columns of notes
                            # numbered to 16: no label (blind designer82, 2025q2 chromium2)
    labelled = [top for _, top in numbered] + [items[i][0].top for i in run
                                               if (lb := note_label(items[i][1])) and not lb.isdigit()]
    if len(labelled) < 2:
        return run
    return [i for i in run if min(labelled) - 1 <= items[i][0].top <= max(labelled) + 1]


# A left column's line may run this far (points) past the cut before the second column's labels.
LABEL_OVERRUN = 3.0


def _split_label_column(items: list, run: list[int]) -> float | None:
    """The x left of a second column of notes whose lines are fragments of their own already
    (cut at a blank strip too narrow for NOTE_GUTTER: an endnote list in two CSS columns with its
    numbers set right-aligned, "9." and "10." ending at one x: blind designer54, 2025q4
    chromium2): the leftmost label right of the area's middle third that carries on the numbering
    of the labels at its left edge, no line crossing it."""
    area = _area_labels(items, run)
    if area is None:
        return None
    labels, first, middle = area
    later = [i for i, n in labels.items() if items[i][0].x0 > middle and first and n > max(first)]
    if len(later) < LABEL_COLUMN_LABELS:
        return None
    cut = min(items[i][0].x0 for i in later) - 0.5
    return cut if all(items[i][0].x1 <= cut + LABEL_OVERRUN or items[i][0].x0 >= cut or _gap_at(items[i][1], cut)
                      or _cut_before(items, i, cut) for i in run) else None


# Two fragments of one row (tops within this many points) overlapping by at most this much: the
# layout cut them apart (a list label touching the line before it).
SAME_ROW = 1.0
CUT_OVERLAP = 1.0


def _cut_before(items: list, i: int, cut: float) -> bool:
    """Line `i` starts left of `cut` and runs past it, yet the layout cut its row after it: a
    line of the right column starts at the cut or beyond, where line `i` ends (a left column's
    long line beside a second column whose two-digit labels stand further left: 'Internal
    Affairs,' beside '11. Order ...', LAY:flush-gutter; blind designer96, 2026q1 chromium)."""
    fr = items[i][0]
    return fr.x0 < cut and any(
        k != i and abs(f.top - fr.top) <= SAME_ROW and f.x0 >= cut - 0.5 and f.x0 >= fr.x1 - CUT_OVERLAP
        for k, (f, _) in enumerate(items))


def _in_column(items: list, i: int, lo: float, hi: float) -> bool:
    """Line `i` stands in the note column [lo, hi]: wholly, or starting in it and cut from the
    next column's line in its row (`_cut_before`)."""
    fr = items[i][0]
    return fr.x0 >= lo and (fr.x1 <= hi or _cut_before(items, i, hi))


def _gap_at(ln: Line, cut: float) -> bool:
    """A word of the line starts right of `cut`, after a blank: the line is two columns' lines."""
    return any(b[0] >= cut and k > 0 and ln.text[k - 1].isspace() for k, b in enumerate(ln.boxes))


def _blank_at(ln: Line, x: float) -> bool:
    return not any(b[0] < x - 0.2 and b[2] > x + 0.2 for b, ch in zip(ln.boxes, ln.text) if ch.strip())


def _split_at(items: list, cut: float | None, among: set[int]) -> list:
    """Each line of the note area (`among`) across `cut` as two: its characters left of it, and
    those right of it."""
    if cut is None:
        return items
    out = []
    for i, (fr, ln) in enumerate(items):
        k = next((k for k, b in enumerate(ln.boxes) if b[0] >= cut and ln.text[k].strip()
                  and (k == 0 or ln.text[k - 1].isspace() or b[0] >= cut + LABEL_OVERRUN)), None)
        if i not in among or fr.x0 >= cut or fr.x1 <= cut or k is None or not ln.text[:k].strip():
            out.append((fr, ln))
            continue
        for start, end in ((0, k), (k, len(ln.text))):
            text = ln.text[start:end]
            lead, tail = len(text) - len(text.lstrip()), len(text.rstrip())
            boxes = ln.boxes[start + lead:start + tail]
            marks = tuple(replace(m, offset=m.offset - start - lead) for m in ln.markers if start <= m.offset < end)
            chars = [c for c in fr.chars if (c["x0"] >= cut) == (start == k)]
            out.append((replace(fr, chars=chars, x0=min(x[0] for x in boxes), x1=max(x[2] for x in boxes),
                                text=text.strip()),
                        Line(page=ln.page, text=text.strip(), boxes=boxes, size=ln.size, bold=ln.bold, markers=marks)))
    return out


def _labelled(ln: Line) -> bool:
    return bool(note_label(ln) or LONE_LABEL.match(ln.text))


def _read_notes(items: list, block: list[int], page: int, before: str | None) -> list[Footnote]:
    """The notes of one column's lines, top to bottom: a labelled line opens a note, the
    others run on in the note above."""
    marked = sum(1 for i in block if _marker_label(items[i][1]))
    labelled = sum(1 for i in block if note_label(items[i][1]))
    by_markers = marked >= 2 and 2 * marked > labelled     # the column's labels are markers
    indent = min((_text_x(*items[i]) for i in block if note_label(items[i][1])),
                 default=float("inf"))
    notes: list[Footnote] = []
    right = max((items[i][0].x1 for i in block), default=0.0)
    last_line, hangs = None, False
    for i in block:
        fr, ln = items[i]
        if PAGE_OF_PAGES.match(ln.text) or RUNNING_FOOTER.search(ln.text):
            continue            # a page number under the notes: neither a note nor its text
        if notes and last_line is not None and not note_label(ln) and NEW_PARAGRAPH.match(ln.text) \
                and (_ends_short(last_line, right) or hangs and fr.x0 < indent - HANGING_INDENT):
            # a note that ended, then a paragraph of its own: a disclaimer; or, where the notes'
            # wrapped lines hang at their text, a line back at the labels' edge that no label opens
            break
        hangs = hangs or bool(notes) and not note_label(ln) and fr.x0 >= indent - HANGING_INDENT
        last_line = (fr, ln)
        label = note_label(ln)
        if label and not _marker_label(ln):
            prev = notes[-1].label if notes else before
            # in a column labelled by markers, a printed label still counts where it hangs left of
            # the notes' text and carries on their numbering ("9" raised, then "10." printed)
            # (or, the page's first note, where the next note's marker carries on from it: "20"
            # printed in the notes' type over "²¹ ...": blind round61, 2022q1 twocol-fpdf)
            if fr.x0 >= indent - HANGING_INDENT or not _follows(label, prev) \
                    or (by_markers and not (prev and prev.isdigit() and label.isdigit())
                        and not (prev is None and _next_marker_follows(items, block, i, label))):
                label = None    # a number of the note's text that begins a line
        if label:
            notes.append(Footnote(label=label, text=_note_text(ln), page=page, box=fr.box))
        elif notes:
            last = notes[-1]
            notes[-1] = Footnote(last.label, join_text(last.text, ln.text), page,
                                 union([last.box, fr.box]))
    return notes


def _next_marker_follows(items: list, block: list[int], i: int, label: str) -> bool:
    """The next marker-labelled line of the column after line `i` carries the number after `label`."""
    nxt = next((items[k][1].markers[0].label for k in block[block.index(i) + 1:] if _marker_label(items[k][1])), None)
    return bool(nxt) and label.isdigit() and nxt.isdigit() and int(nxt) == int(label) + 1


# A line that opens a sentence of prose ("This report was produced ..."), not a note's wrapped line
NEW_PARAGRAPH = compiled(r"\p{Lu}\p{Ll}+\s+\p{Ll}+\s+\p{Ll}")


def _ends_short(item, right: float) -> bool:
    """A note's line that ends with a full stop well short of the column's right edge: the
    note's last line (a wrapped line runs on to the edge)."""
    fr, ln = item
    return ln.text.rstrip().endswith(".") and right - fr.x1 > 0.25 * max(right - fr.x0, 1.0)


def _marker_label(ln: Line) -> bool:
    return bool(ln.markers) and ln.markers[0].offset == 0


def _text_x(fr, ln: Line) -> float:
    """Where a labelled note's text starts, right of its label: the hanging indent."""
    if _marker_label(ln):
        return fr.x0 if ln.markers[0].box[2] <= fr.x0 + 0.5 else ln.markers[0].box[2]
    m = FOOTNOTE_START.match(ln.text)
    return ln.boxes[m.end()][0] if m and m.end() < len(ln.boxes) else fr.x0


def _follows(label: str, prev: str | None) -> bool:
    """A numbered label carries on the numbering of the note before it (symbols always do)."""
    if prev is None or not label.isdigit() or not prev.isdigit():
        return True
    return int(prev) < int(label) <= int(prev) + NOTE_LABEL_STEP


def note_label(ln: Line) -> str | None:
    """The label a footnote line opens with; never a page number ("1 / 2", "- 3 -")."""
    if PAGE_OF_PAGES.match(ln.text):
        return None
    if ln.markers and ln.markers[0].offset == 0:
        return ln.markers[0].label
    m = FOOTNOTE_START.match(ln.text)
    return m.group("label") if m else None


def _foot_run(items: list, body: float, among) -> list[int]:
    """Indices (of `among`) of the run of small-type lines at the foot of the page, bottom
    first, without a wide gap between them."""
    block: list[int] = []
    for i in sorted(among, key=lambda i: items[i][0].top, reverse=True):
        fr, ln = items[i]
        if fr.size > FOOTNOTE_SIZE_RATIO * body:
            break
        if block:
            above = items[block[-1]][0]
            if above.top - fr.bottom > NOTE_GAP_RATIO * max(fr.size, 1.0):
                break
        block.append(i)
    return block


# A cell holding a number only ("5.6", "2,986", "..")
CELL_NUMBER = compiled(r"^\s*(?:[\d.,\s%]+|\.\.|[-–—])\s*$")


def _hang_labels(items: list, body: float) -> list:
    """A note label standing alone in small type at the foot, left of its note's first line (on
    the same line across a tab, or raised onto a line of its own), joins that line as a marker
    at its start, so the note keeps its number (Word and LibreOffice hanging notes, issue 9)."""
    small = sorted(_foot_run(items, body, range(len(items))))
    out = list(items)
    gone: set[int] = set()
    for i in small:
        fr, ln = items[i]
        m = LONE_LABEL.match(ln.text)
        if not m or ln.markers:
            continue
        line_h = max(fr.bottom - fr.top, 1.0)
        right = [j for j in small if j != i and j not in gone and items[j][0].x0 > fr.x1
                 and items[j][0].x0 - fr.x1 < 8 * line_h and not LONE_LABEL.match(items[j][1].text)
                 and not CELL_NUMBER.match(items[j][1].text)     # "412 | 5.6": a table row's cells
                 and fr.top - 0.5 * line_h <= items[j][0].top <= fr.bottom + 0.6 * line_h]
        if not right:
            continue
        j = min(right, key=lambda j: (items[j][0].top, items[j][0].x0))
        tf, tl = out[j]
        label = Marker(m.group("label"), 0, fr.box)
        line = Line(page=tl.page, text=tl.text, boxes=tl.boxes, size=tl.size, bold=tl.bold,
                    markers=(label,) + tl.markers)
        frag = replace(tf, chars=fr.chars + tf.chars)
        out[j] = (frag, line)
        gone.add(i)
    return [it for k, it in enumerate(out) if k not in gone]


def _note_text(ln: Line) -> str:
    if ln.markers and ln.markers[0].offset == 0:
        return ln.text.strip()
    m = FOOTNOTE_START.match(ln.text)
    return ln.text[m.end():].strip() if m else ln.text.strip()


def join_text(a: str, b: str) -> str:
    """Two printed lines of one note. A line ending in a hyphen, or in a dash glued to the
    word before it ("January–" then "June 2024", sample 2024q2 libreoffice), goes on without
    a space.

    >>> join_text("April–June 2024 and January–", "June 2024.")
    'April–June 2024 and January–June 2024.'
    >>> join_text("the data – as", "published")
    'the data – as published'
    """
    if a.endswith(("-", "\u00ad")) or (a.endswith(UNSPACED_DASHES) and not a[:-1].endswith(" ")):
        return a + b
    return a + " " + b
