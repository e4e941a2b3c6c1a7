"""Everyday wire phrasings of acts (issue 10 item 2): each family of synonyms in verbs.tsv is coded end to end
on sentences written for this file, and the near misses the families must not catch stay uncoded or keep
their own code."""

from __future__ import annotations

import pytest

from brinkwatch.pipeline import code_text


def codes(text: str) -> list[str]:
    return [e.cameo_code for e in code_text(text, published="2024-03-01")]


@pytest.mark.parametrize("text,code", [
    # 055 apologise
    ("Belgium's king asked the Congolese people for forgiveness for colonial abuses.", "055"),
    # 050 diplomatic cooperation
    ("France and Germany coordinated their positions ahead of the NATO summit.", "050"),
    # 046 negotiate
    ("Serbian and Kosovar negotiators wrapped up talks in Brussels on Monday.", "046"),
    # 071 economic aid
    ("Qatar deposited $1 billion with Kenya's central bank to prop up the shilling.", "071"),
    ("Beijing injected $5 billion into the Laotian economy last year.", "071"),
    ("The IMF released a $1 billion tranche to Egypt on Monday.", "071"),
    # 073 humanitarian aid
    ("UNICEF distributed hygiene kits and blankets to families in Aleppo.", "073"),
    ("The Jordanian air force airlifted medicine and food to Gaza.", "073"),
    # 080 yield
    ("The Serbian government gave way to pressure from Brussels on Friday.", "080"),
    ("The Peruvian government buckled under pressure from protesters and cut fuel taxes.", "080"),
    ("Moldova's cabinet bowed to protests and withdrew the tax.", "080"),
    # 091 investigate a crime, when the preposition hangs on the verb
    ("Kenyan police opened an investigation into the murder of a Ugandan activist.", "091"),
    # 121 reject material cooperation
    ("Burundi ended its partnership with Belgium last week.", "121"),
    ("Panama withdrew from China's Belt and Road initiative.", "121"),
    # 142 hunger strike, 143 strike
    ("A jailed Egyptian dissident has refused food for a month.", "142"),
    ("Nurses in Kenya walked off the job on Monday over unpaid wages.", "143"),
    # 154 mobilise, 161 diplomatic ties
    ("Sri Lanka's president called out the army to guard fuel stations.", "154"),
    ("Bolivia suspended diplomatic ties with Israel on Tuesday.", "161"),
    # 172 administrative sanctions
    ("Nicaragua cancelled the passports of five Spanish priests.", "172"),
    # 02x appeal: turning to a party for help or money
    ("Sri Lanka turned to China for a loan last year.", "0231"),
    ("The Venezuelan opposition turned to Washington for support.", "022"),
    # 0234 appeal for protection: asking for a force to be deployed
    ("Mali's president asked the African Union for the deployment of troops to protect civilians.", "0234"),
    # 090 investigate, 1822 torture, 1711 confiscate property
    ("Britain's parliament began examining alleged Chinese interference in its elections.", "090"),
    ("Ukrainian prosecutors said Russian guards subjected Ukrainian prisoners to electric shocks.", "1822"),
    ("Russia placed the local unit of Finland's Fortum under temporary state management.", "1711"),
    # 173: an arrest of protesters is an arrest, not violent repression
    ("Belarusian police arrested dozens of protesters in Minsk on Sunday.", "173"),
])
def test_family_member_is_coded(text, code):
    assert code in codes(text)


@pytest.mark.parametrize("text,wrong", [
    # a collapsing structure has no actor: "gave way" is no yielding
    ("The old bridge over the river gave way under the weight of the lorries.", "080"),
    # refusing food aid is refusing aid, not a hunger strike
    ("Eritrea refused food aid from the World Food Programme.", "142"),
    # a parliament cancelling a session is no administrative sanction
    ("Kenya's parliament cancelled Tuesday's session.", "172"),
    # suspending a cooperation programme reduces relations; it is no diplomatic break
    ("Germany suspended its development cooperation with Niger.", "161"),
    # turning to lawyers for help is no political appeal (no actor asks)
    ("The company turned to lawyers for help with the merger.", "023"),
    # a country placed under a curfew is no confiscated property
    ("Sri Lanka's government placed the capital under a curfew on Sunday.", "1711"),
])
def test_near_miss_is_not_that_act(text, wrong):
    assert wrong not in codes(text)


def test_refused_food_aid_is_still_a_refusal_of_aid():
    assert any(c.startswith("12") for c in codes("Eritrea refused food aid from the World Food Programme."))
