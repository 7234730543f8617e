"""Per-stage CPU time of the extraction pipeline, for the benchmark's breakdown."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# Seconds of CPU time spent in each stage since it was last cleared (process_time, so parallel
# work elsewhere in the machine does not count).
STAGE_TIMES: Counter[str] = Counter()


def timed(stage: str, fn: Callable[..., T], *args, **kwargs) -> T:
    """Call fn, adding its CPU time to STAGE_TIMES[stage]."""
    start = time.process_time()
    try:
        return fn(*args, **kwargs)
    finally:
        STAGE_TIMES[stage] += time.process_time() - start
