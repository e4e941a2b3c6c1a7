"""`brinkwatch watch` end to end: a local HTTP server whose feed changes between polls, a webhook,
kill -9 between polls, the Atom feed, and a feed that is down or not a feed.

The coder is replaced by a tiny one that reads a marker written into each test story
("[RUS->UKR 190 2024-02-26]"): the NLP coder has its own tests; here the polling, storing,
clustering and pushing are under test, and their expected counts must be exact.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from brinkwatch.api import create_app
from brinkwatch.errors import BrinkwatchError
from brinkwatch.model import ActorRef, Document, Event
from brinkwatch.ontology.cameo import lookup
from brinkwatch.store.owner import OwnerLock, current_owner
from brinkwatch.watch import ManualSchedule, PollReport, WatchConfig, Watcher, parse_every

_MARKER = re.compile(r"\[(\w{3})->(\w{3}) (\d{2,4}) (\d{4}-\d{2}-\d{2})\]")
_FILLER = ("Diplomats from several capitals followed the talks closely and commented at length on "
           "what the statements of both governments could mean for the months ahead. ") * 5


def marker_coder(docs: list[Document]) -> list[tuple[Document, list[Event] | BrinkwatchError]]:
    """Events from the markers in each story: one per marker, dated by it."""
    coded: list[tuple[Document, list[Event] | BrinkwatchError]] = []
    for doc in docs:
        events = []
        for i, (src, tgt, code, day) in enumerate(_MARKER.findall(doc.text)):
            entry = lookup(code)
            events.append(Event(
                doc_id=doc.doc_id, sentence_index=i, evidence_text=f"{src} {code} {tgt} on {day}",
                evidence_start=0, evidence_end=1, source=ActorRef(text=src, code=src, country=src),
                target=ActorRef(text=tgt, code=tgt, country=tgt), cameo_code=entry.code, cameo_root=entry.root,
                cameo_name=entry.name, goldstein=entry.goldstein, quad_class=entry.quad_class,
                plover_type=entry.plover_type, plover_mode=entry.plover_mode, plover_context=entry.plover_context,
                outlet=doc.outlet, trigger=code, event_date=day, date_precision="day", date_source="text",
                confidence=0.8, coder_version="marker",
            ))
        coded.append((doc, events))
    return coded


def _stories(first: date, weeks: int, dyads: tuple[tuple[str, str, str, int], ...]) -> list[tuple[str, str]]:
    """(day, marker) of one story per dyad per week: (source, target, code, weekday offset)."""
    return [((first + timedelta(weeks=w, days=off)).isoformat(), f"[{s}->{t} {c} "
             f"{(first + timedelta(weeks=w, days=off)).isoformat()}]")
            for w in range(weeks) for s, t, c, off in dyads]


# Eight quiet weeks: Russia and Ukraine express intent to negotiate, France and Germany consult.
CALM = _stories(date(2024, 1, 1), 8, (("RUS", "UKR", "036", 0), ("FRA", "DEU", "040", 2)))
# Then two weeks of attacks, two a week (Monday and Friday), beside the usual consultations.
TURN = _stories(date(2024, 2, 26), 2, (("RUS", "UKR", "190", 0), ("RUS", "UKR", "190", 4),
                                       ("FRA", "DEU", "040", 2)))


def rss(stories: list[tuple[str, str]]) -> bytes:
    items = []
    for i, (day, marker) in enumerate(stories):
        stamp = format_datetime(datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC))
        items.append(f"<item><title>Story {i}</title><link>http://news.test/{day}/{i}</link>"
                     f"<pubDate>{stamp}</pubDate><description>{marker} {_FILLER}</description></item>")
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>'
            f'<link>http://news.test/</link><description>test</description>{"".join(items)}</channel></rss>'
            ).encode()


class FeedServer:
    """A loopback server: GET /feed.xml (with ETag and 304), GET /broken.xml, POST /hook."""

    def __init__(self) -> None:
        self.feed = rss(CALM)
        self.hooks: list[tuple[str, dict]] = []
        self.statuses: list[int] = []
        self.refuse_hooks = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                if self.path == "/broken.xml":
                    self._send(200, b"\x00\x01 not a feed at all", "application/octet-stream")
                    return
                if self.path == "/huge.xml":
                    self._send(200, b"<rss>" + b" " * 300_000 + b"</rss>", "application/rss+xml")
                    return
                if self.path == "/slow.xml":
                    time.sleep(1.0)  # past the watcher's 0.3 s timeout
                    self._send(200, server.feed, "application/rss+xml")
                    return
                etag = f'"{hash(server.feed) & 0xFFFFFFFF:x}"'
                if self.headers.get("If-None-Match") == etag:
                    self._send(304, b"", "application/rss+xml", etag)
                    return
                self._send(200, server.feed, "application/rss+xml", etag)

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if server.refuse_hooks > 0:  # the receiver is down for a while
                    server.refuse_hooks -= 1
                    self._send(503, b"", "text/plain")
                    return
                server.hooks.append((self.headers.get("Idempotency-Key", ""), json.loads(body)))
                self._send(204, b"", "text/plain")

            def _send(self, status: int, body: bytes, kind: str, etag: str | None = None) -> None:
                if self.path.endswith(".xml"):
                    server.statuses.append(status)
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

        class Quiet(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a watcher that gives up on a slow or huge feed hangs up: not a test failure

        self.http = Quiet(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.http.server_address[1]}"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture()
def server() -> Iterator[FeedServer]:
    running = FeedServer()
    yield running
    running.close()


def _watcher(db: Path, server: FeedServer, lines: list[str], sources: list[str] | None = None) -> Watcher:
    config = WatchConfig(db=str(db), sources=sources or [f"{server.base}/feed.xml"], webhook=f"{server.base}/hook")
    return Watcher(config, code=marker_coder, coder_version="marker", emit=lines.append)


def _count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


def test_three_polls_of_a_changing_feed(tmp_path: Path, server: FeedServer) -> None:
    db = tmp_path / "events.duckdb"
    lines: list[str] = []
    watcher = _watcher(db, server, lines)
    reports: list[PollReport] = []

    def on_poll(report: PollReport) -> None:
        reports.append(report)
        if report.poll == 1:
            server.feed = rss(CALM + TURN)  # the wire publishes six more stories before the next poll

    watcher.run(ManualSchedule(polls=2), on_report=on_poll)

    first, second, third = reports
    assert (first.documents, first.events, first.new_alerts, first.errors) == (16, 16, 0, 0)
    assert (second.documents, second.events, second.new_alerts, second.errors) == (6, 6, 1, 0)
    assert (third.documents, third.events, third.new_alerts, third.unchanged) == (0, 0, 0, 1)
    assert server.statuses == [200, 200, 304]  # the third poll was a conditional GET answered 304

    assert len(server.hooks) == 1 and len(lines) == 1
    key, alert = server.hooks[0]
    assert key == alert["alert_id"] and json.loads(lines[0])["alert_id"] == alert["alert_id"]
    assert (alert["a"], alert["b"], alert["direction"], alert["period_start"]) == ("RUS", "UKR", "conflict",
                                                                                   "2024-02-26")
    assert _count(db, "SELECT count(*) FROM events") == 22
    assert _count(db, "SELECT count(*) FROM event_cluster") == 22  # clustered as they came
    assert current_owner(db) is None  # the lock is released on exit

    with TestClient(create_app(db)) as client:
        atom = client.get("/alerts.atom")
    assert atom.status_code == 200 and atom.headers["content-type"].startswith("application/atom+xml")
    assert atom.text.count("<entry>") == 1 and f"urn:brinkwatch:alert:{alert['alert_id']}" in atom.text


def test_kill_9_between_polls_changes_nothing(tmp_path: Path, server: FeedServer) -> None:
    db = tmp_path / "events.duckdb"
    tests = str(Path(__file__).parent)
    script = (f"import sys; sys.path.insert(0, {tests!r}); import test_watch; "
              f"test_watch.watch_forever({str(db)!r}, {server.base!r})")
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, cwd=tmp_path)
    try:
        _wait_for(process.stderr, "poll 1:")
        server.feed = rss(CALM + TURN)
        alert_line = _wait_for(process.stdout, '"type": "alert"')
        _wait_for(process.stderr, "poll")  # the poll that found it has finished writing
        assert current_owner(db) is not None and current_owner(db).pid == process.pid
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    assert len(server.hooks) == 1
    events_before = _count(db, "SELECT count(*) FROM events")
    assert events_before == 22

    lines: list[str] = []
    watcher = _watcher(db, server, lines)
    with OwnerLock(db, "test"):  # the killed process's owner file does not block: its pid is gone
        report = watcher.poll()
    assert (report.documents, report.events, report.new_alerts, report.lines, report.webhook_calls) == (0, 0, 0, 0, 0)
    assert lines == [] and len(server.hooks) == 1
    assert json.loads(alert_line)["alert_id"] == server.hooks[0][0]
    assert _count(db, "SELECT count(*) FROM events") == events_before
    assert _count(db, "SELECT count(*) FROM watch_alerts WHERE stdout_pending OR webhook_pending") == 0


def watch_forever(db: str, base: str) -> None:
    """The subprocess of the kill -9 test: watch the feed every 50 ms until killed."""
    from brinkwatch.watch import SleepSchedule

    config = WatchConfig(db=db, sources=[f"{base}/feed.xml"], webhook=f"{base}/hook")
    watcher = Watcher(config, code=marker_coder, coder_version="marker")

    def report(r: PollReport) -> None:
        if r.changed or r.new_alerts:
            print(r.summary(), file=sys.stderr, flush=True)

    watcher.run(SleepSchedule(every=0.05), on_report=report)


def _wait_for(stream, fragment: str, seconds: float = 60.0) -> str:  # noqa: ANN001 - a text pipe
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = stream.readline()
        if fragment in line:
            return line
        if not line:
            break
    raise AssertionError(f"no line with {fragment!r} from the watcher")


def test_a_feed_that_is_down_or_not_a_feed_is_an_error_and_the_poll_goes_on(tmp_path: Path,
                                                                            server: FeedServer) -> None:
    db = tmp_path / "events.duckdb"
    lines: list[str] = []
    closed = "http://127.0.0.1:9/feed.xml"  # the discard port: nothing listens
    sources = [closed, f"{server.base}/broken.xml", f"{server.base}/huge.xml", f"{server.base}/slow.xml",
               f"{server.base}/feed.xml", str(tmp_path / "missing")]
    watcher = _watcher(db, server, lines, sources)
    watcher.config.options.max_bytes, watcher.config.options.timeout = 100_000, 0.3
    report = watcher.poll()
    assert report.documents == 16 and report.errors == 5
    samples = "\n".join(report.error_samples)
    assert closed in samples and "over the limit of 100,000 bytes" in samples and "timed out" in samples, samples
    assert _count(db, "SELECT count(*) FROM errors") == 5


def test_a_folder_source_reads_new_and_changed_files_only(tmp_path: Path, server: FeedServer) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(f"{CALM[0][1]} {_FILLER}", encoding="utf-8")
    db = tmp_path / "events.duckdb"
    watcher = _watcher(db, server, [], [str(folder)])
    assert watcher.poll().documents == 1
    assert watcher.poll().changed == 0
    (folder / "b.txt").write_text(f"{CALM[1][1]} {_FILLER}", encoding="utf-8")
    third = watcher.poll()
    assert (third.changed, third.documents, third.events) == (1, 1, 1)


def test_another_writer_is_told_which_process_holds_the_store(tmp_path: Path) -> None:
    from brinkwatch.store import EventStore

    db = tmp_path / "events.duckdb"
    EventStore(db).close()
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (tmp_path / "events.duckdb.owner").write_text(json.dumps(
            {"pid": holder.pid, "command": "brinkwatch watch", "since": "2026-01-01T18:20:00+00:00"}))
        with pytest.raises(BrinkwatchError, match=rf"held by `brinkwatch watch` \(pid {holder.pid}"):
            EventStore(db)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    EventStore(db).close()  # the holder is gone: the file no longer blocks


def test_every_reads_units() -> None:
    assert parse_every("15m") == 900 and parse_every("30s") == 30 and parse_every("2h") == 7200
    assert parse_every("250ms") == 0.25 and parse_every("5") == 5
    with pytest.raises(BrinkwatchError, match="30s, 15m"):
        parse_every("soon")


def test_serve_watch_swaps_in_each_poll(tmp_path: Path, server: FeedServer) -> None:
    from brinkwatch.watch.serving import SwappableApp, snapshot

    db = tmp_path / "events.duckdb"
    holder = SwappableApp(None)  # type: ignore[arg-type]

    def refresh(con: duckdb.DuckDBPyConnection, report: PollReport) -> None:
        holder.swap(create_app(db, con=snapshot(con)))

    config = WatchConfig(db=str(db), sources=[f"{server.base}/feed.xml"])
    watcher = Watcher(config, code=marker_coder, coder_version="marker", emit=None, after_poll=refresh)
    watcher.poll()
    with TestClient(holder) as client:
        assert len(client.get("/events", params={"limit": 100}).json()["events"]) == 16
        assert client.get("/alerts").json()["count"] == 0
        server.feed = rss(CALM + TURN)
        watcher.poll()  # the store is not open twice: the API reads the snapshot the poll left
        assert len(client.get("/events", params={"limit": 100}).json()["events"]) == 22
        alerts = client.get("/alerts").json()["alerts"]
        assert [(a["a"], a["b"], a["direction"]) for a in alerts] == [("RUS", "UKR", "conflict")]
        assert client.get("/alerts.atom").text.count("<entry>") == 1


def test_alerts_atom_of_a_store_never_watched_lists_its_current_alerts(tmp_path: Path) -> None:
    from test_analysis import build_sample_store

    db = build_sample_store(tmp_path / "events.duckdb")
    with TestClient(create_app(db)) as client:
        alerts = client.get("/alerts").json()["alerts"]
        atom = client.get("/alerts.atom").text
    assert alerts and atom.count("<entry>") == len(alerts)
    assert all(f"urn:brinkwatch:alert:{a['alert_id']}" in atom for a in alerts)
    assert "IRN–USA toward conflict" in atom


def test_a_webhook_that_refuses_gets_the_alert_at_a_later_poll_once(tmp_path: Path, server: FeedServer) -> None:
    db = tmp_path / "events.duckdb"
    lines: list[str] = []
    watcher = _watcher(db, server, lines)
    server.feed = rss(CALM + TURN)
    server.refuse_hooks = 1
    first = watcher.poll()
    assert (first.new_alerts, first.lines, first.webhook_calls) == (1, 1, 0) and server.hooks == []
    second = watcher.poll()
    assert (second.new_alerts, second.lines, second.webhook_calls) == (0, 0, 1) and len(server.hooks) == 1
    third = watcher.poll()
    assert (third.webhook_calls, len(server.hooks), len(lines)) == (0, 1, 1)
