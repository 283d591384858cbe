"""Table rows (and charts printed as rows): the caption says what and when, the header row
what each column holds and its scale, the first cell whom or which month."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import regex

from .attach import year_before
from .cues import REPORTING_COUNTRY as REPORTING, cues, direction_cues, direction_of, metric_cues, resolve_metric
from .lang import pattern
from .periods import MONTH_RE
from .regexes import AMOUNT_PRINTED, BREAKS_OFF, DIGIT, NUMBERED_CAPTION, SOURCE_START, ZERO_WORD, compiled
from .types import Block, Marker, union

# A table row labelled with a month name alone.
# English and Russian rows of data/patterns.json and patterns.ru.json ("July", "Июль").
MONTH_ONLY = pattern("month_only")
TEMPORARY_OR_PERMANENT = pattern("temporary_or_permanent")    # named groups: temporary, permanent
PERMITS = pattern("permits")
# a header cell naming permits and a kind of residence apart, over the kinds of a two-level
# header flattened ("Share of permits granted, % Temporary residence": blind designer79, 2025q3 chromium2)
PERMITS_APART = pattern("permits_apart")
OF_ALL = pattern("of_all")                  # "of total", "of all": a share's base
OF_GROUP = pattern("of_group")              # "of group", "от группы"


@dataclass(frozen=True)
class Column:
    kind: str                    # label, share, KZT, USD, transactions, persons, unknown
    scale: Decimal
    metric: str | None           # a header naming its own metric ("Arrivals | Departures")
    period: tuple[str, str] | None
    rule: str                    # the COL:* row that typed it
    base: str = ""               # a share's base its header names: "total" ("Share of total, %"), "group"
    head: str = ""               # the header cell's text
    note: str | None = None      # the footnote marker raised in the header cell ("Persons¹⁷")
    compared: tuple[str, str] | None = None   # a change column's compared period ("Change vs Q3 2023, %")
    metric_rule: str = "MET:column"   # the rule that gave the metric (MET:share-beside)
    month_before: bool = False   # a change column against each row's month before ("Change on previous month, %")


LABEL = Column("label", Decimal(1), None, None, "COL:label")
UNKNOWN = Column("unknown", Decimal(1), None, None, "COL:unknown")


# A table row printed without cell boundaries: its label, then its numbers (a "–" or "n/a" too).
VALUE_TOKEN = compiled(r"""
    (?<!\S)
    (?:[-−+]?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\u00a0\d{3})+|\d+)(?:[.,]\d+)?%?   # "1,016,851", "30.85", "+8.9%"
      | [–—] | n/a)                                                              # an empty cell
    (?=\s|$)""", regex.VERBOSE)


# A signed cell of a change column: "+2.1", "-9.4", "−3.9" (U+2212), "–4.7".
SIGNED_CELL = compiled(r"^\s*(?P<sign>[-−–+])\s?(?=\d)")


# A count with the word of what it counts after it, alone in its cell ("3,080,170 arrivals").
COUNT_AND_NOUN = compiled(r"^\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<noun>\p{L}+)\s*$")


def counted_metric(cell: str) -> tuple[str, str] | None:
    """(the count, the metric) of a cell that prints a count and the word of what it counts
    ("3,080,170 arrivals" -> ("3,080,170", "arrivals")); None for any other cell."""
    m = COUNT_AND_NOUN.match(cell)
    named = [c.value for c in metric_cues(m.group("noun")) if not c.value.endswith("?")] if m else []
    return (m.group("n"), named[0]) if named else None


def cell_number(cell: str, parse):
    """The value of a cell: what `parse` reads, a leading sign kept ("-9.4" -> -9.4); a count
    followed by the metric it counts ("3,080,170 arrivals") is its count."""
    if ZERO_WORD.match(cell):
        return Decimal(0)           # "Ulytau | none"
    m = SIGNED_CELL.match(cell)
    if m is None:
        value = parse(cell)
        counted = counted_metric(cell) if value is None else None
        return parse(counted[0]) if counted else value
    value = parse(cell[m.end():])
    return None if value is None else (value if m.group("sign") == "+" else -value)


def cells_of(block: Block, want: int | None = None) -> list[str]:
    return [block.text[a:b] for a, b in cell_spans(block, want)]


def cell_spans(block: Block, want: int | None = None) -> list[tuple[int, int]]:
    """A row's cells as (start, end): the ones layout found, else the label (the words before
    the first number) and each number ("Almaty region 3,977" is two cells, not three). Where
    the header has `want` columns and the row has more (or, with `want` 0, where no header
    was printed), a name split over several cells is joined again ("Almaty | city | 14,806")."""
    text = block.text
    if block.cells:
        spans = _at_bars(text, list(block.cells))
        if want and len(spans) <= want:
            return _run_together(text, spans, want) or spans
        if want is None:
            return spans
        # the name's cells: up to the first value, or an amount with its own currency or scale
        # ("USD 207.8 m" between "July" and "98.4" in a chart's row: blind designer92, 2022q3 reportlab)
        words = 0
        while words < len(spans) - 1 and not VALUE_TOKEN.fullmatch(text[spans[words][0]:spans[words][1]].strip()) \
                and not AMOUNT_PRINTED.search(text, spans[words][0], spans[words][1]):
            words += 1
        joined = [(spans[0][0], spans[words - 1][1])] + spans[words:]
        value_follows = VALUE_TOKEN.fullmatch(text[spans[words][0]:spans[words][1]].strip())
        return joined if words > 1 and (len(joined) == want or (want == 0 and value_follows)) else spans
    values = list(VALUE_TOKEN.finditer(text))
    if not values or not text[:values[0].start()].strip():
        return [m.span() for m in regex.finditer(r"\S+", text)]
    return [(0, len(text[:values[0].start()].rstrip()))] + [m.span() for m in values]


# a vertical bar printed between two values of one row ("57.0% | KZT 21.9 bn"), a dot between
# two figures ("KZT 54.9 bn · USD 114.5 m"), or a share in brackets after an amount ("24.1 (41.3%)")
PRINTED_BAR = compiled(r"\s+\|\s+|\s+[·•]\s+|(?<=\d\s*(?:bn|mn|m|[BMK])?)\s+(?=\(\s*[+\-\u2212]?\d[\d.,]*\s*%\s*\)\s*$)")


def _at_bars(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cells split where a vertical bar is printed between their parts: a chart's value labels
    "share | amount" set as one run of text (blind designer45, 2022q1 chromium, Figure 6); so
    are two figures a dot stands between, the amount in tenge and in dollars of one bar ("KZT
    54.9 bn · USD 114.5 m"; blind designer42, 2024q3 word, Figure 2), and an amount and its
    share in brackets after it ("24.1 (41.3%)"; blind designer62, 2025q2 word, Figure 3)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        at = a
        for m in PRINTED_BAR.finditer(text, a, b):
            if "|" not in m.group() and not (DIGIT.search(text, at, m.start()) and DIGIT.search(text, m.end(), b)):
                continue
            out.append((at, m.start()))
            at = m.end()
        out.append((at, b))
    return out


# figures that cannot be parts of one number set with spaces ("2,412,306", "−9.2", "–")
WHOLE_VALUE = compiled(r"[-−+]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+[.,]\d+)%?|[–—]|n/a")


def _run_together(text: str, spans: list[tuple[int, int]], want: int) -> list[tuple[int, int]] | None:
    """Cells of a narrow table whose figures stand closer than a cell gap ("2,412,306 2,655,918"
    as one cell, the next cell left empty): split into one cell per figure where that gives
    the header's number of columns. None where no cell holds two whole figures."""
    out: list[tuple[int, int]] = []
    split = False
    for a, b in spans:
        words = list(regex.finditer(r"\S+", text[a:b]))
        if len(words) > 1 and all(WHOLE_VALUE.fullmatch(w.group()) for w in words):
            out.extend((a + w.start(), a + w.end()) for w in words)
            split = True
        elif text[a:b].strip():
            out.append((a, b))
    return out if split and len(out) == want else None


