"""A spot said to lie in a quarter of a big city ("the X area in the Y district of Damascus")
lies in that city: a village named X some 20 km out of it, in the province around it, is a
namesake (the spot is placed at the city)."""

from __future__ import annotations

from khaldun import extract
from khaldun.places.geometry import distance_km

DAMASCUS = (33.51, 36.29)


def test_a_spot_of_a_quarter_is_no_village_outside_the_city():
    # Qaysa is a village of Rif Dimashq about 23 km east of Damascus
    [event] = extract(
        "Mortar rounds fell on the Qaysa area in the Qassaa district of Damascus city on "
        "Monday, wounding two men.")
    loc = event.location
    assert loc.lat is not None and distance_km(loc.lat, loc.lon, *DAMASCUS) < 15
