"""The whole pipeline for one report: PDF -> layout -> matching -> assembly -> validated Report."""
from __future__ import annotations

import hashlib
import math
import os
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import asdict, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import regex

from . import __version__
from .attach import in_group
from .accounting import Assembly, account_numbers, coverage, foreign_pages
from .assemble import Assembler, spot_rate
from .tables import caption_units, captions_first, captions_in_place, printed_scale, text_metric, wrapped_row_labels
from .clauses import sentences
from .regexes import CAPTION_WORDS, NAMED_NOTE, NUMBERED_CAPTION, SOURCED_AS, compiled
from .cues import cues, direction_cues, direction_of, note_kinds
from .footnotes import join_text
from .precision import agree, significant
from .errors import EmptyFileError, NoTextLayerError, NotAReportError
from .models import (Figure, FootnoteRecord, LegislativeItem, Mention, Metadata, NumberRecord,
                     Report, Section)
from .types import Block, Candidate, Footnote, Marker, Page, union

# A document is refused early when none of its first pages holds these (lower case, no spaces).
EARLY_CHECK_PAGES = 4
# Each cue in English or Russian (a Russian-only edition names neither English word).
EARLY_CUES = (("kazakhstan", "казахстан"), ("migra", "миграц", "мигрант"))
# A page with fewer printed characters than this, but with images, has no text layer.
MIN_TEXT_CHARS = 40
SCALES = [Decimal(10) ** k for k in (3, 6, 9, 12)]
# An amount printed without its scale gets the scale whose result is within this factor of
# the amount its pair implies at the report's exchange rate.
SCALE_TOLERANCE = 1.25
QUARTER_OF_MONTH = {1: 1, 4: 2, 7: 3, 10: 4}
NUMBERED_HEADING = compiled(r"^\s*(?P<num>\d+(?:\.\d+)*)\.?\s+(?P<title>\S.*)$")
# The stages `extract_report(..., timings=)` reports, in pipeline order (bench/bench.py prints them).
STAGES = ("pdf", "layout", "matching", "assembly", "checks")


# --- stage timing: a dict of seconds per stage, for the benchmark --------------------------------

@contextmanager
def timed(timings: dict | None, stage: str):
    """Add the seconds the block takes to `timings[stage]` (nothing when `timings` is None).

    >>> t = {}
    >>> with timed(t, "pdf"):
    ...     pass
    >>> list(t), t["pdf"] >= 0
    (['pdf'], True)
    """
    if timings is None:
        yield
        return
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


def _timed_calls(function, timings: dict | None, stage: str):
    """`function`, its time counted in `timings[stage]`."""
    if timings is None:
        return function

    def wrapper(*args, **kwargs):
        with timed(timings, stage):
            return function(*args, **kwargs)
    return wrapper


def _timed_pages(pages, timings: dict | None, stage: str):
    """The items of the iterator `pages`, the time spent producing them counted in `timings`."""
    pages = iter(pages)
    while True:
        with timed(timings, stage):
            page = next(pages, None)
        if page is None:
            return
        yield page


def warm_up() -> None:
    """Import the stages and load their pattern tables (the entity matcher, cue patterns) once:
    batch parents call this before forking workers, so that every worker starts ready instead
    of importing pdfplumber and the layout and check modules again for each file."""
    from . import checks, layout, pdf  # noqa: F401  (imported for the workers' sake)
    from .assemble import demonym_entities
    from .clauses import breaks
    from .entities import find_entities
    from .numbers import find_quantities
    from .periods import find_periods
    from .regexes import save_compiled

    cues()
    breaks()                    # tables that assembly builds on first use, else in every worker
    demonym_entities("Turkish (28.4 per cent)", [])
    find_entities("Kazakhstan")
    find_quantities("3.4 million")
    find_periods("the first quarter of 2023", date(2023, 1, 1), date(2023, 3, 31))
    find_periods("в первом квартале 2023 года", date(2023, 1, 1), date(2023, 3, 31))  # its rules
    save_compiled()             # the patterns compiled above, for the next start (regexes.py)


def sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def extract_report(path, *, password: str | None = None, ocr: bool = False,
                   timings: dict | None = None) -> Report:
    """Read one report PDF into a validated `Report`. Raises `ExtractorError` subclasses.

    With a `timings` dict, the seconds spent in each of `STAGES` are added to it.
    """
    from .layout import layout_pages
    from .pdf import read_metadata

    path = str(path)
    if os.path.exists(path) and os.path.getsize(path) == 0:
        raise EmptyFileError(path)
    with timed(timings, "pdf"):
        sha = sha256_of(path)
        meta = read_metadata(path, password)
    stats: dict = {}
    pdf_before = (timings or {}).get("pdf", 0.0)
    with timed(timings, "layout"):                              # streamed: one page at a time
        pages = layout_pages(_timed_pages(_pages(path, password, ocr), timings, "pdf"), stats)
    if timings is not None:                                     # layout minus the pages' reading
        timings["layout"] -= timings["pdf"] - pdf_before
    chars, npages = stats.get("chars", 0), stats.get("pages", 0)
    if chars < MIN_TEXT_CHARS * max(1, npages) // 4 and not ocr:
        raise NoTextLayerError(path, f"{npages} page(s), {chars} characters")
    used_ocr = any(p.ocr for p in pages)
    return build_report(path, sha, meta, pages, used_ocr, timings)


def _pages(path, password, ocr):
    """The PDF's pages, one at a time; a document whose first pages never name the subject
    and topic of a report is refused before the rest is read (a 300-page foreign file)."""
    seen: list[str] = []
    for i, raw in enumerate(_raw_pages(path, password, ocr)):
        if i < EARLY_CHECK_PAGES:
            seen.append("".join(c.get("text") or "" for c in raw.chars))
            if i == EARLY_CHECK_PAGES - 1:
                _early_check(path, seen)
        yield raw
    if len(seen) < EARLY_CHECK_PAGES and any(seen):
        _early_check(path, seen)


def _early_check(path: str, texts: list[str]) -> None:
    squashed = regex.sub(r"\s+", "", " ".join(texts)).lower()
    if len(squashed) < MIN_TEXT_CHARS * len(texts):
        return                # (almost) no text layer: the caller says so, and --ocr may help
    for cue in EARLY_CUES:
        if not any(word in squashed for word in cue):
            raise NotAReportError(path, f"no '{cue[0]}' on its first {len(texts)} page(s)")


def _raw_pages(path, password, ocr):
    from .pdf import read_pages

    if ocr:
        try:
            return read_pages(path, password, ocr=True)
        except TypeError:  # pdf layer without OCR support
            from .errors import OcrUnavailableError
            raise OcrUnavailableError(path, "this build cannot OCR")
    return read_pages(path, password)


# --- report facts ------------------------------------------------------------------------------

def _all_text(pages: list[Page], limit: int | None = None) -> str:
    parts = []
    for p in pages[:limit]:
        parts.extend(p.header)
        parts.extend(b.text for b in p.blocks)
    return "\n".join(parts)


# The title and edition lines stand among the first blocks of page 1.
TITLE_ZONE_BLOCKS = 3
# A period named after a comparison word is another period than the report's.
COMPARED_BEFORE = compiled(r"\b(?:than|compared\s+(?:with|to)|against|versus|on|from|since)\s+(?:in\s+|with\s+)?(?:the\s+)?$",
                                regex.I)


def report_period(pages: list[Page], meta: dict) -> tuple[date, date] | None:
    """The period the report covers: the quarter (or half, or year) its title or running
    header names, else the one its first pages name most often."""
    from .periods import find_periods

    far = date(1900, 1, 1)
    head = [meta.get("Title", "")] + [b.text for b in (pages[0].blocks[:TITLE_ZONE_BLOCKS] if pages else ())]
    sources = [h for p in pages[:3] for h in p.header]
    sources += [b.text for p in pages[:2] for b in p.blocks[:12]]
    counts: Counter = Counter()
    for weight, text in (*((3, t) for t in head), *((2, t) for t in sources)):
        for p in find_periods(text or "", far, date(1900, 3, 31)):
            if p.relative or p.stock or COMPARED_BEFORE.search(text[max(0, p.start - 30):p.start]):
                continue
            s, e = date.fromisoformat(p.period_start), date.fromisoformat(p.period_end)
            months = (e.year - s.year) * 12 + e.month - s.month + 1
            if months in (3, 6, 12) and s.day == 1:
                counts[(s, e)] += weight * (2 if months == 3 else 1)
    if not counts:
        return None
    # a tie goes to the later period: reports compare with earlier ones, not later
    return sorted(counts.items(), key=lambda kv: (-kv[1], -kv[0][0].toordinal()))[0][0]


