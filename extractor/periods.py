"""Periods and dates in plain text, resolved against the report's own period.

Pure functions over strings. Month names, quarter ordinals and relative phrases live in
`data/periods.json`. Each construction is one rule (a VERBOSE pattern and a resolver); all rules
run over the text, and the longest match wins where they overlap, so the year in "the first
quarter of 2023" never comes out again on its own.

`relative` is True when the dates come from the report's period rather than from the words
alone ("the previous quarter", "in the first quarter" without a year, "last year").
`stock` is True for a point in time ("as of 31 March 2023"); then start and end are that day.

>>> from datetime import date
>>> [(p.text, p.period_start, p.period_end) for p in
...  find_periods("in the first quarter of 2023", date(2023, 1, 1), date(2023, 3, 31))]
[('the first quarter of 2023', '2023-01-01', '2023-03-31')]
"""
from __future__ import annotations

import calendar
from functools import lru_cache
from bisect import bisect_left
import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

import regex

from .lang import load_tables
from .regexes import alternation, compiled, fill
from .types import PeriodMatch

DATA_DIR = Path(__file__).with_name("data")
TABLES = load_tables("periods")

MONTHS_IN_QUARTER = 3
MONTHS_IN_HALF = 6
# A half of a month ("the second half of September 2022", reference report page 5) ends here.
FIRST_HALF_OF_MONTH_LAST_DAY = 15
# How far before a period to look for "as of" / "at the end of" (longest table entry and spaces).
STOCK_PREFIX_WINDOW = 40


def month_forms() -> dict[str, int]:
    """Month names as printed, with their numbers: 'March', 'MARCH', 'june', 'Sept.'.

    Lower-case 'may' and 'march' are ordinary words, so only their capitalised forms count.

    >>> forms = month_forms(); forms["Sept."], forms["JUNE"], "may" in forms
    (9, 6, False)
    """
    skip = set(TABLES["lowercase_month_exceptions"])
    forms: dict[str, int] = {}
    for name, number in TABLES["months"].items():
        forms |= {name: number, name.upper(): number, name[:1].upper() + name[1:]: number}   # "Июль" heads a row
        if name.lower() not in skip:
            forms[name.lower()] = number
    for abbr, number in TABLES["month_abbreviations"].items():
        forms |= {abbr: number, abbr + ".": number, abbr.upper(): number}
    return forms


MONTHS = month_forms()
MONTH_RE = r"(?<!\w)" + alternation(MONTHS) + r"(?!\w)"
QUARTERS = {k.lower(): v for k, v in TABLES["quarter_ordinals"].items()}
HALVES = {k.lower(): v for k, v in TABLES["half_ordinals"].items()}
MONTH_COUNTS = {k.lower(): v for k, v in TABLES["month_counts"].items()}
RELATIVE = {regex.sub(r"\s+", " ", r["phrase"].lower()): r["shift"] for r in TABLES["relative_phrases"]}


PIECES = dict(
    YEAR=r"""(?<![\w.,/])(?:19|20)\d\d(?!\d|[.,]\d|/\d)""",          # 2023, never 148/2012
    NOTAMOUNT=r"""(?!\s?(?i:%|percent|per\s+cent|thousand|million|billion|KZT|USD|tenge)(?!\w))""",
    # after a month: "%" closing a table header's cell is its unit ("Change on Apr–Jun 2021 %")
    NOTAMOUNT_M=r"""(?!\s?(?i:percent|per\s+cent|thousand|million|billion|KZT|USD|tenge)(?!\w))(?!\s?%(?!\s*$|\s*[),;]))""",
    MONTH=MONTH_RE,
    DAY=r"""(?<!\d)[0-3]?\d(?:st|nd|rd|th)?(?!\d|[.,]\d)""",       # 14, 20th; not 29.9
    DASH=r"""\s*(?:[-–—]|\bto\b|\bthrough\b|\btill\b|\buntil\b)\s*""",
    ORD=alternation(QUARTERS, case_insensitive=True),
    HALF=alternation(HALVES, case_insensitive=True),
    COUNT=r"(?:\d{1,2}|" + alternation(MONTH_COUNTS, case_insensitive=True) + ")",
    # "the first quarter of the previous year", "... of a year earlier" (blind designer83, 2025q1 chromium)
    PREVYEAR=r"""(?i:(?:the\s+)?(?:previous|preceding|prior|last)\s+year|(?:a|one)\s+year\s+(?:earlier|before|ago))""",
    SAME=alternation(TABLES["same_period_words"], case_insensitive=True),
    FLOWNOUN=alternation(TABLES["month_flow_nouns"], case_insensitive=True),
    STOCK=alternation(TABLES["stock_prefixes"], case_insensitive=True),
    PREP=r"""(?i:in|during|since|until|till|from|for|of|throughout|by)""",
    # "the 2025 amendments", "the 2024 quota": a year naming a document, no period of a figure
    NOTDOC=r"(?!\s+" + alternation(TABLES["document_nouns"], case_insensitive=True) + r"(?!\w))",
    # "September saw only 947.1 thousand": a hedge between the verb and its amount
    HEDGE=r"(?:(?i:only|just|some|about|around|roughly|nearly|almost|close\s+to|over|under)\s+)?",
    # "April accounted for ...", "December closed the year at ...": a month as the subject of an amount,
    # or of a noun of the amount's ("September saw a seasonal drop to 1,267,320 entries")
    MONTHVERB=r"(?i:" + "|".join(r"\s+".join(map(regex.escape, v.split()))
                                 for v in sorted(TABLES["month_subject_verbs"], key=len, reverse=True)) + ")"
              + r"(?:\s+(?i:a|an|its|the)\s+(?:[\p{L}-]+\s+){0,2}?" + alternation(TABLES["month_subject_nouns"], case_insensitive=True)
              + r"\s+(?i:to|of|at))?",
)


