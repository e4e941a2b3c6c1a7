"""Dates for plain text: from a sidecar, the file name, or `ingest --published`; undated events are counted."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from brinkwatch.cli import app as cli
from brinkwatch.ingest.dating import date_and_outlet, date_in_name
from brinkwatch.model import Document

STORY = ("Border clash\n\nRussian troops shelled Ukrainian positions near the city of {city}, the Ukrainian "
         "army said. The French government condemned Russia for the attack.\n")


def test_dates_in_file_names_and_folders() -> None:
    assert date_in_name("news/2024-03-05-talks.txt") == date(2024, 3, 5)
    assert date_in_name("20240305_talks.txt") == date(2024, 3, 5)
    assert date_in_name("archive/2024/03/05/talks.txt") == date(2024, 3, 5)
    assert date_in_name("talks_2024.03.05.txt") == date(2024, 3, 5)
    assert date_in_name("talks-2024-13-05.txt") is None  # no 13th month
    assert date_in_name("report-120240305.txt") is None  # inside a longer number: an id, not a date
    assert date_in_name("talks.txt") is None


def test_a_sidecar_wins_over_the_name_and_the_command_line(tmp_path: Path) -> None:
    story = tmp_path / "2024-03-05-talks.txt"
    story.write_text("text", encoding="utf-8")
    (tmp_path / "2024-03-05-talks.txt.json").write_text(json.dumps({"published": "2024-04-01", "outlet": "Wire"}))
    doc = date_and_outlet(Document(text="text", source_path=str(story)), date(2024, 5, 1), "Other")
    assert (doc.published, doc.outlet) == (date(2024, 4, 1), "Wire")
    named = date_and_outlet(Document(text="t", source_path=str(tmp_path / "2024-03-05-x.txt")), date(2024, 5, 1))
    assert named.published == date(2024, 3, 5)
    own = date_and_outlet(Document(text="t", published=date(2020, 1, 1), source_path="x.txt"), date(2024, 5, 1))
    assert own.published == date(2020, 1, 1)  # a story's own date is never replaced


def test_ingest_dates_plain_text_and_warns_about_what_stays_undated(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "2024-03-05-kharkiv.txt").write_text(STORY.format(city="Kharkiv"), encoding="utf-8")
    (folder / "sumy.txt").write_text(STORY.format(city="Sumy"), encoding="utf-8")
    (folder / "sumy.txt.json").write_text(json.dumps({"published": "2024-04-01", "outlet": "Wire"}))
    (folder / "kherson.txt").write_text(STORY.format(city="Kherson"), encoding="utf-8")
    runner = CliRunner()

    first = tmp_path / "first.duckdb"
    result = runner.invoke(cli, ["ingest", str(folder), "--db", str(first), "--no-progress"])
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(first), read_only=True)
    undated = con.execute("SELECT count(*) FROM events WHERE published IS NULL AND event_date IS NULL").fetchall()
    dated = dict(con.execute("SELECT source_path, published FROM documents").fetchall())
    con.close()
    assert undated[0][0] > 0
    assert f"warning: {undated[0][0]} events of 1 document have no date" in result.output
    assert "--published" in result.output
    by_name = {Path(k).name: v for k, v in dated.items()}
    assert by_name["2024-03-05-kharkiv.txt"] == date(2024, 3, 5) and by_name["sumy.txt"] == date(2024, 4, 1)

    second = tmp_path / "second.duckdb"
    result = runner.invoke(cli, ["ingest", str(folder), "--db", str(second), "--no-progress",
                                 "--published", "2024-05-01", "--outlet", "Desk"])
    assert result.exit_code == 0 and "have no date" not in result.output
    con = duckdb.connect(str(second), read_only=True)
    rows = {Path(p).name: (d, o) for p, d, o in con.execute(
        "SELECT source_path, published, outlet FROM documents").fetchall()}
    con.close()
    assert rows["kherson.txt"] == (date(2024, 5, 1), "Desk")
    assert rows["sumy.txt"] == (date(2024, 4, 1), "Wire")
    assert rows["2024-03-05-kharkiv.txt"] == (date(2024, 3, 5), "Desk")
