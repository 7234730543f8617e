"""Parallel extraction: worker processes that load the pipeline once and take articles in chunks.

Results come back in input order whatever the number of workers, so the output (and what the
store merges) is the same as with one worker. Memory stays bounded: at most `AHEAD` chunks
per worker are in flight, and the input is pulled only as results are handed on.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import chain, islice

from khaldun.ingest.base import IngestError
from khaldun.records import Article, ArticleResult

log = logging.getLogger("khaldun.ingest")

# Chunks queued per worker beyond the one it is working on: enough that a worker never waits
# for the parent (which stores while workers extract), few enough to bound memory.
AHEAD = 2
# Allocations between two young-generation garbage collections while extracting (Python's
# default is 700). Extraction allocates much and keeps little, and every collection also walks
# the caches the places stage builds: at the default, collecting took ~9% of extraction CPU;
# at 20,000 the middle generation's collections still cost 0.1 of the 0.3 CPU-s collecting
# took per 2,000 benchmark texts, at 100,000 collecting takes 0.19.
GC_YOUNG = 100_000

Item = Article | IngestError
Result = ArticleResult | IngestError


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def settle_worker() -> None:
    """In a process that only extracts (a spawned pool worker, a Ray actor): load the pipeline
    once, keep what it loaded out of garbage collection, collect the young generation less
    often (what forked workers inherit from `extraction_settings`)."""
    from khaldun.pipeline import warm_up

    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
    warm_up()
    gc.freeze()


_gc_lock = threading.Lock()
_gc_users: list[tuple[int, ...]] = []  # the threshold to restore, while an extraction runs


@contextmanager
def extraction_settings() -> Iterator[None]:
    """The pipeline loaded, what it loaded kept out of garbage collection, collections rarer.

    Forked workers then share the loaded pages with this process (a collection would write to
    every object it walks, copying the pages), and all extraction runs with the same settings
    whatever the number of workers. The last extraction to finish (a server may run several in
    threads) restores the settings.
    """
    from khaldun.pipeline import warm_up

    with _gc_lock:
        first = not _gc_users
        _gc_users.append(gc.get_threshold() if first else _gc_users[0])
        gc.set_threshold(GC_YOUNG, *_gc_users[0][1:])
    try:
        warm_up()  # loading allocates much and keeps most: collected as rarely
        if first:
            gc.freeze()
        yield
    finally:
        with _gc_lock:
            if len(_gc_users) == 1:
                gc.set_threshold(*_gc_users[0])
                gc.unfreeze()
            _gc_users.pop()


def _extract_chunk(items: list[Item]) -> list[Result]:
    from khaldun.ingest.batch import extract_safely

    return list(extract_safely(items, chunk=len(items) or 1))


def _pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes with the pipeline loaded. On Linux they are forked from this process
    (loaded first, by the caller): they start in milliseconds and share its loaded pages;
    elsewhere fork is unsafe or missing, so each spawned worker loads the pipeline itself."""
    if sys.platform == "linux":
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=settle_worker
    )


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
    with extraction_settings():
        if workers <= 1 or len(head) < 2:
            for piece in source:
                yield from _extract_chunk(piece)
            return
        yield from _in_pool(source, workers)


def _in_pool(source: Iterator[list[Item]], workers: int) -> Iterator[Result]:
    pending: deque[tuple[list[Item], Future]] = deque()
    with _pool(workers) as pool:
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
    yield from _in_pool(source, workers)  # a new pool for the chunks not yet sent
