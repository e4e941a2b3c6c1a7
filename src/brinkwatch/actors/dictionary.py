"""The actor dictionary: every table loaded into one token trie, and resolution of an actor at a date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from brinkwatch.actors.keys import ANY_CASE, case_ok, plural, spelling_key, split_phrase, token_case, token_key
from brinkwatch.actors.office_titles import is_former, office_for_title
from brinkwatch.actors.table import Row, by_conventions, country_and_sector, parse_rows
from brinkwatch.errors import DictionaryError
from brinkwatch.model import ActorRef

# Shipped tables, lowest priority first: a later table (and any user table) wins a tie.
SHIPPED_TABLES = (
    "countries.tsv",
    "sectors_petrarch.tsv",
    "sectors.tsv",
    "organisations_petrarch.tsv",
    "parties.tsv",
    "bodies_national.tsv",
    "people_igo_petrarch.tsv",
    "institutions.tsv",
    "organisations.tsv",
    "companies.tsv",
    "people_petrarch.tsv",
    "people_public.tsv",
    "people_offices.tsv",
    "people.tsv",
    "outlets.tsv",
)
PROPER_KINDS = frozenset({"country", "adjective", "metonym", "org", "person", "outlet", "stop"})
_END = ""  # trie key holding the patterns that end at a node (no token key is empty)
# Sectors of armed groups: an organisation with one of these is a group, not a body ("group" kind).
GROUP_SECTORS = frozenset({"REB", "INS", "TER", "UAF", "SEP", "RAD"})
# Offices held by one person at a time: "the US president" on a date names that person.
SINGLE_HOLDER_ROLES = frozenset({"president", "vice president", "prime minister", "chancellor", "foreign minister",
                                 "defence minister", "supreme leader", "king"})


@dataclass(slots=True)
class Actor:
    """Every row sharing a kind and canonical name: a country, an organisation, a person's terms."""

    name: str
    kind: str
    priority: int
    rows: list[Row] = field(default_factory=list)

    def row_on(self, on: date | None) -> Row | None:
        """The row in force on `on`: a dated row covering it, else an undated one, else None.
        With no date (a story that gives none), the latest dated row: a person's last known office. On the
        day a term ends its holder still holds it: "Prime Minister Theresa May hands over to her successor today"."""
        dated = [r for r in self.rows if r.dated and (on is None or r.valid_on(on) or r.valid_to == on)]
        if dated:
            return max(dated, key=lambda r: r.valid_from or date.min)
        if on is not None and on >= PETRARCH_DATA_END and _unknown_after_petrarch(self.rows):
            # in office when PETRARCH's tables stopped: whether they still were later is unknown, so their
            # "at any other time" row (a former official, ELI) may not apply: Khamenei in 2020 is no ELI
            return None
        undated = [r for r in self.rows if not r.dated]
        return undated[-1] if undated else None

    def home_country(self) -> str | None:
        """The country of a person out of office: the one their offices belong to."""
        for row in reversed(self.rows):
            country, _ = country_and_sector(row.code, row.sector)
            if country:
                return country
        return None

    def resolve(self, text: str, on: date | None, resolved_by: str = "dictionary") -> ActorRef | None:
        row = self.row_on(on)
        if row is None and self.kind == "person":
            former = self.former_office(on)
            if former is not None:
                return self._former(text, on, former, resolved_by)
        if row is None:
            country = self.home_country()
            if country is None:
                return None
            # Before or after their term a person is still of their country, never of a government.
            entry = f"{self.rows[0].origin} {self.name} (no office on {on.isoformat() if on else 'an unknown date'})"
            return ActorRef(text=text, code=country, country=country, name=self.name, resolved_by=resolved_by,
                            entry=entry, kind="person", row=self.rows[0].origin)
        country, sector = country_and_sector(row.code, row.sector)
        if self.kind in ("country", "adjective"):
            country = row.code  # a user's own country code counts as a country too
        named = self.kind in ("person", "org")
        return ActorRef(text=text, code=row.code or "", country=country, sector=sector,
                        name=self.name if named else None, resolved_by=resolved_by, entry=row.describe(),
                        kind=actor_kind(row), row=row.origin)

    def former_office(self, on: date | None) -> Row | None:
        """The last office this person left before `on`: Boris Johnson in 2023 left 10 Downing Street in 2022.
        Only a state's offices count (a lost candidacy is no office), and only where the table dates the end
        (a PETRARCH term still open when its tables stopped in 2014 has no known end)."""
        if on is None or (on >= PETRARCH_DATA_END and _unknown_after_petrarch(self.rows)):
            return None
        ended = [r for r in self.rows if r.valid_to is not None and r.valid_to <= on and _office_country(r)
                 and not _open_in_petrarch(r)]
        return max(ended, key=lambda r: r.valid_to or date.min) if ended else None

    def _former(self, text: str, on: date | None, former: Row, resolved_by: str) -> ActorRef:
        """A former office-holder named in a story after their term is ELI (shared/gold/README.md): "Boris
        Johnson criticised the plan" in 2023 is GBRELI, never GBRGOV and not the whole of Britain."""
        country = _office_country(former) or ""
        entry = (f"{former.origin} {self.name} (former {former.role or former.code}, "
                 f"until {former.valid_to}; no office on {on})")
        return ActorRef(text=text, code=country + "ELI", country=country, sector="ELI", name=self.name,
                        resolved_by=resolved_by, entry=entry, kind="person", row=former.origin)

    def role_on(self, on: date | None) -> str | None:
        row = self.row_on(on)
        return row.role if row else None


