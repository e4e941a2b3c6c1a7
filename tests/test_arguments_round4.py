"""Arguments, round 4: words a lexicon row expects on the verb but the parser hangs elsewhere — a row's
preposition on the object noun ("opened an inquiry into ..."), a count noun ("the second round of talks"), a
modifier read with its head ("martial law", "critical remarks"), a compound that names a finer act ("war
crimes"), and "out of" after the object as the particle. Sentences written for these tests.

Rows the shipped lexicon may not hold yet are given to the coder as an extra dictionary file, so the tests
check the argument reading, not the lexicon."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from brinkwatch.coding import arguments as args
from brinkwatch.nlp import parser
from brinkwatch.pipeline import Document, code_document

EXTRA_ROWS = "\n".join((
    "121\tturn\tcooperation|collaboration|partnership\ton\thand\t\"Minsk turned its back on cooperation with Warsaw.\"",
    "1661\torder out\tpeacekeeper|peacekeeping|mission|force|contingent\t-\thand\t\"The junta ordered the peacekeepers out.\"",
    "0811\tlift\tpolitical activity|rally|protest|demonstration\ton\thand\t\"Nairobi lifted its curbs on political activity.\"",
    "111\tmake\tcriticism\t-\thand\t\"The minister made critical remarks about Ankara.\"",
)) + "\n"


@pytest.fixture(scope="module")
def rows(tmp_path_factory) -> str:
    path = Path(tmp_path_factory.mktemp("lex")) / "verbs_round4.tsv"
    path.write_text(EXTRA_ROWS, encoding="utf-8")
    return str(path)


def triples(text: str, rows: str | None = None) -> set[tuple[str | None, str, str | None]]:
    doc = Document(text=text, doc_id="t", outlet="Test Wire", published=date(2023, 5, 1))
    return {
        (e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None)
        for e in code_document(doc, lexicon_files=(rows,) if rows else ())
    }


def codes(text: str, rows: str | None = None) -> set[str]:
    return {code for _, code, _ in triples(text, rows)}


def verb_in(text: str, lemma: str):
    return next(t for t in parser()(text) if t.lemma_.lower() == lemma and t.pos_ == "VERB")


# ---- a row's preposition on the object noun ------------------------------------------------------------
def test_preposition_on_an_inquiry_noun_is_read_for_the_row():
    verb = verb_in("Kenya opened an inquiry into alleged war crimes.", "open")
    assert "crime" in args.complement_lemmas(verb, "into")
    assert "war" in args.complement_lemmas(verb, "into", compounds=True)


def test_preposition_on_a_ban_is_read_for_the_row():
    verb = verb_in("Cairo lifted its ban on opposition parties.", "lift")
    assert "party" in args.complement_lemmas(verb, "on")


def test_preposition_on_a_plain_object_is_not_read():
    # a tax is no carrier: what it is on is not what a "lift ... on" row names
    verb = verb_in("Kenya lifted the tax on fuel imports.", "lift")
    assert args.complement_lemmas(verb, "on") == set()


def test_inquiry_into_war_crimes_is_a_war_crimes_inquiry():
    found = codes("Kenya opened an inquiry into alleged war crimes by Ethiopia.")
    assert "094" in found and "090" not in found


def test_war_crimes_by_a_state_aim_the_inquiry_at_it():
    assert ("KEN", "094", "ETH") in triples("Kenya opened an inquiry into alleged war crimes by Ethiopia.")


def test_a_press_conference_about_concerns_aims_at_no_one():
    # "about" is followed only from remark nouns: worries about a state are no act on it
    found = triples("The two ministers held a press conference about Iranian meddling in the vote.")
    assert not any(t == "IRN" for _, _, t in found)


def test_turning_ones_back_on_cooperation_rejects_it(rows):
    assert ("HUN", "121", "IGOEUREEC") in triples("Hungary turned its back on cooperation with Brussels.", rows)


# ---- count nouns ---------------------------------------------------------------------------------------
def test_calling_off_a_round_of_negotiations_halts_them():
    assert ("ARM", "164", "AZE") in triples("Armenia called off the second round of negotiations with Azerbaijan.")


# ---- a modifier read with its head ---------------------------------------------------------------------
def test_declaring_martial_law_is_a_state_of_emergency():
    assert "1724" in codes("The Philippine president declared martial law on the island of Mindanao.")


def test_declaring_a_law_void_is_no_emergency():
    assert "1724" not in codes("Parliament declared the law unconstitutional.")


def test_lifting_martial_law_still_eases_it():
    assert "0814" in codes("Thailand lifted martial law.")


def test_critical_remarks_are_criticism_aimed_at_what_they_are_about(rows):
    assert ("ITAGOV", "111", "CHN") in triples("The Italian foreign minister made critical remarks about China.", rows)


def test_plain_remarks_stay_a_comment(rows):
    assert codes("The Italian foreign minister made remarks about China.", rows) == {"010"}


def test_curbs_on_political_activity_are_a_political_freedom(rows):
    assert "0811" in codes("Nairobi lifted its restrictions on political activity.", rows)


def test_a_ban_on_political_activity_is_read_beside_a_day_on_the_verb(rows):
    found = codes("Kenya's government lifted its ban on political activity on Monday, allowing parties to campaign.", rows)
    assert "0811" in found and "081" not in found


def test_curbs_on_economic_activity_are_not(rows):
    assert "0811" not in codes("Germany lifted its restrictions on economic activity.", rows)


# ---- a compound that names a finer act -----------------------------------------------------------------
def test_investigating_war_crimes_is_094_not_plain_crime():
    assert ("SWE", "094", "UKR") in triples("Sweden investigated war crimes in Ukraine.")


def test_a_modifier_of_another_family_does_not_recode():
    # "ceasefire" names a truce (087), the head an agreement (057): the head decides
    assert ("EGY", "057", "LBY") in triples("Egypt signed a ceasefire agreement with Libya.")


# ---- "out of" after the object -------------------------------------------------------------------------
def test_ordering_peacekeepers_out_of_the_country_expels_them(rows):
    assert "1661" in codes("Burundi ordered the peacekeepers out of the country.", rows)


def test_a_named_mission_ordered_out_is_read_by_its_compounds(rows):
    # the parser makes the name the head and "mission" a compound of it
    found = codes("Chad's junta ordered the UN peacekeeping mission UNMIC out of the country, telling the council "
                  "the force had failed to stop the rebels.", rows)
    assert "1661" in found and "174" not in found


def test_ordering_a_reporter_out_of_the_country_expels_a_person():
    assert ("RUS", "174", "GBRMED") in triples("Russia ordered the BBC reporter out of the country.")


def test_ordering_ones_own_troops_out_is_no_expulsion():
    found = codes("The general ordered his troops out of the city.")
    assert not any(code.startswith(("166", "174")) for code in found)
