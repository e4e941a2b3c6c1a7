"""What counts: the one definition of which stored events a series, alert, map or export counts.

    scope = EventScope()                         # the default: happened, both actors known
    scope = EventScope.parse("asserted,intended") # widened by `--modality` or the dashboard toggle
    sql, params = scope.event_sql("e")           # a WHERE condition on the events table

By default an event counts when it is reported as having happened - modality `asserted` (a report
attributed to someone, "X said Y shelled Z", is asserted too) or `historical` (it happened before the
story; it counts on its own date) - and both of its actors are resolved to a code some actor table
knows. Intended, considered, requested, hypothetical, denied and negated acts did not happen; an
event whose actor is a named actor no table knows (`unresolved`) cannot be placed in a dyad. Both
are stored and shown as events, but they are left out of series, alerts and maps unless asked for.

The same object filters corroboration clusters: a cluster has the strongest modality of its reports
(one report that it happened makes it count) and is unresolved only when all of its reports are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from brinkwatch.errors import BrinkwatchError
from brinkwatch.model import MODALITIES

# Reported as having happened: now, or before the story (historical).
HAPPENED: tuple[str, ...] = ("asserted", "historical")
ALL_MODALITIES: tuple[str, ...] = tuple(MODALITIES)
# Layouts with no modality column: a reader cannot tell a threat carried out from one only voiced.
LAYOUTS_WITHOUT_MODALITY = frozenset({"gdelt", "icews"})


class ScopeError(BrinkwatchError):
    """A modality list or confidence that names nothing the store holds."""


@dataclass(frozen=True, slots=True)
class EventScope:
    modalities: tuple[str, ...] = HAPPENED  # the modalities that count
    resolved_only: bool = True  # both actors coded, neither an unknown named actor
    min_confidence: float = 0.0

    @classmethod
    def parse(cls, modality: str | Iterable[str] | None = None, *, include_unresolved: bool = False,
              min_confidence: float = 0.0) -> EventScope:
        """`modality` as given on the command line or in a URL: None (the default), 'all', or a
        comma-separated list ('asserted,intended'); 'happened' stands for asserted and historical."""
        if modality is None or modality == "":
            chosen = HAPPENED
        else:
            names = modality.split(",") if isinstance(modality, str) else list(modality)
            chosen = _expand(n.strip().lower() for n in names if n.strip())
        return cls(chosen, not include_unresolved, min_confidence).validate()

    def validate(self) -> EventScope:
        unknown = [m for m in self.modalities if m not in ALL_MODALITIES]
        if unknown or not self.modalities:
            raise ScopeError(
                f"modality must be 'all', 'happened' or some of {', '.join(ALL_MODALITIES)}, "
                f"not {','.join(unknown) or 'nothing'!r}", input="modality")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ScopeError(f"min_confidence must be in [0, 1], not {self.min_confidence}",
                             input="min_confidence")
        return self

    @property
    def is_default(self) -> bool:
        return self == EventScope()

    @property
    def every_modality(self) -> bool:
        return set(self.modalities) >= set(ALL_MODALITIES)

    @property
    def key(self) -> str:
        """A short stable name of the scope (cache keys, precomputed tables)."""
        modalities = "all" if self.every_modality else "+".join(sorted(self.modalities))
        return f"{modalities}|{'resolved' if self.resolved_only else 'any'}|{self.min_confidence:g}"

    def describe(self) -> str:
        """How the scope reads in a caption: 'asserted or historical events, actors resolved'."""
        what = "events of any modality" if self.every_modality else " or ".join(self.modalities) + " events"
        parts = [what, "actors resolved" if self.resolved_only else "unresolved actors included"]
        if self.min_confidence > 0:
            parts.append(f"confidence >= {self.min_confidence:g}")
        return ", ".join(parts)

    def event_sql(self, alias: str = "") -> tuple[str, list[Any]]:
        """WHERE condition on the events table (`alias.` prefixed when given) and its parameters.

        A NULL modality is read as asserted and a NULL `unresolved` as false (imports and older
        stores leave them empty)."""
        p = f"{alias}." if alias else ""
        return self._sql(p, f"COALESCE({p}modality, 'asserted')",
                         f"{p}source_code IS NOT NULL AND {p}target_code IS NOT NULL "
                         f"AND NOT COALESCE({p}unresolved, false)")

    def cluster_sql(self, alias: str = "") -> tuple[str, list[Any]]:
        """WHERE condition on the clusters table (see analysis.corroboration) and its parameters."""
        p = f"{alias}." if alias else ""
        return self._sql(p, f"{p}modality", f"NOT COALESCE({p}unresolved, false)")

    def _sql(self, p: str, modality: str, resolved: str) -> tuple[str, list[Any]]:
        conditions: list[str] = []
        params: list[Any] = []
        if not self.every_modality:
            conditions.append(f"{modality} IN (SELECT UNNEST(?::VARCHAR[]))")
            params.append(list(self.modalities))
        if self.resolved_only:
            conditions.append(resolved)
        if self.min_confidence > 0:
            conditions.append(f"{p}confidence >= ?")
            params.append(self.min_confidence)
        return (" AND ".join(conditions) or "true"), params

    def to_dict(self) -> dict[str, Any]:
        return {"modalities": list(self.modalities), "resolved_only": self.resolved_only,
                "min_confidence": self.min_confidence, "describe": self.describe()}


EVERYTHING = EventScope(ALL_MODALITIES, resolved_only=False)


def export_scope(layout: str, everything: bool) -> EventScope:
    """What an export writes: everything to layouts that keep the modality (PLOVER, CSV, Parquet) or
    when asked (`--all`); only what happened to layouts that cannot say it (GDELT, ICEWS)."""
    if everything or layout not in LAYOUTS_WITHOUT_MODALITY:
        return EVERYTHING
    return EventScope(HAPPENED, resolved_only=False)


def _expand(names: Iterable[str]) -> tuple[str, ...]:
    chosen: list[str] = []
    for name in names:
        for modality in ALL_MODALITIES if name == "all" else HAPPENED if name == "happened" else (name,):
            if modality not in chosen:
                chosen.append(modality)
    return tuple(chosen)


def undated_since(con: Any, since: Any) -> tuple[int, int]:
    """(events, documents) written at or after `since` (a UTC timestamp) that have no date at all:
    no event date and no publication date, so no series or alert can count them."""
    rows = con.execute(
        "SELECT count(*), count(DISTINCT e.doc_id) FROM events e JOIN documents d ON d.doc_id = e.doc_id "
        "WHERE d.ingested_at >= ? AND e.event_date IS NULL AND e.published IS NULL", [since]).fetchall()
    return int(rows[0][0]), int(rows[0][1])


UNDATED_HINT = ("series and alerts leave them out; give `--published YYYY-MM-DD`, date the file names "
                "(2024-03-05-talks.txt) or put a sidecar beside each file (talks.txt.json: "
                '{"published": "2024-03-05"})')
