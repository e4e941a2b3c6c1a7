"""Token keys: how dictionary phrases and document tokens are made comparable.

Both sides are reduced to lowercase, accent-free token strings, with the dots of abbreviations
removed ("U.S." -> "us"); dictionary phrases are split into tokens the same way spaCy's English
tokenizer splits text, so "al-Assad" or "Côte d'Ivoire" line up token for token. Case is kept aside
as a per-token constraint, so "US" (the country) and "us" (the pronoun) share a key but not a match.

`token_key` is the one normaliser of spelling variants, applied to table phrases when they are loaded
and to document tokens when they are matched: curly and modifier apostrophes are one, an apostrophe
inside a word goes ("Sana'a" = "Sanaa"), accents go (and letters like Turkish dotless i or Polish l with
a stroke become their base letter: "Kılıçdaroğlu" = "Kilicdaroglu"), a doubled letter counts once in words of four
letters or more ("Mohammed" = "Mohamed", "Hizbollah" = "Hizbolah"), and common transliteration pairs
share a key (Qaeda/Qaida, Muhammad/Mohammed, Houthi/Huthi). Hyphens inside a name are optional in
matching ("al-Qaeda" = "al Qaeda"; see ActorDictionary.longest). `spelling_key` is the same without the
merging of doubled letters and transliterations: where two people share a token key (Senator Michael
Bennet, Prime Minister Naftali Bennett), the spelling written in the story tells them apart.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ANY_CASE, CAPITALISED, UPPER = 0, 1, 2

# Lowercase particles inside names: never required to be capitalised in text.
NAME_PARTICLES = frozenset(
    "al el ul ad ash as bin ibn bint de da del della di do dos das du van von der den le la ben"
    " of the and y e d' -".split()
)
_ABBREVIATION = re.compile(r"(?:[a-z]\.)+[a-z]?\.?|(?:[a-z]\.)*[a-z]")
_SIMPLE_PHRASE = re.compile(r"[A-Za-z0-9 ]+")


# Curly, modifier and Polynesian okina apostrophes are one: "Mataʻafa" (Samoa) = "Mata'afa".
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "\u00b4": "'", "`": "'"})
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_DOUBLED = re.compile(r"([a-z])\1+")
# Transliterations of one name, written after doubled letters are made single (world knowledge of
# Arabic, Persian and Slavic names in English news).
_SPELLINGS = {
    "qaida": "qaeda",
    "mohamad": "muhamad", "mohamed": "muhamad", "muhamed": "muhamad",
    "mohamet": "muhamad",
    "hizbolah": "hezbolah", "hizbulah": "hezbolah", "hizbalah": "hezbolah",
    "huthi": "houthi", "huthis": "houthis",
    "abdel": "abdul", "abdal": "abdul",
    "husain": "husein", "husayn": "husein",
    "usama": "osama",
    "qadafi": "gadafi", "kadafi": "gadafi", "gadhafi": "gadafi", "qadhafi": "gadafi",
    "kadhafi": "gadafi",
    "zelenskiy": "zelensky", "zelenskij": "zelensky", "zelenskyy": "zelensky",
    "shaikh": "sheikh", "shaykh": "sheikh", "sheik": "sheikh",
    "yousef": "yusuf", "yousuf": "yusuf", "yusef": "yusuf",
    "qasim": "qasem", "kasem": "qasem", "kasim": "qasem",
    "ahmad": "ahmed",
    "umar": "omar",
    "mahmud": "mahmoud",
    "nasrulah": "nasralah",
    "hanieh": "haniyeh", "haniya": "haniyeh", "haniyah": "haniyeh",
    "jolani": "julani", "golani": "julani",
    "jaysh": "jaish", "jeish": "jaish",
    # British and American spellings of the word that names bodies: "Collective Security Treaty Organisation"
    "organisation": "organization", "organisations": "organizations",
}


# Letters that Unicode does not decompose into a base letter and an accent, written in English news as
# the base letters: "Kılıçdaroğlu" = "Kilicdaroglu", "Støre" = "Store", "Wałęsa" = "Walesa".
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
                               "Ð": "D", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th",
                               "Þ": "Th", "ħ": "h", "ŀ": "l"})


@lru_cache(maxsize=200_000)
def spelling_key(text: str) -> str:
    """A word as written, case, accents and apostrophe shapes aside: 'Kılıçdaroğlu' -> 'kilicdaroglu',
    'O’Rourke' -> "o'rourke". Doubled letters stay: 'Bennett' and 'Bennet' are two spellings here."""
    text = text.translate(_APOSTROPHES)
    if not text.isascii():
        text = text.translate(_UNDECOMPOSED)
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.lower()


@lru_cache(maxsize=200_000)
def token_key(text: str) -> str:
    """'U.S.' -> 'us'; 'Élysée' -> 'elysee'; 'Russia’s' -> "russia's"; 'Al-Qaida' -> 'al', 'qaeda'."""
    lower = spelling_key(text)
    if "." in lower and len(lower) <= 8 and _ABBREVIATION.fullmatch(lower):
        return lower.replace(".", "")
    if "'" in lower and not lower.endswith("'s"):
        lower = _INNER_APOSTROPHE.sub("", lower)
    if len(lower) >= 4:
        lower = _DOUBLED.sub(r"\1", lower)
        lower = _SPELLINGS.get(lower, lower)
    return lower


@lru_cache(maxsize=100_000)
def token_case(text: str) -> int:
    """The case a dictionary token demands of the text: acronyms UPPER, names CAPITALISED."""
    if text.lower() in NAME_PARTICLES or not text[:1].isalpha():
        return ANY_CASE
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return UPPER
    return CAPITALISED if text[0].isupper() else ANY_CASE


def case_ok(required: int, text: str) -> bool:
    if required == ANY_CASE:
        return True
    if required == UPPER:
        return text.isupper()
    return not text.islower()


_tokenizer = None


def split_phrase(phrase: str) -> list[str]:
    """Split a dictionary phrase into tokens the way spaCy's English tokenizer splits text."""
    if _SIMPLE_PHRASE.fullmatch(phrase):
        return phrase.split()
    global _tokenizer
    if _tokenizer is None:
        import spacy  # only when a phrase has punctuation: most have none

        _tokenizer = spacy.blank("en").tokenizer
    return [token.text for token in _tokenizer(phrase)]


def plural(word: str) -> str:
    """English plural of a sector or role noun ('spokesman' -> 'spokesmen', 'army' -> 'armies')."""
    lower = word.lower()
    if lower.endswith("man"):
        return word[:-3] + "men"
    if lower.endswith("person"):
        return word[:-6] + "people"
    if lower.endswith("y") and len(lower) > 2 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    if lower.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"
