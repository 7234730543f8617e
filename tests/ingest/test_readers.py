"""Every reader on small files written here: HTML, feeds, WARC, gzip, JSON Lines, bad input."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date

from khaldun.ingest import IngestError, read_paths
from khaldun.records import Article

BODY = (
    "Government jets struck the Khaldiyeh district of Homs on Sunday, killing at least "
    "12 people, activists said. The observatory said shelling went on into the night."
)
HTML = f"""<html><head><title>Jets strike Homs district | Example News</title>
<meta property="og:title" content="Jets strike Homs district">
<meta property="article:published_time" content="2012-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Jets strike Homs district</h1>
<p class="byline">By Jane Writer</p><p class="date">March 5, 2012</p>
<p>2 min read</p><p>Share this article</p>
<p>BEIRUT, March 5 (Example) - {BODY}</p>
<p>By Jane Writer</p>
<p>State media said troops were fighting armed groups in the city and denied that
civilians had been targeted by the air force during the operation.</p>
</article><footer>Share this article. Copyright 2012 Example News</footer></body></html>"""


def read(*paths, published=None):
    items = list(read_paths(list(paths), published=published))
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, IngestError)],
    )


def test_html_main_text_without_boilerplate(tmp_path):
    (tmp_path / "page.html").write_text(HTML)
    (art,), errors = read(tmp_path / "page.html")
    assert not errors
    assert art.title == "Jets strike Homs district"
    assert art.text.startswith("BEIRUT, March 5 (Example) - Government jets")
    for junk in ("2 min read", "Share this article", "By Jane Writer", "March 5, 2012\n"):
        assert junk not in art.text
    assert "Jets strike Homs district" not in art.text
    assert art.published == date(2012, 3, 5) and art.published_from == "metadata"
    assert art.origin == str(tmp_path / "page.html")


def test_plain_text_with_dateline_year_from_published(tmp_path):
    (tmp_path / "a.txt").write_text(f"Jets strike Homs\n\nBEIRUT, April 14 (Reuters) - {BODY}\n")
    (art,), _ = read(tmp_path / "a.txt", published=date(2013, 4, 20))
    assert art.title == "Jets strike Homs"
    assert art.published == date(2013, 4, 14) and art.published_from == "dateline"


def test_date_line_under_headline_and_flag_fallback(tmp_path):
    (tmp_path / "a.txt").write_text(f"Jets strike Homs\nMonday 5 March 2012\n{BODY}\n")
    (tmp_path / "b.txt").write_text(BODY)
    (a, b), _ = read(tmp_path, published=date(2020, 1, 1))
    assert (a.published, a.published_from) == (date(2012, 3, 5), "text")
    assert (b.published, b.published_from) == (date(2020, 1, 1), "flag")
    (b,), _ = read(tmp_path / "b.txt")
    assert b.published is None and b.published_from is None


def test_jsonl_fields_and_bad_line(tmp_path):
    lines = [
        json.dumps(
            {
                "doc_id": "x1",
                "text": BODY,
                "published": "2012-03-05",
                "url": "http://u/1",
                "title": "T1",
            }
        ),
        "{not json",
        "",
        json.dumps({"doc_id": "x2", "html": HTML}),
        json.dumps({"doc_id": "x3"}),
        json.dumps({"doc_id": "x4", "text": "DAMASCUS, June 2 (AFP) - Mortars hit the old city."}),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    arts, errors = read(tmp_path / "in.jsonl")
    assert [a.doc_id for a in arts] == ["x1", "x2", "x4"]
    assert arts[0].url == "http://u/1" and arts[0].title == "T1"
    assert arts[0].published_from == "metadata"
    assert "Share this article" not in arts[1].text and arts[1].title == "Jets strike Homs district"
    # No year in the dateline: the file's other dates give it.
    assert arts[2].published == date(2012, 6, 2) and arts[2].origin.endswith("in.jsonl:6")
    assert [str(e).split(": ", 1)[0].rsplit(":", 1)[1] for e in errors] == ["2", "5"]
    assert "malformed JSON" in errors[0].message and "no text or html" in errors[1].message
    assert all("\n" not in str(e) for e in errors)


RSS = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Jets strike Homs</title><link>http://w/1</link>
<pubDate>Mon, 05 Mar 2012 09:00:00 GMT</pubDate>
<description>&lt;p&gt;{BODY}&lt;/p&gt;&lt;p&gt;Share this article&lt;/p&gt;
&lt;p&gt;Second paragraph here.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>http://w/2</link><description></description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Wire</title><id>urn:w</id><updated>2012-03-06T00:00:00Z</updated>
<entry><title>Shelling in Idlib</title><id>urn:w:1</id><link href="http://w/a"/>
<updated>2012-03-06T08:00:00Z</updated>
<content type="html">&lt;p&gt;Mortars hit Idlib.&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom(tmp_path):
    (tmp_path / "wire.rss").write_text(RSS)
    (tmp_path / "wire.atom").write_text(ATOM)
    arts, errors = read(tmp_path / "wire.rss", tmp_path / "wire.atom")
    rss, atom = arts
    assert rss.title == "Jets strike Homs" and rss.url == "http://w/1"
    assert rss.published == date(2012, 3, 5) and rss.published_from == "metadata"
    assert rss.text.startswith("Government jets") and "<p>" not in rss.text
    assert "\nSecond paragraph here." in rss.text and "Share" not in rss.text
    assert atom.text == "Mortars hit Idlib." and atom.published == date(2012, 3, 6)
    assert [e.origin for e in errors] == [f"{tmp_path / 'wire.rss'}:2"]


def _warc_bytes(gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    pages = [
        ("http://n/a", "text/html; charset=utf-8", HTML),
        ("http://n/b.css", "text/css", "a{}"),
    ]
    for url, kind, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body.encode()), http_headers=headers
        )
        writer.write_record(record)
    # A saved file (resource record, as wget --warc-file writes) and a metadata record.
    resource = writer.create_warc_record(
        "file:///saved.html",
        "resource",
        payload=io.BytesIO(HTML.encode()),
        warc_content_type="text/html",
    )
    writer.write_record(resource)
    meta = writer.create_warc_record(
        "http://n/a",
        "metadata",
        payload=io.BytesIO(b"via: test\r\n"),
        warc_content_type="application/warc-fields",
    )
    writer.write_record(meta)
    return out.getvalue()


def test_warc_plain_and_gzipped(tmp_path):
    (tmp_path / "crawl.warc").write_bytes(_warc_bytes(gz=False))
    (tmp_path / "crawl.warc.gz").write_bytes(_warc_bytes(gz=True))
    arts, errors = read(tmp_path / "crawl.warc", tmp_path / "crawl.warc.gz")
    assert not errors and len(arts) == 4
    # Only http(s) links are kept as an article's url: the dashboard links to it.
    assert [a.url for a in arts] == ["http://n/a", None] * 2
    for art in arts:
        assert art.text.startswith("BEIRUT, March 5")
        assert art.published == date(2012, 3, 5) and ":" in art.origin.rsplit("/", 1)[1]


def test_gzip_of_text_jsonl_and_html(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(f"Headline\n{BODY}".encode()))
    rec = json.dumps({"doc_id": "g", "text": BODY, "published": "2012-03-05"})
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(rec.encode()))
    (tmp_path / "c.gz").write_bytes(gzip.compress(HTML.encode()))  # format sniffed from content
    (tmp_path / "d.txt.gz").write_bytes(b"\x1f\x8b broken")
    arts, errors = read(tmp_path)
    assert [a.title for a in arts] == ["Headline", None, "Jets strike Homs district"]
    assert arts[1].doc_id == "g"
    assert len(errors) == 1 and "corrupt gzip" in errors[0].message


def test_bad_files_do_not_stop_the_batch(tmp_path):
    (tmp_path / "1-latin1.txt").write_bytes("Caf\xe9 bombed in Homs".encode("latin-1"))
    (tmp_path / "2-empty.txt").write_text("  \n")
    (tmp_path / "3-boiler.html").write_text(
        "<html><body><p>Share this article</p><p>2 min read</p></body></html>"
    )
    (tmp_path / "4-binary.bin").write_bytes(b"\x00\x01\x02" * 10)
    (tmp_path / "5-good.txt").write_text(BODY)
    (tmp_path / "6-utf16.txt").write_bytes("Shelling in Aleppo.".encode("utf-16"))
    (tmp_path / "7-fake-bom.txt").write_bytes(b"\xff\xfe\x00bad!")
    arts, errors = read(tmp_path, tmp_path / "missing.txt")
    assert [a.text for a in arts] == [BODY, "Shelling in Aleppo."]
    messages = {e.origin.rsplit("/", 1)[1]: e.message for e in errors}
    assert "not UTF-8" in messages["1-latin1.txt"]
    assert messages["2-empty.txt"] == "empty file"
    assert messages["3-boiler.html"] == "no text after boilerplate removal"
    assert "binary" in messages["4-binary.bin"]
    assert "no such file" in messages["missing.txt"]
    assert "UTF-16" in messages["7-fake-bom.txt"]


def test_folders_recursive_sorted_hidden_skipped(tmp_path):
    for rel in ("b/2.txt", "a/z.txt", "a/sub/1.txt", ".git/x.txt", "c.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(f"Report from {rel}.")
    arts, _ = read(tmp_path)
    assert [a.origin.split(str(tmp_path) + "/")[1] for a in arts] == [
        "a/sub/1.txt",
        "a/z.txt",
        "b/2.txt",
        "c.txt",
    ]


NEWS_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Shelling kills 9 in Idlib - World News</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Shelling kills 9 in Idlib",
"datePublished":"2013-06-11T08:30:00Z"}</script></head><body>
<header><div class="logo">World News</div><ul><li><a href="/">Home</a></li></ul></header>
<main><article><h1>Shelling kills 9 in Idlib</h1>
<div class="meta"><span>By Sam Reporter</span> <time datetime="2013-06-11">Tuesday 11 June 2013
08.30 BST</time></div><div class="share"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div>
<p class="read-time">4 min read</p>
<p>Government artillery shelled the centre of Idlib on Monday, killing nine people including
two children, a monitoring group said.</p>
<aside class="newsletter"><h3>Sign up to our daily briefing</h3><button>Sign up</button></aside>
<p>State television said the army had restored security in several neighbourhoods.</p>
<p>Advertisement</p>
<div class="related"><h3>Related</h3><ul><li><a href="/1">Airport closed after attack</a></li>
</ul></div></article></main><footer><p>© 2013 World News. All rights reserved.</p></footer>
</body></html>"""


