import csv
import json

from khaldun.places.coverage import acled_coverage, gold_coverage


def test_acled_coverage_counts_lookups_and_mentions(gaz, tmp_path):
    path = tmp_path / "acled.csv"
    rows = [  # location found and named in the notes; found only by lookup; found by neither
        ("Syria", "Homs", 34.73, 36.72, "Shelling hit the Khaldiyeh district of Homs."),
        ("Syria", "Saraqib", 35.86, 36.80, "Clashes were reported in the area."),
        ("Syria", "Nowhere", 30.0, 30.0, "Nothing known happened in Nowhere."),
    ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["country", "location", "latitude", "longitude", "notes"])
        writer.writerows(rows)
    cov = acled_coverage(path, gaz)
    assert (cov.rows, cov.lookup_hits, cov.mention_hits) == (3, 2, 1)
    assert cov.by_country["Syria"]["rows"] == 3
    assert round(cov.share(cov.lookup_hits), 3) == 0.667


def test_gold_coverage_matches_by_distance_or_name(gaz, tmp_path):
    path = tmp_path / "gold.jsonl"
    article = {
        "text": "Syrian jets struck Saraqeb. Shells fell on the village of Umm Jarin.",
        "events": [
            {"location": {"town": "Saraqib", "country": "SY", "lat": 35.86, "lon": 36.80}},
            {"location": {"town": "Umm Jarin", "country": "SY", "lat": None, "lon": None}},
            {"location": {"town": "Elsewhere", "country": "SY", "lat": None, "lon": None}},
        ],
    }
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    cov = gold_coverage(path, gaz)
    assert (cov.rows, cov.lookup_hits, cov.mention_hits) == (3, 1, 2)
