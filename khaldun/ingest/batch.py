"""Batches: extract and store many articles, one bad article never stopping the rest."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from khaldun.ingest.base import IngestError
from khaldun.records import Article, ArticleResult

if TYPE_CHECKING:  # the store (SQLAlchemy) costs start-up time `khaldun extract` never needs
    from khaldun.store.base import IngestOutcome, Store

# Articles handed to the extractor, and then to the store, at once: spaCy batches them, the
# store merges them in one pass; a failure re-runs that chunk article by article.
CHUNK = 64
NO_DATE = (
    "no publication date (no metadata, dateline or --published): "
    "relative dates cannot be resolved, events get time_precision 3"
)


def _chunks(items: Iterable[Article | IngestError], size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _extract_one(article: Article) -> ArticleResult | IngestError:
    from khaldun.pipeline import extract_article

    try:
        return extract_article(article)
    except Exception as err:  # any extractor bug must not stop the batch
        return IngestError(_where(article), f"extraction failed: {type(err).__name__}: {err}")


def _where(article: Article) -> str:
    return f"article {article.doc_id} ({article.origin})" if article.origin else article.doc_id


def extract_safely(
    items: Iterable[Article | IngestError], chunk: int = CHUNK
) -> Iterator[ArticleResult | IngestError]:
    """Extraction results in input order; errors pass through, a failing article becomes one."""
    from khaldun.pipeline import extract_articles

    for batch in _chunks(items, chunk):
        articles = [a for a in batch if isinstance(a, Article)]
        try:
            results = iter(list(extract_articles(articles)))
        except Exception:  # find the culprit, article by article
            results = iter([_extract_one(a) for a in articles])
        for item in batch:
            yield item if isinstance(item, IngestError) else next(results)


@dataclass
class Outcome:
    """What happened to one input: "new", "stored" (already there) or "failed"."""

    status: str
    origin: str
    doc_id: str | None = None
    message: str | None = None
    reports: int = 0
    event_ids: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _unseen(items: Iterable[Article | IngestError], store: Store, seen: list[Outcome]):
    """Inputs minus articles whose text is stored already (those are noted in `seen`)."""
    for item in items:
        if isinstance(item, Article) and store.has_article(item.hash):
            seen.append(Outcome("stored", _where(item), doc_id=item.doc_id))
            continue
        yield item


def result_warnings(result: ArticleResult) -> list[str]:
    """The extractor's warnings, plus a clear one when the article has no date."""
    prefix = f"article {result.article.doc_id}: "
    # The extractor names the article; the caller names it too, with its origin.
    warnings = [w.removeprefix(prefix) for w in result.warnings]
    if result.article.published is None and not any("date" in w.lower() for w in warnings):
        warnings.append(NO_DATE)
    return warnings


def _outcome(result: ArticleResult, out: IngestOutcome | Exception) -> Outcome:
    article = result.article
    if isinstance(out, Exception):  # the store rolled that article back; report, go on
        message = f"not stored: {type(out).__name__}: {' '.join(str(out).split())[:300]}"
        return Outcome("failed", _where(article), doc_id=article.doc_id, message=message)
    return Outcome(
        "new" if out.created else "stored",
        _where(article),
        doc_id=out.doc_id,
        reports=len(result.events) if out.created else 0,
        event_ids=out.event_ids,
        warnings=result_warnings(result),
    )


def _store_all(results: list[ArticleResult], store: Store) -> list[Outcome]:
    """Store a chunk with one merge (each article still all or nothing)."""
    outs = store.add_articles([(r.article, r.events) for r in results])
    return [_outcome(r, out) for r, out in zip(results, outs, strict=True)]


def ingest_items(
    items: Iterable[Article | IngestError], store: Store, chunk: int = CHUNK, workers: int = 1
) -> Iterator[Outcome]:
    """Extract (in `workers` processes) and store every article, a chunk per transaction.

    One Outcome per input, in input order whatever the number of workers.
    """
    from khaldun.ingest.workers import extract_parallel

    seen: list[Outcome] = []
    pending: list[ArticleResult] = []
    for result in extract_parallel(_unseen(items, store, seen), workers, chunk):
        yield from seen
        seen.clear()
        if isinstance(result, IngestError):
            yield Outcome("failed", result.origin, message=result.message)
            continue
        pending.append(result)
        if len(pending) >= chunk:
            yield from _store_all(pending, store)
            pending = []
    yield from seen
    yield from _store_all(pending, store)
