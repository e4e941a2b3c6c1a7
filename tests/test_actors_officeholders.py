"""Office-holders of 2015-2025 (people_offices.tsv): a titled surname resolves to the one holder in office on the
story's date, not outside the term, and never when two holders of that surname are in office together."""

from datetime import date

import pytest

from brinkwatch import nlp
from brinkwatch.actors import default_dictionary
from brinkwatch.actors.table import parse_rows


@pytest.fixture(scope="module")
def actors():
    return default_dictionary()


def people(actors, text, on):
    return [m.actor for m in actors.find_mentions(nlp.splitter()(text), on) if m.actor.kind == "person"]


def test_governor_by_title_and_surname_in_term(actors):
    (found,) = people(actors, "Governor Evers vetoed the redistricting map on Thursday.", date(2022, 3, 3))
    assert (found.code, found.name, found.resolved_by) == ("USAGOV", "Tony Evers", "surname")


def test_same_surname_out_of_term_is_not_that_governor(actors):
    # Evers took office in January 2019: two years earlier the title and surname name no one the tables know
    (found,) = people(actors, "Governor Evers vetoed the redistricting map on Thursday.", date(2017, 3, 3))
    assert found.name != "Tony Evers"
    assert (found.code, found.resolved_by) == ("", "unresolved")


def test_full_name_then_bare_surname_in_one_story(actors):
    text = ("Alabama Governor Kay Ivey signed the prison construction bill on Monday. "
            "Ivey said the state could not wait for federal funds.")
    found = people(actors, text, date(2021, 2, 1))
    assert [(p.code, p.name) for p in found] == [("USAGOV", "Kay Ivey"), ("USAGOV", "Kay Ivey")]
    assert found[1].resolved_by == "surname"


def test_two_holders_of_one_surname_stay_unresolved(actors):
    # a senator and a governor named Sanders both held office in 2023: the surname alone names neither
    (found,) = people(actors, "Senator Sanders attacked the drug makers over insulin prices.", date(2023, 6, 1))
    assert (found.code, found.resolved_by) == ("", "unresolved")


def test_one_holder_of_that_surname_before_the_other_took_office(actors):
    # before the press secretary took office in July 2017 only the senator was in office
    (found,) = people(actors, "Senator Sanders attacked the drug makers over insulin prices.", date(2017, 3, 1))
    assert (found.code, found.name) == ("USALEG", "Bernie Sanders")


def test_senator_named_in_full_is_a_legislator_in_term_and_a_citizen_after(actors):
    text = "Senator Patrick Leahy criticised the arms sale to Egypt."
    (during,) = people(actors, text, date(2019, 5, 1))
    assert during.code == "USALEG"
    (after,) = people(actors, "Patrick Leahy criticised the arms sale to Egypt.", date(2024, 5, 1))
    assert (after.code, after.country) == ("USA", "USA")  # retired: of his country, never a government


def test_candidate_without_office_is_opposition_then_government(actors):
    text = "Joe Biden accused the administration of failing the country."
    (campaign,) = people(actors, text, date(2020, 9, 1))
    (in_office,) = people(actors, text, date(2022, 9, 1))
    assert (campaign.code, in_office.code) == ("USAOPP", "USAGOV")


@pytest.mark.parametrize(("text", "on", "code"), [
    ("First Minister Mark Drakeford announced a firebreak lockdown for Wales.", date(2020, 10, 19), "GBRGOV"),
    ("Opposition leader Kemal Kilicdaroglu accused the government of hiding the figures.", date(2021, 4, 1), "TUROPP"),
    ("Chancellor Sebastian Kurz said Austria would not take in more migrants.", date(2018, 6, 1), "AUTGOV"),
    ("UN rights chief Zeid Ra'ad Al Hussein condemned the executions.", date(2016, 1, 5), "IGOUNO"),
])
def test_office_holders_written_from_public_knowledge(actors, text, on, code):
    assert code in [p.code for p in people(actors, text, on)]


def test_each_office_row_is_well_formed_and_dated():
    from importlib import resources

    text = resources.files("brinkwatch").joinpath("data/actors/people_offices.tsv").read_text(encoding="utf-8")
    rows = parse_rows(text, "people_offices.tsv")
    assert rows and all(r.kind == "person" for r in rows)
    written = [r for r in rows if r.source is None]  # the rows not carried over from PETRARCH2
    assert all(r.valid_from is not None for r in written)

