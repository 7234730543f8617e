"""khaldun: conflict news to a verifiable, source-attributed event dataset."""

from khaldun.pipeline import extract, extract_article, extract_articles
from khaldun.records import Actor, Article, ArticleResult, Claim, Event, Fatalities, Location

__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "Claim",
    "Event",
    "Fatalities",
    "Location",
    "extract",
    "extract_article",
    "extract_articles",
]
