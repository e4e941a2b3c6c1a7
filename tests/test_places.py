"""Event places: locative phrases in the trigger's clause resolved offline."""

from __future__ import annotations

import pytest
import spacy

from brinkwatch.coding.places import find_location, gazetteer
from brinkwatch.model import Location


def place_of(parse, text: str, trigger: str) -> Location | None:
    sent, tok = parse(text, trigger)
    return find_location(sent, tok)


@pytest.mark.parametrize(
    ("text", "trigger", "name", "iso3", "precision", "phrase"),
    [
        ("Xi Jinping will meet Putin in Beijing next month.", "meet", "Beijing", "CHN", "city", "in Beijing"),
        ("Russia fired 18 missiles at targets near Kharkiv on Tuesday.", "fired", "Kharkiv", "UKR", "city",
         "near Kharkiv"),
        ("Houthi rebels attacked a tanker off the coast of Yemen.", "attacked", "Yemen", "YEM", "country",
         "off the coast of Yemen"),
        ("Turkish jets bombed Kurdish positions in northern Syria.", "bombed", "Syria", "SYR", "country",
         "in northern Syria"),
        ("Polish farmers blocked trucks at the border with Ukraine.", "blocked", "Ukraine", "UKR", "country",
         "at the border with Ukraine"),
        ("Fighting continued on the outskirts of Bakhmut.", "continued", "Bakhmut", "UKR", "city",
         "on the outskirts of Bakhmut"),
        ("China held military drills in the Taiwan Strait.", "held", "Taiwan Strait", None, "region",
         "in the Taiwan Strait"),
        ("Israeli troops raided a refugee camp in the West Bank.", "raided", "West Bank", "PSE", "region",
         "in the West Bank"),
        ("Russian forces shelled villages in the Donetsk region overnight.", "shelled", "Donetsk region",
         "UKR", "region", "in the Donetsk region"),
        ("Two dozen drones struck the city of Odesa overnight.", "struck", "Odesa", "UKR", "city",
         "the city of Odesa"),
        ("Thousands of people protested in Kiev against the law.", "protested", "Kyiv", "UKR", "city",
         "in Kiev"),
    ],
)
def test_locative_phrases_resolve(parse, text, trigger, name, iso3, precision, phrase):
    loc = place_of(parse, text, trigger)
    assert loc is not None
    assert (loc.name, loc.iso3, loc.precision, loc.text) == (name, iso3, precision, phrase)
    assert loc.lat is not None and loc.lon is not None


def test_city_coordinates_are_the_citys(parse):
    loc = place_of(parse, "Protesters clashed with police in Paris.", "clashed")
    assert loc is not None and loc.iso3 == "FRA"
    assert abs(loc.lat - 48.85) < 0.1 and abs(loc.lon - 2.35) < 0.1


def test_country_in_sentence_breaks_city_ties(parse):
    # Paris, France is by far the largest Paris; "Texas" points to the American one
    loc = place_of(parse, "The senator spoke at a rally in Paris, Texas.", "spoke")
    assert loc is not None and (loc.name, loc.iso3) == ("Paris", "USA")
    assert loc.lon < -90


def test_distant_country_mention_does_not_pick_a_small_town(parse):
    # "US" in the sentence must not turn Moscow into Moscow, Idaho
    loc = place_of(parse, "US officials said drones were shot down over Moscow.", "shot")
    assert loc is not None and loc.iso3 == "RUS"


def test_city_name_inside_an_institution_name_is_not_a_place(parse):
    assert place_of(parse, "Deputies argued in the Russian State Duma for hours.", "argued") is None


def test_largest_city_wins_without_context(parse):
    loc = place_of(parse, "Police broke up a demonstration in Moscow.", "broke")
    assert loc is not None and loc.iso3 == "RUS"


def test_no_place_gives_none(parse):
    assert place_of(parse, "Russia accused Ukraine of attacking its territory.", "accused") is None
    assert place_of(parse, "The two sides met in March to discuss a truce.", "met") is None


def test_target_of_an_attack_is_not_its_place(parse):
    assert place_of(parse, "Russia launched a massive attack on Kyiv.", "launched") is None


def test_place_of_another_clause_is_not_the_events(parse):
    text = "Officials in Kyiv said Russia had attacked energy facilities."
    assert place_of(parse, text, "attacked") is None
    said = place_of(parse, text, "said")
    assert said is not None and said.name == "Kyiv"


def test_goal_is_not_the_place(parse):
    assert place_of(parse, "The US deployed troops to Poland.", "deployed") is None


def test_works_without_a_parse():
    doc = spacy.blank("en")("Soldiers opened fire near the town of Jenin on Monday.")
    loc = find_location(doc[:], doc[1])
    assert loc is not None and loc.iso3 == "PSE" and loc.text == "near the town of Jenin"


def test_gazetteer_is_built_once():
    assert gazetteer() is gazetteer()
    assert gazetteer().countries["ukraine"].iso3 == "UKR"


def test_a_state_is_not_a_small_town_with_a_similar_alternate_name(parse):
    # a German town lists the Nigerian state's name among its alternates; the state is the place
    loc = place_of(parse, "Gunmen attacked a village in Borno overnight.", "attacked")
    assert loc is not None and (loc.iso3, loc.precision) == ("NGA", "region")


def test_a_gaza_mention_outweighs_a_neighbour_named_in_the_sentence(parse):
    # Rafah in Gaza is the larger Rafah; naming Egypt alongside Gaza must not move it to Egypt
    loc = place_of(parse, "Aid trucks from Egypt waited while shelling hit Rafah in southern Gaza.", "hit")
    assert loc is not None and loc.iso3 == "PSE"


def test_a_named_neighbour_still_picks_its_own_town(parse):
    loc = place_of(parse, "Egyptian police arrested smugglers in Rafah.", "arrested")
    assert loc is not None and loc.iso3 == "EGY"


def test_the_first_word_of_a_longer_name_is_no_town_of_its_own(parse):
    # "Cabo" alone is an alternate name of a Brazilian city; in "Cabo Delgado" the name goes on
    from brinkwatch.coding.places import place_country

    sent, tok = parse("Insurgents raided villages in Mozambique's Cabo Delgado province.", "Cabo")
    assert place_country(tok, sent) is None


def test_a_state_named_as_owner_places_its_region(parse):
    # the province is Mozambique's: no same-named town abroad may move it
    loc = place_of(parse, "Insurgents raided villages in Mozambique's Cabo Delgado province.", "raided")
    assert loc is not None and (loc.iso3, loc.precision) == ("MOZ", "region")


def test_a_state_named_as_owner_picks_its_own_town_for_a_region(parse):
    loc = place_of(parse, "Missiles struck Ukraine's Kharkiv region overnight.", "struck")
    assert loc is not None and loc.iso3 == "UKR"
