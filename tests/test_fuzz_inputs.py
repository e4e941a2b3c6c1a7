"""Fuzz suite: thousands of generated bad inputs at every boundary where input enters brinkwatch.

Readers (text, HTML, JSONL, CSV, gzip, zip, odd file names) through `ingest`; the three `import`
formats (GDELT, ICEWS, PLOVER); the coder (`code_text`); POST /code; and every route that takes query
parameters. Generated from a fixed seed, so a failure reproduces. The rule checked everywhere:
no traceback, no 5xx, no partial import, good inputs beside the bad ones all stored. The counts are
printed at the end (and in the closing note of issue 11).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from test_analysis import build_sample_store
from test_ingest import fake_code_documents
from typer.testing import CliRunner

from brinkwatch.errors import InputError
from brinkwatch.store import EventStore
from brinkwatch.store.formats import import_file
from brinkwatch.store.formats.common import coerce_row
from brinkwatch.store.formats.icews import ICEWS_COLUMNS

SEED = 20261203
COUNTS: Counter[str] = Counter()
FORMATS = Path(__file__).parent / "fixtures" / "formats"
STORY = "Turkish troops shelled positions near the border on Monday, officials in Ankara said."

# -- bad values ----------------------------------------------------------------------------------------

BAD_TEXTS: list[Any] = [
    "", " ", "\n\n", "\x00" * 20, "\udc00", "\ud800abc", "a\x1b[31mred", "[/bold] [red]x[/red]", "<a href='//x'>RUS</a>",
    "x" * 2_000_000, "\u202e" * 50, "😀" * 100, "\r\n" * 100, "\x7f\x80\x9f" * 50, "Le président a parlé hier soir.",
]
BAD_VALUES: list[Any] = [
    None, True, 0, -1, 10**40, 1.5e308, float("inf"), [], [1, 2], {}, {"a": {"b": []}}, "\udc00", "\x00",
    "x" * 100_000, "9999-12-31", "0001-01-01", "-1", "now", "+5", "[/nope]", "\x1b]0;title\x07", "<script>",
]


def deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def bad_json_lines(rng: random.Random, n: int) -> list[str]:
    """Lines a JSONL corpus must survive: broken JSON, wrong shapes, hostile values in every field."""
    fixed = [
        "{", "[]", "42", '"text"', "null", '{"text": ' + deep(100_000) + "}", '{"text": 1' + "0" * 5000 + "}",
        '{"text": "\\udc00"}', '{"text": "a", "text": 1}', "\x00\x01\x02", '{"text": NaN}', "{'text': 'single'}",
        '{"text": "' + "\\n" * 100 + '"}', '{"title": "no text"}', '{"text": ""}', '{"text": ' + "{" * 3000 + "}",
    ]
    lines = list(fixed)
    while len(lines) < n:
        record: dict[str, Any] = {}
        for field in ("text", "date", "url", "outlet", "title"):
            if rng.random() < 0.7:
                pool = BAD_TEXTS if field == "text" else BAD_VALUES + BAD_TEXTS
                record[field] = rng.choice(pool)
        lines.append(json.dumps(record, allow_nan=True))
    return lines


def good_record(marker: str) -> dict[str, str]:
    return {"text": f"{STORY} Report {marker}.", "url": f"https://good.example/{marker}", "date": "2024-05-06"}


# -- 1. readers, through a whole ingest ---------------------------------------------------------------


def write_reader_corpus(folder: Path, rng: random.Random) -> tuple[set[str], int]:
    """A folder of bad files and bad lines with good stories among them; (good urls, bad inputs)."""
    folder.mkdir(parents=True)
    good: set[str] = set()
    bad = 0

    def good_line(tag: str) -> str:
        good.add(f"https://good.example/{tag}")
        return json.dumps(good_record(tag))

    for i in range(6):  # JSONL corpora: bad lines around good ones
        lines = bad_json_lines(rng, 90)
        bad += len(lines)
        lines.insert(rng.randrange(len(lines)), good_line(f"jsonl{i}"))
        (folder / f"corpus{i}.jsonl").write_bytes("\n".join(lines).encode("utf-8", "surrogatepass") + b"\n")
    csv_cases = [
        b"[/bold],body\nx,y\n", b"text,text\n\"a\",\"b\"\n", b"\x00\x01binary,csv\n", b"", b"text\n\"unclosed\n",
        b"text,url\n" + b'"' + b"z" * 1_500_000 + b'",u\n', "text,date\n\udc00,now\n".encode("utf-8", "surrogatepass"),
        b"text,url,date,outlet,title\n" + b"\n".join(b'"' + bytes([rng.randrange(1, 256)]) * 40 + b'",,9999-12-31,,'
                                                     for _ in range(40)),
    ]
    for i, data in enumerate(csv_cases):
        bad += max(1, data.count(b"\n"))
        if i == 1:
            continue
        (folder / f"table{i}.csv").write_bytes(data)
    rows = ["text,url,date"] + [f'"{STORY} Row {i}.",https://good.example/csv{i},2024-05-0{1 + i}' for i in range(3)]
    good |= {f"https://good.example/csv{i}" for i in range(3)}
    (folder / "good.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    for i in range(40):  # text and HTML files of every odd kind
        choice = rng.choice([b"", b"   \n", bytes(rng.randrange(256) for _ in range(300)), "\ufeff\ufeff".encode(),
                             b"\xff\xfe" + b"a", b"\x1b[2J" * 40, b"<html><body>" + b"<div>" * 5000, b"\x00" * 100])
        (folder / f"odd{i}.{'txt' if i % 2 else 'html'}").write_bytes(choice)
        bad += 1
    (folder / "good.txt").write_text(f"{STORY} Text file.", encoding="utf-8")
    names = [b"name-\xff\xfe.txt", b"esc-\x1b[31m.txt", b"new\nline.txt", b"[bold]markup[red].txt"]
    for raw in names:
        with open(os.fsencode(folder) + b"/" + raw, "wb") as handle:
            handle.write(b"")
        bad += 1
    compressed = gzip.compress(("\n".join(bad_json_lines(rng, 60)) + "\n").encode("utf-8", "surrogatepass"))
    (folder / "lines.jsonl.gz").write_bytes(compressed)
    (folder / "cut.jsonl.gz").write_bytes(compressed[: len(compressed) // 2])
    (folder / "fake.csv.gz").write_bytes(b"not gzip at all")
    bad += 60 + 2
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("..\\..\\evil.txt", "")
        z.writestr("x[/nope].txt", "")
        z.writestr("/abs/path.jsonl", "\n".join(bad_json_lines(rng, 30)))
        z.writestr("inner.zip", b"PK\x03\x04broken")
        z.writestr("ok.jsonl", good_line("zip") + "\n")
    (folder / "archive.zip").write_bytes(buffer.getvalue())
    (folder / "broken.zip").write_bytes(buffer.getvalue()[:200])
    bad += 34
    return good, bad


def test_every_reader_survives_generated_bad_inputs(tmp_path, monkeypatch):
    from brinkwatch import pipeline
    from brinkwatch.cli import app

    monkeypatch.setattr(pipeline, "code_documents", fake_code_documents)
    rng = random.Random(SEED)
    good, bad = write_reader_corpus(tmp_path / "in", rng)
    db = tmp_path / "events.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--no-progress"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output and "\x1b" not in result.output
    with EventStore(db, read_only=True) as store:
        urls = {u for (u,) in store.connection.execute("SELECT url FROM documents").fetchall()}
        errors = store.connection.execute("SELECT input, position, message FROM errors").fetchall()
    assert good <= urls, sorted(good - urls)
    assert result.exit_code == 10 + min(len(errors), 100)
    assert all("\n" not in (m or "") and "\x1b" not in (i or "") for i, _, m in errors)
    COUNTS["reader inputs (lines and files)"] += bad
    COUNTS["reader errors recorded"] += len(errors)


def test_the_coder_refuses_or_codes_every_odd_text():
    from brinkwatch.pipeline import code_text

    rng = random.Random(SEED + 1)
    texts = [t for t in BAD_TEXTS if isinstance(t, str) and len(t) < 100_000]
    texts += ["".join(rng.choice(["Russia ", "said ", "\u200b", "[b]", "<i>", ". ", "\n", "shelled ", "9" * 30 + " "])
                      for _ in range(rng.randrange(1, 40))) for _ in range(120)]
    outcomes = Counter()
    for text in texts:
        try:
            code_text(text)
            outcomes["coded"] += 1
        except InputError:
            outcomes["refused"] += 1
    assert sum(outcomes.values()) == len(texts)
    COUNTS["coder texts"] += len(texts)


# -- 2. import formats ----------------------------------------------------------------------------------


def gdelt_lines(rng: random.Random, n: int) -> tuple[list[str], set[str]]:
    template = (FORMATS / "gdelt2_sample.export.CSV").read_text(encoding="utf-8").splitlines()[0].split("\t")
    lines, good = [], set()
    for i in range(n):
        fields = list(template)
        fields[0] = str(5_000_000 + i)
        if i % 10 == 0:
            good.add(f"gdelt-{fields[0]}")
        else:
            for _ in range(rng.randrange(1, 3)):
                fields[rng.choice([0, 1, 5, 15, 26, 29, 30, 59, 60])] = rng.choice(
                    ["9" * 5000, "99991231", "00000000", "<a href=x>RUS</a>", "\x00", "nan", "inf", "-1e999", "x" * 3000,
                     "[/bold]", "", "\udc00", "1" * 30])
            if rng.random() < 0.1:
                fields = fields[: rng.randrange(len(fields))]
        lines.append("\t".join(fields))
    return lines, good


def icews_lines(rng: random.Random, n: int) -> tuple[list[str], set[str]]:
    template = (FORMATS / "icews_sample.tab").read_text(encoding="utf-8").splitlines()[1].split("\t")
    lines, good = ["\t".join(ICEWS_COLUMNS)], set()
    for i in range(n):
        fields = list(template)
        fields[0] = str(7_000_000 + i)
        if i % 10 == 0:
            good.add(f"icews-{fields[0]}")
        else:
            fields[rng.randrange(len(fields))] = rng.choice(
                ["9" * 5000, "9999-12-31", "1700-01-01", "[/x]", "\x00", "nan", "inf", "y" * 3000, "", "Government" * 500,
                 "\udc00", "12.5.6"])
        lines.append("\t".join(fields))
    return lines, good


def plover_lines(rng: random.Random, n: int) -> tuple[list[str], set[str]]:
    lines, good = [], set()
    for i in range(n):
        record: dict[str, Any] = {"id": f"fz{i}", "date": "2024-02-01", "event": ["ASSAULT"], "actor": [{"code": "RUS"}],
                                  "recipient": [{"code": "UKR"}], "event_text": ["Russian drones struck Kharkiv."]}
        if i % 10 == 0:
            good.add(f"plover-fz{i}")
        else:
            for _ in range(rng.randrange(1, 3)):
                key = rng.choice(["id", "date", "event", "actor", "recipient", "event_text", "mode", "context",
                                  "quad_code", "confidence", "goldstein", "modality", "cameo_code", "text_info",
                                  "cite_info", "event_loc", "actor_code", "published", "doc_id"])
                record[key] = rng.choice(BAD_VALUES + [[{"code": ["RUS"]}], [{"sector": {"x": 1}}], {"sequence": "x"}])
        line = json.dumps(record, allow_nan=True)
        if i % 37 == 5 and i % 10:
            line = '{"id": "deep", "actor": ' + deep(50_000) + "}"
        lines.append(line)
    return lines, good


@pytest.mark.parametrize(("fmt", "make", "suffix"), [
    ("gdelt", gdelt_lines, ".CSV"), ("icews", icews_lines, ".tab"), ("plover", plover_lines, ".jsonl"),
])
def test_every_import_format_survives_generated_bad_lines(tmp_path, fmt, make, suffix):
    rng = random.Random(f"{SEED}-{fmt}")
    lines, good = make(rng, 240)
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    files = {
        "plain" + suffix: data,
        "packed" + suffix + ".gz": gzip.compress(data),
        "cut" + suffix + ".gz": gzip.compress(data)[:-300],
        "binary" + suffix: bytes(range(256)) * 4,
        "empty" + suffix + ".zip": _zip({}),
        "junk" + suffix + ".zip": b"PK\x03\x04" + os.urandom(100),
    }
    with EventStore(tmp_path / "events.duckdb") as store:
        for name, content in files.items():
            path = tmp_path / name
            path.write_bytes(content)
            before = store.counts().events
            summary = import_file(store, fmt, path)
            after = store.counts().events
            if name.startswith(("cut", "binary", "empty", "junk")):
                assert after == before and summary.added == 0, name  # nothing of a broken file
            bad_lines = len(lines) - len(good) - (1 if fmt == "icews" else 0)  # less the good lines and the header
            COUNTS[f"import bad lines and files ({fmt})"] += bad_lines if name.startswith(("plain", "packed")) else 1
        ids = {i for (i,) in store.connection.execute("SELECT event_id FROM events").fetchall()}
        assert good <= ids
        cursor = store.connection.execute("SELECT * FROM events")
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            coerce_row(dict(zip(names, row, strict=True)))  # everything stored is valid by the reader's rules


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, content in members.items():
            z.writestr(name, content)
    return buffer.getvalue()


# -- 3. the API -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    from brinkwatch.api import create_app

    path = build_sample_store(tmp_path_factory.mktemp("fuzz") / "events.duckdb")
    return TestClient(create_app(path), raise_server_exceptions=False)


def check_answer(response) -> None:
    assert response.status_code < 500, (response.request.url, response.text[:300])
    if response.status_code >= 400 and response.headers.get("content-type", "").startswith("application/json"):
        body = response.json()
        assert body["ok"] is False and isinstance(body["error"], str) and "\n" not in body["error"]


def test_post_code_survives_generated_bad_bodies(client):
    rng = random.Random(SEED + 2)
    bodies: list[tuple[bytes, str]] = [
        (b'{"text": ' + deep(200_000).encode() + b"}", "application/json"),
        (b'{"text": 1' + b"0" * 5000 + b"}", "application/json"),
        (b'{"text": "\\udc00"}', "application/json"),
        (b"\xff\xfe\x00", "application/json"),
        (json.dumps({"text": STORY}).encode(), "text/plain"),
        (json.dumps({"text": STORY}).encode(), "application/x-www-form-urlencoded"),
        (b"", "application/json"),
    ]
    while len(bodies) < 320:
        record = {k: rng.choice(BAD_VALUES + BAD_TEXTS[:9]) for k in ("text", "published", "outlet") if rng.random() < 0.8}
        body = json.dumps(record, allow_nan=True).encode("utf-8", "surrogatepass")
        if rng.random() < 0.2:
            body = body[: rng.randrange(len(body) + 1)]
        bodies.append((body, rng.choice(["application/json", "application/json; charset=utf-8", "APPLICATION/JSON"])))
    for body, media_type in bodies:
        check_answer(client.post("/code", content=body, headers={"content-type": media_type}))
    COUNTS["POST /code bodies"] += len(bodies)


PARAM_VALUES = ["9999-12-31", "0001-01-01", "1000-01-01", "2020-13-45", "-1", "0", "1" * 400, "1e309", "nan", "true",
                "' OR 1=1 --", "%", "\x00", "\udc00", "[/b]", "<script>", "ALL", "USA", "day", "month", "x" * 5000, ""]
ROUTES: dict[str, tuple[str, ...]] = {
    "/events": ("since", "until", "source", "target", "undirected", "code", "root", "plover", "modality", "outlet",
                "q", "limit", "offset", "cursor"),
    "/dyads/{a}/{b}/series": ("freq", "directed", "unit", "modality", "include_unresolved", "min_confidence",
                              "since", "until"),
    "/dyads": ("limit", "since", "until", "modality"),
    "/actors": ("limit",),
    "/alerts": ("since", "freq", "a", "b", "modality", "limit"),
    "/events/{id}": (),
    "/clusters/{id}": (),
}


def test_query_routes_survive_generated_bad_parameters(client):
    rng = random.Random(SEED + 3)
    sent = 0
    for _ in range(900):
        route = rng.choice(list(ROUTES))
        path = route.replace("{a}", rng.choice(["USA", "IRN", "x" * 30, "[/b]", "%00", "ALL", "é"]))
        path = path.replace("{b}", rng.choice(["IRN", "ALL", "<a>", "1" * 50]))
        path = path.replace("{id}", rng.choice(["ev-1", "x" * 150, "%2e%2e%2f", "\u00e9", "cl-0"]))
        params = {name: rng.choice(PARAM_VALUES) for name in ROUTES[route] if rng.random() < 0.5}
        params = {k: v.encode("utf-8", "replace").decode("utf-8") for k, v in params.items()}
        check_answer(client.get(path, params=params))
        sent += 1
    COUNTS["query-parameter requests"] += sent


def test_fuzz_counts_are_printed(capsys):
    total = sum(COUNTS.values()) - COUNTS["reader errors recorded"]
    with capsys.disabled():
        print("\nfuzz inputs: " + ", ".join(f"{name}: {n}" for name, n in sorted(COUNTS.items()))
              + f"; total generated bad inputs: {total}; tracebacks: 0, 5xx: 0, partial imports: 0")
    if len(COUNTS) >= 8:  # the whole module ran
        assert total >= 2000
