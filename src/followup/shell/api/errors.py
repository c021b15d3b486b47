"""Every error the API answers with: `{"detail": "<one sentence>"}`, never a traceback.

The handlers are installed on the API in `app.py`; views raise `NotFound`, `Conflict` or
`followup.shell.actions.ActionError` and let these turn them into responses.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import Http404
from ninja import Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError

from followup.shell.actions import ActionError

logger = logging.getLogger("django.request")

NOWHERE = "There is nothing at this address in the API; see /api/v1/docs for what there is."


class ErrorOut(Schema):
    detail: str


class FieldProblem(Schema):
    field: str  # where: "query.limit", "body.interviewers.0.name"
    message: str


class ValidationErrorOut(Schema):
    detail: str
    errors: list[FieldProblem] = []


class NotFound(Http404):
    """A record that does not exist, or that the caller may not see: the same answer for both,
    so the API never confirms that someone else's record exists."""


class Conflict(Exception):
    """The request is fine but the record's state forbids it now (already sent, decided)."""


def declared(*codes: int) -> dict[int, type[Schema]]:
    """The error responses an operation declares, for the OpenAPI description."""
    return {code: ValidationErrorOut if code == 422 else ErrorOut for code in codes}


def sentence(text: str) -> str:
    text = " ".join(str(text).split())
    if not text:
        return "The request failed."
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?!" else text + "."


def install(api) -> None:
    """Replace django-ninja's default handlers with ones that answer in one sentence."""

    def reply(request, status: int, detail: str, **extra):
        return api.create_response(request, {"detail": sentence(detail), **extra}, status=status)

    def not_found(request, exc):
        # Django's own Http404 (an unknown route, a lookup) carries internal words: say ours.
        detail = str(exc) if isinstance(exc, NotFound) and str(exc) else NOWHERE
        return reply(request, 404, detail)

    def http_error(request, exc: HttpError):
        messages = {"Cannot parse request body": "The request body is not a JSON object in UTF-8"}
        response = reply(request, exc.status_code, messages.get(str(exc), str(exc)))
        if isinstance(exc, AuthenticationError):
            response["WWW-Authenticate"] = 'Bearer realm="followup"'
        return response

    def invalid(request, exc: ValidationError):
        problems = [_problem(error) for error in exc.errors]
        if problems[0]["field"] == "body":
            detail = "The request body is missing or is not a JSON object"
        else:
            detail = f"{_where(problems[0]['field'])}: {_lower_first(problems[0]['message'])}"
        if len(problems) > 1:
            detail += f" (and {len(problems) - 1} more problem(s), listed in errors)"
        return reply(request, 422, detail, errors=problems)

    def refused(request, exc: ActionError):
        return reply(request, 400, str(exc))

    def conflict(request, exc: Conflict):
        return reply(request, 409, str(exc))

    def too_big(request, exc):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1_000_000
        return reply(request, 413, f"The request body is over {limit} MB; send less")

    def malformed(request, exc):
        return reply(request, 400, "The request could not be read; check its headers and body")

    def unexpected(request, exc):
        # Logged with its traceback for whoever runs the server; the client gets one sentence.
        logger.error("API error on %s %s", request.method, request.path, exc_info=exc)
        return reply(request, 500, "Something went wrong on our side; it was logged, try again")

    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(ValidationError, invalid)
    api.add_exception_handler(ActionError, refused)
    api.add_exception_handler(Conflict, conflict)
    api.add_exception_handler(RequestDataTooBig, too_big)
    api.add_exception_handler(SuspiciousOperation, malformed)
    api.add_exception_handler(Exception, unexpected)


def _problem(error: dict) -> dict[str, str]:
    location = [str(part) for part in error.get("loc", ())]
    if location[:1] == ["body"]:
        del location[1:2]  # the view's parameter name, which the client never sees
    return {"field": ".".join(location) or "request", "message": error.get("msg", "is not valid")}


def _where(field: str) -> str:
    """'query.limit' -> "Query parameter 'limit'", for the one-sentence detail."""
    source, _, name = field.partition(".")
    label = {"query": "Query parameter", "path": "Path parameter", "body": "Body field"}
    return f"{label.get(source, source.capitalize())} '{name}'" if name else field


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
