"""Public-health and disaster emergency measures are not coded (gold conventions): the hazard-measure veto."""

from __future__ import annotations

from datetime import date

from brinkwatch.coding.rules import Trace
from brinkwatch.model import Document
from brinkwatch.pipeline import code_document

ON = date(2021, 3, 10)


def coded(text: str) -> tuple[list[str], list[str]]:
    """(event codes, rules that vetoed) for one story."""
    trace = Trace()
    events = code_document(Document(text, published=ON), "rules", (), (), trace)
    return [e.cameo_code for e in events], [s.rule for s in trace.steps if s.outcome == "vetoed"]


def test_a_lockdown_a_health_curfew_or_a_storm_warning_is_no_political_act():
    for text in ("The Nigerian government extended the coronavirus lockdown in Lagos by two weeks.",
                 "Kenya imposed a curfew to slow the spread of the virus.",
                 "The Cuban government issued hurricane warnings for the eastern provinces.",
                 "Italy banned flights from China to stop the spread of the coronavirus."):
        events, vetoed = coded(text)
        assert events == [] and "hazard-measure" in vetoed, text


def test_the_same_measures_against_unrest_or_a_state_still_code():
    events, vetoed = coded("Kenya imposed a curfew on Nairobi after the opposition protests.")
    assert any(c.startswith("172") for c in events) and "hazard-measure" not in vetoed
    events, _ = coded("Moscow issued a warning to Kyiv over the drills.")
    assert any(c.startswith("13") for c in events)
    events, vetoed = coded("Italy banned flights from Libya to punish the government in Tripoli.")
    assert any(c.startswith("163") for c in events) and "hazard-measure" not in vetoed


def test_a_map_key_or_a_chart_legend_is_no_report():
    events, vetoed = coded("■ Territory captured by Azerbaijan")
    assert events == [] and "legend-line" in vetoed
    assert coded("Azerbaijan captured the town of Shusha from Armenia.")[0]


def test_holding_an_election_or_a_referendum_is_no_event_but_a_pledge_to_hold_one_is():
    events, vetoed = coded("The Peruvian government held a referendum on Sunday.")
    assert events == [] and "election-held" in vetoed
    events, vetoed = coded("The Peruvian government pledged to hold elections by April.")
    assert any(c.startswith("03") for c in events) and "election-held" not in vetoed


def test_a_standing_relation_in_a_present_relative_clause_is_no_act():
    events, vetoed = coded("The Ugandan opposition leader, who is backed by Kenya, met the Ugandan president.")
    assert not any(c.startswith("05") for c in events) and "standing-clause" in vetoed
    assert any(c.startswith("04") for c in events)  # the meeting itself stays


def test_what_happens_as_a_rule_is_a_habit():
    events, vetoed = coded("Ugandan police often detain opposition supporters near the parliament.")
    assert events == [] and "habitual" in vetoed
    assert any(c.startswith("17") for c in coded("Ugandan police detained opposition supporters near the parliament.")[0])


def test_agreeing_with_a_view_is_an_opinion():
    events, vetoed = coded("The Brazilian senator agreed that the tax was too high.")
    assert events == [] and "agreed-opinion" in vetoed
    assert any(c.startswith("03") for c in coded("The Brazilian senator agreed to meet the Argentine president.")[0])


def test_money_for_a_project_is_no_aid_but_aid_to_a_country_is():
    events, vetoed = coded("The European Union funded the feasibility studies for the pipeline.")
    assert events == [] and "funding-not-aid" in vetoed
    assert any(c.startswith("07") for c in coded("Japan sent humanitarian aid to Turkey.")[0])


def test_an_act_named_as_a_power_is_no_act():
    events, vetoed = coded("The US Congress has the power to declare war on Iran.")
    assert events == [] and "capacity-to-act" in vetoed


