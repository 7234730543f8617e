from khaldun.places.transliteration import exact_form, name_key, same_place_name, similar


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
