"""The dashboard's hot GET routes answered without FastAPI, for plain queries only.

    routes = DirectRoutes(index, prepared, cache)
    routes.answer("/events", {"source": "USA", "limit": "20"})   # the JSON bytes FastAPI would send, or None

A request the fast path (api/fast.py) has not seen yet used to go through FastAPI's routing, its
dependency solving and its validation of every parameter: about a millisecond and a half of one core,
more than the answer itself once that is precomputed. Here a query whose parameters are all plain -
each name known and given once with a non-empty value of the simplest spelling ("limit=20", not
"limit=+20"; "undirected=true", not "undirected=on"; "since=2023-01-05") - is answered by the same
functions the routes call, to the same bytes. Anything else (an unknown or repeated name, another
spelling, a value the route would refuse, an answer not yet computed, any exception) returns None,
and FastAPI answers it as before, errors included.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import date
from functools import lru_cache
from typing import Any

from brinkwatch.analysis.alerts import AlertSettings
from brinkwatch.analysis.series import FREQS, SeriesQuery
from brinkwatch.api.cache import ByteBoundedCache
from brinkwatch.api.prepared import PreparedSeries
from brinkwatch.api.queries import JSON_ENCODER, MAX_LIMIT, EventFilter, EventIndex
from brinkwatch.store.filters import EventScope
from brinkwatch.store.schema import in_date_window

SERIES_PATH = re.compile(r"/dyads/([^/]+)/([^/]+)/series")
# The spellings taken here; every other one goes to FastAPI ("limit=020" and "limit=20.0" included).
NUMBER = re.compile(r"0|[1-9][0-9]{0,5}")
DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
BOOLEANS = {"true": True, "false": False}
EVENT_TEXT = ("source", "target", "code", "root", "plover", "modality", "outlet")
# the routes' limits, shared with their FastAPI Query(...) declarations in app.py
MAX_OFFSET = 100_000
MAX_MODALITY = 200
MAX_ACTOR = 16


def json_bytes(content: Any) -> bytes:
    """What FastAPI's JSONResponse(content) sends (starlette JSONResponse.render)."""
    return JSON_ENCODER.encode(content).encode("utf-8")


def alerts_page(found: list[dict[str, Any]], a: str | None, b: str | None, limit: int) -> dict[str, Any]:
    """The /alerts answer: the alerts involving a (and b), at most `limit`, and the method's settings."""
    wanted = {x.upper() for x in (a, b) if x}
    if wanted:
        found = [al for al in found if wanted <= {al["a"], al["b"]}]
    return {"alerts": found[:limit], "count": min(len(found), limit), "method": _method()}


@lru_cache(maxsize=1)
def _method() -> dict[str, Any]:
    """The alert method's settings as every /alerts answer states them (asdict costs 0.2 ms a call)."""
    return asdict(AlertSettings())


class DirectRoutes:
    """`answer(path, params)`: the body of a 200 answer of /events, /alerts or a dyad series, or None."""

    def __init__(self, index: EventIndex, prepared: PreparedSeries, cache: ByteBoundedCache):
        self.index, self.prepared, self.cache = index, prepared, cache

    def answer(self, path: str, params: dict[str, str]) -> bytes | None:
        try:
            if path == "/events":
                return self.events(params)
            if path == "/alerts":
                return self.alerts(params)
            match = SERIES_PATH.fullmatch(path)
            if match:
                return self.series(match.group(1), match.group(2), params)
        except Exception:  # noqa: BLE001 - whatever FastAPI would refuse or fail on, it answers itself
            return None
        return None

    def events(self, params: dict[str, str]) -> bytes | None:
        """GET /events without a text search or cursor (those read the store: FastAPI's worker thread)."""
        if not params.keys() <= {"since", "until", "undirected", "limit", "offset", *EVENT_TEXT}:
            return None
        since, until = _day(params.get("since")), _day(params.get("until"))
        undirected = BOOLEANS.get(params.get("undirected", "false"))
        limit, offset = _number(params.get("limit", "50")), _number(params.get("offset", "0"))
        if since is False or until is False or undirected is None or limit is None or offset is None:
            return None
        if not (1 <= limit <= MAX_LIMIT and offset <= MAX_OFFSET):
            return None
        text = {name: params.get(name) for name in EVENT_TEXT}
        f = EventFilter(since=since, until=until, undirected=undirected, **text)
        return self.index.page_json(None, f, limit, offset, None)

    def alerts(self, params: dict[str, str]) -> bytes | None:
        """GET /alerts of settings already computed (the opening ones are, at start)."""
        if not params.keys() <= {"a", "b", "freq", "limit", "modality"}:
            return None
        a, b, modality = params.get("a"), params.get("b"), params.get("modality")
        freq, limit = params.get("freq", "week"), _number(params.get("limit", "100"))
        if freq not in FREQS or limit is None or not 1 <= limit <= MAX_LIMIT:
            return None
        if any(len(x) > MAX_ACTOR for x in (a, b) if x) or (modality and len(modality) > MAX_MODALITY):
            return None
        found = self.cache.get(("alerts", AlertSettings(freq=freq, scope=EventScope.parse(modality))))
        if found is None:  # not computed yet: FastAPI computes it on a worker thread and keeps it
            return None
        return json_bytes(alerts_page(found, a, b, limit))

    def series(self, a: str, b: str, params: dict[str, str]) -> bytes | None:
        """GET /dyads/A/B/series of a whole history encoded at start (api/prepared.py)."""
        if not params.keys() <= {"freq", "unit", "modality"}:
            return None
        freq, unit, modality = params.get("freq", "week"), params.get("unit", "clusters"), params.get("modality")
        if freq not in FREQS or unit not in ("clusters", "events") or (modality and len(modality) > MAX_MODALITY):
            return None
        other = None if b.upper() == "ALL" else b.upper()
        query = SeriesQuery(a.upper(), other, freq, False, unit, EventScope.parse(modality)).validate()
        return self.prepared.body(query)


def plain_params(pairs: tuple[tuple[str, str], ...]) -> dict[str, str] | None:
    """The query as a dict when every name is given once with a non-empty value, else None."""
    params = dict(pairs)
    if len(params) != len(pairs) or not all(params.values()):
        return None
    return params


def _number(text: str) -> int | None:
    return int(text) if NUMBER.fullmatch(text) else None


def _day(text: str | None) -> date | None | bool:
    """None when absent, the day when plain and inside the store's date window, else False."""
    if text is None:
        return None
    if not DAY.fullmatch(text):
        return False
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return False
    return day if in_date_window(day) is not None else False
