"""Ethnic and clan militias named by their group, and words that name no actor."""

from khaldun.actors.resolve import find_actors


def _found(text: str, country: str) -> list[tuple[str, int]]:
    return [(m.actor.name, m.actor.inter) for m in find_actors(text, country)]


def test_a_group_named_with_a_militia_noun_is_an_ethnic_militia():
    assert _found("Armed Turkana raiders drove off the goats.", "KE")[0] == (
        "Turkana Ethnic Militia (Kenya)", 4)
    assert _found("Fighting between Misseriya and Rizeigat went on.", "SD") == [
        ("Misseriya Ethnic Militia (Sudan)", 4), ("Rizeigat Ethnic Militia (Sudan)", 4)]


def test_unnamed_rival_clans_are_a_clan_militia():
    assert _found("Two rival clans fought over a well.", "SO") == [
        ("Unidentified Clan Militia (Somalia)", 4)]


def test_a_local_government_area_is_no_government_actor():
    assert _found("The village lies in Bama Local Government Area.", "NG") == []


def test_guards_after_a_demonym_are_state_forces():
    assert _found("Libyan guards fired on a boat.", "LY") == [("Military Forces of Libya", 1)]


def test_a_militia_named_by_its_faith_is_an_identity_militia():
    assert _found("Christian militiamen burned the mosque.", "NG") == [
        ("Christian Militia (Nigeria)", 4)]
    assert _found("A Muslim vigilante group raided the market.", "CF") == [
        ("Muslim Militia (Central African Republic)", 4)]


def test_cattle_herders_in_nigeria_are_the_fulani_militia():
    assert _found("Suspected cattle herders raided the farms.", "NG")[0] == (
        "Fulani Ethnic Militia (Nigeria)", 4)


def test_a_known_people_before_an_armed_noun_is_its_ethnic_militia():
    # no word of kinship ("ethnic") needed for a people of data/actors/peoples.txt
    assert _found("Bantu militiamen burned the huts.", "SO")[0] == (
        "Bantu Ethnic Militia (Somalia)", 4)
    assert _found("Uighur assailants stabbed the guards.", "CN")[0] == (
        "Uighur Ethnic Militia (China)", 4)
    assert _found("Tarok thugs burned the houses.", "NG")[0] == (
        "Tarok Ethnic Militia (Nigeria)", 4)


def test_a_town_before_a_militia_noun_is_no_people():
    assert all(a[1] != 4 for a in _found("Zintan militia fighters seized the depot.", "LY"))