def _compile(pattern: str) -> regex.Pattern:
    return compiled(fill(pattern, **PIECES), regex.VERBOSE)


# --- date arithmetic -------------------------------------------------------------------------

def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def quarter_of(d: date) -> tuple[date, date]:
    """The first and last day of the calendar quarter holding `d`.

    >>> quarter_of(date(2023, 2, 14))
    (datetime.date(2023, 1, 1), datetime.date(2023, 3, 31))
    """
    first = (d.month - 1) // MONTHS_IN_QUARTER * MONTHS_IN_QUARTER + 1
    return date(d.year, first, 1), _month_end(d.year, first + MONTHS_IN_QUARTER - 1)


def _quarter(year: int, q: int) -> tuple[date, date]:
    return quarter_of(date(year, q * MONTHS_IN_QUARTER, 1))


def _in_year(d: date, year: int, *, end: bool) -> date:
    """`d` moved into `year`, a month's end staying a month's end (29 February included)."""
    if end and d == _month_end(d.year, d.month):
        return _month_end(year, d.month)
    return date(year, d.month, min(d.day, calendar.monthrange(year, d.month)[1]))


def _period_in_year(start: date, end: date, year: int) -> tuple[date, date]:
    """The report's period moved to `year` (periods crossing a new year keep their span)."""
    shift = year - start.year
    return _in_year(start, year, end=False), _in_year(end, end.year + shift, end=True)


period_in_year = _period_in_year


# --- rules -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Hit:
    """A resolved stretch of text before it becomes a PeriodMatch."""
    start: int
    end: int
    first: date
    last: date
    relative: bool = False
    same_span: bool = False         # "the same period of 2022": re-anchored by assembly
    anaphoric: bool = False         # "that quarter": the period named before it (assembly)
    rank: int = 0                   # the rule's place in RULES: breaks ties between equal lengths


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: regex.Pattern
    resolve: Callable[[regex.Match, date, date], list[Hit]]


def _year(m: regex.Match, group: str, report_start: date) -> tuple[int, bool]:
    """The year a group names, else the report's (then the result is relative)."""
    if m[group]:
        return int(m[group]), False
    if m.groupdict().get("prevyear"):
        return report_start.year - 1, True
    return report_start.year, True


def _just_before(first: date, report_start: date, report_end: date) -> bool:
    """A period named without its year that would start after the report's period, but that a
    year earlier falls in the quarter just before the report's: that earlier one is meant ("the
    fourth quarter" in a Q1 report); a later one stays ("in the third quarter" of a Q2 report)."""
    if first <= report_end:
        return False
    earlier = date(first.year - 1, first.month, 1)
    return quarter_of(report_start - timedelta(days=1))[0] <= earlier < report_start


def _with_second_year(m: regex.Match, hit: Hit, shape: Callable[[int], tuple[date, date]]):
    """'Q1 2023 and 2022': the trailing year gets the same kind of period."""
    hits = [hit]
    if m.groupdict().get("year2"):
        first, last = shape(int(m["year2"]))
        hits.append(Hit(m.start("year2"), m.end("year2"), first, last))
    return hits


def _hit_end(m: regex.Match) -> int:
    """Where the first period's text ends: before ' and 2022' when a second year follows."""
    return m.start("and2") if m.groupdict().get("and2") else m.end()


def _resolve_quarter(m, report_start, report_end):
    q = QUARTERS.get((m["ord"] or "").lower()) or int(m["q"])
    this_year = bool(m.groupdict().get("thisyear"))
    if m["ord"] and m["ord"].lower() in ("last", "final") and not (m["year"] or m["prevyear"] or this_year):
        return []                                   # "the last quarter": a relative phrase
    year, relative = _year(m, "year", report_start)
    if this_year:
        year = report_end.year                      # "the last quarter of the year": the report's year's
    elif relative and _just_before(_quarter(year, q)[0], report_start, report_end):
        year -= 1                 # "from the fourth quarter" in a Q1 report: the one before it
    hit = Hit(m.start(), _hit_end(m), *_quarter(year, q), relative=relative)
    return _with_second_year(m, hit, lambda y: _quarter(y, q))


def _resolve_quarter_range(m, report_start, report_end):
    if m["n"]:
        q1, q2 = 1, int(m["n"]) if m["n"].isdigit() else MONTH_COUNTS[m["n"].lower()]
    else:
        q1, q2 = int(m["q1"]), int(m["q2"])
    if q2 <= q1 and not m["n"]:
        return []
    year, relative = _year(m, "year", report_start)
    return [Hit(m.start(), m.end(), _quarter(year, q1)[0], _quarter(year, q2)[1], relative)]


