-- mtm-extract embedded database (output/mtm.sqlite), schema version 2 (2 added reports.coverage
-- and reports.unread; a version 1 database is migrated when opened).
-- This file is the DDL the code executes (extractor/store.py reads SCHEMA_SQL, and
-- tests/test_store.py checks the two agree). Loading a report deletes its reports row
-- (ON DELETE CASCADE removes its figures, mentions and footnotes) and inserts it again,
-- all in one transaction.
PRAGMA user_version = 2;

CREATE TABLE IF NOT EXISTS reports (
    report_id          TEXT PRIMARY KEY,       -- e.g. KAZ-2023-Q1
    country            TEXT NOT NULL,          -- ISO 3166-1 alpha-3 of the reporting country
    period_start       TEXT NOT NULL,          -- ISO date
    period_end         TEXT NOT NULL,          -- ISO date
    title              TEXT NOT NULL,
    edition            TEXT NOT NULL,
    source_file        TEXT NOT NULL,          -- the input's file name, no folder
    sha256             TEXT NOT NULL,          -- of the input PDF
    pages              INTEGER NOT NULL,
    extractor_version  TEXT NOT NULL,
    ocr                INTEGER NOT NULL CHECK (ocr IN (0, 1)),
    schema_version     TEXT NOT NULL,          -- of the JSON document it was loaded from
    coverage           REAL NOT NULL DEFAULT 1.0,  -- figures' numbers / (figures' + unread numbers)
    unread             INTEGER NOT NULL DEFAULT 0  -- printed numbers unread (the JSON's `numbers`)
);

CREATE TABLE IF NOT EXISTS figures (
    report_id          TEXT NOT NULL REFERENCES reports (report_id) ON DELETE CASCADE,
    figure_id          TEXT NOT NULL,          -- stable within the report
    seq                INTEGER NOT NULL,       -- position in the report's document
    metric             TEXT NOT NULL,
    statistic          TEXT NOT NULL,
    unit               TEXT NOT NULL,
    value              REAL NOT NULL,          -- in base units
    country            TEXT,                   -- ISO 3166-1 alpha-3, NULL for the national total
    region             TEXT,                   -- ISO 3166-2
    "group"            TEXT,
    period_start       TEXT NOT NULL,
    period_end         TEXT NOT NULL,
    compared_to_start  TEXT,
    compared_to_end    TEXT,
    page               INTEGER NOT NULL,       -- page of the first statement
    quote              TEXT NOT NULL,
    footnotes          TEXT NOT NULL,          -- JSON array of footnote labels
    sources            TEXT NOT NULL,          -- JSON array of footnote texts as printed
    flags              TEXT NOT NULL,          -- JSON array of flag names
    PRIMARY KEY (report_id, figure_id)
);

CREATE TABLE IF NOT EXISTS mentions (
    report_id          TEXT NOT NULL,
    figure_id          TEXT NOT NULL,
    seq                INTEGER NOT NULL,       -- position among the figure's statements
    page               INTEGER NOT NULL,
    x0                 REAL NOT NULL,          -- box in PDF points from the page's top-left
    top                REAL NOT NULL,
    x1                 REAL NOT NULL,
    bottom             REAL NOT NULL,
    text               TEXT NOT NULL,          -- the number as printed
    quote              TEXT NOT NULL,
    kind               TEXT NOT NULL,          -- body, legend, table, heading, note
    value              REAL NOT NULL,
    flags              TEXT NOT NULL,          -- JSON array of flag names
    PRIMARY KEY (report_id, figure_id, seq),
    FOREIGN KEY (report_id, figure_id) REFERENCES figures (report_id, figure_id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS footnotes (
    report_id          TEXT NOT NULL REFERENCES reports (report_id) ON DELETE CASCADE,
    seq                INTEGER NOT NULL,       -- position in the report (labels may repeat)
    label              TEXT NOT NULL,
    page               INTEGER NOT NULL,
    text               TEXT NOT NULL,
    PRIMARY KEY (report_id, seq)
);

CREATE INDEX IF NOT EXISTS figures_metric ON figures (metric, statistic, unit);
CREATE INDEX IF NOT EXISTS figures_period ON figures (period_start, period_end);
CREATE INDEX IF NOT EXISTS figures_country ON figures (country);
CREATE INDEX IF NOT EXISTS figures_region ON figures (region);
CREATE INDEX IF NOT EXISTS mentions_page ON mentions (report_id, page);
