"""A bare sector word in a story ("Police said ...", "the government", "the protesters") takes the state of an
earlier mention of the same sector that named its state in its own words, never the story's most named
state or a place where things happen (issue 9). Sentences written for these tests."""

from __future__ import annotations

from brinkwatch import code_text
from brinkwatch.actors.matcher import ANTECEDENT_WINDOW, find_mentions

PUBLISHED = "2020-06-01"


def events(text: str) -> list:
    return code_text(text, published=PUBLISHED, outlet="Test Wire")


def sources(text: str) -> list[tuple[str, str]]:
    """(source code, resolved_by) of every event, in order."""
    return [(e.source.code, e.source.resolved_by) for e in events(text) if e.source is not None]


def mentions(actors, nlp, text: str) -> dict[str, tuple[str, str]]:
    """Each mention's text -> (code, resolved_by) (the last of a repeated text wins)."""
    doc = nlp(text)
    return {m.actor.text: (m.actor.code, m.actor.resolved_by) for m in find_mentions(actors, doc)}


# ---- the rule -----------------------------------------------------------------------------------------
def test_bare_police_is_the_state_of_the_earlier_police():
    found = sources("Moldovan police dispersed a rally in Chisinau on Saturday. Police detained nine opposition "
                    "activists.")
    assert ("MDACOP", "antecedent") in found


def test_the_government_is_the_state_of_the_earlier_government():
    found = sources("The Peruvian government declared a curfew on Monday. The government also accused Chile of "
                    "hoarding vaccines.")
    assert ("PERGOV", "antecedent") in found
    accusation = [e for e in events("The Peruvian government declared a curfew on Monday. The government also "
                                    "accused Chile of hoarding vaccines.") if e.cameo_root == "11"]
    assert accusation and accusation[0].target is not None and accusation[0].target.code == "CHL"


def test_the_protesters_are_those_named_with_their_state_before(actors, nlp):
    found = mentions(actors, nlp, "Thai protesters gathered outside parliament. Later the protesters marched on.")
    assert found["the protesters"] == ("THAOPP", "antecedent")


def test_entry_names_the_earlier_mention(actors, nlp):
    doc = nlp("Kenyan soldiers crossed the river at dawn. By noon the army had left.")
    army = [m for m in find_mentions(actors, doc) if m.actor.text == "the army"]
    assert army and army[0].actor.code == "KENMIL"
    assert "Kenyan soldiers" in (army[0].actor.entry or "")


def test_police_in_a_city_names_its_state_for_later_police(actors, nlp):
    found = mentions(actors, nlp, "Police in Nairobi fired tear gas on Tuesday. Police said 30 people were hurt.")
    assert found["Police"] == ("KENCOP", "antecedent")


# ---- where it must not apply -----------------------------------------------------------------------
def test_no_antecedent_no_actor(actors, nlp):
    # the story names Moldova, but never a Moldovan police: the state is only where things happen
    found = mentions(actors, nlp, "A rally was held in Moldova on Saturday. Police detained nine organisers.")
    assert "Police" not in found


def test_another_sector_is_no_antecedent(actors, nlp):
    found = mentions(actors, nlp, "The Moldovan government banned the rally. Police detained nine organisers.")
    assert "Police" not in found


def test_two_states_of_the_same_sector_leave_the_word_unresolved(actors, nlp):
    text = "Greek police met Turkish police at the border. Police said the talks went well."
    assert "Police" not in mentions(actors, nlp, text)


def test_a_word_that_names_its_own_place_is_left_to_its_sentence(actors, nlp):
    text = "Serbian police closed the road. Police in Zagreb said two men were held."
    assert ("SRBCOP", "antecedent") not in mentions(actors, nlp, text).values()


def test_foreign_and_owned_words_are_not_the_antecedents_state(actors, nlp):
    text = "The Peruvian government declared a curfew. Foreign governments and their own police objected."
    found = mentions(actors, nlp, text)
    assert all(resolved != "antecedent" for _, resolved in found.values())


def test_too_far_back_is_no_antecedent(actors, nlp):
    filler = " ".join(["The weather was cold and the roads were wet."] * (ANTECEDENT_WINDOW // 10 + 2))
    text = f"Moldovan police dispersed a rally. {filler} Police detained nine organisers."
    assert "Police" not in mentions(actors, nlp, text)


def test_a_sentence_set_in_another_state_drops_the_antecedent():
    found = sources("Serbian police closed the border road. In Zagreb, police arrested two Serbian men.")
    assert ("SRBCOP", "antecedent") not in found


def test_a_state_acted_on_keeps_the_antecedent():
    found = sources("The Peruvian government declared a curfew. The government accused Bolivia of smuggling.")
    assert ("PERGOV", "antecedent") in found


def test_a_word_that_only_describes_a_noun_is_no_actor():
    # "the court ruling" is a thing the court made: no act of the court's by antecedent
    found = sources("A Peruvian court jailed the former mayor on Monday. The court ruling criticised the police.")
    assert all(resolved != "antecedent" and resolved != "sector+place" for _, resolved in found)


def test_a_title_before_a_name_is_no_body(actors, nlp):
    found = mentions(actors, nlp, "The United States Senate met on Monday. Senator Ada Kline spoke first.")
    assert all(resolved != "antecedent" for _, resolved in found.values())
