"""Every rule has an id and a sentence of our own that exercises it.

- a clause-break row (data/clauses.json) cuts its own test sentence at a break with its id;
- a frame row (data/frames.json) reads its own test sentence with that frame;
- a cue row (data/cues.json) finds its own test sentence;
- every attachment rule of data/rules.json is used by at least one of the documents below (and
  by no figure of the code that rules.json does not list).
"""
from __future__ import annotations

from dataclasses import replace
import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import extractor
from extractor.assemble import Assembler
from extractor.clauses import sentences, split_clauses
from extractor.cues import cues, direction_cues, metric_cues, section_metric
from extractor.entities import find_entities
from extractor.numbers import find_quantities, parse_number
from extractor.periods import find_periods
from extractor.pipeline import match_legends
from extractor.types import Block, Marker

DATA = Path(extractor.__file__).parent / "data"
Q2 = (date(2024, 4, 1), date(2024, 6, 30))


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text("utf-8"))


def block(text: str, kind: str = "body", size: float = 9.0, markers=(), cells=()) -> Block:
    return Block(page=1, kind=kind, text=text, boxes=tuple((0.0, 0.0, 1.0, 1.0) for _ in text), size=size,
                 markers=tuple(Marker(label, text.index(after) + len(after), (0, 0, 1, 1)) for label, after in markers),
                 cells=tuple(cells))


def placed(text: str, kind: str, top: float, size: float = 9.0) -> Block:
    """A one-line block whose characters stand 5 points apart on a line at `top`."""
    return Block(page=1, kind=kind, text=text, size=size,
                 boxes=tuple((380.0 + 5 * k, top, 385.0 + 5 * k, top + size) for k in range(len(text))))


def at(text: str, kind: str, left: float, top: float, size: float = 8.0) -> Block:
    """A one-line block from x = `left`, its characters 5 points wide, on a line at `top`."""
    return Block(page=1, kind=kind, text=text, size=size,
                 boxes=tuple((left + 5 * k, top, left + 5 * (k + 1), top + size) for k in range(len(text))))


def cells_at(cells: list[str], left: float, top: float, pitch: float = 90.0) -> Block:
    """A row of legend cells from x = `left`, `pitch` points apart, its characters 5 points wide."""
    row = table_row(*cells)
    boxes = [(left, top, left + 5.0, top + 7.0)] * len(row.text)
    for k, (a, b) in enumerate(row.cells):
        for i in range(a, b + 1 if b < len(row.text) else b):      # a cell's characters and the space after it
            x = left + k * pitch + (i - a) * 5.0
            boxes[i] = (x, top, x + 5.0, top + 7.0)
    return replace(row, boxes=tuple(boxes))


Q2_ISO = ("2024-04-01", "2024-06-30")


def table_row(*cells: str) -> Block:
    text, spans, at = "", [], 0
    for c in cells:
        spans.append((at, at + len(c)))
        text += c + " "
        at += len(c) + 1
    return block(text.rstrip(), "table", cells=spans)


def placed_row(*cells: str, pitch: float = 150.0) -> Block:
    """A table row whose k-th cell stands from x = 40 + k * pitch (its characters 5 pt wide)."""
    row = table_row(*cells)
    boxes = list(row.boxes)
    for k, (a, b) in enumerate(row.cells):
        for i in range(a, b):
            x = 40 + k * pitch + (i - a) * 5.0
            boxes[i] = (x, 100.0, x + 5.0, 109.0)
    return replace(row, boxes=tuple(boxes))


def assemble(*blocks: Block, start: date | None = None, end: date | None = None):
    asm = Assembler(*((start, end) if start else Q2), find_quantities, find_periods, find_entities, parse_number)
    for b in blocks:
        asm.block(b)
    return asm


def heading(text: str) -> Block:
    return block(text, "heading", 12.0)


# --- data rows: each fires on its own test sentence -------------------------------------------

@pytest.mark.parametrize("row", load("clauses.json")["breaks"] + load("clauses.ru.json")["breaks"],
                         ids=lambda r: r["id"])
def test_clause_break_cuts_its_sentence(row):
    text = row["test"]
    protected = [(q.start, q.end) for q in find_quantities(text)] + \
                [(p.start, p.end) for p in find_periods(text, *Q2)] + [(e.start, e.end) for e in find_entities(text)]
    rules = {c.rule for a, b in sentences(text) for c in split_clauses(text, a, b, protected)}
    assert row["id"] in rules


@pytest.mark.parametrize("row", load("frames.json")["frames"], ids=lambda r: r["id"])
def test_frame_reads_its_sentence(row):
    asm = assemble(heading("Migration situation"), block(row["test"]))
    used = {r for c in asm.candidates for r in c.rules} | {why for _, _, why in asm.rejected}
    assert row["id"] in used


CUE_ROWS = [(k, r) for k in ("metrics", "remittance_direction", "sections", "zero", "table_columns",
                             "training_groups", "count_units", "note_holders") for r in load("cues.json")[k]]
# Russian rows (data/*.ru.json) beside the English ones: each id is one of the English ids or new.
RU_CUE_ROWS = [(k, r) for k in ("metrics", "remittance_direction", "sections", "zero", "table_columns")
               for r in load("cues.ru.json")[k]]
CUE_ROWS += RU_CUE_ROWS


@pytest.mark.parametrize("kind, row", CUE_ROWS, ids=[r["id"] for _, r in CUE_ROWS])
def test_cue_row_finds_its_sentence(kind, row):
    text = row["test"]
    if kind == "metrics":
        assert row["id"] in {c.id for c in metric_cues(text)}
    elif kind == "remittance_direction":
        assert row["id"] in {c.id for c in direction_cues(text, near=True)}
    elif kind == "sections":
        assert section_metric(text)[1] == row["id"]
    else:
        before = kind == "count_units" and row.get("before")
        patterns = [p for rid, _, p in cues()[kind + ("_before" if before else "")] if rid == row["id"]]   # English and Russian rows
        if kind == "count_units":             # read on the words after a number, or before it
            q = find_quantities(text)[0]
            text = text[:q.start] if before else text[q.end:]
        assert any(p.search(text) for p in patterns)


# --- attachment rules: every id is used by a document of ours ---------------------------------

DOCUMENTS = [
    [heading("2. Non-CIS arrivals"),     # GRP:section
     block("Arrivals from outside the Commonwealth grew again."), table_row("Türkiye", "38.5%"), table_row("China", "24.5%")],
    [heading("3. Border crossings"),     # CMP:fronted
     block("Compared with January–March 2024, entries grew while exits fell by 6.5 per cent.")],
    [heading("4. Remittances"),     # TAB:currency-pair
     block("Figure 3. Remittances sent by month, KZT billion (USD million)", "heading", 8.8),
     table_row("April 2024", "60.5 (130.5)"), table_row("May 2024", "62.5 (134.5)")],
    [heading("4. Remittances"),     # TAB:own-currency
     block("Money transfers, month by month (KZT billion)", "heading", 10.5),
     table_row("sent from Kazakhstan (USD equivalent below)", "received in Kazakhstan"),
     table_row("Apr 2024", "$140.5M", "62.5", "20.5")],
    [heading("4. Remittances"),     # ENT:comment
     block("Transfers to Armenia reached 12.5 billion tenge, a share of the total amount – 6.5%; this is 14.5 per "
           "cent less than in Q1 2024.")],
    [heading("2. Residence"),     # CUE:zero-word
     block("Figure 2. Permanent residents by region, share of the national total, %, as of 30 June 2024", "heading", 8.8),
     table_row("Astana", "11.5%"), table_row("Abay", "none")],
    [heading("1. Entries and exits"),     # ENT:shared-respectively
     block("Citizens of CIS member states made 2,950,500 of the entries and 2,850,250 of the exits; nationals of "
           "non-CIS countries made 250,500 and 240,750, respectively.")],
    [heading("1. Entries and exits"),     # ENT:remainder
     block("Border posts logged 2.5 million arrivals. Sixty-two thousand four hundred arrivals, the rest, came "
           "from non-CIS countries.")],
    [heading("4. Remittances"),     # CMP:former-latter
     block("Each month KZT 70.5 billion left the country, against KZT 64.1 billion a month in the first quarter "
           "and KZT 78.9 billion in the second quarter of 2023; measured against the latter, the monthly average "
           "was 10.6 per cent lower.")],
    [heading("4. Remittances"),
     block("Transfers to Kazakhstan reached 41.5 billion tenge. Nearly half of it – 47.5%, equal to 19.5 billion "
           "tenge – came from Russia.", markers=[("9", "Russia.")])],
    [heading("1. Migration inflow"),
     block("In the second quarter of 2024, 2.9 million foreign nationals entered Kazakhstan. Of them, "
           "2.5 million came from CIS member states - Uzbekistan (44.1%), Kyrgyzstan (20.2%) - and "
           "0.4 million from non-CIS countries: China (31.5%) and India (12.1%).", markers=[("1", "(12.1%).")]),
     block("Tajikistan accounted for 9.8% of all arrivals.", markers=[("2", "arrivals.")]),
     block("Arrivals reached 2.9 million. Departures reached 2.7 million.", markers=[("2", "million.")]),
     block("Departures fell by 4.0 per cent in April and 2.0 per cent in May."),
     block("In April 2024 arrivals were led by Uzbekistan (44.0%), Kyrgyzstan (20.0%)."),
     block("Citizens of CIS member states made 2.4 million entries. Among them Uzbek nationals were most "
           "numerous at 45.0 percent."),
     block("Border traffic recovered after the closures of January 2024, and 2.1 million foreigners arrived."),
     block("In May 2024, while borders reopened, 0.7 million foreigners arrived."),
     block("The highest number of departures, 781,200, was observed in June 2024."),
     block("Arrivals from CIS member states were distributed as follows:", markers=[("9", "follows:")]),
     block("Uzbekistan (44.0%), Kyrgyzstan (21.0%)."),
     block("Arrivals from CIS member states came to 2.5 million: Uzbekistan (46.1%)."),
     block("Table 3. Arrivals by country", "heading", 9.0),
     table_row("Country", "Share, %"),
     table_row("Uzbekistan", "46.12"),
     block("Table 4. Arrivals by group", "heading", 9.0),
     table_row("Non-CIS countries", "Arrivals", "Share of non-CIS arrivals, %"),
     table_row("China", "120,500", "30.5"),
     block("Month", "heading", 9.0),
     table_row("Month", "Arrivals", "Departures"),
     table_row("April", "1,000,200", "980,100"),
     block("Departures rose by 3.5 per cent, and arrivals 2.1 per cent, compared with the previous quarter.",
           markers=[("3", "quarter.")]),
     block("The number of departures was 2.6 million. Arrivals of non-CIS nationals reached 0.4 million."),
     block("Of the non-CIS arrivals, 29.8 per cent were Chinese citizens; Türkiye and India followed "
           "with 17.5 and 11.9 per cent respectively."),
     block("In the quarter 512,300 people arrived from Central Asia, against 498,750 in the previous quarter, "
           "i.e. 2.7 per cent more."),
     block("On average 18.2 billion tenge arrived each month, 6.25 per cent less than in the first quarter."),
     block("In the quarter KZT 12.4 billion (USD 27.0 million) was received from abroad.")],
    [heading("2. Residence"),
     block("Compared with the first quarter, when 27 thousand permits were issued, temporary residence "
           "permits grew by 12.5 per cent (to 30.4 thousand)."),
     block("As of 30 June 2024, 150,200 migrants lived in Kazakhstan under a permanent residence permit. "
           "Almaty city hosted 16.0% of them. There are no registered migrants in Abay region."),
     block("Foreigners received 63,215 temporary and 8,047 permanent residence permits in the quarter."),
     block("Some 150,000 foreigners hold a permanent residence permit."),
     block("150.2 thousand permanent residents, as of 1 July 2024"),
     block("At the end of the quarter, 64,100 temporary residence permits were valid."),
     block("Kyrgyz and Tajik nationals together took 70.5 per cent of the permits."),
     block("30 participants at the Astana round table, 14–15 May 2024."),
     block("Incoming transfers averaged KZT 40.5 billion a month, yet their quarterly total was 20.5 per cent "
           "lower than in the previous quarter (KZT 150.5 billion)."),
     block("Outgoing transfers rose by 18.5 per cent and incoming ones by 40.5 per cent; year on year the rise "
           "was 30.5 and 90.5 per cent respectively."),
     block("At the end of June 60,500 foreign citizens were registered as migrant workers."),
     block("Georgia followed with 9.5 billion KZT, equal to 20.5 million USD."),
     block("Almaty city took 20.5% of the transfers and Ulytau region 0.0%."),
     block("Of them, 30,500 came from Uzbekistan and 20,500 from Kyrgyzstan – respectively 45.5 and 30.5 per cent."),
     block("Each month 60.5 billion KZT left the country, against 50.5 billion KZT in the first quarter; in "
           "relative terms, outgoing transfers grew by 19.8 per cent."),
     block("The monthly average of outgoing transfers fell by 10.5 per cent and incoming transfers by 5.5 per "
           "cent (from 60.5 and 30.5 billion KZT, respectively)."),
     block("Permits were issued as follows:", markers=[("4", "follows:")]),
     block("CIS states 61.0%")],
    [heading("3. Remittances"),
     block("The Russian Federation received KZT 61.2 billion, 34.3 percent of the total, while 1 USD = 447.1 KZT."),
     block("Individuals received KZT 12.0 billion from Russia and sent KZT 9.5 billion to Uzbekistan."),
     block("Outgoing transfers reached KZT 201.6 billion (USD 451.1 million), which is 5.5 percent more than "
           "in the previous quarter (KZT 191.1 billion). Transfers from Kazakhstan to Georgia came to "
           "KZT 8.4 billion."),
     block("Of this, KZT 70.1 billion was sent in May and the rest in other months. In June, KZT 65.0 "
           "billion.", markers=[("5", "billion.")]),
     block("Outgoing transfers grew from month to month: 61.2, 63.5 and 70.4 bn KZT in April, May and June."),
     block("Money from Russia made up 41.0% of the volume."),
     block("Georgia took KZT 3.1 billion."),
     block("Transfers to Georgia came to KZT 8.4 billion."),
     block("Outgoing transfers declined by 9.1 per cent on the previous quarter, and incoming transfers "
           "by 33.0 per cent."),
     block("Transfers from Kazakhstan rose. In April transfers reached KZT 20.0 billion."),
     block("In May, transfers reached KZT 18.0 billion."),
     block("Table 1. Transfers by destination, April - June 2024", "heading", 9.0, markers=[("6", "2024")]),
     table_row("Country", "KZT, billion", "Share, %"),
     table_row("Russia", "61.2", "34.3"),
     table_row("Total", "178.4", "100.0"),
     block("Money transfers by month", "heading", 9.0),
     table_row("Month", "Sent, KZT bn", "Received, USD mln"),
     table_row("April", "61.2", "70.0"),
     block("Table 2. Border crossings, persons", "heading", 9.0),
     table_row("Indicator", "Q1 2024", "Q2 2024"),
     table_row("Arrivals of foreign nationals", "2,700,100", "2,900,200"),
     block("Table 4. Registered foreign workers by region", "heading", 9.0),
     table_row("Region", "Share, %"),
     table_row("Almaty city", "21.0"),
     table_row("Total (41,200 persons)", "100.0"),
     block("In June KZT 20 thousand was paid in fees of 5.0%.")],
    [heading("4. Training"),
     block("On 3 May 2024, a round table brought together 16 police officers and 9 representatives of "
           "non-governmental organizations.", markers=[("7", "officers")]),
     block("The participants discussed referral; 25 participants took part in total."),
     block("On 5 June 2024, IOM held a seminar in Aktau. It was joined by 11 officials.")],
    [heading("6. Outgoing remittances"),
     block("Transfers reached KZT 50.0 billion.")],
    [heading("7. The year 2023 compared with 2022"),
     block("Arrivals: 11.9 million.")],
    [heading("5. Migration outflow"),
     block("Kazakhstani migrant workers in the Russian Federation numbered 30 thousand."),
     block("Some 12 thousand Kazakhstani workers were employed in the Republic of Korea at the end of the quarter.")],
    [heading("1. Inflow of migrants"),
     block("Arrivals of CIS nationals by country, %", "heading", 8.0, markers=[("8", "%")]),
     block("Uzbekistan 44.10%", "legend"),
     block("Remittances", "heading", 8.0),
     block("Russia 34.1%", "legend")],
    [heading("1. Migration inflow"),
     block("CIS citizens made 2.6 million entries: 42.0% of them came from Uzbekistan, 21.0% from "
           "Kyrgyzstan and 7.0% from Tajikistan.")],
    [heading("5. Kazakhstani citizens abroad"),
     block("Germany remains the main destination; 11,200 Kazakhstani nationals were living there at "
           "the end of June.")],
    [heading("6. Remittances"),
     block("Incoming transfers came to KZT 60.2 billion. Most of it came from Russia (52.1%, KZT 31.4 billion), "
           "while Germany accounted for 9.0%.")],
    [heading("6. Remittances"),
     block("Incoming transfers came to KZT 60.2 billion. This is 3.0% more than in the first quarter.")],
    [heading("6. Remittances"),
     block("Outgoing transfers went mainly to Kyrgyzstan (KZT 30.0 billion), in which the amount rose by 4.0% "
           "on the first quarter.")],
    [heading("1. Migration inflow"),
     block("Some 2,500,000 arrivals, or 88.0% of the total, were nationals of CIS member states.")],
    [heading("1. Migration inflow"),
     block("Arrivals from non-CIS countries were headed by China with 30.0 per cent.")],
    [heading("5. Labour emigration"),
     block("About 19,800 citizens of Kazakhstan gave work as the purpose of their entry at the land border posts into Russia.")],
    [heading("6. Remittances"),
     block("Over the quarter KZT 300.0 bn (USD 650 mln) left Kazakhstan and KZT 90.0 bn (USD 195 mln) arrived.")],
    [heading("6. Remittances"),
     block("Of the money received, 55.0% – KZT 20.0 billion, or USD 44.0 million – came from Türkiye.")],
    [heading("6. Remittances"),
     block("Most of the money received came from Russia: KZT 90.0 billion (USD 200.0 million), a share of 60.0%.")],
    [heading("6. Remittances"),
     block("Most of the money received came from Russia: KZT 80.0 billion (USD 170.0 million) and 55.0 per cent of the total.")],
    [heading("1. Border crossings"),
     block("Arrivals from CIS member states came to 2,500,000 and departures to 2,400,000; for citizens of non-CIS "
           "countries the corresponding numbers were 95,000 and 85,000.")],
    [heading("3. Labour"),
     block("In the quarter 20,500 foreign workers were registered, 3.5 per cent more than in the first quarter."),
     block("The number of Indian workers grew fastest, by 12.5 per cent.")],
    [heading("4. Foreign labour"),
     block("A total of 60,500 foreign workers were registered in the quarter; Almaty city accounted for"),
     block("21.5% of them.", markers=[("8", "them.")])],
    [heading("1. Arrivals"), block("Share of CIS arrivals, %", "heading", 8.0),
     block("Uzbekistan 40.5%", "table"), block("Kyrgyzstan 20.5%", "table"),
     block("Figure 1. Share of each nationality in CIS arrivals, per cent.", markers=[("2", "per cent.")])],
    [heading("6. Remittances"),
     block("Where the money went. Russia received 60.5 bn tenge, 33.5 percent of the total; Uzbekistan 38.5 bn tenge, 21.5 percent.")],
    [heading("6. Remittances"),
     block("Russia received 38.5% of the money sent; its share was 41.5% in January–March, so it lost 3.0 percentage points.")],
    [heading("2. Arrivals and departures"),
     block("In all, 2,310,400 foreigners left Kazakhstan. Kyrgyzstan (35.5%) and Tajikistan (21.0%) once more "
           "topped the CIS group."),
     block("Citizens of non-CIS countries are a smaller and more varied flow. In the quarter 150,500 arrivals were "
           "registered for this group, against the 140,100 recorded in the previous quarter.")],
    [heading("2. Arrivals"), block("Figure 1. Arrivals of foreign nationals by month, April–June 2024", "heading", 9.0),
     table_row("April", "1,046.5"), table_row("May", "1,162.5"),
     block("Thousand persons. Source: Border Service.", "legend", 7.0)],
    [heading("2. Arrivals and departures"),
     block("In all, 3,100,500 and 2,900,500 foreign citizens entered and left Kazakhstan, respectively.")],
    [heading("6. Remittances"),
     block("The Russian Federation was the main counterpart. It received 33.5% of the money sent from Kazakhstan "
           "and was the origin of 61.5% of the money coming in.")],
    [heading("5. Remittances"), block("Table 4. Money transfers by country, Q2 2024", "heading", 9.0),
     table_row("Country", "KZT bn", "Share, %"),
     table_row("Received in Kazakhstan, by country of origin"), table_row("United States", "14.5", "10.5")],
    [heading("6. Remittances"),
     block("Amounts are converted at the quarter's average rate, 1 USD = 470.5 KZT, against 465.2 KZT "
           "in the previous quarter.")],
    [heading("4. Foreign labour"),
     block("As of 1 July 2024 a total of 20,410 foreign workers held valid permits."),
     block("The regions differ widely: Almaty city (4,100) and Atyrau region (3,050) host the most.")],
    [heading("2. Arrivals"),
     block("Most entries – about 2.71 million – were made by nationals of CIS member states. Kyrgyzstan "
           "kept its lead (38.5%), ahead of Tajikistan (21.0%) and Armenia (6.5%). The rest, 0.3 million, "
           "came from outside the CIS. China (22.5%) and Germany (9.0%) followed.")],
    [heading("Key findings"), block("IOM held a round table on fair recruitment with 31 participants."),
     heading("7. IOM activities"),
     block("On 14 May 2024 IOM held a round table in Astana. Thirty-one participants took part.")],
    [heading("5. Remittances"),
     block("Compared with the first quarter, outgoing transfers grew by 6.5% and incoming ones by 1.5%, "
           "whereas year on year both declined – the former by 2.5%, the latter by 4.0%.")],
    [heading("6. Remittances"),
     block("Kyrgyzstan and Tajikistan remained the main destinations of outgoing transfers: the former "
           "received 28.5% of the total and the latter 17.0%.")],
    [heading("2. Arrivals"), block("In 2023 some 350,200 foreigners arrived against 318,400 a year earlier.")],
    [heading("4. Labour migration"),
     block("Kyrgyz nationals made up just over a third (35.5%) of the 70,500 foreign workers on the register."),
     block("With 25,500 registrations, Uzbekistan remained the main country of origin.")],
    [heading("6. Monthly data"), block("Table 2. Transfers by month", "heading", 9.0),
     table_row("Indicator", "April", "May"),
     table_row("Money transfers of individuals, KZT bn"),
     table_row("Sent from Kazakhstan", "60.5", "65.5")],
    [heading("6. Remittances"), block("Table 1. Remittances sent by country, Q2 2024", "heading", 9.0),
     table_row("Country / group", "KZT bn", "Share, %"),
     table_row("CIS countries Russian Federation", "90.5", "40.5"),
     table_row("CIS countries Uzbekistan", "45.5", "20.5"),
     table_row("Other countries", "65.5", "39.0"),
     table_row("Total", "201.5", "100.0")],
    [heading("2. Departures"),
     block("Exits were recorded for 2,800,500 foreigners, of whom 2,500,000 were CIS citizens and 300,500 came from "
           "other countries.")],
    [heading("7. Capacity building"),
     block("On 17 September IOM brought together 45 practitioners to discuss the 2024 amendments to the quota rules:"),
     block("■ police officers: 18"), block("■ NGO staff: 27")],
    [heading("3. Residence permits"), block("Table 1. Permits by citizenship, Q2 2024", "heading", 9.0),
     block("Citizenship Temporary residence permits issued", "table", markers=[("14", "issued")], cells=[(0, 11), (12, 46)]),
     table_row("Uzbekistan", "4,312")],
    [heading("6. Remittances"),
     block("The Russian Federation remained the main partner: it received 28.5% of the money sent from Kazakhstan.")],
    [heading("3. Labour migration"), block("Figure 2. Foreign workers by region, persons", "heading", 9.0),
     table_row("Atyrau", "5,412"), block("Tiles are placed roughly by geography."), table_row("Astana", "3,104"),
     block("Number of persons, Q2 2024. Source: Ministry of Labour.", "legend", markers=[("4", "Labour.")])],
    [heading("Summary"), block("Outgoing money transfers contracted by 6.5 per cent."),
     heading("6. Remittances"), block("Outgoing transfers were 6.5 per cent lower than in the first quarter of 2024.")],
    [heading("8. Annex"), block("Table 9. Monthly indicators, second quarter of 2024", "heading", 9.0),
     table_row("Indicator", "Unit", "April 2024", "May 2024"), table_row("Money transfers of individuals"),
     table_row("Sent from Kazakhstan", "KZT bn", "68.5", "71.5")],
    [heading("7. Annex"), block("Table A2. Transfers by month", "heading", 9.0),
     table_row("Indicator", "2024 April", "2024 May"), table_row("Remittances received, USD mn", "150.5", "160.5")],
    [heading("4. Labour migration"), block("Table 2. Workers by citizenship, Q2 2024", "heading", 9.0),
     table_row("Citizenship", "Persons"), table_row("CIS member states"), table_row("Uzbekistan", "1,000"),
     table_row("Total", "1,000"), table_row("All countries", "1,200")],
    [heading("2. Arrivals"), block("Citizens of CIS countries made 3.5 million arrivals. Arrivals from outside the CIS"),
     replace(block("were more spread out: 30.5 per cent came from China."), page=2)],
    [heading("4. Residence permits"), block("Table 3. Residence permits by type (persons)", "heading", 8.8),
     table_row("Type of permit", "Apr–Jun 2024", "Jan–Mar 2024"),
     table_row("Foreigners living in Kazakhstan with a permanent residence permit, end of quarter", "182,500", "180,500")],
    [heading("5. Remittances"), block("Table 3. Transfers sent by month", "heading", 9.0),
     table_row("Month", "KZT bn", "Change on the same period of 2023, %"), table_row("May", "70.5", "+4.5")],
    [heading("5. Remittances"), block("Table 1. Remittances sent by destination", "heading", 9.0),
     table_row("Country", "KZT bn", "Share, %"), table_row("Uzbekistan", "40.5", "60.5"),
     table_row("Total CIS", "40.5", "60.5")],
    [heading("5. Citizens abroad"),
     block("Russia is still the first destination; 29.5 thousand Kazakhstani citizens stated work as the purpose of entry there in April–June 2024, "
           "against 26.5 thousand in the same quarter of 2023.")],
    [heading("3. Labour migration"), block("The register held 5.5 per cent more workers than on 31 March 2024.")],
    [heading("5. Remittances"), block("Transfers into Kazakhstan totalled KZT 60.5 billion, of which KZT 35.5 billion (USD 75.5 million) – 58.7 "
                                      "per cent – came from the Russian Federation.")],
    [heading("3. Residence permits"), block("Some 90.5 thousand foreigners obtained a temporary residence permit in the "
                                             "second quarter (85.5 thousand in January–March), an increase of 5.8%.")],
    [heading("5. Remittances"), block("Most of the money came from the Russian Federation – 40.5 billion KZT, a share of "
                                      "40.5 per cent and 10.5 per cent more than a year earlier – followed by the Republic "
                                      "of Korea (9.5B tenge, $18.5M; 9.5%).")],
    [heading("2. Arrivals"), block("For the whole of 2023 compared with 2022, arrivals rose by 6.5 per cent to 12.5 "
                                   "million, up from 11.7 million.")],
    [heading("4. Citizens abroad"), block("Consular registers counted 90,500 citizens of Kazakhstan living in Germany and "
                                          "35,500 living in the Republic of Korea as of 1 January 2025.")],
    [heading("5. Remittances"), block("Over a third of all money received (35.5%) was sent from Russia – KZT 30.5 billion – while the Republic of Korea provided 8.5%.")],
    [heading("2. Migration inflow"), block("Departures reached 2.7 million.", markers=[("5", "million.")]),
     block("Temporary residence permits went to 61,200 people.", markers=[("6", "people.")]),
     block("Figure 2. Departures by month, Q2 2024", "heading", 9.0), table_row("June 2024", "902,410")],
    [heading("2. Arrivals"), block("Among CIS nationals, Uzbekistan led with 41.5%; among all other nationalities "
                                   "China came first with 30.5 per cent.")],
    [heading("5. Remittances"), block("Compared with the first half of 2023, outflows are 9.6 per cent lower.")],
    [heading("1. Crossing the border"), block("Exits moved in step with entries: 2,297,600 foreign nationals left "
                                              "the country.")],
    [heading("5. Remittances"), block("Quarter on quarter, incoming transfers rose by 7.5 per cent from KZT 80.5 "
                                      "billion, while outgoing ones declined by 2.5 per cent from KZT 200.5 billion a "
                                      "year earlier.")],
    [heading("5. Remittances"), block("With 35.5 billion tenge, Russia supplied 40.5% of the money received.")],
    [heading("5. Remittances"), block("Monthly remittances sent and received, KZT billion", "heading", 8.0),
     table_row("April", "60.5", "30.5"), table_row("May", "62.5", "31.5")],
    [heading("Key findings"), block("Permanent residence went to 5,500 foreigners, and labour migrants numbered "
                                    "60.5 thousand.")],
    [heading("2. Arrivals"), block("Table 1. Arrivals by nationality, Q2 2024", "heading", 9.0),
     table_row("Nationality", "Share of the group's arrivals, %"), table_row("CIS member states", "2,500,500 arrivals"),
     table_row("Uzbekistan", "45.50")],
    [heading("1. Arrivals"), block("Uzbekistan alone accounted for 1,200,500 arrivals."),
     block("Table 1. Arrivals by nationality, Q2 2024", "heading", 9.0),
     table_row("Nationality", "Arrivals", "Share of group, %"), table_row("CIS member states", "2,900,500", "100.00"),
     table_row("Uzbekistan", "1,200,500", "41.40")],
    [heading("1. Arrivals"), block("Figure 1. Arrivals from CIS countries by nationality, Q2 2024 (persons)", "heading", 8.0),
     table_row("Kyrgyzstan", "650,500"), table_row("Tajikistan", "210,500")],
    [heading("4. Remittances"),
     block("Against the first quarter, incoming transfers rose by 5.5 per cent and outgoing ones by 2.5 per cent, "
           "from KZT 90.5 billion and KZT 200.5 billion respectively.")],
    [heading("4. Remittances"),
     block("Individuals sent KZT 160.5 billion abroad. Georgia and Armenia followed with 10.5 and 8.5 billion KZT "
           "(20.5 and 16.5 million USD).")],
    [heading("About this bulletin"), block("The bulletin draws on 12 datasets. Amounts in dollars are converted at "
                                           "the quarter's average rate of 470.25 tenge per US dollar.")],
    [heading("4. Remittances"),
     block("Russia was the first destination of transfers from Kazakhstan - 31.8% of the total - followed by "
           "Georgia with 18.4 per cent (KZT 41.2 billion, USD 82.5 million)."),
     block("Table 2. Remittances by partner country (billion KZT)", "heading", 9.0),
     table_row("Country", "Sent from Kazakhstan", "Share, %", "Received in Kazakhstan", "Share, %"),
     table_row("Uzbekistan", "17.2", "15.28", "2.2", "4.59")],
    [heading("1. Border crossings"),
     block("Departures ran lower: 3,018,774 foreign nationals left the country. Within the CIS group, "
           "Uzbekistan led with 44.18%."),
     block("Table 1. Arrivals by nationality", "heading", 9.0),
     table_row("Nationality", "Arrivals, persons", "Share of group, %"),
     table_row("CIS member states", "2,903,400", "100.0"), table_row("Uzbekistan", "1,282,722", "44.18"),
     block("Table 2. Transfers by month", "heading", 9.0), table_row("Indicator", "Unit", "April"),
     table_row("Remittances sent from Kazakhstan"), table_row("Amount", "KZT bn", "68.3"),
     table_row("Average per month", "KZT bn", "66.1")],
    [heading("5. Remittances"),
     block("Table 5. Money transfers of individuals by month", "heading", 9.0),
     table_row("Month", "Sent from Kazakhstan KZT billion", "Received in Kazakhstan KZT billion"),
     table_row("April 2024", "68.4", "24.1"), table_row("Change on Q1 2024, % (in tenge)", "−6.7", "−8.0")],
    [heading("1. Border crossings"),
     block("Nationals of CIS member states made about 3.8 million entries, against 326.5 thousand made by "
           "nationals of non-CIS countries. The corresponding figures for exits were 3.7 million and 287.5 thousand."),
     block("Citizens of CIS member states accounted for 3.05 million arrivals and 2,930,500 departures.")],
    [heading("4. Remittances"),
     block("Table 3. Money transfers by country, April–June 2024 (sent; received)", "heading", 9.0,
           markers=[("24", "(sent"), ("25", "; received")]),
     table_row("Country", "Sent KZT bn", "Received KZT bn"), table_row("Uzbekistan", "27.5", "3.5")],
    [heading("5. Mixed"),
     block("By the end of June, 61,500 foreign nationals had been registered as migrant workers."),
     block("Compared with January–March 2024, outgoing transfers declined by 11.5 per cent and incoming ones by 21.5 "
           "per cent; the monthly average of incoming money had then stood at 41.5 billion KZT."),
     block("Türkiye and the Russian Federation together absorbed more than half of the money sent (28.5% and 24.5%)."),
     block("The Russian Federation counted 41 thousand Kazakhstani workers arriving in April–June 2024, compared "
           "with 29 thousand in the same quarter of 2023."),
     block("Figure 1. Arrivals of foreign nationals by citizenship, April–June 2024 (share of each group, %)",
           "heading", 8.0),
     placed_row("CIS member states", "Non-CIS countries"), placed_row("Uzbekistan (44.18%)", "China (38.62%)")],
    [heading("3. Foreign workers"),
     block("In the quarter, 58,500 foreigners were registered as migrant workers.", markers=[("9", "workers.")]),
     heading("IN FOCUS: TWO SIDES OF LABOUR MOBILITY"),
     block("Uzbek workers. With a total of 31,500 registered workers, citizens of Uzbekistan are the largest group."),
     heading("4. Remittances"),
     block("Transfers to Kazakhstan rose; by month they amounted to 24.5, 26.5 and 30.5 billion tenge.")],
    [heading("6. Mixed"),
     block("Tajikistan, Azerbaijan and Armenia together made up the remaining 5.5 per cent of the registered migrant "
           "workers, with shares of 3.5%, 1.5% and 0.5%."),
     block("Outflows averaged 71.5 billion KZT a month. In dollar terms the monthly amounts came to $153.5M, $164.5M "
           "and $170.5M for April, May and June."),
     block("Table 1. Arrivals of foreign nationals by nationality, April–June 2024", "heading", 9.0),
     table_row("Nationality", "Arrivals, persons", "Share, %"), table_row("CIS member states", "3,268,500", "95.5"),
     table_row("Uzbekistan", "1,402,500", "62.5"), table_row("Kyrgyzstan", "640,500", "37.5")],
    [heading("2. Residence permits"), heading("2.1 Temporary residence permits"),
     block("Temporary residence permits were issued to 30,500 foreigners.", markers=[("6", "foreigners.")]),
     heading("2.2 Permanent residence permits"),
     block("Permanent residence was granted to 6,500 people."),
     heading("3. Entries and exits"),
     block("Citizens of CIS member states made 2,850,500 entries and 2,710,500 exits respectively – against "
           "305,500 and 290,500 for nationals of non-CIS countries.")],
    [heading("5. Remittances"),
     block("Individuals sent KZT 143.5 billion abroad, of which KZT 52.5 billion went to non-CIS countries. Among "
           "non-CIS destinations, Türkiye took KZT 22.5 billion, or 42.9%.")],
    [heading("2. Arrivals"),
     block("Uzbekistan (45.5%) led the CIS group and India (30.5%) the non-CIS group.")],
    [heading("1. Border crossings"),
     block("Border posts recorded 3,400,500 arrivals and 3,300,500 departures.", markers=[("1", "departures.")]),
     block("Of the departures, 3,050,500 concerned CIS nationals.", markers=[("2", "nationals.")]),
     block("Within the CIS group, citizens of Uzbekistan (41.5%) formed the largest contingent, ahead of Russia "
           "(28.5%). Among visitors from outside the Commonwealth, China accounted for 34.5 percent.",
           markers=[("3", "percent.")])],
    [heading("4. Remittances"),
     block("Outgoing transfers were 36.2 per cent higher than in the previous quarter and 71.5 per cent higher "
           "than in April – June 2023; incoming transfers increased by 22.7 per cent and 64.0 per cent over the "
           "same two periods, respectively.")],
    [heading("6. Remittances"),
     block("Outgoing transfers reached 250.1 billion KZT in the quarter. The peak came in April; by June the monthly "
           "flow had eased to 78.5 billion KZT. Conversions use the quarter's average rate of 448.10 KZT per USD. "
           "For reference only, the official rate on 28 June 2024 was 452.30 tenge.")],
    [heading("Conclusion"),
     block("Border crossings kept rising at the start of the second quarter of 2024, with about 3.1 million arrivals.")],
    [heading("5. Remittances"),
     block("In January–March the average had been KZT 71.23 billion a month, and in April–June 2023 transfers "
           "abroad totalled 148.3 billion tenge, so the year-on-year rise comes to 73.6 per cent.")],
    [heading("3. Labour migration"),
     block("The register of foreign labour held 58,500 migrant workers at the end of the reporting period, "
           "4.5 percent more than in the same quarter of 2023.")],
    [heading("2. Residence permits"),
     block("Temporary residence permits were issued to 61,500 foreigners in the quarter."),
     block("Permanent residence was granted to 7,300 people.", markers=[("3", "people.")])],
    [heading("4. Remittances"),
     block("Against the previous quarter, outgoing transfers fell by 4.5 per cent and incoming ones by 2.5 per cent. "
           "Year on year, however, both rose: by 3.5% and 1.5% respectively.")],
    [heading("1. Migration inflow"),
     block("In the quarter 2,512,500 foreign nationals arrived. Citizens of Armenia made up 12.5% of them. "
           "Arrivals were 6.5 per cent higher than in the same quarter of 2023.",
           markers=[("1", "arrived."), ("2", "2023.")])],
    [heading("5. Remittances"), block("Chart. Remittances sent from Kazakhstan, main destinations", "heading", 8.0),
     table_row("Georgia", "KZT 4.5 bn | USD 9.5 m | 3.5%")],
    [heading("4. Labour migration"), block("Table 3. Registered migrant workers by region", "heading", 9.0),
     table_row("Indicator", "Almaty city", "Astana", "Kazakhstan, total"),
     table_row("Registered workers, persons", "14,500", "11,500", "41,500")],
    [heading("5. Remittances"),
     block("Incoming transfers grew by 6.5 per cent year on year. The main countries of origin were:",
           markers=[("4", "year.")]),
     block("Georgia – KZT 12.5 billion, 40.5% of the total;"),
     block("Armenia – KZT 3.5 billion, 11.5%.", markers=[("5", "11.5%.")]),
     block("Table 5. Outgoing transfers by month, April–June 2024 (see note 11)", "heading", 9.0),
     table_row("Month", "KZT billion"), table_row("April 2024", "68.5"),
     block("Figure 4. Remittances sent by month, KZT billion", "heading", 8.5),
     block("52.5", "heading", 7.5), block("May", "legend", 7.5)],
    [heading("5. Remittances"),
     block("In April–June 2023, 150.5 billion KZT was sent abroad, so outgoing transfers declined by 7.5 per cent.")],
    [heading("1. Border crossings"),
     block("3,950,500 entries came from the CIS and 335,500 from non-CIS countries, while on the way out the split "
           "was 3,750,500 and 320,500 respectively.")],
    [heading("5. Remittances"),
     block("Outgoing transfers rose by 3.5 per cent on the quarter.", markers=[("13", "quarter.")]),
     block("Table 6. Outgoing transfers by country of destination, April–June 2024", "heading", 9.0,
           markers=[("14", "2024")]),
     table_row("Destination", "KZT billion", "Share, %"), table_row("Georgia", "61.5", "28.5"),
     block("Georgia stayed the main destination, with transfers worth about USD 135.5 million.")],
    [heading("1. Border crossings"),
     block("Most entries were regional: 2,105,300 arrivals came from CIS countries and 95,200 from non-CIS "
           "countries, while 1,990,400 and 90,100 foreign nationals left for the two groups, respectively.")],
    [heading("6. Remittances"),
     block("Half of incoming money originated in Germany (50.5%), which sent 20.2 billion KZT to Kazakhstan.")],
    [heading("5. Remittances"),
     block("Compared with the first quarter, outgoing transfers fell by 10.5 per cent and incoming ones by 20.5 per "
           "cent. Against the same quarter of 2023, however, they grew by 7.5 and 4.5 per cent respectively.")],
    [heading("6. Remittances"), placed("Georgia", "heading", 100.0),
     placed("7.5 bn KZT · 9.5% of all transfers to Kazakhstan", "body", 111.0)],
    [heading("7. Remittances"), block("Individuals sent KZT 150.5 billion abroad over the quarter."),
     heading("8. Labour migration"), block("Employers registered 45,500 foreign workers."),
     block("Monthly amounts went from 47.5 billion tenge (USD 104.5 million) in April to "
           "50.5 billion tenge (USD 110.0 million) in May.")],
    [heading("9. Remittances"), block("Transfers by month", "heading", 12.0), table_row("sent", "received"),
     table_row("April", "41.5", "12.5"), table_row("May", "43.5", "11.5"),
     block("Figure 6. Money sent from and received by Kazakhstan by month, KZT billion.", "legend", 7.0)],
    [heading("10. Remittances"), block("Table 7. Money received by month, KZT billion", "heading", 9.0),
     table_row("Month", "KZT billion", "Change on previous month, %"), table_row("May", "24.5", "+3.5")],
    [heading("11. Remittances"), block("Money received came from a few countries only."),
     block("42.5% Russian Federation 12.5% Germany 8.5% Republic of Korea")],
    [heading("12. Residence permits"), block("Temporary residence", "heading", 10.0),
     block("Over the quarter 70,500 foreigners obtained a temporary residence permit."),
     block("Permanent residence", "heading", 10.0),
     block("Permanent residence was granted to 6,500 people.", markers=[("4", "people.")])],
    [heading("14. Arrivals"), block("Monthly entries of foreign nationals, persons", "heading", 10.5),   # LAY:bar-row
     at("1,305,500", "heading", 40, 100), at("April", "legend", 40, 180),
     cells_at(["1,187,500", "1,240,500"], 140, 120, 100.0), cells_at(["May", "June"], 140, 180, 100.0)],
    [heading("15. Arrivals"),     # LAY:caption-value
     Block(page=1, kind="heading", text="Figure 1. Arrivals by month 1,305,500", size=8.0,
           boxes=tuple((40.0 + 5 * k, 100.0, 45.0 + 5 * k, 108.0) for k in range(28))
           + tuple((40.0 + 5 * k, 112.0, 45.0 + 5 * k, 120.0) for k in range(9))),
     at("April", "legend", 40, 180)],
    [heading("8. Incoming transfers"),     # LAY:legend-pair
     block("Chart 3. Remittances received by country of origin, share of total, %", "heading", 7.5),
     block("Armenia 52.5", "legend", 5.5), block("Georgia 10.5", "legend", 5.5)],
    [heading("4. Labour migration"),     # MET:restated-callout
     block("Employers registered 36,500 migrant workers from Armenia in the quarter."),
     heading("5. Residence permits"), block("Permanent residence went to 6,500 people."),
     block("36,500 workers from Armenia", "callout", 14.0)],
    [heading("7. Outgoing transfers"),     # GRP:money-total
     block("Among non-CIS destinations, Mongolia (KZT 24.5 billion, 9.5%) came first.")],
    [heading("1. Border crossings"),     # ENT:other-countries ("from outside it")
     block("Of the 3,150,500 exits, 2,950,500 were made by nationals of the Commonwealth and 200,000 by people "
           "from outside it.")],
    [heading("13. Remittances"), at("Remittances sent by month, KZT billion", "heading", 40, 400),   # LAY:title-after-legend
     cells_at(["Georgia (41.5%)", "Armenia (12.5%)"], 320, 470),
     at("Remittances received by origin, share of amount, %", "heading", 310, 400)],
    [heading("6. Remittances"),     # DIR:other-way
     block("Individuals sent KZT 150.5 billion abroad."),
     block("Money flowing the other way amounted to 60.5 billion tenge.")],
    [heading("6. Remittances"),     # CMP:year-before
     block("Transfers to Kazakhstan came to 90.5 billion tenge, up 120.5% on the previous quarter and by "
           "140.5 per cent on April–June.")],
    [heading("2. Residence permits"),     # ENT:whose
     block("Permanent residence went to 6,950 people, most of them citizens of Armenia, whose 3,975 approvals "
           "outnumbered those of Georgian citizens.")],
    [heading("6. Foreign workers"),     # PER:restated-flow
     block("Almaty city hosted 16.5% of registered workers at the end of June."),
     block("Figure 4. Registered migrant workers by region, %, as of 30 June 2024", "heading", 8.8),
     table_row("Almaty city", "16.5%")],
]


