"""When the watcher polls: every N seconds (`--every 15m`), or when a test says so."""

from __future__ import annotations

import re
import threading
from typing import Protocol

from brinkwatch.errors import BrinkwatchError

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def parse_every(text: str) -> float:
    """'15m' -> 900.0; a bare number is seconds. Accepts ms, s, m, h, d."""
    match = _EVERY.match(text or "")
    if not match or float(match.group(1)) <= 0:
        raise BrinkwatchError(f"not a period like 30s, 15m, 1h: {text!r}", input="--every")
    return float(match.group(1)) * _SECONDS[match.group(2) or "s"]


class Schedule(Protocol):
    def wait(self) -> bool:
        """Block until the next poll is due; False when the watcher should stop instead."""
        ...


class SleepSchedule:
    """Poll every `every` seconds until `stop()` (or `max_polls` polls after the first)."""

    def __init__(self, every: float, max_polls: int | None = None):
        self.every = every
        self.remaining = max_polls
        self._stopped = threading.Event()

    def wait(self) -> bool:
        if self.remaining is not None:
            if self.remaining <= 0:
                return False
            self.remaining -= 1
        return not self._stopped.wait(self.every)

    def stop(self) -> None:
        self._stopped.set()


class ManualSchedule:
    """No waiting: the next poll is due at once, `polls` times (tests drive polls this way)."""

    def __init__(self, polls: int):
        self.remaining = polls

    def wait(self) -> bool:
        self.remaining -= 1
        return self.remaining >= 0