def _resolve_half(m, report_start, report_end):
    h = HALVES.get((m["h"] or "").lower()) or int(m["hn"])
    year = int(m["year"]) if m["year"] else report_start.year
    if m["month"]:
        month = MONTHS[m["month"]]
        if h == 1:
            return [Hit(m.start(), m.end(), date(year, month, 1),
                        date(year, month, FIRST_HALF_OF_MONTH_LAST_DAY))]
        return [Hit(m.start(), m.end(), date(year, month, FIRST_HALF_OF_MONTH_LAST_DAY + 1),
                    _month_end(year, month))]
    first_month = (h - 1) * MONTHS_IN_HALF + 1
    return [Hit(m.start(), m.end(), date(year, first_month, 1),
                _month_end(year, first_month + MONTHS_IN_HALF - 1))]


def _resolve_first_months(m, report_start, report_end):
    last = m.groupdict().get("last")
    if last:
        n = int(last) if last.isdigit() else MONTH_COUNTS[last.lower()]
        first = report_end.month - n + 1
        return [Hit(m.start(), m.end(), date(report_end.year, first, 1), report_end, relative=True)] \
            if 1 <= first <= 12 else []
    tail = m.groupdict().get("tail")
    if tail:
        n = int(tail) if tail.isdigit() else MONTH_COUNTS[tail.lower()]
        year = int(m["year"])
        return [Hit(m.start(), m.end(), date(year, 13 - n, 1), date(year, 12, 31))] if 1 <= n <= 12 else []
    n = int(m["n"]) if m["n"].isdigit() else MONTH_COUNTS[m["n"].lower()]
    if not 1 <= n <= 12:
        return []
    year = int(m["year"]) if m.groupdict().get("year") else report_end.year
    return [Hit(m.start(), m.end(), date(year, 1, 1), _month_end(year, n), relative=year != int(m["year"] or 0))]


def _resolve_month_range(m, report_start, report_end):
    m1, m2 = MONTHS[m["m1"]], MONTHS[m["m2"]]
    year2, relative = _year(m, "year", report_start)
    year1 = int(m["y1"]) if m["y1"] else (year2 - 1 if m1 > m2 else year2)
    if m["y1"] and not m["year"]:
        year2, relative = (year1 + 1 if m1 > m2 else year1), False
    if relative and not m["y1"] and _just_before(date(year1, m1, 1), report_start, report_end):
        year1, year2 = year1 - 1, year2 - 1      # "October - December" in a Q1 report: the year before
    hit = Hit(m.start(), _hit_end(m), date(year1, m1, 1), _month_end(year2, m2), relative)
    return _with_second_year(m, hit, lambda y: (date(y - (year2 - year1), m1, 1), _month_end(y, m2)))


def _resolve_day(m, report_start, report_end):
    month = MONTHS[m["m1"] or m["m2"]]
    day = int(regex.match(r"\d+", m["d1"] or m["d2"])[0])
    year, relative = _year(m, "year", report_start)
    try:
        d = date(year, month, day)
    except ValueError:
        return []
    return [Hit(m.start(), m.end(), d, d, relative)]


def _resolve_days_after(m, report_start, report_end):
    """ "the ten days after 21 September": that day and the days after it, N in all."""
    n = int(m["n"]) if m["n"].isdigit() else MONTH_COUNTS.get(m["n"].lower(), 0)
    hits = _resolve_day(m, report_start, report_end)
    if not hits or not 1 <= n <= 31:
        return []
    h = hits[0]
    return [Hit(m.start(), m.end(), h.first, h.first + timedelta(days=n - 1), h.relative)]


def _resolve_days_before(m, report_start, report_end):
    """ "the ten days up to 30 September": N days ending on that day."""
    n = int(m["n"]) if m["n"].isdigit() else MONTH_COUNTS.get(m["n"].lower(), 0)
    hits = _resolve_day(m, report_start, report_end)
    if not hits or not 1 <= n <= 31:
        return []
    h = hits[0]
    return [Hit(m.start(), m.end(), h.first - timedelta(days=n - 1), h.first, h.relative)]


def _resolve_since_month(m, report_start, report_end):
    year = int(m["year"]) if m["year"] else report_end.year      # "Since January, ...": this year
    first = date(year, MONTHS[m["month"]] if m["month"] else 1, 1)
    return [Hit(m.start(), m.end(), first, report_end, relative=True)] if first <= report_end else []


def _resolve_day_range(m, report_start, report_end):
    """ "From 13 to 15 June 2023": the days of one month, both ends included.

    >>> [(p.period_start, p.period_end) for p in find_periods("From 13 to 15 June 2023 IOM",
    ...  date(2023, 4, 1), date(2023, 6, 30))]
    [('2023-06-13', '2023-06-15')]
    """
    month = MONTHS[m["m1"]]
    d0, d1 = (int(regex.match(r"\d+", m[k])[0]) for k in ("d0", "d1"))
    year, relative = _year(m, "year", report_start)
    try:
        first, last = date(year, month, d0), date(year, month, d1)
    except ValueError:
        return []
    return [Hit(m.start(), m.end(), first, last, relative)] if first < last else []


