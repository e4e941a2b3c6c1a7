"""Event queries the REST API answers: filters and paging over the events table, parameterised SQL only."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from brinkwatch.analysis.access import QueryError
from brinkwatch.analysis.alerts import parse_json_list
from brinkwatch.analysis.corroboration import EVENT_DAY, SOURCE_KEY, TARGET_KEY
from brinkwatch.model import EVENT_ROW_COLUMNS, MODALITIES
from brinkwatch.ontology.cameo import PLOVER_TYPES, normalise_code

MAX_LIMIT = 1000
# Rows without any date sort last in the newest-first order and still page by cursor.
SORT_DAY = f"COALESCE({EVENT_DAY}, DATE '0001-01-01')"
EVENT_COLUMNS = (*EVENT_ROW_COLUMNS, "published", "origin")
_SELECT = ", ".join(f'"{c}"' for c in EVENT_COLUMNS)
_JSON_COLUMNS = ("attribution", "quantities", "location")


@dataclass(frozen=True, slots=True)
class EventFilter:
    since: date | None = None
    until: date | None = None
    source: str | None = None
    target: str | None = None
    undirected: bool = False  # source/target in either direction
    code: str | None = None
    root: str | None = None
    plover: str | None = None
    modality: str | None = None
    outlet: str | None = None
    q: str | None = None


def encode_cursor(day: date, event_id: str) -> str:
    raw = json.dumps([day.isoformat(), event_id]).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[date, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, event_id = json.loads(raw)
        return date.fromisoformat(day), str(event_id)
    except (binascii.Error, ValueError, TypeError) as exc:
        raise QueryError("cursor is not one this server issued", input="cursor") from exc


def _actor(column_key: str, column_code: str, value: str) -> tuple[str, list[Any]]:
    return f"({column_key} = ? OR {column_code} = ?)", [value, value]


def where_clause(f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE of an events query (all values bound as parameters) after validating the filter."""
    conditions: list[str] = []
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        conditions.append(sql)
        params.extend(values)

    if f.since and f.until and f.since > f.until:
        raise QueryError(f"since {f.since} is after until {f.until}", input="since")
    if f.since:
        add(f"{EVENT_DAY} >= ?", f.since)
    if f.until:
        add(f"{EVENT_DAY} <= ?", f.until)
    for name, value in (("source", f.source), ("target", f.target)):
        if value is not None and not (value.isascii() and value.isalnum() and len(value) <= 16):
            raise QueryError(f"actor code must be letters or digits, not {value!r}", input=name)
    if f.source or f.target:
        dyad_sql, dyad_params = _dyad(f)
        add(dyad_sql, *dyad_params)
    if f.code:
        code = normalise_code(f.code)
        if not code.isdigit():
            raise QueryError(f"CAMEO code must be digits, not {f.code!r}", input="code")
        add("cameo_code = ?", code)
    if f.root:
        if not (f.root.isdigit() and len(f.root) <= 2):
            raise QueryError(f"CAMEO root must be 01-20, not {f.root!r}", input="root")
        add("cameo_root = ?", f.root.zfill(2))
    if f.plover:
        if f.plover.upper() not in PLOVER_TYPES:
            raise QueryError(f"unknown PLOVER type {f.plover!r}", input="plover")
        add("plover_type = ?", f.plover.upper())
    if f.modality:
        if f.modality not in MODALITIES:
            raise QueryError(f"modality must be one of {', '.join(MODALITIES)}", input="modality")
        add("modality = ?", f.modality)
    if f.outlet:
        add("outlet = ?", f.outlet)
    if f.q:
        pattern = "%" + f.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        add("evidence_text ILIKE ? ESCAPE '\\'", pattern)
    return (" AND ".join(conditions) or "true"), params