def rule_ids_used() -> set[str]:
    from extractor.pipeline import (compared_restatements, dated_restatements, day_restatements, fallback_sources,
                                    shares_by_arithmetic, shares_within_groups)
    used: set[str] = set()
    for doc in DOCUMENTS:
        asm = assemble(*doc)
        dated_restatements(asm.candidates, Q2[0], Q2[1])
        match_legends(asm.candidates)
        day_restatements(asm.candidates)
        compared_restatements(asm.candidates)
        fallback_sources(asm.candidates)
        shares_within_groups(asm.candidates)
        shares_by_arithmetic(asm.candidates)
        used |= {r for c in asm.candidates for r in c.rules} | {why for _, _, why in asm.rejected}
    for rows in (load("frames.json")["frames"], load("clauses.json")["breaks"]):
        for row in rows:
            used |= {r for c in assemble(heading("Migration"), block(row["test"])).candidates for r in c.rules}
    return used


def _source_line_rules() -> set[str]:
    """A chart under a "Source:" line takes the note that line names (pipeline.source_lines)."""
    from extractor.pipeline import source_lines
    from extractor.types import Footnote, Page

    doc = [heading("3. Remittances"), block("Outgoing transfers rose.", markers=[("1", "rose.")]),
           block("Figure 2. Transfers from Kazakhstan by destination, %", "heading", 8.0),
           block("Georgia 8.1%", "legend"), block("Source: National Bank of the Republic of Kazakhstan.", "legend")]
    asm = assemble(*doc)
    notes = {"1": Footnote("1", "Ministry of Labour, 2024.", 1),
             "2": Footnote("2", "National Bank of the Republic of Kazakhstan, money transfers.", 1)}
    source_lines(asm.candidates, [Page(1, 600, 800, tuple(doc))], notes)
    return {r for c in asm.candidates for r in c.rules if c.footnotes == ["2"]}


def _note_line_doc():
    """A table sourced only as its section's last note, with a note line under its last row
    carrying a marker of its own (pipeline.source_lines, FN:note-line)."""
    from extractor.pipeline import source_lines
    from extractor.types import Footnote, Page

    doc = [heading("3. Remittances"), block("Outgoing transfers rose by 5.0 per cent.", markers=[("1", "cent.")]),
           block("Table 2. Transfers by country, Q2 2024", "heading", 8.0),
           table_row("Country", "Sent, KZT bn"), table_row("Georgia", "8.1"),
           block("Other countries are not shown. Totals may differ because of rounding.", "body", 7.0,
                 markers=[("2", "rounding.")])]
    doc[3], doc[4] = replace(doc[3], size=8.0), replace(doc[4], size=8.0)
    asm = assemble(*doc)
    notes = {"1": Footnote("1", "National Bank, money transfers, change on the quarter.", 1),
             "2": Footnote("2", "National Bank, money transfers by country, April-June 2024.", 1)}
    source_lines(asm.candidates, [Page(1, 600, 800, tuple(doc))], notes)
    return asm.candidates


def test_a_note_line_under_a_table_sources_its_rows():
    """FN:note-line: the row's figure takes the note of the line under the table, not the
    section's last note."""
    cands = _note_line_doc()
    row = next(c for c in cands if c.country == "GEO")
    assert row.footnotes == ["2"] and "FN:note-line" in row.rules
    assert next(c for c in cands if c.statistic == "change").footnotes == ["1"]


def _marked_caption_doc(caption_first: bool):
    """A table under (or over) its caption in legend type with a marker of its own, "Table 1.
    Outgoing transfers by destination¹⁰", then a chart under its own caption and "Source: as
    note 8." under it (blind designer101, 2022q3 word)."""
    from extractor.pipeline import source_lines
    from extractor.types import Footnote, Page

    caption = block("Table 1. Outgoing transfers by destination", "legend", 7.0, markers=[("10", "destination")])
    rows = [replace(table_row("Country", "Sent, KZT bn"), size=8.0), replace(table_row("Georgia", "8.5"), size=8.0)]
    doc = [heading("3. Remittances"), block("Outgoing transfers rose by 5.0 per cent.", markers=[("8", "cent.")])]
    doc += [caption] + rows if caption_first else rows + [caption]
    doc += [block("Figure 3. Outgoing transfers by month, KZT billion", "heading", 8.0),
            table_row("Apr", "60.5"), block("Source: as note 8.", "legend", 7.0)]
    asm = assemble(*doc)
    notes = {"8": Footnote("8", "National Bank, cross-border money transfers, April-June 2024.", 1),
             "10": Footnote("10", "National Bank, outgoing transfers by country of destination, April-June 2024.", 1)}
    source_lines(asm.candidates, [Page(1, 600, 800, tuple(doc))], notes)
    return asm.candidates


@pytest.mark.parametrize("caption_first", [True, False])
def test_a_tables_own_marked_caption_sources_its_rows_not_a_later_charts_source_line(caption_first):
    cands = _marked_caption_doc(caption_first)
    assert next(c for c in cands if c.country == "GEO").footnotes == ["10"]
    assert next(c for c in cands if c.period == ("2024-04-01", "2024-04-30")).footnotes == ["8"]


def test_a_bar_value_read_with_its_caption_pairs_with_the_first_label():
    # blind designer101, 2022q3 word: the first bar's value, on a line of its own right under the
    # caption, was read as the caption's last word
    cap = "Figure 1. Arrivals of foreign nationals by month, 2024"
    text = cap + " 1,305,500"
    boxes = [(40.0 + 5 * k, 100.0, 45.0 + 5 * k, 108.0) for k in range(len(cap) + 1)]
    boxes += [(40.0 + 5 * k, 112.0, 45.0 + 5 * k, 120.0) for k in range(len("1,305,500"))]
    title = Block(page=1, kind="heading", text=text, boxes=tuple(boxes), size=8.0)
    got = _read(heading("1. Arrivals"), title, at("April", "legend", 40, 180),
                at("1,187,500", "heading", 140, 120), at("May", "legend", 140, 180))
    months = sorted((c.period[0], float(c.value)) for c in got if "LAY:bar-value" in c.rules)
    assert months == [("2024-04-01", 1305500.0), ("2024-05-01", 1187500.0)]
    assert ["LAY:caption-value" in c.rules for c in sorted(got, key=lambda c: c.period[0])] == [True, False]
    # a caption wrapped onto a line of its year only keeps it
    year = Block(page=1, kind="heading", text="Figure 2. Arrivals by month, April–June 2024",
                 boxes=tuple(boxes[:len("Figure 2. Arrivals by month, April–June")] +
                             [(40.0 + 5 * k, 112.0, 45.0 + 5 * k, 120.0) for k in range(5)]), size=8.0)
    assert not [c for c in _read(heading("1. Arrivals"), year) if c.value == 2024]


def test_a_date_in_a_captions_brackets_dates_no_row():
    # blind designer101, 2022q3 word: "(Astana was named Nur-Sultan until 17 September 2022)"
    got = _read(heading("3. Labour migration"),
                block("Table 4. Registered migrant workers by region, share of national total, % (Astana was "
                      "named Nur-Sultan until 17 May 2024)", "heading", 9.0),
                table_row("Astana", "11.5%"))
    assert [(c.region, c.period) for c in got] == [("KZ-71", Q2_ISO)]


def _note_rate_rules() -> set[str]:
    """A conversion note's rate is a figure of its own (pipeline.conversion_rates)."""
    from extractor.pipeline import conversion_rates
    from extractor.types import Footnote

    notes = {"7": Footnote("7", "Dollar amounts are converted at the average rate, 1 USD = 455.50 KZT.", 2)}
    return {r for c in conversion_rates(notes, *Q2, find_quantities, find_periods) for r in c.rules}


def _restated_rows() -> list:
    """A chart of shares with no note of its own, set after the next section's text (as a chart
    at a page's foot is read), two of whose bars the text restates under one note
    (pipeline.restated_sources)."""
    from extractor.pipeline import restated_sources

    doc = [heading("5. Remittances"),
           block("Of the money received, Russia supplied 40.5% and the USA 12.5%.", markers=[("4", "12.5%.")]),
           heading("6. Conclusion"), block("The year closed calmly."),
           block("Transfers received, by country of origin, %", "heading", 8.0),
           table_row("Russia", "40.5%"), table_row("USA", "12.5%"), table_row("Germany", "5.5%")]
    cands = assemble(*doc).candidates
    restated_sources(cands)
    return cands


def test_chart_rows_the_text_does_not_restate_take_the_note_of_those_it_does():
    rows = {c.country: c for c in _restated_rows() if c.block.kind == "table"}
    assert rows["DEU"].footnotes == ["4"] and "source_from_restated" in rows["DEU"].flags
    assert rows["RUS"].footnotes == [] and "FN:restated-rows" not in rows["RUS"].rules


