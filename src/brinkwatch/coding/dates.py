"""When an event happened: a date expression in the trigger's clause, resolved against publication.

`resolve_event_date(sent, trigger, published)` finds candidate date expressions cheaply from tokens
(month names, weekdays, years, "ago", "yesterday", "last/next/this ..."), keeps those attached to
the trigger's clause, and resolves the nearest one. dateparser resolves what it handles well
(absolute dates, "yesterday", "in June", "two years ago", "last month"); a few forms are done by hand
(each says why). No expression: the publication date, with source "published".

Also home of the small clause helpers that places.py and quantities.py share (which tokens belong
to the clause of an event trigger), since all three ask the same question of the parse.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Span, Token

from brinkwatch.model import EventDate

# nouns for a deal whose infinitive tells what it provides for: "a deal to export gas"
AGREEMENT_NOUNS = frozenset("deal agreement accord pact treaty memorandum arrangement compact".split())

# --- clause helpers (shared with places.py and quantities.py) -----------------------------------

# Arcs that open a new clause: a date/place/amount below one belongs to that clause, not the trigger's.
CLAUSE_BOUNDARY_DEPS = frozenset(
    {"ccomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis", "pcomp"}
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_NOUN_TRIGGER_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj", "compound", "appos"})


def has_parse(sent: Span) -> bool:
    return sent.doc.has_annotation("DEP")


def clause_head(trigger: Token) -> Token:
    """The verb that heads the trigger's clause.

    Climbs through arcs that stay in one clause: auxiliaries, xcomp ("began shelling"), a conjoined
    verb sharing its subject ("entered the town and opened fire"), and from a noun trigger up to
    its verb ("carried out strikes", "launched a wave of attacks").
    """
    tok = trigger
    for _ in range(6):  # parse trees are shallow here; the bound guards against odd parses
        head = tok.head
        if head.i == tok.i:
            break
        dep = tok.dep_
        if dep in {"xcomp", "aux", "auxpass", "prt", "neg"}:
            tok = head
        elif dep == "acomp" and head.pos_ in {"VERB", "AUX"}:
            tok = head  # "said on Friday that Kenya was ready to work with ...": the readiness is the clause's
        elif dep == "conj" and tok.pos_ in {"VERB", "AUX"} and not _has_subject(tok):
            tok = head
        elif tok.pos_ in {"NOUN", "PROPN"} and dep in _NOUN_TRIGGER_DEPS:
            tok = head
        elif tok.pos_ == "ADP" and dep in {"prep", "agent"}:
            tok = head
        elif dep == "pcomp" and tok.tag_ == "VBG" and head.lower_ in MEANS_PREPS and not _has_subject(tok):
            tok = head  # "Trump, in September 2020, made history in mediating the accords": one act, one time
        else:
            break
    return tok


MEANS_PREPS = frozenset(("in", "by", "through"))  # a gerund after these is the host act's means, done then


# verbs of a state that a reported clause holds at the time of the saying: "said he remained optimistic"
STATE_OF_SAYING = frozenset(("be", "remain", "stay", "have", "feel", "hope", "believe", "expect", "want"))


def _of_saying_time(clause: Token) -> bool:
    """A reported clause told as of the saying: a plan or possibility ("would drop", "may declare") or a state."""
    return any(c.tag_ == "MD" for c in clause.children) or clause.lemma_.lower() in STATE_OF_SAYING


def _has_subject(verb: Token) -> bool:
    return any(child.dep_ in _SUBJECT_DEPS for child in verb.children)


def in_clause(tok: Token, head: Token) -> bool:
    """True when `tok` hangs below `head` without crossing into another clause."""
    cur = tok
    for _ in range(64):
        if cur.i == head.i:
            return True
        if cur.dep_ in CLAUSE_BOUNDARY_DEPS and not _verbless_clause(cur):
            return False
        if cur.dep_ == "conj" and cur.pos_ in {"VERB", "AUX"} and _has_subject(cur):
            return False
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _verbless_clause(tok: Token) -> bool:
    """A noun the parser hung as a clause with no verb or copula of its own: in "extradited the drug lord, once
    the country's most wanted man, to Spain in May 2022" the aside "man" is no clause, and what hangs under it
    ("in May 2022") stays in the main clause."""
    return tok.dep_ == "advcl" and tok.pos_ in {"NOUN", "PROPN"} and not any(
        c.dep_ in {"cop", "aux", "auxpass"} for c in tok.children
    )


def attached(tokens: Iterable[Token], trigger: Token, sent: Span) -> bool:
    """Does a phrase (its tokens) belong to the trigger's clause? Without a parse, accept all."""
    if not has_parse(sent):
        return True
    head = clause_head(trigger)
    return any(in_clause(tok, head) for tok in tokens)


