"""The figures of many reports as time series, and where two reports disagree.

A series row is one key (metric, statistic, unit, country, region, group, period and, for a
change, the period compared with) with every report that states it. Two reports conflict when
they state the same key with values that differ beyond rounding: compared at the coarser of the
two precisions ("2.7 million" and 2,712,345 agree; 42.5% and 42.6% do not). Precision is read
from the value's trailing zeros or decimals, with at least two significant digits, so an exact
count printed with trailing zeros (7 800) is taken as rounded to hundreds: a conflict hidden
by that is missed, never invented.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations
from pathlib import Path
from typing import Iterable

from .models import FlatFigure

MIN_SIGNIFICANT_DIGITS = 2     # reports round to "2.7 million", never to "3 million" for 2.7

KEY_FIELDS = ("metric", "statistic", "unit", "country", "region", "group",
              "period_start", "period_end", "compared_to_start", "compared_to_end")


@dataclass(frozen=True)
class Statement:
    """One report's statement of a key."""
    report_id: str
    value: float
    page: int
    quote: str


@dataclass(frozen=True)
class Series:
    key: tuple
    statements: tuple[Statement, ...]     # one per report, by report id
    conflicts: tuple[tuple[Statement, Statement], ...]

    @property
    def value(self) -> float:
        """The most precise statement when all agree; the latest report's when they conflict."""
        if self.conflicts:
            return self.statements[-1].value
        ranked = enumerate(self.statements)         # ties: the latest report's statement
        return min(ranked, key=lambda p: (precision_exponent(p[1].value), -p[0]))[1].value


def _decimal(value: float) -> Decimal:
    return Decimal(repr(float(value)))


def precision_exponent(value: float) -> int:
    """The power of ten of a value's last significant digit, taking at least two digits as
    significant ("100 thousand" is not read as anything from 50 to 150 thousand).

    >>> precision_exponent(2700000.0), precision_exponent(42.54), precision_exponent(7812.0)
    (5, -2, 0)
    >>> precision_exponent(100000.0), precision_exponent(0.0)
    (4, 0)
    """
    d = _decimal(value)
    if d == 0:
        return 0
    last_digit = int(d.normalize().as_tuple().exponent)
    return min(last_digit, d.adjusted() - MIN_SIGNIFICANT_DIGITS + 1)


def agree(a: float, b: float) -> bool:
    """Whether two statements give the same figure at the coarser of their precisions.

    >>> agree(2700000, 2712345), agree(42.5, 42.54), agree(-28.98, -29.0)
    (True, True, True)
    >>> agree(42.5, 42.6), agree(2700000, 2760000), agree(7812, 7813)
    (False, False, False)
    """
    coarser = max(precision_exponent(a), precision_exponent(b))
    return abs(_decimal(a) - _decimal(b)) <= Decimal(5).scaleb(coarser - 1)


def figure_key(f: FlatFigure) -> tuple:
    return tuple(getattr(f, name) for name in KEY_FIELDS)


def build_series(figures: Iterable[FlatFigure]) -> list[Series]:
    """Group figures by key across reports, sorted by key; find the pairs of reports that
    disagree. A key stated twice by one report keeps the first statement (the report's own
    checks flag its inner disagreements)."""
    by_key: dict[tuple, dict[str, Statement]] = {}
    for f in figures:
        per_report = by_key.setdefault(figure_key(f), {})
        per_report.setdefault(f.report_id, Statement(f.report_id, f.value, f.page, f.quote))
    out = []
    for key in sorted(by_key, key=lambda k: tuple("" if v is None else str(v) for v in k)):
        statements = tuple(by_key[key][rid] for rid in sorted(by_key[key]))
        conflicts = tuple((a, b) for a, b in combinations(statements, 2) if not agree(a.value, b.value))
        out.append(Series(key, statements, conflicts))
    return out


def series_frame(series: list[Series]):
    import pandas as pd

    rows = [{**dict(zip(KEY_FIELDS, s.key)), "value": s.value, "reports": len(s.statements),
             "report_ids": ";".join(st.report_id for st in s.statements),
             "conflict": bool(s.conflicts)} for s in series]
    return pd.DataFrame(rows, columns=[*KEY_FIELDS, "value", "reports", "report_ids", "conflict"])


def conflicts_frame(series: list[Series]):
    import pandas as pd

    sides = ("value", "report_id", "page", "quote")
    rows = []
    for s in series:
        for a, b in s.conflicts:
            row = dict(zip(KEY_FIELDS, s.key))
            for suffix, st in (("a", a), ("b", b)):
                row.update({f"{name}_{suffix}": getattr(st, name) for name in sides})
            rows.append(row)
    columns = [*KEY_FIELDS, *(f"{n}_{x}" for x in "ab" for n in sides)]
    return pd.DataFrame(rows, columns=columns)


def write_series(out_dir: Path, target: Path) -> tuple[list[Path], int, int]:
    """Write the series of `out_dir`'s reports to `target` and their conflicts beside it
    (`<stem>.conflicts.csv`). Returns the paths, the number of rows and of conflicts."""
    from .export import output_figures
    from .writers import write_atomic

    series = build_series(output_figures(Path(out_dir)))
    target = Path(target)
    conflicts_path = target.with_name(f"{target.stem}.conflicts.csv")
    conflicts = conflicts_frame(series)
    write_atomic(target, series_frame(series).to_csv(index=False, lineterminator="\n").encode("utf-8"))
    write_atomic(conflicts_path, conflicts.to_csv(index=False, lineterminator="\n").encode("utf-8"))
    return [target, conflicts_path], len(series), len(conflicts)
