"""What a poll reads: feeds fetched with a conditional GET, folders scanned for new or changed files.

A source's last ETag, Last-Modified and content hash are kept in the store (`watch_sources`), so a
feed that answers 304, or sends the same bytes again, costs one request and nothing more. A feed
that is down, slow, huge or not a feed gives one recorded error and the poll goes on.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import httpx

from brinkwatch.errors import InputError
from brinkwatch.ingest import read_inputs
from brinkwatch.ingest.feeds import is_url, read_url
from brinkwatch.ingest.fetch import Fetcher, Page, fetch_error
from brinkwatch.ingest.kinds import kind_of
from brinkwatch.ingest.options import IngestOptions
from brinkwatch.model import Document

SOURCES_TABLE = """CREATE TABLE IF NOT EXISTS watch_sources (
    source VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, content_hash VARCHAR,
    polled_at TIMESTAMP, status VARCHAR)"""


@dataclass(slots=True)
class SourceState:
    source: str
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    status: str = "new"


def load_state(con: duckdb.DuckDBPyConnection, source: str) -> SourceState:
    row = con.execute("SELECT etag, last_modified, content_hash, status FROM watch_sources WHERE source = ?",
                      [source]).fetchall()
    return SourceState(source, *row[0]) if row else SourceState(source)


def save_state(con: duckdb.DuckDBPyConnection, state: SourceState) -> None:
    con.execute("INSERT OR REPLACE INTO watch_sources VALUES (?, ?, ?, ?, now()::TIMESTAMP, ?)",
                [state.source, state.etag, state.last_modified, state.content_hash, state.status])


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


@dataclass(slots=True)
class Changed:
    """What a source gave this poll: the documents to consider and the state to keep once stored."""

    items: Iterator[Document | InputError]
    state: SourceState


class _Prefetched(Fetcher):
    """A Fetcher that already holds the feed's page (fetched conditionally) and fetches the rest."""

    def __init__(self, options: IngestOptions, page: Page):
        super().__init__(options)
        self.page = page

    def fetch(self, url: str) -> Page:
        return self.page if url == self.page.url else super().fetch(url)


def poll_feed(url: str, state: SourceState, options: IngestOptions, client: httpx.Client) -> Changed | None:
    """The feed's documents when it changed since `state`, None when it did not (304 or same bytes).

    InputError when it cannot be fetched or read."""
    headers = {"User-Agent": options.user_agent}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    try:
        with client.stream("GET", url, headers=headers, timeout=options.timeout) as response:
            if response.status_code == 304:
                return None
            response.raise_for_status()
            body = _read_limited(response, url, options)
            etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
            content_type = response.headers.get("content-type", "")
    except httpx.HTTPError as exc:
        raise fetch_error(exc, url, options.timeout) from exc
    new = SourceState(url, etag, modified, digest(body), "ok")
    if new.content_hash == state.content_hash:
        return None
    page = Page(url, body, content_type)
    return Changed(read_url(url, options, _Prefetched(options, page)), new)


def _read_limited(response: httpx.Response, url: str, options: IngestOptions) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > options.max_bytes:
        raise InputError(f"feed of {int(declared):,} bytes is over the limit of {options.max_bytes:,} bytes", input=url)
    deadline = time.monotonic() + options.timeout
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > options.max_bytes:
            raise InputError(f"feed is over the limit of {options.max_bytes:,} bytes", input=url)
        if time.monotonic() > deadline:  # a server trickling bytes is stopped here
            raise InputError(f"timed out after {options.timeout:g} s", input=url)
        chunks.append(chunk)
    return b"".join(chunks)


def changed_files(folder: Path, con: duckdb.DuckDBPyConnection) -> Iterator[tuple[Path, SourceState]]:
    """Files under `folder` that are new or whose bytes changed since they were last stored."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
        if kind_of(path.name) is None:
            continue
        state = file_change(path, con)
        if state is not None:
            yield path, state


def file_change(path: Path, con: duckdb.DuckDBPyConnection) -> SourceState | None:
    """The file's new state when it is new or its bytes changed, else None."""
    try:
        content_hash: str | None = digest(path.read_bytes())
    except OSError:
        content_hash = None  # unreadable now: reading it records why
    if content_hash is not None and content_hash == load_state(con, str(path)).content_hash:
        return None
    return SourceState(str(path), None, None, content_hash, "ok")


def read_file(path: Path, options: IngestOptions) -> Iterator[Document | InputError]:
    return read_inputs([path], options)


def is_feed(source: str) -> bool:
    return is_url(source)
