"""Publication dates as written in corpora and page metadata -> datetime.date."""

from __future__ import annotations

import logging
from datetime import date, datetime
from functools import lru_cache

LOGGER = logging.getLogger(__name__)


def parse_published(value: object) -> date | None:
    """ISO dates and timestamps first (fast), then free-form dates via dateparser; None if unparsable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return _parse_free_form(text[:100])


@lru_cache(maxsize=4096)
def _parse_free_form(text: str) -> date | None:
    import dateparser  # slow to import; only corpora with non-ISO dates pay for it

    parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        LOGGER.info("unparsable date %r", text)
        return None
    return parsed.date()
