"""An organisation described in words all of which the name of one that spoke before holds
("the doctors' group" after the Kordofan Doctors Network) is that one: one source, not a
second that corroborates it (codebook §8.5; texts written for these tests)."""

from datetime import date

from khaldun import extract

_TEXT = (
    "An air strike hit the market of Tawila in North Darfur on Monday, killing 20 people, the "
    "Kordofan Doctors Network said.\n\n"
    "In a statement, the doctors' group said many of the wounded could not reach hospitals.\n"
)


def test_the_doctors_group_is_the_network_named_before():
    (event,) = extract(_TEXT, published=date(2024, 5, 8))
    assert {c.source for c in event.claims} == {"Kordofan Doctors Network"}
    assert event.status == "single"


def test_a_group_described_otherwise_is_another_source():
    text = _TEXT.replace("the doctors' group", "a lawyers' group")
    (event,) = extract(text, published=date(2024, 5, 8))
    assert len({c.source for c in event.claims}) == 2
