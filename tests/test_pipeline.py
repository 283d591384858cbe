"""The reference report end to end, the published schemas, and the README against the code."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, need_shared

from extractor.cli import build_parser
from extractor.schema import published_files

# What issue 2 asks of the reference report (../shared/eval/score.py's closing line).
THRESHOLDS = {"recall": 0.97, "precision": 0.98, "sources": 0.95, "grounded": 1.0}


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True,
                          text=True, cwd=cwd or ROOT, timeout=300)


@pytest.fixture(scope="module")
def reference_output(tmp_path_factory) -> Path:
    pdf = need_shared("reports", "mtm-kaz-2023q1.pdf")
    out = tmp_path_factory.mktemp("ref")
    done = run_cli("extract", str(pdf), "-o", str(out), "--jobs", "1")
    assert done.returncode == 0, done.stderr
    return out


def test_reference_report_scores_at_the_issue_thresholds(reference_output):
    score = need_shared("eval", "score.py")
    gold = need_shared("gold", "mtm-kaz-2023q1.gold.json")
    pdf = need_shared("reports", "mtm-kaz-2023q1.pdf")
    figures = reference_output / "KAZ-2023-Q1.figures.jsonl"
    done = subprocess.run([sys.executable, str(score), "--gold", str(gold), "--figures",
                           str(figures), "--pdf", str(pdf)], capture_output=True, text=True,
                          timeout=300)
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith("score:"))
    got = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}
    for name, floor in THRESHOLDS.items():
        assert got[name] >= floor, f"{name} below {floor}:\n{done.stdout}"


def test_reference_report_metadata_and_provenance(reference_output):
    report = json.loads((reference_output / "KAZ-2023-Q1.json").read_text("utf-8"))
    meta = report["metadata"]
    assert (meta["report_id"], meta["period_start"], meta["period_end"]) == (
        "KAZ-2023-Q1", "2023-01-01", "2023-03-31")
    assert meta["source_file"] == "mtm-kaz-2023q1.pdf"          # a name, never a folder
    labels = [int(f["label"]) for f in report["footnotes"]]
    assert labels == list(range(1, len(labels) + 1))            # numbering complete
    for fig in report["figures"]:
        assert fig["mentions"], fig["id"]
        for m in fig["mentions"]:
            x0, top, x1, bottom = m["box"]
            assert 0 <= x0 <= x1 and 0 <= top <= bottom and m["page"] >= 1
        known = {f["label"] for f in report["footnotes"]}
        assert set(fig["footnotes"]) <= known
    # an amount printed without its scale is inferred, and says so
    assert any("scale_inferred" in f["flags"] for f in report["figures"])
    # a figure stated in the text and again in a chart legend is one figure
    assert any("restated" in f["flags"] and {m["kind"] for m in f["mentions"]} >= {"body", "legend"}
               for f in report["figures"])


def test_extraction_is_deterministic(reference_output, tmp_path):
    pdf = need_shared("reports", "mtm-kaz-2023q1.pdf")
    done = run_cli("extract", str(pdf), "-o", str(tmp_path), "--jobs", "1", "--no-db")
    assert done.returncode == 0, done.stderr
    for name in ("KAZ-2023-Q1.json", "KAZ-2023-Q1.figures.jsonl"):
        assert (tmp_path / name).read_bytes() == (reference_output / name).read_bytes()


@pytest.mark.parametrize("make, reason", [
    (lambda d: d / "empty.pdf", "empty file"),
    (lambda d: d / "notes.pdf", "not a PDF"),
], ids=["empty", "text-renamed-pdf"])
def test_bad_input_gets_one_line_and_nothing_written(tmp_path, make, reason):
    bad = make(tmp_path)
    bad.write_bytes(b"" if reason == "empty file" else b"just some notes\n")
    out = tmp_path / "out"
    done = run_cli("extract", str(bad), "-o", str(out), "--jobs", "1")
    assert done.returncode == 1
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and bad.name in lines[0] and reason in lines[0], done.stderr
    assert not out.exists() or not [p for p in out.iterdir() if p.name != "manifest.json"
                                    and not p.name.startswith(".")], list(out.iterdir())


def test_scanned_reference_without_ocr_is_a_clear_error(tmp_path):
    scanned = need_shared("reports", "mtm-kaz-2023q1-scanned.pdf")
    out = tmp_path / "out"
    done = run_cli("extract", str(scanned), "-o", str(out), "--jobs", "1")
    assert done.returncode == 1
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "no text layer: pass --ocr" in lines[0]
    assert not (out.exists() and list(out.glob("KAZ-*")))


def test_published_schemas_match_the_models():
    for name, text in published_files().items():
        path = ROOT / "schemas" / name
        assert path.exists(), f"schemas/{name} missing: run mtm-extract schema --write schemas"
        assert path.read_text("utf-8") == text, f"schemas/{name} drifted: run mtm-extract schema --write schemas"


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    blocks = re.findall(r"```(?:bash|sh|console)?\n(.*?)```", text, re.S)
    cmds = []
    for block in blocks:
        for line in block.splitlines():
            line = line.strip()
            for part in re.split(r"\s*&&\s*", line):
                if part.startswith(("mtm-extract ", ".venv/bin/mtm-extract ")):
                    cmds.append(part.split("mtm-extract ", 1)[1])
    return cmds


def test_readme_commands_parse_with_the_cli():
    cmds = _readme_commands()
    assert len(cmds) >= 5, cmds
    parser = build_parser()
    for cmd in cmds:
        args = [a.strip("'\"") for a in cmd.split("#")[0].split()]
        parser.parse_args(args)        # a drifted option exits 2 and fails the test


def test_readme_names_every_subcommand():
    text = (ROOT / "README.md").read_text("utf-8")
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert f"mtm-extract {name}" in text, f"README does not show 'mtm-extract {name}'"


def test_readme_first_block_is_the_two_commands():
    text = (ROOT / "README.md").read_text("utf-8")
    first = re.search(r"```(?:bash|sh)?\n(.*?)```", text, re.S).group(1)
    lines = [ln for ln in first.splitlines() if ln.strip() and not ln.strip().startswith("#")]
    assert len(lines) == 2
    assert "samples/" in lines[0] and "extract" in lines[0]
    assert "pytest" in lines[1]
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "pytest" in ci and 'pip install -q -e ".[test,ocr]"' in ci


@pytest.mark.parametrize("section, text, markers, caption, head, cells, source, notes, want", [
    # a table under "Sources: ... (notes 2-3)" with no marker of its own takes note 2, not the
    # last marker read before it (blind designer3, 2023q1 word, Table 2); the words alone name
    # both notes equally
    ("4. Money transfers", "Outgoing transfers reached KZT 190.2 billion; the rate was 450.1 KZT per USD.",
     [("3", "USD.")], "Table 2. Money transfers sent from Kazakhstan by month, KZT billion",
     ("Month", "Sent, KZT billion"), ("May", "61.2"), "Sources: National Bank of Kazakhstan (notes 2-3).",
     {"2": "National Bank of Kazakhstan, money transfers.", "3": "National Bank of Kazakhstan, exchange rates."}, "2"),
    # "Note: percentages are rounded. Source: footnote 3; ...: footnote 4." under a table with
    # no marker of its own: note 3, not the last marker of the text before the table
    ("2. Labour migration", "The register held 50,500 workers. Uzbek citizens made up 50.5% of them.",
     [("3", "workers."), ("4", "them.")], "Table 2. Foreign workers by region",
     ("Region", "Persons"), ("Almaty city", "10,500"),
     "Note: percentages are rounded. Source: footnote 3; shares by nationality: footnote 4.",
     {"3": "Migration Service Committee, register of foreign workers.", "4": "Ministry of Labour, information system."},
     "3"),
    # a grid's caption under it, its "Source:" after a sentence of its own ("Tile grid: ... .
    # Source: see note 3."), for rows in a section with no marker before them
    ("2. Labour migration", "Foreign workers are registered by the region where they work.",
     [], "Registered migrant workers by region, persons",
     ("Region", "Persons"), ("Almaty city", "10,500"),
     "Tile grid: the regions with the most registered workers. Source: see note 3.",
     {"3": "Ministry of Labour, register of foreign workers by region.", "4": "Ministry of Labour, information system."},
     "3"),
    # "Source: see endnote 3." under a map's tiles, after a sentence of its own (blind
    # designer71, 2022q4 chromium2)
    ("2. Labour migration", "The register held 50,500 workers, 4.5% more than a year earlier.",
     [("4", "earlier.")], "Registered migrant workers by region, %",
     ("Region", "Share, %"), ("Almaty city", "20.5"),
     "Regions not shown: no data published. Source: see endnote 3.",
     {"3": "Ministry of Labour, register of foreign workers by region.", "4": "Ministry of Labour, Q2 2023 and Q2 2024."},
     "3"),
    # no "Source:" at all: "Table sourced as note 3 (shares rounded)." after the rows, the text
    # before them closing on another note
    ("2. Labour migration", "The register held 50,500 workers, 4.5% more than a year earlier.",
     [("4", "earlier.")], "Table 2. Foreign workers by region",
     ("Region", "Persons"), ("Almaty city", "10,500"),
     "Table sourced as note 3 (shares rounded).",
     {"3": "Ministry of Labour, register of foreign workers by region.", "4": "Ministry of Labour, Q2 2023 and Q2 2024."},
     "3"),
])
def test_a_tables_source_line_naming_its_notes_by_number_gives_the_first_named(
        section, text, markers, caption, head, cells, source, notes, want):
    from extractor.pipeline import source_lines
    from extractor.types import Footnote, Page
    from tests.test_rules import assemble, block, heading, table_row

    doc = [heading(section), block(text, markers=markers), block(caption, "heading", 8.0),
           table_row(*head), table_row(*cells), block(source, "legend")]
    asm = assemble(*doc)
    source_lines(asm.candidates, [Page(1, 600, 800, tuple(doc))],
                 {k: Footnote(k, v, 1) for k, v in notes.items()})
    row = [c for c in asm.candidates if c.text == cells[1]]
    assert row and all(c.footnotes == [want] for c in row)


def test_a_source_line_naming_two_notes_gives_each_column_the_note_of_its_direction():
    # "Source: notes 5 and 6" under a table of money sent and received: the received columns
    # take the note on incoming transfers, the sent ones the first named
    from extractor.pipeline import source_lines
    from extractor.types import Footnote, Page
    from tests.test_rules import assemble, block, heading, table_row

    doc = [heading("4. Remittances"), block("Transfers both ways changed little."),
           block("Table 3. Remittances by country", "heading", 8.0),
           table_row("Country", "Sent, KZT bn", "Received, KZT bn"), table_row("Georgia", "12.5", "4.5"),
           block("Source: notes 5 and 6.", "legend")]
    notes = {"5": "National Bank, outgoing money transfers of individuals, Q2 2024.",
             "6": "National Bank, incoming money transfers of individuals, Q2 2024."}
    asm = assemble(*doc)
    source_lines(asm.candidates, [Page(1, 600, 800, tuple(doc))], {k: Footnote(k, v, 1) for k, v in notes.items()})
    got = {c.metric: c.footnotes for c in asm.candidates if c.country == "GEO"}
    assert got == {"remittances_sent": ["5"], "remittances_received": ["6"]}


def test_a_source_line_under_a_caption_set_below_its_chart_sources_that_charts_rows_only():
    # a table under its own noted caption, then a chart's rows whose unit only the caption set
    # under them names, then "Source: see note 4.": the chart's rows take note 4, the table's
    # rows keep their caption's note 5
    from extractor.pipeline import source_lines
    from extractor.types import Footnote, Page
    from tests.test_rules import assemble, block, heading, table_row

    doc = [heading("4. Remittances"), block("Money sent abroad kept rising."),
           block("Table 2. Remittances sent by country, KZT billion", "body", 8.0, markers=[("5", "billion")]),
           table_row("Country", "KZT bn"), table_row("Georgia", "12.5"),
           table_row("sent", "received"), table_row("April", "41.5", "12.5"),
           block("Figure 6. Money sent from and received by Kazakhstan by month, KZT billion.", "body", 7.0),
           block("Source: National Bank (see note 4).", "legend")]
    notes = {"4": "National Bank, monthly money transfers, Q2 2024.", "5": "National Bank, transfers by country, Q2 2024."}
    asm = assemble(*doc)
    source_lines(asm.candidates, [Page(1, 600, 800, tuple(doc))], {k: Footnote(k, v, 1) for k, v in notes.items()})
    got = {(c.country, c.period[1]): c.footnotes for c in asm.candidates if c.block.kind == "table"}
    assert got[("GEO", "2024-06-30")] == ["5"]
    assert got[(None, "2024-04-30")] == ["4"]


def test_a_caption_with_its_own_marker_keeps_it_over_a_source_line_naming_another_note():
    # "Table 2. Money sent by country⁵" over rows and "Source: National Bank; USD amounts converted
    # at the quarterly average rate.": the rows are note 5's, though the line shares more words
    # with the exchange-rate note 6 than with note 5
    from extractor.pipeline import source_lines
    from extractor.types import Footnote, Page
    from tests.test_rules import assemble, block, heading, table_row

    caption = "Table 2. Money sent from Kazakhstan by country, Q2 2024"
    doc = [heading("4. Remittances"), block(caption, "heading", 8.0, markers=[("5", "Q2 2024")]),
           table_row("Country", "KZT, billion", "Share, %"), table_row("Russian Federation", "90.5", "30.5"),
           block("Source: National Bank of the Republic of Kazakhstan; USD amounts converted at the quarterly "
                 "average rate.", "legend")]
    notes = {"5": "National Bank of the Republic of Kazakhstan, cross-border transfers, Q2 2024.",
             "6": "National Bank of the Republic of Kazakhstan, official exchange rates, quarterly average rate."}
    asm = assemble(*doc)
    source_lines(asm.candidates, [Page(1, 600, 800, tuple(doc))], {k: Footnote(k, v, 1) for k, v in notes.items()})
    rows = [c for c in asm.candidates if c.block.kind == "table"]
    assert rows and all(c.footnotes == ["5"] for c in rows), [(c.text, c.footnotes) for c in rows]


def test_an_amount_after_a_rates_marker_takes_the_marker_before_it():
    # "... KZT 200.5 billion,⁵ at a rate of 1 USD = 450.50 KZT⁶ - an average of KZT 66.8 billion
    # a month": the monthly average is sourced by note 5, the rate by note 6
    from tests.test_rules import assemble, block, heading

    text = ("Outgoing transfers reached KZT 200.5 billion, equivalent to USD 445.1 million at a rate of "
            "1 USD = 450.50 KZT - an average of KZT 66.8 billion a month.")
    asm = assemble(heading("3. Remittances"), block(text, markers=[("5", "billion,"), ("6", "450.50 KZT")]))
    notes = {c.statistic: c.footnotes for c in asm.candidates}
    assert notes["monthly_average"] == ["5"] and notes["average"] == ["6"], notes


def test_the_rate_a_conversion_note_states_is_a_figure_sourced_by_that_note():
    # "US dollar amounts are converted at ... 1 USD = 455.50 KZT" in an endnote: the report's
    # rate, its source the note itself; a note with rates of two periods gives none, and a
    # note that is no conversion note gives none either
    from datetime import date

    from extractor.numbers import find_quantities
    from extractor.periods import find_periods
    from extractor.pipeline import conversion_rates
    from extractor.types import Footnote

    notes = {"16": Footnote("16", "National Bank of Kazakhstan, 2024. US dollar amounts are converted at the "
                                  "average official exchange rate for the quarter, 1 USD = 455.50 KZT.", 4),
             "17": Footnote("17", "Rates of 450.50 and 460.50 KZT per USD were used for the first and second "
                                  "quarters, converted at the National Bank's rate.", 4),
             "18": Footnote("18", "Border Service, 1,250 border points.", 4),
             # a day's rate given for reference is no average rate of the quarter
             "19": Footnote("19", "USD amounts were not converted by IOM; for reference, the official rate on "
                                  "28 June 2024 was 1 USD = 471.20 KZT.", 4)}
    got = conversion_rates(notes, date(2024, 4, 1), date(2024, 6, 30), find_quantities, find_periods)
    assert [(c.metric, float(c.value), c.footnotes, c.period) for c in got] == [
        ("exchange_rate", 455.5, ["16"], ("2024-04-01", "2024-06-30"))]


def test_share_columns_under_a_direction_take_that_direction():
    # a two-level header flattened by layout: "Sent from Kazakhstan" over "Share, %", and
    # "Received in Kazakhstan" over another "Share, %" (samples/mtm-kaz-2025q1-designer-chromium)
    from tests.test_rules import assemble, block, heading, table_row

    asm = assemble(heading("4. Money transfers"),
                   block("Outgoing transfers reached KZT 190.2 billion in the quarter."),
                   block("Table 1. Money transfers of individuals by country, April–June 2024",
                         "heading", 8.0),
                   table_row("Country", "Sent from Kazakhstan Share, %",
                             "Received in Kazakhstan Share, %"),
                   table_row("Uzbekistan", "20.4", "7.4"))
    got = {c.text: (c.metric, c.statistic, c.country) for c in asm.candidates}
    assert got["20.4"] == ("remittances_sent", "share", "UZB")
    assert got["7.4"] == ("remittances_received", "share", "UZB")


def test_a_conversion_note_with_a_days_rate_beside_the_average_gives_the_average():
    # "the average official rate for ... was X; for reference, the rate fixed on <day> was Y":
    # the day's rate is no average, and stands in the way of none
    from datetime import date

    from extractor.numbers import find_quantities
    from extractor.periods import find_periods
    from extractor.pipeline import conversion_rates
    from extractor.types import Footnote

    notes = {"14": Footnote("14", "National Bank of Kazakhstan: the average official rate for April–June 2024 "
                                  "was 470.62 KZT per USD; for reference, the rate fixed on 28 June 2024 was "
                                  "471.46 KZT per USD", 3),
             # the day's rate printed as an amount in a bracket
             "15": Footnote("15", "National Bank of Kazakhstan. Conversions use the average official rate for "
                                  "April–June 2024, 1 USD = 470.62 KZT (the rate set for 28 June 2024 was 471.46 "
                                  "KZT).", 3)}
    got = conversion_rates(notes, date(2024, 4, 1), date(2024, 6, 30), find_quantities, find_periods)
    assert [(float(c.value), c.footnotes, c.period) for c in got] == [
        (470.62, ["14"], ("2024-04-01", "2024-06-30")), (470.62, ["15"], ("2024-04-01", "2024-06-30"))]


def test_a_marker_right_after_a_figure_sources_the_rest_of_its_sentence():
    # "approved for 2,950 persons,⁸ the largest shares going to ... Russia (41.5%)": note 8, not
    # the next sentence's 9; a marker on a term ("citizens of CIS member states⁵ – 3.28 million")
    # or closing a rate ("at an average of 462.65 per dollar,⁷ 327.8 billion tenge") still hands
    # the figures after it to the next note
    from tests.test_rules import assemble, block, heading

    permits = ("Permanent residence was approved for 2,950 persons, the largest shares going to nationals of "
               "Russia (41.5%) and China (11.9%). At the end of June some 9.5 thousand migrants held a "
               "permanent residence permit.")
    entries = ("Most entries were made by citizens of CIS member states - 3.28 million - whereas arrivals from "
               "non-CIS countries reached 118.6 thousand.")
    money = ("With the tenge at an average of 462.65 per dollar, 327.8 billion tenge was sent abroad. Russia "
             "took 45.9 per cent of this sum.")
    asm = assemble(heading("2. Residence permits"), block(permits, markers=[("8", "2,950 persons"), ("9", "permit.")]),
                   heading("1. Arrivals"), block(entries, markers=[("5", "member states"), ("6", "thousand.")]),
                   heading("4. Remittances"), block(money, markers=[("7", "per dollar"), ("3", "sum.")]))
    got = {c.text: c.footnotes for c in asm.candidates}
    assert got["41.5%"] == ["8"] and got["11.9%"] == ["8"] and got["9.5 thousand"] == ["9"], got
    assert got["3.28 million"] == ["6"] and got["327.8 billion tenge"] == ["3"], got


def test_an_amount_keeps_its_sentences_marker_over_a_later_comparisons():
    # "... in the second quarter,⁸ converted at the quarter's average rate of X. Compared with
    # January–March, ... grew by 9.5 per cent.⁹": the rate is note 8's, the change note 9's;
    # amounts whose rate words print no rate ("..., or 551.6 million USD at the quarter's average
    # exchange rate.¹³") are their marker's, and so is an unmarked month's amount after them
    from tests.test_rules import assemble, block, heading

    rate = ("Transfers abroad amounted to KZT 210.5 billion (USD 410.5 million) in the second quarter, converted at "
            "the quarter's average rate of 512.50 KZT/USD. Compared with January–March 2024, outgoing volumes grew "
            "by 9.5 per cent.")
    month = ("Money transfers from Kazakhstan reached 250.5 billion KZT in the second quarter of 2024, or 530.5 "
             "million USD at the quarter's average exchange rate. June alone accounted for 90.5 billion KZT. On "
             "average, 83.5 billion KZT left the country each month, which is 12.5 percent more than the monthly "
             "average of the previous quarter.")
    asm = assemble(heading("4. Remittances"), block(rate, markers=[("8", "second quarter"), ("9", "per cent.")]))
    got = {c.text: c.footnotes for c in asm.candidates}
    assert got["512.50 KZT/USD"] == ["8"] and got["9.5 per cent"] == ["9"], got
    asm = assemble(heading("4. Remittances"), block(month, markers=[("13", "exchange rate."), ("14", "quarter.")]))
    got = {c.text: c.footnotes for c in asm.candidates}
    assert got["250.5 billion KZT"] == ["13"] and got["90.5 billion KZT"] == ["13"], got


def test_a_stock_on_the_reports_last_day_stands_for_the_text_after_it():
    # a card "150,500 permanent residents as of 30 June 2024"⁴ over "Among them, ..." with no
    # marker: the card's note 4, not the permits' note 3 before it
    from tests.test_rules import assemble, block, heading

    asm = assemble(heading("2. Residence permits"),
                   block("Permanent residence was granted to 4,120 foreigners in the quarter.", markers=[("3", "quarter.")]),
                   block("150,500 permanent residents as of 30 June 2024", "callout", 12.0,
                         markers=[("4", "2024")]),
                   block("Among them, 52,120 hold Kyrgyz citizenship."))
    got = {c.text: c.footnotes for c in asm.candidates}
    assert got["4,120"] == ["3"] and got["150,500"] == ["4"] and got["52,120"] == ["4"], got


def test_page_foot_notes_in_body_type_opening_on_the_pages_markers_are_notes():
    # a Word footnote style at full size: "1 Border Service ...", "2 Order of ..." as the page's
    # last paragraphs, the page raising 1 and 2 (blind round94, 2024q1 word); a numbered list
    # whose numbers are not the page's markers stays text
    from extractor.pipeline import body_size_notes
    from extractor.types import Page
    from tests.test_rules import block

    text = "Border posts recorded 3,150,500 arrivals. The quota for 2024 was set in January."
    para = block(text, markers=[("1", "arrivals."), ("2", "January.")])
    foot = [block("1 Border Service of the National Security Committee, April–June 2024."),
            block("2 Order of the Minister of Labour No. 5 of 9 January 2024.")]
    got = body_size_notes([Page(1, 595.0, 842.0, (para, *foot))])[0]
    assert [(f.label, f.text[:14]) for f in got.footnotes] == [("1", "Border Service"), ("2", "Order of the M")]
    assert got.blocks == (para,)
    listed = [block("1 Arrivals rose in every month."), block("3 Transfers fell.")]
    kept = body_size_notes([Page(1, 595.0, 842.0, (para, *listed))])[0]
    assert kept.footnotes == () and len(kept.blocks) == 3


def _holder_pages(legal: frozenset[str]):
    """A dashboard page: "Arrivals" with note 4, a "Departures" column with none, a
    "Legislation" box with a Resolution's note 9, and a table of monthly transfers set under the
    box; the transfers' own note 7 stands in the column before, a comparison's note 8 after it."""
    from extractor.assemble import Assembler
    from extractor.entities import find_entities
    from extractor.numbers import find_quantities, parse_number
    from extractor.periods import find_periods
    from extractor.types import Footnote, Page
    from tests.test_rules import Q2, block, heading, table_row

    blocks = (heading("Arrivals"),
              block("Border posts recorded 3,150,500 entries of foreign citizens in April–June 2024.",
                    markers=[("4", "2024.")]),
              heading("Remittances sent"),
              block("Individuals sent KZT 180.5 billion abroad in the second quarter.", markers=[("7", "quarter.")]),
              block("Against the first quarter, the volume sent was 8.5 percent less.", markers=[("8", "less.")]),
              heading("Departures"),
              block("Over the same three months 3,050,500 foreign nationals left the country."),
              heading("Legislation"),
              block("By a resolution of 20 May 2024 the Government amended the rules of entry.",
                    markers=[("9", "entry.")]),
              block("Remittances sent by month", "heading", 8.8),
              table_row("Month", "KZT bn"), table_row("April 2024", "58.5"))
    notes = {"4": Footnote("4", "Border Service of the National Security Committee, April–June 2024.", 1),
             "7": Footnote("7", "National Bank of the Republic of Kazakhstan, money transfers, April–June 2024.", 1),
             "8": Footnote("8", "National Bank of the Republic of Kazakhstan, January–March 2024.", 1),
             "9": Footnote("9", "Resolution of the Government of the Republic of Kazakhstan No. 201 of 20 May 2024.", 1)}
    asm = Assembler(*Q2, find_quantities, find_periods, find_entities, parse_number, frozenset(), legal)
    for b in blocks:
        asm.block(b)
    return asm.candidates, [Page(1, 595.0, 842.0, blocks)], notes


def test_a_figure_no_marker_sources_takes_the_nearest_note_of_its_data_holder():
    # FN:holder: the departures take the Border Service's note before them; the monthly row,
    # which the Resolution's note no longer stands for, the National Bank's note on the quarter
    # (not the comparison's note 8, nearer but on another period only)
    from extractor.pipeline import holder_sources
    from tests.test_rules import Q2

    cands, pages, notes = _holder_pages(frozenset({"9"}))
    got = {c.text: c for c in cands}
    assert got["58.5"].footnotes == [] and got["3,050,500"].footnotes == []
    holder_sources(cands, pages, notes, Q2, frozenset({"9"}))
    assert got["3,050,500"].footnotes == ["4"] and "source_from_holder" in got["3,050,500"].flags
    assert got["58.5"].footnotes == ["7"] and "FN:holder" in got["58.5"].rules
    assert got["KZT 180.5 billion"].footnotes == ["7"] and "FN:holder" not in got["KZT 180.5 billion"].rules
    # a note naming the metric's register stands for its holder ("..., permits and registered
    # labour migrants" from the Migration Service: blind designer93, 2023q1 reportlab)
    from extractor.cues import cues
    assert any(p.search("Migration Service Committee, permits and registered labour migrants, Q2 2024")
               for _, metrics, p in cues()["note_holders"] if "registered_migrant_workers" in metrics)
    # a note on a day within the quarter is the quarter's; one naming only earlier periods is not
    from extractor.pipeline import _other_periods_only
    assert not _other_periods_only("Ministry of Labour, foreign workers by region, as of 30 June 2024", Q2)
    assert _other_periods_only("National Bank, January–March 2024 and April–June 2023", Q2)
    # a note of a legal act that sourced nothing stands for no table after it ...
    cands, pages, notes = _holder_pages(frozenset())
    assert {c.text: c for c in cands}["58.5"].footnotes == ["9"]     # ... unless it is not known as one


def test_a_sources_line_naming_a_body_per_figure_sources_each_figure_by_its_part():
    # "Sources: arrivals – Border Service;¹¹ money transfers – National Bank.¹²" under a table of
    # both: arrivals take note 11, the transfers note 12 (not the first note for every row, nor
    # the section's last note)
    from tests.test_rules import assemble, block, heading, table_row

    asm = assemble(heading("5. Movement and transfers"),
                   block("Arrivals and transfers both rose in the quarter.", markers=[("10", "quarter.")]),
                   block("Table 2. Arrivals and money transfers by month, April–June 2024", "heading", 8.0),
                   table_row("Month", "Arrivals of foreign nationals", "Transfers sent, KZT billion"),
                   table_row("May 2024", "1,203,610", "88.2"),
                   block("Sources: arrivals – Border Service; money transfers through money transfer systems – "
                         "National Bank.", "body", 7.5, markers=[("11", "Border Service;"), ("12", "National Bank.")]))
    got = {c.metric: c.footnotes for c in asm.candidates if c.block.kind == "table"}
    assert got == {"arrivals": ["11"], "remittances_sent": ["12"]}, got


def test_a_caption_in_small_type_under_a_table_gives_its_note_to_the_rows():
    # "Money transfers by country of destination and origin, April – June 2024.¹⁶" set under the
    # table in legend type: its note, not the section's last one, sources the rows
    from tests.test_rules import assemble, block, heading, table_row

    asm = assemble(heading("6. Remittances"), block("Transfers rose in the quarter.", markers=[("15", "quarter.")]),
                   table_row("Country", "Sent, KZT billion", "Received, KZT billion"),
                   table_row("Russian Federation", "84.6", "41.2"),
                   block("Money transfers by country of destination and origin, April – June 2024.", "legend", 8.0,
                         markers=[("16", "2024.")]))
    rows = [c for c in asm.candidates if c.block.kind == "table"]
    assert len(rows) == 2 and all(c.footnotes == ["16"] and "FN:caption-below" in c.rules for c in rows)


def test_a_note_set_in_place_under_its_table_is_that_note_not_body_text():
    """A note printed right under its table, not at the page's foot ("Table note: ..." in small
    type opening with the number the table's header cell carries) is the note of that number;
    a block in body type that opens with a number is left alone."""
    from extractor.pipeline import in_place_notes
    from extractor.types import Block, Marker, Page

    def blk(text, kind, size, markers=()):
        return Block(page=1, kind=kind, text=text, boxes=tuple((0.0, 0.0, 1.0, 1.0) for _ in text), size=size,
                     markers=tuple(Marker(label, at, (0.0, 0.0, 1.0, 1.0)) for label, at in markers))
    head = blk("Month Sent, bn KZT Received, bn KZT", "table", 9.5, [("12", 35)])
    note = blk("Table note: National Bank of the Republic of Kazakhstan, transfers by month.", "body", 8.0, [("12", 0)])
    body = blk("13 regions reported no workers.", "body", 11.0, [("13", 0)])
    page, = in_place_notes([Page(1, 600.0, 800.0, (head, note, body))])
    assert [(f.label, f.text) for f in page.footnotes] == [
        ("12", "Table note: National Bank of the Republic of Kazakhstan, transfers by month.")]
    assert [b.text for b in page.blocks] == [head.text, body.text]


@pytest.mark.parametrize("label, known, parts", [
    ("78", {"7", "8"}, ["7", "8"]),                 # "2025.⁷⁸": two raised numbers side by side
    ("910", {"9", "10"}, ["9", "10"]),
    ("123", {"1", "2", "3"}, ["1", "2", "3"]),
    ("12", {"1", "2", "12"}, None),                 # a note 12 exists: the label is its own
    ("78", {"7", "9"}, None),                       # no note 8: no split
    ("57", {"5", "7"}, None),                       # not consecutive
])
def test_a_raised_label_naming_no_note_spells_consecutive_notes(label, known, parts):
    from extractor.pipeline import split_label
    assert split_label(label, frozenset(known)) == parts


@pytest.mark.parametrize("second, known, labels", [
    ("0", {"1", "10"}, ["10"]),              # "... were Polish.¹" | "⁰ Decisions are ...": one note, 10
    ("2", {"1", "2", "12"}, ["1", "2"]),     # a note 2 exists: two markers
    ("0", {"1"}, ["1", "0"]),                # no note 10: nothing joined
])
def test_a_note_number_broken_at_a_line_end_is_one_marker(second, known, labels):
    from extractor.pipeline import rejoined_label
    from extractor.types import Block, Marker
    text = "Permits went to 7,420 people; 12.5% of them were Polish. Decisions are taken within a month."
    at = text.index("Polish.") + len("Polish.")
    b = Block(page=1, kind="body", text=text, boxes=tuple((0.0, 0.0, 1.0, 1.0) for _ in text),
              markers=(Marker("1", at, (1, 1, 2, 2)), Marker(second, at + 1, (1, 1, 2, 2))))
    assert [m.label for m in rejoined_label(b, frozenset(known)).markers] == labels


def test_a_source_line_skips_a_chart_of_another_metric_set_between_the_tables_it_closes():
    # "Table 1. ... sent" | "Figure 4. ... received" | "Remittances sent by month" | "Source: see
    # note 3.": the line sources both tables of money sent, not the chart of money received
    from extractor.pipeline import source_lines
    from extractor.types import Footnote, Page
    from tests.test_rules import assemble, block, heading, table_row

    doc = [heading("4. Remittances"), block("Transfers to Kazakhstan came to KZT 50.5 billion.", markers=[("4", "billion.")]),
           block("Table 1. Remittances sent from Kazakhstan by destination, Q2 2024", "heading", 8.0),
           table_row("Country", "KZT bn"), table_row("Georgia", "12.5"),
           block("Figure 4. Remittances received by Kazakhstan by country of origin, %", "heading", 8.0),
           table_row("Armenia", "7.5%"),
           block("Remittances sent by month, KZT bn", "heading", 8.0), table_row("April", "61.5"),
           block("Source: National Bank; see note 3.", "legend")]
    notes = {"3": "National Bank, cross-border transfers sent, Q2 2024.", "4": "National Bank, transfers received, Q2 2024."}
    asm = assemble(*doc)
    source_lines(asm.candidates, [Page(1, 600, 800, tuple(doc))], {k: Footnote(k, v, 1) for k, v in notes.items()})
    got = {c.text: c.footnotes for c in asm.candidates if c.block.kind == "table"}
    assert got["12.5"] == ["3"] and got["61.5"] == ["3"] and got["7.5%"] != ["3"], got


def test_a_source_line_in_the_next_numbered_section_sources_nothing_of_the_section_before():
    # a table closing section 5 with no marker of its own, its note on the paragraph above it,
    # then "6. ..." and a chart over "Source: see note 4.": the table keeps its section's note
    from extractor.pipeline import source_lines
    from extractor.types import Footnote, Page
    from tests.test_rules import assemble, block, heading, table_row

    doc = [heading("5. Where the money went"),
           block("Georgia stayed among the main destinations of money sent.", markers=[("5", "sent.")]),
           table_row("Destination", "KZT bn"), table_row("Georgia", "12.5"),
           heading("6. Where the money came from"),
           block("Remittances received by country of origin, %", "heading", 8.0), table_row("Armenia", "7.5%"),
           block("Source: see note 4.", "legend")]
    notes = {"4": "National Bank, transfers by country, Q2 2024.", "5": "National Bank, transfers by country, Q2 2024, Table 3."}
    asm = assemble(*doc)
    source_lines(asm.candidates, [Page(1, 600, 800, tuple(doc))], {k: Footnote(k, v, 1) for k, v in notes.items()})
    got = {c.text: c.footnotes for c in asm.candidates if c.block.kind == "table"}
    assert got["12.5"] == ["5"] and got["7.5%"] == ["4"], got


@pytest.mark.parametrize("tail, joined", [
    ("2023.", True),                   # the cut note's last words at the next page's top
    ("Table 1. Arrivals by month", False),      # a caption: no sentence's end
])
def test_a_note_cut_at_the_page_foot_goes_on_in_the_next_pages_first_line(tail, joined):
    from extractor.pipeline import carried_notes
    from extractor.types import Footnote, Page
    from tests.test_rules import block

    first = Page(1, 600, 800, (block("Text."),), (Footnote("15", "Ministry of Labour, register, 2023.", 1),
                                                  Footnote("16", "Ministry of Labour, register, April–June", 1)))
    second = Page(2, 600, 800, (block(tail, "legend", 7.5), block("More text.")),
                  (Footnote("17", "National Bank, transfers, 2023.", 2),))
    got = carried_notes([first, second])
    assert (got[0].footnotes[-1].text == "Ministry of Labour, register, April–June 2023.") is joined
    assert len(got[1].blocks) == (1 if joined else 2)
