"""Faults seen when the table of public figures came in (2026-12-05, fifth session), fixed as general rules.
Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_events as _events
from coded_story import story_triples as _triples


def test_public_figures_beyond_office_holders_are_known():
    # a former first lady, a mayor in office on the story's date
    sources = {e.source.code for e in _events("Michelle Obama criticised the administration on Monday.") if e.source}
    assert sources == {"USAELI"}
    sources = {e.source.code for e in _events("Muriel Bowser criticised the police on Monday.") if e.source}
    assert sources == {"USAGOV"}


def test_two_named_people_of_one_code_are_two_parties():
    # a president and a mayor are both USAGOV, and neither acts on themself
    assert ("USAGOV", "111", "USAGOV") in _triples("President Trump criticised Mayor Muriel Bowser on Tuesday.")
    # one person named twice is still no target of their own act
    assert ("USAGOV", "111", "USAGOV") not in _triples("Donald Trump criticised Trump on Tuesday.")


def test_a_name_after_an_article_and_before_of_is_a_likeness():
    text = ('The singer, nicknamed the "Barack Obama of Kenya", was popular. '
            "In an interview, she said she was attacked by her neighbours.")
    assert not any(e.source and e.source.code.startswith("USA") for e in _events(text))


def test_the_possessor_of_a_killing_is_its_victim():
    text = "Officials said the general ordered Soleimani's killing."
    assert not any(e.source and e.source.code.startswith("IRN") for e in _events(text, date(2019, 6, 5)))
    # with an "of" phrase the possessor does it, and is the target of a reaction to it
    assert ("IGOEUREEC", "111", "IRN") in _triples("The EU condemned Iran's arrest of British citizens.")


def test_a_persons_family_is_not_the_person():
    assert not any(e.source and e.source.code.startswith("USA")
                   for e in _events("Trump's family criticised the ruling."))
    assert not any(e.source and e.source.code.startswith("RUS")
                   for e in _events("The family of Alexei Navalny accused the prison of neglect.", date(2024, 3, 1)))


def test_who_asked_for_an_act_is_not_its_target():
    triples = _triples("Queen Elizabeth II suspended parliament at the behest of Boris Johnson on Tuesday.",
                       date(2019, 9, 11))
    assert ("GBRGOV", "172", "GBRGOV") not in triples
    assert ("GBRGOV", "120", "IRN") in _triples("The British government rejected the request of Iran.")


def test_a_pronoun_stands_for_a_person_its_gender_fits():
    text = "Joe Biden chose his running mate on Tuesday. Senator Amy Klobuchar had left the race. She praised Biden."
    praise = [e for e in _events(text, date(2020, 8, 12)) if e.cameo_code == "051"]
    assert [e.source.name for e in praise] == ["Amy Klobuchar"]
    text = "Joe Biden met Angela Merkel in Berlin. He criticised her over the pipeline."
    assert ("USAGOV", "111", "DEUGOV") in _triples(text, date(2021, 8, 12))


def test_a_table_of_given_names_says_which_pronoun_fits():
    from brinkwatch.actors.gender import fits_pronoun, name_gender
    from brinkwatch.model import ActorRef

    assert (name_gender("Joe Biden"), name_gender("Dr. Jill Biden"), name_gender("Nobody Known")) == ("m", "f", None)
    biden = ActorRef(text="Biden", code="USAGOV", name="Joe Biden")
    assert not fits_pronoun("she", biden) and fits_pronoun("he", biden) and fits_pronoun("they", biden)


def test_an_act_named_in_a_past_perfect_main_clause_is_background():
    events = _events("Stone had been convicted as part of the FBI investigation of Russia.", date(2019, 7, 20))
    assert [(e.cameo_code, e.modality) for e in events] == [("090", "historical")]
    events = _events("The FBI investigation of Russia ended on Monday.", date(2019, 7, 20))
    assert all(e.modality != "historical" for e in events)


def test_what_an_agreement_provides_for_is_intended():
    text = "Turkey and Russia reached an agreement for the Syrian army to deploy along the border."
    deploy = [e for e in _events(text, date(2019, 10, 14)) if e.cameo_code.startswith("15")]
    assert [e.modality for e in deploy] == ["intended"]


def test_the_house_is_the_lower_house_of_the_storys_state():
    text = "The White House criticised the House's decision on Tuesday."
    assert ("USAGOV", "111", "USALEG") in _triples(text, date(2019, 7, 20))


def test_a_publication_critical_of_someone_criticises_them():
    assert ("USAELI", "111", "USAGOV") in _triples("John Bolton released a book critical of Trump.", date(2020, 6, 23))


def test_a_discussed_act_names_a_topic_not_a_party():
    triples = _triples("Putin discussed potentially renaming Ukraine on Monday.", date(2023, 6, 1))
    assert not any(t and t.startswith("UKR") for _, code, t in triples if code.startswith("04"))


def test_a_surname_shared_by_a_leader_and_an_adviser_names_the_leader():
    # Ivanka Trump advised the president in 2019; "Trump" alone is still the president
    events = _events("Trump criticised China on Monday.", date(2019, 6, 3))
    assert [e.source.name for e in events if e.source] == ["Donald Trump"]


def test_a_resignation_yields_to_the_protests_it_followed_and_to_no_one_else():
    text = "Algerian President Abdelaziz Bouteflika resigned on Tuesday after six weeks of mass protests."
    assert ("DZAGOV", "0831", "DZAOPP") in _triples(text, date(2019, 4, 3))
    # no one demanded it: no target, and never the state as a whole
    text = "Governor Ricardo Rossello of Puerto Rico resigned on Friday. Kenyan President Uhuru Kenyatta resigned."
    assert {t for _, code, t in _triples(text, date(2019, 8, 2)) if code == "0831"} <= {None}
