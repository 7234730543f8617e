"""A lead that counts its incidents by their places ("attacks on two villages") sums up the
incidents told after it (codebook §8.7; texts written for these tests)."""

from datetime import date

from khaldun import extract


def test_attacks_on_two_villages_is_a_lead_whose_toll_goes_to_neither():
    text = (
        "Suspected jihadists killed 14 civilians in attacks on two villages in central Mali's "
        "Mopti region on Sunday, a local official said.\n\n"
        "Gunmen on motorcycles attacked the village of Ogossagou, killing nine people, the "
        "official said. Five more were killed in nearby Sobane, he said."
    )
    found = extract(text, published=date(2020, 2, 17))
    assert sorted(e.location.town for e in found) == ["Ogossagou", "Sobane"]
    assert all(e.fatalities.high < 14 for e in found)
