"""Which reader a file name calls for, by its suffix."""

from __future__ import annotations

from pathlib import PurePosixPath

# Suffix -> reader kind. In folders and zip archives only these are read (a README.md or an image next
# to a corpus is not a story); a file named explicitly on the command line is otherwise read as text.
SUFFIXES: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv",
    ".gz": "gzip", ".zip": "zip",
}


def kind_of(name: str) -> str | None:
    """Reader kind for a file or archive member name (`a.zip!dir/b.csv` -> csv), None if unknown."""
    return SUFFIXES.get(PurePosixPath(name.rsplit("!", 1)[-1]).suffix.lower())
