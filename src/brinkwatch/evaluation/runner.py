"""Running a coder over gold items, in this process or in a small process pool.

`code_gold(items, coder, workers, on_item)` returns predicted events keyed by item id and, separately,
the items the coder refused (InputError and kin): those count as "nothing predicted" and are listed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context

from brinkwatch.errors import BrinkwatchError
from brinkwatch.evaluation.gold import GoldItem
from brinkwatch.evaluation.scoring import PredictedEvent


@dataclass(slots=True)
class CodedGold:
    predictions: dict[str, list[PredictedEvent]] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)  # item id -> one-line reason


_Task = tuple[str, str, str | None, str]  # id, text, date, coder
_Outcome = tuple[str, list[PredictedEvent] | str]


def _code_one(task: _Task) -> _Outcome:
    """Top-level so a process pool can pickle it; returns the item's events or the coder's refusal."""
    from brinkwatch.pipeline import code_text

    item_id, text, published, coder = task
    try:
        events = code_text(text, published=published, doc_id=item_id, coder=coder)
    except BrinkwatchError as exc:
        return item_id, exc.one_line()
    return item_id, [PredictedEvent.from_event(event) for event in events]


def code_gold(
    items: Sequence[GoldItem],
    coder: str = "rules",
    workers: int = 1,
    on_item: Callable[[], None] | None = None,
) -> CodedGold:
    """Code every item's text (with its date, so leaders resolve by the story date)."""
    tasks = [(item.id, item.text, item.date, coder) for item in items]
    coded = CodedGold()
    for item_id, outcome in _run(tasks, workers):
        if isinstance(outcome, str):
            coded.refused[item_id] = outcome
            coded.predictions[item_id] = []
        else:
            coded.predictions[item_id] = outcome
        if on_item:
            on_item()
    return coded


def _run(tasks: list[_Task], workers: int) -> Iterator[_Outcome]:
    if workers <= 1 or len(tasks) < 2:
        yield from map(_code_one, tasks)
        return
    # spawn, not fork: the parent runs a progress-bar thread, and each worker loads its own spaCy model.
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        yield from pool.map(_code_one, tasks, chunksize=4)
