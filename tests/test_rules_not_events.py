"""Public-health and disaster emergency measures are not coded (gold conventions): the hazard-measure veto."""

from __future__ import annotations

from datetime import date

from brinkwatch.coding.rules import Trace
from brinkwatch.model import Document
from brinkwatch.pipeline import code_document

ON = date(2021, 3, 10)


def coded(text: str) -> tuple[list[str], list[str]]:
    """(event codes, rules that vetoed) for one story."""
    trace = Trace()
    events = code_document(Document(text, published=ON), "rules", (), (), trace)
    return [e.cameo_code for e in events], [s.rule for s in trace.steps if s.outcome == "vetoed"]


def test_a_lockdown_a_health_curfew_or_a_storm_warning_is_no_political_act():
    for text in ("The Nigerian government extended the coronavirus lockdown in Lagos by two weeks.",
                 "Kenya imposed a curfew to slow the spread of the virus.",
                 "The Cuban government issued hurricane warnings for the eastern provinces."):
        events, vetoed = coded(text)
        assert events == [] and "hazard-measure" in vetoed, text


def test_the_same_measures_against_unrest_or_a_state_still_code():
    events, vetoed = coded("Kenya imposed a curfew on Nairobi after the opposition protests.")
    assert any(c.startswith("172") for c in events) and "hazard-measure" not in vetoed
    events, _ = coded("Moscow issued a warning to Kyiv over the drills.")
    assert any(c.startswith("13") for c in events)
