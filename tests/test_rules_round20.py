"""Constructions found missing or wrong on a probe set written for the ninth session by independent coders
(three new sentences for every CAMEO code, never read by the rules' author sentence by sentence), fixed as
general rules. Sentences here are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_events
from coded_story import story_triples as _triples

ON = date(2024, 5, 1)


def test_a_coercive_act_its_own_side_says_may_come_is_a_threat():
    # on a condition
    assert _triples("Prime Minister Viktor Orban said on Monday that Hungary could cut gas supplies to Ukraine if "
                    "Kyiv kept blocking Russian oil.", ON) == {("HUN", "1311", "UKR")}
    assert _triples("Israel will seize more land in Gaza unless Hamas frees the hostages, Defence Minister "
                    "Yoav Gallant said.", ON) == {("ISR", "1382", "PSE")}
    # as a capability its own leader names
    assert _triples("Russia could strike Kyiv with new missiles, President Vladimir Putin said on Thursday.", ON) == {
        ("RUS", "1384", "UKRGOV")}


def test_a_plain_plan_or_an_outsiders_guess_is_no_threat():
    # a plan told without a condition stays the act itself, intended
    events = story_events("President Joe Biden said the United States will impose tariffs on Chinese steel.", ON)
    assert [(e.cameo_code, e.modality) for e in events] == [("163", "intended")]
    # analysts guessing what a state could do make no threat of that state's
    events = story_events("Analysts said Russia could strike Kyiv with new missiles.", ON)
    assert not any(e.cameo_code.startswith("13") for e in events)


def test_a_threatened_measure_at_home_falls_on_the_states_own_people():
    assert _triples("On Friday, Polish President Andrzej Duda said he may impose a curfew on Warsaw.", ON) == {
        ("POLGOV", "1323", "POL")}


def test_violence_by_protesters_is_a_riot():
    assert _triples("Demonstrators set fire to Kenya's parliament building on Tuesday.", ON) == {
        ("KENOPP", "145", "KENLEG")}
    # two conjoined acts of one riot are one event, aimed at the party named
    assert _triples("Rioters clashed with police and torched cars in Marseille on Friday.", ON) == {
        ("FRAOPP", "145", "FRACOP")}
    # protesters demanding something while they burn are a riot for that aim
    events = story_events("Protesters demanding the prime minister's resignation torched police stations across "
                          "Bangladesh.", ON)
    assert [e.cameo_code for e in events] and all(e.cameo_code.startswith("145") for e in events)


def test_a_place_that_comes_under_attack_is_its_target():
    assert _triples("Sudanese army bases came under attack from the Rapid Support Forces on Saturday.", ON) == {
        ("SDNREB", "190", "SDNMIL")}
    # being under a standing measure is still no event
    assert _triples("Iran is under American sanctions.", ON) == set()


def test_those_a_planted_weapon_kills_are_the_planters_target():
    assert _triples("Three Pakistani soldiers were killed by a roadside bomb planted by Baloch separatists.", ON) == {
        ("PAKREB", "1833", "PAKMIL")}
