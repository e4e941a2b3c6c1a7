"""The learned component of `--coder hybrid`: P(PLOVER event type | sentence).

A TF-IDF bag of word unigrams and bigrams scored by a multinomial logistic regression. It was fitted
with scikit-learn by `scripts/train_classifier.py` on the NGEC synthetic stories (see
`data/models/MODEL_CARD.md`), and the fitted numbers were exported as plain arrays, so prediction
here is numpy only: no pickle, no scikit-learn at run time, same result on any library version.

    clf = default_classifier()
    clf.top("Police fired tear gas at thousands of protesters in the capital.")
    # [('PROTEST', 0.44), ('ASSAULT', 0.16), ('MOBILIZE', 0.12)]

`hybrid_adjust(rule_type, probs)` is the policy the hybrid coder applies on top of the rules.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from brinkwatch.errors import DictionaryError, InputError

MODEL_DIR = "data/models"
WEIGHTS_FILE = "event_type_classifier.npz"
META_FILE = "event_type_classifier.json"
FORMAT_VERSION = 1
_ARRAYS = ("labels", "vocabulary", "idf", "coef", "intercept")

# Words are runs of letters (any script) joined by an inner hyphen or apostrophe; numbers are one token,
# because the amount rarely tells the event type but "<num> killed" does.
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_NUMBER_TOKEN = "<num>"


# English inflection folded away, longest suffix first: (suffix, replacement, shortest word it applies to).
# Small data, so "threatened"/"threatens"/"threatening" should share one weight. Agent nouns ("protesters")
# are left apart from their verbs on purpose: they name actors, not acts.
_SUFFIXES = (
    ("ies", "y", 5), ("ied", "y", 5), ("sses", "ss", 5), ("ches", "ch", 5), ("shes", "sh", 5),
    ("xes", "x", 4), ("eed", "ee", 5), ("ing", "", 6), ("ed", "", 5), ("s", "", 4),
)


def stem(word: str) -> str:
    """A light inflectional stem: "talks"/"talked"/"talking" -> "talk", "allies" -> "ally"."""
    for suffix, replacement, shortest in _SUFFIXES:
        if word.endswith(suffix) and len(word) >= shortest:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word  # "press", "virus", "crisis" are not plurals
            return word[: len(word) - len(suffix)] + replacement
    return word


def analyse(text: str) -> list[str]:
    """The terms of one text: lower-cased, stemmed word unigrams followed by adjacent-word bigrams.

    Shared by training (given to scikit-learn's TfidfVectorizer as its analyzer) and by prediction,
    so both see exactly the same features.
    """
    text = text.lower().replace("\u2019", "'")
    words = []
    for word in _WORD.findall(text):
        if word[0].isdigit():
            words.append(_NUMBER_TOKEN)
        else:
            # possessive "russia's" carries the same meaning as "russia"
            words.append(stem(word[:-2] if word.endswith("'s") else word))
    bigrams = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return words + bigrams


@dataclass(frozen=True, slots=True)
class HybridPolicy:
    """Numbers of `hybrid_adjust`; the thresholds come from cross-validation on the training split."""

    rule_confidence: float = 0.6  # what a rules-only event is worth before the classifier is asked
    confident: float = 0.8  # top-type probability at which the classifier's own choice is trusted
    disagree_rule_max: float = 0.1  # the rules' type counts as rejected below this probability


class EventTypeClassifier:
    """Event-type probabilities for sentences, from exported TF-IDF + logistic-regression weights."""

    def __init__(
        self,
        labels: Sequence[str],
        vocabulary: Sequence[str],
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        sublinear_tf: bool = True,
        policy: HybridPolicy | None = None,
    ):
        """`coef` has one row per vocabulary term and one column per label (feature-major, for gathers)."""
        n_labels, n_terms = len(labels), len(vocabulary)
        if coef.shape != (n_terms, n_labels) or idf.shape != (n_terms,) or intercept.shape != (n_labels,):
            raise DictionaryError(
                f"classifier arrays disagree: {n_terms} terms, {n_labels} labels, coef {coef.shape}, "
                f"idf {idf.shape}, intercept {intercept.shape}",
                input=WEIGHTS_FILE,
            )
        self.labels: tuple[str, ...] = tuple(labels)
        self.term_index: dict[str, int] = {term: i for i, term in enumerate(vocabulary)}
        self.idf = np.asarray(idf, dtype=np.float32)
        self.coef = np.ascontiguousarray(coef, dtype=np.float32)
        self.intercept = np.asarray(intercept, dtype=np.float32)
        self.sublinear_tf = sublinear_tf
        self.policy = policy or HybridPolicy()

    @classmethod
    def from_fitted(cls, vectorizer: object, model: object, policy: HybridPolicy | None = None
                    ) -> EventTypeClassifier:
        """From a fitted scikit-learn TfidfVectorizer (analyzer=`analyse`) and multinomial LogisticRegression.

        Read by attribute only, so this module never imports scikit-learn.
        """
        term_ids: dict[str, int] = vectorizer.vocabulary_  # type: ignore[attr-defined]
        coef = np.asarray(model.coef_)  # type: ignore[attr-defined]
        labels = [str(label) for label in model.classes_]  # type: ignore[attr-defined]
        if coef.shape[0] != len(labels):
            raise DictionaryError("expected a multinomial model with one coefficient row per label",
                                  input=type(model).__name__)
        return cls(
            labels=labels,
            vocabulary=sorted(term_ids, key=term_ids.__getitem__),
            idf=np.asarray(vectorizer.idf_, dtype=np.float32),  # type: ignore[attr-defined]
            coef=np.ascontiguousarray(coef.T, dtype=np.float32),
            intercept=np.asarray(model.intercept_, dtype=np.float32),  # type: ignore[attr-defined]
            sublinear_tf=bool(vectorizer.sublinear_tf),  # type: ignore[attr-defined]
            policy=policy,
        )

    def save(self, directory: Path, meta: dict) -> None:
        """Write the weights (.npz of plain float32/str arrays) and the meta JSON into `directory`."""
        vocabulary = sorted(self.term_index, key=self.term_index.__getitem__)
        directory.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            directory / WEIGHTS_FILE,
            labels=np.array(self.labels, dtype=str),
            vocabulary=np.array(vocabulary, dtype=str),
            idf=self.idf,
            coef=self.coef,
            intercept=self.intercept,
        )
        meta = {"format_version": FORMAT_VERSION, "sublinear_tf": self.sublinear_tf,
                "hybrid_policy": asdict(self.policy), **meta}
        (directory / META_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls) -> EventTypeClassifier:
        """The weights shipped in the package (`brinkwatch/data/models/`)."""
        base = resources.files("brinkwatch").joinpath(MODEL_DIR)
        try:
            meta = json.loads(base.joinpath(META_FILE).read_text(encoding="utf-8"))
            with resources.as_file(base.joinpath(WEIGHTS_FILE)) as path, np.load(path) as arrays:
                weights = {name: arrays[name] for name in _ARRAYS}
        except FileNotFoundError as exc:
            raise DictionaryError("classifier weights are missing from the package",
                                  input=str(exc.filename)) from exc
        except (OSError, ValueError, KeyError) as exc:
            # ValueError also covers np.load refusing a pickled array: the format is plain arrays only
            raise DictionaryError(f"classifier weights cannot be read: {exc}", input=WEIGHTS_FILE) from exc
        if meta.get("format_version") != FORMAT_VERSION:
            found = meta.get("format_version")
            raise DictionaryError(f"classifier format {found!r}, expected {FORMAT_VERSION}", input=META_FILE)
        policy = HybridPolicy(**meta.get("hybrid_policy", {}))
        return cls(
            labels=[str(label) for label in weights["labels"]],
            vocabulary=[str(term) for term in weights["vocabulary"]],
            idf=weights["idf"],
            coef=weights["coef"],
            intercept=weights["intercept"],
            sublinear_tf=bool(meta.get("sublinear_tf", True)),
            policy=policy,
        )

    def predict_proba(self, sentences: list[str]) -> np.ndarray:
        """Probabilities, shape (len(sentences), len(labels)); each row sums to 1.

        A sentence without a known term gets the prior (the softmax of the intercepts).
        Raises InputError, naming the position, for an item that is not a string.
        """
        scores = self.decision_function(sentences)
        scores -= scores.max(axis=1, keepdims=True)  # stable softmax
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def decision_function(self, sentences: list[str]) -> np.ndarray:
        """Linear scores (logits), shape (len(sentences), len(labels))."""
        if isinstance(sentences, str):
            raise InputError("expected a list of sentences, got one string", input="sentences")
        rows, cols, values = self._tfidf(sentences)
        scores = np.tile(self.intercept.astype(np.float64), (len(sentences), 1))
        if len(cols):
            contributions = self.coef[cols].astype(np.float64) * values[:, None]
            # rows are sorted, so each sentence's terms form one run: sum the runs
            starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
            scores[rows[starts]] += np.add.reduceat(contributions, starts, axis=0)
        return scores

    def top(self, sentence: str, k: int = 3) -> list[tuple[str, float]]:
        """The k most probable types of one sentence, best first."""
        probs = self.predict_proba([sentence])[0]
        best = np.argsort(-probs, kind="stable")[: max(k, 0)]
        return [(self.labels[i], float(probs[i])) for i in best]

    def probs_dict(self, sentence: str) -> dict[str, float]:
        """All label probabilities of one sentence, the form `hybrid_adjust` takes."""
        return dict(zip(self.labels, (float(p) for p in self.predict_proba([sentence])[0]), strict=True))

    def _tfidf(self, sentences: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Sparse TF-IDF rows as (row, column, value) triples, L2-normalised per row."""
        rows: list[int] = []
        cols: list[int] = []
        values: list[float] = []
        for position, sentence in enumerate(sentences):
            if not isinstance(sentence, str):
                raise InputError(f"sentence is {type(sentence).__name__}, not str", input="sentences",
                                 position=position)
            counts = Counter(i for term in analyse(sentence) if (i := self.term_index.get(term)) is not None)
            if not counts:
                continue
            weights = [
                ((1.0 + math.log(n)) if self.sublinear_tf else float(n)) * float(self.idf[i])
                for i, n in counts.items()
            ]
            norm = math.sqrt(sum(w * w for w in weights))
            rows.extend([position] * len(counts))
            cols.extend(counts)
            values.extend(w / norm for w in weights)
        return (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64),
                np.asarray(values, dtype=np.float64))


