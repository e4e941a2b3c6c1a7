"""EventStore: the embedded DuckDB store every stage writes to and reads from.

Writes are idempotent. A document is keyed by its `doc_id` (content hash + URL, see model.Document);
`write(doc, events)` replaces that document's row and all its events in ONE transaction, so a kill at
any moment leaves either the old state or the new one, never half a document. Errors are recorded once
per (input, position, message), so re-running the same input does not duplicate them either.

Every query here is parameterised; free SQL from users goes through `open_read_only` (see cli/corpus.py).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from brinkwatch.errors import StoreError, one_line_message, printable
from brinkwatch.model import (
    ACTOR_ROW_FIELDS,
    EVENT_ROW_COLUMNS,
    ActorRef,
    Attribution,
    Document,
    Event,
    Location,
    Quantity,
    content_hash,
)
from brinkwatch.store import owner, schema

LOGGER = logging.getLogger(__name__)

# Columns of the events table in insert order: the Event row plus the story date and where it came from.
EVENT_TABLE_COLUMNS: tuple[str, ...] = (*EVENT_ROW_COLUMNS, "published", "origin")
DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "url", "outlet", "title", "published", "text_hash", "n_chars", "n_sentences", "n_events",
    "source_path", "ingested_at", "coder_version",
)
_ACTOR_FIELDS = ACTOR_ROW_FIELDS
_DATE_COLUMNS = {"event_date", "published"}
_STAGING = "_bw_import_staging"  # temporary table an import fills before its one commit


@dataclass(slots=True)
class WriteResult:
    """What one `write` did: whether the document was new, and how many events it now has."""

    doc_id: str
    inserted: bool  # False when the document was already stored (it was re-coded/replaced)
    n_events: int


@dataclass(slots=True)
class StoreCounts:
    documents: int
    events: int
    errors: int


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _as_date(value: Any) -> date | None:
    """ISO text or date -> date; anything unparsable or outside schema.DATE_WINDOW becomes None
    (dates are optional, and a year 9999 would break every period computed from the store)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return schema.in_date_window(value.date())
    if isinstance(value, date):
        return schema.in_date_window(value)
    try:
        return schema.in_date_window(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def open_read_only(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A connection for user-written SQL: read-only, and no file system access beyond the store itself."""
    path = Path(path)
    if not path.is_file():
        raise StoreError("no event store here (run `brinkwatch ingest` first)", input=str(path))
    try:
        return duckdb.connect(
            str(path), read_only=True, config={"enable_external_access": False, "lock_configuration": True}
        )
    except duckdb.Error as exc:
        raise StoreError(f"cannot open the store read-only: {exc}", input=str(path)) from exc


class EventStore:
    """The DuckDB event store. `EventStore(path)` creates the tables if needed; use it as a context manager.

    Writers: `add_documents`, `write`, `add_events` (imported datasets), `record_error`.
    Readers: `has_document`, `events`, `event_rows`, `counts`, and `connection` for analysis SQL.
    """

    def __init__(self, path: str | Path = ":memory:", read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        if self.path != ":memory:" and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        if read_only and self.path != ":memory:" and not Path(self.path).is_file():
            raise StoreError("no event store here (run `brinkwatch ingest` first)", input=self.path)
        if self.path != ":memory:" and not read_only:
            owner.refuse_if_held(self.path)  # a `watch` or `serve` holds it: say which
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(owner.explain_lock_error(self.path, exc), input=self.path) from exc
        if not read_only:
            self._create_schema()

    # -- lifecycle ---------------------------------------------------------------------------------

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for analysis SQL (always pass values as parameters)."""
        return self._con

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _create_schema(self) -> None:
        with self._transaction():
            for ddl in (*schema.TABLES, *schema.INDEXES):
                self._con.execute(ddl)
            for table, column, kind in schema.ADDED_COLUMNS:
                self._con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {_quote(column)} {kind}")

    def _transaction(self) -> _Transaction:
        return _Transaction(self._con, self.path)

    # -- documents ---------------------------------------------------------------------------------

    def has_document(self, doc_id: str, coder_version: str | None = None) -> bool:
        """True when the document is stored (and, if `coder_version` is given, coded by that version)."""
        if coder_version is None:
            sql = "SELECT 1 FROM documents WHERE doc_id = ?"
            params: list[Any] = [doc_id]
        else:
            sql = "SELECT 1 FROM documents WHERE doc_id = ? AND coder_version IS NOT DISTINCT FROM ?"
            params = [doc_id, coder_version]
        # fetchall, not fetchone: DuckDB refuses new statements while a result is left unfinished.
        return bool(self._con.execute(sql, params).fetchall())

    def stored_versions(self, doc_ids: Sequence[str]) -> dict[str, str | None]:
        """doc_id -> coder_version for those of `doc_ids` already stored (one query for a batch)."""
        if not doc_ids:
            return {}
        rows = self._con.execute(
            "SELECT doc_id, coder_version FROM documents WHERE doc_id IN (SELECT UNNEST(?))", [list(doc_ids)]
        ).fetchall()
        return dict(rows)

    def add_documents(self, docs: Iterable[Document], coder_version: str | None = None) -> int:
        """Store document rows without events (keeps rows already there). Returns how many were new."""
        rows = [self._document_row(doc, None, None, coder_version) for doc in docs]
        if not rows:
            return 0
        with self._transaction():
            before = self._count("documents")
            self._insert_rows("documents", DOCUMENT_COLUMNS, rows, conflict="IGNORE")
            return self._count("documents") - before

    def write(
        self,
        doc: Document,
        events: Sequence[Event],
        coder_version: str | None = None,
        n_sentences: int | None = None,
        origin: str = "brinkwatch",
    ) -> WriteResult:
        """Store one coded document: its row and exactly `events`, replacing whatever it had, atomically."""
        return self.write_many([(doc, events)], coder_version, origin, {doc.doc_id: n_sentences})[0]

    def write_many(
        self,
        coded: Sequence[tuple[Document, Sequence[Event]]],
        coder_version: str | None = None,
        origin: str = "brinkwatch",
        n_sentences: dict[str, int | None] | None = None,
    ) -> list[WriteResult]:
        """`write` for several documents in ONE transaction (a commit costs milliseconds; batch them).

        Each document ends with exactly the events given here; a kill leaves all of them or none.
        """
        if not coded:
            return []
        n_sentences = n_sentences or {}
        doc_rows: dict[str, dict[str, Any]] = {}
        event_rows: list[dict[str, Any]] = []
        counts: dict[str, int] = {}
        for doc, events in coded:
            version = coder_version if coder_version is not None else _common_version(events)
            doc_rows[doc.doc_id] = self._document_row(doc, len(events), n_sentences.get(doc.doc_id), version)
            counts[doc.doc_id] = len(events)
            event_rows += [self._event_row(ev, _as_date(doc.published), origin) for ev in events]
        doc_ids = list(doc_rows)
        with self._transaction():
            existed = set(self.stored_versions(doc_ids))
            self._con.execute("DELETE FROM events WHERE doc_id IN (SELECT UNNEST(?))", [doc_ids])
            self._insert_rows("documents", DOCUMENT_COLUMNS, list(doc_rows.values()), conflict="REPLACE")
            self._insert_rows("events", EVENT_TABLE_COLUMNS, event_rows, conflict="IGNORE")
        return [WriteResult(doc_id, doc_id not in existed, counts[doc_id]) for doc_id in doc_ids]

    # -- events from elsewhere (imports) -------------------------------------------------------------

    def add_events(
        self,
        events: Iterable[Event],
        origin: str = "brinkwatch",
        published: date | str | None = None,
        batch_size: int = 50_000,
    ) -> int:
        """Append events (e.g. an imported GDELT file, origin='gdelt'); ids already stored are kept.

        Each batch is one transaction. Returns how many events were new.
        """
        added = 0
        batch: list[dict[str, Any]] = []
        for event in events:
            batch.append(self._event_row(event, _as_date(published), origin))
            if len(batch) >= batch_size:
                added += self._append_event_batch(batch)
                batch = []
        if batch:
            added += self._append_event_batch(batch)
        return added

    def add_event_rows(self, rows: Iterable[dict[str, Any]], origin: str = "brinkwatch") -> int:
        """Like `add_events` for flat rows (keys from EVENT_TABLE_COLUMNS; missing ones become NULL)."""
        batch = []
        for row in rows:
            full = {col: row.get(col) for col in EVENT_TABLE_COLUMNS}
            full["origin"] = row.get("origin") or origin
            for col in _DATE_COLUMNS:
                full[col] = _as_date(full[col])
            batch.append(full)
        return self._append_event_batch(batch) if batch else 0

    def import_event_rows(self, rows: Iterable[dict[str, Any]], origin: str, batch_size: int = 20_000) -> int:
        """All of `rows` or none: they are staged in a temporary table batch by batch (memory stays flat),
        then moved into `events` in ONE transaction; ids already stored are kept. Returns how many were new.

        If iterating `rows` raises (a file found broken half-way), the staging table is dropped and the
        events table is untouched; the exception propagates.
        """
        self._con.execute(f"CREATE OR REPLACE TEMP TABLE {_STAGING} AS SELECT * FROM events LIMIT 0")
        try:
            batch: list[dict[str, Any]] = []
            for row in rows:
                batch.append(self._flat_event_row(row, origin))
                if len(batch) >= batch_size:
                    self._insert_rows(_STAGING, EVENT_TABLE_COLUMNS, batch, conflict=None, types_of="events")
                    batch = []
            if batch:
                self._insert_rows(_STAGING, EVENT_TABLE_COLUMNS, batch, conflict=None, types_of="events")
            cols = ", ".join(_quote(c) for c in EVENT_TABLE_COLUMNS)
            with self._transaction():
                before = self._count("events")
                # One row per id: a file that repeats an id keeps its first record, as a re-import would.
                self._con.execute(
                    f"INSERT OR IGNORE INTO events ({cols}) SELECT {cols} FROM {_STAGING} "
                    "QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY rowid) = 1"
                )
                return self._count("events") - before
        finally:
            self._con.execute(f"DROP TABLE IF EXISTS {_STAGING}")

    @staticmethod
    def _flat_event_row(row: dict[str, Any], origin: str) -> dict[str, Any]:
        full = {col: row.get(col) for col in EVENT_TABLE_COLUMNS}
        full["origin"] = row.get("origin") or origin
        for col in _DATE_COLUMNS:
            full[col] = _as_date(full[col])
        return full

    def _append_event_batch(self, rows: list[dict[str, Any]]) -> int:
        with self._transaction():
            before = self._count("events")
            self._insert_rows("events", EVENT_TABLE_COLUMNS, rows, conflict="IGNORE")
            return self._count("events") - before

    # -- errors ------------------------------------------------------------------------------------

    def record_error(self, input: str | None, position: int | str | None, message: str) -> bool:
        """Record a bad input once; the same (input, position, message) again is a no-op. True if new."""
        # Names and messages come from untrusted input: stored as printable, valid UTF-8, one line.
        input = None if input is None else printable(input)
        pos = None if position is None else printable(position)
        message = one_line_message(message)
        with self._transaction():
            seen = self._con.execute(
                "SELECT 1 FROM errors WHERE input IS NOT DISTINCT FROM ? AND position IS NOT DISTINCT FROM ?"
                " AND message = ?",
                [input, pos, message],
            ).fetchall()
            if seen:
                return False
            self._con.execute("INSERT INTO errors VALUES (?, ?, ?, ?)", [input, pos, message, _now()])
        return True

    # -- reading -----------------------------------------------------------------------------------

    def counts(self) -> StoreCounts:
        return StoreCounts(self._count("documents"), self._count("events"), self._count("errors"))

    def event_rows(
        self,
        doc_id: str | None = None,
        source: str | None = None,
        target: str | None = None,
        actor: str | None = None,
        cameo_root: str | None = None,
        cameo_code: str | None = None,
        modality: str | None = None,
        origin: str | None = None,
        start: date | str | None = None,
        end: date | str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Flat event rows matching every filter given. Actor codes match as prefixes (RUS matches RUSMIL).

        Dates filter on the event date, or the story date when the event has none; `end` is inclusive.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if doc_id is not None:
            clauses.append("doc_id = ?")
            params.append(doc_id)
        if source is not None:
            clauses.append("starts_with(source_code, ?)")
            params.append(source)
        if target is not None:
            clauses.append("starts_with(target_code, ?)")
            params.append(target)
        if actor is not None:
            clauses.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
            params += [actor, actor]
        for column, value in (
            ("cameo_root", cameo_root), ("cameo_code", cameo_code), ("modality", modality), ("origin", origin)
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if start is not None:
            clauses.append("coalesce(event_date, published) >= ?")
            params.append(_as_date(start))
        if end is not None:
            clauses.append("coalesce(event_date, published) <= ?")
            params.append(_as_date(end))
        sql = "SELECT * FROM events"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY coalesce(event_date, published), doc_id, sentence_index, event_id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        cursor = self._con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def events(self, **filters: Any) -> list[Event]:
        """Events matching the filters of `event_rows`, rebuilt as model.Event records."""
        return [row_to_event(row) for row in self.event_rows(**filters)]

    def iter_documents(self) -> Iterator[dict[str, Any]]:
        cursor = self._con.execute("SELECT * FROM documents ORDER BY doc_id")
        names = [d[0] for d in cursor.description]
        while rows := cursor.fetchmany(1000):
            for row in rows:
                yield dict(zip(names, row, strict=True))

    # -- Parquet -----------------------------------------------------------------------------------

    def write_parquet(self, directory: str | Path) -> Path:
        """Write all three tables under `directory` as Parquet (events and documents partitioned by year).

        The directory is rewritten as a whole, so writing again after more ingest gives the same layout.
        """
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        targets = {
            "events": "SELECT *, coalesce(year(coalesce(event_date, published)), 0) AS year FROM events",
            "documents": "SELECT *, coalesce(year(published), 0) AS year FROM documents",
        }
        try:
            for name, select in targets.items():
                # COPY takes no parameters for its target; the path is quoted as an SQL literal.
                target = str(out / name).replace("'", "''")
                options = "FORMAT PARQUET, PARTITION_BY (year), OVERWRITE_OR_IGNORE"
                self._con.execute(f"COPY ({select}) TO '{target}' ({options})")
            errors_file = str(out / "errors.parquet").replace("'", "''")
            self._con.execute(f"COPY errors TO '{errors_file}' (FORMAT PARQUET)")
        except duckdb.Error as exc:
            raise StoreError(f"cannot write Parquet: {exc}", input=str(out)) from exc
        return out

    # -- internals ---------------------------------------------------------------------------------

    def _count(self, table: str) -> int:
        rows = self._con.execute(f"SELECT count(*) FROM {_quote(table)}").fetchall()
        return int(rows[0][0])

    def _insert_rows(
        self, table: str, columns: Sequence[str], rows: list[dict[str, Any]], conflict: str | None,
        types_of: str | None = None,
    ) -> None:
        """Insert rows through one Arrow batch: far faster in DuckDB than executemany."""
        if not rows:
            return
        batch = pa.Table.from_pylist(rows, schema=_arrow_schema(types_of or table, columns))
        self._con.register("_bw_batch", batch)
        try:
            cols = ", ".join(_quote(c) for c in columns)
            verb = f"INSERT OR {conflict}" if conflict else "INSERT"
            self._con.execute(f"{verb} INTO {table} ({cols}) SELECT {cols} FROM _bw_batch")
        finally:
            self._con.unregister("_bw_batch")

    def _document_row(
        self, doc: Document, n_events: int | None, n_sentences: int | None, coder_version: str | None
    ) -> dict[str, Any]:
        return {
            "doc_id": doc.doc_id,
            "url": doc.url,
            "outlet": doc.outlet,
            "title": doc.title,
            "published": _as_date(doc.published),
            "text_hash": content_hash(doc.text),
            "n_chars": len(doc.text),
            "n_sentences": n_sentences,
            "n_events": n_events,
            "source_path": doc.source_path,
            "ingested_at": _now(),
            "coder_version": coder_version,
        }

    @staticmethod
    def _event_row(event: Event, published: date | None, origin: str) -> dict[str, Any]:
        row = event.to_row()
        row["event_date"] = _as_date(row.get("event_date"))
        row["published"] = _as_date(published)
        row["origin"] = origin
        return row


class _Transaction:
    """BEGIN/COMMIT around a block; ROLLBACK and a StoreError if DuckDB refuses anything inside it."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str):
        self._con = con
        self._path = path

    def __enter__(self) -> None:
        self._con.execute("BEGIN TRANSACTION")

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> bool:
        if exc_type is None:
            try:
                self._con.execute("COMMIT")
            except duckdb.Error as err:
                raise StoreError(f"commit failed: {err}", input=self._path) from err
            return False
        self._con.execute("ROLLBACK")
        if isinstance(exc, duckdb.Error):
            raise StoreError(f"write failed: {exc}", input=self._path) from exc
        return False


_ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "TINYINT": pa.int8(),
    "BOOLEAN": pa.bool_(),
    "DOUBLE": pa.float64(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}


def _arrow_schema(table: str, columns: Sequence[str]) -> pa.Schema:
    """Arrow schema of a table's columns, so all-NULL batches still get the right types."""
    types = schema.column_types(table)
    return pa.schema([(col, _ARROW_TYPES[types[col]]) for col in columns])


def _common_version(events: Sequence[Event]) -> str | None:
    versions = {ev.coder_version for ev in events if ev.coder_version}
    return versions.pop() if len(versions) == 1 else None


def row_to_event(row: dict[str, Any]) -> Event:
    """Rebuild an Event from a flat events-table row (the inverse of Event.to_row)."""
    fields: dict[str, Any] = {}
    for key in EVENT_ROW_COLUMNS:
        if key.startswith(("source_", "target_")) and key.split("_", 1)[1] in _ACTOR_FIELDS:
            continue
        fields[key] = row.get(key)
    for side in ("source", "target"):
        actor = {sub: row.get(f"{side}_{sub}") for sub in _ACTOR_FIELDS}
        fields[side] = ActorRef(**actor) if actor["code"] or actor["text"] else None
    fields["attribution"] = [Attribution(**a) for a in _json_list(row.get("attribution"))]
    fields["quantities"] = [Quantity(**q) for q in _json_list(row.get("quantities"))]
    location = row.get("location")
    fields["location"] = Location(**json.loads(location)) if location else None
    if isinstance(fields.get("event_date"), date):
        fields["event_date"] = fields["event_date"].isoformat()
    for key, default in (("modality", "asserted"), ("date_precision", "none"), ("date_source", "none"),
                         ("confidence", 0.5), ("coder", "rules"), ("coder_version", ""), ("unresolved", False)):
        if fields.get(key) is None:
            fields[key] = default
    return Event(**fields)


def _json_list(value: str | None) -> list[dict[str, Any]]:
    return json.loads(value) if value else []
