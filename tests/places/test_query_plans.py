"""The gazetteer's queries read an index made for them, not a country's every place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from khaldun.places.gazetteer import Gazetteer


def _plans(gaz: Gazetteer, ask: Callable[[Gazetteer], object]) -> list[str]:
    """The query plans of the SQL that `ask(gaz)` runs."""
    asked: list[tuple[str, tuple]] = []
    query = gaz._query

    def recording(sql: str, params: tuple = ()) -> list[tuple]:
        asked.append((sql, params))
        return query(sql, params)

    gaz._query = recording  # type: ignore[method-assign]
    try:
        ask(gaz)
    finally:
        del gaz._query
    return [" ".join(str(r[-1]) for r in gaz._conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
            for sql, params in asked]


def test_middle_of_a_country_reads_the_province_rows_only(gazetteer_path: Path) -> None:
    gaz = Gazetteer(gazetteer_path)
    plans = _plans(gaz, lambda g: g.middle_of("SY"))
    assert plans and all("places_feature" in p for p in plans), plans
    provinces = list(gaz._conn.execute(
        "SELECT lat, lon, feature_code FROM places WHERE country = 'SY' AND kind = 'admin1'"
        " AND lat IS NOT NULL"))
    assert provinces and all(code == "ADM1" for _, _, code in provinces)
    lats, lons = [r[0] for r in provinces], [r[1] for r in provinces]
    assert gaz.middle_of("SY") == ((min(lats) + max(lats)) / 2.0, (min(lons) + max(lons)) / 2.0)
