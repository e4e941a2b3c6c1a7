"""The records that pass between pipeline stages.

ingest -> Document; actors -> ActorRef; coding -> Event (with EventDate, Location, Quantity,
Attribution). Every record is a plain dataclass; `Event.to_dict()` is exactly one JSONL line and
`Event.to_row()` the flat row the store keeps.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

MODALITIES = (
    "asserted",
    "intended",
    "considered",
    "hypothetical",
    "requested",
    "negated",
    "denied",
    "historical",
)
Modality = Literal[
    "asserted", "intended", "considered", "hypothetical", "requested", "negated", "denied", "historical"
]


# The alphabet of actor codes ("USA", "USAGOV", "IGOEUREEC"): what imports and --issuer accept.
ACTOR_CODE = re.compile(r"[A-Z0-9]{3,15}")


def is_actor_code(text: str) -> bool:
    return bool(ACTOR_CODE.fullmatch(text))


# Every date the store, the CLI and the API accept lies in this window. Outside it a date is a typo or
# a placeholder (0001-01-01, 9999-12-31), never news, and it would break period arithmetic downstream.
DATE_WINDOW = (date(1800, 1, 1), date(2100, 12, 31))


def in_date_window(day: date | None) -> date | None:
    """`day` when it lies in DATE_WINDOW, else None."""
    if day is None:
        return None
    return day if DATE_WINDOW[0] <= day <= DATE_WINDOW[1] else None


def content_hash(text: str) -> str:
    """Stable id of a text: first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(slots=True)
class Document:
    """One news story as read by ingest. `doc_id` defaults to the hash of url + text."""

    text: str
    doc_id: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    source_path: str | None = None  # file (and line/row) it came from, for error messages
    issuer: str | None = None  # actor code of the government or body whose statement this is ("USAGOV")

    def __post_init__(self) -> None:
        if not self.doc_id:
            self.doc_id = "doc-" + content_hash((self.url or "") + "\n" + self.text)


@dataclass(slots=True)
class ActorRef:
    """An actor mention resolved to a code such as USAGOV, UKRMIL, RUS or IGONAT."""

    text: str  # surface text as written
    code: str  # full actor code, e.g. "USAGOV"
    country: str | None = None  # ISO3, None for international bodies
    sector: str | None = None  # e.g. "GOV", "MIL", "LEG", "REB"; None for the state as a whole
    name: str | None = None  # canonical name of a person/organisation when known ("Vladimir Putin")
    resolved_by: str = "dictionary"  # dictionary | metonym | pronoun | role | context | sector | own-words | unresolved
    entry: str | None = None  # which dictionary entry matched (for debugging dictionaries)
    start: int | None = None  # character offsets in the document
    end: int | None = None
    # What the actor is: state | person | organisation | group | sector | collective (None: not known).
    kind: str | None = None
    row: str | None = None  # the table row that matched: "people.tsv:123" or "/path/user.tsv:4"


@dataclass(slots=True)
class Attribution:
    """One link in the chain of who claims an event (innermost last)."""

    name: str  # "The Washington Post", "David Ignatius", "officials", "the Kremlin"
    kind: str  # outlet | journalist | official | body | anonymous | actor | report
    cue: str  # "according to", "reported", "citing", "told", "said", ...
    code: str | None = None  # actor code where the claimant resolves to one


@dataclass(slots=True)
class EventDate:
    date: str | None  # ISO date (first day of the period for week/month/year precision)
    precision: str  # day | week | month | year | none
    source: str  # text | published | none
    text: str | None = None  # the expression it came from ("last week")


@dataclass(slots=True)
class Location:
    name: str
    iso3: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "country"  # country | region | city
    text: str | None = None  # phrase it came from ("near Kharkiv")


@dataclass(slots=True)
class Quantity:
    value: float
    unit: str | None  # "USD", "km", None for plain counts
    noun: str | None  # what is counted: "ATACMS missiles", "troops"
    text: str  # as written: "18 ATACMS missiles"


