"""Error pages that say what happened and what to do, in the app's own layout."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.shortcuts import render


def bad_request(request, exception=None):
    if isinstance(exception, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1_000_000
        return render(
            request,
            "followup/error.html",
            {
                "title": "That was more text than Followup takes at once",
                "message": (
                    f"What you sent is over {limit} MB, so nothing was saved. Go back (your "
                    "browser keeps what you typed), shorten the longest text to the part that "
                    "matters, and save again. A debrief keeps up to 1 MB, a note up to 100 KB."
                ),
            },
            status=413,
        )
    return render(
        request,
        "followup/error.html",
        {
            "title": "That request could not be read",
            "message": "Nothing was saved. Go back, reload the page and try again.",
        },
        status=400,
    )


def not_found(request, exception=None):
    return render(
        request,
        "followup/error.html",
        {
            "title": "Nothing here",
            "message": "This page does not exist, or it belongs to another account.",
        },
        status=404,
    )


def csrf_failure(request, reason: str = ""):
    """A form refused for its missing or stale security token (CSRF_FAILURE_VIEW).

    Mostly innocent: a form left open across a sign-out or a restart of the app, or cookies
    blocked for this address. The page says so and what to do; nothing was saved."""
    return render(
        request,
        "followup/error.html",
        {
            "title": "That form had expired, so nothing was saved",
            "message": (
                "Followup could not confirm the form came from this page: it was open before you "
                "signed in or out, or this browser does not keep cookies for this address. Go "
                "back, reload the page and send it again (copy any long text first). If it "
                "happens every time, allow cookies for this address."
            ),
        },
        status=403,
    )


def server_error(request):
    """An unexpected failure: one sentence, no traceback (it is in the server's log).

    Rendered without the request's context: whatever failed may be what the context needs."""
    return render(
        None,
        "followup/error.html",
        {
            "title": "Something went wrong on our side",
            "message": (
                "It was logged for whoever runs this Followup. What you last saved is safe; "
                "go back and try again, and if it keeps failing, tell them the time it happened."
            ),
        },
        status=500,
    )
