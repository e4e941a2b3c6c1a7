"""Regression tests of issue 11: what a hostile input did to a run, an import or the dashboard.

One test (or a few) per numbered item of the issue; the fuzz suite (test_fuzz_inputs.py) then throws
thousands of generated bad inputs at the same boundaries.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import subprocess
import sys
import textwrap
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_analysis import build_sample_store
from test_ingest import fake_code_documents
from typer.testing import CliRunner

from brinkwatch.batch import IngestSettings, ingest
from brinkwatch.errors import InputError, exit_status_for_skipped
from brinkwatch.ingest import IngestOptions, read_inputs
from brinkwatch.ingest.dates import parse_published
from brinkwatch.model import Document, make_event_id
from brinkwatch.store import EventStore
from brinkwatch.store.formats import import_file
from brinkwatch.store.formats.common import numeric_id
from brinkwatch.store.formats.gdelt import GDELT2_COLUMNS, write_gdelt

STORY = "Russian forces shelled the port of Odesa on Tuesday, Ukrainian officials said."


@pytest.fixture()
def fake_coder(monkeypatch):
    from brinkwatch import pipeline

    monkeypatch.setattr(pipeline, "code_documents", fake_code_documents)
    monkeypatch.setattr(pipeline, "CODER_VERSION", "test-1")
    return pipeline


def cli(*args: object):
    from brinkwatch.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def good_line(n: int) -> str:
    return json.dumps({"url": f"https://good.example/{n}", "date": "2024-03-05", "text": f"{STORY} Report {n}."})


def stored_urls(store: EventStore) -> set[str]:
    return {u for (u,) in store.connection.execute("SELECT url FROM documents").fetchall()}


# -- 1. one bad record never aborts an ingest ---------------------------------------------------------


def write_hostile_folder(folder: Path) -> int:
    """The four kinds of record that aborted a whole ingest, beside good stories; returns how many good."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        good_line(1),
        '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}",  # RecursionError
        '{"text": "' + STORY + '", "date": ' + "9" * 5000 + "}",  # over 4,300 digits
        json.dumps({"text": STORY + " A", "outlet": "\udc00", "url": "https://x.example/\udc00", "title": "\udc00"}),
        good_line(2),
    ]
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    bad_name = os.fsencode(folder) + b"/story-\xff\xfe.txt"
    with open(bad_name, "wb") as handle:
        handle.write((STORY + " From a file with an undecodable name.").encode())
    (folder / "plain.txt").write_text(STORY + " Plain.", encoding="utf-8")
    return 3  # good_line 1 and 2, plain.txt (the surrogate record and the odd file name are stored too)


def test_hostile_records_are_skipped_and_the_rest_stored(tmp_path, fake_coder):
    good = write_hostile_folder(tmp_path / "in")
    with EventStore(tmp_path / "events.duckdb") as store:
        summary = ingest([tmp_path / "in"], store, IngestOptions())
        urls = stored_urls(store)
        messages = [m for (m,) in store.connection.execute("SELECT message FROM errors").fetchall()]
    assert {"https://good.example/1", "https://good.example/2"} <= urls
    assert summary.stored == good + 2 and summary.errors == 2
    assert any("nested too deeply" in m for m in messages)
    assert all("\n" not in m for m in messages)


def test_code_command_survives_hostile_records(tmp_path):
    write_hostile_folder(tmp_path / "in")
    result = cli("code", tmp_path / "in" / "corpus.jsonl")
    assert not isinstance(result.exception, RecursionError | UnicodeEncodeError | ValueError), result.output
    assert "Traceback" not in result.output


def test_a_store_failure_on_one_document_skips_only_that_document(tmp_path, fake_coder, monkeypatch):
    from brinkwatch.store import duckdb_store

    real = duckdb_store.EventStore.write_many

    def fail_on_marked(self, coded, *args, **kwargs):
        if any("POISON" in doc.text for doc, _ in coded):
            raise RuntimeError("simulated write failure")
        return real(self, coded, *args, **kwargs)

    monkeypatch.setattr(duckdb_store.EventStore, "write_many", fail_on_marked)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join([good_line(1), json.dumps({"text": STORY + " POISON"}), good_line(2)]) + "\n")
    with EventStore(tmp_path / "e.duckdb") as store:
        summary = ingest([corpus], store, IngestOptions())
        assert stored_urls(store) == {"https://good.example/1", "https://good.example/2"}
    assert summary.errors == 1 and "cannot store" in summary.error_samples[0]


