"""Place names the gazetteer lacks, found by the words around them (khaldun.places.unknown)."""

from khaldun.places.unknown import find_unknown_places, listed_before


def names(text, country="SY"):
    return [(p.surface, p.role) for p in find_unknown_places(text, [], country)]


def test_names_in_place_slots():
    assert ("Kfar Zibad", "town") in names("Shells hit Kfar Zibad on Monday.")
    assert ("Tell Qarah", "town") in names("Rebels shelled the village of Tell Qarah.")


def test_sentence_words_weekdays_and_holders_are_not_places():
    assert all(not n.startswith("In ") for n, _ in names("In Idlib city, a bomb exploded."))
    assert names("Jets struck on Monday near Saturday Market") == []
    assert names("the HTS-held town of Darat Izza") == [("Darat Izza", "town")]
    assert names("the latest attack on Iranian-linked sites in the country") == []


def test_seas_and_buildings_are_not_towns():
    assert names("struck a market in the Red Sea port") == []
    assert names("bodies found near Abu Bakr mosque") == []
    # the site nouns of site_nouns.txt too, in lower case only, but for those of a quarter
    assert names("shells fell near Zarqun roundabout") == []
    assert ("Zarqun Roundabout", "town") in names("Shells hit Zarqun Roundabout on Monday.")
    assert ("Zarqun", "town") in names("shells fell near Zarqun junction")


def test_a_site_named_after_its_town_lies_in_it():
    [site] = find_unknown_places("students arrested at Aleppo University", [], "SY")
    assert site.role == "neighbourhood" and site.town.name == "Aleppo"


def test_a_name_listed_before_a_known_town_is_a_town():
    from khaldun.places import find_places

    text = "Massacres in Bayda and Baniyas were reported."
    known = find_places(text, "SY")
    assert [p.surface for p in listed_before(text, known, [])] == ["Bayda"]


def test_possessives_demonyms_and_stopwords_start_no_unknown_name():
    assert names("Gunmen attacked a Syrian village on Sunday") == []
    assert [n for n, _ in names("a bomb went off in Kirkukan's western district")] == [
        "Kirkukan"]


def test_a_word_after_an_indefinite_article_describes_the_place_it_does_not_name_it():
    from khaldun.places.unknown import find_unknown_places

    text = "Gunmen attacked a Zulani village on Tuesday and burned the Zqubiyat village."
    assert [p.surface for p in find_unknown_places(text, [], None)] == ["Zqubiyat"]


def test_the_kind_of_place_after_a_name_is_no_part_of_it():
    from khaldun.places.unknown import find_unknown_places

    found = find_unknown_places("Raiders stormed a camp in Zqubor County on Sunday.", [], None)
    assert [p.surface for p in found] == ["Zqubor"]


def test_the_region_before_town_of_is_not_the_place():
    assert ("Qarmal", "town") not in names("A bomb killed two men in the Qarmal town of Bazrat.")
    assert ("Bazrat", "town") in names("A bomb killed two men in the Qarmal town of Bazrat.")
    assert ("Qarmal", "town") in names("Jets struck in Qarmal city of Ragla province.")


def test_a_towns_possessive_is_not_part_of_the_name():
    assert [n for n, _ in names("Shells hit Qarmal's Tall Zirr on Sunday.")] == ["Tall Zirr"]


def test_the_kind_of_administrative_unit_after_a_name_is_no_part_of_it():
    for text in ("Gunmen raided Zqubani Local Government Area of a northern state.",
                 "Gunmen raided villages in Zqubani LGA on Sunday.",
                 "A bomb went off in Zqubani Agency on Sunday.",
                 "Gunmen raided Zqubani Local Council of a northern state.",
                 "Gunmen raided Zqubani Local government area of a northern state."):
        assert [p.surface for p in find_unknown_places(text, [], None)] == ["Zqubani"]


def test_the_owner_before_a_possessive_is_no_part_of_the_name():
    [quarter] = find_unknown_places("Shells hit Aleppo's Zqibbis on Monday.", [], "SY")
    assert (quarter.surface, quarter.role, quarter.town.name) == ("Zqibbis", "neighbourhood",
                                                                  "Aleppo")
    assert names("A bomb went off in Syria's Zqubani on Monday.") == [("Zqubani", "town")]


def test_an_article_opens_a_two_word_name_and_an_airport_is_at_its_town():
    assert ("El Ade", "town") in names("Militants stormed a base in El Ade on Friday.", "SO")
    assert [n for n, _ in names("A drone hit Abha International Airport on Tuesday.", "SA")
            ] == []


def test_names_listed_after_a_captured_one_are_places_and_initials_and_speakers_are_not():
    text = "Troops took control of Tal Wuzzar, Qurqubish and Ain Ruzz after a long fight."
    assert [p.surface for p in find_unknown_places(text, [], "SY")] == [
        "Tal Wuzzar", "Qurqubish", "Ain Ruzz"]
    speaker = "Jets struck Qurqubish and Omar Zaki said ten died."
    assert [p.surface for p in find_unknown_places(speaker, [], "SY")] == ["Qurqubish"]
    initials = "Rebels, including AAS and HNDZ, entered Qurqubish."
    assert [p.surface for p in find_unknown_places(initials, [], "SY")] == ["Qurqubish"]


def test_a_name_ending_in_a_building_is_no_town():
    text = "Gunmen stormed the Qurqubish Girls Academy on Thursday."
    assert names(text) == []


def test_names_after_a_plural_place_noun_are_places():
    text = "Troops took the villages of Qarmadun and Tell Qarmadun, and the towns of Zubaydiya."
    names = [p.surface for p in find_unknown_places(text, [], "SY")]
    assert names == ["Qarmadun", "Tell Qarmadun", "Zubaydiya"]


def test_a_day_written_after_a_name_is_no_part_of_it():
    assert names("Government forces shelled Tell Wardan Saturday and Sunday.") == [
        ("Tell Wardan", "town")]
