"""Each construction of ../shared/spec/phrasing.md is a row here, in wording of our own: a small
document (blocks) and the figures it must give. A row of phrasing.md without a row here fails
`test_every_phrasing_row_has_a_case` (skipped where ../shared is absent)."""
from __future__ import annotations

import re
from datetime import date

import pytest

from extractor.assemble import Assembler
from extractor.entities import find_entities
from extractor.numbers import find_quantities, parse_number
from extractor.periods import find_periods
from extractor.pipeline import infer_scales, match_legends, merge
from extractor.types import Block
from tests.conftest import need_shared

Q2 = ("2024-04-01", "2024-06-30")
Q1 = ("2024-01-01", "2024-03-31")
Q2_2023 = ("2023-04-01", "2023-06-30")


def b(text: str, kind: str = "body", size: float = 9.0, cells=()) -> Block:
    return Block(page=1, kind=kind, text=text, boxes=tuple((0.0, 0.0, 1.0, 1.0) for _ in text), size=size,
                 cells=tuple(cells))


def h(text: str) -> Block:
    return b(text, "heading", 12.0)


def row(*cells: str) -> Block:
    from tests.test_rules import table_row

    return table_row(*cells)


def f(metric, statistic, unit, value, country=None, region=None, group=None, period=Q2, compared=None):
    return (metric, statistic, unit, round(float(value), 6), country, region, group, period, compared)


def figures(*blocks: Block) -> list[tuple]:
    asm = Assembler(date(2024, 4, 1), date(2024, 6, 30), find_quantities, find_periods, find_entities, parse_number)
    for blk in blocks:
        asm.block(blk)
    infer_scales(asm.candidates)
    match_legends(asm.candidates)
    return sorted((x.metric, x.statistic, x.unit, round(x.value, 6), x.country, x.region, x.group,
                   (x.period_start, x.period_end),
                   (x.compared_to_start, x.compared_to_end) if x.compared_to_start else None)
                  for x in merge(asm.candidates, {}))


ARR, DEP = h("1. Migration inflow"), h("1. Migration inflow")
REM = h("3. Remittances")

