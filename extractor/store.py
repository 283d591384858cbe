"""The embedded database: every report's figures, mentions and footnotes in one SQLite file.

The schema is `data/sqlite.sql` (published as schemas/sqlite.sql). Loading a report replaces
its rows in one transaction, so loading twice never duplicates. Text from a PDF only ever
travels as a query parameter.
"""
from __future__ import annotations

import json
import sqlite3
from importlib import resources
from pathlib import Path

from .models import Report

SCHEMA_VERSION = 2   # PRAGMA user_version of a database made by data/sqlite.sql
# Version 1 -> 2: the reports table gained the number accounting's coverage and unread count.
MIGRATE_1_TO_2 = """
    ALTER TABLE reports ADD COLUMN coverage REAL NOT NULL DEFAULT 1.0;
    ALTER TABLE reports ADD COLUMN unread INTEGER NOT NULL DEFAULT 0;
    PRAGMA user_version = 2;
"""


def schema_sql() -> str:
    """The DDL the database is made with."""
    return resources.files("extractor").joinpath("data/sqlite.sql").read_text(encoding="utf-8")


def open_store(path: Path) -> sqlite3.Connection:
    """Open (creating if new) the database at `path`, with foreign keys enforced.

    An existing database is only read until a report is loaded, so opening it changes no byte.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)   # explicit transactions only
    conn.execute("PRAGMA foreign_keys = ON")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == 0:
        conn.executescript(schema_sql())
    elif version == 1:
        conn.executescript(MIGRATE_1_TO_2)
    elif version != SCHEMA_VERSION:
        conn.close()
        raise ValueError(f"{path}: database schema version {version}, expected {SCHEMA_VERSION}")
    return conn


def _json(items) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def load_report(conn: sqlite3.Connection, report: Report) -> None:
    """Replace `report`'s rows (reports, figures, mentions, footnotes) in one transaction.

    Raises ValueError, loading nothing, if two figures share an id (the primary key).
    """
    m = report.metadata
    rid = m.report_id
    seen: set[str] = set()
    for f in report.figures:
        if f.id in seen:
            raise ValueError(f"figure id {f.id} is given to two figures")
        seen.add(f.id)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM reports WHERE report_id = ?", (rid,))
        conn.execute(
            "INSERT INTO reports (report_id, country, period_start, period_end, title, edition,"
            " source_file, sha256, pages, extractor_version, ocr, schema_version, coverage, unread)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rid, m.country, m.period_start, m.period_end, m.title, m.edition, m.source_file,
             m.sha256, m.pages, m.extractor_version, int(m.ocr), report.schema_version,
             m.coverage, m.unread))
        conn.executemany(
            "INSERT INTO figures (report_id, figure_id, seq, metric, statistic, unit, value,"
            " country, region, \"group\", period_start, period_end, compared_to_start,"
            " compared_to_end, page, quote, footnotes, sources, flags)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(rid, f.id, i, f.metric, f.statistic, f.unit, f.value, f.country, f.region, f.group,
              f.period_start, f.period_end, f.compared_to_start, f.compared_to_end, f.page,
              f.quote, _json(f.footnotes), _json(f.sources), _json(f.flags))
             for i, f in enumerate(report.figures)])
        conn.executemany(
            "INSERT INTO mentions (report_id, figure_id, seq, page, x0, top, x1, bottom, text,"
            " quote, kind, value, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(rid, f.id, j, mn.page, *mn.box, mn.text, mn.quote, mn.kind, mn.value,
              _json(mn.flags))
             for f in report.figures for j, mn in enumerate(f.mentions)])
        conn.executemany(
            "INSERT INTO footnotes (report_id, seq, label, page, text) VALUES (?, ?, ?, ?, ?)",
            [(rid, i, fn.label, fn.page, fn.text) for i, fn in enumerate(report.footnotes)])
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def remove_report(conn: sqlite3.Connection, report_id: str) -> None:
    """Delete a report and (by cascade) all its rows; nothing happens if it is absent."""
    if has_report(conn, report_id):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM reports WHERE report_id = ?", (report_id,))
        conn.execute("COMMIT")


def has_report(conn: sqlite3.Connection, report_id: str, sha256: str | None = None) -> bool:
    """Whether the report is loaded (from the input with `sha256`, when given)."""
    row = conn.execute("SELECT sha256 FROM reports WHERE report_id = ?", (report_id,)).fetchone()
    return row is not None and (sha256 is None or row[0] == sha256)
