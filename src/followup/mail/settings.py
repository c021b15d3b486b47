"""Account settings for SMTP and IMAP, host-name validation and the TLS context.

Plain values with no Django: the shell stores them (the password encrypted) and builds these
right before a connection, so a password lives in memory only as long as one operation.
"""

from __future__ import annotations

import ipaddress
import re
import ssl
from dataclasses import dataclass, field
from functools import cache

SECURITY_CHOICES = ("tls", "starttls")  # there is deliberately no plaintext choice
# "password": LOGIN/PLAIN with a password; "oauth2": XOAUTH2 (or OAUTHBEARER) with an access
# token in `password`'s place.
AUTH_CHOICES = ("password", "oauth2")

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int
    security: str  # "tls" (implicit TLS) or "starttls"
    username: str
    password: str = field(repr=False)  # kept out of repr so it never reaches a log or traceback
    cafile: str | None = None  # an extra trusted CA file, for self-signed test servers
    cadata: str | None = None  # the same as PEM text: what the shell stores for a private CA
    auth: str = "password"

    def __post_init__(self) -> None:
        if self.auth not in AUTH_CHOICES:
            raise ValueError(f"auth must be 'password' or 'oauth2', not {self.auth!r}.")
        if self.security not in SECURITY_CHOICES:
            raise ValueError(
                f"security must be 'tls' or 'starttls', not {self.security!r}: Followup never "
                "sends a password over an unencrypted connection."
            )
        if not 0 < self.port < 65536:
            raise ValueError(f"port must be between 1 and 65535, not {self.port}.")


@dataclass(frozen=True)
class AccountSettings:
    email: str
    display_name: str
    smtp: ServerSettings
    imap: ServerSettings
    timeout: float = 30.0  # seconds, for every connect and every read


@cache
def tls_context(cafile: str | None, cadata: str | None = None) -> ssl.SSLContext:
    """The system's trusted CAs plus ``cafile`` / ``cadata``; certificate and host name always
    checked.

    Cached: loading the system's CA bundle takes ~70 ms, twice per send otherwise. A context is
    safe to share between connections and threads once configured.
    """
    context = ssl.create_default_context()
    if cafile:
        context.load_verify_locations(cafile=cafile)
    if cadata:
        context.load_verify_locations(cadata=cadata)
    return context


def check_ca_certificate(pem: str) -> str:
    """The PEM text of one or more CA certificates, checked; ValueError says what is wrong."""
    text = (pem or "").strip()
    if "-----BEGIN CERTIFICATE-----" not in text:
        raise ValueError(
            "that is not a PEM certificate: it should start with -----BEGIN CERTIFICATE-----."
        )
    try:
        ssl.create_default_context().load_verify_locations(cadata=text)
    except (ssl.SSLError, ValueError) as exc:
        raise ValueError(f"that certificate cannot be read ({exc.__class__.__name__}).") from None
    return text + "\n"


def validate_host(host: str) -> str:
    """Return a user-typed server name in the form to connect to, or raise ValueError."""
    cleaned = (host or "").strip().lower().rstrip(".")
    if not cleaned:
        raise ValueError("Enter the server's host name, for example smtp.example.com.")
    if "://" in cleaned:
        raise ValueError(
            f"Enter only the host name, without {cleaned.split('://')[0]}:// "
            "(for example imap.example.com)."
        )
    if any(ch.isspace() for ch in cleaned):
        raise ValueError("A host name cannot contain spaces.")
    if "/" in cleaned or "\\" in cleaned:
        raise ValueError("Enter only the host name, without a path after it.")
    if "@" in cleaned:
        raise ValueError(
            "That looks like an email address: enter the server's host name, for example "
            "smtp.example.com."
        )
    try:
        return str(ipaddress.ip_address(cleaned.strip("[]")))
    except ValueError:
        pass
    if ":" in cleaned:
        raise ValueError("Put the port number in the port field, not in the host name.")
    try:
        ascii_host = cleaned.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ValueError(f"{host.strip()!r} is not a valid host name.") from exc
    if len(ascii_host) > 253 or not all(_LABEL.match(label) for label in ascii_host.split(".")):
        raise ValueError(
            f"{host.strip()!r} is not a valid host name: use letters, digits, hyphens and dots."
        )
    return ascii_host
