"""Corroboration: many stories reporting one real-world event become one cluster.

Two events belong to the same cluster when they have the same dyad (source and target, at country
level for state actors, so "US forces" and "Washington" reporting one strike agree), the same CAMEO
root, fall within `window_days` of the cluster's first report, and their evidence sentences say the
same thing. "Say the same thing" is rapidfuzz's token-set ratio on normalised text (lower case, no
punctuation): syndicated copies score 100, rewrites that keep the facts score in the 70s-90s, and
different acts between the same pair in the same week score far lower.

Series count clusters, not mentions, so one story syndicated fifty times is one event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import groupby

import duckdb
import pyarrow as pa
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from brinkwatch.analysis.access import ATTACHED_AS, has_relation

# Strongest first: a report that the act happened outweighs one that it is planned, merely
# considered, or denied.
MODALITY_STRENGTH: tuple[str, ...] = (
    "asserted", "historical", "intended", "requested", "considered", "hypothetical", "denied", "negated",
)
_RANK = {m: i for i, m in enumerate(MODALITY_STRENGTH)}

# SQL for an actor's dyad key: its country for state actors, its full code for IGOs and the like.
SOURCE_KEY = "COALESCE(source_country, source_code)"
TARGET_KEY = "COALESCE(target_country, target_code)"
EVENT_DAY = "COALESCE(event_date, published)"


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    window_days: int = 3  # how far after the first report a story may still be about the same event
    min_similarity: float = 70.0  # rapidfuzz token_set_ratio, 0-100


@dataclass(slots=True)
class EventRecord:
    """The fields of one stored event that clustering looks at."""

    event_id: str
    source: str
    target: str
    cameo_root: str
    cameo_code: str
    quad_class: int
    goldstein: float
    day: date
    evidence_text: str
    outlet: str | None
    modality: str
    confidence: float
    source_code: str
    target_code: str
    unresolved: bool = False  # an actor is a named actor no table knows


@dataclass(slots=True)
class Cluster:
    cluster_id: str
    source: str
    target: str
    source_code: str  # actor codes of the first report
    target_code: str
    cameo_root: str
    cameo_code: str  # code of the first report
    quad_class: int
    goldstein: float  # mean over member reports
    day: date  # day of the first report
    last_day: date
    first_event_id: str
    first_outlet: str | None
    n_events: int
    n_outlets: int
    outlets: list[str]
    modality: str  # strongest modality among its reports
    confidence: float  # highest confidence among its reports
    asserted: bool  # at least one report asserts it happened
    unresolved: bool = False  # every report has an actor no table knows
    event_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Open:
    """A cluster still accepting reports while its group is scanned."""

    first_day: date
    texts: list[str]
    members: list[EventRecord]


def strongest_modality(modalities: Iterable[str]) -> str:
    return min(modalities, key=lambda m: _RANK.get(m, len(_RANK)))


def cluster_events(
    records: Iterable[EventRecord], settings: ClusterSettings = ClusterSettings()
) -> list[Cluster]:
    """Group event records into clusters. Records may come in any order."""
    ordered = sorted(records, key=lambda r: (r.source, r.target, r.cameo_root, r.day, r.event_id))
    clusters: list[Cluster] = []
    for _, group in groupby(ordered, key=lambda r: (r.source, r.target, r.cameo_root)):
        clusters.extend(_cluster_group(group, settings))
    return clusters


def _cluster_group(group: Iterable[EventRecord], settings: ClusterSettings) -> Iterator[Cluster]:
    """Single pass over one dyad+root in date order; each report joins the best open cluster or opens one."""
    window = timedelta(days=settings.window_days)
    open_clusters: list[_Open] = []
    for record in group:
        still_open = []
        for cluster in open_clusters:
            if record.day - cluster.first_day > window:
                yield _finish(cluster)
            else:
                still_open.append(cluster)
        open_clusters = still_open
        text = default_process(record.evidence_text or "")
        best = _best_match(text, open_clusters, settings.min_similarity)
        if best is None:
            open_clusters.append(_Open(first_day=record.day, texts=[text], members=[record]))
        else:
            best.members.append(record)
            if text not in best.texts:
                best.texts.append(text)
    for cluster in open_clusters:
        yield _finish(cluster)


def _best_match(text: str, open_clusters: list[_Open], min_similarity: float) -> _Open | None:
    if not open_clusters:
        return None
    choices = [(i, t) for i, c in enumerate(open_clusters) for t in c.texts]
    for i, candidate in choices:  # syndicated copies: exact match, no scoring needed
        if candidate == text:
            return open_clusters[i]
    match = process.extractOne(
        text, [t for _, t in choices], scorer=fuzz.token_set_ratio, score_cutoff=min_similarity
    )
    if match is None:
        return None
    return open_clusters[choices[match[2]][0]]


def _finish(cluster: _Open) -> Cluster:
    members = cluster.members
    first = members[0]  # members arrive in date order, so the first is the first report
    outlets = sorted({m.outlet for m in members if m.outlet})
    return Cluster(
        cluster_id="cl-" + hashlib.sha256(first.event_id.encode("utf-8")).hexdigest()[:16],
        source=first.source,
        target=first.target,
        source_code=first.source_code,
        target_code=first.target_code,
        cameo_root=first.cameo_root,
        cameo_code=first.cameo_code,
        quad_class=first.quad_class,
        goldstein=sum(m.goldstein for m in members) / len(members),
        day=first.day,
        last_day=members[-1].day,
        first_event_id=first.event_id,
        first_outlet=first.outlet,
        n_events=len(members),
        n_outlets=len(outlets),
        outlets=outlets,
        modality=strongest_modality(m.modality for m in members),
        confidence=max(m.confidence for m in members),
        asserted=any(m.modality == "asserted" for m in members),
        unresolved=all(m.unresolved for m in members),
        event_ids=[m.event_id for m in members],
    )


# --- tables -------------------------------------------------------------------------------------

_RECORD_SQL = f"""
SELECT event_id, {SOURCE_KEY} AS source_key, {TARGET_KEY} AS target_key, cameo_root, cameo_code, COALESCE(quad_class, 0),
       COALESCE(goldstein, 0.0), {EVENT_DAY}, COALESCE(evidence_text, ''), outlet,
       COALESCE(modality, 'asserted'), COALESCE(confidence, 0.0), source_code, target_code,
       COALESCE(unresolved, false)
