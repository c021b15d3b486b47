"""Signing a mailbox in with OAuth 2.0 from a terminal (no Django here).

Where the provider offers it (Microsoft), the device-code flow: Followup prints a short code
and an address, the person signs in on any device, and this command waits. Otherwise (Google,
whose device flow does not allow mail access) the authorisation-code flow with PKCE and a
redirect to a one-shot server on 127.0.0.1, on a port the system picks: the person opens the
printed address in a browser on this machine.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

from followup.mail import MailError, oauth

WAIT_SECONDS = 300.0  # for the browser to come back


def sign_in(
    client: oauth.Client,
    email: str,
    *,
    device: bool | None = None,
    say: Callable[[str], None] = print,
    timeout: float = WAIT_SECONDS,
) -> oauth.Tokens:
    """Tokens for `email`, by the device-code flow or the loopback redirect.

    `device=None` picks the device-code flow when the provider has one.
    """
    if device is None:
        device = bool(client.provider.device_url)
    if device:
        code = oauth.device_begin(client)
        say(
            code.message
            or f"To sign in, open {code.verification_uri} and enter the code {code.user_code}."
        )
        say(f"Sign in as {email}. Waiting...")
        return oauth.device_wait(client, code)
    return _loopback(client, email, say, timeout)


class _Answer:
    def __init__(self) -> None:
        self.params: dict[str, str] = {}
        self.state = ""  # the sign-in's own: any other request is not its answer
        self.arrived = threading.Event()


def _handler(answer: _Answer):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            params = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
            if "code" not in params and "error" not in params:
                self.send_error(404)  # a favicon, a stray probe: keep waiting
                return
            if not answer.state or params.get("state") != answer.state:
                self.send_error(400, "Not this sign-in")  # a stale tab: keep waiting
                return
            answer.params = params
            ok = "code" in params
            text = (
                "Signed in: you can close this tab and go back to the terminal."
                if ok
                else f"Not signed in ({params.get('error', '')}): go back to the terminal."
            )
            body = f"<!doctype html><title>Followup</title><p>{html.escape(text)}</p>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            answer.arrived.set()

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # the URL carries the code: never printed

    return Handler


def _loopback(
    client: oauth.Client, email: str, say: Callable[[str], None], timeout: float
) -> oauth.Tokens:
    answer = _Answer()
    server = HTTPServer(("127.0.0.1", 0), _handler(answer))
    redirect_uri = f"http://127.0.0.1:{server.server_port}/"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2})
    thread.daemon = True
    thread.start()
    try:
        started = oauth.begin(client, redirect_uri, login_hint=email)
        answer.state = started.state
        say(f"Open this address in a browser on this computer and sign in as {email}:")
        say(started.url)
        if not answer.arrived.wait(timeout):
            raise MailError(
                "sign_in", f"No sign-in came back within {timeout:g} seconds: run it again."
            )
    finally:
        server.shutdown()
        server.server_close()
    params = answer.params
    if "error" in params:
        raise MailError(
            "sign_in",
            f"{client.provider.label} did not give access ({params['error']}), so nothing was "
            "saved.",
        )
    return oauth.finish(client, redirect_uri, params["code"], started.code_verifier)
