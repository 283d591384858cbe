"""Exports: CSV (with its HXL row and datapackage.json), Parquet and JSONL hold exactly the
figures of the reports the manifest lists, read back unchanged, byte-identical on a re-run."""
from __future__ import annotations

import csv
import json

import pytest

from extractor.batch import Entry, manifest_bytes
from extractor.export import (COLUMNS, NoOutputError, export_figures, output_figures,
                              read_csv_figures)
from extractor.models import Report
from extractor.writers import flat_figures, write_report

HOSTILE_QUOTE = 'He said "7,8 thousand", then\na new line; =cmd|\' /C calc\'!A0'


def report(report_id: str) -> Report:
    def fig(metric, unit, value, country=None, region=None, quote="stated on page 2"):
        return {"id": f"{metric}/{unit}/{country}/{region}", "metric": metric, "statistic": "total",
                "unit": unit, "value": value, "country": country, "region": region,
                "period_start": "2023-01-01", "period_end": "2023-03-31",
                "sources": ["Border Service", "NSC, 2023"], "page": 2, "quote": quote,
                "mentions": [{"page": 2, "box": [1.5, 2.25, 3.0, 4.0], "text": str(value),
                              "quote": quote, "kind": "body", "value": value}],
                "flags": ["decimal_comma"] if unit == "percent" else []}
    return Report.model_validate({
        "metadata": {"report_id": report_id, "country": "KAZ", "period_start": "2023-01-01",
                     "period_end": "2023-03-31", "title": "Migration Trends", "edition": "1",
                     "source_file": f"{report_id}.pdf", "sha256": "ab" * 32, "pages": 7,
                     "extractor_version": "0.1.0"},
        "figures": [fig("arrivals", "persons", 2_700_000.0),
                    fig("arrivals", "percent", 42.54, country="UZB"),
                    fig("remittances_sent", "USD", 182_900_000.0, region="KZ-75", quote=HOSTILE_QUOTE),
                    fig("exchange_rate", "KZT_per_USD", 455.31)],
    })


@pytest.fixture
def out_dir(tmp_path):
    """An output folder with two extracted reports and one stale figures file not in the manifest."""
    entries = {}
    for rid in ("KAZ-2023-Q2", "KAZ-2023-Q1"):
        write_report(report(rid), tmp_path)
        entries[f"in/{rid}.pdf"] = Entry(f"in/{rid}.pdf", "ab" * 32, rid, "ok", None, 4)
    write_report(report("KAZ-2019-Q1"), tmp_path)
    (tmp_path / "manifest.json").write_bytes(manifest_bytes(entries))
    return tmp_path


def expected_rows() -> list[dict]:
    return [f.model_dump(mode="json") for rid in ("KAZ-2023-Q1", "KAZ-2023-Q2")
            for f in flat_figures(report(rid))]


def contract_rows(records) -> list[dict]:
    rows = []
    for r in records:
        row = {k: (None if isinstance(v, float) and v != v else v) for k, v in r.items()
               if k in expected_rows()[0]}
        row["box"] = [float(x) for x in row["box"]]
        row["sources"], row["flags"] = list(row["sources"]), list(row["flags"])
        row["page"] = int(row["page"])
        rows.append(row)
    return rows


def test_only_the_manifests_reports_are_read_in_report_order(out_dir):
    figures = output_figures(out_dir)
    assert [f.report_id for f in figures] == ["KAZ-2023-Q1"] * 4 + ["KAZ-2023-Q2"] * 4


@pytest.mark.parametrize("hxl", [False, True], ids=["plain", "hxl"])
def test_csv_round_trips_and_its_datapackage_describes_it(out_dir, hxl):
    export_figures(out_dir, formats="csv", hxl=hxl)
    frame = read_csv_figures(out_dir / "figures.csv", hxl=hxl)
    assert contract_rows(frame.to_dict(orient="records")) == [
        {**r, "box": [float(x) for x in r["box"]]} for r in expected_rows()]
    with open(out_dir / "figures.csv", newline="", encoding="utf-8") as fh:
        header, second = next(csv.reader(fh)), next(csv.reader(fh))
    package = json.loads((out_dir / "datapackage.json").read_text(encoding="utf-8"))
    [resource] = package["resources"]
    fields = resource["schema"]["fields"]
    assert [f["name"] for f in fields] == header == list(COLUMNS)
    assert all(f["type"] in {"string", "number", "integer", "date", "array"} and f["description"]
               for f in fields)
    if hxl:
        assert second == [f["hxl"] for f in fields]
        assert {"#country+code", "#adm1+code", "#indicator+num", "#indicator+pct", "#value",
                "#currency+code", "#date+start", "#date+end", "#meta+source"} <= set(second)
        assert resource["dialect"]["commentRows"] == [2]
    else:
        assert second[0] == "KAZ-2023-Q1" and "dialect" not in resource


