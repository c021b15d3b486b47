"""Security headers: a CSP with no inline script or style, no framing, no caching of a signed-in
user's pages, and the settings a deployment behind a TLS proxy needs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

PAGES_SIGNED_IN = ["/", "/interviews/", "/interviews/new/", "/mail/", "/settings/"]


def test_every_page_has_a_csp_that_allows_no_inline_script(owner_client, interview):
    step = interview.steps.first()
    for path in [*PAGES_SIGNED_IN, f"/interviews/{interview.pk}/", f"/steps/{step.pk}/"]:
        response = owner_client.get(path)
        assert response.status_code == 200, path
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, path
        assert "frame-ancestors 'none'" in policy
        html = response.content.decode()
        # What the policy would block must not be in our pages in the first place.
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert not re.search(r"\sstyle=\"", html), path
        assert not re.search(r"\son[a-z]+=\"", html), path
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"


def test_a_signed_in_users_pages_are_never_cached(owner_client):
    assert "no-store" in owner_client.get("/").headers["Cache-Control"]


def test_the_login_page_is_protected_too(db, client):
    response = client.get("/login/")
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_behind_tls_turns_on_secure_cookies_hsts_and_the_proxy_header(tmp_path):
    script = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps([s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS,"
        " s.SECURE_PROXY_SSL_HEADER]))"
    )

    def read(value: str):
        env = {
            **os.environ,
            "FOLLOWUP_HOME": str(tmp_path),
            "FOLLOWUP_BEHIND_TLS": value,
            "DJANGO_SETTINGS_MODULE": "followup.shell.settings",
        }
        out = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        return json.loads(out.stdout)

    assert read("1") == [True, True, 31_536_000, ["HTTP_X_FORWARDED_PROTO", "https"]]
    assert read("0") == [False, False, 0, None]
