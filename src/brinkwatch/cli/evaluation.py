"""`brinkwatch evaluate` and the `brinkwatch gold` converters.

evaluate: gold file in (gold JSONL, NGEC CSV/zip or PLOVER JSON, told apart by `--format auto`), the
coder run over it with a progress bar, the scores printed as tables; `--json`, `--errors` and
`--compare` write and read the same data.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from brinkwatch.errors import GoldError
from brinkwatch.evaluation.convert import from_jsonl, from_ngec, from_plover
from brinkwatch.evaluation.gold import GoldSet, load_gold, write_gold
from brinkwatch.evaluation.runner import code_gold
from brinkwatch.evaluation.scoring import Difference, LabelTable, Report, compare_reports, score

gold_app = typer.Typer(help="Convert labelled sets into brinkwatch gold JSONL.", no_args_is_help=True)


class ActorLevelOption(StrEnum):
    country = "country"
    full = "full"


class SplitOption(StrEnum):
    """The fixed NGEC splits (`gold from-ngec`); gold JSONL files may name any split."""

    dev = "dev"
    train = "train"
    all = "all"


ALL_SPLITS = "all"


class GoldFormat(StrEnum):
    auto = "auto"
    gold = "gold"
    ngec = "ngec"
    plover = "plover"


def register(app: typer.Typer) -> None:
    """Add `evaluate` and the `gold` group to `app`."""
    app.command("evaluate")(evaluate)
    app.add_typer(gold_app, name="gold")


# --------------------------------------------------------------------------------------------- evaluate

def evaluate(
    gold_path: Path = typer.Argument(..., help="Gold JSONL (or NGEC .csv/.csv.zip, or PLOVER JSON)."),
    actors: ActorLevelOption = typer.Option(ActorLevelOption.country, "--actors",
                                            help="Compare actors by country (default) or whole code."),
    json_out: Path | None = typer.Option(None, "--json", help="Write the scores as JSON here."),
    errors_out: Path | None = typer.Option(None, "--errors", help="Write each miss (text, gold, predicted) "
                                                                  "as JSONL here."),
    compare: Path | None = typer.Option(None, "--compare", help="A saved --json result to compare with."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Score only the first N items."),
    split: str | None = typer.Option(None, "--split", help="Items of this split only: any split name the "
                                                           "file uses, or 'all' (NGEC files: dev by default)."),
    workers: int = typer.Option(1, "--workers", min=1, max=16, help="Coder processes."),
    gold_format: GoldFormat = typer.Option(GoldFormat.auto, "--format", help="Input format."),
) -> None:
    """Score a coder against gold events: P/R/F1 per PLOVER type and CAMEO root, actors, modality."""
    err = Console(stderr=True)
    previous = _read_saved_result(compare) if compare else None
    gold = _load_any(gold_path, gold_format, split)
    for problem in gold.problems:
        err.print(f"[yellow]skipped[/] {problem.one_line()}", markup=True, highlight=False, soft_wrap=True)
    items = gold.items
    if split is not None and split != ALL_SPLITS and _format_of(gold_path, gold_format) != "ngec":
        items = _items_of_split(items, split, gold_path)
    if limit:
        items = items[:limit]
    if not items:
        raise GoldError("no usable gold items", input=str(gold_path))
    coded = _code_with_progress(items, "rules", workers, err)
    for item_id, reason in coded.refused.items():
        err.print(f"[yellow]coder refused[/] {item_id}: {reason}", markup=True, highlight=False, soft_wrap=True)
    report = score(items, coded.predictions, actors=actors.value)
    report.meta = {"gold": str(gold_path), "coder": "rules", "actors": actors.value,
                   "split": split, "limit": limit,
                   "skipped_lines": len(gold.problems), "coder_refused": len(coded.refused)}
    result = report.to_dict()
    render_report(report, Console())
    if json_out:
        json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if errors_out:
        _write_errors(report, errors_out)
    if previous is not None:
        render_comparison(compare_reports(result, previous), str(compare), Console())


def _items_of_split(items: list[Any], split: str, gold_path: Path) -> list[Any]:
    """The items of one split named in the file; a name the file does not use is a bad --split."""
    names = sorted({item.split for item in items if item.split})
    if not names:
        raise typer.BadParameter(f"{gold_path} carries no 'split' field", param_hint="--split")
    if split not in names:
        raise typer.BadParameter(f"{split!r} is not a split of {gold_path} (it has: {', '.join(names)}, "
                                 f"or use {ALL_SPLITS!r})", param_hint="--split")
    return [item for item in items if item.split == split]


def _format_of(path: Path, chosen: GoldFormat) -> str:
    if chosen != GoldFormat.auto:
        return chosen.value
    name = path.name.lower()
    if name.endswith((".csv", ".csv.zip", ".zip")):
        return "ngec"
    if name.endswith(".json"):
        return "plover" if not _looks_like_gold(path) else "gold"
    return "plover" if _looks_like_plover(path) else "gold"


def _first_record(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            head = handle.read(200_000)
    except (OSError, UnicodeDecodeError):
        return None
    for candidate in (head, *head.splitlines()[:1]):
        try:
            record = json.loads(candidate)
        except json.JSONDecodeError:
            continue
        return record[0] if isinstance(record, list) and record else record
    return None


def _looks_like_gold(path: Path) -> bool:
    record = _first_record(path)
    return isinstance(record, dict) and "events" in record


def _looks_like_plover(path: Path) -> bool:
    record = _first_record(path)
    return isinstance(record, dict) and "events" not in record and ("event" in record or "actor" in record)


def _load_any(path: Path, chosen: GoldFormat, split: str | None) -> GoldSet:
    if not path.exists():
        raise GoldError("no such file", input=str(path))
    kind = _format_of(path, chosen)
    if kind == "ngec":
        if split is not None and split not in SplitOption.__members__:
            raise typer.BadParameter(f"NGEC stories have the splits {', '.join(SplitOption)}",
                                     param_hint="--split")
        return from_ngec(path, split or "dev")
    if kind == "plover":
        return from_plover(path)
    return load_gold(path)


class ItemsPerSecondColumn(ProgressColumn):
    """'12.3 items/s' from Rich's own speed estimate."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} items/s" if speed else "… items/s", style="progress.data.speed")


