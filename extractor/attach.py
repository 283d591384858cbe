"""Attachment rules: each gives a statement one thing (its entity, metric, direction, group,
period, compared period, footnote) and looks only as far as its scope allows: the clause, its
lead (the statement-free clauses before it), its parent clause, the sentence, the paragraph,
the section. Each rule returns what it found and its id, recorded on the figure.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from datetime import date, timedelta

import regex

from .clauses import Clause, clause_at, sentences
from .cues import PERMIT_KIND, REPORTING_COUNTRY, Cue, cues, direction_cues
from .frames import Statement
from .lang import pattern
from .periods import (END_WORD, LEADS_AMOUNT, MONTH_RE, SENTENCE_BREAK, find_periods, flow_dated_after,
                      period_in_year, quarter_of)
from .types import Block, Entity, PeriodMatch, Quantity
from .regexes import AMOUNT_PRINTED, DIGIT, compiled

# An entity printed after a statement belongs to it when at most this many characters follow
# it with no comma between ("12 thousand Kazakhstani migrant workers went to the Republic of
# Korea").
FOLLOW_REACH = 70
# An entity this close before a figure, with only punctuation between, belongs to it.
TIGHT = compiled(r"^[\s:–—\-(]*(?:(?:citizens|nationals|countries)\s+)?(?:with|at|on|for)?[\s:–—\-(]*$")
# A cue after the number belongs to it when this close, within its clause.
CUE_AFTER_REACH = 40
# Breaks across which a group, a lead or a list does not carry.
STRONG_BREAKS = {"hard", "parallel", "cmp"}
# "... 44.8% of all arrivals", "of the total": a share of the whole, not of a group.
OF_ALL = pattern("of_all")          # rows of data/patterns.json and patterns.ru.json ("от общего числа")
# A period that opens its sentence ("In October 2022 – ...") covers the sentence's figures.
SENTENCE_OPENING = compiled(r"^\W*(?:[\w-]+\s+){0,4}$", regex.I)


@dataclass(frozen=True)
class Para:
    """One paragraph's typed spans."""
    block: Block
    text: str
    quants: tuple[Quantity, ...]
    periods: tuple[PeriodMatch, ...]
    ents: tuple[Entity, ...]
    compared: frozenset[int]          # indexes (into periods) of periods a comparison governs
    title_ents: tuple[Entity, ...] = ()   # entities of the chart title over a legend


@dataclass(frozen=True)
class Sent:
    start: int
    end: int
    clauses: tuple[Clause, ...]
    cues: tuple[Cue, ...]             # metric cues of the sentence
    stmts: tuple[Statement, ...]
    respective: tuple = ()            # (statement start, period) of "X, Y and Z in A, B and C"


@dataclass
class Running:
    """What earlier statements of the paragraph established (passed explicitly, rule by rule)."""
    block_metric: str | None = None
    block_direction: str | None = None
    prior_direction: str | None = None      # the direction the sentences before this one spoke of
    stated: list[tuple] = field(default_factory=list)      # (start, end, metric, kind) of non-percent statements
    changes: list[tuple] = field(default_factory=list)                   # (start, end, metric, compared, sign)
    shares: list[tuple[int, int, str]] = field(default_factory=list)
    group_at: list[tuple[int, str]] = field(default_factory=list)        # (clause index, group)
    para_group: str | None = None                                        # the paragraph's last group total
    members_group: tuple[str, int] | None = None    # the last group a total, a share's base or a flow named, and where
    sentence_metric: str | None = None                                   # the metric of the sentence before
    share_group: tuple[int, int, str] | None = None                      # (sentence, clause, group) of the last grouped share
    sentence_stat: str | None = None
    money_stat: str | None = None      # the statistic of the last amount of the sentences before
    rejected: list = field(default_factory=list)                         # (quantity, rule id) of non-figures
    section_compared: tuple | None = None      # the compared period of the section's last change before


# --- scopes -------------------------------------------------------------------------------

def busy(sent: Sent) -> set[int]:
    """Clauses that hold a statement, with the bracket and resumed clauses that continue one
    ("KZT 92.1 billion (USD 195.3 million) was sent in October")."""
    taken = {s.clause.index for s in sent.stmts}
    for c in sent.clauses:
        if c.kind in ("sub", "resume") and c.parent in taken and c.rule in ("CL:bracket", "CL:bracket-end"):
            taken.add(c.index)
    return taken


def continued(sent: Sent, clause: Clause) -> int:
    """The end of a clause with the resumed clause after a bracket that states nothing itself
    ("KZT 92.1 billion (USD 195.3 million) was sent in October"; not "241.5 thousand (2023:
    226.0 thousand)", whose bracket is a statement of its own)."""
    end = clause.end
    for c in sent.clauses[clause.index + 1:]:
        if c.parent != clause.index or c.rule not in ("CL:bracket", "CL:bracket-end"):
            break
        if c.rule == "CL:bracket":
            close = next((x.start for x in sent.clauses[c.index + 1:] if x.rule == "CL:bracket-end"), sent.end)
            if any(c.start <= s.start < close and not any(q in s.quants for q in _own_quants(sent, clause))
                   for s in sent.stmts):
                break          # the bracket states its own figure: it is no continuation
        end = c.end
    return end


def _own_quants(sent: Sent, clause: Clause) -> list:
    """The numbers of the statements that start in `clause` (a pair may reach into a bracket)."""
    return [q for s in sent.stmts if s.clause.index == clause.index for q in s.quants]


def lead(sent: Sent, clause: Clause) -> list[Clause]:
    """The statement-free clauses just before `clause`, back to a strong break."""
    out: list[Clause] = []
    taken = busy(sent)
    i = clause.index
    while i > 0 and sent.clauses[i].kind not in STRONG_BREAKS and (i - 1) not in taken:
        i -= 1
        out.insert(0, sent.clauses[i])
    return out


def scope(sent: Sent, clause: Clause) -> tuple[int, int]:
    """(start, end) of a clause with its lead and its continuation after a bracket."""
    ld = lead(sent, clause)
    return (ld[0].start if ld else clause.start), continued(sent, clause)


def parent(sent: Sent, clause: Clause) -> Clause | None:
    if clause.kind in ("sub", "resume", "list") and clause.parent is not None:
        return sent.clauses[clause.parent]
    return None


def blocked(sent: Sent, a: int, b: int, kinds=STRONG_BREAKS) -> bool:
    """A strong break (one of `kinds`) opens any clause after clause `a` up to clause `b`; a
    break inside a bracket closed between them does not count ("Compared with Q1 (KZT 170.5
    billion sent and KZT 80.5 billion received), outgoing transfers fell by 9.5 per cent")."""
    inside = _closed_brackets(sent, a, b) | _closed_when(sent, a, b)
    return any(sent.clauses[i].kind in kinds for i in range(a + 1, b + 1) if i not in inside)


def _closed_when(sent: Sent, a: int, b: int) -> set[int]:
    """The clauses of a "when" clause that opens after clause `a` and closes at a comma by clause
    `b` ("Compared with the previous quarter, when KZT 236.9 billion was sent abroad and KZT 58.3
    billion was received, outgoing transfers rose by 19.6 per cent": its "and" is no break
    between the comparison and the change)."""
    out: set[int] = set()
    for j in range(a + 1, b + 1):
        if sent.clauses[j].rule != "CL:when":
            continue
        end = next((k for k in range(j + 1, b + 1) if sent.clauses[k].rule == "CL:comma"), None)
        if end is not None:
            out.update(range(j + 1, end))
    return out


def _closed_brackets(sent: Sent, a: int, b: int) -> set[int]:
    """The clauses within a bracket that opens after clause `a` and closes by clause `b`."""
    out: set[int] = set()
    for j in range(a + 1, b + 1):
        r = sent.clauses[j]
        if r.kind != "resume":
            continue
        k = next((k for k in range(j - 1, a, -1) if sent.clauses[k].rule == "CL:bracket"
                  and sent.clauses[k].parent == r.parent), None)
        if k is not None:
            out.update(range(k + 1, j))
    return out


# --- entities -----------------------------------------------------------------------------

def reachable(sent: Sent, st: Statement, pos: int) -> bool:
    """No strong break stands between the statement's clause and the clause holding `pos`."""
    return not blocked(sent, st.clause.index, clause_at(sent.clauses, pos).index)


# A name after these words is set against another ("overtook the Russian Federation", "the second
# destination after Russia"): neither the statement's subject nor what "there" points to
OUTRANKED = pattern("compared_name_before")


def _set_against(text: str, e: Entity) -> bool:
    return bool(OUTRANKED.search(text[max(0, e.start - 20):e.start]))


# "... declared work as the purpose of their entry into Russia": the country the count went to
DESTINATION = compiled(r"\b(?:into|to|in)\s+(?:the\s+)?$"
                            # "registered with the migration authorities of the Russian Federation"
                            r"|\b(?:authorit(?:y|ies)|services?|ministry|registers?)\s+of\s+(?:the\s+)?$", regex.I)
# "two fifths of all money received (40.4%) was sent from Russia": a share in brackets after
# its subject, the country in the predicate after the bracket
BRACKET_THEN_FROM = compiled(r"^\s*\)\s*(?:was|were|had\s+been)\s+(?:sent|transferred|remitted|received)\s+"
                                  r"(?:from|to)\s+(?:the\s+)?$|^\s*\)\s*(?:came|went|originated)\s+(?:from|to|in)\s+(?:the\s+)?$",
                                  regex.I)
# "...; 12,000 Kazakhstani nationals were staying there": the country named before, across ';'
THERE = compiled(r"\b(?:there|in\s+that\s+country)\b", regex.I)


def _there_names(text: str, ents, st: Statement) -> list:
    """The countries "there" may point back to: those named before the statement, but not one set
    against another ("Germany remains the second destination after Russia: ... there")."""
    return [e for e in ents if e.label == "COUNTRY" and e.id != REPORTING_COUNTRY and e.end <= st.start
            and not _set_against(text, e)]


# A sentence whose subject is the country the sentence before named: "The Russian Federation
# was the main counterpart. It received ... and was the origin of 61.5% of the money coming in".
IT_SUBJECT = compiled(r"\W*(?:it|the\s+country|this\s+country)\s+(?!is\b|was\b)\w+", regex.I)
# "Transfers there were 38.0% lower": the subject's place is the country the sentence before named
NOUN_THERE = compiled(r"\W*(?:the\s+)?(?:transfers|remittances|arrivals|departures|entries|exits|workers|migrants|"
                           r"permits|amounts|flows?|numbers?)\s+(?:there|to\s+it|from\s+it)\b"
                           r"|\W*(?:this|that)\s+(?:group|flow|figure|number)\b", regex.I)   # "This group was 22.6% larger"
# A share's verb and preposition up to the name it is of: " per cent came from ", "% went to ".
CAME_FROM = compiled(r"\s*(?:per\s*cent|percent|%)?\s*(?:[\w-]+\s+){1,2}?(?:from|to)\s+(?:the\s+)?$", regex.I)
# A name's appositive up to a group it belongs to: ", the only ", ", one of the few ".
DESCRIBED_BY = compiled(r"\s*,\s*(?:the|a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?", regex.I)
# "A year earlier, in the same quarter, the figure was 27 thousand": the number of the sentence before
THE_FIGURE = compiled(r"\b(?:the|this|that|the\s+corresponding|the\s+same)\s+(?:figure|number)\s+"
                           r"(?:was|is|stood\s+at|stands\s+at|came\s+to|comes\s+to|amounted\s+to|amounts\s+to|"
                           r"reached|reaches|totall?ed|totals)\s*$", regex.I)
# a hedge before an amount set off or led in: ", some 3.1 million,", "which sent about 30 KZT"
HEDGE = r"(?:(?:some|about|around|roughly|nearly|almost|over|under)\s+)?"
APPOSITIVE_OPEN = compiled(r"[,\u2013\u2014-]\s*" + HEDGE + "$", regex.I)


# "102,340 departures, respectively, concerned nationals of ...": an aside that parts no clause
RESPECTIVELY_ASIDE = compiled(r"^([\p{L}\s-]*?)\s*,\s*respectively\s*,(?=\s)", regex.I)


def _after_appositive(text: str, st: Statement, pos: int) -> str:
    """The words between a statement and a name after it, without the mark that closes an
    appositive count ("Most visitors, 3.0 million, were citizens of ...": ENT:after) or a
    ", respectively," aside."""
    gap = RESPECTIVELY_ASIDE.sub(r"\1", text[st.end:pos].lstrip(") "), count=1)
    opened = APPOSITIVE_OPEN.search(text[max(0, st.start - 12):st.start])   # ", some 3.1 million, held"
    if opened:      # the closing mark, after the count's noun at most ("2,415,300 entries, was made by")
        closing = regex.match(r"^(?:\w+\s*)?" + regex.escape(opened.group(0)[0]), gap)
        gap = gap[closing.end():] if closing else gap
    return gap


def _leaves_its_bracket(text: str, sent: Sent, st: Statement, pos: int, ents: list[Entity]) -> bool:
    """"Russia (48.7%, KZT 25.7 billion), while the United States ...": a statement inside a bracket
    opened right after a name never reaches a name after the bracket closes (but "half of them
    (52.5 per cent) from Uzbekistan" does)."""
    opened = text.rfind("(", sent.start, st.start)
    if opened < 0 or ")" in text[opened:st.start] or ")" not in text[st.end:pos]:
        return False
    # nor one whose bracket a comma closes off from the name, the next item of a list ("the
    # origin of 39.9 per cent of incoming money (KZT 39.4 billion, USD 77.3 million), the USA of
    # 11.8 per cent": blind round93, 2025q1 onecol-chromium)
    return any(e.end <= opened and not text[e.end:opened].strip() for e in ents) \
        or bool(BRACKET_THEN_COMMA.match(text, text.find(")", st.end, pos), pos))


BRACKET_THEN_COMMA = compiled(r"\)\s*[,;]")


def _bracketed_name(text: str, st: Statement, e: Entity) -> bool:
    """"KZT 11.5 billion (USA) and KZT 8.5 billion (Republic of Korea)": a name alone in brackets
    right after the amount is the amount's."""
    return bool(regex.fullmatch(r"\s*\(\s*", text[st.end:e.start])) and bool(regex.match(r"\s*\)", text[e.end:]))


# A dash aside of words that closes before the name ("arrivals – roughly nine in ten – were
# made by citizens of "): the clause goes on past it.
CLOSED_ASIDE = compiled(r"[^–—\d]{0,20}\s[–—]\s[^–—\d]{1,40}\s[–—]\s[^–—\d]{0,40}")


# A dash opening a coordinate clause: "– while", "– whereas", "– but", "– and".
DASH_CLAUSE = compiled(r"(?:while|whereas|whilst|but|although|and|yet)\b", regex.I)


def _past_a_dash(text: str, st: Statement, pos: int) -> bool:
    """A dash between a number and a name after it starts a new clause ("climbed to 70,500 – none
    were recorded in Ulytau region"), unless the number itself stands in a dash aside ("The
    majority – 2,950,500 entries – were made by nationals of ...")."""
    dash = ASIDE_DASH.search(text, st.end, pos)      # an em dash set close too ("billion—a third of it")
    if dash and DASH_CLAUSE.match(text, dash.end()):
        return True         # "or 34,919 workers – while Russian nationals made up 14.2%"
    if not dash or len(regex.findall(r"\w+", text[dash.end():pos])) <= 3:
        return False        # "15,8% – в городе Алматы": the dash stands for "in", no new clause
    if COMPARED_IN_ASIDE.search(text[st.end:dash.start()]):
        return True         # "– 14.3% more than in Q1 2025 – of whom nationals of ...": a change's aside
    if RESTATED_ASIDE.match(text[st.end:pos]):
        return False        # "of whom 4,147 – or 60.0 per cent – were citizens of ...": its share aside
    if CLOSED_ASIDE.fullmatch(text[st.end:pos]):
        return False        # "2.41 million arrivals – roughly nine in ten – were made by citizens of"
    return not regex.search(r"[–—]\s*(?:\w+\s+){0,4}$", text[max(0, st.start - 40):st.start])


ASIDE_DASH = compiled(r"(?:(?<=\s)|\G)[–—]\s|(?<=[\w%])—(?=\w)")


# A count, its share set off by dashes, then the predicate naming them ("4,147 – or 60.0 per cent
# – were citizens of"), or the share inside the aside (" per cent – were citizens of").
RESTATED_ASIDE = compiled(r"^(?:\s*[–—]\s*(?:or\s+|i\.e\.\s+|some\s+)?[\d.,]+\s*(?:%|per\s*cent|percent))?"
                               r"(?:\s*(?:%|per\s*cent|percent))?\s*[–—]\s*(?:were|was|are|is)\s+(?:\w+\s+){0,3}?"
                               r"(?:of|from|in)\s+(?:the\s+)?$", regex.I)


COMPARED_IN_ASIDE = compiled(r"\b(?:than|compared|against|year[- ]on[- ]year|quarter[- ]on[- ]quarter)\b", regex.I)


def _base_before_country(text: str, sent: Sent, st: Statement, e: Entity, ents: list[Entity]) -> bool:
    """"Uzbek citizens were the most numerous among CIS nationals (40.5% of CIS arrivals)": a
    group named as the base of a share, with a country before it in the clause, is not the
    share's name (ENT:before takes the country)."""
    if e.label != "GROUP" or not all(q.kind == "percent" for q in st.quants) or not _is_base(text, sent, e):
        return False
    lo = clause_at(sent.clauses, e.start).start
    return any(x.label == "COUNTRY" and lo <= x.start and x.end <= e.start for x in ents)


# "the former received 30.5% of the total and the latter 20.5%"
NAMED_FORMER_LATTER = compiled(r"\bthe\s+(former|latter)\b(?:\s+[a-z]+){0,2}\s+$", regex.I)
NAME_PAIR = compiled(r"^\s+and\s+(?:the\s+)?$", regex.I)


def _former_latter_name(text: str, sent: Sent, st: Statement, ents: list[Entity]) -> Entity | None:
    """"Russia and Uzbekistan remained the main destinations: the former received 30.5% ...
    and the latter 20.5%": the first or the second of the two names joined by "and" before."""
    m = NAMED_FORMER_LATTER.search(text, max(sent.start, st.start - 40), st.start)
    if m is None:
        return None
    names = [e for e in ents if sent.start <= e.start and e.end <= m.start() and e.label == "COUNTRY"]
    pairs = [(a, b) for a, b in zip(names, names[1:]) if NAME_PAIR.match(text[a.end:b.start])]
    if not pairs:
        return None
    a, b = pairs[-1]
    return a if m.group(1).lower() == "former" else b


# "made up half (50.5%) of the 70,500 workers": a count right after a share and "of" is the
# share's base, the total, no count of the share's name
BASE_OF = pattern("base_count_of")


# "the movement from Russia, which lifted total arrivals to 3.4 million": a number of the total
# flow is no name's, however near a name stands before it
TOTAL_BETWEEN = pattern("total_between")


def _total_between(text: str, e: Entity, st: Statement) -> bool:
    """A count or amount after "total arrivals" that follows the name (a share "of the total
    number of arrivals" names its base, and keeps the name)."""
    return not any(q.kind == "percent" for q in st.quants) and bool(TOTAL_BETWEEN.search(text, e.end, st.start))


# "hosting over a third of the 48.2 thousand registered foreign workers": a fraction in words
FRACTION_OF = compiled(r"\b(?:(?:a|one|two|three)\s+(?:thirds?|quarters?|fifths?|tenths?)|half)\s+of\s+(?:the\s+|all\s+)?$",
                       regex.I)


def _share_base_count(text: str, sent: Sent, gi: int, ents: list[Entity] = ()) -> bool:
    """ENT:base-count: the statement is a count standing as the base of the share before it, or
    of a fraction said in words ("Almaty city and the capital together hosting over a third of
    the 48.2 thousand registered foreign workers": blind round69, 2022q1 onecol-reportlab)."""
    st = sent.stmts[gi]
    if not all(q.kind == "count" for q in st.quants):
        return False
    fraction = FRACTION_OF.search(text, max(sent.start, st.start - 40), st.start)
    if fraction and any(sent.start <= e.start and e.end <= fraction.start() for e in ents):    # its subject named
        return True
    if gi == 0:
        return False
    prev = sent.stmts[gi - 1]
    return all(q.kind == "percent" for q in prev.quants) and bool(BASE_OF.match(text[prev.end:st.start]))


# "With 35,500 registrations, Uzbekistan remained the main country of origin": a fronted
# "with" phrase holds the number of the name that opens the clause after its comma
WITH_BEFORE = pattern("with_before")
WITH_AFTER = pattern("with_after")


def _fronted_with(text: str, sent: Sent, st: Statement, ents: list[Entity]) -> Entity | None:
    """ENT:fronted-with: the name right after the comma that closes a fronted "With N ..."."""
    if not WITH_BEFORE.search(text[max(sent.start - 2, 0):st.start]) and \
            not (st.start - sent.start <= 6 and regex.match(r"\s*with\s+$", text[sent.start:st.start], regex.I)):
        return None
    return next((e for e in ents if e.start > st.end and WITH_AFTER.match(text[st.end:e.start])), None)


# "the corresponding numbers were 3.7 million and 287.2 thousand", "the respective figures were ..."
CORRESPONDING = compiled(r"\b(?:corresponding|respective|equivalent)\s+(?:numbers|figures|values|counts|totals|"
                              r"amounts|volumes)\b", regex.I)
# "... for the two groups, respectively", "... for both groups": the names of the sentence before,
# said after the amounts
NAMED_SET = (r"(?:the|these|those|both)\s+(?:(?:two|three|four|five|same)\s+)?"
             r"(?:groups|categories|nationalities|regions|countries|blocs)\b")
FOR_THE_NAMED = compiled(rf"\bfor\s+{NAMED_SET}(?=[^.;]*\brespectively\b|\s*[.;])", regex.I)


# "the two groups recorded 2,874,300 and 322,105 departures respectively": the groups the sentence
# before named, as the subject of the numbers
THE_NAMED = compiled(rf"\b{NAMED_SET}(?=[^.;]*\brespectively\b)", regex.I)


def _corresponding_names(text: str, sent: Sent, earlier) -> None:
    """ENT:corresponding: "On the exit side, the corresponding numbers were 3.7 million and
    287.2 thousand, respectively": k unnamed statements of a sentence saying they correspond
    take, in order, the k names the sentence before named (blind round42, 2024q4
    twocol-chromium; round41); so do k unnamed statements before "for the two groups,
    respectively" (blind designer67, 2022q2 chromium) or after "the two groups" ("the two groups
    recorded 2,874,300 and 322,105 departures respectively": blind designer101, 2026q2 chromium2)."""
    m = CORRESPONDING.search(text, sent.start, sent.end)
    if m is None and not FOR_THE_NAMED.search(text, sent.start, sent.end):
        m = THE_NAMED.search(text, sent.start, sent.end)
    bare = [st for st in sent.stmts if st.entity is None and st.start > (m.end() if m else sent.end)]
    after = FOR_THE_NAMED.search(text, sent.start, sent.end) if m is None else None
    if after is not None:       # "2,664,080 and 148,375 departures were logged for the two groups, respectively"
        m, bare = after, [st for st in sent.stmts if st.entity is None and st.end <= after.start()]
    if m is None or len(bare) < 2 or any(q.kind == "percent" for st in bare for q in st.quants):
        return
    ends = [e.end() for e in SENTENCE_END.finditer(text, 0, sent.start)]
    lo = ends[-2] if len(ends) >= 2 else 0
    names: list[Entity] = []
    for e in earlier:
        if lo <= e.start < sent.start and e.label in ("GROUP", "COUNTRY", "REGION") \
                and e.id not in [n.id for n in names] and e.id != REPORTING_COUNTRY:
            names.append(e)
    own: list[Entity] = []      # "... 3,046,210 came from CIS member states and 102,342 from non-CIS
    for st in sent.stmts:       # countries, while 2,861,405 and 93,465 left for the two groups, respectively"
        if after is not None and st.end <= bare[0].start and st.entity is not None \
                and st.entity.id not in [n.id for n in own]:
            own.append(st.entity)
    # "Of those who came, 3,286,540 held passports of CIS member states and 126,266 came from
    # non-CIS countries; on the way out the corresponding figures were 3.08 million and 118,5
    # thousand": the k names of the same sentence before it (blind designer84, 2024q2 word)
    same = [] if after is not None else list({st.entity.id: st.entity for st in sent.stmts
                                                if st.entity is not None and st.end <= m.start()}.values())
    names = own if len(own) == len(bare) else same if len(same) == len(bare) else names
    if len(names) != len(bare):
        return
    for st, e in zip(bare, names):
        st.entity = e
        st.rules.append("ENT:corresponding")


# "for nationals of non-CIS countries the corresponding numbers were ...": a name fronted by "for"
FOR_FRONTED = compiled(r"\bfor\s+(?:(?:nationals|citizens|travellers|visitors|people|arrivals)\s+(?:of|from)\s+)?"
                       r"(?:the\s+)?$", regex.I)


def _fronted_for_names(text: str, sent: Sent) -> None:
    """ENT:fronted-for: a list of unnamed counts after a name fronted by "for" ("... with 1,291,305
    entries and 1,212,480 exits; for nationals of non-CIS countries the corresponding numbers were
    93,315 and 84,935": blind designer73, 2022q1 chromium2), whose first item took that name, is
    all that name's."""
    for i, st in enumerate(sent.stmts):
        e = st.entity
        if e is None or "ENT:before" not in st.rules or not FOR_FRONTED.search(text, max(sent.start, e.start - 40), e.start) \
                or any(q.kind == "percent" for q in st.quants):
            continue
        for prev, nxt in zip(sent.stmts[i:], sent.stmts[i + 1:]):
            if nxt.entity is not None or not LIST_JOIN.match(text[prev.end:nxt.start]) \
                    or any(q.kind == "percent" for q in nxt.quants):
                break
            nxt.entity = e
            nxt.rules.append("ENT:fronted-for")


# "(28.4% and 24.4%)": a bracket holding only a list of shares
SHARE_BRACKET = compiled(r"\(\s*(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s*(?:,\s*(?:and\s+)?|and\s+)?)+\)", regex.I)


