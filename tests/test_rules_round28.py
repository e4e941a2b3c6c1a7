"""Constructions found missing or wrong in the eighteenth session (audit Y on unseen text and the probe's dev
split), fixed as general rules and rows. Sentences here are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_events as _events
from coded_story import story_triples as _triples

from brinkwatch.actors.dictionary import ActorDictionary

ON = date(2024, 5, 1)


def test_usual_spellings_of_nationalities_name_their_states():
    actors = ActorDictionary.load()
    for word, code in [("Maldivian", "MDV"), ("Uzbek", "UZB"), ("Icelandic", "ISL"), ("Slovenian", "SVN"),
                       ("Ecuadorian", "ECU"), ("Argentinian", "ARG"), ("Nepali", "NPL"), ("Cape Verdean", "CPV"),
                       ("Northern Ireland", "GBR"), ("Tobago", "TTO")]:
        found = actors.resolve(word, None)
        assert found is not None and found.code == code, word
    assert _triples("The Maldivian government held talks with the rebels.", ON) == {
        ("MDVGOV", "046", "MDVREB"), ("MDVREB", "046", "MDVGOV")}


def test_a_house_arrest_is_no_legislature_and_a_capital_house_still_is():
    triples = _triples("Kenyan police placed the opposition leader under house arrest.", ON)
    assert triples == {("KENCOP", "173", "KENOPP")}
    events = _events("The US House condemned Russia on Monday.", ON)
    assert [(e.source.code, e.cameo_code) for e in events] == [("USALEG", "111")]


def test_representatives_are_no_legislature_and_a_deputy_is_an_official():
    triples = _triples("Talks between Morocco and Panamanian representatives resumed in Rabat.", ON)
    assert triples == {("MAR", "046", "PANGOV"), ("PANGOV", "046", "MAR")}
    assert not any(t[2].endswith("COP") for t in _triples(
        "The Sudanese president announced the resignation of his deputy.", ON))
    assert _triples("Russian Deputy Foreign Minister Ivan Petrov criticised Japan.", ON) == {("RUSGOV", "111", "JPN")}


def test_the_matter_after_over_is_no_party_but_its_place_is():
    assert _triples("Relations were strained by US sanctions over the Ukraine crisis.", ON) == set()
    assert _triples("Indonesia's foreign minister expressed deep concern over the violence in Laos.", ON) == {
        ("IDNGOV", "012", "LAO")}
    assert _triples("The EU imposed sanctions on Belarus over the crackdown on protesters.", ON) == {
        ("IGOEUREEC", "163", "BLR")}
    # whose the matter is comes before where it is
    assert _triples("The UN voiced alarm over Israel's war in Gaza.", ON) == {("IGOUNO", "012", "ISR")}


def test_a_stance_held_since_an_earlier_year_is_no_new_act():
    assert _triples("Israel has opposed the extension of UN supervision in the territories since 2010.", ON) == set()
    assert _triples("Moscow has backed Serbia since the 1990s.", ON) == set()
    # a superlative's "since" only ranks the act
    assert _triples("Russia has made its first visit to Fiji since 2010.", ON) == {("RUS", "042", "FJI")}
    # this year's acts are news
    assert _triples("Moscow has backed Serbia at the UN this week.", ON) == {("RUSGOV", "051", "SRB")}
    # attacks since an earlier year are still attacks
    assert _triples("Hezbollah has fired rockets at Israel since October 2023.", ON) == {("LBNREB", "195", "ISR")}


def test_a_charge_denied_in_a_relative_clause_answers_whoever_made_it():
    assert ("XKXGOV", "016", "SRB") in _triples(
        "Serbia accused Kosovo of attacking its police, a charge Pristina denied.", ON)
    assert ("UKRGOV", "016", "RUSGOV") in _triples(
        "The Kremlin accused Ukraine of attacking the city with drones, a charge Kyiv denied.", ON)
    assert ("XKXGOV", "016", "SRBGOV") in _triples(
        "The Serbian president said Kosovo had armed the gangs, a claim denied by Pristina.", ON)


def test_police_force_on_their_own_people_is_repression():
    assert _triples("Kenyan riot police stormed a square in Nairobi with tear gas, injuring ten people.", ON) == {
        ("KENCOP", "175", "KENCVL")}
    assert _triples("Kenyan troops fired on villagers in Kisumu.", ON) == {("KENMIL", "193", "KENCVL")}
    # one armed man shot is no crowd repressed
    assert _triples("Police in Pakistan shot dead a man who attacked a church.", ON) == {("PAKCOP", "193", "PAKCVL")}


def test_saying_a_party_is_to_blame_for_a_harm_accuses_it():
    assert _triples("The British prime minister told parliament it was highly likely that Iran was responsible for "
                    "the attack on the tanker.", ON) == {("GBRGOV", "112", "IRN")}
    assert _triples("The US president said there was no doubt that Moscow was responsible for the death of the "
                    "dissident.", ON) == {("USAGOV", "112", "RUSGOV")}
    # a duty is no blame, and a doubt is no claim
    assert _triples("The Iraqi minister said Iran was responsible for security in the region.", ON) == set()
    assert _triples("The US president said there was some doubt that Moscow was responsible for the death of the "
                    "dissident.", ON) == set()


def test_an_abbreviated_or_listed_state_shares_the_organ_word_of_its_coordination():
    assert _triples("U.S. and Russian officials held talks in Geneva.", ON) == {
        ("USAGOV", "046", "RUSGOV"), ("RUSGOV", "046", "USAGOV")}
    assert _triples("British, French and German troops entered Mali.", ON) == {
        ("GBRMIL", "192", "MLI"), ("FRAMIL", "192", "MLI"), ("DEUMIL", "192", "MLI")}
    # a state named in full is the state
    assert ("RUS", "040", "CHNGOV") in _triples("Russia and Chinese officials met.", ON)


def test_a_case_brought_at_a_court_is_aimed_at_the_party_it_accuses():
    assert _triples("Ghana filed a case at the International Court of Justice accusing Togo of violating the "
                    "border treaty.", ON) == {("GHA", "115", "TGO")}


def test_a_participle_on_the_acts_noun_and_a_readiness_are_dated_with_them():
    events = _events("A suicide bomb attack targeting a Nairobi mall early Friday killed at least 44 people.", ON)
    assert [e.event_date for e in events] == ["2024-04-26"]
    events = _events("The Kenyan president said on Friday that Kenya was ready to work with Uganda.", ON)
    assert [e.event_date for e in events] == ["2024-04-26"]


def test_claims_dismissed_as_baseless_are_denied_even_when_misread_as_a_clause():
    assert _triples("Iran's foreign ministry dismissed as baseless U.S. claims that Tehran was responsible for "
                    "attacks on two tankers.", ON) == {("IRNGOV", "016", "USA")}
    assert _triples("Poland rejected as baseless Belarusian claims that its troops crossed the border.", ON) == {
        ("POL", "016", "BLR")}
    assert _triples('Poland rejected as "baseless" Belarusian accusations that its troops crossed the border.', ON) == {
        ("POL", "016", "BLR")}
    # a claim to land stays a rejection
    assert _triples("China rejected Vietnamese claims to the islands.", ON) == {("CHN", "120", "VNM")}


def test_fighting_that_broke_out_between_two_sides_is_each_sides_force():
    assert _triples("Fighting erupted in Khartoum between the army and the paramilitary Rapid Support Forces.", ON) == {
        ("SDNMIL", "190", "SDNREB"), ("SDNREB", "190", "SDNMIL")}
    assert _triples("Clashes broke out between Indian and Pakistani troops along the border.", ON) == {
        ("INDMIL", "190", "PAKMIL"), ("PAKMIL", "190", "INDMIL")}


def test_the_dead_of_a_clash_with_a_side_are_that_sides_victims():
    assert _triples("Twenty Indian soldiers were killed in a clash with Chinese troops.", ON) == {
        ("CHNMIL", "190", "INDMIL")}


def test_leaving_an_international_body_cuts_ties_with_it():
    assert _triples("The United States pulled out of the UN Human Rights Council.", ON) == {("USA", "160", "IGOUNO")}
    assert _triples("Russian troops withdrew from Kherson.", ON) == {("RUSMIL", "0874", "UKR")}


def test_forces_a_people_leads_are_no_army():
    assert _triples("Turkey launched an offensive against Kurdish-led forces in northeast Syria.", ON) == {
        ("TUR", "190", "SYRREB")}
    assert ("USAMIL", "190", "IRQ") in _triples("US-led forces struck targets in Iraq.", ON)


def test_a_bodys_resolution_says_what_the_body_does():
    assert _triples("The UN General Assembly adopted a resolution demanding that Russia withdraw its troops.", ON) == {
        ("IGOUNO", "106", "RUS")}
    assert _triples("The European Parliament passed a resolution calling on Hungary to respect the rule of law.",
                    ON) == {("IGOEUREEC", "020", "HUN")}
    # adopting one is no agreement with whoever it names
    assert not any(t[1] == "057" for t in _triples(
        "The Security Council adopted a resolution condemning the attack on the embassy in Kabul.", ON))
    # states' joint resolution is an agreement between them
    assert _triples("India and Pakistan adopted a joint resolution on trade.", ON) == {
        ("IND", "057", "PAK"), ("PAK", "057", "IND")}


def test_regions_of_the_americas_are_no_united_states():
    assert _triples("The WTO filed a complaint against the Central American nation of El Salvador.", ON) == {
        ("IGOWTO", "114", "SLV")}
    assert _triples("Mexico praised South American governments.", ON) == set()


def test_police_departments_are_police_and_a_participle_keeps_the_organ():
    assert _triples("United States police departments arrested hundreds of protesters.", ON) == {
        ("USACOP", "173", "USAOPP")}
    assert _triples("Russian occupying troops shelled the town of Kherson.", ON) == {("RUSMIL", "194", "UKR")}
    # after a state's name the participle is the verb
    events = _events("Indonesia deployed fighter jets to the Natuna Islands.", ON)
    assert [(e.source.code, e.cameo_code) for e in events] == [("IDN", "154")]


def test_a_statement_whose_participle_says_what_it_does_is_that_act():
    assert _triples("The Chinese foreign ministry issued a statement condemning the Japanese government.", ON) == {
        ("CHNGOV", "111", "JPNGOV")}


def test_deputies_are_lawmakers_and_a_deputy_an_official():
    assert _triples("Lebanese deputies met the Iranian ambassador.", ON) == {("LBNLEG", "040", "IRNGOV")}