NAME_KINDS = ("label", "unknown")          # a header cell over names, not values


def halves(columns) -> int:
    """Where a side-by-side table's second half starts: a header of two alike halves, each led
    by a column of names ("Sent to | Share, % | Received from | Share, %", "CIS states | Share,
    % | Other countries | Share, %"); 0 for a table of one part."""
    n = len(columns)
    k = n // 2
    if n < 4 or n % 2 or columns[0].kind not in NAME_KINDS or columns[k].kind not in NAME_KINDS:
        return 0
    ours, theirs = columns[1:k], columns[k + 1:]
    if [c.kind for c in ours] != [c.kind for c in theirs]:
        return 0
    # a name column's header said again over the second half ("Country | Sent from Kazakhstan |
    # Country | Received in Kazakhstan"): the columns between, of no unit but each naming a metric,
    # hold values (blind round103, 2025q1 onecol-chromium, Table 1)
    repeated = columns[0].head.strip().casefold() == columns[k].head.strip().casefold() != ""
    if any(c.kind in NAME_KINDS and not (repeated and c.kind == "unknown" and c.metric) for c in ours + theirs):
        return 0
    return k


def row_parts(block: Block, cells: list[str], numbers: list, columns: list, caption: Block | None):
    """A row read part by part: (block, cells, numbers, columns, caption) of each half of a
    side-by-side table whose row names something in each half, the half's name column's header
    put before the caption (it says whose: "Non-CIS countries") and its metric given to the
    half's value columns ("Received in Kazakhstan from"); a half whose name cell is empty (a
    last row in one half only) gives nothing; a row that is no such row is read whole."""
    k = halves(columns)
    if not k or len(cells) != len(columns) or numbers[k] is not None:
        return [(block, cells, numbers, columns, caption)]
    spans = cell_spans(block, len(columns))
    out = []
    for a, b in ((0, k), (k, len(columns))):
        if not cells[a].strip():
            continue
        out.append((replace(block, cells=tuple(spans[a:b])), cells[a:b], numbers[a:b],
                    [LABEL] + [replace(c, metric=c.metric or columns[a].metric) for c in columns[a + 1:b]],
                    _headed(caption, columns[a].head, block)))
    return out


