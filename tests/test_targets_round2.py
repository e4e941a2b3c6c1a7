"""Targets, round 2: two unresolved persons in one sentence stay two events, the maker of an act a
"move" refers back to, a title written before a name, a whole state as what its own rebels act on, the
refusal of someone's offer. Sentences written for these tests."""

from __future__ import annotations

from brinkwatch import code_text

PUBLISHED = "2023-05-01"


def events(text: str, published: str = PUBLISHED):
    return code_text(text, published=published, outlet="Test Wire")


def roots(text: str) -> set[tuple[str | None, str, str | None]]:
    return {
        (e.source.code if e.source else None, e.cameo_code[:2], e.target.code if e.target else None)
        for e in events(text)
    }


# ---- event ids ----------------------------------------------------------------------------------------
def test_two_unresolved_persons_accused_together_are_two_events():
    found = events("Polish police accused Jan Kowalczyk and Maria Dunne of fraud.")
    targets = {e.target.text for e in found if e.target and e.cameo_code[:2] == "11"}
    assert {"Jan Kowalczyk", "Maria Dunne"} <= targets
    assert len({e.event_id for e in found}) == len(found)
