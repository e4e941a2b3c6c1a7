"""Report rules on when an act happened, read from the story around its sentence.

An act whose own clause gives no date is dated by default to the day the story was published. News is told
in a running time instead: "On Wednesday, Lam announced the bill's withdrawal. ... 'The government will
withdraw the bill,' Lam said in a televised address" tells the address on Wednesday. These rules date such an
act by the last date the story gave before it, when that date lies in the story's own days.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from brinkwatch.coding.dates import MONTH_NAMES, clause_head, is_background_date, resolve_expression
from brinkwatch.coding.modality import ModalityResult
from brinkwatch.coding.rules.core import rule
from brinkwatch.model import EventDate

if TYPE_CHECKING:
    from brinkwatch.coding.coder import Candidate, SentenceCoder

_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# a date told in the running text: "on Wednesday", "October 3", "3 October 2019", "in September 2020",
# "yesterday", "in 2016" (a bare year counts: told after the news, it moves the story back in time); a month
# alone only after "in" or with its year ("Theresa May" is no month)
STORY_DATE = re.compile(
    rf"\b(?:(?:{MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?|\d{{1,2}} (?:{MONTH_NAMES})(?: \d{{4}})?"
    rf"|(?<=[Ii]n )(?:early |late |mid-)?(?:{MONTH_NAMES})(?: \d{{4}})?|(?:{MONTH_NAMES}),? \d{{4}}"
    rf"|(?:last )?(?:{_WEEKDAY})|[Yy]esterday|(?:19|20)\d\d)\b"
)
# a date told as ahead: "the Senate will vote on Wednesday" is no day the story has reached
AHEAD = re.compile(r"\b(?:will|shall|scheduled|due|expected|planned|plans|next|until)\b[^.;]{0,60}$")
# days from the date told before: "He declared a state of emergency the same day"
STORY_RELATIVE_DAYS = {"the same day": 0, "that same day": 0, "that day": 0, "the next day": 1,
                       "the following day": 1, "a day later": 1, "the previous day": -1, "the day before": -1}
STORY_RELATIVE = re.compile(r"\b(" + "|".join(STORY_RELATIVE_DAYS) + r")\b", re.IGNORECASE)
# a day told more than this many days before publication is background, not the story's news ("the memorandum
# signed on November 27" in a story of January 10); a month told counts until this many days after its end
STORY_DAYS = 10
STORY_MONTH_DAYS = 45
DATELINE_CHARS = 40  # a first line shorter than this holding a year is the story's dateline
# how far back, in characters, the running time is read ("On Wednesday" in the lead, a few paragraphs on)
STORY_REACH = 2500
# an act is told in the running time only in the simple past: "Lam said", "the bill was withdrawn"
PAST_AUXILIARIES = frozenset(("was", "were", "did"))
PERFECT = frozenset("has have had 's".split())
PERFECT_OR_FUTURE = PERFECT | frozenset(("will", "would"))


@rule("story-time", "report")
def story_time(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"On Wednesday, Lam announced the withdrawal. ... Lam said in a televised address that …": an act told in
    the simple past, with no date in its own clause, happened on the day the story last told (a weekday, a
    day of the month, "yesterday") when that day lies in the story's own days; "the next day" counts on from
    it, and "that same day" or "the next day" ties the act to the day told however long before the
    story. A day told as ahead (a scheduled vote) is passed over; a date further back (a recalled year) leaves
    the publication date."""
    inp = cand.inp
    if cand.ev_date is None or cand.ev_date.source != "published" or inp is None or not inp.text or cand.mod.modality == "historical":
        return None
    if not _told_in_simple_past(cand):
        return None
    published = inp.published
    # read up to the act's own word: "A few hours before the jet crashed on Wednesday, Iran launched missiles"
    told = _last_date_told(inp.text, inp.offset + cand.trigger.idx, published)
    if told is None:
        return None
    day = date.fromisoformat(told.date)
    relative = STORY_RELATIVE.search(inp.sent.text)
    if relative is not None:
        if told.precision != "day":
            return None
        day += timedelta(days=STORY_RELATIVE_DAYS[relative.group(1).lower()])
    # a month told counts by its last day: "in September" is within the days of a story of October 20
    end, reach = (_month_end(day), STORY_MONTH_DAYS) if told.precision == "month" else (day, STORY_DAYS)
    # "On July 2, ... That same day, ...": the text ties the act to the day told, however far back
    too_far = relative is None and (published - end).days > reach
    if day > published or too_far or day == published:
        return None
    cand.ev_date = EventDate(date=day.isoformat(), precision=told.precision, source="story", text=told.text)
    if relative is not None and cand.mod.modality == "asserted" and is_background_date(
            replace(cand.ev_date, source="text"), published):
        cand.mod = ModalityResult("historical", relative.group(1))  # "That same day" of a day years back
    return told.text


def _told_in_simple_past(cand: Candidate) -> bool:
    """"Lam said", "the bill was withdrawn", "condemned the move": the clause of the act is in the simple past
    (not "has said", "will withdraw", "says")."""
    head = clause_head(cand.trigger)
    if not _simple_past(head) and head.dep_ in ("ccomp", "parataxis") and head.head.tag_ == "VBD" and \
            not any(c.dep_ == "aux" and c.lower_ in PERFECT for c in head.children):
        # "'The government will withdraw the bill,' Lam said": what a past saying reports (a pledge, a stance)
        # is told at the saying's time; an act it tells as done before ("acknowledged they had shot down") is not
        head = head.head
    return _simple_past(head)


def _simple_past(verb) -> bool:
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & PERFECT_OR_FUTURE:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & PAST_AUXILIARIES))


def _last_date_told(text: str, before: int, published: date | None) -> EventDate | None:
    """The last date the story's text gives before offset `before`, resolved from the publication date (the
    dateline that opens a story is skipped: it is the publication date itself)."""
    if published is None:
        return None
    start = max(_after_dateline(text), before - STORY_REACH)
    for told in reversed(list(STORY_DATE.finditer(text, start, before))):
        # a day told as ahead ("the law takes effect on July 31", "will vote on Friday") does not move the
        # story's time: the date told before it still holds
        if AHEAD.search(text, max(start, told.start() - 80), told.start()):
            continue
        resolved = resolve_expression(told.group(0), published, future=False)
        if resolved is None or resolved.date is None:
            return None
        if date.fromisoformat(resolved.date) > published:
            continue
        return resolved if resolved.precision in ("day", "month") else None
    return None


def _after_dateline(text: str) -> int:
    """Where the story proper begins: after a first line that is only a date ("Monday, January 7, 2019")."""
    end = text.find("\n", 0, DATELINE_CHARS)  # a dateline is short: no need to read past it
    if end == -1 and len(text) < DATELINE_CHARS:
        end = len(text)
    if end != -1 and re.search(r"\b(?:19|20)\d\d\b", text[:end]):
        return end
    return 0


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])
