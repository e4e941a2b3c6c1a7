"""GDELT event exports: read 1.0 (57/58 columns) and 2.0 (61 columns); write the 2.0 layout.

Writing follows the GDELT 2.0 event table (Event Codebook V2.0): 61 tab-separated columns, no
header. It is the 1.0 layout plus an `ADM2Code` after each of the three `ADM1Code` geography
fields, with DATEADDED as YYYYMMDDHHMMSS. GDELT 1.0 daily files have 58 columns (57 plus
SOURCEURL); the 1979-2013 back files have 57. Geography country codes are FIPS 10-4; actor
country codes are CAMEO (ISO3-like).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TextIO
from urllib.parse import urlparse

from brinkwatch.errors import InputError
from brinkwatch.model import content_hash

from .common import (
    LINE_KEY,
    EventRow,
    ReadItem,
    compact_date,
    dataset_event_id,
    empty_row,
    fill_from_codebook,
    fips_to_iso3,
    iso3_to_fips,
    lines_of,
    numeric_id,
    parse_compact_date,
    records_of,
    set_actor,
    skip,
    write_tab_records,
)

ORIGIN = "gdelt"

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS_V1 = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
_GEO_FIELDS_V2 = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")


def _columns(geo_fields: tuple[str, ...], with_url: bool) -> tuple[str, ...]:
    columns = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    for actor in ("Actor1", "Actor2"):
        columns += [actor + field for field in _ACTOR_FIELDS]
    columns += ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    for geo in ("Actor1Geo_", "Actor2Geo_", "ActionGeo_"):
        columns += [geo + field for field in geo_fields]
    columns.append("DATEADDED")
    if with_url:
        columns.append("SOURCEURL")
    return tuple(columns)


GDELT2_COLUMNS = _columns(_GEO_FIELDS_V2, with_url=True)  # 61
GDELT1_COLUMNS = _columns(_GEO_FIELDS_V1, with_url=True)  # 58 (daily files since April 2013)
GDELT1_BACKFILE_COLUMNS = GDELT1_COLUMNS[:-1]  # 57
_LAYOUTS = {len(c): c for c in (GDELT2_COLUMNS, GDELT1_COLUMNS, GDELT1_BACKFILE_COLUMNS)}

# GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
_PRECISION_TO_GEOTYPE = {"country": "1", "region": "5", "city": "4"}
_GEOTYPE_TO_PRECISION = {"1": "country", "2": "region", "3": "city", "4": "city", "5": "region"}


# ---------------------------------------------------------------- reading


def read_gdelt(path: Path) -> Iterator[ReadItem]:
    """Event rows of a GDELT 1.0 or 2.0 export (.CSV, .CSV.zip, .gz); a bad line yields its error."""
    for number, line in lines_of(path):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip() or line.startswith("GLOBALEVENTID"):
            continue  # blank line or a header some tools add
        fields = line.split("\t")
        layout = _LAYOUTS.get(len(fields))
        if layout is None:
            yield skip(path, number, f"{len(fields)} tab-separated fields; GDELT has 57, 58 or 61")
            continue
        try:
            row = _row_from_record(dict(zip(layout, fields, strict=True)), version=_version(layout))
        except Exception as exc:  # noqa: BLE001 - any failure of one record skips that line only
            yield skip(path, number, exc)
            continue
        row[LINE_KEY] = number
        yield row


def _version(layout: tuple[str, ...]) -> str:
    return "2.0" if layout is GDELT2_COLUMNS else "1.0"


def _row_from_record(rec: dict[str, str], version: str) -> EventRow:
    event_number = rec["GLOBALEVENTID"].strip()
    if not event_number.isdigit():
        raise ValueError(f"GLOBALEVENTID {event_number!r} is not a number")
    row = empty_row(ORIGIN)
    row["event_id"] = dataset_event_id(ORIGIN, event_number)
    code = rec["EventCode"].strip()
    if not code:
        raise ValueError("empty EventCode")
    row["goldstein"] = _float_or_none(rec["GoldsteinScale"], "GoldsteinScale")
    quad = rec["QuadClass"].strip()
    row["quad_class"] = int(quad) if quad else None
    fill_from_codebook(row, code)
    row["event_date"] = parse_compact_date(rec["SQLDATE"])
    row["date_precision"] = "day" if row["event_date"] else "none"
    row["date_source"] = "dataset" if row["event_date"] else "none"
    row["published"] = parse_compact_date(rec["DATEADDED"]) or row["event_date"]
    for actor, role in (("Actor1", "source"), ("Actor2", "target")):
        set_actor(row, role, rec[actor + "Code"], country=rec[actor + "CountryCode"].strip() or None,
                  sector=rec[actor + "Type1Code"].strip() or None, name=rec[actor + "Name"].strip() or None)
    url = rec.get("SOURCEURL", "").strip()
    row["doc_id"] = f"{ORIGIN}-url-{content_hash(url)}" if url else None
    row["outlet"] = urlparse(url).hostname if url.startswith("http") else None
    row["location"] = _location_from_geo(rec, "ActionGeo_")
    row["coder"] = ORIGIN
    row["coder_version"] = version
    return row


def _float_or_none(text: str, name: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{name} {text!r} is not a number") from None


def _location_from_geo(rec: dict[str, str], prefix: str) -> str | None:
    name = rec[prefix + "FullName"].strip()
    if not name:
        return None
    location = {
        "name": name,
        "iso3": fips_to_iso3(rec[prefix + "CountryCode"].strip()),
        "lat": _float_or_none(rec[prefix + "Lat"], prefix + "Lat"),
        "lon": _float_or_none(rec[prefix + "Long"], prefix + "Long"),
        "precision": _GEOTYPE_TO_PRECISION.get(rec[prefix + "Type"].strip(), "country"),
        "text": None,
    }
    return json.dumps(location, ensure_ascii=False)


# ---------------------------------------------------------------- writing


def write_gdelt(rows: Iterable[EventRow], out: TextIO) -> int:
    """Write rows as GDELT 2.0 event records (61 tab-separated columns, no header); returns the count."""
    return write_tab_records(records_of(rows, gdelt_record), out)


def gdelt_record(row: EventRow) -> list[str]:
    """One row as the 61 GDELT 2.0 fields, in the codebook's order."""
    day = row.get("event_date") or row.get("published")
    code = row.get("cameo_code") or ""
    fields: dict[str, str] = dict.fromkeys(GDELT2_COLUMNS, "")
    fields["GLOBALEVENTID"] = str(numeric_id(row["event_id"]))
    if day:
        parsed = date.fromisoformat(day)
        fields["SQLDATE"] = compact_date(day)
        fields["MonthYear"] = day[:4] + day[5:7]
        fields["Year"] = day[:4]
        # GDELT's FractionDate: year plus the elapsed share of the year, four decimals.
        fields["FractionDate"] = f"{parsed.year + (parsed.timetuple().tm_yday - 1) / 365:.4f}"
    for role, actor in (("source", "Actor1"), ("target", "Actor2")):
        fields.update(_actor_fields(row, role, actor))
    # GDELT flags events from the lead of a story; the first sentences stand in for the lead paragraph.
    index = row.get("sentence_index")
    fields["IsRootEvent"] = "1" if index is not None and index < 3 else "0"
    fields["EventCode"] = code
    fields["EventBaseCode"] = code[:3]
    fields["EventRootCode"] = row.get("cameo_root") or code[:2]
    fields["QuadClass"] = _text(row.get("quad_class"))
    fields["GoldsteinScale"] = _text(row.get("goldstein"))
    fields["NumMentions"] = fields["NumSources"] = fields["NumArticles"] = "1"
    fields["AvgTone"] = "0"
    fields.update(_geo_fields(row.get("location"), "ActionGeo_"))
    published = row.get("published") or day
    fields["DATEADDED"] = compact_date(published) + "000000" if published else ""
    fields["SOURCEURL"] = row.get("doc_url") or ""
    return [fields[name] for name in GDELT2_COLUMNS]


