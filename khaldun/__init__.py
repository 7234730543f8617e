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
    "__version__",
    "extract",
    "extract_article",
    "extract_articles",
    "open_store",
]


def __getattr__(name: str):
    """khaldun.open_store, imported on first use (it loads SQLAlchemy), and __version__, read
    on first use (importing importlib.metadata is a third of `khaldun --help`'s imports)."""
    if name == "open_store":
        from khaldun.store import open_store

        return open_store
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("khaldun")
        except PackageNotFoundError:  # run from a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module 'khaldun' has no attribute {name!r}")
