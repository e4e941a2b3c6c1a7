"""Joint force by allies is no fight between them; a bare verb after a past "insisted" is a demand. Sentences
written for these tests."""

from __future__ import annotations

from brinkwatch import code_text

PUBLISHED = "2022-05-01"


def coded(text: str) -> set[tuple]:
    return {
        (e.source.country if e.source else None, e.cameo_code, e.target.country if e.target else None)
        for e in code_text(text, published=PUBLISHED)
    }


def test_allies_striking_together_do_not_strike_each_other():
    got = coded("Russian and Syrian jets bombed rebel positions near Hama on Sunday.")
    assert not any(s in ("RUS", "SYR") and t in ("RUS", "SYR") for s, _, t in got)


def test_parties_that_clash_act_on_each_other():
    got = coded("Kyrgyz and Tajik border guards clashed near the disputed frontier.")
    assert {(s, t) for s, _, t in got} >= {("KGZ", "TJK"), ("TJK", "KGZ")}


def test_a_bare_verb_after_a_past_insisted_is_a_demand():
    got = coded("Chancellor Scholz insisted that Hungary lift its veto on the aid package.")
    assert any(s == "DEU" and code.startswith("10") and t == "HUN" for s, code, t in got)


def test_insisting_on_a_past_fact_is_no_demand():
    got = coded("Chancellor Scholz insisted that Hungary lifted its veto last week.")
    assert not any(code.startswith("10") for _, code, _ in got)


def test_turning_ones_back_on_cooperation_rejects_it():
    got = coded("Tbilisi turned its back on security cooperation with Moscow in March.")
    assert any(s == "GEO" and code.startswith("12") and t == "RUS" for s, code, t in got)


def test_an_organ_of_state_never_takes_the_state_its_verb_acts_on():
    # a bare "the senator"/"the ministry" has no state of its own words; the one state the sentence names is
    # what it acts on, so it is no home of the doer
    for text in ("The senator criticized Vietnam over its trade surplus.",
                 "The Foreign Ministry condemned the air strike on Yemen."):
        assert not any(s in ("VNM", "YEM") for s, _, _ in coded(text)), text


def test_a_state_named_only_as_the_scene_still_places_the_police():
    assert ("KEN", "173", "KEN") in coded("In Kenya, police arrested two opposition leaders.")


def test_a_platform_takes_its_state_only_from_its_own_words():
    # firefighting planes in a story set in Spain are no Spanish military
    got = coded("Spanish firefighters said water bombing by aircraft was halted near Valencia.")
    assert not any(s == "ESP" and code.startswith(("18", "19")) for s, code, _ in got)
