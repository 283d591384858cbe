"""Figure assembly: the typed spans of each paragraph -> statements -> candidate figures.

A paragraph's quantities, periods and entities come from the matching stage, its cue spans
from data/cues.json (cues.py). Each sentence is cut into clauses (clauses.py); numbers printed
together form statements, and each statement's frame (frames.py) says what its numbers are.
Attachment rules (attach.py), each with an id and a scope, then give it a metric, a breakdown,
a period and a source. Every candidate keeps the ids of the frame and rules that made it.
Tables are read row by row (tables.py); zeros stated in words by zeros.py. Merging candidates
into figures is the pipeline's (pipeline.merge).
"""
from __future__ import annotations

import calendar
import collections

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

import json
from functools import lru_cache
from importlib import resources
import os
import statistics

import regex

from . import attach, tables, zeros
from .accounting import LEGEND_BIN
from .attach import Para, Running, Sent, group_complements
from .clauses import sentences, split_clauses, clause_at
from .cues import (PERMIT_KIND, REPORTING_COUNTRY, Cue, cues, direction_cues, direction_of, metric_cues, money_moved, resolve_metric,
                   section_metric)
from .lang import pattern
from .numbers import PEOPLE_RE, upper_bound_before
from .regexes import (DIGIT, KEY_LINE, NUMBERED_CAPTION, NUMBERED_HEADING, REMAINDER_WORDS, SOURCED_AS, ZERO_WORD,
                      compiled)
from .frames import (BY_BEFORE, LABEL_BEFORE, bracketed_share_items, carried_rates, currency_forward, currency_terms, Slots, Statement, distribute_units, frame_of, frames, group_statements, implied_percents, month_list_items,
                     money_in_billions, pair_currency)
from .types import Block, Candidate, Entity, PeriodMatch, Quantity, union

