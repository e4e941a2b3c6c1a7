"""Questions the coder asks of a resolved actor (kept here so that what an actor is stays the actors' business).

    is_person(ActorRef(text="Zelensky", code="UKRGOV", kind="person"))   # True
    is_unresolved(ActorRef(text="Iraqi militia leader Abu X", code="IRQ", resolved_by="unresolved"))  # True
"""

from __future__ import annotations

from brinkwatch.model import ActorRef


def is_person(actor: ActorRef | None) -> bool:
    """A named or referred-to person, by the kind the table row (or the mention) gave it."""
    return actor is not None and actor.kind == "person"


def is_unresolved(actor: ActorRef | None) -> bool:
    """A named actor that no table knows: kept with its words, never counted as a coded actor."""
    return actor is not None and actor.resolved_by == "unresolved"

