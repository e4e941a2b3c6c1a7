"""One balance: `dyad`, `alerts` and the dashboard's API agree; quiet periods are shrunk, not swung."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from statistics import median

import duckdb
import pytest
from fastapi.testclient import TestClient
from test_analysis import build_sample_store
from typer.testing import CliRunner

from brinkwatch.analysis import AlertSettings, SeriesQuery, dyad_series, ensure_clusters, find_alerts
from brinkwatch.analysis.access import open_read_only
from brinkwatch.analysis.series import period_volumes
from brinkwatch.api import create_app
from brinkwatch.cli import app as cli
from brinkwatch.model import ActorRef, Event
from brinkwatch.ontology.cameo import lookup


def _add_event(path: Path, event_id: str, event_date: str, published: str, code: str = "190",
               modality: str = "historical", unresolved: bool = False) -> None:
    """One extra USA -> IRN event in the sample store."""
    entry = lookup(code)
    text = f"Event {event_id} between the two states."
    event = Event(
        doc_id=f"doc-{event_id}", sentence_index=0, evidence_text=text, evidence_start=0, evidence_end=len(text),
        source=ActorRef(text="US forces", code="USAMIL", country="USA", sector="MIL"),
        target=ActorRef(text="Iran", code="IRN", country="IRN"),
        cameo_code=entry.code, cameo_root=entry.root, cameo_name=entry.name, goldstein=entry.goldstein,
        quad_class=entry.quad_class, plover_type=entry.plover_type, plover_mode=entry.plover_mode,
        plover_context=entry.plover_context, modality=modality, outlet="AP",
        trigger="x", event_date=event_date, date_precision="day", date_source="text", confidence=0.8,
        coder_version="test", unresolved=unresolved,
    )
    row = {**event.to_row(), "published": date.fromisoformat(published), "origin": "brinkwatch"}
    con = duckdb.connect(str(path))
    names = ", ".join(f'"{k}"' for k in row)
    con.execute(f"INSERT INTO events ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    con.close()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("balance") / "events.duckdb")


def test_dyad_alerts_and_dashboard_give_the_same_balance_for_the_same_week(store_path: Path) -> None:
    runner = CliRunner()
    alerts = runner.invoke(cli, ["alerts", "--db", str(store_path), "--json"])
    assert alerts.exit_code == 0, alerts.output
    alert = next(a for a in json.loads(alerts.stdout) if (a["a"], a["b"]) == ("IRN", "USA"))
    week = alert["period_start"]

    dyad = runner.invoke(cli, ["dyad", alert["a"], alert["b"], "--db", str(store_path), "--json"])
    assert dyad.exit_code == 0, dyad.output
    from_dyad = {p["period"]: p for p in json.loads(dyad.stdout)["points"]}[week]

    with TestClient(create_app(store_path)) as client:
        response = client.get(f"/dyads/{alert['a']}/{alert['b']}/series", params={"freq": "week"})
        assert response.status_code == 200
        from_api = {p["period"]: p for p in response.json()["points"]}[week]
        listed = client.get("/alerts").json()["alerts"]
    from_api_alert = next(a for a in listed if a["alert_id"] == alert["alert_id"])

    assert from_dyad["balance"] == from_api["balance"] == alert["balance"] == from_api_alert["balance"]
    assert alert["balance"] < 0 and alert["direction"] == "conflict"
    assert from_dyad["volume"] == alert["volume"]


def test_balance_formula_with_its_prior(store_path: Path) -> None:
    con = open_read_only(store_path)
    ensure_clusters(con)
    series = dyad_series(con, SeriesQuery("USA", "IRN"))
    volumes = period_volumes(con, "week", "clusters")
    k = max(1.0, median(v for v in volumes.values() if v))
    differences = sum(p.cooperation - p.conflict for p in series.points)
    r = differences / sum(p.volume for p in series.points)
    assert series.prior.weight == k and series.prior.rate == pytest.approx(r)
    for p in series.points:
        assert p.balance == pytest.approx(1000 * (p.cooperation - p.conflict + k * r) / (p.volume + k), abs=1e-3)
    silent = [p for p in series.points if p.n == 0]
    assert silent and all(abs(p.balance) < abs(1000 * r) for p in silent)  # pulled toward 0 by other news


def test_the_window_asked_for_does_not_change_a_week(store_path: Path) -> None:
    con = open_read_only(store_path)
    whole = {p.period: p.balance for p in dyad_series(con, SeriesQuery("USA", "IRN")).points}
    part = dyad_series(con, SeriesQuery("USA", "IRN", since=date(2019, 12, 30), until=date(2020, 1, 12)))
    assert [p.period for p in part.points] == [date(2019, 12, 30), date(2020, 1, 6)]
    assert all(p.balance == whole[p.period] for p in part.points)


def test_a_lone_historical_event_counts_on_its_own_date_and_is_shrunk(tmp_path: Path) -> None:
    path = build_sample_store(tmp_path / "events.duckdb")
    # Told in a January 2020 story, the attack happened in June 2015, a week with no other news stored.
    _add_event(path, "old", event_date="2015-06-10", published="2020-01-08")
    con = open_read_only(path)
    points = {p.period: p for p in dyad_series(con, SeriesQuery("USA", "IRN")).points}
    old_week = points[date(2015, 6, 8)]
    assert old_week.n == 1 and old_week.volume == 1
    assert points[date(2020, 1, 6)].n == 4  # the story's own week does not gain it
    unshrunk = 1000 * (old_week.cooperation - old_week.conflict) / old_week.volume
    assert unshrunk == -1000
    crisis = min(p.balance for p in points.values() if p.period.year == 2020)
    assert crisis < old_week.balance < 0  # one old event moves the line less than the real turn
    alerts = find_alerts(con, AlertSettings())
    assert not [a for a in alerts if a.period_start.startswith("2015")]


def test_what_did_not_happen_or_cannot_be_placed_does_not_count(tmp_path: Path) -> None:
    path = build_sample_store(tmp_path / "events.duckdb")
    _add_event(path, "threat", "2020-01-09", "2020-01-09", code="190", modality="intended")
    _add_event(path, "unknown", "2020-01-09", "2020-01-09", code="190", modality="asserted", unresolved=True)
    con = open_read_only(path)

    def week(scope_text: str | None, unresolved: bool = False) -> int:
        from brinkwatch.store.filters import EventScope

        scope = EventScope.parse(scope_text, include_unresolved=unresolved)
        points = dyad_series(con, SeriesQuery("USA", "IRN", scope=scope, unit="events")).points
        return {p.period: p for p in points}[date(2020, 1, 6)].material_conflict

    counted = week(None)
    assert week("all") == counted + 1
    assert week(None, unresolved=True) == counted + 1
    assert week("all", unresolved=True) == counted + 2


def test_precomputed_dyad_periods_give_the_same_series_as_the_live_query(store_path: Path) -> None:
    from brinkwatch.analysis.series import _precomputed_rows, prepare_volumes
    from brinkwatch.store.filters import EventScope

    live = open_read_only(store_path)
    ensure_clusters(live)
    served = open_read_only(store_path)
    ensure_clusters(served)
    everything = EventScope.parse("all")
    prepare_volumes(served, (EventScope(), everything))
    assert served.execute("SELECT count(*) FROM dyad_period").fetchall()[0][0] > 0
    pairs = [("USA", "IRN"), ("IRN", "USA"), ("RUS", "UKR"), ("DEU", "FRA"), ("USA", "CHN")]
    for a, b in pairs:
        for freq in ("day", "week", "month"):
            for unit in ("clusters", "events"):
                for scope in (EventScope(), everything):
                    query = SeriesQuery(a, b, freq=freq, unit=unit, scope=scope)
                    assert _precomputed_rows(served, query) is not None and _precomputed_rows(live, query) is None
                    assert dyad_series(served, query).to_dict() == dyad_series(live, query).to_dict(), query
