"""The readers stand alone: importing ingest/ loads neither the store nor spaCy (issue 12, item 6)."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_readers_do_not_import_the_store_or_the_coder():
    loaded = _modules_after("import brinkwatch.ingest, brinkwatch.ingest.feeds, brinkwatch.ingest.records")
    assert not any(name.startswith(("brinkwatch.store", "brinkwatch.batch", "spacy", "duckdb")) for name in loaded)


def test_the_batch_runner_lives_outside_ingest():
    loaded = _modules_after("import brinkwatch.batch")
    assert "brinkwatch.batch" in loaded and "brinkwatch.ingest.runner" not in loaded
