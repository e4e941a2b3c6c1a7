"""Coding throughput end to end: text in, events out (parsing included).

    python bench/throughput.py [--docs N] [--repeats R]

Codes the bundled Wikinews articles with one process and with two, and prints sentences/s,
documents/s, events/s and peak resident memory per process. Figures vary with machine load:
the median of R repeats is printed. Stories are coded as `ingest` and `code_documents` code them
(Pipeline.code_many: the screened sentences of several stories parsed in one call); `--one-by-one`
adds the figure of `code_document` called per story. Sentences are counted before the clock starts.

Then, on dense wire text (where most sentences pass the screen and the parse sets the limit), the
side-by-side figure: coding the first `--ngec` NGEC synthetic stories (400 by default) against spaCy's
tok2vec + parser alone on the same stories, in the same process and run, alternated R times; the ratio
of the two rates says how much the coder adds to the parse (`--ngec 0` skips it).
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
NGEC_ZIP = ROOT.parent / "shared/data/ngec-synthetic/gpt_synthetic_events_2023-10-19.csv.zip"


def load_docs(limit: int) -> list[tuple[str, str]]:
    docs = []
    for path in sorted((ROOT / "samples" / "wikinews").glob("*.csv")):
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                docs.append((row["text"], row["date"]))
    return docs[:limit]


def work(chunk: list[tuple[str, str]], one_by_one: bool = False) -> tuple[int, int, int, float, float]:
    """Code a chunk in this process: (docs, sentences, events, seconds, peak RSS MB)."""
    from brinkwatch.model import Document
    from brinkwatch.pipeline import Pipeline

    pipe = Pipeline.default("rules")
    warm_up = "Russia attacked Ukraine on March 5, 2024, killing 12 people near Kharkiv, officials said."
    pipe.code_document(Document(text=warm_up, published=date(2020, 1, 1)))  # models, dates and places loaded
    n_sent = sum(len(pipe.sentences(pipe.splitter(text))) for text, _ in chunk)
    docs = [Document(text=text, published=date.fromisoformat(published)) for text, published in chunk]
    start = time.perf_counter()
    if one_by_one:
        n_events = sum(len(pipe.code_document(doc)) for doc in docs)
    else:
        n_events = sum(len(events) for _, events in pipe.code_many(docs))
    seconds = time.perf_counter() - start
    peak = psutil.Process().memory_info().rss / 2**20
    return len(chunk), n_sent, n_events, seconds, peak


def run(docs, workers: int, one_by_one: bool = False) -> dict[str, float]:
    chunks = [docs[i::workers] for i in range(workers)]
    wall = time.perf_counter()
    if workers == 1:
        results = [work(docs, one_by_one)]
    else:
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(work, chunks, [one_by_one] * workers))
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


def ngec_side_by_side(limit: int, repeats: int) -> dict[str, float]:
    """Sentences/s of coding vs of spaCy tok2vec + parser alone, same stories, alternated in one process."""
    import spacy

    from brinkwatch.evaluation.splits import read_ngec
    from brinkwatch.model import Document
    from brinkwatch.nlp import MODEL_PACKAGE
    from brinkwatch.pipeline import Pipeline

    texts = [story["text"] for story in read_ngec(NGEC_ZIP)][:limit]
    docs = [Document(text=text, published=date(2023, 1, 1)) for text in texts]
    pipe = Pipeline.default("rules")
    parse_only = spacy.load(MODEL_PACKAGE, exclude=["tagger", "attribute_ruler", "lemmatizer", "ner", "senter"])
    parse_only.max_length = 2_000_000
    n_sent = sum(len(pipe.sentences(pipe.splitter(text))) for text in texts)
    pipe.code_document(Document(text=texts[0], published=date(2023, 1, 1)))  # warm both up
    list(parse_only.pipe(texts[:2]))
    coding, parsing = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in pipe.code_many(docs):
            pass
        coding.append(n_sent / (time.perf_counter() - start))
        start = time.perf_counter()
        for _doc in parse_only.pipe(texts, batch_size=64):
            pass
        parsing.append(n_sent / (time.perf_counter() - start))
    code_rate, parse_rate = statistics.median(coding), statistics.median(parsing)
    return {"stories": len(texts), "sentences": n_sent, "coding": code_rate, "parse": parse_rate,
            "ratio": code_rate / parse_rate, "components": ", ".join(parse_only.pipe_names)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=295)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--ngec", type=int, default=400, help="NGEC stories for the side-by-side (0: skip)")
    parser.add_argument("--one-by-one", action="store_true", help="also time code_document called per story")
    opts = parser.parse_args()
    docs = load_docs(opts.docs)
    print(f"{len(docs)} Wikinews documents, {psutil.cpu_count()} cores")
    modes = [False, True] if opts.one_by_one else [False]
    for workers in opts.workers:
        runs: dict[bool, list[dict[str, float]]] = {mode: [] for mode in modes}
        for _ in range(opts.repeats):  # the two ways alternate: machine load falls on both alike
            for mode in modes:
                runs[mode].append(run(docs, workers, mode))
        for mode in modes:
            med = {k: statistics.median(r[k] for r in runs[mode]) for k in runs[mode][0]}
            print(
                f"workers={workers}{' (one by one)' if mode else ''}: {med['sent_per_s']:8.0f} sentences/s  "
                f"{med['docs_per_s']:6.1f} docs/s  {med['events_per_s']:6.0f} events/s  "
                f"peak {med['peak_mb']:.0f} MB/process  "
                f"({int(med['sentences'])} sentences, {int(med['events'])} events; median of {opts.repeats})"
            )
    if opts.ngec and NGEC_ZIP.exists():
        side = ngec_side_by_side(opts.ngec, opts.repeats)
        print(
            f"NGEC, {side['stories']} stories ({side['sentences']} sentences), 1 process: coding "
            f"{side['coding']:.0f} sentences/s vs spaCy {side['components']} alone {side['parse']:.0f} sentences/s "
            f"= {side['ratio']:.2f}x (median of {opts.repeats})"
        )


if __name__ == "__main__":
    main()
