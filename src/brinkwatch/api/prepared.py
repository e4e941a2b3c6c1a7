"""The dashboard's dyad series, answered from memory: the pre-aggregated `dyad_period` rows and
`period_volume` denominators (analysis/series.prepare_volumes) of the prepared scopes, loaded into
NumPy arrays once per app, so a series request runs no SQL at all.

    prepared = PreparedSeries(con)          # after prepare_volumes(con)
    series = prepared.series(query)         # the same Series dyad_series(con, query) gives, or None
    body = prepared.body(query)             # its JSON bytes, from what was encoded at start, or None

At start the series of every dyad in `dyad_period` is encoded once per scope and frequency, all of
its history (what the dashboard and a plain API call ask for): everything after the "query" member is
kept zlib-compressed (the same for A-B and B-A), and a request only encodes its own "query" member in
front of it - well under a millisecond for a year of days, where building the points takes ten.

Only the queries `dyad_series` itself answers from `dyad_period` are taken (undirected, two
three-letter country keys, a prepared scope), and only in the dashboard's unit (clusters); every other
query returns None and goes to `dyad_series`.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import duckdb
import numpy as np

from brinkwatch.analysis.series import (
    FREQS,
    PREPARED_SCOPES,
    Series,
    SeriesQuery,
    dyad_prior,
    fill_points,
)

UNIT = "clusters"  # the dashboard's unit; raw-event series go through SQL
COUNTS = ("q1", "q2", "q3", "q4", "n", "gsum")


@dataclass(slots=True)
class PeriodTable:
    """One (scope, freq): every dyad's period rows, sorted by dyad, and the period volumes."""

    spans: dict[str, tuple[int, int]]  # "A|B" -> its rows' [start, end)
    periods: np.ndarray  # datetime64[D]
    counts: list[np.ndarray]  # q1, q2, q3, q4, n (int64), gsum (float64)
    volumes: dict[date, int]

    def rows(self, pair: str) -> list[tuple[Any, ...]]:
        """(period, q1, q2, q3, q4, n, gsum) of the dyad, as `dyad_period` holds them."""
        start, end = self.spans.get(pair, (0, 0))
        if start == end:
            return []
        columns = [self.periods[start:end].tolist()] + [c[start:end].tolist() for c in self.counts]
        return list(zip(*columns, strict=True))


def series_json(content: dict[str, Any]) -> bytes:
    """A series as the bytes the API sends."""
    return json.dumps(content, separators=(",", ":")).encode("utf-8")


class PreparedSeries:
    def __init__(self, con: duckdb.DuckDBPyConnection, encode: bool = True):
        self.tables: dict[tuple[str, str], PeriodTable] = {}
        self.tails: dict[tuple[str, str, str], bytes] = {}  # (scope key, freq, "A|B") -> compressed tail
        for scope in PREPARED_SCOPES:
            for freq in FREQS:
                table = _load(con, scope.key, freq)
                if table is None:
                    continue
                self.tables[(scope.key, freq)] = table
                if not encode:
                    continue
                for pair in table.spans:
                    a, b = pair.split("|")
                    query = SeriesQuery(a, b, freq, scope=scope)
                    whole = series_json(self.series(query).to_dict())  # type: ignore[union-attr]
                    head = len(_head(query))
                    self.tails[(scope.key, freq, pair)] = zlib.compress(whole[head:], 1)

    def body(self, query: SeriesQuery) -> bytes | None:
        """The JSON of a validated query's series from the encoded tails, or None when not held
        (a since/until window, another unit or scope, a dyad without events)."""
        if query.since or query.until or query.unit != UNIT or query.directed or query.b is None:
            return None
        tail = self.tails.get((query.scope.key, query.freq, "|".join(sorted((query.a, query.b)))))
        if tail is None:
            return None
        return _head(query) + zlib.decompress(tail)

    def series(self, query: SeriesQuery) -> Series | None:
        """The series of a validated query, or None when it is not one held here."""
        if query.unit != UNIT or query.directed or query.b is None or len(query.a) != 3 or len(query.b) != 3:
            return None
        table = self.tables.get((query.scope.key, query.freq))
        if table is None:
            return None
        rows = table.rows("|".join(sorted((query.a, query.b))))
        prior = dyad_prior(rows, table.volumes, query.freq)
        points = fill_points(rows, table.volumes, query.freq, prior, query.since, query.until)
        return Series(query=query, points=points, prior=prior)


@lru_cache(maxsize=8192)  # a few hundred bytes each; Series.to_dict costs 0.2 ms a call
def _head(query: SeriesQuery) -> bytes:
    """'{"query":{...}' - the start of series_json(Series(query, ...).to_dict())."""
    return b'{"query":' + series_json(Series(query=query).to_dict()["query"])


def _load(con: duckdb.DuckDBPyConnection, scope_key: str, freq: str) -> PeriodTable | None:
    prefix = f"{scope_key}|{UNIT}|{freq}|"
    volumes = dict(con.execute("SELECT period, n FROM period_volume WHERE scope = ? AND unit = ? AND freq = ?",
                               [scope_key, UNIT, freq]).fetchall())
    if not volumes:  # dyad_series computes its volumes by SQL then; so does the fallback
        return None
    data = con.execute(
        f"SELECT substr(key, ?) AS pair, period, {', '.join(COUNTS)} FROM dyad_period "
        "WHERE starts_with(key, ?) ORDER BY key, period", [len(prefix) + 1, prefix]).fetchnumpy()
    pairs = data["pair"]
    if len(pairs):
        names, starts = np.unique(pairs, return_index=True)  # rows are sorted by pair: one run each
        order = np.argsort(starts)
        names, starts = names[order], starts[order]
        ends = [*starts[1:].tolist(), len(pairs)]
        spans = {str(n): (int(s), int(e)) for n, s, e in zip(names, starts, ends, strict=True)}
    else:
        spans = {}
    periods = np.asarray(data["period"]).astype("datetime64[D]")
    counts = [np.asarray(data[c]) for c in COUNTS]
    return PeriodTable(spans, periods, counts, volumes)
