"""A state's name followed by its own organ: the organ, not the state as a whole."""

from __future__ import annotations

from datetime import date

import pytest

from brinkwatch.actors import default_dictionary

ON = date(2019, 6, 1)


@pytest.mark.parametrize(("text", "code"), [
    ("The Israeli Knesset voted to dissolve itself on Wednesday.", "ISRLEG"),
    ("The German Bundestag rejected the motion.", "DEULEG"),
    ("The United States Department of Justice opened an inquiry into the sale.", "USAGOV"),
    ("A United States federal jury convicted the former aide.", "USAJUD"),
    ("United States District Judge Maria Ortez sentenced him to five years.", "USAJUD"),
])
def test_a_states_organ_after_its_name(text, code):
    found = default_dictionary().resolve(text, ON)
    assert found is not None and found.code == code


def test_an_organ_of_another_state_is_not_taken():
    # Hamas is not a Russian body: the adjective stays the state, the group is its own mention
    found = default_dictionary().resolve("Russian Hamas talks began.", ON)
    assert found is not None and found.code == "RUS"


def test_tier_words_alone_do_not_make_an_organ():
    found = default_dictionary().resolve("The national mood in Kenya changed.", ON)
    assert found is None or found.code == "KEN"
