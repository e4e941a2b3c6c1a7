"""Constructions found missing or wrong in the seventeenth session (audit W on unseen text, the probe and blind
dev splits), fixed as general rules and rows. Sentences here are written for these tests."""

from __future__ import annotations

from datetime import date

from coded_story import story_events as _events
from coded_story import story_triples as _triples

ON = date(2024, 5, 1)


def test_who_asks_may_be_named_after_what_is_asked_for():
    triples = _triples("Calls for early elections from opposition parties were rejected by the Serbian president.", ON)
    assert ("SRBGOV", "1231", "SRBOPP") in triples
    assert _triples("The Greek government rejected demands for higher wages from the unions.", ON) == {
        ("GRCGOV", "120", "GRCLAB")}


def test_force_of_police_or_troops_on_protesters_is_repression():
    assert _triples("Police clashed with protesters in Lima on Sunday.", ON) == {("PERCOP", "175", "PEROPP")}
    triples = _triples("Kenya recalled its envoy after clashes between police and demonstrators in Nairobi.", ON)
    assert ("KENCOP", "175", "KENOPP") in triples and ("KENCOP", "190", "KENOPP") not in triples
    # against armed men it stays force
    assert ("PAKCOP", "190", "PAKREB") in _triples("Pakistani police clashed with Baloch separatists.", ON)


def test_police_are_of_the_place_they_act_in_not_of_a_foreign_people_there():
    assert _triples("Police arrested dozens of Ukrainian protesters in Moscow.", ON) == set()


def test_an_act_left_open_by_whether_is_considered():
    events = _events("The Kenyan government has yet to decide whether to expel the Somali ambassador.", ON)
    assert [(e.cameo_code, e.modality) for e in events] == [("161", "considered")]


def test_would_in_a_second_reported_clause_is_the_plan_told():
    events = _events("Blinken said the talks were going well and that he would be travelling to Beijing soon.", ON)
    assert [(e.source.code, e.cameo_code, e.modality) for e in events] == [("USAGOV", "036", "asserted")]


def test_a_post_or_base_of_a_state_organ_is_that_organ():
    assert _triples("Gunmen stormed a Kabul police station on Friday.", ON) == {("AFGREB", "190", "AFGCOP")}
    assert _triples("Militants attacked an army base in northern Mali.", ON) == {("MLIREB", "190", "MLIMIL")}
    # a post's place that is a capital is not its ground: the police are hit
    assert _triples("Russian missiles struck Kyiv.", ON) == {("RUSMIL", "190", "UKR")}


def test_what_a_planted_weapon_tore_through_is_its_target():
    assert _triples("Roadside bombs planted by militants tore through an army convoy in central Mali.", ON) == {
        ("MLIREB", "1833", "MLIMIL")}


def test_asking_an_armed_group_to_quit_is_no_call_for_a_new_leader():
    assert _triples("Residents called on the ELN rebels to quit.", ON) == {("COLCVL", "025", "COLREB")}
    assert _triples("Protesters called on the Peruvian president to quit.", ON) == {("PEROPP", "0241", "PERGOV")}


def test_a_people_s_adjective_on_a_protest_names_its_opposition():
    assert ("IRNOPP", "141", "IRNGOV") in _triples("Iranian protests against the government spread to Tehran.", ON)
    # a protest note a state hands over stays the state's
    assert {s for s, _, _ in _triples("China lodged a formal protest with Japan over the visit.", ON)} == {"CHN"}


def test_a_violent_protest_is_a_riot_a_non_violent_one_is_not():
    assert {c for _, c, _ in _triples("Violent Kenyan protests against the tax bill left 20 dead.", ON)} == {"145"}
    triples = _triples("Protesters staged non-violent demonstrations in Dhaka against the government.", ON)
    assert {c for _, c, _ in triples} == {"141"}


def test_a_measure_named_as_what_is_ended_is_no_new_imposition():
    triples = _triples("Talks between Tehran and Washington to end America's sanctions against Iran made progress.", ON)
    assert not any(code.startswith("16") for _, code, _ in triples)
    assert _triples("The EU imposed sanctions on Belarus.", ON) == {("IGOEUREEC", "163", "BLR")}


