"""Dates (and outlets) for stories that carry none: from a sidecar file, the file's name, or the command.

Plain text has no publication date, and an undated story gives undated events that no series or
alert can place. In order of preference, a story without a date of its own takes:

1. a sidecar beside the file, `story.txt.json` or `story.json`: {"published": "2024-03-05", "outlet": "AP"}
2. a date in the file's name or folders: `2024-03-05-talks.txt`, `20240305_talks.txt`, `2024/03/05/talks.txt`
3. `ingest --published 2024-03-05` (and `--outlet`), for everything else read in that run.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from brinkwatch.ingest.dates import in_window
from brinkwatch.model import Document

# 2024-03-05, 2024_03_05, 2024.03.05, 20240305, and 2024/03/05 across folders; not inside longer numbers.
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_./]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass(frozen=True, slots=True)
class Sidecar:
    published: date | None = None
    outlet: str | None = None


def date_in_name(name: str) -> date | None:
    """The last calendar date written in a path ('news/2024/03/05/talks.txt' -> 2024-03-05)."""
    found = None
    for match in _NAME_DATE.finditer(name.replace("\\", "/")):
        try:
            found = date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        except ValueError:
            continue
    return in_window(found)


@lru_cache(maxsize=4096)
def sidecar_for(path: str) -> Sidecar | None:
    """The sidecar of a file, if it has one that reads as JSON with a date or an outlet."""
    file = Path(path)
    for candidate in (file.with_name(file.name + ".json"), file.with_suffix(".json")):
        if candidate == file or not candidate.is_file():
            continue
        try:
            data = json.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        published = _iso_date(data.get("published") or data.get("date"))
        outlet = data.get("outlet")
        return Sidecar(published, outlet if isinstance(outlet, str) and outlet.strip() else None)
    return None


def date_and_outlet(doc: Document, published: date | None = None, outlet: str | None = None) -> Document:
    """`doc` with a publication date and outlet filled in when it has none (see the module's order)."""
    name = doc.source_path or ""
    sidecar = sidecar_for(name) if name and not name.endswith(".json") and Path(name).is_file() else None
    if doc.published is None:
        doc.published = (sidecar and sidecar.published) or date_in_name(name) or published
    if not doc.outlet:
        doc.outlet = (sidecar and sidecar.outlet) or outlet
    return doc


def _iso_date(value: object) -> date | None:
    try:
        return in_window(date.fromisoformat(str(value)[:10])) if value else None
    except ValueError:
        return None
