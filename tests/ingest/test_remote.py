"""Inputs that are not files: http(s) pages and feeds (timeout, size cap) and stdin."""

from __future__ import annotations

import functools
import http.server
import json
import threading

import pytest
from typer.testing import CliRunner

from khaldun.cli import app
from khaldun.ingest import IngestError, read_paths
from khaldun.ingest.remote import fetch, is_remote

ARTICLE = (
    "Shelling hits Idlib\n\nIDLIB, March 11, 2016 - Artillery shells hit a market in Idlib on "
    "Friday, killing four people, a rescue worker said.\n"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A local web server over a folder with one article and one large file."""
    folder = tmp_path_factory.mktemp("site")
    (folder / "idlib.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "big.txt").write_bytes(b"x" * 5000)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_urls_and_stdin_are_not_paths():
    assert is_remote("https://example.org/a") and is_remote("-") and not is_remote("a/b.txt")


def test_a_page_is_read_with_its_address(site):
    (article,) = list(read_paths([f"{site}/idlib.txt"]))
    assert article.url == f"{site}/idlib.txt" and article.title == "Shelling hits Idlib"
    assert article.published.isoformat() == "2016-03-11"


def test_fetch_errors_name_the_address(site):
    missing = fetch(f"{site}/none.txt")
    assert isinstance(missing, IngestError) and "HTTP 404" in missing.message
    big = fetch(f"{site}/big.txt", max_bytes=1000)
    assert isinstance(big, IngestError) and "larger than" in big.message
    refused = fetch("http://127.0.0.1:1/", timeout=2)
    assert isinstance(refused, IngestError) and "cannot fetch" in refused.message


def test_extract_reads_stdin_and_urls(site):
    runner = CliRunner()
    result = runner.invoke(app, ["extract", "-"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["published"] == "2016-03-11"
    assert "1 articles" in result.stderr
    quiet = runner.invoke(app, ["--quiet", "extract", "-"], input=ARTICLE)
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == result.stdout
    result = runner.invoke(app, ["extract", f"{site}/idlib.txt", "--json", "-o", "/dev/null"])
    assert result.exit_code == 0 and json.loads(result.stdout)["articles"] == 1
    result = runner.invoke(app, ["extract", f"{site}/none.txt"])
    assert result.exit_code == 1 and "HTTP 404" in result.stderr