# A paragraph this short after one ending in ":" is an item of the list it introduces.
LIST_ITEM_MAX = 120
# A heading smaller than this (points), unnumbered and not in capitals, titles a chart.
CHART_TITLE_MAX_SIZE = 10.0
BULLETS = "•·▪◦●■‣⁃∙›►▶▸➢➤✓✔◆♦❖ "
# How far after a training count its participant group may be named.
TRAINING_GROUP_REACH = 120
# A caption set in body or legend type ("Table 2. ..." in small type) is at most this long.
CAPTION_MAX = 160
MONEY_METRICS = ("remittances_sent", "remittances_received", "exchange_rate")
OTHER_ROW = compiled(r"^\W*" + REMAINDER_WORDS + r"\b", regex.I)
# A line this short under a chart caption is a legend entry ("Uzbekistan (41.37%)").
LEGEND_MAX = 60
YEAR_ONLY = compiled(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Context:
    """What earlier text established, carried down the document; replaced, never changed."""
    report_start: date
    report_end: date
    section_metric: str | None = None
    section_rule: str | None = None
    section_direction: str | None = None
    section_skip: bool = False
    permit_kind: str | None = None        # temporary / permanent, for "residence permits"
    chart_title: Block | None = None      # a small heading over legends
    last_metric: str | None = None
    caption: Block | None = None          # a table's caption ("Table 2. ... by nationality")
    columns: tuple | None = None          # its header cells (tables.Column)
    last_remittance: str | None = None    # the direction of the section's last remittance
    money_topic: str | None = None        # ... and of the document's running text, whatever section
    list_intro: tuple | None = None       # (group, marker, the marker is its last sentence's) of a paragraph ending in ":"
    list_group: str | None = None         # ... in force for the list items after it
    list_source: str | None = None
    section_source: str | None = None     # the last footnote marker of the section so far
    quarter_source: str | None = None     # ... of those, the last whose note is on no monthly data
    sibling_source: tuple[str, str] | None = None   # (parent number, last marker) of the numbered subsection before
    metric_notes: tuple[tuple[str, str], ...] = ()   # (metric, marker) of the last text figures of each metric
    source_metrics: frozenset[str] = frozenset()     # the metrics of the figures section_source sourced
    title_open: bool = False              # the block before was a chart caption (it may go on)
    section_period: tuple[str, str] | None = None   # "7. The year 2024 compared with 2023": 2024
    last_compared: tuple[str, str] | None = None    # the compared period of the section's last change
    term_notes: frozenset[str] = frozenset()        # labels of notes that define a term, source nothing
    legal_notes: frozenset[str] = frozenset()       # labels of notes that cite a legal act ("Order ... No. 119")
    rate_notes: frozenset[str] = frozenset()        # notes that state the conversion rate: source only a rate
    note_kinds: tuple[tuple[str, frozenset[str]], ...] = ()   # (label, permit kinds and movements its note names)
    monthly_notes: frozenset[str] = frozenset()     # notes on monthly data ("..., monthly border crossing data")
    event_day: PeriodMatch | None = None            # the section's last day named ("On 22 June 2024 IOM held ...")
    row_section: tuple | None = None      # (metric, group, unit column) a table's text-only or group row opens
    row_topic: str = ""                   # the words of a table's last text-only row ("Money transfers")
    header: Block | None = None           # the header row, until the first row of values
    header_more: tuple[Block, ...] = ()   # lines of the header under it that stand over no one cell of it
    section_stock: tuple[str, tuple[str, str]] | None = None   # (metric, day) a stock statement dated
    header_lines: tuple[Block, ...] = ()  # a table's header lines set as headings, under its caption
    table_groups: tuple[str, ...] = ()    # groups a table's group column named so far ("CIS countries")
    title_heading: Block | None = None    # the heading just before, naming a metric but no section
    group_row: tuple[tuple[float, float, str], ...] = ()   # (x0, x1, group) of a row naming only groups
    row_size: float = 0.0                 # the type size of the table's last row of values
    half_x: float | None = None           # where a side-by-side table's second half starts (its names' left)
    section_group: str | None = None      # the one group the section's heading names ("NON-CIS ARRIVALS")

    @property
    def report(self) -> tuple[str, str]:
        return self.report_start.isoformat(), self.report_end.isoformat()


@dataclass(frozen=True)
class Readers:
    """The matching stage's finders, handed in so that assembly imports no matcher."""
    find_quantities: object
    find_periods: object
    find_entities: object
    parse_number: object


class Assembler:
    """Reads blocks in order and collects candidates."""

    def __init__(self, report_start: date, report_end: date, find_quantities, find_periods,
                 find_entities, parse_number=None, term_notes: frozenset[str] = frozenset(),
                 legal_notes: frozenset[str] = frozenset(), rate_notes: frozenset[str] = frozenset(),
                 note_kinds: tuple[tuple[str, frozenset[str]], ...] = (),
                 monthly_notes: frozenset[str] = frozenset()):
        self.ctx = Context(report_start, report_end, term_notes=term_notes, legal_notes=legal_notes,
                           rate_notes=rate_notes, note_kinds=note_kinds, monthly_notes=monthly_notes)
        self.readers = Readers(find_quantities, find_periods, find_entities, parse_number)
        self.candidates: list[Candidate] = []
        self.rejected: list[tuple[Block, Quantity, str]] = []    # numbers read as no figure, and why
        self.skipped: list[Block] = []      # blocks of sections that state no figures (not read)
        self.unsourced: list[Candidate] = []    # of a paragraph cut off mid-sentence by a page end
        self.charted: list[Candidate] = []      # of a chart or table whose caption may stand below it
        self.main_ctx: Context | None = None    # the main text's context while a sidebar is read
        self.card_section = False               # the sidebar under way opened a section of the main text
        self.section_sizes: collections.Counter = collections.Counter()   # the main text's heading sizes
        self.unscaled: list[Candidate] = []     # fractional counts of a chart whose unit line may stand below it
        self.unread_rows: tuple[Context, list[Block]] | None = None   # rows read as nothing, and the context before them
        self.totals: tuple = ((), None)         # a bare "Total" row under a row group, and that group
        self.tail: Block | None = None          # a paragraph whose last sentence a page end cut off
        self.opening: list[Candidate] = []      # a section's opening figures, no note before them
        self.heading_sizes: tuple[float, ...] = ()   # the type sizes of the headings the text stands under, outer first
        self.across: set[int] = set()           # ids of opening figures waiting past a sibling subsection's heading
        self.listed: list[Candidate] = []       # list items sourced by a note before their introduction
        self.table_rows: list[Candidate] = []   # the last table's rows sourced by its caption's note
        self.bar_values: list[Block] = []      # a chart's lone values, their labels perhaps under them
        self.beside: list[Block] = []          # legend rows read beside another chart's title, for their own
        self.bar_last: str | None = None        # the block before: a bare "value", a bar's "label", a "pair"
        self.caption_values: set[int] = set()   # ids of bar values read off a caption's line (LAY:caption-value)
        self.name_head: Block | None = None     # a country's name alone in heading type, its card's figures perhaps under it

    def block(self, block: Block) -> None:
        """LAY:bar-value: under a chart's title, a lone value ("52.1", set on its bar) and the
        label under it ("January") are read as one row ("January | 52.1"), its figure quoted and
        placed at the value (blind designer64, 2024q1 word, Figure 4); the values of a run, read
        before their labels, each pair with the label they stand over (blind designer84, 2024q2
        word, Figure 3: "1,211,725" | "1,139,877" | "1,061,204" over "April" | "May" | "June")."""
        name, self.name_head = self.name_head, None
        if name is not None:
            if _card_under_name(name, block, self.readers):
                before = len(self.candidates)
                self._block(_with_head(name, len(name.text), block))  # the card as one line
                for c in self.candidates[before:]:
                    c.rules.append("ENT:card-name")
                return
            else:
                self._block(name)
        elif not self.bar_values and _name_heading(block, self.readers, self.ctx):
            self.name_head = block
            return
        split = _caption_and_bar_value(block)
        if split is not None:       # LAY:caption-value: the value, held, pairs with a label later
            self.caption_values.add(id(split[1]))
            for part in split:
                self.block(part)
            return
        self.ctx = _legend_under_heading(self.ctx, block)
        cells = _bar_row_cells(block, self.readers, self.ctx, bool(self.bar_values), self.bar_last == "pair")
        if cells:
            before = len(self.candidates)
            for cell in cells:
                self.block(cell)
            for c in self.candidates[before:]:
                c.rules.append("LAY:bar-row")
            return
        pair = _legend_pair_row(block, self.readers, self.ctx)
        if pair is not None:        # LAY:legend-pair: "USA 10.0" under a chart's title in per cent
            before = len(self.candidates)
            self.block(pair)
            for c in self.candidates[before:]:
                c.rules.append("LAY:legend-pair")
            return
        kind = _bar_kind(block, self.readers, self.ctx)
        if self.bar_values and kind == "label":
            value = _value_over(self.bar_values, block)
            if value is not None:
                self.bar_values.remove(value)
                self._bar_row(value, block)
                self.bar_last = "pair"
                return
        if self.bar_values and not (kind == "value" or block.kind == "legend" and kind is None):
            self._release_values()      # (a note line amid the labels keeps them held)
        before, self.bar_last = self.bar_last, kind
        # not a value after its label (a legend's "Russia" | "38.5%"), nor under a header's
        # columns; a run of values an axis's ("500000" | "0"), stacked at one place, pairs with no label
        if kind == "value" and (self.bar_values or before not in ("value", "label")) \
                and self.ctx.chart_title is not None and self.ctx.caption is None \
                and (self.ctx.columns is None or before == "pair" or self.bar_values):
            self.bar_values.append(block)
            return
        self._block(block)

    def _release_values(self) -> None:
        held, self.bar_values = self.bar_values, []
        for value in held:
            self._block(value)

    def finish(self) -> None:
        """Reads a lone value or name still held at the document's end."""
        if self.name_head is not None:
            held, self.name_head = self.name_head, None
            self._block(held)
        self._release_values()

    def _bar_row(self, value: Block, label: Block) -> None:
        gap = value.boxes[0] if value.boxes else (0.0, 0.0, 0.0, 0.0)
        shift = len(label.text) + 1
        row = replace(label, kind="table", text=f"{label.text} {value.text}", boxes=label.boxes + (gap,) + value.boxes,
                      cells=((0, len(label.text)), (shift, shift + len(value.text))))
        before, rejected = len(self.candidates), len(self.rejected)
        self._block(row)
        for c in self.candidates[before:]:
            if c.block is row and c.start >= shift:      # placed and quoted at the value
                c.block, c.start, c.end, c.quote = value, c.start - shift, c.end - shift, value.text.strip()
                c.rules += ["LAY:bar-value"] + (["LAY:caption-value"] if id(value) in self.caption_values else [])
        self.rejected[rejected:] = [(value, replace(q, start=q.start - shift, end=q.end - shift), why)
                                    if b is row and q.start >= shift else (b, q, why)
                                    for b, q, why in self.rejected[rejected:]]

    def _block(self, block: Block) -> None:
        # a sidebar is an aside: what it names (a section heading, a metric, a period) does not
        # carry over to the main text that resumes after it
        if block.aside and self.main_ctx is None and not self.card_section:
            self.main_ctx = self.ctx
        elif not block.aside:
            self.card_section = False
            if self.main_ctx is not None:
                self.ctx, self.main_ctx = self.main_ctx, None
        if self.ctx.section_skip and block.kind != "heading":
            self.skipped.append(block)      # for the number accounting (accounting.py)
        read, cut = page_run_on(self.tail, block)
        before = self.ctx
        self._caption_below(block)
        aside = beside_legend(self.ctx, read)
        self.ctx, found, rejected = read_block(self.ctx, self.readers, read)
        if block.kind == "heading" and self.ctx.chart_title is None and not block.aside:
            self.section_sizes[round(block.size, 1)] += 1
        common = self.section_sizes.most_common(1)
        if block.aside and block.kind == "heading" and self.ctx.chart_title is None and common \
                and common[0][1] >= 2 and abs(block.size - common[0][0]) <= SIBLING_SIZE_TOLERANCE:
            # a section's heading in the type of most of the main text's headings, set in
            # a tall narrow card ("TRANSFERS FROM KAZAKHSTAN" and its paragraphs beside the
            # section's charts: blind designer89, 2024q3 chromium2), opens a section of the main
            # text, which the charts after the card belong to
            self.main_ctx, self.card_section = None, True
        self._hold_unread(before, block, found)
        self._title_over_legend(before, read, found, aside)
        if cut:
            self.candidates = cut_sentence(self.candidates, found, self.tail, cut)
            found, rejected = own_part(found, rejected, block, cut)
        found, rejected = _zero_shares(found, list(rejected))
        self.tail = unfinished(self.tail, block)
        self.unsourced = continued_sources(self.unsourced, block, found, self.ctx.term_notes)
        sibling = self._sibling_heading(block)
        if sibling:
            self.across |= {id(c) for c in self.opening}
        self.opening = section_opening_sources(self.opening, block, found, self.ctx, sibling, self.across)
        self.listed = list_closing_sources(self.listed, block, found, self.ctx)
        self.table_rows = restated_rows(self.table_rows, block, found)
        self.charted = caption_below_sources(self.charted, block, found, self.ctx.term_notes, self.ctx.rate_notes)
        self.unscaled = scale_below(self.unscaled, block, found)
        self.totals = section_totals(self.totals, self.ctx, block, found)
        self.candidates.extend(found)
        self.rejected.extend((block, q, why) for q, why in rejected)


    def _sibling_heading(self, block: Block) -> bool:
        """A heading in the type of the one over the section, under a larger one ("Temporary
        residence" then "Permanent residence" under "2. RESIDENCE PERMITS"): the next
        subsection of the same parent. Keeps the sizes of the headings in force."""
        if block.kind != "heading" or self.ctx.chart_title is not None:
            return False
        sizes = self.heading_sizes
        sibling = len(sizes) >= 2 and abs(sizes[-1] - block.size) <= SIBLING_SIZE_TOLERANCE \
            and sizes[-2] >= block.size + PARENT_SIZE_STEP
        while sizes and sizes[-1] <= block.size + SIBLING_SIZE_TOLERANCE:
            sizes = sizes[:-1]
        self.heading_sizes = sizes + (block.size,)
        return sibling

    def _title_over_legend(self, before: Context, block: Block, found: list[Candidate], aside: bool) -> None:
        """LAY:title-after-legend: a chart's legend row that the reading order put under another
        chart's title, beside it (a donut's "Russian Federation (43.5%) | USA (12.1%)" read before
        the monthly bars' rows and its own title: blind designer62, 2024q4 chromium2), is read
        under the next title on its page that stands over it."""
        self.beside = [b for b in self.beside if b.page == block.page]
        if aside and not found:
            self.beside.append(block)
            return
        title = self.ctx.chart_title
        if not self.beside or title is None or title is before.chart_title:
            return
        for row in [b for b in self.beside if _under_title(title, b)]:
            self.beside.remove(row)
            _, got, _ = read_block(self.ctx, self.readers, row)
            for c in got:
                c.rules.append("LAY:title-after-legend")
            self.candidates.extend(got)

    def _hold_unread(self, before: Context, block: Block, found: list[Candidate]) -> None:
        """Keeps a run of table rows none of which gave a figure (a chart's rows with no unit
        over them), with the context before the run, for a caption that may follow them."""
        if block.kind != "table":
            return
        if found:
            self.unread_rows = None
            return
        ctx, rows = self.unread_rows or (before, [])
        self.unread_rows = (ctx, rows + [block])

    def _caption_below(self, block: Block) -> None:
        """LAY:caption-below: a figure caption right under a chart's rows that gave no figure, for
        want of the unit the caption names ("Figure 3. Money transfers ... by month, July–
        September 2022, KZT billion." under "sent abroad | received" and rows of months: blind
        designer4, 2022q3 chromium), titles them: they are read again under it."""
        if block.kind == "table":
            return
        held, self.unread_rows = self.unread_rows, None
        if held is None or not any(DIGIT.search(b.text) for b in held[1]):
            return
        if tables.FIGURE_CAPTION.match(block.text):
            ctx, _ = _chart_parts(held[0], block, self.readers)
        elif _metric_line_under(held[1][-1], block, self.readers):
            ctx = replace(held[0], chart_title=block, title_open=False, caption=None, columns=None, row_section=None,
                          header=None, header_lines=(), header_more=())
        else:
            return
        for row in held[1]:
            ctx, found, _ = read_block(ctx, self.readers, row)
            for c in found:
                c.rules.append("LAY:caption-below")
            self.candidates.extend(found)


# A line under a table's rows says what they are when it stands at most this many of its line
# heights under the last row.
METRIC_LINE_GAP = 1.5


def _metric_line_under(row: Block, block: Block, rd: Readers) -> bool:
    """LAY:caption-below: a short line in a legend's or the body's type right under rows that
    gave no figure, naming what they are ("Outgoing transfers, National" / "Bank data (note 11)."
    under "Month | KZT bn | USD m" and a row per month, in a sidebar headed "Month by month":
    blind designer47, 2024q1 chromium), titles them as a numbered caption would."""
    if block.kind not in ("legend", "body") or block.page != row.page or len(block.text) > LEGEND_MAX \
            or not block.boxes or not row.boxes or tables.text_metric(block.text, rd.find_entities) is None:
        return False
    top, bottom = min(b[1] for b in block.boxes), max(b[3] for b in row.boxes)
    height = max(b[3] - b[1] for b in block.boxes)
    return 0 <= top - bottom <= METRIC_LINE_GAP * height


def _name_heading(block: Block, rd: Readers, ctx: Context) -> bool:
    """A country's name alone in heading type outside a table or chart ("Russia" in bold over
    "31.7 bn KZT · 39.7% of all transfers to Kazakhstan"): a card's label, perhaps."""
    if block.kind != "heading" or ctx.columns is not None or ctx.chart_title is not None \
            or DIGIT.search(block.text):
        return False
    ents = [e for e in rd.find_entities(block.text) if e.label == "COUNTRY"]
    return len(ents) == 1 and not block.text[:ents[0].start].strip() and not block.text[ents[0].end:].strip(" :")


# A card's line that opens on its figure ("31.7 bn KZT · 39.7% of ...", "KZT 9.1 billion")
CARD_LINE = compiled(r"^\s*(?:KZT|USD|US\$|\$)?\s?\d")


def _card_under_name(name: Block, block: Block, rd: Readers) -> bool:
    """ENT:card-name: the line right under a country's name in heading type, at its left edge
    and in its size, opens on a figure and names no country of its own (Kazakhstan aside): the card's figures are
    that country's (an "In focus" panel of cards: blind designer61, 2024q2 word, page 1)."""
    if block.kind != "body" or block.page != name.page or block.column != name.column \
            or not CARD_LINE.match(block.text) or not name.boxes or not block.boxes \
            or abs(block.size - name.size) > 0.5:
        return False
    last, first = name.boxes[-1], block.boxes[0]
    line_h = max(last[3] - last[1], 1.0)
    return 0 <= first[1] - last[3] <= line_h and abs(first[0] - name.boxes[0][0]) <= 2 \
        and not any(e.label == "COUNTRY" and e.id != REPORTING_COUNTRY for e in rd.find_entities(block.text))


def _zero_shares(found: list[Candidate], rejected: list) -> tuple[list[Candidate], list]:
    """CUE:zero-share: a share of 0 ("Ulytau region 0.0", a tile's "0%") restates that none were
    counted there; it is no figure of its own (no writer keys one). CUE:zero-word: where the cell
    says so in a word ("Ulytau | none" among a tile map's shares: blind designer81, 2023q2
    chromium2), it is the count of none there (flag zero_from_words)."""
    for c in found:
        if c.statistic == "share" and c.value == 0 and ZERO_WORD.match(c.text) and c.metric not in MONEY_METRICS:
            c.statistic, c.unit = "total", "persons"
            c.flags.append("zero_from_words")
            c.rules.append("CUE:zero-word")
    zero = {id(c) for c in found if c.statistic == "share" and c.value == 0}
    if not zero:
        return found, rejected
    return ([c for c in found if id(c) not in zero],
            rejected + [(Quantity(c.start, c.end, c.text, c.value, "percent"), "CUE:zero-share")
                        for c in found if id(c) in zero])


# A block that goes on with a sentence: it starts in lower case, in a bracket or with a figure.
RUN_ON_START = compiled(r"[\p{Ll}(\d]")
STOPPED = (".", "!", "?", ";", ":", ")")
CLOSES_BRACKET = compiled(r"[^()]{1,40}\)")


def unfinished(tail: Block | None, block: Block) -> Block | None:
    """The paragraph whose last sentence breaks off with no stop, kept while notes, legends and
    callouts stand between it and the text that goes on with it; a heading or a table ends it."""
    if block.kind == "body":
        return None if block.text.rstrip().endswith(STOPPED) else block
    return None if block.kind in ("heading", "table") else tail


def page_run_on(tail: Block | None, block: Block) -> tuple[Block, int]:
    """PAR:page-run-on: a paragraph at the top of a page that goes on with the sentence the page
    before cut off ("Arrivals from outside the CIS" | "were more spread out: 30.5 per cent came
    from China"): the block read with that paragraph put before it (its periods and groups hold
    on), and where its own text starts (0: read as it is)."""
    end = tail.text.rstrip() if tail is not None else ""
    if tail is None or block.kind != "body" or block.page <= tail.page or not (
            RUN_ON_START.match(block.text) or end.endswith(",") or pattern("run_on_end").search(end)
            or end.count("(") > end.count(")") and CLOSES_BRACKET.match(block.text)):   # "(19.8 million" | "USD, share 10.5%)"
        return block, 0         # "... were living in" | "Kazakhstan on a permit": a word no sentence ends with
    head = tail.text.rstrip()       # the whole paragraph: its periods and groups hold on
    return _with_head(tail, len(head), block), len(head) + 1


def _with_head(head: Block, keep: int, block: Block) -> Block:
    """`block` read with the first `keep` characters of `head` and a space put before it (their
    boxes and markers kept, the block's markers moved along)."""
    cut = keep + 1
    return replace(block, text=head.text[:keep] + " " + block.text,
                   boxes=head.boxes[:keep] + (block.boxes[0],) + block.boxes,
                   markers=tuple(m for m in head.markers if m.offset <= keep)
                   + tuple(replace(m, offset=m.offset + cut) for m in block.markers))


SENTENCE_START = compiled(r"(?<=[.;!?])\s+(?=[\p{Lu}\d])")


def cut_sentence(kept: list[Candidate], found: list[Candidate], tail: Block, cut: int) -> list[Candidate]:
    """The figures of the sentence a page end cut off, as read with its end on the next page
    ("As of 1 April, 152,406 foreigners were living in" | "Kazakhstan on a permanent residence
    permit"): they replace those read from the page's part alone, keep their page and a quote of
    what that page prints (PAR:page-run-on). So do those of the sentences before it after the
    page's last marker, which the paragraph's marker on the next page sources (blind round87,
    2025q4 twocol-fpdf: "Almaty city hosted 14,611 ... with 8.4%. Not a single foreign worker
    was registered in" | "Ulytau region over the quarter.⁷")."""
    starts = [0] + [m.end() for m in SENTENCE_START.finditer(tail.text, 0, cut - 1)]
    marked = max((m.offset for m in tail.markers if m.offset <= cut - 1), default=None)
    since = 0 if marked is None else next((x for x in starts if x >= marked), starts[-1])
    again = []
    for c in found:
        if not since <= c.start < cut - 1:
            continue
        at = c.block.text.find(c.quote, max(0, c.start - len(c.quote))) if c.quote else -1
        quote = c.quote[:max(0, cut - 1 - at)].rstrip() if at >= 0 else c.quote
        again.append(replace(c, block=tail, quote=quote, rules=c.rules + ["PAR:page-run-on"]))
    if not again:
        return kept
    return [c for c in kept if not (c.block is tail and c.start >= since)] + again


def own_part(found: list[Candidate], rejected: list, block: Block, cut: int) -> tuple[list, list]:
    """The candidates and rejections of a run-on block's own text, set back on the block; the
    quote keeps only the part printed on this page."""
    out = []
    for c in found:
        if c.start < cut:
            continue
        at = c.block.text.find(c.quote, max(0, c.start - len(c.quote))) if c.quote else -1
        quote = c.quote[cut - at:].lstrip() if 0 <= at < cut else c.quote
        out.append(replace(c, block=block, start=c.start - cut, end=c.end - cut, quote=quote,
                           rules=c.rules + ["PAR:page-run-on"]))
    kept = [(replace(q, start=q.start - cut, end=q.end - cut), why) for q, why in rejected if q.start >= cut]
    return out, kept


def section_totals(pending: tuple, ctx: Context, block: Block, found: list[Candidate]) -> tuple:
    """GRP:section-total: a bare "Total" row under a row-group label ("CIS member states" over
    its countries) is that group's total when the table goes on with another group's label or
    another total row ("Non-CIS countries", "All countries"); a "Total" that ends the table is
    the table's own. Returns the total row's figures waiting to be settled, and the group."""
    waiting, group = pending
    if waiting:
        now = ctx.row_section[1] if ctx.row_section else None
        # another total, or another group's label (one cell: not a line of text read as a row,
        # "Within the CIS group, ... 44.82% of entries, | | those of ...": blind designer84, 2024q2 word)
        label = sum(1 for a, b in block.cells if block.text[a:b].strip()) <= 1
        more = block.kind == "table" and (any(cues()["table_total"].match(c.quote) for c in found)
                                          or bool(now and now != group and label))
        if not more and block.kind == "table" and not found:
            return pending            # a row of no values in the same group: wait on
        for c in waiting if more else ():
            c.group, c.rules = group, c.rules + ["GRP:section-total"]
    group = ctx.row_section[1] if block.kind == "table" and found and ctx.row_section else None
    label = block.text[:min(c.start for c in found)] if group else ""
    if group and pattern("section_total").match(label) and all(c.group is None for c in found):
        return tuple(found), group
    return (), None


def scale_below(unscaled: list[Candidate], block: Block, found: list[Candidate]) -> list[Candidate]:
    """SCALE:note-below: counts of a chart or table printed in fractions with no scale ("April
    1,046.5") take the scale of a unit line right under it ("Thousand persons. Source: ..."),
    flagged; returns the counts still waiting (none once another kind of block comes)."""
    if block.kind == "table":
        return unscaled + [c for c in found if c.unit == "persons" and c.statistic == "total"
                           and c.value != c.value.to_integral_value()]
    if unscaled and cues()["unit_line"].match(block.text):
        scale = next((v for v, pat in cues()["scales"] if pat.search(block.text[:40])), None)
        for c in unscaled if scale else []:
            c.value, c.flags, c.rules = c.value * scale, c.flags + ["scale_from_note"], c.rules + ["SCALE:note-below"]
    return []


SOURCE_WORD = pattern("source_word")
# A heading no bigger than a chart's rows (by this many points) titles a part of that chart, so
# its rows still wait for a caption under the chart (blind designer79, 2025q3 chromium2, Figure 1).
SUBTITLE_SIZE_TOLERANCE = 0.5


def caption_below_sources(charted: list[Candidate], block: Block, found: list[Candidate],
                          term_notes: frozenset[str], rate_notes: frozenset[str] = frozenset()) -> list[Candidate]:
    """FN:caption-below: the figures of a chart or table with no note of their own take the note
    of a "Figure 1. ..." caption printed right under it; FN:source-below: or the note of a line
    under it that names its source ("Number of persons, Q4 2024. Source: Ministry of Labour.⁴"),
    across a note without figures set beside a map's tiles. A line whose notes name only the
    rate's source ("... the official rate on 30 September was 551.20 KZT per USD.¹⁰") sources
    only rates. Returns the figures still waiting."""
    if charted and block.markers and all(m.label in rate_notes | term_notes for m in block.markers):
        rates = [c for c in charted if c.metric == "exchange_rate"]
        return [c for c in charted if c.metric != "exchange_rate"] + (
            caption_below_sources(rates, block, found, term_notes) if rates else [])
    first = next((m.label for m in block.markers if m.label not in term_notes), None)
    if charted and first is not None and block.kind in ("legend", "body") and SOURCE_WORD.search(block.text):
        named = _named_sources(charted, block, term_notes)
        single = sum(1 for m in block.markers if m.label not in term_notes) == 1    # one body named
        for c in charted:
            if id(c) in named or single or "FN:section" not in c.rules:
                _noted_below([c], named.get(id(c), first), "FN:source-below")
        return []
    if charted and first is not None and block.kind == "legend" and not found and not block.cells \
            and any(c.block.kind == "table" for c in charted):
        # a caption of words in small type under a table, its marker raised at its end ("Money
        # transfers by country of destination and origin, October – December 2022.¹⁶")
        _noted_below(charted, first, "FN:caption-below")
        return []
    if block.kind in ("table", "legend"):
        return charted + [c for c in found if not c.footnotes or c.block.kind == "table" and "FN:section" in c.rules]
    if block.kind == "heading" and charted and not found and not NUMBERED_CAPTION.match(block.text) \
            and block.size <= max(c.block.size for c in charted) + SUBTITLE_SIZE_TOLERANCE:
        return charted          # a part's sub-title in the rows' type ("Non-CIS countries, % of non-CIS arrivals")
    if block.kind == "body" and not block.markers and not DIGIT.search(block.text):
        return charted          # a note without figures beside the chart ("Tiles are placed ...")
    if charted and first is not None and tables.FIGURE_CAPTION.match(block.text):
        _noted_below([c for c in charted if "FN:section" not in c.rules], first, "FN:caption-below")
    return []


def _named_sources(charted: list[Candidate], block: Block, term_notes: frozenset[str]) -> dict[int, str]:
    """A "Sources:" line naming a body per figure, each with its note ("arrivals – Border
    Service;¹¹ money transfers ... – National Bank.¹²"): each figure takes the note of the part
    that names its metric, where one part only does."""
    marks = [m for m in block.markers if m.label not in term_notes]
    if len(marks) < 2:
        return {}
    parts = [(block.text[a:m.offset], m.label)
             for a, m in zip([0] + [x.offset for x in marks[:-1]], marks)]
    out = {}
    for c in charted:
        family = "remittances" if c.metric.startswith("remittances") else c.metric
        hits = [label for text, label in parts if any(cue.value.rstrip("?") == family for cue in metric_cues(text))]
        if len(hits) == 1:
            out[id(c)] = hits[0]
    return out


def _noted_below(charted: list[Candidate], label: str, rule: str) -> None:
    """The figures of a chart or table take the note of a line under it; a table cell's section
    note, taken for want of one, is replaced (by a caption's, a "Source:" line's with one note,
    or the note of the part of one that names the figure's metric: a "Sources:" line may name
    several bodies, and its first note is not every row's)."""
    for c in charted:
        if "FN:section" in c.rules:
            c.rules = [r for r in c.rules if r != "FN:section"]
            c.flags = [f for f in c.flags if f != "source_from_previous"]
        c.footnotes, c.rules = [label], c.rules + [rule]


def _resourced(c: Candidate, labels: list[str], rule: str, replaced: str, flag: str | None = None) -> None:
    """`c` takes the notes `labels` by `rule`, dropping the rule (`replaced`) that gave it a note
    for want of its own, and, with `flag`, the flag that said so."""
    c.footnotes = list(labels)
    c.rules = [r for r in c.rules if r != replaced] + [rule]
    if flag is not None:
        c.flags = [f for f in c.flags if f != "source_from_previous"] + [flag]


def continued_sources(unsourced: list[Candidate], block: Block, found: list[Candidate],
                      term_notes: frozenset[str]) -> list[Candidate]:
    """FN:continued: a paragraph cut off mid-sentence (at a column's or page's end) with no note
    of its own takes the first note of the paragraph that continues it; returns the figures still
    waiting for one."""
    if block.kind not in ("body", "bullet"):
        return unsourced if block.kind in ("table", "legend", "callout") else []
    first = next((m.label for m in block.markers if m.label not in term_notes), None)
    if unsourced and first is not None and not block.text[:1].isupper():
        for c in unsourced:
            # a section's last note taken for want of one is replaced by the paragraph's own
            _resourced(c, [first], "FN:continued", "FN:section", "source_from_paragraph")
        unsourced = []
    if block.text.rstrip()[-1:] in ".:;!?" or block.markers:
        return []
    return [c for c in found if not c.footnotes or "FN:section" in c.rules]


# Two headings within this many points of type are of one level; a parent's type is bigger
# than its subsections' by this many points at least.
SIBLING_SIZE_TOLERANCE = 0.25
PARENT_SIZE_STEP = 1.0


def section_opening_sources(opening: list[Candidate], block: Block, found: list[Candidate],
                            ctx: Context, sibling: bool = False, across: set[int] = frozenset()
                            ) -> list[Candidate]:
    """FN:section-next: the figures of a section's opening paragraphs that no note before them
    sources (its first marker stands at the end of its text: blind round60, 2026q2
    onecol-chromium) take, where no later stage finds a source, the first note of the section's
    next paragraph with one; returns the figures still waiting. A heading ends the wait, but
    for the heading of the next subsection of the same parent (`sibling`): FN:sibling-next, a
    subsection with no note at all takes the first note of the one after it (side-by-side
    "Temporary residence" | "Permanent residence⁴" under "2. RESIDENCE PERMITS": blind
    designer79, 2022q4 word); `across` holds the ids of the figures so waiting."""
    if block.kind == "heading" and ctx.chart_title is None and not NUMBERED_CAPTION.match(block.text):
        return opening if sibling else []
    if block.kind == "table" and ctx.section_source is None and ctx.caption is not None:
        # a captioned table set first in its section, under no note, waits too ("5. Remittances" |
        # "Table 1. ..." | rows | "Outgoing transfers reached ...⁸": blind designer83, 2022q4 reportlab)
        return opening + [c for c in found if not c.footnotes and _weak_fallback(c)]
    if block.kind not in ("body", "bullet"):
        return opening
    first = next((m.label for m in block.markers if m.label not in ctx.term_notes | ctx.legal_notes), None)
    if first is not None:
        for c in opening:
            if not c.footnotes and _weak_fallback(c):
                c.fallback_notes = (first, "FN:sibling-next" if id(c) in across else "FN:section-next")
        return []
    if ctx.section_source is not None:
        return []
    return opening + [c for c in found if not c.footnotes and _weak_fallback(c)]


def _weak_fallback(c: Candidate) -> bool:
    """No fallback note yet, or only the note of an earlier figure of its metric, which the
    section's own next note outranks (FN:metric-before from the section before: blind
    designer68, 2026q1 reportlab, '8. Remittances by country')."""
    return not c.fallback_notes or c.fallback_notes[1:] == ("FN:metric-before",)


def list_closing_sources(listed: list[Candidate], block: Block, found: list[Candidate],
                         ctx: Context) -> list[Candidate]:
    """FN:list-closing: the items of a list whose introduction has no marker in its own sentence
    ("... incoming transfers grew by 36.0 per cent.²² The main countries of origin were:") take
    the first marker set on a later item of the list ("• Republic of Korea – KZT 5.8 billion,
    9.4%.²³"), not the note before the introduction (blind round65, 2022q1 onecol-fpdf); with no
    marked item after them they keep that note (FN:list). Returns the items still waiting."""
    if block.kind not in ("body", "bullet") or ctx.list_intro is None:
        return []
    skip = ctx.term_notes | ctx.legal_notes | ctx.rate_notes
    first = next((m.label for m in block.markers if m.label not in skip), None)
    if first is not None and listed:
        for c in listed:
            _resourced(c, [first], "FN:list-closing", "FN:list", "source_from_list_end")
        return []
    if ctx.list_intro[2]:
        return []       # the introduction's own note ("... as follows:⁵") sources its items
    return listed + [c for c in found if "FN:list" in c.rules]


# a chart's value alone on its line ("52.1", "1,402,118", "38.5%")
BAR_VALUE = compiled(r"\s*[-+−]?\d[\d\s.,]*%?\s*")


def _value_over(values: list[Block], label: Block) -> Block | None:
    """The one held value standing over a bar's label: its middle within half the wider of the
    two from the label's, and not below it; None where none or more than one does (an axis's
    values stacked at one place)."""
    def span(b: Block) -> tuple[float, float, float]:
        x0, top, x1, _ = union(b.boxes)
        return (x0 + x1) / 2, x1 - x0, top
    if not label.boxes or any(not v.boxes for v in values):
        return values[0] if len(values) == 1 else None
    mid, width, top = span(label)
    over = [v for v in values if abs(span(v)[0] - mid) <= max(span(v)[1], width) / 2 and span(v)[2] <= top]
    return over[0] if len(over) == 1 else None


def _bar_kind(block: Block, rd: Readers, ctx: Context) -> str | None:
    """"value": a lone value set as a heading or legend line; "label": a bar's label; else None."""
    if block.kind in ("heading", "legend") and not block.markers and BAR_VALUE.fullmatch(block.text):
        return "value"
    return "label" if _bar_label(block, rd, ctx) else None


def _caption_and_bar_value(block: Block) -> tuple[Block, Block] | None:
    """LAY:caption-value: a figure caption ending in a lone value set far apart from its words or
    on a line of its own under them (the value over a column chart's first bar, read with the
    caption: "Figure 1. Arrivals of foreign nationals by month, 2022" | "1,102,340"; blind
    designer101, 2022q3 word) is the caption, then that value, read as the chart's first bar
    value."""
    text = block.text
    if block.kind != "heading" or block.markers or len(block.boxes) != len(text) \
            or not tables.FIGURE_CAPTION.match(text):
        return None
    cut = text.rstrip().rfind(" ")
    value = text[cut + 1:].rstrip()
    if cut <= 0 or not BAR_VALUE.fullmatch(value) or not DIGIT.search(value) or YEAR_WORD.fullmatch(value):
        return None
    last, first = block.boxes[cut - 1], block.boxes[cut + 1]
    if first[0] - last[2] <= GAPPED_CELL * block.size and first[1] < last[3] - NEXT_LINE_OVERLAP * block.size:
        return None             # neither set far apart on the caption's line nor on a line of its own
    return (replace(block, text=text[:cut], boxes=block.boxes[:cut]),
            replace(block, text=value, boxes=block.boxes[cut + 1:cut + 1 + len(value)]))


def _bar_row_cells(block: Block, rd: Readers, ctx: Context, holding: bool, paired: bool) -> list[Block]:
    """LAY:bar-row: under a chart's title and no table header (or right after a value paired
    with its label, or while values are held), a row of lone values (the values set on a column
    chart's bars, read level with each other as one row) or, while values are held, a row of bar
    labels ('November | December') is read cell by cell, as lone values and labels are, so that
    each value pairs with the label it stands over (blind designer98, 2025q4 word: "1,095,610 |
    1,108,920" over "November | December"). Else no cells."""
    if block.kind != "table" or len(block.cells) < 2 or block.markers or ctx.chart_title is None \
            or ctx.caption is not None or ctx.columns is not None and not (paired or holding):
        return []
    cells = [replace(block, kind="heading", text=block.text[a:b], boxes=block.boxes[a:b], cells=())
             for a, b in block.cells]
    if all(BAR_VALUE.fullmatch(c.text) for c in cells):
        return cells
    labels = [replace(c, kind="legend") for c in cells]
    return labels if holding and all(_bar_label(c, rd, ctx) for c in labels) else []


def _bar_label(block: Block, rd: Readers, ctx: Context) -> bool:
    """A bar's label alone on its line: a month or quarter ("January", "Q3 2024") or one place."""
    text = block.text.strip()
    if block.kind not in ("heading", "legend") or block.markers or not text or len(text) > 40:
        return False
    ps = rd.find_periods(text, ctx.report_start, ctx.report_end)
    if tables.MONTH_ONLY.match(text) or ps and ps[0].start == 0 and ps[0].end == len(text):
        return True
    ents = rd.find_entities(text)
    return len(ents) == 1 and ents[0].label in ("COUNTRY", "REGION") and ents[0].start == 0 \
        and ents[0].end >= len(text.rstrip(" ."))


def restated_rows(rows: list[Candidate], block: Block, found: list[Candidate]) -> list[Candidate]:
    """FN:restates-table: a paragraph with no marker right after a table whose caption carries
    one ("Table 6. Outgoing transfers by country of destination ...¹⁴"), stating a figure of a
    country the table gives for the same metric ("The Russian Federation stayed the main
    destination, with transfers worth about USD 114.9 million."), takes the table's note, not the
    section's last (blind round65, 2025q3 tables-reportlab). Returns the rows of the table read
    so far."""
    if block.kind == "table":
        return rows + [c for c in found if "FN:table" in c.rules and c.country]
    if block.kind in ("legend", "callout"):
        return rows
    if block.kind == "body" and not block.markers and rows:
        notes = {(c.metric, c.country): c.footnotes for c in rows}
        for c in found:
            if "FN:section" in c.rules and (c.metric, c.country) in notes:
                _resourced(c, notes[(c.metric, c.country)], "FN:restates-table", "FN:section")
    return []


# --- blocks -----------------------------------------------------------------------------------

def read_block(ctx: Context, rd: Readers, block: Block):
    """One block -> (context, candidates, [(quantity, why it is no figure)]); the block's last
    footnote marker then stands for the section's source so far."""
    ctx, found, *rest = _read_block(ctx, rd, block)
    ctx, found = _section_stock(ctx, found)
    if block.markers and not (block.kind == "heading" and ctx.caption is block):
        label = _standing_source(block, found, ctx.section_source, ctx.report, ctx.legal_notes, ctx.rate_notes,
                                 ctx.term_notes)
        money = any((m or "").startswith("remittances") for m in (ctx.section_metric, ctx.last_metric))
        used = frozenset(c.metric for c in found)
        ctx = replace(ctx, section_source=label, source_metrics=_named_metrics(block.text, money, used) | frozenset(
            c.metric for c in found if label in c.footnotes) if label != ctx.section_source else ctx.source_metrics,
                      quarter_source=label if label not in ctx.monthly_notes else _quarter_note(ctx, block, found))
    if block.kind != "table":
        mine = tuple((c.metric, c.footnotes[-1]) for c in found if c.footnotes and c.statistic != "change"
                     and not COMPARED_PERIOD_RULES & set(c.rules) and "source_from_previous" not in c.flags)
        if mine:
            ctx = replace(ctx, metric_notes=tuple(x for x in ctx.metric_notes if x[0] not in dict(mine))
                          + tuple(dict(mine).items()))
    return ctx, found, (rest[0] if rest else [])


# The period rules of a figure stated for comparison ("up from 27,310 on 1 April"): no stock date
# for the section.
COMPARED_PERIOD_RULES = frozenset({"PER:compared-value", "PER:cmp-clause", "PER:when-compared"})


def _section_stock(ctx: Context, found: list[Candidate]) -> tuple[Context, list[Candidate]]:
    """PER:stock-section: "As of 1 July 2024, 20,400 foreign workers held valid permits" dates
    the figures of that metric later in the section that name no period of their own (a
    paragraph on the regions, a map of tiles), which would otherwise take the report's quarter
    or its last day."""
    out = []
    for c in found:
        stock = ctx.section_stock
        if stock and c.metric == stock[0] and c.statistic in ("total", "share") \
                and c.period in (ctx.report, (ctx.report[1], ctx.report[1])) and "period_default" in c.flags:
            c = replace(c, period=stock[1], flags=[f for f in c.flags if f != "period_default"] + ["period_from_section"],
                        rules=c.rules + ["PER:stock-section"])
        out.append(c)
    # a stated day's total or shares of the metric (not a region's zero at a day, "no registered
    # migrant workers in Abay as of the end of June": blind designer100, 2022q2 chromium2; the
    # shares "As of 31 March 2023 Almaty city hosted 17.2% ...": blind designer93, 2023q1 reportlab)
    dated = [c for c in found if c.statistic in ("total", "share") and c.period[0] == c.period[1] and c.value != 0
             and "period_default" not in c.flags and not COMPARED_PERIOD_RULES & set(c.rules)]
    if dated:
        ctx = replace(ctx, section_stock=(dated[-1].metric, dated[-1].period))
    return ctx, out


def _named_metrics(text: str, money: bool = False, used: frozenset[str] = frozenset()) -> frozenset[str]:
    """The metrics a text names ("departures followed the same pattern (Table 1)"): a generic
    cue names each metric it may stand for; in a section on transfers (`money`) a flow's word
    names the transfers of its direction. In a text whose figures took their metrics (`used`), a
    generic cue names none of its own ("Kazakhstan's own labour migration is poorly recorded ...
    31.6 thousand citizens of Kazakhstan registered as labour migrants in the Russian
    Federation": emigrant workers only; blind designer84, 2023q1 chromium2)."""
    out = set()
    for c in metric_cues(text):
        if used and c.value.endswith("?") and c.value.rstrip("?") not in used:
            continue
        base = c.value.rstrip("?")
        if money and c.id.endswith(":flow"):
            # "Outflows grew from month to month" in a section on transfers: cues.json direction_cells
            base = cues()["direction_cells"].get(text[c.start:c.end].lower(), base)
        out |= {"remittances": {"remittances_sent", "remittances_received"},
                "residence_permits": {"temporary_residence_permits", "permanent_residence_permits"}}.get(base, {base})
    return frozenset(out)


def _quarter_note(ctx: Context, block: Block, found: list[Candidate]) -> str | None:
    """The block's last marker, on no monthly data and no rate, that sourced a figure of the
    report's quarter ("... totalled KZT 257,5 billion ... at the quarter's average rate."¹¹ before
    "December was the busiest month."¹³), else the quarter's note standing before."""
    own = [m.label for m in block.markers if m.label not in ctx.monthly_notes and m.label not in ctx.rate_notes
           and m.label not in ctx.term_notes and any(m.label in c.footnotes and c.period == ctx.report and c.statistic != "change" for c in found)]
    return own[-1] if own else ctx.quarter_source


def _standing_source(block: Block, found: list[Candidate], before: str | None, report,
                     legal: frozenset[str] = frozenset(), rate: frozenset[str] = frozenset(),
                     term: frozenset[str] = frozenset()) -> str | None:
    """The marker that sources the section's unmarked text after this block: its last marker,
    unless that one sourced only comparisons (changes, and figures of other periods: "comparative
    data for 2021-2022") or a conversion rate (placed at the rate, or a note that only states
    the conversion rate: `rate`), or cites a legal act and sourced nothing here
    ("The new rules came into force in May.⁹" | "⁹ Rules ..., approved by Order No. 119");
    then the one before it, or the source already standing. A note that sources nothing (`term`:
    a definition, a day's rate given for reference) never stands."""
    # the quarter's figures, and stocks on its last day ("138,604 permanent residents as of 31
    # March 2022"⁴ in a card over "Among them, 41,230 hold Uzbek ... citizenship": blind
    # designer91, 2022q1 chromium2)
    quarter = [m.label for m in block.markers
               if any(m.label in c.footnotes and c.statistic != "change" and c.period in (report, (report[1], report[1]))
                      for c in found)]
    for m in reversed(block.markers):
        if m.label in term:
            continue
        if attach.rate_note(block, m) or m.label in rate and any(x.label not in rate for x in block.markers):
            continue
        sourced = [c for c in found if m.label in c.footnotes]
        if m.label in legal and not sourced:
            continue
        if not sourced or m.label in quarter:
            return m.label
    # with none, the last that sourced the quarter's figures ("Individuals sent KZT 168.4 billion
    # ... converted at the quarter's average rate of 450.75 KZT per US dollar.⁹ ... 8.3 per cent
    # lower than in the last quarter of 2023.¹⁰ For reference, the official rate on 29 March 2024
    # stood at 1 USD = 446.95 KZT.¹¹": ⁹, not the rate's ¹¹; blind designer64, 2024q1 word)
    # a note citing a legal act that sourced nothing never stands ("Legislation" box's Resolution
    # over a table of monthly transfers set under it: blind designer91, 2024q1 chromium)
    own = [m.label for m in block.markers if m.label not in term
           and not (m.label in legal and not any(m.label in c.footnotes for c in found))]
    return before or (quarter[-1] if quarter else own[-1] if own else None)


# names each with a percent, and nothing else
# (a name may hold an abbreviation's point: "Rep. of Korea 10.8%")
LEGEND_RUN = compiled(r"\s*(?:(?:[^\d%.;:]|\.(?=\s\p{Ll})){2,40}?\s\(?\d{1,3}(?:[.,]\d+)?\s?%\)?[,;]?\s*){3,}")


def _chart_parts(ctx: Context, block: Block, rd: Readers) -> tuple[Context, Block | None]:
    """A figure caption ("Figure 1. Arrivals ... by citizenship, %") titles the chart after it,
    whatever its size or kind; a short line right after it without numbers continues it; short
    "Name (41.37%)" lines under it are its legend. Returns the context and the block to read
    (None when the block was taken into the title)."""
    text = block.text
    if (block.kind != "table" or len(block.cells) <= 1) and tables.FIGURE_CAPTION.match(text) \
            or _unnumbered_chart_title(block, rd) or _unit_subtitle(ctx, block, rd):
        # it ends the table before it: a chart's rows under it are never that table's (blind
        # designer35, 2022q4 chromium, "Figure 2. Transfers by month" under Table 2)
        return replace(ctx, chart_title=block, title_open=True, caption=None, columns=None, row_section=None,
                       row_topic="", header=None, header_lines=(), header_more=(), table_groups=()), None
    if ctx.title_open and ctx.chart_title is not None and block.kind == "legend" and KEY_LINE.match(text):
        # LAY:key-under-rows: the key of the series ("■ transfers sent ■ transfers received"),
        # set under the rows and read before them, names the columns: it continues the title
        return replace(ctx, chart_title=_joined_title(ctx.chart_title, block)), None
    short = len(text) <= LEGEND_MAX
    # a caption's wrapped line in its type, its only numbers years ("destination, KZT billion,
    # January–March 2024"), continues it
    wrapped = ctx.title_open and block.kind == "heading" and ctx.chart_title is not None \
        and abs(block.size - ctx.chart_title.size) < 0.3 and not DIGIT.search(YEAR_WORD.sub("", text))
    if ctx.title_open and short and (not DIGIT.search(text) or wrapped or _chart_part(text, rd)) \
            and block.kind != "table":
        if _chart_part(text, rd):      # "CIS member states" over the chart's first part
            return replace(ctx, chart_title=_with_part(ctx.chart_title, block), title_open=False), None
        return replace(ctx, chart_title=_joined_title(ctx.chart_title, block)), None
    ctx = replace(ctx, title_open=False)
    if block.kind == "heading" and ctx.chart_title is not None and not block.markers and BAR_VALUE.fullmatch(text):
        # a chart's data label in large type ("44.9" over a pie's slice, its legend lines
        # "Russian Federation – 44.9%" under it) is no heading that ends the chart (blind
        # designer80, 2022q1 chromium2)
        return ctx, None
    if ctx.chart_title is not None and ctx.caption is None and len(text) < GROUP_LABEL_MAX \
            and (block.kind in ("body", "legend") or block.kind == "heading" and not ctx.header_lines
                 and ctx.columns is None and block.size <= ctx.chart_title.size + SIBLING_SIZE_TOLERANCE) \
            and _names_a_group_only(text, rd):
        # a group's name set amid a chart's legend lines (a donut's centre label "CIS" among
        # "Uzbekistan 44.12%" | "Russian Federation 25.87%": blind designer85, 2022q3
        # chromium2; in capitals in heading type: blind designer89, 2024q3 chromium2): the part of
        # the chart under way is that group's
        return replace(ctx, chart_title=_with_part(ctx.chart_title, block)), None
    if ctx.chart_title is not None and block.kind == "body":
        if short and DIGIT.search(text) or LEGEND_RUN.fullmatch(text):
            # also a stacked bar's legend set in one line ("Uzbekistan 44.63% Russian Federation
            # 27.18% ... Other CIS 2.76%": blind designer44, 2022q2 chromium2)
            return ctx, _gapped_row(replace(block, kind="legend"))
        if not short and block.size > ctx.chart_title.size:
            ctx = replace(ctx, chart_title=None)     # body text; not a note in the caption's type
    return ctx, _gapped_row(block) if ctx.chart_title is not None else block


CHART_TITLE_BY = pattern("chart_title_by")
GROUP_LABEL_MAX = 40        # a chart's group label: a name, not a sentence
# A chart's label and its value set apart on one line by at least this many of its font sizes
GAPPED_CELL = 2.5
# A box whose top stands no more than this many font sizes above the last one's bottom is on a line under it.
NEXT_LINE_OVERLAP = 0.2


def _gapped_row(block: Block) -> Block:
    """TAB:gapped-row: a chart's line of a label and a value set far apart ("January" ... "54.9",
    bars' labels at the axis and values at the bars' ends, one line each; blind designer85,
    2024q1 reportlab) is a row of those two cells."""
    text = block.text
    if block.kind != "legend" or block.cells or len(block.boxes) != len(text):
        return block
    gaps = [i for i in range(1, len(text) - 1) if text[i] == " " and text[i - 1] != " " and text[i + 1] != " "
            and block.boxes[i + 1][0] - block.boxes[i - 1][2] > GAPPED_CELL * block.size]
    value = text[gaps[0] + 1:] if len(gaps) == 1 else ""
    if not tables.VALUE_TOKEN.fullmatch(value) or not DIGIT.search(value) or DIGIT.search(text[:gaps[0]]):
        return block
    return replace(block, kind="table", cells=((0, gaps[0]), (gaps[0] + 1, len(text))))


def _unnumbered_chart_title(block: Block, rd: Readers) -> bool:
    """TITLE:unnumbered: a chart's title in legend type with no "Figure N." before it, naming a
    metric and its breakdown ("Remittances sent from Kazakhstan by month, KZT billion,
    July–September 2025"; blind designer60, 2025q3 chromium2), its only numbers years: it titles
    the rows under it as a figure caption would."""
    return block.kind == "legend" and bool(CHART_TITLE_BY.search(block.text)) and _title_line(block.text, rd)


def _title_line(text: str, rd: Readers) -> bool:
    """A short line, no sentence, its only numbers years, naming a metric: a chart's title."""
    return len(text) < CAPTION_MAX and not text.rstrip().endswith(".") \
        and not DIGIT.search(YEAR_WORD.sub("", text)) and tables.text_metric(text, rd.find_entities) is not None


def _unit_subtitle(ctx: Context, block: Block, rd: Readers) -> bool:
    """TITLE:unit-subtitle: a short line in body type, outside any table or chart, naming a
    metric and ending in its unit, its only numbers years ("Outgoing transfers, KZT billion" under
    a card's heading "SENT BY MONTH", over "January 54.9" ...; blind designer85, 2024q1
    reportlab): it titles the rows under it as a figure caption would. Not in legend type, where
    such a line names a chart's series (TITLE:unnumbered)."""
    return block.kind == "body" and ctx.caption is None and ctx.chart_title is None and ctx.columns is None \
        and bool(UNIT_AT_END.search(block.text)) and _title_line(block.text, rd)


RATIO_PHRASE = pattern("ratio_phrase")
YEAR_WORD = compiled(r"\b(?:19|20)\d\d\b")
# A table cell's wrapped tail on a line of its own: up to three words in lower case
CELL_TAIL = compiled(r"\s*\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}\s*")
# A cell or tile that holds no value: a dash, "n/a", "no data"
NO_VALUE = pattern("no_value")


def _blank_tile(text: str, rd: Readers) -> bool:
    """A tile of a map or grid printed with no value: its name alone (a region, a country), a
    dash alone, or its name with a mark of no value ("Abay none", "Ulytau –": blind designer84,
    2024q2 word, a tile map whose empty tiles are set in heading type)."""
    if NO_VALUE.fullmatch(text):
        return True
    ents = rd.find_entities(text)
    rest = text[ents[0].end:].strip(" .") if ents else ""
    return len(text) <= 40 and len(ents) == 1 and ents[0].label in ("REGION", "COUNTRY") \
        and not text[:ents[0].start].strip() and (not rest or bool(NO_VALUE.fullmatch(rest)))


HEADER_WORD_MAX = 24        # a header cell's unit: a few words, not a line of text
UNIT_COLUMNS = ("share", "KZT", "USD", "persons")


def _header_word(ctx: Context, block: Block) -> bool:
    """TAB:header-lines: a header cell's unit in body type among header lines in heading type
    ("Remittances sent" over "KZT bn" | "Share, %": blind designer87, 2025q1 reportlab), as
    cues.json table_columns names units."""
    text = block.text
    return block.kind == "body" and bool(ctx.header_lines) and len(text.strip()) <= HEADER_WORD_MAX \
        and not DIGIT.search(text) and any(kind in UNIT_COLUMNS and pat.search(text) for _, kind, pat in cues()["table_columns"])


def _unit_line_in_caption(ctx: Context, block: Block) -> bool:
    """A unit line between a table's caption and its rows, its words put in the caption already
    (tables.caption_units): no paragraph that would end the table."""
    return block.kind == "legend" and ctx.caption is not None and ctx.columns is None \
        and bool(cues()["unit_line"].match(block.text)) and ctx.caption.text.endswith(")")


def _small_caption(block: Block) -> bool:
    """A table's caption in body or legend type: short, and no sentence, unless it opens with
    "Table 1." (one set under its table ends in a full stop: "... (source as in note 3).")."""
    return block.kind in ("body", "legend") and len(block.text) < CAPTION_MAX \
        and (not block.text.rstrip().endswith(".") or bool(NUMBERED_CAPTION.match(block.text)))


# a legend's entry on a line of its own, its share after a dash or colon ("Russian Federation —
# 58.2%", "Germany: 4.5%") or a space
LEGEND_ENTRY = compiled(r"^\s*[^\d()%:–—]+?(?:\s*[:–—]\s*|\s+)\d+(?:[.,]\d+)?\s*%\s*$")


def _legend_under_heading(ctx: Context, block: Block) -> Context:
    """A legend's entries under a heading naming a metric ("Incoming transfers by country of
    origin (share of KZT amount)" over "Russia (40.5%)" | "USA (12.7%)": blind designer83, 2024q1
    chromium2; "Russian Federation — 58.2%": blind designer88, 2022q1 chromium2): the heading
    titles them (TITLE:heading)."""
    if ctx.title_heading is None or ctx.caption is not None or ctx.chart_title is not None:
        return ctx
    if block.kind == "legend" and (LEGEND_CELL.match(block.text) or LEGEND_ENTRY.match(block.text)) \
            or block.kind in ("body", "legend") and LEGEND_RUN.fullmatch(block.text) \
            or block.kind == "heading" and not block.markers and BAR_VALUE.fullmatch(block.text):
        # ... a stacked bar's key of names and shares in one line, and the value set on a
        # column chart's first bar ("Monthly arrivals of foreign nationals, persons" over
        # "1,208,340" | "October": blind designer98, 2025q4 word)
        return replace(ctx, chart_title=ctx.title_heading, title_open=False)
    return ctx


def _read_block(ctx: Context, rd: Readers, block: Block) -> tuple[Context, list[Candidate]]:
    """One block: a table caption or row, a heading, or a paragraph."""
    ctx, block = _chart_parts(_legend_under_heading(ctx, block), block, rd)
    if block is None:
        return ctx, []
    if block.kind == "table" and ctx.title_heading is not None and ctx.caption is None and ctx.chart_title is None:
        # "Registered foreign workers by region, Q4 2024 (persons)" in a section heading's type
        # right over a map's tiles: it titles them (TITLE:heading; blind designer37, 2024q4 chromium)
        ctx = replace(ctx, chart_title=ctx.title_heading, title_open=False)
    if block.kind != "heading" and ctx.title_heading is not None:
        ctx = replace(ctx, title_heading=None)
    c = cues()
    if c["table_caption"].match(block.text) and (block.kind == "heading" or _small_caption(block)
            or block.kind == "table" and len(block.cells) <= 1 and ctx.columns is None):     # a caption set as a row
        # "Table 1. ..." in small type too; a caption naming a metric ends a section of no
        # figures ("Methodology note" on the page before a landscape table of transfers)
        return replace(ctx, caption=block, columns=None, row_section=None, row_topic="", header=None, header_lines=(), header_more=(),
                       table_groups=(), section_skip=_still_skipped(ctx, block.text)), []
    if block.kind == "table":
        if ctx.section_skip:
            return ctx, []
        return tables_row(ctx, rd, block)
    if (block.kind in ("heading", "legend") or _header_word(ctx, block)) and ctx.caption is not None and ctx.columns is None \
            and len(block.text) < 60 and (block.kind == "heading" or not DIGIT.search(block.text)):
        # a line of the table's header set apart from its rows ("Share of arrivals, | %",
        # "KZT bn   USD mn   Share, %"): kept for the first row of values (TAB:header-lines)
        if ctx.header_lines and (_names_a_group_only(block.text, rd) or _under_a_full_header(ctx.header_lines, block)
                                 and direction_of(block.text, [])):
            # "CIS member states" under it; "Outgoing transfers (sent from Kazakhstan)" under a whole
            # row of header cells, at the names' edge (blind round32, 2025q3 reportlab, Table 2)
            return _row_section(ctx, rd, block.text, ctx.caption), []
        return replace(ctx, header_lines=ctx.header_lines + (block,)), []
    if _unit_line_in_caption(ctx, block):
        return ctx, []
    if _direction_row(ctx, block):
        # a direction's words set as a heading between a table's rows in the rows' own type ("Sent
        # from Kazakhstan, to:" over its countries, "Received in Kazakhstan, from:" under them) open
        # that direction for the rows under it, as a row of words only does (MET:row-section;
        # blind round49, 2024q4 word, Table 2)
        return _row_section(ctx, rd, block.text, ctx.caption or ctx.chart_title), []
    if block.kind in ("heading", "legend") and ctx.caption is not None and ctx.header is not None \
            and len(block.text) < 40 and not regex.search(r"\d", block.text) \
            and not _names_a_group_only(block.text, rd):
        # the header's lines staggered round a row set as the table's ("Share within" over
        # "Nationality | Arrivals" over "group, %"): the header is read again from all of them
        return replace(ctx, header_lines=ctx.header_lines + (ctx.header, block), columns=None, header=None), []
    if (ctx.caption or ctx.chart_title) is not None and ctx.columns is not None and _blank_tile(block.text, rd):
        return ctx, []      # a tile with no value ("Abay" over "—") amid a map's tiles: no break
    if ctx.columns is not None and block.kind != "body" and CELL_TAIL.fullmatch(block.text):
        return ctx, []      # a cell's wrapped last words ("states" under "CIS member") amid the rows
    if ctx.columns is not None and block.kind in ("heading", "legend") and _group_label(ctx, block.text, rd):
        if ctx.caption is None and ctx.chart_title is not None and PART_JOIN in ctx.chart_title.text:
            # a chart in parts, each under its group ("CIS member states" bars, then "Non-CIS
            # countries" bars): the next part's group replaces the last
            return replace(ctx, chart_title=_with_part(ctx.chart_title, block)), []
        if ctx.header is not None:
            # GRP:row-section: a group's name in heading type under the header, before any row
            # of values ("CIS member states" over "Uzbekistan | 1,254,012 | 43.52"), opens it
            return _row_section(ctx, rd, block.text, ctx.caption), []
        return ctx, []      # a merged group cell's label set between two rows ("CIS member states")
    if block.kind == "legend" and ctx.caption is not None and ctx.columns is None and ctx.header is None \
            and not ctx.header_lines and not DIGIT.search(YEAR_ONLY.sub("", block.text)):
        # FN:caption-note: a note line between a caption and its table's header ("Shares are of the
        # national total for each direction.²⁰") keeps the caption and lends it its marker (blind
        # designer43, 2024q1 word, Table 2); a year is no figure ("change against January–March
        # 2025 in per cent": blind round 51, 2025q2 tables-reportlab)
        moved = tuple(replace(m, offset=len(ctx.caption.text)) for m in block.markers)
        return replace(ctx, caption=replace(ctx.caption, markers=ctx.caption.markers + moved)), []
    if _no_value_mark(block):
        return ctx, []
    cell, kept = _header_kept(ctx, block, rd)
    ctx = replace(ctx, caption=None, columns=None, row_section=None, row_topic="", header=None,
                  header_lines=kept, header_more=(), table_groups=())
    block = _figure_list_heading(rd, block)
    if block.kind == "heading":
        return heading(ctx, block, rd, cell), []
    if ctx.section_skip:
        return ctx, _conversion_rates_only(ctx, rd, block)
    return read_paragraph(ctx, rd, block)


def _header_kept(ctx: Context, block: Block, rd: Readers) -> tuple[bool, tuple[Block, ...]]:
    """(the heading is a header cell under a title, the header lines kept): a header cell set as
    a heading (TITLE:header-heading), or a group's name under such cells, which opens a row
    group, keeps the lines; any other block ends them."""
    cell = block.kind == "heading" and _header_heading(ctx, block, rd)
    group = block.kind == "heading" and bool(ctx.header_lines) and ctx.columns is None \
        and ctx.chart_title is not None and _names_a_group_only(block.text, rd)
    return cell, ctx.header_lines if cell or group else ()


def _figure_list_heading(rd: Readers, block: Block) -> Block:
    """A list of figures set in heading type ("Uzbekistan – 36,410 Russian Federation – 23,870
    ...", the bold list of a sidebar: blind designer52, 2023q2 word) is read as text."""
    if block.kind == "heading" and len(rd.find_quantities(block.text)) >= HEADING_FIGURES \
            and len(rd.find_entities(block.text)) >= HEADING_FIGURES:
        return replace(block, kind="body")
    return block


WORD_OR_DIGIT = compiled(r"[\p{L}\d]")
# A tile's bound in place of a value: "<2%", "> 1,000", "≤0.5%" (blind designer56, 2024q3 chromium)
BOUND_ONLY = compiled(r"^\s*[<>≤≥]\s?\d[\d.,]*\s?%?\s*$")
# A tile's zero with its remark in large type: "0 (no registrations)", "0% (none)" (blind
# designer82, 2022q2 word, a tile map of regions)
ZERO_ONLY = compiled(r"^\s*0(?:[.,]0+)?\s?%?\s*(?:\(\s*[\p{L}\s-]{1,30}\))?\s*$")


def _no_value_mark(block: Block) -> bool:
    """A tile's "–" (no value published), "<2%" (a bound) or "0 (no registrations)" in large
    type: no heading, no break."""
    return not WORD_OR_DIGIT.search(block.text) or bool(BOUND_ONLY.match(block.text)) \
        or block.kind == "heading" and bool(ZERO_ONLY.match(block.text))


# A "heading" printing at least this many figures and names is a list of them in heading type.
HEADING_FIGURES = 2


def _conversion_rates_only(ctx: Context, rd: Readers, block: Block) -> list[Candidate]:
    """SEC:conversion-rate: in a section that states no figures ("About this update"), a
    paragraph that says at what rate amounts are converted still gives that rate, the report's
    exchange rate (blind round39, 2026q2 onecol-reportlab); nothing else of it is read."""
    if block.kind not in ("body", "bullet") or not attach.RATE_NOTE.search(block.text):
        return []
    found = read_paragraph(replace(ctx, section_skip=False), rd, block)[1]
    rates = [c for c in found if c.metric == "exchange_rate"]
    for c in rates:
        c.rules.append("SEC:conversion-rate")
    return rates


def heading_period(ctx: Context, block: Block, rd: Readers) -> tuple[str, str] | None:
    """The period a section heading names, other than the report's and not after a comparison
    word ("7. The year 2024 compared with 2023" gives 2024)."""
    text = block.text
    ps = [p for p in rd.find_periods(text, ctx.report_start, ctx.report_end) if not p.relative
          and not cues()["comparison"].search(text[max(0, p.start - 20):p.start])]
    own = [(p.period_start, p.period_end) for p in ps]
    return own[0] if own and own[0] != ctx.report else None


def _still_skipped(ctx: Context, caption: str) -> bool:
    """A table or chart caption naming a metric ends a section of no figures ("Methodology
    note" on the page before a landscape table of money transfers)."""
    return ctx.section_skip and not any(True for _ in metric_cues(caption))


def _direction_row(ctx: Context, block: Block) -> bool:
    """A short heading inside a table, in the type of its rows (no larger than the last row of
    values, or than the header before any), naming a direction of transfers and no number: a row
    group's label, not a section heading. So is such a line of text between the rows."""
    size = ctx.row_size or (ctx.header.size if ctx.header is not None else 0.0)
    # also a merged cell set level with no row, read as a line of text of its own ("Sent from
    # Kazakhstan" centred over four rows of a "Direction" column: blind round71, 2023q3
    # twocol-chromium, Table 1), no sentence
    own_line = block.kind == "body" and not block.text.rstrip().endswith((".", ":", ";", "!", "?"))
    # ("... by month", "... by country of origin" names a chart's or table's title, never a row group)
    return ((block.kind == "heading" or own_line) and ctx.columns is not None and size > 0
            and block.size <= size + 0.25 and len(block.text) < 60
            and not DIGIT.search(block.text) and direction_of(block.text, []) is not None
            and not UNIT_LINE.search(block.text) and not CHART_TITLE_BY.search(block.text))


def _names_a_group_only(text: str, rd: Readers) -> bool:
    ents = rd.find_entities(text)
    return bool(ents) and all(e.label == "GROUP" for e in ents) and \
        not regex.sub(r"\W+", "", text[:ents[0].start] + text[ents[-1].end:])


# "(2.96 million)", "(187.2 thousand)": a part's total in brackets after its group's name
PART_TOTAL = compiled(r"\s*\(\s*[\d.,\s]+(?:thousand|million|billion|mln|bn|K|M)?\.?\s*\)\s*$", regex.I)


def _chart_part(text: str, rd: Readers) -> bool:
    """A chart's part heading: a group's name alone, or with the part's total in brackets after
    it ("Non-CIS countries (187.2 thousand)" over that part's bars; blind designer85, 2024q1
    reportlab), read as the title's part, not as a heading that ends the chart."""
    m = PART_TOTAL.search(text)
    return _names_a_group_only(text[:m.start()] if m else text, rd)


def _group_label(ctx: Context, text: str, rd: Readers) -> bool:
    """A group's name alone, or in a chart in parts that part's heading with its total."""
    return _names_a_group_only(text, rd) or ctx.caption is None and ctx.chart_title is not None \
        and PART_JOIN in ctx.chart_title.text and _chart_part(text, rd)


def _with_part(title: Block, part: Block) -> Block:
    """The chart's title with the heading of the part under way in place of the last one."""
    base = title.text.split(PART_JOIN)[0]
    text = base + PART_JOIN + part.text
    boxes = title.boxes[:len(base)] + (title.boxes[-1],) * (len(text) - len(base))
    return replace(title, text=text, boxes=boxes)


PART_JOIN = " | "


def _joined_title(title: Block, part: Block) -> Block:
    """A chart's title printed on two headings, one block."""
    return Block(title.page, title.kind, title.text + " " + part.text, title.boxes + ((title.boxes[-1],) + part.boxes),
                 title.markers + tuple(type(m)(m.label, m.offset + len(title.text) + 1, m.box) for m in part.markers),
                 title.size)


UNIT_LINE = compiled(r"%|\b(?:KZT|USD|tenge|dollars|persons|people|billions?|millions?|thousands?|"
                          r"per\s?cent|percent|shares?)\b", regex.I)


def _unit_line_under(title: Block | None, block: Block, rd: Readers) -> bool:
    """`block` is a line of units right under a chart's title, at its left edge, naming no
    metric of its own ("Share of the quarter's total, %", "KZT billion, October–December")."""
    if title is None or title.page != block.page or not UNIT_LINE.search(block.text):
        return False
    last, first = title.boxes[-1], block.boxes[0]
    return (0 <= first[1] - last[3] <= 1.5 * max(last[3] - last[1], 1.0)
            and abs(first[0] - title.boxes[0][0]) <= 3
            and tables.text_metric(block.text, rd.find_entities) is None)


# a table's header cell under its title stands at most this many of the title's line heights below it
HEADER_LINE_REACH = 3.0


def _header_cell_under(title: Block | None, block: Block, rd: Readers) -> bool:
    """`block` is a header cell of the table right under a chart's title, in the title's type:
    short, no figures, naming no metric but the title's (TITLE:header-line; blind designer57,
    2023q3 chromium2: "Remittances sent" and "Country" over the header row)."""
    if title is None or title.page != block.page or len(block.text) > CELL_HEADER_MAX or DIGIT.search(block.text) \
            or block.size > title.size + 0.5:
        return False
    last, first = title.boxes[-1], block.boxes[0]
    metric = tables.text_metric(title.text, rd.find_entities)
    tall = max(last[3] - last[1], 1.0)     # a cell centred beside the header's last line stands a little into it
    return (metric is not None and -0.5 * tall <= first[1] - last[3] <= HEADER_LINE_REACH * tall
            and tables.text_metric(block.text, rd.find_entities) in (None, metric))


CELL_HEADER_MAX = 40
# header cells set as headings stand this many line heights under the title's last line at most
HEADER_HEADING_REACH = 3.0


def _header_heading(ctx: Context, block: Block, rd: Readers) -> bool:
    """TITLE:header-heading: a table's header cell set as a heading of its own under a title
    that is no "Table N." caption, before the table's rows ("Destination", "KZT bn", "Remittances
    sent" over "USD m | Share, %" under "Remittances sent from Kazakhstan by destination"):
    short, no figures, in no larger type, naming no metric but the title's, below the title's
    first line and near its last (blind designer62, 2024q4 chromium2)."""
    title = ctx.chart_title
    if title is None or ctx.columns is not None or title.page != block.page or not title.boxes or not block.boxes \
            or len(block.text) > CELL_HEADER_MAX or DIGIT.search(block.text) or block.size > title.size + 0.5 \
            or any(e.label == "GROUP" for e in rd.find_entities(block.text)):
        return False        # a group's name over a chart's part or a table's rows is no header cell
    first, last, top = title.boxes[0], title.boxes[-1], block.boxes[0]
    tall = max(last[3] - last[1], 1.0)
    metric = tables.text_metric(block.text, rd.find_entities)
    return top[1] > first[1] + 0.5 * tall and top[1] - last[3] <= HEADER_HEADING_REACH * tall \
        and metric in (None, tables.text_metric(title.text, rd.find_entities))


def heading(ctx: Context, block: Block, rd: Readers, cell: bool = False) -> Context:
    """A heading sets the section's metric and direction; a small one titles a chart (`cell`:
    it is a header cell of the table under that title, TITLE:header-heading)."""
    text = block.text
    if (block.size < CHART_TITLE_MAX_SIZE and len(text) < 160 and not text.isupper()
            and not NUMBERED_HEADING.match(text)):
        if ctx.chart_title is not None and _names_a_group_only(text, rd):
            # "CIS member states" under header cells set as headings: a row group of the table;
            # else ("Figure 2. Arrivals by nationality, %" then "CIS member states" over its
            # bars) the group heads a part of the same chart
            return _row_section(ctx, rd, text, ctx.chart_title) if ctx.header_lines else \
                replace(ctx, chart_title=_with_part(ctx.chart_title, block))
        own = block
        if ctx.title_heading is not None and text[:1].islower():
            # "Registered foreign workers, top six regions" over "persons, third quarter of
            # 2025": the chart's title goes on in a subtitle (TITLE:subtitle)
            block = _joined_title(ctx.title_heading, block)
        elif cell or _unit_line_under(ctx.chart_title, block, rd) or _header_cell_under(ctx.chart_title, block, rd):
            # "Transfers received by Kazakhstan, by country of origin" over "Share of the
            # quarter's total, %": a unit line under the title continues it (TITLE:unit-line),
            # as do a table's header cells set in the title's type ("Remittances sent" over
            # "KZT bn | USD m", "Country") under "Remittances sent by country of destination"
            block = _joined_title(ctx.chart_title, block)
        # a small "Contents" heading opens a section of no figures (its page numbers); header
        # cells set as headings under the title place the columns of the rows under them when
        # no header row of the table's own comes (TAB:header-lines)
        lines = ctx.header_lines + (own,) if cell else ctx.header_lines if block is not own else ()
        return replace(ctx, chart_title=block, title_heading=None, section_skip=_still_skipped(ctx, block.text)
                       or bool(cues()["contents_heading"].match(text)), header_lines=lines)
    found = section_metric(text)
    metric, rule = found if found else (None, None)
    # a heading naming a metric but no section may title a chart whose subtitle follows
    # (TITLE:heading) as may one naming a section's metric with the rows right under it
    title = block if not NUMBERED_HEADING.match(text) \
        and (found is not None or tables.text_metric(text, rd.find_entities)) else None
    ctx = replace(ctx, title_heading=title)
    d = direction_of(text, [])
    direction = d[0] if d else None
    kind = PERMIT_KINDS.get(metric or "", ctx.permit_kind)
    groups = {e.id for e in rd.find_entities(text) if e.label == "GROUP"}
    return replace(ctx, chart_title=None, section_source=None, quarter_source=None, source_metrics=frozenset(),
                   sibling_source=_sibling_source(ctx, text), section_group=groups.pop() if len(groups) == 1 else None,
                   section_period=heading_period(ctx, block, rd),
                   section_skip=bool(cues()["no_figures_sections"].search(text)),
                   section_metric=metric, section_rule=rule, section_direction=direction,
                   last_remittance=None, permit_kind=kind, last_compared=None, event_day=None, section_stock=None,
                   last_metric=metric if metric != "remittances" else direction)


SUBSECTION = compiled(r"^\s*(\d+(?:\.\d+)*)\.\d+\.?\s+\S")


def _sibling_source(ctx: Context, text: str) -> tuple[str, str] | None:
    """(parent, marker) a numbered subsection hands to the next one of the same parent: "2.3
    Permanent residence permits" with no marker of its own is sourced by the last note of "2.2
    Temporary residence permits" (FN:sibling-section; blind round43, 2022q1 onecol-reportlab)."""
    m = SUBSECTION.match(text)
    if m is None:
        return None
    before = ctx.sibling_source
    if before is None or before[0] != m[1]:
        return (m[1], "")              # the first subsection of its parent: nothing handed on
    return (m[1], ctx.section_source or before[1])


def _list_state(ctx: Context, block: Block) -> Context:
    """Items of a list introduced by "... distributed as follows:" share its group and source."""
    intro = ctx.list_intro
    if intro is not None and len(block.text) < LIST_ITEM_MAX:
        return replace(ctx, list_group=intro[0], list_source=intro[1])
    return replace(ctx, list_intro=None, list_group=None, list_source=None)


SQUARE_AS_ROUND = str.maketrans("[]", "()")


def paragraph_spans(ctx: Context, rd: Readers, block: Block) -> Para:
    """The typed spans of a paragraph: quantities, periods, entities, compared periods. Square
    brackets are read as round ones ("KZT 204.1 billion [Q1 2023: KZT 182.9 billion]"): the spans
    stand at the same places, and quotes are taken from the printed text."""
    text = block.text.translate(SQUARE_AS_ROUND)
    quants = tuple(q for q in rd.find_quantities(text) if "duration" not in q.flags and "upper_bound" not in q.flags
                   and not ("multiplier" in q.flags and q.value < 1000))   # "three times as much"
    if block.kind == "legend" and LEGEND_BIN.match(text):
        quants = ()         # a class of a map's legend ("3,000–6,999", "7,000+"): bounds, no figures
    # a document's date, or the day an act or an exemption took effect ("since the mutual visa
    # exemption with China took effect on 10 November 2023: Chinese citizens accounted for 34.2
    # per cent ...": blind round95, 2025q3 twocol-reportlab), dates no figure
    periods = tuple(p for p in rd.find_periods(text, ctx.report_start, ctx.report_end)
                    if not cues()["document_date"].search(text[max(0, p.start - 60):p.start])
                    and not (p.period_start == p.period_end and cues()["effect_date"].search(text[max(0, p.start - 60):p.start])))
    ents = tuple(sorted(list(rd.find_entities(text)) + demonym_entities(text, rd.find_entities(text)),
                        key=lambda e: e.start))
    title = ctx.chart_title.text if block.kind == "legend" and ctx.chart_title is not None else ""
    # a number inside a period's words is its day or month count ("on 10–11 June"), no quantity
    quants = tuple(q for q in quants if not any(p.start <= q.start and q.end <= p.end for p in periods))
    # "roughly nine in ten", "one out of five": a proportion in words, no count
    ratios = [(m.start(), m.end()) for m in RATIO_PHRASE.finditer(text)]
    quants = tuple(q for q in quants if not any(a <= q.start and q.end <= b for a, b in ratios))
    periods = tuple(p for p in periods if not _aside(text, p, quants))
    # a name in a dash aside with no number names nothing outside it, unless the aside is only
    # names, an apposition ("the two largest nationalities – Uzbek and Russian – held ...")
    ents = tuple(e for e in ents if not _aside(text, e, quants, (DASH_ASIDE,)) or _names_only_aside(text, e, ents))
    compared = comparison_periods(text, periods, quants)
    periods = attach.same_spans(text, periods, compared, ctx.report_end.isoformat())
    # a note that states the conversion rate ("US dollar amounts are converted at ...") sources a
    # rate printed in the paragraph, no other figure of it; a day's rate given for reference is
    # no such rate (blind round87, 2024q3 tables-chromium)
    averages = any(q.kind == "rate" and not spot_rate(text, periods, q.start, q.end) for q in quants)
    unsourcing = ctx.term_notes if averages else ctx.term_notes | ctx.rate_notes
    return Para(_without_term_notes(block, unsourcing), text, quants, periods, ents, compared,
                tuple(rd.find_entities(title)) if title else ())


def _without_term_notes(block: Block, term_notes: frozenset[str]) -> Block:
    """A marker of a note that defines a term ("CIS: ... In this report the group covers ...")
    sources none of the figures around it."""
    if not any(m.label in term_notes for m in block.markers):
        return block
    return replace(block, markers=tuple(m for m in block.markers if m.label not in term_notes))


@lru_cache(maxsize=1)
def _demonyms() -> tuple[regex.Pattern, dict]:
    data = json.loads(resources.files("extractor.data").joinpath("demonyms.json").read_text("utf-8"))
    names = "|".join(sorted(data["demonyms"], key=len, reverse=True))
    words = "|".join(regex.escape(w) for w in data["citizenship_words"] + data["source_words"])
    people = "|".join(data["people_after"])
    # "Turkish (28.4%)", "Russian citizens", and each of "Kyrgyz, Tajik and Uzbek nationals"
    # "... Kyrgyz and Tajik nationals", "40.0% held Russian and 20.0% Uzbek citizenship" (or "20.0
    # per cent Uzbek citizenship": blind designer91, 2024q1 chromium), or of counts ("41,230 hold
    # Uzbek and 37,915 Russian citizenship": blind designer91, 2022q1 chromium2)
    # ... and "Russians, Chinese and Uzbeks accounted for 38.7, 17.4 and 14.1 per cent" (blind
    # designer87, 2023q3 chromium2): a list of plural names before a verb of shares and the numbers
    verbs = "|".join(r"\s+".join(map(regex.escape, v.split())) for v in data["share_verbs"])
    verb = rf"\s+(?:{verbs})\s+(?:about\s+|some\s+)?\d"
    joined = rf"(?:(?:\s*,\s*|\s+and\s+)(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)?\s+)?(?:{names})s?\b)+(?:\s+(?:{words}|nationals|citizens|workers|migrants)\b|{verb})"
    # ... and in a list of shares: "Chinese for 9.0%", "12.0% Russian citizens and 9.0% Chinese",
    # "nearly a third were Chinese – 30.5 per cent"
    pattern = compiled(rf"\b({names})(?:s\b|\b)(?=\s*\(\s*\d|\s+[\u2013\u2014]\s*\d|\s+(?:{words})\b|{joined}|\s+(?:the\s+\w+\s+)?(?:for|with)\s+\d"
                            rf"|(?<=s){verb})"
                            rf"|(?<=\d\s?%\s+|\d\s+|\d\s+per\s?cent\s+|\d\s+percent\s+)({names})(?:s\b|\b)(?=\s*(?:[.,;]|and\b|$))"
                            rf"|(?<=\bthe\s)({names})(?:s\b|\b)(?=\s*\(|\s+\d|\s+(?:{people})\b)"
                            # a list item: "Russian citizens 30.9%, Kyrgyz 6.0% and Tajik 4.7%"
                            rf"|(?<=,\s*|\sand\s)({names})(?:s\b|\b)(?=\s+\d[\d.,]*\s*(?:%|per\s*cent|percent))"
                            # named after "nationalities": "the two largest nationalities – Uzbek and Russian –"
                            rf"|(?<=\bnationalit(?:y|ies)\s*[\u2013\u2014:(,]\s*(?:(?:{names})(?:\s*,\s*|\s+and\s+))*)"
                            rf"({names})\b(?=\s*(?:[\u2013\u2014),]|and\b))"
                            # the last of a list of plural names, its plural as its singular:
                            # "Russians and Chinese accounted for 17 and 11 per cent" (blind
                            # round79, 2022q2 twocol-chromium)
                            rf"|(?<=\b(?:{names})s(?:\s*,\s*(?:{names})s?)*\s*,?\s+and\s+)({names})\b(?={verb})")
    return pattern, data["demonyms"]


def demonym_entities(text: str, ents) -> list[Entity]:
    """"Turkish (28.4 per cent)", "held Russian citizenship": a nationality adjective as a
    country, where no name the matcher found covers it (data/demonyms.json)."""
    pattern, table = _demonyms()
    taken = [(e.start, e.end) for e in ents]
    found = [(m.start(), m.end(), m[1] or m[2] or m[3] or m[4] or m[5] or m[6]) for m in pattern.finditer(text)]
    return [Entity(a, b, name, "COUNTRY", table[name]) for a, b, name in found
            if not any(x <= a < y for x, y in taken)]


PARENTHESES = compiled(r"\(([^()]*)\)")
# An aside between two dashes within a sentence ("– a jump explained by ... –").
DASH_ASIDE = compiled(r"\s[–—]\s([^–—.;:()]{12,220}?)\s[–—]\s")


def _aside(text: str, p, quants, kinds=(PARENTHESES, DASH_ASIDE)) -> bool:
    """A period in a parenthetical aside with no number and no comparison of its own ("Astana
    (the capital since 1997) for 15.0%", "57.3 per cent larger – a jump explained by the
    mobilization announced on 21 September 2022 – but 2.1 per cent smaller") dates nothing
    outside it."""
    for pattern in kinds:
        for m in pattern.finditer(text, max(0, p.start - 200), min(len(text), p.end + 200), overlapped=True):
            if m.start(1) <= p.start and p.end <= m.end(1):
                inner = text[m.start(1):p.start] + text[p.end:m.end(1)]
                return (bool(regex.search(r"\p{L}{3,}", inner)) and not cues()["comparison"].search(inner)
                        and not any(m.start() < q.start < m.end() for q in quants))
    return False


NAMES_JOINED = compiled(r"[\s,]*(?:(?:and|or)\s+)?(?:the\s+)?", regex.I)


def _names_only_aside(text: str, e, ents) -> bool:
    """The dash aside around `e` holds names joined by commas and "and" and nothing else."""
    for m in DASH_ASIDE.finditer(text, max(0, e.start - 200), min(len(text), e.end + 200), overlapped=True):
        if m.start(1) <= e.start and e.end <= m.end(1):
            inside = [x for x in ents if m.start(1) <= x.start and x.end <= m.end(1)]
            gaps = zip([m.start(1)] + [x.end for x in inside], [x.start for x in inside] + [m.end(1)])
            return all(NAMES_JOINED.fullmatch(text[a:b]) for a, b in gaps)
    return False


def comparison_periods(text: str, periods, quants) -> frozenset[int]:
    """Periods a comparison word governs ("than in the previous quarter", "quarter on quarter"):
    the first period after "than" / "compared with" before the next number."""
    c = cues()
    out = {i for i, p in enumerate(periods) if c["comparison_period"].search(p.text)}
    # "eased from their late-2022 peak": a period naming a reference point (§ stands for it)
    out |= {i for i, p in enumerate(periods)
            if c["reference_point"].search(text[max(0, p.start - 30):p.start] + "§" + text[p.end:p.end + 20])}
    for m in c["comparison"].finditer(text):
        _first_period_after(m.end(), text, periods, quants, 0, out)
    for m in c["comparison_with_value"].finditer(text):
        # "against 498,750 in the previous quarter": the compared value, then its period
        _first_period_after(m.end(), text, periods, quants, 1, out)
    return frozenset(out)


def _first_period_after(at: int, text: str, periods, quants, skip: int, out: set[int]) -> None:
    """Mark the first period within reach after `at`, passing at most `skip` numbers and no
    sentence or clause end (nor a colon: "Year on year the picture is weaker: in January–March
    2023, 182.9 billion KZT was sent" dates the amounts, not a comparison)."""
    # a number in brackets restating the one passed is no further number ("up from 247.5 KZT
    # (USD 512.4 million) in July–September": blind designer37, 2024q4 chromium)
    later = [q.start for q in quants if q.start >= at
             and not (skip and text.count("(", at, q.start) > text.count(")", at, q.start))]
    limit = later[skip] if len(later) > skip else len(text)
    for i, p in enumerate(periods):
        if at <= p.start < limit and p.start - at <= 80 and not regex.search(r"[;.:]\s", text[at:p.start]):
            out.add(i)
            return


IT_OPENS = compiled(r"\s*(?:It|This\s+(?:average|figure|amount|volume))\b")
COMPARED_AMOUNT_RULES = frozenset({"PER:when-compared", "PER:compared-value"})


def _anaphoric_averages(text: str, s_start: int, cands: list[Candidate], before: str | None) -> list[Candidate]:
    """"The monthly average of incoming transfers came to 40,53 billion KZT. It fell by 6,8 percent
    against the previous quarter, when it was 43,49 billion KZT, ...": the amounts a sentence
    opened by "It" compares with are of the statistic the sentence before stated, a monthly
    average (MET:anaphora; blind round44, 2024q4 onecol-reportlab); so is the amount of a "when
    it ..." clause after a change of an average the sentence names."""
    opened = before == "monthly_average" and bool(IT_OPENS.match(text, s_start))

    def averaged(c: Candidate) -> bool:
        # also "the monthly average of transfers sent was 113.8 percent higher than in
        # October–December 2021, when it stood at 40.15 billion KZT" (blind round71, 2022q4 word)
        lead = text[s_start:c.start]
        when = WHEN_IT.search(lead)
        return opened or bool(when and cues()["average"].search(lead, 0, when.start()))
    return [replace(c, statistic="monthly_average", rules=c.rules + ["MET:anaphora"])
            if c.statistic == "total" and c.unit in ("KZT", "USD") and COMPARED_AMOUNT_RULES & set(c.rules)
            and averaged(c) else c for c in cands]


# the compared amount's own clause: "..., when it stood at"
WHEN_IT = compiled(r"\bwhen\s+it\b[^.;()]*$", regex.I)


def read_paragraph(ctx: Context, rd: Readers, block: Block) -> tuple[Context, list[Candidate]]:
    ctx = _list_state(ctx, block)
    para = paragraph_spans(ctx, rd, block)
    run = Running(rejected=[], section_compared=ctx.last_compared)
    found: list[Candidate] = []
    last_changes: list[Candidate] = []
    for s_start, s_end in sentences(para.text):
        ctx = _sentence_state(ctx, para, s_start, s_end, run)
        before = run.block_metric
        ctx, cands, metric = read_sentence(ctx, para, s_start, s_end, run)
        cands = _both_respectively(para.text, s_start, s_end, _anaphoric_averages(para.text, s_start, cands, run.money_stat),
                                   last_changes)
        last_changes = [c for c in cands if c.statistic == "change"]
        run.money_stat = next((c.statistic for c in reversed(cands) if c.unit in ("KZT", "USD")), run.money_stat)
        found += cands
        run.block_metric = metric or run.block_metric
        run.sentence_metric = metric or run.sentence_metric
        found += zeros.zeros_of(ctx, para, s_start, s_end, before or run.block_metric, _footnotes)
    if run.block_metric:
        ctx = replace(ctx, last_metric=run.block_metric)
    compared = [c[3] for c in run.changes if c[3] is not None]
    if compared:
        ctx = replace(ctx, last_compared=compared[-1])
    days = [p for p in para.periods if p.period_start == p.period_end and not p.stock and not attach.is_cmp(para, p)]
    if days:
        ctx = replace(ctx, event_day=days[-1])
    if para.text.rstrip().endswith(":"):
        last = sentences(para.text)[-1]
        groups = [e.id for e in para.ents if e.label == "GROUP" and last[0] <= e.start < last[1]]
        if groups or block.markers:     # the items share the group and the note it names
            ctx = replace(ctx, list_intro=(groups[-1] if groups else None,
                                           block.markers[-1].label if block.markers else None,
                                           any(m.offset >= last[0] for m in block.markers)))
    return ctx, found, run.rejected


def _sentence_state(ctx: Context, para: Para, s_start: int, s_end: int, run: Running) -> Context:
    sentence = para.text[s_start:s_end]
    ents = [Entity(e.start - s_start, e.end - s_start, e.text, e.label, e.id)
            for e in para.ents if s_start <= e.start < s_end]
    d = direction_of(sentence, ents)
    run.prior_direction = run.block_direction
    if d:
        run.block_direction = d[0]
    kinds = list(PERMIT_KIND.finditer(sentence))
    if kinds:
        ctx = replace(ctx, permit_kind=kinds[-1].group(1).lower())
    return ctx


# --- sentences --------------------------------------------------------------------------------

def report_months(report: tuple[str, str]) -> list[PeriodMatch]:
    """The report's months, in order, as relative periods with no place in the text."""
    out, day = [], date.fromisoformat(report[0])
    end = date.fromisoformat(report[1])
    while day <= end:
        last = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        out.append(PeriodMatch(0, 0, "", day.isoformat(), min(last, end).isoformat(), relative=True))
        day = last + timedelta(days=1)
    return out


def sentence_view(para: Para, s_start: int, s_end: int, report: tuple[str, str] | None = None) -> Sent:
    text = para.text
    protected = [(x.start, x.end) for x in para.quants] + [(p.start, p.end) for p in para.periods] + \
                [(e.start, e.end) for e in para.ents]
    items = frozenset(e.start for e in para.ents)      # ", and Kyrgyzstan third (21.3%)": a list goes on
    clauses = split_clauses(text, s_start, s_end, protected, items)
    quants = pair_currency(text, bracketed_share_items(text, distribute_units(text, currency_forward(
        text, currency_terms(text, money_in_billions([q for q in para.quants if s_start <= q.start < s_end], text))))))
    quants = month_list_items(text, quants)
    quants = carried_rates(text, implied_percents(text, quants, [e for e in para.ents if s_start <= e.start < s_end]))
    stmts = group_statements(text, quants, lambda pos: clause_at(clauses, pos))
    periods = [p for p in para.periods if s_start <= p.start < s_end]
    cues_ = money_moved(metric_cues(text[s_start:s_end], s_start), text, quants)
    return Sent(s_start, s_end, clauses, tuple(cues_), tuple(stmts),
                attach.respective_periods(text, stmts, periods,
                                          frozenset(p.start for p in periods if attach.is_cmp(para, p)),
                                          [p for p in para.periods if p.end <= s_start],
                                          report_months(report) if report else []))


def read_sentence(ctx: Context, para: Para, s_start: int, s_end: int, run: Running):
    """Every statement of one sentence; returns the new context, the candidates and the
    metric the sentence spoke of."""
    text = para.text
    sent = sentence_view(para, s_start, s_end, ctx.report)
    if not sent.stmts:
        return ctx, [], _topic_only(ctx, para, sent, run)
    ents = [e for e in para.ents if s_start <= e.start < s_end]
    joint = attach.joint_shares(text, sent, ents)
    if joint:           # a share of two names at once: no figure of either
        run.rejected.extend((q, "ENT:joint") for st in joint for q in st.quants)
        sent = replace(sent, stmts=tuple(st for st in sent.stmts if all(st is not j for j in joint)))
    attach.assign_entities(text, sent, ents, [e for e in para.ents if e.end <= s_start])
    run.sentence_stat = None
    run.group_at = []
    chosen = None
    found: list[Candidate] = []
    for st in sent.stmts:
        if cues()["skip_before"].search(text[max(s_start, st.start - 30):st.start]):
            run.rejected.extend((q, "CUE:skip_before") for q in st.quants)
            continue
        metric, cue, mrules = statement_metric(ctx, para, sent, st, run)
        if st.entity is not None and st.entity.label == "GROUP" and any(    # a group's count, also
                q.kind != "percent" for q in st.quants):                      # "N arrivals, or 95.5%"
            run.group_at.append((st.clause.index, st.entity.id))
            run.para_group, run.members_group = st.entity.id, (st.entity.id, st.start)
        for q in st.quants:
            cand = candidate(ctx, para, sent, st, q, metric, cue, mrules, run)
            if cand is None:
                continue
            _remember(run, st, cand, q)
            if cand.statistic == "share" and cand.group and {"GRP:base", "GRP:members", "GRP:anaphora"} & set(cand.rules):
                # "... the largest group in the CIS flow, making up 44.5% of it.": the next
                # sentence's shares of its members are of that group too (GRP:members), and so
                # on while each sentence lists only members ("Within this smaller group Türkiye
                # led with 38.2% ... Germany, India and Korea accounted for 9.7, 6.4 and 5.1 per
                # cent respectively": blind designer68, 2022q4 chromium)
                run.members_group = (cand.group, st.start)
            if cand.metric != "exchange_rate" and (cand.statistic != "change" or run.block_metric is None) \
                    and (chosen is None or st.clause.kind != "parallel"):
                chosen = cand.metric      # a paragraph's topic is its amounts', not a gapped change's, nor
                #                           one a parallel clause (", while", "and") sets beside it
            if cand.metric.startswith("remittances_"):
                ctx = replace(ctx, last_remittance=cand.metric,
                              money_topic=cand.metric if para.block.kind == "body" else ctx.money_topic)
            found.append(cand)
    if found and chosen is None and "MET:clause" in found[0].rules and found[0].metric != "exchange_rate" \
            and all(c.statistic == "change" and c.metric == found[0].metric for c in found):
        chosen = found[0].metric    # a sentence of changes of one metric it names ("Arrivals were 6,2 per
        #                             cent lower ..., yet 4.8 per cent higher ..."): the topic turns to it
    found = _equivalents_dated_alike(text, _compared_like_stated(_parallel_lists(text, _respective_metrics(text, sent, found))))
    return ctx, _respective_bases(text, sent, _compared_like_change(text, sent, found)), chosen


TOTAL_SUBJECT = compiled(r"\b(?:quarterly|quarter's|overall|combined)?\s*total\b", regex.I)
# between an amount and its equivalent in the other currency opening a bracket right after it
ALONE_IN_BRACKET = compiled(r"[^()\d]*\)")
EQUIVALENT_GAP = compiled(r"\s*(?:tenge|KZT|US\s+dollars|dollars|USD)?\s*\(\s*(?:i\.\s?e\.\s*|or\s+|about\s+|approx\.\s*)?")


def _equivalents_dated_alike(text: str, found: list[Candidate]) -> list[Candidate]:
    """PER:equivalent: an amount's equivalent in the other currency, in a bracket right after it
    ("... to 131.9B tenge ($282.5M) in November"), is of the amount's period, whatever period
    stands nearer the bracket (blind round77, 2022q4 twocol-fpdf)."""
    for i, c in enumerate(found):
        if c.unit not in ("KZT", "USD"):
            continue
        anchor = next((a for a in reversed(found[:i]) if a.end <= c.start), None)
        if anchor is None or anchor.unit not in ("KZT", "USD") or anchor.unit == c.unit \
                or (anchor.metric, anchor.statistic) != (c.metric, c.statistic) \
                or not EQUIVALENT_GAP.fullmatch(text, anchor.end, c.start) or anchor.period == c.period \
                or not ALONE_IN_BRACKET.match(text, c.end):
            continue        # "KZT 68.9, 71.4 and 74.3 billion (USD 151.0, 155.2 and 162.8 million)": a list
        c.period = anchor.period
        c.rules.append("PER:equivalent")
    return found


def _compared_like_change(text: str, sent, found: list[Candidate]) -> list[Candidate]:
    """A compared amount in brackets after a change is of what the change is of: "they [outgoing
    transfers] rose by 110.3 per cent against the same quarter of 2021 (KZT 121.06 billion), and
    incoming transfers by 57.9 per cent" (its direction is the change's, not the sentence's), "their
    quarterly total was 21.2 per cent lower than in the previous quarter (KZT 162.9 billion)" (a
    total, where the sentence opened with a monthly average) (MET:compared-change)."""
    out = list(found)
    for i, c in enumerate(out):
        if "PER:compared-value" not in c.rules or c.unit not in ("KZT", "USD"):
            continue
        prev = [x for x in out[:i] if x.statistic == "change" and x.end <= c.start and c.start - x.end <= COMPARED_REACH
                and not regex.search(r"[;]", text[x.end:c.start]) and x.metric.startswith("remittances_")]
        if not prev and c.metric.startswith("remittances_"):
            out[i] = _fronted_compared(text, sent, c, out[i + 1:])
            continue
        if not c.metric.startswith("remittances_"):
            continue
        ch = prev[-1]
        if any(x.statistic == "change" and x.start > c.end and not regex.search(r"[,;]", text[c.end:x.start])
               for x in out):
            continue        # "..., while against Q3 2025 (KZT 233.9 billion) the outflow was 3.9% lower"
        lead = text[clause_at(sent.clauses, ch.start).start:ch.start]
        stat = "total" if c.statistic == "monthly_average" and TOTAL_SUBJECT.search(lead) else c.statistic
        subject = text[max([sent.start] + [x.end for x in out[:i] if x.end <= ch.start and x.unit != "percent"]):ch.start]
        if stat == "total" and _names_average(subject):
            stat = "monthly_average"    # "the monthly average of outgoing transfers declined by 31.5
            #                             per cent (from 83.5 billion KZT)"
        if (ch.metric, stat) != (c.metric, c.statistic):
            out[i] = replace(c, metric=ch.metric, statistic=stat, rules=c.rules + ["MET:compared-change"])
    return out


COMPARED_REACH = 120
# "the monthly average of outgoing transfers": a subject naming an average
AVERAGE_SUBJECT = compiled(r"\b(?:monthly|month's)\s+average\b|\baverage\s+(?:monthly|per\s+month)\b", regex.I)
FRONTED_COMPARED = compiled(r"\)\s*,\s*", regex.I)


def _names_average(subject: str) -> bool:
    """The subject names a monthly average, not a total ("the monthly average of outgoing transfers")."""
    return bool(AVERAGE_SUBJECT.search(subject)) and not TOTAL_SUBJECT.search(subject)


def _fronted_compared(text: str, sent, c: Candidate, later: list[Candidate]) -> Candidate:
    """"Compared with the first quarter of 2025 (61.02 billion KZT), the monthly average of
    outgoing transfers declined by 8.01 per cent": a compared amount in a fronted bracket is of
    the statistic the change's subject names right after it (MET:compared-change; blind
    designer42, 2025q2 chromium2)."""
    close = text.find(")", c.end)
    ch = next((x for x in later if x.statistic == "change"), None)
    if close < 0 or ch is None or not FRONTED_COMPARED.match(text, close) or ch.start - close > COMPARED_REACH:
        return c
    subject = text[close:ch.start]
    if c.statistic == "total" and _names_average(subject):
        return replace(c, statistic="monthly_average", rules=c.rules + ["MET:compared-change"])
    return c


# "(from 83.5 and 59.26 billion KZT, respectively)": the amounts a run of changes started from
BASES_BRACKET = compiled(r"\s*(?:%|per\s*cent|percent)?\s*\(\s*(?:(?:down\s+|up\s+)?from|against|compared\s+"
                              r"(?:with|to)|versus|vs\.?)\s", regex.I)
BASES_END = compiled(r"[^()]{0,40}?\)")


def _respective_bases(text: str, sent, found: list[Candidate]) -> list[Candidate]:
    """PER:respective-bases: "the monthly average of outgoing transfers declined by 31.5 per cent
    and incoming transfers by 58.2 per cent (from 83.5 and 59.26 billion KZT, respectively)": k
    amounts in a bracket that opens with "from" ("against") right after a run of k changes are
    the values the changes started from, in order: each takes its change's metric and compared
    period, and the statistic the sentence's subject names before the first change (a monthly
    average, else a total); "respectively" may be left unsaid ("(from 208.1 and 100.3 billion KZT
    in July–September 2023)")."""
    changes = [c for c in found if c.statistic == "change" and c.compared]
    if not changes:
        return found
    opener = BASES_BRACKET.match(text, changes[-1].end)
    if opener is None:
        return found
    inside = [c for c in found if c.start >= opener.end() and c.unit != "percent"
              and c.end <= sent.end and text.find(")", opener.end()) >= c.end]
    close = BASES_END.match(text, inside[-1].end) if inside else None
    k = len(inside)
    if close is None or k < 2 or len(changes) < k \
            or any(not RUN_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(inside, inside[1:])):
        return found
    run = changes[-k:]
    lead = text[sent.start:run[0].start]
    stat = "monthly_average" if _names_average(lead) else "total"
    given = {id(c): ch for c, ch in zip(inside, run)}
    return [replace(c, metric=given[id(c)].metric, statistic=stat, period=given[id(c)].compared,
                    flags=[f for f in c.flags if f != "period_default"],
                    rules=c.rules + ["PER:respective-bases"]) if id(c) in given else c for c in found]


RUN_JOIN = compiled(r"\s*(?:per\s*cent|percent|%)?\s*(?:,\s*(?:and\s+)?|and\s+)", regex.I)
RUN_END = compiled(r"\s*(?:per\s*cent|percent|%)?\s*", regex.I)


# "both", "the two", "each of them" standing for the subjects of the sentence before
BOTH = compiled(r"\b(?:both(?:\s+of\s+them)?|the\s+two(?:\s+flows|\s+directions)?|each\s+of\s+them)\b", regex.I)
OWN_METRIC = ("MET:clause", "MET:respectively", "MET:parallel-list")


def _both_respectively(text: str, s_start: int, s_end: int, found: list[Candidate], before: list[Candidate]
                       ) -> list[Candidate]:
    """MET:both-respectively: "Compared with the last quarter of 2025, outgoing transfers declined by
    11.4 per cent and incoming transfers by 18.7 per cent. Against January–March 2025, however, both
    grew: by 7.9% and 5.2% respectively": k changes after "both" with no metric of their own, closed by
    "respectively", take in order the metrics of the k changes of the sentence before, one metric each
    (blind designer63, 2026q1 reportlab)."""
    m = attach.RESPECTIVELY.search(text, s_start, s_end)
    both = BOTH.search(text, s_start, m.start()) if m else None
    # ... or with no subject at all, where nothing in the sentence names a metric ("Against
    # April–June 2022 the picture diverged: +9.6 and –21.4 per cent, respectively": blind
    # designer96, 2023q2 word)
    start = both.end() if both else s_start if m and not [c for c in metric_cues(text[s_start:m.start()])
                                                          if not c.weak] else None
    run = [c for c in found if c.statistic == "change" and start is not None and start <= c.start < m.start()
           and (both or "MET:they-respectively" not in c.rules)]
    if not run or len(run) != len(before) or len(run) < 2 or any(set(OWN_METRIC) & set(c.rules) for c in run) \
            or len({c.metric for c in before}) != len(before) or any(c.country or c.region for c in run + before):
        return found
    given = {id(c): b.metric for c, b in zip(run, before)}
    return [replace(c, metric=given[id(c)], rules=[r for r in c.rules if not r.startswith("MET:")] + ["MET:both-respectively"])
            if id(c) in given else c for c in found]


def _respective_metrics(text: str, sent, found: list[Candidate]) -> list[Candidate]:
    """"outgoing transfers rose by 18.5 per cent and incoming ones by 40.5 per cent; year on year
    the rise was 30.5 and 90.5 per cent respectively": changes listed before "respectively", with
    no names, take the metrics of as many changes before them in the sentence, in order
    (MET:respectively)."""
    m = attach.RESPECTIVELY.search(text, sent.start, sent.end)
    changes = [c for c in found if c.statistic == "change" and c.end <= (m.start() if m else -1)]
    if not changes or not RUN_END.fullmatch(text, changes[-1].end, m.start()):
        return found
    k = 1
    while k < len(changes) and RUN_JOIN.fullmatch(text, changes[-k - 1].end, changes[-k].start):
        k += 1
    run, before = changes[-k:], changes[:-k]
    if k < 2 or len(before) < k or any(c.country or c.region for c in run + before[-k:]) \
            or len({c.metric for c in before[-k:]}) < k:
        return found
    given = {id(c): b.metric for c, b in zip(run, before[-k:])}
    return [replace(c, metric=given[id(c)], rules=c.rules + ["MET:respectively"]) if id(c) in given else c
            for c in found]


def _compared_like_stated(found: list[Candidate]) -> list[Candidate]:
    """MET:compared-stated: "the Russian Federation counted 41 thousand Kazakhstani workers arriving
    in April–June 2023, compared with 29 thousand in the same quarter of 2022": a count of an
    earlier period set against the sentence's count, with no metric cue of its own, is of that
    count's metric, not of another cue the sentence holds (blind round44, 2023q2 twocol-reportlab)."""
    out = list(found)
    for i, c in enumerate(out):
        if "PER:compared-value" not in c.rules or "MET:sentence" not in c.rules or c.statistic != "total":
            continue
        before = [x for x in out[:i] if x.statistic == "total" and x.unit == c.unit and "MET:clause" in x.rules
                  and x.period != c.period and not any(r.endswith((":flow", ":generic")) for r in x.rules)]
        if before and before[-1].metric != c.metric:
            out[i] = replace(c, metric=before[-1].metric, rules=c.rules + ["MET:compared-stated"])
    return out


INHERITED_METRIC = ("MET:sentence", "MET:sentence-before", "MET:paragraph", "MET:previous", "MET:section")


def _parallel_lists(text: str, found: list[Candidate]) -> list[Candidate]:
    """MET:parallel-list: "3,021,450 entries and 2,905,118 exits respectively – against 391,356
    and 371,422 for nationals of non-CIS countries": a run of k bare numbers joined by "and" or
    commas, none with a metric cue of its own, after k numbers of the same unit in the sentence
    that each name a different metric, takes those metrics in order (blind designer42, 2025q2
    chromium2)."""
    totals = [c for c in found if c.statistic != "change" and c.unit != "percent"]
    out = {id(c): c for c in found}
    k = 1
    for i in range(len(totals) - 1, 0, -1):
        a, b = totals[i - 1], totals[i]
        if attach.BARE_AND.fullmatch(text, a.end, b.start) and a.unit == b.unit:
            k += 1
            continue
        run, before = totals[i:i + k], totals[:i]
        k = 1
        if len(run) < 2 or len(before) < len(run):
            continue
        lead = before[-len(run):]
        if not all(any(r in INHERITED_METRIC for r in c.rules) and "MET:clause" not in c.rules for c in run) \
                or any(c.unit != run[0].unit or "MET:clause" not in c.rules for c in lead) \
                or len({c.metric for c in lead}) < len(run):
            continue
        for c, m in zip(run, lead):
            if c.metric != m.metric:
                out[id(c)] = replace(c, metric=m.metric, rules=c.rules + ["MET:parallel-list"])
    return [out[id(c)] for c in found]


def _remember(run: Running, st: Statement, cand: Candidate, q: Quantity) -> None:
    if q.kind == "money" and run.sentence_stat is None:
        run.sentence_stat = cand.statistic
    if q.kind != "percent":
        run.stated.append((st.start, st.end, cand.metric, q.kind))
    elif cand.statistic == "share":
        run.shares.append((st.start, st.end, cand.metric))
    else:
        run.changes.append((st.start, q.end, cand.metric, cand.compared, -1 if cand.value < 0 else 1, cand.period))


def _topic_only(ctx: Context, para: Para, sent: Sent, run: Running) -> str | None:
    """A sentence without numbers may still set the paragraph's topic (a specific cue does), and
    the group a later "Of them" points to ("Arrivals from outside the CIS are spread widely.")."""
    named = attach.subject_group(para, sent) or attach.flow_group(para, sent)
    if named is not None:       # GRP:members may take it for the next sentence's shares
        run.para_group, run.members_group = named, (named, sent.start)
    spans = [c for c in sent.cues if not (run.block_metric and c.weak)]
    sentence = para.text[sent.start:sent.end]
    d = direction_of(sentence, [])
    for cue in spans:
        r = resolve_metric(cue.value, para.text[:sent.end], d[0] if d else run.block_direction
                           or ctx.section_direction or ctx.last_remittance, ctx.permit_kind)
        if r:
            return r
    return None


# --- one statement ------------------------------------------------------------------------------

PEOPLE_WORD = compiled(rf"\b{PEOPLE_RE}\b")      # "■ police officers: 18"


def _last_direction(ctx: Context, para: Para) -> str | None:
    """The direction of the section's last remittance; in running text with none, that of the
    document's last stated in running text (DIR:document): "Monthly volumes rose steadily, from
    126.4 billion tenge ... in October" read after another section's paragraph (the column before
    it; blind round77, 2022q4 twocol-fpdf). Not a key figure's card ("445.62 KZT average for
    April–June", a rate)."""
    return ctx.last_remittance or (ctx.money_topic if para.block.kind == "body" else None)


def _takes_part(text: str, sent: Sent, st: Statement) -> bool:
    """A count in a section on events is of people who took part when its sentence names people
    ("18 police officers", "■ police officers: 18": numbers.json people_nouns) or says that people
    took part (cues.json taking_part); not "data from 6 national data holders" (blind designer69,
    2025q2 word)."""
    return bool(cues()["taking_part"].search(text, sent.start, sent.end) or PEOPLE_WORD.search(text, sent.start, sent.end))


def context_metric(ctx: Context, block: Block, run: Running) -> tuple[str | None, str]:
    """The metric in force where no cue names one: a chart's title, the paragraph, the
    document so far, the section."""
    if block.kind == "legend" and ctx.chart_title is not None:
        r = tables.text_metric(ctx.chart_title.text, lambda t: [], ctx.permit_kind)
        if r:
            return r, "MET:title"
    section = ctx.section_metric if ctx.section_metric != "remittances" else ctx.section_direction
    if section == "training_participants":
        return section, "MET:section"
    for value, rule in ((run.block_metric, "MET:paragraph"), (ctx.last_metric, "MET:previous"),
                        (section, "MET:section")):
        if value:
            return value, rule
    return None, "MET:none"


DIRECTION_PREP = compiled(r"\b(?:from|to|into)\s+(?:the\s+)?\p{Lu}")     # "... from Russia", "to Uzbekistan"
THIS_IS = compiled(r"\W*(?:this|that|it)\s+(?:is|was|represents|represented|marks|marked|means)\b", regex.I)


def statement_metric(ctx: Context, para: Para, sent: Sent, st: Statement, run: Running):
    """(metric, cue, rule ids) of a statement."""
    if (they := attach.they_respectively(para.text, sent, st, run)) is not None:
        return they, None, ["MET:they-respectively"]
    respective = attach.respective_metric(para.text, sent, st)
    inherited = None if respective else attach.inherited_metric(para.text, sent, st, run)
    if inherited:
        return inherited[0], None, [inherited[1]]
    cue, rule = attach.metric_cue(sent, st, para.text)
    if run.sentence_metric and THIS_IS.match(para.text, sent.start) and st is sent.stmts[0] \
            and all(q.kind == "percent" for q in st.quants) and rule != "MET:clause":
        return run.sentence_metric, None, ["MET:anaphora"]   # "That is 6.5 per cent less ..., when ..."
    if respective is not None:
        cue, rule = respective, "MET:respectively"
    if cue is not None and cue.id.endswith(":flow") and any(
            (m or "").startswith("remittances") for m in (ctx.section_metric, run.block_metric, ctx.last_metric)):
        cue = None                       # "the inflow" of a section on transfers is money
    if cue is None and run.sentence_metric and THIS_IS.match(para.text, sent.start):
        return run.sentence_metric, None, ["MET:anaphora"]   # "... 70.0 billion. This is 20.0% less ..."
    before = [x for x in run.stated + run.shares if sent.start <= x[0] < st.start]
    own = para.text[st.clause.start:st.clause.end]
    if cue is None and before and not direction_cues(own, near=True) and not DIRECTION_PREP.search(own):
        # "Russia received KZT 60.0 bn, 35.0 percent; Uzbekistan 40.0 bn, 20.0 percent": the list
        # goes on with the metric of the sentence's statement before
        return max(before)[2], None, ["MET:sentence-before"]
    if cue is None:
        metric, rule = context_metric(ctx, para.block, run)
        if metric == "training_participants" and not _takes_part(para.text, sent, st):
            return None, None, ["MET:none"]     # "compiles data from 6 national data holders"
        if rule == "MET:previous" and all(q.kind == "percent" for q in st.quants):
            metric, rule = _next_sentence_metric(ctx, para, sent, metric) or (metric, rule)
        if metric is None and ctx.section_metric == "remittances":
            metric, rule = "remittances", "MET:section"      # a section on transfers both ways
        if metric and metric.startswith("remittances"):
            # a remittance topic from the paragraph or section; a direction in the sentence wins
            local, drule = attach.direction_for(para.text, sent, st, None, None, Running(), para.ents)
            if local:
                return local, None, [rule, drule]
            if (turned := attach.turned_round(para.text, sent, st, metric)) is not None:
                return turned, None, [rule, "DIR:other-way"]
            if metric == "remittances":
                return None, None, ["MET:none"]
        return metric, None, [rule]
    if (cue.weak and ctx.section_metric == "training_participants"
            and all(q.kind == "count" for q in st.quants)):
        return "training_participants", None, ["MET:section"]   # "training ... for migrant workers"
    rules = [rule, cue.id]
    direction = None
    if cue.value.rstrip("?") == "remittances":
        direction, drule = attach.direction_for(para.text, sent, st, ctx.section_direction,
                                                ctx.last_remittance, run, para.ents)
        rules += [drule] if drule else []
    metric = resolve_metric(cue.value, para.text[:sent.end], direction, ctx.permit_kind)
    return metric, cue, rules


NEXT_SENTENCE = compiled(r"[^.]*(?:\.(?=\d)[^.]*)*")


def _next_sentence_metric(ctx: Context, para: Para, sent: Sent, metric: str | None) -> tuple[str, str] | None:
    """MET:next-sentence: shares with no metric of their own opening a paragraph take the metric
    the paragraph's next sentence names ("Within the CIS group, Uzbekistan (41.5%) ... Among
    visitors from outside the Commonwealth, China accounted for 34.5 percent"), not the last
    metric of the paragraph before ("... 3,068,500 departures concerned CIS nationals"), where the
    section has stated figures of both."""
    rest = NEXT_SENTENCE.match(para.text, sent.end)
    named = tables.text_metric(rest[0], lambda t: [], ctx.permit_kind) if rest else None
    if named is None or named not in dict(ctx.metric_notes) \
            or not any({named, metric} <= set(pair) for pair in cues()["sibling_metrics"]):
        return None     # only the sibling of the metric before, the section having stated both
    return named, "MET:next-sentence"


def _frame(ctx: Context, para: Para, sent: Sent, st: Statement, q: Quantity, metric, run: Running):
    """The statement's frame for this number: (row, sign) or (None, 0)."""
    text = para.text
    if q.kind == "money" and st.quants[0].kind == "money":
        q = st.quants[0]                  # a paired amount reads as its pair's first ("KZT X (USD Y)")
    cl = clause_at(sent.clauses, q.start)
    lead_start = attach.scope(sent, st.clause)[0]
    prev = run.changes[-1] if run.changes else None
    # "..., and compared with April–June 2021 by 41.3 per cent": a gapped change in a comparison clause
    gapped_cmp = cl.kind == "cmp" and bool(BY_BEFORE.search(text[cl.start:q.start]))
    # a "when ..." count between may stand, as may a bracketed pair ("(KZT 64.33 billion against 71.05 billion)")
    prev_change = (prev is not None and prev[0] >= sent.start and (cl.kind in ("parallel", "soft", "resume") or gapped_cmp)
                   and not any(x[0] > prev[0] and x[0] < st.start and clause_at(sent.clauses, x[0]).kind != "sub"
                               and not _bracketed(text, prev[1], x[0], st.start) for x in run.stated + run.shares))
    nxt = next((x.start for x in sent.stmts if x.start > st.start), sent.end)
    last = max(run.stated, default=None, key=lambda x: x[0])
    prev_count = (last is not None and len(last) > 3 and last[3] == "count"
                  and st.clause.rule in ("CL:colon", "CL:and-count", "CL:comma", "CL:dash")
                  and (last[0] >= sent.start or _counts_listed_after(text, sent, st)))
    prev_end = max((x.end for x in sent.stmts if x.end <= st.start), default=sent.start)
    slots = Slots(text, q, st, text[lead_start:q.start], text[q.end:max(cl.end, q.end)],
                  text[st.end:nxt], text[prev_end:q.start], metric, prev_change, prev_count,
                  run.sentence_stat, text[sent.start:sent.stmts[0].start] if sent.stmts else "")
    row, sign = frame_of(slots)
    if (row is not None and row["statistic"] == "change" and sign == 0 and prev is not None
            and prev[0] >= sent.start and not cues()["change"].search(text[prev[1]:q.start])):
        # "declined by 4.1 per cent and incoming transfers 8.0 per cent": the verb is the parallel's
        row, sign = next(f for f in frames() if f["id"] == "F:change-gapped"), prev[4]
    if row is not None and row["id"] == "F:count-compared" and _compared_with_no_figure(para, sent, q, run):
        return None, 0
    return row, sign


def _compared_with_no_figure(para: Para, sent: Sent, q: Quantity, run: Running) -> bool:
    """A value a count is compared with ("... the list now has 28 entries, compared with 21 in
    2024") is no figure where the count itself was read as none (blind designer66, 2025q3
    reportlab)."""
    before = [x for x in para.quants if sent.start <= x.start and x.end <= q.start and x.kind == "count"]
    return bool(before) and any(r is before[-1] for r, _ in run.rejected)


def _bracketed(text: str, a: int, pos: int, b: int) -> bool:
    """`pos` stands inside a bracket opened after `a` and closed before `b` (a caption's aside,
    "... (Astana was named Nur-Sultan until 17 September 2022)", whose date is no period of its
    rows: blind designer101, 2022q3 word)."""
    opened = text.rfind("(", a, pos)
    return opened >= 0 and ")" not in text[opened:pos] and ")" in text[pos:b]


# "Most were ethnic Kazakhs returning from neighbouring states: 812 came from Uzbekistan, ...":
# words of no number before a colon, then a count and where it came from
COUNT_FROM_AFTER = compiled(r"\s+(?:came|come|arrived|were|was)?\s*from\s", regex.I)


def _counts_listed_after(text: str, sent: Sent, st: Statement) -> bool:
    """The first item of a list of counts by origin that a sentence of no number of its own
    opens with a colon, right after a sentence that stated a count: its items break that count
    down (F:count-coordinated; blind designer45, 2022q1 chromium)."""
    colon = text.find(":", sent.start, st.start)
    return (bool(sent.stmts) and st is sent.stmts[0] and colon >= 0 and not DIGIT.search(text, sent.start, colon)
            and bool(COUNT_FROM_AFTER.match(text, st.end)))


RATE_WORD = compiled(r"\brates?\b", regex.I)
# "the rate ... was 525.11 tenge": the word "rate" before an amount in tenge of a rate's size
RATE_LEAD = compiled(r"\b(?:exchange\s+)?rates?\b[^.;%]{0,50}$", regex.I)
RATE_SPAN = (Decimal(50), Decimal(2000))
# Where the part of a sentence holding a rate ends: a ";", a contrast (", whereas the rate of
# 525.11 tenge quoted for 31 December ...": blind round56, 2024q4 onecol-reportlab) or the
# sentence's end.
RATE_PART_END = compiled(r";|\.(?=\s|$)|,\s*(?:whereas|while|but)\b", regex.I)


def spot_rate(text: str, periods, start: int, end: int) -> bool:
    """A rate of one day, the part of its sentence it stands in (up to a ";") naming a single day
    and no average: the contract's exchange rate is the average the report converts with, not a
    day's rate ("USD values are converted at the quarterly average; the official rate on 29
    March was 446.71 KZT per USD": the average is another rate's). A day may be named without a
    date ("the official rate on the last working day of the year was 454.56 tenge per dollar,
    noticeably stronger than the quarterly mean": blind round42, 2023q4 tables-reportlab)."""
    lo = max((m.end() for m in RATE_PART_END.finditer(text, 0, start)), default=0)
    nxt = RATE_PART_END.search(text, end)
    hi = nxt.start() if nxt else len(text)
    # a rate in a bracket: the bracket is its part ("... average rate of 509.62 KZT per USD (for
    # reference, the rate on 31 March was 503.84 ...)"), unless the bracket opens on the rate, an
    # aside of the words before it ("The official rate on the last day of the quarter (504.06 KZT
    # per USD) is shown for reference only": blind round74, 2025q1 tables-chromium)
    opened = text.rfind("(", lo, start)
    if opened >= 0 and ")" not in text[opened:start] and text[opened + 1:start].strip():
        lo = opened + 1
        closed = text.find(")", end, hi)
        hi = closed if closed >= 0 else hi
    # an average it is compared with ("..., stronger than the quarterly mean") makes it none
    than = cues()["comparison"].search(text, end, hi)
    own_end = than.start() if than else hi
    return (any(p.period_start == p.period_end for p in periods if lo <= p.start < hi)
            or bool(cues()["day_rate"].search(text, lo, start))) \
        and not cues()["average"].search(text, lo, own_end)


def _rate_restated(para: Para, sent: Sent, q: Quantity) -> bool:
    """An amount in tenge alone, no scale, near a rate stated before it: that rate again, in its
    sentence ("1 USD = 470.5 KZT, against 465.2 KZT in the fourth quarter"), or after the word
    "rate" in a later sentence ("... average rate of 473.42 KZT per USD. For reference only, the
    official rate on 30 September 2022 was 476.63 tenge.")."""
    if q.kind != "money" or q.currency != "KZT" or q.scale_stated:
        return False
    near = lambda x: x.kind == "rate" and x.value / 2 < q.value < x.value * 2     # noqa: E731
    if RATE_LEAD.search(para.text, max(sent.start, q.start - 60), q.start) and RATE_SPAN[0] <= q.value <= RATE_SPAN[1]:
        return True         # "the official rate fixed on 31 December was 525.11 tenge", no rate before it
    return any(near(x) and x.end <= q.start for y in sent.stmts for x in y.quants) or bool(
        RATE_WORD.search(para.text, sent.start, q.start)) and any(near(x) and x.end <= sent.start for x in para.quants)


def _unit_and_metric(ctx: Context, para: Para, sent: Sent, st: Statement, q: Quantity, metric,
                     statistic, run: Running, rules: list[str]):
    """(unit, metric) of a number, or None when the pair makes no figure."""
    day_rate = lambda: spot_rate(para.text[:sent.end], [p for p in para.periods if sent.start <= p.start < sent.end],  # noqa: E731
                                 q.start, q.end)
    if q.kind == "rate":
        # "the official rate on 29 September was 1 USD = 476.38 KZT": no average rate
        return None if day_rate() else ("KZT_per_USD", "exchange_rate")
    if q.kind == "money" and q.value == 1 and regex.match(r"\s*=", para.text[q.end:q.end + 3]):
        return None       # "1 USD = 479.86 / KZT", a rate's unit split from its value: no amount
    if _rate_restated(para, sent, q):
        # "1 USD = 470.5 KZT, against 465.2 KZT in the fourth quarter"; not "(for reference, the
        # official rate on 30 September 2022 was 477.24 tenge)": a day's rate is no figure
        if day_rate():
            return None
        rules.append("MET:rate-restated")
        return "KZT_per_USD", "exchange_rate"
    if q.kind == "percent" and (metric or "").startswith("remittances") or q.kind == "percent" and not any(
            x.kind == "money" for x in st.quants):
        return "percent", metric
    if q.kind == "percent":       # a share printed with its amount: the amount's money metric
        direction, drule = attach.direction_for(para.text, sent, st, ctx.section_direction,
                                                ctx.last_remittance, run, para.ents)
        rules += ["MET:money"] + ([drule] if drule else [])
        return "percent", resolve_metric("remittances", "", direction, None) or metric
    unit = q.currency or "KZT" if q.kind == "money" else "persons"
    if q.kind == "count":
        for rid, u, pat in cues()["count_units"]:
            if pat.match(para.text[q.end:q.end + 60]):
                unit = u
                rules.append(rid)
        for rid, u, pat in cues()["count_units_before"] if unit == "persons" else ():
            if pat.search(para.text[max(st.clause.start, q.start - 80):q.start]):
                unit = u
                rules.append(rid)
    if unit != "persons" and not (metric or "").startswith("remittances"):
        direction, drule = attach.direction_for(para.text, sent, st, ctx.section_direction,
                                                _last_direction(ctx, para), run, para.ents)
        if drule == "DIR:previous" and ctx.last_remittance is None:
            drule = "DIR:document"
        metric = resolve_metric("remittances", "", direction, None) or metric
        rules += ["MET:money"] + ([drule] if drule else [])
        if not (metric or "").startswith("remittances"):
            return None
    if unit == "persons" and metric in ("remittances_sent", "remittances_received"):
        return None
    return unit, metric


def _valid(metric, statistic, unit) -> bool:
    if metric in (None, "remittances", "residence_permits"):
        return False
    if metric == "training_participants" and unit != "persons":
        return False
    if unit in ("KZT", "USD") and not metric.startswith("remittances"):
        return False
    return not (statistic in ("total", "monthly_average", "average") and unit == "percent")


def _breakdown(ctx: Context, para: Para, sent: Sent, st: Statement, q: Quantity, metric, statistic,
               run: Running, rules: list[str]):
    """(country, region, group) of a figure; an exchange rate is of no country, region or
    group ("about 9 in 10 arrivals were CIS citizens, and the tenge averaged 535.62")."""
    country = region = group = None
    ent = st.entity if metric != "exchange_rate" else None
    if ent is not None:
        if ent.label == "COUNTRY" and ent.id != REPORTING_COUNTRY:
            country = ent.id
        elif ent.label == "REGION":
            region = ent.id
        elif ent.label == "GROUP":
            group = ent.id          # CIS, non-CIS, central_asia, EAEU (see the codebook)
    if metric == "training_participants":
        label = LABEL_BEFORE.search(para.text[max(sent.start, q.start - 60):q.start])
        if "F:count-label" in rules and label:      # "■ police officers: 18": the label's group
            return None, None, _training_group(label.group(1), rules)
        nxt = next((x.start for x in sent.stmts if x.start > st.start), sent.end)
        tail = para.text[q.end:nxt][:TRAINING_GROUP_REACH]
        return None, None, _training_group(tail.split(":")[0], rules)    # not the list a total introduces
    if statistic == "share" and group is None and country is not None:
        title_group = None
        if para.block.kind == "legend" and ctx.chart_title is not None:
            title_group = next((e.id for e in para.title_ents if e.label == "GROUP"), None)
        group, grule = attach.group_for(para, sent, st, q, run, ctx.list_group, title_group,
                                        (metric or "").startswith("remittances"))
        if grule:
            rules.append(grule)
        if group:
            run.share_group = (sent.start, st.clause.index, group)
    elif para.block.kind == "legend" and ctx.chart_title is not None and group is None:
        group = next((e.id for e in para.title_ents if e.label == "GROUP"), None)
    elif statistic != "share" and ent is None and run.para_group \
            and attach.group_anaphora(para.text, sent, st, q):
        group = run.para_group          # "150,500 arrivals were registered for this group"
        rules.append("GRP:total-anaphora")
    return country, region, group


# "government agencies, employers' associations and NGOs": groups listed as one audience
AUDIENCE_BEFORE = compiled(r"\b[a-z]+s\s+(?:and|or)\s+(?:of\s+|from\s+)?$")
JOINED_LIST = compiled(r"^\W*[\w’'-]+(?:\s+[\w’'-]+)?\s*,\s*(?:[\w’'-]+\s+){1,3}(?:and|or)\s")
# "N participants took part, representing the police, the migration service, local executive
# bodies and NGOs": groups in one list of words set off from the count by a comma, no count of
# their own between them (not "9 representatives of NGOs, as well as employers")
LISTED_GROUPS = compiled(r"^[^\W\d][^\d.;:()]*,[^\d.;:()]*$")
LISTED_REACH = 90


def _training_group(tail: str, rules: list[str]) -> str | None:
    """"... for 34 police officers": the participants' group; none when two are joined
    ("participants from government and civil society", "representing the police, the migration
    service and NGOs": a total)."""
    hits = [(m.start(), gname, rid) for rid, gname, pat in cues()["training_groups"]
            for m in [pat.search(tail)] if m]
    if not hits:
        return None
    first = min(hits)
    if AUDIENCE_BEFORE.search(tail[:first[0]]):
        return None         # "took part, recruitment agencies and NGOs": another audience joined
    joined = [h for h in hits if h[1] != first[1] and h[0] > first[0] and (
              h[0] - first[0] <= 30 and regex.match(r"^\W*\w*\W*(?:\w+\s+)?(?:and|or)\s", tail[first[0]:h[0]])
              or h[0] - first[0] <= 60 and JOINED_LIST.match(tail[first[0]:h[0]])
              or h[0] - first[0] <= LISTED_REACH and "," in tail[:first[0]]
              and LISTED_GROUPS.match(tail[first[0]:h[0]]))]
    if joined:
        return None
    rules.append(first[2])
    return first[1]


# A hedge before the value a change reached: "just over", "about", "more than"
HEDGE = r"(?:(?:just\s+)?(?:about|some|nearly|over|under|almost|around|roughly)\s+|(?:just\s+)?(?:more|less)\s+than\s+)?"
# Between a change and the value it reached or started from, in the same stretch.
CHANGE_ENDS = compiled(r"^\s*(?:%|per\s*cent|percent)?\s*(?:to|,\s*(?:up|down)\s+from)\s+" + HEDGE +
                            r"(?:KZT\s+|USD\s+|US\$\s*|\$)?$"
                            r"|^\s*(?:%|per\s*cent|percent)?\s*to\s+[^;:()]{1,40}?,\s*(?:up|down)\s+from\s+(?:about\s+|some\s+)?"
                            r"(?:KZT\s+|USD\s+|US\$\s*|\$)?$"
                            # "grew by 11.8 per cent against the previous quarter, reaching KZT 61.4 billion"
                            # "fell by 8.6 per cent against the third quarter, to just over 4.1 million"
                            r"|^\s*(?:%|per\s*cent|percent)?[^;:()\d]{0,60}?,\s*(?:reaching|to\s+reach|standing\s+at|to\s+stand\s+at|to)\s+"
                            + HEDGE +
                            r"(?:KZT\s+|USD\s+|US\$\s*|\$)?$", regex.I)
# "reaching KZT 61.4 billion (USD ": the amount whose pair in brackets follows
PAIR_OPENED = compiled(r"(?:KZT|USD|US\$|\$)?\s?\d[\d.,]*\s?(?:billion|million|thousand|bn|mln|[BMK])?\s?"
                            r"(?:KZT|USD|tenge|dollars)?\s*\(\s*(?:KZT|USD|US\$|\$)?\s?$", regex.I)


def _change_ends(lead: str) -> bool:
    """The words between a change and an amount say the amount is the value the change reached
    (CHANGE_ENDS), also for the amount's pair in brackets ("reaching KZT 61.4 billion (USD 137.6
    million)")."""
    if CHANGE_ENDS.match(lead):
        return True
    pair = PAIR_OPENED.search(lead)
    return pair is not None and bool(CHANGE_ENDS.match(lead[:pair.start()]))


UP_FROM = compiled(r"\b(?:up|down)\s+from\s+(?:about\s+|some\s+)?(?:KZT\s+|USD\s+|US\$\s*|\$)?$", regex.I)
# "fell by 30.0% (from KZT 150.0 bn)", "declined by 8.0 per cent (KZT 70.0 bn)": the base value
FROM_VALUE = compiled(r"^\s*(?:%|per\s*cent|percent)?\s*\(\s*(?:(?:from|against|down\s+from|up\s+from)\s+)?$"
                           # "..., the latter from a monthly average of 31.46 billion KZT"
                           r"|^\s*(?:%|per\s*cent|percent)?\s*,\s*(?:the\s+latter\s+from\s+(?:an?\s+(?:monthly\s+)?"
                           r"(?:average|total|level|sum)\s+of\s+)?|from\s+an?\s+(?:monthly\s+)?(?:average|total|level|sum)\s+of\s+)"
                           r"(?:KZT\s+|USD\s+|US\$\s*|\$)?$", regex.I)


def _when(ctx: Context, para: Para, sent: Sent, st: Statement, q: Quantity, metric, statistic,
          region, cue: Cue | None, run: Running) -> attach.When:
    text = para.text
    # a presence said after the statement's clause is another clause's ("Kyzylorda region hosted
    # only 0.2 per cent, and there are no registered migrant workers in Ulytau region")
    stock = metric in cues()["stock_metrics"] or bool(
        cues()["presence"].search(text[sent.start:attach.scope(sent, st.clause)[1]]) and (region or statistic == "share"))
    if statistic == "change":
        return attach.change_when(para, sent, st, q, run, ctx.report, ctx.section_period, metric)
    last = run.changes[-1] if run.changes else None
    if (last is not None and last[3] is not None and sent.start <= last[0]
            and FROM_VALUE.match(text[last[1]:q.start])):
        # "fell by 30.0% (from KZT 150.0 bn)": the value the change started from
        return attach.When(last[3], None, (), ("PER:compared-value",))
    if last is not None and last[3] is not None and sent.start <= last[0] and _change_ends(text[last[1]:q.start]):
        # PER:change-ends: "rose by 6.8 per cent to 13.9 million, up from 13.0 million": the value
        # reached is of the change's own period, the one it rose from of the compared one
        upfrom = bool(UP_FROM.search(text[last[1]:q.start]))
        return attach.When(last[3] if upfrom else last[5], None, (), ("PER:compared-value" if upfrom else "PER:change-ends",))
    if last is not None and last[3] is not None and sent.start <= last[0] < q.start \
            and THEN_BEFORE.search(text, clause_at(sent.clauses, st.start).start, q.start) \
            and not any(sent.start <= p.start < sent.end and p.start > last[1] for p in para.periods):
        # "... incoming ones by 21.39 per cent; the monthly average of incoming money had then
        # stood at 41.05 billion KZT": "then" is the period the change before compared with
        # (PER:then; blind designer43, 2025q1 chromium2)
        return attach.When(last[3], None, (), ("PER:then",))
    if stock:
        return attach.stock_when(para, sent, st, q, ctx.report)
    prior = [p for p in para.periods if p.end <= sent.start]
    return attach.flow_when(para, sent, st, q, cue, metric, prior, ctx.report, ctx.section_period, ctx.event_day)


# "had then stood at", "was then", "then amounted to"
THEN_BEFORE = compiled(r"\b(?:had|has|was|were|is|are)\s+then\b|\bthen\s+(?:stood|amounted|came|reached|totall?ed|was|were)\b",
                            regex.I)


def _one_month(period) -> bool:
    a, b = date.fromisoformat(period[0]), date.fromisoformat(period[1])
    return a.day == 1 and a.year == b.year and a.month == b.month and (b + timedelta(days=1)).day == 1


def _month_of_average(ctx: Context, para: Para, sent: Sent, q: Quantity, rules: list[str], when):
    """An amount an average cue introduces, dated to one month: the month's total where the months
    are listed for the amounts, else an average over the report's months."""
    if {"PER:respectively", "PER:by-month"} & set(when.rules):
        # "the monthly amounts came to $153.5M, $164.9M and $170.3M for April, May and June": each
        # the total of its own month (blind designer44, 2022q2 chromium2)
        return "total", rules + ["F:months-listed"], when
    lead = para.block.text[sent.start:q.start]
    if BY_MONTH_CUE.search(lead) and not AVERAGE_WORD.search(lead) and MONTH_LED.search(lead):
        # "The monthly amounts climbed: April 2023 - 68.3 billion KZT; May 2023 - 71.9 billion KZT":
        # each amount led by its own month is that month's total
        return "total", rules + ["F:months-listed"], when
    if "PER:clause" in when.rules and not AVERAGE_WORD.search(para.block.text, sent.start, sent.end):
        # "by September the monthly flow had eased to 83,5 KZT": "monthly" said of one month
        # its clause names is that month's total (F:month-flow)
        return "total", rules + ["F:month-flow"], when
    # an average over the months is of the span they make up, not of one listed month
    return "monthly_average", rules, attach.When(ctx.report, None, ("period_default",), ("PER:report",))


BY_MONTH_CUE = compiled(attach.BY_MONTH_WORDS, regex.I)
AVERAGE_WORD = compiled(r"\baverag|\bmean\b|\bper\s+month\b", regex.I)
# a list item led by its month: "April 2023 - ", "May: ", "; June 2023 – " right before the amount
# (or before the amount whose bracket the number stands in: "April 2023 - 68.3 billion KZT (")
MONTH_LED = compiled(r"(?:^|[:;,]\s*|\s)(?:in\s+)?(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)(?:\s+\d{4})?\s*[:–—-]\s*(?:[^:;()–—]{1,30}\(\s*)?"
                          r"(?:KZT|USD|US\$|\$)?\s*$", regex.I)


def candidate(ctx: Context, para: Para, sent: Sent, st: Statement, q: Quantity, metric, cue,
              mrules: list[str], run: Running) -> Candidate | None:
    """One number of a statement as a candidate figure, or None when it is no figure."""
    if "percentage_points" in q.flags:          # "lost 3.2 percentage points": no unit of the contract
        run.rejected.append((q, "F:percentage-points"))
        return None
    row, sign = _frame(ctx, para, sent, st, q, metric, run)
    if row is None or row["statistic"] is None:
        run.rejected.append((q, row["id"] if row else "F:none"))
        return None
    statistic = row["statistic"] if row["statistic"] != "sentence" else run.sentence_stat
    rules = [row["id"]] + list(st.rules) + list(mrules)
    um = _unit_and_metric(ctx, para, sent, st, q, metric, statistic, run, rules)
    if um is None or not _valid(um[1], statistic, um[0]):
        run.rejected.append((q, "MET:none"))
        return None
    unit, metric = um
    if unit == "KZT_per_USD" and statistic in ("total", "monthly_average"):
        statistic = "average"                  # a rate restated as an amount is the period's rate
    value = -q.value if statistic == "change" and sign < 0 else q.value
    country, region, group = _breakdown(ctx, para, sent, st, q, metric, statistic, run, rules)
    if metric == "exchange_rate":
        rules = [r for r in rules if not r.startswith("ENT:")]     # a rate names no one
    when = _when(ctx, para, sent, st, q, metric, statistic, region, cue, run)
    if statistic == "monthly_average" and _one_month(when.period):
        statistic, rules, when = _month_of_average(ctx, para, sent, q, rules, when)
    flags = [f for f in q.flags if f in ("decimal_comma", "spelled_out", "percent_implied", "unit_from_list",
                                         "currency_implied", "currency_from_pair", "currency_from_phrase")] \
        + list(when.flags)
    quote = para.block.text[sent.start:sent.end].strip().lstrip(BULLETS)   # a bullet may be a glyph
    notes, nflags, frule = _footnotes(ctx, para.block, sent.start, sent.end, q.end)
    if (kind_note := _permit_kind_note(ctx, para.block, metric, notes, q.end)) is not None:
        notes, nflags, frule = [kind_note[0]], ["source_from_paragraph"], kind_note[1]
    title = ctx.chart_title if para.block.kind == "legend" else None
    if title is not None:
        if title.markers and (not notes or frule in ("FN:section", "FN:list")):
            notes, nflags, frule = [title.markers[-1].label], [], "FN:title"
        if metric == tables.text_metric(title.text, lambda t: [], ctx.permit_kind):
            flags.append("metric_from_title")
    if q.kind == "money" and not q.scale_stated:
        nflags = nflags + ["scale_missing"]
    fallback = () if notes else (ctx.sibling_source[1],) if ctx.sibling_source and ctx.sibling_source[1] \
        else ((dict(ctx.metric_notes)[metric], "FN:metric-before") if metric in dict(ctx.metric_notes) else ())
    return Candidate(metric, statistic, unit, value, country, region, group, when.period, when.compared,
                     para.block, q.start, q.end, q.text, quote, notes, flags + nflags,
                     rules + list(when.rules) + ([frule] if frule else []), fallback)


TOTAL_IN_LABEL = compiled(r"\(\s*(\d[\d,\s]*\d|\d)\s+(?:persons|people|workers|migrants|permits)\s*\)", regex.I)


def _total_in_label(ctx: Context, block: Block, label: str, metric, rule, notes, cap_periods) -> list[Candidate]:
    """"Total (34,615 persons) | 100.0": the count a Total row prints in its label cell."""
    m = TOTAL_IN_LABEL.search(label)
    if not m or not cues()["table_total"].match(label) or metric is None or metric.startswith("remittances"):
        return []
    value = Decimal(regex.sub(r"\D", "", m[1]))
    start = block.text.find(m[1])
    period = (cap_periods[0].period_start, cap_periods[0].period_end) if cap_periods else ctx.report
    return [Candidate(metric, "total", "persons", value, None, None, None, period, None, block, start,
                      start + len(m[1]), m[1], block.text.strip(), list(notes), [],
                      ["F:table-total", rule or "MET:column", "PER:caption" if cap_periods else "PER:report"])]


PERMIT_KINDS = {"temporary_residence_permits": "temporary", "permanent_residence_permits": "permanent"}


# Notes narrowed to one of these (cues.note_kinds): a figure of one kind, its note naming only another
NOTE_KIND_FAMILIES = ((frozenset({"temporary", "permanent"}), "FN:permit-kind"),
                      (frozenset({"arrivals", "departures"}), "FN:movement-kind"))


def _permit_kind_note(ctx: Context, block: Block, metric: str, notes: list[str], at: int
                      ) -> tuple[str, str] | None:
    """FN:permit-kind: a permit figure whose note names only the other kind of permit ("... a
    temporary residence permit during the quarter,⁵ 3.9 percent fewer than ... ; ... Permanent
    residence was granted to 2,184 persons ...⁶" under "⁶ ..., permanent residence permits")
    takes the paragraph's nearest note that names its kind (blind round58, 2025q3
    onecol-reportlab); FN:movement-kind: so does an arrivals figure whose note names departures
    only ("... 4,386,215 arrivals ...⁴ Citizens of CIS member states made 3,912,480 of these
    entries ... 4,198,604 foreign nationals left the country⁵" under "⁵ ..., departures of
    foreign nationals": blind designer76, 2025q4 word). (label, rule id), or None where the note
    fits or none does."""
    kind = PERMIT_KINDS.get(metric, metric)
    family = next(((f, rule) for f, rule in NOTE_KIND_FAMILIES if kind in f), None)
    if family is None or not notes:
        return None
    kinds = {label: named & family[0] for label, named in ctx.note_kinds}
    if not kinds.get(notes[0]) or kind in kinds[notes[0]]:
        return None
    fits = [m for m in block.markers if kind in kinds.get(m.label, ())]
    before = [m for m in fits if m.offset <= at]
    return ((before[-1] if before else fits[0]).label, family[1]) if fits else None


def _footnotes(ctx: Context, block: Block, s_start: int, s_end: int, at: int | None = None):
    # a section's note on monthly data stands for no sentence naming no month: the quarter's does
    # ("December was the busiest month (Table 1)."¹³ | "By destination, the Russian Federation
    # received KZT 92.4 billion ...": blind round106, 2022q4 onecol-chromium)
    section = ctx.quarter_source if ctx.section_source in ctx.monthly_notes and ctx.quarter_source \
        and not attach.MONTH_NAMED.search(block.text, s_start, s_end) else ctx.section_source
    return attach.footnotes_for(block, s_start, s_end, at, ctx.list_source, section, ctx.legal_notes,
                                (ctx.report_start, ctx.report_end), dict(ctx.note_kinds), ctx.monthly_notes,
                                ctx.rate_notes)


# --- tables -------------------------------------------------------------------------------------

def _header_notes(block: Block, cols: list) -> list:
    """Each header cell keeps the footnote marker raised in it (a table whose column groups
    have sources of their own)."""
    spans = tables.cell_spans(block, len(cols))
    if not block.markers or len(spans) != len(cols):
        return cols
    return [replace(c, note=next((m.label for m in block.markers if a <= m.offset <= b + 1), None))
            for c, (a, b) in zip(cols, spans)]


def _caption_series(caption: str, columns, metric: str | None) -> list[str] | None:
    """MET:caption-series: a chart titled "Monthly remittances sent and received" over rows of
    two unlabelled values: the columns are the directions in the order the title names them."""
    if metric not in ("remittances_sent", "remittances_received") or len(columns) != 2 \
            or any(c.metric or c.kind != "unknown" for c in columns):
        return None
    named = list(dict.fromkeys(c.value for c in direction_cues(caption, near=True)))
    return named if len(named) == 2 else None


def tables_row(ctx: Context, rd: Readers, block: Block) -> tuple[Context, list[Candidate]]:
    """A table row: the header row sets the columns; a data row gives one figure per cell."""
    ctx, legend = _legend_row(ctx, rd, block)
    if legend is not None:
        return ctx, legend
    if beside_legend(ctx, block):
        return ctx, []      # another chart's legend read under this title: neither its header nor its rows
    want = len(ctx.columns) if ctx.columns else 0
    cells = tables.cells_of(block, want)
    numbers = [tables.cell_number(c, rd.parse_number) if rd.parse_number else None for c in cells]
    caption = ctx.caption or ctx.chart_title     # a chart drawn as a table
    period = (ctx.report_start, ctx.report_end)
    ctx, block, cells, numbers = _paired_row(ctx, rd, block, cells, numbers, caption)
    if ctx.columns is None:
        if not any(n is not None for n in numbers[1:]) and ctx.header_lines and len(cells) == 1:
            return _row_section(ctx, rd, block.text, caption), []   # a row group under a header set apart
        if not any(n is not None for n in numbers[1:]) and ctx.header_lines and ctx.header_lines[-1].kind != "table" \
                and (any(h.kind == "table" for h in ctx.header_lines) or _under_spanning_heads(ctx.header_lines, block)):
            # a header row under a header line set apart ("Month" between "Arrivals of" and
            # "foreign nationals"), or under heads each spanning several of its cells ("Sent from
            # Kazakhstan" and "Received in Kazakhstan" set as headings over "KZT billion | USD
            # million | KZT billion | USD million": blind round94, 2022q4 twocol-chromium): one
            # more header line, read with the rest at the first values
            return replace(ctx, header_lines=ctx.header_lines + (block,)), []
        if not any(n is not None for n in numbers[1:]):
            cols = tables.columns_of(cells, caption.text if caption else "", rd, period)
            return _header_group(replace(ctx, columns=tuple(_header_notes(block, cols)), header=block), rd, cells), []
        heads, notes = _heads_over(ctx.header_lines, block) if ctx.header_lines else (None, {})
        cols = tables.columns_of(heads, caption.text if caption else "", rd, period) if heads else None
        cols = [replace(c, note=notes[i]) if i in notes and c.note is None else c for i, c in enumerate(cols or [])] or None
        ctx = replace(ctx, columns=tuple(cols) if cols else (tables.LABEL,) + (tables.UNKNOWN,) * (len(cells) - 1))
    printed = tables.cells_of(block) if block.cells else cells     # as laid out, not fitted to the columns
    if ctx.header is None and _new_header(rd, block, printed, ctx.columns):
        # a second table stacked under the first with no caption of its own ("Country | Received
        # KZT bn | Received USD M | Received Share, %" under the sent table's Total row): its own
        # columns (TAB:new-header; blind designer34, 2026q1 chromium)
        cols = tables.columns_of(printed, caption.text if caption else "", rd, period)
        return replace(ctx, columns=tuple(_header_notes(block, cols)), header=block, header_more=()), []
    ctx, more = _header_goes_on_or_ends(ctx, rd, block, cells, numbers, caption, period)
    if more:
        return ctx, []
    ctx = replace(ctx, header=None, header_more=(), row_size=block.size)
    columns = list(ctx.columns)
    if columns and columns[0].kind == "rank" and len(cells) == len(columns):
        # "No. | Region | Workers": the rank column is no label
        block = _without_first_cell(block)
        cells, numbers = cells[1:], numbers[1:]
        columns = [_name_column(ctx.columns[1])] + list(ctx.columns[2:])
    elif columns and columns[0].kind == "rank" and len(cells) == len(columns) - 1 and numbers[0] is None:
        # a "Total" row whose label spans the rank and the name columns
        columns = [_name_column(ctx.columns[1])] + list(ctx.columns[2:])
    columns = _fitted_columns(columns, cells, numbers)
    columns = _group_halves(rd, columns, cells, numbers, caption)
    if len(columns) >= 3 and REMARK_HEAD.match(columns[-1].head or "") and len(cells) in (len(columns) - 1, len(columns)):
        block, cells, numbers, columns = _without_remark(rd, block, cells, columns)
    ctx, block, cells, numbers = _half_row(ctx, block, cells, numbers, columns)
    if all(n is None for n in numbers):
        return _row_section(ctx, rd, block.text, caption), []
    ctx, ents = _table_groups_named(_direction_total(_direction_cell(_group_row(ctx, rd, cells), cells, numbers),
                                                     cells, numbers), rd, cells, numbers)
    if len(cells) != len(columns) or len(cells) < 2:
        return ctx, []
    changes = _change_row(ctx, rd, block, cells, numbers, columns, caption)
    found = changes if changes is not None else [
        c for part in tables.row_parts(block, cells, numbers, columns, caption)   # side-by-side halves
        for c in _row_cells(ctx, rd, *part)]
    # numbers:upper_bound in a row: a tile's "Abay | under 250" is a bound, no figure
    found = [c for c in found if not upper_bound_before(block.text, c.start)]
    group_row = bool(ents) and all(e.label == "GROUP" for e in ents) and not OTHER_ROW.match(cells[0])
    return _metric_total_opens(ctx, cells[0], found), found, _total_row_shares(block, cells, numbers, columns, found, group_row)


def _metric_total_opens(ctx: Context, label: str, found: list[Candidate]) -> Context:
    """MET:row-section also after a total row naming its metric ("Temporary residence permits,
    total | 61,850 | 100.0" over "Uzbekistan | – | 47.3": blind round100, 2022q2 tables-reportlab):
    the rows under it are of that metric, until the next such row."""
    named = {c.metric for c in found if "MET:row-label" in c.rules and c.country is None and c.region is None}
    if not cues()["table_total"].match(label) or len(named) != 1 or len(named) != len({c.metric for c in found}):
        return ctx
    old = ctx.row_section or (None, None, None)
    return replace(ctx, row_section=(named.pop(), old[1], old[2]))


def _group_halves(rd: Readers, columns: list, cells, numbers, caption: Block | None) -> list:
    """TAB:group-halves: a header of groups only, each over a name and a share, under a caption
    of shares ("Table 1. ... share of the group total (%)": "CIS member states | Non-CIS
    countries" over "Uzbekistan | 39.8 | China | 34.5": blind round82, 2024q3 twocol-chromium):
    each group's cell heads a column of names and one of its shares, so the table reads as two
    halves side by side (a row of the second half only too)."""
    if len(columns) < 2 or not all(c.head and _names_a_group_only(c.head, rd) for c in columns) \
            or len(cells) not in (len(columns), 2 * len(columns)) or numbers[0] is not None \
            or len(cells) < 2 or numbers[1] is None or caption is None or not _names_shares(caption.text):
        return columns
    share = replace(tables.UNKNOWN, kind="share", rule="COL:share")
    return [x for c in columns for x in (replace(tables.LABEL, head=c.head), replace(share, head=c.head))]




def _names_shares(text: str) -> bool:
    """A caption of shares: the words of a share column's header (cues.json COL:share) in it."""
    return any(kind == "share" and pat.search(text) for _, kind, pat in cues()["table_columns"])


# a caption's second currency set in brackets after the first: "KZT billion (USD million)"
CAPTION_PAIR = compiled(r"\b(?:KZT|tenge|USD|US\s?dollars?)\b[^()]{0,20}\([^()]{0,20}?\b(?:KZT|tenge|USD|US\s?dollars?)\b",
                        regex.I)
# a cell of an amount and, in brackets, the same amount in the other currency: "68.9 (150.9)",
# "58.7 (USD 134.1 m)"
PAIR_CELL = compiled(r"\s*(?P<a>\d[\d,.]*)\s*\(\s*(?:KZT|USD|US\$|\$)?\s?(?P<b>\d[\d,.]*)\s*"
                     r"(?:K|M|B|bn|mn|m|k|mln|thousand|million|billion)?\s*(?:KZT|USD|tenge)?\s*\)\s*", regex.I)


def _own_currency_column(cells, numbers, columns) -> list:
    """TAB:own-currency: a chart's row with one value more than its series, that one printed
    with its own currency ("Jul 2024 | $162.8M | 78.4 | 20.3" under "sent from Kazakhstan (USD
    equivalent below) | received in Kazakhstan": blind designer96, 2024q3 chromium2), reads the
    plain values against the series in order and the amount in its own currency as the series
    whose head names that currency; columns unchanged where no one series does."""
    own = [j for j in range(1, len(cells)) if numbers[j] is not None and CELL_CURRENCY.search(cells[j])]
    if len(own) != 1:
        return columns
    currency = "USD" if CELL_CURRENCY.search(cells[own[0]]).group("usd") else "KZT"
    named = [c for c in columns if c.kind == currency]     # the head names it (tables.columns_of)
    if len(named) != 1:
        return columns
    # the series' plain values are in the caption's unit, not the currency its head names for the other
    plain = replace(named[0], kind="unknown", scale=Decimal(1))
    out = [tables.LABEL] + [plain if c is named[0] else c for c in columns]
    out.insert(own[0], replace(named[0], kind="unknown", scale=Decimal(1), rule="TAB:own-currency"))
    return out


def _fitted_columns(columns: list, cells, numbers) -> list:
    """The columns fitted to a row whose cells are one or two more or fewer than the header's."""
    if len(cells) == len(columns) - 1 and (not columns[0].head or columns[0].kind == "label") \
            and columns[1].kind == "label" and numbers[0] is None:
        # a group column with no header word over it ("CIS member | Russian Federation"):
        # rows printed without a group cell of their own start at the name
        return columns[1:]
    if len(cells) == len(columns) + 1 and columns[0].kind != "label":
        # a chart's series legend over its value columns ("Q1 2022 | Q2 2022"): no label cell
        return [tables.LABEL] + columns
    if len(cells) == len(columns) + 2 and columns[0].kind != "label" and numbers[0] is None \
            and numbers[1] is None:
        # a header over the values only, the rows led by a row group's cell and a name
        # ("CIS member states | Uzbekistan | 61.5 | ..." under "KZT bn | USD mn | Share, %")
        return [tables.LABEL, tables.LABEL] + columns
    if len(cells) == len(columns) + 2 and columns[0].kind != "label" and numbers[0] is None:
        return _own_currency_column(cells, numbers, columns)
    return columns


def _paired_row(ctx: Context, rd: Readers, block: Block, cells, numbers, caption):
    """A row of TAB:currency-pair cells, with the columns they give (ctx, block, cells, numbers)."""
    paired = _currency_pairs(rd, block, caption) if caption is not None and not ctx.header_lines and (
        ctx.columns is None or all(c.rule == "TAB:currency-pair" for c in ctx.columns[1:])) else None
    if paired is None:
        return ctx, block, cells, numbers
    block, cells, numbers, cols = paired
    return replace(ctx, columns=tuple(cols)), block, cells, numbers


def _currency_pairs(rd: Readers, block: Block, caption: Block):
    """TAB:currency-pair: under a caption naming two currencies, the second in brackets
    ("Remittances sent by month, KZT billion (USD million)"), a row with no header whose every
    value cell prints an amount and the same in brackets ("July 2023 | 68.9 (150.9)": blind
    designer83, 2023q3 word; "58.7 (USD 134.1 m)": blind designer96, 2022q2 reportlab) is an
    amount in each currency, each in the caption's scale: (block, cells, numbers, columns), or
    None."""
    scales = tables.currency_scales(caption.text)      # in the caption's order: the bracket's second
    kinds = list(scales)
    spans = tables.cell_spans(block)
    found = [PAIR_CELL.fullmatch(block.text, a, b) for a, b in spans[1:]]
    if len(kinds) != 2 or not CAPTION_PAIR.search(caption.text) or not found or not all(found):
        return None
    new_spans, cols = [spans[0]], [tables.LABEL]
    for m in found:
        new_spans += [m.span("a"), m.span("b")]
        cols += [tables.Column(k, scales[k], None, None, "TAB:currency-pair") for k in kinds]
    block = replace(block, cells=tuple(new_spans))
    cells = [block.text[a:b] for a, b in new_spans]
    return block, cells, [tables.cell_number(c, rd.parse_number) for c in cells], cols


def _half_row(ctx: Context, block: Block, cells, numbers, columns):
    """TAB:half-row: a row of a side-by-side table with cells in its second half only (one
    list longer than the other: "Shymkent city 7.2" under "Uzbekistan 49.6 Almaty city 18.9"),
    its first half's cells put in empty; the second half's left edge is taken from the full
    rows above. A row of the first half only, left of that edge, gets its second half's cells
    empty. (ctx, block, cells, numbers)."""
    k = tables.halves(columns)
    if not k:
        return replace(ctx, half_x=None), block, cells, numbers
    spans = tables.cell_spans(block, len(columns))
    if len(cells) == len(columns) and numbers[k] is None and cells[k].strip():
        x = _x_span(block, spans[k])
        return (replace(ctx, half_x=x[0]) if x else ctx), block, cells, numbers
    first = _x_span(block, spans[0]) if spans else None
    if len(cells) == k == len(columns) - k and first is not None and numbers[0] is None \
            and (ctx.half_x is None or first[0] < ctx.half_x - block.size):
        # the first half's longer list goes on alone ("Tajikistan 6.18" under "Kyrgyzstan 19.42
        # Germany 9.64": blind round84, 2022q1 tables-fpdf): its second half put in empty
        end = (spans[-1][1], spans[-1][1])
        return ctx, replace(block, cells=tuple(spans) + (end,) * k), list(cells) + [""] * k, list(numbers) + [None] * k
    if len(cells) != len(columns) - k or ctx.half_x is None or first is None or first[0] < ctx.half_x - block.size:
        return ctx, block, cells, numbers
    block = replace(block, cells=((spans[0][0], spans[0][0]),) * k + tuple(spans))
    return ctx, block, [""] * k + list(cells), [None] * k + list(numbers)


# the value columns a change row reads: amounts and counts, not shares, changes or rates
CHANGE_ROW_KINDS = ("KZT", "USD", "persons", "unknown", "transactions")


def _change_row(ctx: Context, rd: Readers, block: Block, cells, numbers, columns, caption
                ) -> list[Candidate] | None:
    """TAB:change-row: a row whose label heads a change ("Change on Q3 2023, % (in tenge) | −6.7
    | – | −8.0 | –" under "Sent from Kazakhstan KZT billion | ... USD million | Received ...")
    holds each column's change against the period the label names, in per cent, of the column's
    metric and period (blind round42, 2023q4 tables-reportlab, Table 5). None where the row is
    no such row."""
    label = cells[0]
    if numbers[0] is not None or rd.find_entities(label) or not tables.CHANGE_LABEL.search(label):
        return None
    period = (ctx.report_start, ctx.report_end)
    context = caption.text if caption is not None else ""
    fallback = tables.text_metric(context, rd.find_entities, ctx.permit_kind) if context else None
    groups = _column_groups(rd, columns[1:], numbers[1:])     # "CIS member states | Non-CIS countries"
    out = []
    for col, cell, value, span in zip(columns[1:], cells[1:], numbers[1:], tables.cell_spans(block, len(columns))[1:]):
        metric = col.metric or fallback
        if value is None or col.kind not in CHANGE_ROW_KINDS or metric is None:
            continue
        change = tables.change_column(label, context, rd, period, [col], col.scale, metric, "COL:change")
        if change.compared is None:
            continue
        notes, fn_rule, fn_flags = _row_notes(ctx, caption, block, metric)
        own = change.period or tuple(d.isoformat() for d in period)
        out.append(Candidate(metric, "change", "percent", value, None, None, groups.get(id(col)), own, change.compared,
                             block, span[0], span[1], cell, block.text.strip(), list(notes),
                             (fn_flags if fn_rule != "FN:table" else []) + ([] if change.period else ["period_default"]),
                             ["F:table-cell", "TAB:change-row", col.metric_rule if col.metric else "MET:caption",
                              "PER:column" if change.period else "PER:report", fn_rule]))
    return out or None


# a last column of words about the row ("Remark", "Comment", "Notes")
REMARK_HEAD = compiled(r"^\s*(?:remarks?|comments?|notes?|explanations?|observations?)\s*$", regex.I)
# a figure (or a "no data" dash) opening a cell, a remark after it ("43.1 largest partner in both
# directions", "– left the CIS in 2009")
LEADING_FIGURE = compiled(r"^\s*(?:[+\-\u2212]?\d[\d.,\u00a0]*%?|[–—-]|\.\.|n/a)(?=\s+\S)", regex.I)


def _without_remark(rd: Readers, block: Block, cells, columns):
    """A remark column dropped from a table row (blind designer42, 2024q3 word, Table 2: "Remark"
    right of the figures, empty on most rows, its words run into the last figure's cell on
    others): the row's cells up to the last figure, that cell cut after its figure."""
    spans = list(tables.cell_spans(block, len(columns)))
    cols = list(columns[:-1])
    if len(spans) == len(columns):
        spans = spans[:-1]          # the remark in a cell of its own
    a, b = spans[-1]
    m = LEADING_FIGURE.match(block.text[a:b])
    if m:
        spans[-1] = (a, a + m.end())
    block = replace(block, cells=tuple(spans))
    cells = [block.text[x:y] for x, y in spans]
    numbers = [tables.cell_number(c, rd.parse_number) if rd.parse_number else None for c in cells]
    return block, cells, numbers, cols


CURRENCY_HEAD = compiled(r"\b(?:KZT|USD|tenge)\b|US\$|₸")


# a unit cell of shares alone ("Permanent residence permits | %" stacked under "Temporary ... | %")
PERCENT_HEAD = compiled(r"\s*(?:%|\(%\)|per\s*cent|percent|share,?\s*%?)\s*", regex.I)


def _new_header(rd: Readers, block: Block, cells: list[str], columns) -> bool:
    """A row of words in every cell, as many as the columns or more (a wider table stacked under a
    narrower one: blind designer75, 2025q1 chromium2), three or more (or two, the second naming a
    currency: "Month | USD m" under a chart's "April | 71.8" rows; blind designer76, 2022q2
    chromium2; or a share: "Permanent residence permits | %" under the rows of "Temporary
    residence permits | %"), no figure (a year is a header's: "Remittances sent, July – September 2022 | KZT
    bn": blind designer97, 2022q3 reportlab), no "no data" mark and no name of a country or
    region (Kazakhstan's apart: "Received in Kazakhstan from | %"): a header, not a row of values."""
    return (columns is not None and len(cells) >= len(columns)
            and (len(cells) >= 3 or len(cells) == 2 and bool(CURRENCY_HEAD.search(cells[1]) or PERCENT_HEAD.fullmatch(cells[1])))
            and all(WORD_OR_DIGIT.search(c) or PERCENT_HEAD.fullmatch(c) for c in cells)
            and not DIGIT.search(YEAR_WORD.sub("", block.text)) and not any(NO_VALUE.fullmatch(c) for c in cells)
            and not any(e.label in ("COUNTRY", "REGION") and e.id != REPORTING_COUNTRY for e in rd.find_entities(block.text)))



def _header_goes_on_or_ends(ctx: Context, rd: Readers, block: Block, cells: list[str], numbers: list, caption,
                            period) -> tuple[Context, bool]:
    """A row under the header before any row of values: one more line of the header (True),
    else the first row of values, the columns read again over it where the header's lines
    or cells need its cells to place them (TAB:header-lines)."""
    # a year alone under a header cell ("Permanent residents, as of 1 | January 2026") is a word
    years = all(tables.YEAR_HEAD.fullmatch(c) for c in cells)
    stacked = _header_line_under(ctx.header, block, years and bool(ctx.columns) and ctx.columns[0].kind != "label") \
        if years or all(n is None or tables.YEAR_ALONE.fullmatch(c) for c, n in zip(cells, numbers)) else None
    if stacked is not None:     # the header's second line ("Received, USD | million"): TAB:header-lines
        texts, below = stacked
        cols = _header_notes(ctx.header, tables.columns_of(texts, caption.text if caption else "", rd, period))
        cols = [replace(c, note=below[i]) if c.note is None and i in below else c for i, c in enumerate(cols)]
        return replace(ctx, columns=tuple(cols)), True
    if stacked is None and ctx.header is not None and len(ctx.header.cells) >= 2 \
            and _header_goes_on(rd, block, cells, numbers):
        # header cells staggered over three lines ("Change vs" over "Indicator | Q3 2025 | ..."
        # over "Q2 2025, %"): all read again over the first row of values (TAB:header-lines)
        return replace(ctx, header_more=ctx.header_more + (block,)), True
    if ctx.header_more and ctx.header is not None:
        heads, notes = _heads_over((ctx.header,) + ctx.header_more, block)
        if heads and len(heads) == len(cells) and all(heads[1:]):
            cols = tables.columns_of(heads, caption.text if caption else "", rd, period)
            ctx = replace(ctx, columns=tuple(replace(c, note=notes[i]) if i in notes else c for i, c in enumerate(cols)))
    if ctx.header is not None and _label_head_apart(ctx.header, block, numbers):
        return ctx, True    # the label column's head between two header lines: the header goes on
    if ctx.header is not None and ctx.header.boxes and len(cells) > len(ctx.columns):
        # the header's cells ran together ("Persons   Main countries of origin" as one):
        # cut it again where the first row of values puts its cells (TAB:header-lines)
        heads, notes = _heads_over((ctx.header,), block)
        heads = _split_shared(ctx.header, block, heads) if heads and len(set(heads)) < len(heads) else heads
        halves = _halves_columns(heads, numbers, caption, rd, period) if heads and len(heads) == len(cells) else None
        if heads and len(heads) == len(cells) and all(heads) and (len(set(heads)) == len(heads) or halves):
            cols = halves or tables.columns_of(heads, caption.text if caption else "", rd, period)
            ctx = replace(ctx, columns=tuple(replace(c, note=notes[i]) if i in notes else c for i, c in enumerate(cols)))
    if ctx.header is not None and ctx.header.boxes and 2 <= len(cells) < len(ctx.columns):
        heads = _merged_heads(ctx.header, block)
        if heads is not None:
            cols = tables.columns_of(heads, caption.text if caption else "", rd, period)
            ctx = replace(ctx, columns=tuple(cols))
    return ctx, False


def _merged_heads(header: Block, row: Block) -> list[str] | None:
    """A header whose cells' wrapped lines were cut apart ("temporary residence" over
    "permits", each under "Share of the total, %"): more header cells than the first row of
    values has, each joined to the row's cell nearest it, words they repeat said once
    (TAB:header-lines; blind round38, 2026q1 tables-reportlab, Table 4)."""
    spans = [_x_span(row, c) for c in row.cells]
    # an upper cell flattened into each cell under it ("Share of the total, % permits"): the
    # words after it place the cell
    texts = [header.text[i:j] for i, j in header.cells[1:]]
    shared = os.path.commonprefix(texts) if len(texts) >= 2 else ""
    shared = shared[:shared.rfind(" ") + 1] if " " in shared else ""
    heads = [_x_span(header, c) for c in header.cells[:1]] + [
        _x_span(header, (i + len(shared), j)) for i, j in header.cells[1:]]
    if any(x is None for x in spans) or any(x is None for x in heads):
        return None
    mids = [(a + b) / 2 for a, b in spans]       # type: ignore[misc]
    out: list[str] = [""] * len(mids)
    for (a, b), (i, j) in zip(heads, header.cells):     # type: ignore[misc]
        k = min(range(len(mids)), key=lambda k: abs(mids[k] - (a + b) / 2))
        text = header.text[i:j].strip()
        shared = len(os.path.commonprefix([out[k], text]))
        out[k] = (out[k] + " " + text[shared:].strip()).strip() if out[k] else text
    return out if all(out[1:]) and len(set(out)) == len(out) else None


def _x_span(block: Block, span: tuple[int, int]) -> tuple[float, float] | None:
    """The x extent of a cell's characters; None for an empty cell."""
    box = block.box_of(*span)
    return (box[0], box[2]) if box else None


# Characters of a header line this many of its sizes apart stand in two cells.
HEAD_PIECE_GAP = 1.5
# ... or a space between them this many of its sizes wide.
HEAD_SPACE = 0.8


def _pieces(line: Block) -> list[tuple[str, float, float]]:
    """A header line printed as one block, cut into its cells where its characters stand far
    apart: (text, x0, x1)."""
    out: list[list] = []
    wide = False
    for k, ch in enumerate(line.text):
        box = line.boxes[k]
        if ch.isspace():
            wide = wide or box[2] - box[0] > HEAD_SPACE * line.size     # a space stretched over a gap
            continue
        if out and not wide and box[0] - out[-1][2] <= HEAD_PIECE_GAP * line.size:
            out[-1][0] += line.text[out[-1][3]:k + 1]
            out[-1][2], out[-1][3] = box[2], k + 1
        else:
            out.append([ch, box[0], box[2], k + 1])
        wide = False
    return [(t, a, b) for t, a, b, _ in out]


def _under_spanning_heads(lines: tuple[Block, ...], row: Block) -> bool:
    """Two or more header lines set as headings side by side over the row, at least two of them
    each spanning two or more of its value cells."""
    spans = [_x_span(row, c) for c in row.cells]
    if len(spans) < 4 or any(x is None for x in spans):
        return False
    mids = [(x0 + x1) / 2 for x0, x1 in spans]
    boxes = [union(line.boxes) for line in lines if line.boxes]
    return sum(1 for box in boxes if sum(1 for m in mids if box[0] - 5 <= m <= box[2] + 5) >= 2) >= 2


def _heads_over(lines: tuple[Block, ...], row: Block) -> tuple[list[str] | None, dict[int, str]]:
    """The header cells over a table's first row of values, from header lines set as headings
    apart from it: each piece of a line goes to the row's cells whose middles it spans (a
    group cell over several columns), else to the cell whose middle is nearest its own."""
    spans = [_x_span(row, c) for c in row.cells]
    if not spans or all(x is None for x in spans) or any(x is None for x in spans[1:]):
        return None, {}
    # an empty first cell (a group column's, its label printed on another row) heads nothing
    mids = [(x0 + x1) / 2 if x else -1e9 for x in spans for x0, x1 in [x or (0.0, 0.0)]]
    texts = [""] * len(mids)
    notes: dict[int, str] = {}
    nearest = lambda x: min(range(len(mids)), key=lambda k: abs(mids[k] - x))    # noqa: E731
    low = max((ln.boxes[0][1] for ln in lines if ln.boxes), default=0.0)
    # the lowest header line's pieces, with the column each heads
    leaves = sorted(((x0 + x1) / 2, [k for k, m in enumerate(mids) if x0 - 5 <= m <= x1 + 5]
                     or _flush_left_over(spans, x0, x1) or [nearest((x0 + x1) / 2)])
                    for ln in lines if ln.boxes and ln.boxes[0][1] >= low - 2 for _, x0, x1 in _pieces(ln))
    leaves = _leaves_in_order(leaves, len(mids))
    groups = _group_heads([ln for ln in lines if ln.boxes and ln.boxes[0][1] < low - 2], leaves, nearest)
    for line in lines:
        upper = bool(line.boxes) and line.boxes[0][1] < low - 2
        for text, x0, x1 in _pieces(line):
            under = (groups.get((id(line), x0)) or _centred_over(leaves, (x0 + x1) / 2) if upper else
                     next((ks for m, ks in leaves if m == (x0 + x1) / 2), [])) \
                or [k for k, m in enumerate(mids) if x0 - 5 <= m <= x1 + 5] or _flush_left_over(spans, x0, x1) \
                or [nearest((x0 + x1) / 2)]
            for k in under:
                texts[k] = (texts[k] + " " + text).strip()
                # the note raised at the piece's end ("issued¹⁴") sources its columns
                notes.update({k: m.label for m in line.markers if x0 - 2 <= m.box[0] <= x1 + line.size})
    return (texts, notes) if sum(1 for t in texts[1:] if t) >= 1 else (None, {})


def _flush_left_over(spans: list, x0: float, x1: float) -> list[int]:
    """A header piece over no value's middle, set flush left in its column over values set flush
    right ("Received" over "28.4", the piece ending left of the value's middle, after the value
    before it): the column whose value it stands before, right of the last value ending left of
    it ([] when there is none such). Only after a column of values: a piece between the names
    and the first values may head the names (blind round62, 2026q1 Word, Table 2; round38)."""
    for k in range(2, len(spans)):
        if x0 >= spans[k - 1][1] - 2 and x1 <= spans[k][1] + 2:
            return [k]
    return []


def _leaves_in_order(leaves: list, cells: int) -> list:
    """The lowest header line's pieces, each with the cells it heads. Where two single pieces
    fall to one cell by nearness while a cell of values right of the first heads nothing, the
    pieces head the last columns in order, left to right: header cells set flush left over
    values set flush right, on another page than the rows (blind round38, 2023q2 Word, Table 1
    split over a page)."""
    heads = [ks[0] for _, ks in leaves if len(ks) == 1]
    if len(heads) != len(leaves) or len(set(heads)) == len(heads) or not 0 < len(leaves) < cells:
        return leaves
    first = min(heads)
    if all(k in heads for k in range(max(first, 1), cells)):
        return leaves
    return [(m, [cells - len(leaves) + i]) for i, (m, _) in enumerate(leaves)]


# The gaps cutting run-together header cells are at least this many times any gap left within them.
CELL_GAP_RATIO = 1.5


def _split_shared(header: Block, row: Block, heads: list[str]) -> list[str]:
    """A one-line header whose last cells ran together over several columns of values
    ("Received, KZT bn Received, USD mn"): cut at its widest gaps between words, one cut fewer
    than the columns it stands over (TAB:header-lines)."""
    spans = [_x_span(row, c) for c in row.cells]
    if any(x is None for x in spans[1:]):
        return heads
    mids = [(x[0] + x[1]) / 2 if x else -1e9 for x in spans]
    out = list(heads)
    for _, x0, x1 in _pieces(header):
        cols = [k for k, m in enumerate(mids) if x0 - 5 <= m <= x1 + 5 and k > 0]
        words = [(w.group(), header.box_of(w.start(), w.end())) for w in regex.finditer(r"\S+", header.text)]
        words = [(t, b) for t, b in words if b and x0 - 1 <= (b[0] + b[2]) / 2 <= x1 + 1]
        if len(cols) < 2 or len(words) < len(cols) or len(words) == len(cols) and not _wide_gaps(words, header.size):
            continue            # one word a column only where the words stand a column apart ("% Region")
        width = lambda i: words[i][1][0] - words[i - 1][1][2]      # noqa: E731
        gaps = sorted(range(1, len(words)), key=lambda i: -width(i))
        chosen, rest = gaps[:len(cols) - 1], gaps[len(cols) - 1:]
        if min(width(i) for i in chosen) <= 0 or rest and min(width(i) for i in chosen) < CELL_GAP_RATIO * max(
                width(i) for i in rest):
            continue            # no gap stands out between the cells: leave the header as it is
        cuts = [0] + sorted(chosen) + [len(words)]
        for k, a, b in zip(cols, cuts, cuts[1:]):
            out[k] = " ".join(t for t, _ in words[a:b])
    return out


def _wide_gaps(words: list, size: float) -> bool:
    """Each gap between the words at least an em: words set in columns apart, not one phrase."""
    return all(b[1][0] - a[1][2] >= size for a, b in zip(words, words[1:]))


def _halves_columns(heads: list[str], numbers: list, caption, rd: Readers, period) -> list | None:
    """TAB:halves-header: header cells that repeat because the table is two alike halves side by
    side ("Nationality | % | Region | %", "Temporary permits % | Permanent permits %" over
    "Uzbekistan 47.2 Russian Federation 58.3"): the columns, each half led by the column of
    names its first row puts under it (its head's metric kept for the half); None where the
    header is no such header."""
    cols = tables.columns_of(heads, caption.text if caption else "", rd, period)
    k = len(cols) // 2
    if len(cols) < 4 or len(cols) % 2 or numbers[0] is not None or numbers[k] is not None:
        return None
    cols = [replace(c, kind="label", rule="TAB:halves-header") if i in (0, k) else c for i, c in enumerate(cols)]
    return cols if tables.halves(cols) else None


def _group_heads(upper: list[Block], leaves: list[tuple[float, list[int]]], nearest) -> dict:
    """TAB:group-heads: two or more merged cells side by side over the lowest header line, each
    centred over its run of columns ("Remittances sent" over "KZT bn | USD m | Share, %" beside
    "Remittances received" over "KZT bn | Share, %": blind designer70, 2022q1 reportlab): each
    value column goes under the merged cell nearest it, where every merged cell stands centred
    over the columns it gets (a piece over one column of several is a wrapped head, no group).
    {(id(line), x0): columns}; empty where the pieces are no such cells."""
    values = [(m, ks) for m, ks in leaves if min(ks) >= 1]
    if len(values) < 3:
        return {}
    rows: dict[float, list] = {}
    for line in upper:
        for _, x0, x1 in _pieces(line):
            if nearest((x0 + x1) / 2) >= 1:         # not over the names' column
                rows.setdefault(round(line.boxes[0][1]), []).append((line, x0, (x0 + x1) / 2))
    spacing = statistics.median(b[0] - a[0] for a, b in zip(values, values[1:]))
    for row in rows.values():
        if not 2 <= len(row) < len(values):
            continue
        got = {(id(ln), x0): [] for ln, x0, _ in row}
        for m, ks in values:
            ln, x0, _ = min(row, key=lambda r: abs(r[2] - m))
            got[(id(ln), x0)].append((m, ks))
        if all((run := got[(id(ln), x0)]) and abs((run[0][0] + run[-1][0]) / 2 - mid) <= 0.25 * spacing
               for ln, x0, mid in row):
            return {key: sorted({k for _, ks in run for k in ks}) for key, run in got.items()}
    return {}


def _centred_over(leaves: list[tuple[float, list[int]]], mid: float) -> list[int]:
    """The columns an upper header piece narrower than its merged cell heads: those of the run
    of two or more pieces of the lowest line that it stands centred over ("Change, %" over "on
    Q2 2025 | on Q1 2026": blind round 21, 2026q2 tables-reportlab, Table 1); none where no
    run is centred under it."""
    # the piece stands in the gap between two leaves, well away from both (a piece over one
    # column stands on its leaf); the run is as many leaves on either side of the gap
    gap = next((i for i in range(len(leaves) - 1) if leaves[i][0] < mid < leaves[i + 1][0]), None)
    if gap is None:
        return []
    a, b = leaves[gap][0], leaves[gap + 1][0]
    if min(mid - a, b - mid) < 0.35 * (b - a):
        return []
    best, err = [], None
    for n in range(1, min(gap + 1, len(leaves) - gap - 1) + 1):
        run = leaves[gap + 1 - n:gap + 1 + n]
        e = abs((run[0][0] + run[-1][0]) / 2 - mid)
        if e <= 0.1 * (run[-1][0] - run[0][0]) and (err is None or e < err):
            best, err = sorted({k for _, ks in run for k in ks}), e
    return best


def _header_line_under(header: Block | None, line: Block, unlabelled: bool = False
                       ) -> tuple[list[str], dict[int, str]] | None:
    """A row of words right under the header, before any row of values, none of them under
    the header's first (label) cell and each under one of its other cells, is the header's
    second line: the header's cell texts with the words added below them (a group row,
    "CIS member states", stands under the label cell), and the notes raised in the words
    below, by column. Over a header with no label cell ("Q3 | Q2 | Change vs Q2", its row
    names unheaded), a line of years ("2023 | 2024 | 2024, %") completes every cell,
    the first too (`unlabelled`: TAB:header-years)."""
    cells = [c for c in line.cells if c[1] > c[0]]
    if header is None or not header.cells or not cells or any(c[1] <= c[0] for c in header.cells):
        return None
    heads = [_x_span(header, c) for c in header.cells]
    texts = [header.text[a:b] for a, b in header.cells]
    notes: dict[int, str] = {}
    for span in cells:
        x0, x1 = _x_span(line, span)
        overlap = [min(x1, h1) - max(x0, h0) for h0, h1 in heads]
        best = max(range(len(heads)), key=lambda i: overlap[i])
        if overlap[best] <= 0 or not unlabelled and (best == 0 or overlap[0] > 0):
            return _header_under_spans(header, line)
        texts[best] += " " + line.text[span[0]:span[1]]
        notes.update({best: m.label for m in line.markers if span[0] <= m.offset <= span[1] + 1})
    return texts, notes


def _header_goes_on(rd: Readers, block: Block, cells: list[str], numbers: list) -> bool:
    """A row of two or more cells of words (or years) under the header, none a name or a
    "no data" mark: more of the header."""
    return len(cells) >= 2 and all(n is None or tables.YEAR_HEAD.fullmatch(c) for c, n in zip(cells, numbers)) \
        and not any(NO_VALUE.fullmatch(c) for c in cells) \
        and not any(e.label in ("COUNTRY", "REGION", "GROUP") for e in rd.find_entities(block.text))


def _label_head_apart(header: Block, line: Block, numbers: list) -> bool:
    """A word or two alone left of every header cell ("Indicator", set midway between the
    header's "Q3 | Q2" and its "2023 | 2024"): the label column's head, printed apart; the
    header's lines go on under it (TAB:header-years)."""
    heads = [_x_span(header, c) for c in header.cells]
    span = _x_span(line, (0, len(line.text))) if len(line.text.split()) <= 3 else None
    return span is not None and all(n is None for n in numbers) and None not in heads and bool(heads) \
        and span[1] < min(h[0] for h in heads)


def _header_under_spans(header: Block, line: Block) -> tuple[list[str], dict[int, str]] | None:
    """An upper header line of spanning cells only ("Sent from | Received in") over the header
    row that names the label column ("Country | KZT bn | share, % | KZT bn | share, %"): the
    label cell stands left of every upper cell, and each other cell takes the upper cell whose
    middle is nearest its own (TAB:header-lines)."""
    cells = [c for c in line.cells if c[1] > c[0]]
    heads = [_x_span(header, c) for c in header.cells]
    spans = [_x_span(line, c) for c in cells]
    if len(cells) <= len(heads) or None in heads or None in spans or spans[0][1] >= min(h[0] for h in heads):
        return None
    if any(x1 < min(h[0] for h in heads) for _, x1 in spans[1:]):
        return None         # a value column's cell left of every upper cell: they span no columns
    mids = [(h0 + h1) / 2 for h0, h1 in heads]
    texts = [line.text[slice(*cells[0])]]
    for (x0, x1), span in zip(spans[1:], cells[1:]):
        near = min(range(len(mids)), key=lambda i: abs(mids[i] - (x0 + x1) / 2))
        texts.append(header.text[slice(*header.cells[near])] + " " + line.text[slice(*span)])
    notes = {k: m.label for k, span in enumerate(cells) for m in line.markers if span[0] <= m.offset <= span[1] + 1}
    return texts, notes


def _under_a_full_header(lines: tuple[Block, ...], block: Block) -> bool:
    """`block` stands under a row of three or more header cells set apart on one line, starting
    at the left edge of the first of them."""
    if not block.boxes or not all(ln.boxes for ln in lines):
        return False
    top = block.boxes[0][1]
    row = [ln for ln in lines if abs(ln.boxes[0][1] - lines[-1].boxes[0][1]) <= 2]
    return len(row) >= 3 and all(ln.boxes[0][3] <= top for ln in row) \
        and abs(block.boxes[0][0] - min(ln.boxes[0][0] for ln in row)) <= 3


def _table_groups_named(ctx: Context, rd: Readers, cells, numbers) -> tuple[Context, list[Entity]]:
    """"CIS countries | Uzbekistan | ...", or the group cell printed into the name's ("CIS
    countries Subtotal | ..."): the groups the table's group column names (a row naming a country
    outside any group cell is marked "": "Other countries" is then no complement, only the rest
    of the list). Returns the context and the entities of the row's first cell."""
    ents = rd.find_entities(cells[0])
    lead = next((e for e in ents if e.label == "GROUP" and not cells[0][:e.start].strip()), None)
    if lead is not None and lead.id not in ctx.table_groups and (
            cells[0][lead.end:].strip()
            or not ctx.table_groups and len(numbers) > 1 and numbers[1] is not None):    # or a group's row alone
        ctx = replace(ctx, table_groups=ctx.table_groups + (lead.id,))
    elif lead is None and "" not in ctx.table_groups and any(e.label in ("COUNTRY", "REGION") for e in ents):
        ctx = replace(ctx, table_groups=ctx.table_groups + ("",))
    return ctx, ents


def _legend_row(ctx: Context, rd: Readers, block: Block) -> tuple[Context, list[Candidate] | None]:
    """A row naming only groups is remembered for the legend cells under it; a row of legend
    cells gives their shares (None: no legend row)."""
    named = _groups_over_cells(rd, block)
    if named:
        ctx = replace(ctx, group_row=named)
    found = _legend_cells(ctx, rd, block)
    return ctx, found if found is not None else _value_list_row(ctx, rd, block)


def _groups_over_cells(rd: Readers, block: Block) -> tuple[tuple[float, float, str], ...]:
    """(x0, x1, group) of each cell of a row whose cells each name a group and nothing else
    ("CIS member states | Non-CIS countries" over a two-bar legend)."""
    out = []
    for a, b in block.cells:
        cell = block.text[a:b]
        if not cell.strip():
            continue
        ents = rd.find_entities(cell)
        if len(ents) != 1 or ents[0].label != "GROUP" or DIGIT.search(cell):
            return ()
        box = block.box_of(a, b)
        out.append((box[0], box[2], ents[0].id))
    return tuple(out) if len(out) >= 2 else ()


# A legend entry set as a table cell: "Uzbekistan (44.18%)", "Other CIS 2.20%" is no such cell.
LEGEND_CELL = compiled(r"^\s*(?P<name>[^\d()%]+?)\s*\(\s*(?P<value>\d+(?:[.,]\d+)?)\s*%\s*\)\s*$")
# ... or a name and its share with no brackets, in a chart titled in per cent ("Russia 52.9")
LEGEND_PAIR = compiled(r"^\s*(?P<name>[^\d()%]+?)\s+(?P<value>\d{1,2}(?:[.,]\d+)?|100)\s*%?\s*$")


def beside_legend(ctx: Context, block: Block) -> bool:
    """A row of legend cells ("Russia (43.5%) | USA (12.1%)") set wholly beside the title in
    force: another chart's legend that the reading order put under this title."""
    title = ctx.caption or ctx.chart_title
    return block.kind == "table" and ctx.columns is None and title is not None and not ctx.header_lines \
        and _beside_title(title, block) and bool(LEGEND_CELL.match(block.text[slice(*block.cells[0])] if block.cells else ""))


def _under_title(title: Block, block: Block) -> bool:
    """A row standing below a title on its page, across part of the title's width."""
    if title.page != block.page or not title.boxes or not block.boxes:
        return False
    (t0, _, t1, bottom), (r0, top, r1, _) = union(title.boxes), union(block.boxes)
    return bottom <= top and min(t1, r1) > max(t0, r0)


def _legend_pair_row(block: Block, rd: Readers, ctx: Context) -> Block | None:
    """LAY:legend-pair: a legend line of one name and a bare figure ("USA 10.0"), under a chart's
    title in per cent ("..., share of total, %"), is a row of two cells,
    the name and its share (blind designer81, 2022q3 chromium, Chart 3: its key set one entry a
    line); None for any other line."""
    title = ctx.chart_title
    if block.kind != "legend" or title is None or "%" not in title.text:
        return None
    m = LEGEND_PAIR.match(block.text)
    if m is None or "%" in block.text or REMAINDER_CELL.match(m["name"]):
        return None
    ents = rd.find_entities(m["name"])
    if len(ents) != 1 or ents[0].label not in ("COUNTRY", "REGION"):
        return None
    return replace(block, kind="table", cells=(m.span("name"), m.span("value")))


def _beside_title(title: Block, block: Block) -> bool:
    """A row set wholly beside its title on the page, left or right of it, with no overlap:
    another chart's legend that the reading order put under this title (a donut's legend
    between a column chart's title and its bars: blind designer62, 2024q4 chromium2)."""
    if title.page != block.page or not title.boxes or not block.boxes:
        return False
    (t0, _, t1, _), (r0, _, r1, _) = union(title.boxes), union(block.boxes)
    return r0 > t1 or r1 < t0


# a legend's last entry for the rest, printed with no value ("Other", "All other origins")
REMAINDER_CELL = compiled(r"^\s*(?:all\s+)?(?:other|others|the\s+rest|rest)(?:\s+[\p{L}-]+){0,2}\s*$", regex.I)


def _legend_cells(ctx: Context, rd: Readers, block: Block) -> list[Candidate] | None:
    """TAB:legend-cell: rows of a chart's legend set as table cells, each a name and its share
    in brackets ("Uzbekistan (44.18%) | China (38.62%)" under "CIS member states | Non-CIS
    countries", a stacked bar per group): each cell is the share of its name, of the group the
    cell stands under, the chart's metric and period (blind designer38, 2024q1 chromium)."""
    title = ctx.caption or ctx.chart_title
    cells = [(a, b) for a, b in block.cells if block.text[a:b].strip()]
    if title is None or not cells or _beside_title(title, block):
        return None
    found = []
    # "Russia 52.9 | USA 10.0 | Rep. of Korea 8.7" under a title of shares in per cent: each
    # cell a name and its share with no "%" (blind designer81, 2022q3 chromium, Chart 3); or
    # each cell with its own "%" ("Türkiye 13.9% | Kyrgyzstan 8.2%": designer61, 2025q1 chromium2)
    paired = len(cells) >= 2 and ("%" in title.text or all("%" in block.text[a:b] for a, b in cells))
    for a, b in cells:
        m = LEGEND_CELL.match(block.text[a:b]) or (LEGEND_PAIR.match(block.text[a:b]) if paired else None)
        if REMAINDER_CELL.match(m["name"] if m else block.text[a:b]):
            continue        # "Other", "All other origins": the rest of the circle, given no value or
                            # its own ("Other countries (35.0%)": blind designer82, 2022q2 word)
        ents = rd.find_entities(m["name"]) if m else []
        if m is None or len(ents) != 1 or ents[0].label not in ("COUNTRY", "REGION"):
            return None
        found.append((a, b, m, ents[0]))
    frame = _title_frame(ctx, rd, title, block) if found else None
    if frame is None:
        return None
    metric, period, per_rule, (notes, fn_rule, fn_flags) = frame
    titled = _title_group(rd, title.text)
    out = []
    for a, b, m, e in found:
        box = block.box_of(a, b)
        under = [g for x0, x1, g in ctx.group_row if min(x1, box[2]) - max(x0, box[0]) > 0]
        group, grp = (under[0], ["GRP:column"]) if len(under) == 1 else \
            (titled, ["GRP:title-count"]) if titled and not under and attach.in_group(e.id, titled) else (None, [])
        start = a + m.start("value")
        out.append(Candidate(metric, "share", "percent", rd.parse_number(m["value"]),
                             e.id if e.label == "COUNTRY" else None, e.id if e.label == "REGION" else None,
                             group, period, None, block, start,
                             a + m.end("value"), m["value"], block.text.strip(), list(notes), list(fn_flags),
                             ["F:table-cell", "TAB:legend-cell", "MET:caption", per_rule, fn_rule] + grp))
    return out


def _title_group(rd: Readers, title: str) -> str | None:
    """The one group a chart's title names as what its parts are of ("Arrivals from CIS member
    states by citizenship, % of CIS arrivals"), else None."""
    groups = [e for e in rd.find_entities(title) if e.label == "GROUP"]
    if len({e.id for e in groups}) != 1 or not TITLE_GROUP.search(title[:groups[0].start]):
        return None
    return groups[0].id


def _title_frame(ctx: Context, rd: Readers, title: Block, block: Block):
    """What a chart's title gives the rows under it: (metric, period, the period's rule, the
    rows' notes); None where the title names no metric."""
    metric = tables.text_metric(title.text, rd.find_entities, ctx.permit_kind)
    if metric is None:
        return None
    periods = rd.find_periods(title.text, ctx.report_start, ctx.report_end)
    period = (periods[0].period_start, periods[0].period_end) if periods else ctx.report
    return metric, period, "PER:caption" if periods else "PER:report", _row_notes(ctx, title, block, metric)


# a row's one cell of values, each with its unit, set apart by dots or bars ("KZT 36.2 bn · USD
# 78.7 m · 41.0%")
VALUE_LIST_SEP = compiled(r"\s[·•|/]\s|;\s")


def _value_list_row(ctx: Context, rd: Readers, block: Block) -> list[Candidate] | None:
    """TAB:value-list: a chart's or table's row of two cells, a name and one cell listing its
    values each with its own unit ("Russia | KZT 36.2 bn · USD 78.7 m · 41.0%" under "Chart.
    Remittances received by Kazakhstan, main countries of origin"): an amount in each currency
    and a share, of the name, the title's metric and period (None: no such row)."""
    title = ctx.caption or ctx.chart_title
    cells = [(a, b) for a, b in block.cells if block.text[a:b].strip()]
    if title is None or len(cells) != 2:
        return None
    (a0, b0), (a, b) = cells
    ents = rd.find_entities(block.text[a0:b0])
    parts = VALUE_LIST_SEP.split(block.text[a:b])
    qs = _title_currency(rd.find_quantities(block.text[a:b]), title.text)
    if len(ents) != 1 or ents[0].label not in ("COUNTRY", "REGION") or DIGIT.search(block.text[a0:b0]) \
            or len(parts) < 2 or len(qs) != len(parts) or len({(q.kind, q.currency) for q in qs}) != len(qs) \
            or any(q.kind not in ("money", "percent") for q in qs):
        return None
    frame = _title_frame(ctx, rd, title, block)
    if frame is None:
        return None
    metric, period, per_rule, (notes, fn_rule, fn_flags) = frame
    e = ents[0]
    return [Candidate(metric, "share" if q.kind == "percent" else "total", "percent" if q.kind == "percent" else q.currency,
                      q.value, e.id if e.label == "COUNTRY" else None, e.id if e.label == "REGION" else None, None,
                      period, None, block, a + q.start, a + q.end, q.text, block.text.strip(), list(notes),
                      list(fn_flags),
                      ["F:table-cell", "TAB:value-list", "MET:caption", per_rule, fn_rule])
            for q in qs]


SCALE_LETTERS = compiled(r"\p{L}")     # "31.4 bn": a scale word printed with the amount


def _title_currency(qs: list, title: str) -> list:
    """Amounts printed with a scale word but no currency ("31.4 bn · 46.0%") under a title naming
    one currency ("..., KZT billion and share of total") are amounts in that currency."""
    money = tables.currency_scales(title)
    if len(money) != 1:
        return qs
    currency = next(iter(money))
    return [replace(q, kind="money", currency=currency) if q.kind == "count" and SCALE_LETTERS.search(q.text) else q
            for q in qs]


ROW_SECTION_WORDS = 6       # a row naming a metric is a short label, not a header repeated over a page
DIRECTION_CELL_WORDS = 4    # "Sent from Kazakhstan", "Received in Kazakhstan": a direction cell, not a sentence


def _direction_cell(ctx: Context, cells: list[str], numbers) -> Context:
    """A "Direction" column's word before the row's name ("Sent | Russian Federation | 47.9 | ...",
    "Received | USA | 6.1 | ...": blind round61, 2022q1 twocol-fpdf) opens that direction for
    the row as a row section naming it would (MET:row-section; cues.json direction_cells)."""
    word = cells[0].strip().lower() if len(cells) >= 3 and numbers[0] is None and numbers[1] is None else ""
    metric = cues()["direction_cells"].get(word)
    if metric is None and word and len(word.split()) <= DIRECTION_CELL_WORDS and word.split()[0] in cues()["direction_cells"]:
        # "Sent from Kazakhstan | Russian Federation | 71.3 | ...", "Received in Kazakhstan | USA | ..."
        found = direction_of(cells[0], [])
        metric = found[0] if found else None
    return ctx if metric is None else _row_direction(ctx, metric)


def _row_direction(ctx: Context, metric: str) -> Context:
    """The rows under this one are of `metric` (a direction's transfers), in the row group and
    unit already in force (MET:row-section)."""
    old = ctx.row_section or (None, None, None)
    return replace(ctx, row_section=(metric, old[1], old[2]))


# a row label naming a total: "Received in Kazakhstan, total", "Total sent"
TOTAL_WORD = compiled(r"\btotal\b", regex.I)


def _direction_total(ctx: Context, cells: list[str], numbers) -> Context:
    """A direction's total row ("Sent from Kazakhstan, total | 312.4", then its countries;
    "Received in Kazakhstan, total | 118.6", then theirs: blind round91, 2025q3 tables-fpdf)
    opens that direction for the rows under it, as a row of words naming it would
    (MET:row-section)."""
    if not cells or numbers[0] is not None or not TOTAL_WORD.search(cells[0]) \
            or not any(n is not None for n in numbers[1:]):
        return ctx
    found = direction_of(cells[0], [])
    return ctx if found is None else _row_direction(ctx, found[0])


def _row_section(ctx: Context, rd: Readers, text: str, caption) -> Context:
    """A row of words only inside a table ("Received in Kazakhstan, by country of origin", "Non-CIS
    countries"): the metric or group it names holds for the rows under it (MET:row-section,
    GRP:row-section)."""
    # a row naming a metric of its own ("Temporary residence permits" over its countries' rows)
    metric = _row_metric(text, caption.text if caption else "", rd, ctx.permit_kind) \
        if direction_of(text, []) else tables.text_metric(text, lambda t: [], ctx.permit_kind) \
        if len(text.split()) <= ROW_SECTION_WORDS else None
    group = next((e.id for e in rd.find_entities(text) if e.label == "GROUP"), None)
    # "Money transfers of individuals, KZT bn": the unit of the rows under it (TAB:section-unit)
    period = (ctx.report_start, ctx.report_end)
    unit = next((c for c in tables.columns_of([text], caption.text if caption else "", rd, period)
                 if c.kind in ("KZT", "USD", "persons")), None) if UNIT_AT_END.search(text) else None
    ctx = replace(ctx, row_topic=text)      # MET:row-topic
    old = ctx.row_section or (None, None, None)
    if group is None and old[1] and OTHER_COUNTRIES.match(text):
        # "Other countries" as the row-group label after a group's rows and its "Total" (CIS
        # member states ... Total | Other countries ... Total): the first group's complement
        group = attach.complement_of(old[1])
    if metric is None and group is None and unit is None:
        return ctx
    return replace(ctx, row_section=(metric or old[0], group, unit))


def _group_row(ctx: Context, rd: Readers, cells: list[str]) -> Context:
    """A subtotal row naming only a group ("Non-CIS countries | 537,500 | 12.5") opens that
    group for the rows under it."""
    ents = rd.find_entities(cells[0])
    merged = len(ents) == 2 and ents[0].label == "GROUP" and ents[1].label == "COUNTRY" \
        and not cells[0][:ents[0].start].strip() and not cells[0][ents[0].end:ents[1].start].strip()
    if ents and (all(e.label == "GROUP" for e in ents) or merged) and not OTHER_ROW.match(cells[0]):
        # ... as does a group's label run into its first row's name ("Non-CIS countries
        # Türkiye | .. | 47.86": blind round89, 2024q2 tables-reportlab, Table 1)
        old = ctx.row_section or (None, None, None)
        return replace(ctx, row_section=(old[0], ents[0].id, old[2]))
    return ctx


def _header_group(ctx: Context, rd: Readers, cells: list[str]) -> Context:
    """A group's row label run into the header's first cell ("Origin group / country CIS member
    states | Share of group, %" over "Uzbekistan | 43.64": blind round93, 2022q2 tables-reportlab)
    opens that group for the rows under it."""
    ents = rd.find_entities(cells[0]) if cells else []
    if len(ents) == 1 and ents[0].label == "GROUP" and not cells[0][ents[0].end:].strip() \
            and cells[0][:ents[0].start].strip():
        old = ctx.row_section or (None, None, None)
        return replace(ctx, row_section=(old[0], ents[0].id, old[2]))
    return ctx


def _total_row_shares(block: Block, cells, numbers, columns, found, group_row: bool = False) -> list:
    """TAB:total-share: a "Total" row's 100 (or 100.0) under a share column is the base of the
    shares above it, no figure of its own; so is a group's row's 100 over the rows it opens
    ("CIS member states | 3,301,870 | 100.00" under "Share within group, %")."""
    if not cues()["table_total"].match(cells[0]) and not group_row:
        return []
    spans = tables.cell_spans(block, len(columns))
    return [(Quantity(a, b, cell, value, "percent", None, True, 0, ()), "TAB:total-share")
            for cell, value, (a, b), col in zip(cells[1:], numbers[1:], spans[1:], columns[1:])
            if value is not None and value == 100 and (col.kind == "share" or cell.strip().endswith("%"))
            and not any(c.start < b and a < c.end for c in found)]


def _name_column(col: tables.Column) -> tables.Column:
    """The column of names after a rank column, its header kept: it may say whose the values
    are ("# | From Kazakhstan to | KZT bn | ... | To Kazakhstan from | KZT bn | ...": blind
    round36, 2023q1 reportlab, Table 1)."""
    return replace(col, kind="label") if col.kind in tables.NAME_KINDS else tables.LABEL


def _without_first_cell(block: Block) -> Block:
    spans = tables.cell_spans(block)
    return replace(block, cells=tuple(spans[1:])) if len(spans) > 1 else block


def _last_group(caption: Block) -> list[str]:
    """The labels of the caption's last marker and of those printed at the same place."""
    last = caption.markers[-1].offset
    return [m.label for m in caption.markers if m.offset == last]


def _row_metric(label: str, context: str, rd: Readers, permit_kind) -> str | None:
    """The metric a row's label names; "Sent from Kazakhstan" under "Transfers ... by month" gives
    the direction of the caption's transfers."""
    named = tables.text_metric(label, rd.find_entities, permit_kind)
    if named or not direction_of(label, []):
        return named
    return tables.text_metric(f"{label}: {context}", rd.find_entities, permit_kind)


def _cell_kind(col, cell: str, value: Decimal, m: str, cap_col, cap_scales: dict
               ) -> tuple[str, Decimal, bool]:
    """(kind, scale, percent implied) of one cell: its column's, completed by the cell's own
    sign and the caption's unit and scale."""
    kind, scale = col.kind, col.scale
    if kind == "share" and cap_col.rule == "TAB:label-unit" and cap_col.kind in ("persons", "KZT", "USD"):
        # "All nationalities, persons | 71,240 | 6,915" under "Temporary permits, %": a row's
        # label naming its unit names it over its columns' (TAB:label-unit)
        kind, scale = cap_col.kind, cap_col.scale
    if m == "exchange_rate" and kind in ("KZT", "USD", "unknown"):
        kind, scale = "rate", Decimal(1)     # "Average exchange rate, KZT per USD" row under "April 2024 KZT bn"
    if kind == "unknown" and cell.strip().strip("()").rstrip().endswith("%"):     # "(41.3%)" too
        # "China 8.2%": a percent cell; "vs Q4 2021 | +108%": a signed one is a change
        kind = "change" if SIGNED_CELL.match(cell) else "share"
    own_currency = CELL_CURRENCY.search(cell) if kind == "unknown" else None
    if own_currency:
        # "KZT 21.9 bn" under no header: the cell's own currency, its scale read with it
        kind, scale = ("USD" if own_currency.group("usd") else "KZT"), Decimal(1)
    if kind in ("KZT", "USD") and scale == 1 and kind in cap_scales and not own_currency:
        scale = cap_scales[kind]                         # "(KZT billion; USD million)" in the caption
    if kind in ("unknown", "persons") and scale == 1 and cap_col.scale != 1 and cap_col.kind not in ("KZT", "USD") \
            and (m in MONEY_METRICS or value * cap_col.scale <= MAX_PERSONS):
        # "Arrivals by nationality (thousand persons)"; not over a count printed in full
        # ("thousand arrivals" over the bars "July 2025 | 1,204,115": blind round58, 2025q3
        # onecol-reportlab), which in thousands would count more people than MAX_PERSONS
        scale = cap_col.scale
    if kind == "unknown" and cap_col.kind in ("KZT", "USD") and m in MONEY_METRICS:
        kind, scale = cap_col.kind, (scale if scale != 1 else cap_col.scale)   # "..., billion KZT"
    elif kind == "unknown" and m in MONEY_METRICS and len(cap_scales) == 1:
        # "Remittances in Q3 2023 compared with earlier quarters, KZT billion" over period
        # columns: the caption's one currency (blind round79, 2023q3 tables-reportlab, Table 5)
        (kind, cap_scale), = cap_scales.items()
        scale = scale if scale != 1 else cap_scale
    own_scale = bool(OWN_SCALE.search(cell))
    if own_scale:
        scale = Decimal(1)           # "1,248.3K" under "thousands (K)": the cell's value is scaled already
    implied = kind in ("unknown", "persons") and scale == 1 and m not in MONEY_METRICS \
        and value != value.to_integral_value() and value <= 100 and not own_scale
    if implied:
        kind = "share"               # "Russian Federation 38.5": no person is counted in fractions
    return kind, scale, implied


# No count of people in these reports comes near this many (five times Kazakhstan's population; a
# quarter's arrivals are a few million): a value that a caption's scale would take past it was
# printed in full
MAX_PERSONS = Decimal(100_000_000)


SIGNED_CELL = compiled(r"^\s*[+\u2212\-–]\s?\d")
# a cell printing its currency: "KZT 21.9 bn", "$3.5M", "61.2 billion tenge"
CELL_CURRENCY = compiled(r"(?:^\s*(?:KZT|₸)|(?:KZT|tenge|₸)\s*$)|(?P<usd>^\s*(?:USD|US\$|\$)|USD\s*$)", regex.I)


def _cell_metric(cell: str, kind: str, value: Decimal) -> str | None:
    """The metric a count's cell names after its number, where the column holds shares: a
    group's row giving the group's totals under columns of shares within the group
    ("CIS member states | 3,080,170 arrivals | 2,941,905 departures": blind round37, 2022q2
    word, Table 1) (TAB:cell-metric)."""
    if kind != "share" or value != value.to_integral_value() or value <= 100:
        return None
    counted = tables.counted_metric(cell)
    return counted[1] if counted else None


# A cell that prints its own scale: "1,248.3K", "2.9 million", "KZT 61.2bn"
OWN_SCALE = compiled(r"\d\s?(?:[KMB]|bn|mn|mln|thousand|million|billion)\b", regex.I)


# A row-group label ending in a unit ("Money transfers of individuals, KZT bn", "Border
# crossings, thousand persons"): the unit of the rows under it.
UNIT_AT_END = pattern("unit_at_end")
# A row's unit cell: a unit and scale alone ("KZT bn", "USD million", "persons", "thousand persons").
# A row label naming only its amount ("Amount", "Volume", "Сумма"), its unit in the next cell.
AMOUNT_LABEL = pattern("amount_label")
UNIT_CELL = compiled(r"^\s*(?:(?:KZT|USD|US\$|tenge|\$)\s*(?:bn|billions?|mln|mn|m|millions?|thousands?|th\.?)?"
                          r"|(?:bn|billions?|mln|mn|millions?|thousands?)\s+(?:KZT|USD|US\$|tenge|US\s+dollars)"
                          r"|(?:thousands?\s+)?persons|people)\s*$", regex.I)


def _head_groups(rd: Readers, head: str) -> set[str]:
    """The groups a column's head names ("CIS member states", "Share of non-CIS arrivals, %")."""
    return {e.id for e in rd.find_entities(head) if e.label == "GROUP"}


def _column_groups(rd: Readers, columns, numbers) -> dict[int, str]:
    """Columns headed each by a group of its own ("CIS member states | Non-CIS countries" over
    the months of a chart drawn as a table), where every value of the row stands under one:
    the group of each column's values."""
    heads = {}
    for col, value in zip(columns, numbers):
        if value is None:
            continue
        groups = _head_groups(rd, col.head or "")
        if not groups and cues()["table_total"].match(col.head or ""):
            continue        # "All nationalities" beside them: the total, of no group
        if len(groups) != 1:
            return {}
        heads[id(col)] = groups.pop()
    return heads if len(heads) >= 2 and len(set(heads.values())) == len(heads) else {}


def _row_unit(cells, numbers, lead: int, context: str, rd: Readers, period):
    """A "Unit" cell of the row ("Remittances sent | KZT bn | 72.8 | 76.9"): the row's unit and
    scale, read before the caption's."""
    units = [c for c in tables.columns_of([cell for i, (cell, n) in enumerate(zip(cells, numbers))
                                           if n is None and i != lead and UNIT_CELL.match(cell)],
                                          context, rd, period) if c.kind in ("KZT", "USD", "persons")]
    return units[0] if len(units) == 1 else None


# "Other countries" at the level of a table's group cells
OTHER_COUNTRIES = pattern("other_countries_row")


def _complement_row(ctx: Context, label: str, lead: int) -> str | None:
    """GRP:complement: an "Other countries" row outside the group column's cells of a table whose
    group column named one group ("CIS countries" beside its rows), or under a row of that group
    alone with no country rows between ("CIS member states | 2,471,306 | ..." over "Other
    countries | 226,509 | ...": blind designer2, 2023q4 chromium), is that group's complement
    (non-CIS; data/group_members.json), flagged group_complement."""
    if lead != 0 or len(ctx.table_groups) != 1 or not ctx.table_groups[0] or not OTHER_COUNTRIES.match(label):
        return None
    return attach.complement_of(ctx.table_groups[0])


def _unit_column(rd: Readers, cells, numbers, lead: int, context: str, period, section_unit, unit_row: bool):
    """The unit and scale a row's cells are in, where their column gives none: the row's label
    ("KZT billion"), a unit cell of the row, its row group's, else the caption's."""
    if unit_row:
        return tables.columns_of([cells[lead]], context, rd, period)[0]
    return _row_unit(cells, numbers, lead, context, rd, period) or _label_unit(cells[lead], context, rd, period) \
        or section_unit or (_caption_unit(context, rd, period) if context else tables.UNKNOWN)


# a caption's words in brackets ("(share of total)")
BRACKETED = compiled(r"\([^()]*\)")


def _caption_unit(context: str, rd: Readers, period):
    """The caption's unit as one header cell; a share named only in brackets after an amount's
    unit ("..., KZT billion (share of total)": each bar's amount, its share in brackets after it;
    blind designer62, 2025q2 word, Figure 3) leaves the amount's unit the caption's."""
    unit = tables.columns_of([context], context, rd, period)[0]
    if unit.kind == "share":
        outside = tables.columns_of([BRACKETED.sub("", context)], context, rd, period)[0]
        if outside.kind in ("KZT", "USD"):
            return outside
    return unit


def _label_unit(label: str, context: str, rd: Readers, period):
    """TAB:label-unit: a row label ending in its unit ("Money sent abroad, KZT bn | 12.5 | ...")
    gives its cells that unit and scale; a scale alone ("Arrivals of foreign nationals,
    thousand") gives its scale."""
    found = UNIT_AT_END.search(label)
    if not found:
        return None
    unit = tables.columns_of([found.group().lstrip(" ,")], context, rd, period)[0]
    return replace(unit, rule="TAB:label-unit") if unit.kind in ("KZT", "USD", "persons") \
        or unit.kind == "unknown" and unit.scale != 1 else None


def _row_notes(ctx: Context, caption: Block | None, block: Block, metric: str | None = None
               ) -> tuple[list[str], str, list[str]]:
    """The notes a row's cells are sourced by: every note the caption's last marker group names
    ("Table 3.¹²,¹³": the source and a remark), else the row's own last marker (FN:table), else
    the note of the section's last text figure of the row's metric where the section's last
    note sourced figures of other metrics only (FN:section-metric: a chart of arrivals set after
    the paragraph on permits), else the section's last (FN:section)."""
    notes = _last_group(caption) if caption is not None and caption.markers else []
    directed = _direction_note(caption, metric) if len(notes) < 2 else None
    if directed is not None:
        return [directed], "FN:table-direction", []
    if not notes and block.markers:
        notes = [block.markers[-1].label]
    if notes:
        return notes, "FN:table", []
    named = SOURCED_AS.search(caption.text) if caption is not None else None
    if named is not None:
        # FN:caption-names: a caption with no marker that names its note ("Table 5. Outgoing
        # transfers by month, July – September 2025 (see note 11)")
        return [named["label"]], "FN:caption-names", []
    own = dict(ctx.metric_notes).get(metric or "")
    if own is not None and own != ctx.section_source and ctx.source_metrics and metric not in ctx.source_metrics:
        return [own], "FN:section-metric", ["source_from_previous"]
    if ctx.section_source in ctx.monthly_notes and ctx.quarter_source and block.cells \
            and not attach.MONTH_NAMED.search(block.text[slice(*block.cells[0])]):
        # a row of a country, not of a month, after a paragraph closed by a note on monthly data
        # ("... averaging KZT 78.8 billion a month.⁹" | "⁹ ..., monthly money transfer
        # statistics"): the section's note before it (blind designer76, 2022q2 chromium2)
        return [ctx.quarter_source], "FN:section", ["source_from_previous"]
    return ([ctx.section_source] if ctx.section_source else []), "FN:section", ["source_from_previous"]


def _cell_notes(col, caption: Block | None, metric: str, notes: list[str], fn_rule: str) -> tuple[list[str], str]:
    """A cell's notes: its column's own (FN:column) unless the caption's name the table's, the
    note of its direction's word where the caption gives each direction one, else the row's."""
    if col.note and fn_rule not in ("FN:table", "FN:table-direction"):
        return [col.note], "FN:column"
    if fn_rule == "FN:table-direction":
        return [_direction_note(caption, metric) or notes[0]], fn_rule
    return notes, fn_rule


def _metric_fallback(ctx: Context, metric: str, notes: list[str]) -> tuple[str, ...]:
    """FN:metric-before, for a cell with no note under a heading no note has sourced yet (tiles
    of region shares in a box under a heading of their own: blind designer72, 2024q4 reportlab):
    the note of the last text figure of its metric, taken only where no later stage (a "Source:"
    line, restated rows, a Total row's marker) finds one (pipeline.fallback_sources)."""
    own = dict(ctx.metric_notes).get(metric)
    return (own, "FN:metric-before") if own is not None and not notes and not ctx.section_source else ()


def _direction_note(caption: Block | None, metric: str | None) -> str | None:
    """FN:table-direction: a caption marking each direction with a note of its own ("... by
    country, July–September 2024 (sent²⁴; received²⁵)": blind designer42, 2024q3 word): a
    transfer's cell takes the note right after the word for its direction."""
    if caption is None or len(caption.markers) < 2 or not (metric or "").startswith("remittances_"):
        return None
    found, directed, prev = None, 0, 0
    for m in sorted(caption.markers, key=lambda m: m.offset):
        lo = max(prev, m.offset - 25)       # the words since the marker before
        near = sorted(direction_cues(caption.text[lo:m.offset], near=True), key=lambda c: c.start)
        prev = m.offset
        if near:
            directed += 1
            if near[-1].value == metric:
                found = m.label
    return found if directed >= 2 else None


def _unit_rules(section_unit, cap_col, scale, col) -> list[str]:
    """TAB:section-unit: the cell's scale is the one its row group's label gave; TAB:label-unit:
    its unit is the one its own label ends in."""
    if section_unit is not None and cap_col is section_unit and scale == section_unit.scale and scale != 1:
        return ["TAB:section-unit"]
    named = cap_col.kind in ("KZT", "USD") or cap_col.scale != 1        # not a plain "persons"
    return ["TAB:label-unit"] if cap_col.rule == "TAB:label-unit" and col.kind == "unknown" and named else []


def _label_metric(ctx: Context, rd: Readers, label: str, context: str) -> tuple[str | None, bool]:
    """The metric a row's label names, and whether the row of words over it helped name it
    (MET:row-topic: "Sent from Kazakhstan" under a row "Money transfers of individuals")."""
    named = _row_metric(label, context, rd, ctx.permit_kind)
    paired = tables.month_and_word(label)
    # also a month's row naming its direction ("April – sent": blind designer90, 2024q2 word)
    # ... its unit after it ("Sent, KZT billion"); the caption, else the section, on transfers
    word = cues()["direction_cells"].get(UNIT_AT_END.sub("", paired[1] if paired else label).strip().lower())
    transfers = any(c.value == "remittances" for c in metric_cues(context)) \
        or (ctx.section_metric or "").startswith("remittances")
    if named is None and word and transfers:
        # "Sent | +5.5 | -11.3" under "Table 8. Change in remittance volumes (KZT), per cent": a
        # direction's one word names the transfers of the table's caption (blind round88,
        # 2023q4 tables-fpdf)
        return word, False
    if named or not ctx.row_topic or not direction_of(label, []):
        return named, False
    topic = _row_metric(label, ctx.row_topic, rd, ctx.permit_kind)
    return topic, topic is not None


def _opened_for(opened: str | None, country: str | None) -> tuple[str | None, str | None]:
    """(for its shares, for its counts) the group a country's row stands under: the group a row
    above opened; for a country outside it ("CIS member states | ..." over its countries, then
    "Other countries | ...", "Türkiye | 21,870 | 38.80"), the group's complement for its shares
    where the country is of it, and none for its counts."""
    if not opened or not country or attach.in_group(country, opened):
        return opened, opened
    other = attach.complement_of(opened)
    return (other if other and attach.in_group(country, other) else None), None


def _row_share_group(rd: Readers, opened, country, cells, numbers, columns, cap_base: str,
                     context: str) -> tuple[str | None, str]:
    """GRP:row-count: the group a country's row stands under whose shares are of that group,
    unless the row's own group cell names another ("Türkiye | non-CIS | ..." after the subtotal
    row "All CIS member states | CIS | ..."; blind round38, 2024q1 onecol-reportlab).
    GRP:title-count: else the one group a chart's or table's title names as what its rows are of
    ("Arrivals from CIS countries by nationality (persons)"), the row's country one of its members."""
    shares = [c.base or cap_base for c, n in zip(columns[1:], numbers[1:]) if n is not None and c.kind == "share"]
    cell_group = _group_cell(rd, cells[1:], numbers[1:])
    if opened and country and shares and all(b == "group" for b in shares) and cell_group in (None, opened):
        return opened, "GRP:row-count"
    titled = _title_group(rd, context) if country and not opened and cell_group is None else None
    if titled and attach.in_group(country, titled):
        return titled, "GRP:title-count"
    return None, ""


# "Arrivals from CIS countries by ...", "Arrivals of non-CIS nationals, ...": a title naming the
# group its rows are of
TITLE_GROUP = compiled(r"\b(?:from|of|among)\s+(?:the\s+)?(?:(?:main|major|largest|leading|principal|top|"
                           r"selected)\s+)?$", regex.I)     # "... nationals of the main CIS countries"


def _group_cell(rd: Readers, cells, numbers) -> str | None:
    """The group a cell of words among the row's values names ("Uzbekistan | CIS | 39.62")."""
    return next((e.id for c, n in zip(cells, numbers) if n is None
                 for e in rd.find_entities(c) if e.label == "GROUP"), None)


def _cell_groups(rd: Readers, cells, numbers, lead: int, context: str, ents, label: str
                 ) -> tuple[str | None, str | None]:
    """The group a "Group" column names ("Uzbekistan | CIS | 39.62"), else the caption's
    ("Figure 2. Arrivals from non-CIS countries by citizenship, %"); and the group cell printed
    into the name's ("Non-CIS countries Türkiye | 15.7%", "..., share of non-CIS arrivals, %
    Türkiye | 31.5%"), read as a group column's."""
    group = _group_cell(rd, cells[1 - lead:], numbers[1 - lead:])
    group = group or next((e.id for e in rd.find_entities(context) if e.label == "GROUP"), None)
    inline = next((e.id for e in ents if e.label == "GROUP" and (not label[:e.start].strip()
                                                                 or OF_NAMED.search(label[:e.start]))), None)
    return group, inline


def _rows_metric(ctx: Context, rd: Readers, block: Block, context: str, ents, row_metric: tuple, rate_row: bool,
                 columns) -> tuple[str | None, str | None]:
    """(metric, rule) of a table row's values before any column's own: the caption's, the row
    section's, the row label's, a rate row's, the context's, else the value columns' own."""
    label_metric, topic = row_metric
    metric = tables.text_metric(context, rd.find_entities, ctx.permit_kind) if context else None
    base_rule = "MET:caption" if metric else None
    if ctx.row_section and ctx.row_section[0] and not label_metric:
        metric, base_rule = ctx.row_section[0], "MET:row-section"   # under "Received in Kazakhstan, by ..."
    if label_metric and all(e.label == "GROUP" for e in ents):    # also "Departures: CIS member states | ..."
        metric, base_rule = label_metric, "MET:row-topic" if topic else "MET:row-label"    # "Entries of ... | 2,698,540 | ..."
    if rate_row and not ents:
        metric, base_rule = "exchange_rate", "MET:row-label"
    if metric is None and label_metric:     # "of migrant workers are Uzbek citizens | 47.6%" under no caption
        metric, base_rule = label_metric, "MET:row-label"
    if metric is None:
        metric, base_rule = context_metric(ctx, block, Running())
    if metric is None:       # every value column names its own ("Sent from Kazakhstan | Received in ...")
        metric, base_rule = next((c.metric for c in columns[1:] if c.metric), None), "MET:column"
    return metric, base_rule


TOTAL_PLACE = "total"


def _column_places(rd: Readers, columns) -> dict[int, tuple[str | None, str | None] | None]:
    """A table set on its side ("Indicator | Almaty city | Astana | ... | Other regions |
    Kazakhstan, total" over "Registered workers, persons | 14,606 | ..."): id(column) -> its
    (country, region), None for a remainder column ("Other regions"), TOTAL_PLACE for the
    country's own total; empty unless every value column is headed by one place (two or more)."""
    out: dict = {}
    for col in columns[1:]:
        head = (col.head or "").strip()
        ents = [e for e in rd.find_entities(head) if e.label in ("REGION", "COUNTRY")]
        if OTHER_ROW.match(head):
            out[id(col)] = None
        elif len(ents) == 1 and ents[0].id == REPORTING_COUNTRY or cues()["table_total"].match(head):
            out[id(col)] = TOTAL_PLACE
        elif len(ents) == 1 and not head[:ents[0].start].strip() and not head[ents[0].end:].strip(" ,."):
            e = ents[0]
            out[id(col)] = (e.id, None) if e.label == "COUNTRY" else (None, e.id)
        else:
            return {}
    return out if sum(isinstance(v, tuple) for v in out.values()) >= 2 else {}


PERCENT_LABEL = compiled(r"%|\bper\s?cent\b|\bshare\b", regex.I)


def _transposed_cells(ctx: Context, rd: Readers, block: Block, label: str, cells, numbers, columns, caption,
                      places: dict) -> list[Candidate]:
    """TAB:transposed: the row names what its cells count ("Registered workers, persons",
    "Share of national total, %"), each column the place (blind designer59, 2023q1 word,
    Table 3); a remainder column gives no figure, the country's own column its total."""
    context = caption.text if caption is not None else ""
    period = (ctx.report_start, ctx.report_end)
    row_metric, _ = _label_metric(ctx, rd, label, context)
    metric = row_metric or tables.text_metric(context, rd.find_entities, ctx.permit_kind)
    if metric is None:
        return []
    unit = tables.columns_of([label], context, rd, period)[0]
    kind = "share" if PERCENT_LABEL.search(label) else (unit.kind if unit.kind != "unknown" else "persons")
    notes, fn_rule, fn_flags = _row_notes(ctx, caption, block, metric)
    rc = tables.RowContext(caption, metric, period, frozenset(cues()["stock_metrics"]))
    row_period, pflags, prule = tables.row_period(metric, [], rd.find_periods(context, *period), rc)
    out = []
    for col, cell, value, span in zip(columns[1:], cells[1:], numbers[1:], tables.cell_spans(block, len(columns))[1:]):
        place = places.get(id(col))
        if value is None or place is None:
            continue
        got = tables.cell_statistic(kind, metric, value, unit.scale, context, place == TOTAL_PLACE, f"{label} {cell}")
        if got is None:
            continue
        country, region = place if isinstance(place, tuple) else (None, None)
        out.append(Candidate(metric, got[0], got[1], got[2], country, region, None, row_period, None, block,
                             span[0], span[1], cell, block.text.strip(), list(notes),
                             list(pflags) + (fn_flags if notes and fn_rule != "FN:table" else []),
                             ["F:table-cell", "TAB:transposed", "MET:row-label" if row_metric else "MET:caption", prule]
                             + ([fn_rule] if notes else [])))
    return out


def _row_cells(ctx: Context, rd: Readers, block: Block, cells, numbers, columns, caption) -> list[Candidate]:
    """A table row's figures: read across a table set on its side (TAB:transposed) where its
    label names no place and every column one, else cell by cell (table_cells)."""
    label = cells[0]
    named = [e for e in rd.find_entities(label) if e.label in ("REGION", "COUNTRY") and e.id != REPORTING_COUNTRY]
    places = _column_places(rd, columns) if not named else {}
    if places:
        return _transposed_cells(ctx, rd, block, label, cells, numbers, columns, caption, places)
    return table_cells(ctx, rd, block, cells, numbers, columns, caption)


def table_cells(ctx: Context, rd: Readers, block: Block, cells, numbers, columns, caption) -> list[Candidate]:
    context = caption.text if caption is not None else ""
    period = (ctx.report_start, ctx.report_end)
    lead = tables.label_cell(cells, numbers, rd.find_entities)    # after a Group column's cell
    label = cells[lead]
    ents, ps = tables.row_label(label, context, rd, period)
    ents = [e for e in ents if not (e.label == "COUNTRY" and e.id == REPORTING_COUNTRY)]   # "Sent from Kazakhstan"
    is_total = bool(cues()["table_total"].match(label))
    row_metric, topic = _label_metric(ctx, rd, label, context)
    # a row of rates under columns of amounts ("Average exchange rate, KZT per USD | 450.5 | ...")
    rate_row = any(kind == "rate" and pat.search(label) for _, kind, pat in cues()["table_columns"])
    complement = _complement_row(ctx, label, lead) if not ents else None     # GRP:complement
    unit_row, amount_row, average_row = _named_rows(ctx, cells, lead, rate_row)
    if not ents and not ps and not is_total and not row_metric and not rate_row and not complement and not unit_row \
            and not amount_row and not average_row:
        return []
    cap_periods = [p for p in rd.find_periods(context, *period) if not _bracketed(context, 0, p.start, len(context))]
    metric, base_rule = _rows_metric(ctx, rd, block, context, ents, (row_metric, topic), rate_row, columns)
    if metric is None:
        return []
    country = next((e.id for e in ents if e.label == "COUNTRY" and e.id != REPORTING_COUNTRY), None)
    region = next((e.id for e in ents if e.label == "REGION"), None)
    # "All CIS member states | 2,600,000 |": a row naming only a group is that group's
    row_group = _row_group(ents, label) if country is None and region is None else None
    if ents and country is None and region is None and row_group is None or OTHER_ROW.match(label) and (country or region):
        return []       # also "Other CIS member states (Armenia, Belarus) | 90.3", "Other regions (Abay,
        #                 Jetysu) | 1,290": a remainder, no country's or region's
    row_group = row_group or complement
    group, inline = _cell_groups(rd, cells, numbers, lead, context, ents, label)
    notes, fn_rule, fn_flags = _row_notes(ctx, caption, block, metric)
    out = _total_in_label(ctx, block, label, metric, base_rule, notes, cap_periods)
    opened, section_unit = ctx.row_section[1:3] if ctx.row_section else (None, None)     # GRP:row-section
    share_opened, count_opened = _opened_for(opened, country)
    cap_col = _unit_column(rd, cells, numbers, lead, context, period, section_unit, unit_row)
    cap_scales, cap_base = tables.currency_scales(context), tables.share_base(context) or _named_base(rd, label)
    rc = tables.RowContext(caption, metric, period, frozenset(cues()["stock_metrics"]))
    spans = tables.cell_spans(block, len(columns))
    col_groups = _column_groups(rd, columns[1:], numbers[1:])
    series = _caption_series(context, columns[1:], metric) if base_rule == "MET:caption" else None
    # a country's row under a group's row, its shares of that group: its counts are the group's
    # members' too, keyed by the group as its shares are (GRP:row-count; blind rounds 33-35)
    row_share_group, grp_rule = _row_share_group(rd, count_opened, country, cells, numbers, columns, cap_base, context)
    for k, (col, cell, value, span) in enumerate(zip(columns[1:], cells[1:], numbers[1:], spans[1:])):
        if value is None:
            continue
        m = "exchange_rate" if col.kind == "rate" or rate_row else (col.metric or (series[k] if series else metric))
        kind, scale, implied = _cell_kind(col, cell, value, m, cap_col, cap_scales)
        own = _cell_metric(cell, kind, value)
        if own is not None:          # "3,080,170 arrivals" in a group's row under share columns
            m, kind, scale, implied = own, "persons", Decimal(1), False
        group_total = is_total and value != 100 and (bool(row_group) or bool(opened) and col.kind == "share" and value < 100)
        base = is_total and not group_total or bool(row_group) and value == 100    # a group row's 100: TAB:total-share
        got = tables.cell_statistic(kind, m, value, scale, context, base,
                                    f"{col.head} {cell} {label if average_row else ''}")
        row_period, pflags, prule = tables.row_period(m, ps, cap_periods, rc)
        if col.period and not ps:
            row_period, pflags, prule = col.period, [], "PER:column"
        cell_notes, cell_rule = _cell_notes(col, caption, m, notes, fn_rule)
        col_group = col_groups.get(id(col)) if country is None and region is None else None
        row_period, compared, cmp_rules = _row_compared(col.compared, row_period, period, prule == "PER:column" and (
            m in rc.stock_metrics or bool(cues()["stock_label"].search(label))), kind == "change" and col.month_before)
        if got is None or kind == "change" and compared is None:
            continue        # (no compared period: a quarter's row under changes on the month before)
        grp = row_group or col_group or _share_group(got[0] == "share" and country, lead, col.base, cap_base, group,
                                                     inline, share_opened) or (row_share_group if got[0] != "share" and country else None)
        other, other_rule = _unnamed_group(ctx, rd, col, share_opened, country if grp is None and got[0] == "share" else None, context)
        out.append(Candidate(m, got[0], got[1], got[2], country, region, grp or other,
                             row_period, compared, block,
                             span[0], span[1], cell, block.text.strip(), list(cell_notes),
                             list(pflags) + (fn_flags if cell_notes and cell_rule != "FN:table" else [])
                             + (["percent_implied"] if implied else []) + (["group_complement"] if complement else []),
                             ["F:table-cell", col.rule, col.metric_rule if col.metric else "MET:caption-series" if series else base_rule, prule]
                             + ([cell_rule] if cell_notes else []) + _unit_rules(section_unit, cap_col, scale, col)
                             + (["GRP:complement"] if complement else []) + ([other_rule] if other else [])
                             + (["TAB:group-total-share"] if group_total and got[0] == "share" else []) + cmp_rules
                             + [r for r, on in (("TAB:cell-metric", own), ("TAB:amount-row", amount_row and not row_metric),
                                                ("TAB:average-row", average_row and got[0] == "monthly_average")) if on]
                             + ([grp_rule] if row_share_group and got[0] != "share" and not row_group
                                and not col_group else []), _metric_fallback(ctx, m, cell_notes)))
    return out


def _row_group(ents, label: str) -> str | None:
    """The group a row naming no country or region is of: the group it names, not as the rest of
    one ("Other CIS member states | ..."); a rest whose brackets name the group it is, a group's
    complement ("Other countries (outside the CIS) | 37.0": non-CIS; blind designer105, 2026q3
    chromium2)."""
    if not OTHER_ROW.match(label):
        return next((e.id for e in ents if e.label == "GROUP"), None)
    return next((e.id for e in ents if e.label == "GROUP" and e.id in group_complements()
                 and _bracketed(label, 0, e.start, len(label))), None)


def _named_rows(ctx: Context, cells, lead: int, rate_row: bool) -> tuple[bool, bool, bool]:
    """What a row names where it names no country, region or period: (its unit, "KZT billion |
    98.5 | ..." under "Transfers sent from Kazakhstan"; a word for its amount and a unit cell,
    "Amount | KZT bn | 68.3 | ..." under "Remittances sent from Kazakhstan", TAB:amount-row; an
    average, "Average per month | 77.13 | ..." or "Transfers sent, monthly average, KZT bn",
    whose cells are monthly averages, TAB:average-row)."""
    label = cells[lead]
    section = bool(ctx.row_section and ctx.row_section[0])
    unit_row = bool(UNIT_CELL.match(label)) and section
    amount_row = bool(AMOUNT_LABEL.match(label)) and section and lead + 1 < len(cells) \
        and bool(UNIT_CELL.match(cells[lead + 1]))
    return unit_row, amount_row, bool(tables.AVERAGE_COLUMN.search(label)) and not rate_row


def _unnamed_group(ctx: Context, rd: Readers, col, opened: str | None, country: str | None, context: str
                   ) -> tuple[str | None, str | None]:
    """(group, rule) of a country's share (`country` None for any other figure) no group column,
    caption or row group names: its column head's (GRP:share-head), else its section heading's
    (GRP:section)."""
    head = _head_group(rd, col, opened) if country else None
    if head is not None:
        return head, "GRP:share-head"
    section = _section_group(ctx, country, context)
    return (section, "GRP:section") if section else (None, None)


def _section_group(ctx: Context, country: str | None, context: str) -> str | None:
    """GRP:section: a country's share in rows under no title of theirs ("Türkiye | 38.4%" after
    a plain sentence) is of the one group the section's heading names ("NON-CIS ARRIVALS",
    "DEPARTURES, CIS": blind designer97, 2025q2 chromium2) when the country belongs to it."""
    if not country or context or ctx.section_group is None:
        return None
    return ctx.section_group if attach.in_group(country, ctx.section_group) else None


def _head_group(rd: Readers, col, opened: str | None) -> str | None:
    """GRP:share-head: the one group a share column's head names as its base ("Share of CIS
    arrivals, %"): its countries' shares are of a group, the row group opened above them
    ("Non-CIS countries | Share of non-CIS arrivals, %" between the rows) or else the head's."""
    if col.kind != "share" or not col.head:
        return None
    groups = _head_groups(rd, col.head)
    return (opened or groups.pop()) if len(groups) == 1 else None


# a share "of" a group named right after it ("share of non-CIS arrivals"), or of what came from
# it ("Share of arrivals from CIS member states, %": blind designer102, 2026q1 reportlab)
OF_NAMED = compiled(r"\bof\s+(?:\p{L}+\s+from\s+)?(?:the\s+|all\s+)?$", regex.I)


def _named_base(rd: Readers, label: str) -> str:
    """"group" where a row's label says its shares are of a group it names ("Arrivals from non-CIS
    countries, share of non-CIS arrivals, % Türkiye": a chart's title read as its rows' group
    label, run into each name: blind designer73, 2024q2 reportlab); else "" (the caption's own
    words, "(% of each group)", are `tables.share_base`'s)."""
    return "group" if any(e.label == "GROUP" and OF_NAMED.search(label[:e.start])
                          for e in rd.find_entities(label)) else ""


def _share_group(share_of_country: bool, lead: int, base: str, cap_base: str, group, inline, opened) -> str | None:
    """The group a country's share in a table is of: the group column's or caption's where the
    column (or caption) says shares are of each group, or the table has no group column and
    says nothing; the group cell run into the name's, or the row group opened above, only where
    the shares are said to be of each group."""
    if not share_of_country:
        return None
    if group and ((base or cap_base) == "group" or not lead and not base):
        return group
    if inline and (base or cap_base) == "group":
        return inline
    # the row group opened above where the column or the caption says so ("Table 1. ... (% of the
    # group total)" over "CIS member states" and its rows: blind round79, 2024q4 onecol-fpdf)
    return opened if (base or cap_base) == "group" else None


def _month_before(row_period) -> tuple[str, str] | None:
    """CMP:row-month-before: the month before a row of one month ("May | ... | +2.8" under
    "Change on previous month, %" is May against April); None for a row of another span."""
    if row_period is None:
        return None
    a, b = (date.fromisoformat(x) for x in row_period)
    if (a.year, a.month) != (b.year, b.month) or a.day != 1 or b.day != calendar.monthrange(b.year, b.month)[1]:
        return None
    last = a - timedelta(days=1)
    return last.replace(day=1).isoformat(), last.isoformat()


def _row_compared(compared, row_period, report, stock: bool, month_before: bool = False) -> tuple:
    """(period, compared period, rule ids) of a cell. PER:stock-column: a stock's row under
    columns of quarters ("Foreigners living in Kazakhstan on a permit, end of quarter") is of the
    column's last day, and its change against the compared quarter's last day. CMP:row-year: a
    change column against "the same period of 2022" (the report's period a year or more before)
    in a row of one month of the report's quarter ("October | ... | +8.5") compares that month
    with the same month of that year. CMP:row-month-before: `_month_before`."""
    if month_before:
        return row_period, _month_before(row_period), ["CMP:row-month-before"]
    if stock:
        return ((row_period[1], row_period[1]), (compared[1], compared[1]) if compared else None,
                ["PER:stock-column"])
    start, end = (d.isoformat() for d in report)
    if compared is None or row_period is None or tuple(row_period) == (start, end) \
            or not (start <= row_period[0] and row_period[1] <= end):
        return row_period, compared, []
    years = int(start[:4]) - int(compared[0][:4])
    if years <= 0 or (compared[0][4:], compared[1][4:]) != (start[4:], end[4:]):
        return row_period, compared, []
    a, b = (date.fromisoformat(x) for x in row_period)
    last = calendar.monthrange(b.year - years, b.month)[1]
    return row_period, (a.replace(year=a.year - years).isoformat(),
                        b.replace(year=b.year - years, day=min(b.day, last)).isoformat()), ["CMP:row-year"]