def _directed_table(both: bool = False) -> list:
    """A section of two subsections, money sent (note 9) then money received (note 11, on
    "incoming" transfers), and a table of money sent (or of both directions) set under both with
    no note of its own (pipeline.directed_sources)."""
    from extractor.pipeline import directed_sources
    from extractor.types import Footnote

    table = [block("Table 2. Remittances by country, Q2 2024", "heading", 8.0),
             table_row("Country", "Sent, KZT bn", "Received, KZT bn"), table_row("Uzbekistan", "38.5", "4.5")] if both \
        else [block("Table 2. Remittances sent from Kazakhstan by destination, Q2 2024", "heading", 8.0),
              table_row("Destination", "KZT bn"), table_row("Uzbekistan", "38.5")]
    doc = [heading("6. Remittances"),
           block("Individuals sent KZT 212.5 billion abroad in April–June 2024.", markers=[("9", "2024.")]),
           block("Transfers to Kazakhstan reached 96.5 billion KZT. Compared with the first quarter, outgoing "
                 "transfers grew by 47.5 per cent.", markers=[("11", "per cent.")])] + table
    notes = {"9": Footnote("9", "National Bank, money transfers of individuals through payment systems, Q2 2024", 4),
             "11": Footnote("11", "National Bank, incoming cross-border transfers of individuals, Q2 2024", 4)}
    cands = assemble(*doc).candidates
    directed_sources(cands, notes)
    return cands


def test_rows_of_money_sent_do_not_take_a_section_note_on_incoming_transfers():
    row = next(c for c in _directed_table() if c.country == "UZB")
    assert row.footnotes == ["9"] and "FN:note-direction" in row.rules
    both = [c for c in _directed_table(both=True) if c.country == "UZB"]     # a table of both directions
    assert {c.metric for c in both} == {"remittances_sent", "remittances_received"}
    assert all(c.footnotes == ["11"] and "FN:note-direction" not in c.rules for c in both)


def _total_row_table() -> list:
    """A table whose only marker stands on its Total row (pipeline.total_row_sources), each row
    a line lower on the page than the one before."""
    from dataclasses import replace as at

    from extractor.pipeline import total_row_sources

    def row(y, *cells, markers=()):
        b = table_row(*cells)
        b = at(b, boxes=tuple((0.0, y, 1.0, y + 1.0) for _ in b.text))
        return at(b, markers=tuple(Marker(lab, b.text.index(after) + len(after), (0, y, 1, y + 1))
                                   for lab, after in markers))
    doc = [heading("2. Border crossings"), block("Table 1. Arrivals by nationality, persons", "heading", 8.0),
           row(10, "Uzbekistan", "1,200,500"), row(20, "China", "100,500"),
           row(30, "Total", "3,400,500", markers=[("6", "Total")])]
    cands = assemble(*doc).candidates
    total_row_sources(cands)
    return cands


def test_rows_above_a_total_row_take_its_note_when_it_is_the_tables_only_marker():
    rows = {c.country: c for c in _total_row_table()}
    assert rows["UZB"].footnotes == ["6"] and "source_from_total_row" in rows["UZB"].flags
    assert rows["CHN"].footnotes == ["6"] and rows[None].footnotes == ["6"]
    assert "FN:total-row" not in rows[None].rules


def _holder_rules() -> set[str]:
    """The figures no marker sourced, given the note of their metric's data holder
    (pipeline.holder_sources, on the dashboard page of tests/test_pipeline.py)."""
    from extractor.pipeline import holder_sources
    from tests.test_pipeline import _holder_pages

    cands, pages, notes = _holder_pages(frozenset({"9"}))
    holder_sources(cands, pages, notes, Q2, frozenset({"9"}))
    return {r for c in cands for r in c.rules}


def test_every_attachment_rule_is_exercised():
    restated = {r for c in _restated_rows() + _total_row_table() + _permit_kind_doc() + _movement_kind_doc()
                + _directed_table() for r in c.rules} | _holder_rules()
    missing = set(load("rules.json")["rules"]) - rule_ids_used() - _source_line_rules() - _note_rate_rules() - restated \
        - {r for c in _note_line_doc() + _cited_doc(", as Table 1 shows") for r in c.rules}
    assert not missing, f"no test document uses {sorted(missing)}"


def test_code_uses_only_listed_rules():
    listed = set(load("rules.json")["rules"])
    code = "".join(p.read_text("utf-8") for p in Path(extractor.__file__).parent.glob("*.py"))
    frames = {f["id"] for f in load("frames.json")["frames"]}
    used = set(re.findall(r'"((?:ENT|MET|DIR|GRP|PER|CMP|FN|F):[a-z][a-z-]*)"', code)) - frames
    assert used <= listed, sorted(used - listed)


# --- Russian rows of data/patterns.ru.json: each key matches its own test texts alone ----------

RU_PATTERN_TESTS = [(k, t) for k, texts in load("patterns.ru.json")["_tests"].items() for t in texts]


def test_every_russian_pattern_has_tests():
    ru = {k for k in load("patterns.ru.json") if not k.startswith("_")}
    assert ru == set(load("patterns.ru.json")["_tests"]) and ru <= set(load("patterns.json"))


@pytest.mark.parametrize("key, text", RU_PATTERN_TESTS, ids=[f"{k}: {t.strip()}" for k, t in RU_PATTERN_TESTS])
def test_russian_pattern_reads_its_text(key, text):
    alone = re.compile(load("patterns.ru.json")[key], re.I)     # the Russian row by itself
    assert alone.search(text)
    from extractor.lang import pattern
    assert pattern(key).search(text)                           # and joined with the English one


@pytest.mark.parametrize("text, parts", [
    ("Выдано 15 870 разрешений. По состоянию на 1 января 2023 года проживали 147 320.", 2),
    ("Отправлено 385,9 млн долл. США за квартал. Всего 2 сделки.", 2),
    ("Arrivals reached 2.9 million. Departures reached 2.7 million.", 2),
], ids=["ru: a Cyrillic capital opens a sentence", "ru: 'долл. США' does not end one", "en"])
def test_sentence_ends(text, parts):
    assert len(sentences(text)) == parts


def test_russian_currency_names_no_country():
    assert [e.id for e in find_entities("464,44 тенге за доллар США, 385,9 млн долл. США; в США")] == ["USA"]


def test_a_note_sourcing_only_comparisons_leaves_the_quarters_source_standing():
    """Unmarked text after a paragraph whose last note sourced only changes against other periods
    takes the note that sourced the quarter's own figures (assemble._standing_source)."""
    doc = [heading("2. Entries"),
           block("In the quarter 1,250,400 foreigners arrived.", markers=[("3", "arrived.")]),
           block("Arrivals fell by 12.0 per cent against the previous quarter.", markers=[("4", "quarter.")]),
           block("Most arrivals, 1.10 million, came from CIS member states.")]
    asm = assemble(*doc)
    last = [c for c in asm.candidates if c.group == "CIS"]
    assert [c.footnotes for c in last] == [["3"]]


def test_an_unmarked_sentence_takes_neither_a_conversion_note_nor_a_comparison_note():
    """Between a comparison's note and a conversion note, an unmarked share is sourced by the note
    of the quarter's own amount (attach.footnotes_for)."""
    text = ("In the quarter individuals sent KZT 200.0 billion abroad. Outgoing transfers were 10.0% "
            "lower than in the previous quarter. Russia received 30.0% of the amount sent. Amounts are "
            "converted at 1 USD = 450.00 KZT.")
    doc = [heading("6. Remittances"),
           block(text, markers=[("5", "abroad."), ("6", "previous quarter."), ("7", "450.00 KZT.")])]
    share = [c for c in assemble(*doc).candidates if c.statistic == "share"]
    assert [c.footnotes for c in share] == [["5"]]


def test_months_before_a_comparison_take_its_note_when_that_note_is_on_monthly_data():
    """An unmarked sentence of months between the quarter's note and a comparison's note keeps the
    note before it, unless the comparison's note sources monthly data: then the months are its
    (attach._before_closing_note)."""
    text = ("Between April and June 2024 there were 2.5 million arrivals. April brought 800,100 arrivals "
            "and May 850,200. Overall, arrivals rose by 4.5 per cent compared with the first quarter of 2024.")
    doc = [heading("1. Border crossings"),
           block(text, markers=[("1", "arrivals."), ("2", "2024.")])]

    def months(monthly):
        asm = Assembler(*Q2, find_quantities, find_periods, find_entities, parse_number,
                        monthly_notes=frozenset(monthly))
        for b in doc:
            asm.block(b)
        asm.finish()
        return sorted((c.period[0], c.footnotes[0]) for c in asm.candidates
                      if c.statistic == "total" and c.value < 10 ** 6)

    assert months(()) == [("2024-04-01", "1"), ("2024-05-01", "1")]
    assert months({"2"}) == [("2024-04-01", "2"), ("2024-05-01", "2")]


def test_a_conversion_note_after_a_figure_neither_sources_it_nor_stands_for_the_section():
    """A note in mid-sentence sources the amount after it, not the conversion note that closes the
    paragraph (attach.footnotes_for); the conversion note does not stand for the unmarked text
    after it either (assemble._standing_source)."""
    text = ("In the quarter individuals sent KZT 210.0 billion abroad, while transfers into the country "
            "came to KZT 40.0 billion. Dollar amounts use the average rate of 455.00 tenge per US dollar.")
    doc = [heading("6. Remittances"),
           block(text, markers=[("5", "abroad,"), ("6", "US dollar.")]),
           block("Russia received 30.0% of the amount sent.")]
    cands = assemble(*doc).candidates
    assert {c.footnotes[0] for c in cands if c.statistic == "total"} == {"5"}
    assert [c.footnotes for c in cands if c.statistic == "share"] == [["5"]]

def test_a_table_row_takes_every_note_raised_together_at_its_captions_end():
    cap = Block(page=1, kind="heading", text="Table 3. Transfers from Kazakhstan by country, Q2 2024",
                boxes=tuple((0, 0, 1, 1) for _ in "Table 3. Transfers from Kazakhstan by country, Q2 2024"),
                size=9.0, markers=(Marker("12", 54, (0, 0, 1, 1)), Marker("13", 54, (0, 0, 1, 1))))
    doc = [heading("6. Remittances"), cap, table_row("Country", "KZT bn"), table_row("Georgia", "12.5")]
    cands = [c for c in assemble(*doc).candidates if c.country == "GEO"]
    assert [c.footnotes for c in cands] == [["12", "13"]]


@pytest.mark.parametrize("note, defines", [
    ("EAEU: Eurasian Economic Union. In this report the group covers five member states.", True),
    ("Here and below, non-CIS countries include Georgia and Ukraine.", True),
    ("Border Service of the National Security Committee, data on crossings, Q2 2024.", False),
    ("National Bank, statistics of transfers; here and below amounts in current prices.", False),
    ("Kandas (formerly “oralmans”): ethnic Kazakhs who return from abroad to settle.", True),
    ("IOM Kazakhstan: attendance records of the round table, May 2024.", False),
    ("Note: amounts are given in current prices.", False),
])
def test_a_note_that_defines_a_term_is_told_from_a_source(note, defines):
    assert bool(cues()["definition_note"].search(note)) is defines


def test_a_term_note_sources_no_figure():
    """A marker of a note that defines a term ("CIS⁴") is passed over: the figures after it take
    the section's source (Assembler(term_notes=...))."""
    asm = Assembler(*Q2, find_quantities, find_periods, find_entities, parse_number, frozenset({"4"}))
    for b in [heading("2. Entries"), block("Border guards counted 3.1 million entries.", markers=[("3", "entries.")]),
              block("Most visitors came from the CIS: 2.7 million entries.", markers=[("4", "the CIS")])]:
        asm.block(b)
    assert [c.footnotes for c in asm.candidates if c.group == "CIS"] == [["3"]]


@pytest.mark.parametrize("note, converts", [
    ("US dollar amounts are converted at the average official rate for the quarter, 1 USD = 470.25 KZT.", True),
    ("Amounts in dollars were converted at the National Bank's average rate of 470.25 tenge.", True),
    ("National Bank of the Republic of Kazakhstan, official exchange rates, Q2 2024.", False),
    ("National Bank, money transfers of individuals; dollar amounts as reported by the banks.", False),
    ("Converted at the quarter's average official rate, 470.25 KZT per USD; National Bank.", True),
    ("Tenge figures use the National Bank's average rate for April-June 2024.", True),
    ("National Bank of Kazakhstan; converted series of transfers, Q2 2024.", False),
])
def test_a_note_that_states_the_conversion_rate_is_told_from_a_source(note, converts):
    assert bool(cues()["conversion_note"].search(note)) is converts


def test_a_conversion_note_sources_a_rate_and_no_other_figure():
    """A marker of a note that states how dollars were converted ("... each month.12" where note 12
    is "US dollar amounts are converted at ...") is passed over by the paragraph's amounts, which
    take the paragraph's source note; a paragraph stating the rate keeps it
    (Assembler(rate_notes=...))."""
    asm = Assembler(*Q2, find_quantities, find_periods, find_entities, parse_number, rate_notes=frozenset({"12"}))
    for b in [heading("5. Remittances"),
              block("Individuals sent KZT 300.5 billion abroad.11 On average, KZT 100.5 billion (USD 210.5 million) "
                    "left each month.12", markers=[("11", "abroad."), ("12", "month.")]),
              block("The quarter's average rate was 470.25 tenge per US dollar.", markers=[("12", "dollar.")])]:
        asm.block(b)
    got = sorted((c.unit, c.footnotes) for c in asm.candidates)
    assert got == [("KZT", ["11"]), ("KZT", ["11"]), ("KZT_per_USD", ["12"]), ("USD", ["11"])]


def test_a_paragraph_cut_off_by_the_page_end_takes_the_note_of_its_continuation():
    doc = [heading("4. Foreign labour"),
           block("A total of 60,500 foreign workers were registered in the quarter; Almaty city accounted for"),
           block("21.5% of them.", markers=[("8", "them.")])]
    cands = assemble(*doc).candidates
    total = [c for c in cands if c.statistic == "total"]
    assert [c.footnotes for c in total] == [["8"]] and "FN:continued" in total[0].rules


def test_a_paragraph_cut_off_by_the_page_end_takes_its_continuations_note_over_the_sections():
    # the section has a note already (a paragraph before): the cut-off paragraph's figures take
    # the note of the text that continues it, not the section's last note
    doc = [heading("5. Where residents live"),
           block("The register of foreign labour listed 52,400 workers.", markers=[("7", "workers.")]),
           block("As of 30 June 2024 the largest shares lived in Almaty city (14.5%) and Astana "
                 "(9.5%). At the other end of the scale"),
           block("were Atyrau region (1.5%) and Abai region (0.5%).", markers=[("8", "(0.5%).")])]
    cands = [c for c in assemble(*doc).candidates if c.region]
    assert [c.footnotes for c in cands] == [["8"]] * 4
    assert all("FN:section" not in c.rules and "source_from_previous" not in c.flags for c in cands)


def test_a_chart_takes_the_note_of_its_caption_printed_under_it():
    doc = [heading("1. Arrivals"), block("Share of CIS arrivals, %", "heading", 8.0),
           block("Uzbekistan 40.5%", "table"), block("Kyrgyzstan 20.5%", "table"),
           block("Figure 1. Share of each nationality in CIS arrivals, per cent.", markers=[("2", "per cent.")])]
    shares = [c for c in assemble(*doc).candidates if c.statistic == "share"]
    assert len(shares) == 2 and all(c.footnotes == ["2"] and "FN:caption-below" in c.rules for c in shares)


def test_a_table_row_naming_only_a_group_gives_that_groups_figures():
    """"CIS member states | 2,640,500 | 90.5": the group's total and share; an "Other CIS" row is a
    remainder, no figure."""
    doc = [heading("1. Arrivals"), block("Table 2. Arrivals by nationality, Q2 2024", "heading", 9.0),
           table_row("Nationality", "Persons", "Share, %"),
           table_row("CIS member states", "2,640,500", "90.5"),
           table_row("Uzbekistan", "1,200,300", "41.0"),
           table_row("Other CIS", "60,100", "2.1")]
    cands = assemble(*doc).candidates
    grouped = sorted((c.statistic, float(c.value)) for c in cands if c.group == "CIS" and c.country is None)
    assert grouped == [("share", 90.5), ("total", 2640500.0)]
    assert not [c for c in cands if float(c.value) in (60100.0, 2.1)]


def test_table_columns_take_the_notes_raised_in_their_header_cells():
    first = "Region Registered migrant workers, persons"
    head = first + " Permanent residents, persons"
    header = Block(page=1, kind="table", text=head, boxes=tuple((0, 0, 1, 1) for _ in head), size=9.0,
                   markers=(Marker("4", len(first), (0, 0, 1, 1)), Marker("5", len(head), (0, 0, 1, 1))),
                   cells=((0, 6), (7, len(first)), (len(first) + 1, len(head))))
    doc = [heading("3. Labour"), block("Table 1. Workers and permanent residents by region, Q2 2024", "heading", 9.0),
           header, table_row("Almaty city", "12,500", "27,500")]
    notes = {c.metric: c.footnotes for c in assemble(*doc).candidates}
    assert notes == {"registered_migrant_workers": ["4"], "permanent_residents": ["5"]}


def test_a_category_cell_before_the_name_is_no_label():
    doc = [heading("3. Labour"), block("Table 2. Registered migrant workers by region, Q2 2024", "heading", 9.0),
           table_row("Type of territory", "Region", "Workers"),
           table_row("Cities of republican significance", "Astana", "9,100")]
    assert [(c.region, float(c.value)) for c in assemble(*doc).candidates] == [("KZ-71", 9100.0)]


def test_fractional_values_in_a_persons_table_are_percents():
    """"Russian Federation 38.42" under a chart of arrivals: nobody is counted in fractions."""
    doc = [heading("2. Arrivals"), block("Arrivals from CIS member states by nationality, Q2 2024", "heading", 8.0),
           table_row("Uzbekistan", "40.25"), table_row("Kyrgyzstan", "20.75")]
    got = [(c.statistic, c.unit, float(c.value), "percent_implied" in c.flags) for c in assemble(*doc).candidates]
    assert got == [("share", "percent", 40.25, True), ("share", "percent", 20.75, True)]


def test_a_table_caption_in_small_body_type_is_the_tables_caption():
    doc = [heading("2. Arrivals and residence"),
           block("Most arrivals came from the CIS.", "body", 9.0),
           block("Table 1. Permanent residence permits issued by nationality, Q2 2024, %", "body", 8.0),
           table_row("Nationality", "Share, %"), table_row("Uzbekistan", "45.5")]
    got = [(c.metric, c.statistic, float(c.value), "MET:caption" in c.rules) for c in assemble(*doc).candidates]
    assert got == [("permanent_residence_permits", "share", 45.5, True)]


def test_a_row_naming_a_direction_under_a_transfers_caption_gives_that_directions_months():
    doc = [heading("6. Remittances"), block("Table 4. Transfers through money transfer systems by month, KZT billion",
                                            "heading", 9.0),
           table_row("Direction", "April", "May", "June"),
           table_row("Sent from Kazakhstan", "80.5", "82.5", "84.5"),
           table_row("Received in Kazakhstan", "30.5", "31.5", "32.5")]
    got = sorted((c.metric, c.period[0], float(c.value)) for c in assemble(*doc).candidates)
    assert got == sorted([("remittances_sent", "2024-04-01", 80.5e9), ("remittances_sent", "2024-05-01", 82.5e9),
                          ("remittances_sent", "2024-06-01", 84.5e9), ("remittances_received", "2024-04-01", 30.5e9),
                          ("remittances_received", "2024-05-01", 31.5e9), ("remittances_received", "2024-06-01", 32.5e9)])


@pytest.mark.parametrize("head,compared", [
    ("Arrivals, change vs Q1 2024, %", ("2024-01-01", "2024-03-31")),
    ("Change on the previous quarter, %", ("2024-01-01", "2024-03-31")),
    ("Change, %", None),                                # names no period to compare with: no figure
    ("Change, persons", "none"),                        # a change counted in persons: no figure
])
def test_a_change_column_gives_signed_changes_against_the_period_its_header_names(head, compared):
    """COL:change: "+2.5", "-9.5", "−3.5" under "Arrivals, change vs Q1 2024, %" are changes of
    the row against Q1 2024; the persons column beside it stays a total."""
    doc = [heading("2. Arrivals"), block("Table 1. Arrivals by nationality, Q2 2024", "heading", 9.0),
           table_row("Nationality", "Arrivals (thousand persons)", head),
           table_row("Kyrgyzstan", "412.5", "+2.5"), table_row("Tajikistan", "101.5", "-9.5"),
           table_row("Türkiye", "15.5", "\u22123.5")]
    got = sorted((c.country, c.statistic, float(c.value), c.compared) for c in assemble(*doc).candidates)
    totals = [("KGZ", "total", 412500.0, None), ("TJK", "total", 101500.0, None), ("TUR", "total", 15500.0, None)]
    if compared in (None, "none"):
        assert got == totals
    else:
        changes = [("KGZ", "change", 2.5, compared), ("TJK", "change", -9.5, compared),
                   ("TUR", "change", -3.5, compared)]
        assert got == sorted(totals + changes)


def test_a_second_change_column_beside_one_dated_column_compares_as_the_first():
    """"Arrivals Jan–Mar | Apr–Jun | Change, % | Departures Apr–Jun | Change, %": the departures'
    change is against January-March too (blind round44, 2022q2 tables-fpdf, Table 1)."""
    doc = [heading("2. Border crossings"), block("Table 1. Entries and exits by origin group, Q1 and Q2 2024", "heading", 9.0),
           table_row("Origin group", "Arrivals Jan–Mar 2024", "Arrivals Apr–Jun 2024", "Arrivals Change, %",
                     "Departures Apr–Jun 2024", "Departures Change, %"),
           table_row("CIS member states", "1,351,500", "1,873,500", "+38.5", "1,640,500", "+31.5")]
    got = sorted((c.metric, float(c.value), c.compared) for c in assemble(*doc).candidates if c.statistic == "change")
    assert got == [("arrivals", 38.5, ("2024-01-01", "2024-03-31")), ("departures", 31.5, ("2024-01-01", "2024-03-31"))]


def test_a_note_line_between_a_caption_and_its_header_sources_the_table():
    """"Table 2. Money transfers by country" over "Shares are of the national total for each
    direction.²⁰" over the header: the note's marker sources the rows, and the caption holds
    (blind designer43, 2024q1 word, Table 2)."""
    doc = [heading("3. Remittances"), block("Transfers sent abroad reached KZT 171.5 billion.", markers=[("18", "billion.")]),
           block("Table 2. Money transfers by country, April–June 2024", "heading", 9.0),
           block("Shares are of the national total for each direction. USD at the quarter's average rate.", "legend", 7.5,
                 markers=[("20", "rate.")]),
           table_row("Country", "Sent KZT bn", "Sent share, %"), table_row("Uzbekistan", "35.5", "20.5")]
    got = sorted((c.statistic, c.footnotes) for c in assemble(*doc).candidates if c.country)
    assert got == [("share", ["20"]), ("total", ["20"])]


@pytest.mark.parametrize("caption,read", [
    ("Table 1. Arrivals by nationality, Q2 2024 (thousand persons; change on Q1 2024, in per cent)", True),
    ("Table 1. Arrivals by nationality, Q2 2024 (thousand persons)", False),
])
def test_a_change_column_is_in_percent_where_the_caption_says_so(caption, read):
    """"Change on Q1 2024" over "+13.5" with the caption's "change ..., in per cent": a change in
    percent; with no percent anywhere it may be a change in persons: no figure."""
    doc = [heading("2. Arrivals"), block(caption, "heading", 9.0),
           table_row("Nationality", "Arrivals", "Change on Q1 2024"), table_row("Kyrgyzstan", "412.5", "+13.5")]
    got = [(c.statistic, float(c.value), c.compared) for c in assemble(*doc).candidates if c.statistic == "change"]
    assert got == ([("change", 13.5, ("2024-01-01", "2024-03-31"))] if read else [])


def test_a_change_column_takes_the_period_of_the_values_beside_it():
    """"Jan–Jun 2024 | vs Jan–Jun 2023": the change is of January-June against January-June."""
    doc = [heading("Annex"), block("Table 5. Key indicators", "heading", 9.0),
           table_row("Indicator", "Jan–Jun 2024", "vs Jan–Jun 2023"),
           table_row("Arrivals of foreign nationals", "5,410,500", "+3.5%")]
    got = sorted((c.statistic, float(c.value), c.period, c.compared) for c in assemble(*doc).candidates)
    assert got == [("change", 3.5, ("2024-01-01", "2024-06-30"), ("2023-01-01", "2023-06-30")),
                   ("total", 5410500.0, ("2024-01-01", "2024-06-30"), None)]


def test_months_under_a_merged_year_row_groups_with_units_and_changes_against_named_quarters():
    """"2026 January | ... | 2026 Q1 2026 | Earlier quarters Q4 2025 | Change of the quarter, % vs
    Q4 2025" (a two-level header flattened): each month is of the merged cell's year, the
    quarter column is Q1 2026 (not the year over it), each change is of the report's quarter
    against the quarter its header names; a row group "Money transfers, KZT bn" gives its unit
    and scale to the rows under it (TAB:section-unit)."""
    doc = [heading("6. Monthly data"), block("Table 2. Border crossings and money transfers by month", "heading", 9.0),
           table_row("Indicator", "2026 January", "2026 February", "2026 Q1 2026", "Earlier quarters Q4 2025",
                     "Change of the quarter, % vs Q4 2025"),
           table_row("Arrivals of foreign nationals", "1,000,500", "1,100,500", "3,300,500", "3,400,500", "\u22122.9"),
           table_row("Money transfers of individuals, KZT bn"),
           table_row("Sent from Kazakhstan", "60.5", "65.5", "200.5", "230.5", "\u221213.0")]
    got = sorted((c.metric, c.statistic, c.unit, float(c.value), c.period, c.compared, "TAB:section-unit" in c.rules)
                 for c in assemble(*doc, start=date(2026, 1, 1), end=date(2026, 3, 31)).candidates)
    jan, feb, q1, q4 = (("2026-01-01", "2026-01-31"), ("2026-02-01", "2026-02-28"), ("2026-01-01", "2026-03-31"),
                        ("2025-10-01", "2025-12-31"))
    assert got == sorted([
        ("arrivals", "total", "persons", 1000500.0, jan, None, False), ("arrivals", "total", "persons", 1100500.0, feb, None, False),
        ("arrivals", "total", "persons", 3300500.0, q1, None, False), ("arrivals", "total", "persons", 3400500.0, q4, None, False),
        ("arrivals", "change", "percent", -2.9, q1, q4, False),
        ("remittances_sent", "total", "KZT", 60.5e9, jan, None, True), ("remittances_sent", "total", "KZT", 65.5e9, feb, None, True),
        ("remittances_sent", "total", "KZT", 200.5e9, q1, None, True), ("remittances_sent", "total", "KZT", 230.5e9, q4, None, True),
        ("remittances_sent", "change", "percent", -13.0, q1, q4, False)])