# Sectors of a state's offices, whose holders are former office-holders (ELI) after their term; an
# opposition leader or a candidate (OPP) held none ("Hillary Clinton" as a 2016 candidate, USAOPP).
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


# PETRARCH2's tables stop at the end of 2014: a term open then was closed at this date when converted
# (scripts/build_actor_data.py), which says nothing about when it really ended.
PETRARCH_DATA_END = date(2015, 1, 1)


def _open_in_petrarch(row: Row) -> bool:
    """A converted PETRARCH term still open in 2014 ('Robert Mugabe ZWEGOV ..2015-01-01'), whose end is unknown."""
    return row.valid_to == PETRARCH_DATA_END and _from_petrarch(row)


def _from_petrarch(row: Row) -> bool:
    return (row.source or "").startswith("petrarch2/")


def _unknown_after_petrarch(rows: list[Row]) -> bool:
    """A person last seen in office when PETRARCH's tables stopped, whom no hand-kept row follows past 2014
    (Michael Gove's PETRARCH term to 2014 is followed by his later offices; a minister PETRARCH alone knows is not)."""
    return any(_open_in_petrarch(r) for r in rows) and not any(
        r.dated and not _from_petrarch(r) and (r.valid_to or date.max) > PETRARCH_DATA_END for r in rows)


def _office_country(row: Row) -> str | None:
    """The state whose office a row is ('USALEG' -> 'USA'); None for a candidacy or an international post."""
    country, sector = country_and_sector(row.code, row.sector)
    return country if country and sector in OFFICE_SECTORS else None


def actor_kind(row: Row) -> str | None:
    """The ActorRef kind a table row gives: state, person, organisation, group or sector."""
    if row.kind in ("country", "adjective", "metonym"):
        return "state"
    if row.kind == "person":
        return "person"
    if row.kind == "org":
        _, sector = country_and_sector(row.code, row.sector)
        code = row.code or ""
        armed = sector in GROUP_SECTORS or code.startswith("IMG") or code[3:6] in GROUP_SECTORS
        return "group" if armed else "organisation"
    if row.kind in ("sector", "role"):
        return "sector"
    if row.kind == "collective":
        return "collective"
    return None


@dataclass(frozen=True, slots=True)
class Pattern:
    """One way of writing an actor, stored at the trie node of its last token."""

    cases: tuple[int, ...]
    actor: Actor
    phrase: str


@dataclass(frozen=True, slots=True)
class TrieHit:
    end: int  # token index after the match
    patterns: tuple[Pattern, ...]


