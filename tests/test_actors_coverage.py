"""Coverage as data: bodies, groups and officials converted from PETRARCH2 plus the 2015-2025 hand table."""

from datetime import date

import pytest

D2024 = date(2024, 6, 1)


@pytest.mark.parametrize(
    ("phrase", "code", "kind"),
    [
        ("the Houthis", "YEMREB", "group"),
        ("Ansarullah", "YEMREB", "group"),
        ("Daesh", "IMGISI", "group"),
        ("the Islamic State West Africa Province", "IMGISI", "group"),
        ("the Rapid Support Forces", "SDNREB", "group"),
        ("the Syrian Democratic Forces", "SYRREB", "group"),
        ("Hashd al-Shaabi", "IRQREB", "group"),
        ("the Wagner Group", "RUSUAF", "group"),
        ("UNICEF", "IGOUNO", "organisation"),
        ("the UN refugee agency", "IGOUNO", "organisation"),
        ("ECOWAS", "IGOWAS", "organisation"),
        ("the International Criminal Court", "IGOICC", "organisation"),
        ("the Norwegian Refugee Council", "NGO", "organisation"),
    ],
)
def test_groups_and_bodies_of_2015_to_2025(actors, phrase, code, kind):
    actor = actors.resolve(phrase, D2024)
    assert actor is not None, phrase
    assert (actor.code, actor.kind) == (code, kind)


def test_converted_rows_keep_their_petrarch_source(actors):
    actor = actors.resolve("Abu Sayyaf", D2024)  # only the converted MilNonState table knows it
    assert actor is not None and actor.kind == "group"
    assert actor.row.startswith("organisations_petrarch.tsv:")
    assert "from petrarch2/Phoenix.MilNonState.actors.txt:" in actor.entry


def test_official_of_an_international_body_is_dated(actors):
    during = actors.resolve("Kofi Annan", date(2001, 5, 1))
    assert during is not None and (during.code, during.kind) == ("IGOUNO", "person")
    assert during.row.startswith("people_igo_petrarch.tsv:")


def test_agent_word_needs_a_country_named_with_it(actors):
    farmers = actors.resolve("Kenyan herdsmen", D2024)
    assert farmers is not None and farmers.code == "KENAGR"
    assert actors.resolve("the herdsmen", D2024) is None  # no country: nothing is guessed


def test_country_names_stay_states_whatever_the_group_tables_say(actors):
    # a guerrilla front's list of aliases in PETRARCH contains bare country names; the state wins
    assert actors.resolve("Colombia", D2024).code == "COL"
    assert actors.resolve("Greece", D2024).code == "GRC"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Malian junta", "MLIMIL"),
        ("Niger's military rulers", "NERMIL"),
        ("Pakistani intelligence officials", "PAKGOV"),
        ("Congolese militiamen", "CODREB"),
    ],
)
def test_sectors_follow_the_project_conventions(actors, phrase, code):
    assert actors.resolve(phrase, D2024).code == code