def test_a_row_label_ending_in_its_unit_gives_the_rows_cells_that_unit_and_scale():
    """TAB:label-unit: "Remittances sent, KZT bn" under month columns that name no unit: its
    cells are KZT billions of transfers sent ("remittances sent" names the direction as
    "remittances received" does); the arrivals row beside it stays in persons."""
    doc = [heading("7. Annex"), block("Table A1. Arrivals and remittances by month", "heading", 9.0),
           table_row("Indicator", "2024 April", "2024 May"),
           table_row("Arrivals of foreign nationals, persons", "1,000,500", "1,100,500"),
           table_row("Remittances sent, KZT bn", "60.5", "65.5")]
    got = sorted((c.metric, c.unit, float(c.value), "TAB:label-unit" in c.rules) for c in assemble(*doc).candidates)
    assert got == [("arrivals", "persons", 1000500.0, False), ("arrivals", "persons", 1100500.0, False),
                   ("remittances_sent", "KZT", 60.5e9, True), ("remittances_sent", "KZT", 65.5e9, True)]


def test_a_groups_total_row_keeps_its_share_and_the_tables_total_row_keeps_none():
    """TAB:group-total-share: "Total CIS | ... | 60.5" is the CIS share of transfers sent; the
    last "Total | ... | 100.0" is the base of the shares, no figure."""
    doc = [heading("5. Remittances"), block("Table 1. Remittances sent from Kazakhstan by destination", "heading", 9.0),
           table_row("Country", "KZT bn", "Share of total, %"), table_row("CIS member states"),
           table_row("Uzbekistan", "40.5", "30.5"), table_row("Total CIS", "80.5", "60.5"),
           table_row("Non-CIS countries"), table_row("China", "20.5", "15.5"),
           table_row("Total non-CIS", "52.5", "39.5"), table_row("Total", "133.0", "100.0")]
    got = sorted((c.group or "", c.country or "", float(c.value), "TAB:group-total-share" in c.rules)
                 for c in assemble(*doc).candidates if c.statistic == "share")
    assert got == [("", "CHN", 15.5, False), ("", "UZB", 30.5, False),     # shares of all transfers
                   ("CIS", "", 60.5, True), ("non-CIS", "", 39.5, True)]


def _placed(text: str, top: float, cells: list[tuple[str, float]], kind: str = "table") -> Block:
    """A row printed at `top`, each cell's text from its x, 5 points a character, 9 points high."""
    out, boxes, spans = "", [], []
    for cell, x in cells:
        if out:
            out += " "
            boxes.append((boxes[-1][2], top, x, top + 9.0))
        spans.append((len(out), len(out) + len(cell)))
        out += cell
        boxes += [(x + 5.0 * k, top, x + 5.0 * (k + 1), top + 9.0) for k in range(len(cell))]
    return Block(page=1, kind=kind, text=out, boxes=tuple(boxes), size=9.0, cells=tuple(spans))


def test_a_row_label_wrapped_in_its_cell_gets_its_tail_back_and_a_row_group_stays_a_row():
    """A Word cell "Money sent abroad, KZT" over "bn", the figures level with the upper line:
    "bn" ends the label (so the row is in KZT billions); "Non-CIS countries", a row group's
    label a row's height under the row above, stays a row of its own; months under a merged
    "Months of Q2 2024" cell are each their month."""
    from extractor.tables import wrapped_row_labels
    rows = (_placed("", 100.0, [("Indicator", 50.0), ("Months of Q2 2024 April 2024", 250.0),
                                ("Months of Q2 2024 May 2024", 350.0), ("Quarter Q2 2024", 450.0)]),
            _placed("", 120.0, [("Money sent abroad, KZT", 50.0), ("60.5", 250.0), ("65.5", 350.0), ("190.5", 450.0)]),
            _placed("", 131.0, [("bn", 50.0)]),
            _placed("", 150.0, [("Arrivals of foreign nationals", 50.0), ("1,000", 250.0), ("1,100", 350.0),
                                ("3,300", 450.0)]),
            _placed("", 170.0, [("Non-CIS countries", 50.0)]),
            _placed("", 190.0, [("China", 50.0), ("100", 250.0), ("110", 350.0), ("330", 450.0)]))
    joined = wrapped_row_labels(rows)
    assert [b.text.split(" 6")[0] for b in joined][1:3] == ["Money sent abroad, KZT bn", "Arrivals of foreign nationals 1,000 1,100 3,300"]
    assert joined[3].text == "Non-CIS countries" and len(joined) == 5
    assert joined[1].text[slice(*joined[1].cells[1])] == "60.5" and len(joined[1].boxes) == len(joined[1].text)
    doc = [heading("7. Annex"), block("Table A1. Transfers and arrivals by month", "heading", 9.0), *joined]
    got = sorted((c.metric, float(c.value), c.period) for c in assemble(*doc).candidates if c.metric == "remittances_sent")
    assert got == [("remittances_sent", 60.5e9, ("2024-04-01", "2024-04-30")),
                   ("remittances_sent", 65.5e9, ("2024-05-01", "2024-05-31")),
                   ("remittances_sent", 190.5e9, ("2024-04-01", "2024-06-30"))]


def test_a_chart_in_two_parts_gives_each_part_the_group_over_it():
    """A bar chart titled by a figure caption and a subtitle, its bars in two parts, each under
    a small heading naming a group: the bars under "Non-CIS countries" are non-CIS shares."""
    doc = [heading("2. Arrivals"), block("Figure 1. Entries of foreign nationals by nationality, Q2 2024", "heading", 9.0),
           block("Share of entries within each group of countries, %", "legend", 7.8),
           block("CIS member states", "heading", 7.6), table_row("Uzbekistan", "40.5"), table_row("Kyrgyzstan", "20.5"),
           block("Non-CIS countries", "heading", 7.6), table_row("China", "30.5"), table_row("India", "10.5")]
    got = [(c.country, c.group, float(c.value)) for c in assemble(*doc).candidates]
    assert got == [("UZB", "CIS", 40.5), ("KGZ", "CIS", 20.5), ("CHN", "non-CIS", 30.5), ("IND", "non-CIS", 10.5)]


def test_a_row_groups_label_right_under_a_header_set_apart_is_no_header():
    """A header printed as lines of its own ("Country" | "Persons" | "Share of group, %"), then
    a row group's label ("CIS member states") before the first row of values: the label opens
    the group, the header lines head the values."""
    doc = [heading("2. Arrivals"), block("Table 1. Arrivals of foreign nationals by citizenship, Q2 2024", "heading", 8.0),
           _placed("", 90.0, [("Country of citizenship", 50.0)], "heading"), _placed("", 90.0, [("Persons", 200.0)], "heading"),
           _placed("", 90.0, [("Share of group, %", 260.0)], "heading"), _placed("", 104.0, [("CIS member states", 50.0)]),
           _placed("", 118.0, [("Uzbekistan", 55.0), ("1,300,500", 200.0), ("44.5", 270.0)]),
           _placed("", 132.0, [("Kyrgyzstan", 55.0), ("500,500", 205.0), ("19.5", 270.0)])]
    got = sorted((c.country, c.statistic, c.unit, float(c.value), c.group if c.statistic == "share" else "")
                 for c in assemble(*doc).candidates)
    assert got == [("KGZ", "share", "percent", 19.5, "CIS"), ("KGZ", "total", "persons", 500500.0, ""),
                   ("UZB", "share", "percent", 44.5, "CIS"), ("UZB", "total", "persons", 1300500.0, "")]


@pytest.mark.parametrize("title, groups", [
    ("Figure 1. Arrivals by nationality, Q2 2024 (% of arrivals from each group)", ["CIS", "non-CIS"]),
    ("Figure 1. Arrivals by nationality, Q2 2024, %", [None, None])])
def test_a_group_printed_into_the_names_cell_is_the_shares_base_where_the_title_says_so(title, groups):
    """Chart rows "Non-CIS countries China | 30.5%" (the group cell run into the name's): the
    share is of that group where the title says the shares are of each group; else the
    base is not known and no group is given."""
    doc = [heading("2. Arrivals"), block(title, "heading", 8.3),
           table_row("CIS member states Uzbekistan", "40.5%"), table_row("Non-CIS countries China", "30.5%")]
    got = [(c.country, c.group) for c in assemble(*doc).candidates]
    assert got == [("UZB", groups[0]), ("CHN", groups[1])]


def test_a_months_change_on_the_same_period_of_a_year_before_is_against_that_month():
    """CMP:row-year: "Change on the same period of 2023, %" in rows of months: April 2024 is
    compared with April 2023; the quarter's row with the quarter of 2023."""
    doc = [heading("5. Remittances"), block("Table 3. Money transfers sent from Kazakhstan by month, Q2 2024", "heading", 9.0),
           table_row("Month", "KZT bn", "Change on the same period of 2023, %"),
           table_row("April", "71.5", "+8.5"), table_row("June", "66.5", "−3.5"), table_row("Q2 2024", "210.5", "+2.5")]
    got = [(c.period, c.compared, "CMP:row-year" in c.rules) for c in assemble(*doc).candidates if c.statistic == "change"]
    assert got == [(("2024-04-01", "2024-04-30"), ("2023-04-01", "2023-04-30"), True),
                   (("2024-06-01", "2024-06-30"), ("2023-06-01", "2023-06-30"), True),
                   (("2024-04-01", "2024-06-30"), ("2023-04-01", "2023-06-30"), False)]


def test_a_quarter_total_row_of_a_monthly_table_is_the_quarters():
    """"Quarter total | 210.5 | 450.5" under months: the quarter's amounts, as a "Total" row."""
    doc = [heading("5. Remittances"), block("Table 3. Money transfers sent from Kazakhstan by month, April–June 2024", "heading", 9.0),
           table_row("Month", "KZT bn", "USD mln"), table_row("April", "70.5", "150.5"),
           table_row("Quarter total", "210.5", "450.5")]
    got = [(c.unit, float(c.value), c.period) for c in assemble(*doc).candidates if c.period == Q2_ISO]
    assert got == [("KZT", 210.5e9, Q2_ISO), ("USD", 450.5e6, Q2_ISO)]


def test_rows_naming_a_flow_and_a_group_take_the_flow_not_the_captions():
    """"Departures: CIS member states | 2,870.5" under a caption of entries and exits: the row's
    own metric (departures) and group (CIS), not the caption's first metric."""
    doc = [heading("2. Border crossings"),
           block("Table 1. Entries and exits of foreign nationals by group of countries, Q2 2024 (thousand persons)", "heading", 8.8),
           table_row("Flow and group", "Apr–Jun 2024"), table_row("Arrivals: CIS member states", "2,960.5"),
           table_row("Departures: CIS member states", "2,870.5"), table_row("Total departures", "2,980.5")]
    got = [(c.metric, c.group, float(c.value)) for c in assemble(*doc).candidates]
    assert got == [("arrivals", "CIS", 2960500.0), ("departures", "CIS", 2870500.0), ("departures", None, 2980500.0)]


def test_a_quarter_column_headed_total_and_rate_gives_each_row_its_own_kind():
    """"Quarter (total; rate: average) Q2 2024" over amounts and a rate row: the amounts are the
    quarter's totals, the rate row's cell the quarter's average rate."""
    doc = [heading("7. Annex"), block("Table 2. Monthly and quarterly indicators, Q2 2024", "heading", 8.0),
           table_row("Indicator", "Monthly, 2024 April", "Quarter (total; rate: average) Q2 2024"),
           table_row("Remittances"), table_row("Sent from Kazakhstan, KZT billion", "74.5", "236.5"),
           table_row("Average exchange rate, KZT per USD", "452.5", "450.5")]
    got = [(c.metric, c.statistic, c.unit, float(c.value), c.period) for c in assemble(*doc).candidates]
    assert got == [("remittances_sent", "total", "KZT", 74.5e9, ("2024-04-01", "2024-04-30")),
                   ("remittances_sent", "total", "KZT", 236.5e9, Q2_ISO),
                   ("exchange_rate", "average", "KZT_per_USD", 452.5, ("2024-04-01", "2024-04-30")),
                   ("exchange_rate", "average", "KZT_per_USD", 450.5, Q2_ISO)]


def test_a_stock_row_under_quarter_columns_is_of_each_quarters_last_day_and_a_remainder_row_is_none():
    """PER:stock-column: "Foreigners living in Kazakhstan with a permanent residence permit, end
    of quarter" under "Apr–Jun 2024 | Jan–Mar 2024 | vs Q2 2023, %": stocks on 30 June and 31
    March, the change against 30 June 2023; "Other CIS member states (Armenia, Belarus)" is a
    remainder, no figure of Armenia's, and "Other regions (..., including Abay)" none of Abay's."""
    doc = [heading("4. Residence permits"), block("Table 3. Residence permits by type (persons)", "heading", 8.8),
           table_row("Type of permit", "Apr–Jun 2024", "Jan–Mar 2024", "vs Q2 2023, %"),
           table_row("Foreigners living in Kazakhstan with a permanent residence permit, end of quarter",
                     "182,500", "180,500", "+3.5"),
           block("Table 2. Arrivals by citizenship, April – June 2024 (thousand persons)", "heading", 8.8),
           table_row("Citizenship", "Arrivals"), table_row("Uzbekistan", "1,225.5"),
           table_row("Other CIS member states (Armenia, Azerbaijan, Belarus)", "90.5"),
           table_row("Other regions (9 regions, including Abay and Ulytau)", "40.5")]
    got = [(c.metric, c.statistic, c.country, float(c.value), c.period, c.compared) for c in assemble(*doc).candidates]
    assert got == [("permanent_residents", "total", None, 182500.0, ("2024-06-30", "2024-06-30"), None),
                   ("permanent_residents", "total", None, 180500.0, ("2024-03-31", "2024-03-31"), None),
                   ("permanent_residents", "change", None, 3.5, ("2024-06-30", "2024-06-30"), ("2023-06-30", "2023-06-30")),
                   ("arrivals", "total", "UZB", 1225500.0, Q2_ISO, None)]


def test_a_tile_with_no_value_amid_a_maps_tiles_keeps_the_caption_for_the_tiles_after_it():
    """A tile map read as rows: "Abay" over "—" (a region with no separate data) between two
    tiles is no break; the tiles after it keep the caption's metric."""
    doc = [heading("3. Labour migration"),
           block("Figure 2. Foreign workers registered by region, persons, Q2 2024", "legend", 8.0),
           table_row("Pavlodar", "538"), block("Abay", "legend", 7.0), block("—", "heading", 11.0),
           table_row("Karaganda", "761"), block("Ulytau", "legend", 7.0), table_row("Astana", "2,317")]
    got = [(c.metric, c.region, float(c.value)) for c in assemble(*doc).candidates]
    assert got == [("registered_migrant_workers", "KZ-55", 538.0), ("registered_migrant_workers", "KZ-35", 761.0),
                   ("registered_migrant_workers", "KZ-71", 2317.0)]


@pytest.mark.parametrize("rows,expected", [
    ((("CIS countries Uzbekistan", "45.5", "20.5"), ("Other countries", "65.5", "39.0")), "non-CIS"),
    ((("CIS countries Uzbekistan", "45.5", "20.5"), ("Türkiye", "25.5", "10.5"), ("Other countries", "40.5", "28.5")),
     None),     # a country outside the group cells: "Other countries" is only the rest, no group's
], ids=["complement", "rest-of-list"])
def test_other_countries_beside_a_group_column_of_one_group(rows, expected):
    """GRP:complement: "Other countries" under rows that all stand in a "CIS countries" group
    cell is the non-CIS group, flagged group_complement."""
    doc = [heading("6. Remittances"), block("Table 1. Remittances sent by country, Q2 2024", "heading", 9.0),
           table_row("Country / group", "KZT bn", "Share, %"), *(table_row(*r) for r in rows)]
    got = {(c.group, "group_complement" in c.flags) for c in assemble(*doc).candidates if c.country is None}
    assert got == ({(expected, True)} if expected else set())


def test_a_direction_row_under_a_topic_row_takes_the_metric_both_name():
    """MET:row-topic: "Sent from Kazakhstan" under the row "Money transfers of individuals" is
    remittances sent, month by month; without the topic row it names no metric."""
    def doc(*topic):
        return [heading("8. Annex"), block("Table 9. Monthly indicators, second quarter of 2024", "heading", 9.0),
                table_row("Indicator", "Unit", "April 2024", "May 2024"), *(table_row(t) for t in topic),
                table_row("Sent from Kazakhstan", "KZT bn", "68.5", "71.5")]
    got = sorted((c.metric, float(c.value), c.period[0], "MET:row-topic" in c.rules)
                 for c in assemble(*doc("Money transfers of individuals")).candidates)
    assert got == [("remittances_sent", 68.5e9, "2024-04-01", True), ("remittances_sent", 71.5e9, "2024-05-01", True)]
    assert not assemble(*doc()).candidates


@pytest.mark.parametrize("rows,expected", [
    ((("Total", "1,500", "+2.5"), ("Non-CIS countries",), ("Gamma", "700", "+1.5"), ("Total", "700", "+1.5"),
      ("All countries", "2,200", "+2.0")), [("CIS", 1500.0), ("non-CIS", 700.0)]),
    ((("Non-CIS countries",), ("Gamma", "700", "+1.5"), ("Total", "2,200", "+2.0")), []),
    ((("Total", "1,500", "+2.5"), ("Other countries",), ("Türkiye", "700", "+1.5"), ("Total", "700", "+1.5"),
      ("All countries", "2,200", "+2.0")), [("CIS", 1500.0), ("non-CIS", 700.0)]),
    # a line of text under the table read as a row, naming a group: no group's label (blind
    # designer84, 2024q2 word, Table 1)
    ((("Non-CIS countries", "700", "+1.5"), ("Total", "2,200", "+2.0"),
      ("Within the CIS group, citizens of Uzbekistan accounted for 44.5% of entries,", "",
       "those of the Russian Federation and")), []),
], ids=["subtotals-then-all", "total-ends-the-table", "other-countries-is-the-complement", "text-line-after"])
def test_a_bare_total_under_a_row_group_label_is_that_groups_total(rows, expected):
    """GRP:section-total: "Total" under "CIS member states" and its countries is the CIS total
    when the table goes on (another group's label, another total row); a "Total" that ends the
    table is the table's, with no group. "Other countries" as the next group's label is the
    first group's complement."""
    doc = [heading("4. Labour migration"), block("Table 1. Foreign workers registered by citizenship, Q2 2024", "heading", 9.0),
           table_row("Citizenship", "Persons", "Change on Q1 2024, %"), table_row("CIS member states"),
           table_row("Uzbekistan", "1,000", "+3.5"), table_row("Tajikistan", "500", "+0.5"),
           *(table_row(*r) for r in rows), block("The text goes on.")]
    got = sorted((c.group, float(c.value)) for c in assemble(*doc).candidates
                 if c.country is None and c.statistic == "total" and "GRP:section-total" in c.rules)
    assert got == sorted(expected)
    assert all(c.group is None for c in assemble(*doc).candidates if c.quote.startswith("All countries")
               or c.quote.startswith("Total 2,200"))


def test_header_lines_in_small_type_give_their_columns_and_notes_and_a_cells_wrapped_tail_is_no_break():
    """Header lines set as legends under the caption ("Temporary residence permits" over
    "issued¹⁴"), an empty group column on the left, and a group label's wrapped tail ("states")
    between two rows: each column keeps its metric and its note (FN:column)."""
    from extractor.types import Marker
    def placed(kind, *pieces, markers=()):
        text, boxes = "", []
        for cell, x in pieces:
            if text:
                text += " "
                boxes.append((x - 5, 0.0, x, 9.0))
            boxes += [(x + 5 * i, 0.0, x + 5 * i + 5, 9.0) for i in range(len(cell))]
            text += cell
        marks = tuple(Marker(label, text.index(after) + len(after), (boxes[text.index(after) + len(after) - 1][2], 0, 0, 0))
                      for label, after in markers)
        return Block(page=1, kind=kind, text=text, boxes=tuple(boxes), size=9.0 if kind == "table" else 7.5, markers=marks)
    row = placed("table", ("", 0), ("Uzbekistan", 100), ("4,312", 300), ("31,254", 400))
    row = replace(row, text=row.text.lstrip(), boxes=row.boxes[1:], cells=((0, 0), (0, 10), (11, 16), (17, 23)))
    doc = [heading("3. Residence permits"), block("Table 1. Permits and workers by citizenship, Q2 2024", "heading", 9.0),
           placed("legend", ("Citizenship", 100)),
           placed("legend", ("Temporary residence permits", 250)), placed("legend", ("issued", 300), markers=[("14", "issued")]),
           placed("legend", ("Migrant workers", 385)), placed("legend", ("registered", 390), markers=[("15", "registered")]),
           row, placed("legend", ("states", 0)), table_row("Kyrgyzstan", "861", "2,417")]
    got = sorted((c.metric, c.country, float(c.value), tuple(c.footnotes), "FN:column" in c.rules)
                 for c in assemble(*doc).candidates)
    assert got == sorted([("temporary_residence_permits", "UZB", 4312.0, ("14",), True),
                          ("registered_migrant_workers", "UZB", 31254.0, ("15",), True),
                          ("temporary_residence_permits", "KGZ", 861.0, ("14",), True),
                          ("registered_migrant_workers", "KGZ", 2417.0, ("15",), True)])


def test_rows_without_their_group_cell_under_a_group_column_and_group_labels_between_rows():
    """"Group | Country | KZT bn | Share, %" over rows printed without their group cell, the
    merged cell's label ("CIS member states") set as a line of its own between two rows: every
    row keeps the columns, the label breaks nothing."""
    doc = [heading("6. Remittances"), block("Table 1. Remittances sent by country of destination, Q2 2024", "heading", 9.0),
           table_row("Group", "Country", "KZT bn", "Share, %"), table_row("Russian Federation", "77.5", "31.5"),
           block("CIS member states", "heading", 9.0), table_row("Uzbekistan", "38.5", "15.5")]
    got = sorted((c.country, c.unit, float(c.value)) for c in assemble(*doc).candidates)
    assert got == [("RUS", "KZT", 77.5e9), ("RUS", "percent", 31.5), ("UZB", "KZT", 38.5e9), ("UZB", "percent", 15.5)]


def test_rows_named_by_their_unit_under_a_direction_and_value_columns_headed_quarter():
    """"Transfers sent from Kazakhstan" over rows "KZT billion | ..." and "USD million | ...":
    each row is the direction's amounts in its own unit; "Quarter Total" and "Quarter Monthly
    average" right of the name column are columns of values; a change against Q4 2021 beside a
    change against Q3 2022 is the report quarter's."""
    doc = [heading("Annex"), block("Table 2. Money transfers by individuals, by month, fourth quarter of 2022", "heading", 9.0),
           table_row("Flow and unit", "Q4 2022 October", "Quarter Total", "Quarter Monthly average",
                     "Comparison Q3 2022 monthly average", "Comparison Change vs Q3 2022, %", "Comparison Change vs Q4 2021, %"),
           table_row("Transfers sent from Kazakhstan"),
           table_row("KZT billion", "98.5", "312.5", "104.5", "121.5", "−14.5", "+78.5"),
           table_row("USD million", "209.5", "667.5", "222.5", "–", "–", "–")]
    got = sorted((c.statistic, c.unit, float(c.value), c.period, c.compared)
                 for c in assemble(*doc, start=date(2022, 10, 1), end=date(2022, 12, 31)).candidates)
    q4, q3, oct_ = ("2022-10-01", "2022-12-31"), ("2022-07-01", "2022-09-30"), ("2022-10-01", "2022-10-31")
    assert got == sorted([("total", "KZT", 98.5e9, oct_, None), ("total", "KZT", 312.5e9, q4, None),
                          ("monthly_average", "KZT", 104.5e9, q4, None), ("monthly_average", "KZT", 121.5e9, q3, None),
                          ("change", "percent", -14.5, q4, q3), ("change", "percent", 78.5, q4, ("2021-10-01", "2021-12-31")),
                          ("total", "USD", 209.5e6, oct_, None), ("total", "USD", 667.5e6, q4, None),
                          ("monthly_average", "USD", 222.5e6, q4, None)])


def test_a_monthly_average_column_of_amounts_and_months_under_a_merged_quarter():
    """"April – June 2022 April | ... | April – June 2022 Monthly average": April of 2022, and
    the month's average of the quarter, not a total."""
    doc = [heading("Annex"), block("Table 2. Money transfers of individuals by month, 2022", "heading", 9.0),
           table_row("Flow", "Unit", "April – June 2022 April", "April – June 2022 Monthly average"),
           table_row("Sent abroad", "KZT bn", "68.5", "70.5")]
    got = sorted((c.statistic, float(c.value), c.period) for c in assemble(*doc, start=date(2022, 4, 1),
                                                                           end=date(2022, 6, 30)).candidates)
    assert got == [("monthly_average", 70.5e9, ("2022-04-01", "2022-06-30")), ("total", 68.5e9, ("2022-04-01", "2022-04-30"))]


def test_month_columns_with_units_and_a_rate_row_under_them():
    """"April 2024 KZT bn | April 2024 USD mn | ...": each column is its month (a year before a
    currency is no amount in a header); a row "Average exchange rate, KZT per USD" under them
    gives each month's rate."""
    doc = [heading("Annex"), block("Table 2. Cross-border money transfers of individuals, April–June 2024", "heading", 9.0),
           table_row("Flow", "April 2024 KZT bn", "April 2024 USD mn", "May 2024 KZT bn", "May 2024 USD mn"),
           table_row("Transfers sent from Kazakhstan", "70.5", "155.5", "72.5", "160.5"),
           table_row("Average exchange rate, KZT per USD", "450.25", "", "451.75", "")]
    got = sorted((c.metric, c.unit, float(c.value), c.period) for c in assemble(*doc).candidates)
    april, may = ("2024-04-01", "2024-04-30"), ("2024-05-01", "2024-05-31")
    assert got == sorted([("remittances_sent", "KZT", 70.5e9, april), ("remittances_sent", "USD", 155.5e6, april),
                          ("remittances_sent", "KZT", 72.5e9, may), ("remittances_sent", "USD", 160.5e6, may),
                          ("exchange_rate", "KZT_per_USD", 450.25, april), ("exchange_rate", "KZT_per_USD", 451.75, may)])


def test_fractional_counts_of_a_chart_take_the_scale_of_the_unit_line_under_it():
    """SCALE:note-below: "April 1,046.5" under "Figure 1. Arrivals by month" and over "Thousand
    persons. Source: ..." is 1,046,500 arrivals, flagged."""
    doc = [heading("2. Arrivals"), block("Figure 1. Arrivals of foreign nationals by month, April–June 2024", "heading", 9.0),
           table_row("April", "1,046.5"), table_row("May", "1,162.5"),
           block("Thousand persons. Source: Border Service.", "legend", 7.0)]
    got = [(float(c.value), c.period, "scale_from_note" in c.flags) for c in assemble(*doc).candidates]
    assert got == [(1046500.0, ("2024-04-01", "2024-04-30"), True), (1162500.0, ("2024-05-01", "2024-05-31"), True)]


