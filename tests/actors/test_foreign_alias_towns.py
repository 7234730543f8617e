"""The alias of another country's own force that names a town of the story's country is
that town ("in Rada, in central Yemen": not Libya's Rada force)."""

from __future__ import annotations

from khaldun import extract
from khaldun.actors.resolve import find_actors


def test_a_foreign_forces_alias_is_a_town_of_the_storys_country():
    text = "Gunmen attacked a police station in Rada in central Yemen on Sunday, killing three."
    assert not any(m.surface.startswith("Rada") for m in find_actors(text, "YE"))
    [event] = extract(text, published="2018-03-05")
    assert event.location.town == "Rada"


def test_at_home_the_alias_is_the_force():
    text = "Rada fighters clashed with a rival militia in Tripoli on Sunday."
    assert any(m.surface.startswith("Rada") for m in find_actors(text, "LY"))
