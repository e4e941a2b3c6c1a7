"""CSV and Parquet: the store's own columns (ROW_COLUMNS), one row per event.

Both keep every column of the events table, so they are lossless; Parquet keeps the types
(dates as DATE, Goldstein as DOUBLE). The Ray engine writes its shards with `rows_to_arrow`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

import pyarrow as pa

from brinkwatch.store.schema import column_types

from .common import MAX_LINE_CHARS, ROW_COLUMNS, EventRow, ReadItem, iso_date, open_text, skip

_DATE_COLUMNS = {"event_date", "published"}
# Arrow type per DuckDB type of the events table (store/schema.py is the one source of truth).
_ARROW_BY_DUCKDB = {
    "INTEGER": pa.int32(), "TINYINT": pa.int8(), "DOUBLE": pa.float64(), "DATE": pa.date32(),
    "BOOLEAN": pa.bool_(),
}


def _arrow_type(column: str) -> pa.DataType:
    return _ARROW_BY_DUCKDB.get(column_types("events").get(column, "VARCHAR"), pa.string())


ROW_ARROW_SCHEMA = pa.schema([pa.field(c, _arrow_type(c)) for c in ROW_COLUMNS])


def rows_to_arrow(rows: Iterable[EventRow]) -> pa.Table:
    """Rows -> an Arrow table with ROW_ARROW_SCHEMA (ISO date strings become dates)."""
    columns: dict[str, list] = {c: [] for c in ROW_COLUMNS}
    for row in rows:
        for column in ROW_COLUMNS:
            value = row.get(column)
            if column in _DATE_COLUMNS and isinstance(value, str):
                value = _to_date(value)
            columns[column].append(value)
    return pa.table(columns, schema=ROW_ARROW_SCHEMA)


def _to_date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def arrow_to_rows(table: pa.Table) -> Iterator[EventRow]:
    """An Arrow table with (a superset of) ROW_COLUMNS -> rows with ISO date strings."""
    for record in table.to_pylist():
        row = {c: record.get(c) for c in ROW_COLUMNS}
        for column in _DATE_COLUMNS:
            row[column] = iso_date(row[column])
        yield row


# ---------------------------------------------------------------- CSV


def write_csv(rows: Iterable[EventRow], out: TextIO) -> int:
    """Rows as CSV with a header of ROW_COLUMNS; empty cells are None. Returns the count."""
    writer = csv.DictWriter(out, fieldnames=ROW_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
        count += 1
    return count


def read_csv(path: Path) -> Iterator[ReadItem]:
    """Rows of a CSV written by `write_csv` (header required; unknown columns ignored)."""
    with open_text(path) as handle:
        reader = csv.DictReader(_CappedLines(handle, MAX_LINE_CHARS))
        missing = [c for c in ("event_id", "cameo_code") if c not in (reader.fieldnames or [])]
        if missing:
            yield skip(path, 1, f"CSV header lacks {', '.join(missing)}")
            return
        while True:
            start = reader.line_num + 1
            try:
                record = next(reader)
            except StopIteration:
                return
            except (csv.Error, _LineTooLong) as exc:  # the rest of that line was skipped; read on
                yield skip(path, start, f"unreadable CSV row: {exc}")
                continue
            try:
                yield _typed(record)
            except Exception as exc:  # noqa: BLE001 - one bad value skips its row only
                yield skip(path, start, str(exc))


class _LineTooLong(Exception):
    pass


class _CappedLines:
    """The lines of `handle`, each read at most `limit` characters at a time: an over-long line is
    skipped in chunks and raises _LineTooLong in the csv reader, which then reads on (an iterator
    class, not a generator: a generator would end at its first exception)."""

    def __init__(self, handle: TextIO, limit: int):
        self.handle, self.limit = handle, limit

    def __iter__(self) -> _CappedLines:
        return self

    def __next__(self) -> str:
        line = self.handle.readline(self.limit + 1)
        if not line:
            raise StopIteration
        if len(line) > self.limit and not line.endswith("\n"):
            while line and not line.endswith("\n"):
                line = self.handle.readline(1 << 20)
            raise _LineTooLong(f"line longer than {self.limit:,} characters")
        return line


def _typed(record: dict[str, str | None]) -> EventRow:
    row: EventRow = {}
    for column in ROW_COLUMNS:
        text = record.get(column)
        if text is None or text == "":
            row[column] = None
        else:
            row[column] = _from_text(column, text)
    if not row["event_id"]:
        raise ValueError("empty event_id")
    return row


def _from_text(column: str, text: str) -> object:
    """One CSV cell as the type its events-table column has (ValueError when it is not one)."""
    kind = column_types("events").get(column, "VARCHAR")
    if kind in ("INTEGER", "TINYINT"):
        return int(text)
    if kind == "DOUBLE":
        return float(text)
    if kind == "DATE":
        return iso_date(text)
    if kind == "BOOLEAN":
        if text.lower() not in ("true", "false"):
            raise ValueError(f"{column} is not true/false: {text[:40]!r}")
        return text.lower() == "true"
    return text


# ---------------------------------------------------------------- Parquet


def write_parquet(rows: Iterable[EventRow], out: Path, batch_rows: int = 50_000) -> int:
    """Rows to one Parquet file, written in row groups so memory stays bounded. Returns the count."""
    import pyarrow.parquet as pq

    count = 0
    with pq.ParquetWriter(out, ROW_ARROW_SCHEMA, compression="zstd") as writer:
        batch: list[EventRow] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= batch_rows:
                writer.write_table(rows_to_arrow(batch))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(rows_to_arrow(batch))
            count += len(batch)
    return count


def read_parquet(path: Path) -> Iterator[ReadItem]:
    """Rows of a Parquet file (or folder of shards) with the store's columns."""
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowException) as exc:
        yield skip(path, 0, f"cannot read Parquet: {exc}")
        return
    yield from arrow_to_rows(table)