def test_a_sidebar_does_not_change_the_main_texts_section():
    """A sidebar read between two paragraphs of the arrivals section (its own heading and a
    training count) leaves the section's metric to the paragraph after it."""
    aside = [replace(heading("ROUND TABLE"), aside=True),
             replace(block("On 21 May IOM met 25 participants from recruitment agencies."), aside=True)]
    doc = [heading("2. Arrivals"), block("Border posts counted 3,100,500 arrivals of foreign citizens."), *aside,
           block("Within the CIS flow, citizens of Kyrgyzstan made up 40.5% and those of Tajikistan 20.5%.")]
    got = [(c.metric, float(c.value)) for c in assemble(*doc).candidates if c.statistic == "share"]
    assert got == [("arrivals", 40.5), ("arrivals", 20.5)]


@pytest.mark.parametrize("header,row,expected", [
    (("Type of permit", "Q2 2024", "Q1 2024", "Change, %"), ("Temporary residence permits", "41,250", "33,850", "+21.5"),
     (("2024-04-01", "2024-06-30"), ("2024-01-01", "2024-03-31"))),
    (("Type of permit", "Persons", "Change y-o-y, %"), ("Temporary residence permits", "41,250", "+21.5"),
     (("2024-04-01", "2024-06-30"), ("2023-04-01", "2023-06-30"))),
], ids=["two-period-columns", "year-on-year"])
def test_a_change_column_without_a_named_period(header, row, expected):
    """"Q2 2024 | Q1 2024 | Change, %": the later against the earlier; "Change y-o-y, %": the
    same period a year before."""
    doc = [heading("3. Residence permits"), block("Table 3. Residence permits issued by type", "heading", 9.0),
           table_row(*header), table_row(*row)]
    got = [(c.period, c.compared) for c in assemble(*doc).candidates if c.statistic == "change"]
    assert got == [expected]


def test_a_unit_line_under_a_table_reads_as_part_of_its_caption():
    """"Thousand persons. Change: compared with April–June 2023. Source: ..." under a table whose
    caption and header name neither: the counts are thousands, the change is against Q2 2023."""
    from extractor.tables import caption_units
    blocks = (block("Table 1. Arrivals by group of countries", "heading", 9.0),
              table_row("Group", "Arrivals", "Change, %"), table_row("CIS countries", "2,371.5", "+40.5"),
              block("Thousand persons. Change: compared with April–June 2023. Source: Border Service.", "legend", 7.0))
    doc = [heading("2. Arrivals"), *caption_units(blocks)]
    got = sorted((c.statistic, float(c.value), c.compared) for c in assemble(*doc).candidates)
    assert got == [("change", 40.5, ("2023-04-01", "2023-06-30")), ("total", 2371500.0, None)]


def test_a_unit_line_naming_the_charts_period_under_a_chart_gives_its_unit():
    """"KZT billion, April–June 2024. Source: ..." under a chart of months titled "Monthly
    remittances sent from Kazakhstan": the bars are KZT billions."""
    from extractor.tables import caption_units
    blocks = (block("Figure 3. Monthly remittances sent from Kazakhstan", "heading", 9.0),
              table_row("April 2024", "84.5"), table_row("May 2024", "83.5"),
              block("KZT billion, April–June 2024. Source: National Bank.", "body", 7.6))
    doc = [heading("4. Remittances"), *caption_units(blocks)]
    got = [(c.metric, c.unit, float(c.value)) for c in assemble(*doc).candidates]
    assert got == [("remittances_sent", "KZT", 84.5e9), ("remittances_sent", "KZT", 83.5e9)]


def test_a_caption_printed_under_a_chart_after_running_text_is_read_before_its_bars():
    """A chart set right after a paragraph, its "Figure 1. ... (billion KZT)" caption under it:
    the bars read against the caption (metric, currency, scale); a chart with a caption above
    keeps its order (the caption under it is the next chart's)."""
    from extractor.tables import captions_first
    blocks = (block("Transfers went mainly to the Russian Federation.", "body", 10.0),
              table_row("Georgia", "17.4"), table_row("China", "12.9"),
              block("Figure 1. Remittances sent from Kazakhstan by country of destination, Q1 2026 (billion KZT)", "body", 8.5))
    got = sorted((c.metric, c.country, c.unit, float(c.value)) for c in assemble(heading("4. Remittances"), *captions_first(blocks)).candidates)
    assert got == [("remittances_sent", "CHN", "KZT", 12.9e9), ("remittances_sent", "GEO", "KZT", 17.4e9)]
    above = (block("Figure 1. Arrivals by nationality, thousand persons", "heading", 9.0),
             table_row("Uzbekistan", "41.2"), table_row("China", "12.9"),
             block("Figure 2. Remittances sent, billion KZT", "heading", 9.0))
    assert captions_first(above) == above


def test_other_countries_under_a_groups_row_alone_is_its_complement():
    """"CIS member states | 2,471,306" over "Other countries | 226,509": the other row is the
    non-CIS group; under a group's row and its countries, it is only the rest of the list."""
    doc = [heading("2. Arrivals"), block("Table 1. Arrivals of foreign nationals by country group, persons", "heading", 9.0),
           table_row("Country group", "Arrivals"), table_row("CIS member states", "2,471,306"),
           table_row("Other countries", "226,509"), table_row("Total", "2,697,815")]
    got = sorted((c.group or "", float(c.value)) for c in assemble(*doc).candidates)
    assert got == [("", 2697815.0), ("CIS", 2471306.0), ("non-CIS", 226509.0)]
    doc = [heading("5. Remittances"), block("Table 2. Money sent by country, KZT bn", "heading", 9.0),
           table_row("Country", "Sent"), table_row("CIS countries", "110.5"), table_row("Uzbekistan", "52.6"),
           table_row("Other countries", "57.5")]
    assert [c.group for c in assemble(*doc).candidates] == ["CIS", None]


def test_rows_led_by_a_group_cell_and_a_name_under_a_header_over_the_values_only():
    """"KZT bn | USD mn | Share, %" over rows "CIS member states | Uzbekistan | 61.5 | 113.5 | 19.5":
    the group's cell and the name lead the row, the values keep their columns."""
    doc = [heading("6. Remittances"), block("Table 1. Outgoing money transfers by destination, Q2 2024", "heading", 9.0),
           table_row("KZT bn", "USD mn", "Share, %"),
           table_row("CIS member states", "Uzbekistan", "61.5", "113.5", "19.5")]
    got = sorted((c.country, c.unit, float(c.value)) for c in assemble(*doc).candidates)
    assert got == [("UZB", "KZT", 61.5e9), ("UZB", "USD", 113.5e6), ("UZB", "percent", 19.5)]


def test_rows_of_words_inside_a_table_open_a_direction_or_a_group_for_the_rows_under_them():
    """"Received in Kazakhstan, by country of origin" over its rows: they are money received; a
    "Non-CIS countries" subtotal row opens the group a "Share within group, %" column is of; a
    "Note: KZT billion." line under a table gives its cells' currency and scale."""
    from extractor.tables import caption_units
    doc = [heading("5. Remittances"), block("Table 4. Money transfers by country, Q2 2024", "heading", 9.0),
           table_row("Country", "KZT bn", "Share, %"),
           table_row("Sent from Kazakhstan, by country of destination"), table_row("Russian Federation", "118.5", "39.5"),
           table_row("Received in Kazakhstan, by country of origin"), table_row("United States", "14.5", "10.5"),
           block("Table 1. Arrivals by nationality, Q2 2024", "heading", 9.0),
           table_row("Nationality", "Arrivals", "Share within group, %"),
           table_row("Non-CIS countries", "537,500", "12.5"), table_row("Türkiye", "98,500", "18.5")]
    got = sorted((c.metric, c.country, c.group or "", c.unit, float(c.value)) for c in assemble(*doc).candidates if c.country)
    assert got == sorted([("remittances_sent", "RUS", "", "KZT", 118.5e9), ("remittances_sent", "RUS", "", "percent", 39.5),
                          ("remittances_received", "USA", "", "KZT", 14.5e9),
                          ("remittances_received", "USA", "", "percent", 10.5),
                          # the count keyed by the group its row's share is of (GRP:row-count)
                          ("arrivals", "TUR", "non-CIS", "persons", 98500.0), ("arrivals", "TUR", "non-CIS", "percent", 18.5)])
    monthly = caption_units((block("Table 5. Money transfers by month", "heading", 9.0),
                             table_row("Month", "Sent from Kazakhstan"), table_row("April 2024", "94.5"),
                             block("Note: KZT billion.", "legend", 7.0)))
    got = [(c.unit, float(c.value)) for c in assemble(heading("5. Remittances"), *monthly).candidates]
    assert got == [("KZT", 94.5e9)]
    # a unit with a bracketed remark ("thousand persons (arrivals, not individuals)")
    remark = caption_units((block("Table 1. Arrivals by nationality, Q2 2024", "heading", 9.0),
                            table_row("Nationality", "Q2 2024"), table_row("Uzbekistan", "1,210.4"),
                            block("Note: thousand persons (arrivals, not individuals).", "legend", 7.0)))
    got = [(c.unit, float(c.value)) for c in assemble(heading("2. Arrivals"), *remark).candidates]
    assert got == [("persons", 1210400.0)]


def test_an_undated_count_restating_a_dated_one_takes_its_date():
    """Key findings "IOM held a round table with 31 participants" (no date: the report's period)
    and the body's "On 14 May 2024 ... 31 participants took part": one figure, dated 14 May."""
    from datetime import date
    from extractor.pipeline import dated_restatements
    doc = [heading("Key findings"), block("IOM held a round table on fair recruitment with 31 participants."),
           heading("7. IOM activities"),
           block("On 14 May 2024 IOM held a round table in Astana. Thirty-one participants took part.")]
    cands = assemble(*doc).candidates
    dated_restatements(cands, date(2024, 4, 1), date(2024, 6, 30))
    got = sorted((float(c.value), c.period, "period_from_restatement" in c.flags)
                 for c in cands if c.metric == "training_participants")
    day = ("2024-05-14", "2024-05-14")
    assert got == [(31.0, day, False), (31.0, day, True)]


@pytest.mark.parametrize("legal,expected", [(frozenset({"9"}), "8"), (frozenset(), "9")],
                         ids=["legal-note-skipped", "any-note"])
def test_a_note_citing_a_legal_act_sources_no_figure_of_another_sentence(legal, expected):
    """A marker whose note cites a legal act ("Rules ..., approved by Order No. 119") after a
    sentence on the rules sources neither the next sentence's figure nor the table after it."""
    para = block("Foreign workers numbered 41,500 at the end of June. The new rules on foreign labour "
                 "came into force in May. Almaty city accounted for 27.5 per cent of the workers.",
                 markers=[("8", "June."), ("9", "May.")])
    asm = Assembler(*Q2, find_quantities, find_periods, find_entities, parse_number, legal_notes=legal)
    for b in (heading("3. Labour migration"), para, block("Figure 1. Foreign workers by region, persons", "heading", 9.0),
              table_row("Astana", "6,300")):
        asm.block(b)
    got = {float(c.value): c.footnotes for c in asm.candidates}
    assert got[41500.0] == ["8"] and got[27.5] == [expected] and got[6300.0] == [expected]


@pytest.mark.parametrize("between,expected", [("Tiles are placed roughly by geography.", ["4"]),
                                              ("Workers are counted on 1 July.", [])],
                         ids=["note-beside-tiles", "note-with-a-figure"])
def test_a_source_line_under_a_map_sources_its_tiles(between, expected):
    """FN:source-below: tiles with no note take the note of the "Source: ..." line under the map,
    across a note without figures set between two rows of tiles (not across one with a figure)."""
    doc = [heading("3. Labour migration"), block("Figure 2. Foreign workers by region, persons", "heading", 9.0),
           table_row("Atyrau", "5,412"), block(between), table_row("Astana", "3,104"),
           block("Number of persons, Q2 2024. Source: Ministry of Labour.", "legend", markers=[("4", "Labour.")])]
    got = {c.region: c.footnotes for c in assemble(*doc).candidates if c.region}
    assert got["KZ-71"] == ["4"] and got["KZ-23"] == expected


@pytest.mark.parametrize("detail,expected", [
    ("Outgoing transfers were 6.5 per cent lower than in the first quarter of 2024.", ("2024-01-01", "2024-03-31")),
    ("Outgoing transfers were 6.5 per cent lower than in the first quarter of 2024, and 6.5 per cent "
     "lower than in the second quarter of 2023.", None),
], ids=["one-period-named", "two-periods-named"])
def test_a_change_stated_without_its_compared_period_takes_the_one_its_restatement_names(detail, expected):
    """CMP:restated: "contracted by 6.5 per cent" in a summary is the change a later sentence
    dates against the first quarter; where two statements of it name different periods, the
    summary's stays without one."""
    from extractor.pipeline import compared_restatements
    cands = assemble(heading("Summary"), block("Outgoing money transfers contracted by 6.5 per cent."),
                     heading("6. Remittances"), block(detail)).candidates
    compared_restatements(cands)
    summary = next(c for c in cands if c.block.text.startswith("Outgoing money"))
    assert summary.compared == expected
    assert ("compared_from_restatement" in summary.flags) is (expected is not None)


def test_a_change_whose_compared_period_was_carried_over_takes_the_one_its_table_row_names():
    """CMP:restated: "fell sharply (by 18.5% and 22.5% respectively)" after year-on-year changes
    carries their year-ago period over (compared_from_previous); "Georgia | 14.5 | -18.5" under
    "vs Q1 2024, %" states the same change against the quarter before, which it takes; a row of
    another value leaves the carried period alone."""
    from extractor.pipeline import compared_restatements
    text = "Transfers to Georgia and Armenia fell sharply (by 18.5% and 22.5% respectively)."
    cands = assemble(heading("6. Remittances"), block("Outgoing transfers were 5.5 per cent higher than in April–June 2023."),
                     block(text),
                     block("Table 5. Outgoing transfers by country of destination, Q2 2024", "heading", 9.0),
                     table_row("Country", "KZT bn", "vs Q1 2024, %"), table_row("Georgia", "14.5", "-18.5"),
                     table_row("Armenia", "9.5", "-21.5")).candidates
    said = {c.country: c for c in cands if c.block.text == text and c.country}
    assert said["GEO"].compared == ("2023-04-01", "2023-06-30") and "compared_from_previous" in said["GEO"].flags
    armenia = said["ARM"].compared
    compared_restatements(cands)
    assert said["GEO"].compared == ("2024-01-01", "2024-03-31") and "compared_from_restatement" in said["GEO"].flags
    assert "compared_from_previous" not in said["GEO"].flags and said["ARM"].compared == armenia


@pytest.mark.parametrize("last,expected", [
    ("Permanent residence permits were granted to 8,120 people.", (["3"], "FN:section-metric")),
    ("Arrivals by month are set out in Figure 1 below.", (["4"], "FN:section")),
], ids=["last-note-of-another-metric", "last-note-names-the-charts-metric"])
def test_a_chart_without_a_note_takes_its_metrics_note_when_the_last_note_is_of_another(last, expected):
    """FN:section-metric: a chart of arrivals set after a paragraph on permits takes the note of
    the section's last text figure of arrivals; where the last note's text names arrivals, it
    takes that note (FN:section)."""
    doc = [heading("2. Migration inflow"), block("Arrivals reached 2.9 million.", markers=[("3", "million.")]),
           block(last, markers=[("4", last[-6:])]),
           block("Figure 1. Arrivals by month, Q2 2024", "heading", 9.0),
           table_row("April 2024", "948,310"), table_row("May 2024", "991,240")]
    rows = [c for c in assemble(*doc).candidates if c.block.kind == "table"]
    assert rows and all((c.footnotes, next(r for r in c.rules if r.startswith("FN:"))) == expected for c in rows)


def test_an_upper_header_of_spanning_cells_heads_the_columns_under_it():
    """An upper header line of spanning cells only ("Sent from | Received in") over the header
    row that names the label column: each column under it takes the nearer spanning cell, so
    the table's KZT and share columns keep their direction (TAB:header-lines)."""
    from tests.test_assemble import _placed_row as row
    doc = [heading("6. Remittances"), block("Table 2. Money transfers by country, Q2 2024", "heading", 9.0),
           row(("Sent from Kazakhstan", 170), ("Received in Kazakhstan", 290)),
           row(("Country", 40), ("KZT bn", 160), ("share, %", 220), ("KZT bn", 280), ("share, %", 340)),
           row(("Uzbekistan", 40), ("44.5", 160), ("20.5", 220), ("8.5", 280), ("9.5", 340))]
    got = sorted((c.metric, c.statistic, float(c.value)) for c in assemble(*doc).candidates)
    assert got == [("remittances_received", "share", 9.5), ("remittances_received", "total", 8.5e9),
                   ("remittances_sent", "share", 20.5), ("remittances_sent", "total", 44.5e9)]


def test_a_comment_wrapped_in_a_rows_last_cell_joins_that_cell_and_the_table_goes_on():
    """A monthly table whose last column holds comments that wrap onto a line of their own
    ("New Year holidays; the tenge" over "at its weakest in mid-month"): the line ends the
    comment, the next month's row stays a row, and every month keeps its figures."""
    from extractor.tables import wrapped_row_labels
    rows = (_placed("", 100.0, [("Month, 2024", 50.0), ("Sent, KZT bn", 250.0), ("Comment", 350.0)]),
            _placed("", 120.0, [("April", 50.0), ("60.5", 250.0), ("Holidays early in the month; the tenge", 350.0)]),
            _placed("", 131.0, [("at its weakest in mid-month", 350.0)], kind="legend"),
            _placed("", 150.0, [("May", 50.0), ("65.5", 250.0), ("Lowest transfers of the quarter", 350.0)]))
    joined = wrapped_row_labels(rows)
    assert len(joined) == 3
    assert joined[1].text[slice(*joined[1].cells[2])] == "Holidays early in the month; the tenge at its weakest in mid-month"
    doc = [heading("5. Remittances"), block("Table 4. Money sent abroad by month", "heading", 9.0), *joined]
    got = sorted((c.metric, float(c.value), c.period) for c in assemble(*doc).candidates)
    assert got == [("remittances_sent", 60.5e9, ("2024-04-01", "2024-04-30")),
                   ("remittances_sent", 65.5e9, ("2024-05-01", "2024-05-31"))]


def test_a_total_verb_after_an_average_and_a_year_on_year_change_after_an_earlier_period():
    """F:money-total over the sentence's statistic: "transfers abroad totalled 148.3 billion"
    after an average earlier in the sentence is a total; PER:year-on-year: "the year-on-year rise"
    compared with the quarter a year before the report's is the report's quarter's, not that of
    the period the sentence opened with."""
    text = ("In January–March the average had been KZT 71.23 billion a month, and in April–June 2023 "
            "transfers abroad totalled 148.3 billion tenge, so the year-on-year rise comes to 73.6 per cent.")
    got = {float(c.value): (c.statistic, c.period, c.compared, c.rules)
           for c in assemble(heading("5. Remittances"), block(text)).candidates}
    assert got[71.23e9][:2] == ("monthly_average", ("2024-01-01", "2024-03-31"))
    assert got[148.3e9][:2] == ("total", ("2023-04-01", "2023-06-30"))
    assert got[73.6][:3] == ("change", Q2_ISO, ("2023-04-01", "2023-06-30"))
    assert "PER:year-on-year" in got[73.6][3]
    # the verb said of the average ("when it amounted to") keeps the average
    text = ("Individuals sent KZT 246.8 billion abroad. The monthly average for the quarter, KZT 82.27 billion, "
            "was 7.6 per cent higher than in January–March 2024, when it amounted to 76.45 billion KZT.")
    got = {float(c.value): c.statistic for c in assemble(heading("5. Remittances"), block(text)).candidates}
    assert got[76.45e9] == "monthly_average", got


def test_changes_listed_after_a_dash_take_the_directions_respectively_of_the_amounts_before():
    """MET:gapped with DIR:respectively: "both flows were higher – by 6.8 and 9.4 per cent
    respectively" after "when KZT 185.9 billion left and KZT 88.4 billion entered the country":
    the change word before the dash signs the whole list, and the second change takes the second
    amount's direction, not the first change's; so does "Outgoing and incoming transfers rose by
    6.8 and 9.4 per cent respectively"."""
    for text in ("Against the same quarter of 2023, when KZT 185.9 billion left and KZT 88.4 billion entered "
                 "the country, both flows were higher – by 6.8 and 9.4 per cent respectively.",
                 "Outgoing and incoming transfers rose by 6.8 and 9.4 per cent respectively."):
        got = {float(c.value): c.metric for c in assemble(heading("4. Remittances"), block(text)).candidates
               if c.statistic == "change"}
        assert got == {6.8: "remittances_sent", 9.4: "remittances_received"}, (text, got)


def test_a_list_of_changes_over_the_same_two_periods_respectively_takes_their_compared_periods():
    """CMP:respectively: "incoming transfers increased by 22.7 per cent and 64.0 per cent over the
    same two periods, respectively" after changes against the previous quarter and a year before:
    each takes, in order, the compared period of the changes before it."""
    text = ("Outgoing transfers were 36.2 per cent higher than in the previous quarter and 71.5 per cent higher "
            "than in April – June 2023; incoming transfers increased by 22.7 per cent and 64.0 per cent over the "
            "same two periods, respectively.")
    got = {float(c.value): (c.metric, c.compared) for c in assemble(heading("4. Remittances"), block(text)).candidates}
    assert got[22.7] == ("remittances_received", ("2024-01-01", "2024-03-31")), got
    assert got[64.0] == ("remittances_received", ("2023-04-01", "2023-06-30")), got


def test_a_second_list_after_a_count_noun_and_a_share_after_a_count_noun_take_the_names():
    """ENT:parallel-list: "Türkiye and China, with 41,250 and 38,907 entries, or 24.16 and 22.78
    per cent of the non-CIS total respectively": the shares take the counts' names in order,
    past the counts' noun (not both China, in apposition); ENT:appositive: "Germany (14,322
    arrivals; 8.39%)": the share after the semicolon is Germany's."""
    text = ("Among the non-CIS countries, the largest numbers of arrivals were those of nationals of Türkiye and "
            "China, with 41,250 and 38,907 entries, or 24.16 and 22.78 per cent of the non-CIS total respectively, "
            "followed by Germany (14,322 arrivals; 8.39%).")
    got = {float(c.value): c.country for c in assemble(heading("1. Arrivals"), block(text)).candidates}
    assert got == {41250.0: "TUR", 38907.0: "CHN", 24.16: "TUR", 22.78: "CHN", 14322.0: "DEU", 8.39: "DEU"}, got


def test_citizens_of_kazakhstan_arriving_abroad_with_the_purpose_of_work_are_emigrant_workers():
    """MET:emigrant_workers: "28,400 citizens of Kazakhstan were registered as arriving in the
    Russian Federation with the declared purpose of work" are emigrant workers, not the
    departures that "the outflow of Kazakhstani citizens" before the comma names."""
    text = ("As regards the outflow of Kazakhstani citizens, 28,400 citizens of Kazakhstan were registered as "
            "arriving in the Russian Federation with the declared purpose of work in the second quarter of 2024.")
    got = [(c.metric, c.country, float(c.value)) for c in assemble(heading("3. Labour migration"), block(text)).candidates]
    assert got == [("emigrant_workers", "RUS", 28400.0)], got


def test_bases_named_as_the_largest_group_of_a_flow_or_a_group_outside_opening_the_sentence():
    """GRP:base: "formed the largest group of CIS departures (45.1%), ahead of Russians (23.9%)"
    names the base, not the share's name; "Outside the Commonwealth the picture is led by China
    (38.4%), followed by ..." opens a sentence of shares of non-CIS arrivals."""
    doc = [heading("1. Migration flows"),
           block("Outflows totalled 2,835,120 departures. Of these, 2,709,880 were CIS nationals. Uzbek nationals "
                 "again formed the largest group of CIS departures (45.1%), ahead of Russians (23.9%)."),
           block("Arrivals reached 3.1 million. Outside the Commonwealth the picture is led by China (38.4%), "
                 "followed by Türkiye with 21.7%.")]
    got = {float(c.value): (c.metric, c.country, c.group) for c in assemble(*doc).candidates if c.statistic == "share"}
    assert got == {45.1: ("departures", "UZB", "CIS"), 23.9: ("departures", "RUS", "CIS"),
                   38.4: ("arrivals", "CHN", "non-CIS"), 21.7: ("arrivals", "TUR", "non-CIS")}, got


def test_countries_standing_out_as_sources_of_money_sent_home_are_origins_of_incoming_transfers():
    """DIR:received: "The USA (9.8%) and the Republic of Korea (7.6%) stand out as sources of money
    sent home": shares of incoming transfers; "sent home" is no outgoing transfer."""
    text = ("The Russian Federation took 41.3% of outgoing transfers. The USA (9.8%) and the Republic of Korea "
            "(7.6%) stand out as sources of money sent home.")
    got = {float(c.value): c.metric for c in assemble(heading("4. Remittances"), block(text)).candidates}
    assert got == {41.3: "remittances_sent", 9.8: "remittances_received", 7.6: "remittances_received"}, got


def test_tiles_after_a_dash_in_large_type_keep_the_section_a_heading_names():
    """SEC:permanent_residents: "Where permanent residents live" heads a tile map of shares by
    region; a tile printing only "–" in large type (no value published) is no heading and
    breaks nothing: the tiles after it are still shares of permanent residents."""
    doc = [heading("Where permanent residents live"),
           block("Share of migrants holding a permanent residence permit, by region, as of 30 June 2024."),
           table_row("East Kazakhstan", "4.7%"), block("–", "heading", 13.0), table_row("Almaty city", "17.2%")]
    got = {c.region: (c.metric, c.statistic, float(c.value)) for c in assemble(*doc).candidates}
    assert got == {"KZ-63": ("permanent_residents", "share", 4.7), "KZ-75": ("permanent_residents", "share", 17.2)}, got


def test_an_amount_set_against_by_compared_with_is_of_the_period_right_after_it():
    """PER:compared-value: "Compared with 216.9 KZT (415.0 million USD) in January–March 2024,
    outflows rose by 6.8 per cent": the amounts are January–March's, not the report's quarter's
    (where they merged with the quarter's own total)."""
    text = ("Individuals sent KZT 231.6 billion (USD 443.3 million) abroad in April–June. Compared with 216.9 KZT "
            "(415.0 million USD) in January–March 2024, outflows rose by 6.8 per cent.")
    got = {c.unit: c.period for c in assemble(heading("4. Remittances"), block(text)).candidates
           if c.statistic == "total" and float(c.value) in (216.9e9, 216.9, 415e6)}
    assert got == {"KZT": ("2024-01-01", "2024-03-31"), "USD": ("2024-01-01", "2024-03-31")}, got


def test_a_list_of_named_figures_in_heading_type_is_read_as_text():
    """A sidebar's bold list "Uzbekistan – 36,410 Russian Federation – 23,870" comes out in
    heading type: with two figures and two names it is read as text (counts of the metric its
    intro line names), while a chart label "39.7 (15.4%)" in heading type stays no statement."""
    doc = [heading("Who holds a work permit?"), block("Registered foreign workers by nationality, Q2 2024:"),
           block("Uzbekistan – 36,410 Russian Federation – 23,870", "heading", 9.5),
           block("39.7 (15.4%)", "heading", 9.5)]
    got = sorted((c.metric, c.country, float(c.value)) for c in assemble(*doc).candidates)
    assert got == [("registered_migrant_workers", "RUS", 23870.0), ("registered_migrant_workers", "UZB", 36410.0)], got


