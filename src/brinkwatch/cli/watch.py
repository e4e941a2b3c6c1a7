"""`brinkwatch watch`: keep a store up to date from feeds and folders, and push each new alert once.

    brinkwatch watch https://example.org/world.rss news/ --db events.duckdb --every 15m \\
        --webhook https://hooks.example.org/brinkwatch

Alerts go to standard output as JSONL (one line each, once), to the webhook as a POST, and to
/alerts.atom when served (`brinkwatch serve --watch ...` polls and serves in one process).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from brinkwatch.cli.options import MODALITY_HELP, Freq, event_scope, parse_day

if TYPE_CHECKING:  # the watch package loads httpx and the store: imported when a command runs
    from brinkwatch.watch import PollReport, WatchConfig

DB_HELP = "the event store (DuckDB file; created if missing)"


def watch_config(sources: list[str], feeds: list[Path] | None, db: Path, freq: str, since: str | None,
                 modality: str | None, webhook: str | None, timeout: float, max_bytes: int) -> WatchConfig:
    """The WatchConfig of the command-line options shared by `watch` and `serve --watch`."""
    from brinkwatch.ingest.feeds import read_feed_list
    from brinkwatch.ingest.options import IngestOptions
    from brinkwatch.watch import WatchConfig

    every_source = list(sources or [])
    for feed_list in feeds or []:
        every_source += read_feed_list(str(feed_list))
    if not every_source:
        raise typer.BadParameter("give at least one feed URL, folder or file, or --feeds FILE")
    if webhook and not webhook.startswith(("http://", "https://")):
        raise typer.BadParameter(f"not an http(s) URL: {webhook!r}", param_hint="--webhook")
    options = IngestOptions(timeout=timeout, max_bytes=max_bytes)
    return WatchConfig(db=str(db), sources=every_source, freq=freq, since=parse_day(since, "--since"),
                       scope=event_scope(modality, False, 0.0), webhook=webhook, options=options)


def _report(report: PollReport) -> None:
    typer.echo(f"brinkwatch: {report.summary()}", err=True)
    for line in report.error_samples:
        typer.echo(f"  error {line}", err=True)


def watch_command(
    sources: list[str] = typer.Argument(None, help="Feed URLs, folders or files to poll."),
    db: Path = typer.Option(Path("events.duckdb"), "--db", help=DB_HELP),
    feeds: list[Path] = typer.Option(None, "--feeds", help="Text file of feed URLs, one per line."),
    every: str = typer.Option("15m", "--every", help="Time between polls: 30s, 15m, 1h..."),
    webhook: str = typer.Option(None, "--webhook", help="POST each new alert (JSON) to this URL, once."),
    freq: Freq = typer.Option(Freq.week, help="Period of the alert scan."),
    since: str = typer.Option(None, help="Push only alerts from this day on, YYYY-MM-DD."),
    modality: str = typer.Option(None, "--modality", help=MODALITY_HELP),
    once: bool = typer.Option(False, "--once", help="Poll once and exit (for cron)."),
    timeout: float = typer.Option(10.0, min=0.1, help="Seconds allowed per feed or page."),
    max_bytes: int = typer.Option(5_000_000, min=1, help="Largest feed or page, in bytes."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log every error and webhook retry."),
) -> None:
    """Poll feeds and folders on a schedule, store what is new, push each new alert once."""
    from brinkwatch.watch import SleepSchedule, Watcher, parse_every

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="brinkwatch: %(message)s")
    config = watch_config(sources, feeds, db, freq.value, since, modality, webhook, timeout, max_bytes)
    schedule = SleepSchedule(parse_every(every), max_polls=0 if once else None)
    Watcher(config).run(schedule, command="brinkwatch watch", on_report=_report)


def register(app: typer.Typer) -> None:
    """Add `watch` to `app`."""
    app.command("watch")(watch_command)
