"""Event dates: expressions in the trigger's clause resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from brinkwatch.coding.dates import is_background_date, resolve_event_date, resolve_expression
from brinkwatch.model import EventDate

PUBLISHED = date(2024, 3, 13)  # a Wednesday


def date_of(parse, text: str, trigger: str, published: date | None = PUBLISHED) -> EventDate:
    sent, tok = parse(text, trigger)
    return resolve_event_date(sent, tok, published)


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "precision"),
    [
        ("Russia fired 18 missiles at targets near Kharkiv on Tuesday.", "fired", "2024-03-12", "day"),
        ("Police detained a journalist in Minsk on Wednesday.", "detained", "2024-03-13", "day"),
        ("The US announced $400 million in military aid to Ukraine last week.", "announced", "2024-03-04",
         "week"),
        ("Israeli jets struck targets in southern Lebanon yesterday.", "struck", "2024-03-12", "day"),
        ("The two leaders met in June to discuss the ceasefire.", "met", "2023-06-01", "month"),
        ("In 1986, Soviet troops withdrew from the area.", "withdrew", "1986-01-01", "year"),
        ("Rebels seized the town two years ago.", "seized", "2022-01-01", "year"),
        ("Police arrested dozens of protesters on 3 January.", "arrested", "2024-01-03", "day"),
        ("The treaty was signed on January 3, 2020 in Geneva.", "signed", "2020-01-03", "day"),
        ("Protesters clashed with police earlier this month.", "clashed", "2024-03-01", "month"),
        ("The ministry said the talks collapsed last year.", "collapsed", "2023-01-01", "year"),
        ("In May 2022, Finland applied to join NATO.", "applied", "2022-05-01", "month"),
        ("Russia and Ukraine exchanged prisoners in mid-February.", "exchanged", "2024-02-01", "month"),
    ],
)
def test_past_expressions_resolve_against_publication(parse, text, trigger, expected, precision):
    result = date_of(parse, text, trigger)
    assert (result.date, result.precision, result.source) == (expected, precision, "text")
    assert result.text


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "precision"),
    [
        ("Xi Jinping will meet Putin in Beijing next month.", "meet", "2024-04-01", "month"),
        ("Xi Jinping will meet Putin in Beijing on Tuesday.", "meet", "2024-03-19", "day"),
        ("The leaders will meet in June to discuss the ceasefire.", "meet", "2024-06-01", "month"),
        ("The president plans to visit Kyiv next Tuesday.", "visit", "2024-03-19", "day"),
        ("Iran will hold talks with the EU this weekend.", "hold", "2024-03-16", "week"),
    ],
)
def test_future_expressions_look_ahead(parse, text, trigger, expected, precision):
    result = date_of(parse, text, trigger)
    assert (result.date, result.precision) == (expected, precision)


def test_weekday_past_and_future_differ(parse):
    past = date_of(parse, "The minister resigned on Friday.", "resigned")
    future = date_of(parse, "The minister will resign on Friday.", "resign")
    assert past.date == "2024-03-08"
    assert future.date == "2024-03-15"


def test_no_expression_falls_back_to_publication(parse):
    result = date_of(parse, "Turkish jets bombed Kurdish positions in northern Syria.", "bombed")
    assert result == EventDate(date="2024-03-13", precision="day", source="published", text=None)


def test_no_publication_and_no_absolute_date_gives_none(parse):
    assert date_of(parse, "Turkish jets bombed Kurdish positions.", "bombed", None).source == "none"
    relative = date_of(parse, "Turkish jets bombed Kurdish positions last week.", "bombed", None)
    assert (relative.date, relative.source) == (None, "none")


def test_absolute_date_resolves_without_publication(parse):
    result = date_of(parse, "The treaty was signed on January 3, 2020 in Geneva.", "signed", None)
    assert (result.date, result.precision, result.source) == ("2020-01-03", "day", "text")


def test_date_of_another_clause_is_not_the_events(parse):
    # "on Wednesday" dates the saying, not the shelling
    text = "Ukraine said on Wednesday that Russian forces had shelled villages two years ago."
    assert date_of(parse, text, "shelled").text == "two years ago"
    plain = "Ukraine said on Tuesday that Russian forces had shelled villages."
    assert date_of(parse, plain, "shelled").source == "published"
    assert date_of(parse, plain, "said").date == "2024-03-12"


def test_since_and_counted_years_are_not_event_dates(parse):
    assert date_of(parse, "Russia has occupied Crimea since 2014.", "occupied").source == "published"
    assert date_of(parse, "The army deployed 2000 troops to the border.", "deployed").source == "published"


def test_may_the_modal_is_not_a_month(parse):
    assert date_of(parse, "The minister may resign over the scandal.", "resign").source == "published"


def test_vague_ago_keeps_text_without_date(parse):
    result = date_of(parse, "The rebels seized the town years ago.", "seized")
    assert (result.date, result.source, result.text) == (None, "text", "years ago")


def test_resolve_expression_is_cached_and_stable():
    first = resolve_expression("in June", PUBLISHED, future=False)
    assert first == resolve_expression("in June", PUBLISHED, future=False)
    assert first is not None and first.date == "2023-06-01"


@pytest.mark.parametrize(
    ("ev_date", "background"),
    [
        (EventDate("1986-01-01", "year", "text", "in 1986"), True),
        (EventDate("2023-01-01", "year", "text", "last year"), True),
        (EventDate("2022-09-10", "day", "text", "September 10, 2022"), True),
        (EventDate(None, "none", "text", "decades ago"), True),
        (EventDate("2024-03-12", "day", "text", "Tuesday"), False),
        (EventDate("2024-03-04", "week", "text", "last week"), False),
        # half a year or more before the story is background; the last two or three months are its frame
        (EventDate("2023-06-01", "month", "text", "in June"), True),
        (EventDate("2023-09-15", "day", "text", "September 15"), True),
        (EventDate("2023-12-01", "month", "text", "in December"), False),
        (EventDate("2023-10-02", "week", "text", "the week of October 2"), False),
        (EventDate("2024-01-01", "year", "text", "earlier this year"), False),
        (EventDate("2024-03-13", "day", "published", None), False),
        (EventDate(None, "none", "none", None), False),
    ],
)
def test_is_background_date(ev_date, background):
    assert is_background_date(ev_date, PUBLISHED) is background


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "precision"),
    [
        # "of this year" / "of last year" after a month name
        ("In January of this year, Russia expelled two diplomats.", "expelled", "2024-01-01", "month"),
        ("Serbia recalled its envoy in May of last year.", "recalled", "2023-05-01", "month"),
        # a length of time after "for" is no date; the day that follows it is
        ("Police held the reporter for five days yesterday.", "held", "2024-03-12", "day"),
        # a participle clause without a subject takes its head clause's date
        ("Hungary left the talks in March 2018, refusing to sign the declaration.", "refusing", "2018-03-01",
         "month"),
        # the year of a trip dates what was done during it
        ("During a 2018 trip to Paris, the minister met the mayor.", "met", "2018-01-01", "year"),
    ],
)
def test_month_of_year_durations_and_participles(parse, text, trigger, expected, precision):
    result = date_of(parse, text, trigger)
    assert (result.date, result.precision, result.source) == (expected, precision, "text")


def test_next_in_the_expression_looks_ahead():
    # said on a Sunday, "next Wednesday, July 31" is three days on, not last July
    result = resolve_expression("next Wednesday, July 31", date(2019, 7, 28), future=False)
    assert result is not None and result.date == "2019-07-31"


def test_a_long_past_act_it_followed_dates_an_undated_act(parse):
    text = "Three states offered help after the airliner vanished in December 2014."
    assert date_of(parse, text, "offered", date(2016, 3, 1)).date == "2014-12-01"
    # a recent one does not: the act may have come days later
    assert date_of(parse, text, "offered", date(2015, 1, 20)).source == "published"


def test_a_participle_of_a_long_past_clause_takes_its_date(parse):
    text = "In 2016 the army retook the town in an operation backed by Russian jets."
    assert date_of(parse, text, "backed", date(2019, 12, 1)).date == "2016-01-01"
    recent = "On Monday the army retook the town in an operation backed by Russian jets."
    assert date_of(parse, recent, "backed", date(2019, 12, 4)).source == "published"


def test_a_verbless_aside_is_no_clause(parse):
    text = "Brazil deported the gang boss, once the city's most powerful figure, to Paraguay in May 2022."
    assert date_of(parse, text, "deported", date(2025, 5, 4)).date == "2022-05-01"


def test_background_needs_a_reference_date():
    assert is_background_date(EventDate("1986-01-01", "year", "text", "in 1986"), None) is False


def test_works_without_a_parse():
    doc = spacy.blank("en")("Russian forces shelled the village on Tuesday.")
    result = resolve_event_date(doc[:], doc[2], PUBLISHED)
    assert (result.date, result.source) == ("2024-03-12", "text")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an age or a length joined by hyphens is no day of the month
        ("On Monday, 28-year-old Ali Khan stabbed two guards in Leeds.", "stabbed", "2024-03-11"),
        ("Police detained a 19-year-old student on Tuesday.", "detained", "2024-03-12"),
        ("Kishida met Biden on Monday, at the start of a five-day visit.", "met", "2024-03-11"),
    ],
)
def test_an_age_or_a_length_is_no_date(parse, text, trigger, expected):
    assert date_of(parse, text, trigger).date == expected
