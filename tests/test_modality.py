"""Modality and attribution on realistic sentences: each cue present, and the same act without it."""

from __future__ import annotations

import pytest

from brinkwatch import code_text

PUBLISHED = "2023-05-10"


def main_event(text: str, roots: tuple[str, ...]):
    events = [e for e in code_text(text, published=PUBLISHED) if e.cameo_root in roots]
    assert events, f"no event with root in {roots} for {text!r}: {code_text(text, published=PUBLISHED)}"
    return events[0]


CONFLICT = ("18", "19", "20")
AID = ("07", "03")

MODALITY_CASES = [
    # (with the cue, expected modality, without the cue, roots)
    ("Serbia did not attack Kosovo police on Sunday.", "negated",
     "Serbia attacked Kosovo police on Sunday.", ("17", "18", "19")),
    ("Hungary failed to send weapons to Ukraine.", "negated",
     "Hungary sent weapons to Ukraine.", AID),
    ("Moscow denied that its forces had shelled the nuclear plant in Ukraine.", "denied",
     "Russian forces shelled the nuclear plant in Ukraine.", CONFLICT),
    ("Germany is considering sending tanks to Ukraine.", "considered",
     "Germany sent tanks to Ukraine.", AID),
    ("The European Union plans to impose tariffs on Chinese steel.", "intended",
     "The European Union imposed tariffs on Chinese steel.", ("16",)),
    ("If Iran enriches uranium further, Israel would strike Iranian nuclear facilities.", "hypothetical",
     "Israel struck Iranian nuclear facilities.", CONFLICT),
    ("Hungary will expel two Russian diplomats.", "intended",
     "Hungary expelled two Russian diplomats.", ("16", "17")),
    ("Ethiopia has been asked to release the detained Kenyan aid workers.", "requested",
     "Ethiopia released the detained Kenyan aid workers.", ("08",)),
]


@pytest.mark.parametrize("with_cue,modality,without_cue,roots", MODALITY_CASES, ids=[c[1] for c in MODALITY_CASES])
def test_modality_cue_and_its_absence(with_cue, modality, without_cue, roots):
    cued = main_event(with_cue, roots)
    assert cued.modality == modality, (with_cue, cued.modality, cued.modality_cue)
    plain = main_event(without_cue, roots)
    assert plain.modality == "asserted", (without_cue, plain.modality, plain.modality_cue)


def test_a_refusal_is_a_rejection_that_was_made():
    ev = main_event("Hungary refused to send weapons to Ukraine.", ("12", "07"))
    assert ev.cameo_root == "12" and ev.modality == "asserted" and ev.target.country == "UKR"


def test_a_pledge_is_an_intent_code_and_was_made():
    # the pledge (03x) happened: asserted, so a monitor counting asserted events keeps it
    for text in ("The United States agreed to provide military aid to Taiwan.",
                 "Poland will send fighter jets to Ukraine.",
                 "Japan plans to provide loans to the Philippines."):
        ev = main_event(text, ("03", "06", "07"))
        assert ev.cameo_root == "03" and ev.modality == "asserted", (text, ev.cameo_code, ev.modality)


def test_a_denied_pledge_is_denied():
    ev = main_event("The Kremlin denied that Putin had agreed to meet Zelensky in Istanbul.", ("03", "04"))
    assert ev.cameo_root == "03" and ev.modality == "denied"


def test_a_vow_of_force_is_an_asserted_threat():
    ev = main_event("Hezbollah vowed to retaliate against Israel for the killing of its commander.", ("13", "19"))
    assert ev.cameo_root == "13" and ev.modality == "asserted" and ev.target.country == "ISR"
    assert not [e for e in code_text("Hezbollah vowed to retaliate against Israel.", published=PUBLISHED)
                if e.cameo_root == "19"]


def test_a_warning_of_a_coercive_act_is_the_threat():
    events = code_text("The United States warned it could cut off aid to Egypt.", published=PUBLISHED)
    assert [(e.source.country, e.cameo_code, e.target.country, e.modality) for e in events] == [
        ("USA", "1311", "EGY", "asserted")
    ]


def test_not_ruling_out_cooperation_is_considered_and_force_a_threat():
    events = code_text("Seoul would not rule out joint drills with Tokyo.", published=PUBLISHED)
    # joint drills are military cooperation (062, rule modified-act); what is tested here is the modality
    assert [(e.source.country, e.cameo_root, e.modality) for e in events] == [("KOR", "06", "considered")]
    events = code_text("Ankara would not rule out military strikes on the Kurdish militia.", published=PUBLISHED)
    assert events and all(e.cameo_root == "13" and e.modality == "asserted" for e in events)


def test_not_ruling_out_is_no_rejection():
    events = code_text("Ankara would not rule out a new military offensive against Kurdish fighters.", published=PUBLISHED)
    assert not [e for e in events if e.cameo_root == "12"]
    assert all(e.modality == "considered" for e in events if e.cameo_root in ("15", "18", "19"))


def test_a_denial_is_asserted_and_the_act_denied():
    events = code_text("Moscow denied that its forces had shelled the nuclear plant in Ukraine.", published=PUBLISHED)
    denial = [e for e in events if e.cameo_code == "016"]
    assert denial and denial[0].source.country == "RUS" and denial[0].modality == "asserted"
    act = [e for e in events if e.cameo_root in ("18", "19")]
    assert act and act[0].modality == "denied"
    assert [e.cameo_code for e in code_text("Tehran denied that any attack had taken place.", published=PUBLISHED)] == ["016"]


