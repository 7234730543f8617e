"""Score system events against gold events (codebook §7): event P/R/F1 and field accuracy."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from khaldun.eval.disagreement import date_span_miss, disagreements
from khaldun.eval.errors import EventError, causes, details, explain_errors
from khaldun.eval.evidence import quotes_found, source_misses, sources_found
from khaldun.eval.holders import missed_holders
from khaldun.eval.matching import agreement, match_events
from khaldun.records import Article, Event, article_from_dict, event_from_dict


@dataclass
class DocEvents:
    """One article and the events coded for it (gold or system)."""

    article: Article
    events: list[Event]


@dataclass
class DocScore:
    """Event counts and P/R/F1 for one article."""

    doc_id: str
    gold: int
    system: int
    true_positives: int
    false_positives: int
    false_negatives: int
    precision: float | None
    recall: float | None
    f1: float | None


@dataclass
class PairTally:
    """Running counts of agreeing fields over matched pairs."""

    matched: int = 0
    sub_type: int = 0
    neighbourhood: int = 0
    dates: int = 0
    actors: int = 0
    fatalities: int = 0
    status: int = 0
    gold_quotes: int = 0
    quotes_found: int = 0
    sources_found: int = 0
    source_misses: dict[str, int] = field(default_factory=dict)
    field_misses: dict[str, int] = field(default_factory=dict)
    date_spans: dict[str, int] = field(default_factory=dict)
    held_by: dict[str, int] = field(default_factory=dict)
    merged_pairs: dict[str, int] = field(default_factory=dict)

    def add(
        self,
        gold: Event,
        system: Event,
        text: str | None,
        others: Iterable[Event] = (),
        unmatched: Iterable[Event] = (),
    ) -> None:
        """Count one matched pair; `others` are the article's other matched system events and
        `unmatched` its system events matched to no gold event (where a missed quote went)."""
        agree = agreement(gold, system)
        self.matched += 1
        self.sub_type += agree.sub_type
        self.neighbourhood += agree.neighbourhood
        self.dates += agree.dates
        self.actors += agree.actors
        self.fatalities += agree.fatalities
        self.status += agree.status
        self.gold_quotes += len(gold.claims)
        self.quotes_found += quotes_found(gold.claims, system.claims, text)
        self.sources_found += sources_found(gold.claims, system.claims)
        elsewhere = [claim for event in others if event is not system for claim in event.claims]
        spare = [claim for event in unmatched for claim in event.claims]
        _count(self.source_misses,
               source_misses(gold.claims, system.claims, text, elsewhere, spare))
        _count(self.field_misses, disagreements(gold, system))
        if span := date_span_miss(gold, system):
            _count(self.date_spans, [span])

    def add_missed(self, held: list[str], merged: list[str]) -> None:
        """Count how missed gold events are held by system events (see `missed_holders`)."""
        _count(self.held_by, held)
        _count(self.merged_pairs, merged)


def _count(counts: dict[str, int], labels: Iterable[str]) -> None:
    for label in labels:
        counts[label] = counts.get(label, 0) + 1


def _by_count(counts: dict[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


@dataclass
class EvalResult:
    """Everything `khaldun eval` reports for one gold file."""

    docs: int
    gold_events: int
    system_events: int
    true_positives: int
    false_positives: int
    false_negatives: int
    precision: float | None
    recall: float | None
    f1: float | None
    matched: int
    sub_type_accuracy: float | None
    neighbourhood_accuracy: float | None
    exact_dates: float | None
    actor_classes: float | None
    fatalities: float | None
    status: float | None
    gold_quotes: int
    claim_evidence_recall: float | None
    claim_source_recall: float | None
    system_docs_not_in_gold: int = 0
    # aggregate: which part of the matching rule kept unmatched events apart
    missed_by_cause: dict[str, int] = field(default_factory=dict)
    spurious_by_cause: dict[str, int] = field(default_factory=dict)
    # aggregate: for type and place causes, how the nearest partner differs
    missed_by_detail: dict[str, int] = field(default_factory=dict)
    spurious_by_detail: dict[str, int] = field(default_factory=dict)
    # aggregate: why gold claims of matched events found no system claim from their source
    claim_source_misses: dict[str, int] = field(default_factory=dict)
    # aggregate: how matched pairs' dates, actors, fatalities, neighbourhood and status disagree
    field_misses: dict[str, int] = field(default_factory=dict)
    # aggregate: matched pairs with wrong dates, by both span lengths and where the system starts
    date_misses_by_span: dict[str, int] = field(default_factory=dict)
    # aggregate: missed gold events by the system event quoting them (categories only)
    missed_held_by: dict[str, int] = field(default_factory=dict)
    # aggregate: how a missed gold event differs from the one its merging system event matched
    merged_gold_pairs: dict[str, int] = field(default_factory=dict)
    extraction_failures: list[str] = field(default_factory=list)  # when khaldun ran here
    by_doc: list[DocScore] = field(default_factory=list)
    errors: list[EventError] = field(default_factory=list)


def ratio(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide."""
    return part / whole if whole else None


def prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall and F1 (None where undefined)."""
    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    if precision is None or recall is None:
        return precision, recall, None
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def json_records(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSON Lines file."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}:{number}: not a JSON line ({err.msg})") from err
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{number}: expected a JSON object per line")
            yield number, record


def read_events_jsonl(path: str | Path) -> list[DocEvents]:
    """Read a codebook §7 JSONL file (gold or system output), one article a line."""
    docs = []
    for _, record in json_records(path):
        article = article_from_dict(record)
        events = [event_from_dict(e, article.doc_id) for e in record.get("events") or []]
        docs.append(DocEvents(article, events))
    return docs


def events_by_doc(docs: Iterable[DocEvents]) -> dict[str, list[Event]]:
    """System events grouped by doc_id (an article listed twice keeps both lists)."""
    grouped: dict[str, list[Event]] = {}
    for doc in docs:
        grouped.setdefault(doc.article.doc_id, []).extend(doc.events)
    return grouped


def score(gold_docs: list[DocEvents], system: dict[str, list[Event]]) -> EvalResult:
    """Match system events to gold events article by article and total the scores."""
    tally = PairTally()
    by_doc: list[DocScore] = []
    errors: list[EventError] = []
    for doc in gold_docs:
        doc_id = doc.article.doc_id
        sys_events = system.get(doc_id, [])
        pairs = match_events(doc.events, sys_events)
        paired = [sys_events[si] for _, si in pairs]
        spare = [e for i, e in enumerate(sys_events) if i not in {si for _, si in pairs}]
        for gi, si in pairs:
            tally.add(doc.events[gi], sys_events[si], doc.article.text or None, paired, spare)
        tally.add_missed(*missed_holders(doc.events, sys_events, pairs, doc.article.text or None))
        by_doc.append(_doc_score(doc_id, len(doc.events), len(sys_events), len(pairs)))
        errors.extend(
            explain_errors(doc_id, doc.events, sys_events, pairs, doc.article.text or None)
        )
    return _total(gold_docs, system, tally, by_doc, errors)


def _doc_score(doc_id: str, gold: int, system: int, tp: int) -> DocScore:
    precision, recall, f1 = prf(tp, system - tp, gold - tp)
    return DocScore(doc_id, gold, system, tp, system - tp, gold - tp, precision, recall, f1)


def _total(
    gold_docs: list[DocEvents],
    system: dict[str, list[Event]],
    tally: PairTally,
    by_doc: list[DocScore],
    errors: list[EventError],
) -> EvalResult:
    gold_ids = {d.article.doc_id for d in gold_docs}
    tp = sum(d.true_positives for d in by_doc)
    fp = sum(d.false_positives for d in by_doc)
    fn = sum(d.false_negatives for d in by_doc)
    precision, recall, f1 = prf(tp, fp, fn)
    n = tally.matched
    return EvalResult(
        docs=len(gold_docs),
        gold_events=tp + fn,
        system_events=tp + fp,
        true_positives=tp,
        false_positives=fp,
        false_negatives=fn,
        precision=precision,
        recall=recall,
        f1=f1,
        matched=n,
        sub_type_accuracy=ratio(tally.sub_type, n),
        neighbourhood_accuracy=ratio(tally.neighbourhood, n),
        exact_dates=ratio(tally.dates, n),
        actor_classes=ratio(tally.actors, n),
        fatalities=ratio(tally.fatalities, n),
        status=ratio(tally.status, n),
        gold_quotes=tally.gold_quotes,
        claim_evidence_recall=ratio(tally.quotes_found, tally.gold_quotes),
        claim_source_recall=ratio(tally.sources_found, tally.gold_quotes),
        system_docs_not_in_gold=len(set(system) - gold_ids),
        missed_by_cause=causes(errors, "missed"),
        spurious_by_cause=causes(errors, "spurious"),
        missed_by_detail=details(errors, "missed"),
        spurious_by_detail=details(errors, "spurious"),
        claim_source_misses=dict(sorted(tally.source_misses.items(), key=lambda kv: -kv[1])),
        field_misses=dict(sorted(tally.field_misses.items())),
        date_misses_by_span=_by_count(tally.date_spans),
        missed_held_by=_by_count(tally.held_by),
        merged_gold_pairs=_by_count(tally.merged_pairs),
        by_doc=by_doc,
        errors=errors,
    )


def score_files(gold_path: str | Path, system_path: str | Path) -> EvalResult:
    """Score a system JSONL file against a gold JSONL file."""
    return score(read_events_jsonl(gold_path), events_by_doc(read_events_jsonl(system_path)))


def run_extractor(
    articles: Iterable[Article], failures: list[str] | None = None
) -> dict[str, list[Event]]:
    """Run the khaldun extractor over articles; its events keyed by doc_id.

    Without `failures` an extractor error propagates. With it, articles go in
    batches; a failing batch is retried one article at a time and each article
    that still fails is recorded there (and scored as having no events).
    """
    from khaldun.pipeline import extract_articles  # heavy import, only when asked

    system: dict[str, list[Event]] = {}
    if failures is None:
        for result in extract_articles(articles):
            system.setdefault(result.article.doc_id, []).extend(result.events)
        return system
    for batch in _batches(list(articles), FALLBACK_BATCH):
        try:
            results = list(extract_articles(batch))
        except Exception:  # noqa: BLE001 - isolate the article that breaks the batch
            results = []
            for article in batch:
                try:
                    results += list(extract_articles([article]))
                except Exception as err:  # noqa: BLE001 - recorded, scored as no events
                    failures.append(f"{article.doc_id}: {type(err).__name__}: {err}")
        for result in results:
            system.setdefault(result.article.doc_id, []).extend(result.events)
    return system


# Large enough for spaCy batching to pay off, small enough that a retry is cheap.
FALLBACK_BATCH = 256


def _batches(items: list[Article], size: int) -> Iterable[list[Article]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def write_system_jsonl(
    path: str | Path, gold_docs: list[DocEvents], system: dict[str, list[Event]]
) -> None:
    """Write system events for the gold articles in the codebook §7 format (no text)."""
    with open(path, "w", encoding="utf-8") as handle:
        for doc in gold_docs:
            a = doc.article
            record = {
                "doc_id": a.doc_id,
                "url": a.url,
                "published": a.published.isoformat() if a.published else None,
                "title": a.title,
                "events": [e.to_dict() for e in system.get(a.doc_id, [])],
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
