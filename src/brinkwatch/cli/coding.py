"""`brinkwatch code` (text in, events out) and `brinkwatch actors` (how a phrase resolves)."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from brinkwatch.cli.options import plural
from brinkwatch.errors import BrinkwatchError, InputError
from brinkwatch.model import Document, Event, is_actor_code

err = Console(stderr=True)


class OutputFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


def _parse_date(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{what} must be YYYY-MM-DD, got {value!r}") from exc


def _documents(inputs: list[str], published: date | None, outlet: str | None):
    """Documents (or InputErrors) for every input, '-' being standard input, with the command line's date
    and outlet where a document gives none."""
    for item in _read(inputs):
        if not isinstance(item, BrinkwatchError):
            item.published = item.published or published
            item.outlet = item.outlet or outlet
        yield item


def _read(inputs: list[str]):
    from brinkwatch.ingest import IngestOptions, read_inputs
    from brinkwatch.ingest.text import decode_text

    for name in inputs:
        if name == "-":
            try:
                text = decode_text(sys.stdin.buffer.read(), "<stdin>")
                yield Document(text=text, source_path="<stdin>")
            except InputError as exc:
                yield exc
            continue
        yield from read_inputs([name], IngestOptions())


def _keep(event: Event, asserted_only: bool, min_confidence: float) -> bool:
    return (not asserted_only or event.modality == "asserted") and event.confidence >= min_confidence


def _claim(event: Event) -> str:
    return "; ".join(f"{a.name} ({a.kind}, {a.cue})" for a in event.attribution)


def _actor_cell(actor) -> str:
    """A code, or the words of a named actor no table knows ('?Colonel Tsonga'), or '-'."""
    if actor is None:
        return "-"
    return actor.code or f"?{actor.text}"


def _events_table(events: list[Event]) -> Table:
    """One line per event, made to fit 80 columns: who, what, whom, modality, confidence, when, how many."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1, 0, 0))
    # (name, style, min width, max width): the codes, modality, confidence and date are never cut.
    for name, style, least, most in (("source", "cyan", 6, 10), ("event", None, 8, 18), ("target", "magenta", 6, 10),
                                     ("modality", None, 12, 12), ("conf", None, 4, 4), ("date", None, 10, 10),
                                     ("qty", "dim", 3, 12)):
        table.add_column(name, style=style, min_width=least, max_width=most, no_wrap=True, overflow="ellipsis")
    for ev in events:
        quantities = ", ".join(q.text for q in ev.quantities) or "-"
        table.add_row(_actor_cell(ev.source), f"{ev.cameo_code} {ev.cameo_name}", _actor_cell(ev.target),
                      ev.modality, f"{ev.confidence:.2f}", ev.event_date or "-", quantities)
    return table


def _wide_events_table(events: list[Event]) -> Table:
    """Every field and the evidence, wrapped over several lines per event (`--wide`)."""
    table = Table(show_lines=True, expand=True)
    for name, style in (("source", "cyan"), ("code", "bold"), ("target", "magenta"), ("modality", None),
                        ("according to", "dim"), ("date", None), ("quantities", None), ("evidence", None)):
        table.add_column(name, style=style, overflow="fold")
    for ev in events:
        src = f"{_actor_cell(ev.source)}\n{ev.source.text}" if ev.source else "-"
        tgt = f"{_actor_cell(ev.target)}\n{ev.target.text}" if ev.target else "-"
        code = f"{ev.cameo_code} {ev.cameo_name}\n{ev.plover_type or ''} {ev.goldstein:+.1f}\nconfidence {ev.confidence:.2f}"
        mod = ev.modality + (f"\n({ev.modality_cue})" if ev.modality_cue else "")
        when = f"{ev.event_date or '-'}\n{ev.date_source}"
        quantities = "\n".join(q.text for q in ev.quantities) or "-"
        table.add_row(src, code, tgt, mod, _claim(ev) or "-", when, quantities, ev.evidence_text)
    return table


def _explanation(name: str, trace, events: list[Event]) -> str:
    """Why each sentence gave what it gave: the rules that fired or vetoed, then the events."""
    lines = [f"[bold]{escape(name)}[/bold]"]
    by_sentence: dict[int, list] = {}
    for step in trace.steps:
        by_sentence.setdefault(step.sentence, []).append(step)
    for index in sorted(trace.sentences):
        lines.append(f"[bold]sentence {index}[/bold]: {escape(trace.sentences[index])}")
        for step in by_sentence.get(index, []):
            mark = {"fired": "[green]fired[/green]", "vetoed": "[red]vetoed[/red]"}.get(step.outcome, step.outcome)
            where = f"{escape(step.trigger)!r}: " if step.trigger else ""
            lines.append(f"  {where}{step.rule} {mark} {escape(step.note)}")
        for ev in (e for e in events if e.sentence_index == index):
            lines.append(
                f"  => {ev.source.code if ev.source else '-'} {ev.cameo_code} {ev.target.code if ev.target else '-'} "
                f"{ev.modality} (rule {ev.rule}, {ev.lexicon_row or 'no lexicon row'})"
            )
    if len(lines) == 1:
        lines.append("  no sentence had both an actor and a trigger word")
    return "\n".join(lines)



def _coded_one_by_one(items, files: tuple[tuple[str, ...], tuple[str, ...]], issuer: str | None):
    """`--explain`: each document coded on its own with a trace of the rules that fired."""
    from brinkwatch.coding.rules import Trace
    from brinkwatch.pipeline import code_document

    for item in items:
        if isinstance(item, BrinkwatchError):
            yield item, item, None
            continue
        trace = Trace()
        try:
            yield item, code_document(item, "rules", *files, trace, issuer), trace
        except BrinkwatchError as exc:
            yield item, exc, None


