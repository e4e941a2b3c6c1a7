"""`brinkwatch ingest` (sources -> coded events in the store) and `brinkwatch query` (read-only SQL)."""

from __future__ import annotations

import csv
import json
import logging
import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

import typer

from brinkwatch.errors import StoreError, exit_status_for_skipped, printable

DEFAULT_DB = "events.duckdb"


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


def register(app: typer.Typer) -> None:
    """Add this group's commands to `app`."""
    app.command("ingest")(ingest_command)
    app.command("query")(query_command)


# -- ingest ---------------------------------------------------------------------------------------------


def ingest_command(
    paths: list[str] = typer.Argument(None, help="Files, folders, .gz/.zip archives, feed or page URLs."),
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", help="DuckDB store file (created if missing)."),
    parquet: Path | None = typer.Option(None, "--parquet", help="Also write the store as Parquet here."),
    feeds: list[Path] = typer.Option(None, "--feeds", help="Text file of feed URLs, one per line."),
    text_field: str = typer.Option("text", help="JSONL/CSV field holding the story text."),
    date_field: str = typer.Option("date", help="JSONL/CSV field holding the publication date."),
    url_field: str = typer.Option("url", help="JSONL/CSV field holding the story URL."),
    outlet_field: str = typer.Option("outlet", help="JSONL/CSV field holding the outlet name."),
    title_field: str = typer.Option("title", help="JSONL/CSV field holding the headline."),
    published: str | None = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) of stories without one of their own, e.g. plain text."
    ),
    outlet: str | None = typer.Option(None, "--outlet", help="Outlet of stories that do not name one."),
    issuer: str | None = typer.Option(
        None, "--issuer", help="Actor code of the government or body whose statements these are (USAGOV): "
        "their 'we', 'our', 'the Department' resolve to it."
    ),
    issuer_field: str = typer.Option("issuer", help="JSONL/CSV field holding a record's issuer code."),
    max_chars: int = typer.Option(1_000_000, min=1, help="Longer documents are rejected as errors."),
    workers: int = typer.Option(1, min=1, help="Coding processes (spaCy is CPU-bound)."),
    coder: str = typer.Option("rules", help="Coder passed to the pipeline."),
    timeout: float = typer.Option(10.0, min=0.1, help="Seconds allowed per fetched page."),
    max_bytes: int = typer.Option(5_000_000, min=1, help="Largest fetched page, in bytes."),
    delay: float = typer.Option(1.0, min=0.0, help="Seconds between requests to one host."),
    user_agent: str | None = typer.Option(None, help="User-Agent for fetching."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a live progress bar."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log every stored document and error."),
    engine: str = typer.Option("pool", help="pool: local processes; ray: Ray Data (local, or --address)."),
    address: str | None = typer.Option(None, help="Ray cluster to join ('auto', 'ray://HEAD:10001')."),
) -> None:
    """Read news sources, code their events and store them; rerunning resumes and adds nothing twice."""
    from brinkwatch.batch import IngestSettings, ingest
    from brinkwatch.ingest import IngestOptions
    from brinkwatch.store import EventStore
    from brinkwatch.store.filters import UNDATED_HINT, undated_since

    if not paths and not feeds:
        raise typer.BadParameter("give at least one PATH or --feeds FILE")
    if verbose:
        logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
    options = IngestOptions(
        text_field=text_field, date_field=date_field, url_field=url_field, outlet_field=outlet_field,
        title_field=title_field, max_chars=max_chars, timeout=timeout, max_bytes=max_bytes, delay=delay,
        published=_published_option(published), outlet=outlet, issuer=_issuer_option(issuer),
        issuer_field=issuer_field,
    )
    if user_agent:
        options.user_agent = user_agent
    if engine not in ("pool", "ray"):
        raise typer.BadParameter(f"--engine must be pool or ray, not {engine!r}")
    settings = IngestSettings(coder=coder, workers=workers, parquet_dir=str(parquet) if parquet else None)
    started = datetime.now(UTC).replace(tzinfo=None)
    with EventStore(db) as store, _ProgressDisplay(enabled=progress) as display:
        if engine == "ray":
            from brinkwatch import scale

            shards = Path(parquet) if parquet else db.with_suffix(".ray-shards")
            ray_settings = scale.RaySettings(address=address, workers=max(workers, 2), coder=coder)
            summary = scale.run(
                paths or [], store, shards, ray_settings, options, on_progress=display.update, feed_lists=feeds or []
            )
            if parquet:
                store.write_parquet(parquet)
        else:
            summary = ingest(
                paths or [], store, options, settings, feed_lists=feeds or [], on_progress=display.update
            )
        counts = store.counts()
        undated = undated_since(store.connection, started)
    _print_summary(summary, counts, db)
    if undated[0]:
        typer.echo(f"warning: {undated[0]} event{'s' if undated[0] != 1 else ''} of {undated[1]} "
                   f"document{'s' if undated[1] != 1 else ''} have no date: {UNDATED_HINT}", err=True)
    if summary.errors:
        # The run went on past every bad input; its exit status says how many it skipped.
        raise typer.Exit(exit_status_for_skipped(summary.errors))