def distance(tokens: list[Token], trigger: Token) -> int:
    return min(abs(tok.i - trigger.i) for tok in tokens)


# --- date vocabulary ------------------------------------------------------------------------------

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# month names as running text writes them ("May" included, the three-letter abbreviations left out)
MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may")
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
RELATIVE_DAYS = frozenset({"yesterday", "today", "tomorrow", "tonight"})
PERIOD_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "weekend": "week",
                "month": "month", "months": "month", "year": "year", "years": "year",
                "decade": "year", "decades": "year", "century": "year", "centuries": "year"}
MODIFIERS = frozenset({"last", "next", "this", "past", "coming", "early", "late", "mid", "earlier", "later"})
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo", "going"})  # "wo" is "won't" split
MODAL_AUXILIARIES = frozenset({"may", "might", "could", "should", "must", "would"})
FUTURE_MODIFIERS = frozenset({"next", "coming", "tomorrow"})
# Prepositions that anchor a span rather than date the event ("since 2014", "by 2030").
NON_EVENT_PREPS = frozenset({"since", "until", "till", "by", "before", "after", "through", "throughout"})
# Verbs whose xcomp is still to happen ("plans to visit next week").
FUTURE_GOVERNORS = frozenset({"plan", "intend", "expect", "schedule", "due", "set", "aim", "prepare",
                              "hope", "want", "threaten", "vow", "promise", "pledge", "agree"})
_NUMBER_WORDS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
                           "nine", "ten", "eleven", "twelve", "several", "few", "couple"})
_VAGUE_COUNTS = frozenset({"several", "few", "couple", "many"})


@dataclass(slots=True)
class DateCandidate:
    tokens: list[Token]
    text: str


def _word(tok: Token) -> str:
    return tok.lower_.rstrip(".")


def is_month(tok: Token) -> bool:
    word = _word(tok)
    if word not in MONTHS or not tok.text[:1].isupper():
        return False
    if word == "may" and (tok.tag_ == "MD" or not _near_day_or_year(tok)):
        return False  # "May" is a month only beside a day or a year ("May 9", "May 2022")
    if len(word) <= 4 and word not in {"june", "july"} and not _near_day_or_year(tok):
        return False  # bare abbreviations ("Jan", "Mar") are too easy to confuse with names
    return True


def _near_day_or_year(tok: Token) -> bool:
    doc = tok.doc
    for j in (tok.i - 1, tok.i + 1, tok.i + 2):
        if 0 <= j < len(doc) and (is_day_number(doc[j]) or is_year(doc[j])):
            return True
    return tok.i > 0 and doc[tok.i - 1].lower_ in {"in", "early", "late", "mid", "last", "next", "this"}


def _is_weekday(tok: Token) -> bool:
    return _word(tok) in WEEKDAYS and tok.text[:1].isupper()


def is_day_number(tok: Token) -> bool:
    text = tok.lower_
    for suffix in ("st", "nd", "rd", "th"):
        if text.endswith(suffix) and text[: -len(suffix)].isdigit():
            text = text[: -len(suffix)]
    return text.isdigit() and len(text) <= 2 and 1 <= int(text) <= 31


