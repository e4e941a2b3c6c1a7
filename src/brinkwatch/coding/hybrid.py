"""The hybrid coder: the rules' events checked, and gaps filled, by the sentence classifier.

The rules stay the auditable core. Per coded sentence the classifier (coding/classifier.py, trained
only on the NGEC training split) gives P(PLOVER type | sentence); `hybrid_adjust` turns that into:
- a confidence for each rule event (raised when the classifier agrees, lowered when it is sure of
  another type; events it lowers below DROP_BELOW are dropped as likely false alarms);
- for a sentence where the rules found a source actor and a main verb but no lexicon code, a
  proposed event of the classifier's type when it is confident, coded with that type's most
  general CAMEO code (PLOVER_DEFAULT_CAMEO) and marked coder="hybrid".
"""

from __future__ import annotations

from functools import lru_cache

from brinkwatch.coding.classifier import default_classifier, hybrid_adjust

DROP_BELOW = 0.35
# the most general CAMEO code of each PLOVER type (the CAMEO->PLOVER table read backwards)
PLOVER_DEFAULT_CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "CONCEDE": "080", "COOPERATE": "060",
    "AID": "070", "RETREAT": "087", "REQUEST": "020", "ACCUSE": "112", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170",
    "ASSAULT": "190",
}


class SentenceTyper:
    """Classifier probabilities for sentences, cached by text (one sentence yields several events)."""

    def __init__(self) -> None:
        self.classifier = default_classifier()
        self._probs = lru_cache(maxsize=4096)(self.classifier.probs_dict)

    def probs(self, sentence: str) -> dict[str, float]:
        return self._probs(sentence)

    def adjust(self, rule_type: str | None, sentence: str) -> tuple[str | None, float]:
        return hybrid_adjust(rule_type, self.probs(sentence), self.classifier.policy)
