"""User tables over the shipped ones, and the provenance every actor keeps (offsets and table row)."""

from datetime import date

import pytest

from brinkwatch import nlp
from brinkwatch.actors import ActorDictionary, default_dictionary, is_person
from brinkwatch.errors import DictionaryError
from brinkwatch.model import Document
from brinkwatch.pipeline import Pipeline

D2024 = date(2024, 6, 1)


def load(tmp_path, text, name="mine.tsv"):
    table = tmp_path / name
    table.write_text(text, encoding="utf-8")
    return ActorDictionary.load((table,)), str(table)


def test_user_row_wins_over_the_shipped_row_for_the_same_phrase(tmp_path):
    # the shipped tables know Hezbollah as an armed group; this user codes it as a party
    actors, path = load(tmp_path, "Hezbollah\tLBNPTY\torg\n")
    found = actors.resolve("Hezbollah", D2024)
    assert (found.code, found.row) == ("LBNPTY", f"{path}:1")


def test_user_phrase_starting_with_the_matches(tmp_path):
    actors, _ = load(tmp_path, "the Northern Alliance\tAFGREB\torg\n")
    found = actors.resolve("Fighters of the Northern Alliance entered the valley.", D2024)
    assert found is not None and found.code == "AFGREB"


def test_people_of_a_user_table_are_persons_by_their_kind(tmp_path):
    actors, _ = load(tmp_path, "Maria Kowalczyk|Kowalczyk\tPOLGOV\tperson\n"
                               "Tomasz Nowicki|Nowicki\tPOLOPP\tperson\n", name="politicians.tsv")
    found = actors.find_mentions(nlp.splitter()("Kowalczyk attacked Nowicki over his record on Russia."), D2024)
    assert [(m.actor.code, is_person(m.actor)) for m in found][:2] == [("POLGOV", True), ("POLOPP", True)]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Ruritania\truritania\tcountry\n", "code"),
        ("Ruritania\tRUR\tnation\n", "unknown kind"),
        ("Ruritania\tRUR\tcountry\t2020-13-01\n", "date"),
        ("Ruritania\n", "columns"),
    ],
)
def test_bad_user_row_names_file_and_line(tmp_path, row, message):
    table = tmp_path / "broken.tsv"
    table.write_text("# my actors\nRuritania\tRUR\tcountry\n" + row, encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        ActorDictionary.load((table,))
    text = str(caught.value.one_line()) if hasattr(caught.value, "one_line") else str(caught.value)
    assert "broken.tsv" in text and "3" in text
    assert message in text


def test_every_mention_keeps_its_offsets_and_row():
    text = "On Monday, the Houthis fired a missile at a tanker. The Kremlin said Russia would respond."
    for mention in default_dictionary().find_mentions(nlp.splitter()(text), D2024):
        actor = mention.actor
        assert text[actor.start:actor.end] == actor.text
        assert actor.row and ".tsv:" in actor.row


def test_events_carry_actor_offsets_and_rows():
    text = "Hezbollah fired rockets at Israeli army posts on Sunday."
    (event, *_) = Pipeline.default().code_document(Document(text=text, published=D2024))
    assert text[event.source.start:event.source.end] == event.source.text
    assert event.source.row.startswith("organisations.tsv:")
    assert event.source.kind == "group"


def test_a_verbal_attack_between_persons_of_a_user_table_is_no_assault(tmp_path):
    from brinkwatch.pipeline import code_document

    table = tmp_path / "politicians.tsv"
    table.write_text("Maria Kowalczyk|Kowalczyk\tPOLGOV\tperson\nTomasz Nowicki|Nowicki\tPOLOPP\tperson\n",
                     encoding="utf-8")
    doc = Document(text="Kowalczyk attacked Nowicki over his record on Russia.", published=D2024)
    events = code_document(doc, actor_files=(str(table),))
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [("POLGOV", "POLOPP")]
    assert events[0].cameo_code[:2] == "11"  # criticism, as between persons: not the assault (19x) of states


def test_shipped_intelligence_services_and_parties_follow_the_project_sector_conventions():
    # gold README conventions: no SPY or PTY sector; services are government, a party out of power opposition
    found = default_dictionary().resolve("The Mossad and the CIA shared the files.", D2024)
    assert found is not None and found.code == "ISRGOV"
    party = default_dictionary().resolve("A Pakistani party leader spoke.", D2024)
    assert party is not None and party.code == "PAKOPP"
