"""Faults found in the session of 2026-12-06 (second) by probing the coder with sentences written for it, fixed
as general rules. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_events as _events
from coded_story import story_triples as _triples

ON = date(2024, 6, 5)


def test_a_craft_attacked_does_not_take_the_attackers_state():
    # the one state the sentence names is the attackers' own: whose tanker it was is not said
    assert _triples("The Houthis said they had attacked a tanker.", ON) == {("YEMREB", "190", None)}
    # a flag named with the craft still gives its state
    assert _triples("Houthi rebels attacked a Greek tanker in the Red Sea.", ON) == {("YEMREB", "190", "GRCBUS")}


def test_an_attack_carried_out_using_drones_is_no_investigation():
    codes = [e.cameo_code for e in _events("The Houthis said they had carried out the attack on the tanker using drones.", ON)]
    assert codes == ["190"]


def test_a_time_of_unrest_in_a_city_places_the_police_there():
    assert _triples("During protests in Nairobi, police fired live rounds at a protester.", ON) == {("KENCOP", "175", "KENOPP")}
    assert _triples("Amid clashes in Tbilisi, police detained dozens of demonstrators.", ON) == {("GEOCOP", "173", "GEOOPP")}
    # a state the verb acts on is still not the organ's own
    assert ("USACOP", "111", "CHN") not in _triples("During the visit, the police criticized China.", ON)
