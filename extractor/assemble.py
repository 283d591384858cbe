"""Figure assembly: quantities, entities and periods of each paragraph -> figures.

For every number the finder reports, assembly decides what it counts (metric), how
(statistic), of whom (country, region or group), when (period, and the compared period of a
change), and which footnote sources it. Each decision looks first at the words nearest the
number (its window: from the previous figure to the next), then its sentence, then its
paragraph, then its section. The cue words are in data/cues.json.

The same figure stated twice (text and chart legend, or a later restatement) is merged into one
figure whose value is the most precise statement, every mention kept.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import regex

from .types import Block, Entity, PeriodMatch, Quantity

REPORTING_COUNTRY = "KAZ"
REPORTING_COUNTRY_NAMES = r"(?:the\s+)?(?:republic\s+of\s+)?kazakhstan"
# Two statements of one figure agree when they differ by less than one unit of the coarser
# one's last printed digit (reports truncate as well as round: 63.1 in text, 63.18 in a legend).
ROUNDING_SLACK = Decimal("1.0")
# "60.80 billion KZT (134.6 million USD) leave on average": an average stated after the amount.
AVERAGE_AFTER = regex.compile(r"^[^,;.]{0,30}?\b(?:on\s+average|per\s+month|each\s+month|a\s+month|monthly)\b",
                              regex.I)
# A percent whose sign is given by the word after it ("2.56 percent below the monthly mean").
SIGN_AFTER = regex.compile(r"^\s*(?:(?P<neg>below|lower|less|fewer|down|under)|(?P<pos>above|higher|more|up|over))\b",
                           regex.I)
# A period that opens its sentence ("In October 2022 – ...") covers the sentence's figures.
SENTENCE_OPENING = regex.compile(r"^\W*(?:[\w-]+\s+){0,4}$", regex.I)   # "Over the whole of 2023, ..."
# "up 24.8 per cent from the same period", "down 3.1%": the sign printed just before.
SIGN_BEFORE = regex.compile(r"(?:^|[,;(–—]\s*)(?:(?P<neg>down)|(?P<pos>up))\s*$", regex.I)
# A paragraph this short after one ending in ":" is an item of the list it introduces.
LIST_ITEM_MAX = 120
# A heading smaller than this (points), unnumbered and not in capitals, titles a chart.
CHART_TITLE_MAX_SIZE = 10.0
# A table row labelled with a month name alone.
MONTH_ONLY = regex.compile(r"^\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                           r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$",
                           regex.I)
# An entity printed after a statement belongs to it when at most this many characters follow
# it with no comma between ("12 thousand Kazakhstani migrant workers went to the Republic of
# Korea").
FOLLOW_REACH = 70
# An entity this close before a figure, with only punctuation between, belongs to it.
TIGHT = regex.compile(r"^[\s:–—\-(]*$")
# Text between two quantities that makes them one statement ("X KZT (Y USD) (share – Z%)").
PAIRED = regex.compile(r"""
    ^[\s()\[\],:;–—-]*                                   # brackets, dashes
    (?:or|i\.e\.|equivalent\s+to|about|approximately|    # "120.5 billion KZT or 265 million USD"
       share(?:\s+of\s+[\w\s]{0,30}?)?)?               # "(share of the total amount – 29.7%)"
    [\s()\[\],:–—-]*$