def report_id(start: date, end: date) -> str:
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months == 3:
        return f"KAZ-{start.year}-Q{QUARTER_OF_MONTH.get(start.month, (start.month - 1) // 3 + 1)}"
    if months == 6:
        return f"KAZ-{start.year}-H{1 if start.month <= 6 else 2}"
    return f"KAZ-{start.year}-Y"


def check_is_report(path: str, pages: list[Page]) -> None:
    text = _all_text(pages, 4)
    rc = cues()["report_cues"]
    missing = [name for name, pat in rc.items() if not pat.search(text)]
    if missing:
        raise NotAReportError(path, "no " + " or ".join(missing) + " cues on its first pages")


def title_and_edition(pages: list[Page], meta: dict) -> tuple[str, str]:
    title = (meta.get("Title") or "").strip()
    edition = ""
    parts = regex.split(r"\s+[–—-]\s+(?=[A-Z])", title, maxsplit=1)
    if len(parts) == 2:
        title, edition = parts
    heads = [h for p in pages[:2] for h in p.header]
    if not edition:
        edition = next((h for h in heads if regex.search(r"\breport\b", h, regex.I)), "")
    if not title:
        cand = next((h for h in heads if regex.search(r"migration", h, regex.I)), "")
        if not cand and pages and pages[0].blocks:
            cand = pages[0].blocks[0].text
        title = cand[:1].upper() + cand[1:].lower() if cand.isupper() else cand
    return title.strip() or "Untitled report", edition.strip()


# --- footnotes ---------------------------------------------------------------------------------

def footnote_table(pages: list[Page]) -> dict[str, Footnote]:
    """Label -> footnote. A page's own footnotes first; endnotes where the report has them."""
    table: dict[str, Footnote] = {}
    for p in pages:
        for f in p.footnotes:
            table.setdefault(f.label, f)
    return table


# a note's text that ends a sentence, or a bracket or quotation closing it
NOTE_END = compiled(r"[.;:!?)\]”\"»]\s*$")
# the words a note carries over to the next page's top: a line's worth
NOTE_TAIL_MAX = 80


def carried_notes(pages: list[Page]) -> list[Page]:
    """A page's last note cut off at the page's foot ("..., labour migration statistics,
    April–June") goes on in the first line of the next page ("2023."), above that page's notes
    that continue the list: the line joins the note (blind round90, 2023q2 twocol-fpdf)."""
    out = list(pages)
    for i in range(1, len(out)):
        prev, page = out[i - 1], out[i]
        if not prev.footnotes or not page.footnotes or not page.blocks:
            continue
        last, first = prev.footnotes[-1], page.blocks[0]
        if NOTE_END.search(last.text) or first.kind not in ("legend", "body") or first.markers \
                or len(first.text) > NOTE_TAIL_MAX or not NOTE_END.search(first.text) \
                or not (last.label.isdigit() and page.footnotes[0].label == str(int(last.label) + 1)):
            continue
        notes = prev.footnotes[:-1] + (replace(last, text=join_text(last.text, first.text.strip())),)
        out[i - 1] = replace(prev, footnotes=notes)
        out[i] = replace(page, blocks=page.blocks[1:])
    return out


def in_place_notes(pages: list[Page]) -> list[Page]:
    """A note set in place under its table, not at the page's foot (its number on a line of its
    own, then "Table note: National Bank ..." in small type: blind round53, 2023q3 word-tables):
    a block in smaller type than the block whose marker it answers, opening with that marker's
    label where the report prints no note of that label, is that note, not body text."""
    labels = {f.label for p in pages for f in p.footnotes}
    out = []
    for p in pages:
        asked: dict[str, float] = {}          # marker label -> type size of the block asking for it
        keep, notes = [], list(p.footnotes)
        for b in p.blocks:
            lead = next((m for m in b.markers if m.offset == 0), None)
            if lead is not None and b.kind in ("body", "legend", "note") and lead.label not in labels \
                    and b.size < asked.get(lead.label, 0.0) and b.text.strip():
                notes.append(Footnote(lead.label, b.text.strip(), p.number, union(b.boxes)))
                labels.add(lead.label)
                continue
            for m in b.markers:
                if m.offset > 0:
                    asked.setdefault(m.label, b.size)
            keep.append(b)
        out.append(replace(p, blocks=tuple(keep), footnotes=tuple(notes)) if len(keep) < len(p.blocks) else p)
    return out


def body_size_notes(pages: list[Page]) -> list[Page]:
    """Page-foot notes set in the body's type, each a paragraph opening on its number ("1 Order
    of the Minister ...", "2 Resolution ...": a Word footnote style at full size, blind round94,
    2024q1 word): the page's last blocks, each opening on a number the page raises and no note
    has, in the order the page raises them and all of them, are the page's notes."""
    noted = {f.label for p in pages for f in p.footnotes}
    out = []
    for p in pages:
        raised = [m.label for b in p.blocks for m in b.markers if m.offset > 0 and m.label not in noted]
        k = len(p.blocks)
        while k > 0 and p.blocks[k - 1].kind in ("body", "legend", "note") and not p.blocks[k - 1].markers \
                and ENDNOTE_LABEL.match(p.blocks[k - 1].text):
            k -= 1
        foot = [(ENDNOTE_LABEL.match(b.text), b) for b in p.blocks[k:]]
        labels = [m.group(1) for m, _ in foot]
        if not foot or labels != list(dict.fromkeys(raised)):
            out.append(p)
            continue
        notes = [Footnote(m.group(1), m.group(2).strip(), p.number, union(b.boxes)) for m, b in foot]
        noted |= set(labels)
        out.append(replace(p, blocks=p.blocks[:k], footnotes=p.footnotes + tuple(notes)))
    return out


def split_label(label: str, known: frozenset[str]) -> list[str] | None:
    """The consecutive note numbers a raised label printed without a separator stands for
    ("78" for notes 7 and 8, "910" for 9 and 10), where no note has the label itself and every
    part names one; else None."""
    if label in known or not label.isdigit():
        return None
    for cut in range(1, len(label)):
        a, b = label[:cut], label[cut:]
        if b.startswith("0") or a not in known:
            continue
        if b in known and int(b) == int(a) + 1:
            return [a, b]
        rest = split_label(b, known)
        if rest and int(rest[0]) == int(a) + 1:
            return [a] + rest
    return None


def rejoined_label(b: Block, known: frozenset[str]) -> Block:
    """A note number broken at a line's end ("... 4.9% Chinese.¹" | "⁰ Applications ...":
    fpdf2 wraps between the digits of a raised "10"; blind round77, 2022q4 twocol-fpdf) is one
    marker: a raised label naming no note, at the start of a line, right after a marker whose
    label the two make a note's."""
    out: list = []
    for m in b.markers:
        prev = out[-1] if out else None
        if prev is not None and m.label not in known and prev.label + m.label in known \
                and not b.text[prev.offset:m.offset].strip():
            out[-1] = replace(prev, label=prev.label + m.label)
        else:
            out.append(m)
    return b if len(out) == len(b.markers) else replace(b, markers=tuple(out))


# A lone raised label wrapped under its line stands within this many of that line's heights
# under it, in type at most this share of the line's.
WRAPPED_MARKER_REACH = 1.5
WRAPPED_MARKER_SIZE = 0.8


def wrapped_markers(blocks, known: frozenset[str]) -> list[Block]:
    """A note's label wrapped alone onto the line under the text it closes ("Table 1. ...
    (share within group, %)" | "⁴": fpdf2 wraps a raised label with no word before it; blind
    round82, 2023q4 onecol-fpdf): a block holding only the number of a note no text raises
    (`known`), in smaller type, at the left edge right under a numbered caption that raises no
    marker, is that caption's marker; so is one under a paragraph that closes a sentence
    ("... ahead of China (21,4%) and Germany (11.2%)." | "⁴": blind round93, 2023q3
    twocol-fpdf), set after the paragraph's own markers."""
    out: list = []
    for b in blocks:
        prev = out[-1] if out else None
        label = b.text.strip()
        if prev is not None and label in known and b.boxes and prev.boxes \
                and (NUMBERED_CAPTION.match(prev.text) and not prev.markers
                     or prev.kind == "body" and SENTENCE_CLOSED.search(prev.text)) \
                and b.size <= WRAPPED_MARKER_SIZE * prev.size and abs(b.boxes[0][0] - prev.boxes[0][0]) <= 2.0 \
                and 0 <= b.boxes[0][1] - prev.boxes[-1][3] <= WRAPPED_MARKER_REACH * prev.size:
            out[-1] = replace(prev, markers=prev.markers + (Marker(label, len(prev.text), b.boxes[0]),))
            continue
        out.append(b)
    return out


# a paragraph's last sentence closed ("... (11.2%).", "... months.)")
SENTENCE_CLOSED = compiled(r"[.!?][)\]\"'’”]?\s*$")