FROM events
WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND {EVENT_DAY} IS NOT NULL
"""


def read_records(con: duckdb.DuckDBPyConnection) -> Iterator[EventRecord]:
    """Every dyadic, dated event in the store as an EventRecord (streamed in batches)."""
    cur = con.cursor()
    cur.execute(_RECORD_SQL)
    while batch := cur.fetchmany(50_000):
        for row in batch:
            yield EventRecord(*row)


CLUSTER_COLUMNS = (
    "cluster_id", "source", "target", "source_code", "target_code", "cameo_root", "cameo_code",
    "quad_class", "goldstein", "day", "last_day", "first_event_id", "first_outlet", "n_events",
    "n_outlets", "outlets", "modality", "confidence", "asserted", "unresolved",
)


def write_cluster_tables(con: duckdb.DuckDBPyConnection, clusters: list[Cluster]) -> None:
    """(Re)create `clusters` (one row each) and `event_cluster` (event_id -> cluster_id) in `con`."""
    con.execute("""CREATE OR REPLACE TABLE clusters (
        cluster_id VARCHAR PRIMARY KEY, source VARCHAR, target VARCHAR, source_code VARCHAR,
        target_code VARCHAR, cameo_root VARCHAR, cameo_code VARCHAR, quad_class TINYINT,
        goldstein DOUBLE, day DATE, last_day DATE, first_event_id VARCHAR, first_outlet VARCHAR,
        n_events INTEGER, n_outlets INTEGER, outlets VARCHAR[], modality VARCHAR, confidence DOUBLE,
        asserted BOOLEAN, unresolved BOOLEAN)""")
    con.execute("CREATE OR REPLACE TABLE event_cluster (event_id VARCHAR, cluster_id VARCHAR)")
    _insert_clusters(con, clusters)


def _insert_clusters(con: duckdb.DuckDBPyConnection, clusters: list[Cluster]) -> None:
    columns = {name: [getattr(c, name) for c in clusters] for name in CLUSTER_COLUMNS}
    table = pa.table({
        **{k: v for k, v in columns.items() if k not in ("outlets", "quad_class", "day", "last_day")},
        "quad_class": pa.array(columns["quad_class"], pa.int8()),
        "day": pa.array(columns["day"], pa.date32()),
        "last_day": pa.array(columns["last_day"], pa.date32()),
        "outlets": pa.array(columns["outlets"], pa.list_(pa.string())),
    }) if clusters else None
    members = pa.table({
        "event_id": [e for c in clusters for e in c.event_ids],
        "cluster_id": [c.cluster_id for c in clusters for _ in c.event_ids],
    }) if clusters else None
    if table is not None and members is not None:
        con.register("_clusters_arrow", table)
        con.register("_members_arrow", members)
        names = ", ".join(CLUSTER_COLUMNS)
        con.execute(f"INSERT INTO clusters ({names}) SELECT {names} FROM _clusters_arrow ORDER BY day")
        con.execute("INSERT INTO event_cluster SELECT event_id, cluster_id FROM _members_arrow")
        con.unregister("_clusters_arrow")
        con.unregister("_members_arrow")


def ensure_clusters(con: duckdb.DuckDBPyConnection, settings: ClusterSettings = ClusterSettings()) -> None:
    """Make `clusters` and `event_cluster` available: reuse ones the store already holds when they
    cover every event (written by `brinkwatch clusters`), else compute them in this connection."""
    if has_relation(con, "clusters") and has_relation(con, "event_cluster"):
        return
    if _store_has_fresh_clusters(con):
        con.execute(f"CREATE VIEW clusters AS SELECT * FROM {ATTACHED_AS}.clusters")
        con.execute(f"CREATE VIEW event_cluster AS SELECT * FROM {ATTACHED_AS}.event_cluster")
        return
    write_cluster_tables(con, cluster_events(read_records(con), settings))


def _store_has_fresh_clusters(con: duckdb.DuckDBPyConnection) -> bool:
    names = {n for (n,) in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_catalog = ?", [ATTACHED_AS]
    ).fetchall()}
    if not {"clusters", "event_cluster"} <= names:
        return False
    columns = {c for (c,) in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_catalog = ? AND table_name = 'clusters'",
        [ATTACHED_AS]).fetchall()}
    if not set(CLUSTER_COLUMNS) <= columns:  # written by an older release: compute afresh
        return False
    ((clustered,),) = con.execute(f"SELECT count(*) FROM {ATTACHED_AS}.event_cluster").fetchall()
    ((clusterable,),) = con.execute(f"SELECT count(*) FROM ({_RECORD_SQL})").fetchall()
    return clustered == clusterable


def update_clusters(con: duckdb.DuckDBPyConnection, event_ids: list[str],
                    settings: ClusterSettings = ClusterSettings()) -> int:
    """Re-cluster only the groups (dyad and CAMEO root) that the events `event_ids` fall in, in the
    store's own `clusters`/`event_cluster` tables (created when missing). A cluster whose first report
    is unchanged keeps its id. Returns how many clusters the touched groups now hold."""
    if not (has_relation(con, "event_cluster") and _has_columns(con, "clusters", CLUSTER_COLUMNS)):
        write_cluster_tables(con, cluster_events(read_records(con), settings))
        return int(con.execute("SELECT count(*) FROM clusters").fetchall()[0][0])
    if not event_ids:
        return 0
    groups = f"""SELECT DISTINCT {SOURCE_KEY} AS s, {TARGET_KEY} AS t, cameo_root AS r FROM events
                 WHERE event_id IN (SELECT UNNEST(?::VARCHAR[]))"""
    keys = con.execute(groups, [event_ids]).fetchall()
    if not keys:
        return 0
    touched = pa.table({"s": [k[0] for k in keys], "t": [k[1] for k in keys], "r": [k[2] for k in keys]})
    con.register("_touched_groups", touched)
    try:
        cur = con.execute(
            f"SELECT * FROM ({_RECORD_SQL}) rec WHERE EXISTS (SELECT 1 FROM _touched_groups g "
            "WHERE g.s = rec.source_key AND g.t = rec.target_key AND g.r = rec.cameo_root)")
        records = [EventRecord(*row) for row in cur.fetchall()]
        fresh = cluster_events(records, settings)
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM event_cluster WHERE cluster_id IN (SELECT c.cluster_id FROM clusters c "
                        "JOIN _touched_groups g ON g.s = c.source AND g.t = c.target AND g.r = c.cameo_root)")
            con.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT c.cluster_id FROM clusters c "
                        "JOIN _touched_groups g ON g.s = c.source AND g.t = c.target AND g.r = c.cameo_root)")
            _insert_clusters(con, fresh)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    finally:
        con.unregister("_touched_groups")
    return len(fresh)


def _has_columns(con: duckdb.DuckDBPyConnection, table: str, columns: Iterable[str]) -> bool:
    found = {c for (c,) in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
        "AND table_catalog = current_database()", [table]).fetchall()}
    return bool(found) and set(columns) <= found


def unclustered_event_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Clusterable events that no cluster holds yet (every one when the store has no clusters)."""
    if not has_relation(con, "event_cluster"):
        return [e for (e,) in con.execute(f"SELECT event_id FROM ({_RECORD_SQL})").fetchall()]
    return [e for (e,) in con.execute(
        f"SELECT event_id FROM ({_RECORD_SQL}) rec WHERE NOT EXISTS "
        "(SELECT 1 FROM event_cluster ec WHERE ec.event_id = rec.event_id)").fetchall()]
