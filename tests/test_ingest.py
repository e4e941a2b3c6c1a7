"""Ingest: every reader on realistic inputs, bad input as typed errors, feeds over a local HTTP server,
the ingest run into a store (idempotent, re-coding), and the `ingest`/`query` commands."""

from __future__ import annotations

import gzip
import http.server
import json
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from brinkwatch.batch import IngestSettings, ingest
from brinkwatch.errors import InputError, exit_status_for_skipped
from brinkwatch.ingest import IngestOptions, read_inputs
from brinkwatch.model import ActorRef, Document, Event
from brinkwatch.store import EventStore

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SAMPLES = Path(__file__).parent.parent / "samples"


def read_all(
    *paths, options: IngestOptions | None = None, **kwargs
) -> tuple[list[Document], list[InputError]]:
    docs, errors = [], []
    for item in read_inputs([str(p) for p in paths], options, **kwargs):
        (errors if isinstance(item, InputError) else docs).append(item)
    return docs, errors


# -- readers -------------------------------------------------------------------------------------------


def test_plain_text_keeps_text_and_takes_headline_as_title():
    (doc,), errors = read_all(FIXTURES / "story.txt")
    assert errors == []
    assert doc.title == "Ceasefire talks resume in Doha"
    assert doc.text == (FIXTURES / "story.txt").read_text(encoding="utf-8")
    assert doc.source_path.endswith("story.txt") and doc.url is None


def test_html_article_text_and_metadata():
    (doc,), errors = read_all(FIXTURES / "article.html")
    assert errors == []
    assert "Armenian troops had opened fire" in doc.text
    assert "Subscribe" not in doc.text and "All rights reserved" not in doc.text  # boilerplate dropped
    assert doc.title == "Armenia and Azerbaijan trade accusations after border clash"
    assert doc.outlet == "Caucasus Ledger"
    assert doc.published == date(2023, 5, 4)
    assert doc.url == "https://ledger.example/2023/05/04/border-clash"


def test_html_without_article_text_is_an_error():
    docs, (error,) = read_all(FIXTURES / "no_article.html")
    assert docs == []
    assert error.input.endswith("no_article.html") and "no article text" in error.message


def test_jsonl_reads_good_lines_and_reports_bad_ones_by_line():
    docs, errors = read_all(FIXTURES / "corpus.jsonl")
    assert [d.url for d in docs] == ["https://wire.example/news/1", "https://wire.example/news/2", None]
    first, second, third = docs
    assert (first.outlet, first.published, first.title) == ("Example Wire", date(2022, 2, 24), docs[0].title)
    assert first.title == "Russia launches attack on Ukraine"
    assert second.outlet == "wire.example"  # no outlet field: the URL's site
    assert second.published == date(2022, 3, 1)  # "March 1, 2022"
    assert third.text.startswith("China abstained") and third.source_path.endswith("corpus.jsonl:6")
    by_line = {e.position: e.message for e in errors}
    assert set(by_line) == {3, 4, 7}
    assert "malformed JSON" in by_line[3]
    assert "no 'text' field" in by_line[4]
    assert "not a JSON object" in by_line[7]


def test_csv_rows_with_multiline_text_and_row_positions():
    docs, errors = read_all(FIXTURES / "stories.csv")
    assert [d.title for d in docs] == ["Biden and Putin meet in Geneva", "Kremlin comments on summit"]
    assert "\n\nBoth sides agreed" in docs[0].text
    assert docs[0].published == date(2021, 6, 16)
    assert docs[1].source_path.endswith("stories.csv:5")  # the first row spans lines 2-4
    (error,) = errors
    assert (error.position, error.message) == (6, "empty text")


def test_csv_without_the_text_column_is_one_error_then_field_names_fix_it():
    docs, (error,) = read_all(FIXTURES / "headlines.csv")
    assert docs == [] and error.position == 1
    assert "no 'text' column" in error.message and "headline" in error.message
    options = IngestOptions(text_field="headline", date_field="published")
    (doc,), errors = read_all(FIXTURES / "headlines.csv", options=options)
    assert errors == [] and doc.text == "Iran seizes tanker in Gulf" and doc.published == date(2021, 1, 1)


