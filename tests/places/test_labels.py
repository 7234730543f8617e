"""Map labels: the most populous towns in a box, and smaller ones only when zoomed in."""

from __future__ import annotations

from khaldun.places.labels import labels, min_population

SYRIA = (35.5, 32.0, 42.5, 37.5)
SYRIAN_CITIES = ["Aleppo", "Damascus", "Homs", "Deir ez-Zor", "Daraa", "Tadmur"]


def names(found):
    return [p["name"] for p in found]


def test_labels_grow_with_zoom_and_stay_in_the_box(label_gazetteer):
    near = labels(label_gazetteer, SYRIA, 7)
    assert names(near) == SYRIAN_CITIES  # no province, no Cairo
    assert near[0] == {"name": "Aleppo", "lat": 36.2, "lon": 37.16, "population": 2_000_000,
                       "placetype": "town", "country": "SY"}
    assert names(labels(label_gazetteer, SYRIA, 4)) == ["Aleppo", "Damascus", "Homs"]
    assert names(labels(label_gazetteer, SYRIA, 12))[-1] == "Hamlet"
    assert names(labels(label_gazetteer, SYRIA, 7, limit=2)) == ["Aleppo", "Damascus"]


def test_min_population_falls_as_zoom_grows():
    sizes = [min_population(z) for z in range(0, 20)]
    assert sizes == sorted(sizes, reverse=True) and min_population(-1) == min_population(0)