def test_the_statement_that_someone_died_is_no_political_act():
    events, vetoed = coded("The former Kenyan president died on Sunday, and the Kenyan government issued a statement.")
    assert events == [] and "obituary-statement" in vetoed
    # told as the statement's description, the thing published is no statement either (published-thing)
    events, vetoed = coded("The former Kenyan president died on Sunday, according to a statement released by the "
                           "Kenyan government.")
    assert events == [] and "published-thing" in vetoed


def test_what_the_public_fears_of_a_disaster_is_no_political_act():
    events, vetoed = coded("Turkish villagers said they feared more aftershocks.")
    assert events == [] and "hazard-plight" in vetoed
    assert coded("Turkish villagers criticised the government after the election.")[0]


def test_a_health_lockdown_eased_is_a_health_measure_too():
    events, vetoed = coded("The Serbian government eased the coronavirus lockdown on Monday.")
    assert events == [] and "hazard-measure" in vetoed


def test_thanks_to_no_actor_are_courtesy():
    trace = Trace()
    text = 'The prime minister, Boris Johnson, tweeted: "Thank you to the firefighters who worked through the night in Leeds."'
    events = code_document(Document(text, published=date(2020, 2, 5)), "rules", (), (), trace)
    assert events == [] and "thanks-unaimed" in [s.rule for s in trace.steps if s.outcome == "vetoed"]
    assert coded("The British prime minister thanked the Japanese people.")[0]


def test_a_reporter_reaching_out_for_a_story_is_reporting():
    events, vetoed = coded("Wikinews reporter John Smith reached out to Kenyan Senator Moses Wetangula to discuss the border.")
    assert events == [] and "newsgathering" in vetoed


def test_a_standing_policy_of_an_act_is_no_act():
    events, vetoed = coded("The Indian foreign ministry maintains a policy of not extraditing Indian citizens to Pakistan.")
    assert events == [] and "capacity-to-act" in vetoed
    assert coded("India extradited two Pakistani citizens to Pakistan.")[0]


def test_agreeing_on_a_question_is_a_view():
    events, vetoed = coded("Members of the Kenyan parliament do not all agree on how impeachment inquiries work.")
    assert events == [] and "agreed-opinion" in vetoed


def test_a_ban_on_sports_players_is_sport():
    events, vetoed = coded("The Iranian government has banned a number of female chess players for not wearing a hijab.")
    assert events == [] and "sports-party" in vetoed
    assert any(c.startswith("17") for c in coded("The Iranian government has banned a number of female journalists "
                                                  "for not wearing a hijab.")[0])


def test_what_a_law_says_is_no_act_of_its_state_but_a_party_named_for_the_law_acts():
    events, vetoed = coded("Kenyan law bans a third presidential term.")
    assert events == [] and "document-as-actor" in vetoed
    # a state naming a constitution is dropped before the rules (pipeline): no actor, no event
    assert coded("The Kenyan constitution bans a third presidential term.")[0] == []
    assert coded("Kenya banned imports of Ugandan sugar.")[0]
    assert coded("The Law and Justice party of Poland condemned the German government.")[0]


def test_a_policy_favoured_or_opposed_is_a_position_not_the_act():
    for text in ("Senator Bernie Sanders favored prosecuting the bankers behind the crisis.",
                 "The Greek prime minister opposes expelling the Turkish diplomats."):
        events, vetoed = coded(text)
        assert not any(c.startswith(("16", "17")) for c in events) and "policy-stance" in vetoed, text
    events, vetoed = coded("Greece began expelling Turkish diplomats on Monday.")
    assert any(c.startswith("16") for c in events) and "policy-stance" not in vetoed


def test_what_a_government_asks_of_its_own_public_for_safety_is_no_appeal():
    for text in ("Prime Minister Hubert Minnis urged residents to evacuate.",
                 "The Samoan prime minister called on church leaders to build trust in vaccines."):
        events, vetoed = coded(text)
        assert events == [] and "safety-instruction" in vetoed, text
    events, vetoed = coded("The Bahamian prime minister urged residents to vote against the reform.")
    assert any(c.startswith("02") for c in events) and "safety-instruction" not in vetoed
