"""A denial answering a standing accusation of backing a side ("X accuses Y of backing the
rebels, a charge Y denies") denies the backing, not the day's clash: the clash stays single."""

from datetime import date

from khaldun import extract

PUBLISHED = date(2018, 3, 5)
LEAD = ("GOMA, March 4 - M23 rebels clashed with the Congolese army near Sake on Saturday, "
        "killing nine people, the army said. ")


def test_a_charge_of_backing_denied_denies_no_event():
    text = LEAD + "Kinshasa accuses Rwanda of backing the M23, a charge Kigali denies."
    (event,) = extract(text, published=PUBLISHED)
    assert not [c for c in event.claims if c.kind == "denial"]
    assert event.status == "single"


def test_a_charge_of_arming_denied_in_a_relative_clause_denies_no_event():
    text = LEAD + "Kinshasa has long accused Rwanda of arming the rebels, which Kigali denies."
    (event,) = extract(text, published=PUBLISHED)
    assert not [c for c in event.claims if c.kind == "denial"]
