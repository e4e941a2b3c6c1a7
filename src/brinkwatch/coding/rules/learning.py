"""The learned fallback's trigger rule: the last trigger rule, asked only where no rule coded a sentence.

SentenceCoder.learned_candidates asks the classifier (coding/learned.py) for the sentence's type, picks the
main verb with `main_act`, and sends that verb through the stages once more with the guess in
`inp.learned`. The rules after the trigger stage (who, to whom, vetoes, modality) apply unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from brinkwatch.coding.attribution import SPEECH_VERBS
from brinkwatch.coding.rules.core import Attempt, rule

if TYPE_CHECKING:
    from brinkwatch.coding.coder import SentenceCoder

# Types that are themselves speech: their speaker is the actor ("X called for", "X warned", "X vowed").
SPOKEN_TYPES = frozenset(("AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"))
VERB_POS = ("VERB", "AUX")


def main_act(sent: Span, plover_type: str) -> Token | None:
    """The verb that carries what the sentence reports: its root, or for a material act told as speech
    ("Officials said troops withdrew from the town") the reported verb."""
    root = sent.root
    if root.pos_ not in VERB_POS:
        return None
    if root.lemma_.lower() in SPEECH_VERBS:
        # what a quote says is not what its speaker did: only a reported material act is taken
        if plover_type in SPOKEN_TYPES:
            return None
        return next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in VERB_POS), None)
    return root


@rule("learned-type", "trigger", "verb")
def learned_type(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The prime minister joined calls asking Washington to waive the envoy's immunity": no row; the model says REQUEST."""
    learned = att.inp.learned
    if learned is None or learned[0] != att.trigger.i:
        return None
    guess = learned[1]
    att.code, att.origin = guess.code, f"{coder.type_model.name}:{guess.plover_type}:{guess.probability:.2f}"
    att.confidence = 0.45
    return att.origin
