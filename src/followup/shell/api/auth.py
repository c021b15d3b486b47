"""`Authorization: Bearer <token>`: the only way into the API.

There is no session or cookie authentication here, on purpose: a browser never attaches a
Bearer header by itself, so another site cannot make a signed-in user's browser call the API,
and the API needs no CSRF token (django-ninja exempts its views from Django's CSRF check).
"""

from __future__ import annotations

from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from followup.shell.api import tokens

MISSING = (
    "Send your API token in an 'Authorization: Bearer <token>' header; make one on the "
    "Settings page or with `followup token create NAME`."
)
INVALID = "This API token is not valid: it was revoked, mistyped, or its account is switched off."
# A header this long is no token of ours: refuse it before hashing it.
LONGEST_HEADER = 200


class BearerToken(HttpBearer):
    def __call__(self, request):
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.strip().partition(" ")
        if not header or scheme.lower() != "bearer":
            raise AuthenticationError(message=MISSING)
        token = token.strip()
        if not token or len(header) > LONGEST_HEADER:
            raise AuthenticationError(message=INVALID)
        return self.authenticate(request, token)

    def authenticate(self, request, token: str):
        user = tokens.user_for(token)
        if user is None:
            raise AuthenticationError(message=INVALID)
        return user