def _headed(caption: Block | None, head: str, row: Block) -> Block:
    """The caption with a half's header put before it (its boxes and markers kept in step)."""
    if caption is None:
        return Block(page=row.page, kind="heading", text=head, boxes=row.boxes[:1] * len(head))
    lead = head + " "
    return replace(caption, text=lead + caption.text,
                   boxes=caption.boxes[:1] * len(lead) + caption.boxes,
                   markers=tuple(replace(m, offset=m.offset + len(lead)) for m in caption.markers))


def text_metric(text: str, find_entities, permit_kind=None) -> str | None:
    """The first metric a caption, title or header cell names."""
    d = direction_of(text, find_entities(text))
    for cue in metric_cues(text):
        r = resolve_metric(cue.value, text, d[0] if d else None, permit_kind)
        if r:
            return r
    return None


# A header naming a period ("Quarter Total", "Month"), not the names of a row
PERIOD_HEAD = pattern("period_head")


# A header over amounts and a rate row alike: "Quarter (total; rate: average)".
MIXED_TOTAL = compiled(r"\btotals?\b", regex.I)


def columns_of(cells: list[str], caption: str, readers, period) -> list[Column]:
    """Each header cell: what the column holds, its scale, its own metric and period."""
    cols = []
    for n, cell in enumerate(cells):
        kind, rule = "unknown", "COL:unknown"
        for rid, k, pat in cues()["table_columns"]:
            if k == "label" and n > 0 and cols and cols[0].kind != "rank" \
                    and (n > 1 or PERIOD_HEAD.match(cell)):
                continue        # "Quarter Total" right of the name columns: a column of values
            if pat.search(cell):
                kind, rule = k, rid
                break
        if kind == "rate" and MIXED_TOTAL.search(cell):
            kind, rule = "unknown", "COL:unknown"    # "Quarter (total; rate: average)": each row says which
        scale = printed_scale(cell) or Decimal(1)
        metric = text_metric(cell, readers.find_entities)
        if metric is None:
            # "Sent, KZT bn" | "Received, KZT bn": a direction alone names a transfers column;
            # so does it over a share ("Sent from Kazakhstan Share, %", a flattened two-level
            # header: samples/mtm-kaz-2025q1-designer-chromium, Table 1)
            d = direction_cues(cell, near=True)
            # a caption naming transfers, or only their currency ("Monthly flows, USD million")
            money_table = kind == "unknown" and (any(c.value.rstrip("?") == "remittances" for c in metric_cues(caption))
                                                 or bool(currency_scales(caption)))
            metric = d[0].value if d and (kind in ("KZT", "USD", "transactions", "share") or money_table) else None
        if metric is None:
            word = TEMPORARY_OR_PERMANENT.search(cell)
            if word and (PERMITS.search(caption) or PERMITS.search(cell) or PERMITS_APART.search(cell)):  # also "Residence permits temporary"
                metric = f"{'temporary' if word.group('temporary') else 'permanent'}_residence_permits"
        if kind == "change":
            cols.append(change_column(cell, caption, readers, period, cols, scale, metric, rule))
            continue
        cols.append(Column(kind, scale, metric, column_period(cell, caption, readers, period), rule,
                           share_base(cell) if kind == "share" else "", cell))
    return _shares_beside(cols)


def _shares_beside(cols: list[Column]) -> list[Column]:
    """MET:share-beside: a share column naming no metric of its own right of a column of values
    that names one ("Sent from Kazakhstan | Share, % | Received in Kazakhstan | Share, %") holds
    the shares of that column's values."""
    out = list(cols)
    for n in range(1, len(out)):
        left = out[n - 1]
        if out[n].kind == "share" and out[n].metric is None and left.metric \
                and left.kind not in ("label", "share", "change", "rate"):
            out[n] = replace(out[n], metric=left.metric, metric_rule="MET:share-beside")
    return out


# a row label heading a change ("Change on Q3 2023, %", "Change vs previous quarter, %"): the
# words for a change and a per cent sign or word
CHANGE_LABEL = compiled(r"^\s*(?:(?:percentage|per\s*cent|%)\s+)?change\b.*(?:%|\bper\s*cent\b)", regex.I)


