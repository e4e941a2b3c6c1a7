"""Memory of ingesting compressed bombs: about 1 MB on disk, about 1 GB once decompressed.

    python bench/memory_bomb.py [--gigabytes 1.0] [--limit-mb 600]

Writes three bombs, each one endless line or field: `bomb.jsonl.gz` (a JSON record whose text never
ends), `bomb.csv.gz` (a CSV field that never ends) and `bomb.zip` (the JSONL bomb as a zip member).
Each is ingested by `brinkwatch ingest` in a child process, and the child's peak resident memory is
printed beside the time taken. Readers cap lines and fields as they read, so memory stays far below
the decompressed size; the check fails (exit 1) when a run passes --limit-mb.
"""

from __future__ import annotations

import argparse
import gzip
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

CHUNK = b"a" * (1 << 20)


def write_bombs(folder: Path, megabytes: int) -> list[Path]:
    jsonl, csv_gz, archive = folder / "bomb.jsonl.gz", folder / "bomb.csv.gz", folder / "bomb.zip"
    with gzip.open(jsonl, "wb", compresslevel=9) as out:
        out.write(b'{"text": "')
        for _ in range(megabytes):
            out.write(CHUNK)
        out.write(b'"}\n')
    with gzip.open(csv_gz, "wb", compresslevel=9) as out:
        out.write(b'text,url\n"')
        for _ in range(megabytes):
            out.write(CHUNK)
        out.write(b'",https://x.example\n')
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z, z.open("member.jsonl", "w") as out:
        out.write(b'{"text": "')
        for _ in range(megabytes):
            out.write(CHUNK)
        out.write(b'"}\n')
    return [jsonl, csv_gz, archive]


def peak_rss_of_ingest(path: Path, db: Path) -> tuple[float, float, int]:
    """(peak resident MB, seconds, exit status) of `brinkwatch ingest path` in a fresh child process."""
    script = (
        "import resource, sys; from brinkwatch.cli import main; sys.argv = sys.argv[1:]\n"
        "try:\n    main()\nfinally:\n"
        "    print('peak_kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script, "brinkwatch", "ingest", str(path), "--db", str(db), "--no-progress"],
        capture_output=True, text=True,
    )
    seconds = time.monotonic() - started
    peak_kb = next(int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("peak_kb"))
    return peak_kb / 1024, seconds, done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gigabytes", type=float, default=1.0, help="decompressed size of each bomb")
    parser.add_argument("--limit-mb", type=float, default=600.0, help="fail above this peak resident memory")
    args = parser.parse_args()
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bombs = write_bombs(folder, int(args.gigabytes * 1024))
        print(f"{'bomb':<16} {'on disk':>10} {'peak RSS':>10} {'seconds':>8}  exit")
        for bomb in bombs:
            peak, seconds, status = peak_rss_of_ingest(bomb, folder / f"{bomb.name}.duckdb")
            worst = max(worst, peak)
            print(f"{bomb.name:<16} {bomb.stat().st_size / 1e6:>8.2f}MB {peak:>8.0f}MB {seconds:>8.1f}  {status}")
    print(f"worst peak RSS {worst:.0f} MB (limit {args.limit_mb:.0f} MB; "
          f"this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    return 0 if worst < args.limit_mb else 1


if __name__ == "__main__":
    sys.exit(main())
