"""Gold files: one JSON object per line, each a text with the events a careful coder finds in it.

```
{"id": "...", "text": "...", "date": "YYYY-MM-DD", "split": "dev",
 "events": [{"source": "USA", "target": "RUS", "cameo": "172", "plover": "SANCTION",
             "mode": "restrict", "modality": "asserted"}]}
```

Every event field is optional: a PLOVER type alone is a document-level label, a CAMEO code alone a
sentence-level label, source + target + code a full triple. `"events": []` says "nothing codable here".
A line that cannot be used (bad JSON, no text, an unknown code, type or modality) becomes a GoldError
naming the file and line; `load_gold` skips it and carries on with the rest.

Older PLOVER drafts named some types after their CAMEO cue category; those names are read as today's
(FORMER_PLOVER_TYPES). `"plover": null` (or "dropped", the manual's word) means "not stated": a 01x
statement has no PLOVER type, and any other code's type follows from the code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from brinkwatch.errors import GoldError
from brinkwatch.model import MODALITIES
from brinkwatch.ontology.cameo import PLOVER_TYPES, codebook, normalise_code

EVENT_FIELDS = ("source", "target", "cameo", "plover", "mode", "modality")

# Type names of earlier PLOVER drafts (the CAMEO cue categories they came from) -> the current type.
FORMER_PLOVER_TYPES = {"DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "DEMAND": "REQUEST", "FIGHT": "ASSAULT"}
# "YIELD" was split into CONCEDE (081-083) and RETREAT (084-087): only a CAMEO code says which.
SPLIT_PLOVER_TYPES = {"YIELD"}
NO_PLOVER_TYPE = {"NULL", "NONE", "DROPPED", "-"}


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One event a gold coder found; None means "not stated", never "absent"."""

    source: str | None = None
    target: str | None = None
    cameo: str | None = None  # full CAMEO code as given, leading zero kept ("0332")
    plover: str | None = None  # PLOVER type as given (upper case)
    mode: str | None = None  # PLOVER mode (lower case)
    modality: str | None = None

    @property
    def cameo_root(self) -> str | None:
        return self.cameo[:2] if self.cameo else None

    @property
    def plover_label(self) -> str | None:
        """PLOVER type as given, else the one CAMEO maps the code to (None for 01x statements)."""
        if self.plover:
            return self.plover
        if self.cameo:
            return codebook()[self.cameo].plover_type
        return None

    @property
    def is_document_level(self) -> bool:
        """Only a PLOVER type (and maybe its mode/modality): "the story is about a PROTEST"."""
        return bool(self.plover) and not (self.source or self.target or self.cameo)

    def to_dict(self) -> dict[str, str]:
        return {name: value for name in EVENT_FIELDS if (value := getattr(self, name)) is not None}


@dataclass(slots=True)
class GoldItem:
    id: str
    text: str
    events: list[GoldEvent]
    date: str | None = None
    split: str | None = None
    line: int | None = None  # line in the gold file, for messages

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {"id": self.id, "text": self.text}
        if self.date:
            record["date"] = self.date
        if self.split:
            record["split"] = self.split
        record["events"] = [event.to_dict() for event in self.events]
        return record


@dataclass(slots=True)
class GoldSet:
    """The usable items of a gold file plus one GoldError per line that was skipped."""

    items: list[GoldItem] = field(default_factory=list)
    problems: list[GoldError] = field(default_factory=list)


