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


# ---- "a move that ..." ---------------------------------------------------------------------------------
def test_a_move_after_a_long_object_phrase_targets_the_maker_of_the_move():
    # "a move" hangs on "Libya", four heads below the verb "launched"
    found = roots("Egypt launched an offensive against Islamist fighters in Libya, a move that Sweden condemned.")
    assert any(root == "11" and source.startswith("SWE") and target and target.startswith("EGY")
               for source, root, target in found if source)


def test_condemning_an_attack_whose_doer_is_not_named_has_no_target():
    # the condemnation is aimed at the attacker, whom the sentence does not name, not at the victim
    found = roots("Norway condemned the attack on the Danish consulate.")
    assert ("NOR", "11", None) in found
    assert not any(target and target.startswith("DNK") for _, root, target in found if root == "11")


# ---- persons: a title before the name, a surname named earlier, a weekday before a surname --------------
def actors(text: str, published: str) -> set[tuple[str, str]]:
    return {(e.source.text, e.source.code) for e in events(text, published) if e.source}


def test_a_present_title_before_a_former_office_holder_gives_the_office():
    # the tables know May only as a former office-holder in 2025; the title written says legislator
    found = actors("British lawmaker Theresa May criticised the Chinese government.", "2025-01-15")
    assert ("Theresa May", "GBRLEG") in found


def test_a_former_title_still_gives_a_former_office_holder():
    found = actors("Former Prime Minister Theresa May criticised the Chinese government.", "2025-01-15")
    assert not any(code == "GBRLEG" for _, code in found)


def test_a_surname_that_begins_other_entries_resolves_to_the_person_named_before():
    text = "Senator Michael Bennet met the Mexican ambassador on Monday. Bennet later criticised China."
    assert ("Bennet", "USALEG") in actors(text, "2021-03-01")


def test_a_weekday_before_a_surname_is_no_first_name():
    found = actors("Early on Friday Scholz met the Polish foreign minister.", "2023-03-01")
    assert ("Scholz", "DEUGOV") in found


# ---- a state's own rebels act on the state ------------------------------------------------------------
def test_rebels_capturing_a_city_of_their_own_state_target_the_state():
    found = roots("Separatist rebels captured the Ukrainian city of Mariupol.")
    assert ("UKRREB", "19", "UKR") in found


def test_a_state_acting_on_itself_still_has_no_target():
    # a whole state is no target of its own government
    found = roots("The Ukrainian government captured the Ukrainian city of Mariupol.")
    assert not any(source and target == source[:3] for source, _, target in found)


# ---- the state of a bare sector word ------------------------------------------------------------------
def test_a_place_name_shared_with_a_larger_foreign_city_is_the_speakers_states():
    # the larger Cordoba is in Argentina; the Spanish prime minister's protesters are Spain's
    for text in ("Pedro Sanchez urged protesters in Cordoba to go home.",
                 "Pedro Sanchez urged protesters in the province of Cordoba to go home."):
        assert ("ESPGOV", "02", "ESPOPP") in roots(text)



# ---- refusing someone's offer -------------------------------------------------------------------------
def test_declining_a_states_offer_to_act_is_a_refusal_aimed_at_that_state():
    found = roots("Ukraine declined Poland's offer to mediate.")
    assert ("UKR", "12", "POL") in found
    assert not any(root == "12" and target is None for _, root, target in found)



# ---- the party a demand or appeal is made of, 'from' it ------------------------------------------------
def test_a_demand_or_request_made_from_a_party_is_aimed_at_it():
    assert ("DEUGOV", "10", "RUS") in roots("German Chancellor Olaf Scholz demanded an explanation from Russia.")
    assert ("JPN", "02", "CHN") in roots("Japan requested information from China about the incident.")
    # 'from' a place of departure is no party asked
    assert not any(t == "FRA" for _, _, t in roots("Italy demanded the return of the ship from the port of Marseille."))


# ---- what is never a target: a time phrase, the doer's own possessive ----------------------------------
def test_a_person_after_a_preposition_of_time_is_no_target():
    found = roots("Senator Elizabeth Warren toured Flint a week after Trump.")
    assert not any(t == "USAGOV" for _, _, t in found)
    # an event after it may still name whom a reaction answers
    assert ("ISRMIL", "15", "PSEREB") in roots("Israeli forces called up 50,000 reservists after the Hamas raid.")


def test_the_doers_own_possessive_in_what_is_offered_is_no_target():
    text = ("Iranian Supreme Leader Ali Khamenei praised the late cleric on Monday. "
            "Offering his condolences, the speaker of the Iranian parliament wrote that the cleric served the nation.")
    condolences = [e for e in events(text) if e.cameo_code == "018"]
    assert condolences and all(e.target is None or e.target.code != "IRNGOV" for e in condolences)