def test_a_stock_compared_with_a_day_and_a_stock_row_ending_its_period_are_of_last_days():
    """PER:stock-change: a stock "larger than on 31 March 2024 [41,500]" is of the report's last
    day, and the number in square brackets after the day is of that day; a row "Registered
    foreign workers, persons, end of period" under quarter columns is of each quarter's last day
    (PER:stock-column), though the metric is no stock in itself."""
    doc = [heading("2. Labour migration"),
           block("The register of foreign workers was 4.5 per cent larger than on 31 March 2024 [41,500]."),
           block("Table 5. Key indicators", "heading", 8.8),
           table_row("Indicator", "Q2 2024", "Q1 2024", "Change vs Q1 2024, %"),
           table_row("Registered foreign workers, persons, end of period", "43,400", "41,500", "+4.5")]
    got = [(c.statistic, float(c.value), c.period, c.compared) for c in assemble(*doc).candidates]
    day, before = ("2024-06-30", "2024-06-30"), ("2024-03-31", "2024-03-31")
    assert (("change", 4.5, day, before) in got and ("total", 41500.0, before, None) in got
            and ("total", 43400.0, day, None) in got), got
    assert all(p != Q2_ISO for _, _, p, _ in got), got


def test_square_brackets_set_a_compared_amount_apart_like_round_ones():
    """"KZT 204.5 billion [Q1 2024: KZT 182.5 billion]": the bracket's period dates only the
    amount inside it, and "the same quarter of 2023" later in the sentence is the report's quarter
    of 2023, not the bracket's; the quote keeps the printed square brackets."""
    text = ("Outgoing transfers climbed to KZT 204.5 billion [Q1 2024: KZT 182.5 billion], while incoming "
            "transfers shrank by 50.5 per cent compared with the same quarter of 2023.")
    got = {(c.metric, float(c.value)): (c.period, c.compared) for c in
           assemble(heading("4. Remittances"), block(text)).candidates}
    assert got[("remittances_sent", 204.5e9)] == (Q2_ISO, None)
    assert got[("remittances_sent", 182.5e9)] == (("2024-01-01", "2024-03-31"), None)
    assert got[("remittances_received", -50.5)] == (Q2_ISO, ("2023-04-01", "2023-06-30"))
    assert all("[Q1 2024" in c.quote for c in assemble(heading("4. Remittances"), block(text)).candidates)


def test_a_direction_in_the_rows_type_between_a_tables_rows_opens_it_for_the_rows_under_it():
    """"Sent from Kazakhstan, to:" and "Received in Kazakhstan, from:" set as headings in the
    rows' type between a table's rows are row groups of the table: the rows under each are of
    that direction, and the columns hold on. A section heading in larger type after the table
    ends it."""
    doc = [heading("5. Remittances"), block("Table 2. Money transfers by country, Q2 2024", "heading", 10.5),
           table_row("Country", "KZT billion", "USD million", "Share, %"),
           block("Sent from Kazakhstan, to:", "heading", 9.0),
           table_row("Uzbekistan", "40.5", "80.5", "20.5"), table_row("Georgia", "9.5", "18.5", "4.5"),
           block("Received in Kazakhstan, from:", "heading", 9.0),
           table_row("Germany", "3.5", "7.5", "6.5"),
           heading("Money received"),
           block("Transfers from Russia came to KZT 30.5 billion.")]
    got = sorted((c.metric, c.country, c.unit, float(c.value)) for c in assemble(*doc).candidates if c.country)
    assert got == sorted([("remittances_sent", "UZB", "KZT", 40.5e9), ("remittances_sent", "UZB", "USD", 80.5e6),
                          ("remittances_sent", "UZB", "percent", 20.5), ("remittances_sent", "GEO", "KZT", 9.5e9),
                          ("remittances_sent", "GEO", "USD", 18.5e6), ("remittances_sent", "GEO", "percent", 4.5),
                          ("remittances_received", "DEU", "KZT", 3.5e9), ("remittances_received", "DEU", "USD", 7.5e6),
                          ("remittances_received", "DEU", "percent", 6.5),
                          ("remittances_received", "RUS", "KZT", 30.5e9)])


def test_a_group_name_in_heading_type_under_a_tables_header_opens_that_group():
    """"CIS member states" set in heading type between the header and the first row of values
    opens the group for the rows under it, as a group row of table type does (GRP:row-section)."""
    doc = [heading("1. Arrivals"), block("Table 1. Arrivals by nationality, April – June 2024", "heading", 9.0),
           table_row("Country of nationality", "Arrivals, persons", "Share in group, %"),
           block("CIS member states", "heading", 8.4),
           table_row("Uzbekistan", "1,250,500", "45.5"), table_row("Kyrgyzstan", "600,500", "20.5")]
    shares = [(c.country, c.group) for c in assemble(*doc).candidates if c.statistic == "share"]
    assert shares == [("UZB", "CIS"), ("KGZ", "CIS")]


def test_a_subsection_with_no_marker_takes_the_last_note_of_the_one_before_under_its_parent():
    """FN:sibling-section: "2.2 Permanent residence permits" printing no marker is sourced by the
    last note of "2.1", flagged; a first subsection of another parent takes nothing over."""
    from extractor.pipeline import fallback_sources
    doc = next(d for d in DOCUMENTS if d[0].text == "2. Residence permits")
    asm = assemble(*doc)
    fallback_sources(asm.candidates)
    notes = {(c.metric, float(c.value)): (c.footnotes, "source_from_previous" in c.flags) for c in asm.candidates}
    assert notes[("permanent_residence_permits", 6500.0)] == (["6"], True)
    assert notes[("arrivals", 2850500.0)] == ([], False)
    asm = assemble(doc[0], doc[1], doc[2], heading("3.1 Permanent residence permits"), doc[4])
    fallback_sources(asm.candidates)
    assert [c.footnotes for c in asm.candidates if c.metric == "permanent_residence_permits"] == [[]]


def test_table_cells_counting_persons_in_fractions_once_scaled_are_no_counts():
    """pipeline.whole_counts: "391,35" under a chart of arrivals (a label cut short) is no count;
    "1,046.5" under "Thousand persons" is one once its scale is applied, and kept."""
    from extractor.pipeline import whole_counts
    doc = [heading("2. Arrivals"), block("Figure 1. Arrivals by origin group, April–June 2024, persons", "heading", 9.0),
           table_row("CIS member states", "3,021,450"), table_row("Non-CIS countries", "391,35")]
    kept = whole_counts(assemble(*doc).candidates)
    assert [float(c.value) for c in kept] == [3021450.0]
    doc = [heading("2. Arrivals"), block("Figure 1. Arrivals of foreign nationals by month, April–June 2024", "heading", 9.0),
           table_row("April", "1,046.5"), block("Thousand persons. Source: Border Service.", "legend", 7.0)]
    assert [float(c.value) for c in whole_counts(assemble(*doc).candidates)] == [1046500.0]


def test_a_figure_with_no_marker_in_its_section_takes_the_note_of_its_metric_before():
    """FN:metric-before: a count in an "In focus" box under its own heading, with no marker of its
    own, is sourced (flagged) by the note of the last text figure of its metric."""
    from extractor.pipeline import fallback_sources
    doc = next(d for d in DOCUMENTS if d[0].text == "3. Foreign workers")
    asm = assemble(*doc)
    fallback_sources(asm.candidates)
    got = {float(c.value): (c.footnotes, "FN:metric-before" in c.rules) for c in asm.candidates if c.metric == "registered_migrant_workers"}
    assert got == {58500.0: (["9"], False), 31500.0: (["9"], True)}


@pytest.mark.parametrize("share,group", [("15.7", None), ("42.9", "non-CIS")])
def test_a_countrys_share_is_of_the_base_its_own_amount_gives(share, group):
    """GRP:arithmetic: Türkiye's KZT 22.5 billion is 15.7 per cent of the 143.5 billion sent in
    all and 42.9 per cent of the 52.5 billion sent to non-CIS countries: the printed share says
    which base it is of (flag group_from_arithmetic where that is not the group the words gave:
    a share of transfers under "Among non-CIS destinations" is of all transfers, GRP:money-total)."""
    from extractor.pipeline import shares_by_arithmetic
    text = ("Individuals sent KZT 143.5 billion abroad, of which KZT 52.5 billion went to non-CIS countries. Among "
            f"non-CIS destinations, Türkiye took KZT 22.5 billion, or {share}%.")
    cands = assemble(heading("5. Remittances"), block(text)).candidates
    shares_by_arithmetic(cands)
    got = [(c.country, c.group, "group_from_arithmetic" in c.flags) for c in cands if c.statistic == "share"]
    assert got == [("TUR", group, group is not None)]


@pytest.mark.parametrize("last,grouped", [(("Tajikistan", "236,500", "7.5"), True), (("China", "48,500", "7.5"), False)])
def test_country_shares_adding_up_past_their_groups_share_are_within_the_group(last, grouped):
    """GRP:share-sum: under "CIS member states | 3,268,500 | 95.5" the rows' shares add up to
    more than 95.5: shares within the CIS; a country of another group among them: shares of all."""
    from extractor.pipeline import shares_within_groups
    doc = [heading("2. Arrivals"), block("Table 1. Arrivals of foreign nationals by nationality, April–June 2024", "heading", 9.0),
           table_row("Nationality", "Arrivals, persons", "Share, %"), table_row("CIS member states", "3,268,500", "95.5"),
           table_row("Uzbekistan", "1,402,500", "42.5"), table_row("Russian Federation", "905,500", "27.5"),
           table_row("Kyrgyzstan", "640,500", "19.5"), table_row(*last)]
    cands = assemble(*doc).candidates
    shares_within_groups(cands)
    got = {c.country: c.group for c in cands if c.statistic == "share" and c.country}
    assert set(got.values()) == ({"CIS"} if grouped else {None})


def test_a_sections_opening_figures_take_the_first_note_after_them_where_none_stands_before():
    """FN:section-next: a section whose only marker closes its third paragraph (blind round60,
    2026q2 onecol-chromium) sources its opening paragraphs' figures by that note; a note of the
    section before them keeps its own rule (FN:section)."""
    from extractor.pipeline import fallback_sources

    def read(*blocks):
        asm = assemble(*blocks)
        fallback_sources(asm.candidates)
        return {float(c.value): (c.footnotes, "source_from_next" in c.flags) for c in asm.candidates}
    got = read(heading("1. Arrivals"), block("Arrivals reached 3,412,500 in the quarter."),
               block("Departures reached 3,268,500.", markers=[("1", "3,268,500.")]))
    assert got[3412500.0] == (["1"], True) and got[3268500.0] == (["1"], False)
    kept = read(heading("1. Arrivals"), block("Entries rose.", markers=[("4", "rose.")]),
                block("Arrivals reached 3,412,500 in the quarter."),
                block("Departures reached 3,268,500.", markers=[("1", "3,268,500.")]))
    assert kept[3412500.0] == (["4"], False)


def test_bullets_run_into_one_block_are_one_sentence_each():
    """"- 3.15 million arrivals ... - 91.6 thousand permits granted - KZT 176.4 billion sent
    abroad": where a block opens with a bullet, each next bullet opens a sentence, so no period
    nor name of one item reaches the next; a dash inside a sentence that does not open the block
    stays inside it."""
    from extractor.clauses import sentences
    text = ("- 3.05 million arrivals - 70.5 thousand migrant workers, up 4.5% on July – September 2023 "
            "- KZT 170.5 billion sent abroad")
    assert [text[a:b] for a, b in sentences(text)] == [
        "- 3.05 million arrivals", "- 70.5 thousand migrant workers, up 4.5% on July – September 2023",
        "- KZT 170.5 billion sent abroad"]
    plain = "Transfers rose by 4.5 per cent - a record - in the quarter."
    assert [plain[a:b] for a, b in sentences(plain)] == [plain]


CLOSING_COMPARISON = "Arrivals were 6.5 per cent higher than in the same quarter of 2023."


@pytest.mark.parametrize("middle, last, want", [
    ("Citizens of Armenia made up 12.5% of them.", CLOSING_COMPARISON, "1"),   # the quarter's share: the note before
    ("Citizens of Armenia made up 12.5% of them, against 10.5% in the same quarter of 2023.", CLOSING_COMPARISON,
     "2"),                                                                      # its own comparison
    ("Citizens of Armenia made up 12.5% of them.", "More than half came from Georgia (52.5%).", "2"),  # no other period
])
def test_an_unmarked_sentence_before_a_comparisons_note_keeps_the_note_before_it(middle, last, want):
    doc = [heading("1. Migration inflow"),
           block(f"In the quarter 2,512,500 foreign nationals arrived. {middle} {last}",
                 markers=[("1", "arrived."), ("2", last[-6:])])]
    share = [c for c in assemble(*doc).candidates if c.value == Decimal("12.5")]
    assert share and all(c.footnotes == [want] for c in share)


# --- sources, charts and tables of session 32 (sentences of our own) --------------------------

def _read(*doc: Block, note_kinds=()) -> list:
    asm = Assembler(*Q2, find_quantities, find_periods, find_entities, parse_number, note_kinds=note_kinds)
    for b in doc:
        asm.block(b)
    asm.finish()
    return asm.candidates


def test_list_items_take_the_marker_closing_the_list_not_the_one_before_its_introduction():
    items = [block("Georgia – KZT 12.5 billion, 40.5% of the total;"),
             block("Armenia – KZT 3.5 billion, 11.5%.", markers=[("5", "11.5%.")])]
    unowned = _read(heading("4. Remittances"),
                    block("Incoming transfers grew by 6.5 per cent year on year. The main countries of origin were:",
                          markers=[("4", "year.")]), *items)
    geo = [c for c in unowned if c.country == "GEO"]
    assert geo and all(c.footnotes == ["5"] and "source_from_list_end" in c.flags for c in geo)
    assert all("FN:list-closing" in c.rules for c in geo)
    owned = _read(heading("4. Remittances"),
                  block("Incoming transfers came mainly from the following countries:", markers=[("4", "countries:")]),
                  *items)
    assert all(c.footnotes == ["4"] for c in owned if c.country == "GEO")


def test_an_unmarked_sentence_before_a_stocks_note_keeps_the_note_before_it():
    text = ("Permanent residence permits were granted to 6,500 people. The largest share went to citizens of Georgia "
            "(40.5%). As of 30 June 2024, 150,500 foreign nationals lived in Kazakhstan with a permanent residence "
            "permit.")
    got = _read(heading("2. Residence permits"), block(text, markers=[("7", "people."), ("8", "permit.")]))
    assert [c.footnotes for c in got if c.country == "GEO"] == [["7"]]


def test_a_sentence_of_the_other_permit_kind_than_the_note_before_names_takes_the_next():
    text = ("Temporary residence permits went to 71,500 foreigners. Permanent residence went to 6,500 people. "
            "As of 30 June 2024, 150,500 foreign nationals lived in Kazakhstan with a permanent residence permit.")
    doc = (heading("2. Residence permits"), block(text, markers=[("7", "foreigners."), ("8", "permit.")]))
    kinds = (("7", frozenset({"temporary"})), ("8", frozenset({"permanent"})))
    assert [c.footnotes for c in _read(*doc, note_kinds=kinds) if c.value == 6500] == [["8"]]
    assert [c.footnotes for c in _read(*doc) if c.value == 6500] == [["7"]]


def test_an_unmarked_sentence_before_a_comparison_with_a_named_quarter_keeps_the_note_before_it():
    text = ("Temporary residence permits went to 91,500 foreigners in April–June 2024. Citizens of Georgia obtained "
            "48.5% of them. The number is 12.5 percent more than in the first quarter.")
    got = _read(heading("2. Residence permits"), block(text, markers=[("8", "2024."), ("9", "quarter.")]))
    assert [c.footnotes for c in got if c.statistic == "share"] == [["8"]]


def test_a_chart_after_a_paragraph_of_another_metric_takes_its_own_metrics_note():
    # the paragraph before the chart names "labour migration" (a generic cue) but its one figure is
    # of emigrant workers: the chart of registered workers keeps their note (FN:section-metric;
    # blind designer84, 2023q1 chromium2)
    got = _read(heading("3. Labour migration"),
                block("Employers registered 58,500 foreign workers during the quarter.", markers=[("7", "quarter.")]),
                block("Kazakhstan's own labour migration is poorly recorded. Russian statistics show some 31.5 thousand "
                      "citizens of Kazakhstan registered as labour migrants in the Russian Federation.",
                      markers=[("8", "Federation.")]),
                block("Registered migrant workers by nationality, %", "heading", 9.5),
                table_row("Uzbekistan", "49.5%"), table_row("Russian Federation", "36.5%"))
    row = next(c for c in got if c.country == "UZB")
    assert row.metric == "registered_migrant_workers" and row.footnotes == ["7"] and "FN:section-metric" in row.rules


def test_a_captioned_table_first_in_its_section_takes_the_next_paragraphs_note():
    # "5. Remittances" | "Table 1. ..." | rows | "Outgoing transfers reached ...⁸" (blind designer83,
    # 2022q4 reportlab, page 3): no note before the table; the section's next one sources it
    from extractor.pipeline import fallback_sources

    cands = _read(heading("3. Labour migration"), block("The register held 71,500 workers.", markers=[("6", "workers.")]),
                  heading("5. Remittances"),
                  block("Table 1. Money transfers from Kazakhstan by country of destination, April–June 2024",
                        "heading", 8.0),
                  table_row("Destination", "KZT bn"), table_row("Uzbekistan", "31.5"),
                  block("Outgoing transfers reached KZT 214.5 billion in April–June 2024.", markers=[("8", "2024.")]))
    fallback_sources(cands)
    row = next(c for c in cands if c.country == "UZB")
    assert row.footnotes == ["8"] and "FN:section-next" in row.rules


@pytest.mark.parametrize("named", ["(see note 11)", "(note 11)", "(source: note 11)"])
def test_a_caption_naming_its_note_sources_its_rows(named):
    # "Table 1. Monthly transfers (note 10)": blind designer82, 2023q4 reportlab
    got = _read(heading("4. Remittances"),
                block("Outgoing transfers rose by 3.5 per cent on the quarter.", markers=[("13", "quarter.")]),
                block(f"Table 5. Outgoing transfers by month, April–June 2024 {named}", "heading", 9.0),
                table_row("Month", "KZT billion"), table_row("April 2024", "68.5"))
    april = [c for c in got if c.period == ("2024-04-01", "2024-04-30")]
    assert april and all(c.footnotes == ["11"] and "FN:caption-names" in c.rules for c in april)


def test_a_row_label_naming_persons_under_percent_columns_gives_counts():
    got = _read(heading("2. Residence permits"),
                block("Table 3. Residence permits granted, April–June 2024", "heading", 9.0),
                table_row("Nationality", "Temporary permits, %", "Permanent permits, %"),
                table_row("Georgia", "22.5", "58.5"), table_row("All nationalities, persons", "71,500", "6,500"))
    totals = sorted((c.metric, c.statistic, float(c.value)) for c in got if c.country is None)
    assert totals == [("permanent_residence_permits", "total", 6500.0),
                      ("temporary_residence_permits", "total", 71500.0)]


def test_a_paragraphs_rate_note_is_not_the_source_the_next_table_inherits():
    got = _read(heading("4.1 Transfers sent from Kazakhstan"),
                block("Individuals sent KZT 150.5 billion abroad, converted at the quarter's average rate of 450.50 KZT "
                      "per US dollar. The outflow was 8.5 per cent lower than in the first quarter of 2024. For "
                      "reference, the official rate on 28 June 2024 stood at 1 USD = 455.50 KZT.",
                      markers=[("9", "dollar."), ("10", "2024."), ("11", "KZT.")]),
                block("Table 2. Remittances sent by country of destination, April–June 2024", "heading", 9.0),
                table_row("Country", "KZT bn", "Share, %"), table_row("Georgia", "40.5", "24.5"))
    assert [c.footnotes for c in got if c.country == "GEO"] == [["9"], ["9"]]


def test_an_unmarked_paragraph_restating_a_table_row_takes_the_tables_note():
    got = _read(heading("4. Remittances"),
                block("Outgoing transfers rose by 3.5 per cent on the quarter.", markers=[("13", "quarter.")]),
                block("Table 6. Outgoing transfers by country of destination, April–June 2024", "heading", 9.0,
                      markers=[("14", "2024")]),
                table_row("Destination", "KZT billion", "Share, %"), table_row("Georgia", "61.5", "28.5"),
                block("Georgia stayed the main destination, with transfers worth about USD 135.5 million."))
    usd = [c for c in got if c.unit == "USD"]
    assert [c.footnotes for c in usd] == [["14"]] and "FN:restates-table" in usd[0].rules


def test_a_charts_lone_values_pair_with_the_labels_under_them_and_an_axis_run_does_not():
    got = _read(heading("4. Remittances"), block("Figure 4. Remittances sent by month, KZT billion", "heading", 8.5),
                block("52.5", "heading", 7.5), block("April", "legend", 7.5),
                block("55.5", "heading", 7.5), block("May", "legend", 7.5))
    months = sorted((c.period[0], float(c.value), c.quote) for c in got if "LAY:bar-value" in c.rules)
    assert months == [("2024-04-01", 52.5e9, "52.5"), ("2024-05-01", 55.5e9, "55.5")]
    axis = _read(heading("1. Arrivals"), block("Figure 2. Arrivals by month, persons", "heading", 8.5),
                 block("500000", "legend", 6.0), block("0", "legend", 6.0), block("April", "legend", 6.7))
    assert not [c for c in axis if c.value == 0]
    legend = _read(heading("1. Arrivals"), block("Figure 3. Arrivals by nationality, %", "heading", 8.5),
                   block("Georgia", "legend", 7.0), block("38.5%", "legend", 7.0),
                   block("Armenia", "legend", 7.0), block("20.5%", "legend", 7.0))
    assert not [c for c in legend if "LAY:bar-value" in c.rules]     # a label, then its value


def test_a_run_of_bar_values_read_before_their_labels_pairs_each_with_the_label_under_it():
    # the tallest bar's value read first ("1,212,500" over June, then May's, then April's), the
    # labels after them with a note line between; an axis's values stacked at the left pair with none
    got = _read(heading("1. Arrivals"), block("Figure 3. Monthly arrivals of foreign nationals, persons", "heading", 9.0),
                at("1,500,000", "legend", 40, 100, 6.0), at("0", "legend", 60, 180, 6.0),
                at("1,212,500", "heading", 430, 110), at("1,130,500", "heading", 270, 130),
                at("1,065,500", "heading", 110, 150),
                at("April", "legend", 122, 200), at("Bars start at 800,000.", "legend", 40, 220, 7.0),
                at("May", "legend", 287, 200), at("June", "legend", 445, 200))
    months = sorted((c.period[0], float(c.value), c.quote) for c in got if "LAY:bar-value" in c.rules)
    assert months == [("2024-04-01", 1065500.0, "1,065,500"), ("2024-05-01", 1130500.0, "1,130,500"),
                      ("2024-06-01", 1212500.0, "1,212,500")]
    assert not [c for c in got if c.value == 0]


def test_a_row_of_bar_values_over_a_row_of_labels_pairs_each_value_with_its_label():
    # a column chart's values read level with each other as one row, its month labels as the next
    # (the first bar set apart, read on its own), under a title in a section heading's type
    got = _read(heading("1. Arrivals"), block("Monthly entries of foreign nationals, persons", "heading", 10.5),
                at("1,305,500", "heading", 40, 100), at("April", "legend", 40, 180),
                at("Source: note 1.", "legend", 40, 200, 7.0),
                cells_at(["1,187,500", "1,240,500"], 140, 120, 100.0), cells_at(["May", "June"], 140, 180, 100.0))
    months = sorted((c.period[0], float(c.value), c.quote) for c in got if "LAY:bar-value" in c.rules)
    assert months == [("2024-04-01", 1305500.0, "1,305,500"), ("2024-05-01", 1187500.0, "1,187,500"),
                      ("2024-06-01", 1240500.0, "1,240,500")]
    assert {c.metric for c in got} == {"arrivals"}
    assert ["LAY:bar-row" in c.rules for c in sorted(got, key=lambda c: c.period[0])] == [False, True, True]
    # a table row of values under a table's header is no chart's: read as the row it is
    table = _read(heading("1. Arrivals"), block("Table 1. Entries by month, persons", "heading", 9.0),
                  table_row("April", "May"), table_row("1,187,500", "1,240,500"))
    assert not [c for c in table if "LAY:bar-row" in c.rules]


def _side_by_side_charts() -> list[Block]:
    """Two charts side by side: the right one's legend row read first, under the left one's title
    and before its own title."""
    return [heading("4. Remittances"), at("Remittances sent by month, KZT billion", "heading", 40, 400),
            cells_at(["Georgia (41.5%)", "Armenia (12.5%)", "All other origins"], 320, 470),
            at("April 61.5", "legend", 80, 430), at("Remittances received by origin, share of amount, %", "heading", 310, 400)]


def test_a_legend_row_beside_one_charts_title_is_read_under_the_title_over_it():
    got = _read(*_side_by_side_charts())
    shares = sorted((c.metric, c.country, float(c.value)) for c in got if c.statistic == "share")
    assert shares == [("remittances_received", "ARM", 12.5), ("remittances_received", "GEO", 41.5)]
    assert all("LAY:title-after-legend" in c.rules for c in got if c.statistic == "share")


def test_a_section_opened_in_a_narrow_card_goes_on_in_the_charts_beside_it():
    # "TRANSFERS FROM KAZAKHSTAN" and its paragraph in a tall card (an aside to the layout), in
    # the type of the report's other section headings, then the section's chart outside the card: the
    # chart is the card's section's, sourced by its note, not by the note before the card
    doc = [heading("2. Residence permits"), block("Permits went to 70,500 foreigners.", markers=[("8", "foreigners.")]),
           heading("3. Training"), block("IOM trained 25 police officers in May.", markers=[("9", "May.")]),
           replace(heading("4. Remittances sent"), aside=True),
           replace(block("Individuals sent KZT 190.5 billion abroad.", markers=[("4", "abroad.")]), aside=True),
           block("Transfers sent by month, KZT billion", "heading", 9.0), table_row("May", "61.5")]
    may = [c for c in _read(*doc) if c.text == "61.5"]
    assert [c.footnotes for c in may] == [["4"]]


def test_a_tables_country_rows_skip_the_sections_last_note_on_monthly_data():
    # "... sent KZT 236.5 billion abroad.⁸ Month by month ... averaging KZT 78.5 billion a month.⁹"
    # (⁹ on monthly statistics), then a table by country with no marker: its rows take note 8;
    # a table by month would take note 9
    asm = Assembler(*Q2, find_quantities, find_periods, find_entities, parse_number, monthly_notes=frozenset({"9"}))
    for b in [heading("4. Remittances"),
              block("Individuals sent KZT 236.5 billion abroad.", markers=[("8", "abroad.")]),
              block("Month by month, transfers grew, averaging KZT 78.5 billion a month.", markers=[("9", "month.")]),
              block("Remittances sent by country of destination, Q2 2024", "heading", 9.0),
              table_row("Destination", "KZT bn"), table_row("Georgia", "28.5"),
              block("Remittances sent by month, Q2 2024", "heading", 9.0),
              table_row("Month", "KZT bn"), table_row("April", "75.5")]:
        asm.block(b)
    got = {c.text: c.footnotes for c in asm.candidates if c.block.kind == "table"}
    assert got == {"28.5": ["8"], "75.5": ["9"]}


