"""Precision rules, third round (issue 9 audit of fresh Wikinews text): candidacies, accident inquiries,
open questions, charged acts, labels, acts a bill provides for, budgets voted at home, rescue teams.

Each test pairs a sentence the rule must veto with a near one it must leave coded."""

from __future__ import annotations

from datetime import date

from brinkwatch.coding.rules import Trace
from brinkwatch.model import Document
from brinkwatch.pipeline import code_document

ON = date(2020, 10, 1)


def coded(text: str, on: date = ON) -> tuple[list[tuple[str, str | None, str | None]], list[str]]:
    """([(code, source, target)], rules that vetoed) for one story."""
    trace = Trace()
    events = code_document(Document(text, published=on), "rules", (), (), trace)
    found = [(e.cameo_code, e.source.code if e.source else None, e.target.code if e.target else None) for e in events]
    return found, [s.rule for s in trace.steps if s.outcome == "vetoed"]


def test_not_seeking_re_election_is_no_appeal_for_a_new_leader():
    events, vetoed = coded("Senator Bernie Sanders is not seeking re-election.")
    assert not any(c.startswith("024") for c, _, _ in events) and "candidacy" in vetoed
    events, _ = coded("Protesters are seeking the resignation of President Alexander Lukashenko.")
    assert any(c.startswith("024") for c, _, _ in events)


def test_an_accident_inquiry_is_no_investigation_of_a_party():
    events, vetoed = coded("The National Transportation Safety Board is investigating the crash.")
    assert not any(c.startswith("09") for c, _, _ in events) and "accident-inquiry" in vetoed
    events, _ = coded("The FBI is investigating the Russian embassy.")
    assert any(c.startswith("09") for c, _, _ in events)


def test_aid_inside_an_open_question_is_not_reported_as_given():
    events, vetoed = coded("An analyst said questions remain how much direct Saudi assistance is received by the rebels.")
    assert not any(c.startswith("07") for c, _, _ in events) and "open-question" in vetoed
    events, _ = coded("An analyst said Saudi assistance is received by the rebels.")
    assert any(c.startswith("07") for c, _, _ in events)


def test_the_act_charged_is_not_the_jurys():
    events, vetoed = coded("A Texas jury convicted the businessman of trying to extort Boeing.")
    assert all(c[:2] != "17" for c, _, _ in events) and "charge-content" in vetoed
    assert any(c == "116" for c, _, _ in events)  # the conviction itself stays


def test_an_act_in_an_as_phrase_is_a_label():
    events, vetoed = coded("Trump has cited a tax audit as prohibiting him from releasing the records.")
    assert not any(c.startswith("17") for c, _, _ in events) and "labelled-as" in vetoed


def test_what_a_bill_provides_for_has_not_been_done():
    events, vetoed = coded("The Law and Justice party tabled a bill for jailing tax evaders.")
    assert not any(c == "116" for c, _, _ in events) and "purpose-of-law" in vetoed
    events, _ = coded("A Warsaw court jailed two tax evaders.")
    assert events, "a sentence passed stays coded"


def test_a_budget_voted_at_home_is_no_aid():
    events, vetoed = coded("The Bundestag approved funding for new army barracks.")
    assert not any(c.startswith("07") for c, _, _ in events) and "domestic-funding" in vetoed
    events, _ = coded("The Bundestag approved funding for the Ukrainian army.")
    assert any(c.startswith("07") and t == "UKRMIL" for c, _, t in events)


def test_search_and_rescue_teams_mark_a_disaster_emergency():
    text = "Governor John Bel Edwards declared a state of emergency and put search and rescue teams on standby."
    events, vetoed = coded(text, date(2019, 7, 12))
    assert not any(c.startswith("172") for c, _, _ in events) and "hazard-measure" in vetoed
    events, _ = coded("Governor John Bel Edwards declared a state of emergency after the riots.", date(2019, 7, 12))
    assert any(c == "1724" for c, _, _ in events)


