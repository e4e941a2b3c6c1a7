"""Constructions found missing on the probe set's dev half in the tenth session (read by `--explain` on the
sentences that gave nothing), fixed as general rules and rows. Sentences here are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_events
from coded_story import story_triples as _triples

ON = date(2024, 5, 1)


def test_a_bare_verb_after_a_singular_subject_is_a_demand_whatever_the_tense_of_insist():
    # a subjunctive: "Stockholm pays" would be the fact insisted on
    assert _triples("Oslo has insisted that Stockholm pay more for the new bridge, Norwegian officials said.", ON) == {
        ("NORGOV", "100", "SWEGOV")}
    # a fact insisted on stays no demand
    assert story_events("The minister has insisted that the army acts within the law.", ON) == []


def test_the_state_an_object_is_put_in_counts_where_the_parser_hangs_it_on_the_object():
    events = story_events("Kim Jong Un ordered the army's artillery units on high alert on Friday.", ON)
    assert [(e.source.code, e.cameo_code) for e in events] == [("PRKGOV", "152")]


def test_standing_up_for_a_party_defends_it():
    assert _triples("Ankara stood up for Baku on Monday.", ON) == {("TURGOV", "052", "AZEGOV")}
    # "leapt": an irregular past the screen must know
    assert _triples("Hungary's premier leapt to the defence of Serbia's president.", ON) == {
        ("HUNGOV", "052", "SRBGOV")}
    assert story_events("The soldiers stood up for the anthem.", ON) == []


def test_ordering_people_to_leave_expels_them():
    assert _triples("Lithuania ordered two Belarusian diplomats to leave the country within five days.", ON) == {
        ("LTU", "161", "BLRGOV")}
    # telling one's own citizens to leave a war zone expels no one
    assert story_events("Kenya told its citizens to leave Sudan.", ON) == []


def test_help_cut_is_aimed_at_whom_it_was_earmarked_for():
    assert _triples("The State Department froze $95 million in aid earmarked for Egypt's army.", ON) == {
        ("USAGOV", "162", "EGYMIL")}


def test_part_of_a_group_acts_for_the_group():
    assert _triples("The Taliban said two of its fighters had ambushed an Afghan army convoy.", ON) == {
        ("AFGREB", "190", "AFGMIL")}
    # and suffers for it: the members killed are the group's, not the place's
    assert _triples("Al-Shabaab said four of its members were killed by Kenyan troops.", ON) == {
        ("KENMIL", "190", "SOMREB")}
