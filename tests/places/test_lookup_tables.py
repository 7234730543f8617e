"""The gazetteer's key filter, lookup tables and bounded caches answer as the plain joins do."""

from __future__ import annotations

import math
import sqlite3
import string

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.geometry import distance_km
from khaldun.places.keyfilter import KeyFilter
from khaldun.places.transliteration import name_key, plain_letters, spelling_form


def _rows(path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_key_filter_holds_every_key_and_few_others():
    keys = [f"k{a}{b}{c}" for a in string.ascii_lowercase[:10]
            for b in string.ascii_lowercase[:10] for c in "aeiou"]
    bloom = KeyFilter.build(keys, len(keys))
    assert all(k in bloom for k in keys)
    others = [f"z{k}" for k in keys]
    assert sum(k in bloom for k in others) < 0.05 * len(others)


def test_key_filter_of_a_built_file_knows_its_keys(gaz, gazetteer_path):
    keys = [k for (k,) in _rows(gazetteer_path, "SELECT DISTINCT key FROM names WHERE key != ''")]
    assert keys and all(k in gaz._key_filter for k in keys)
    assert name_key("Saraqeb") in gaz._key_filter  # an imported spelling, added by the rebuild
    assert gaz.keyed("Qwzxv", "SY") == []
    forms = [f for (f,) in _rows(gazetteer_path, "SELECT DISTINCT lower FROM names")]
    assert forms and all(f in gaz._form_filter for f in forms)
    assert gaz.exact("Qwzxv") == []


def test_key_names_answer_like_the_join(gazetteer_path):
    for (key,) in _rows(gazetteer_path, "SELECT DISTINCT key FROM names WHERE key != ''"):
        joined = _rows(gazetteer_path,
                       "SELECT n.place_id, n.lower, p.country, p.kind, p.population, p.lat"
                       " FROM names n"
                       " JOIN places p ON p.id = n.place_id WHERE n.key = ? ORDER BY n.rowid",
                       (key,))
        table = _rows(gazetteer_path, "SELECT place_id, lower, country, kind, population,"
                      " lat FROM key_names WHERE key = ? ORDER BY rid", (key,))
        assert table == joined


def test_key_names_keep_each_spellings_forms(gazetteer_path):
    rows = _rows(gazetteer_path, "SELECT lower, spelling, plain FROM key_names")
    assert rows
    assert all((spelling, plain) == (spelling_form(lower), plain_letters(lower))
               for lower, spelling, plain in rows)


def test_area_spellings_answer_like_the_join(gaz, gazetteer_path):
    near = gaz.spellings_near(34.7, 36.7, 35.0, "SY")  # a point already on the 0.1° grid
    dlat, dlon = 35.0 / 111.0, 35.0 / (111.0 * math.cos(math.radians(34.7)))
    box = _rows(gazetteer_path,
                "SELECT p.id, n.lower, n.key FROM places p JOIN names n ON n.place_id = p.id"
                " WHERE p.country = 'SY' AND p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?"
                " AND p.kind IN ('town', 'neighbourhood') AND n.key != ''"
                " ORDER BY p.lat, p.id, n.lower",
                (34.7 - dlat, 34.7 + dlat, 36.7 - dlon, 36.7 + dlon))
    assert len(box) > 5
    assert list(zip(near.ids, near.spellings, near.keys, strict=True)) == box
    assert near.with_key(name_key("Khaldiyeh"))
    province = gaz.spellings_in("SY", "Homs")
    joined = _rows(gazetteer_path,
                   "SELECT p.id, n.lower, n.key FROM places p JOIN names n ON n.place_id = p.id"
                   " WHERE p.country = 'SY' AND p.admin1 = 'Homs'"
                   " AND p.kind IN ('town', 'neighbourhood') AND n.key != ''"
                   " ORDER BY p.id, n.lower")
    assert list(zip(province.ids, province.spellings, province.keys, strict=True)) == joined


def test_country_spellings_are_read_without_their_keys(gaz, gazetteer_path):
    # (a whole country is compared by spelling alone: its keys are not read)
    country = gaz.spellings_of_country("SY")
    joined = _rows(gazetteer_path,
                   "SELECT p.id, n.lower FROM places p JOIN names n ON n.place_id = p.id"
                   " WHERE p.country = 'SY' AND p.admin1 IS NOT NULL"
                   " AND p.kind IN ('town', 'neighbourhood') AND n.key != ''"
                   " ORDER BY p.id, n.lower")
    assert joined
    assert list(zip(country.ids, country.spellings, strict=True)) == joined
    assert country.keys == ()
    assert country.with_key(name_key(joined[0][1])) == []


def test_home_first_is_lookups_first_in_the_country(gaz):
    for name in ("Homs", "Hims", "Tripoli", "Khaldiyeh", "Jobar", "Hama", "Saraqeb", "Nowhere"):
        for country in ("SY", "LB", "LY", "IQ"):
            for kind in (None, "town"):
                ranked = gaz.lookup(name, country, kind)
                first = ranked[0] if ranked and ranked[0].country == country else None
                assert gaz.home_first(name, country, kind) is first


def test_town_at_is_lookups_first_town_near_the_point(gaz):
    towns = [p for name, country in (("Homs", "SY"), ("Hama", "SY"), ("Tripoli", "LB"))
             for p in gaz.lookup(name, country) if p.lat is not None]
    points = [(p.lat, p.lon) for p in towns] + [(p.lat + 0.015, p.lon) for p in towns]
    found = set()
    for name in ("Homs", "Hims", "Tripoli", "Khaldiyeh", "Hama", "Nowhere", "Homs - Baba Amr"):
        for country in ("SY", "LB", None):
            for lat, lon in points:
                for km in (0.5, 2.0, 50.0):
                    first = next((p for p in gaz.lookup(name, country, "town") if p.lat
                                  is not None and distance_km(p.lat, p.lon, lat, lon) <= km), None)
                    assert gaz.town_at(name, country, lat, lon, km) is first
                    found.add(first is None)
    assert found == {True, False}


def test_places_at_are_lookups_places_near_the_point(gaz):
    towns = [p for name, country in (("Homs", "SY"), ("Hama", "SY"), ("Tripoli", "LB"))
             for p in gaz.lookup(name, country) if p.lat is not None]
    points = [(p.lat, p.lon) for p in towns] + [(p.lat + 0.015, p.lon) for p in towns]
    found = set()
    for name in ("Homs", "Hims", "Tripoli", "Khaldiyeh", "Hama", "Nowhere", "Homs - Baba Amr"):
        for country in ("SY", "LB", None):
            for lat, lon in points:
                for km in (0.5, 2.0, 50.0):
                    near = {id(p) for p in gaz.lookup(name, country) if p.lat is not None
                            and distance_km(p.lat, p.lon, lat, lon) <= km}
                    assert {id(p) for p in gaz.places_at(name, country, lat, lon, km)} == near
                    found.add(bool(near))
    assert found == {True, False}


def test_answers_do_not_depend_on_what_the_caches_forgot(gazetteer_path):
    roomy, tight = Gazetteer(gazetteer_path), Gazetteer(gazetteer_path)
    for cache in (tight._forms, tight._keys, tight._key_forms, tight._keyed, tight._near):
        cache.size = 1
    tight.memo.size = 1
    names = ["Khalidiya", "al-Khalidiyah", "Baba Amr", "Jurat al-Shiyah", "Hama", "Idleb"]
    for _ in range(2):
        for name in names:
            expected = [(p.name, p.country) for p in roomy.lookup(name, "SY")]
            assert [(p.name, p.country) for p in tight.lookup(name, "SY")] == expected
            place = roomy.lookup(name, "SY")[0]
            same = tight.lookup(name, "SY")[0]
            assert tight.likeness(name, same, "SY") == roomy.likeness(name, place, "SY")
    assert len(tight._key_forms) <= 1 and len(tight._keyed) <= 1
