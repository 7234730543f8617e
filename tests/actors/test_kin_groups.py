"""Named tribes and clans as militias, and armed people named by the group they belong to."""

from khaldun import extract
from khaldun.actors.kin_groups import kin_groups
from khaldun.actors.resolve import find_actors


def _names(text: str) -> list[tuple[str, str]]:
    return [(g.name, g.kind) for g in kin_groups(text)]


def test_a_named_tribe_or_clan_is_found_with_its_kind():
    assert _names("The al-Zubarat tribe and the Haddar clan met.") == [
        ("Al Zubarat", "Tribal"), ("Haddar", "Clan")]
    assert _names("Rumman and Bani Kardi tribesmen fought.") == [
        ("Rumman", "Tribal"), ("Bani Kardi", "Tribal")]


def test_words_of_kind_are_no_group_name():
    assert _names("Sunni tribes and Rival clans and Iraqi tribesmen met.") == []
    assert _names("The Zubarat tribe met.") == [("Zubarat", "Tribal")]


def test_people_of_a_group_make_no_militia():
    assert _names("Elders of the Zubarat tribe met.") == []
    assert _names("Gunmen killed ten Zubarat tribesmen.") == []
    assert _names("The Zubarat clan's chief was shot.") == []


def test_a_named_tribe_is_its_tribal_militia():
    found = [(m.actor.name, m.actor.inter) for m in find_actors(
        "Zubarat tribesmen blocked the road.", "IQ")]
    assert found == [("Zubarat Tribal Militia (Iraq)", 4)]


def test_gunmen_from_a_tribe_fight_for_it_against_another_tribe():
    [event] = extract("Gunmen from the Zubarat tribe clashed with the Haddar tribe near Rabia in "
                      "Nineveh province on Monday, killing four people, police said.",
                      published="2018-03-06")
    assert (event.actor1.name, event.actor1.inter) == ("Zubarat Tribal Militia (Iraq)", 4)
    assert event.actor2.name == "Haddar Tribal Militia (Iraq)"


def test_gunmen_from_a_named_group_are_that_group_and_leave_the_other_side():
    [event] = extract("Gunmen from the Islamic State clashed with the Iraqi army near Rabia in "
                      "Nineveh province on Monday, killing four people, police said.",
                      published="2018-03-06")
    assert event.actor1.name == "Islamic State"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Iraq"


def test_two_tribes_before_one_noun_are_two_militias():
    found = [m.actor.name for m in find_actors("The Zubarat and Haddar tribes fought.", "IQ")]
    assert found == ["Zubarat Tribal Militia (Iraq)", "Haddar Tribal Militia (Iraq)"]


def test_a_tribe_spacy_tags_as_a_place_is_no_place_of_the_event():
    [event] = extract("MOSUL, Iraq - Fighters from the Shammar tribe repelled an Islamic State "
                      "attack on Monday, killing six militants, a tribal leader said.",
                      published="2018-03-06")
    assert event.location.name != "Shammar" and event.location.admin1 != "Salahuddin"


def test_a_descriptor_held_or_named_by_a_group_is_that_groups():
    for text in ("Coalition jets struck a Houthi-held military camp.",
                 "Coalition jets struck a Houthi military camp."):
        found = [m.actor.name for m in find_actors(text, "YE") if m.actor.inter == 1]
        assert found == ["Military Forces of Yemen (2016-) Supreme Political Council"], text
    besieged = [m.actor.name for m in find_actors(
        "Jets struck a Houthi-besieged army base.", "YE") if m.actor.inter == 1]
    assert "Military Forces of Yemen" in besieged
