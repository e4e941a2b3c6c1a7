"""EventStore: idempotent writes, atomic re-coding, error records, filtered reads, read-only SQL."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pyarrow.parquet as pq
import pytest

from brinkwatch.errors import StoreError
from brinkwatch.model import ActorRef, Attribution, Document, Event, Location, Quantity
from brinkwatch.store import EventStore, open_read_only, row_to_event

STORY = (
    "Russian forces shelled Kharkiv on Tuesday, Ukrainian officials said. "
    "The United States condemned the attack and pledged 18 ATACMS missiles to Kyiv."
)


def make_doc(text: str = STORY, url: str | None = "https://example.org/a") -> Document:
    return Document(text=text, url=url, outlet="Example News", title="Shelling", published=date(2024, 3, 5))


def make_event(
    doc: Document, sentence: int, source: str, target: str, code: str, version: str = "1.0"
) -> Event:
    names = {"190": "Use conventional military force", "111": "Criticize or denounce", "070": "Provide aid"}
    return Event(
        doc_id=doc.doc_id,
        sentence_index=sentence,
        evidence_text="Russian forces shelled Kharkiv",
        evidence_start=0,
        evidence_end=30,
        source=ActorRef(text=source, code=source, country=source[:3], sector=source[3:] or None),
        target=ActorRef(text=target, code=target, country=target[:3]),
        cameo_code=code,
        cameo_root=code[:2],
        cameo_name=names.get(code, "?"),
        goldstein=-10.0 if code.startswith("19") else 3.0,
        quad_class=4 if code.startswith("19") else 2,
        plover_type="ATTACK" if code.startswith("19") else None,
        plover_mode=None,
        plover_context=None,
        attribution=[Attribution(name="Ukrainian officials", kind="official", cue="said")],
        trigger="shelled" if code.startswith("19") else "condemned",
        event_date="2024-03-05",
        date_precision="day",
        date_source="text",
        location=Location(name="Kharkiv", iso3="UKR", lat=49.99, lon=36.23, precision="city"),
        quantities=[Quantity(value=18, unit=None, noun="ATACMS missiles", text="18 ATACMS missiles")],
        confidence=0.8,
        coder_version=version,
    )


@pytest.fixture()
def store(tmp_path):
    with EventStore(tmp_path / "events.duckdb") as s:
        yield s


def table_rows(con: duckdb.DuckDBPyConnection, table: str, skip: tuple[str, ...] = ()) -> list[tuple]:
    cols = [c[0] for c in con.execute(f"SELECT * FROM {table} LIMIT 0").description if c[0] not in skip]
    return sorted(con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)


def test_write_stores_document_and_events(store):
    doc = make_doc()
    events = [make_event(doc, 0, "RUSMIL", "UKR", "190"), make_event(doc, 1, "USA", "RUS", "111")]
    result = store.write(doc, events)
    assert result.inserted and result.n_events == 2
    row = store.connection.execute(
        "SELECT url, outlet, title, published, n_events, coder_version, n_chars FROM documents"
    ).fetchone()
    expected = ("https://example.org/a", "Example News", "Shelling", date(2024, 3, 5), 2, "1.0", len(STORY))
    assert row == expected
    origin, published = store.connection.execute("SELECT DISTINCT origin, published FROM events").fetchone()
    assert (origin, published) == ("brinkwatch", date(2024, 3, 5))
    assert store.has_document(doc.doc_id)
    assert store.has_document(doc.doc_id, "1.0")
    assert not store.has_document(doc.doc_id, "2.0")
    assert not store.has_document("doc-unknown")


def test_writing_the_same_document_twice_adds_nothing(store):
    doc = make_doc()
    events = [make_event(doc, 0, "RUSMIL", "UKR", "190")]
    store.write(doc, events)
    before = table_rows(store.connection, "events")
    again = store.write(make_doc(), [make_event(make_doc(), 0, "RUSMIL", "UKR", "190")])
    assert not again.inserted
    assert store.counts().documents == 1
    assert table_rows(store.connection, "events") == before


def test_recoding_with_newer_version_replaces_events(store):
    doc = make_doc()
    store.write(doc, [make_event(doc, 0, "RUSMIL", "UKR", "190"), make_event(doc, 1, "USA", "RUS", "111")])
    # The new coder keeps one event (same id) and finds a different second one.
    recoded = [
        make_event(doc, 0, "RUSMIL", "UKR", "190", "2.0"),
        make_event(doc, 1, "USA", "UKR", "070", "2.0"),
    ]
    store.write(doc, recoded)
    sql = "SELECT cameo_code, coder_version FROM events ORDER BY cameo_code"
    rows = store.connection.execute(sql).fetchall()
    assert rows == [("070", "2.0"), ("190", "2.0")]
    assert store.connection.execute("SELECT coder_version, n_events FROM documents").fetchone() == ("2.0", 2)


def test_failed_recode_leaves_previous_events(store, monkeypatch):
    doc = make_doc()
    store.write(doc, [make_event(doc, 0, "RUSMIL", "UKR", "190")])
    before = table_rows(store.connection, "events")

    def broken_insert(*args, **kwargs):
        raise duckdb.IOException("disk full")

    # Fail in the middle of the transaction: after the DELETE of the old events, at the insert.
    monkeypatch.setattr(store, "_insert_rows", broken_insert)
    with pytest.raises(StoreError):
        store.write(doc, [make_event(doc, 1, "USA", "RUS", "111", "2.0")])
    monkeypatch.undo()
    assert table_rows(store.connection, "events") == before
    assert store.has_document(doc.doc_id, "1.0")


def test_documents_without_events_are_remembered(store):
    docs = [make_doc(), make_doc("A quiet day in Geneva as talks resumed.", url=None)]
    assert store.add_documents(docs, coder_version="1.0") == 2
    assert store.add_documents(docs, coder_version="1.0") == 0
    assert all(store.has_document(d.doc_id, "1.0") for d in docs)
    assert store.counts().events == 0


def test_errors_are_recorded_once(store):
    assert store.record_error("corpus.jsonl", 7, "line is not valid JSON")
    assert not store.record_error("corpus.jsonl", 7, "line is not valid JSON")
    assert store.record_error("corpus.jsonl", 9, "line is not valid JSON")
    assert store.record_error("feeds.txt", None, "timed out")
    assert not store.record_error("feeds.txt", None, "timed out")
    sql = "SELECT input, position, message FROM errors ORDER BY position"
    rows = store.connection.execute(sql).fetchall()
    assert rows == [
        ("corpus.jsonl", "7", "line is not valid JSON"),
        ("corpus.jsonl", "9", "line is not valid JSON"),
        ("feeds.txt", None, "timed out"),
    ]


def test_events_round_trip_and_filters(store):
    doc = make_doc()
    original = [make_event(doc, 0, "RUSMIL", "UKR", "190"), make_event(doc, 1, "USA", "RUS", "111")]
    store.write(doc, original)
    other = make_doc("Chinese and Russian envoys met in Beijing on Friday.", url="https://example.org/b")
    store.write(other, [make_event(other, 0, "CHN", "RUS", "070")])

    back = store.events(doc_id=doc.doc_id)
    assert [e.to_dict() for e in back] == [e.to_dict() for e in original]
    assert [e.cameo_code for e in store.events(source="RUS")] == ["190"]  # prefix: RUSMIL
    assert sorted(e.cameo_code for e in store.events(actor="RUS")) == ["070", "111", "190"]
    assert [e.cameo_code for e in store.events(source="USA", target="RUS")] == ["111"]
    assert [e.cameo_code for e in store.events(cameo_root="19")] == ["190"]
    assert store.events(start="2024-03-06") == []
    assert len(store.events(start=date(2024, 3, 5), end="2024-03-05")) == 3
    assert len(store.events(limit=1)) == 1
    # Filters are values, never SQL: a hostile value matches nothing and harms nothing.
    assert store.events(source="X' OR 1=1 --") == []
    assert store.counts().events == 3


def test_imported_events_keep_origin_and_ids(store):
    doc = make_doc()
    imported = [make_event(doc, i, "USA", "RUS", "111") for i in range(3)]
    assert store.add_events(imported, origin="gdelt", published="2024-03-05", batch_size=2) == 3
    assert store.add_events(imported, origin="gdelt") == 0
    assert store.connection.execute("SELECT DISTINCT origin FROM events").fetchall() == [("gdelt",)]
    assert store.add_event_rows([{"event_id": "ev-x", "cameo_code": "042", "event_date": "2020-01-02"}]) == 1
    row = store.event_rows(cameo_code="042")[0]
    assert (row["event_date"], row["origin"], row["source_code"]) == (date(2020, 1, 2), "brinkwatch", None)
    assert row_to_event(row).source is None


def test_read_only_store_and_user_sql(tmp_path):
    path = tmp_path / "events.duckdb"
    with EventStore(path) as s:
        doc = make_doc()
        s.write(doc, [make_event(doc, 0, "RUSMIL", "UKR", "190")])
    with EventStore(path, read_only=True) as ro:
        assert ro.counts().events == 1
        with pytest.raises(duckdb.Error):
            ro.connection.execute("DELETE FROM events")
    con = open_read_only(path)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)
        hostile = (
            "DELETE FROM events",
            f"COPY events TO '{tmp_path / 'leak.csv'}'",
            "SELECT * FROM read_csv('/etc/hostname')",
        )
        for sql in hostile:
            with pytest.raises(duckdb.Error):
                con.execute(sql)
    finally:
        con.close()
    assert not (tmp_path / "leak.csv").exists()


def test_missing_store_is_a_typed_error(tmp_path):
    with pytest.raises(StoreError) as info:
        EventStore(tmp_path / "nothing.duckdb", read_only=True)
    assert "nothing.duckdb" in str(info.value)
    with pytest.raises(StoreError):
        open_read_only(tmp_path / "nothing.duckdb")


def test_parquet_copy_is_partitioned(store, tmp_path):
    doc = make_doc()
    store.write(doc, [make_event(doc, 0, "RUSMIL", "UKR", "190")])
    store.record_error("x.csv", 2, "no text")
    out = store.write_parquet(tmp_path / "pq")
    assert (out / "events" / "year=2024").is_dir()
    events = pq.read_table(out / "events").to_pylist()
    assert [e["cameo_code"] for e in events] == ["190"]
    assert json.loads(events[0]["location"])["name"] == "Kharkiv"
    assert pq.read_table(out / "errors.parquet").num_rows == 1
    store.write_parquet(tmp_path / "pq")  # rewriting is allowed and gives the same rows
    assert pq.read_table(out / "events").num_rows == 1
