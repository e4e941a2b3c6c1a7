"""Plain text files: one file, one story. Also the text checks every reader shares."""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from brinkwatch.errors import InputError
from brinkwatch.ingest.options import IngestOptions
from brinkwatch.model import Document

# Share of control characters above which decoded bytes are taken to be binary data, not prose.
_MAX_CONTROL_SHARE = 0.01
_TITLE_MAX_CHARS = 200


def clean_text(value: str) -> str:
    """`value` as valid UTF-8: lone surrogates (from JSON escapes or undecodable file names) become U+FFFD."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def decode_text(data: bytes, name: str, position: int | str | None = None) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.

    Binary data is an InputError.
    """
    utf16 = _utf16_encoding(data)
    if utf16:
        try:
            return _refuse_controls(clean_text(data.decode(utf16)), name, position)
        except UnicodeDecodeError:
            raise InputError("not text: broken UTF-16", input=name, position=position) from None
    if b"\x00" in data[:8192]:
        raise InputError("binary data, not text (NUL bytes)", input=name, position=position)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InputError("not text: neither UTF-8 nor Windows-1252", input=name, position=position)
    return _refuse_controls(text, name, position)


def _utf16_encoding(data: bytes) -> str | None:
    """'utf-16' for text with a UTF-16 byte order mark, 'utf-16-le'/'-be' for BOM-less UTF-16 of Latin
    script (every other byte NUL), None otherwise."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:2000]
    if len(head) < 8 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 8:
        return None
    evens, odds = head[0::2], head[1::2]
    if odds.count(0) == len(odds) and evens.count(0) == 0:
        return "utf-16-le"
    if evens.count(0) == len(evens) and odds.count(0) == 0:
        return "utf-16-be"
    return None


def _refuse_controls(text: str, name: str, position: int | str | None) -> str:
    sample = text[:20_000]
    controls = sum(1 for ch in sample if ch not in "\n\r\t\f" and unicodedata.category(ch) == "Cc")
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError("binary data, not text (control characters)", input=name, position=position)
    return text


def check_story(text: str, name: str, position: int | str | None, options: IngestOptions) -> str:
    """The story text if it is codable by size; InputError when empty or over the max-chars limit."""
    if not text or not text.strip():
        raise InputError("empty text", input=name, position=position)
    if len(text) > options.max_chars:
        raise InputError(
            f"document of {len(text):,} characters is over the limit of {options.max_chars:,}"
            " (raise it with --max-chars)",
            input=name,
            position=position,
        )
    return text


def read_limited(stream: BinaryIO, limit: int, name: str) -> bytes:
    """Read at most `limit` bytes; more than that is an InputError (never loads a huge file whole)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"larger than {limit:,} bytes (raise the limit with --max-chars)", input=name)
    return data


def guess_title(text: str) -> str | None:
    """A short first line standing apart from the body, as in saved articles, is taken as the title."""
    lines = text.lstrip().split("\n", 2)
    first = lines[0].strip()
    if len(lines) < 2 or not first or len(first) > _TITLE_MAX_CHARS or first.endswith((".", ":", ",")):
        return None
    return first


def read_text(
    name: str, stream: BinaryIO, options: IngestOptions, published: date | None = None
) -> Iterator[Document | InputError]:
    """One plain-text story. Bad content is yielded as an InputError, never raised."""
    try:
        data = read_limited(stream, options.max_bytes_of_text, name)
        text = check_story(decode_text(data, name), name, None, options)
    except InputError as exc:
        yield exc
        return
    yield Document(text=text, title=guess_title(text), published=published, source_path=name)
