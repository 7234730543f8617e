"""A Bloom filter over the gazetteer's transliteration keys (and one over its exact spellings),
stored in its SQLite file.

Most keys the place finder asks about ("the word after 'in'", every capitalised window) belong
to no place. The filter answers those without a query: "absent" is certain, "present" means
"ask SQLite" (about one key in a hundred that no place has still gets through). It is built
with the name tables (`store.rebuild_indexes`) and loads in a millisecond (about 0.5 MB for
the 450,000 keys of the world gazetteer), where a Python set of the keys would take 30 MB and
a tenth of a second.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable

# Bits per key and probes for about 1% false positives.
BITS_PER_KEY = 9.6
PROBES = 7
_MASK = (1 << 64) - 1


def _positions(key: str, size: int) -> list[int]:
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
    first, second = int.from_bytes(digest[:8], "little"), int.from_bytes(digest[8:], "little")
    return [((first + i * second) & _MASK) % size for i in range(PROBES)]


class KeyFilter:
    """Set membership that may say yes wrongly but never no wrongly."""

    def __init__(self, bits: bytes) -> None:
        self.bits = bits
        self.size = len(bits) * 8

    @classmethod
    def build(cls, keys: Iterable[str], count: int) -> KeyFilter:
        """A filter holding keys (count of them, for sizing)."""
        bits = bytearray(max(1, math.ceil(max(count, 1) * BITS_PER_KEY / 8)))
        size = len(bits) * 8
        for key in keys:
            for pos in _positions(key, size):
                bits[pos >> 3] |= 1 << (pos & 7)
        return cls(bytes(bits))

    def __contains__(self, key: str) -> bool:
        # (the probes of `_positions`, stopping at the first clear bit: most keys asked about
        # are absent, most often told by the first probe or two)
        bits, size = self.bits, self.size
        digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
        first, second = int.from_bytes(digest[:8], "little"), int.from_bytes(digest[8:], "little")
        for i in range(PROBES):
            pos = ((first + i * second) & _MASK) % size
            if not bits[pos >> 3] >> (pos & 7) & 1:
                return False
        return True
