"""Targets, round 3: coordinated parties the parse splits (long titled names, "talks between X and Y"),
the doer an allegation's clause names, "X was the target of an attack", what comes "from" a place, and
an organ of state a measure falls on. Sentences written for these tests."""

from __future__ import annotations

from brinkwatch import code_text

PUBLISHED = "2023-05-01"


def triples(text: str, published: str = PUBLISHED) -> set[tuple[str | None, str, str | None]]:
    return {
        (e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None)
        for e in code_text(text, published=published, outlet="Test Wire")
    }


def pairs(text: str, root: str, published: str = PUBLISHED) -> set[tuple[str, str]]:
    return {
        (s[:3], t[:3]) for s, code, t in triples(text, published) if s and t and code.startswith(root)
    }


# ---- coordinated parties ------------------------------------------------------------------------------
def test_two_long_titled_names_on_the_phone_give_both_directions():
    # the parser reads the first titled name as a modifier of the second
    found = pairs(
        "On Tuesday, Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi spoke "
        "on the phone.", "04")
    assert {("JPN", "IND"), ("IND", "JPN")} <= found


def test_two_long_titled_names_holding_talks_give_both_directions():
    found = pairs(
        "Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi held talks in Tokyo.", "04")
    assert {("JPN", "IND"), ("IND", "JPN")} <= found


def test_talks_between_two_titled_ministers_give_both_directions():
    # the parser makes the second name a second subject of "ended"
    found = pairs(
        "Talks between Russian Foreign Minister Sergei Lavrov and US Secretary of State Antony Blinken "
        "ended in Geneva.", "04", published="2022-01-10")
    assert {("RUS", "USA"), ("USA", "RUS")} <= found


def test_a_second_clause_subject_is_no_coordinated_party():
    # "Poland" begins a clause of its own: it did not shell anything
    found = triples("Russia shelled Kharkiv on Monday and Poland condemned the shelling.")
    assert not any(s and s.startswith("POL") and code.startswith("19") for s, code, _ in found)
    assert not any(t and t.startswith("POL") for s, code, t in found if s and s.startswith("RUS"))


def test_names_after_a_place_phrase_do_not_join_the_place():
    # "In Kyiv," is where the meeting took place; Kyiv is no party to it
    found = pairs(
        "In Kyiv, French President Emmanuel Macron and German Chancellor Olaf Scholz met Ukrainian President "
        "Volodymyr Zelensky.", "04")
    assert ("FRA", "UKR") in found and ("DEU", "UKR") in found
    assert not any(s == "UKR" for s, _ in found)


# ---- the doer an allegation names -------------------------------------------------------------------
def test_an_allegation_without_that_targets_the_clause_subject_owner():
    found = pairs("Moscow alleged Kyiv's forces had used banned weapons.", "11")
    assert ("RUS", "UKR") in found


def test_an_allegation_of_a_passive_act_targets_its_agent():
    found = pairs("The Kremlin alleged the convoy was ambushed by Ukraine.", "11", published="2022-06-01")
    assert ("RUS", "UKR") in found


def test_an_allegation_of_a_passive_act_with_no_agent_has_no_target():
    # the allegation is against unnamed attackers, not against the man attacked
    found = triples("Aides to the dissident alleged Alexei Navalny was poisoned.", published="2021-01-10")
    assert not any(code.startswith("11") and t for _, code, t in found)


# ---- "the target of an act" ----------------------------------------------------------------------------
def test_a_place_that_was_the_target_of_an_attack_is_its_target():
    found = pairs("Last year, Mosul was the target of an Islamic State suicide attack.", "18")
    assert ("IMG", "IRQ") in found


def test_an_embassy_that_was_the_target_of_an_attack_takes_no_state_from_the_attackers():
    found = triples("In 2016, the embassy was the target of an attack by al-Shabaab.")
    assert not any(t for _, code, t in found if code[:2] in ("18", "19"))


