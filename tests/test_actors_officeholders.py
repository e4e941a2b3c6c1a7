"""Office-holders of 2015-2025 (people_offices.tsv): a titled surname resolves to the one holder in office on the
story's date, not outside the term, and never when two holders of that surname are in office together."""

from datetime import date

import pytest

from brinkwatch import nlp
from brinkwatch.actors import ActorDictionary, default_dictionary
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
    # two senators named Scott (Florida, South Carolina) sat together in 2023: the title names neither
    (found,) = people(actors, "Senator Scott attacked the drug makers over insulin prices.", date(2023, 6, 1))
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
    # retired in January 2023: a former office-holder (ELI), never a legislator or the government
    assert (after.code, after.country, after.sector) == ("USAELI", "USA", "ELI")


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
    written = [r for r in rows if not (r.source or "").startswith("petrarch2/")]  # not carried over from PETRARCH2
    assert len(written) > 900 and all(r.valid_from is not None for r in written)



# ---- the title before a surname says which office-holder it is -----------------------------------------

D2023 = date(2023, 6, 1)


@pytest.mark.parametrize(("surname", "title", "name"), [
    ("Sanders", "Senator", "Bernie Sanders"),  # "Senator Sanders voted against the bill."
    ("Sanders", "Sen.", "Bernie Sanders"),
    ("Sanders", "Governor", "Sarah Huckabee Sanders"),  # "Governor Sanders signed the budget."
    ("Sanders", "Gov.", "Sarah Huckabee Sanders"),
    ("Sanders", None, None),  # two holders, no title: neither
    ("Sanders", "Mr", None),  # a courtesy title names no office
    ("Scott", "Senator", None),  # two senators Scott in 2023
    ("Scott", "Governor", "Phil Scott"),  # "Governor Scott vetoed the bill." (Vermont)
    ("Sanders", "Captain", None),  # "Captain Sanders" is a soldier or police officer, neither politician
])
def test_title_picks_the_holder_of_that_office(actors, surname, title, name):
    holder = actors.surname_in_office(surname, D2023, title)
    assert (holder.name if holder else None) == name


def test_old_call_form_still_works(actors):
    holder = actors.surname_in_office("ivey", date(2021, 2, 1))
    assert holder is not None and holder.name == "Kay Ivey"


@pytest.mark.parametrize(("title", "name"), [
    ("Vice President", "Kamala Harris"),  # "Vice President Harris toured the border."
    ("President", None),  # she was never president: "President Harris" names no holder
    ("General", None),  # nor a general
])
def test_vice_president_is_not_president(actors, title, name):
    holder = actors.surname_in_office("Harris", date(2022, 3, 1), title)
    assert (holder.name if holder else None) == name


def test_rank_keeps_a_soldier_and_drops_a_civilian(actors):
    # "Gen. Milley told Congress the withdrawal was a strategic failure." (2021)
    general = actors.surname_in_office("Milley", date(2021, 9, 29), "Gen.")
    assert general is not None and general.name == "Mark Milley"
    assert actors.surname_in_office("Milley", date(2021, 9, 29), "Senator") is None
    # a civilian office ending in "general" is not a rank: "Attorney General Garland said ..." (2022)
    attorney = actors.surname_in_office("Garland", date(2022, 8, 12), "Attorney General")
    assert attorney is not None and attorney.name == "Merrick Garland"
    assert actors.surname_in_office("Garland", date(2022, 8, 12), "Lt. Gen.") is None


def test_title_filter_reads_rows_without_a_role_by_their_sector(tmp_path):
    # PETRARCH's rows give no role: "General Adeyemi" fits an army row, "Senator Adeyemi" does not
    table = tmp_path / "mine.tsv"
    table.write_text("Tunde Adeyemi\tNGAMIL\tperson\t2016-01-01\t-\n", encoding="utf-8")
    actors = ActorDictionary.load((table,))
    assert actors.surname_in_office("Adeyemi", D2023, "General").name == "Tunde Adeyemi"
    assert actors.surname_in_office("Adeyemi", D2023, "Senator") is None


# ---- former office-holders -----------------------------------------------------------------------

def test_former_governor_named_later_is_eli(actors):
    text = "Chris Christie urged the party to accept the result of the election."
    (during,) = people(actors, text, date(2016, 5, 1))
    (after,) = people(actors, text, date(2020, 11, 26))
    assert during.code == "USAGOV"
    assert (after.code, after.kind) == ("USAELI", "person")
    assert "former governor" in after.entry


def test_before_a_first_term_a_person_is_of_the_country_not_eli(actors):
    (before,) = people(actors, "Volodymyr Zelensky mocked the politicians on television.", date(2016, 5, 1))
    assert before.code == "UKR"


def test_a_lost_candidacy_is_no_office(tmp_path):
    table = tmp_path / "mine.tsv"
    table.write_text(
        "Ada Okafor\tNGAOPP\tperson\t2018-10-01\t2019-03-01\t-\tpresidential candidate\n"
        "Bello Danjuma\tNGAGOV\tperson\t2015-05-29\t2019-05-29\t-\tgovernor\n", encoding="utf-8")
    actors = ActorDictionary.load((table,))
    # "Ada Okafor called for calm." in 2021: she never held an office, so she is of her country
    assert actors.resolve("Ada Okafor called for calm.", date(2021, 1, 1)).code == "NGA"
    assert actors.resolve("Bello Danjuma called for calm.", date(2021, 1, 1)).code == "NGAELI"


