"""Sources found through who speaks for whom: a spokesperson's body, and the "it" of what a spokesperson
reports. Sentences written for these tests."""

from __future__ import annotations

from brinkwatch import code_text

PUBLISHED = "2023-06-20"


def triples(text: str) -> set[tuple[str | None, str, str | None]]:
    events = code_text(text, published=PUBLISHED, outlet="Test Wire")
    return {
        (e.source.country if e.source else None, e.cameo_root, e.target.country if e.target else None)
        for e in events
    }


def test_appositive_spokesperson_speaks_for_the_body_named():
    found = triples("Lina Farouk, a spokeswoman for the Egyptian army, accused Sudan of shelling the border post.")
    assert ("EGY", "11", "SDN") in found


def test_appositive_without_a_spokesperson_word_gives_no_body():
    # a critic of a government does not act for it
    found = triples("Marek Vollan, a fierce critic of the Polish government, accused Germany of spying.")
    assert not any(src == "POL" for src, _, _ in found)


def test_it_in_a_spokespersons_report_is_the_body():
    found = triples("Iraqi army spokesman Karim Salem said it had shelled Islamic State positions near Mosul.")
    assert any(src == "IRQ" and root == "19" for src, root, _ in found)


def test_it_in_a_plain_persons_report_is_not_the_person():
    # "it" cannot stand for a person who speaks for no body
    found = triples("Iraqi Prime Minister Mohammed Shia al-Sudani said it had shelled Islamic State positions near "
                    "Mosul.")
    assert not any(root == "19" for _, root, _ in found)


def test_participle_on_a_posted_message_is_the_posters_act():
    found = triples("The Turkish defence minister posted a message on social media blaming Greece for the incident.")
    assert ("TUR", "11", "GRC") in found


def test_participle_on_a_message_in_an_opening_phrase_is_the_speakers_act():
    found = triples("In a letter urging Serbia to reopen the crossing, Kosovo's prime minister said trade had stopped.")
    assert ("XKX", "02", "SRB") in found


def test_participle_on_a_non_message_noun_is_not_the_subjects_act():
    # a participle on a thing that carries no message is not the buyer's own act
    found = triples("Chile bought a plane carrying soldiers accused of attacking Peru.")
    assert not any(src == "CHL" and root == "11" for src, root, _ in found)


def test_first_person_in_a_quotation_is_its_speaker():
    found = triples('The Greek prime minister told reporters: "I urge Turkey to withdraw its warships."')
    assert ("GRC", "02", "TUR") in found


def test_first_person_outside_a_quotation_is_no_one():
    found = triples("The Greek prime minister said I urge Turkey to withdraw its warships.")
    assert not any(root == "02" for _, root, _ in found)


def test_first_person_in_a_quotation_after_a_colon_is_whoever_spoke():
    # "spoke" is no verb of reported speech, but it frames the quotation after the colon
    found = triples('The Greek prime minister spoke to reporters after the summit: "I urge Turkey to withdraw its warships."')
    assert ("GRC", "02", "TUR") in found


def test_first_person_in_a_quotation_before_an_inverted_frame_is_its_speaker():
    found = triples('"We urge Serbia to reopen the border crossings," tweeted the Kosovar prime minister.')
    assert ("XKX", "02", "SRB") in found


def test_a_spoken_frame_gives_no_speaker_to_words_outside_quotation_marks():
    # no quotation: "we" is not read from a verb that only frames quotations
    found = triples("The Greek prime minister spoke after we urged Turkey to withdraw its warships.")
    assert not any(src == "GRC" and root == "02" for src, root, _ in found)


def test_a_counted_state_word_stands_for_the_states_named_before_it():
    found = triples("Chile and Peru signed a border accord, and both governments accused Bolivia of smuggling arms.")
    assert ("CHL", "11", "BOL") in found and ("PER", "11", "BOL") in found


def test_a_count_that_does_not_match_the_states_named_stands_for_no_one():
    # three states stand before "both countries": which two is not said
    found = triples("Chile and Peru signed a border accord with Ecuador, and both countries accused Bolivia of smuggling arms.")
    assert not any(root == "11" for _, root, _ in found)


def test_the_nations_of_two_states_are_both_states():
    found = triples("The neighbouring nations of Chad and Niger expelled the Sudanese ambassadors.")
    assert ("TCD", "16", "SDN") in found and ("NER", "16", "SDN") in found


def test_sympathisers_of_an_armed_group_act_for_it():
    found = triples("Sympathizers of Hezbollah fired rockets at northern Israel on Sunday.")
    assert ("LBN", "19", "ISR") in found


def test_an_unknown_speaker_framing_a_quotation_gives_its_first_person_no_actor():
    # "Councillor Dana Holt" is in no table: the appeal in her quotation has no known source
    found = triples('Councillor Dana Holt spoke to reporters after the vote: "I urge Turkey to withdraw its warships."')
    assert not any(root == "02" for _, root, _ in found)


def test_an_indefinite_count_does_not_refer_back():
    # "two countries" without "the" or "both" are two states not yet named, not Chile and Peru
    found = triples("Chile and Peru signed a border accord, and two countries accused Bolivia of smuggling arms.")
    assert not any(root == "11" for _, root, _ in found)
