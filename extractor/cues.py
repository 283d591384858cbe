"""Cue tables (data/cues.json) and the cue spans they find in text.

A cue is a word or phrase that says what a number counts (`MET:*`), which way money went
(`DIR:*`), what a section is about (`SEC:*`), ... Every row has an id; assembly records the id of
each cue it used on the figure it made, so a wrong figure points at its row.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import regex

from .lang import load_tables
from .regexes import compiled
from .types import Entity

REPORTING_COUNTRY = "KAZ"
# the reporting country's names, also its abbreviation in capitals ("Sent from KZ" over a column),
# never "KZT" nor a region code ("KZ-75")
REPORTING_COUNTRY_NAMES = r"(?:(?:the\s+)?(?:republic\s+of\s+)?kazakhstan|(?-i:KZ)(?![\w-]))"
# Single-pattern cue keys of cues.json; their id is "CUE:<key>".
SINGLE_KEYS = ("unit_line", "source_note", "survey_before", "presence", "average", "share", "change", "comparison", "skip_before", "count_nouns",
               "no_figures_sections", "legislation_section", "endnote_heading", "contents_heading", "inherit_change",
               "and_change", "document_date", "list_continues", "not_counted", "comparison_period", "reference_point",
               "table_caption", "table_total", "comparison_with_value", "contrasted", "definition_note", "conversion_note", "reference_rate_note", "rate_source_note", "total_verb", "flow_total_after",
               "stock_label", "day_rate", "taking_part", "cause_lead", "effect_date")
# A preposition just before a country that gives a transfer's direction ("from Russia").
FROM_BEFORE = compiled(r"\bfrom\s+(?:the\s+)?$", regex.I)
TO_BEFORE = compiled(r"\bto\s+(?:the\s+)?$", regex.I)


@dataclass(frozen=True)
class Cue:
    """A cue span: `value` is a metric code (ending in "?" for a generic cue) or a direction."""
    start: int
    end: int
    value: str
    id: str

    @property
    def weak(self) -> bool:
        return self.value.endswith("?")


# An aside without figures set between a noun and its verb: ", which is granted for an unlimited
# period," or " (valid for ten years)"; the space before the verb is the pattern's
ASIDE = r"(?:,[^,.;()\d]{3,80},|\s*\([^()\d]{3,80}\))?"
# The reporting country's own people named as such: "Kazakhstan's own", "the country's own", "our own"
OWN = r"(?:{KZ}['’]s|the\s+country['’]s|our)\s+own"


@lru_cache(maxsize=1)
def cues() -> dict:
    data = load_tables("cues")

    def c(p: str) -> regex.Pattern:
        return compiled(p.replace("{OWN}", OWN).replace("{KZ}", REPORTING_COUNTRY_NAMES).replace("{ASIDE}", ASIDE),
                        regex.I)   # cached between runs

    out = {
        "metrics": [(r["id"], r["metric"] + ("?" if r.get("weak") else ""), c(r["pattern"]))
                    for r in data["metrics"]],
        "stock_metrics": set(data["stock_metrics"]),
        # registers said "at the end of the quarter" that count the quarter's registrations
        "end_of_period_flows": set(data["end_of_period_flows"]),
        # a table's "Direction" column of bare words ("Sent", "Received"): the row's direction
        "direction_cells": dict(data["direction_cells"]),
        "sibling_metrics": [frozenset(pair) for pair in data["sibling_metrics"]],
        "directions": [(r["id"], r["direction"], c(r["pattern"])) for r in data["remittance_direction"]
                       if not r.get("near")],
        "near_directions": [(r["id"], r["direction"], c(r["pattern"]))
                            for r in data["remittance_direction"]],
        # a verb that gives a direction only with a country abroad as its subject ("provided")
        "subject_only_directions": {r["id"] for r in data["remittance_direction"] if r.get("subject_only")},
        "training_groups": [(r["id"], r["group"], c(r["pattern"])) for r in data["training_groups"]],
        "sections": [(r["id"], r["metric"], c(r["pattern"])) for r in data["sections"]],
        "count_units": [(r["id"], r["unit"], c(r["pattern"])) for r in data["count_units"] if not r.get("before")],
        # a count whose subject names its unit ("Transfers ... numbered 312.4 thousand")
        "count_units_before": [(r["id"], r["unit"], c(r["pattern"])) for r in data["count_units"] if r.get("before")],
        "event_metrics": set(data["event_metrics"]),
        "period_metrics": set(data["period_metrics"]),
        "zero": [(r["id"], r["entity"], c(r["pattern"])) for r in data["zero"]],
        "report_cues": {k: c(v) for k, v in data["report_cues"].items()},
        "table_columns": [(r["id"], r["kind"], c(r["pattern"])) for r in data["table_columns"]],
        "scales": [(Decimal(10) ** {"thousand": 3, "million": 6, "billion": 9}[k], c(v))
                   for k, v in data["scales"].items()],
        # the movements a source note names ("..., departures of foreign nationals")
        "note_movements": {k: c(v) for k, v in data["note_movements"].items()},
        # the data holder a source note names, and the metrics that holder publishes
        "note_holders": [(r["id"], frozenset(r["metrics"]), c(r["pattern"])) for r in data["note_holders"]],
    }
    for key in SINGLE_KEYS:
        out[key] = c(data[key])
    return out


def metric_cues(text: str, offset: int = 0) -> list[Cue]:
    """Metric cue spans of `text` (shifted by `offset`); a longer cue holding a shorter one wins
    ("Kazakhstani migrant workers" over "migrant workers").

    >>> [(c.value, c.id) for c in metric_cues("12 thousand migrants arrived")]
    [('arrivals', 'MET:arrivals')]
    """
    contrasted = cues()["contrasted"]      # "Unlike the arrival flows, ...": named, not counted
    spans = [Cue(m.start() + offset, m.end() + offset, metric, rid)
             for rid, metric, pat in cues()["metrics"] for m in pat.finditer(text)
             if not contrasted.search(text[max(0, m.start() - 40):m.start()])]
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Cue] = []
    for s in spans:
        if not any(k.start <= s.start and s.end <= k.end for k in kept):
            kept.append(s)
    return kept


# What may stand between an amount of money and the verb it is the subject of: its
# equivalent in brackets, its currency word ("KZT 51.3 billion (USD 112.4 million) left").
MONEY_SUBJECT_GAP = compiled(r"\s*(?:tenge|KZT|US\s+dollars|dollars|USD)?\s*(?:\([^()]{1,60}\))?\s*(?:in\s+total\s+)?")
# A movement of persons whose subject is money is the money's (its direction, arrived or
# left, is a DIR:received or DIR:sent row of cues.json)
MONEY_MOVED = ("arrivals", "departures")
MONEY_VERB = compiled(r"(?:left|arrived|came|went|flowed)\b")


def money_moved(cues: list[Cue], text: str, quants) -> list[Cue]:
    """MET:money-moved: a cue of persons arriving or leaving ("arrived", "left the country")
    right after an amount of money it is said of ("21.7 billion tenge arrived each month") names
    transfers, not arrivals or departures; a generic cue, its direction found in its clause."""
    money_ends = [q.end for q in quants if q.kind == "money"]

    def gap(c: Cue, e: int) -> bool:
        # a verb after the comma that closes an amount's restatement: "On average KZT 65.47
        # billion, or USD 145.4 million, left the country each month" (blind designer81, 2023q2
        # chromium2); a noun after a comma ("..., arrivals rose") is a new subject
        between = text[e:c.start]
        return bool(MONEY_SUBJECT_GAP.fullmatch(between) or MONEY_VERB.match(text, c.start)
                    and MONEY_SUBJECT_GAP.fullmatch(between.rstrip().rstrip(",")))
    return [Cue(c.start, c.end, "remittances?", "MET:money-moved")
            if c.value in MONEY_MOVED and any(e <= c.start and gap(c, e) for e in money_ends) else c
            for c in cues]


def direction_cues(text: str, offset: int = 0, near: bool = False) -> list[Cue]:
    """Remittance direction cues; `near` adds bare verbs ("sent", "received") that only count
    for the statement they stand next to."""
    table = cues()["near_directions" if near else "directions"]
    return sorted((Cue(m.start() + offset, m.end() + offset, d, rid)
                   for rid, d, pat in table for m in pat.finditer(text)), key=lambda c: c.start)


def direction_of(text: str, ents: list[Entity]) -> tuple[str, str] | None:
    """(direction, rule id) of a stretch of text: its first direction cue, else a preposition
    before a country ("transfers from Russia" are received).

    >>> direction_of("transfers from Kazakhstan rose", [])
    ('remittances_sent', 'DIR:sent')
    """
    found = direction_cues(text)
    if found:
        return found[0].value, found[0].id
    for e in ents:
        if e.label != "COUNTRY":
            continue
        before = text[max(0, e.start - 12):e.start]
        if FROM_BEFORE.search(before):
            home = e.id == REPORTING_COUNTRY
            return ("remittances_sent" if home else "remittances_received"), "DIR:from-country"
        if TO_BEFORE.search(before):
            home = e.id == REPORTING_COUNTRY
            return ("remittances_received" if home else "remittances_sent"), "DIR:to-country"
    return None


def section_metric(text: str) -> tuple[str, str] | None:
    """(metric, rule id) a heading names."""
    for rid, metric, pat in cues()["sections"]:
        if pat.search(text):
            return metric, rid
    return None


PERMIT_KIND = compiled(r"\b(temporary|permanent)\s+residen", regex.I)


def note_kinds(text: str) -> frozenset[str]:
    """What a note's text narrows its figures to: the permit kinds it names ("temporary",
    "permanent") and the movements ("arrivals", "departures": "..., departures of foreign
    nationals, Q4 2025"); "entry and exit statistics" names both movements; "comparison" for a
    note on a comparison's data."""
    return frozenset([x.lower() for x in PERMIT_KIND.findall(text)]
                     + [k for k, p in cues()["note_movements"].items() if p.search(text)]
                     + (["comparison"] if COMPARISON_NOTE.search(text) else []))


# a note on the data of a comparison ("..., comparison of the third and fourth quarters of 2022",
# "comparative data for 2021-2022"); not one on the quarter's data set against another's ("...,
# October–December 2025 compared with October–December 2024")
COMPARISON_NOTE = compiled(r"\bcomparison\s+(?:of|between)\b|\bcomparative\b|\bfor\s+comparison\b", regex.I)


def resolve_metric(metric: str, text: str, direction: str | None, permit_kind: str | None) -> str | None:
    """A cue's metric made specific: "remittances" by the direction found for it, "residence
    permits" by the last temporary/permanent named in `text` (else the section's)."""
    metric = metric.rstrip("?")
    if metric == "remittances":
        return direction
    if metric == "residence_permits":
        kinds = list(PERMIT_KIND.finditer(text))
        kind = kinds[-1].group(1).lower() if kinds else permit_kind
        return f"{kind}_residence_permits" if kind else None
    return metric
