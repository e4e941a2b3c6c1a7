"""The embedded event store (DuckDB by default, Parquet alongside on request)."""
