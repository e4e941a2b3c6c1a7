"""Corroboration, dyad series and alerts over a small realistic store (US-Iran, winter 2019-20).

`build_sample_store` is shared with test_api.py and test_browser.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest

from brinkwatch.analysis import (
    AlertSettings,
    QueryError,
    SeriesQuery,
    dyad_series,
    ensure_clusters,
    find_alerts,
    open_read_only,
    top_dyads,
)
from brinkwatch.analysis.alerts import detect_changes
from brinkwatch.analysis.corroboration import EventRecord, cluster_events, strongest_modality
from brinkwatch.analysis.series import SeriesPoint
from brinkwatch.model import ActorRef, Attribution, Event
from brinkwatch.ontology.cameo import lookup
from brinkwatch.store.filters import EventScope
from brinkwatch.store.schema import TABLES

ACTORS = {
    "USAGOV": ActorRef(text="Washington", code="USAGOV", country="USA", sector="GOV", resolved_by="metonym"),
    "USAMIL": ActorRef(text="US forces", code="USAMIL", country="USA", sector="MIL"),
    "USA": ActorRef(text="the United States", code="USA", country="USA"),
    "IRNGOV": ActorRef(text="Tehran", code="IRNGOV", country="IRN", sector="GOV", resolved_by="metonym"),
    "IRNMIL": ActorRef(text="Iran's Revolutionary Guards", code="IRNMIL", country="IRN", sector="MIL"),
    "IRN": ActorRef(text="Iran", code="IRN", country="IRN"),
    "RUSMIL": ActorRef(text="Russian forces", code="RUSMIL", country="RUS", sector="MIL"),
    "RUSGOV": ActorRef(text="Moscow", code="RUSGOV", country="RUS", sector="GOV", resolved_by="metonym"),
    "UKRGOV": ActorRef(text="Kyiv", code="UKRGOV", country="UKR", sector="GOV", resolved_by="metonym"),
    "FRAGOV": ActorRef(text="Paris", code="FRAGOV", country="FRA", sector="GOV", resolved_by="metonym"),
    "DEUGOV": ActorRef(text="Berlin", code="DEUGOV", country="DEU", sector="GOV", resolved_by="metonym"),
}


@dataclass(frozen=True)
class Report:
    """One story's coded event: who, what (CAMEO), when, which outlet, and the evidence sentence."""

    day: str
    source: str
    target: str
    code: str
    text: str
    outlets: tuple[str, ...] = ("AP",)  # each outlet carries its own copy of the story
    modality: str = "asserted"
    claimant: str | None = None


