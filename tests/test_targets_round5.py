"""Targets that a sentence implies rather than names: a conditional threat's condition, a domestic measure's
people, and "the attack" a story told earlier (issue 9: a target left empty while the text gives it)."""

from __future__ import annotations

from datetime import date

from brinkwatch.model import Document
from brinkwatch.pipeline import code_document


def _coded(text: str, published: date = date(2023, 6, 1)):
    return [(e.source.code if e.source else None, e.cameo_code[:2], e.target.code if e.target else None, e.rule)
            for e in code_document(Document(text=text, doc_id="t", published=published))]


def test_a_conditional_threat_is_aimed_at_who_must_meet_the_condition():
    events = _coded("Tehran warned it would close the Strait of Hormuz if Washington tightened its oil sanctions.")
    threat = [e for e in events if e[1] == "13"]
    assert threat and threat[0][2] == "USAGOV" and "condition-party" in threat[0][3]


def test_an_unless_clause_on_a_threatening_verb_names_the_target():
    events = _coded("The Polish farmers' union threatened a nationwide blockade unless the Polish government banned "
                    "Ukrainian grain imports.")
    assert [(s[:3], root, t) for s, root, t, _ in events if root == "13"] == [("POL", "13", "POLGOV")]


def test_a_pronoun_in_the_condition_is_not_taken_for_the_target():
    events = _coded("Pyongyang warned it would respond with force if it was attacked.")
    assert all(t is None for _, root, t, _ in events if root == "13")


def test_a_domestic_measure_falls_on_the_states_own_people():
    events = _coded("The Sri Lankan government imposed a nationwide curfew on Saturday.")
    assert [(s, root, t) for s, root, t, _ in events] == [("LKAGOV", "17", "LKA")]
    assert "own-people" in events[0][3]


def test_a_measure_on_a_named_place_keeps_that_place():
    events = _coded("Israeli forces imposed a curfew on the West Bank city of Hebron.")
    assert [(root, t) for _, root, t, _ in events] == [("17", "PSE")]


def test_a_non_domestic_code_gets_no_implied_target():
    events = _coded("Egypt's army said it had destroyed three tunnels on Monday.")
    assert all(t is None for _, _, t, _ in events)


def test_the_attack_of_an_earlier_sentence_names_the_target_of_a_reaction():
    text = ("Turkish jets struck Kurdish positions in northern Syria on Wednesday. "
            "The European Union condemned the attack on Thursday.")
    events = _coded(text)
    assert ("IGOEUREEC", "11", "TURMIL") in [(s, root, t) for s, root, t, _ in events]


def test_an_attack_not_told_before_stays_without_a_target():
    events = _coded("A bomb killed five people in Kabul on Friday. Pakistan condemned the attack.")
    assert [(s, root, t) for s, root, t, _ in events if root == "11"] == [("PAK", "11", None)]


def test_an_indefinite_attack_is_a_new_one():
    text = ("Turkish jets struck Kurdish positions in northern Syria on Wednesday. "
            "The European Union condemned an attack on a hospital in Idlib.")
    events = _coded(text)
    assert all(t != "TURMIL" for s, root, t, _ in events if root == "11")


def test_a_sector_word_owned_by_a_state_is_that_states_sector():
    events = _coded("Chile's biggest copper miners' union demanded that President Gabriel Boric raise royalties.")
    assert [(s, t) for s, root, t, _ in events if root == "10"] == [("CHLLAB", "CHLGOV")]


def test_a_states_people_protesting_at_home_protest_against_its_government():
    events = _coded("Thousands of Israelis demonstrated in Tel Aviv for a tenth week on Saturday.")
    assert [(s, root, t) for s, root, t, _ in events] == [("ISROPP", "14", "ISRGOV")]


def test_the_named_owner_of_what_is_acted_on_is_the_target():
    events = _coded("Kenya will back Somalia's bid to join the East African Community, President William Ruto said.")
    assert ("KEN", "SOM") in [(s[:3], t) for s, _, t, _ in events]


def test_a_refusal_despite_someones_warnings_is_aimed_at_them():
    events = _coded("The Slovak government refused to withdraw the broadcasting bill despite warnings from the European Commission.")
    assert [(s, root, t) for s, root, t, _ in events] == [("SVKGOV", "12", "IGOEUREEC")]


def test_what_a_despite_phrase_names_is_no_new_event():
    events = _coded("Caracas expelled the Spanish ambassador despite criticism by Brazil and Colombia.")
    assert all(root != "11" for _, root, _, _ in events)


def test_an_act_named_as_background_is_no_new_event():
    events = _coded("Nepal imposed a curfew in Kathmandu on Monday after two days of clashes between police and students.")
    assert [root for _, root, _, _ in events] == ["17"]


def test_a_background_act_stands_when_the_sentence_codes_nothing_else():
    events = _coded("After two days of clashes between Nepalese police and students, calm returned to Kathmandu on Tuesday.")
    assert {(s, t) for s, _, t, _ in events} == {("NPLCOP", "NPLEDU"), ("NPLEDU", "NPLCOP")}


def test_parties_acting_on_each_other_are_each_others_targets():
    events = _coded("Indian and Pakistani troops fired at each other's posts along the Line of Control on Sunday.")
    assert {(s, t) for s, _, t, _ in events} == {("INDMIL", "PAKMIL"), ("PAKMIL", "INDMIL")}
