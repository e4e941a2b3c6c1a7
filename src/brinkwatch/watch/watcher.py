"""The watch loop: poll sources, store what is new, re-cluster what it touches, push new alerts once."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

import duckdb
import httpx

from brinkwatch.analysis.alerts import AlertSettings, find_alerts
from brinkwatch.analysis.corroboration import ClusterSettings, unclustered_event_ids, update_clusters
from brinkwatch.errors import BrinkwatchError, InputError
from brinkwatch.ingest.options import IngestOptions
from brinkwatch.model import Document, Event
from brinkwatch.store import EventStore
from brinkwatch.store.filters import EventScope
from brinkwatch.store.owner import OwnerLock
from brinkwatch.watch.push import ALERTS_TABLE, Channels, deliver_pending, record_new
from brinkwatch.watch.schedule import Schedule
from brinkwatch.watch.sources import (
    SOURCES_TABLE,
    SourceState,
    changed_files,
    file_change,
    is_feed,
    load_state,
    poll_feed,
    read_file,
    save_state,
)

LOGGER = logging.getLogger(__name__)
_MAX_ERROR_SAMPLES = 10

Coded = tuple[Document, "list[Event] | BrinkwatchError"]
CodeFunction = Callable[[list[Document]], Iterable[Coded]]


@dataclass(slots=True)
class WatchConfig:
    db: str
    sources: list[str]  # feed URLs, folders or files
    freq: str = "week"  # of the alert scan
    since: date | None = None  # push only alerts from this day on
    scope: EventScope = field(default_factory=EventScope)
    webhook: str | None = None
    coder: str = "rules"
    options: IngestOptions = field(default_factory=IngestOptions)
    clusters: ClusterSettings = field(default_factory=ClusterSettings)


@dataclass(slots=True)
class PollReport:
    poll: int
    seconds: float = 0.0
    changed: int = 0  # sources with something new
    unchanged: int = 0  # 304, or the same bytes as last time
    documents: int = 0  # new documents stored
    events: int = 0
    errors: int = 0
    new_alerts: int = 0
    lines: int = 0  # JSONL alert lines written
    webhook_calls: int = 0
    error_samples: list[str] = field(default_factory=list)

    def summary(self) -> str:
        def n(count: int, noun: str) -> str:
            return f"{count} {noun}{'' if count == 1 else 's'}"

        return (f"poll {self.poll}: {n(self.changed, 'source')} changed, {self.unchanged} unchanged; "
                f"{n(self.documents, 'new document')}, {n(self.events, 'event')}, {n(self.new_alerts, 'new alert')}, "
                f"{n(self.errors, 'error')} ({self.seconds:.1f} s)")

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def _stdout_line(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Watcher:
    """Polls `config.sources` into `config.db`. `code` replaces the NLP coder (tests use a tiny one);
    `emit` receives each new alert's JSONL line (stdout by default, None for none); `after_poll` is
    called with the open store after every poll (serve --watch refreshes the API there)."""

    def __init__(self, config: WatchConfig, *, code: CodeFunction | None = None, coder_version: str | None = None,
                 emit: Callable[[str], None] | None = _stdout_line,
                 after_poll: Callable[[duckdb.DuckDBPyConnection, PollReport], None] | None = None):
        from brinkwatch.versions import CODER_VERSION

        self.config = config
        self.code = code or self._pipeline
        self.version = coder_version or CODER_VERSION
        self.channels = Channels(emit=emit, webhook=config.webhook)
        self.after_poll = after_poll
        self.polls = 0
        self.client = httpx.Client(follow_redirects=True, max_redirects=5)

    def _pipeline(self, docs: list[Document]) -> Iterable[Coded]:
        from brinkwatch.pipeline import code_documents  # loads spaCy: only when something is new

        return code_documents(docs, coder=self.config.coder)

    # -- the loop ---------------------------------------------------------------------------------

    def run(self, schedule: Schedule, command: str = "brinkwatch watch",
            on_report: Callable[[PollReport], None] | None = None) -> None:
        """Poll now, then each time `schedule` says, holding the store for this process throughout."""
        with OwnerLock(self.config.db, command):
            report = self.poll()
            if on_report:
                on_report(report)
            self.loop(schedule, on_report)

    def loop(self, schedule: Schedule, on_report: Callable[[PollReport], None] | None = None) -> None:
        """Poll each time `schedule` says until it says stop (the caller holds the store's OwnerLock).
        A poll that fails as a whole (the store refused, a disk full) is reported and the loop goes on."""
        try:
            while schedule.wait():
                try:
                    report = self.poll()
                except BrinkwatchError as exc:
                    LOGGER.error("poll %d failed: %s", self.polls, exc.one_line())
                    continue
                if on_report:
                    on_report(report)
        finally:
            self.client.close()

    def poll(self) -> PollReport:
        self.polls += 1
        report = PollReport(poll=self.polls)
        started = time.monotonic()
        with EventStore(self.config.db) as store:
            con = store.connection
            con.execute(SOURCES_TABLE)
            con.execute(ALERTS_TABLE)
            for source in self.config.sources:
                self._poll_source(store, source, report)
            update_clusters(con, unclustered_event_ids(con), self.config.clusters)
            settings = AlertSettings(freq=self.config.freq, since=self.config.since, scope=self.config.scope)
            alerts = [a.to_dict() for a in find_alerts(con, settings)]
            report.new_alerts = record_new(con, alerts, self.channels)
            report.lines, report.webhook_calls = deliver_pending(con, self.channels, self.client)
            report.seconds = time.monotonic() - started
            if self.after_poll:
                self.after_poll(con, report)
        return report

    # -- one source -------------------------------------------------------------------------------

    def _poll_source(self, store: EventStore, source: str, report: PollReport) -> None:
        if is_feed(source):
            state = load_state(store.connection, source)
            try:
                changed = poll_feed(source, state, self.config.options, self.client)
            except InputError as exc:
                self._error(store, report, exc)
                return
            if changed is None:
                report.unchanged += 1
                return
            self._store(store, changed.items, changed.state, report)
            return
        path = Path(source)
        if not path.exists():
            self._error(store, report, InputError("no such file or folder", input=source))
            return
        if path.is_dir():
            folder_changes = list(changed_files(path, store.connection))
        else:
            state = file_change(path, store.connection)
            folder_changes = [(path, state)] if state else []
        if not folder_changes:
            report.unchanged += 1
        for file, state in folder_changes:
            self._store(store, read_file(file, self.config.options), state, report)

    def _store(self, store: EventStore, items: Iterator[Document | InputError], state: SourceState,
               report: PollReport) -> None:
        """Code and write the documents not stored yet, then remember the source's state."""
        report.changed += 1
        docs: list[Document] = []
        for item in items:
            if isinstance(item, InputError):
                self._error(store, report, item)
            else:
                docs.append(item)
        stored = store.stored_versions([d.doc_id for d in docs])
        seen: set[str] = set()
        new = []
        for doc in docs:
            if doc.doc_id in seen or (doc.doc_id in stored and stored[doc.doc_id] == self.version):
                continue
            seen.add(doc.doc_id)
            new.append(doc)
        coded: list[tuple[Document, list[Event]]] = []
        for doc, outcome in self.code(new) if new else []:
            if isinstance(outcome, BrinkwatchError):
                self._error(store, report, outcome, fallback=doc.source_path or doc.doc_id)
            else:
                coded.append((doc, list(outcome)))
        for result in store.write_many(coded, coder_version=self.version):
            report.documents += int(result.inserted)
            report.events += result.n_events
        save_state(store.connection, state)

    def _error(self, store: EventStore, report: PollReport, exc: BrinkwatchError, fallback: str | None = None) -> None:
        where = exc.input or fallback
        store.record_error(where, exc.position, exc.message)
        report.errors += 1
        if len(report.error_samples) < _MAX_ERROR_SAMPLES:
            report.error_samples.append(f"{where}: {exc.message}")
        LOGGER.info("error %s: %s", where, exc.message)
