"""Number accounting: every number printed in a report ends as a figure, as no figure for a
named reason, or as unread.

Runs after assembly, over what the earlier stages left: each page's blocks, footnote markers,
footnotes, running header and footer lines and the chart ticks layout dropped, plus the
endnotes. A number is a span the number finder reads (`numbers.number_spans`: amounts, percents,
rates, spelled-out numbers) or, failing that, any other run of digits ("Q1", "20th", the "2012"
of "148/2012"). Its status comes, in this order, from

1. the candidates assembly made of it: `figure`, with the id of the figure it is a mention of;
2. where it stands: a header or footer, a footnote, a chart's axis, a section stating no figures;
3. the rule that left it out (an assembly rule on `Assembler.rejected`, a mask or rejection of
   numbers.py, the shape of a digit run): `not_figure` when data/reasons.json files the rule
   under a reason;
4. failing that, the words around it (`context_rule`: "Tables 1 to 6", "a survey of 1,350
   respondents", "may not add up to 100", a page number under "In this issue");
5. otherwise `unread`, with its sentence, so that a person sees what the tool did not read.

The reasons are data (data/reasons.json); a rule that no reason names leaves the number unread
(assembly's "F:none" and "MET:none": it found no frame or no metric for a number).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import regex

from .clauses import sentences
from .lang import load_tables
from .numbers import (CUR_RE, DURATION_RE, MONTH_RE, PCT_RE, SCALE_RE, masked_spans,
                      number_spans)
from .regexes import alternation, compiled, fill
from .types import Block, Box, Candidate, Footnote, Page, Quantity

DATA = json.loads(Path(__file__).with_name("data").joinpath("reasons.json").read_text(encoding="utf-8"))
#: reason id -> what it says (the closed list; README "Numbers and coverage").
REASONS = {r["id"]: r["says"] for r in DATA["reasons"]}
#: rule id -> reason id
RULE_REASONS = {rule: r["id"] for r in DATA["reasons"] for rule in r["rules"]}
#: rule id -> the condition under which it explains a number (CONDITIONS)
RULE_WHEN = {rule: cond for r in DATA["reasons"] for rule, cond in r.get("when", {}).items()}
# An amount a rule for small counts must not explain: larger, or with a unit (sample-free
# example: blind round 1, 2024q3 tables, "added up to 537.8 billion tenge" caught by "up to").
SMALL_INTEGER = compiled(r"\d{1,3}")
# An axis tick is a round value: at most this many significant digits (0, 25, 150, 2.5); a
# value label layout took for a tick ("55.3", blind round 2, 2024q1 word) stays unread.
TICK_SIGNIFICANT_DIGITS = 2
# Any run of digits with what is glued to it: a number no other rule reads ("Q1", "20th").
DIGIT_RUN = compiled(r"""
    (?:[^\W\d_]+-?)?                               # letters glued before: "Q1", "COVID-19"
    \d+(?:[.,:/-]\d+)*                              # the digits, with inner separators
    [^\W\d_]*                                       # letters glued after: "20th", "5km"
    """, regex.VERBOSE)
ORDINAL = compiled(r"\d+(?:st|nd|rd|th)", regex.I)
PERIOD_CODE = compiled(r"[QH][1-4]|\d{4}[QH][1-4]")
# Share of a page's letters in another script than Latin above which the page is foreign text
# (a bilingual EN/RU report's Russian pages).
FOREIGN_SCRIPT_SHARE = 0.5
READ_SCRIPTS = compiled(r"\p{Latin}|\p{Cyrillic}")   # English and Russian are read
LETTER = compiled(r"\p{L}")


# --- context rules: the words around an unread number that show it is no figure ---------------
# Words are data (data/accounting.json and .ru.json); each rule is filed under a reason in
# data/reasons.json. They run only on a number no other rule explained, and each asks for a
# shape a figure does not take (a small number after "Tables", an amount after "no more than"
# in a sentence stating a rule, exactly 100 after "add up to").
WORDS = load_tables("accounting")


def _words(key: str, case_insensitive: bool = False) -> str:
    return alternation(WORDS[key], case_insensitive=case_insensitive)


NOT_AMOUNT = fill(r"(?!\s?(?:<SCALE>|<CUR>|<PCT>)(?!\w))", SCALE=SCALE_RE, CUR=CUR_RE, PCT=PCT_RE)
REF_NUMBER = r"\d{1,3}(?:\.\d{1,2})*(?:/\d{2,4})?(?![\d%])"
REF_LIST = compiled(fill(r"""
    (?<!\w)<NOUN>(?!\w)\s*                          # "Tables", "notes", "рис.", "Issue"
    <N>(?:\s*<LINK>\s*<N>)*                         # "1 to 6", "2 and 3", "1–3", "2/2025"
    <NOT_AMOUNT>                                    # not "Figures 2 million"
    """, NOUN=_words("reference_nouns"), N=REF_NUMBER, LINK=_words("range_links"),
    NOT_AMOUNT=NOT_AMOUNT), regex.VERBOSE)
SECTION_NUMBER = compiled(r"""
    ^\s*(?P<n>\d{1,2}(?:\.\d{1,2})+)                # "1.1", "2.3" at the block's start
    (?:\.\s+|\s+(?=\S))                             # "2.3. Remittances"; "1.1 Миграция"
    (?=\p{Lu})                                      # a capitalised title, any script
    """, regex.VERBOSE)
SURVEY_BEFORE = compiled(fill(r"""
    (?:<NOUN>(?:\s+\S+){0,3}?\s+<LINK>              # "a survey of", "Опрос 2022 года охватил"
      | <VERB>)                                     # "interviewed"
    \s+(?:<APPROX>\s+)?$                            # "some", "около"
    """, NOUN=_words("survey_nouns", True), LINK=_words("survey_links", True),
    VERB=_words("survey_verbs", True), APPROX=_words("approximators", True)), regex.VERBOSE)
SURVEY_AFTER = compiled(fill(r"""
    ^\s+(?:\S+\s+){0,2}?<UNIT>(?!\w)                # "1,200 interviews", "48 focus group participants"
    """, UNIT=_words("survey_units", True)), regex.VERBOSE)
BARE_COUNT = compiled(r"\d{1,3}(?:[,\s\u00a0\u202f]\d{3})*|\d+")     # "1,350", "1 200"
LIMIT_BEFORE = compiled(fill(r"(?<!\w)<LIMIT>\s+$", LIMIT=_words("limit_phrases")))
RULE_WORD = compiled(fill(r"(?<!\w)<RULE>(?!\w)", RULE=_words("rule_words")))
PERCENT = compiled(fill(r"<PCT>", PCT=PCT_RE))
HUNDRED = compiled(fill(r"""
    100(?:[.,]0+)?\s*(?:<PCT>)?                     # "100", "100.0", "100 per cent"
    """, PCT=PCT_RE), regex.VERBOSE)
HUNDRED_BEFORE = compiled(fill(r"(?<!\w)<SUM>\s+(?:exactly\s+)?$", SUM=_words("hundred_phrases")))
DAY_RANGE = compiled(fill(r"""
    (?<![\d.,])(?P<n>[0-3]?\d)(?:st|nd|rd|th)?      # the first day: "12", "3rd"
    \s*(?:–|—|-|to|and|&|по|и)\s*                   # "12–13", "from 13 to 15"
    [0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?<MONTH>(?!\w)   # the second day and its month
    """, MONTH=MONTH_RE), regex.VERBOSE)
DURATION_RANGE = compiled(fill(r"""
    (?<![\d.,])(?P<n>\d{1,3})                     # the first bound: "1", "3"
    \s*(?:–|—|-|to|or|до|по)\s*\d{1,3}\s?-?<DURATION>(?!\w)   # "to 12 months", "–6 days"
    """, DURATION=DURATION_RE), regex.VERBOSE)
RANKING_AFTER = compiled(fill(r"\s+<RANK>(?!\w)", RANK=_words("ranking_words", True)))
INLINE_ITEM = compiled(r"(?:^|(?<=[\s(;:]))(?P<n>\d{1,2})\.\s+(?=\p{L})")   # "(1. fees; 2. access"
LEGEND_BIN = compiled(r"""
    ^\s*(?:
        (?:[<>≤≥]|below|under|above|over|less\s+than|more\s+than|менее|более|свыше)\s*
        \d+(?:[.,]\d+)?\s*%?                        # "<5%", "below 4%"
      | \d+(?:[.,]\d+)?\s*%?\s*(?:–|—|-|to)\s*\d+(?:[.,]\d+)?\s*%?   # "5–15%"
      | \d+(?:[.,]\d+)?\s*%?\s+(?:and\s+(?:more|above|over)|or\s+more|и\s+более)  # "15% and more"
      | \d+(?:[.,]\d+)?\s*%?\s*\+                 # "7,000+"
    )(?:\s+of\s+the)?\s*$
    """, regex.VERBOSE | regex.I)
CONTENTS_HEADING = compiled(fill(r"^\s*<HEAD>\s*:?\s*$", HEAD=_words("contents_headings", True)))


def _within(pattern: regex.Pattern, text: str, s: int, e: int, group: str | int = 0) -> bool:
    return any(m.start(group) <= s and e <= m.end(group) for m in pattern.finditer(text))


def _survey(text: str, s: int, e: int) -> bool:
    return bool(BARE_COUNT.fullmatch(text[s:e]) and (SURVEY_BEFORE.search(text[max(0, s - 80):s])
                                                     or SURVEY_AFTER.match(text[e:e + 80])))


def _threshold(text: str, s: int, e: int) -> bool:
    """An amount after "no more than" in a sentence that states a rule: never a percent."""
    return bool(not PERCENT.search(text[s:e]) and LIMIT_BEFORE.search(text[max(0, s - 40):s])
                and RULE_WORD.search(_sentence(text, s)))


def _inline_item(text: str, s: int, e: int) -> bool:
    items = {int(m["n"]): m.span("n") for m in INLINE_ITEM.finditer(text)}
    n = next((k for k, span in items.items() if span == (s, e)), None)
    return n is not None and (n - 1 in items or n + 1 in items)


def context_rule(block: Block, s: int, e: int, contents: bool = False) -> str | None:
    """The rule whose words around `block.text[s:e]` show it is no figure, or None.

    >>> b = Block(page=1, kind="body", text="Tables 1 to 6 follow.", boxes=((0, 0, 1, 1),) * 21)
    >>> context_rule(b, 7, 8), context_rule(b, 12, 13)
    ('ACC:ref-list', 'ACC:ref-list')
    """
    text = block.text
    tests = [
        ("ACC:ref-list", lambda: _within(REF_LIST, text, s, e)),
        ("ACC:section-number", lambda: block.kind in ("heading", "body")
         and _within(SECTION_NUMBER, text, s, e, "n")
         and (block.kind == "heading" or text[e:e + 1] == ".")),
        ("ACC:day-range", lambda: _within(DAY_RANGE, text, s, e, "n")),
        ("ACC:inline-list", lambda: _inline_item(text, s, e)),
        ("ACC:duration-range", lambda: _within(DURATION_RANGE, text, s, e, "n")),
        ("ACC:ranking-size", lambda: bool(regex.fullmatch(r"\d{1,2}|\p{L}+", text[s:e])
                                          and RANKING_AFTER.match(text, e))),
        ("ACC:survey-size", lambda: _survey(text, s, e)),
        ("ACC:threshold", lambda: _threshold(text, s, e)),
        ("ACC:hundred", lambda: bool(HUNDRED.fullmatch(text[s:e])
                                     and HUNDRED_BEFORE.search(text[max(0, s - 40):s]))),
        ("ACC:legend-bin", lambda: block.kind == "legend" and bool(LEGEND_BIN.match(text))),
        ("ACC:contents", lambda: contents),
    ]
    return next((rule for rule, test in tests if test()), None)

@dataclass(frozen=True)
class Number:
    """One printed number and what became of it."""
    page: int
    box: Box | None
    printed: str
    status: str                     # "figure", "not_figure", "unread"
    kind: str                       # where it stood: a block kind, "marker", "footnote", "header", "axis"
    figure_id: str | None = None
    reason: str | None = None       # an id of data/reasons.json, for not_figure
    rule: str | None = None         # the rule that decided, where one did
    sentence: str | None = None     # for unread: the sentence it stands in


@dataclass(frozen=True)
class Assembly:
    """What assembly made of the blocks: candidates with their figure ids, rejections, skips."""
    figures: list[tuple[Candidate, str]]
    rejected: list[tuple[Block, Quantity, str]]
    skipped: list[Block]


def spans_of(text: str) -> list[tuple[int, int, str | None]]:
    """Every number of `text`: the finder's spans with their rules, then the digit runs it
    left, each with the rule its shape names (or None).

    >>> [(t, r) for t, r in ((("Q1 2023, 148/2012, the 20th, 2.7 million")[s:e], r) for s, e, r
    ...  in spans_of("Q1 2023, 148/2012, the 20th, 2.7 million"))]
    [('Q1', 'ACC:period-code'), ('2023', 'numbers:year'), ('148', 'numbers:slash'), ('2012', 'numbers:slash'), ('20th', 'ACC:ordinal'), ('2.7 million', None)]
    """
    found = number_spans(text)
    blanked = list(text)
    for s, e, _ in found:
        blanked[s:e] = " " * (e - s)
    masked = _masks(text)
    for m in DIGIT_RUN.finditer("".join(blanked)):
        why = next((r for s, e, r in masked if m.start() < e and s < m.end()), None)
        found.append((m.start(), m.end(), why or _shape_rule(m[0])))
    return sorted(found)


def _masks(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, f"numbers:{r}") for s, e, r in masked_spans(text)]


def _shape_rule(printed: str) -> str | None:
    if ORDINAL.fullmatch(printed):
        return "ACC:ordinal"
    if PERIOD_CODE.fullmatch(printed):
        return "ACC:period-code"
    if regex.search(r"[^\W\d_]", printed):
        return "ACC:identifier"                     # "COVID-19", "SDG10", "5km"
    return None


def _round(printed: str, at_start: bool) -> bool:
    digits = regex.sub(r"\D", "", printed).strip("0")
    return 0 < len(digits) <= TICK_SIGNIFICANT_DIGITS or (printed.strip() != "" and not digits
                                                         and "0" in printed)


CONDITIONS = {
    "small_integer": lambda printed, at_start: bool(SMALL_INTEGER.fullmatch(printed.strip())),
    "block_start": lambda printed, at_start: at_start,
    "round": _round,
}


def _decide(rule: str | None, printed: str, at_start: bool = False, **where) -> dict:
    """The status, reason and rule a rule gives a number that is no figure: `not_figure` when
    data/reasons.json files the rule under a reason (and its condition holds), else `unread`."""
    reason = RULE_REASONS.get(rule or "")
    cond = RULE_WHEN.get(rule or "")
    if reason and (cond is None or CONDITIONS[cond](printed, at_start)):
        return dict(status="not_figure", reason=reason, rule=rule, printed=printed, **where)
    return dict(status="unread", rule=rule, printed=printed, **where)


def _plain(page: int, box, text: str, kind: str, rule: str) -> list[Number]:
    """The numbers of a text that is no statement (a header, a footnote, an axis tick)."""
    return [Number(page=page, box=box, **_decide(rule, text[s:e]), kind=kind)
            for s, e, _ in spans_of(text)]


def _box(block: Block, start: int, end: int) -> Box | None:
    box = block.box_of(start, end)
    return tuple(round(float(v), 2) for v in box) if box else None


def _sentence(text: str, at: int) -> str:
    for s, e in sentences(text):
        if s <= at < e:
            return text[s:e].strip()
    return text.strip()


def block_numbers(block: Block, asm: Assembly, contents: bool = False) -> list[Number]:
    """Every number of one block, and its footnote markers (`contents`: the block stands under
    a contents heading, "In this issue")."""
    cands = [(c, fid) for c, fid in asm.figures if c.block is block]
    rejected = [(q, rule) for b, q, rule in asm.rejected if b is block]
    skipped = any(b is block for b in asm.skipped)
    out = []
    for s, e, rule in spans_of(block.text):
        where = dict(page=block.page, box=_box(block, s, e), printed=block.text[s:e], kind=block.kind)
        fid = next((fid for c, fid in cands if c.start < e and s < c.end), None)
        if fid is not None:
            out.append(Number(status="figure", figure_id=fid, **where))
            continue
        rule = next((r for q, r in rejected if q.start < e and s < q.end), rule)
        if rule == "numbers:upper_bound":
            rule = context_rule(block, s, e, contents) or rule     # a map legend's "below 5%": its class
        # a section that states no figures (contents, about) prints section numbers anywhere
        at_start = skipped or not block.text[:s].strip(" •·-–*(")
        d = _decide(rule, at_start=at_start, **where)
        if skipped and d["status"] == "unread":
            d = _decide("SEC:no_figures", **where)
        why = context_rule(block, s, e, contents) if d["status"] == "unread" else None
        if why and _decide(why, **where)["status"] == "not_figure":
            d = _decide(why, **where)             # the words around it show it is no figure
        if d["status"] == "unread":
            d["sentence"] = _sentence(block.text, s)
        out.append(Number(**d))
    for m in block.markers:
        if regex.search(r"\d", m.label):
            out.append(Number(page=block.page, box=tuple(round(float(v), 2) for v in m.box),
                              **_decide("ACC:marker", m.label), kind="marker"))
    return out


def _note_numbers(f: Footnote) -> list[Number]:
    box = tuple(round(float(v), 2) for v in f.box) if f.box else None
    label = _plain(f.page, box, f.label, "footnote", "ACC:note-label")
    return label + _plain(f.page, box, f.text, "footnote", "ACC:note-text")


def page_numbers(page: Page, asm: Assembly) -> list[Number]:
    """Every number printed on one page, in reading order: headers, blocks, axes, footnotes."""
    out = [n for h in page.header for n in _plain(page.number, None, h, "header", "ACC:header")]
    contents = False
    for b in page.blocks:
        if b.kind == "heading":
            contents = bool(CONTENTS_HEADING.match(b.text))
        out += block_numbers(b, asm, contents)
    for r in page.regions:
        box = tuple(round(float(v), 2) for v in r.box)
        out += [n for t in r.dropped for n in _plain(page.number, box, t, "axis", "ACC:axis")]
    for f in page.footnotes:
        out += _note_numbers(f)
    return out


def account_numbers(pages: list[Page], asm: Assembly, endnotes: list[Footnote]) -> list[Number]:
    """Every number printed in the report, with what became of it."""
    out = [n for p in pages for n in page_numbers(p, asm)]
    return out + [n for f in endnotes for n in _note_numbers(f)]


def coverage(numbers: list[Number]) -> float:
    """Figures' numbers / (figures' numbers + unread numbers); 1.0 when there are neither.

    >>> coverage([Number(1, None, "5", "figure", "body"), Number(1, None, "6", "unread", "body")])
    0.5
    """
    read = sum(n.status == "figure" for n in numbers)
    unread = sum(n.status == "unread" for n in numbers)
    return round(read / (read + unread), 4) if read + unread else 1.0


def foreign_pages(pages: list[Page]) -> list[int]:
    """Pages whose letters are mostly in a script the pipeline does not read (neither Latin nor
    Cyrillic: English and Russian are read)."""
    out = []
    for p in pages:
        text = " ".join(b.text for b in p.blocks)
        letters = len(LETTER.findall(text))
        if letters and 1 - len(READ_SCRIPTS.findall(text)) / letters > FOREIGN_SCRIPT_SHARE:
            out.append(p.number)
    return out