def test_typed_value_columns_split_counts_percents_and_money(out_dir):
    export_figures(out_dir, formats="csv")
    frame = read_csv_figures(out_dir / "figures.csv")
    q1 = frame[frame["report_id"] == "KAZ-2023-Q1"].to_dict(orient="records")
    picked = [(r["unit"], r["value_num"], r["value_pct"], r["value_money"], r["currency"]) for r in q1]
    assert [tuple(None if isinstance(v, float) and v != v else v for v in p) for p in picked] == [
        ("persons", 2_700_000.0, None, None, None), ("percent", None, 42.54, None, None),
        ("USD", None, None, 182_900_000.0, "USD"), ("KZT_per_USD", None, None, 455.31, "KZT")]


def test_parquet_round_trips(out_dir):
    import pandas as pd

    export_figures(out_dir, formats="parquet")
    frame = pd.read_parquet(out_dir / "figures.parquet")
    assert list(frame.columns) == list(COLUMNS)
    assert contract_rows(frame.to_dict(orient="records")) == [
        {**r, "box": [float(x) for x in r["box"]]} for r in expected_rows()]


def test_jsonl_round_trips(out_dir):
    export_figures(out_dir, formats="jsonl")
    lines = (out_dir / "figures.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [list(r) for r in records] == [list(COLUMNS)] * 8
    assert contract_rows(records) == [{**r, "box": [float(x) for x in r["box"]]} for r in expected_rows()]


def test_a_second_export_changes_no_byte(out_dir, tmp_path_factory):
    export_figures(out_dir, formats="all", hxl=True)
    names = ["figures.csv", "datapackage.json", "figures.parquet", "figures.jsonl"]
    first = {n: (out_dir / n).read_bytes() for n in names}
    other = tmp_path_factory.mktemp("again")
    export_figures(out_dir, other, formats="all", hxl=True)
    assert {n: (other / n).read_bytes() for n in names} == first


def test_a_folder_without_manifest_is_refused(tmp_path):
    with pytest.raises(NoOutputError, match="no manifest.json"):
        export_figures(tmp_path)


def test_the_export_command_writes_and_a_bad_folder_costs_one_line(out_dir, tmp_path_factory, capsys):
    from extractor.cli import main

    assert main(["export", str(out_dir), "--format", "csv", "--hxl"]) == 0
    assert capsys.readouterr().out.splitlines() == [str(out_dir / "figures.csv"),
                                                    str(out_dir / "datapackage.json")]
    assert main(["series", str(out_dir), "-o", str(out_dir / "s.csv")]) == 0
    assert (out_dir / "s.csv").is_file() and (out_dir / "s.conflicts.csv").is_file()
    empty = tmp_path_factory.mktemp("empty")
    capsys.readouterr()
    assert main(["export", str(empty)]) == 1
    assert main(["series", str(empty)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all("no manifest.json" in line for line in err)


def test_csv_writes_counts_as_whole_numbers_and_export_takes_o(out_dir, tmp_path):
    from extractor.cli import main

    assert main(["export", str(out_dir), "-o", str(tmp_path / "x"), "--format", "csv"]) == 0
    rows = list(csv.DictReader((tmp_path / "x" / "figures.csv").open(encoding="utf-8")))
    counts = [r for r in rows if r["unit"] in ("persons", "transactions")]
    assert counts and all("." not in r["value"] and "." not in r["value_num"] for r in counts)
    assert main(["export", str(out_dir), "--to", str(tmp_path / "y"), "--format", "csv"]) == 0
    assert (tmp_path / "y" / "figures.csv").exists()
