"""Coding throughput end to end: text in, events out (parsing included).

    python bench/throughput.py [--docs N] [--repeats R]

Codes the bundled Wikinews articles with one process and with two, and prints sentences/s,
documents/s, events/s and peak resident memory per process. Figures vary with machine load:
the median of R repeats is printed.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]


def load_docs(limit: int) -> list[tuple[str, str]]:
    docs = []
    for path in sorted((ROOT / "samples" / "wikinews").glob("*.csv")):
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                docs.append((row["text"], row["date"]))
    return docs[:limit]


def work(chunk: list[tuple[str, str]]) -> tuple[int, int, int, float, float]:
    """Code a chunk in this process: (docs, sentences, events, seconds, peak RSS MB)."""
    from brinkwatch.model import Document
    from brinkwatch.pipeline import Pipeline

    pipe = Pipeline.default("rules")
    pipe.code_document(Document(text="Russia attacked Ukraine on Monday, officials said.", published=date(2020, 1, 1)))
    n_sent = n_events = 0
    start = time.perf_counter()
    for text, published in chunk:
        doc = Document(text=text, published=date.fromisoformat(published))
        n_sent += len(pipe.sentences(pipe.splitter(text)))
        n_events += len(pipe.code_document(doc))
    seconds = time.perf_counter() - start
    peak = psutil.Process().memory_info().rss / 2**20
    return len(chunk), n_sent, n_events, seconds, peak


def run(docs, workers: int) -> dict[str, float]:
    chunks = [docs[i::workers] for i in range(workers)]
    wall = time.perf_counter()
    if workers == 1:
        results = [work(docs)]
    else:
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(work, chunks))
    wall = time.perf_counter() - wall
    n_docs = sum(r[0] for r in results)
    n_sent = sum(r[1] for r in results)
    n_events = sum(r[2] for r in results)
    busy = max(r[3] for r in results)  # coding time, without model loading
    return {
        "workers": workers, "docs": n_docs, "sentences": n_sent, "events": n_events,
        "sent_per_s": n_sent / busy, "docs_per_s": n_docs / busy, "events_per_s": n_events / busy,
        "peak_mb": max(r[4] for r in results), "wall_s": wall,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=295)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    opts = parser.parse_args()
    docs = load_docs(opts.docs)
    print(f"{len(docs)} Wikinews documents, {psutil.cpu_count()} cores")
    for workers in opts.workers:
        runs = [run(docs, workers) for _ in range(opts.repeats)]
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        print(
            f"workers={workers}: {med['sent_per_s']:8.0f} sentences/s  {med['docs_per_s']:6.1f} docs/s  "
            f"{med['events_per_s']:6.0f} events/s  peak {med['peak_mb']:.0f} MB/process  "
            f"({int(med['sentences'])} sentences, {int(med['events'])} events; median of {opts.repeats})"
        )


if __name__ == "__main__":
    main()