def _published_option(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--published") from None


def _issuer_option(value: str | None) -> str | None:
    from brinkwatch.model import is_actor_code

    if value is not None and not is_actor_code(value):
        raise typer.BadParameter(f"{value!r} is not an actor code like USAGOV", param_hint="--issuer")
    return value


class _ProgressDisplay:
    """A Rich progress line on standard error: documents/s, events/s, errors so far."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> _ProgressDisplay:
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.fields[docs]} docs ({task.fields[docs_rate]:.1f}/s)"),
                TextColumn("{task.fields[events]} events ({task.fields[events_rate]:.1f}/s)"),
                TextColumn("{task.fields[skipped]} already stored"),
                TextColumn("[red]{task.fields[errors]} errors"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
            )
            self._progress.start()
            self._task = self._progress.add_task(
                "ingest", total=None, docs=0, docs_rate=0.0, events=0, events_rate=0.0, skipped=0, errors=0
            )
        return self

    def update(self, summary: Any) -> None:
        if self._progress is None:
            return
        self._progress.update(
            self._task,
            docs=summary.stored + summary.recoded,
            docs_rate=summary.docs_per_second,
            events=summary.events,
            events_rate=summary.events_per_second,
            skipped=summary.skipped,
            errors=summary.errors,
        )

    def __exit__(self, *exc_info: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def _print_summary(summary: Any, counts: Any, db: Path) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(f"ingest summary ({printable(db)})"), show_header=True)
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_column("in store", justify="right")
    table.add_row("documents read", str(summary.read), "")
    table.add_row("documents stored (new)", str(summary.stored), str(counts.documents))
    table.add_row("documents re-coded", str(summary.recoded), "")
    table.add_row("already stored, skipped", str(summary.skipped), "")
    table.add_row("events", str(summary.events), str(counts.events))
    table.add_row("errors", str(summary.errors), str(counts.errors))
    table.add_row("seconds", f"{summary.seconds:.1f}", "")
    table.add_row("documents/s", f"{summary.docs_per_second:.1f}", "")
    table.add_row("events/s", f"{summary.events_per_second:.1f}", "")
    console = Console()
    console.print(table)
    for line in summary.error_samples:
        # Names and messages come from the input (CSV headers, member names): never read as markup.
        console.print(Text.assemble(("error", "red"), " ", printable(line)), highlight=False, soft_wrap=True)
    if summary.errors > len(summary.error_samples):
        console.print(f"... and {summary.errors - len(summary.error_samples)} more (see the errors table)")
    if summary.errors:
        console.print(
            f"{summary.errors} inputs skipped; exit status {exit_status_for_skipped(summary.errors)}", highlight=False
        )


# -- query ----------------------------------------------------------------------------------------------


def query_command(
    sql: str = typer.Argument(..., help="SQL to run on the store (read-only)."),
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", help="DuckDB store file."),
    output_format: OutputFormat = typer.Option(OutputFormat.table, "--format", help="Output format."),
    out: Path | None = typer.Option(None, "--out", help="Write here instead of standard output."),
) -> None:
    """Run SQL on the store over a read-only connection and print or save the result."""
    import duckdb

    from brinkwatch.store import open_read_only

    if output_format is OutputFormat.parquet and out is None:
        raise typer.BadParameter("--format parquet needs --out FILE")
    if not sql.strip().strip(";").strip():
        raise typer.BadParameter("the query is empty", param_hint="SQL")
    con = open_read_only(db)
    try:
        try:
            if output_format is OutputFormat.parquet:
                relation = con.sql(sql)
                if relation is not None:
                    _write_parquet(relation.to_arrow_table(), out)  # type: ignore[arg-type]
                return
            cursor = con.execute(sql)
            if cursor is None or cursor.description is None:
                return
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {exc}", input=str(db)) from exc
    finally:
        con.close()
    if out is None:
        _render(output_format, columns, rows, sys.stdout)
        return
    with out.open("w", encoding="utf-8", newline="") as handle:
        _render(output_format, columns, rows, handle)


def _write_parquet(table: Any, out: Path) -> None:
    import pyarrow.parquet as pq

    out.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, out)


def _render(fmt: OutputFormat, columns: list[str], rows: list[tuple], handle: TextIO) -> None:
    if fmt is OutputFormat.csv:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows([[_plain(v) for v in row] for row in rows])
    elif fmt is OutputFormat.json:
        records = [dict(zip(columns, (_plain(v) for v in row), strict=True)) for row in rows]
        json.dump(records, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    else:
        _render_table(columns, rows, handle)


def _render_table(columns: list[str], rows: list[tuple], handle: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, caption=f"{len(rows)} rows")
    for row in rows:
        table.add_row(*("" if v is None else str(_plain(v)) for v in row))
    Console(file=handle, width=None if handle.isatty() else 200).print(table)


def _plain(value: Any) -> Any:
    """Values JSON and CSV can hold: dates as ISO text, decimals as floats."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value
