from khaldun.places.transliteration import (
    exact_form,
    forms_likeness,
    likeness,
    name_key,
    plain_letters,
    same_place_name,
    similar,
    spelling_form,
    spelling_likeness,
)


def test_khalidiya_spellings_share_a_key():
    keys = {name_key(n) for n in ("Khalidiya", "Khaldiya", "Khaldiyeh", "al-Khalidiyah")}
    assert len(keys) == 1


def test_jouret_spellings_share_a_key():
    assert same_place_name("Jouret al-Shiyah", "Jurat ash Shayah")
    assert not same_place_name("Jouret al-Shiyah", "Bab Amr")


def test_exact_form_drops_diacritics_hyphens_and_apostrophes():
    assert exact_form("Jisr al-Shughūr") == "jisr al shughur"
    assert exact_form("Ma’arat") == "maarat"
    assert exact_form("حمص") == "حمص"


def test_spelling_similarity_separates_variants_from_lookalikes():
    assert similar("Khaldiyeh", "Al Khālidīyah")
    assert similar("Deir Ezzor", "Deir ez-Zor")
    assert not similar("Home", "Ḩamāh")
    assert not similar("Nahar", "Nahariyya")
    assert similar("Saraqeb", "Saraqib")


def test_likeness_of_stored_forms_is_the_likeness_of_the_spellings():
    pairs = [("Khaldiyeh", "al-Khalidiyah"), ("Arbin", "Irbin"), ("Home", "Hamah"),
             ("Kafr Oweid", "Kafr Uwayd"), ("Yalda", "Elda"), ("Sha'fe", "Safa")]
    for surface, name in pairs:
        stored = (spelling_form(exact_form(name)), plain_letters(exact_form(name)))
        assert forms_likeness(spelling_form(surface), plain_letters(surface), *stored) == (
            likeness(surface, name), spelling_likeness(surface, name))
