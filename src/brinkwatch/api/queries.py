"""Event queries the REST API answers: filters and paging over the events table, parameterised SQL only."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date
from itertools import chain
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from brinkwatch.analysis.access import QueryError
from brinkwatch.analysis.alerts import parse_json_list
from brinkwatch.analysis.corroboration import EVENT_DAY, SOURCE_KEY, TARGET_KEY
from brinkwatch.model import EVENT_ROW_COLUMNS, MODALITIES
from brinkwatch.ontology.cameo import PLOVER_TYPES, normalise_code

MAX_LIMIT = 1000
# Rows without any date sort last in the newest-first order and still page by cursor.
SORT_DAY = f"COALESCE({EVENT_DAY}, DATE '0001-01-01')"
EVENT_COLUMNS = (*EVENT_ROW_COLUMNS, "published", "origin")
_SELECT = ", ".join(f'"{c}"' for c in EVENT_COLUMNS)
_JSON_COLUMNS = ("attribution", "quantities", "location")


@dataclass(frozen=True, slots=True)
class EventFilter:
    since: date | None = None
    until: date | None = None
    source: str | None = None
    target: str | None = None
    undirected: bool = False  # source/target in either direction
    code: str | None = None
    root: str | None = None
    plover: str | None = None
    modality: str | None = None
    outlet: str | None = None
    q: str | None = None


def encode_cursor(day: date, event_id: str) -> str:
    raw = json.dumps([day.isoformat(), event_id]).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[date, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, event_id = json.loads(raw)
        return date.fromisoformat(day), str(event_id)
    except (binascii.Error, ValueError, TypeError) as exc:
        raise QueryError("cursor is not one this server issued", input="cursor") from exc


@dataclass(frozen=True, slots=True)
class Columns:
    """Column expressions a filter is written against: the events table, or the serving index."""

    day: str = EVENT_DAY
    src_key: str = SOURCE_KEY
    tgt_key: str = TARGET_KEY
    pair: str | None = None  # "A|B" of the undirected dyad, when the relation has it


STORE_COLUMNS = Columns()
INDEX_COLUMNS = Columns(day="day", src_key="src_key", tgt_key="tgt_key", pair="pair")


def _actor(column_key: str, column_code: str, value: str) -> tuple[str, list[Any]]:
    # A three-letter value is a country (or a country-less actor's own code), so it is the dyad key;
    # a longer one (USAGOV) is a full actor code. One equality either way, which DuckDB scans fastest.
    if len(value) == 3:
        return f"{column_key} = ?", [value]
    return f"{column_code} = ?", [value]


def where_clause(f: EventFilter, cols: Columns = STORE_COLUMNS) -> tuple[str, list[Any]]:
    """The WHERE of an events query (all values bound as parameters) after validating the filter."""
    conditions: list[str] = []
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        conditions.append(sql)
        params.extend(values)

    if f.since and f.until and f.since > f.until:
        raise QueryError(f"since {f.since} is after until {f.until}", input="since")
    if f.since:
        add(f"{cols.day} >= ?", f.since)
    if f.until:
        add(f"{cols.day} <= ?", f.until)
    for name, value in (("source", f.source), ("target", f.target)):
        if value is not None and not (value.isascii() and value.isalnum() and len(value) <= 16):
            raise QueryError(f"actor code must be letters or digits, not {value!r}", input=name)
    if f.source or f.target:
        dyad_sql, dyad_params = _dyad(f, cols)
        add(dyad_sql, *dyad_params)
    if f.code:
        code = normalise_code(f.code)
        if not code.isdigit():
            raise QueryError(f"CAMEO code must be digits, not {f.code!r}", input="code")
        add("cameo_code = ?", code)
    if f.root:
        if not (f.root.isdigit() and len(f.root) <= 2):
            raise QueryError(f"CAMEO root must be 01-20, not {f.root!r}", input="root")
        add("cameo_root = ?", f.root.zfill(2))
    if f.plover:
        if f.plover.upper() not in PLOVER_TYPES:
            raise QueryError(f"unknown PLOVER type {f.plover!r}", input="plover")
        add("plover_type = ?", f.plover.upper())
    if f.modality:
        if f.modality not in MODALITIES:
            raise QueryError(f"modality must be one of {', '.join(MODALITIES)}", input="modality")
        add("modality = ?", f.modality)
    if f.outlet:
        add("outlet = ?", f.outlet)
    if f.q:
        pattern = "%" + f.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        add("evidence_text ILIKE ? ESCAPE '\\'", pattern)
    return (" AND ".join(conditions) or "true"), params


def _dyad(f: EventFilter, cols: Columns) -> tuple[str, list[Any]]:
    if f.undirected and cols.pair and f.source and f.target and len(f.source) == len(f.target) == 3:
        return f"{cols.pair} = ?", ["|".join(sorted((f.source.upper(), f.target.upper())))]

    def side(src_value: str | None, tgt_value: str | None) -> tuple[str, list[Any]]:
        parts, values = [], []
        if src_value:
            sql, v = _actor(cols.src_key, "source_code", src_value)
            parts.append(sql)
            values += v
        if tgt_value:
            sql, v = _actor(cols.tgt_key, "target_code", tgt_value)
            parts.append(sql)
            values += v
        return "(" + " AND ".join(parts) + ")", values

    forward, forward_params = side(f.source, f.target)
    if not f.undirected:
        return forward, forward_params
    backward, backward_params = side(f.target, f.source)
    return f"({forward} OR {backward})", forward_params + backward_params


class EventIndex:
    """The serving copy of the events, built once when the server starts (the store never changes
    under a read-only server).

    `event_index` is a narrow in-memory DuckDB table of the filter columns, sorted newest first, with
    each row's position `rn` and its cluster; every row's answer is held as JSON fragments in the same
    order (RowFragments). A page is then a list of positions - from posting lists in memory, or from
    one narrow filtered top-N query for a cursor or a text search - and a join of their fragments,
    instead of a scan that drags 43 columns through the sort and a dict per row through the encoder."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        con.execute(f"""CREATE OR REPLACE TABLE event_index AS
            SELECT row_number() OVER (ORDER BY day DESC, event_id DESC) - 1 AS rn, *,
                   least(src_key, tgt_key) || '|' || greatest(src_key, tgt_key) AS pair
            FROM (SELECT e.event_id, {SORT_DAY} AS day,
                         COALESCE(e.source_country, e.source_code) AS src_key, e.source_code,
                         COALESCE(e.target_country, e.target_code) AS tgt_key, e.target_code,
                         e.cameo_code, e.cameo_root, e.plover_type, e.modality, e.outlet, e.evidence_text,
                         ec.cluster_id, c.n_outlets, c.n_events
                  FROM events e LEFT JOIN event_cluster ec ON ec.event_id = e.event_id
                  LEFT JOIN (SELECT cluster_id, n_outlets, n_events FROM clusters) c
                       ON c.cluster_id = ec.cluster_id)
            ORDER BY rn""")
        self.postings = PostingIndex(con)
        rows = con.sql(
            f"SELECT {', '.join('e.' + _quote(c) for c in EVENT_COLUMNS)} FROM events e "
            "JOIN event_index i USING (event_id) ORDER BY i.rn"
        ).to_arrow_table()
        columns = {name: rows.column(name) for name in EVENT_COLUMNS}
        del rows  # each column's buffers are let go as soon as its fragments are made
        narrow = self.postings.narrow
        columns |= {"cluster_id": narrow.column("cluster_id"), "cluster_outlets": narrow.column("n_outlets"),
                    "cluster_reports": narrow.column("n_events")}
        self.fragments = RowFragments(columns)

    @staticmethod
    def needs_sql(f: EventFilter, cursor: str | None) -> bool:
        """Whether a page of `f` is a store query (a cursor or text search), not posting lists."""
        return bool(cursor or f.q)

    def page(self, con: duckdb.DuckDBPyConnection | None, f: EventFilter, limit: int, offset: int,
             cursor: str | None) -> dict[str, Any]:
        """One page; `con` (a cursor) is read only when needs_sql(f, cursor)."""
        return json.loads(self.page_json(con, f, limit, offset, cursor))

    def page_json(self, con: duckdb.DuckDBPyConnection | None, f: EventFilter, limit: int, offset: int,
                  cursor: str | None) -> bytes:
        """The page as the JSON bytes the API sends: json.dumps(page) with the separators of FastAPI's
        JSONResponse, where `page` is {"events": [...], "count": n, "next_cursor": ...}."""
        _check_limit(limit)
        where, params = where_clause(f, INDEX_COLUMNS)  # validates the filter whichever path answers
        if not self.needs_sql(f, cursor):  # equality filters and a date range: posting lists, no SQL
            positions = self.postings.positions(f, limit + 1, offset)
        else:
            if con is None:
                raise ValueError("a page with a cursor or text search reads the store: pass a cursor")
            if cursor:
                day, event_id = decode_cursor(cursor)
                where += " AND (day < ? OR (day = ? AND event_id < ?))"
                params += [day, day, event_id]
            found = con.execute(f"SELECT rn FROM event_index WHERE {where} ORDER BY rn LIMIT ? OFFSET ?",
                                params + [limit + 1, offset]).fetchall()
            positions = np.array([r[0] for r in found], dtype=np.int64)
        more = len(positions) > limit
        positions = positions[:limit]
        next_cursor = None
        if more and len(positions):
            day, event_id = self.postings.day_and_id(int(positions[-1]))
            next_cursor = encode_cursor(day, event_id)
        events = self.fragments.join(positions)
        return b'{"events":[%s],"count":%d,"next_cursor":%s}' % (
            events, len(positions), json.dumps(next_cursor).encode("ascii"))


class RowFragments:
    """Every row's answer as JSON, held a column at a time: the distinct values of each column encoded
    once as '"name":value' fragments, and each row's index into them. Neighbouring columns with few
    value combinations are merged into one (modality and modality_cue: the '"modality":"asserted",
    "modality_cue":null' of a row is one fragment), so a row of 49 columns is a join of about a dozen
    fragments: on a million-event store, 8-14 us a row for rows scattered at random (cache misses),
    where building its dict (Arrow take, to_pylist) and encoding it cost 36 us on the same machine.

    The fragments are exactly what JSONResponse writes for each row's event dict (row_to_event) with its settings
    (ensure_ascii=False, separators ",", ":"), in the same column order. A value JSON cannot hold (NaN)
    has no fragment: a page with it raises ValueError, as JSONResponse's allow_nan=False does."""

    MERGED = 16384  # at most this many value combinations in a merged group (kept as bytes, few MB)

    def __init__(self, columns: dict[str, pa.ChunkedArray | pa.Array]):
        self.codes: list[np.ndarray] = []
        self.values: list[list[bytes | None]] = []
        group: tuple[np.ndarray, list[bytes | None]] | None = None
        for name in list(columns):
            column = _fragments(name, columns.pop(name))
            merged = _merge(group, column, self.MERGED) if group is not None else None
            if merged is None and group is not None:
                self._add(*group)
            group = merged or column
        if group is not None:
            self._add(*group)
        # A row's braces go with its first and last fragments: a page is then one join of them all.
        self.values[0] = [b"{" + v if v is not None else None for v in self.values[0]]
        self.values[-1] = [v + b"}" if v is not None else None for v in self.values[-1]]

    def _add(self, codes: np.ndarray, values: list[bytes | None]) -> None:
        dtype = np.uint8 if len(values) <= 256 else np.uint16 if len(values) <= 65536 else np.int32
        self.codes.append(codes.astype(dtype))
        self.values.append(values)

    def join(self, positions: np.ndarray) -> bytes:
        """'{row},{row},...' of the rows at `positions`, in that order."""
        if not len(positions):
            return b""
        columns = [map(values.__getitem__, codes[positions].tolist()) for codes, values in zip(self.codes, self.values, strict=True)]
        try:
            return b",".join(chain.from_iterable(zip(*columns, strict=True)))
        except TypeError as exc:  # a None fragment: a value JSON cannot hold
            raise ValueError("an event holds a value JSON cannot encode (NaN or infinity)") from exc


def _fragments(name: str, column: pa.ChunkedArray | pa.Array) -> tuple[np.ndarray, list[bytes | None]]:
    """Each row's index into the column's distinct '"name":value' fragments (a null's is the last)."""
    kind = column.type
    encoded = (column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column).dictionary_encode()
    convert = _converter(name, kind)
    prefix = json.dumps(name) + ":"
    values = _plain_strings(prefix, encoded.dictionary) if name not in _JSON_COLUMNS else None
    if values is None:
        values = [_fragment(prefix, convert(v)) for v in encoded.dictionary.to_pylist()]
    values.append(_fragment(prefix, convert(None)))
    return encoded.indices.fill_null(len(values) - 1).to_numpy(zero_copy_only=False).astype(np.int64), values


def _plain_strings(prefix: str, dictionary: pa.Array) -> list[bytes | None] | None:
    """'"name":"value"' of every string, built by Arrow, when none holds a character JSON escapes
    (a quote, a backslash, a control character: then the encoder writes each one); else None."""
    if not (pa.types.is_string(dictionary.type) or pa.types.is_large_string(dictionary.type)):
        return None
    if pc.any(pc.match_substring_regex(dictionary, r'["\\\x00-\x1f]')).as_py():
        return None
    joined = pc.binary_join_element_wise(prefix + '"', dictionary, '"', "")
    return joined.cast(pa.large_binary()).to_pylist()


def _merge(left: tuple[np.ndarray, list[bytes | None]], right: tuple[np.ndarray, list[bytes | None]],
           limit: int) -> tuple[np.ndarray, list[bytes | None]] | None:
    """The two neighbouring columns as one, when their rows hold at most `limit` value pairs."""
    (left_codes, left_values), (right_codes, right_values) = left, right
    few = len(left_values) <= limit and len(right_values) <= limit
    # Two columns with a value per row each (event_id, doc_id) are as cheap held together: one object a row.
    unique = min(len(left_values), len(right_values)) > len(left_codes) // 2
    if not (few or unique):
        return None
    width = len(right_values)
    pairs = left_codes * width + right_codes
    if len(left_values) * width <= limit:  # every combination fits: no need to find those that occur
        found, codes = range(len(left_values) * width), pairs
    elif len(left_values) * width <= 1 << 26:  # the pairs that occur, marked in a table: no sort
        seen = np.zeros(len(left_values) * width, dtype=bool)
        seen[pairs] = True
        found = np.flatnonzero(seen)
        if len(found) > limit:
            return None
        codes = (np.cumsum(seen) - 1)[pairs]
        found = found.tolist()
    else:
        found, codes = np.unique(pairs, return_inverse=True)
        if len(found) > (limit if few else max(len(left_values), len(right_values))):
            return None
        found = found.tolist()

    def both(pair: int) -> bytes | None:
        a, b = left_values[pair // width], right_values[pair % width]
        return a + b"," + b if a is not None and b is not None else None
    return codes, [both(pair) for pair in found]


def _converter(name: str, kind: pa.DataType) -> Any:
    """The converter that gives a column's Python value as row_to_event does."""
    if name in _JSON_COLUMNS:
        return _json_object if name == "location" else parse_json_list
    if pa.types.is_temporal(kind):
        return lambda v: v.isoformat() if isinstance(v, date) else v
    return lambda v: v


# json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")) without building an
# encoder per call (a third of the time of encoding a million event ids).
JSON_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _fragment(prefix: str, value: Any) -> bytes | None:
    try:
        return (prefix + JSON_ENCODER.encode(value)).encode("utf-8")
    except ValueError:
        return None


# The equality filters of an events query, as (event_index column, value) pairs; see where_clause.
Condition = tuple[str, str]
INDEXED = ("pair", "src_key", "source_code", "tgt_key", "target_code", "cameo_code", "cameo_root",
           "plover_type", "modality", "outlet")
CHUNK = 4096  # positions tested at a time: a page needs the first few matches, not all of them


class PostingIndex:
    """`event_index` in NumPy: each filter column dictionary-encoded, with the sorted row positions of
    each of its values (a posting list), and the day column, which is sorted (newest first).

    A page is then the smallest posting list of the query's equality conditions, cut to the date range
    by binary search and tested against the other conditions a chunk at a time until offset + limit
    rows match: well under a millisecond where the SQL scan of a million rows takes tens."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        table = con.sql(f"SELECT {', '.join(INDEXED)}, day - DATE '0001-01-01' AS day_number "
                        "FROM event_index ORDER BY rn").to_arrow_table()
        self.size = table.num_rows
        self.codes: dict[str, np.ndarray] = {}
        self.values: dict[str, dict[str, int]] = {}
        self.postings: dict[str, list[np.ndarray]] = {}
        for name in INDEXED:
            encoded = table.column(name).combine_chunks().dictionary_encode()
            codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int32)
            self.codes[name] = codes
            self.values[name] = {str(v): i for i, v in enumerate(encoded.dictionary.to_pylist())}
            order = np.argsort(codes, kind="stable").astype(np.int32)
            bounds = np.searchsorted(codes[order], np.arange(len(self.values[name]) + 1), side="left")
            self.postings[name] = [order[bounds[i]:bounds[i + 1]] for i in range(len(self.values[name]))]
        # Negated, so ascending: rows [lo, hi) are the date range.
        self.minus_day = -table.column("day_number").to_numpy(zero_copy_only=False).astype(np.int64)
        self.narrow = con.sql("SELECT rn, day, event_id, cluster_id, n_outlets, n_events FROM event_index "
                              "ORDER BY rn").to_arrow_table().combine_chunks()
        # One array each (no chunk search per lookup): a page's cursor reads the day and id of one row.
        self._days, self._ids = (self.narrow.column(name).combine_chunks() for name in ("day", "event_id"))

    def positions(self, f: EventFilter, want: int, offset: int) -> np.ndarray:
        """Row positions (rn) of the matches offset..offset+want, newest first."""
        lo, hi = self._day_range(f)
        need = offset + want
        found = [self._first(conditions, lo, hi, need) for conditions in _conditions(f)]
        positions = found[0] if len(found) == 1 else np.union1d(*found)[:need]
        return positions[offset:need]

    def day_and_id(self, position: int) -> tuple[date, str]:
        """The sort key (day, event_id) of the row at `position`: what a page's cursor holds."""
        return self._days[position].as_py(), self._ids[position].as_py()

    def _day_range(self, f: EventFilter) -> tuple[int, int]:
        lo, hi = 0, self.size
        if f.until:  # day <= until: from the first row on or before it
            lo = int(np.searchsorted(self.minus_day, -_day_number(f.until), side="left"))
        if f.since:  # day >= since: up to the last row on or after it
            hi = int(np.searchsorted(self.minus_day, -_day_number(f.since), side="right"))
        return lo, max(lo, hi)

    def _first(self, conditions: list[Condition], lo: int, hi: int, need: int) -> np.ndarray:
        """Sorted positions in [lo, hi) matching every condition, the first `need` of them."""
        lists = []
        for name, value in conditions:
            code = self.values[name].get(value)
            if code is None:
                return np.empty(0, dtype=np.int32)
            lists.append((name, code, self.postings[name][code]))
        if not lists:
            return np.arange(lo, min(hi, lo + need), dtype=np.int32)
        lists.sort(key=lambda item: len(item[2]))
        driver = lists[0][2]
        driver = driver[np.searchsorted(driver, lo):np.searchsorted(driver, hi)]
        found: list[np.ndarray] = []
        count = 0
        for start in range(0, len(driver), CHUNK):
            chunk = driver[start:start + CHUNK]
            for name, code, _ in lists[1:]:
                chunk = chunk[self.codes[name][chunk] == code]
            found.append(chunk)
            count += len(chunk)
            if count >= need:
                break
        return np.concatenate(found)[:need] if found else np.empty(0, dtype=np.int32)


def _day_number(day: date) -> int:
    return (day - date(1, 1, 1)).days


def _conditions(f: EventFilter) -> list[list[Condition]]:
    """The filter as equality conditions on event_index columns: one list, or two (either direction)
    for an undirected pair that is not two country keys. Mirrors where_clause and _dyad."""
    common: list[Condition] = []
    if f.code:
        common.append(("cameo_code", normalise_code(f.code)))
    if f.root:
        common.append(("cameo_root", f.root.zfill(2)))
    if f.plover:
        common.append(("plover_type", f.plover.upper()))
    if f.modality:
        common.append(("modality", f.modality))
    if f.outlet:
        common.append(("outlet", f.outlet))
    if not (f.source or f.target):
        return [common]
    if f.undirected and f.source and f.target and len(f.source) == len(f.target) == 3:
        return [[("pair", "|".join(sorted((f.source.upper(), f.target.upper())))), *common]]

    def side(src_value: str | None, tgt_value: str | None) -> list[Condition]:
        found = []
        if src_value:
            found.append(("src_key" if len(src_value) == 3 else "source_code", src_value))
        if tgt_value:
            found.append(("tgt_key" if len(tgt_value) == 3 else "target_code", tgt_value))
        return found

    forward = [*side(f.source, f.target), *common]
    if not f.undirected:
        return [forward]
    return [forward, [*side(f.target, f.source), *common]]


def _quote(name: str) -> str:
    return f'"{name}"'


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}", input="limit")


def list_events(con: duckdb.DuckDBPyConnection, f: EventFilter, limit: int = 50, offset: int = 0,
                cursor: str | None = None) -> dict[str, Any]:
    """One page of events, newest first, and the cursor of the next page (straight from the store)."""
    _check_limit(limit)
    where, params = where_clause(f)
    if cursor:
        day, event_id = decode_cursor(cursor)
        where += f" AND ({SORT_DAY} < ? OR ({SORT_DAY} = ? AND event_id < ?))"
        params += [day, day, event_id]
    rows = con.execute(
        f"SELECT {_SELECT}, {SORT_DAY} AS _day FROM events WHERE {where} "
        f"ORDER BY _day DESC, event_id DESC LIMIT ? OFFSET ?",
        params + [limit + 1, offset],
    ).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    events = [row_to_event(row) for row in rows]
    attach_clusters(con, events)
    next_cursor = encode_cursor(rows[-1][-1], rows[-1][0]) if more and rows else None
    return {"events": events, "count": len(events), "next_cursor": next_cursor}


def row_to_event(row: tuple[Any, ...]) -> dict[str, Any]:
    event: dict[str, Any] = {}
    for name, value in zip(EVENT_COLUMNS, row, strict=False):
        if name in _JSON_COLUMNS:
            value = parse_json_list(value) if name != "location" else _json_object(value)
        elif isinstance(value, date):
            value = value.isoformat()
        event[name] = value
    return event


def _json_object(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def attach_clusters(con: duckdb.DuckDBPyConnection, events: list[dict[str, Any]]) -> None:
    """Add each event's corroboration cluster id and outlet count (one query per page)."""
    if not events:
        return
    ids = [e["event_id"] for e in events]
    rows = con.execute(
        "SELECT ec.event_id, c.cluster_id, c.n_outlets, c.n_events FROM event_cluster ec "
        "JOIN clusters c USING (cluster_id) WHERE ec.event_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
    ).fetchall()
    found = {event_id: (cid, n_out, n_ev) for event_id, cid, n_out, n_ev in rows}
    for event in events:
        cid, n_out, n_ev = found.get(event["event_id"], (None, None, None))
        event["cluster_id"], event["cluster_outlets"], event["cluster_reports"] = cid, n_out, n_ev


def get_event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    # fetchall, not fetchone: DuckDB refuses new statements while a result is left unfinished.
    rows = con.execute(f"SELECT {_SELECT} FROM events WHERE event_id = ?", [event_id]).fetchall()
    if not rows:
        return None
    event = row_to_event(rows[0])
    attach_clusters(con, [event])
    docs = con.execute("SELECT url, title FROM documents WHERE doc_id = ?", [event["doc_id"]]).fetchall()
    event["url"], event["title"] = docs[0] if docs else (None, None)
    return event


def get_cluster(con: duckdb.DuckDBPyConnection, cluster_id: str) -> dict[str, Any] | None:
    cur = con.execute("SELECT * FROM clusters WHERE cluster_id = ?", [cluster_id])
    names = [d[0] for d in cur.description]
    rows = cur.fetchall()
    if not rows:
        return None
    row = rows[0]
    cluster = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in zip(names, row, strict=True)}
    members = con.execute(
        f"SELECT {_SELECT} FROM events WHERE event_id IN "
        "(SELECT event_id FROM event_cluster WHERE cluster_id = ?) ORDER BY published, event_id",
        [cluster_id],
    ).fetchall()
    cluster["events"] = [row_to_event(m) for m in members]
    return cluster
