"""A real OAuth 2.0 authorisation server on loopback, for tests (never used by the product).

The protocol is oauthlib's (authorisation code with PKCE, refresh with rotation, the device
code grant, RFC 7662 introspection and RFC 7009 revocation); this module only stores what it
issues, in memory, and serves it over HTTP from a thread. Dovecot's OAuth 2.0 passdb and the
test SMTP server ask its introspection endpoint whether a token is good, exactly as a mail
provider's servers ask their own. What cannot run here is the provider's consent screen: the
authorisation endpoint signs in whoever `login_hint` names (or `next_user`), as if that person
had clicked "Allow", and the test says so.

    with OAuthServer(users=["me@example.test"]) as auth:
        auth.register_client("followup", "s3cret")
        ...
        auth.revoke_all("me@example.test")
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from socketserver import ThreadingMixIn
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from oauthlib.oauth2 import (
    DeviceApplicationServer,
    FatalClientError,
    RequestValidator,
    Server,
)
from oauthlib.oauth2.rfc8628.grant_types import DeviceCodeGrant

HOST = "127.0.0.1"
SCOPE = "mail"
INTROSPECTOR = ("mail-servers", "introspect-secret")  # how Dovecot and SMTP authenticate


@dataclass
class _Client:
    client_id: str
    secret: str = ""  # empty: a public client (PKCE / device code, no secret)
    redirect_uris: tuple[str, ...] = ()


@dataclass
class _Grant:
    user: str
    client_id: str
    scopes: list[str]
    expires: float = 0.0
    active: bool = True
    refresh: str = ""  # for an access token: the refresh token it came with


@dataclass
class _Store:
    users: set[str] = field(default_factory=set)
    clients: dict[str, _Client] = field(default_factory=dict)
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    access: dict[str, _Grant] = field(default_factory=dict)
    refresh: dict[str, _Grant] = field(default_factory=dict)
    devices: dict[str, dict[str, Any]] = field(default_factory=dict)
    refreshes: int = 0


def _loopback(uri: str) -> bool:
    parts = urlsplit(uri)
    return parts.scheme == "http" and parts.hostname in {"127.0.0.1", "localhost", "[::1]"}


class _Validator(RequestValidator):
    def __init__(self, store: _Store, lock: threading.RLock) -> None:
        self.store = store
        self.lock = lock

    # -- clients --------------------------------------------------------------------------------

    def _credentials(self, request) -> tuple[str, str]:
        header = request.headers.get("Authorization", "")
        if header.lower().startswith("basic "):
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
            return user, password
        return request.client_id or "", getattr(request, "client_secret", "") or ""

    def client_authentication_required(self, request, *args, **kwargs) -> bool:
        client_id, _ = self._credentials(request)
        client = self.store.clients.get(client_id)
        return client is None or bool(client.secret) or client_id == INTROSPECTOR[0]

    def authenticate_client(self, request, *args, **kwargs) -> bool:
        client_id, secret = self._credentials(request)
        if (client_id, secret) == INTROSPECTOR:
            request.client = _Client(client_id, secret)
            return True
        client = self.store.clients.get(client_id)
        if client is None or not client.secret or not secrets.compare_digest(client.secret, secret):
            return False
        request.client = client
        request.client_id = client_id
        return True

    def authenticate_client_id(self, client_id, request, *args, **kwargs) -> bool:
        client = self.store.clients.get(client_id)
        if client is None or client.secret:
            return False
        request.client = client
        return True

    def validate_client_id(self, client_id, request, *args, **kwargs) -> bool:
        return client_id in self.store.clients

    def validate_redirect_uri(self, client_id, redirect_uri, request, *args, **kwargs) -> bool:
        client = self.store.clients.get(client_id)
        # Like Google's desktop clients: any port on loopback.
        if client is None:
            return False
        return redirect_uri in client.redirect_uris or _loopback(redirect_uri)

    def get_default_redirect_uri(self, client_id, request, *args, **kwargs) -> str | None:
        client = self.store.clients.get(client_id)
        return client.redirect_uris[0] if client and client.redirect_uris else None

    def validate_response_type(self, client_id, response_type, client, request, *a, **k) -> bool:
        return response_type == "code"

    def validate_grant_type(self, client_id, grant_type, client, request, *args, **kwargs) -> bool:
        return True

    def validate_scopes(self, client_id, scopes, client, request, *args, **kwargs) -> bool:
        return all(scope in {SCOPE, "offline_access"} for scope in scopes)

    def get_default_scopes(self, client_id, request, *args, **kwargs) -> list[str]:
        return [SCOPE]

    # -- authorisation codes --------------------------------------------------------------------

    def is_pkce_required(self, client_id, request) -> bool:
        return True

    def save_authorization_code(self, client_id, code, request, *args, **kwargs) -> None:
        with self.lock:
            self.store.codes[code["code"]] = {
                "client_id": client_id,
                "user": request.user,
                "redirect_uri": request.redirect_uri,
                "challenge": request.code_challenge,
                "method": request.code_challenge_method,
                "scopes": request.scopes,
            }

    def validate_code(self, client_id, code, client, request, *args, **kwargs) -> bool:
        saved = self.store.codes.get(code)
        if saved is None or saved["client_id"] != client_id:
            return False
        request.user = saved["user"]
        request.scopes = saved["scopes"]
        return True

    def get_code_challenge(self, code, request) -> str | None:
        return self.store.codes.get(code, {}).get("challenge")

    def get_code_challenge_method(self, code, request) -> str | None:
        return self.store.codes.get(code, {}).get("method")

    def confirm_redirect_uri(self, client_id, code, redirect_uri, client, request, *a, **k) -> bool:
        saved = self.store.codes.get(code)
        return saved is not None and saved["redirect_uri"] == redirect_uri

    def invalidate_authorization_code(self, client_id, code, request, *args, **kwargs) -> None:
        with self.lock:
            self.store.codes.pop(code, None)

    # -- tokens ---------------------------------------------------------------------------------

    def save_bearer_token(self, token, request, *args, **kwargs) -> None:
        client_id = request.client.client_id if request.client else request.client_id
        with self.lock:
            old = getattr(request, "refresh_token", None)
            if old and old in self.store.refresh and token.get("refresh_token") != old:
                self.store.refresh[old].active = False  # rotated: the old one is spent
                self.store.refreshes += 1
            refresh = token.get("refresh_token", "")
            grant = dict(user=request.user, client_id=client_id, scopes=list(request.scopes or []))
            if refresh:
                self.store.refresh[refresh] = _Grant(**grant)
            self.store.access[token["access_token"]] = _Grant(
                **grant, expires=time.time() + int(token["expires_in"]), refresh=refresh
            )

    def validate_refresh_token(self, refresh_token, client, request, *args, **kwargs) -> bool:
        grant = self.store.refresh.get(refresh_token)
        if grant is None or not grant.active or grant.client_id != client.client_id:
            return False
        request.user = grant.user
        return True

    def get_original_scopes(self, refresh_token, request, *args, **kwargs) -> list[str]:
        return self.store.refresh[refresh_token].scopes

    def rotate_refresh_token(self, request) -> bool:
        return True  # as Microsoft does: every refresh gives a new refresh token

    def introspect_token(self, token, token_type_hint, request, *args, **kwargs):
        with self.lock:
            grant = self.store.access.get(token)
            if grant is None or not grant.active or grant.expires <= time.time():
                return None
            return {
                "username": grant.user,
                "client_id": grant.client_id,
                "scope": " ".join(grant.scopes),
                "exp": int(grant.expires),
            }

    def revoke_token(self, token, token_type_hint, request, *args, **kwargs) -> None:
        with self.lock:
            grant = self.store.refresh.get(token) or self.store.access.get(token)
            if grant is not None:
                grant.active = False
            for access in self.store.access.values():
                if access.refresh == token:
                    access.active = False

    # -- device codes ---------------------------------------------------------------------------

    def validate_device_code(self, client_id, code, request, *args, **kwargs):
        device = self.store.devices.get(code)
        if device is None or device["client_id"] != client_id:
            return None
        if device["expires"] <= time.time():
            return DeviceCodeGrant.DEVICE_CODE_EXPIRED
        if device["user"] is None:
            return DeviceCodeGrant.DEVICE_CODE_PENDING
        request.user = device["user"]
        request.scopes = device["scopes"]
        return DeviceCodeGrant.DEVICE_CODE_AUTHORIZED


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    # One thread per request: Dovecot's introspection must not wait behind a slow client.
    daemon_threads = True


class OAuthServer:
    """oauthlib's server over HTTP on 127.0.0.1; see the module docstring."""

    def __init__(self, users: Iterable[str] = (), *, token_lifetime: int = 3600) -> None:
        self.store = _Store(users=set(users))
        self.lock = threading.RLock()
        self.validator = _Validator(self.store, self.lock)
        self.token_lifetime = token_lifetime
        self.server = Server(self.validator, token_expires_in=lambda request: self.token_lifetime)
        self.next_user: str | None = None  # who "clicks Allow" when no login_hint is given
        self.deny_next = False
        # The token endpoint's next answers, as (status, body), instead of a real one: a provider
        # that misbehaves (an HTML error page, nonsense JSON).
        self.token_answers: list[tuple[int, str]] = []
        self._httpd: WSGIServer | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # -- life cycle -----------------------------------------------------------------------------

    def __enter__(self) -> OAuthServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> OAuthServer:
        self._httpd = make_server(
            HOST, 0, self._app, server_class=_ThreadingServer, handler_class=_QuietHandler
        )
        self.port = self._httpd.server_port
        self.devices = DeviceApplicationServer(
            self.validator, verification_uri=f"{self.url}/device", interval=1
        )
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def endpoints(self) -> dict[str, str]:
        return {
            "authorize_url": f"{self.url}/authorize",
            "token_url": f"{self.url}/token",
            "device_url": f"{self.url}/devicecode",
            "revoke_url": f"{self.url}/revoke",
            "introspection_url": f"{self.url}/introspect",
        }

    # -- what tests do --------------------------------------------------------------------------

    def register_client(
        self, client_id: str, secret: str = "", redirect_uris: Iterable[str] = ()
    ) -> None:
        with self.lock:
            self.store.clients[client_id] = _Client(client_id, secret, tuple(redirect_uris))

    def add_user(self, user: str) -> None:
        with self.lock:
            self.store.users.add(user)

    def approve_device(self, user_code: str, user: str) -> None:
        """The person types the code on the provider's page and allows access."""
        with self.lock:
            for device in self.store.devices.values():
                if device["user_code"] == user_code:
                    device["user"] = user
                    return
        raise KeyError(user_code)

    def revoke_all(self, user: str) -> None:
        """The person removes Followup's access in their account's security settings."""
        with self.lock:
            for grant in [*self.store.access.values(), *self.store.refresh.values()]:
                if grant.user == user:
                    grant.active = False

    def expire_access_tokens(self, user: str) -> None:
        """Every access token of `user` ends now (their refresh tokens stay good)."""
        with self.lock:
            for grant in self.store.access.values():
                if grant.user == user:
                    grant.expires = 0.0

    def is_active(self, token: str) -> bool:
        """Whether an access or refresh token would still be accepted."""
        with self.lock:
            grant = self.store.access.get(token) or self.store.refresh.get(token)
            if grant is None or not grant.active:
                return False
            return token in self.store.refresh or grant.expires > time.time()

    @property
    def refreshes(self) -> int:
        return self.store.refreshes

    # -- HTTP -----------------------------------------------------------------------------------

    def _app(self, environ: dict[str, Any], start_response) -> list[bytes]:
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "")
        query = environ.get("QUERY_STRING", "")
        uri = f"{self.url}{path}" + (f"?{query}" if query else "")
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length).decode() if length else ""
        headers = {
            key[5:].replace("_", "-").title(): value
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        if environ.get("CONTENT_TYPE"):
            headers["Content-Type"] = environ["CONTENT_TYPE"]
        try:
            status, out_headers, out = self._route(method, path, uri, body, headers)
        except FatalClientError as exc:  # a bad client or redirect: shown, never redirected
            status, out_headers, out = exc.status_code, {}, exc.json
        except Exception as exc:  # a test server says what broke rather than hanging up
            status, out_headers, out = 500, {}, json.dumps({"error": repr(exc)})
        start_response(f"{status} {'OK' if status < 400 else 'Error'}", list(out_headers.items()))
        return [out.encode()]

    def _route(self, method: str, path: str, uri: str, body: str, headers: dict[str, str]):
        if path == "/authorize" and method == "GET":
            return self._authorize(uri, headers)
        if path == "/token" and method == "POST" and self.token_answers:
            status, out = self.token_answers.pop(0)
            kind = "application/json" if out.lstrip().startswith(("{", "[")) else "text/html"
            return status, {"Content-Type": kind}, out
        if path == "/token" and method == "POST":
            out_headers, out, status = self.server.create_token_response(uri, method, body, headers)
            return status, {"Content-Type": "application/json", **out_headers}, out
        if path == "/introspect" and method == "POST":
            out_headers, out, status = self.server.create_introspect_response(
                uri, method, body, headers
            )
            return status, out_headers, out
        if path == "/revoke" and method == "POST":
            out_headers, out, status = self.server.create_revocation_response(
                uri, method, body, headers
            )
            return status, out_headers, out or ""
        if path == "/devicecode" and method == "POST":
            return self._device(uri, body, headers)
        return 404, {"Content-Type": "text/plain"}, "not found"

    def _authorize(self, uri: str, headers: dict[str, str]):
        scopes, credentials = self.server.validate_authorization_request(uri, "GET", "", headers)
        params = {k: v[0] for k, v in parse_qs(urlsplit(uri).query).items()}
        user = params.get("login_hint") or self.next_user
        redirect_uri = credentials["redirect_uri"]
        if self.deny_next or user not in self.store.users:
            self.deny_next = False
            query = urlencode({"error": "access_denied", "state": params.get("state", "")})
            return 302, {"Location": f"{redirect_uri}?{query}"}, ""
        credentials["user"] = user
        out_headers, out, status = self.server.create_authorization_response(
            uri, "GET", "", headers, scopes, credentials
        )
        return status, out_headers, out or ""

    def _device(self, uri: str, body: str, headers: dict[str, str]):
        out_headers, data, status = self.devices.create_device_authorization_response(
            uri, "POST", body, headers
        )
        if status == 200:
            client_id = parse_qs(body).get("client_id", [""])[0]
            with self.lock:
                self.store.devices[data["device_code"]] = {
                    "user_code": data["user_code"],
                    "client_id": client_id,
                    "user": None,
                    "scopes": [SCOPE],
                    "expires": time.time() + int(data["expires_in"]),
                }
            data["message"] = f"Open {data['verification_uri']} and enter {data['user_code']}."
        body_out = json.dumps(data) if isinstance(data, dict) else data
        return status, {"Content-Type": "application/json", **out_headers}, body_out


CLIENT_ID = "followup-test"
CLIENT_SECRET = "followup-test-secret"
PUBLIC_CLIENT_ID = "followup-cli-test"  # no secret: the device-code flow's kind of client


def oauth_server_for_tests(users: Iterable[str] = ()) -> OAuthServer:
    """A server knowing the mail stack's users, with Followup's two test clients registered."""
    from .mailstack import DEFAULT_USERS, DOMAIN

    server = OAuthServer(users=[*(f"{u}@{DOMAIN}" for u in DEFAULT_USERS), *users])
    # The address Django's test client uses, as a self-hoster registers their own.
    server.register_client(CLIENT_ID, CLIENT_SECRET, ["http://testserver/mail/oauth/callback/"])
    server.register_client(PUBLIC_CLIENT_ID)
    return server
