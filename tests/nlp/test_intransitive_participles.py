"""An act that takes no object, hung by the parse on a noun as a participle ("Army forces,
supported by X, clashed with Y"), is that noun's own act: the noun acts, it is not acted on;
the noun heading a support phrase ("troops backed by warplanes") is not the one that acts."""

from __future__ import annotations

from khaldun import extract


def test_forces_supported_by_allies_clash_as_the_side_that_acts():
    text = ("Army forces, supported by the Saudi-led coalition, clashed with Houthi fighters in "
            "Nihm district on Monday, a military source said.")
    (event,) = extract(text, published="2018-03-06")
    assert event.actor1.name == "Military Forces of Yemen"
    assert event.actor2 is not None and "Supreme Political Council" in event.actor2.name


def test_troops_backed_by_warplanes_are_the_side_that_clashed():
    text = ("Pro-Hadi troops backed by coalition warplanes clashed with Houthi fighters in Haradh "
            "on Monday.")
    (event,) = extract(text, published="2018-03-06")
    assert event.actor1.name == "Military Forces of Yemen"
