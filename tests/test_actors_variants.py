"""One normaliser of spelling variants, used when tables load and when text is matched."""

from datetime import date

import pytest

from brinkwatch.actors import ActorDictionary, default_dictionary
from brinkwatch.actors.keys import token_key

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