def is_year(tok: Token) -> bool:
    if tok.shape_ != "dddd" or not 1800 <= int(tok.text) <= 2100:
        return False
    # "2000 troops" counts soldiers; "the 2022 invasion" names an event, not this event's date
    if tok.doc.has_annotation("DEP"):
        head = tok.head
        modifies_noun = tok.dep_ in {"nummod", "compound", "amod", "nmod"} and head.i > tok.i
        # "during a 2018 trip to France" dates what was done on the trip, and so does "in the 2016 election"
        # ("in 2000 towns" counts towns: "in" needs the article or owner of a named occasion)
        during = head.dep_ == "pobj" and (head.head.lower_ == "during" or head.head.lower_ == "in" and any(
            c.dep_ in ("det", "poss") and c.i < tok.i for c in head.children))
        return not (modifies_noun and _word(head) not in MONTHS and not during)
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is None or not (nxt.is_lower and nxt.is_alpha and nxt.lower_ not in PERIOD_UNITS)


def _is_iso_date(tok: Token) -> bool:
    return tok.shape_ == "dddd-dd-dd"


def _is_anchor(tok: Token) -> bool:
    word = tok.lower_
    return (
        is_month(tok) or _is_weekday(tok) or is_year(tok) or _is_iso_date(tok)
        or word in RELATIVE_DAYS or word == "ago"
    )


def _is_dateish(tok: Token) -> bool:
    """May this token be part of a date expression (given an anchor nearby)?"""
    word = tok.lower_
    if _measure_modifier(tok):
        return False
    return (
        _is_anchor(tok) or is_day_number(tok) or word in MODIFIERS or word in PERIOD_UNITS
        or word in PARTS_OF_DAY or word in {",", "of", "the", "-"} or word in _NUMBER_WORDS
        or (tok.like_num and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in PERIOD_UNITS)
    )


def _measure_modifier(tok: Token) -> bool:
    """'On Friday, 28-year-old Usman Khan ...', 'a five-day visit': a number joined by a hyphen to a unit
    (and the hyphenated words after it) says an age or a length, never a day of the month."""
    doc = tok.doc
    if tok.like_num or tok.lower_ in _NUMBER_WORDS:
        return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in PERIOD_UNITS
    # the hyphen and unit of such a word: "28 - year - old"
    for back in (1, 2, 3):
        if tok.i - back >= 0 and (doc[tok.i - back].like_num or doc[tok.i - back].lower_ in _NUMBER_WORDS):
            return _measure_modifier(doc[tok.i - back]) and all(
                doc[j].text == "-" or doc[j].lower_ in PERIOD_UNITS or doc[j].lower_ == "old"
                for j in range(tok.i - back + 1, tok.i + 1)
            )
    return False


def _has_anchor(tokens: list[Token]) -> bool:
    if any(_is_anchor(tok) for tok in tokens):
        return True
    # "last week", "earlier this month", "next year": a modifier with a period unit
    words = [tok.lower_ for tok in tokens]
    return any(w in MODIFIERS for w in words) and any(w in PERIOD_UNITS for w in words)


_EDGE_JUNK = frozenset({",", "of", "the", "-", "a", "an"})


def find_date_candidates(sent: Span) -> list[DateCandidate]:
    """Maximal runs of date-ish tokens containing an anchor; cheap, no dateparser."""
    found: list[DateCandidate] = []
    run: list[Token] = []
    for tok in list(sent) + [None]:  # None flushes the last run
        if tok is not None and _is_dateish(tok):
            run.append(tok)
            continue
        found.extend(_split_run(run))
        run = []
    return found


