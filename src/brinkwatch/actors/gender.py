"""Which personal pronoun a person's given name usually takes, so that "she" is never Joe Biden.

The given names are a data file (`data/given_names.tsv`); a name not in it, or used for both, fits either
pronoun. Written by hand because neither spaCy's English model nor the other libraries in use say it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from brinkwatch.actors.keys import spelling_key
from brinkwatch.errors import DictionaryError
from brinkwatch.model import ActorRef

NAMES_TABLE = "data/given_names.tsv"
PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}
# words written before a given name in a canonical name: "Dr. Jill Biden", "Sheikh Hasina"
NAME_TITLES = frozenset("dr dr. mr mr. mrs mrs. ms ms. sir dame lord lady sheikh king queen prince princess".split())


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name (spelling key) -> "m" or "f", loaded once."""
    text = resources.files("brinkwatch").joinpath(NAMES_TABLE).read_text(encoding="utf-8")
    names: dict[str, str] = {}
    header_seen = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            header_seen = True
            continue
        if len(fields) != 2 or fields[1] not in ("m", "f"):
            raise DictionaryError(f"{NAMES_TABLE}:{number}: expected 'name<TAB>m|f', got {line!r}")
        names[spelling_key(fields[0])] = fields[1]
    return names


def name_gender(name: str | None) -> str | None:
    """'Joe Biden' -> "m", 'Amy Klobuchar' -> "f"; None when the given name says nothing."""
    if not name:
        return None
    words = [w for w in name.split() if spelling_key(w) not in NAME_TITLES]
    return given_names().get(spelling_key(words[0])) if words else None


def fits_pronoun(pronoun: str, actor: ActorRef) -> bool:
    """'She endorsed Harris': "she" may stand for Amy Klobuchar, not for Joe Biden. A person whose given
    name says nothing, and any pronoun but he/she and their forms, fit."""
    wanted = PRONOUN_GENDER.get(pronoun.lower())
    if wanted is None:
        return True
    known = name_gender(actor.name)
    return known is None or known == wanted
