"""A sentence with no act word of its own that dates what it tells only on days after the
event ("forces launched an operation on Saturday to clear the area" after Friday's ambush)
is a later act: its source gives no account of the event, so it corroborates nothing."""

from datetime import date

from khaldun import extract


def test_a_source_of_a_later_operation_does_not_corroborate_the_ambush():
    text = (
        "Militants attacked an army post near the village of Bashir late on Friday, "
        "killing two soldiers, a local commander said.\n\nSecurity forces launched an "
        "operation on Saturday to clear the area, the Joint Operations Command said."
    )
    (event,) = extract(text, published=date(2018, 3, 17))
    assert event.status == "single"
