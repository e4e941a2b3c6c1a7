"""Compressed inputs: `name.ext.gz` is read as `name.ext`; every member of a `.zip` by its own name."""

from __future__ import annotations

import gzip
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from typing import BinaryIO

from brinkwatch.errors import InputError
from brinkwatch.ingest.kinds import kind_of
from brinkwatch.ingest.options import IngestOptions
from brinkwatch.model import Document

# Reader of one stream by the name it goes by: the dispatcher in ingest/__init__.py.
StreamReader = Callable[[str, BinaryIO, IngestOptions], Iterator[Document | InputError]]


def read_gzip(
    name: str, stream: BinaryIO, options: IngestOptions, dispatch: StreamReader
) -> Iterator[Document | InputError]:
    """Decompress on the fly and read the content as the file named without `.gz`."""
    inner = name[: -len(".gz")] if name.lower().endswith(".gz") else name
    with gzip.GzipFile(fileobj=stream, mode="rb") as unzipped:
        try:
            yield from dispatch(inner, unzipped, options)  # type: ignore[arg-type]
        except (OSError, EOFError, zlib.error) as exc:
            yield InputError(f"corrupt or truncated gzip data: {exc or type(exc).__name__}", input=name)


def read_zip(
    name: str, stream: BinaryIO, options: IngestOptions, dispatch: StreamReader
) -> Iterator[Document | InputError]:
    """Each file in the archive, in name order, read as `archive.zip!member`."""
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError) as exc:
        yield InputError(f"not a readable zip archive: {exc}", input=name)
        return
    with archive:
        members = sorted((m for m in archive.infolist() if not m.is_dir()), key=lambda m: m.filename)
        for member in members:
            # Members are read, never extracted, so "../x.txt" or "..\\x.txt" is harmless; Windows
            # archivers write backslashes, so they separate folders here too.
            path = member.filename.replace("\\", "/")
            member_name = f"{name}!{path}"
            if PurePosixPath(path).name.startswith(".") or "__MACOSX/" in path:
                continue  # metadata files that archivers add, not stories
            if kind_of(path) is None:
                continue  # as in folders: only known kinds of input are read
            try:
                with archive.open(member) as content:
                    yield from dispatch(member_name, content, options)  # type: ignore[arg-type]
            except Exception as exc:  # noqa: BLE001 - encrypted, unsupported or broken: this member only
                yield InputError(f"cannot read archive member: {type(exc).__name__}: {exc}", input=member_name)
