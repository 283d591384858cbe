"""Number accounting (extractor/accounting.py): every number printed ends as a figure, as no
figure for a reason of data/reasons.json, or as unread; one sentence per reason; an independent
count of the digits on the pages; misses shown, not hidden (miss visibility)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import regex

from extractor import extract
from extractor.accounting import DATA, REASONS, Assembly, account_numbers, coverage
from extractor.assemble import Assembler
from extractor.entities import find_entities
from extractor.numbers import find_quantities, parse_number
from extractor.periods import find_periods
from extractor.scoring import miss_visibility
from extractor.types import Block, Footnote, Marker, Page, Region
from tests.extracted import extracted
from tests.test_rules import table_row

ROOT = Path(__file__).resolve().parent.parent
BOX = (10.0, 10.0, 20.0, 20.0)
# Miss visibility held by the blind reports and samples (a floor; the issue asks for 0.90).
MISS_VISIBILITY_FLOOR = 0.90


def _block(text: str, kind: str = "body", markers=()) -> Block:
    return Block(page=1, kind=kind, text=text, boxes=(BOX,) * len(text), markers=tuple(markers),
                 size=11.0 if kind != "heading" else 14.0)


def account(blocks, *, header=(), footnotes=(), dropped=(), endnotes=()):
    asm = Assembler(date(2023, 1, 1), date(2023, 3, 31), find_quantities, find_periods,
                    find_entities, parse_number)
    for b in blocks:
        asm.block(b)
    page = Page(1, 595, 842, tuple(blocks), tuple(footnotes), tuple(header),
                regions=(Region("chart", BOX, tuple(dropped)),) if dropped else ())
    figures = [(c, f"{c.metric}/{c.statistic}") for c in asm.candidates]
    return account_numbers([page], Assembly(figures, asm.rejected, asm.skipped), list(endnotes))


def status_of(numbers, printed: str):
    hit = [n for n in numbers if n.printed == printed]
    assert hit, f"{printed!r} not accounted: {[n.printed for n in numbers]}"
    return hit[0].status, hit[0].reason


# One sentence per reason: (reason, blocks as (kind, text), the printed number it explains).
BODY = [
    ("year", "Arrivals reached 2.7 million in 2023.", "2023"),
    ("date", "As of 31 March, 2.7 million foreign nationals had arrived.", "31"),
    ("date", "In Q1, arrivals reached 2.7 million.", "Q1"),
    ("label", "1. Legislative developments", "1"),
    ("section_or_table", "Table 2 gives arrivals by nationality.", "2"),
    ("legal_reference", "Under Decree No. 148/2012 the rules changed.", "148"),
    ("legal_reference", "Article 49 of the Code sets the rules.", "49"),
    ("contact_or_identifier", "Call +7 7172 696553 for details.", "696553"),
    ("contact_or_identifier", "The office is at 14, Mambetov Street in Astana.", "14"),
    ("contact_or_identifier", "The COVID-19 pandemic slowed travel.", "COVID-19"),
    ("methodology_count", "Data were collected in 17 regions.", "17"),
    ("methodology_count", "A survey of 120 migrants was held.", "120"),
    ("ordinal", "The 20th session of the council met in March.", "20th"),
    ("small_number_word", "Uzbekistan was one of the main countries of origin.", "one"),
    ("duration", "Foreigners may stay for 90 days without a visa.", "90"),
    ("multiplier", "Arrivals were 3 times as many as departures.", "3"),
    ("bound", "Each of the seven northern regions employed fewer than 120 foreign workers.", "120"),
    ("bound", "Other nationalities each sent less than 1.5 per cent of the total.", "1.5 per cent"),
    # context rules (accounting.context_rule): the words around a number that no other rule read
    ("section_or_table", "Tables 2 to 5 set out the breakdowns.", "2"),
    ("section_or_table", "Tables 2 to 5 set out the breakdowns.", "5"),
    ("section_or_table", "See Figures 3 and 4 for the monthly series.", "4"),
    ("section_or_table", "Tables 7–9 repeat the breakdown by sex.", "7"),
    ("section_or_table", "The sources are listed in Annexes 1-2.", "2"),
    ("section_or_table", "Sources are given in notes 4 to 6.", "6"),
    ("section_or_table", "Разбивка по областям приведена в таблицах 2–4.", "2"),
    ("section_or_table", "Помесячная динамика показана на рис. 3.", "3"),
    ("section_or_table", "Bulletin of the quarter, Issue 3/2023", "2023"),
    ("section_or_table", "4.1. Money transfers kept growing over the quarter.", "4.1"),
    ("methodology_count", "A survey of 2,400 households was carried out in the spring.", "2,400"),
    ("methodology_count", "Enumerators held 960 interviews with returnees.", "960"),
    ("methodology_count", "The team ran 14 focus groups and 320 questionnaires in the north.", "320"),
    ("methodology_count", "Опрос охватил 1 800 респондентов в пяти областях.", "1 800"),
    ("methodology_count", "Under the new rules, a resident may send no more than 80 thousand "
                          "tenge per month without a declaration.", "80 thousand tenge"),
    ("date", "A seminar ran from 14 to 16 October in Aktobe.", "14"),
    ("date", "A workshop was held on 8–9 April for border officers.", "8"),
    ("label", "The plan has three strands (1. housing; 2. jobs; 3. health).", "2"),
    ("total_share", "Percentages may not add up to 100 because of rounding.", "100"),
    ("duration", "A work visa is now issued for 3 to 24 months.", "3"),
    ("methodology_count", "The chart shows the eleven largest regions of destination.", "eleven"),
]


@pytest.mark.parametrize("reason,text,printed", BODY, ids=[f"{r}:{p}" for r, _, p in BODY])
def test_a_reason_explains_its_sentence(reason, text, printed):
    assert status_of(account([_block(text)]), printed) == ("not_figure", reason)


def test_a_section_stating_no_figures_explains_its_small_numbers_only():
    numbers = account([_block("Contents", "heading"), _block("Arrivals 3 Remittances 5"),
                       _block("Arrivals reached 2,986,341.")])
    assert status_of(numbers, "3") == ("not_figure", "no_figures_section")
    assert status_of(numbers, "2,986,341")[0] == "unread"


def test_places_that_state_no_figures():
    numbers = account([_block("Arrivals reached 2.7 million.", markers=[Marker("12", 30, BOX)])],
                      header=("IOM Kazakhstan | 3",), dropped=("0", "100", "55.3"),
                      footnotes=[Footnote("12", "Border Service, 1,204 records.", 1, BOX)])
    assert status_of(numbers, "3") == ("not_figure", "header_footer")
    assert [n.reason for n in numbers if n.printed == "12"] == ["label", "label"]   # marker, note
    assert status_of(numbers, "1,204") == ("not_figure", "in_footnote")
    assert status_of(numbers, "100") == ("not_figure", "chart_axis")
    assert status_of(numbers, "55.3")[0] == "unread"         # a value label is no axis tick


@pytest.mark.parametrize("text,printed", [
    ("3.2 Labour migration", "3.2"),
    ("3.2 Трудовая миграция", "3.2"),
    ("2.3. Remittances", "2.3"),
])
def test_the_number_of_a_heading_is_a_section_number(text, printed):
    assert status_of(account([_block(text, "heading")]), printed) == ("not_figure", "section_or_table")


def test_page_numbers_under_a_contents_heading_are_no_figures():
    numbers = account([_block("In this issue", "heading"), _block("Border and visas 2"),
                       _block("Money sent home 5"), _block("Arrivals", "heading"),
                       _block("Arrivals reached 3,120,400 and the index stood at 7.")])
    assert status_of(numbers, "5") == ("not_figure", "no_figures_section")
    assert status_of(numbers, "7")[0] == "unread"             # a later section is read again


def test_a_map_legends_class_bounds_are_no_figures_but_a_value_label_stays_visible():
    numbers = account([_block("10–20%", "legend"), _block("below 5%", "legend"),
                       _block("36.2", "legend")])
    assert status_of(numbers, "20%") == ("not_figure", "chart_axis")
    assert status_of(numbers, "5%") == ("not_figure", "chart_axis")
    assert status_of(numbers, "36.2")[0] == "unread"


@pytest.mark.parametrize("text,printed", [
    # a limit phrase with no rule in the sentence, or before a percent (a quota is a figure)
    ("Outflows in March came to no more than 45.2 billion tenge.", "45.2 billion tenge"),
    ("By decree the quota may be no more than 0.4 per cent of the labour force.", "0.4 per cent"),
    ("A total of 100 inspectors were trained.", "100"),         # 100, but no sum of shares
    ("The survey found that 1,240 of them had sent money home.", "1,240"),   # a finding
    ("Arrivals from figures 12 and 15 were revised.", "12"),   # "figures" is no reference
])
def test_a_context_rule_does_not_hide_a_figure(text, printed):
    assert status_of(account([_block(text)]), printed)[0] != "not_figure"


def test_a_total_rows_hundred_per_cent_is_the_base_of_the_shares():
    numbers = account([_block("2. Arrivals", "heading"),
                       _block("Table 1. Arrivals by nationality", "heading"),
                       table_row("Country", "Arrivals", "Share, %"),
                       table_row("Uzbekistan", "41,300", "62.0"),
                       table_row("Kyrgyzstan", "25,300", "38.0"),
                       table_row("Total", "66,600", "100.0")])
    assert status_of(numbers, "100.0") == ("not_figure", "total_share")
    assert status_of(numbers, "62.0")[0] == "figure"


def test_a_figure_is_a_mention_and_anything_else_is_unread_with_its_sentence():
    numbers = account([_block("Arrivals reached 2.7 million. The index stood at 42.5 points.")])
    fig = [n for n in numbers if n.printed == "2.7 million"][0]
    assert (fig.status, fig.figure_id) == ("figure", "arrivals/total")
    unread = [n for n in numbers if n.status == "unread"]
    assert [(n.printed, n.sentence) for n in unread] == [("42.5", "The index stood at 42.5 points.")]
    assert coverage(numbers) == 0.5


def test_a_misfiring_rule_shows_an_amount_instead_of_hiding_it():
    # "exceeding" is a threshold cue ("not exceeding 90 days"); a rule that misfires on an amount
    # ("outflows exceeding 537.8 billion tenge") must leave it visible as unread, not explained away
    numbers = account([_block("Outflows for January - September were exceeding 537.8 billion tenge.")])
    assert status_of(numbers, "537.8 billion tenge")[0] == "unread"


def test_every_reason_is_tested_and_every_rule_belongs_to_one_reason():
    tested = {r for r, _, _ in BODY} | {"no_figures_section", "header_footer", "in_footnote",
                                        "chart_axis", "total_share"}
    assert tested == set(REASONS)
    rules = [rule for r in DATA["reasons"] for rule in r["rules"]]
    assert len(rules) == len(set(rules))


# --- whole reports: an independent count of what is printed -------------------------------------

DIGITS = regex.compile(r"\d+")


def _page_digit_runs(pdf) -> int:
    """Digit runs of every text the layout stage hands on: blocks, markers, footnotes, headers,
    chart ticks and the endnote list (counted apart from the accounting's own tokens)."""
    from extractor.layout import layout_pages
    from extractor.pdf import read_pages

    n = 0
    for p in layout_pages(read_pages(str(pdf), None), {}):
        texts = [b.text for b in p.blocks] + [m.label for b in p.blocks for m in b.markers]
        texts += [f.label + " " + f.text for f in p.footnotes] + list(p.header)
        texts += [t for r in p.regions for t in r.dropped]
        n += sum(len(DIGITS.findall(t)) for t in texts)
    return n


SAMPLES = sorted((ROOT / "samples").glob("*.pdf"))


@pytest.mark.parametrize("pdf", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_printed_digit_is_accounted_for(pdf):
    report = extract(pdf)
    accounted = sum(len(DIGITS.findall(n.printed)) for n in report.numbers)
    assert accounted == _page_digit_runs(pdf)
    assert report.metadata.unread == sum(n.status == "unread" for n in report.numbers)


def _truth_cases():
    cases = [(p, p.with_name(p.stem + ".truth.json")) for p in sorted(ROOT.glob("tests/blind/*/*.pdf"))]
    return cases + [(p, p.with_name(p.stem + ".truth.json")) for p in SAMPLES]


def test_misses_are_visible_on_the_blind_reports_and_samples():
    shown = hidden = 0
    lines = []
    for pdf, truth in _truth_cases():
        v = miss_visibility(json.loads(truth.read_text("utf-8"))["figures"], extracted(str(pdf)))
        shown += len(v.unread) + len(v.figure)
        hidden += len(v.hidden)
        lines += [f"{pdf.stem}: {t['metric']} {t['value']} hidden as {why}" for t, why in v.hidden]
    share = shown / (shown + hidden) if shown + hidden else 1.0
    assert share >= MISS_VISIBILITY_FLOOR, "\n".join(lines)


def test_a_zero_in_words_that_no_rule_reads_stays_visible():
    # "zero" is never explained away as a small number word: unread, if no zero rule took it
    numbers = account([_block("Ulytau region recorded zero registrations of that kind.")])
    assert status_of(numbers, "zero")[0] == "unread"
