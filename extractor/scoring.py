"""Scores extracted figures against a hand-checked truth file (the gold-file shape).

The rules are those of the project's evaluation (../shared/spec/figures.md, "Gold files"):

- a figure's key is its metric, statistic, unit, country, region, group, period and compared-to
  period; a truth figure's `alt` field lists other accepted values for some of those fields (and,
  under `source`, other accepted notes);
- an output figure matches a truth figure that accepts its key and whose value is equal within a
  relative 1e-6; each truth figure is matched at most once;
- an output figure with an accepted key but a value already matched is a duplicate; with an
  accepted key and another value it is wrong; with no accepted key it is extra;
- figures whose metric is outside the codebook are ignored;
- recall counts the required (not `optional`) truth figures matched; precision is
  matched / (matched + wrong + duplicate + extra), optional matches included.

    >>> truth = [{"metric": "arrivals", "statistic": "total", "unit": "persons", "value": 2700000,
    ...           "period_start": "2023-01-01", "period_end": "2023-03-31", "source": "Border Service"}]
    >>> out = [dict(truth[0], sources=["Border Service"]), dict(truth[0], value=2.7)]
    >>> s = score_figures(truth, out)
    >>> (s.recall, s.precision, len(s.wrong), s.source_accuracy)
    (1.0, 0.5, 1, 1.0)
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

KEY_FIELDS = ("metric", "statistic", "unit", "country", "region", "group",
              "period_start", "period_end", "compared_to_start", "compared_to_end")
CODEBOOK = frozenset((
    "arrivals", "departures", "temporary_residence_permits", "permanent_residence_permits",
    "permanent_residents", "registered_migrant_workers", "emigrant_workers", "citizens_abroad",
    "remittances_sent", "remittances_received", "exchange_rate", "training_participants",
))
VALUE_REL_TOL = 1e-6


@dataclass(frozen=True)
class Score:
    recall: float
    precision: float
    source_accuracy: float
    matched: int
    required: int
    missed: list = field(default_factory=list)       # truth figures not found
    wrong: list = field(default_factory=list)        # (output figure, [truth candidates])
    duplicates: list = field(default_factory=list)
    extra: list = field(default_factory=list)
    bad_sources: list = field(default_factory=list)  # (truth figure, output sources)
    outside: int = 0

    def report(self) -> str:
        """Every missed, wrong, duplicate and extra figure, one a line, then the summary line."""
        lines = [f"MISSED    {describe(g)}" for g in self.missed]
        lines += [f"WRONG     {describe(f)} | truth: {'; '.join(describe(g) for g in c)}" for f, c in self.wrong]
        lines += [f"DUPLICATE {describe(f)}" for f in self.duplicates]
        lines += [f"EXTRA     {describe(f)}" for f in self.extra]
        lines += [f"SOURCE    {describe(g)} | expected: {g.get('source')} | got: {s}" for g, s in self.bad_sources]
        lines.append(self.summary())
        return "\n".join(lines)

    def summary(self) -> str:
        return (f"recall={self.recall:.3f} precision={self.precision:.3f} sources={self.source_accuracy:.3f}"
                f" (matched {self.matched}/{self.required} required, {len(self.wrong)} wrong,"
                f" {len(self.duplicates)} duplicate, {len(self.extra)} extra, {self.outside} outside the codebook)")


def as_dict(fig) -> dict:
    """A figure as a plain dict, whether it is one already or a pydantic model."""
    return fig if isinstance(fig, dict) else fig.model_dump()


def figure_key(fig: dict) -> tuple:
    return tuple(fig.get(f) for f in KEY_FIELDS)


def accepted_keys(truth: dict) -> set[tuple]:
    """The truth figure's own key and every key its `alt` values give (combined); an `alt` of a
    field that is no part of the key (`source`: another acceptable note) gives none."""
    keys = {figure_key(truth)}
    for name, values in (truth.get("alt") or {}).items():
        if name not in KEY_FIELDS:
            continue
        i = KEY_FIELDS.index(name)
        keys |= {k[:i] + (v,) + k[i + 1:] for k in keys for v in values}
    return keys


def same_value(a, b) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=VALUE_REL_TOL, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def normalise_text(s: str | None) -> str:
    """Footnote text for comparison: NFKC, lower case, dashes unified, spaces squeezed."""
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    return re.sub(r"\s+", " ", s).strip().rstrip(" .;,")


def describe(fig: dict) -> str:
    parts = [f"{fig.get('metric')}/{fig.get('statistic')}", f"{fig.get('value')} {fig.get('unit')}"]
    parts += [f"{f}={fig[f]}" for f in ("country", "region", "group") if fig.get(f) is not None]
    parts.append(f"{fig.get('period_start')}..{fig.get('period_end')}")
    if fig.get("compared_to_start"):
        parts.append(f"vs {fig['compared_to_start']}..{fig.get('compared_to_end')}")
    return " ".join(parts)


def score_figures(truth: list[dict], figures) -> Score:
    """Score output figures (dicts or models) against truth figures."""
    out = [as_dict(f) for f in figures]
    by_key: dict[tuple, list[int]] = {}
    for i, t in enumerate(truth):
        for k in accepted_keys(t):
            by_key.setdefault(k, []).append(i)

    matched: dict[int, dict] = {}
    wrong, duplicates, extra, outside = [], [], [], 0
    for fig in out:
        if fig.get("metric") not in CODEBOOK:
            outside += 1
            continue
        candidates = by_key.get(figure_key(fig), [])
        same = [i for i in candidates if same_value(truth[i]["value"], fig.get("value"))]
        free = [i for i in same if i not in matched]
        if free:
            matched[free[0]] = fig
        elif same:
            duplicates.append(fig)
        elif candidates:
            wrong.append((fig, [truth[i] for i in candidates]))
        else:
            extra.append(fig)

    required = [i for i, t in enumerate(truth) if not t.get("optional")]
    missed = [truth[i] for i in required if i not in matched]
    sourced = [i for i in matched if truth[i].get("source")]
    bad_sources = [(truth[i], matched[i].get("sources")) for i in sourced
                   if not any(normalise_text(want) == normalise_text(s) for s in matched[i].get("sources") or []
                              for want in [truth[i]["source"]] + list((truth[i].get("alt") or {}).get("source") or []))]
    false_pos = len(wrong) + len(duplicates) + len(extra)
    return Score(
        recall=(len(required) - len(missed)) / len(required) if required else 1.0,
        precision=len(matched) / (len(matched) + false_pos) if matched or false_pos else 0.0,
        source_accuracy=1 - len(bad_sources) / len(sourced) if sourced else 1.0,
        matched=len(required) - len(missed), required=len(required),
        missed=missed, wrong=wrong, duplicates=duplicates, extra=extra,
        bad_sources=bad_sources, outside=outside)


# --- miss visibility: a truth figure the tool missed must show as an unread number ----------------

# A printed number restates a truth value at one of these scales ("74.2" under "KZT, billion").
PRINTED_SCALES = (1, 10**3, 10**6, 10**9)


def _printed_values(printed: str) -> list[float]:
    from .numbers import find_quantities, parse_number

    values = [float(q.value) for q in find_quantities(printed)]
    v = parse_number(printed)
    return values + ([float(v)] if v is not None else [])


def _prints(printed: str, value: float) -> bool:
    return any(math.isclose(v * k, abs(value), rel_tol=1e-6)
               for v in _printed_values(printed) for k in PRINTED_SCALES)


@dataclass(frozen=True)
class Visibility:
    """What became of the printed numbers of the truth figures a report missed: `unread` (a
    person is told), `figure` (read as another figure, which a person sees), `hidden` (only as
    no figure, for a reason: the miss is hidden) or `absent` (no printed number has its value:
    a zero stated in words, a value the truth derives)."""
    unread: list = field(default_factory=list)
    figure: list = field(default_factory=list)
    hidden: list = field(default_factory=list)      # (truth figure, [(printed, reason)])
    absent: list = field(default_factory=list)

    @property
    def share(self) -> float:
        """Missed figures whose number shows (unread or read as a figure) / missed figures
        whose number is printed; 1.0 when nothing was missed."""
        shown = len(self.unread) + len(self.figure)
        return shown / (shown + len(self.hidden)) if shown + len(self.hidden) else 1.0

    def summary(self) -> str:
        return (f"miss visibility={self.share:.3f} ({len(self.unread)} unread, {len(self.figure)} read as"
                f" another figure, {len(self.hidden)} hidden, {len(self.absent)} not printed as a number)")


def miss_visibility(truth: list[dict], report) -> Visibility:
    """For every truth figure `report` missed (or got wrong), where its printed number went."""
    missed = score_figures(truth, report.figures).missed
    out = Visibility()
    for t in missed:
        found = [n for n in report.numbers if n.status != "not_figure" or n.kind != "header"]
        found = [n for n in found if _prints(n.printed, t["value"])]
        statuses = {n.status for n in found}
        if "unread" in statuses:
            out.unread.append(t)
        elif "figure" in statuses:
            out.figure.append(t)
        elif found:
            out.hidden.append((t, [(n.printed, n.reason) for n in found]))
        else:
            out.absent.append(t)
    return out