# ---- what comes from a place -----------------------------------------------------------------------------
def test_banning_flights_from_a_state_targets_it():
    assert ("ITA", "BRA") in pairs("Italy banned flights from Brazil on Monday.", "1")


def test_a_travel_ban_from_a_state_is_not_that_states_act():
    found = triples("French President Emmanuel Macron opposed the travel ban from Iran.")
    assert not any(s and s.startswith("IRN") for s, _, _ in found)
    assert not any(t and t.startswith("IRN") for _, code, t in found if code.startswith("1"))


# ---- an organ of state a measure falls on -----------------------------------------------------------------
def test_suspending_parliament_targets_the_legislature():
    found = triples("The Tunisian president suspended parliament on Sunday.", published="2021-07-26")
    assert ("TUNGOV", "172", "TUNLEG") in found


# ---- the maker of a thing reacted to ---------------------------------------------------------------------
def test_criticizing_a_plan_a_state_proposed_targets_that_state():
    assert ("DEU", "HUN") in pairs("Germany criticized the plan that Hungary proposed.", "11")


def test_welcoming_a_deal_brokered_by_a_state_targets_the_broker():
    assert ("DEU", "QAT") in pairs("Berlin welcomed the ceasefire deal brokered by Qatar.", "05")


def test_rejecting_a_report_that_tells_of_an_attack_does_not_target_the_attacker():
    # "that Iran attacked the ship" is what the report says, not who wrote it
    found = triples("Kenya rejected the report that Iran attacked the ship.")
    assert not any(t and t.startswith("IRN") for s, _, t in found if s and s.startswith("KEN"))


def test_force_in_answer_to_attacks_targets_the_attacker():
    found = pairs("The Armenian army said it was retaliating against missile attacks from Azerbaijan.", "19")
    assert ("ARM", "AZE") in found


# ---- a named person killed -----------------------------------------------------------------------------
def test_a_named_person_killed_is_kept_as_the_target_by_name():
    found = [e for e in code_text("On Tuesday, police in Lagos shot the student activist Emeka Obi.",
                                  published=PUBLISHED, outlet="Test Wire") if e.cameo_code.startswith("19")]
    assert found and all(e.target is not None and e.target.name == "Emeka Obi" for e in found)


def test_a_named_person_killed_in_the_passive_is_the_target():
    found = [e for e in code_text("Last year a Kenyan law student Amani Otieno was murdered by a mob.",
                                  published=PUBLISHED, outlet="Test Wire") if e.cameo_code.startswith("18")]
    assert found and all(e.target is not None and "Amani Otieno" in (e.target.name or "") for e in found)


# ---- a mutual fight at a place -------------------------------------------------------------------------
def test_two_sides_exchanging_fire_in_a_city_fight_each_other_not_the_city():
    found = pairs("Israeli troops and Hamas militants exchanged fire in Gaza City.", "19")
    assert {("ISR", "PSE"), ("PSE", "ISR")} <= found
    assert ("PSE", "PSE") not in found


def test_one_side_clashing_with_another_in_a_town_keeps_its_partner():
    found = pairs("Israeli troops clashed with Palestinian protesters in Hebron.", "19")
    assert ("ISR", "PSE") in found


# ---- an object "them" ----------------------------------------------------------------------------------
def test_them_stands_for_the_coordinated_parties_named_before_it():
    found = pairs("Kenya wrote to the Somali and Ethiopian envoys on Monday, giving them permission to leave.", "08")
    assert {("KEN", "SOM"), ("KEN", "ETH")} <= found


def test_them_in_a_clause_with_its_own_doer_is_no_guess():
    # "them" is the tanks; Ukraine is the one shelling, never the one shelled
    found = triples("Russia moved its tanks toward the border and Ukraine shelled them.", published="2022-02-20")
    assert not any(t and t.startswith("UKR") for _, code, t in found if code.startswith("19"))


def test_them_after_an_object_the_same_doer_acted_on():
    found = pairs("The US met Taliban leaders in Doha and urged them to release the hostages.", "02")
    assert ("USA", "AFG") in found