def _split_run(run: list[Token]) -> list[DateCandidate]:
    # Trim punctuation/articles at the edges, keep "a" only before a unit ("a week ago").
    while run and (run[0].lower_ in _EDGE_JUNK) and not (
        run[0].lower_ in {"a", "an"} and len(run) > 1 and run[1].lower_ in PERIOD_UNITS
    ):
        run = run[1:]
    while run and run[-1].lower_ in _EDGE_JUNK:
        run = run[:-1]
    if not run or not _has_anchor(run):
        return []
    if run[0].i > 0 and run[0].nbor(-1).lower_ in NON_EVENT_PREPS:
        return []
    run = _drop_leading_duration(run)
    if not run or not _has_anchor(run):
        return []
    text = run[0].doc[run[0].i : run[-1].i + 1].text
    return [DateCandidate(tokens=run, text=text)]


# "suspended parliament for five weeks yesterday": a length of time after "for" is no date
DURATION_PREPS = frozenset({"for", "over", "within"})


def _drop_leading_duration(run: list[Token]) -> list[Token]:
    if run[0].i == 0 or run[0].nbor(-1).lower_ not in DURATION_PREPS:
        return run
    lead = 0
    while lead < len(run) and (run[lead].like_num or run[lead].lower_ in _NUMBER_WORDS | PERIOD_UNITS.keys()):
        lead += 1
    if lead == len(run) or not any(tok.lower_ in PERIOD_UNITS for tok in run[:lead]):
        return run  # "for two weeks ago" or nothing after the length: leave it to the usual reading
    rest = run[lead:]
    while rest and rest[0].lower_ in _EDGE_JUNK:
        rest = rest[1:]
    return rest


# --- resolution -------------------------------------------------------------------------------------

_NONE = EventDate(date=None, precision="none", source="none", text=None)


def resolve_event_date(sent: Span, trigger: Token, published: date | None) -> EventDate:
    """The event's date from a date expression in the trigger's clause, else the publication date."""
    year = _year_of_act(trigger, published)
    if year is not None:
        return year
    found = find_date_candidates(sent)
    candidates = [c for c in found if attached(c.tokens, trigger, sent)]
    dated_by = trigger
    if not candidates and found and has_parse(sent):
        # "India left the pact in November 2019, refusing to join the bloc": a participle clause without a
        # subject of its own tells the same act as the clause it hangs on, and takes that clause's date; so
        # does a perfect participle, done just before ("the army moved on November 15, 2017, having placed ...")
        head = clause_head(trigger)
        if head.dep_ == "advcl" and _participle(head) and not _has_subject(head):
            candidates = [c for c in found if attached(c.tokens, head.head, sent)]
        elif head.dep_ == "acl" and head.tag_ == "VBN" and _recalled_date(found, head.head, sent, published):
            # "In 2016 the army retook the town in an operation backed by Russia": what a participle says of
            # a thing in a long-past dated clause happened then or earlier (a recent date could misdate it)
            candidates = [c for c in found if attached(c.tokens, head.head, sent)]
        elif head.dep_ == "advcl" and _marked_by(head, ("after", "before", "when", "as")) and head.tag_ == "VBD" and \
                _recalled_date(found, head.head, sent, published):
            # "In 2009 she was appointed to the seat after Clinton resigned": a past clause on a long-past dated
            # one happened about then (its own act has no date of its own)
            candidates = [c for c in found if attached(c.tokens, head.head, sent)]
        elif head.dep_ in ("acl", "relcl") and head.head.lemma_.lower() in AGREEMENT_NOUNS and \
                _recalled_date(found, head.head, sent, published):
            # "On September 19, 2018, Cyprus and Egypt signed a deal to export gas": what a long-past deal
            # provided for is told as of the deal's day
            candidates = [c for c in found if attached(c.tokens, head.head, sent)]
        elif head.dep_ == "ccomp" and head.head.pos_ in ("VERB", "AUX") and head.i > head.head.i and _of_saying_time(head):
            # "On September 13 he said he remained optimistic", "on July 2 Trump announced he would drop his
            # bid": a stance or a plan a dated saying reports is the saying's, and of its day ("said on Tuesday
            # that Russia had shelled villages" tells an act done before, on a day the text does not give)
            candidates = [c for c in found if attached(c.tokens, head.head, sent)]
            dated_by = head.head  # the saying's own tense reads its weekday ("said on Friday" is last Friday)
        elif (verb := _carried_on(head)) is not None and _recalled_date(found, verb.head, sent, published):
            # "The 2013 vote saw a landslide for the ruling party, and despite the opposition's claims of
            # fraud, the president ended the coalition": a past-tense clause joined on to a long-past dated
            # one goes on telling that time (a recent date could lie days before the act and misdate it)
            candidates = [c for c in found if attached(c.tokens, verb.head, sent)]
    if not candidates and found and trigger.pos_ in ("NOUN", "PROPN"):
        # "a suicide bomb attack targeting the mall early Friday killed 44": what a participle on the act's
        # noun tells of it is dated with it
        own = [c.i for c in trigger.children if c.dep_ == "acl"]
        candidates = [c for c in found if any(t.i in own or any(a.i in own for a in t.ancestors) for t in c.tokens)]
    # "endorsed Biden for this year's election": a date that owns a noun dates that noun, not the act
    candidates = [c for c in candidates if c.tokens[-1].dep_ != "poss" or c.tokens[-1].head.i == trigger.i]
    candidates.sort(key=lambda c: distance(c.tokens, trigger))
    future = is_future(dated_by)
    for cand in candidates:
        resolved = resolve_expression(cand.text, published, _future_where_hung(cand, trigger, dated_by, future))
        if resolved is not None:
            return resolved
    recalled = _dated_by_when_clause(sent, trigger, found, published) if candidates == [] and found else None
    if recalled is not None:
        return recalled
    if published is not None:
        return EventDate(date=published.isoformat(), precision="day", source="published", text=None)
    return _NONE


