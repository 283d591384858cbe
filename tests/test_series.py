"""Time series across reports: a restated figure that agrees is one series; one that differs
beyond rounding is a conflict with both values and both sources."""
from __future__ import annotations

import csv

import pytest

from extractor.batch import Entry, manifest_bytes
from extractor.models import Figure, Mention, Metadata, Report
from extractor.series import agree, build_series, write_series
from extractor.writers import flat_figures, write_report

Q1 = ("2023-01-01", "2023-03-31")


def figure(metric="remittances_sent", value=1.0, *, unit="USD", statistic="monthly_average",
           country=None, period=Q1, compared_to=(None, None), page=2, quote=None) -> Figure:
    quote = quote or f"the average volume was {value}"
    mention = Mention(page=page, box=(10.0, 20.0, 30.0, 28.0), text=str(value), quote=quote,
                      kind="body", value=value)
    return Figure(id=f"{metric}/{statistic}/{unit}/{country}/{period[0]}", metric=metric,
                  statistic=statistic, unit=unit, value=value, country=country,
                  period_start=period[0], period_end=period[1], compared_to_start=compared_to[0],
                  compared_to_end=compared_to[1], page=page, quote=quote, mentions=[mention])


def report(report_id: str, *figures: Figure) -> Report:
    year = report_id.split("-")[1]
    meta = Metadata(report_id=report_id, country="KAZ", period_start=f"{year}-01-01",
                    period_end=f"{year}-03-31", title="Migration Trends", edition="1",
                    source_file=f"{report_id}.pdf", sha256="0" * 64, pages=7,
                    extractor_version="0.1.0")
    return Report(metadata=meta, figures=list(figures))


def series_of(*reports: Report):
    return build_series(f for r in reports for f in flat_figures(r))


def test_a_restated_figure_that_differs_is_a_conflict_with_both_sources():
    q1 = report("KAZ-2023-Q1", figure(value=42_500_000.0, page=3, quote="USD 42.5 million a month"))
    q2 = report("KAZ-2023-Q2", figure(value=43_100_000.0, page=5, quote="USD 43.1 million in Q1"))
    [s] = series_of(q1, q2)
    assert [st.report_id for st in s.statements] == ["KAZ-2023-Q1", "KAZ-2023-Q2"]
    [(a, b)] = s.conflicts
    assert (a.report_id, a.value, a.page, a.quote) == ("KAZ-2023-Q1", 42_500_000.0, 3,
                                                      "USD 42.5 million a month")
    assert (b.report_id, b.value, b.page, b.quote) == ("KAZ-2023-Q2", 43_100_000.0, 5,
                                                      "USD 43.1 million in Q1")
    assert s.value == 43_100_000.0          # on conflict: the latest report's statement


def test_a_restated_figure_that_agrees_within_rounding_is_no_conflict():
    q1 = report("KAZ-2023-Q1", figure(value=2_700_000.0))
    q2 = report("KAZ-2023-Q2", figure(value=2_712_345.0))
    [s] = series_of(q1, q2)
    assert s.conflicts == ()
    assert len(s.statements) == 2
    assert s.value == 2_712_345.0           # the most precise statement


def test_different_breakdowns_periods_and_comparisons_are_different_series():
    q1 = report("KAZ-2023-Q1",
                figure(value=10.0, country="UZB"),
                figure(value=20.0, country="RUS"),
                figure(value=-5.0, unit="percent", statistic="change",
                       compared_to=("2022-01-01", "2022-03-31")))
    q2 = report("KAZ-2023-Q2",
                figure(value=11.0, country="UZB", period=("2023-04-01", "2023-06-30")),
                figure(value=-7.0, unit="percent", statistic="change",
                       compared_to=("2022-10-01", "2022-12-31")))
    series = series_of(q1, q2)
    assert len(series) == 5
    assert all(len(s.statements) == 1 and not s.conflicts for s in series)


@pytest.mark.parametrize("a, b, same", [
    (42.5, 42.54, True),          # "42.5%" in text, "42.54%" in the legend
    (42.5, 42.6, False),          # same precision, different figure
    (7_800.0, 7_812.0, True),     # "7,8 thousand" and the exact count
    (7_800.0, 7_900.0, False),
    (-28.98, -29.0, True),
    (0.0, 12.0, False),
    (100_000.0, 130_000.0, False),  # "100 thousand" is not "130 thousand"
])
def test_agreement_is_judged_at_the_coarser_precision(a, b, same):
    assert agree(a, b) is same
    assert agree(b, a) is same


def test_write_series_writes_the_series_and_the_conflicts_beside_it(tmp_path):
    reports = [report("KAZ-2023-Q1", figure(value=100.0), figure(value=5.0, country="UZB")),
               report("KAZ-2023-Q2", figure(value=130.0), figure(value=5.0, country="UZB"))]
    entries = {}
    for r in reports:
        write_report(r, tmp_path)
        path = f"in/{r.metadata.report_id}.pdf"
        entries[path] = Entry(path, "0" * 64, r.metadata.report_id, "ok", None, 2)
    (tmp_path / "manifest.json").write_bytes(manifest_bytes(entries))

    paths, rows, conflicts = write_series(tmp_path, tmp_path / "series.csv")
    assert (rows, conflicts) == (2, 1)
    assert paths == [tmp_path / "series.csv", tmp_path / "series.conflicts.csv"]
    with open(paths[0], newline="", encoding="utf-8") as fh:
        series = list(csv.DictReader(fh))
    assert [(r["country"], r["report_ids"], r["conflict"]) for r in series] == [
        ("", "KAZ-2023-Q1;KAZ-2023-Q2", "True"), ("UZB", "KAZ-2023-Q1;KAZ-2023-Q2", "False")]
    with open(paths[1], newline="", encoding="utf-8") as fh:
        [conflict] = list(csv.DictReader(fh))
    sides = [(conflict[f"value_{x}"], conflict[f"report_id_{x}"]) for x in "ab"]
    assert sides == [("100.0", "KAZ-2023-Q1"), ("130.0", "KAZ-2023-Q2")]
    assert conflict["quote_a"] == "the average volume was 100.0"
    before = [p.read_bytes() for p in paths]
    write_series(tmp_path, tmp_path / "series.csv")
    assert [p.read_bytes() for p in paths] == before
