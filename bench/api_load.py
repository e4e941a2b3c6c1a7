"""Load test of the REST API at 1,000,000 events.

    .venv/bin/python bench/api_load.py [--events 1000000] [--requests 4000] [--clients 50] [--db PATH]

1. Fills a store with synthetic but realistic events (generated in DuckDB SQL): ~40 state actors with
   government/military sectors, skewed so some dyads are busy and most quiet, every CAMEO code of the
   codebook with its Goldstein value and quad class, dates over two years, each story carried by 1-4
   outlets (syndicated copies share their evidence sentence), templated evidence sentences.
2. Computes corroboration clusters once and keeps them in the store (`brinkwatch clusters`), timed.
3. Starts `brinkwatch serve` on 127.0.0.1 in a subprocess (store read-only), pinned to the CPUs of
   --server-cpus, while this client runs on --client-cpus (Linux; the default splits the machine).
4. Sends a bounded number of requests from N concurrent clients, each a closed loop on its own
   keep-alive connection (asyncio streams; `--client httpx` uses httpx.AsyncClient instead, which costs
   ~1-2 ms of client CPU per request and cannot offer a fast server more than a few hundred requests/s
   from one core): the dashboard's routes - /dyads/{a}/{b}/series with random dyads, frequencies and
   modality, /dyads (the heat map), /alerts for a pair - and /events with random filters and paging,
   and prints throughput and p50/p95/p99 latency per route (from sending a request to reading the
   last byte of its answer), the errors, and the machine's load average.

    --src DIR runs the server from another source tree (e.g. an older commit unpacked with
    `git archive COMMIT src | tar -x -C DIR`), for before/after figures on the same store and machine.
    uvicorn uses uvloop and httptools when they are installed; for a tree from before they were
    dependencies, put a `uvloop.py` and an `httptools.py` that only `raise ImportError` in DIR.
    The server's CPU time per request and its resident memory after the load are printed too.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

import duckdb
import httpx

from brinkwatch.analysis.corroboration import cluster_events, read_records, write_cluster_tables
from brinkwatch.ontology.cameo import codebook
from brinkwatch.store.schema import TABLES

COUNTRIES = [
    ("USA", "the United States", "Washington"), ("RUS", "Russia", "Moscow"), ("UKR", "Ukraine", "Kyiv"),
    ("CHN", "China", "Beijing"), ("IRN", "Iran", "Tehran"), ("ISR", "Israel", "Jerusalem"),
    ("GBR", "Britain", "London"), ("FRA", "France", "Paris"), ("DEU", "Germany", "Berlin"),
    ("TUR", "Turkey", "Ankara"), ("SYR", "Syria", "Damascus"), ("IRQ", "Iraq", "Baghdad"),
    ("SAU", "Saudi Arabia", "Riyadh"), ("IND", "India", "New Delhi"), ("PAK", "Pakistan", "Islamabad"),
    ("PRK", "North Korea", "Pyongyang"), ("KOR", "South Korea", "Seoul"), ("JPN", "Japan", "Tokyo"),
    ("TWN", "Taiwan", "Taipei"), ("VEN", "Venezuela", "Caracas"), ("COL", "Colombia", "Bogota"),
    ("EGY", "Egypt", "Cairo"), ("LBY", "Libya", "Tripoli"), ("SDN", "Sudan", "Khartoum"),
    ("ETH", "Ethiopia", "Addis Ababa"), ("NGA", "Nigeria", "Abuja"), ("AFG", "Afghanistan", "Kabul"),
    ("ARM", "Armenia", "Yerevan"), ("AZE", "Azerbaijan", "Baku"), ("POL", "Poland", "Warsaw"),
    ("BLR", "Belarus", "Minsk"), ("GEO", "Georgia", "Tbilisi"), ("LBN", "Lebanon", "Beirut"),
    ("YEM", "Yemen", "Sanaa"), ("QAT", "Qatar", "Doha"), ("MEX", "Mexico", "Mexico City"),
    ("BRA", "Brazil", "Brasilia"), ("CAN", "Canada", "Ottawa"), ("AUS", "Australia", "Canberra"),
    ("ITA", "Italy", "Rome"),
]
SECTORS = [("", ""), ("GOV", "government of "), ("MIL", "armed forces of ")]
OUTLETS = ["AP", "Reuters", "AFP", "BBC News", "Al Jazeera", "CNN", "The Guardian", "DW", "Kyodo", "Xinhua"]


def fill_store(path: Path, n_events: int, seed: int = 7) -> None:
    """Generate `n_events` rows straight into DuckDB (fast: one INSERT ... SELECT)."""
    con = duckdb.connect(str(path))
    for ddl in TABLES:
        con.execute(ddl)
    con.execute(f"SELECT setseed({(seed % 100) / 100})")
    con.execute("CREATE TEMP TABLE actors (i INTEGER, iso VARCHAR, name VARCHAR, capital VARCHAR)")
    con.executemany("INSERT INTO actors VALUES (?, ?, ?, ?)",
                    [(i, iso, name, cap) for i, (iso, name, cap) in enumerate(COUNTRIES)])
    con.execute("CREATE TEMP TABLE codes (i INTEGER, code VARCHAR, root VARCHAR, name VARCHAR, "
                "goldstein DOUBLE, quad TINYINT, plover VARCHAR)")
    book = list(codebook().values())
    con.executemany("INSERT INTO codes VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(i, c.code, c.root, c.name, c.goldstein, c.quad_class, c.plover_type)
                     for i, c in enumerate(book)])
    n_stories = int(n_events / 2.5)  # 1-4 outlets per story, 2.5 on average
    n_actors, n_codes = len(COUNTRIES), len(book)
    # Skewed actor choice (square of a uniform) makes a few dyads busy and most quiet.
    con.execute(f"""
        CREATE TEMP TABLE stories AS
        SELECT s AS story,
               CAST(floor(pow(random(), 2) * {n_actors}) AS INTEGER) AS src,
               CAST(floor(pow(random(), 2) * {n_actors}) AS INTEGER) AS tgt0,
               CAST(floor(random() * {n_codes}) AS INTEGER) AS code_i,
               CAST(floor(random() * 3) AS INTEGER) AS sector,
               DATE '2023-01-01' + CAST(floor(random() * 730) AS INTEGER) AS day,
               1 + CAST(floor(random() * 4) AS INTEGER) AS n_outlets,
               CAST(floor(random() * 10) AS INTEGER) AS first_outlet,
               random() AS r
        FROM range({n_stories}) t(s)""")
    modalities = "['asserted','asserted','asserted','asserted','asserted','intended','considered'," \
                 "'hypothetical','negated','denied']"
    sector_codes = "['', 'GOV', 'MIL']"
    sector_words = "['', 'the government of ', 'the armed forces of ']"
    con.execute(f"""
        INSERT INTO events (event_id, doc_id, sentence_index, evidence_text, evidence_start, evidence_end,
            source_text, source_code, source_country, source_sector, source_resolved_by,
            target_text, target_code, target_country, target_sector, target_resolved_by,
            cameo_code, cameo_root, cameo_name, goldstein, quad_class, plover_type, modality, attribution,
            outlet, event_date, date_precision, date_source, confidence, coder, coder_version, published,
            origin)
        SELECT 'ev-' || md5(story::VARCHAR || '-' || k::VARCHAR)[:20],
               'doc-' || md5(story::VARCHAR || '/' || k::VARCHAR)[:16], 0, text, 0, length(text),
               sa.name, sa.iso || {sector_codes}[sector + 1], sa.iso, nullif({sector_codes}[sector + 1], ''),
               'dictionary',
               ta.name, ta.iso, ta.iso, NULL, 'dictionary',
               c.code, c.root, c.name, c.goldstein, c.quad, c.plover,
               {modalities}[1 + CAST(floor(r * 10) AS INTEGER)],
               '[{{"name": "' || outlet || '", "kind": "outlet", "cue": "reported"}}]',
               outlet, day, 'day', 'text', round(0.4 + 0.6 * r, 2), 'rules', 'bench', day + (k > 0)::INTEGER,
               'brinkwatch'
        FROM (
            SELECT st.*, k, {OUTLETS!r}[1 + (first_outlet + k) % {len(OUTLETS)}] AS outlet,
                   CASE WHEN tgt0 = src THEN (src + 1 + story % ({n_actors} - 1)) % {n_actors}
                        ELSE tgt0 END AS tgt
            FROM stories st, range(4) r(k) WHERE k < n_outlets
        ) x
        JOIN actors sa ON sa.i = x.src JOIN actors ta ON ta.i = x.tgt JOIN codes c ON c.i = x.code_i,
        LATERAL (SELECT {sector_words}[sector + 1] || sa.name || ' moved to ' || lower(c.name) ||
                        ' with regard to ' || ta.name || ', officials in ' || sa.capital || ' said on ' ||
                        strftime(day, '%B %d') || '.' AS text)
        LIMIT {n_events}""")
    con.close()


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


ROUTES = ("series", "dyads", "alerts", "events")


def random_request(rng: random.Random) -> tuple[str, str, dict[str, str]]:
    """One request as a client of the API would send it: (route name, path, params)."""
    iso = [c[0] for c in COUNTRIES]
    a, b = rng.choice(iso[:20]), rng.choice(iso)
    pick = rng.random()
    if pick < 0.1:  # the heat map, as the dashboard loads it
        return "dyads", "/dyads", {"limit": "30"}
    if pick < 0.2:  # the alert list of the pair on screen
        return "alerts", "/alerts", {"a": a, "b": b, "freq": "week"}
    if pick < 0.6:
        params = {"limit": str(rng.choice([20, 50, 100]))}
        kind = rng.random()
        if kind < 0.4:
            params |= {"source": a, "target": b, "undirected": "true"}
        elif kind < 0.6:
            params |= {"source": a, "root": f"{rng.randint(1, 20):02d}"}
        elif kind < 0.8:
            start = date(2023, 1, 1) + timedelta(days=rng.randint(0, 700))
            params |= {"since": start.isoformat(), "until": (start + timedelta(days=30)).isoformat()}
        else:
            params |= {"source": a, "modality": "asserted", "offset": str(rng.choice([0, 50, 200]))}
        return "events", "/events", params
    params = {"freq": rng.choice(["week", "month", "day"])}
    if rng.random() < 0.3:
        params["modality"] = "all"  # the dashboard's toggle widened
    return "series", f"/dyads/{a}/{b}/series", params


class KeepAliveConnection:
    """One HTTP/1.1 keep-alive connection that sends GETs and reads Content-Length answers: the least
    client work per request, so that one client core can drive a server core past 1,000 requests/s
    (httpx spends ~1-2 ms of client CPU per request, which caps the load it can offer)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> tuple[int, bytes]:
        if self.writer is None or self.reader is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode("latin-1"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        length = None
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
            elif name.strip().lower() == b"transfer-encoding":
                raise ValueError("chunked answers are not read by this client; use --client httpx")
        body = await self.reader.readexactly(length or 0)
        return status, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def run_load_raw(
    base: str, n_requests: int, n_clients: int, seed: int = 11
) -> tuple[dict[str, Tally], float]:
    """The same requests as run_load, sent over `n_clients` keep-alive connections of KeepAliveConnection."""
    rng = random.Random(seed)
    queue = [random_request(rng) for _ in range(n_requests)]
    queue.reverse()
    tallies = {name: Tally() for name in ROUTES}
    host, port = base.removeprefix("http://").rsplit(":", 1)

    async def worker() -> None:
        connection = KeepAliveConnection(host, int(port))
        try:
            while queue:
                name, path, params = queue.pop()
                target = f"{path}?{urlencode(params)}" if params else path
                started = time.perf_counter()
                try:
                    status, body = await connection.get(target)
                    if status != 200:
                        tallies[name].errors.append(f"{status} {path} {body[:100]!r}")
                except (OSError, ValueError, asyncio.IncompleteReadError) as exc:
                    tallies[name].errors.append(f"{type(exc).__name__} {path}")
                    await connection.close()
                    connection = KeepAliveConnection(host, int(port))
                tallies[name].latencies.append(time.perf_counter() - started)
        finally:
            await connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(n_clients)))
    return tallies, time.perf_counter() - started


