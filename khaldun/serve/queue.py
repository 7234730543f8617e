"""A bounded queue for extracting POSTed articles on one worker thread of its own.

Extraction is CPU-bound and shares one spaCy pipeline: one worker runs it, so a long article
never occupies the thread pool that serves reads, and at most `capacity` articles wait; past
that a POST gets 503 with Retry-After at once instead of piling up.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from khaldun.serve.errors import ApiError

T = TypeVar("T")
# Articles waiting or being extracted at once; a normal article takes well under a second.
DEFAULT_CAPACITY = 16
RETRY_AFTER_SECONDS = 5


class QueueFull(ApiError):
    def __init__(self, capacity: int):
        super().__init__(503, f"extraction queue full ({capacity} articles waiting): retry later")
        self.headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}


class ExtractionQueue:
    """Runs blocking extraction work one job at a time, refusing jobs past `capacity`."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self.capacity = capacity
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="khaldun-extract")
        self._pending = 0
        self._lock = threading.Lock()

    async def run(self, job: Callable[..., T], *args) -> T:
        """The result of job(*args), computed on the worker thread."""
        with self._lock:
            if self._pending >= self.capacity:
                raise QueueFull(self.capacity)
            self._pending += 1
        try:
            return await asyncio.wrap_future(self._worker.submit(job, *args))
        finally:
            with self._lock:
                self._pending -= 1

    def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)
