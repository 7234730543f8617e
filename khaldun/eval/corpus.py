"""Score cross-article merging: a gold file treated as one corpus.

Gold events carry `event_key`; reports in different articles with one key are one
real-world event. Each gold report is matched to a system report of the same
article (codebook §7 rule, `khaldun.eval.matching.match_events`); over all pairs of
matched gold reports, a pair is a true positive when gold and khaldun both put its
two reports in one event.

Gold status and fatalities of a real-world event: as annotated when one report
carries it; over the union of its reports' claims (`event_status`, `fatality_range`)
when several do, since each report's annotation only covers its own article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from khaldun.claims.status import event_status, fatality_range
from khaldun.eval.matching import match_events
from khaldun.eval.scorer import json_records, read_events_jsonl, run_extractor
from khaldun.records import Event, Fatalities, MergedEvent, article_from_dict, event_from_dict
from khaldun.resolve import cluster
from khaldun.resolve.cluster import report_key
from khaldun.resolve.compat import why_apart


@dataclass
class CorpusScore:
    """Merge quality over a corpus: counts, pairwise merge P/R, merged status/fatalities."""

    gold_reports: int
    gold_events: int  # distinct event_key: real-world events
    system_reports: int
    system_events: int  # merged events khaldun produced
    matched_reports: int  # gold reports matched to a system report of the same article
    pairs_tp: int
    pairs_fp: int
    pairs_fn: int
    merge_precision: float | None
    merge_recall: float | None
    compared_events: int  # gold real-world events with a matched merged event
    status_agreement: float | None
    fatalities_agreement: float | None
    status_and_fatalities_agreement: float | None
    # aggregate: the rule that kept apart each pair gold merges, and why khaldun merged each
    # pair gold keeps apart
    missed_merges_by_reason: dict[str, int] = field(default_factory=dict)
    spurious_merges_by_reason: dict[str, int] = field(default_factory=dict)


@dataclass
class _GoldReport:
    doc_id: str
    event: Event
    key: str


def read_gold(path: Path) -> list[_GoldReport]:
    """Gold reports with their event_key (a report without one is its own event)."""
    reports = []
    for number, record in json_records(path):
        doc_id = article_from_dict(record).doc_id
        for n, raw in enumerate(record.get("events") or []):
            event = event_from_dict(raw, doc_id)
            event.report_id = f"{doc_id}:{n}"
            key = str(raw.get("event_key") or f"{path.name}:{number}:{n}")
            reports.append(_GoldReport(doc_id, event, key))
    return reports


def _system_reports(gold_path: Path, system_path: Path | None) -> list[Event]:
    """System reports (one Event per article mention) with doc and report ids set."""
    if system_path is None:
        articles = [d.article for d in read_events_jsonl(gold_path)]
        by_doc = run_extractor(articles)
    else:
        by_doc = {}
        for doc in read_events_jsonl(system_path):
            by_doc.setdefault(doc.article.doc_id, []).extend(doc.events)
    reports = []
    for doc_id, events in sorted(by_doc.items()):
        for n, event in enumerate(events):
            event.doc_id = event.doc_id or doc_id
            event.report_id = event.report_id or f"{doc_id}:{n}"
            reports.append(event)
    return reports


def _match(gold: list[_GoldReport], system: list[Event]) -> dict[int, str]:
    """Gold report index -> report_key of its matched system report (same article)."""
    gold_by_doc: dict[str, list[int]] = {}
    for i, g in enumerate(gold):
        gold_by_doc.setdefault(g.doc_id, []).append(i)
    sys_by_doc: dict[str, list[Event]] = {}
    for s in system:
        sys_by_doc.setdefault(s.doc_id or "", []).append(s)
    matched = {}
    for doc_id, idx in gold_by_doc.items():
        candidates = sys_by_doc.get(doc_id, [])
        for gi, si in match_events([gold[i].event for i in idx], candidates):
            matched[idx[gi]] = report_key(candidates[si])
    return matched


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _pairs(gold: list[_GoldReport], matched: dict[int, str], event_of: dict[str, int]):
    """(tp, fp, fn) over all pairs of matched gold reports."""
    tp = fp = fn = 0
    idx = sorted(matched)
    for a, i in enumerate(idx):
        for j in idx[a + 1 :]:
            gold_same = gold[i].key == gold[j].key
            sys_same = event_of[matched[i]] == event_of[matched[j]]
            tp += gold_same and sys_same
            fp += sys_same and not gold_same
            fn += gold_same and not sys_same
    return tp, fp, fn


def gold_outcome(reports: list[Event]) -> tuple[str, Fatalities | None]:
    """Status and fatality range of one gold real-world event from its reports."""
    if len(reports) == 1:
        return reports[0].status, reports[0].fatalities
    claims = [c for r in reports for c in r.claims]
    return event_status(claims), fatality_range(claims)


def _same_fatalities(a: Fatalities | None, b: Fatalities | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return (a.low, a.high) == (b.low, b.high)


def _outcomes(gold, matched, event_of, merged) -> tuple[int, int, int, int]:
    """(compared, status equal, fatalities equal, both equal) over matched real-world events."""
    by_key: dict[str, list[int]] = {}
    for i, g in enumerate(gold):
        by_key.setdefault(g.key, []).append(i)
    compared = status_ok = fat_ok = both_ok = 0
    for members in by_key.values():
        hits = Counter(event_of[matched[i]] for i in members if i in matched)
        if not hits:
            continue
        # The merged event holding most of its matched reports (ties: the earliest).
        top = max(hits.values())
        system = merged[min(e for e, n in hits.items() if n == top)].event
        status, fatalities = gold_outcome([gold[i].event for i in members])
        s_ok = system.status == status
        f_ok = _same_fatalities(system.fatalities, fatalities)
        compared += 1
        status_ok += s_ok
        fat_ok += f_ok
        both_ok += s_ok and f_ok
    return compared, status_ok, fat_ok, both_ok


@dataclass
class _Run:
    gold: list[_GoldReport]
    system: list[Event]
    merged: list[MergedEvent]
    event_of: dict[str, int]  # system report key -> index in merged
    matched: dict[int, str]  # gold report index -> system report key


def _run(gold_path: Path, system_path: Path | None) -> _Run:
    gold_path = Path(gold_path)
    gold = read_gold(gold_path)
    system = _system_reports(gold_path, Path(system_path) if system_path else None)
    merged = cluster(system)
    event_of = {report_key(r): n for n, m in enumerate(merged) for r in m.reports}
    return _Run(gold, system, merged, event_of, _match(gold, system))


def score_corpus(gold_path: Path, system_path: Path | None = None) -> CorpusScore:
    """Merge scores of khaldun (or of a system file's reports, clustered) on a gold corpus."""
    run = _run(gold_path, system_path)
    tp, fp, fn = _pairs(run.gold, run.matched, run.event_of)
    compared, status_ok, fat_ok, both_ok = _outcomes(
        run.gold, run.matched, run.event_of, run.merged
    )
    errors = _merge_errors(run)
    return CorpusScore(
        gold_reports=len(run.gold),
        gold_events=len({g.key for g in run.gold}),
        system_reports=len(run.system),
        system_events=len(run.merged),
        matched_reports=len(run.matched),
        pairs_tp=tp,
        pairs_fp=fp,
        pairs_fn=fn,
        merge_precision=_ratio(tp, tp + fp),
        merge_recall=_ratio(tp, tp + fn),
        compared_events=compared,
        status_agreement=_ratio(status_ok, compared),
        fatalities_agreement=_ratio(fat_ok, compared),
        status_and_fatalities_agreement=_ratio(both_ok, compared),
        missed_merges_by_reason=_reasons(errors, "missed"),
        spurious_merges_by_reason=_reasons(errors, "spurious"),
    )


@dataclass
class MergeError:
    """A pair of matched gold reports that khaldun merged wrongly or failed to merge."""

    kind: str  # "missed" (gold: one event, khaldun: two) or "spurious" (the reverse)
    gold_reports: tuple[str, str]
    system_reports: tuple[str, str]
    why: str  # for a missed merge, the rule that kept them apart; else the merge reasons


def _rid(report: _GoldReport) -> str:
    return report.event.report_id or ""


def merge_errors(gold_path: Path, system_path: Path | None = None) -> list[MergeError]:
    """Every wrong pair behind merge precision and recall, with the reason."""
    return _merge_errors(_run(gold_path, system_path))


def _merge_errors(run: _Run) -> list[MergeError]:
    by_key = {report_key(r): r for r in run.system}
    errors = []
    idx = sorted(run.matched)
    for a, i in enumerate(idx):
        for j in idx[a + 1 :]:
            si, sj = run.matched[i], run.matched[j]
            gold_same = run.gold[i].key == run.gold[j].key
            sys_same = run.event_of[si] == run.event_of[sj]
            if gold_same == sys_same:
                continue
            if sys_same:
                why = "; ".join(run.merged[run.event_of[si]].merge_reasons)
            else:
                why = why_apart(by_key[si], by_key[sj])
                if why.startswith("linked"):
                    why = _kept_apart(run, si, sj)
            errors.append(
                MergeError(
                    kind="spurious" if sys_same else "missed",
                    gold_reports=(_rid(run.gold[i]), _rid(run.gold[j])),
                    system_reports=(si, sj),
                    why=why,
                )
            )
    return errors


# A capitalised name (with its hyphenated or apostrophised parts) or a number in a reason
_NAMES = re.compile(r"(?:[A-Z][\w'’-]*|\d[\d.]*)(?:\s+(?:[A-Z][\w'’-]*|al-\w+))*")


def _kept_apart(run: _Run, a: str, b: str) -> str:
    """Why two linked reports ended in two events: their events hold reports of one article,
    or some report of one is not linked to some report of the other (complete link)."""
    first, second = (run.merged[run.event_of[k]].reports for k in (a, b))
    if {r.doc_id for r in first} & {r.doc_id for r in second}:
        return "linked, but their events hold reports of one article"
    return "linked, but a report of one event is not linked to one of the other (complete link)"


def _reasons(errors: list[MergeError], kind: str) -> dict[str, int]:
    """How many wrong pairs of one kind each rule accounts for: a missed merge's rule up to its
    detail, a wrong merge's first link reason (without the reports' ids)."""
    def reason(error: MergeError) -> str:
        if error.kind == "missed":
            return error.why.split(":")[0].strip()
        first_link = error.why.split("; ")[0]
        place_reason = first_link.split(": ", 1)[-1].split(",")[0].strip()
        # names and distances stood for, so that counts add up over articles
        return _NAMES.sub("X", place_reason) or "no reason given"

    counts = Counter(reason(e) for e in errors if e.kind == kind)
    return dict(counts.most_common())
