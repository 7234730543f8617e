"""A security commander is one of the state's forces, as a security officer is."""

from khaldun.actors.resolve import find_actors


def test_a_security_commander_is_the_states_forces():
    found = find_actors("a bomb planted in a car killed a security commander", "YE")
    assert [m.actor.name for m in found] == ["Military Forces of Yemen"]
