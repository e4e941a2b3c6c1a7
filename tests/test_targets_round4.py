"""Round 4 of sources and targets on real text: a weapon word is no doer, the doer of a passive is not the
state the subject belongs to, a state's law enforcement acts on its own criminals, a ban on parties eased
is 0812, "to" after "succumb" is a preposition.
Sentences written for these tests."""

from __future__ import annotations

from brinkwatch import code_text

PUBLISHED = "2022-05-01"


def codes(text: str, published: str = PUBLISHED) -> set[tuple[str | None, str, str | None]]:
    return {
        (e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None)
        for e in code_text(text, published=published, outlet="Test Wire")
    }


# ---- placed sector words --------------------------------------------------------------------------------
def test_weapon_modifier_of_an_act_is_not_the_named_states_forces():
    found = codes("Pipelines owned by Norway's state energy firm were hit by drone strikes on Sunday.")
    assert not any(s and s.startswith("NOR") for s, _, _ in found)


def test_passive_doer_is_not_the_state_that_owns_the_subject():
    found = codes("Warehouses belonging to Kuwait's port authority were attacked by gunmen on Friday.")
    assert not any(s and s.startswith("KWT") for s, _, _ in found)


def test_sector_doer_in_a_place_still_takes_its_state():
    assert ("KENCOP", "173", "KENMED") in codes("Police in Kenya arrested two journalists.")


# ---- a state's law enforcement on its offenders ---------------------------------------------------------
def test_state_that_jails_smugglers_targets_its_criminals():
    found = codes("Italy jailed four smugglers on Wednesday.")
    assert any(s == "ITA" and t == "ITACRM" for s, _, t in found)


def test_people_before_smugglers_names_their_trade_not_civilians():
    found = codes("Bulgarian courts convicted three people smugglers last week.")
    assert any(t == "BGRCRM" for _, _, t in found)
    assert not any(t == "BGRCVL" for _, _, t in found)


def test_praise_of_smugglers_is_no_law_enforcement_target():
    assert not any(t == "ITACRM" for _, _, t in codes("Italy thanked four smugglers on Wednesday."))


# ---- bans on parties -------------------------------------------------------------------------------------
def test_lifted_ban_on_opposition_parties_is_0812():
    found = codes("Tunisia's president lifted the ban on opposition parties.")
    assert any(c == "0812" for _, c, _ in found)


def test_lifted_ban_on_rallies_stays_0811():
    found = codes("Myanmar's junta lifted a ban on opposition rallies.")
    assert any(c == "0811" for _, c, _ in found)
    assert not any(c == "0812" for _, c, _ in found)


# ---- "to" as a preposition -----------------------------------------------------------------------------
def test_succumbed_to_pressure_is_no_coercion():
    found = codes("Kenya finally succumbed to pressure from Britain.")
    assert not any(c.startswith("17") for _, c, _ in found)