def joined_markers(pages: list[Page], known: frozenset[str]) -> list[Page]:
    """Two note numbers raised side by side with nothing between ("2025.⁷⁸":
    separate <sup> elements, blind round56, 2025q1 twocol-chromium) read as one label naming no
    note are the markers of the consecutive notes they spell, at the same place; a note number
    broken at a line's end is one label (`rejoined_label`)."""
    out = []
    raised = frozenset(m.label for p in pages for b in p.blocks for m in b.markers)
    for p in pages:
        blocks = []
        for b in wrapped_markers(p.blocks, known - raised):
            b = rejoined_label(b, known)
            if any(split_label(m.label, known) for m in b.markers):
                b = replace(b, markers=tuple(replace(m, label=part) for m in b.markers
                                             for part in (split_label(m.label, known) or [m.label])))
            blocks.append(b)
        out.append(replace(p, blocks=tuple(blocks)))
    return out


def page_numbered_notes(pages: list[Page]) -> list[Page]:
    """Notes numbered afresh on each page (1, 2 on page 1; 1, 2, 3 on page 2: reportlab and
    Word editions do so) get labels qualified by their page, "p2:1", on the notes and on the
    markers of their page, so that a marker finds the note printed under it, not the first
    note of that number in the report (blind round34, 2023q2 reportlab). Reports that number
    their notes through are left as they are."""
    seen: dict[str, set[tuple[int, str]]] = {}     # label -> (page, text) of each note so labelled
    for p in pages:
        for f in p.footnotes:
            seen.setdefault(f.label, set()).add((f.page, f.text))
    if not any(len({pg for pg, _ in v}) > 1 and len({t for _, t in v}) > 1 for v in seen.values()):
        return pages
    out = []
    for p in pages:
        own = {f.label for f in p.footnotes}
        if not own:
            out.append(p)
            continue
        q = lambda label: f"p{p.number}:{label}" if label in own else label      # noqa: E731
        blocks = tuple(replace(b, markers=tuple(replace(m, label=q(m.label)) for m in b.markers))
                       if any(m.label in own for m in b.markers) else b for b in p.blocks)
        out.append(replace(p, blocks=blocks, footnotes=tuple(replace(f, label=q(f.label)) for f in p.footnotes)))
    return out


# How far under the note above, in its type size, a line may start and still go on with it.
NOTE_GAP = 1.5


def _continues_note(f: Footnote, b: Block, page: int) -> bool:
    """A block under an endnote goes on with it unless it stands apart from it on the same page:
    left of the note's number, or further below it than a line's spacing (a closing disclaimer
    under the list)."""
    box = union(b.boxes)
    if page != f.page or f.box is None or box is None:
        return True
    return box[0] >= f.box[0] - 1.0 and box[1] - f.box[3] <= NOTE_GAP * b.size


# an entry of an endnote list: its number, then its text ("3. Bureau of National Statistics ...")
ENDNOTE_LABEL = compiled(r"^\s*(\d{1,3})[.)]?\s+(\S.*)$", regex.S)


def endnotes(pages: list[Page]) -> tuple[list[Page], dict[str, Footnote]]:
    """A "Sources"/"Notes" list at the end instead of footnotes: its numbered entries."""
    pat = cues()["endnote_heading"]
    notes: dict[str, Footnote] = {}
    out_pages = []
    in_notes = False
    small = None                     # the type size of a "Notes" line in small type (no heading)
    label_re = ENDNOTE_LABEL
    for p in pages:
        keep: list[Block] = []
        for b in p.blocks:
            if pat.match(b.text) and (b.kind == "heading" or b.kind in ("legend", "body") and not b.markers):
                in_notes, small = True, (b.size if b.kind != "heading" else None)   # small type reads as a legend too
                continue
            if in_notes and (b.kind == "heading" or small is not None and b.size > small + 0.5):
                in_notes = False     # body text in larger type after a section's short list of notes
            if in_notes:
                m = label_re.match(b.text)
                if b.markers and b.markers[0].offset == 0:
                    # notes set close together join into one block: each marker opens a note
                    ends = [x.offset for x in b.markers[1:]] + [len(b.text)]
                    for mk, end in zip(b.markers, ends):
                        notes.setdefault(mk.label, Footnote(mk.label, b.text[mk.offset:end].strip(), p.number,
                                                            b.box_of(mk.offset, end)))
                    continue
                if m:
                    notes.setdefault(m.group(1), Footnote(m.group(1), m.group(2).strip(), p.number, b.box_of(0, len(b.text))))
                    continue
                if notes and _continues_note(notes[list(notes)[-1]], b, p.number):
                    last = list(notes)[-1]      # continuation line of the previous note
                    f = notes[last]
                    notes[last] = Footnote(f.label, join_text(f.text, b.text.strip()), f.page, f.box)
                    continue
                if notes:
                    in_notes = False    # "This publication was produced with ..." set apart under the list
            keep.append(b)
        out_pages.append(Page(p.number, p.width, p.height, tuple(keep), p.footnotes, p.header, p.ocr,
                              p.regions))
    return out_pages, notes


# --- merging -----------------------------------------------------------------------------------