def change_column(cell: str, caption: str, readers, period, before: list[Column], scale, metric,
                   rule: str) -> Column:
    """A change column: the period its header names is the one compared with ("vs Q3 2023", "on
    the previous quarter"), else the caption's; its own period and metric are those of the values
    it stands beside ("Jan–Sep 2025 | vs Jan–Sep 2024", "Departures | Change y-o-y, %"). Beside two
    columns of periods ("Q4 2022 | Q3 2022 | Change, %") it is the later against the earlier."""
    named = readers.find_periods(cell, *period)
    word = cues()["comparison"].search(cell)
    after = [p for p in named if word and p.start >= word.start()]
    # "Q1 2023 on Q4 2022": the period before the comparison word is the change's own
    ahead = [p for p in named if word and p.end <= word.start()]
    if len(named) > 1 and len(after) == 1:
        named = after       # "Fourth quarter 2023, total | Change vs Q3, %" flattened: Q3 compared
    elif len(named) > 1 and sum(1 for p in named if not p.relative) == 1:
        named = [p for p in named if not p.relative]    # "Change of the quarter, % vs Q4 2025"
    compared = (named[0].period_start, named[0].period_end) if len(named) == 1 else None
    own = before[-1].period if before else None
    if len(ahead) == 1 and len(after) == 1 and not ahead[0].relative:
        own = (ahead[0].period_start, ahead[0].period_end)
    elif compared is not None:
        # "Q2 2025, total | Q1 2025, total | Change vs Q1 2025, %": the change is that of the
        # latest column of the compared period's length, later than it, not the named one's
        # against itself; with none such ("Q4 2025 | Q1 2025 | vs Q4 2025" beside months
        # only), the report's period
        bases = {c.compared for c in before if c.kind == "change"}    # another change's base is none
        later = [c.period for c in before if c.kind != "change" and c.period and c.period not in bases
                 and c.period[0] > compared[1] and _same_length(c.period, compared)]
        own = max(later) if later else (None if own is None or own[0] <= compared[0] else own)
    dated = [c.period for c in before[-2:] if c.period]
    if compared is None and len(dated) == 2 and dated[0] != dated[1]:
        own, compared = max(dated), min(dated)
    compared = compared or compared_in(caption, readers, period)
    if compared is None and own is not None:
        # "Arrivals Jan–Mar | Apr–Jun | Change, % | Departures Apr–Jun | Change, %": a second change
        # column beside one dated column compares as the change column before it did
        compared = next((c.compared for c in reversed(before) if c.kind == "change" and c.compared
                         and c.period == own), None)
    if compared is None and YEAR_ON_YEAR.search(cell):
        base = own or (period[0].isoformat(), period[1].isoformat())
        compared = year_before(base)
    return Column("change", scale, metric or (before[-1].metric if before else None), own, rule, "", cell,
                  compared=compared, month_before=compared is None and bool(MONTH_BEFORE.search(cell)))


# a change against the month before: "Change on previous month, %", "m-o-m, %", "month on month"
MONTH_BEFORE = compiled(r"\b(?:previous|preceding|prior|last)\s+month\b|\bmonth[\s-]+on[\s-]+month\b|\bm-?o-?m\b",
                        regex.I)


def _same_length(a: tuple[str, str], b: tuple[str, str]) -> bool:
    days = lambda p: (date.fromisoformat(p[1]) - date.fromisoformat(p[0])).days   # noqa: E731
    return abs(days(a) - days(b)) <= 3


YEAR_ON_YEAR = compiled(r"\by-?o-?y\b|\byear[\s-]on[\s-]year\b|\bannual\s+change\b", regex.I)


def compared_in(caption: str, readers, period) -> tuple[str, str] | None:
    """The period a caption compares with ("... , change on the previous quarter"): the one
    period after a comparison word."""
    m = cues()["comparison"].search(caption)
    ps = [p for p in readers.find_periods(caption, *period) if m and p.start >= m.start()] if m else []
    return (ps[0].period_start, ps[0].period_end) if len(ps) == 1 else None


WITHIN_GROUP = compiled(r"\b(?:within|in|from)\s+(?:the\s+|its\s+|each\s+|their\s+)?group\b", regex.I)


def share_base(cell: str) -> str:
    """The base a share column's header names: "total" ("Share of total, %"), "group" ("Share
    of group, %"), else ""."""
    starts = [w.start() for w in regex.finditer(r"(?<!\S)\S", cell)]
    if any(OF_ALL.match(cell[a:]) for a in starts):
        return "total"
    return "group" if any(OF_GROUP.match(cell[a:]) for a in starts) or WITHIN_GROUP.search(cell) else ""


UNIT_AFTER_YEAR = compiled(r"(?<=\b\d{4})\s+(?=(?:KZT|USD|US\$|tenge|₸|\$|thousand|million|billion|%)(?!\w))",
                                regex.I)


YEAR_ALONE = compiled(r"\s*(?:19|20)\d\d\s*")      # a year alone in a cell (fullmatch)
# a year alone or with its column's unit after a comma ("2024, %", "2023, KZT bn"): a header's
# second line under "Q3 | Q2 | Change vs Q2" (fullmatch)
YEAR_HEAD = compiled(r"\s*(?:19|20)\d\d(?:\s*,\s*(?:%|[^\W\d][^\d]{0,24}))?\s*")


def column_period(cell: str, caption: str, readers, period) -> tuple[str, str] | None:
    """The period a header cell heads: the one it names, or, where its last word is a month
    alone (a month under a merged header, "Monthly volume, KZT bn" over "April | May | June"),
    that month of the caption's year (else the report's)."""
    # a header cell holds no amount: "April 2024 KZT bn" is April 2024 in KZT, not 2024 tenge
    cell = UNIT_AFTER_YEAR.sub(", ", cell)
    ps = [p for p in readers.find_periods(cell, *period) if not p.relative]
    if len(ps) == 2 and YEAR_ALONE.fullmatch(ps[0].text) and ps[0].period_start[:4] == ps[1].period_start[:4]:
        ps = ps[1:]     # "2026" over "Q1 2026": the merged cell's year, then the column's own
    elif len(ps) == 2 and ps[0].period_start <= ps[1].period_start and ps[1].period_end <= ps[0].period_end \
            and (ps[0].period_start, ps[0].period_end) != (ps[1].period_start, ps[1].period_end):
        ps = ps[1:]     # "Months of Q2 2026" over "May 2026": the column's own, inside the merged cell's
    words = cell.split()
    if len(ps) == 1 and words and MONTH_ONLY.match(words[-1]) and ps[0].end <= len(cell) - len(words[-1]) \
            and ps[0].period_start[:4] == ps[0].period_end[:4]:
        # a month under a merged cell naming its year or quarter ("2026" or "April – June 2022"
        # over "April | May | June")
        ps = readers.find_periods(f"{words[-1]} {ps[0].period_start[:4]}", *period)
    if len(ps) == 1:
        return ps[0].period_start, ps[0].period_end
    if ps or not words or not MONTH_ONLY.match(words[-1]):
        return None
    cap = readers.find_periods(caption, *period)
    year = date.fromisoformat(cap[0].period_end).year if cap else period[1].year
    ps = readers.find_periods(f"{words[-1]} {year}", *period)
    return (ps[0].period_start, ps[0].period_end) if len(ps) == 1 else None


