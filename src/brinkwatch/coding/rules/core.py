"""The rule registry (one ordered list), the trace of what fired, and a trigger's working record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from brinkwatch.model import ActorRef

if TYPE_CHECKING:
    from brinkwatch.coding.coder import Candidate, SentenceInput
    from brinkwatch.coding.lexicon import VerbEntry


# "withheld" runs last, on acts withheld for want of a target in a sentence that coded nothing else
STAGES = ("screen", "trigger", "source", "target", "close", "candidate", "claim", "report", "sentence", "withheld")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    stage: str
    fn: Callable
    applies_to: str = "both"  # verb | noun | both (trigger kinds)
    veto: bool = False

    @property
    def example(self) -> str:
        """The docstring's first line: the example sentence and what the rule does with it."""
        return (self.fn.__doc__ or "").strip().splitlines()[0]


RULES: list[Rule] = []


def rule(name: str, stage: str, applies_to: str = "both", veto: bool = False):
    """Register a rule at the end of the ordered list."""

    def register(fn: Callable) -> Callable:
        assert stage in STAGES, stage
        RULES.append(Rule(name, stage, fn, applies_to, veto))
        RULES.sort(key=lambda r: STAGES.index(r.stage))  # stable: definition order within a stage
        stage_rules.cache_clear()
        return fn

    return register


@lru_cache(maxsize=64)
def stage_rules(stage: str, kind: str) -> tuple[Rule, ...]:
    return tuple(r for r in RULES if r.stage == stage and r.applies_to in (kind, "both"))


@dataclass(slots=True)
class TraceStep:
    sentence: int
    trigger: str  # "shelled" (the trigger word), "" for sentence-level rules
    rule: str
    outcome: str  # fired | vetoed | dropped
    note: str = ""


@dataclass(slots=True)
class Trace:
    """Which rules fired or vetoed, trigger by trigger (powers `brinkwatch code --explain`)."""

    steps: list[TraceStep] = field(default_factory=list)
    sentences: dict[int, str] = field(default_factory=dict)  # sentence index -> text

    def add(self, sentence: int, trigger: str, rule_name: str, outcome: str, note: str = "") -> None:
        self.steps.append(TraceStep(sentence, trigger, rule_name, outcome, note))


@dataclass(slots=True)
class Attempt:
    """One trigger on its way through the stages: what the rules have found so far."""

    trigger: Token
    inp: SentenceInput
    kind: str  # verb | noun
    consumed: set[int]
    code: str | None = None
    origin: str = ""  # the lexicon row ("verbs.tsv:123")
    made_by: str = ""  # the trigger rule that found the code
    entry: VerbEntry | None = None
    act_noun: Token | None = None  # the event noun of a light verb: "launched an attack"
    sources: list[tuple[Token, ActorRef]] = field(default_factory=list)
    targets: list[tuple[Token, ActorRef]] = field(default_factory=list)
    subject: Token | None = None
    confidence: float = 0.6
    themes: frozenset[str] = frozenset()
    on_places: bool = False
    conflict: bool = True
    candidates: list[Candidate] | None = None  # set when a close rule built them itself
    no_target: bool = False  # the act has no target to look for (a denial of an act)
    target_unnamed: bool = False  # the one the act is aimed at is not named ("condemned the attack on Kyiv")
    fired: list[str] = field(default_factory=list)  # rules after the trigger rule that shaped the result
