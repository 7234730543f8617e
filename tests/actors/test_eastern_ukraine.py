"""Eastern Ukraine from April 2014: the rebels, separatists, militants and "terrorists" that
reports leave unnamed are the Donetsk and Luhansk republics' forces, a rebel group; before
the republics, such words name no one (texts written for these tests)."""

from datetime import date

from khaldun import extract


def _actor1(text: str, published: date) -> list[tuple[str, int]]:
    return [(e.actor1.name, e.actor1.inter) for e in extract(text, published=published)
            if e.actor1 is not None]


def test_unnamed_militants_and_terrorists_in_the_east_are_the_republics():
    for text in (
        "Terrorists fired artillery at residential areas of Slovyansk in Donetsk Region on "
        "Sunday, killing six civilians.",
        "Militants shelled a bus stop in Horlivka, Donetsk Region, killing four people, the "
        "regional administration said.",
        "Rebels shelled the town of Debaltseve on Monday, killing five civilians.",
    ):
        assert _actor1(text, date(2014, 8, 3)) == [("DPR: Donetsk People's Republic", 2)], text


def test_militants_before_the_republics_are_unnamed():
    text = ("Militants threw firebombs at police in central Kiev on Monday, injuring ten "
            "officers, Ukraine's interior ministry said.")
    assert [i for _, i in _actor1(text, date(2014, 1, 20))] == [3]
