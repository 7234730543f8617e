"""Request body size limit, enforced before and while the body is read."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from khaldun.serve.errors import ApiError, error_response

DEFAULT_MAX_BODY = 5 * 1024 * 1024  # 5 MiB: a long article as HTML is well under 1 MiB


class BodyTooLarge(ApiError):
    def __init__(self, max_body: int):
        super().__init__(413, f"request body larger than the limit of {max_body} bytes")


class BodyLimit:
    """ASGI middleware: 413 when Content-Length or the bytes actually sent pass max_body."""

    def __init__(self, app: ASGIApp, max_body: int = DEFAULT_MAX_BODY):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                await error_response(400, "Content-Length is not a number")(scope, receive, send)
                return
            if int(declared) > self.max_body:
                err = BodyTooLarge(self.max_body)
                await error_response(err.status, err.message)(scope, receive, send)
                return
        seen = 0

        async def counted() -> Message:
            # Chunked bodies declare no length: count what arrives.
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise BodyTooLarge(self.max_body)
            return message

        await self.app(scope, counted, send)

