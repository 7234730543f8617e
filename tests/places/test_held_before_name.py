"""Who holds a place, written before its name ("the FLN-held Qasr Tamim town"), is no part of
the name: the unknown-name finder and the area phrases read the name alone."""

from __future__ import annotations

from khaldun.places.areas import find_areas
from khaldun.places.unknown import find_unknown_places


def test_an_unknown_town_after_its_holder_is_named_alone():
    found = find_unknown_places("Artillery hit FLN-held Qasr Tamim town, killing two.", [])
    assert [m.surface for m in found] == ["Qasr Tamim"]


def test_an_area_after_a_holder_of_several_words_is_named_alone():
    spans = find_areas("Jets struck the Liwa al-Nasr-controlled Qasr Tamim area at dawn.")
    assert [s.surface for s in spans] == ["Qasr Tamim"]