def _year_of_act(noun: Token, published: date | None) -> EventDate | None:
    """"the 2014 annexation of Crimea", "a 2015 meeting between them": a year that modifies an act noun dates it
    (a year after the story's is a plan's, "the 2030 target", and left to the clause)."""
    if noun.pos_ != "NOUN":
        return None
    year = next((c for c in noun.children if c.dep_ in ("nummod", "compound", "amod") and len(c.text) == 4
                 and c.text.isdigit() and c.text[:2] in ("19", "20")), None)
    if year is None or (published is not None and int(year.text) > published.year):
        return None
    return resolve_expression(year.text, published, False)


def _participle(verb: Token) -> bool:
    """'refusing', 'having refused'."""
    return verb.tag_ == "VBG" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


def _marked_by(clause: Token, words: tuple[str, ...]) -> bool:
    """A clause opened by one of `words` ("after Clinton resigned")."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in clause.children)


def _carried_on(head: Token) -> Token | None:
    """The verb of a clause in the simple past joined after another with "and" ("..., and the president
    ended it"), from the act's clause head or a preposition on it ("despite the claims")."""
    verb = head.head if head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") else head
    first = verb.head
    joined = verb.dep_ == "conj" and first.i < verb.i and verb.tag_ == "VBD"
    return verb if joined and any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children) else None


def _recalled_date(found: list[DateCandidate], tok: Token, sent: Span, published: date | None) -> bool:
    """Does `tok`'s clause carry a date a year or more before publication?"""
    for cand in found:
        if attached(cand.tokens, tok, sent):
            resolved = resolve_expression(cand.text, published, future=False)
            return resolved is not None and _year_back(resolved, published)
    return False


def _year_back(resolved: EventDate, published: date | None) -> bool:
    return (
        published is not None
        and resolved.date is not None
        and (published - date.fromisoformat(resolved.date)).days >= 365
    )