def _actor_fields(row: EventRow, role: str, actor: str) -> dict[str, str]:
    code = row.get(f"{role}_code") or ""
    if not code:
        return {}
    sector = row.get(f"{role}_sector") or ""
    country = row.get(f"{role}_country") or ""
    name = row.get(f"{role}_name") or row.get(f"{role}_text") or ""
    fields = {actor + "Code": code, actor + "Name": name.upper(), actor + "CountryCode": country,
              actor + "Type1Code": sector}
    if not country and len(code) >= 6:
        fields[actor + "KnownGroupCode"] = code[3:6]  # IGONAT -> NAT, as GDELT codes known groups
    return fields


def _geo_fields(location_json: str | None, prefix: str) -> dict[str, str]:
    if not location_json:
        return {}
    location = json.loads(location_json)
    return {
        prefix + "Type": _PRECISION_TO_GEOTYPE.get(location.get("precision") or "country", "1"),
        prefix + "FullName": location.get("name") or "",
        prefix + "CountryCode": iso3_to_fips(location.get("iso3")),
        prefix + "Lat": _text(location.get("lat")),
        prefix + "Long": _text(location.get("lon")),
    }


def _text(value: object) -> str:
    return "" if value is None else str(value)



__all__ = ["GDELT1_COLUMNS", "GDELT2_COLUMNS", "gdelt_record", "read_gdelt", "write_gdelt"]
