"""Ingest: every source kind read into model.Document, bad inputs reported as InputError.

`read_inputs(paths, options)` takes files, folders (read recursively, in name order), archives and
feed/page URLs, and yields Documents and InputErrors in input order; it never raises for bad content.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import BinaryIO

from brinkwatch.errors import InputError, printable
from brinkwatch.ingest.archives import read_gzip, read_zip
from brinkwatch.ingest.dating import date_and_outlet
from brinkwatch.ingest.feeds import is_url, read_feed_list, read_url
from brinkwatch.ingest.fetch import Fetcher
from brinkwatch.ingest.html import read_html
from brinkwatch.ingest.kinds import SUFFIXES, kind_of
from brinkwatch.ingest.options import IngestOptions
from brinkwatch.ingest.records import read_csv, read_jsonl
from brinkwatch.ingest.text import read_text
from brinkwatch.model import Document

__all__ = ["IngestOptions", "read_inputs", "read_stream", "reader_for", "SUFFIXES"]

LOGGER = logging.getLogger(__name__)

Reader = Callable[[str, BinaryIO, IngestOptions], Iterator[Document | InputError]]

def read_stream(name: str, stream: BinaryIO, options: IngestOptions) -> Iterator[Document | InputError]:
    """Read one stream by the suffix of `name` (archives recurse back into this function).

    This is the file boundary: whatever goes wrong inside a reader (a truncated archive, a library's
    own exception) ends this file or member with one InputError; what it yielded before is kept.
    """
    name = printable(name)  # undecodable bytes and control characters in file names, made safe once
    kind = kind_of(name) or "text"
    reader = reader_for(kind)
    try:
        yield from reader(name, stream, options)
    except Exception as exc:  # noqa: BLE001 - any failure of one file skips the rest of that file only
        yield InputError(f"cannot read the rest of the file: {_describe(exc)}", input=name)


def _guarded(name: str, items: Iterator[Document | InputError]) -> Iterator[Document | InputError]:
    """`items`, ended by one InputError if the reader behind them fails (the boundary of one URL)."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - any failure of one page or feed skips the rest of it only
        yield InputError(f"cannot read the rest: {_describe(exc)}", input=printable(name))


def _describe(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return f"{type(exc).__name__}: {exc}"


def reader_for(kind: str) -> Reader:
    """The reader of one kind: text | html | jsonl | csv | gzip | zip."""
    readers: dict[str, Reader] = {
        "text": read_text,
        "html": read_html,
        "jsonl": read_jsonl,
        "csv": read_csv,
        "gzip": partial(read_gzip, dispatch=read_stream),
        "zip": partial(read_zip, dispatch=read_stream),
    }
    if kind not in readers:
        raise ValueError(f"unknown reader kind {kind!r}; known: {', '.join(readers)}")
    return readers[kind]


def read_inputs(
    paths: Iterable[str | Path],
    options: IngestOptions | None = None,
    feed_lists: Iterable[str | Path] = (),
) -> Iterator[Document | InputError]:
    """Documents from every path, folder, archive and URL given, then from the feeds listed in files;
    a story without a date or outlet of its own takes them from a sidecar, its file name or the
    options (see dating.py)."""
    options = options or IngestOptions()
    for item in _read_all(paths, options, feed_lists):
        if isinstance(item, InputError):
            yield item
            continue
        item = date_and_outlet(item, options.published, options.outlet)
        item.issuer = item.issuer or options.issuer
        yield item


def _read_all(
    paths: Iterable[str | Path], options: IngestOptions, feed_lists: Iterable[str | Path]
) -> Iterator[Document | InputError]:
    fetcher = Fetcher(options)
    try:
        for path in paths:
            yield from _read_one(str(path), options, fetcher)
        for feed_list in feed_lists:
            try:
                urls = read_feed_list(str(feed_list))
            except InputError as exc:
                yield exc
                continue
            for url in urls:
                yield from _guarded(url, read_url(url, options, fetcher))
    finally:
        fetcher.close()


def _read_one(path: str, options: IngestOptions, fetcher: Fetcher) -> Iterator[Document | InputError]:
    if is_url(path):
        yield from _guarded(path, read_url(path, options, fetcher))
        return
    location = Path(path)
    if location.is_dir():
        for file in sorted(p for p in location.rglob("*") if p.is_file()):
            if file.name.startswith("."):
                continue
            if kind_of(file.name) is None:
                LOGGER.info("skipping %s: not a known input kind", file)
                continue
            yield from _read_file(file, options)
        return
    if not location.exists():
        yield InputError("no such file or folder", input=printable(path))
        return
    yield from _read_file(location, options)


def _read_file(path: Path, options: IngestOptions) -> Iterator[Document | InputError]:
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(f"cannot open: {exc.strerror or exc}", input=printable(path))
        return
    with stream:
        yield from read_stream(str(path), stream, options)