# -- 2. an import is all-or-nothing per file -----------------------------------------------------------


def plover_record(n: int, **changes) -> str:
    record = {"id": f"r{n}", "date": "2024-02-01", "event": ["ASSAULT"], "actor": [{"code": "RUS"}],
              "recipient": [{"code": "UKR"}], "event_text": ["Russian drones struck Kharkiv."]}
    record.update(changes)
    return json.dumps(record)


def test_plover_records_of_wrong_types_are_skipped_not_a_traceback(tmp_path):
    lines = [plover_record(1), plover_record(2, event_text=[12345]), plover_record(3, actor=[{"code": "RUS", "sector": ["MIL"]}]),
             plover_record(4, modality={"x": 1}), plover_record(5, quad_code=10**40), plover_record(6, confidence=[1]),
             plover_record(7)]
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(lines) + "\n")
    with EventStore(tmp_path / "e.duckdb") as store:
        summary = import_file(store, "plover", path)
        ids = {i for (i,) in store.connection.execute("SELECT event_id FROM events").fetchall()}
    assert summary.added == 3 and len(summary.errors) == 4  # a number as event text is coerced to text
    assert {"plover-r1", "plover-r2", "plover-r7"} == ids


def test_a_truncated_gzip_adds_nothing(tmp_path):
    lines = [plover_record(n) for n in range(3000)]
    whole = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "p.jsonl.gz"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    with EventStore(tmp_path / "e.duckdb") as store:
        summary = import_file(store, "plover", path, batch_size=100)
        assert store.counts().events == 0
    assert summary.file_error is not None and summary.added == 0
    result = cli("import", "--format", "plover", path, "--db", tmp_path / "e.duckdb")
    assert result.exit_code == 11 and "nothing imported" in result.output and "Aborted" not in result.output


# -- 3. dates at the end of the calendar --------------------------------------------------------------


def test_year_9999_never_reaches_the_store_and_the_api_refuses_it(tmp_path, fake_coder):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": STORY, "date": "9999-12-31", "url": "https://a.example/1"}) + "\n")
    row = "\t".join("" for _ in GDELT2_COLUMNS).split("\t")
    fields = dict(zip(GDELT2_COLUMNS, row, strict=True))
    fields.update(GLOBALEVENTID="1", SQLDATE="99991231", EventCode="190", QuadClass="4", DATEADDED="99991231000000",
                  Actor1Code="RUS", Actor2Code="UKR")
    gdelt = tmp_path / "g.CSV"
    gdelt.write_text("\t".join(fields[c] for c in GDELT2_COLUMNS) + "\n")
    db = tmp_path / "e.duckdb"
    with EventStore(db) as store:
        ingest([corpus], store, IngestOptions())
        summary = import_file(store, "gdelt", gdelt)
        store.add_event_rows([{"event_id": "x-1", "cameo_code": "190", "event_date": "9999-12-31"}])
        days = store.connection.execute(
            "SELECT max(published) FROM documents UNION ALL SELECT max(event_date) FROM events").fetchall()
    assert summary.added == 0 and "outside 1800-2100" in summary.errors[0].message
    assert days == [(None,), (None,)]
    client = TestClient(create_app_for(db), raise_server_exceptions=False)
    assert client.get("/alerts").status_code == 200
    for url in ("/dyads/RUS/UKR/series?until=9999-12-31", "/events?since=0001-01-01", "/dyads?until=9999-12-31"):
        response = client.get(url)
        assert response.status_code == 400 and response.json()["ok"] is False, url


def create_app_for(db: Path):
    from brinkwatch.api import create_app

    return create_app(db)


# -- 4. one series request cannot exhaust memory ------------------------------------------------------


@pytest.fixture(scope="module")
def api(tmp_path_factory) -> TestClient:
    from brinkwatch.api import create_app

    path = build_sample_store(tmp_path_factory.mktemp("hardening") / "events.duckdb")
    return TestClient(create_app(path), raise_server_exceptions=False)


