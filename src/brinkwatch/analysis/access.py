"""How analysis reaches an event store.

The server and the CLI read the store file read-only. DuckDB cannot add tables to a read-only file,
so the store is ATTACHed read-only inside an in-memory database: the derived tables analysis needs
(clusters, period volumes) live in memory beside it, and the file is never written.

(`open_read_only` is the one place to switch to store.EventStore once it lands.)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from brinkwatch.errors import BrinkwatchError, StoreError
from brinkwatch.model import DATE_WINDOW
from brinkwatch.store.owner import explain_lock_error

ATTACHED_AS = "store"


def open_read_only(path: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with `events` (and `documents`) views over the store at `path`."""
    path = Path(path)
    if not path.is_file():
        raise StoreError("no event store here (run `brinkwatch ingest` first)", input=str(path))
    con = duckdb.connect(":memory:")
    quoted = str(path).replace("'", "''")  # ATTACH takes no bound parameters; quote the literal instead
    try:
        con.execute(f"ATTACH '{quoted}' AS {ATTACHED_AS} (READ_ONLY)")
    except duckdb.Error as exc:
        con.close()
        raise StoreError(explain_lock_error(path, exc), input=str(path)) from exc
    tables = {name for (name,) in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_catalog = ?", [ATTACHED_AS]
    ).fetchall()}
    if "events" not in tables:
        con.close()
        raise StoreError("the file has no events table; is it a brinkwatch store?", input=str(path))
    columns = {c for (c,) in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_catalog = ? AND table_name = 'events'",
        [ATTACHED_AS]).fetchall()}
    # A store written before `unresolved` existed is read as if every actor were resolved.
    extra = "" if "unresolved" in columns else ", false AS unresolved"
    # Dates outside the accepted window (a 9999-12-31 written by an older release) read as unknown, so no
    # period arithmetic downstream runs over eight thousand years.
    low, high = (day.isoformat() for day in DATE_WINDOW)
    window = ", ".join(f"CASE WHEN {col} BETWEEN DATE '{low}' AND DATE '{high}' THEN {col} END AS {col}"
                       for col in ("event_date", "published"))
    con.execute(f"CREATE VIEW events AS SELECT * REPLACE ({window}){extra} FROM {ATTACHED_AS}.events")
    if "documents" in tables:
        con.execute(f"CREATE VIEW documents AS SELECT * FROM {ATTACHED_AS}.documents")
    else:
        con.execute("CREATE VIEW documents AS SELECT NULL::VARCHAR AS doc_id, NULL::VARCHAR AS url, "
                    "NULL::VARCHAR AS title WHERE false")
    return con


def has_relation(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether a table or view called `name` exists in the connection's default catalog."""
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ? "
        "AND table_catalog = current_database()", [name]
    ).fetchall()
    return bool(row and row[0][0])


class CursorPool:
    """Hands out a fresh DuckDB cursor per use over one shared connection.

    A cursor must never be used by two threads at once, and a web framework may run a request's
    dependencies and its handler on different threads, so cursors are per call, not per thread.
    Opening one is cheap (no new database, only a new client context)."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cur = self.con.cursor()
        try:
            yield cur
        finally:
            cur.close()


class QueryError(BrinkwatchError):
    """A caller asked analysis for something it cannot answer (bad frequency, bad date, unknown id)."""