# construction (as phrasing.md names it) -> (blocks, figures)
CASES = {
    "rounded with a scale word": (
        [ARR, b("In the quarter, 2.9 million arrivals and over 41.2 thousand departures were recorded.")],
        [f("arrivals", "total", "persons", 2.9e6), f("departures", "total", "persons", 41200)]),
    "full integer with thousands separators": (
        [ARR, b("The Border Service registered 1,318,442 migrant arrivals in the second quarter of 2024.")],
        [f("arrivals", "total", "persons", 1318442)]),
    "decimal comma (the report's own slip)": (
        [h("2. Residence"), b("Permanent residence permits were granted to 6,9 thousand foreigners.")],
        [f("permanent_residence_permits", "total", "persons", 6900)]),
    "spelled out": (
        [h("2. Residence"), b("Sixty-three thousand foreigners received temporary residence permits.")],
        [f("temporary_residence_permits", "total", "persons", 63000)]),
    "scale missing, implied by a paired amount": (
        [REM, b("At 1 USD = 450.0 KZT, transfers from Kazakhstan came to 27.0 KZT (60.0 million USD).")],
        [f("exchange_rate", "average", "KZT_per_USD", 450.0), f("remittances_sent", "total", "KZT", 27e9),
         f("remittances_sent", "total", "USD", 60e6)]),
    "short scale letters": (
        [REM, b("Transfers to Armenia were 9.1B tenge ($20M).")],
        [f("remittances_sent", "total", "KZT", 9.1e9, "ARM"), f("remittances_sent", "total", "USD", 20e6, "ARM")]),
    "percent as `%`, \"percent\", \"per cent\"": (
        [ARR, b("Arrivals rose by 3.2 per cent; departures fell by 1.4 percent. Uzbekistan's share of arrivals was 40.2%.")],
        [f("arrivals", "change", "percent", 3.2), f("departures", "change", "percent", -1.4),
         f("arrivals", "share", "percent", 40.2, "UZB")]),
    "currency after the number": (
        [REM, b("Transfers from Kazakhstan came to 190.4 billion KZT or 421 million USD.")],
        [f("remittances_sent", "total", "KZT", 190.4e9), f("remittances_sent", "total", "USD", 421e6)]),
    "currency before the number": (
        [REM, b("Transfers to Kazakhstan came to KZT 43.5 billion (USD 96 million).")],
        [f("remittances_received", "total", "KZT", 43.5e9), f("remittances_received", "total", "USD", 96e6)]),
    "symbols and words": (
        [REM, b("Outgoing transfers reached $88 million; incoming transfers reached 14.2 billion tenge and US$31 million.")],
        [f("remittances_sent", "total", "USD", 88e6), f("remittances_received", "total", "KZT", 14.2e9),
         f("remittances_received", "total", "USD", 31e6)]),
    "exchange rate": (
        [REM, b("Amounts are converted at 463 KZT/USD.")],
        [f("exchange_rate", "average", "KZT_per_USD", 463)]),
    "direction by preposition only": (
        [REM, b("Transfers from Kazakhstan totalled KZT 201.0 billion; transfers to Kazakhstan totalled KZT 50.2 billion.")],
        [f("remittances_sent", "total", "KZT", 201e9), f("remittances_received", "total", "KZT", 50.2e9)]),
    "count, then a compound noun": (
        [ARR, b("Crossings rose in the quarter (611,200 migrant arrivals and 598,100 migrant outflows).")],
        [f("arrivals", "total", "persons", 611200), f("departures", "total", "persons", 598100)]),
    "count, noun, verb": (
        [ARR, b("In the quarter (612,400 migrants arrived and 600,010 migrants departed).")],
        [f("arrivals", "total", "persons", 612400), f("departures", "total", "persons", 600010)]),
    "share after a name": (
        [ARR, b("Arrivals came mainly from Tajikistan (12.5%); the share of all arrivals – 17.3% – went to Russia.")],
        [f("arrivals", "share", "percent", 12.5, "TJK"), f("arrivals", "share", "percent", 17.3, "RUS")]),
    "shares in a chart legend": (
        [ARR, b("Most arrivals were citizens of Tajikistan (12.5%)."),
         b("Arrivals by citizenship, %", "heading", 8.0), b("Tajikistan (12.46%)", "legend")],
        [f("arrivals", "share", "percent", 12.46, "TJK")]),
    "shares or amounts in a table": (
        [REM, b("Table 2. Transfers from Kazakhstan by destination, April - June 2024", "heading", 9.0),
         row("Country", "Share, %"), row("Georgia", "8.1"),
         b("Table 3. Transfers from Kazakhstan by month", "heading", 9.0),
         row("Month", "KZT, billion", "USD, million"), row("May", "66.2", "147.1")],
        [f("remittances_sent", "share", "percent", 8.1, "GEO"),
         f("remittances_sent", "total", "KZT", 66.2e9, period=("2024-05-01", "2024-05-31")),
         f("remittances_sent", "total", "USD", 147.1e6, period=("2024-05-01", "2024-05-31"))]),
    "a count restated in a later section": (
        [h("2. Labour migration"), b("In the quarter 33.4 thousand foreign workers were registered."),
         h("5. Summary"), b("Employers count a total number of 33,412 migrant workers registered in the quarter.")],
        [f("registered_migrant_workers", "total", "persons", 33412)]),
    "zero stated in words": (
        [h("2. Labour migration"), b("In the quarter 33,412 foreign workers were registered. There are no "
                                     "registered migrants in Ulytau region.")],
        [f("registered_migrant_workers", "total", "persons", 33412),
         f("registered_migrant_workers", "total", "persons", 0, region="KZ-62")]),
    "\"N percent less / more than\"": (
        [REM, b("Transfers from Kazakhstan came to KZT 210.0 billion, which is 4.5 percent less than in the "
                "previous quarter (KZT 219.9 billion).")],
        [f("remittances_sent", "total", "KZT", 210e9), f("remittances_sent", "change", "percent", -4.5, compared=Q1),
         f("remittances_sent", "total", "KZT", 219.9e9, period=Q1)]),
    "\"increased / declined by N per cent\"": (
        [REM, b("Incoming transfers declined by 6.1 per cent compared with the previous quarter.")],
        [f("remittances_received", "change", "percent", -6.1, compared=Q1)]),
    "a gapped second clause": (
        [REM, b("Against the previous quarter, outgoing transfers rose by 2.2 per cent and incoming transfers by 7.7 per cent.")],
        [f("remittances_sent", "change", "percent", 2.2, compared=Q1),
         f("remittances_received", "change", "percent", 7.7, compared=Q1)]),
    "a comparison in words only": (
        [ARR, b("More migrants departed than in the previous quarter.")], []),
    "a comparison of other periods": (
        [ARR, b("In 2023 compared to 2022, arrivals rose by 9.0 per cent.")],
        [f("arrivals", "change", "percent", 9.0, period=("2023-01-01", "2023-12-31"), compared=("2022-01-01", "2022-12-31"))]),
    "ordinal quarter": (
        [ARR, b("In the fourth quarter of 2023, 2.8 million foreigners arrived.")],
        [f("arrivals", "total", "persons", 2.8e6, period=("2023-10-01", "2023-12-31"))]),
    "quarter without a year": (
        [ARR, b("In the first quarter, 2.5 million foreigners arrived.")],
        [f("arrivals", "total", "persons", 2.5e6, period=Q1)]),
    "month ranges": (
        [ARR, b("Arrivals (April – June 2023) reached 2.7 million.")],
        [f("arrivals", "total", "persons", 2.7e6, period=Q2_2023)]),
    "short forms": (
        [ARR, b("Arrivals reached 2.6 million in Q1 2024.")],
        [f("arrivals", "total", "persons", 2.6e6, period=Q1)]),
    "relative": (
        [ARR, b("Arrivals were 3.0 million, against 2.6 million in the same quarter of 2023.")],
        [f("arrivals", "total", "persons", 3.0e6), f("arrivals", "total", "persons", 2.6e6, period=Q2_2023)]),
    "months and days": (
        [ARR, b("In May 2024 – 1,010,300 migrants arrived.")],
        [f("arrivals", "total", "persons", 1010300, period=("2024-05-01", "2024-05-31"))]),
    "stocks": (
        [h("2. Residence"), b("As of 30 June 2024, 151,300 migrants lived in Kazakhstan under a permanent residence permit.")],
        [f("permanent_residents", "total", "persons", 151300, period=("2024-06-30", "2024-06-30"))]),
    "longer spans": (
        [ARR, b("In the first half of 2024, 5.4 million foreigners arrived.")],
        [f("arrivals", "total", "persons", 5.4e6, period=("2024-01-01", "2024-06-30"))]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_phrasing_construction(name):
    blocks, expected = CASES[name]
    assert figures(*blocks) == sorted(expected)


def _phrasing_rows() -> list[str]:
    text = need_shared("spec", "phrasing.md").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 2 and cells[0] not in ("construction",) and not set(cells[0]) <= {"-"}:
            rows.append(cells[0])
    return rows


def test_every_phrasing_row_has_a_case():
    missing = [r for r in _phrasing_rows() if r not in CASES]
    assert not missing, missing
