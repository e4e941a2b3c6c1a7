"""Dyad series: how much conflict and cooperation passes between two actors, period by period.

Counts are of corroboration clusters by default (one real event, however many stories), or of raw
event mentions with unit="events"; what counts is the query's EventScope (store/filters.py: by default
events reported as having happened, with both actors resolved). `balance` is the shrunk, volume-
normalised conflict-cooperation balance defined once in analysis/balance.py:

    balance = 1000 * (cooperation - conflict + K * r) / (events of any dyad in that period + K)

Positive is cooperative, negative conflictual. `tone` is the plain difference over the dyad's own
count, in [-1, 1].
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date, timedelta
from typing import Any

import duckdb

from brinkwatch.analysis.access import QueryError, has_relation
from brinkwatch.analysis.balance import PER, Prior, balance, baseline_rate, prior_weight
from brinkwatch.analysis.corroboration import EVENT_DAY, SOURCE_KEY, TARGET_KEY, ensure_clusters
from brinkwatch.store.filters import EventScope
from brinkwatch.store.schema import DATE_WINDOW, in_date_window

FREQS = ("day", "week", "month")
UNITS = ("clusters", "events")
# Points one series may have (10 years of days); longer ones would make one request megabytes of JSON.
MAX_PERIODS = 4000


@dataclass(frozen=True, slots=True)
class SeriesQuery:
    a: str
    b: str | None = None  # None: `a` against every other actor
    freq: str = "week"
    directed: bool = False  # True: only a -> b; False: a -> b and b -> a
    unit: str = "clusters"
    scope: EventScope = field(default_factory=EventScope)  # what counts (modality, resolved actors)
    since: date | None = None
    until: date | None = None

    def validate(self) -> SeriesQuery:
        if self.freq not in FREQS:
            raise QueryError(f"freq must be one of {', '.join(FREQS)}, not {self.freq!r}", input="freq")
        if self.unit not in UNITS:
            raise QueryError(f"unit must be one of {', '.join(UNITS)}, not {self.unit!r}", input="unit")
        self.scope.validate()
        for name, code in (("a", self.a), ("b", self.b)):
            if code is not None and not (code.isascii() and code.isalnum() and 2 <= len(code) <= 16):
                raise QueryError(f"actor code must be 2-16 letters or digits, not {code!r}", input=name)
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"since {self.since} is after until {self.until}", input="since")
        for name, day in (("since", self.since), ("until", self.until)):
            if day is not None and in_date_window(day) is None:
                low, high = DATE_WINDOW
                raise QueryError(f"{name} {day} is outside {low.year}-{high.year}", input=name)
        return self


@dataclass(slots=True)
class SeriesPoint:
    period: date
    n: int = 0
    verbal_cooperation: int = 0
    material_cooperation: int = 0
    verbal_conflict: int = 0
    material_conflict: int = 0
    goldstein_sum: float = 0.0
    goldstein_mean: float | None = None
    volume: int = 0  # everything in the store that period, same unit
    balance: float = 0.0
    tone: float = 0.0

    @property
    def cooperation(self) -> int:
        return self.verbal_cooperation + self.material_cooperation

    @property
    def conflict(self) -> int:
        return self.verbal_conflict + self.material_conflict


@dataclass(slots=True)
class Series:
    query: SeriesQuery
    points: list[SeriesPoint] = field(default_factory=list)
    prior: Prior = field(default_factory=Prior)

    def to_dict(self) -> dict[str, Any]:
        q = asdict(self.query)
        for key in ("since", "until"):
            q[key] = q[key].isoformat() if q[key] else None
        q["scope"] = self.query.scope.to_dict()
        return {
            "query": q,
            "balance": {"formula": "1000 * (cooperation - conflict + K * r) / (volume + K)",
                        "r": round(self.prior.rate, 6), "K": self.prior.weight,
                        "per": f"{PER:g} {self.query.unit} of every dyad in the period"},
            # Field by field, not asdict: a year of days is 365 points, and asdict deep-copies each one.
            "points": [{**{name: getattr(p, name) for name in POINT_FIELDS}, "period": p.period.isoformat()}
                       for p in self.points],
        }


POINT_FIELDS = tuple(f.name for f in fields(SeriesPoint))


def period_start(day: date, freq: str) -> date:
    if freq == "week":
        return day - timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    return day


def next_period(start: date, freq: str) -> date:
    try:
        if freq == "week":
            return start + timedelta(days=7)
        if freq == "month":
            return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
        return start + timedelta(days=1)
    except OverflowError:  # the calendar ends at 9999-12-31: no period follows
        return date.max


def period_range(first: date, last: date, freq: str) -> list[date]:
    """Period starts from `first` to `last`; a QueryError past MAX_PERIODS (one request, bounded memory)."""
    periods, current = [], period_start(first, freq)
    while current <= last:
        if len(periods) >= MAX_PERIODS:
            raise QueryError(
                f"more than {MAX_PERIODS:,} {freq}s from {first} to {last}: choose a coarser freq or a shorter "
                "since/until window", input="freq")
        periods.append(current)
        following = next_period(current, freq)
        if following <= current:
            break
        current = following
    return periods


def relation_for(unit: str) -> tuple[str, str, str, str]:
    """(relation, source key, target key, day) SQL for counting clusters or raw events."""
    if unit == "clusters":
        return "clusters", "source", "target", "day"
    return "events", SOURCE_KEY, TARGET_KEY, EVENT_DAY


def actor_filter(query: SeriesQuery, src: str, tgt: str, rel_src_code: str, rel_tgt_code: str
                 ) -> tuple[str, list[Any]]:
    """SQL condition (and its parameters) selecting the dyad. An actor code matches either the
    country key (USA matches USAGOV, USAMIL...) or a full actor code (USAGOV only)."""
    def side(key: str, code_col: str, value: str) -> tuple[str, list[Any]]:
        return f"({key} = ? OR {code_col} = ?)", [value, value]

    a_src, pa_src = side(src, rel_src_code, query.a)
    a_tgt, pa_tgt = side(tgt, rel_tgt_code, query.a)
    if query.b is None:
        if query.directed:
            return a_src, pa_src
        return f"({a_src} OR {a_tgt})", pa_src + pa_tgt
    b_src, pb_src = side(src, rel_src_code, query.b)
    b_tgt, pb_tgt = side(tgt, rel_tgt_code, query.b)
    forward = f"({a_src} AND {b_tgt})"
    if query.directed:
        return forward, pa_src + pb_tgt
    return f"({forward} OR ({b_src} AND {a_tgt}))", pa_src + pb_tgt + pb_src + pa_tgt


def scope_filter(scope: EventScope, unit: str) -> tuple[str, list[Any]]:
    """What counts, as SQL on clusters or events."""
    return scope.cluster_sql() if unit == "clusters" else scope.event_sql()


def dyad_series(con: duckdb.DuckDBPyConnection, query: SeriesQuery) -> Series:
    """The series of one dyad (or one actor against all) at the query's frequency, empty periods
    filled between the first and last period (or since/until when given)."""
    query.validate()
    if query.unit == "clusters":
        ensure_clusters(con)
    rows = _precomputed_rows(con, query)
    if rows is None:
        rows = dyad_period_rows(con, query)
    volumes = period_volumes(con, query.freq, query.unit, query.scope)
    prior = dyad_prior(rows, volumes, query.freq)
    points = fill_points(rows, volumes, query.freq, prior, query.since, query.until)
    return Series(query=query, points=points, prior=prior)


def dyad_period_rows(con: duckdb.DuckDBPyConnection, query: SeriesQuery) -> list[tuple[Any, ...]]:
    """(period, q1, q2, q3, q4, n, goldstein_sum) of every period the dyad has events in (all of its
    history: the balance's baseline needs it whatever window is shown)."""
    rel, src, tgt, day = relation_for(query.unit)
    who, who_params = actor_filter(query, src, tgt, "source_code", "target_code")
    counted, counted_params = scope_filter(query.scope, query.unit)
    return con.execute(
        f"""SELECT date_trunc('{query.freq}', {day})::DATE AS period,
                   count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                   count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                   count(*), sum(COALESCE(goldstein, 0))
            FROM {rel} WHERE {who} AND {counted} AND {day} IS NOT NULL
            GROUP BY period ORDER BY period""",
        who_params + counted_params,
    ).fetchall()


def date_filter(day: str, since: date | None, until: date | None) -> tuple[str, list[Any]]:
    conditions, params = [f"{day} IS NOT NULL"], []
    if since:
        conditions.append(f"{day} >= ?")
        params.append(since)
    if until:
        conditions.append(f"{day} <= ?")
        params.append(until)
    return " AND ".join(conditions), params


def _volume_sql(freq: str, unit: str, scope: EventScope) -> tuple[str, list[Any]]:
    rel, _, _, day = relation_for(unit)
    counted, params = scope_filter(scope, unit)
    return (f"SELECT date_trunc('{freq}', {day})::DATE AS period, count(*) AS n FROM {rel} "
            f"WHERE {day} IS NOT NULL AND {counted} GROUP BY period"), params


# What the dashboard's "what" menu asks for most: the default, and every modality.
PREPARED_SCOPES = (EventScope(), EventScope.parse("all"))


def prepare_volumes(con: duckdb.DuckDBPyConnection, scopes: Iterable[EventScope] = PREPARED_SCOPES) -> None:
    """Pre-aggregate what the dashboard asks for, for every frequency and unit of `scopes` (a server
    does this once at start, `serve --watch` after each poll): the balance's denominators
    (`period_volume`) and every undirected country dyad's counts per period (`dyad_period`), so a
    series query reads a few rows instead of scanning the clusters."""
    con.execute("CREATE OR REPLACE TABLE period_volume "
                "(scope VARCHAR, unit VARCHAR, freq VARCHAR, period DATE, n BIGINT)")
    parts, part_params = [], []
    for scope in scopes:
        for unit in UNITS:
            for freq in FREQS:
                sql, params = _volume_sql(freq, unit, scope)
                con.execute(f"INSERT INTO period_volume SELECT ?, ?, ?, period, n FROM ({sql})",
                            [scope.key, unit, freq, *params])
                rel, src, tgt, day = relation_for(unit)
                counted, counted_params = scope_filter(scope, unit)
                parts.append(
                    f"""SELECT ? || '|' || least({src}, {tgt}) || '|' || greatest({src}, {tgt}) AS key,
                               date_trunc('{freq}', {day})::DATE AS period,
                               count(*) FILTER (WHERE quad_class = 1) AS q1,
                               count(*) FILTER (WHERE quad_class = 2) AS q2,
                               count(*) FILTER (WHERE quad_class = 3) AS q3,
                               count(*) FILTER (WHERE quad_class = 4) AS q4,
                               count(*) AS n, sum(COALESCE(goldstein, 0)) AS gsum
                        FROM {rel} WHERE {day} IS NOT NULL AND {src} IS NOT NULL AND {tgt} IS NOT NULL
                              AND {counted}
                        GROUP BY key, period""")
                part_params += [_precomputed_prefix(scope, unit, freq), *counted_params]
    # Sorted by key, so DuckDB's per-block min/max lets a lookup read only the blocks of its dyad.
    con.execute(f"CREATE OR REPLACE TABLE dyad_period AS SELECT * FROM ({' UNION ALL '.join(parts)}) "
                "ORDER BY key, period", part_params)


def _precomputed_prefix(scope: EventScope, unit: str, freq: str) -> str:
    return f"{scope.key}|{unit}|{freq}"


def _precomputed_rows(con: duckdb.DuckDBPyConnection, query: SeriesQuery) -> list[tuple[Any, ...]] | None:
    """The dyad's period rows from `dyad_period` when the query is one it holds: undirected, two
    three-letter codes (country keys, as the API reads them), a prepared scope. Else None."""
    if query.directed or query.b is None or len(query.a) != 3 or len(query.b) != 3:
        return None
    if not has_relation(con, "dyad_period"):
        return None
    prefix = _precomputed_prefix(query.scope, query.unit, query.freq)
    prepared = con.execute("SELECT count(*) FROM period_volume WHERE scope = ? AND unit = ? AND freq = ?",
                           [query.scope.key, query.unit, query.freq]).fetchall()
    if not prepared[0][0]:
        return None
    a, b = sorted((query.a, query.b))
    return con.execute("SELECT period, q1, q2, q3, q4, n, gsum FROM dyad_period WHERE key = ? ORDER BY period",
                       [f"{prefix}|{a}|{b}"]).fetchall()


def period_volumes(con: duckdb.DuckDBPyConnection, freq: str, unit: str,
                   scope: EventScope | None = None) -> dict[date, int]:
    """What counts in the whole store per period: the denominator of the balance."""
    scope = scope or EventScope()
    if has_relation(con, "period_volume"):
        rows = con.execute("SELECT period, n FROM period_volume WHERE scope = ? AND unit = ? AND freq = ?",
                           [scope.key, unit, freq]).fetchall()
        if rows:
            return dict(rows)
    sql, params = _volume_sql(freq, unit, scope)
    return dict(con.execute(sql, params).fetchall())


def dyad_prior(rows: Sequence[tuple[Any, ...]], volumes: dict[date, int], freq: str) -> Prior:
    """K and r of the balance (see balance.py) for a dyad's period rows."""
    weight = prior_weight(volumes)
    if not rows:
        return Prior(0.0, weight)
    differences = {row[0]: int(row[1]) + int(row[2]) - int(row[3]) - int(row[4]) for row in rows}
    first, last = min(differences), max(differences)
    span = [p for p in volumes if first <= p <= last]  # periods without volume add nothing to the sum
    return Prior(baseline_rate(differences, span, volumes), weight)


def fill_points(rows: Sequence[tuple[Any, ...]], volumes: dict[date, int], freq: str, prior: Prior,
                since: date | None = None, until: date | None = None) -> list[SeriesPoint]:
    """Rows of (period, q1, q2, q3, q4, n, goldstein_sum) -> points from since (or the first period)
    to until (or the last), empty periods included, each with its balance."""
    by_period = {row[0]: row for row in rows}
    if not by_period and not (since and until):
        return []
    first = since or min(by_period)
    last = until or max(by_period)
    points = []
    for period in period_range(first, last, freq):
        point = SeriesPoint(period=period, volume=int(volumes.get(period, 0)))
        row = by_period.get(period)
        if row:
            _, q1, q2, q3, q4, n, gsum = row
            point.verbal_cooperation, point.material_cooperation = int(q1), int(q2)
            point.verbal_conflict, point.material_conflict = int(q3), int(q4)
            point.n, point.goldstein_sum = int(n), round(float(gsum or 0.0), 3)
            point.goldstein_mean = round(point.goldstein_sum / n, 3) if n else None
            point.tone = round((point.cooperation - point.conflict) / n, 3) if n else 0.0
        point.balance = balance(point.cooperation - point.conflict, point.volume, prior)
        points.append(point)
    return points


def known_actor(con: duckdb.DuckDBPyConnection, code: str) -> bool:
    """Whether any stored event has `code` as an actor code or country."""
    row = con.execute(
        "SELECT 1 FROM events WHERE ? IN (source_code, target_code, source_country, target_country) LIMIT 1",
        [code]).fetchall()
    return bool(row)


def top_dyads(con: duckdb.DuckDBPyConnection, limit: int = 20, since: date | None = None,
              until: date | None = None, scope: EventScope | None = None) -> list[dict[str, Any]]:
    """The most active undirected dyads (by clusters): for the dashboard's heat map and alert scans."""
    ensure_clusters(con)
    when, params = date_filter("day", since, until)
    counted, counted_params = (scope or EventScope()).cluster_sql()
    rows = con.execute(
        f"""SELECT least(source, target) AS a, greatest(source, target) AS b, count(*) AS n,
                   count(*) FILTER (WHERE quad_class >= 3) AS conflict,
                   count(*) FILTER (WHERE quad_class BETWEEN 1 AND 2) AS cooperation
            FROM clusters WHERE source <> target AND {when} AND {counted}
            GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?""",
        params + counted_params + [limit],
    ).fetchall()
    return [{"a": a, "b": b, "n": n, "conflict": c, "cooperation": k} for a, b, n, c, k in rows]


def actors(con: duckdb.DuckDBPyConnection, limit: int = 200) -> list[dict[str, Any]]:
    """Actor keys by activity, for pick lists."""
    ensure_clusters(con)
    rows = con.execute(
        """SELECT actor, count(*) AS n FROM (
               SELECT source AS actor FROM clusters UNION ALL SELECT target FROM clusters)
           GROUP BY actor ORDER BY n DESC, actor LIMIT ?""", [limit]
    ).fetchall()
    return [{"code": code, "n": n} for code, n in rows]


def group_rows_by_pair(rows: Iterable[tuple[Any, ...]]) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    """Rows of (a, b, period, ...) -> {(a, b): [(period, ...), ...]} (used by the alert scan)."""
    grouped: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for row in rows:
        grouped.setdefault((row[0], row[1]), []).append(tuple(row[2:]))
    return grouped
