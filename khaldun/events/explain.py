"""`khaldun extract --explain`: per sentence, what each finder found, the grammar relations
that attached it, and why an event was or was not made."""

from __future__ import annotations

from khaldun.dates.sequel import find_sequel
from khaldun.events.assemble import trigger_groups
from khaldun.events.extractor import extract_one
from khaldun.events.facts import SentenceFacts
from khaldun.events.frames import frame, governing_trigger, speakers
from khaldun.events.trace import SentenceTrace, Trace
from khaldun.records import Article, ArticleResult


def explain(article: Article) -> tuple[ArticleResult, Trace]:
    """Extract one article, keeping the trace of every sentence."""
    trace = Trace(article.doc_id)
    return extract_one(article, trace=trace), trace


def render(result: ArticleResult, trace: Trace) -> str:
    """The trace as text, sentence by sentence, then the events kept."""
    lines = [f"# {result.article.doc_id}"]
    for n, st in enumerate(trace.sentences.values()):
        lines.append(f"S{n} ¶{st.sentence.paragraph}: {st.sentence.text}")
        lines += [f"  {key:<9} {value}" for key, value in found(st)]
        for decision in st.decisions or ["no decision"]:
            lines.append(f"  decision  {decision}")
    lines.append("events:")
    for event in result.events:
        where = event.location.name if event.location else "?"
        lines.append(f"  {event.report_id} {event.sub_event_type} at {where}, {event.date_start}")
    return "\n".join(lines)


def found(st: SentenceTrace) -> list[tuple[str, str]]:
    """(finder, what it found) rows of one sentence; grammar rows name the relation used."""
    facts = st.facts
    if not isinstance(facts, SentenceFacts):
        return [("triggers", "none: not analysed further")]
    spoken = speakers(facts)
    rows = [
        (
            "triggers",
            _join(f"{t.surface}={t.sub_event_type or '-'}({t.role})" for t in facts.triggers),
        ),
        ("places", _join(_place(p) for p in facts.places)),
        (
            "actors",
            _join(
                f"{m.surface}={m.actor.name}" + (" [speaker]" if m in spoken else "")
                for m in facts.actors
            ),
        ),
        ("sources", _join(f"{s.surface}={s.name}" for s in facts.sources)),
        ("dates", _join(f"{d.surface}={d.date_start}..{d.date_end}" for d in facts.dates)),
        ("counts", _join(f"{c.surface}={c.value} {c.kind}" for c in facts.counts)),
    ]
    if facts.statement_places or facts.statement_dates:
        said = [*facts.statement_places, *facts.statement_dates]
        rows.append(("statement", _join(f"{m.surface} (on a verb of saying)" for m in said)))
    rows += [("grammar", line) for line in _relations(facts)]
    return rows


def _relations(facts: SentenceFacts) -> list[str]:
    out = []
    for group in trigger_groups(facts, find_sequel(facts.sentence.text)):
        f = frame(facts, group)
        if f.how:
            agents = _join(m.surface for m in f.agents)
            patients = _join(m.surface for m in f.patients)
            out.append(f"{f.how}: agent {agents}, patient {patients}")
    for mention in [*facts.places, *facts.dates, *facts.killed]:
        governed = governing_trigger(facts, mention.start, mention.end)
        if governed is not None:
            trig, path = governed
            out.append(f"{mention.surface} -> {trig.surface} ({path})")
    return out


def _place(p) -> str:
    known = f"{p.place.name}, {p.place.country}" if p.place else "not in the gazetteer"
    return f"{p.surface} ({p.role}: {known})"


def _join(items) -> str:
    return "; ".join(items) or "-"