def infer_scales(cands: list[Candidate]) -> None:
    """Give an amount printed without its scale ("25.8 KZT (56.7 million USD)") the scale that
    its paired amount and the report's exchange rate imply; flag it."""
    rates = [c.value for c in cands if c.metric == "exchange_rate"]
    pairs = []
    for a in cands:
        if a.unit == "KZT" and "scale_missing" not in a.flags:
            for b in cands:
                if (b.unit == "USD" and b.block is a.block and b.period == a.period
                        and b.country == a.country and 0 < b.start - a.end < 12 and b.value):
                    pairs.append(a.value / b.value)
    rate = rates[0] if rates else (sorted(pairs)[len(pairs) // 2] if pairs else None)
    for a in cands:
        if "scale_missing" not in a.flags:
            continue
        near = [b for b in cands if b.block is a.block and b.unit != a.unit
                and b.unit in ("KZT", "USD") and "scale_missing" not in b.flags
                and (0 < b.start - a.end < 12 or 0 < a.start - b.end < 12)]
        # its own conversion: the amount of its country, the one after it ("(58.0 million USD)
        # and 7.2 KZT (16.0 million USD)": 16.0, not 58.0)
        pair = min(near, key=lambda b: (b.country != a.country, b.start < a.start)) if near else None
        a.flags.remove("scale_missing")
        if pair is None or rate is None or not pair.value:
            a.flags.append("scale_from_list" if _scale_from_list(a, cands) else "scale_missing")
            continue
        implied = pair.value * rate if a.unit == "KZT" else pair.value / rate
        best = min(SCALES, key=lambda s: abs(math.log(float(a.value * s / implied))))
        if abs(math.log(float(a.value * best / implied))) <= math.log(SCALE_TOLERANCE):
            a.value = a.value * best
            a.flags.append("scale_inferred")
        else:
            a.flags.append("scale_missing")


# a list's amounts each this many times the next at most: one scale
LIST_SCALE_SPREAD = 5


def _scale_from_list(a: Candidate, cands: list[Candidate]) -> bool:
    """SCALE:list: an amount with no scale word between amounts of its sentence, metric, statistic
    and currency that all print one scale ("25.1 billion KZT arrived in April, 27.3 KZT in May and
    27.1 billion KZT in June": blind round63, 2023q2 twocol-fpdf) takes that scale where its value
    then stands among theirs; True where it did (the value is changed)."""
    sentence = next(((s, e) for s, e in sentences(a.block.text) if s <= a.start < e), None)
    if sentence is None:
        return False
    kin = [b for b in cands if b is not a and b.block is a.block and sentence[0] <= b.start < sentence[1]
           and (b.metric, b.statistic, b.unit) == (a.metric, a.statistic, a.unit) and "scale_missing" not in b.flags
           and b.value]
    scales = {printed_scale(b.text) for b in kin}
    if len(kin) < 2 or len(scales) != 1 or None in scales or not any(b.start < a.start for b in kin) \
            or not any(b.start > a.start for b in kin):
        return False
    value = a.value * scales.pop()
    if not all(1 / LIST_SCALE_SPREAD <= value / b.value <= LIST_SCALE_SPREAD for b in kin):
        return False
    a.value = value
    a.rules.append("SCALE:list")
    return True


def dated_restatements(cands: list[Candidate], start: date, end: date) -> None:
    """An undated count of people ("a round table ... with 27 participants" in the key findings)
    restating a count of the same breakdown dated within the report's period ("On 22 May 27
    participants took part") takes that date, so the two merge (flag period_from_restatement); a
    date its twin only took from its section ("2,146 permits granted" in a sidebar beside a
    section "as of 31 December") is no date stated."""
    dated = [t for t in cands if "period_default" not in t.flags and t.unit == "persons"
             and t.statistic == "total" and t.compared is None and "PER:section" not in t.rules
             and start.isoformat() <= t.period[0] <= t.period[1] <= end.isoformat()]
    for c in cands:
        if "period_default" not in c.flags or c.unit != "persons" or c.statistic != "total":
            continue
        twins = [t for t in dated if (t.metric, t.country, t.region, t.group) == (c.metric, c.country, c.region, c.group)
                 and t.period != c.period and t.value == c.value]
        if len({t.period for t in twins}) == 1:
            c.period = twins[0].period
            c.flags = [f for f in c.flags if f != "period_default"] + ["period_from_restatement"]
            c.rules.append("PER:restated")


def day_restatements(cands: list[Candidate]) -> None:
    """PER:restated-flow: a figure of one day ("Almaty city 17.4%" in a chart captioned "as of
    30 June") restating a flow figure dated to the quarter that day closes ("... 17.4% of
    registered workers at the end of June", PER:end-of-flow) takes the flow's period, so the two
    are one figure (flag period_from_restatement); where statements of the day disagree on it,
    nothing is taken."""
    flows = [t for t in cands if "PER:end-of-flow" in t.rules and t.compared is None]
    for c in cands:
        if c.period[0] != c.period[1] or c.compared is not None or "PER:end-of-flow" in c.rules:
            continue
        twins = {t.period for t in flows if t.period[1] == c.period[1]
                 and (t.metric, t.statistic, t.unit, t.country, t.region, t.group)
                 == (c.metric, c.statistic, c.unit, c.country, c.region, c.group)
                 and agree(t.value, t.text, c.value, c.text)}
        if len(twins) == 1:
            c.period = twins.pop()
            c.flags.append("period_from_restatement")
            c.rules.append("PER:restated-flow")


def compared_restatements(cands: list[Candidate]) -> None:
    """CMP:restated: a change stated with no compared period ("outgoing transfers contracted by
    6.5 per cent" in a summary) that another statement of the same change names one for ("6.5
    per cent less than in the third quarter") takes it (flag compared_from_restatement), so the
    two are one figure; where the statements name different periods, nothing is taken. So does
    a change whose compared period was only carried over from the change before it ("... fell
    sharply (by X% and Y% respectively)" after a paragraph of year-on-year changes) where a table
    restates it against a period of its own ("Türkiye | ... | -X" under "vs Q2 2023, %": blind
    round19, 2023q3 tables-chromium)."""
    for c in cands:
        carried = "compared_from_previous" in c.flags
        if c.statistic != "change" or c.compared is not None and not carried:
            continue
        key = (c.metric, c.unit, c.country, c.region, c.group, c.period)
        named = {t.compared for t in cands if t.statistic == "change" and t.compared is not None
                 and "compared_from_previous" not in t.flags
                 and (t.metric, t.unit, t.country, t.region, t.group, t.period) == key
                 and agree(t.value, t.text, c.value, c.text)}
        if len(named) == 1 and named != {c.compared}:
            c.compared = named.pop()
            c.flags = [f for f in c.flags if f != "compared_from_previous"] + ["compared_from_restatement"]
            c.rules.append("CMP:restated")


def match_legends(cands: list[Candidate]) -> None:
    """A legend entry or a key-figure callout restating a figure takes that figure's key; a
    table cell restating a text figure of a group ("41.6% of arrivals from CIS states" and the
    table's "41.62") takes its group (flag group_from_text)."""
    text = [c for c in cands if c.block.kind not in ("legend", "table", "callout")]
    stated = [c for c in cands if c.block.kind != "callout"]
    rows = [c for c in cands if c.block.kind == "table" and c.group is not None and c.country is not None]
    cells = [c for c in cands if c.block.kind in ROW_KINDS and c.country is not None and c.statistic == "share"]
    for c in text:
        _table_metric(c, cells)
    for c in cands:
        if c.block.kind == "table" and (c.group is None or c.statistic == "share"):
            # (a chart's share under the group label before it, where the text states the same
            # share of another group: the label of its own part was read after its rows; blind
            # designer89, 2025q4 word, Figure 1)
            _table_group(c, text)
        # also a chart's bar restating the row; a share too, unless said to be "of all" arrivals
        if c.group is None and c.country is not None and "GRP:of-all" not in c.rules:
            _table_group(c, rows, "group_from_table", "GRP:from-table")
        if c.block.kind == "callout":
            _callout_twin(c, stated)
        if c.block.kind != "legend":
            continue
        same = [t for t in text if t.metric == c.metric]
        pool = same if "metric_from_title" in c.flags else same + [t for t in text if t.metric != c.metric]
        for t in pool:
            if (t.unit, t.statistic, t.country, t.region) == (c.unit, c.statistic, c.country, c.region) \
                    and (c.group is None or t.group in (None, c.group)) \
                    and agree(t.value, t.text, c.value, c.text):
                c.metric, c.group, c.period, c.compared = t.metric, t.group, t.period, t.compared
                break


# ... also after a table's note or a chart's caption ("Note: shares are rounded. Source: footnote 3.",
# "Tile grid: ten regions with the most workers. Source: see note 7.")
SOURCE_LINE = compiled(r"^\s*(?:[^\n]{0,200}?(?<=[.;])\s+)?Sources?\s*:\s*(?P<text>.+)$", regex.I | regex.S)
WORD = compiled(r"[^\W\d_]{3,}")
# A "Source:" line names a footnote when at least this many of its words stand in the note.
SOURCE_LINE_MIN_WORDS = 3
# ... or names it by number: "(notes 5–7)", "(see note 4)", "footnote 3" (blind designer3, 2023q1 word,
# Table 2): the first note it names (regexes.NAMED_NOTE); or says so with no "Source:"
# (regexes.SOURCED_AS).


def source_lines(cands: list[Candidate], pages: list[Page], notes: dict[str, Footnote]) -> None:
    """A chart or table printed with a "Source: Border Service of the NSC." line under it, but
    no marker of its own, takes the footnote that line names (the note sharing most of its
    words), not the section's last marker (FN:source-line). A table whose caption or row carries
    a marker keeps that note unless the line carries a marker of its own."""
    following: dict[int, str] = {}
    others: dict[int, list[str]] = {}       # more notes the line names ("Source: notes 12 and 13")
    captioned_below = {id(c.block) for c in cands if "LAY:caption-below" in c.rules}
    noted: dict[int, str] = {}       # rows under a note line with a marker (FN:note-line)
    for page in pages:
        pending: list[Block] = []
        for prev, b in zip((None,) + page.blocks, page.blocks):
            m = SOURCE_LINE.match(b.text)
            said = SOURCED_AS.search(b.text) if m is None and b.kind == "legend" else None
            if m or said:
                named = NAMED_NOTE.search(m["text"]) if m else said
                more = [x for x in MORE_NOTES.findall(named.string, named.end()) if x in notes] if named else []
                for x in _sourced_by_line(pending):
                    following[id(x)] = b.markers[-1].label if b.markers else (
                        named["label"] if named and named["label"] in notes else m["text"] if m else b.text)
                    if more and not b.markers:
                        others[id(x)] = more
                pending = []
            elif b.kind == "heading" and _numbered_section(b.text):
                pending = []       # a numbered section's line sources nothing of the section before
            elif (b.kind != "legend" or NUMBERED_CAPTION.match(b.text)) and _table_note_line(b, prev, notes):
                # FN:note-line: a note line right under a table's last row, in the rows' type or
                # smaller, carrying a marker ("– : not among the leading partners ... due to
                # rounding.¹⁰"; a caption in legend type under the rows, "Table 1. Outgoing
                # transfers by destination¹⁰": blind designer101, 2022q3 word; not another legend
                # line, a conversion's): the table's source, as a "Source:" line's marker would be
                for x in _sourced_by_line(pending):
                    noted[id(x)] = b.markers[-1].label
                pending = []
            elif b.kind in ("table", "legend", "heading"):
                pending.append(b)
            elif NUMBERED_CAPTION.match(b.text):
                # a chart's caption in body type under its rows, read under it (LAY:caption-below):
                # a Source line under the caption sources those rows
                pending = [x for x in pending if id(x) in captioned_below]
            else:
                pending = []
    words_of = {k: {w.lower() for w in WORD.findall(n.text)} for k, n in notes.items()}
    for c in cands:
        label = noted.get(id(c.block))
        if label is not None and not c.block.markers and "FN:section" in c.rules:
            c.footnotes = [label]
            c.flags = [f for f in c.flags if f != "source_from_previous"] + ["source_from_line"]
            c.rules.append("FN:note-line")
        line = following.get(id(c.block))
        if line is None or c.block.markers or c.footnotes and not any(r in c.rules for r in ("FN:section", "FN:table", "FN:title")):
            continue     # (a row with no note at all takes the line's too)
        if line in notes:            # the Source line carries its own marker, or names notes
            best = _fitting_note(c.metric, [line] + others.get(id(c.block), []), notes)
        elif "FN:table" in c.rules:  # the caption's own marker names the table's source
            continue
        else:
            mine = {w.lower() for w in WORD.findall(line)}
            best = max(words_of, key=lambda k: (len(mine & words_of[k]), -_note_order(notes[k])[0]), default=None)
            have = max((len(mine & words_of[k]) for k in c.footnotes if k in words_of), default=0)
            if best is None or len(mine & words_of[best]) < max(SOURCE_LINE_MIN_WORDS, have + 1):
                continue             # the note it has names the line as well as any
        if best is not None:
            c.footnotes = [best]
            c.flags = [f for f in c.flags if f != "source_from_previous"] + ["source_from_line"]
            c.rules.append("FN:source-line")


def _numbered_section(text: str) -> bool:
    """A numbered section's heading: "6. Where the money came from", "2.1 Permits" (not "6.8%",
    nor a year over a chart's column: "2022 Q4")."""
    m = NUMBERED_HEADING.match(text)
    return m is not None and len(m["num"].split(".")[0]) <= 2 and m["title"][:1].isalpha()


# A table's note line: in smaller type than its rows, or led by "Note:", a dash or an asterisk
NOTE_LINE_LEAD = compiled(r"^\s*(?:notes?\s*:|[–—*-]\s)", regex.I)


# "as Table 1 shows", "(Figure 2)", "see Chart 3": the text citing a numbered table or chart
CITED = compiled(rf"\b(?P<kind>{CAPTION_WORDS})\s*(?P<n>\d{{1,2}})\b", regex.I)


def cited_sources(cands: list[Candidate], pages: list[Page], notes: dict[str, Footnote]) -> None:
    """FN:cited: the rows of a numbered table or chart with no marker on their caption or on any
    of its rows (a header cell's included), sourced only as their section's last note (or its
    last note of their metric), take the first marker after the text's
    citation of that table ("Traffic peaked in October ..., as Table 1 shows. ... than in the
    same quarter of 2024.³": blind round87, 2025q4 twocol-fpdf), where one paragraph cites it;
    a note that defines a term, gives a day's rate or a conversion sources nothing."""
    captioned: dict[int, tuple[str, str]] = {}      # row block -> (kind, number) of its caption
    cited: dict[tuple[str, str], set[str]] = {}
    marked: set[tuple[str, str]] = set()
    for page in pages:
        caption = None
        for b in page.blocks:
            m = NUMBERED_CAPTION.match(b.text)
            if m and b.kind != "table":
                caption = (m["kind"].lower()[:3], m["n"]) if not b.markers else None
                continue
            if b.kind in ("table", "legend") and caption is not None:
                captioned[id(b)] = caption
                if b.markers:       # a marker on a header cell or a row: the table names its source
                    marked.add(caption)
                continue
            caption = None
            for c in CITED.finditer(b.text) if b.kind in ("body", "bullet") else ():
                label = next((x.label for x in b.markers if x.offset >= c.end() and x.label in notes
                              and _sources_figures(notes[x.label].text)), None)
                if label is not None:
                    cited.setdefault((c["kind"].lower()[:3], c["n"]), set()).add(label)
    for c in cands:
        key = captioned.get(id(c.block))
        labels = cited.get(key, set()) if key and key not in marked else set()
        if len(labels) == 1 and c.rules[-1:] in (["FN:section"], ["FN:section-metric"]) and not c.block.markers \
                and c.footnotes != list(labels):
            c.footnotes = sorted(labels)
            c.rules.append("FN:cited")


def _sources_figures(text: str) -> bool:
    """A note that names a source, not one that defines a term, gives a day's rate or states
    the conversion rate alone."""
    return not any(cues()[k].search(text) for k in ("definition_note", "reference_rate_note", "conversion_note"))


def _table_note_line(b: Block, prev: Block | None, notes: dict[str, Footnote]) -> bool:
    """A note line right under a table's last row (`prev`), in smaller type than the rows or led
    as a note, whose last marker is a note that names a source (not a definition, a day's rate
    or a conversion)."""
    if not b.markers or prev is None or prev.kind != "table" or b.kind not in ("body", "legend") \
            or b.size > prev.size + 0.1 or b.markers[-1].label not in notes \
            or b.size > prev.size - 0.1 and not NOTE_LINE_LEAD.match(b.text):
        return False
    return _sources_figures(notes[b.markers[-1].label].text)


# the further notes a line names after its first: "notes 12 and 13", "notes 5, 6 and 7"
MORE_NOTES = compiled(r"\G\s*(?:,|and|&)\s*(\d{1,3})\b")


def _fitting_note(metric: str, labels: list[str], notes: dict[str, Footnote]) -> str:
    """Of the notes a "Source:" line names, the first whose text names the figure's direction of
    transfer or movement ("Source: notes 12 and 13" under a table of money sent and received,
    note 13 on "incoming money transfers": its received columns' note; blind designer68, 2026q1
    reportlab), else the first named."""
    for label in labels:
        text = notes[label].text
        direction = direction_of(text, [])
        if direction is not None and direction[0] == metric or metric in note_kinds(text):
            return label
    return labels[0]


def _sourced_by_line(pending: list[Block]) -> list[Block]:
    """The blocks a "Source:" line under them sources: those since the last title before it, and
    those under earlier titles of the same metric; not a chart of another metric set between
    ("Table 1. Remittances sent ..." | "Figure 4. Structure of remittances received ..." |
    "Remittances sent by month" | "Source: National Bank; see note 10.": the received chart is
    not note 10's; blind designer63, 2025q3 chromium2). A title is a heading naming a metric."""
    from .entities import find_entities
    runs: list[tuple[str | None, list[Block]]] = []
    for b in pending:
        titled = b.kind == "heading" or bool(NUMBERED_CAPTION.match(b.text))
        metric = text_metric(b.text, find_entities) if titled else None
        if metric is not None and (not runs or metric != runs[-1][0] or b.markers or runs[-1][1][0].markers):
            runs.append((metric, [b]))
        elif runs:
            runs[-1][1].append(b)
        else:
            runs.append((None, [b]))
    last = runs[-1][0] if runs else None
    # (a table under a caption of its own with its own marker, "Table 1. Outgoing transfers by
    # destination¹⁰", is that note's, not a later chart's line's: blind designer101, 2022q3 word)
    return [b for k, (metric, blocks) in enumerate(runs) if (metric in (None, last) or last is None)
            and (k == len(runs) - 1 or not blocks[0].markers or metric is None) for b in blocks]


def restated_sources(cands: list[Candidate]) -> None:
    """FN:restated-rows: rows of a chart or table with no note of their own, some of which
    restate figures of the text, take the note those text figures carry (all the same one) for
    the rows the text does not restate (a chart of shares at a page's foot, with no marker and no
    "Source:" line, beside a paragraph naming its three largest rows: blind designer30, 2024q4
    chromium, page 6)."""
    text: dict[tuple, list[str]] = {}
    for c in cands:
        if c.block.kind == "body" and c.footnotes:
            text.setdefault(c.key, c.footnotes)
    charts: dict[tuple, list[Candidate]] = {}
    for c in cands:
        if c.block.kind in ROW_KINDS and not c.footnotes:
            charts.setdefault((c.block.page, c.metric, c.statistic, c.unit, c.period, c.group), []).append(c)
    for rows in charts.values():
        twins = [text[c.key] for c in rows if c.key in text]
        if len(twins) < 2 or any(t != twins[0] for t in twins):
            continue
        for c in rows:
            if c.key not in text:
                c.footnotes = list(twins[0])
                c.flags.append("source_from_restated")
                c.rules.append("FN:restated-rows")


ROW_KINDS = ("table", "legend")
TRANSFERS = ("remittances_sent", "remittances_received")


# rows of one table stand no further apart than this many row heights
ROW_GAP = 2.0


def _next_row(a: Block, b: Block) -> bool:
    """Block `b` is `a`, or the row right under it (a table's next row, not a chart's under it)."""
    if a is b or not a.boxes or not b.boxes:
        return a is b
    bottom, height = max(x[3] for x in a.boxes), max(x[3] - x[1] for x in a.boxes)
    return 0 <= min(x[1] for x in b.boxes) - bottom <= ROW_GAP * max(height, 1.0)


def directed_sources(cands: list[Candidate], notes: dict[str, Footnote]) -> None:
    """FN:note-direction: rows of transfers in one direction, sourced only as the section's last
    note (FN:section) where that note's text names the other direction only ("incoming cross-border
    transfers" over a table of money sent, set after both subsections: blind designer82, 2022q2
    word, Table 2), take the note of the last text figure of their metric before them whose
    note names no other direction, not a change's (its note sources the comparison: blind
    designer86, 2022q4 chromium). Not a row of both directions."""
    def other(metric: str, label: str) -> bool:
        named = {c.value for c in direction_cues(notes[label].text)} if label in notes else set()
        return metric in TRANSFERS and len(named) == 1 and named <= set(TRANSFERS) and metric not in named

    directions: dict[int, set[str]] = {}     # a table of both directions is no such table
    run: list[Candidate] = []
    for c in cands + [None]:
        if c is not None and c.block.kind in ROW_KINDS and "FN:section" in c.rules \
                and (not run or (run[-1].block.page, run[-1].footnotes) == (c.block.page, c.footnotes)
                     and _next_row(run[-1].block, c.block)):
            run.append(c)
            continue
        metrics = {x.metric for x in run}
        directions.update((id(x), metrics) for x in run)
        run = [c] if c is not None and c.block.kind in ROW_KINDS and "FN:section" in c.rules else []
    last: dict[str, str] = {}
    for c in cands:
        if c.block.kind == "body" and len(c.footnotes) == 1 and c.footnotes[0] in notes \
                and not other(c.metric, c.footnotes[0]) and c.statistic != "change":
            last[c.metric] = c.footnotes[0]
        elif c.block.kind in ROW_KINDS and "FN:section" in c.rules and len(c.footnotes) == 1 \
                and other(c.metric, c.footnotes[0]) and c.metric in last \
                and len(directions[id(c)] & set(TRANSFERS)) == 1:
            c.footnotes = [last[c.metric]]
            c.rules.append("FN:note-direction")


def total_row_sources(cands: list[Candidate]) -> None:
    """FN:total-row: a table whose only marker stands on its "Total" row ("Total⁶ | 3,412,586")
    sources its rows: the rows above it on the page, of its metric, with no note of their own,
    take that note (flag source_from_total_row). Blind designer29, 2025q3 Word, Table 1."""
    total = cues()["table_total"]
    totals = [c for c in cands if c.block.kind == "table" and c.block.markers and "FN:table" in c.rules
              and total.match(c.block.text)]
    for t in totals:
        top = t.block.boxes[0][1]
        above = [o.block.boxes[0][1] for o in totals if o.block.page == t.block.page and o.block.boxes[0][1] < top]
        floor = max(above, default=float("-inf"))
        for c in cands:
            if c.block.kind == "table" and not c.footnotes and c.block.page == t.block.page \
                    and c.metric == t.metric and floor < c.block.boxes[0][1] < top:
                c.footnotes = list(t.footnotes)
                c.flags.append("source_from_total_row")
                c.rules.append("FN:total-row")


def whole_counts(cands: list[Candidate]) -> list[Candidate]:
    """Without the table cells counting persons in fractions once every scale is applied
    ("391,35" under "Arrivals": a chart's label cut short): no count, whatever was meant. A
    "1,046.5" under "Thousand persons" is a count once scaled, and kept."""
    return [c for c in cands if not ("F:table-cell" in c.rules and c.unit == "persons" and c.statistic == "total"
                                     and c.value != c.value.to_integral_value())]


def shares_within_groups(cands: list[Candidate]) -> None:
    """GRP:share-sum: a table's country rows under a group's own row ("CIS member states |
    3,268,140 | 95.76" over "Uzbekistan | 1,402,300 | 42.91", ...) whose shares add up to more
    than the group's own share cannot be shares of all: they are shares within the group
    (flagged group_from_sum; blind round41, 2025q3 twocol-reportlab, Table 1)."""
    runs: list[tuple[Candidate, list[Candidate]]] = []
    open_ = False
    for c in cands:
        if "F:table-cell" not in c.rules:
            open_ = False           # running text between: another table
            continue
        if c.statistic != "share":
            continue
        if c.group and not c.country and not c.region:
            open_ = True
            runs.append((c, []))
        elif open_ and c.country and not c.group and c.block.page == runs[-1][0].block.page \
                and c.metric == runs[-1][0].metric:
            if not in_group(c.country, runs[-1][0].group):
                runs[-1] = (runs[-1][0], [])    # a country of another group: shares of all, no group's
                open_ = False
                continue
            runs[-1][1].append(c)
        elif not c.country and not c.region:
            open_ = False           # a Total row ends the group
    for head, members in runs:
        if len(members) >= 2 and sum(m.value for m in members) > head.value + 1:
            for m in members:
                m.group = head.group
                m.flags.append("group_from_sum")
                m.rules.append("GRP:share-sum")


# How near a share must come to a count's part of a total to be read as that part (percentage
# points, or this fraction of the share).
SHARE_TOLERANCE = (Decimal("0.06"), Decimal("0.006"))


def shares_by_arithmetic(cands: list[Candidate]) -> None:
    """GRP:arithmetic: a country's share whose own amount or count the report states, beside the
    national total and its group's total, is of the base that the numbers give: 22.6 of 143.9
    is 15.7 per cent of all, 43.3 of the non-CIS 52.2, so "15.7%" is of all whatever group the
    sentence or table around it named, and the other way round (flag group_from_arithmetic;
    blind designer45, 2022q1 chromium: "Among non-CIS destinations, Türkiye took 15.7%")."""
    totals: dict[tuple, Decimal] = {}
    for c in cands:
        if c.statistic == "total" and c.region is None and c.unit in ("KZT", "persons"):
            totals.setdefault((c.metric, c.unit, c.period, c.country, c.group), c.value)
    for c in cands:
        if c.statistic != "share" or c.country is None or c.region is not None:
            continue
        for unit in ("KZT", "persons"):
            own = totals.get((c.metric, unit, c.period, c.country, None)) or totals.get((c.metric, unit, c.period, c.country, c.group))
            whole = totals.get((c.metric, unit, c.period, None, None))
            groups = [(g, v) for (m, u, p, k, g), v in totals.items()
                      if (m, u, p, k) == (c.metric, unit, c.period, None) and g and in_group(c.country, g)]
            if not own or not whole or len(groups) != 1:
                continue
            group, part = groups[0]
            of_all, of_group = _share_fits(c.value, own, whole), _share_fits(c.value, own, part)
            base = None if of_all and not of_group else group if of_group and not of_all else c.group
            if base != c.group:
                c.group = base
                c.flags.append("group_from_arithmetic")
                c.rules.append("GRP:arithmetic")
            break


def _share_fits(share: Decimal, part: Decimal, whole: Decimal) -> bool:
    """The share is `part` of `whole`, to the printed figures' rounding."""
    if whole <= 0:
        return False
    tol = max(SHARE_TOLERANCE[0], SHARE_TOLERANCE[1] * share)
    return abs(100 * part / whole - share) <= tol


def fallback_sources(cands: list[Candidate]) -> None:
    """FN:sibling-section: a figure of a numbered subsection with no marker of its own, that no
    restatement or table sourced, takes the last note of the subsection before it under the same
    parent ("2.3 Permanent residence permits" after "2.2 Temporary residence permits").
    FN:metric-before: else a figure in text with no marker before it in its section (an "In
    focus" box under its own heading) takes the note of the last text figure of its metric.
    FN:section-next: a section's opening figures with no note before them take the first note
    of the section's next paragraph (assemble.section_opening_sources; flag source_from_next)."""
    for c in cands:
        if not c.footnotes and c.fallback_notes:
            label, *rule = c.fallback_notes
            c.footnotes = [label]
            c.flags.append("source_from_next" if rule in (["FN:section-next"], ["FN:sibling-next"]) else "source_from_previous")
            c.rules.append(rule[0] if rule else "FN:sibling-section")


def holder_sources(cands: list[Candidate], pages: list[Page], notes: dict[str, Footnote],
                   report: tuple[date, date], skip: frozenset[str]) -> None:
    """FN:holder: a figure that no marker, line or section sourced takes the note, nearest before
    it in reading order (else the first after it), whose text names the data holder that
    publishes its metric (cues.json note_holders: "Border Service" for arrivals and departures,
    "National Bank" for transfers; flag source_from_holder): a "Departures" column beside the
    marked "Arrivals" one, a table of monthly transfers set after a "Legislation" box (blind
    designer91, 2024q1 chromium). Notes that cite a legal act, define a term or state a rate
    (`skip`) source none; a note naming only other periods sources only changes. A figure stated
    again with a note (a key-figure card restating the text) takes that note in merging instead."""
    sourced = {c.key for c in cands if c.footnotes}
    order: dict[int, tuple[int, int]] = {}
    marks: list[tuple[tuple[int, int, int], str]] = []
    for pi, page in enumerate(pages):
        for bi, b in enumerate(page.blocks):
            order[id(b)] = (pi, bi)
            marks += [((pi, bi, m.offset), m.label) for m in b.markers if m.label in notes and m.label not in skip]
    for c in cands:
        holders = [pat for _, metrics, pat in cues()["note_holders"] if c.metric in metrics]
        if c.footnotes or not holders or c.key in sourced:
            continue
        at = (*order.get(id(c.block), _block_position(pages, c.block)), c.start)
        fitting = [(pos, label) for pos, label in marks if any(p.search(notes[label].text) for p in holders)
                   and (c.statistic == "change" or not _other_periods_only(notes[label].text, report))]
        before = [label for pos, label in fitting if pos <= at]
        after = [label for pos, label in fitting if pos > at]
        if before or after:
            c.footnotes = [before[-1] if before else after[0]]
            c.flags.append("source_from_holder")
            c.rules.append("FN:holder")


def _block_position(pages: list[Page], block: Block) -> tuple[int, int]:
    """Where a block made in assembly (a chart's joined title, a row cut from a line) stands:
    after the last block of its page printed above it."""
    for pi, page in enumerate(pages):
        if page.number == block.page:
            above = [bi for bi, b in enumerate(page.blocks) if b.boxes and block.boxes
                     and union(b.boxes)[1] <= union(block.boxes)[1]]
            return pi, max(above, default=0)
    return len(pages), 0


def _other_periods_only(text: str, report: tuple[date, date]) -> bool:
    """The note names periods, none of them holding the report's or within it ("...,
    January–March 2023 and October–December 2023" in a report on the first quarter of 2024; not
    "..., foreign workers by region, as of 31 March 2023" in one on that quarter)."""
    from .periods import find_periods
    spans = [(date.fromisoformat(p.period_start), date.fromisoformat(p.period_end)) for p in find_periods(text, *report)]
    return bool(spans) and not any(a <= report[0] and report[1] <= b or report[0] <= a and b <= report[1]
                                   for a, b in spans)


def _callout_twin(c: Candidate, stated: list[Candidate]) -> None:
    """A key-figure callout ("3.4M arrivals of foreign nationals") restating a figure of the body,
    a table or a chart takes that figure's key, so the two merge and the precise value wins. A
    change compared with a period of its own ("-6.5% vs Q3 2023") restates a change against
    that period first, never one stated against none ("transfers contracted by 6.5 per cent")."""
    own = c.compared if c.statistic == "change" else None
    if CONTEXT_METRICS & set(c.rules) and not OWN_DIRECTION & set(c.rules):
        # "36,240 workers from Uzbekistan" in a card, its metric only the page's before it: the
        # one body figure it restates, whatever that one counts, gives it (MET:restated-callout)
        twins = {t.metric for t in stated if t is not c and t.block.kind != "callout" and t.metric != c.metric
                 and (t.unit, t.statistic, t.country, t.region) == (c.unit, c.statistic, c.country, c.region)
                 and t.value == c.value}
        if len(twins) == 1 and not any(t.metric == c.metric and t is not c and t.value == c.value for t in stated):
            c.metric = twins.pop()
            c.flags.append("metric_from_restatement")
            c.rules.append("MET:restated-callout")
    for t in sorted(stated, key=lambda t: t.compared != own) if own else stated:
        if own and t.compared is None:
            continue
        if ((t.metric, t.unit, t.statistic, t.country, t.region) == (c.metric, c.unit, c.statistic, c.country, c.region)
                and (c.group is None or t.group == c.group) and agree(t.value, t.text, c.value, c.text)):
            c.group, c.period, c.compared = t.group, t.period, t.compared
            c.rules.append("GRP:restated")
            return


# The metric rules that take a figure's metric from the paragraph or the document before its sentence.
CONTEXT_METRICS = frozenset({"MET:paragraph", "MET:previous", "MET:sentence-before", "MET:list"})
# a direction the figure's own words name ("USD 174.2M received from abroad"): its metric is its own
OWN_DIRECTION = frozenset({"DIR:clause", "DIR:lead", "DIR:continued", "DIR:country-verb", "DIR:from-country",
                           "DIR:to-country", "DIR:base"})


def _table_metric(c: Candidate, cells: list[Candidate]) -> None:
    """MET:from-table: a country's share of a group in the text whose metric comes only from the
    sentences before it ("Departures ran slightly lower ... Within the CIS group, Uzbekistan led with
    44.18%") takes the metric of a table's cell that restates it (a column "Arrivals ... Share of
    group, %" whose "44.18" stands in Uzbekistan's row), where exactly one metric does (flag
    metric_from_table); the value printed the same, not only agreeing when rounded."""
    if c.statistic != "share" or c.country is None or c.group is None \
            or not any(r in c.rules for r in CONTEXT_METRICS) or any(r in ("MET:clause", "MET:sentence") for r in c.rules):
        return
    named = {t.metric for t in cells if (t.country, t.region, t.period, t.unit) == (c.country, c.region, c.period, c.unit)
             and t.group == c.group and t.value == c.value}
    if len(named) == 1 and c.metric not in named:
        c.metric = named.pop()
        c.flags.append("metric_from_table")
        c.rules.append("MET:from-table")


def _table_group(c: Candidate, text: list[Candidate], flag: str = "group_from_text",
                 rule: str = "GRP:restated") -> None:
    """A country's figure stated again elsewhere with its group takes that group: a table cell
    from the text ("41.6% of arrivals from CIS states"), a count in the text from the table row
    under its group (flag group_from_table)."""
    for t in text:
        if (t.group is not None and t.group != c.group and (t.metric, t.statistic, t.unit, t.country, t.region, t.period)
                == (c.metric, c.statistic, c.unit, c.country, c.region, c.period)
                and c.country is not None and agree(t.value, t.text, c.value, c.text)):
            c.group = t.group
            c.flags.append(flag)
            c.rules.append(rule)
            return


def merge(cands: list[Candidate], notes: dict[str, Footnote]) -> list[Figure]:
    groups: dict[tuple, list[Candidate]] = {}
    for c in cands:
        groups.setdefault(c.key, []).append(c)
    figures = []
    for key, cs in groups.items():
        cs.sort(key=lambda c: (c.block.page, 0 if c.block.kind != "legend" else 1))
        first = cs[0]
        best = _best_mention(cs)
        flags = sorted({f for c in cs for f in c.flags if f != "source_from_paragraph"} |
                       ({"source_from_paragraph"} if all("source_from_paragraph" in c.flags
                                                         for c in cs if c.footnotes) and any(c.footnotes for c in cs) else set()))
        if len(cs) > 1:
            flags.append("restated")
            if not all(agree(best.value, best.text, c.value, c.text) for c in cs):
                flags.append("mentions_disagree")
        labels: list[str] = []
        for c in cs:
            for lab in c.footnotes:
                if lab not in labels:
                    labels.append(lab)
        sources = [notes[lab].text for lab in labels if lab in notes]
        mentions = [Mention(page=c.block.page, box=_box(c), text=c.text, quote=c.quote,
                            kind=c.block.kind, lang=c.block.lang or "en", value=float(c.value),
                            flags=sorted(set(c.flags)), rules=list(dict.fromkeys(c.rules)))
                    for c in cs]
        fid = figure_id(first)
        # the page and quote a reader is sent to: the first statement in running text or a
        # table, before a key-figure callout or a chart legend restating it
        lead = next((c for c in cs if c.block.kind not in ("callout", "legend")), first)
        figures.append(Figure(
            id=fid, metric=first.metric, statistic=first.statistic, unit=first.unit,
            value=float(best.value), country=first.country, region=first.region, group=first.group,
            period_start=first.period[0], period_end=first.period[1],
            compared_to_start=first.compared[0] if first.compared else None,
            compared_to_end=first.compared[1] if first.compared else None,
            footnotes=labels, sources=sources, page=lead.block.page, quote=lead.quote,
            mentions=mentions, flags=sorted(set(flags)), rules=list(dict.fromkeys(first.rules))))
    return figures


def _best_mention(cs: list[Candidate]) -> Candidate:
    """The mention whose value a figure takes: one printed with its scale before one whose scale
    is missing ("96.3 KZT" on a key-figure page, "96.3 billion tenge" in the text: blind
    designer86, 2024q3 word), then the most precise, then the first; where mentions disagree,
    the text's or a table's, not a chart label's or a callout's ("non-CIS: 206,120" set beside
    the arrivals' bar: blind designer87, 2023q3 chromium2)."""
    def rank(c: Candidate):
        return "scale_missing" not in c.flags, significant(c.text, c.value), -cs.index(c)
    best = max(cs, key=rank)
    stated = [c for c in cs if c.block.kind not in ("legend", "callout")]
    if stated and not all(agree(best.value, best.text, c.value, c.text) for c in cs):
        best = max(stated, key=rank)
    return best


def figure_id(c: Candidate) -> str:
    """The id of the figure a candidate is a statement of: metric/statistic/unit/breakdown/period,
    the breakdown being every part of it that is set, joined by '+' ('UZB+CIS': Uzbekistan's
    share of the CIS arrivals, beside 'UZB', its share of all of them), or 'all'."""
    breakdown = "+".join(x for x in (c.country, c.region, c.group) if x) or "all"
    fid = "/".join(str(x) for x in (c.metric, c.statistic, c.unit, breakdown,
                                     f"{c.period[0]}..{c.period[1]}"))
    if c.compared:
        fid += f"/vs/{c.compared[0]}..{c.compared[1]}"
    return fid


def _box(c: Candidate) -> tuple[float, float, float, float]:
    box = c.block.box_of(c.start, c.end) or c.block.box_of(0, len(c.block.text)) or (0, 0, 0, 0)
    return tuple(round(float(v), 2) for v in box)  # type: ignore[return-value]


# --- sections and legislation ------------------------------------------------------------------

def sections_of(pages: list[Page]) -> list[Section]:
    out = []
    for p in pages:
        for b in p.blocks:
            if b.kind != "heading":
                continue
            m = NUMBERED_HEADING.match(b.text)
            if m:
                out.append(Section(number=m.group("num"), title=m.group("title").strip(), page=p.number))
            elif b.text.isupper() and len(b.text) < 80:
                out.append(Section(number=None, title=b.text.strip(), page=p.number))
    return out


def legislation_of(pages: list[Page], notes: dict[str, Footnote], start: date, end: date
                   ) -> list[LegislativeItem]:
    from .periods import find_periods

    pat = cues()["legislation_section"]
    items = []
    inside = False
    for p in pages:
        for b in p.blocks:
            if b.kind == "heading":
                inside = bool(pat.search(b.text))
                continue
            if not inside or b.kind not in ("body", "table"):
                continue
            label = b.markers[-1].label if b.markers else None
            source = notes[label].text if label in notes else None
            day = None
            for text in (b.text, source or ""):
                days = [x for x in find_periods(text, start, end)
                        if x.period_start == x.period_end and not x.stock]
                if days:
                    day = days[-1].period_start
                    break
            items.append(LegislativeItem(text=b.text.lstrip("•·-– ").strip(), date=day,
                                         source=source, page=p.number))
    return items


# --- the report --------------------------------------------------------------------------------

def build_report(path: str, sha: str, meta: dict, pages: list[Page], used_ocr: bool,
                 timings: dict | None = None) -> Report:
    """The validated report of laid-out `pages`; with `timings`, the seconds spent in matching
    (numbers, periods, entities), assembly and checks are added to it."""
    matching_before = (timings or {}).get("matching", 0.0)
    with timed(timings, "assembly"):
        report = _assemble(path, sha, meta, pages, used_ocr, timings)
    if timings is not None:                     # assembly minus the matching inside it
        timings["assembly"] -= timings.get("matching", 0.0) - matching_before
    from .checks import run_checks

    with timed(timings, "checks"):
        report, _ = run_checks(report)
    return report


def _assemble(path: str, sha: str, meta: dict, pages: list[Page], used_ocr: bool,
              timings: dict | None) -> Report:
    from .entities import find_entities
    from .numbers import find_quantities, parse_number
    from .lang import pattern, report_languages, tag_languages
    from .periods import find_periods

    find_entities = _timed_calls(find_entities, timings, "matching")
    find_quantities = _timed_calls(find_quantities, timings, "matching")
    find_periods = _timed_calls(find_periods, timings, "matching")
    period = report_period(pages, meta)
    check_is_report(path, pages)
    if period is None:
        raise NotAReportError(path, "no reporting period (quarter) found on its first pages")
    start, end = period
    pages = tag_languages(pages)
    pages = [replace(p, blocks=caption_units(captions_first(captions_in_place(wrapped_row_labels(p.blocks, find_entities)))))
             for p in pages]
    pages, end_notes = endnotes(pages)
    pages = carried_notes(page_numbered_notes(body_size_notes(in_place_notes(pages))))
    notes = footnote_table(pages)
    for k, v in end_notes.items():
        notes.setdefault(k, v)
    pages = joined_markers(pages, frozenset(notes))
    # a note defining a term, or an aside giving a day's official rate "for reference only",
    # sources no figure of the text
    term = frozenset(k for k, v in notes.items() if cues()["definition_note"].search(v.text)
                     or cues()["reference_rate_note"].search(v.text))
    legal = frozenset(k for k, v in notes.items() if pattern("legal_note").search(v.text))
    # ... and one stating the conversion rate, or naming only exchange rates as its source, sources only a rate
    rate = frozenset(k for k, v in notes.items() if cues()["conversion_note"].search(v.text)
                     or cues()["rate_source_note"].search(v.text))
    kinds = tuple((k, note_kinds(v.text)) for k, v in sorted(notes.items()))
    monthly = frozenset(k for k, v in notes.items() if pattern("monthly_note").search(v.text))
    asm = Assembler(start, end, find_quantities, find_periods, find_entities, parse_number, term, legal, rate, kinds,
                    monthly)
    for p in pages:
        for b in p.blocks:
            asm.block(b)
    asm.finish()
    cands = asm.candidates + conversion_rates(notes, start, end, find_quantities, find_periods)
    if used_ocr:
        for c in cands:
            c.flags.append("ocr")
    infer_scales(cands)
    cands = whole_counts(cands)
    shares_within_groups(cands)
    dated_restatements(cands, start, end)
    match_legends(cands)
    day_restatements(cands)
    compared_restatements(cands)
    shares_by_arithmetic(cands)
    source_lines(cands, pages, notes)
    cited_sources(cands, pages, notes)
    restated_sources(cands)
    directed_sources(cands, notes)
    total_row_sources(cands)
    fallback_sources(cands)
    holder_sources(cands, pages, notes, (start, end), term | legal | rate)
    figures = merge(cands, notes)
    numbers = account_numbers(pages, Assembly([(c, figure_id(c)) for c in cands], asm.rejected,
                                              asm.skipped), list(end_notes.values()))
    title, edition = title_and_edition(pages, meta)
    rid = report_id(start, end)
    footnotes = [FootnoteRecord(label=f.label, text=f.text, page=f.page)
                 for f in sorted(notes.values(), key=_note_order)]
    return Report(
        metadata=Metadata(report_id=rid, country="KAZ", period_start=start.isoformat(),
                          period_end=end.isoformat(), title=title, edition=edition,
                          source_file=Path(path).name, sha256=sha, pages=len(pages),
                          extractor_version=__version__, ocr=used_ocr,
                          languages=report_languages(pages),
                          coverage=coverage(numbers), unread=sum(n.status == "unread" for n in numbers),
                          foreign_pages=foreign_pages(pages)),
        sections=sections_of(pages), footnotes=footnotes,
        legislation=legislation_of(pages, notes, start, end), figures=figures,
        numbers=[NumberRecord(**asdict(n)) for n in numbers])


def conversion_rates(notes: dict[str, Footnote], start: date, end: date, find_quantities,
                     find_periods) -> list[Candidate]:
    """FN:note-itself: the rate a conversion note states ("US dollar amounts are converted at the
    quarter's average rate, 1 USD = 497.85 KZT.") is the report's exchange rate, sourced by that
    note; of the period the note names, else of the report's."""
    from .attach import RATE_NOTE

    out = []
    for label, note in sorted(notes.items(), key=lambda kv: _note_order(kv[1])):
        if not RATE_NOTE.search(note.text):
            continue
        found = find_quantities(note.text)
        named = find_periods(note.text, start, end)
        # a day's rate beside it is no average ("...; the rate fixed on 31 December 2024 was 525.11")
        rates = [q for q in found if q.kind == "rate" and not spot_rate(note.text, named, q.start, q.end)]
        # no rate, or other numbers beside it (rates of several periods); a day's rate printed as
        # an amount ("(the rate set for 30 December 2022 was 462.65 KZT)": blind round92, 2022q4
        # onecol-fpdf) is an aside
        if len(rates) != 1 or any(q.kind != "rate" and not (q.kind == "money" and spot_rate(note.text, named, q.start, q.end))
                                  for q in found):
            continue
        q = rates[0]
        spans = [p for p in named if p.period_start != p.period_end]
        period = (spans[0].period_start, spans[0].period_end) if len(spans) == 1 else (start.isoformat(), end.isoformat())
        block = Block(page=note.page, kind="note", text=note.text,
                      boxes=tuple(note.box or (0.0, 0.0, 0.0, 0.0) for _ in note.text))
        out.append(Candidate("exchange_rate", "average", "KZT_per_USD", q.value, None, None, None, period, None,
                             block, q.start, q.end, q.text, note.text.strip(), [label],
                             [] if len(spans) == 1 else ["period_default"],
                             ["F:rate", "FN:note-itself", "PER:caption" if len(spans) == 1 else "PER:report"]))
    return out


def _note_order(f: Footnote):
    label = f.label.split(":")[-1]          # "p2:1": a note numbered afresh on its page
    return (f.page if label != f.label else 0, int(label) if label.isdigit() else 10**6, f.page, f.label)
