"""Constructions found missing or wrong on a probe set written for the ninth session by independent coders
(three new sentences for every CAMEO code, never read by the rules' author sentence by sentence), fixed as
general rules. Sentences here are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_events
from coded_story import story_triples as _triples

ON = date(2024, 5, 1)


def test_a_coercive_act_its_own_side_says_may_come_is_a_threat():
    # on a condition
    assert _triples("Prime Minister Viktor Orban said on Monday that Hungary could cut gas supplies to Ukraine if "
                    "Kyiv kept blocking Russian oil.", ON) == {("HUN", "1311", "UKR")}
    assert _triples("Israel will seize more land in Gaza unless Hamas frees the hostages, Defence Minister "
                    "Yoav Gallant said.", ON) == {("ISR", "1382", "PSE")}
    # as a capability its own leader names
    assert _triples("Russia could strike Kyiv with new missiles, President Vladimir Putin said on Thursday.", ON) == {
        ("RUS", "1384", "UKRGOV")}


def test_a_plain_plan_or_an_outsiders_guess_is_no_threat():
    # a plan told without a condition stays the act itself, intended
    events = story_events("President Joe Biden said the United States will impose tariffs on Chinese steel.", ON)
    assert [(e.cameo_code, e.modality) for e in events] == [("163", "intended")]
    # analysts guessing what a state could do make no threat of that state's
    events = story_events("Analysts said Russia could strike Kyiv with new missiles.", ON)
    assert not any(e.cameo_code.startswith("13") for e in events)


def test_a_threatened_measure_at_home_falls_on_the_states_own_people():
    assert _triples("On Friday, Polish President Andrzej Duda said he may impose a curfew on Warsaw.", ON) == {
        ("POLGOV", "1323", "POL")}


def test_violence_by_protesters_is_a_riot():
    assert _triples("Demonstrators set fire to Kenya's parliament building on Tuesday.", ON) == {
        ("KENOPP", "145", "KENLEG")}
    # two conjoined acts of one riot are one event, aimed at the party named
    assert _triples("Rioters clashed with police and torched cars in Marseille on Friday.", ON) == {
        ("FRAOPP", "145", "FRACOP")}
    # protesters demanding something while they burn are a riot for that aim
    events = story_events("Protesters demanding the prime minister's resignation torched police stations across "
                          "Bangladesh.", ON)
    assert [e.cameo_code for e in events] and all(e.cameo_code.startswith("145") for e in events)


def test_a_place_that_comes_under_attack_is_its_target():
    assert _triples("Sudanese army bases came under attack from the Rapid Support Forces on Saturday.", ON) == {
        ("SDNREB", "190", "SDNMIL")}
    # being under a standing measure is still no event
    assert _triples("Iran is under American sanctions.", ON) == set()


def test_those_a_planted_weapon_kills_are_the_planters_target():
    assert _triples("Three Pakistani soldiers were killed by a roadside bomb planted by Baloch separatists.", ON) == {
        ("PAKREB", "1833", "PAKMIL")}


def test_an_infinitive_after_words_between_is_still_what_was_vowed_or_threatened():
    # the parser hangs "to strike" as a purpose clause when "on Thursday" stands between
    events = story_events("Islamic State vowed in an online video on Thursday to strike Paris again.", ON)
    assert [(e.cameo_code[:3], e.modality) for e in events] == [("138", "asserted")]
    assert _triples("Iran's navy commander threatened on Tuesday to close the Strait of Hormuz if Washington tried "
                    "to halt Iran's oil exports.", ON) == {("IRNMIL", "1381", "USAGOV")}


def test_a_weekday_on_the_pledge_dates_the_pledge_not_the_act_pledged():
    # 2024-05-01 is a Wednesday: "pledged on Monday" is two days before, "plans to send ... on Monday" ahead
    events = story_events("Turkey pledged on Monday to send aid to Syria.", ON)
    assert [(e.cameo_code, e.event_date) for e in events] == [("033", "2024-04-29")]
    events = story_events("Turkey plans to send aid to Syria on Monday.", ON)
    assert [e.event_date for e in events] == ["2024-05-06"]


def test_a_team_of_inspectors_let_in_is_the_inspectors():
    assert _triples("Iran said it would let a team of IAEA inspectors visit the Fordow site.", ON) == {
        ("IRN", "0355", "IGOUNO")}


def test_protesters_calling_off_their_protest_ease_dissent_toward_their_government():
    assert _triples("Nigerian labour unions called off their strike on Monday.", ON) == {("NGALAB", "082", "NGAGOV")}
    # a state calls off no protest
    assert not any(t[1] == "082" for t in _triples("Kenya called off its planned strike on the rebels.", ON))


def test_an_act_planned_during_an_occasion_called_off_is_called_off_with_it():
    events = story_events("Aides worked to arrange a meeting between Erdogan and Putin during the summit in Sochi, "
                          "which was cancelled.", ON)
    assert events and all(e.modality == "negated" for e in events if e.cameo_code[:2] == "04")


def test_statements_counted_over_a_time_are_no_event():
    assert _triples("President Joe Biden made several controversial statements in March.", ON) == set()
    assert _triples("President Joe Biden made a statement on Iran on Monday.", ON) == {("USAGOV", "010", "IRN")}


def test_a_request_turned_down_in_the_passive_is_still_refused_to_whoever_asked():
    assert _triples("A request for military assistance from Kyiv was turned down by Berlin on Friday.", ON) == {
        ("DEUGOV", "1222", "UKRGOV")}
    assert _triples("An invitation to talks from Seoul was rebuffed by Pyongyang on Monday.", ON) == {
        ("PRKGOV", "125", "KORGOV")}


def test_an_ask_with_a_day_between_still_asks_for_the_act():
    events = story_events("Poland formally asked Germany on Tuesday to extradite the suspect.", ON)
    assert [(e.cameo_code, e.target.code if e.target else None) for e in events] == [("0213", "DEU")]


def test_halting_or_cancelling_lending_and_aid_reduces_it():
    assert _triples("The World Bank halted its lending to Sudan on Monday.", ON) == {("IGOWBK", "1621", "SDN")}
    assert _triples("Washington cancelled $200 million in aid to Egypt on Tuesday.", ON) == {("USAGOV", "162", "EGY")}


def test_turning_down_a_claim_about_oneself_is_a_denial():
    assert _triples("Washington rejected Chinese accusations that it had spied on Huawei.", ON) == {("USAGOV", "016", "CHN")}
    # a denial stands without a target when no accuser is named (the claim's subject is not it)
    events = story_events("Beijing denied accusations that it had hacked Czech government servers.", ON)
    assert [(e.cameo_code, e.target) for e in events] == [("016", None)]
    # turning down a claim that says nothing is a plain rejection
    assert _triples("Germany rejected the Russian claim.", ON) == {("DEU", "120", "RUS")}


def test_acknowledging_a_state_and_elevating_ties_are_lexicon_rows():
    assert _triples("Chile formally acknowledged Kosovo's independence on Tuesday.", ON) == {("CHL", "054", "XKX")}
    assert _triples("India and Egypt elevated their relationship to a strategic partnership on Sunday.", ON) == {
        ("IND", "050", "EGY"), ("EGY", "050", "IND")}


def test_a_war_of_words_is_no_war():
    events = story_events("Ankara and Tel Aviv are locked in a war of words over Gaza.", ON)
    assert not any(e.cameo_code.startswith("19") for e in events)
    assert _triples("Russia waged war on Ukraine.", ON) == {("RUS", "190", "UKR")}


def test_the_condition_of_a_threat_told_as_readiness_is_no_event():
    # "if Ankara did not free the pastor" hangs on "was", the threat on "ready to hit"
    assert _triples("Treasury Secretary Steven Mnuchin said Washington was ready to hit Turkey with more sanctions "
                    "if Ankara did not free the pastor.", date(2018, 8, 1)) == {("USAGOV", "1312", "TUR")}


def test_a_capital_struck_is_its_states_ground():
    assert _triples("Russian missiles struck Kyiv on Monday.", ON) == {("RUSMIL", "190", "UKR")}
    # a capital that acts or speaks still stands for the government (an accusation of shelling is one of
    # aggression, 1123)
    assert _triples("Kyiv accused Moscow of shelling the power plant.", ON) == {("UKRGOV", "1123", "RUSGOV")}


def test_someone_struck_in_the_passive_was_hit_not_on_strike():
    events = story_events("The Danish prime minister was struck by a man in central Copenhagen on Friday.", ON)
    assert events and not any(e.cameo_code.startswith("14") for e in events)


def test_an_act_given_as_the_cause_of_a_present_state_is_no_new_event():
    assert _triples("The Nigerian government is partly shut down because the president and the Senate could not "
                    "agree on a budget.", ON) == set()
    assert _triples("Gas prices are soaring because Russia cut supplies to Germany.", ON) == set()
    # the cause of an act is not a state: the act stays
    assert _triples("Russia attacked Ukraine because Kyiv sought to join NATO.", ON) == {("RUS", "190", "UKR")}
