"""Typed errors. Each names the input (document id or path) and, where known, the position.

Library code raises these; interfaces (CLI, API) turn them into one-line messages or 4xx replies.
Names and messages come from untrusted input (file names, CSV headers, archive members), so
`one_line()` is always a single line of printable text: control characters and newlines are
shown escaped, never sent raw to a terminal.
"""

from __future__ import annotations

import re

# Control characters (C0, DEL, C1) and the Unicode line/paragraph separators: never printed raw.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_MAX_MESSAGE_CHARS = 500


def printable(text: object, limit: int | None = None) -> str:
    r"""`text` as one line of printable characters: "a\nb" -> "a\\nb", ESC -> "\\x1b", lone surrogates -> "?".

    Safe to print on a terminal and to store (it is always valid UTF-8).
    """
    value = str(text)
    value = _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), value)
    value = value.encode("utf-8", "replace").decode("utf-8")
    if limit is not None and len(value) > limit:
        value = value[: limit - 1] + "…"
    return value


def one_line_message(text: object) -> str:
    """A multi-line message (DuckDB's 'LINE 1: ... ^') as one line: lines joined by ' | ', stripped."""
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    return printable(" | ".join(lines), _MAX_MESSAGE_CHARS)


# Exit status of a run that finished but skipped bad inputs: 10 + how many (capped), so scripts can
# tell it from success (0), a failed run (1), a usage error (2) and an interrupt (130).
SKIPPED_EXIT_BASE = 10
SKIPPED_EXIT_CAP = 100


def exit_status_for_skipped(skipped: int) -> int:
    """0 when nothing was skipped, else 10 + the number skipped (110 means 100 or more)."""
    return 0 if skipped <= 0 else SKIPPED_EXIT_BASE + min(skipped, SKIPPED_EXIT_CAP)


class BrinkwatchError(Exception):
    """Base class: `input` is the document id or path, `position` a line/row/offset when known."""

    def __init__(self, message: str, *, input: str | None = None, position: int | str | None = None):
        self.message = one_line_message(message)
        self.input = None if input is None else printable(input)
        self.position = position if position is None or isinstance(position, int) else printable(position)
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = self.input or "<input>"
        if self.position is not None:
            where = f"{where}:{self.position}"
        return f"{where}: {self.message}"


class InputError(BrinkwatchError):
    """The input cannot be read or is not codable text (empty, binary, bad encoding, not English...)."""


class DictionaryError(BrinkwatchError):
    """A dictionary or codebook file is malformed."""


class GoldError(BrinkwatchError):
    """A line of a gold file is malformed."""


class StoreError(BrinkwatchError):
    """The event store cannot be opened or written."""
