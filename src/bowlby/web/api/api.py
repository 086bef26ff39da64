"""The HTTP API at /api/ (OpenAPI schema at /api/openapi.json).

Every endpoint needs ``Authorization: Bearer <token>``; tokens are made on /api/tokens/.
Errors are JSON ``{"error": "...", ...}``; each token may make BOWLBY_API_RATE requests
(default 60 a minute), then gets 429 with Retry-After.
"""

from __future__ import annotations

from typing import Any, Literal

from django.apps import apps
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from ninja import Field, NinjaAPI, Schema, Status
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import HttpBearer

from bowlby.coding.errors import TranscriptFormatError
from bowlby.web.analyzer import engine, tasks
from bowlby.web.analyzer.corrections import agreement
from bowlby.web.analyzer.deidentify import deidentify
from bowlby.web.analyzer.models import Analysis, Client
from bowlby.web.api import ratelimit
from bowlby.web.api.models import ApiToken, hash_token
from bowlby.web.lib.owned import get_owned_or_404

MAX_TEXT_CHARS = 2_000_000


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        row = (
            ApiToken.objects.select_related("owner")
            .filter(key_hash=hash_token(token), revoked__isnull=True, owner__is_active=True)
            .first()
        )
        if row is None:
            return None
        ratelimit.check(f"token:{row.pk}")
        ApiToken.objects.filter(pk=row.pk).update(last_used=timezone.now())
        request.user = row.owner
        return row.owner


api = NinjaAPI(
    title="Bowlby API",
    version="1",
    description=__doc__,
    auth=TokenAuth(),
    urls_namespace="api:v1",  # nested under the app namespace "api" (api/urls.py)
    docs_url=None,  # the Swagger page loads assets from a CDN, which the CSP forbids
)


def _error(request, status: int, message: str, **extra):
    return api.create_response(request, {"error": message, **extra}, status=status)


@api.exception_handler(ratelimit.RateLimited)
def rate_limited(request, exc):
    response = _error(
        request,
        429,
        f"Too many requests: {exc}. Wait {exc.retry_after} s and try again.",
        retry_after=exc.retry_after,
    )
    response["Retry-After"] = str(exc.retry_after)
    return response


@api.exception_handler(AuthenticationError)
def unauthorised(request, exc):
    return _error(
        request,
        401,
        "Missing or invalid token. Send 'Authorization: Bearer <token>'; make a token on /api/tokens/.",
    )


@api.exception_handler(ValidationError)
def invalid(request, exc):
    problems = [
        f"{'.'.join(str(p) for p in e.get('loc', [])[1:]) or 'body'}: {e.get('msg')}"
        for e in exc.errors
    ]
    return _error(
        request, 422, "The request is not valid: " + "; ".join(problems), detail=exc.errors
    )


@api.exception_handler(Http404)
def not_found(request, exc):
    return _error(request, 404, "Not found (or not yours).")


@api.exception_handler(HttpError)
def http_error(request, exc):
    return _error(request, exc.status_code, str(exc))


# --- schemas ----------------------------------------------------------------------------------


class AnalysisIn(Schema):
    text: str = Field(..., min_length=1, max_length=MAX_TEXT_CHARS, description="The transcript")
    format: Literal["text", "csv", "json", "jsonl", "vtt", "srt", "whatsapp"] | None = None
    mode: Literal["session", "dyad"] | None = None
    roles: dict[str, Literal["therapist", "patient", "partner"]] | None = None
    title: str | None = Field(None, max_length=120)
    client: str | None = Field(None, max_length=80, description="A client pseudonym of yours")
    deidentify: bool = Field(False, description="Replace names, places, phones, e-mails first")


class AnalysisOut(Schema):
    id: int
    title: str
    status: str
    progress: int
    error: str
    mode: str
    format: str
    client: str | None
    created: str
    url: str
    result: dict[str, Any] | None = None
    agreement: dict[str, Any] | None = None


class ErrorOut(Schema):
    error: str
    line: int | None = None
    where: str | None = None


# Errors any endpoint may answer: bad or missing token, a request that does not match the
# schema, and the per-token rate limit.
COMMON_ERRORS = {401: ErrorOut, 422: ErrorOut, 429: ErrorOut}


class AnswersIn(Schema):
    answers: dict[str, Any] = Field(..., description="{item id: answer 1-7}, e.g. {'anx01': 4}")
    include_communication: bool = True


