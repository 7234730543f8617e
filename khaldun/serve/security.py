"""Security headers on every response: CSP, no framing, no sniffing, no referrer."""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The dashboard loads only its own scripts and styles; Swagger UI (/docs) starts from one
# inline script, so that page alone allows inline code.
_POLICY = (
    "default-src 'self'; script-src 'self'{inline}; style-src 'self'{inline}; "
    "img-src 'self' data:{tiles}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
INLINE_PATHS = ("/docs",)


def tile_origin(tile_url: str | None) -> str:
    """The origin map tiles come from ("https://tile.example.org"), or "" for none."""
    if not tile_url:
        return ""
    parts = urlsplit(tile_url)
    host = parts.netloc.replace("{s}", "*")  # Leaflet's subdomain placeholder
    return f"{parts.scheme}://{host}" if parts.scheme in ("http", "https") and host else ""


def content_policy(path: str, tiles: str = "") -> str:
    """The Content-Security-Policy for a page at `path`."""
    inline = " 'unsafe-inline'" if path in INLINE_PATHS else ""
    return _POLICY.format(inline=inline, tiles=f" {tiles}" if tiles else "")


class SecurityHeaders:
    """ASGI middleware adding the security headers to every HTTP response."""

    def __init__(self, app: ASGIApp, tile_url: str | None = None) -> None:
        self.app = app
        self.tiles = tile_origin(tile_url)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = content_policy(scope.get("path", ""), self.tiles)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", policy)
                headers["X-Frame-Options"] = "DENY"
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
                if "server" in headers:
                    del headers["server"]
            await send(message)

        await self.app(scope, receive, with_headers)
