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
    found = triples("Iraqi army spokesman Karim Salem said it had shelled rebel positions near Mosul.")
    assert any(src == "IRQ" and root == "19" for src, root, _ in found)


def test_it_in_a_plain_persons_report_is_not_the_person():
    # "it" cannot stand for a person who speaks for no body
    found = triples("Iraqi Prime Minister Mohammed Shia al-Sudani said it had shelled rebel positions near Mosul.")
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