def load_gold(path: str | Path) -> GoldSet:
    """Read a gold JSONL file; bad lines are collected in `problems` and skipped."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"cannot read gold file ({exc})", input=str(path)) from exc
    return parse_gold_lines(raw.splitlines(), str(path))


def parse_gold_lines(lines: Iterable[str], source_name: str = "<gold>") -> GoldSet:
    gold = GoldSet()
    seen_ids: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = parse_gold_record(_decode_json(line, source_name, number), source_name, number)
            if item.id in seen_ids:
                raise GoldError(f"duplicate id {item.id!r}", input=source_name, position=number)
        except GoldError as problem:
            gold.problems.append(problem)
            continue
        seen_ids.add(item.id)
        gold.items.append(item)
    return gold


def _decode_json(line: str, source_name: str, number: int) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldError(f"not valid JSON ({exc.msg} at column {exc.colno})", input=source_name,
                        position=number) from exc


def parse_gold_record(record: Any, source_name: str = "<gold>", number: int | None = None) -> GoldItem:
    """Validate one decoded gold record; raises GoldError saying what is wrong and where."""

    def fail(message: str) -> GoldError:
        return GoldError(message, input=source_name, position=number)

    if not isinstance(record, dict):
        raise fail(f"expected a JSON object, found {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise fail("missing or empty 'text'")
    events = record.get("events")
    if not isinstance(events, list):
        raise fail("'events' must be a list (use [] for 'nothing codable here')")
    item_id = record.get("id")
    item_id = str(item_id) if item_id not in (None, "") else f"line-{number}"
    published = record.get("date")
    if published is not None:
        published = _check_date(published, fail)
    split = record.get("split")
    parsed = [_parse_event(event, index, fail) for index, event in enumerate(events)]
    return GoldItem(id=item_id, text=text, events=parsed, date=published,
                    split=str(split) if split else None, line=number)


def _check_date(value: Any, fail: Any) -> str:
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError as exc:
        raise fail(f"'date' {value!r} is not YYYY-MM-DD") from exc


def _parse_event(event: Any, index: int, fail: Any) -> GoldEvent:
    if not isinstance(event, dict):
        raise fail(f"event {index} is not a JSON object")
    values: dict[str, str | None] = {}
    for name in EVENT_FIELDS:
        value = event.get(name)
        values[name] = str(value).strip() if value not in (None, "") else None
    if values["source"]:
        values["source"] = values["source"].upper()
    if values["target"]:
        values["target"] = values["target"].upper()
    if values["cameo"]:
        code = normalise_code(values["cameo"])
        if code not in codebook():
            raise fail(f"event {index}: unknown CAMEO code {values['cameo']!r}")
        values["cameo"] = code
    if values["plover"]:
        values["plover"] = _plover_type(values["plover"], values["cameo"], index, fail)
    if values["mode"]:
        values["mode"] = values["mode"].lower()
    if values["modality"]:
        values["modality"] = values["modality"].lower()
        if values["modality"] not in MODALITIES:
            raise fail(f"event {index}: unknown modality {values['modality']!r} "
                       f"(one of {', '.join(MODALITIES)})")
    return GoldEvent(**values)


def _plover_type(given: str, cameo: str | None, index: int, fail: Any) -> str | None:
    """Today's PLOVER type for a gold value: former names renamed, "null"/"dropped" read as not stated."""
    name = given.upper()
    if name in NO_PLOVER_TYPE:
        return None
    name = FORMER_PLOVER_TYPES.get(name, name)
    if name in SPLIT_PLOVER_TYPES:
        resolved = codebook()[cameo].plover_type if cameo else None
        if resolved is None:
            raise fail(f"event {index}: PLOVER type {given!r} needs a CAMEO code to tell CONCEDE from RETREAT")
        return resolved
    if name not in PLOVER_TYPES:
        raise fail(f"event {index}: unknown PLOVER type {given!r}")
    return name


def write_gold(items: Iterable[GoldItem], path: str | Path) -> int:
    """Write items as gold JSONL; returns how many were written."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count


def iter_json_records(raw: str, source_name: str) -> Iterator[tuple[int, Any | GoldError]]:
    """(position, record) from a JSON array or JSONL text; an undecodable line yields its GoldError.

    Positions are line numbers for JSONL and 1-based indexes for a JSON array.
    """
    if raw.lstrip().startswith("["):
        try:
            records = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield exc.lineno, GoldError(f"not a valid JSON array ({exc.msg})", input=source_name,
                                        position=exc.lineno)
            return
        yield from enumerate(records, start=1)
        return
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, _decode_json(line, source_name, number)
        except GoldError as problem:
            yield number, problem