def test_news_page_keeps_only_the_story(tmp_path):
    (tmp_path / "news.html").write_text(NEWS_PAGE)
    (art,), errors = read(tmp_path / "news.html")
    assert not errors and art.published == date(2013, 6, 11)
    assert art.text.splitlines() == [
        "Government artillery shelled the centre of Idlib on Monday, killing nine people "
        "including two children, a monitoring group said.",
        "State television said the army had restored security in several neighbourhoods.",
    ]


def test_broken_warcs_are_errors_not_crashes(tmp_path):
    (tmp_path / "a.warc").write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n"
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>cut"
    )
    (tmp_path / "b.warc").write_bytes(b"WARC/1.0\r\ngarbage")
    (tmp_path / "c.txt").write_text(BODY)
    arts, errors = read(tmp_path)
    assert [a.text for a in arts] == [BODY]
    assert [e.origin.rsplit("/", 1)[1] for e in errors] == ["a.warc", "b.warc"]
    assert "no HTML" in errors[1].message


def test_yearless_datelines_wait_for_the_files_other_dates(tmp_path):
    lines = [
        {"doc_id": "early", "text": "HOMS, Dec. 30 (AFP) - Shells fell on the old city."},
        {"doc_id": "dated", "text": BODY, "published": "2013-01-02"},
        {"doc_id": "plain", "text": BODY},
    ]
    (tmp_path / "f.jsonl").write_text("\n".join(json.dumps(x) for x in lines))
    arts, _ = read(tmp_path / "f.jsonl", published=date(2020, 5, 5))
    assert [a.doc_id for a in arts] == ["dated", "plain", "early"]
    assert [a.published_from for a in arts] == ["metadata", "flag", "dateline"]
    assert arts[2].published == date(2012, 12, 30)  # the December before the file's date
