"""Inputs that are not files: http(s) pages and feeds, and standard input ("-")."""

from __future__ import annotations

import sys
import urllib.error
import urllib.parse
import urllib.request

from khaldun.ingest.base import IngestError

STDIN = "-"
TIMEOUT_SECONDS = 20.0
MAX_BYTES = 20 * 1024 * 1024  # a page or feed larger than this is refused, not truncated
USER_AGENT = "khaldun (+https://github.com/khaldun)"


def is_remote(source: object) -> bool:
    """Whether an input argument is a URL or "-" rather than a path."""
    return isinstance(source, str) and (
        source == STDIN or source.lower().startswith(("http://", "https://"))
    )


def _capped(stream, origin: str, max_bytes: int) -> bytes | IngestError:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return IngestError(origin, f"larger than {max_bytes // (1024 * 1024)} MiB, not read")
    return data


def fetch(
    url: str, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES
) -> bytes | IngestError:
    """The body of an http(s) URL, or an error naming it (status, timeout, size)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return _capped(response, url, max_bytes)
    except urllib.error.HTTPError as err:
        return IngestError(url, f"HTTP {err.code} {err.reason}")
    except urllib.error.URLError as err:
        return IngestError(url, f"cannot fetch ({err.reason})")
    except (TimeoutError, OSError) as err:
        return IngestError(url, f"cannot fetch ({type(err).__name__}: {err})")


def read_stdin(max_bytes: int = MAX_BYTES) -> bytes | IngestError:
    """Everything on standard input (bytes), up to the size cap."""
    return _capped(sys.stdin.buffer, "stdin", max_bytes)


def source_bytes(source: str) -> bytes | IngestError:
    """The bytes behind a URL or "-"."""
    return read_stdin() if source == STDIN else fetch(source)


def source_name(source: str) -> str:
    """A file-like name for format detection: the last part of the URL's path."""
    if source == STDIN:
        return "stdin"
    path = urllib.parse.urlsplit(source).path
    return path.rstrip("/").rsplit("/", 1)[-1]
