"""The memo that stands in for attribute_ruler + lemmatizer (brinkwatch.lemmas) gives exactly what the
model's own components give: same tag, POS, morphology, lemma and dependency for every token."""

from __future__ import annotations

import pytest

from brinkwatch import lemmas, nlp

# Written for this test: inflections, proper nouns, numbers, punctuation, odd spacing, and the
# two-token patterns of the model's attribute ruler ("there is", "let's", "gonna", "ain't", "y'all").
SENTENCES = [
    "The rebels attacked two villages near the border on Tuesday, the army said.",
    "Ministers were meeting in Geneva while protesters marched through the streets.",
    "There is no plan to withdraw the troops, and there were no talks last week.",
    "There's a ceasefire, but there are reports of shelling in the east.",
    "Let's be clear: we ain't going to sign it, the envoy told reporters.",
    "They're gonna lose the vote, y'all know that.",
    "I've gotta go, c'mon.",
    "The talks   broke down.\n\nNegotiators left the capital at 5 p.m. on 3 March 2024.",
    "She let the deadline pass and got no answer from the ministry.",
    "Police arrested 12 people; 3 were later released without charge.",
    "The attacks, which killed dozens, were condemned by the United Nations Security Council.",
    "He is the president's brother and was once its best-known critic.",
    "Is there any doubt?  There was none, said the spokesman of the Foreign Ministry.",
    "Striking workers blocked the port as the government's offer was rejected again.",
]


def _analysis(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start) for t in doc]


@pytest.fixture(scope="module")
def plain():
    return nlp.plain_parser()


def _fresh_memo_parser():
    return lemmas.install(nlp.load_model())


def test_memo_replaces_the_ruler_and_lemmatizer():
    fast = _fresh_memo_parser()
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    memo = fast.get_pipe(lemmas.COMPONENT)
    assert memo.enabled
    assert {"let", "gon", "ai"} <= memo._first_lowers and "expl" in memo._first_deps and memo._first_regexes


def test_same_analysis_as_the_model_first_and_second_time(plain):
    fast = _fresh_memo_parser()
    memo = fast.get_pipe(lemmas.COMPONENT)
    expected = [_analysis(doc) for doc in plain.pipe(SENTENCES)]
    first = [_analysis(doc) for doc in fast.pipe(SENTENCES)]  # every token learnt from small docs
    assert memo.memo
    learnt = len(memo.memo)
    second = [_analysis(doc) for doc in fast.pipe(reversed(SENTENCES))]  # every token from the memo
    assert len(memo.memo) == learnt
    assert first == expected
    assert list(reversed(second)) == expected


def test_two_token_patterns_keep_their_context(plain):
    # "is" after expletive "there" is a VERB, elsewhere an AUX: the memo must not mix the two up.
    fast = _fresh_memo_parser()
    sentences = ["The report is late.", "There is a report.", "The answer is no.", "There is an answer."]
    for _ in range(2):
        for sentence in sentences:
            assert _analysis(fast(sentence)) == _analysis(plain(sentence))
    is_pos = {(d.text, t.pos_) for d in map(fast, sentences) for t in d if t.lower_ == "is"}
    assert len({pos for _, pos in is_pos}) == 2  # the model does tell the two uses apart here


def test_same_analysis_one_sentence_at_a_time(plain):
    fast = _fresh_memo_parser()
    for sentence in SENTENCES + SENTENCES[::-1]:
        assert _analysis(fast(sentence)) == _analysis(plain(sentence))


def test_patterns_the_key_cannot_cover_turn_the_memo_off(plain):
    fast = lemmas.install(nlp.load_model())
    memo = fast.get_pipe(lemmas.COMPONENT)
    assert not memo._read_patterns([{"patterns": [[{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}]]}])
    assert not memo._read_patterns([{"patterns": [[{"LOWER": "a", "OP": "+"}]]}])
    assert not memo._read_patterns([{"patterns": [[{"LEMMA": "be"}]]}])
    assert not memo._read_patterns([{"patterns": [[{"TAG": "NN"}, {"LOWER": "b"}]]}])  # opener by tag only
    memo.enabled = False  # then the real components run on every sentence
    sentence = SENTENCES[2]
    assert _analysis(fast(sentence)) == _analysis(plain(sentence))
    assert not memo.memo


def test_a_full_memo_starts_afresh_and_stays_right(plain, monkeypatch):
    monkeypatch.setattr(lemmas, "_MAX_MEMO", 20)
    fast = _fresh_memo_parser()
    memo = fast.get_pipe(lemmas.COMPONENT)
    for sentence in SENTENCES[:6]:
        assert _analysis(fast(sentence)) == _analysis(plain(sentence))
        assert len(memo.memo) <= 20 + len(sentence.split()) * 2  # cleared before each sentence it outgrew


# Stories written for this test, coded one by one and with the sentences of several parsed together
# (Pipeline.code_many): the events must be the same, field for field, and a bad story only fails itself.
STORIES = [
    "Russian forces shelled the city of Kharkiv on Monday, killing four civilians, Ukrainian officials said. "
    "Ukraine's foreign minister condemned the attack and urged Western allies to send more air defences.",
    "The President of France met the German chancellor in Paris on Friday.\n\nThe two leaders agreed to "
    "coordinate aid to Ukraine. Berlin later pledged 500 million euros in military aid.",
    "Nothing of note happened at the weekend market, where farmers sold apples and pears.",
    "Israel launched air strikes on Hamas positions in Gaza after rockets were fired at Sderot, the army said. "
    "Egypt called on both sides to show restraint. Qatar offered to mediate.",
    "China accused the United States of interfering in its internal affairs. Beijing also threatened to impose "
    "sanctions on American defence companies that sell weapons to Taiwan.",
    "Police arrested 30 protesters in Tbilisi as thousands rallied against the government of Georgia. "
    "The European Union criticised the arrests.",
]


def _events(outcome) -> list[dict] | str:
    return [e.to_dict() for e in outcome] if isinstance(outcome, list) else type(outcome).__name__


@pytest.mark.parametrize("per_parse", [1, 3, 1000])
def test_stories_parsed_together_give_the_events_of_one_by_one(per_parse, monkeypatch):
    from datetime import date

    from brinkwatch import pipeline
    from brinkwatch.model import Document

    monkeypatch.setattr(pipeline, "SENTENCES_PER_PARSE", per_parse)  # groups end inside and after the set
    docs = [Document(text=text, doc_id=f"s{i}", published=date(2024, 3, 5)) for i, text in enumerate(STORIES)]
    docs.insert(2, Document(text="", doc_id="empty"))  # a bad story in the middle of a group
    pipe = pipeline.Pipeline.default("rules")
    expected = []
    for doc in docs:
        try:
            expected.append(_events(pipe.code_document(doc)))
        except pipeline.InputError as exc:
            expected.append(_events(exc))
    together = [(doc.doc_id, _events(outcome)) for doc, outcome in pipe.code_many(iter(docs))]
    assert [doc_id for doc_id, _ in together] == [doc.doc_id for doc in docs]
    assert [events for _, events in together] == expected
    assert expected[2] == "InputError"
    assert sum(len(e) for e in expected if isinstance(e, list)) >= 6  # the stories do give events
