"""Which language an article is written in (py3langid), so non-English text is flagged."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

# The head of an article says its language; scoring more costs time and adds nothing.
SAMPLE_CHARS = 3000
# A text is non-English when langid gives English a probability below this. Calibrated on 2,868
# ACLED notes (English, many transliterated names: lowest 0.26) against short Arabic, Chinese,
# Russian and French reports (all under 1e-5).
ENGLISH_FLOOR = 1e-3
# Fewer letters than this say too little to tell (a headline, a number list).
MIN_LETTERS = 60
# A sample whose words are at least this share of english_words.txt is English without the
# language model (whose LZMA-packed model costs ~0.6 CPU-s to load). English news runs at
# 0.25-0.35; French, Spanish or transliterated Arabic stay under 0.03.
ENGLISH_WORD_SHARE = 0.10
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    text = resources.files("khaldun.data").joinpath("english_words.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _plainly_english(sample: str) -> bool:
    words = _WORD.findall(sample.lower())
    common = _english_words()
    return bool(words) and (
        sum(map(common.__contains__, words)) >= ENGLISH_WORD_SHARE * len(words))


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    text = resources.files("khaldun.data").joinpath("languages.csv").read_text("utf-8")
    return {row["code"]: row["name"] for row in csv.DictReader(text.splitlines())}


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_identifier() -> None:
    """Load the language identifier now (warm-up) rather than on the first foreign text."""
    _identifier()


def language_name(code: str) -> str:
    """The English name of a language code ("ar" -> "Arabic"); the code when unknown."""
    return _names().get(code, code)


def detect_language(text: str) -> str | None:
    """The code of the language the text is written in, when it is surely not English."""
    sample = text[:SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_LETTERS or _plainly_english(sample):
        return None
    ranked = _identifier().rank(sample)
    english = dict(ranked).get("en", 0.0)
    return ranked[0][0] if english < ENGLISH_FLOOR and ranked[0][0] != "en" else None


def language_warning(text: str) -> str | None:
    """A warning naming the article's language when it is not English (events are not read)."""
    code = detect_language(text)
    if code is None:
        return None
    return (
        f"text is in {language_name(code)} ({code}), not English: stored, but events are "
        "extracted from English text only"
    )