def _coded_in_batches(items, files: tuple[tuple[str, ...], tuple[str, ...]], issuer: str | None):
    """Documents coded with `Pipeline.code_many` (the screened sentences of several stories parsed in one
    call: the same events as one by one, faster), in input order; an input that could not be read is
    reported where it stood among the others."""
    from brinkwatch.pipeline import Pipeline

    unread: list[tuple[int, BrinkwatchError]] = []  # (documents handed on before it, error)
    handed = 0

    def documents():
        nonlocal handed
        for item in items:
            if isinstance(item, BrinkwatchError):
                unread.append((handed, item))
            else:
                handed += 1
                yield item

    done = 0
    for document, result in Pipeline.default("rules", *files).code_many(documents(), issuer):
        while unread and unread[0][0] <= done:
            error = unread.pop(0)[1]
            yield error, error, None
        done += 1
        yield document, result, None
    for _, error in unread:
        yield error, error, None


def code(
    inputs: list[str] = typer.Argument(..., help="Files or folders to code; '-' reads standard input."),
    output_format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, jsonl or json."),
    published: str | None = typer.Option(None, help="Publication date YYYY-MM-DD when the input has none."),
    outlet: str | None = typer.Option(None, help="Publisher when the input names none."),
    asserted_only: bool = typer.Option(False, "--asserted-only", help="Only events reported as having happened."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0),
    actor_files: list[Path] = typer.Option([], "--actors-file", help="Your own actor table(s), same columns."),
    lexicon_files: list[Path] = typer.Option([], "--lexicon-file", help="Your own verb (or nouns*.tsv) rows."),
    issuer: str | None = typer.Option(
        None, "--issuer", help="Actor code of the government or body whose statement this is (USAGOV): "
        "its 'we', 'our', 'the Department' resolve to it."
    ),
    wide: bool = typer.Option(False, "--wide", help="Table with every field and the evidence text."),
    explain: bool = typer.Option(
        False, "--explain", help="Show, sentence by sentence, which coding rules fired or vetoed (to stderr "
        "unless --format table)."
    ),
) -> None:
    """Code news text into political events (actors, CAMEO/PLOVER, modality, attribution, evidence)."""
    pub = _parse_date(published, "--published")
    if issuer is not None and not is_actor_code(issuer):
        raise typer.BadParameter(f"--issuer {issuer!r} must be an actor code of 3-15 capital letters (e.g. USAGOV)")
    all_events: list[Event] = []
    failures = 0
    total = 0
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.completed} documents"), TextColumn("{task.fields[events]} events"),
        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal,
    )
    task = progress.add_task("coding", total=None, events=0)
    progress.start()
    files = (tuple(str(p) for p in actor_files), tuple(str(p) for p in lexicon_files))
    items = _documents(inputs, pub, outlet)
    coded = _coded_one_by_one(items, files, issuer) if explain else _coded_in_batches(items, files, issuer)
    for item, result, trace in coded:
        total += 1
        progress.update(task, completed=total, events=len(all_events))
        if isinstance(result, BrinkwatchError):
            failures += 1
            err.print(f"[yellow]brinkwatch: {escape(result.one_line())}[/yellow]", highlight=False, soft_wrap=True)
            continue
        events = [e for e in result if _keep(e, asserted_only, min_confidence)]
        if trace is not None:
            out = Console(soft_wrap=True) if output_format is OutputFormat.table else err
            out.print(_explanation(item.source_path or item.doc_id, trace, events), highlight=False, soft_wrap=True)
        if output_format is OutputFormat.jsonl:
            for ev in events:
                sys.stdout.write(ev.to_json() + "\n")
        else:
            all_events.extend(events)
    progress.stop()
    if output_format is OutputFormat.json:
        sys.stdout.write(json.dumps([e.to_dict() for e in all_events], ensure_ascii=False, indent=1) + "\n")
    elif output_format is OutputFormat.table:
        console = Console()
        if all_events:
            console.print(_wide_events_table(all_events) if wide else _events_table(all_events))
        console.print(f"{plural(len(all_events), 'event')} from {total - failures} of {plural(total, 'document')}")
    undated = sum(1 for e in all_events if not e.event_date)
    if undated and pub is None:
        err.print(f"brinkwatch: {plural(undated, 'event')} without a date: give the story's date with "
                  "--published YYYY-MM-DD", highlight=False, soft_wrap=True)
    if failures and failures == total:
        raise typer.Exit(1)


def actors(
    phrase: str = typer.Argument(..., help='An actor phrase, e.g. "the Ukrainian defence minister".'),
    on: str | None = typer.Option(None, "--date", help="Resolve as of this date (YYYY-MM-DD); default today."),
    extra: list[Path] = typer.Option([], "--actors-file", help="Your own actor file(s) to add."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Show how a phrase resolves to an actor code (for debugging dictionaries)."""
    from brinkwatch.actors import ActorDictionary, explain

    when = _parse_date(on, "--date")
    result = explain(phrase, when, ActorDictionary.load(tuple(extra)) if extra else None)
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=1, default=str))
        return
    console = Console()
    if not result or not result.get("code"):
        console.print(f"no actor found for {phrase!r}")
        raise typer.Exit(1)
    table = Table(show_header=False)
    for key, value in result.items():
        if key != "candidates":
            table.add_row(key, str(value))
    console.print(table)
    for cand in result.get("candidates", [])[:10]:
        console.print(f"  candidate: {cand}")


def register(app: typer.Typer) -> None:
    app.command("code")(code)
    app.command("actors")(actors)
