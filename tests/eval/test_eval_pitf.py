"""PITF adapter: coordinates, perpetrators, types, the broken export format."""

from __future__ import annotations

from datetime import date

import pytest

from khaldun.eval.pitf import (
    clean_description,
    dms_to_degrees,
    perpetrator_inter,
    pitf_event_types,
    place_names,
    read_pitf,
    split_records,
)

HEADER = [
    "Event Type",
    "Start Day",
    "Start Month",
    "Start Year",
    "Country",
    "District",
    "Locality",
    "Degrees",
    "Minutes",
    "Seconds",
    "Direction",
    "Degrees",
    "Minutes",
    "Seconds",
    "Direction",
    "Perp State Role",
    "Perp Non-State Ideological",
    "Perp Non-State Ethnic",
    "Deaths Number",
    "Organization of Violence",
    "Weapons",
    "Description",
    "Link",
]


def test_degrees_minutes_seconds():
    assert dms_to_degrees("33", "30", "36", "N") == pytest.approx(33.51)
    assert dms_to_degrees("12", "15", "0", "S") == pytest.approx(-12.25)
    assert dms_to_degrees("70", "6", "0", "W") == pytest.approx(-70.1)
    assert dms_to_degrees("", "", "", "N") is None


def test_perpetrator_classes():
    assert perpetrator_inter({"Perp State Role": "State Perpetrator"}) == 1
    assert perpetrator_inter({"Perp State Role": "Transnational, State"}) == 8
    ideological = {
        "Perp State Role": "Non-State, Internal, No State Sanction",
        "Perp Non-State Ideological": "a jihadist group",
    }
    assert perpetrator_inter(ideological) == 2
    ethnic = {
        "Perp State Role": "Non-State, Internal, No State Sanction",
        "Perp Non-State Ethnic": "herders",
    }
    assert perpetrator_inter(ethnic) == 4
    assert perpetrator_inter({"Perp State Role": "Unknown/Unclear/Other"}) is None
    assert perpetrator_inter({"Perp State Role": "Multiple Perpetrators (Non-State)"}) is None


def test_types_from_organisation_and_weapons():
    assert pitf_event_types("Attack/Massacre", "Suicide Bombing") == {"Explosions/Remote violence"}
    assert pitf_event_types("Attack/Massacre", "Firearms") == {"Violence against civilians"}
    assert pitf_event_types("Clash", "Firearms") == {"Battles"}
    assert pitf_event_types("Protest", "Unclear/Other") == {"Protests", "Riots"}


def test_place_names_keep_alternatives_and_drop_admin_words():
    assert place_names("Dujail (Ad Dujayl)", "Salah ad Din Governate") == (
        "Dujail",
        "Ad Dujayl",
        "Salah ad Din",
    )
    assert place_names("multiple locations", "") == ()


def test_place_names_also_read_bare_of_qualifier_kind_and_list():
    assert place_names("Zqubu town", "Zqal LGA") == ("Zqubu town", "Zqubu", "Zqal")
    assert place_names("near Zqubu village", "") == ("near Zqubu village", "Zqubu")
    assert place_names("Zqa, Zqe and Zqi villages", "") == (
        "Zqa, Zqe and Zqi villages", "Zqa", "Zqe", "Zqi")


def test_description_unescaping():
    assert clean_description(' \\"Gunmen shot three guards,\\" police said. ') == (
        '"Gunmen shot three guards," police said.'
    )


def test_records_split_over_lines_are_joined():
    lines = ["Incident\tfirst part", "of the text", "Campaign\tsecond"]
    assert split_records(lines) == ["Incident\tfirst part of the text", "Campaign\tsecond"]


def _line(**values: str) -> str:
    fields = dict.fromkeys(range(len(HEADER)), "")
    names = {
        "event": 0,
        "day": 1,
        "month": 2,
        "year": 3,
        "country": 4,
        "locality": 6,
        "lat_d": 7,
        "lat_m": 8,
        "lat_s": 9,
        "lat_dir": 10,
        "lon_d": 11,
        "lon_m": 12,
        "lon_s": 13,
        "lon_dir": 14,
        "role": 15,
        "ideological": 16,
        "deaths": 18,
        "org": 19,
        "weapons": 20,
        "text": 21,
    }
    for key, value in values.items():
        fields[names[key]] = value
    return "\t".join(fields[i] for i in range(len(HEADER)))