def test_one_who_died_in_office_keeps_that_office_not_eli(actors):
    # killed on 3 January 2020: "Crowds in Tehran mourned Soleimani" a week later names the commander
    (mourned,) = people(actors, "Crowds in Tehran mourned Qasem Soleimani on Monday.", date(2020, 1, 10))
    assert mourned.code == "IRNMIL"
    # and he holds no office then: a title and his surname name no one in office
    assert actors.surname_in_office("Soleimani", date(2020, 1, 10), "General") is None


def test_died_in_office_row_names_no_holder_of_the_office(actors):
    # Raisi died in May 2024: "the Iranian president" in 2025 is his successor, never Raisi
    holder = actors.office_holder("IRN", "president", date(2025, 3, 1))
    assert holder is not None and holder.name != "Ebrahim Raisi"


def test_petrarch_term_open_in_2014_has_no_known_end(tmp_path):
    # a converted PETRARCH term still open in 2014 was closed at 2015-01-01: not a real end, so no ELI
    table = tmp_path / "mine.tsv"
    table.write_text("Pita Lemalu\tWSMGOV\tperson\t2010-01-01\t2015-01-01\t-\t-\tpetrarch2/Phoenix.Countries"
                     ".actors.txt:1\n", encoding="utf-8")
    actors = ActorDictionary.load((table,))
    # "Pita Lemalu opened the new parliament building." in 2018: still in office for all we know
    assert actors.resolve("Pita Lemalu opened the new parliament building.", date(2018, 3, 1)).code == "WSM"


def test_a_leader_back_on_the_benches_is_a_legislator_then_eli(actors):
    text = "Theresa May warned the government against breaking international law."
    (as_mp,) = people(actors, text, date(2020, 9, 14))  # she sat as an MP until 2024
    (retired,) = people(actors, text, date(2025, 1, 10))
    assert (as_mp.code, retired.code) == ("GBRLEG", "GBRELI")


def test_hand_kept_later_offices_outweigh_a_petrarch_term_open_in_2014(actors):
    # Michael Gove's PETRARCH2 row runs to its 2014 end; the hand-kept rows say what came after
    (after,) = people(actors, "Michael Gove criticised the new planning rules.", date(2024, 9, 1))
    assert after.code == "GBRELI"


def test_longer_titles_are_read_by_their_known_ending(actors):
    # "US Secretary of State Pompeo met ..." (2019): the office is the foreign ministry's
    holder = actors.surname_in_office("Pompeo", date(2019, 10, 1), "US Secretary of State")
    assert holder is not None and holder.name == "Mike Pompeo"
    assert actors.surname_in_office("Pompeo", date(2019, 10, 1), "Defense Secretary") is None


def test_a_former_title_names_no_one_in_office(actors):
    # "former Senator Sanders" is not the senator of today
    assert actors.surname_in_office("Sanders", D2023, "former Senator") is None
    assert actors.surname_in_office("Sanders", D2023, "Senator").name == "Bernie Sanders"


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        # an Austrian party leader in opposition, and after her 2017 exit a former office-holder
        ("Eva Glawischnig accused the chancellor of breaking his promise.", date(2012, 5, 1), "AUTOPP"),
        ("Glawischnig-Piesczek took the website operator to court.", date(2019, 6, 1), "AUTELI"),
        # a White House doctor, a New York federal judge, a news publisher
        ("Sean Conley briefed reporters outside the hospital.", date(2020, 10, 4), "USAGOV"),
        ("Victor Marrero ordered the bank to hand over the records.", date(2019, 9, 1), "USAJUD"),
        ("Matt Drudge mocked the senator's campaign.", date(2020, 8, 1), "USAMED"),
        # a Namibian vice-president in office, and a Melbourne mayor after he left
        ("Nickey Iyambo opened the new clinic in Oshakati.", date(2016, 4, 1), "NAMGOV"),
        ("Robert Doyle criticised the council's budget.", date(2020, 10, 1), "AUSELI"),
    ],
)
def test_people_added_from_the_second_news_audit(actors, text, on, code):
    (found,) = people(actors, text, on)
    assert found.code == code


def test_an_earlier_president_is_in_office_in_his_term_and_former_after(actors):
    text = "Franklin D. Roosevelt asked Congress to declare war on Japan."
    (during,) = people(actors, text, date(1941, 12, 8))
    (recalled,) = people(actors, text, date(2020, 12, 7))  # a story of 2020 recalling it
    assert (during.code, recalled.code) == ("USAGOV", "USAELI")


def test_an_earlier_presidents_bare_surname_is_not_taken_from_history(actors):
    # only full names were added: "Johnson" in a 2019 story is still the prime minister of the day
    (found,) = people(actors, "Prime Minister Johnson said the talks went well.", date(2019, 10, 10))
    assert (found.code, found.name) == ("GBRGOV", "Boris Johnson")
    assert actors.surname_in_office("Johnson", date(2019, 10, 10), "President") is None
    assert actors.surname_in_office("Roosevelt", date(2020, 1, 1), "President") is None


def test_judge_title_with_surname_finds_the_judge(actors):
    holder = actors.surname_in_office("Marrero", date(2019, 10, 7), "Judge")
    # "Judge Marrero dismissed the suit" (2019): the New York judge, not Cuba's official of that surname
    assert holder is not None and holder.name == "Victor Marrero"
    (found,) = people(actors, "Judge Marrero threw out the bank's motion.", date(2019, 10, 7))
    assert (found.code, found.resolved_by) == ("USAJUD", "surname")