def test_a_sentence_whose_figures_stand_in_display_type_is_read_as_one_paragraph():
    from extractor.layout import joined_emphasis
    parts = (block("Of these,"), block("3,741,500 and 221,500", "heading", 14.0),
             block("concerned citizens of CIS and non-CIS countries, respectively."))
    joined = joined_emphasis(parts)
    assert [b.text for b in joined] == ["Of these, 3,741,500 and 221,500 concerned citizens of CIS and non-CIS "
                                        "countries, respectively."]
    assert len(joined[0].boxes) == len(joined[0].text)
    apart = (block("Arrivals rose."), block("3. Departures", "heading", 12.0), block("fell sharply."))
    assert joined_emphasis(apart) == apart


def test_figures_in_bold_that_end_the_sentence_go_on_with_it():
    """LAY:inline-emphasis (blind designer97, 2022q3 reportlab): "... numbered" then, in bold,
    "1,006,500 in July, ... in September.": one paragraph; a heading after a finished sentence, or
    a numbered heading, stays a heading."""
    from extractor.layout import joined_emphasis
    parts = (block("Arrivals of foreign citizens numbered"),
             block("1,004,500 in July, 1,040,500 in August and 1,365,500 in September.", "heading", 8.0),
             table_row("Jul", "1.00M"))
    joined = joined_emphasis(parts)
    assert [b.text for b in joined[:1]] == ["Arrivals of foreign citizens numbered 1,004,500 in July, 1,040,500 in "
                                            "August and 1,365,500 in September."]
    assert len(joined) == 2 and len(joined[0].boxes) == len(joined[0].text)
    for apart in ((block("Arrivals of foreign citizens rose."), block("1,004,500 in July.", "heading", 8.0)),
                  (block("Arrivals of foreign citizens numbered"), block("2. Residence permits.", "heading", 8.0))):
        assert joined_emphasis(apart) == apart


def _permit_kind_doc() -> list:
    """A paragraph on both kinds of permit under notes each naming one kind."""
    text = ("Temporary residence permits went to 91,500 foreigners during the quarter, 3.5 percent fewer than in "
            "January–March 2024. Citizens of Georgia made up 44.5% of them. Permanent residence was granted to "
            "2,150 persons.")
    kinds = (("5", frozenset({"temporary"})), ("6", frozenset({"permanent"})))
    return _read(heading("2. Residence permits"), block(text, markers=[("5", "quarter,"), ("6", "persons.")]),
                 note_kinds=kinds)


def test_a_permit_figure_takes_the_note_naming_its_kind_over_one_naming_the_other():
    got = {(c.metric, c.statistic): (c.footnotes, c.rules) for c in _permit_kind_doc()}
    assert got[("temporary_residence_permits", "change")][0] == ["5"]
    assert got[("temporary_residence_permits", "share")][0] == ["5"]
    assert "FN:permit-kind" in got[("temporary_residence_permits", "share")][1]
    assert got[("permanent_residence_permits", "total")][0] == ["6"]


def _movement_kind_doc() -> list:
    """A paragraph on arrivals, then departures, under notes each naming one movement."""
    from extractor.cues import note_kinds
    text = ("Border posts counted 2,915,500 entries of foreign nationals in the quarter. Citizens of CIS member "
            "states accounted for 2,650,500 of these entries. Departures came to 2,840,500.")
    kinds = (("3", note_kinds("Border Service, arrivals of foreign nationals, Q2 2024.")),
             ("4", note_kinds("Border Service, departures of foreign nationals, Q2 2024.")))
    return _read(heading("1. Border crossings"), block(text, markers=[("3", "quarter."), ("4", "2,840,500.")]),
                 note_kinds=kinds)


def test_an_arrivals_figure_takes_the_note_naming_arrivals_over_the_next_one_naming_departures():
    got = {(c.metric, c.group): (c.footnotes, c.rules) for c in _movement_kind_doc()}
    assert got[("arrivals", None)][0] == ["3"]
    assert got[("arrivals", "CIS")][0] == ["3"]
    assert "FN:movement-kind" in got[("arrivals", "CIS")][1]
    assert got[("departures", None)][0] == ["4"]


def test_a_unit_line_between_a_caption_and_its_rows_keeps_the_caption_over_them():
    from extractor.tables import caption_units
    doc = caption_units((block("Table 4. Outgoing transfers of individuals by country of destination, Q2 2024", "heading",
                               9.0, markers=[("13", "2024")]),
                         block("Unit: KZT billion; share of the total and change against Q1 2024 in per cent.", "legend"),
                         table_row("Destination", "KZT bn", "Share, %"), table_row("Georgia", "118.5", "28.5")))
    got = _read(heading("4. Money transfers"),
                block("Individuals sent KZT 412.5 billion abroad.", markers=[("11", "abroad.")]), *doc)
    geo = [c for c in got if c.country == "GEO"]
    assert sorted(c.statistic for c in geo) == ["share", "total"]
    assert all(c.footnotes == ["13"] and c.metric == "remittances_sent" for c in geo)


def test_a_net_outflow_column_of_a_transfers_table_counts_no_departures():
    got = _read(heading("4. Remittances"),
                block("Table 4. Money transfers of individuals by month, billion KZT", "heading", 9.0,
                      markers=[("9", "KZT")]),
                table_row("Month (2024)", "Sent from Kazakhstan", "Received in Kazakhstan", "Net outflow"),
                table_row("April", "68.5", "31.5", "37.0"))
    assert "departures" not in {c.metric for c in got} and {"remittances_received", "remittances_sent"} <= {
        c.metric for c in got}


def test_an_unmarked_sentence_dating_a_stock_itself_takes_the_stocks_note_after_it():
    text = ("Permanent residence permits were granted to 6,500 people. As of 30 June 2024, 150,500 foreign nationals "
            "lived in Kazakhstan with a permanent residence permit. Of them, 40.5% were citizens of Georgia as of "
            "30 June 2024.")
    got = _read(heading("2. Residence permits"), block(text, markers=[("7", "people."), ("8", "2024.")]))
    assert [c.footnotes for c in got if c.value == 150500] == [["8"]]


@pytest.mark.parametrize("text, metric", [
    ("Seventy thousand foreigners obtained a temporary permit.", "temporary_residence_permits"),
    ("2,100 foreigners obtained a permanent permit.", "permanent_residence_permits"),
    ("Not a single permanent permit holder was registered there.", None),       # holders: residents
    ("Not a single holder of a permanent permit is registered there.", None),
    ("Uzbeks are the largest group among new temporary permit holders.", None),
])
def test_a_permit_in_the_singular_names_permits_but_its_holders_do_not(text, metric):
    from extractor.cues import metric_cues
    found = {c.value for c in metric_cues(text)} & {"temporary_residence_permits", "permanent_residence_permits"}
    assert found == ({metric} if metric else set())


def test_a_charts_axis_title_over_its_bars_does_not_keep_the_caption_under_them_from_titling_them():
    """Running text, then "KZT billion" alone over a chart's bars and "Figure 1. ..." under them:
    the caption goes before the axis title (read as its unit), so the bars read against it; with
    no caption under the bars, nothing moves."""
    from extractor.tables import caption_units, captions_first
    blocks = (block("Most of the incoming money came from the Russian Federation.", "body", 10.0),
              block("KZT billion", "legend", 7.0),
              table_row("Russia", "35.6"), table_row("Germany", "2.9"),
              block("Figure 1. Remittances received by Kazakhstan by country of origin, Q2 2024", "body", 8.0))
    moved = captions_first(blocks)
    assert [b.text for b in moved[1:3]] == [blocks[4].text, "KZT billion"]
    got = sorted((c.metric, c.country, c.unit, float(c.value))
                 for c in assemble(heading("4. Remittances"), *caption_units(moved)).candidates)
    assert got == [("remittances_received", "DEU", "KZT", 2.9e9), ("remittances_received", "RUS", "KZT", 35.6e9)]
    assert captions_first(blocks[:4]) == blocks[:4]


@pytest.mark.parametrize("title, read", [
    ("Remittances sent from Kazakhstan by month, KZT billion, April–June 2024", True),
    ("Arrivals of foreign nationals by country of citizenship, thousand persons", True),
    ("Remittances sent from Kazakhstan, KZT billion", False),        # names no breakdown: a series' name
    ("Bars drawn to scale, 0–60 billion KZT.", False),
])
def test_a_charts_unnumbered_title_in_legend_type_titles_the_rows_under_it(title, read):
    """TITLE:unnumbered: "Remittances sent from Kazakhstan by month, KZT billion, ..." in small
    type with no "Figure N." before it, right over the bars: they read against it. A legend line
    naming no breakdown ("by month", "by country of ...") titles nothing."""
    rows = (table_row("Uzbekistan", "44.3"), table_row("Germany", "12.9")) if "citizenship" in title else \
        (table_row("April", "79.8"), table_row("May", "85.3"))
    got = assemble(heading("4. Main figures"), block("Some words before the chart.", "body", 10.0),
                   block(title, "legend", 7.0), *rows).candidates
    assert bool(got) is read, [(c.metric, float(c.value)) for c in got]
    if read:
        assert {c.metric for c in got} <= {"remittances_sent", "arrivals"} and len(got) == 2


@pytest.mark.parametrize("cell, values", [
    ("KZT 54.9 bn · USD 114.5 m", [("KZT", 54.9e9), ("USD", 114.5e6)]),
    ("KZT 54.9 bn", [("KZT", 54.9e9)]),
])
def test_a_bars_amounts_in_tenge_and_in_dollars_with_a_dot_between_are_two_cells(cell, values):
    """A chart's value label "KZT 54.9 bn · USD 114.5 m": both amounts are the month's, one in
    each currency ("USD 114.5 m", its scale a letter after a space, reads as a cell's value)."""
    got = assemble(heading("4. Remittances"),
                   block("Figure 2. Remittances sent from Kazakhstan by month, Q2 2024", "heading", 8.5),
                   table_row("April 2024", cell), table_row("May 2024", cell.replace("54.9", "57.2"))).candidates
    april = sorted((c.unit, float(c.value)) for c in got if c.period[0] == "2024-04-01")
    assert april == values and {c.metric for c in got} == {"remittances_sent"}


def test_a_figure_caption_set_as_a_one_cell_row_under_another_charts_bars_titles_what_follows():
    """"Figure 4. ... share of the total, %" laid out as a row of one cell right under the bars
    of Figure 3 (blind designer69, 2024q3 reportlab): it ends Figure 3 and titles the legend
    lines under it."""
    caption = "Figure 4. Remittances received by country of origin, share of the total, %"
    got = assemble(heading("5. Remittances"),
                   block("Figure 3. Remittances sent by month, KZT billion", "legend", 7.8),
                   table_row("April", "58.9"), table_row("May", "61.2"),
                   block(caption, "table", 6.2, cells=[(0, len(caption))]),
                   block("Russian Federation 41.6%", "legend", 7.0), block("Türkiye 7.9%", "legend", 7.0)).candidates
    shares = sorted((c.metric, c.country, float(c.value)) for c in got if c.statistic == "share")
    assert shares == [("remittances_received", "RUS", 41.6), ("remittances_received", "TUR", 7.9)]


@pytest.mark.parametrize("note, aside", [
    ("For reference only: the official rate set on 1 October 2025 was 1 USD = 545.30 KZT (National Bank).", True),
    ("For information, the market rate on 30 June 2024 stood at 1 USD = 470.10 KZT.", True),
    ("Для справки: официальный курс на 1 октября 2025 года составлял 1 USD = 545,30 KZT.", True),
    ("US dollar amounts are converted at the average official rate for the quarter, 1 USD = 470.25 KZT.", False),
    ("National Bank of the Republic of Kazakhstan, official exchange rates, Q2 2024.", False),
])
def test_a_note_giving_a_days_rate_for_reference_is_told_from_a_source(note, aside):
    assert bool(cues()["reference_rate_note"].search(note)) is aside


def test_a_note_that_sources_nothing_never_stands_for_the_sections_source():
    """A marker of a note that sources nothing (a term's definition, a day's rate given for
    reference) at a paragraph's end: the unmarked paragraph after it takes the note that
    sourced the section before, not that one."""
    asm = Assembler(*Q2, find_quantities, find_periods, find_entities, parse_number, frozenset({"6"}))
    for b in [heading("5. Remittances"),
              block("Individuals sent KZT 248.6 billion abroad.", markers=[("4", "abroad.")]),
              block("The tenge weakened towards the end of June.", markers=[("6", "June.")]),
              block("Transfers to Kazakhstan came to KZT 71.9 billion.")]:
        asm.block(b)
    assert sorted((float(c.value), c.footnotes[0]) for c in asm.candidates) == [(71.9e9, "4"), (248.6e9, "4")]


@pytest.mark.parametrize("caption", ["Figure 3. Remittances received by country of origin, KZT billion (share of total)",
                                     "Figure 3. Remittances received by country of origin, KZT billion"])
def test_a_bars_amount_with_its_share_in_brackets_after_it_gives_both(caption):
    """"Russian Federation | 24.1 (41.3%)" under "..., KZT billion (share of total)" (blind
    designer62, 2025q2 word, Figure 3): the amount in the caption's unit, the bracket its share;
    the share named in the caption's brackets leaves the amount's unit the caption's."""
    got = assemble(heading("5. Remittances received by Kazakhstan"), block(caption, "heading", 9.0),
                   table_row("Russian Federation", "24.1 (41.3%)"), table_row("Georgia", "8.7 (14.8%)")).candidates
    assert sorted((c.country, c.statistic, c.unit, float(c.value)) for c in got) == [
        ("GEO", "share", "percent", 14.8), ("GEO", "total", "KZT", 8.7e9),
        ("RUS", "share", "percent", 41.3), ("RUS", "total", "KZT", 24.1e9)]


def test_a_direction_cell_set_level_with_no_row_opens_its_direction_for_the_rows_under_it():
    """"Sent from Kazakhstan", a Direction column's merged cell centred over four rows, laid out
    as a line of text of its own between the second and third rows (blind round71, 2023q3
    twocol-chromium, Table 1): a row group's label, as a heading there is; a sentence between
    the rows is not."""
    from extractor.assemble import Context, _direction_row
    from extractor.tables import LABEL
    ctx = Context(*Q2, columns=(LABEL, LABEL), row_size=9.5)
    assert _direction_row(ctx, block("Sent from Kazakhstan", "body", 9.5))
    assert _direction_row(ctx, block("Received in Kazakhstan", "heading", 9.5))
    assert not _direction_row(ctx, block("Transfers sent from Kazakhstan fell.", "body", 9.5))
    assert not _direction_row(Context(*Q2), block("Sent from Kazakhstan", "body", 9.5))


@pytest.mark.parametrize("text, month", [
    ("Entries peaked at 1,538,940 in August; September saw a seasonal drop to 1,267,320 entries.", "2024-09-01"),
    ("March recorded a sharp rise to 1,095,218 arrivals.", "2024-03-01"),
    ("September saw a drop in demand for visas.", None),
])
def test_a_month_as_the_subject_of_a_change_noun_dates_the_amount_after_it(text, month):
    from extractor.periods import find_periods
    got = [p.period_start for p in find_periods(text.split(";")[-1].strip(), date(2024, 1, 1), date(2024, 12, 31))]
    assert got == ([month] if month else [])


def test_a_cell_over_100_under_a_caption_naming_per_cent_is_no_share():
    """A tile map's counts ("Almaty city | 15,420") read under a title whose text names per cent
    are counts, never shares of 15,420 per cent."""
    from extractor.tables import cell_statistic
    assert cell_statistic("unknown", "registered_migrant_workers", Decimal("15420"), Decimal(1),
                          "Registered workers by region (persons; share, %)", False) == \
        ("total", "persons", Decimal("15420"))
    assert cell_statistic("unknown", "registered_migrant_workers", Decimal("21.5"), Decimal(1),
                          "Registered workers by region, %", False) == ("share", "percent", Decimal("21.5"))


def test_a_group_named_as_the_adjective_of_a_view_noun_is_the_base_of_the_shares_after_it():
    """"The non-CIS picture was led by China (34.8%)": the share is of the non-CIS group, as
    with "The non-CIS stream"."""
    got = assemble(heading("3. Arrivals"), block("The non-CIS picture was led by China (34.8%) ahead of India (9.6%).")).candidates
    assert {(c.country, c.group) for c in got} == {("CHN", "non-CIS"), ("IND", "non-CIS")}


def test_the_amount_of_a_when_it_clause_after_a_change_of_an_average_is_that_average():
    """"the monthly average of transfers sent was 113.8 percent higher than in October–December
    2023, when it stood at 40.15 billion KZT": the compared amount is a monthly average; after
    a change of a total ("Transfers sent totalled ..., 13.8 percent more than in ..., when it
    stood at ...") it is a total."""
    avg = assemble(heading("4. Remittances"), block(
        "The monthly average of transfers sent was 113.8 percent higher than in October–December 2023, "
        "when it stood at 40.15 billion KZT.")).candidates
    total = assemble(heading("4. Remittances"), block(
        "Transfers sent totalled KZT 250.1 billion, 13.8 percent more than in October–December 2023, "
        "when it stood at 220.15 billion KZT.")).candidates
    assert [(c.statistic, c.period) for c in avg if c.unit == "KZT"] == [("monthly_average", ("2023-10-01", "2023-12-31"))]
    assert ("total", ("2023-10-01", "2023-12-31")) in [(c.statistic, c.period) for c in total if c.unit == "KZT"]


def test_a_day_that_dates_an_event_of_no_figure_does_not_hold_for_the_paragraphs_later_counts():
    """"Foreign arrivals eased at the end of 2024 ... Uzbekistan alone accounted for 29,124
    registered migrant workers.": the count is the quarter's; after "As of 31 December 2024,
    79,364 workers were registered." the day holds."""
    eased = assemble(heading("Conclusion"), block(
        "Foreign arrivals eased at the end of 2024 but stayed high. Uzbekistan alone accounted for 29,124 "
        "registered migrant workers."), start=date(2024, 10, 1), end=date(2024, 12, 31)).candidates
    stock = assemble(heading("Conclusion"), block(
        "As of 31 December 2024, 79,364 foreign workers were registered. Uzbekistan alone accounted for 29,124 "
        "registered migrant workers."), start=date(2024, 10, 1), end=date(2024, 12, 31)).candidates
    assert [c.period for c in eased if c.value == 29124] == [("2024-10-01", "2024-12-31")]
    assert [c.period for c in stock if c.value == 29124] == [("2024-12-31", "2024-12-31")]


@pytest.mark.parametrize("rest", ["by everyone else", "by all the rest", "from the rest", "by nationals of all other countries"])
def test_a_count_of_everyone_else_after_a_groups_count_is_its_complement(rest):
    """"3,05 million exits by nationals of the Commonwealth and 137.9 thousand by everyone else"
    (blind designer70, 2024q1 chromium2): the second count is the non-CIS group's."""
    got = assemble(heading("2. Arrivals and departures"), block(
        f"Departures split the same way: 3,05 million exits by nationals of the CIS and 137.9 thousand {rest}.")).candidates
    assert sorted((float(c.value), c.group) for c in got) == [(137900.0, "non-CIS"), (3050000.0, "CIS")]


def test_a_share_of_a_groups_remainder_is_no_figure():
    """"Other CIS 2.18%" in a chart's legend: the rest of the group, neither a member's share nor
    the group's own."""
    got = assemble(heading("2. Arrivals"), block("Figure 1. Arrivals from CIS member states by nationality, % of CIS arrivals",
                                                 "heading", 9.0),
                   block("Uzbekistan 44.18%", "legend", 8.0), block("Other CIS 2.18%", "legend", 8.0)).candidates
    assert [(c.country, float(c.value)) for c in got] == [("UZB", 44.18)]


@pytest.mark.parametrize("text", ["At the rate of 31 December 2024, one US dollar cost 525.11 tenge.",
                                  "On 31 December 2024 a dollar was worth 525.11 tenge."])
def test_a_days_rate_said_in_words_is_a_rate_and_no_amount(text):
    """"one US dollar cost 525.11 tenge": an exchange rate (a day's, so no figure), never a
    remittance of one dollar and one of 525.11 tenge."""
    assert [(q.kind, float(q.value)) for q in find_quantities(text)] == [("rate", 525.11)]
    got = assemble(heading("4. Remittances"), block("Transfers to Kazakhstan came to KZT 61.8 billion. " + text),
                   start=date(2024, 10, 1), end=date(2024, 12, 31)).candidates
    assert [(c.unit, float(c.value)) for c in got] == [("KZT", 61.8e9)]


@pytest.mark.parametrize("tail, value", [("to be exact", 3051200.0), ("precisely", 3051200.0), ("in all", None)])
def test_a_count_in_full_after_its_rounded_form_is_the_same_count(tail, value):
    """"3.05 million arrivals, or 3,051,200 to be exact" (blind designer71, 2024q2 chromium): one
    figure, the group's, its value the full count; without "to be exact" nothing changes."""
    got = assemble(heading("2. Arrivals"), block(
        f"Citizens of CIS member states made up the bulk of the flow – 3.05 million arrivals, or 3,051,200 {tail} – "
        "whereas non-CIS countries accounted for 136,740.")).candidates
    from extractor.pipeline import merge
    cis = [f.value for f in merge(got, {}) if f.group == "CIS"]
    assert cis == [value or 3050000.0]


def test_a_name_an_amount_fronted_by_with_takes_is_held_by_it():
    """"With 6,120 workers, Georgian nationals were the largest group, 24.5 per cent of the
    total, ...": ENT:fronted-with gives the count its name and holds that name, so the share
    after it takes the name as the sentence's (ENT:sentence), not as a free name before it."""
    got = assemble(heading("4. Labour migration"), block(
        "With 6,120 workers, Georgian nationals were the largest group, 24.5 per cent of the total, "
        "followed by citizens of Armenia (18.5%).")).candidates
    by = {(c.country, c.statistic): c.rules for c in got}
    assert "ENT:fronted-with" in by[("GEO", "total")]
    assert "ENT:sentence" in by[("GEO", "share")] and "ENT:before" not in by[("GEO", "share")]


def test_a_table_under_a_heading_no_note_has_sourced_takes_the_note_of_its_metric_before():
    """FN:metric-before: tiles of region shares in a box under a heading of their own, with no
    caption marker and no note in their section, are sourced (flagged) by the note of the last
    text figure of their metric (blind designer72, 2024q4 reportlab)."""
    doc = [heading("3. Foreign workers"),
           block("In the quarter, 58,500 foreigners were registered as migrant workers.", markers=[("9", "workers.")]),
           heading("Where workers are registered"),
           block("Share of registered foreign workers, Q2 2024", "legend", 7.0),
           table_row("Almaty city", "24.5%"), table_row("Astana", "17.5%")]
    from extractor.pipeline import fallback_sources
    cands = assemble(*doc).candidates
    fallback_sources(cands)
    got = {float(c.value): (c.footnotes, "FN:metric-before" in c.rules, "source_from_previous" in c.flags)
           for c in cands if c.metric == "registered_migrant_workers"}
    assert got == {58500.0: (["9"], False, False), 24.5: (["9"], True, True), 17.5: (["9"], True, True)}


def test_a_sections_next_note_outranks_the_note_of_a_figure_of_its_metric_before():
    """FN:section-next over FN:metric-before: a new section's opening paragraph with no marker,
    its next paragraph marked, takes that paragraph's note, not the note of the last figure of
    its metric in the section before (blind designer68, 2026q1 reportlab)."""
    from extractor.pipeline import fallback_sources
    doc = [heading("7. Money transfers"),
           block("Individuals sent KZT 310.5 billion abroad in the quarter.", markers=[("6", "quarter.")]),
           heading("8. Transfers by country"),
           block("Outgoing transfers were led by Russia, which received KZT 130.5 billion."),
           block("Monthly volumes rose through the quarter.", markers=[("12", "quarter.")])]
    cands = assemble(*doc).candidates
    fallback_sources(cands)
    got = {float(c.value): (c.footnotes, [r for r in c.rules if r.startswith("FN:")]) for c in cands}
    assert got == {310.5e9: (["6"], ["FN:after"]), 130.5e9: (["12"], ["FN:section-next"])}


@pytest.mark.parametrize("second, size, sourced", [("Permanent residence", 10.0, True),
                                                   ("3. Labour migration", 12.0, False)])
def test_a_subsection_with_no_note_takes_the_first_note_of_the_next_one_under_its_parent(second, size, sourced):
    """FN:sibling-next: "Temporary residence" and "Permanent residence" side by side under "2.
    Residence permits", only the second marked (blind designer79, 2022q4 word): the first's
    figures take the second's note; a heading of a new section ends the wait."""
    from extractor.pipeline import fallback_sources
    doc = [heading("2. Residence permits"), block("Temporary residence", "heading", 10.0),
           block("Over the quarter 71,500 foreigners obtained a temporary residence permit."),
           block(second, "heading", size),
           block("Permanent residence was granted to 6,500 people.", markers=[("4", "people.")])]
    cands = assemble(*doc).candidates
    fallback_sources(cands)
    got = next(c for c in cands if c.value == 71500)
    assert (got.footnotes, "FN:sibling-next" in got.rules, "source_from_next" in got.flags) == \
        ((["4"], True, True) if sourced else ([], False, False))


def test_a_flow_word_in_a_section_on_transfers_names_the_transfers_its_note_sources():
    """FN:section-metric is for a table after a note that sourced other metrics only: "Outflows
    grew ... (Table 3a).¹¹" in a section on transfers names money sent, so a table of money sent
    under it takes note 11, not the note of the section's last figure of its metric (blind
    round80, 2025q2 tables-chromium)."""
    doc = [heading("5. Remittances"),
           block("Individuals sent KZT 198.5 billion abroad.", markers=[("9", "abroad.")]),
           block("Outflows grew from month to month (Table 3a).", markers=[("11", "3a).")]),
           block("Table 3a. Transfers from Kazakhstan by country of destination, Q2 2024", "heading", 9.0),
           table_row("Country", "KZT bn"), table_row("Russian Federation", "57.5")]
    got = next(c for c in assemble(*doc).candidates if c.country == "RUS")
    assert (got.metric, got.footnotes) == ("remittances_sent", ["11"])


