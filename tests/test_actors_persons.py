"""Persons by title and surname, story dates from the text, and names no table knows (kept, never guessed)."""

from datetime import date

import pytest

from brinkwatch import nlp
from brinkwatch.actors import ActorDictionary, default_dictionary
from brinkwatch.pipeline import latest_date_in


@pytest.fixture(scope="module")
def actors():
    return default_dictionary()


def mentions(actors, text, on):
    return [m.actor for m in actors.find_mentions(nlp.splitter()(text), on)]


def dictionary_of(tmp_path, name, rows):
    table = tmp_path / name
    table.write_text(rows, encoding="utf-8")
    return ActorDictionary.load((table,))


def test_bare_surname_after_the_full_name(tmp_path):
    actors = dictionary_of(tmp_path, "envoys.tsv", "Farid Haddad\tLBNGOV\tperson\t2020-01-01\t-\t-\tenvoy\n")
    text = ("Lebanese envoy Farid Haddad arrived in Cairo on Sunday for talks on the border. "
            "Haddad said the talks would resume next week.")
    found = [a for a in mentions(actors, text, date(2024, 2, 1)) if a.kind == "person"]
    assert [a.code for a in found] == ["LBNGOV", "LBNGOV"]
    assert (found[1].text, found[1].name, found[1].resolved_by) == ("Haddad", "Farid Haddad", "surname")


def test_bare_surname_never_named_in_full_is_no_one(actors):
    # no person of this surname was named before: a capitalised word alone is not guessed to be someone
    found = mentions(actors, "Gibson told reporters the talks had stalled.", date(2024, 2, 1))
    assert found == []


def test_title_and_surname_resolve_to_the_one_holder_in_office(tmp_path):
    actors = dictionary_of(tmp_path, "ministers.tsv", (
        "Anna Lindqvist\tSWEGOV\tperson\t2019-01-21\t2022-10-18\t-\tforeign minister\n"
        "Per Lindqvist\tSWEGOV\tperson\t2006-10-06\t2010-10-05\t-\tdefence minister\n"
    ))
    text = "Minister Lindqvist told parliament the government would expel two diplomats."
    (found,) = [a for a in mentions(actors, text, date(2020, 5, 1)) if a.kind == "person"]
    assert (found.code, found.name, found.resolved_by) == ("SWEGOV", "Anna Lindqvist", "surname")


def test_title_and_surname_of_two_holders_is_not_guessed(tmp_path):
    actors = dictionary_of(tmp_path, "twins.tsv", (
        # two in government offices then, both fit "Minister" (a title filters offices, not namesakes in one)
        "Anna Lindqvist\tSWEGOV\tperson\t2019-01-21\t2022-10-18\n"
        "Per Lindqvist\tSWEGOV\tperson\t2018-01-01\t2023-01-01\n"
    ))
    (found,) = mentions(actors, "Minister Lindqvist told parliament the plan was ready.", date(2020, 5, 1))
    assert (found.code, found.resolved_by, found.kind) == ("", "unresolved", "person")


def test_unknown_titled_name_keeps_its_words_and_the_state_it_names(actors):
    text = "Prime Minister Jonas Varga of Hungary said the border would reopen on Monday."
    person = mentions(actors, text, date(2031, 1, 1))[0]
    assert (person.text, person.code, person.resolved_by) == ("Prime Minister Jonas Varga", "HUNGOV", "unresolved")
    assert person.name == "Jonas Varga"


def test_unknown_titled_name_without_a_state_has_no_code(actors):
    person = mentions(actors, "Governor Thandiwe Okafor ordered the curfew lifted.", date(2024, 1, 1))[0]
    assert (person.code, person.country, person.resolved_by) == ("", None, "unresolved")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks of March 3, 2019 failed; a new round opened on 14 June 2021 in Doha.", date(2021, 6, 14)),
        ("Filed 2023-11-02. Updated 2023-11-05.", date(2023, 11, 5)),
        ("The ministers met again on Tuesday.", None),
    ],
)
def test_story_date_is_the_latest_the_text_gives(text, expected):
    assert latest_date_in(text) == expected


def test_story_without_a_date_uses_the_text_not_the_clock():
    from brinkwatch.model import Document
    from brinkwatch.pipeline import Pipeline

    text = "President Barack Obama accused Russia of meddling in the election on August 3, 2016."
    events = Pipeline.default().code_document(Document(text=text, doc_id="undated"))
    sources = {e.source.code for e in events if e.source is not None}
    assert sources == {"USAGOV"}  # in office on the story's own date, whatever today's date is


def test_unknown_named_subject_is_kept_unresolved_not_guessed():
    from brinkwatch.model import Document
    from brinkwatch.pipeline import Pipeline

    text = "The Free Patriotic Front accused Egypt of blocking the aid convoy."
    events = Pipeline.default().code_document(Document(text=text, published=date(2024, 5, 2)))
    sources = [e.source for e in events]
    assert sources, "the accusation is coded"
    assert all((s.code, s.resolved_by, s.kind) == ("", "unresolved", "group") for s in sources)
    assert sources[0].text == "The Free Patriotic Front" or sources[0].text == "Free Patriotic Front"


def test_institution_word_subject_is_not_an_unknown_name():
    from brinkwatch.model import Document
    from brinkwatch.pipeline import Pipeline

    text = "Protesters gathered in Lima. The Senate accused Peru's president of lying."
    events = Pipeline.default().code_document(Document(text=text, published=date(2024, 5, 2)))
    assert all(e.source.resolved_by != "unresolved" for e in events)