class ActorDictionary:
    """All actor tables, indexed by lowercased token sequences."""

    def __init__(self) -> None:
        self.trie: dict[str, Any] = {}
        self.actors: dict[tuple[str, str], Actor] = {}
        self.outlets: set[str] = set()
        self.outlet_codes: dict[str, str] = {}  # outlet key -> its code when acted on ("CNN" -> USAMED)
        self.outlet_acronyms: set[str] = set()  # outlet keys written only in capitals ("SANA", "CNN")
        self._priority = 0
        self.shipped_priority = 0  # the highest priority of a shipped table: above it, user tables
        self._indexed: set[tuple[tuple[str, str], str]] = set()
        self.offices: dict[tuple[str, str], list[Actor]] = {}  # (country, role) -> people who held it
        self._surnames: dict[str, list[Actor]] | None = None  # built on first use

    @classmethod
    def load(cls, extra: tuple[Path, ...] = ()) -> ActorDictionary:
        """The shipped tables, then each user table in `extra` (same columns) on top."""
        dictionary = cls()
        for name in SHIPPED_TABLES:
            dictionary.add_rows(_shipped_rows(name))
        dictionary.shipped_priority = dictionary._priority
        for path in extra:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise DictionaryError(f"cannot read actor table: {exc}", input=str(path)) from None
            dictionary.add_table(text, str(path))
        return dictionary

    def add_table(self, text: str, source: str) -> None:
        self.add_rows(parse_rows(text, source))

    def add_rows(self, rows: list[Row]) -> None:
        """One table's rows, above every table added before."""
        self._priority += 1
        for row in rows:
            self.add_row(row)

    def add_row(self, row: Row) -> None:
        key = (row.kind, token_key(row.name))
        actor = self.actors.get(key)
        if actor is None:
            actor = self.actors[key] = Actor(row.name, row.kind, self._priority)
        if self._priority > actor.priority:
            # A later table that knows this actor replaces what older tables said about it
            # (the hand-kept leaders table over PETRARCH's 2014 terms); the aliases stay.
            actor.rows = []
            actor.priority = self._priority
        actor.rows.append(row)
        if row.kind == "person" and row.role in SINGLE_HOLDER_ROLES and row.code:
            holders = self.offices.setdefault((row.code[:3], row.role), [])
            if actor not in holders:
                holders.append(actor)
        if row.kind == "outlet":
            for phrase in row.phrases:
                key_p = _outlet_key(phrase)
                # "SANA" (Syria's agency) is written in capitals; "Sanaa" (Yemen's capital) shares its spelling key
                if not phrase.isupper():
                    self.outlet_acronyms.discard(key_p)
                elif key_p not in self.outlets:
                    self.outlet_acronyms.add(key_p)
                self.outlets.add(key_p)
                if row.code:
                    self.outlet_codes[key_p] = row.code
        for phrase in row.phrases:
            if (key, phrase) in self._indexed:
                continue  # a person's later terms repeat their canonical name
            self._indexed.add((key, phrase))
            self._index(phrase, actor)
            if row.kind in ("sector", "role"):
                self._index_plural(phrase, row)
            elif row.kind == "adjective" and phrase.isalpha():  # not "U.S." ("U.S.S." is a ship's prefix)
                self._index_plural(phrase, row, "country")  # "Kenyan" -> "Kenyans": the state's people

    def _index_plural(self, phrase: str, row: Row, kind: str = "sector") -> None:
        tokens = phrase.split()
        many = " ".join(tokens[:-1] + [plural(tokens[-1])])
        # A plural role ("ministers", "generals") names a group, not one person to refer back to.
        key = (kind, token_key(many))
        if key not in self.actors:
            group = Row((many,), row.code, kind, None, None, row.sector, None, row.origin)
            actor = self.actors[key] = Actor(many, kind, self._priority, [group])
            self._index(many, actor)

    def _index(self, phrase: str, actor: Actor) -> None:
        tokens = split_phrase(phrase)
        if len(tokens) > 1 and tokens[0].lower() == "the" and (len(tokens) > 2 or actor.kind != "outlet"):
            # the matcher reads "the" as the determiner of any name ("the Kremlin"); a one-word outlet
            # keeps it ("The Hindu" is a paper, "Hindu" a word)
            tokens = tokens[1:]
        if len(tokens) > 2:
            tokens = [tokens[0], *(t for t in tokens[1:-1] if t != "-"), tokens[-1]]  # "al-Qaeda" = "al Qaeda"
        if not tokens:
            return
        # a sector word written with a capital wants one ("the House" is a legislature, "house arrest" not)
        proper = actor.kind in PROPER_KINDS or actor.kind == "sector" and phrase[:1].isupper()
        cases = tuple(token_case(t) if proper else ANY_CASE for t in tokens)
        node = self.trie
        for token in tokens:
            node = node.setdefault(token_key(token), {})
        patterns = node.setdefault(_END, [])
        if not any(p.actor is actor and p.cases == cases for p in patterns):
            patterns.append(Pattern(cases, actor, phrase))

    # ---- lookups -------------------------------------------------------------------------------

    def longest(self, texts: list[str], keys: list[str], start: int, kinds: frozenset[str]) -> TrieHit | None:
        """Longest match of `kinds` starting at token `start` whose case fits the text."""
        return self._walk(texts, keys, start, kinds, self.trie, [], False)

    def _walk(self, texts: list[str], keys: list[str], i: int, kinds: frozenset[str], node: dict,
              positions: list[int], initial: bool) -> TrieHit | None:
        """The trie walk of `longest` from token `i`, `positions` the tokens matched so far (hyphens inside the
        name left out); `initial` once a middle initial was passed over, when only a person's name may match."""
        best: TrieHit | None = None
        while i < len(keys):
            if keys[i] == "-" and positions and i + 1 < len(keys):
                i += 1  # "al-Qaeda" matches "al Qaeda": a hyphen inside a name is optional
            if positions and not initial and _middle_initial(texts[i]) and i + 1 < len(keys):
                # "John R. Bolton" is "John Bolton": a middle initial the table does not spell (tried besides
                # the initial itself, which "John R. Steelman" spells)
                passed = self._walk(texts, keys, i + 1, kinds, node, list(positions), True)
                if passed is not None and (best is None or passed.end > best.end):
                    best = passed
            node = node.get(keys[i])
            if node is None:
                break
            positions.append(i)
            i += 1
            patterns = node.get(_END)
            if patterns:
                fitting = tuple(p for p in patterns if p.actor.kind in kinds and _case_fits(p, texts, positions)
                                and (len(positions) > 1 or self._spelling_fits(p, texts[positions[0]]))
                                and (not initial or p.actor.kind == "person"))
                if self._priority > self.shipped_priority:  # user tables loaded (none on most runs)
                    top = max((p.actor.priority for p in fitting), default=0)
                    if top > self.shipped_priority:
                        # a user's row for this phrase replaces every shipped reading of it
                        fitting = tuple(p for p in fitting if p.actor.priority == top)
                if fitting and (best is None or i > best.end):
                    best = TrieHit(i, fitting)
        return best

    def _spelling_fits(self, pattern: Pattern, written: str) -> bool:
        """A one-word name matches a variant spelling of it ("Zelenskyy" for "Zelensky") unless that spelling
        is another known person's surname: "Bennet" (the US senator) is not "Bennett" (Israel's premier)."""
        if pattern.actor.kind != "person":
            return True
        spelled = spelling_key(written)
        if spelled == spelling_key(pattern.phrase):
            return True
        return not any(other is not pattern.actor and _spelled(other.name) == spelled
                       for other in self.by_surname(token_key(written)))

    def office_holder(self, country: str, role: str, on: date | None) -> Actor | None:
        """Who held `role` ("president") for `country` on `on`, when the tables know (never without a date)."""
        if on is None:
            return None
        for actor in self.offices.get((country, role), ()):
            row = actor.row_on(on)
            if row is not None and row.role == role and row.code and row.code.startswith(country):
                return actor
        return None

    def by_surname(self, surname: str) -> list[Actor]:
        """Every person whose canonical name ends in `surname` (a token key)."""
        if self._surnames is None:
            self._surnames = {}
            for (kind, _), actor in self.actors.items():
                if kind == "person":
                    last = surname_key(actor.name)
                    if last:
                        self._surnames.setdefault(last, []).append(actor)
        return self._surnames.get(surname, [])

    def surname_in_office(self, surname: str, on: date | None, title: str | None = None) -> Actor | None:
        """The one known person of `surname` holding an office on `on`; None when none, several or no date.

        With the `title` written before the surname, only an office that title names counts: in 2023
        "Senator Sanders" is the senator and "Governor Sanders" the governor, and "Captain Sanders" is
        neither (a rank names a soldier or police officer). `surname` may be the written word or its token
        key; written, it also settles two holders whose names share a key ("Bennett" is not "Bennet")."""
        if on is None or is_former(title):
            return None  # "former Senator Smith" is no one in office: not the senator Smith of today
        office = office_for_title(title)
        holders = [a for a in self.by_surname(token_key(surname))
                   if any(_in_office(r, on) and (office is None or office.fits(r)) for r in a.rows)]
        if len(holders) > 1:
            spelled = [a for a in holders if _spelled(a.name) == _spelled(surname)]
            holders = spelled if len(spelled) == 1 else holders
        if len(holders) > 1 and office is None and len({_spelled(a.name) for a in holders}) == 1:
            # in 2019 "Trump" is the president, not the president's daughter who advises him: one holder of an
            # office held by one person at a time outranks the rest
            heads = [a for a in holders if any(_in_office(r, on) and r.role in SINGLE_HOLDER_ROLES for r in a.rows)]
            holders = heads if len(heads) == 1 else holders
        return holders[0] if len(holders) == 1 else None

    def sector_of(self, words: list[str]) -> str | None:
        """The sector code of a bare sector word or phrase ("police" -> COP), whatever its country."""
        node = self.trie
        words = [w for w in words if w != "-"]  # "non-governmental" is indexed as "non governmental" (see _index)
        for word in words:
            node = node.get(token_key(word))
            if node is None:
                return None
        row = _top_sector_row(node, words)
        return row.code if row is not None else None

    def country_only(self, words: list[str]) -> bool:
        """Whether a sector phrase takes its country only from a state named with it ("Syrian aircraft"),
        never from the rest of the sentence: "water bombing by aircraft" in a story about France names
        no French military."""
        node = self.trie
        for word in words:
            node = node.get(token_key(word))
            if node is None:
                return False
        row = _top_sector_row(node)
        return row is not None and row.role == "country-only"

    def outlet_code(self, text: str) -> str | None:
        """The code of an outlet as the target of an act ("accused Fox News of bias" -> USAMED)."""
        key = _outlet_key(text)
        return self.outlet_codes.get(key) if self._outlet_case_ok(key, text) else None

    def is_outlet(self, text: str) -> bool:
        """True for a news outlet ("Reuters", "The Washington Post", "RIA Novosti")."""
        key = _outlet_key(text)
        return key in self.outlets and self._outlet_case_ok(key, text)

    def _outlet_case_ok(self, key: str, text: str) -> bool:
        """An outlet known only by capitals is not matched by a word in lower case ("Sanaa" is no "SANA")."""
        return key not in self.outlet_acronyms or text.isupper()

    def resolve(self, phrase: str, on: date | None = None) -> ActorRef | None:
        """One phrase -> its best actor: the longest mention found in it (first on a tie)."""
        from brinkwatch.actors.matcher import find_mentions, phrase_doc

        mentions = find_mentions(self, phrase_doc(phrase), on)
        if not mentions:
            return None
        best = max(mentions, key=lambda m: (m.end - m.start, -m.start))
        return best.actor

    def find_mentions(self, doc, on: date | None = None, issuer: ActorRef | None = None) -> list:
        """Every actor mention in `doc`, left to right, longest match first, non-overlapping; with `issuer`,
        the first person and "the Department" of a statement are the issuer."""
        from brinkwatch.actors.matcher import find_mentions

        return find_mentions(self, doc, on, issuer)

    def candidates(self, phrase: str) -> list[dict[str, Any]]:
        """Every dictionary entry matching some part of `phrase` (for `explain`)."""
        from brinkwatch.actors.matcher import phrase_doc

        doc = phrase_doc(phrase)
        texts = [t.text for t in doc]
        keys = [token_key(t) for t in texts]
        found: list[dict[str, Any]] = []
        for start in range(len(keys)):
            node = self.trie
            for i in range(start, len(keys)):
                node = node.get(keys[i])
                if node is None:
                    break
                for pattern in node.get(_END, ()):
                    fits = all(case_ok(c, texts[start + k]) for k, c in enumerate(pattern.cases))
                    found.append({
                            "text": " ".join(texts[start:i + 1]),
                            "kind": pattern.actor.kind,
                            "name": pattern.actor.name,
                            "case_fits": fits,
                            "rows": [r.describe() for r in pattern.actor.rows[:12]],
                        })
        return found


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def surname_key(name: str) -> str | None:
    """'Joseph R. Biden Jr.' -> 'biden'; None for a one-word name (no surname to stand alone)."""
    words = [w.strip(",") for w in name.split()]
    while words and token_key(words[-1]).rstrip(".") in _NAME_SUFFIXES:
        words.pop()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    return token_key(words[-1])


