"""Corpora of many stories: JSONL (one JSON object per line) and CSV (one story per row).

Field names come from IngestOptions (--text-field, --date-field, --url-field, --outlet-field,
--title-field). Each bad line or row becomes an InputError with its line number; the rest is read.
Lines and fields are read with a size cap, so a compressed bomb of one endless line is refused
after a few megabytes instead of being read whole.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from brinkwatch.errors import InputError
from brinkwatch.ingest.dates import parse_published
from brinkwatch.ingest.options import IngestOptions
from brinkwatch.ingest.text import check_story, clean_text, decode_text
from brinkwatch.model import Document, is_actor_code

# Longest optional field kept (a URL, an outlet, a headline); longer values are cut, not refused.
_FIELD_MAX_CHARS = {"url": 2000, "outlet": 200, "title": 500, "issuer": 40}
_READ_CHUNK = 1 << 20


class LineTooLong(Exception):
    """One physical line longer than the reader's cap; the rest of it has been skipped."""

    def __init__(self, limit: int):
        super().__init__(f"line longer than {limit:,} bytes (raise the limit with --max-chars)")


def capped_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | LineTooLong]:
    """The stream's lines, each at most `limit` bytes; an over-long line gives LineTooLong (its
    remainder is read in chunks and dropped, so memory stays bounded by `limit`)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n") and len(line) == limit + 1:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(_READ_CHUNK)
        yield LineTooLong(limit)


def record_to_document(
    record: Mapping[str, Any], name: str, position: int, options: IngestOptions
) -> Document:
    """One record -> Document; InputError when its text field is missing, not text, empty or too long."""
    text = record.get(options.text_field)
    if text is None:
        raise InputError(f"no {options.text_field!r} field (set --text-field)", input=name, position=position)
    if not isinstance(text, str):
        raise InputError(f"field {options.text_field!r} is not text", input=name, position=position)
    text = check_story(clean_text(text), name, position, options)
    url = _optional_text(record, options.url_field, "url", name, position)
    outlet = _optional_text(record, options.outlet_field, "outlet", name, position)
    if outlet is None and url:
        outlet = _hostname(url)  # the site is the best outlet name a bare URL gives
    return Document(
        text=text,
        url=url,
        outlet=outlet,
        title=_optional_text(record, options.title_field, "title", name, position),
        published=parse_published(_date_value(record.get(options.date_field))),
        source_path=f"{name}:{position}",
        issuer=_issuer(record, options.issuer_field, name, position),
    )


def _issuer(record: Mapping[str, Any], field: str, name: str, position: int) -> str | None:
    """The record's issuer code ("USAGOV"), or None; a value that is not an actor code is refused."""
    value = _optional_text(record, field, "issuer", name, position)
    if value is None or not value.strip():
        return None
    if not is_actor_code(value.strip()):
        raise InputError(f"field {field!r} is not an actor code like USAGOV: {value[:40]!r}", input=name,
                         position=position)
    return value.strip()


def _optional_text(record: Mapping[str, Any], field: str, kind: str, name: str, position: int) -> str | None:
    """A short text field: strings as they are, numbers as digits; lists, objects and booleans refused."""
    value = record.get(field)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(f"field {field!r} is {type(value).__name__}, not text", input=name, position=position)
    if isinstance(value, int) and abs(value) >= 10**30:
        raise InputError(f"field {field!r} is a number too long for a {kind}", input=name, position=position)
    text = clean_text(str(value)).strip()
    return text[: _FIELD_MAX_CHARS[kind]] or None


def _date_value(value: Any) -> Any:
    """Dates are text (or a datetime from a caller); numbers and containers carry no calendar date."""
    return value if isinstance(value, str) else None


def _hostname(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:  # "http://[::1" and other malformed netlocs
        return None


def read_jsonl(name: str, stream: BinaryIO, options: IngestOptions) -> Iterator[Document | InputError]:
    """Stream a JSONL file line by line; blank lines are skipped, bad ones reported by line number."""
    for line_no, raw in enumerate(capped_lines(stream, options.max_bytes_of_text), start=1):
        if isinstance(raw, LineTooLong):
            yield InputError(str(raw), input=name, position=line_no)
            continue
        if not raw.strip():
            continue
        try:
            record = json.loads(decode_text(raw, name, line_no))
            if not isinstance(record, dict):
                raise InputError("line is not a JSON object", input=name, position=line_no)
            yield record_to_document(record, name, line_no, options)
        except json.JSONDecodeError as exc:
            yield InputError(f"malformed JSON ({exc.msg}, column {exc.colno})", input=name, position=line_no)
        except InputError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - any failure of one record skips that record only
            yield InputError(f"unreadable record: {_describe(exc)}", input=name, position=line_no)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return f"{type(exc).__name__}: {exc}"


class _CsvLines:
    """Text lines for csv.reader from a capped byte stream (UTF-8 with or without BOM, else replaced)."""

    def __init__(self, stream: BinaryIO, limit: int):
        self._lines = capped_lines(stream, limit)
        self.first = True

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        raw = next(self._lines)
        if isinstance(raw, LineTooLong):
            raise raw
        if self.first:
            self.first = False
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        return raw.decode("utf-8", "replace")


def read_csv(name: str, stream: BinaryIO, options: IngestOptions) -> Iterator[Document | InputError]:
    """Stream a CSV file with a header row; positions are the line where each row starts."""
    head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""
    if b"\x00" in head:
        yield InputError("binary data, not CSV (NUL bytes)", input=name, position=1)
        return
    # A field may hold a whole article but no more: csv refuses longer fields as it reads them.
    csv.field_size_limit(max(options.max_chars + 1, 131_072))
    reader = csv.DictReader(_CsvLines(stream, options.max_bytes_of_text))
    try:
        header = reader.fieldnames
    except (csv.Error, LineTooLong) as exc:
        yield InputError(f"unreadable CSV header: {exc}", input=name, position=1)
        return
    if not header or options.text_field not in header:
        columns = ", ".join(header or []) or "none"
        yield InputError(
            f"no {options.text_field!r} column (columns: {columns[:300]}; set --text-field)", input=name, position=1
        )
        return
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, LineTooLong) as exc:
            yield InputError(f"malformed CSV row: {exc}", input=name, position=start)
            continue
        try:
            yield record_to_document(row, name, start, options)
        except InputError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - any failure of one row skips that row only
            yield InputError(f"unreadable row: {_describe(exc)}", input=name, position=start)


__all__ = ["LineTooLong", "capped_lines", "read_csv", "read_jsonl", "record_to_document"]
