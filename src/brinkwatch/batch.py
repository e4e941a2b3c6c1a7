"""One ingest run: read inputs, skip what is already stored, code the rest, write each document atomically.

Resumability comes from two rules: a document is written with its events in one transaction, and a
document already stored with the current coder version is skipped before coding. So a run killed at
any point, then started again with the same command, ends with exactly the rows of one clean run.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from brinkwatch.errors import BrinkwatchError, InputError
from brinkwatch.ingest import IngestOptions, read_inputs
from brinkwatch.model import Document, Event
from brinkwatch.store import EventStore
from brinkwatch.store.duckdb_store import WriteResult

LOGGER = logging.getLogger(__name__)

_MAX_ERROR_SAMPLES = 20


@dataclass(slots=True)
class CodingFailure:
    """Why one document could not be coded (picklable across processes, unlike exceptions with kwargs)."""

    position: int | str | None
    message: str


CodedDocument = tuple[Document, list[Event] | CodingFailure]


@dataclass
class IngestSummary:
    """Counts of one run, updated as it goes (the progress display reads it)."""

    read: int = 0  # documents read from the inputs
    stored: int = 0  # new documents written
    recoded: int = 0  # documents re-coded by a newer coder version (events replaced)
    skipped: int = 0  # already stored with this coder version, or repeated within this run
    events: int = 0  # events written
    errors: int = 0  # bad inputs and documents that could not be coded
    started: float = field(default_factory=time.monotonic)
    error_samples: list[str] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def docs_per_second(self) -> float:
        return (self.stored + self.recoded) / max(self.seconds, 1e-9)

    @property
    def events_per_second(self) -> float:
        return self.events / max(self.seconds, 1e-9)


@dataclass(slots=True)
class IngestSettings:
    coder: str = "rules"
    workers: int = 1
    batch_size: int = 32  # documents per task: their screened sentences are parsed together (Pipeline.code_many)
    write_batch: int = 32  # documents per store transaction
    write_interval: float = 1.0  # seconds: a slow run still commits at least this often
    parquet_dir: str | None = None


ProgressCallback = Callable[[IngestSummary], None]


def ingest(
    paths: Iterable[str | Path],
    store: EventStore,
    options: IngestOptions | None = None,
    settings: IngestSettings | None = None,
    feed_lists: Iterable[str | Path] = (),
    on_progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Read, code and store everything in `paths` (and the feeds listed in `feed_lists`)."""
    from brinkwatch import pipeline

    settings = settings or IngestSettings()
    version = pipeline.CODER_VERSION
    summary = IngestSummary()
    notify = on_progress or (lambda _summary: None)
    items = read_inputs(paths, options, feed_lists)
    pending = _documents_to_code(items, store, version, summary, notify, settings.write_batch)
    writer = _BatchWriter(store, version, summary, settings)
    for doc, outcome in _code(pending, settings):
        writer.add(doc, outcome)
        notify(summary)
    writer.flush()
    notify(summary)
    if settings.parquet_dir:
        store.write_parquet(settings.parquet_dir)
    return summary


def _documents_to_code(
    items: Iterator[Document | InputError],
    store: EventStore,
    version: str,
    summary: IngestSummary,
    notify: ProgressCallback,
    chunk_size: int,
) -> Iterator[Document]:
    """Record bad inputs; drop documents stored by this coder version already or seen earlier this run."""
    seen: set[str] = set()
    chunk: list[Document] = []

    def new_in(chunk: list[Document]) -> Iterator[Document]:
        # One query per chunk instead of one per document: resuming a large run skips quickly.
        stored = store.stored_versions([doc.doc_id for doc in chunk])
        for doc in chunk:
            if doc.doc_id in seen or (doc.doc_id in stored and stored[doc.doc_id] == version):
                summary.skipped += 1
                continue
            seen.add(doc.doc_id)
            yield doc
        notify(summary)

    for item in items:
        if isinstance(item, InputError):
            _record_error(store, summary, item.input, item.position, item.message)
            notify(summary)
            continue
        summary.read += 1
        chunk.append(item)
        if len(chunk) >= chunk_size:
            yield from new_in(chunk)
            chunk = []
    if chunk:
        yield from new_in(chunk)


