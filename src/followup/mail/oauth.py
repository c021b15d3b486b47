"""OAuth 2.0 for mail accounts: the providers, the sign-in flows and the token refresh.

Plain Python, no Django. The HTTP and the token handling are authlib's (its requests client);
this module says which endpoints, scopes and parameters each provider wants, turns every
failure into a `MailError` the worker already knows how to decide on, and keeps tokens out of
any repr or log.

Flows:
- the web: authorisation code with PKCE (S256) and a redirect back to Followup;
- the command line: the device-code flow where the provider offers it (Microsoft), otherwise
  the same code flow with a redirect to a one-shot server on 127.0.0.1 (`cli/oauth_login.py`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from .errors import MailError

# Refresh this long before the access token expires: a pass of the worker (sync, then a send)
# must not start with a token that dies half-way through it.
REFRESH_MARGIN = timedelta(minutes=5)
HTTP_TIMEOUT = 20.0  # seconds, for every call to a provider's endpoints
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


@dataclass(frozen=True)
class Provider:
    """Where a provider signs people in, and what Followup asks for."""

    key: str
    label: str
    authorize_url: str
    token_url: str
    scopes: tuple[str, ...]
    device_url: str = ""  # RFC 8628 device authorisation endpoint, where offered
    revoke_url: str = ""  # RFC 7009 revocation endpoint, where offered
    # Extra query parameters on the authorisation URL (Google sends a refresh token only with
    # access_type=offline, and again on a second sign-in only with prompt=consent).
    authorize_params: tuple[tuple[str, str], ...] = ()
    mail_preset: str = ""  # the key in PRESETS with the provider's IMAP and SMTP servers


def google() -> Provider:
    return Provider(
        key="google",
        label="Google",
        authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
        token_url="https://oauth2.googleapis.com/token",
        revoke_url="https://oauth2.googleapis.com/revoke",
        scopes=("https://mail.google.com/",),
        authorize_params=(("access_type", "offline"), ("prompt", "consent")),
        mail_preset="gmail",
    )


def microsoft(tenant: str = "common") -> Provider:
    base = f"https://login.microsoftonline.com/{tenant or 'common'}/oauth2/v2.0"
    return Provider(
        key="microsoft",
        label="Microsoft",
        authorize_url=f"{base}/authorize",
        token_url=f"{base}/token",
        device_url=f"{base}/devicecode",
        scopes=(
            "https://outlook.office.com/IMAP.AccessAsUser.All",
            "https://outlook.office.com/SMTP.Send",
            "offline_access",
        ),
        mail_preset="outlook",
    )


@dataclass(frozen=True)
class Client:
    """This install's registration with a provider (its own client ID, and secret if any)."""

    provider: Provider
    client_id: str
    client_secret: str = field(default="", repr=False)

    def session(self, **kwargs: object):
        from authlib.integrations.requests_client import OAuth2Session

        return OAuth2Session(
            self.client_id,
            self.client_secret or None,
            scope=" ".join(self.provider.scopes),
            # A "public" client (Microsoft's desktop registrations) has no secret to send.
            token_endpoint_auth_method=("client_secret_post" if self.client_secret else "none"),
            **kwargs,
        )


@dataclass(frozen=True)
class Tokens:
    """What a sign-in gives: never in a repr, a log or a page."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_at: datetime
    scope: str = ""
    # Issued to a public-client flow (the device code): refreshed without the client secret,
    # which Microsoft refuses for such tokens.
    public: bool = False

    def due_for_refresh(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(UTC)) >= self.expires_at - REFRESH_MARGIN

    def to_json(self) -> str:
        return json.dumps(
            {
                "access_token": self.access_token,
                "refresh_token": self.refresh_token,
                "expires_at": self.expires_at.isoformat(),
                "scope": self.scope,
                "public": self.public,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Tokens:
        data = json.loads(text)
        return cls(
            data["access_token"],
            data.get("refresh_token", ""),
            datetime.fromisoformat(data["expires_at"]),
            data.get("scope", ""),
            bool(data.get("public", False)),
        )


MAX_LIFETIME = 24 * 3600  # seconds: a provider's "expires_in" beyond a day is not believed


def _tokens(answer: object, now: datetime, keep_refresh: str = "", public: bool = False) -> Tokens:
    """Tokens from a token endpoint's answer; a malformed answer is a passing failure."""
    if not isinstance(answer, dict) or not answer.get("access_token"):
        raise MailError(
            "temporary", "The provider's answer held no access token: it is tried again later."
        )
    try:
        lifetime = int(float(answer.get("expires_in") or 3600))
    except (TypeError, ValueError, OverflowError):
        lifetime = 3600
    return Tokens(
        access_token=str(answer["access_token"]),
        # A refresh answer may leave the refresh token out: the old one stays valid then.
        refresh_token=str(answer.get("refresh_token") or keep_refresh),
        expires_at=now + timedelta(seconds=min(max(lifetime, 60), MAX_LIFETIME)),
        scope=str(answer.get("scope") or ""),
        public=public,
    )


