"""Escalation alerts: periods where a dyad's conflict-cooperation balance shifts sharply.

Method. For each active undirected dyad, the per-period `balance` (one definition, balance.py: the
same numbers `brinkwatch dyad` and the dashboard show for the dyad in both directions) is standardised
and segmented with ruptures' PELT search under a least-squares (l2) cost with a BIC-style penalty
(`penalty * log(n)`), which finds where the mean level changes without fixing how many changes
there are. Each change point is then measured against its baseline, the segment before it:

    change_sd = (mean after - mean before) / max(sd before, noise floor)

and kept only when |change_sd| >= min_change_sd and the first period at the new level holds at least
`min_clusters_in_period` of the dyad's clusters on the side of the change (conflict for a move toward
conflict): a move made only by the volume of other dyads is not an alert. The noise floor (half the
series' robust noise level from the median absolute first difference, or a tenth of its standard
deviation, whichever is larger) stops a perfectly quiet baseline from turning every small move into
an alert.

Each alert carries the events that drove it: the clusters of the alert's first period in the
direction of the change, the most corroborated (most outlets) and most intense (|Goldstein|) first,
with the evidence sentence of their first report and links to the event, its cluster and its story.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

import duckdb
import numpy as np

from brinkwatch.analysis.access import QueryError
from brinkwatch.analysis.corroboration import ensure_clusters
from brinkwatch.analysis.series import (
    FREQS,
    MAX_PERIODS,
    SeriesPoint,
    dyad_prior,
    fill_points,
    next_period,
    period_start,
    period_volumes,
)
from brinkwatch.store.filters import EventScope

# Share of the first-difference noise estimate used as the floor: sparse dyads alternate between a report
# and a silent period, which doubles first differences without being noise around a level.
NOISE_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class AlertSettings:
    freq: str = "week"
    since: date | None = None  # report alerts whose period starts on or after this day
    min_dyad_clusters: int = 5  # dyads with fewer clusters in all are not scanned
    max_dyads: int = 200  # the most active dyads only
    penalty: float = 2.0  # PELT penalty per change, times log(number of periods)
    min_change_sd: float = 2.0
    min_clusters_in_period: int = 2
    top_evidence: int = 5
    scope: EventScope = field(default_factory=EventScope)  # what counts (store/filters.py)


@dataclass(slots=True)
class Evidence:
    event_id: str
    cluster_id: str
    day: str
    evidence_text: str
    outlet: str | None
    modality: str | None
    attribution: list[dict[str, Any]]
    cameo_code: str | None
    cameo_name: str | None
    goldstein: float | None
    n_outlets: int
    n_events: int
    url: str | None
    links: dict[str, str | None]


@dataclass(slots=True)
class Alert:
    alert_id: str
    a: str
    b: str
    freq: str
    period_start: str  # first period of the new level
    period_end: str  # end (exclusive) of that first period
    segment_end: str  # end (exclusive) of the run of periods at the new level
    direction: str  # "conflict" | "cooperation"
    baseline: float  # mean balance before the change
    level: float  # mean balance after
    change: float
    change_sd: float
    baseline_periods: int
    n_clusters: int  # clusters of the dyad in the alert's first period
    balance: float  # the balance of that first period, as `dyad A B` shows it
    volume: int  # clusters of every dyad in that period (the balance's denominator)
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def find_alerts(con: duckdb.DuckDBPyConnection, settings: AlertSettings = AlertSettings()) -> list[Alert]:
    """Alerts over every active dyad, most recent first."""
    if settings.freq not in FREQS:
        raise QueryError(f"freq must be one of {', '.join(FREQS)}, not {settings.freq!r}", input="freq")
    ensure_clusters(con)
    volumes = period_volumes(con, settings.freq, "clusters", settings.scope)
    alerts: list[Alert] = []
    for (a, b), rows in _dyad_rows(con, settings).items():
        prior = dyad_prior(rows, volumes, settings.freq)
        points = fill_points(rows, volumes, settings.freq, prior, since=scan_start(rows, settings.freq),
                             until=max(row[0] for row in rows))
        for change in detect_changes(points, settings):
            if settings.since and change.period_start < settings.since:
                continue
            alerts.append(_explain(con, a, b, change, settings))
    alerts.sort(key=lambda al: (al.period_start, abs(al.change_sd)), reverse=True)
    return alerts


def _dyad_rows(con: duckdb.DuckDBPyConnection, settings: AlertSettings
               ) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    """Per-period quad counts of the most active dyads, in one query."""
    counted, counted_params = settings.scope.cluster_sql()
    rows = con.execute(
        f"""WITH pairs AS (
                SELECT least(source, target) AS a, greatest(source, target) AS b, * FROM clusters
                WHERE source <> target AND day IS NOT NULL AND {counted}),
            active AS (
                SELECT a, b FROM pairs GROUP BY a, b HAVING count(*) >= ?
                ORDER BY count(*) DESC, a, b LIMIT ?)
            SELECT a, b, date_trunc('{settings.freq}', day)::DATE AS period,
                   count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                   count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                   count(*), sum(goldstein)
            FROM pairs JOIN active USING (a, b)
            GROUP BY a, b, period ORDER BY a, b, period""",
        [*counted_params, settings.min_dyad_clusters, settings.max_dyads],
    ).fetchall()
    grouped: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for row in rows:
        grouped.setdefault((row[0], row[1]), []).append(tuple(row[2:]))
    return grouped


def scan_start(rows: list[tuple[Any, ...]], freq: str) -> date:
    """First period scanned: the dyad's first, or the earliest that keeps the scan within MAX_PERIODS
    (a lone event decades back must not stop a daily scan)."""
    first, last = min(row[0] for row in rows), max(row[0] for row in rows)
    days_per_period = {"day": 1, "week": 7, "month": 31}[freq]
    earliest = period_start(last - timedelta(days=days_per_period * (MAX_PERIODS - 2)), freq)
    return max(first, earliest)


@dataclass(slots=True)
class Change:
    period_start: date
    segment_end: date
    baseline: float
    level: float
    change_sd: float
    baseline_periods: int
    n_clusters: int
    balance: float = 0.0
    volume: int = 0


def detect_changes(points: list[SeriesPoint], settings: AlertSettings = AlertSettings()) -> list[Change]:
    """Change points of the balance series that pass the size and support thresholds."""
    if len(points) < 3:
        return []
    import ruptures as rpt  # slow to import (1-2 s): only when a series is scanned

    signal = np.array([p.balance for p in points], dtype=float)
    spread = float(signal.std())
    if spread == 0.0:
        return []
    standardised = ((signal - signal.mean()) / spread).reshape(-1, 1)
    breaks = rpt.Pelt(model="l2", min_size=1, jump=1).fit(standardised).predict(
        pen=settings.penalty * math.log(len(points))
    )
    floor = max(NOISE_SHARE * _robust_noise(signal), 0.1 * spread)
    changes = []
    bounds = [0, *breaks]
    for i in range(1, len(bounds) - 1):
        before = signal[bounds[i - 1]:bounds[i]]
        after = signal[bounds[i]:bounds[i + 1]]
        first = points[bounds[i]]
        change_sd = (after.mean() - before.mean()) / max(float(before.std()), floor)
        # The dyad's own events must drive the move: a drop made only by other dyads' volume is no alert.
        support = first.conflict if change_sd < 0 else first.cooperation
        if abs(change_sd) < settings.min_change_sd or support < settings.min_clusters_in_period:
            continue
        end = points[bounds[i + 1] - 1].period
        changes.append(Change(
            period_start=first.period,
            segment_end=next_period(end, settings.freq),
            baseline=round(float(before.mean()), 3),
            level=round(float(after.mean()), 3),
            change_sd=round(float(change_sd), 2),
            baseline_periods=len(before),
            n_clusters=first.n,
            balance=first.balance,
            volume=first.volume,
        ))
    return changes


def _robust_noise(signal: np.ndarray) -> float:
    """Noise sd from the median absolute first difference (insensitive to the steps themselves)."""
    if len(signal) < 2:
        return 0.0
    return float(np.median(np.abs(np.diff(signal))) / (0.6745 * math.sqrt(2)))


def _explain(
    con: duckdb.DuckDBPyConnection, a: str, b: str, change: Change, settings: AlertSettings
) -> Alert:
    direction = "conflict" if change.level < change.baseline else "cooperation"
    period_end = next_period(change.period_start, settings.freq)
    key = f"{a}|{b}|{settings.freq}|{change.period_start}|{direction}"
    return Alert(
        alert_id="al-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16],
        a=a, b=b, freq=settings.freq,
        period_start=change.period_start.isoformat(),
        period_end=period_end.isoformat(),
        segment_end=change.segment_end.isoformat(),
        direction=direction,
        baseline=change.baseline, level=change.level,
        change=round(change.level - change.baseline, 3),
        change_sd=change.change_sd,
        baseline_periods=change.baseline_periods,
        n_clusters=change.n_clusters,
        balance=change.balance,
        volume=change.volume,
        evidence=driving_evidence(
            con, a, b, change.period_start, period_end, direction, settings.top_evidence, settings.scope
        ),
    )


def driving_evidence(con: duckdb.DuckDBPyConnection, a: str, b: str, start: date, end: date,
                     direction: str, limit: int, scope: EventScope | None = None) -> list[Evidence]:
    """First reports of the dyad's counted clusters in [start, end) on the side of `direction`."""
    quads = (3, 4) if direction == "conflict" else (1, 2)
    counted, counted_params = (scope or EventScope()).cluster_sql("c")
    rows = con.execute(
        f"""SELECT c.first_event_id, c.cluster_id, c.day, e.evidence_text, e.outlet, e.modality,
                  e.attribution, e.cameo_code, e.cameo_name, e.goldstein, c.n_outlets, c.n_events, d.url
           FROM clusters c JOIN events e ON e.event_id = c.first_event_id
           LEFT JOIN documents d ON d.doc_id = e.doc_id
           WHERE ((c.source = ? AND c.target = ?) OR (c.source = ? AND c.target = ?))
             AND c.day >= ? AND c.day < ? AND c.quad_class IN (?, ?) AND {counted}
           ORDER BY c.n_outlets DESC, abs(c.goldstein) DESC, c.day, c.cluster_id LIMIT ?""",
        [a, b, b, a, start, end, *quads, *counted_params, limit],
    ).fetchall()
    return [evidence_from_row(row) for row in rows]


def evidence_from_row(row: tuple[Any, ...]) -> Evidence:
    event_id, cluster_id, day, text, outlet, modality, attribution, code, name, gs, n_out, n_ev, url = row
    return Evidence(
        event_id=event_id, cluster_id=cluster_id, day=day.isoformat() if day else "",
        evidence_text=text or "", outlet=outlet, modality=modality,
        attribution=parse_json_list(attribution), cameo_code=code, cameo_name=name, goldstein=gs,
        n_outlets=int(n_out), n_events=int(n_ev), url=url,
        links={"event": f"/events/{event_id}", "cluster": f"/clusters/{cluster_id}", "story": url},
    )


def parse_json_list(text: str | None) -> list[dict[str, Any]]:
    """attribution/quantities are JSON text in the store; a malformed value reads as empty."""
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return value if isinstance(value, list) else [value]
