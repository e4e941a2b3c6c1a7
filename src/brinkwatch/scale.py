"""The ingest pipeline on Ray Data, for corpora beyond one process pool.

    read inputs (driver) -> drop documents already stored -> Ray Data: code batches in a pool of
    actors (each loads the models once) -> Parquet shards, one row per document with its events
    -> load the shards into the store, one transaction per document (EventStore.write)

The store sees exactly what the plain `ingest` writes: the same documents, events, error rows and
skip rule (a document already stored by this coder version is not coded again), so a run killed at
any point and started again ends with the rows of one clean run.

Local Ray by default (`num_cpus` caps it); `address="ray://head:10001"` or `"auto"` joins a cluster,
whose workers need brinkwatch installed in the same version (see the README).
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa

from brinkwatch.batch import in_batches, split_source
from brinkwatch.errors import BrinkwatchError, InputError
from brinkwatch.model import Document, Event

LOGGER = logging.getLogger(__name__)

# One shard row per document: the document, and either its events (JSON list of Event.to_dict())
# or the reason it could not be coded.
SHARD_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("text", pa.string()), ("url", pa.string()), ("outlet", pa.string()),
    ("title", pa.string()), ("published", pa.string()), ("source_path", pa.string()),
    ("events", pa.string()), ("error_position", pa.string()), ("error_message", pa.string()),
    ("coder_version", pa.string()),
])
_DOC_FIELDS = ("doc_id", "text", "url", "outlet", "title", "published", "source_path")


@dataclass(slots=True)
class RaySettings:
    """How the Ray engine runs. `workers` coder actors, each taking `batch_size` documents at a time."""

    address: str | None = None  # None: start a local Ray; "auto" or "ray://host:10001": join a cluster
    num_cpus: int | None = None  # CPUs of the local Ray (ignored when joining a cluster)
    workers: int = 2
    batch_size: int = 32  # documents per coder call: their screened sentences are parsed together
    coder: str = "rules"
    object_store_mb: int = 512  # local Ray only; kept small because the machine is shared
    chunk_docs: int = 20_000  # documents the driver sends to Ray per Dataset (bounds driver memory)


def ingest_with_ray(
    docs_or_paths: Iterable[Document | str | Path],
    db_path: str | Path,
    parquet_dir: str | Path,
    address: str | None = None,
    num_cpus: int | None = None,
    coder: str = "rules",
    workers: int | None = None,
    options: Any = None,
    on_progress: Any = None,
) -> Any:
    """Ingest with Ray Data; returns brinkwatch.batch.IngestSummary, like the plain ingest.

    `docs_or_paths`: Documents, and/or paths/URLs read with brinkwatch.ingest (`options`:
    IngestOptions). Shards go to `parquet_dir/shards/<run id>/chunk-N/part-N.parquet`; the store is
    `db_path`.
    """
    from brinkwatch.store import EventStore

    settings = RaySettings(address=address, num_cpus=num_cpus, coder=coder,
                           workers=workers or num_cpus or 2)
    with EventStore(db_path) as store:
        return run(docs_or_paths, store, Path(parquet_dir), settings, options, on_progress)


def run(
    docs_or_paths: Iterable[Document | str | Path],
    store: Any,
    parquet_dir: Path,
    settings: RaySettings,
    options: Any = None,
    on_progress: Any = None,
    feed_lists: Iterable[str | Path] = (),
) -> Any:
    """`ingest_with_ray` on an open EventStore (same arguments as the plain runner's `ingest`)."""
    from brinkwatch import pipeline
    from brinkwatch.batch import IngestSummary

    summary = IngestSummary()
    notify = on_progress or (lambda _summary: None)
    version = pipeline.CODER_VERSION
    pending = _documents_to_code(_inputs(docs_or_paths, options, feed_lists), store, version, summary)
    shard_dir = parquet_dir / "shards" / f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
    # The driver holds one chunk of documents at a time, so memory stays flat on huge corpora.
    for number, chunk in enumerate(in_batches(pending, settings.chunk_docs)):
        notify(summary)
        for shard in code_to_shards(chunk, shard_dir / f"chunk-{number:05d}", settings):
            load_shard(shard, store, summary, notify)
    notify(summary)
    return summary


# ---------------------------------------------------------------- reading and skipping


def _inputs(
    items: Iterable[Document | str | Path], options: Any, feed_lists: Iterable[str | Path] = ()
) -> Iterator[Document | InputError]:
    from brinkwatch.ingest import read_inputs

    paths: list[str | Path] = []
    for item in items:
        if isinstance(item, Document):
            yield item
        else:
            paths.append(item)
    feed_lists = list(feed_lists)
    if paths or feed_lists:
        yield from read_inputs(paths, options, feed_lists)


def _documents_to_code(
    items: Iterator[Document | InputError], store: Any, version: str, summary: Any
) -> Iterator[Document]:
    """The plain ingest's rule: record bad inputs; skip documents stored by this coder or seen twice."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            _record_error(store, summary, item.input, item.position, item.message)
            continue
        summary.read += 1
        if item.doc_id in seen or store.has_document(item.doc_id, version):
            summary.skipped += 1
            continue
        seen.add(item.doc_id)
        yield item


def _record_error(store: Any, summary: Any, input: str | None, position: Any, message: str) -> None:
    try:
        store.record_error(input, position, message)
    except Exception:  # noqa: BLE001 - a failed error record must not end the run; it is counted and logged
        LOGGER.exception("could not record the error of %s", input)
    summary.errors += 1
    if len(summary.error_samples) < 20:
        where = f"{input}:{position}" if position is not None else str(input)
        summary.error_samples.append(f"{where}: {message}")


# ---------------------------------------------------------------- coding on Ray


def _doc_record(doc: Document) -> dict[str, Any]:
    record = {name: getattr(doc, name) for name in _DOC_FIELDS}
    record["published"] = doc.published.isoformat() if doc.published else None
    return record


def _document(record: dict[str, Any]) -> Document:
    fields = {name: record.get(name) for name in _DOC_FIELDS}
    fields["published"] = date.fromisoformat(fields["published"]) if fields["published"] else None
    return Document(**fields)


class CodeBatch:
    """A Ray Data actor: loads the pipeline once, then codes one batch of documents per call."""

    def __init__(self, coder: str = "rules"):
        from brinkwatch import pipeline

        self.coder = coder
        self.version = pipeline.CODER_VERSION
        try:  # load models now, so the first batch is not slower than the others
            pipeline.Pipeline.default(coder)
        except ImportError:
            pass

    def __call__(self, batch: pa.Table) -> pa.Table:
        from brinkwatch.batch import CodingFailure, code_batch

        docs = [_document(record) for record in batch.to_pylist()]
        rows = []
        for doc, outcome in code_batch(docs, self.coder):
            row = _doc_record(doc)
            row["coder_version"] = self.version
            if isinstance(outcome, CodingFailure):
                row["error_position"] = None if outcome.position is None else str(outcome.position)
                row["error_message"] = outcome.message
            else:
                row["events"] = json.dumps([event.to_dict() for event in outcome], ensure_ascii=False)
            rows.append(row)
        return pa.Table.from_pylist(rows, schema=SHARD_SCHEMA)


def connect(settings: RaySettings) -> None:
    """Start local Ray, or join the cluster at `settings.address`; a running Ray is reused."""
    import ray

    if ray.is_initialized():
        return
    if settings.address:
        ray.init(address=settings.address, logging_level=logging.WARNING, log_to_driver=False)
        return
    ray.init(
        num_cpus=settings.num_cpus,
        object_store_memory=settings.object_store_mb * 1024 * 1024,
        include_dashboard=False,
        logging_level=logging.WARNING,
        log_to_driver=False,
    )


def code_to_shards(docs: Sequence[Document], shard_dir: Path, settings: RaySettings) -> Iterator[Path]:
    """Code `docs` on Ray Data; write each coded batch as a Parquet shard under `shard_dir`, yield its path.

    The driver writes the shards as results stream in: the coder actors hold one CPU each, so no CPU
    may be left for Ray write tasks (on a 2-CPU machine with 2 workers there is none).
    """
    import pyarrow.parquet as pq
    import ray.data

    connect(settings)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    input_schema = pa.schema([f for f in SHARD_SCHEMA if f.name in _DOC_FIELDS])
    table = pa.Table.from_pylist([_doc_record(doc) for doc in docs], schema=input_schema)
    # Blocks made here rather than by a repartition, which would need CPUs the actors hold.
    n_blocks = max(1, min(-(-len(docs) // settings.batch_size), settings.workers * 8))
    step = -(-len(docs) // n_blocks)
    blocks = [table.slice(offset, step) for offset in range(0, len(docs), step)]
    coded = ray.data.from_arrow(blocks).map_batches(
        CodeBatch,
        fn_constructor_kwargs={"coder": settings.coder},
        batch_size=settings.batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=settings.workers),
        num_cpus=1,
    )
    shard_dir.mkdir(parents=True, exist_ok=True)
    for number, batch in enumerate(coded.iter_batches(batch_format="pyarrow", batch_size=None)):
        shard = shard_dir / f"part-{number:05d}.parquet"
        pq.write_table(batch, shard, compression="zstd")
        yield shard


# ---------------------------------------------------------------- loading shards into the store


def load_shards(shard_dir: Path, store: Any, summary: Any, notify: Any = None) -> Any:
    """Load every shard under `shard_dir` (e.g. shards of a run whose loading was interrupted)."""
    for shard in sorted(shard_dir.rglob("*.parquet")):
        load_shard(shard, store, summary, notify)
    return summary


def load_shard(shard: Path, store: Any, summary: Any, notify: Any = None) -> None:
    """Write every document of one shard with its events (one transaction each) or record its error.

    Safe to run twice on the same shard: documents already stored by this coder version are skipped.
    """
    import pyarrow.parquet as pq

    for record in pq.read_table(shard).to_pylist():
        _load_record(record, store, summary)
        if notify is not None:
            notify(summary)


def _load_record(record: dict[str, Any], store: Any, summary: Any) -> None:
    doc = _document(record)
    version = record["coder_version"]
    if record.get("error_message") is not None:
        where, line = split_source(doc.source_path or doc.doc_id)
        position = line if line is not None else record.get("error_position")
        _record_error(store, summary, where, position, f"{record['error_message']} ({doc.doc_id})")
        return
    if store.has_document(doc.doc_id, version):
        summary.skipped += 1
        return
    try:
        events = [Event.from_dict(d) for d in json.loads(record["events"] or "[]")]
        result = store.write(doc, events, coder_version=version)
    except Exception as exc:  # noqa: BLE001 - the writer's document boundary: skip this document only
        where, line = split_source(doc.source_path or doc.doc_id)
        message = exc.message if isinstance(exc, BrinkwatchError) else f"{type(exc).__name__}: {exc}"
        _record_error(store, summary, where, line, f"cannot store ({doc.doc_id}): {message}")
        return
    if result.inserted:
        summary.stored += 1
    else:
        summary.recoded += 1
    summary.events += result.n_events
