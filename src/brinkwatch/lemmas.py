"""POS, morphology and lemmas from a memo instead of spaCy's attribute_ruler + lemmatizer on every token.

In en_core_web_sm both components are a function of few token attributes: the attribute ruler matches
patterns on LOWER, TAG, DEP and IS_SPACE (all given by the token's text, tag and dependency label),
and the rule lemmatizer reads the text, POS and morphology the ruler set. So a token's outcome (tag,
POS, morphology, lemma, dependency label) is fixed by its (text, tag, dep) -- except where a pattern
spans two tokens ("there is": expl + "is"; "gon na", "let 's", "ai n't"): there the neighbours count
too, and the key holds them. The two components are Python per token and took about a quarter of the
coding time of wire stories (bench/nlp_memo_ab.py); the memo costs a dict look-up per token.

A token whose key is not yet in the memo goes through the real components once, in a small doc of
its own (with its neighbours where they count), and the outcome is stored: the memo holds only what
spaCy itself produced, so outputs are identical (tests/test_nlp_speed_equivalence.py compares
them). If the model's patterns ever use something else (longer patterns, quantifiers, other
attributes), the memo turns itself off and the real components run on every sentence.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "brinkwatch_tag_lemma_memo"
# pattern attributes that a token's (text, tag, dep) determine
_KEYED_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "TAG", "DEP", "IS_SPACE"})
_MAX_MEMO = 100_000  # entries (~500 bytes each, ~50 MB); past this the memo starts afresh: bounded memory


class TagLemmaMemo:
    """Stands in for the attribute ruler and lemmatizer it wraps; same outputs, memoised per token key."""

    def __init__(self, nlp: Language, name: str = COMPONENT):
        self.name = name
        self.vocab = nlp.vocab
        self.ruler = None
        self.lemmatizer = None
        self.enabled = False
        self.memo: dict[tuple, tuple[int, int, int, int, int]] = {}
        self._first_lowers: set[str] = set()
        self._first_regexes: list[re.Pattern] = []
        self._first_deps: set[str] = set()
        self._lower_is_first: dict[int, bool] = {}
        self._dep_is_first: dict[int, bool] = {}

    def bind(self, ruler, lemmatizer) -> None:
        """Take over the two components (run in this order, as in the model's pipeline)."""
        self.ruler, self.lemmatizer = ruler, lemmatizer
        self.enabled = self._read_patterns(ruler.patterns)
        _index_as_sets(lemmatizer)

    def _read_patterns(self, patterns: list[dict]) -> bool:
        """Collect what can open a two-token pattern; False when a pattern is beyond what the key covers."""
        for entry in patterns:
            for pattern in entry["patterns"]:
                if not isinstance(pattern, list) or len(pattern) > 2:
                    return False
                for spec in pattern:
                    if "OP" in spec or not set(spec) <= _KEYED_ATTRS:
                        return False
                if len(pattern) == 2 and not self._add_opener(pattern[0]):
                    return False
        return True

    def _add_opener(self, spec: dict) -> bool:
        """Note the first token of a two-token pattern by its LOWER or DEP (its TAG is left out: a wider
        net only puts more tokens under the neighbour-holding key)."""
        found = False
        for attr, value in spec.items():
            target = self._first_lowers if attr in ("LOWER", "ORTH", "TEXT") else self._first_deps if attr == "DEP" else None
            if target is None:
                continue
            if isinstance(value, str):
                target.add(value.lower() if attr != "DEP" else value)
                found = True
            elif isinstance(value, dict) and set(value) == {"IN"}:
                target.update(v.lower() if attr != "DEP" else v for v in value["IN"])
                found = True
            elif isinstance(value, dict) and set(value) == {"REGEX"} and attr != "DEP":
                flags = 0 if attr == "LOWER" else re.IGNORECASE
                self._first_regexes.append(re.compile(value["REGEX"], flags))
                found = True
        return found

    def _opens(self, lower: int, dep: int) -> bool:
        """Whether a token could be the first of a two-token pattern (so it and the next need context)."""
        hit = self._lower_is_first.get(lower)
        if hit is None:
            text = self.vocab.strings[lower]
            hit = text in self._first_lowers or any(rx.search(text) for rx in self._first_regexes)
            self._lower_is_first[lower] = hit
        if hit:
            return True
        hit = self._dep_is_first.get(dep)
        if hit is None:
            hit = self._dep_is_first[dep] = self.vocab.strings[dep] in self._first_deps
        return hit

    def keys(self, doc: Doc) -> list[tuple]:
        """Each token's memo key: (orth, tag, dep), with both neighbours' where a two-token pattern may apply."""
        rows = doc.to_array([ORTH, TAG, DEP, LOWER]).tolist()
        opens = [self._opens(row[3], row[2]) for row in rows]
        out: list[tuple] = []
        last = len(rows) - 1
        for i, row in enumerate(rows):
            own = (row[0], row[1], row[2])
            if opens[i] or (i > 0 and opens[i - 1]):
                before = tuple(rows[i - 1][:3]) if i > 0 else None
                after = tuple(rows[i + 1][:3]) if i < last else None
                out.append((own, before, after))
            else:
                out.append(own)
        return out

    def __call__(self, doc: Doc) -> Doc:
        if not self.enabled or len(doc) == 0:
            return self._run_components(doc)
        if len(self.memo) > _MAX_MEMO:
            self.memo.clear()
        keys = self.keys(doc)
        memo = self.memo
        missing = [key for key in keys if key not in memo]
        if missing:
            self._learn(missing)
        self._apply(doc, [memo[key] for key in keys])
        return doc

    def _run_components(self, doc: Doc) -> Doc:
        return self.lemmatizer(self.ruler(doc))

    def _learn(self, missing: list[tuple]) -> None:
        """Run the real components on small docs made of the missing keys' tokens and store the outcome.

        Tokens with a bare key sit side by side in one doc: none of them opens a two-token pattern, so
        no pattern joins two of them. A token with neighbours in its key gets a doc of those three."""
        bare = list(dict.fromkeys(key for key in missing if not isinstance(key[0], tuple)))
        if bare:
            self._learn_doc(bare, bare)
        for key in dict.fromkeys(key for key in missing if isinstance(key[0], tuple)):
            own, before, after = key
            rows = [row for row in (before, own, after) if row is not None]
            self._learn_doc(rows, [key] if before is None else [None, key])

    def _learn_doc(self, rows: list[tuple[int, int, int]], keys: list[tuple | None]) -> None:
        strings = self.vocab.strings
        doc = Doc(self.vocab, words=[strings[orth] for orth, _, _ in rows], spaces=[False] * len(rows))
        for token, (_, tag, dep) in zip(doc, rows, strict=True):
            token.tag = tag
            token.dep = dep
        self._run_components(doc)
        outcome = doc.to_array([TAG, POS, MORPH, LEMMA, DEP]).tolist()
        for key, row in zip(keys, outcome, strict=False):
            if key is not None:
                self.memo[key] = tuple(row)

    def _apply(self, doc: Doc, found: list[tuple[int, int, int, int, int]]) -> None:
        before = doc.to_array([TAG, DEP]).tolist()
        for i, (old, new) in enumerate(zip(before, found, strict=True)):
            if old[0] != new[0] or old[1] != new[4]:  # the ruler's tag/label changes (spaces): rare
                token = doc[i]
                token.tag = new[0]
                token.dep = new[4]
        arr = doc.to_array([POS, MORPH, LEMMA])
        for i, new in enumerate(found):
            arr[i, 0], arr[i, 1], arr[i, 2] = new[1], new[2], new[3]
        doc.from_array([POS, MORPH, LEMMA], arr)


def _index_as_sets(lemmatizer) -> None:
    """The rule lemmatizer asks `form in index` of word lists (57,528 nouns): as sets, the same answer
    without a scan of the list (~0.5 ms a new word). Only membership is ever asked of them; this copy of
    the model is never saved."""
    tables = getattr(lemmatizer, "lookups", None)
    if tables is None or not tables.has_table("lemma_index"):
        return
    index = tables.get_table("lemma_index")
    for pos, words in list(index.items()):
        if isinstance(words, list):
            index[pos] = frozenset(words)


@Language.factory(COMPONENT)
def make_tag_lemma_memo(nlp: Language, name: str) -> TagLemmaMemo:
    return TagLemmaMemo(nlp, name)


def install(nlp: Language) -> Language:
    """Swap the pipeline's attribute_ruler and lemmatizer for the memo (which runs them on a miss)."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return nlp
    names = nlp.pipe_names
    if names.index("attribute_ruler") > names.index("lemmatizer") or names[-2:] != ["attribute_ruler", "lemmatizer"]:
        return nlp  # another order or later components: keep the model as it is
    ruler = nlp.remove_pipe("attribute_ruler")[1]
    lemmatizer = nlp.remove_pipe("lemmatizer")[1]
    memo = nlp.add_pipe(COMPONENT, last=True)
    memo.bind(ruler, lemmatizer)
    return nlp
