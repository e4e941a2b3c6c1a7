"""A learned sentence classifier for the event type: the coder's fallback when no rule codes a sentence.

"Prime Minister Boris Johnson joined the calls asking the United States to waive the diplomat's immunity"
names an act no lexicon row covers ("joined the calls"); the classifier reads its words and says REQUEST. The rules
still decide everything else: the trigger (the sentence's main verb), who did it to whom, the vetoes,
modality and date (coder.SentenceCoder.learned_candidates). The event records rule `learned-type`, the
class probability and the model file, so a user can see and filter what the model added.

The model is a multinomial logistic regression over word unigrams and bigrams (tf-idf), trained by
`scripts/train_event_types.py` on the lead sentences and titles of the NGEC synthetic stories and on the
project's dev-side gold (see the model's JSON card for sets, counts and cross-validated precision). Only
the weights ship; prediction is a few numpy lines, so neither training library is needed at run time.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

MODEL_DIR = "data/learned"
MODEL_NAME = "event_types"
NO_EVENT = frozenset(("NONE", "STATEMENT"))  # classes the fallback never codes

# The CAMEO code the fallback gives each PLOVER type: the type's general code (CAMEO2PLOVER-2021).
TYPE_CODES = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070", "CONCEDE": "080",
    "RETREAT": "087", "REQUEST": "020", "ACCUSE": "110", "REJECT": "120", "THREATEN": "130", "PROTEST": "140",
    "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170", "ASSAULT": "180",
}

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def terms(text: str) -> list[str]:
    """The model's features: lower-case words and adjacent word pairs (numbers and punctuation dropped)."""
    words = _WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass(frozen=True, slots=True)
class TypeGuess:
    plover_type: str
    probability: float
    code: str | None  # the CAMEO code the fallback would give; None for NONE/STATEMENT


class EventTypeModel:
    """Weights of the trained classifier: vocabulary, idf, one weight column per class."""

    def __init__(self, classes: list[str], vocabulary: list[str], idf: np.ndarray, coef: np.ndarray,
                 intercept: np.ndarray, threshold: float, name: str = MODEL_NAME):
        self.classes = classes
        self.index = {term: i for i, term in enumerate(vocabulary)}
        self.idf = idf
        self.coef = coef  # (features, classes)
        self.intercept = intercept
        self.threshold = threshold
        self.name = name

    @classmethod
    def load(cls, directory: Path | None = None) -> EventTypeModel:
        base = Path(directory) if directory else Path(str(resources.files("brinkwatch").joinpath(MODEL_DIR)))
        card = json.loads((base / f"{MODEL_NAME}.json").read_text(encoding="utf-8"))
        with np.load(base / f"{MODEL_NAME}.npz") as arrays:
            vocabulary = str(arrays["vocabulary"]).split("\n")
            return cls(card["classes"], vocabulary, arrays["idf"], arrays["coef"], arrays["intercept"],
                       float(card["threshold"]), f"{MODEL_NAME}.npz@{card['version']}")

    def probabilities(self, text: str) -> np.ndarray:
        counts = Counter(self.index[t] for t in terms(text) if t in self.index)
        if not counts:
            scores = self.intercept
        else:
            ids = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * self.idf[ids]
            weights /= np.linalg.norm(weights)
            scores = weights @ self.coef[ids] + self.intercept
        exp = np.exp(scores - scores.max())
        return exp / exp.sum()

    def guess(self, text: str) -> TypeGuess:
        """The most likely type of what the sentence reports, with its probability."""
        p = self.probabilities(text)
        best = int(p.argmax())
        label = self.classes[best]
        return TypeGuess(label, float(p[best]), TYPE_CODES.get(label))

    def confident(self, text: str) -> TypeGuess | None:
        """The guess when it names a codable type at or above the model's threshold, else None."""
        guess = self.guess(text)
        if guess.code is None or guess.probability < self.threshold:
            return None
        return guess


@lru_cache(maxsize=1)
def default_model() -> EventTypeModel:
    return EventTypeModel.load()
