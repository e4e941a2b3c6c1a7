"""The Ray engine: shards carry exactly what the plain ingest stores; a real Ray run matches it."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from brinkwatch.batch import IngestSettings, IngestSummary, ingest
from brinkwatch.model import Document
from brinkwatch.scale import SHARD_SCHEMA, CodeBatch, _doc_record, ingest_with_ray, load_shard
from brinkwatch.store import EventStore

WIKINEWS = Path(__file__).resolve().parents[1] / "samples" / "wikinews" / "wikinews_2019.csv"


def _wikinews(n: int, tmp_path: Path) -> Path:
    """The first `n` real Wikinews stories of 2019 as a small CSV corpus."""
    csv.field_size_limit(10**8)
    with WIKINEWS.open(encoding="utf-8", newline="") as handle:
        rows = [row for _, row in zip(range(n), csv.DictReader(handle), strict=False)]
    path = tmp_path / "corpus.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _snapshot(db: Path) -> tuple[list, list, int]:
    with EventStore(db) as store:
        con = store.connection
        docs = con.execute("SELECT doc_id, url, published, n_events, coder_version FROM documents "
                           "ORDER BY doc_id").fetchall()
        events = con.execute("SELECT event_id, doc_id, cameo_code, source_code, target_code, goldstein, "
                             "modality, event_date FROM events ORDER BY event_id").fetchall()
        errors = store.counts().errors
    return docs, events, errors


def _plain_ingest(corpus: Path, db: Path) -> IngestSummary:
    with EventStore(db) as store:
        return ingest([corpus], store, settings=IngestSettings(workers=1))


def test_a_shard_loads_into_the_same_rows_as_the_plain_ingest(tmp_path: Path) -> None:
    corpus = _wikinews(6, tmp_path)
    _plain_ingest(corpus, tmp_path / "plain.duckdb")

    from brinkwatch.ingest import read_inputs

    docs = [d for d in read_inputs([corpus]) if isinstance(d, Document)]
    batch = pa.Table.from_pylist([_doc_record(d) for d in docs])
    shard = tmp_path / "part-00000.parquet"
    pq.write_table(CodeBatch()(batch), shard)  # what one Ray actor does, here in-process
    assert pq.read_schema(shard).names == SHARD_SCHEMA.names

    db = tmp_path / "shards.duckdb"
    summary = IngestSummary()
    with EventStore(db) as store:
        load_shard(shard, store, summary)
        load_shard(shard, store, summary)  # loading the same shard again adds nothing
    assert summary.stored == 6 and summary.skipped == 6
    plain, from_shard = _snapshot(tmp_path / "plain.duckdb"), _snapshot(db)
    assert from_shard == plain
    assert len(plain[1]) > 0, "the sample stories should yield events"


def test_a_document_that_cannot_be_coded_becomes_an_error_row(tmp_path: Path) -> None:
    bad = Document(text="", doc_id="doc-empty", source_path="feed.jsonl:7", published=date(2020, 3, 1))
    good = Document(text="Russian troops shelled the Ukrainian town of Avdiivka on Monday, officials said.",
                    published=date(2020, 3, 2))
    shard = tmp_path / "part.parquet"
    pq.write_table(CodeBatch()(pa.Table.from_pylist([_doc_record(bad), _doc_record(good)])), shard)
    summary = IngestSummary()
    with EventStore(tmp_path / "s.duckdb") as store:
        load_shard(shard, store, summary)
        errors = store.connection.execute("SELECT input, position, message FROM errors").fetchall()
        stored = store.has_document(good.doc_id)
    assert (summary.stored, summary.errors) == (1, 1) and stored
    # Input and line in two columns, as every reader records them (issue 11, item 15).
    assert errors[0][:2] == ("feed.jsonl", "7") and "doc-empty" in errors[0][2]


@pytest.mark.slow
def test_ray_ingest_matches_the_plain_ingest_and_resumes(tmp_path: Path) -> None:
    pytest.importorskip("ray.data")
    import ray

    corpus = _wikinews(12, tmp_path)
    _plain_ingest(corpus, tmp_path / "plain.duckdb")
    db, shards = tmp_path / "ray.duckdb", tmp_path / "parquet"
    try:
        first = ingest_with_ray([corpus], db, shards, num_cpus=2, workers=2)
        second = ingest_with_ray([corpus], db, shards, num_cpus=2, workers=2)
    finally:
        ray.shutdown()
    assert first.stored == first.read == 12 and first.errors == 0
    assert (second.stored, second.skipped) == (0, 12)  # the same command again adds nothing
    assert _snapshot(db) == _snapshot(tmp_path / "plain.duckdb")
    assert list(shards.glob("shards/*/chunk-*/part-*.parquet"))
