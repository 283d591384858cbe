"""Figure assembly, one phrasing a row: paragraphs in, figures out.

Every sentence here is written for the tests (none comes from a report or a gold file). A row is
(section heading, paragraph, expected figures), a figure being
(metric, statistic, unit, value, country, region, group, period, compared period or None).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from extractor.assemble import Assembler
from extractor.entities import find_entities
from extractor.numbers import find_quantities, parse_number
from extractor.periods import find_periods
from extractor.pipeline import infer_scales, match_legends, merge
from extractor.types import Block
from tests.test_rules import placed_row

Q2 = ("2024-04-01", "2024-06-30")
Q1 = ("2024-01-01", "2024-03-31")


def block(text: str, kind: str = "body", size: float = 9.0, cells=()) -> Block:
    return Block(page=1, kind=kind, text=text, boxes=tuple((0.0, 0.0, 1.0, 1.0) for _ in text),
                 size=size, cells=tuple(cells))


def assemble(*blocks: Block, start=date(2024, 4, 1), end=date(2024, 6, 30)):
    asm = Assembler(start, end, find_quantities, find_periods, find_entities, parse_number)
    for b in blocks:
        asm.block(b)
    return asm.candidates


def rows(cands):
    return sorted((c.metric, c.statistic, c.unit, float(c.value), c.country, c.region, c.group,
                   c.period, c.compared) for c in cands)


def _trow(*cells):
    """A table row of these cells, each cell's span marked."""
    text = " ".join(cells)
    at = [text.index(c) for c in cells]
    return block(text, "table", cells=[(a, a + len(c)) for a, c in zip(at, cells)])


def fig(metric, statistic, unit, value, country=None, region=None, group=None, period=Q2,
        compared=None):
    return (metric, statistic, unit, float(value), country, region, group, period, compared)


CASES = [
    ("a count set 'against' a group's count is that group's", "1. Border crossings",
     "Arrivals from non-CIS countries numbered 85,500, against 71,500 departures.",
     [fig("arrivals", "total", "persons", 85500, group="non-CIS"),
      fig("departures", "total", "persons", 71500, group="non-CIS")]),
    ("a value compared with a count that is no figure is none either", "5. Legislation",
     "The ministry revised the list of priority occupations; the list now has 28 entries, compared with 21 in 2023.",
     []),
    ("'Outside the CIS' opening a sentence of shares scopes them, a count after a semicolon left aside",
     "1. Border crossings",
     "Arrivals reached 3,250,500. Outside the CIS, nationals of Georgia formed the largest group (38.5%), followed "
     "by China (29.5%); the remainder was spread over more than 90 nationalities.",
     [fig("arrivals", "total", "persons", 3250500), fig("arrivals", "share", "percent", 38.5, "GEO", group="non-CIS"),
      fig("arrivals", "share", "percent", 29.5, "CHN", group="non-CIS")]),
    ("'from beyond the Commonwealth' names the non-CIS group", "1. Border crossings",
     "Among arrivals from beyond the Commonwealth, China stood first at 31.5 per cent.",
     [fig("arrivals", "share", "percent", 31.5, "CHN", group="non-CIS")]),
    ("a change word before a bracketed value still signs the change after it", "1. Border crossings",
     "Arrivals exceeded the previous quarter's level (2.97 million) by 31.5 per cent.",
     [fig("arrivals", "total", "persons", 2970000, period=Q1),
      fig("arrivals", "change", "percent", 31.5, compared=Q1)]),
    ("a name in an aside set off by close em dashes is not the amount's", "4. Remittances",
     "Money sent abroad kept growing: the total was KZT 241.5 billion—a third of it to Georgia—while incoming "
     "transfers slipped.",
     [fig("remittances_sent", "total", "KZT", 241.5e9)]),
    ("a 'respectively' list naming nothing takes the names of the list before it; 'on the way out' is departures",
     "1. Border crossings",
     "CIS member states led: 3,950,500 entries came from the Commonwealth and 335,500 from non-CIS countries, "
     "while on the way out the split was 3,750,500 and 320,500 respectively.",
     [fig("arrivals", "total", "persons", 3950500, group="CIS"), fig("arrivals", "total", "persons", 335500, group="non-CIS"),
      fig("departures", "total", "persons", 3750500, group="CIS"),
      fig("departures", "total", "persons", 320500, group="non-CIS")]),
    ("a cue in a relative clause of its own sentence counts; a number's comma in the sentence before is no "
     "clause's", "1. Border crossings",
     "The bulk of arrivals (3,050,500) were made by nationals of CIS member states. Of those who left the "
     "country, 2.95 million were citizens of CIS countries.",
     [fig("arrivals", "total", "persons", 3050500, group="CIS"),
      fig("departures", "total", "persons", 2950000, group="CIS")]),
    ("citizens who 'arrived in' a foreign country 'for employment' are emigrant workers", "3. Migration outflow",
     "Kazakhstan's own citizens kept looking for work abroad: about 19.5 thousand of them arrived in Georgia for "
     "employment in April–June 2024.",
     [fig("emigrant_workers", "total", "persons", 19500, "GEO")]),
    ("'crossed the border outwards' counts departures, 'inwards' arrivals", "1. Border crossings",
     "Foreign nationals crossed the border outwards 3,150,500 times in the quarter. Foreign nationals crossed "
     "the state border inwards 3,250,500 times.",
     [fig("departures", "total", "persons", 3150500), fig("arrivals", "total", "persons", 3250500)]),
    ("changes after amounts dated to an earlier period: the report's, against that period (after a colon, "
     "'year on year' governs no period)", "4. Remittances",
     "Year on year the picture is weaker: in April–June 2023, 150.5 billion KZT was sent abroad and 60.5 billion "
     "KZT was received, so outgoing transfers declined by 7.5 per cent and incoming ones by 4.5 per cent.",
     [fig("remittances_sent", "total", "KZT", 150.5e9, period=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "total", "KZT", 60.5e9, period=("2023-04-01", "2023-06-30")),
      fig("remittances_sent", "change", "percent", -7.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", -4.5, compared=("2023-04-01", "2023-06-30"))]),
    ("'on the quarter' and 'on the year' after amounts of both periods compare the report's quarter", "4. Remittances",
     "KZT 250.5 billion had been sent in January–March 2024 and KZT 120.5 billion in April–June 2023, so outgoing "
     "transfers rose by 23.5 per cent on the quarter and by 140.5 per cent on the year.",
     [fig("remittances_sent", "total", "KZT", 250.5e9, period=Q1),
      fig("remittances_sent", "total", "KZT", 120.5e9, period=("2023-04-01", "2023-06-30")),
      fig("remittances_sent", "change", "percent", 23.5, compared=Q1),
      fig("remittances_sent", "change", "percent", 140.5, compared=("2023-04-01", "2023-06-30"))]),
    ("', though,' is an aside, no clause break between a comparison and its change", "4. Remittances",
     "Set against April–June 2023, though, the outflow of money transfers was 18.5 percent lower.",
     [fig("remittances_sent", "change", "percent", -18.5, compared=("2023-04-01", "2023-06-30"))]),
    ("'after a record first quarter' is a reference point, not the amount's period", "4. Remittances",
     "Outgoing transfers eased to KZT 236.5 billion after a record first quarter.",
     [fig("remittances_sent", "total", "KZT", 236.5e9)]),
    ("'the number' after a sentence naming several countries points back to none of them", "2. Residence permits",
     "Citizens of Georgia obtained 48.5% of the temporary residence permits, nationals of Armenia 17.5%. "
     "The number is 12.5 percent more than in the first quarter.",
     [fig("temporary_residence_permits", "share", "percent", 48.5, "GEO"),
      fig("temporary_residence_permits", "share", "percent", 17.5, "ARM"),
      fig("temporary_residence_permits", "change", "percent", 12.5, compared=Q1)]),
    ("an average's subject naming a quarter's span ('for April–June') is no month's amount", "4. Remittances",
     "The average monthly outflow for April–June 2024 stood at 61.5 billion KZT (135.5 million USD).",
     [fig("remittances_sent", "monthly_average", "KZT", 61.5e9), fig("remittances_sent", "monthly_average", "USD", 135.5e6)]),
    ("'both ... respectively' after a sentence of two changes takes their metrics in order", "4. Remittances",
     "Compared with the last quarter of 2023, outgoing transfers declined by 4.5 per cent and incoming transfers by "
     "2.5 per cent. Against April–June 2023, however, both grew: by 6.5% and 3.5% respectively.",
     [fig("remittances_sent", "change", "percent", -4.5, compared=("2023-10-01", "2023-12-31")),
      fig("remittances_received", "change", "percent", -2.5, compared=("2023-10-01", "2023-12-31")),
      fig("remittances_sent", "change", "percent", 6.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", 3.5, compared=("2023-04-01", "2023-06-30"))]),
    ("'arrived in and left Kazakhstan ... respectively': a list of two cues cut by the clause break at 'and'",
     "1. Migration",
     "The number of foreign nationals who arrived in and left Kazakhstan stood at 2,412,500 and 2,276,500 respectively.",
     [fig("arrivals", "total", "persons", 2412500), fig("departures", "total", "persons", 2276500)]),
    ("'leaving' a remainder 'for all other' names is no departure", "2. Residence permits",
     "Temporary residence permits went to 52,300 foreigners. Citizens of Armenia and Georgia took 31.5 and 22.5 "
     "per cent of these permits respectively, leaving well under half for all other nationalities.",
     [fig("temporary_residence_permits", "total", "persons", 52300),
      fig("temporary_residence_permits", "share", "percent", 31.5, "ARM"),
      fig("temporary_residence_permits", "share", "percent", 22.5, "GEO")]),
    ("'migrants with a permanent residence permit' on a register are permanent residents", "2. Residence",
     "Counting earlier years, the register held 121,450 migrants with a permanent residence permit as of 30 June 2024.",
     [fig("permanent_residents", "total", "persons", 121450, period=("2024-06-30", "2024-06-30"))]),
    ("', the latter from a monthly average of X' after a change is the value it started from", "4. Remittances",
     "Incoming transfers averaged 27.5 billion KZT a month. Against the previous quarter, incoming transfers "
     "declined by 8.5 per cent, the latter from a monthly average of 30.05 billion KZT.",
     [fig("remittances_received", "monthly_average", "KZT", 27.5e9),
      fig("remittances_received", "change", "percent", -8.5, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_received", "monthly_average", "KZT", 30.05e9, period=("2024-01-01", "2024-03-31"))]),
    ("a zero stated 'on record' for permit holders; a region holding a value of its own before a zero is not "
     "coordinated with it", "3. Labour migration",
     "Only 0.4% were registered in North Kazakhstan and 0.3% in Kyzylorda region, and Ulytau region reported no "
     "registered foreign workers. No migrant permit holders were on record in Abay region.",
     [fig("registered_migrant_workers", "share", "percent", 0.4, region="KZ-59"),
      fig("registered_migrant_workers", "share", "percent", 0.3, region="KZ-43"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-62"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-10")]),
    ("'at the start of the year' dates a stock to the year's first day", "5. Kazakhstanis abroad",
     "Consular records show 18,500 citizens of Kazakhstan living in Germany at the start of the year.",
     [fig("citizens_abroad", "total", "persons", 18500, "DEU", period=("2024-01-01", "2024-01-01"))]),
    ("a metric named in a trailing ', reflecting ...' clause does not name the figures before it", "4. Remittances",
     "Transfers to Kazakhstan came to KZT 60.5 billion. Korea (12.5%) and the USA (10.5%) were the next largest "
     "sources, reflecting the seasonal earnings of Kazakh citizens working there.",
     [fig("remittances_received", "total", "KZT", 60.5e9), fig("remittances_received", "share", "percent", 12.5, "KOR"),
      fig("remittances_received", "share", "percent", 10.5, "USA")]),
    ("a list after 'respectively' takes the names of the named list right before it, in order", "3. Labour migration",
     "In total, 67,500 foreign workers were registered, of whom 32,500 came from Uzbekistan, 24,500 from the Russian "
     "Federation and 3,500 from Kyrgyzstan – respectively 48.5, 36.5 and 5.5 per cent of the total.",
     [fig("registered_migrant_workers", "total", "persons", 67500),
      fig("registered_migrant_workers", "total", "persons", 32500, "UZB"),
      fig("registered_migrant_workers", "total", "persons", 24500, "RUS"),
      fig("registered_migrant_workers", "total", "persons", 3500, "KGZ"),
      fig("registered_migrant_workers", "share", "percent", 48.5, "UZB"),
      fig("registered_migrant_workers", "share", "percent", 36.5, "RUS"),
      fig("registered_migrant_workers", "share", "percent", 5.5, "KGZ")]),
    ("a share of 0 is no figure; a parallel clause's metric is not the topic of the shares after it; a count "
     "'and' a count after a group's verb phrase shares the group",
     "3. Labour migration",
     "Almaty city took 22.5% of registered migrant workers and Ulytau region 0.0%. Citizens of CIS member states "
     "made up the bulk of border traffic: 2,500,500 entered the country and 2,400,500 left it. Uzbekistan (44.5%) "
     "came first among them.",
     [fig("registered_migrant_workers", "share", "percent", 22.5, region="KZ-75"),
      fig("arrivals", "total", "persons", 2500500, group="CIS"),
      fig("departures", "total", "persons", 2400500, group="CIS"),
      fig("arrivals", "share", "percent", 44.5, "UZB", group="CIS")]),
    ("a value restating the named value before it in another unit shares its name; bare numbers in brackets "
     "after names in a sentence of 'the largest shares' are percents", "4. Remittances",
     "Outgoing transfers reached KZT 160.5 billion. The Russian Federation came first, and Uzbekistan followed "
     "with 30.5 billion KZT, equal to 61.5 million USD and a share of 19.5%. The largest shares of incoming money "
     "belonged to Russia (40.5), Korea (12.5) and the USA (9.5).",
     [fig("remittances_sent", "total", "KZT", 160.5e9), fig("remittances_sent", "total", "KZT", 30.5e9, "UZB"),
      fig("remittances_sent", "total", "USD", 61.5e6, "UZB"), fig("remittances_sent", "share", "percent", 19.5, "UZB"),
      fig("remittances_received", "share", "percent", 40.5, "RUS"),
      fig("remittances_received", "share", "percent", 12.5, "KOR"),
      fig("remittances_received", "share", "percent", 9.5, "USA")]),
    ("a flow 'at the end of June' or compared with 'the close of 2023' is of the quarter that day closes; a stock "
     "keeps its day", "3. Labour migration",
     "At the end of June 61,500 foreign citizens were registered as migrant workers, 3.5 per cent more than at "
     "the close of 2023.",
     [fig("registered_migrant_workers", "total", "persons", 61500),
      fig("registered_migrant_workers", "change", "percent", 3.5, compared=("2023-10-01", "2023-12-31"))]),
    ("a stock compared with 'the end of 2023' keeps the day", "2. Residence",
     "As of 30 June 2024, 150,200 foreigners held a permanent residence permit, 2.5 per cent more than at the end "
     "of 2023.",
     [fig("permanent_residents", "total", "persons", 150200, period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "change", "percent", 2.5, period=("2024-06-30", "2024-06-30"),
          compared=("2023-12-31", "2023-12-31"))]),
    ("zeros: 'neither X nor Y recorded any', 'no ... were yet registered there' after the regions, and a zero that "
     "stops at ', which ... together with'", "3. Labour migration",
     "Neither Abay nor Kostanay region recorded any registered migrant workers. As the Jetisu region had just "
     "been formed, no foreign workers were yet registered there. There were no registered migrant workers in Ulytau "
     "region, which was formed in 2022 together with Turkistan region.",
     [fig("registered_migrant_workers", "total", "persons", 0, region="KZ-10"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-39"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-62"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-33")]),
    ("own nationals registered or finding jobs abroad are emigrant workers", "5. Kazakhstanis abroad",
     "Russian data add a partial view: in April–June 2024, 27.5 thousand Kazakh nationals were registered there as "
     "workers. Outward labour migration stays small: 11,5 thousand people found jobs abroad through the state "
     "platform, above all in the Republic of Korea (36.5%).",
     [fig("emigrant_workers", "total", "persons", 27500, "RUS"), fig("emigrant_workers", "total", "persons", 11500),
      fig("emigrant_workers", "share", "percent", 36.5, "KOR")]),
    ("'recipient countries' are where money was sent; 'the money arrived from' a country is received; a passive "
     "'was received' after the amount gives its direction, not 'money sent from' a country abroad after it",
     "4. Remittances (continued)",
     "The main recipient countries were the Russian Federation (30.5 per cent of the amount) and Uzbekistan (20.5 "
     "per cent). Inflows went the other way. KZT 150.5 billion was received, largely reflecting money sent from "
     "Russia. Almost two fifths of the money arrived from Russia (39.5%).",
     [fig("remittances_sent", "share", "percent", 30.5, "RUS"), fig("remittances_sent", "share", "percent", 20.5, "UZB"),
      fig("remittances_received", "total", "KZT", 150.5e9), fig("remittances_received", "share", "percent", 39.5, "RUS")]),
    ("a bound is no figure: 'the only ... above ten per cent', 'account for less than', 'no other ... exceeded'; "
     "'monthly data' is no average; 'four categories of workers' counts no one", "2. Arrivals",
     "Monthly data show a slowdown: 1.05 million foreigners entered the country in April. China (12.5%) was the "
     "only non-CIS nationality above ten per cent, and the other CIS states together account for less than 2 per "
     "cent. No other nationality exceeded five per cent. A new quota splits work permits between four categories "
     "of workers.",
     [fig("arrivals", "total", "persons", 1.05e6, period=("2024-04-01", "2024-04-30")),
      fig("arrivals", "share", "percent", 12.5, "CHN")]),
    ("a group scoping a list 'respectively' is no name of it; 'together' then shares 'respectively' are figures; "
     "'1 USD =' is no amount; 'again' holds no change word", "3. Labour migration",
     "Kyrgyzstan, China and India led the non-CIS workers with 30.5, 20.5 and 10.5 per cent of that group "
     "respectively. Almaty city and Astana together employed a third of registered workers, with shares of 21.5 "
     "and 12.5 per cent respectively. Uzbekistan again formed the largest group among CIS workers (45.5%). The "
     "official rate on 28 June 2024 stood at 1 USD = 470.5 / KZT.",
     [fig("registered_migrant_workers", "share", "percent", 30.5, "KGZ", group="non-CIS"),
      fig("registered_migrant_workers", "share", "percent", 20.5, "CHN", group="non-CIS"),
      fig("registered_migrant_workers", "share", "percent", 10.5, "IND", group="non-CIS"),
      fig("registered_migrant_workers", "share", "percent", 21.5, region="KZ-75"),
      fig("registered_migrant_workers", "share", "percent", 12.5, region="KZ-71"),
      fig("registered_migrant_workers", "share", "percent", 45.5, "UZB", group="CIS")]),
    ("'became permanent residents' in a span counts permits issued", "2. Residence",
     "Seven thousand two hundred people became permanent residents in April–June 2024.",
     [fig("permanent_residence_permits", "total", "persons", 7200)]),
    ("a ', while' clause's metric is not the paragraph's topic; 'the pattern of' a period is not the figure's; "
     "a number-free aside ', most of them from ...,' names no later figure", "6. Summary",
     "Some 2,950,400 foreigners entered the country in the quarter, while 2,810,300 foreigners left. Citizens of CIS "
     "member states made up the bulk (2.7 million). The quarter repeated the pattern of the first quarter: 2.9 million "
     "arrivals, mostly from CIS member states, and some 61.5 thousand registered migrant workers.",
     [fig("arrivals", "total", "persons", 2950400), fig("departures", "total", "persons", 2810300),
      fig("arrivals", "total", "persons", 2.7e6, group="CIS"), fig("arrivals", "total", "persons", 2.9e6),
      fig("registered_migrant_workers", "total", "persons", 61500)]),
    ("a bracket 'from X and Y, respectively' after two changes gives their bases, of the subject's statistic",
     "5. Remittances",
     "Against the same quarter of 2023, the monthly average of outgoing transfers fell by 12.5 per cent and incoming "
     "transfers by 20.5 per cent (from 64.5 and 41.25 billion KZT, respectively). The monthly average of incoming "
     "transfers rose by 3.5 per cent against the first quarter (from 38.5 billion KZT).",
     [fig("remittances_sent", "change", "percent", -12.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", -20.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_sent", "monthly_average", "KZT", 64.5e9, period=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "monthly_average", "KZT", 41.25e9, period=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", 3.5, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_received", "monthly_average", "KZT", 38.5e9, period=("2024-01-01", "2024-03-31"))]),
    ("a list of shares already named, restated 'amounting to' amounts 'respectively'", "5. Remittances",
     "Transfers to Kazakhstan came to KZT 96.5 billion. The USA and the Republic of Korea came next with shares of "
     "11.0% and 9.5%, amounting to KZT 10.5 billion and KZT 9.5 billion respectively.",
     [fig("remittances_received", "total", "KZT", 96.5e9),
      fig("remittances_received", "share", "percent", 11.0, "USA"), fig("remittances_received", "share", "percent", 9.5, "KOR"),
      fig("remittances_received", "total", "KZT", 10.5e9, "USA"), fig("remittances_received", "total", "KZT", 9.5e9, "KOR")]),
    ("'of the departures of CIS citizens' is the share's base group", "1. Departures",
     "Departures totalled 2,987,500. Uzbek nationals alone accounted for 43.5% of the departures of CIS citizens.",
     [fig("departures", "total", "persons", 2987500), fig("departures", "share", "percent", 43.5, "UZB", group="CIS")]),
    ("two names then two amount pairs in brackets, joined by 'and', pair in order", "5. Remittances",
     "Transfers abroad totalled KZT 180.5 billion. Georgia and Kyrgyzstan followed with 14.5B tenge ($27.5M) and "
     "9.5B tenge ($18.5M).",
     [fig("remittances_sent", "total", "KZT", 180.5e9),
      fig("remittances_sent", "total", "KZT", 14.5e9, "GEO"), fig("remittances_sent", "total", "USD", 27.5e6, "GEO"),
      fig("remittances_sent", "total", "KZT", 9.5e9, "KGZ"), fig("remittances_sent", "total", "USD", 18.5e6, "KGZ")]),
    ("'not a single ... was recorded in' a region is its zero; '14 measures' counts no one", "3. Labour migration",
     "Almaty city absorbed 21.5% of registered migrant workers. Not a single registered migrant worker was recorded "
     "in Ulytau region. A plan for 2025 includes 14 measures on the reintegration of returning citizens.",
     [fig("registered_migrant_workers", "share", "percent", 21.5, region="KZ-75"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-62")]),
    ("a register 'at the end of the reporting period' counts the quarter; with the day named it is a stock",
     "3. Labour migration",
     "The register of foreign labour held 58,500 migrant workers at the end of the reporting period, 4.5 percent "
     "more than in the same quarter of 2023.",
     [fig("registered_migrant_workers", "total", "persons", 58500),
      fig("registered_migrant_workers", "change", "percent", 4.5, compared=("2023-04-01", "2023-06-30"))]),
    ("a change then ', to just over' the value it reached; counts sharing a group named after a verb",
     "2. Arrivals",
     "Arrivals fell by 8.5 per cent against the first quarter, to just over 3.1 million. Citizens of CIS member "
     "states made 2,900,500 arrivals, while 250,500 arrivals and 233,500 departures concerned nationals of "
     "non-CIS countries.",
     [fig("arrivals", "change", "percent", -8.5, compared=Q1), fig("arrivals", "total", "persons", 3.1e6),
      fig("arrivals", "total", "persons", 2900500, group="CIS"),
      fig("arrivals", "total", "persons", 250500, group="non-CIS"),
      fig("departures", "total", "persons", 233500, group="non-CIS")]),
    ("a metric named as the one the figures differ from is not theirs", "2. Residence permits",
     "Permanent residence was granted to 3,950 persons. Here the ranking differs from the temporary permits: "
     "citizens of China came first (31.5%), ahead of nationals of Uzbekistan (22.5%).",
     [fig("permanent_residence_permits", "total", "persons", 3950),
      fig("permanent_residence_permits", "share", "percent", 31.5, "CHN"),
      fig("permanent_residence_permits", "share", "percent", 22.5, "UZB")]),
    ("an amount 'or' its pair in the other currency, then an average opening its own amount", "5. Remittances",
     "Incoming transfers amounted to 92,5 billion KZT or 205.5 million USD, on average 30.5 billion a month.",
     [fig("remittances_received", "total", "KZT", 92.5e9), fig("remittances_received", "total", "USD", 205.5e6),
      fig("remittances_received", "monthly_average", "KZT", 30.5e9)]),
    ("a day's rate after 'whereas' is no figure; the average before it is", "1. About this brief",
     "Amounts in US dollars were converted at the quarter's average rate of 450.5 KZT per USD, whereas the rate of "
     "470.5 tenge quoted for 28 June 2024 is given for reference only.",
     [fig("exchange_rate", "average", "KZT_per_USD", 450.5)]),
    ("'no worker registrations were recorded' in regions gives their zeros", "3. Labour migration",
     "Almaty city had 19.5% of registered workers. No worker registrations at all were recorded in the Abay and "
     "Ulytau regions during the quarter.",
     [fig("registered_migrant_workers", "share", "percent", 19.5, region="KZ-75"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-10"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-62")]),
    ("a pair set against each other in a bracket after a change, then a gapped change", "5. Remittances",
     "Outgoing transfers fell by 9.5 per cent against the first quarter of 2024 (KZT 64.5 billion a month against "
     "71.5 billion) and incoming transfers by 11.5 per cent.",
     [fig("remittances_sent", "change", "percent", -9.5, compared=Q1),
      fig("remittances_sent", "monthly_average", "KZT", 64.5e9),
      fig("remittances_sent", "monthly_average", "KZT", 71.5e9, period=Q1),
      fig("remittances_received", "change", "percent", -11.5, compared=Q1)]),
    ("an aside between the permit noun and its verb", "2. Residence",
     "Permanent residence, which is granted for an unlimited period, went to 6,900 people in the second quarter of 2024.",
     [fig("permanent_residence_permits", "total", "persons", 6900)]),
    ("spelled-out count, period after", "1. Residence",
     "Sixty-one thousand foreigners received temporary residence permits in the second quarter of 2024.",
     [fig("temporary_residence_permits", "total", "persons", 61000)]),
    ("group total then shares inherit the group", "1. Migration inflow",
     "Border guards counted 3.1 million migrant arrivals. Of them, 2.6 million came from CIS member "
     "states - Uzbekistan (44.8%), Kyrgyzstan (30.2%) - and 0.5 million from non-CIS countries: "
     "China (40.5%) and India (12.1%).",
     [fig("arrivals", "total", "persons", 3100000),
      fig("arrivals", "total", "persons", 2600000, group="CIS"),
      fig("arrivals", "total", "persons", 500000, group="non-CIS"),
      fig("arrivals", "share", "percent", 44.8, "UZB", group="CIS"),
      fig("arrivals", "share", "percent", 30.2, "KGZ", group="CIS"),
      fig("arrivals", "share", "percent", 40.5, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 12.1, "IND", group="non-CIS")]),
    ("descriptive group is no breakdown", "2. Labour migration",
     "In April – June 2024, 40.1 thousand migrants were officially registered as migrant workers, "
     "all nationals of CIS member states: Uzbekistan (55.5%) and Tajikistan (4.5%).",
     [fig("registered_migrant_workers", "total", "persons", 40100),
      fig("registered_migrant_workers", "share", "percent", 55.5, "UZB"),
      fig("registered_migrant_workers", "share", "percent", 4.5, "TJK")]),
    ("decline against the previous quarter", "3. Remittances",
     "Transfers from Kazakhstan fell by 12.5 per cent compared with the previous quarter.",
     [fig("remittances_sent", "change", "percent", -12.5, compared=Q1)]),
    ("gapped second clause", "3. Remittances",
     "Against the previous quarter, outgoing transfers declined by 9.1 per cent and incoming "
     "transfers by 33.0 per cent.",
     [fig("remittances_sent", "change", "percent", -9.1, compared=Q1),
      fig("remittances_received", "change", "percent", -33.0, compared=Q1)]),
    ("monthly average against earlier amounts", "3. Remittances",
     "The average volume of remittances sent from Kazakhstan for the second quarter of 2024 was "
     "70.10 billion KZT, 5.5 percent more than the average volume in the previous quarter "
     "(66.44 billion KZT).",
     [fig("remittances_sent", "monthly_average", "KZT", 70.1e9),
      fig("remittances_sent", "change", "percent", 5.5, compared=Q1),
      fig("remittances_sent", "monthly_average", "KZT", 66.44e9, period=Q1)]),
    ("amount then its destination", "3. Remittances",
     "Most was wired to Georgia - 12.0 billion KZT (26.5 million USD), followed by 9.5 billion KZT "
     "(21.0 million USD) transferred to Armenia.",
     [fig("remittances_sent", "total", "KZT", 12e9, "GEO"),
      fig("remittances_sent", "total", "USD", 26.5e6, "GEO"),
      fig("remittances_sent", "total", "KZT", 9.5e9, "ARM"),
      fig("remittances_sent", "total", "USD", 21e6, "ARM")]),
    ("exchange rate", "3. Remittances",
     "Amounts use the average rate for April – June 2024, 1 USD = 447.10 KZT.",
     [fig("exchange_rate", "average", "KZT_per_USD", 447.10)]),
    ("zero in words", "1. Residence",
     "As of 30 June 2024, 150,200 migrants lived in Kazakhstan under a permanent residence permit. "
     "There are no registered migrants in Abay and Ulytau regions.",
     [fig("permanent_residents", "total", "persons", 150200, period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 0, region="KZ-10", period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 0, region="KZ-62", period=("2024-06-30", "2024-06-30"))]),
    ("citizens working abroad", "2. Migration outflow",
     "In the second quarter of 2024, 30 thousand Kazakhstani migrant workers came to the Russian "
     "Federation, against 27 thousand in the previous quarter.",
     [fig("emigrant_workers", "total", "persons", 30000, "RUS"),
      fig("emigrant_workers", "total", "persons", 27000, "RUS", period=Q1)]),
    ("training groups and their total", "5. Training",
     "On 3 May 2024, a round table brought together 16 police officers, 9 representatives of "
     "non-governmental organizations and 5 officials of akimats.",
     [fig("training_participants", "total", "persons", 16, group="police", period=("2024-05-03", "2024-05-03")),
      fig("training_participants", "total", "persons", 9, group="ngo", period=("2024-05-03", "2024-05-03")),
      fig("training_participants", "total", "persons", 5, group="government", period=("2024-05-03", "2024-05-03"))]),
    ("counts then compound nouns", "1. Migration inflow",
     "Border crossings stayed high in the second quarter of 2024 (512,300 migrant arrivals and "
     "498,750 migrant outflows). In May 2024, 170,118 migrants arrived and 161,942 migrants departed.",
     [fig("arrivals", "total", "persons", 512300), fig("departures", "total", "persons", 498750),
      fig("arrivals", "total", "persons", 170118, period=("2024-05-01", "2024-05-31")),
      fig("departures", "total", "persons", 161942, period=("2024-05-01", "2024-05-31"))]),
    ("a group no contract code covers yet", "1. Migration inflow",
     "Arrivals from the Central Asia region made up 70.2% of the total.",
     [fig("arrivals", "share", "percent", 70.2, group="central_asia")]),
    ("short scale letters and symbols", "3. Remittances",
     "Transfers to Georgia were 8.4B tenge ($18M); transfers to Armenia reached US$370 million.",
     [fig("remittances_sent", "total", "KZT", 8.4e9, "GEO"), fig("remittances_sent", "total", "USD", 18e6, "GEO"),
      fig("remittances_sent", "total", "USD", 370e6, "ARM")]),
    ("a comparison of whole years", "3. Remittances",
     "In 2023 compared to 2022, transfers from Kazakhstan grew by 14.1 per cent.",
     [fig("remittances_sent", "change", "percent", 14.1, period=("2023-01-01", "2023-12-31"),
          compared=("2022-01-01", "2022-12-31"))]),
    ("a comparison in words only is no figure", "1. Migration inflow",
     "Fewer migrants arrived than in the last quarter.",
     []),
    ("numbers that are not figures", "1. Legislation and context",
     "Under Decree No. 212/2024, visa-free stays are limited to 90 days; a survey of 1,076 "
     "communities in 14 regions is planned for up to three years.",
     []),
    # --- the families of issue 9 (our own wording) ---------------------------------------------
    ("group total scopes the list it introduces", "1. Migration inflow",
     "Arrivals from outside the CIS came to 52.6 thousand: India made up 33.0 per cent of them, "
     "Germany 12.4 per cent.",
     [fig("arrivals", "total", "persons", 52600, group="non-CIS"),
      fig("arrivals", "share", "percent", 33.0, "IND", group="non-CIS"),
      fig("arrivals", "share", "percent", 12.4, "DEU", group="non-CIS")]),
    ("a contrast clause ends the group; 'of all' is the whole", "1. Migration inflow",
     "In the second quarter of 2024, 3.2 million foreign nationals entered Kazakhstan. Citizens of "
     "CIS member states accounted for 2.7 million of them, while Tajikistan accounted for 9.8% of "
     "all arrivals.",
     [fig("arrivals", "total", "persons", 3200000), fig("arrivals", "total", "persons", 2700000, group="CIS"),
      fig("arrivals", "share", "percent", 9.8, "TJK")]),
    ("a comparison's period is not the counts'", "1. Migration inflow",
     "More people crossed the border (702,114 migrants arrived and 688,905 migrants departed) than "
     "in the first quarter of 2024.",
     [fig("arrivals", "total", "persons", 702114), fig("departures", "total", "persons", 688905)]),
    ("a count in a comparison clause is the compared period's", "1. Migration inflow",
     "In the quarter 512,300 people arrived, against 498,750 in the previous quarter.",
     [fig("arrivals", "total", "persons", 512300), fig("arrivals", "total", "persons", 498750, period=Q1)]),
    ("a 'when' clause about the compared period", "1. Residence",
     "Compared with the first quarter, when 27 thousand permits were issued, temporary residence "
     "permits grew by 12.5 per cent.",
     [fig("temporary_residence_permits", "total", "persons", 27000, period=Q1),
      fig("temporary_residence_permits", "change", "percent", 12.5, compared=Q1)]),
    ("a gapped clause after a comma", "3. Remittances",
     "Compared with the previous quarter, outgoing transfers declined by 9.1 per cent, incoming "
     "transfers by 33.0 per cent.",
     [fig("remittances_sent", "change", "percent", -9.1, compared=Q1),
      fig("remittances_received", "change", "percent", -33.0, compared=Q1)]),
    ("a gapped clause without 'by'", "3. Remittances",
     "Outgoing transfers declined by 4.1 per cent and incoming transfers 8.0 per cent compared with "
     "the previous quarter.",
     [fig("remittances_sent", "change", "percent", -4.1, compared=Q1),
      fig("remittances_received", "change", "percent", -8.0, compared=Q1)]),
    ("a direction per clause", "3. Remittances",
     "Individuals received KZT 12.0 billion from Russia and sent KZT 9.5 billion to Uzbekistan.",
     [fig("remittances_received", "total", "KZT", 12e9, "RUS"), fig("remittances_sent", "total", "KZT", 9.5e9, "UZB")]),
    ("the direction after the amounts", "3. Remittances",
     "In the second quarter of 2024 individuals in Kazakhstan sent KZT 180.2 billion "
     "(USD 401.3 million) abroad.",
     [fig("remittances_sent", "total", "KZT", 180.2e9), fig("remittances_sent", "total", "USD", 401.3e6)]),
    ("a share keeps its own clause's direction", "3. Remittances",
     "Incoming transfers totalled KZT 50.1 billion, of which Russia accounted for 60.1%; outgoing "
     "transfers were KZT 88.0 billion.",
     [fig("remittances_received", "total", "KZT", 50.1e9), fig("remittances_received", "share", "percent", 60.1, "RUS"),
      fig("remittances_sent", "total", "KZT", 88e9)]),
    ("the country abroad receiving money", "3. Remittances",
     "The Russian Federation received KZT 61.2 billion, 34.3 percent of the total.",
     [fig("remittances_sent", "total", "KZT", 61.2e9, "RUS"), fig("remittances_sent", "share", "percent", 34.3, "RUS")]),
    ("citizens registered as workers abroad", "2. Labour migration",
     "29.4 thousand Kazakhstani citizens were registered as migrant workers in Russia.",
     [fig("emigrant_workers", "total", "persons", 29400, "RUS")]),
    ("a rate in a conversion note", "3. Remittances",
     "Dollar amounts are converted at the quarter's average rate of KZT 451.20 per US dollar.",
     [fig("exchange_rate", "average", "KZT_per_USD", 451.2)]),
    ("a spelled-out compound", "1. Residence",
     "Ninety-one thousand five hundred foreign nationals received temporary residence permits.",
     [fig("temporary_residence_permits", "total", "persons", 91500)]),
    ("longer and open periods", "1. Migration inflow",
     "In the first half of 2024, 5.9 million foreigners arrived. Since the start of the year, 5.9 "
     "million arrivals were recorded. Over the whole of 2023 compared to 2022, arrivals grew by 4.1 "
     "per cent.",
     [fig("arrivals", "total", "persons", 5.9e6, period=("2024-01-01", "2024-06-30")),
      fig("arrivals", "total", "persons", 5.9e6, period=("2024-01-01", "2024-06-30")),
      fig("arrivals", "change", "percent", 4.1, period=("2023-01-01", "2023-12-31"),
          compared=("2022-01-01", "2022-12-31"))]),
    ("amounts listed with their months", "3. Remittances",
     "Outgoing transfers grew from month to month: 61.2, 63.5 and 70.4 bn KZT in April, May and June.",
     [fig("remittances_sent", "total", "KZT", 61.2e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 63.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 70.4e9, period=("2024-06-01", "2024-06-30"))]),
    ("names and shares respectively", "3. Remittances",
     "Transfers from Kazakhstan went mostly to Russia (31.0%); Georgia and Armenia followed with "
     "7.9% and 4.0% respectively.",
     [fig("remittances_sent", "share", "percent", 31.0, "RUS"), fig("remittances_sent", "share", "percent", 7.9, "GEO"),
      fig("remittances_sent", "share", "percent", 4.0, "ARM")]),
    ("bare numbers in a list of percents", "2. Labour migration",
     "By nationality, Uzbekistan led with 47.1 per cent, China 9.5, Türkiye 7.3 and India 3.1.",
     [fig("registered_migrant_workers", "share", "percent", v, c)
      for v, c in ((47.1, "UZB"), (9.5, "CHN"), (7.3, "TUR"), (3.1, "IND"))]),
    ("nationality adjectives before their shares", "1. Residence",
     "Temporary residence permits went mostly to Kyrgyz (31.0%) and Turkish (5.3%) citizens; 44.8% of "
     "permanent permits went to holders of Russian citizenship.",
     [fig("temporary_residence_permits", "share", "percent", 31.0, "KGZ"),
      fig("temporary_residence_permits", "share", "percent", 5.3, "TUR"),
      fig("permanent_residence_permits", "share", "percent", 44.8, "RUS")]),
    ("amounts in billions without a currency", "3. Remittances",
     "On average KZT 67.9 bn left the country each month, rising from 64.8 billion in April.",
     [fig("remittances_sent", "monthly_average", "KZT", 67.9e9),
      fig("remittances_sent", "total", "KZT", 64.8e9, period=("2024-04-01", "2024-04-30"))]),
    ("months as labels of a list", "3. Remittances",
     "Transfers from Kazakhstan by month: April: KZT 60.1 bn; May – KZT 62.0 bn.",
     [fig("remittances_sent", "total", "KZT", 60.1e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 62.0e9, period=("2024-05-01", "2024-05-31"))]),
    ("a count compared with its own period and a change after", "2. Labour migration",
     "Employers registered 64,380 foreign workers in the quarter, against 61,744 in the same period "
     "of 2023, i.e. 4.3% more.",
     [fig("registered_migrant_workers", "total", "persons", 64380),
      fig("registered_migrant_workers", "total", "persons", 61744, period=("2023-04-01", "2023-06-30")),
      fig("registered_migrant_workers", "change", "percent", 4.3, compared=("2023-04-01", "2023-06-30"))]),
    ("a share 'of these' takes the group of the sentence before, and its list too", "1. Arrivals",
     "Most visitors, 2.75 million, came as nationals of CIS member states. Kyrgyzstan made up "
     "38.0% of these, Russia 24.5% and Tajikistan 8.8%.",
     [fig("arrivals", "total", "persons", 2750000, group="CIS"),
      fig("arrivals", "share", "percent", 38.0, "KGZ", group="CIS"),
      fig("arrivals", "share", "percent", 24.5, "RUS", group="CIS"),
      fig("arrivals", "share", "percent", 8.8, "TJK", group="CIS")]),
    ("'the same period of <year>' takes the span of the sentence's own period", "2. Labour migration",
     "In January - June employers registered 131.0 thousand foreign workers, up 6.1% on the 123.5 "
     "thousand of the corresponding period of 2023.",
     [fig("registered_migrant_workers", "total", "persons", 131000, period=("2024-01-01", "2024-06-30")),
      fig("registered_migrant_workers", "total", "persons", 123500, period=("2023-01-01", "2023-06-30")),
      fig("registered_migrant_workers", "change", "percent", 6.1, period=("2024-01-01", "2024-06-30"),
          compared=("2023-01-01", "2023-06-30"))]),
    ("'over the previous quarter' is a comparison", "3. Remittances",
     "Outgoing transfers grew by 14.2 per cent over the previous quarter.",
     [fig("remittances_sent", "change", "percent", 14.2, compared=Q1)]),
    ("a period in a parenthetical aside dates nothing outside it", "2. Labour migration",
     "Almaty city accounted for 21.3% of registered workers and Astana (the capital since 1997) for 16.0%.",
     [fig("registered_migrant_workers", "share", "percent", 21.3, region="KZ-75"),
      fig("registered_migrant_workers", "share", "percent", 16.0, region="KZ-71")]),
    ("a gapped change after a 'when' clause", "1. Arrivals",
     "Entries fell by 8.2% against the first quarter, when 2.9 million arrivals were counted, "
     "and departures by 6.6%.",
     [fig("arrivals", "change", "percent", -8.2, compared=Q1),
      fig("arrivals", "total", "persons", 2900000, period=Q1),
      fig("departures", "change", "percent", -6.6, compared=Q1)]),
    ("bare numbers after 'with' in a share list are percents", "2. Labour migration",
     "Uzbek nationals made up 52.4% of registered workers; then came Tajikistan with 13.0 per cent "
     "and China with 4.4.",
     [fig("registered_migrant_workers", "share", "percent", 52.4, "UZB"),
      fig("registered_migrant_workers", "share", "percent", 13.0, "TJK"),
      fig("registered_migrant_workers", "share", "percent", 4.4, "CHN")]),
    ("nationality adjectives listed before one noun, respectively", "2. Residence permits",
     "Uzbek nationals received 46.0 per cent of temporary residence permits; Kyrgyz and Tajik nationals "
     "held 6.6 and 3.3 per cent respectively.",
     [fig("temporary_residence_permits", "share", "percent", 46.0, "UZB"),
      fig("temporary_residence_permits", "share", "percent", 6.6, "KGZ"),
      fig("temporary_residence_permits", "share", "percent", 3.3, "TJK")]),
    ("months as labels of amounts after 'monthly'", "3. Remittances",
     "Receipts, monthly: April 19.0 bn, May 20.5 bn and June 21.1 bn KZT.",
     [fig("remittances_received", "total", "KZT", 19.0e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "KZT", 20.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "total", "KZT", 21.1e9, period=("2024-06-01", "2024-06-30"))]),
    ("'This is' speaks of the sentence before; the compared amount in brackets", "3. Remittances",
     "Outgoing transfers reached KZT 150.0 billion. Incoming transfers amounted to KZT 60.0 billion. "
     "That was 8.0 per cent less than in the first quarter (KZT 65.2 billion).",
     [fig("remittances_sent", "total", "KZT", 150.0e9),
      fig("remittances_received", "total", "KZT", 60.0e9),
      fig("remittances_received", "change", "percent", -8.0, compared=Q1),
      fig("remittances_received", "total", "KZT", 65.2e9, period=Q1)]),
    ("'over the N months' runs to the report's end", "3. Remittances",
     "Over six months, incoming transfers totalled KZT 118.0 billion.",
     [fig("remittances_received", "total", "KZT", 118.0e9, period=("2024-01-01", "2024-06-30"))]),
    ("citizens permanently residing abroad are citizens abroad", "5. Citizens abroad",
     "As of 1 April 2024, 99,4 thousand citizens were permanently residing abroad, consulates report.",
     [fig("citizens_abroad", "total", "persons", 99400, period=("2024-04-01", "2024-04-01"))]),
    ("'in this group' anywhere in the sentence takes the group before", "1. Arrivals",
     "Citizens of non-CIS countries made 250,000 entries. China (29.0%) and Türkiye (24.0%) led "
     "this group.",
     [fig("arrivals", "total", "persons", 250000, group="non-CIS"),
      fig("arrivals", "share", "percent", 29.0, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 24.0, "TUR", group="non-CIS")]),
    ("a base group before the share's country, across 'with'", "1. Arrivals",
     "Among non-CIS arrivals the largest share went to Türkiye with 33.0 per cent, then China (21.0 per cent).",
     [fig("arrivals", "share", "percent", 33.0, "TUR", group="non-CIS"),
      fig("arrivals", "share", "percent", 21.0, "CHN", group="non-CIS")]),
    ("'equivalent to' pairs two currencies; the average after is its own", "3. Remittances",
     "Money received in Kazakhstan reached KZT 90.0 billion, equivalent to USD 190.0 million, or 30.0 "
     "billion tenge a month on average.",
     [fig("remittances_received", "total", "KZT", 90.0e9),
      fig("remittances_received", "total", "USD", 190.0e6),
      fig("remittances_received", "monthly_average", "KZT", 30.0e9)]),
    ("'which received' after a country makes it the receiver", "3. Remittances",
     "Outgoing transfers reached KZT 200.0 billion, well ahead of Georgia, which received KZT 12.0 billion.",
     [fig("remittances_sent", "total", "KZT", 200.0e9),
      fig("remittances_sent", "total", "KZT", 12.0e9, "GEO")]),
    ("an event's date earlier in its sentence, across ';'", "7. Training",
     "From 4 to 6 June IOM trained staff in Taraz; the course had 20 participants, 12 of them "
     "officials of local government.",
     [fig("training_participants", "total", "persons", 20, period=("2024-06-04", "2024-06-06")),
      fig("training_participants", "total", "persons", 12, group="government",
          period=("2024-06-04", "2024-06-06"))]),
    ("a nationality before 'Ministry' names the country of the count", "5. Citizens abroad",
     "Russian Ministry data show 35,500 citizens of Kazakhstan giving employment as the purpose "
     "of their entry in April-June 2024.",
     [fig("emigrant_workers", "total", "persons", 35500, "RUS")]),
    ("'in that country' points to the country of the sentence before", "5. Citizens abroad",
     "Germany is home to the largest community. As of 1 July 2024, consulates counted 9,900 "
     "citizens of Kazakhstan registered as living in that country.",
     [fig("citizens_abroad", "total", "persons", 9900, "DEU", period=("2024-07-01", "2024-07-01"))]),
    ("'% of <group> arrivals' names the share's group; the list after ';' keeps it", "1. Arrivals",
     "China came first with 30.0 percent of non-CIS arrivals; Türkiye followed with 15.0 and India "
     "with 7.0 percent.",
     [fig("arrivals", "share", "percent", 30.0, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 15.0, "TUR", group="non-CIS"),
      fig("arrivals", "share", "percent", 7.0, "IND", group="non-CIS")]),
    ("a bare number after 'fell by' beside a percent, and the value it fell from", "3. Remittances",
     "Compared with April-June 2023, outgoing transfers increased by 12.0 percent, whereas incoming "
     "ones fell by 30.0 (from KZT 120.0 bn).",
     [fig("remittances_sent", "change", "percent", 12.0, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", -30.0, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "total", "KZT", 120.0e9, period=("2023-04-01", "2023-06-30"))]),
    ("a share printed after its amount and a comma belongs to the amount's country", "3. Remittances",
     "Outgoing transfers by destination: Georgia 14.0 bn tenge ($30.0 mln), 7.0 percent. Armenia came "
     "next (5.0 bn tenge, 2.5 percent).",
     [fig("remittances_sent", "total", "KZT", 14.0e9, "GEO"),
      fig("remittances_sent", "total", "USD", 30.0e6, "GEO"),
      fig("remittances_sent", "share", "percent", 7.0, "GEO"),
      fig("remittances_sent", "total", "KZT", 5.0e9, "ARM"),
      fig("remittances_sent", "share", "percent", 2.5, "ARM")]),
    ("a count's destination after 'into'", "5. Labour emigration",
     "In the quarter 20.5 thousand citizens of Kazakhstan gave employment as the purpose of "
     "travel into Russia.",
     [fig("emigrant_workers", "total", "persons", 20500, "RUS")]),
    ("a law named in an event's sentence does not make its date a document date", "7. Training",
     "A round table on the amended law took place in Oral on 12 June 2024 with 21 participants.",
     [fig("training_participants", "total", "persons", 21, period=("2024-06-12", "2024-06-12"))]),
    ("a group named as the base: 'distribution of', 'in the ... group', 'half of'", "1. Arrivals",
     "By nationality, the distribution of CIS arrivals ran: Uzbekistan - 41.0%, Russia - "
     "27.0%. In the non-CIS group, China (31.0%) led Türkiye (25.0%). Almost half of CIS "
     "entries came from Uzbek nationals (41.0%).",
     [fig("arrivals", "share", "percent", 41.0, "UZB", group="CIS"),
      fig("arrivals", "share", "percent", 27.0, "RUS", group="CIS"),
      fig("arrivals", "share", "percent", 31.0, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 25.0, "TUR", group="non-CIS"),
      fig("arrivals", "share", "percent", 41.0, "UZB", group="CIS")]),
    ("a workshop 'for N specialists' counts its participants", "8. Other activities",
     "IOM ran a workshop in Taraz on 5 June 2024 for 28 specialists: 17 from "
     "local government bodies and 11 from NGOs.",
     [fig("training_participants", "total", "persons", 28, period=("2024-06-05", "2024-06-05")),
      fig("training_participants", "total", "persons", 17, group="government", period=("2024-06-05", "2024-06-05")),
      fig("training_participants", "total", "persons", 11, group="ngo", period=("2024-06-05", "2024-06-05"))]),
    ("a month after the first amount of a 'monthly' list makes it that month's total", "3. Remittances",
     "Outgoing transfers, monthly: KZT 80.1 bn in April, KZT 90.2 bn in May.",
     [fig("remittances_sent", "total", "KZT", 80.1e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 90.2e9, period=("2024-05-01", "2024-05-31"))]),
    ("'entering Kazakhstan' counts arrivals", "1. Arrivals",
     "Border guards counted 2,010,300 foreigners entering Kazakhstan and 1,800,100 leaving it.",
     [fig("arrivals", "total", "persons", 2010300), fig("departures", "total", "persons", 1800100)]),
    ("a sentence of shares opening with 'Arrivals from <group>' takes that group", "1. Arrivals",
     "Arrivals from non-CIS countries were headed by Türkiye (29.0 per cent) and China (20.0%).",
     [fig("arrivals", "share", "percent", 29.0, "TUR", group="non-CIS"),
      fig("arrivals", "share", "percent", 20.0, "CHN", group="non-CIS")]),
    ("'there' beats a group named before the count", "5. Citizens abroad",
     "Germany has the largest community outside the CIS: 9,100 citizens of Kazakhstan were "
     "registered as living there as of 1 April 2024.",
     [fig("citizens_abroad", "total", "persons", 9100, "DEU", period=("2024-04-01", "2024-04-01"))]),
    ("a gapped change after a bracketed amount turns with its own direction word", "3. Remittances",
     "Transfers sent abroad rose by 6.0% on the previous quarter (KZT 250.0 billion) and incoming ones by 1.5%.",
     [fig("remittances_sent", "change", "percent", 6.0, compared=Q1),
      fig("remittances_sent", "total", "KZT", 250.0e9, period=Q1),
      fig("remittances_received", "change", "percent", 1.5, compared=Q1)]),
    ("'the money sent' and 'the receiving side' give each list its direction", "3. Remittances",
     "Georgia took 12.0% of the money sent and Armenia 3.0%, while on the receiving side Germany led "
     "(20.0%).",
     [fig("remittances_sent", "share", "percent", 12.0, "GEO"),
      fig("remittances_sent", "share", "percent", 3.0, "ARM"),
      fig("remittances_received", "share", "percent", 20.0, "DEU")]),
    ("'N a month' is a monthly average; 'USD mn' a million", "3. Remittances",
     "Outgoing transfers came to KZT 240.0 billion (USD 500.0 mn), or 80.0 billion tenge a month.",
     [fig("remittances_sent", "total", "KZT", 240.0e9), fig("remittances_sent", "total", "USD", 500.0e6),
      fig("remittances_sent", "monthly_average", "KZT", 80.0e9)]),
    ("an average after a list of months is the quarter's, not the last month's", "3. Remittances",
     "Outgoing transfers were KZT 70.0 billion in April, 66.0 billion in May and "
     "62.0 billion in June - an average of 66.0 billion tenge a month.",
     [fig("remittances_sent", "total", "KZT", 70.0e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 66.0e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 62.0e9, period=("2024-06-01", "2024-06-30")),
      fig("remittances_sent", "monthly_average", "KZT", 66.0e9)]),
    ("'N short of' is a fall", "1. Arrivals",
     "Arrivals were 4.1% short of the first quarter.",
     [fig("arrivals", "change", "percent", -4.1, compared=Q1)]),
    ("a direction word after the bracket that follows an amount is that amount's", "6. Remittances",
     "Over the quarter KZT 300.0 bn (USD 650 mln) left Kazakhstan and KZT 90.0 bn (USD 195 mln) arrived.",
     [fig("remittances_sent", "total", "KZT", 300.0e9), fig("remittances_sent", "total", "USD", 650.0e6),
      fig("remittances_received", "total", "KZT", 90.0e9), fig("remittances_received", "total", "USD", 195.0e6)]),
    ("a count after 'of whom' takes the metric of the count before it", "5. Labour emigration",
     "The statistics office counted 2,450 citizens of Kazakhstan who left to work abroad, of whom 910 went "
     "to Germany and 300 to Poland.",
     [fig("emigrant_workers", "total", "persons", 2450), fig("emigrant_workers", "total", "persons", 910, "DEU"),
      fig("emigrant_workers", "total", "persons", 300, "POL")]),
    ("the sentence's subject, not the group named as the base, is a share's country", "1. Arrivals",
     "Tajikistan stayed the third source among the CIS countries, with 9.40% of CIS arrivals.",
     [fig("arrivals", "share", "percent", 9.4, "TJK", group="CIS")]),
    ("a dash aside restating a share does not cut it from the country after the aside", "6. Remittances",
     "Of the money received, 55.0% – KZT 20.0 billion, or USD 44.0 million – came from Türkiye.",
     [fig("remittances_received", "share", "percent", 55.0, "TUR"),
      fig("remittances_received", "total", "KZT", 20.0e9, "TUR"),
      fig("remittances_received", "total", "USD", 44.0e6, "TUR")]),
    ("'on a year earlier' compares; a change in a transfers section takes the sentence's direction", "6. Remittances",
     "On a year earlier the amount sent grew fast: it was 30.5 per cent higher than in April–June 2023.",
     [fig("remittances_sent", "change", "percent", 30.5, compared=("2023-04-01", "2023-06-30"))]),
    ("'averaged' names a monthly average", "6. Remittances",
     "On a monthly basis, outgoing transfers averaged KZT 61.0 bn.",
     [fig("remittances_sent", "monthly_average", "KZT", 61.0e9)]),
    ("a metric named after 'unlike' is contrasted, not counted", "3. Labour migration",
     "Unlike the arrival flows, labour migration is mostly from outside the CIS: citizens of China and "
     "India formed the largest groups, with 3,200 and 1,150 workers respectively.",
     [fig("registered_migrant_workers", "total", "persons", 3200, "CHN"),
      fig("registered_migrant_workers", "total", "persons", 1150, "IND")]),
    ("'that quarter' is the period named before it, not the report's", "6. Remittances",
     "A year earlier, in April–June 2023, outgoing transfers had surged; against that quarter the amount "
     "sent was 20.5% lower.",
     [fig("remittances_sent", "change", "percent", -20.5, compared=("2023-04-01", "2023-06-30"))]),
    ("'among destinations' is money sent", "6. Remittances",
     "Kyrgyzstan came third among destinations with roughly 9 per cent.",
     [fig("remittances_sent", "share", "percent", 9.0, "KGZ")]),
    ("numbers listed before 'for A and B respectively' take those names", "1. Arrivals",
     "Departures split the same way: 2,100,300 and 320,400 for CIS and non-CIS nationals respectively.",
     [fig("departures", "total", "persons", 2100300, group="CIS"),
      fig("departures", "total", "persons", 320400, group="non-CIS")]),
    ("counts in brackets after countries take the paragraph's metric", "5. Labour emigration",
     "In the quarter 2,900 Kazakhstani citizens went abroad to work. The main destinations were Poland (610) "
     "and Germany (402).",
     [fig("emigrant_workers", "total", "persons", 2900), fig("emigrant_workers", "total", "persons", 610, "POL"),
      fig("emigrant_workers", "total", "persons", 402, "DEU")]),
    ("a gapped change after a bare subject, without 'by'", "6. Remittances",
     "Compared with April–June 2023, outgoing transfers were down 4.2 per cent and incoming ones 3.1 per cent.",
     [fig("remittances_sent", "change", "percent", -4.2, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", -3.1, compared=("2023-04-01", "2023-06-30"))]),
    ("'inflow' is arrivals outside a transfers section", "1. Arrivals",
     "By nationality, the CIS inflow was led by Uzbekistan (40.5%) and Kyrgyzstan (20.5%).",
     [fig("arrivals", "share", "percent", 40.5, "UZB", group="CIS"),
      fig("arrivals", "share", "percent", 20.5, "KGZ", group="CIS")]),
    ("... and money inside one", "6. Remittances",
     "Incoming transfers fell. That is 8.5% less than in the previous quarter, when the inflow from Russia peaked.",
     [fig("remittances_received", "change", "percent", -8.5, compared=Q1)]),
    ("a month as subject names a monthly amount; a bracket without currency takes its pair's", "6. Remittances",
     "Individuals sent money abroad. April accounted for KZT 60.0 bn (US$130.0 mln), May for 62.0 bn (135.0 mln) "
     "and June for 64.0 bn (139.0 mln).",
     [fig("remittances_sent", "total", "KZT", 60.0e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 130.0e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 62.0e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 135.0e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 64.0e9, period=("2024-06-01", "2024-06-30")),
      fig("remittances_sent", "total", "USD", 139.0e6, period=("2024-06-01", "2024-06-30"))]),
    ("a month opening a clause with 'opened with' / 'closed the quarter at' dates its amounts", "6. Remittances",
     "Transfers sent abroad grew month by month. April opened with KZT 51.5 bn (US$110.2 mln), and June "
     "closed the quarter at KZT 57.9 bn (US$124.0 mln).",
     [fig("remittances_sent", "total", "KZT", 51.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 110.2e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 57.9e9, period=("2024-06-01", "2024-06-30")),
      fig("remittances_sent", "total", "USD", 124.0e6, period=("2024-06-01", "2024-06-30"))]),
    ("'in dollar terms' gives its clause's bare scaled numbers a currency", "6. Remittances",
     "Incoming transfers were modest. In US dollar terms they amounted to 41.3, 44.0 and 47.6 million in "
     "April, May and June respectively; tenge figures are in the annex.",
     [fig("remittances_received", "total", "USD", 41.3e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "USD", 44.0e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "total", "USD", 47.6e6, period=("2024-06-01", "2024-06-30"))]),
    ("amounts listed after a currency-first amount share its currency", "6. Remittances",
     "Outgoing transfers came to 60.2 billion tenge in April, 61.0 billion in May and 63.4 billion in June "
     "(USD 128.5 million, 130.2 million and 135.3 million respectively).",
     [fig("remittances_sent", "total", "KZT", 60.2e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 61.0e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 63.4e9, period=("2024-06-01", "2024-06-30")),
      fig("remittances_sent", "total", "USD", 128.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 130.2e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 135.3e6, period=("2024-06-01", "2024-06-30"))]),
    ("', while June saw' dates the amount after it", "6. Remittances",
     "Outgoing transfers came to 60.2 and 61.0 billion tenge in April and May respectively, while June saw "
     "63.4 billion.",
     [fig("remittances_sent", "total", "KZT", 60.2e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 61.0e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 63.4e9, period=("2024-06-01", "2024-06-30"))]),
    ("an amount in the bracket after a name is that name's, not the next name's", "6. Remittances",
     "Incoming transfers came to KZT 60.2 billion. Most of it came from Russia (52.1%, KZT 31.4 billion), "
     "while Germany accounted for 9.0%.",
     [fig("remittances_received", "total", "KZT", 60.2e9),
      fig("remittances_received", "share", "percent", 52.1, "RUS"),
      fig("remittances_received", "total", "KZT", 31.4e9, "RUS"),
      fig("remittances_received", "share", "percent", 9.0, "DEU")]),
    ("a cue in a relative clause after the share describes someone else", "2. Residence",
     "Permanent residence was granted to 7,100 people. Uzbekistan accounted for 12.5 percent and China for "
     "8.5, the latter mostly ethnic Kazakhs who arrived under the resettlement programme.",
     [fig("permanent_residence_permits", "total", "persons", 7100),
      fig("permanent_residence_permits", "share", "percent", 12.5, "UZB"),
      fig("permanent_residence_permits", "share", "percent", 8.5, "CHN")]),
    ("a period after a colon does not date the change before it", "6. Remittances",
     "Compared with April–June 2023, incoming transfers fell by 30.5 percent: the peak of spring 2023 has passed.",
     [fig("remittances_received", "change", "percent", -30.5, compared=("2023-04-01", "2023-06-30"))]),
    ("entries of Kazakhstani citizens for work abroad are emigrant workers", "4. Emigration",
     "Russia recorded 40.5 thousand entries of Kazakhstani citizens for the purpose of work in the quarter.",
     [fig("emigrant_workers", "total", "persons", 40500, "RUS")]),
    ("a change opening a comma clause after an amount is that amount's; 'but' continues it", "6. Remittances",
     "On average 60.00 billion tenge left the country each month, 5.50 per cent more than in the first "
     "quarter but 20.50 per cent less than in April–June 2023.",
     [fig("remittances_sent", "monthly_average", "KZT", 60.0e9),
      fig("remittances_sent", "change", "percent", 5.5, compared=Q1),
      fig("remittances_sent", "change", "percent", -20.5, compared=("2023-04-01", "2023-06-30"))]),
    ("work as the purpose of entries is emigration for work", "4. Emigration",
     "In the quarter citizens of Kazakhstan declared work as the purpose of 20.5 thousand entries into Russia.",
     [fig("emigrant_workers", "total", "persons", 20500, "RUS")]),
    ("a share restating an amount takes its country", "6. Remittances",
     "Most of the money received came from Russia: KZT 90.0 billion (USD 200.0 million), a share of 60.0%.",
     [fig("remittances_received", "total", "KZT", 90.0e9, "RUS"), fig("remittances_received", "total", "USD", 200.0e6, "RUS"),
      fig("remittances_received", "share", "percent", 60.0, "RUS")]),
    ("a country named in a 'when' aside is not the change's", "1. Arrivals",
     "Compared with the first quarter, when the inflow from Russia was still high, arrivals fell by 10.5 per cent.",
     [fig("arrivals", "change", "percent", -10.5, compared=Q1)]),
    ("a number after a dash aside takes the name before the aside", "3. Labour",
     "In the quarter 30,000 migrant workers were registered. Among them citizens of Tajikistan – 12,300 "
     "persons – formed the largest group (41.5%).",
     [fig("registered_migrant_workers", "total", "persons", 30000),
      fig("registered_migrant_workers", "total", "persons", 12300, "TJK"),
      fig("registered_migrant_workers", "share", "percent", 41.5, "TJK")]),
    ("a value right after a compared period ('s, level, a day) is of that period", "6. Remittances",
     "Individuals sent money abroad: a monthly average of KZT 50.0 billion, 10.0% below the preceding quarter's "
     "KZT 55.5 bn and 12.0% above the April–June 2023 level (KZT 44.5 bn).",
     [fig("remittances_sent", "monthly_average", "KZT", 50.0e9),
      fig("remittances_sent", "change", "percent", -10.0, compared=Q1),
      fig("remittances_sent", "monthly_average", "KZT", 55.5e9, period=Q1),
      fig("remittances_sent", "change", "percent", 12.0, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_sent", "monthly_average", "KZT", 44.5e9, period=("2023-04-01", "2023-06-30"))]),
    ("a stock compared with a day without a year", "2. Residence",
     "As of 1 July 2024, 90,100 foreigners were living in Kazakhstan on a permanent residence permit, slightly "
     "more than on 1 April (89,500).",
     [fig("permanent_residents", "total", "persons", 90100, period=("2024-07-01", "2024-07-01")),
      fig("permanent_residents", "total", "persons", 89500, period=("2024-04-01", "2024-04-01"))]),
    ("'at the end of <month>' with its year inferred is that day, not the quarter", "3. Labour",
     "As of 30 June 2024, 70,100 foreign workers were registered, against 68,200 at the end of March.",
     [fig("registered_migrant_workers", "total", "persons", 70100, period=("2024-06-30", "2024-06-30")),
      fig("registered_migrant_workers", "total", "persons", 68200, period=("2024-03-31", "2024-03-31"))]),
    ("'respectively' over amount pairs in brackets", "6. Remittances",
     "Georgia and Poland sent 2.1B tenge ($4.6M) and 1.9B tenge ($4.2M) respectively.",
     [fig("remittances_received", "total", "KZT", 2.1e9, "GEO"), fig("remittances_received", "total", "USD", 4.6e6, "GEO"),
      fig("remittances_received", "total", "KZT", 1.9e9, "POL"), fig("remittances_received", "total", "USD", 4.2e6, "POL")]),
    ("a percent in brackets after its name is a share, whatever comparison stands before", "2. Residence",
     "Temporary permits were issued to 40,000 foreigners. Citizens of Russia received 41.5 per cent of them – "
     "for the first time more than citizens of Uzbekistan (37.5%).",
     [fig("temporary_residence_permits", "total", "persons", 40000),
      fig("temporary_residence_permits", "share", "percent", 41.5, "RUS"),
      fig("temporary_residence_permits", "share", "percent", 37.5, "UZB")]),
    ("an amount set off by commas after 'the monthly average' is the average", "6. Remittances",
     "Individuals sent money abroad. The monthly average, KZT 55.00 billion or USD 120.0 million, was 10.5 per "
     "cent lower than in the first quarter, when it stood at 61.5 billion tenge.",
     [fig("remittances_sent", "monthly_average", "KZT", 55.0e9), fig("remittances_sent", "monthly_average", "USD", 120.0e6),
      fig("remittances_sent", "change", "percent", -10.5, compared=Q1),
      fig("remittances_sent", "monthly_average", "KZT", 61.5e9, period=Q1)]),
    ("'<name> for <percent>' in a list is tight", "3. Labour",
     "Of the 60,000 registered migrant workers, Atyrau region accounted for 12.5% and Shymkent for 7.5%.",
     [fig("registered_migrant_workers", "total", "persons", 60000),
      fig("registered_migrant_workers", "share", "percent", 12.5, region="KZ-23"),
      fig("registered_migrant_workers", "share", "percent", 7.5, region="KZ-79")]),
    ("'outflows' in its own clause beats a cue in a bracket before", "1. Arrivals",
     "Compared with the first quarter (4,100,500 arrivals), inflows shrank by 10.5% and outflows by 8,5%.",
     [fig("arrivals", "total", "persons", 4100500, period=Q1),
      fig("arrivals", "change", "percent", -10.5, compared=Q1),
      fig("departures", "change", "percent", -8.5, compared=Q1)]),
    ("nationality adjectives in a list of shares", "2. Residence",
     "Temporary residence permits went to 40,500 foreigners, of whom 50.5% were citizens of Uzbekistan, "
     "15.5% Russian citizens and 8.5% Chinese; Kyrgyz accounted for 6.5%.",
     [fig("temporary_residence_permits", "total", "persons", 40500),
      fig("temporary_residence_permits", "share", "percent", 50.5, "UZB"),
      fig("temporary_residence_permits", "share", "percent", 15.5, "RUS"),
      fig("temporary_residence_permits", "share", "percent", 8.5, "CHN")]),
    ("another number's bracketed date does not date the shares after it", "2. Residence",
     "As of 1 July 2024, 110,500 foreigners were living in Kazakhstan on a permanent residence permit "
     "(108,000 as of 1 April 2024), of whom 45.5% held Russian citizenship.",
     [fig("permanent_residents", "total", "persons", 110500, period=("2024-07-01", "2024-07-01")),
      fig("permanent_residents", "total", "persons", 108000, period=("2024-04-01", "2024-04-01")),
      fig("permanent_residents", "share", "percent", 45.5, "RUS", period=("2024-07-01", "2024-07-01"))]),
    ("a bracketed value takes the metric of the clause it interrupts", "1. Arrivals",
     "Departures fell by 4.5%, although against April–June 2023 (3.5 million) arrivals were up by 10.0 per cent.",
     [fig("departures", "change", "percent", -4.5),
      fig("arrivals", "total", "persons", 3500000, period=("2023-04-01", "2023-06-30")),
      fig("arrivals", "change", "percent", 10.0, compared=("2023-04-01", "2023-06-30"))]),
    ("an amount without its scale before 'and <n> billion' takes the scale", "6. Remittances",
     "Transfers received from Germany and Poland amounted to KZT 6.5 and 4.5 billion respectively.",
     [fig("remittances_received", "total", "KZT", 6.5e9, "DEU"), fig("remittances_received", "total", "KZT", 4.5e9, "POL")]),
    ("'lived ... on a permanent basis' are permanent residents", "2. Residence",
     "As of 1 July 2024, 150,500 foreign citizens lived in Kazakhstan on a permanent basis.",
     [fig("permanent_residents", "total", "persons", 150500, period=("2024-07-01", "2024-07-01"))]),
    ("'larger than' is a rise", "5. Labour emigration",
     "In the quarter 7,100 citizens of Kazakhstan left to work abroad. This group was 12.5% larger than a year "
     "earlier.",
     [fig("emigrant_workers", "total", "persons", 7100),
      fig("emigrant_workers", "change", "percent", 12.5, compared=("2023-04-01", "2023-06-30"))]),
    ("'% of them' after a group named earlier in the sentence", "1. Arrivals",
     "Most arrivals came from CIS member states, Kyrgyzstan alone making up 30.5% of them.",
     [fig("arrivals", "share", "percent", 30.5, "KGZ", group="CIS")]),
    ("a threshold after 'with fewer than' is no figure", "3. Labour",
     "In the quarter 60,500 migrant workers were registered. Regions with fewer than 2,000 registered workers "
     "are not shown.",
     [fig("registered_migrant_workers", "total", "persons", 60500)]),
    ("labelled numbers before a scaled amount take its scale", "6. Remittances",
     "Outgoing transfers by month: April – 70.5, May – 72.5 and June – 74.5 billion tenge.",
     [fig("remittances_sent", "total", "KZT", 70.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 72.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 74.5e9, period=("2024-06-01", "2024-06-30"))]),
    ("'and up N per cent' gives the change its sign", "3. Labour",
     "In the quarter 5,100 foreign workers were registered, down 10.5% on the first quarter and up 20.5 per cent "
     "on April–June 2023.",
     [fig("registered_migrant_workers", "total", "persons", 5100),
      fig("registered_migrant_workers", "change", "percent", -10.5, compared=Q1),
      fig("registered_migrant_workers", "change", "percent", 20.5, compared=("2023-04-01", "2023-06-30"))]),
    ("a count before 'and <n> workers' shares the noun", "3. Labour",
     "In the quarter 5,100 foreign workers were registered; Mangystau and Aktobe regions had 320 and 290 workers "
     "respectively.",
     [fig("registered_migrant_workers", "total", "persons", 5100),
      fig("registered_migrant_workers", "total", "persons", 320, region="KZ-47"),
      fig("registered_migrant_workers", "total", "persons", 290, region="KZ-15")]),
    ("the group after a list of bare percents is every item's base", "1. Arrivals",
     "Citizens of Uzbekistan, Kyrgyzstan and Tajikistan made up 45.5, 20.5 and 7.5 per cent of the arrivals "
     "from the CIS respectively.",
     [fig("arrivals", "share", "percent", 45.5, "UZB", group="CIS"), fig("arrivals", "share", "percent", 20.5, "KGZ", group="CIS"),
      fig("arrivals", "share", "percent", 7.5, "TJK", group="CIS")]),
    ("'Of them' after a sentence whose subject is a group", "1. Arrivals",
     "Arrivals from outside the CIS are spread widely. Of them, citizens of China accounted for 30.5% and "
     "India for 10.5%; the rest came from some thirty other states.",
     [fig("arrivals", "share", "percent", 30.5, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 10.5, "IND", group="non-CIS")]),
    ("a group opening a clause as subject of a count is its group", "3. Labour",
     "Local executive bodies registered 50,500 foreign workers. The CIS member states accounted for 45,500 of them.",
     [fig("registered_migrant_workers", "total", "persons", 50500),
      fig("registered_migrant_workers", "total", "persons", 45500, group="CIS")]),
    ("an amount in brackets after a change is its base, of the compared period", "6. Remittances",
     "Compared with January–March 2024, the average monthly outflow declined by 5.5 per cent (KZT 70.5 bn).",
     [fig("remittances_sent", "change", "percent", -5.5, compared=Q1),
      fig("remittances_sent", "monthly_average", "KZT", 70.5e9, period=Q1)]),
    ("an amount right after a country's share takes the country", "6. Remittances",
     "The money flowing in came mostly from Russia – 40.5% of the total, or 30.5 billion tenge.",
     [fig("remittances_received", "share", "percent", 40.5, "RUS"),
      fig("remittances_received", "total", "KZT", 30.5e9, "RUS")]),
    ("'the main destination' is money sent; 'followed by' continues the list", "6. Remittances",
     "Russia remained the main destination, receiving KZT 60.5 billion, or 30.5 per cent of the total; it was "
     "followed by Uzbekistan (18.5%).",
     [fig("remittances_sent", "total", "KZT", 60.5e9, "RUS"), fig("remittances_sent", "share", "percent", 30.5, "RUS"),
      fig("remittances_sent", "share", "percent", 18.5, "UZB")]),
    ("'permits were held by' counts permanent residents; interviewees are no figure", "2. Residence",
     "As of 1 July 2024, permanent residence permits were held by 120,500 foreigners. In a survey in May, "
     "310 migrant workers were interviewed.",
     [fig("permanent_residents", "total", "persons", 120500, period=("2024-07-01", "2024-07-01"))]),
    ("'on the quarter' compares with the quarter before", "6. Remittances",
     "Transfers sent from Kazakhstan reached KZT 190.5B – down 5.5% on the quarter but up 7.5% year on year.",
     [fig("remittances_sent", "total", "KZT", 190.5e9),
      fig("remittances_sent", "change", "percent", -5.5, compared=Q1),
      fig("remittances_sent", "change", "percent", 7.5, compared=("2023-04-01", "2023-06-30"))]),
    ("a list after ';' goes on with the metric of the sentence's statement before", "6. Remittances",
     "Where the money went. Russia received 60.5 bn tenge, 33.5 percent of the total; Uzbekistan 38.5 bn tenge, "
     "21.5 percent.",
     [fig("remittances_sent", "total", "KZT", 60.5e9, "RUS"), fig("remittances_sent", "share", "percent", 33.5, "RUS"),
      fig("remittances_sent", "total", "KZT", 38.5e9, "UZB"), fig("remittances_sent", "share", "percent", 21.5, "UZB")]),
    ("a monthly breakdown follows the paragraph's amounts, not a gapped change before it", "6. Remittances",
     "Money transfers from Kazakhstan amounted to KZT 190.5 billion. Outgoing transfers rose by 8.5 per cent and "
     "incoming transfers by 12.5 per cent. By month: April – KZT 60.5 bn, May – 62.5 bn, June – 67.5 bn.",
     [fig("remittances_sent", "total", "KZT", 190.5e9),
      fig("remittances_sent", "change", "percent", 8.5), fig("remittances_received", "change", "percent", 12.5),
      fig("remittances_sent", "total", "KZT", 60.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 62.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 67.5e9, period=("2024-06-01", "2024-06-30"))]),
    ("a parallel list takes the periods of the dated list before it", "1. Arrivals",
     "By month, arrivals were 800,500 in April, 810,500 in May and 820,500 in June; departures 700,500, "
     "710,500 and 720,500.",
     [fig("arrivals", "total", "persons", 800500, period=("2024-04-01", "2024-04-30")),
      fig("arrivals", "total", "persons", 810500, period=("2024-05-01", "2024-05-31")),
      fig("arrivals", "total", "persons", 820500, period=("2024-06-01", "2024-06-30")),
      fig("departures", "total", "persons", 700500, period=("2024-04-01", "2024-04-30")),
      fig("departures", "total", "persons", 710500, period=("2024-05-01", "2024-05-31")),
      fig("departures", "total", "persons", 720500, period=("2024-06-01", "2024-06-30"))]),
    ("a direction before a list colon holds across the list's ';'", "6. Remittances",
     "Shares of the total sent: Russia – 30.5%; Uzbekistan – 18.5%; Georgia – 4.5%.",
     [fig("remittances_sent", "share", "percent", 30.5, "RUS"), fig("remittances_sent", "share", "percent", 18.5, "UZB"),
      fig("remittances_sent", "share", "percent", 4.5, "GEO")]),
    ("an amount followed by 'in <month>' is of that month, not of the month before it", "6. Remittances",
     "Outgoing transfers grew every month, from KZT 80.5 billion in April to 95.5 billion in June.",
     [fig("remittances_sent", "total", "KZT", 80.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 95.5e9, period=("2024-06-01", "2024-06-30"))]),
    ("a total before a colon takes no group of the list it introduces", "8. Capacity building",
     "It brought together 25 participants: 12 represented NGOs and 13 came from the migration police.",
     [fig("training_participants", "total", "persons", 25), fig("training_participants", "total", "persons", 12, group="ngo"),
      fig("training_participants", "total", "persons", 13, group="police")]),
    ("'citizens ... were staying' and 'held a residence status' are citizens abroad", "5. Citizens abroad",
     "In Poland, 12.5 thousand citizens of Kazakhstan were staying as of 30 June 2024.",
     [fig("citizens_abroad", "total", "persons", 12500, "POL", period=("2024-06-30", "2024-06-30"))]),
    ("a nationality adjective after a count ends a list", "2. Residence",
     "Permanent residence was granted to 3,500 persons, of which 1,800 were Russian citizens and 1,100 Uzbek.",
     [fig("permanent_residence_permits", "total", "persons", 3500),
      fig("permanent_residence_permits", "total", "persons", 1800, "RUS"),
      fig("permanent_residence_permits", "total", "persons", 1100, "UZB")]),
    ("an event is never dated by a span after the report", "8. Capacity building",
     "On 12 June 2024 IOM held a round table on the concept for 2027–2031. It gathered 25 participants.",
     [fig("training_participants", "total", "persons", 25, period=("2024-06-12", "2024-06-12"))]),
    ("a cue in a relative clause before the statement describes someone else", "2. Residence",
     "Temporary permits were issued to 40,500 foreigners. Russian citizens, many of whom had arrived in the "
     "spring, received 36.5 per cent of these permits, Uzbek nationals 21.5 per cent.",
     [fig("temporary_residence_permits", "total", "persons", 40500),
      fig("temporary_residence_permits", "share", "percent", 36.5, "RUS"),
      fig("temporary_residence_permits", "share", "percent", 21.5, "UZB")]),
    ("'down on' / 'up on' compare", "1. Arrivals",
     "Foreign nationals entered about 3.41 million times – 12.5% down on the peak of Q1, yet 30.5% up on Q2 2023.",
     [fig("arrivals", "total", "persons", 3410000), fig("arrivals", "change", "percent", -12.5, compared=Q1),
      fig("arrivals", "change", "percent", 30.5, compared=("2023-04-01", "2023-06-30"))]),
    ("a gapped change is not dated by another number's bracket", "6. Remittances",
     "Quarter on quarter, outgoing transfers decreased by 12,5 per cent (from KZT 250,5 billion in January–March) "
     "and incoming ones by 20,5 per cent.",
     [fig("remittances_sent", "change", "percent", -12.5, compared=Q1), fig("remittances_sent", "total", "KZT", 250.5e9, period=Q1),
      fig("remittances_received", "change", "percent", -20.5, compared=Q1)]),
    ("'left the country for employment abroad' is emigration for work; 'a share below N%' is no figure", "5. Emigration",
     "In total, 4,100 citizens left the country for employment abroad. Countries with a share below 3% are not shown.",
     [fig("emigrant_workers", "total", "persons", 4100)]),
    ("'N per cent over the first quarter' compares", "6. Remittances",
     "Transfers sent from Kazakhstan reached KZT 400.5 billion, an increase of 9.5 per cent over the first quarter.",
     [fig("remittances_sent", "total", "KZT", 400.5e9), fig("remittances_sent", "change", "percent", 9.5, compared=Q1)]),
    ("'N% of the arrivals from outside the Commonwealth': the group's name takes in its 'from'", "2. Arrivals",
     "Türkiye provided 35.5% of the arrivals from outside the Commonwealth, China 25.5% and India 10.5%.",
     [fig("arrivals", "share", "percent", 35.5, "TUR", group="non-CIS"), fig("arrivals", "share", "percent", 25.5, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 10.5, "IND", group="non-CIS")]),
    ("a group named right after a bracketed share, its verb left out (GRP:gapped)", "2. Arrivals",
     "CIS nationals made 2,950,500 arrivals and non-CIS nationals 350,500. Uzbekistan (45.5%) led the CIS group and India "
     "(30.5%) the non-CIS group, ahead of Germany (10.5%).",
     [fig("arrivals", "total", "persons", 2950500, group="CIS"), fig("arrivals", "total", "persons", 350500, group="non-CIS"),
      fig("arrivals", "share", "percent", 45.5, "UZB", group="CIS"), fig("arrivals", "share", "percent", 30.5, "IND", group="non-CIS"),
      fig("arrivals", "share", "percent", 10.5, "DEU", group="non-CIS")]),
    ("a group named after its list as what the countries lead (GRP:led); 'the <adjective>' as a people", "2. Departures",
     "In all, 2,310,400 foreigners left Kazakhstan. Kyrgyzstan (35.5%) and Tajikistan (21.0%) once more topped the CIS "
     "group. Among non-CIS departures the Japanese were the most numerous (14.2%), while Turks took 11.0% and the French 3.5%.",
     [fig("departures", "total", "persons", 2310400),
      fig("departures", "share", "percent", 35.5, "KGZ", group="CIS"),
      fig("departures", "share", "percent", 21.0, "TJK", group="CIS"),
      fig("departures", "share", "percent", 14.2, "JPN", group="non-CIS"),
      fig("departures", "share", "percent", 11.0, "TUR", group="non-CIS"),
      fig("departures", "share", "percent", 3.5, "FRA", group="non-CIS")]),
    ("a count then 'a month on average' after it is a monthly average (F:count-average-after)", "4. Labour migration",
     "Employers took on 30,600 foreign workers in the quarter, some 10.2 thousand a month on average.",
     [fig("registered_migrant_workers", "total", "persons", 30600),
      fig("registered_migrant_workers", "monthly_average", "persons", 10200)]),
    ("a group subject with no number, then 'for this group', 'among them' and 'They ...' (GRP:total-anaphora)", "2. Arrivals",
     "Citizens of non-CIS countries are a smaller and more varied flow. In the quarter 150,500 arrivals were "
     "registered for this group. Japan ranked first among them (20.5%), followed by India (15.5%). They also left "
     "in similar numbers, with 140,250 departures.",
     [fig("arrivals", "total", "persons", 150500, group="non-CIS"),
      fig("arrivals", "share", "percent", 20.5, "JPN", group="non-CIS"),
      fig("arrivals", "share", "percent", 15.5, "IND", group="non-CIS"),
      fig("departures", "total", "persons", 140250, group="non-CIS")]),
    ("'<Demonym> migration registration' names the country; 'up by N per cent from <value> in <period>' compares", "5. Emigration",
     "Russian migration registration shows 20,450 citizens of Kazakhstan who stated work as the purpose of their stay "
     "in April–June 2024, up by 12.5 per cent from 18.2 thousand in the same period of 2023.",
     [fig("emigrant_workers", "total", "persons", 20450, "RUS"),
      fig("emigrant_workers", "change", "percent", 12.5, "RUS", compared=("2023-04-01", "2023-06-30")),
      fig("emigrant_workers", "total", "persons", 18200, "RUS", period=("2023-04-01", "2023-06-30"))]),
    ("citizens on a consular register are citizens abroad even when 'working there' follows a comma; a zero in "
     "a region of Kazakhstan is never of citizens abroad", "5. Citizens abroad",
     "Twenty-two thousand Kazakhstani citizens were on the consular register in Germany in the quarter, many of "
     "them working there on a visitor visa. No migrant workers at all were registered in Abay region.",
     [fig("citizens_abroad", "total", "persons", 22000, "DEU", period=("2024-06-30", "2024-06-30")),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-10")]),
    ("'<Country> kept first place with N%' keeps its subject; 'Of the arrivals from outside the CIS' is a base; "
     "'N per cent over January–March' compares", "2. Entries",
     "Within the CIS group Kyrgyzstan kept first place with 40.5% of arrivals and Tajikistan came second (25.5%). "
     "Of the arrivals from outside the CIS, nearly a quarter were citizens of Japan (24.5%), with India close behind "
     "at 20.5 per cent. Departures rose to 2,100,500, an increase of 5.5 per cent over January–March.",
     [fig("arrivals", "share", "percent", 40.5, "KGZ", group="CIS"),
      fig("arrivals", "share", "percent", 25.5, "TJK", group="CIS"),
      fig("arrivals", "share", "percent", 24.5, "JPN", group="non-CIS"),
      fig("arrivals", "share", "percent", 20.5, "IND", group="non-CIS"),
      fig("departures", "total", "persons", 2100500),
      fig("departures", "change", "percent", 5.5, compared=Q1)]),
    ("'picked up from month to month' compares nothing: the month named after it dates the count", "2. Arrivals",
     "Arrivals picked up from month to month (Figure 1) and peaked in June at 1,150,250.",
     [fig("arrivals", "total", "persons", 1150250, period=("2024-06-01", "2024-06-30"))]),
    ("a list then its bracketed restatement in another currency, both dated by one 'respectively' list of months; "
     "'entered and left ..., respectively' gives each count its metric", "6. Remittances",
     "Outgoing transfers amounted to KZT 60.5, 62.5 and 64.5 billion (USD 130.5, 135.5 and 140.5 million) in April, "
     "May and June, respectively. In all, 3,100,500 and 2,900,500 foreign citizens entered and left Kazakhstan, "
     "respectively.",
     [fig("remittances_sent", "total", "KZT", 60.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 62.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 64.5e9, period=("2024-06-01", "2024-06-30")),
      fig("remittances_sent", "total", "USD", 130.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 135.5e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 140.5e6, period=("2024-06-01", "2024-06-30")),
      fig("arrivals", "total", "persons", 3100500), fig("departures", "total", "persons", 2900500)]),
    ("', where' after a country and its bracket: that clause's first number is the country's (ENT:where)",
     "6. Remittances",
     "Kazakhstan sent KZT 150.5 billion abroad in the quarter. Tajikistan came second (KZT 20.5 billion; 13.5%), "
     "where transfers fell by 7.5% year on year.",
     [fig("remittances_sent", "total", "KZT", 150.5e9),
      fig("remittances_sent", "total", "KZT", 20.5e9, "TJK"),
      fig("remittances_sent", "share", "percent", 13.5, "TJK"),
      fig("remittances_sent", "change", "percent", -7.5, "TJK", compared=("2023-04-01", "2023-06-30"))]),
    ("a bracketed list that 'respectively' closes after two compared periods takes them in order",
     "2. Arrivals",
     "Arrivals reached 4,250,500 in the second quarter of 2024, 10.5% more than in the previous quarter and "
     "5.5% more than in the same quarter of 2023 (3,846,700 and 4,028,900 arrivals respectively).",
     [fig("arrivals", "total", "persons", 4250500),
      fig("arrivals", "change", "percent", 10.5, compared=Q1),
      fig("arrivals", "change", "percent", 5.5, compared=("2023-04-01", "2023-06-30")),
      fig("arrivals", "total", "persons", 3846700, period=Q1),
      fig("arrivals", "total", "persons", 4028900, period=("2023-04-01", "2023-06-30"))]),
    ("'not a single one was registered' in a region is its zero", "3. Labour migration",
     "Abay region registered 45 foreign workers, and in Ulytau region not a single one was registered.",
     [fig("registered_migrant_workers", "total", "persons", 45, region="KZ-10"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-62")]),
    ("'nobody with a permanent residence permit' is a zero of the residents on the paragraph's day",
     "2.4 Permanent residents",
     "As of 30 June 2024 the register listed 150,500 foreigners living in Kazakhstan under a permanent residence "
     "permit. Nobody with a permanent residence permit was registered in Ulytau region.",
     [fig("permanent_residents", "total", "persons", 150500, period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 0, region="KZ-62", period=("2024-06-30", "2024-06-30"))]),
    ("'no migrants holding permanent residence were registered in' a region is its zero", "2.4 Permanent residents",
     "As of 30 June 2024, 150,500 migrants lived in Kazakhstan under a permanent residence permit. No migrants "
     "holding permanent residence were registered in the Abay region.",
     [fig("permanent_residents", "total", "persons", 150500, period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 0, region="KZ-10", period=("2024-06-30", "2024-06-30"))]),
    ("'registered Uzbek workers' names its metric in its own clause", "Conclusion",
     "Uzbekistan remained the first country of origin, with 30,500 registered Uzbek workers in the quarter, and "
     "Russian citizens kept receiving the most permanent residence permits.",
     [fig("registered_migrant_workers", "total", "persons", 30500, "UZB")]),
    ("a count and its share set off after it take the group the predicate names (ENT:appositive-pair); a month "
     "right before a count in a list, or opening a sentence as its subject, dates it", "1. Arrivals",
     "April brought 1,100,500 arrivals, May 1,150,500. June slowed to 990,500 as the season closed. Some "
     "2,900,500 arrivals, or 89.5% of the total, were nationals of CIS member states.",
     [fig("arrivals", "total", "persons", 1100500, period=("2024-04-01", "2024-04-30")),
      fig("arrivals", "total", "persons", 1150500, period=("2024-05-01", "2024-05-31")),
      fig("arrivals", "total", "persons", 990500, period=("2024-06-01", "2024-06-30")),
      fig("arrivals", "total", "persons", 2900500, group="CIS"),
      fig("arrivals", "share", "percent", 89.5, group="CIS")]),
    ("a name after 'followed by' opens the next item, not the aside's count; 'the N departures of PERIOD' is "
     "that period's", "1. Arrivals",
     "Within the CIS group, Uzbekistan led with 40.5% – roughly 1.15 million entries – followed by the Russian "
     "Federation (27.5%). A total of 3,100,500 foreigners left, 6.5 per cent more than the 2,911,300 departures "
     "of April–June 2023.",
     [fig("arrivals", "share", "percent", 40.5, "UZB", group="CIS"),
      fig("arrivals", "total", "persons", 1150000, "UZB"),
      fig("arrivals", "share", "percent", 27.5, "RUS", group="CIS"),
      fig("departures", "total", "persons", 3100500),
      fig("departures", "change", "percent", 6.5, compared=("2023-04-01", "2023-06-30")),
      fig("departures", "total", "persons", 2911300, period=("2023-04-01", "2023-06-30"))]),
    ("', a 28.4% share of the total' after a named amount is its share", "4. Remittances",
     "Transfers from Kazakhstan went first of all to Russia: KZT 45.5 billion, a 27.5% share of the total amount.",
     [fig("remittances_sent", "total", "KZT", 45.5e9, "RUS"),
      fig("remittances_sent", "share", "percent", 27.5, "RUS")]),
    ("a zero takes the paragraph's stock day, not the one in brackets beside an earlier figure; 'no permanent "
     "residents are registered' is a zero", "3.3 Permanent residents",
     "As of 30 June 2024, 145,500 foreigners were living in Kazakhstan under a permanent residence permit "
     "(140,5 thousand as of 31 March 2024). In Ulytau region no permanent residents are registered at all.",
     [fig("permanent_residents", "total", "persons", 145500, period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 140500, period=("2024-03-31", "2024-03-31")),
      fig("permanent_residents", "total", "persons", 0, region="KZ-62", period=("2024-06-30", "2024-06-30"))]),
    ("'the monthly table' after a count makes no monthly average; workplaces surveyed are no figure",
     "2. Arrivals",
     "August alone saw 1,200,500 entries (see the monthly table in the annex). An assessment conducted in "
     "1,150 workplaces in 2024 found few changes.",
     [fig("arrivals", "total", "persons", 1200500, period=("2024-08-01", "2024-08-31"))]),
    ("the number of a contact centre is no figure", "2. Labour migration",
     "In May the Ministry of Labour opened a free line for foreign workers within the 1414 contact centre "
     "(option 5).",
     []),
    ("a hotline's number is no figure; 'USD/KZT 455.5' is the rate", "7. Capacity building",
     "A round table brought together 33 participants. Callers were reminded that the 1406 hotline is free. "
     "The exchange rate averaged USD/KZT 455.5 over the quarter.",
     [fig("training_participants", "total", "persons", 33),
      fig("exchange_rate", "average", "KZT_per_USD", 455.5)]),
    ("'N% of it came from X and M% from Y' are shares of the amount before; 'That is N per cent less than ..., "
     "when <amount> left the country' is a change of the sentence before", "6. Remittances",
     "Kazakhstan received 110.5 billion tenge from abroad in the quarter; 40.5% of it came from the Russian "
     "Federation and 12.5% from the United States. Transfers sent from Kazakhstan came to KZT 300.5 billion. That is "
     "6.5 per cent less than in the first quarter, when KZT 321.5 billion left the country.",
     [fig("remittances_received", "total", "KZT", 110.5e9),
      fig("remittances_received", "share", "percent", 40.5, "RUS"),
      fig("remittances_received", "share", "percent", 12.5, "USA"),
      fig("remittances_sent", "total", "KZT", 300.5e9),
      fig("remittances_sent", "change", "percent", -6.5, compared=Q1),
      fig("remittances_sent", "total", "KZT", 321.5e9, period=Q1)]),
    ("'those to X by as much as N%' is a gapped change; '% of the amount sent to the CIS' is a base; 'X accounted "
     "for A% of the total, or B% of arrivals from the CIS group' keeps X", "6. Remittances",
     "Transfers to Uzbekistan declined by 8.5%, those to Kyrgyzstan by as much as 20.5%, compared to "
     "April–June 2023. The Russian Federation remained the main destination with KZT 60.5 bn, which is 27.5% of the "
     "total and 52.5% of the amount sent to the CIS.",
     [fig("remittances_sent", "change", "percent", -8.5, "UZB", compared=("2023-04-01", "2023-06-30")),
      fig("remittances_sent", "change", "percent", -20.5, "KGZ", compared=("2023-04-01", "2023-06-30")),
      fig("remittances_sent", "total", "KZT", 60.5e9, "RUS"),
      fig("remittances_sent", "share", "percent", 27.5, "RUS"),
      fig("remittances_sent", "share", "percent", 52.5, "RUS", group="CIS")]),
    ("a dash after a number ends its clause; a number inside a dash aside keeps the name after it", "2. Arrivals",
     "The great majority – 2,950,500 entries – were made by nationals of CIS member states. Uzbekistan alone "
     "accounted for 38.5% of the total, or 41.5% of arrivals from the CIS group. Advice is given through the "
     "hotline 1406.",
     [fig("arrivals", "total", "persons", 2950500, group="CIS"),
      fig("arrivals", "share", "percent", 38.5, "UZB"),
      fig("arrivals", "share", "percent", 41.5, "UZB", group="CIS")]),
    ("a dash after a count ends its clause: the region after it is the zero's", "4. Labour migration",
     "Registrations of foreign workers climbed to 70,500 – none at all were recorded in Abay region.",
     [fig("registered_migrant_workers", "total", "persons", 70500),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-10")]),
    ("metric cues listed before a respectively list", "1. Migration flows",
     "Compared with the previous quarter, arrivals and departures were up by 8.7 and 5.9 per cent "
     "respectively. In the quarter 1,204,300 foreign nationals left Kazakhstan: departures of CIS "
     "citizens numbered 1,100.2 thousand, of non-CIS citizens 104.1 thousand.",
     [fig("arrivals", "change", "percent", 8.7, compared=Q1),
      fig("departures", "change", "percent", 5.9, compared=Q1),
      fig("departures", "total", "persons", 1204300),
      fig("departures", "total", "persons", 1100200, group="CIS"),
      fig("departures", "total", "persons", 104100, group="non-CIS")]),
    ("a sentence opening 'Their' takes the paragraph's group", "1. Migration inflow",
     "Arrivals from non-CIS states amounted to 310.4 thousand. Their main countries of origin were: "
     "China (31.5%) and India (12.5%).",
     [fig("arrivals", "total", "persons", 310400, group="non-CIS"),
      fig("arrivals", "share", "percent", 31.5, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 12.5, "IND", group="non-CIS")]),
    ("a rate restated as a bare KZT amount after 'against'", "6. Remittances",
     "Amounts are converted at the quarter's average rate, 1 USD = 470.5 KZT, against 465.2 KZT in "
     "the previous quarter.",
     [fig("exchange_rate", "average", "KZT_per_USD", 470.5),
      fig("exchange_rate", "average", "KZT_per_USD", 465.2, period=Q1)]),
    ("countries from which money was sent are origins", "6. Remittances",
     "Transfers to Kazakhstan amounted to KZT 90.5 billion. Russia (41.2%) and Georgia (11.5%) were the "
     "main countries from which money was sent.",
     [fig("remittances_received", "total", "KZT", 90.5e9),
      fig("remittances_received", "share", "percent", 41.2, "RUS"),
      fig("remittances_received", "share", "percent", 11.5, "GEO")]),
    ("a respectively list takes no name across a semicolon", "2. Labour migration",
     "In the quarter 52.4 thousand foreigners were registered as labour migrants, of which 58.5 per cent "
     "were citizens of Uzbekistan; Tajik and Kyrgyz workers accounted for 12.2 and 8.7 per cent respectively.",
     [fig("registered_migrant_workers", "total", "persons", 52400),
      fig("registered_migrant_workers", "share", "percent", 58.5, "UZB"),
      fig("registered_migrant_workers", "share", "percent", 12.2, "TJK"),
      fig("registered_migrant_workers", "share", "percent", 8.7, "KGZ")]),
    ("a count before a name whose bracketed share follows shares the name", "2. Labour migration",
     "In the quarter 61,210 foreign workers were registered. Of this number, 30,140 persons were "
     "nationals of Uzbekistan (49.2%).",
     [fig("registered_migrant_workers", "total", "persons", 61210),
      fig("registered_migrant_workers", "total", "persons", 30140, "UZB"),
      fig("registered_migrant_workers", "share", "percent", 49.2, "UZB")]),
    ("a semicolon inside brackets is no clause break", "6. Remittances",
     "Russia remained the main destination of transfers sent abroad, followed by Türkiye (KZT 40.8 billion; 20.3%).",
     [fig("remittances_sent", "total", "KZT", 40.8e9, "TUR"),
      fig("remittances_sent", "share", "percent", 20.3, "TUR")]),
    ("a day range's first day, calls and emigrants are no participants nor departures", "5. Capacity building",
     "A two-day training took place in Shymkent on 12–13 March for 24 police officers. The migrant hotline "
     "answered 1,904 calls during the quarter. Over the quarter, 2,650 persons left Kazakhstan for permanent "
     "residence abroad.",
     [fig("training_participants", "total", "persons", 24, group="police", period=("2024-03-12", "2024-03-13"))]),
    ("a period after 'since' or across a colon is no change's own", "3. Remittances",
     "Incoming volumes have been falling since the peak of 2022: compared with the previous quarter, "
     "the inflow was down by 11.5 per cent.",
     [fig("remittances_received", "change", "percent", -11.5, compared=Q1)]),
    ("participants listed as one audience of several groups are a total", "5. Capacity building",
     "A round table was held on 12 May 2024. Twenty-four participants attended, representing government "
     "agencies, employers' associations and NGOs.",
     [fig("training_participants", "total", "persons", 24, period=("2024-05-12", "2024-05-12"))]),
    ("an appositive count with its noun takes the name after the closing comma", "1. Migration inflow",
     "The bulk of this inflow, 2,415,300 entries, was made by nationals of CIS member states, with the "
     "remaining 298,450 arrivals coming from non-CIS countries.",
     [fig("arrivals", "total", "persons", 2415300, group="CIS"),
      fig("arrivals", "total", "persons", 298450, group="non-CIS")]),
    ("a month named after 'monthly' in the clause dates its amount", "3. Remittances",
     "Monthly outflows grew over the quarter and peaked in June at 72.1 bn tenge; on average, "
     "64.8 billion KZT left the country per month.",
     [fig("remittances_sent", "total", "KZT", 72.1e9, period=("2024-06-01", "2024-06-30")),
      fig("remittances_sent", "monthly_average", "KZT", 64.8e9)]),
    ("a fronted 'Of the ... ,' base scopes the parallel clause too; a demonym before a dash aside", "2. Arrivals",
     "Of the visitors from outside the CIS, nearly a quarter were Chinese – 24.3 per cent – whereas "
     "Indian nationals made up 11.6%.",
     [fig("arrivals", "share", "percent", 24.3, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 11.6, "IND", group="non-CIS")]),
    ("a base group in brackets is not the share's name: the country before it is", "2. Arrivals",
     "Kyrgyz citizens were the most numerous among CIS nationals (37.9% of CIS arrivals), followed by "
     "Tajik (12.2%) citizens.",
     [fig("arrivals", "share", "percent", 37.9, "KGZ", group="CIS"),
      fig("arrivals", "share", "percent", 12.2, "TJK", group="CIS")]),
    ("'the countries there' after ';' points back to the group total", "2. Arrivals",
     "Another 288.4 thousand arrivals came from outside the CIS; the main sending countries there were "
     "India (21.5%) and Türkiye (18.0%).",
     [fig("arrivals", "total", "persons", 288400, group="non-CIS"),
      fig("arrivals", "share", "percent", 21.5, "IND", group="non-CIS"),
      fig("arrivals", "share", "percent", 18.0, "TUR", group="non-CIS")]),
    ("citizens of Kazakhstan registered abroad as entering for employment", "5. Citizens abroad",
     "In April–June 2024, 19.6 thousand citizens of Kazakhstan were registered by the Korean migration "
     "authorities as entering for employment.",
     [fig("emigrant_workers", "total", "persons", 19600, "KOR")]),
    ("a population is no figure", "3. Labour",
     "With a population of 19.8 million, the country both receives and sends labour migrants.",
     []),
    ("the subject, not the name it moved ahead of; a bracketed list of changes after 'fell'", "6. Remittances",
     "Uzbekistan moved ahead of Türkiye as the first destination, with 48.3 bn KZT sent, while transfers to "
     "Türkiye and Georgia fell sharply (by 12.6% and 15.1% respectively).",
     [fig("remittances_sent", "total", "KZT", 48.3e9, "UZB"),
      fig("remittances_sent", "change", "percent", -12.6, "TUR"),
      fig("remittances_sent", "change", "percent", -15.1, "GEO")]),
    ("a 'when' clause takes the period it hangs on, and no name outside it", "4. Residence permits",
     "Of the 5,904 permanent residence permits granted, 58.2% went to citizens of the Russian Federation, "
     "and the quarter fell short of the same quarter of 2023, when 6,311 such permits were granted.",
     [fig("permanent_residence_permits", "total", "persons", 5904),
      fig("permanent_residence_permits", "share", "percent", 58.2, "RUS"),
      fig("permanent_residence_permits", "total", "persons", 6311, period=("2023-04-01", "2023-06-30"))]),
    ("shares right after a group total take it when every country is a member", "2. Arrivals",
     "Most entries – about 2.71 million – were made by nationals of CIS member states. Kyrgyzstan kept its "
     "lead (38.5%), ahead of Tajikistan (21.0%). China accounted for 8.5% of all arrivals.",
     [fig("arrivals", "total", "persons", 2710000, group="CIS"),
      fig("arrivals", "share", "percent", 38.5, "KGZ", group="CIS"),
      fig("arrivals", "share", "percent", 21.0, "TJK", group="CIS"),
      fig("arrivals", "share", "percent", 8.5, "CHN")]),
    ("a metric named after 'than' is what is compared with, not what is counted", "2. Arrivals",
     "Exits were somewhat fewer than entries: 2,904,311 foreign nationals left Kazakhstan during the quarter.",
     [fig("departures", "total", "persons", 2904311)]),
    ("a group opening the sentence before a flow noun is the base of its shares", "2. Arrivals",
     "Non-CIS traffic, by contrast, was led by India with 25.5%, ahead of Germany (11.0%).",
     [fig("arrivals", "share", "percent", 25.5, "IND", group="non-CIS"),
      fig("arrivals", "share", "percent", 11.0, "DEU", group="non-CIS")]),
    ("'a share of the CIS flow' names the share's group", "2. Arrivals",
     "Tajikistan followed with a 12.5% share of the CIS flow.",
     [fig("arrivals", "share", "percent", 12.5, "TJK", group="CIS")]),
    ("names in brackets after amounts, restated by shares 'respectively'", "6. Remittances",
     "Among the other origins of incoming transfers were KZT 10.5 billion (USA) and KZT 7.5 billion "
     "(Republic of Korea), equal to 11.5% and 8.0% of the total respectively.",
     [fig("remittances_received", "total", "KZT", 10.5e9, "USA"),
      fig("remittances_received", "total", "KZT", 7.5e9, "KOR"),
      fig("remittances_received", "share", "percent", 11.5, "USA"),
      fig("remittances_received", "share", "percent", 8.0, "KOR")]),
    ("a period in a relative clause before the statement dates nobody's figure", "2. Residence permits",
     "Belarusian citizens, many of whom had moved to Kazakhstan since February, accounted for 12.5% of the "
     "temporary residence permits.",
     [fig("temporary_residence_permits", "share", "percent", 12.5, "BLR")]),
    ("'the former' / 'the latter' take the sentence's two directions; the sign before the dash", "5. Remittances",
     "Compared with the first quarter, outgoing transfers grew by 6.5% and incoming ones by 1.5%, whereas "
     "year on year both declined – the former by 2.5%, the latter by 4.0%.",
     [fig("remittances_sent", "change", "percent", 6.5, compared=Q1),
      fig("remittances_received", "change", "percent", 1.5, compared=Q1),
      fig("remittances_sent", "change", "percent", -2.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", -4.0, compared=("2023-04-01", "2023-06-30"))]),
    ("'the former' / 'the latter' name the two countries joined by 'and' before", "6. Remittances",
     "Kyrgyzstan and Tajikistan remained the main destinations of outgoing transfers: the former received "
     "28.5% of the total and the latter 17.0%.",
     [fig("remittances_sent", "share", "percent", 28.5, "KGZ"),
      fig("remittances_sent", "share", "percent", 17.0, "TJK")]),
    ("a period in the possessive right before the number dates it", "2. Arrivals",
     "The second quarter’s 3.05 million entries brought the total for the half-year to 5.9 million.",
     [fig("arrivals", "total", "persons", 3050000),
      fig("arrivals", "total", "persons", 5900000, period=("2024-01-01", "2024-06-30"))]),
    ("a demonym before 'senders'; 'that is' restates the share's amount", "6. Remittances",
     "Kyrgyz senders accounted for 21.5 per cent of the amount received, that is KZT 18.2 billion.",
     [fig("remittances_received", "share", "percent", 21.5, "KGZ"),
      fig("remittances_received", "total", "KZT", 18.2e9, "KGZ")]),
    ("'the first quarter of the year (N)' is the compared period's value", "2. Arrivals",
     "Compared with the first quarter of the year (2.64 million), entries rose by 15.5 per cent.",
     [fig("arrivals", "total", "persons", 2640000, period=Q1),
      fig("arrivals", "change", "percent", 15.5, compared=Q1)]),
    ("'from 3 southern regions' and emigration are no figures", "8. Capacity building",
     "On 12 May 2024 IOM trained 14 police officers from 3 southern regions. In the same period, 5,210 "
     "citizens of Kazakhstan left the country for permanent residence abroad.",
     [fig("training_participants", "total", "persons", 14, group="police", period=("2024-05-12", "2024-05-12"))]),
    ("'2.3 per cent under that of April–June 2023' is a change against that period", "6. Remittances",
     "The average monthly volume of outgoing transfers, KZT 70.25 bn, was 3.5 per cent above the January–March average "
     "(KZT 67.85 bn) but 1.5 per cent under that of April–June 2023.",
     [fig("remittances_sent", "monthly_average", "KZT", 70.25e9),
      fig("remittances_sent", "change", "percent", 3.5, compared=Q1),
      fig("remittances_sent", "monthly_average", "KZT", 67.85e9, period=Q1),
      fig("remittances_sent", "change", "percent", -1.5, compared=("2023-04-01", "2023-06-30"))]),
    ("citizens of Kazakhstan registered abroad 'with work declared as the purpose' are emigrant workers", "5. Citizens abroad",
     "According to the Polish authorities, 8.2 thousand citizens of Kazakhstan were registered at their place of "
     "stay in Poland with work declared as the purpose of their visit in April–June 2024.",
     [fig("emigrant_workers", "total", "persons", 8200, "POL")]),
    ("a demonym before 'immigration statistics' names the country of a stock abroad", "5. Citizens abroad",
     "German immigration statistics put the number of Kazakhstani citizens staying in the country at about "
     "12,300 as of 30 June 2024.",
     [fig("citizens_abroad", "total", "persons", 12300, "DEU", period=("2024-06-30", "2024-06-30"))]),
    ("a 'when' clause keeps the name of the clause it hangs on", "5. Citizens abroad",
     "The number of Kazakhstani workers recorded in Russia was 8.5% lower than in July–September 2023, "
     "when 19,240 were counted.",
     [fig("emigrant_workers", "change", "percent", -8.5, "RUS", compared=("2023-07-01", "2023-09-30")),
      fig("emigrant_workers", "total", "persons", 19240, "RUS", period=("2023-07-01", "2023-09-30"))]),
    ("a group named after the shares as 'part of the CIS flow'", "2. Arrivals",
     "Armenia (2.5%) and Belarus (1.5%) made up a much smaller part of the CIS flow.",
     [fig("arrivals", "share", "percent", 2.5, "ARM", group="CIS"),
      fig("arrivals", "share", "percent", 1.5, "BLR", group="CIS")]),
    ("'Of these CIS arrivals,' and 'shares of the CIS flow' are bases", "2. Arrivals",
     "Of these CIS arrivals, citizens of Tajikistan made up 8.5%. For the other CIS nationalities, shares of "
     "the CIS flow were as follows: Armenia 2.5 per cent and Belarus 1.5 per cent.",
     [fig("arrivals", "share", "percent", 8.5, "TJK", group="CIS"),
      fig("arrivals", "share", "percent", 2.5, "ARM", group="CIS"),
      fig("arrivals", "share", "percent", 1.5, "BLR", group="CIS")]),
    ("'exceeded the N received in PERIOD by X per cent': N is that period's, X a change against it", "6. Remittances",
     "Incoming transfers amounted to 70.5 bn tenge and exceeded the 61.5 bn tenge received in the second "
     "quarter of 2023 by 14.6 per cent.",
     [fig("remittances_received", "total", "KZT", 70.5e9),
      fig("remittances_received", "total", "KZT", 61.5e9, period=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", 14.6, compared=("2023-04-01", "2023-06-30"))]),
    ("an audience of two kinds joined by 'and' is no group's", "8. Capacity building",
     "On 12 May 2024 IOM convened a round table in Astana. Nineteen participants took part, recruitment "
     "agencies and NGOs.",
     [fig("training_participants", "total", "persons", 19, period=("2024-05-12", "2024-05-12"))]),
    ("periods listed before a list of amounts closed by 'respectively'", "6. Remittances",
     "Transfers sent abroad grew month by month. In April, May and June the amounts were KZT 80.5 billion, "
     "85,5 billion and 90.5 billion, respectively.",
     [fig("remittances_sent", "total", "KZT", 80.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 85.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 90.5e9, period=("2024-06-01", "2024-06-30"))]),
    ("'the summer quarter' is the third quarter", "2. Arrivals",
     "Compared with the busy summer quarter of 2023, departures declined by 9.5 percent.",
     [fig("departures", "change", "percent", -9.5, compared=("2023-07-01", "2023-09-30"))]),
    ("'one in twenty' is no count", "2. Arrivals",
     "Roughly one in twenty arrivals came from the Republic of Korea.",
     []),
    ("'on the previous three months' is the previous quarter", "3. Residence permits",
     "Temporary residence permits were issued to 60,250 foreigners in the second quarter, up 12.5 per cent "
     "on the previous three months.",
     [fig("temporary_residence_permits", "total", "persons", 60250),
      fig("temporary_residence_permits", "change", "percent", 12.5, compared=Q1)]),
    ("citizens of Kazakhstan registered abroad as labour migrants are emigrant workers", "5. Citizens abroad",
     "Korean statistics show that 12.6 thousand citizens of Kazakhstan were registered there as labour "
     "migrants in the second quarter of 2024.",
     [fig("emigrant_workers", "total", "persons", 12600, "KOR")]),
    ("'the largest group in the CIS flow' is a base", "2. Arrivals",
     "Nationals of Kyrgyzstan remain the largest group in the CIS flow, making up 35.5 per cent.",
     [fig("arrivals", "share", "percent", 35.5, "KGZ", group="CIS")]),
    ("a share named after 'half of the arrivals from' a group is of that group", "2. Arrivals",
     "Almost half of the arrivals from CIS countries were Kyrgyz citizens (45.5%), most of them in June.",
     [fig("arrivals", "share", "percent", 45.5, "KGZ", group="CIS")]),
    ("'total arrivals' between a name and a count: the count is the total's", "2. Arrivals",
     "The quarter was marked by the movement from Tajikistan, which lifted total arrivals to 3.5 million "
     "and left departures at 2.5 million.",
     [fig("arrivals", "total", "persons", 3500000), fig("departures", "total", "persons", 2500000)]),
    ("a count after a share and 'of the' is the share's base", "4. Labour migration",
     "Tajik nationals made up just over a third (35.5%) of the 70,500 foreign workers on the register.",
     [fig("registered_migrant_workers", "share", "percent", 35.5, "TJK"),
      fig("registered_migrant_workers", "total", "persons", 70500)]),
    ("a fronted 'With N ...,' phrase holds the count of the name after its comma", "4. Labour migration",
     "The register held 70,500 foreign workers. With 25,500 registrations, Tajikistan remained the main country of origin.",
     [fig("registered_migrant_workers", "total", "persons", 70500),
      fig("registered_migrant_workers", "total", "persons", 25500, "TJK")]),
    ("a count of 'other countries' after a group's count is of its complement", "2. Departures",
     "Exits were recorded for 2,800,500 foreigners, of whom 2,500,000 were CIS citizens and 300,500 came from "
     "other countries.",
     [fig("departures", "total", "persons", 2800500), fig("departures", "total", "persons", 2500000, group="CIS"),
      fig("departures", "total", "persons", 300500, group="non-CIS")]),
    ("a list of 'label: count' items under a training's count; a year naming a document is no period",
     "7. Capacity building",
     "On 17 September 2024 IOM brought together 45 practitioners to discuss the 2024 amendments to the quota rules: "
     "police officers: 18, NGO staff: 27.",
     [fig("training_participants", "total", "persons", 45, period=("2024-09-17", "2024-09-17")),
      fig("training_participants", "total", "persons", 18, group="police", period=("2024-09-17", "2024-09-17")),
      fig("training_participants", "total", "persons", 27, group="ngo", period=("2024-09-17", "2024-09-17"))]),
    ("shares of members in the sentence after a share of a group's flow are of that group", "2. Arrivals",
     "Nationals of Kyrgyzstan remain the largest group in the CIS flow, making up 44.5% of it. Citizens of "
     "Tajikistan (25.5%) and of Armenia (5.5%) follow.",
     [fig("arrivals", "share", "percent", 44.5, "KGZ", group="CIS"), fig("arrivals", "share", "percent", 25.5, "TJK", group="CIS"),
      fig("arrivals", "share", "percent", 5.5, "ARM", group="CIS")]),
    ("... but not when the next sentence takes all arrivals as its base", "2. Arrivals",
     "Nationals of Kyrgyzstan remain the largest group in the CIS flow, making up 44.5% of it. Taken against all "
     "arrivals, Kyrgyz citizens alone represented 40.5 per cent.",
     [fig("arrivals", "share", "percent", 44.5, "KGZ", group="CIS"), fig("arrivals", "share", "percent", 40.5, "KGZ")]),
    ("a sentence naming a group's flow without numbers opens it for its members' shares", "2. Arrivals",
     "Three nationalities dominate the CIS flow. Kyrgyzstan alone accounts for 44.5%, Tajikistan for 25.5%.",
     [fig("arrivals", "share", "percent", 44.5, "KGZ", group="CIS"), fig("arrivals", "share", "percent", 25.5, "TJK", group="CIS")]),
    ("monthly amounts named 'in April' before a bracketed pair are the month's totals", "6. Remittances",
     "The monthly volume of outgoing transfers rose steadily: 60.5 billion KZT in April ($130.5 million) and 65.5 billion in May ($140.5 million).",
     [fig("remittances_sent", "total", "KZT", 60.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 130.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 65.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 140.5e6, period=("2024-05-01", "2024-05-31"))]),
    ("a slash pairs amounts in two currencies; 'first-quarter' is a quarter", "6. Remittances",
     "The monthly average of outgoing transfers stood at KZT 65.5 billion (USD 145.5 million), 5.5% above the "
     "first-quarter average. Uzbekistan received 19.5 per cent of the outgoing volume (KZT 38.5 bn / USD 85.5 mln).",
     [fig("remittances_sent", "monthly_average", "KZT", 65.5e9), fig("remittances_sent", "monthly_average", "USD", 145.5e6),
      fig("remittances_sent", "change", "percent", 5.5, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_sent", "share", "percent", 19.5, "UZB"),
      fig("remittances_sent", "total", "KZT", 38.5e9, "UZB"), fig("remittances_sent", "total", "USD", 85.5e6, "UZB")]),
    ("a sentence declaring 'in per cent' makes its plain numbers after names percents", "3. Residence",
     "Some 70.5 thousand foreigners received a temporary residence permit. By citizenship the distribution, "
     "in per cent, was: Kyrgyzstan – 44.5, Tajikistan – 38.5 and China – 2.5.",
     [fig("temporary_residence_permits", "total", "persons", 70500),
      fig("temporary_residence_permits", "share", "percent", 44.5, "KGZ"),
      fig("temporary_residence_permits", "share", "percent", 38.5, "TJK"),
      fig("temporary_residence_permits", "share", "percent", 2.5, "CHN")]),
    ("'the shares of A and B were x and y respectively, C's z and D's w percent'", "2. Arrivals",
     "The shares of China and Türkiye were 27.5 and 21.5 respectively, Germany’s 8.5, and India’s 5.5 percent.",
     [fig("arrivals", "share", "percent", 27.5, "CHN"), fig("arrivals", "share", "percent", 21.5, "TUR"),
      fig("arrivals", "share", "percent", 8.5, "DEU"), fig("arrivals", "share", "percent", 5.5, "IND")]),
    ("a share's base names its direction before the verb of its clause", "6. Remittances",
     "The Russian Federation remained the main partner: it received 28.5% of the money sent from Kazakhstan "
     "and was the origin of 53.5% of all incoming transfers.",
     [fig("remittances_sent", "share", "percent", 28.5, "RUS"), fig("remittances_received", "share", "percent", 53.5, "RUS")]),
    ("'the Commonwealth' is the CIS, 'from outside the Commonwealth' its complement", "2. Arrivals",
     "Arrivals from outside the Commonwealth were led by China with 31.5 per cent, ahead of Türkiye (24.5%). "
     "Among travellers from the Commonwealth, arrivals were led by Kyrgyzstan (44.5%).",
     [fig("arrivals", "share", "percent", 31.5, "CHN", group="non-CIS"), fig("arrivals", "share", "percent", 24.5, "TUR", group="non-CIS"),
      fig("arrivals", "share", "percent", 44.5, "KGZ", group="CIS")]),
    ("a share 'of those coming from' a group is of that group", "2. Arrivals",
     "Kyrgyz citizens represented 42.5 per cent of all arrivals, compared with 44.5 per cent of those coming from the CIS.",
     [fig("arrivals", "share", "percent", 42.5, "KGZ"), fig("arrivals", "share", "percent", 44.5, "KGZ", group="CIS")]),
    ("a count set against a named count takes its name; '(–8.4%)' is a minus", "5. Citizens abroad",
     "Russia is still the first destination; 29.5 thousand Kazakhstani citizens stated work as the purpose of entry there in April–June 2024, "
     "against 26.5 thousand in the same quarter of 2023 (–10.5%).",
     [fig("emigrant_workers", "total", "persons", 29500, "RUS"),
      fig("emigrant_workers", "total", "persons", 26500, "RUS", period=("2023-04-01", "2023-06-30")),
      fig("emigrant_workers", "change", "percent", -10.5, "RUS", compared=("2023-04-01", "2023-06-30"))]),
    ("a percent in a dash aside right after a named amount is its share; names joined by 'and the' pair with a list",
     "6. Remittances",
     "Transfers from Kyrgyzstan amounted to KZT 45.5 billion – 38.5 per cent of everything received – and the United States "
     "came second with 11.5%. The Republic of Korea and the United Kingdom provided 8.5% and 3.5%.",
     [fig("remittances_received", "total", "KZT", 45.5e9, "KGZ"), fig("remittances_received", "share", "percent", 38.5, "KGZ"),
      fig("remittances_received", "share", "percent", 11.5, "USA"), fig("remittances_received", "share", "percent", 8.5, "KOR"),
      fig("remittances_received", "share", "percent", 3.5, "GBR")]),
    ("'(per cent of CIS entries):' makes the plain numbers of its list percents of that group", "2. Arrivals",
     "Within the CIS group the main countries of citizenship were (per cent of CIS entries): Kyrgyzstan – 41.5, "
     "Tajikistan – 27.5 and Armenia – 1.5.",
     [fig("arrivals", "share", "percent", 41.5, "KGZ", group="CIS"), fig("arrivals", "share", "percent", 27.5, "TJK", group="CIS"),
      fig("arrivals", "share", "percent", 1.5, "ARM", group="CIS")]),
    ("a group named after a list of shares 'as the main country of origin among arrivals from' it", "2. Arrivals",
     "Kyrgyzstan (38.5%) overtook Tajikistan (33.5%) as the main country of origin among arrivals from CIS member states.",
     [fig("arrivals", "share", "percent", 38.5, "KGZ", group="CIS"), fig("arrivals", "share", "percent", 33.5, "TJK", group="CIS")]),
    ("a cue in an apposition set off by commas names no metric", "3. Residence permits",
     "As of 1 April 2024 the number of permanent residents, i.e. foreigners living in the country "
     "on a residence permit, stood at 140,500.",
     [fig("permanent_residents", "total", "persons", 140500, period=("2024-04-01", "2024-04-01"))]),
    ("a name set against another is no subject, nor what 'there' points to", "5. Citizens abroad",
     "Germany remains the second destination after Russia: as of the end of May 2024, some 31,500 "
     "Kazakhstani nationals were staying there.",
     [fig("citizens_abroad", "total", "persons", 31500, "DEU", period=("2024-05-31", "2024-05-31"))]),
    ("money transferred into the country from abroad is received", "6. Remittances",
     "In the quarter KZT 95.5 billion was transferred into Kazakhstan from abroad.",
     [fig("remittances_received", "total", "KZT", 95.5e9)]),
    ("fronted comparison with its values in a bracket", "6. Remittances",
     "Compared with January–March 2024 (KZT 170.5 billion sent and KZT 80.5 billion received), outgoing "
     "transfers fell by 9.5 per cent, incoming ones by 4.5 per cent.",
     [fig("remittances_sent", "total", "KZT", 170.5e9, period=Q1),
      fig("remittances_received", "total", "KZT", 80.5e9, period=Q1),
      fig("remittances_sent", "change", "percent", -9.5, compared=Q1),
      fig("remittances_received", "change", "percent", -4.5, compared=Q1)]),
    ("money sent in so many transactions keeps the sentence's direction", "6. Remittances",
     "Transfers to Kazakhstan amounted to KZT 110.5 billion, sent in 405,500 transactions.",
     [fig("remittances_received", "total", "KZT", 110.5e9),
      fig("remittances_received", "total", "transactions", 405500)]),
    ("registered foreign labour names registered workers", "Summary",
     "Registered foreign labour stood at 70,5 thousand workers, more than half of them (52.5 per cent) from Uzbekistan.",
     [fig("registered_migrant_workers", "total", "persons", 70500),
      fig("registered_migrant_workers", "share", "percent", 52.5, "UZB")]),
    ("'they' takes the direction the sentence before spoke of", "6. Remittances",
     "Outgoing transfers averaged KZT 80.5 billion a month. For the quarter as a whole they rose by "
     "105.5 per cent against the same quarter of 2023, and incoming transfers by 55.5 per cent.",
     [fig("remittances_sent", "monthly_average", "KZT", 80.5e9),
      fig("remittances_sent", "change", "percent", 105.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", 55.5, compared=("2023-04-01", "2023-06-30"))]),
    ("citizens leaving to take up work abroad, then a destination's workers", "6. Citizens working abroad",
     "About 12.5 thousand Kazakhstanis left to take up work abroad in April–June 2024. Russia stays the "
     "first destination, with 7,100 workers, followed by Türkiye with 1,020.",
     [fig("emigrant_workers", "total", "persons", 12500),
      fig("emigrant_workers", "total", "persons", 7100, "RUS"),
      fig("emigrant_workers", "total", "persons", 1020, "TUR")]),
    ("a community of citizens living abroad is their stock there, not workers", "5. Kazakhstanis abroad",
     "A smaller community lives in the Republic of Korea: 12,500 Kazakhstani nationals held a long-term "
     "stay status there at the end of June 2024. The Republic of Korea was home to some 40 500 Kazakhstani "
     "nationals as of 31 December 2023. As of 1 January 2024 the consular offices of Kazakhstan had "
     "400,300 citizens on their registers, 40% of them in the Russian Federation.",
     [fig("citizens_abroad", "total", "persons", 12500, "KOR", period=("2024-06-30", "2024-06-30")),
      fig("citizens_abroad", "total", "persons", 40500, "KOR", period=("2023-12-31", "2023-12-31")),
      fig("citizens_abroad", "total", "persons", 400300, period=("2024-01-01", "2024-01-01")),
      fig("citizens_abroad", "share", "percent", 40, "RUS", period=("2024-01-01", "2024-01-01"))]),
    ("a clause opened by 'here' after a group total takes the group", "2. Arrivals",
     "Entries by nationals of non-CIS countries amounted to 560.5 thousand; here China led (30.5%), "
     "ahead of India (10.5%).",
     [fig("arrivals", "total", "persons", 560500, group="non-CIS"),
      fig("arrivals", "share", "percent", 30.5, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 10.5, "IND", group="non-CIS")]),
    ("permanent residence 'went to' a nationality", "3. Residence permits",
     "Permanent residence went primarily to Russian citizens – 55.5 per cent of all permits granted – and "
     "to Uzbek citizens (12.5 per cent).",
     [fig("permanent_residence_permits", "share", "percent", 55.5, "RUS"),
      fig("permanent_residence_permits", "share", "percent", 12.5, "UZB")]),
    ("'inside the CIS flow' is the base of the list; 'of it' points at the group before", "2. Arrivals",
     "Inside the CIS flow Uzbekistan led with 41.5%, followed by Kyrgyzstan (20.5%). The bulk of the inflow "
     "came from CIS member states; Tajik citizens alone made up 8.5% of it.",
     [fig("arrivals", "share", "percent", 41.5, "UZB", group="CIS"),
      fig("arrivals", "share", "percent", 20.5, "KGZ", group="CIS"),
      fig("arrivals", "share", "percent", 8.5, "TJK", group="CIS")]),
    ("a stock of residents 'on the strength of' a permit; an amount 'a month' after its dollar twin", "3. Permits",
     "As of 1 July 2024, 180,500 foreign nationals were living in Kazakhstan on the strength of a permanent "
     "residence permit. Individuals transferred KZT 298.5 billion out of Kazakhstan in April – June 2024, "
     "which works out at KZT 99.5 billion, or USD 222.5 million, a month.",
     [fig("permanent_residents", "total", "persons", 180500, period=("2024-07-01", "2024-07-01")),
      fig("remittances_sent", "total", "KZT", 298.5e9),
      fig("remittances_sent", "monthly_average", "KZT", 99.5e9),
      fig("remittances_sent", "monthly_average", "USD", 222.5e6)]),
    ("'among the N arrivals from non-CIS countries' is the group's count and the base of its share", "2. Arrivals",
     "Uzbekistan alone accounted for 37.5 per cent of the total, while among the 399.5 thousand arrivals "
     "from non-CIS countries China was well ahead of the rest, with 42.5 percent.",
     [fig("arrivals", "share", "percent", 37.5, "UZB"),
      fig("arrivals", "total", "persons", 399500, group="non-CIS"),
      fig("arrivals", "share", "percent", 42.5, "CHN", group="non-CIS")]),
    ("zeros: 'not a single worker was registered', a region then '– none', and a clause after it that is no zero",
     "4. Labour migration",
     "In Ulytau region not a single foreign worker was registered during the quarter. Not a single foreign "
     "worker was registered in Abay region, and only a handful in Zhambyl. Foreign workers registered: "
     "21,5 thousand; in North Kazakhstan region – none. Turkistan region likewise reported none.",
     [fig("registered_migrant_workers", "total", "persons", 0, region="KZ-62"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-10"),
      fig("registered_migrant_workers", "total", "persons", 21500),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-59"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-61")]),
    ("participants' groups after a dash and after 'of them'", "6. IOM activities",
     "On 12 June 2024, Astana: a round table on the new migration legislation with 31 participants – 19 from "
     "government bodies and 12 from civil society organizations. On 22 June a training in Almaty gathered "
     "25 participants; 14 of them represented the migration police.",
     [fig("training_participants", "total", "persons", 31, period=("2024-06-12", "2024-06-12")),
      fig("training_participants", "total", "persons", 19, group="government", period=("2024-06-12", "2024-06-12")),
      fig("training_participants", "total", "persons", 12, group="ngo", period=("2024-06-12", "2024-06-12")),
      fig("training_participants", "total", "persons", 25, period=("2024-06-22", "2024-06-22")),
      fig("training_participants", "total", "persons", 14, group="police", period=("2024-06-22", "2024-06-22"))]),
    ("a 'when' clause after a relative clause's compared period; 'the figure was' keeps the country before",
     "5. Citizens working abroad",
     "Some 18.5 thousand citizens of Kazakhstan entered the Russian Federation with the declared purpose of "
     "work in April–June 2024, which is fewer than a year earlier, when 21.5 thousand did so. A year earlier, "
     "in the same quarter, the figure was 20.5 thousand in Türkiye.",
     [fig("emigrant_workers", "total", "persons", 18500, "RUS"),
      fig("emigrant_workers", "total", "persons", 21500, "RUS", period=("2023-04-01", "2023-06-30")),
      fig("emigrant_workers", "total", "persons", 20500, "TUR", period=("2023-04-01", "2023-06-30"))]),
    ("'the figure was' with no name of its own: the country of the sentence before", "5. Citizens working abroad",
     "In the Russian Federation 24.5 thousand citizens of Kazakhstan declared work as the purpose of entry. "
     "A year earlier, in the same quarter, the figure was 27 thousand.",
     [fig("emigrant_workers", "total", "persons", 24500, "RUS"),
      fig("emigrant_workers", "total", "persons", 27000, "RUS", period=("2023-04-01", "2023-06-30"))]),
    ("a count of 'all other countries' or 'from elsewhere' beside a CIS count is non-CIS", "2. Arrivals",
     "As usual, the bulk of entries was made by nationals of CIS countries (3,031,500), with 381,5 thousand coming "
     "from elsewhere. The Commonwealth dominated the flow: 3,702,500 arrivals were nationals of CIS member "
     "states, whereas citizens of all other countries together accounted for 423,500.",
     [fig("arrivals", "total", "persons", 3031500, group="CIS"),
      fig("arrivals", "total", "persons", 381500, group="non-CIS"),
      fig("arrivals", "total", "persons", 3702500, group="CIS"),
      fig("arrivals", "total", "persons", 423500, group="non-CIS")]),
    ("Kazakhstani nationals entering a country for work are emigrant workers, not arrivals", "5. Citizens abroad",
     "The Russian Federation remained the first destination of Kazakhstani workers abroad, with 31.5 thousand "
     "entries for the purpose of employment. Some 7,5 thousand Kazakhstani nationals arrived in the Republic "
     "of Korea on employment visas in April–June 2024.",
     [fig("emigrant_workers", "total", "persons", 31500, "RUS"),
      fig("emigrant_workers", "total", "persons", 7500, "KOR")]),
    ("a name's appositive naming its group leaves the share the name's", "3.1 Temporary residence permits",
     "The permits went mostly to nationals of Uzbekistan – 44.5%; China, the only non-CIS country in the "
     "top five, held a 2.5% share.",
     [fig("temporary_residence_permits", "share", "percent", 44.5, "UZB"),
      fig("temporary_residence_permits", "share", "percent", 2.5, "CHN")]),
    ("a group's count restated as a share opens the group for 'of which' shares after it", "2. Arrivals",
     "Nationals of CIS member states made up the bulk of the flow – 2,941,500 arrivals, or 95.5 per cent of "
     "the total – of which Uzbekistan accounted for 44.5 per cent and Tajikistan for 7.5 per cent.",
     [fig("arrivals", "total", "persons", 2941500, group="CIS"),
      fig("arrivals", "share", "percent", 95.5, group="CIS"),
      fig("arrivals", "share", "percent", 44.5, "UZB", group="CIS"),
      fig("arrivals", "share", "percent", 7.5, "TJK", group="CIS")]),
    ("work permits issued abroad to Kazakhstani citizens, and the count 'up from' a year earlier", "5. Citizens abroad",
     "Poland issued work permits to 1,240 citizens of Kazakhstan, up from 980 in the same quarter of 2023.",
     [fig("emigrant_workers", "total", "persons", 1240, "POL"),
      fig("emigrant_workers", "total", "persons", 980, "POL", period=("2023-04-01", "2023-06-30"))]),
    ("a gapped change whose unit is left out", "6. Remittances",
     "Compared with the previous quarter, outgoing transfers fell by 8.5 per cent, incoming ones by 12.5.",
     [fig("remittances_sent", "change", "percent", -8.5, compared=Q1),
      fig("remittances_received", "change", "percent", -12.5, compared=Q1)]),
    ("a share of two names at once is no figure; their shares respectively are", "1. Residence",
     "Some 61.5 thousand foreigners obtained a temporary residence permit in the quarter; the two largest "
     "groups, Kyrgyz and Tajik nationals, together took more than 70 per cent of them (40.5 and 30.5 per cent "
     "respectively).",
     [fig("temporary_residence_permits", "total", "persons", 61500),
      fig("temporary_residence_permits", "share", "percent", 40.5, "KGZ"),
      fig("temporary_residence_permits", "share", "percent", 30.5, "TJK")]),
    ("'more than' right before a percent is no change", "1. Residence",
     "Foreigners received 61,500 temporary residence permits in the quarter; Kyrgyz nationals took more "
     "than 40 per cent of them.",
     [fig("temporary_residence_permits", "total", "persons", 61500),
      fig("temporary_residence_permits", "share", "percent", 40, "KGZ")]),
    ("a register 'at the end of the quarter' whose paragraph names that day is as of the day", "2. Labour migration",
     "At the end of the quarter 41,250 foreign citizens were registered as workers in Kazakhstan, all of them "
     "with a valid permit on 30 June 2024.",
     [fig("registered_migrant_workers", "total", "persons", 41250, period=("2024-06-30", "2024-06-30"))]),
    ("a register 'at the end of the quarter' with no day named counts the quarter", "2. Labour migration",
     "At the end of the quarter 41,250 foreign citizens were registered as workers in Kazakhstan.",
     [fig("registered_migrant_workers", "total", "persons", 41250)]),
    ("a stock 'at the end of the quarter' is as of its last day", "2. Permanent residents",
     "At the end of the quarter 141,250 foreigners were living in Kazakhstan with a permanent residence permit.",
     [fig("permanent_residents", "total", "persons", 141250, period=("2024-06-30", "2024-06-30"))]),
    ("a country's share of a group's flow names the country, the group its base", "1. Migration inflow",
     "Kyrgyzstan supplied the largest part of arrivals from the CIS (40.5%), followed by Tajikistan (20.5%).",
     [fig("arrivals", "share", "percent", 40.5, "KGZ", group="CIS"),
      fig("arrivals", "share", "percent", 20.5, "TJK", group="CIS")]),
    ("an amount fronted by 'at' is what the subject after it names", "3. Remittances",
     "Individuals sent KZT 181.5 billion abroad in the quarter. At KZT 60.5 billion, the average monthly "
     "volume was 2.5 per cent less than in the previous quarter (62.05 billion KZT).",
     [fig("remittances_sent", "total", "KZT", 181.5e9),
      fig("remittances_sent", "monthly_average", "KZT", 60.5e9),
      fig("remittances_sent", "change", "percent", -2.5, compared=Q1),
      fig("remittances_sent", "monthly_average", "KZT", 62.05e9, period=Q1)]),
    ("a fronted comparison holds for its clause, not past ', yet'", "3. Remittances",
     "Compared with January–March 2024, incoming transfers fell by 2.5 per cent, yet they were 4.5 per cent "
     "above their April–June 2023 level.",
     [fig("remittances_received", "change", "percent", -2.5, compared=Q1),
      fig("remittances_received", "change", "percent", 4.5, compared=("2023-04-01", "2023-06-30"))]),
    ("an event's count takes the days named after it", "6. Capacity building",
     "30 participants at the Astana round table, 14–15 May 2024.",
     [fig("training_participants", "total", "persons", 30, period=("2024-05-14", "2024-05-15"))]),
    ("a gapped change inside a comparison clause", "3. Remittances",
     "Compared with January–March 2024, incoming remittances rose by 8.5 per cent, and compared with "
     "April–June 2023 by 20.5 per cent.",
     [fig("remittances_received", "change", "percent", 8.5, compared=Q1),
      fig("remittances_received", "change", "percent", 20.5, compared=("2023-04-01", "2023-06-30"))]),
    ("a change in a dash aside takes no name after the aside", "1. Residence",
     "Six thousand five hundred people obtained a permanent residence permit – 12.5% more than in the first "
     "quarter – of whom nationals of the Russian Federation made up 45.5 per cent.",
     [fig("permanent_residence_permits", "total", "persons", 6500),
      fig("permanent_residence_permits", "change", "percent", 12.5, compared=Q1),
      fig("permanent_residence_permits", "share", "percent", 45.5, "RUS")]),
    ("a change against 'a quarter earlier'", "1. Residence",
     "Temporary residence permits went to 61,500 foreign nationals in April–June, 5.5 per cent fewer than a "
     "quarter earlier.",
     [fig("temporary_residence_permits", "total", "persons", 61500),
      fig("temporary_residence_permits", "change", "percent", -5.5, compared=Q1)]),
    ("'the amounts leaving the country' are sent", "3. Remittances",
     "Month by month, the amounts leaving the country rose steadily, averaging KZT 60.5 bn a month over the quarter.",
     [fig("remittances_sent", "monthly_average", "KZT", 60.5e9)]),
    ("two names, then two percents 'A against B'", "1. Residence",
     "Foreigners received 61,500 temporary residence permits in the quarter. For the first time, Kyrgyz "
     "nationals outnumbered Tajik nationals: 40.5 percent against 30.5.",
     [fig("temporary_residence_permits", "total", "persons", 61500),
      fig("temporary_residence_permits", "share", "percent", 40.5, "KGZ"),
      fig("temporary_residence_permits", "share", "percent", 30.5, "TJK")]),
    ("a bound each of two names stays under is no figure; bare decimals 'respectively' are percents",
     "2. Labour migration",
     "In the quarter 40.5 thousand foreigners were registered as migrant workers. Uzbekistan led with 60.5%; "
     "Tajikistan and Armenia each contributed less than three percent (2.5 and 1.5 respectively).",
     [fig("registered_migrant_workers", "total", "persons", 40500),
      fig("registered_migrant_workers", "share", "percent", 60.5, "UZB"),
      fig("registered_migrant_workers", "share", "percent", 2.5, "TJK"),
      fig("registered_migrant_workers", "share", "percent", 1.5, "ARM")]),
    ("a data date in a permits paragraph does not date the permits' shares", "1. Residence",
     "As of 1 July 2024, 6,500 foreign nationals had been granted a permanent residence permit since April. "
     "Among the new permanent residents, citizens of the Russian Federation made up 55.5%.",
     [fig("permanent_residence_permits", "total", "persons", 6500),
      fig("permanent_residence_permits", "share", "percent", 55.5, "RUS")]),
    ("changes 'respectively' with no names take the metrics of the changes before them", "3. Remittances",
     "Compared to January–March, outgoing transfers increased by 18.5 per cent and incoming transfers by 40.5 "
     "per cent; year on year the rise was 30.5 and 90.5 per cent respectively.",
     [fig("remittances_sent", "change", "percent", 18.5, compared=Q1),
      fig("remittances_received", "change", "percent", 40.5, compared=Q1),
      fig("remittances_sent", "change", "percent", 30.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", 90.5, compared=("2023-04-01", "2023-06-30"))]),
    ("an amount 'for the whole of' a quarter is its total", "3. Remittances",
     "On average KZT 60.5 billion left the country each month, against KZT 170.5 billion for the whole of "
     "January–March.",
     [fig("remittances_sent", "monthly_average", "KZT", 60.5e9),
      fig("remittances_sent", "total", "KZT", 170.5e9, period=Q1)]),
    ("a period in a participle's aside does not date the count", "2. Labour migration",
     "In the quarter 40,100 foreigners were registered as migrant workers. Ulytau region, created in May "
     "2022, registered only 38 workers.",
     [fig("registered_migrant_workers", "total", "persons", 40100),
      fig("registered_migrant_workers", "total", "persons", 38, region="KZ-62")]),
    ("a demonym before 'specialists' or 'contingent' names the country", "2. Labour migration",
     "Employers registered 20.5 thousand foreign workers. Indian specialists formed the largest group (25.5%), "
     "with a total of 5,228 workers. The Turkish contingent, 2,104 workers, came second.",
     [fig("registered_migrant_workers", "total", "persons", 20500),
      fig("registered_migrant_workers", "share", "percent", 25.5, "IND"),
      fig("registered_migrant_workers", "total", "persons", 5228, "IND"),
      fig("registered_migrant_workers", "total", "persons", 2104, "TUR")]),
    ("an amount in billions without a currency takes the nearest amount in billions before it", "6. Remittances",
     "Outgoing transfers reached KZT 215.0 billion. Uzbekistan received USD 90.3 million (21.2%), Türkiye 30.9 "
     "billion KZT (14.4%) and Kyrgyzstan 14.2 billion (6.6%).",
     [fig("remittances_sent", "total", "KZT", 215.0e9),
      fig("remittances_sent", "total", "USD", 90.3e6, "UZB"), fig("remittances_sent", "share", "percent", 21.2, "UZB"),
      fig("remittances_sent", "total", "KZT", 30.9e9, "TUR"), fig("remittances_sent", "share", "percent", 14.4, "TUR"),
      fig("remittances_sent", "total", "KZT", 14.2e9, "KGZ"), fig("remittances_sent", "share", "percent", 6.6, "KGZ")]),
    ("demonyms alone as items of a list of shares", "2. Labour migration",
     "40,500 foreign workers were registered in the second quarter. Of them, citizens of Uzbekistan formed "
     "50.5%, Russian citizens 30.5%, Kyrgyz 6.5% and Tajik 4.5%.",
     [fig("registered_migrant_workers", "total", "persons", 40500),
      fig("registered_migrant_workers", "share", "percent", 50.5, "UZB"),
      fig("registered_migrant_workers", "share", "percent", 30.5, "RUS"),
      fig("registered_migrant_workers", "share", "percent", 6.5, "KGZ"),
      fig("registered_migrant_workers", "share", "percent", 4.5, "TJK")]),
    ("'transfers there' are the country's the sentence before named; 'slipped by' is a fall", "3. Remittances",
     "Individuals sent KZT 200.5 billion abroad in the quarter. The Russian Federation remained the main "
     "destination, with 60.5 per cent of the total. Transfers there were nevertheless 30.5% lower than a year "
     "before. Incoming transfers slipped by 3.5% against the previous quarter.",
     [fig("remittances_sent", "total", "KZT", 200.5e9),
      fig("remittances_sent", "share", "percent", 60.5, "RUS"),
      fig("remittances_sent", "change", "percent", -30.5, "RUS", compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", -3.5, compared=Q1)]),
    ("a stock's date does not date a training after it", "6. Summary",
     "150,200 permanent residents held a permanent residence permit as of 1 July 2024. 30 police officers "
     "and NGO staff were trained by IOM on counter-trafficking in Shymkent.",
     [fig("permanent_residents", "total", "persons", 150200, period=("2024-07-01", "2024-07-01")),
      fig("training_participants", "total", "persons", 30)]),
    ("a change noun and its copula give the sign; the gapped change after it keeps it", "3. Remittances",
     "Against the first quarter the decline in incoming transfers was 8.5 per cent, and year on year it "
     "reached 12.5 per cent.",
     [fig("remittances_received", "change", "percent", -8.5, compared=Q1),
      fig("remittances_received", "change", "percent", -12.5, compared=("2023-04-01", "2023-06-30"))]),
    ("'transferred in N thousand transactions' keeps the received direction", "3. Remittances",
     "Remittances received from abroad amounted to 70.5 billion tenge, transferred in 260.5 thousand transactions.",
     [fig("remittances_received", "total", "KZT", 70.5e9),
      fig("remittances_received", "total", "transactions", 260500)]),
    ("'this group' is the name the sentence before counted", "5. Emigration",
     "In the quarter 7,400 citizens of Kazakhstan departed for employment abroad, of whom 3,100 went to the "
     "Republic of Korea. This group was 20.5% larger than a year earlier.",
     [fig("emigrant_workers", "total", "persons", 7400),
      fig("emigrant_workers", "total", "persons", 3100, "KOR"),
      fig("emigrant_workers", "change", "percent", 20.5, "KOR", compared=("2023-04-01", "2023-06-30"))]),
    ("a nationality's authorities issuing permits name the country", "5. Emigration",
     "Polish voivodeship offices issued 1,950 work permits to citizens of Kazakhstan in the quarter.",
     [fig("emigrant_workers", "total", "persons", 1950, "POL")]),
    ("ordinal ranks and plural demonyms in a list of shares", "1. Residence",
     "In the quarter 7,500 foreigners received permanent residence. Russian nationals were the largest group "
     "with 50.5 per cent, Uzbek nationals the second with 18.5 and Mongolians the third with 6.5 per cent.",
     [fig("permanent_residence_permits", "total", "persons", 7500),
      fig("permanent_residence_permits", "share", "percent", 50.5, "RUS"),
      fig("permanent_residence_permits", "share", "percent", 18.5, "UZB"),
      fig("permanent_residence_permits", "share", "percent", 6.5, "MNG")]),
    ("a name after an event's participle is where the event was", "1. Migration inflow",
     "3.2 million foreign nationals entered Kazakhstan in the quarter, 10.5 per cent fewer than in the first "
     "quarter, when 3.6 million arrived in the wake of the measures announced in the Russian Federation.",
     [fig("arrivals", "total", "persons", 3200000),
      fig("arrivals", "change", "percent", -10.5, compared=Q1),
      fig("arrivals", "total", "persons", 3600000, period=Q1)]),
    ("a name set off after 'the capital' takes the number after it", "2. Labour migration",
     "Almaty city registered 12.5 thousand migrant workers in the quarter and the capital, Astana, 9,500, "
     "ahead of Shymkent.",
     [fig("registered_migrant_workers", "total", "persons", 12500, region="KZ-75"),
      fig("registered_migrant_workers", "total", "persons", 9500, region="KZ-71")]),
    ("'sent in N operations' keeps the inflow's direction", "3. Remittances",
     "Money flowing into the country amounted to KZT 90.5 billion, sent in 400,500 operations.",
     [fig("remittances_received", "total", "KZT", 90.5e9),
      fig("remittances_received", "total", "transactions", 400500)]),
    ("'that compares with N in P' makes P the compared period", "2. Labour migration",
     "In the quarter 22,100 foreign workers were registered. That compares with 22,905 in January–March 2024 "
     "and amounts to a decline of 3.5 per cent.",
     [fig("registered_migrant_workers", "total", "persons", 22100),
      fig("registered_migrant_workers", "total", "persons", 22905, period=Q1),
      fig("registered_migrant_workers", "change", "percent", -3.5, compared=Q1)]),
    ("a demonym after 'N per cent' in a list of shares", "1. Residence",
     "As of 1 July 2024, 150,400 foreign nationals were living in Kazakhstan on a permanent residence permit, "
     "of whom 38.5 per cent held Russian citizenship, 20.5 per cent Uzbek and 9.5 per cent Chinese.",
     [fig("permanent_residents", "total", "persons", 150400, period=("2024-07-01", "2024-07-01")),
      fig("permanent_residents", "share", "percent", 38.5, "RUS", period=("2024-07-01", "2024-07-01")),
      fig("permanent_residents", "share", "percent", 20.5, "UZB", period=("2024-07-01", "2024-07-01")),
      fig("permanent_residents", "share", "percent", 9.5, "CHN", period=("2024-07-01", "2024-07-01"))]),
    ("a bare number in brackets beside an exchange rate is a rate of the period it names", "3. Remittances",
     "USD amounts are converted at the quarterly average official rate of 450.5 KZT per US dollar "
     "(455.5 in Q1 2024).",
     [fig("exchange_rate", "average", "KZT_per_USD", 450.5),
      fig("exchange_rate", "average", "KZT_per_USD", 455.5, period=Q1)]),
    ("a compared amount after a change is of what the change is of", "3. Remittances",
     "Outgoing transfers averaged KZT 80.5 billion a month. For the quarter as a whole they rose by 20.5 per cent "
     "against the first quarter (KZT 200.5 billion), and incoming transfers by 10.5 per cent (KZT 90.5 billion). "
     "Incoming transfers averaged KZT 33.5 billion a month, yet their quarterly total was 5.5 per cent lower than "
     "in the first quarter (KZT 106.5 billion).",
     [fig("remittances_sent", "monthly_average", "KZT", 80.5e9),
      fig("remittances_sent", "change", "percent", 20.5, compared=Q1),
      fig("remittances_sent", "total", "KZT", 200.5e9, period=Q1),
      fig("remittances_received", "change", "percent", 10.5, compared=Q1),
      fig("remittances_received", "total", "KZT", 90.5e9, period=Q1),
      fig("remittances_received", "monthly_average", "KZT", 33.5e9),
      fig("remittances_received", "change", "percent", -5.5, compared=Q1),
      fig("remittances_received", "total", "KZT", 106.5e9, period=Q1)]),
    ("a compared amount before the change it is compared in keeps its own metric", "3. Remittances",
     "Compared with the first quarter, outgoing transfers rose by 6.5% (from KZT 200.5 billion) and incoming ones "
     "by 2.5%, while against the second quarter of 2023 (KZT 210.5 billion) the outflow was 3.5% lower.",
     [fig("remittances_sent", "change", "percent", 6.5, compared=Q1),
      fig("remittances_sent", "total", "KZT", 200.5e9, period=Q1),
      fig("remittances_received", "change", "percent", 2.5, compared=Q1),
      fig("remittances_sent", "total", "KZT", 210.5e9, period=("2023-04-01", "2023-06-30")),
      fig("remittances_sent", "change", "percent", -3.5, compared=("2023-04-01", "2023-06-30"))]),
    ("a count before its noun and a bracket dating another count", "1. Key figures",
     "Foreign nationals made 3.41 million arrivals (Q1 2024: 3.11 million).",
     [fig("arrivals", "total", "persons", 3410000), fig("arrivals", "total", "persons", 3110000, period=Q1)]),
    ("modifiers of one noun shared by two decimal counts", "2. Residence permits",
     "The migration service issued 80.5 thousand temporary and 5.5 thousand permanent residence permits.",
     [fig("temporary_residence_permits", "total", "persons", 80500),
      fig("permanent_residence_permits", "total", "persons", 5500)]),
    ("workers out of the nationals staying in a country", "5. Kazakhstani citizens abroad",
     "In Germany, 4,150 Kazakhstani citizens held work visas as of 30 June 2024, out of 12,550 nationals of "
     "Kazakhstan staying in the country on that date.",
     [fig("emigrant_workers", "total", "persons", 4150, "DEU", period=("2024-06-30", "2024-06-30")),
      fig("citizens_abroad", "total", "persons", 12550, "DEU", period=("2024-06-30", "2024-06-30"))]),
    ("inbound and outbound movements, the second gapped", "1. Border crossings",
     "Compared with the first quarter, inbound movements grew by 10.5 per cent and outbound ones by 8.5 per cent.",
     [fig("arrivals", "change", "percent", 10.5, compared=Q1),
      fig("departures", "change", "percent", 8.5, compared=Q1)]),
    ("a country's share in the predicate after a bracket, a country that provided, a country that received",
     "5. Remittances",
     "Over a third of all money received (35.5%) was sent from Russia – KZT 30.5 billion – while the Republic of Korea provided 8.5%. "
     "Georgia, which is counted under other countries in the table, received KZT 12.5 billion.",
     [fig("remittances_received", "share", "percent", 35.5, "RUS"),
      fig("remittances_received", "total", "KZT", 30.5e9, "RUS"),
      fig("remittances_received", "share", "percent", 8.5, "KOR"),
      fig("remittances_sent", "total", "KZT", 12.5e9, "GEO")]),
    ("an amount and its share between dashes before the country", "5. Remittances",
     "Transfers into Kazakhstan totalled KZT 60.5 billion, of which KZT 35.5 billion (USD 75.5 million) – 58.7 per "
     "cent – came from the Russian Federation.",
     [fig("remittances_received", "total", "KZT", 60.5e9),
      fig("remittances_received", "total", "KZT", 35.5e9, "RUS"),
      fig("remittances_received", "total", "USD", 75.5e6, "RUS"),
      fig("remittances_received", "share", "percent", 58.7, "RUS")]),
    ("a name and a day in a dash aside with no number belong to no figure outside it", "2. Arrivals",
     "The inflow was 20.5 per cent larger than in the same quarter of 2023 – a jump explained by the arrival of "
     "Russian citizens after the events of 21 March 2024 – but 2.5 per cent smaller than in the previous quarter.",
     [fig("arrivals", "change", "percent", 20.5, compared=("2023-04-01", "2023-06-30")),
      fig("arrivals", "change", "percent", -2.5, compared=Q1)]),
    ("a change right after a dated amount in brackets is against that amount's period", "3. Residence permits",
     "Some ninety thousand foreigners obtained a temporary residence permit in the second quarter (85.5 thousand "
     "in January–March), an increase of 5.3%.",
     [fig("temporary_residence_permits", "total", "persons", 90000),
      fig("temporary_residence_permits", "total", "persons", 85500, period=Q1),
      fig("temporary_residence_permits", "change", "percent", 5.3, compared=Q1)]),
    ("holders of a permit just granted are the permits' recipients", "4. Permanent residence",
     "Six thousand migrants received permanent residence permits in the quarter. Among these new permanent "
     "residence holders, citizens of the Russian Federation came first (60.5%).",
     [fig("permanent_residence_permits", "total", "persons", 6000),
      fig("permanent_residence_permits", "share", "percent", 60.5, "RUS")]),
    ("foreigners living on a permanent permit", "4. Permanent residence",
     "As of 30 June 2024 the register counted 150,500 foreigners living in Kazakhstan on a permanent permit.",
     [fig("permanent_residents", "total", "persons", 150500, period=("2024-06-30", "2024-06-30"))]),
    ("permit holders are residents, a stock", "4. Permanent residence",
     "Permanent residence permit holders numbered 385,500 as of 30 June 2024, while 6,500 permanent residence "
     "permits were issued in the quarter.",
     [fig("permanent_residents", "total", "persons", 385500, period=("2024-06-30", "2024-06-30")),
      fig("permanent_residence_permits", "total", "persons", 6500)]),
    ("a change above or below the compared average and its period", "4. Remittances",
     "Individuals sent KZT 196.5 billion abroad in the quarter. "
     "The average monthly volume, 65.5 billion KZT, is 5.5 per cent below the 69.3 billion KZT of the previous "
     "quarter, yet 8.5% above the 60.4 billion KZT averaged in the same quarter of 2023.",
     [fig("remittances_sent", "total", "KZT", 196.5e9),
      fig("remittances_sent", "monthly_average", "KZT", 65.5e9),
      fig("remittances_sent", "change", "percent", -5.5, compared=Q1),
      fig("remittances_sent", "monthly_average", "KZT", 69.3e9, period=Q1),
      fig("remittances_sent", "change", "percent", 8.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_sent", "monthly_average", "KZT", 60.4e9, period=("2023-04-01", "2023-06-30"))]),
    ("a dash aside of a name's figures; an amount pair and its share in one bracket", "5. Remittances",
     "Most of the money came from the Russian Federation – 40.5 billion KZT, a share of 40.5 per cent and 10.5 per "
     "cent more than a year earlier – followed by the Republic of Korea (9.5B tenge, $18.5M; 9.5%).",
     [fig("remittances_received", "total", "KZT", 40.5e9, "RUS"),
      fig("remittances_received", "share", "percent", 40.5, "RUS"),
      fig("remittances_received", "change", "percent", 10.5, "RUS", compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "total", "KZT", 9.5e9, "KOR"),
      fig("remittances_received", "total", "USD", 18.5e6, "KOR"),
      fig("remittances_received", "share", "percent", 9.5, "KOR")]),
    ("a stock date closing coordinated counts; a count's share in a dash aside; fewer than the N of a period",
     "4. Permanent residence",
     "A total of 6,500 persons obtained permanent residence permits, of whom 4,100 – or 63.1 per cent – were citizens "
     "of the Russian Federation. This is 6.5 per cent fewer than the 6,952 granted in the second quarter of 2023. "
     "Consular registers counted 90,500 citizens of Kazakhstan living in Germany and 35,500 living in the Republic "
     "of Korea as of 1 July 2024.",
     [fig("permanent_residence_permits", "total", "persons", 6500),
      fig("permanent_residence_permits", "total", "persons", 4100, "RUS"),
      fig("permanent_residence_permits", "share", "percent", 63.1, "RUS"),
      fig("permanent_residence_permits", "change", "percent", -6.5, compared=("2023-04-01", "2023-06-30")),
      fig("permanent_residence_permits", "total", "persons", 6952, period=("2023-04-01", "2023-06-30")),
      fig("citizens_abroad", "total", "persons", 90500, "DEU", period=("2024-07-01", "2024-07-01")),
      fig("citizens_abroad", "total", "persons", 35500, "KOR", period=("2024-07-01", "2024-07-01"))]),
    ("a year against the year before: the value reached, the value it rose from; a share's 'of' stops at its sentence",
     "2. Arrivals",
     "For the whole of 2023 compared with 2022, arrivals rose by 6.5 per cent to 12.5 million, up from 11.7 "
     "million. For the whole of 2023 compared with 2022, arrivals from Kazakhstan's neighbours reached 9.5 million. "
     "Kyrgyzstan accounted for 17.5% and Tajikistan for 6.5%. Of the non-CIS arrivals, China contributed 36.5 per cent.",
     [fig("arrivals", "change", "percent", 6.5, period=("2023-01-01", "2023-12-31"), compared=("2022-01-01", "2022-12-31")),
      fig("arrivals", "total", "persons", 12.5e6, period=("2023-01-01", "2023-12-31")),
      fig("arrivals", "total", "persons", 11.7e6, period=("2022-01-01", "2022-12-31")),
      fig("arrivals", "total", "persons", 9.5e6, period=("2023-01-01", "2023-12-31")),
      fig("arrivals", "share", "percent", 17.5, "KGZ"),
      fig("arrivals", "share", "percent", 6.5, "TJK"),
      fig("arrivals", "share", "percent", 36.5, "CHN", group="non-CIS")]),
    ("money said to arrive or leave is transfers", "5. Remittances",
     "Each month KZT 44.1 billion (USD 95.6 million) left the country; the monthly average was 3.42 per cent "
     "higher than in the first quarter. On average 17.3 billion tenge arrived each month, and the monthly "
     "average fell by 2.18 per cent against the first quarter.",
     [fig("remittances_sent", "monthly_average", "KZT", 44.1e9),
      fig("remittances_sent", "monthly_average", "USD", 95.6e6),
      fig("remittances_sent", "change", "percent", 3.42, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_received", "monthly_average", "KZT", 17.3e9),
      fig("remittances_received", "change", "percent", -2.18, compared=("2024-01-01", "2024-03-31"))]),
    ("a group total's members after a semicolon are its shares", "2. Arrivals",
     "Nationals of non-CIS countries accounted for the remaining 310,450 arrivals; Türkiye supplied the "
     "largest contingent at 36.1 per cent, followed by China (24.3 per cent). CIS citizens made 2.1 million "
     "arrivals; Türkiye supplied 5.1 per cent.",
     [fig("arrivals", "total", "persons", 310450, group="non-CIS"),
      fig("arrivals", "share", "percent", 36.1, "TUR", group="non-CIS"),
      fig("arrivals", "share", "percent", 24.3, "CHN", group="non-CIS"),
      fig("arrivals", "total", "persons", 2100000, group="CIS"),
      fig("arrivals", "share", "percent", 5.1, "TUR")]),
    ("travellers from a group open a sentence of its shares", "2. Arrivals",
     "Travellers from outside the Commonwealth were led by citizens of Türkiye (61.2%), followed by China (15.4%).",
     [fig("arrivals", "share", "percent", 61.2, "TUR", group="non-CIS"),
      fig("arrivals", "share", "percent", 15.4, "CHN", group="non-CIS")]),
    ("a period naming a peak dates no amount", "5. Remittances",
     "Money transfers eased from their late-2022 peak but, at 64,2 billion tenge received and 150.3 billion "
     "sent, both directions remain high.",
     [fig("remittances_received", "total", "KZT", 64.2e9), fig("remittances_sent", "total", "KZT", 150.3e9)]),
    ("a proportion in words in a dash aside is no count and the clause goes on past it", "2. Arrivals",
     "Of the total, 2.41 million arrivals – roughly nine in ten – were made by citizens of CIS member states.",
     [fig("arrivals", "total", "persons", 2410000, group="CIS")]),
    ("an exchange rate names no group", "5. Remittances",
     "About 9 in 10 arrivals were CIS citizens, and the tenge averaged 512.40 per US dollar.",
     [fig("exchange_rate", "average", "KZT_per_USD", 512.40)]),
    ("transfers there after a semicolon are to the country before it", "5. Remittances",
     "Money sent abroad reached KZT 190.5 billion. By destination, the Russian Federation again received the "
     "largest amount; transfers there increased by 11.2 per cent compared with the same quarter of 2023.",
     [fig("remittances_sent", "total", "KZT", 190.5e9),
      fig("remittances_sent", "change", "percent", 11.2, "RUS", compared=("2023-04-01", "2023-06-30"))]),
    ("a share closing a named amount's bracket is that amount's, not the next name's", "5. Remittances",
     "Money sent abroad reached KZT 190.5 billion. Georgia came second with 38.4 billion KZT ($75.2 million; "
     "20.2%) and Armenia third with 21.7 billion KZT ($42.5 million; 11.4%).",
     [fig("remittances_sent", "total", "KZT", 190.5e9),
      fig("remittances_sent", "total", "KZT", 38.4e9, "GEO"), fig("remittances_sent", "total", "USD", 75.2e6, "GEO"),
      fig("remittances_sent", "share", "percent", 20.2, "GEO"),
      fig("remittances_sent", "total", "KZT", 21.7e9, "ARM"), fig("remittances_sent", "total", "USD", 42.5e6, "ARM"),
      fig("remittances_sent", "share", "percent", 11.4, "ARM")]),
    ("regions named together before one zero are each zero", "3. Labour migration",
     "In the quarter 41,200 foreign workers were registered. Abay and Ulytau regions reported no registered "
     "foreign workers at all.",
     [fig("registered_migrant_workers", "total", "persons", 41200),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-10"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-62")]),
    ("regions that had not yet recorded any residents hold a zero at the stock's date", "2. Residence",
     "As of 30 June 2024, 148,320 migrants were living in Kazakhstan under a permanent residence permit. The "
     "newly formed Abay and Ulytau regions, created in June 2022, had not yet recorded any permanent residents.",
     [fig("permanent_residents", "total", "persons", 148320, period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 0, region="KZ-10", period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 0, region="KZ-62", period=("2024-06-30", "2024-06-30"))]),
    ("a region with not a single worker in a sentence of its own", "Key findings",
     "Ulytau region registered not a single foreign worker.",
     [fig("registered_migrant_workers", "total", "persons", 0, region="KZ-62")]),
    ("a programme's years after an event's day date no participants", "6. Training",
     "On 22 May 2024 a training on the implementation of the Migration Policy Concept for 2023–2027 followed "
     "for 24 staff of local executive bodies. On 9 June a round table discussed the quota for 2025 with 31 "
     "officials.",
     [fig("training_participants", "total", "persons", 24, group="government", period=("2024-05-22", "2024-05-22")),
      fig("training_participants", "total", "persons", 31, group="government", period=("2024-06-09", "2024-06-09"))]),
    ("shares among all other nationalities are of the group's complement", "2. Arrivals",
     "Among the CIS nationals, Uzbekistan accounted for 42.5%, followed by Kyrgyzstan (20.5%); among all "
     "other nationalities China came first with 30.5 per cent. Among visitors from elsewhere, India "
     "followed with 9.5%.",
     [fig("arrivals", "share", "percent", 42.5, "UZB", group="CIS"),
      fig("arrivals", "share", "percent", 20.5, "KGZ", group="CIS"),
      fig("arrivals", "share", "percent", 30.5, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 9.5, "IND", group="non-CIS")]),
    ("an amount after a quarter's months in brackets keeps the sentence's average", "5. Remittances",
     "On a monthly basis money received came to 23.87 billion tenge, i.e. 9.4 per cent less than in "
     "January–March 2024 (26.35 billion). In May individuals received KZT 21.3 billion.",
     [fig("remittances_received", "monthly_average", "KZT", 23.87e9),
      fig("remittances_received", "change", "percent", -9.4, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_received", "monthly_average", "KZT", 26.35e9, period=("2024-01-01", "2024-03-31")),
      fig("remittances_received", "total", "KZT", 21.3e9, period=("2024-05-01", "2024-05-31"))]),
    ("a change against the first half of last year is of this year's first half", "4. Remittances",
     "Compared with the first half of 2023, outflows are 9.6 per cent lower and inflows 3.1 per cent higher.",
     [fig("remittances_sent", "change", "percent", -9.6, period=("2024-01-01", "2024-06-30"), compared=("2023-01-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", 3.1, period=("2024-01-01", "2024-06-30"), compared=("2023-01-01", "2023-06-30"))]),
    ("held a valid permit as of a day: residents, and their shares", "3. Foreigners living here",
     "As of 30 June 2024, 98,765 foreign nationals held a valid permanent residence permit. Citizens of "
     "Russia are the largest community at 40.5 per cent, ahead of Kyrgyzstan (18.5) and Mongolia (8.5).",
     [fig("permanent_residents", "total", "persons", 98765, period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "share", "percent", 40.5, "RUS", period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "share", "percent", 18.5, "KGZ", period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "share", "percent", 8.5, "MNG", period=("2024-06-30", "2024-06-30"))]),
    ("bare bracketed shares, the sentence saying so after them", "2. Permanent residence",
     "Of the permits granted in the quarter, most went to citizens of Russia, with a share of 55.5 per cent. "
     "Tajikistan (12.5), Mongolia (7.5) and Armenia (3.5) come next; the figures are in per cent.",
     [fig("permanent_residence_permits", "share", "percent", 55.5, "RUS"),
      fig("permanent_residence_permits", "share", "percent", 12.5, "TJK"),
      fig("permanent_residence_permits", "share", "percent", 7.5, "MNG"),
      fig("permanent_residence_permits", "share", "percent", 3.5, "ARM")]),
    ("a bare number in brackets after a count, said to be a share after the list", "4. Labour migration",
     "In the quarter 40,100 foreign workers were registered. Most came from Uzbekistan: 21,000 workers, a "
     "share of 52.4 per cent. Kyrgyzstan followed with 8,050 (20.1) and Georgia with 2,010 (5.0); the "
     "numbers in brackets are shares in per cent.",
     [fig("registered_migrant_workers", "total", "persons", 40100),
      fig("registered_migrant_workers", "total", "persons", 21000, "UZB"),
      fig("registered_migrant_workers", "share", "percent", 52.4, "UZB"),
      fig("registered_migrant_workers", "total", "persons", 8050, "KGZ"),
      fig("registered_migrant_workers", "share", "percent", 20.1, "KGZ"),
      fig("registered_migrant_workers", "total", "persons", 2010, "GEO"),
      fig("registered_migrant_workers", "share", "percent", 5.0, "GEO")]),
    ("monthly amounts listed with their months: each a month's total", "5. Remittances",
     "Monthly receipts were 20.5, 22.5 and 25.5 billion tenge in April, May and June respectively.",
     [fig("remittances_received", "total", "KZT", 20.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "KZT", 22.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "total", "KZT", 25.5e9, period=("2024-06-01", "2024-06-30"))]),
    ("an amount fronted by 'With' is the subject's", "5. Remittances",
     "With 35.5 billion tenge, Russia supplied 40.5% of the money received.",
     [fig("remittances_received", "total", "KZT", 35.5e9, "RUS"),
      fig("remittances_received", "share", "percent", 40.5, "RUS")]),
    # session 19
    ("a clause with its own subject keeps its generic metric (MET:own-subject)", "Key findings",
     "Permanent residence went to 5,250 newcomers, and labour migrants numbered 64.5 thousand.",
     [fig("permanent_residence_permits", "total", "persons", 5250),
      fig("registered_migrant_workers", "total", "persons", 64500)]),
    ("'the register of foreign workers' names registered workers", "Key findings",
     "Temporary residence was granted to 61,000 foreigners, and the register of foreign workers "
     "reached 70.1 thousand people.",
     [fig("temporary_residence_permits", "total", "persons", 61000),
      fig("registered_migrant_workers", "total", "persons", 70100)]),
    ("a plan's years are no event's period", "Capacity building",
     "On 9 May 2024, a round table on the 2024–2026 action plan brought together 17 representatives "
     "of NGOs and 12 government officials.",
     [fig("training_participants", "total", "persons", 17, group="ngo", period=("2024-05-09", "2024-05-09")),
      fig("training_participants", "total", "persons", 12, group="government", period=("2024-05-09", "2024-05-09"))]),
    ("'relative to' a year earlier is the compared period", "5. Remittances",
     "Transfers to Kazakhstan totalled KZT 96.4 billion; relative to a year earlier, incoming "
     "transfers rose by 47.1 per cent.",
     [fig("remittances_received", "total", "KZT", 96.4e9),
      fig("remittances_received", "change", "percent", 47.1, compared=("2023-04-01", "2023-06-30"))]),
    ("names right after 'respectively for'", "1. Arrivals",
     "Exits numbered 2,500,500 in the quarter (2,300,000 and 200,500 respectively for CIS and "
     "non-CIS travellers).",
     [fig("departures", "total", "persons", 2500500),
      fig("departures", "total", "persons", 2300000, group="CIS"),
      fig("departures", "total", "persons", 200500, group="non-CIS")]),
    ("a zero with the quarter between its verb and its regions", "3. Labour migration",
     "No migrant workers were registered during the quarter in the newly formed Abay and Ulytau regions.",
     [fig("registered_migrant_workers", "total", "persons", 0, region="KZ-10"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-62")]),
    ("'the authorities of' a country name where citizens went", "4. Citizens abroad",
     "In April–June 2024, 18.5 thousand citizens of Kazakhstan were recorded by the migration authorities "
     "of the Russian Federation as staying for work.",
     [fig("emigrant_workers", "total", "persons", 18500, "RUS")]),
    ("a month in an 'after the ... restricted' clause is no change's period", "5. Remittances",
     "Against the second quarter of 2023, money sent to the Russian Federation grew by 80.5 per cent, "
     "whereas money sent to Kyrgyzstan fell by 20.5 per cent after the central bank restricted foreign-currency "
     "cash pay-outs in April 2024.",
     [fig("remittances_sent", "change", "percent", 80.5, "RUS", compared=("2023-04-01", "2023-06-30")),
      fig("remittances_sent", "change", "percent", -20.5, "KGZ", compared=("2023-04-01", "2023-06-30"))]),
    ("'close to the level of' a quarter compares, it does not date", "Key findings",
     "Outgoing transfers stayed close to the level of the first quarter, at roughly KZT 150.5 billion.",
     [fig("remittances_sent", "total", "KZT", 150.5e9)]),
    ("a day's rate is no average rate", "5. Remittances",
     "Amounts in US dollars are converted at the average official rate for the quarter, 1 USD = 445.5 KZT. "
     "For reference, the official rate on 28 June 2024 was 1 USD = 471.2 KZT.",
     [fig("exchange_rate", "average", "KZT_per_USD", 445.5)]),
    ("a group the subject 'led' is the base of the shares", "1. Arrivals",
     "Kyrgyz travellers led the CIS group with 45.5% of its arrivals, ahead of citizens of the "
     "Russian Federation (27.5%) and Tajikistan (18.5%).",
     [fig("arrivals", "share", "percent", 45.5, "KGZ", group="CIS"),
      fig("arrivals", "share", "percent", 27.5, "RUS", group="CIS"),
      fig("arrivals", "share", "percent", 18.5, "TJK", group="CIS")]),
    ("'N a permanent one': the adjective names the permit of the second count", "Key points",
     "• 20.5 thousand foreigners obtained a temporary residence permit and 4,120 a permanent one.",
     [fig("temporary_residence_permits", "total", "persons", 20500),
      fig("permanent_residence_permits", "total", "persons", 4120)]),
    ("money that 'left' and money that 'entered the country' go opposite ways", "5. Remittances",
     "Against the second quarter of 2023, when KZT 150.5 billion left and KZT 70.5 billion entered "
     "the country, both flows were higher.",
     [fig("remittances_sent", "total", "KZT", 150.5e9, period=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "total", "KZT", 70.5e9, period=("2023-04-01", "2023-06-30"))]),
    ("a day's rate before ';' is no average though the next clause says 'average'", "5. Remittances",
     "For reference, the official rate on 1 April 2024 was 445.25 KZT per USD; the amounts in this "
     "section use the quarter's average.",
     []),
    ("shares 'respectively' after counts each with its own name take those names in order", "1. Arrivals",
     "Border posts logged 3,210,400 entries. Arrivals from CIS member states numbered 2,850,100 and those from "
     "non-CIS countries 360,300, or 88.8% and 11.2% of the total, respectively.",
     [fig("arrivals", "total", "persons", 3210400), fig("arrivals", "total", "persons", 2850100, group="CIS"),
      fig("arrivals", "total", "persons", 360300, group="non-CIS"),
      fig("arrivals", "share", "percent", 88.8, group="CIS"), fig("arrivals", "share", "percent", 11.2, group="non-CIS")]),
    ("the amount a change reached ('..., reaching KZT ...') and its pair are of the change's own period",
     "6. Remittances",
     "Transfers to Kazakhstan grew by 9.5 per cent against the previous quarter, reaching KZT 58.2 billion "
     "(USD 130.4 million).",
     [fig("remittances_received", "change", "percent", 9.5, compared=Q1),
      fig("remittances_received", "total", "KZT", 58.2e9), fig("remittances_received", "total", "USD", 130.4e6)]),
    ("work patents or employment contracts issued for citizens of Kazakhstan are emigrant workers", "5. Labour emigration",
     "Turkish migration authorities issued work permits or registered employment contracts for 3,150 citizens of "
     "Kazakhstan in the second quarter of 2024.",
     [fig("emigrant_workers", "total", "persons", 3150, "TUR")]),
    ("counts listed 'respectively' for people 'entering and leaving the country' are arrivals and departures",
     "1. Arrivals and departures",
     "Between April and June 2024 the border posts registered 3,104,220 and 2,987,115 foreign nationals "
     "entering and leaving the country, respectively.",
     [fig("arrivals", "total", "persons", 3104220), fig("departures", "total", "persons", 2987115)]),
    ("'the figure stands at' names the country of the figure before it", "5. Labour emigration",
     "Some 20.4 thousand citizens of Kazakhstan entered the Russian Federation stating work as the purpose of "
     "their visit in April–June 2024. For January–June 2024 the figure stands at 41.2 thousand.",
     [fig("emigrant_workers", "total", "persons", 20400, "RUS"),
      fig("emigrant_workers", "total", "persons", 41200, "RUS", period=("2024-01-01", "2024-06-30"))]),
    ("citizens of Kazakhstan given labour patents in a country are emigrant workers", "5. Labour emigration",
     "In the other direction, some 18.2 thousand citizens of Kazakhstan received labour patents in the Russian "
     "Federation during the quarter.",
     [fig("emigrant_workers", "total", "persons", 18200, "RUS")]),
    ("a rate in tenge alone after 'rate', a day's, is no figure and dates nothing", "6. Remittances",
     "Conversions use the quarter's average rate of 448.10 KZT per USD. For reference only, the official rate on "
     "28 June 2024 was 452.30 tenge. Outgoing transfers reached 250.1 billion KZT, or USD 558.1 million.",
     [fig("exchange_rate", "average", "KZT_per_USD", 448.10),
      fig("remittances_sent", "total", "KZT", 250.1e9), fig("remittances_sent", "total", "USD", 558.1e6)]),
    ("a day's rate in tenge alone in the sentence of the average rate is no figure", "6. Remittances",
     "Conversions use the quarter's average rate of 472.61 tenge per US dollar (for reference, the official rate "
     "on 28 June 2024 was 477.24 tenge).",
     [fig("exchange_rate", "average", "KZT_per_USD", 472.61)]),
    ("'the monthly flow' said of one month is that month's total", "6. Remittances",
     "Outgoing transfers reached 250.1 billion KZT in the quarter. The peak came in April; by June the monthly "
     "flow had eased to 78,5 billion KZT (175.4 million USD).",
     [fig("remittances_sent", "total", "KZT", 250.1e9),
      fig("remittances_sent", "total", "KZT", 78.5e9, period=("2024-06-01", "2024-06-30")),
      fig("remittances_sent", "total", "USD", 175.4e6, period=("2024-06-01", "2024-06-30"))]),
    ("a flow said 'at the start of' the report's first day is the report's", "Conclusion",
     "Border crossings kept rising at the start of the second quarter of 2024, with about 3.1 million arrivals.",
     [fig("arrivals", "total", "persons", 3.1e6)]),
    ("a day's rate in a bracket after the average rate is no average", "5. Remittances",
     "Amounts are converted at the quarter's average rate of 447.30 KZT per USD (for reference, the "
     "official rate fixed on 28 June 2024 was 452.10 tenge per dollar).",
     [fig("exchange_rate", "average", "KZT_per_USD", 447.30)]),
    ("a second list right after 'respectively' takes the same countries in order", "5. Remittances",
     "Kyrgyzstan and Georgia accounted for 20.5 and 10.5 per cent of outgoing transfers, respectively, "
     "with KZT 40.25 billion (USD 85.5 million) and KZT 20.5 billion (USD 43.5 million).",
     [fig("remittances_sent", "share", "percent", 20.5, "KGZ"), fig("remittances_sent", "share", "percent", 10.5, "GEO"),
      fig("remittances_sent", "total", "KZT", 40.25e9, "KGZ"), fig("remittances_sent", "total", "USD", 85.5e6, "KGZ"),
      fig("remittances_sent", "total", "KZT", 20.5e9, "GEO"), fig("remittances_sent", "total", "USD", 43.5e6, "GEO")]),
    ("a bracketed list after 'respectively' takes the months and its first amount's currency", "5. Remittances",
     "In April, May and June 2024 outgoing transfers came to KZT 50.5 billion, KZT 52.5 billion and KZT "
     "60.5 billion, respectively (USD 110.5 million, 115.5 million and 130.5 million).",
     [fig("remittances_sent", "total", "KZT", 50.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 52.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 60.5e9, period=("2024-06-01", "2024-06-30")),
      fig("remittances_sent", "total", "USD", 110.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 115.5e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 130.5e6, period=("2024-06-01", "2024-06-30"))]),
    ("amounts and a share set off by ';' in a name's bracket are all that name's", "5. Remittances",
     "Georgia (6.5 billion KZT; 13.5 million USD; 7.5%) and China (4.5 billion KZT; 9.5 million USD; "
     "5.5%) followed among the sources of incoming transfers.",
     [fig("remittances_received", "total", "KZT", 6.5e9, "GEO"), fig("remittances_received", "total", "USD", 13.5e6, "GEO"),
      fig("remittances_received", "share", "percent", 7.5, "GEO"),
      fig("remittances_received", "total", "KZT", 4.5e9, "CHN"), fig("remittances_received", "total", "USD", 9.5e6, "CHN"),
      fig("remittances_received", "share", "percent", 5.5, "CHN")]),
    ("'a two-day round table' from a day spans both days", "7. IOM activities",
     "On 11 June 2024 IOM held a two-day round table in Taraz; it brought together 25 participants.",
     [fig("training_participants", "total", "persons", 25, period=("2024-06-11", "2024-06-12"))]),
    ("'leaving N for' the others is the rest of a total, no departure", "2. Arrivals",
     "Border posts registered 3,250,500 arrivals of foreign citizens. CIS nationals accounted for 3,170,250 "
     "of these entries, leaving 80,250 for citizens of non-CIS countries.",
     [fig("arrivals", "total", "persons", 3250500), fig("arrivals", "total", "persons", 3170250, group="CIS"),
      fig("arrivals", "total", "persons", 80250, group="non-CIS")]),
    ("'within the much smaller non-CIS flow' is the base of the shares after it", "2. Arrivals",
     "Border posts registered 3,250,500 arrivals of foreign citizens. Within the much smaller non-CIS flow "
     "China led with 40.5%, ahead of India (20.5%).",
     [fig("arrivals", "total", "persons", 3250500),
      fig("arrivals", "share", "percent", 40.5, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 20.5, "IND", group="non-CIS")]),
    ("a list of percents each with its sign, then 'of CIS departures', all of that base", "2. Departures",
     "Nationals of Uzbekistan and Kyrgyzstan accounted for 45,5% and 20,5% of CIS departures respectively; "
     "Chinese citizens made up 40.5 per cent of the departures to non-CIS destinations.",
     [fig("departures", "share", "percent", 45.5, "UZB", group="CIS"),
      fig("departures", "share", "percent", 20.5, "KGZ", group="CIS"),
      fig("departures", "share", "percent", 40.5, "CHN", group="non-CIS")]),
    ("an amount's month after a short predicate ('left the country in April')", "5.1 Transfers sent abroad",
     "The monthly pattern was one of growth: KZT 60.5 billion (USD 125.5 million) left the country in April "
     "and KZT 62.5 billion (USD 130.5 million) in May.",
     [fig("remittances_sent", "total", "KZT", 60.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 125.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 62.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 130.5e6, period=("2024-05-01", "2024-05-31"))]),
    ("Kazakhstani citizens recorded as labour migrants abroad are emigrant workers", "5. Labour emigration",
     "Host statistics list 27.5 thousand Kazakhstani citizens as labour migrants in the Russian Federation "
     "in April–June 2024.",
     [fig("emigrant_workers", "total", "persons", 27500, "RUS")]),
    ("a compared period's bracketed amount is the average the subject names", "5.1 Transfers sent abroad",
     "Individuals sent KZT 190.5 billion abroad in the quarter. The monthly average was 4.5 per cent "
     "below that of the first quarter (KZT 61.25 billion) and 2.5 per cent above April–June 2023 (KZT 57.75 billion).",
     [fig("remittances_sent", "total", "KZT", 190.5e9), fig("remittances_sent", "change", "percent", -4.5, compared=Q1),
      fig("remittances_sent", "monthly_average", "KZT", 61.25e9, period=Q1),
      fig("remittances_sent", "change", "percent", 2.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_sent", "monthly_average", "KZT", 57.75e9, period=("2023-04-01", "2023-06-30"))]),
    ("a share set off after a count whose group follows it is that group's", "1. Migration inflow",
     "Some 2.6 million of these arrivals were citizens of CIS member states, or roughly 88 per cent of the total.",
     [fig("arrivals", "total", "persons", 2600000, group="CIS"),
      fig("arrivals", "share", "percent", 88, group="CIS")]),
    ("people who came in during a month are arrivals of that month", "1. Migration inflow",
     "Border posts counted 2,874,600 arrivals and 2,702,300 departures. The flow built up over the spring: "
     "902,500 foreigners came in during April, 915,700 in May and 1,056,800 in June.",
     [fig("arrivals", "total", "persons", 2874600), fig("departures", "total", "persons", 2702300),
      fig("arrivals", "total", "persons", 902500, period=("2024-04-01", "2024-04-30")),
      fig("arrivals", "total", "persons", 915700, period=("2024-05-01", "2024-05-31")),
      fig("arrivals", "total", "persons", 1056800, period=("2024-06-01", "2024-06-30"))]),
    ("a month named right before an amount with a decimal point dates it", "3. Remittances",
     "Outflows rose every month: in April 52.5 billion tenge was sent abroad and in May 56.5 billion tenge.",
     [fig("remittances_sent", "total", "KZT", 52.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 56.5e9, period=("2024-05-01", "2024-05-31"))]),
    ("a nationality's group is that country", "2. Labour migration",
     "Employers registered 48.5 thousand foreign workers in the quarter. The Uzbek group alone, "
     "with 25,500 registered workers, was larger than all others together.",
     [fig("registered_migrant_workers", "total", "persons", 48500),
      fig("registered_migrant_workers", "total", "persons", 25500, "UZB")]),
    ("a rate of the year's last working day is no average rate", "3. Remittances",
     "Amounts are converted at 1 USD = 470.25 KZT. For reference, the official rate on the last working day "
     "of the quarter was 481.10 tenge per dollar, weaker than the quarterly mean.",
     [fig("exchange_rate", "average", "KZT_per_USD", 470.25)]),
    ("a share joined by 'and' after a named amount and its bracket is that name's", "3. Remittances",
     "Receipts came to KZT 90.5 billion. Most of the money came from Russia: KZT 48.5 billion (USD 95.5 million) "
     "and 53.6 per cent of the total; Uzbekistan followed with KZT 10.5 billion, or 11.6 per cent.",
     [fig("remittances_received", "total", "KZT", 90.5e9),
      fig("remittances_received", "total", "KZT", 48.5e9, "RUS"),
      fig("remittances_received", "total", "USD", 95.5e6, "RUS"),
      fig("remittances_received", "share", "percent", 53.6, "RUS"),
      fig("remittances_received", "total", "KZT", 10.5e9, "UZB"),
      fig("remittances_received", "share", "percent", 11.6, "UZB")]),
    ("a country that 'alone received' money in a relative clause is where it was sent", "3. Remittances",
     "Outgoing transfers were dominated by Türkiye, which alone received KZT 40.5 billion, or 35.5% of the total.",
     [fig("remittances_sent", "total", "KZT", 40.5e9, "TUR"),
      fig("remittances_sent", "share", "percent", 35.5, "TUR")]),
    ("a share set off after a count 'of the entries' is the count's group's", "1. Entries",
     "Nationals of CIS member states made 2,650,500 of the entries, i.e. 90.5% of the total.",
     [fig("arrivals", "total", "persons", 2650500, group="CIS"),
      fig("arrivals", "share", "percent", 90.5, group="CIS")]),
    ("a bracket of amounts after a list of amounts each with a predicate and its month", "3. Remittances",
     "The monthly flow grew: 90.5 billion tenge left the country in April, 95.5 billion in May and 99.5 "
     "billion in June ($190.5M, $200.5M and $210.5M).",
     [fig("remittances_sent", "total", "KZT", 90.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 95.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 99.5e9, period=("2024-06-01", "2024-06-30")),
      fig("remittances_sent", "total", "USD", 190.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 200.5e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 210.5e6, period=("2024-06-01", "2024-06-30"))]),
    ("a day's rate in a bracket of its own after the words naming the day is no average rate", "3. Remittances",
     "Amounts in US dollars are converted at the average rate for the quarter, 1 USD = 470.25 KZT. The official "
     "rate on the last day of the quarter (468.10 KZT per USD) is shown for reference only.",
     [fig("exchange_rate", "average", "KZT_per_USD", 470.25)]),
    ("a hotline's number after 'for <whom>:' is no figure", "3. Citizens working abroad",
     "Some 2,450 citizens of Kazakhstan left to work abroad. Hotline for migrants: 1408 (free of charge, 24/7).",
     [fig("emigrant_workers", "total", "persons", 2450)]),
    ("a share of 'the labour register' is of registered workers", "Key findings",
     "Outgoing transfers reached KZT 298.5 billion. Uzbek nationals make up close to half of the labour "
     "register (46.5%).",
     [fig("remittances_sent", "total", "KZT", 298.5e9),
      fig("registered_migrant_workers", "share", "percent", 46.5, "UZB")]),
    ("'the much smaller non-CIS stream was led by' scopes its shares to the group", "1. Arrivals",
     "Arrivals reached 2.9 million. The much smaller non-CIS stream was led by Türkiye with a share of 38.5 per cent.",
     [fig("arrivals", "total", "persons", 2900000),
      fig("arrivals", "share", "percent", 38.5, "TUR", group="non-CIS")]),
    ("counts listed after a group fronted by 'for' are all that group's", "1. Border crossings",
     "Citizens of CIS member states made up the bulk of both flows, with 2,500,500 entries and 2,400,500 exits; "
     "for nationals of non-CIS countries the corresponding numbers were 95,500 and 85,500.",
     [fig("arrivals", "total", "persons", 2500500, group="CIS"),
      fig("departures", "total", "persons", 2400500, group="CIS"),
      fig("arrivals", "total", "persons", 95500, group="non-CIS"),
      fig("departures", "total", "persons", 85500, group="non-CIS")]),
    ("'the busiest month was June, with ...' dates the count to June", "1. Arrivals",
     "Border posts recorded 2,914,500 arrivals of foreign nationals. The busiest month was June, with "
     "1,012,500 entries registered at the border.",
     [fig("arrivals", "total", "persons", 2914500),
      fig("arrivals", "total", "persons", 1012500, period=("2024-06-01", "2024-06-30"))]),
    ("'the Tajik share' names the country its count is of", "3. Migrant workers",
     "In all, 52,500 foreign nationals were registered as migrant workers. Tajikistan and Kyrgyzstan accounted "
     "for 30.5 and 20.5 per cent of them, respectively – the Tajik share corresponds to 16,013 persons.",
     [fig("registered_migrant_workers", "total", "persons", 52500),
      fig("registered_migrant_workers", "share", "percent", 30.5, "TJK"),
      fig("registered_migrant_workers", "share", "percent", 20.5, "KGZ"),
      fig("registered_migrant_workers", "total", "persons", 16013, "TJK")]),
    ("a period compared with is no period of the amount an 'and reached' clause gives after it", "4. Remittances",
     "Incoming transfers rose by 7.5 per cent against the same quarter of 2023 and reached 55,3 billion tenge "
     "($120.2M).",
     [fig("remittances_received", "change", "percent", 7.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "total", "KZT", 55.3e9),
      fig("remittances_received", "total", "USD", 120.2e6)]),
    ("months listed before counts that 'respectively' closes after the counts' words", "1. Arrivals",
     "In April and May 805,500 and 851,250 foreign nationals crossed into the country, respectively.",
     [fig("arrivals", "total", "persons", 805500, period=("2024-04-01", "2024-04-30")),
      fig("arrivals", "total", "persons", 851250, period=("2024-05-01", "2024-05-31"))]),
    ("a presence said in a later clause makes no stock of the share before it", "3. Migrant workers",
     "Almaty city accounted for 18.5% of the total. At the other end of the scale, Kyzylorda region hosted only "
     "0.3 per cent, and there are no registered migrant workers in Ulytau region.",
     [fig("registered_migrant_workers", "share", "percent", 18.5, region="KZ-75"),
      fig("registered_migrant_workers", "share", "percent", 0.3, region="KZ-43"),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-62")]),
    ("'the corresponding months of' a year is the report's months in that year", "6. Kazakhstani citizens abroad",
     "Russian migration statistics counted 25.5 thousand Kazakhstani citizens arriving for work in April–June "
     "2024, down from 29.5 thousand in the corresponding months of 2023.",
     [fig("emigrant_workers", "total", "persons", 25500, "RUS"),
      fig("emigrant_workers", "total", "persons", 29500, "RUS", period=("2023-04-01", "2023-06-30"))]),
    ("a count in a section on events that no one took part in is no participants' count", "5. Events",
     "On 12 June 2024 IOM held a round table in Almaty; 35 representatives of NGOs took part. This monitor "
     "compiles administrative data from 7 national data holders.",
     [fig("training_participants", "total", "persons", 35, group="ngo", period=("2024-06-12", "2024-06-12"))]),
    ("a clause opening on 'its' after ';' is of the one country named before it", "4. Remittances",
     "Individuals sent KZT 150.5 billion abroad. The Russian Federation remained the main destination; its share, "
     "35.5%, is discussed on page 3.",
     [fig("remittances_sent", "total", "KZT", 150.5e9),
      fig("remittances_sent", "share", "percent", 35.5, "RUS")]),
    ("a bare number before another name's possessive and a per cent shares the per cent", "3. Labour migration",
     "Russia's share reached 30.5 per cent, Kyrgyzstan's 8.5 and Tajikistan's 4.5 per cent.",
     [fig("registered_migrant_workers", "share", "percent", 30.5, "RUS"),
      fig("registered_migrant_workers", "share", "percent", 8.5, "KGZ"),
      fig("registered_migrant_workers", "share", "percent", 4.5, "TJK")]),
    ("counts coordinated before 'were recorded for' a group are both that group's", "1. Border crossings",
     "Some 3,150,500 foreign nationals arrived. Two hundred and ninety-one thousand arrivals and 262,5 thousand "
     "departures were recorded for nationals of non-CIS countries.",
     [fig("arrivals", "total", "persons", 3150500),
      fig("arrivals", "total", "persons", 291000, group="non-CIS"),
      fig("departures", "total", "persons", 262500, group="non-CIS")]),
    ("'they grew by X and Y per cent respectively' takes the two changes' metrics of the sentence before", "4. Remittances",
     "Compared with the first quarter, outgoing transfers fell by 10.5 per cent and incoming ones by 20.5 per cent. "
     "Against the same quarter of 2023, however, they grew by 7.5 and 4.5 per cent respectively.",
     [fig("remittances_sent", "change", "percent", -10.5, compared=Q1),
      fig("remittances_received", "change", "percent", -20.5, compared=Q1),
      fig("remittances_sent", "change", "percent", 7.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", 4.5, compared=("2023-04-01", "2023-06-30"))]),
    ("a cause opening the sentence names neither the metric nor the period of the shares after it", "2. Residence permits",
     "Some 41,300 foreigners were granted a temporary residence permit. Owing to the surge of arrivals that began in "
     "March 2024, Kyrgyz citizens took about a third of these permits (33.4%), ahead of Tajik citizens (12.6%).",
     [fig("temporary_residence_permits", "total", "persons", 41300),
      fig("temporary_residence_permits", "share", "percent", 33.4, "KGZ"),
      fig("temporary_residence_permits", "share", "percent", 12.6, "TJK")]),
    ("an amount's equivalent in a bracket is of the amount's period, not the nearer one before it", "4. Remittances",
     "Outgoing transfers climbed from 70.2 billion tenge (USD 152.1 million) in April to 75.9 billion tenge "
     "(USD 160.3 million) in May.",
     [fig("remittances_sent", "total", "KZT", 70.2e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 152.1e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 75.9e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 160.3e6, period=("2024-05-01", "2024-05-31"))]),
    ("a period in a noun's relative clause set off by commas dates no share after it", "4. Remittances",
     "Outgoing transfers came to KZT 210.5 billion. Armenia, a market that hardly counted a year earlier, "
     "took 6.5% of the total.",
     [fig("remittances_sent", "total", "KZT", 210.5e9), fig("remittances_sent", "share", "percent", 6.5, "ARM")]),
    ("'permanent residence grants' are permits granted", "3. Residence permits",
     "Foreigners held 41,500 temporary permits. Permanent residence grants rose by 4.5 per cent on the previous "
     "quarter.",
     [fig("temporary_residence_permits", "total", "persons", 41500),
      fig("permanent_residence_permits", "change", "percent", 4.5, compared=Q1)]),
    ("'the three months came to X, Y and Z' are the report's months in order", "4. Remittances",
     "Money sent abroad kept growing. In dollar terms the three months came to 101.5, 104.5 and 110.5 million "
     "USD respectively.",
     [fig("remittances_sent", "total", "USD", 101.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 104.5e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 110.5e6, period=("2024-06-01", "2024-06-30"))]),
    ("a group naming the class of its subject's country scopes the shares, it is no subject", "1. Arrivals",
     "China remained the leading non-CIS country of origin with 41.5 per cent, followed by India and Germany "
     "with 20.5 and 10.5 per cent, respectively.",
     [fig("arrivals", "share", "percent", 41.5, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 20.5, "IND", group="non-CIS"),
      fig("arrivals", "share", "percent", 10.5, "DEU", group="non-CIS")]),
    ("'the same group' opening a clause is the group of the clause before", "1. Arrivals",
     "Nationals of non-CIS countries made 61,5 thousand entries; the same group recorded 58.5 thousand exits.",
     [fig("arrivals", "total", "persons", 61500, group="non-CIS"),
      fig("departures", "total", "persons", 58500, group="non-CIS")]),
    ("entries of Kazakh citizens who came to work abroad are emigrant workers", "6. Citizens abroad",
     "Russian statistics recorded 27,500 entries of Kazakh citizens who named work as the purpose of their trip "
     "in April–June 2024.",
     [fig("emigrant_workers", "total", "persons", 27500, "RUS")]),
    ("a region set off by an aside before its zero verb", "3. Migrant workers",
     "The register listed 65,500 migrant workers. Abay region, on the other hand, registered not a single foreign "
     "worker during the quarter.",
     [fig("registered_migrant_workers", "total", "persons", 65500),
      fig("registered_migrant_workers", "total", "persons", 0, region="KZ-10")]),
    ("a count after ', and' with only its verb is of the name the count before it has", "1. Border crossings",
     "From non-CIS countries came two hundred and sixty-one thousand visitors, and 250.5 thousand departed.",
     [fig("arrivals", "total", "persons", 261000, group="non-CIS"),
      fig("departures", "total", "persons", 250500, group="non-CIS")]),
    ("'the growth was X and Y per cent respectively' names no metric: it takes those of the two changes before",
     "4. Remittances",
     "Outgoing transfers rose by 9.5 per cent on January–March 2024; incoming transfers grew by 7.5 per cent on the "
     "first quarter. Against the same quarter of 2023 the growth was 21.5 and 17.5 per cent respectively.",
     [fig("remittances_sent", "change", "percent", 9.5, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_received", "change", "percent", 7.5, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_sent", "change", "percent", 21.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", 17.5, compared=("2023-04-01", "2023-06-30"))]),
    ("'the flow into it' after 'the flow out of the country' is money received", "4. Remittances",
     "Against the same quarter of 2023, the flow out of the country was up 12.5%, and the flow into it rose by 8.5%.",
     [fig("remittances_sent", "change", "percent", 12.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", 8.5, compared=("2023-04-01", "2023-06-30"))]),
    ("a count set apart by 'compared with' from the group before it shares the name after the next count",
     "1. Border crossings",
     "Citizens of CIS member states made 2.95 million of the entries and 2,781,500 of the exits, compared with "
     "158,500 arrivals and 153,500 departures of people from non-CIS countries.",
     [fig("arrivals", "total", "persons", 2950000, group="CIS"), fig("departures", "total", "persons", 2781500, group="CIS"),
      fig("arrivals", "total", "persons", 158500, group="non-CIS"),
      fig("departures", "total", "persons", 153500, group="non-CIS")]),
    ("'June alone accounted for' after a monthly average names June's amount", "4. Remittances",
     "Transfers abroad reached KZT 214.5 billion in April–June 2024. On average, 71.5 billion tenge left the country "
     "each month; June alone accounted for KZT 76.5B ($142M).",
     [fig("remittances_sent", "total", "KZT", 214.5e9), fig("remittances_sent", "monthly_average", "KZT", 71.5e9),
      fig("remittances_sent", "total", "KZT", 76.5e9, period=("2024-06-01", "2024-06-30")),
      fig("remittances_sent", "total", "USD", 142e6, period=("2024-06-01", "2024-06-30"))]),
    ("a share restated as an amount that takes the name after it is that name's share", "4. Remittances",
     "Transfers to Kazakhstan reached 41.5 billion tenge. Nearly half of it – 47.5%, equal to 19.5 billion tenge – "
     "came from Russia.",
     [fig("remittances_received", "total", "KZT", 41.5e9), fig("remittances_received", "share", "percent", 47.5, "RUS"),
      fig("remittances_received", "total", "KZT", 19.5e9, "RUS")]),
    ("'Permanent residence is far rarer: N permits were issued' names the permits' kind", "3. Residence permits",
     "Temporary residence permits were granted to 91,500 foreigners in April–June 2024. Permanent residence is far "
     "rarer: 6,5 thousand permits were issued in the quarter, the bulk of them (58.5%) to citizens of the Russian "
     "Federation.",
     [fig("temporary_residence_permits", "total", "persons", 91500),
      fig("permanent_residence_permits", "total", "persons", 6500),
      fig("permanent_residence_permits", "share", "percent", 58.5, "RUS")]),
    ("'they' after a ';' are the transfers named before it", "4. Remittances",
     "The monthly flow was stable. Compared with the previous quarter, outgoing transfers grew by 6.5 per cent; "
     "compared with April–June 2023 they were 11.5 percent lower, and incoming transfers declined by 4.5 per cent "
     "over the same year.",
     [fig("remittances_sent", "change", "percent", 6.5, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_sent", "change", "percent", -11.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", -4.5, compared=("2023-04-01", "2023-06-30"))]),
    ("'those who came' are arrivals; 'the corresponding figures' after ';' take the names before it in order",
     "2. Entries and exits",
     "Of those who came, 3,286,500 held passports of CIS member states and 126,500 came from non-CIS countries; "
     "on the way out the corresponding figures were 3.08 million and 118,5 thousand.",
     [fig("arrivals", "total", "persons", 3286500, group="CIS"), fig("arrivals", "total", "persons", 126500, group="non-CIS"),
      fig("departures", "total", "persons", 3080000, group="CIS"),
      fig("departures", "total", "persons", 118500, group="non-CIS")]),
    ("a change in the gerund ('rising by', 'shrinking by') is signed as its verb", "3. Remittances",
     "Money sent abroad came to KZT 140.5 billion, shrinking by 3.2 per cent against the first quarter; money "
     "received stood at KZT 75.0 billion, rising by 2.6 per cent against the first quarter.",
     [fig("remittances_sent", "total", "KZT", 140.5e9), fig("remittances_sent", "change", "percent", -3.2, compared=Q1),
      fig("remittances_received", "total", "KZT", 75.0e9),
      fig("remittances_received", "change", "percent", 2.6, compared=Q1)]),
    ("'departing' names departures", "2. Entries and exits",
     "Arrivals of foreigners numbered 2.65 million. 2.4 million departing foreigners held CIS passports.",
     [fig("arrivals", "total", "persons", 2650000), fig("departures", "total", "persons", 2400000, group="CIS")]),
    ("countries as the subject of 'sent' past an aside with no figure send money in", "3. Remittances",
     "Incoming transfers came mostly from Russia (51.0%). Germany and Israel, where many former residents live, "
     "sent 7.5% and 4.1% respectively.",
     [fig("remittances_received", "share", "percent", 51.0, "RUS"),
      fig("remittances_received", "share", "percent", 7.5, "DEU"),
      fig("remittances_received", "share", "percent", 4.1, "ISR")]),
    ("'Of those arriving from outside the Commonwealth,' scopes the shares after it", "1. Border crossings",
     "Of those arriving from outside the Commonwealth, Indian citizens formed the largest group at 30.2 percent; "
     "China and Germany followed with 20.4 and 8.8 per cent respectively.",
     [fig("arrivals", "share", "percent", 30.2, "IND", group="non-CIS"),
      fig("arrivals", "share", "percent", 20.4, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 8.8, "DEU", group="non-CIS")]),
    ("plain numbers listed after a month's amount, each with its month, are amounts in its unit", "3. Remittances",
     "Money received came to KZT 75.0 billion: 24.2 billion tenge in April, 25.1 in May and 25.7 in June.",
     [fig("remittances_received", "total", "KZT", 75.0e9),
      fig("remittances_received", "total", "KZT", 24.2e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "KZT", 25.1e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "total", "KZT", 25.7e9, period=("2024-06-01", "2024-06-30"))]),
    ("a month 'brought in' an amount; months named before plain decimals", "3. Remittances",
     "Money received came to KZT 75.0 billion. April brought in 24.2 billion tenge, May 25.1 and June 25.7.",
     [fig("remittances_received", "total", "KZT", 75.0e9),
      fig("remittances_received", "total", "KZT", 24.2e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "KZT", 25.1e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "total", "KZT", 25.7e9, period=("2024-06-01", "2024-06-30"))]),
    ("months listed before two lists, the second in a bracket, closed by 'respectively'", "3. Remittances",
     "In April, May and June individuals sent 60.1, 62.4 and 65.0 billion tenge (USD 128.0, 132.9 and 138.4 "
     "million), respectively.",
     [fig("remittances_sent", "total", "KZT", v * 1e9, period=m) for v, m in
      ((60.1, ("2024-04-01", "2024-04-30")), (62.4, ("2024-05-01", "2024-05-31")), (65.0, ("2024-06-01", "2024-06-30")))]
     + [fig("remittances_sent", "total", "USD", v * 1e6, period=m) for v, m in
        ((128.0, ("2024-04-01", "2024-04-30")), (132.9, ("2024-05-01", "2024-05-31")), (138.4, ("2024-06-01", "2024-06-30")))]),
    ("plural nationality names listed before a verb of shares and 'respectively'", "2. Residence permits",
     "Permanent residence was granted to 3,150 foreigners. Germans, Chinese and Uzbeks accounted for 30.5, 20.1 "
     "and 9.9 per cent of these permits respectively.",
     [fig("permanent_residence_permits", "total", "persons", 3150),
      fig("permanent_residence_permits", "share", "percent", 30.5, "DEU"),
      fig("permanent_residence_permits", "share", "percent", 20.1, "CHN"),
      fig("permanent_residence_permits", "share", "percent", 9.9, "UZB")]),
    ("'– yet against' after a dash aside opens a clause of its own comparison", "1. Border crossings",
     "Compared with the first quarter arrivals were 6.1 per cent lower – a seasonal dip after the spring peak – "
     "yet against April–June 2023 they rose by 3.4%.",
     [fig("arrivals", "change", "percent", -6.1, compared=Q1),
      fig("arrivals", "change", "percent", 3.4, compared=("2023-04-01", "2023-06-30"))]),
    ("a month after an amount that leads an amount of its own is the next amount's", "1. Border crossings",
     "April brought only 402,150 arrivals as several posts were closed for repairs; May logged 611,470 "
     "and June 705,230.",
     [fig("arrivals", "total", "persons", 402150, period=("2024-04-01", "2024-04-30")),
      fig("arrivals", "total", "persons", 611470, period=("2024-05-01", "2024-05-31")),
      fig("arrivals", "total", "persons", 705230, period=("2024-06-01", "2024-06-30"))]),
    ("the last of a list of plural nationality names may print its plural as its singular", "2. Residence permits",
     "Permanent residence was granted to 2,480 foreigners. Just over a third – 35 per cent – held Tajik "
     "citizenship, while Germans and Japanese accounted for 21 and 9 per cent respectively.",
     [fig("permanent_residence_permits", "total", "persons", 2480),
      fig("permanent_residence_permits", "share", "percent", 35, "TJK"),
      fig("permanent_residence_permits", "share", "percent", 21, "DEU"),
      fig("permanent_residence_permits", "share", "percent", 9, "JPN")]),
    ("an amount a flow's verb dates is that period's total in a sentence of averages", "4. Remittances",
     "Individuals received KZT 95.5 billion from abroad in April–June. That is an average of KZT 31.83 billion "
     "a month and 6.5 per cent more than the KZT 89.7 billion received in January–March.",
     [fig("remittances_received", "total", "KZT", 95.5e9),
      fig("remittances_received", "monthly_average", "KZT", 31.83e9),
      fig("remittances_received", "change", "percent", 6.5, compared=Q1),
      fig("remittances_received", "total", "KZT", 89.7e9, period=Q1)]),
    ("an average set against 'the ... recorded per month in' a compared period is that period's", "4. Remittances",
     "The monthly average of money sent abroad, 61.5 billion KZT, was 12.5 per cent above the 54.7 billion "
     "recorded per month in January–March 2024.",
     [fig("remittances_sent", "monthly_average", "KZT", 61.5e9),
      fig("remittances_sent", "change", "percent", 12.5, compared=Q1),
      fig("remittances_sent", "monthly_average", "KZT", 54.7e9, period=Q1)]),
    ("'when ... was sent' after a monthly average dates a total of the compared quarter", "4. Remittances",
     "The monthly average of money sent abroad was 70.5 billion KZT, 12.5 per cent more than in the same "
     "quarter of 2023, when 188.5 billion KZT was sent.",
     [fig("remittances_sent", "monthly_average", "KZT", 70.5e9),
      fig("remittances_sent", "change", "percent", 12.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_sent", "total", "KZT", 188.5e9, period=("2023-04-01", "2023-06-30"))]),
    ("a residence 'granted it' / 'issued it' after a colon names the permit's kind", "2. Residence permits",
     "Temporary residence remained the usual route: 70,500 foreigners were issued it in the quarter. Permanent "
     "residence is far rarer: 6,5 thousand migrants were granted it, of whom 45.5 per cent were Russian citizens.",
     [fig("temporary_residence_permits", "total", "persons", 70500),
      fig("permanent_residence_permits", "total", "persons", 6500),
      fig("permanent_residence_permits", "share", "percent", 45.5, "RUS")]),
    ("the second of a pair of averages 'sent and ... received' stays an average", "4. Remittances",
     "Against April–June 2023, when the monthly averages stood at 71.5 billion KZT sent and 52.5 billion KZT "
     "received, both flows grew.",
     [fig("remittances_sent", "monthly_average", "KZT", 71.5e9, period=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "monthly_average", "KZT", 52.5e9, period=("2023-04-01", "2023-06-30"))]),
    ("a share in a dash aside names the country whose count follows it in brackets", "3. Labour migration",
     "The labour authorities registered 41,200 foreign workers in the quarter. Just under a third of them "
     "– 31.5 per cent – were citizens of Tajikistan (12,980 people).",
     [fig("registered_migrant_workers", "total", "persons", 41200),
      fig("registered_migrant_workers", "share", "percent", 31.5, "TJK"),
      fig("registered_migrant_workers", "total", "persons", 12980, "TJK")]),
    ("'over the monthly average of the first quarter' names the compared quarter", "4. Remittances",
     "On average, 81.5 billion tenge left the country each month, an increase of 9.5 per cent over the monthly "
     "average of the first quarter.",
     [fig("remittances_sent", "monthly_average", "KZT", 81.5e9),
      fig("remittances_sent", "change", "percent", 9.5, compared=Q1)]),
    ("citizens who 'left for employment in other countries' are emigrant workers", "3. Labour migration",
     "Employers registered 70,500 foreign workers. Kazakhstan's own citizens also move abroad for work: about "
     "11.5 thousand of them left for employment in other countries, and 4,250 of these went to Germany.",
     [fig("registered_migrant_workers", "total", "persons", 70500),
      fig("emigrant_workers", "total", "persons", 11500),
      fig("emigrant_workers", "total", "persons", 4250, "DEU")]),
    ("a count set off as 'the remainder' takes the group its predicate names", "1. Entries and exits",
     "Border posts logged 2.5 million arrivals. Sixty-two thousand four hundred arrivals, the remainder, were "
     "made by nationals of non-CIS countries.",
     [fig("arrivals", "total", "persons", 2.5e6), fig("arrivals", "total", "persons", 62400, group="non-CIS")]),
    ("counts joined to a nationality adjective share the noun after the last one", "2. Residence permits",
     "As of 30 June 2024, 150,500 foreigners held a permanent residence permit. Among them, 52,120 hold Kyrgyz "
     "and 31,450 Tajik citizenship.",
     [fig("permanent_residents", "total", "persons", 150500, period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 52120, "KGZ", period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 31450, "TJK", period=("2024-06-30", "2024-06-30"))]),
    ("shares in 'per cent' joined to a nationality adjective share its noun", "2. Residence permits",
     "Permanent residence was granted to 4,120 people, of whom 35.5 per cent held Kyrgyz and 22.5 per cent "
     "Tajik citizenship.",
     [fig("permanent_residence_permits", "total", "persons", 4120),
      fig("permanent_residence_permits", "share", "percent", 35.5, "KGZ"),
      fig("permanent_residence_permits", "share", "percent", 22.5, "TJK")]),
    ("nationals 'on the register' of workers are no citizens abroad", "3. Labour migration",
     "Employers registered 41.5 thousand migrant workers. The 12,350 Tajik nationals on the register work "
     "mainly in construction.",
     [fig("registered_migrant_workers", "total", "persons", 41500),
      fig("registered_migrant_workers", "total", "persons", 12350, "TJK")]),
    ("one name before a list 'respectively' spreads over the earlier list's metrics", "1. Entries and exits",
     "Citizens of CIS member states made 2,950,500 of the entries and 2,850,250 of the exits; nationals of non-CIS "
     "countries made 250,500 and 240,750, respectively.",
     [fig("arrivals", "total", "persons", 2950500, group="CIS"), fig("departures", "total", "persons", 2850250, group="CIS"),
      fig("arrivals", "total", "persons", 250500, group="non-CIS"),
      fig("departures", "total", "persons", 240750, group="non-CIS")]),
    ("amounts in a bracket closed off by a comma reach no name of the next item", "4. Remittances",
     "The Russian Federation was the origin of 40.5 per cent of incoming money (KZT 38.5 billion, USD 75.5 million), "
     "the USA of 12.5 per cent and the Republic of Korea of 9.5 per cent.",
     [fig("remittances_received", "share", "percent", 40.5, "RUS"),
      fig("remittances_received", "total", "KZT", 38.5e9, "RUS"), fig("remittances_received", "total", "USD", 75.5e6, "RUS"),
      fig("remittances_received", "share", "percent", 12.5, "USA"),
      fig("remittances_received", "share", "percent", 9.5, "KOR")]),
    ("the day an exemption took effect dates no share after it", "1. Entries and exits",
     "The non-CIS picture keeps changing since the visa exemption with China took effect on 10 November 2023: "
     "Chinese citizens accounted for 35.5 per cent of non-CIS arrivals.",
     [fig("arrivals", "share", "percent", 35.5, "CHN", group="non-CIS")]),
    ("a country abroad receiving money in a lead clause is a destination of money sent", "4. Remittances",
     "Incoming transfers came to KZT 60.5 billion. Uzbekistan received the largest amount, KZT 45.5 billion, a share "
     "of the total amount – 35.5%.",
     [fig("remittances_received", "total", "KZT", 60.5e9),
      fig("remittances_sent", "total", "KZT", 45.5e9, "UZB"), fig("remittances_sent", "share", "percent", 35.5, "UZB")]),
    ("a change commenting on a country's figure after '; this is' is that country's", "4. Remittances",
     "Transfers to Georgia reached 16.5 billion tenge, a share of the total amount – 10.5%; this is 45.5 per cent "
     "less than in Q1 2024.",
     [fig("remittances_sent", "total", "KZT", 16.5e9, "GEO"), fig("remittances_sent", "share", "percent", 10.5, "GEO"),
      fig("remittances_sent", "change", "percent", -45.5, "GEO", compared=Q1)]),
    ("a month's receipts 'alone' are that month's", "4. Remittances",
     "Incoming transfers came to KZT 70.5 billion. May receipts alone came to 24.5B tenge ($52.5M).",
     [fig("remittances_received", "total", "KZT", 70.5e9),
      fig("remittances_received", "total", "KZT", 24.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "total", "USD", 52.5e6, period=("2024-05-01", "2024-05-31"))]),
    ("'monthly totals' adding up to the quarter's count make no monthly average", "2. Labour migration",
     "Local executive bodies registered 64,500 foreign workers in the quarter. Monthly totals add up to the "
     "quarter's 64.5 thousand registrations (see note 9).",
     [fig("registered_migrant_workers", "total", "persons", 64500),
      fig("registered_migrant_workers", "total", "persons", 64500)]),
    ("money that left the country after its restatement set off by commas is transfers sent", "4. Remittances",
     "Outgoing transfers totalled KZT 196.5 billion. On average KZT 65.5 billion, or USD 145.5 million, left the "
     "country each month – 7.5 per cent more than in January–March 2024.",
     [fig("remittances_sent", "total", "KZT", 196.5e9), fig("remittances_sent", "monthly_average", "KZT", 65.5e9),
      fig("remittances_sent", "monthly_average", "USD", 145.5e6),
      fig("remittances_sent", "change", "percent", 7.5, compared=Q1)]),
    ("bare numbers with bracketed shares after a scaled amount with its share are amounts of its unit", "4. Remittances",
     "By destination, Georgia led with KZT 52.5 billion (24.5% of the total), followed by Armenia with 31.5 (14.5%), "
     "Mongolia with 20.5 (9.5%) and India with 12.5 (5.5%).",
     [fig("remittances_sent", "total", "KZT", 52.5e9, "GEO"), fig("remittances_sent", "share", "percent", 24.5, "GEO"),
      fig("remittances_sent", "total", "KZT", 31.5e9, "ARM"), fig("remittances_sent", "share", "percent", 14.5, "ARM"),
      fig("remittances_sent", "total", "KZT", 20.5e9, "MNG"), fig("remittances_sent", "share", "percent", 9.5, "MNG"),
      fig("remittances_sent", "total", "KZT", 12.5e9, "IND"), fig("remittances_sent", "share", "percent", 5.5, "IND")]),
    ("signed changes closed by 'respectively' with no subject take the sentence before's metrics in order",
     "4. Remittances",
     "Compared with the first quarter, outgoing transfers rose by 13.5 per cent and incoming transfers by 16.5 per "
     "cent. Against April–June 2023 the picture diverged: +9.5 and –21.5 per cent, respectively.",
     [fig("remittances_sent", "change", "percent", 13.5, compared=Q1),
      fig("remittances_received", "change", "percent", 16.5, compared=Q1),
      fig("remittances_sent", "change", "percent", 9.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", -21.5, compared=("2023-04-01", "2023-06-30"))]),
    ("a gapped change naming its own direction after it keeps that direction", "4. Remittances",
     "Measured against April–June 2023, the increases were 61.5 per cent for money sent and 18.5 per cent for money "
     "received, as transfers to Georgia swelled.",
     [fig("remittances_sent", "change", "percent", 61.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", 18.5, compared=("2023-04-01", "2023-06-30"))]),
    ("plural nationality names listed before 'followed with' name the shares in order", "2. Residence",
     "Uzbek citizens made up 41.5% of the recipients of temporary residence permits; Armenians, Chinese and Kyrgyz "
     "followed with 22.5%, 8.5% and 7.5% respectively.",
     [fig("temporary_residence_permits", "share", "percent", 41.5, "UZB"),
      fig("temporary_residence_permits", "share", "percent", 22.5, "ARM"),
      fig("temporary_residence_permits", "share", "percent", 8.5, "CHN"),
      fig("temporary_residence_permits", "share", "percent", 7.5, "KGZ")]),
    ("a comparison opening the sentence governs the clause after ', while' too (CMP:fronted)", "4. Remittances",
     "Compared with January–March 2024, outgoing transfers grew while incoming transfers fell by 6,5 per cent; "
     "against a year earlier, both rose.",
     [fig("remittances_received", "change", "percent", -6.5, compared=("2024-01-01", "2024-03-31"))]),
    ("a stock day does not date a later sentence comparing its figure with a quarter, nor what follows it", "2. Labour",
     "As of 30 June 2024, 128,450 foreigners lived in Kazakhstan on a permanent residence permit. Employers "
     "registered 20,650 foreign workers, 6.5 per cent more than in April–June 2023. Citizens of China formed the "
     "largest group (27.5%).",
     [fig("permanent_residents", "total", "persons", 128450, period=("2024-06-30", "2024-06-30")),
      fig("registered_migrant_workers", "total", "persons", 20650),
      fig("registered_migrant_workers", "change", "percent", 6.5, compared=("2023-04-01", "2023-06-30")),
      fig("registered_migrant_workers", "share", "percent", 27.5, "CHN")]),
    ("'incoming travellers' is arrivals, after a sentence on exits", "1. Border crossings",
     "Exits were 5.5 per cent lower than in the last quarter of 2024. About 2.75 million of the incoming "
     "travellers held a CIS passport, against 45,500 people from non-CIS countries.",
     [fig("departures", "change", "percent", -5.5, compared=("2024-10-01", "2024-12-31")),
      fig("arrivals", "total", "persons", 2750000, group="CIS"),
      fig("arrivals", "total", "persons", 45500, group="non-CIS")]),
    ("a list introduced by 'Four CIS nationalities dominated the flow:' is of the CIS group", "1. Border crossings",
     "Citizens of CIS member states made up 3.25 million of the arrivals, against 118,5 thousand people from "
     "non-CIS countries. Four CIS nationalities dominated the flow: Uzbekistan (44.5%), the Russian Federation "
     "(27.5%), the Kyrgyz Republic (19.5%) and Tajikistan (6.5%).",
     [fig("arrivals", "total", "persons", 3250000, group="CIS"), fig("arrivals", "total", "persons", 118500, group="non-CIS"),
      fig("arrivals", "share", "percent", 44.5, "UZB", group="CIS"), fig("arrivals", "share", "percent", 27.5, "RUS", group="CIS"),
      fig("arrivals", "share", "percent", 19.5, "KGZ", group="CIS"), fig("arrivals", "share", "percent", 6.5, "TJK", group="CIS")]),
    ("'the two groups recorded X and Y departures respectively' takes the groups of the sentence before",
     "1. Border crossings",
     "Citizens of CIS member states accounted for 3.05 million entries, against 361,5 thousand made by nationals "
     "of non-CIS countries. On the way out, the two groups recorded 2,874,500 and 322,500 departures respectively.",
     [fig("arrivals", "total", "persons", 3050000, group="CIS"), fig("arrivals", "total", "persons", 361500, group="non-CIS"),
      fig("departures", "total", "persons", 2874500, group="CIS"),
      fig("departures", "total", "persons", 322500, group="non-CIS")]),
    ("what a structure 'differs markedly from' is compared with, not what its shares are of", "2. Residence permits",
     "Permanent residence was granted to 6,850 persons. The structure differs markedly from temporary permits: "
     "Uzbekistan accounts for a share of 38.5%, China for 24.5% and the Russian Federation for 16.5%.",
     [fig("permanent_residence_permits", "total", "persons", 6850),
      fig("permanent_residence_permits", "share", "percent", 38.5, "UZB"),
      fig("permanent_residence_permits", "share", "percent", 24.5, "CHN"),
      fig("permanent_residence_permits", "share", "percent", 16.5, "RUS")]),
    ("amounts in millions listed after one with its currency are in that currency", "4. Remittances",
     "Outflows gathered pace month by month: USD 147.5 million in April, 158.5 million in May and 172.5 million "
     "in June.",
     [fig("remittances_sent", "total", "USD", 147.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 158.5e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 172.5e6, period=("2024-06-01", "2024-06-30"))]),
    ("money that 'arrived from Russia – KZT ...' is no arrivals; the shares listed after it are the money's",
     "4. Remittances",
     "Transfers to Kazakhstan came to KZT 45.5 billion (USD 85.5 million). The bulk arrived from Russia – KZT 28.5 "
     "billion, share of the total amount – 62.5%, with the United States of America (7.5%) and the Republic of "
     "Korea (5.5%) far behind.",
     [fig("remittances_received", "total", "KZT", 45.5e9), fig("remittances_received", "total", "USD", 85.5e6),
      fig("remittances_received", "total", "KZT", 28.5e9, "RUS"),
      fig("remittances_received", "share", "percent", 62.5, "RUS"),
      fig("remittances_received", "share", "percent", 7.5, "USA"),
      fig("remittances_received", "share", "percent", 5.5, "KOR")]),
    ("shares joined by 'and' before 'of <flow>' take that flow, not a cue before a colon", "1. Border crossings",
     "Departures followed the pattern of arrivals: Kyrgyz and Tajik citizens made up 38.5% and 12.5% of CIS "
     "departures, respectively.",
     [fig("departures", "share", "percent", 38.5, "KGZ", group="CIS"),
      fig("departures", "share", "percent", 12.5, "TJK", group="CIS")]),
    ("an amount in a dash aside right after a named share is that name's", "5. Remittances",
     "Outgoing transfers went mostly to Russia. Kyrgyzstan took 8.5%, Armenia 4.5% – some KZT 6.5B ($14.5M) – "
     "and Georgia 2.5%.",
     [fig("remittances_sent", "share", "percent", 8.5, "KGZ"), fig("remittances_sent", "share", "percent", 4.5, "ARM"),
      fig("remittances_sent", "total", "KZT", 6.5e9, "ARM"), fig("remittances_sent", "total", "USD", 14.5e6, "ARM"),
      fig("remittances_sent", "share", "percent", 2.5, "GEO")]),
    ("'from outside it' after a group's count is the group's complement", "1. Border crossings",
     "Exits ran below entries: 3,150,500 foreigners left Kazakhstan during the quarter, of whom 2,950,500 were "
     "nationals of the Commonwealth and 200,000 came from outside it.",
     [fig("departures", "total", "persons", 3150500), fig("departures", "total", "persons", 2950500, group="CIS"),
      fig("departures", "total", "persons", 200000, group="non-CIS")]),
    ("a share of transfers under a group named only as the sentence's base is of all transfers", "7. Outgoing transfers",
     "Individuals sent KZT 268.5 billion abroad in the quarter. Among non-CIS destinations, Mongolia (KZT 24.5 "
     "billion, 9.5%) and Georgia (KZT 18.5 billion, 7.5%) followed.",
     [fig("remittances_sent", "total", "KZT", 268.5e9), fig("remittances_sent", "total", "KZT", 24.5e9, "MNG"),
      fig("remittances_sent", "share", "percent", 9.5, "MNG"), fig("remittances_sent", "total", "KZT", 18.5e9, "GEO"),
      fig("remittances_sent", "share", "percent", 7.5, "GEO")]),
    ("... but a share of arrivals under such a base is of the group", "1. Border crossings",
     "Among non-CIS arrivals, Mongolia (9.5%) and Georgia (7.5%) followed.",
     [fig("arrivals", "share", "percent", 9.5, "MNG", group="non-CIS"),
      fig("arrivals", "share", "percent", 7.5, "GEO", group="non-CIS")]),
    ("a contrast word opens a clause of its own before the next name of a list", "1. Border crossings",
     "Kyrgyz and Armenian citizens accounted for 40.5% and 20.5% of CIS departures, whereas Mongolia (35.5%) "
     "and Georgia (15.5%) dominated the non-CIS group.",
     [fig("departures", "share", "percent", 40.5, "KGZ", group="CIS"), fig("departures", "share", "percent", 20.5, "ARM", group="CIS"),
      fig("departures", "share", "percent", 35.5, "MNG", group="non-CIS"),
      fig("departures", "share", "percent", 15.5, "GEO", group="non-CIS")]),
    ("'other nationals' after a group's count is the group's complement", "1. Border crossings",
     "Of these, 2,650,500 departures were made by CIS citizens, and 55.5 thousand exits were made by other nationals.",
     [fig("departures", "total", "persons", 2650500, group="CIS"), fig("departures", "total", "persons", 55500, group="non-CIS")]),
    ("counts of 'all other countries' after the paragraph's group, coordinated", "1. Border crossings",
     "Citizens of CIS member states made up the bulk: 3,250,500 of the entries. The remaining 110,500 arrivals and "
     "105,500 departures were recorded for citizens of all other countries.",
     [fig("arrivals", "total", "persons", 3250500, group="CIS"), fig("arrivals", "total", "persons", 110500, group="non-CIS"),
      fig("departures", "total", "persons", 105500, group="non-CIS")]),
    ("'ahead of' a period compares with it", "1. Border crossings",
     "Entries came in 6.5 percent lower than in January–March 2024, yet the quarter still ran 10.5 per cent ahead "
     "of the second quarter of 2023.",
     [fig("arrivals", "change", "percent", -6.5, compared=Q1),
      fig("arrivals", "change", "percent", 10.5, compared=("2023-04-01", "2023-06-30"))]),
    ("'gathered ... for a round table' counts participants, not the paragraph's workers", "5. Policy and activities",
     "A law of 11 June 2024 allows labour migrants to stay for up to 90 days while changing employer. On 21 May "
     "2024 IOM gathered 19 police officers and 13 NGO representatives in Taraz for a round table on trafficking.",
     [fig("training_participants", "total", "persons", 19, group="police", period=("2024-05-21", "2024-05-21")),
      fig("training_participants", "total", "persons", 13, group="ngo", period=("2024-05-21", "2024-05-21"))]),
    ("'<group> and all other countries ... X and Y, respectively': the second is the complement's", "1. Border crossings",
     "Travellers from CIS member states and from all other countries made 3,250,500 and 92,500 of the entries, "
     "respectively.",
     [fig("arrivals", "total", "persons", 3250500, group="CIS"), fig("arrivals", "total", "persons", 92500, group="non-CIS")]),
    ("the 'permanent-resident population' is the stock of permanent residents", "2. Residence permits",
     "The permanent-resident population reached 128.5 thousand as of 30 June 2024.",
     [fig("permanent_residents", "total", "persons", 128500, period=("2024-06-30", "2024-06-30"))]),
    ("bare numbers each dated to a month after an amount of one month take its currency and scale", "4. Remittances",
     "Month by month, outgoing volumes eased from 76.5 billion tenge in April to 71.5 in May and 66.5 in June.",
     [fig("remittances_sent", "total", "KZT", 76.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 71.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 66.5e9, period=("2024-06-01", "2024-06-30"))]),
    ("'<country>'s own citizens ...: N of them were registered as labour migrants in <country>' counts emigrant "
     "workers, the lead's people, not the verb's", "3. Labour migration",
     "Kazakhstan's own citizens also went abroad for work: about 24.5 thousand of them were registered as labour "
     "migrants in Armenia.",
     [fig("emigrant_workers", "total", "persons", 24500, country="ARM")]),
    ("'living in <country> on a valid permanent residence permit' is the stock of permanent residents", "2. Residence",
     "As of 30 June 2024 the number of migrants living in Kazakhstan on a valid permanent residence permit stood "
     "at 48,650.",
     [fig("permanent_residents", "total", "persons", 48650, period=("2024-06-30", "2024-06-30"))]),
    ("money 'flowing the other way' after transfers sent is money received", "4. Remittances",
     "Individuals sent KZT 150.5 billion (USD 320.5 million) abroad. Money flowing the other way amounted to "
     "60.5 billion tenge, or 128.5 million US dollars.",
     [fig("remittances_sent", "total", "KZT", 150.5e9), fig("remittances_sent", "total", "USD", 320.5e6),
      fig("remittances_received", "total", "KZT", 60.5e9), fig("remittances_received", "total", "USD", 128.5e6)]),
    ("'in the opposite direction' turns round the direction before it, once for the whole sentence", "4. Remittances",
     "Individuals sent KZT 150.5 billion abroad. In the opposite direction, 250.5 thousand transactions "
     "carried KZT 60.5 billion (USD 128.5 million).",
     [fig("remittances_sent", "total", "KZT", 150.5e9),
      fig("remittances_received", "total", "transactions", 250500),
      fig("remittances_received", "total", "KZT", 60.5e9), fig("remittances_received", "total", "USD", 128.5e6)]),
    ("a change 'on April–June' printed without its year in a report on April–June is against the year before",
     "4. Remittances",
     "Transfers to Kazakhstan came to 90.5 billion tenge, up 120.5% on the previous quarter and by 140.5 per cent "
     "on April–June.",
     [fig("remittances_received", "total", "KZT", 90.5e9),
      fig("remittances_received", "change", "percent", 120.5, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_received", "change", "percent", 140.5, compared=("2023-04-01", "2023-06-30"))]),
    ("participants 'representing the police, the migration service, local executive bodies and NGOs' are a "
     "total, no group's", "7. Training",
     "On 17 May 2024 IOM held a round table in Almaty. Twenty-seven participants took part, representing the "
     "police, the migration service, local executive bodies and non-governmental organizations.",
     [fig("training_participants", "total", "persons", 27, period=("2024-05-17", "2024-05-17"))]),
    ("'N representatives of NGOs, as well as employers' is the NGOs' count", "7. Training",
     "On 17 May 2024 IOM held a round table in Almaty. It brought together 33 participants, among them 7 "
     "representatives of non-governmental organizations, as well as employers' associations and regional "
     "employment centres.",
     [fig("training_participants", "total", "persons", 33, period=("2024-05-17", "2024-05-17")),
      fig("training_participants", "total", "persons", 7, group="ngo", period=("2024-05-17", "2024-05-17"))]),
    ("'<country> held the largest slice of <group> arrivals, X per cent' is the country's share of the group",
     "1. Border crossings",
     "Visitors from non-CIS countries made 310,500 entries. Mongolia held the largest slice of non-CIS arrivals, "
     "36.5 per cent, while Armenia stood second at 22.5 per cent.",
     [fig("arrivals", "total", "persons", 310500, group="non-CIS"),
      fig("arrivals", "share", "percent", 36.5, country="MNG", group="non-CIS"),
      fig("arrivals", "share", "percent", 22.5, country="ARM", group="non-CIS")]),
    ("'citizens of <country>, whose N approvals outnumbered those of <other> citizens': N is the first country's",
     "2. Residence permits",
     "Permanent residence went to 6,950 people, most of them citizens of Armenia, whose 3,975 approvals "
     "outnumbered those of Georgian citizens more than threefold.",
     [fig("permanent_residence_permits", "total", "persons", 6950),
      fig("permanent_residence_permits", "total", "persons", 3975, country="ARM")]),
    ("a day 'until' which a name held dates no stock after it", "2. Residence permits",
     "As of 30 June 2024, 143,500 foreigners were living in Kazakhstan on a permanent residence permit. Almaty "
     "city hosted the largest share – 18.5 per cent – followed by the capital Astana (10.5%), which was known as "
     "Nur-Sultan until 17 May 2024. At the other end of the scale, the Kyzylorda region held only 0.5%.",
     [fig("permanent_residents", "total", "persons", 143500, period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "share", "percent", 18.5, region="KZ-75", period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "share", "percent", 10.5, region="KZ-71", period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "share", "percent", 0.5, region="KZ-43", period=("2024-06-30", "2024-06-30"))]),
    ("'Among the much smaller non-CIS flow, nationals of A, B and C made up X, Y and Z per cent respectively': "
     "shares of the group, three words after 'among'", "1. Border crossings",
     "Border posts counted 3,250,500 arrivals of foreign nationals. Among the much smaller non-CIS flow, "
     "nationals of Armenia, Mongolia and Georgia made up 61.5, 14.5 and 8.5 per cent respectively.",
     [fig("arrivals", "total", "persons", 3250500),
      fig("arrivals", "share", "percent", 61.5, country="ARM", group="non-CIS"),
      fig("arrivals", "share", "percent", 14.5, country="MNG", group="non-CIS"),
      fig("arrivals", "share", "percent", 8.5, country="GEO", group="non-CIS")]),
    ("'Averaged per month, <transfers> came to X': an average phrase opening the sentence makes X a monthly "
     "average", "4. Remittances",
     "Transfers from Kazakhstan amounted to KZT 197.5 billion in the quarter. Averaged per month, outgoing "
     "transfers came to 65.85 billion tenge.",
     [fig("remittances_sent", "total", "KZT", 197.5e9), fig("remittances_sent", "monthly_average", "KZT", 65.85e9)]),
    ("'the outflow of <country>'s own citizens, N thousand of them registered ... with work as the declared "
     "purpose' counts emigrant workers, not departures", "3. Labour migration",
     "Regarding the outflow of Kazakhstan's own citizens, 18.5 thousand of them registered in Armenia with work "
     "as the declared purpose of their stay over the same three months.",
     [fig("emigrant_workers", "total", "persons", 18500, country="ARM")]),
    ("'Over April, May and June 2024 ... counted N entries': the three months listed are the quarter",
     "1. Border crossings",
     "Over April, May and June 2024 the border service counted 3,250,500 entries of foreign citizens into "
     "Kazakhstan and 3,150,500 exits.",
     [fig("arrivals", "total", "persons", 3250500), fig("departures", "total", "persons", 3150500)]),
    ("'A 4,215 workers (21.2 per cent of the total), B 3,102 (15.6)': the later bare brackets are percents too",
     "4. Labour migration",
     "Karaganda region employed 2,310 registered workers (17.4 per cent of the total), Pavlodar region 1,905 "
     "(14.3) and Kostanay region 1,120 (8.4).",
     [fig("registered_migrant_workers", "total", "persons", 2310, region="KZ-35"),
      fig("registered_migrant_workers", "share", "percent", 17.4, region="KZ-35"),
      fig("registered_migrant_workers", "total", "persons", 1905, region="KZ-55"),
      fig("registered_migrant_workers", "share", "percent", 14.3, region="KZ-55"),
      fig("registered_migrant_workers", "total", "persons", 1120, region="KZ-39"),
      fig("registered_migrant_workers", "share", "percent", 8.4, region="KZ-39")]),
    ("'grown by N per cent against the first quarter, or on average X a month': the average restated after ', or' is "
     "the report's own", "5. Remittances",
     "Outgoing transfers reached KZT 188.4 billion, having grown by 4.6 per cent against the first quarter, "
     "or on average 62.8 billion tenge a month.",
     [fig("remittances_sent", "total", "KZT", 188.4e9),
      fig("remittances_sent", "change", "percent", 4.6, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_sent", "monthly_average", "KZT", 62.8e9)]),
    ("'A, B and C led the CIS arrivals with x, y and z per cent': the group between the names and the "
     "numbers scopes the list, the names pair with the numbers in order", "1. Border crossings",
     "Tajikistan, Kyrgyzstan and Russia led the CIS arrivals with 38.5, 27.4 and 19.7 per cent of the group "
     "total.",
     [fig("arrivals", "share", "percent", 38.5, country="TJK", group="CIS"),
      fig("arrivals", "share", "percent", 27.4, country="KGZ", group="CIS"),
      fig("arrivals", "share", "percent", 19.7, country="RUS", group="CIS")]),
    ("'the official rate fixed on <day> was N tenge' is a day's rate, no figure; 'the average rate over the "
     "quarter was N tenge' is the exchange rate", "5. Remittances",
     "For reference only, the official rate fixed on 28 June 2024 was 505.34 tenge. The average rate over "
     "the quarter was 468.9 tenge.",
     [fig("exchange_rate", "average", "KZT_per_USD", 468.9)]),
    ("'N KZT billion', 'N USD million': a scale printed after the currency", "5. Remittances",
     "Money sent abroad came to 143.7 KZT billion, or 301.2 USD million.",
     [fig("remittances_sent", "total", "KZT", 143.7e9), fig("remittances_sent", "total", "USD", 301.2e6)]),
    ("'A (x%) and B (y%) are the next destinations': a direction named after the shares", "5. Remittances",
     "Incoming transfers were led by the Russian Federation with 45.5 per cent. Georgia (11.4%) and Armenia "
     "(8.3%) are the next destinations, whereas the United States ranks second among sources with 9.9%.",
     [fig("remittances_received", "share", "percent", 45.5, country="RUS"),
      fig("remittances_sent", "share", "percent", 11.4, country="GEO"),
      fig("remittances_sent", "share", "percent", 8.3, country="ARM"),
      fig("remittances_received", "share", "percent", 9.9, country="USA")]),
    ("'A overtook B as the first destination; the <A adjective> corridor carried $N': the sentence's "
     "direction across its ';', the country named by its adjective", "5. Remittances",
     "Transfers to Kazakhstan came to KZT 39.5 billion. Georgia overtook Armenia as the first destination; "
     "the Georgian corridor alone carried some $95.7M.",
     [fig("remittances_received", "total", "KZT", 39.5e9),
      fig("remittances_sent", "total", "USD", 95.7e6, country="GEO")]),
    ("'N of them entered and M left': a bare 'entered' before a departure count is arrivals",
     "1. Border crossings",
     "Citizens of CIS member states made up most of the traffic: 3,105,400 of them entered and 3,012,600 left.",
     [fig("arrivals", "total", "persons", 3105400, group="CIS"),
      fig("departures", "total", "persons", 3012600, group="CIS")]),
    ("'..., followed by Georgia (KZT 7.4 billion, $15.7M; 11.5%)': every item of a bracket opened right "
     "after a name is that name's, not the sentence's earlier name's", "5. Remittances",
     "Incoming money came chiefly from the Russian Federation, 30,5 billion tenge or 46.5% of the total, "
     "followed by Georgia (KZT 7.4 billion, $15.7M; 11.5%) and Armenia with 4.1 billion tenge (6.5%).",
     [fig("remittances_received", "total", "KZT", 30.5e9, country="RUS"),
      fig("remittances_received", "share", "percent", 46.5, country="RUS"),
      fig("remittances_received", "total", "KZT", 7.4e9, country="GEO"),
      fig("remittances_received", "total", "USD", 15.7e6, country="GEO"),
      fig("remittances_received", "share", "percent", 11.5, country="GEO"),
      fig("remittances_received", "total", "KZT", 4.1e9, country="ARM"),
      fig("remittances_received", "share", "percent", 6.5, country="ARM")]),
    ("'the number of migrants holding a permanent permit reached N as of <day>' is a stock of permanent "
     "residents, the permits granted beside it a flow", "2. Residence permits",
     "Permanent residence was granted to 3,150 foreigners during the period, and the number of migrants "
     "holding a permanent permit reached 31,5 thousand as of 30 June 2024.",
     [fig("permanent_residence_permits", "total", "persons", 3150),
      fig("permanent_residents", "total", "persons", 31500, period=("2024-06-30", "2024-06-30"))]),
    ("'the labour-migration register held N workers' counts registered migrant workers", "Key findings",
     "The labour-migration register held 68,350 workers, slightly fewer than in the first quarter.",
     [fig("registered_migrant_workers", "total", "persons", 68350)]),
    ("'on their way out' is departures, beside the arrivals of the same sentence", "1. Border crossings",
     "Some 2.75 million foreign citizens were recorded entering the country, while 2,605,500 were logged on "
     "their way out.",
     [fig("arrivals", "total", "persons", 2750000), fig("departures", "total", "persons", 2605500)]),
    ("a rate fixed for a day is no average rate", "3. Remittances",
     "Amounts are converted at the quarterly average, 1 USD = 470.25 KZT. For reference, the official rate "
     "fixed for the last day of the year was 488.40 KZT per US dollar.",
     [fig("exchange_rate", "average", "KZT_per_USD", 470.25)]),
    ("foreign nationals arriving are arrivals, money arriving is no arrival", "1. Entries and exits",
     "Border posts counted 4,126,500 foreign nationals arriving in Kazakhstan, while 3,987,200 left the country.",
     [fig("arrivals", "total", "persons", 4126500), fig("departures", "total", "persons", 3987200)]),
    ("money arriving from a country is a transfer received", "4. Remittances",
     "Transfers received rose. Money arriving from the Republic of Korea was 23 per cent above its April–June "
     "2023 level.",
     [fig("remittances_received", "change", "percent", 23, "KOR", compared=("2023-04-01", "2023-06-30"))]),
    ("the corresponding numbers take the names of the sentence before in order", "1. Entries and exits",
     "Citizens of CIS member states account for the bulk of the flow: about 3.8 million arrivals, against "
     "326.5 thousand from non-CIS countries. On the exit side, the corresponding numbers were 3.7 million and "
     "287.5 thousand, respectively.",
     [fig("arrivals", "total", "persons", 3800000, group="CIS"),
      fig("arrivals", "total", "persons", 326500, group="non-CIS"),
      fig("departures", "total", "persons", 3700000, group="CIS"),
      fig("departures", "total", "persons", 287500, group="non-CIS")]),
    ("a bracketed share before a name a count follows after a dash shares that name", "2. Labour migration",
     "Registrations of foreign workers reached 58,750 in the quarter. About half of them (49.5%) were "
     "citizens of Uzbekistan – 29,150 workers in all.",
     [fig("registered_migrant_workers", "total", "persons", 58750),
      fig("registered_migrant_workers", "share", "percent", 49.5, "UZB"),
      fig("registered_migrant_workers", "total", "persons", 29150, "UZB")]),
    ("a month opening a sentence before a dash dates the amount after it", "3. Remittances",
     "Kazakhstan received KZT 96.5 billion from abroad. In April – 30.5 billion KZT; in May – 32.5 billion KZT.",
     [fig("remittances_received", "total", "KZT", 96.5e9),
      fig("remittances_received", "total", "KZT", 30.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "KZT", 32.5e9, period=("2024-05-01", "2024-05-31"))]),
    ("a year a record is set against is no period of the figure", "3. Remittances",
     "For the first time since 2021 Türkiye received the most: 52.5 billion KZT was sent there.",
     [fig("remittances_sent", "total", "KZT", 52.5e9, "TUR")]),
    ("money sent there goes to the place named before", "4. Remittances",
     "Russia remained the main corridor, although transfers there fell by 6.5 per cent against April–June "
     "2023 and transfers received from it by 8.5 per cent.",
     [fig("remittances_sent", "change", "percent", -6.5, "RUS", compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", -8.5, "RUS", compared=("2023-04-01", "2023-06-30"))]),
    ("transactions an averaged amount is spread over are a total", "4. Remittances",
     "Incoming transfers averaged 52,5 billion KZT per month across 412.5 thousand transactions.",
     [fig("remittances_received", "monthly_average", "KZT", 52.5e9),
      fig("remittances_received", "total", "transactions", 412500)]),
    ("a colon after a change's compared period opens the report's own counts", "1. Entries and exits",
     "Exits were recorded 2,987,500 times, 6.5 per cent fewer than in January–March 2024: 2,925,500 nationals "
     "of CIS member states departed, and 62,000 citizens of other states left the country.",
     [fig("departures", "total", "persons", 2987500),
      fig("departures", "change", "percent", -6.5, compared=Q1),
      fig("departures", "total", "persons", 2925500, group="CIS"),
      fig("departures", "total", "persons", 62000, group="non-CIS")]),
    ("the compared values of a monthly average listed after it are averages", "4. Remittances",
     "Incoming transfers came to 92.5 billion tenge. Monthly receipts were 29.5 billion tenge ($64.5M) in April "
     "and 31.5 billion ($66.5M) in May, or 30.5 billion tenge ($65.5M) a month on average, compared with 28.5 "
     "billion in the first quarter and 59.5 billion in the second quarter of 2023.",
     [fig("remittances_received", "total", "KZT", 92.5e9),
      fig("remittances_received", "total", "KZT", 29.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "USD", 64.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "KZT", 31.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "total", "USD", 66.5e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "monthly_average", "KZT", 30.5e9),
      fig("remittances_received", "monthly_average", "USD", 65.5e6),
      fig("remittances_received", "monthly_average", "KZT", 28.5e9, period=Q1),
      fig("remittances_received", "monthly_average", "KZT", 59.5e9, period=("2023-04-01", "2023-06-30"))]),
    ("directions listed before amounts closed by respectively take them in order", "4. Remittances",
     "Compared with the first quarter, when the monthly averages of outgoing and incoming transfers stood at "
     "80.5 and 55.5 billion KZT respectively, outgoing transfers declined by 5.5 per cent.",
     [fig("remittances_sent", "monthly_average", "KZT", 80.5e9, period=Q1),
      fig("remittances_received", "monthly_average", "KZT", 55.5e9, period=Q1),
      fig("remittances_sent", "change", "percent", -5.5, compared=Q1)]),
    ("a list of shares after a bracketed second list takes the names of the first in turn", "4. Remittances",
     "Germany and Uzbekistan sent 9.5 and 8.5 billion KZT respectively (USD 20.5 million and 17.5 million), "
     "i.e. 10.5% and 8.5% of the total.",
     [fig("remittances_received", "total", "KZT", 9.5e9, "DEU"), fig("remittances_received", "total", "KZT", 8.5e9, "UZB"),
      fig("remittances_received", "total", "USD", 20.5e6, "DEU"), fig("remittances_received", "total", "USD", 17.5e6, "UZB"),
      fig("remittances_received", "share", "percent", 10.5, "DEU"),
      fig("remittances_received", "share", "percent", 8.5, "UZB")]),
    ("a change compared with a quarter of the year is compared with that quarter of the report's year",
     "1. Entries and exits",
     "Almost 2.1 million arrivals were recorded in April–June 2024, 41.5 per cent more than in the first quarter "
     "of the year.",
     [fig("arrivals", "total", "persons", 2100000), fig("arrivals", "change", "percent", 41.5, compared=Q1)]),
    ("counts by origin listed after a colon break down the count of the sentence before", "2.2 Permanent residence",
     "Two thousand one hundred and five people received a permanent residence permit. Most were ethnic Kazakhs "
     "returning from neighbouring states: 815 came from Uzbekistan, 435 from China and 305 from Mongolia.",
     [fig("permanent_residence_permits", "total", "persons", 2105),
      fig("permanent_residence_permits", "total", "persons", 815, "UZB"),
      fig("permanent_residence_permits", "total", "persons", 435, "CHN"),
      fig("permanent_residence_permits", "total", "persons", 305, "MNG")]),
    ("a bare decimal before a bracketed amount in dollars is the amount in tenge", "4. Remittances",
     "The Russian Federation was the main destination of outgoing transfers, with 96,5 billion KZT (206,5 million "
     "USD). Türkiye followed with 52,5 (112,5 million USD), a share of 20,5%.",
     [fig("remittances_sent", "total", "KZT", 96.5e9, "RUS"), fig("remittances_sent", "total", "USD", 206.5e6, "RUS"),
      fig("remittances_sent", "total", "KZT", 52.5, "TUR"),        # its scale is inferred later
      fig("remittances_sent", "total", "USD", 112.5e6, "TUR"), fig("remittances_sent", "share", "percent", 20.5, "TUR")]),
    ("a share before a bracketed amount stays a share: no rate puts the two together", "4. Remittances",
     "The Russian Federation received 28.5 percent of the money sent, KZT 61.5 billion, and Türkiye 24.5 (KZT 52.5 "
     "billion).",
     [fig("remittances_sent", "share", "percent", 28.5, "RUS"), fig("remittances_sent", "total", "KZT", 61.5e9, "RUS"),
      fig("remittances_sent", "share", "percent", 24.5, "TUR"), fig("remittances_sent", "total", "KZT", 52.5e9, "TUR")]),
    ("'not a single permanent resident had yet been registered' in regions is their zero", "2.4 Permanent residents",
     "As of 30 June 2024, 150,500 foreigners lived in Kazakhstan on a permanent residence permit. In the newly formed "
     "Abay and Ulytau regions not a single permanent resident had yet been registered.",
     [fig("permanent_residents", "total", "persons", 150500, period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 0, region="KZ-10", period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 0, region="KZ-62", period=("2024-06-30", "2024-06-30"))]),
    ("amounts each with its own scale letter keep it in a list", "4. Remittances",
     "Outgoing transfers rose steadily, reaching $116.5M, $130.5M and $149.5M in April, May and June respectively.",
     [fig("remittances_sent", "total", "USD", 116.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 130.5e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 149.5e6, period=("2024-06-01", "2024-06-30"))]),
    ("a sentence of changes of one metric it names turns the paragraph to that metric", "1. Entries and exits",
     "Foreign nationals entered Kazakhstan 3,184,500 times and left it 3,021,500 times. Arrivals were 6,5 per "
     "cent lower than in the first quarter of 2024, yet 4.5 per cent higher than in April–June 2023. Month by "
     "month, the count stood at 1,002,500 in April, 987,500 in May and 1,194,500 in June.",
     [fig("arrivals", "total", "persons", 3184500), fig("departures", "total", "persons", 3021500),
      fig("arrivals", "change", "percent", -6.5, compared=Q1),
      fig("arrivals", "change", "percent", 4.5, compared=("2023-04-01", "2023-06-30")),
      fig("arrivals", "total", "persons", 1002500, period=("2024-04-01", "2024-04-30")),
      fig("arrivals", "total", "persons", 987500, period=("2024-05-01", "2024-05-31")),
      fig("arrivals", "total", "persons", 1194500, period=("2024-06-01", "2024-06-30"))]),
    ("names each before a bracket of amounts take a list of shares respectively", "4.2 Transfers to Kazakhstan",
     "Incoming transfers rose. The United States ($28.5M, 14.5B tenge) and Germany (11.5B tenge, $23.5M) "
     "accounted for 12.5% and 10.5% of receipts, respectively.",
     [fig("remittances_received", "total", "USD", 28.5e6, "USA"), fig("remittances_received", "total", "KZT", 14.5e9, "USA"),
      fig("remittances_received", "total", "KZT", 11.5e9, "DEU"), fig("remittances_received", "total", "USD", 23.5e6, "DEU"),
      fig("remittances_received", "share", "percent", 12.5, "USA"),
      fig("remittances_received", "share", "percent", 10.5, "DEU")]),
    ("counts joined by and each before its noun share their subject's group", "1. Entries and exits",
     "Nationals of CIS member states accounted for 3.09 million arrivals and 2,931,500 departures, while "
     "citizens of non-CIS countries crossed into the country 58,250 times and left it on 56,450 occasions.",
     [fig("arrivals", "total", "persons", 3090000, group="CIS"), fig("departures", "total", "persons", 2931500, group="CIS"),
      fig("arrivals", "total", "persons", 58250, group="non-CIS"),
      fig("departures", "total", "persons", 56450, group="non-CIS")]),
    ("a change after a compared amount and its bracketed restatement compares with that amount's period",
     "4. Remittances",
     "Transfers from Kazakhstan reached KZT 268.5 billion in the quarter. The outflow was up from 247.5 KZT "
     "(USD 512.5 million) in January–March, a rise of 8.5 per cent.",
     [fig("remittances_sent", "total", "KZT", 268.5e9),
      fig("remittances_sent", "total", "KZT", 247.5, period=Q1),      # its scale is inferred later
      fig("remittances_sent", "total", "USD", 512.5e6, period=Q1),
      fig("remittances_sent", "change", "percent", 8.5, compared=Q1)]),
    ("a bare pair after a pair of counts takes their metrics in order and shares the name after it",
     "1. Entries and exits",
     "Citizens of CIS member states made 2,850,500 entries and 2,710,500 exits respectively – against 305,500 and "
     "290,500 for nationals of non-CIS countries.",
     [fig("arrivals", "total", "persons", 2850500, group="CIS"), fig("departures", "total", "persons", 2710500, group="CIS"),
      fig("arrivals", "total", "persons", 305500, group="non-CIS"),
      fig("departures", "total", "persons", 290500, group="non-CIS")]),
    ("a dash opening a 'while' clause ends the aside its count stands in", "3. Labour migration",
     "The labour authorities counted 58,500 foreign workers. Kyrgyzstan supplied the second group – 21.5% of the "
     "total, or 12,500 workers – while Chinese nationals made up 9.5%.",
     [fig("registered_migrant_workers", "total", "persons", 58500),
      fig("registered_migrant_workers", "share", "percent", 21.5, "KGZ"),
      fig("registered_migrant_workers", "total", "persons", 12500, "KGZ"),
      fig("registered_migrant_workers", "share", "percent", 9.5, "CHN")]),
    ("a month before a colon dates no item of the list it opens", "1. Entries and exits",
     "Arrivals peaked in May: 980,500 were recorded in April, 1,050,500 in May and 990,500 in June.",
     [fig("arrivals", "total", "persons", 980500, period=("2024-04-01", "2024-04-30")),
      fig("arrivals", "total", "persons", 1050500, period=("2024-05-01", "2024-05-31")),
      fig("arrivals", "total", "persons", 990500, period=("2024-06-01", "2024-06-30"))]),
    ("'With a total number of N ..., <nationals>' fronts the subject's count", "3. Labour migration",
     "With a total number of 31,500 registered workers, Kyrgyz nationals came second.",
     [fig("registered_migrant_workers", "total", "persons", 31500, "KGZ")]),
    ("a fronted compared amount is of the statistic the change's subject names", "4. Remittances",
     "Compared with the first quarter of 2024 (64.5 billion KZT), the monthly average of outgoing transfers fell "
     "by 4.5 per cent.",
     [fig("remittances_sent", "monthly_average", "KZT", 64.5e9, period=Q1),
      fig("remittances_sent", "change", "percent", -4.5, compared=Q1)]),
    ("a change is never dated by the period it is compared with", "4. Remittances",
     "The monthly average of incoming transfers was 22.5 billion tenge, against 23.5 billion in the previous "
     "quarter and 26.5 billion in the same quarter of 2023 – a fall of 15.1 per cent year on year.",
     [fig("remittances_received", "monthly_average", "KZT", 22.5e9),
      fig("remittances_received", "monthly_average", "KZT", 23.5e9, period=Q1),
      fig("remittances_received", "monthly_average", "KZT", 26.5e9, period=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", -15.1, compared=("2023-04-01", "2023-06-30"))]),
    ("a list 'in the same three months' takes the months listed before it", "4. Remittances",
     "Outgoing volumes rose month by month: KZT 52.5 billion in April, KZT 56.5 billion in May and KZT 63.5 billion "
     "in June. Incoming transfers came to 27.5, 28.5 and 32.5 billion KZT in the same three months.",
     [fig("remittances_sent", "total", "KZT", 52.5e9, period=("2024-04-01", "2024-04-30")), fig("remittances_sent", "total", "KZT", 56.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 63.5e9, period=("2024-06-01", "2024-06-30")),
      fig("remittances_received", "total", "KZT", 27.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "KZT", 28.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "total", "KZT", 32.5e9, period=("2024-06-01", "2024-06-30"))]),
    ("'transfers abroad' and 'transfers into the country' each give their clause its direction", "4. Remittances",
     "Against the second quarter of 2023 the picture is mixed: transfers abroad were 6.5 percent lower, transfers "
     "into the country 6.5 percent higher.",
     [fig("remittances_sent", "change", "percent", -6.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "change", "percent", 6.5, compared=("2023-04-01", "2023-06-30"))]),
    ("a list of decimal commas before its scale, and its second list after 'respectively, equal to'", "4. Remittances",
     "In April, May and June the amounts received were 38,5, 39,5 and 43,5 billion tenge respectively, equal to "
     "USD 78,5, 80,5 and 87,5 million.",
     [fig("remittances_received", "total", "KZT", 38.5e9, period=("2024-04-01", "2024-04-30")), fig("remittances_received", "total", "KZT", 39.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "total", "KZT", 43.5e9, period=("2024-06-01", "2024-06-30")), fig("remittances_received", "total", "USD", 78.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "USD", 80.5e6, period=("2024-05-01", "2024-05-31")), fig("remittances_received", "total", "USD", 87.5e6, period=("2024-06-01", "2024-06-30"))]),
    ("'The non-CIS stream' opening a sentence is the base of its shares; 'a figure 7,5 per cent'", "1. Arrivals",
     "Close to 2,9 million arrivals were counted. The non-CIS stream was more varied: China led with 38,5 per cent, "
     "ahead of India (12,5 per cent).",
     [fig("arrivals", "total", "persons", 2900000), fig("arrivals", "share", "percent", 38.5, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 12.5, "IND", group="non-CIS")]),
    ("'a figure N per cent below'; 'the registered foreign workforce'", "3. Labour migration",
     "Employers registered 58,5 thousand foreign workers, a figure 7,5 per cent below that of the first quarter. "
     "Uzbek nationals remain the backbone of the registered foreign workforce with 31 500 workers in all.",
     [fig("registered_migrant_workers", "total", "persons", 58500),
      fig("registered_migrant_workers", "change", "percent", -7.5, compared=Q1),
      fig("registered_migrant_workers", "total", "persons", 31500, "UZB")]),
    ("'fewer than the N recorded there a year earlier'", "5. Citizens abroad",
     "Russian statistics fill part of the gap: 27,5 thousand citizens of Kazakhstan entered the Russian Federation for "
     "employment in the second quarter of 2024, fewer than the 31,5 thousand recorded there a year earlier.",
     [fig("emigrant_workers", "total", "persons", 27500, "RUS"),
      fig("emigrant_workers", "total", "persons", 31500, "RUS", period=("2023-04-01", "2023-06-30"))]),
    ("'Permanent residence is granted'", "2. Residence permits",
     "Temporary permits went to 80,500 foreigners. Permanent residence is granted far more rarely: the migration "
     "service approved 7,5 thousand applications.",
     [fig("temporary_residence_permits", "total", "persons", 80500),
      fig("permanent_residence_permits", "total", "persons", 7500)]),
    ("a flow done 'by the end of' the quarter's last month is the quarter's", "3. Labour migration",
     "By the end of June, 61,500 foreign nationals had been registered as migrant workers.",
     [fig("registered_migrant_workers", "total", "persons", 61500)]),
    ("items each dated before them, and a second list 'respectively'", "4. Remittances",
     "In April 30.5 billion tenge arrived, in May 31.5 billion and in June 35.5 billion – USD 59.5, 61.5 and 69.5 "
     "million respectively.",
     [fig("remittances_received", "total", "KZT", 30.5e9, period=("2024-04-01", "2024-04-30")), fig("remittances_received", "total", "KZT", 31.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "total", "KZT", 35.5e9, period=("2024-06-01", "2024-06-30")), fig("remittances_received", "total", "USD", 59.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "USD", 61.5e6, period=("2024-05-01", "2024-05-31")), fig("remittances_received", "total", "USD", 69.5e6, period=("2024-06-01", "2024-06-30"))]),
    ("'had then stood at' is the period the change before compared with", "4. Remittances",
     "Compared with January–March 2024, outgoing transfers declined by 11.5 per cent and incoming ones by 21.5 per "
     "cent; the monthly average of incoming money had then stood at 41.5 billion KZT.",
     [fig("remittances_sent", "change", "percent", -11.5, compared=Q1),
      fig("remittances_received", "change", "percent", -21.5, compared=Q1),
      fig("remittances_received", "monthly_average", "KZT", 41.5e9, period=Q1)]),
    ("'exceeded the N entries counted in' a period", "1. Arrivals",
     "Arrivals reached 2,874,500. Inflow was 6.5 per cent higher than in the previous quarter and also exceeded the "
     "2.5 million entries counted in Q2 2023.",
     [fig("arrivals", "total", "persons", 2874500), fig("arrivals", "change", "percent", 6.5, compared=Q1),
      fig("arrivals", "total", "persons", 2500000, period=("2023-04-01", "2023-06-30"))]),
    ("'It fell ... when it was N': the amounts compared are averages like the sentence's before", "4. Remittances",
     "The monthly average of incoming transfers came to 40,5 billion KZT. It fell by 6,5 percent against the previous "
     "quarter, when it was 43,5 billion KZT, and by 22,5 percent against the second quarter of 2023 (52,5 billion KZT).",
     [fig("remittances_received", "monthly_average", "KZT", 40.5e9),
      fig("remittances_received", "change", "percent", -6.5, compared=Q1),
      fig("remittances_received", "monthly_average", "KZT", 43.5e9, period=Q1),
      fig("remittances_received", "change", "percent", -22.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "monthly_average", "KZT", 52.5e9, period=("2023-04-01", "2023-06-30"))]),
    ("a count compared with the sentence's count is of its metric", "5. Citizens abroad",
     "Receiving-country statistics help: the Russian Federation counted 41 thousand Kazakhstani workers arriving in "
     "April–June 2024, compared with 29 thousand in the same quarter of 2023.",
     [fig("emigrant_workers", "total", "persons", 41000, "RUS"),
      fig("emigrant_workers", "total", "persons", 29000, "RUS", period=("2023-04-01", "2023-06-30"))]),
    ("a bracket of shares takes the names listed before it", "4. Remittances",
     "Türkiye and the Russian Federation together absorbed more than half of the money sent from Kazakhstan "
     "(28.5% and 24.5%).",
     [fig("remittances_sent", "share", "percent", 28.5, "TUR"), fig("remittances_sent", "share", "percent", 24.5, "RUS")]),
    ("crossings 'into and out of the country, respectively'", "2. Border crossings",
     "Between April and June 2024 the Border Service registered 2,184,500 and 2,047,500 crossings of foreign nationals "
     "into and out of the country, respectively.",
     [fig("arrivals", "total", "persons", 2184500), fig("departures", "total", "persons", 2047500)]),
    ("counts 'of the entries and ... of the exits'; counts each with its noun sharing the name after them",
     "1. Entries and exits",
     "Almost all of the traffic was regional: citizens of CIS member states made 3.08 million of the entries and "
     "2.91 million of the exits, against 42.5 thousand arrivals and 38,5 thousand departures by nationals of non-CIS "
     "countries.",
     [fig("arrivals", "total", "persons", 3080000, group="CIS"), fig("departures", "total", "persons", 2910000, group="CIS"),
      fig("arrivals", "total", "persons", 42500, group="non-CIS"),
      fig("departures", "total", "persons", 38500, group="non-CIS")]),
    ("'With a total of N ..., citizens of <country>'", "3. Labour migration",
     "Uzbek workers. With a total of 31,500 registered workers, citizens of Uzbekistan are by far the largest "
     "single nationality on the labour register.",
     [fig("registered_migrant_workers", "total", "persons", 31500, "UZB")]),
    ("a list dated 'from ... through ... to ...' restated ', or $A, $B and $C'", "4. Remittances",
     "Outgoing transfers from Kazakhstan totalled KZT 178.5 billion in April–June 2024. The monthly amounts rose "
     "steadily, from KZT 52.5 billion in April through 58,5 billion in May to 67.5 billion in June, or $116.5M, "
     "$130.5M and $149.5M.",
     [fig("remittances_sent", "total", "KZT", 178.5e9),
      fig("remittances_sent", "total", "KZT", 52.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 58.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 67.5e9, period=("2024-06-01", "2024-06-30")),
      fig("remittances_sent", "total", "USD", 116.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 130.5e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 149.5e6, period=("2024-06-01", "2024-06-30"))]),
    ("a change 'on a monthly average of' an amount: the amount is the compared period's", "4. Remittances",
     "Incoming transfers rose. Against the second quarter of 2023, the inflow was down by 2.5% on a monthly "
     "average of 27.5 billion KZT.",
     [fig("remittances_received", "change", "percent", -2.5, compared=("2023-04-01", "2023-06-30")),
      fig("remittances_received", "monthly_average", "KZT", 27.5e9, period=("2023-04-01", "2023-06-30"))]),
    ("'crossed the border in the opposite direction'", "1. Border crossings",
     "Border guards logged 3,412,500 entries of foreign nationals between April and June 2024, while 3,268,500 "
     "foreigners crossed the border in the opposite direction.",
     [fig("arrivals", "total", "persons", 3412500), fig("departures", "total", "persons", 3268500)]),
    ("'by month' before a list of three amounts: the report's months; a list restating it after 'that is'",
     "4. Remittances",
     "Transfers to Kazakhstan came through 284,500 transactions; by month they amounted to 24.5, 26.5 and 30.5 "
     "billion tenge, that is $53.5M, $59.5M and $67.5M respectively.",
     [fig("remittances_received", "total", "transactions", 284500),
      fig("remittances_received", "total", "KZT", 24.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "KZT", 26.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "total", "KZT", 30.5e9, period=("2024-06-01", "2024-06-30")),
      fig("remittances_received", "total", "USD", 53.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "USD", 59.5e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "total", "USD", 67.5e6, period=("2024-06-01", "2024-06-30"))]),
    ("'with shares of a, b and c' after the names listed", "3. Labour migration",
     "In April–June 2024 a total of 71,500 foreigners were registered as migrant workers. Tajikistan, Azerbaijan and "
     "Armenia together made up the remaining 5.5 per cent, with shares of 3.5%, 1.5% and 0.5%.",
     [fig("registered_migrant_workers", "total", "persons", 71500),
      fig("registered_migrant_workers", "share", "percent", 3.5, "TJK"),
      fig("registered_migrant_workers", "share", "percent", 1.5, "AZE"),
      fig("registered_migrant_workers", "share", "percent", 0.5, "ARM")]),
    ("'it received' of a destination is money sent", "4. Remittances",
     "Russia was the main destination: it received 71.5 billion KZT (163.5 million USD), 33.5% of all money sent.",
     [fig("remittances_sent", "total", "KZT", 71.5e9, "RUS"), fig("remittances_sent", "total", "USD", 163.5e6, "RUS"),
      fig("remittances_sent", "share", "percent", 33.5, "RUS")]),
    ("'the monthly amounts came to A, B and C for April, May and June' are each month's total", "4. Remittances",
     "Outflows averaged 71.5 billion KZT a month. In dollar terms the monthly amounts came to $153.5M, $164.5M and "
     "$170.5M for April, May and June.",
     [fig("remittances_sent", "monthly_average", "KZT", 71.5e9),
      fig("remittances_sent", "total", "USD", 153.5e6, period=("2024-04-01", "2024-04-30")), fig("remittances_sent", "total", "USD", 164.5e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 170.5e6, period=("2024-06-01", "2024-06-30"))]),
    ("monthly amounts each led by its month ('April 2024 - A (B); May 2024 - C (D)') are the months' totals",
     "4. Remittances",
     "Outflows totalled KZT 190.5 billion. The monthly amounts climbed: April 2024 - 60.5 billion KZT (130.5 million "
     "USD); May 2024 - 62.5 billion KZT (135.5 million USD). On average 63.5 billion KZT (137.5 million USD) left each month.",
     [fig("remittances_sent", "total", "KZT", 190.5e9),
      fig("remittances_sent", "total", "KZT", 60.5e9, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "USD", 130.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 62.5e9, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "USD", 135.5e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "monthly_average", "KZT", 63.5e9), fig("remittances_sent", "monthly_average", "USD", 137.5e6)]),
    ("'money leaving Kazakhstan' is money sent, not departures; 'incoming money' is money received", "5. Corridors",
     "Russia was the main destination of money leaving Kazakhstan, with 30.5%, ahead of Georgia (20.5%). Incoming "
     "money came first of all from Russia (40.5%) and the Republic of Korea (10.5%).",
     [fig("remittances_sent", "share", "percent", 30.5, "RUS"), fig("remittances_sent", "share", "percent", 20.5, "GEO"),
      fig("remittances_received", "share", "percent", 40.5, "RUS"), fig("remittances_received", "share", "percent", 10.5, "KOR")]),
    ("'Monthly inflows were worth A, B and C' take the report's months", "4. Remittances",
     "Transfers to Kazakhstan reached KZT 96.5 billion. Monthly inflows were worth $66.5M, $74.5M and $79.5M.",
     [fig("remittances_received", "total", "KZT", 96.5e9),
      fig("remittances_received", "total", "USD", 66.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_received", "total", "USD", 74.5e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_received", "total", "USD", 79.5e6, period=("2024-06-01", "2024-06-30"))]),
    ("a decimal comma before a bracketed amount, and before a scale letter", "4. Remittances",
     "Outgoing transfers grew. Month by month the outflow grew steadily: KZT 72,5 (USD 142,5 million) in April, "
     "76,5 billion tenge (149,5 million dollars) in May and 82,5B tenge ($160,5M) in June.",
     [fig("remittances_sent", "total", "KZT", 72.5, period=("2024-04-01", "2024-04-30")),        # its scale is inferred later
      fig("remittances_sent", "total", "USD", 142.5e6, period=("2024-04-01", "2024-04-30")),
      fig("remittances_sent", "total", "KZT", 76.5e9, period=("2024-05-01", "2024-05-31")), fig("remittances_sent", "total", "USD", 149.5e6, period=("2024-05-01", "2024-05-31")),
      fig("remittances_sent", "total", "KZT", 82.5e9, period=("2024-06-01", "2024-06-30")), fig("remittances_sent", "total", "USD", 160.5e6, period=("2024-06-01", "2024-06-30"))]),
    ("'work documents to N Kazakhstani citizens'", "5. Citizens abroad",
     "Russian migration authorities issued work documents to 28,5 thousand Kazakhstani citizens in the first half of "
     "2024, against 31,5 thousand in January–June 2023.",
     [fig("emigrant_workers", "total", "persons", 28500, "RUS", period=("2024-01-01", "2024-06-30")),
      fig("emigrant_workers", "total", "persons", 31500, "RUS", period=("2023-01-01", "2023-06-30"))]),
    ("names before a list of amounts restated 'i.e. a% and b% ..., respectively'", "4. Remittances",
     "Outgoing transfers rose. Georgia and the Kyrgyz Republic received 21,5 billion KZT (45,5 million USD) and 9,5 "
     "billion KZT (19,5 million USD), i.e. 8,5% and 3,5% of the total, respectively.",
     [fig("remittances_sent", "total", "KZT", 21.5e9, "GEO"), fig("remittances_sent", "total", "USD", 45.5e6, "GEO"),
      fig("remittances_sent", "total", "KZT", 9.5e9, "KGZ"), fig("remittances_sent", "total", "USD", 19.5e6, "KGZ"),
      fig("remittances_sent", "share", "percent", 8.5, "GEO"), fig("remittances_sent", "share", "percent", 3.5, "KGZ")]),
    ("a metric word after 'below' is what is compared with, not what is counted", "2. Departures",
     "Exits ran slightly below entries, at roughly 2,95 million.",
     [fig("departures", "total", "persons", 2950000)]),
    ("'the monthly average of <period>, when it stood at <amount>' is that period's average", "6. Remittances",
     "Outgoing transfers averaged KZT 63,5 billion a month. That is 5,5 per cent more than the monthly average of "
     "January – March 2024, when it stood at KZT 60,5 billion.",
     [fig("remittances_sent", "monthly_average", "KZT", 63.5e9),
      fig("remittances_sent", "change", "percent", 5.5, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_sent", "monthly_average", "KZT", 60.5e9, period=("2024-01-01", "2024-03-31"))]),
    ("'; a share of N%' inside an amount's bracket is the amount's share", "6. Remittances",
     "Individuals sent KZT 180,5 billion abroad. Georgia came second with KZT 20,5 billion (USD 45,5 million; "
     "a share of 11,5%) and China third with KZT 10,5 billion.",
     [fig("remittances_sent", "total", "KZT", 180.5e9),
      fig("remittances_sent", "total", "KZT", 20.5e9, "GEO"), fig("remittances_sent", "total", "USD", 45.5e6, "GEO"),
      fig("remittances_sent", "share", "percent", 11.5, "GEO"), fig("remittances_sent", "total", "KZT", 10.5e9, "CHN")]),
    ("zeros: 'not a single holder of a ... permit is registered', 'have yet been registered'", "4. Residents",
     "On 30 June 2024, 150,5 thousand foreigners held a permanent residence permit. In Abay region not a single "
     "holder of such a permit is registered. No permanent residents have so far been registered in the Jetysu region.",
     [fig("permanent_residents", "total", "persons", 150500, period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 0, region="KZ-10", period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 0, region="KZ-33", period=("2024-06-30", "2024-06-30"))]),
    ("nationalities named in a dash aside, shares 'respectively', base 'Among the departures of CIS citizens'",
     "2. Departures",
     "Among the departures of CIS citizens, the three largest nationalities – Kyrgyz, Tajik and Uzbek – held "
     "30,5, 20,5 and 10,5 per cent respectively.",
     [fig("departures", "share", "percent", 30.5, "KGZ", group="CIS"),
      fig("departures", "share", "percent", 20.5, "TJK", group="CIS"),
      fig("departures", "share", "percent", 10.5, "UZB", group="CIS")]),
    ("lists of the same two names' amounts in two currencies and shares, joined by a bracket and a dash",
     "6. Remittances",
     "Individuals sent KZT 160.5 billion abroad. Georgia and Armenia followed with 10.5 and 8.5 billion KZT (20.5 and "
     "16.5 million USD) – 6.5% and 5.5% of the total, respectively.",
     [fig("remittances_sent", "total", "KZT", 160.5e9), fig("remittances_sent", "total", "KZT", 10.5e9, "GEO"), fig("remittances_sent", "total", "KZT", 8.5e9, "ARM"),
      fig("remittances_sent", "total", "USD", 20.5e6, "GEO"), fig("remittances_sent", "total", "USD", 16.5e6, "ARM"),
      fig("remittances_sent", "share", "percent", 6.5, "GEO"), fig("remittances_sent", "share", "percent", 5.5, "ARM")]),
    ("two names, an aside between commas, then their two shares", "3. Labour",
     "Registered foreign workers numbered 60,500. Atyrau and Mangystau regions, the two where the oil and gas "
     "fields are, hosted 12.5 and 10.5 per cent.",
     [fig("registered_migrant_workers", "total", "persons", 60500),
      fig("registered_migrant_workers", "share", "percent", 12.5, region="KZ-23"),
      fig("registered_migrant_workers", "share", "percent", 10.5, region="KZ-47")]),
    ("'the latter averaged <amount>' after two directions named is the second's", "6. Remittances",
     "Against the first quarter, outgoing transfers fell by 5.5 per cent and incoming transfers by 3.5 per cent; the "
     "latter averaged KZT 20.5 "
     "billion a month in the first quarter.",
     [fig("remittances_sent", "change", "percent", -5.5, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_received", "change", "percent", -3.5, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_received", "monthly_average", "KZT", 20.5e9, period=("2024-01-01", "2024-03-31"))]),
    ("'the main source of registered labour, with N workers' is a country's registered workers", "8. Conclusion",
     "Arrivals stayed high. Kyrgyzstan remains the main source of registered labour, with 20,515 workers in "
     "April–June 2024.",
     [fig("registered_migrant_workers", "total", "persons", 20515, "KGZ")]),
    ("'its citizens accounted for N of the workers registered' is the country's registered workers", "8. Conclusion",
     "Mobility stayed high. Tajikistan stays a large source of labour: its citizens accounted for 12,515 of the "
     "workers registered in the quarter.",
     [fig("registered_migrant_workers", "total", "persons", 12515, "TJK")]),
    ("bare numbers each with its share in brackets, listed up to an amount with its scale", "6. Remittances",
     "Incoming transfers came from Russia with KZT 40.5 billion (50.5%), followed by Georgia with 8.5 (10.5%) and "
     "Germany with 4.5 billion (5.5%).",
     [fig("remittances_received", "total", "KZT", 40.5e9, "RUS"), fig("remittances_received", "share", "percent", 50.5, "RUS"),
      fig("remittances_received", "total", "KZT", 8.5e9, "GEO"), fig("remittances_received", "share", "percent", 10.5, "GEO"),
      fig("remittances_received", "total", "KZT", 4.5e9, "DEU"), fig("remittances_received", "share", "percent", 5.5, "DEU")]),
    ("'by a% and b%, from X and Y respectively': the compared quarter's amounts, each of its direction",
     "6. Remittances",
     "Against the first quarter, incoming transfers rose by 5.5 per cent and outgoing ones by 2.5 per cent, from "
     "KZT 90.5 billion and KZT 200.5 billion respectively.",
     [fig("remittances_received", "change", "percent", 5.5, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_sent", "change", "percent", 2.5, compared=("2024-01-01", "2024-03-31")),
      fig("remittances_received", "total", "KZT", 90.5e9, period=("2024-01-01", "2024-03-31")),
      fig("remittances_sent", "total", "KZT", 200.5e9, period=("2024-01-01", "2024-03-31"))]),
    ("zeros: 'the regions of A and B, <aside>, had no migrants on record'", "4. Residents",
     "On 30 June 2024, 150,5 thousand foreigners held a permanent residence permit. The regions of Jetysu and "
     "Ulytau, both new in 2022, had no permanent residents on record.",
     [fig("permanent_residents", "total", "persons", 150500, period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 0, region="KZ-33", period=("2024-06-30", "2024-06-30")),
      fig("permanent_residents", "total", "persons", 0, region="KZ-62", period=("2024-06-30", "2024-06-30"))]),
    ("'... fell by a% and those to <country> by b%': a gapped change of its own clause", "6. Remittances",
     "Transfers to Georgia shrank by 10.5 per cent and those to Armenia by 3.5 per cent.",
     [fig("remittances_sent", "change", "percent", -10.5, "GEO"),
      fig("remittances_sent", "change", "percent", -3.5, "ARM")]),
    ("a group the whole is 'made up of' scopes none of its shares", "3. Labour",
     "Registered foreign workers came to 60,5 thousand. The workforce consists almost entirely of nationals of CIS "
     "countries: Kyrgyzstan provided 40,5% of them and Tajikistan 20,5%.",
     [fig("registered_migrant_workers", "total", "persons", 60500),
      fig("registered_migrant_workers", "share", "percent", 40.5, "KGZ"),
      fig("registered_migrant_workers", "share", "percent", 20.5, "TJK")]),
    ("an event's figures are not dated by the years of the programme it is about", "6. Capacity building",
     "On 12 June 2024 IOM held a round table on the Migration Policy Concept for 2023–2027. It gathered "
     "38 participants.",
     [fig("training_participants", "total", "persons", 38, period=("2024-06-12", "2024-06-12"))]),
    ("a month opening the next clause of a list dates that clause's amount, not the cue before it; "
     "a hedge may stand between a month's verb and its amount", "1. Border crossings",
     "Entries followed the season. April brought 812,400 arrivals and May 905,100, whereas June saw only "
     "640.2 thousand.",
     [fig("arrivals", "total", "persons", 812400, period=("2024-04-01", "2024-04-30")),
      fig("arrivals", "total", "persons", 905100, period=("2024-05-01", "2024-05-31")),
      fig("arrivals", "total", "persons", 640200, period=("2024-06-01", "2024-06-30"))]),
    ("senders placed in a country abroad send money in: their transfers are received", "6. Remittances",
     "Money coming in was spread widely. Senders in Germany transferred 3.1 billion KZT (6.2%).",
     [fig("remittances_received", "total", "KZT", 3.1e9, "DEU"),
      fig("remittances_received", "share", "percent", 6.2, "DEU")]),
    ("'in an average month' after an amount makes it a monthly average", "6. Remittances",
     "Some 88.4 billion tenge was sent abroad in an average month of the quarter.",
     [fig("remittances_sent", "monthly_average", "KZT", 88.4e9)]),
    ("unnamed counts 'for the two groups, respectively' take the groups of the sentence before",
     "1. Border crossings",
     "Citizens of CIS countries made 1.95 million entries, against 210,4 thousand by non-CIS nationals. "
     "On the way out, 1,870,300 and 199,850 departures were recorded for the two groups, respectively.",
     [fig("arrivals", "total", "persons", 1950000, group="CIS"),
      fig("arrivals", "total", "persons", 210400, group="non-CIS"),
      fig("departures", "total", "persons", 1870300, group="CIS"),
      fig("departures", "total", "persons", 199850, group="non-CIS")]),
    ("a count 'of them' coordinated with a count that left shares the group; counts ', respectively,' "
     "before a verb and a group name are that group's", "1. Border crossings",
     "Nationals of CIS countries made up most of the traffic: 2,410,600 of them entered Kazakhstan and "
     "2,305,900 left it. Ninety-two thousand arrivals and 88,410 departures, respectively, concerned "
     "nationals of non-CIS countries.",
     [fig("arrivals", "total", "persons", 2410600, group="CIS"),
      fig("departures", "total", "persons", 2305900, group="CIS"),
      fig("arrivals", "total", "persons", 92000, group="non-CIS"),
      fig("departures", "total", "persons", 88410, group="non-CIS")]),
    ("'X and Y <noun> left for the two groups, respectively': the bare count shares the noun's verb, the "
     "counts the groups of their own sentence", "1. Border crossings",
     "Entries were mostly regional: 2,705,100 arrivals came from CIS countries and 80,300 from non-CIS "
     "countries, while 2,650,900 and 77,400 foreign nationals left for the two groups, respectively.",
     [fig("arrivals", "total", "persons", 2705100, group="CIS"),
      fig("arrivals", "total", "persons", 80300, group="non-CIS"),
      fig("departures", "total", "persons", 2650900, group="CIS"),
      fig("departures", "total", "persons", 77400, group="non-CIS")]),
    ("'side by side with' a quarter compares with it", "6. Remittances",
     "Put side by side with the previous quarter, outgoing transfers rose by 3.6 per cent.",
     [fig("remittances_sent", "change", "percent", 3.6, compared=Q1)]),
    ("visitors 'from further afield' are the non-CIS group", "1. Border crossings",
     "Among visitors from further afield, India supplied the largest share at 31.5 percent.",
     [fig("arrivals", "share", "percent", 31.5, "IND", group="non-CIS")]),
    ("a month said to be 'the busiest month of the quarter' dates the count after it; the quarter it "
     "is picked out of does not", "1. Border crossings",
     "May was the busiest month of the quarter, with 1,104,300 entries.",
     [fig("arrivals", "total", "persons", 1104300, period=("2024-05-01", "2024-05-31"))]),
    ("an appositive count with a hedge ('..., some 2.9 million, held passports of CIS member states') "
     "takes the group after its verb", "1. Border crossings",
     "Border guards counted 3,010,400 arrivals. Almost all of them, some 2.9 million, held passports of "
     "CIS member states.",
     [fig("arrivals", "total", "persons", 3010400),
      fig("arrivals", "total", "persons", 2900000, group="CIS")]),
    ("a stock day holds for later sentences only until a later sentence dates a flow again",
     "3. Residence permits and labour migration",
     "As of 30 June 2024, 150,210 foreign nationals lived in Kazakhstan on a permanent residence permit. "
     "Some 52.4 thousand foreign workers were registered in the second quarter of 2024. Uzbekistan supplied "
     "47.5% of them.",
     [fig("permanent_residents", "total", "persons", 150210, period=("2024-06-30", "2024-06-30")),
      fig("registered_migrant_workers", "total", "persons", 52400),
      fig("registered_migrant_workers", "share", "percent", 47.5, "UZB")]),
    ("a sentence of shares opened by 'From outside the Commonwealth,' is of the non-CIS group",
     "1. Border crossings",
     "Foreign nationals made 3,100,500 arrivals. From outside the Commonwealth, India held the largest share "
     "(30.5%), ahead of China (20.5%).",
     [fig("arrivals", "total", "persons", 3100500),
      fig("arrivals", "share", "percent", 30.5, "IND", group="non-CIS"),
      fig("arrivals", "share", "percent", 20.5, "CHN", group="non-CIS")]),
    ("'... CIS nationals and N others left' : the others are the group's complement", "1. Border crossings",
     "Departures split the same way: 2.05 million CIS nationals and 80,5 thousand others left the country.",
     [fig("departures", "total", "persons", 2050000, group="CIS"),
      fig("departures", "total", "persons", 80500, group="non-CIS")]),
    ("the count a fraction in words is of ('a third of the 52.4 thousand workers') is the total, no "
     "name's", "3. Labour migration",
     "Almaty city and the capital together hosted over a third of the 52.4 thousand registered foreign workers.",
     [fig("registered_migrant_workers", "total", "persons", 52400)]),
    ("'a temporary permit' names temporary residence permits", "2. Residence permits",
     "Seventy thousand one hundred foreigners obtained a temporary permit.",
     [fig("temporary_residence_permits", "total", "persons", 70100)]),
    ("an amount after the verb of a relative clause is of the name the pronoun stands for, and a country "
     "abroad that sent it sent it in", "6. Remittances",
     "Half of incoming money originated in Germany (50.5%), which sent 20.2 billion KZT to Kazakhstan.",
     [fig("remittances_received", "share", "percent", 50.5, "DEU"),
      fig("remittances_received", "total", "KZT", 20.2e9, "DEU")]),
    ("a period of the stock's own sentence ('over the quarter') does not end the stock day's hold",
     "3. Labour migration",
     "As of 30 June 2024, 80,100 foreign workers were registered, the highest level seen over the quarter. "
     "Uzbekistan accounted for 55.5%.",
     [fig("registered_migrant_workers", "total", "persons", 80100, period=("2024-06-30", "2024-06-30")),
      fig("registered_migrant_workers", "share", "percent", 55.5, "UZB", period=("2024-06-30", "2024-06-30"))]),
    ("'Most of the N workers from <country>' is the country's count", "3. Labour migration",
     "Most of the 30,300 workers from Uzbekistan were employed in construction.",
     [fig("registered_migrant_workers", "total", "persons", 30300, "UZB")]),
    ("shares of a group's members go on being of that group while each sentence lists only members",
     "1. Border crossings",
     "Some 101,300 arrivals came from non-CIS countries. Within this group India led with a share of 35.5%, "
     "ahead of China at 25.5 percent. Germany and the Republic of Korea accounted for 8.5 and 4.5 per cent "
     "respectively.",
     [fig("arrivals", "total", "persons", 101300, group="non-CIS"),
      fig("arrivals", "share", "percent", 35.5, "IND", group="non-CIS"),
      fig("arrivals", "share", "percent", 25.5, "CHN", group="non-CIS"),
      fig("arrivals", "share", "percent", 8.5, "DEU", group="non-CIS"),
      fig("arrivals", "share", "percent", 4.5, "KOR", group="non-CIS")]),
]


@pytest.mark.parametrize("heading, text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_paragraph_gives_its_figures(heading, text, expected):
    got = rows(assemble(block(heading, "heading", 12.0), block(text)))
    assert got == sorted(expected)


def test_missing_scale_is_inferred_from_the_pair_and_flagged():
    cands = assemble(block("3. Remittances", "heading", 12.0),
                     block("At 450.00 KZT/USD, transfers from Kazakhstan came to 45.0 billion KZT "
                           "(100.0 million USD); in May 2024 – 14.4 KZT (32.0 million USD)."))
    infer_scales(cands)
    may = [c for c in cands if c.period == ("2024-05-01", "2024-05-31") and c.unit == "KZT"]
    assert len(may) == 1 and may[0].value == Decimal("14400000000")
    assert "scale_inferred" in may[0].flags


@pytest.mark.parametrize("text, value, flag", [
    ("By month, 21.5 billion KZT arrived in April, 23.5 KZT in May and 22.5 billion KZT in June.",
     Decimal("23500000000"), "scale_from_list"),
    # a value that the list's scale would set far from its neighbours keeps its printed value
    ("By month, 21.5 billion KZT arrived in April, 2350.5 KZT in May and 22.5 billion KZT in June.",
     Decimal("2350.5"), "scale_missing"),
])
def test_an_amount_without_its_scale_in_a_list_of_one_scale_takes_it_and_is_flagged(text, value, flag):
    cands = assemble(block("4. Remittances", "heading", 12.0), block(text))
    infer_scales(cands)
    may = [c for c in cands if c.period == ("2024-05-01", "2024-05-31")]
    assert len(may) == 1 and may[0].value == value and flag in may[0].flags


def test_legend_restating_text_is_one_figure_with_the_precise_value():
    cands = assemble(block("1. Migration inflow", "heading", 12.0),
                     block("Of 3 million arrivals, 2.5 million came from CIS member states - "
                           "Uzbekistan (44.2%), Kyrgyzstan (30.1%)."),
                     block("Arrivals from CIS member states", "heading", 8.0),
                     block("Uzbekistan (44.17%)", "legend", 7.0))
    match_legends(cands)
    figures = {f.country: f for f in merge(cands, {}) if f.statistic == "share"}
    assert figures["UZB"].value == 44.17
    assert "restated" in figures["UZB"].flags and len(figures["UZB"].mentions) == 2


def test_a_charts_share_under_the_wrong_groups_label_takes_the_group_the_text_states():
    """A chart's rows under "CIS member states", its "Non-CIS countries" label read only after
    its rows: a row restating a share the text gives of the non-CIS group is that group's (blind
    designer89, 2025q4 word, Figure 1)."""
    cands = assemble(block("1. Entries", "heading", 12.0),
                     block("Among non-CIS visitors Mongolia came first with 35.5%."),
                     block("Figure 1. Arrivals by nationality, share of the group total, %", "heading", 8.5),
                     block("CIS member states", "heading", 8.0), _trow("Armenia", "41.5%"), _trow("Mongolia", "35.5%"))
    match_legends(cands)
    got = {(f.country, f.group) for f in merge(cands, {}) if f.statistic == "share"}
    assert got == {("ARM", "CIS"), ("MNG", "non-CIS")}


def test_table_rows_take_caption_header_and_label():
    header = block("Country Persons Share, %", "table", cells=((0, 7), (8, 15), (16, 24)))
    row = block("Uzbekistan 26,104 44.3", "table", cells=((0, 10), (11, 17), (18, 22)))
    cands = assemble(block("Table 2. Temporary residence permits by nationality, Q2 2024", "heading", 9.0),
                     header, row)
    assert rows(cands) == sorted([
        fig("temporary_residence_permits", "total", "persons", 26104, "UZB"),
        fig("temporary_residence_permits", "share", "percent", 44.3, "UZB")])


def test_a_bound_in_a_table_row_or_a_sentence_is_no_figure():
    # numbers:upper_bound: a tile's "under 40" (its bound word run into the name's cell) and
    # "fewer than 40" in the text are bounds the regions stay under, not counts of theirs
    header = block("Region Persons", "table", cells=((0, 6), (7, 14)))
    exact = block("Pavlodar 1,315", "table", cells=((0, 8), (9, 14)))
    bound = block("Zhambyl under 40", "table", cells=((0, 13), (14, 16)))
    cands = assemble(block("Table 5. Registered migrant workers by region, Q2 2024", "heading", 9.0),
                     header, exact, bound,
                     block("There were fewer than 40 registered migrant workers in each of four regions.", "body"))
    assert rows(cands) == [fig("registered_migrant_workers", "total", "persons", 1315, region="KZ-55")]


@pytest.mark.parametrize("caption,read", [
    ("Table 4. Temporary residence permits by nationality, Q2 2024", True),
    ("Table A. Data sources used in this note", False)])
def test_a_caption_naming_a_metric_ends_a_section_of_no_figures(caption, read):
    # a methodology section, then (on a landscape page) a table of permits: its rows are read;
    # a table of the methodology's own stays a part of it
    header = block("Country Persons", "table", cells=((0, 7), (8, 15)))
    row = block("Uzbekistan 26,104", "table", cells=((0, 10), (11, 17)))
    cands = assemble(block("Methodology note", "heading", 12.0),
                     block("Data are compiled from 3 administrative sources.", "body"),
                     block(caption, "heading", 9.0), header, row)
    assert rows(cands) == ([fig("temporary_residence_permits", "total", "persons", 26104, "UZB")] if read else [])


def _placed_row(*cells: tuple[str, float]) -> Block:
    """A table row whose cells start at the x given (5 pt a character)."""
    text, spans, boxes = "", [], []
    for cell, x in cells:
        if text:
            text += " "
            boxes.append((x - 5, 0.0, x, 9.0))
        spans.append((len(text), len(text) + len(cell)))
        boxes += [(x + 5 * i, 0.0, x + 5 * i + 5, 9.0) for i in range(len(cell))]
        text += cell
    return Block(page=1, kind="table", text=text, boxes=tuple(boxes), size=9.0, cells=tuple(spans))


def test_a_header_set_on_two_lines_gives_its_columns_the_second_lines_words():
    # "Received, USD" over "million": the scale is on the header's second line
    cands = assemble(block("Table 3. Money transfers by month, Q2 2024", "heading", 9.0),
                     _placed_row(("Month", 0), ("Sent, KZT", 100), ("Received, USD", 200)),
                     _placed_row(("billion", 100), ("million", 200)),
                     _placed_row(("April 2024", 0), ("58.3", 100), ("64.5", 200)))
    assert rows(cands) == sorted([
        fig("remittances_sent", "total", "KZT", 58.3e9, period=("2024-04-01", "2024-04-30")),
        fig("remittances_received", "total", "USD", 64.5e6, period=("2024-04-01", "2024-04-30"))])


def test_header_lines_set_as_headings_apart_from_the_rows_give_the_columns():
    # "Destination" over the names, "KZT bn   USD mn   Share, %" over the values, each printed
    # as a line of its own (no cells): the first row of values takes them by position
    def heading_line(*pieces):
        row = _placed_row(*pieces)
        return Block(page=1, kind="heading", text=row.text, boxes=row.boxes, size=9.0)
    cands = assemble(block("Table 1. Transfers from Kazakhstan by destination, Q2 2024", "heading", 9.0),
                     heading_line(("Destination", 0)),
                     heading_line(("KZT bn", 100), ("USD mn", 200), ("Share, %", 300)),
                     _placed_row(("Uzbekistan", 0), ("35.2", 100), ("70.1", 200), ("16.4", 300)))
    assert rows(cands) == sorted([fig("remittances_sent", "total", "KZT", 35.2e9, "UZB"),
                                  fig("remittances_sent", "total", "USD", 70.1e6, "UZB"),
                                  fig("remittances_sent", "share", "percent", 16.4, "UZB")])


def test_an_upper_header_line_centred_over_two_columns_heads_both():
    # "Change, %" printed on a line of its own, centred over "on Q1 2024 | on Q2 2023" under it:
    # both columns are changes in percent, each against the period its own line names
    def heading_line(top, *pieces):
        row = _placed_row(*pieces)
        return Block(page=1, kind="heading", text=row.text, boxes=tuple((a, top, c, top + 9.0) for a, _, c, _ in row.boxes),
                     size=9.0)
    cands = assemble(block("Table 1. Arrivals by nationality, Q2 2024", "heading", 9.0),
                     heading_line(0.0, ("Change, %", 252)),
                     heading_line(12.0, ("Nationality", 0), ("Arrivals", 100), ("on Q1 2024", 200), ("on Q2 2023", 300)),
                     _placed_row(("Uzbekistan", 0), ("1,402,118", 100), ("+8.5", 200), ("+19.5", 300)))
    assert rows(cands) == sorted([fig("arrivals", "total", "persons", 1402118, "UZB"),
                                  fig("arrivals", "change", "percent", 8.5, "UZB", compared=("2024-01-01", "2024-03-31")),
                                  fig("arrivals", "change", "percent", 19.5, "UZB", compared=("2023-04-01", "2023-06-30"))])


def test_header_cells_flush_left_over_values_flush_right_head_the_value_columns_in_order():
    # the header's cells set at each column's left edge, the values at its right edge (the rows
    # on the next page): nearness alone would put both header cells over the first value column
    def heading_line(*pieces):
        row = _placed_row(*pieces)
        return Block(page=1, kind="heading", text=row.text, boxes=row.boxes, size=9.0)
    cands = assemble(block("Table 1. Arrivals of foreign nationals by nationality, Q2 2024", "heading", 9.0),
                     heading_line(("Persons", 150)), heading_line(("Share of all, %", 300)),
                     _placed_row(("Kyrgyzstan", 0), ("612,450", 245), ("20.5", 430)))
    assert rows(cands) == sorted([fig("arrivals", "total", "persons", 612450, "KGZ"),
                                  fig("arrivals", "share", "percent", 20.5, "KGZ")])


def test_a_header_whose_cells_ran_together_is_cut_where_the_first_row_puts_its_cells():
    # "Persons   Main countries of origin" came as one header cell: the first row of values has
    # three cells, so the header is cut again by position, and the persons column is read
    header = _placed_row(("Region", 0), ("Persons", 100), ("Main countries of origin", 160))
    header = replace(header, cells=(header.cells[0], (header.cells[1][0], header.cells[2][1])))
    cands = assemble(block("Table 1. Registered migrant workers by region, Q2 2024", "heading", 9.0), header,
                     _placed_row(("Almaty city", 0), ("4,612", 100), ("China, Türkiye", 160)),
                     _placed_row(("Atyrau region", 0), ("2,618", 100), ("India, Türkiye", 160)))
    assert rows(cands) == sorted([fig("registered_migrant_workers", "total", "persons", 4612, region="KZ-75"),
                                  fig("registered_migrant_workers", "total", "persons", 2618, region="KZ-23")])


def test_an_empty_cell_in_a_row_of_words_under_the_header_is_no_error():
    # a row of words whose second cell is empty (a blank cell the layout kept): it neither
    # joins the header nor stops the table
    under = _placed_row(("x", 0), ("in total", 100))       # an empty first cell, words under "Persons"
    words = Block(page=1, kind="table", text=" " + under.text[1:], boxes=under.boxes, size=9.0,
                  cells=((0, 0),) + under.cells[1:])
    cands = assemble(block("Table 2. Temporary residence permits by nationality, Q2 2024", "heading", 9.0),
                     _placed_row(("Country", 0), ("Persons", 100)), words,
                     _placed_row(("Uzbekistan", 0), ("26,104", 100)))
    assert rows(cands) == [fig("temporary_residence_permits", "total", "persons", 26104, "UZB")]


Q1_25, Q4_24, Q1_24 = ("2025-01-01", "2025-03-31"), ("2024-10-01", "2024-12-31"), ("2024-01-01", "2024-03-31")


def _row_at(top: float, *cells: tuple[str, float]) -> Block:
    """A table row as _placed_row, its characters at the height given."""
    row = _placed_row(*cells)
    return replace(row, boxes=tuple((a, top, c, top + 9.0) for a, _, c, _ in row.boxes))


def test_a_line_of_years_completes_a_header_with_no_label_cell():
    # "Q1 | Q4 | Q1 | Change vs Q4 | Change vs Q1" over "2024 | 2024 | 2025 | 2024, % | 2024, %",
    # "Indicator" set midway between the two lines left of them, the row's unit at its label's end
    cands = assemble(block("Table 5. Main indicators, Q1 2025 compared with earlier quarters", "heading", 9.0),
                     _row_at(0.0, ("Q1", 150), ("Q4", 220), ("Q1", 290), ("Change vs Q4", 360), ("Change vs Q1", 460)),
                     _row_at(6.0, ("Indicator", 10)),
                     _row_at(12.0, ("2024", 150), ("2024", 220), ("2025", 290), ("2024, %", 360), ("2024, %", 460)),
                     _row_at(30.0, ("Arrivals, thousand", 10), ("52.4", 150), ("48.1", 220), ("50.3", 290),
                             ("+4.6", 360), ("-4.0", 460)),
                     start=date(2025, 1, 1), end=date(2025, 3, 31))
    assert rows(cands) == sorted([
        fig("arrivals", "total", "persons", 52400, period=Q1_24),
        fig("arrivals", "total", "persons", 48100, period=Q4_24),
        fig("arrivals", "total", "persons", 50300, period=Q1_25),
        fig("arrivals", "change", "percent", 4.6, period=Q1_25, compared=Q4_24),
        fig("arrivals", "change", "percent", -4.0, period=Q1_25, compared=Q1_24)])


def test_header_cells_staggered_over_three_lines_are_read_together():
    # "Change vs" over the two right columns only, the periods' line under it, and the changes'
    # compared periods on a third line: each change column takes its own two pieces
    cands = assemble(block("Table 6. Main indicators, Q1 2025 compared with earlier quarters", "heading", 9.0),
                     _row_at(0.0, ("Change vs", 360), ("Change vs", 460)),
                     _row_at(10.0, ("Indicator", 10), ("Q1 2025", 150), ("Q4 2024", 220), ("Q1 2024", 290)),
                     _row_at(20.0, ("Q4 2024, %", 360), ("Q1 2024, %", 460)),
                     _row_at(35.0, ("Arrivals", 10), ("52,400", 150), ("48,100", 220), ("50,300", 290),
                             ("+8.9", 360), ("+4.2", 460)),
                     start=date(2025, 1, 1), end=date(2025, 3, 31))
    assert rows(cands) == sorted([
        fig("arrivals", "total", "persons", 52400, period=Q1_25),
        fig("arrivals", "total", "persons", 48100, period=Q4_24),
        fig("arrivals", "total", "persons", 50300, period=Q1_24),
        fig("arrivals", "change", "percent", 8.9, period=Q1_25, compared=Q4_24),
        fig("arrivals", "change", "percent", 4.2, period=Q1_25, compared=Q1_24)])


def test_a_chart_captions_wrapped_line_naming_its_period_continues_it():
    # the caption's second line names the scale and the period (its only numbers a year)
    cands = assemble(block("Figure 1. Money sent from Kazakhstan by country of", "heading", 8.0),
                     block("destination, KZT billion, April–June 2024", "heading", 8.0),
                     _placed_row(("Uzbekistan", 0), ("28.8", 100)), _placed_row(("Georgia", 0), ("4.2", 100)))
    assert rows(cands) == sorted([fig("remittances_sent", "total", "KZT", 28.8e9, "UZB"),
                                  fig("remittances_sent", "total", "KZT", 4.2e9, "GEO")])


def test_a_table_caption_set_as_a_row_of_the_table_is_its_caption():
    caption = "Table 1. Arrivals by month, April–June 2024"
    cands = assemble(block(caption, "table", 8.0, cells=((0, len(caption)),)),
                     _placed_row(("Month", 0), ("Arrivals", 100)),
                     _placed_row(("April 2024", 0), ("1,021,400", 100)))
    assert rows(cands) == [fig("arrivals", "total", "persons", 1021400, period=("2024-04-01", "2024-04-30"))]


def test_a_group_rows_hundred_per_cent_is_no_share():
    # "Share within group, %": the group's own row gives 100, the base of the shares under it
    cands = assemble(block("Table 1. Arrivals by nationality, Q2 2024", "heading", 9.0),
                     _placed_row(("Country", 0), ("Arrivals", 150), ("Share within group, %", 250)),
                     _placed_row(("CIS member states", 0), ("60,000", 150), ("100.0", 250)),
                     _placed_row(("Uzbekistan", 0), ("36,000", 150), ("60.0", 250)))
    # the member's count keyed by the group its share is of (GRP:row-count)
    assert rows(cands) == sorted([fig("arrivals", "total", "persons", 60000, group="CIS"),
                                  fig("arrivals", "total", "persons", 36000, "UZB", group="CIS"),
                                  fig("arrivals", "share", "percent", 60.0, "UZB", group="CIS")])


def test_a_group_row_under_the_header_is_no_second_header_line():
    cands = assemble(block("Table 2. Temporary residence permits by nationality, Q2 2024", "heading", 9.0),
                     _placed_row(("Country", 0), ("Persons", 100)),
                     _placed_row(("Other nationalities", 0)),
                     _placed_row(("Uzbekistan", 0), ("26,104", 100)),
                     _placed_row(("Total", 0)), _placed_row(("Kyrgyzstan", 0), ("1,204", 100)))
    # the row under the label cell keeps the columns as they were; a row of words after the
    # first row of values is never a header line (its cell under "Persons" would be)
    assert rows(cands) == sorted([fig("temporary_residence_permits", "total", "persons", 26104, "UZB"),
                                  fig("temporary_residence_permits", "total", "persons", 1204, "KGZ")])


def test_a_sections_stock_date_dates_its_later_undated_figures_of_that_metric():
    day = ("2024-07-01", "2024-07-01")
    cands = assemble(block("4. Foreign labour", "heading", 12.0),
                     block("As of 1 July 2024 a total of 20,410 foreign workers held valid permits, up from "
                           "19,510 on 1 April."),
                     block("The regions differ widely: Almaty city (4,100) and Atyrau region (3,050) host the most."),
                     block("5. Remittances", "heading", 12.0),
                     block("In the quarter, 1,200 foreign workers were registered in Almaty city."))
    assert rows(cands) == sorted([
        fig("registered_migrant_workers", "total", "persons", 20410, period=day),
        fig("registered_migrant_workers", "total", "persons", 19510, period=("2024-04-01", "2024-04-01")),
        fig("registered_migrant_workers", "total", "persons", 4100, region="KZ-75", period=day),
        fig("registered_migrant_workers", "total", "persons", 3050, region="KZ-23", period=day),
        fig("registered_migrant_workers", "total", "persons", 1200, region="KZ-75")])   # a new section
    assert "period_from_section" in next(c for c in cands if c.value == 4100).flags


def test_a_sections_stock_date_dates_its_later_shares_of_the_stock():
    # the shares name no day: they take the section's stated one, not the report's last day
    day = ("2024-07-01", "2024-07-01")
    cands = assemble(block("2.4 Permanent residents", "heading", 12.0),
                     block("As of 1 July 2024, 120,410 foreign nationals were living in Kazakhstan under a "
                           "permanent residence permit."),
                     block("By citizenship, Russian nationals made up 45.5 per cent of the stock and Uzbek "
                           "nationals 15.5 per cent."))
    assert rows(cands) == sorted([
        fig("permanent_residents", "total", "persons", 120410, period=day),
        fig("permanent_residents", "share", "percent", 45.5, "RUS", period=day),
        fig("permanent_residents", "share", "percent", 15.5, "UZB", period=day)])


def test_a_sections_stock_date_comes_from_a_days_total_or_shares_not_from_a_regions_zero():
    # "As of 30 June 2024 there were no registered migrant workers in Abay" dates that zero, but the
    # region shares after it are the quarter's, as the total before it is
    cands = assemble(block("3. Working in Kazakhstan", "heading", 12.0),
                     block("The labour register counted 58.5 thousand foreign workers during April–June 2024."),
                     block("As of 30 June 2024 there were no registered migrant workers in Abay region."),
                     block("Almaty city held 18.5 per cent of registered workers and Atyrau region 10.5 per cent."))
    shares = [(c.region, c.period) for c in cands if c.statistic == "share"]
    assert shares == [("KZ-75", Q2), ("KZ-23", Q2)]
    assert ("KZ-10", ("2024-06-30", "2024-06-30")) in [(c.region, c.period) for c in cands if c.value == 0]
    # shares stated for a day date the section as a total would: the shares after them too
    day = ("2024-06-30", "2024-06-30")
    cands = assemble(block("3. Working in Kazakhstan", "heading", 12.0),
                     block("As of 30 June 2024 Almaty city hosted 18.5% of registered migrant workers."),
                     block("Registered migrant workers by region, share of national total", "heading", 9.0),
                     _trow("Atyrau region", "10.5%"))
    assert [(c.region, c.period) for c in cands] == [("KZ-75", day), ("KZ-23", day)]


def test_a_rate_column_gives_the_months_exchange_rate():
    header = block("Month Average rate, KZT per USD Sent, KZT bn", "table", cells=((0, 5), (6, 31), (32, 44)))
    row = block("April 2024 447.10 63.2", "table", cells=((0, 10), (11, 17), (18, 22)))
    cands = assemble(block("Table 3. Money transfers from Kazakhstan by month, Q2 2024", "heading", 9.0), header, row)
    assert ("exchange_rate", "average", "KZT_per_USD", 447.10, None, None, None,
            ("2024-04-01", "2024-04-30"), None) in rows(cands)


def test_direction_columns_under_a_transfers_caption_hold_each_directions_shares():
    header = block("Country Sent abroad Received", "table", cells=((0, 7), (8, 19), (20, 28)))
    row = block("Georgia 7.5 3.5", "table", cells=((0, 7), (8, 11), (12, 15)))
    cands = assemble(block("6. Remittances", "heading", 12.0),
                     block("Table 5. Money transfers by country, share of the quarter's amount, %", "heading", 9.0),
                     header, row)
    assert rows(cands) == sorted([fig("remittances_sent", "share", "percent", 7.5, "GEO"),
                                  fig("remittances_received", "share", "percent", 3.5, "GEO")])


def test_month_columns_under_a_merged_header_take_their_month():
    # a two-level header flattened: "Monthly amount, KZT bn" over "April | May", then the quarter
    header = block("Country Monthly amount, KZT bn April Monthly amount, KZT bn May Q2 2024, KZT bn",
                   "table", cells=((0, 7), (8, 36), (37, 63), (64, 79)))
    row = block("Georgia 3.10 3.40 9.90", "table", cells=((0, 7), (8, 12), (13, 17), (18, 22)))
    cands = assemble(block("Table 6. Money transfers sent from Kazakhstan by month, April - June 2024",
                           "heading", 9.0), header, row)
    got = {(r[3], r[7]) for r in rows(cands)}
    assert (3.1e9, ("2024-04-01", "2024-04-30")) in got
    assert (3.4e9, ("2024-05-01", "2024-05-31")) in got
    assert (9.9e9, Q2) in got


def test_a_group_cell_before_the_name_gives_the_row_its_group():
    header = block("Group Country Persons Share of group, % Share of total, %", "table",
                   cells=((0, 5), (6, 13), (14, 21), (22, 39), (40, 57)))
    row = block("CIS states Georgia 1,200 12.5 2.5", "table",
                cells=((0, 10), (11, 18), (19, 24), (25, 29), (30, 33)))
    cands = assemble(block("Table 7. Arrivals by nationality, Q2 2024", "heading", 9.0), header, row)
    got = rows(cands)
    assert fig("arrivals", "total", "persons", 1200, "GEO") in got
    assert fig("arrivals", "share", "percent", 12.5, "GEO", group="CIS") in got
    assert fig("arrivals", "share", "percent", 2.5, "GEO") in got


def test_a_groups_label_run_into_its_first_rows_name_opens_the_group_for_the_rows_under_it():
    """"Non-CIS countries Türkiye | .. | 47.86" (the group's label and its first row read as one
    cell) over "China | .. | 22.17": both rows are of the non-CIS group, not of the CIS rows
    above (blind round89, 2024q2 tables-reportlab, Table 1)."""
    cands = assemble(block("Table 1. Arrivals of foreign nationals by country of citizenship, Q2 2024", "heading", 9.0),
                     _trow("Group / country", "Arrivals, persons", "Share of the group, %"),
                     _trow("CIS member states"), _trow("Armenia", "120,500", "60.5"),
                     _trow("Non-CIS countries Georgia", "..", "45.5"), _trow("Mongolia", "..", "20.5"))
    got = [(r[4], r[6]) for r in rows(cands) if r[1] == "share"]
    assert sorted(got) == [("ARM", "CIS"), ("GEO", "non-CIS"), ("MNG", "non-CIS")]


def test_a_directions_total_row_opens_that_direction_for_the_rows_under_it():
    """"Sent from Kazakhstan, total | 300.5" over its countries, then "Received in Kazakhstan,
    total | 110.5" over theirs (blind round91, 2025q3 tables-fpdf, Table 4)."""
    cands = assemble(block("Table 4. Remittances by country, April–June 2024 (KZT billion)", "heading", 9.0),
                     _trow("Direction / country", "KZT billion", "Share, %"),
                     _trow("Sent from Kazakhstan, total", "300.5"), _trow("Georgia", "98.5", "32.8"),
                     _trow("Received in Kazakhstan, total", "110.5"), _trow("Armenia", "40.5", "36.7"))
    got = {(c.metric, c.country, c.statistic) for c in cands}
    assert {("remittances_sent", "GEO", "total"), ("remittances_sent", "GEO", "share"),
            ("remittances_received", "ARM", "total"), ("remittances_received", "ARM", "share")} <= got
    assert not {m for m, c, _ in got if c == "ARM"} - {"remittances_received"}


def test_a_change_with_no_comparison_takes_the_sections_last_compared_period():
    """CMP:section: the compared period of the section's last change holds for a later paragraph's
    change that names none; a new section forgets it."""
    cands = assemble(block("3. Labour", "heading", 12.0),
                     block("In the quarter 20,500 foreign workers were registered, 3.5 per cent more than "
                           "in the first quarter."),
                     block("The number of Indian workers grew fastest, by 12.5 per cent."),
                     block("4. Residence", "heading", 12.0),
                     block("Temporary residence permits went to 9,500 foreigners, 2.5 per cent more."))
    changes = {float(c.value): (c.compared, c.rules, c.flags) for c in cands if c.statistic == "change"}
    assert changes[12.5][0] == Q1 and "CMP:section" in changes[12.5][1]
    assert "compared_from_previous" in changes[12.5][2]
    assert changes[2.5][0] is None


def _cells(text: str, parts: list[str]) -> tuple:
    """(start, end) of each part of `text`, in order."""
    out, at = [], 0
    for p in parts:
        at = text.index(p, at)
        out.append((at, at + len(p)))
        at += len(p)
    return tuple(out)


@pytest.mark.parametrize("caption, parts", [
    # one table, two name/value groups per row: each half's name header gives its direction
    ("Table 8. Money transfers by partner country, Q2 2024, %", ["Sent to", "Share, %", "Received from", "Share, %"]),
    # "Country | Sent ... | Country | Received ...": value columns of no unit, each naming its
    # direction, between two name columns headed alike
    ("Table 8. Money transfers by country, Q2 2024 (share of the quarter's total, %)",
     ["Country", "Sent from Kazakhstan", "Country", "Received in Kazakhstan"])])
def test_side_by_side_halves_each_read_with_their_own_name_column(caption, parts):
    head = " ".join(parts)
    row_parts = ["Georgia", "12.5", "Armenia", "7.5"]
    row = " ".join(row_parts)
    cands = assemble(block(caption, "heading", 9.0),
                     block(head, "table", cells=_cells(head, parts)),
                     block(row, "table", cells=_cells(row, row_parts)))
    assert rows(cands) == sorted([fig("remittances_sent", "share", "percent", 12.5, "GEO"),
                                  fig("remittances_received", "share", "percent", 7.5, "ARM")])


def test_a_chart_title_naming_what_came_from_a_group_keys_its_rows_by_the_group():
    # "Share of arrivals from CIS member states, %" run into each row's name
    parts = ["Share of arrivals from non-CIS countries, % Mongolia", "35.5%"]
    row = " ".join(parts)
    cands = assemble(block("1. Arrivals", "heading", 12.0),
                     block("Figure 1. Arrivals by nationality within each group, Q2 2024.", "heading", 8.0),
                     block(row, "table", cells=_cells(row, parts)))
    assert rows(cands) == [fig("arrivals", "share", "percent", 35.5, "MNG", group="non-CIS")]


def test_a_charts_key_of_bare_figures_under_a_title_in_per_cent_gives_shares():
    # "USA 10.0" as a legend line under "..., share of total, %" (blind designer81, 2022q3 chromium)
    cands = assemble(block("8. Incoming transfers", "heading", 12.0),
                     block("Chart 3. Remittances received by country of origin, share of total, %", "heading", 7.5),
                     block("Armenia 52.5", "legend", 5.5), block("Georgia 10.5", "legend", 5.5),
                     block("Other 37.0", "legend", 5.5))
    assert rows(cands) == sorted([fig("remittances_received", "share", "percent", 52.5, "ARM"),
                                  fig("remittances_received", "share", "percent", 10.5, "GEO")])


def test_a_bare_figure_in_a_legend_line_under_a_title_in_other_units_is_no_share():
    cands = assemble(block("8. Incoming transfers", "heading", 12.0),
                     block("Chart 3. Remittances received by country of origin, KZT billion", "heading", 7.5),
                     block("Armenia 52.5", "legend", 5.5))
    assert not [c for c in cands if c.statistic == "share"]


@pytest.mark.parametrize("label, group", [("Other countries (outside the CIS)", "non-CIS"), ("Other CIS member states", None)])
def test_an_other_countries_row_whose_brackets_name_its_group_is_that_groups(label, group):
    # "Other countries (outside the CIS) | 37.5 | 24.5" (blind designer105, 2026q3 chromium2);
    # "Other CIS member states" is the rest of the CIS, no group's
    parts = ["Destination", "KZT bn", "Share, %"]
    head = " ".join(parts)
    row_parts = [label, "37.5", "24.5"]
    row = " ".join(row_parts)
    cands = assemble(block("Table 2. Remittances sent from Kazakhstan by destination, Q2 2024", "heading", 9.0),
                     block(head, "table", cells=_cells(head, parts)), block(row, "table", cells=_cells(row, row_parts)))
    want = [fig("remittances_sent", "share", "percent", 24.5, group=group),
            fig("remittances_sent", "total", "KZT", 37.5e9, group=group)] if group else []
    assert rows(cands) == sorted(want)


def test_a_rows_own_label_names_its_metric_where_no_caption_does():
    # a key-figure card read as a row: "of migrant workers are Armenian citizens | 45.5%"
    parts = ["of migrant workers are Armenian citizens", "45.5%"]
    row = " ".join(parts)
    cands = assemble(block("1. Arrivals", "heading", 12.0), block("Some 3,150,500 foreigners entered the country."),
                     block("Key figures", "heading", 10.0), block(row, "table", cells=_cells(row, parts)))
    assert [c for c in rows(cands) if c[1] == "share"] == [fig("registered_migrant_workers", "share", "percent", 45.5, "ARM")]


def test_side_by_side_halves_headed_by_groups_give_each_half_its_group():
    parts = ["CIS states", "Share, %", "Non-CIS countries", "Share, %"]
    head = " ".join(parts)
    row_parts = ["Armenia", "3.25", "Mongolia", "11.50"]
    row = " ".join(row_parts)
    cands = assemble(block("Table 9. Arrivals by nationality, Q2 2024, % of the group", "heading", 9.0),
                     block(head, "table", cells=_cells(head, parts)),
                     block(row, "table", cells=_cells(row, row_parts)))
    assert rows(cands) == sorted([fig("arrivals", "share", "percent", 3.25, "ARM", group="CIS"),
                                  fig("arrivals", "share", "percent", 11.5, "MNG", group="non-CIS")])


def test_side_by_side_row_filled_in_one_half_only_reads_that_half():
    parts = ["CIS states", "Share, %", "Non-CIS countries", "Share, %"]
    head = " ".join(parts)
    row = "Armenia 2.75"
    cands = assemble(block("Table 9. Arrivals by nationality, Q2 2024, % of the group", "heading", 9.0),
                     block(head, "table", cells=_cells(head, parts)),
                     block(row, "table", cells=((0, 7), (8, 12), (12, 12), (12, 12))))
    assert rows(cands) == [fig("arrivals", "share", "percent", 2.75, "ARM", group="CIS")]


def test_an_event_dated_in_an_earlier_paragraph_dates_its_participants():
    """PER:event: the day named in the section's earlier paragraph ("On 12 June 2024 IOM held a round
    table") dates the participant counts of the next one; a new section forgets it."""
    cands = assemble(block("8. Capacity building", "heading", 12.0),
                     block("On 12 June 2024 IOM held a round table in Astana on fair recruitment."),
                     block("The meeting brought together 30 participants: 14 officials of state bodies and 9 "
                           "representatives of NGOs."),
                     block("9. Outlook", "heading", 12.0),
                     block("A second round table brought together 25 participants."))
    days = {float(c.value): c.period for c in cands if c.metric == "training_participants"}
    assert days[30.0] == days[14.0] == days[9.0] == ("2024-06-12", "2024-06-12")
    assert days[25.0] == Q2


def test_a_chart_keeps_its_caption_across_a_note_in_small_type_and_a_group_heading():
    """A caption note in the caption's type ("Axis: ...") does not end the chart; a small heading
    naming only a group heads a part of the same chart, its bars take the caption's unit and
    that group."""
    cands = assemble(block("2. Arrivals", "heading", 12.0),
                     block("Figure 3. Arrivals of foreign nationals by nationality, Q2 2024, share of the group, %",
                           size=8.0),
                     block("Axis: 0–50 per cent. The same data as in section 2; small nationalities are grouped "
                           "under other.", size=7.0),
                     block("Non-CIS countries", "heading", 7.5),
                     block("China 35.5", "table", 7.2, cells=((0, 5), (6, 10))),
                     block("India 9.5", "table", 7.2, cells=((0, 5), (6, 9))))
    assert sorted(rows(cands)) == sorted([fig("arrivals", "share", "percent", 35.5, "CHN", group="non-CIS"),
                                          fig("arrivals", "share", "percent", 9.5, "IND", group="non-CIS")])


def test_a_unit_cell_of_the_row_gives_its_amounts_unit_and_scale():
    # "Indicator | Unit | April | May | Q2 total | Q1 total | Change vs Q1, %": the row's own
    # "KZT bn" cell makes its values billions of tenge; the change column is the quarter's
    # against the one it names, not the named quarter's against itself
    header = _placed_row(("Indicator", 0), ("Unit", 100), ("April 2024", 150), ("Q2 2024, total", 220),
                         ("Q1 2024, total", 300), ("Change vs Q1 2024, %", 380))
    row = _placed_row(("Remittances sent from Kazakhstan", 0), ("KZT bn", 100), ("61.4", 150),
                      ("188.2", 220), ("170.5", 300), ("+10.4", 380))
    cands = assemble(block("Annex. Monthly overview, second quarter of 2024", "heading", 9.0), header, row)
    q1 = ("2024-01-01", "2024-03-31")
    assert rows(cands) == sorted([
        fig("remittances_sent", "total", "KZT", 61.4e9, period=("2024-04-01", "2024-04-30")),
        fig("remittances_sent", "total", "KZT", 188.2e9),
        fig("remittances_sent", "total", "KZT", 170.5e9, period=q1),
        fig("remittances_sent", "change", "percent", 10.4, compared=q1)])


def test_a_year_alone_on_the_headers_second_line_is_a_word_of_the_header():
    # "Permanent residents, as of 1" over "January 2024": the stock date is the column's period
    cands = assemble(block("Table 1. Permanent residents by region", "heading", 9.0),
                     _placed_row(("Region", 0), ("Permanent residents, as of 1", 100),
                                 ("Migrant workers registered, Q4", 300)),
                     _placed_row(("January 2024", 100), ("2023", 300)),
                     _placed_row(("Almaty city", 0), ("24,310", 100), ("5,120", 300)))
    day = ("2024-01-01", "2024-01-01")
    assert rows(cands) == sorted([
        fig("permanent_residents", "total", "persons", 24310, region="KZ-75", period=day),
        fig("registered_migrant_workers", "total", "persons", 5120, region="KZ-75",
            period=("2023-10-01", "2023-12-31"))])


def test_columns_headed_each_by_a_group_give_their_values_that_group():
    # a chart drawn as a table: "CIS member states | Non-CIS countries" over the months
    cands = assemble(block("Figure 1. Entries of foreign citizens by month and origin group, Q2 2024, thousand",
                           "heading", 9.0),
                     _placed_row(("CIS member states", 100), ("Non-CIS countries", 200)),
                     _placed_row(("April", 0), ("801.5", 100), ("120.5", 200)))
    april = ("2024-04-01", "2024-04-30")
    assert rows(cands) == sorted([fig("arrivals", "total", "persons", 801500, group="CIS", period=april),
                                  fig("arrivals", "total", "persons", 120500, group="non-CIS", period=april)])


def test_a_captions_currency_gives_only_the_money_rows_their_unit():
    # "Border crossings (persons) and money transfers (KZT billion) by month": the crossings
    # row stays persons, the transfers row is KZT billion
    cands = assemble(block("Table 1. Border crossings (persons) and money transfers (KZT billion) by month, Q2 2024",
                           "heading", 9.0),
                     _placed_row(("Indicator", 0), ("April", 200), ("May", 300)),
                     _placed_row(("Arrivals of foreign nationals", 0), ("1,002,500", 200), ("990,100", 300)),
                     _placed_row(("Transfers sent abroad", 0), ("64.5", 200), ("68.5", 300)))
    april, may = ("2024-04-01", "2024-04-30"), ("2024-05-01", "2024-05-31")
    assert rows(cands) == sorted([fig("arrivals", "total", "persons", 1002500, period=april),
                                  fig("arrivals", "total", "persons", 990100, period=may),
                                  fig("remittances_sent", "total", "KZT", 64.5e9, period=april),
                                  fig("remittances_sent", "total", "KZT", 68.5e9, period=may)])


def test_a_total_row_spanning_the_rank_and_name_columns_is_read():
    # "No. | Region | Workers" over "1 | Abai region | 245" and "Republic of Kazakhstan, total | 70,500"
    cands = assemble(block("Table 1. Foreign workers registered by region, Q2 2024", "heading", 9.0),
                     _placed_row(("No.", 0), ("Region", 40), ("Persons", 250)),
                     _placed_row(("1", 0), ("Abai region", 40), ("245", 250)),
                     _placed_row(("Republic of Kazakhstan, total", 0), ("70,500", 250)))
    assert rows(cands) == sorted([fig("registered_migrant_workers", "total", "persons", 245, region="KZ-10"),
                                  fig("registered_migrant_workers", "total", "persons", 70500)])


def test_a_paragraph_going_on_at_the_top_of_the_next_page_reads_with_the_sentence_cut_off():
    """PAR:page-run-on: "... Arrivals from outside the CIS" at a page's foot, "were more spread
    out: 30.5 per cent came from China, ..." at the next page's top: the shares are non-CIS ones,
    of page 2, quoted from what page 2 prints; a heading between ends the paragraph."""
    first = block("Citizens of CIS countries made 3.5 million arrivals and nationals of other states "
                  "560.5 thousand. Arrivals from outside the CIS")
    rest = replace(block("were more spread out: 30.5 per cent came from China and 18.5 per cent from Türkiye."), page=2)
    got = [(c.country, c.group, float(c.value), c.block.page, c.quote[:21], "PAR:page-run-on" in c.rules)
           for c in assemble(block("2. Arrivals", "heading", 12.0), first, rest) if c.statistic == "share"]
    assert got == [("CHN", "non-CIS", 30.5, 2, "were more spread out:", True),
                   ("TUR", "non-CIS", 18.5, 2, "were more spread out:", True)]
    cut = assemble(block("2. Arrivals", "heading", 12.0), first, replace(block("3. Permits", "heading", 12.0), page=2), rest)
    assert all("PAR:page-run-on" not in c.rules for c in cut)


def test_a_page_end_after_a_word_no_sentence_ends_with_runs_on_into_a_capital():
    """PAR:page-run-on: "... 150,500 foreign nationals were living in" | "Kazakhstan on a permanent
    residence permit, of whom 38.5 per cent held Russian citizenship": the share is of the
    permanent residents (the cue stands across the page end)."""
    first = block("As of 1 April 2024, 150,500 foreign nationals were living in")
    rest = replace(block("Kazakhstan on a permanent residence permit, of whom 38.5 per cent held Russian citizenship."), page=2)
    got = [(c.metric, c.country, float(c.value), c.block.page) for c in
           assemble(block("3. Residence", "heading", 12.0), first, rest) if c.statistic == "share"]
    assert got == [("permanent_residents", "RUS", 38.5, 2)]


def test_a_charts_value_labels_printed_with_a_bar_between_are_two_cells_each_in_its_own_unit():
    """A chart drawn as rows "Russian Federation | 57.0% | KZT 21.9 bn" under a caption with no
    header (blind designer45, 2022q1 chromium, Figure 6): the printed bar parts two cells, the
    percent a share, the amount in the tenge and billions it prints."""
    row = _trow("Russian Federation", "57.5% | KZT 21.5 bn")
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Figure 6. Remittances received by country of origin, Q2 2024 (share | amount)", "heading", 8.0),
                        row))
    assert got == sorted([fig("remittances_received", "share", "percent", 57.5, "RUS"),
                          fig("remittances_received", "total", "KZT", 21.5e9, "RUS")])


def test_a_page_end_inside_a_range_of_months_runs_on_into_the_months_end():
    """PAR:page-run-on: "... In April –" | "June 2024, 29.5 thousand Kazakhstani citizens arrived
    in the Russian Federation for employment": the range is whole across the page end, so the
    count is of the quarter, not of June."""
    first = block("Partner-country data nevertheless give an indication. In April –")
    rest = replace(block("June 2024, 29.5 thousand Kazakhstani citizens arrived in the Russian Federation for "
                         "employment."), page=2)
    got = [(c.metric, c.country, float(c.value), c.period) for c in
           assemble(block("3. Migration outflow", "heading", 12.0), first, rest)]
    assert got == [("emigrant_workers", "RUS", 29500.0, Q2)]


def test_a_paragraph_going_on_at_the_next_page_keeps_its_stock_date_and_quotes_its_own_page():
    """PAR:page-run-on: a stock's date stated earlier in the paragraph holds for the shares the
    next page goes on with; each share on page 2 quotes only what page 2 prints."""
    first = block("As of 1 April 2024, 150,500 foreign nationals were living in Kazakhstan under a permanent "
                  "residence permit. Almaty city hosted the largest share (17.5%), followed by Mangystau region (11.5%),")
    rest = replace(block("Almaty region (10.5%) and Astana (10.5%)."), page=2)
    got = [(c.region, float(c.value), c.period, c.block.page, c.quote) for c in
           assemble(block("3. Residence", "heading", 12.0), first, rest) if c.block.page == 2]
    day = ("2024-04-01", "2024-04-01")
    assert got == [("KZ-19", 10.5, day, 2, "Almaty region (10.5%) and Astana (10.5%)."),
                   ("KZ-71", 10.5, day, 2, "Almaty region (10.5%) and Astana (10.5%).")]


def test_the_count_of_a_sentence_a_page_end_cut_is_read_with_the_sentences_end():
    """PAR:page-run-on: "As of 1 April 2024, 150,500 foreign nationals were living in" | (page 2)
    "Kazakhstan on a permanent residence permit, ...": the count on page 1 is of the permanent
    residents (its metric stands on page 2); it keeps page 1 and quotes what page 1 prints."""
    first = block("Temporary permits went to 60,500 foreigners. As of 1 April 2024, 150,500 foreign nationals "
                  "were living in")
    rest = replace(block("Kazakhstan on a permanent residence permit, of whom 38.5 per cent held Russian citizenship."), page=2)
    got = [(c.metric, c.statistic, float(c.value), c.block.page, c.quote) for c in
           assemble(block("3. Residence", "heading", 12.0), first, rest) if c.statistic == "total"]
    assert got == [("temporary_residence_permits", "total", 60500.0, 1, "Temporary permits went to 60,500 foreigners."),
                   ("permanent_residents", "total", 150500.0, 1,
                    "As of 1 April 2024, 150,500 foreign nationals were living in")]


def _heading_line(*pieces: tuple[str, float]) -> Block:
    row = _placed_row(*pieces)
    return Block(page=1, kind="heading", text=row.text, boxes=row.boxes, size=9.0)


def test_header_lines_staggered_round_a_header_row_give_every_column_its_words():
    # fpdf (blind round 29, 2025q3 tables-fpdf, Table 1): "Share within" over "Nationality |
    # Arrivals" over "group, %", the header cell of the share column wrapped round the row
    # set as the table's; "CIS member states" under it opens the group
    cands = assemble(block("Table 1. Arrivals of foreign nationals by nationality, Q2 2024", "heading", 9.0),
                     _heading_line(("Share within", 300)),
                     _placed_row(("Nationality", 0), ("Arrivals", 200)),
                     _heading_line(("group, %", 300)),
                     block("CIS member states", "legend", 8.0),
                     _placed_row(("Uzbekistan", 0), ("1,402,500", 200), ("42.5", 300)))
    assert rows(cands) == sorted([fig("arrivals", "total", "persons", 1402500, "UZB", group="CIS"),
                                  fig("arrivals", "share", "percent", 42.5, "UZB", group="CIS")])


def test_a_header_line_set_apart_between_two_header_rows_is_one_more_header_line():
    # "Arrivals of | Transfers sent, | Transfers received," over "Month" (the first column's
    # head, set apart) over "foreign nationals | KZT billion | KZT billion"
    cands = assemble(block("Table 2. Arrivals and money transfers by month, Q2 2024", "heading", 9.0),
                     _placed_row(("Arrivals of", 100), ("Transfers sent,", 200), ("Transfers received,", 300)),
                     _heading_line(("Month", 0)),
                     _placed_row(("foreign nationals", 100), ("KZT billion", 200), ("KZT billion", 300)),
                     _placed_row(("April 2024", 0), ("1,187,500", 100), ("84.5", 200), ("41.5", 300)))
    april = ("2024-04-01", "2024-04-30")
    assert rows(cands) == sorted([fig("arrivals", "total", "persons", 1187500, period=april),
                                  fig("remittances_sent", "total", "KZT", 84.5e9, period=april),
                                  fig("remittances_received", "total", "KZT", 41.5e9, period=april)])


@pytest.mark.parametrize("text, grouped", [
    ("Germany followed with 6.2B tenge ($12.1M, 5.1%) and Poland with 4.0 billion KZT.",
     [["6.2B tenge", "$12.1M", "5.1%"], ["4.0 billion KZT"]]),
    ("Transfers came to KZT 310.5 billion (USD 130.5, 135.5 and 140.5 million by month).",
     [["KZT 310.5 billion"], ["USD 130.5"], ["135.5"], ["140.5 million"]]),
])
def test_an_amount_and_its_share_in_one_bracket_are_one_statement_a_list_is_not(text, grouped):
    """"6.2B tenge ($12.1M, 5.1%)": the amount, its other currency and its share are printed
    together; a bracketed list of numbers restates a list item by item (no pair)."""
    from extractor.frames import group_statements
    from extractor.numbers import find_quantities
    got = [[q.text for q in s.quants] for s in group_statements(text, find_quantities(text), lambda x: None)]
    assert got == grouped


def _placed(text: str, kind: str, top: float, size: float = 8.0, cells=()) -> Block:
    return Block(page=1, kind=kind, text=text, boxes=tuple((40.0 + i, top, 41.0 + i, top + size) for i in range(len(text))),
                 size=size, cells=tuple(cells))


def test_a_unit_line_under_a_charts_title_continues_the_title():
    """TITLE:unit-line: "Transfers received, by country of origin" over "Share of the quarter's
    total, %" (blind designer30, 2024q4 chromium, page 6): the unit line keeps the title's metric
    for the bars under it; a line set well apart from the title is a title of its own."""
    def read(gap: float):
        bars = [_placed(f"{name} {value}", "table", 140 + 12 * k, cells=((0, len(name)), (len(name) + 1, len(name) + 1 + len(value))))
                for k, (name, value) in enumerate([("Russia", "42.5%"), ("Uzbekistan", "7.5%")])]
        return rows(assemble(block("5. Remittances", "heading", 12.0),
                                _placed("Transfers received by Kazakhstan, by country of origin", "heading", 100),
                                _placed("Share of the quarter's total, %", "heading", 108 + gap), *bars))
    assert read(2.0) == sorted([fig("remittances_received", "share", "percent", 42.5, "RUS"),
                                fig("remittances_received", "share", "percent", 7.5, "UZB")])
    assert read(30.0) == []


def test_a_charts_title_naming_both_directions_orders_its_two_value_columns():
    """MET:caption-series: "Monthly remittances sent and received" over rows of two unlabelled
    values (the legend under the bars): the first value is sent, the second received."""
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Monthly remittances sent and received, KZT billion", "heading", 8.0),
                        _trow("April", "60.5", "30.5"), _trow("May", "62.5", "31.5")))
    assert got == sorted([fig("remittances_sent", "total", "KZT", 60.5e9, period=("2024-04-01", "2024-04-30")),
                          fig("remittances_received", "total", "KZT", 30.5e9, period=("2024-04-01", "2024-04-30")),
                          fig("remittances_sent", "total", "KZT", 62.5e9, period=("2024-05-01", "2024-05-31")),
                          fig("remittances_received", "total", "KZT", 31.5e9, period=("2024-05-01", "2024-05-31"))])


def test_a_header_naming_its_quarter_under_a_charts_rows_opens_a_table_of_its_own():
    """TAB:new-header (blind designer97, 2022q3 reportlab): under a chart's "Russia | 96.5" rows, a
    header row whose cells name the quarter ("Remittances sent, April – June 2024 | KZT bn | USD m
    | Share, %") is a header for all its year: the rows under it take its columns."""
    head = "Remittances sent, April – June 2024"
    got = rows(assemble(block("4. Remittances", "heading", 12.0),
                        block("Remittances sent by destination, KZT billion, Q2 2024", "heading", 8.2),
                        _trow("Russia", "96.5"), _trow("Georgia", "22.5"),
                        _trow(f"{head} Destination country", f"{head} KZT bn", f"{head} USD m", f"{head} Share, %"),
                        _trow("Uzbekistan", "52.5", "110.5", "19.5")))
    assert got == sorted([fig("remittances_sent", "total", "KZT", 96.5e9, "RUS"),
                          fig("remittances_sent", "total", "KZT", 22.5e9, "GEO"),
                          fig("remittances_sent", "total", "KZT", 52.5e9, "UZB"),
                          fig("remittances_sent", "total", "USD", 110.5e6, "UZB"),
                          fig("remittances_sent", "share", "percent", 19.5, "UZB")])


def test_share_rows_under_no_title_take_the_group_their_section_heading_names():
    """GRP:section (blind designer97, 2025q2 chromium2): "NON-CIS ARRIVALS", a plain sentence,
    then "Türkiye | 38.5%" rows with no title: shares of the non-CIS group; a CIS member's row
    is no member's of it, and rows under a title naming no group keep none."""
    def read(*titled):
        return rows(assemble(block("NON-CIS ARRIVALS", "heading", 10.5),
                             block("Arrivals from outside the Commonwealth grew again.", "body"), *titled,
                             _trow("Türkiye", "38.5%"), _trow("China", "24.5%"), _trow("Uzbekistan", "3.5%")))
    assert read() == sorted([fig("arrivals", "share", "percent", 38.5, "TUR", group="non-CIS"),
                             fig("arrivals", "share", "percent", 24.5, "CHN", group="non-CIS"),
                             fig("arrivals", "share", "percent", 3.5, "UZB")])
    assert read(block("Share of all arrivals by citizenship, %", "heading", 8.0)) == sorted(
        [fig("arrivals", "share", "percent", v, c) for v, c in ((38.5, "TUR"), (24.5, "CHN"), (3.5, "UZB"))])


def test_a_caption_naming_per_cent_in_words_makes_unmarked_cells_shares():
    """"Table 4. Shares of main partner countries in money transfers, ... (per cent)" over
    "Country | Sent from Kazakhstan | Received in Kazakhstan": the cells are shares, as under a
    caption printing "%" (blind round99, 2025q3 tables-fpdf); a dash is no value."""
    got = rows(assemble(block("4. Remittances", "heading", 12.0),
                        block("Table 4. Shares of main partner countries in money transfers, April–June 2024 (per cent)",
                              "heading", 9.5),
                        _trow("Country", "Sent from Kazakhstan", "Received in Kazakhstan"),
                        _trow("Russian Federation", "60.5", "37.5"), _trow("United States of America", "–", "13.5")))
    assert got == sorted([fig("remittances_sent", "share", "percent", 60.5, "RUS"),
                          fig("remittances_received", "share", "percent", 37.5, "RUS"),
                          fig("remittances_received", "share", "percent", 13.5, "USA")])


def test_a_total_row_naming_its_metric_opens_a_section_of_the_rows_under_it():
    """MET:row-section after "Temporary residence permits, total | 61,750 | 100.0" (blind
    round100, 2022q2 tables-reportlab): the countries under it are that metric's, those under
    "Permanent residence permits, total" the next one's; the total row's 100.0 is no share."""
    got = rows(assemble(block("2. Residence", "heading", 12.0),
                        block("Departures of foreign nationals reached 2.5 million.", "body"),
                        block("Table 3. Residence permits granted to foreign nationals, April–June 2024", "heading", 9.5),
                        _trow("Permit / nationality", "Persons", "Share, %"),
                        _trow("Temporary residence permits, total", "61,750", "100.0"),
                        _trow("Uzbekistan", "–", "46.5"),
                        _trow("Permanent residence permits, total", "2,950", "–"),
                        _trow("China", "1,150", "–")))
    assert got == sorted([fig("departures", "total", "persons", 2.5e6),
                          fig("temporary_residence_permits", "total", "persons", 61750),
                          fig("temporary_residence_permits", "share", "percent", 46.5, "UZB"),
                          fig("permanent_residence_permits", "total", "persons", 2950),
                          fig("permanent_residence_permits", "total", "persons", 1150, "CHN")])


def test_columns_headed_sent_from_and_received_in_kz_name_their_directions():
    """"Sent from KZ | Share, % | Received in KZ | Share, %": KZ, in capitals, is the reporting
    country (blind round100, 2022q2 tables-reportlab, Table 5)."""
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Table 5. Money transfers by partner country, April–June 2024 (KZT billion)", "heading", 9.5),
                        _trow("Country", "Sent from KZ", "Share, %", "Received in KZ", "Share, %"),
                        _trow("Russian Federation", "33.5", "27.5", "140.5", "65.5")))
    assert got == sorted([fig("remittances_sent", "total", "KZT", 33.5e9, "RUS"),
                          fig("remittances_sent", "share", "percent", 27.5, "RUS"),
                          fig("remittances_received", "total", "KZT", 140.5e9, "RUS"),
                          fig("remittances_received", "share", "percent", 65.5, "RUS")])


def test_a_charts_key_line_read_after_its_title_orders_its_two_value_columns():
    """LAY:key-under-rows: a title naming no direction, its key ("■ transfers sent ■ transfers
    received", printed under the rows and read before them) names the series in order."""
    got = rows(assemble(block("5. Money transfers received", "heading", 12.0),
                        block("Figure 2. Monthly money transfers, KZT billion", "heading", 8.0),
                        block("■ transfers sent ■ transfers received (values at bar ends; scale 0–80)", "legend", 7.5),
                        _trow("April 2024", "58.5", "24.5"), _trow("May 2024", "59.7", "25.5")))
    assert got == sorted([fig("remittances_sent", "total", "KZT", 58.5e9, period=("2024-04-01", "2024-04-30")),
                          fig("remittances_received", "total", "KZT", 24.5e9, period=("2024-04-01", "2024-04-30")),
                          fig("remittances_sent", "total", "KZT", 59.7e9, period=("2024-05-01", "2024-05-31")),
                          fig("remittances_received", "total", "KZT", 25.5e9, period=("2024-05-01", "2024-05-31"))])


def test_a_contents_list_in_small_type_gives_no_figures():
    """A small "Contents" heading over "5. Citizens abroad | 3" rows: page numbers, no figures
    (blind round12, 2025q3 twocol-chromium, page 1)."""
    got = assemble(block("In brief", "heading", 12.0), block("Contents", "heading", 8.0),
                   _trow("4. Labour migration", "2"), _trow("5. Kazakhstani citizens abroad", "3"))
    assert got == []


def test_a_monthly_average_column_of_counts_gives_monthly_averages():
    """'Monthly average' over a column of persons, beside the months and the total: the month's
    average of the quarter, not a second total (blind designer28, Word, Table 3)."""
    got = rows(assemble(block("5. Monthly overview", "heading", 12.0),
                        block("Table 3. Border crossings by month, Q2 2024", "heading", 9.0),
                        _trow("Indicator", "Unit", "April", "May", "June", "Total", "Monthly average"),
                        _trow("Arrivals", "persons", "900,100", "950,200", "1,000,300", "2,850,600", "950,200")))
    assert fig("arrivals", "monthly_average", "persons", 950200) in got
    assert fig("arrivals", "total", "persons", 2850600) in got
    assert [f for f in got if f[1] == "total" and f[7] == Q2] == [fig("arrivals", "total", "persons", 2850600)]


def test_an_unnumbered_tile_grid_caption_under_its_tiles_is_read_first():
    """'Tile grid: share of permanent residents by region, as of 30 June 2024' under the tiles,
    after running text on permits: the tiles are shares of the residents on that day."""
    from extractor.tables import captions_first
    got = rows(assemble(*captions_first((
        block("2. Residence", "heading", 12.0),
        block("In the quarter 1,500 permanent residence permits were issued."),
        _trow("Almaty city", "15.5%"), _trow("Astana", "10.5%"),
        block("Tile grid: share of permanent residents by region, as of 30 June 2024.", "legend")))))
    day = ("2024-06-30", "2024-06-30")
    assert fig("permanent_residents", "share", "percent", 15.5, region="KZ-75", period=day) in got
    assert fig("permanent_residents", "share", "percent", 10.5, region="KZ-71", period=day) in got


def test_a_figure_quotes_its_text_statement_before_a_callout_restating_it():
    """A key figure on page 1 ('2.9M arrivals of foreign nationals') and the text on page 2 that
    states it precisely: both are mentions, and the figure's page and quote are the text's,
    where the value it carries is printed."""
    cands = assemble(block("MTM Kazakhstan", "heading", 12.0),
                     block("2.9M arrivals of foreign nationals", "callout"),
                     replace(block("1. Arrivals", "heading", 12.0), page=2),
                     replace(block("In the quarter 2,912,400 foreign nationals arrived in Kazakhstan."), page=2))
    match_legends(cands)
    fig_, = [f for f in merge(cands, {}) if f.metric == "arrivals"]
    assert fig_.value == 2912400 and [m.page for m in fig_.mentions] == [1, 2]
    assert fig_.page == 2 and "2,912,400" in fig_.quote


def test_the_numbers_own_verb_names_its_metric_over_a_lead_before_a_colon():
    """'Exits moved in step with entries: 3,297,604 foreign nationals left the country': the
    count's own verb after its noun, not the cue nearest before it across the colon (blind
    designer32, 2026q2 chromium); 'the previous one' is the quarter named before it."""
    got = rows(assemble(block("1. Crossing the border", "heading", 12.0),
                        block("Exits moved in step with entries: 3,297,604 foreign nationals left the country "
                              "in the quarter, 9.8% more than in the previous one.")))
    assert got == [fig("departures", "change", "percent", 9.8, compared=Q1),
                   fig("departures", "total", "persons", 3297604)]


def test_a_period_in_a_clause_giving_a_reason_is_not_the_changes_own():
    """'..., and the inflow fell by 33.9 per cent, as the exceptional transfers of spring 2022
    were not repeated': the year of the reason is no period of the change (blind round34,
    2023q2 reportlab)."""
    got = rows(assemble(block("4. Remittances", "heading", 12.0),
                        block("The outflow was 14.6 percent lower than in the second quarter of 2023, and "
                              "the inflow fell by 33.9 per cent, as the exceptional transfers of spring 2022 "
                              "were not repeated.")))
    year_before = ("2023-04-01", "2023-06-30")
    assert fig("remittances_received", "change", "percent", -33.9, compared=year_before) in got


def test_money_coming_in_is_received():
    got = rows(assemble(block("4. Remittances", "heading", 12.0),
                        block("Individuals sent KZT 214.6 billion abroad. Money coming in added up to "
                              "KZT 92.4 billion in 412.7 thousand transactions.")))
    assert fig("remittances_received", "total", "KZT", 92.4e9) in got
    assert fig("remittances_received", "total", "transactions", 412700) in got


def test_a_when_clause_dates_both_its_amounts_and_the_changes_after_it_take_its_period():
    """'Compared with the previous quarter, when A was sent and B received, outgoing transfers
    rose by x and incoming ones by y': both amounts are the previous quarter's, both changes
    against it (blind round33, 2022q4 reportlab)."""
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Compared with the previous quarter, when KZT 236.9 billion was sent abroad and "
                              "KZT 58.3 billion was received, outgoing transfers rose by 19.6 per cent and "
                              "incoming ones by 5.8 per cent.")))
    assert got == sorted([fig("remittances_sent", "total", "KZT", 236.9e9, period=Q1),
                          fig("remittances_received", "total", "KZT", 58.3e9, period=Q1),
                          fig("remittances_sent", "change", "percent", 19.6, compared=Q1),
                          fig("remittances_received", "change", "percent", 5.8, compared=Q1)])


def test_a_change_from_a_dated_amount_and_one_exceeding_it_are_against_its_period():
    year_before = ("2023-04-01", "2023-06-30")
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Outflows more than doubled, exceeding the KZT 132.5 billion of April–June 2023 "
                              "by 113.9 per cent, whereas inflows declined by 22.3 per cent from KZT 79.4 billion "
                              "a year earlier.")))
    assert fig("remittances_sent", "change", "percent", 113.9, compared=year_before) in got
    assert fig("remittances_received", "change", "percent", -22.3, compared=year_before) in got


def test_transfers_to_a_country_are_sent():
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Russia was at once the main destination and the main origin of flows, and "
                              "transfers to that country alone grew by 87.4 per cent on the previous quarter.")))
    assert got == [fig("remittances_sent", "change", "percent", 87.4, country="RUS", compared=Q1)]
    # "... and incoming transfers to KZT 436.8 billion": "to" an amount names no destination
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Outgoing transfers added up to KZT 952.6 billion and incoming transfers to KZT "
                              "436.8 billion.")))
    assert fig("remittances_received", "total", "KZT", 436.8e9) in got


def test_monthly_amounts_with_their_dollars_in_brackets_are_the_months_totals():
    """'Monthly outflows rose steadily: 68.9 billion KZT (129.6 million USD) in July, ...': the
    month after the bracket dates both amounts; the lead's "Monthly" makes no averages of them
    (blind round34, 2025q3 word)."""
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Monthly outflows rose steadily: 68.9 billion KZT (129.6 million USD) in April and "
                              "71.8 billion KZT (135.1 million USD) in May.")))
    april, may = ("2024-04-01", "2024-04-30"), ("2024-05-01", "2024-05-31")
    assert got == sorted([fig("remittances_sent", "total", "KZT", 68.9e9, period=april),
                          fig("remittances_sent", "total", "USD", 129.6e6, period=april),
                          fig("remittances_sent", "total", "KZT", 71.8e9, period=may),
                          fig("remittances_sent", "total", "USD", 135.1e6, period=may)])


def test_the_amount_a_change_starts_from_is_of_the_compared_period():
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Quarter on quarter, incoming transfers increased by 9.9 per cent from KZT 88.6 billion.")))
    assert got == sorted([fig("remittances_received", "change", "percent", 9.9, compared=Q1),
                          fig("remittances_received", "total", "KZT", 88.6e9, period=Q1)])


def test_money_that_came_from_a_country_is_received():
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Russia remained the main corridor: KZT 61.2 billion was sent there and KZT 42.8 "
                              "billion came from it.")))
    assert got == sorted([fig("remittances_sent", "total", "KZT", 61.2e9, country="RUS"),
                          fig("remittances_received", "total", "KZT", 42.8e9, country="RUS")])


def test_money_that_went_there_and_came_from_there_takes_the_country_named_before():
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Russia was the main partner in both directions – roughly KZT 72 billion went there "
                              "and close to KZT 42 billion came from there – while Uzbekistan was the second "
                              "destination.")))
    assert got == sorted([fig("remittances_sent", "total", "KZT", 72e9, country="RUS"),
                          fig("remittances_received", "total", "KZT", 42e9, country="RUS")])


def test_a_chart_value_with_its_own_scale_letter_is_not_scaled_again_by_the_caption():
    # "Foreign nationals, thousands (K)" over "Uzbekistan | 1,248.3K" (blind designer34, 2026q1):
    # the cell's "K" has scaled its value already; a bare "1,248.3" takes the caption's thousands
    from extractor import tables
    from extractor.assemble import _cell_kind
    cap = tables.Column("persons", Decimal(1000), None, None, "COL:unit-line")
    col = tables.UNKNOWN
    assert _cell_kind(col, "1,248.3K", Decimal("1248300"), "arrivals", cap, {})[1] == 1
    assert _cell_kind(col, "1,248.3", Decimal("1248.3"), "arrivals", cap, {})[1] == 1000


def test_a_second_header_row_under_a_total_row_gives_the_next_table_its_columns():
    # two tables stacked with no caption between: "Country | Received KZT bn | ..." after the sent
    # table's Total row (blind designer34, 2026q1 chromium, page 5)
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Remittances by country, Q2 2024", "heading", 9.0),
                        _trow("Country", "Sent KZT bn", "Sent Share, %"),
                        _trow("Russian Federation", "61.4", "28.6"), _trow("Total", "214.6", "100.0"),
                        _trow("Country", "Received KZT bn", "Received Share, %"),
                        _trow("Republic of Korea", "10.3", "10.6"), _trow("Total", "97.3", "100.0")))
    assert fig("remittances_received", "total", "KZT", 10.3e9, country="KOR") in got
    assert fig("remittances_received", "share", "percent", 10.6, country="KOR") in got
    assert not [f for f in got if f[0] == "remittances_sent" and f[4] == "KOR"]


def test_a_place_named_twice_in_apposition_is_one_name_of_a_respectively_list():
    got = rows(assemble(block("2.4 Permanent residents", "heading", 12.0),
                        block("As of 30 June 2022, 134,706 foreigners held a permanent residence permit. One in five "
                              "permanent residents (20.3%) was registered in Almaty region, while Almaty city and the "
                              "capital, Nur-Sultan, hosted 14.6% and 10,3% respectively."),
                        start=date(2022, 4, 1), end=date(2022, 6, 30)))
    day = ("2022-06-30", "2022-06-30")
    assert [f for f in got if f[1] == "share"] == sorted([
        fig("permanent_residents", "share", "percent", 20.3, region="KZ-19", period=day),
        fig("permanent_residents", "share", "percent", 14.6, region="KZ-75", period=day),
        fig("permanent_residents", "share", "percent", 10.3, region="KZ-71", period=day)])


def test_a_rank_column_keeps_the_header_of_each_half_of_a_side_by_side_table():
    # "# | From Kazakhstan to | KZT bn | ... | To Kazakhstan from | KZT bn | ...": with the rank
    # column set aside, each half's name column still says whose its values are
    header = _trow("#", "From Kazakhstan to", "KZT bn", "Share, %", "To Kazakhstan from", "KZT bn", "Share, %")
    row = _trow("1", "Uzbekistan", "35.4", "16.5", "Germany", "5.3", "5.5")
    cands = assemble(block("Table 1. Cross-border transfers by country, Q2 2024 (KZT billion, share in %)",
                           "heading", 9.0), header, row)
    assert rows(cands) == sorted([
        fig("remittances_sent", "total", "KZT", 35.4e9, "UZB"),
        fig("remittances_sent", "share", "percent", 16.5, "UZB"),
        fig("remittances_received", "total", "KZT", 5.3e9, "DEU"),
        fig("remittances_received", "share", "percent", 5.5, "DEU")])


def test_an_abbreviated_received_column_is_a_received_column():
    header = _trow("Month", "Sent, KZT bn", "Recv., KZT bn")
    row = _trow("April", "61.5", "27.5")
    cands = assemble(block("Table 2. Transfers by month, Q2 2024", "heading", 9.0), header, row)
    assert rows(cands) == sorted([
        fig("remittances_sent", "total", "KZT", 61.5e9, period=("2024-04-01", "2024-04-30")),
        fig("remittances_received", "total", "KZT", 27.5e9, period=("2024-04-01", "2024-04-30"))])


def test_a_group_row_of_counts_named_in_their_cells_under_share_columns():
    header = _trow("Nationality", "Share of the group's arrivals, %", "Share of the group's departures, %")
    group = _trow("CIS member states", "3,000,500 arrivals", "2,900,500 departures")
    row = _trow("Uzbekistan", "44.50", "43.50")
    cands = assemble(block("Table 1. Arrivals and departures by nationality, Q2 2024", "heading", 9.0),
                     header, group, row)
    assert rows(cands) == sorted([
        fig("arrivals", "total", "persons", 3000500, group="CIS"),
        fig("departures", "total", "persons", 2900500, group="CIS"),
        fig("arrivals", "share", "percent", 44.5, "UZB", group="CIS"),
        fig("departures", "share", "percent", 43.5, "UZB", group="CIS")])


def test_a_money_chart_named_only_by_its_currency_reads_sent_and_received_columns():
    # "Monthly flows, USD million" over "Sent | Rec." (a header over the values only)
    header = _trow("Sent", "Rec.")
    row = _trow("April", "160.5", "130.5")
    cands = assemble(block("Monthly flows, USD million", "heading", 5.4), header, row)
    assert rows(cands) == sorted([
        fig("remittances_sent", "total", "USD", 160.5e6, period=("2024-04-01", "2024-04-30")),
        fig("remittances_received", "total", "USD", 130.5e6, period=("2024-04-01", "2024-04-30"))])


def test_a_figure_caption_ends_the_table_before_it():
    # "Figure 2. Transfers by month" right under a table of transfers by country: the chart's
    # rows are the chart's, not more rows of the table
    cands = assemble(block("Table 2. Transfers from Kazakhstan by country of destination, Q2 2024", "heading", 6.0),
                     _trow("Country", "KZT billion", "USD million", "Share, %"),
                     _trow("Georgia", "17.5", "38.5", "7.5"),
                     block("Figure 2. Transfers by month, KZT billion", "heading", 6.0),
                     _trow("Sent from Kazakhstan", "Received in Kazakhstan"),
                     _trow("Apr 2024", "78.5", "64.5"))
    assert rows(cands) == sorted([
        fig("remittances_sent", "total", "KZT", 17.5e9, "GEO"),
        fig("remittances_sent", "total", "USD", 38.5e6, "GEO"),
        fig("remittances_sent", "share", "percent", 7.5, "GEO"),
        fig("remittances_sent", "total", "KZT", 78.5e9, period=("2024-04-01", "2024-04-30")),
        fig("remittances_received", "total", "KZT", 64.5e9, period=("2024-04-01", "2024-04-30"))])


def test_counts_under_a_group_row_with_shares_of_the_group_are_keyed_by_the_group():
    # the shares of the rows are of the group the row above opens: the row's count is keyed by
    # the group too (GRP:row-count), and the text restating it takes the group (GRP:from-table)
    cands = assemble(block("1. Arrivals", "heading", 12.0),
                     block("Uzbekistan alone accounted for 1,214,500 arrivals."),
                     block("Table 1. Arrivals of foreign nationals by nationality, Q2 2024", "heading", 9.0),
                     _trow("Nationality", "Arrivals", "Share of group, %"),
                     _trow("CIS member states", "2,927,500", "100.00"),
                     _trow("Uzbekistan", "1,214,500", "41.48"))
    match_legends(cands)
    figures = merge(cands, {})
    uzb = [f for f in figures if f.country == "UZB"]
    assert sorted((f.statistic, f.group) for f in uzb) == [("share", "CIS"), ("total", "CIS")]
    total = next(f for f in uzb if f.statistic == "total")
    assert len(total.mentions) == 2 and "group_from_table" in total.flags


def test_counts_in_a_table_without_shares_of_a_group_carry_no_group():
    cands = assemble(block("Table 1. Arrivals of foreign nationals by nationality, Q2 2024", "heading", 9.0),
                     _trow("Nationality", "Arrivals", "Share of all arrivals, %"),
                     _trow("CIS member states", "2,927,500", "94.50"),
                     _trow("Uzbekistan", "1,214,500", "39.20"))
    assert [(c.statistic, c.group) for c in cands if c.country == "UZB"] == [("total", None), ("share", None)]


def test_a_missing_scale_is_read_from_the_amounts_own_conversion_not_the_one_before():
    cands = assemble(block("5. Remittances", "heading", 12.0),
                     block("At 450.00 KZT/USD, Russia and the Republic of Korea supplied 26.1 billion KZT (58.0 million "
                           "USD) and 7.2 KZT (16.0 million USD) respectively."))
    infer_scales(cands)
    kor = [c for c in cands if c.country == "KOR" and c.unit == "KZT"]
    assert len(kor) == 1 and kor[0].value == Decimal("7200000000") and "scale_inferred" in kor[0].flags


def test_a_heading_in_section_type_right_over_tiles_titles_them():
    # an unnumbered heading as large as the section headings, naming the metric, over a map's
    # tiles (no "Figure" caption): the tiles are that metric's figures by region
    cands = assemble(block("5. Foreign labour", "heading", 12.0),
                     block("Employers registered 20,500 foreign workers in the quarter.", "body"),
                     block("Registered foreign workers by region, April–June 2024 (persons)", "heading", 12.0),
                     _trow("Atyrau", "4,105"), _trow("Almaty city", "3,950"))
    assert [r for r in rows(cands) if r[5]] == sorted([
        fig("registered_migrant_workers", "total", "persons", 4105, region="KZ-23"),
        fig("registered_migrant_workers", "total", "persons", 3950, region="KZ-75")])


def test_a_cell_with_its_own_currency_is_no_part_of_the_rows_label():
    # "July | USD 207.8 m | 98.4" under "Remittances sent ... by month (KZT billion; USD million
    # below)" with no header (blind designer92, 2022q3 reportlab): the month is the label, the
    # dollar cell an amount of its own, the bare value the title's tenge
    from tests.test_rules import assemble, block, heading, table_row

    asm = assemble(heading("6. Remittances"), block("Individuals sent KZT 312.5 billion abroad."),
                   block("Remittances sent from Kazakhstan by month, April–June 2024 (KZT billion; USD million below)",
                         "heading", 8.3),
                   table_row("April", "USD 207.5 m", "98.5"), table_row("May", "USD 215.5 m", "101.5"))
    got = {(c.unit, float(c.value), c.period[0]) for c in asm.candidates if c.block.kind == "table"}
    assert got == {("USD", 207.5e6, "2024-04-01"), ("KZT", 98.5e9, "2024-04-01"),
                   ("USD", 215.5e6, "2024-05-01"), ("KZT", 101.5e9, "2024-05-01")}


def test_direction_heads_set_as_headings_over_a_row_of_units_head_their_pairs_of_columns():
    # "Sent from Kazakhstan" and "Received in Kazakhstan" set as headings, each over two of the
    # cells of "KZT billion | USD million | KZT billion | USD million" (blind round94, 2022q4
    # twocol-chromium): the last two columns are money received, not sent
    from tests.test_rules import assemble, at, block, cells_at, heading, placed_row

    doc = [heading("7. Remittances"), block("Transfers from Kazakhstan totalled KZT 250.5 billion.", markers=[("10", "billion.")]),
           block("Table 1. Money transfers by month, April – June 2024", "heading", 9.0),
           at("Sent from Kazakhstan", "heading", 125.0, 80.0, 9.0), at("Month", "heading", 40.0, 88.0, 9.0),
           at("Received in Kazakhstan", "heading", 285.0, 80.0, 9.0),
           cells_at(["KZT billion", "USD million", "KZT billion", "USD million"], 120.0, 92.0, pitch=80),
           placed_row("April 2024", "80.5", "170.5", "52.5", "110.5", pitch=80)]
    got = {(c.metric, c.unit) for c in assemble(*doc).candidates if c.block.kind == "table"}
    assert got == {("remittances_sent", "KZT"), ("remittances_sent", "USD"),
                   ("remittances_received", "KZT"), ("remittances_received", "USD")}


def test_a_chart_titled_workers_by_region_gives_its_tiles_that_metric():
    # "Workers by region" over region tiles in a sidebar read after a paragraph on a round table
    # (blind designer94, 2026q1 reportlab): shares of registered workers, not of the participants
    from tests.test_rules import assemble, block, heading, table_row

    asm = assemble(heading("4. Legislation and capacity building"),
                   block("On 24 March 2024 IOM held a round table in Almaty attended by 35 officials."),
                   block("Workers by region", "heading", 9.5), table_row("Almaty city", "16.5%"), table_row("Astana", "13.5%"))
    got = {(c.metric, c.region) for c in asm.candidates if c.block.kind == "table"}
    assert got == {("registered_migrant_workers", "KZ-75"), ("registered_migrant_workers", "KZ-71")}


def test_a_group_label_run_into_the_headers_first_cell_opens_the_group():
    # "Origin group / country CIS member states | Share of group, %" over the CIS rows (blind
    # round93, 2022q2 tables-reportlab): the rows are shares within the CIS group until the
    # next group's row
    from tests.test_rules import assemble, block, heading, table_row

    asm = assemble(heading("1. Border crossings"),
                   block("Table 1. Arrivals of foreign nationals by nationality, share within origin group, April–June 2024",
                         "heading", 9.0),
                   table_row("Origin group / country CIS member states", "Share of group, %"),
                   table_row("Russian Federation", "27.5"), table_row("Non-CIS countries"), table_row("China", "20.5"))
    got = {c.country: c.group for c in asm.candidates}
    assert got == {"RUS": "CIS", "CHN": "non-CIS"}


def test_a_headers_wrapped_cells_cut_apart_join_over_the_first_rows_cells():
    # "Share of the total, %" over "temporary | permanent" each wrapped onto "permits": the
    # header row came with a cell for every line, more than the row of values has
    def cell_run(*cells):
        row = _placed_row(*cells)
        return row
    header = cell_run(("Citizenship", 0), ("Share of the total, % temporary", 150),
                      ("Share of the total, % permits", 160), ("Share of the total, % permanent", 300),
                      ("Share of the total, % permits", 310))
    # each cell's own words stand under its column; the flattened upper words stand over both
    boxes = list(header.boxes)
    for i, j in header.cells[1:]:
        for k in range(i, i + len("Share of the total, % ")):
            boxes[k] = (250.0, 0.0, 255.0, 9.0)
    header = replace(header, boxes=tuple(boxes))
    cands = assemble(block("Table 4. Residence permits by citizenship, April–June 2024", "heading", 9.0),
                     header, _placed_row(("Kyrgyzstan", 0), ("30.5", 250), ("12.5", 400)))
    assert rows(cands) == sorted([fig("temporary_residence_permits", "share", "percent", 30.5, "KGZ"),
                                  fig("permanent_residence_permits", "share", "percent", 12.5, "KGZ")])


def test_a_tiles_bound_in_heading_type_keeps_the_caption_of_the_tiles_after_it():
    # a tile map under its caption whose first tile prints a bound ("<2%") in large type: the
    # tiles after it are still the caption's (blind designer56, 2024q3 chromium)
    cands = assemble(block("3. Residence permits", "heading", 12.0),
                     block("Temporary residence permits were granted to 70,500 foreign nationals."),
                     block("Figure 3. Registered migrant workers by region, share of the national total, Q2 2024",
                           "heading", 8.5),
                     block("West Kazakhstan", "legend", 6.8), block("<2%", "heading", 10.0),
                     _trow("Aktobe", "4.1%"), _trow("Almaty city", "18.7%"))
    regions = sorted((c.metric, c.region, float(c.value)) for c in cands if c.region)
    assert regions == [("registered_migrant_workers", "KZ-15", 4.1), ("registered_migrant_workers", "KZ-75", 18.7)]


def test_a_total_rows_share_under_a_row_group_label_is_the_groups_share():
    cands = assemble(block("Table 3. Money transfers sent by country, April–June 2024", "heading", 9.0),
                     _trow("Country", "KZT bn", "Share, %"), _trow("CIS member states"),
                     _trow("Russian Federation", "58.7", "27.6"), _trow("Uzbekistan", "41.2", "19.4"),
                     _trow("Total", "99.9", "47.0"), _trow("Other countries"),
                     _trow("Türkiye", "49.6", "23.4"), _trow("Total", "112.5", "53.0"),
                     _trow("All countries", "212.4", "100.0"))
    groups = sorted((r[1], r[3], r[6]) for r in rows(cands) if r[4] is None and r[6] is not None)
    assert groups == [("share", 47.0, "CIS"), ("share", 53.0, "non-CIS"),
                      ("total", 99.9e9, "CIS"), ("total", 112.5e9, "non-CIS")]


def test_a_row_with_its_own_group_cell_after_a_groups_subtotal_row_is_keyed_by_its_own_group():
    cands = assemble(block("Table 1. Arrivals of foreign nationals by nationality, April–June 2024", "heading", 9.0),
                     _trow("Nationality", "Group", "Arrivals, persons", "Share of group, %"),
                     _trow("Uzbekistan", "CIS", "1,250,500", "45.50"),
                     _trow("All CIS member states", "CIS", "2,748,350", "100.00"),
                     _trow("China", "non-CIS", "30,250", "40.25"))
    china = [r for r in rows(cands) if r[4] == "CHN"]
    assert china == sorted([fig("arrivals", "total", "persons", 30250, "CHN"),
                            fig("arrivals", "share", "percent", 40.25, "CHN", group="non-CIS")])


def test_a_row_under_its_groups_row_with_the_same_group_cell_keeps_the_groups_key():
    cands = assemble(block("Table 1. Arrivals of foreign nationals by nationality, April–June 2024", "heading", 9.0),
                     _trow("Nationality", "Group", "Arrivals", "Share within group, %"),
                     _trow("Non-CIS countries", "non-CIS", "60,500", "–"),
                     _trow("China", "non-CIS", "30,250", "50.00"))
    china = [r for r in rows(cands) if r[4] == "CHN"]
    assert china == sorted([fig("arrivals", "total", "persons", 30250, "CHN", group="non-CIS"),
                            fig("arrivals", "share", "percent", 50.0, "CHN", group="non-CIS")])


def test_a_direction_line_under_a_whole_row_of_header_cells_opens_the_rows_under_it():
    # the header cells each a line of their own, then "Outgoing transfers (...)" at the names'
    # edge under them: it says which way the rows under it went, it heads no column
    def heading_at(top, text, x):
        row = _placed_row((text, x))
        return Block(page=1, kind="heading", text=row.text, boxes=tuple((a, top, c, top + 9.0) for a, _, c, _ in row.boxes),
                     size=9.0)
    def row_at(top, *cells):
        row = _placed_row(*cells)
        return replace(row, boxes=tuple((a, top, c, top + 9.0) for a, _, c, _ in row.boxes))
    cands = assemble(block("Table 2. Main partner countries for money transfers, Q2 2024", "heading", 9.0),
                     heading_at(0, "Country", 0), heading_at(0, "KZT bn", 150), heading_at(0, "USD mn", 250),
                     heading_at(0, "Share, %", 350), heading_at(12, "Outgoing transfers (sent abroad)", 0),
                     row_at(24, ("Georgia", 0), ("12.5", 150), ("26.5", 250), ("8.5", 350)),
                     row_at(36, ("Incoming transfers (received in Kazakhstan)", 0)),
                     row_at(48, ("China", 0), ("6.5", 150), ("13.5", 250), ("7.5", 350)))
    assert rows(cands) == sorted([
        fig("remittances_sent", "total", "KZT", 12.5e9, "GEO"), fig("remittances_sent", "total", "USD", 26.5e6, "GEO"),
        fig("remittances_sent", "share", "percent", 8.5, "GEO"),
        fig("remittances_received", "total", "KZT", 6.5e9, "CHN"), fig("remittances_received", "total", "USD", 13.5e6, "CHN"),
        fig("remittances_received", "share", "percent", 7.5, "CHN")])


def test_a_charts_title_naming_one_group_keys_its_members_counts_by_it():
    cands = assemble(block("1. Arrivals", "heading", 12.0),
                     block("Figure 1. Arrivals from CIS countries by nationality, April–June 2024 (persons)", "heading", 8.0),
                     _trow("Kyrgyzstan", "650,500"), _trow("Tajikistan", "210,500"))
    assert rows(cands) == sorted([fig("arrivals", "total", "persons", 650500, "KGZ", group="CIS"),
                                  fig("arrivals", "total", "persons", 210500, "TJK", group="CIS")])
    assert all("GRP:title-count" in c.rules for c in cands)


@pytest.mark.parametrize("title", ["Table 1. Arrivals of nationals of the main CIS countries, April–June 2024 (persons)",
                                   "Figure 1. Arrivals from the largest CIS countries, April–June 2024 (persons)"])
def test_a_title_naming_the_main_countries_of_one_group_keys_their_counts_by_it(title):
    """"... of nationals of the main CIS countries": the group the rows are of, an adjective
    between (blind round43, 2022q1 onecol-reportlab, Table 1)."""
    cands = assemble(block("1. Arrivals", "heading", 12.0), block(title, "heading", 8.0),
                     _trow("Kyrgyzstan", "650,500"), _trow("Tajikistan", "210,500"))
    assert [r[6] for r in rows(cands)] == ["CIS", "CIS"]


def test_a_signed_percent_card_is_no_share():
    """A stat card "monthly average of outgoing transfers vs Q4 2021 | +108%" set as a row: a
    change, never a share of 108 per cent (blind designer42, 2022q4 chromium)."""
    cands = assemble(block("4. Remittances", "heading", 12.0),
                     _trow("monthly average of outgoing transfers vs Q2 2023", "+108%"))
    assert [r for r in rows(cands) if r[1] == "share"] == []


def test_legend_cells_under_a_row_of_groups_are_shares_of_the_group_over_them():
    """TAB:legend-cell: "Uzbekistan (44.18%) | China (38.62%)" under "CIS member states |
    Non-CIS countries" (the legends of two stacked bars): each cell a share of its name within
    the group over it (blind designer38, 2024q1 chromium)."""
    cands = assemble(block("1. Arrivals", "heading", 12.0),
                     block("Figure 1. Arrivals of foreign nationals by citizenship, April–June 2024 (share of each group, %)",
                           "heading", 8.0),
                     placed_row("CIS member states", "Non-CIS countries"),
                     placed_row("Uzbekistan (44.18%)", "China (38.62%)"), placed_row("Kyrgyzstan (20.47%)", "India (10.87%)"))
    assert rows(cands) == sorted([fig("arrivals", "share", "percent", 44.18, "UZB", group="CIS"),
                                  fig("arrivals", "share", "percent", 38.62, "CHN", group="non-CIS"),
                                  fig("arrivals", "share", "percent", 20.47, "KGZ", group="CIS"),
                                  fig("arrivals", "share", "percent", 10.87, "IND", group="non-CIS")])


def test_a_stacked_bars_legend_set_in_one_line_under_its_title_is_read_as_a_legend():
    """"Uzbekistan 44.63% Russian Federation 27.18% ... Other CIS 2.76%" in body type under
    "Arrivals from CIS member states by citizenship, % of CIS arrivals": shares within the CIS
    (blind designer44, 2022q2 chromium2)."""
    cands = assemble(block("1. Arrivals", "heading", 12.0),
                     block("Arrivals from CIS member states by citizenship, % of CIS arrivals, Q2 2024", "heading", 8.4),
                     block("Uzbekistan 44.63% Russian Federation 27.18% Kyrgyzstan 19.02% Tajikistan 6.41% Other CIS 2.76%"))
    # "Other CIS" is the group's remainder: no figure (F:share-remainder; the writer marked it optional)
    assert sorted((r[4] or "", r[6], r[3]) for r in rows(cands)) == [("KGZ", "CIS", 19.02),
                                                                     ("RUS", "CIS", 27.18), ("TJK", "CIS", 6.41),
                                                                     ("UZB", "CIS", 44.63)]


def test_header_cells_naming_the_permit_kind_after_the_permits_give_their_columns_the_kind():
    """"Residence permits temporary | Residence permits permanent | Migrant workers registered"
    (a two-row header flattened) under a caption naming "permit holders" (blind round46, 2023q2
    tables-fpdf, Table 3)."""
    cands = assemble(block("2. Residence", "heading", 12.0),
                     block("Table 3. Nationality of permit holders and registered workers, Q2 2024 (% of each total)",
                           "heading", 9.0),
                     _trow("Nationality", "Residence permits temporary", "Residence permits permanent",
                           "Migrant workers registered"),
                     _trow("Uzbekistan", "47.5", "15.5", "52.5"))
    assert sorted((r[0], r[3]) for r in rows(cands)) == [("permanent_residence_permits", 15.5),
                                                         ("registered_migrant_workers", 52.5),
                                                         ("temporary_residence_permits", 47.5)]


def test_a_chart_of_all_nationalities_keys_no_group():
    cands = assemble(block("1. Arrivals", "heading", 12.0),
                     block("Figure 1. Arrivals by nationality, CIS and non-CIS, April–June 2024 (persons)", "heading", 8.0),
                     _trow("Kyrgyzstan", "650,500"), _trow("China", "40,500"))
    assert [r[6] for r in rows(cands)] == [None, None]


def test_the_conversion_rate_in_a_section_of_no_figures_is_still_read():
    cands = assemble(block("About this bulletin", "heading", 12.0),
                     block("The team collated 14 datasets from 6 bodies. Amounts in dollars are converted at the "
                           "quarter's average rate of 470.25 tenge per US dollar. The spot rate of 480.5 KZT per "
                           "dollar on 30 June 2024 is given for reference only."))
    assert rows(cands) == [fig("exchange_rate", "average", "KZT_per_USD", 470.25)]


@pytest.mark.parametrize("text", [
    "About 37.5 billion tenge was sent abroad every month.",       # "every month" after the amount
    "On average, about 37.5 billion tenge was sent abroad.",       # "On average," then a hedge
])
def test_an_amount_sent_every_month_or_on_average_is_a_monthly_average(text):
    assert rows(assemble(block("4. Remittances", "heading"), block(text))) == [
        fig("remittances_sent", "monthly_average", "KZT", 37.5e9)]


def test_share_columns_naming_no_metric_hold_the_shares_of_the_column_left_of_them():
    # "Sent from Kazakhstan | Share, % | Received in Kazakhstan | Share, %" under a caption naming
    # no direction, after a text figure of incoming transfers (MET:share-beside)
    cands = assemble(block("4. Remittances", "heading"),
                     block("Incoming transfers reached KZT 47.9 billion in the quarter."),
                     block("Table 2. Remittances by partner country, April–June 2024 (billion KZT)", "heading", 8.0),
                     _trow("Country", "Sent from Kazakhstan", "Share, %", "Received in Kazakhstan", "Share, %"),
                     _trow("Uzbekistan", "17.2", "15.28", "2.2", "4.59"))
    shares = [r for r in rows(cands) if r[1] == "share"]
    assert shares == [fig("remittances_received", "share", "percent", 4.59, "UZB"),
                      fig("remittances_sent", "share", "percent", 15.28, "UZB")]


def test_amounts_in_a_bracket_right_after_a_named_share_are_that_names():
    # "Korea ranked second at 12.3% (KZT 11.9 bn, US$23.8 million) and the USA third": the
    # bracket's amounts are Korea's, not the USA's after it (ENT:share-bracket)
    cands = assemble(block("5.2 Transfers to Kazakhstan", "heading"),
                     block("Transfers to Kazakhstan came chiefly from Russia. The Republic of Korea ranked second "
                           "at 12.3% (KZT 11.9 bn, US$23.8 million) and the USA third at 10.1% (KZT 9.8 billion, "
                           "US$19.6 million)."))
    got = {(r[2], r[3]): r[4] for r in rows(cands) if r[1] == "total"}
    assert got == {("KZT", 11.9e9): "KOR", ("USD", 23.8e6): "KOR", ("KZT", 9.8e9): "USA", ("USD", 19.6e6): "USA"}


def test_the_group_a_share_is_the_main_source_of_is_its_base():
    # "Uzbekistan kept its place as the main source of CIS arrivals (44.1%)": Uzbekistan's share
    # of the CIS arrivals, not the CIS's share
    cands = assemble(block("1. Arrivals", "heading"),
                     block("Uzbekistan kept its place as the main source of CIS arrivals (44.1%)."))
    assert rows(cands) == [fig("arrivals", "share", "percent", 44.1, "UZB", group="CIS")]


def test_a_subsection_on_foreign_workers_names_their_metric():
    cands = assemble(block("4.1 Foreign workers in Kazakhstan", "heading"),
                     block("Registrations rose by 7.9 per cent compared with January–March 2024. Uzbek "
                           "nationals made up 52.4% of them."))
    assert rows(cands) == [fig("registered_migrant_workers", "change", "percent", 7.9, compared=Q1),
                           fig("registered_migrant_workers", "share", "percent", 52.4, "UZB")]


def test_a_text_share_a_table_restates_under_its_group_takes_the_group():
    # "Uzbekistan (44.12%)" in the text and the table's "44.12" in a column of shares within
    # the group, under the CIS row: one figure, the CIS's (GRP:from-table)
    from extractor.pipeline import merge

    cands = assemble(block("1. Arrivals", "heading"),
                     block("Uzbekistan (44.12%) and the Russian Federation (25.87%) led the inflow."),
                     block("Table 1. Arrivals of foreign nationals by nationality, April–June 2024", "heading", 8.0),
                     _trow("Nationality", "Arrivals, persons", "Share within group, %"),
                     _trow("CIS member states", "3,318,540", "100.00"),
                     _trow("Uzbekistan", "1,464,210", "44.12"),
                     _trow("Russian Federation", "858,470", "25.87"))
    match_legends(cands)
    shares = sorted((f.country, f.group, len(f.mentions)) for f in merge(cands, {}) if f.statistic == "share")
    assert shares == [("RUS", "CIS", 2), ("UZB", "CIS", 2)]


def test_rows_named_amount_under_a_row_section_read_their_unit_cell():
    # "Remittances sent from Kazakhstan" over "Amount | KZT bn | ..." and "Amount | USD m | ..."
    # (TAB:amount-row; "USD m" a unit cell like "USD mn")
    cands = assemble(block("5. Month by month", "heading"),
                     block("Table 3. Money transfers by month, April–June 2024", "heading", 8.0),
                     _trow("Indicator", "Unit", "April", "May"),
                     _trow("Remittances sent from Kazakhstan"),
                     _trow("Amount", "KZT bn", "68.3", "70.9"),
                     _trow("Amount", "USD m", "146.3", "151.9"))
    got = {(r[2], r[3], r[7]) for r in rows(cands)}
    assert got == {("KZT", 68.3e9, ("2024-04-01", "2024-04-30")), ("KZT", 70.9e9, ("2024-05-01", "2024-05-31")),
                   ("USD", 146.3e6, ("2024-04-01", "2024-04-30")), ("USD", 151.9e6, ("2024-05-01", "2024-05-31"))}
    assert all(c.metric == "remittances_sent" and "TAB:amount-row" in c.rules for c in cands)


def test_a_row_labelled_as_an_average_holds_monthly_averages():
    # "Average per month" under the months of a transfers table, and a comparison table's
    # "Transfers sent, monthly average, KZT bn" row: monthly averages, not totals (TAB:average-row)
    cands = assemble(block("5. Remittances", "heading"),
                     block("Table 4. Money transfers by month, April–June 2024 (KZT billion)", "heading", 8.0),
                     _trow("Month", "Sent, KZT bn", "Received, KZT bn"),
                     _trow("April 2024", "68.9", "41.8"),
                     _trow("Average per month", "77.13", "54.17"),
                     block("6. Comparison with earlier quarters", "heading"),
                     block("Table 6. Q2 2024 against the previous quarter", "heading", 8.0),
                     _trow("Indicator", "Q2 2024", "Q1 2024"),
                     _trow("Transfers sent, monthly average, KZT bn", "77.13", "47.97"))
    averages = {(c.metric, float(c.value), c.period) for c in cands if c.statistic == "monthly_average"}
    assert averages == {("remittances_received", 54.17e9, Q2), ("remittances_sent", 47.97e9, Q1),
                        ("remittances_sent", 77.13e9, Q2)}
    assert not [c for c in cands if c.statistic == "total" and float(c.value) in (77.13e9, 47.97e9, 54.17e9)]


def test_citizens_who_left_for_jobs_abroad_are_emigrant_workers():
    cands = assemble(block("In focus", "heading"),
                     block("1,284 citizens left for jobs abroad through licensed recruitment agencies in the quarter."))
    assert rows(cands) == [fig("emigrant_workers", "total", "persons", 1284)]


def test_a_text_share_whose_metric_comes_from_before_takes_the_metric_of_the_table_restating_it():
    # the paragraph's last metric is departures; the table restates "44.18" as Uzbekistan's share
    # of the CIS arrivals: the text share is of arrivals (MET:from-table)
    cands = assemble(block("1. Border crossings", "heading"),
                     block("Departures ran lower: 3,018,774 foreign nationals left the country. Within the CIS "
                           "group, Uzbekistan led with 44.18%."),
                     block("Table 1. Arrivals by nationality, April–June 2024", "heading", 8.0),
                     _trow("Nationality", "Arrivals, persons", "Share of group, %"),
                     _trow("CIS member states", "2,903,400", "100.0"),
                     _trow("Uzbekistan", "1,282,722", "44.18"))
    match_legends(cands)
    text = [c for c in cands if c.text == "44.18%"]
    assert [(c.metric, c.group) for c in text] == [("arrivals", "CIS")] and "MET:from-table" in text[0].rules


def test_a_unit_line_naming_what_a_charts_thousands_count_scales_its_values():
    # "thousand arrivals, April–June 2024" under a chart of "1,340.9" and "35.8": thousands, the
    # line put at its caption's end (tables.caption_units)
    from extractor.tables import caption_units

    blocks = caption_units((block("1. Arrivals", "heading"),
                            block("Figure 1. Arrivals of foreign nationals by country of nationality, top five",
                                  "heading", 9.0),
                            _trow("Uzbekistan", "1,340.9"), _trow("Russian Federation", "774.7"), _trow("China", "35.8"),
                            block("thousand arrivals, April–June 2024", "legend", 7.4)))
    assert rows(assemble(*blocks)) == [fig("arrivals", "total", "persons", 35800, "CHN"),
                                       fig("arrivals", "total", "persons", 774700, "RUS"),
                                       fig("arrivals", "total", "persons", 1340900, "UZB")]


def test_a_row_naming_a_change_holds_each_columns_change_against_the_period_it_names():
    """TAB:change-row: "Change on Q1 2024, % (in tenge) | −6.7 | – | −8.0 | –" under amount
    columns of each direction (blind round42, 2023q4 tables-reportlab, Table 5): changes of
    the columns' metrics against Q1, the dashes no figures."""
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Table 5. Money transfers of individuals by month", "heading", 9.0),
                        _trow("Month", "Sent from Kazakhstan KZT billion", "Sent from Kazakhstan USD million",
                              "Received in Kazakhstan KZT billion", "Received in Kazakhstan USD million"),
                        _trow("Total, Q2 2024", "225.5", "484.4", "74.4", "159.7"),
                        _trow("Change on Q1 2024, % (in tenge)", "−6.7", "–", "−8.0", "–")))
    changes = [r for r in got if r[1] == "change"]
    assert changes == [fig("remittances_received", "change", "percent", -8.0, compared=Q1),
                       fig("remittances_sent", "change", "percent", -6.7, compared=Q1)]


def test_a_names_first_line_over_its_row_joins_the_rows_label():
    """A country's name wrapped in its cell, the figures level with its second line ("Russian"
    over "Federation | 58.2 | 114.4"): one label; a row group's label over its rows ("CIS
    member states") names a group of its own and stays a row (blind round42, 2025q1
    twocol-reportlab, Table 1)."""
    from extractor.tables import wrapped_row_labels

    def boxed(text, top, cells=()):
        return Block(page=1, kind="table", text=text, size=8.0, cells=tuple(cells),
                     boxes=tuple((40.0 + 4 * k, top, 44.0 + 4 * k, top + 8) for k in range(len(text))))
    blocks = (boxed("CIS member states", 90, [(0, 17)]), boxed("Uzbekistan 31.9 62.7", 100, [(0, 10), (11, 15), (16, 20)]),
              boxed("Russian", 110, [(0, 7)]), boxed("Federation 58.2 114.4", 119.5, [(0, 10), (11, 15), (16, 21)]))
    out = wrapped_row_labels(blocks, find_entities)
    assert [b.text for b in out] == ["CIS member states", "Uzbekistan 31.9 62.7", "Russian Federation 58.2 114.4"]
    row = out[-1]
    assert [row.text[a:b] for a, b in row.cells] == ["Russian Federation", "58.2", "114.4"]
    assert len(row.boxes) == len(row.text)


def test_a_map_legends_classes_are_no_figures():
    """A tile map's legend, "7,000+", "3,000–6,999", "under 1,000" under the section's total:
    class bounds, not counts; the total stays as stated (blind designer47, 2024q1 chromium)."""
    got = rows(assemble(block("4. Labour migration", "heading", 12.0),
                        block("Employers registered 60.5 thousand foreign workers in the quarter."),
                        block("7,000+", "legend", 7.0), block("3,000–6,999", "legend", 7.0),
                        block("under 1,000", "legend", 7.0)))
    assert got == [fig("registered_migrant_workers", "total", "persons", 60500)]


def test_a_names_last_line_under_its_row_joins_the_rows_label_though_set_a_little_off():
    """A country's name wrapped in its cell, the figures level with its first line ("United" |
    8.9 | 18.6 over "States", set a few points left of the first line; "Republic of" over
    "Korea"): one label each; a group's own label under a row ("Non-CIS countries") stays a row
    (blind round46, 2024q3 word, Table 2)."""
    from extractor.tables import wrapped_row_labels

    def boxed(text, top, cells=(), left=40.0):
        return Block(page=1, kind="table", text=text, size=8.0, cells=tuple(cells),
                     boxes=tuple((left + 4 * k, top, left + 4 + 4 * k, top + 8) for k in range(len(text))))
    blocks = (boxed("United 8.9 18.6", 100, [(0, 6), (7, 10), (11, 15)], left=48.0), boxed("States", 109.5, [(0, 6)]),
              boxed("Republic of 7.5 15.5", 120, [(0, 11), (12, 15), (16, 20)], left=48.0),
              boxed("Korea", 129.5, [(0, 5)]),
              boxed("Georgia 6.5 13.5", 140, [(0, 7), (8, 11), (12, 16)], left=48.0),
              boxed("Non-CIS countries", 149.5, [(0, 17)]))
    out = wrapped_row_labels(blocks, find_entities)
    assert [b.text for b in out] == ["United States 8.9 18.6", "Republic of Korea 7.5 15.5", "Georgia 6.5 13.5",
                                     "Non-CIS countries"]
    assert [out[0].text[a:b] for a, b in out[0].cells] == ["United States", "8.9", "18.6"]


def test_a_table_of_months_by_group_column_keys_each_column_by_its_group_the_all_column_by_none():
    """"Month | CIS member states | Non-CIS countries | All nationalities" over months, and a
    change row under it (blind round43, 2025q3 tables-fpdf, Table 2): each group column's cells
    are of its group, the "All" column's of none, and so are the changes."""
    got = rows(assemble(block("2. Departures", "heading", 12.0),
                        block("Table 2. Departures of foreign nationals by month, Q2 2024, persons", "heading", 9.0),
                        _trow("Month", "CIS member states", "Non-CIS countries", "All nationalities"),
                        _trow("April 2024", "1,048,250", "29,850", "1,078,100"),
                        _trow("Change vs Q1 2024, %", "+9.5", "+5.5", "+9.0")))
    assert got == sorted([
        fig("departures", "total", "persons", 1048250, group="CIS", period=("2024-04-01", "2024-04-30")),
        fig("departures", "total", "persons", 29850, group="non-CIS", period=("2024-04-01", "2024-04-30")),
        fig("departures", "total", "persons", 1078100, period=("2024-04-01", "2024-04-30")),
        fig("departures", "change", "percent", 9.5, group="CIS", compared=Q1),
        fig("departures", "change", "percent", 5.5, group="non-CIS", compared=Q1),
        fig("departures", "change", "percent", 9.0, compared=Q1)])


def test_a_remark_column_is_no_value_column_and_its_words_leave_the_figure_they_run_into():
    """A "Remark" column right of the figures, empty on most rows (one cell fewer), its words
    run into the last figure's cell on others (blind designer42, 2024q3 word, Table 2)."""
    got = rows(assemble(block("4. Remittances", "heading", 12.0),
                        block("Table 2. Money transfers by country, April–June 2024", "heading", 9.0),
                        _trow("Country", "Sent KZT bn", "Sent Share, %", "Received KZT bn", "Received Share, %", "Remark"),
                        _trow("Uzbekistan", "27.5", "16.5", "3.5", "5.5"),
                        _trow("Russian Federation", "52.5", "31.5", "27.5", "43.5 largest partner in both directions")))
    assert fig("remittances_received", "share", "percent", 43.5, "RUS") in got
    assert fig("remittances_sent", "total", "KZT", 27.5e9, "UZB") in got
    assert fig("remittances_received", "share", "percent", 5.5, "UZB") in got


def test_a_caption_giving_each_direction_a_note_sources_each_directions_cells_by_it():
    """FN:table-direction: "... by country (sent²⁴; received²⁵)": sent cells take 24, received 25."""
    from extractor.types import Marker
    cap = "Table 2. Money transfers by country, April–June 2024 (sent; received)"
    caption = Block(page=1, kind="heading", text=cap, size=9.0, boxes=tuple((0.0, 0.0, 1.0, 1.0) for _ in cap),
                    markers=(Marker("24", cap.index(";"), (0, 0, 1, 1)), Marker("25", cap.index(")"), (0, 0, 1, 1))))
    cands = assemble(block("4. Remittances", "heading", 12.0), caption,
                     _trow("Country", "Sent KZT bn", "Received KZT bn"), _trow("Uzbekistan", "27.5", "3.5"))
    got = {(c.metric, c.text): c.footnotes for c in cands}
    assert got == {("remittances_sent", "27.5"): ["24"], ("remittances_received", "3.5"): ["25"]}


def test_a_note_line_naming_a_year_between_caption_and_header_keeps_the_caption():
    # "Share of total in per cent; change against January–March 2024 in per cent." between the
    # caption and the header: a year is no figure, so the caption's metric and scale still hold
    cands = assemble(block("1. Entries", "heading", 12.0),
                     block("The number of departures rose by 14.5 per cent."),
                     block("Table 1. Entries of foreign nationals by citizenship, Q2 2024 (thousand persons)", "heading", 9.0),
                     block("Share of total in per cent; change against January–March 2024 in per cent.", "legend", 8.0),
                     _placed_row(("Citizenship", 0), ("Entries", 100), ("Change vs Q1 2024, %", 200)),
                     _placed_row(("Uzbekistan", 0), ("1,402.5", 100), ("+18.5", 200)))
    got = {(c.metric, c.statistic, c.value) for c in cands if c.block.kind == "table"}
    assert ("arrivals", "total", 1402500) in got and ("arrivals", "change", 18.5) in got, got


def test_a_row_naming_a_metric_holds_for_the_rows_under_it():
    # "Temporary residence permits" and "Permanent residence permits" as rows of words inside a
    # table of both: each names the metric of the rows under it (MET:row-section)
    cands = assemble(block("2. Residence permits", "heading", 12.0),
                     block("Table 2. Residence permits granted by type and citizenship, Q2 2024", "heading", 9.0),
                     _placed_row(("Permit type / citizenship", 0), ("Persons", 100)),
                     _placed_row(("Temporary residence permits", 0)),
                     _placed_row(("Uzbekistan", 0), ("14,250", 100)),
                     _placed_row(("Permanent residence permits", 0)),
                     _placed_row(("Russian Federation", 0), ("1,285", 100)))
    assert rows(cands) == sorted([fig("temporary_residence_permits", "total", "persons", 14250, "UZB"),
                                  fig("permanent_residence_permits", "total", "persons", 1285, "RUS")])


def test_metricless_shares_opening_a_paragraph_take_the_sibling_metric_its_next_sentence_names():
    # the paragraph before ended on departures; the shares' own paragraph goes on "Among visitors
    # from outside the Commonwealth": arrivals (MET:next-sentence)
    from tests.test_rules import block as marked
    cands = assemble(block("1. Border crossings", "heading", 12.0),
                     marked("Border posts recorded 3,400,500 arrivals and 3,300,500 departures.", markers=[("1", "departures.")]),
                     marked("Of the departures, 3,050,500 concerned CIS nationals.", markers=[("2", "nationals.")]),
                     marked("Within the CIS group, citizens of Uzbekistan (41.5%) formed the largest contingent, ahead "
                            "of Russia (28.5%). Among visitors from outside the Commonwealth, China accounted for 34.5 "
                            "percent.", markers=[("3", "percent.")]))
    shares = {(c.metric, c.country) for c in cands if c.statistic == "share"}
    assert shares == {("arrivals", "UZB"), ("arrivals", "RUS"), ("arrivals", "CHN")}, shares


def test_header_cells_in_a_charts_title_type_keep_the_titles_metric_for_the_rows():
    """TITLE:header-line: "Remittances sent by country of destination" over the header cells
    "Remittances sent" and "Country" set in its type, after a paragraph on transfers received
    (blind designer57, 2023q3 chromium2): the rows are transfers sent, not the paragraph's
    direction; a cell naming another metric is no part of the title."""
    def read(cell: str):
        return rows(assemble(block("5. Money transfers", "heading", 12.0),
                             block("Transfers to Kazakhstan came to KZT 41.5 billion in the quarter."),
                             _placed("Remittances sent by country of destination, April–June 2024", "heading", 100),
                             _placed(cell, "heading", 113), _placed("Country", "heading", 120),
                             _trow("KZT bn", "Share, %"), _trow("Georgia", "61.5", "30.5")))
    sent = read("Remittances sent")
    assert [r[:2] for r in sent if r[4] == "GEO"] == [("remittances_sent", "share"), ("remittances_sent", "total")]
    assert not any(r[4] == "GEO" and r[0] == "remittances_sent" for r in read("Transfers received"))


def test_a_captions_thousands_do_not_scale_a_count_printed_in_full():
    # "thousand arrivals" over bars labelled "July 2025 | 1,204,115" (blind round58, 2025q3
    # onecol-reportlab): in thousands the count would pass MAX_PERSONS, so it was printed in
    # full; a count printed in thousands beside it is still scaled
    from extractor.tables import caption_units

    blocks = caption_units((block("1. Arrivals", "heading"),
                            block("Figure 1. Arrivals of foreign nationals by month", "heading", 9.0),
                            _trow("April", "1,204,115"), _trow("May", "1,187.4"),
                            block("thousand arrivals, April–June 2024", "legend", 7.4)))
    values = sorted(r[3] for r in rows(assemble(*blocks)))
    assert values == [1187400, 1204115]


def test_a_marker_closing_a_clause_sources_the_rest_of_its_sentence():
    """"... in the quarter;¹⁴ Russians made up 38.5 per cent of them ... . As of 31 December ...¹⁵":
    the marker that closes the sentence's first clause sources the shares after it, not the next
    sentence's marker (blind round56, 2024q4 onecol-reportlab); a marker on a term mid-clause
    still leaves the amount to the next marker (FN:paragraph-next)."""
    from extractor.attach import footnotes_for
    from extractor.types import Marker

    def source(first: str) -> list[str]:
        text = first + " Russians made up 38.5 per cent of them. As of 30 June 2024, 31,500 lived here."
        at1, at2 = text.index(first) + len(first) - 1, len(text)
        markers = (Marker("14", at1, (0.0, 0.0, 1.0, 1.0)), Marker("15", at2, (0.0, 0.0, 1.0, 1.0)))
        b = Block(page=1, kind="body", text=text, boxes=tuple((0.0, 0.0, 1.0, 1.0) for _ in text), size=9.0,
                  markers=markers)
        end = text.index(". As of") + 1
        return footnotes_for(b, 0, end, text.index("38.5") + 4, None)[0]
    assert source("Permanent residence was granted to 2,300 people in the quarter;") == ["14"]
    assert source("Permanent residence went to citizens of CIS member states and") == ["15"]


def test_a_table_set_on_its_side_reads_each_column_as_its_place():
    """TAB:transposed: "Indicator | Almaty city | Astana | Other regions | Kazakhstan, total" over
    a row of counts and a row of shares (blind designer59, 2023q1 word, Table 3): each column is
    its region, the remainder column none, the country's column the total (its 100.0 no share)."""
    got = rows(assemble(block("4. Labour migration", "heading", 12.0),
                        block("Table 3. Registered migrant workers by region, Q2 2024", "heading", 9.0),
                        _trow("Indicator", "Almaty city", "Astana", "Other regions", "Kazakhstan, total"),
                        _trow("Registered workers, persons", "14,500", "11,500", "15,500", "41,500"),
                        _trow("Share of national total, %", "34.9", "27.7", "37.3", "100.0")))
    assert got == sorted([fig("registered_migrant_workers", "total", "persons", 14500, region="KZ-75"),
                          fig("registered_migrant_workers", "total", "persons", 11500, region="KZ-71"),
                          fig("registered_migrant_workers", "total", "persons", 41500),
                          fig("registered_migrant_workers", "share", "percent", 34.9, region="KZ-75"),
                          fig("registered_migrant_workers", "share", "percent", 27.7, region="KZ-71")])


def test_a_direction_column_gives_each_row_its_direction():
    """MET:row-section: "Direction | Country | KZT billion | Share of total, %" over "Sent |
    Russian Federation | ..." and "Received | Russian Federation | ..." (blind round61, 2022q1
    twocol-fpdf): each row is of the direction its first cell names."""
    got = rows(assemble(block("5. Remittances", "heading", 12.0),
                        block("Table 1. Remittances by country, April – June 2024", "heading", 9.0),
                        _trow("Direction", "Country", "KZT billion", "Share of total, %"),
                        _trow("Sent", "Russian Federation", "47.5", "34.5"),
                        _trow("Received", "Russian Federation", "38.5", "53.5")))
    assert got == sorted([fig("remittances_sent", "total", "KZT", 47.5e9, "RUS"),
                          fig("remittances_sent", "share", "percent", 34.5, "RUS"),
                          fig("remittances_received", "total", "KZT", 38.5e9, "RUS"),
                          fig("remittances_received", "share", "percent", 53.5, "RUS")])


def test_a_share_column_naming_its_group_keys_shares_by_the_row_group_opened_between_the_rows():
    """"CIS member states | Arrivals | Share of CIS arrivals, %" over its countries, then "Non-CIS
    countries | Share of non-CIS arrivals, %" between the rows: each country's share is of the
    group its rows stand under (GRP:share-head)."""
    got = rows(assemble(block("Table 2. Arrivals by nationality, April – June 2024", "heading", 9.0),
                        _trow("CIS member states", "Arrivals", "Share of CIS arrivals, %"),
                        _trow("Uzbekistan", "1,300,500", "45.5"), _trow("Kyrgyzstan", "640,500", "21.5"),
                        _trow("Non-CIS countries", "Share of non-CIS arrivals, %"),
                        _trow("Türkiye", "–", "38.5"), _trow("China", "–", "27.5")))
    shares = sorted((r[4], r[6], r[3]) for r in got if r[1] == "share")
    assert shares == [("CHN", "non-CIS", 27.5), ("KGZ", "CIS", 21.5), ("TUR", "non-CIS", 38.5), ("UZB", "CIS", 45.5)]


def test_a_direction_cell_naming_the_reporting_country_leads_a_row_named_by_its_country_cell():
    """"Direction | Country | KZT billion | USD million | Share, %" with rows "Sent from
    Kazakhstan | Russian Federation | 71.3 | ..." and "Received in Kazakhstan | USA | ...": each
    row is its country's, in the direction its first cell names (MET:row-section)."""
    got = rows(assemble(block("Table 1. Money transfers by country, April–June 2024", "heading", 9.0),
                        _trow("Direction", "Country", "KZT billion", "USD million", "Share, %"),
                        _trow("Sent from Kazakhstan", "Russian Federation", "70.5", "135.5", "35.5"),
                        _trow("Received in Kazakhstan", "Germany", "6.5", "12.5", "6.5")))
    assert [(r[0], r[1], r[4], r[3]) for r in got if r[1] == "share"] == [
        ("remittances_received", "share", "DEU", 6.5), ("remittances_sent", "share", "RUS", 35.5)]
    assert len(got) == 6


def test_a_table_going_on_at_a_pages_top_keeps_its_columns_before_the_next_caption():
    """A table broken by a page end goes on at the next page's top with no header, and the next
    chart's caption "Figure 1. ..." follows with rows of its own: the caption is not moved above
    the continued rows (TAB:caption-below is for a caption under its own rows)."""
    from extractor.tables import captions_first
    rows_ = (_trow("Türkiye", "37.5", "17.5"), _trow("Georgia", "17.5", "8.5"))
    caption = block("Figure 1. Share of outgoing transfers by destination, Q2 2024 (%)", "heading", 9.0)
    chart = (_trow("Russian Federation", "38.5%"), _trow("Türkiye", "17.5%"))
    got = captions_first(rows_ + (caption,) + chart)
    assert [b.text for b in got] == [b.text for b in rows_ + (caption,) + chart]
    moved = captions_first((block("Text before the chart."),) + chart + (caption,))
    assert moved[1].text == caption.text


def test_a_side_by_side_header_run_together_is_cut_into_its_two_halves():
    # "Nationality | % | Region | %" came as three header cells ("% Region" run together); the
    # halves repeat "%", and the names under "Nationality" and "Region" head each half's values
    header = _placed_row(("Nationality", 0), ("%", 100), ("Region", 160), ("%", 300))
    header = replace(header, cells=(header.cells[0], (header.cells[1][0], header.cells[2][1]), header.cells[3]))
    cands = assemble(block("Table 4. Registered migrant workers by nationality and region, Q2 2024", "heading", 9.0),
                     header,
                     _placed_row(("Kyrgyzstan", 0), ("41.5", 100), ("Astana", 160), ("22.5", 300)),
                     _placed_row(("Turkmenistan", 0), ("8.5", 100), ("Aktobe region", 160), ("6.25", 300)))
    assert rows(cands) == sorted([fig("registered_migrant_workers", "share", "percent", 41.5, "KGZ"),
                                  fig("registered_migrant_workers", "share", "percent", 22.5, region="KZ-71"),
                                  fig("registered_migrant_workers", "share", "percent", 8.5, "TKM"),
                                  fig("registered_migrant_workers", "share", "percent", 6.25, region="KZ-15")])


def test_a_side_by_side_header_naming_a_metric_over_each_half_keys_that_halfs_shares():
    # "Temporary permits % Permanent permits %": each half's name column names its metric; a
    # last row with names in the second half only (a longer list) is that half's
    header = _placed_row(("Temporary permits", 0), ("%", 120), ("Permanent permits", 160), ("%", 300))
    header = replace(header, cells=(header.cells[0], (header.cells[1][0], header.cells[2][1]), header.cells[3]))
    cands = assemble(block("Table 3. Residence permits by nationality, Q2 2024 (share, %)", "heading", 9.0),
                     header,
                     _placed_row(("Armenia", 0), ("52.5", 120), ("Georgia", 160), ("61.5", 300)),
                     _placed_row(("Mongolia", 160), ("4.5", 300)))
    assert rows(cands) == sorted([fig("temporary_residence_permits", "share", "percent", 52.5, "ARM"),
                                  fig("permanent_residence_permits", "share", "percent", 61.5, "GEO"),
                                  fig("permanent_residence_permits", "share", "percent", 4.5, "MNG")])


def test_a_names_cell_listing_its_values_each_with_a_unit_gives_each_value():
    # a chart drawn as rows of a name and one cell of values set apart by dots
    cands = assemble(block("Chart. Remittances received by Kazakhstan, main countries of origin, Q2 2024", "heading", 8.5),
                     _trow("Georgia", "KZT 6.5 bn · USD 13.5 m · 7.5%"),
                     _trow("Armenia", "KZT 2.25 bn · USD 4.75 m · 2.5%"))
    assert rows(cands) == sorted([fig("remittances_received", "total", "KZT", 6.5e9, "GEO"),
                                  fig("remittances_received", "total", "USD", 13.5e6, "GEO"),
                                  fig("remittances_received", "share", "percent", 7.5, "GEO"),
                                  fig("remittances_received", "total", "KZT", 2.25e9, "ARM"),
                                  fig("remittances_received", "total", "USD", 4.75e6, "ARM"),
                                  fig("remittances_received", "share", "percent", 2.5, "ARM")])


def test_header_cells_set_as_headings_under_a_title_that_is_no_caption_head_its_rows():
    # a title in small type (no "Table N."), then each header cell a heading of its own, a
    # group's name, and the rows: the columns come from the headings' places
    def cell(text, x, top):
        return Block(page=1, kind="heading", text=text,
                     boxes=tuple((x + 5 * i, top, x + 5 * i + 5, top + 8.0) for i in range(len(text))), size=8.0)
    def row(top, *cells):
        r = _placed_row(*cells)
        return replace(r, boxes=tuple((a, top, c, top + 8.0) for a, _, c, _ in r.boxes))
    cands = assemble(cell("Remittances sent from Kazakhstan by destination, Q2 2024", 0, 0.0),
                     cell("Destination", 0, 20.0), cell("KZT bn", 100, 28.0), cell("USD m", 200, 28.0),
                     cell("Share, %", 300, 28.0), cell("Non-CIS countries", 0, 40.0),
                     row(52.0, ("Georgia", 0), ("12.5", 100), ("27.5", 200), ("6.5", 300)))
    assert rows(cands) == sorted([fig("remittances_sent", "total", "KZT", 12.5e9, "GEO"),
                                  fig("remittances_sent", "total", "USD", 27.5e6, "GEO"),
                                  fig("remittances_sent", "share", "percent", 6.5, "GEO")])


def test_a_value_list_amount_with_a_scale_but_no_currency_takes_the_titles_currency():
    cands = assemble(block("Figure 7. Transfers to Kazakhstan by country of origin, KZT billion and share of total",
                           "heading", 8.5),
                     _trow("Georgia", "6.5 bn · 7.5%"))
    assert rows(cands) == sorted([fig("remittances_received", "total", "KZT", 6.5e9, "GEO"),
                                  fig("remittances_received", "share", "percent", 7.5, "GEO")])


def test_a_legend_row_ending_in_a_remainder_with_no_value_gives_the_others():
    # a donut's legend set as cells, its last entry the rest of the circle with no value
    cands = assemble(block("Figure 4. Structure of remittances received, by country of origin (%)", "heading", 9.0),
                     _trow("Georgia (12.5%)", "Armenia (7.5%)", "Other"))
    assert rows(cands) == sorted([fig("remittances_received", "share", "percent", 12.5, "GEO"),
                                  fig("remittances_received", "share", "percent", 7.5, "ARM")])


def _heading_at(text: str, x: float, top: float, size: float = 8.0) -> Block:
    return Block(page=1, kind="heading", text=text,
                 boxes=tuple((x + 5 * i, top, x + 5 * i + 5, top + size) for i in range(len(text))), size=size)


def test_another_charts_legend_set_beside_a_title_is_neither_its_header_nor_its_rows():
    # a donut's legend row (right half of the page) that the reading order put between a column
    # chart's title (left half) and its month rows
    legend = _placed_row(("Georgia (12.5%)", 320), ("Armenia (7.5%)", 420), ("All other origins", 520))
    cands = assemble(block("4. Remittances", "heading", 12.0),
                     _heading_at("Remittances sent by month, KZT billion", 0, 0.0),
                     legend, _placed_row(("April", 0), ("61.5", 60)), _placed_row(("May", 0), ("62.5", 60)))
    assert rows(cands) == sorted([fig("remittances_sent", "total", "KZT", 61.5e9, period=("2024-04-01", "2024-04-30")),
                                  fig("remittances_sent", "total", "KZT", 62.5e9, period=("2024-05-01", "2024-05-31"))])


@pytest.mark.parametrize("title, april", [
    ("Remittances sent by month, KZT billion", [fig("remittances_sent", "total", "KZT", 61.5e9, period=("2024-04-01", "2024-04-30"))]),
    # no unit in the title: the table's "KZT bn" column before it does not reach its rows
    ("Remittances sent by month", []),
])
def test_a_titles_heading_after_a_table_is_no_row_group_of_that_table(title, april):
    # "Remittances sent by month[, KZT billion]" under a table of transfers by country, in its
    # rows' type: a new chart's title (it names a unit, or "by month"), not a direction's row group
    cands = assemble(block("4. Remittances", "heading", 12.0),
                     block("Remittances received by Kazakhstan from abroad, Q2 2024", "heading", 8.0),
                     _trow("Country", "KZT bn", "Share, %"), _trow("Georgia", "6.5", "8.5"),
                     block(title, "heading", 8.0),
                     _trow("April", "61.5") if april else _trow("April", "61.5", "25.5"))
    assert rows(cands) == sorted([fig("remittances_received", "total", "KZT", 6.5e9, "GEO"),
                                  fig("remittances_received", "share", "percent", 8.5, "GEO")] + april)


def placed_line(pieces, top, kind="table", size=9.0, advance=5.0):
    """A line of header cells or values, each piece (text, x) set from x with characters
    `advance` wide, one cell each."""
    from extractor.types import Block
    text, boxes, cells = "", [], []
    for word, x in pieces:
        if text:
            text += " "
            boxes.append(boxes[-1])
        cells.append((len(text), len(text) + len(word)))
        boxes += [(x + advance * i, top, x + advance * (i + 1), top + size) for i in range(len(word))]
        text += word
    return Block(page=1, kind=kind, text=text, boxes=tuple(boxes), size=size, cells=tuple(cells))


def test_header_cells_set_flush_left_over_values_set_flush_right_head_the_values_after_them():
    """"Country | Sent | Share of sent, % | Received | Share of" over "received, %" and rows
    whose figures are set flush right (blind round62, 2026q1 Word, Table 2): "Received", over
    no value's middle and nearer the share before it, heads the value after it."""
    from extractor.assemble import _heads_over
    line = placed_line
    header = line([("Country", 62.0), ("Sent", 160.0), ("Share of sent, %", 257.0), ("Received", 355.0),
                   ("Share of", 452.0)], 211.0)
    tail = line([("received, %", 452.0)], 223.0, "heading")
    row = line([("Georgia", 62.0), ("77.9", 226.0), ("38.6", 324.0), ("28.4", 421.0), ("44.2", 519.0)], 237.0)
    heads, _ = _heads_over((header, tail), row)
    assert heads[1:] == ["Sent", "Share of sent, %", "Received", "Share of received, %"]


def test_merged_cells_side_by_side_over_the_header_each_head_the_columns_centred_under_them():
    """TAB:group-heads: "Remittances sent" centred over "KZT bn | USD m | Share, %" beside
    "Remittances received" centred over "KZT bn | Share, %" (blind designer70, 2022q1
    reportlab, Table 1): each value column takes the merged cell it stands under."""
    from extractor.assemble import _heads_over

    def line(pieces, top, kind="heading"):
        return placed_line(pieces, top, kind, size=8.0, advance=4.0)
    upper = [line([("Remittances sent", 180.0)], 80.0), line([("Remittances received", 304.0)], 80.0),
             line([("Country", 42.0)], 89.0)]
    lower = line([("KZT bn", 150.0), ("USD m", 202.0), ("Share, %", 250.0), ("KZT bn", 306.0), ("Share, %", 354.0)], 98.0)
    row = line([("Georgia", 42.0), ("52.3", 155.0), ("118.4", 205.0), ("36.7", 258.0), ("31.7", 310.0),
                ("54.3", 362.0)], 134.0, "table")
    heads, _ = _heads_over(tuple(upper) + (lower,), row)
    assert heads[1:] == ["Remittances sent KZT bn", "Remittances sent USD m", "Remittances sent Share, %",
                         "Remittances received KZT bn", "Remittances received Share, %"]


def test_a_rows_label_that_names_the_group_its_shares_are_of_gives_them_that_group():
    # a chart's title read as the group label of its rows and run into each name: "share of
    # non-CIS arrivals" says the shares are of that group (blind designer73, 2024q2 reportlab)
    got = rows(assemble(block("2. Arrivals", "heading", 12.0), block("Arrivals reached 2.9 million."),
                        _trow("Arrivals from non-CIS countries, share of non-CIS arrivals, %", "Germany", "6.5%")))
    assert fig("arrivals", "share", "percent", 6.5, "DEU", group="non-CIS") in got


def test_a_column_headed_by_a_period_on_a_period_holds_that_change():
    """"Direction | Q2 2024 on Q1 2024 | Q2 2024 on Q2 2023" under "Change in money transfers, %"
    (blind round75, 2023q1 tables-fpdf, Table 4a): a header that sets one period on another is a
    change column, of the first against the second, not a column of shares."""
    got = rows(assemble(block("4. Remittances", "heading", 12.0),
                        block("Table 4a. Change in money transfers, %", "heading", 9.0),
                        _trow("Direction", "Q2 2024 on Q1 2024", "Q2 2024 on Q2 2023"),
                        _trow("Sent from Kazakhstan", "−12.5", "+8.1")))
    assert got == sorted([
        fig("remittances_sent", "change", "percent", -12.5, compared=Q1),
        fig("remittances_sent", "change", "percent", 8.1, compared=("2023-04-01", "2023-06-30"))])
    # the header's first period is the change's own, even where it is not the report's
    got = rows(assemble(block("4. Remittances", "heading", 12.0),
                        block("Table 4b. Change in money transfers, %", "heading", 9.0),
                        _trow("Direction", "Q1 2024 on Q1 2023"),
                        _trow("Received in Kazakhstan", "−4.0")))
    assert got == [fig("remittances_received", "change", "percent", -4.0, period=Q1,
                       compared=("2023-01-01", "2023-03-31"))]


def test_a_card_under_a_countrys_name_in_heading_type_is_that_countrys():
    """ENT:card-name: an "In focus" panel of cards, each a country's name in bold over a line of
    its figures (blind designer61, 2024q2 word, page 1): the figures are the country's, and a
    middle dot joins the amount to its share (ENT:amount-share)."""
    got = rows(assemble(block("Where incoming money came from", "heading", 10.0),
                        _placed("Türkiye", "heading", 100.0),
                        _placed("12.5 bn KZT · 15.5% of all transfers to Kazakhstan", "body", 111.0),
                        _placed("Germany", "heading", 140.0),
                        _placed("6.5 bn KZT · 8.0% of all transfers to Kazakhstan", "body", 151.0)))
    assert got == sorted([
        fig("remittances_received", "total", "KZT", 12.5e9, "TUR"),
        fig("remittances_received", "share", "percent", 15.5, "TUR"),
        fig("remittances_received", "total", "KZT", 6.5e9, "DEU"),
        fig("remittances_received", "share", "percent", 8.0, "DEU")])
    # a line set well apart from the name, or naming a country of its own, is not its card
    apart = rows(assemble(block("Where incoming money came from", "heading", 10.0),
                          _placed("Türkiye", "heading", 100.0),
                          _placed("12.5 bn KZT came from China.", "body", 140.0)))
    assert [r[4] for r in apart] == ["CHN"]


def test_counts_labelled_with_people_in_a_list_under_an_event_are_its_participants():
    """"■ police officers: 18" under a paragraph naming a round table (blind designer5, 2025q3
    chromium): the label names people, so the count is of participants, though no word after it
    does and no verb says they took part."""
    got = rows(assemble(block("5. Events", "heading", 12.0),
                        block("On 17 June 2024 IOM held a round table in Almaty on safe recruitment:"),
                        block("■ police officers: 18"), block("■ NGO staff: 12")))
    day = ("2024-06-17", "2024-06-17")
    assert got == sorted([fig("training_participants", "total", "persons", 18, group="police", period=day),
                          fig("training_participants", "total", "persons", 12, group="ngo", period=day)])


def test_a_wider_header_row_under_a_table_opens_a_table_of_its_own():
    """TAB:new-header: "Destination country | Remittances sent KZT bn | ... USD m | ... Share, %"
    right under a monthly table of two columns of values (blind designer75, 2025q1 chromium2): a
    header with more cells than the table above has columns starts a new table, and its rows
    are read by its own columns."""
    got = rows(assemble(block("4. Remittances", "heading", 12.0),
                        block("Transfers by month, April – June 2024, KZT billion", "heading", 9.0),
                        _trow("Sent from Kazakhstan", "Received in Kazakhstan"),
                        _trow("Apr 2024", "51.5", "22.5"),
                        _trow("Destination country", "Remittances sent KZT bn", "Remittances sent USD m",
                              "Remittances sent Share, %"),
                        _trow("Georgia", "12.5", "27.5", "8.5")))
    assert fig("remittances_sent", "total", "KZT", 12.5e9, "GEO") in got
    assert fig("remittances_sent", "total", "USD", 27.5e6, "GEO") in got
    assert fig("remittances_sent", "share", "percent", 8.5, "GEO") in got

    # a row of marks under a tile map's names is no header: the rows after it keep their columns
    got = rows(assemble(block("3. Labour migration", "heading", 12.0),
                        block("Figure 2. Foreign workers by region (persons)", "heading", 9.0),
                        _trow("Region", "Persons"), _trow("Atyrau", "3,504"),
                        _trow("Turkestan", "Zhambyl", "Jetisu"), _trow("·", "·", "·"),
                        _trow("Shymkent", "857")))
    assert fig("registered_migrant_workers", "total", "persons", 857, region="KZ-79") in got


def test_a_header_naming_a_currency_under_a_charts_rows_opens_a_table_of_its_own():
    """TAB:new-header with two cells: "Month | USD m" under the rows of a chart titled in KZT
    ("April | 58.5"): the rows after it are in its currency, not the chart's."""
    got = rows(assemble(block("4. Remittances", "heading", 12.0),
                        block("Figure 3. Money sent abroad by month, KZT billion", "legend", 8.0),
                        _trow("April", "58.5"), _trow("May", "61.5"),
                        _trow("Month", "USD m"), _trow("April", "125.5"), _trow("May", "131.0")))
    assert fig("remittances_sent", "total", "KZT", 58.5e9, period=("2024-04-01", "2024-04-30")) in got
    assert fig("remittances_sent", "total", "USD", 125.5e6, period=("2024-04-01", "2024-04-30")) in got
    assert fig("remittances_sent", "total", "USD", 131.0e6, period=("2024-05-01", "2024-05-31")) in got


def test_a_charts_rows_with_no_unit_are_read_under_the_caption_set_below_them():
    """LAY:caption-below: "sent | received" over rows of months, the unit only in the caption
    under the chart ("Figure 6. ... KZT billion."): the rows are read again under it."""
    got = rows(assemble(block("4. Remittances", "heading", 12.0), block("Transfers by month", "heading", 12.0),
                        _trow("sent", "received"), _trow("April", "41.5", "12.5"), _trow("May", "43.5", "11.5"),
                        block("Figure 6. Money sent from and received by Kazakhstan by month, KZT billion.",
                              "legend", 7.0)))
    april, may = ("2024-04-01", "2024-04-30"), ("2024-05-01", "2024-05-31")
    assert got == sorted([fig("remittances_sent", "total", "KZT", 41.5e9, period=april),
                          fig("remittances_received", "total", "KZT", 12.5e9, period=april),
                          fig("remittances_sent", "total", "KZT", 43.5e9, period=may),
                          fig("remittances_received", "total", "KZT", 11.5e9, period=may)])


def test_a_column_of_changes_on_the_previous_month_compares_each_month_with_the_one_before():
    """CMP:row-month-before: "Change on previous month, %" beside rows of months: May against
    April, June against May; a quarter's row under it states no such change."""
    got = rows(assemble(block("4. Remittances", "heading", 12.0),
                        block("Table 3. Money sent abroad by month, 2024", "heading", 9.0),
                        _trow("Month", "KZT billion", "Change on previous month, %"),
                        _trow("May", "61.5", "+4.5"), _trow("June", "58.5", "-4.9"), _trow("Q2 2024", "180.5", "+2.5")))
    changes = [r for r in got if r[1] == "change"]
    assert changes == sorted([
        fig("remittances_sent", "change", "percent", 4.5, period=("2024-05-01", "2024-05-31"),
            compared=("2024-04-01", "2024-04-30")),
        fig("remittances_sent", "change", "percent", -4.9, period=("2024-06-01", "2024-06-30"),
            compared=("2024-05-01", "2024-05-31"))])


def test_a_strip_of_figures_each_before_its_name_gives_each_figure_the_name_after_it():
    """ENT:value-first: "42.5% Russian Federation 12.5% Germany 8.5% Republic of Korea" (key
    figures over their names, read as one line): not 12.5% to Russia, the name before it."""
    got = rows(assemble(block("4. Remittances", "heading", 12.0),
                        block("Money received came from a few countries only."),
                        block("42.5% Russian Federation 12.5% Germany 8.5% Republic of Korea")))
    assert [(r[3], r[4]) for r in got] == [(8.5, "KOR"), (12.5, "DEU"), (42.5, "RUS")]


def test_running_text_naming_a_chart_is_no_caption_of_one():
    """"Chart 4 shows the monthly pattern; ..." is a sentence, its figures read: no caption
    (with no stop after its number, a caption's words start in capitals: "Figure 2 Arrivals
    by month")."""
    from extractor.tables import FIGURE_CAPTION
    assert not FIGURE_CAPTION.match("Chart 4 shows the monthly pattern; the months came to 1.5, 2.5 and 3.5.")
    assert FIGURE_CAPTION.match("Figure 2 Arrivals by month") and FIGURE_CAPTION.match("Figure 2. arrivals")
    got = rows(assemble(block("4. Remittances", "heading", 12.0), block("Money sent abroad kept growing."),
                        block("Chart 4 shows the monthly pattern; in dollar terms the three months came to 101.5, "
                              "104.5 and 110.5 million USD respectively.")))
    assert [r[3] for r in got] == [101.5e6, 104.5e6, 110.5e6]


def test_a_caption_saying_shares_are_of_each_group_gives_the_rows_under_a_group_row_that_group():
    """"Table 1. ... (% of the group total)" over "Country | Arrivals, % | Departures, %", the rows
    under "CIS member states" and "Non-CIS countries": each share is of its row group."""
    got = rows(assemble(block("2. Border crossings", "heading", 12.0),
                        block("Table 1. Arrivals and departures by nationality, Q2 2024 (% of the group total)",
                              "heading", 9.0),
                        _trow("Country", "Arrivals, %", "Departures, %"), _trow("CIS member states"),
                        _trow("Kyrgyzstan", "21.5", "22.5"), _trow("Non-CIS countries"), _trow("India", "12.5", "11.5")))
    assert fig("arrivals", "share", "percent", 21.5, "KGZ", group="CIS") in got
    assert fig("departures", "share", "percent", 11.5, "IND", group="non-CIS") in got


def test_a_legend_cell_for_the_rest_with_its_own_share_is_no_figure_and_keeps_the_others():
    """"Russian Federation (46.3%) | Republic of Korea (10.2%) | USA (8.5%) | Other countries
    (35.0%)" under a pie's caption: the remainder's cell names no country, and the three before
    it are still the legend's shares (blind designer82, 2022q2 word, Figure 4)."""
    cands = assemble(block("4. Remittances", "heading", 12.0),
                     block("Figure 4. Remittances received by sending country, share of total, Q2 2024", "heading", 8.0),
                     placed_row("Russian Federation (46.3%)", "Republic of Korea (10.2%)", "USA (8.5%)",
                                "Other countries (35.0%)"))
    assert rows(cands) == sorted([fig("remittances_received", "share", "percent", 46.3, "RUS"),
                                  fig("remittances_received", "share", "percent", 10.2, "KOR"),
                                  fig("remittances_received", "share", "percent", 8.5, "USA")])


def test_a_tiles_zero_with_its_remark_in_heading_type_does_not_end_the_map():
    """"0 (no registrations)" in a tile's large type between the tiles of a map of regions: no
    heading that would end the map's caption for the tiles after it (blind designer82, 2022q2
    word, Figure 3)."""
    cands = assemble(block("4. Labour migration", "heading", 12.0),
                     block("Figure 3. Registered migrant workers by region, share of national total, April–June 2024 (%)",
                           "heading", 8.0),
                     placed_row("Atyrau", "10.6%"), block("0 (no registrations)", "heading", 11.0),
                     placed_row("Mangystau", "11.2%"))
    assert [(r[5], r[3]) for r in rows(cands)] == [("KZ-23", 10.6), ("KZ-47", 11.2)]


def test_legend_cells_under_a_title_naming_one_group_are_shares_of_that_group():
    """GRP:title-count for TAB:legend-cell: "Kyrgyz Republic (20.35%) | Tajikistan (7.02%)" under
    "Arrivals from CIS member states by citizenship, ... % of CIS arrivals", with no row of groups
    over them, are shares within the CIS (blind designer82, 2025q2 chromium2)."""
    cands = assemble(block("1. Arrivals", "heading", 12.0),
                     block("Figure 2. Arrivals from CIS member states by citizenship, Q2 2024, % of CIS arrivals",
                           "heading", 8.0),
                     placed_row("Kyrgyz Republic (20.35%)", "Tajikistan (7.02%)"))
    assert rows(cands) == sorted([fig("arrivals", "share", "percent", 20.35, "KGZ", group="CIS"),
                                  fig("arrivals", "share", "percent", 7.02, "TJK", group="CIS")])


def test_legend_entries_under_a_heading_naming_a_metric_are_its_shares():
    """"Russia (40.5%)" | "USA (12.7%)", each a legend line, under the heading "Incoming transfers
    by country of origin (share of KZT amount)" (no "Figure N."): the heading titles them
    (blind designer83, 2024q1 chromium2)."""
    cands = assemble(block("4. Remittances", "heading", 12.0),
                     block("Incoming transfers by country of origin (share of KZT amount)", "heading", 11.0),
                     block("Russia (40.5%)", "legend", 8.0), block("USA (12.7%)", "legend", 8.0))
    assert rows(cands) == sorted([fig("remittances_received", "share", "percent", 40.5, "RUS"),
                                  fig("remittances_received", "share", "percent", 12.7, "USA")])


@pytest.mark.parametrize("entry", ["{name} — {value}%", "{name}: {value}%", "{name} {value} %"])
def test_legend_entries_with_a_dash_or_colon_under_a_heading_naming_a_metric_are_its_shares(entry):
    """"Russian Federation — 58.2%", each a legend line, under "INCOMING TRANSFERS BY COUNTRY OF
    ORIGIN, SHARE OF TOTAL, %" (blind designer88, 2022q1 chromium2)."""
    cands = assemble(block("6. Where the money came from", "heading", 12.0),
                     block("MONEY RECEIVED BY COUNTRY OF ORIGIN, SHARE OF TOTAL, %", "heading", 10.0),
                     block(entry.format(name="Republic of Korea", value="33.5"), "legend", 8.0),
                     block(entry.format(name="Germany", value="8.5"), "legend", 8.0))
    assert rows(cands) == sorted([fig("remittances_received", "share", "percent", 33.5, "KOR"),
                                  fig("remittances_received", "share", "percent", 8.5, "DEU")])


def test_a_charts_values_in_large_type_over_its_legend_do_not_end_its_title():
    """"44.9" | "12.0" in large type over a pie's slices, then its legend lines "Russian Federation
    – 44.9%": the values are no headings that end the chart, its legend keeps the title's metric
    (blind designer80, 2022q1 chromium2)."""
    cands = assemble(block("4. Remittances", "heading", 12.0),
                     block("Money received by country of origin, share of total, %", "heading", 8.4),
                     block("33.5", "heading", 10.2), block("8.5", "heading", 10.2),
                     block("Republic of Korea – 33.5%", "legend", 7.3), block("Germany – 8.5%", "legend", 7.3))
    assert rows(cands) == sorted([fig("remittances_received", "share", "percent", 33.5, "KOR"),
                                  fig("remittances_received", "share", "percent", 8.5, "DEU")])


def test_a_row_of_cells_each_a_name_and_its_share_without_percent_under_a_title_in_percent():
    """"Russia 52.9 | USA 10.0 | Rep. of Korea 8.7 | Other 23.1", one chart's legend read as one
    row of cells, under "Chart 3. Remittances received by country of origin, share of total, %"
    (blind designer81, 2022q3 chromium)."""
    title = block("Chart 3. Money received by country of origin, share of total, %", "heading", 7.3)
    title = replace(title, boxes=tuple((30.0 + 3 * i, 90.0, 33.0 + 3 * i, 98.0) for i in range(len(title.text))))
    cands = assemble(block("4. Remittances", "heading", 12.0), title,
                     placed_row("Armenia 33.5", "Rep. of Korea 8.5", "Other 58.0", pitch=90.0))
    assert rows(cands) == sorted([fig("remittances_received", "share", "percent", 33.5, "ARM"),
                                  fig("remittances_received", "share", "percent", 8.5, "KOR")])


def test_a_donuts_centre_label_in_capitals_is_the_group_of_its_legend():
    """"CIS" in heading type in a donut's centre, over "arrivals", then its legend lines: the
    lines are shares within the CIS, under the chart's title (blind designer89, 2024q3 chromium2)."""
    cands = assemble(block("1. Cross-border mobility", "heading", 12.5),
                     block("Arrivals by nationality, Q2 2024 (share, %)", "heading", 8.5),
                     block("CIS", "heading", 8.5), block("arrivals", "legend", 7.5),
                     block("Armenia 38.5%", "body", 9.0), block("Georgia 20.5%", "body", 9.0))
    assert rows(cands) == sorted([fig("arrivals", "share", "percent", 38.5, "ARM", group="CIS"),
                                  fig("arrivals", "share", "percent", 20.5, "GEO", group="CIS")])


def test_a_group_heading_with_its_total_in_brackets_is_the_next_part_of_the_chart():
    """"Non-CIS countries (150.4 thousand)" over the second part of a chart of shares within each
    group: the part's heading, not a heading that ends the chart, so its rows keep the title's
    metric (blind designer85, 2024q1 reportlab, Figure 1)."""
    cands = assemble(block("1. Border crossings", "heading", 12.0),
                     block("Arrivals numbered 2.6 million, departures 2.5 million."),
                     block("Figure 1. Arrivals by citizenship, share within each group, %", "heading", 9.5),
                     block("CIS member states (2.45 million)", "heading", 8.0),
                     placed_row("Uzbekistan", "41.0%"),
                     block("Non-CIS countries (150.4 thousand)", "heading", 8.0),
                     placed_row("India", "30.5%"))
    shares = [r for r in rows(cands) if r[1] == "share"]
    assert shares == sorted([fig("arrivals", "share", "percent", 41.0, "UZB", group="CIS"),
                             fig("arrivals", "share", "percent", 30.5, "IND", group="non-CIS")])


def test_a_unit_line_titles_a_chart_whose_labels_and_values_stand_far_apart():
    """TAB:gapped-row under TITLE:unit-subtitle: "Incoming transfers, USD million" in body type
    under a card's heading in capitals, over lines "April" ... "118.2" whose label and value stand
    far apart on one line (bars between them): each line is a month's amount (blind designer85,
    2024q1 reportlab, "SENT BY MONTH")."""
    def line(*args):
        return replace(placed_line(*args), cells=())      # one line, as the layout gives it
    cands = assemble(block("RECEIVED BY MONTH", "heading", 10.0),
                     block("Incoming transfers, USD million", "body", 7.8),
                     line([("April", 46.0), ("118.2", 120.0)], 112.0, "legend", 7.0, 3.5),
                     line([("May", 46.0), ("121.9", 131.0)], 142.0, "legend", 7.0, 3.5),
                     block("May was the strongest month.", "body", 7.8))
    assert rows(cands) == sorted([
        fig("remittances_received", "total", "USD", 118.2e6, period=("2024-04-01", "2024-04-30")),
        fig("remittances_received", "total", "USD", 121.9e6, period=("2024-05-01", "2024-05-31"))])


def test_a_line_whose_words_run_on_is_no_row_of_two_cells():
    """A legend line set close ("April 118.2") stays a line: only a gap of several font sizes
    between a label and a value makes two cells (TAB:gapped-row)."""
    from extractor.assemble import _gapped_row
    close = placed_line([("April", 46.0), ("118.2", 67.0)], 112.0, "legend", 7.0, 3.5)
    far = placed_line([("April", 46.0), ("118.2", 120.0)], 112.0, "legend", 7.0, 3.5)
    close, far = replace(close, cells=()), replace(far, cells=())
    assert _gapped_row(close) == close
    assert _gapped_row(far).cells == ((0, 5), (6, 11)) and _gapped_row(far).kind == "table"


def test_a_group_named_amid_a_charts_legend_lines_scopes_those_after_it():
    """A donut's centre label "non-CIS" read between its legend lines: the lines after it are
    shares within that group (blind designer85, 2022q3 chromium2)."""
    cands = assemble(block("1. Arrivals", "heading", 12.0),
                     block("Figure 2. Arrivals by citizenship, Q2 2024, %", "heading", 9.0),
                     block("China 35.2%", "legend", 7.6), block("non-CIS", "body", 7.9),
                     block("India 12.9%", "legend", 7.6), block("Germany 6.0%", "legend", 7.6))
    after = [r for r in rows(cands) if r[4] in ("IND", "DEU")]
    assert after == sorted([fig("arrivals", "share", "percent", 12.9, "IND", group="non-CIS"),
                            fig("arrivals", "share", "percent", 6.0, "DEU", group="non-CIS")])


def test_a_tiles_name_with_none_in_heading_type_does_not_end_the_map():
    """"Abay none" in large type amid a tile map's tiles: a tile with no value, not a heading that
    would end the map for the tiles after it (blind designer84, 2024q2 word, Figure 4)."""
    cands = assemble(block("4. Labour migration", "heading", 12.0),
                     block("Figure 4. Registered migrant workers by region, share of national total, %", "heading", 9.0),
                     placed_row("Atyrau", "10.6%"), block("Abay none", "heading", 11.0),
                     placed_row("Mangystau", "11.2%"))
    assert [(r[5], r[3]) for r in rows(cands)] == [("KZ-23", 10.6), ("KZ-47", 11.2)]


def test_a_figure_stated_with_its_scale_and_again_without_takes_the_scaled_value():
    """"96.3 KZT" among key figures and "96.3 billion tenge" in the text are one figure: its value
    is the one printed with its scale, whichever comes first (blind designer86, 2024q3 word)."""
    cands = assemble(block("3. Remittances", "heading", 12.0), block("Transfers received: 76.5 KZT.", "body"),
                     block("Transfers to Kazakhstan amounted to 76.5 billion tenge in the quarter."))
    infer_scales(cands)
    got = [f for f in merge(cands, {}) if f.metric == "remittances_received"]
    assert [(f.value, len(f.mentions)) for f in got] == [(76.5e9, 2)]



def test_a_directions_one_word_labels_a_row_of_a_remittance_tables_changes():
    """"Sent | +3.1 | -9.5" and "Received | -2.6 | -12.6" under "Table 6. Change in remittance
    volumes, per cent" (blind round88, 2023q4 tables-fpdf): the rows are the two directions."""
    rows_ = [_trow("Flow", "Q2 2024 vs Q1 2024", "Q2 2024 vs Q2 2023"), _trow("Sent", "+3.1", "-9.5"),
             _trow("Received", "-2.6", "-12.6")]
    cands = assemble(block("4. Remittances", "heading", 12.0),
                     block("Table 6. Change in remittance volumes (KZT), per cent", "heading", 8.8), *rows_)
    q2_2023 = ("2023-04-01", "2023-06-30")
    assert rows(cands) == sorted([fig("remittances_sent", "change", "percent", 3.1, compared=Q1),
                                  fig("remittances_sent", "change", "percent", -9.5, compared=q2_2023),
                                  fig("remittances_received", "change", "percent", -2.6, compared=Q1),
                                  fig("remittances_received", "change", "percent", -12.6, compared=q2_2023)])


def test_a_header_cells_unit_in_body_type_joins_the_header_lines_in_heading_type():
    """TAB:header-lines: "Country" | "Remittances sent" | "Remittances received" in heading type,
    "KZT bn" | "Share, %" under each in body type (blind designer87, 2025q1 reportlab): the rows
    read against the whole header."""
    line = placed_line
    cands = assemble(block("4. Remittances", "heading", 12.0),
                     block("Table 1. Remittances by country, April–June 2024", "body", 8.0),
                     line([("Country", 42.0)], 287.0, "heading", 8.5),
                     line([("Remittances sent", 251.0)], 269.0, "heading", 8.5),
                     line([("KZT bn", 233.0)], 288.0, "body", 8.0), line([("Share, %", 310.0)], 288.0, "body", 8.0),
                     line([("Remittances received", 406.0)], 269.0, "heading", 8.5),
                     line([("KZT bn", 403.0)], 288.0, "body", 8.0), line([("Share, %", 490.0)], 288.0, "body", 8.0),
                     line([("Georgia", 54.0), ("12.4", 240.0), ("6.1", 318.0), ("3.6", 410.0), ("4.0", 497.0)], 323.0))
    assert rows(cands) == sorted([fig("remittances_sent", "total", "KZT", 12.4e9, "GEO"),
                                  fig("remittances_sent", "share", "percent", 6.1, "GEO"),
                                  fig("remittances_received", "total", "KZT", 3.6e9, "GEO"),
                                  fig("remittances_received", "share", "percent", 4.0, "GEO")])


def test_mentions_that_disagree_keep_the_texts_value_not_a_chart_labels():
    """"non-CIS: 180,120" (the departures' label) set beside the arrivals' bar disagrees with the
    text's "190.4 thousand": the figure keeps the text's value, flagged mentions_disagree, though
    the label prints more digits (blind designer87, 2023q3 chromium2)."""
    cands = assemble(block("1. Border crossings", "heading", 12.0),
                     block("Arrivals from non-CIS countries came to 190.4 thousand in the quarter."),
                     block("Figure 1. Arrivals by origin group, Q2 2024", "heading", 8.0),
                     block("non-CIS: 180,120", "legend", 5.0))
    got = [f for f in merge(cands, {}) if f.group == "non-CIS"]
    assert [(f.value, len(f.mentions), "mentions_disagree" in f.flags) for f in got] == [(190400.0, 2, True)]


def test_a_share_in_the_text_after_another_metrics_sentence_takes_the_metric_of_a_legend_restating_it():
    """MET:from-table for a chart's legend: "Within the CIS group, Uzbekistan led with a share of
    44.18%" after a sentence on departures, and "Uzbekistan (44.18%)" under "CIS ARRIVALS BY
    NATIONALITY, %": the text's share is of arrivals (blind designer87, 2023q3 chromium2)."""
    cands = assemble(block("1. Border crossings", "heading", 12.0),
                     block("Arrivals reached 3.1 million. Departures followed the same split, with 2.9 million."),
                     block("Within the CIS group, Uzbekistan led with a share of 44.18%."),
                     block("CIS ARRIVALS BY NATIONALITY, %", "heading", 9.5), block("Uzbekistan (44.18%)", "legend", 8.5))
    match_legends(cands)
    text = [c for c in cands if c.block.kind == "body" and c.country == "UZB"]
    assert [(c.metric, "MET:from-table" in c.rules) for c in text] == [("arrivals", True)]


def test_a_months_row_naming_its_direction_after_a_dash_is_that_directions_month():
    """"April – sent | 61.5" and "April – received | 23.5" under "Figure 1. Monthly money
    transfers, KZT billion" (blind designer90, 2024q2 word): each row is its month's transfers in
    the direction its label names; a label with no direction word gives none."""
    rows_ = [_trow("April – sent", "61.5"), _trow("May – sent", "66.5"), _trow("April – received", "23.5"),
             _trow("Received (May)", "24.5"), _trow("April – total", "85.0")]
    cands = assemble(block("4. Remittances", "heading", 12.0),
                     block("Figure 1. Monthly money transfers, KZT billion, April–June 2024", "heading", 8.8), *rows_)
    april, may = ("2024-04-01", "2024-04-30"), ("2024-05-01", "2024-05-31")
    assert rows(cands) == sorted([fig("remittances_sent", "total", "KZT", 61.5e9, period=april),
                                  fig("remittances_sent", "total", "KZT", 66.5e9, period=may),
                                  fig("remittances_received", "total", "KZT", 23.5e9, period=april),
                                  fig("remittances_received", "total", "KZT", 24.5e9, period=may)])


def test_a_line_naming_the_metric_right_under_rows_that_gave_nothing_titles_them():
    """LAY:caption-below: "Month | KZT bn | USD m" and a row per month under a sidebar's heading
    that names no metric give nothing, until the line right under them says what they are
    ("Outgoing transfers, National" / "Bank data": blind designer47, 2024q1 chromium); a line of
    the same words further down the page titles nothing."""
    line = placed_line
    table = [line([("Month", 40.0), ("KZT bn", 120.0), ("USD m", 170.0)], 100.0),
             line([("April 2024", 40.0), ("60.5", 120.0), ("130.5", 170.0)], 112.0),
             line([("May 2024", 40.0), ("62.5", 120.0), ("134.5", 170.0)], 124.0)]

    def sent(gap: float) -> list:
        under = line([("Outgoing transfers, National", 40.0)], 133.0 + gap, "legend", 7.5)
        cands = assemble(block("4. Remittances", "heading", 12.0), block("Month by month", "heading", 10.5),
                         *table, under, line([("Bank data.", 40.0)], 141.5 + gap, "legend", 7.5))
        return sorted((c.unit, float(c.value), c.period) for c in cands if c.metric == "remittances_sent")
    april, may = ("2024-04-01", "2024-04-30"), ("2024-05-01", "2024-05-31")
    assert sent(3.0) == [("KZT", 60.5e9, april), ("KZT", 62.5e9, may), ("USD", 130.5e6, april), ("USD", 134.5e6, may)]
    assert sent(60.0) == []


def test_a_tile_maps_cell_saying_none_is_a_count_of_none_and_a_zero_share_no_figure():
    """CUE:zero-word: "Ulytau | none" among a tile map's shares (blind designer81, 2023q2
    chromium2) is a count of 0 for the region (flag zero_from_words); "Abay | 0.0%" restates a
    share of nothing and stays no figure (CUE:zero-share)."""
    cands = assemble(block("2. Residence", "heading", 12.0),
                     block("Figure 3. Permanent residents by region, share of the national total, %, as of 30 June 2024",
                           "heading", 8.8),
                     _trow("Almaty city", "18.5%"), _trow("Ulytau", "none"), _trow("Abay", "0.0%"))
    assert rows(cands) == sorted([
        fig("permanent_residents", "share", "percent", 18.5, region="KZ-75", period=("2024-06-30", "2024-06-30")),
        fig("permanent_residents", "total", "persons", 0, region="KZ-62", period=("2024-06-30", "2024-06-30"))])
    zero = next(c for c in cands if c.region == "KZ-62")
    assert "zero_from_words" in zero.flags and "CUE:zero-word" in zero.rules


@pytest.mark.parametrize("cell_a,cell_b", [("68.5 (150.5)", "72.5 (158.5)"), ("68.5 (USD 150.5 m)", "72.5 (USD 158.5 m)")])
def test_a_value_with_its_other_currency_in_brackets_under_a_caption_of_two_currencies(cell_a, cell_b):
    """TAB:currency-pair: "July 2024 | 68.5 (150.5)" under "Remittances sent by month, KZT billion
    (USD million)" (blind designer83, 2023q3 word; designer96, 2022q2 reportlab) is KZT 68.5
    billion and USD 150.5 million; under a caption of one currency the cell is no pair."""
    july, august = ("2024-07-01", "2024-07-31"), ("2024-08-01", "2024-08-31")
    cands = assemble(block("4. Remittances", "heading", 12.0),
                     block("Figure 3. Remittances sent by month, KZT billion (USD million)", "heading", 8.5),
                     _trow("July 2024", cell_a), _trow("August 2024", cell_b), start=date(2024, 7, 1), end=date(2024, 9, 30))
    assert rows(cands) == sorted([fig("remittances_sent", "total", "KZT", 68.5e9, period=july),
                                  fig("remittances_sent", "total", "USD", 150.5e6, period=july),
                                  fig("remittances_sent", "total", "KZT", 72.5e9, period=august),
                                  fig("remittances_sent", "total", "USD", 158.5e6, period=august)])
    one = assemble(block("4. Remittances", "heading", 12.0),
                   block("Figure 3. Remittances sent by month, KZT billion", "heading", 8.5),
                   _trow("July 2024", cell_a), start=date(2024, 7, 1), end=date(2024, 9, 30))
    assert not any(c.unit == "USD" for c in one)


def test_a_series_value_printed_in_its_own_currency_goes_with_the_series_naming_it():
    """TAB:own-currency: "Jul 2024 | $162.5M | 78.5 | 20.5" under "sent from Kazakhstan (USD
    equivalent below) | received in Kazakhstan" in a chart titled "... (KZT billion)" (blind
    designer96, 2024q3 chromium2): KZT 78.5 billion sent, KZT 20.5 billion received, USD 162.5
    million sent."""
    july = ("2024-07-01", "2024-07-31")
    cands = assemble(block("4. Remittances", "heading", 12.0),
                     block("Money transfers, month by month (KZT billion)", "heading", 10.5),
                     _trow("sent from Kazakhstan (USD equivalent below)", "received in Kazakhstan"),
                     _trow("Jul 2024", "$162.5M", "78.5", "20.5"), start=date(2024, 7, 1), end=date(2024, 9, 30))
    assert rows(cands) == sorted([fig("remittances_sent", "total", "USD", 162.5e6, period=july),
                                  fig("remittances_sent", "total", "KZT", 78.5e9, period=july),
                                  fig("remittances_received", "total", "KZT", 20.5e9, period=july)])


def test_a_chart_titled_where_transfers_went_is_of_money_sent():
    """"WHERE TRANSFERS WENT, SHARE" over "Georgia | 31.5%" (blind designer96, 2024q3 chromium2):
    the destinations of money sent (cues.json DIR:sent)."""
    cands = assemble(block("4. Remittances", "heading", 12.0), block("WHERE TRANSFERS WENT, SHARE", "heading", 10.5),
                     _trow("Georgia", "31.5%"), _trow("Armenia", "18.5%"))
    assert rows(cands) == sorted([fig("remittances_sent", "share", "percent", 31.5, "GEO"),
                                  fig("remittances_sent", "share", "percent", 18.5, "ARM")])


def test_a_direction_row_label_with_its_unit_under_month_columns_in_a_section_on_transfers():
    """"Month (2024) | April | May | June" over "Sent, KZT billion | 80.5 | 85.5 | 90.5", the
    caption under the table: the row's one direction word names the section's transfers, its
    unit after the comma (blind designer108, 2022q4 word)."""
    cands = assemble(block("5. Money transfers", "heading", 12.0),
                     _trow("Month (2024)", "April", "May", "June"),
                     _trow("Sent, KZT billion", "80.5", "85.5", "90.5"))
    assert rows(cands) == sorted(fig("remittances_sent", "total", "KZT", v * 1e9, period=p) for v, p in (
        (80.5, ("2024-04-01", "2024-04-30")), (85.5, ("2024-05-01", "2024-05-31")), (90.5, ("2024-06-01", "2024-06-30"))))


def test_a_country_outside_the_group_a_row_opened_takes_the_complement_for_its_share_within_group():
    """"CIS member states | ..." over its countries, then "Other countries | ...", then "Georgia |
    21,540 | 35.50 | ...": Georgia's share within its group is of the non-CIS group, its counts
    keyed by no group (blind designer106, 2026q2 chromium2: the CIS group had held)."""
    cands = assemble(block("Arrivals and departures by citizenship", "heading", 12.0),
                     _trow("Citizenship", "Arrivals, persons", "Share within group, %", "Departures, persons"),
                     _trow("CIS member states", "3,150,700", "–", "3,050,300"),
                     _trow("Tajikistan", "1,305,100", "41.42", "1,290,700"),
                     _trow("Other countries", "60,500", "–", "55,300"),
                     _trow("Georgia", "21,540", "35.50", "20,950"))
    geo = [r for r in rows(cands) if r[4] == "GEO"]
    assert geo == sorted([fig("arrivals", "total", "persons", 21540, "GEO"),
                          fig("arrivals", "share", "percent", 35.5, "GEO", group="non-CIS"),
                          fig("departures", "total", "persons", 20950, "GEO")])


def test_a_second_header_of_a_label_and_a_share_unit_starts_the_next_stacked_table():
    """"Temporary residence permits | %" over its rows, then "Permanent residence permits | %"
    over others; "Sent from Kazakhstan to | %", then "Received in Kazakhstan from | %": each such
    row of words and a share's unit is the header of the rows under it (blind round111, 2026q1
    tables-chromium)."""
    cands = assemble(block("Table 3. Permits and transfers by nationality, share of the total (%), Q2 2024", "heading", 9.0),
                     _trow("Temporary residence permits", "%"), _trow("Uzbekistan", "40.5"),
                     _trow("Permanent residence permits", "%"), _trow("Georgia", "15.5"))
    assert [(c.metric, c.country) for c in cands] == [("temporary_residence_permits", "UZB"),
                                                      ("permanent_residence_permits", "GEO")]
    cands = assemble(block("5. Remittances", "heading", 12.0),
                     block("Table 6. Remittances by partner country, share of the amount (%), Q2 2024", "heading", 9.0),
                     _trow("Sent from Kazakhstan to", "%"), _trow("Georgia", "20.5"),
                     _trow("Received in Kazakhstan from", "%"), _trow("Armenia", "10.5"))
    assert [(c.metric, c.country) for c in cands] == [("remittances_sent", "GEO"), ("remittances_received", "ARM")]
