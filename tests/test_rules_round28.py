"""Constructions found missing or wrong in the eighteenth session (audit Y on unseen text and the probe's dev
split), fixed as general rules and rows. Sentences here are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_events as _events
from coded_story import story_triples as _triples

from brinkwatch.actors.dictionary import ActorDictionary

ON = date(2024, 5, 1)


def test_usual_spellings_of_nationalities_name_their_states():
    actors = ActorDictionary.load()
    for word, code in [("Maldivian", "MDV"), ("Uzbek", "UZB"), ("Icelandic", "ISL"), ("Slovenian", "SVN"),
                       ("Ecuadorian", "ECU"), ("Argentinian", "ARG"), ("Nepali", "NPL"), ("Cape Verdean", "CPV"),
                       ("Northern Ireland", "GBR"), ("Tobago", "TTO")]:
        found = actors.resolve(word, None)
        assert found is not None and found.code == code, word
    assert _triples("The Maldivian government held talks with the rebels.", ON) == {
        ("MDVGOV", "046", "MDVREB"), ("MDVREB", "046", "MDVGOV")}


def test_a_house_arrest_is_no_legislature_and_a_capital_house_still_is():
    triples = _triples("Kenyan police placed the opposition leader under house arrest.", ON)
    assert triples == {("KENCOP", "173", "KENOPP")}
    events = _events("The US House condemned Russia on Monday.", ON)
    assert [(e.source.code, e.cameo_code) for e in events] == [("USALEG", "111")]


def test_representatives_are_no_legislature_and_a_deputy_is_an_official():
    triples = _triples("Talks between Morocco and Panamanian representatives resumed in Rabat.", ON)
    assert not any("LEG" in t[0] + t[2] for t in triples) and ("MAR", "046", "PAN") in triples
    assert not any(t[2].endswith("COP") for t in _triples(
        "The Sudanese president announced the resignation of his deputy.", ON))
    assert _triples("Russian Deputy Foreign Minister Ivan Petrov criticised Japan.", ON) == {("RUSGOV", "111", "JPN")}


def test_the_matter_after_over_is_no_party_but_its_place_is():
    assert _triples("Relations were strained by US sanctions over the Ukraine crisis.", ON) == set()
    assert _triples("Indonesia's foreign minister expressed deep concern over the violence in Laos.", ON) == {
        ("IDNGOV", "012", "LAO")}
    assert _triples("The EU imposed sanctions on Belarus over the crackdown on protesters.", ON) == {
        ("IGOEUREEC", "163", "BLR")}


def test_a_stance_held_since_an_earlier_year_is_no_new_act():
    assert _triples("Israel has opposed the extension of UN supervision in the territories since 2010.", ON) == set()
    assert _triples("Moscow has backed Serbia since the 1990s.", ON) == set()
    # a superlative's "since" only ranks the act
    assert _triples("Russia has made its first visit to Fiji since 2010.", ON) == {("RUS", "042", "FJI")}
    # this year's acts are news
    assert _triples("Moscow has backed Serbia at the UN this week.", ON) == {("RUSGOV", "051", "SRB")}


def test_a_charge_denied_in_a_relative_clause_answers_whoever_made_it():
    assert ("XKXGOV", "016", "SRB") in _triples(
        "Serbia accused Kosovo of attacking its police, a charge Pristina denied.", ON)
    assert ("UKRGOV", "016", "RUSGOV") in _triples(
        "The Kremlin accused Ukraine of attacking the city with drones, a charge Kyiv denied.", ON)
    assert ("XKXGOV", "016", "SRBGOV") in _triples(
        "The Serbian president said Kosovo had armed the gangs, a claim denied by Pristina.", ON)


def test_police_force_on_their_own_people_is_repression():
    assert _triples("Kenyan riot police stormed a square in Nairobi with tear gas, injuring ten people.", ON) == {
        ("KENCOP", "175", "KENCVL")}
    assert _triples("Kenyan troops fired on villagers in Kisumu.", ON) == {("KENMIL", "193", "KENCVL")}


def test_saying_a_party_is_to_blame_for_a_harm_accuses_it():
    assert _triples("The British prime minister told parliament it was highly likely that Iran was responsible for "
                    "the attack on the tanker.", ON) == {("GBRGOV", "112", "IRN")}
    assert _triples("The US president said there was no doubt that Moscow was responsible for the death of the "
                    "dissident.", ON) == {("USAGOV", "112", "RUSGOV")}
    # a duty is no blame, and a doubt is no claim
    assert _triples("The Iraqi minister said Iran was responsible for security in the region.", ON) == set()
    assert _triples("The US president said there was some doubt that Moscow was responsible for the death of the "
                    "dissident.", ON) == set()
