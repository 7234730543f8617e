"""Pydantic models that document the API's JSON in the OpenAPI schema."""

from __future__ import annotations

from pydantic import BaseModel


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorDetail


class ActorOut(BaseModel):
    name: str
    inter: int | None = None


class LocationOut(BaseModel):
    name: str
    neighbourhood: str | None = None
    town: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int


class FatalitiesOut(BaseModel):
    low: int
    high: int


class ClaimOut(BaseModel):
    source: str
    originator: str | None = None
    kind: str
    value: int | str | None = None
    quote: str
    doc_id: str | None = None
    start: int | None = None
    end: int | None = None
    article: str | None = None


class EventFields(BaseModel):
    event_type: str
    sub_event_type: str
    date_start: str | None = None
    date_end: str | None = None
    time_precision: int
    location: LocationOut
    actor1: ActorOut | None = None
    actor2: ActorOut | None = None
    fatalities: FatalitiesOut | None = None
    status: str


class EventSummaryOut(EventFields):
    id: str
    n_reports: int
    n_sources: int


class ReportOut(EventFields):
    report_id: str | None = None
    doc_id: str | None = None
    article: str | None = None
    claims: list[ClaimOut]


class EventDetailOut(EventSummaryOut):
    sources: list[str]
    claims: list[ClaimOut]
    reports: list[ReportOut]
    merge_reasons: list[str]


class EventPageOut(BaseModel):
    total: int
    limit: int
    offset: int
    next: str | None = None
    events: list[EventSummaryOut]


class ArticleClaimOut(ClaimOut):
    event_id: str | None = None


class ArticleOut(BaseModel):
    doc_id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    text: str
    claims: list[ArticleClaimOut]


class IngestOut(BaseModel):
    doc_id: str
    created: bool
    events: list[EventSummaryOut]
    warnings: list[str]


class ConfigOut(BaseModel):
    tile_url: str | None = None
    tile_attribution: str | None = None
    event_types: dict[str, list[str]]
    statuses: list[str]


class LabelOut(BaseModel):
    name: str
    lat: float
    lon: float
    population: int
    placetype: str
    country: str | None = None


class LabelsOut(BaseModel):
    labels: list[LabelOut]
