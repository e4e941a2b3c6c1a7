"""Size of the DuckDB event store per million events (and write speed), on synthetic but typical events.

    python bench/store_size.py [N_EVENTS]      # default 200000; prints MB per million events
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from brinkwatch.model import ActorRef, Attribution, Event
from brinkwatch.store import EventStore

ACTORS = ("USA", "USAGOV", "RUS", "RUSMIL", "UKR", "UKRMIL", "CHN", "ISR", "IRN", "TUR", "GBRGOV", "FRA", "IGOUNO")
CODES = (("010", -0.0), ("036", 4.0), ("042", 1.9), ("111", -2.0), ("112", -2.0), ("173", -5.0), ("190", -10.0))


def synthetic_events(n: int, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    events = []
    for i in range(n):
        code, goldstein = rng.choice(CODES)
        source, target = rng.sample(ACTORS, 2)
        start = rng.randrange(0, 4000)
        events.append(Event(
            doc_id=f"doc-{i // 4:016x}", sentence_index=i % 4,
            evidence_text="Officials said the forces struck positions near the border overnight, the ministry said.",
            evidence_start=start, evidence_end=start + 90,
            source=ActorRef(text=source.lower(), code=source, country=source[:3], sector=source[3:] or None),
            target=ActorRef(text=target.lower(), code=target, country=target[:3], sector=target[3:] or None),
            cameo_code=code, cameo_root=code[:2], cameo_name="name of the code", goldstein=goldstein,
            quad_class=1 + int(code[:2]) // 5 % 4, plover_type="ACCUSE", plover_mode=None, plover_context=None,
            attribution=[Attribution(name="the ministry", kind="body", cue="said")] if i % 3 else [],
            trigger="struck", event_date=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", date_precision="day",
            date_source="text", confidence=round(rng.random(), 2), coder_version="bench",
        ))
    return events


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    events = synthetic_events(n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.duckdb"
        with EventStore(path) as store:
            started = time.perf_counter()
            store.add_events(events)
            seconds = time.perf_counter() - started
            store.connection.execute("CHECKPOINT")
        size = path.stat().st_size
    print(f"{n:,} events: {size / 1e6:.1f} MB on disk, {size / n * 1e6 / 1e6:.0f} MB per million events")
    print(f"bulk insert: {n / seconds:,.0f} events/s")


if __name__ == "__main__":
    main()