def test_a_numbered_caption_in_body_type_ending_in_a_full_stop_captions_its_table():
    """A caption set under its table in body type and read first (TAB:caption-below), ending in
    a full stop and naming its note in words ("(source as in note 3)"), still captions the
    table; header cells naming permits and the kind of residence apart ("Share of permits
    granted, % Temporary residence") give their columns the permit kind (blind designer79,
    2025q3 chromium2)."""
    doc = [heading("2. Residence permits"),
           block("Permanent residence was granted to 8,500 people.", markers=[("3", "people."), ("4", "people.")]),
           block("Table 1. Main citizenships among permit holders, Q2 2024 (source as in note 3). A dash: not "
                 "among the leading citizenships."),
           table_row("Citizenship", "Share of permits granted, % Temporary residence",
                     "Share of permits granted, % Permanent residence"),
           table_row("Uzbekistan", "45.5", "18.5")]
    got = {(c.metric, float(c.value), tuple(c.footnotes)) for c in assemble(*doc).candidates if c.country}
    assert got == {("temporary_residence_permits", 45.5, ("3",)), ("permanent_residence_permits", 18.5, ("3",))}


@pytest.mark.parametrize("size", [5.5, 12.0])
def test_a_charts_parts_under_sub_titles_in_its_rows_type_all_take_its_caption_below(size):
    """FN:caption-below across a sub-title: "CIS member states, % of CIS arrivals" and
    "Non-CIS countries, % of non-CIS arrivals" head the two parts of one chart, in the rows'
    small type, its "Figure 1. ...²" caption under both (blind designer79, 2025q3 chromium2);
    a heading in larger type between them is a new section, whose rows alone the caption
    sources."""
    def small_row(*cells):
        return replace(table_row(*cells), size=5.5)
    doc = [heading("1. Arrivals"), block("Arrivals reached 3,480,500."),
           block("CIS member states, % of CIS arrivals", "heading", 5.5), small_row("Uzbekistan", "41.5%"),
           small_row("Kyrgyzstan", "21.5%"), block("Non-CIS countries, % of non-CIS arrivals", "heading", size),
           small_row("China", "34.5%"), small_row("India", "9.5%"),
           block("Figure 1. Top citizenships among arrivals, Q2 2024.", "body", 7.5, markers=[("2", "2024.")])]
    got = {c.country: c.footnotes for c in assemble(*doc).candidates if c.country}
    assert got["CHN"] == ["2"] and (got["UZB"] == ["2"]) == (size == 5.5)


def test_period_columns_under_a_caption_naming_one_currency_are_amounts_in_it():
    """"Table 5. Remittances in Q3 2023 compared with earlier quarters, KZT billion" over
    columns headed by quarters only: each cell is an amount in the caption's one currency and
    scale, of its column's quarter (blind round79, 2023q3 tables-reportlab)."""
    doc = [heading("5. Remittances"),
           block("Table 5. Remittances in Q2 2024 compared with earlier quarters, KZT billion", "heading", 9.0,
                 markers=[("12", "billion")]),
           table_row("Flow", "Q2 2023", "Q1 2024", "Q2 2024"),
           table_row("Sent from Kazakhstan", "196.5", "180.5", "171.5")]
    got = {(c.unit, float(c.value), c.period) for c in assemble(*doc).candidates}
    assert got == {("KZT", 196.5e9, ("2023-04-01", "2023-06-30")), ("KZT", 180.5e9, ("2024-01-01", "2024-03-31")),
                   ("KZT", 171.5e9, ("2024-04-01", "2024-06-30"))}


def test_a_header_of_groups_over_names_and_shares_reads_as_two_halves():
    """TAB:group-halves: "CIS member states | Non-CIS countries" over "Uzbekistan | 39.5 | China
    | 34.5" under a caption of shares (blind round82, 2024q3 twocol-chromium, Table 1): each
    half's shares are of its group; a row of the second half only is read too."""
    doc = [heading("1. Arrivals"),
           block("Table 1. Arrivals of foreign nationals by nationality, share of the group total (%), Q2 2024",
                 "heading", 9.0, markers=[("6", "2024")]),
           placed_row("CIS member states", "Non-CIS countries", pitch=260),
           placed_row("Uzbekistan", "39.5", "China", "34.5", pitch=130),
           placed_row("Russian Federation", "31.5", "Türkiye", "22.5", pitch=130),
           placed_row("Tajikistan", "6.5", pitch=130)]      # the first half's list goes on alone
    got = {(c.country, c.group, c.statistic, float(c.value)) for c in assemble(*doc).candidates}
    assert got == {("UZB", "CIS", "share", 39.5), ("CHN", "non-CIS", "share", 34.5),
                   ("RUS", "CIS", "share", 31.5), ("TUR", "non-CIS", "share", 22.5), ("TJK", "CIS", "share", 6.5)}


def test_a_note_label_wrapped_alone_under_its_caption_is_the_captions_marker():
    """A note's label wrapped alone onto the line under a caption ("Table 1. ... (share within
    group, %)" | "⁴": blind round82, 2023q4 onecol-fpdf) is the caption's marker; a number
    naming no note stays where it is."""
    from extractor.pipeline import wrapped_markers
    cap = Block(page=1, kind="heading", text="Table 1. Arrivals by nationality, Q2 2024 (share within group, %)",
                boxes=((60.0, 324.0, 65.0, 333.0),) * 66, size=9.0)
    label = Block(page=1, kind="heading", text="4", boxes=((60.0, 335.0, 63.0, 341.0),), size=6.3)
    got = wrapped_markers([cap, label], frozenset({"4"}))
    assert len(got) == 1 and [m.label for m in got[0].markers] == ["4"]
    assert len(wrapped_markers([cap, label], frozenset({"5"}))) == 2


def test_a_note_label_wrapped_alone_under_a_paragraph_closing_a_sentence_is_its_last_marker():
    """"... ahead of China (21,4%) and Germany (11.2%)." | "⁴" at the column's left edge on the
    line under it (blind round93, 2023q3 twocol-fpdf): the paragraph's marker, after those it
    raises; not under a paragraph that ends mid-sentence (a chart's value under its label)."""
    from extractor.pipeline import wrapped_markers
    text = "Arrivals came from non-CIS countries, led by Türkiye (58.5%) and China (21.5%)."
    para = Block(page=1, kind="body", text=text, boxes=((312.0, 360.0, 317.0, 369.5),) * len(text), size=9.5,
                 markers=(Marker("3", 36, (0, 0, 1, 1)),))
    label = Block(page=1, kind="legend", text="4", boxes=((312.0, 371.0, 316.0, 378.0),), size=6.7)
    got = wrapped_markers([para, label], frozenset({"4"}))
    assert len(got) == 1 and [(m.label, m.offset) for m in got[0].markers] == [("3", 36), ("4", len(text))]
    open_para = Block(page=1, kind="body", text=text[:-1] + " and", boxes=para.boxes[:-1] + ((312.0, 360.0, 317.0, 369.5),) * 4,
                      size=9.5)
    assert len(wrapped_markers([open_para, label], frozenset({"4"}))) == 2



def test_a_unit_line_under_rows_titled_by_a_heading_gives_their_currency():
    """"Where money sent to Kazakhstan came from" in heading type over "Germany | 4.4 bn | (7.0%)"
    rows and "Amounts in billion tenge; share of the quarter's inflow in brackets." under them:
    the unit line joins the heading, so the amounts are in tenge (blind designer85, 2022q3
    chromium2); with no unit line the amounts stay unread."""
    from extractor.tables import caption_units
    rows = (table_row("Germany", "4.4 bn", "(7.0%)"), table_row("Israel", "2.1 bn", "(3.3%)"))
    title = block("Where money sent to Kazakhstan came from", "heading", 9.0)
    unit = block("Amounts in billion tenge; share of the quarter's inflow in brackets.", "body", 7.4)
    got = sorted((c.statistic, c.country, c.unit, float(c.value))
                 for c in assemble(heading("4. Remittances"), *caption_units((title, *rows, unit))).candidates)
    assert ("total", "DEU", "KZT", 4.4e9) in got and ("total", "ISR", "KZT", 2.1e9) in got
    bare = assemble(heading("4. Remittances"), *caption_units((title, *rows))).candidates
    assert not [c for c in bare if c.statistic == "total"]


def test_a_marker_of_a_conversion_note_in_a_paragraph_with_a_days_rate_sources_no_amount():
    """A paragraph giving a day's rate "for reference only" states no average rate: the marker
    of the conversion note right after its amount sources none of them; the paragraph's next
    marker does (blind round87, 2024q3 tables-chromium)."""
    text = ("Individuals sent 210.0 billion KZT (USD 438.2 million) abroad, 4.1 per cent more than in the first "
            "quarter. For reference only, the official rate on 28 June 2024 was 471.30 tenge per dollar.")
    asm = Assembler(*Q2, find_quantities, find_periods, find_entities, parse_number, rate_notes=frozenset({"7"}))
    for b in [heading("6. Remittances"), block(text, markers=[("7", "million)"), ("8", "quarter.")])]:
        asm.block(b)
    assert {tuple(c.footnotes) for c in asm.candidates if c.statistic == "total"} == {("8",)}


def test_a_cited_table_takes_the_note_of_the_paragraph_citing_it():
    """FN:cited: rows of "Table 1." with no marker of their own, under a section whose last note
    is another's, take the first marker after the text's "as Table 1 shows"; with no citation
    they keep the section's note."""
    def run(cite: str):
        return {tuple(c.footnotes) for c in _cited_doc(cite) if c.period[1] in ("2024-04-30", "2024-05-31")}

    assert run(", as Table 1 shows") == {("3",)}
    assert run("") != {("3",)}


def _cited_doc(cite: str) -> list:
    """A table of months after a paragraph that may cite it (pipeline.cited_sources)."""
    from extractor.pipeline import cited_sources
    from extractor.types import Footnote, Page

    doc = [heading("1. Border crossings"),
           block("Arrivals numbered 3.1 million in the quarter.", markers=[("2", "quarter.")]),
           block(f"Entries peaked in May{cite}. They were 4.0 per cent above the second quarter of 2023.",
                 markers=[("3", "2023.")]),
           block("Table 1. Monthly arrivals, Q2 2024", "heading", 8.0), table_row("Month", "Arrivals"),
           table_row("April", "1,010,300"), table_row("May", "1,090,100")]
    cands = assemble(*doc).candidates
    notes = {k: Footnote(k, f"Border Service, crossings, note {k}.", 1) for k in ("2", "3")}
    cited_sources(cands, [Page(1, 600, 800, tuple(doc))], notes)
    return cands


def test_the_sentences_before_a_page_end_take_the_marker_the_paragraph_closes_with_on_the_next_page():
    """PAR:page-run-on: a paragraph with no marker on its page, cut by the page end and closing on
    the next page with its marker ("... with 8.4%. Not a single foreign worker was registered in"
    | "Ulytau region over the quarter.⁷"): its figures on the first page take that marker, not the
    section's note before them (blind round87, 2025q4 twocol-fpdf)."""
    doc = [heading("3. Labour migration"),
           block("Employers registered 52,000 foreign workers in the quarter.", markers=[("4", "quarter.")]),
           block("Almaty city hosted 12,500 of the registered workers, or 24.0% of the total; Astana followed "
                 "with 19.5%. No foreign worker was registered in"),
           replace(block("Ulytau region over the quarter.", markers=[("5", "quarter.")]), page=2)]
    got = {(c.region, float(c.value)): c.footnotes for c in assemble(*doc).candidates if c.region}
    assert got[("KZ-75", 24.0)] == ["5"] and got[("KZ-71", 19.5)] == ["5"]


def test_rows_of_money_sent_take_the_note_of_the_quarters_amount_not_of_its_change():
    """FN:note-direction: the rows take the note of the last text figure of their metric that is
    no change; a change's note sources its comparison (blind designer86, 2022q4 chromium)."""
    from extractor.pipeline import directed_sources
    from extractor.types import Footnote

    doc = [heading("6. Remittances"),
           block("Individuals sent KZT 212.5 billion abroad in April–June 2024.", markers=[("9", "2024.")]),
           block("Compared with the first quarter, outgoing transfers grew by 7.5 per cent.", markers=[("10", "cent.")]),
           block("Transfers to Kazakhstan reached 96.5 billion KZT.", markers=[("11", "KZT.")]),
           block("Table 2. Remittances sent from Kazakhstan by destination, Q2 2024", "heading", 8.0),
           table_row("Destination", "KZT bn"), table_row("Uzbekistan", "38.5")]
    notes = {"9": Footnote("9", "National Bank, money transfers of individuals through payment systems, Q2 2024", 4),
             "10": Footnote("10", "National Bank, money transfers of individuals, Q1 and Q2 2024", 4),
             "11": Footnote("11", "National Bank, incoming cross-border transfers of individuals, Q2 2024", 4)}
    cands = assemble(*doc).candidates
    directed_sources(cands, notes)
    assert next(c for c in cands if c.country == "UZB").footnotes == ["9"]


def test_a_change_measured_against_the_latter_takes_the_last_period_compared_before():
    """CMP:former-latter: "against ... in the first quarter and ... in the second quarter of 2023;
    measured against the latter, ... 10.6 per cent lower": compared with Q2 2023; "the former"
    would take the first quarter."""
    def compared(which: str):
        doc = [heading("4. Remittances"),
               block("Each month KZT 70.5 billion left the country, against KZT 64.1 billion a month in the first "
                     "quarter and KZT 78.9 billion in the second quarter of 2023; measured against the "
                     f"{which}, the monthly average was 10.6 per cent lower.")]
        return [c.compared for c in assemble(*doc).candidates if c.statistic == "change"]
    assert compared("latter") == [("2023-04-01", "2023-06-30")]
    assert compared("former") == [("2024-01-01", "2024-03-31")]


def test_a_note_continued_on_the_next_line_of_an_endnote_list_joins_a_dash_without_a_space():
    """An endnote's line ending in a dash glued to its word ("July–") goes on with the next line
    ("September 2023.") as one word, as a page-foot note does (blind designer87, 2023q3 chromium2)."""
    from extractor.pipeline import endnotes
    from extractor.types import Page
    page = Page(4, 600, 800, (heading("Notes"), block("1. Border Service, crossings, July–", "body", 8.0),
                              block("September 2023.", "body", 8.0)))
    _, notes = endnotes([page])
    assert notes["1"].text == "Border Service, crossings, July–September 2023."


def test_a_caption_read_before_the_other_columns_text_above_it_goes_to_its_table():
    """LAY:caption-in-place: "Table 1. ..." at the foot of the left column, the right column's text
    (set higher on the page) read after it, then the table across the page under the caption: the
    text is read first, the caption right before the table (blind designer87, 2025q1 reportlab)."""
    from extractor.tables import captions_in_place

    def at(b: Block, top: float) -> Block:
        return replace(b, boxes=tuple((0.0, top, 1.0, top + 8) for _ in b.text))
    cap = at(block("Table 1. Remittances by country, Q2 2024", "body", 8.0), 245)
    text = at(block("Money sent to Kazakhstan came to 87.6 billion tenge."), 96)
    row = at(table_row("Georgia", "12.5"), 300)
    assert captions_in_place((cap, text, row)) == (text, cap, row)
    below = at(text, 260)           # text under the caption stays where it is
    assert captions_in_place((cap, below, row)) == (cap, below, row)


@pytest.mark.parametrize("last, want", [("Chart 1 shows each region's share of registered foreign workers.", "5"),
                                        ("Most of them work in the oil-producing west.", "6")])
def test_an_unmarked_sentence_before_a_note_on_a_chart_pointer_keeps_the_note_before_it(last, want):
    """FN:before-comparison: the marker of a sentence that only points to a chart ("Chart 1
    shows ...") sources the chart, not the unmarked figures before it (blind designer103, 2025q2
    word); a marker closing a sentence of the same topic still sources them."""
    text = ("Employers held 71,350 valid work registrations at the end of the quarter. Armenia supplied the "
            f"largest group, 35.5% of the total. {last}")
    doc = [heading("4. Labour migration"),
           block(text, markers=[("5", "the quarter."), ("6", last)])]
    share = [c for c in assemble(*doc).candidates if c.statistic == "share"]
    assert [c.footnotes for c in share] == [[want]]


def test_a_zero_in_a_sentence_naming_the_quarter_is_the_quarters_not_the_paragraphs_stock_day():
    """zeros: "As of 30 June 2024, ... lived ... Abay region reported no registered foreign workers
    at all during the quarter": the zero's own flow period, not the stock day before its sentence."""
    text = ("As of 30 June 2024, 67,500 foreign nationals lived in Kazakhstan on a permanent permit. Abay region "
            "reported no registered foreign workers at all during the quarter.")
    zeros = [c for c in assemble(heading("Side panel"), block(text)).candidates if c.value == 0]
    assert [(c.metric, c.region, c.period) for c in zeros] == [("registered_migrant_workers", "KZ-10", ("2024-04-01", "2024-06-30"))]


def test_a_callout_whose_metric_came_only_from_the_page_before_takes_the_one_it_restates():
    """MET:restated-callout: "36,500 workers from Armenia" in a card after a section on permits is
    the body's count of registered migrant workers it restates (flag metric_from_restatement)."""
    from extractor.pipeline import match_legends
    doc = next(d for d in DOCUMENTS if d[0].text == "4. Labour migration" and len(d) == 5)
    cands = assemble(*doc).candidates
    match_legends(cands)
    card = next(c for c in cands if c.block.kind == "callout")
    assert (card.metric, "metric_from_restatement" in card.flags) == ("registered_migrant_workers", True)


def test_an_unmarked_paragraph_takes_the_quarters_note_not_a_note_on_monthly_data():
    """A section's last note on monthly data ("December was the busiest month."¹³ under "¹³ ...,
    outgoing transfers by month") stands for no later sentence naming no month: the note of the
    quarter's own amount does (blind round106, 2022q4 onecol-chromium)."""
    from extractor.types import Footnote
    doc = [heading("6. Remittances"),
           block("Individuals sent KZT 250.5 billion abroad in the quarter. December was the busiest month.",
                 markers=[("11", "in the quarter."), ("13", "busiest month.")]),
           block("By destination, Georgia received KZT 90.5 billion, a share of 36.5%.")]
    notes = {"11": Footnote("11", "National Bank, money transfer statistics, Q2 2024", 3),
             "13": Footnote("13", "National Bank, outgoing transfers by month, Q2 2024", 3)}
    asm = _assemble_noted(doc, notes)
    geo = [c for c in asm.candidates if c.country == "GEO"]
    assert geo and all(c.footnotes == ["11"] for c in geo)


@pytest.mark.parametrize("note, want", [("Border Service, comparison of the first and second quarters of 2024", "1"),
                                        ("Border Service, entries of foreign nationals, Q2 2024", "2")])
def test_a_paragraphs_only_note_on_a_comparisons_data_leaves_the_sections_note_standing(note, want):
    """FN:before-comparison: the quarter's shares of a paragraph whose only note closes a comparison,
    that note on the comparison's data, keep the section's note before the paragraph (blind
    round106, 2022q4 onecol-chromium); a note on the quarter's own data sources them."""
    from extractor.types import Footnote
    doc = [heading("1. Arrivals"),
           block("The Border Service recorded 2,450,500 arrivals in the quarter.", markers=[("1", "in the quarter.")]),
           block("Within the CIS group, Armenia led with 44.5%. Taken together, arrivals were 14.5 per cent "
                 "higher than in the first quarter of 2024.", markers=[("2", "of 2024.")])]
    notes = {"1": Footnote("1", "Border Service, border crossing statistics, Q2 2024", 1), "2": Footnote("2", note, 1)}
    share = next(c for c in _assemble_noted(doc, notes).candidates if c.country == "ARM")
    assert share.footnotes == [want]


def _assemble_noted(blocks, notes):
    """Assembly of `blocks` with the notes' kinds and monthly notes read off their texts, as the
    pipeline reads them."""
    from extractor.cues import note_kinds
    from extractor.lang import pattern
    kinds = tuple((k, note_kinds(v.text)) for k, v in sorted(notes.items()))
    monthly = frozenset(k for k, v in notes.items() if pattern("monthly_note").search(v.text))
    asm = Assembler(*Q2, find_quantities, find_periods, find_entities, parse_number, frozenset(), frozenset(),
                    frozenset(), kinds, monthly)
    for b in blocks:
        asm.block(b)
    return asm


@pytest.mark.parametrize("text, merged", [
    ("Almaty city hosted 16.5% of registered workers at the end of June.", True),
    # a share stated for the quarter with no day of its own is no restatement of the day's
    ("Almaty city hosted 16.5% of registered workers in April–June.", False)])
def test_a_days_figure_restating_a_flow_dated_by_that_day_takes_the_flows_quarter(text, merged):
    """PER:restated-flow: a chart captioned "as of 30 June" restating a flow figure that "the end
    of June" dated to the quarter (PER:end-of-flow) takes the quarter, so the two are one figure
    (blind designer76, 2022q2 chromium2); the chart keeps its day where no flow was so dated."""
    from extractor.pipeline import day_restatements, figure_id
    asm = assemble(heading("6. Foreign workers"), block(text),
                   block("Figure 4. Registered migrant workers by region, %, as of 30 June 2024", "heading", 8.8),
                   table_row("Almaty city", "16.5%"))
    match_legends(asm.candidates)
    day_restatements(asm.candidates)
    cell = next(c for c in asm.candidates if c.block.kind == "table")
    assert ("PER:restated-flow" in cell.rules) is merged
    assert (len({figure_id(c) for c in asm.candidates}) == 1) is merged
    assert cell.period == (Q2_ISO if merged else ("2024-06-30", "2024-06-30"))


def test_a_date_taken_only_from_a_section_is_no_date_for_a_restatement():
    """PER:restated takes a date stated with the twin, never one the twin only took from its
    section: a callout "2,150 permanent residence permits granted" set under a section on the
    stock "as of 30 June" leaves the body's permits of the quarter undated by it (blind designer98,
    2022q4 chromium2)."""
    from datetime import date
    from extractor.pipeline import dated_restatements
    doc = [heading("2. Residence permits"), block("Permanent residence was granted to 2,150 people."),
           heading("3. Permanent residents as of 30 June 2024"),
           block("2,150 permanent residence permits granted", "callout", 12.0)]
    cands = assemble(*doc).candidates
    callout = next(c for c in cands if c.block.kind == "callout")
    assert "PER:section" in callout.rules and callout.period == ("2024-06-30", "2024-06-30")
    dated_restatements(cands, date(2024, 4, 1), date(2024, 6, 30))
    body = next(c for c in cands if c.block.kind == "body")
    assert body.period == Q2_ISO and "PER:restated" not in body.rules


def test_a_table_cited_after_it_takes_that_note_over_the_sections_last_note_of_its_metric():
    """FN:cited over FN:section-metric: the rows of "Table 1." under a section whose last note
    sourced a training take the marker of the line citing the table after it ("Source of Table
    1:⁵ ..."), not the note of the section's last sentence on transfers (FN:section-metric;
    blind designer57, 2025q2 word, once its training sentence stood as a paragraph of its own)."""
    from extractor.pipeline import cited_sources
    from extractor.types import Footnote, Page

    doc = [heading("5. Remittances"),
           block("Individuals sent KZT 170.5 billion abroad in the quarter.", markers=[("3", "quarter.")]),
           block("IOM trained 40 officials of the statistics and banking sectors on migration statistics in the "
                 "quarter.", markers=[("4", "quarter.")]),
           block("Table 1. Money sent abroad by country, Q2 2024", "heading", 8.0),
           table_row("Country", "KZT bn"), table_row("Georgia", "20.5"),
           block("Source of Table 1: amounts in tenge as reported by the banks.", markers=[("5", "Table 1:")])]
    cands = assemble(*doc).candidates
    notes = {"3": Footnote("3", "National Bank, money transfers of individuals, Q2 2024.", 1),
             "4": Footnote("4", "IOM Kazakhstan, project records, June 2024.", 1),
             "5": Footnote("5", "National Bank, money transfers by country, Q2 2024.", 1)}
    cited_sources(cands, [Page(1, 600, 800, tuple(doc))], notes)
    row = [c for c in cands if c.country == "GEO"]
    assert [c.footnotes for c in row] == [["5"]] and "FN:cited" in row[0].rules


@pytest.mark.parametrize("note, rate_only", [
    ("National Bank of the Republic of Kazakhstan, official KZT/USD rates, quarterly average.", True),
    ("National Bank of Kazakhstan, average market exchange rate of the tenge, April–June 2024.", True),
    ("National Bank, money transfers and official exchange rates, Q2 2024.", False),
    ("National Bank of the Republic of Kazakhstan, International Money Transfer System Report, Q2 2024.", False),
])
def test_a_note_naming_only_exchange_rates_as_its_source_is_told_apart(note, rate_only):
    assert bool(cues()["rate_source_note"].search(note)) is rate_only


@pytest.mark.parametrize("rate_only, source", [(True, "5"), (False, "6")])
def test_an_unmarked_sentence_before_a_paragraphs_only_rate_note_keeps_the_sections_note(rate_only, source):
    """A paragraph of incoming transfers whose only marker closes the conversion rate ("... at the
    quarter's average rate of 469.5 KZT per US dollar⁶"): where that note names no source but
    the rate's ("..., official KZT/USD rates"), its amounts and shares take the section's note
    before it (blind designer5, 2023q2 word, its paragraphs read apart); a note naming the
    transfers' data too ("..., money transfers and exchange rates") sources them (blind round2,
    2024q4 twocol-fpdf)."""
    doc = [heading("5. Money transfers"),
           block("Transfers sent from Kazakhstan came to KZT 180.5 billion in the quarter.", markers=[("5", "quarter.")]),
           block("Transfers to Kazakhstan totalled 60.5 billion tenge; 55.5% of the incoming amount came from "
                 "Russia. USD amounts are converted at the quarterly average rate of 469.5 KZT per US dollar "
                 "(455.5 in Q1 2024).", markers=[("6", "US dollar")])]
    asm = Assembler(*Q2, find_quantities, find_periods, find_entities, parse_number,
                    rate_notes=frozenset({"6"} if rate_only else ()))
    for b in doc:
        asm.block(b)
    got = {(c.metric, c.statistic): c.footnotes for c in asm.candidates}
    assert got[("remittances_received", "total")] == [source] and got[("remittances_received", "share")] == [source]


def test_a_line_under_a_table_whose_note_names_only_the_rate_sources_no_amount_of_the_table():
    """"Note: dollar amounts are converted at ... 538.72 KZT per USD. For reference only, the
    official rate on 30 June was" | "551.20 KZT per USD.¹⁰" under a table of transfers by
    country, note 10 naming only exchange rates: the rows keep the section's note, not the rate's
    (FN:caption-below passed over; blind designer110, 2025q3 chromium)."""
    doc = [heading("5. Money transfers"),
           block("Individuals sent KZT 300.5 billion abroad in the quarter.", markers=[("8", "quarter.")]),
           block("Table 1. Money sent abroad by country, Q2 2024", "heading", 8.0),
           table_row("Country", "KZT bn"), table_row("Georgia", "20.5"),
           block("30 June 2024 was 520.50 KZT per USD.", "legend", 7.0, markers=[("10", "USD.")])]
    asm = Assembler(*Q2, find_quantities, find_periods, find_entities, parse_number, rate_notes=frozenset({"10"}))
    for b in doc:
        asm.block(b)
    asm.finish()
    row = [c for c in asm.candidates if c.country == "GEO"]
    assert [c.footnotes for c in row] == [["8"]] and "FN:caption-below" not in row[0].rules