@dataclass(slots=True)
class Event:
    doc_id: str
    sentence_index: int
    evidence_text: str
    evidence_start: int
    evidence_end: int
    source: ActorRef | None
    target: ActorRef | None
    cameo_code: str
    cameo_root: str
    cameo_name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None
    modality: str = "asserted"
    modality_cue: str | None = None
    attribution: list[Attribution] = field(default_factory=list)
    outlet: str | None = None
    trigger: str | None = None  # the verb or noun that expresses the act
    event_date: str | None = None
    date_precision: str = "none"
    date_source: str = "none"
    location: Location | None = None
    quantities: list[Quantity] = field(default_factory=list)
    confidence: float = 0.5
    coder: str = "rules"
    coder_version: str = ""
    rule: str | None = None  # the named coding rule that produced the event
    lexicon_row: str | None = None  # the lexicon row behind its code: "verbs.tsv:123"
    # True when the source or target is a named actor that no table knows (resolved_by "unresolved"):
    # such events are stored but left out of series and alerts by default.
    unresolved: bool = False
    event_id: str = ""

    def __post_init__(self) -> None:
        if not self.event_id:
            self.event_id = make_event_id(
                self.doc_id,
                self.sentence_index,
                # an unresolved person has no code: its name tells two apart ("accused Jan Kowalczyk and
                # Maria Dunne of fraud" is two events, not one)
                (self.source.code or self.source.text) if self.source else "",
                (self.target.code or self.target.text) if self.target else "",
                self.cameo_code,
                self.trigger or "",
            )

    def to_dict(self) -> dict[str, Any]:
        """The JSONL record (nested source/target/attribution/location/quantities)."""
        d = asdict(self)
        return {"event_id": d.pop("event_id"), **d}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_row(self) -> dict[str, Any]:
        """Flat row for the store: actors split into columns, nested lists as JSON text."""
        row: dict[str, Any] = {}
        for key, value in self.to_dict().items():
            if key in ("source", "target"):
                for sub in ACTOR_ROW_FIELDS:
                    row[f"{key}_{sub}"] = value.get(sub) if value else None
            elif key in ("attribution", "quantities", "location"):
                row[key] = json.dumps(value, ensure_ascii=False) if value else None
            else:
                row[key] = value
        return row

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        d = dict(d)
        for key in ("source", "target"):
            if d.get(key):
                d[key] = ActorRef(**d[key])
        d["attribution"] = [Attribution(**a) for a in d.get("attribution") or []]
        d["quantities"] = [Quantity(**q) for q in d.get("quantities") or []]
        if d.get("location"):
            d["location"] = Location(**d["location"])
        return cls(**d)


def make_event_id(doc_id: str, sentence_index: int, source: str, target: str, code: str, trigger: str) -> str:
    key = "\x1f".join((doc_id, str(sentence_index), source, target, code, trigger))
    return "ev-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


# The ActorRef fields an event row keeps per side, as `source_<field>` / `target_<field>` columns.
ACTOR_ROW_FIELDS: tuple[str, ...] = (
    "text", "code", "country", "sector", "name", "resolved_by", "entry", "kind", "row", "start", "end",
)

# Flat column list of Event.to_row(), in order: the store's events table uses it.
EVENT_ROW_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "sentence_index", "evidence_text", "evidence_start", "evidence_end",
    "source_text", "source_code", "source_country", "source_sector", "source_name",
    "source_resolved_by", "source_entry", "source_kind", "source_row", "source_start", "source_end",
    "target_text", "target_code", "target_country", "target_sector", "target_name",
    "target_resolved_by", "target_entry", "target_kind", "target_row", "target_start", "target_end",
    "cameo_code", "cameo_root", "cameo_name", "goldstein", "quad_class",
    "plover_type", "plover_mode", "plover_context", "modality", "modality_cue", "attribution",
    "outlet", "trigger", "event_date", "date_precision", "date_source", "location", "quantities",
    "confidence", "coder", "coder_version", "rule", "lexicon_row", "unresolved",
)