def test_series_has_a_maximum_number_of_periods(api):
    wide = api.get("/dyads/USA/IRN/series", params={"since": "1800-01-01", "until": "2100-01-01", "freq": "day"})
    assert wide.status_code == 400 and "4,000" in wide.json()["error"]
    ok = api.get("/dyads/USA/IRN/series", params={"since": "1990-01-01", "until": "2021-01-01", "freq": "month"})
    assert ok.status_code == 200 and len(ok.json()["points"]) == 373


def test_the_answer_cache_is_bounded_in_bytes():
    from brinkwatch.api.cache import ByteBoundedCache

    cache = ByteBoundedCache(max_bytes=10_000)
    for key in range(200):
        cache.get_or_compute(key, lambda key=key: {"points": "x" * 900, "key": key})
        assert cache.bytes <= 10_000
    assert 0 < len(cache) < 12
    assert cache.get_or_compute("big", lambda: "y" * 5_000) == "y" * 5_000 and "big" not in cache._items


# -- 5 and 13. POST /code and the API's hardening -------------------------------------------------------


def test_code_refuses_deep_nesting_and_other_media_types(api):
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    response = api.post("/code", content=deep, headers={"content-type": "application/json"})
    assert response.status_code == 422 and "nested too deeply" in response.json()["error"]
    plain = api.post("/code", content=json.dumps({"text": STORY}), headers={"content-type": "text/plain"})
    assert plain.status_code == 415 and plain.json()["ok"] is False


def test_code_runs_at_most_two_stories_at_once(api):
    api.app.state.coding = 2  # two requests in flight
    try:
        busy = api.post("/code", json={"text": STORY})
    finally:
        api.app.state.coding = 0
    assert busy.status_code == 429


def test_foreign_host_security_headers_and_offline_docs(api):
    assert api.get("/alerts", headers={"host": "evil.example"}).status_code == 400
    assert api.get("/alerts", headers={"host": "localhost:8000"}).status_code == 200
    page = api.get("/")
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY" and page.headers["x-content-type-options"] == "nosniff"
    docs = api.get("/docs")
    assert docs.status_code == 200 and "://" not in docs.text and "<script>" not in docs.text  # nothing remote or inline
    assert api.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert api.get("/static/docs.js").status_code == 200


def test_api_connection_has_no_file_access(api):
    with api.app.state.pool.cursor() as cur:
        with pytest.raises(Exception, match="disabled"):
            cur.execute("SELECT * FROM read_csv('/etc/hostname')").fetchall()


def test_an_unexpected_failure_is_a_500_in_the_json_shape(api, monkeypatch):
    from brinkwatch.api import app as app_module

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(app_module, "code_text", broken)
    response = api.post("/code", json={"text": STORY})
    assert response.status_code == 500 and response.json() == {
        "ok": False, "status": 500, "error": "internal error (logged on the server)"}


# -- 6. compressed bombs --------------------------------------------------------------------------------


def test_an_endless_compressed_line_is_refused_and_the_next_one_read(tmp_path):
    bomb = tmp_path / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb") as out:
        out.write(b'{"text": "')
        for _ in range(8):
            out.write(b"a" * (1 << 20))
        out.write(b'"}\n' + good_line(1).encode() + b"\n")
    items = list(read_inputs([bomb], IngestOptions(max_chars=1_000_000)))
    assert isinstance(items[0], InputError) and "longer than" in items[0].message
    assert isinstance(items[1], Document) and items[1].url == "https://good.example/1"


def test_a_huge_csv_field_in_a_zip_is_refused(tmp_path):
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("big.csv", 'text,url\n"' + "b" * 3_000_000 + '",u\n"' + STORY + '",https://ok.example\n')
    items = list(read_inputs([archive], IngestOptions(max_chars=1_000_000)))
    assert isinstance(items[0], InputError) and items[0].position == 2
    assert [i.url for i in items if isinstance(i, Document)] == ["https://ok.example"]


# -- 7. text is never markup, names are escaped ----------------------------------------------------------


def test_markup_and_escape_codes_in_names_print_as_text(tmp_path, fake_coder):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "h.csv").write_text("[/bold],body\nx,y\n")
    with zipfile.ZipFile(folder / "m.zip", "w") as z:
        z.writestr("x[/nope].txt", "")
    (folder / "esc\x1b[31mred\nline.txt").write_text("")
    result = cli("ingest", folder, "--db", tmp_path / "e.duckdb", "--no-progress")
    assert result.exit_code == exit_status_for_skipped(3), result.output
    assert "[/bold]" in result.output and "x[/nope].txt" in result.output
    assert "\x1b" not in result.output and "esc\\x1b[31mred\\nline.txt" in result.output


