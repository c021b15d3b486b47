"""The JSON API, mounted at /api/v1/: its description at /api/v1/openapi.json, docs at
/api/v1/docs.

Every operation needs `Authorization: Bearer <token>` (see `auth.py`); every answer is JSON,
errors included, and never cached by a browser or a proxy.
"""

from __future__ import annotations

import functools

from django.urls import URLPattern, re_path
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from ninja import NinjaAPI
from ninja.errors import ValidationError

from followup.shell.api import errors, interviews, steps, team
from followup.shell.api.auth import BearerToken

DESCRIPTION = """\
Followup's data, for your own scripts: your interviews, the notes planned for them and their
drafts, and, for a recruiter, the candidates assigned to them.

Authenticate with a personal token in `Authorization: Bearer <token>`; make one on the
Settings page or with `followup token create NAME`. A token acts as its user, with exactly
that user's rights: what you cannot see in the web UI is a 404 here too.

Lists are paged with `limit` (1 to 100) and `offset`; a query parameter an address does not
take is refused (422), so a misspelt filter never returns an unfiltered list. Moments are in
UTC, each beside the time zone it was decided in. Every error is `{"detail": "<one
sentence>"}`.
"""


class FollowupAPI(NinjaAPI):
    def create_response(self, request, data, *, status=None, temporal_response=None):
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        # The answers are someone's interviews: no browser or proxy may keep a copy.
        add_never_cache_headers(response)
        return response

    def get_openapi_operation_id(self, operation) -> str:
        return operation.view_func.__name__  # "list_interviews", not its module path

    def _get_urls(self):
        urls = [_with_json_405(self, url) for url in super()._get_urls()]
        for operation in self._operations():
            _refuse_unknown_query_parameters(operation)
        # The root (whose name ninja reverses to find the API's prefix) answers like any
        # unknown address; ninja's own raises Http404, which Django turns into an HTML page.
        root = next(url for url in urls if getattr(url, "name", "") == "api-root")
        urls[urls.index(root)] = URLPattern(
            root.pattern, csrf_exempt(self._unknown), name=root.name
        )
        # Anything else under /api/v1/ is a JSON 404 too, not the web UI's HTML page.
        urls.append(re_path(r"^.*$", csrf_exempt(self._unknown), name="unknown"))
        return urls

    def _unknown(self, request, *args, **kwargs):
        return self.create_response(request, {"detail": errors.NOWHERE}, status=404)

    def _operations(self):
        for router in self._get_bound_routers():
            for path_view in router.path_operations.values():
                yield from path_view.operations


def _refuse_unknown_query_parameters(operation) -> None:
    """A misspelt filter (`?stat=planned`) is a 422, not a silently unfiltered list.

    Wraps the operation's function, so the check runs after authentication and with the
    declared parameters already validated. (Reads django-ninja 1.7's operation internals.)
    """
    if getattr(operation, "_checks_query_names", False):
        return
    known = {
        name
        for model in operation.models
        if model.__ninja_param_source__ == "query"
        for name in model.__ninja_flatten_map__
    }
    view = operation.view_func

    @functools.wraps(view)
    def checked(request, *args, **kwargs):
        unknown = sorted(set(request.GET) - known)
        if unknown:
            expected = ", ".join(sorted(known)) or "none"
            raise ValidationError(
                [
                    {
                        "loc": ("query", name),
                        "msg": f"Unknown query parameter; this address takes {expected}",
                    }
                    for name in unknown
                ]
            )
        return view(request, *args, **kwargs)

    operation.view_func = checked
    operation._checks_query_names = True


def _with_json_405(api: FollowupAPI, url):
    """django-ninja answers a method it does not route with a plain-text 405: say it in JSON."""
    if not isinstance(url, URLPattern):
        return url
    view = url.callback

    @functools.wraps(view)
    def answer(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 405 and "json" not in response.get("Content-Type", ""):
            allowed = response["Allow"]
            response = api.create_response(
                request,
                {"detail": f"{request.method} is not allowed here; use {allowed}."},
                status=405,
            )
            response["Allow"] = allowed
        return response

    # No cookie authenticates here (see auth.py), so Django's CSRF check has nothing to guard.
    return URLPattern(url.pattern, csrf_exempt(answer), url.default_args, url.name)


api = FollowupAPI(
    title="Followup API",
    version="1",
    description=DESCRIPTION,
    auth=BearerToken(),
    urls_namespace="api-v1",
)
errors.install(api)
api.add_router("", team.router)
api.add_router("", interviews.router)
api.add_router("", steps.router)