def _out(record: Analysis, *, with_result: bool) -> dict[str, Any]:
    data = {
        "id": record.pk,
        "title": record.title,
        "status": record.status,
        "progress": record.progress,
        "error": record.error,
        "mode": record.mode,
        "format": record.format,
        "client": record.client.pseudonym if record.client else None,
        "created": record.created.isoformat(),
        "url": reverse("api:v1:get_analysis", kwargs={"analysis_id": record.pk}),
    }
    if with_result and record.status == Analysis.DONE:
        data["result"] = record.result
        data["agreement"] = agreement(record.result, list(record.corrections.all()))
    return data


# --- endpoints --------------------------------------------------------------------------------


@api.post(
    "/analyses",
    response={202: AnalysisOut, 400: ErrorOut, 404: ErrorOut, **COMMON_ERRORS},
    tags=["analyses"],
)
def submit_analysis(request, payload: AnalysisIn):
    """Submit a transcript; it is analysed in the background. Poll ``url`` until ``status`` is
    ``done`` (or ``failed``, with ``error``)."""
    client = None
    if payload.client:
        client = get_owned_or_404(Client, request.user, pseudonym=payload.client)
    text = payload.text
    try:
        transcript = engine.read(
            text, format=payload.format, mode=payload.mode, roles=payload.roles
        )
        if payload.deidentify:
            text = deidentify(text, speakers=list(transcript.speakers)).text
            transcript = engine.read(text, format=payload.format, mode=payload.mode)
    except TranscriptFormatError as exc:
        return Status(
            400, {"error": f"{exc.where}: {exc.detail}", "line": exc.line, "where": exc.where}
        )
    record = Analysis.objects.create(
        owner=request.user,
        client=client,
        title=payload.title or "API transcript",
        text=text,
        format=transcript.meta["format"],
        mode=transcript.mode,
        roles=transcript.meta["role_guess"]["roles"],
        deidentified=payload.deidentify,
    )
    tasks.enqueue(record)
    return Status(202, _out(record, with_result=False))


@api.get("/analyses", response={200: list[AnalysisOut], **COMMON_ERRORS}, tags=["analyses"])
def list_analyses(request, client: str | None = None):
    """Your analyses, newest first (without results; fetch one for its result)."""
    records = Analysis.objects.filter(owner=request.user).select_related("client")
    if client:
        records = records.filter(client__pseudonym=client)
    return [_out(r, with_result=False) for r in records[:500]]


@api.get(
    "/analyses/{analysis_id}",
    response={200: AnalysisOut, 404: ErrorOut, **COMMON_ERRORS},
    tags=["analyses"],
)
def get_analysis(request, analysis_id: int):
    """One analysis: its status and progress, and its result once ``status`` is ``done``."""
    record = get_owned_or_404(
        Analysis.objects.select_related("client"), request.user, pk=analysis_id
    )
    return _out(record, with_result=True)


@api.post(
    "/assessment/score", response={200: dict, 400: ErrorOut, **COMMON_ERRORS}, tags=["assessment"]
)
def score_assessment(request, payload: AnswersIn):
    """Score the Bowlby relationship test from ``{item id: answer 1-7}`` (nothing is stored)."""
    from bowlby.assessment.errors import AnswerError
    from bowlby.assessment.scoring import score_test

    try:
        result = score_test(payload.answers, include_communication=payload.include_communication)
    except AnswerError as exc:
        return Status(400, {"error": str(exc), "where": str(exc.item) if exc.item else None})
    return result.to_dict()


@api.get("/journal/summary", response={200: dict, **COMMON_ERRORS}, tags=["journal"])
def journal_summary(request):
    """A summary of your program journal (counts per kind of entry, latest entry date)."""
    return journal_summary_for(request.user)


def journal_summary_for(user) -> dict[str, Any]:
    empty = {"available": False, "counts": {}, "latest": None}
    if not apps.is_installed("bowlby.web.journey"):
        return empty
    try:  # the journey app may offer its own summary
        from bowlby.web.journey.summary import summary_for  # type: ignore[import-not-found]
    except ImportError:
        summary_for = None
    if summary_for is not None:
        return {"available": True, **summary_for(user)}
    counts, latest = {}, None
    for model in apps.get_app_config("journey").get_models():
        if not any(f.name == "owner" for f in model._meta.get_fields()):
            continue
        rows = model.objects.filter(owner=user)
        counts[model._meta.model_name] = rows.count()
        date_field = next(
            (f.name for f in model._meta.get_fields() if f.name in ("created", "date", "day")), None
        )
        if date_field:
            newest = rows.order_by(f"-{date_field}").values_list(date_field, flat=True).first()
            if newest is not None and (latest is None or str(newest) > latest):
                latest = str(newest)
    return {"available": bool(counts), "counts": counts, "latest": latest}
