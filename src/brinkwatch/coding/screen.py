"""Cheap screening before parsing: which surface words could be a trigger.

Parsing is the costliest step (~600 sentences/s/core); a sentence with no actor or no possible
trigger word cannot yield an event, so it is never parsed. Surface forms are generated from the
lexicon's lemmas with English inflection rules and an irregular-verb table (written by hand
because spaCy's lemmatizer needs POS tags, i.e. the parse we are trying to skip).
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from importlib import resources

from brinkwatch.coding.arguments import PHRASE_READINGS, PLACE_KIND_WORDS
from brinkwatch.coding.lexicon import Lexicon
from brinkwatch.coding.rules.finding import IGO_STANDS_FOR, NGO_STANDS_FOR, PLACE_STANDS_FOR
from brinkwatch.coding.rules.shared import PROTEST_ROOT, RULE_TRIGGER_FORMS, RULE_TRIGGER_LEMMAS

VOWELS = set("aeiou")


def inflections(lemma: str) -> set[str]:
    """Regular inflected forms of an English verb or noun lemma (over-generation is harmless)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) >= 3 and lemma[-1] not in VOWELS | {"w", "x", "y"} and lemma[-2] in VOWELS and lemma[-3] not in VOWELS:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # stop -> stopped, ban -> banned
    if lemma.endswith("ic"):
        forms |= {lemma + "ked", lemma + "king"}  # panic -> panicked
    return forms


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, tuple[str, ...]]:
    text = resources.files("brinkwatch").joinpath("data/lexicon/irregular_verbs.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            base, *forms = line.split("\t")
            table[base] = tuple(forms)
    return table


def surface_forms(lemmas) -> set[str]:
    """Lowercase surface forms of lemmas (the first word of multiword entries), regular and irregular."""
    irregular = irregular_forms()
    forms: set[str] = set()
    for lemma in lemmas:
        head = lemma.split()[0]
        forms |= inflections(head) | set(irregular.get(head, ()))
    return forms


def trigger_forms(lexicon: Lexicon) -> frozenset[str]:
    """Lowercase surface forms of every verb and noun trigger (first word of multiword entries)."""
    forms = surface_forms([*lexicon.verbs, *lexicon.nouns, *lexicon.light_verbs, *sorted(RULE_TRIGGER_LEMMAS)])
    forms |= RULE_TRIGGER_FORMS  # "found ... guilty": the rule's rarer word stands for it
    # prefixed irregulars ("overthrew", "withdrew") are listed whole; hyphenated nouns match per piece
    return frozenset(forms)


# object words a row can match without the word in the sentence: a named place is its kind, a named body an
# organisation (finding._complement_words), a phrase its reading ("martial law" is an emergency)
STANDS_FOR_WORDS = frozenset(
    PLACE_STANDS_FOR | IGO_STANDS_FOR | NGO_STANDS_FOR
    | {word for words in PLACE_KIND_WORDS.values() for word in words}
    | {word for readings in PHRASE_READINGS.values() for reading in readings for word in reading.split()}
)


def needed_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Trigger forms that count only beside one of their words: a verb whose every row asks for an
    object, a particle or a preposition ("improve" is 050 only with "ties" or "relations", "summon" 114
    only with an envoy, "unite" 113 only "against") can code nothing in a sentence without one of those
    words, so "improved its forecast" does not send a sentence to the parser. Maps each such surface form
    to the surface forms of the words it needs (any one of them will do)."""
    free = surface_forms([*lexicon.nouns, *lexicon.light_verbs, *sorted(RULE_TRIGGER_LEMMAS), *rule_words()])
    free |= RULE_TRIGGER_FORMS
    needs: dict[str, set[str]] = {}
    for lemma, entries in lexicon.verbs.items():
        words = _row_words(entries)
        forms = surface_forms([lemma])
        if words is None:
            free |= forms
            continue
        for form in forms:
            needs.setdefault(form, set()).update(words)
    return {form: frozenset(words) for form, words in needs.items() if form not in free}


@lru_cache(maxsize=1)
def rule_words() -> frozenset[str]:
    """Every word the coder's modules name in a word table (SPEECH_VERBS, TRANSFER_VERBS, ALLOWING, ...):
    a rule may take such a verb as its trigger whatever the lexicon's rows ask ("Kyiv asked Berlin for
    tanks" is asked-to's), so its forms always send a sentence to the parser. Read from the modules
    rather than listed, so that a new rule's table is never screened out by mistake."""
    import brinkwatch.coding as coding  # the package whose modules hold the rules

    words: set[str] = set()
    for info in pkgutil.walk_packages(coding.__path__, "brinkwatch.coding."):
        for name, value in vars(importlib.import_module(info.name)).items():
            if name.isupper() and isinstance(value, (set, frozenset, dict)):
                words |= {w.lower() for w in value if isinstance(w, str) and w.replace(" ", "").isalpha()}
    return frozenset(words)


def _row_words(entries) -> set[str] | None:
    """The surface words one of which a verb's rows need, or None when some row needs none."""
    words: set[str] = set()
    for entry in entries:
        if entry.objects is None and entry.particle is None and entry.prep is None:
            return None  # "attack": any complement, or none
        if entry.objects is not None and entry.objects & STANDS_FOR_WORDS:
            return None  # "captured Kherson" is a city taken with no word "city" in the sentence
        if entry.objects is not None:
            words |= surface_forms(sorted(entry.objects))
        elif entry.prep is not None:
            words.add(entry.prep)
        else:  # a particle alone: "unite against"
            words |= set(entry.particle.split())
    return words


def protest_forms(lexicon: Lexicon) -> frozenset[str]:
    """Lowercase surface forms of the words that name a protest (14x): "marched", "rallied", "strike"."""
    lemmas = [lemma for lemma, rows in lexicon.verbs.items() if any(r.code.startswith(PROTEST_ROOT) for r in rows)]
    lemmas += [lemma for lemma, row in lexicon.nouns.items() if row.code.startswith(PROTEST_ROOT)]
    return frozenset(surface_forms(lemmas))


def names_a_place(words: list[str]) -> bool:
    """Does a run of words hold a capitalised place name of the gazetteer ("Istanbul", "Buenos Aires")?"""
    from brinkwatch.coding.places import gazetteer  # the gazetteer is built once, on first need

    gaz = gazetteer()
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        for size in (2, 1):
            name = " ".join(words[i : i + size]).lower()
            if name in gaz.cities or name in gaz.countries or name in gaz.regions:
                return True
    return False
