"""Statements and their frames.

A statement is one number, or numbers printed as one ("KZT 31.2 billion (USD 68.6 million)
(18.4%)"). Its frame says what each number is (a total, a monthly average, a share, a change,
a rate, or no figure), from the slots around it in its clause. Frames are rows of
data/frames.json (an id, the number's kind, named conditions, the statistic); the conditions
are the small predicates below, each reading one slot.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources

import regex

from .clauses import Clause
from .cues import cues
from .lang import pattern
from .numbers import APPROX_AT_START, CURRENCY_WORDS, SCALE_RE, SCALES, glued_sign
from .periods import MONTH_RE
from .types import Entity, Quantity
from .regexes import REMAINDER_WORDS, compiled

# Text between two quantities that makes them one statement ("X KZT (Y USD) (share – Z%)").
PAIRED = compiled(r"""
    ^(?:\s*[a-z]+){0,2}\s*(?:(?=\()|,?\s*or\b)           # "30,108 persons (52.0%)", "28,042 persons, or 47.6%"
    [\s()\[\],:;–—-]*$
  | ^[\s()\[\],:;–—-]*                                   # brackets, dashes
    (?:or|i\.e\.|equivalent\s+to|about|approximately|    # "120.5 billion KZT or 265 million USD"
       (?:(?:a|the|its)\s+)?share(?:\s+of\s+[\w\s]{0,30}?)?)?   # "(share of the total amount – 29.7%)",
    #                                                    "(USD 90.1 million; a share of 20.4%)"
    [\s()\[\],:–—-]*$
""", regex.I | regex.VERBOSE)
SHARE_ENDS = compiled(r"\s*(?:of\s+(?:the\s+|all\s+)?(?:total|transfers|remittances|money|sum)\s*)?(?:[.,;)]|$)", regex.I)
EQUIVALENT = compiled(r"\bequivalent\s+to\b|\bi\.e\.", regex.I)   # "KZT 100.0 billion, equivalent to USD 220.0 million"
# "60.80 billion KZT (134.6 million USD) leave on average": an average stated after the amount.
AVERAGE_AFTER = pattern("average_after")        # rows of data/patterns.json and patterns.ru.json
# A percent whose sign is given by the word after it ("2.56 percent below the monthly mean").
SIGN_AFTER = pattern("sign_after")              # "... на 3,1% меньше, чем ..."
# "up 24.8 per cent from the same period", "down 3.1%": the sign printed just before.
SIGN_BEFORE = pattern("sign_before")
# "..., incoming transfers by 33.0 per cent": the gapped clause keeps only "by".
BY_BEFORE = pattern("by_before")                # "..., а входящие на 5,6%"
MONTH_BEFORE = pattern("month_before")          # "in December", "в декабре"
RANGE_AFTER = compiled(r"\s*[-–—]\s*\p{Lu}")   # "in April–June": a span, not a month ("in June – for ..." is)
MONTH_LABEL = pattern("month_label")
# "30.2, 31.5 and 36.7 billion tenge in October, November and December respectively": each
# amount of the list is a month's, whatever "monthly" said before the list
MONTHS_LISTED_AFTER = pattern("months_listed_after")
COMPARED_LEAD = pattern("compared_lead")        # "..., up from 980 a year earlier"
PART_AFTER = pattern("part_after")              # "...; 19 of them represented government bodies"
PART_INTRO = pattern("part_intro")              # "..., of whom 900 went to Germany"            # "...: January 20.0 bn, February 21.0 bn"
SCALE_WORDS = compiled(r"thousand|million|billion|mln|bn", regex.I)
# How far before a percent a change or share word still speaks of it.
CHANGE_REACH = 50
SHARE_REACH = 30
SHARE_LEAD = 60


@dataclass
class Statement:
    """Numbers printed as one statement, in one clause."""
    quants: list[Quantity]
    clause: Clause
    entity: Entity | None = None
    rules: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.quants[0].start

    @property
    def end(self) -> int:
        return self.quants[-1].end


@dataclass(frozen=True)
class Slots:
    """What a frame's conditions read: the number, its statement, and the text around it."""
    text: str
    q: Quantity
    stmt: Statement
    lead: str                 # its clause's text before the number
    after: str                # the text after the number, to the clause's end
    after_stmt: str           # the text after the whole statement, to its clause's end
    window: str               # the text since the sentence's previous statement
    metric: str | None        # the metric attached so far
    prev_change: bool         # the sentence's previous statement was a change
    prev_count: bool          # ... was a count, coordinated with this one
    sentence_stat: str | None
    subject: str = ""         # the sentence's text before its first statement


# "averaged 52,5 billion KZT per month across 412.3 thousand transactions": a count an averaged
# amount is spread over is a total, the average the amount's
SPREAD_OVER = compiled(r"\d[^\d;]*\b(?:across|over)\s+(?:some\s+|about\s+|nearly\s+|almost\s+|roughly\s+)?$", regex.I)


# a group's name read as its remainder: "Other CIS", "the remaining CIS states", "rest of the CIS"
REMAINDER_BEFORE = compiled(r"\b" + REMAINDER_WORDS + r"(?:\s+the)?\s+$", regex.I)


@lru_cache(maxsize=1)
def frames() -> list[dict]:
    data = json.loads(resources.files("extractor.data").joinpath("frames.json").read_text("utf-8"))
    return data["frames"]


# what joins the second amount of a pair to the first: "71.35 billion KZT sent and 52.4 ..."
PAIR_JOIN = compiled(r"\s*(?:[^\W\d]+\s+){0,2}?(?:,\s*)?(?:and|or|,)\s*", regex.I)


# A bare decimal number this small after a name, in a list of percents, is a percent too.
IMPLIED_PERCENT_MAX = 100
TIGHT_NAME = compiled(r"^[\s:–—\-(]*(?:(?:the\s+)?(?:[a-z]+\s+)?(?:with|for|at)\s+)?$", regex.I)   # "Türkiye followed with 8.0"


# "..., whereas incoming ones fell by 30.0 (from ...)": a bare number after a change verb and "by"
BY_CHANGE = compiled(r"\b(?:rose|fell|grew|declined|increased|decreased|dropped|climbed|shrank|"
                          r"expanded|went\s+(?:up|down)|up|down)\s+by\s+$"
                          # a gapped clause: "..., incoming ones by 12.5" after "... fell by 8.5 per cent"
                          r"|(?:,\s*|\band\s+)(?:the\s+)?\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}\s+by\s+$", regex.I)


# "the distribution, in per cent, was:", "(in %)": the sentence's plain numbers are percents
IN_PERCENT = pattern("in_percent")     # "... were (per cent of CIS entries): Uzbekistan – 41.5, ..."
SHARES_OF = pattern("shares_of")


# "The largest shares went to nationals of Uzbekistan (49.8)": a sentence of shares by name
SHARES_WENT = compiled(r"\bshares?\s+(?:[\w-]+\s+){0,3}?(?:went|go|goes|fell|belonged)\s+to\b|\b(?:largest|biggest|main|"
                            r"leading|highest)\s+shares\b", regex.I)
# "9,176 (15.8)": a bare number in brackets right after a count ("the figures in brackets are
# shares in per cent")
BRACKET_AFTER = compiled(r"\s*\(\s*")


def _as_percent(q: Quantity) -> Quantity:
    return Quantity(q.start, q.end, q.text, q.value, "percent", q.currency, q.scale_stated, q.direction,
                    q.flags + ("percent_implied",))


def implied_percents(text: str, quants: list[Quantity], ents) -> list[Quantity]:
    """"the Russian Federation contributed 12.2 per cent, China 9.5, Türkiye 7.3 and India
    3.1", "Kyrgyzstan 6.7, Tajikistan 4.0 and Azerbaijan 1.2 percent": a plain number below 100
    printed right after a name, in a sentence whose neighbouring number is a percent, is a
    percent (flag percent_implied)."""
    out = list(quants)
    for i, q in enumerate(quants):
        if q.kind != "count" or q.value >= IMPLIED_PERCENT_MAX or "spelled_out" in q.flags:
            continue
        sentence = text[max(text.rfind(". ", 0, q.start) + 1, 0):q.start]
        stop = text.find(". ", q.end)
        whole = sentence + text[q.start:stop if stop >= 0 else len(text)]
        # the sentence says its numbers are percents, before them or after ("Uzbekistan (14.6),
        # China (8.2) ... follow; the shares, in per cent, are ...": blind designer30, 2024q4 chromium)
        bracketed = i > 0 and bool(BRACKET_AFTER.fullmatch(text, quants[i - 1].end, q.start))
        if IN_PERCENT.search(whole) and (bracketed or any(
                e.end <= q.start and TIGHT_NAME.match(text[e.end:q.start]) for e in ents)):
            out[i] = _as_percent(q)     # "the distribution, in per cent, was: Russia – 44.5, ..."
            continue
        if bracketed and _bracketed_like_before(text, quants, i, len(sentence)):
            out[i] = _as_percent(q)     # "Atyrau 4,215 (21.2 per cent of the total), Astana 2,640 (13.3)"
            continue
        if SHARES_WENT.search(sentence) and any(e.end <= q.start and BRACKET_AFTER.fullmatch(text[e.end:q.start])
                                                for e in ents):
            out[i] = _as_percent(q)     # "The largest shares went to nationals of Uzbekistan (49.8), China (14.2)"
            continue
        if _carried_percent(text, quants, i):
            out[i] = _as_percent(q)     # "43.5 percent against 36.1", "(2.9 and 1.2 respectively)"
            continue
        by_change = BY_CHANGE.search(text[max(0, q.start - 40):q.start])
        shares = SHARES_OF.search(sentence[-80:])       # "the shares of China and Türkiye were 27.5 and 21.5"
        if not by_change and not shares and not any(e.end <= q.start and TIGHT_NAME.match(text[e.end:q.start]) for e in ents):
            continue
        near = [x for x in quants[max(0, i - 1):i] + quants[i + 1:i + 2]
                if not regex.search(r"[.;]\s", text[min(x.end, q.end):max(x.start, q.start)])]
        if shares and any(x.kind == "percent" for x in quants[i + 1:] if text.find(". ", q.end, x.start) < 0):
            out[i] = _as_percent(q)
            continue
        if any(x.kind == "percent" for x in near) or (near and any(
                y.kind == "percent" for y in quants[:i] if text.rfind(". ", y.end, q.start) < 0)):
            out[i] = _as_percent(q)
    return out


CLOSE_AFTER = compiled(r"\s*\)")
NOUN_BRACKET = compiled(r"(?:\s+\p{L}[\p{L}-]*){0,3}\s*\(\s*")     # "4,215 registered workers (21.2 per cent"


def _bracketed_like_before(text: str, quants: list[Quantity], i: int, back: int) -> bool:
    """"Atyrau region 4,215 (21.2 per cent of the total), Almaty city 3,102 (15.6)": a bare
    number bracketed alone after a count, where an earlier item of the sentence brackets a
    percent after its count, is a percent too."""
    q = quants[i]
    if not CLOSE_AFTER.match(text, q.end):
        return False
    start = q.start - back
    return any(quants[j].kind == "percent" and quants[j].start >= start and quants[j - 1].kind == "count"
               and NOUN_BRACKET.fullmatch(text, quants[j - 1].end, quants[j].start) for j in range(1, i))


LIST_JOIN = compiled(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", regex.I)
RATE_BESIDE = compiled(r"\s*(?:\(\s*|,?\s*(?:against|versus|compared\s+with|up\s+from|down\s+from)\s+)", regex.I)


def carried_rates(text: str, quants: list[Quantity]) -> list[Quantity]:
    """"449.37 KZT per US dollar (458.91 in Q1 2023)", "... against 458.91": a bare decimal set
    beside an exchange rate is a rate too (flag unit_from_list)."""
    out = list(quants)
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        if q.kind == "count" and prev.kind == "rate" and DECIMAL.search(q.text) \
                and RATE_BESIDE.fullmatch(text, prev.end, q.start) and "spelled_out" not in q.flags:
            out[i] = Quantity(q.start, q.end, q.text, q.value, "rate", prev.currency, True, q.direction,
                              q.flags + ("unit_from_list",))
    return out
AGAINST = compiled(r"\s*(?:against|versus|vs\.?|compared\s+with)\s*", regex.I)
RESPECTIVELY_AFTER = compiled(r"\s*\)?\s*,?\s*respectively\b", regex.I)
DECIMAL = compiled(r"\d[.,]\d")


def _carried_percent(text: str, quants: list[Quantity], i: int) -> bool:
    """A bare decimal number whose percent sign the sentence gave before: right after a percent
    and "against" ("43.5 percent against 36.1"), or in a list closed by "respectively" after a
    percent ("each less than three percent (2.9 and 1.2 respectively)")."""
    q = quants[i]
    if not DECIMAL.search(q.text):
        return False
    if i and quants[i - 1].kind == "percent" and AGAINST.fullmatch(text, quants[i - 1].end, q.start):
        return True
    j = i
    while j + 1 < len(quants) and LIST_JOIN.match(text[quants[j].end:quants[j + 1].start]) \
            and DECIMAL.search(quants[j + 1].text) and quants[j + 1].kind == "count":
        j += 1
    start = text.rfind(". ", 0, q.start)
    return bool(RESPECTIVELY_AFTER.match(text, quants[j].end)) and any(
        x.kind == "percent" and x.end <= q.start and x.start > start for x in quants[:i])
# ... and with a label before each ("July – 75.0, August – 80.0 and September – 85.0 bn")
LABELLED_JOIN = compiled(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:\p{Lu}\p{Ll}+\s*[–—:-]\s*)?[-−+–]?$")   # (the next one's sign)
# ... or, after a bare number, a name's possessive ("Kyrgyzstan's 7.8 and Tajikistan's 4.0 per
# cent": blind round76, 2025q4 twocol-chromium)
POSSESSIVE_JOIN = compiled(r"^\s*(?:,\s*(?:and\s+)?|and\s+)\p{Lu}\p{Ll}+['’]s\s+$")
PRINTED = compiled(r"\d[\d,]*(?:\.\d+)?")
THOUSANDS = compiled(r"\d[,\s]\d{3}\b")     # "9,215": a count of its own, not a listed amount


def _printed_value(q: Quantity):
    m = PRINTED.search(q.text)
    if not m:
        return None
    digits = m[0].replace(",", ".") if "decimal_comma" in q.flags else m[0].replace(",", "")
    try:
        return Decimal(digits) or None
    except InvalidOperation:
        return None


BILLIONS = compiled(r"\b(?:billions?|bn|bln)\b|\d\s?B\b")


def money_in_billions(quants: list[Quantity], text: str) -> list[Quantity]:
    """"64.8 billion in April": people never come in billions, so an amount with a billion scale
    and no currency is money, in the currency of the sentence's other amounts (else KZT; flag
    currency_implied); so is one listed right after an amount in its scale word ("USD 147.0
    million in April, 158.7 million in May")."""
    money = [q for q in quants if q.kind == "money" and q.currency]
    default = next((q.currency for q in money), "KZT")
    out: list[Quantity] = []
    for q in quants:
        if q.kind == "count" and BILLIONS.search(q.text):
            # the nearest amount in billions before it names the currency ("Türkiye received 30.9
            # billion KZT (14.4%), Kyrgyzstan 14.2 billion"), else the sentence's first amount
            before = [x for x in money if x.end <= q.start and BILLIONS.search(x.text)]
            currency = before[-1].currency if before else default
            q = Quantity(q.start, q.end, q.text, q.value, "money", currency, q.scale_stated, q.direction,
                         q.flags + ("currency_implied",))
        elif q.kind == "count" and out and _listed_after_amount(text, out[-1], q):
            # "USD 147.0 million in April, 158.7 million in May": the list's next item, in the
            # amount's currency (blind designer101, 2026q2 chromium2)
            q = Quantity(q.start, q.end, q.text, q.value, "money", out[-1].currency, q.scale_stated, q.direction,
                         q.flags + ("currency_implied",))
        out.append(q)
    return out


# between two items of a list of monthly amounts: "in April, ", " in May and "
MONTH_LIST_JOIN = compiled(r"\s*(?:in\s+\p{L}+\s*)?(?:,\s*|;\s*)?(?:and\s+)?", regex.I)
# a scale word of numbers.json's table ("million", "mln")
SCALE_WORD = compiled(rf"\b(?:{SCALE_RE})\b")


def _listed_after_amount(text: str, prev: Quantity, q: Quantity) -> bool:
    """A count right after an amount with a currency, in the same scale word and joined to it as
    a list's item ("USD 147.0 million in April, 158.7 million in May")."""
    if prev.kind != "money" or not prev.currency or not MONTH_LIST_JOIN.fullmatch(text, prev.end, q.start):
        return False
    a, b = SCALE_WORD.search(prev.text), SCALE_WORD.search(q.text)
    return bool(a and b and SCALES[a.group().lower()] == SCALES[b.group().lower()])


def distribute_units(text: str, quants: list[Quantity]) -> list[Quantity]:
    """"58.7, 66.1 and 76.6 bn KZT", "(17.2, 6.4 and 1.9 per cent respectively)": plain numbers
    listed before an amount or a percent share its unit and scale (flag unit_from_list)."""
    out = list(quants)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and (LABELLED_JOIN.match(text[out[j].end:out[j + 1].start])
                                    or out[j].kind == "count" and POSSESSIVE_JOIN.match(text[out[j].end:out[j + 1].start])):
            j += 1
        last = out[j]
        plain = all((q.kind == "count" or (q.kind == "money" and q.currency == last.currency  # "KZT 8.0 and 7.0 bn"
                                          and _printed_value(q) == q.value))     # not "$116.3M, ... and $149.2M"
                    and not SCALE_WORDS.search(q.text) and "spelled_out" not in q.flags
                    and not THOUSANDS.search(q.text) and (last.kind != "percent" or q.value <= 100)
                    for q in out[i:j])
        printed = _printed_value(last)
        first = out[i]
        if j > i and first.kind == "money" and first.currency and not SCALE_WORDS.search(first.text) \
                and last.kind == "count" and SCALE_WORDS.search(last.text) and printed \
                and all(q.kind == "count" and not SCALE_WORDS.search(q.text) for q in out[i + 1:j]):
            # "USD 130.5, 135.5 and 140.5 million": the currency before the list, the scale after it
            scale = last.value / printed
            for k in range(i, j + 1):
                q = out[k]
                value = (_printed_value(q) or q.value) * scale
                out[k] = Quantity(q.start, q.end, q.text, value, "money", first.currency, True,
                                  q.direction, q.flags + ("unit_from_list",))
            i = j + 1
            continue
        if j > i and first.kind == "money" and first.currency and SCALE_WORDS.search(first.text) \
                and all(q.kind == "count" and SCALE_WORDS.search(q.text) and BARE_AFTER.match(text, q.end)
                        for q in out[i + 1:j + 1]):
            # "USD 116.3 million, 122.1 million and 141.8 million": the currency before the list
            # goes with each amount of it, the scale printed with each
            for k in range(i + 1, j + 1):
                q = out[k]
                out[k] = Quantity(q.start, q.end, q.text, q.value, "money", first.currency, True,
                                  q.direction, q.flags + ("unit_from_list",))
            i = j + 1
            continue
        if j > i and plain and last.kind in ("money", "percent") and printed:
            scale = last.value / printed if last.kind == "money" else 1
            # a change word before a dash reaches the list's first number only ("were higher – by
            # 6.8 and 9.4 per cent respectively"): the list shares it
            sign = last.direction or next((q.direction for q in out[i:j] if q.direction), 0)
            # ... unless each item prints its own sign ("+9.6 and –21.4 per cent")
            glued = [glued_sign(text, q.start) for q in out[i:j + 1]]
            signed = last.kind == "percent" and all(glued)
            for k in range(i, j):
                q = out[k]
                out[k] = Quantity(q.start, q.end, q.text, q.value * scale, last.kind, last.currency,
                                  True, glued[k - i] if signed else sign, q.flags + ("unit_from_list",))
            sign = glued[-1] if signed else sign
            if sign != last.direction:
                out[j] = Quantity(last.start, last.end, last.text, last.value, last.kind, last.currency,
                                  last.scale_stated, sign, last.flags)
        i = j + 1
    return out


# between one listed amount and the next: "... in April, " | ", May " | " and June " (whether a
# month stands there is MONTH_LABEL's and MONTH_BEFORE's to say)
LIST_ITEM_GAP = compiled(r"\s*(?:(?:in|for)\s+\p{L}+\s*)?(?:,\s*(?:and\s+)?|\s*and\s+|;\s*)(?:\p{L}+\s*(?:[:–—-]\s*)?)?",
                         regex.I)


def month_list_items(text: str, quants: list[Quantity]) -> list[Quantity]:
    """"28.1 billion tenge in April, 29.4 in May and 31.1 in June", "April brought in 28.1 billion
    tenge, May 29.4 and June 31.1": plain numbers listed after an amount with its scale, each
    with its own month, are amounts in that amount's currency and scale (flag unit_from_list)."""
    out = list(quants)
    for i, head in enumerate(quants):
        printed = _printed_value(head)
        if head.kind != "money" or not head.currency or not SCALE_WORDS.search(head.text) or not printed:
            continue
        scale, prev = head.value / printed, head
        for k in range(i + 1, len(out)):
            q = out[k]
            gap = text[prev.end:q.start]
            if q.kind != "count" or SCALE_WORDS.search(q.text) or "spelled_out" in q.flags \
                    or not LIST_ITEM_GAP.fullmatch(gap) or not BARE_AFTER.match(text, q.end) \
                    or not (MONTH_LABEL.search(gap) or _month_after(text[q.end:])):
                break
            out[k] = prev = Quantity(q.start, q.end, q.text, q.value * scale, "money", head.currency, True,
                                     q.direction, q.flags + ("unit_from_list",))
    return out


# "9.8 (9.9%)": a bare number with its share in brackets right after it
SHARE_BRACKET = compiled(r"\s*\(\s*$")
# what stands between one "<number> (<share>)" item and the next name's number: ", Türkiye with "
ITEM_GAP = compiled(r"\s*\)\s*(?:,\s*(?:and\s+)?|and\s+)[^\d.;:()]{1,60}?(?:with|at|for)\s+$", regex.I)


def bracketed_share_items(text: str, quants: list[Quantity]) -> list[Quantity]:
    """"... followed by the United States with 9.8 (9.9%), Türkiye with 6.4 (6.5%) and Germany
    with 4.6 billion (4.7%)": bare numbers each followed by its share in brackets, listed up to
    an amount with its scale, are amounts in that amount's currency and scale (flag
    unit_from_list), the currency taken from the amount before the list where the last prints
    none."""
    out = list(quants)
    n = len(out)
    i = 0
    while i + 1 < n:
        run = []
        k = i
        while k + 2 < n and out[k].kind == "count" and not SCALE_WORDS.search(out[k].text) \
                and SHARE_BRACKET.match(text, out[k].end, out[k + 1].start) and out[k + 1].kind == "percent" \
                and ITEM_GAP.fullmatch(text, out[k + 1].end, out[k + 2].start):
            run.append(k)
            k += 2
        last = out[k] if run else None
        if last is None or not SCALE_WORDS.search(last.text) or last.kind not in ("money", "count"):
            i += 1
            continue
        before = next((q for q in reversed(out[:run[0]]) if q.kind == "money" and q.currency), None)
        currency = last.currency or (before.currency if before is not None else None)
        printed = _printed_value(last)
        if currency is None or not printed:
            i += 1
            continue
        scale = last.value / printed
        for j in run + ([k] if last.kind == "count" else []):
            q = out[j]
            value = q.value if j == k else (_printed_value(q) or q.value) * scale
            out[j] = Quantity(q.start, q.end, q.text, value, "money", currency, True, q.direction,
                              q.flags + ("unit_from_list",))
        i = k + 1
    return _months_after_head(text, _items_after_head(text, out))


# "<amount> in July to " / " in August and ": a month after an amount, then the link to the next
MONTH_LINK = compiled(rf"\s+in\s+{MONTH_RE}(?:\s+\d{{4}})?\s*(?:,\s*(?:and\s+|then\s+)?|and\s+|to\s+|then\s+)$", regex.I)
MONTH_AFTER = compiled(rf"\s+in\s+{MONTH_RE}\b", regex.I)


def _months_after_head(text: str, quants: list[Quantity]) -> list[Quantity]:
    """"volumes eased from 76.1 billion tenge in July to 71.8 in August and 66.7 in September":
    bare numbers each dated to its month, listed after an amount with its currency and scale
    dated to its own month, are amounts in that amount's currency and scale (flag
    unit_from_list; blind designer104, 2024q3 reportlab)."""
    out = list(quants)
    for i, head in enumerate(out):
        printed = _printed_value(head)
        if head.kind != "money" or not head.currency or not SCALE_WORDS.search(head.text) or not printed:
            continue
        k = i + 1
        while k < len(out) and out[k].kind == "count" and not SCALE_WORDS.search(out[k].text) \
                and MONTH_LINK.fullmatch(text, out[k - 1].end, out[k].start) and MONTH_AFTER.match(text, out[k].end):
            q = out[k]
            out[k] = Quantity(q.start, q.end, q.text, (_printed_value(q) or q.value) * head.value / printed, "money",
                              head.currency, True, q.direction, q.flags + ("unit_from_list",))
            k += 1
    return out


# between a head amount's bracketed share and the first bare item's number: "% of the total),
# followed by Türkiye with "
HEAD_GAP = compiled(r"[^()\d;]{0,30}\)\s*,\s*[^\d.;:()]{1,60}?(?:with|at|for)\s+$", regex.I)


def _items_after_head(text: str, quants: list[Quantity]) -> list[Quantity]:
    """"... led with KZT 61.8 billion (28.8% of the total), followed by Türkiye with 39.1 (18.2%),
    Uzbekistan with 33.5 (15.6%) and China with 18.3 (8.5%)": bare numbers each followed by its
    share in brackets, listed after an amount with its currency and scale and its own share, are
    amounts in that amount's currency and scale (flag unit_from_list; blind round97, 2025q2
    onecol-fpdf)."""
    out = list(quants)
    for i in range(len(out) - 3):
        head, share = out[i], out[i + 1]
        printed = _printed_value(head)
        if head.kind != "money" or not head.currency or not SCALE_WORDS.search(head.text) or not printed \
                or share.kind != "percent" or not SHARE_BRACKET.match(text, head.end, share.start) \
                or not HEAD_GAP.fullmatch(text, share.end, out[i + 2].start):
            continue
        k = i + 2
        while k + 1 < len(out) and out[k].kind == "count" and not SCALE_WORDS.search(out[k].text) \
                and SHARE_BRACKET.match(text, out[k].end, out[k + 1].start) and out[k + 1].kind == "percent":
            q = out[k]
            out[k] = Quantity(q.start, q.end, q.text, (_printed_value(q) or q.value) * head.value / printed, "money",
                              head.currency, True, q.direction, q.flags + ("unit_from_list",))
            if k + 2 >= len(out) or not ITEM_GAP.fullmatch(text, out[k + 1].end, out[k + 2].start):
                break
            k += 2
    return out


CURRENCY_TERMS = pattern("currency_terms")        # "in dollar terms", "in tenge terms", "expressed in US dollars"
CLAUSE_END = compiled(r";|\.(?!\d)")
CURRENCY_WORD = compiled(r"\b(?:" + "|".join(map(regex.escape, sorted(CURRENCY_WORDS, key=len, reverse=True))) + r")\b", regex.I)


def currency_terms(text: str, quants: list[Quantity]) -> list[Quantity]:
    """"In dollar terms they came to 65.8, 64.1 and 76.8 million in October, November and
    December respectively": a scaled number that names nothing after it, in the clause a phrase
    "in dollar (tenge) terms" opens, is an amount in that currency (flag currency_from_phrase)."""
    out = list(quants)
    for m in CURRENCY_TERMS.finditer(text):
        stop = CLAUSE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        named = CURRENCY_WORD.search(m.group())
        currency = CURRENCY_WORDS.get(named.group().lower(), "USD") if named else "USD"
        for i, q in enumerate(out):
            if m.end() <= q.start < end and q.kind == "count" \
                    and (SCALE_WORDS.search(q.text) or "unit_from_list" in q.flags) \
                    and BARE_AFTER.match(text, q.end):
                out[i] = Quantity(q.start, q.end, q.text, q.value, "money", currency, q.scale_stated,
                                  q.direction, q.flags + ("currency_from_phrase",))
    return out


# between two amounts of a list: a comma or "and" (fullmatched; LIST_JOIN above is anchored)
AMOUNT_LIST_JOIN = compiled(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def currency_forward(text: str, quants: list[Quantity]) -> list[Quantity]:
    """"(USD 147.4 million, 153.5 million and 148.6 million respectively)": scaled numbers listed
    right after an amount, naming nothing after them, are in its currency (flag unit_from_list)."""
    out = list(quants)
    for i in range(1, len(out)):
        prev, q = out[i - 1], out[i]
        if prev.kind == "money" and prev.currency and SCALE_WORDS.search(prev.text) \
                and q.kind == "count" and SCALE_WORDS.search(q.text) \
                and AMOUNT_LIST_JOIN.fullmatch(text, prev.end, q.start) \
                and (BARE_AFTER.match(text, q.end) or RESPECTIVELY_AFTER.match(text, q.end)):
            out[i] = Quantity(q.start, q.end, q.text, q.value, "money", prev.currency, q.scale_stated,
                              q.direction, q.flags + ("unit_from_list",))
    return out


OPEN_BRACKET = compiled(r"^\s*\(\s*$")
# What follows an amount that names nothing after it: a list's punctuation, "and", "in", the end.
BARE_AFTER = compiled(r"\s*(?:[,;:)]|\.(?!\d)|and\b|in\b|$)")


def pair_currency(text: str, quants: list[Quantity]) -> list[Quantity]:
    """"KZT 65.0 bn (US$140.0 mln), May for 70.0 bn (150.0 mln)": a scaled number in brackets
    after an amount, where the sentence printed the same pair with both currencies before, is
    in the bracket currency of that pair (flag currency_from_pair)."""
    out = list(quants)
    pairs: dict[str, str] = {}
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if _bare_before_pair(text, a, b):
            # "followed with 52.8 (113.0 million USD)": the other currency of the pair, its scale
            # left to be inferred (flag currency_from_bracket)
            out[k - 1] = Quantity(a.start, a.end, a.text, a.value, "money", OTHER_CURRENCY[b.currency], False,
                                  a.direction, a.flags + ("currency_from_bracket",))
            continue
        if a.kind != "money" or not OPEN_BRACKET.match(text[a.end:b.start]):
            continue
        if b.kind == "money" and b.currency and a.currency and b.currency != a.currency:
            pairs[a.currency] = b.currency
        elif b.kind == "count" and SCALE_WORDS.search(b.text) and a.currency in pairs:
            out[k] = Quantity(b.start, b.end, b.text, b.value, "money", pairs[a.currency], True,
                              b.direction, b.flags + ("currency_from_pair",))
    return out


OTHER_CURRENCY = {"USD": "KZT", "KZT": "USD"}
BARE_DECIMAL = compiled(r"\d{1,4}[.,]\d{1,2}")


def _bare_before_pair(text: str, a: Quantity, b: Quantity) -> bool:
    """A decimal printed alone (no scale, currency or unit) right before a bracket that opens with
    an amount in one currency and its scale: the same amount in the other currency."""
    return (a.kind == "count" and BARE_DECIMAL.fullmatch(a.text) is not None and "spelled_out" not in a.flags
            and b.kind == "money" and b.currency in OTHER_CURRENCY and SCALE_WORDS.search(b.text) is not None
            and OPEN_BRACKET.match(text[a.end:b.start]) is not None and _at_a_rate(a.value, b))


# Tenge to the dollar a pair of amounts may stand at (a share before a bracketed amount,
# "Türkiye 24.6 (KZT 52.8 billion)", is at none)
PAIR_RATE = (Decimal(250), Decimal(800))


def _at_a_rate(bare: Decimal, b: Quantity) -> bool:
    """Some scale (thousand, million, billion) puts the bare number and the bracketed amount at a
    rate of tenge to the dollar."""
    for scale in (Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9):
        amount = bare * scale
        rate = b.value / amount if b.currency == "KZT" else amount / b.value
        if PAIR_RATE[0] <= rate <= PAIR_RATE[1]:
            return True
    return False


def _opens_list(text: str, q: Quantity, quants: list[Quantity]) -> bool:
    """`q` opens a bracketed list of numbers ("(USD 130.5, 135.5 and 140.5 million)"): the
    list restates a list before the bracket item by item, so `q` is no pair of the number
    before the bracket alone."""
    later = [x for x in quants if x.start >= q.end]
    # "($17.7M, 4.5%)": an amount and its share, no list
    return bool(later) and (later[0].kind == "percent") == (q.kind == "percent") \
        and LIST_JOIN.match(text[q.end:later[0].start]) is not None \
        and ("(" in text[max(0, q.start - 6):q.start]       # also ", or $116.3M, $130.6M and $149.2M",
             or regex.search(r"\b(?:or|i\.\s?e\.|that\s+is)\s*$", text[max(0, q.start - 10):q.start]) is not None)   # "i.e. 8,3% and 3,6%"


def group_statements(text: str, quants: list[Quantity], clause_of) -> list[Statement]:
    """Numbers printed together form one statement; each other number its own."""
    stmts: list[Statement] = []
    for q in quants:
        if stmts:
            s = stmts[-1]
            between = text[s.end:q.start]
            units = {(x.kind, x.currency) for x in s.quants}
            # "KZT 20.0 bn ($40.0 mln), 10.0 percent." (not "..., 10.0% from the United States")
            money_share = (q.kind == "percent" and all(x.kind == "money" for x in s.quants)
                           and regex.fullmatch(r"\)?\s*,\s*", between) is not None
                           and SHARE_ENDS.match(text, q.end) is not None)
            # "KZT 38.5 bn / USD 85.5 mln": a slash between amounts in two currencies pairs them too
            slashed = q.kind == "money" and regex.fullmatch(r"\s*/\s*", between) is not None
            paired = PAIRED.match(between) and ("(" in between or "or" in between.lower() or money_share
                                                 or "share" in between.lower() or EQUIVALENT.search(between))
            if (slashed or paired) and (q.kind, q.currency) not in units and not _opens_list(text, q, quants):
                s.quants.append(q)
                continue
        stmts.append(Statement([q], clause_of(q.start)))
    return stmts


def _sign(s: Slots) -> int:
    if s.q.direction:
        return s.q.direction
    m = SIGN_AFTER.match(s.after[:12])
    if m:
        return -1 if m.group("neg") else 1
    b = SIGN_BEFORE.search(s.lead[-10:])
    if b:
        return -1 if b.group("neg") else 1
    n = NOUN_CHANGE.search(s.lead[-100:])
    if n:
        return -1 if n.group("neg") else 1
    return 0


# "the decline in incoming transfers was 10.2 per cent": a change noun, then a copula before the number
NOUN_CHANGE = compiled(r"\b(?:(?P<neg>decline|decrease|fall|drop|reduction|contraction|dip|shortfall)|"
                            r"(?:increase|rise|growth|gain|jump|surge))\b[^.;,()]{0,60}?"
                            r"\b(?:was|were|amounted\s+to|came\s+to|reached|stood\s+at|totall?ed)\s+$", regex.I)


# "... were down 11.0 per cent and incoming ones 7.0 per cent": a bare subject between two numbers
GAPPED_SUBJECT = compiled(r"^\s*,?\s*(?:and|while|whereas|but)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s*$", regex.I)


def _gapped_subject(s: Slots) -> bool:
    return bool(GAPPED_SUBJECT.match(s.window)) and not cues()["share"].search(s.window)


def _named_bracket(s: Slots) -> bool:
    """"... more than citizens of Uzbekistan (38.0%)": a percent in brackets right after its name
    is that name's share, whatever comparison stands before."""
    e = s.stmt.entity
    return e is not None and e.end <= s.q.start and bool(regex.match(r"^\s*\(\s*$", s.text[e.end:s.q.start]))


def _share_before(s: Slots) -> bool:
    return bool(cues()["share"].search(s.lead[-SHARE_REACH:]))


def _scaled_with_metric(s: Slots) -> bool:
    scaled = s.q.value >= 1000 or "spelled_out" in s.q.flags or SCALE_WORDS.search(s.q.text)
    return bool(scaled and s.metric)


# "(by 18.0% and 20.5% respectively)": the next item of a list of changes
LISTED_AFTER = compiled(r"\s*(?:,\s*(?:and\s+)?|and\s+)", regex.I)
LISTED_NUMBER = compiled(r"^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)\d[\d.,]*")


def _count_noun(s: Slots) -> bool:
    """A count noun after the number, or after the next number of its list ("400 and 360 workers")."""
    rest = s.text[s.q.end:s.q.end + 80]
    listed = LISTED_NUMBER.match(rest)
    return bool(cues()["count_nouns"].match(s.after[:60])
                or (listed and cues()["count_nouns"].match(rest[listed.end():])))


# a comparison's lead, past the earlier items of its list: "compared with 28.46 billion in Q3 and "
COMPARED_LIST = compiled(r"^\s*(?:against|versus|vs\.?|compared\s+(?:with|to)|(?:down|up)\s+from)\s+"
                              r"(?:[^,;]*\d[^,;]*\s+and\s+)?(?:some\s+|about\s+|around\s+)?$", regex.I)
WHEN_CLAUSE = compiled(r"\s*(?:when|at\s+which\s+time)\b", regex.I)


def _average_cue(s: Slots) -> bool:
    """An average word in the clause before the amount, in the words since the previous
    statement ("below the monthly average of the fourth quarter (KZT 56.1 billion)"), or just
    after it ("... leave on average")."""
    # "The monthly average, KZT 60.0 billion, was ...": an amount set off right after the words
    # (only a hedge between: "On average, about 37.5 billion tenge was sent ...")
    parts = regex.split(r"[,;]", s.lead)
    lead = parts[-1] if APPROX_AT_START.sub("", parts[-1].strip() + " ").strip() or len(parts) < 2 else parts[-2]
    since = regex.split(r"[,;]", s.window)
    window = since[-1]
    if len(since) > 1 and WHEN_CLAUSE.match(since[-1]) and cues()["average"].search(since[-2]):
        return True         # "... than the monthly average of April – June, when it stood at KZT 62.4 billion"
    parts = regex.split(r"[,;]", s.text[:s.q.start])
    if len(parts) > 1 and COMPARED_LIST.match(parts[-1]) and cues()["average"].search(parts[-2]):
        # "... a month on average, compared with 28.46 billion in the third quarter and 59.18
        # billion in the last quarter of 2022": the compared values of an average are averages
        return True
    words = [m.end() for m in cues()["average"].finditer(lead)]
    if words and any(m.start() >= words[-1] and not RANGE_AFTER.match(lead, m.end()) for m in MONTH_BEFORE.finditer(lead)):
        return False        # "Monthly outflows ... peaked in June at 72.1 bn": June's amount ("for April–June" is none)
    # "Averaged per month, outgoing transfers came to 65.87 billion tenge": a short average phrase
    # opening the sentence, set off by a comma, before its first amount
    head, *rest = regex.split(r"[,;]", s.subject)
    opening = bool(rest) and len(head.split()) <= FRONTED_AVERAGE_WORDS and s.window.strip() == s.subject.strip() \
        and bool(cues()["average"].search(head))
    return bool(words or opening or cues()["average"].search(window) or _average_after(s) or _fronted_for(s))


FRONTED_AVERAGE_WORDS = 4


def _average_after(s: Slots) -> bool:
    """An average word right after the statement ("... leave on average"), not one that opens
    the next amount (", on average 30.9 billion a month": blind round59, 2023q2 word); the
    statement's text runs on to the next number, so the pattern looks on past it."""
    return bool(AVERAGE_AFTER.match(s.text[s.stmt.end:s.stmt.end + len(s.after_stmt) + 40]))


def _compared_average(s: Slots) -> bool:
    """"The monthly average was 6.5 per cent lower than in the previous quarter (KZT 70.25
    billion)": an amount in brackets after a comparison is the compared period's value of what the
    sentence's subject names, an average where the subject is one."""
    return (s.stmt.clause.rule == "CL:bracket" and bool(cues()["comparison"].search(s.window))
            and bool(cues()["average"].search(s.subject)))


# "... against KZT 170.5 billion for the whole of January–March": a quarter's total
WHOLE_PERIOD_AFTER = compiled(r"\s*(?:for|over|in)\s+(?:the\s+)?(?:whole|entire|full)\b|\s*(?:for|over)\s+the\s+"
                                   r"(?:quarter|period|year)\s+as\s+a\s+whole\b|\s*in\s+total\b", regex.I)
# "At KZT 60.5 billion, the average monthly volume was ...": an amount fronted by "at"/"with"
FRONTED_AT = compiled(r"^\W*(?:at|with)\s+$", regex.I)
SUBJECT_AFTER = compiled(r"\s*,\s*([^,;]{0,40})")


def _fronted_for(s: Slots) -> bool:
    """An amount fronted ("At KZT 60.5 billion, ...") is what the subject after the comma
    names: an average where that subject is one ("the average monthly volume")."""
    m = SUBJECT_AFTER.match(s.after_stmt) if FRONTED_AT.match(s.lead) else None
    return bool(m and cues()["average"].search(m.group(1)))


# "■ police officers: 18": a list item's label ending in a count noun, then a colon
LABEL_BEFORE = compiled(r"(?:^|[■•▪●\-–—:;,(]\s*)((?:[\w-]+\s+){0,3}?[\w-]+)\s*:\s*$")


def _count_noun_label(s: Slots) -> bool:
    """The number follows a label naming a count noun and a colon ("government officials: 16")."""
    m = LABEL_BEFORE.search(s.lead[-60:])
    return bool(m and cues()["count_nouns"].fullmatch(m.group(1)))


# Up to three words of a count's noun before what follows it ("arrivals in October").
NOUN_LEAD = compiled(r"^\s*(?:[\p{L}-]+\s+){1,3}?(?=in\s)")


def _month_after(after: str) -> bool:
    """"... in April", not "in April–June", right after the statement, or right after its first
    amount ("61.5 billion KZT in April ($136.5 million)"), past the bracket of its converted
    amount ("68.9 billion KZT (129.6 million USD) in July")."""
    after = after.lstrip(" )")
    m = MONTH_BEFORE.match(after)
    return bool(m) and not RANGE_AFTER.match(after[m.end():])


CONDITIONS = {
    "signed": lambda s: s.q.direction != 0,
    "sign_after": lambda s: bool(SIGN_AFTER.match(s.after[:12])),
    "sign_before": lambda s: bool(SIGN_BEFORE.search(s.lead[-10:])),
    "change_cue": lambda s: bool(cues()["change"].search(s.lead, max(0, len(s.lead) - CHANGE_REACH)))
    and not _named_bracket(s),
    "share_cue_before": lambda s: bool(cues()["share"].search(s.lead[-SHARE_LEAD:])),
    "no_share_cue_before": lambda s: not _share_before(s),
    "gapped_change": lambda s: (s.prev_change and (s.stmt.entity is None or bool(BY_BEFORE.search(s.lead))
                                                   or bool(LISTED_AFTER.fullmatch(s.window)))
                                and bool(BY_BEFORE.search(s.lead) or not regex.search(r"\d", s.lead)
                                         or _gapped_subject(s) or LISTED_AFTER.fullmatch(s.window))),
    "entity": lambda s: s.stmt.entity is not None,
    # "Other CIS 2.18%", "the remaining CIS states (2.2%)": the rest of a group, no member's share
    # nor the group's own (blind designer70, 2024q1 chromium2, a chart legend)
    "remainder_entity": lambda s: s.stmt.entity is not None and s.stmt.entity.label == "GROUP"
    and bool(REMAINDER_BEFORE.search(s.text[:s.stmt.entity.start])),
    "paired": lambda s: len(s.stmt.quants) > 1,
    "average_cue": _average_cue,
    "compared_average": _compared_average,
    "average_before": lambda s: bool(cues()["average"].search(s.lead)) and not SPREAD_OVER.search(s.lead),
    "whole_period_after": lambda s: bool(WHOLE_PERIOD_AFTER.match(s.after_stmt)),
    # the statement's last number only: "584,906 transactions, or KZT 59.2 billion a month"
    "average_after": lambda s: s.q is s.stmt.quants[-1] and _average_after(s),
    # "in May", not a span's first month ("than in January–March 2024 (26.35 billion)")
    "month_named_before": lambda s: any(not RANGE_AFTER.match(s.lead, m.end()) for m in MONTH_BEFORE.finditer(s.lead)),
    "month_label_before": lambda s: bool(MONTH_LABEL.search(s.lead)),
    "months_listed_after": lambda s: bool(MONTHS_LISTED_AFTER.match(s.text, s.q.end)),
    # ... or after a short predicate: "KZT 68.4 billion (USD 135.8 million) left the country in April"
    "month_named_after": lambda s: _month_after(s.after_stmt) or _month_after(s.text[s.stmt.quants[0].end:][:40])
    or _month_after(NOUN_LEAD.sub("", s.after_stmt.lstrip(" )"), count=1)),
    # "1,052,300 arrivals in October": the count's noun, then its month
    "noun_then_month": lambda s: _month_after(NOUN_LEAD.sub("", s.after_stmt, count=1)),
    # ... unless the amount's own verb names a total ("In July–September the average had been KZT
    # 71.23 billion a month, and in October–December 2021 transfers abroad totalled 148.3 billion")
    # ("... more than the KZT 181.9 billion sent in January–March": an amount a flow's verb dates
    # is that period's total, whatever the sentence's statistic; blind designer87, 2024q2
    # chromium), not the second of a pair joined to the amount before it ("the monthly averages
    # stood at 71.35 billion KZT sent and 52.4 billion KZT received")
    "sentence_statistic": lambda s: s.sentence_stat is not None and not cues()["total_verb"].search(s.lead)
    and not (cues()["flow_total_after"].match(s.after) and not PAIR_JOIN.fullmatch(s.window)),
    "count_noun_after": _count_noun,
    "count_noun_label": _count_noun_label,
    "scaled_with_metric": _scaled_with_metric,
    "countable": lambda s: _count_noun(s) or _scaled_with_metric(s),
    "survey_before": lambda s: bool(cues()["survey_before"].search(s.lead)),
    "not_counted_after": lambda s: bool(cues()["not_counted"].match(s.after[:90])),
    "coordinated_count": lambda s: s.prev_count,
    "part_intro": lambda s: bool(PART_INTRO.search(s.lead)),
    "part_after": lambda s: bool(PART_AFTER.match(s.after)),
    "compared_lead": lambda s: bool(COMPARED_LEAD.search(s.lead)),
    "has_metric": lambda s: s.metric is not None,
    "tight_entity": lambda s: s.stmt.entity is not None and "ENT:tight" in s.stmt.rules,
    "whole": lambda s: s.q.value == s.q.value.to_integral_value() and "." not in s.q.text,
}


def frame_of(s: Slots) -> tuple[dict | None, int]:
    """The first frame whose conditions all hold for this number, and the sign of a change."""
    for row in frames():
        if row["kind"] == s.q.kind and all(CONDITIONS[c](s) for c in row["when"]):
            return row, _sign(s)
    return None, 0
