"""Gunmen "believed to belong to" a named group are that group's men: it is the side that
acted, not the side acted on (texts written for these tests)."""

from datetime import date

import pytest

from khaldun import extract


@pytest.mark.parametrize("hedge", ["believed to belong to", "thought to be linked to",
                                   "suspected to be affiliated with"])
def test_the_group_the_gunmen_are_believed_to_belong_to_acted(hedge):
    text = (f"Officials said gunmen {hedge} Boko Haram shot dead a police sergeant in the "
            "town of Dikwa on Tuesday.")
    [event] = extract(text, published=date(2019, 6, 12))
    assert event.actor1 is not None and event.actor1.name.startswith("Boko Haram")
    assert event.actor2 is None or not event.actor2.name.startswith("Boko Haram")
