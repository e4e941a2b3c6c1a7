"""store/filters.EventScope: what counts, parsed once, as SQL on events and clusters, and in exports."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from test_analysis import build_sample_store
from typer.testing import CliRunner

from brinkwatch.cli import app as cli
from brinkwatch.errors import BrinkwatchError
from brinkwatch.store.filters import ALL_MODALITIES, HAPPENED, EventScope, export_scope


def test_parse_reads_the_command_line_forms() -> None:
    assert EventScope.parse(None).modalities == HAPPENED == ("asserted", "historical")
    assert EventScope.parse(None).is_default
    assert EventScope.parse("all").every_modality
    assert EventScope.parse("Asserted, intended").modalities == ("asserted", "intended")
    assert EventScope.parse("happened,denied").modalities == ("asserted", "historical", "denied")
    assert not EventScope.parse(None, include_unresolved=True).resolved_only
    with pytest.raises(BrinkwatchError, match="modality"):
        EventScope.parse("rumoured")
    with pytest.raises(BrinkwatchError, match="min_confidence"):
        EventScope.parse(None, min_confidence=2.0)


def test_event_sql_counts_what_happened_between_known_actors() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE events (id INT, modality VARCHAR, source_code VARCHAR, target_code VARCHAR, "
                "unresolved BOOLEAN, confidence DOUBLE)")
    con.execute("""INSERT INTO events VALUES
        (1, 'asserted', 'USA', 'IRN', false, 0.9), (2, 'historical', 'USA', 'IRN', NULL, 0.9),
        (3, 'intended', 'USA', 'IRN', false, 0.9), (4, NULL, 'USA', 'IRN', false, 0.9),
        (5, 'asserted', 'USA', NULL, false, 0.9), (6, 'asserted', 'USA', 'IRN', true, 0.9),
        (7, 'negated', 'USA', 'IRN', false, 0.4)""")

    def ids(scope: EventScope) -> list[int]:
        sql, params = scope.event_sql("e")
        return [i for (i,) in con.execute(f"SELECT id FROM events e WHERE {sql} ORDER BY id", params).fetchall()]

    assert ids(EventScope()) == [1, 2, 4]  # a NULL modality reads as asserted, NULL unresolved as false
    assert ids(EventScope.parse("all")) == [1, 2, 3, 4, 7]
    assert ids(EventScope.parse("all", include_unresolved=True)) == [1, 2, 3, 4, 5, 6, 7]
    assert ids(EventScope.parse("all", min_confidence=0.5)) == [1, 2, 3, 4]
    assert len(set(ALL_MODALITIES)) == 8


def test_exports_without_a_modality_column_write_what_happened_and_say_what_they_left_out(tmp_path: Path) -> None:
    assert export_scope("plover", everything=False).every_modality
    assert not export_scope("gdelt", everything=False).every_modality
    db = build_sample_store(tmp_path / "events.duckdb")
    con = duckdb.connect(str(db), read_only=True)
    (total,) = con.execute("SELECT count(*) FROM events").fetchone()
    (not_happened,) = con.execute(
        "SELECT count(*) FROM events WHERE modality NOT IN ('asserted', 'historical')").fetchone()
    con.close()
    assert not_happened > 0
    runner = CliRunner()
    narrow = runner.invoke(cli, ["export", "--format", "gdelt", str(tmp_path / "g.csv"), "--db", str(db)])
    assert narrow.exit_code == 0, narrow.output
    assert f"{total - not_happened} events written" in narrow.output
    assert f"{not_happened} left out" in narrow.output and "--all" in narrow.output
    lines = (tmp_path / "g.csv").read_text(encoding="utf-8").splitlines()
    assert len([line for line in lines if line.strip()]) == total - not_happened
    wide = runner.invoke(cli, ["export", "--format", "gdelt", str(tmp_path / "a.csv"), "--db", str(db), "--all"])
    assert wide.exit_code == 0 and f"{total} events written" in wide.output and "left out" not in wide.output
    plover = runner.invoke(cli, ["export", "--format", "plover", str(tmp_path / "p.jsonl"), "--db", str(db)])
    assert f"{total} events written" in plover.output and "left out" not in plover.output
