"""Loyalist forces speaking ("loyalist forces said they had taken the hill") are the state's
forces speaking, a military source, as "government forces said" is."""

from khaldun.actors import find_sources


def test_loyalist_forces_said_is_a_military_source():
    text = "Loyalist forces said they had taken the hill above the town."
    assert [s.name for s in find_sources(text, "YE")] == ["a military source"]
