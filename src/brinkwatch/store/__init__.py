"""The embedded event store (DuckDB by default, Parquet alongside on request).

`EventStore(path, read_only=False)` is the one entry point other stages use (see duckdb_store.py).
"""

from brinkwatch.store.duckdb_store import EventStore, StoreCounts, WriteResult, open_read_only, row_to_event

__all__ = ["EventStore", "StoreCounts", "WriteResult", "open_read_only", "row_to_event"]
