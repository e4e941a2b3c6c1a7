"""ICEWS coded-event files (Harvard Dataverse `events.YYYY.*.tab`): read and write.

The layout is tab-separated with a header line of 20 named columns (ICEWS_COLUMNS). ICEWS names
actors and countries in words ("Russian Federation", sectors "Government,Executive"), not with
codes: reading turns them into ISO3 + a CAMEO-style sector code (RUS + GOV -> RUSGOV); writing
does the reverse. Codes with more than a country and one sector therefore come back shortened.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from brinkwatch.errors import InputError

from .common import (
    INTERNATIONAL_SECTORS,
    LINE_KEY,
    EventRow,
    ReadItem,
    compose_actor_code,
    country_to_iso3,
    dataset_event_id,
    empty_row,
    fill_from_codebook,
    iso3_to_country,
    iso_date,
    lines_of,
    numeric_id,
    records_of,
    set_actor,
    skip,
    write_tab_records,
)

ORIGIN = "icews"

ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
)

# ICEWS sector words -> sector code. Checked in order: the first match wins, so the more specific
# role comes first ("Nongovernmental" before "Government", "Military" before "Government").
_SECTOR_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("nongovernmental", "NGO"), ("non-governmental", "NGO"),
    ("intergovernmental", "IGO"), ("international government", "IGO"),
    ("military", "MIL"), ("army", "MIL"), ("navy", "MIL"), ("air force", "MIL"), ("armed forces", "MIL"),
    ("intelligence", "SPY"),
    ("police", "COP"),
    ("judicial", "JUD"), ("court", "JUD"),
    ("legislative", "LEG"), ("parliament", "LEG"),
    ("rebel", "REB"), ("insurgent", "REB"), ("militant", "REB"), ("separatist", "REB"),
    ("opposition", "OPP"), ("protest", "OPP"), ("dissident", "OPP"),
    ("government", "GOV"), ("executive", "GOV"), ("cabinet", "GOV"), ("ministry", "GOV"),
    ("business", "BUS"), ("media", "MED"), ("news", "MED"), ("religious", "REL"),
    ("education", "EDU"), ("medical", "HLH"), ("health", "HLH"), ("labor", "LAB"), ("union", "LAB"),
    ("refugee", "REF"), ("displaced", "REF"), ("criminal", "CRM"), ("civilian", "CVL"), ("citizen", "CVL"),
)
# Sector code -> the ICEWS wording written on export (read back by the table above).
_SECTOR_NAMES = {
    "GOV": "Government", "MIL": "Military", "COP": "Police", "JUD": "Judicial",
    "LEG": "Legislative / Parliamentary", "REB": "Rebel", "OPP": "Opposition", "BUS": "Business",
    "MED": "Media", "REL": "Religious", "EDU": "Education", "HLH": "Medical / Health",
    "LAB": "Labor / Unions", "REF": "Refugees / Displaced", "NGO": "Nongovernmental Organization",
    "IGO": "Intergovernmental Organization", "SPY": "Intelligence", "CRM": "Criminal", "CVL": "Civilian",
}


def sector_code(sectors: str) -> str | None:
    """'Elite,Executive,Government' -> 'GOV'; a bare 3-letter code is kept as it is."""
    text = sectors.strip()
    if len(text) == 3 and text.isalpha() and text.isupper():
        return text
    lowered = text.lower()
    for keyword, code in _SECTOR_KEYWORDS:
        if keyword in lowered:
            return code
    return None


# ---------------------------------------------------------------- reading


def read_icews(path: Path) -> Iterator[ReadItem]:
    """Event rows of an ICEWS coded-event file; a bad line yields its error and is skipped."""
    header: tuple[str, ...] | None = None
    for number, line in lines_of(path):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        fields = line.split("\t")
        if header is None:
            if "Event ID" in fields:
                header = tuple(field.strip() for field in fields)
                missing = [c for c in ("Event ID", "Event Date", "CAMEO Code") if c not in header]
                if missing:
                    yield skip(path, number, f"header lacks {', '.join(missing)}")
                    return
                continue
            header = ICEWS_COLUMNS  # headerless file: the documented order
        if len(fields) != len(header):
            yield skip(path, number, f"{len(fields)} fields, header has {len(header)}")
            continue
        try:
            row = _row_from_record(dict(zip(header, fields, strict=True)))
        except Exception as exc:  # noqa: BLE001 - any failure of one record skips that line only
            yield skip(path, number, exc)
            continue
        row[LINE_KEY] = number
        yield row


def _row_from_record(rec: dict[str, str]) -> EventRow:
    native_id = rec["Event ID"].strip()
    if not native_id:
        raise ValueError("empty Event ID")
    row = empty_row(ORIGIN)
    row["event_id"] = dataset_event_id(ORIGIN, native_id)
    intensity = rec.get("Intensity", "").strip()
    row["goldstein"] = float(intensity) if intensity else None
    fill_from_codebook(row, rec["CAMEO Code"].strip())
    row["event_date"] = iso_date(rec["Event Date"])
    row["date_precision"] = "day" if row["event_date"] else "none"
    row["date_source"] = "dataset" if row["event_date"] else "none"
    row["published"] = row["event_date"]
    for prefix, role in (("Source", "source"), ("Target", "target")):
        _set_icews_actor(row, role, rec.get(f"{prefix} Name", ""), rec.get(f"{prefix} Sectors", ""),
                         rec.get(f"{prefix} Country", ""))
    story = rec.get("Story ID", "").strip()
    row["doc_id"] = f"{ORIGIN}-story-{story}" if story else None
    sentence = rec.get("Sentence Number", "").strip()
    row["sentence_index"] = int(sentence) - 1 if sentence else None  # ICEWS counts sentences from 1
    row["outlet"] = rec.get("Publisher", "").strip() or None
    row["location"] = _location(rec)
    row["coder"] = ORIGIN
    row["coder_version"] = "dataverse"
    return row


def _set_icews_actor(row: EventRow, role: str, name: str, sectors: str, country_name: str) -> None:
    country = country_to_iso3(country_name) if country_name.strip() else None
    sector = sector_code(sectors) if sectors.strip() else None
    if country and sector in INTERNATIONAL_SECTORS:
        sector = None  # e.g. a national NGO keeps its country; its code stays the country's
    code = compose_actor_code(country, sector)
    set_actor(row, role, code, country=country, sector=sector, name=name.strip() or None)


def _location(rec: dict[str, str]) -> str | None:
    city, province, country = (rec.get(k, "").strip() for k in ("City", "Province", "Country"))
    name = city or province or country
    if not name:
        return None
    lat, lon = rec.get("Latitude", "").strip(), rec.get("Longitude", "").strip()
    location = {
        "name": name,
        "iso3": country_to_iso3(country) if country else None,
        "lat": float(lat) if lat else None,
        "lon": float(lon) if lon else None,
        "precision": "city" if city else "region" if province else "country",
        "text": None,
    }
    return json.dumps(location, ensure_ascii=False)


# ---------------------------------------------------------------- writing


def write_icews(rows: Iterable[EventRow], out: TextIO) -> int:
    """Write rows in the ICEWS layout (header + tab-separated records); returns the count."""
    return write_tab_records(records_of(rows, icews_record), out, header=ICEWS_COLUMNS)


def icews_record(row: EventRow) -> list[str]:
    """One row as the 20 ICEWS fields, in the documented order."""
    fields = dict.fromkeys(ICEWS_COLUMNS, "")
    fields["Event ID"] = str(numeric_id(row["event_id"]))
    fields["Event Date"] = row.get("event_date") or row.get("published") or ""
    for role, prefix in (("source", "Source"), ("target", "Target")):
        fields.update(_actor_fields(row, role, prefix))
    fields["Event Text"] = row.get("cameo_name") or ""
    fields["CAMEO Code"] = row.get("cameo_code") or ""
    fields["Intensity"] = "" if row.get("goldstein") is None else str(row["goldstein"])
    if row.get("doc_id"):
        fields["Story ID"] = str(numeric_id(row["doc_id"]))
    if row.get("sentence_index") is not None:
        fields["Sentence Number"] = str(int(row["sentence_index"]) + 1)
    fields["Publisher"] = row.get("outlet") or ""
    fields.update(_location_fields(row.get("location")))
    return [fields[name] for name in ICEWS_COLUMNS]


def _actor_fields(row: EventRow, role: str, prefix: str) -> dict[str, str]:
    code = row.get(f"{role}_code") or ""
    if not code:
        return {}
    country = row.get(f"{role}_country") or ""
    sector = row.get(f"{role}_sector") or (code if code[:3] in INTERNATIONAL_SECTORS else "")
    sector = sector[:3]
    country_name = iso3_to_country(country) if country else ""
    name = row.get(f"{role}_name") or row.get(f"{role}_text") or country_name or code
    return {
        f"{prefix} Name": name,
        f"{prefix} Sectors": _SECTOR_NAMES.get(sector, sector),
        f"{prefix} Country": country_name,
    }


def _location_fields(location_json: str | None) -> dict[str, str]:
    if not location_json:
        return {}
    location = json.loads(location_json)
    country = iso3_to_country(location["iso3"]) if location.get("iso3") else ""
    precision = location.get("precision") or "country"
    name = location.get("name") or ""
    fields = {
        "Country": country or (name if precision == "country" else ""),
        "Latitude": "" if location.get("lat") is None else str(location["lat"]),
        "Longitude": "" if location.get("lon") is None else str(location["lon"]),
    }
    if precision == "city":
        fields["City"] = name
    elif precision == "region":
        fields["Province"] = name
    return fields

