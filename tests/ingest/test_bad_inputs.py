"""Every bad input is reported by name, line and reason, and the good ones beside it still land
(issue 10: silent loss, gzip bombs, unclear results)."""

from __future__ import annotations

import gzip
import json
import os

from khaldun.ingest import IngestError, read_paths
from khaldun.records import Article

BODY = "Government jets struck the town of Rastan on Sunday, killing 12 people, activists said."


def read(*paths):
    items = list(read_paths(list(paths)))
    arts = [i for i in items if isinstance(i, Article)]
    return arts, [i for i in items if isinstance(i, IngestError)]


def test_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(BODY)
    (tmp_path / "shut").mkdir()
    (tmp_path / "shut" / "b.txt").write_text(BODY)
    listing = os.scandir

    def scandir(path="."):
        # Tests run as root, which reads any folder: refuse one as chmod 000 would.
        if str(path).endswith("shut"):
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    arts, errors = read(tmp_path)
    assert [a.text for a in arts] == [BODY]
    assert len(errors) == 1 and errors[0].origin.endswith("shut")
    assert "cannot list folder (Permission denied)" in errors[0].message


def test_jsonl_lines_failing_for_any_reason_do_not_drop_later_lines(tmp_path):
    lines = [
        "[" * 100_000 + "]" * 100_000,  # RecursionError in json.loads
        '{"doc_id": "n", "text": "x", "n": ' + "9" * 5000 + "}",  # int digits limit: ValueError
        json.dumps({"doc_id": ["a"], "text": BODY}),
        json.dumps({"doc_id": "t", "title": {"x": 1}, "text": BODY}),
        json.dumps({"doc_id": "u", "url": "javascript:alert(1)", "text": BODY}),
        json.dumps({"doc_id": "z", "text": "Jets hit the city.\u0000", "url": "https://x.org/a"}),
        json.dumps({"doc_id": "ok", "text": BODY, "published": "2012-03-05"}),
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
    arts, errors = read(tmp_path / "a.jsonl")
    assert [a.doc_id for a in arts] == ["ok"]
    reasons = {e.origin.rsplit(":", 1)[1]: e.message for e in errors}
    assert set(reasons) == {"1", "2", "3", "4", "5", "6"}
    assert "nested deeper than 64" in reasons["1"]
    assert "unreadable JSON" in reasons["2"]
    assert reasons["3"] == "doc_id must be a string, not list"
    assert reasons["4"] == "title must be a string, not dict"
    assert "only absolute http or https" in reasons["5"]
    assert "NUL" in reasons["6"]


def test_empty_jsonl_says_so(tmp_path):
    (tmp_path / "e.jsonl").write_text("\n\n")
    arts, errors = read(tmp_path / "e.jsonl")
    assert not arts and "empty file" in errors[0].message


def test_gzip_bomb_refused_and_neighbour_kept(tmp_path, monkeypatch):
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b" " * (20 * 1024 * 1024)))
    (tmp_path / "good.txt.gz").write_bytes(gzip.compress(BODY.encode()))
    arts, errors = read(tmp_path)
    assert [a.text for a in arts] == [BODY]
    assert errors[0].origin.endswith("bomb.txt.gz") and "gzip bomb" in errors[0].message
    # The absolute limit holds for files that compress no better than text.
    monkeypatch.setenv("KHALDUN_MAX_FILE_BYTES", "5000")
    arts, errors = read(tmp_path / "good.txt.gz")
    assert arts and not errors
    (tmp_path / "big.txt.gz").write_bytes(gzip.compress(os.urandom(3000).hex().encode()))
    _, errors = read(tmp_path / "big.txt.gz")
    assert "expands past 5,000 bytes" in errors[0].message


def test_truncated_jsonl_gz_keeps_records_before_the_break(tmp_path):
    records = [json.dumps({"doc_id": f"d{n}", "text": f"{BODY} ({n})"}) for n in range(100)]
    whole = gzip.compress(("\n".join(records) + "\n").encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    arts, errors = read(tmp_path / "cut.jsonl.gz")
    assert 10 < len(arts) < 100
    assert [a.doc_id for a in arts] == [f"d{n}" for n in range(len(arts))]
    assert len(errors) == 1 and "truncated" in errors[0].message
    assert f"read the {len(arts)} lines before the break" in errors[0].message


def test_deep_html_names_the_nesting(tmp_path):
    deep = "<div>" * 300 + f"<p>{BODY}</p>" + "</div>" * 300
    (tmp_path / "deep.html").write_text(f"<html><body>{deep}</body></html>")
    _, errors = read(tmp_path / "deep.html")
    assert "nested deeper than 200 levels" in errors[0].message


def test_huge_warc_content_length_is_a_clear_error(tmp_path):
    head = (
        "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://x.org/a\r\n"
        "Content-Type: text/html\r\nContent-Length: 99999999999999999999999\r\n\r\n"
    )
    (tmp_path / "a.warc").write_bytes(head.encode() + f"<p>{BODY}</p>\r\n\r\n".encode())
    _, errors = read(tmp_path / "a.warc")
    assert len(errors) == 1 and errors[0].origin.endswith("a.warc:1")
    assert "declares 99,999,999,999,999,999,999,999 bytes, over the limit" in errors[0].message


def test_article_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("KHALDUN_MAX_ARTICLE_CHARS", "50")
    (tmp_path / "long.txt").write_text(BODY)
    (tmp_path / "short.txt").write_text("Jets hit the city.")
    arts, errors = read(tmp_path)
    assert [a.text for a in arts] == ["Jets hit the city."]
    assert errors[0].origin.endswith("long.txt")
    assert "over the limit of 50 (KHALDUN_MAX_ARTICLE_CHARS)" in errors[0].message


def test_every_limit_is_documented():
    from pathlib import Path

    from khaldun.ingest.limits import LIMITS

    doc = (Path(__file__).resolve().parents[2] / "docs" / "limits.md").read_text()
    for limit in LIMITS:
        assert f"`{limit.env}` | {limit.default:,} |" in doc
