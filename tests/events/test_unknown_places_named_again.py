"""A village no gazetteer knows, placed by the area the text puts it in, is the same place when
a later sentence names it alone, not a namesake the gazetteer finds far away (texts written
for these tests)."""

from datetime import date

from khaldun import extract
from khaldun.places.geometry import distance_km

PUBLISHED = date(2018, 3, 5)
_TEXT = (
    "Gunmen killed at least 20 people overnight when they raided three villages of Plateau "
    "state, police said on Tuesday.\n\n"
    "The attackers struck the villages of Ancha, Hukke and Rafiki in Bassa local government "
    "area late on Sunday, burning houses.\n\n"
    "A community leader in Ancha said 11 people were killed in his village."
)


def test_a_village_named_again_stays_where_its_area_put_it():
    events = extract(_TEXT, published=PUBLISHED)
    by_town = {e.location.town: e.location for e in events}
    ancha, hukke = by_town["Ancha"], by_town["Hukke"]
    assert distance_km(ancha.lat, ancha.lon, hukke.lat, hukke.lon) < 1
    assert ancha.admin1 == hukke.admin1
