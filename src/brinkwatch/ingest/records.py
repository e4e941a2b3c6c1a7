"""Corpora of many stories: JSONL (one JSON object per line) and CSV (one story per row).

Field names come from IngestOptions (--text-field, --date-field, --url-field, --outlet-field,
--title-field). Each bad line or row becomes an InputError with its line number; the rest is read.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from brinkwatch.errors import InputError
from brinkwatch.ingest.dates import parse_published
from brinkwatch.ingest.options import IngestOptions
from brinkwatch.ingest.text import check_story, decode_text
from brinkwatch.model import Document

_CSV_FIELD_LIMIT = 2**31 - 1


def record_to_document(
    record: Mapping[str, Any], name: str, position: int, options: IngestOptions
) -> Document:
    """One record -> Document; InputError when its text field is missing, not text, empty or too long."""
    text = record.get(options.text_field)
    if text is None:
        raise InputError(f"no {options.text_field!r} field (set --text-field)", input=name, position=position)
    if not isinstance(text, str):
        raise InputError(f"field {options.text_field!r} is not text", input=name, position=position)
    check_story(text, name, position, options)
    url = _optional_text(record.get(options.url_field))
    outlet = _optional_text(record.get(options.outlet_field))
    if outlet is None and url:
        outlet = urlsplit(url).hostname  # the site is the best outlet name a bare URL gives
    return Document(
        text=text,
        url=url,
        outlet=outlet,
        title=_optional_text(record.get(options.title_field)),
        published=parse_published(record.get(options.date_field)),
        source_path=f"{name}:{position}",
    )


def _optional_text(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def read_jsonl(name: str, stream: BinaryIO, options: IngestOptions) -> Iterator[Document | InputError]:
    """Stream a JSONL file line by line; blank lines are skipped, bad ones reported by line number."""
    for line_no, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(decode_text(raw, name, line_no))
            if not isinstance(record, dict):
                raise InputError("line is not a JSON object", input=name, position=line_no)
            yield record_to_document(record, name, line_no, options)
        except json.JSONDecodeError as exc:
            yield InputError(f"malformed JSON: {exc.msg} at column {exc.colno}", input=name, position=line_no)
        except InputError as exc:
            yield exc


def read_csv(name: str, stream: BinaryIO, options: IngestOptions) -> Iterator[Document | InputError]:
    """Stream a CSV file with a header row; positions are the line where each row starts."""
    head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""
    if b"\x00" in head:
        yield InputError("binary data, not CSV (NUL bytes)", input=name, position=1)
        return
    # Articles exceed csv's default 128 KiB field limit; oversized ones are reported by check_story.
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    lines = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
    reader = csv.DictReader(lines)
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        yield InputError(f"unreadable CSV header: {exc}", input=name, position=1)
        return
    if not header or options.text_field not in header:
        columns = ", ".join(header or []) or "none"
        yield InputError(
            f"no {options.text_field!r} column (columns: {columns}; set --text-field)", input=name, position=1
        )
        return
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"malformed CSV row: {exc}", input=name, position=start)
            continue
        try:
            yield record_to_document(row, name, start, options)
        except InputError as exc:
            yield exc
