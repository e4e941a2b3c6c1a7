"""Converters from other labelled sets into gold items (`brinkwatch gold from-ngec|from-plover|from-jsonl`).

Each returns a GoldSet: usable items plus one GoldError (with its line or position) per record that
had to be skipped. Records that share a text (several events coded from one sentence, as PLOVER
files do: one record per event) become one gold item with several events.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from brinkwatch.errors import GoldError
from brinkwatch.evaluation.gold import EVENT_FIELDS, GoldSet, iter_json_records, parse_gold_record
from brinkwatch.evaluation.splits import read_ngec
from brinkwatch.model import content_hash

SPLITS = ("dev", "train", "all")


def from_ngec(path: str | Path, split: str = "dev") -> GoldSet:
    """NGEC synthetic stories as document-level gold: one PLOVER type (and mode) per story."""
    if split not in SPLITS:
        raise GoldError(f"unknown split {split!r} (one of {', '.join(SPLITS)})", input=str(path))
    gold = GoldSet()
    try:
        stories = list(read_ngec(path))
    except (OSError, UnicodeDecodeError, KeyError, IndexError, ValueError) as exc:
        raise GoldError(f"cannot read NGEC stories ({exc})", input=str(path)) from exc
    for row_number, story in enumerate(stories, start=2):  # row 1 is the CSV header
        if split != "all" and story["split"] != split:
            continue
        event = {"plover": story["label"], "mode": story["mode"].lower() or None}
        record = {"id": story["id"], "text": story["text"], "split": story["split"], "events": [event]}
        if not story["label"]:
            gold.problems.append(GoldError("story has no PLOVER label", input=str(path), position=row_number))
            continue
        _append(gold, record, str(path), row_number)
    return gold


@dataclass(slots=True)
class _Pending:
    """Records gathered under one text before they become one gold item."""

    position: int
    record: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)
    no_event: bool = False


def from_plover(path: str | Path) -> GoldSet:
    """PLOVER JSON event records (array or JSONL): actor/recipient or source/target, event list or string."""
    source_name = str(path)
    raw = _read_text(path)
    gold = GoldSet()
    pending: dict[str, _Pending] = {}
    for position, record in iter_json_records(raw, source_name):
        if isinstance(record, GoldError):
            gold.problems.append(record)
            continue
        try:
            text, events, no_event = _plover_record(record, source_name, position)
        except GoldError as problem:
            gold.problems.append(problem)
            continue
        item_id = record.get("id") or "plover-" + content_hash(text)
        entry = pending.setdefault(text, _Pending(position, {"id": item_id, "text": text,
                                                             "date": record.get("date")}))
        entry.events.extend(events)
        entry.no_event = entry.no_event or no_event
    _flush(gold, pending.values(), source_name)
    return gold


def _plover_record(record: Any, source_name: str, position: int) -> tuple[str, list[dict[str, Any]], bool]:
    def fail(message: str) -> GoldError:
        return GoldError(message, input=source_name, position=position)

    if not isinstance(record, dict):
        raise fail(f"expected a JSON object, found {type(record).__name__}")
    text = record.get("text") or record.get("event_text")
    if isinstance(text, list):
        text = " ".join(str(part) for part in text)
    if not isinstance(text, str) or not text.strip():
        raise fail("missing text: gold needs the text the record was coded from ('text' or 'event_text')")
    if record.get("has_event") is False:
        return text, [], True
    types = _as_list(record.get("event"))
    if not types:
        raise fail("missing 'event' (a PLOVER type or a list of them)")
    sources = [_entity_code(e) for e in _as_list(record.get("actor", record.get("source")))] or [None]
    targets = [_entity_code(e) for e in _as_list(record.get("recipient", record.get("target")))] or [None]
    mode = (_as_list(record.get("mode")) or [None])[0]
    # One gold event per actor x recipient x type: PLOVER lists several where one sentence has several.
    events = [{"source": s, "target": t, "plover": str(kind), "mode": mode,
               "modality": record.get("modality")}
              for s in sources for t in targets for kind in types]
    return text, events, False


def _entity_code(entity: Any) -> str | None:
    """'USA', {'code': 'USA', 'sector': 'GOV'} or {'code': 'USA', 'sector': ['GOV']} -> 'USA' / 'USAGOV'."""
    if isinstance(entity, str):
        return entity.strip() or None
    if not isinstance(entity, dict):
        return None
    code = str(entity.get("code") or "").strip()
    sector = (_as_list(entity.get("sector")) or [""])[0]
    sector = str(sector or "").strip()
    if code and sector and not code.endswith(sector):
        code += sector
    return code or None


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def from_jsonl(
    path: str | Path,
    text_field: str = "text",
    mapping: Mapping[str, str] | None = None,
    id_field: str | None = "id",
    date_field: str | None = "date",
    events_field: str | None = None,
) -> GoldSet:
    """Any labelled JSONL/JSON: `mapping` names, for gold fields (cameo, plover, source, ...), the record's
    field (dotted for nested: "labels.code"). With `events_field` each record holds a list of events
    read with the same mapping; without it each record is one event. Records sharing a text merge."""
    mapping = dict(mapping or {})
    unknown = sorted(set(mapping) - set(EVENT_FIELDS))
    if unknown:
        raise GoldError(f"cannot map to {', '.join(unknown)}: gold event fields are "
                        f"{', '.join(EVENT_FIELDS)}", input=str(path))
    source_name = str(path)
    gold = GoldSet()
    pending: dict[str, _Pending] = {}
    for position, record in iter_json_records(_read_text(path), source_name):
        if isinstance(record, GoldError):
            gold.problems.append(record)
            continue
        if not isinstance(record, dict):
            gold.problems.append(GoldError("expected a JSON object", input=source_name, position=position))
            continue
        text = _dig(record, text_field)
        if not isinstance(text, str) or not text.strip():
            gold.problems.append(GoldError(f"missing text field {text_field!r}", input=source_name,
                                           position=position))
            continue
        raw_events = _as_list(_dig(record, events_field)) if events_field else [record]
        events = [{name: _dig(raw, field_name) for name, field_name in mapping.items()}
                  for raw in raw_events if isinstance(raw, dict)]
        events = [event for event in events if any(value not in (None, "") for value in event.values())]
        key = str(_dig(record, id_field)) if id_field and _dig(record, id_field) is not None else text
        entry = pending.setdefault(key, _Pending(position, {
            "id": _dig(record, id_field) if id_field else None, "text": text,
            "date": _dig(record, date_field) if date_field else None}))
        entry.events.extend(events)
        entry.no_event = entry.no_event or not events
    _flush(gold, pending.values(), source_name)
    return gold


def _dig(record: Any, dotted: str | None) -> Any:
    value = record
    for part in (dotted or "").split("."):
        if not part:
            return None
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _flush(gold: GoldSet, pending: Iterable[_Pending], source_name: str) -> None:
    for entry in pending:
        record = dict(entry.record, events=entry.events)
        if not record.get("id"):
            record["id"] = "gold-" + content_hash(record["text"])
        _append(gold, record, source_name, entry.position)


def _append(gold: GoldSet, record: dict[str, Any], source_name: str, position: int) -> None:
    try:
        gold.items.append(parse_gold_record(record, source_name, position))
    except GoldError as problem:
        gold.problems.append(problem)


def _read_text(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"cannot read file ({exc})", input=str(path)) from exc