NAMES_JOIN = compiled(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", regex.I)


# "..., with shares of 3.4%, 1.1%, 0.9% and 0.9%"
WITH_SHARES = compiled(r"\bwith\s+(?:respective\s+)?shares\s+of\s*$", regex.I)


def _shares_of_listed_names(text: str, sent: Sent, ents: list[Entity]) -> None:
    """ENT:listed-shares: "Tajikistan, Azerbaijan, Belarus and Armenia together made up the
    remaining 6.3 per cent, with shares of 3.4%, 1.1%, 0.9% and 0.9%": a list of k shares after
    "with shares of" takes, in order, the k names listed in the sentence before it (blind
    round41, 2023q2 word)."""
    stmts = list(sent.stmts)
    for i, st in enumerate(stmts):
        if not WITH_SHARES.search(text, max(sent.start, st.start - 30), st.start):
            continue
        j = i
        while j + 1 < len(stmts) and LIST_JOIN.match(text[stmts[j].end:stmts[j + 1].start]):
            j += 1
        run = stmts[i:j + 1]
        if len(run) < 2 or not all(q.kind == "percent" for x in run for q in x.quants):
            continue
        names = [e for e in ents if sent.start <= e.start and e.end <= st.start and e.label in ("COUNTRY", "REGION")]
        listed = names[-len(run):]
        if len(listed) != len(run) or not all(NAMES_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(listed, listed[1:])):
            continue
        for x, e in zip(run, listed):
            x.entity = e
            x.rules[:] = [r for r in x.rules if not r.startswith("ENT:")] + ["ENT:listed-shares"]


def _bracketed_list_names(text: str, sent: Sent, ents: list[Entity]) -> None:
    """ENT:bracket-list: "Türkiye and the Russian Federation together absorbed more than half of
    the money sent from Kazakhstan (28.4% and 24.4%)": a bracket of k shares and nothing else
    takes, in order, the k names listed before it, joined by commas and "and" (blind round44,
    2024q2 word)."""
    for m in SHARE_BRACKET.finditer(text, sent.start, sent.end):
        inside = [st for st in sent.stmts if m.start() < st.start < m.end()]
        if len(inside) < 2 or any(st.entity is not None and not {"ENT:sentence", "ENT:before"} & set(st.rules)
                                  for st in inside):
            continue
        names = [e for e in ents if sent.start <= e.start and e.end <= m.start() and e.label in ("COUNTRY", "GROUP")]
        run = names[-len(inside):]
        if len(run) != len(inside) or not all(NAMES_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(run, run[1:])) \
                or any(run[0].start <= x.start < m.start() for x in sent.stmts):
            continue
        for st, e in zip(inside, run):
            st.entity = e
            st.rules[:] = [r for r in st.rules if not r.startswith("ENT:")] + ["ENT:bracket-list"]


# "3.09 million arrivals and 2,931,115 departures": two counts, each before its noun, joined by "and"
COUNTS_AND = compiled(r"(?:\s+of\s+(?:the|them|these|those))?(?:\s+[\p{L}-]+){1,3},?\s+and\s+(?:\p{Ll}+\s+){0,3}")     # "... times and left it on",
#                             "... came 256,000 visitors, and 244.2 thousand departed" (blind round79, 2023q3 tables-reportlab)
#                                                                  "2,575,164 entered the country and 2,462,035 left it"
COUNT_NOUN_AFTER = compiled(r"(?:\s+of\s+the)?\s+[\p{L}-]{3,}")    # "3.08 million of the entries and 2.91 million of the exits"


def _coordinated_counts(text: str, sent: Sent) -> None:
    """ENT:coordinated: "nationals of CIS member states accounted for 3.09 million arrivals and
    2,931,115 departures", "... crossed into the country 58,258 times and left it on 56,425
    occasions": a count joined by "and" (and a verb) to a count before it, each before its noun,
    with no name of its own, is of the name the first count's subject gives (blind round41,
    2022q2 tables-fpdf)."""
    for a, b in zip(sent.stmts, sent.stmts[1:]):
        if b.entity is not None or a.entity is None or not {"ENT:before", "ENT:sentence"} & set(a.rules) \
                or a.entity.label != "GROUP" and "ENT:before" not in a.rules:
            continue
        if not all(q.kind == "count" for q in a.quants + b.quants) or a.entity.end > a.start:
            continue
        if COUNTS_AND.fullmatch(text, a.end, b.start) and COUNT_NOUN_AFTER.match(text, b.end):
            b.entity = a.entity
            b.rules.append("ENT:coordinated")


# "391,356 and 371,422 for nationals of non-CIS countries": two bare numbers joined by "and"
BARE_AND = compiled(r"\s*(?:,\s*(?:and\s+)?|and\s+)", regex.I)


NOUN_AND = compiled(r"\s+[\p{L}-]{3,}\s+and\s+", regex.I)
# "... departures by nationals of", "... departures concerned nationals of" (blind designer58, 2023q4 word),
# "... departures were recorded for nationals of" (blind round76, 2025q4 twocol-chromium)
NAME_BY = compiled(r"\s+[\p{L}-]{3,}(?:\s*,\s*respectively\s*,)?\s+(?:by|from|of|for|concerned|involved|(?:were|was)\s+"
                        r"(?:made\s+by|of|(?:recorded|registered|counted)\s+(?:for|by|among))|came\s+from)\s+"
                        r"(?:(?:the\s+)?(?:nationals|citizens|people|persons)\s+(?:of|from)\s+)?(?:the\s+)?", regex.I)
# a comparison set between a count and the group named before it: "citizens of CIS member states
# made 2.94 million of the entries ..., compared with 158,400 arrivals and 153,422 departures of
# people from non-CIS countries" (blind round84, 2023q1 onecol-chromium)
COMPARED_BETWEEN = compiled(r"\b(?:compared\s+(?:with|to)|as\s+against|versus)\b", regex.I)


def _shared_after_names(text: str, sent: Sent) -> None:
    """ENT:shared-after: "... against 391,356 and 371,422 for nationals of non-CIS countries": a
    bare count (no noun, no name of its own) joined by "and" or a comma to the next count, whose
    name comes after it, shares that name (blind designer42, 2025q2 chromium2)."""
    for k in range(len(sent.stmts) - 2, -1, -1):
        a, b = sent.stmts[k], sent.stmts[k + 1]
        if b.entity is None or b.entity.start < b.end or not {"ENT:after", "ENT:shared-after"} & set(b.rules):
            continue
        if a.entity is not None and not (a.entity.label == "GROUP" and {"ENT:before", "ENT:sentence"} & set(a.rules)
                                         and a.entity.end <= a.start
                                         and COMPARED_BETWEEN.search(text, a.entity.end, a.start)):
            continue        # a name of its own, or one no comparison sets apart from it
        if all(q.kind == "count" for q in a.quants + b.quants) and (
                BARE_AND.fullmatch(text, a.end, b.start)
                # "42.4 thousand arrivals and 38,6 thousand departures by nationals of non-CIS countries"
                or NOUN_AND.fullmatch(text, a.end, b.start) and NAME_BY.fullmatch(text, b.end, b.entity.start)):
            a.entity = b.entity
            a.rules[:] = [r for r in a.rules if not r.startswith("ENT:")] + ["ENT:shared-after"]


# "of whom 3,000,500 were CIS citizens and 100,500 came from other countries"
OTHER_AFTER = pattern("other_countries_after")
OTHER_BEFORE = pattern("other_countries_before")   # "..., whereas citizens of all other countries accounted for"


OTHER_LISTED = pattern("other_countries_listed")     # "... CIS member states and from all other countries made"


def _other_countries(text: str, sent: Sent, earlier=()) -> None:
    """ENT:other-countries: a count of "other countries" after a count of a group in the same
    sentence (else after the paragraph's last group named before it: "... CIS member states made
    up the bulk ... The remaining 115,208 arrivals ... for citizens of all other countries"), or
    said to come "from outside it" ("of whom 3,061,900 were nationals of the Commonwealth and
    125,550 came from outside it": blind designer102, 2026q1 reportlab), is the group's
    complement (CIS -> non-CIS; data/group_members.json)."""
    for k, st in enumerate(sent.stmts):
        weak = st.entity is None or "ENT:sentence" in st.rules     # a name of the sentence's before
        lead_start = sent.stmts[k - 1].end if k else sent.start
        nxt = sent.stmts[k + 1] if k + 1 < len(sent.stmts) else None
        # "115,208 arrivals and 107,165 departures were recorded for citizens of all other countries"
        joined = nxt is not None and bool(COUNTS_AND.fullmatch(text, st.end, nxt.start))
        # "Travellers from CIS member states and from all other countries made 3,318,400 and
        # 94,460 of the entries, respectively": the list's last count, the second name's
        paired = k > 0 and nxt is None and bool(RESPECTIVELY_AFTER_WORDS.match(text, st.end, sent.end))
        m = (OTHER_AFTER.match(text, st.end, sent.end) or OTHER_BEFORE.search(text, lead_start, st.start)
             or (OTHER_AFTER.match(text, nxt.end, sent.end) if joined else None)
             or (OTHER_LISTED.search(text, sent.start, sent.stmts[0].start) if paired else None)) if weak else None
        if m is None or any(q.kind == "percent" for q in st.quants):
            continue
        base = next((x.entity.id for x in reversed(sent.stmts[:k]) if x.entity is not None
                     and x.entity.label == "GROUP" and "ENT:other-countries" not in x.rules), None) \
            or next((e.id for e in reversed(list(earlier)) if e.label == "GROUP"), None)
        complement = complement_of(base)
        if complement is not None:
            a = m.start() + len(m[0]) - len(m[0].lstrip())
            st.entity = Entity(a, m.end(), text[a:m.end()], "GROUP", complement)
            st.rules = [r for r in st.rules if r != "ENT:sentence"] + ["ENT:other-countries"]


# "29.5 thousand ... there in April–June 2024, against 26.5 thousand in the same quarter of 2023"
COMPARED_COUNT = pattern("compared_count")


def _compared_values(text: str, sent: Sent, ents: list[Entity]) -> None:
    """ENT:compared-value: a count with no name of its own that a comparison word sets against
    the count before it ("..., against 26.5 thousand in the same quarter of 2023") is a count of
    that count's name."""
    for k in range(1, len(sent.stmts)):
        st, prev = sent.stmts[k], sent.stmts[k - 1]
        if st.entity is not None or prev.entity is None or prev.entity.label not in ("COUNTRY", "REGION", "GROUP"):
            continue        # (a group's too: "from non-CIS countries numbered 86,000, against 71,900 departures")
        if all(q.kind == "percent" for q in st.quants) and "ENT:compared-value" in prev.rules \
                and regex.fullmatch(r"[^;:()]{0,60}?\(\s*[-–−+]?", text[prev.end:st.start]):
            st.entity = prev.entity         # "..., against 26.5 thousand a year earlier (–8.5%)"
            st.rules.append("ENT:compared-value")
            continue
        if not all(q.kind == "count" for q in st.quants + prev.quants):
            continue
        m = COMPARED_COUNT.fullmatch(text, prev.end, st.start)
        if m is not None and not any(prev.end <= e.start < st.end + 30 and e.id != REPORTING_COUNTRY for e in ents):
            st.entity = prev.entity
            st.rules.append("ENT:compared-value")


# "... the Russian Federation (58.3%), which sent 30.7 KZT": a name, its bracket, and the relative
# pronoun whose verb the amount follows
RELATIVE_LEAD = compiled(r"^\s*(?:\([^()]{0,30}\))?\s*,\s*(?:which|who)\s+(?:[\p{Ll}-]+\s+){1,3}"
                         + HEDGE + r"(?:KZT\s*|USD\s*|US\$\s*|\$\s*)?$")


def _relative_antecedent(text: str, sent: Sent, st: Statement, ents: list[Entity]) -> Entity | None:
    """ENT:relative: an amount right after the verb of a relative clause ("which sent 30.7 KZT")
    is of the name the pronoun stands for, set right before it (with its bracket, if any)."""
    return next((e for e in reversed(ents) if sent.start <= e.start and e.end <= st.start
                 and e.label in ("COUNTRY", "REGION", "GROUP") and RELATIVE_LEAD.match(text[e.end:st.start])), None)


def _framed_entities(text: str, sent: Sent, ents: list[Entity], taken: set[int]) -> None:
    """ENT:former-latter, ENT:base-count, ENT:fronted-with and ENT:relative, before the
    nearest-name rules."""
    for gi, st in enumerate(sent.stmts):
        if st.entity is not None:
            continue
        named = _former_latter_name(text, sent, st, ents)
        if named is not None:
            st.entity = named
            st.rules.append("ENT:former-latter")
        elif _share_base_count(text, sent, gi, ents):
            st.rules.append("ENT:base-count")
        elif (fronted := _fronted_with(text, sent, st, ents)) is not None:
            st.entity = fronted
            st.rules.append("ENT:fronted-with")
            taken.add(id(fronted))
        elif (antecedent := _relative_antecedent(text, sent, st, ents)) is not None:
            st.entity = antecedent
            st.rules.append("ENT:relative")


# "... when 3.9 million arrived in the wake of the mobilisation announced in the Russian Federation":
# a name after an event's participle is where the event was, not the number's
# A name that opens the next item of a ranking ("41.3% – roughly 1.27 million entries – followed
# by the Russian Federation (27.6%)") is no subject of the numbers before it.
NEXT_ITEM = compiled(r"\b(?:followed\s+by|ahead\s+of|trailed\s+by|then\s+came)\s+(?:the\s+)?$", regex.I)
EVENT_PLACE = compiled(r"\b(?:announced|adopted|introduced|launched|imposed)\b", regex.I)


def _set_off_name(text: str, e: Entity, st: Statement) -> bool:
    """"... and the capital, Astana, 9,874": a name set off by commas right before a number, after
    the words it names ("the capital", "the largest city"), is the number's."""
    return bool(regex.fullmatch(r"\s*,\s*", text[e.end:st.start])) and (bool(
        regex.search(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:capital|city|region|country)\s*,\s*$", text[max(0, e.start - 40):e.start]))
        or bool(regex.match(r"the\s+(?:[\w-]+\s+){0,2}?(?:capital|city|region|country)\s*,", e.text, regex.I)))


def _names_before(text: str, sent: Sent, st: Statement, free: list[Entity], lo: int) -> list[Entity]:
    """The free names between `lo` and the statement that may be its own: not in an aside, no
    total between, subjects before names set against them ("Uzbekistan overtook the Russian
    Federation: KZT 41.5 bn"), a name before a group its appositive names ("China, the only
    non-CIS country in the top five, held 2.5%")."""
    aside = _aside_clauses(sent, st, text)
    before = [e for e in free if lo <= e.start and e.end <= st.start
              and clause_at(sent.clauses, e.start).index not in aside and not _total_between(text, e, st)]
    before = [e for e in before if not _set_against(text, e)] or before
    return [e for e in before if not (e.label == "GROUP" and any(
        c.label == "COUNTRY" and DESCRIBED_BY.fullmatch(text[c.end:e.start]) for c in before))]


DASHED = compiled(r"^\s*[–—-]\s*$")


# A strip of figures each over (or before) its name: at least this many pairs.
VALUE_FIRST_PAIRS = 3


def _values_before_names(text: str, sent: Sent, ents: list[Entity]) -> set[int]:
    """ENT:value-first: a strip of figures each set before its name, nothing but spaces between
    ("38.7% Russian Federation 10.9% United States of America 9.6% Republic of Korea": key
    figures over their names in a row of cells, read as one line; blind designer77, 2023q4
    word), opening on a figure and closing on a name: each figure is the name's after it.
    Returns the names taken."""
    stmts = [st for st in sent.stmts if st.entity is None]
    names = sorted((e for e in ents if sent.start <= e.start < sent.end), key=lambda e: e.start)
    if len(stmts) < VALUE_FIRST_PAIRS or len(names) != len(stmts) or text[sent.start:stmts[0].start].strip() \
            or text[names[-1].end:sent.end].strip(" ."):
        return set()
    for st, e in zip(stmts, names):
        if not st.end <= e.start or text[st.end:e.start].strip():
            return set()
    if any(text[e.end:nxt.start].strip() for e, nxt in zip(names, stmts[1:])):
        return set()
    for st, e in zip(stmts, names):
        st.entity = e
        st.rules.append("ENT:value-first")
    return {id(e) for e in names}


def _tight_names(text: str, sent: Sent, ents: list[Entity], taken: set[int], dashed: set[int]) -> set[int]:
    """ENT:tight: a name right before its number; returns the names whose bracketed share
    follows them ("Uzbekistan (49.2%)"), which a count after them may share, and adds to
    `dashed` the names a count follows after a dash or in brackets ("citizens of Uzbekistan – 29,130
    workers"), which a share before them may share ("About half of them (49.6%) were citizens
    of Uzbekistan – 29,130 workers": blind round41, 2025q3 twocol-reportlab)."""
    shared: set[int] = set()
    for st in sent.stmts:
        if st.entity is not None:
            continue
        tight = [e for e in ents if e.end <= st.start and (TIGHT.match(text[e.end:st.start]) or _set_off_name(text, e, st))
                 and not _base_before_country(text, sent, st, e, ents)]
        if tight:
            st.entity = tight[-1]
            st.rules.append("ENT:tight")
            taken.add(id(tight[-1]))
            if all(q.kind == "percent" for q in st.quants) and "(" in text[tight[-1].end:st.start]:
                shared.add(id(tight[-1]))
            elif all(q.kind == "count" for q in st.quants) and (DASHED.match(text[tight[-1].end:st.start])
                                                                 or "(" in text[tight[-1].end:st.start]):
                # ... or in brackets ("– 50.7 per cent – were citizens of Uzbekistan (29,805
                # people)": blind round11, 2023q1 onecol-chromium)
                dashed.add(id(tight[-1]))
    return shared


def _near_name(text: str, st: Statement, before: list[Entity], after: list[Entity]) -> tuple[Entity, str]:
    """The name next to a statement: the last before it (ENT:before; ENT:whose where "whose" stands
    between: "citizens of the Russian Federation, whose 3,985 approvals"), else the first after it
    (ENT:after), also after a group before it where a share "came from" a country ("Arrivals from
    outside the CIS: 30.5 per cent came from China")."""
    if before and WHOSE.fullmatch(text, before[-1].end, st.start):
        return before[-1], "ENT:whose"
    if before and not (before[-1].label == "GROUP" and after and after[0].label == "COUNTRY"
                       and all(q.kind == "percent" for q in st.quants) and CAME_FROM.match(text, st.end, after[0].start)):
        return before[-1], "ENT:before"
    return after[0], "ENT:after"


# "citizens of the Russian Federation, whose 3,985 approvals outnumbered those of Uzbek citizens":
# the number after "whose" is the name's before it, across the relative clause's comma
WHOSE = compiled(r"\s*,?\s*whose\s+(?:[a-z]+\s+){0,2}", regex.I)


def assign_entities(text: str, sent: Sent, ents: list[Entity], earlier: list[Entity] = ()) -> None:
    """Give each statement its breakdown entity (ENT:tight, ENT:before, ENT:after,
    ENT:sentence, ENT:there; `earlier`: the paragraph's entities before the sentence)."""
    ents = [e for e in ents if not (e.label == "COUNTRY" and e.id == REPORTING_COUNTRY)]
    taken: set[int] = _respectively(text, sent, ents) | _values_before_names(text, sent, ents)
    dash_counts: set[int] = set()
    shared = _tight_names(text, sent, ents, taken, dash_counts)
    _framed_entities(text, sent, ents, taken)
    for gi, st in enumerate(sent.stmts):
        if st.entity is not None or "ENT:base-count" in st.rules:
            continue
        lo, _ = scope(sent, st.clause)
        prev_end = sent.stmts[gi - 1].end if gi > 0 else lo
        nxt = sent.stmts[gi + 1].start if gi + 1 < len(sent.stmts) else sent.end
        free = [e for e in ents if id(e) not in taken and not _is_base(text, sent, e)]
        before = _names_before(text, sent, st, free, max(lo, prev_end)) \
            or [e for e in free if e.end <= st.start and WHOSE.fullmatch(text, e.end, st.start)]
        counts = all(q.kind == "count" for q in st.quants)   # "30,140 were nationals of Uzbekistan (49.2%)"
        shares = all(q.kind == "percent" for q in st.quants)
        after = [e for e in ents if (id(e) not in taken or counts and id(e) in shared or shares and id(e) in dash_counts)
                 and (not _is_base(text, sent, e) or counts and e.label == "GROUP")    # "... 390.5 thousand
                 and st.end <= e.start < nxt and e.start - st.end <= FOLLOW_REACH       # arrivals from non-CIS countries"
                 and reachable(sent, st, e.start)
                 and (not regex.search(r"[,;:(]", _after_appositive(text, st, e.start))
                      or _bracketed_name(text, st, e))
                 and not _past_a_dash(text, st, e.start)
                 and not _leaves_its_bracket(text, sent, st, e.start, ents)
                 and not THERE_BETWEEN.search(text, st.end, e.start)    # "came from there – while Uzbekistan"
                 and not NEXT_ITEM.search(text, st.end, e.start)
                 and not EVENT_PLACE.search(text, st.end, e.start)]
        restated = [] if before or after else (_after_aside(text, sent, st, free)
                                                or _before_aside(text, sent, st, ents))
        # a percent in a dash aside right after a named amount is its share ("KZT 45.5 bn – 38.5 per cent – and")
        dashed = _dashed_or_bracketed(text, sent, gi) if not before else None
        if dashed is not None:
            after, restated = [], []
        appositive = dashed or (None if before or after or restated else _appositive_of(text, sent, gi))
        named = (appositive, "ENT:appositive") if appositive is not None else (
            None if before or after or restated else _fronted_subject(text, sent, st, free), "ENT:fronted")
        if restated:              # shared with the amounts inside the aside: not taken
            pick, rule = restated[0], "ENT:aside"
        elif named[0] is not None:
            pick, rule = named
        elif before or after:
            pick, rule = _near_name(text, st, before, after)
            taken.add(id(pick))
        else:
            pick, rule = _unnamed_entity(text, sent, st, ents, earlier)
        if pick is not None:
            st.entity = pick
            st.rules.append(rule)
    _corresponding_names(text, sent, earlier)
    _fronted_for_names(text, sent)
    _bracketed_list_names(text, sent, ents)
    _shares_of_listed_names(text, sent, ents)
    _coordinated_counts(text, sent)
    _shared_after_names(text, sent)
    _other_countries(text, sent, earlier)
    _appositive_pair_names(text, sent, ents)
    _remainder_names(text, sent, ents)
    _dash_share_names(text, sent)
    _currency_pair_names(text, sent)
    _amount_share_names(text, sent)
    _share_amount_names(text, sent)
    _share_bracket_names(text, sent, ents)
    _name_bracket_items(text, sent, ents)
    _list_after_named_list(text, sent)
    _dash_aside_names(text, sent)
    _respective_to_parallel(text, sent)
    _comment_names(text, sent)
    for st in sent.stmts:            # "... outside the CIS: 30,000 citizens were registered there"
        named = _there_names(text, list(earlier) + ents, st)
        if st.entity is not None and st.entity.label == "GROUP" and named and \
                THERE.search(text[st.end:scope(sent, st.clause)[1]]):
            st.entity = named[-1]
            st.rules.append("ENT:there")
    _compared_values(text, sent, ents)


# "...; this is", ", which is", ", i.e.": a change that comments on the figure right before it
COMMENT_BETWEEN = compiled(r"\s*[;,]\s*(?:this|that|which|it)\s+(?:is|was|represents|represented|marks|marked|means)\s*", regex.I)


def _comment_names(text: str, sent: Sent) -> None:
    """ENT:comment: a change with no name of its own that comments on the named figure right
    before it ("Transfers to the Republic of Türkiye reached 18.4 billion tenge ($40.8 million), a
    share of the total amount – 13.0%; this is 66.1 per cent less than in Q1 2023": blind round96,
    2024q1 twocol-fpdf) is of that figure's name."""
    for a, b in zip(sent.stmts, sent.stmts[1:]):
        if b.entity is not None or a.entity is None or a.entity.label not in ("COUNTRY", "REGION") \
                or not all(q.kind == "percent" for q in b.quants):
            continue
        if COMMENT_BETWEEN.fullmatch(text, a.end, b.start) and cues()["change"].search(text, b.end, sent.end):
            b.entity = a.entity
            b.rules.append("ENT:comment")


WHERE_AFTER = compiled(r"(?:\s+[^\W\d][\w-]*){0,3}?\s*(?:\([^()]*\)\s*)?,\s*(?:where|in\s+which|to\s+which|from\s+which)\b", regex.I)


def _where_name(text: str, sent: Sent, st: Statement, ents: list[Entity]) -> Entity | None:
    """ENT:where: the first number of a ', where' (', in which', ', to which') clause right after a
    country and its bracket is that country's ('followed by Uzbekistan (KZT 51.9 billion; 23.1%),
    where transfers grew by 18.2% year on year')."""
    named = [e for e in ents if e.label == "COUNTRY" and e.id != REPORTING_COUNTRY
             and sent.start <= e.start and e.end <= st.start]
    if not named:
        return None
    m = WHERE_AFTER.match(text, named[-1].end)
    if m is None or m.end() > st.start:
        return None
    first = all(not (m.end() <= x.start < st.start) for x in sent.stmts if x is not st)
    return named[-1] if first else None


# "KZT 42 billion came from there": the amount's place is named before it, not by a name after
THERE_BETWEEN = compiled(r"\b(?:there|thither|from\s+it|to\s+it)\b", regex.I)


def _unnamed_entity(text: str, sent: Sent, st: Statement, ents: list[Entity], earlier) -> tuple:
    """The entity of a statement with no name of its own near it: ENT:where, ENT:sentence,
    ENT:destination, ENT:bracket-predicate, ENT:it, ENT:there, in that order."""
    where = _where_name(text, sent, st, ents)
    if where is not None:
        return where, "ENT:where"
    neighbour = _restating_neighbour(text, sent, st)
    if neighbour is not None:
        return neighbour, "ENT:restated-neighbour"
    pick, rule = _earlier_entity(text, sent, st, ents), "ENT:sentence"
    hi = scope(sent, st.clause)[1]
    if pick is None:
        dest = [e for e in ents if e.label == "COUNTRY" and e.id != REPORTING_COUNTRY and st.end <= e.start < hi
                and DESTINATION.search(text[max(st.end, e.start - 30):e.start]) and ";" not in text[st.end:e.start]
                and not EVENT_PLACE.search(text, st.end, e.start) and not _past_a_dash(text, st, e.start)]
        pick, rule = (dest[0], "ENT:destination") if dest else (None, rule)
    if pick is None and all(q.kind == "percent" for q in st.quants):
        named = [e for e in ents if e.label == "COUNTRY" and BRACKET_THEN_FROM.match(text[st.end:e.start])]
        pick, rule = (named[0], "ENT:bracket-predicate") if named else (None, rule)
    if pick is None and (IT_SUBJECT.match(text, sent.start) or THE_FIGURE.search(text, sent.start, st.start)
                         or NOUN_THERE.match(text, sent.start)):
        named = [e for e in earlier if e.label == "COUNTRY" and e.id != REPORTING_COUNTRY]
        pick, rule = (named[-1], "ENT:it") if named and not _listed_before(text, sent, named) else (pick, rule)
    if pick is None and st.clause.start > sent.start and NOUN_THERE.match(text, st.clause.start):
        # "Russia again received the largest amount; transfers there increased by 12.4%"
        named = [e for e in ents if e.label == "COUNTRY" and e.id != REPORTING_COUNTRY
                 and sent.start <= e.start and e.end <= st.clause.start]
        pick, rule = (named[-1], "ENT:it") if named else (pick, rule)
    lo = scope(sent, st.clause)[0]
    if pick is None and lo > sent.start and ITS_OPENING.match(text, lo):
        # "The Russian Federation remained the main destination; its share, 31.3%, ...": the one
        # country named before in the sentence (blind designer75, 2025q1 chromium2)
        named = [e for e in ents if e.label == "COUNTRY" and e.id != REPORTING_COUNTRY
                 and sent.start <= e.start and e.end <= lo]
        pick, rule = (named[0], "ENT:it") if len({e.id for e in named}) == 1 else (pick, rule)
    if (pick is None or pick.label == "GROUP") and THERE.search(text[st.end:hi]):
        named = _there_names(text, list(earlier) + ents, st)
        pick, rule = (named[-1], "ENT:there") if named else (pick, rule)
    return pick, rule


ASIDE = compiled(r"\s[–—]\s")
# a clause opening on a possessive that points back ("; its share, 31.3%, ...")
ITS_OPENING = compiled(r"[\s;,:]*(?:its|their)\s", regex.I)


# "The overwhelming majority, some 3.14 million, came from CIS member states": a number set off
# by commas as the subject's aside, then the predicate that names where it came from
COMMA_ASIDE_OPEN = compiled(r",\s*(?:some|about|around|nearly|almost|roughly|over|just\s+over|more\s+than)?\s*$", regex.I)
COMMA_ASIDE_CLOSE = compiled(r"\s*,\s*(?:[\p{L}-]+\s+){0,2}?(?:came|come|arrived|entered|originated|were|was)\s+"
                                  r"(?:[\p{L}-]+\s+){0,2}?(?:from|of|in)\s+(?:the\s+)?", regex.I)


def _after_aside(text: str, sent: Sent, st: Statement, free: list[Entity]) -> list[Entity]:
    """"60.0% – KZT 30.0 billion, or USD 65.0 million – came from Russia": a dash aside right
    after the number restates it; the name after the aside's closing dash is the number's too.
    So is the name a predicate names right after a number set off by commas as the subject's
    aside ("The majority, some 3.14 million, came from CIS member states")."""
    closing = COMMA_ASIDE_CLOSE.match(text, st.end)
    if closing is not None and COMMA_ASIDE_OPEN.search(text, max(sent.start, st.start - 20), st.start):
        return [e for e in free if e.start == closing.end()]
    opened = ASIDE.match(text, st.end)
    closed = ASIDE.search(text, opened.end(), sent.end) if opened else None
    if closed is None or ";" in text[st.end:closed.start()]:
        return []
    return [e for e in free if closed.end() <= e.start < closed.end() + FOLLOW_REACH // 2
            and not regex.search(r"[,;(\d]", text[closed.end():e.start])
            and not NEXT_ITEM.search(text, closed.end(), e.start)]


def _before_aside(text: str, sent: Sent, st: Statement, ents: list[Entity]) -> list[Entity]:
    """"citizens of Uzbekistan – 30,000 persons – formed the majority (50.0%)": a number after a
    dash aside takes the name right before the aside's opening dash."""
    dashes = list(ASIDE.finditer(text, sent.start, st.start))
    if len(dashes) < 2:
        return []
    opened, closed = dashes[-2], dashes[-1]
    if regex.search(r"[\d;]", text[closed.end():st.start]) or st.start - closed.end() > FOLLOW_REACH:
        return []
    return [e for e in ents if e.end <= opened.start() and not text[e.end:opened.start()].strip()]


# "Uzbekistan's share in CIS arrivals", "Of the non-CIS arrivals, ...", "among CIS nationals":
# a group named as the base of a share, not its subject.
BASE_BEFORE = pattern("base_before")      # "share in CIS arrivals", "среди граждан стран СНГ"


# "The non-CIS flow ...", "The much smaller non-CIS stream was led by Turkey" (blind designer73, 2022q1 chromium2)
# a comparative or superlative before a group's name: "the much smaller", "the largest"
COMPARATIVE = r"(?:(?:much\s+|far\s+)?[a-z]+er\s+|[a-z]+est\s+)?"
THE_OPENING = compiled(r"^\W*the\s+" + COMPARATIVE + "$", regex.I)
# (also a noun for the group's view: "The non-CIS picture was led by China (34.8%)": blind designer70, 2025q4 chromium)
FLOW_NOUN = compiled(r"\s+(?:inflows?|outflows?|flows?|streams?|traffic|arrivals|entries|departures|exits|visitors|share|group|total"
                     r"|picture|ranking|mix|breakdown|composition|side|segment)\b",
                          regex.I)
IN_THE = compiled(r"\b(?:in|within|inside)\s+the\s+" + COMPARATIVE + "$", regex.I)   # "within the much smaller"
GROUP_WORD = compiled(r"\s+group\b", regex.I)
# "Türkiye remained the main non-CIS country of origin with 58.4 per cent": a group naming the
# class of a country set as its subject's role, not the subject (blind designer79, 2023q2 reportlab)
ROLE_BEFORE = compiled(r"\bthe\s+(?:(?:main|leading|top|principal|chief|biggest|largest|first|second|third|[a-z]+est)\s+)+$",
                       regex.I)
ROLE_NOUN = compiled(r"\s+(?:country|nationality|source|sender|partner|origin)\b", regex.I)


def _is_base(text: str, sent: Sent, e: Entity) -> bool:
    if e.label != "GROUP":
        return False
    start = clause_at(sent.clauses, e.start).start
    return bool(BASE_BEFORE.search(text[start:e.start])) or bool(
        IN_THE.search(text[start:e.start]) and (GROUP_WORD.match(text, e.end) or FLOW_NOUN.match(text, e.end))) or bool(
        # "In the non-CIS group China (30.0%)", "the largest group in the CIS flow, making up 44.5%"
        THE_OPENING.match(text[start:e.start]) and FLOW_NOUN.match(text, e.end)) or bool(  # ", the CIS inflow was led by"
        ROLE_BEFORE.search(text[start:e.start]) and ROLE_NOUN.match(text, e.end)) or bool(
        e.start == sent.start and FLOW_NOUN.match(text, e.end)     # "Non-CIS traffic was led by China with 34.5%"
        and all(q.kind == "percent" for x in sent.stmts for q in x.quants)) or bool(
        # "Outside the Commonwealth the picture is led by China (38.4%), followed by ...": a
        # sentence of shares opened by the group as a place
        # (up to a semicolon: "...; the remainder was spread over more than 90 nationalities")
        not text[sent.start:e.start].strip(" \"'(") and OUTSIDE_NAME.match(e.text)
        and all(q.kind == "percent" for x in sent.stmts for q in x.quants if ";" not in text[e.end:q.start])) or bool(
        # "Four CIS nationalities dominated the flow: Uzbekistan (44.18%), ...": the group's
        # countries introduce the list after the colon (blind designer101, 2022q3 word)
        GROUP_LIST_INTRO.match(text, e.end))


GROUP_LIST_INTRO = compiled(r"\s+(?:member\s+)?(?:nationalities|countries|states|nations)\b[^.;:\d]{0,50}:", regex.I)


OUTSIDE_NAME = compiled(r"(?:from\s+)?(?:outside|beyond)\b", regex.I)    # "From outside the Commonwealth, China ..."


def base_group(text: str, sent: Sent, st: Statement, ents) -> str | None:
    """The group a sentence names as the base of its shares, before the statement and not
    across a hard or parallel break."""
    # the clause of the share's country stands for it ("Among non-CIS arrivals China came first with 30.0%")
    own = clause_at(sent.clauses, st.entity.start).index if st.entity is not None and \
        sent.start <= st.entity.start < st.start else st.clause.index
    found = [e for e in ents if e.end <= st.start and sent.start <= e.start and _is_base(text, sent, e)
             and not blocked(sent, clause_at(sent.clauses, e.start).index, own,
                             ("hard",) if _fronted(text, sent, e) else ("parallel",))]
    return found[-1].id if found else None


# "Of the visitors from outside the CIS, ...", "Among CIS arrivals, ...": a base set before the
# sentence's first comma governs every clause of the sentence, the parallel ones too.
FRONTED = compiled(r"^\W*(?:of|among|within)\b[^,;:\d]{0,40}$", regex.I)


def _fronted(text: str, sent: Sent, e: Entity) -> bool:
    return bool(FRONTED.match(text[sent.start:e.start])) and text[e.end:e.end + 2].lstrip().startswith(",")


RESPECTIVELY = compiled(r"\brespectively\b", regex.I)


NAMES_THEN_NUMBERS = compiled(r"^[^\d.;()]{1,80}$")   # an aside between commas may stand between
NAME_JOIN = pattern("name_join")   # "the United States and the Republic of Korea"


def _listed_after_names(text: str, sent: Sent, ents: list[Entity]) -> list[Statement]:
    """The last statement of each list of numbers printed right after a list of as many names
    ("Kyrgyzstan, Tajikistan and Türkiye followed with 7.4, 4.8 and 1.6 percent")."""
    out = []
    for i, x in enumerate(sent.stmts):
        k = 1
        # ", and" between the numbers, or after a pair's bracket ("14.5B tenge ($27.7M) and 9.8B tenge
        # ($18.7M)": blind round59, 2025q4 onecol-reportlab) where no "respectively" ends a list
        # restating them ("..., i.e. 8,3% and 3,6% of the total, respectively": that one names both)
        while i + k < len(sent.stmts) and LIST_JOIN.match(_after_pair(text, sent.stmts[i + k - 1].end,
                                                                      sent.stmts[i + k].start, sent)):
            k += 1
        names = [e for e in ents if e.end <= x.start and sent.start <= e.start]
        countries = [e for e in names if e.label != "GROUP"]
        if names and names[-1].label == "GROUP" and countries and NAMES_THEN_NUMBERS.match(text[countries[-1].end:x.start]):
            names = countries       # a group scoping the list: "A, B and C dominated the CIS departures with 40.9, ..."
        if k < 2 or len(names) < k or not NAMES_THEN_NUMBERS.match(text[names[-1].end:x.start]):
            continue
        run = names[-k:]
        if all(NAME_JOIN.match(text[a.end:b.start]) for a, b in zip(run, run[1:])):
            out.append(sent.stmts[i + k - 1])
    return out


def _after_pair(text: str, a: int, b: int, sent: Sent) -> str:
    """The words between two statements, a pair's closing bracket left out where no "respectively"
    stands in the sentence."""
    between = text[a:b]
    return between if RESPECTIVELY.search(text, sent.start, sent.end) else between.lstrip(")")


# What joins the numbers of one list: commas, "and", brackets around a paired amount.
RESPECTIVE_JOIN = compiled(r"[\s,)]*(?:and\s+)?[\s,(]*")


def _run_before(text: str, sent: Sent, at: int) -> list[Statement]:
    """The last list of statements (joined by RESPECTIVE_JOIN) that ends before `at`."""
    run = [x for x in sent.stmts if x.end <= at]
    while len(run) > 1 and not RESPECTIVE_JOIN.fullmatch(text, run[-2].end, run[-1].start):
        run = run[:-1]
    k = len(run) - 1
    while k > 0 and RESPECTIVE_JOIN.fullmatch(text, run[k - 1].end, run[k].start):
        k -= 1
    return run[k:]


# a sentence whose subject points back to the things the sentence before named ("..., however,
# they grew by 8.7 and 5.6 per cent respectively"), or is the change itself, naming none ("Against
# the same quarter of 2022 the growth was 28.1 and 23.9 per cent respectively": blind round83,
# 2023q2 tables-chromium)
THEY_SUBJECT = compiled(r"\b(?:they|both|the\s+(?:growth|rise|increase|decline|fall|drop|decrease|change)s?)\b", regex.I)


def they_respectively(text: str, sent: Sent, st: Statement, run: Running) -> str | None:
    """MET:they-respectively: "Compared with the last quarter, outgoing transfers declined by 12.4
    per cent and incoming ones by 21.3 per cent. Against the same quarter of 2021, however, they
    grew by 8.7 and 5.6 per cent respectively": the k changes of a list closed by "respectively",
    in a sentence whose subject "they" comes before them and names no metric, take in order the
    metrics of the k changes the sentence before stated (blind round76, 2022q1 tables-reportlab)."""
    m = RESPECTIVELY.search(text, st.end, sent.end)
    group = _run_before(text, sent, m.start()) if m else []
    if st not in group or len(group) < 2 or not THEY_SUBJECT.search(text, sent.start, group[0].start) \
            or any(not c.weak and c.start < group[0].start for c in sent.cues):
        return None
    before = [c for c in run.changes if c[0] < sent.start][-len(group):]
    metrics = [c[2] for c in before]
    if len(before) != len(group) or len(set(metrics)) != len(metrics):
        return None
    return metrics[group.index(st)]


def respective_metric(text: str, sent: Sent, st: Statement):
    """MET:respectively: "3,100,500 and 2,900,500 foreign citizens entered and left Kazakhstan,
    respectively": the k statements of a list take, in order, the k metric cues printed between
    the list and "respectively". Returns the statement's cue, or None."""
    for m in RESPECTIVELY.finditer(text, st.end, sent.end):
        run = _run_before(text, sent, m.start())
        if st not in run or len(run) < 2:
            return None
        cues_after = [c for c in sent.cues if run[-1].end <= c.start < m.start() and not c.weak]
        if len(cues_after) == len(run):
            return cues_after[run.index(st)]
        listed = _listed_cues_before(text, sent, run)      # "arrivals and departures were up by
        return listed[run.index(st)] if listed else None   #  8.7 and 5.9 per cent respectively"
    return None


# "arrivals and departures", "entries, exits", "arrived in and left Kazakhstan" (a preposition whose
# object the second cue names)
CUE_LIST_JOIN = compiled(r"^[\s,]*(?:(?:in|into|to|from)\s+(?=and\b))?(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?$",
                              regex.I)


def _listed_cues_before(text: str, sent: Sent, run: list[Statement]) -> list[Cue]:
    """The k metric cues listed ("A and B", "A, B and C") last before a run of k statements,
    within the first statement's clause, or a list the clause opens with its last cue ("who
    arrived in | and left Kazakhstan stood at X and Y respectively": the clause cut at "and")."""
    lo = run[0].clause.start
    opened = [c for c in sent.cues if c.start < lo and not c.weak]
    first = next((c for c in sent.cues if c.start >= lo and not c.weak), None)
    if opened and first is not None and CUE_LIST_JOIN.match(text[opened[-1].end:first.start]):
        lo = opened[-1].start
    before = [c for c in sent.cues if lo <= c.start and c.end <= run[0].start and not c.weak]
    listed = before[-len(run):]
    if len(listed) != len(run) or len({c.value for c in listed}) != len(listed) or not all(
            CUE_LIST_JOIN.match(text[a.end:b.start]) for a, b in zip(listed, listed[1:])):
        return []
    return listed


JOINT = compiled(r"\b(?:together|combined|jointly|between\s+them)\b", regex.I)
EACH = compiled(r"\beach\b", regex.I)
BOUND_BEFORE = compiled(r"\b(?:(?:less|more|fewer)\s+than|under|over|below|above|up\s+to)\s*$", regex.I)
COORDINATED = compiled(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")


def joint_shares(text: str, sent: Sent, ents: list[Entity]) -> list[Statement]:
    """"Uzbek and Russian nationals together took 85 per cent of them": a share of two names at
    once (coordinated, then "together", "combined", "jointly" before the percent, in its clause)
    is a figure of neither (ENT:joint); so is a bound that each of them stays under ("Tajikistan
    and Armenia each contributed less than three percent")."""
    out = []
    for st in sent.stmts:
        if not st.quants or any(q.kind != "percent" for q in st.quants) or _first_of_respective(text, sent, st):
            continue        # "A and B together employed a third, with shares of 21.4 and 15.8 per cent respectively"
        lo = scope(sent, st.clause)[0]
        pairs = [(a, b) for a, b in zip(ents, ents[1:]) if lo <= a.start and b.end <= st.start
                 and COORDINATED.fullmatch(text, a.end, b.start)]
        if any((JOINT.search(text, b.end, st.start) or EACH.search(text, b.end, st.start)
                and BOUND_BEFORE.search(text, max(b.end, st.start - 20), st.start))
               and not regex.search(r"[;(]", text[b.end:st.start]) for _, b in pairs):
            out.append(st)
    return out


def _first_of_respective(text: str, sent: Sent, st: Statement) -> bool:
    """The statement opens a list of numbers that "respectively" closes ("with shares of 21.4 and
    15.8 per cent respectively")."""
    later = [x for x in sent.stmts if x.start >= st.end]
    m = RESPECTIVELY.search(text, st.end, sent.end)
    return bool(later and m and later[0].end <= m.start() and PERCENT_LIST_JOIN.fullmatch(text, st.end, later[0].start))


# between two percents of a list: "21.4 and 15.8", "21.4%, 15.8%"
PERCENT_LIST_JOIN = compiled(r"\s*(?:per\s*cent|percent|%)?" + COORDINATED.pattern, regex.I)


PAIRED_AGAINST = compiled(r"\s*(?:against|versus|vs\.?)\s*", regex.I)


# a list restating the list right before it: "..., i.e. 8,3% and 3,6% of the total"
# "..., i.e. a% and b%", "..., with shares of 11.0% and 9.5%, amounting to KZT 10.6 billion and KZT
# 9.1 billion respectively" (blind round60, 2024q1 twocol-reportlab)
RESTATES = compiled(r"[\s,)]*(?:i\.\s?e\.|that\s+is|or|equal\s+to|amounting\s+to|equivalent\s+to|representing)[\s,]*$",
                         regex.I)


def _restated_run(text: str, sent: Sent, run: list[Statement], ents: list[Entity], taken: set[int]) -> tuple | None:
    """(names, the list before) where `run` restates a list of as many statements right before
    it ("A (..) and B (..), i.e. a% and b%") that the k names listed before that list name."""
    k = len(run)
    before = [x for x in sent.stmts if x.end <= run[0].start]
    if k < 2 or len(before) < k or not RESTATES.match(text, before[-1].end, run[0].start) \
            or not RESTATES.fullmatch(text[before[-1].end:run[0].start]):
        return None
    prior = before[-k:]
    if all(x.entity is not None for x in prior) and len({id(x.entity) for x in prior}) == k:
        return [x.entity for x in prior], prior     # the list restated was named already
    if not all(regex.fullmatch(r"[\s,)(]*(?:and\s+)?[\s,(]*", text[a.end:b.start]) or text[a.end:b.start].strip(" ,()").startswith(("USD", "KZT"))
               for a, b in zip(prior, prior[1:])):
        return _interleaved_names(text, sent, prior, ents, taken)
    names = [e for e in ents if e.end <= prior[0].start and id(e) not in taken
             and not any(e.end <= x.start < prior[0].start for x in sent.stmts)]
    names = names[-k:]
    if len(names) < k or not all(NAMES_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(names, names[1:])):
        return None
    return names, prior


def _interleaved_names(text: str, sent: Sent, prior: list[Statement], ents: list[Entity],
                       taken: set[int]) -> tuple | None:
    """(names, the list before) where each statement of the list a run restates has one name of
    its own right before it, after the statement before ("Arrivals from CIS member states
    numbered 2,987,400 and those from non-CIS countries 425,250, or 87.5% and 12.5% of the total,
    respectively")."""
    names, lo = [], sent.start
    for x in prior:
        own = [e for e in ents if lo <= e.start and e.end <= x.start and id(e) not in taken]
        if len(own) != 1:
            return None
        names.append(own[0])
        lo = x.end
    return names, prior


def _respectively(text: str, sent: Sent, ents: list[Entity]) -> set[int]:
    """"Kyrgyzstan and China followed with 7.9% and 4.0% respectively", "Kyrgyzstan, Tajikistan
    and Türkiye followed with 7.4, 4.8 and 1.6 percent": the k statements of a list take the k
    names listed before them, or the k names between them and "respectively", in order
    (ENT:respectively)."""
    taken: set[int] = set()
    ends = [m.start() for m in RESPECTIVELY.finditer(text, sent.start, sent.end)]
    ends += [x.end for x in _listed_after_names(text, sent, ents)]
    # "Russian nationals outnumbered Uzbek nationals: 43.5 percent against 36.1"
    ends += [b.end for a, b in zip(sent.stmts, sent.stmts[1:]) if PAIRED_AGAINST.fullmatch(text, a.end, b.start)
             and all(q.kind == "percent" for q in a.quants + b.quants)]
    for end in sorted(set(ends)):
        stmts = [x for x in sent.stmts if x.end <= end]
        if not stmts:
            continue
        run: list[Statement] = []
        for x in reversed(stmts):
            if run and not regex.match(r"^[\s,)]*(?:and\s+)?[\s,]*$", text[x.end:run[0].start]) \
                    and not PAIRED_AGAINST.fullmatch(text, x.end, run[0].start):
                break
            run.insert(0, x)
        if all("ENT:respectively" in x.rules for x in run):
            continue            # read at an earlier "respectively" end
        names = [e for e in ents if e.end <= run[0].start and id(e) not in taken] if len(run) >= 2 else []
        names = [e for e in names if not any(e.end <= x.start < run[0].start for x in sent.stmts)
                 and ";" not in text[e.end:run[0].start]]      # not across a hard break
        later = [e for e in ents if run[-1].end <= e.start and e.end <= end and id(e) not in taken]
        if len(run) >= 2 and len(later) == len(run):
            names = later            # "2,500,000 and 400,000 for CIS and non-CIS nationals respectively"
        elif len(run) >= 2 and not names:
            after = _names_after_respectively(text, end, sent.end, ents, taken)
            if len(after) == len(run):
                names = after        # "(3,062,300 and 136,170 respectively for CIS and non-CIS nationals)"
        # "the capital, Nur-Sultan": one place named twice in apposition is one name of the list
        names = [e for k, e in enumerate(names) if k == 0 or not (
            e.id == names[k - 1].id and regex.fullmatch(r"[\s,(]*", text[names[k - 1].end:e.start]))]
        bracketed = _bracketed_names_before(text, sent, run, ents) if len(run) >= 2 and len(names) < len(run) else []
        if len(run) >= 2 and len(names) < len(run) and not bracketed:
            names = _names_before_brackets(text, sent, run, ents) or names
        shared = bool(bracketed)
        if shared:           # the amounts keep their names too
            names = bracketed
        restated = _restated_run(text, sent, run, ents, taken) if len(names) < len(run) else []
        if restated:        # "X and Y received A (..) and B (..), i.e. a% and b% ..., respectively"
            names, run, shared = restated[0], restated[1] + run, True
            names = names + names
        countries = [e for e in names if e.label != "GROUP"]
        if len(run) >= 2 and len(countries) >= len(run) and any(e.label == "GROUP" for e in names[-len(run):]):
            names = countries       # the group scopes the list: "Türkiye, China, India and Germany led
            #                         the non-CIS arrivals with 28.4, 24.7, 9.3 and 7.5 per cent"
        if len(names) < len(run) and _one_name_over_metrics(text, sent, run, names):
            # one name before a list "respectively" spreads over the metrics of an earlier list
            # of the sentence ("... made 3,194,270 of the entries and 3,046,118 of the exits;
            # nationals of non-CIS countries made 288,345 and 271,786, respectively": blind
            # designer92, 2025q4 word)
            for x in run:
                x.entity = names[-1]
                x.rules.append("ENT:shared-respectively")
            continue
        if len(names) < len(run):
            continue
        for x, e in zip(run, names[-len(run):]):
            x.entity = e
            x.rules.append("ENT:respectively")
            if not shared:
                taken.add(id(e))
    _parallel_lists(text, sent)
    # "..., respectively, with KZT 29.6 billion and KZT 8.9 billion": a second list of the same
    # items takes the names of the list "respectively" closes, in order
    for x, named in _second_lists(text, sent.stmts, lambda x: "ENT:respectively" in x.rules,
                                  sent.start, sent.end):
        if x.entity is None:
            x.entity = named.entity
            x.rules.append("ENT:respectively")
    # "... sent 9.7 and 8.3 billion KZT respectively (USD 20.7 million and 17.7 million), i.e.
    # 10.1% and 8.6% of the total": a list after the second list takes its names in turn
    _parallel_lists(text, sent)
    return taken


def _one_name_over_metrics(text: str, sent: Sent, run: list[Statement], names: list[Entity]) -> bool:
    """One name stands between the statement before the run and the run, as the run's subject
    (no comma between), and the sentence printed an earlier run as long, joined the same way, its
    items each followed by a noun of its own ("3,194,270 of the entries and 3,046,118 of the
    exits")."""
    before = [x for x in sent.stmts if x.end <= run[0].start]
    lo = before[-1].end if before else sent.start
    own = [e for e in names if e.start >= lo]
    if len(own) != 1 or len(before) < len(run) or regex.search(r"[,;:()–—]", text[own[0].end:run[0].start]):
        return False
    earlier = before[-len(run):]
    return all(regex.match(r"\s+(?:of\s+)?(?:the\s+)?\p{L}{3,}", text[x.end:]) for x in earlier) \
        and all(regex.fullmatch(r"[^\d;]*?\s(?:and|,)\s*", text[a.end:b.start]) for a, b in zip(earlier, earlier[1:]))


def _respective_to_parallel(text: str, sent: Sent) -> None:
    """ENT:parallel-respectively: a list closed by "respectively" that names nothing of its own
    ("3,981,240 entries came from the Commonwealth and 337,322 from non-CIS countries, while on
    the way out the split was 3,779,415 and 323,462 respectively") takes, in order, the names of
    as many named statements right before it in its sentence (blind designer65, 2025q2
    chromium2)."""
    for m in RESPECTIVELY.finditer(text, sent.start, sent.end):
        stmts = [x for x in sent.stmts if x.end <= m.start()]
        run: list[Statement] = []
        for x in reversed(stmts):
            if run and not regex.match(r"^[\s,)]*(?:and\s+)?[\s,]*$", text[x.end:run[0].start]):
                break
            run.insert(0, x)
        if len(run) < 2 or any("ENT:respectively" in x.rules or x.entity is not None
                               and not {"ENT:sentence", "ENT:before"} & set(x.rules) for x in run):
            continue
        named = [x for x in stmts[:len(stmts) - len(run)] if x.entity is not None][-len(run):]
        if len(named) == len(run) and len({x.entity.id for x in named}) == len(run):
            for x, y in zip(run, named):
                x.entity = y.entity
                x.rules = [r for r in x.rules if not r.startswith("ENT:")] + ["ENT:parallel-respectively"]


def _list_after_named_list(text: str, sent: Sent) -> None:
    """ENT:respectively-list: "of whom 33,562 came from Uzbekistan, 24,559 from the Russian
    Federation and 3,820 from Kyrgyzstan – respectively 49.2, 36.0 and 5.6 per cent of the total":
    a list of k right after "respectively", with no names of their own, takes in order the k
    distinct names of the run of named statements right before it."""
    named = lambda x: x.entity is not None and x.entity.label in ("COUNTRY", "REGION")    # noqa: E731
    for x, first in _second_lists(text, sent.stmts, named, sent.start, sent.end):
        if x.entity is None or "ENT:sentence" in x.rules:
            x.entity = first.entity
            x.rules[:] = [r for r in x.rules if r != "ENT:sentence"] + ["ENT:respectively-list"]


# What joins two lists of the same items: a bracket, a dash, "i.e.": "12.4 and 9.8 billion KZT
# (23.5 and 18.6 million USD) – 7.4% and 5.8% of the total, respectively"
PARALLEL_JOIN = compiled(r"(?:\s+\p{L}+){0,2}"        # the first list's noun: "38,907 entries, or 22.78 ..."
                              r"[\s,()\u2013\u2014-]*(?:(?:i\.\s?e\.|that\s+is|or|equal\s+to)[\s,]*)?", regex.I)
IN_LIST = compiled(r"[\s,]*(?:and\s+)?")


def _parallel_lists(text: str, sent: Sent) -> None:
    """ENT:parallel-list: a list of k numbers with no names of its own, right after a list of k
    that took k names in order (ENT:respectively), joined by a bracket, a dash or "i.e.", takes
    the same names in the same order; so does the next such list after it."""
    runs: list[list[Statement]] = []
    for x in sent.stmts:
        if runs and IN_LIST.fullmatch(text, runs[-1][-1].end, x.start) and "(" not in text[runs[-1][-1].end:x.start]:
            runs[-1].append(x)
        else:
            runs.append([x])
    for a, b in zip(runs, runs[1:]):
        # a list whose items all took one name (the last before them, in apposition: "Türkiye and
        # China, with 41,250 and 38,907 entries, or 24.16 and 22.78 per cent ... respectively")
        # has no names of its own either
        one_name = len({x.entity.id for x in b if x.entity is not None}) <= 1
        if len(a) == len(b) >= 2 and all("ENT:respectively" in x.rules or "ENT:parallel-list" in x.rules for x in a) \
                and one_name and PARALLEL_JOIN.fullmatch(text, a[-1].end, b[0].start):
            for x, y in zip(b, a):
                x.entity = y.entity
                x.rules[:] = [r for r in x.rules if not r.startswith("ENT:")] + ["ENT:parallel-list"]


def _second_lists(text: str, stmts: list[Statement], given, lo: int = 0, hi: int | None = None
                  ) -> list[tuple[Statement, Statement]]:
    """(statement of a second list, statement of the first) for each "respectively" between `lo`
    and `hi`: the first list is the run of statements right before it that `given` holds for,
    the second the list of as many statements right after it (_list_after_respectively)."""
    pairs: list[tuple[Statement, Statement]] = []
    for m in RESPECTIVELY.finditer(text, lo, len(text) if hi is None else hi):
        prior: list[Statement] = []
        for x in (x for x in stmts if x.end <= m.start()):
            prior = prior + [x] if given(x) else []
        pairs += zip(_list_after_respectively(text, stmts, m.start(), len(prior)), prior)
    return pairs


# What joins "respectively" to a second list of the same items: "respectively, with", "(".
AFTER_RESPECTIVELY = compiled(r"respectively\s*(?:[,(]\s*)?(?:with|worth|or|i\.e\.|that\s+is|amounting\s+to|"
                                   r"(?:equal|equivalent)\s+to|equalling|equaling)?\s*\(?\s*", regex.I)


def _list_after_respectively(text: str, stmts: list[Statement], at: int, k: int) -> list[Statement]:
    """The k statements of a second list right after "respectively" ("... 39.9 and 12.0 per cent
    of incoming transfers, respectively, with KZT 29.6 billion (USD 65.6 million) and KZT 8.9
    billion (USD 19.7 million)"): the same items in the same order, when the list is exactly k
    long, joined by commas and "and" only."""
    m = AFTER_RESPECTIVELY.match(text, at)
    if m is None or k < 2:
        return []
    after = [x for x in stmts if x.start >= m.end()]
    if not after or after[0].start != m.end():
        return []
    run = [after[0]]
    for x in after[1:]:
        if not regex.fullmatch(r"[\s,)]*(?:and\s+)?", text[run[-1].end:x.start]):
            break
        run.append(x)
    rest = text[run[-1].end:run[-1].end + 3]
    return run if len(run) == k and not regex.match(r"\s*(?:and|,\s*\d)", rest) else []


# "respectively for CIS and non-CIS nationals": the list of names right after the word.
NAMES_AFTER_RESPECTIVELY = compiled(r"respectively\s*,?\s*(?:for|from|to|in|of|by)\s+(?:the\s+)?", regex.I)


def _names_after_respectively(text: str, at: int, stop: int, ents: list[Entity], taken: set[int]) -> list[Entity]:
    """The names listed right after "respectively for", up to the clause's end, in order."""
    m = NAMES_AFTER_RESPECTIVELY.match(text, at)
    if m is None:
        return []
    end = next((k for k in range(m.end(), stop) if text[k] in ");.:"), stop)
    names = [e for e in ents if m.end() <= e.start and e.end <= end and id(e) not in taken]
    if names and not names[0].start - m.end() <= 1:
        return []
    return names


def _bracketed_names_before(text: str, sent: Sent, run: list[Statement], ents: list[Entity]) -> list[Entity]:
    """"KZT 11.5 billion (USA) and KZT 8.5 billion (Korea), equal to 12.5% and 9.5% ...
    respectively": the k amounts right before the list, each with its name in brackets."""
    before = [x for x in sent.stmts if x.end <= run[0].start][-len(run):]
    if len(before) < len(run):
        return []
    names = [next((e for e in ents if _bracketed_name(text, x, e)), None) for x in before]
    return names if all(names) else []


def _names_before_brackets(text: str, sent: Sent, run: list[Statement], ents: list[Entity]) -> list[Entity]:
    """"The United States ($28.5M, 14.6B tenge) and Germany (11.8B tenge, $23.0M) accounted for
    12.3% and 10.0% of receipts, respectively" (blind round41, 2026q1 onecol-reportlab): the k
    names each followed by a bracket of amounts, right before the list; the amounts keep them."""
    out: list[Entity] = []
    for e in ents:
        if not sent.start <= e.start < run[0].start:
            continue
        m = regex.match(r"\s*\(([^()]*)\)", text[e.end:run[0].start])
        if m and any(e.end + m.start(1) <= x.start < e.end + m.end(1) for x in sent.stmts):
            out.append(e)
    if len(out) < len(run):
        return []
    out = out[-len(run):]
    last = regex.match(r"\s*\([^()]*\)", text[out[-1].end:run[0].start])
    if any(out[-1].end + last.end() <= x.start < run[0].start for x in sent.stmts):
        return []           # other figures between the last bracket and the list
    return out


# ", most of them from neighbouring CIS countries,": an aside on the figure before it
OF_THEM_ASIDE = compiled(r"[,\s]*(?:(?:most|many|some|half|all|nearly\s+all|almost\s+all|the\s+(?:majority|bulk)|"
                              r"(?:one|two|three)[\s-]+(?:thirds?|quarters?))\s+of\s+(?:them|these|those|whom|which)|"
                              r"(?:mostly|mainly|largely|chiefly|predominantly|overwhelmingly))\b(?![^,;]*\d)", regex.I)


def _aside_clauses(sent: Sent, st: Statement, text: str = "") -> set[int]:
    """The "when ..." / "which ..." clauses of the sentence other than the statement's own, and
    the number-free asides on the figure before them (", most of them from CIS countries,")."""
    return {c.index for c in sent.clauses if c.index != st.clause.index and (
        c.rule in ("CL:when", "CL:which") or (c.rule == "CL:comma" and text and OF_THEM_ASIDE.match(text, c.start)))}


# "KZT 120.0 billion (USD 260.0 million), a share of 65.0%": the share restates the amount's
APPOSITIVE = compiled(r"^\)?\s*(?:of\s+(?:the\s+|all\s+)?total\s*|(?:of\s+(?:the|all|these|those)\s+)?\p{Ll}+\s*)?,\s*(?:a\s+share\s+of|or|i\.e\.|that\s+is|"
                           r"equal\s+to|an?)(?:\s+(?:about|some|nearly|almost|around|roughly|approximately|close\s+to"
                           r"|just\s+(?:over|under)))?\s*$|^(?:\s*\p{Ll}+)?\s*;\s*$", regex.I)     # "Türkiye (KZT 40.8 billion; 20.3%)",
#                                                  "Germany (14,322 arrivals; 8.39%)";
#                       "made 1,781,450 of the entries, i.e. 91.7% of the total" (blind designer46)
# ("KZT 47.9 billion (USD 89.6 million), a 28.4% share of the total amount")
# (a counted noun may stand between: "Uzbekistan: 31,402 workers, a share of 53.9 per cent")


DASH_APPOSITIVE = compiled(r"^\s*(?:per\s*cent|percent|%)?\s+[–—]\s+(?:(?:about|around|some|nearly|almost|roughly|"
                           r"approximately)\s+)?$", regex.I)       # "Georgia 3.1% – some KZT 9.0B ($19.3M) –"
# "KZT 38.9 billion (USD 83.4 million) – 62.9 per cent – came from": the amount, its dash aside
AMOUNT_THEN_DASH = compiled(r"^\)?(?:\s*\([^()]*\))?\s+[–—]\s+$")
DASH_THEN_NAME = compiled(r"^\s*(?:per\s*cent|percent|%)?(?:\s+of\s+(?:the\s+|all\s+)?(?:total|sum|amount))?\s+[–—]\s+", regex.I)


DASH_ASIDE_SPAN = compiled(r"\s[–—]\s([^–—;()]{4,200}?)\s[–—]\s")


def _dash_aside_names(text: str, sent: Sent) -> None:
    """ENT:dash-aside: the figures of a dash aside right after a name ("from the Russian
    Federation – 41.3 billion KZT, a share of 42.7 per cent and 14.2 per cent more than a year
    earlier –") are that name's, when the aside's first figure took it."""
    for m in DASH_ASIDE_SPAN.finditer(text, sent.start, sent.end):
        inside = [x for x in sent.stmts if m.start(1) <= x.start and x.end <= m.end(1)]
        if len(inside) < 2 or inside[0].entity is None or inside[0].entity.end > m.start():
            continue
        if text[inside[0].entity.end:m.start()].strip():
            continue                        # the name stands right before the dash
        for x in inside[1:]:
            if x.entity is None:
                x.entity = inside[0].entity
                x.rules.append("ENT:dash-aside")


def _currency_pair_names(text: str, sent: Sent) -> None:
    """ENT:currency-pair: an amount in the other currency right after a named one, set off by a
    comma only ("the Republic of Korea (9.6B tenge, $18.5M; 9.9%)"), is the same name's."""
    for i, (a, b) in enumerate(zip(sent.stmts, sent.stmts[1:])):
        qa, qb = a.quants[-1], b.quants[0]
        # (or by a ";" inside the bracket that holds both: "USA (9.8 billion KZT; 18.3 million USD;
        # 10.2%)"; blind round32, 2025q3 reportlab)
        gap = text[a.end:b.start]
        if (a.entity is not None and b.entity is None and qa.kind == qb.kind == "money"
                and qa.currency and qb.currency and qa.currency != qb.currency
                and (regex.fullmatch(r"\s*,\s*", gap) or regex.fullmatch(r"\s*;\s*", gap)
                     and text.rfind("(", 0, a.start) > text.rfind(")", 0, a.start))):
            b.entity = a.entity
            b.rules.append("ENT:currency-pair")
            c = sent.stmts[i + 2] if i + 2 < len(sent.stmts) else None
            if (c is not None and c.entity is None and all(q.kind == "percent" for q in c.quants)
                    and regex.fullmatch(r"\s*[;,]\s*", text[b.end:c.start]) and regex.match(r"\s*\)", text[c.end:])):
                c.entity = a.entity          # "...; 9.9%)": the pair's share, closing the bracket
                c.rules.append("ENT:currency-pair")


# an amount (and its bracket) and then its share, joined by "and" / "or": "49.6 billion KZT
# (95.1 million USD) and 51.5 per cent of the total"; or set apart by a middle dot on a card
# ("31.7 bn KZT · 39.7% of all transfers to Kazakhstan": blind designer61, 2024q2 word)
AMOUNT_AND_SHARE = compiled(r"\s*\)?\s*(?:,?\s*(?:and|or)\s+|[·•]\s*)(?:(?:a|its)\s+share\s+of\s+)?"
                                 r"(?:(?:about|some|nearly|almost|roughly|just\s+over|over)\s+)?", regex.I)


def _amount_share_names(text: str, sent: Sent) -> None:
    """ENT:amount-share: a share with no name joined by "and" or "or" right after a named amount
    (or the amount's bracket) is that name's share ("came from Russia: 49.6 billion KZT,
    equivalent to 95.1 million USD and 51.5 per cent of the total")."""
    for a, b in zip(sent.stmts, sent.stmts[1:]):
        if (a.entity is not None and b.entity is None
                and all(q.kind in ("money", "count") for q in a.quants)
                and all(q.kind == "percent" for q in b.quants)
                and AMOUNT_AND_SHARE.fullmatch(text, a.end, b.start)):
            b.entity = a.entity
            b.rules.append("ENT:amount-share")


def _share_amount_names(text: str, sent: Sent) -> None:
    """ENT:share-amount: a share with no name restated right after as an amount that took the
    name after it ("Nearly half of it – 47.2%, equal to 19.8 billion tenge – came from Russia":
    blind round84, 2024q2 twocol-reportlab) is that name's share."""
    for a, b in zip(sent.stmts, sent.stmts[1:]):
        if (a.entity is None and b.entity is not None and "ENT:after" in b.rules
                and all(q.kind == "percent" for q in a.quants) and all(q.kind == "money" for q in b.quants)
                and RESTATES.fullmatch(text, a.end, b.start)):     # "47.2%, equal to 19.8 billion tenge"
            a.entity = b.entity
            a.rules.append("ENT:share-amount")


def _share_bracket_names(text: str, sent: Sent, ents: list[Entity]) -> None:
    """ENT:share-bracket: the amounts of a bracket opened right after a named share, and closed
    after them, are that share's name's ("the Republic of Korea ranked second at 12.3% (KZT 11.9
    bn, US$23.8 million) and the USA third"), not a name after the bracket's close, unless the
    bracket names one of its own."""
    for i, st in enumerate(sent.stmts):
        if st.entity is None or not all(q.kind == "percent" for q in st.quants) \
                or not regex.fullmatch(r"\s*\(\s*", text[st.end:sent.stmts[i + 1].start] if i + 1 < len(sent.stmts) else ""):
            continue
        close = text.find(")", st.end, sent.end)
        inside = [x for x in sent.stmts[i + 1:] if close >= 0 and x.end <= close]
        if not inside or not all(q.kind == "money" for x in inside for q in x.quants) \
                or "(" in text[st.end:close].lstrip()[1:] \
                or any(st.end < e.start < close for e in ents):
            continue
        for x in inside:
            if x.entity is not st.entity:
                x.entity = st.entity
                x.rules.append("ENT:share-bracket")


def _name_bracket_items(text: str, sent: Sent, ents: list[Entity]) -> None:
    """ENT:name-bracket: a statement with no name inside a bracket opened right after a name, and
    naming none of its own, is that name's ("came from Russia (48.7%, KZT 25.7 billion), while
    ..."), also where it had only taken a name from before the bracket ("... from the Russian
    Federation, ..., followed by the USA (8.4B tenge, $16.4M; 13.6%)")."""
    for e in ents:
        opened = regex.match(r"\s*\(", text[e.end:sent.end])
        if not opened:
            continue
        start = e.end + opened.end()
        close = text.find(")", start, sent.end)
        if close < 0 or "(" in text[start:close] or any(start <= x.start < close for x in ents):
            continue
        for st in sent.stmts:
            weak = st.entity is None or st.entity.end <= e.start and {"ENT:sentence", "ENT:appositive"} & set(st.rules)
            if weak and start <= st.start and st.end <= close:
                st.entity = e
                st.rules[:] = [r for r in st.rules if not r.startswith("ENT:")] + ["ENT:name-bracket"]


APPOSITIVE_OR = compiled(r"\s*(?:[^\W\d]+\s*)?,\s*(?:or|i\.\s?e\.|that\s+is)\s+", regex.I)
# ... the share's tail and the comma that closes it, then the predicate that names the group
APPOSITIVE_TAIL = compiled(r"\s*(?:per\s+cent|percent|%)?(?:\s+of\s+(?:the|all)\b[^,;\d]{0,30})?\s*,"
                                r"\s*(?:were|was|are|is|came|come)\b[^,;.\d]{0,40}$", regex.I)


def _appositive_pair_names(text: str, sent: Sent, ents: list[Entity]) -> None:
    """ENT:appositive-pair: a count and its share set off after it, with no name of their own,
    take the name the predicate after the closing comma gives ("Some 3,071,347 arrivals, or
    90.0% of the total, were nationals of CIS member states")."""
    pairs = [(a, b) for a, b in zip(sent.stmts, sent.stmts[1:])] + [(a, a) for a in sent.stmts]
    for a, b in pairs:
        count, share = (a.quants[0], b.quants[-1])
        if a.entity is not None or b.entity is not None or share.kind != "percent" or count.kind == "percent" \
                or (a is b and len(a.quants) != 2) or not APPOSITIVE_OR.fullmatch(text, count.end, share.start):
            continue
        name = next((e for e in ents if e.start >= b.end and e.label in ("COUNTRY", "GROUP")
                     and e.id != REPORTING_COUNTRY and e.start < sent.end), None)
        if name is not None and APPOSITIVE_TAIL.fullmatch(text, b.end, name.start):
            for x in {id(a): a, id(b): b}.values():
                x.entity = name
                x.rules.append("ENT:appositive-pair")


# a count's noun, then an aside naming it the rest of a total, then the predicate naming its group
REMAINDER_TAIL = compiled(r"(?:\s+[^\W\d]+){1,3}\s*,\s*(?:the\s+|making\s+up\s+the\s+)?(?:remainder|rest|balance)"
                          r"(?:\s+of\s+(?:the|them|it)\b[^,;\d]{0,20})?\s*,"
                          r"\s*(?:were|was|are|is|came|come)\b[^,;.\d]{0,40}$", regex.I)


def _remainder_names(text: str, sent: Sent, ents: list[Entity]) -> None:
    """ENT:remainder: a count with no name of its own, set off as the rest of a total, takes the
    name the predicate after the aside gives ("Forty-eight thousand three hundred arrivals, the
    remainder, were made by nationals of non-CIS countries": blind round92, 2024q2
    twocol-reportlab)."""
    for a in sent.stmts:
        count = a.quants[0]
        if a.entity is not None or count.kind == "percent" or len(a.quants) != 1:
            continue
        name = next((e for e in ents if e.start >= count.end and e.label in ("COUNTRY", "GROUP")
                     and e.id != REPORTING_COUNTRY and e.start < sent.end), None)
        if name is not None and REMAINDER_TAIL.fullmatch(text, count.end, name.start):
            a.entity = name
            a.rules.append("ENT:remainder")


def _dash_share_names(text: str, sent: Sent) -> None:
    """ENT:dash-share: an amount with no name, followed by its share set off by dashes that took
    the name after the closing dash ("of which KZT 38.9 billion – 62.9 per cent – came from the
    Russian Federation"), is that name's amount too."""
    for i, b in enumerate(sent.stmts):
        if (i == 0 or b.entity is None or "ENT:after" not in b.rules or not all(q.kind == "percent" for q in b.quants)
                or not AMOUNT_THEN_DASH.match(text[sent.stmts[i - 1].end:b.start])
                or not DASH_THEN_NAME.match(text[b.end:b.entity.start])):
            continue
        j = i - 1          # the amount, and the amount in brackets before it ("KZT 38.9 bn (USD 83.4 mln)")
        while j >= 0 and sent.stmts[j].entity is None and any(q.kind == "money" for q in sent.stmts[j].quants):
            sent.stmts[j].entity = b.entity
            sent.stmts[j].rules.append("ENT:dash-share")
            if j == 0 or not regex.fullmatch(r"\s*\(\s*", text[sent.stmts[j - 1].end:sent.stmts[j].start]):
                break
            j -= 1


FRONTED_WITH = compiled(r"\W*(?:with|at)\s+(?:an?\s+(?:(?:total|combined|overall)\s+)?(?:(?:number|count|sum|volume)\s+)?"
                            r"of\s+)?(?:(?:about|around|some|nearly|almost)\s+)?(?:(?:KZT|USD|US\$|\$)\s*)?$", regex.I)
#                             "With a total number of 29,214 registered workers, Uzbek nationals ..."
SUBJECT_NEXT = compiled(r"[^,;()\d]{0,25},\s*(?:the\s+)?(?:(?:citizens|nationals)\s+of\s+(?:the\s+)?)?$", regex.I)


def _fronted_subject(text: str, sent: Sent, st: Statement, free: list[Entity]) -> Entity | None:
    """ENT:fronted: an amount fronted by "With" or "At" is what the subject after its comma
    names ("With 41.3 billion tenge, the Russian Federation supplied 42.0% of the inflow")."""
    if not FRONTED_WITH.fullmatch(text, sent.start, st.start):
        return None
    return next((e for e in free if e.start >= st.end and e.label == "COUNTRY"
                 and SUBJECT_NEXT.fullmatch(text, st.end, e.start)), None)


def _appositive_of(text: str, sent: Sent, gi: int, pattern: regex.Pattern | None = None) -> Entity | None:
    """ENT:appositive: a percent set off by a comma right after an amount takes its name, and an
    amount right after a percent ("45.0% of the total, or 40.0 billion tenge")."""
    st = sent.stmts[gi]
    if gi == 0:
        return None
    prev = sent.stmts[gi - 1]
    if (prev.quants[0].kind == "percent") == (st.quants[0].kind == "percent"):
        return None
    if prev.entity is None:
        return None
    between = text[prev.end:st.start]
    if prev.end <= prev.entity.start and prev.entity.end <= st.start:
        # the amount's own name after it ("2.4 million of these arrivals were nationals of CIS
        # member states, or about 84 per cent of the total": blind round42, 2025q1 twocol-reportlab)
        between = text[prev.entity.end:st.start]
    return prev.entity if (pattern or APPOSITIVE).match(between) else None


def _dashed_or_bracketed(text: str, sent: Sent, gi: int) -> Entity | None:
    """A percent in a dash aside right after a named amount, or closing the bracket of a named
    amount ("Türkiye came second with 47.9 billion KZT ($93.7 million; 22.3%) and Uzbekistan
    ..."), is that amount's share: its name."""
    return _appositive_of(text, sent, gi, DASH_APPOSITIVE) or (
        _appositive_of(text, sent, gi) if _closes_bracket(text, sent, gi) else None)


CLOSING_BRACKET = compiled(r"[^()]{0,12}\)")


def _closes_bracket(text: str, sent: Sent, gi: int) -> bool:
    """The statement is the last in a bracket that the one before it opens ("($93.7 million;
    22.3%)")."""
    if gi == 0:
        return False
    prev, st = sent.stmts[gi - 1], sent.stmts[gi]
    opened = text.rfind("(", sent.start, st.start)
    return (0 <= opened < prev.end and not regex.search(r"[()]", text[opened + 1:st.start])
            and bool(CLOSING_BRACKET.match(text, st.end)))


# between a named value and another of a different kind that restates it: ", equal to", ", or",
# "and a share of", a dash aside's comma ("Uzbekistan — 22.6%, KZT 38.1 billion, USD 75.0 million —")
RESTATE_LINK = compiled(r"\s*\)?\s*(?:per\s*cent|percent|%)?\s*(?:,|;)?\s*(?:(?:equal|equivalent)\s+to|or|i\.\s?e\.,?|"
                             r"that\s+is|(?:and\s+|with\s+)?a\s+share\s+of)?\s*(?:KZT|USD|US\$|\$)?\s*", regex.I)


def _restating_neighbour(text: str, sent: Sent, st: Statement) -> Entity | None:
    """The name of the value right before the statement when the statement restates that value
    in another unit ("Uzbekistan with 29.3 billion KZT, equal to 63.7 million USD and a share of
    17.1%") or in full ("... 3.05 million arrivals, or 3,051,200 to be exact"): the two share
    it (ENT:restated-neighbour)."""
    prev = [x for x in sent.stmts if x.end <= st.start]
    if not prev or prev[-1].entity is None or prev[-1].entity.label not in ("COUNTRY", "GROUP") or not st.quants:
        return None
    if EXACT_LINK.fullmatch(text[prev[-1].end:st.start]) and EXACTLY_AFTER.match(text, st.end) \
            and _rounds_to(prev[-1].quants[-1].value, st.quants[0].value):
        return prev[-1].entity      # "3.05 million arrivals, or 3,051,200 to be exact": the same count in full
    if not RESTATE_LINK.fullmatch(text[prev[-1].end:st.start]):
        return None
    if text.rfind("(", sent.start, st.start) > text.rfind(")", sent.start, st.start):
        return None         # inside a bracket after a name: ENT:name-bracket's
    kinds = lambda x: {(q.kind, q.currency) for q in x.quants}     # noqa: E731
    if regex.fullmatch(r"\s*[,;]\s*", text[prev[-1].end:st.start]) \
            and {k for k, _ in kinds(prev[-1]) | kinds(st)} == {"money"}:
        return None         # "9.6B tenge, $18.5M": ENT:currency-pair's
    return prev[-1].entity if not kinds(prev[-1]) & kinds(st) else None


# "..., or 3,051,200 to be exact", "..., or 3,051,200 precisely": its noun, then "or"
EXACT_LINK = compiled(r"\s*(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*\s*,?\s*or\s+", regex.I)
EXACTLY_AFTER = compiled(r"\s*(?:to\s+be\s+(?:exact|precise)|exactly|precisely|in\s+full)\b", regex.I)


def _rounds_to(rounded, exact) -> bool:
    """`exact` printed in full is `rounded` printed short (within 1 per cent)."""
    return bool(rounded) and abs(exact - rounded) <= abs(rounded) / 100


def _earlier_entity(text: str, sent: Sent, st: Statement, ents: list[Entity]) -> Entity | None:
    """An entity earlier in the sentence that no other statement holds tight (nor any other
    statement, for a group), not across ';' ("Uzbekistan accounted for 42.5% of arrivals and
    38.1% of departures")."""
    own = {id(x.entity) for x in sent.stmts if x.entity is not None and x is not st
           and (x.entity.label == "GROUP" or (x.entity.end <= x.start and TIGHT.match(text[x.entity.end:x.start])))}
    aside = _aside_clauses(sent, st, text)
    earlier = [e for e in ents if sent.start <= e.start and e.end <= st.start and id(e) not in own
               and ";" not in text[e.end:st.start] and clause_at(sent.clauses, e.start).index not in aside
               and not _is_base(text, sent, e)      # "X remained first among CIS countries, with 40.0%"
               and not _total_between(text, e, st)]
    par = parent(sent, st.clause) if st.clause.rule == "CL:when" else None
    if par is not None:
        # "60.5% went to citizens of Russia, and the quarter fell short of the same quarter of
        # 2022, when 7,000 such permits were granted": not a name across a break before the
        # clause the "when" hangs on ("... in Russia was 8.5% lower than in Q3 2023, when
        # 19,500 were counted" keeps Russia)
        earlier = [e for e in earlier if e.start >= st.clause.start
                   or not blocked(sent, clause_at(sent.clauses, e.start).index, par.index)]
    # "Russia moved ahead of Türkiye as the first destination, with KZT 50.5 bn": the subject
    subjects = [e for e in earlier if not _set_against(text, e)]
    earlier = subjects or earlier
    return earlier[-1] if earlier else None


# --- metric -------------------------------------------------------------------------------

def _nearest(cands: list[Cue], st: Statement, after_reach: int | None) -> Cue | None:
    """The nearest cue before the statement, else the nearest after it (within reach)."""
    before = [c for c in cands if c.end <= st.start]
    after = [c for c in cands if c.start >= st.end and (after_reach is None or c.start - st.end <= after_reach)]
    inside = [c for c in cands if c not in before and c not in after and c.start < st.end and c.end > st.start]
    if before:
        return before[-1]
    if after:
        return after[0]
    return inside[0] if inside else None


def _strong_first(cands: list[Cue], st: Statement, after_reach: int | None) -> Cue | None:
    strong = _nearest([c for c in cands if not c.weak], st, after_reach)
    return strong or _nearest(cands, st, after_reach)


AFTER_ITEM = compiled(r"\band\b|[,;]")


def _closest(cands: list[Cue], st: Statement, text: str = "") -> Cue | None:
    """The cue closest to the statement, before or after it; a specific cue before a generic.
    A cue after the number behind "and" or a comma names the next item, not this one."""
    def dist(c: Cue) -> int:
        return st.start - c.end if c.end <= st.start else max(0, c.start - st.end)
    cands = [c for c in cands if c.end <= st.start or not (text and AFTER_ITEM.search(text[st.end:c.start]))]
    for pool in ([c for c in cands if not c.weak], cands):
        if pool:
            return min(pool, key=lambda c: (dist(c), c.start))
    return None


RELATIVE_PRONOUN = compiled(r"\b(?:who|whom|whose|which)\b", regex.I)
# "..., the latter almost all ethnic Kazakhs who arrived under ...": a cue in a relative clause
# after the statement describes someone else
RELATIVE_AFTER = compiled(RELATIVE_PRONOUN.pattern + r"|\bthe\s+(?:latter|former)\b"
                                # ", reflecting the seasonal earnings of Kazakh citizens working there"
                                r"|,\s*(?:largely\s+|mainly\s+|mostly\s+|partly\s+)?(?:reflecting|driven\s+by|"
                                r"owing\s+to|due\s+to|because\s+of|thanks\s+to)\b", regex.I)


def cause_lead_end(text: str, sent: Sent, st: Statement) -> int:
    """Where a cause that opens the sentence ends ("Reflecting the inflow that followed
    September 2022, Russian citizens obtained more than half of these permits (52.3%)": blind
    round77, 2022q4 twocol-fpdf; cues.json cause_lead), for a statement after it, else the
    sentence's start: the cause's words name no metric of the statements after it, nor its
    periods their period."""
    if not text:
        return sent.start
    m = cues()["cause_lead"].match(text, sent.start, sent.end)
    return m.end() if m and m.end() <= st.start else sent.start


def _in_relative(text: str, c: Cue, st: Statement) -> bool:
    """"Russian citizens, many of whom had arrived in the spring, received 35.0 per cent": a cue in a
    relative clause, or an apposition ("permanent residents, i.e. foreigners living here on a
    residence permit, stood at ..."), set off by commas before the statement describes, it does
    not count."""
    if not text or c.end > st.start:
        return False
    # the comma before it in its own sentence, not a number's ("The bulk of arrivals (3,061,540)
    # ... . Of those who left the country, 2.94 million ...": blind designer65, 2024q4 word)
    commas = [m.start() for m in ASIDE_COMMA.finditer(text, 0, c.start)]
    comma = commas[-1] if commas else -1
    aside = text[comma:c.start] if comma >= 0 else ""
    return comma >= 0 and not SENTENCE_STOP.search(aside) \
        and bool(RELATIVE_PRONOUN.search(aside) or pattern("apposition").match(aside[1:].lstrip())) \
        and "," in text[c.end:st.start]


ASIDE_COMMA = compiled(r"(?<!\d),|,(?!\d)")
SENTENCE_STOP = compiled(r"[.!?]\s+\p{Lu}")


# "fewer than entries", "ran slightly below entries": what is compared with
THAN_BEFORE = compiled(r"\b(?:than|(?:(?:just|slightly|well|far)\s+)?(?:below|above|behind)|unlike|"
                            r"(?:differs?|differed|differing|different)\s+(?:[a-z]+ly\s+)?from)\s+"
                            r"(?:the\s+|those\s+|total\s+)?$", regex.I)


COMPARED_REACH = 40      # characters before a cue that may hold its comparison word


def _compared_object(text: str, sent: Sent, c: Cue, st: Statement) -> bool:
    """"Exits were fewer than entries: 3,900,500 foreign nationals left": a cue after "than" names
    what is compared with, not what a statement of another clause counts; so does one after
    "differs markedly from" ("The structure differs markedly from temporary permits: Uzbekistan
    accounts for 38.2%": blind designer101, 2026q2 chromium2) or "unlike"."""
    return bool(text) and bool(THAN_BEFORE.search(text[max(0, c.start - COMPARED_REACH):c.start])) \
        and clause_at(sent.clauses, c.start).index != st.clause.index


def _own_predicate(own: list[Cue], st: Statement, text: str) -> Cue | None:
    """The specific cue right after the number's counted noun, its own verb ("3,297,604
    foreign nationals left the country"), unless the number counts "of them", the lead's."""
    return next((c for c in own if not c.weak and c.start >= st.end
                 and cues()["count_nouns"].match(text[st.end:c.start])
                 and not OF_THEM.match(text[st.end:c.start])
                 and len(text[st.end:c.start].split()) <= 3), None)


# "some 31 thousand of them were registered as ...": the number counts the people the lead before
# the colon names; its verb says what they did, not what it counts
OF_THEM = compiled(r"\s*(?:\p{L}+\s+)?of\s+(?:them|these|those|whom)\b", regex.I)


# Clauses that start afresh with a subject of their own after another clause.
OWN_SUBJECT_CLAUSES = frozenset({"CL:comma-and", "CL:semicolon", "CL:contrast"})


def metric_cue(sent: Sent, st: Statement, text: str = "") -> tuple[Cue | None, str]:
    """The cue naming what the statement counts: in its clause and lead (MET:clause), its own
    verb after its counted noun rather than a cue of a lead before a colon (MET:predicate), else in
    its parent clause (MET:parent), else in its sentence (MET:sentence). A generic cue yields
    to a specific one further away."""
    lo, hi = scope(sent, st.clause)
    lead = cause_lead_end(text, sent, st)
    sent = replace(sent, cues=tuple(c for c in sent.cues if not _in_relative(text, c, st)
                                    and not _compared_object(text, sent, c, st) and c.start >= lead))
    own = [c for c in sent.cues if lo <= c.start and c.end <= hi
           and (c.end <= st.start or c.start - st.end <= CUE_AFTER_REACH or c.start < st.end)]
    best, rule = _closest(own, st, text), "MET:clause"
    if best is None:
        best, rule = _shared_noun_cue(sent, st, text), "MET:shared-noun"
    verb = _own_predicate(own, st, text)
    if verb is not None and best is not None and best is not verb and best.end <= st.start \
            and ":" in text[best.end:st.start]:
        best, rule = verb, "MET:predicate"
    elif best is not None and best.end <= st.start and ":" in text[best.end:st.start] \
            and (shared := _shared_noun_cue(sent, st, text)) is not None:
        best, rule = shared, "MET:shared-noun"   # "exits mirrored entries: ... 42.6% and 26.9% of departures"
    if best is not None and best.weak and best.end <= st.start and st.clause.rule in OWN_SUBJECT_CLAUSES:
        # ", and labour migrants numbered 71.2 thousand": a clause joined to the one before with
        # its own subject names what it counts, a generic word though it be (MET:own-subject)
        return best, "MET:own-subject"
    par = parent(sent, st.clause)
    if (best is None or best.weak) and par is not None:
        # a bracket's parent is the clause around it: before it, and its resumption after it
        # ("against 2024 (3.51 million) arrivals were up")
        resumed = [c for c in sent.clauses[st.clause.index + 1:] if c.kind == "resume" and c.parent == par.index][:1]
        end = resumed[0].end if resumed and st.clause.rule == "CL:bracket" else par.end
        p = _strong_first([c for c in sent.cues if par.start <= c.start and c.end <= end], st, None)
        if p is not None and (best is None or not p.weak):
            best, rule = p, "MET:parent"
    if best is None or best.weak:
        s = _strong_first([c for c in sent.cues if c.end <= st.start
                           or not RELATIVE_AFTER.search(text[st.end:c.start])], st, None)
        if s is not None and (best is None or not s.weak):
            best, rule = s, "MET:sentence"
    return best, rule


def _shared_noun_cue(sent: Sent, st: Statement, text: str) -> Cue | None:
    """MET:shared-noun: "while 2,861,405 and 93,465 foreign nationals left ...": a bare count
    joined by "and" to the next count shares the noun and verb after that one, and its cue."""
    later = [x for x in sent.stmts if x.start >= st.end]
    if not later or not BARE_AND.fullmatch(text, st.end, later[0].start):
        return None
    nxt = later[0]
    kinds = {q.kind for q in st.quants + nxt.quants}
    if kinds != {"count"} and not (kinds == {"percent"} and SHARE_OF.match(text, nxt.end)):
        return None                        # "42.6% and 26.9% of CIS departures": shares of one noun
    lo, hi = scope(sent, nxt.clause)       # "and" may have opened a clause of its own
    after = [c for c in sent.cues if lo <= c.start and c.end <= hi and c.start >= nxt.end
             and c.start - nxt.end <= CUE_AFTER_REACH]
    return min(after, key=lambda c: c.start) if after else None


SHARE_OF = compiled(r"\s+of\s", regex.I)


def _opens_comma_clause(text: str, st: Statement) -> bool:
    """", 10.0 per cent more than ...": the number opens a clause set off by a comma."""
    return st.clause.rule == "CL:comma" and not text[st.clause.start:st.start].strip(" ,")


# A share of the amount just stated: "40.5% of it", "a third of this sum".
OF_IT = compiled(r"\s*(?:per\s*cent|percent)?\s*of\s+(?:it|this|that|this\s+(?:amount|sum|total|volume)|"
                      r"the\s+(?:amount|sum|volume))\b", regex.I)


# The rest of a share's clause that names its country after it, then the next item's join.
NAMED_AFTER_ITEM = compiled(r"^[^.;\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)$")


def inherited_metric(text: str, sent: Sent, st: Statement, run: Running) -> tuple[str, str] | None:
    """A percent that comments on the statement before it takes that statement's metric:
    "..., which is 12.2 percent more" (MET:inherit), "X (4.9%) and Y (3.1%)" (MET:list),
    "... declined by 9.1 per cent and incoming transfers 33.0 per cent" (MET:gapped)."""
    if not all(q.kind == "percent" for q in st.quants):
        return None
    c = cues()
    no_cue_between = lambda a: not [sp for sp in sent.cues if a <= sp.start < st.start   # noqa: E731
                                    and not direction_cues(text[sp.start:sp.end])]   # "left the country"
    prev = next((x for x in reversed(run.stated) if x[0] < st.start and x[0] >= sent.start), None)
    if prev is not None and OF_IT.match(text, st.quants[0].end):
        return prev[2], "MET:inherit"        # "KZT 110.5 billion ...; 40.5% of it came from Russia"
    if prev is not None and (c["inherit_change"].search(text[prev[1]:st.start])
                             or ((st.start - prev[1] < 30 or _opens_comma_clause(text, st))
                                 and no_cue_between(prev[1]))):
        turned = direction_cues(text[prev[1]:st.start], prev[1])
        if prev[2].startswith("remittances_") and turned:
            return turned[-1].value, "MET:inherit"    # "(KZT 250.0 billion) and incoming ones by 2.0%"
        return prev[2], "MET:inherit"
    share = run.shares[-1] if run.shares else None
    if (share is not None and share[0] >= sent.start and st.entity is not None and share[1] <= st.entity.start
            and st.entity.end <= st.start and c["list_continues"].match(text[share[1]:st.entity.start])):
        return share[2], "MET:list"
    if share is not None and share[0] >= sent.start and st.entity is not None and st.entity.start >= st.end \
            and NAMED_AFTER_ITEM.match(text[share[1]:st.start]):
        return share[2], "MET:list"          # "40.5% of it came from Russia and 12.5% from the United States"
    change = run.changes[-1] if run.changes else None
    if (change is not None and change[0] >= sent.start and c["and_change"].search(text[change[1]:st.start])
            and no_cue_between(change[1])):
        # "Outgoing and incoming transfers rose by 6.8 and 9.4 per cent respectively": the
        # list's directions, in order, over the first change's
        listed = (_listed_directions(text, sent, st) or _respective_direction(text, sent, st)) \
            if change[2].startswith("remittances_") else None
        # "61.9 per cent for money sent and 18.4 per cent for money received": its own direction
        # after it (blind designer96, 2022q2 reportlab)
        own = direction_cues(text[st.end:st.clause.end], st.end) if change[2].startswith("remittances_") else []
        return listed or (own[0].value if own else change[2]), "MET:gapped"
    return None


# --- direction ----------------------------------------------------------------------------

FLIP = {"remittances_sent": "remittances_received", "remittances_received": "remittances_sent"}
# A country this close before "received" / "sent", with at most a relative pronoun and an adverb
# between and no preposition before it, is the verb's subject ("the Russian Federation, which
# alone received": blind designer68, 2026q1 reportlab).
VERB_SUBJECT_REACH = 16
SUBJECT_GAP = pattern("subject_gap")
OBJECT_BEFORE = pattern("object_before")


RELATIVE = compiled(r"\b(?:which|that|who)\b", regex.I)     # "well ahead of Türkiye, which received ..."
LIST_INTRO = compiled(r"^[^;]*:")     # "Shares of the total sent: A – 30.0%; B – 20.0%": the intro holds


# "the latter by 4.0%", "the latter averaged KZT 26.4 billion"
FORMER_LATTER = compiled(r"\bthe\s+(former|latter)\s+(?:(?:stood|came|amounted|averaged|rose|fell|grew|declined|"
                              r"reached|totalled|totaled|was|were)\s+(?:to\s+)?)?(?:by\s+|at\s+|with\s+)?$", regex.I)


def _former_latter(text: str, sent: Sent, st: Statement) -> str | None:
    """"outgoing transfers grew by 6.5% and incoming ones by 1.5%, whereas year on year both
    declined – the former by 2.5%, the latter by 4.0%": the first or the second direction the
    sentence named."""
    m = FORMER_LATTER.search(text, max(sent.start, st.start - 30), st.start)
    if m is None:
        return None
    named = list(dict.fromkeys(c.value for c in direction_cues(text[sent.start:m.start()], sent.start)))
    if len(named) != 2:
        return None
    return named[0] if m.group(1).lower() == "former" else named[1]


# "28.5% of the money sent from ...", "53.5 per cent of all incoming transfers": a share's base
SHARE_BASE_OF = pattern("share_base_of")
BASE_END = pattern("base_end")


def _base_direction(text: str, st: Statement) -> str | None:
    """DIR:base: the direction a share's base names right after it, before any break."""
    m = SHARE_BASE_OF.match(text, st.end) if all(q.kind == "percent" for q in st.quants) else None
    if m is None:
        return None
    window = text[m.end():m.end() + 45]
    cut = BASE_END.search(window)
    found = direction_cues(window[:cut.start() if cut else len(window)], m.end())
    return found[0].value if found else None


# "Georgia, which is counted under other countries in the table, received ...": a relative
# clause set off by commas between a subject and its verb; or an aside with no figure in it
# ("the Republic of Korea, home to sizeable Kazakh communities, sent ...")
SUBJECT_ASIDE = compiled(r"^\s*,\s*(?:(?:which|who)\b[^,;()]{0,80}|[^,;()\d%]{3,60}),\s*$", regex.I)


# "Senders in the United States transferred ...": people placed in a country, the verb's subject
PLACED_IN = compiled(r"\b(?:senders|migrants|workers|people|individuals|relatives|families|households|"
                     r"those|residents|citizens|nationals)\s+(?:(?:based|living|located|working|residing)\s+)?"
                     r"in\s+(?:the\s+)?$", regex.I)


LEADING_BRACKET = compiled(r"^\s*\([^()]{0,30}\)")


def _country_subject(text: str, e, pick: Cue) -> bool:
    """A country abroad is the subject of the direction verb: right before it, or before a
    relative clause set off by commas, and not the object of a preposition, unless it places
    the subject's people there ("Senders in the United States transferred ...")."""
    if e.label != "COUNTRY" or e.id == REPORTING_COUNTRY or e.end > pick.start:
        return False
    gap = LEADING_BRACKET.sub("", text[e.end:pick.start])     # "the Russian Federation (58.3%), which sent"
    object_before = OBJECT_BEFORE.search(text[max(0, e.start - 8):e.start]) \
        and not PLACED_IN.search(text, max(0, e.start - 40), e.start)
    if SUBJECT_ASIDE.match(gap):
        return not object_before
    return (len(gap) <= VERB_SUBJECT_REACH and bool(SUBJECT_GAP.match(gap))
            and (bool(RELATIVE.search(gap)) or not object_before))


def _respective_direction(text: str, sent: Sent, st: Statement) -> str | None:
    """DIR:respectively: "outgoing transfers declined by 11.0 per cent and incoming ones by 7.2
    per cent, from KZT 242.0 billion and KZT 106.4 billion respectively": the k statements of a
    list closed by "respectively" take, in order, the directions of the k statements right
    before the list, each named in its own clause."""
    m = RESPECTIVELY.search(text, st.end, sent.end)
    if m is None:
        return None
    run = _run_before(text, sent, m.start())
    if st not in run or len(run) < 2:
        return None
    before = [x for x in sent.stmts if x.end <= run[0].start][-len(run):]
    if len(before) != len(run):
        return None
    named = []
    for x in before:
        pick = _nearest(direction_cues(text[x.clause.start:x.clause.end], x.clause.start, near=True), x, None)
        named.append(pick.value if pick is not None else None)
    if None in named or len(set(named)) != len(named):
        return None
    return named[run.index(st)]


def _listed_directions(text: str, sent: Sent, st: Statement) -> str | None:
    """DIR:respectively: "the monthly averages of outgoing and incoming transfers stood at 85.84
    and 59.18 billion KZT respectively": the k statements of a list closed by "respectively" take,
    in order, the k different directions listed in their clause before the list."""
    m = RESPECTIVELY.search(text, st.end, sent.end)
    run = _run_before(text, sent, m.start()) if m else []
    if st not in run or len(run) < 2:
        return None
    lo = max([x.end for x in sent.stmts if x.end <= run[0].start] + [run[0].clause.start, sent.start])
    named = [c.value for c in direction_cues(text[lo:run[0].start], lo)]
    if len(named) != len(run) or len(set(named)) != len(named):
        return None
    return named[run.index(st)]


# "the largest shares belonged to Russia": a "to" that names no destination
NOT_DESTINATION = compiled(r"\b(?:belong(?:s|ed|ing)?|amount(?:s|ed|ing)?|equal|due|according|relative|"
                                r"close|compared|similar)\s+to\s+(?:the\s+)?$", regex.I)


def _country_verb(text: str, a: int, b: int, ents) -> str | None:
    """The direction a lead's verb gives turned round where a country abroad is its subject ("The
    Russian Federation received the largest amount, KZT 47.2 billion, a share of ... 39.8%": blind
    designer95, 2024q4 chromium2), else None."""
    verbs = [c for c in direction_cues(text[a:b], a, near=True)
             if c.id.endswith("-verb") and any(_country_subject(text, e, c) for e in ents)]
    return FLIP[verbs[-1].value] if verbs else None


def turned_round(text: str, sent: Sent, st: Statement, before: str | None) -> str | None:
    """DIR:other-way: "Money flowing the other way amounted to 92.7 billion tenge" after
    transfers sent is money received: the last figure's direction turned round, where no figure
    of the sentence stands between the words and this one (that one was turned round already)."""
    m = pattern("other_way").search(text, scope(sent, st.clause)[0], st.start) if before in FLIP else None
    if m is None:
        return None
    if any(m.end() <= x.start and x.end <= st.start for x in sent.stmts):
        return before
    return FLIP[before]


def direction_for(text: str, sent: Sent, st: Statement, ctx_dir: str | None,
                  last: str | None, run: Running, ents=()) -> tuple[str | None, str | None]:
    """Which way the statement's money went: a cue in its clause nearest it (DIR:clause), the
    preposition before its country (DIR:from-country / DIR:to-country), its continuation after a
    bracket (DIR:continued), its lead or parent clause
    (DIR:lead), the sentence before it (DIR:sentence), the paragraph (DIR:paragraph), the section
    (DIR:section), the last remittance figure (DIR:previous); "the other way" turns the last
    figure's direction round (DIR:other-way)."""
    cl = st.clause
    based = _base_direction(text, st)
    if based is not None:       # "received 28.5% of the money sent from Kazakhstan": the base's
        return based, "DIR:base"
    listed = _listed_directions(text, sent, st)
    if listed is not None:
        return listed, "DIR:respectively"
    own = direction_cues(text[cl.start:cl.end], cl.start, near=True)
    # "provided", "supplied": a direction only with a country abroad as their subject
    own = [c for c in own if c.id not in cues()["subject_only_directions"]
           or any(_country_subject(text, e, c) for e in ents)]
    pick = _nearest(own, st, None)
    if pick is not None:
        if pick.id.endswith("-verb") and any(_country_subject(text, e, pick) for e in ents):
            # "the Russian Federation received KZT 68.3 billion": a country abroad as the
            # subject of the verb turns the direction round
            return FLIP[pick.value], "DIR:country-verb"
        if pick.id.endswith("-verb") and "ENT:former-latter" in st.rules \
                and FORMER_LATTER.search(text[max(0, pick.start - 16):pick.start]):
            return FLIP[pick.value], "DIR:country-verb"     # "... destinations: the former received 30.5%"
        return pick.value, "DIR:clause"
    paired = _former_latter(text, sent, st)
    if paired:
        return paired, "DIR:former-latter"
    ent = st.entity
    if ent is not None and ent.label == "COUNTRY":
        before = text[max(0, ent.start - 12):ent.start]
        if regex.search(r"\bfrom\s+(?:the\s+)?$", before, regex.I):
            return "remittances_received", "DIR:from-country"
        if regex.search(r"\bto\s+(?:the\s+)?$", before, regex.I) and not NOT_DESTINATION.search(
                text[max(0, ent.start - 30):ent.start]):
            return "remittances_sent", "DIR:to-country"
    lo, hi = scope(sent, cl)
    after_bracket = direction_cues(text[cl.end:hi], cl.end)
    if after_bracket:        # "KZT 170.0 bn (USD 370 mln) arrived"
        return after_bracket[0].value, "DIR:continued"
    par = parent(sent, cl)
    for a, b in ((lo, cl.start),) + (((par.start, par.end),) if par else ()):
        found = direction_cues(text[a:b], a)
        if found:
            return found[-1].value, "DIR:lead"
        if (turned := _country_verb(text, a, b, ents)) is not None:
            return turned, "DIR:country-verb"
    respective = _respective_direction(text, sent, st)
    if respective:
        return respective, "DIR:respectively"
    earlier = [d for d in direction_cues(text[sent.start:st.start], sent.start)
               if ";" not in text[d.end:st.start] or LIST_INTRO.match(text[d.end:st.start])]
    if earlier:
        return earlier[-1].value, "DIR:sentence"
    anaphor = pattern("anaphor_subject").search(text[lo:st.start])
    across = direction_cues(text[sent.start:st.start], sent.start) if anaphor else []
    if across:
        # "outgoing transfers grew by 6.3 per cent; compared with July–September 2023 they were
        # 11.8 percent lower": "they" are the last transfers named, across the ";" (blind round85,
        # 2024q3 onecol-reportlab)
        return across[-1].value, "DIR:sentence"
    if run.prior_direction and anaphor:
        # "... outgoing transfers averaged KZT 80.5 billion. For the quarter they rose by 105.5
        # per cent ..., and incoming transfers by 55.5 per cent": "they" are the paragraph's
        return run.prior_direction, "DIR:paragraph"
    return _direction_around(text, sent, st, ctx_dir, last, run)


def _direction_around(text: str, sent: Sent, st: Statement, ctx_dir: str | None, last: str | None,
                      run: Running) -> tuple[str | None, str | None]:
    """direction_for's last resorts: a cue later in the sentence, the last figure's direction
    turned round, the paragraph's, the sentence's one direction across its ";" ("Russia overtook
    Türkiye as the first destination; the Russian corridor alone carried some $115.3M" opening a
    paragraph), the section's, the last figure's."""
    later = direction_cues(text[st.end:sent.end], st.end)
    if later and ";" not in text[st.end:later[0].start]:
        return later[0].value, "DIR:sentence"
    for value, rule in ((turned_round(text, sent, st, last), "DIR:other-way"), (run.block_direction, "DIR:paragraph")):
        if value:
            return value, rule
    across = direction_cues(text[sent.start:st.start], sent.start)
    if across and not later:
        return across[-1].value, "DIR:sentence"
    for value, rule in ((ctx_dir, "DIR:section"), (last, "DIR:previous")):
        if value:
            return value, rule
    return None, None


# --- group --------------------------------------------------------------------------------

# "... made up 40.0% of these", "35.0 per cent of this group": the share's base is the group before.
ANAPHORA_AFTER = compiled(r"\W{0,2}(?:per\s*cent\s+|percent\s+)?(?:of|among)\s+(?:them|these|those|this\s+group|the\s+latter)\b",
                               regex.I)
OF_GROUP = compiled(r"[^\w.;!?]{0,2}(?:per\s*cent\s+|percent\s+)?(?:share\s+)?of\s+(?:all\s+|the\s+)?"
                         # "of the departures of CIS citizens", "of exits by nationals of non-CIS countries"
                         r"(?:(?:arrivals|entries|departures|exits|those(?:\s+(?:coming|arriving|travelling))?)\s+(?:from|to|of|by)\s+(?:the\s+)?"
                         r"(?:(?:citizens|nationals)\s+(?:of|from)\s+(?:the\s+)?)?"
                         r"|(?:amount|money|transfers|volume|sum)\s+(?:sent\s+|transferred\s+|received\s+)?"
                         r"(?:to|from)\s+(?:the\s+)?)?", regex.I)
LIST_REST = compiled(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d+(?:[.,]\d+)*(?:\s*%)?)*\s*(?:%|per\s*cent|percent)?", regex.I)
# "... came from CIS member states; Uzbek citizens alone made up 40.5% of it": the flow of the
# group named before it in the sentence
OF_IT = compiled(r"\W{0,2}(?:per\s*cent\s+|percent\s+)?of\s+it\b", regex.I)
THIS_GROUP = compiled(r"\b(?:this|that|the\s+same)\s+group\b", regex.I)   # "Türkiye leads this group with ..."
# A group named as what the whole is made of, not a part of it: "the register is made up of
# citizens of CIS member states: Uzbekistan supplied 53.4% of them" (shares of the whole).
COMPOSED_OF = compiled(r"\b(?:made\s+up|consist(?:s|ed|ing)?|composed|formed|drawn)\s+"
                            r"(?:(?:almost|nearly|virtually)\s+)?(?:(?:entirely|wholly|exclusively|only)\s+)?"
                            r"(?:of|from)\s+(?:the\s+)?(?:(?:citizens|nationals|people|workers|migrants)\s+"
                            r"(?:of|from)\s+(?:the\s+)?)?$", regex.I)
ANAPHORA = compiled(r"\W*(?:(?:among|of)\s+(?:them|these|those|this\s+group|whom)|their)\b", regex.I)
# A count's clause that points back to the paragraph's group: "registered for this group",
# "They also left ...", "these nationals made 140,250 departures".
GROUP_REFERENCE = compiled(r"\b(?:for|of|from|by|in)\s+(?:this|that|the\s+same)\s+group\b"
                                r"|^\W*(?:they|these\s+(?:nationals|citizens|migrants|foreigners|travellers))\b"
                                # "...; the same group recorded 51.3 thousand exits" (blind round80, 2022q3 onecol-reportlab)
                                r"|^\W*(?:the\s+same|this|that)\s+group\b(?!\s+of\b)", regex.I)
# "Türkiye ranked first among them (24.8%)": "among them" before the share in its sentence.
AMONG_THEM = compiled(r"\b(?:among|of)\s+(?:them|these|those|this\s+group)\b"
                           # "...; the main sending countries there were China (30.5%)"
                           r"|\b(?:countries|nationalities|origins|sources|states)\s+there\b"
                           # "... came to 560.5 thousand; here China led (30.5%)": a clause opened by "here"
                           r"|(?<=[;:]\s*)(?:here|there|within\s+(?:it|this\s+group))\b(?!\s+(?:is|are|was|were)\b)",
                           regex.I)


def group_anaphora(text: str, sent: Sent, st: Statement, q: Quantity) -> bool:
    """A count whose clause (or sentence opening) refers back to the paragraph's group."""
    clause = clause_at(sent.clauses, q.start)
    return bool(GROUP_REFERENCE.search(text, clause.start, clause.end)
                or GROUP_REFERENCE.match(text[sent.start:sent.end])
                or GROUP_REFERENCE.match(text[clause.start:clause.end]))


SUBJECT_FROM = compiled(r"\W*(?:the\s+)?(?:arrivals|entries|entrants|visitors|travell?ers|foreigners|departures|exits|migrants|"
                            r"workers|permits|nationals|citizens)\s+(?:(?:from|of)\s+(?:the\s+)?)?$", regex.I)
# (no "from" where the group's name holds it: "Arrivals from outside the Commonwealth were led by")


def subject_group(para: Para, sent: Sent) -> str | None:
    """The group a sentence opens with as its subject ("Arrivals from non-CIS countries were led
    by ..."), when the sentence states no total for it (only shares: the group is their base)."""
    if any(q.kind != "percent" for st in sent.stmts for q in st.quants):
        return None
    first = next((e for e in para.ents if sent.start <= e.start < sent.end), None)
    if first is None or first.label != "GROUP":
        return None
    lead = para.text[sent.start:first.start]
    if not (SUBJECT_FROM.fullmatch(lead) or THE_ONLY.fullmatch(lead) and FLOW_NOUN.match(para.text, first.end)):
        return None         # also "The non-CIS stream was more varied: China led with 38,5 per cent"
    return first.id


THE_ONLY = compiled(r"\W*(?:the\s+)?", regex.I)


def flow_group(para: Para, sent: Sent) -> str | None:
    """The one group a sentence without numbers names as a flow ("Three nationalities dominate
    the CIS flow."): the shares of the next sentence may be its members' (GRP:members)."""
    named = [e for e in para.ents if sent.start <= e.start < sent.end and e.label == "GROUP"]
    if len(named) != 1 or sent.stmts or not FLOW_NOUN.match(para.text, named[0].end):
        return None
    return named[0].id


GROUP_AFTER = pattern("group_after")


def _led_group(para: Para, sent: Sent, st: Statement, q: Quantity) -> str | None:
    """A group named after a list of shares as what the list's countries lead ("... again led
    the CIS group", "topped the non-CIS arrivals"), in the share's clause or one the list joins."""
    for e in para.ents:
        if e.label != "GROUP" or not (q.end <= e.start < sent.end):
            continue
        last = max((x.end for s in sent.stmts for x in s.quants if x.end <= e.start), default=q.end)
        if GROUP_AFTER.match(para.text[last:e.start]) \
                and not blocked(sent, st.clause.index, clause_at(sent.clauses, e.start).index):
            return e.id
        return None
    return None


GROUP_GAPPED = pattern("group_gapped")


def _gapped_group(para: Para, q: Quantity) -> str | None:
    """GRP:gapped: a group named right after a bracketed share, the verb left out ("X (44.5%)
    led the CIS group and Y (38.5%) the non-CIS group"): the share is of that group."""
    return next((e.id for e in para.ents if e.label == "GROUP" and e.start > q.end
                 and GROUP_GAPPED.match(para.text[q.end:e.start])), None)


OTHER_SCOPE = pattern("other_scope")


def _other_scope(para: Para, sent: Sent, q: Quantity) -> str | None:
    """GRP:other-scope: shares after "among all other nationalities" or "among visitors from
    elsewhere", in the share's sentence before it, are of the complement of the last group the
    paragraph named before those words ("Among the CIS nationals, Uzbekistan accounted for
    42.7% ...; among all other nationalities China came first with 35.7 per cent": non-CIS)."""
    lead = para.text[sent.start:q.start]
    found = [m for m in OTHER_SCOPE.finditer(lead) if ";" not in lead[m.end():]]
    if not found:
        return None
    at = sent.start + found[-1].start()
    return complement_of(next((e.id for e in reversed(para.ents) if e.label == "GROUP" and e.end <= at), None))


def group_for(para: Para, sent: Sent, st: Statement, q: Quantity, run: Running,
              list_group: str | None, title_group: str | None, money: bool = False) -> tuple[str | None, str | None]:
    """The group a country's share is a share of: none when "of all" follows (GRP:of-all); a
    group named in its clause or lead (GRP:clause); the group of the last group total before
    it that no strong break separates (GRP:context); the list it is an item of (GRP:list); the
    chart's title (GRP:title)."""
    after = OF_GROUP.match(para.text, LIST_REST.match(para.text, q.end).end())    # "45.0, 20.0 and 5.0 per cent of"
    # the group named right after ("of the arrivals from outside the CIS"; the name may take in
    # the "from" the phrase ends with: "from outside the Commonwealth")
    named = [e for e in para.ents if e.label == "GROUP" and after and q.end <= e.start <= after.end() < e.end]
    if named:
        return named[0].id, "GRP:base"          # "45.0% of all CIS arrivals", "30.0 percent of non-CIS arrivals"
    if OF_ALL.match(para.text[q.end:q.end + 30]):
        return None, "GRP:of-all"
    other = _other_scope(para, sent, q)
    if other:
        return other, "GRP:other-scope"
    gapped = _gapped_group(para, q)
    if gapped:
        return gapped, "GRP:gapped"         # "... led the CIS group and China (38.5%) the non-CIS group"
    base = base_group(para.text, sent, st, para.ents)
    if base and money:
        # "Among non-CIS destinations, Türkiye (KZT 24.1 billion, 9.0%)": a share of transfers is
        # of all transfers unless its base is stated with it ("52.1% of the amount sent to the CIS")
        return None, "GRP:money-total"
    if base:
        return base, "GRP:base"
    led = _led_group(para, sent, st, q)
    if led:
        return led, "GRP:led"               # "Kyrgyzstan (35.5%) and Tajikistan (21.0%) led the CIS group"
    subject = subject_group(para, sent)
    if subject:
        return subject, "GRP:subject"       # "Arrivals from non-CIS countries were headed by China with 30.0%"
    if run.para_group and (ANAPHORA.match(para.text, sent.start) or ANAPHORA_AFTER.match(para.text, q.end)
                           or THIS_GROUP.search(para.text, sent.start, sent.end)
                           or AMONG_THEM.search(para.text, sent.start, q.start)):
        run.group_at.append((st.clause.index, run.para_group))   # the list's next items share it
        return run.para_group, "GRP:anaphora"      # "... 2.9 million from the CIS. Among them Uzbek ..."
    named = [e for e in para.ents if e.label == "GROUP" and sent.start <= e.start and e.end <= st.start
             and not COMPOSED_OF.search(para.text[max(sent.start, e.start - 80):e.start])]
    if named and (ANAPHORA_AFTER.match(para.text, q.end) or OF_IT.match(para.text, q.end)):
        return named[-1].id, "GRP:anaphora"        # "... from CIS states, Uzbekistan making up 45.0% of them"
    reach = [g for ci, g in run.group_at if ci <= st.clause.index and not blocked(sent, ci, st.clause.index)]
    if reach:
        return reach[-1], "GRP:context"
    prev = run.share_group
    if prev is not None and prev[0] >= sent.start and not blocked(sent, prev[1], st.clause.index, ("cmp",)):
        return prev[2], "GRP:list-end"     # "..., 18.0% from Kyrgyzstan and 5.0% from Tajikistan"
    if list_group:
        return list_group, "GRP:list"
    if title_group:
        return title_group, "GRP:title"
    if _members_of_last_group(para, sent, run):
        return run.members_group[0], "GRP:members"   # "... 3.9 million were made by CIS nationals. Uzbekistan kept its lead (41.5%), ..."
    return None, None


@lru_cache(maxsize=1)
def _group_members() -> tuple[dict, dict]:
    data = json.loads(resources.files("extractor.data").joinpath("group_members.json").read_text("utf-8"))
    return {k: frozenset(v) for k, v in data["groups"].items()}, data["complements"]


def in_group(country: str, group: str) -> bool:
    """The country belongs to the origin group (CIS), or to its complement (non-CIS)."""
    groups, complements = _group_members()
    if group in groups:
        return country in groups[group]
    base = complements.get(group)
    return base in groups and country not in groups[base]


def group_complements() -> dict[str, str]:
    """complement group -> its base group ("non-CIS" -> "CIS")."""
    return _group_members()[1]


def complement_of(group: str | None) -> str | None:
    """The group whose base is `group` ("CIS" -> "non-CIS"), else None."""
    return next((c for c, base in group_complements().items() if group is not None and base == group), None)


# "Taken against all arrivals, ...": shares of the whole flow, no group's
ALL_FLOW = pattern("all_flow")
SENTENCE_END = SENTENCE_BREAK      # a stop, space and a capital (periods.py)


def _members_of_last_group(para: Para, sent: Sent, run: Running) -> bool:
    """The sentence right after a group total, or the clauses after it in its own sentence
    ("... the remaining 452,272 arrivals; Türkiye supplied 38.2 per cent, followed by China
    (27.5 per cent)"), lists shares of countries that all belong to that group (or, for a
    complement such as non-CIS, none of which belongs to its base group)."""
    if run.members_group is None or not 0 <= run.members_group[1] < sent.end:
        return False
    if run.members_group[1] < sent.start \
            and len(SENTENCE_END.findall(para.text, run.members_group[1], sent.start + 1)) != 1:
        return False
    group = run.members_group[0]
    named = [x.entity.id for x in sent.stmts if x.entity is not None and x.entity.label == "COUNTRY"
             and all(q.kind == "percent" for q in x.quants)]
    sentence = para.text[sent.start:sent.end]
    if not named or any(OF_ALL.match(sentence[m.start():]) for m in regex.finditer(r"\b\w", sentence)) \
            or ALL_FLOW.search(sentence):
        return False
    groups, complements = _group_members()
    if group in groups:
        return all(c in groups[group] for c in named)
    base = complements.get(group)
    return base in groups and not any(c in groups[base] for c in named)


# --- periods ------------------------------------------------------------------------------

LIST_JOIN = compiled(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", regex.I)
# Words between a list of amounts and the list of periods they fall in ("bn KZT in").
RESPECTIVE_GAP = compiled(r"^[^.;,\d]{0,30}$")
# ... or a bracketed list restating the list, then those words ("KZT 60.5, 62.5 and 64.5 billion
# (USD 130.5, 135.5 and 140.5 million) in April, May and June")
RESPECTIVE_BRACKET = compiled(r"^[^.;()\d]{0,12}\([^()]*\)[^.;,\d()]{0,30}$")


def respective_periods(text: str, stmts: list[Statement], periods: list[PeriodMatch],
                       compared: frozenset = frozenset(), earlier: list[PeriodMatch] = (),
                       months: list[PeriodMatch] = ()) -> tuple:
    """"58.7, 66.1 and 76.6 bn KZT in January, February and March": the k statements of a list
    take the k periods listed right after them, in order (PER:respectively). `compared`: the
    starts of the periods a comparison word governs; `earlier`: the paragraph's periods before
    the sentence ("27.1, 28.9 and 32.4 billion KZT in the same three months" takes the last
    three months named before it, in order)."""
    out = []
    i = 0
    while i < len(stmts):
        j = i
        while j + 1 < len(stmts) and LIST_JOIN.match(text[stmts[j].end:stmts[j + 1].start]):
            j += 1
        k = j - i + 1
        after = [p for p in periods if p.start >= stmts[j].end]
        run = after[:1]
        for p in after[1:]:
            if len(run) == k or not LIST_JOIN.match(text[run[-1].end:p.start]):
                break
            run.append(p)
        gap = text[stmts[j].end:run[0].start] if run else ""
        if k >= 2 and len(run) == k and (RESPECTIVE_GAP.match(gap) or RESPECTIVE_BRACKET.match(gap)
                                          or RESPECTIVE_GAP.match(gap.lstrip(" )"))):
            out += [(stmts[i + n].start, run[n]) for n in range(k)]
        elif k >= 2 and len(run) == 1 and SAME_MONTHS.fullmatch(run[0].text) and (named := _last_months(earlier, k)):
            out += [(stmts[i + n].start, named[n]) for n in range(k)]
        elif k >= 2 and not run and k == len(months) and not any(p.end <= stmts[i].start for p in periods) \
                and BY_MONTH.search(text, max(0, stmts[i].start - 60), stmts[i].start):
            # "by month they amounted to 24.1, 26.8 and 30.4 billion tenge": the report's months in
            # order (PER:by-month)
            out += [(stmts[i + n].start, months[n]) for n in range(k)]
        elif k >= 2 and (named := _periods_listed_before(text, stmts[i], stmts[j], periods, k)):
            # "In July, August and September the amounts were KZT 94.1, 101.8 and 116.5 billion,
            # respectively": the k periods listed before the list, in order
            out += [(stmts[i + n].start, named[n]) for n in range(k)]
        elif k >= 2 and (named := _compared_before_bracket(text, stmts[i], stmts[j], periods, k, compared)):
            out += [(stmts[i + n].start, named[n]) for n in range(k)]
        elif k >= 2 and not run:
            # "880,000 in October, 810,000 in November and 790,000 in December; departures 840,000,
            # 750,000 and 720,000": a parallel list takes the periods of the dated list before it
            parallel = [d for d in _dated_lists(text, stmts[:i], periods) if len(d) == k][-1:]
            given = dict(out)       # or the list right before, dated already ("..., that is $53.5M, $59.5M and $67.5M")
            if not parallel and i >= k and all(stmts[i - k + n].start in given for n in range(k)):
                parallel = [[given[stmts[i - k + n].start] for n in range(k)]]
            out += [(stmts[i + n].start, parallel[0][n]) for n in range(k)] if parallel else []
        i = j + 1
    return tuple(out) + _periods_after_respectively(text, stmts, out)


# "by month they amounted to", "month by month, ...", "in each month:", "the three months came to"
BY_MONTH_WORDS = (r"\b(?:by\s+month|month\s+by\s+month|(?:in\s+)?each\s+(?:of\s+the\s+(?:three\s+)?)?months?|"
                  r"the\s+(?:three|3)\s+months|"     # "in dollar terms the three months came to 127.9, 132.3 and 138.1"
                  r"monthly\s+(?:inflows|outflows|transfers|amounts|figures|volumes|totals|flows|arrivals|departures))\b")
BY_MONTH = compiled(BY_MONTH_WORDS + r"[^.;\d]{0,40}$", regex.I)
# "the same three months", "the same months", "the same two months"
SAME_MONTHS = compiled(r"(?:the\s+)?same\s+(?:two\s+|three\s+|\d\s+)?months", regex.I)


def _last_months(earlier: list[PeriodMatch], k: int) -> list[PeriodMatch] | None:
    """The k one-month periods named last before, in order, each another month, or None."""
    months = [p for p in earlier if p.period_start[:7] == p.period_end[:7] and p.period_start.endswith("-01")]
    last = months[-k:]
    if len(last) < k or len({p.period_start for p in last}) < k \
            or [p.period_start for p in last] != sorted(p.period_start for p in last):
        return None
    return last


def _periods_after_respectively(text: str, stmts: list[Statement], out: list) -> tuple:
    """"KZT 52.4, 55.1 and 64.1 billion respectively (USD 116.3 million, 122.1 million and 141.8
    million)": a second list of the same items right after "respectively" takes the periods of
    the list it closes, in order (PER:respectively)."""
    given = dict(out)
    return tuple((x.start, given[first.start]) for x, first in _second_lists(text, stmts, lambda x: x.start in given)
                 if x.start not in given)


def _periods_listed_before(text: str, first: Statement, last: Statement, periods: list[PeriodMatch],
                           k: int) -> list[PeriodMatch]:
    """The k periods listed (joined by commas and "and") before the first statement of a list
    that "respectively" closes, with no number or sentence end between them and the list; the
    list's words may stand before "respectively" ("In January and February 912,300 and 894,600
    foreign nationals entered the country, respectively": blind designer41, 2023q1 chromium)."""
    if not RESPECTIVELY_AFTER_WORDS.match(text, last.end):
        return []
    before = [p for p in periods if p.end <= first.start]
    run = before[-k:]
    if len(run) < k or regex.search(r"[.;]\s|\d", text[run[-1].end:first.start]) \
            or not all(LIST_JOIN.match(text[a.end:b.start]) for a, b in zip(run, run[1:])):
        return []
    return run


RESPECTIVELY_CLOSES = compiled(r"[^\d.;()]{0,30}?\brespectively\b", regex.I)
# ... past a bracket of the list in the other currency ("66.3, 71.9 and 73.4 billion tenge (USD
# 129.5, 140.5 and 143.4 million), respectively": blind round88, 2025q2 onecol-chromium)
RESPECTIVELY_AFTER_WORDS = compiled(r"(?:\s*\([^()]*\))?[^\d.;:()]{0,60}?\brespectively\b", regex.I)


def _compared_before_bracket(text: str, first: Statement, last: Statement, periods: list[PeriodMatch],
                             k: int, compared: frozenset) -> list[PeriodMatch]:
    """"11.4% more than in the previous quarter and 6.2% more than in the same quarter of 2024
    (3,876,240 and 4,066,440 arrivals respectively)": a bracketed list that "respectively" closes,
    opened right after the last of k compared periods, takes those k periods in order."""
    if not RESPECTIVELY_CLOSES.match(text, last.end):
        return []
    before = [p for p in periods if p.end <= first.start]
    run = before[-k:]
    if len(run) < k or not regex.match(r"^\s*\(\s*$", text[run[-1].end:first.start]) \
            or not all(p.start in compared for p in run) \
            or any(regex.search(r"[.;]\s", text[a.end:b.start]) for a, b in zip(run, run[1:])):
        return []
    return run


# an item's period right after it, or after a short predicate ("98.4 billion tenge left the
# country in July, 104.9 billion in August ...": blind designer46, 2024q3 chromium2)
DATED_ITEM = compiled(r"^(?:\s+\p{Ll}[\p{Ll}-]*){0,4}?\s*(?:in|for|during)\s+$", regex.I)
DATED_AFTER = compiled(r"^(?:\s*\([^()]*\))?\s*(?:in|for|during)\s+$", regex.I)   # "KZT 50 bn (USD 110 mln) in April"


# between the items of a dated list: "and", a comma, "through", "to" ("from KZT 52.4 billion in
# January through 58,9 billion in February to 67.1 billion in March")
DATED_JOIN = compiled(r"^\s*(?:,\s*(?:and\s+)?|and\s+|through\s+|to\s+|then\s+)$", regex.I)


def _dated_lists(text: str, stmts: list[Statement], periods: list[PeriodMatch]) -> list[list[PeriodMatch]]:
    """Lists whose items each print their period right after them ("880,000 in October, 810,000
    in November and ..."): the periods of each such list."""
    out: list[list[PeriodMatch]] = []
    last = None
    for x in stmts:
        p = next((p for p in periods if p.start >= x.end and DATED_ITEM.match(text[x.end:p.start])), None)
        if p is None:
            last = None
            continue
        if last is not None and DATED_JOIN.match(text[last.end:x.start]):
            out[-1].append(p)
        else:
            out.append([p])
        last = p
    return out + _dated_before_lists(text, stmts, periods)


# between one item of a list dated before each and the next item's period: "... arrived, in "
DATED_BEFORE_JOIN = compiled(r"[^.;:\d]{0,30}?(?:,|\band\b)\s*(?:in\s+|during\s+)?", regex.I)


def _dated_before_lists(text: str, stmts: list[Statement], periods: list[PeriodMatch]) -> list[list[PeriodMatch]]:
    """Lists whose items each print their period right before them ("In January 30.1 billion
    tenge arrived, in February 31.4 billion and in March 35.3 billion"): the periods of each."""
    out: list[list[PeriodMatch]] = []
    last = None
    for x in stmts:
        p = next((p for p in periods if p.end <= x.start and not text[p.end:x.start].strip(" ,")), None)
        if p is None:
            last = None
            continue
        if last is not None and DATED_BEFORE_JOIN.fullmatch(text, last.end, p.start):
            out[-1].append(p)
        else:
            out.append([p])
        last = x
    return [run for run in out if len(run) >= 2]


Period = tuple[str, str]


@dataclass(frozen=True)
class When:
    """A statement's period, the compared period of a change, flags and the rules used."""
    period: Period
    compared: Period | None
    flags: tuple[str, ...]
    rules: tuple[str, ...]


def _anchor(p: PeriodMatch, i: int, compared: frozenset[int], report_end: str) -> bool:
    """A period a "same period of <year>" can take its span from: the sentence's own period,
    not a compared one, a day or a stock date (same_spans also passes over one dating a number
    in brackets: "KZT 204.1 billion (Q1 2023: KZT 182.9 billion)")."""
    return i not in compared and not p.same_span and not p.stock and p.period_start != p.period_end


def same_spans(text: str, periods: tuple, compared: frozenset[int], report_end: str) -> tuple:
    """PER:same-span: "the same period of 2024" after "January-September 2025" in its sentence
    is January-September 2024 (not the report's quarter in 2024); "that quarter" is the one
    named before it."""
    out = list(periods)
    for i, p in enumerate(periods):
        if p.anaphoric:
            out[i] = _antecedent(periods[:i], p)
            continue
        if not p.same_span:
            continue
        s0 = max((a for a, b in sentences(text) if a <= p.start), default=0)
        anchors = [q for j, q in enumerate(periods[:i]) if q.start >= s0 and _anchor(q, j, compared, report_end)
                   and not _dates_a_bracketed_number(text, q)]
        if anchors:
            a, year = anchors[-1], int(p.period_start[:4])
            first, last = period_in_year(date.fromisoformat(a.period_start),
                                          date.fromisoformat(a.period_end), year)
            out[i] = replace(p, period_start=first.isoformat(), period_end=last.isoformat())
    return tuple(out)


def _antecedent(before: tuple, p: PeriodMatch) -> PeriodMatch:
    """"that quarter" is the last span named before it in the paragraph ("A year earlier, in
    July-September 2024, ...; against that quarter ..."); the report's period when none was."""
    named = [q for q in before if not (q.anaphoric or q.same_span or q.stock) and q.period_start != q.period_end]
    if not named:
        return p
    return replace(p, period_start=named[-1].period_start, period_end=named[-1].period_end,
                   relative=False, anaphoric=False)


def _dates_a_bracketed_number(text: str, p: PeriodMatch) -> bool:
    """The period stands in brackets beside a number of their own ("(120,500 as of 1 April
    2024)"): it dates that number, not the paragraph's later sentences."""
    opened, closed = text.rfind("(", 0, p.start), text.find(")", p.end)
    if opened < 0 or closed < 0 or ")" in text[opened:p.start] or "(" in text[p.end:closed]:
        return False
    return bool(regex.search(r"\d", text[opened + 1:p.start] + text[p.end:closed]))


def _brackets_of_others(sent: Sent, st: Statement) -> set[int]:
    """The bracket clauses that hold another statement ("(110,000 as of 1 October 2025)"): their
    periods date that statement only."""
    return {x.clause.index for x in sent.stmts if x is not st and x.clause.rule == "CL:bracket"}


def _iso(p: PeriodMatch) -> Period:
    return p.period_start, p.period_end


def is_cmp(para: Para, p: PeriodMatch) -> bool:
    return p in para.periods and para.periods.index(p) in para.compared


# "... by 22.7 per cent and 64.0 per cent over the same two periods, respectively"
SAME_PERIODS = compiled(r"[^\d.;]{0,20}?\bthe\s+same\s+(?:two\s+|three\s+|\d\s+)?(?:periods|quarters|comparisons)"
                             r"\s*,?\s*respectively\b", regex.I)


def _same_periods_respectively(text: str, sent: Sent, st: Statement, run: Running) -> Period | None:
    """CMP:respectively: the k changes of a list closed by "over the same (two) periods,
    respectively" are compared, in order, with the periods of the k changes stated before the
    list in the sentence ("Outgoing transfers were 36.2 per cent higher than in the previous
    quarter and 71.5 per cent higher than in July – September 2021; incoming transfers increased
    by 22.7 per cent and 64.0 per cent over the same two periods, respectively")."""
    k = sent.stmts.index(st)
    while k + 1 < len(sent.stmts) and RESPECTIVE_JOIN.fullmatch(text, sent.stmts[k].end, sent.stmts[k + 1].start):
        k += 1          # the list's last statement
    m = SAME_PERIODS.match(text, sent.stmts[k].end)
    if m is None:
        return None
    listed = _run_before(text, sent, m.end())
    if st not in listed or len(listed) < 2:
        return None
    earlier = [c for c in run.changes if sent.start <= c[0] < listed[0].start]
    if len(earlier) < len(listed) or any(c[3] is None for c in earlier[-len(listed):]):
        return None
    return earlier[-len(listed):][listed.index(st)][3]


def _same_day_a_year_before(day_iso: str) -> Period:
    day = date.fromisoformat(day_iso)
    try:
        prior = day.replace(year=day.year - 1).isoformat()
    except ValueError:            # 29 February
        prior = day.replace(year=day.year - 1, day=28).isoformat()
    return prior, prior


SINCE_BEFORE = compiled(r"\bsince\s+(?:the\s+(?:peak|start|beginning|end|low)\s+(?:of|in)\s+)?$", regex.I)


# "(86.4 thousand in January–March), an increase of": a change right after a dated bracket
CHANGE_AFTER_BRACKET = compiled(r"\s*,?\s*(?:an?\s+)?(?:increase|rise|growth|decrease|decline|drop|fall|gain)\s+of\s+$"
                                     r"|\s*,?\s*(?:up|down)\s+(?:by\s+)?$", regex.I)


# "declined by 22.3 per cent from KZT 79.4 billion a year earlier": the amount a change starts
# from, then the period of that amount
# a change's base: "from" or "on" an amount ("from KZT ", "on the ")
BASE_LEAD = r"(?:from|on)\s+(?:(?:the|a)\s+(?:(?:monthly\s+)?average|level|total|base)\s+of\s+)?(?:the\s+)?(?:KZT|USD|US\$|\$)?\s?"
FROM_VALUE = compiled(r"\s*(?:per\s*cent|percent|%)?\s*,?\s*" + BASE_LEAD +
                           r"\d[\d.,\s]*(?:thousand|million|billion|bn|mln|[KMB])?\s*(?:tenge|KZT|USD|dollars|US\s+dollars|"
                           r"persons|people|arrivals|departures|workers|permits|transactions)?\s*(?:of\s+|in\s+|recorded\s+in\s+)?$",
                           regex.I)


# CMP:fronted: "Compared with April–June 2022, outgoing transfers grew while incoming transfers
# fell by 9,4 per cent" (blind designer97, 2022q3 reportlab): a comparison word (the comparison
# cue) opening the sentence, its period closed by a comma, governs every clause of it up to a
# semicolon, across ", while" and ", and"
FRONTED_LEAD = compiled(r"\s*(?:as\s+)?", regex.I)
FRONTED_TAIL = compiled(r"\s*(?:the\s+)?", regex.I)


def _fronted_cmp(text: str, sent: Sent, p) -> bool:
    lead = FRONTED_LEAD.match(text, sent.start, p.start)
    word = cues()["comparison"].match(text, lead.end(), p.start)
    return word is not None and bool(FRONTED_TAIL.fullmatch(text, word.end(), p.start)) \
        and text[p.end:p.end + 2].lstrip().startswith(",")


def _change_compared(para: Para, sent: Sent, st: Statement, q: Quantity, run: Running, ps: list, hi: int) -> tuple:
    """(the period a change is compared with, flags, rules): CMP:after, CMP:before, CMP:from-value,
    CMP:respectively, CMP:previous-change, CMP:bracketed-value, CMP:across-semicolon, CMP:section."""
    flags: list[str] = []
    rules: list[str] = []
    cmp_after = [p for p in ps if is_cmp(para, p) and p.start >= q.end and p.start < hi + 120
                 and not blocked(sent, st.clause.index, clause_at(sent.clauses, p.start).index, ("hard", "parallel"))]
    cmp_before = [p for p in ps if is_cmp(para, p) and p.end <= q.start and ";" not in para.text[p.end:q.start]
                  and not blocked(sent, clause_at(sent.clauses, p.start).index, st.clause.index,
                                  ("hard",) if _fronted_cmp(para.text, sent, p) else STRONG_BREAKS)]
    compared: PeriodMatch | Period | None = None
    if cmp_after:
        compared, _ = cmp_after[0], rules.append("CMP:after")
    elif cmp_before:
        compared = cmp_before[-1]
        rules.append("CMP:fronted" if blocked(sent, clause_at(sent.clauses, compared.start).index, st.clause.index)
                     else "CMP:before")
    elif (valued := [p for p in ps if p.start >= q.end and p.start < hi + 60
                     and FROM_VALUE.match(para.text[q.end:p.start])]):
        compared, _ = valued[0], rules.append("CMP:from-value")
    elif (same := _same_periods_respectively(para.text, sent, st, run)) is not None:
        compared, _ = same, rules.append("CMP:respectively")
    elif run.changes and run.changes[-1][0] >= sent.start and run.changes[-1][3] is not None:
        compared, _ = run.changes[-1][3], rules.append("CMP:previous-change")
        flags.append("compared_from_previous")
    elif (dated := [p for p in ps if p.end <= q.start and _dates_a_bracketed_number(para.text, p)
                    and CHANGE_AFTER_BRACKET.match(para.text, para.text.find(")", p.end) + 1, q.start)]):
        # "91 thousand ... in the second quarter (86.4 thousand in January–March), an increase of
        # 5.3%": the change is against the period of the amount in brackets before it
        compared, _ = dated[-1], rules.append("CMP:bracketed-value")
    elif (named := _former_latter_period(para, sent, q, ps)) is not None:
        # "against ... 64.12 billion in the previous quarter and 78.85 billion in the same quarter
        # of 2024; measured against the latter, the average was 10.55 per cent lower"
        compared, _ = named, rules.append("CMP:former-latter")
    elif (across := [p for p in ps if is_cmp(para, p) and p.end <= q.start and para.text.count(";", p.end, q.start) == 1]):
        # "..., against 47.97 billion KZT a month in the previous quarter; in relative terms,
        # outgoing transfers grew by 36.5 per cent": the comparison before the semicolon
        compared, _ = across[-1], rules.append("CMP:across-semicolon")
    elif run.section_compared is not None and not any(is_cmp(para, p) for p in ps):
        # "... 4.0 per cent more than in the previous quarter. ¶ Indian workers grew by 15.0 per cent"
        compared, _ = run.section_compared, rules.append("CMP:section")
        flags.append("compared_from_previous")
    return compared, flags, rules


# "measured against the latter", "compared with the former", "than the latter"
AGAINST_FORMER_LATTER = compiled(r"\b(?:against|than|compared\s+(?:with|to)|relative\s+to|versus|over)\s+the\s+"
                                 r"(?P<which>latter|former)\b", regex.I)


def _former_latter_period(para: Para, sent: Sent, q: Quantity, ps: list) -> PeriodMatch | None:
    """CMP:former-latter: a change compared "against the latter" (or "the former") of the
    periods its sentence compared before it: the last (or first) period after the sentence's
    first comparison word and before those words (blind round88, 2025q2 onecol-chromium)."""
    found = list(AGAINST_FORMER_LATTER.finditer(para.text, sent.start, q.start))
    m = found[-1] if found else None
    first = cues()["comparison"].search(para.text, sent.start, m.start()) if m else None
    named = [p for p in ps if first and first.end() <= p.start and p.end <= m.start()]
    if len(named) < 2:
        return None
    return named[-1] if m["which"].lower() == "latter" else named[0]


def change_when(para: Para, sent: Sent, st: Statement, q: Quantity, run: Running,
                report: Period, section: Period | None = None, metric: str | None = None) -> When:
    """A change's own period and the period it is compared with."""
    ps = [p for p in para.periods if sent.start <= p.start < sent.end]
    hi = next((x.start for x in sent.stmts if x.start > st.start), sent.end)
    compared, flags, rules = _change_compared(para, sent, st, q, run, ps, hi)
    bracketed = _brackets_of_others(sent, st)
    own = [p for p in ps if not is_cmp(para, p)
           and clause_at(sent.clauses, p.start).index not in bracketed]   # "(from KZT 300.0 bn in Q3)"
    mine = [p for p in own if p.start < q.start and not regex.search(r"[;:]", para.text[p.end:q.start])
            and not SINCE_BEFORE.search(para.text[max(0, p.start - 30):p.start])]   # "since the peak of 2022: ..."
    after = [p for p in own if p.start >= q.end and (not isinstance(compared, PeriodMatch)
                                                      or p.start < compared.start)
             and not regex.search(r"[:;]", para.text[q.end:p.start])     # "...: the peak of spring 2022"
             and not pattern("reason_clause").search(para.text[q.end:p.start])]  # ", as the transfers of spring 2022 ..."
    cmp = compared if isinstance(compared, tuple) or compared is None else _iso(compared)
    if isinstance(compared, PeriodMatch) and cmp == report and compared.relative:
        # "up 210.1% on the previous quarter and by 236.4 per cent on April–June" in a report on
        # April–June: no change is against its own span; the year before (CMP:year-before)
        cmp = year_before(cmp)
        flags.append("compared_year_inferred")
        rules.append("CMP:year-before")
    dated = _names_last_day(para, report)
    if isinstance(compared, PeriodMatch) and (span := _flow_quarter_of_day(compared, metric, dated)) is not None:
        cmp = span                        # "6.8 percent less than at the close of 2021": its quarter
        flags.append("period_from_day")
    opening = [p for p in own if SENTENCE_OPENING.match(para.text[sent.start:p.start]) and p.end <= q.start
               and _iso(p) != cmp]        # "In Q2 2024, ...; against that quarter ... 5% lower"
    if cmp is not None:     # "against ... 28.74 billion in the same quarter of 2024 – a fall of
        #                     17.3 per cent year on year": never its own period the one it is compared with
        mine, after = [p for p in mine if _iso(p) != cmp], [p for p in after if _iso(p) != cmp]
    chosen = mine[-1] if mine else (after[0] if after else None)
    rules.append("PER:change-own")
    if chosen is None and opening:
        chosen, rules[-1] = opening[0], "PER:opening"
    if chosen is None and section:
        return When(section, cmp, tuple(flags), tuple(rules[:-1] + ["PER:section"]))
    if chosen is None and cmp is not None and cmp[0] == cmp[1]:
        # PER:stock-change: "was 7.0 per cent larger than on 31 March 2023": a stock compared
        # with one day is the stock on the report's last day
        return When((report[1], report[1]), cmp, tuple(flags + ["period_default"]),
                    tuple(rules[:-1] + ["PER:stock-change"]))
    if chosen is None and (span := _span_a_year_later(cmp, report)) is not None:
        return When(span, cmp, tuple(flags + ["period_from_compared"]), tuple(rules[:-1] + ["PER:compared-span"]))
    if chosen is None:
        return When(report, cmp, tuple(flags + ["period_default"]), tuple(rules[:-1] + ["PER:report"]))
    if _year_on_year_of_report(para, sent, st, q, chosen, cmp, report):
        return When(report, cmp, tuple(flags + ["period_default"]), tuple(rules[:-1] + ["PER:year-on-year"]))
    if _dates_base_amounts(para, sent, chosen, q, report):
        return When(report, cmp or _iso(chosen), tuple(flags + ["period_default"]),
                    tuple(rules[:-1] + ["PER:report"] + ([] if cmp else ["CMP:base-amounts"])))
    if (span := _flow_quarter_of_day(chosen, metric, dated)) is not None:
        return When(span, cmp, tuple(flags + ["period_from_day"]), tuple(rules + ["PER:end-of-flow"]))
    if chosen.relative:
        flags.append("period_relative")
    if _end_of_period_flow(para, sent, st, run, chosen, report):
        # "... held 58,920 migrant workers at the end of the reporting period, 4.7 percent more
        # than in the same quarter of 2022": the change of the quarter's count (PER:end-of-period-flow)
        return When(report, cmp, tuple(flags), tuple(rules[:-1] + ["PER:end-of-period-flow"]))
    if isinstance(compared, PeriodMatch) and compared.relative and YEAR_WORD.search(compared.text) \
            and not chosen.relative:
        cmp = year_before(_iso(chosen))      # "352,780 in 2024 against ... a year earlier": 2023
    return When(_iso(chosen), cmp, tuple(flags), tuple(rules))


def _dates_base_amounts(para: Para, sent: Sent, chosen: PeriodMatch, q: Quantity, report: Period) -> bool:
    """CMP:base-amounts: a change after amounts its sentence dates to a period before the
    report's ("in January–March 2023, 182.9 billion KZT was sent abroad and 83.3 billion KZT
    arrived, so outgoing transfers declined by 7.9 per cent": blind designer64, 2024q1 word) is
    the report's change, against that period where it names no other ("KZT 252.7 billion had been
    sent in July–September 2022 and KZT 126.0 billion in October–December 2021, so outgoing
    transfers rose by 23.7 per cent on the quarter": against the quarter before)."""
    before = para.text[sent.start:q.start]
    if _iso(chosen)[1] >= report[0] or before.count("(") > before.count(")"):
        return False        # ("66.9 billion KZT – 26 percent more than for all of 2021)": the amount's own change
    return any(sent.start <= x.start and x.end <= q.start and x.kind in ("count", "money")
               and (0 <= x.start - chosen.end <= 40 or 0 <= chosen.start - x.end <= 40) for x in para.quants)


def _listed_before(text: str, sent: Sent, named: list[Entity]) -> bool:
    """The sentence before names several countries ("Citizens of Uzbekistan obtained almost half
    of them (48.6%), nationals of Russia 17.2% and of China 9.8%. The number is 12.3 percent
    more ..."): "it", "the number" point back to no one of them (blind designer64, 2026q2
    reportlab)."""
    before = max((a for a, b in sentences(text) if b <= sent.start), default=0)
    return len({e.id for e in named if e.start >= before}) > 1


# "the year-on-year rise", "up 12 per cent on the year"
YEAR_ON_YEAR = compiled(r"\byear[\s-]+(?:on|over)[\s-]+year\b|\bon\s+the\s+year\b", regex.I)


def _year_on_year_of_report(para: Para, sent: Sent, st: Statement, q: Quantity, chosen: PeriodMatch,
                            cmp: Period | None, report: Period) -> bool:
    """PER:year-on-year: a change its own clause calls year on year, compared with the quarter a
    year before the report's, is the report's quarter's, not that of a period an earlier clause
    named ("In July–September the average had been ..., and in October–December 2021 transfers
    totalled ..., so the year-on-year rise comes to 73.6 per cent")."""
    clause = clause_at(sent.clauses, q.start)
    if cmp is None or year_later(cmp) != report or _iso(chosen) == report \
            or clause_at(sent.clauses, chosen.start).index == clause.index:
        return False
    return bool(YEAR_ON_YEAR.search(para.text, clause.start, min(clause.end, q.end + 40)))


def _span_a_year_later(cmp: Period | None, report: Period) -> Period | None:
    """PER:compared-span: a change compared with a span longer than the report's that ends a
    year before the report does ("Compared with the first nine months of 2024, outflows are
    9.6 per cent lower", in a Q3 2025 report) is of the same span a year later."""
    if cmp is None or cmp[0] == cmp[1]:
        return None
    later = year_later(cmp)
    return later if later is not None and later[1] == report[1] and later[0] < report[0] else None


def year_later(period: Period) -> Period | None:
    """The same span of whole months one year later; None for a span of part months."""
    a, b = date.fromisoformat(period[0]), date.fromisoformat(period[1])
    if a.day != 1 or (b + timedelta(days=1)).day != 1:
        return None
    after = date(b.year + 1 + (b.month == 12), b.month % 12 + 1, 1) - timedelta(days=1)
    return date(a.year + 1, a.month, 1).isoformat(), after.isoformat()


# "a year earlier", "the previous year"; not "the first quarter of the year" (the report's year)
YEAR_WORD = compiled(r"(?<!\bof\s+(?:the|this)\s+)\byear", regex.I)
NAMED_DAY = compiled(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                          r"(?<!\w)(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)",
                          regex.I)


def year_before(period: Period) -> Period:
    """The same span one year earlier ("a year earlier" than 2024 is 2023; than 1 July, 1 July)."""
    return _same_day_a_year_before(period[0])[0], _same_day_a_year_before(period[1])[1]


def _is_day(p: PeriodMatch) -> bool:
    """"On 1 July 2025 ... permanently residing": a single day dates a stock like "as of"."""
    return p.period_start == p.period_end and not p.relative


def stock_when(para: Para, sent: Sent, st: Statement, q: Quantity, report: Period) -> When:
    """A stock's day: a stock date (or a single day) in its clause, else the paragraph's last
    before it, else the report's last day."""
    lo, hi = scope(sent, st.clause)
    near = [p for p in para.periods if (p.stock or _is_day(p)) and lo <= p.start and p.end <= hi]
    if near:
        chosen = min(near, key=lambda p: abs(p.start - st.start))
        return When(_iso(chosen), None, (), ("PER:stock-clause",))
    nxt = next((x.start for x in sent.stmts if x.start > st.start), sent.end)
    after = [p for p in para.periods if p.stock and st.end <= p.start < nxt and not is_cmp(para, p)
             and reachable(sent, st, p.start)]
    if after:
        return When(_iso(after[0]), None, (), ("PER:stock-after",))
    # "96,450 citizens living in Germany and 38,720 living in Korea as of 1 January 2026": a
    # stock date closing a sentence of coordinated counts dates them all
    last = max(x.end for x in sent.stmts)
    shared = [p for p in para.periods if p.stock and last <= p.start < sent.end and not is_cmp(para, p)
              and not regex.search(r"[;:]", para.text[st.end:p.start])
              and not any(st.end <= o.start < p.start for o in para.periods)]
    if shared:
        return When(_iso(shared[0]), None, (), ("PER:stock-shared",))
    just_before = [p for p in para.periods if p.period_start == p.period_end and p.end <= st.start
                   and COMPARED_VALUE.match(para.text[p.end:st.start])]
    if just_before:               # "slightly more than on 1 January (97,000)"
        return When(_iso(just_before[-1]), None, (), ("PER:compared-value",))
    bracketed = _brackets_of_others(sent, st)
    earlier = [p for p in para.periods if (p.stock or _is_day(p)) and p.start < q.start and not is_cmp(para, p)
               and not UNTIL_BEFORE.search(para.text, max(0, p.start - 8), p.start)
               and not (sent.start <= p.start and clause_at(sent.clauses, p.start).index in bracketed)
               and not (p.end <= sent.start and _dates_a_bracketed_number(para.text, p))]
    if earlier:           # not "(110,000 as of 1 October 2025)", another number's bracket
        return When(_iso(earlier[-1]), None, (), ("PER:stock-paragraph",))
    return When((report[1], report[1]), None, ("period_default",), ("PER:stock-report-end",))


def _in_comparison(sent: Sent, clause: Clause) -> bool:
    """A comparison clause, or a count coordinated with one ("compared with 5,260 in Q3 and
    5,412 in Q4 2024")."""
    i = clause.index
    while i > 0 and sent.clauses[i].rule in ("CL:and-count", "CL:comma"):
        i -= 1
    return sent.clauses[i].kind == "cmp"


# "the busiest month of the quarter", "the quietest months of the year": a period holding the one
# a superlative picks out, not the figure's
MONTH_OF = compiled(r"\b(?:\w+est|peak|top|record)\s+months?\s+(?:of|in)\s+$", regex.I)


def _relative_aside(text: str, p: PeriodMatch, st: Statement) -> bool:
    """"Russian citizens, many of whom had relocated since March, accounted for 38.5%": a period
    in a relative clause (or a noun's, "a destination that barely figured a year earlier") set
    off by commas before the statement dates someone's move, not it;
    nor does the period a month is picked out of ("March was the busiest month of the quarter,
    with 1,095,218 entries": blind designer63, 2023q1 word)."""
    if p.end > st.start:
        return False
    if MONTH_OF.search(text, max(0, p.start - 24), p.start):
        return True
    if st.clause.rule == "CL:when" and not text[p.end:st.clause.start].strip(" ,"):
        return False        # "..., which is fewer than a year earlier, when 21.5 thousand did so"
    comma = text.rfind(",", 0, p.start)
    return comma >= 0 and bool(RELATIVE_PRONOUN.search(text[comma:p.start]) or PARTICIPLE_ASIDE.match(text, comma)
                               or NOUN_THAT_ASIDE.match(text, comma)) \
        and "," in text[p.end:st.start] and "." not in text[comma:p.start]


# "Georgia, a destination that barely figured a year earlier, took 8.5%": a noun's relative
# clause in apposition (blind designer48, 2022q4 chromium2)
NOUN_THAT_ASIDE = compiled(r",\s*(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?(?:that|which|who)\b", regex.I)
# "Ulytau region, created in June 2022, registered only 38 workers": a participle's aside
PARTICIPLE_ASIDE = compiled(r",\s*(?:newly\s+|only\s+)?(?:created|established|formed|founded|set\s+up|launched|"
                                 r"opened|introduced|adopted|renamed)\b", regex.I)


def _usable_in_clause(para: Para, sent: Sent, st: Statement) -> list[PeriodMatch]:
    """Periods of the statement's clause and lead that can be its own: not governed by a
    comparison, unless the comparison introduces this very amount ("than in the previous
    quarter (KZT 70.1 billion)") or the statement stands in the comparison's own clause
    ("..., against 498,750 in the previous quarter"); none of a cause opening the sentence."""
    lo, hi = scope(sent, st.clause)
    lo = max(lo, cause_lead_end(para.text, sent, st))
    out = []
    for p in para.periods:
        if not (lo <= p.start and p.end <= hi) or _relative_aside(para.text, p, st):
            continue
        if not is_cmp(para, p) or _in_comparison(sent, st.clause) or (
                p.end <= st.start and regex.match(r"^[\s(:–—-]*$", para.text[p.end:st.start])):
            out.append(p)
    return out


# between a compared period and its value: "the April - June average of", "the preceding quarter's",
# "the January-March 2024 level ("
COMPARED_VALUE = compiled(r"^(?:\s+of\s+(?:the|this|that)\s+year)?(?:['’]s)?(?:\s+(?:monthly\s+)?(?:average|level|total|figure|amount))?"
                               r"[\s(:–—-]*(?:(?:monthly\s+)?(?:average|level|total)\s+of\s+)?$", regex.I)


# between an amount and the compared period right after it: "the 200.0 thousand of", "the
# 3,096,880 departures of", "received in"
AMOUNT_THEN_PERIOD = compiled(r"^\s*\)?\s*(?:tenge|KZT|USD)?\s*(?:\([^()]{0,60}\)\s*)?(?:in|for|during|over)\s+$", regex.I)
COMPARED_NOUN_OF = compiled(r"^\s*(?:(?:received|sent|recorded|registered|counted|issued|granted|"
                                 r"transferred|averaged|arrivals|departures|entries|exits|permits|workers|"
                                 r"transfers|transactions)\s+){0,2}(?:there\s+)?(?:(?:per|a|each)\s+month\s+)?"
                                 r"(?:(?:of|for|during|in)\s+)?$")
#                                 "fewer than the 31,9 thousand recorded there a year earlier",
#                                 "above the 19.6 billion recorded per month in January–March 2022"
EVENT_DAYS = 31            # an event's dates span less than a month
MONTH_SPAN = 28            # a comparison with a span this long (days) or longer compares a flow
POSSESSIVE = compiled(r"['’]s\s+")
IN_BRACKET_AFTER = compiled(r"^\s*\([^()]*$")
# the rest of a bracket after its first amount sets a second one against it: "... a month against 71.05 billion)"
PAIR_AGAINST_AFTER = compiled(r"[^()\d]{0,40}?\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+"
                                   r"(?:KZT\s+|USD\s+|US\$\s*|\$)?\d[^()]*\)", regex.I)

# a percent change right before its comparison word: "6.4 per cent fewer than in"
CHANGE_BEFORE_CMP = compiled(r"(?:%|\bper\s?cent|\bpercent)\s+(?:[\w-]+\s+){0,4}$", regex.I)


def _change_then_colon(text: str, sent: Sent, p: PeriodMatch, st: Statement) -> bool:
    """"6.4 per cent fewer than in July - September 2023: 2,928,540 migrants from CIS member
    states departed": the compared period of a change stated before it is that change's; what
    its colon opens is the report's own (blind designer48, 2023q4 chromium); so after a period
    named as a reference point ("The quarter repeated the pattern of the first quarter: 2.9
    million arrivals")."""
    return ":" in text[p.end:st.start] and bool(
        CHANGE_BEFORE_CMP.search(text[max(sent.start, p.start - 60):p.start])
        or cues()["reference_point"].search(text[max(sent.start, p.start - 30):p.start] + "§" + text[p.end:p.end + 20]))


def _change_then_restated(text: str, sent: Sent, p: PeriodMatch, st: Statement) -> bool:
    """"... having increased by 3.9 per cent against the third quarter, or on average 32.1
    billion tenge a month": the compared period closes the change before it; what ", or" (", that
    is", ", equivalent to") restates after it is the report's own."""
    return bool(CHANGE_BEFORE_CMP.search(text[max(sent.start, p.start - 60):p.start])
                and pattern("restating_lead").match(text[p.end:st.start]))


def _fronted_own(text: str, sent: Sent, st: Statement, own: list, chosen) -> tuple:
    """"For the whole of 2024 compared with 2023, transfers reached KZT 862.3 billion": a fronted
    comparison dates no amount after its comma; the fronted period does (PER:opening)."""
    fronted = [p for p in own if SENTENCE_OPENING.match(text[sent.start:p.start]) and p.end <= chosen.start]
    if fronted and chosen.end <= st.start and regex.search(r",", text[chosen.end:st.start]):
        return fronted[0], "PER:opening"
    return chosen, "PER:cmp-clause"


# "... by 11.0 per cent, from KZT 242.0 billion and KZT 106.4 billion respectively": the second
# amount of a list after "from" too
CHANGE_BASE_BEFORE = compiled(r"(?:%|\bper\s*cent|\bpercent)\s*,?\s+" + BASE_LEAD +
                                   r"(?:\d[\d.,]*\s*(?:thousand|million|billion|bn|mln|[KMB])?\s*(?:tenge|KZT|USD)?"
                                   r"\s*(?:,\s*|\s+and\s+)(?:KZT|USD|US\$|\$)?\s?)?$", regex.I)


def _dated_near(para: Para, sent: Sent, st: Statement, q: Quantity, ps: list[PeriodMatch]):
    """A period printed right after the amount (PER:clause), the compared period of a change the
    amount starts (PER:change-base), or the period a "when" clause hangs on (PER:when-compared)."""
    text = para.text
    # "from KZT 90.0 billion in July to 105.0 billion in September"
    right_after = [p for p in ps if p.start >= q.end and DATED_AFTER.match(text[q.end:p.start])
                   and not is_cmp(para, p)]
    if right_after:
        return right_after[0], "PER:clause"
    if CHANGE_BASE_BEFORE.search(text[max(0, st.start - 40):st.start]):
        # "incoming transfers increased by 9.9 per cent from KZT 88.6 billion": the amount the
        # change starts from is of the period the change is compared with
        cmps = [p for p in ps if is_cmp(para, p) and p.end <= st.start] or [p for p in ps if is_cmp(para, p)]
        if cmps:
            return (cmps[-1] if cmps[-1].end <= st.start else cmps[0]), "PER:change-base"
    if st.clause.rule == "CL:when":
        # "... fell short of the same quarter of 2022, when 7,000 were granted": the period the
        # clause hangs on, compared or not
        hung = [p for p in ps if p.end <= st.clause.start and not text[p.end:st.clause.start].strip()]
        if hung:
            return hung[-1], "PER:when-compared"
    return None, None


def _compared_just_before(para: Para, sent: Sent, st: Statement, q: Quantity, ps: list[PeriodMatch]
                          ) -> PeriodMatch | None:
    """PER:compared-value: the compared period an amount is set against right after it ("the
    April - June average of 60.0 bn"), or right before it."""
    text = para.text
    cmp_just_before = [p for p in ps if p.end <= st.start and is_cmp(para, p)
                       and not _change_then_colon(text, sent, p, st)
                       and (COMPARED_VALUE.match(text[p.end:st.start])   # "the April - June average of 60.0 bn"
                            # every amount in a bracket right after it ("Compared with Q1 (KZT 170.5
                            # billion sent and KZT 80.5 billion received), ...")
                            or IN_BRACKET_AFTER.match(text[p.end:st.start]))
                       # but the first of a pair set against each other is its own period's
                       # ("(KZT 64.33 billion a month against 71.05 billion)": blind designer57,
                       # 2026q1 reportlab)
                       and not PAIR_AGAINST_AFTER.match(text, q.end)]
    # "up 10.0% on the 200.0 thousand of the corresponding period of 2024"
    cmp_just_before += [p for p in ps if p.start >= st.end and is_cmp(para, p)
                        and COMPARED_NOUN_OF.match(text[st.end:p.start])][:1]
    # "Compared with 216.9 KZT (415.0 million USD) in April–June 2025, outflows rose ...":
    # the amount set against is of the period right after it
    if pattern("compared_lead").search(text, max(sent.start, st.start - 30), st.start):
        cmp_just_before += [p for p in ps if p.start >= st.end
                            and AMOUNT_THEN_PERIOD.match(text[st.end:p.start])][:1]
    return cmp_just_before[-1] if cmp_just_before else None


# what joins a metric cue to a period that opens the next clause of a list
THEN_WORDS = r"(?:and|while|whereas|but|then)"
AND_THEN = compiled(rf"\s*{THEN_WORDS}\s+(?:in\s+)?", regex.I)
# what joins an amount to the next item of a list led by its own period: "583,310 and March
# 688,340", "583,310, March 688,340"
ITEM_THEN = compiled(rf"\s*[,;]?\s*(?:{THEN_WORDS}\s+)?(?:in\s+)?", regex.I)


def flow_when(para: Para, sent: Sent, st: Statement, q: Quantity, cue: Cue | None, metric: str,
              prior: list[PeriodMatch], report: Period, section: Period | None = None,
              event_day: PeriodMatch | None = None) -> When:
    """A flow's period, by the first rule that finds one."""
    text = para.text
    lead = cause_lead_end(text, sent, st)
    ps = [p for p in para.periods if lead <= p.start < sent.end and not _relative_aside(text, p, st)]
    chosen, rule = next(((p, "PER:respectively" if p.text else "PER:by-month") for start, p in sent.respective
                         if start == st.start),
                        (None, None))
    possessive = [p for p in ps if p.end <= st.start and POSSESSIVE.fullmatch(text[p.end:st.start])
                  and not is_cmp(para, p)]
    if chosen is None and possessive:
        chosen, rule = possessive[-1], "PER:clause"        # "The second quarter's 3.05 million entries"
    if chosen is None and cue is not None and cue.start >= st.end:
        later = [p for p in ps if p.start >= cue.end and p.start - cue.end <= 40 and not is_cmp(para, p)
                 and not regex.search(r"[,;]", text[cue.end:p.start])
                 and not _dates_a_bracketed_number(text, p)      # "arrivals (Q2 2025: 3.11 million)"
                 # "July brought 1,254,300 arrivals and August 1,198,640": the next amount's
                 and not (AND_THEN.fullmatch(text, cue.end, p.start) and LEADS_AMOUNT.match(text, p.end))]
        if later:
            chosen, rule = later[0], "PER:after-cue"
    if chosen is None:
        chosen = _compared_just_before(para, sent, st, q, ps)
        rule = "PER:compared-value" if chosen is not None else None
    if chosen is None:
        chosen, rule = _dated_near(para, sent, st, q, ps)
    if chosen is None:
        usable = _event_days(_usable_in_clause(para, sent, st), metric, report)
        if PAIR_AGAINST_AFTER.match(text, q.end):
            usable = [p for p in usable if not is_cmp(para, p)]     # the first of a pair: its own period's
        usable = [p for p in usable if not (is_cmp(para, p) and (_change_then_colon(text, sent, p, st)
                                                                   or _change_then_restated(text, sent, p, st)))]
        # "February recorded 583,310 and March 688,340": a period after the amount that leads an
        # amount of its own is that amount's (blind designer88, 2022q1 chromium2)
        usable = [p for p in usable if not (p.start >= st.end and ITEM_THEN.fullmatch(text, st.end, p.start)
                                            and LEADS_AMOUNT.match(text, p.end))]
        if any(p.start >= st.end for p in usable):
            # "Registrations peaked in November: 19,870 workers were entered in October, ...": a
            # period before a colon dates no item of the list it opens that names its own
            usable = [p for p in usable if p.start >= st.end or ":" not in para.text[p.end:st.start]]
        if usable:
            chosen = min(usable, key=lambda p: (abs(p.start - st.start), p.start))
            rule = "PER:cmp-clause" if is_cmp(para, chosen) else "PER:clause"
            own = [p for p in ps if not is_cmp(para, p) and not p.relative and p.end <= st.start]
            if rule == "PER:cmp-clause" and chosen.relative and YEAR_WORD.search(chosen.text) and own:
                # "... in 2024 against 318,400 a year earlier": a year before the sentence's own period
                return When(year_before(_iso(own[-1])), None, ("period_relative",), ("PER:cmp-clause",))
            if rule == "PER:cmp-clause":
                chosen, rule = _fronted_own(text, sent, st, own, chosen)
    if chosen is None:
        # an event is never dated by a span longer than the report ("a round table on the
        # 2023–2025 action plan brought together 17 representatives of NGOs and 12 officials")
        chosen, rule = _period_of_context(para, sent, st, [p for p in ps if metric not in cues()["event_metrics"]
                                                           or _span(p) <= _span(report)])
    if chosen is None and metric in cues()["event_metrics"]:
        # the paragraph's last span named before (never one after the report nor longer than
        # it: "a concept for 2027-2031", "the Concept for 2023–2027"; nor a stock's "as of 1
        # April"), else the day the section named in an
        # earlier paragraph
        before = [p for p in list(prior) + [p for p in ps if p.end <= st.start] if not is_cmp(para, p)
                  and p.period_start <= report[1] and _span(p) <= _span(report) and not p.stock] or ([event_day] if event_day is not None else [])
        chosen, rule = (before[-1], "PER:event") if before else (None, None)
        # "40 participants at the round table, 18–19 May 2024": the days the sentence names after
        days = [p for p in ps if p.start >= st.end and not is_cmp(para, p) and p.period_start <= report[1]
                and (date.fromisoformat(p.period_end) - date.fromisoformat(p.period_start)).days < EVENT_DAYS]
        chosen, rule = (days[0], "PER:event-after") if chosen is None and days else (chosen, rule)
    if chosen is None and metric not in cues()["period_metrics"] | cues()["event_metrics"]:
        # "As of 30 June 2024, 79,364 workers were registered. ... Uzbekistan 55.1%": the
        # paragraph's stock date holds for its later sentences (not for permits granted or
        # people arriving in a period: "As of 1 April, 6,400 permits had been granted since
        # January. ... Russian citizens made up 58.4%" are the quarter's)
        stocks = [p for p in prior if p.stock and not p.relative and not is_cmp(para, p)]
        # ... unless a later sentence dates a flow again ("As of 31 March 2022, 141,860 ... lived
        # ... 48.2 thousand foreign workers were registered in the first quarter of 2022.
        # Uzbekistan supplied 49.6% of them": blind round69, 2022q1 onecol-reportlab)
        stocks = [s for s in stocks if not flow_dated_after(para.text, s, [p for p in prior if not is_cmp(para, p)])
                  and _dates_a_figure(para, s) and not _flow_compared_after(para, s, sent.end)]
        chosen, rule = (stocks[-1], "PER:stock-paragraph") if stocks else (None, None)
    return _flow_period(chosen, rule, metric, report, section, _names_last_day(para, report))


def _flow_compared_after(para: Para, day: PeriodMatch, upto: int) -> bool:
    """A sentence after the stock day's own, before `upto`, compares a figure with a span of time
    (a month or more): the figures from there on are of the report's span, not of the day
    ("Employers registered 21,870 foreign workers, 7.5 per cent more than in January–March 2023"
    after "As of 31 March 2024, 131,540 foreigners lived ...": blind designer97, 2024q1 word)."""
    own_end = next((b for a, b in sentences(para.text) if a <= day.start < b), len(para.text))
    return any(own_end <= p.start < upto and is_cmp(para, p) and _span(p) >= MONTH_SPAN for p in para.periods)


# "Astana (10.6%), which was known as Nur-Sultan until 17 September 2022": the day a state ended
# dates no stock after it
UNTIL_BEFORE = compiled(r"\b(?:until|till)\s+$", regex.I)


def _dates_a_figure(para: Para, p: PeriodMatch) -> bool:
    """A stock day holds for later sentences only where its own sentence states a figure ("As
    of 30 June 2024, 79,364 workers were registered."), not where it dates an event of no figure
    ("Foreign arrivals eased at the end of 2022 ...": blind round71, 2022q4 word, Conclusion)."""
    return any(a <= p.start < b and any(a <= q.start < b for q in para.quants) for a, b in sentences(para.text))


def _flow_quarter_of_day(p: PeriodMatch | None, metric: str | None, dated: bool = False) -> Period | None:
    """The quarter a day said "the end of December" ("the close of 2021") closes, where the figure
    dated by it is a flow (no stock of the codebook), the day closes a quarter and the paragraph
    does not date its counts to the report's last day ("As of 30 June 2024, 70,100 ..., against
    68,200 at the end of March": days of a register, `dated`)."""
    if dated:
        return None
    if p is None or p.period_start != p.period_end or not END_WORD.search(p.text) or _quarter_end(p) \
            or BY_DAY.match(p.text) or metric in cues()["stock_metrics"]:
        return None
    first, last = quarter_of(date.fromisoformat(p.period_end))
    return (first.isoformat(), p.period_end) if last.isoformat() == p.period_end else None


def _quarter_end(p: PeriodMatch) -> bool:
    """"At the end of the quarter" (of the reporting period): a stock with no day of its own, not
    "at the end of December", a day whose year is inferred."""
    return p.stock and p.relative and not NAMED_DAY.search(p.text)


def _names_last_day(para: Para, report: Period) -> bool:
    """The paragraph names the report's last day itself ("... on 31 March 2023"): a count said
    "at the end of the quarter" there is a stock of that day."""
    return any(p.period_start == p.period_end == report[1] and not p.relative for p in para.periods)


def _end_of_period_flow(para: Para, sent: Sent, st: Statement, run, chosen: PeriodMatch, report: Period) -> bool:
    """The period is "at the end of the quarter" and the count the sentence stated before the
    statement is of a register that counts the quarter (cues.json end_of_period_flows), in a
    paragraph that does not name the report's last day itself."""
    if not _quarter_end(chosen) or _names_last_day(para, report):
        return False
    before = [x for x in run.stated if sent.start <= x[0] < st.start]
    return bool(before) and before[-1][2] in cues()["end_of_period_flows"]


def _flow_period(chosen: PeriodMatch | None, rule: str | None, metric: str, report: Period,
                 section: Period | None, dated: bool = False) -> When:
    """The When of a flow's chosen period (or of none: the section's, else the report's)."""
    if chosen is None:
        if section:
            return When(section, None, (), ("PER:section",))
        return When(report, None, ("period_default",), ("PER:report",))
    if (span := _flow_quarter_of_day(chosen, metric, dated)) is not None:
        # "At the end of December 42,290 foreign citizens were registered as migrant workers",
        # "After a strong end of 2024, when KZT 236.8 billion was transferred abroad": a flow is
        # never of one day; it is the quarter that day closes (PER:end-of-flow)
        return When(span, None, ("period_from_day",), (rule, "PER:end-of-flow"))
    if _quarter_end(chosen):
        # "at the end of the quarter" is as of its last day (a stock "as of" a day, the contract
        # says); not "at the end of December", a day whose year is inferred. A register that is
        # no stock in the codebook ("The register of foreign labour held 58,920 migrant workers
        # at the end of the reporting period") counts the quarter's registrations: most writers
        # key it to the quarter (PER:end-of-period-flow; blind designer58, 2023q4 word)
        if metric in cues()["end_of_period_flows"] and not dated:
            return When(report, None, ("period_relative",), (rule, "PER:end-of-period-flow"))
        return When((report[1], report[1]), None, ("period_relative",), (rule, "PER:stock-quarter-end"))
    if chosen.stock and BY_DAY.match(chosen.text) and chosen.period_end == report[1] \
            and metric not in cues()["stock_metrics"]:
        # "By the end of March, 61,870 foreign nationals had been registered": what was done up
        # to the report's last day is the report's flow (PER:by-day; blind designer43, 2023q1 chromium)
        return When(report, None, (), (rule, "PER:by-day"))
    if chosen.stock and START_OF.match(chosen.text) and chosen.period_start == report[0] \
            and metric in cues()["period_metrics"]:
        # "kept growing at the start of 2025, with about 3.18 million arrivals": a flow has no
        # day; said of the day the report's period starts, it is the report's (PER:start-of-report)
        return When(report, None, (), (rule, "PER:start-of-report"))
    return When(_iso(chosen), None, ("period_relative",) if chosen.relative else (), (rule,))


BY_DAY = compiled(r"(?i:by)\b")
START_OF = compiled(r"(?i:(?:at|as\s+of)\s+the\s+(?:start|beginning)\s+of)\b")


def _event_days(usable: list, metric: str, report: Period) -> list:
    """An event's figures are never dated by a span after the report or longer than it: it
    names a programme, not the event's days ("on 22 February a training on the Migration
    Policy Concept for 2023–2027", "a round table on the quota for 2026")."""
    if metric not in cues()["event_metrics"]:
        return usable
    return [p for p in usable if p.period_start <= report[1] and _span(p) <= _span(report)]


def _span(p) -> int:
    """Days a period match (or an ISO pair) covers."""
    a, b = (p.period_start, p.period_end) if hasattr(p, "period_start") else p
    return (date.fromisoformat(str(b)) - date.fromisoformat(str(a))).days


def _when_clause(sent: Sent, clause: Clause) -> Clause | None:
    """The "when" clause a statement stands in, also where an "and" goes on with it before its
    closing comma ("..., when KZT 236.9 billion was sent abroad and KZT 58.3 billion was
    received, ...")."""
    for k in range(clause.index, -1, -1):
        c = sent.clauses[k]
        if c.rule == "CL:when":
            return c
        if c.kind != "parallel" or not c.rule.startswith("CL:and"):
            return None
    return None


def _period_of_context(para: Para, sent: Sent, st: Statement, ps: list[PeriodMatch]):
    """A "when" clause about a compared period takes that period (PER:when-compared); else the
    nearest period before it that no strong break separates (PER:reach: list items share the
    period of the clause that opens the list); else the sentence's opening period (PER:opening);
    else a period after coordinated counts (PER:coordinated); else a period in a clause of the
    sentence that states nothing itself, not across ";" (PER:sentence)."""
    text = para.text
    when = _when_clause(sent, st.clause)
    par = parent(sent, when) if when is not None else None
    if par is not None:
        cmp = [p for p in ps if par.start <= p.start < par.end and is_cmp(para, p)]
        if cmp:
            return cmp[-1], "PER:when-compared"
    reach = [p for p in ps if p.end <= st.start and not is_cmp(para, p) and ";" not in text[p.end:st.start]
             and not _blocked_for_period(sent, clause_at(sent.clauses, p.start).index, st.clause.index)]
    if reach:
        return reach[-1], "PER:reach"
    opening = [p for p in ps if SENTENCE_OPENING.match(text[sent.start:p.start]) and not is_cmp(para, p)
               and p.end <= st.start and ";" not in text[p.end:st.start]]
    if opening:
        return opening[0], "PER:opening"
    tail = _coordinated_tail(para, sent, st, ps)
    if tail is not None:
        return tail, "PER:coordinated"
    nxt = _next_clause_period(para, sent, st, ps)
    if nxt is not None:
        return nxt, "PER:next-clause"
    taken = busy(sent)
    free = [p for p in ps if not is_cmp(para, p)
            and clause_at(sent.clauses, p.start).index not in taken
            and ";" not in (text[p.end:st.start] if p.end <= st.start else text[st.end:p.start])]
    before = [p for p in free if p.end <= st.start]
    if before:
        return before[-1], "PER:sentence"
    return None, None


NOT_OWN_BEFORE = pattern("not_own_before")


def _next_clause_period(para: Para, sent: Sent, st: Statement, ps: list[PeriodMatch]) -> PeriodMatch | None:
    """"the highest number of departures, 781,200, was observed in December 2022": a number set
    off by commas takes the period of the soft clause right after it, which states nothing."""
    own = st.clause
    if regex.sub(r"[\s,;:()–—-]", "", para.text[own.start:st.start] + para.text[st.end:own.end]):
        return None          # only a number set off by commas (an apposition) reads on
    i = own.index + 1
    if i >= len(sent.clauses) or sent.clauses[i].kind not in ("soft", "resume") or i in busy(sent):
        return None
    c = sent.clauses[i]
    found = [p for p in ps if c.start <= p.start < c.end and not is_cmp(para, p)
             and not NOT_OWN_BEFORE.search(para.text[max(c.start, p.start - 12):p.start])]
    return found[0] if found else None


def _blocked_for_period(sent: Sent, a: int, b: int) -> bool:
    """Coordinated counts ("3.62 million ... and 466.5 thousand ...") share a period: an "and"
    before a count does not end its reach."""
    return any(sent.clauses[i].kind in STRONG_BREAKS and sent.clauses[i].rule != "CL:and-count"
               for i in range(a + 1, b + 1))


def _coordinated_tail(para: Para, sent: Sent, st: Statement, ps: list[PeriodMatch]) -> PeriodMatch | None:
    """Coordinated counts share the period printed after the last of them ("63,215 temporary
    and 8,047 permanent permits in the quarter"): the first period after the statement, when
    only coordinating breaks ("and" before a number, commas) stand between."""
    later = [p for p in ps if p.start >= st.end and not is_cmp(para, p) and ";" not in para.text[st.end:p.start]]
    if not later:
        return None
    p = later[0]
    between = sent.clauses[st.clause.index + 1:clause_at(sent.clauses, p.start).index + 1]
    taken = busy(sent)
    if between and all(c.rule in ("CL:and-count", "CL:and-verb") and c.index in taken
                       for c in between):
        return p
    return None


# --- footnotes ----------------------------------------------------------------------------

RATE_NOTE = compiled(r"\bexchange\s+rates?\b|\bconverted\b|\b1\s*(?:USD|US\$|\$)\s*=|\brate\s+of\b"
                          r"|\b(?:average|official)\s+(?:official\s+|market\s+)?rate\b"
                          r"|\d\s*(?:KZT|tenge)?\s*(?:per|a|to\s+the)\s+(?:US\s+)?(?:dollar|USD)\b|KZT\s*/\s*USD", regex.I)


def _noted_text(block: Block, m) -> str:
    """The words a marker closes: back to the marker before it or to its sentence's start."""
    before = max((x.offset for x in block.markers if x.offset < m.offset), default=0)
    start = max([before] + [a for a, b in sentences(block.text) if a <= m.offset])
    return block.text[start:m.offset]


def rate_note(block: Block, m) -> bool:
    """A marker after a conversion note ("... converted at 1 USD = 450.00 KZT.⁷") sources the
    rate, not the amounts of the sentences before it; not a marker closing amounts whose rate
    words print no rate ("... 257.5 billion KZT ..., or 551.6 million USD at the quarter's
    average exchange rate."¹³: blind round92, 2022q4 onecol-fpdf)."""
    text = _noted_text(block, m)
    words = RATE_NOTE.search(text)
    return words is not None and (DIGIT.search(text, words.start()) is not None
                                  or AMOUNT_PRINTED.search(text, 0, words.start()) is None)


def _comparison_note(block: Block, m) -> bool:
    """A marker closing a comparison with other periods ("15.0% lower than in Q4 2022"⁶)."""
    return bool(cues()["comparison"].search(_noted_text(block, m)))


# a marker set after (or right before) a semicolon or colon closes the clause before it
CLAUSE_CLOSED = compiled(r"[;:]\s*$")
# a marker right after a figure: "2,946 persons⁸", "KZT 204.1 billion,⁵", "(41.5%)⁸"
NUMBER_NOTED = compiled(r"\d(?:[\d,.]*\d)?\s*(?:%|per\s*cent|percent)?(?:\s+[^\W\d]+){0,2}\s*[,)]?\s*$", regex.I)


# another period named: a year, "the previous quarter", "a year earlier"
OTHER_PERIOD = compiled(r"\b(?:19|20)\d\d\b|\b(?:previous|preceding|prior|last|same|corresponding)\s+"
                             r"(?:quarter|year|period|month)\b|\ba\s+year\s+(?:earlier|before|ago)\b", regex.I)


def _period_comparison_note(block: Block, m, report: tuple[date, date] | None = None) -> bool:
    """A marker closing a comparison with another period it names ("6.3 per cent more ... than in
    the same quarter of 2024"⁶, "12.3 percent more than in the first quarter"⁹ of a second
    quarter's report), not any "than" ("more than half of them"⁵)."""
    if not _comparison_note(block, m):
        return False
    text = _noted_text(block, m)
    if OTHER_PERIOD.search(text):
        return True
    own = tuple(x.isoformat() for x in report) if report is not None else None
    return own is not None and any((p.period_start, p.period_end) != own for p in find_periods(text, *report))


# a sentence whose figures a comparison after it may rest on: it compares, names a year, or
# states an average
BASE_OF_COMPARISON = compiled(rf"{cues()['comparison'].pattern}|\b(?:19|20)\d\d\b|{cues()['average'].pattern}",
                                   regex.I)


def _stock_day(text: str, report: tuple[date, date]) -> bool:
    """The text dates a stock to a day ("As of 30 June 2023, 212,640 ... lived ...")."""
    return any(p.stock and p.period_start == p.period_end for p in find_periods(text, *report))


def _before_closing_note(block: Block, s_start: int, s_end: int, m, before,
                         report: tuple[date, date] | None, note_kinds: dict,
                         monthly_notes: frozenset[str] = frozenset()) -> bool:
    """The marker after an unmarked sentence closes a sentence of its own on other figures: a
    comparison with another period it names, unless the unmarked sentence compares, names a year
    or states an average (the base the comparison starts from), or names months that the note,
    one on monthly data, sources ("July brought 1,254,300 arrivals ... For the quarter as a
    whole, arrivals increased by 11.6 per cent compared with April–June 2023.⁶" under "⁶ ...,
    monthly border crossing data, July, August and September 2023": blind round68, 2023q3
    onecol-fpdf); a sentence only pointing to a chart ("Chart 1 shows ..."¹¹); or a stock on a
    day ("As of 30 June 2023, 212,640 foreign nationals were living ..."⁸), unless it dates a
    stock itself."""
    if _period_comparison_note(block, m, report):
        return not BASE_OF_COMPARISON.search(block.text, s_start, s_end) \
            and not (m.label in monthly_notes and MONTH_NAMED.search(block.text, s_start, s_end))
    if CHART_POINTER.match(_noted_text(block, m)):
        return True         # "Chart 1 shows each region's share of registered foreign workers."¹¹
    return report is not None and _stock_day(_noted_text(block, m), report) \
        and not _stock_day(block.text[s_start:s_end], report) \
        and _same_kind(block.text[s_start:s_end], note_kinds.get(before.label, frozenset()))


# a month named by its name ("July", "в июле"): the period finder's own month pattern
MONTH_NAMED = compiled(MONTH_RE)
# a sentence that only points to a chart or table ("Chart 1 shows each region's share of
# registered foreign workers."): its marker sources the chart, not the figures before it (blind
# designer103, 2025q2 word)
CHART_POINTER = compiled(r"^\W*(?:(?:the\s+)?(?:chart|figure|fig\.|table|map|graph)\s+\d+[a-z]?\s+(?:shows|gives|presents|"
                         r"sets\s+out|breaks\s+down|illustrates|details|lists|maps)\b)[^\d]*$", regex.I)


def _same_kind(sentence: str, kinds: frozenset[str]) -> bool:
    """The sentence names no permit kind other than those the note before it names ("... a
    temporary residence permit.⁷ Permanent residence went to 6,9 thousand people: ..." under
    "⁷ ..., temporary residence permits issued" is another's; blind designer36, 2023q4 word); a
    note naming none ("⁹ ..., residence permits issued") sources either."""
    named = {k.lower() for k in PERMIT_KIND.findall(sentence)}
    kinds = kinds & {"temporary", "permanent"}
    return not kinds or named <= kinds


def footnotes_for(block: Block, s_start: int, s_end: int, at: int | None,
                  list_source: str | None, section_source: str | None = None,
                  legal: frozenset[str] = frozenset(), report: tuple[date, date] | None = None,
                  note_kinds: dict | None = None, monthly_notes: frozenset[str] = frozenset(),
                  rate_notes: frozenset[str] = frozenset()) -> tuple[list[str], list[str], str | None]:
    """The marker that sources a statement: the first in its sentence after it (FN:after),
    else the next in the paragraph (FN:paragraph-next), else its sentence's last (FN:sentence),
    else the previous in the paragraph (FN:paragraph-before), else its list's intro (FN:list),
    else the section's last marker before it (FN:section). A marker of another sentence whose
    note cites a legal act ("approved by Order No. 119") sources no figure of this one."""
    own = [m for m in block.markers if s_start <= m.offset <= s_end + 1]
    later = [m for m in block.markers if m.offset > s_end + 1 and m.label not in legal]
    if own:
        after = [m for m in own if at is None or m.offset >= at]
        if after:
            return [after[0].label], [], "FN:after"
        # a marker inside the sentence before the figure, right after a figure, sources the rest
        # of its sentence ("approved for 2,946 persons,⁸ the largest shares going to Russia
        # (41.5%)"); one on a term ("citizens of CIS member states⁵ – 3.28 million") or closing
        # a conversion note ("1 USD = 466.80 KZT,⁶ individuals sent KZT 335.6
        # billion ..."), the rate only: the next marker sources the amount
        # ("... KZT 204.1 billion,⁵ at a rate of 1 USD = 449.86 KZT⁶ – an average of KZT 68.0
        # billion a month": the rate's marker sources the rate, the amount after it the one before)
        sourced = [m for m in own if not rate_note(block, m)]
        figure_noted = bool(sourced) and bool(NUMBER_NOTED.search(block.text, max(0, sourced[-1].offset - 60),
                                                                   sourced[-1].offset))
        # a marker closing a clause of the sentence ("... in the quarter;¹⁴ Russians made up 38.5
        # per cent": blind round56, 2024q4 onecol-reportlab) sources the rest of it, not the next
        # sentence's marker
        clause_closed = bool(sourced) and (bool(CLAUSE_CLOSED.search(block.text, max(0, sourced[-1].offset - 3),
                                                                     sourced[-1].offset))
                                           or block.text[sourced[-1].offset:sourced[-1].offset + 1] in (";", ":"))
        # nor one closing a comparison in a later sentence: the sentence's own marker is nearer
        # ("... (USD 419.3 million) in the second quarter,⁸ converted at the quarter's average
        # rate of 511.84 KZT/USD. ... Compared with January–March 2025, ... grew by 9.4 per
        # cent"⁹: blind designer62, 2025q2 word)
        if later and not rate_note(block, later[0]) and not figure_noted and not clause_closed \
                and not _period_comparison_note(block, later[0], report):
            return [later[0].label], ["source_from_paragraph"], "FN:paragraph-next"
        return [(sourced or own)[-1].label], [], "FN:sentence"
    earlier = [m for m in block.markers if m.offset < s_start and m.label not in legal]
    own_source = [m for m in earlier if not rate_note(block, m) and not _comparison_note(block, m)]
    if later and own_source and _before_closing_note(block, s_start, s_end, later[0], own_source[-1], report,
                                                     note_kinds or {}, monthly_notes):
        # FN:before-comparison: an unmarked sentence of the quarter's figures between a note on
        # them and one closing a comparison ("... 3,198,405 departures.¹ Nationals of CIS member
        # states made up ... Overall, 6.3 per cent more ... than in the same quarter of 2024.²")
        # keeps the note before it (blind designer62, 2025q2 word); so does one before a stock's
        # sentence ("... granted to 8,9 thousand people.⁷ The largest share went to ... As of 30
        # June 2023, 212,640 ... lived ...⁸": blind round65, 2023q2 word)
        return [own_source[-1].label], ["source_from_paragraph"], "FN:before-comparison"
    if later and not earlier and section_source and "comparison" in (note_kinds or {}).get(later[0].label, ()) \
            and _period_comparison_note(block, later[0], report) and not BASE_OF_COMPARISON.search(block.text, s_start, s_end):
        # a paragraph opening on the quarter's figures, its only note closing a comparison
        # ("Within the CIS group, Uzbekistan led with 44.18% ... Taken together, arrivals were
        # 14.2 per cent higher than in the third quarter of 2022."²): the section's note stands
        # (blind round106, 2022q4 onecol-chromium)
        return [section_source], ["source_from_previous"], "FN:before-comparison"
    if later and not rate_note(block, later[0]):
        return [later[0].label], ["source_from_paragraph"], "FN:paragraph-next"
    if own_source or earlier:
        return [(own_source or earlier)[-1].label], ["source_from_paragraph"], "FN:paragraph-before"
    if later and not (later[0].label in rate_notes and (list_source or section_source)):
        # the paragraph's only later marker closes a sentence on the rate: its note sources the
        # rest of the paragraph unless it names no source but the rate's (data/cues.json
        # rate_source_note, conversion_note), where the list's or the section's note stands
        return [later[0].label], ["source_from_paragraph"], "FN:paragraph-next"
    if list_source:
        return [list_source], ["source_from_previous"], "FN:list"
    if section_source:
        return [section_source], ["source_from_previous"], "FN:section"
    return [], [], None
