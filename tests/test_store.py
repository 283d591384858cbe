"""The embedded database: schema as published, one row per figure however often a report is
loaded, cascading deletes, PDF text only as parameters, and stable bytes."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.models import Report
from extractor.store import has_report, load_report, open_store, remove_report, schema_sql

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = "Robert'); DROP TABLE figures; --"


def report(report_id: str = "KAZ-2023-Q1", quote: str = "arrivals reached 2.7 million") -> Report:
    """A small report built directly from the output models: 3 figures, 4 mentions, 2 notes."""
    def fig(i, value, country, mentions):
        return {"id": f"arrivals/total/persons/{country}/2023-01-01", "metric": "arrivals",
                "statistic": "total", "unit": "persons", "value": value, "country": country,
                "period_start": "2023-01-01", "period_end": "2023-03-31", "footnotes": ["1"],
                "sources": ["Border Service of the NSC"], "page": 2, "quote": quote,
                "mentions": [{"page": 2, "box": [10.0, 20.0 + j, 30.0, 28.0 + j], "text": str(value),
                              "quote": quote, "kind": "body", "value": value} for j in range(mentions)],
                "flags": ["restated"] if mentions > 1 else []}
    return Report.model_validate({
        "metadata": {"report_id": report_id, "country": "KAZ", "period_start": "2023-01-01",
                     "period_end": "2023-03-31", "title": "Migration Trends", "edition": "1",
                     "source_file": "q1.pdf", "sha256": "ab" * 32, "pages": 7,
                     "extractor_version": "0.1.0"},
        "footnotes": [{"label": "1", "text": "Border Service of the NSC", "page": 2},
                      {"label": "1", "text": "the same label again on page 3", "page": 3}],
        "figures": [fig(0, 2_700_000.0, None, 2), fig(1, 812_000.0, "UZB", 1), fig(2, 95.0, "RUS", 1)],
    })


def counts(conn) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("reports", "figures", "mentions", "footnotes")}


def test_the_published_schema_is_the_one_the_code_executes():
    assert (ROOT / "schemas" / "sqlite.sql").read_text(encoding="utf-8") == schema_sql()


def test_loading_twice_keeps_one_row_per_figure(tmp_path):
    conn = open_store(tmp_path / "mtm.sqlite")
    load_report(conn, report())
    load_report(conn, report())
    assert counts(conn) == {"reports": 1, "figures": 3, "mentions": 4, "footnotes": 2}
    dupes = conn.execute("SELECT report_id, figure_id, count(*) FROM figures "
                         "GROUP BY report_id, figure_id HAVING count(*) > 1").fetchall()
    assert dupes == []
    load_report(conn, report("KAZ-2023-Q2"))
    assert counts(conn) == {"reports": 2, "figures": 6, "mentions": 8, "footnotes": 4}


def test_removing_a_report_cascades_to_its_rows(tmp_path):
    conn = open_store(tmp_path / "mtm.sqlite")
    load_report(conn, report())
    load_report(conn, report("KAZ-2023-Q2"))
    remove_report(conn, "KAZ-2023-Q1")
    assert counts(conn) == {"reports": 1, "figures": 3, "mentions": 4, "footnotes": 2}
    assert not has_report(conn, "KAZ-2023-Q1") and has_report(conn, "KAZ-2023-Q2", "ab" * 32)
    assert not has_report(conn, "KAZ-2023-Q2", "cd" * 32)


def test_text_from_the_pdf_is_stored_verbatim_never_run(tmp_path):
    conn = open_store(tmp_path / "mtm.sqlite")
    load_report(conn, report(quote=HOSTILE))
    assert counts(conn)["figures"] == 3
    assert {q for (q,) in conn.execute("SELECT quote FROM mentions")} == {HOSTILE}


def test_a_failed_load_leaves_the_previous_rows(tmp_path):
    conn = open_store(tmp_path / "mtm.sqlite")
    load_report(conn, report())
    broken = report()
    twice = broken.model_copy(update={"figures": [broken.figures[0], broken.figures[0]]})
    with pytest.raises(ValueError, match="given to two figures"):
        load_report(conn, twice)            # the same figure id twice: the primary key
    assert counts(conn) == {"reports": 1, "figures": 3, "mentions": 4, "footnotes": 2}


def test_indexes_and_foreign_keys_are_in_place(tmp_path):
    conn = open_store(tmp_path / "mtm.sqlite")
    indexes = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"figures_metric", "figures_period", "figures_country", "figures_region"} <= indexes
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_same_loads_give_the_same_bytes_and_opening_changes_none(tmp_path):
    for name in ("a.sqlite", "b.sqlite"):
        conn = open_store(tmp_path / name)
        load_report(conn, report())
        load_report(conn, report("KAZ-2023-Q2"))
        conn.close()
    first = (tmp_path / "a.sqlite").read_bytes()
    assert first == (tmp_path / "b.sqlite").read_bytes()
    conn = open_store(tmp_path / "a.sqlite")
    assert has_report(conn, "KAZ-2023-Q1")
    conn.close()
    assert (tmp_path / "a.sqlite").read_bytes() == first
