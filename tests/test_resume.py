"""Resumability: `brinkwatch ingest` killed with SIGKILL mid-run, then run again with the same command,
ends with exactly the rows of one clean run (documents, events and errors; no loss, no duplicates).

The input is a named pipe that the test fills line by line, so the kill lands while the ingest is busy
in the middle of its input however fast or slow the coder is.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from brinkwatch.errors import exit_status_for_skipped

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")

# Ordinary news sentences built from general knowledge of international politics.
SOURCES = (
    "Russian forces", "The Ukrainian military", "Israeli aircraft", "Turkish troops", "Chinese coast guard ships"
)
ACTIONS = (
    "shelled positions near", "launched drone strikes on", "fired artillery at", "blockaded a port near"
)
PLACES = ("Kharkiv", "Gaza City", "the northern border", "a disputed reef", "Idlib province")
REACTIONS = (
    "The United Nations called for restraint.",
    "The European Union condemned the attack and demanded an investigation.",
    "Washington said it was monitoring the situation closely.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def corpus_lines(n_stories: int = 160) -> list[str]:
    """JSONL lines: `n_stories` short stories, with a malformed line and a text-less record every 40."""
    combos = itertools.cycle(itertools.product(SOURCES, ACTIONS, PLACES))
    lines = []
    for i in range(n_stories):
        source, action, place = next(combos)
        day = WEEKDAYS[i % len(WEEKDAYS)]
        text = (
            f"{source} {action} {place} on {day}, local officials said. "
            f"{REACTIONS[i % len(REACTIONS)]} Story {i} of the day's reports."
        )
        record = {"url": f"https://wire.example/{i}", "date": f"2024-03-{1 + i % 28:02d}", "text": text}
        lines.append(json.dumps(record))
        if i % 40 == 39:
            lines.append('{"url": "https://wire.example/broken", "text": "cut off')
            lines.append(json.dumps({"url": f"https://wire.example/empty{i}", "title": "No body"}))
    return [line + "\n" for line in lines]


def ingest_command() -> list[str]:
    # Relative paths, run in each directory: the store records the input path, so runs must match.
    return [sys.executable, "-m", "brinkwatch", "ingest", "corpus.jsonl", "--db", "events.duckdb",
            "--no-progress", "--verbose"]


def feed_pipe(pipe: Path, lines: list[str], pace: float) -> threading.Thread:
    """Write `lines` into the named pipe at `pace` seconds a line (stops quietly if the reader dies)."""

    def write() -> None:
        try:
            with pipe.open("w", encoding="utf-8") as handle:
                for line in lines:
                    handle.write(line)
                    handle.flush()
                    if pace:
                        time.sleep(pace)
        except (BrokenPipeError, OSError):
            pass

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def store_rows(path: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        documents = "SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id"
        return {
            "documents": con.execute(documents).fetchall(),
            "events": con.execute("SELECT * FROM events ORDER BY event_id").fetchall(),
            "errors": con.execute('SELECT * EXCLUDE ("at") FROM errors ORDER BY input, position').fetchall(),
        }
    finally:
        con.close()


def wait_for_stored_line(process: subprocess.Popen, timeout: float) -> list[str]:
    """Read the ingest's log until it reports a committed document; return the lines read."""
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    assert process.stderr is not None
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        seen.append(line)
        if line.startswith("stored "):
            return seen
    raise AssertionError("ingest never reported a stored document:\n" + "".join(seen[-20:]))


@pytest.mark.slow
def test_kill_then_rerun_equals_one_clean_run(tmp_path):
    lines = corpus_lines()
    killed_dir, clean_dir = tmp_path / "killed", tmp_path / "clean"
    killed_dir.mkdir()
    clean_dir.mkdir()
    pipe = killed_dir / "corpus.jsonl"
    os.mkfifo(pipe)

    # 1. Start, let it commit some documents while more input keeps arriving, then SIGKILL it.
    writer = feed_pipe(pipe, lines, pace=0.01)
    process = subprocess.Popen(ingest_command(), cwd=killed_dir, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        wait_for_stored_line(process, timeout=180)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    writer.join(timeout=10)
    partial = store_rows(killed_dir / "events.duckdb")
    assert 0 < len(partial["documents"]) < 160  # really stopped mid-way

    # 2. The same command again, with the same input, this time to the end.
    writer = feed_pipe(pipe, lines, pace=0.0)
    resumed = subprocess.run(ingest_command(), cwd=killed_dir, capture_output=True, text=True, timeout=300)
    writer.join(timeout=10)
    assert resumed.returncode == exit_status_for_skipped(8), resumed.stderr[-2000:]

    # 3. A clean run over the same input in a fresh directory.
    (clean_dir / "corpus.jsonl").write_text("".join(lines), encoding="utf-8")
    clean = subprocess.run(ingest_command(), cwd=clean_dir, capture_output=True, text=True, timeout=300)
    assert clean.returncode == exit_status_for_skipped(8), clean.stderr[-2000:]

    expected = store_rows(clean_dir / "events.duckdb")
    assert len(expected["documents"]) == 160 and len(expected["errors"]) == 8
    assert store_rows(killed_dir / "events.duckdb") == expected
    # Everything committed before the kill survived unchanged (apart from its ingest time).
    assert set(partial["documents"]) <= set(expected["documents"])


@pytest.mark.slow
def test_rerun_of_a_finished_ingest_adds_nothing(tmp_path):
    (tmp_path / "corpus.jsonl").write_text("".join(corpus_lines(60)), encoding="utf-8")
    first = subprocess.run(ingest_command(), cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert first.returncode == exit_status_for_skipped(2), first.stderr[-2000:]
    before = store_rows(tmp_path / "events.duckdb")
    again = subprocess.run(ingest_command(), cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert again.returncode == exit_status_for_skipped(2)
    assert "stored doc-" not in again.stderr  # every document was skipped before coding
    assert store_rows(tmp_path / "events.duckdb") == before
