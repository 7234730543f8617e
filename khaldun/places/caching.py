"""Bounded caches of the gazetteer's look-ups."""

from __future__ import annotations

from collections import OrderedDict

# Name-finder answers kept per gazetteer: names recur across the articles of a corpus.
MEMO_SIZE = 100_000
# Look-up answers kept per gazetteer (least recently used forgotten): enough for a corpus about
# a few countries, bounded for a process that reads the world's news for days.
FORM_CACHE = 100_000  # exact spelling -> place ids
KEY_CACHE = 20_000  # transliteration key -> place ids
KEYED_CACHE = 50_000  # (key, country) -> places
KEY_FORM_CACHE = 200_000  # (place id, key) -> the place's spellings with that key
AREA_CACHE = 512  # the spellings of one province or one cell around a point


class LruCache(OrderedDict):
    """A dict that forgets its least recently used entries beyond `size`."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def get(self, key, default=None):
        if key in self:
            self.move_to_end(key)
            return self[key]
        return default

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, value)
        if len(self) > self.size:
            self.popitem(last=False)
