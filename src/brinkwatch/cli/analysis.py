"""`brinkwatch dyad`, `alerts`, `clusters` and `serve`: analysis of a store, on the terminal or the web.

Each command opens the store, calls one function of brinkwatch.analysis (or the API app) and renders
the result; `--json` prints the same data as the REST API returns.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import typer
from rich.console import Console
from rich.table import Table

from brinkwatch.analysis import AlertSettings, SeriesQuery, dyad_series, find_alerts, open_read_only
from brinkwatch.analysis.corroboration import (
    ClusterSettings,
    cluster_events,
    read_records,
    write_cluster_tables,
)
from brinkwatch.analysis.series import Series, known_actor
from brinkwatch.cli.options import MODALITY_HELP, Freq, event_scope, parse_day, plural
from brinkwatch.errors import StoreError

DB_HELP = "the event store (DuckDB file)"

def dyad(
    a: str = typer.Argument(..., help="actor or country code, e.g. USA or USAGOV"),
    b: str = typer.Argument("ALL", help="the other actor (ALL: a against everyone)"),
    db: Path = typer.Option(Path("events.duckdb"), "--db", help=DB_HELP),
    freq: Freq = typer.Option(Freq.week, help="length of a period"),
    directed: bool = typer.Option(False, "--directed", help="only a -> b"),
    mentions: bool = typer.Option(False, "--mentions", help="count every report, not corroborated events"),
    modality: str = typer.Option(None, "--modality", help=MODALITY_HELP),
    include_unresolved: bool = typer.Option(
        False, "--include-unresolved", help="also count events with an actor no table knows"),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0,
                                         help="lowest coder confidence counted (0-1)"),
    since: str = typer.Option(None, help="first day shown, YYYY-MM-DD"),
    until: str = typer.Option(None, help="last day shown, YYYY-MM-DD"),
    skip_empty: bool = typer.Option(False, "--skip-empty", help="leave out periods with no events of the dyad"),
    plot: Path = typer.Option(None, "--plot", help="draw the series to out.html (or out.png with kaleido)"),
    as_json: bool = typer.Option(False, "--json", help="print JSON (the same as the REST API)"),
) -> None:
    """Conflict and cooperation between two actors, period by period."""
    query = SeriesQuery(
        a.upper(), None if b.upper() == "ALL" else b.upper(), freq.value, directed,
        "events" if mentions else "clusters", event_scope(modality, include_unresolved, min_confidence),
        parse_day(since, "--since"), parse_day(until, "--until"),
    )
    if plot and plot.suffix.lower() not in (".html", ".png", ".svg", ".pdf"):
        raise typer.BadParameter("write .html (or .png/.svg/.pdf with kaleido)", param_hint="--plot")
    con = open_read_only(db)
    series = dyad_series(con, query)
    unknown = [code for code in (query.a, query.b) if code and not series.points and not known_actor(con, code)]
    if as_json:
        typer.echo(json.dumps(series.to_dict(), ensure_ascii=False))
    else:
        Console().print(_series_table(series, skip_empty))
    for code in unknown:
        typer.echo(f"brinkwatch: no stored event has the actor code {code!r} (codes are like USA, USAGOV, IRN)",
                   err=True)
    if plot:
        _plot(series, plot)
        typer.echo(f"wrote {plot}", err=True)


def _series_table(series: Series, skip_empty: bool = False) -> Table:
    q = series.query
    unit = "corroborated events" if q.unit == "clusters" else "reports"
    arrow = "->" if q.directed else "<->"
    table = Table(title=f"{q.a} {arrow} {q.b or 'ALL'} per {q.freq} ({unit})")
    table.add_column("period", no_wrap=True, min_width=10)
    for name in ("n", "vcoop", "mcoop", "vconf", "mconf", "gold", "mean", "bal‰"):
        table.add_column(name, justify="right", no_wrap=True)
    shown = [p for p in series.points if p.n or not skip_empty]
    for p in shown:
        style = "red" if p.balance < 0 else ("blue" if p.balance > 0 else None)
        table.add_row(
            p.period.isoformat(), str(p.n), str(p.verbal_cooperation), str(p.material_cooperation),
            str(p.verbal_conflict), str(p.material_conflict), f"{p.goldstein_sum:.1f}",
            "" if p.goldstein_mean is None else f"{p.goldstein_mean:.2f}", f"{p.balance:.1f}", style=style,
        )
    total = sum(p.n for p in series.points)
    table.caption = (
        f"{plural(total, unit[:-1] if unit.endswith('s') else unit)}; counted: {q.scope.describe()}.\n"
        "vcoop/mcoop/vconf/mconf: verbal/material cooperation/conflict. bal‰: cooperation minus conflict "
        f"per 1,000 {unit} of every dyad that {q.freq}, shrunk toward the dyad's baseline "
        f"(r = {1000 * series.prior.rate:.1f}‰) by K = {series.prior.weight:g} {unit}"
    )
    if skip_empty and len(shown) < len(series.points):
        table.caption += f"; {plural(len(series.points) - len(shown), 'empty ' + q.freq)} not shown"
    if not series.points:
        table.caption = f"no events for this dyad (counted: {q.scope.describe()})"
    return table


def _plot(series: Series, out: Path) -> None:
    """The series as a Plotly figure: conflict below the axis, cooperation above, balance as a line."""
    import plotly.graph_objects as go  # only when asked: plotly is slow to import

    x = [p.period for p in series.points]
    fig = go.Figure()
    for name, values, color in (
        ("verbal cooperation", [p.verbal_cooperation for p in series.points], "#7fb3d5"),
        ("material cooperation", [p.material_cooperation for p in series.points], "#2471a3"),
        ("verbal conflict", [-p.verbal_conflict for p in series.points], "#f1948a"),
        ("material conflict", [-p.material_conflict for p in series.points], "#c0392b"),
    ):
        fig.add_bar(x=x, y=values, name=name, marker_color=color)
    fig.add_scatter(x=x, y=[p.balance for p in series.points], name="balance per 1,000 events", yaxis="y2",
                    line={"color": "#1d2430"})
    q = series.query
    fig.update_layout(
        title=f"{q.a} and {q.b or 'everyone'}: conflict and cooperation per {q.freq}", barmode="relative",
        yaxis={"title": "events"}, yaxis2={"title": "balance", "overlaying": "y", "side": "right"},
    )
    if out.suffix.lower() == ".html":
        fig.write_html(out, include_plotlyjs=True)  # self-contained: opens offline
        return
    try:
        fig.write_image(out)
    except (ValueError, ImportError, RuntimeError) as exc:
        raise typer.BadParameter(
            f"cannot write {out.suffix} ({exc}); install kaleido for images, or use --plot out.html",
            param_hint="--plot",
        ) from exc


def alerts(
    db: Path = typer.Option(Path("events.duckdb"), "--db", help=DB_HELP),
    since: str = typer.Option(None, help="only alerts from this day, YYYY-MM-DD"),
    freq: Freq = typer.Option(Freq.week, help="length of a period"),
    modality: str = typer.Option(None, "--modality", help=MODALITY_HELP),
    include_unresolved: bool = typer.Option(
        False, "--include-unresolved", help="also count events with an actor no table knows"),
    top: int = typer.Option(3, min=0, help="evidence sentences shown per alert"),
    as_json: bool = typer.Option(False, "--json", help="print JSON"),
) -> None:
    """Periods where a pair of actors moved sharply toward conflict or cooperation, with evidence."""
    settings = AlertSettings(freq=freq.value, since=parse_day(since, "--since"), top_evidence=top,
                             scope=event_scope(modality, include_unresolved, 0.0))
    found = find_alerts(open_read_only(db), settings)
    if as_json:
        typer.echo(json.dumps([a.to_dict() for a in found], ensure_ascii=False))
        return
    console = Console()
    if not found:
        console.print("no alerts")
    else:
        console.print(f"[dim]counted: {settings.scope.describe()}; balance: cooperation minus conflict per "
                      f"1,000 corroborated events of every dyad that {settings.freq}, shrunk toward the "
                      "dyad's baseline (see `brinkwatch dyad`)[/]")
    for alert in found:
        color = "red" if alert.direction == "conflict" else "blue"
        console.print(
            f"[bold {color}]{alert.a}–{alert.b} toward {alert.direction}[/], "
            f"{alert.freq} of {alert.period_start}: balance {alert.balance:.1f}‰ "
            f"(mean {alert.baseline:.1f} over the {plural(alert.baseline_periods, 'period')} before, "
            f"{alert.level:.1f} after; {alert.change_sd:+.2f} sd), "
            f"{plural(alert.n_clusters, 'event')}  [dim]{alert.alert_id}[/]"
        )
        for ev in alert.evidence:
            who = ev.outlet or "?"
            console.print(f"   {ev.day} [{ev.cameo_code}] {ev.evidence_text}  ({who}, {ev.modality}, "
                          f"{plural(ev.n_outlets, 'outlet')}) /events/{ev.event_id}", highlight=False, markup=False)


def clusters(
    db: Path = typer.Option(Path("events.duckdb"), "--db", help=DB_HELP),
    window: int = typer.Option(3, min=0, help="days after a first report that still count as the same event"),
    similarity: float = typer.Option(70.0, help="least rapidfuzz token-set ratio (0-100) of the same event"),
) -> None:
    """Compute corroboration clusters and keep them in the store, so `serve` starts at once."""
    from brinkwatch.store.owner import explain_lock_error, refuse_if_held

    if not db.is_file():
        raise StoreError("no event store here", input=str(db))
    refuse_if_held(db)
    try:
        con = duckdb.connect(str(db))
    except duckdb.Error as exc:
        raise StoreError(explain_lock_error(db, exc), input=str(db)) from exc
    found = cluster_events(read_records(con), ClusterSettings(window_days=window, min_similarity=similarity))
    write_cluster_tables(con, found)
    n_events = sum(c.n_events for c in found)
    con.close()
    typer.echo(f"{len(found)} clusters from {n_events} events ({db})")


def serve(
    db: Path = typer.Option(Path("events.duckdb"), "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", help="address to listen on"),
    port: int = typer.Option(8000, min=1, max=65535, help="port to listen on"),
    watch: list[str] = typer.Option(None, "--watch", help="poll this feed URL, folder or file while serving "
                                    "(repeat for several); the server then owns the store"),
    feeds: list[Path] = typer.Option(None, "--feeds", help="with --watch: text file of feed URLs, one per line"),
    every: str = typer.Option("15m", "--every", help="with --watch: time between polls (30s, 15m, 1h)"),
    webhook: str = typer.Option(None, "--webhook", help="with --watch: POST each new alert to this URL, once"),
) -> None:
    """The REST API (OpenAPI page at /docs) and the dashboard (at /), over the store opened read-only;
    with --watch, polls sources too and serves each poll's result (alerts also at /alerts.atom)."""
    import uvicorn

    from brinkwatch.api import create_app

    if watch or feeds:
        _serve_watching(db, host, port, watch, feeds, every, webhook)
        return
    app = create_app(db)
    typer.echo(f"brinkwatch: serving {db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def _serve_watching(db: Path, host: str, port: int, sources: list[str], feeds: list[Path] | None, every: str,
                    webhook: str | None) -> None:
    import threading
    from datetime import UTC, datetime

    import uvicorn

    from brinkwatch.api import create_app
    from brinkwatch.cli.watch import _report, watch_config
    from brinkwatch.store.owner import OwnerLock
    from brinkwatch.watch import PollReport, SleepSchedule, Watcher, parse_every
    from brinkwatch.watch.serving import SwappableApp, snapshot, status

    config = watch_config(sources, feeds, db, "week", None, None, webhook, 10.0, 5_000_000)
    seconds = parse_every(every)
    holder = SwappableApp(None)  # type: ignore[arg-type] - swapped in by the first poll, before serving

    def refresh(con: duckdb.DuckDBPyConnection, report: PollReport) -> None:
        app = create_app(db, con=snapshot(con))
        finished, summary = datetime.now(UTC), report.to_dict()
        app.add_api_route("/watch", lambda: status(finished, summary, seconds), methods=["GET"],
                          tags=["analysis"], summary="When the watcher last polled, and what it found")
        holder.swap(app)

    watcher = Watcher(config, after_poll=refresh)
    schedule = SleepSchedule(seconds)
    with OwnerLock(db, "brinkwatch serve --watch"):
        _report(watcher.poll())
        thread = threading.Thread(target=watcher.loop, args=(schedule, _report), daemon=True, name="watch")
        thread.start()
        typer.echo(f"brinkwatch: serving {db} on http://{host}:{port}/ and polling {len(config.sources)} "
                   f"source(s) every {every}", err=True)
        try:
            uvicorn.run(holder, host=host, port=port, log_level="warning", access_log=False)
        finally:
            schedule.stop()
            thread.join(timeout=30)


def register(app: typer.Typer) -> None:
    """Add this group's commands to `app`."""
    app.command("dyad")(dyad)
    app.command("alerts")(alerts)
    app.command("clusters")(clusters)
    app.command("serve")(serve)
