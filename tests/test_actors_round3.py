"""Actors on fresh real text, round 3 (issue 9): an outlet named again as "the network", a party's voters,
a politician's staff named with their possessive, a sentence-opening "he", criminals who smuggle people,
presidents of long ago in their own time, and Hong Kong's own government. Sentences written for these
tests."""

from __future__ import annotations

from brinkwatch import code_text
from brinkwatch.actors.matcher import find_mentions

PUBLISHED = "2020-06-01"


def events(text: str, published: str = PUBLISHED) -> list:
    return code_text(text, published=published, outlet="Test Wire")


def pairs(text: str, published: str = PUBLISHED) -> list[tuple[str, str | None, str]]:
    """(source code, target code, CAMEO code) of every event with a source."""
    return [(e.source.code, e.target.code if e.target else None, e.cameo_code)
            for e in events(text, published) if e.source is not None]


def mentions(actors, nlp, text: str) -> dict[str, tuple[str, str]]:
    doc = nlp(text)
    return {m.actor.text: (m.actor.code, m.actor.resolved_by) for m in find_mentions(actors, doc)}


# ---- 1. an outlet named again by a common noun ---------------------------------------------------------
def test_the_network_after_an_outlet_is_that_outlet_when_acted_on():
    found = events("Al Jazeera broadcast the interview on Monday. The Egyptian government later accused the "
                   "network of lying.")
    accusation = [e for e in found if e.cameo_root == "11"]
    assert accusation and accusation[0].target is not None
    assert accusation[0].target.code == "QATMED" and accusation[0].target.resolved_by == "outlet antecedent"


def test_the_broadcasters_possessive_is_the_outlet():
    found = pairs("CNN aired the debate. Mexico's foreign minister threatened the broadcaster's licence.")
    assert ("MEXGOV", "USAMED", "130") in [(s, t, c[:3]) for s, t, c in found]


def test_the_network_reporting_is_no_actor():
    # the outlet as the one who reports is the story's source, not an event's
    assert pairs("Al Jazeera aired the interview. The network accused the Egyptian government of censorship.") == []


def test_the_network_with_no_outlet_before_is_nobody(actors, nlp):
    found = mentions(actors, nlp, "The senator criticised the network for its coverage.")
    assert "the network" not in found


def test_a_network_of_things_is_no_outlet(actors, nlp):
    found = mentions(actors, nlp, "CNN aired the footage. Police raided the network of tunnels under the city.")
    assert "the network" not in found


# ---- 2. a party's voters -----------------------------------------------------------------------------
def test_a_lot_of_party_members_are_voters_not_the_party(actors, nlp):
    found = mentions(actors, nlp, "She urged every independent and a lot of Republicans to back the bill.")
    assert "Republicans" not in found


def test_the_party_itself_stays(actors, nlp):
    found = mentions(actors, nlp, "Republicans blocked the bill. Many Republicans in Congress opposed it.")
    assert found.get("Republicans", ("",))[0].startswith("USA")


# ---- 4. a politician's staff ---------------------------------------------------------------------------
def test_a_chief_of_staff_is_not_the_possessor():
    found = events("Governor Ron DeSantis signed the order amid protests. Ana Ruiz, DeSantis's chief of staff, also "
                   "criticised Mexico on Friday.")
    resignation = [e for e in found if e.trigger == "criticised"]
    assert resignation and resignation[0].source is not None
    assert resignation[0].source.text == "DeSantis's chief of staff" and resignation[0].source.code == "USAGOV"


def test_a_spokesman_is_left_to_the_coder(actors, nlp):
    found = mentions(actors, nlp, "Putin's spokesman criticised the sanctions.")
    assert "Putin" in found


# ---- 5. a sentence-opening "he" ------------------------------------------------------------------------
def test_he_opening_a_sentence_is_the_subject_before():
    found = events('Biden, while campaigning in Ohio, called Trump\'s decision "a disgrace". He described Trump\'s '
                   'move as "shameful."')
    described = [e for e in found if e.trigger == "described"]
    assert described and described[0].source is not None and described[0].source.code == "USAOPP"


def test_he_after_a_titled_subject():
    found = events("The former president Barack Obama praised Biden. He also criticised Trump.")
    criticism = [e for e in found if e.trigger == "criticised"]
    assert criticism and criticism[0].source.code == "USAELI"


def test_he_after_an_unknown_subject_is_nobody():
    found = events("Tomas Verhoek met Putin in Moscow. He criticised the sanctions.")
    assert not [e for e in found if e.trigger == "criticised" and e.source is not None and e.source.code]


# ---- 6. smugglers are criminals -------------------------------------------------------------------------
def test_people_smugglers_are_criminals(actors, nlp):
    found = mentions(actors, nlp, "Greek human traffickers were caught near the border.")
    assert found["Greek human traffickers"][0] == "GRCCRM"


# ---- 7. presidents of long ago -------------------------------------------------------------------------
def test_a_president_acting_in_his_own_term_is_the_government():
    found = events("In 1903, President Theodore Roosevelt threatened Colombia.", "2020-10-01")
    assert found and found[0].source.code == "USAGOV" and found[0].target.code == "COL"


def test_the_same_president_on_the_storys_date_is_former():
    found = events("Theodore Roosevelt criticised Colombia in 1905. Roosevelt praised Japan on Monday.", "2020-10-01")
    praise = [e for e in found if e.trigger == "praised"]
    assert praise and praise[0].source.code == "USAELI"
    criticism = [e for e in found if e.trigger == "criticised"]
    assert criticism and criticism[0].source.code == "USAGOV"


def test_a_year_only_partly_in_office_stays_former():
    found = events("In 1912, Theodore Roosevelt criticised Woodrow Wilson.", "2020-10-01")
    assert found and found[0].source.code == "USAELI"


def test_earlier_presidents_have_terms(actors):
    from datetime import date

    ref = actors.resolve("Calvin Coolidge", date(1925, 6, 1))
    assert ref is not None and ref.code == "USAGOV"
    assert actors.resolve("Calvin Coolidge", date(2020, 6, 1)).code == "USAELI"


# ---- Hong Kong's own government ------------------------------------------------------------------------
def test_the_government_after_hong_kong_is_not_chinas():
    found = pairs("The Chinese government warned the protesters on Monday. In Hong Kong, thousands marched again. "
                  "The government condemned the march.")
    assert not [p for p in found if p[0] == "CHNGOV" and p[2].startswith("11")]


def test_the_government_without_a_territory_keeps_its_state():
    found = pairs("The Chinese government warned Japan on Monday. The government also criticised South Korea.")
    assert ("CHNGOV", "KOR", "111") in found


def test_a_misspelt_nationality_is_still_the_state(actors, nlp):
    found = mentions(actors, nlp, "Officials met a Ukranian adviser to the board.")
    assert found["Ukranian"][0] == "UKR"


def test_he_after_two_spaces_is_the_subject_before():
    # news copy often leaves two spaces between sentences: the splitter starts the sentence at the space
    found = events('Biden, while campaigning in Ohio, called Trump\'s decision "a disgrace."  He described Trump\'s '
                   'move as "shameful."')
    described = [e for e in found if e.trigger == "described"]
    assert described and described[0].source is not None and described[0].source.code == "USAOPP"
