"""Bearer tokens: writes always need one, reads only with protect_reads."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from khaldun.serve import create_app
from khaldun.serve.auth import load_token

BODY = {"text": "Jets struck Homs on Sunday, activists said.", "published": "2012-03-05"}


def test_write_without_token_is_401(client):
    resp = client.post("/articles", json=BODY)
    assert resp.status_code == 401
    assert resp.json()["error"]["code"] == "unauthorized"
    assert resp.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("header", ["Bearer wrong", "Basic dGVzdA==", "Bearer", "{token}"])
def test_write_with_wrong_or_malformed_token_is_401(client, token, header):
    headers = {"Authorization": header.format(token=token)}
    resp = client.post("/articles", json=BODY, headers=headers)
    assert resp.status_code == 401


def test_writes_disabled_without_server_token(store):
    with TestClient(create_app(store, None)) as c:
        resp = c.post("/articles", json=BODY, headers={"Authorization": "Bearer anything"})
        assert resp.status_code == 403
        assert "KHALDUN_TOKEN" in resp.json()["error"]["message"]
        assert c.get("/events").status_code == 200


def test_protected_reads_need_the_token(store, token, auth):
    with TestClient(create_app(store, token, protect_reads=True)) as c:
        for path in ("/events", "/events/x", "/articles/t-homs"):
            assert c.get(path).status_code == 401
        ok = c.get("/events", headers=auth)
        assert ok.status_code == 200 and ok.json()["total"] == 5
        art = c.get("/articles/t-homs", headers=auth)
        assert art.status_code == 200


def test_open_reads_need_no_token(client):
    assert client.get("/events").status_code == 200
    assert client.get("/articles/t-daraa").status_code == 200


def test_protect_reads_without_token_is_refused(store):
    with pytest.raises(ValueError, match="token"):
        create_app(store, None, protect_reads=True)


def test_load_token_from_file_then_env(tmp_path, monkeypatch):
    f = tmp_path / "token"
    f.write_text("  s3cret \nignored\n")
    monkeypatch.setenv("KHALDUN_TOKEN", "from-env")
    assert load_token(f) == "s3cret"
    assert load_token(None) == "from-env"
    monkeypatch.delenv("KHALDUN_TOKEN")
    assert load_token(None) is None
    f.write_text("\n")
    with pytest.raises(ValueError, match="empty"):
        load_token(f)
    with pytest.raises(ValueError, match="cannot read"):
        load_token(tmp_path / "missing")
