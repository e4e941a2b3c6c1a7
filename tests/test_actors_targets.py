"""Targets a sentence names without a dictionary phrase of its own: a part of a state owned by a pronoun,
an object pronoun, a person titled by office whom no table knows. Sentences written for these tests."""

from __future__ import annotations

from brinkwatch import code_text

PUBLISHED = "2020-06-01"


def events(text: str) -> list:
    return code_text(text, published=PUBLISHED, outlet="Test Wire")


def codes(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.cameo_root, e.target.code if e.target else None) for e in events(text)}


# ---- a pronoun owns a part of a state -----------------------------------------------------------------
def test_their_government_is_the_owners_state_government():
    assert ("SYRREB", "11", "SYRGOV") in codes("Syrian rebels accused their government of torturing prisoners.")


def test_his_army_is_the_owners_state_military():
    assert ("RUSGOV", "05", "RUSMIL") in codes("Vladimir Putin praised his army for its discipline.")


def test_people_of_his_country_are_the_owners_civilians():
    assert ("INDGOV", "05", "INDCVL") in codes("Narendra Modi thanked the people of his country for their patience.")


def test_owned_word_that_is_no_sector_stays_the_owner():
    # "his proposal" is his own: the owner, not a part of his state, and no target beside the source
    found = codes("Vladimir Putin defended his proposal on Tuesday.")
    assert all(target != "RUSMIL" for _, _, target in found)


# ---- object pronouns ----------------------------------------------------------------------------------
def test_object_pronoun_is_the_person_named_before_it():
    assert ("RUSGOV", "05", "CHNGOV") in codes("Vladimir Putin met Xi Jinping in Moscow on Monday and praised him warmly.")


def test_object_pronoun_is_never_its_own_clauses_subject():
    # "him" skips Putin, who praises, and stands for Xi, who spoke
    assert ("RUSGOV", "05", "CHNGOV") in codes("Xi Jinping said that Vladimir Putin had praised him.")


def test_object_pronoun_with_no_other_person_in_the_sentence_gives_no_event():
    # "him" was named before and is not resolved: an act with its target missing is dropped (precision first)
    assert codes("Vladimir Putin praised him on Tuesday.") == set()
    # a named object is the target
    assert any(target is not None for _, _, target in codes("Vladimir Putin praised Joe Biden on Tuesday."))


def test_object_pronoun_does_not_reach_past_an_unknown_person():
    # the nearest person is unknown, so "him" is not taken for Xi further back
    found = codes("Xi Jinping said that Vladimir Putin had met a businessman, Tomas Verhoek, and praised him.")
    assert all(target != "CHNGOV" for _, root, target in found if root == "05")


# ---- a person titled by office ------------------------------------------------------------------------
def test_titled_unknown_person_is_kept_unresolved_not_placed_by_the_sentence():
    found = [e for e in events("The Turkish government criticised judge Halvard Brenne over the ruling.") if e.cameo_root == "11"]
    assert found
    target = found[0].target
    assert target is not None and target.resolved_by == "unresolved" and target.kind == "person"
    assert "Halvard Brenne" in (target.name or target.text)
    assert target.country is None


def test_sector_word_for_a_body_before_a_name_is_no_person():
    # "bank X" names a bank, not a person: it is still read as the state's business
    found = codes("The European Union refused to lift sanctions on Russia's state bank Vostokbank.")
    assert any(target == "RUSBUS" for _, _, target in found)


def test_object_pronoun_passes_an_institution_word_to_the_person():
    # "the Senate" is no unknown name standing between "him" and the person
    assert ("USALEG", "17", "USAGOV") in codes("If Donald Trump lost, the Senate could disqualify him from office.")


# ---- a named person no table knows as the object -------------------------------------------------------
def test_named_person_object_of_an_accusation_is_kept_unresolved():
    found = [e for e in events("The Swedish government accused Tomas Verhoek of fraud.") if e.cameo_root == "11"]
    assert found and found[0].source.code == "SWEGOV"
    target = found[0].target
    assert target is not None and target.resolved_by == "unresolved" and target.kind == "person"
    assert target.text == "Tomas Verhoek" and target.code == ""
    assert found[0].unresolved


def test_named_object_of_a_verb_not_aimed_at_persons_is_no_target():
    # "rejected" is as often aimed at a plan or a prize as at a person: a capitalised object stays no one, and
    # the target is the state that owns the plan (a rejection with no target at all is withheld)
    found = [e for e in events("The Swedish government rejected Denmark's Nordic Harbour Link.") if e.cameo_root == "12"]
    assert found and found[0].target is not None and found[0].target.code == "DNK"
    assert found[0].target.kind != "person"


