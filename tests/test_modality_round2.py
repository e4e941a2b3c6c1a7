"""Modality, round two: a long-past date makes any act historical (not only asserted ones); a conjunct carried
on by a past perfect is background too; an act another party only alleges is the content of the allegation; a
clause joined on to a long-past dated one tells that time; a vow answers another party's act without planning
it; a comment that passes a verdict is that verdict. Sentences written for these tests."""

from __future__ import annotations

import pytest

from brinkwatch import code_text


def events(text: str, published: str = "2019-09-18") -> list[tuple[str, str, str, str]]:
    return [
        (e.source.code if e.source else "", e.target.code if e.target else "", e.cameo_code, e.modality)
        for e in code_text(text, published=published, outlet="Test Wire")
    ]


def modalities(text: str, root: str, published: str = "2019-09-18") -> set[str]:
    found = {m for _, _, code, m in events(text, published) if code[:2] == root}
    assert found, f"no event with root {root} in {text!r}"
    return found


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("In 2014, Moscow was asked to pull its troops back from the Ukrainian border.", "08"),  # requested
        ("In 2011, the Egyptian army did not fire on the protesters in Cairo.", "17"),  # negated
        ("In 2012, Israel could have struck Iran's nuclear sites.", "19"),  # hypothetical
    ],
)
def test_a_long_past_date_overrides_every_modality(text: str, root: str) -> None:
    assert modalities(text, root) == {"historical"}


@pytest.mark.parametrize(
    ("text", "root", "modality"),
    [
        # weeks back: still the story's own frame
        ("Last month, Tokyo was asked to lift its export curbs on South Korea.", "08", "requested"),
        ("Last month, Iran threatened to close the Strait of Hormuz to American ships.", "13", "asserted"),
        # a plan dated by its own future time
        ("Pakistan plans to hold talks with India next year.", "03", "asserted"),
    ],
)
def test_recent_or_planned_acts_keep_their_modality(text: str, root: str, modality: str) -> None:
    assert modalities(text, root) == {modality}


def test_a_conjunct_sharing_the_past_perfect_is_historical() -> None:
    assert modalities("Seoul had criticised Tokyo and accused it of distorting history.", "11") == {"historical"}


def test_a_conjunct_whose_pronoun_doer_carries_on_the_past_perfect_is_historical() -> None:
    text = "South Korea's foreign minister had criticised Tokyo before, and he accused Japan of distorting history."
    assert modalities(text, "11") == {"historical"}


def test_a_conjunct_with_a_new_named_doer_keeps_its_own_tense() -> None:
    found = events("Seoul had criticised Tokyo, and Beijing accused it of distorting history.")
    assert any(s.startswith("CHN") and c == "112" and m == "asserted" for s, _, c, m in found)


def test_an_alleged_act_is_the_allegation_not_a_fact() -> None:
    found = events("A shopkeeper who claimed that Greek police beat him spoke to the press.")
    assert not [c for _, _, c, _ in found if c[:2] == "18"]
    assert [c for _, t, c, _ in found if c == "112" and t.startswith("GRC")]


def test_a_claim_about_ones_own_side_reports_the_act() -> None:
    assert modalities("Moscow claimed its forces captured the village from Ukrainian troops.", "19") == {"asserted"}


def test_a_clause_joined_to_a_long_past_dated_one_is_historical() -> None:
    text = "The summit in 2015 ended without a deal, and despite the protests, Russia cut gas supplies to Kyiv."
    assert modalities(text, "16") == {"historical"}
    recent = "The summit on Monday ended without a deal, and despite the protests, Russia cut gas supplies to Kyiv."
    assert modalities(recent, "16") == {"asserted"}


def test_a_vow_does_not_plan_the_act_it_answers() -> None:
    found = events("Tehran vowed to retaliate for the killing of its general by the United States.")
    assert [c for s, _, c, m in found if s.startswith("IRN") and c[:2] == "13" and m == "asserted"]
    assert not [s for s, _, _, _ in found if s.startswith("USA")]  # the killing is what the vow answers


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Peru commented on the Bolivian decree, calling it null and void.", "111"),
        ("Chile commented on the Argentine ruling, calling it a historic step.", "051"),
    ],
)
def test_a_comment_passing_a_verdict_is_that_verdict(text: str, code: str) -> None:
    found = events(text)
    assert [c for _, t, c, _ in found if c == code and t]  # aimed at the party whose act it judges
    assert not [c for _, _, c, _ in found if c == "010"]
    assert len([c for _, _, c, _ in found if c == code]) == 1  # the participle is the same act


def test_a_comment_with_no_verdict_stays_a_comment() -> None:
    found = events("Peru commented on the Bolivian decree, calling it a matter for Bolivians.")
    assert [c for _, _, c, _ in found if c == "010"]


def test_an_act_a_claim_only_sets_in_time_is_not_alleged() -> None:
    text = "Ankara alleged that during the Russian president's 2016 trip to Turkey, Russian agents spied on Turkish officials."
    found = events(text, "2020-09-05")
    assert ("RUSGOV", "TUR", "042", "historical") in found  # the trip is taken as known
    assert [c for _, t, c, _ in found if c == "112" and t.startswith("RUS")]
