"""The screen before the parse: which sentences of a story reach the parser (pipeline.Pipeline._screen).

A sentence is parsed only if it names an actor and holds a word that could be a trigger. These tests
pin the three ways the screen keeps sentences out that could never give an event, and the ways it
must not (sentences written for these tests)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from brinkwatch.coding.lexicon import default_lexicon
from brinkwatch.coding.screen import needed_words, rule_words
from brinkwatch.model import Document
from brinkwatch.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.default("rules")


def parsed_sentences(pipe: Pipeline, text: str) -> list[str]:
    screened = pipe._screen(Document(text=text, published=date(2024, 5, 6)), None)
    return screened.texts()


def test_a_word_of_an_actors_name_is_no_trigger(pipe):
    # "United" is a form of "unite" (113 "united against"), but here it only names a state
    assert parsed_sentences(pipe, "The United States and Canada are old neighbours.") == []


def test_a_verb_whose_rows_need_an_object_counts_only_beside_one(pipe):
    # "improve" is 050 only with "ties" or "relations" (and the like), which the first sentence lacks
    assert parsed_sentences(pipe, "Japan improved its growth forecast for the year.") == []
    assert parsed_sentences(pipe, "Japan improved ties with China.") == ["Japan improved ties with China."]


def test_a_verb_a_rule_names_always_reaches_the_parser(pipe):
    # "ask" is a rule's trigger (asked-to) whatever the lexicon's rows for it need
    text = "Kyiv asked Berlin for more tanks on Friday."
    assert parsed_sentences(pipe, text) == [text]
    assert "ask" in rule_words() and "asked" not in needed_words(default_lexicon())


def test_what_the_screen_drops_gives_no_event_when_coded_anyway(pipe):
    """The screen is a shortcut, never a decision: the dropped sentences, parsed and coded all the same,
    give nothing."""
    text = ("The United States and Canada are old neighbours. Japan improved its growth forecast for the year. "
            "Nurses in Kenya went on strike over pay.")
    document = Document(text=text, published=date(2024, 5, 6))
    screened = pipe._screen(document, None)
    assert [sl.index for sl, _ in screened.selected] == [2]
    doc = pipe.splitter(text)
    mention_ids = {sl.index: [] for sl in pipe.sentences(doc)}
    for m_index, mention in enumerate(screened.mentions):
        for sl in pipe.sentences(doc):
            if sl.token_start <= mention.start < sl.token_end:
                mention_ids[sl.index].append(m_index)
    everything = replace(screened, selected=[(sl, mention_ids[sl.index]) for sl in pipe.sentences(doc)])
    events = pipe._code_screened(everything, pipe._parse(everything.texts()))
    assert [e.cameo_code for e in events] == ["143"]  # only the strike, which the screen let through


def test_a_word_of_an_actors_name_may_still_be_the_object_a_trigger_needs(pipe):
    # "summon" is 114 only with an envoy: "ambassador" is part of the mention "the Russian ambassador"
    text = "Poland summoned the Russian ambassador on Monday."
    assert parsed_sentences(pipe, text) == [text]