""", regex.I | regex.VERBOSE)
SENTENCE_END = regex.compile(r"""
    (?<!\b(?:No|no|Nos|i\.e|e\.g|etc|St|Mr|Ms|Dr|vs|Tel|approx|incl|cf|[A-Z]))  # abbreviations
    [.!?]["”’')]?                     # the stop, maybe inside a quote or bracket
    \s+                               # a space
    (?=["“(]?[A-Z0-9•])                # a capital or digit starts the next
""", regex.VERBOSE)


@lru_cache(maxsize=1)
def cues() -> dict:
    data = json.loads(resources.files("extractor.data").joinpath("cues.json").read_text("utf-8"))
    kz = REPORTING_COUNTRY_NAMES

    def c(p: str) -> regex.Pattern:
        return regex.compile(p.replace("{KZ}", kz), regex.I)

    out = {
        "metrics": [(r["metric"], c(r["pattern"])) for r in data["metrics"]],
        "weak": {i for i, r in enumerate(data["metrics"]) if r.get("weak")},
        "stock_metrics": set(data["stock_metrics"]),
        "directions": [(r["direction"], c(r["pattern"])) for r in data["remittance_direction"]],
        "training_groups": [(r["group"], c(r["pattern"])) for r in data["training_groups"]],
        "sections": [(r["metric"], c(r["pattern"])) for r in data["sections"]],
        "count_units": [(r["unit"], c(r["pattern"])) for r in data["count_units"]],
        "event_metrics": set(data["event_metrics"]),
    }
    out["zero"] = [(r["entity"], c(r["pattern"])) for r in data["zero"]]
    for key in ("presence", "average", "share", "change", "comparison", "skip_before",
                "count_nouns", "no_figures_sections", "legislation_section",
                "endnote_heading", "inherit_change", "and_change", "document_date", "clause_break", "list_continues", "not_counted", "comparison_period"):
        out[key] = c(data[key])
    out["report_cues"] = {k: c(v) for k, v in data["report_cues"].items()}
    out["table_caption"] = c(data["table_caption"])
    out["table_total"] = c(data["table_total"])
    out["table_columns"] = [(r["kind"], c(r["pattern"])) for r in data["table_columns"]]
    out["scales"] = [(Decimal(10) ** {"thousand": 3, "million": 6, "billion": 9}[k], c(v))
                     for k, v in data["scales"].items()]
    return out


# --- data passed on -------------------------------------------------------------------------

@dataclass
class Candidate:
    """One statement of a figure, before merging."""
    metric: str
    statistic: str
    unit: str
    value: Decimal
    country: str | None
    region: str | None
    group: str | None
    period: tuple[str, str]
    compared: tuple[str, str] | None
    block: Block
    start: int
    end: int
    text: str
    quote: str
    footnotes: list[str]
    flags: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        return (self.metric, self.statistic, self.unit, self.country, self.region, self.group,
                self.period[0], self.period[1],
                self.compared[0] if self.compared else None, self.compared[1] if self.compared else None)


@dataclass
class Context:
    """What earlier text established: carried down the document."""
    report_start: date
    report_end: date
    section_metric: str | None = None
    section_direction: str | None = None
    section_skip: bool = False
    permit_kind: str | None = None        # temporary / permanent, for "residence permits"
    chart_title: Block | None = None      # a small heading over legends
    last_metric: str | None = None
    caption: Block | None = None          # a table's caption ("Table 2. ... by nationality")
    columns: list[tuple] | None = None    # header cells: (kind, scale, metric, period or None)
    last_remittance: str | None = None    # the direction of the section's last remittance
    list_intro: tuple | None = None       # (group, marker) of a paragraph ending in ":"
    list_group: str | None = None         # ... in force for the list items after it
    list_source: str | None = None


@dataclass
class _Group:
    """Quantities printed as one statement: "31.2 billion KZT (68.6 million USD) (share – 18.4%)"."""
    quants: list[Quantity]
    entity: Entity | None = None

    @property
    def start(self) -> int:
        return self.quants[0].start

    @property
    def end(self) -> int:
        return self.quants[-1].end


# --- helpers --------------------------------------------------------------------------------

def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph.

    >>> t = "It rose by 3.4 million. Decree No. 5 applies. Next"
    >>> [t[a:b] for a, b in sentences(t)]
    ['It rose by 3.4 million.', 'Decree No. 5 applies.', 'Next']
    """
    spans = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        end = m.start() + len(m.group(0).rstrip())
        spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def decimals(text: str) -> int:
    """Digits after the decimal separator of the first number in `text`.

    >>> decimals("18.27%"), decimals("6,4 thousand"), decimals("41,205")
    (2, 1, 0)
    """
    m = regex.search(r"\d+(?:[.,](\d+))?", text)
    if not m or not m.group(1):
        return 0
    if "," in m.group(0) and len(m.group(1)) == 3:
        return 0
    return len(m.group(1))


def significant(text: str, value: Decimal) -> int:
    """How many significant digits a statement prints ("2,201,075" 7, "2.2 million" 2,
    "18.27%" 4, "Six thousand and four hundred" 2).

    >>> significant("2,201,075", Decimal(2201075)), significant("2.2 million", Decimal(2200000))
    (7, 2)
    >>> significant("Six thousand and four hundred", Decimal(6400))
    2
    """
    m = regex.search(r"\d[\d,. ]*", text)
    if not m:
        digits = format(abs(value), "f").replace(".", "").strip("0")
        return len(digits) or 1
    raw = m.group(0).strip().rstrip(".,")
    digits = regex.sub(r"\D", "", raw).lstrip("0")
    return len(digits) or 1


def agree(a: Decimal, a_text: str, b: Decimal, b_text: str) -> bool:
    """Two printed statements give the same figure within the coarser one's precision."""
    if a == b:
        return True
    # one unit of the coarser statement's last digit, in its printed scale ("2.7 million")
    unit = Decimal(1).scaleb(-min(decimals(a_text), decimals(b_text)))
    scale = max(_printed_scale(a, a_text), _printed_scale(b, b_text))
    return abs(a - b) < unit * scale * ROUNDING_SLACK


def _printed_scale(value: Decimal, text: str) -> Decimal:
    m = regex.search(r"\d+(?:[.,]\d+)*", text)
    if not m:
        return Decimal(1)
    digits = m.group(0).replace(",", ".") if decimals(text) else m.group(0).replace(",", "")
    try:
        printed = Decimal(digits)
    except Exception:
        return Decimal(1)
    if printed == 0:
        return Decimal(1)
    return (value / printed).quantize(Decimal(1)) if value / printed >= 1 else Decimal(1)


def _month_count(start: str, end: str) -> int:
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    return (e.year - s.year) * 12 + e.month - s.month + 1


# --- the stage --------------------------------------------------------------------------------

class Assembler:
    """Reads blocks in order and collects candidates; `figures()` merges them."""

    def __init__(self, report_start: date, report_end: date, find_quantities, find_periods,
                 find_entities, parse_number=None):
        self.parse_number = parse_number
        self.ctx = Context(report_start, report_end)
        self.find_quantities = find_quantities
        self.find_periods = find_periods
        self.find_entities = find_entities
        self.candidates: list[Candidate] = []
        self.c = cues()

    # -- context ---------------------------------------------------------------------------

    def heading(self, block: Block) -> None:
        text = block.text
        if (block.size < CHART_TITLE_MAX_SIZE and len(text) < 160 and not text.isupper()
                and not regex.match(r"^\s*\d+(?:\.\d+)*\.?\s+\S", text)):
            self.ctx.chart_title = block       # a small, unnumbered heading over a chart
            return
        self.ctx.chart_title = None
        self.ctx.section_skip = bool(self.c["no_figures_sections"].search(text))
        metric = None
        for m, pat in self.c["sections"]:
            if pat.search(text):
                metric = m
                break
        self.ctx.section_metric = metric
        self.ctx.section_direction = self._direction(text, [])
        self.ctx.last_remittance = None
        self.ctx.last_metric = metric if metric != "remittances" else self.ctx.section_direction
        if metric == "temporary_residence_permits":
            self.ctx.permit_kind = "temporary"
        elif metric == "permanent_residence_permits":
            self.ctx.permit_kind = "permanent"

    # -- cue lookups -----------------------------------------------------------------------

    def _metric_spans(self, text: str) -> list[tuple[int, int, str]]:
        """Cue spans (start, end, metric); a weak (generic) cue's metric ends in "?"."""
        spans = []
        for i, (metric, pat) in enumerate(self.c["metrics"]):
            for m in pat.finditer(text):
                spans.append((m.start(), m.end(), metric + ("?" if i in self.c["weak"] else "")))
        # a longer cue inside which a shorter one stands wins ("Kazakhstani migrant workers")
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        kept: list[tuple[int, int, str]] = []
        for s in spans:
            if any(k[0] <= s[0] and s[1] <= k[1] for k in kept):
                continue
            kept.append(s)
        return kept

    def _direction(self, text: str, ents: list[Entity]) -> str | None:
        for direction, pat in self.c["directions"]:
            if pat.search(text):
                return direction
        for e in ents:
            if e.label != "COUNTRY":
                continue
            before = text[max(0, e.start - 12):e.start].lower()
            if regex.search(r"\bfrom\s+(?:the\s+)?$", before):
                return "remittances_received" if e.id != REPORTING_COUNTRY else "remittances_sent"
            if regex.search(r"\bto\s+(?:the\s+)?$", before):
                return "remittances_sent" if e.id != REPORTING_COUNTRY else "remittances_received"
        return None

    def _resolve_metric(self, metric: str, sentence: str, block_text: str, ents) -> str | None:
        metric = metric.rstrip("?")
        if metric == "remittances":
            return (self._direction(sentence, ents) or self._block_direction
                    or self.ctx.section_direction or self.ctx.last_remittance)
        if metric == "residence_permits":
            kinds = list(regex.finditer(r"\b(temporary|permanent)\s+residen", block_text, regex.I))
            kind = kinds[-1].group(1).lower() if kinds else self.ctx.permit_kind
            if kind:
                return f"{kind}_residence_permits"
            return None
        return metric

    # -- main entry ------------------------------------------------------------------------

    def block(self, block: Block) -> None:
        if block.kind == "heading" and self.c["table_caption"].match(block.text):
            self.ctx.caption, self.ctx.columns = block, None
            return
        if block.kind == "table":
            if not self.ctx.section_skip:
                self._table_row(block)
            return
        if (block.kind == "heading" and self.ctx.caption is not None and self.ctx.columns is None
                and len(block.text) < 60):
            return          # the first line of a two-line table header ("Share of arrivals, | %")
        self.ctx.caption, self.ctx.columns = None, None
        if block.kind == "heading":
            self.heading(block)
            return
        if self.ctx.section_skip:
            return
        # items of a list introduced by "... distributed as follows:" share its group
        intro = self.ctx.list_intro
        item = intro is not None and len(block.text) < LIST_ITEM_MAX
        self.ctx.list_group, self.ctx.list_source = intro if item else (None, None)
        if not item:
            self.ctx.list_intro = None
        text = block.text
        quants = [q for q in self.find_quantities(text) if "duration" not in q.flags
                  and not ("multiplier" in q.flags and q.value < 1000)]   # "three times as much"
        periods = [p for p in self.find_periods(text, self.ctx.report_start, self.ctx.report_end)
                   if not self.c["document_date"].search(text[max(0, p.start - 60):p.start])]
        ents = [e for e in self.find_entities(text)]
        self._block_direction = None
        self._comparisons = self._comparison_periods(text, periods, quants, len(text))
        block_metric: str | None = None
        for s_start, s_end in sentences(text):
            sentence = text[s_start:s_end]
            s_quants = [q for q in quants if s_start <= q.start < s_end]
            s_ents = [e for e in ents if s_start <= e.start < s_end]
            s_periods = [p for p in periods if s_start <= p.start < s_end]
            d = self._direction(sentence, [Entity(e.start - s_start, e.end - s_start, e.text,
                                                  e.label, e.id) for e in s_ents])
            if d:
                self._block_direction = d
            kinds = list(regex.finditer(r"\b(temporary|permanent)\s+residen", sentence, regex.I))
            if kinds:
                self.ctx.permit_kind = kinds[-1].group(1).lower()
            before = block_metric
            block_metric = self._sentence(block, text, s_start, s_end, s_quants, s_ents, s_periods,
                                          periods, block_metric) or block_metric
            self._zeros(block, text, s_start, s_end, s_ents, periods, before or block_metric)
        if block_metric:
            self.ctx.last_metric = block_metric
        if text.rstrip().endswith(":"):
            last = sentences(text)[-1]
            groups = [e.id for e in ents if e.label == "GROUP" and last[0] <= e.start < last[1]]
            if groups:
                self.ctx.list_intro = (groups[-1], block.markers[-1].label if block.markers else None)

    # -- one sentence ----------------------------------------------------------------------

    def _groups(self, text: str, quants: list[Quantity]) -> list[_Group]:
        groups: list[_Group] = []
        for q in quants:
            if groups:
                g = groups[-1]
                between = text[g.end:q.start]
                units = {(x.kind, x.currency) for x in g.quants}
                if (PAIRED.match(between) and ("(" in between or "or" in between.lower()
                                               or "share" in between.lower())
                        and (q.kind, q.currency) not in units):
                    g.quants.append(q)
                    continue
            groups.append(_Group([q]))
        return groups

    def _assign_entities(self, text: str, groups: list[_Group], ents: list[Entity],
                         s_end: int) -> None:
        """Give each statement its breakdown entity: one printed tight before it ("Uzbekistan
        (42.5%)"); else the nearest free one before it since the previous statement; else the
        first free one after it before the next ("48 billion KZT ... transferred to X"); else
        any earlier one in the sentence."""
        ents = [e for e in ents if not (e.label == "COUNTRY" and e.id == REPORTING_COUNTRY)]
        taken: set[int] = set()
        for g in groups:
            before = [e for e in ents if e.end <= g.start and TIGHT.match(text[e.end:g.start])]
            if before:
                g.entity = before[-1]
                taken.add(id(before[-1]))
        for gi, g in enumerate(groups):
            if g.entity is not None:
                continue
            lo = groups[gi - 1].end if gi > 0 else -1
            hi = groups[gi + 1].start if gi + 1 < len(groups) else s_end
            free = [e for e in ents if id(e) not in taken]
            before = [e for e in free if lo <= e.start and e.end <= g.start]
            after = [e for e in free if g.end <= e.start < hi and e.start - g.end <= FOLLOW_REACH
                     and not regex.search(r"[,;(]", text[g.end:e.start].lstrip(") "))]
            pick = before[-1] if before else (after[0] if after else None)
            if pick is None:
                own = {id(x.entity) for x in groups if x.entity is not None
                       and x.entity.end <= x.start and TIGHT.match(text[x.entity.end:x.start])}
                earlier = [e for e in ents if e.end <= g.start and id(e) not in own
                           and ";" not in text[e.end:g.start]]
                pick = earlier[-1] if earlier else None
            else:
                taken.add(id(pick))
            g.entity = pick

    def _metric_for(self, text: str, g: _Group, lo: int, hi: int, s_start: int, s_end: int,
                    spans, ents) -> tuple[str | None, tuple[int, int] | None]:
        """Nearest cue in the window, then in the sentence; returns metric and cue span."""
        sentence = text[s_start:s_end]

        def dist(span):
            a, b, _ = span
            if b <= g.start:
                # a cue of the previous clause ("748,220 migrants arrived and 702,915 ...")
                between = text[b:g.start]
                return g.start - b + (50 if self.c["clause_break"].search(between) else 0)
            return max(0, a - g.end)

        def pick(cands, near_after: bool):
            """Nearest cue; one after the number only when it follows closely (window) or
            when nothing precedes it (sentence). A weak cue yields to a strong one."""
            strong = [s for s in cands if not s[2].endswith("?")]
            for pool in (strong, cands):
                before = [s for s in pool if s[1] <= g.start]
                after = [s for s in pool if s[0] >= g.end and (not near_after or dist(s) <= 40)]
                inside = [s for s in pool if s not in before and s not in after and s[0] < g.end and s[1] > g.start]
                options = sorted(before + after + inside, key=dist)
                if near_after and options:
                    return options[0]
                if not near_after and (before or after or inside):
                    return (sorted(before, key=dist) or sorted(after, key=dist) or inside)[0]
            return None

        window = [s for s in spans if lo <= s[0] and s[1] <= hi]
        best = pick(window, True)
        if best is None or best[2].endswith("?"):
            sent = pick([s for s in spans if s_start <= s[0] and s[1] <= s_end], False)
            if sent is not None and (best is None or not sent[2].endswith("?")):
                best = sent
        if not best:
            return None, None
        self._cue_weak = best[2].endswith("?")
        if best[2].rstrip("?") == "remittances":
            local = self._local_direction(text, g, lo, hi)
            if local:
                return local, (best[0], best[1])
        metric = self._resolve_metric(best[2], sentence, text[:s_end], ents)
        return metric, (best[0], best[1])

    def _local_direction(self, text: str, g: "_Group", lo: int, hi: int) -> str | None:
        """The direction cue nearest the statement inside its window, preferring one before it
        ("transfers from Kazakhstan came to X ... and transfers to Kazakhstan to Y")."""
        found = []
        for direction, pat in self.c["directions"]:
            for m in pat.finditer(text, lo, hi):
                if m.end() <= g.start:
                    found.append((0, g.start - m.end(), direction))
                elif m.start() >= g.end:
                    found.append((1, m.start() - g.end, direction))
        return min(found)[2] if found else None

    def _sentence(self, block, text, s_start, s_end, quants, ents, periods, all_periods,
                  block_metric):
        if not quants:
            spans = self._metric_spans(text[s_start:s_end])
            if block_metric:               # a generic cue does not change the paragraph's topic
                spans = [sp for sp in spans if not sp[2].endswith("?")]
            for a, b, m in spans:
                r = self._resolve_metric(m, text[s_start:s_end], text[:s_end], ents)
                if r:
                    return r
            return None
        groups = self._groups(text, quants)
        self._assign_entities(text, groups, ents, s_end)
        spans = [(a + s_start, b + s_start, m) for a, b, m in self._metric_spans(text[s_start:s_end])]
        comparisons = self._comparisons
        sentence_stat = None
        stated: list[tuple[int, int, str]] = []   # (start, end, metric) of non-percent statements
        changes: list[tuple] = []                 # (start, end, metric, compared) of changes
        shares: list[tuple] = []                  # (start, end, metric) of shares
        group_context: str | None = None
        chosen_metric = None
        for gi, g in enumerate(groups):
            lo = groups[gi - 1].end if gi > 0 else s_start
            hi = groups[gi + 1].start if gi + 1 < len(groups) else s_end
            if self.c["skip_before"].search(text[max(s_start, g.start - 30):g.start]):
                continue
            self._cue_weak = False
            metric, cue = self._metric_for(text, g, lo, hi, s_start, s_end, spans, ents)
            if (self._cue_weak and self.ctx.section_metric == "training_participants"
                    and all(q.kind == "count" for q in g.quants)):
                metric, cue = "training_participants", None   # "training ... for migrant workers"
            prev_stmt = next((x for x in reversed(stated) if x[0] < g.start), None)
            if (prev_stmt is not None and all(q.kind == "percent" for q in g.quants)
                    and (self.c["inherit_change"].search(text[prev_stmt[1]:g.start])
                         or (g.start - prev_stmt[1] < 30
                             and not [sp for sp in spans if prev_stmt[1] <= sp[0] < g.start]))):
                metric, cue = prev_stmt[2], None
            prev_share = shares[-1] if shares else None
            if (prev_share is not None and prev_share[1] <= g.start and g.entity is not None
                    and all(q.kind == "percent" for q in g.quants) and g.entity.end <= g.start
                    and prev_share[1] <= g.entity.start
                    and self.c["list_continues"].match(text[prev_share[1]:g.entity.start])):
                metric, cue = prev_share[2], None     # "..., X (4.9%) and Y (3.1%)": one list
            prev_change = changes[-1] if changes else None
            if (prev_change is not None and all(q.kind == "percent" for q in g.quants)
                    and self.c["and_change"].search(text[prev_change[1]:g.start])
                    and not [sp for sp in spans if prev_change[1] <= sp[0] < g.start]):
                metric, cue = prev_change[2], None
            self._prev_change = prev_change
            if metric is None:
                metric = self._context_metric(block, block_metric)
            if g.entity is not None and g.entity.label == "GROUP" and not any(
                    q.kind == "percent" for q in g.quants):
                group_context = g.entity.id
            for q in g.quants:
                cand = self._candidate(block, text, q, g, metric, cue, lo, hi, s_start, s_end,
                                       periods, all_periods, comparisons, sentence_stat,
                                       group_context, groups, gi)
                if cand is None:
                    continue
                if q.kind == "money" and sentence_stat is None:
                    sentence_stat = cand.statistic
                if q.kind != "percent":
                    stated.append((g.start, g.end, cand.metric))
                elif cand.statistic == "share":
                    shares.append((g.start, g.end, cand.metric))
                else:
                    changes.append((g.start, g.end, cand.metric, cand.compared))
                if cand.metric != "exchange_rate":
                    chosen_metric = cand.metric
                if cand.metric.startswith("remittances_"):
                    self.ctx.last_remittance = cand.metric
                self.candidates.append(cand)
        return chosen_metric

    def _title_metric(self, title: Block) -> str | None:
        for a, b, m in self._metric_spans(title.text):
            r = self._resolve_metric(m, title.text, title.text, [])
            if r:
                return r
        return None

    def _context_metric(self, block: Block, block_metric: str | None = None) -> str | None:
        if block.kind == "legend" and self.ctx.chart_title is not None:
            r = self._title_metric(self.ctx.chart_title)
            if r:
                return r
        section = (self.ctx.section_metric if self.ctx.section_metric != "remittances"
                   else self.ctx.section_direction)
        if section == "training_participants":
            return section
        return block_metric or self.ctx.last_metric or section

    def _comparison_periods(self, text, periods, quants, s_end) -> set[int]:
        """Periods that follow "than"/"compared with" before the next number: compared periods."""
        out = {id(p) for p in periods if self.c["comparison_period"].search(p.text)}
        for m in self.c["comparison"].finditer(text):
            s_end = len(text)
            nxt_q = min((q.start for q in quants if q.start >= m.end()), default=s_end)
            for p in periods:
                if m.end() <= p.start < nxt_q and p.start - m.end() <= 80:
                    out.add(id(p))
                    break
        return out

    def _candidate(self, block, text, q, g, metric, cue, lo, hi, s_start, s_end, periods,
                   all_periods, comparisons, sentence_stat, group_context, groups, gi):
        flags = [f for f in q.flags if f in ("decimal_comma", "spelled_out")]
        direction = q.direction
        if q.kind == "rate":
            metric, statistic, unit = "exchange_rate", "average", "KZT_per_USD"
        elif q.kind == "percent":
            unit = "percent"
            before = text[max(lo, q.start - 60):q.start]
            direction = q.direction
            if direction == 0:
                m = SIGN_AFTER.match(text[q.end:q.end + 12])
                b = SIGN_BEFORE.search(text[max(lo, q.start - 10):q.start])
                if m:
                    direction = -1 if m.group("neg") else 1
                elif b:
                    direction = -1 if b.group("neg") else 1
            is_change = direction != 0 or bool(self.c["change"].search(text[lo:q.start][-50:]))
            if is_change and not self.c["share"].search(before[-30:]):
                statistic = "change"
            elif g.entity is not None or self.c["share"].search(before) or len(g.quants) > 1:
                statistic = "share"
            else:
                return None
        elif q.kind == "money":
            unit = q.currency or "KZT"
            if metric is None or not metric.startswith("remittances"):
                if not (metric or "").startswith("remittances"):
                    metric = self._resolve_metric("remittances", text[s_start:s_end], text, []) or metric
                if not metric or not metric.startswith("remittances"):
                    return None
            before = text[lo:q.start]
            own = g.quants[0]
            lead = regex.split(r"[,;]", text[lo:own.start])[-1]   # this clause only
            if self.c["average"].search(lead) or AVERAGE_AFTER.match(text[g.end:hi]):
                statistic = "monthly_average"
            elif sentence_stat and not regex.search(r"\b(?:in|for)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b", before, regex.I):
                statistic = sentence_stat
            else:
                statistic = "total"
        else:  # count
            after = text[q.end:q.end + 60]
            scaled = q.value >= 1000 or "spelled_out" in q.flags or regex.search(
                r"thousand|million|billion|mln|bn", q.text, regex.I)
            if not self.c["count_nouns"].match(after) and not (scaled and metric):
                return None
            if self.c["not_counted"].match(after):
                return None
            unit = "persons"
            for u, pat in self.c["count_units"]:
                if pat.match(after):
                    unit = u
            if unit == "transactions" and not metric.startswith("remittances"):
                metric = self._resolve_metric("remittances", text[s_start:s_end], text, []) or metric
            statistic = "monthly_average" if self.c["average"].search(text[lo:q.start]) else "total"
            if metric in ("remittances_sent", "remittances_received") and unit == "persons":
                return None
        if metric in (None, "remittances", "residence_permits"):
            return None
        if metric == "training_participants" and unit != "persons":
            return None
        if unit in ("KZT", "USD") and not metric.startswith("remittances"):
            return None
        value = q.value
        if statistic == "change" and direction < 0:
            value = -value
        # breakdown
        country = region = group = None
        ent = g.entity
        if ent is not None:
            if ent.label == "COUNTRY" and ent.id != REPORTING_COUNTRY:
                country = ent.id
            elif ent.label == "REGION":
                region = ent.id
            elif ent.label == "GROUP":
                group = ent.id          # CIS, non-CIS, central_asia, EAEU (see the codebook)
        if statistic == "share" and group is None and country is not None:
            group = group_context or self.ctx.list_group
        if block.kind == "legend" and self.ctx.chart_title is not None and group is None:
            for e in self.find_entities(self.ctx.chart_title.text):
                if e.label == "GROUP":
                    group = e.id
        if metric == "training_participants":
            country = region = group = None
            tail = text[q.end:hi][:120]
            hits = [(m.start(), gname) for gname, pat in self.c["training_groups"]
                    for m in [pat.search(tail)] if m]
            if hits:
                first = min(hits)
                # "participants from government and civil society": a total, not one group
                joined = [h for h in hits if h[1] != first[1] and h[0] > first[0] and
                          regex.match(r"^\W*\w*\W*(?:\w+\s+)?(?:and|or)\s", tail[first[0]:h[0]])
                          and h[0] - first[0] <= 30]
                group = None if joined else first[1]
        if statistic in ("total", "monthly_average", "average") and unit == "percent":
            return None
        # periods
        stock = metric in self.c["stock_metrics"] or bool(
            self.c["presence"].search(text[s_start:s_end]) and (region or statistic == "share"))
        period, compared, pflags = self._periods(text, q, g, cue, lo, hi, s_start, s_end, periods,
                                                 all_periods, comparisons, statistic, stock, metric)
        flags += pflags
        quote = text[s_start:s_end].strip().lstrip("•·▪◦●■‣⁃∙ ")   # a bullet may be a glyph
        notes, nflags = self._footnotes(block, s_start, s_end, q.end)
        title = self.ctx.chart_title if block.kind == "legend" else None
        if title is not None:
            if not notes and title.markers:
                notes, nflags = [title.markers[-1].label], []
            if metric == self._title_metric(title):
                flags.append("metric_from_title")
        flags += nflags
        return Candidate(metric, statistic, unit, value, country, region, group, period, compared,
                         block, q.start, q.end, q.text, quote, notes, flags + (
                             ["scale_missing"] if q.kind == "money" and not q.scale_stated else []))

    def _periods(self, text, q, g, cue, lo, hi, s_start, s_end, periods, all_periods, comparisons,
                 statistic, stock, metric=None):
        flags: list[str] = []
        own = [p for p in periods if id(p) not in comparisons]
        if statistic == "change":
            compared = next((p for p in periods if id(p) in comparisons and p.start >= q.end
                             and p.start < hi + 120), None)
            if compared is None:
                earlier = [p for p in periods if id(p) in comparisons and p.end <= q.start]
                compared = earlier[-1] if earlier else None
            prev = getattr(self, "_prev_change", None)
            if compared is None and prev is not None and prev[3] is not None:
                flags.append("compared_from_previous")
                compared = prev[3]
            mine = [p for p in own if p.start < q.start]
            after = [p for p in own if p.start >= q.end and (not isinstance(compared, PeriodMatch)
                                                              or p.start < compared.start)]
            chosen = mine[-1] if mine else (after[0] if after else None)
            cmp = None
            if isinstance(compared, tuple):
                cmp = compared
            elif compared is not None:
                cmp = (compared.period_start, compared.period_end)
            if chosen is None:
                return self._report_period(), cmp, flags + ["period_default"]
            if chosen.relative:
                flags.append("period_relative")
            if (chosen.period_start == chosen.period_end and isinstance(compared, PeriodMatch)
                    and compared.relative and regex.search(r"\byear", compared.text, regex.I)):
                # a stock compared with "a year earlier": the same day a year before
                day = date.fromisoformat(chosen.period_start)
                try:
                    prior = day.replace(year=day.year - 1).isoformat()
                except ValueError:            # 29 February
                    prior = day.replace(year=day.year - 1, day=28).isoformat()
                cmp = (prior, prior)
            return (chosen.period_start, chosen.period_end), cmp, flags
        chosen: PeriodMatch | None = None
        in_window = [p for p in periods if lo <= p.start and p.end <= hi]
        if stock:
            near = [p for p in in_window if p.stock]
            stocks = [p for p in all_periods if p.stock and p.start < q.start]
            if near:
                chosen = min(near, key=lambda p: abs(p.start - g.start))
            elif stocks:
                chosen = stocks[-1]
            elif not any(p.stock for p in in_window):
                rs = self.ctx.report_end.isoformat()
                return (rs, rs), None, ["period_default"]
        if chosen is None and cue is not None and cue[0] >= g.end:
            later = [p for p in in_window if p.start >= cue[1] and p.start - cue[1] <= 40
                     and not regex.search(r"[,;]", text[cue[1]:p.start])]
            if later:
                chosen = later[0]
        if chosen is None and in_window:
            def gap(p):
                # a period across a clause break belongs to the other clause's figure
                between = text[p.end:g.start] if p.end <= g.start else text[g.end:p.start]
                penalty = 50 if self.c["clause_break"].search(between) else 0
                return penalty + (g.start - p.end if p.end <= g.start else max(0, p.start - g.end))
            # a compared period names the amount printed after it ("than in the previous quarter
            # (70.12 billion KZT)"), never one before it ("$412 million, three times as much as
            # in the previous quarter")
            usable = [p for p in in_window if id(p) not in comparisons
                      or (p.end <= g.start and regex.match(r"^[\s(:–—-]*$", text[p.end:g.start]))]
            chosen = min(usable, key=lambda p: (gap(p), p.start)) if usable else None
            opening = [p for p in periods if SENTENCE_OPENING.match(text[s_start:p.start])
                       and id(p) not in comparisons and ";" not in text[p.end:g.start]]
            if chosen is not None and gap(chosen) >= 50:
                # only periods of other clauses in reach: the sentence's opening period
                # ("In October 2022 – X arrived and Y departed, the busiest ..."), else none
                if opening:
                    chosen = opening[0]
                else:
                    return self._report_period(), None, flags + ["period_default"]
        if chosen is None:
            # elsewhere in the sentence, but within the figure's clause (";" ends a clause)
            before = [p for p in own if p.end <= g.start and ";" not in text[p.end:g.start]]
            after = [p for p in own if p.start >= g.end and ";" not in text[g.end:p.start]]
            chosen = before[-1] if before else (after[0] if after else None)
        if chosen is None and metric in self.c["event_metrics"]:
            # an event's count takes the date the paragraph gave the event
            before = [p for p in all_periods if p.end <= s_start and id(p) not in comparisons]
            chosen = before[-1] if before else None
        if chosen is None:
            return self._report_period(), None, ["period_default"]
        if chosen.stock and chosen.relative and not stock:
            # "at the end of the quarter" with a flow metric: the quarter itself
            return self._report_period(), None, flags + ["period_relative"]
        if chosen.relative:
            flags.append("period_relative")
        return (chosen.period_start, chosen.period_end), None, flags

    def _report_period(self) -> tuple[str, str]:
        return (self.ctx.report_start.isoformat(), self.ctx.report_end.isoformat())

    def _footnotes(self, block: Block, s_start: int, s_end: int, at: int | None = None
                   ) -> tuple[list[str], list[str]]:
        """The marker that sources a statement: the first in its sentence after it, else its
        sentence's last, else the next in the paragraph, else the previous in the paragraph."""
        own = [m for m in block.markers if s_start <= m.offset <= s_end + 1]
        later = [m for m in block.markers if m.offset > s_end + 1]
        if own:
            after = [m for m in own if at is None or m.offset >= at]
            if after:
                return [after[0].label], []
            # a marker inside the sentence before the figure sources what precedes it
            # ("1 USD = 466.80 KZT,⁶ individuals sent KZT 335.6 billion ...")
            if later:
                return [later[0].label], ["source_from_paragraph"]
            return [own[-1].label], []
        if later:
            return [later[0].label], ["source_from_paragraph"]
        earlier = [m for m in block.markers if m.offset < s_start]
        if earlier:
            return [earlier[-1].label], ["source_from_paragraph"]
        if self.ctx.list_source:
            return [self.ctx.list_source], ["source_from_previous"]   # a list item: its intro's
        return [], []

    # -- zeros in words --------------------------------------------------------------------

    def _zeros(self, block, text, s_start, s_end, ents, all_periods, block_metric):
        """"There are no registered migrants in Zhambyl and Turkistan regions", "Ulytau region has
        none": a zero for each region named."""
        sentence = text[s_start:s_end]
        regions: list[Entity] = []
        first = None
        for where, pat in self.c["zero"]:
            for m in pat.finditer(sentence):
                a, b = s_start + m.start(), s_start + m.end()
                if where == "after":
                    found = [e for e in ents if e.label == "REGION" and e.start >= b - 1]
                else:
                    found = [e for e in ents if e.label == "REGION" and e.end <= b
                             and not regex.search(r"[.;,]", text[e.end:a])]
                    found = found[-1:]
                if found:
                    regions.extend(found)
                    first = a if first is None else min(first, a)
        if not regions:
            return
        spans = self._metric_spans(sentence)
        metric = None
        for a, b, mm in sorted(spans, key=lambda sp: sp[2].endswith("?")):   # strong cues first
            if mm.endswith("?") and (block_metric or self.ctx.last_metric):
                break                  # a generic cue yields to the paragraph's own metric
            metric = self._resolve_metric(mm, sentence, text[:s_end], ents)
            if metric:
                break
        metric = metric or block_metric or self.ctx.last_metric
        if not metric or metric.startswith("remittances") or metric == "exchange_rate":
            return
        stocks = [p for p in all_periods if p.stock and p.start < first]
        if stocks:
            period = (stocks[-1].period_start, stocks[-1].period_end)
            flags = ["zero_from_words"]
        elif metric in self.c["stock_metrics"]:
            rs = self.ctx.report_end.isoformat()
            period = (rs, rs)
            flags = ["zero_from_words", "period_default"]
        else:
            period = self._report_period()
            flags = ["zero_from_words", "period_default"]
        notes, nflags = self._footnotes(block, s_start, s_end)
        seen = set()
        for e in regions:
            if e.id in seen:
                continue
            seen.add(e.id)
            self.candidates.append(Candidate(
                metric, "total", "persons", Decimal(0), None, e.id, None, period, None, block,
                e.start, e.end, e.text, sentence.strip(), notes, flags + nflags))

    # -- tables ------------------------------------------------------------------------------

    def _cells(self, block: Block) -> list[str]:
        return [block.text[a:b] for a, b in block.cells] or block.text.split()

    def _columns(self, cells: list[str], caption: str) -> list[tuple]:
        """Each header cell: what the column holds, its scale, and its own metric where the
        header names one ("Month | Arrivals | Departures", "Country | Temporary | Permanent")."""
        cols = []
        for cell in cells:
            kind = "unknown"
            for k, pat in self.c["table_columns"]:
                if pat.search(cell):
                    kind = k
                    break
            scale = Decimal(1)
            for value, pat in self.c["scales"]:
                if pat.search(cell):
                    scale = value
            metric = None
            for a, b, m in self._metric_spans(cell):
                metric = self._resolve_metric(m, cell, cell, [])
                if metric:
                    break
            if metric is None:
                word = regex.search(r"\b(temporary|permanent)\b", cell, regex.I)
                if word and regex.search(r"\bresiden(?:ce|t)\s+permits?\b", caption, regex.I):
                    metric = f"{word.group(1).lower()}_residence_permits"
            periods = [p for p in self.find_periods(cell, self.ctx.report_start, self.ctx.report_end)
                       if not p.relative]
            period = (periods[0].period_start, periods[0].period_end) if len(periods) == 1 else None
            cols.append((kind, scale, metric, period))
        return cols

    def _table_row(self, block: Block) -> None:
        """A row of a table: the caption says what and when, the header row what each column
        holds (and its scale), the first cell whom or which month."""
        cells = self._cells(block)
        spans = list(block.cells) or []
        numbers = [self.parse_number(c) if self.parse_number else None for c in cells]
        caption = self.ctx.caption or self.ctx.chart_title     # a chart drawn as a table
        if self.ctx.columns is None:
            if not any(n is not None for n in numbers[1:]):
                self.ctx.columns = self._columns(cells, caption.text if caption else "")
                return
            self.ctx.columns = [("label", Decimal(1), None, None)] + [("unknown", Decimal(1), None, None)] * (len(cells) - 1)
        columns = self.ctx.columns
        if len(cells) == len(columns) + 1 and columns[0][0] != "label":
            # a chart's series legend over its value columns ("Q1 2022 | Q2 2022"): no label cell
            columns = [("label", Decimal(1), None, None)] + list(columns)
        if len(cells) != len(columns) or len(cells) < 2:
            return
        context = (caption.text if caption is not None else "")
        label = cells[0]
        ents = [e for e in self.find_entities(label)]
        periods = self.find_periods(label, self.ctx.report_start, self.ctx.report_end)
        if not periods and MONTH_ONLY.match(label):
            # "July" in a table whose caption names the year ("..., July - September 2024")
            cap = self.find_periods(context, self.ctx.report_start, self.ctx.report_end)
            year = date.fromisoformat(cap[0].period_end).year if cap else self.ctx.report_end.year
            periods = self.find_periods(f"{label.strip()} {year}", self.ctx.report_start,
                                        self.ctx.report_end)
        is_total = bool(self.c["table_total"].match(label))
        if not ents and not periods and not is_total:
            return
        cap_periods = self.find_periods(context, self.ctx.report_start, self.ctx.report_end)
        metric = None
        for a, b, m in self._metric_spans(context):
            metric = self._resolve_metric(m, context, context, self.find_entities(context))
            if metric:
                break
        metric = metric or self._context_metric(block)
        if metric is None:
            return
        country = region = None
        for e in ents:
            if e.label == "COUNTRY" and e.id != REPORTING_COUNTRY:
                country = e.id
            elif e.label == "REGION":
                region = e.id
        if ents and country is None and region is None:
            return
        if periods:
            period = (periods[0].period_start, periods[0].period_end)
            pflags: list[str] = []
        elif cap_periods:
            p = cap_periods[0]
            period = (p.period_start, p.period_end)
            pflags = ["period_relative"] if p.relative else []
        else:
            period = (self.ctx.report_start.isoformat(), self.ctx.report_end.isoformat())
            pflags = ["period_default"]
        if metric in self.c["stock_metrics"]:
            stocks = [p for p in cap_periods if p.stock]
            period = (stocks[0].period_start, stocks[0].period_end) if stocks else (period[1], period[1])
        notes = [caption.markers[-1].label] if caption is not None and caption.markers else []
        nflags: list[str] = []
        if not notes and block.markers:
            notes = [block.markers[-1].label]
        base_metric = metric
        cap_kind, cap_scale = self._columns([context], context)[0][:2] if context else ("unknown", Decimal(1))
        row_period, row_flags = period, pflags
        for (kind, scale, col_metric, col_period), cell, value, span in zip(
                columns[1:], cells[1:], numbers[1:], spans[1:] or [(0, 0)] * len(cells)):
            if value is None:
                continue
            metric = col_metric or base_metric
            period, pflags = (col_period, []) if col_period and not periods else (row_period, row_flags)
            if kind == "unknown" and cap_kind in ("KZT", "USD"):
                kind, scale = cap_kind, (scale if scale != 1 else cap_scale)   # "..., billion KZT"
            if kind == "share" or (kind == "unknown" and "%" in context):
                statistic, unit, v = "share", "percent", value
            elif kind in ("KZT", "USD"):
                if not metric.startswith("remittances"):
                    continue
                statistic, unit, v = "total", kind, value * scale
            elif kind in ("persons", "transactions", "unknown"):
                unit = "transactions" if kind == "transactions" else "persons"
                statistic, v = "total", value * scale
                if metric.startswith("remittances") and unit == "persons":
                    continue
            else:
                continue
            if statistic == "share" and is_total:
                continue
            flags = pflags + nflags
            self.candidates.append(Candidate(
                metric, statistic, unit, v, country, region, None, period, None, block,
                span[0], span[1], cell, block.text.strip(), list(notes), list(flags)))
