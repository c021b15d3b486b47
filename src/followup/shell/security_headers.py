"""Headers every response carries: a Content-Security-Policy with no inline script, and
no caching of pages that belong to a signed-in user.

The policy is fixed, so a small middleware says it more plainly than a dependency would: all
scripts and styles come from our own static files (htmx included, with its eval and injected
styles switched off in base.html), and no page may be framed.
"""

from __future__ import annotations

from django.utils.cache import add_never_cache_headers

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            # A shared or stolen machine's back button must not show someone's interviews.
            add_never_cache_headers(response)
        return response
