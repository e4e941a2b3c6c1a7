"""Named national bodies and political parties: legislatures, courts, police, ministries, unions, parties by date."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest

from brinkwatch.actors import ActorDictionary
from brinkwatch.actors.keys import token_key
from brinkwatch.actors.table import parse_rows
from brinkwatch.pipeline import code_text

D2024 = date(2024, 3, 1)


def codes(actors: ActorDictionary, nlp, text: str, on: date = D2024) -> list[str]:
    return [m.actor.code for m in actors.find_mentions(nlp(text), on=on)]


def first_event(text: str, published: str) -> tuple[str | None, str | None]:
    events = code_text(text, published)
    assert events, f"no event coded in {text!r}"
    source, target = events[0].source, events[0].target
    return (source.code if source else None), (target.code if target else None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Bundesrat approved the budget on Friday.", "DEULEG"),
        ("The Sejm passed the media law late on Thursday.", "POLLEG"),
        ("The Rajya Sabha adjourned after opposition protests.", "INDLEG"),
        ("The Legislative Yuan debated the defence budget.", "TWNLEG"),
        ("The National Diet will vote on the bill next week.", "JPNLEG"),
        ("The House of Commons rejected the amendment.", "GBRLEG"),
        ("The Federation Council ratified the treaty.", "RUSLEG"),
        ("The Federal Constitutional Court struck down the law.", "DEUJUD"),
        ("The Supreme People's Court issued new guidelines.", "CHNJUD"),
        ("The Metropolitan Police opened an inquiry.", "GBRCOP"),
        ("The Carabinieri arrested eleven suspects.", "ITACOP"),
        ("The RCMP said the suspect was in custody.", "CANCOP"),
        ("ICE agents detained the workers at the plant.", "USACOP"),
        ("The Home Office defended its asylum policy.", "GBRGOV"),
        ("The Justice Department opened an investigation.", "USAGOV"),
        ("The Ministry of External Affairs summoned the envoy.", "INDGOV"),
        ("The Histadrut threatened a general strike.", "ISRLAB"),
        ("The AFL-CIO endorsed the bill.", "USALAB"),
        ("Keidanren welcomed the trade deal.", "JPNBUS"),
        ("Planned Parenthood filed a lawsuit against the state.", "USAOPP"),
    ],
)
def test_named_national_bodies(actors, nlp, text, code):
    assert code in codes(actors, nlp, text)


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        # a party is GOV while it is in the national government, OPP before and after
        ("Likud rejected the proposal.", date(2020, 6, 1), "ISRGOV"),
        ("Likud rejected the proposal.", date(2022, 1, 10), "ISROPP"),
        ("The Labour Party rejected the proposal.", date(2019, 6, 1), "GBROPP"),
        ("The Labour Party rejected the proposal.", date(2025, 2, 1), "GBRGOV"),
        ("The Conservative Party rejected the proposal.", date(2019, 6, 1), "GBRGOV"),
        ("The Republican Party rejected the proposal.", date(2019, 6, 1), "USAGOV"),
        ("The Republican Party rejected the proposal.", date(2022, 6, 1), "USAOPP"),
        ("The Democrats rejected the proposal.", date(2022, 6, 1), "USAGOV"),
        ("The BJP rejected the proposal.", date(2012, 6, 1), "INDOPP"),
        ("The BJP rejected the proposal.", date(2020, 6, 1), "INDGOV"),
        ("The Kuomintang rejected the proposal.", date(2012, 6, 1), "TWNGOV"),
        ("The Kuomintang rejected the proposal.", date(2020, 6, 1), "TWNOPP"),
        ("The African National Congress rejected the proposal.", date(2010, 6, 1), "ZAFGOV"),
        ("The Chinese Communist Party rejected the proposal.", date(2010, 6, 1), "CHNGOV"),
    ],
)
def test_party_sector_follows_its_spells_in_government(actors, nlp, text, on, code):
    assert codes(actors, nlp, text, on) == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Conservative MP Jane Roe criticised the plan.", "GBRLEG"),
        ("Tory MPs criticised the plan.", "GBRLEG"),
        ("Democratic senator John Roe criticised the plan.", "USALEG"),
        ("Republican lawmakers criticised the plan.", "USALEG"),
        ("Senate Democrats blocked the nomination.", "USALEG"),
    ],
)
def test_party_legislators_are_legislators(actors, nlp, text, code):
    assert codes(actors, nlp, text, date(2019, 6, 1))[0] == code


def test_party_leader_keeps_the_party_code(actors, nlp):
    assert codes(actors, nlp, "Labour Party leader John Doe criticised the plan.", date(2019, 6, 1))[0] == "GBROPP"


def test_names_many_countries_share_are_no_actor(actors, nlp):
    assert codes(actors, nlp, "The Social Democrats won the most seats.") == []
    assert codes(actors, nlp, "The Greens lost seats in the election.") == []
    # "Democratic Party" after another country is that country's party, not the US one
    assert all(not c.startswith("USA") for c in codes(actors, nlp, "Italy's Democratic Party left the coalition."))


def test_party_and_body_codes_in_coded_events():
    assert first_event("Labour Party leader Sam Doe accused the Conservative Party of lying to voters on Tuesday.",
                       "2023-05-02") == ("GBROPP", "GBRGOV")
    assert first_event("The Bundesrat rejected the government's pension bill on Friday.", "2024-03-01") \
        == ("DEULEG", "DEUGOV")
    assert first_event("Republican senators criticised the Democratic Party for its spending plans.",
                       "2023-05-02") == ("USALEG", "USAGOV")


@pytest.mark.parametrize("name", ["parties.tsv", "bodies_national.tsv"])
def test_tables_are_loaded_and_well_formed(actors, name):
    text = resources.files("brinkwatch").joinpath("data/actors").joinpath(name).read_text(encoding="utf-8")
    rows = parse_rows(text, name)
    assert rows
    for row in rows:
        if row.kind == "stop":
            continue
        assert row.code and row.code[3:] in ("GOV", "OPP", "LEG", "JUD", "COP", "MIL", "LAB", "BUS"), row.origin
        assert (row.kind, token_key(row.name)) in actors.actors, f"{row.origin}: not in the shipped dictionary"


def test_party_spells_are_government_and_do_not_overlap():
    text = resources.files("brinkwatch").joinpath("data/actors/parties.tsv").read_text(encoding="utf-8")
    spells: dict[str, list[tuple[date, date]]] = {}
    for row in parse_rows(text, "parties.tsv"):
        if row.dated:
            assert row.code and row.code.endswith("GOV"), f"{row.origin}: a dated spell is a spell in government"
            spells.setdefault(row.name, []).append((row.valid_from or date.min, row.valid_to or date.max))
    for name, spans in spells.items():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start, f"{name}: spells in government overlap"
