"""Faults seen on Wikinews in the sixth session of 2026-12-05, fixed as general rules.
Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from brinkwatch.model import Document
from brinkwatch.pipeline import code_document


def _events(text: str, published: date = date(2020, 6, 5)):
    return code_document(Document(text=text, doc_id="t", published=published))


def test_a_past_clause_after_a_long_past_dated_one_happened_then():
    events = _events("In 2011, the minister resigned after Egypt expelled the Israeli ambassador.")
    assert [(e.cameo_code, e.modality, e.event_date[:4]) for e in events] == [("161", "historical", "2011")]
    # a recent date is not a recalled one: the act stays the story's
    events = _events("On Monday the minister resigned after Egypt expelled the Israeli ambassador.")
    assert [(e.cameo_code, e.modality) for e in events] == [("161", "asserted")]
