"""POST /articles bodies (JSON, raw HTML or text, multipart upload) as Articles."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from khaldun.ingest.validate import (
    InvalidRecord,
    check_article,
    check_no_nul,
    check_url,
    parse_json,
)
from khaldun.records import Article
from khaldun.serve.errors import ApiError

HTML_TYPES = ("text/html", "application/xhtml+xml")
UPLOAD_FIELD = "file"


class ArticleIn(BaseModel):
    """An article to ingest: its text, or its HTML page, and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="plain text of the article")
    html: str | None = Field(None, description="the article's HTML page (boilerplate is removed)")
    url: str | None = Field(None, max_length=4000)
    title: str | None = Field(None, max_length=4000)
    published: date | None = Field(None, description="publication date, YYYY-MM-DD")

    @field_validator("text", "html", "url", "title")
    @classmethod
    def _no_nul(cls, value: str | None, info: ValidationInfo) -> str | None:
        check_no_nul(value, info.field_name)
        if info.field_name == "url":
            check_url(value)
        return value

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if bool(self.text and self.text.strip()) == bool(self.html and self.html.strip()):
            raise ValueError("give exactly one of 'text' or 'html', not empty")
        return self


def _invalid(exc: ValidationError) -> ApiError:
    msgs = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ())) or "body"
        msgs.append(f"{where}: {err.get('msg')}")
    return ApiError(422, "; ".join(msgs))


def html_to_article(
    html: str, url: str | None, title: str | None, published: date | None
) -> Article:
    """The main text of an HTML page (boilerplate removed), with its title and date unless given."""
    from khaldun.ingest import main_text
    from khaldun.ingest.html import empty_page_reason

    page = main_text(html, url)
    if not page.text.strip():
        raise ApiError(422, f"html: {empty_page_reason(html)}")
    article = Article(text=page.text, url=url, title=title or page.title, origin="api")
    _date_article(article, published or page.published, page.raw_text)
    return article


def _date_article(article: Article, published: date | None, head: str) -> None:
    """Set the publication date: given or page metadata, else a dateline in the text."""
    from khaldun.ingest import date_from_text

    if published:
        article.published, article.published_from = published, "metadata"
        return
    found = date_from_text(head)
    if found:
        article.published, article.published_from = found


def to_article(payload: ArticleIn) -> Article:
    """The Article a validated payload describes (blocking: HTML is parsed here), checked by
    the validation every entry point shares."""
    if payload.html:
        article = html_to_article(payload.html, payload.url, payload.title, payload.published)
    else:
        article = Article(
            text=payload.text or "", url=payload.url, title=payload.title, origin="api"
        )
        _date_article(article, payload.published, article.text)
    try:
        check_article(article)
    except InvalidRecord as exc:
        raise ApiError(422, str(exc)) from exc
    return article


def _decode(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"{what}: not UTF-8 text (byte {exc.start})") from exc


def _validate(fields: dict[str, Any]) -> ArticleIn:
    try:
        return ArticleIn.model_validate(fields)
    except ValidationError as exc:
        raise _invalid(exc) from exc


async def _from_form(request: Request) -> ArticleIn:
    form = await request.form()
    upload = form.get(UPLOAD_FIELD)
    if upload is None or isinstance(upload, str):
        raise ApiError(422, f"multipart body needs a file in the {UPLOAD_FIELD!r} field")
    content = _decode(await upload.read(), f"uploaded file {upload.filename!r}")
    fields: dict[str, Any] = {k: v for k, v in form.items() if k != UPLOAD_FIELD and v}
    name = (upload.filename or "").lower()
    is_html = name.endswith((".html", ".htm")) or (upload.content_type or "") in HTML_TYPES
    fields["html" if is_html else "text"] = content
    return _validate(fields)


async def read_payload(request: Request) -> ArticleIn:
    """Parse the request body, whatever its content type, into a validated payload; decoding
    and validation run in the thread pool, never on the event loop."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "multipart/form-data":
        return await _from_form(request)
    if ctype not in ("application/json", "text/plain", *HTML_TYPES):
        raise ApiError(415, f"content type {ctype or '(none)'!r}: send application/json, "
                       "text/html, text/plain or multipart/form-data")
    raw = await request.body()
    return await run_in_threadpool(_payload, ctype, raw, dict(request.query_params))


def _payload(ctype: str, raw: bytes, query: dict[str, str]) -> ArticleIn:
    body = _decode(raw, "body")
    if ctype == "application/json":
        try:
            data = parse_json(body)
        except InvalidRecord as exc:
            raise ApiError(400, f"body: {exc}") from exc
        if not isinstance(data, dict):
            raise ApiError(422, "body: expected a JSON object")
        return _validate(data)
    fields = {k: query[k] for k in ("url", "title", "published") if query.get(k)}
    fields["html" if ctype in HTML_TYPES else "text"] = body
    return _validate(fields)
