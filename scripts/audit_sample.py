"""Draw a reproducible random sample of coded events for a precision audit by a careful human coder.

Usage: brinkwatch code samples/wikinews -f jsonl > events.jsonl
       python scripts/audit_sample.py events.jsonl --n 100 --seed 20261203 > sample.md
       ... --exclude ../shared/gold/wikinews.jsonl   (leave out every gold sentence: a sample read to find
       faults must not show the sentences of a gold set's test split, which come from the same articles)
Each drawn event is printed with its sentence, actors (surface -> code, how resolved), code, modality and
rule, numbered, so that a judge can write one verdict per line (accept / reject + fault).
"""

from __future__ import annotations

import argparse
import json
import random
import sys


def _actor(actor: dict | None) -> str:
    if not actor:
        return "-"
    return f"{actor.get('text')!r} -> {actor.get('code') or '?'} ({actor.get('resolved_by')})"


def _gold_sentences(paths: list[str]) -> set[str]:
    """The sentences of the gold files, whitespace normalised."""
    sentences: set[str] = set()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            sentences.update(" ".join(json.loads(line)["text"].split()) for line in handle if line.strip())
    return sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", help="JSONL of coded events (brinkwatch code -f jsonl)")
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--exclude", action="append", default=[], metavar="GOLD.jsonl",
                        help="leave out events whose sentence is a sentence of this gold file (repeatable)")
    options = parser.parse_args()
    with open(options.events, encoding="utf-8") as handle:
        events = [json.loads(line) for line in handle if line.strip()]
    excluded = _gold_sentences(options.exclude)
    events = [e for e in events if " ".join(e["evidence_text"].split()) not in excluded]
    drawn = random.Random(options.seed).sample(events, min(options.n, len(events)))
    print(f"# {len(drawn)} of {len(events)} events, seed {options.seed}\n")
    for number, event in enumerate(drawn, 1):
        print(f"## {number}. {event['cameo_code']} {event['cameo_name']} [{event['modality']}]"
              f" rule={event.get('rule')}")
        print(f"- source: {_actor(event.get('source'))}")
        print(f"- target: {_actor(event.get('target'))}")
        print(f"- date: {event.get('event_date')}  trigger: {event.get('trigger')}")
        print(f"- sentence: {event['evidence_text']}\n")


if __name__ == "__main__":
    sys.exit(main())