@lru_cache(maxsize=1)
def default_classifier() -> EventTypeClassifier:
    """The shipped classifier, loaded once (tests may call `default_classifier.cache_clear()`)."""
    return EventTypeClassifier.load()


def hybrid_adjust(
    rule_type: str | None, probs: dict[str, float], policy: HybridPolicy | None = None
) -> tuple[str | None, float]:
    """How the hybrid coder combines the rules' PLOVER type with the classifier: (type, confidence).

    The rules stay in charge of the code (they are the auditable part); the classifier moves confidence
    and fills a gap only when it is sure:

    - rules found a type and it is the classifier's top type: keep it, raise confidence from
      `rule_confidence` towards 1 by the classifier's probability;
    - rules found a type and the classifier strongly disagrees (its top type reaches `confident` while
      the rules' type is below `disagree_rule_max`): keep the type, scale confidence down by the
      probability the classifier leaves to it (but not below half of `rule_confidence`);
    - rules found a type and the classifier is unsure either way: keep the rules' confidence;
    - rules found a source actor and a verb but no lexicon code (`rule_type` None): propose the
      classifier's top type only when its probability reaches `confident`, with that probability as
      confidence; otherwise (None, 0.0).

    The `confident` threshold is chosen by cross-validation on the training split (see MODEL_CARD.md).
    """
    policy = policy or default_classifier().policy
    if not probs:
        return rule_type, policy.rule_confidence if rule_type else 0.0
    top_type, top_p = max(probs.items(), key=lambda item: item[1])
    if rule_type is None:
        return (top_type, round(top_p, 4)) if top_p >= policy.confident else (None, 0.0)
    rule_p = probs.get(rule_type)
    if rule_p is None:  # a type the classifier does not know: no opinion
        return rule_type, policy.rule_confidence
    base = policy.rule_confidence
    if top_type == rule_type:
        return rule_type, round(base + (1.0 - base) * rule_p, 4)
    if top_p >= policy.confident and rule_p < policy.disagree_rule_max:
        lowered = base * max(rule_p / policy.disagree_rule_max, 0.5)
        return rule_type, round(lowered, 4)
    return rule_type, base