# -- 8. actor codes are validated on import ---------------------------------------------------------------


def test_imported_actor_codes_must_be_capital_letters_and_digits(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(plover_record(1, actor_code="<a href=//x.example>RUS</a>") + "\n" + plover_record(2) + "\n")
    with EventStore(tmp_path / "e.duckdb") as store:
        summary = import_file(store, "plover", path)
        codes = {c for (c,) in store.connection.execute("SELECT source_code FROM events").fetchall()}
    assert summary.added == 1 and codes == {"RUS"}
    assert "3-15 capital letters or digits" in summary.errors[0].message
    assert summary.errors[0].position == 1  # a line number, as every other skipped line records


# -- 9. export -------------------------------------------------------------------------------------------


def test_export_is_read_only_and_survives_a_huge_event_id(tmp_path):
    db = tmp_path / "e.duckdb"
    with EventStore(db) as store:
        store.add_event_rows([{"event_id": "gdelt-" + "7" * 5000, "cameo_code": "190", "event_date": "2024-01-02"}])
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}, read_only=True); "
         "print('open', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"  # a server holds the store read-only
        result = cli("export", "--format", "gdelt", tmp_path / "out.CSV", "--db", db)
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 0, result.output
    assert "1 event written" in result.output
    assert 0 < numeric_id("gdelt-" + "7" * 5000) < 2**52
    out = io.StringIO()
    assert write_gdelt([{"event_id": None, "cameo_code": "190"}, {"event_id": "gdelt-5", "cameo_code": "190"}], out) == 1


# -- 10. query ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sql", [";", "", "  ;  "])
def test_an_empty_query_is_a_usage_error(tmp_path, sql):
    EventStore(tmp_path / "e.duckdb").close()
    result = cli("query", sql, "--db", tmp_path / "e.duckdb")
    assert result.exit_code == 2 and "empty" in result.output and result.exception.__class__ is SystemExit


# -- 11. workers die with their parent ---------------------------------------------------------------------


@pytest.mark.slow
def test_pool_workers_exit_when_their_parent_is_killed(tmp_path):
    script = textwrap.dedent("""
        import multiprocessing, os, sys, time
        from concurrent.futures import ProcessPoolExecutor
        from brinkwatch.batch import exit_with_parent
        if __name__ == "__main__":
            pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=exit_with_parent, initargs=(os.getpid(),))
            pids = {pool.submit(os.getpid).result() for _ in range(4)}
            print(" ".join(map(str, pids)), flush=True)
            time.sleep(120)
    """)
    (tmp_path / "parent.py").write_text(script)
    parent = subprocess.Popen([sys.executable, str(tmp_path / "parent.py")], stdout=subprocess.PIPE, text=True)
    pids = [int(p) for p in parent.stdout.readline().split()]
    assert pids
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.2)
    assert not any(_alive(p) for p in pids)


def _alive(pid: int) -> bool:
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


# -- 12. garbage publication dates ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["-1", "7", "now", "+5", "yesterday", "in 3 days", "0", "9999-12-31", "Nov 2024"])
def test_garbage_publication_dates_are_no_dates(value):
    assert parse_published(value) is None


@pytest.mark.parametrize(("value", "day"), [("19 Nov 2024", date(2024, 11, 19)), ("Tue, 19 Nov 2024 10:00:00 GMT",
                                             date(2024, 11, 19)), ("2024-11-19T08:00:00Z", date(2024, 11, 19))])
def test_real_publication_dates_still_parse(value, day):
    assert parse_published(value) == day


# -- 14. the language check ------------------------------------------------------------------------------------


def test_name_heavy_english_passes_the_language_check_and_french_does_not():
    from brinkwatch.pipeline import check_text

    check_text("Thai Prime Minister Srettha Thavisin asked Myanmar junta leader Min Aung Hlaing to free "
               "Aung San Suu Kyi, Thai officials said.", "thai")
    check_text("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.", "wire")
    with pytest.raises(InputError, match="English"):
        check_text("Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs "
                   "touchés par la sécheresse dans le sud du pays, selon un communiqué publié dans la soirée.", "fr")


