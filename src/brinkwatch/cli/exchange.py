"""`brinkwatch import` and `brinkwatch export`: event datasets in and out of the store.

    brinkwatch import --format gdelt 20241119.export.CSV.zip --db events.duckdb
    brinkwatch export --format plover events.jsonl --db events.duckdb --actor RUS --since 2024-11-01
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from brinkwatch.errors import BrinkwatchError, exit_status_for_skipped, printable
from brinkwatch.ontology.cameo import normalise_code
from brinkwatch.store import EventStore
from brinkwatch.store.filters import export_scope
from brinkwatch.store.formats import ExportFilter, ImportSummary, count_left_out, export_file, import_file
from brinkwatch.store.schema import DATE_WINDOW, in_date_window

_SHOWN_ERRORS = 10


class ImportFormat(StrEnum):
    gdelt = "gdelt"
    icews = "icews"
    plover = "plover"


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    icews = "icews"
    plover = "plover"
    parquet = "parquet"
    csv = "csv"


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None
    if in_date_window(day) is None:
        low, high = DATE_WINDOW
        raise typer.BadParameter(f"{value} is outside {low.year}-{high.year}", param_hint=option)
    return day


def import_command(
    files: list[Path] = typer.Argument(..., help="Event files (.CSV, .tab, .jsonl; .zip/.gz are opened)."),
    format: ImportFormat = typer.Option(..., "--format", "-f", help="Dataset layout of FILES."),
    db: Path = typer.Option(Path("events.duckdb"), "--db", help="DuckDB event store (created if missing)."),
) -> None:
    """Load GDELT (1.0/2.0), ICEWS or PLOVER JSONL events into the store; re-importing adds nothing."""
    console = Console(stderr=True, soft_wrap=True, markup=False, highlight=False)
    skipped = 0
    with EventStore(db) as store:
        for path in files:
            summary = import_file(store, format.value, path)
            _report_import(console, summary)
            skipped += len(summary.errors)
    if skipped:
        # Each file went in whole (its bad lines left out) or not at all; the exit status counts what was skipped.
        console.print(f"{skipped} lines or files skipped; exit status {exit_status_for_skipped(skipped)}")
        raise typer.Exit(exit_status_for_skipped(skipped))


def _report_import(console: Console, summary: ImportSummary) -> None:
    name = printable(summary.path)
    if summary.file_error is not None:
        console.print(f"{name}: nothing imported: {summary.file_error.message}")
    else:
        console.print(
            f"{name}: {summary.read} events read, {summary.added} added, "
            f"{summary.already_stored} already stored, {len(summary.errors)} lines skipped"
        )
    for error in summary.errors[:_SHOWN_ERRORS]:
        console.print(f"  skipped {error.one_line()}")
    if len(summary.errors) > _SHOWN_ERRORS:
        console.print(f"  ... and {len(summary.errors) - _SHOWN_ERRORS} more (see the errors table)")


def export_command(
    out: str = typer.Argument(..., help="Output file ('-' for standard output, except Parquet)."),
    format: ExportFormat = typer.Option(..., "--format", "-f", help="Layout to write."),
    db: Path = typer.Option(Path("events.duckdb"), "--db", help="DuckDB event store."),
    since: str | None = typer.Option(None, "--since", help="First event date (YYYY-MM-DD), inclusive."),
    until: str | None = typer.Option(None, "--until", help="Last event date (YYYY-MM-DD), inclusive."),
    actor: str | None = typer.Option(None, "--actor", help="Source or target code prefix (RUS, USAGOV)."),
    source: str | None = typer.Option(None, "--source", help="Source actor code prefix."),
    target: str | None = typer.Option(None, "--target", help="Target actor code prefix."),
    code: list[str] = typer.Option([], "--code", help="CAMEO code prefix; repeat for several (190, 0231)."),
    root: list[str] = typer.Option([], "--root", help="CAMEO root (01-20); repeat for several."),
    origin: str | None = typer.Option(None, "--origin", help="Only events from brinkwatch, gdelt, icews..."),
    asserted_only: bool = typer.Option(False, "--asserted-only", help="Leave out intended, negated, ..."),
    min_confidence: float | None = typer.Option(
        None, "--min-confidence", min=0.0, max=1.0, help="Lowest confidence kept (drops events without one)."
    ),
    everything: bool = typer.Option(
        False, "--all", help="GDELT/ICEWS have no modality column: write intended, negated... events too."
    ),
) -> None:
    """Write the store's events as GDELT 2.0 (61 columns), ICEWS, PLOVER JSONL, Parquet or CSV."""
    filters = ExportFilter(
        since=_parse_day(since, "--since"),
        until=_parse_day(until, "--until"),
        actor=actor,
        source=source,
        target=target,
        codes=tuple(normalise_code(c) for c in code),
        roots=tuple(r.zfill(2) for r in root),
        origin=origin,
        asserted_only=asserted_only,
        min_confidence=min_confidence,
        scope=export_scope(format.value, everything),
    )
    if filters.since and filters.until and filters.since > filters.until:
        raise typer.BadParameter("--since is after --until", param_hint="--since")
    if not db.is_file():
        raise BrinkwatchError("no event store here (run `brinkwatch ingest` first)", input=str(db))
    # Read-only: an export never writes the store, and works while `serve` holds it.
    with EventStore(db, read_only=True) as store:
        count = export_file(store, format.value, out, filters)
        left_out = count_left_out(store.connection, filters)
    console = Console(stderr=True, soft_wrap=True, markup=False, highlight=False)
    console.print(f"{count} event{'' if count == 1 else 's'} written to {printable(out)} ({format.value})")
    if left_out:
        console.print(f"{left_out} left out: not reported as having happened, and {format.value} has no "
                      "modality column to say so (--all writes them)")


def register(app: typer.Typer) -> None:
    """Add `import` and `export` to `app`."""
    app.command("import")(import_command)
    app.command("export")(export_command)
