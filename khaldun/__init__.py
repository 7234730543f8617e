"""khaldun: conflict news to a verifiable, source-attributed event dataset."""

from importlib.metadata import PackageNotFoundError, version

from khaldun.pipeline import extract, extract_article, extract_articles
from khaldun.records import Actor, Article, ArticleResult, Claim, Event, Fatalities, Location

try:
    __version__ = version("khaldun")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "Claim",
    "Event",
    "Fatalities",
    "Location",
    "__version__",
    "extract",
    "extract_article",
    "extract_articles",
    "open_store",
]


def __getattr__(name: str):
    """khaldun.open_store, imported on first use (it loads SQLAlchemy)."""
    if name == "open_store":
        from khaldun.store import open_store

        return open_store
    raise AttributeError(f"module 'khaldun' has no attribute {name!r}")
