"""`brinkwatch dyad`, `alerts`, `clusters` and `serve`: analysis of a store, on the terminal or the web.

Each command opens the store, calls one function of brinkwatch.analysis (or the API app) and renders
the result; `--json` prints the same data as the REST API returns.
"""

from __future__ import annotations

import json
from datetime import date
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
from brinkwatch.analysis.series import Series
from brinkwatch.errors import StoreError

DB_HELP = "the event store (DuckDB file)"


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name) from exc


def dyad(
    a: str = typer.Argument(..., help="actor or country code, e.g. USA or USAGOV"),
    b: str = typer.Argument("ALL", help="the other actor (ALL: a against everyone)"),
    db: Path = typer.Option(Path("events.duckdb"), "--db", help=DB_HELP),
    freq: str = typer.Option("week", help="day, week or month"),
    directed: bool = typer.Option(False, "--directed", help="only a -> b"),
    mentions: bool = typer.Option(False, "--mentions", help="count every report, not corroborated events"),
    asserted_only: bool = typer.Option(False, "--asserted-only", help="only events reported as happened"),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0),
    since: str = typer.Option(None, help="first day, YYYY-MM-DD"),
    until: str = typer.Option(None, help="last day, YYYY-MM-DD"),
    plot: Path = typer.Option(None, "--plot", help="draw the series to out.html (or out.png with kaleido)"),
    as_json: bool = typer.Option(False, "--json", help="print JSON"),
) -> None:
    """Conflict and cooperation between two actors, period by period."""
    query = SeriesQuery(
        a.upper(), None if b.upper() == "ALL" else b.upper(), freq, directed,
        "events" if mentions else "clusters", asserted_only, min_confidence,
        _day(since, "--since"), _day(until, "--until"),
    )
    if plot and plot.suffix.lower() not in (".html", ".png", ".svg", ".pdf"):
        raise typer.BadParameter("write .html (or .png/.svg/.pdf with kaleido)", param_hint="--plot")
    series = dyad_series(open_read_only(db), query)
    if as_json:
        typer.echo(json.dumps(series.to_dict(), ensure_ascii=False))
    else:
        Console().print(_series_table(series))
    if plot:
        _plot(series, plot)
        typer.echo(f"wrote {plot}", err=True)


def _series_table(series: Series) -> Table:
    q = series.query
    unit = "corroborated events" if q.unit == "clusters" else "reports"
    arrow = "->" if q.directed else "<->"
    table = Table(title=f"{q.a} {arrow} {q.b or 'ALL'} per {q.freq} ({unit})")
    table.add_column("period", no_wrap=True, min_width=10)
    for name in ("n", "vcoop", "mcoop", "vconf", "mconf", "gold", "mean", "bal‰"):
        table.add_column(name, justify="right", no_wrap=True)
    table.caption = "vcoop/mcoop/vconf/mconf: verbal/material cooperation/conflict; bal‰: balance per 1,000"
    for p in series.points:
        style = "red" if p.balance < 0 else ("blue" if p.balance > 0 else None)
        table.add_row(
            p.period.isoformat(), str(p.n), str(p.verbal_cooperation), str(p.material_cooperation),
            str(p.verbal_conflict), str(p.material_conflict), f"{p.goldstein_sum:.1f}",
            "" if p.goldstein_mean is None else f"{p.goldstein_mean:.2f}", f"{p.balance:.1f}", style=style,
        )
    if not series.points:
        table.caption = "no events for this dyad"
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
    freq: str = typer.Option("week", help="day, week or month"),
    top: int = typer.Option(3, help="evidence sentences shown per alert"),
    as_json: bool = typer.Option(False, "--json", help="print JSON"),
) -> None:
    """Periods where a pair of actors moved sharply toward conflict or cooperation, with evidence."""
    settings = AlertSettings(freq=freq, since=_day(since, "--since"), top_evidence=top)
    found = find_alerts(open_read_only(db), settings)
    if as_json:
        typer.echo(json.dumps([a.to_dict() for a in found], ensure_ascii=False))
        return
    console = Console()
    if not found:
        console.print("no alerts")
    for alert in found:
        color = "red" if alert.direction == "conflict" else "blue"
        console.print(
            f"[bold {color}]{alert.a}–{alert.b} toward {alert.direction}[/], "
            f"{alert.freq} of {alert.period_start}: "
            f"balance {alert.baseline:.1f} -> {alert.level:.1f} ({alert.change_sd:+.2f} sd of the "
            f"{alert.baseline_periods} periods before), {alert.n_clusters} events  [dim]{alert.alert_id}[/]"
        )
        for ev in alert.evidence:
            who = ev.outlet or "?"
            console.print(f"   {ev.day} [{ev.cameo_code}] {ev.evidence_text}  ({who}, {ev.modality}, "
                          f"{ev.n_outlets} outlets) /events/{ev.event_id}", highlight=False, markup=False)


def clusters(
    db: Path = typer.Option(Path("events.duckdb"), "--db", help=DB_HELP),
    window: int = typer.Option(3, help="days after a first report that still count as the same event"),
    similarity: float = typer.Option(70.0, help="least rapidfuzz token-set ratio (0-100) of the same event"),
) -> None:
    """Compute corroboration clusters and keep them in the store, so `serve` starts at once."""
    if not db.is_file():
        raise StoreError("no event store here", input=str(db))
    try:
        con = duckdb.connect(str(db))
    except duckdb.Error as exc:
        raise StoreError(f"cannot open the store for writing: {exc}", input=str(db)) from exc
    found = cluster_events(read_records(con), ClusterSettings(window_days=window, min_similarity=similarity))
    write_cluster_tables(con, found)
    n_events = sum(c.n_events for c in found)
    con.close()
    typer.echo(f"{len(found)} clusters from {n_events} events ({db})")


def serve(
    db: Path = typer.Option(Path("events.duckdb"), "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", help="address to listen on"),
    port: int = typer.Option(8000, min=1, max=65535),
) -> None:
    """The REST API (OpenAPI page at /docs) and the dashboard (at /), over the store opened read-only."""
    import uvicorn

    from brinkwatch.api import create_app

    app = create_app(db)
    typer.echo(f"brinkwatch: serving {db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add this group's commands to `app`."""
    app.command("dyad")(dyad)
    app.command("alerts")(alerts)
    app.command("clusters")(clusters)
    app.command("serve")(serve)
