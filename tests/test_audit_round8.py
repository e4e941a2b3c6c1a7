"""Faults found in dev-split misses and a random sample of Wikinews events (2026-12-05, third session), fixed
as general rules. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from brinkwatch.actors.dictionary import ActorDictionary
from brinkwatch.model import Document
from brinkwatch.pipeline import code_document


def _coded(text: str, published: date = date(2023, 6, 1)):
    return [(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None, e.modality,
             e.rule)
            for e in code_document(Document(text=text, doc_id="t", published=published))]


def _triples(text: str):
    return {(s, c, t) for s, c, t, _, _ in _coded(text)}


def test_the_hand_kept_sector_row_wins_over_petrarchs_country_only_row():
    # PETRARCH's "army" takes its country only from a state named with it; the hand-kept row, loaded later,
    # lets "the army" of a story about one state be that state's
    dictionary = ActorDictionary.load()
    assert not dictionary.country_only(["army"])
    assert dictionary.country_only(["apache", "gunship"])  # PETRARCH's own rows keep their rule
    assert ("THAOPP", "111", "THAMIL") in _triples("Thai opposition leaders criticised the army on Tuesday.")


def _modalities(text: str, code_prefix: str) -> set[str]:
    return {m for _, c, _, m, _ in _coded(text) if c.startswith(code_prefix)}


def test_what_an_act_is_done_for_is_still_ahead():
    assert _modalities("The envoy worked to arrange a meeting between Kagame and Tshisekedi.", "04") == {"intended"}


def test_coming_together_to_discuss_does_the_discussing():
    assert "asserted" in _modalities("The foreign ministers of Peru and Chile gathered in Lima to discuss trade.",
                                     "04")


def test_a_preferred_inquiry_is_not_yet_one():
    assert _modalities("Some senators preferred an investigation of Justice Brett Kavanaugh by the FBI.", "09") == \
        {"intended"}


def test_a_visit_a_relative_clause_says_was_cancelled_did_not_happen():
    assert _modalities("Macron's visit to Algiers, which was cancelled, had been expected to ease tensions.",
                       "04") == {"negated"}


def test_an_attack_on_an_idea_someone_owns_is_criticism_of_the_owner():
    assert ("RUSGOV", "111", "IGOWSTNAT") in _triples("The Kremlin slammed NATO's decision on Thursday.")
    assert not any(c.startswith(("18", "19")) for _, c, _, _, _ in
                   _coded("Opposition lawmakers in Kenya attacked the inquiry into the shootings."))


def test_a_party_in_an_absolute_with_clause_is_no_partner_of_the_main_act():
    # without the comma "with" carries a partner: "agreed to cooperate with investigators examining the crash"
    assert not any(t == "RUSGOV" for _, _, t, _, _ in
                   _coded("Ukrainian officials condemned the vote, with Vladimir Putin calling it a triumph."))


def test_attacking_a_politician_on_his_taxes_is_criticism():
    # the lemmatiser reads "taxes" as "taxis"; the issue is found by the word as written too
    assert ("USALEG", "111", "USAGOV") in _triples("Republican senators attacked President Joe Biden on his taxes.")