def test_a_stance_in_the_simple_present_is_a_standing_position():
    events, vetoed = coded("Senator Elizabeth Warren opposes the death penalty.")
    assert events == [] and "standing-stance" in vetoed
    events, _ = coded("Senator Elizabeth Warren opposed President Trump's bill on Monday.")
    assert events, "a dated act of opposition stays"
    events, _ = coded('"We support the Syrian government," Lavrov said.')
    assert any(c == "051" for c, _, _ in events), "a quoted statement of support stays"


def test_agreeing_with_a_proposal_in_a_relative_clause_is_a_view():
    events, vetoed = coded("The mayor of Paris proposed a curfew, with which Senator Elizabeth Warren agreed.")
    assert not any(c.startswith("03") for c, _, _ in events) and "agreed-opinion" in vetoed
    events, _ = coded("Senator Elizabeth Warren agreed to meet the mayor of Paris.")
    assert any(c.startswith("03") for c, _, _ in events)


def test_an_inquiry_into_a_crash_or_a_study_is_no_investigation_of_a_party():
    events, vetoed = coded("The National Transportation Safety Board began an investigation of the crash of the plane.")
    assert not any(c.startswith("09") for c, _, _ in events) and "accident-inquiry" in vetoed
    events, vetoed = coded("The study was conducted by Imperial College London.")
    assert not any(c.startswith("09") for c, _, _ in events)
    events, _ = coded("The FBI began an investigation of the Russian embassy.")
    assert any(c == "090" and t == "RUSGOV" for c, _, t in events)


def test_voters_support_is_no_aid():
    events, vetoed = coded("Senator Bernie Sanders was aided by the support of younger voters.")
    assert not any(c.startswith("07") for c, _, _ in events) and "electoral-help" in vetoed
    events, _ = coded("The Iraqi army was aided by American air support.")
    assert any(c.startswith("07") and s == "USA" and t == "IRQMIL" for c, s, t in events)


def test_endorsing_a_plan_named_by_it_is_a_position():
    events, vetoed = coded("Senator Elizabeth Warren proposed a wealth tax and Governor Gavin Newsom endorsed it.")
    assert not any(c.startswith("05") for c, _, _ in events) and "support-of-thing" in vetoed
    events, _ = coded("Governor Gavin Newsom endorsed Senator Elizabeth Warren.")
    assert any(c == "051" and t == "USALEG" for c, _, t in events)


def test_an_act_in_an_as_much_as_comparison_is_a_yardstick():
    text = "The US Congress approved about a quarter as much money as President Trump had requested for a wall."
    events, vetoed = coded(text, date(2019, 2, 15))
    assert not any(c.startswith("02") for c, _, _ in events) and "comparison-clause" in vetoed
    assert not any(c.startswith(("07", "033")) for c, _, _ in events), "money voted at home is no aid"
    events, _ = coded("President Trump requested money from Congress for a wall.", date(2019, 2, 15))
    assert any(c.startswith("02") for c, _, _ in events)


def test_a_police_inquiry_into_a_shooting_or_blast_is_a_plain_investigation():
    for text in ("Belgian police are investigating a shooting outside a bar in Brussels.",
                 "French police are investigating an explosion at a bakery in Paris."):
        events, _ = coded(text)
        assert any(c == "090" for c, _, _ in events) and not any(c == "093" for c, _, _ in events), text
    events, _ = coded("Polish prosecutors are investigating the incursion of Russian drones into Polish airspace.")
    assert ("093", "POLJUD", "RUSMIL") in events


def test_protecting_people_at_home_is_no_military_protection():
    events, _ = coded("The senator vowed to protect people with chronic illnesses from losing their insurance.")
    assert not any(c.startswith("074") or c == "0334" for c, _, _ in events)
    events, _ = coded("Turkey pledged to protect Syrian refugees.")
    assert any(c == "0334" for c, _, _ in events)
