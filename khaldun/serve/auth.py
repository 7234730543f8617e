"""Bearer-token checks: writes always need the token, reads only when protected."""

from __future__ import annotations

import hmac
import os
from pathlib import Path

from fastapi import Request

from khaldun.serve.errors import ApiError

TOKEN_ENV = "KHALDUN_TOKEN"


def load_token(token_file: Path | None = None) -> str | None:
    """The API token from a file (first line) or else the KHALDUN_TOKEN environment variable."""
    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip().splitlines()
        except OSError as exc:
            raise ValueError(f"token file {token_file}: cannot read ({exc.strerror})") from exc
        if not token or not token[0].strip():
            raise ValueError(f"token file {token_file}: empty")
        return token[0].strip()
    return os.environ.get(TOKEN_ENV) or None


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def check_token(request: Request, token: str | None, purpose: str) -> None:
    """Refuse the request unless it carries the server's bearer token."""
    if token is None:
        raise ApiError(
            403, f"{purpose} disabled: the server was started without a token "
            f"({TOKEN_ENV} or --token-file)"
        )
    given = _bearer(request)
    if given is None:
        raise ApiError(401, f"{purpose} need a bearer token (Authorization: Bearer <token>)")
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(401, "invalid bearer token")
