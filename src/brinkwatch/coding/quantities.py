"""Counts, amounts and measures as written: "18 ATACMS missiles", "$400 million in aid", "300 km".

`find_quantities(sent, trigger=None)` groups number tokens (spaCy's like_num, number words, "dozen",
"1.2bn"), reads a currency before or after them, a unit after them, and the noun they count (from
the nummod arc, or the "in"/"of"/"worth of" phrase after an amount or a measure). With a trigger,
only quantities in the trigger's clause are kept. Nothing is estimated or computed beyond turning
the written number into a value.

Vague counts ("hundreds of protesters", "dozens of", "tens of thousands") are NOT recorded:
`Quantity.value` is a number, and turning "hundreds" into one would be inventing a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from brinkwatch.coding.dates import PERIOD_UNITS, attached, has_parse, is_day_number, is_month, is_year
from brinkwatch.model import Quantity

SMALL_NUMBERS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "mn": 1e6, "bn": 1e9, "tn": 1e12}
# Short suffixes glued to digits in headlines and money: "1.2bn", "50m", "5k".
_SUFFIXED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(bn|b|mn|m|k|tn)$", re.IGNORECASE)
_SUFFIX_SCALE = {"bn": 1e9, "b": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12}
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH",
                    "₹": "INR", "₪": "ILS", "a$": "AUD", "c$": "CAD", "hk$": "HKD"}
CURRENCY_CODES = frozenset({"USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "INR", "ILS", "CHF", "SAR",
                            "AED", "TRY", "IRR", "KRW", "AUD", "CAD"})
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "yuan": "CNY",
                  "renminbi": "CNY", "yen": "JPY", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
                  "rouble": "RUB", "hryvnias": "UAH", "hryvnia": "UAH", "rupees": "INR", "shekels": "ILS",
                  "sterling": "GBP", "riyals": "SAR", "lira": "TRY", "liras": "TRY", "won": "KRW",
                  "rials": "IRR", "francs": "CHF"}
UNITS = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "mi", "mile": "mi", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "m": "m",
    "feet": "ft", "ft": "ft", "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "tonnes": "t",
    "tons": "t", "tonne": "t", "ton": "t", "t": "t", "hectares": "ha", "acres": "acre", "barrels": "barrel",
    "bpd": "barrel/day", "%": "%", "percent": "%", "pct": "%", "hours": "hour", "hour": "hour",
    "minutes": "minute", "days": "day", "weeks": "week", "months": "month", "years": "year",
    "mw": "MW", "gw": "GW", "megawatts": "MW", "gigawatts": "GW", "kt": "kt", "kilotons": "kt",
    "litres": "l", "liters": "l", "gallons": "gal",
}
TWO_WORD_UNITS = {("per", "cent"): "%", ("square", "kilometres"): "km2", ("square", "kilometers"): "km2",
                  ("sq", "km"): "km2", ("square", "miles"): "mi2", ("nautical", "miles"): "nmi"}
# Words written before a number that say how exact it is ("at least 3,000"): kept in `text`.
QUALIFIERS = frozenset({"about", "some", "around", "nearly", "almost", "approximately", "roughly",
                        "over", "more", "less", "fewer", "least", "most", "up", "as", "than", "many",
                        "to", "at", "just", "only", "another", "an", "additional", "estimated"})
_QUALIFIER_STARTS = frozenset({"about", "some", "around", "nearly", "almost", "approximately", "roughly",
                               "over", "more", "less", "fewer", "at", "up", "as", "just", "only",
                               "another", "an", "additional", "estimated"})
_YEAR_LABEL_WORDS = frozenset({"the", "its", "their", "his", "her", "our", "'s", "this", "that", "last"})
_TIME_OF_DAY = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "hrs"})


@dataclass(slots=True)
class _Number:
    tokens: list[Token]
    value: float


def find_quantities(sent: Span, trigger: Token | None = None) -> list[Quantity]:
    """Quantities written in the sentence (only the trigger's clause when a trigger is given)."""
    found: list[Quantity] = []
    for number in _numbers(sent):
        if trigger is not None and not attached(number.tokens, trigger, sent):
            continue
        quantity = _read_quantity(number, sent)
        if quantity is not None:
            found.append(quantity)
    return found


# --- number phrases ---------------------------------------------------------------------------------


def _is_number_token(tok: Token) -> bool:
    word = tok.lower_
    if word in SCALES or word in {"hundred", "dozen"} or _SUFFIXED.match(word):
        return True
    return tok.like_num and not _is_ordinal(tok) and (word in SMALL_NUMBERS or _digits(word) is not None)


def _is_ordinal(tok: Token) -> bool:
    return bool(re.match(r"^\d+(st|nd|rd|th)$", tok.lower_)) or tok.lower_ in {"first", "second", "third"}


def _digits(word: str) -> float | None:
    cleaned = word.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def _numbers(sent: Span) -> list[_Number]:
    """Runs of number tokens ("1.5 million", "two dozen", "twenty - five"), with their value."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for tok in sent:
        joins_words = tok.text == "-" and run and run[-1].lower_ in SMALL_NUMBERS
        if _is_number_token(tok) or (joins_words and tok.i + 1 < sent.end and
                                     sent.doc[tok.i + 1].lower_ in SMALL_NUMBERS):
            if run and _starts_new_number(run[-1], tok):
                runs.append(run)
                run = []
            run.append(tok)
            continue
        if run:
            runs.append(run)
        run = []
        # "a dozen", "a million": the article is the count
        if tok.lower_ in {"a", "an"} and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ in (
            {"dozen", "hundred"} | set(SCALES)
        ):
            run = [tok]
    if run:
        runs.append(run)
    numbers = []
    for tokens in runs:
        if _skip(tokens, sent):
            continue
        value = _value(tokens)
        if value is not None:
            numbers.append(_Number(tokens, value))
    return numbers


def _starts_new_number(prev: Token, tok: Token) -> bool:
    # Two digit groups side by side ("2 3") are two numbers; a scale word continues one.
    prev_digit = _digits(prev.lower_) is not None
    return prev_digit and _digits(tok.lower_) is not None


def _value(tokens: list[Token]) -> float | None:
    """The written number as a value: digits, words, scales and suffixes ("1.2bn", "two dozen")."""
    total, current, seen = 0.0, 0.0, False
    for tok in tokens:
        word = tok.lower_
        suffixed = _SUFFIXED.match(word)
        if word == "-":
            continue
        if suffixed:
            total += float(suffixed.group(1).replace(",", "")) * _SUFFIX_SCALE[suffixed.group(2).lower()]
            seen = True
        elif word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0.0
        elif (digits := _digits(word)) is not None:
            current += digits
            seen = True
        else:
            return None
    if not seen and not any(t.lower_ in {"dozen", "hundred"} for t in tokens):
        return None  # a lone scale word ("millions" is not matched; "million" alone is no count)
    return total + current


def _skip(tokens: list[Token], sent: Span) -> bool:
    """Numbers that are dates, times, names or pronouns rather than quantities."""
    first, last = tokens[0], tokens[-1]
    doc = sent.doc
    nxt = doc[last.i + 1] if last.i + 1 < sent.end else None
    prev = doc[first.i - 1] if first.i > sent.start else None
    if len(tokens) == 1 and first.lower_ in {"one", "a", "an"}:
        return True  # "one official said": a determiner more than a count
    if len(tokens) == 1 and (is_year(first) and first.shape_ == "dddd"):
        return True
    if len(tokens) == 1 and is_day_number(first) and (
        (nxt is not None and is_month(nxt)) or (prev is not None and is_month(prev))
        or (prev is not None and prev.lower_ == "the" and nxt is not None and nxt.lower_ == "of")
    ):
        return True  # "3 January", "January 3", "the 3rd of"
    if nxt is not None and nxt.lower_ in _TIME_OF_DAY:
        return True
    if nxt is not None and nxt.text == "-":
        return True  # "ten-storey building", "5-year-old": part of a compound modifier
    after_next = doc[last.i + 2] if last.i + 2 < sent.end else None
    if nxt is not None and nxt.lower_ in PERIOD_UNITS and getattr(after_next, "lower_", "") == "ago":
        return True  # "two years ago" is a date (dates.py), not a duration
    if len(tokens) == 1 and first.shape_ == "dddd" and 1900 <= int(first.text) <= 2100 and prev is not None \
            and prev.lower_ in _YEAR_LABEL_WORDS:
        return True  # "the 2001 attacks", "its 2014 annexation": a year naming an event
    if prev is not None and prev.text == "-" and first.i >= 2 and doc[first.i - 2].is_alpha:
        return True  # "Su-25" split by the tokenizer: part of a name
    return False


# --- what the number is of --------------------------------------------------------------------------


def _read_quantity(number: _Number, sent: Span) -> Quantity | None:
    doc = sent.doc
    start, end = number.tokens[0].i, number.tokens[-1].i + 1  # token range of the written quantity
    currency, start = _currency_before(sent, start)
    unit = None
    after = end
    value = number.value
    if currency is not None and end < sent.end and doc[end].lower_ in _SUFFIX_SCALE:
        value *= _SUFFIX_SCALE[doc[end].lower_]  # "£50m" is tokenised "£", "50", "m"
        end += 1
        after = end
    if currency is None:
        currency, after = _currency_after(number, sent, end)
    if currency is None:
        unit, after = _unit_after(sent, end)
    if currency or unit:
        # money is "in"/"for"/"worth of" something; a measure only "of" something ("40% of the fuel")
        noun, _ = _complement_noun(sent, after, {"in", "of", "for"} if currency else {"of"})
        end = after
    else:
        noun, noun_end = _counted_noun(number, sent)
        end = noun_end or end
        if noun is None and _names_an_item(number, sent):
            return None  # "Article 5", "Resolution 2231": a number inside a name
    start = _qualifier_start(sent, start)
    return Quantity(value=value, unit=currency or unit, noun=noun, text=doc[start:end].text)


def _currency_before(sent: Span, start: int) -> tuple[str | None, int]:
    doc = sent.doc
    if start > sent.start:
        prev = doc[start - 1]
        symbol = CURRENCY_SYMBOLS.get(prev.lower_)
        if symbol:
            return symbol, start - 1
        if prev.text in CURRENCY_CODES:
            return prev.text, start - 1
    return None, start


def _currency_after(number: _Number, sent: Span, end: int) -> tuple[str | None, int]:
    if end >= sent.end:
        return None, end
    word = sent.doc[end].lower_
    if word in CURRENCY_WORDS:
        return CURRENCY_WORDS[word], end + 1
    if sent.doc[end].text in CURRENCY_CODES:
        return sent.doc[end].text, end + 1
    if word == "pounds" and any(t.lower_ in SCALES for t in number.tokens):
        return "GBP", end + 1  # "50 million pounds" is money; "500 pounds of explosives" a weight
    return None, end


def _unit_after(sent: Span, end: int) -> tuple[str | None, int]:
    doc = sent.doc
    if end + 1 < sent.end:
        pair = (doc[end].lower_, doc[end + 1].lower_)
        if pair in TWO_WORD_UNITS:
            return TWO_WORD_UNITS[pair], end + 2
    if end < sent.end:
        word = doc[end].lower_
        if word == "pounds":
            return "lb", end + 1
        if word in UNITS:
            return UNITS[word], end + 1
    return None, end


def _complement_noun(sent: Span, after: int, preps: set[str]) -> tuple[str | None, int | None]:
    """What an amount or measure is of: "$400 million in aid", "40% of the fuel", "worth of arms"."""
    doc = sent.doc
    i = after
    if i < sent.end and doc[i].lower_ == "worth":
        i += 1
    if i >= sent.end or doc[i].lower_ not in preps:
        return None, None
    return _noun_phrase_from(sent, i + 1)


def _noun_phrase_from(sent: Span, i: int) -> tuple[str | None, int | None]:
    """A short noun phrase starting at token i (articles skipped), ending at its head noun."""
    doc = sent.doc
    if not doc.has_annotation("TAG"):
        # Untagged text: only the next word ("18 missiles"), skipping an article; phrases need tags.
        if i < sent.end and doc[i].lower_ in {"the", "a", "an"}:
            i += 1
        ok = i < sent.end and doc[i].is_alpha and not doc[i].is_stop
        return (doc[i].text, i + 1) if ok else (None, None)
    while i < sent.end and doc[i].pos_ in {"DET", "PRON"} and doc[i].lower_ not in {"them", "it"}:
        i += 1
    start, last_noun = i, None
    while i < sent.end and i - start < 5:
        tok = doc[i]
        if tok.pos_ in {"NOUN", "PROPN"}:
            last_noun = i
        elif tok.pos_ not in {"ADJ"} and tok.text != "-":
            break
        i += 1
    if last_noun is None:
        return None, None
    return doc[start : last_noun + 1].text, last_noun + 1


def _counted_noun(number: _Number, sent: Span) -> tuple[str | None, int | None]:
    """The noun a count modifies: "18 ATACMS missiles", "3,000 Russian troops", "two dozen drones"."""
    doc = sent.doc
    last = number.tokens[-1]
    if has_parse(sent):
        head = last.head
        if last.dep_ in {"nummod", "quantmod", "compound"} and head.i > last.i and head.i < sent.end and \
                head.pos_ in {"NOUN", "PROPN"} and head.i - last.i <= 5:
            # "between 36 and 40 people": the noun starts after any other number or conjunction
            noun_start = last.i + 1
            for j in range(last.i + 1, head.i):
                if doc[j].like_num or doc[j].pos_ in {"CCONJ", "PUNCT"} or doc[j].lower_ in SCALES:
                    noun_start = j + 1
            return doc[noun_start : head.i + 1].text, head.i + 1
        return None, None
    return _noun_phrase_from(sent, last.i + 1)


def _names_an_item(number: _Number, sent: Span) -> bool:
    first = number.tokens[0]
    prev = sent.doc[first.i - 1] if first.i > sent.start else None
    return prev is not None and prev.text[:1].isupper() and prev.is_alpha and prev.pos_ in {"PROPN", "NOUN"}


def _qualifier_start(sent: Span, start: int) -> int:
    """Extend the text left over "at least", "more than", "about", "some" (what was written)."""
    doc = sent.doc
    i = start
    while i > sent.start and doc[i - 1].lower_ in QUALIFIERS and start - (i - 1) <= 3:
        i -= 1
    while i < start and doc[i].lower_ not in _QUALIFIER_STARTS:
        i += 1  # drop words like "to"/"than" left dangling at the front
    return i
