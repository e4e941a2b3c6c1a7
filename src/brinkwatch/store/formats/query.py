"""Selecting the events an export writes: one parameterised query, streamed in chunks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import duckdb

from brinkwatch.store.filters import EventScope

from .common import ROW_COLUMNS, EventRow, iso_date


@dataclass(slots=True)
class ExportFilter:
    """Which events to export. Actor and code filters match as prefixes: RUS matches RUSMIL,
    '19' matches 190..1951. Dates apply to the event date, else the story date; both ends inclusive."""

    since: date | None = None
    until: date | None = None
    actor: str | None = None  # source or target
    source: str | None = None
    target: str | None = None
    codes: Sequence[str] = field(default_factory=tuple)  # any of these CAMEO code prefixes
    roots: Sequence[str] = field(default_factory=tuple)  # any of these CAMEO roots
    origin: str | None = None
    asserted_only: bool = False
    min_confidence: float | None = None  # events without a confidence (most imports) are left out
    scope: EventScope | None = None  # what counts (store/filters.py); None: every event


def where_clause(f: ExportFilter) -> tuple[str, list[Any]]:
    """SQL condition (on alias e) and its parameters; never formats a value into the SQL."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.since is not None:
        clauses.append("coalesce(e.event_date, e.published) >= ?")
        params.append(f.since)
    if f.until is not None:
        clauses.append("coalesce(e.event_date, e.published) <= ?")
        params.append(f.until)
    if f.actor:
        clauses.append("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))")
        params += [f.actor.upper(), f.actor.upper()]
    if f.source:
        clauses.append("starts_with(e.source_code, ?)")
        params.append(f.source.upper())
    if f.target:
        clauses.append("starts_with(e.target_code, ?)")
        params.append(f.target.upper())
    if f.codes:
        clauses.append("(" + " OR ".join("starts_with(e.cameo_code, ?)" for _ in f.codes) + ")")
        params += list(f.codes)
    if f.roots:
        clauses.append("e.cameo_root IN (SELECT UNNEST(?))")
        params.append(list(f.roots))
    if f.origin:
        clauses.append("e.origin = ?")
        params.append(f.origin)
    if f.asserted_only:
        clauses.append("e.modality = 'asserted'")
    if f.min_confidence is not None:
        clauses.append("e.confidence >= ?")
        params.append(f.min_confidence)
    if f.scope is not None:
        sql, scope_params = f.scope.event_sql("e")
        clauses.append(sql)
        params += scope_params
    return (" AND ".join(clauses) or "TRUE"), params


def select_rows(con: duckdb.DuckDBPyConnection, f: ExportFilter, chunk: int = 5_000) -> Iterator[EventRow]:
    """Matching event rows (ROW_COLUMNS plus `doc_url` from the documents table), oldest first."""
    where, params = where_clause(f)
    columns = ", ".join(f'e."{c}"' for c in ROW_COLUMNS)
    sql = (
        f"SELECT {columns}, d.url AS doc_url FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id "
        f"WHERE {where} ORDER BY coalesce(e.event_date, e.published), e.event_id"
    )
    # A cursor of its own, so the caller may write to the store while this one is read.
    cursor = con.cursor()
    cursor.execute(sql, params)
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(chunk):
        for values in batch:
            row = dict(zip(names, values, strict=True))
            row["event_date"] = iso_date(row["event_date"])
            row["published"] = iso_date(row["published"])
            yield row
    cursor.close()


def count_left_out(con: duckdb.DuckDBPyConnection, f: ExportFilter) -> int:
    """Events the other filters select that the scope leaves out (0 when there is no scope)."""
    if f.scope is None:
        return 0
    wider, params = where_clause(replace(f, scope=None))
    narrow, narrow_params = where_clause(f)
    rows = con.execute(
        f"SELECT count(*) FILTER (WHERE {wider}) - count(*) FILTER (WHERE {narrow}) FROM events e",
        params + narrow_params,
    ).fetchall()
    return int(rows[0][0])
