"""Constructions found missing or wrong on sentences written to probe the coder and in the seventh session's
Wikinews audits, fixed as general rules in the eighth session. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_events
from coded_story import story_triples as _triples

ON = date(2024, 5, 1)


def test_two_parties_agreeing_to_an_act_agree_with_each_other():
    # the act they agree to has no target of its own; the agreement between them is the event
    assert _triples("India and China agreed to resume border patrols.", ON) == {("IND", "030", "CHN"), ("CHN", "030", "IND")}
    assert _triples("Greece and Turkey agreed to reopen a hotline between their defence ministries.", ON) == {
        ("GRC", "030", "TUR"), ("TUR", "030", "GRC")}
    # one party offering something unpolitical is still nothing
    assert _triples("The pope offered to kiss members of the crowd.", ON) == set()


def test_agreeing_on_a_deal_or_budget_is_reaching_an_agreement():
    assert _triples("Serbia and Kosovo agreed to a deal on car licence plates.", ON) == {
        ("SRB", "057", "XKX"), ("XKX", "057", "SRB")}
    assert _triples("The EU and Britain agreed on the text of the withdrawal treaty.", ON) == {
        ("IGOEUREEC", "057", "GBR"), ("GBR", "057", "IGOEUREEC")}


def test_the_pope_by_title_is_the_holy_see():
    assert _triples("Argentina's president met the Pope at the Vatican.", ON) == {("ARGGOV", "042", "VATGOV")}


def test_a_state_freeing_or_pardoning_its_people_acts_on_them_by_their_sector():
    assert _triples("Belarus freed 18 political prisoners on Wednesday.", ON) == {("BLR", "0841", "BLROPP")}
    assert _triples("Iran pardoned hundreds of protesters.", ON) == {("IRN", "0841", "IRNOPP")}
    # a foreign national keeps their own state
    assert _triples("Israel released 30 Palestinian prisoners.", ON) == {("ISR", "0841", "PSECVL")}
    # a state named whole that arrests or charges may be acting on foreigners told of before: only its police do
    assert _triples("Belarus detained 18 opposition activists.", ON) == set()
    assert _triples("Belarusian police detained 18 opposition activists.", ON) == {("BLRCOP", "173", "BLROPP")}
    # a word for no kind of person names no one
    assert _triples("Belarus freed 18 trucks on Wednesday.", ON) == set()


def test_an_oppositions_call_for_reform_names_its_own_government():
    assert _triples("Belarus's opposition demanded the release of political prisoners.", ON) == {
        ("BLROPP", "1053", "BLRGOV")}
    assert _triples("The Venezuelan opposition called for free elections.", ON) == {("VENOPP", "0241", "VENGOV")}
    # an ask that is not domestic reform keeps needing a named party
    assert _triples("Ukrainian activists called for more weapons.", ON) == set()


def test_a_long_standing_tie_is_no_event():
    assert _triples("The United States, which has long backed Saudi Arabia, criticised Iran for the strike.", ON) == {
        ("USA", "111", "IRN")}
    assert _triples("China has always opposed Japan's claims to the islands.", ON) == set()


def test_disavowing_a_party_is_denouncing_it():
    assert _triples("Germany's chancellor disavowed the Alternative for Germany.", ON) == {("DEUGOV", "111", "DEUOPP")}


def test_an_attack_that_killed_is_one_event_with_whom_it_killed():
    assert _triples("Israeli airstrikes killed 20 people in Gaza on Tuesday.", ON) == {("ISR", "195", "PSECVL")}
    # the killing verb gives the attack its target: the civilians of the city it hit
    assert {(s, t) for s, _, t in _triples("A Russian missile strike killed five civilians in Kharkiv.", ON)} == {
        ("RUS", "UKRCVL")}
    # troops are no attack: the killing is the event
    assert _triples("Israeli troops killed 20 people in Gaza on Tuesday.", ON) == {("ISRMIL", "190", "PSECVL")}


def test_a_second_party_read_as_a_conjoined_verb_is_a_second_target():
    # the small parser hangs "Forces" on "called" as a conjoined verb
    assert _triples("The African Union called on Sudan's army and the paramilitary Rapid Support Forces to "
                    "put the interests of the Sudanese people first.", ON) == {
        ("IGOAFRAFU", "020", "SDNMIL"), ("IGOAFRAFU", "020", "SDNREB")}
    # a conjoined verb of its own keeps its own act
    assert _triples("The EU condemned Russia and praised Ukraine.", ON) == {
        ("IGOEUREEC", "111", "RUS"), ("IGOEUREEC", "051", "UKR")}


def test_their_act_is_every_party_of_a_joint_subject():
    assert {s for s, _, _ in _triples("Mali, Chad and Niger announced their withdrawal from ECOWAS.", ON)} == {
        "MLI", "TCD", "NER"}


def test_complying_with_a_request_is_yielding_not_reform():
    assert _triples("Iran complied with the UN resolution.", ON) == {("IRN", "080", "IGOUNO")}


def test_armed_forces_leaving_a_place_retreat_from_it():
    assert _triples("Russian troops withdrew from Kherson.", ON) == {("RUSMIL", "0874", "UKR")}
    # announced, it is the intent to retreat
    assert _triples("Putin said Russian troops would withdraw from Syria.", ON) == {("RUSMIL", "0356", "SYR")}
    # a row naming what is left wins; a politician leaving a race and a trigger pulled are no retreat
    assert _triples("Mali's junta withdrew from the ECOWAS treaty.", ON) == {("MLIMIL", "160", "IGOWAS")}
    assert _triples("The soldiers pulled the trigger.", ON) == set()
    assert _triples("Biden withdrew from the race.", ON) == set()


def test_a_stance_stated_with_emphasis_is_a_statement_made_now():
    assert _triples("China firmly opposes the US arms sale to Taiwan.", ON) == {("CHN", "110", "USA")}
    # without it, the simple present is a standing position
    assert _triples("Moscow backs the Syrian government.", ON) == set()


def test_a_plural_demonym_names_the_states_people():
    assert _triples("Thousands of Kenyans marched in Nairobi against the tax bill.", ON) == {("KENOPP", "1412", "KENGOV")}


def test_what_a_ban_forbids_is_no_event_of_its_own():
    assert _triples("Lithuania banned Russian trucks from entering its territory.", ON) == {("LTU", "172", "RUS")}


def test_a_named_place_meets_a_rows_kind_of_place():
    # "seize" alone is taking property (171); a city seized is territory (192)
    assert _triples("M23 rebels seized Goma on Monday.", ON) == {("CODREB", "192", "COD")}
    assert {c for _, c, _ in _triples("Israeli forces seized Rafah.", ON)} == {"192"}


def test_a_past_act_guessed_with_a_modal_perfect_is_reported_not_hypothetical():
    events = story_events("Trump might have encouraged Zelensky to investigate Hunter Biden, the newspaper reported.",
                          date(2019, 9, 25))
    assert {(e.source.code, e.cameo_code, e.target.code, e.modality) for e in events} == {
        ("USAGOV", "0213", "UKRGOV", "asserted")}
    # a counterfactual stays hypothetical
    assert {e.modality for e in story_events("Israel would have attacked Iran if the talks had failed.", ON)} == {
        "hypothetical"}


def test_asking_a_party_to_investigate_is_an_appeal_for_judicial_cooperation_or_a_demand_for_investigation():
    assert _triples("Britain urged Russia to investigate the poisoning.", ON) == {("GBR", "0213", "RUS")}
    assert _triples("The EU demanded that Russia investigate the poisoning.", ON) == {("IGOEUREEC", "101", "RUS")}


def test_a_lone_gunman_is_a_private_person_and_gunmen_an_armed_group():
    assert {s for s, _, _ in _triples("A Slovak gunman shot Prime Minister Robert Fico.", ON)} == {"SVKCVL"}
    assert {s for s, _, _ in _triples("Gunmen attacked a church in Burkina Faso.", ON)} == {"BFAREB"}
    # the people he shot are other private people of the same state, not no one
    assert _triples("A gunman shot three people at a mosque in Oslo.", ON) == {("NORCVL", "180", "NORCVL")}


def test_private_people_assaulting_a_person_assault_their_own_civil_society():
    assert _triples("Pakistani villagers beat a Christian man to death.", ON) == {("PAKCVL", "1823", "PAKCVL")}
    # a word for no person names no victim
    assert _triples("Pakistani villagers beat the drums all night.", ON) == set()


def test_a_party_asked_before_a_verb_read_as_a_noun_modifier_is_asked():
    # the parser reads "release" as a noun modifying "funds", with "EU" its compound
    assert {(s, t) for s, _, t in _triples("Hungary demanded that the EU release frozen funds.", ON)} == {
        ("HUN", "IGOEUREEC")}