@dataclass(frozen=True)
class RowContext:
    """What a row is read against: caption text, its markers, the section's metric, the
    report's period."""
    caption: Block | None
    fallback_metric: str | None
    period: tuple[date, date]
    stock_metrics: frozenset[str]


def label_cell(cells: list[str], numbers, find_entities) -> int:
    """Index of a row's label cell: the first, or the second where the first is a group or
    category column's cell naming a group only, or nothing, and the second names a country or
    region ("CIS states | Georgia | 1,200", "Cities of republican significance | Astana | 9,025")."""
    if len(cells) < 3 or numbers[1] is not None or numbers[0] is not None:
        return 0
    first, second = find_entities(cells[0]), find_entities(cells[1])
    # (the reporting country a direction cell names is no place of the row: "Sent from Kazakhstan |
    # Russian Federation | 71.3")
    if all(e.label == "GROUP" or e.id == REPORTING for e in first) and any(
            e.label in ("COUNTRY", "REGION") and e.id != REPORTING for e in second):
        return 1
    return 0


# A monthly row's label naming its month and one word more, set off by a dash, colon, comma or
# bracket: "April – sent", "May (received)", "Sent: June" (blind designer90, 2024q2 word, Figure 1).
MONTH_AND_WORD = compiled(rf"^\s*(?:(?P<month>{MONTH_RE})\.?\s*[–—\-:,(]\s*(?P<word>[^\W\d]+)\s*\)?"
                          rf"|(?P<word>[^\W\d]+)\s*[–—\-:,(]\s*(?P<month>{MONTH_RE})\.?\s*\)?)\s*$", regex.I)


def month_and_word(label: str) -> tuple[str, str] | None:
    """(month, word) of a label such as "April – sent", else None.

    >>> month_and_word("April – sent"), month_and_word("Received (June)"), month_and_word("April 2024")
    (('April', 'sent'), ('June', 'Received'), None)
    """
    m = MONTH_AND_WORD.match(label)
    return (m.group("month"), m.group("word")) if m else None


def row_label(label: str, context: str, readers, period):
    """Entities and periods of a row's label cell ("July" takes the caption's year; so does
    "April" of "April – sent")."""
    ents = readers.find_entities(label)
    ps = readers.find_periods(label, *period)
    paired = month_and_word(label)
    if not ps and paired:
        label = paired[0]
    if not ps and MONTH_ONLY.match(label):
        cap = readers.find_periods(context, *period)
        year = date.fromisoformat(cap[0].period_end).year if cap else period[1].year
        ps = readers.find_periods(f"{label.strip()} {year}", *period)
    return ents, ps


def row_period(metric: str, ps, cap_periods, rc: RowContext):
    """(period, flags, rule) of a row: its own label's, else the caption's, else the report's;
    a stock takes the caption's stock date or the period's last day."""
    if ps:
        period, flags, rule = (ps[0].period_start, ps[0].period_end), [], "PER:row-label"
    elif cap_periods:
        p = cap_periods[0]
        period, flags, rule = (p.period_start, p.period_end), (["period_relative"] if p.relative else []), "PER:caption"
    else:
        period = (rc.period[0].isoformat(), rc.period[1].isoformat())
        flags, rule = ["period_default"], "PER:report"
    if metric in rc.stock_metrics:
        stocks = [p for p in cap_periods if p.stock]
        period = (stocks[0].period_start, stocks[0].period_end) if stocks else (period[1], period[1])
    return period, flags, rule


PERCENT_WORDS = pattern("percent_words")
# a caption's unit in per cent: "%", "(per cent)", "..., per cent" at its end, not a percent its
# sentence states ("... rose by 19 per cent")
PERCENT_UNIT = compiled(r"%|\(\s*(?:in\s+)?(?:per\s?cent|percent)\s*\)|,\s*(?:in\s+)?(?:per\s?cent|percent)\s*$", regex.I)
# A column of averages ("Monthly average", "Average per month"), not of an exchange rate
AVERAGE_COLUMN = pattern("average_column")


