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
