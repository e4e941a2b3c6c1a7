"""Faults found by the Wikinews precision audit of 2026-12-06 (third session), fixed as general rules.
Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_events as _events
from coded_story import story_triples as _triples

ON = date(2024, 6, 5)


def test_a_relative_pronoun_object_is_not_the_subject():
    # the parser hangs "which" and "European governments" both on "refused": the noun is who refuses, and
    # several governments are no one state's (not Iraq's, the one state the sentence names)
    text = "Iraq keeps holding Islamic State fighters which, officials said, European governments have refused to repatriate."
    triples = _triples(text, ON)
    assert triples == set()
    # a relative pronoun that is the subject still stands for its head
    assert ("RUS", "190", "UKR") in _triples("Russia, which attacked Ukraine in 2022, was condemned by the EU.", ON)


def test_sector_words_spread_over_many_states_take_no_state():
    # "foreign journalists" are no Egyptian party: the arrest is aimed only at the one state named with them
    text = "Police in Cairo arrested foreign journalists and a British diplomat on Monday."
    assert _triples(text, ON) == {("EGYCOP", "173", "GBRGOV")}


def test_an_order_quoted_after_a_colon_is_not_the_speakers_act():
    # "don't hold them hostage": the addressee would hold them, not the speaker who gives the order
    text = 'Speaker Nancy Pelosi said "We made a plea to the president once more: don\'t hold thousands of workers hostage".'
    triples = _triples(text, date(2019, 1, 10))
    assert not any(code.startswith("18") for _, code, _ in triples)
    # the plea itself stays the speaker's
    assert any(code.startswith("02") for _, code, _ in triples)
    # a verb tagged as a bare form after "and" is no order: "set the trucks on fire" keeps its doers
    assert ("MLIREB", "180", "MLIMIL") in _triples("Malian rebels ambushed a convoy and set the army trucks on fire.", ON)


def test_an_adverb_after_a_comma_is_no_particle():
    # "cut down" (mow down people, 194) needs "down" as the verb's particle, not "…, down to two percent"
    triples = _triples("The French government cut military spending by a third, down to two percent of output.", ON)
    assert not any(code == "194" for _, code, _ in triples)


def test_pressure_towards_an_act_is_an_appeal_for_it():
    assert _triples("Washington pressured Seoul to hold talks with Pyongyang.", ON) == {("USAGOV", "026", "KORGOV")}
    assert _triples("The European Union put pressure on Iran to release the detained sailors.", ON) == {("IGOEUREEC", "020", "IRN")}
    # pressure by means named, with no act asked for, stays coercion
    assert _triples("Russia pressured Ukraine with gas cuts.", ON) == {("RUS", "170", "UKR")}


def test_agreeing_with_a_measure_against_a_party_is_an_opinion():
    assert _triples("Senator Bernie Sanders agreed with the nationalization of the Federal Reserve.", ON) == set()
    # agreeing with a party is still an agreement
    text = "The Syrian Democratic Forces agreed with the government of Syria on a deployment."
    assert ("SYRREB", "030", "SYRGOV") in _triples(text, ON)


def test_a_named_owners_decision_to_act_is_the_owners_act():
    # "Mali's decision to expel": Mali expels, not France who condemned the decision
    triples = _triples("France condemned Mali's decision to expel the French ambassador.", ON)
    assert ("FRA", "111", "MLI") in triples
    assert not any(src.startswith("FRA") and code.startswith("16") for src, code, _ in triples)
    assert any(src == "MLI" and code.startswith("16") for src, code, _ in triples)


def test_what_an_effort_is_for_is_its_aim_not_an_act():
    assert _triples("Senator Bernie Sanders launched a campaign to push for a peace deal.", ON) == set()
    # the appeal made outright is still one
    assert _triples("Senator Bernie Sanders pushed for a peace deal with Iran.", ON) == {("USALEG", "027", "IRN")}


def test_a_participle_after_a_charge_is_no_ones_act():
    # "threatening" may be the accused's act or the accuser's: neither is coded, the accusation is
    text = "Prosecutors in New York accused the Chinese firm Huawei of stealing secrets, threatening to seize its assets."
    triples = _triples(text, ON)
    assert not any(code.startswith("13") for _, code, _ in triples)
    assert any(code.startswith("11") for _, code, _ in triples)
    # the charge hung by the parser on the accused is no act of the accusers either
    assert not any(code.startswith("17") for _, code, _ in triples)


def test_a_bare_coalition_is_no_party_of_the_state_it_fights():
    # "coalition" alone is no party alliance of Yemen's: not the Houthis' state's opposition
    triples = _triples("In Yemen, a pro-government coalition fought the Houthis near Hodeidah on Monday.", ON)
    assert not any(src and src.startswith("YEM") for src, _, _ in triples)
    # the coalition named as such is multinational
    assert ("IGOMUL", "190", "YEMREB") in _triples("The coalition fought the Houthis near Hodeidah on Monday.", ON)


def test_force_by_an_international_militant_group_is_unconventional():
    assert ("IMGALQ", "180", "USA") in _triples("Ayman al-Zawahiri orchestrated the attacks on the United States in 2001.", ON)
    # a state's force stays conventional
    assert ("RUS", "190", "UKR") in _triples("Russia attacked Ukraine on Monday.", ON)


def test_a_border_post_attacked_is_no_post_online():
    assert _triples("Houthi rebels attacked a Saudi border post.", ON) == {("YEMREB", "190", "SAU")}


def test_a_former_office_holder_acts_in_the_office_of_the_time():
    # recalled with no date of its own (pluperfect): the last office held, not "former" (ELI)
    assert _triples("Boris Johnson had criticised the European Union over the fishing rules.", ON) == {
        ("GBRLEG", "111", "IGOEUREEC")}
    # told as news, a former office-holder is ELI
    assert _triples("Boris Johnson criticised the European Union over the fishing rules.", ON) == {
        ("GBRELI", "111", "IGOEUREEC")}
    # the one who resigns acts in the office left days before the story
    text = "Protesters had demanded that Robert Mugabe step down. Robert Mugabe resigned on Tuesday after weeks of protests."
    assert ("ZWEGOV", "0831", "ZWEOPP") in _triples(text, date(2017, 11, 30))


def test_a_second_object_after_a_comma_is_no_target():
    # the parser reads "…, reported officials" as a second object of "shot": the shoppers are the target
    text = ("On Saturday, a gunman shot shoppers at a store in the U.S. city of Dayton, Ohio, with the toll rising "
            "to nine, reported officials.")
    assert not any(tgt == "USAGOV" for _, _, tgt in _triples(text, ON))
    assert any(tgt == "USACVL" for _, _, tgt in _triples(text, ON))


def test_people_named_as_individuals_are_civilians_of_their_state():
    assert _triples("The Belarusian KGB arrested 33 Russian individuals on Wednesday.", ON) == {("BLRGOV", "173", "RUSCVL")}


def test_a_participle_under_with_says_what_was_done_to_its_subject(parse):
    # "with officials reporting ... killed": the parser makes "officials" the subject of "killed"; they report
    from brinkwatch.coding.arguments import subject_of

    text = ("Reuters called the bombing the deadliest since an assault in Herat in May 2017, with officials "
            "reporting at the time 150 security forces, 95 civilians, and hundreds of Taliban killed.")
    _, killed = parse(text, "killed")
    subject = subject_of(killed)
    assert subject is None or subject.lower_ != "officials"
    # a participle with its own auxiliary keeps its subject: "with Russia having attacked Kyiv"
    _, attacked = parse("The talks failed, with Russia having attacked Kyiv the day before.", "attacked")
    assert subject_of(attacked) is not None and subject_of(attacked).text == "Russia"


def test_an_unknown_person_is_coded_by_the_words_before_the_name():
    # no table knows the student: his nationality and sector words give the code, nothing else does
    text = "Police in Lahore arrested a Pakistani journalism student Ali Raza Khan on Monday."
    assert _triples(text, ON) == {("PAKCOP", "173", "PAKEDU")}
    # a people's word that is no state's gives no state; the sector word stays, and a person the state's
    # police detain is placed in that state (defendant-of-state)
    assert _triples("Turkish police detained a Kurdish journalist Mehmet Arslan in Istanbul.", ON) == {
        ("TURCOP", "173", "TURMED")}
    # with no such words the person is kept by name, uncoded
    assert _triples("Ottawa imposed sanctions against Abu Karim al-Rashidi.", ON) == {("CANGOV", "163", "")}


def test_a_common_noun_alias_is_no_armed_group():
    # PETRARCH lists "the Foundation" among a Chicago gang's names: a foundation in the news is no such group
    text = "The Free and Equal Elections Foundation held two debates, and three candidates gave their final pleas."
    assert not any(src == "USAREB" for src, _, _ in _triples(text, ON))


def test_what_a_deal_is_for_is_its_terms_not_a_new_act():
    text = "Greece and Israel signed a deal to supply gas through a new pipeline."
    assert _triples(text, ON) == {("GRC", "057", "ISR"), ("ISR", "057", "GRC")}


def test_an_act_asked_not_to_be_done_does_not_refine_the_appeal():
    # asking states not to move their elections is no appeal for a change of leaders (0241)
    text = "The Kenyan opposition urged the government not to postpone the elections."
    assert {code for _, code, _ in _triples(text, ON)} == {"020"}
    # asking a party not to use force is an appeal for restraint
    assert ("USA", "0256", "ISR") in _triples("The United States urged Israel not to attack Rafah.", ON)
    assert ("IGOUNO", "0241", "MMR") in _triples("The UN urged Myanmar to hold elections.", ON)


def test_leaving_an_office_left_long_ago_is_that_leaving_recalled():
    events = _events("Facing impeachment, Richard Nixon resigned after protests.", date(2019, 12, 21))
    [quit_] = [e for e in events if e.cameo_code == "0831"]
    assert (quit_.source.code, quit_.modality, quit_.event_date) == ("USAGOV", "historical", "1974-08-09")


def test_the_act_that_opens_an_interval_is_recalled():
    # "the first … since": the pardon is before the story, told as background
    events = _events("It was the first speech Michael Flynn gave since he was pardoned by President Trump.", date(2021, 7, 1))
    assert [(e.cameo_code, e.modality, e.target.code) for e in events] == [("056", "historical", "USAELI")]
    # "since" as a reason says nothing of time
    assert {e.modality for e in _events("Prices rose since Russia attacked Ukraine.", ON)} == {"asserted"}


def test_a_hedged_act_is_a_guess():
    assert {e.modality for e in _events("Russia possibly attacked the depot in Kharkiv.", ON)} == {"hypothetical"}
    text = "The mayor said looting leads to somebody getting shot, perhaps by rioters."
    assert {e.modality for e in _events(text, ON) if e.cameo_code.startswith("18")} <= {"hypothetical"}


def test_having_long_been_the_subject_of_sanctions_is_a_standing_state():
    assert _triples("The airline has been the subject of United States sanctions since 2011.", ON) == set()
    # a strike someone was the target of is news
    assert ("ISR", "190", "IRN") in _triples("Iran was the target of Israeli strikes on Friday.", ON)


def test_a_sector_word_naming_whose_practice_a_noun_is_is_no_party():
    # "voter disenfranchisement", "peasant farming": no voters or peasants acted on
    triples = _triples("Democrats in Congress pushed for extra funding to avoid voter disenfranchisement.", ON)
    assert not any(tgt == "USACVL" for _, _, tgt in triples)
    # a police station attacked is still the police's
    assert ("HTICRM", "180", "HTICOP") in _triples("Gangs attacked two police stations in Port-au-Prince.", ON)


def test_a_participle_read_as_past_tense_after_a_noun_is_passive():
    # "delegates pledged to Sanders": the delegates are pledged, they pledge nothing
    text = "Biden was nominated with some delegates pledged to Senator Bernie Sanders of Vermont, who kept them."
    assert not any(code.startswith("03") for _, code, _ in _triples(text, date(2020, 8, 20)))
    assert _triples("Sanctions imposed by the EU on Russia took effect.", ON) == {("IGOEUREEC", "163", "RUS")}


def test_government_forces_are_one_sector_phrase():
    # "government forces" is the military, not the government's: placed by the one state the sentence names
    text = "According to Syrian state media, government forces began deploying into Kurdish-held territory on Sunday."
    assert any(src == "SYRMIL" for src, _, _ in _triples(text, ON))
    assert not any(src == "SYRGOV" for src, _, _ in _triples(text, ON))


def test_troops_sent_are_no_other_states_by_an_earlier_sentence():
    # "the navies of China ..." two sentences before gives "troops" no state: the troops sent go to Saudi Arabia
    text = ("Iran has increased cooperation in recent years with the navies of China, India, Oman and Russia. "
            "Saudi Arabia blamed Iran for the drone attack. "
            "The United States was more forceful in blaming Iran, committing to send more troops to Saudi Arabia.")
    triples = _triples(text, date(2019, 9, 23))
    assert ("USA", "154", "SAU") in triples
    assert not any(tgt == "CHNMIL" for _, _, tgt in triples)


def test_an_embassy_suspending_operations_is_no_ceasefire():
    text = "The United States Embassy in Baghdad suspended operations and advised American citizens to leave."
    assert not any(code.startswith("087") for _, code, _ in _triples(text, ON))
    assert _triples("Israel suspended its offensive in Gaza for two days.", ON) == {("ISR", "087", "PSE")}