def cell_statistic(kind: str, metric: str, value: Decimal, scale: Decimal, context: str,
                   is_total: bool, head: str = ""):
    """(statistic, unit, value) a cell gives, or None when it is no figure."""
    if kind == "rate":
        return "average", "KZT_per_USD", value        # "Average rate, KZT per USD"
    if kind == "change":
        # a change in persons is none; "%" in the header, or the caption's "change ... in per cent"
        in_percent = "%" in head or bool(PERCENT_WORDS.search(context))
        return ("change", "percent", value) if in_percent else None
    if kind == "share" or (kind == "unknown" and PERCENT_UNIT.search(context) and abs(value) <= 100):
        # (an unmarked cell over 100 under a caption naming per cent is no share: a tile's count;
        # "... (per cent)" names it as "%" does: blind round99, 2025q3 tables-fpdf, Table 4)
        return None if is_total else ("share", "percent", value)
    # "Monthly average" over a column of amounts or of counts ("Arrivals | persons | ... | 894,770"):
    # the month's average of the period
    stat = "monthly_average" if AVERAGE_COLUMN.search(head) and not MIXED_TOTAL.search(head) else "total"
    if kind in ("KZT", "USD"):
        return (stat, kind, value * scale) if metric.startswith("remittances") else None
    if kind in ("persons", "transactions", "unknown"):
        unit = "transactions" if kind == "transactions" else "persons"
        if metric.startswith("remittances") and unit == "persons":
            return None
        return stat, unit, value * scale
    return None


def printed_scale(text: str) -> Decimal | None:
    """The scale a text prints ("25.1 billion KZT", "KZT bn": 10^9), the last it names; None for none."""
    found = [value for value, pat in cues()["scales"] if pat.search(text)]
    return found[-1] if found else None


def currency_scales(text: str) -> dict[str, Decimal]:
    """The scale a caption gives each currency: "(KZT billion; USD million)", "in billion tenge
    and million US dollars" -> {"KZT": 1e9, "USD": 1e6}."""
    out: dict[str, Decimal] = {}
    for part in regex.split(r"[;,/()]|\band\b", text):
        kinds = [k for _, k, pat in cues()["table_columns"] if k in ("KZT", "USD") and pat.search(part)]
        scales = [v for v, pat in cues()["scales"] if pat.search(part)]
        if len(kinds) == 1 and len(scales) == 1:
            out[kinds[0]] = scales[0]
    return out


# A chart's caption ("Figure 1. ..."); a table's is the cue table_caption (data/cues.json).
# ... also an unnumbered one that names its kind before a colon ("Tile grid: share of ...")
# ... not running text that names one ("Chart 1 shows the monthly pattern; ...": blind round78,
# 2025q3 twocol-reportlab): with no stop after its number, a caption's words start in capitals
FIGURE_CAPTION = compiled(r"^\s*(?:(?:figure|fig\.|chart|graph|diagram|map)\s*\d+(?:[.:]\s|\s+(?!(?-i:\p{Ll})))"
                               r"|(?:tile\s+(?:grid|map)|map|chart|graph|diagram)\s*:\s)", regex.I)


def is_caption(text: str) -> bool:
    """"Table 3. ...", "Figure 1. ...": a table's or a chart's caption."""
    return bool(cues()["table_caption"].match(text) or FIGURE_CAPTION.match(text))
# A source line's start: what follows it is no unit.
LEADING_NOTE = compiled(r"^\W*(?:note|notes|unit|units)\s*:\s*", regex.I)


def _with_units(caption: Block, line: Block) -> Block:
    """The caption with a unit line's words up to its source put at its end in brackets."""
    words = SOURCE_START.split(LEADING_NOTE.sub("", line.text))[0].strip().rstrip(".;,")
    lead = f" ({words})" if words else ""
    return replace(caption, text=caption.text + lead, boxes=caption.boxes + (caption.boxes[-1],) * len(lead))


