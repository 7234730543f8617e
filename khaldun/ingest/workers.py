"""Parallel extraction: worker processes that load the pipeline once and take articles in chunks.

Results come back in input order whatever the number of workers, so the output (and what the
store merges) is the same as with one worker. Memory stays bounded: at most `AHEAD` chunks
per worker are in flight, and the input is pulled only as results are handed on.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice

from khaldun.ingest.base import IngestError
from khaldun.records import Article, ArticleResult

log = logging.getLogger("khaldun.ingest")

# Chunks queued per worker beyond the one it is working on: enough that a worker never waits
# for the parent (which stores while workers extract), few enough to bound memory.
AHEAD = 2

Item = Article | IngestError
Result = ArticleResult | IngestError


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _start_worker() -> None:
    """Load the gazetteer, dictionaries and spaCy model once per worker process."""
    from khaldun.pipeline import warm_up

    warm_up()


def _extract_chunk(items: list[Item]) -> list[Result]:
    from khaldun.ingest.batch import extract_safely

    return list(extract_safely(items, chunk=len(items) or 1))


def _context() -> multiprocessing.context.BaseContext:
    # fork on Linux: workers start in milliseconds and share the parent's loaded data until
    # they write to it; elsewhere fork is unsafe or missing, so spawn.
    return multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _died(chunk: list[Item], err: BaseException) -> list[Result]:
    """Every article of a chunk whose worker process died, as an error naming it."""
    message = f"worker process failed: {type(err).__name__}: {err}"
    out: list[Result] = []
    for item in chunk:
        if isinstance(item, IngestError):
            out.append(item)
        else:
            where = f"article {item.doc_id} ({item.origin})" if item.origin else item.doc_id
            out.append(IngestError(where, message))
    return out


def extract_parallel(items: Iterable[Item], workers: int, chunk: int) -> Iterator[Result]:
    """Extraction results in input order, computed by `workers` processes, chunk by chunk.

    An input that fits in one chunk is extracted here: starting workers would cost more.
    """
    chunks = _chunks(items, chunk)
    head = list(islice(chunks, 2))
    source = chain(head, chunks)
    if workers <= 1 or len(head) < 2:
        for piece in source:
            yield from _extract_chunk(piece)
        return
    pending: deque[tuple[list[Item], Future]] = deque()
    with ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start_worker) as pool:
        for piece in islice(source, workers * (AHEAD + 1)):
            pending.append((piece, pool.submit(_extract_chunk, piece)))
        while pending:
            piece, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool as err:
                # Which article killed it is unknown: the chunks in flight fail, the rest go on.
                log.error("a worker process died; %d chunks reported as failed", len(pending) + 1)
                for lost in (piece, *(p for p, _ in pending)):
                    yield from _died(lost, err)
                break
            nxt = next(source, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_extract_chunk, nxt)))
            yield from results
        else:
            return
    yield from extract_parallel(chain.from_iterable(source), workers, chunk)
