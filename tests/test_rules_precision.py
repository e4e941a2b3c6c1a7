"""Precision rules: acts that are no political events, or that were coded as the wrong kind of act."""

from __future__ import annotations

from datetime import date

from brinkwatch.coding.rules import Trace
from brinkwatch.model import Document
from brinkwatch.pipeline import code_document

ON = date(2021, 3, 10)


def coded(text: str, on: date = ON) -> tuple[list[tuple[str, str]], list[str]]:
    """([(code, modality)], rules that vetoed) for one story."""
    trace = Trace()
    events = code_document(Document(text, published=on), "rules", (), (), trace)
    return [(e.cameo_code, e.modality) for e in events], [s.rule for s in trace.steps if s.outcome == "vetoed"]


def codes(text: str) -> list[str]:
    return [c for c, _ in coded(text)[0]]


def test_calling_off_a_search_is_no_appeal():
    events, vetoed = coded("The Italian navy called off its search late on Tuesday.")
    assert not any(c[:2] in ("02", "10") for c, _ in events) and "called-off" in vetoed
    assert any(c.startswith("02") for c in codes("Greece called on Turkey to end the drilling."))


def test_a_storm_or_a_virus_is_no_actor():
    events, vetoed = coded("Typhoon Mangkhut struck the northern Philippines, killing at least 30 villagers.")
    assert events == [] and "hazard-agent" in vetoed


def test_a_sports_body_or_players_are_no_political_actors():
    events, vetoed = coded("The Kenyan Football Federation condemned the violence in Nairobi.")
    assert events == [] and "sports-party" in vetoed
    assert codes("The Kenyan government condemned Uganda over the violence in Nairobi.")


def test_a_share_of_a_public_is_an_opinion_figure():
    events, vetoed = coded("About sixty percent of Brazilians oppose the pension reform, a new survey found.")
    assert events == [] and "poll-share" in vetoed


def test_force_aimed_at_an_idea_is_figurative():
    for text in ("Indian activists fight for equal rights in the courts.",
                 "The two neighbours have clashing maritime claims, the Greek minister noted."):
        events, _ = coded(text)
        assert not any(c[:2] in ("18", "19", "20") for c, _ in events), text
    assert any(c[:2] in ("18", "19", "20") for c in codes("Russian troops attacked the Ukrainian town of Bakhmut."))


def test_an_open_question_is_no_act_but_weighing_an_act_is_considered():
    events, vetoed = coded("The Thai opposition party has not said whom it would support in the vote.")
    assert events == [] and "indirect-question" in vetoed
    events, _ = coded("Poland is weighing whether to expel more Russian diplomats, a spokesman said.")
    assert ("1244", "considered") in events or any(m == "considered" for _, m in events)


def test_what_someone_likes_doing_is_a_disposition():
    events, vetoed = coded("The senator said the Russian army likes dropping bombs on Syrian villages.")
    assert not any(c.startswith("19") for c, _ in events) and "disposition" in vetoed


def test_violence_by_a_civilian_or_on_civilians_by_an_unnamed_attacker_is_unconventional():
    assert "180" in codes("Eight Mexican shoppers died in the attack, the Mexican government said.")
    assert "180" in codes("Afghan villagers attacked a Taliban checkpoint near Kandahar.")
    # a state's forces or soldiers attacked by someone unnamed: military force stays
    assert any(c.startswith("19") for c in codes("Russian troops shelled Ukrainian positions near Avdiivka."))
    assert "190" in codes("Two Malian soldiers died in the attack near Gao.")


def test_what_an_act_asked_for_is_meant_to_do_is_part_of_the_demand():
    events, vetoed = coded("Poland demanded that NATO station more troops on its soil to defend against a Russian attack.")
    assert [c for c, _ in events] == ["100"] and "asked-act-dropped" in vetoed


def test_an_act_someone_is_accused_of_is_the_accusation():
    events, _ = coded("Amnesty International accused Ethiopian soldiers of summarily executing civilians in the Tigray region.")
    assert [c[:2] for c, _ in events] == ["11"]


def test_a_participle_restating_the_main_verbal_act_is_one_event():
    events, vetoed = coded("Seoul criticised the Japanese government, accusing it of distorting history.")
    assert [c[:2] for c, _ in events] == ["11"] and "restated-act" in vetoed


def test_cities_quarantined_over_a_virus_are_a_health_measure():
    events, vetoed = coded("The government of Vietnam has quarantined several cities over the virus.")
    assert not any(c.startswith("191") for c, _ in events) and "hazard-measure" in vetoed


def test_a_blow_at_someone_is_no_labour_strike():
    events, _ = coded("Chilean protesters struck the police officer with their fists.")
    # protesters' blows are a riot (145, protesters-violence) or an assault, never a labour strike (143)
    assert events and not any(c.startswith("143") for c, _ in events)
    assert all(c == "145" or c.startswith("18") for c, _ in events)
    assert any(c.startswith("143") for c in codes("Nurses in Kenya went on strike over pay."))