def _dyad(f: EventFilter) -> tuple[str, list[Any]]:
    def side(src_value: str | None, tgt_value: str | None) -> tuple[str, list[Any]]:
        parts, values = [], []
        if src_value:
            sql, v = _actor(SOURCE_KEY, "source_code", src_value)
            parts.append(sql)
            values += v
        if tgt_value:
            sql, v = _actor(TARGET_KEY, "target_code", tgt_value)
            parts.append(sql)
            values += v
        return "(" + " AND ".join(parts) + ")", values

    forward, forward_params = side(f.source, f.target)
    if not f.undirected:
        return forward, forward_params
    backward, backward_params = side(f.target, f.source)
    return f"({forward} OR {backward})", forward_params + backward_params


def list_events(con: duckdb.DuckDBPyConnection, f: EventFilter, limit: int = 50, offset: int = 0,
                cursor: str | None = None) -> dict[str, Any]:
    """One page of events, newest first, and the cursor of the next page."""
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}", input="limit")
    where, params = where_clause(f)
    if cursor:
        day, event_id = decode_cursor(cursor)
        where += f" AND ({SORT_DAY} < ? OR ({SORT_DAY} = ? AND event_id < ?))"
        params += [day, day, event_id]
    rows = con.execute(
        f"SELECT {_SELECT}, {SORT_DAY} AS _day FROM events WHERE {where} "
        f"ORDER BY _day DESC, event_id DESC LIMIT ? OFFSET ?",
        params + [limit + 1, offset],
    ).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    events = [row_to_event(row) for row in rows]
    attach_clusters(con, events)
    next_cursor = encode_cursor(rows[-1][-1], rows[-1][0]) if more and rows else None
    return {"events": events, "count": len(events), "next_cursor": next_cursor}


def row_to_event(row: tuple[Any, ...]) -> dict[str, Any]:
    event: dict[str, Any] = {}
    for name, value in zip(EVENT_COLUMNS, row, strict=False):
        if name in _JSON_COLUMNS:
            value = parse_json_list(value) if name != "location" else _json_object(value)
        elif isinstance(value, date):
            value = value.isoformat()
        event[name] = value
    return event


def _json_object(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def attach_clusters(con: duckdb.DuckDBPyConnection, events: list[dict[str, Any]]) -> None:
    """Add each event's corroboration cluster id and outlet count (one query per page)."""
    if not events:
        return
    ids = [e["event_id"] for e in events]
    rows = con.execute(
        "SELECT ec.event_id, c.cluster_id, c.n_outlets, c.n_events FROM event_cluster ec "
        "JOIN clusters c USING (cluster_id) WHERE ec.event_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
    ).fetchall()
    found = {event_id: (cid, n_out, n_ev) for event_id, cid, n_out, n_ev in rows}
    for event in events:
        cid, n_out, n_ev = found.get(event["event_id"], (None, None, None))
        event["cluster_id"], event["cluster_outlets"], event["cluster_reports"] = cid, n_out, n_ev


def get_event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    row = con.execute(f"SELECT {_SELECT} FROM events WHERE event_id = ?", [event_id]).fetchone()
    if row is None:
        return None
    event = row_to_event(row)
    attach_clusters(con, [event])
    doc = con.execute("SELECT url, title FROM documents WHERE doc_id = ?", [event["doc_id"]]).fetchone()
    event["url"], event["title"] = doc if doc else (None, None)
    return event


def get_cluster(con: duckdb.DuckDBPyConnection, cluster_id: str) -> dict[str, Any] | None:
    cur = con.execute("SELECT * FROM clusters WHERE cluster_id = ?", [cluster_id])
    row = cur.fetchone()
    if row is None:
        return None
    names = [d[0] for d in cur.description]
    cluster = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in zip(names, row, strict=True)}
    members = con.execute(
        f"SELECT {_SELECT} FROM events WHERE event_id IN "
        "(SELECT event_id FROM event_cluster WHERE cluster_id = ?) ORDER BY published, event_id",
        [cluster_id],
    ).fetchall()
    cluster["events"] = [row_to_event(m) for m in members]
    return cluster
