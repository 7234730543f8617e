"""The extraction pipeline: Article -> NLP -> places/actors/dates/numbers -> events -> claims."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from khaldun.records import Article, ArticleResult, Event
from khaldun.timing import STAGE_TIMES

__all__ = ["STAGE_TIMES", "extract", "extract_article", "extract_articles", "warm_up"]


def warm_up() -> None:
    """Load the gazetteer, dictionaries and the spaCy model now rather than on first need."""
    from khaldun.nlp.parse import pipeline
    from khaldun.places.gazetteer import get_gazetteer

    pipeline()
    get_gazetteer().read_districts()
    extract_article(Article(text="Jets struck Homs on Monday, killing two people.", doc_id="warm"))


def extract_articles(articles: Iterable[Article]) -> Iterator[ArticleResult]:
    """Extract events from articles, streaming (batched through spaCy)."""
    from khaldun.events.extractor import extract_batch
    from khaldun.ingest.language import language_warning

    for result in extract_batch(articles):
        # Until a pipeline reads other languages, say why such an article has no events.
        warning = language_warning(result.article.text)
        if warning:
            result.warnings.append(f"article {result.article.doc_id}: {warning}")
        yield result


def extract_article(article: Article) -> ArticleResult:
    """Extract the events one article reports."""
    return next(extract_articles([article]))


def extract(
    text: str,
    published: date | str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> list[Event]:
    """Python API: the events a text reports, dated as `khaldun extract` dates a text file.

    The dateline wins; `published` (a date, or a string such as "2016-03-12" or
    "12 March 2016") is used when the text gives none. ValueError if it is not a date.
    """
    from khaldun.ingest.files import article_from_text

    return extract_article(article_from_text(text, published, url=url, title=title)).events
