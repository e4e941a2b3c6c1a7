"""Pushing alerts: each new alert once, through an outbox table kept in the store.

An alert found by a poll is first written to `watch_alerts` with a pending flag per channel (in one
transaction), then delivered, then its flag cleared. A process killed before delivery delivers on its
next poll; one killed between a delivery and the clearing of its flag - a window of microseconds -
would deliver again, so webhook posts carry the alert id as an `Idempotency-Key` a receiver can
use to drop a repeat.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import duckdb
import httpx

LOGGER = logging.getLogger(__name__)

ALERTS_TABLE = """CREATE TABLE IF NOT EXISTS watch_alerts (
    alert_id VARCHAR PRIMARY KEY, found_at TIMESTAMP, alert VARCHAR,
    stdout_pending BOOLEAN, webhook_pending BOOLEAN)"""


@dataclass(slots=True)
class Channels:
    """Where alerts go: `emit` writes one JSONL line (stdout by default); `webhook` is a URL or None."""

    emit: Callable[[str], None] | None
    webhook: str | None = None
    timeout: float = 10.0


def record_new(con: duckdb.DuckDBPyConnection, alerts: list[dict[str, Any]], channels: Channels) -> int:
    """Add the alerts not seen before to the outbox, pending on every configured channel. Returns how many."""
    if not alerts:
        return 0
    known = {a for (a,) in con.execute(
        "SELECT alert_id FROM watch_alerts WHERE alert_id IN (SELECT UNNEST(?::VARCHAR[]))",
        [[a["alert_id"] for a in alerts]]).fetchall()}
    new = [a for a in alerts if a["alert_id"] not in known]
    if not new:
        return 0
    con.execute("BEGIN TRANSACTION")
    try:
        for alert in sorted(new, key=lambda a: (a["period_start"], a["alert_id"])):
            con.execute("INSERT INTO watch_alerts VALUES (?, now()::TIMESTAMP, ?, ?, ?)",
                        [alert["alert_id"], json.dumps(alert, ensure_ascii=False),
                         channels.emit is not None, channels.webhook is not None])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(new)


def deliver_pending(con: duckdb.DuckDBPyConnection, channels: Channels, client: httpx.Client) -> tuple[int, int]:
    """Deliver every pending alert, oldest first; returns (lines written, webhook calls that succeeded).

    A webhook that fails keeps the alert pending for the next poll."""
    rows = con.execute("SELECT alert_id, alert, stdout_pending, webhook_pending FROM watch_alerts "
                       "WHERE stdout_pending OR webhook_pending ORDER BY found_at, alert_id").fetchall()
    lines = posts = 0
    for alert_id, text, to_stdout, to_webhook in rows:
        if to_stdout and channels.emit is not None:
            channels.emit(json.dumps({"type": "alert", **json.loads(text)}, ensure_ascii=False))
            con.execute("UPDATE watch_alerts SET stdout_pending = false WHERE alert_id = ?", [alert_id])
            lines += 1
        if to_webhook and channels.webhook and _post(client, channels, alert_id, text):
            con.execute("UPDATE watch_alerts SET webhook_pending = false WHERE alert_id = ?", [alert_id])
            posts += 1
    return lines, posts


def _post(client: httpx.Client, channels: Channels, alert_id: str, text: str) -> bool:
    try:
        response = client.post(channels.webhook or "", content=text.encode("utf-8"), timeout=channels.timeout,
                               headers={"Content-Type": "application/json", "Idempotency-Key": alert_id})
        response.raise_for_status()
    except httpx.HTTPError as exc:
        LOGGER.warning("webhook %s refused alert %s (%s); retrying next poll", channels.webhook, alert_id, exc)
        return False
    return True


def recorded_alerts(con: duckdb.DuckDBPyConnection, limit: int = 100) -> list[tuple[dict[str, Any], Any]]:
    """(alert, found_at) of the most recently found alerts, newest first."""
    rows = con.execute("SELECT alert, found_at FROM watch_alerts ORDER BY found_at DESC, alert_id LIMIT ?",
                       [limit]).fetchall()
    return [(json.loads(text), found) for text, found in rows]