def test_attacking_a_politician_over_an_issue_is_verbal_but_a_state_attacking_a_state_is_force():
    assert codes("Kenyan opposition leaders attacked the president over his handling of the economy.") == ["111"]
    assert any(c.startswith("19") for c in codes("Russia attacked Ukraine over its bid to join NATO."))
    assert not any(c == "111" for c in codes("Kenyan opposition leaders attacked Kenyan police over the weekend."))


def test_a_commander_of_a_state_planning_attacks_on_troops_uses_military_force():
    events, _ = coded("Soleimani was planning attacks on American troops in Iraq.", date(2020, 1, 5))
    assert [c[:2] for c, _ in events] == ["19"]


def test_attacking_war_itself_or_politics_clashing_is_figurative():
    events, vetoed = coded("Greek candidates attacked war as a tool of the elite.")
    assert events == [] and "figurative-force" in vetoed


def test_insisting_a_fact_is_no_demand_but_insisting_someone_must_act_is():
    events, vetoed = coded("The Belarusian minister insisted he had never been pressured by Moscow.")
    assert not any(c.startswith("10") for c, _ in events) and "insisted-fact" in vetoed
    assert any(c.startswith("10") for c in codes("Poland insisted that Belarus must free the detained journalists."))


def test_a_warning_of_a_danger_is_no_threat():
    events, vetoed = coded("The Kenyan opposition warned the delay could be a risk to national security.")
    assert events == [] and "warned-danger" in vetoed
    assert any(c.startswith("13") for c in codes("Russia warned Ukraine that it would respond with force."))


def test_signing_a_decree_at_home_is_no_demand():
    events, _ = coded("Last Friday, the Tunisian Prime Minister signed a decree banning face veils.")
    assert not any(c.startswith("10") for c, _ in events)


def test_a_business_restricting_its_clients_is_the_market():
    events, vetoed = coded("A Polish bank banned Belarusian customers from opening accounts.")
    assert events == [] and "business-coercion" in vetoed


def test_an_act_on_any_or_no_one_states_no_act():
    events, vetoed = coded("He challenged the Kenyan president to name any Kenyan party that backed him.")
    assert not any(c.startswith("05") for c, _ in events) and "any-who" in vetoed


def test_an_act_asked_through_another_request_is_part_of_the_appeal():
    events, vetoed = coded("More than 50 security experts signed a letter urging Republican senators to push "
                           "President Trump to concede the race.", date(2020, 11, 26))
    # the asked act goes with the request that asks for it (by request-of-request, or as the act a pressing asks)
    assert not any(m == "requested" for _, m in events) and {"request-of-request", "asked-act-dropped"} & set(vetoed)


def test_an_inquiry_already_someones_named_in_a_plan_is_not_the_plan():
    events, vetoed = coded("The Kenyan opposition leader agreed to help with the Ugandan government's inquiry into "
                           "the killings.")
    assert not any(c.startswith("09") for c, _ in events) and "possessed-act-in-plan" in vetoed


def test_an_act_a_deal_permits_has_not_taken_place():
    events, vetoed = coded("The accord allowed Russian naval deployments in the Syrian port.")
    assert events == [] and "permitted-act" in vetoed


def test_the_act_a_pressure_asks_for_is_part_of_the_pressure():
    events, vetoed = coded("Germany pressured Ukraine to open an investigation into the company.")
    # pressure towards a named act is an appeal for it (pressure-to-act), the act asked is no event of its own
    assert [c[:2] for c, _ in events] == ["02"] and "asked-act-dropped" in vetoed


def test_what_an_act_is_done_for_is_its_aim_not_an_act():
    events, vetoed = coded("Russia sent troops to attack Kyiv.")
    assert not any(c.startswith("19") for c, _ in events) and "purpose-clause" in vetoed
    events, vetoed = coded("Cyprus and Egypt signed a deal to export gas through Egyptian ports.")
    assert [c for c, _ in events] == ["057", "057"] and "purpose-clause" in vetoed
    # talks that a gathering is for are held there
    assert any(c.startswith("04") for c in codes("The Greek and Cypriot foreign ministers gathered in Cairo to discuss "
                                                 "the crisis with Egypt."))
    # a body set up to act starts that act
    assert any(c.startswith("09") for c in codes("The Kenyan government set up a commission to investigate the police "
                                                 "killings."))


def test_economic_ties_are_economic_cooperation():
    assert codes("Serbia and Kosovo opened economic ties.") == ["061", "061"]
    assert all(c.startswith("05") for c in codes("Serbia and Kosovo opened diplomatic ties."))


def test_an_appeal_to_any_country_is_to_no_party():
    events, vetoed = coded('The Israeli prime minister said: "We call on any other country to join us."')
    assert events == [] and "any-who" in vetoed
    assert any(c.startswith("02") for c in codes("Israel called on Italy to join the project."))


def test_an_aim_told_in_two_conjoined_verbs_is_still_an_aim():
    events, vetoed = coded("Russia sent troops to enter and seize the airport.")
    assert [c[:2] for c, _ in events] == ["15"] and "purpose-clause" in vetoed


def test_fighting_a_fight_in_court_is_figurative():
    events, vetoed = coded("The Kenyan president did not concede defeat in his statement, however, and vowed to keep "
                           "fighting the good fight with court cases.")
    assert not any(c[:2] in ("13", "19") for c, _ in events) and "figurative-force" in vetoed
