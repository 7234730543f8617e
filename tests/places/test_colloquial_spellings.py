"""A colloquial spelling of a village's name (the spoken form's dropped short vowels, "ei" for
"ay", "o" for "aw", an article written onto the word) is one spelling of the village the
gazetteer writes in a standard transliteration, though the two look too little alike for a
look-alike village; other vowels, a dropped vowel the spoken form keeps, or a nisba ending
make another name (invented names; a small gazetteer written here)."""

from __future__ import annotations

import pytest

from khaldun.places.gazetteer import Gazetteer
from khaldun.places.transliteration import colloquially_alike
from tests.places.conftest import place_named, wof_gazetteer


@pytest.mark.parametrize(("colloquial", "standard"), [
    ("Zbeilekh", "Zubaylikh"),  # the diminutive's first vowel dropped, "ei" for "ay"
    ("Hmeisreh", "Humaysirah"),  # ... and the short vowel after the diphthong
    ("Khreibet Elsoud", "Khuraybat as Sawd"),  # an article written onto the word, "o" for "aw"
    ("Rasm Elnabek", "Rasm an Nabk"),  # the spoken "e" between a word's last two consonants
    ("Tobeh", "At Tawbah"),  # two consonants: every vowel written, read alike
    ("Ain el-Darweh", "Ain ed Daroue"),  # French "ou" for w, the ending's h written or not
    ("Ouadi Samer", "Wadi Samir"),  # ... at a word's start too
])
def test_colloquial_and_standard_spellings_are_one_name(colloquial, standard):
    assert colloquially_alike(colloquial, standard)
    assert colloquially_alike(standard, colloquial)


@pytest.mark.parametrize(("one", "other"), [
    ("Bayzan", "Bazzan"),  # a diphthong is no short vowel
    ("Bayzan", "Bawzan"),  # nor another diphthong
    ("Kurzan", "Karzan"),  # other vowels
    ("Salbeh", "Salab"),  # a vowel the spoken form does not drop
    ("Zbeilekh", "Zubaylikhiyah"),  # a nisba ending makes another name
    ("Tobeh", "Tabah"),  # two consonants: a vowel read otherwise
    ("Dumaytiri", "Dumaytir"),  # another ending
    ("Daroub", "Darwab"),  # "ou" before a consonant is a vowel, no glide
])
def test_other_vowels_or_endings_are_other_names(one, other):
    assert not colloquially_alike(one, other)


# wof_id, country, placetype, name, lat, lon, parent_id, region, county, population, names
RECORDS = [
    (1, "SY", "region", "Idlib", 35.93, 36.63, -1, "Idlib", "", 0, ""),
    (2, "SY", "locality", "Idlib", 35.93, 36.63, 1, "Idlib", "Idleb", 165000, "Idleb"),
    (3, "SY", "locality", "Zubaylikh", 35.70, 36.70, 1, "Idlib", "Idleb", 0, ""),
    (4, "SY", "region", "Hama", 35.13, 36.75, -1, "Hama", "", 0, ""),
    (5, "SY", "locality", "Hama", 35.13, 36.75, 4, "Hama", "Hama", 460000, ""),
    (6, "SY", "locality", "Bazzan", 35.30, 36.90, 4, "Hama", "Hama", 0, ""),
]


@pytest.fixture(scope="module")
def cgaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return wof_gazetteer(tmp_path_factory.mktemp("colloquial"), RECORDS)


def test_a_village_written_as_spoken_is_the_village(cgaz):
    mention = place_named("Regime forces shelled the town of Zbeilekh with no casualties.",
                          "Zbeilekh", "SY", cgaz)
    assert mention.place is not None and mention.place.name == "Zubaylikh"
