"""Reading actor tables: one TSV format for every shipped file and every user file.

Columns (tab-separated; `-` or an empty cell means "none"; lines starting with # are comments;
the header line `phrases code kind ...` is optional):

phrases     |-separated surface forms; the first is the canonical name ("Vladimir Putin|Putin")
code        actor code: ISO3 ("RUS"), ISO3 + sector ("RUSGOV"), an IGO/group code ("IGOWSTNAT"),
            a bare sector for sector/role rows ("MIL"), or "-" for outlets and stop phrases
kind        country | adjective | metonym | org | collective | person | sector | role | outlet | stop
            (collective: several states acting together, "coalition forces", "the international community")
valid_from  ISO date the code starts to apply (inclusive), or "-"
valid_to    ISO date it stops applying (exclusive), or "-"
sector      sector when it cannot be read from the code ("TER" for a transnational group), or "-"
role        for people: their office in this term ("president"); for role rows: the role they
            name, used to link "the president" back to a named president; for sector rows
            "country-only": the word combines with a country named with it, never one from context
source      where the fact came from ("petrarch2/Phoenix.International.actors.txt:123"), or "-"

Rows of the same kind with the same canonical name form one actor: a person's terms are rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

import pycountry

from brinkwatch.errors import DictionaryError

KINDS = ("country", "adjective", "metonym", "org", "collective", "person", "sector", "role", "outlet", "stop")
COLUMNS = ("phrases", "code", "kind", "valid_from", "valid_to", "sector", "role", "source")
_CODE = re.compile(r"[A-Z]{3,18}")


@dataclass(frozen=True, slots=True)
class Row:
    """One line of an actor table."""

    phrases: tuple[str, ...]
    code: str | None
    kind: str
    valid_from: date | None
    valid_to: date | None
    sector: str | None
    role: str | None
    origin: str  # "file:line", shown as the entry that matched
    source: str | None = None  # where the fact came from, when the table says

    @property
    def name(self) -> str:
        return self.phrases[0]

    def valid_on(self, on: date) -> bool:
        started = self.valid_from is None or self.valid_from <= on
        return started and (self.valid_to is None or on < self.valid_to)

    @property
    def dated(self) -> bool:
        return self.valid_from is not None or self.valid_to is not None

    def describe(self) -> str:
        span = ""
        if self.dated:
            span = f" {self.valid_from or ''}..{self.valid_to or ''}"
        cited = f" from {self.source}" if self.source else ""
        return f"{self.origin} {self.name} [{self.code or '-'}{span}]{cited}"


def known_countries() -> frozenset[str]:
    """ISO3 codes of every state and territory (plus Kosovo's XKX, which ISO leaves out)."""
    return _COUNTRIES


_COUNTRIES = frozenset({c.alpha_3 for c in pycountry.countries} | {"XKX"})


def country_and_sector(code: str | None, sector: str | None) -> tuple[str | None, str | None]:
    """'RUSGOV' -> ('RUS', 'GOV'); 'IGOUNO' -> (None, None); an explicit sector wins."""
    if not code:
        return None, sector
    if code[:3] in _COUNTRIES:
        return code[:3], sector or (code[3:6] or None)
    return None, sector


# The project's sector conventions (../shared/gold/README.md) where CAMEO/PETRARCH tables differ:
# intelligence services are government ("the Mossad said" -> ISRGOV, not ISRSPY), and a party
# named without its place in power is opposition ("the party's leader said" -> OPP, not PTY).
SECTOR_CONVENTIONS = {"SPY": "GOV", "PTY": "OPP"}


def _by_convention(code: str | None) -> str | None:
    """A country or sector code with its sector as the project's conventions name it ('USASPY' -> 'USAGOV')."""
    if code is None or len(code) not in (3, 6):
        return code
    sector = code[-3:]
    if sector in SECTOR_CONVENTIONS and (len(code) == 3 or code[:3] in _COUNTRIES):
        return code[:-3] + SECTOR_CONVENTIONS[sector]
    return code


def by_conventions(rows: list[Row]) -> list[Row]:
    """Shipped rows with their codes as the project's conventions name them (user rows stay as written)."""
    out = []
    for row in rows:
        code, sector = _by_convention(row.code), _by_convention(row.sector)
        out.append(row if (code, sector) == (row.code, row.sector) else replace(row, code=code, sector=sector))
    return out


def parse_rows(text: str, source: str) -> list[Row]:
    """Parse one table; raises DictionaryError naming `source` and the line for a malformed row."""
    rows: list[Row] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if cells[0] == "phrases" and lineno <= 10:
            continue  # header line
        rows.append(_parse_row(cells, source, lineno))
    return rows


def _parse_row(cells: list[str], source: str, lineno: int) -> Row:
    def fail(message: str) -> DictionaryError:
        return DictionaryError(message, input=source, position=lineno)

    if len(cells) < 3:
        raise fail(f"expected at least 3 tab-separated columns ({', '.join(COLUMNS[:3])}), got {len(cells)}")
    if len(cells) > len(COLUMNS):
        raise fail(f"expected at most {len(COLUMNS)} columns, got {len(cells)}")
    cells += ["-"] * (len(COLUMNS) - len(cells))
    raw_phrases, code, kind, start, end, sector, role, cited = (None if c in ("", "-") else c for c in cells)
    phrases = tuple(p.strip() for p in (raw_phrases or "").split("|") if p.strip())
    if not phrases:
        raise fail("no phrase in the first column")
    if kind not in KINDS:
        raise fail(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    if kind not in ("outlet", "stop"):
        if code is None or not _CODE.fullmatch(code):
            raise fail(f"code {code!r} must be 3-18 capital letters (e.g. RUS, RUSGOV, IGOUNO)")
    if kind in ("sector", "role") and code is not None and len(code) != 3:
        raise fail(f"a {kind} row's code is a 3-letter sector such as GOV or MIL, not {code!r}")
    if sector is not None and not re.fullmatch(r"[A-Z]{3}", sector):
        raise fail(f"sector {sector!r} must be 3 capital letters")
    valid_from, valid_to = _date(start, fail), _date(end, fail)
    if valid_from and valid_to and valid_to <= valid_from:
        raise fail(f"valid_to {valid_to} is not after valid_from {valid_from}")
    return Row(phrases, code, kind, valid_from, valid_to, sector, role, f"{source}:{lineno}", cited)


def _date(text: str | None, fail) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise fail(f"date {text!r} is not YYYY-MM-DD") from None
