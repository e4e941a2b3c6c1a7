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


def test_help_received_is_given_by_its_sender():
    assert _triples("Armenia received a new batch of Russian rifles on Tuesday.", ON) == {("RUS", "072", "ARM")}
    assert _triples("Armenia received rifles from Russia.", ON) == {("RUS", "072", "ARM")}
    # the receiver is never the giver: with no giver named, nothing
    assert story_events("Armenia received new rifles on Tuesday.", ON) == []
    # help named as a noun, in a shipment
    assert _triples("Chad received a shipment of French assistance.", ON) == {("FRA", "070", "TCD")}


def test_a_rally_outside_a_building_is_held_there():
    # "outside" read as an adjective made "parliament" the rally's object, and a rally with one no protest
    events = story_events("Thousands rallied outside parliament in Yerevan on Monday.", ON)
    assert [(e.source.code, e.cameo_code) for e in events] == [("ARMOPP", "141")]


def test_data_is_the_data_the_rows_name():
    # the model lemmatises "data" to "datum"; rows are written with the word as used
    assert _triples("Estonia passed data on Russian hackers to Finland.", ON) == {("EST", "064", "FIN")}


def test_information_is_shared_with_a_partner_not_with_its_topic():
    assert _triples("Estonia shared data on Russian hackers with Finland.", ON) == {("EST", "064", "FIN")}
    assert _triples("Poland and Lithuania began sharing radar data on Belarusian drone flights.", ON) == {
        ("POL", "064", "LTU"), ("LTU", "064", "POL")}


def test_proceedings_are_aimed_at_the_party_named_not_at_the_court():
    assert _triples("Chile instituted proceedings against Bolivia at the International Court of Justice.", ON) == {
        ("CHL", "115", "BOL")}


def test_a_thing_described_by_who_published_it_is_no_statement():
    assert story_events("The divers found the wreck using data released by the U.S. Navy.", ON) == []
    assert [e.cameo_code for e in story_events("The U.S. Navy released data on the wreck on Monday.", ON)] == ["010"]


def test_a_crowd_in_towns_named_by_their_state_is_that_states():
    assert _triples("Thousands marched in several Iraqi cities on Friday.", ON) == {("IRQOPP", "141", "IRQ")}


def test_imposing_again_is_imposing():
    assert _triples("Washington reimposed sanctions on Iran's oil sector.", ON) == {("USAGOV", "163", "IRN")}


def test_a_branch_of_a_group_is_the_group_not_the_land_it_works_in():
    events = story_events("A suicide bomber from Islamic State's Afghan affiliate blew himself up outside a mosque in "
                          "Herat on Friday, killing 20 worshippers.", ON)
    assert {e.source.code for e in events} == {"IMGISI"}
    events = story_events("The Syrian branch of al-Qaeda attacked an army post near Idlib.", ON)
    assert {e.source.code for e in events} == {"IMGALQ"}


def test_that_same_day_ties_an_act_to_the_day_told_however_far_back():
    published = date(2019, 7, 20)
    events = story_events("On July 2, Trump met Macron in Paris. The next day, Germany condemned Russia.", published)
    assert [(e.cameo_code, e.event_date, e.modality) for e in events] == [
        ("042", "2019-07-02", "asserted"), ("111", "2019-07-03", "asserted")]
    # a day years back: the act tied to it is recalled
    events = story_events("On July 2, 2015, Trump met Macron in Paris. That same day, Germany condemned Russia.",
                          published)
    assert [(e.cameo_code, e.event_date, e.modality) for e in events] == [
        ("042", "2015-07-02", "historical"), ("111", "2015-07-02", "historical")]
    # with no tie, an undated act told 18 days after the last date is the story's news
    events = story_events("On July 2, Trump met Macron in Paris. Germany condemned Russia.", published)
    assert events[-1].event_date == "2019-07-20"
