"""Sentences and clauses: the scopes assembly attaches within.

A paragraph is cut into sentences, a sentence into clauses at the breaks of data/clauses.json
(each row an id, a kind and a pattern). Breaks never fall inside a protected span (a number, a
date, a name). A clause knows the break that opened it and its parent: the clause it comments
on (for brackets, "of which", "when") or the one before it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from .lang import load_tables
from .regexes import compiled

SENTENCE_END = compiled(r"""
    (?<!\b(?:No|no|Nos|i\.e|e\.g|etc|St|Mr|Ms|Dr|vs|Tel|approx|incl|cf|[A-Z]))  # abbreviations
    (?<!\b(?:долл|г|гг|им|см|стр|т\.е|т\.д|т\.н|\p{Lu}))     # Russian ones: "долл. США", "2022 г."
    [.!?]["”’')»]?                    # the stop, maybe inside a quote or bracket
    \s+                               # a space
    (?=["“«(]?[\p{Lu}0-9•])            # a capital (Latin or Cyrillic) or digit starts the next
""", regex.VERBOSE)
FIRST = "CL:start"


@dataclass(frozen=True)
class Clause:
    index: int
    start: int
    end: int
    kind: str            # "first" or the opening break's kind (hard, list, parallel, sub, cmp, resume, soft)
    rule: str            # id of the break that opened it
    parent: int | None   # the clause it belongs to (sub: the one before; resume: before the bracket)


@lru_cache(maxsize=1)
def breaks() -> list[tuple[str, str, regex.Pattern]]:
    data = load_tables("clauses")
    return [(r["id"], r["kind"], compiled(r["pattern"], regex.I)) for r in data["breaks"]]


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph.

    >>> t = "It rose by 3.4 million. Decree No. 5 applies. Next"
    >>> [t[a:b] for a, b in sentences(t)]
    ['It rose by 3.4 million.', 'Decree No. 5 applies.', 'Next']
    """
    spans = []
    start = 0
    ends = list(SENTENCE_END.finditer(text))
    if BULLET_LEAD.match(text):     # bullets run into one block: each item is a sentence
        ends = sorted(ends + list(BULLET_NEXT.finditer(text)), key=lambda m: m.start())
    for m in ends:
        if m.start() < start:
            continue
        end = m.start() + len(m.group(0).rstrip())
        spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# A block of bullets run together ("- 3.15 million arrivals ... - 91.6 thousand permits granted
# - ..."): a hyphen or bullet opening it, and the same mark between spaces before each next item
BULLET_LEAD = compiled(r"\s*[-•▪●■]\s")
BULLET_NEXT = compiled(r"\s(?=[-•▪●■]\s+(?:KZT|USD|US\$|\$|[\d\p{Lu}]))")


LIST_ITEM_LEAD = compiled(r"\s*(?:the\s+)?")
# a contrast word opens a clause of its own even before a name of the list ("43.6% of CIS
# departures, whereas China (41.3%) and Türkiye (24.8%) dominated the non-CIS group")
CONTRASTS = frozenset({"CL:contrast"})


def _break_points(text: str, start: int, end: int, protected, items=frozenset()) -> list[tuple[int, int, str, str]]:
    """(position, match end, id, kind) of every break, earliest first; of overlapping breaks the
    one listed first in the table wins (", and" over ","). A coordinating break before the next
    item of a list ("..., Kyrgyzstan (23.1%), and Tajikistan (8%)") is only a soft one; a
    contrast ("whereas", "while") is never."""
    found = []
    for order, (rid, kind, pat) in enumerate(breaks()):
        for m in pat.finditer(text, start, end):
            if m.start() == start or any(a <= m.start() < b for a, b in protected):
                continue
            found.append((m.start(), order, max(m.end(), m.start() + 1), rid, kind))
    found.sort()
    kept: list[tuple[int, int, str, str]] = []
    for pos, _, stop, rid, kind in found:
        if kept and pos < kept[-1][1]:
            continue
        if kind == "parallel" and rid not in CONTRASTS and LIST_ITEM_LEAD.match(text, stop).end() in items:
            kind = "soft"
        kept.append((pos, stop, rid, kind))
    return kept


def split_clauses(text: str, start: int, end: int, protected=(), items=frozenset()) -> tuple[Clause, ...]:
    """The clauses of the sentence text[start:end].

    >>> t = "In May, 640,100 migrants arrived and 601,900 departed (against 580,000 a year before)."
    >>> [(t[c.start:c.end], c.rule) for c in split_clauses(t, 0, len(t), [(8, 15), (37, 44), (63, 70)])]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('In May', 'CL:start'), (', 640,100 migrants arrived ', 'CL:comma'), ('and 601,900 departed ', 'CL:and-count'),
     ('(', 'CL:bracket'), ('against 580,000 a year before', 'CL:compare'), (').', 'CL:bracket-end')]
    """
    clauses: list[Clause] = []
    stack: list[int | None] = []
    pos, rule, kind, parent = start, FIRST, "first", None
    for bpos, _, rid, bkind in _break_points(text, start, end, protected, items):
        clauses.append(Clause(len(clauses), pos, bpos, kind, rule, parent))
        here = len(clauses) - 1
        if bkind == "sub" and rid == "CL:bracket":
            stack.append(here)
            parent = here
        elif bkind == "resume":
            parent = stack.pop() if stack else here
        else:
            parent = here
        pos, rule, kind = bpos, rid, bkind
    clauses.append(Clause(len(clauses), pos, end, kind, rule, parent))
    return tuple(clauses)


def clause_at(clauses: tuple[Clause, ...], pos: int) -> Clause:
    """The clause holding character `pos`."""
    for c in clauses:
        if c.start <= pos < c.end:
            return c
    return clauses[-1]