def caption_units(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A unit line printed under a table or chart ("Thousand persons. Change: compared with
    October–December 2021. Source: ...") says what its caption leaves out: its words up to the
    source are put at the caption's end in brackets (boxes and markers kept), so the rows read
    against them (scale, currency, compared period). Blind round 13, tables-fpdf. So is one
    printed between the caption and the table's first row ("Unit: KZT billion; share of the total
    and change against Q1 2025 in per cent.": blind round51, 2025q2 tables-reportlab)."""
    out = list(blocks)
    k = 0
    while k < len(out):
        b = out[k]
        if b.kind != "table":
            k += 1
            continue
        end = k
        while end < len(out) and out[end].kind == "table":
            end += 1
        cap = next((i for i in range(k - 1, max(-1, k - 3), -1) if is_caption(out[i].text)
                    and out[i].kind != "table"), None)
        if cap is None and k > 0 and _metric_title(out[k - 1]):
            cap = k - 1
        if cap == k - 2 and out[k - 1].kind in ("legend", "body") and cues()["unit_line"].match(out[k - 1].text):
            out[cap] = _with_units(out[cap], out[k - 1])
        if cap is not None and end < len(out) and out[end].kind in ("legend", "body") \
                and cues()["unit_line"].match(out[end].text):
            out[cap] = _with_units(out[cap], out[end])
        k = end
    return tuple(out)


def _metric_title(block: Block) -> bool:
    """A heading right over a chart's rows naming a metric, with no "Figure N." ("Where
    transfers to Kazakhstan came from" over "Russia | 37.8 bn | (61.6%)" and a unit line under
    them, "Amounts in billion tenge; ...": blind designer85, 2022q3 chromium2): the rows' title."""
    from .entities import find_entities
    return block.kind == "heading" and len(block.text) < CAPTION_TITLE_MAX \
        and text_metric(block.text, find_entities) is not None


CAPTION_TITLE_MAX = 120


def _unit_title(block: Block) -> bool:
    """A chart's axis title alone on its line over the bars ("KZT billion", "Thousand persons")."""
    return block.kind in ("legend", "body") and len(block.text) <= WRAP_CHARS \
        and bool(cues()["unit_line"].match(block.text))


def captions_first(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """TAB:caption-below: a chart or table printed with no caption above it, right after running
    text, and its "Figure 1. ..." caption right under it (Word and LibreOffice layouts): the
    caption is read first, so its rows read against it (metric, unit, period, note). Blind
    round 31, endnotes-chromium, Figure 1. So is one whose axis title ("KZT billion") stands over
    its bars (the caption goes before the title, which caption_units then reads as its unit;
    blind round70, twocol-reportlab). A run that has a caption or a title above keeps its
    order, and so does a run a caption with rows of its own under it follows (a table going on at
    a page's top, then "Figure 1. ..." over its chart's rows)."""
    out = list(blocks)
    k = 0
    while k < len(out):
        if out[k].kind != "table":
            k += 1
            continue
        end = k
        while end < len(out) and out[end].kind == "table":
            end += 1
        start = k - 1 if k and _unit_title(out[k - 1]) else k   # an axis title "KZT billion" over the bars
        after_text = start == 0 or out[start - 1].kind in ("body", "bullet") and not is_caption(out[start - 1].text)
        titles_next = end + 1 < len(out) and out[end + 1].kind == "table"   # a caption over rows of its own
        if end - k >= 2 and after_text and end < len(out) and out[end].kind != "table" and not titles_next \
                and is_caption(out[end].text) and not any(is_caption(b.text) for b in out[k:end]):
            out[start:end + 1] = [out[end]] + out[start:end]
            end += 1
        k = end
    return tuple(out)


def captions_in_place(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """LAY:caption-in-place: a "Table 1. ..." caption set narrow at a column's foot over a table
    across the page, the other column's text above it read after it (blind designer87, 2025q1
    reportlab, Table 1): the blocks of the same page that stand wholly above the caption and come
    right after it are read before it, so the caption comes right before its table."""
    out = list(blocks)
    for k in range(len(out) - 1):
        cap = out[k]
        if cap.kind == "table" or not NUMBERED_CAPTION.match(cap.text) or not cap.boxes:
            continue
        top = min(b[1] for b in cap.boxes)
        end = k + 1
        while end < len(out) and out[end].page == cap.page and out[end].kind in ("body", "bullet") \
                and out[end].boxes and max(b[3] for b in out[end].boxes) <= top:
            end += 1
        if end > k + 1 and end < len(out) and out[end].page == cap.page and out[end].boxes \
                and min(b[1] for b in out[end].boxes) >= top:
            out[k:end] = out[k + 1:end] + [cap]
    return tuple(out)


# A row label's wrapped tail may sit this many of its line heights under the label's line.
WRAP_GAP = 0.8
# ... and be at most this long ("bn", "KZT bn", "Kazakhstan, KZT bn").
WRAP_CHARS = 60
# a tail line is a table row's line, or (a label wrapped over several lines beside one line
# of figures) a line the layout took for text of its own
TAIL_KINDS = ("table", "body", "legend")
# A label's tail printed alone: a unit and scale ("KZT bn", "USD million", "persons").
UNIT_TAIL = compiled(r"^\s*(?:(?:KZT|USD|US\$|tenge)\s*)?(?:bn|billions?|mln|mn|millions?|thousands?|th\.?"
                          r"|persons|people|KZT|USD|tenge)\s*$", regex.I)


def wrapped_row_labels(blocks: tuple[Block, ...], find_entities=None) -> tuple[Block, ...]:
    """A row label wrapped in its cell, its last words on a line of their own
    under the row's line (a Word cell "Money sent abroad, KZT" over "bn", the figures level
    with the upper line): that line is no row but the end of the label above, joined to it.
    The tail starts flush with the label, close under it, and is a unit, starts in lower case
    or follows a label that breaks off (",", "-"), so a row group's own label is never taken.
    A comment in the row's last cell wrapped the same way ("New Year holidays; the tenge" over
    "at its weakest in mid-month") is joined to that cell; a name's first line over the row
    ("Russian" over "Federation | 58.2 | ..."), given `find_entities`, is put before its label."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        cell = _label_tail(prev, b, find_entities) if prev is not None else None
        if cell is not None:
            out[-1] = _joined_label(prev, b, cell)
            continue
        if prev is not None and find_entities is not None and _label_head(prev, b, find_entities):
            out[-1] = _headed_label(prev, b)
            continue
        out.append(b)
    return tuple(out)


def _label_head(head: Block, row: Block, find_entities) -> bool:
    """A name wrapped in its cell with the row's figures set level with its last line
    ("Russian" over "Federation | 58.2 | 114.4 | 33.0": blind round42, 2025q1
    twocol-reportlab, Table 1): the lone line over the row, flush with its label and close
    above it, is the name's first line where neither line names a place alone and the two
    together do (a row group's label, "CIS member states", names one of its own)."""
    if row.kind != "table" or head.kind not in TAIL_KINDS or len(row.cells) < 2 or len(head.cells) > 1:
        return False
    text, box = head.text.strip(), union(head.boxes)
    label = row.text[row.cells[0][0]:row.cells[0][1]].strip()
    first = row.box_of(*row.cells[0])
    if not text or len(text) > WRAP_CHARS or any(ch.isdigit() for ch in text) or box is None or first is None \
            or not any(ch.isdigit() for ch in row.text[row.cells[1][0]:]):
        return False
    if abs(box[0] - first[0]) > 2.0 or not 0 <= first[1] - box[3] <= WRAP_GAP * (first[3] - first[1]):
        return False
    return _name_across(text, label, find_entities)


# how far a wrapped name's second line may stand off its first (points)
NAME_SHIFT = 12.0


def _name_across(first: str, second: str, find_entities) -> bool:
    """Neither line names a place alone and the two together do ("Russian" + "Federation"), or
    the first breaks off and the two together name one ("Republic of" + "Korea")."""
    first = first.strip()
    if not BREAKS_OFF.search(first) and (find_entities(first) or find_entities(second)):
        return False
    return any(e.start < len(first) < e.end for e in find_entities(f"{first} {second}"))


def _headed_label(head: Block, row: Block) -> Block:
    """`row` with `head`'s text put before its first cell (boxes and markers kept)."""
    lead = len(head.text) - len(head.text.lstrip())
    add = head.text.strip() + " "
    n = len(add)
    boxes = head.boxes[lead:lead + n - 1] + (head.boxes[lead + n - 2],)
    markers = tuple(Marker(m.label, m.offset - lead, m.box) for m in head.markers) \
        + tuple(Marker(m.label, m.offset + n, m.box) for m in row.markers)
    return replace(row, text=add + row.text, boxes=boxes + row.boxes,
                   cells=((0, row.cells[0][1] + n),) + tuple((a + n, b + n) for a, b in row.cells[1:]),
                   markers=markers)


def _label_tail(row: Block, tail: Block, find_entities=None) -> int | None:
    """The cell of `row` that `tail` ends, or None. A name's last line under the row's
    ("Russian | 47.3 | ..." over "Federation"), given `find_entities`, ends the label too."""
    if row.kind != "table" or tail.kind not in TAIL_KINDS or len(row.cells) < 2 or len(tail.cells) > 1:
        return None
    text, box = tail.text.strip(), union(tail.boxes)
    if not text or len(text) > WRAP_CHARS or any(ch.isdigit() for ch in text) or box is None:
        return None
    boxes = [row.box_of(a, b) for a, b in row.cells]
    k = next((k for k, cb in enumerate(boxes) if cb is not None and abs(box[0] - cb[0]) <= 2.0), None)
    if k is None and find_entities is not None and boxes[0] is not None and abs(box[0] - boxes[0][0]) <= NAME_SHIFT \
            and _name_across(row.text[row.cells[0][0]:row.cells[0][1]], text, find_entities):
        k = 0                   # a name's last line set a little off its first ("Russian" over "Federation")
    if k is None or (k + 1 < len(boxes) and boxes[k + 1] is not None and box[2] > boxes[k + 1][0]):
        return None             # the line runs on under the next cell: no text of this one
    height = boxes[k][3] - boxes[k][1]
    if not 0 <= box[1] - boxes[k][3] <= WRAP_GAP * height:
        return None
    head = row.text[row.cells[k][0]:row.cells[k][1]].rstrip()
    chained = height > 1.5 * (box[3] - box[1])        # the cell already took a wrapped line
    goes_on = text[0].islower() or chained or bool(BREAKS_OFF.search(head))
    if k == 0:
        goes_on = goes_on or find_entities is not None and _name_across(head, text, find_entities)
        label = any(ch.isdigit() for ch in row.text[row.cells[1][0]:]) and (goes_on or bool(UNIT_TAIL.match(text)))
        return 0 if label else None
    comment = k == len(row.cells) - 1 and len(head.split()) >= COMMENT_WORDS and goes_on
    return k if comment else None


# a last cell of at least this many words is a comment whose wrapped lines join it
COMMENT_WORDS = 3


def _joined_label(row: Block, tail: Block, cell: int = 0) -> Block:
    """`row` with `tail`'s text put at the end of its cell `cell` (boxes and markers kept)."""
    at = row.cells[cell][1]
    add = " " + tail.text.strip()
    lead = len(tail.text) - len(tail.text.lstrip())
    boxes = (row.boxes[at - 1],) + tail.boxes[lead:lead + len(add) - 1]
    n = len(add)
    cells = tuple(row.cells[:cell]) + ((row.cells[cell][0], at + n),) + tuple((a + n, b + n) for a, b in row.cells[cell + 1:])
    markers = tuple(m if m.offset <= at else Marker(m.label, m.offset + n, m.box) for m in row.markers) \
        + tuple(Marker(m.label, at + 1 + m.offset - lead, m.box) for m in tail.markers)
    return replace(row, text=row.text[:at] + add + row.text[at:], boxes=row.boxes[:at] + boxes + row.boxes[at:],
                   cells=cells, markers=tuple(sorted(markers, key=lambda m: m.offset)))
