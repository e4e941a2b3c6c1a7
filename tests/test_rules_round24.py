"""Constructions found missing in the fourteenth session, fixed as general rules and rows. Sentences here are
written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_triples as _triples

ON = date(2024, 5, 1)


def test_drills_held_together_are_military_cooperation_whatever_the_verb():
    # "staged" is lemmatised "stag"; "joint" hangs on "military", not on "drills"
    assert _triples("Egyptian and Saudi warships staged joint naval drills in the Red Sea.", ON) == {
        ("EGYMIL", "062", "SAUMIL"), ("SAUMIL", "062", "EGYMIL")}
    assert _triples("India and France began their annual joint military exercises on Monday.", ON) == {
        ("IND", "062", "FRA"), ("FRA", "062", "IND")}
    # one state's drills stay a show of force
    assert _triples("Iran staged large-scale air defence drills on Monday.", ON) == {("IRN", "150", None)}


def test_killing_a_named_public_figure_is_an_assassination():
    triples = _triples("An Israeli strike killed Hamas leader Ismail Haniyeh in Tehran.", ON)
    assert triples and all(code == "186" for _, code, _ in triples)
    # unnamed victims keep the code of the force used
    assert _triples("Russian forces killed two Ukrainian soldiers near Bakhmut.", ON) == {("RUSMIL", "190", "UKRMIL")}
    # a means named keeps its own code
    triples = _triples("US forces killed Iranian General Qassem Soleimani in an airstrike in Baghdad.", ON)
    assert triples and all(code == "195" for _, code, _ in triples)


def test_a_beating_given_by_a_weapon_is_the_weapon_s_use():
    triples = _triples("Kharkiv's power plants were battered overnight by Russian drones.", ON)
    assert triples and all(code == "195" for _, code, _ in triples)


def test_giving_in_to_calls_for_something_accedes_to_it():
    assert _triples("Iraq's government bowed to protesters' calls for reform on Sunday.", ON) == {
        ("IRQGOV", "083", "IRQOPP")}
    assert _triples("The Peruvian government gave in to opposition demands for early elections.", ON) == {
        ("PERGOV", "0831", "PEROPP")}
    assert _triples("Myanmar's junta heeded calls for the release of political prisoners.", ON) == {
        ("MMRMIL", "084", "MMROPP")}
    # pressure with no content stays a bare concession
    assert _triples("Serbia bowed to pressure from the European Union.", ON) == {("SRB", "080", "IGOEUREEC")}


def test_receiving_a_deployment():
    assert _triples("Haiti welcomed the first contingent of Kenyan police officers.", ON) == {("HTI", "0861", "KENCOP")}
    assert _triples("A battalion of Kenyan troops was received in Goma by Congolese officials.", ON) == {
        ("CODGOV", "0861", "KENMIL")}