def _dated_by_when_clause(
    sent: Span, trigger: Token, found: list[DateCandidate], published: date | None
) -> EventDate | None:
    """ "Three states offered help after the ship sank in May 2014": an undated act told as following or
    meeting a dated one ("after", "when") took place then too. Taken only where that date is a year or
    more back: the act is recalled with it; a recent date can lie days before the act and would misdate it."""
    if not has_parse(sent):
        return None
    head = clause_head(trigger)
    for clause in head.children:
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in {"after", "when"}]
        if clause.dep_ != "advcl" or not marks or any(marks[0].children):  # "two years after ...": an interval
            continue
        for cand in found:
            if not attached(cand.tokens, clause, sent):
                continue
            resolved = resolve_expression(cand.text, published, future=False)
            if resolved is not None and _year_back(resolved, published):
                return resolved
    return None


def _future_where_hung(cand: DateCandidate, trigger: Token, dated_by: Token, future: bool) -> bool:
    """Whether a date looks ahead, read on the verb it hangs on: "Turkey pledged on Thursday to send aid" is
    last Thursday (the pledge's), "Turkey plans to send aid on Thursday" the coming one (the sending's)."""
    if dated_by.i != trigger.i:
        return future
    tok = cand.tokens[-1]
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or tok.i == trigger.i or tok not in trigger.ancestors:
        return future
    return is_future(tok)


def is_future(trigger: Token) -> bool:
    """Future reference from auxiliaries ("will", "'ll", "shall", "going to") or governing verbs."""
    tok = trigger
    for _ in range(4):
        auxes = [child.lower_ for child in tok.children if child.dep_ in {"aux", "auxpass"}]
        if any(a in FUTURE_AUXILIARIES for a in auxes):
            return True
        if any(a in MODAL_AUXILIARIES for a in auxes) and "have" not in auxes:
            return True  # "may resign on Friday": a modal without a perfect looks ahead
        if tok.dep_ == "xcomp" and (tok.head.lemma_ in FUTURE_GOVERNORS or tok.head.lower_ == "going"):
            return True
        if tok.dep_ in {"xcomp", "conj", "aux"} or (tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "dobj"):
            tok = tok.head
        else:
            break
    return False


def resolve_expression(text: str, published: date | None, future: bool) -> EventDate | None:
    """Resolve one date expression; None when it cannot be resolved (then the caller falls back)."""
    words = [w.strip(".,").lower() for w in text.replace("-", " - ").split() if w.strip(".,")]
    # "effective next Wednesday, July 31": a date said to be next or coming lies ahead whatever the verb
    future = future or bool(FUTURE_MODIFIERS & set(words))
    by_hand = _resolve_by_hand(words, text, published, future)
    if by_hand is not None:
        return by_hand
    has_year = any(w.isdigit() and len(w) == 4 for w in words) or any(len(w) == 10 for w in words)
    if published is None and not has_year:
        return None  # a relative expression needs a publication date to mean anything
    base = published or date(2000, 1, 1)  # explicit years make the base irrelevant
    parsed = _dateparser(text, base, "future" if future else "past")
    if parsed is None:
        return None
    day, period = parsed
    return _as_period(day, period, text)


def _as_period(day: date, precision: str, text: str) -> EventDate:
    start = _period_start(day, precision)
    return EventDate(date=start.isoformat(), precision=precision, source="text", text=text)


def _period_start(day: date, precision: str) -> date:
    if precision == "week":
        return day - timedelta(days=day.weekday())
    if precision == "month":
        return day.replace(day=1)
    if precision == "year":
        return day.replace(month=1, day=1)
    return day


@lru_cache(maxsize=65536)
def _dateparser(text: str, base: date, prefer: str) -> tuple[date, str] | None:
    """dateparser on one expression, cached by (expression, base, preference): it costs ~0.5 ms."""
    from dateparser.date import DateDataParser  # imported late: importing brinkwatch does no work

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "RETURN_TIME_AS_PERIOD": False,
    }
    with warnings.catch_warnings():  # dateparser warns about pytz/time-zone internals
        warnings.simplefilter("ignore")
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None
    period = data.period if data.period in {"day", "week", "month", "year"} else "day"
    return data.date_obj.date(), period