def _failure(exc: Exception, provider: Provider, what: str) -> MailError:
    """A provider error, in the worker's terms: refused means sign in again; else retry."""
    from authlib.integrations.base_client.errors import OAuthError
    from requests import RequestException
    from requests.exceptions import InvalidJSONError

    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, OAuthError):
        code = exc.error if isinstance(exc.error, str) else "error"
        words = f"{code}: {exc.description}" if exc.description else code
        if code in {"invalid_grant", "unauthorized_client", "access_denied", "expired_token"}:
            return MailError(
                "sign_in",
                f"{provider.label} no longer accepts Followup's sign-in ({what} was refused): "
                "sign in again on the Mail page.",
                server_text=words[:300],
            )
        if code in {"invalid_client", "invalid_request", "invalid_scope"}:
            return MailError(
                "sign_in",
                f"{provider.label} refused Followup's client registration ({code}): check the "
                f"client ID and secret set for {provider.label} (a client secret expires), then "
                "sign in again.",
                server_text=words[:300],
            )
        return MailError(
            "temporary",
            f"{provider.label} could not complete {what}: try again later.",
            server_text=words[:300],
        )
    if isinstance(exc, InvalidJSONError | ValueError):  # an HTML error page, not JSON
        return MailError(
            "temporary",
            f"{provider.label} gave an unreadable answer to {what}: it is tried again later.",
            server_text=str(exc)[:200],
        )
    if isinstance(exc, RequestException | OSError):
        return MailError(
            "connection",
            f"{provider.label}'s sign-in service could not be reached for {what}: check your "
            "internet connection; Followup tries again later.",
            server_text=type(exc).__name__,
        )
    # Anything else from a library fed a strange answer: passing, never a crash of the worker.
    return MailError(
        "temporary",
        f"{provider.label} gave an answer Followup could not use for {what}: it is tried again "
        "later.",
        server_text=type(exc).__name__,
    )


# ---------------------------------------------------------------------------------------------
# The authorisation-code flow with PKCE


@dataclass(frozen=True)
class Authorisation:
    """A sign-in under way: the URL to send the person to, and what must come back."""

    url: str
    state: str
    code_verifier: str = field(repr=False)


def begin(client: Client, redirect_uri: str, login_hint: str = "") -> Authorisation:
    """The provider's sign-in URL with a fresh state and PKCE verifier."""
    from authlib.common.security import generate_token

    verifier = generate_token(64)
    session = client.session(redirect_uri=redirect_uri, code_challenge_method="S256")
    params = dict(client.provider.authorize_params)
    if login_hint:
        params["login_hint"] = login_hint
    url, state = session.create_authorization_url(
        client.provider.authorize_url, code_verifier=verifier, **params
    )
    return Authorisation(url, state, verifier)


def finish(
    client: Client,
    redirect_uri: str,
    code: str,
    code_verifier: str,
    now: datetime | None = None,
) -> Tokens:
    """Exchange the code the redirect brought for tokens."""
    now = now or datetime.now(UTC)
    session = client.session(redirect_uri=redirect_uri)
    try:
        answer = session.fetch_token(
            client.provider.token_url,
            grant_type="authorization_code",
            code=code,
            code_verifier=code_verifier,
            timeout=HTTP_TIMEOUT,
        )
        tokens = _tokens(answer, now)
    except Exception as exc:
        raise _failure(exc, client.provider, "the sign-in") from None
    if not tokens.refresh_token:
        raise MailError(
            "sign_in",
            f"{client.provider.label} gave no refresh token, so Followup could use the mailbox "
            "for an hour only: sign in again and allow offline access.",
        )
    return tokens


