"""The coding pipeline as one call: text or Document in, Events out.

(Placeholder while the coder is written: returns no events; signatures are final.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from brinkwatch.errors import BrinkwatchError
from brinkwatch.model import Document, Event

CODER_VERSION = "0.1.0"


def code_text(
    text: str,
    published: date | str | None = None,
    outlet: str | None = None,
    doc_id: str | None = None,
    coder: str = "rules",
) -> list[Event]:
    """Code one story. Raises InputError for text that cannot be coded (empty, binary, not English)."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return code_document(Document(text=text, doc_id=doc_id or "", outlet=outlet, published=published), coder)


def code_document(doc: Document, coder: str = "rules") -> list[Event]:
    return []


def code_documents(
    docs: Iterable[Document], coder: str = "rules"
) -> Iterator[tuple[Document, list[Event] | BrinkwatchError]]:
    """Code many documents; a bad one yields its error instead of stopping the batch."""
    for doc in docs:
        try:
            yield doc, code_document(doc, coder)
        except BrinkwatchError as exc:
            yield doc, exc
