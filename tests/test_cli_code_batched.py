"""`brinkwatch code` on many files parses their sentences together (Pipeline.code_many) unless `--explain`
asks for the rules of each one: the events, their order and the error lines are the same either way.
Stories written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from brinkwatch.cli import app
from brinkwatch.pipeline import Pipeline

runner = CliRunner()
STORIES = {
    "a_shelling.txt": "Russian forces shelled Kharkiv on Tuesday, Ukrainian officials said. Germany condemned the attack.\n",
    "b_empty.txt": "   \n",
    "c_talks.txt": "The foreign ministers of India and China met in Moscow on Thursday. Beijing accused New Delhi of "
    "provoking the clash.\n",
    "d_binary.txt": "\x00\x01\x02 not text",
    "e_sanctions.txt": "The European Union imposed new sanctions on Belarus after the disputed election. Minsk said it "
    "would expel two Polish diplomats.\n",
}


def write_stories(folder: Path) -> Path:
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return folder


def test_batched_coding_gives_the_events_of_coding_one_by_one(tmp_path, monkeypatch):
    folder = write_stories(tmp_path / "stories")
    calls: list[int] = []
    real = Pipeline.code_many

    def counting(self, documents, issuer=None):
        calls.append(1)
        yield from real(self, documents, issuer)

    monkeypatch.setattr(Pipeline, "code_many", counting)
    batched = runner.invoke(app, ["code", str(folder), "-f", "jsonl", "--published", "2024-03-12"])
    assert calls == [1], "without --explain, the files go through one code_many call"
    one_by_one = runner.invoke(app, ["code", str(folder), "-f", "jsonl", "--published", "2024-03-12", "--explain"])
    assert calls == [1], "--explain codes each file on its own, with its trace"
    assert batched.exit_code == one_by_one.exit_code == 0
    events = [json.loads(line) for line in batched.stdout.splitlines()]
    assert len({e["doc_id"] for e in events}) == 3 and any(e["cameo_root"] == "16" for e in events)
    assert batched.stdout == one_by_one.stdout


def test_unreadable_files_are_reported_in_input_order(tmp_path):
    folder = write_stories(tmp_path / "stories")
    result = runner.invoke(app, ["code", str(folder), "-f", "json"])
    assert result.exit_code == 0
    complaints = [line for line in result.stderr.splitlines() if line.startswith("brinkwatch:")]
    named = [next(name for name in STORIES if name in line) for line in complaints if "without a date" not in line]
    assert named == ["b_empty.txt", "d_binary.txt"]


def test_table_counts_documents_and_failures_as_before(tmp_path):
    folder = write_stories(tmp_path / "stories")
    result = runner.invoke(app, ["code", str(folder), "--published", "2024-03-12"])
    assert result.exit_code == 0
    assert "from 3 of 5 documents" in result.stdout
