"""Non-English articles are stored with a warning naming their language (issue 10)."""

from __future__ import annotations

from khaldun.ingest.language import detect_language, language_warning
from khaldun.pipeline import extract_article
from khaldun.records import Article

# Written for this test: "Government planes bombed the city on Sunday, killing twelve people
# and wounding others, activists said." in Arabic, Russian and Chinese.
ARABIC = (
    "قصفت الطائرات الحكومية المدينة يوم الأحد، "
    "مما أسفر عن مقتل اثني عشر شخصا وإصابة آخرين، بحسب ناشطين."
)
RUSSIAN = (
    "Правительственные самолеты нанесли удар по городу в воскресенье, "
    "погибли двенадцать человек."
)
CHINESE = "政府飞机周日轰炸了该市，造成十二人死亡，活动人士说。" * 3
ENGLISH = (
    "Government jets struck the Khaldiyeh district of Homs on Sunday, killing 12 people, "
    "activists said. Abu Mohammed al-Homsi, a local coordinator, said shelling resumed."
)


def test_languages_are_named():
    assert detect_language(ARABIC) == "ar"
    assert detect_language(RUSSIAN) == "ru"
    assert detect_language(CHINESE) == "zh"
    assert detect_language(ENGLISH) is None
    assert detect_language("Homs, 12") is None  # too short to tell
    assert "Arabic (ar), not English" in language_warning(ARABIC)


def test_extraction_warns_about_the_language():
    result = extract_article(Article(text=RUSSIAN, doc_id="ru1"))
    assert any("in Russian (ru), not English" in w for w in result.warnings)
    english = extract_article(Article(text=ENGLISH, doc_id="en1"))
    assert not any("not English" in w for w in english.warnings)


def test_plain_english_needs_no_language_model(monkeypatch):
    from khaldun.ingest import language

    def no_model():
        raise AssertionError("the model was loaded for plain English")

    monkeypatch.setattr(language, "_identifier", no_model)
    text = ("Gunmen opened fire on a checkpoint in the north of the town on Monday and "
            "two guards were killed, the local council said in a statement.")
    assert language.detect_language(text) is None



def test_the_language_model_can_be_loaded_ahead_of_any_text():
    from khaldun.ingest import language

    language._identifier.cache_clear()
    language.load_identifier()
    assert language._identifier.cache_info().currsize == 1
