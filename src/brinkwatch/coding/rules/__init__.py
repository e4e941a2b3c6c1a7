"""The coder's rules, one ordered list: each names a construction, fallback or veto, with an example.

A sentence first passes the `screen` rules (a veto there ends it). Then each trigger (a verb or a noun
that may name an act) passes the stages in this order:

trigger    which CAMEO code the word names (lexicon row)        first rule that fires wins
source     who does it                                          fallbacks, first that finds one wins
target     to whom                                              fallbacks, first that finds one wins
close      build the candidates, or veto the trigger            first rule that fires ends the stage
candidate  per candidate: vetoes and code changes               a veto ends it
claim      per candidate, once modality is read: code shifts    all that fire apply
report     per candidate, once attribution and date are read    a veto ends it
sentence   over all candidates of the sentence                  all apply

`SentenceCoder` (coder.py) runs the stages; `Trace` records which rule fired or vetoed on which
trigger, for `brinkwatch code --explain`. Every rule's docstring starts with its example sentence.
"""

# speech first: its narrow constructions come before the lexicon rows and the sentence vetoes they refine
from brinkwatch.coding.rules import speech  # noqa: F401, I001  (registers the rules, in order)
from brinkwatch.coding.rules import combining, deciding, finding, parties  # noqa: F401  (registers the rules, in order)
from brinkwatch.coding.rules import timing  # noqa: F401  (last: dates an act once its modality is settled)
from brinkwatch.coding.rules.core import RULES, STAGES, Attempt, Rule, Trace, TraceStep, rule, stage_rules

__all__ = ["RULES", "STAGES", "Attempt", "Rule", "Trace", "TraceStep", "rule", "stage_rules"]