# ---- a title before a lone surname names the office to look in ---------------------------------------
NAMESAKES = (
    "Ruth Calder\tUSALEG\tperson\t2015-01-03\t-\t-\tsenator\n"
    "Owen Calder\tUSAGOV\tperson\t2019-01-07\t-\t-\tgovernor\n"
    "Ivo Marsh|Marsh\tCANGOV\tperson\t2010-01-01\t2016-01-01\t-\tprime minister\n"
    "Lena Marsh\tUSALEG\tperson\t2017-01-03\t-\t-\tsenator\n"
)


def test_title_picks_the_holder_of_its_office_among_namesakes(tmp_path):
    actors = dictionary_of(tmp_path, "namesakes.tsv", NAMESAKES)
    if "title" not in __import__("inspect").signature(actors.surname_in_office).parameters:
        pytest.fail("ActorDictionary.surname_in_office takes no title: the office filter is missing")
    found = [a for a in mentions(actors, "Senator Calder met Governor Calder in Denver.", date(2021, 5, 1))
             if a.kind == "person"]
    assert [(a.name, a.code) for a in found] == [("Ruth Calder", "USALEG"), ("Owen Calder", "USAGOV")]


def test_title_after_the_full_name_of_a_namesake_is_the_other_office(tmp_path):
    # "Calder" named in full as the senator first; "Governor Calder" is still the governor
    actors = dictionary_of(tmp_path, "namesakes.tsv", NAMESAKES)
    found = [a for a in mentions(actors, "Ruth Calder said Governor Calder had vetoed the bill.", date(2021, 5, 1))
             if a.kind == "person"]
    assert [(a.name, a.code) for a in found] == [("Ruth Calder", "USALEG"), ("Owen Calder", "USAGOV")]


def test_titled_surname_matched_to_a_namesake_out_of_office_is_the_office_holder(tmp_path):
    # the tables know a former prime minister "Marsh"; in 2021 "Senator Marsh" is the sitting senator
    actors = dictionary_of(tmp_path, "namesakes.tsv", NAMESAKES)
    found = [a for a in mentions(actors, "Senator Marsh criticised the plan on Monday.", date(2021, 5, 1))
             if a.kind == "person"]
    assert [(a.name, a.code) for a in found] == [("Lena Marsh", "USALEG")]


# ---- "he"/"she" never past a person no table knows ------------------------------------------------------
def test_pronoun_after_an_unknown_full_name_is_not_the_person_named_before_it(actors):
    text = "Vladimir Putin met Tomas Verhoek in Moscow, and he said the talks had gone well."
    found = mentions(actors, text, date(2020, 6, 1))
    assert [a.text for a in found if a.resolved_by == "pronoun"] == []


def test_pronoun_after_the_surname_of_an_unknown_person_named_before_is_not_guessed(actors):
    text = "Tomas Verhoek arrived on Monday. Vladimir Putin said Verhoek had lied, and he left the room."
    found = mentions(actors, text, date(2020, 6, 1))
    assert [a.text for a in found if a.resolved_by == "pronoun"] == []


def test_pronoun_after_a_place_name_still_finds_the_person(actors):
    # "Palm Beach" is a place, not a person no table knows
    text = "Vladimir Putin flew to Palm Beach, where he met reporters."
    found = mentions(actors, text, date(2020, 6, 1))
    assert [(a.text, a.code) for a in found if a.resolved_by == "pronoun"] == [("he", "RUSGOV")]


def test_pronoun_after_a_capitalised_body_name_still_finds_the_person(actors):
    text = "Vladimir Putin addressed the Valdai Discussion Club, where he spoke for an hour."
    found = mentions(actors, text, date(2020, 6, 1))
    assert [(a.text, a.code) for a in found if a.resolved_by == "pronoun"] == [("he", "RUSGOV")]


# ---- a state glued before what it owns --------------------------------------------------------------------
def test_flagged_ship_names_its_flag_state_as_an_adjective(actors):
    found = actors.find_mentions(nlp.splitter()("Venezuela detained a Maltese-flagged freighter."), date(2020, 6, 1))
    assert [(m.actor.text, m.actor.code, m.kind) for m in found][-1] == ("Maltese", "MLT", "adjective")


def test_backed_is_still_no_actor(actors):
    found = mentions(actors, "Russian-backed separatists shelled the town.", date(2020, 6, 1))
    assert found == []


def test_two_names_joined_by_a_hyphen_are_the_ticket_of_the_first():
    # "Biden-Harris" is the campaign (the first person's side in October 2020), not Harris in the Senate
    from datetime import date

    from brinkwatch.model import Document
    from brinkwatch.pipeline import Pipeline

    pipe = Pipeline.default("rules")
    story = "Joe Biden chose Kamala Harris as his running mate. {} released a statement on the shooting."
    coded = [(e.source.code, e.source.resolved_by, e.cameo_code)
             for e in pipe.code_document(Document(text=story.format("Biden-Harris"), published=date(2020, 10, 1)))]
    assert coded == [("USAOPP", "ticket", "010")]
    alone = pipe.code_document(Document(text=story.format("Harris"), published=date(2020, 10, 1)))
    assert [e.source.code for e in alone] == ["USALEG"]