def _resolve_by_hand(words: list[str], text: str, published: date | None, future: bool) -> EventDate | None:
    """Forms dateparser does not resolve, or resolves with the wrong meaning for news."""
    if "ago" in words:
        count_words = [w for w in words if w in _NUMBER_WORDS or w.replace(",", "").isdigit()]
        if not count_words or any(w in _VAGUE_COUNTS for w in count_words):
            # dateparser gives up on "years ago"; keep the expression but claim no date
            return EventDate(date=None, precision="none", source="text", text=text)
        return None
    if published is None:
        return None
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    has_number = any(w.isdigit() for w in words)
    if weekday is not None and month is None and not has_number:
        # dateparser never returns the publication day itself for a bare weekday
        return _weekday(words, weekday, published, future, text)
    if {"earlier", "later"} & set(words) and "this" in words:
        # "earlier this month": dateparser does not parse it; it is the current period
        unit = next((PERIOD_UNITS[w] for w in words if w in PERIOD_UNITS), None)
        if unit in {"week", "month", "year"}:
            return _as_period(published, unit, text)
    if month is not None and not has_number and "of" in words and "year" in words:
        # "in January of this year", "in March of last year": dateparser does not parse the "of" form
        shift = -1 if "last" in words or "past" in words else 1 if "next" in words else 0
        if shift or "this" in words:
            return _as_period(date(published.year + shift, month, 1), "month", text)
    if "weekend" in words:
        return _weekend(words, published, text)  # dateparser has no weekends
    if month is not None and {"early", "mid", "late"} & set(words) and not has_number:
        # "early June", "mid-June": dateparser fails on the modifier; the month is what is known
        stripped = " ".join(w for w in words if w not in {"early", "mid", "late", "-"})
        parsed = _dateparser(stripped, published, "future" if future else "past")
        if parsed is not None:
            return _as_period(parsed[0], "month", text)
    return None


def _weekday(words: list[str], weekday: int, published: date, future: bool, text: str) -> EventDate:
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if "next" in words or "coming" in words:
        day = published + timedelta(days=ahead or 7)
    elif "last" in words or "past" in words:
        day = published - timedelta(days=back or 7)
    elif future:
        day = published + timedelta(days=ahead)
    else:
        day = published - timedelta(days=back)
    return EventDate(date=day.isoformat(), precision="day", source="text", text=text)


def _weekend(words: list[str], published: date, text: str) -> EventDate:
    saturday = published - timedelta(days=published.weekday()) + timedelta(days=5)  # of this week
    if "last" in words or "past" in words:
        saturday -= timedelta(days=7)
    elif ("next" in words or "coming" in words) and published.weekday() >= 5:
        saturday += timedelta(days=7)  # said during a weekend, "next weekend" is the following one
    return EventDate(date=saturday.isoformat(), precision="week", source="text", text=text)


# An act dated this many days or more before the story is recalled background, not its news: "In January,
# Russia expelled two diplomats" in a September story. Two or three months back is still the story's frame
# ("condemned in a joint statement on October 8" in a January story reports the running dispute).
BACKGROUND_DAYS = 180


def is_background_date(ev_date: EventDate, published: date | None) -> bool:
    """True when the event is clearly before the story's time frame (the coder marks it historical).

    A stated year before the publication year ("in 1986", "last year"), a day, week or month that ends
    half a year or more before publication ("in January" told in September), or a vague "years/decades ago".
    """
    if ev_date.source != "text":
        return False
    if ev_date.date is None:
        words = (ev_date.text or "").lower().split()
        return "ago" in words and any(w in {"years", "decades", "centuries"} for w in words)
    if published is None:
        return False
    when = date.fromisoformat(ev_date.date)
    if ev_date.precision == "year":
        return when.year < published.year
    return (published - _period_end(when, ev_date.precision)).days >= BACKGROUND_DAYS


def _period_end(start: date, precision: str) -> date:
    """The last day of a resolved period: "in January" may mean January 31, so it is measured from there."""
    if precision == "week":
        return start + timedelta(days=6)
    if precision == "month":
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return start
