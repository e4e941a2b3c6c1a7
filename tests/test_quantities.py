"""Quantities: counts, money and measures recorded as written."""

from __future__ import annotations

import pytest
import spacy

from brinkwatch.coding.quantities import find_quantities
from brinkwatch.model import Quantity


@pytest.fixture
def parse(parse_sentence):
    return parse_sentence


def quantities(parse, text: str, trigger: str | None = None) -> list[tuple[float, str | None, str | None]]:
    sent = parse(text)
    tok = next(t for t in sent if t.text == trigger) if trigger else None
    return [(q.value, q.unit, q.noun) for q in find_quantities(sent, tok)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia fired 18 ATACMS missiles at targets near Kharkiv.", [(18, None, "ATACMS missiles")]),
        ("The United States announced $400 million in military aid to Ukraine.",
         [(400_000_000, "USD", "military aid")]),
        ("Moscow sent 3,000 troops to the border.", [(3000, None, "troops")]),
        ("The missiles have a range of 300 kilometres.", [(300, "km", None)]),
        ("The missiles have a range of 300 km.", [(300, "km", None)]),
        ("Two dozen drones struck the city overnight.", [(24, None, "drones")]),
        ("The EU pledged €2 billion for reconstruction.", [(2_000_000_000, "EUR", "reconstruction")]),
        ("The floods displaced 1.5 million people.", [(1_500_000, None, "people")]),
        ("Britain pledged £50m to the fund.", [(50_000_000, "GBP", None)]),
        ("Japan sent US$5 million worth of supplies.", [(5_000_000, "USD", "supplies")]),
        ("The strike destroyed 40% of the fuel.", [(40, "%", "fuel")]),
        ("Ukraine received 10,000 tonnes of grain.", [(10_000, "t", "grain")]),
        ("Twenty-five soldiers were wounded.", [(25, None, "soldiers")]),
        ("The court sentenced him to 10 years in prison.", [(10, "year", None)]),
        ("A dozen tanks advanced towards the town.", [(12, None, "tanks")]),
    ],
)
def test_quantities_as_written(parse, text, expected):
    assert quantities(parse, text) == expected


def test_text_keeps_what_was_written(parse):
    [q] = find_quantities(parse("At least 12 people were killed in the strike."))
    assert q == Quantity(value=12, unit=None, noun="people", text="At least 12 people")
    [money] = find_quantities(parse("The United States announced $400 million in military aid."))
    assert money.text == "$400 million"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of protesters gathered outside parliament.",  # vague counts are not recorded
        "Police detained dozens of activists and thousands fled.",
        "The attack happened two years ago.",  # a date, not a duration
        "The treaty was signed on 3 January 2020.",  # day and year
        "NATO invoked Article 5 after the 2001 attacks.",  # numbers inside names, a year as a label
        "Su-25 jets struck the town at 10 a.m.",
        "One official said the talks had failed.",
        "Protesters blocked the main road.",
        "The ten-storey building collapsed.",  # a number inside a compound modifier
    ],
)
def test_no_quantity(parse, text):
    assert quantities(parse, text) == []


def test_trigger_limits_to_its_clause(parse):
    text = "Two dozen drones struck the city overnight, and the EU pledged €2 billion."
    assert quantities(parse, text, "struck") == [(24, None, "drones")]
    assert quantities(parse, text, "pledged") == [(2_000_000_000, "EUR", None)]
    assert len(quantities(parse, text)) == 2


def test_works_without_a_parse():
    doc = spacy.blank("en")("Russia fired 18 missiles and $400 million in aid was pledged.")
    found = [(q.value, q.unit, q.noun) for q in find_quantities(doc[:])]
    assert (18, None, "missiles") in found
    assert (400_000_000, "USD", "aid") in found
