"""Fuzzing the readers (hypothesis): whatever the bytes, every reader yields drafts or errors
naming the input, never an exception, and every draft that settles passes the validation.

KHALDUN_FUZZ_EXAMPLES sets the examples per test (default 30, a few seconds in all); the
issue's 10,000-input run is `KHALDUN_FUZZ_EXAMPLES=10000 pytest tests/ingest/test_fuzz.py`.
"""

from __future__ import annotations

import gzip
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khaldun.ingest.base import Draft, IngestError
from khaldun.ingest.files import READERS, gunzip, sniff
from khaldun.ingest.formats import jsonl_item
from khaldun.ingest.validate import InvalidRecord, check_article, parse_json
from khaldun.records import Article

EXAMPLES = int(os.environ.get("KHALDUN_FUZZ_EXAMPLES", "30"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "doc_id": json_values, "text": st.text(max_size=200) | json_values,
        "html": st.text(max_size=200), "url": st.text(max_size=40) | json_values,
        "title": json_values, "published": json_values,
    },
)
# Bytes shaped like each format, so the fuzzer gets past the first check of each reader.
PREFIXES = {
    "text": b"", "html": b"<html><body>", "jsonl": b'{"text": "', "feed": b"<rss><channel><item>",
    "warc": b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: ",
}


def _well_formed(items) -> None:
    for item in items:
        assert isinstance(item, Draft | IngestError)
        if isinstance(item, IngestError):
            assert item.origin.startswith("fuzz") and "\n" not in item.message
        else:
            try:
                check_article(Article(text=item.text, url=item.url, title=item.title))
            except InvalidRecord:
                pass  # the validation's own refusal: read_paths reports it


@FUZZ
@given(fmt=st.sampled_from(sorted(READERS)), tail=st.binary(max_size=400))
def test_readers_never_raise(fmt, tail):
    _well_formed(READERS[fmt](PREFIXES[fmt] + tail, "fuzz"))


@FUZZ
@given(data=st.binary(max_size=300), name=st.text(max_size=12))
def test_sniff_always_names_a_reader(data, name):
    assert sniff(name, data) in READERS


@FUZZ
@given(record=records)
def test_any_json_record_is_a_draft_or_an_error(record):
    _well_formed([jsonl_item(json.dumps(record), "fuzz:1")])


@FUZZ
@given(text=st.text(alphabet="[]{}\"\\,:0123456789 ", max_size=300))
def test_parse_json_raises_only_invalid_record(text):
    try:
        parse_json(text)
    except InvalidRecord as err:
        assert str(err)


@FUZZ
@given(payload=st.binary(max_size=2000), cut=st.integers(min_value=0, max_value=2100))
def test_gunzip_of_any_cut_keeps_a_prefix(payload, cut):
    packed = gzip.compress(payload)[:cut]
    data, error = gunzip(packed, "fuzz")
    assert payload.startswith(data)
    assert (error is None) == (data == payload and cut >= len(gzip.compress(payload)))