def _resolve_date_range(m, report_start, report_end):
    """ "Between 1 April and 30 June 2024": two dates, each with its day and month; the
    first takes the second's year where it names none.

    >>> [(p.period_start, p.period_end) for p in find_periods(
    ...  "Between 1 April and 30 June 2024 the", date(2024, 4, 1), date(2024, 6, 30))]
    [('2024-04-01', '2024-06-30')]
    """
    d0, d1 = (int(regex.match(r"\d+", m[k])[0]) for k in ("d0", "d1"))
    year, relative = _year(m, "year", report_start)
    try:
        first = date(int(m["y0"]) if m["y0"] else year, MONTHS[m["m0"]], d0)
        last = date(year, MONTHS[m["m1"]], d1)
    except ValueError:
        return []
    return [Hit(m.start(), m.end(), first, last, relative)] if first < last else []


def _resolve_month(m, report_start, report_end):
    month = MONTHS[m["month"]]
    year, relative = _year(m, "year", report_start)
    if relative and _just_before(date(year, month, 1), report_start, report_end):
        year -= 1                                 # "in December" in a Q1 report: the year before
    return [Hit(m.start(), m.end(), date(year, month, 1), _month_end(year, month), relative)]


def _resolve_years(m, report_start, report_end):
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y2 <= y1:
        return []
    return [Hit(m.start(), m.end(), date(y1, 1, 1), date(y2, 12, 31))]


def _resolve_year(m, report_start, report_end):
    year = int(m["year"])
    return [Hit(m.start(), m.end(), date(year, 1, 1), date(year, 12, 31))]


def _resolve_same_period(m, report_start, report_end):
    return [Hit(m.start(), m.end(), *_period_in_year(report_start, report_end, int(m["year"])),
                relative=True, same_span=True)]


# What each "shift" named in the relative_phrases table means, given the report's period.
SHIFTS: dict[str, Callable[[date, date], tuple[date, date]]] = {
    "previous_quarter": lambda start, end: quarter_of(quarter_of(start)[0] - timedelta(days=1)),
    "same_period_last_year": lambda start, end: _period_in_year(start, end, start.year - 1),
    "previous_year": lambda start, end: (date(start.year - 1, 1, 1), date(start.year - 1, 12, 31)),
    "report_year": lambda start, end: (date(start.year, 1, 1), date(start.year, 12, 31)),
    "report_period": lambda start, end: (start, end),
    "anaphoric": lambda start, end: (start, end),       # a stand-in: assembly puts the antecedent
    "year_to_date": lambda start, end: (date(end.year, 1, 1), end),
    "year_start": lambda start, end: (date(end.year, 1, 1), date(end.year, 1, 1)),
    "report_half": lambda start, end: ((date(end.year, 1, 1), date(end.year, 6, 30)) if end.month <= 6
                                       else (date(end.year, 7, 1), date(end.year, 12, 31))),
}


ONE_PHRASES = [(regex.sub(r"\s+", r"\\s+", r["phrase"]), r["noun"], r["shift"]) for r in TABLES["one_phrases"]]


def _resolve_one(m, report_start, report_end):
    shift = ONE_PHRASES[int(m.lastgroup[1:])][2]      # the row whose group n<i> matched
    first, last = SHIFTS[shift](report_start, report_end)
    return [Hit(m.start(), m.end(), first, last, relative=True)]


def _resolve_relative(m, report_start, report_end):
    shift = RELATIVE[regex.sub(r"\s+", " ", m[0].lower())]
    first, last = SHIFTS[shift](report_start, report_end)
    return [Hit(m.start(), m.end(), first, last, relative=True,
                same_span=shift == "same_period_last_year", anaphoric=shift == "anaphoric")]


