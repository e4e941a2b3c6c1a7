"""Saved or fetched web pages: main text, title, date and outlet extracted with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO
from urllib.parse import urlsplit

from brinkwatch.errors import InputError
from brinkwatch.ingest.dates import parse_published
from brinkwatch.ingest.options import IngestOptions
from brinkwatch.ingest.text import check_story, clean_text, read_limited
from brinkwatch.model import Document

# Markup outweighs text several times over; a page may be this many times max_chars in bytes.
_HTML_BYTES_PER_CHAR = 8
# trafilatura falls back to any text it finds (a menu's "Home"); less than a sentence is no article.
_MIN_ARTICLE_CHARS = 40


def extract_article(html: bytes, name: str, options: IngestOptions, url: str | None = None) -> Document:
    """The article in one page as a Document; InputError when the page holds no article text."""
    import trafilatura  # heavy import, only when a page is actually read

    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError(f"cannot parse HTML: {type(exc).__name__}: {exc}", input=name) from exc
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(text) < _MIN_ARTICLE_CHARS:
        raise InputError("no article text found in the page", input=name)
    check_story(text, name, None, options)
    page_url = url or getattr(result, "url", None)
    outlet = getattr(result, "sitename", None) or getattr(result, "hostname", None)
    if not outlet and page_url:
        outlet = urlsplit(page_url).hostname
    return Document(
        text=clean_text(text),
        url=_short(page_url, 2000),
        outlet=_short(outlet, 200),
        title=_short(getattr(result, "title", None), 500),
        published=parse_published(getattr(result, "date", None)),
        source_path=name,
    )


def _short(value: object, limit: int) -> str | None:
    """Page metadata as clean text of at most `limit` characters (None when absent)."""
    if not isinstance(value, str) or not value.strip():
        return None
    return clean_text(value.strip())[:limit]


def read_html(name: str, stream: BinaryIO, options: IngestOptions) -> Iterator[Document | InputError]:
    """One saved page. Bad content is yielded as an InputError, never raised."""
    try:
        html = read_limited(stream, options.max_chars * _HTML_BYTES_PER_CHAR, name)
        if b"\x00" in html[:8192]:
            raise InputError("binary data, not HTML (NUL bytes)", input=name)
        yield extract_article(html, name, options)
    except InputError as exc:
        yield exc