# The role of a row that keeps a person who died in office coded by that office after death
# ("Iran mourned Soleimani" a week after his killing is IRNMIL); no one holds the office by it.
DIED_IN_OFFICE = "died in office"


def _in_office(row: Row, on: date) -> bool:
    """A dated row with a sector in force on `on` ("USALEG" 1991..-), not a bare country nor a death."""
    return row.dated and row.valid_on(on) and len(row.code or "") > 3 and row.role != DIED_IN_OFFICE


@lru_cache(maxsize=65_536)  # asked for every namesake of every one-word name matched
def _spelled(name: str) -> str:
    """The last word of a name as written, accents and case aside: 'Naftali Bennett' -> 'bennett'."""
    words = [w.strip(",") for w in name.split()]
    while len(words) > 1 and token_key(words[-1]).rstrip(".") in _NAME_SUFFIXES:
        words.pop()
    return spelling_key(words[-1]) if words else ""


def _case_fits(pattern: Pattern, texts: list[str], positions: list[int]) -> bool:
    return all(case_ok(c, texts[i]) for c, i in zip(pattern.cases, positions, strict=True))


def _outlet_key(text: str) -> str:
    key = " ".join(token_key(w) for w in text.split())
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=len(SHIPPED_TABLES))
def _shipped_rows(name: str) -> list[Row]:
    """A shipped table's rows, read once per process (user tables load on top of them again and again)."""
    text = resources.files("brinkwatch").joinpath("data/actors").joinpath(name).read_text(encoding="utf-8")
    return by_conventions(parse_rows(text, name))