RULES = [
    Rule("quarter", _compile(r"""
        (?:(?i:the)\s+)?(?<!\w)(?P<ord><ORD>)(?:\s+|-)(?i:quarters?)\b  # "the first quarter(s)", "IV quarter", "first-quarter"
        (?:\s*(?:(?i:of|in)\s+|,\s*)?                       # "of", "in", ", " or nothing
           (?:(?P<year><YEAR>)<NOTAMOUNT>|(?P<prevyear><PREVYEAR>)))?
        (?P<thisyear>\s+(?i:of)\s+(?i:the|this)\s+(?i:year)(?!\s*(?i:before|earlier)))?  # "the last quarter of the year"
        (?P<and2>\s+and\s+(?P<year2><YEAR>)<NOTAMOUNT>)?    # "... of 2023 and 2022"
      | (?<!\w)Q(?P<q>[1-4])(?!\w)                          # "Q1 2023", "Q2"
        (?:(?:\s+(?:of\s+)?|\s*[-'’]\s*)(?P<year><YEAR>))?  # " 2023", "-2024", "'2024"
        (?P<and2>\s+and\s+(?P<year2><YEAR>)<NOTAMOUNT>)?
      | (?<=(?i:quarter)\b(?:[^.;]|\.(?=\d)){0,150}?(?i:in|than|from|with|after)\s+(?i:the)\s+)  # "... in the fourth quarter
        (?P<ord><ORD>)(?=\s*[.,;)(]|\s*$)                                         #  of 2022, after 22,415 in the third."
      """), _resolve_quarter),
    Rule("quarter range", _compile(r"""
        (?<!\w)Q(?P<q1>[1-4])\s*[-–—]\s*Q(?P<q2>[1-4])         # "Q1–Q3 2023"
        (?:\s+(?:of\s+)?(?P<year><YEAR>))?
      | (?:(?i:the)\s+)?(?<!\w)(?i:first)\s+(?P<n>(?i:two|three|2|3))\s+(?i:quarters)  # "the first three
        (?:\s+(?:(?i:of|in)\s+)?(?P<year><YEAR>))?                           #  quarters of 2024"
      """), _resolve_quarter_range),
    Rule("half", _compile(r"""
        (?:(?i:the)\s+)?(?<!\w)(?P<h><HALF>)\s+(?i:half)\s+(?:(?i:of)\s+)?  # "the first half of"
        (?:(?P<month><MONTH>)\s+)?(?P<year><YEAR>)          # "... September 2022", "... 2024"
      | (?:(?i:the)\s+)?(?<!\w)(?P<h><HALF>)\s+(?i:half)\s+(?i:of)\s+(?i:the|this)\s+(?i:year)
                                                            # "the first half of the year"
      | (?<!\w)H(?P<hn>[12])\s*(?P<year><YEAR>)             # "H1 2024"
      """), _resolve_half),
    Rule("first months", _compile(r"""
        (?<=(?i:over|during)\s+(?:(?i:the)\s+)?)(?P<last><COUNT>)\s+(?i:months)(?!\s+(?i:of|in)\s)
                                                    # "Over nine months, ...": to the report's end
      | (?:(?i:the)\s+)?(?<!\w)(?i:first)\s+(?P<n><COUNT>)\s+(?i:months)\s+(?:(?i:of)\s+)?
        (?:(?P<year><YEAR>)|(?i:the|this)\s+(?i:year))                  # "... of 2024", "... of the year"
      | (?:(?i:the)\s+)?(?<!\w)(?i:last|final|closing)\s+(?P<tail><COUNT>)\s+(?i:months)\s+(?i:of)\s+
        (?P<year><YEAR>)                                    # "the last three months of 2022"
      """), _resolve_first_months),
    Rule("month range", _compile(r"""
        (?: (?P<m1><MONTH>)(?:\s+(?P<y1><YEAR>))?<DASH>(?P<m2><MONTH>)  # "January – March"
          | (?i:between)\s+(?P<m1><MONTH>)(?:\s+(?P<y1><YEAR>))?\s+and\s+(?P<m2><MONTH>)
        )                                                               # "between April and June"
        (?:,?\s+(?P<year><YEAR>)<NOTAMOUNT_M>)?                         # "... 2023"
        (?P<and2>\s+and\s+(?P<year2><YEAR>)<NOTAMOUNT>)?
      """), _resolve_month_range),
    Rule("since month", _compile(r"""
        (?i:since|from)\s+(?:(?i:the\s+(?:start|beginning)\s+of)\s+)?(?P<month><MONTH>)\s+(?P<year><YEAR>)<NOTAMOUNT>
        (?!\s*[-–—])                                          # "since January 2024": to the report's end
      | (?i:since\s+the\s+(?:start|beginning)\s+of)\s+(?P<year><YEAR>)<NOTAMOUNT>   # "since the beginning of 2025"
      | (?i:since)\s+(?P<month><MONTH>)(?=\s*[,.;)]|\s*$)              # "Since January, ...": this year
      """), _resolve_since_month),
    Rule("date range", _compile(r"""
        (?:(?i:from|between)\s+)?                           # "between 1 April and 30 June
        (?P<d0><DAY>)\s+(?:of\s+)?(?P<m0><MONTH>)(?:,?\s+(?P<y0><YEAR>))?     #  2024", "1 July
        \s*(?:[-–—]|\s(?i:to|and|until|till)\s)\s*    #  – 30 September 2024"
        (?P<d1><DAY>)\s+(?:of\s+)?(?P<m1><MONTH>)
        (?:,?\s+(?P<year><YEAR>))?
      """), _resolve_date_range),
    Rule("days after", _compile(r"""
        (?:(?i:the)\s+)?(?P<n><COUNT>)\s+(?i:days)\s+(?i:after|following|from|since)\s+   # "the ten days after
        (?P<d1><DAY>)\s+(?:of\s+)?(?P<m1><MONTH>)(?:,?\s+(?P<year><YEAR>))?           #  21 September"
      """), _resolve_days_after),
    Rule("days before", _compile(r"""
        (?:(?i:the)\s+)?(?P<n><COUNT>)\s+(?i:days)\s+(?i:up\s+to|to|ending(?:\s+on)?|until|till|through)\s+  # "the ten days
        (?P<d1><DAY>)\s+(?:of\s+)?(?P<m1><MONTH>)(?:,?\s+(?P<year><YEAR>))?           #  up to 30 September"
      """), _resolve_days_before),
    Rule("event days", _compile(r"""
        (?<!\w)(?P<n><COUNT>)-(?i:day)\s+(?:[\w-]+\s+){1,6}?             # "a two-day training that opened
        (?i:(?:that|which)\s+)?(?i:opened|started|began|beginning|starting|opening)\s+
        (?:(?i:in)\s+\p{Lu}[\w-]*\s+)?(?:(?i:on)\s+)?                   #  in Shymkent on 8 September"
        (?P<d1><DAY>)\s+(?:of\s+)?(?P<m1><MONTH>)(?:,?\s+(?P<year><YEAR>))?
      """), _resolve_days_after),
    Rule("day range", _compile(r"""
        (?:(?i:from|between)\s+)?                           # "From 13 to 15 June 2023",
        (?P<d0><DAY>)\s*(?:[-–—]|\s(?i:to|and)\s)\s*      # "13–15 June", "between 13 and 15
        (?P<d1><DAY>)\s+(?:of\s+)?(?P<m1><MONTH>)           #  June" (blind round 2, 2023q2
        (?:,?\s+(?P<year><YEAR>))?                          #  twocol-chromium: a training)
      """), _resolve_day_range),
    Rule("day", _compile(r"""
        (?: (?P<d1><DAY>)\s+(?:of\s+)?(?P<m1><MONTH>)       # "31 March", "20th of April"
          | (?P<m2><MONTH>)\s+(?P<d2><DAY>)                 # "May 11", "October 1"
            (?!\s?(?i:%|percent|thousand|million|billion|KZT|USD|tenge)(?!\w))
        )
        (?:,?\s+(?P<year><YEAR>))?                          # ", 2023"
      """), _resolve_day),
    Rule("month", _compile(r"""
        (?P<month><MONTH>),?\s+(?P<year><YEAR>)<NOTAMOUNT_M>  # "January 2023"
      | (?<=(?<!\w)<PREP>\s+)(?P<month><MONTH>)             # "in June": the report's year
        (?!\s*(?:[-–—]\s*(?:<MONTH>|\d)|\d(?!\d{0,2}[.,]\d)))  # (not "in June–August" nor "in June 15"; "in June – for"
                                                            # is, and "in January 52.1 KZT" too)
      | (?<=<MONTH>(?:,\s*|,?\s+and\s+))(?P<month><MONTH>)    # "in April, May and June": a listed month
        (?!\s*(?:[-–—]|\d))
      | (?P<month><MONTH>)(?=(?:,\s*|,?\s+and\s+)<MONTH>\b)  # "July, August and September brought ...": the list's first
      | (?P<month><MONTH>)(?=\s+alone\b)                      # "January alone accounted for ..."
      | (?P<month><MONTH>)(?=\s+<FLOWNOUN>\s+alone\b)
                                                            # "December receipts alone came to 24.6B tenge"
                                                            # (blind round96, 2023q4 word)
      | (?<=(?:[:;,]\s*|\sand\s))(?P<month><MONTH>)          # "...: January 20.0 bn, February 21.0 bn"
        (?=\s+(?:\d[\d.,]*\s*(?:(?i:bn|billion|mln|million|thousand|KZT|USD|tenge)|[BMK])\b|\d{1,3}(?:,\d{3})+(?![\d.,]*\s*(?i:%|per\s*cent))
                 |\d{1,3}\.\d+(?![\d.,]*\s*(?i:%|per\s*cent|percent))|(?:KZT|USD|US\$|\$)\s?\d))
        #                                                     (", May 29.4 and June 31.1": a decimal, no day)
        #                                                     (", August 47.5 KZT (101.0 million USD)": its scale left out;
        #                                                     ", November KZT 63.8 billion": the currency first)
      | (?<=(?:^|[:;,.•▪◦●■‣∙]\s*|\s[–—]\s|\sand\s|(?<!\w)(?i:in)\s))(?P<month><MONTH>)  # "January: KZT 41.9 bn", "In October – KZT 79.3 bn", "• May – 97.2"
        (?=\s*(?::|\s[–—]\s)\s*(?:KZT|USD|US\$|\$|tenge|\d))
      | (?<=(?:^|[:;,.]\s*|\s(?:and|while|whereas|but)\s))(?P<month><MONTH>)   # "April accounted for KZT 65.0 bn, May
                                                            #  for 70.0 bn", "..., while September saw 56.3 billion"
        (?=\s+<MONTHVERB>\s+<HEDGE>(?:KZT\s*|USD\s*|US\$\s*|\$\s*)?\d)   # "October opened with 68.9 bn": periods.json
                                                            # month_subject_verbs
      | (?<=(?:^|[:;.]\s*))(?P<month><MONTH>)               # "March was the busiest month of the quarter,
        (?=\s+(?i:was|proved|became)\s+(?i:the|a)\s+(?:\w+\s+){0,2}(?i:month)\b)   # with 1,095,218 entries"
      | (?<=(?i:month)\s+(?i:was|proved\s+to\s+be|became)\s+)(?P<month><MONTH>)   # "The busiest month was
        (?!\s*(?:[-–—]|\d))                                 # December, with 1,012,477 entries" (blind round74)
      """), _resolve_month),
    Rule("years", _compile(r"""
        (?P<y1><YEAR>)\s*[-–—]\s*(?P<y2><YEAR>)<NOTAMOUNT>  # "2021–2023"
      """), _resolve_years),
    Rule("year", _compile(r"""
        (?:(?i:all\s+of)\s+)?                               # "all of 2021"
        (?<!(?i:No\.?|№)\s*)(?P<year><YEAR>)<NOTAMOUNT><NOTDOC>     # not "No. 2023", "2023 KZT", "2023 rules"
      """), _resolve_year),
    Rule("same period of", _compile(r"""
        <SAME>\s+(?:(?i:of|in)\s+)?(?P<year><YEAR>)         # "the same quarter of 2022"
      """), _resolve_same_period),
    Rule("relative", _compile(r"""
        (?<!\w)(?<!(?i:\b(?:closed|ended|opened|finished|started|began)\s+))   # "June closed the quarter at ...": the month's
        """ + alternation(RELATIVE, case_insensitive=True) + r"""(?!\w)
                                                            # table: "the previous quarter" ...
      """), _resolve_relative),
    Rule("one", compiled("|".join(
        rf"(?<=\b(?i:{noun})\b(?:[^.;]|\.(?=\d)){{0,150}}?)(?P<n{i}>(?i:{phrase}))(?!\w)"
        for i, (phrase, noun, _) in enumerate(ONE_PHRASES))), _resolve_one),
]