def test_binary_file_named_txt_is_an_error(tmp_path):
    fake = tmp_path / "photo.txt"
    fake.write_bytes(bytes(range(256)) * 40)
    zipped = tmp_path / "notes.txt"
    zipped.write_bytes(gzip.compress(b"Troops moved to the border overnight. " * 200))
    docs, errors = read_all(fake, zipped)
    assert docs == []
    assert [Path(e.input).name for e in errors] == ["photo.txt", "notes.txt"]
    assert all("binary" in e.message or "not text" in e.message for e in errors)


def test_unreadable_and_missing_files_are_errors(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text("Protesters gathered in the capital.", encoding="utf-8")
    real_open = Path.open

    def deny(self, *args, **kwargs):  # tests may run as root, where chmod 000 does not stop reads
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    docs, errors = read_all(locked, tmp_path / "absent.jsonl", FIXTURES / "story.txt")
    assert len(docs) == 1  # the good file after the bad ones is still read
    assert ["Permission denied" in errors[0].message, "no such file" in errors[1].message] == [True, True]


def test_huge_document_is_rejected_without_reading_it_all(tmp_path):
    huge = tmp_path / "dump.txt"
    huge.write_bytes(b"The army said it shelled positions near the border. " * 1_000_000)  # ~52 MB
    started = time.perf_counter()
    docs, (error,) = read_all(huge)
    assert docs == [] and "larger than" in error.message
    assert time.perf_counter() - started < 5
    options = IngestOptions(max_chars=100)
    docs, errors = read_all(FIXTURES / "corpus.jsonl", options=options)
    assert [d.text[:5] for d in docs] == ["China"]  # only the short story fits
    assert any("over the limit of 100" in e.message for e in errors)


def test_gzip_and_zip_archives_read_like_their_contents(tmp_path):
    gz = tmp_path / "corpus.jsonl.gz"
    gz.write_bytes(gzip.compress((FIXTURES / "corpus.jsonl").read_bytes()))
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(FIXTURES / "stories.csv", "wire/stories.csv")
        z.write(FIXTURES / "article.html", "pages/article.html")
        z.writestr("README.md", "# not a story")
    plain_docs, plain_errors = read_all(FIXTURES / "corpus.jsonl")
    gz_docs, gz_errors = read_all(gz)
    assert [d.text for d in gz_docs] == [d.text for d in plain_docs]
    assert [e.position for e in gz_errors] == [e.position for e in plain_errors]
    assert gz_docs[0].source_path.endswith("corpus.jsonl:1")
    zip_docs, zip_errors = read_all(archive)
    assert [d.title for d in zip_docs] == [
        "Armenia and Azerbaijan trade accusations after border clash",
        "Biden and Putin meet in Geneva",
        "Kremlin comments on summit",
    ]
    assert [e.input for e in zip_errors] == [f"{archive}!wire/stories.csv"]
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 truncated")
    assert "zip" in read_all(broken)[1][0].message


def test_folder_reads_known_kinds_only(tmp_path):
    shutil.copy(FIXTURES / "stories.csv", tmp_path / "a.csv")
    shutil.copy(FIXTURES / "story.txt", tmp_path / "b.txt")
    (tmp_path / "README.md").write_text("# Corpus\nCollected by hand.", encoding="utf-8")
    docs, errors = read_all(tmp_path)
    assert len(docs) == 3 and len(errors) == 1


def test_bundled_demo_corpus_reads_cleanly():
    docs, errors = read_all(SAMPLES / "wikinews", SAMPLES / "seed")
    assert errors == []
    assert len(docs) == 296 and len({d.doc_id for d in docs}) == 296
    wikinews = [d for d in docs if d.url]
    assert all(d.published and d.title and d.outlet == "en.wikinews.org" for d in wikinews)


# -- feeds over a local HTTP server ----------------------------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    requests: list[tuple[float, str, str]] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        _Handler.requests.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
        base = f"http://127.0.0.1:{self.server.server_port}"
        if self.path == "/feed.xml":
            body = (FIXTURES / "feed.xml").read_text(encoding="utf-8").replace("{base}", base).encode()
            return self._send(200, "application/rss+xml", body)
        if self.path == "/article.html":
            return self._send(200, "text/html; charset=utf-8", (FIXTURES / "article.html").read_bytes())
        if self.path == "/garbage":
            return self._send(200, "application/octet-stream", bytes(range(256)) * 8)
        if self.path == "/slow":
            time.sleep(1.5)
            return self._send(200, "text/html", b"<html></html>")
        if self.path == "/huge":
            return self._send(200, "text/html", b"<p>" + b"x" * 200_000 + b"</p>")
        return self._send(404, "text/plain", b"not found")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture()
def server():
    _Handler.requests = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_feed_entries_become_documents(server, tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# my feeds\n{server}/feed.xml\n\n", encoding="utf-8")
    options = IngestOptions(delay=0.0, user_agent="brinkwatch-test/1")
    docs, errors = read_all(options=options, feed_lists=[feeds])
    assert [d.title for d in docs] == [
        "Armenia and Azerbaijan trade accusations after border clash",
        "Georgia's parliament passes foreign agents bill",
    ]
    fetched, in_feed = docs
    assert "Armenian troops had opened fire" in fetched.text  # teaser only: the page was fetched
    assert fetched.outlet == "Caucasus Ledger" and fetched.published == date(2023, 5, 4)
    assert in_feed.text.startswith("Georgia's parliament on Tuesday passed a law")  # full text in the feed
    assert in_feed.published == date(2024, 5, 14) and in_feed.url == f"{server}/full-content-in-feed"
    (missing,) = errors
    assert missing.input == f"{server}/missing.html" and "HTTP 404" in missing.message
    paths = [path for _, path, _ in _Handler.requests]
    assert paths == ["/feed.xml", "/article.html", "/missing.html"]
    assert {agent for _, _, agent in _Handler.requests} == {"brinkwatch-test/1"}


def test_page_url_is_read_as_an_article(server):
    (doc,), errors = read_all(f"{server}/article.html", options=IngestOptions(delay=0.0))
    assert errors == [] and doc.outlet == "Caucasus Ledger"


def test_bad_feeds_are_errors_not_crashes(server):
    options = IngestOptions(delay=0.0, timeout=0.5, max_bytes=100_000)
    urls = [f"{server}/garbage", f"{server}/slow", f"{server}/huge", "http://127.0.0.1:9/refused"]
    docs, errors = read_all(*urls, options=options)
    assert docs == []
    messages = {e.input.rsplit("/", 1)[-1]: e.message for e in errors}
    assert "neither a feed nor a web page" in messages["garbage"]
    assert "timed out" in messages["slow"]
    assert "over the limit of 100,000 bytes" in messages["huge"]
    assert "fetch failed" in messages["refused"]


def test_polite_delay_between_requests_to_one_host(server):
    read_all(f"{server}/article.html", f"{server}/article.html", options=IngestOptions(delay=0.4))
    first, second = (t for t, _, _ in _Handler.requests)
    assert second - first >= 0.35


# -- the ingest run into a store -------------------------------------------------------------------------


def fake_code_documents(docs, coder="rules"):
    """A stand-in coder: one 'accuse' event per sentence naming Armenia/Azerbaijan/Russia."""
    for doc in docs:
        events = []
        for index, sentence in enumerate(doc.text.split(". ")):
            if "Azerbaijan" in sentence or "Russia" in sentence:
                start = doc.text.find(sentence)
                events.append(Event(
                    doc_id=doc.doc_id, sentence_index=index, evidence_text=sentence,
                    evidence_start=start, evidence_end=start + len(sentence),
                    source=ActorRef(text="Azerbaijan", code="AZE"),
                    target=ActorRef(text="Armenia", code="ARM"),
                    cameo_code="112", cameo_root="11", cameo_name="Accuse", goldstein=-2.0, quad_class=3,
                    plover_type="ACCUSE", plover_mode=None, plover_context=None, trigger=f"s{index}",
                ))
        yield doc, events


@pytest.fixture()
def fake_coder(monkeypatch):
    from brinkwatch import pipeline

    monkeypatch.setattr(pipeline, "code_documents", fake_code_documents)
    monkeypatch.setattr(pipeline, "CODER_VERSION", "test-1")
    return pipeline


def store_rows(store: EventStore) -> dict[str, list[tuple]]:
    con = store.connection
    return {
        "documents": con.execute(
            "SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id").fetchall(),
        "events": con.execute("SELECT * FROM events ORDER BY event_id").fetchall(),
        "errors": con.execute('SELECT * EXCLUDE ("at") FROM errors ORDER BY input, position').fetchall(),
    }


def test_ingest_run_is_idempotent_and_recodes_with_a_newer_coder(tmp_path, fake_coder, monkeypatch):
    with EventStore(tmp_path / "events.duckdb") as store:
        first = ingest([FIXTURES], store, IngestOptions())
        assert (first.read, first.stored, first.errors) == (7, 7, 6)  # feed.xml is not a file kind
        assert first.events == store.counts().events > 0
        rows = store_rows(store)
        second = ingest([FIXTURES], store, IngestOptions())
        assert (second.stored, second.skipped, second.events) == (0, 7, 0)
        assert store_rows(store) == rows  # nothing added, nothing lost

        monkeypatch.setattr(fake_coder, "CODER_VERSION", "test-2")
        third = ingest([FIXTURES], store, IngestOptions())
        assert (third.stored, third.recoded) == (0, 7)
        versions = store.connection.execute("SELECT DISTINCT coder_version FROM documents").fetchall()
        assert versions == [("test-2",)]
        assert store.counts().events == first.events


def test_a_document_the_coder_rejects_is_an_error_and_the_batch_goes_on(tmp_path, monkeypatch, fake_coder):
    def picky(docs, coder="rules"):
        for doc, events in fake_code_documents(docs):
            if "Doha" in doc.text:
                yield doc, InputError("does not look like English text", input=doc.doc_id)
            elif "Kremlin" in doc.text:
                raise RuntimeError("coder bug")
            else:
                yield doc, events

    monkeypatch.setattr(fake_coder, "code_documents", picky)
    with EventStore(tmp_path / "events.duckdb") as store:
        summary = ingest([FIXTURES / "story.txt", FIXTURES / "stories.csv", FIXTURES / "article.html"], store)
        assert summary.stored == 2 and summary.errors == 3  # empty CSV row, Doha story, coder bug
        rows = store.connection.execute("SELECT message FROM errors ORDER BY message").fetchall()
        messages = [m for (m,) in rows]
        assert any("coder failed" in m for m in messages)
        assert any("does not look like English" in m for m in messages)


# -- commands --------------------------------------------------------------------------------------------


@pytest.fixture()
def cli():
    from brinkwatch.cli import app

    return lambda *args: CliRunner().invoke(app, [str(a) for a in args])


def test_ingest_and_query_commands(tmp_path, cli, fake_coder):
    db = tmp_path / "events.duckdb"
    result = cli("ingest", FIXTURES, "--db", db, "--no-progress", "--parquet", tmp_path / "pq")
    assert result.exit_code == exit_status_for_skipped(6) == 16, result.output  # the fixtures hold 6 bad inputs
    assert "documents stored (new)" in result.output and "errors" in result.output
    assert pq.read_table(tmp_path / "pq" / "documents").num_rows == 7

    result = cli("query", "SELECT title, published FROM documents WHERE url LIKE '%wire%' ORDER BY 1",
                 "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert records[0] == {"title": "Biden and Putin meet in Geneva", "published": "2021-06-16"}
    result = cli("query", "SELECT count(*) AS n FROM errors", "--db", db, "--format", "csv")
    assert result.output.splitlines() == ["n", "6"]
    result = cli("query", "SELECT doc_id, title FROM documents", "--db", db)
    assert "7 rows" in result.output
    out = tmp_path / "events.parquet"
    result = cli("query", "SELECT * FROM events", "--db", db, "--format", "parquet", "--out", out)
    assert result.exit_code == 0 and pq.read_table(out).num_rows > 0


def test_query_is_read_only_and_fails_without_a_traceback(tmp_path):
    db = tmp_path / "events.duckdb"
    with EventStore(db) as store:
        store.record_error("x.jsonl", 3, "malformed JSON")
    command = [sys.executable, "-m", "brinkwatch", "query", "DELETE FROM errors", "--db", str(db)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "read-only" in done.stderr
    with EventStore(db, read_only=True) as store:
        assert store.counts().errors == 1


@pytest.mark.slow
def test_worker_pool_gives_the_same_store_as_one_process(tmp_path):
    paths = [FIXTURES, SAMPLES / "seed"]
    with EventStore(tmp_path / "one.duckdb") as one, EventStore(tmp_path / "two.duckdb") as two:
        ingest(paths, one, settings=IngestSettings(workers=1))
        summary = ingest(paths, two, settings=IngestSettings(workers=2, batch_size=2))
        assert summary.stored == 8
        assert store_rows(one) == store_rows(two)
