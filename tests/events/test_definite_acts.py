""""The toll from the raid rose": the event told with a raid, though another was told since
(texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_a_toll_for_the_raid_goes_to_the_raid_not_the_later_pursuit():
    text = (
        "Rebels killed at least 22 villagers in an overnight attack in eastern Congo's North "
        "Kivu province, local officials said Friday.\n\n"
        "The attackers used machetes and guns in the raid on Mamove village late Thursday, "
        "an administrator said.\n\n"
        "The army said it had killed five rebels in pursuit operations on Friday. A civil "
        "society leader said the death toll from the raid had risen to 27 after more bodies "
        "were found."
    )
    found = extract(text, published=date(2020, 7, 3))
    by_sub = {e.sub_event_type: e for e in found}
    assert (by_sub["Attack"].fatalities.low, by_sub["Attack"].fatalities.high) == (22, 27)
    assert by_sub["Armed clash"].fatalities.high == 5