CYRILLIC = compiled(r"\p{Cyrillic}")


def _ru_rules() -> list:
    """The Russian word orders (periods_ru.py), compiled on the first Cyrillic text only, so that
    an English report never pays for them at start-up."""
    global _RU
    if _RU is None:
        from .periods_ru import RULES_RU
        _RU = list(RULES_RU)
    return _RU


_RU: list | None = None


def _rule_name(rank: int) -> str:
    return RULES[rank].name if rank < len(RULES) else _ru_rules()[rank - len(RULES)].name

# "remain as of 2022" means "as in 2022": a bare year is a point in time only after "the end of".
NOT_STOCKS = {"year", "years"}
END_WORD = compiled(r"\b(?:end|close)\b", regex.IGNORECASE)
# "at the start of 2023": a stock on the period's first day.
# A period that leads an amount of its own: "(and) August 1,198,640", "September saw only 947.1
# thousand", "May: KZT 70.0 bn" (attach.py: such a period is not the one of a metric cue before it)
LEADS_AMOUNT = _compile(r"""
    \s*(?:[:–—]\s*)?(?:<MONTHVERB>\s+)?<HEDGE>(?:KZT\s*|USD\s*|US\$\s*|\$\s*)?\d
    """)
# a sentence's end: a stop, space and a capital
SENTENCE_BREAK = compiled(r"[.!?]\s+(?=\p{Lu})")


