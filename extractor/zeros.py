"""Zeros stated in words: "There are no registered migrants in Zhambyl and Turkistan regions",
"Ulytau region has none" give a zero for each region named (rows ZERO:* of data/cues.json)."""
from __future__ import annotations

from decimal import Decimal

import regex

from .cues import cues, metric_cues, resolve_metric
from .periods import flow_dated_after
from .types import Candidate
from .regexes import compiled


# The region then an aside between commas before the zero ("In Ulytau region, one of the three
# regions formed in June 2022, none were registered").
ASIDE = compiled(r",[^,.;]{0,80},\s*")


# The end of the clause a zero stands in: the regions after it are no longer the zero's.
CLAUSE_STOP = compiled(r",\s*(?:and|but|while|whereas|which|where|who|formed|created|established)\b|;|\bbut\b"
                            r"|\btogether\s+with\b")


# Metrics of Kazakhstani citizens abroad: a region of Kazakhstan with none registered is never
# theirs ("... on the consular register in Germany. No migrant workers were registered in Abay
# region.": the zero is of the migrant workers the sentence names).
ABROAD_METRICS = ("citizens_abroad", "emigrant_workers")


def zero_regions(para, s_start: int, s_end: int):
    """(regions, first position, rule id) of the zero statements in a sentence."""
    text = para.text
    sentence = text[s_start:s_end]
    regions, first, rule = [], None, None
    for rid, where, pat in cues()["zero"]:
        for m in pat.finditer(sentence):
            a, b = s_start + m.start(), s_start + m.end()
            if where == "after":
                stop = CLAUSE_STOP.search(text, b, s_end)      # "..., and only a handful in X": not zero
                end = stop.start() if stop else s_end
                found = [e for e in para.ents if e.label == "REGION" and e.start >= b - 1 and e.start < end]
            elif where == "there":      # "As Abay and Ulytau were just formed, no workers were registered there"
                named = [e for e in para.ents if e.label == "REGION" and s_start <= e.start and e.end <= a]
                found = _coordinated(named, lambda e: e is named[-1], text) if named else []
            else:
                found = _coordinated([e for e in para.ents if e.label == "REGION" and e.end <= b and e.start >= s_start],
                                     lambda e: not regex.search(r"[.;,]", text[e.end:a]) or ASIDE.fullmatch(text[e.end:a]),
                                     text)
            if found:
                regions.extend(found)
                first = a if first is None else min(first, a)
                rule = rule or rid
    return regions, first, rule


# A region with a value of its own right before it ("0.3% in Kyzylorda region")
HOLDS_VALUE = compiled(r"\d\s*(?:%|per\s*cent|percent)?\s*(?:in|for|of|to)\s+(?:the\s+)?$", regex.I)
# Regions named together before one zero ("Abay and Ulytau regions reported no ...").
COORDINATED = compiled(r"\s*(?:regions?\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?")


def _coordinated(before: list, last_ok, text: str) -> list:
    """The last region before the zero's words that reaches them (`last_ok`), with the regions
    named with it in a list ("Abay and Ulytau regions", "Abay, Ulytau and Zhetysu")."""
    ok = [e for e in before if last_ok(e)]
    if not ok:
        return []
    out = [ok[-1]]
    for e in reversed(before[:before.index(ok[-1])]):
        if not COORDINATED.fullmatch(text[e.end:out[0].start]) or HOLDS_VALUE.search(text, max(0, e.start - 30), e.start):
            break           # not "0.3% in Kyzylorda region, and Ulytau region reported no ...": a value's own
        out.insert(0, e)
    return out


def zeros_of(ctx, para, s_start: int, s_end: int, block_metric, footnotes) -> list:
    regions, first, rule = zero_regions(para, s_start, s_end)
    if not regions:
        return []
    sentence = para.block.text[s_start:s_end]
    metric = None
    inside = [m for m in (block_metric, ctx.last_metric) if m and m not in ABROAD_METRICS]
    for cue in sorted(metric_cues(sentence), key=lambda c: c.weak):     # strong cues first
        if cue.weak and inside:
            break                  # a generic cue yields to the paragraph's own metric
        metric = resolve_metric(cue.value, para.text[:s_end], None, ctx.permit_kind)
        if metric:
            break
    metric = metric or (inside[0] if inside else None)
    if not metric or metric.startswith("remittances") or metric == "exchange_rate":
        return []
    # a stock day of the paragraph, not one in brackets beside another number ("(139.9 thousand
    # as of 31 March 2023)": the figure it is compared with)
    stocks = [p for p in para.periods if p.stock and p.start < first
              and para.text.rfind("(", 0, p.start) <= para.text.rfind(")", 0, p.start)]
    # ... that no later flow period before the zero supersedes (attach.flow_when alike)
    stocks = [s for s in stocks if not flow_dated_after(para.text, s, [p for p in para.periods if p.start < first])]
    # ... nor a flow period the zero's own sentence names, after the region too ("Abay region
    # reported no registered foreign workers at all during the quarter": blind designer103, 2025q2 word)
    own = [p for p in para.periods if s_start <= p.start < s_end and not p.stock
           and (p.period_start, p.period_end) == ctx.report]      # not "(regions) created in 2022"
    if own and (not stocks or stocks[-1].start < s_start) and metric not in cues()["stock_metrics"]:
        period, prule = (own[-1].period_start, own[-1].period_end), "PER:clause"
        flags = ["zero_from_words"] + (["period_relative"] if own[-1].relative else [])
    elif stocks:
        period, flags, prule = (stocks[-1].period_start, stocks[-1].period_end), ["zero_from_words"], "PER:stock-paragraph"
    elif metric in cues()["stock_metrics"]:
        period, flags, prule = (ctx.report[1], ctx.report[1]), ["zero_from_words", "period_default"], "PER:stock-report-end"
    else:
        period, flags, prule = ctx.report, ["zero_from_words", "period_default"], "PER:report"
    notes, nflags, frule = footnotes(ctx, para.block, s_start, s_end)
    out, seen = [], set()
    for e in regions:
        if e.id in seen:
            continue
        seen.add(e.id)
        out.append(Candidate(metric, "total", "persons", Decimal(0), None, e.id, None, period, None,
                             para.block, e.start, e.end, e.text, sentence.strip(), notes, flags + nflags,
                             [rule, prule] + ([frule] if frule else [])))
    return out
