"""The event lexicon: which verbs and nouns express which CAMEO code.

TSV files ship in `brinkwatch/data/lexicon/` (users add their own with the same columns):

verbs.tsv   code  verb  object  prep  source  comment
    verb    lemma, optionally with a particle: "attack", "call off", "crack down"
    object  "-" or |-separated head lemmas the complement must have ("impose  sanction|embargo");
            "!" for an intransitive sense: no direct object and not passive ("protesters demonstrated",
            but not "power demonstrated during ...")
    prep    "-" or the preposition that introduces that complement ("call  ceasefire|truce  for");
            with "-" the complement is the direct object
    source  where the row comes from: "hand", or "petrarch2:LINE" for a converted row (optional)
verbs_petrarch2.tsv  the same columns: rows converted from PETRARCH2's verb patterns by
            scripts/convert_cameo_verbs.py; loaded after verbs.tsv, so a hand row wins a tie
nouns.tsv   code  noun  source  comment
    noun    lemma of a noun that names the act ("airstrike", "sanction", "talk")
light_verbs.txt  one lemma a line: verbs whose object noun carries the event ("launch an attack")
weak_nouns.txt   one lemma a line: nouns that name an act only with a stated target ("operations against X")

Lines starting with # are comments. Entries with an object constraint win over bare ones; among entries
equally specific, a user's row (`--lexicon-file`) wins over both built-in files, and a user's noun row
replaces the built-in one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from brinkwatch.errors import DictionaryError
from brinkwatch.ontology.cameo import codebook, normalise_code

LEXICON_VERSION = "2026.12"
GENERATED_VERBS = "verbs_petrarch2.tsv"


@dataclass(frozen=True, slots=True)
class VerbEntry:
    code: str
    verb: str  # lemma
    particle: str | None
    objects: frozenset[str] | None  # None: any (or no) complement
    prep: str | None
    origin: str  # "file:line", for debugging the lexicon
    intransitive: bool = False
    source: str = ""  # "hand", "petrarch2:LINE", or what a user's file says

    @property
    def specificity(self) -> int:
        return (2 if self.objects else 0) + (1 if self.particle else 0) + (1 if self.prep else 0) + self.intransitive


@dataclass(frozen=True, slots=True)
class NounEntry:
    code: str
    noun: str
    origin: str
    source: str = ""


# Latin plurals the model lemmatises to a singular nobody writes in a row: "passed data to" has "datum"
MODEL_LEMMAS = {"data": "datum", "media": "medium", "criteria": "criterion", "bacteria": "bacterium"}


def _with_model_lemmas(objects: frozenset[str]) -> frozenset[str]:
    """A row's object words, with the lemma the model gives each where it is another word."""
    return objects | {MODEL_LEMMAS[w] for w in objects if w in MODEL_LEMMAS}


class Lexicon:
    """Verb and noun triggers indexed by lemma."""

    def __init__(self) -> None:
        self.verbs: dict[str, list[VerbEntry]] = defaultdict(list)
        self.nouns: dict[str, NounEntry] = {}
        self.light_verbs: set[str] = set()
        self.weak_nouns: set[str] = set()

    @classmethod
    def load(cls, extra: tuple[Path, ...] = (), include_generated: bool = True) -> Lexicon:
        lex = cls()
        base = resources.files("brinkwatch").joinpath("data/lexicon")
        user_nouns = [p for p in extra if Path(p).name.startswith("noun")]
        # a user's verb rows go first: among rows equally specific the first wins, so theirs beat built-in ones
        for path in (p for p in extra if p not in user_nouns):
            lex.add_verbs(Path(path).read_text(encoding="utf-8"), str(path))
        lex.add_verbs(base.joinpath("verbs.tsv").read_text(encoding="utf-8"), "verbs.tsv")
        if include_generated:
            lex.add_verbs(base.joinpath(GENERATED_VERBS).read_text(encoding="utf-8"), GENERATED_VERBS)
        lex.add_nouns(base.joinpath("nouns.tsv").read_text(encoding="utf-8"), "nouns.tsv")
        lex.light_verbs = _words(base.joinpath("light_verbs.txt").read_text(encoding="utf-8"))
        lex.weak_nouns = _words(base.joinpath("weak_nouns.txt").read_text(encoding="utf-8"))
        for path in user_nouns:  # a noun has one row: the user's replaces the built-in one
            lex.add_nouns(Path(path).read_text(encoding="utf-8"), str(path))
        for entries in lex.verbs.values():
            entries.sort(key=lambda e: -e.specificity)
        return lex

    def add_verbs(self, text: str, name: str) -> None:
        book = codebook()
        for lineno, cols in _rows(text):
            cols += ["-"] * (5 - len(cols))
            code = normalise_code(cols[0])
            if code not in book:
                raise DictionaryError(f"unknown CAMEO code {cols[0]!r}", input=name, position=lineno)
            words = cols[1].lower().split()
            if not words:
                raise DictionaryError("empty verb", input=name, position=lineno)
            intransitive = cols[2] == "!"
            objects = None if cols[2] in ("-", "", "!") else _with_model_lemmas(
                frozenset(w.strip().lower() for w in cols[2].split("|")))
            prep_word = (cols[3].split() or ["-"])[0].lower()  # anything after the word is a comment
            prep = None if prep_word == "-" else prep_word
            if prep is not None and not prep.isalpha():
                raise DictionaryError(f"preposition must be one word, got {cols[3]!r}", input=name, position=lineno)
            source = "" if cols[4] == "-" else cols[4]
            entry = VerbEntry(code, words[0], " ".join(words[1:]) or None, objects, prep, f"{name}:{lineno}",
                              intransitive, source)
            self.verbs[words[0]].append(entry)

    def add_nouns(self, text: str, name: str) -> None:
        book = codebook()
        for lineno, cols in _rows(text):
            if len(cols) < 2:
                raise DictionaryError("expected: code<TAB>noun", input=name, position=lineno)
            code = normalise_code(cols[0])
            if code not in book:
                raise DictionaryError(f"unknown CAMEO code {cols[0]!r}", input=name, position=lineno)
            noun = cols[1].strip().lower()
            source = cols[2] if len(cols) > 2 and cols[2] != "-" else ""
            self.nouns[noun] = NounEntry(code, noun, f"{name}:{lineno}", source)

    def codes(self) -> set[str]:
        """Every CAMEO code some entry can produce."""
        found = {e.code for entries in self.verbs.values() for e in entries}
        return found | {e.code for e in self.nouns.values()}


def _words(text: str) -> set[str]:
    """One lowercase word a line; '#' starts a comment."""
    return {w for line in text.splitlines() if (w := line.split("#", 1)[0].strip().lower())}


def _rows(text: str):
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield lineno, [c.strip() for c in line.rstrip("\n").split("\t")]


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon, loaded once per process."""
    return Lexicon.load()
