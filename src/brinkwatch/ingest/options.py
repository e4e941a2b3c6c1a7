"""Settings for reading inputs: record field names, size limits, and polite network fetching."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from brinkwatch import __version__

DEFAULT_USER_AGENT = f"brinkwatch/{__version__} (political event coder; polite fetcher)"


@dataclass(slots=True)
class IngestOptions:
    """How inputs are read. One object passed explicitly to every reader (no module globals)."""

    text_field: str = "text"
    date_field: str = "date"
    url_field: str = "url"
    outlet_field: str = "outlet"
    title_field: str = "title"
    issuer_field: str = "issuer"  # actor code of a statement's issuer, where a record names one
    # For stories without their own (plain text): `ingest --published/--outlet`; see ingest/dating.py.
    published: date | None = None
    outlet: str | None = None
    issuer: str | None = None  # `ingest --issuer USAGOV`: whose statements these are (their "we", "our")
    # A news story is rarely over 100k characters; far longer "documents" are dumps or mistakes.
    max_chars: int = 1_000_000
    # Network fetching (feeds and their article pages).
    timeout: float = 10.0  # seconds for the whole fetch of one page
    max_bytes: int = 5_000_000  # per page
    delay: float = 1.0  # seconds between two requests to the same host
    user_agent: str = DEFAULT_USER_AGENT

    @property
    def max_bytes_of_text(self) -> int:
        """Bytes to read before a text file is surely over max_chars (UTF-8 uses at most 4 per char)."""
        return self.max_chars * 4
