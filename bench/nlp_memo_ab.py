"""Coding with and without the POS/lemma memo (brinkwatch.lemmas), side by side in one process.

    python bench/nlp_memo_ab.py [--ngec N] [--wikinews N] [--repeats R]

Alternates R times: the same stories coded by the default pipeline (memo) and by one whose parser is
the model as shipped (attribute_ruler + lemmatizer on every token); prints sentences/s per repeat,
the medians and their ratio (wall clock and this process's CPU time, which the machine's
load disturbs less), and checks that both give the same events (every field of every event).
The memo starts empty, so the first repeat includes its learning; machine load makes absolute figures
noisy, the ratio of alternated runs less so.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NGEC_ZIP = ROOT.parent / "shared/data/ngec-synthetic/gpt_synthetic_events_2023-10-19.csv.zip"


def load(ngec: int, wikinews: int) -> list[tuple[str, date]]:
    from brinkwatch.evaluation.splits import read_ngec

    docs = [(s["text"], date(2023, 1, 1)) for s in read_ngec(NGEC_ZIP)][:ngec] if ngec else []
    wiki = []
    for path in sorted((ROOT / "samples" / "wikinews").glob("*.csv")):
        with open(path, encoding="utf-8") as fh:
            wiki += [(row["text"], date.fromisoformat(row["date"])) for row in csv.DictReader(fh)]
    return docs + wiki[:wikinews]


def code_all(pipe, docs) -> tuple[float, float, list[list[dict]]]:
    """(wall seconds, CPU seconds of this process, events as dicts)."""
    from brinkwatch.model import Document

    start, cpu = time.perf_counter(), time.process_time()
    out = [[e.to_dict() for e in pipe.code_document(Document(text=text, published=day))] for text, day in docs]
    return time.perf_counter() - start, time.process_time() - cpu, out


def main() -> None:
    opts = argparse.ArgumentParser(description=__doc__)
    opts.add_argument("--ngec", type=int, default=100)
    opts.add_argument("--wikinews", type=int, default=50)
    opts.add_argument("--repeats", type=int, default=5)
    opts.add_argument("--parse-alone", action="store_true",
                      help="also time spaCy tok2vec + parser alone on the NGEC stories (issue 10's yardstick)")
    args = opts.parse_args()
    from brinkwatch import nlp
    from brinkwatch.pipeline import Pipeline

    fast = Pipeline("rules")
    plain = Pipeline("rules")
    plain.parser = nlp.plain_parser()
    for label, docs in (("NGEC", load(args.ngec, 0)), ("Wikinews", load(0, args.wikinews))):
        if not docs:
            continue
        n_sent = sum(len(fast.sentences(fast.splitter(text))) for text, _ in docs)
        code_all(plain, docs[:1])
        rates: dict[str, list[float]] = {"plain wall": [], "memo wall": [], "plain CPU": [], "memo CPU": []}
        alone = parse_alone() if args.parse_alone and label == "NGEC" else None
        if alone is not None:
            rates |= {"parse-alone wall": [], "parse-alone CPU": []}
        same = True
        for _ in range(args.repeats):
            if alone is not None:
                start, cpu = time.perf_counter(), time.process_time()
                for _doc in alone.pipe([text for text, _ in docs], batch_size=64):
                    pass
                rates["parse-alone wall"].append(n_sent / (time.perf_counter() - start))
                rates["parse-alone CPU"].append(n_sent / (time.process_time() - cpu))
            for name, pipe in (("plain", plain), ("memo", fast)):
                wall, cpu, events = code_all(pipe, docs)
                rates[f"{name} wall"].append(n_sent / wall)
                rates[f"{name} CPU"].append(n_sent / cpu)
                if name == "plain":
                    ev_plain = events
            same = same and ev_plain == events
        med = {k: statistics.median(v) for k, v in rates.items()}
        print(f"{label}: {len(docs)} stories, {n_sent} sentences, {sum(map(len, events))} events; "
              f"identical events: {same}")
        for k in rates:
            print(f"  {k:10}: " + " ".join(f"{r:6.0f}" for r in rates[k]) + f"  median {med[k]:.0f} sentences/s")
        for clock in ("wall", "CPU"):
            ratios = [f / p for f, p in zip(rates[f"memo {clock}"], rates[f"plain {clock}"], strict=True)]
            print(f"  memo/plain ({clock}): ratio of medians {med[f'memo {clock}'] / med[f'plain {clock}']:.2f}x; "
                  f"per repeat {' '.join(f'{r:.2f}' for r in ratios)} (median {statistics.median(ratios):.2f})")
        if alone is not None:
            for name in ("plain", "memo"):
                print(f"  {name} coding / parse alone (CPU): {med[f'{name} CPU'] / med['parse-alone CPU']:.2f}x")


def parse_alone():
    """spaCy tok2vec + parser only, as bench/throughput.py builds it."""
    import spacy

    from brinkwatch.nlp import MODEL_PACKAGE

    nlp = spacy.load(MODEL_PACKAGE, exclude=["tagger", "attribute_ruler", "lemmatizer", "ner", "senter"])
    nlp.max_length = 2_000_000
    return nlp


if __name__ == "__main__":
    main()