# The US-Iran thaw of December 2019, the turn of early January 2020, and background dyads.
REPORTS: tuple[Report, ...] = (
    Report("2019-11-05", "USAGOV", "IRNGOV", "111",
           "The United States criticised Iran for restarting uranium enrichment at the Fordow plant."),
    Report("2019-11-18", "IRNGOV", "USAGOV", "112",
           "Tehran accused Washington of stoking the fuel-price protests across Iran.",
           claimant="Iran's Supreme National Security Council"),
    Report("2019-12-07", "IRNGOV", "USAGOV", "0841",
           "Iran released Princeton graduate student Xiang Wang in a prisoner exchange with the "
           "United States.",
           outlets=("AP", "Reuters", "BBC News")),
    Report("2019-12-07", "USAGOV", "IRNGOV", "0841",
           "The United States freed Iranian scientist Massoud Soleimani in exchange for Xiang Wang.",
           outlets=("AP", "CNN")),
    Report("2019-12-07", "USAGOV", "IRNGOV", "051",
           "Secretary of State Mike Pompeo thanked Iran for what he called a constructive negotiation.",
           outlets=("Reuters",)),
    Report("2019-12-10", "IRNGOV", "USAGOV", "036",
           "Foreign Minister Javad Zarif said Tehran is ready for a comprehensive prisoner swap "
           "with Washington.",
           outlets=("Al Jazeera", "Tehran Times"), modality="intended"),
    Report("2019-12-12", "USAGOV", "IRNGOV", "036",
           "Washington signalled it was open to talks with Iran without preconditions.",
           outlets=("CNN",), modality="considered"),
    Report("2019-12-17", "IRNGOV", "USAGOV", "020",
           "President Hassan Rouhani called on Washington to lift sanctions so talks could begin.",
           outlets=("Tehran Times",)),
    Report("2019-12-20", "USAGOV", "IRNGOV", "040",
           "US and Iranian envoys consulted through Swiss intermediaries on consular access.",
           outlets=("Reuters", "The Guardian")),
    Report("2019-12-23", "USAGOV", "IRNGOV", "036",
           "The State Department said it would welcome further exchanges of detainees with Iran.",
           outlets=("AP",), modality="intended"),
    Report("2019-12-31", "USAGOV", "IRNGOV", "112",
           "President Donald Trump blamed Iran for the attack on the US embassy in Baghdad.",
           outlets=("AP", "Reuters", "CNN", "BBC News")),
    Report("2020-01-03", "USAMIL", "IRNMIL", "195",
           "A US drone strike at Baghdad airport killed Iranian general Qasem Soleimani, "
           "commander of the Quds Force.",
           outlets=("AP", "Reuters", "BBC News", "Al Jazeera", "CNN", "The Guardian")),
    Report("2020-01-03", "USAMIL", "IRNMIL", "195",
           "Iranian general Qasem Soleimani was killed in a US drone strike near Baghdad airport on Friday.",
           outlets=("Wikinews",)),
    Report("2020-01-03", "IRNGOV", "USAGOV", "138",
           "Supreme Leader Ayatollah Ali Khamenei vowed severe revenge against the United States.",
           outlets=("Reuters", "Tehran Times", "Al Jazeera")),
    Report("2020-01-04", "USAGOV", "IRNGOV", "138",
           "Trump threatened to strike 52 Iranian sites if Tehran attacked Americans or US assets.",
           outlets=("AP", "CNN", "The Guardian")),
    Report("2020-01-05", "IRNGOV", "USAGOV", "130",
           "Iran said it would no longer observe any limits of the nuclear deal <script>alert('x')</script>.",
           outlets=("BBC News",)),
    Report("2020-01-08", "IRNMIL", "USAMIL", "195",
           "Iran fired more than a dozen ballistic missiles at the Al Asad and Erbil bases "
           "hosting US troops.",
           outlets=("AP", "Reuters", "BBC News", "Al Jazeera", "Wikinews")),
    Report("2020-01-08", "USAGOV", "IRNGOV", "163",
           "Trump announced new economic sanctions on Iran after the missile attack.",
           outlets=("AP", "CNN")),
    Report("2020-01-10", "USAGOV", "IRNGOV", "163",
           "The US Treasury imposed sanctions on eight senior Iranian officials and the steel industry.",
           outlets=("Reuters", "The Guardian")),
    Report("2020-01-11", "USAGOV", "IRNGOV", "112",
           "Washington accused Tehran of shooting down the Ukrainian airliner near Tehran.",
           outlets=("CNN",), claimant="Pentagon officials"),
    Report("2020-01-14", "IRNGOV", "USAGOV", "112",
           "Tehran accused Washington of economic terrorism over the new sanctions.",
           outlets=("Tehran Times", "Al Jazeera")),
    Report("2020-01-15", "USAGOV", "IRNGOV", "138",
           "Defence Secretary Mark Esper warned Iran that US forces would respond to any further attack.",
           outlets=("AP",), modality="hypothetical"),
)


def _background() -> list[Report]:
    """Steady Russia-Ukraine and France-Germany traffic every few days, so volume is not one dyad."""
    reports = []
    day = date(2019, 11, 4)
    while day <= date(2020, 1, 26):
        reports.append(Report(day.isoformat(), "RUSMIL", "UKRGOV", "193",
                              "Russian-backed forces fired on Ukrainian positions near Avdiivka "
                              f"on {day:%B %d}.",
                              outlets=("Reuters",)))
        reports.append(Report((day + timedelta(days=2)).isoformat(), "FRAGOV", "DEUGOV", "040",
                              f"Paris and Berlin consulted on the EU budget talks of {day:%B %d}.",
                              outlets=("Le Monde",)))
        day += timedelta(days=4)
    reports.append(Report("2019-12-09", "RUSGOV", "UKRGOV", "046",
                          "Vladimir Putin and Volodymyr Zelensky negotiated a ceasefire at the Normandy "
                          "summit in Paris.", outlets=("AP", "BBC News", "Le Monde")))
    return reports


