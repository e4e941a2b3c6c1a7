"""The field's event formats: GDELT, ICEWS, PLOVER JSONL, plus the store's own CSV and Parquet.

`import_file(store, "gdelt", path)` loads a dataset into the events table (origin 'gdelt', ids from
the dataset's own ids, so re-importing adds nothing; bad lines are recorded in the errors table and
skipped). `export_file(store, "plover", out, ExportFilter(...))` writes the events that match.
Readers and writers work on plain event rows (see common.py) and can be used without a store.
Imports are all-or-nothing per file: rows are staged, then committed in one transaction; a file that
cannot be read to its end (a truncated .gz) adds nothing and is recorded as one error.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from brinkwatch.errors import BrinkwatchError, InputError, printable

from .common import LINE_KEY, ROW_COLUMNS, EventRow, ReadItem, coerce_row
from .gdelt import read_gdelt, write_gdelt
from .icews import read_icews, write_icews
from .plover import read_plover, write_plover
from .query import ExportFilter, count_left_out, select_rows
from .tabular import read_csv, read_parquet, write_csv, write_parquet

if TYPE_CHECKING:  # the store imports nothing from here; the hint only
    from brinkwatch.store.duckdb_store import EventStore

LOGGER = logging.getLogger(__name__)

Reader = Callable[[Path], Iterator[ReadItem]]
TextWriter = Callable[[Iterable[EventRow], TextIO], int]

READERS: dict[str, Reader] = {
    "gdelt": read_gdelt,
    "icews": read_icews,
    "plover": read_plover,
    "csv": read_csv,
    "parquet": read_parquet,
}
TEXT_WRITERS: dict[str, TextWriter] = {
    "gdelt": write_gdelt,
    "icews": write_icews,
    "plover": write_plover,
    "csv": write_csv,
}
IMPORT_FORMATS = ("gdelt", "icews", "plover")
EXPORT_FORMATS = ("gdelt", "icews", "plover", "parquet", "csv")


@dataclass(slots=True)
class ImportSummary:
    """What one import did. `errors` are the skipped lines (also recorded in the errors table)."""

    path: str
    format: str
    read: int = 0
    added: int = 0
    errors: list[BrinkwatchError] = field(default_factory=list)
    file_error: BrinkwatchError | None = None  # set when the file could not be read to its end

    @property
    def already_stored(self) -> int:
        return self.read - self.added


class FileUnreadable(Exception):
    """The file as a whole failed (missing, binary, truncated archive): nothing of it is imported."""

    def __init__(self, error: InputError):
        super().__init__(error.one_line())
        self.error = error


def read_rows(fmt: str, path: Path) -> Iterator[ReadItem]:
    """Rows (or per-line errors) of a file in `fmt`, every row validated by `coerce_row`; a file that
    cannot be read to its end yields one error without a position, last."""
    reader = READERS.get(fmt)
    if reader is None:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(READERS)}")
    name = printable(path)
    try:
        for item in reader(path):
            if isinstance(item, BrinkwatchError):
                yield item
                continue
            line = item.pop(LINE_KEY, None)
            try:
                yield coerce_row(item)
            except Exception as exc:  # noqa: BLE001 - the row boundary: one bad value skips its row
                yield InputError(str(exc), input=name, position=line if line is not None else _row_position(item))
    except InputError as exc:  # the file as a whole: missing, binary, broken archive
        yield InputError(exc.message, input=exc.input or name)
    except Exception as exc:  # noqa: BLE001 - truncated archives, decoder failures: the file as a whole
        yield InputError(f"cannot read the file to its end: {type(exc).__name__}: {exc}", input=name)


def _row_position(row: EventRow) -> str | None:
    event_id = row.get("event_id")
    return f"event {printable(event_id, 60)}" if isinstance(event_id, str) else None


def import_file(store: EventStore, fmt: str, path: Path, batch_size: int = 20_000) -> ImportSummary:
    """Load one file into `store` (an EventStore): all its good rows or, if the file cannot be read to
    its end, none of them. Bad lines are recorded in the errors table and skipped."""
    summary = ImportSummary(path=str(path), format=fmt)

    def good_rows() -> Iterator[EventRow]:
        for item in read_rows(fmt, path):
            if isinstance(item, BrinkwatchError):
                if item.position is None:  # the file as a whole failed: abandon the staged rows
                    raise FileUnreadable(item)
                _skip(store, summary, item)
                continue
            summary.read += 1
            yield item

    try:
        summary.added = store.import_event_rows(good_rows(), origin=fmt, batch_size=batch_size)
    except FileUnreadable as failed:
        summary.read = summary.added = 0
        summary.file_error = failed.error
        _skip(store, summary, failed.error)
    return summary


def _skip(store: EventStore, summary: ImportSummary, error: BrinkwatchError) -> None:
    summary.errors.append(error)
    store.record_error(error.input, error.position, error.message)
    LOGGER.info("skipped %s", error.one_line())


def export_file(store: EventStore, fmt: str, out: Path | str, filters: ExportFilter | None = None) -> int:
    """Write the store's events matching `filters` to `out` ('-' is standard output); returns the count."""
    rows = select_rows(store.connection, filters or ExportFilter())
    if fmt == "parquet":
        if str(out) == "-":
            raise InputError("Parquet cannot go to standard output; give a file name", input="-")
        return write_parquet(rows, Path(out))
    writer = TEXT_WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if str(out) == "-":
        return writer(rows, sys.stdout)
    try:
        with open(out, "w", encoding="utf-8", newline="") as handle:
            return writer(rows, handle)
    except OSError as exc:
        raise InputError(f"cannot write: {exc}", input=str(out)) from exc


__all__ = [
    "EXPORT_FORMATS", "IMPORT_FORMATS", "READERS", "ROW_COLUMNS", "TEXT_WRITERS", "EventRow", "ExportFilter",
    "ImportSummary", "count_left_out", "export_file", "import_file", "read_rows", "select_rows",
]
