"""Throughput of ingest engines: documents/s and sentences/s, end to end (text in, events stored).

    .venv/bin/python bench/scale.py                      # samples/wikinews, all three engines
    .venv/bin/python bench/scale.py --limit 60 samples/wikinews
    .venv/bin/python bench/scale.py --address auto BIG.jsonl   # Ray on an existing cluster

Engines: the plain ingest with 1 worker (coding in the main process) and with a pool of 2 worker
processes, and Ray Data with 2 coder actors. Each run starts in a fresh Python process on a fresh
store, and its time includes loading the models (and starting Ray), as a user's run would.
Sentences are counted once with the pipeline's own splitter, so every engine shares the denominator.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "samples" / "wikinews"
_START_DOCS = 16


def _limited(paths: list[str], limit: int | None, out_dir: Path) -> list[str]:
    """The inputs, or the first `limit` documents of them written to one JSONL file."""
    if limit is None:
        return paths
    from brinkwatch.ingest import read_inputs
    from brinkwatch.model import Document

    docs = []
    for item in read_inputs(paths):
        if isinstance(item, Document):
            docs.append(item)
            if len(docs) >= limit:
                break
    corpus = out_dir / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for doc in docs:
            record = {"text": doc.text, "url": doc.url, "title": doc.title,
                      "date": doc.published.isoformat() if doc.published else None}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [str(corpus)]


def count_sentences(paths: list[str]) -> tuple[int, int]:
    """(documents, sentences) of the inputs, split as the coder splits them."""
    from brinkwatch.ingest import read_inputs
    from brinkwatch.model import Document
    from brinkwatch.pipeline import Pipeline

    pipeline = Pipeline.default()
    docs = sentences = 0
    for item in read_inputs(paths):
        if isinstance(item, Document):
            docs += 1
            sentences += len(pipeline.sentences(pipeline.splitter(item.text)))
    return docs, sentences


def run_one(engine: str, workers: int, paths: list[str], db: str, address: str | None) -> dict:
    """One timed ingest (called in a fresh process by `main`)."""
    from brinkwatch.store import EventStore

    started = time.perf_counter()
    if engine == "ray":
        from brinkwatch.scale import ingest_with_ray

        summary = ingest_with_ray(paths, db, Path(db).with_suffix(".parquet"), address=address,
                                  num_cpus=None if address else workers, workers=workers)
    else:
        from brinkwatch.batch import IngestSettings, ingest

        with EventStore(db) as store:
            summary = ingest(paths, store, settings=IngestSettings(workers=workers))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "documents": summary.stored + summary.recoded, "events": summary.events,
            "errors": summary.errors}


def _measure(engine: str, workers: int, paths: list[str], work: Path, address: str | None) -> dict:
    db = work / f"{engine}-{workers}-{len(list(work.glob('*.duckdb')))}.duckdb"
    command = [sys.executable, __file__, "--one", engine, "--workers", str(workers), "--db", str(db),
               *(["--address", address] if address else []), *paths]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{engine} x{workers} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--limit", type=int, default=None, help="Use only the first N documents.")
    parser.add_argument("--address", default=None, help="Ray cluster to join (default: local Ray).")
    parser.add_argument("--ray-workers", type=int, default=2)
    parser.add_argument("--one", choices=["pool", "ray"], help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.workers, args.paths, args.db, args.address)))
        return

    with tempfile.TemporaryDirectory(prefix="bw-bench-") as tmp:
        work = Path(tmp)
        paths = _limited(args.paths, args.limit, work)
        # Start-up is measured on 16 documents: two batches of 8, so every worker of each engine has
        # loaded its models before the clock of the marginal rate starts.
        (work / "start").mkdir()
        start_docs = _limited(paths, _START_DOCS, work / "start")
        n_docs, n_sentences = count_sentences(paths)
        print(f"corpus: {', '.join(args.paths)} -> {n_docs} documents, {n_sentences} sentences")
        print("end to end: fresh process, loading models and starting Ray included; "
              f"marginal: (N - {_START_DOCS}) docs / (T(N docs) - T({_START_DOCS} docs))")
        results = {}
        for label, engine, workers in (("pool x1", "pool", 1), ("pool x2", "pool", 2),
                                       (f"ray x{args.ray_workers}", "ray", args.ray_workers)):
            start_up = _measure(engine, workers, start_docs, work, args.address)["seconds"]
            result = _measure(engine, workers, paths, work, args.address)
            result["marginal"] = (n_docs - _START_DOCS) / max(result["seconds"] - start_up, 1e-9)
            results[label] = result
            print(f"{label:8s} {result['seconds']:6.1f} s: {n_docs / result['seconds']:6.2f} docs/s "
                  f"{n_sentences / result['seconds']:7.1f} sentences/s end to end | start-up {start_up:4.1f} s, "
                  f"marginal {result['marginal']:6.2f} docs/s {result['marginal'] * n_sentences / n_docs:7.1f} "
                  f"sentences/s | {result['events']} events, {result['errors']} errors")
        base = results["pool x1"]
        for label in list(results)[1:]:
            whole = base["seconds"] / results[label]["seconds"]
            marginal = results[label]["marginal"] / base["marginal"]
            print(f"ratio {label} / pool x1: {whole:.2f}x end to end, {marginal:.2f}x marginal")
        if len({r["events"] for r in results.values()}) > 1:
            print("warning: engines stored different event counts (did the coder change during the run?)")


if __name__ == "__main__":
    main()