def test_cancelling_a_treaty_reduces_relations():
    assert _triples("Russia cancelled its defence pact with Georgia.", ON) == {("RUS", "160", "GEO")}


def test_an_office_owned_by_the_country_keeps_its_sector():
    triples = _triples("Several newspapers in Yemen were banned by the country's Attorney General.", ON)
    assert triples == {("YEMJUD", "1721", "YEMMED")}


def test_a_passive_participle_the_tagger_reads_as_a_noun_is_the_verb():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from brinkwatch.coding.coder import _passive_misread

    words = ["The", "town", "was", "overrun", "by", "rebels"]
    doc = Doc(Vocab(), words=words, pos=["DET", "NOUN", "AUX", "NOUN", "ADP", "NOUN"],
              deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"], heads=[1, 3, 3, 3, 3, 4])
    assert _passive_misread(doc[3]) and not _passive_misread(doc[1]) and not _passive_misread(doc[5])


def test_a_judgement_put_before_the_object_leaves_it_the_object():
    assert _triples("The Kremlin rejected as baseless Ukrainian accusations that Russia shelled the dam.", ON) == {
        ("RUSGOV", "016", "UKR")}


def test_a_reaction_an_act_drew_is_aimed_at_its_doer():
    assert _triples("Hungary passed a law restricting the media, drawing condemnation from the European Union.", ON) \
        == {("IGOEUREEC", "111", "HUN")}
    assert ("FRA", "111", "RUS") in _triples("The Russian strike on the port drew condemnation from France.", ON)
    # a thing whose maker is not named draws a reaction at no one
    assert not any(code == "111" for _, code, _ in _triples("The new law drew condemnation from the European Union.", ON))


def test_what_an_authority_orders_done_to_someone_is_its_act():
    events = _events("A court in Minsk ordered the activist to be held in custody for two months.", ON)
    assert [(e.source.code, e.cameo_code, e.target.code, e.modality) for e in events] == [
        ("BLRJUD", "173", "BLROPP", "asserted")]
    assert _triples("A Kenyan judge ordered the opposition leader held in custody for 14 days.", ON) == {
        ("KENJUD", "173", "KENOPP")}
    events = _events("A Kenyan judge refused to order the opposition leader held in custody.", ON)
    assert [e.modality for e in events] == ["negated"]


def test_an_attack_claimed_beside_a_bomb_that_killed_is_that_bombing():
    triples = _triples("A car bomb killed five policemen in Somalia, in an attack claimed by al-Shabaab.", ON)
    assert ("SOMREB", "1832", "SOMCOP") in triples
    assert ("SOMREB", "015", None) in triples  # the claim names no victim


def test_a_suicide_bomber_is_no_aircraft():
    codes = {c for _, c, _ in _triples("A Taliban suicide bomber killed 12 Pakistani soldiers in Peshawar.", ON)}
    assert codes == {"1831"}


def test_an_act_one_answers_with_is_the_answerer_s():
    triples = _triples("Hamas fired rockets at Israel on Monday, and Israel responded with air strikes on Gaza.", ON)
    assert ("ISR", "195", "PSE") in triples


def test_forces_and_warplanes_a_state_leads_are_its_forces():
    triples = _triples("The Iraqi parliament demanded that US-led troops leave Iraq.", ON)
    assert {t for _, _, t in triples} == {"USAMIL"}
    assert ("SAUMIL", "195", "YEMREB") in _triples("Saudi-led warplanes struck Houthi positions in Sanaa.", ON)


def test_one_ordered_held_by_a_court_is_held_by_the_court():
    events = _events("The opposition leader was ordered jailed by a court in Minsk.", ON)
    assert [(e.source.code, e.target.code, e.modality) for e in events] == [("BLRJUD", "BLROPP", "asserted")]


def test_the_hurt_of_a_clash_between_named_sides_are_not_its_target():
    triples = _triples("At least 11 people were hurt in clashes between police and demonstrators in Ankara.", ON)
    assert ("TURCOP", "175", "TUROPP") in triples and ("TUROPP", "145", "TURCOP") in triples
    assert not any(t == "TURCVL" for _, _, t in triples)


def test_fighting_parties_agree_to_stop_is_a_ceasefire():
    assert _triples("Armenia and Azerbaijan agreed to stop fighting.", ON) == {("ARM", "0871", "AZE"), ("AZE", "0871", "ARM")}
    assert _triples("Russia refused to stop bombing Ukrainian cities.", ON) == {("RUS", "1246", "UKR")}


def test_a_from_phrase_on_a_withdrawal_asked_for_names_a_place_not_the_asker():
    assert not any(t == "PSE" for _, _, t in _triples("Israel rejected demands for a pullout from Gaza.", ON))


def test_a_foreign_body_s_reaction_to_the_government_named_before_keeps_it():
    story = "The Indian government revoked Kashmir's autonomy. Pakistani lawmakers condemned the government's decision."
    assert ("PAKLEG", "111", "INDGOV") in _triples(story, ON)


def test_a_party_that_drew_a_reaction_is_its_target():
    assert _triples("Israel drew condemnation from the Arab League after the raid.", ON) == {("IGOARL", "111", "ISR")}
    assert _triples("The Hungarian law drew criticism from the European Commission.", ON) == {
        ("IGOEUREEC", "111", "HUN")}


def test_a_small_clause_under_an_order_is_done_by_the_one_ordering():
    assert _triples("A Kenyan judge ordered the protesters freed.", ON) == {("KENJUD", "0841", "KENOPP")}
    events = _events("The Russian opposition activist was ordered held in custody by a Moscow court.", ON)
    assert [(e.source.code, e.cameo_code, e.target.code, e.modality) for e in events] == [
        ("RUSJUD", "173", "RUSOPP", "asserted")]
    # a finite clause tells the doer's own act
    assert not any(s == "USAELI" for s, _, _ in _triples("Trump ordered that US troops withdrew from Syria.", ON))


def test_a_blast_or_ied_claimed_by_a_group_is_its_bombing():
    assert ("PAKREB", "183", "PAKMIL") in _triples(
        "An IED killed four Pakistani soldiers in an attack claimed by the Pakistani Taliban.", ON)
    assert ("IMGISI", "183", "AFGCVL") in _triples(
        "An explosion killed 10 Afghan civilians in Kabul, in an attack the Islamic State claimed.", ON)


def test_a_ship_hit_is_not_the_attacker_s_state_s():
    triples = _triples("A missile fired by Houthi rebels struck a cargo ship in the Red Sea.", ON)
    assert not any(t and t.startswith("YEM") for _, _, t in triples)


def test_a_group_s_leader_asked_to_quit_has_a_post_to_leave():
    assert ("SDNMIL", "0241", "SDNREB") in _triples(
        "Sudan's army urged RSF commander Mohamed Hamdan Dagalo to step down.", ON)


def test_a_warning_that_relations_are_going_badly_is_no_threat():
    assert _triples("Japan's prime minister warned that relations between India and Pakistan were deteriorating.", ON) \
        == set()
    assert _triples("Iran warned that Israel would pay a heavy price for the strike.", ON) == {("IRN", "130", "ISR")}


def test_those_a_tie_alarmed_are_no_partners_of_it():
    triples = _triples("Fiji signed a security pact with China, deepening ties that have alarmed Australia.", ON)
    assert not any(t == "AUS" for _, _, t in triples)


def test_a_judgement_adjective_is_no_party():
    triples = _triples("The Georgian president vetoed the media law on Saturday, calling it Russian in spirit.", ON)
    assert not any(t == "RUS" for _, _, t in triples)


def test_a_visitor_greeted_by_a_host_is_a_hosted_visit():
    triples = _triples("The Chinese foreign minister was welcomed by President Ruto in Nairobi.", ON)
    assert triples == {("KENGOV", "043", "CHNGOV"), ("CHNGOV", "042", "KENGOV")}
    assert _triples("The decision was welcomed by the European Union.", ON) == set()


def test_people_police_kill_as_protesters_march_are_the_protest_s():
    triples = _triples("Kenyan police shot dead at least five people as protesters marched in Nairobi.", ON)
    assert ("KENCOP", "175", "KENOPP") in triples
    assert ("KENCOP", "1823", "KENCRM") in _triples("Kenyan police shot dead two robbers in Nairobi.", ON)
