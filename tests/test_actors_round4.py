"""Actors on fresh real text, round 4 (issue 9): Georgia the US state beside US-only words, a military
platform or border force named with its state. Sentences written for these tests."""

from __future__ import annotations

from brinkwatch import code_text
from brinkwatch.actors.matcher import find_mentions

PUBLISHED = "2022-05-01"


def sources(text: str) -> list[str]:
    return [e.source.code for e in code_text(text, published=PUBLISHED, outlet="Test Wire") if e.source]


def codes(actors, nlp, text: str) -> set[str]:
    return {m.actor.code for m in find_mentions(actors, nlp(text))}


# ---- Georgia, the US state ---------------------------------------------------------------------------
def test_georgias_party_governor_is_american():
    assert sources("Georgia's Republican governor criticized Mexico over the vote.") == ["USAGOV"]


def test_georgias_secretary_of_state_is_no_foreign_minister(actors, nlp):
    found = codes(actors, nlp, "Georgia's secretary of state rejected the demand from the campaign.")
    assert "USAGOV" in found and "GEOGOV" not in found


def test_georgia_after_a_us_city_is_the_us(actors, nlp):
    found = codes(actors, nlp, "Police in Columbus, Georgia, arrested three men on Friday.")
    assert "USA" in found and "GEO" not in found


def test_georgia_the_country_stays_the_country(actors, nlp):
    assert sources("Georgia accused Moscow of occupying a fifth of its territory.") == ["GEO"]
    assert "GEOGOV" in codes(actors, nlp, "Georgia's foreign minister met his Armenian counterpart in Yerevan.")
    assert "GEOMIL" in codes(actors, nlp, "Georgian troops fired on a patrol near the boundary line.")


# ---- a state's military platforms and border forces ----------------------------------------------------
def test_aircraft_named_with_a_state_are_its_military(actors, nlp):
    assert sources("Turkish aircraft bombed villages in the north on Tuesday.") == ["TURMIL"]
    assert "EGYMIL" in codes(actors, nlp, "Egyptian helicopters struck a convoy in the desert.")


def test_border_forces_are_the_states_military(actors, nlp):
    assert "BGDMIL" in codes(actors, nlp, "Bangladeshi border forces detained four fishermen.")


def test_planes_alone_stay_the_state(actors, nlp):
    assert "RUSMIL" not in codes(actors, nlp, "Russian planes were barred from European airspace.")


def test_platform_words_take_their_state_only_from_their_own_phrase(actors):
    # "Planes dropped water on the fire near Lyon": no French military is named (the coder's "state named in
    # the sentence" fallback is to skip such words); "police" may still take it ("police in Lyon")
    assert actors.country_only(["aircraft"]) and actors.country_only(["helicopters"])
    assert not actors.country_only(["police"]) and not actors.country_only(["soldiers"])
