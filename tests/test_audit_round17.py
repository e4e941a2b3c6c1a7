"""Faults found by the Wikinews precision audit of 2026-12-06 (fifth session, sample H) and by the dev
splits, fixed as general rules (sixth session). Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_triples as _triples

ON = date(2020, 6, 5)


def test_a_capital_before_an_organs_word_is_where_the_organ_sits():
    # "a Nairobi court" is Kenya's judiciary, not its government; "Moscow police" Russia's police
    assert _triples("A Nairobi court sentenced two Kenyan police officers.", ON) == {("KENJUD", "116", "KENCOP")}
    assert ("RUSCOP", "173", "RUSOPP") in _triples("Moscow police detained dozens of protesters.", ON)
    # a seat of government named before "officials" stays the government, a building keeps its own code
    assert ("RUSGOV", "111", "UKR") in _triples("Kremlin officials criticized Ukraine.", ON)
    assert ("USAMIL", "1123", "IRN") in _triples("Pentagon officials accused Iran of attacking ships.", ON)  # of aggression


def test_a_private_person_in_a_states_own_justice_is_that_states():
    # no table knows these people: a state that sentences, arrests or pardons them places them
    assert _triples("A Kenyan court sentenced John Mwangi to ten years in prison.", ON) == {
        ("KENJUD", "116", "KENCVL")}
    assert _triples("President Buhari pardoned Chinedu Okafor on Monday.", date(2019, 6, 5)) == {
        ("NGAGOV", "056", "NGACVL")}
    # the person's own sector word is kept
    assert _triples("Kenyan police arrested businessman John Mwangi on Tuesday.", ON) == {("KENCOP", "173", "KENBUS")}
    # own words that name another state win
    assert _triples("Russian police arrested American journalist Evan Gershkovich.", ON) == {
        ("RUSCOP", "173", "USAMED")}
    # a deportation is often of a foreigner, and sanctions of a foreign figure: the person stays uncoded
    assert _triples("The Kenyan government deported John Mwangi.", ON) == {("KENGOV", "174", "")}
    assert _triples("Ottawa imposed sanctions against Abu Karim al-Rashidi.", ON) == {("CANGOV", "163", "")}


def test_the_person_sentenced_is_the_target_not_the_court_the_sentence_opens_with():
    text = "On Monday in a criminal court in Kenya, Judge Grace Wanjiru sentenced Peter and Mary Kamau to life."
    triples = _triples(text, ON)
    assert triples and all(t != "KENJUD" for _, _, t in triples)
    assert ("KENJUD", "116", "KENCVL") in triples


def test_a_titled_official_no_table_knows_holds_the_organ_of_the_state_named():
    # "Judge X", "Governor X" of a place: the title's organ, in the state the sentence places it
    assert _triples("Judge Grace Wanjiru of a Nairobi court sentenced two Kenyan police officers.", ON) == {
        ("KENJUD", "116", "KENCOP")}
    assert ("NGAGOV", "111", "NGAGOV") in _triples(
        "Governor Ada Okafor of Lagos criticized the Nigerian president.", ON)
    # where the only state named is the one acted on, the official stays unresolved
    assert {s for s, _, _ in _triples("Governor Ada Okafor criticized Russia.", ON)} == {""}


def test_a_counterpart_is_the_other_states_office_holder():
    # "his Omani counterpart" of a foreign minister is Oman's government, not Oman as a whole
    assert ("IRNGOV", "OMNGOV") in {(s, t) for s, _, t in _triples(
        "Iran's foreign minister held phone talks with his Omani counterpart.", ON)}


def test_he_goes_on_with_the_subject_of_the_sentence_before_past_its_fronted_phrases():
    # the opener of "On Wednesday, as part of his campaign, X met Y" is X, not the last person named (Y)
    text = ("On Wednesday, as part of his campaign, Turkish President Recep Tayyip Erdogan met Russian President "
            "Vladimir Putin in Sochi. He criticized Greece.")
    assert ("TURGOV", "111", "GRC") in _triples(text, date(2019, 3, 31))
    # a dateline the parser joins to the first sentence is not its opener
    text = ("Sunday, March 31, 2019\n\n\nOn Wednesday, Turkish President Recep Tayyip Erdogan met Russian President "
            "Vladimir Putin in Sochi. He criticized Greece.")
    assert ("TURGOV", "111", "GRC") in _triples(text, date(2019, 3, 31))


def test_criticism_of_his_decision_is_aimed_at_the_man_told_before_not_the_critic():
    text = ("Turkish President Recep Tayyip Erdogan signed a decree on Friday converting the museum into a mosque.\n"
            "Greek Foreign Minister Nikos Dendias criticized his decision.")
    assert ("GRCGOV", "111", "TURGOV") in _triples(text, date(2020, 7, 11))
    # defending one's own decision aims at no one
    assert not {t for _, c, t in _triples(text + " Erdogan defended his decision.", date(2020, 7, 11))
                if c.startswith("05")}


def test_criticism_of_a_thing_done_by_someone_is_aimed_at_them():
    text = "Erdogan attacked the recognition of the Golan Heights as Israeli territory by US President Donald Trump."
    assert _triples(text, date(2019, 3, 28)) == {("TURGOV", "111", "USAGOV")}
    assert _triples("The Kenyan government criticized the report by Human Rights Watch.", ON) == {
        ("KENGOV", "111", "NGOHRI")}


def test_judging_it_after_an_act_is_aimed_at_the_one_who_did_it():
    text = "Germany imposed new sanctions on Russian banks on Monday. The Kremlin described it as unacceptable."
    assert ("RUSGOV", "111", "DEU") in _triples(text, ON)
    # with no act told before, "it" names no one, and criticism of no one is withheld
    assert _triples("The Kremlin described it as unacceptable.", ON) == set()


def test_a_surname_with_two_letters_swapped_is_the_person_named_before():
    text = ("Governor Pedro Pierluisi was sworn in on Friday. Senate President Thomas Rivera Schatz filed a lawsuit "
            "against Pierliusi on Sunday night.")
    assert ("USALEG", "115", "USAGOV") in _triples(text, date(2019, 8, 5))
    # another letter changed is another name: no one known
    text = text.replace("against Pierliusi", "against Pierlausi")
    assert ("USALEG", "115", "USAGOV") not in _triples(text, date(2019, 8, 5))


def test_nigerien_is_niger_and_nigerian_nigeria():
    assert _triples("Nigeria expelled the Nigerien ambassador on Friday.", ON) == {("NGA", "161", "NERGOV")}
    assert _triples("Niger expelled the Nigerian ambassador on Friday.", ON) == {("NER", "161", "NGAGOV")}
