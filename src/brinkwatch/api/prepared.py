"""The dashboard's dyad series, answered from memory: the pre-aggregated `dyad_period` rows and
`period_volume` denominators (analysis/series.prepare_volumes) of the prepared scopes, loaded into
NumPy arrays once per app, so a series request runs no SQL at all.

    prepared = PreparedSeries(con)          # after prepare_volumes(con)
    series = prepared.series(query)         # the same Series dyad_series(con, query) gives, or None

Only the queries `dyad_series` itself answers from `dyad_period` are taken (undirected, two
three-letter country keys, a prepared scope), and only in the dashboard's unit (clusters); every other
query returns None and goes to `dyad_series`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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


class PreparedSeries:
    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.tables: dict[tuple[str, str], PeriodTable] = {}
        for scope in PREPARED_SCOPES:
            for freq in FREQS:
                table = _load(con, scope.key, freq)
                if table is not None:
                    self.tables[(scope.key, freq)] = table

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
