"""`ingest --issuer` and a record's issuer field: a statement's "we" is its issuer in the store."""

from __future__ import annotations

import json

import duckdb
from typer.testing import CliRunner

from brinkwatch.cli import app

runner = CliRunner()
STATEMENT = "We condemn the missile strike on Odesa by Russia and will impose new sanctions on Moscow."


def _sources(db) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {row[0] for row in con.execute("SELECT source_code FROM events").fetchall()}
    finally:
        con.close()


def test_ingest_issuer_option_resolves_we(tmp_path):
    story = tmp_path / "2024-05-02-statement.txt"
    story.write_text(STATEMENT + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(story), "--db", str(db), "--issuer", "GBRGOV", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "GBRGOV" in _sources(db)


def test_a_records_issuer_field_wins_and_a_bad_one_is_a_recorded_error(tmp_path):
    lines = [
        {"text": STATEMENT, "date": "2024-05-02", "from": "FRAGOV"},
        {"text": "We welcome the ceasefire agreed by Armenia and Azerbaijan.", "date": "2024-05-03",
         "from": "<b>nope</b>"},
    ]
    path = tmp_path / "statements.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(path), "--db", str(db), "--issuer-field", "from", "--issuer", "GBRGOV",
                                 "--no-progress"])
    assert "not an actor code" in result.output
    sources = _sources(db)
    assert "FRAGOV" in sources and "GBRGOV" not in sources


def test_ingest_refuses_an_issuer_that_is_no_code(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path), "--issuer", "the state department"])
    assert result.exit_code == 2 and "not an actor code" in result.output
