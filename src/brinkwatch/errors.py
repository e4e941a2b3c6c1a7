"""Typed errors. Each names the input (document id or path) and, where known, the position.

Library code raises these; interfaces (CLI, API) turn them into one-line messages or 4xx replies.
"""

from __future__ import annotations


class BrinkwatchError(Exception):
    """Base class: `input` is the document id or path, `position` a line/row/offset when known."""

    def __init__(self, message: str, *, input: str | None = None, position: int | str | None = None):
        self.message = message
        self.input = input
        self.position = position
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