def flow_dated_after(text: str, stock: PeriodMatch, later) -> bool:
    """A sentence after the stock day's dates a flow again (a span, not a day), so the day no
    longer holds for what follows ("As of 31 March 2022, 141,860 ... lived ... 48.2 thousand
    foreign workers were registered in the first quarter of 2022. Uzbekistan supplied 49.6% of
    them": blind round69, 2022q1 onecol-reportlab); `later` are the periods that may (the
    caller's, up to the figure)."""
    return any(p.start > stock.end and not p.stock and p.period_start != p.period_end
               and SENTENCE_BREAK.search(text, stock.end, p.start) for p in later)


START_WORD = compiled(r"\b(?:start|beginning|opening)\b", regex.IGNORECASE)

STOCK_BEFORE = _compile(r"""
    (?<!\w)<STOCK>\s+$                                      # "as of ", "at the end of "
    """)


# --- the finder --------------------------------------------------------------------------------

def _all_hits(text: str, report_start: date, report_end: date) -> list[Hit]:
    hits = []
    rules = RULES + _ru_rules() if CYRILLIC.search(text) else RULES
    for rank, rule in enumerate(rules):
        # relative phrases may overlap ("The quarter-on-quarter increase": "the quarter" and
        # "quarter-on-quarter"); every one is a hit, the longest wins (_longest_first)
        for m in rule.pattern.finditer(text, overlapped=rule.name == "relative"):
            hits += [replace(h, rank=rank) for h in rule.resolve(m, report_start, report_end)]
    return hits


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, a longer one beating any shorter one it overlaps; text order."""
    chosen: list[Hit] = []                          # kept sorted by start
    starts: list[int] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.rank, h.start)):
        i = bisect_left(starts, hit.start)
        if (i == 0 or chosen[i - 1].end <= hit.start) and (i == len(chosen) or hit.end <= starts[i]):
            chosen.insert(i, hit)
            starts.insert(i, hit.start)
    return chosen


def _as_match(hit: Hit, text: str) -> PeriodMatch:
    """The PeriodMatch for `hit`, taking in a stock prefix ('as of') standing before it."""
    start, first, stock = hit.start, hit.first, False
    window = max(0, hit.start - STOCK_PREFIX_WINDOW)
    prefix = STOCK_BEFORE.search(text[window:hit.start])
    last = hit.last
    if prefix and START_WORD.search(prefix[0]):
        start, first, last, stock = window + prefix.start(), hit.first, hit.first, True
    elif prefix and (_rule_name(hit.rank) not in NOT_STOCKS or END_WORD.search(prefix[0])):
        start, first, stock = window + prefix.start(), hit.last, True
    elif hit.first == hit.last and START_WORD.search(text[hit.start:hit.end]):
        stock = True        # "at the start of the year": a day named as a phrase of its own
    return PeriodMatch(start, hit.end, text[start:hit.end], first.isoformat(),
                       last.isoformat(), relative=hit.relative, stock=stock, same_span=hit.same_span,
                       anaphoric=hit.anaphoric)


def find_periods(text: str, report_start: date, report_end: date) -> list[PeriodMatch]:
    """Every period or date in `text`, in order, non-overlapping, resolved against the report's
    period (`report_start`..`report_end`).

    >>> q1 = date(2023, 1, 1), date(2023, 3, 31)
    >>> [(p.text, p.period_start, p.period_end, p.relative) for p in
    ...  find_periods("than in the previous quarter and in Q1 2023 and 2022", *q1)]
    [('the previous quarter', '2022-10-01', '2022-12-31', True), ('Q1 2023', '2023-01-01', '2023-03-31', False), ('2022', '2022-01-01', '2022-03-31', False)]
    >>> [(p.text, p.period_start, p.stock) for p in find_periods("as of 31 March 2023", *q1)]
    [('as of 31 March 2023', '2023-03-31', True)]
    """
    return list(_periods_of(text, report_start, report_end))


@lru_cache(maxsize=4096)
def _periods_of(text: str, report_start: date, report_end: date) -> tuple[PeriodMatch, ...]:
    """find_periods, once per text and period: a paragraph is asked for again by its sentences,
    its table rows and the number accounting."""
    hits = _longest_first(_all_hits(text, report_start, report_end))
    return _quarter_lists(tuple(_event_length(_as_match(hit, text), text) for hit in hits), text)


# "Over April, May and June 2025 the border service counted ...": the three months of a quarter
# named as a bare list are the quarter; not where "respectively" hands them out one by one, nor
# after a list of numbers they pair with
MONTH_LIST_JOIN = compiled(r"\s*,\s*(?:and\s+)?|\s+and\s+")
RESPECTIVELY_LATER = compiled(r"(?:[^.;]|\.(?=\d))*?\brespectively\b", regex.I)


def _quarter_lists(found: tuple[PeriodMatch, ...], text: str) -> tuple[PeriodMatch, ...]:
    out: list[PeriodMatch] = []
    for m in found:
        run = out[-2:] + [m]
        if len(run) == 3 and all(_one_month(x) for x in run) and _calendar_quarter(run) \
                and all(MONTH_LIST_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(run, run[1:])) \
                and not RESPECTIVELY_LATER.match(text, m.end) and not _numbers_listed_before(text, run[0].start):
            # the list's year is its last month's ("July, August and September 2023")
            first = date.fromisoformat(run[0].period_start).replace(year=date.fromisoformat(m.period_end).year)
            out[-2:] = [PeriodMatch(run[0].start, m.end, text[run[0].start:m.end], first.isoformat(), m.period_end,
                                    relative=m.relative)]
        else:
            out.append(m)
    return tuple(out)


NUMBER = compiled(r"\d+(?:[.,]\d+)*")
LISTED_BEFORE_REACH = 60


def _numbers_listed_before(text: str, at: int) -> bool:
    """Numbers listed before the months in their sentence ("61.2, 63.5 and 70.4 bn KZT in April,
    May and June"): each is a month's."""
    before = regex.split(r"[.;:!?]\s", text[max(0, at - LISTED_BEFORE_REACH):at])[-1]
    return len(NUMBER.findall(before)) >= 2


def _one_month(m: PeriodMatch) -> bool:
    a = date.fromisoformat(m.period_start)
    return not m.stock and a.day == 1 and m.period_end == _month_end(a.year, a.month).isoformat()


def _calendar_quarter(run: list[PeriodMatch]) -> bool:
    """Three months in a row that make a quarter, of one year or of the last one's, the first
    ones printed without a year."""
    months = [date.fromisoformat(x.period_start) for x in run]
    return months[0].month % 3 == 1 and all(b.month == a.month + 1 for a, b in zip(months, months[1:])) \
        and all(x.relative or d.year == months[-1].year for x, d in zip(run, months))


# "On 21 May 2026 IOM held a two-day round table": the days an event starting on a date lasts
EVENT_DAYS = compiled(r"[^.;\d]{0,50}?\b(?P<n>two|three|four|five|2|3|4|5)[-\s]days?\s+(?:[\p{L}-]+\s+){0,2}?"
                           r"(?:training|round\s+table|roundtable|workshop|seminar|course|conference|meeting|session|"
                           r"forum|exercise|consultation|study\s+visit|event)s?\b", regex.I)
DAY_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
# "on 21 September 2022, some 200 thousand citizens crossed into Kazakhstan in ten days": the days
# that follow a date in its sentence ("of arrival", "after", "before" make it a time limit instead)
SPAN_DAYS = compiled(r"[^.;]{0,160}?\b(?:in|within|over)\s+(?:the\s+(?:next|following|first)\s+)?"
                     r"(?P<n>\d{1,2}|[\p{L}-]+)\s+days\b(?!\s+(?:of|after|before|from)\b)", regex.I)
SPAN_WORDS = {w.lower(): int(v) for w, v in load_tables("numbers")["number_words"].items()}
SPAN_DAYS_MAX = 31


def _event_length(m: PeriodMatch, text: str) -> PeriodMatch:
    """A single day followed in its sentence by "a two-day <event>" is the event's span, its
    first day to its last (blind round39, 2026q2 onecol-reportlab); so is one followed by "in
    ten days", "over the next five days"."""
    if m.period_start != m.period_end or m.stock:
        return m
    k = EVENT_DAYS.match(text, m.end)
    if k is not None:
        n = DAY_COUNTS.get(k.group("n").lower()) or int(k.group("n"))
    else:
        # the days that follow the date ("... in ten days": blind designer81,
        # 2022q3 chromium), its first day to its last
        k = SPAN_DAYS.match(text, m.end)
        word = k.group("n").lower() if k else ""
        n = int(word) if word.isdigit() else SPAN_WORDS.get(word, 0)
        if not 2 <= n <= SPAN_DAYS_MAX:
            return m
    last = date.fromisoformat(m.period_start) + timedelta(days=n - 1)
    return replace(m, period_end=last.isoformat())
