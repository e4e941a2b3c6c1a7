"""PLOVER JSONL: one JSON object per line with the PLOVER manual's field names ("Data Fields").

Written per event: id, date, event, mode, context (lists, as the manual allows several values),
actor / recipient (lists of entity objects: code, sector, entity_text, identifier_text),
actor_country / recipient_country (ISO3: the manual allows 3-letter codes for country names),
event_text, quad_code, event_loc (Mordecai field names), text_info, cite_info, coder. The manual
invites extra named fields; brinkwatch adds cameo_code, goldstein, modality, confidence, doc_id,
published, actor_code/recipient_code so that an export reads back without loss.

Reading also takes the manual's other entity form (raw_text, entity_name, country_name,
sector_code), plain strings for actor/event, and records without any of the extensions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from brinkwatch.errors import InputError
from brinkwatch.model import content_hash
from brinkwatch.versions import CODER_VERSION

from .common import (
    LINE_KEY,
    PLOVER_QUAD,
    EventRow,
    ReadItem,
    compose_actor_code,
    country_to_iso3,
    dataset_event_id,
    empty_row,
    fill_from_codebook,
    iso_date,
    lines_of,
    records_of,
    set_actor,
    skip,
)

ORIGIN = "plover"
_RESOLUTION_TO_PRECISION = {5: "city", 4: "city", 3: "region", 2: "region", 1: "country"}
_PRECISION_TO_RESOLUTION = {"city": 4, "region": 2, "country": 1}


# ---------------------------------------------------------------- reading


def read_plover(path: Path) -> Iterator[ReadItem]:
    """Event rows of a PLOVER JSONL file; a bad line yields its error and is skipped.

    A record with several event categories gives one row per category.
    """
    for number, line in lines_of(path):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield skip(path, number, f"not valid JSON ({exc.msg}, column {exc.colno})")
            continue
        except RecursionError:
            yield skip(path, number, "not valid JSON (nested too deeply)")
            continue
        except ValueError as exc:  # e.g. an integer of more than 4,300 digits
            yield skip(path, number, f"not valid JSON ({exc})")
            continue
        if not isinstance(record, dict):
            yield skip(path, number, "a PLOVER record must be a JSON object")
            continue
        try:
            rows = rows_from_record(record)
        except Exception as exc:  # noqa: BLE001 - any failure of one record skips that line only
            yield skip(path, number, exc)
            continue
        for row in rows:
            row[LINE_KEY] = number
            yield row


def rows_from_record(record: dict[str, Any]) -> list[EventRow]:
    """One PLOVER record -> event rows (one per event category)."""
    native_id = str(record.get("id") or "").strip()
    if not native_id:
        raise ValueError("record has no 'id'")
    categories = [c.upper() for c in _as_list(record.get("event")) if isinstance(c, str) and c.strip()]
    if not categories and not record.get("cameo_code"):
        raise ValueError("record has no 'event' category")
    rows = []
    for position, category in enumerate(categories or [None]):
        row = _base_row(record)
        suffix = f"#{category}" if len(categories) > 1 and position > 0 else ""
        row["event_id"] = dataset_event_id(ORIGIN, native_id) + suffix
        if category is not None:
            if category not in PLOVER_QUAD:
                raise ValueError(f"unknown PLOVER event category {category!r}")
            row["plover_type"] = category
        _set_codes(row, record, category)
        rows.append(row)
    return rows


def _base_row(record: dict[str, Any]) -> EventRow:
    row = empty_row(ORIGIN)
    row["event_date"] = iso_date(record.get("date"))
    if not row["event_date"]:
        raise ValueError("record has no 'date'")
    row["date_precision"] = "day"
    row["date_source"] = "dataset"
    row["published"] = iso_date(record.get("published")) or row["event_date"]
    row["plover_mode"] = _first(record.get("mode"))
    row["plover_context"] = _first(record.get("context"))
    for role, field in (("source", "actor"), ("target", "recipient")):
        _set_entity(row, role, record, field)
    text = _first(record.get("event_text"))
    row["evidence_text"] = text
    info = record.get("text_info") or {}
    if isinstance(info, dict):
        row["sentence_index"] = _int_or_none(info.get("sequence"))
        row["evidence_start"] = _int_or_none(info.get("start"))
        row["evidence_end"] = _int_or_none(info.get("end"))
    cite = record.get("cite_info")
    cite = cite if isinstance(cite, dict) else {}
    row["outlet"] = cite.get("publication")
    url = cite.get("url")
    row["doc_id"] = record.get("doc_id") or (f"{ORIGIN}-url-{content_hash(url)}" if url else None)
    row["modality"] = record.get("modality") or "asserted"
    row["confidence"] = _float_or_none(record.get("confidence"))
    row["location"] = _location(record.get("event_loc"))
    row["coder"] = ORIGIN
    row["coder_version"] = str(record.get("coder") or "")
    return row


def _set_codes(row: EventRow, record: dict[str, Any], category: str | None) -> None:
    row["goldstein"] = _float_or_none(record.get("goldstein"))
    quad = _int_or_none(record.get("quad_code"))
    row["quad_class"] = quad if quad is not None else PLOVER_QUAD.get(category or "")
    cameo_code = record.get("cameo_code")
    if cameo_code:
        mode, context = row["plover_mode"], row["plover_context"]
        fill_from_codebook(row, str(cameo_code))
        # The record's own PLOVER coding wins over the codebook's mapping of its CAMEO code.
        row["plover_type"] = category or row["plover_type"]
        row["plover_mode"], row["plover_context"] = mode, context


def _set_entity(row: EventRow, role: str, record: dict[str, Any], field: str) -> None:
    entities = _as_list(record.get(field))
    if not entities:
        return
    entity = entities[0]  # compound actors: the first entity stands for the event's actor
    country_field = record.get(f"{field}_country")
    if isinstance(entity, str):
        entity = {"code": entity}
    if not isinstance(entity, dict):
        raise TypeError(f"'{field}' must hold entity objects or codes")
    country_text = country_field or entity.get("country_code") or entity.get("country_name") or ""
    country = country_to_iso3(str(country_text)) if country_text else None
    sector = entity.get("sector") or entity.get("sector_code") or None
    code = record.get(f"{field}_code") or entity.get("actor_code")
    if not code:
        base = entity.get("code") or country
        code = compose_actor_code(base, sector) if base else sector
    text = entity.get("entity_text") or entity.get("raw_text")
    name = entity.get("identifier_text") or entity.get("entity_name")
    set_actor(row, role, code, country=country, sector=sector, text=text, name=name)


def _location(loc: Any) -> str | None:
    if not isinstance(loc, dict):
        return None
    name = loc.get("resolved_place") or loc.get("extracted_place")
    if not name:
        return None
    location = {
        "name": name,
        "iso3": loc.get("country_code"),
        "lat": _float_or_none(loc.get("lat")),
        "lon": _float_or_none(loc.get("lon")),
        "precision": _RESOLUTION_TO_PRECISION.get(_int_or_none(loc.get("resolution")) or 1, "country"),
        "text": loc.get("extracted_place"),
    }
    return json.dumps(location, ensure_ascii=False)


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]


def _first(value: Any) -> str | None:
    items = _as_list(value)
    return str(items[0]) if items else None


def _int_or_none(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


def _float_or_none(value: Any) -> float | None:
    return None if value is None or value == "" else float(value)


# ---------------------------------------------------------------- writing


def write_plover(rows: Iterable[EventRow], out: TextIO) -> int:
    """Write rows as PLOVER JSONL; returns the count."""
    count = 0
    for record in records_of(rows, plover_record):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def plover_record(row: EventRow) -> dict[str, Any]:
    """One row as a PLOVER record (manual field names first, brinkwatch extensions after)."""
    record: dict[str, Any] = {
        "id": row["event_id"],
        "date": row.get("event_date") or row.get("published"),
        "event": [row["plover_type"]] if row.get("plover_type") else [],
        "mode": [row["plover_mode"]] if row.get("plover_mode") else [],
        "context": [row["plover_context"]] if row.get("plover_context") else [],
        "actor": _entities(row, "source"),
        "actor_country": row.get("source_country"),
        "recipient": _entities(row, "target"),
        "recipient_country": row.get("target_country"),
        "event_text": [row["evidence_text"]] if row.get("evidence_text") else [],
        "quad_code": row.get("quad_class"),
    }
    if row.get("location"):
        record["event_loc"] = _event_loc(json.loads(row["location"]))
    record["text_info"] = {"sequence": row.get("sentence_index"), "start": row.get("evidence_start"),
                           "end": row.get("evidence_end")}
    record["cite_info"] = {"url": row.get("doc_url"), "publication": row.get("outlet"),
                           "coder": f"brinkwatch {CODER_VERSION}", "codebook": "CAMEO 1.1b3 + PLOVER"}
    record["coder"] = f"{row.get('coder') or 'brinkwatch'} {row.get('coder_version') or ''}".strip()
    record.update(
        cameo_code=row.get("cameo_code"),
        goldstein=row.get("goldstein"),
        modality=row.get("modality"),
        confidence=row.get("confidence"),
        doc_id=row.get("doc_id"),
        published=row.get("published"),
    )
    return record


def _entities(row: EventRow, role: str) -> list[dict[str, Any]]:
    code = row.get(f"{role}_code")
    if not code:
        return []
    country = row.get(f"{role}_country")
    return [{
        "code": country or code[:3],
        "sector": row.get(f"{role}_sector"),
        "entity_text": row.get(f"{role}_text"),
        "identifier_text": row.get(f"{role}_name"),
        "actor_code": code,
    }]


def _event_loc(location: dict[str, Any]) -> dict[str, Any]:
    return {
        "extracted_place": location.get("text") or location.get("name"),
        "resolved_place": location.get("name"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "country_code": location.get("iso3"),
        "resolution": _PRECISION_TO_RESOLUTION.get(location.get("precision") or "country", 1),
    }
