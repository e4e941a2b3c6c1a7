"""Publication dates as written in corpora and page metadata -> datetime.date.

Only calendar dates are accepted: a full ISO date, or a free-form date that names a day, a month
and a year ("19 Nov 2024", "November 19, 2024"). Relative or partial values ("now", "-1", "7",
"+5", "yesterday") would become dates relative to today's clock, so they are refused (None), and so
is any date outside store.schema.DATE_WINDOW.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from functools import lru_cache

from brinkwatch.model import in_date_window as in_window

LOGGER = logging.getLogger(__name__)

# A free-form date must show a year of four digits; "7" or "+5" alone are not dates.
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)")


def parse_published(value: object) -> date | None:
    """ISO dates and timestamps first (fast), then free-form dates via dateparser; None if unparsable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return in_window(value.date())
    if isinstance(value, date):
        return in_window(value)
    text = str(value).strip()[:100]
    if not text:
        return None
    try:
        return in_window(date.fromisoformat(text[:10]))
    except ValueError:
        return _parse_free_form(text) if _YEAR.search(text) else None


@lru_cache(maxsize=4096)
def _parse_free_form(text: str) -> date | None:
    import dateparser  # slow to import; only corpora with non-ISO dates pay for it

    settings = {"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True, "PARSERS": ["custom-formats", "absolute-time"]}
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # noqa: BLE001 - dateparser fails in many ways on junk; junk is no date
        parsed = None
    if parsed is None:
        LOGGER.info("unparsable date %r", text)
        return None
    return in_window(parsed.date())
