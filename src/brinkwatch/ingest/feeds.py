"""RSS/Atom feeds: each entry becomes a Document, from the entry's full content or its linked page."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from html import unescape
from pathlib import Path
from typing import Any

from brinkwatch.errors import InputError
from brinkwatch.ingest.fetch import Fetcher, Page
from brinkwatch.ingest.html import extract_article
from brinkwatch.ingest.options import IngestOptions
from brinkwatch.ingest.text import check_story
from brinkwatch.model import Document, in_date_window

# Full-text feeds carry the article in the entry; shorter content is a teaser, so the page is fetched.
_FULL_CONTENT_CHARS = 500
_TAG = re.compile(r"<[^>]+>")


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def read_feed_list(path: str) -> list[str]:
    """Feed URLs from a text file: one per line; blank lines and `#` comments are ignored."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the feed list: {exc}", input=path) from exc
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def read_url(url: str, options: IngestOptions, fetcher: Fetcher) -> Iterator[Document | InputError]:
    """A feed URL yields its entries; any other page is read as one article."""
    try:
        page = fetcher.fetch(url)
    except InputError as exc:
        yield exc
        return
    parsed = _parse_feed(page)
    if parsed is not None:
        yield from _read_entries(url, parsed, options, fetcher)
        return
    if "html" in page.content_type or page.content.lstrip()[:1] == b"<":
        try:
            yield extract_article(page.content, url, options, url=page.url)
        except InputError as exc:
            yield exc
        return
    yield InputError(f"neither a feed nor a web page (content type {page.content_type!r})", input=url)


def _parse_feed(page: Page) -> Any | None:
    """The feedparser result when the bytes are a feed with entries or a feed version, else None."""
    import feedparser

    parsed = feedparser.parse(page.content, response_headers={"content-location": page.url})
    if parsed.get("version") or parsed.entries:
        return parsed
    return None


def _read_entries(
    feed_url: str, parsed: Any, options: IngestOptions, fetcher: Fetcher
) -> Iterator[Document | InputError]:
    outlet = parsed.feed.get("title") or None
    if not parsed.entries:
        yield InputError("feed has no entries", input=feed_url)
        return
    for index, entry in enumerate(parsed.entries, start=1):
        try:
            yield _entry_document(feed_url, index, entry, outlet, options, fetcher)
        except InputError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one odd entry (or its page) skips that entry only
            yield InputError(f"unreadable feed entry: {type(exc).__name__}: {exc}", input=f"{feed_url}#{index}")


def _entry_document(
    feed_url: str, index: int, entry: Any, outlet: str | None, options: IngestOptions, fetcher: Fetcher
) -> Document:
    link = entry.get("link")
    published = _entry_date(entry)
    name = f"{feed_url}#{index}"
    content = _entry_content(entry)
    if len(content) >= _FULL_CONTENT_CHARS or not link:
        text = check_story(content, name, None, options)
        title = entry.get("title")
        return Document(
            text=text, url=link, outlet=outlet, title=title, published=published, source_path=name
        )
    page = fetcher.fetch(link)
    doc = extract_article(page.content, link, options, url=page.url)
    doc.outlet = outlet or doc.outlet
    doc.title = entry.get("title") or doc.title
    doc.published = published or doc.published
    return doc


def _entry_content(entry: Any) -> str:
    """The entry's longest text: full content when given, else summary; markup removed."""
    candidates = [part.get("value", "") for part in entry.get("content") or []]
    candidates.append(entry.get("summary", "") or "")
    best = max(candidates, key=len)
    return unescape(_TAG.sub(" ", best)).strip()


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        stamp = entry.get(key)
        if stamp:
            try:
                return in_date_window(datetime.fromtimestamp(calendar.timegm(stamp), UTC).date())
            except (OverflowError, ValueError, OSError):  # a timestamp beyond the calendar is no date
                return None
    return None
