"""One normaliser of spelling variants, used when tables load and when text is matched."""

from datetime import date

import pytest

from brinkwatch import nlp
from brinkwatch.actors import ActorDictionary, default_dictionary
from brinkwatch.actors.keys import spelling_key, token_key

D2024 = date(2024, 6, 1)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Qaida", "Qaeda"),
        ("Mohammed", "Muhammad"),
        ("Mohamed", "Mohammad"),
        ("Hizbollah", "Hezbollah"),
        ("Sana\u2019a", "Sanaa"),
        ("Zelenskyy", "Zelenskiy"),
        ("Gaddafi", "Qadhafi"),
        ("Élysée", "Elysee"),
    ],
)
def test_variants_share_one_key(one, other):
    assert token_key(one) == token_key(other)


def test_distinct_words_keep_distinct_keys():
    assert token_key("Iran") != token_key("Iraq")
    assert token_key("all") != token_key("al")  # short words are left whole
    assert token_key("Russia's") != token_key("Russias")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Fighters loyal to al Qaida ambushed the convoy.", "IMGALQ"),
        ("Hizbullah fired rockets into northern Israel on Sunday.", "LBNREB"),
        ("The Huthis claimed the drone strike on the tanker.", "YEMREB"),
        ("Crown Prince Mohamed bin Salman received the delegation in Riyadh.", "SAUGOV"),
    ],
)
def test_variants_match_in_text(text, code):
    found = default_dictionary().resolve(text, D2024)
    assert found is not None and found.code == code


def test_variant_in_a_user_table_matches_the_usual_spelling(tmp_path):
    table = tmp_path / "mine.tsv"
    table.write_text("Jaysh al-Mahdi\tIRQREB\torg\n", encoding="utf-8")
    actors = ActorDictionary.load((table,))
    found = actors.resolve("Jaish al Mahdi gunmen clashed with police in Basra.", D2024)
    assert found is not None and found.code == "IRQREB"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kılıçdaroğlu", "Kilicdaroglu"),  # Turkish dotless i, which Unicode does not decompose
        ("Støre", "Store"),
        ("Wałęsa", "Walesa"),
        ("O\u2019Rourke", "O'Rourke"),
        ("Bennett", "Bennet"),  # the token key forgives a doubled letter ...
    ],
)
def test_letters_without_decomposition_share_one_key(one, other):
    assert token_key(one) == token_key(other)


def test_spelling_key_keeps_what_tells_two_people_apart():
    # ... and the spelling key keeps it, to tell Senator Bennet from Prime Minister Bennett
    assert spelling_key("Bennett") != spelling_key("Bennet")
    assert spelling_key("Kılıçdaroğlu") == spelling_key("Kilicdaroglu")


def test_key_is_stable_when_applied_twice():
    # the matcher may pass a key where a word is expected: keying a key must change nothing
    for word in ("Mohammmed", "Hizbollah", "Zelenskyy", "U.S.", "Sana'a", "Kılıçdaroğlu", "Abbott"):
        assert token_key(token_key(word)) == token_key(word)


D2021 = date(2021, 9, 1)


def test_two_real_people_whose_names_share_a_key_do_not_collide():
    # Senator Michael Bennet and Prime Minister Naftali Bennett were both in office in 2021
    actors = default_dictionary()
    senator = actors.resolve("Michael Bennet pressed the Pentagon on the evacuation.", D2021)
    premier = actors.resolve("Naftali Bennett met the president in Washington.", D2021)
    assert (senator.code, senator.name) == ("USALEG", "Michael Bennet")
    assert (premier.code, premier.name) == ("ISRGOV", "Naftali Bennett")
    # the surname alone: its written spelling says which, and so does the title
    assert actors.surname_in_office("Bennett", D2021).name == "Naftali Bennett"
    assert actors.surname_in_office("Bennet", D2021).name == "Michael Bennet"
    assert actors.surname_in_office("Bennet", D2021, "Prime Minister").name == "Naftali Bennett"
    assert actors.surname_in_office("benet", D2021) is None  # a key alone cannot choose


def test_accented_and_plain_spellings_name_one_leader():
    actors = default_dictionary()
    plain = actors.resolve("Kemal Kilicdaroglu", date(2021, 4, 1))
    accented = actors.resolve("Kemal Kılıçdaroğlu", date(2021, 4, 1))
    assert plain is not None and accented is not None
    assert (plain.name, plain.code) == (accented.name, accented.code) == ("Kemal Kilicdaroglu", "TUROPP")


def test_one_word_alias_does_not_take_another_persons_spelling():
    # "Bennett" is the Israeli premier's alias; "Bennet", written so, is the US senator's surname
    found = default_dictionary().find_mentions(nlp.splitter()("Bennet pressed the Pentagon on the pullout."), D2021)
    assert all(m.actor.name != "Naftali Bennett" for m in found)
    found = default_dictionary().find_mentions(nlp.splitter()("Bennett met the president on Friday."), D2021)
    assert [m.actor.name for m in found][:1] == ["Naftali Bennett"]



def test_british_and_american_spellings_of_a_body_are_one_body():
    actors = default_dictionary()
    for british, american in (("Collective Security Treaty Organisation", "Collective Security Treaty Organization"),
                              ("the World Trade Organisation", "the World Trade Organization")):
        one, other = actors.resolve(british, D2021), actors.resolve(american, D2021)
        assert one is not None and other is not None, british
        assert one.code == other.code, british
