"""DuckDB schema of the event store. One place defines the tables every stage reads and writes.

events: one row per event, the flat `Event.to_row()` columns (brinkwatch.model.EVENT_ROW_COLUMNS)
plus `published` (the story's date) and `origin` ('brinkwatch' for our coding, 'gdelt', 'icews',
'plover' for imported datasets). attribution, location and quantities are JSON text.
"""

from __future__ import annotations

from functools import cache

# The window of dates every stage accepts lives with the records (readers use it without the store).
from brinkwatch.model import DATE_WINDOW, in_date_window  # noqa: F401

SCHEMA_VERSION = 2

DOCUMENTS = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id        VARCHAR PRIMARY KEY,
    url           VARCHAR,
    outlet        VARCHAR,
    title         VARCHAR,
    published     DATE,
    text_hash     VARCHAR NOT NULL,
    n_chars       INTEGER,
    n_sentences   INTEGER,
    n_events      INTEGER,
    source_path   VARCHAR,
    ingested_at   TIMESTAMP,
    coder_version VARCHAR
)"""

EVENTS = """
CREATE TABLE IF NOT EXISTS events (
    event_id           VARCHAR PRIMARY KEY,
    doc_id             VARCHAR,
    sentence_index     INTEGER,
    evidence_text      VARCHAR,
    evidence_start     INTEGER,
    evidence_end       INTEGER,
    source_text        VARCHAR,
    source_code        VARCHAR,
    source_country     VARCHAR,
    source_sector      VARCHAR,
    source_name        VARCHAR,
    source_resolved_by VARCHAR,
    source_entry       VARCHAR,
    source_kind        VARCHAR,
    source_row         VARCHAR,
    source_start       INTEGER,
    source_end         INTEGER,
    target_text        VARCHAR,
    target_code        VARCHAR,
    target_country     VARCHAR,
    target_sector      VARCHAR,
    target_name        VARCHAR,
    target_resolved_by VARCHAR,
    target_entry       VARCHAR,
    target_kind        VARCHAR,
    target_row         VARCHAR,
    target_start       INTEGER,
    target_end         INTEGER,
    cameo_code         VARCHAR,
    cameo_root         VARCHAR,
    cameo_name         VARCHAR,
    goldstein          DOUBLE,
    quad_class         TINYINT,
    plover_type        VARCHAR,
    plover_mode        VARCHAR,
    plover_context     VARCHAR,
    modality           VARCHAR,
    modality_cue       VARCHAR,
    attribution        VARCHAR,
    outlet             VARCHAR,
    "trigger"          VARCHAR,
    event_date         DATE,
    date_precision     VARCHAR,
    date_source        VARCHAR,
    location           VARCHAR,
    quantities         VARCHAR,
    confidence         DOUBLE,
    coder              VARCHAR,
    coder_version      VARCHAR,
    "rule"             VARCHAR,
    lexicon_row        VARCHAR,
    unresolved         BOOLEAN DEFAULT false,
    published          DATE,
    origin             VARCHAR DEFAULT 'brinkwatch'
)"""

ERRORS = """
CREATE TABLE IF NOT EXISTS errors (
    input      VARCHAR,
    position   VARCHAR,
    message    VARCHAR,
    "at"       TIMESTAMP  -- quoted: AT is a keyword in DuckDB
)"""

TABLES = (DOCUMENTS, EVENTS, ERRORS)

# Columns added after version 1: a store written by an older release gains them when opened for writing.
ADDED_COLUMNS: tuple[tuple[str, str, str], ...] = tuple(
    ("events", f"{side}_{name}", kind)
    for side in ("source", "target")
    for name, kind in (("kind", "VARCHAR"), ("row", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"))
) + (("events", "rule", "VARCHAR"), ("events", "lexicon_row", "VARCHAR"), ("events", "unresolved", "BOOLEAN"))

# Re-coding deletes a document's events by doc_id; dashboards read one dyad at a time.
INDEXES = (
    "CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id)",
    "CREATE INDEX IF NOT EXISTS events_dyad ON events (source_code, target_code)",
)

_DDL_BY_TABLE = {"documents": DOCUMENTS, "events": EVENTS, "errors": ERRORS}


@cache
def column_types(table: str) -> dict[str, str]:
    """Column name -> DuckDB type of one table, read from its DDL above (one source of truth)."""
    types: dict[str, str] = {}
    body = _DDL_BY_TABLE[table].split("(", 1)[1]
    for line in body.splitlines():
        parts = line.strip().rstrip(",").split()
        if len(parts) >= 2 and parts[1].isupper():
            types[parts[0].strip('"')] = parts[1]
    return types
