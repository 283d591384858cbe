"""Cross-checks: each rule passing and failing on small in-memory reports (numbers made up)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from reports_in_memory import FEB, JAN, MAR, Q1, Q4_PREV, fig, report  # noqa: E402

from extractor.checks import RULES, check_line, run_checks  # noqa: E402


def share(metric, value, country=None, region=None, group=None, quote="nationals of X (1%)"):
    return fig(metric, "share", "percent", value, country=country, region=region, group=group,
               quote=quote)


def kzt(metric, value, period=Q1, statistic="total", country=None, group=None):
    return fig(metric, statistic, "KZT", value, period=period, country=country, group=group)


def usd(metric, value, period=Q1, statistic="total", country=None):
    return fig(metric, statistic, "USD", value, period=period, country=country)


def persons(metric, value, country=None, region=None, group=None):
    return fig(metric, "total", "persons", value, country=country, region=region, group=group)


RATE = fig("exchange_rate", "average", "KZT_per_USD", 500.0)
B = 1e9
M = 1e6
LIST = "nationals of A (50%), B (30%) and C (20%)."


def twin(value, said: list[tuple[str, str, float]]):
    """A share stated in English and/or Russian: (lang, printed, value) per mention."""
    f = share("rs", value, "RUS")
    m = f.mentions[0]
    return f.model_copy(update={"mentions": [m.model_copy(update={"lang": lang, "text": text, "value": v})
                                             for lang, text, v in said]})

# (id, figures, footnotes, rule, expected [ok, ...] in order; [] = the rule does not apply)
CASES = [
    ("shares-complete", [share("tr", 50, "UZB", quote=LIST), share("tr", 30.2, "RUS", quote=LIST),
                         share("tr", 19.5, "KGZ", quote=LIST)], [], "shares_sum", [True]),
    ("shares-short-in-text", [share("tr", 50, "UZB"), share("tr", 30, "RUS")], [], "shares_sum",
     [True]),
    ("shares-short-in-chart", [fig("tr", "share", "percent", 50.0, country="UZB", kind="legend"),
                               fig("tr", "share", "percent", 30.0, country="RUS", kind="legend")],
     [], "shares_sum", [False]),
    ("shares-chart-marked-partial",
     [fig("tr", "share", "percent", 50.0, country="UZB", quote="mainly A (50%), B (30%)",
          extra_mentions=[(1, (1.0, 1.0, 9.0, 9.0))]),
      fig("tr", "share", "percent", 30.0, country="RUS", quote="mainly A (50%), B (30%)",
          extra_mentions=[(1, (1.0, 11.0, 9.0, 19.0))])], [], "shares_sum", [True]),
    ("shares-over", [share("tr", 60, "UZB"), share("tr", 42, "RUS")], [], "shares_sum", [False]),
    ("shares-and-other", [share("pr", 50, "RUS", quote="A (50%), B (30%), and other."),
                          share("pr", 30, "UZB", quote="A (50%), B (30%), and other.")],
     [], "shares_sum", [True]),
    ("shares-and-others-over", [share("pr", 70, "RUS", quote="A (70%), B (40%) and others"),
                                share("pr", 40, "UZB", quote="A (70%), B (40%) and others")],
     [], "shares_sum", [False]),
    ("shares-top-three", [share("rs", 30, "TUR", quote="The highest amount went to A (30%)"),
                          share("rs", 20, "RUS", quote="followed by B (20%)"),
                          share("rs", 10, "UZB", quote="followed by C (10%)")],
     [], "shares_sum", [True]),
    ("shares-top-three-over", [share("rs", 60, "TUR", quote="The highest amount (60%)"),
                               share("rs", 50, "RUS", quote="followed by B (50%)")],
     [], "shares_sum", [False]),
    ("shares-per-group", [share("ar", 60, "UZB", group="CIS"), share("ar", 40, "RUS", group="CIS"),
                          share("ar", 75, "TUR", group="non-CIS"),
                          share("ar", 24, "DEU", group="non-CIS")], [], "shares_sum", [True, True]),
    ("shares-few-regions", [share("pm", 17, region="KZ-75"), share("pm", 13, region="KZ-47")],
     [], "shares_sum", [True]),
    ("shares-regions-over", [share("pm", 60, region="KZ-75"), share("pm", 45, region="KZ-71")],
     [], "shares_sum", [False]),
    ("shares-regions-apart", [share("pm", 60, "UZB"), share("pm", 40, "RUS"),
                              share("pm", 55, region="KZ-75"), share("pm", 45, region="KZ-71")],
     [], "shares_sum", [True, True]),
    ("shares-single", [share("tr", 40, "UZB")], [], "shares_sum", []),
    ("shares-single-over", [share("tr", 140, "UZB")], [], "shares_sum", [False]),
    ("shares-mainly", [share("ar", 58, "RUS", quote="mainly from A (58%) and B (8%)"),
                       share("ar", 8, "USA", quote="mainly from A (58%) and B (8%)")],
     [], "shares_sum", [True]),

    ("months-add-up", [kzt("rs", 10 * B, JAN), kzt("rs", 20 * B, FEB), kzt("rs", 30.5 * B, MAR),
                       kzt("rs", 60 * B)], [], "monthly_sum", [True]),
    ("months-do-not", [kzt("rs", 10 * B, JAN), kzt("rs", 20 * B, FEB), kzt("rs", 30 * B, MAR),
                       kzt("rs", 70 * B)], [], "monthly_sum", [False]),
    ("months-some-below", [kzt("rs", 10 * B, JAN), kzt("rs", 20 * B, FEB), kzt("rs", 60 * B)],
     [], "monthly_sum", [True]),
    ("months-some-above", [kzt("rs", 40 * B, JAN), kzt("rs", 30 * B, FEB), kzt("rs", 60 * B)],
     [], "monthly_sum", [False]),
    ("months-other-unit", [kzt("rs", 10 * B, JAN), usd("rs", 20 * M, FEB), kzt("rs", 60 * B)],
     [], "monthly_sum", [True]),
    ("months-no-total", [kzt("rs", 10 * B, JAN), kzt("rs", 20 * B, FEB)], [], "monthly_sum", []),

    ("average-matches", [kzt("rs", 20 * B, statistic="monthly_average"), kzt("rs", 60.5 * B)],
     [], "monthly_average", [True]),
    ("average-off", [kzt("rs", 25 * B, statistic="monthly_average"), kzt("rs", 60 * B)],
     [], "monthly_average", [False]),
    ("average-no-total", [kzt("rs", 25 * B, statistic="monthly_average")], [], "monthly_average", []),

    ("rate-agrees", [RATE, kzt("rs", 50 * B), usd("rs", 100.5 * M)], [], "exchange_rate", [True]),
    ("rate-disagrees", [RATE, kzt("rs", 50 * B), usd("rs", 120 * M)], [], "exchange_rate", [False]),
    ("rate-per-country", [RATE, kzt("rs", 5 * B, country="TUR"), usd("rs", 10 * M, country="TUR"),
                          kzt("rs", 5 * B, country="RUS"), usd("rs", 9 * M, country="RUS")],
     [], "exchange_rate", [True, False]),
    ("rate-missing", [kzt("rs", 50 * B), usd("rs", 120 * M)], [], "exchange_rate", []),
    ("rate-other-period", [RATE, kzt("rs", 50 * B, Q4_PREV), usd("rs", 120 * M, Q4_PREV)],
     [], "exchange_rate", []),

    ("change-agrees", [kzt("rs", 30 * B, statistic="monthly_average"),
                       kzt("rs", 40 * B, Q4_PREV, statistic="monthly_average"),
                       fig("rs", "change", "percent", -25.0, compared=Q4_PREV)],
     [], "percent_change", [True]),
    ("change-disagrees", [kzt("rs", 30 * B, statistic="monthly_average"),
                          kzt("rs", 40 * B, Q4_PREV, statistic="monthly_average"),
                          fig("rs", "change", "percent", -19.0, compared=Q4_PREV)],
     [], "percent_change", [False]),
    ("change-wrong-sign", [kzt("rs", 30 * B), kzt("rs", 40 * B, Q4_PREV),
                           fig("rs", "change", "percent", 25.0, compared=Q4_PREV)],
     [], "percent_change", [False]),
    ("change-one-amount", [kzt("rs", 30 * B), fig("rs", "change", "percent", 25.0, compared=Q4_PREV)],
     [], "percent_change", []),

    ("count-share-agrees", [persons("rw", 1000), share("rw", 40, "UZB"), persons("rw", 405, "UZB")],
     [], "count_share", [True]),
    ("count-share-disagrees", [persons("rw", 1000), share("rw", 40, "UZB"), persons("rw", 500, "UZB")],
     [], "count_share", [False]),
    ("count-share-rounded", [persons("rw", 1000), share("rw", 8, "UZB"), persons("rw", 84, "UZB")],
     [], "count_share", [True]),
    ("count-share-beyond-rounding", [persons("rw", 1000), share("rw", 8, "UZB"),
                                     persons("rw", 90, "UZB")], [], "count_share", [False]),
    ("count-share-money", [kzt("rs", 100 * B), share("rs", 30, "TUR"), kzt("rs", 30 * B, country="TUR"),
                           usd("rs", 200 * M), usd("rs", 80 * M, country="TUR")],
     [], "count_share", [True, False]),
    ("count-share-no-total", [share("rw", 40, "UZB"), persons("rw", 400, "UZB")], [], "count_share", []),

    ("groups-within", [persons("ar", 1000), persons("ar", 800, group="CIS"),
                       persons("ar", 150, group="non-CIS")], [], "parts_within_total", [True]),
    ("groups-exceed", [persons("ar", 1000), persons("ar", 800, group="CIS"),
                       persons("ar", 300, group="non-CIS")], [], "parts_within_total", [False]),
    ("country-over-group", [persons("ar", 1000), persons("ar", 500, group="CIS"),
                            persons("ar", 600, country="UZB", group="CIS")],
     [], "parts_within_total", [True, False]),
    ("countries-within-national", [kzt("rs", 100 * B), kzt("rs", 50 * B, country="TUR"),
                                   kzt("rs", 40 * B, country="RUS")], [], "parts_within_total", [True]),
    ("regions-exceed-national", [persons("pm", 100), persons("pm", 70, region="KZ-75"),
                                 persons("pm", 40, region="KZ-71")], [], "parts_within_total", [False]),
    ("parts-no-total", [persons("ar", 800, group="CIS"), persons("ar", 300, group="non-CIS")],
     [], "parts_within_total", []),

    ("groups-make-the-whole", [persons("ar", 1000), persons("ar", 960, group="CIS"),
                               persons("ar", 30, group="non-CIS")], [], "groups_whole", [True]),
    ("groups-fall-short", [persons("ar", 1000), persons("ar", 800, group="CIS"),
                           persons("ar", 30, group="non-CIS")], [], "groups_whole", [False]),
    ("groups-one-missing", [persons("ar", 1000), persons("ar", 800, group="CIS")],
     [], "groups_whole", []),
    ("groups-not-a-whole", [persons("tp", 100), persons("tp", 10, group="police"),
                            persons("tp", 10, group="ngo"), persons("tp", 10, group="government")],
     [], "groups_whole", []),

    ("footnotes-complete", [], [("1", 1), ("2", 1), ("3", 2), ("*", 2)], "footnote_numbering", [True]),
    ("footnotes-gap", [], [("1", 1), ("2", 1), ("4", 2)], "footnote_numbering", [False]),
    ("footnotes-repeat", [], [("1", 1), ("2", 1), ("2", 2)], "footnote_numbering", [False]),
    ("footnotes-out-of-order", [], [("1", 2), ("2", 1)], "footnote_numbering", [False]),
    ("footnotes-none", [], [("*", 1)], "footnote_numbering", []),

    ("marker-resolves", [fig("ar", "total", "persons", 5.0, footnotes=["2"])], [("1", 1), ("2", 1)],
     "footnote_resolves", [True]),
    ("marker-dangles", [fig("ar", "total", "persons", 5.0, footnotes=["7"])], [("1", 1), ("2", 1)],
     "footnote_resolves", [False]),
    ("marker-none", [fig("ar", "total", "persons", 5.0)], [("1", 1)], "footnote_resolves", []),

    ("en-ru-twins", [twin(48.5, [("en", "48.5%", 48.5), ("ru", "48,5%", 48.5)])], [], "en_ru_agree", [True]),
    ("en-ru-rounding", [twin(48.54, [("en", "48.54%", 48.54), ("ru", "48,5%", 48.5)])], [], "en_ru_agree",
     [True]),
    ("en-ru-slip", [twin(48.5, [("en", "48.5%", 48.5), ("ru", "45,8%", 45.8)])], [], "en_ru_agree", [False]),
    ("en-ru-missing-twin", [twin(48.5, [("en", "48.5%", 48.5)]),
                            twin(7.7, [("en", "7.7%", 7.7), ("ru", "7,7%", 7.7)])], [], "en_ru_agree", [False]),
    ("en-only", [share("rs", 48.5, "RUS")], [], "en_ru_agree", []),
]


@pytest.mark.parametrize("figures,footnotes,rule,expected",
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule(figures, footnotes, rule, expected):
    checked, results = run_checks(report(figures, footnotes))
    mine = [r for r in results if r.rule == rule]
    assert [r.ok for r in mine] == expected, [r.message for r in mine]
    assert checked.checks == results
    by_id = {f.id: f for f in checked.figures}
    # a figure carries the rule's flag exactly when a failed result of the rule used it
    used_by_failures = {fid for r in mine if not r.ok for fid in r.figure_ids}
    assert {f.id for f in checked.figures if f"check:{rule}" in f.flags} == used_by_failures
    for r in mine:
        if not r.ok and r.figure_ids:
            assert r.page is not None and r.quote


def test_every_rule_has_cases_both_ways():
    seen = {(c[3], ok) for c in CASES for ok in c[4]}
    for rule in RULES:
        assert (rule, True) in seen and (rule, False) in seen, rule


def test_checks_never_change_values_and_are_idempotent():
    figures = [kzt("rs", 10 * B, JAN), kzt("rs", 20 * B, FEB), kzt("rs", 30 * B, MAR),
               kzt("rs", 70 * B), share("tr", 70, "UZB"), share("tr", 40, "RUS")]
    base = report(figures, [("1", 1), ("3", 1)])
    once, results = run_checks(base)
    twice, again = run_checks(once)
    assert [f.value for f in once.figures] == [f.value for f in base.figures]
    assert once == twice and results == again
    assert {r.rule for r in results if not r.ok} == {"monthly_sum", "shares_sum", "footnote_numbering"}
    flagged = {f.id: f.flags for f in once.figures if f.flags}
    assert len(flagged) == 6 and all(len(flags) == 1 for flags in flagged.values())


def test_earlier_flags_are_kept():
    f = fig("tr", "share", "percent", 70.0, country="UZB").model_copy(update={"flags": ["restated"]})
    g = share("tr", 50, "RUS")
    checked, _ = run_checks(report([f, g]))
    assert checked.figures[0].flags == ["restated", "check:shares_sum"]


def test_shares_sum_names_the_words_that_mark_a_selection():
    _, results = run_checks(report([share("rs", 30, "TUR", quote="The highest amount (30%)"),
                                    share("rs", 20, "RUS", quote="then B (20%)")]))
    assert results[0].ok and results[0].message.endswith('a selection ("highest")')


def test_check_line_format():
    checked, results = run_checks(report([share("tr", 70, "UZB", quote="A (70%),\n B (40%)"),
                                          share("tr", 40, "RUS", quote="A (70%),\n B (40%)")]))
    line = check_line("KAZ-2023-Q1", [r for r in results if not r.ok][0])
    assert line.startswith("KAZ-2023-Q1 p1 shares_sum: 2 shares of tr by country sum to 110%")
    assert line.endswith("| A (70%), B (40%)") and "\n" not in line


def test_check_command_prints_failed_checks(tmp_path, capsys):
    from extractor.cli import main
    from extractor.writers import write_report

    bad = report([share("tr", 70, "UZB", quote="Uzbekistan (70%), Russia (40%)"),
                  share("tr", 40, "RUS", quote="Uzbekistan (70%), Russia (40%)")])
    write_report(bad, tmp_path)
    (tmp_path / "manifest.json").write_text('{"files": []}')        # not a report: passed over
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == ["KAZ-2023-Q1 p1 shares_sum: 2 shares of tr by country sum to 110%, over 100 "
                   "| Uzbekistan (70%), Russia (40%)"]


def test_check_command_passes_and_fails_input(tmp_path, capsys):
    from extractor.cli import main
    from extractor.writers import write_report

    good = report([share("tr", 60, "UZB"), share("tr", 40, "RUS")], [("1", 1)])
    write_report(good, tmp_path / "good")
    assert main(["check", str(tmp_path / "good")]) == 0
    assert capsys.readouterr().out == ""
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "KAZ-2023-Q1.json").write_text('{"metadata": {}, "figures": []}')
    assert main(["check", str(tmp_path / "broken")]) == 1
    assert "not a valid report document" in capsys.readouterr().err
    assert main(["check", str(tmp_path / "empty-nothing")]) == 1
    with pytest.raises(SystemExit) as exc:
        main(["check"])
    assert exc.value.code == 2


def test_reference_report_fails_only_on_its_own_inconsistencies(reference_pdf):
    """The reference report has three slips of its own (a USD monthly average that is not a third
    of the quarter, a stated change that does not follow from its amounts, origin groups that
    fall short of all arrivals); anything more is a misreading to fix at its cause."""
    from extractor.pipeline import extract_report

    checked, results = run_checks(extract_report(reference_pdf))
    assert len(results) > 30 and sum(r.ok for r in results) > 30
    assert sorted((r.rule, r.page) for r in results if not r.ok) == [
        ("groups_whole", 2), ("monthly_average", 4), ("percent_change", 4)]
    flagged = [f for f in checked.figures if any(x.startswith("check:") for x in f.flags)]
    assert {f.page for f in flagged} == {2, 4}