def test_named_body_as_object_is_no_person():
    found = events("The Swedish government accused Baltic Shipping Group of fraud.")
    assert all(e.target is None or e.target.kind != "person" for e in found)


# ---- the office written before a name ----------------------------------------------------------------
def _mentions(tmp_path, rows: str, text: str):
    from datetime import date

    from brinkwatch import nlp
    from brinkwatch.actors import ActorDictionary

    table = tmp_path / "namesakes.tsv"
    table.write_text(rows, encoding="utf-8")
    actors = ActorDictionary.load((table,))
    return [m.actor for m in actors.find_mentions(nlp.splitter()(text), date(2020, 6, 1))]


NAMESAKE = "Oskar Brandvold\tNOR\tperson\t-\t-\t-\t-\n"  # a person the table knows, with no office then


def test_title_before_a_name_with_no_office_gives_the_office(tmp_path):
    found = _mentions(tmp_path, NAMESAKE, "Norwegian police chief Oskar Brandvold questioned the suspects.")
    person = next(a for a in found if a.kind == "person")
    assert (person.code, person.resolved_by) == ("NORCOP", "title")


def test_former_title_gives_no_office(tmp_path):
    found = _mentions(tmp_path, NAMESAKE, "Former Norwegian police chief Oskar Brandvold questioned the suspects.")
    person = next(a for a in found if a.kind == "person")
    assert person.code == "NOR"


# ---- a sector word's state from a place named with it -----------------------------------------------
def test_small_towns_other_name_does_not_place_a_sector_word():
    # "Hall" is also a small German town's name: the people at a hall in London are Britain's
    found = codes("Britain said a gunman shot several people at Riverside Hall in London on Friday.")
    assert all(target != "DEUCVL" for _, _, target in found)
    assert any(target == "GBRCVL" for _, _, target in found)


# ---- a news outlet acted on ---------------------------------------------------------------------------
def test_outlet_as_object_is_its_states_media():
    assert ("INDGOV", "11", "USAMED") in codes("The Indian government criticised the New York Times over its report.")


def test_outlets_reporters_are_its_states_media():
    assert any(target == "USAMED" for _, root, target in codes("China expelled three Washington Post reporters."))


def test_outlet_name_is_no_place():
    # the letters of an outlet's name are read as the outlet, not as a town that shares them
    found = codes("Russia banned the BBC on Friday.")
    assert found and all(target == "GBRMED" for _, _, target in found)


def test_outlet_that_reports_is_never_the_source():
    found = codes("Reuters reported that Iran had seized a tanker.")
    assert all(source != "GBRMED" for source, _, _ in found)


def test_outlet_table_rows_all_have_a_media_code(actors):
    assert actors.outlet_code("Fox News") == "USAMED" and actors.outlet_code("Xinhua") == "CHNMED"
    assert all(code.endswith("MED") and len(code) == 6 for code in actors.outlet_codes.values())


def test_village_sharing_a_word_of_a_bodys_name_does_not_place_it():
    # "Justice" is also a small US town: the court of Peru is Peru's judiciary
    found = codes("The High Court of Justice of Peru ordered the release of five activists.")
    assert any(source == "PERJUD" for source, _, _ in found)
    assert all(source != "USAJUD" for source, _, _ in found)


# ---- sector words with an "of" phrase that names no one --------------------------------------------------
def test_of_phrase_naming_no_one_leaves_the_sector_word_its_state():
    # "police of brutality": the "of" phrase is the charge, so the police are the Hong Kong police named
    assert ("HKGOPP", "11", "HKGCOP") in codes("Hong Kong protesters accused police of brutality during the march.")


def test_puerto_rican_is_of_the_united_states():
    # the reference nationality list files Puerto Rico under the United States
    assert any(source == "USAGOV" for source, _, _ in codes("The Puerto Rican governor criticised the Cuban government."))


def test_the_state_of_a_region_is_its_countrys_government():
    found = codes("The ACLU filed a lawsuit against the state of Oregon over the new voting law.")
    assert any(target == "USAGOV" for _, root, target in found if root == "11")


def test_a_state_of_emergency_is_no_government():
    found = events("Israel declared a state of emergency in the south.")
    assert all(e.target is None or e.target.resolved_by != "region" for e in found)


# ---- a bare participle clause is passive -----------------------------------------------------------------
def test_participle_clause_subject_is_the_one_acted_on_not_the_doer():
    # the man is charged, not charging: no event has him as the source of the charge
    found = codes("A Canadian man appeared in court on Monday, charged with fraud.")
    assert all(not (source is not None and source.startswith("CAN") and root == "17") for source, root, _ in found)
