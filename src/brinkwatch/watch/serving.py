"""`serve --watch`: one process polls and serves. The watcher owns the store; after each poll the API
is rebuilt over an in-memory snapshot of it and swapped in whole, so a request never sees half a poll
and the store is never opened twice (DuckDB allows one writer per file, and no reader beside it)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import duckdb

from brinkwatch.analysis.access import ATTACHED_AS, has_relation
from brinkwatch.watch.atom import alerts_atom
from brinkwatch.watch.push import recorded_alerts

SNAPSHOT_TABLES = ("events", "documents", "clusters", "event_cluster", "watch_alerts")

ASGIApp = Callable[..., Any]


class SwappableApp:
    """An ASGI app that forwards to whichever app was swapped in last."""

    def __init__(self, app: ASGIApp):
        self.app = app

    def swap(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


def snapshot(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """An in-memory copy of the tables the API reads (through Arrow: no second open of the file)."""
    copy = duckdb.connect(":memory:")
    source = con.cursor()  # a cursor of its own: the watcher's connection may hold a finished statement
    for table in SNAPSHOT_TABLES:
        if not has_relation(source, table):
            continue
        data = source.sql(f"SELECT * FROM {table}").to_arrow_table()
        copy.register("_snapshot", data)
        copy.execute(f"CREATE TABLE {table} AS SELECT * FROM _snapshot")
        copy.unregister("_snapshot")
    source.close()
    if not has_relation(copy, "documents"):
        copy.execute("CREATE TABLE documents (doc_id VARCHAR, url VARCHAR, title VARCHAR)")
    return copy


def _watch_alerts_relation(con: duckdb.DuckDBPyConnection) -> str | None:
    if has_relation(con, "watch_alerts"):
        return "watch_alerts"
    found = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_catalog = ? "
                        "AND table_name = 'watch_alerts'", [ATTACHED_AS]).fetchall()
    return f"{ATTACHED_AS}.watch_alerts" if found and found[0][0] else None


def atom_feed(con: duckdb.DuckDBPyConnection, base_url: str,
              current_alerts: Callable[[], list[dict[str, Any]]]) -> str:
    """The alerts feed: alerts as a watcher found them (with when), else the store's current alerts."""
    relation = _watch_alerts_relation(con)
    if relation == "watch_alerts":
        entries = recorded_alerts(con)
    elif relation:
        rows = con.execute(f"SELECT alert, found_at FROM {relation} ORDER BY found_at DESC, alert_id LIMIT 100")
        entries = [(json.loads(text), found) for text, found in rows.fetchall()]
    else:
        entries = [(alert, None) for alert in current_alerts()[:100]]
    return alerts_atom(entries, base_url)


def status(last_poll: datetime | None, report: dict[str, Any] | None, every: float) -> dict[str, Any]:
    """What GET /watch answers: when the last poll ended and what it found."""
    now = datetime.now(UTC)
    return {
        "watching": True,
        "every_seconds": every,
        "last_poll": last_poll.isoformat() if last_poll else None,
        "minutes_ago": round((now - last_poll).total_seconds() / 60, 1) if last_poll else None,
        "report": report,
    }
