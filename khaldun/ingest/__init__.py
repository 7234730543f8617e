"""Ingest: files and folders (text, HTML, JSON Lines, RSS/Atom, WARC, gzip) to Articles."""

from khaldun.dates.dateline import date_from_text
from khaldun.ingest.base import IngestError
from khaldun.ingest.files import read_file, read_paths
from khaldun.ingest.html import clean_lines, main_text

__all__ = ["IngestError", "clean_lines", "date_from_text", "main_text", "read_file", "read_paths"]
