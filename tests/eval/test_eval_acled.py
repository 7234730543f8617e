"""ACLED 2018 adapter: taxonomy mapping, grouping by notes, labels."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from khaldun.eval.acled import map_acled_2018_type, parse_acled_date, read_acled
from khaldun.records import EVENT_TYPES

COLUMNS = [
    "data_id",
    "event_date",
    "event_type",
    "inter1",
    "location",
    "latitude",
    "longitude",
    "notes",
    "fatalities",
]


@pytest.mark.parametrize(
    ("label", "types", "sub"),
    [
        ("Battle-No change of territory", {"Battles"}, "Armed clash"),
        ("Battle-Government regains territory", {"Battles"}, "Government regains territory"),
        (
            "Battle-Non-state actor overtakes territory",
            {"Battles"},
            "Non-state actor overtakes territory",
        ),
        ("Remote violence", {"Explosions/Remote violence"}, None),
        ("Violence against civilians", {"Violence against civilians"}, None),
        ("Riots/Protests", {"Protests", "Riots"}, None),
        ("Strategic development", {"Strategic developments"}, None),
        (
            "Non-violent transfer of territory",
            {"Strategic developments"},
            "Non-violent transfer of territory",
        ),
        (
            "Headquarters or base established",
            {"Strategic developments"},
            "Headquarters or base established",
        ),
    ],
)
def test_2018_taxonomy_maps_onto_todays(label, types, sub):
    mapped_types, mapped_sub = map_acled_2018_type(label)
    assert mapped_types == types
    assert mapped_sub == sub
    for t in mapped_types:
        assert t in EVENT_TYPES
        assert sub is None or sub in EVENT_TYPES[t]


def test_unknown_type_is_an_error():
    with pytest.raises(ValueError, match="Remote explosions"):
        map_acled_2018_type("Remote explosions")


def test_acled_dates():
    assert parse_acled_date("03-Feb-18") == date(2018, 2, 3)


def _write(path, rows):  # noqa: ANN001
    with open(path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def test_rows_sharing_notes_become_one_text(tmp_path):
    shared = "Jets struck Kafr Zeita and Latamina on Thursday, killing two in Latamina."
    rows = [
        {
            "data_id": "11",
            "event_date": "01-Feb-18",
            "event_type": "Remote violence",
            "inter1": "1",
            "location": "Kafr Zeita",
            "latitude": "35.37",
            "longitude": "36.60",
            "notes": shared,
            "fatalities": "0",
        },
        {
            "data_id": "12",
            "event_date": "02-Feb-18",
            "event_type": "Remote violence",
            "inter1": "1",
            "location": "Latamina",
            "latitude": "35.32",
            "longitude": "36.62",
            "notes": shared,
            "fatalities": "2",
        },
        {
            "data_id": "13",
            "event_date": "02-Feb-18",
            "event_type": "Riots/Protests",
            "inter1": "6",
            "location": "Karak",
            "latitude": "",
            "longitude": "",
            "notes": "Teachers rallied in Karak over unpaid wages.",
            "fatalities": "0",
        },
        {
            "data_id": "14",
            "event_date": "02-Feb-18",
            "event_type": "Strategic development",
            "inter1": "0",
            "location": "Nowhere",
            "latitude": "",
            "longitude": "",
            "notes": "",
            "fatalities": "",
        },
    ]
    path = tmp_path / "acled.csv"
    _write(path, rows)
    texts = read_acled(path)
    assert [t.article.doc_id for t in texts] == ["acled-11", "acled-13"]
    jets = texts[0]
    assert jets.article.text == shared
    assert jets.article.published == date(2018, 2, 2)  # the latest of its rows
    assert [r.place_names for r in jets.rows] == [("Kafr Zeita",), ("Latamina",)]
    assert [r.fatalities for r in jets.rows] == [0, 2]
    assert jets.rows[1].lat == pytest.approx(35.32)
    assert texts[1].rows[0].actor1_inter == 6 and texts[1].rows[0].lat is None


def test_not_an_acled_file(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(ValueError, match="notes"):
        read_acled(path)


def test_bad_type_names_the_row(tmp_path):
    path = tmp_path / "acled.csv"
    _write(
        path,
        [
            {
                "data_id": "1",
                "event_date": "01-Feb-18",
                "event_type": "Skirmish",
                "inter1": "1",
                "location": "X",
                "latitude": "",
                "longitude": "",
                "notes": "Something happened.",
                "fatalities": "0",
            }
        ],
    )
    with pytest.raises(ValueError, match=r"acled.csv:2"):
        read_acled(path)


def test_town_and_district_written_without_spaces_are_split():
    from khaldun.eval.acled import acled_place_names

    assert acled_place_names("Townville-Quarterton") == (
        "Townville-Quarterton", "Townville", "Quarterton")
    assert acled_place_names("Al-Somewhere") == ("Al-Somewhere",)  # an article, one name


def test_acled_rows_carry_their_event_date(tmp_path):
    row = {"data_id": "21", "event_date": "03-Mar-18", "event_type": "Remote violence",
           "inter1": "1", "location": "Kafr Zeita", "latitude": "", "longitude": "",
           "notes": "Jets struck Kafr Zeita over the weekend.", "fatalities": "0"}
    path = tmp_path / "acled.csv"
    _write(path, [row])
    (text,) = read_acled(path)
    assert (text.rows[0].date_start, text.rows[0].date_end) == (date(2018, 3, 3), None)


def test_inter2_is_read_with_none_as_zero(tmp_path):
    base = {
        "data_id": "21", "event_date": "05-Mar-18", "event_type": "Remote violence",
        "inter1": "1", "location": "Qaryat Nur", "latitude": "", "longitude": "",
        "fatalities": "0",
    }
    rows = [
        {**base, "data_id": "21", "inter2": "7", "notes": "Planes hit a market in Qaryat Nur."},
        {**base, "data_id": "22", "inter2": "0", "notes": "Guns shelled the fields of Qaryat Nur."},
        {**base, "data_id": "23", "inter2": "", "notes": "A drone struck near Qaryat Nur."},
    ]
    path = tmp_path / "acled.csv"
    with open(path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, [*COLUMNS, "inter2"])
        writer.writeheader()
        writer.writerows(rows)
    assert [t.rows[0].actor2_inter for t in read_acled(path)] == [7, 0, 0]


def test_no_inter2_column_leaves_actor2_unlabelled(tmp_path):
    path = tmp_path / "acled.csv"
    _write(path, [{
        "data_id": "31", "event_date": "05-Mar-18", "event_type": "Remote violence",
        "inter1": "1", "location": "Qaryat Nur", "latitude": "", "longitude": "",
        "notes": "Planes hit a market in Qaryat Nur.", "fatalities": "0",
    }])
    assert read_acled(path)[0].rows[0].actor2_inter is None