class _BatchWriter:
    """Collects coded documents and writes them a few at a time, each batch in one transaction.

    A commit costs milliseconds, so one per document would bound throughput; a batch is still atomic,
    so a kill loses at most the batch in progress, which the next run codes again.
    """

    def __init__(self, store: EventStore, version: str, summary: IngestSummary, settings: IngestSettings):
        self.store = store
        self.version = version
        self.summary = summary
        self.size = settings.write_batch
        self.max_wait = settings.write_interval
        self.buffer: list[tuple[Document, list[Event]]] = []
        self.first_buffered = 0.0

    def add(self, doc: Document, outcome: list[Event] | CodingFailure) -> None:
        if isinstance(outcome, CodingFailure):
            where, line = split_source(doc.source_path or doc.doc_id)
            position = line if line is not None else outcome.position
            message = f"{outcome.message} ({doc.doc_id})"
            _record_error(self.store, self.summary, where, position, message)
            return
        if not self.buffer:
            self.first_buffered = time.monotonic()
        self.buffer.append((doc, outcome))
        if len(self.buffer) >= self.size or time.monotonic() - self.first_buffered > self.max_wait:
            self.flush()

    def flush(self) -> None:
        if not self.buffer:
            return
        buffer, self.buffer = self.buffer, []
        try:
            written = list(zip(buffer, self.store.write_many(buffer, coder_version=self.version), strict=True))
        except Exception:  # noqa: BLE001 - the batch was rolled back: write one by one, skip only the bad one
            written = [pair for item in buffer if (pair := self._write_one(item)) is not None]
        for (doc, _events), result in written:
            if result.inserted:
                self.summary.stored += 1
            else:
                self.summary.recoded += 1
            self.summary.events += result.n_events
            LOGGER.info("stored %s (%d events) from %s", doc.doc_id, result.n_events, doc.source_path)

    def _write_one(self, item: tuple[Document, list[Event]]) -> tuple[tuple[Document, list[Event]], WriteResult] | None:
        doc = item[0]
        try:
            return item, self.store.write_many([item], coder_version=self.version)[0]
        except Exception as exc:  # noqa: BLE001 - the document boundary of the writer
            where, line = split_source(doc.source_path or doc.doc_id)
            _record_error(self.store, self.summary, where, line, f"cannot store ({doc.doc_id}): {exc}")
            return None


def split_source(source_path: str) -> tuple[str, int | None]:
    """'corpus.jsonl:12' -> ('corpus.jsonl', 12); a path without a line number -> (path, None).

    Errors name the input and the line in two columns, however the error arose.
    """
    name, _, tail = source_path.rpartition(":")
    if name and tail.isdigit() and len(tail) < 12:
        return name, int(tail)
    return source_path, None


def _record_error(
    store: EventStore, summary: IngestSummary, input: str | None, position: int | str | None, message: str
) -> None:
    try:
        store.record_error(input, position, message)
    except Exception:  # noqa: BLE001 - a failed error record must not end the run; it is counted and logged
        LOGGER.exception("could not record the error of %s", input)
    summary.errors += 1
    if len(summary.error_samples) < _MAX_ERROR_SAMPLES:
        where = f"{input}:{position}" if position is not None else str(input)
        summary.error_samples.append(f"{where}: {message}")
    LOGGER.info("error %s:%s: %s", input, position, message)


# -- coding, in this process or in a pool -------------------------------------------------------------


def code_batch(docs: list[Document], coder: str) -> list[CodedDocument]:
    """Code a batch; one document's failure (even an unexpected exception) never loses the others."""
    from brinkwatch.pipeline import code_documents

    try:
        return [(doc, _as_outcome(result)) for doc, result in code_documents(docs, coder=coder)]
    except Exception:  # a coder bug: redo one by one so only the document that triggers it is lost
        if len(docs) == 1:
            LOGGER.exception("coder failed on %s", docs[0].doc_id)
            return [(docs[0], CodingFailure(None, "coder failed with an internal error"))]
        return [coded for doc in docs for coded in code_batch([doc], coder)]


def _as_outcome(result: list[Event] | BrinkwatchError) -> list[Event] | CodingFailure:
    if isinstance(result, BrinkwatchError):
        return CodingFailure(result.position, result.message)
    return list(result)


def in_batches(docs: Iterator[Document], size: int) -> Iterator[list[Document]]:
    """Lists of `size` documents (the last may be shorter), read lazily from `docs`."""
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _code(docs: Iterator[Document], settings: IngestSettings) -> Iterator[CodedDocument]:
    if settings.workers <= 1:
        for batch in in_batches(docs, settings.batch_size):
            yield from code_batch(batch, settings.coder)
        return
    yield from _code_in_pool(docs, settings)


def exit_with_parent(parent_pid: int, interval: float = 0.5) -> None:
    """Worker initializer: end this worker as soon as the process that started it is gone.

    A parent killed with SIGKILL runs no clean-up, and a worker blocked on its task queue would live on
    (holding the NLP models, ~0.5 GB); a daemon thread polls the parent's id instead.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _code_in_pool(docs: Iterator[Document], settings: IngestSettings) -> Iterator[CodedDocument]:
    """Code batches in worker processes, keeping only a few batches in flight so memory stays flat.

    Workers are spawned, not forked: the parent holds DuckDB's threads and locks, which a fork copies.
    Each worker loads the NLP models once, on its first batch.
    """
    max_in_flight = settings.workers * 2
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(
            max_workers=settings.workers, mp_context=context, initializer=exit_with_parent, initargs=(os.getpid(),)
        ) as pool:
            in_flight: deque[Future[list[CodedDocument]]] = deque()
            for batch in in_batches(docs, settings.batch_size):
                in_flight.append(pool.submit(code_batch, batch, settings.coder))
                if len(in_flight) >= max_in_flight:
                    yield from in_flight.popleft().result()
            while in_flight:
                yield from in_flight.popleft().result()
    except BrokenProcessPool as exc:
        # Everything written so far is kept; running the same command again resumes after it.
        raise BrinkwatchError(f"a worker process died ({exc}); rerun to resume", input="ingest") from exc