def test_an_act_replied_to_is_no_new_event():
    events = code_text("Israel struck Gaza in response to the Hamas raid that killed two soldiers.", published=PUBLISHED)
    news = [e for e in events if e.source.country == "ISR" and e.cameo_root == "19"]
    assert news and news[0].modality == "asserted"
    assert [e for e in events if e.source.country != "ISR"] == []


def test_threat_is_a_threat_code():
    ev = main_event("Iran threatened to attack American bases in the Gulf.", ("13",))
    assert ev.source.country == "IRN"


def test_historical_background_event():
    ev = main_event("Russia invaded Ukraine in 2014, annexing Crimea.", ("19", "18", "20", "15"))
    assert ev.modality == "historical" or ev.event_date and ev.event_date.startswith("2014")


def test_attribution_according_to_outlet_and_journalist():
    ev = main_event(
        "According to a report by Financial Times correspondent Max Seddon, Russia attacked Ukrainian ports.",
        CONFLICT,
    )
    names = [a.name for a in ev.attribution]
    assert any("Financial Times" in n for n in names), names


def test_attribution_nested_reports():
    ev = main_event("Politico reported, citing two officials, that Israel struck a Hezbollah depot in Lebanon.", CONFLICT)
    kinds = [a.kind for a in ev.attribution]
    assert "outlet" in kinds, ev.attribution
    assert any(a.cue == "citing" for a in ev.attribution), ev.attribution
    assert ev.source.country == "ISR"


def test_reportedly_marks_an_unnamed_report():
    ev = main_event("Syrian forces reportedly shelled Turkish positions in Idlib.", CONFLICT)
    assert any(a.cue == "reportedly" for a in ev.attribution)
    assert ev.target is not None and ev.target.code == "TUR"
    plain = main_event("Syrian forces shelled Turkish positions in Idlib.", CONFLICT)
    assert plain.attribution == []


def test_speaker_attribution_is_not_the_actor():
    ev = main_event("The Washington Post reported that Saudi Arabia bombed a market in Yemen.", CONFLICT)
    assert ev.source.country == "SAU"
    assert any(a.kind == "outlet" for a in ev.attribution)


def test_weighing_whether_is_considered_not_conditional():
    ev = main_event("Britain is weighing whether to expel more Russian diplomats, a spokesman said.", ("16",))
    assert ev.modality == "considered"


def test_an_act_named_as_subject_of_a_possibility_is_hypothetical():
    ev = main_event("A Chinese blockade of Taiwan could disrupt global chip supplies for months.", ("19",))
    assert ev.modality == "hypothetical"
    plain = main_event("A Chinese blockade of Taiwan disrupted global chip supplies for months.", ("19",))
    assert plain.modality == "asserted"


def test_an_act_called_off_or_missing_is_negated():
    for text in ("The summit between China and Japan was postponed.",
                 "The lack of an apology from Ankara to Athens angered the Greek government."):
        events = code_text(text, published=PUBLISHED)
        assert events and all(e.modality == "negated" for e in events), text
    events = code_text("The summit between China and Japan took place in Tokyo.", published=PUBLISHED)
    assert events and all(e.modality == "asserted" for e in events)


def test_an_act_that_is_to_happen_is_intended():
    event = main_event("The Italian prime minister is to step down today after weeks of protests.", ("08",))
    assert event.modality == "intended"
    assert main_event("The Italian prime minister stepped down today after weeks of protests.", ("08",)).modality == \
        "asserted"



def test_a_finite_clause_of_its_own_keeps_its_tense_under_a_plan_or_a_modal():
    # the parser may hang "I pledge ..." under "will seek": the pledge was still made
    ev = main_event('"I pledge that this government will be transparent; that we will seek to work with the '
                    'opposition," the Kenyan president told parliament.', ("03",))
    assert ev.modality == "asserted"
    ev = main_event("Germany will announce that it sent tanks to Ukraine.", AID)
    assert ev.modality == "asserted"
    assert main_event("Germany will send tanks to Ukraine.", AID).modality in ("asserted", "intended")


def test_what_came_instead_after_but_did_happen():
    events = code_text("The Kenyan army did not attack al-Shabaab but shelled its camps.", published=PUBLISHED)
    assert sorted((e.cameo_code, e.modality) for e in events) == [("190", "negated"), ("194", "asserted")]
    assert [e.modality for e in code_text("The Kenyan army did not attack al-Shabaab.", published=PUBLISHED)] == [
        "negated"]


def test_a_conjunct_in_its_own_tense_is_not_under_the_first_ones_negation():
    # "did not concede and vowed": the vow was made; "did not attack ... or shell": both negated
    events = code_text("Kenyan troops did not attack al-Shabaab and shelled its camps instead.", published=PUBLISHED)
    assert sorted((e.cameo_code, e.modality) for e in events) == [("190", "negated"), ("194", "asserted")]
    events = code_text("The Kenyan president did not resign and vowed to fight the opposition.", published=PUBLISHED)
    assert [e.modality for e in events if e.cameo_root == "13"] == ["asserted"]
    events = code_text("The Kenyan army did not attack al-Shabaab or shell its camps.", published=PUBLISHED)
    assert sorted((e.cameo_code, e.modality) for e in events) == [("190", "negated"), ("194", "negated")]
