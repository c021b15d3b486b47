"""A page, not a blank screen, for an address opened the wrong way.

Django answers a GET to an address that only takes a form's POST (a bookmarked "delete" or
"mark as replied" link, a reloaded result page) with 405 and an empty body: a blank page in the
browser. The web UI says what happened and where to go; the API keeps its own answers.
"""

from __future__ import annotations

from django.shortcuts import render


class MethodNotAllowedPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 405
            and not response.content
            and not request.path.startswith("/api/")
        ):
            page = render(
                request,
                "followup/error.html",
                {
                    "title": "This address only takes a form",
                    "message": (
                        "It is where a button sends its form, so opening it as a link does "
                        "nothing and nothing was changed. Go back and use the button on the page."
                    ),
                },
                status=405,
            )
            page["Allow"] = response.get("Allow", "POST")
            return page
        return response
