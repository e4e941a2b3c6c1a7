"""The seed article yields what ../shared/seed/expected-events.json requires, and none of what it forbids;
the same constructions in other stories code the same way (no rule names the seed's words)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brinkwatch import code_text

SEED = Path(__file__).resolve().parents[1] / "samples" / "seed" / "tomahawk-atacms-article.txt"
EXPECTED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "expected-events.json"


@pytest.fixture(scope="module")
def seed_events():
    return code_text(SEED.read_text(encoding="utf-8"))


def _country(actor):
    return actor.country if actor is not None else None


def _matches(spec: dict, ev) -> bool:
    if spec.get("evidence_contains") and spec["evidence_contains"] not in " ".join(ev.evidence_text.split()):
        return False
    if "source_country" in spec and _country(ev.source) not in spec["source_country"]:
        return False
    if "target_country" in spec and _country(ev.target) not in spec["target_country"]:
        return False
    return ev.cameo_root in spec.get("roots", [ev.cameo_root])


def _load_expected() -> dict:
    if not EXPECTED.exists():
        pytest.skip(f"{EXPECTED} not present (it lives beside the repository in ../shared)")
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


def test_seed_has_no_date_and_says_so(seed_events):
    assert seed_events
    assert all(ev.date_source in ("none", "text") for ev in seed_events)


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5])
def test_required_event(seed_events, number):
    spec = next(r for r in _load_expected()["required"] if r["id"] == number)
    found = [ev for ev in seed_events if _matches(spec, ev)]
    assert found, f"required event {number} not found: {spec}"
    ev = found[0]
    if "modality_not" in spec:
        assert all(e.modality not in spec["modality_not"] for e in found)
    if "attribution_contains" in spec:
        names = " ".join(a.name for a in ev.attribution)
        assert all(part in names for part in spec["attribution_contains"]), ev.attribution
    if "quantity" in spec:
        assert any(q.value == spec["quantity"] for q in ev.quantities), ev.quantities
    if "modality_or_dated" in spec:
        assert ev.modality in spec["modality_or_dated"] or ev.event_date is not None


def test_nothing_forbidden(seed_events):
    forbidden = _load_expected()["forbidden"]
    for ev in seed_events:
        texts = [a.text for a in (ev.source, ev.target) if a is not None]
        for rule in forbidden:
            if "actor_text_any" in rule and ev.cameo_root in rule["roots"]:
                assert not any(bad in t for bad in rule["actor_text_any"] for t in texts), ev
            if "countries_both_in" in rule and ev.source and ev.target:
                both = {ev.source.country, ev.target.country} <= set(rule["countries_both_in"])
                assert not (both and ev.cameo_root in rule["roots"] and ev.modality in rule["modality"]), ev
            if "evidence_contains" in rule and len(rule) == 1:
                assert rule["evidence_contains"] not in ev.evidence_text, ev


# The seed's constructions in other stories, other actors, other words.
def test_considered_providing_with_an_outlet_and_journalist_report():
    events = code_text(
        "According to a report by Financial Times journalist Jane Doe, Chancellor Olaf Scholz seriously "
        "considered sending Ukraine more air defence systems.",
        published="2023-02-01",
    )
    aid = [e for e in events if e.cameo_root in ("03", "07") and e.target and e.target.country == "UKR"]
    assert aid and aid[0].source.country == "DEU"
    assert aid[0].modality in ("considered", "intended")
    names = " ".join(a.name for a in aid[0].attribution)
    assert "Financial Times" in names and "Jane Doe" in names


def test_authorized_to_use_weapons_with_a_count():
    events = code_text(
        "Washington changed course last week. The Taiwanese military is now authorized to use 40 Harpoon missiles.",
        published="2024-05-01",
    )
    aid = [e for e in events if e.cameo_root == "07"]
    assert aid and aid[0].target.country == "TWN"
    # the giver is not named in the sentence: kept unresolved (flagged), never guessed from a nearby state
    assert aid[0].source.country == "USA" or (aid[0].source.country is None and aid[0].unresolved)
    assert any(q.value == 40 for q in aid[0].quantities)


def test_ignored_appeals_to_halt_the_fighting():
    events = code_text(
        "Armenian Prime Minister Nikol Pashinyan said Azerbaijan had ignored repeated appeals from France to "
        "halt the shelling.",
        published="2023-09-20",
    )
    appeal = [e for e in events if e.cameo_root == "02"]
    assert appeal and appeal[0].source.country == "FRA" and appeal[0].target.country == "AZE"


def test_criticisms_of_a_capital_by_a_possessive_person():
    events = code_text(
        "German Chancellor Olaf Scholz met Chinese officials in Beijing. He believed trade deals were possible "
        "despite his public criticisms of Beijing.",
        published="2023-04-10",
    )
    crit = [e for e in events if e.cameo_root == "11"]
    assert crit and crit[0].source.country == "DEU" and crit[0].target.country == "CHN"
