"""Faults found in the session of 2026-12-06 (second) by probing the coder with sentences written for it, fixed
as general rules. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_events as _events
from coded_story import story_triples as _triples

ON = date(2024, 6, 5)


def test_a_craft_attacked_does_not_take_the_attackers_state():
    # the one state the sentence names is the attackers' own: whose tanker it was is not said, so the attack has
    # no target and is withheld (an attack without its target is told wrong); it must not take Yemen as one
    assert _triples("The Houthis said they had attacked a tanker.", ON) == set()
    # a flag named with the craft still gives its state
    assert _triples("Houthi rebels attacked a Greek tanker in the Red Sea.", ON) == {("YEMREB", "190", "GRCBUS")}


def test_an_attack_carried_out_using_drones_is_no_investigation():
    text = "The Houthis said they had carried out the attack on the Greek tanker using drones."
    assert _triples(text, ON) == {("YEMREB", "190", "GRCBUS")}


def test_a_time_of_unrest_in_a_city_places_the_police_there():
    assert _triples("During protests in Nairobi, police fired live rounds at a protester.", ON) == {("KENCOP", "175", "KENOPP")}
    assert _triples("Amid clashes in Tbilisi, police detained dozens of demonstrators.", ON) == {("GEOCOP", "173", "GEOOPP")}
    # a state the verb acts on is still not the organ's own
    assert ("USACOP", "111", "CHN") not in _triples("During the visit, the police criticized China.", ON)


def test_demand_codes_follow_the_codebook_not_the_appeal_codes():
    # 108 meeting, 106 withdrawal, 107 ceasefire, 105 mediation: not the appeal's 026/0256/028 moved to 10x
    cases = {
        "Ukraine demanded talks with Russia.": "108",
        "The EU demanded that Russia withdraw its troops from Ukraine.": "106",
        "Washington demanded a ceasefire in Gaza.": "107",
        "China demanded that the Philippines release the detained fishermen.": "1053",
        "Iran demanded that the United States lift sanctions.": "1054",
    }
    for sentence, code in cases.items():
        assert [e.cameo_code for e in _events(sentence, ON)] == [code], sentence
    # what is asked for says no more than the row: an investigation demanded stays 101
    assert [e.cameo_code for e in _events("France demanded an independent investigation from Israel into the strike.",
                                          ON)] == ["101"]
    # appeals keep their own numbering
    assert [e.cameo_code for e in _events("Turkey urged Russia and Ukraine to hold talks.", ON)] == ["026", "026"]


def test_a_capital_a_verb_is_aimed_at_is_its_government_not_a_place():
    assert _triples("Beijing lashed out at Washington over the tariffs.", ON) == {("CHNGOV", "111", "USAGOV")}
    assert _triples("New Delhi hit out at Islamabad.", ON) == {("INDGOV", "111", "PAKGOV")}


def test_wordings_found_missing_by_probing_each_cameo_root():
    cases = {
        "Qatar heaped praise on Egypt for its mediation.": ("QAT", "051", "EGY"),
        "Mahmoud Abbas acted as a mediator between Hamas and Fatah.": ("PSEGOV", "045", None),
        "Israel and Hamas returned to the negotiating table on Monday.": ("ISR", "046", "PSEREB"),
        "Britain passed intelligence on the plot to Germany.": ("GBR", "064", "DEU"),
        "Poland hosted American troops near the border.": ("POL", "062", "USAMIL"),
        "Beijing scrapped travel restrictions on Japanese visitors.": ("CHNGOV", "081", None),
        "Manila filed a diplomatic protest against Beijing.": ("PHLGOV", "114", "CHNGOV"),
        "The European Commission launched infringement proceedings against Hungary.": ("IGOEUREEC", "115", "HUN"),
        "Israel brushed aside American criticism of the offensive.": ("ISR", "120", "USA"),
        "Azerbaijan set up a checkpoint on the Lachin corridor to Armenia.": ("AZE", "191", "ARM"),
        "Belarus rushed reinforcements to its border with Poland.": ("BLR", "154", "POL"),
        "Turkey halted all trade with Israel.": ("TUR", "163", "ISR"),
    }
    for sentence, (source, code, target) in cases.items():
        found = _triples(sentence, ON)
        assert any(s == source and c == code and (target is None or t == target) for s, c, t in found), (sentence, found)
    # the same verbs without the act's object code nothing
    for sentence in ("Germany shrugged off the concerns of its fans to beat Scotland.",
                     "The court gave Amazon ballot access in Delaware."):
        assert not _events(sentence, ON), sentence


def test_an_envoy_withdrawn_from_a_state_reduces_relations_with_it():
    assert _triples("Turkey withdrew its ambassador from Israel.", ON) == {("TUR", "161", "ISR")}


def test_an_execution_or_a_murder_stays_a_killing_not_armed_force():
    assert _triples("Iran executed a British prisoner on Monday.", ON) == {("IRN", "1823", "GBR")}
    # a killing by an army is its use of force
    assert [e.cameo_code for e in _events("Russian forces killed three Ukrainian soldiers.", ON)] == ["190"]


def test_working_with_a_party_is_cooperation_and_with_a_thing_is_nothing():
    assert _triples("Egypt said it was ready to work with the new Libyan government.", ON) == {("EGY", "032", "LBYGOV")}
    assert not _events("Chinese researchers worked with lasers in Shanghai.", ON)
    # the partner is the one "with": not a party in a purpose clause after it
    assert not _events("The senator said she would work with colleagues to create a government for everyone.", ON)


def test_pressing_a_party_to_act_is_an_appeal_and_pressing_on_is_not():
    assert _triples("Washington pushed Kyiv to hold talks with Moscow.", ON) == {("USAGOV", "026", "UKRGOV")}
    assert not _events("Israel pressed its offensive in Rafah.", ON)
    assert not _events("Russian troops pushed towards Pokrovsk.", ON)


def test_a_comment_not_made_is_declined():
    for sentence in ("The Kremlin would not comment on the report.", "The Kremlin did not comment on the report."):
        assert [(e.cameo_code, e.modality) for e in _events(sentence, ON)] == [("011", "asserted")], sentence


def test_a_party_stopping_its_own_force_de_escalates():
    assert _triples("Russia stopped its attacks on Ukrainian ports.", ON) == {("RUS", "087", "UKR")}
    assert [(e.cameo_code, e.modality) for e in _events("The Houthis suspended their blockade of Israeli ports.", ON)] == [
        ("0872", "asserted")]
    # stopping someone else's act is not the doer's de-escalation
    assert not any(e.cameo_code == "087" for e in _events("The court halted the airstrikes.", ON))
    # resuming is force again
    assert [e.cameo_code for e in _events("Israel resumed its offensive in Rafah.", ON)] == ["190"]


def test_a_plan_given_up_is_no_act_intended():
    assert not _events("Hungary abandoned its plan to deport Ukrainian activists.", ON)
    assert [(e.cameo_code, e.modality, e.target.code if e.target else None)
            for e in _events("Hungary announced a plan to deport Ukrainian activists.", ON)] == [
        ("174", "intended", "UKROPP")]


def test_a_desire_to_act_is_an_intent_and_not_just_is_no_negation():
    assert _triples("Germany expressed a desire to cooperate with Poland on border security.", ON) == {("DEU", "032", "POL")}
    events = _events("Russia not only attacked Kharkiv but also shelled Sumy.", ON)
    assert events and all(e.modality == "asserted" for e in events)


def test_a_protest_rally_against_a_leader_is_a_demonstration():
    assert _triples("German farmers rallied against Olaf Scholz in Berlin.", ON) == {("DEUAGR", "141", "DEUGOV")}


def test_the_release_of_captives_is_asked_of_whoever_holds_them():
    assert _triples("Israel demanded the release of all hostages held by Hamas.", ON) == {("ISR", "1053", "PSEREB")}


def test_a_gerund_after_by_names_its_doer_and_victims_as_a_noun_does():
    assert _triples("Three Ukrainian civilians were wounded by Russian shelling in Kherson.", ON) == {("RUS", "194", "UKRCVL")}


def test_a_group_with_no_air_force_that_bombs_sets_off_bombs():
    assert [e.cameo_code for e in _events("The Pakistani Taliban bombed a police station in Peshawar.", ON)] == ["183"]
    assert [e.cameo_code for e in _events("Israeli jets bombed Gaza City overnight.", ON)] == ["195"]


def test_a_missile_test_fired_is_a_show_of_force():
    assert _triples("North Korea test-fired a ballistic missile into the sea.", ON) == {("PRK", "150", None)}
    assert _triples("North Korea fired a ballistic missile at Japan.", ON) == {("PRK", "195", "JPN")}


def test_a_killing_tried_is_an_attempted_assassination():
    assert [(e.cameo_code, e.modality) for e in _events("Russian agents attempted to assassinate Zelensky.", ON)] == [
        ("185", "asserted")]


def test_the_party_invested_in_or_a_wrong_is_done_by_is_the_target():
    assert _triples("Saudi Arabia invested $5 billion in Egypt.", ON) == {("SAU", "061", "EGY")}
    assert _triples("Germany probed bribery by Azerbaijani officials.", ON) == {("DEU", "091", "AZEGOV")}


def test_a_states_own_organs_are_no_other_party_to_its_act():
    # the truce's declarer is Russia's own president, never the one threatened
    text = "Russian commanders threatened to shell Kyiv despite the Easter truce declared by President Vladimir Putin."
    # (a capital threatened with force is the state's ground, the state as a whole: rule struck-capital)
    assert {t for _, _, t in _triples(text, date(2023, 4, 20))} == {"UKR"}


def test_wire_wordings_of_force_found_missing_by_probing():
    assert _triples("Kenyan police dispersed opposition supporters with tear gas.", ON) == {("KENCOP", "175", "KENOPP")}
    assert _triples("Sudan's RSF engaged in ethnic cleansing of Masalit civilians.", ON) == {("SDNREB", "203", "SDNCVL")}


def test_an_accusation_is_refined_by_its_charge_wherever_the_parser_hangs_it():
    assert _triples("Armenia accused Azerbaijani troops of aggression.", ON) == {("ARM", "1123", "AZEMIL")}
    assert _triples("Kyiv accused Russia of launching an attack on the dam.", ON) == {("UKRGOV", "1123", "RUS")}


def test_refusing_to_halt_ones_own_force_is_a_refusal_to_de_escalate():
    assert [(e.cameo_code, e.modality, e.target.code) for e in
            _events("Israel refused to halt its offensive against Hamas in Rafah.", ON)] == [("1246", "asserted", "PSEREB")]


def test_threats_to_end_mediation_or_to_jail_reach_their_own_codes():
    assert {e.cameo_code for e in _events("Qatar threatened to end its mediation between Israel and Hamas.", ON)} == {"135"}
    assert [e.cameo_code for e in _events("Daniel Ortega threatened to jail opposition leaders.", ON)] == ["137"]


def test_talks_and_agreements_with_a_party_are_coded_both_ways():
    assert _triples("Iran held talks with Saudi Arabia in Baghdad.", ON) == {("IRN", "046", "SAU"), ("SAU", "046", "IRN")}
    assert _triples("The EU signed a migration deal with Tunisia.", ON) == {("IGOEUREEC", "057", "TUN"),
                                                                           ("TUN", "057", "IGOEUREEC")}
    # an offer of talks is only the offerer's; "met with" stays one way
    assert _triples("Iran offered to hold talks with Saudi Arabia.", ON) == {("IRN", "036", "SAU")}
    assert len(_events("Macron met with Scholz in Berlin.", ON)) == 1
    assert _triples("Biden spoke by phone with Netanyahu on Sunday.", ON) == {("USAGOV", "041", "ISRGOV")}


def test_an_acronym_in_capitals_is_no_town():
    assert _triples("Britain deployed RAF Typhoon jets to Poland.", ON) == {("GBR", "154", "POL")}


def test_readiness_and_missile_tests_found_missing_by_probing():
    assert [e.cameo_code for e in _events("Putin ordered nuclear forces onto special alert.", ON)] == ["152"]
    assert [e.cameo_code for e in _events("North Korea fired a ballistic missile into the sea.", ON)] == ["150"]


def test_an_act_a_party_is_pressed_not_to_do_is_no_refusal_of_its_own():
    events = _events("Officials in Washington pressured Trump not to commute Blagojevich's sentence.", date(2020, 2, 21))
    assert not any(e.cameo_code == "0841" for e in events)
