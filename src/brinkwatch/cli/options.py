"""Option types and small helpers shared by the commands: periods, dates, what counts, plurals."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

import typer

from brinkwatch.store.filters import ALL_MODALITIES, EventScope

MODALITY_HELP = ("what counts: 'happened' (asserted or historical, the default), 'all', or a comma list of "
                 + ", ".join(ALL_MODALITIES))


class Freq(StrEnum):
    day = "day"
    week = "week"
    month = "month"


def parse_day(value: str | None, name: str) -> date | None:
    """An option's YYYY-MM-DD date, or None when not given; a usage error naming the option otherwise."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name) from exc


def event_scope(modality: str | None, include_unresolved: bool, min_confidence: float) -> EventScope:
    """The events counted, from the command's options (a usage error for an unknown modality)."""
    from brinkwatch.errors import BrinkwatchError

    try:
        return EventScope.parse(modality, include_unresolved=include_unresolved, min_confidence=min_confidence)
    except BrinkwatchError as exc:
        raise typer.BadParameter(exc.message, param_hint="--modality") from exc


def plural(n: int, noun: str, many: str | None = None) -> str:
    """'1 event', '2 events'."""
    return f"{n:,} {noun if n == 1 else (many or noun + 's')}"
