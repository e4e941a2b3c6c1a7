"""Rules of rules/speech.py: refusals of what was asked, demands told in a clause, acts inside a vetoed text or
an inquiry, readiness to coerce; on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from brinkwatch import code_text
from brinkwatch.coding.rules import Trace
from brinkwatch.model import Document
from brinkwatch.pipeline import code_document

PUBLISHED = "2023-03-14"


def events(text: str):
    return code_text(text, published=PUBLISHED)


def coded(text: str) -> set[tuple]:
    return {
        (e.source.country if e.source else None, e.cameo_code, e.target.country if e.target else None, e.modality)
        for e in events(text)
    }


def rules_of(text: str) -> set[str]:
    return {part for e in events(text) for part in (e.rule or "").split("+")}


# (sentence, an event that must be there as (source, exact code, target, modality), a rule that must fire)
CASES = [
    # a request turned down: 122x by the aid asked for, aimed at whoever asked
    ("Quito turned down a request for military assistance from Lima.", ("ECU", "1222", "PER", "asserted"),
     "refused-request"),
    ("Ghana rejected an appeal from Togo for economic aid.", ("GHA", "1221", "TGO", "asserted"), "refused-request"),
    ("Oslo refused a Danish request to send frigates to the Gulf.", ("NOR", "1222", "DNK", "asserted"),
     "requester-target"),
    # an invitation to meet turned down is 125
    ("Caracas declined an invitation from Bogota to border talks.", ("VEN", "125", "COL", "asserted"),
     "refused-request"),
    # an offer to mediate turned down is 126
    ("Azerbaijan rejected an offer by Iran to mediate.", ("AZE", "126", "IRN", "asserted"), "refused-request"),
    # a demand told in a clause of its own: the party told is the target
    ("Ankara told Stockholm it must extradite the suspects.", ("TUR", "10", "SWE", "asserted"), "told-must"),
    # telling a party it will face a coercive act is a threat to it, made
    ("Rome told Tunis it would face a trade embargo unless it curbed departures.",
     ("ITA", "13", "TUN", "asserted"), "told-would-face"),
    ("Seoul warned Pyongyang it would face new sanctions.", ("KOR", "1312", "PRK", "asserted"), "told-would-face"),
    # "or face ..." read by the parser as part of a noun phrase is still the threat of the demand
    ("Ankara told Athens it must withdraw its frigate or face consequences.", ("TUR", "130", "GRC", "asserted"),
     "or-face-misparsed"),
    # refusing to give aid is 122x by the aid
    ("Washington declined to send more howitzers to Kyiv.", ("USA", "1222", "UKR", "asserted"), "refusal"),
    # forces offered to a named party are an offer of protection, made
    ("Ghana offered to send police officers to Haiti.", ("GHA", "0334", "HTI", "asserted"), "offered-forces"),
    # readiness to coerce is a threat, made
    ("Ottawa stands ready to impose sanctions on Caracas.", ("CAN", "1312", "VEN", "asserted"), "ready-to-coerce"),
]


@pytest.mark.parametrize("text,expected,rule", CASES, ids=[c[2] + ":" + c[0][:30] for c in CASES])
def test_construction(text, expected, rule):
    source, code, target, modality = expected
    found = coded(text)
    assert any(s == source and c.startswith(code) and t == target and m == modality for s, c, t, m in found), (
        f"{text!r}: expected {expected}, got {found}"
    )
    assert rule in rules_of(text)


def test_the_refused_request_is_no_event_of_its_own():
    # the frigates were not sent, and the Gulf is no target of the refusal
    found = coded("Oslo refused a Danish request to send frigates to the Gulf.")
    assert {c[:2] for _, c, _, _ in found} == {"12"}


def test_a_refusal_with_no_one_named_as_asking_has_no_target():
    # a rejection (12) with no target is now withheld (act-needs-target), so no asker is guessed and no event stands
    trace = Trace()
    found = code_document(Document("Kabul turned down a request for humanitarian assistance.",
                                   published=date.fromisoformat(PUBLISHED)), "rules", (), (), trace)
    assert found == []
    # the refusal was still read as one of humanitarian aid (1223) before it was withheld
    assert any(s.rule == "act-needs-target" and s.outcome == "vetoed" and s.note.startswith("1223 ")
               for s in trace.steps)


def test_refusing_a_request_for_nothing_told_is_left_to_the_lexicon():
    # what was asked is not told: no 122x or 125 guessed
    assert "refused-request" not in rules_of("Hanoi rejected the request from Beijing.")


def test_telling_reporters_it_must_wait_is_no_demand():
    assert not [e for e in events("The Kenyan minister told reporters it must wait for the audit.")
                if e.cameo_root == "10"]


def test_telling_what_will_happen_is_no_demand():
    # no "must" or "should": a statement, not a demand
    assert "told-must" not in rules_of("Ankara told Stockholm it would extradite the suspects.")


def test_what_a_vetoed_resolution_says_is_no_act():
    text = "Beijing vetoed a British draft resolution condemning the coup in Myanmar."
    found = coded(text)
    assert ("CHN", "129", "GBR", "asserted") in found
    assert not [f for f in found if f[1][:2] == "11"], found


def test_what_a_vetoed_resolution_says_after_a_date_is_no_act():
    found = coded("Beijing vetoed a British draft resolution on Tuesday condemning the coup in Myanmar.")
    assert ("CHN", "129", "GBR", "asserted") in found
    assert not [f for f in found if f[1][:2] == "11"], found


def test_a_vetoer_that_condemns_in_its_own_clause_still_condemns():
    # after a comma the participle is the vetoer's own act
    found = coded("Moscow vetoed the draft resolution, condemning the United States for hypocrisy.")
    assert any(c[:2] == "11" and s == "RUS" for s, c, _, _ in found), found


def test_the_act_an_inquiry_looks_into_is_no_new_act():
    found = coded("The UN rights council set up an inquiry into Minsk's crackdown on students.")
    assert not [f for f in found if f[1][:2] == "17"], found


def test_readiness_to_help_stays_an_intent_to_help():
    found = coded("Canada is ready to send food aid to Haiti.")
    assert any(c[:2] == "03" and t == "HTI" for _, c, t, _ in found), found
    assert "ready-to-coerce" not in rules_of("Canada is ready to send food aid to Haiti.")


def test_the_warning_that_tells_the_threat_is_one_event():
    found = coded("Seoul warned Pyongyang it would face new sanctions.")
    assert {c for _, c, _, _ in found} == {"1312"}, found


def test_a_fate_told_to_reporters_is_no_threat():
    assert "told-would-face" not in rules_of("The minister told reporters it would face a tough winter of sanctions.")


def test_an_or_face_without_a_demander_is_no_threat():
    assert "or-face-misparsed" not in rules_of("Voters must choose the ruling party or face the chaos.")


def test_an_act_awaited_in_an_until_clause_is_not_done():
    found = coded("Two Armenian activists began a hunger strike, vowing to fast until the defence minister resigns.")
    assert not [f for f in found if f[1].startswith("083")], found


def test_an_act_told_as_done_in_an_until_clause_stays():
    text = "The rebels held the town until the Malian army recaptured it from the rebels."
    assert any(c[:2] == "19" and s == "MLI" for s, c, _, _ in coded(text))
    assert "awaited-act" not in rules_of(text)


def test_forces_threatened_are_no_offer():
    assert "offered-forces" not in rules_of("Moscow threatened to deploy troops to the border with Ukraine.")


def test_what_an_appeal_asks_for_is_no_act_of_its_own():
    found = coded("The Malian president asked the African Union for more troops to help the army fight the jihadists.")
    assert any(c.startswith("02") for _, c, _, _ in found), found
    assert not [f for f in found if f[1][:2] in ("18", "19")], found


def test_an_act_beside_an_appeal_stays():
    found = coded("Kyiv asked Berlin for tanks after Russian forces shelled Kharkiv.")
    assert any(c.startswith("19") and s == "RUS" for s, c, _, _ in found), found


def test_a_vetoed_text_is_aimed_at_its_maker_not_at_whom_it_names():
    found = coded("Moscow vetoed a Security Council resolution condemning the coup in Niger.")
    assert any(c == "129" for _, c, _, _ in found), found
    assert not [f for f in found if f[1] == "129" and f[2] == "NER"], found
    assert "text-maker" in rules_of("Moscow vetoed a Security Council resolution condemning the coup in Niger.")


def test_a_text_put_forward_by_a_party_is_aimed_at_that_party():
    found = coded("Hamas rejected a truce proposal put forward by Qatari mediators.")
    assert any(c.startswith("12") and t == "QAT" for _, c, t, _ in found), found