async def run_load(
    base: str, n_requests: int, n_clients: int, seed: int = 11
) -> tuple[dict[str, Tally], float]:
    rng = random.Random(seed)
    queue: asyncio.Queue[tuple[str, str, dict[str, str]]] = asyncio.Queue()
    for _ in range(n_requests):
        queue.put_nowait(random_request(rng))
    tallies = {name: Tally() for name in ROUTES}
    limits = httpx.Limits(max_connections=n_clients, max_keepalive_connections=n_clients)

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        async def worker() -> None:
            while not queue.empty():
                name, path, params = queue.get_nowait()
                started = time.perf_counter()
                try:
                    response = await client.get(path, params=params)
                    if response.status_code != 200:
                        tallies[name].errors.append(f"{response.status_code} {path} {response.text[:100]}")
                except httpx.HTTPError as exc:
                    tallies[name].errors.append(f"{type(exc).__name__} {path}")
                tallies[name].latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(n_clients)))
        elapsed = time.perf_counter() - started
    return tallies, elapsed


def wait_for(base: str, proc: subprocess.Popen[bytes], timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(base + "/openapi.json", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit("server did not start")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (Linux /proc; 0.0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _rss_mb(pid: int) -> str:
    """VmRSS of a process as 'N MB' (Linux), or 'unknown'."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return f"{int(line.split()[1]) // 1024} MB"
    except OSError:
        pass
    return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=4000, help="total requests (bounded)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--db", type=Path, help="reuse or create the store here (default: a temp dir)")
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    half = max(1, len(cpus) // 2)
    parser.add_argument("--server-cpus", default=",".join(map(str, cpus[:half])), help="CPUs of the server")
    parser.add_argument("--client-cpus", default=",".join(map(str, cpus[half:] or cpus)), help="CPUs of the client")
    parser.add_argument("--src", type=Path, help="run the server from this source tree instead")
    parser.add_argument("--client", choices=("raw", "httpx"), default="raw",
                        help="raw: keep-alive asyncio connections (least client CPU); httpx: httpx.AsyncClient")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bw-bench-"))
    db = args.db or workdir / "bench.duckdb"
    if not db.exists():
        t0 = time.perf_counter()
        fill_store(db, args.events)
        print(f"filled {db}: {args.events:,} events in {time.perf_counter() - t0:.1f} s", flush=True)
        t0 = time.perf_counter()
        con = duckdb.connect(str(db))
        clusters = cluster_events(read_records(con))
        write_cluster_tables(con, clusters)
        con.close()
        print(f"clustered: {len(clusters):,} clusters in {time.perf_counter() - t0:.1f} s", flush=True)
    (n,) = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM events").fetchone()

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if args.src:
        env["PYTHONPATH"] = str(args.src.resolve())
    server_cpus = {int(c) for c in args.server_cpus.split(",") if c}
    proc = subprocess.Popen(
        [sys.executable, "-m", "brinkwatch", "serve", "--db", str(db), "--host", "127.0.0.1",
         "--port", str(port)],
        env=env,
        preexec_fn=(lambda: os.sched_setaffinity(0, server_cpus)) if server_cpus else None,  # noqa: PLW1509
    )
    client_cpus = {int(c) for c in args.client_cpus.split(",") if c}
    if client_cpus:
        os.sched_setaffinity(0, client_cpus)
    try:
        wait_for(base, proc)
        print(f"server up in {time.perf_counter() - t0:.1f} s on {base} over {n:,} events", flush=True)
        load = run_load_raw if args.client == "raw" else run_load
        cpu_before = _cpu_seconds(proc.pid)
        tallies, elapsed = asyncio.run(load(base, args.requests, args.clients))
        cpu = _cpu_seconds(proc.pid) - cpu_before
        # CPU per request is what the server costs whatever else runs on its core (the load average
        # moves requests/s and latency; it barely moves this).
        print(f"server: {1000 * cpu / max(1, args.requests):.2f} ms CPU per request ({cpu:.2f} s over the load), "
              f"resident memory after the load {_rss_mb(proc.pid)}", flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=30)

    total = sum(len(t.latencies) for t in tallies.values())
    print(f"\n{total} requests from {args.clients} concurrent clients in {elapsed:.1f} s: "
          f"{total / elapsed:.0f} requests/s  (machine: {os.cpu_count()} cores; server on CPUs "
          f"{args.server_cpus}, client on {args.client_cpus}, {args.client} client; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())})")
    print(f"{'route':10} {'n':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>7}")
    for name, tally in tallies.items():
        ms = [x * 1000 for x in tally.latencies]
        if not ms:
            continue
        print(f"{name:10} {len(ms):6d} {len(ms) / elapsed:7.1f} {statistics.median(ms):8.1f} {_percentile(ms, 0.95):8.1f} "
              f"{_percentile(ms, 0.99):8.1f} {max(ms):8.1f} {len(tally.errors):7d}")
        for error in tally.errors[:5]:
            print("   ", error)


if __name__ == "__main__":
    main()
