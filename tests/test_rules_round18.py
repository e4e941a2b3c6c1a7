"""Constructions found missing on the dev splits and the blind fdev set in the seventh session, fixed as
general rules. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_triples as _triples

ON = date(2021, 6, 5)


def test_saying_another_party_must_act_is_a_demand_and_should_an_appeal():
    # the act asked for refines the code and is no event of its own
    assert _triples("The EU said Russia must withdraw its troops from Ukraine.", ON) == {("IGOEUREEC", "106", "RUS")}
    assert _triples("China said the Philippines must remove the ship from the shoal.", ON) == {("CHN", "100", "PHL")}
    assert _triples("The Kenyan opposition said the government should resign.", ON) == {("KENOPP", "0241", "KENGOV")}
    # told to reporters, the demand is still aimed at the party that must act
    assert {t for _, _, t in _triples("Blinken told reporters that Israel must allow more aid into Gaza.", ON)} == {"ISR"}


def test_a_speakers_own_resolve_or_advice_to_the_public_is_no_demand():
    assert _triples("Putin said Russia must respond to the threat.", ON) == set()
    assert _triples("We must stand with Ukraine, Macron said.", ON) == set()
    assert _triples("The minister said talks should resume next week.", ON) == set()
    assert _triples("The Kenyan president said citizens should vote early.", ON) == set()
    # a passive clause asks no party
    assert _triples("Germany said the border should be reopened.", ON) == set()


def test_a_demand_that_a_government_resign_is_aimed_at_it_when_the_verb_is_read_as_a_noun():
    # the small parser reads the subjunctive "resign" as a noun with "government" as its compound
    assert _triples("The opposition demanded that the Serbian government resign.", ON) == {("SRBOPP", "1041", "SRBGOV")}


def test_a_nuclear_test_is_a_nuclear_detonation_aimed_at_no_one():
    assert _triples("North Korea conducted its sixth nuclear test on Sunday.", ON) == {("PRK", "2042", None)}
    # a test of anything else is no event
    assert _triples("The Russian company conducted a test of the new engine.", ON) == set()


def test_force_not_ruled_out_is_a_threat_of_force():
    assert _triples("Trump said he would not rule out using military force against Iran.", date(2019, 6, 5)) == {
        ("USAGOV", "1384", "IRN")}


def test_a_second_object_read_as_a_verb_keeps_the_target_of_the_act():
    # the parser makes "birdshot" a verb conjoined to "fired" and hangs "at protesters" on it
    assert _triples("Iranian police fired tear gas and birdshot at protesters.", ON) == {("IRNCOP", "175", "IRNOPP")}


def test_a_coalition_led_by_a_state_is_its_military_with_words_between():
    assert {s for s, _, _ in _triples("The Saudi-led military coalition bombed Houthi positions in Yemen.", ON)} == {
        "SAUMIL"}
    assert {s for s, _, _ in _triples("The US-led international coalition struck Islamic State targets in Syria.", ON)} \
        == {"USAMIL"}


def test_a_capital_is_no_news_agency_that_shares_its_spelling():
    # "Sanaa" and Syria's agency "SANA" share a spelling key; the agency is written in capitals
    # (a capital bombed is Yemen's ground, the state as a whole: rule struck-capital)
    assert _triples("Saudi jets bombed Sanaa on Monday.", ON) == {("SAUMIL", "195", "YEM")}


def test_one_act_told_twice_in_a_sentence_is_one_event():
    triples = _triples("The Saudi-led coalition reopened the Yemeni port of Hodeidah to shipping on Sunday, "
                       "partially lifting its blockade of the country.", ON)
    assert triples == {("SAUMIL", "0872", "YEM")}


def test_refusing_to_rule_out_force_is_a_threat():
    assert ("USAGOV", "1384", "IRN") in _triples("Trump refused to rule out using force against Iran.", date(2019, 6, 5))


def test_a_feature_named_after_a_state_is_in_that_state():
    # "Canal" alone is an alternate name of a Brazilian town
    assert {t for _, _, t in _triples("Trump threatened to take control of the Panama Canal.", date(2019, 6, 5))} == {
        "PAN"}


def test_a_sum_of_money_in_aid_is_refined_by_the_aid_it_is_in():
    assert _triples("Saudi Arabia pledged $100 million in humanitarian assistance to Ukraine.", ON) == {
        ("SAU", "0333", "UKR")}
    assert _triples("Germany pledged 2 billion euros in military aid to Ukraine.", ON) == {("DEU", "0332", "UKR")}


def test_the_country_acted_on_is_the_state_named_before_it_that_is_not_the_doers():
    assert _triples("Trump warned Honduras that Washington would cut off all funding to the country.",
                    date(2019, 6, 5)) == {("USAGOV", "1311", "HND")}
    # "across the country" is where, not to whom
    assert ("RUS", "190", "UKR") in _triples("Russia invaded Ukraine and protests spread across the country.", ON)


def test_a_states_organ_warning_of_the_states_force_is_its_threat():
    assert _triples("Baku warned that Azerbaijan would use force against Armenia.", ON) == {("AZE", "1384", "ARM")}
    # an opposition warning of what its government may do makes no threat of its own
    assert {c for _, c, _ in _triples(
        "The Kenyan opposition warned that the government would use force against protesters.", ON)} == {"190"}


def test_an_act_aimed_at_someone_with_no_target_found_is_withheld():
    # criticism, appeals, pledges, demands, concessions and threats are aimed at someone; without a target the
    # event is half told (the audit of sample J accepted 3 of 26 such events) and is withheld
    assert _triples("The Kenyan foreign ministry condemned the decision.", ON) == set()
    assert _triples("France demanded an independent investigation into the strike.", ON) == set()
    assert _triples("Nigeria's finance minister resigned on Friday to take a job in business.", ON) == set()
    # statements, protests, alerts and pledges of reform at home stand without one
    assert {c for _, c, _ in _triples("The Kenyan foreign ministry declined to comment on the decision.", ON)} == {"011"}
    assert _triples("The Kenyan minister announced he would resign next week.", ON) == {("KENGOV", "0341", None)}
    # with the party named, the act stands
    assert _triples("France demanded an explanation from Israel.", ON) == {("FRA", "101", "ISR")}


def test_giving_way_to_pressure_or_protests_yields_to_those_who_made_them():
    assert _triples("The Serbian government gave way to pressure from Brussels on Friday.", ON) == {
        ("SRBGOV", "080", "IGOEUREEC")}
    assert _triples("Moldova's cabinet bowed to protests and withdrew the tax.", ON) >= {("MDAGOV", "080", "MDAOPP")}
    # pressure from no one named is yielded to no one known: withheld
    assert _triples("The Serbian government gave way to international pressure.", ON) == set()


def test_private_people_a_court_or_police_acts_on_are_of_its_state():
    assert _triples("A Warsaw court jailed two tax evaders.", ON) == {("POLJUD", "116", "POLCVL")}
    assert _triples("Russian police arrested three suspects.", ON) == {("RUSCOP", "173", "RUSCVL")}


def test_a_given_name_joined_to_a_full_name_is_no_town():
    # "David" is also a city in Panama; joined to "Louise Turpin" it is a given name sharing her surname
    text = "In a Riverside County court in California, Judge Ann Smith sentenced David and Louise Turpin to life."
    assert _triples(text, date(2019, 4, 20)) == {("USAJUD", "116", "USACVL")}


def test_pro_democracy_groups_are_the_opposition():
    assert _triples("Hong Kong pro-democracy groups criticised Beijing.", ON) == {("HKGOPP", "111", "CHNGOV")}
    assert {s for s, _, _ in _triples("Sudan's resistance committees criticised the Egyptian government.", ON)} == {
        "SDNOPP"}
