"""numbers stage: numbers in digits and words, and casualty/arrest counts with their kind."""

from khaldun.numbers.counts import Count
from khaldun.numbers.find import find_counts
from khaldun.numbers.words import find_numbers, parse_number

__all__ = ["Count", "find_counts", "find_numbers", "parse_number"]