def _code_with_progress(items: list[Any], coder: str, workers: int, err: Console) -> Any:
    columns = (TextColumn("coding"), BarColumn(), MofNCompleteColumn(), ItemsPerSecondColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task("coding", total=len(items))
        return code_gold(items, coder, workers, on_item=lambda: progress.advance(task))


def _read_saved_result(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"cannot read saved result ({exc})", input=str(path)) from exc
    if not isinstance(data, dict) or "plover" not in data:
        raise GoldError("not a saved `brinkwatch evaluate --json` result", input=str(path))
    return data


def _write_errors(report: Report, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for result in report.misses:
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------------------------- render

def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def render_label_table(table: LabelTable, title: str) -> Table:
    out = Table(title=f"{title} ({table.items} items)", title_justify="left")
    for name in ("label", "P", "R", "F1", "support", "predicted"):
        out.add_column(name, justify="left" if name == "label" else "right")
    for label in sorted(table.labels):
        counts = table.labels[label]
        out.add_row(label, _pct(counts.precision), _pct(counts.recall), _pct(counts.f1), str(counts.support),
                    str(counts.tp + counts.fp))
    micro, macro = table.micro, table.macro
    out.add_section()
    out.add_row("micro", _pct(micro.precision), _pct(micro.recall), _pct(micro.f1), str(micro.support),
                str(micro.tp + micro.fp))
    out.add_row("macro", _pct(macro["precision"]), _pct(macro["recall"]), _pct(macro["f1"]), "", "")
    return out


def render_report(report: Report, console: Console) -> None:
    console.print(f"{report.items} items, {report.gold_events} gold events, "
                  f"{report.predicted_events} predicted events", highlight=False)
    figures = report.headline()
    actors = report.meta.get("actors", "country")
    console.print(f"headline (actors by {actors}): PLOVER P/R {_pct(figures['plover_precision'])} / "
                  f"{_pct(figures['plover_recall'])}, triple recall {_pct(figures['triple_recall'])}, "
                  f"only wrong types {_pct(figures['items_wrong_types_only'])}%, false alarms on 'events: []' "
                  f"{_pct(figures['items_false_alarm'])}%", highlight=False, soft_wrap=True)
    console.print(render_label_table(report.plover, "PLOVER type"))
    console.print(render_label_table(report.cameo, "CAMEO root"))
    shares = Table(title="Actors, modality, items", title_justify="left")
    shares.add_column("measure")
    shares.add_column("%", justify="right")
    shares.add_column("of", justify="right")
    rows = [("source accuracy (matched)", report.source), ("target accuracy (matched)", report.target),
            ("triple accuracy (matched)", report.triple), ("triple recall", report.triple_recall),
            ("modality accuracy", report.modality),
            *((f"  modality {name}", ratio) for name, ratio in sorted(report.modality_by_gold.items())),
            ("PLOVER mode accuracy", report.mode),
            ("items with only wrong types", report.wrong_type_items),
            ("items with no prediction", report.silent_items),
            ("false alarms on 'events: []'", report.false_alarm_items)]
    for name, ratio in rows:
        shares.add_row(name, _pct(ratio.value), str(ratio.total))
    console.print(shares)
    confusion = [(pair, n) for pair, n in report.plover.confusion.most_common() if pair[0] != pair[1]][:12]
    if confusion:
        table = Table(title="Most frequent PLOVER confusions (gold -> predicted)", title_justify="left")
        for name in ("gold", "predicted", "count"):
            table.add_column(name, justify="right" if name == "count" else "left")
        for (gold_label, predicted_label), count in confusion:
            table.add_row(gold_label, predicted_label, str(count))
        console.print(table)


def render_comparison(differences: list[Difference], other: str, console: Console) -> None:
    table = Table(title=f"Compared with {other}", title_justify="left")
    for name in ("metric", "before", "now", "change"):
        table.add_column(name, justify="left" if name == "metric" else "right")
    for diff in differences:
        delta = diff.delta
        style = "" if not delta else ("green" if delta > 0 else "red")
        change = "–" if delta is None else f"{100 * delta:+.1f}"
        table.add_row(diff.metric, _pct(diff.before), _pct(diff.after), Text(change, style=style))
    console.print(table)


# ----------------------------------------------------------------------------------------------- gold

def _finish_conversion(gold: GoldSet, out: Path) -> None:
    err = Console(stderr=True)
    for problem in gold.problems:
        err.print(f"[yellow]skipped[/] {problem.one_line()}", markup=True, highlight=False, soft_wrap=True)
    written = write_gold(gold.items, out)
    err.print(f"wrote {written} gold items to {out} ({len(gold.problems)} skipped)", highlight=False)


@gold_app.command("from-ngec")
def gold_from_ngec(
    path: Path = typer.Argument(..., help="NGEC synthetic stories (.csv or .csv.zip)."),
    split: SplitOption = typer.Option(SplitOption.dev, "--split", help="Fixed split (evaluation/splits.py)."),
    out: Path = typer.Option(..., "-o", "--out", help="Gold JSONL to write."),
) -> None:
    """NGEC stories as document-level gold (PLOVER type + mode per story), with their split."""
    _finish_conversion(from_ngec(path, split.value), out)


@gold_app.command("from-plover")
def gold_from_plover(
    path: Path = typer.Argument(..., help="PLOVER JSON records (JSON array or JSONL) that carry 'text'."),
    out: Path = typer.Option(..., "-o", "--out", help="Gold JSONL to write."),
) -> None:
    """PLOVER event records (actor/recipient or source/target; event as list or string) as gold."""
    _finish_conversion(from_plover(path), out)


@gold_app.command("from-jsonl")
def gold_from_jsonl(
    path: Path = typer.Argument(..., help="Labelled JSONL or JSON array."),
    out: Path = typer.Option(..., "-o", "--out", help="Gold JSONL to write."),
    text_field: str = typer.Option("text", "--text-field", help="Field holding the text (dotted if nested)."),
    mapping: list[str] = typer.Option([], "--map", help="GOLD=FIELD, e.g. cameo=code, source=actor1 "
                                                        "(repeatable)."),
    id_field: str = typer.Option("id", "--id-field"),
    date_field: str = typer.Option("date", "--date-field"),
    events_field: str | None = typer.Option(None, "--events-field",
                                            help="Field with a list of events per record."),
) -> None:
    """Any labelled set, mapped field by field into the gold format."""
    pairs: dict[str, str] = {}
    for entry in mapping:
        gold_name, sep, field_name = entry.partition("=")
        if not sep or not gold_name.strip() or not field_name.strip():
            raise typer.BadParameter(f"{entry!r} is not GOLD=FIELD", param_hint="--map")
        pairs[gold_name.strip()] = field_name.strip()
    if not pairs:
        raise typer.BadParameter("give at least one --map, e.g. --map cameo=code", param_hint="--map")
    _finish_conversion(from_jsonl(path, text_field, pairs, id_field, date_field, events_field), out)