def refresh(client: Client, tokens: Tokens, now: datetime | None = None) -> Tokens:
    """New tokens from the refresh token (a rotated refresh token replaces the old one)."""
    now = now or datetime.now(UTC)
    if not tokens.refresh_token:
        raise MailError(
            "sign_in", f"There is no {client.provider.label} refresh token: sign in again."
        )
    if tokens.public:
        client = Client(client.provider, client.client_id)  # no secret for a public flow's token
    session = client.session()
    try:
        answer = session.refresh_token(
            client.provider.token_url,
            refresh_token=tokens.refresh_token,
            timeout=HTTP_TIMEOUT,
        )
        return _tokens(answer, now, keep_refresh=tokens.refresh_token, public=tokens.public)
    except Exception as exc:
        raise _failure(exc, client.provider, "renewing the sign-in") from None


def revoke(client: Client, tokens: Tokens) -> bool:
    """Ask the provider to forget the sign-in (where it can); False when it could not."""
    if not client.provider.revoke_url:
        return False
    session = client.session()
    try:
        response = session.revoke_token(
            client.provider.revoke_url,
            tokens.refresh_token or tokens.access_token,
            token_type_hint="refresh_token" if tokens.refresh_token else "access_token",
            timeout=HTTP_TIMEOUT,
        )
    except Exception:
        return False
    return response.status_code == 200


# ---------------------------------------------------------------------------------------------
# The device-code flow (RFC 8628), for the command line


@dataclass(frozen=True)
class DeviceCode:
    user_code: str
    verification_uri: str
    device_code: str = field(repr=False)
    interval: int = 5
    expires_in: int = 900
    message: str = ""  # Microsoft's own sentence telling the person what to do


def device_begin(client: Client) -> DeviceCode:
    provider = client.provider
    if not provider.device_url:
        raise MailError(
            "protocol", f"{provider.label} does not offer sign-in with a code on another device."
        )
    # The device flow is a public-client flow: Microsoft refuses a client secret in it.
    session = Client(provider, client.client_id).session()
    data = {"client_id": client.client_id, "scope": " ".join(provider.scopes)}
    try:
        response = session.post(
            provider.device_url, data=data, timeout=HTTP_TIMEOUT, withhold_token=True
        )
        answer = response.json()
    except Exception as exc:
        raise _failure(exc, provider, "starting the sign-in") from None
    detail = answer if isinstance(answer, dict) else {}
    if response.status_code != 200 or "device_code" not in detail:
        raise MailError(
            "sign_in",
            f"{provider.label} refused to start a sign-in with a code: check the client ID "
            "(the app registration must allow public client flows).",
            server_text=str(detail.get("error_description") or detail.get("error") or "")[:300],
        )
    try:
        return DeviceCode(
            user_code=str(answer["user_code"]),
            verification_uri=str(
                answer.get("verification_uri") or answer.get("verification_url") or ""
            ),
            device_code=str(answer["device_code"]),
            interval=min(int(answer.get("interval") or 5), 60),
            expires_in=min(int(answer.get("expires_in") or 900), 3600),
            message=str(answer.get("message") or "")[:500],
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise _failure(ValueError(str(exc)), provider, "starting the sign-in") from None


def device_wait(
    client: Client,
    code: DeviceCode,
    *,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Tokens:
    """Poll until the person has signed in on another device (or the code expires)."""
    from authlib.integrations.base_client.errors import OAuthError

    session = Client(client.provider, client.client_id).session()  # public, as device_begin
    interval = max(code.interval, 1)
    deadline = clock() + code.expires_in
    while clock() < deadline:
        sleep(interval)
        try:
            answer = session.fetch_token(
                client.provider.token_url,
                grant_type=DEVICE_GRANT,
                device_code=code.device_code,
                timeout=HTTP_TIMEOUT,
            )
        except OAuthError as exc:
            if exc.error == "authorization_pending":
                continue
            if exc.error == "slow_down":
                interval += 5  # RFC 8628 §3.5
                continue
            raise _failure(exc, client.provider, "the sign-in") from None
        except Exception as exc:
            raise _failure(exc, client.provider, "the sign-in") from None
        return _tokens(answer, datetime.now(UTC), public=True)
    raise MailError(
        "sign_in", f"The {client.provider.label} sign-in code expired: run the command again."
    )


__all__ = [
    "Authorisation",
    "Client",
    "DeviceCode",
    "Provider",
    "Tokens",
    "begin",
    "device_begin",
    "device_wait",
    "finish",
    "google",
    "microsoft",
    "refresh",
    "revoke",
]