def sample_events() -> list[tuple[Event, date]]:
    """Every (event, published) of the sample: one event per outlet copy of each report."""
    events = []
    for i, report in enumerate((*REPORTS, *_background())):
        entry = lookup(report.code)
        for outlet in report.outlets:
            attribution = [Attribution(name=outlet, kind="outlet", cue="reported")]
            if report.claimant:
                attribution.append(Attribution(name=report.claimant, kind="official", cue="said"))
            events.append((Event(
                doc_id=f"doc-{i:03d}-{outlet.lower().replace(' ', '-')}",
                sentence_index=0, evidence_text=report.text, evidence_start=0,
                evidence_end=len(report.text), source=ACTORS[report.source], target=ACTORS[report.target],
                cameo_code=entry.code, cameo_root=entry.root, cameo_name=entry.name,
                goldstein=entry.goldstein, quad_class=entry.quad_class, plover_type=entry.plover_type,
                plover_mode=entry.plover_mode, plover_context=entry.plover_context,
                modality=report.modality, attribution=attribution, outlet=outlet, trigger=report.code,
                event_date=report.day, date_precision="day", date_source="published", confidence=0.8,
                coder_version="test",
            ), date.fromisoformat(report.day)))
    return events


def build_sample_store(path: Path) -> Path:
    """A DuckDB store at `path` with the schema of brinkwatch.store and the sample events."""
    con = duckdb.connect(str(path))
    for ddl in TABLES:
        con.execute(ddl)
    for event, published in sample_events():
        row = {**event.to_row(), "published": published, "origin": "brinkwatch"}
        names = ", ".join(f'"{k}"' for k in row)
        con.execute(f"INSERT INTO events ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
        con.execute("INSERT OR IGNORE INTO documents (doc_id, url, outlet, published, text_hash) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [event.doc_id, f"https://news.example/{event.doc_id}", event.outlet, published, "x"])
    con.close()
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    path = build_sample_store(tmp_path_factory.mktemp("store") / "events.duckdb")
    con = open_read_only(path)
    ensure_clusters(con)
    return con


def _record(event_id: str, day: str, text: str, outlet: str, modality: str = "asserted",
            root: str = "19") -> EventRecord:
    return EventRecord(event_id, "USA", "IRN", root, root + "5", 4, -10.0, date.fromisoformat(day), text,
                       outlet, modality, 0.7, "USAMIL", "IRNMIL")


# --- corroboration ------------------------------------------------------------------------------

def test_syndicated_copies_and_rewrites_form_one_cluster() -> None:
    text = "A US drone strike at Baghdad airport killed Iranian general Qasem Soleimani."
    records = [
        _record("e1", "2020-01-03", text, "AP"),
        _record("e2", "2020-01-03", text, "Reuters"),
        _record("e3", "2020-01-04", "Iranian general Qasem Soleimani was killed by a US drone strike at "
                                    "Baghdad airport.", "BBC News", modality="historical"),
        _record("e4", "2020-01-08", "US forces shot down a drone over the Strait of Hormuz.", "CNN"),
    ]
    clusters = cluster_events(records)
    assert len(clusters) == 2
    strike = next(c for c in clusters if "e1" in c.event_ids)
    assert sorted(strike.event_ids) == ["e1", "e2", "e3"]
    assert strike.n_outlets == 3 and strike.outlets == ["AP", "BBC News", "Reuters"]
    assert strike.first_event_id == "e1" and strike.day == date(2020, 1, 3)
    assert strike.modality == "asserted"


def test_same_words_outside_the_window_or_root_are_separate_events() -> None:
    text = "US forces struck Iranian positions."
    records = [
        _record("e1", "2020-01-03", text, "AP"),
        _record("e2", "2020-01-20", text, "AP"),  # two weeks later: a new strike
        _record("e3", "2020-01-03", text, "AP", root="13"),  # another CAMEO root
    ]
    assert len(cluster_events(records)) == 3


def test_strongest_modality_prefers_reports_that_it_happened() -> None:
    assert strongest_modality(["denied", "intended", "asserted"]) == "asserted"
    assert strongest_modality(["negated", "considered"]) == "considered"


def test_store_clusters_count_outlets(store: duckdb.DuckDBPyConnection) -> None:
    (n_events,) = store.execute("SELECT count(*) FROM events").fetchone()
    (n_clusters,) = store.execute("SELECT count(*) FROM clusters").fetchone()
    assert n_clusters < n_events
    strike = store.execute(
        "SELECT n_events, n_outlets, modality FROM clusters WHERE cameo_root = '19' "
        "AND source = 'USA' AND day = DATE '2020-01-03'").fetchall()
    assert strike == [(7, 7, "asserted")]  # six AP-style copies + Wikinews' rewrite


# --- series -------------------------------------------------------------------------------------

def test_weekly_series_turns_from_cooperation_to_conflict(store: duckdb.DuckDBPyConnection) -> None:
    series = dyad_series(store, SeriesQuery("USA", "IRN", freq="week"))
    by_week = {p.period: p for p in series.points}
    december = by_week[date(2019, 12, 2)]
    january = by_week[date(2020, 1, 6)]
    assert december.cooperation == 3 and december.conflict == 0 and december.balance > 0
    assert january.conflict >= 4 and january.balance < 0
    assert january.goldstein_mean is not None and january.goldstein_mean < -5
    # Gaps are filled: consecutive weeks with no missing Monday.
    periods = [p.period for p in series.points]
    assert all((b - a).days == 7 for a, b in zip(periods, periods[1:], strict=False))
    assert by_week[date(2019, 11, 25)].n == 0


def test_series_counts_clusters_unless_asked_for_mentions(store: duckdb.DuckDBPyConnection) -> None:
    week = date(2019, 12, 30)
    clusters = {p.period: p for p in dyad_series(store, SeriesQuery("USA", "IRN")).points}[week]
    by_mention = dyad_series(store, SeriesQuery("USA", "IRN", unit="events"))
    mentions = {p.period: p for p in by_mention.points}[week]
    # Embassy accusation, Soleimani strike, Khamenei's and Trump's threats, Iran leaving the deal limits.
    assert clusters.n == 5
    assert mentions.n == 4 + (6 + 1) + 3 + 3 + 1  # every outlet's copy
    assert mentions.n > clusters.n


def test_balance_is_normalised_by_the_period_volume(store: duckdb.DuckDBPyConnection) -> None:
    series = dyad_series(store, SeriesQuery("USA", "IRN"))
    k, r = series.prior.weight, series.prior.rate
    for p in series.points:
        assert p.balance == pytest.approx(1000 * (p.cooperation - p.conflict + k * r) / (p.volume + k), abs=1e-3)
        assert p.volume >= p.n


def test_directed_filters_and_what_counts(store: duckdb.DuckDBPyConnection) -> None:
    everything = EventScope.parse("all")
    both = sum(p.n for p in dyad_series(store, SeriesQuery("USA", "IRN", scope=everything)).points)
    forward = sum(p.n for p in dyad_series(store, SeriesQuery("USA", "IRN", directed=True,
                                                               scope=everything)).points)
    backward = sum(p.n for p in dyad_series(store, SeriesQuery("IRN", "USA", directed=True,
                                                                scope=everything)).points)
    assert forward + backward == both and 0 < forward < both
    happened = sum(p.n for p in dyad_series(store, SeriesQuery("USA", "IRN")).points)
    assert happened == both - 4  # Zarif's intent, Washington considering talks, State intent, Esper warning
    intended = EventScope.parse("intended")
    assert sum(p.n for p in dyad_series(store, SeriesQuery("USA", "IRN", scope=intended)).points) == 2
    confident = EventScope.parse(None, min_confidence=0.9)
    assert sum(p.n for p in dyad_series(store, SeriesQuery("USA", "IRN", scope=confident)).points) == 0
    sector = sum(p.n for p in dyad_series(store, SeriesQuery("USAMIL", "IRN")).points)
    assert sector == 2  # the Soleimani strike and the Al Asad missile attack


def test_series_rejects_bad_queries(store: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(QueryError, match="freq"):
        dyad_series(store, SeriesQuery("USA", "IRN", freq="fortnight"))
    with pytest.raises(QueryError, match="actor code"):
        dyad_series(store, SeriesQuery("USA'; DROP TABLE events; --", "IRN"))
    assert dyad_series(store, SeriesQuery("USA", "CHN")).points == []


def test_top_dyads_rank_the_crisis_pair(store: duckdb.DuckDBPyConnection) -> None:
    dyads = top_dyads(store, limit=3)
    pairs = [(d["a"], d["b"]) for d in dyads]
    assert ("FRA", "DEU") not in pairs and ("DEU", "FRA") in pairs
    assert ("IRN", "USA") in pairs


# --- alerts -------------------------------------------------------------------------------------

def test_alert_flags_the_january_2020_turn_with_its_evidence(store: duckdb.DuckDBPyConnection) -> None:
    alerts = find_alerts(store, AlertSettings(since=date(2019, 12, 1)))
    crisis = [a for a in alerts if (a.a, a.b) == ("IRN", "USA")]
    assert len(crisis) == 1, [(a.a, a.b, a.period_start, a.direction) for a in alerts]
    alert = crisis[0]
    assert alert.direction == "conflict"
    assert alert.period_start in ("2019-12-30", "2020-01-06")
    assert alert.level < alert.baseline and alert.change_sd <= -2
    texts = [e.evidence_text for e in alert.evidence]
    assert any("Soleimani" in t for t in texts)
    top = alert.evidence[0]
    assert top.n_outlets >= 4 and top.links["event"] == f"/events/{top.event_id}"
    assert top.url and top.url.startswith("https://news.example/")
    # No alert on the steady background dyads.
    assert not [a for a in alerts if "RUS" in (a.a, a.b) or "FRA" in (a.a, a.b)]


def test_alerts_since_filters_out_older_changes(store: duckdb.DuckDBPyConnection) -> None:
    assert find_alerts(store, AlertSettings(since=date(2020, 3, 1))) == []


def test_detect_changes_ignores_noise_and_finds_a_step() -> None:
    def points(values: list[float]) -> list[SeriesPoint]:
        start = date(2024, 1, 1)
        return [SeriesPoint(period=start + timedelta(weeks=i), n=10, verbal_cooperation=5,
                            verbal_conflict=5, balance=v) for i, v in enumerate(values)]

    noisy = [10, 12, 9, 11, 10, 13, 9, 10, 12, 11, 10, 9]
    assert detect_changes(points(noisy)) == []
    step = [10, 12, 9, 11, 10, 13, -40, -42, -39, -41, -43, -40]
    changes = detect_changes(points(step))
    assert len(changes) == 1 and changes[0].period_start == date(2024, 2, 12)
    assert changes[0].baseline_periods == 6 and changes[0].change_sd < -10
    assert detect_changes(points([5.0] * 10)) == []


def test_attribution_survives_into_evidence(store: duckdb.DuckDBPyConnection) -> None:
    row = store.execute("SELECT attribution FROM events WHERE evidence_text LIKE 'Tehran accused Washington "
                        "of stoking%'").fetchone()
    assert json.loads(row[0])[1]["name"] == "Iran's Supreme National Security Council"


# --- command line -------------------------------------------------------------------------------

def test_cli_dyad_alerts_and_clusters(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from brinkwatch.cli import app

    path = build_sample_store(tmp_path / "events.duckdb")
    runner = CliRunner()
    result = runner.invoke(app, ["dyad", "USA", "IRN", "--db", str(path), "--freq", "month", "--json",
                                 "--plot", str(tmp_path / "usa-irn.html")])
    assert result.exit_code == 0, result.output
    months = json.loads(result.stdout)["points"]
    assert [m["period"] for m in months] == ["2019-11-01", "2019-12-01", "2020-01-01"]
    assert months[1]["balance"] > 0 > months[2]["balance"]
    assert "plotly" in (tmp_path / "usa-irn.html").read_text(encoding="utf-8")[:5000].lower()

    result = runner.invoke(app, ["alerts", "--db", str(path), "--since", "2019-12-01"])
    assert result.exit_code == 0 and "IRN–USA toward conflict" in result.stdout
    assert "Qasem Soleimani" in result.stdout

    result = runner.invoke(app, ["clusters", "--db", str(path)])
    assert result.exit_code == 0 and "clusters from" in result.stdout
    con = open_read_only(path)
    ensure_clusters(con)  # reuses the stored tables
    assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'clusters' "
                       "AND table_catalog = 'store'").fetchone() == (1,)

    bad = runner.invoke(app, ["dyad", "USA", "IRN", "--db", str(path), "--since", "yesterday"])
    assert bad.exit_code == 2 and "not a date" in bad.output
