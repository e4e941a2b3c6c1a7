"""Faults found in dev-split misses and a random sample of Wikinews events (2026-12-05, second session), fixed
as general rules: a threat's condition hung on the act threatened, protest movements, East Timor's and
Kosovo's PETRARCH codes, withdrawals from a place, denials (whom they concern, and what is no denial),
killings by a named means told as nouns, persons given a thing, naming versus asking, and the purpose of a
trip. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from brinkwatch.actors.dictionary import ActorDictionary
from brinkwatch.coding.rules.core import Trace
from brinkwatch.model import Document
from brinkwatch.pipeline import code_document


def _coded(text: str, published: date = date(2023, 6, 1)):
    return [(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None, e.modality,
             e.rule)
            for e in code_document(Document(text=text, doc_id="t", published=published))]


def _vetoes(text: str) -> set[str]:
    trace = Trace()
    code_document(Document(text=text, doc_id="t", published=date(2023, 6, 1)), trace=trace)
    return {step.rule for step in trace.steps if step.outcome == "vetoed"}


def _triples(text: str):
    return {(s, c, t) for s, c, t, _, _ in _coded(text)}


def test_a_threat_is_aimed_at_whoever_must_meet_the_condition_of_the_act_threatened():
    events = _coded("Hezbollah warned it would open a second front if Israeli troops entered Lebanon.")
    threats = [(s, t, rule) for s, c, t, _, rule in events if c.startswith("13")]
    assert threats and threats[0][:2] == ("LBNREB", "ISRMIL") and "condition-party" in threats[0][2]


def test_a_protest_movement_is_the_opposition_of_the_state_named():
    assert ("SDNMIL", "120", "SDNOPP") in _triples("The Sudanese army rejected the protest movement's proposal.")


def test_east_timor_is_a_state_not_an_occupied_territory_of_1999():
    assert ("AUS", "057", "TLS") in _triples("Australia signed a maritime treaty with Timor-Leste.")


def test_petrarch_officials_of_east_timor_and_kosovo_carry_iso_codes():
    actors = ActorDictionary.load()
    jahjaga = actors.resolve("Atifete Jahjaga", date(2013, 5, 1))
    assert jahjaga is not None and jahjaga.code.startswith("XKX")
    assert actors.resolve("Timor Leste", date(2015, 1, 1)) is None or actors.resolve(
        "Timor Leste", date(2015, 1, 1)).code == "TLS"


def test_a_withdrawal_is_aimed_at_the_state_of_the_place_left():
    assert ("ETHMIL", "0874", "SOM") in _triples("Ethiopian troops completed their withdrawal from the town of Baidoa.")


def test_a_denial_concerns_whoever_the_denied_act_would_have_hit():
    events = _coded("Kigali denied that its soldiers had shelled villages in Congo.")
    denial = [(t, rule) for _, c, t, _, rule in events if c == "016"]
    assert denial and denial[0][0] and denial[0][0].startswith("COG") and "denied-act-party" in denial[0][1]


def test_denying_a_link_between_things_is_no_denial_of_an_act():
    assert not [e for e in _coded("Iran's interior ministry denied that the two blasts were related.") if e[1] == "016"]


def test_denying_a_part_in_an_act_stays_a_denial():
    assert any(c == "016" for _, c, *_ in _coded("Hamas denied that it was behind the attack."))


def test_a_killing_told_as_a_noun_takes_its_named_means():
    events = _coded("The vote follows the United States' killing of the Iranian general in an airstrike last month.")
    assert [(s, c, t) for s, c, t, _, _ in events] == [("USA", "195", "IRN")]


def test_the_person_given_a_pardon_is_the_target_even_when_no_table_knows_them():
    events = _coded("President Buhari granted Chinedu J. Okafor Jr. a full and unconditional pardon.", date(2019, 6, 1))
    assert [(s, c, rule.split("+")[-1]) for s, c, _, _, rule in events] == [
        ("NGAGOV", "056", "defendant-of-state")]  # a pardon granted forgives (056), as "pardoned" does; the
    # person the rules found (named-person-object) is placed in the pardoning state
    doc = code_document(Document(text="President Buhari granted Chinedu J. Okafor Jr. a full pardon.", doc_id="t",
                                 published=date(2019, 6, 1)))
    assert doc and doc[0].target is not None and doc[0].target.text == "Chinedu J. Okafor Jr."


def test_calling_an_inquiry_a_farce_names_it_and_asks_for_nothing():
    events = _coded('Orban repeatedly called the opposition\'s investigation a "witch hunt".')
    assert all(modality != "requested" for *_, modality, _ in events)


def test_a_trip_to_take_part_in_a_debate_is_no_visit_to_the_opponent():
    events = _coded("President Trump held a rally in Florida, two days after traveling to Nashville, Tennessee to "
                    "participate in the last debate against Democratic rival Joe Biden.", date(2020, 10, 1))
    assert not [e for e in events if e[1] == "042"]


def test_a_trip_to_meet_someone_still_visits_them():
    assert ("INDGOV", "040", "RUSGOV") in _triples("Modi travelled to Moscow to meet Putin.")


def test_an_act_on_someone_with_another_party_named_but_no_target_found_is_dropped():
    # the aid is for Syria, which the coder cannot tie to the pledge: no half-event "Tehran pledged aid to ?"
    events = _coded("Tehran pledged funds, and Syria is taxing imports to pay for reconstruction.")
    assert not [e for e in events if e[1].startswith("03") and e[2] is None]
    assert "act-needs-target" in _vetoes("Tehran pledged funds, and Syria is taxing imports to pay for reconstruction.")


def test_an_act_with_no_other_party_named_stands_without_a_target():
    # an attack (an AIMED_ROOTS act) with no party named is now withheld, not kept without a target; the
    # officials who tell of it are still no party attacked: the veto finds no party named at all
    assert _coded("Rebels attacked at dawn, Syrian officials said.") == []
    trace = Trace()
    code_document(Document(text="Rebels attacked at dawn, Syrian officials said.", doc_id="t",
                           published=date(2023, 6, 1)), trace=trace)
    assert [(step.rule, step.note) for step in trace.steps if step.outcome == "vetoed"] == [
        ("act-needs-target", "190 no party named")]
    assert ("NOR", "11", None) in {(s and s[:3], c[:2], t) for s, c, t, _, _ in
                                  _coded("Norway condemned the attack on the Danish consulate.")}


def test_retaliation_is_aimed_at_whoever_did_the_act_it_answers():
    events = _coded("Hezbollah vowed to retaliate for Israel's strike on Beirut.")
    assert [(s, c[:2], t, rule.split("+")[1]) for s, c, t, _, rule in events] == [
        ("LBNREB", "13", "ISR", "retaliation-for")]


def test_it_accused_is_the_state_named_before_and_it_condemned_is_left_alone():
    assert ("CHNGOV", "112", "JPNGOV") in _triples("Seoul had criticised Tokyo, and Beijing accused it of distorting history.")
    assert not [e for e in _coded("Britain welcomed the report, but Russia condemned it as biased.") if e[2] == "GBR"]


def test_a_thing_judged_is_aimed_at_its_owner():
    assert ("ESPGOV", "111", "MAR") in _triples("Madrid called the Moroccan move reckless.")


def test_a_partner_the_parser_hangs_on_the_verb_is_the_nouns_target():
    assert ("KORGOV", "062", "JPNGOV") in _triples("Seoul would not rule out joint drills with Tokyo.")


def test_an_inquiry_into_an_incident_is_aimed_at_the_state_where_it_happened():
    events = _coded("Belgian police are investigating a shooting outside a bar in Brussels.")
    assert [(s, c, t) for s, c, t, _, _ in events] == [("BELCOP", "090", "BEL")]


def test_an_appeal_against_a_court_ruling_is_a_legal_appeal_not_an_appeal_to_someone():
    events = _coded("The court heard the Kenyan government's appeal against the ruling for the opposition.")
    assert [(s, c) for s, c, *_ in events] == [("KENGOV", "115")]


def test_what_a_deal_provides_for_is_not_done():
    # what the deal is for is its terms (terms-of-deal), no act of its own: not a 06x as done, nor as a second
    # event beside the signing (the 2026-12-06 audit rejected such provisions as miscoded signings)
    events = _coded("Jordan and Israel signed an agreement to cooperate on water.")
    assert not any(c.startswith("06") and m == "asserted" for _, c, _, m, _ in events)
    assert {m for _, c, _, m, _ in events if c == "057"} == {"asserted"}


def test_wrongdoing_one_party_says_of_another_is_its_accusation_not_an_act():
    events = _coded("The Labour leader Keir Starmer said the British government was breaking the law.")
    assert [(s, c, t) for s, c, t, _, _ in events] == [("GBROPP", "1121", "GBRGOV")]
    assert ("RUSMIL", "196", "UKR") in _triples("Kyiv said Russian troops violated the ceasefire with Ukraine.")


def test_what_is_discussed_is_a_topic_not_a_partner():
    assert not [e for e in _coded("Chancellor Scholz discussed his cabinet and the budget in an interview.")
                if e[1].startswith("04")]
    assert ("USAGOV", "040", "DEUGOV") in _triples("Biden discussed Ukraine with Scholz.")


def test_the_author_of_an_estimate_is_no_doer_of_the_damage_it_estimates():
    assert _coded("Many homes on the islands of the Bahamas have been destroyed with some estimates by the Red Cross "
                  "and local officials ranging from 30% to 50% destruction.") == []


def test_an_act_a_named_party_asks_for_is_no_event_of_its_own():
    # the asker ("they") is named but unknown: the resignation asked for is not coded as the minister's act
    assert _coded("They had asked Serbian Prime Minister Milos Vucevic, who is supported by the ruling party, to "
                  "resign from his position, but this was later dropped.") == []


def test_an_act_asked_of_a_party_by_no_one_named_stays_requested():
    assert [(s, m) for s, _, _, m, _ in _coded("The Israeli government was asked to open the Rafah crossing to Palestinians.")] == [
        ("ISRGOV", "requested")]


def test_an_act_ordered_by_its_doer_is_kept():
    assert [s for s, c, *_ in _coded("Putin ordered his generals to put the army on high alert.") if c == "152"] == [
        "RUSGOV"]


def test_a_coalition_owned_by_a_leader_is_her_government_not_a_multinational_force():
    events = _coded("Prime Minister Giorgia Meloni's coalition has threatened the opposition with a snap election.")
    assert all(s != "IGOMUL" for s, *_ in events)
    assert [s for s, *_ in _coded("Coalition forces struck targets in Syria.")] == ["IGOMUL"]


def test_a_war_declared_on_a_thing_is_no_threat_of_force():
    assert _coded("The Italian government has declared war on red tape.") == []
    assert ("GBR", "138", "DEU") in {(s, c, t) for s, c, t, _, _ in _coded("Britain declared war on Germany in 1939.")}


def test_a_place_owned_by_a_known_city_lies_in_its_country():
    events = _coded("Al-Shabaab militants stormed a beachfront hotel on Mogadishu's Lido beach, police said.")
    assert [(s, t) for s, _, t, _, _ in events] == [("SOMREB", "SOM")]
    # a small town of the owner's name owns nothing: Cox's Bazar is in Bangladesh
    events = _coded("Rohingya refugees in Cox's Bazar protested against cuts in food rations.")
    assert all(s is None or s.startswith(("MMR", "BGD")) for s, *_ in events)


def test_striking_a_name_off_a_list_is_no_force():
    assert _coded("Kenya's parliament struck two rebel groups off its list of banned organisations.") == []


def test_a_crowd_that_gathers_pressing_a_demand_is_protesting():
    events = _coded("Tens of thousands of Serbian protesters poured into central Belgrade on Sunday demanding that "
                    "the prime minister step down.")
    assert [(s, c[:3]) for s, c, *_ in events] == [("SRBOPP", "141")]


def test_the_owner_after_of_is_the_target_of_a_measure_against_what_it_owns():
    events = _coded("Mali's junta threatened to revoke the licences of all non-governmental organisations working in "
                    "the north.")
    assert [(s, c[:2], t) for s, c, t, _, _ in events] == [("MLIMIL", "13", "MLINGO")]


def test_a_ship_seized_is_aimed_at_the_state_whose_flag_it_flies():
    assert ("VENMIL", "171", "GUY") in _triples(
        "Venezuela's navy seized the Guyanese-flagged fishing trawler Sea Star in the Caribbean.")


def test_an_offer_to_mediate_is_aimed_at_both_parties():
    events = _coded("Qatar offered on Monday to mediate between Ethiopia and Eritrea.")
    assert {t for s, c, t, _, _ in events if s == "QAT" and c.startswith("03")} == {"ETH", "ERI"}


def test_a_de_escalation_around_a_place_is_aimed_at_its_state():
    events = _coded("Moscow would scale down military activity around Kharkiv, the Russian defence ministry said.")
    assert [(s, t) for s, c, t, _, _ in events] == [("RUSGOV", "UKR")]


def test_them_accused_skips_a_span_of_time_to_the_parties_named():
    events = _coded("Burundi's government suspended the Red Cross and Oxfam for two months, accusing them of spying.")
    # an accusation of spying is 1125 (accuse of espionage), aimed at both parties named
    assert {t for _, c, t, _, _ in events if c.startswith("112")} == {"NGOHLHIRC", "NGO"}


def test_a_meeting_hosted_by_one_of_several_parties_is_no_meeting_at_a_third_location():
    events = _coded("The delegations of Cyprus, Greece and Israel met for their seventh trilateral summit in Athens.")
    assert ("CYPGOV", "040", "ISRGOV") in {(s, c, t) for s, c, t, _, _ in events}
    assert not [e for e in events if e[1] == "044"]
    assert ("ARMGOV", "044", "AZEGOV") in _triples("The foreign ministers of Armenia and Azerbaijan met in Almaty, "
                                                   "Kazakhstan.")


def test_an_act_someone_cites_is_the_content_of_their_claim():
    assert _coded("Kyiv cited Russia's attack on the dam as proof of genocide.") == []


def test_a_security_bureau_is_its_governments_and_may_act_on_its_own_activists():
    events = _coded("Hong Kong's security bureau cancelled the passports of six pro-democracy activists living abroad.",
                    date(2021, 9, 1))
    assert ("HKGGOV", "HKGOPP") in {(s, t) for s, _, t, _, _ in events}


def test_schoolgirls_are_the_education_sector():
    events = _coded("Boko Haram fighters abducted 276 schoolgirls from their dormitory in Chibok in April 2014.")
    assert [(s, t) for s, _, t, _, _ in events] == [("NGAREB", "NGAEDU")]


def test_calling_off_protests_concedes_to_the_government():
    events = _coded("Kenya's opposition coalition Azimio la Umoja called off its weekly anti-government protests.")
    assert [(s, c[:2], t) for s, c, t, _, _ in events] == [("KENOPP", "08", "KENGOV")]


def test_regretting_a_mistake_is_an_apology_and_regretting_anothers_decision_disapproval():
    assert [(s, c, t) for s, c, t, _, _ in _coded("Iran's president said Iran deeply regrets this disastrous mistake "
                                                  "against Ukraine.")] == [("IRN", "055", "UKR")]
    assert ("DEU", "110", "HUN") in _triples("Germany regretted Hungary's decision to leave the court.")


def test_what_a_bare_class_of_people_does_in_general_is_no_event():
    assert _coded('London mayor Sadiq Khan said: "Terrorists seek to attack us and destroy our way of life."') == []
    assert _coded("Militants attacked a checkpoint in Kirkuk, Iraqi officials said.")
    assert _coded("Protesters in several Iranian cities set police vehicles on fire.")


def test_the_embassy_is_the_state_of_the_embassy_named_before_whoever_came_between():
    events = _coded("The US embassy in London said the diplomat's wife had left Britain. British Foreign Secretary "
                    "Dominic Raab urged the embassy to reconsider its decision.", date(2019, 10, 10))
    assert ("GBRGOV", "020", "USAGOV") in {(s, c, t) for s, c, t, _, _ in events}
    events = _coded("Protesters gathered outside the Israeli embassy in Amman. Jordanian police said they had "
                    "arrested ten people near the embassy.", date(2019, 10, 10))
    assert all(t != "ISRGOV" for _, c, t, _, _ in events if c.startswith("17"))


def test_prison_is_where_a_sentence_is_served_not_a_party():
    events = _coded("On Friday in Pakistan, Mohammed Waseem was sentenced for the murder of his sister to life in "
                    "prison by a court in Multan.", date(2019, 9, 30))
    # the person sentenced, whom no table knows, is a person of the sentencing state (defendant-of-state)
    assert [(s, c, t) for s, c, t, _, _ in events] == [("PAKJUD", "116", "PAKCVL")]


def test_a_killing_by_an_army_or_armed_group_is_force_and_by_a_mob_physical_assault():
    assert [c for _, c, *_ in _coded("The United States killed two militia commanders in Iraq.",
                                     date(2020, 1, 4))] == ["190"]
    # a public figure the tables know by name is assassinated (named-killing, fourteenth session)
    assert [c for _, c, *_ in _coded("The United States killed Qasem Soleimani, head of Iran's Quds Force.",
                                     date(2020, 1, 4))] == ["186"]
    assert [c for _, c, *_ in _coded("Al-Shabaab militants killed three guards in Mogadishu.")] == ["180"]
    assert [(c, t) for _, c, t, _, _ in _coded("A mob in Pakistan beat a Chinese engineer to death.")] == [
        ("1823", "CHNCVL")]


def test_the_acts_of_a_person_whose_death_the_story_reports_are_historical():
    text = ("Former Zambian President Kenneth Kaunda died on Thursday. He condemned the apartheid government of "
            "South Africa and backed Zimbabwean rebels.")
    dead = code_document(Document(text=text, doc_id="t", published=date(2021, 6, 18),
                                  title="Former Zambian President Kenneth Kaunda dies aged 97"))
    alive = code_document(Document(text=text, doc_id="t", published=date(2021, 6, 18), title="Zambia mourns"))
    kaunda = [e for e in dead if e.source is not None and e.source.kind == "person"]
    assert kaunda and all(e.modality == "historical" and "acts-of-the-dead" in e.rule for e in kaunda)
    assert all("acts-of-the-dead" not in e.rule for e in alive)


def test_a_partys_leadership_is_the_party():
    events = _coded("Trump has blamed Democratic leadership for violence and unrest in various US cities.",
                    date(2020, 9, 1))
    assert [(s, c[:2], t) for s, c, t, _, _ in events] == [("USAGOV", "11", "USAOPP")]
    # in January 2019 the Republicans held the presidency: their leaders are the government
    events = _coded("Biden criticised Republican leaders over the shutdown.", date(2019, 1, 10))
    assert [t for _, _, t, _, _ in events] == ["USAGOV"]


def test_what_someone_had_done_told_to_say_who_they_are_is_background():
    events = _coded("Kofi Annan, a UN envoy who had mediated between Syria and its rebels, cautioned that peace was "
                    "far off.")
    assert events and {m for *_, m, _ in events} == {"historical"}
    events = _coded("Ukrainian prosecutors said they had found cellars in Bucha where Russian troops had beaten "
                    "Ukrainian prisoners.")
    assert [(s, c, t) for s, c, t, _, _ in events] == [("RUSMIL", "182", "UKRCVL")]
    assert all(m == "asserted" for *_, m, _ in events)


def test_an_earlier_pledge_is_recalled():
    events = _coded("This fulfilled Macron's earlier pledge to send tanks to Ukraine.")
    assert events and all(m == "historical" for *_, m, _ in events)
