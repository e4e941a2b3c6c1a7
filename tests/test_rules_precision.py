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
    assert codes("The Kenyan government condemned the violence in Nairobi.")


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
