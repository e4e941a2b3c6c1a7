"""The fixed development split of the NGEC synthetic stories.

Stories are generated from prompts (about 13 stories per prompt title), so the split is made by
prompt: a story is in the development split when the SHA-256 of `SPLIT_SEED + its prompt title`
is divisible by 5 (about 20% of prompts). No prompt has stories on both sides, so anything fitted on
`train` is measured on dev on text it has not seen in any variant.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from brinkwatch.model import content_hash

SPLIT_SEED = "brinkwatch-ngec-split-2026"


def ngec_story_id(text: str) -> str:
    return "ngec-" + content_hash(text)


def ngec_split(prompt: str) -> str:
    """'dev' or 'train' for a story's prompt title, fixed by SPLIT_SEED."""
    digest = hashlib.sha256((SPLIT_SEED + prompt.strip().lower()).encode("utf-8")).hexdigest()
    return "dev" if int(digest, 16) % 5 == 0 else "train"


def read_ngec(path: str | Path) -> Iterator[dict[str, str]]:
    """Stories of the NGEC synthetic CSV (plain or zipped): id, text, title, label, mode, split."""
    path = Path(path)
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.endswith(".csv")]
            raw = archive.read(names[0]).decode("utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(raw)):
        text = row.get("text") or ""
        story_id = ngec_story_id(text)
        yield {
            "id": story_id,
            "text": text,
            "title": row.get("title") or "",
            "label": (row.get("label") or "").strip().upper(),
            "mode": (row.get("mode") or "").strip(),
            "split": ngec_split(row.get("title") or story_id),
        }
