"""The SASL strings for signing in with an OAuth 2.0 access token (no I/O).

XOAUTH2 is Google's and Microsoft's mechanism; OAUTHBEARER (RFC 7628) is the standard one that
Gmail and Dovecot also offer. Both carry the token itself, so neither string may be logged.
"""

from __future__ import annotations

OAUTH_MECHANISMS = ("XOAUTH2", "OAUTHBEARER")  # in the order Followup prefers them


def pick_mechanism(offered: set[str]) -> str | None:
    """The OAuth mechanism to use among those a server offers (upper case), or None."""
    return next((m for m in OAUTH_MECHANISMS if m in offered), None)


def initial_response(mechanism: str, user: str, token: str, host: str, port: int) -> str:
    if mechanism == "XOAUTH2":
        return f"user={user}\x01auth=Bearer {token}\x01\x01"
    if mechanism == "OAUTHBEARER":
        # gs2 header with the authorisation identity, then key/value pairs (RFC 7628 §3.1).
        header = f"n,a={_saslname(user)},"
        return f"{header}\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01"
    raise ValueError(f"not an OAuth mechanism: {mechanism}")


def error_acknowledgement(mechanism: str) -> str:
    """What the client sends after the server's error challenge, so that it answers NO.

    XOAUTH2 wants an empty line; OAUTHBEARER a single %x01 (RFC 7628 §3.2.3).
    """
    return "\x01" if mechanism == "OAUTHBEARER" else ""


def _saslname(user: str) -> str:
    # RFC 5801: "," and "=" in the authorisation identity are escaped.
    return user.replace("=", "=3D").replace(",", "=2C")
