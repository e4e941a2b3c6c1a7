"""A store written before the date window (an event on 9999-12-31) still gives alerts and series."""

from __future__ import annotations

import duckdb
from typer.testing import CliRunner

from brinkwatch.analysis.access import open_read_only
from brinkwatch.cli import app
from brinkwatch.store import EventStore

runner = CliRunner()


def _old_store(tmp_path):
    path = tmp_path / "old.duckdb"
    with EventStore(path):
        pass
    con = duckdb.connect(str(path))
    con.execute(
        "INSERT INTO events (event_id, doc_id, source_code, target_code, source_country, target_country, cameo_code, "
        "cameo_root, goldstein, quad_class, modality, event_date, published) VALUES "
        "('ev-1', 'd1', 'USA', 'IRN', 'USA', 'IRN', '190', '19', -10, 4, 'asserted', DATE '9999-12-31', "
        "DATE '9999-12-31'), "
        "('ev-2', 'd2', 'USA', 'IRN', 'USA', 'IRN', '042', '04', 1.9, 1, 'asserted', DATE '2020-01-02', "
        "DATE '2020-01-02')"
    )
    con.close()
    return path


def test_dates_outside_the_window_read_as_unknown(tmp_path):
    con = open_read_only(_old_store(tmp_path))
    rows = dict(con.execute("SELECT event_id, event_date FROM events").fetchall())
    assert rows["ev-1"] is None and str(rows["ev-2"]) == "2020-01-02"


def test_alerts_and_dyad_answer_on_such_a_store(tmp_path):
    db = str(_old_store(tmp_path))
    alerts = runner.invoke(app, ["alerts", "--db", db, "--since", "1800-01-01"])
    assert alerts.exit_code == 0, alerts.output
    dyad = runner.invoke(app, ["dyad", "USA", "IRN", "--db", db, "--skip-empty"])
    assert dyad.exit_code == 0, dyad.output
