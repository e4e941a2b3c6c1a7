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

    def get(self, key: Hashable) -> Any:
        """The kept answer of `key` (now the most recently used), or None."""
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            self._items.move_to_end(key)
            return item[0]

    def get_or_compute(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        found = self.get(key)
        if found is not None:
            return found
        value = compute()
        self.put(key, value)
        return value

    def put(self, key: Hashable, value: Any) -> None:
        """Keep `value` (its size: len() of bytes, str or anything with __len__, else its JSON)."""
        size = len(value) if hasattr(value, "__len__") and not isinstance(value, list | dict | tuple) \
            else len(json.dumps(value, default=str))
        if size > self.max_bytes // 4:
            return
        with self._lock:
            if key not in self._items:
                self._items[key] = (value, size)
                self.bytes += size
            while self.bytes > self.max_bytes and self._items:
                _, (_, dropped) = self._items.popitem(last=False)
                self.bytes -= dropped
