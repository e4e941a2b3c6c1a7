"""Constructions found missing in the thirteenth session (known gaps listed by the twelfth session's helpers),
fixed as general rules and rows. Sentences here are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_triples as _triples

ON = date(2024, 5, 1)


def test_leaving_a_pact_named_by_its_name_needs_no_partner():
    assert _triples("Canada withdrew from the Kyoto Protocol on Monday.", ON) == {("CAN", "160", None)}
    assert _triples("Moscow pulled out of the Open Skies Treaty.", ON) == {("RUSGOV", "160", None)}
    # a pact with no name leans on a partner told before: without one it stays out
    assert _triples("The country withdrew from the deal.", ON) == set()
    # a partner named is still the target
    assert _triples("Washington pulled out of the nuclear deal with Iran.", ON) == {("USAGOV", "160", "IRN")}


def test_a_body_putting_out_a_member_state_reduces_relations():
    assert _triples("The Council of Europe expelled Russia on Wednesday.", ON) == {("IGOEURCOE", "160", "RUS")}
    assert _triples("The African Union suspended Gabon after the coup.", ON) == {("IGOAFRAFU", "160", "GAB")}
    # people driven out are still expelled (174)
    assert _triples("Tunisia expelled Libyan migrants.", ON) == {("TUN", "174", "LBYCVL")}


def test_an_act_undone_at_someone_s_urging_is_not_the_act_itself():
    # "drop charges" presses no charges (was 173 through the row "press charge")
    triples = _triples("Washington pressed Egypt to drop charges against the activists.", ON)
    assert triples and all(code.startswith("02") for _, code, _ in triples)


def test_rescue_and_medical_teams_sent_abroad_are_aid():
    assert _triples("Turkey sent rescue teams to Syria after the earthquake.", ON) == {("TUR", "073", "SYR")}
    assert _triples("Japan dispatched a medical team to Turkey.", ON) == {("JPN", "073", "TUR")}
    # a sports team sent anywhere is still no event
    assert _triples("Brazil sent its football team to Qatar.", ON) == set()


def test_a_sea_or_strait_is_no_unresolved_person():
    assert _triples("China sent warships to the South China Sea.", ON) == {("CHN", "154", None)}


def test_large_companies_are_businesses_of_their_home_state():
    assert _triples("Moldova demanded that Gazprom restore gas flows to the country.", ON) == {
        ("MDA", "1011", "RUSBUS")}
    assert ("USAGOV", "163", "IRNBUS") in _triples(
        "The US Treasury sanctioned Mahan Air for flying weapons to Syria.", ON)
    # a platform named as where someone speaks is no party
    assert _triples("Zelensky said on Telegram that Ukraine had received new air defence systems.", ON) == set()
    # a name shared with a person keeps the person: "Meta" alone is no company
    assert all(s != "USABUS" for s, _, _ in _triples("Albanian President Ilir Meta met Serbian leaders.", ON))


def test_an_adjective_of_result_is_the_particle_of_its_row():
    # "shot dead" (acomp "dead") is a killing, not only shooting (193)
    assert _triples("Pakistani gunmen shot dead a police officer in Karachi.", ON) == {("PAKREB", "1823", "PAKCOP")}


def test_rows_added_by_the_thirteenth_session_helpers():
    assert _triples("Colombia pulled its ambassador from Israel.", ON) == {("COL", "161", "ISR")}
    assert {code for _, code, _ in _triples("China cast a veto against the draft resolution on Myanmar.", ON)} == {"129"}
    assert _triples("Saudi Arabia rallied to the defence of Qatar.", ON) == {("SAU", "052", "QAT")}
    assert _triples("Armenia ceded four border villages to Azerbaijan.", ON) == {("ARM", "0874", "AZE")}
    assert _triples("Pakistan lobbied the IMF for a new bailout.", ON) == {("PAK", "0231", "IGOIMF")}
    # look-alikes the helpers checked stay out
    assert _triples("Germany fell back behind France in the medal standings.", ON) == set()
