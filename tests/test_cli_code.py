"""`brinkwatch code` and `brinkwatch actors` as a user runs them: formats, standard input, folders,
bad files, filters, the user's own actor table."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from brinkwatch.cli import app

runner = CliRunner()
STORY = "Russian forces shelled Kharkiv on Tuesday, Ukrainian officials said. Germany condemned the attack.\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_jsonl_records_carry_the_document_and_the_date_used(tmp_path):
    path = write(tmp_path, "story.txt", STORY)
    result = runner.invoke(app, ["code", str(path), "--format", "jsonl", "--published", "2024-03-12"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and {r["doc_id"] for r in records} and all(r["date_source"] in ("text", "published") for r in records)
    shelling = [r for r in records if r["cameo_root"] in ("18", "19")]
    assert shelling and shelling[0]["source"]["country"] == "RUS" and shelling[0]["event_date"] == "2024-03-12"


def test_json_array_and_table(tmp_path):
    path = write(tmp_path, "story.txt", STORY)
    as_json = runner.invoke(app, ["code", str(path), "--format", "json"])
    assert as_json.exit_code == 0 and isinstance(json.loads(as_json.stdout), list)
    table = runner.invoke(app, ["code", str(path)])
    assert table.exit_code == 0 and "modality" in table.stdout and "events from 1 of 1" in table.stdout


def test_standard_input(tmp_path):
    result = runner.invoke(app, ["code", "-", "--format", "jsonl", "--outlet", "Wire"], input=STORY)
    assert result.exit_code == 0
    assert all(json.loads(line)["outlet"] == "Wire" for line in result.stdout.splitlines())


def test_folder_with_a_bad_file_warns_and_codes_the_rest(tmp_path):
    write(tmp_path, "a.txt", STORY)
    write(tmp_path, "b.txt", b"\x00\x01\x02binary" * 50)
    write(tmp_path, "c.txt", "")
    result = runner.invoke(app, ["code", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0
    assert result.stdout.strip()
    assert "b.txt" in result.stderr and "binary" in result.stderr


def test_single_bad_file_is_one_line_and_nonzero(tmp_path):
    path = write(tmp_path, "empty.txt", "   \n")
    proc = subprocess.run([sys.executable, "-m", "brinkwatch", "code", str(path)], capture_output=True, text=True)
    assert proc.returncode != 0
    assert "empty.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert len([line for line in proc.stderr.splitlines() if line.strip()]) == 1  # one line, not wrapped
    missing = subprocess.run(
        [sys.executable, "-m", "brinkwatch", "code", str(tmp_path / "nope.txt")], capture_output=True, text=True
    )
    assert missing.returncode != 0 and "nope.txt" in missing.stderr and "Traceback" not in missing.stderr


def test_filters(tmp_path):
    path = write(tmp_path, "s.txt", "Hungary did not veto the sanctions on Russia. Russia attacked Ukrainian ports.\n")
    everything = runner.invoke(app, ["code", str(path), "--format", "jsonl"]).stdout.splitlines()
    asserted = runner.invoke(app, ["code", str(path), "--format", "jsonl", "--asserted-only"]).stdout.splitlines()
    assert len(asserted) < len(everything)
    assert all(json.loads(line)["modality"] == "asserted" for line in asserted)
    none = runner.invoke(app, ["code", str(path), "--format", "jsonl", "--min-confidence", "0.99"]).stdout
    assert none.strip() == ""


def test_users_own_actor_table(tmp_path):
    table = write(
        tmp_path, "mine.tsv",
        "phrases\tcode\tkind\tvalid_from\tvalid_to\tsector\trole\nNorthern Valley Front|NVF\tCOLREB\torg\t-\t-\tREB\t-\n",
    )
    story = write(tmp_path, "s.txt", "The Northern Valley Front attacked Colombian soldiers near Cali on Sunday.\n")
    plain = runner.invoke(app, ["code", str(story), "--format", "jsonl"]).stdout
    mine = runner.invoke(app, ["code", str(story), "--format", "jsonl", "--actors-file", str(table)]).stdout
    # Without the table the group is a named actor nobody knows: kept, flagged, never given a code.
    unknown = json.loads(plain.splitlines()[0])
    assert unknown["unresolved"] and unknown["source"]["resolved_by"] == "unresolved"
    assert unknown["source"]["code"] in ("", None)
    known = json.loads(mine.splitlines()[0])
    assert known["source"]["code"] == "COLREB" and not known["unresolved"]
    shown = runner.invoke(app, ["actors", "Northern Valley Front", "--actors-file", str(table), "--json"])
    assert json.loads(shown.stdout)["code"] == "COLREB"


def test_actors_command_resolves_by_date():
    earlier = json.loads(runner.invoke(app, ["actors", "Vladimir Putin", "--date", "2010-06-01", "--json"]).stdout)
    later = json.loads(runner.invoke(app, ["actors", "Vladimir Putin", "--date", "2025-06-01", "--json"]).stdout)
    assert earlier["code"] == later["code"] == "RUSGOV"
    assert earlier["entry"] != later["entry"]  # prime minister then, president now
    unknown = runner.invoke(app, ["actors", "the weather"])
    assert unknown.exit_code == 1


def test_the_table_fits_80_columns_and_shows_modality_confidence_and_quantities(tmp_path):
    story = write(tmp_path, "s.txt", "Poland pledged 300 million dollars in aid to Ukraine. Hungary did not veto the "
                  "sanctions on Russia.\n")
    result = runner.invoke(app, ["code", str(story), "--published", "2024-03-06"], env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    assert lines and all(len(line) <= 80 for line in lines)
    rows = [line for line in lines if line.strip().startswith(("POL", "HUN"))]
    assert len(rows) == 2  # one line per event
    assert "negated" in result.stdout and "2024-03-06" in result.stdout and "300" in result.stdout
    assert all(re.search(r"\b[01]\.\d\d\b", row) for row in rows)  # confidence
    assert "2 events from 1 of 1 document" in result.stdout
    wide = runner.invoke(app, ["code", str(story), "--published", "2024-03-06", "--wide"], env={"COLUMNS": "200"})
    assert "Hungary did not veto" in wide.stdout  # the evidence is only in the wide table


def test_undated_events_get_a_hint_at_published(tmp_path):
    story = write(tmp_path, "s.txt", "Hungary did not veto the sanctions on Russia.\n")
    result = runner.invoke(app, ["code", str(story)])
    assert "--published" in result.stderr and "1 event without a date" in result.stderr
