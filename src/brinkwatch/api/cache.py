"""A least-recently-used cache bounded in bytes, for the API's answers (series, alerts, dyads).

The store never changes while served, so answers can be kept; but every distinct query is a new key,
so a count limit alone lets a few large answers hold hundreds of megabytes. Sizes are measured as the
JSON the answer becomes (or its length, for an answer kept already serialised).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class ByteBoundedCache:
    """`get_or_compute(key, compute)`; the oldest answers are dropped once `max_bytes` is passed.

    An answer larger than a quarter of the budget is returned but never kept.
    """

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.bytes = 0
        self._items: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def get_or_compute(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key][0]
        value = compute()
        size = len(value) if isinstance(value, bytes | str) else len(json.dumps(value, default=str))
        if size > self.max_bytes // 4:
            return value
        with self._lock:
            if key not in self._items:
                self._items[key] = (value, size)
                self.bytes += size
            while self.bytes > self.max_bytes and self._items:
                _, (_, dropped) = self._items.popitem(last=False)
                self.bytes -= dropped
        return value