def test_read_pitf_rows_and_skips(tmp_path):
    good = _line(
        event="Incident",
        day="4",
        month="03",
        year="2014",
        country="SSD",
        locality="Bentiu",
        lat_d="9",
        lat_m="14",
        lat_s="0",
        lat_dir="N",
        lon_d="29",
        lon_m="47",
        lon_s="0",
        lon_dir="E",
        role="Non-State, Internal, No State Sanction",
        ideological="rebels",
        deaths="7",
        org="Attack/Massacre",
        weapons="Firearms",
        text="Rebels shot seven traders on the road outside Bentiu, officials said.",
    )
    tally = _line(
        event="Campaign",
        day="5",
        month="03",
        year="2014",
        locality="multiple locations",
        deaths="60",
        org="Attack/Massacre",
        text=" Daily death total reported by a monitoring website ",
    )
    empty = _line(event="Incident", day="6", month="03", year="2014", text="")
    path = tmp_path / "pitf.tsv"
    path.write_text("\n".join(["\t".join(HEADER), good, tally, empty]) + "\n")
    (text,) = read_pitf(path)
    row = text.rows[0]
    assert text.article.published == date(2014, 3, 4)
    assert text.article.doc_id == "pitf-1"
    assert row.place_names == ("Bentiu",)
    assert row.lat == pytest.approx(9 + 14 / 60) and row.lon == pytest.approx(29 + 47 / 60)
    assert (row.fatalities, row.actor1_inter) == (7, 2)
    assert row.event_types == {"Violence against civilians"}
    assert row.country == "SS"  # the ISO3 column, so events in another country are counted


def test_not_a_pitf_file(tmp_path):
    path = tmp_path / "x.tsv"
    path.write_text("a\tb\n")
    with pytest.raises(ValueError, match="Description"):
        read_pitf(path)


def _state(country: str, military: str) -> dict[str, str]:
    return {"Perp State Role": "State Perpetrator", "Country": country,
            "Perp State Military": military}


def test_foreign_state_perpetrator_is_external():
    assert perpetrator_inter(_state("KEN", "Ugandan jets")) == 8
    assert perpetrator_inter(_state("MLI", "UN peacekeepers")) == 8
    assert perpetrator_inter(_state("SSD", "South Sudan army")) == 1
    assert perpetrator_inter(_state("KEN", "the army")) == 1


def _non_state(**columns: str) -> dict[str, str]:
    fields = {"Perp State Role": "Non-State, Internal, No State Sanction"}
    fields.update({f"Perp Non-State {k}": v for k, v in columns.items()})
    return fields


def test_non_state_perpetrator_words_decide_the_class():
    assert perpetrator_inter(_non_state(Ethnic="northern separatists")) == 2
    assert perpetrator_inter(_non_state(Private="a village mob")) == 5
    assert perpetrator_inter(_non_state(Ideological="party supporters, political")) == 3
    assert perpetrator_inter(_non_state(Religious="Christians")) == 4
    assert perpetrator_inter(_non_state(Religious="a jihadist group")) == 2
    assert perpetrator_inter(_non_state(Ideological="a jihadist group", Ethnic="herders")) is None


def test_pitf_rows_carry_start_and_end_days_and_99_is_no_end():
    from khaldun.eval.pitf import pitf_text

    base = {"Start Day": "4", "Start Month": "3", "Start Year": "2014",
            "Description": "Gunmen raided two villages over three days."}
    ended = pitf_text({**base, "End Day": "6", "End Month": "3", "End Year": "2014"}, "f: record 1")
    row = ended.rows[0]
    assert (row.date_start, row.date_end) == (date(2014, 3, 4), date(2014, 3, 6))
    open_ended = pitf_text({**base, "End Day": "99", "End Month": "99", "End Year": "9999"},
                           "f: record 2")
    assert (open_ended.rows[0].date_start, open_ended.rows[0].date_end) == (date(2014, 3, 4), None)


def test_a_pitf_text_with_an_end_day_is_read_as_published_on_it():
    from khaldun.eval.pitf import pitf_text

    base = {"Start Day": "4", "Start Month": "3", "Start Year": "2014",
            "Description": "Gunmen raided two villages over the weekend, police said on Sunday."}
    ended = pitf_text({**base, "End Day": "6", "End Month": "3", "End Year": "2014"}, "f: record 1")
    assert ended.article.published == date(2014, 3, 6)
    open_ended = pitf_text({**base, "End Day": "99", "End Month": "99", "End Year": "9999"},
                           "f: record 2")
    assert open_ended.article.published == date(2014, 3, 4)
    backwards = pitf_text({**base, "End Day": "1", "End Month": "3", "End Year": "2014"},
                          "f: record 3")  # (an end before the start is no end)
    assert (backwards.article.published, backwards.rows[0].date_end) == (date(2014, 3, 4), None)
