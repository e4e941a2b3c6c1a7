"""Coding a short story for tests: its events, or its (source, code, target) triples."""

from __future__ import annotations

from datetime import date

from brinkwatch.model import Document
from brinkwatch.pipeline import code_document

PUBLISHED = date(2020, 6, 5)


def story_events(text: str, published: date = PUBLISHED):
    return code_document(Document(text=text, doc_id="t", published=published))


def story_triples(text: str, published: date = PUBLISHED):
    return {(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None)
            for e in story_events(text, published)}