# -- 15. small ones ---------------------------------------------------------------------------------------------


def test_coding_failures_record_input_and_line_in_two_columns(tmp_path, monkeypatch):
    from brinkwatch import pipeline

    def failing(docs, coder="rules"):
        for doc in docs:
            yield doc, InputError("could not code", input=doc.doc_id)

    monkeypatch.setattr(pipeline, "code_documents", failing)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(good_line(1) + "\n")
    with EventStore(tmp_path / "e.duckdb") as store:
        ingest([corpus], store, IngestOptions(), IngestSettings())
        rows = store.connection.execute("SELECT input, position FROM errors").fetchall()
    assert rows == [(str(corpus), "1")]


def test_json_errors_say_at_once(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "cut off\n')
    [error] = list(read_inputs([corpus]))
    assert "at at" not in error.message and "column" in error.message


def test_utf16_text_is_read_not_called_binary(tmp_path):
    for encoding in ("utf-16", "utf-16-le"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(STORY.encode(encoding))
        [doc] = list(read_inputs([path]))
        assert isinstance(doc, Document) and doc.text == STORY


def test_a_backslash_member_is_read_under_its_name(tmp_path):
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("..\\..\\x.txt", STORY)
    [doc] = list(read_inputs([archive]))
    assert isinstance(doc, Document) and doc.source_path.endswith("a.zip!../../x.txt")


def test_query_errors_are_one_line(tmp_path):
    EventStore(tmp_path / "e.duckdb").close()
    command = [sys.executable, "-m", "brinkwatch", "query", "SELEC x\nFROM y", "--db", str(tmp_path / "e.duckdb")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1 and "LINE 1" in done.stderr


# -- CI and identity ------------------------------------------------------------------------------------------


def test_event_id_recipe_is_pinned():
    parts = ("doc-1", "3", "RUS", "UKR", "190", "shelled")
    expected = "ev-" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:20]
    assert make_event_id("doc-1", 3, "RUS", "UKR", "190", "shelled") == expected == "ev-" + hashlib.sha256(
        b"doc-1\x1f3\x1fRUS\x1fUKR\x1f190\x1fshelled").hexdigest()[:20]
    base = make_event_id("doc-1", 3, "RUS", "UKR", "190", "shelled")
    for changed in (("doc-2", 3, "RUS", "UKR", "190", "shelled"), ("doc-1", 4, "RUS", "UKR", "190", "shelled"),
                    ("doc-1", 3, "USA", "UKR", "190", "shelled"), ("doc-1", 3, "RUS", "USA", "190", "shelled"),
                    ("doc-1", 3, "RUS", "UKR", "193", "shelled"), ("doc-1", 3, "RUS", "UKR", "190", "struck")):
        assert make_event_id(*changed) != base, changed


def test_ci_fails_when_a_test_was_skipped(tmp_path):
    report = tmp_path / "junit.xml"
    report.write_text('<testsuites><testsuite><testcase classname="tests.test_browser" name="test_x">'
                      '<skipped message="no chromium"/></testcase><testcase classname="t" name="ok"/>'
                      "</testsuite></testsuites>")
    checker = Path(__file__).parents[1] / ".ci" / "no_skips.py"
    done = subprocess.run([sys.executable, str(checker), str(report)], capture_output=True, text=True)
    assert done.returncode == 1 and "test_browser::test_x: no chromium" in done.stderr
    report.write_text('<testsuites><testsuite><testcase classname="t" name="ok"/></testsuite></testsuites>')
    assert subprocess.run([sys.executable, str(checker), str(report)], capture_output=True).returncode == 0


def test_the_store_csv_reader_caps_lines_too(tmp_path):
    from brinkwatch.store.formats import read_rows
    from brinkwatch.store.formats.common import ROW_COLUMNS

    def row(event_id: str) -> str:
        return ",".join({"event_id": event_id, "cameo_code": "190"}.get(c, "") for c in ROW_COLUMNS)

    path = tmp_path / "events.csv"
    path.write_text("\n".join([",".join(ROW_COLUMNS), row("a"), "z" * 1_200_000, row("b")]) + "\n")
    items = list(read_rows("csv", path))
    assert [i["event_id"] if isinstance(i, dict) else i.position for i in items] == ["a", 3, "b"]