@lru_cache(maxsize=1)
def default_dictionary() -> ActorDictionary:
    """The shipped dictionary, loaded once per process."""
    return ActorDictionary.load()


def is_outlet(text: str) -> bool:
    return default_dictionary().is_outlet(text)


def explain(phrase: str, on: date | None = None, dictionary: ActorDictionary | None = None) -> dict[str, Any]:
    """What `phrase` resolves to at `on`, and every dictionary entry that was considered."""
    dictionary = dictionary or default_dictionary()
    on = on or date.today()
    actor = dictionary.resolve(phrase, on)
    result: dict[str, Any] = {"phrase": phrase, "date": on.isoformat(), "code": None, "country": None,
                              "sector": None, "name": None, "resolved_by": None, "entry": None}
    if actor is not None:
        result.update(code=actor.code, country=actor.country, sector=actor.sector, name=actor.name,
                      resolved_by=actor.resolved_by, entry=actor.entry, text=actor.text)
    result["candidates"] = dictionary.candidates(phrase)
    return result


def _top_sector_row(node: dict, words: list[str] | None = None) -> Row | None:
    """The sector or role row of a trie node from the highest-priority table: the hand-kept "army" (a
    sector that takes its country from the story) over PETRARCH's country-only "army". A row written with
    capitals needs them in the text: "the House voted" is a legislature, "placed under house arrest" is not."""
    actors = [p.actor for p in node.get(_END, ()) if p.actor.kind in ("sector", "role") and p.actor.rows
              and (words is None or len(p.cases) != len(words) or all(map(case_ok, p.cases, words)))]
    return max(actors, key=lambda a: a.priority).rows[0] if actors else None


def _middle_initial(text: str) -> bool:
    """'R.' in 'John R. Bolton': one capital letter and a full stop."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."
