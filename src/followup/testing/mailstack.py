"""Real mail servers on loopback for tests and benchmarks (never used by the product itself).

Dovecot (Debian's package) serves IMAP, IMAPS and LMTP from a private temp root; aiosmtpd runs
in-process as the SMTP submission server (STARTTLS required, AUTH PLAIN/LOGIN against the same
users) and delivers into Dovecot over LMTP. A fault table keyed by recipient makes the SMTP
server misbehave on purpose, and ``FaultProxy`` cuts IMAP connections.

Usage (see tests/mail/conftest.py for the pytest fixtures)::

    with MailStack(save_sent=True) as stack:
        account = stack.account("me")                  # AccountSettings for me@example.test
        stack.fault("bob@example.test", "rcpt", code=451, times=1)
        ...
        assert stack.delivery_count("<id@example.test>") == 1
        raws = stack.mailbox("bob", "INBOX")           # list of raw messages

Lessons from notes/mail-servers.md are built in: a /tmp root with mode 0755 (dovecot's
unprivileged processes must traverse it), uid/gid 65534 (dovecot refuses uid 0), the anvil
auth-penalty listener disabled (else a good login after a bad one waits 4 s), all users written
before start (the passwd-file is re-read at most once a second), its own process group plus
PR_SET_PDEATHSIG (so a killed test run leaves no dovecot behind), and stop by killpg.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import ctypes
import email
import email.policy
import glob
import imaplib
import json
import os
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import uuid
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import getaddresses
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, SMTP, AuthResult, LoginPassword

from followup.mail.message import build_message
from followup.mail.settings import AccountSettings, ServerSettings

from .oauth_server import INTROSPECTOR, OAuthServer
from .proxy import FaultProxy
from .tls import TlsFiles, make_tls_files

__all__ = [
    "DEFAULT_USERS",
    "Fault",
    "FaultProxy",
    "MailStack",
    "MailStackUnavailable",
    "TlsFiles",
    "make_tls_files",
    "new_message_id",
    "outgoing_message",
    "raw_message",
]

DOMAIN = "example.test"
DEFAULT_USERS = (
    "me",
    "alice",
    "bob",
    "carol",
    "dave",
    "erin",
    "frank",
    "grace",
    "heidi",
    "ivan",
    "judy",
    "recruiter",
)
INSTALL_HINT = (
    "sudo apt-get install -y --no-install-recommends dovecot-imapd dovecot-lmtpd dovecot-sieve"
)
SIEVE_PLUGIN = "/usr/lib/dovecot/modules/lib90_sieve_plugin.so"
NOBODY = 65534
HOST = "127.0.0.1"
ROOT_PREFIX = "followup-mail-"


class MailStackUnavailable(RuntimeError):
    """Dovecot is missing; the message says what to install."""


def _full(user: str) -> str:
    return user if "@" in user else f"{user}@{DOMAIN}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _sweep_dead_roots() -> None:
    # A test run killed with SIGKILL never tears down: dovecot dies with it (PDEATHSIG), but
    # its temp root stays. Remove roots whose owning process is gone; live runs are left alone.
    for path in glob.glob(f"/tmp/{ROOT_PREFIX}*"):
        try:
            with open(os.path.join(path, "owner.pid")) as fh:
                os.kill(int(fh.read().strip()), 0)
        except ProcessLookupError:
            shutil.rmtree(path, ignore_errors=True)
        except (OSError, ValueError):
            continue  # not ours to judge (no pid file yet, or unreadable)


def _without_faketime(env) -> dict[str, str]:
    """The environment for a mail server: never under libfaketime, which stalls Dovecot's
    connections. The suite can run under it to check that it passes on any date (README)."""
    return {k: v for k, v in env.items() if not k.startswith("FAKETIME") and k != "LD_PRELOAD"}


def servers_now() -> float:
    """The time by the mail servers' clock (they date auto-replies with it), as time.time().

    The same as this process's clock, except when the suite runs under libfaketime.
    """
    if "FAKETIME" not in os.environ:
        return time.time()
    out = subprocess.run(
        ["date", "+%s.%N"], env=_without_faketime(os.environ), capture_output=True, text=True
    )
    return float(out.stdout)


def _wait_for_port(port: int, deadline: float, proc: subprocess.Popen | None = None) -> None:
    while True:
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            if proc is not None and proc.poll() is not None:
                raise RuntimeError(f"dovecot exited with status {proc.returncode}") from None
            if time.monotonic() > deadline:
                raise RuntimeError(f"nothing listens on port {port}") from None
            time.sleep(0.005)


_libc = ctypes.CDLL(None, use_errno=True)
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    # Runs in the child between fork and exec: if the test runner dies (even by SIGKILL), the
    # kernel sends dovecot SIGTERM. The "parent" is the thread that forked: start the stack
    # from the main thread (pytest fixtures are).
    _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


# ---------------------------------------------------------------------------------------------
# SMTP faults


@dataclass
class Fault:
    """How the SMTP server misbehaves for one recipient.

    kind:
      "rcpt"             reply ``code`` (e.g. 451, 550) to RCPT TO
      "rcpt-421-close"   reply 421 to RCPT TO, then close the connection
      "data"             reply ``code`` (e.g. 451, 554) after the message, deliver nothing
      "drop-mid-data"    after 354 read one line, then abort the connection
      "drop-after-data"  deliver the message, then abort without replying (the ambiguous case)
    times: fire this many times, then behave (None: always).
    """

    kind: str
    code: int = 0
    times: int | None = None

    KINDS = ("rcpt", "rcpt-421-close", "data", "drop-mid-data", "drop-after-data")

    def reply(self) -> str:
        texts = {
            421: "4.3.2 Service shutting down",
            451: "4.3.0 Try again later",
            450: "4.2.1 Mailbox busy",
            550: "5.1.1 No such user",
            552: "5.3.4 Message too big",
            554: "5.6.0 Message refused",
        }
        code = 421 if self.kind == "rcpt-421-close" else self.code
        return f"{code} {texts.get(code, 'Fault injected by the test')}"


class _FaultySMTP(SMTP):
    stack: MailStack

    # OAuth 2.0 sign-in, checked by asking the authorisation server (RFC 7662), as Gmail's and
    # Outlook's SMTP servers check with theirs.
    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult | None:
        return await self._oauth(args, "XOAUTH2")

    async def auth_OAUTHBEARER(self, server: SMTP, args: list[str]) -> AuthResult | None:
        return await self._oauth(args, "OAUTHBEARER")

    async def _oauth(self, args: list[str], mechanism: str) -> AuthResult | None:
        if len(args) > 1:
            blob = args[1].encode()
        else:
            blob = await self.challenge_auth("", encode_to_b64=False)
            if blob is MISSING:
                return None
        try:
            text = base64.b64decode(blob, validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return AuthResult(success=False, handled=False, message="501 5.5.2 Bad response")
        fields = dict(
            part.split("=", 1) for part in text.split("\x01") if "=" in part and "," not in part
        )
        user = fields.get("user", "")
        if mechanism == "OAUTHBEARER":
            header = text.split("\x01", 1)[0]  # "n,a=user,"
            user = next((p[2:] for p in header.split(",") if p.startswith("a=")), "")
        token = fields.get("auth", "").removeprefix("Bearer ").strip()
        loop = asyncio.get_running_loop()
        if user and token and await loop.run_in_executor(None, self.stack._token_ok, user, token):
            return AuthResult(success=True, auth_data=LoginPassword(user.encode(), b""))
        # The error challenge (RFC 7628 §3.2.2), then the refusal once the client acknowledges.
        await self.challenge_auth(json.dumps({"status": "invalid_token"}))
        return AuthResult(success=False, handled=False)

    async def push(self, status: Any) -> None:
        await super().push(status)
        text = status.decode("ascii", "replace") if isinstance(status, bytes) else status
        if text.startswith("421") and self.transport is not None:
            self.transport.close()

    async def smtp_DATA(self, arg: str) -> None:
        envelope = self.envelope
        fault = None
        if envelope is not None and envelope.rcpt_tos and not arg:
            fault = self.stack._take_fault(envelope.rcpt_tos, ("drop-mid-data",))
        if fault is None:
            await super().smtp_DATA(arg)
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        await self._reader.readuntil(b"\r\n")
        assert self.transport is not None
        self.transport.abort()
        # connection_lost() cancels this task; until then buffered body lines must not be
        # read as commands.
        await asyncio.sleep(30)


class _Handler:
    def __init__(self, stack: MailStack, faults: bool) -> None:
        self.stack = stack
        self.faults = faults

    async def handle_RCPT(
        self, server: SMTP, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if self.faults:
            fault = self.stack._take_fault([address], ("rcpt", "rcpt-421-close"))
            if fault is not None:
                return fault.reply()
        envelope.rcpt_tos.append(address)  # returning a status means appending it ourselves
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:
        stack = self.stack
        fault = None
        if self.faults:
            fault = stack._take_fault(envelope.rcpt_tos, ("data", "drop-after-data"))
            if fault is not None and fault.kind == "data":
                return fault.reply()
        raw: bytes = envelope.original_content or envelope.content
        login = getattr(session.auth_data, "login", None) if session.auth_data else None
        # Shielded: a client that disconnects after DATA cancels this handler, but a real server
        # still finishes the delivery (and its copy to Sent). Counting must not stop half-way.
        reply = await asyncio.shield(self._deliver(envelope, raw, login))
        if reply is not None:
            return reply
        if fault is not None and fault.kind == "drop-after-data":
            server.transport.abort()
            await asyncio.sleep(30)  # cancelled by connection_lost(); nothing is replied
        return "250 2.0.0 OK queued"

    async def _deliver(self, envelope: Any, raw: bytes, login: bytes | None) -> str | None:
        stack = self.stack
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(
                None, stack._lmtp, envelope.mail_from or "", list(envelope.rcpt_tos), raw
            )
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            return f"{code} {text.decode('utf-8', 'replace')}"
        except smtplib.SMTPResponseException as exc:
            return f"{exc.smtp_code} {exc.smtp_error.decode('utf-8', 'replace')}"
        stack._record_delivery(raw)
        if stack.save_sent and login:
            await loop.run_in_executor(None, stack.append, login.decode(), "Sent", raw, ("\\Seen",))
        return None


class _Controller(Controller):
    def __init__(self, stack: MailStack, handler: _Handler, **kwargs: Any) -> None:
        self.stack = stack
        super().__init__(handler, **kwargs)

    def factory(self) -> SMTP:
        with warnings.catch_warnings():
            # The implicit-TLS port offers AUTH "without TLS" in aiosmtpd's eyes; it is TLS.
            warnings.simplefilter("ignore", UserWarning)
            server = _FaultySMTP(self.handler, **self.SMTP_kwargs)
        server.stack = self.stack
        return server


# ---------------------------------------------------------------------------------------------
# The stack


class MailStack:
    """Dovecot + aiosmtpd on loopback. Start with ``start()`` or ``with MailStack() as s``."""

    def __init__(
        self,
        users: tuple[str, ...] | list[str] = DEFAULT_USERS,
        *,
        save_sent: bool = False,
        keep: bool = False,
        oauth: OAuthServer | None = None,
    ) -> None:
        # With `oauth`, Dovecot and SMTP also accept XOAUTH2/OAUTHBEARER tokens that server issued.
        self.oauth = oauth
        self.users: dict[str, str] = {_full(u): f"pw-{_full(u).split('@')[0]}" for u in users}
        self.save_sent = save_sent
        self.keep = keep or bool(os.environ.get("FOLLOWUP_KEEP_MAILSTACK"))
        self.faults: dict[str, Fault] = {}
        self.deliveries: Counter[str] = Counter()
        self._lock = threading.Lock()
        self.root = ""
        self.proc: subprocess.Popen | None = None
        self._controllers: list[Controller] = []
        self.has_sieve = os.path.exists(SIEVE_PLUGIN)

    # -- life cycle ---------------------------------------------------------------------------

    def __enter__(self) -> MailStack:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> MailStack:
        if shutil.which("dovecot") is None:
            raise MailStackUnavailable(f"Dovecot is not installed: run `{INSTALL_HINT}`")
        _sweep_dead_roots()
        self.root = tempfile.mkdtemp(prefix=ROOT_PREFIX, dir="/tmp")
        os.chmod(self.root, 0o755)
        with open(os.path.join(self.root, "owner.pid"), "w") as fh:
            fh.write(str(os.getpid()))
        try:
            self._start_dovecot()
            self._start_smtp()
        except BaseException:
            self.stop()
            raise
        return self

    def _start_dovecot(self) -> None:
        root = self.root
        for sub in ("run", "state", "home", "tls"):
            os.makedirs(os.path.join(root, sub), mode=0o755, exist_ok=True)
        self.tls = make_tls_files(os.path.join(root, "tls"))
        os.chmod(self.tls.keyfile, 0o600)
        self.cafile = self.tls.cafile
        self.imap_port, self.imaps_port, self.lmtp_port = free_port(), free_port(), free_port()
        self.smtp_port, self.smtps_port, self.mx_port = free_port(), free_port(), free_port()
        lines = []
        for address, password in self.users.items():
            home = os.path.join(root, "home", address)
            os.makedirs(home, mode=0o700, exist_ok=True)
            os.chown(home, NOBODY, NOBODY)
            lines.append(f"{address}:{{PLAIN}}{password}:{NOBODY}:{NOBODY}::{home}::")
        users_file = os.path.join(root, "users")
        with open(users_file, "w") as fh:
            fh.write("\n".join(lines) + "\n")
        os.chmod(users_file, 0o644)
        if self.oauth is not None:
            with open(os.path.join(root, "oauth2.conf.ext"), "w") as fh:
                fh.write(self._oauth_config())
        self.conf = os.path.join(root, "dovecot.conf")
        with open(self.conf, "w") as fh:
            fh.write(self._config())
        self._stderr = open(os.path.join(root, "stderr.log"), "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            ["dovecot", "-F", "-c", self.conf],
            env=_without_faketime(os.environ),
            stdin=subprocess.DEVNULL,
            stdout=self._stderr,
            stderr=self._stderr,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + 10
        try:
            for port in (self.imap_port, self.imaps_port, self.lmtp_port):
                _wait_for_port(port, deadline, self.proc)
        except RuntimeError as exc:
            raise RuntimeError(f"{exc}; dovecot said:\n{self.dovecot_log()}") from None

    def _config(self) -> str:
        root = self.root
        sieve_lmtp = sieve_plugin = ""
        if self.has_sieve:
            sieve_lmtp = "  mail_plugins = $mail_plugins sieve\n"
            sieve_plugin = (
                "plugin {\n"
                "  sieve = file:~/sieve;active=~/.dovecot.sieve\n"
                "  sieve_vacation_dont_check_recipient = yes\n"
                "}\n"
            )
        # Dovecot wants a newline after every "{".
        return f"""\
instance_name = followup-test-{os.getpid()}-{os.path.basename(root)}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
listen = {HOST}
protocols = imap lmtp
ssl = yes
ssl_cert = <{self.tls.certfile}
ssl_key = <{self.tls.keyfile}
disable_plaintext_auth = no
auth_mechanisms = plain login{" xoauth2 oauthbearer" if self.oauth else ""}
auth_failure_delay = 0
first_valid_uid = 1
mail_fsync = never
mail_location = maildir:~/Maildir
hostname = mail.{DOMAIN}
postmaster_address = postmaster@{DOMAIN}
submission_host = {HOST}:{self.mx_port}
{self._oauth_passdb()}passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/users
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
protocol imap {{
  mail_max_userip_connections = 100
}}
protocol lmtp {{
{sieve_lmtp}}}
{sieve_plugin}service imap-login {{
  inet_listener imap {{
    address = {HOST}
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = {HOST}
    port = {self.lmtp_port}
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""

    def _oauth_passdb(self) -> str:
        if self.oauth is None:
            return ""
        return (
            "passdb {\n"
            "  driver = oauth2\n"
            "  mechanisms = xoauth2 oauthbearer\n"
            f"  args = {self.root}/oauth2.conf.ext\n"
            "}\n"
        )

    def _oauth_config(self) -> str:
        assert self.oauth is not None
        who, secret = INTROSPECTOR
        return (
            "introspection_mode = post\n"
            f"introspection_url = http://{who}:{secret}@{HOST}:{self.oauth.port}/introspect\n"
            "force_introspection = yes\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n"
        )

    def _token_ok(self, user: str, token: str) -> bool:
        """Ask the authorisation server whether ``token`` is live and belongs to ``user``."""
        if self.oauth is None:
            return False
        request = urllib.request.Request(
            self.oauth.endpoints["introspection_url"],
            data=urllib.parse.urlencode({"token": token}).encode(),
            headers={
                "Authorization": "Basic "
                + base64.b64encode(":".join(INTROSPECTOR).encode()).decode(),
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            claims = json.load(response)
        return bool(claims.get("active")) and claims.get("username") == user

    def _start_smtp(self) -> None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.tls.certfile, self.tls.keyfile)
        common: dict[str, Any] = {
            "hostname": HOST,
            "server_hostname": f"smtp.{DOMAIN}",
            "authenticator": self._authenticate,
            "auth_required": True,
            "auth_require_tls": True,
            "ready_timeout": 5.0,
        }
        submission = _Controller(
            self,
            _Handler(self, faults=True),
            port=self.smtp_port,
            tls_context=context,
            require_starttls=True,
            **common,
        )
        # aiosmtpd only sees STARTTLS as TLS; on the implicit-TLS port the whole connection is
        # encrypted, so AUTH may be offered from the start.
        smtps = _Controller(
            self,
            _Handler(self, faults=True),
            port=self.smtps_port,
            ssl_context=context,
            **{**common, "auth_require_tls": False},
        )
        # Where sieve sends vacation replies: a plain MX, no AUTH, no faults.
        mx = _Controller(
            self,
            _Handler(self, faults=False),
            hostname=HOST,
            port=self.mx_port,
            server_hostname=f"mx.{DOMAIN}",
            ready_timeout=5.0,
        )
        for controller in (submission, smtps, mx):
            controller.start()
            self._controllers.append(controller)

    def stop(self) -> None:
        for controller in self._controllers:
            with contextlib.suppress(Exception):
                controller.stop()
        self._controllers = []
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
            self.proc = None
            self._stderr.close()
        if self.root and not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)

    # -- SMTP internals -----------------------------------------------------------------------

    def _authenticate(
        self, server: SMTP, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode("utf-8", "replace")
            if self.users.get(login) == auth_data.password.decode("utf-8", "replace"):
                return AuthResult(success=True, auth_data=auth_data)
        return AuthResult(success=False, handled=False)

    def _take_fault(self, recipients: list[str], kinds: tuple[str, ...]) -> Fault | None:
        with self._lock:
            for rcpt in recipients:
                fault = self.faults.get(rcpt.lower())
                if fault is None or fault.kind not in kinds:
                    continue
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        del self.faults[rcpt.lower()]
                return fault
        return None

    def _lmtp(self, sender: str, recipients: list[str], raw: bytes) -> dict:
        with smtplib.LMTP(HOST, self.lmtp_port, timeout=10) as lmtp:
            return lmtp.sendmail(sender, recipients, raw)

    def _record_delivery(self, raw: bytes) -> None:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        message_id = " ".join(str(msg.get("Message-ID", "")).split())
        with self._lock:
            self.deliveries[message_id] += 1

    # -- public helpers -----------------------------------------------------------------------

    def fault(self, rcpt: str, kind: str, *, code: int = 0, times: int | None = None) -> Fault:
        """Make the SMTP server misbehave for ``rcpt`` (see ``Fault``)."""
        if kind not in Fault.KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {Fault.KINDS}")
        fault = Fault(kind, code, times)
        with self._lock:
            self.faults[_full(rcpt).lower()] = fault
        return fault

    def reset(self) -> None:
        """Forget faults and switch save_sent off (deliveries are kept: Message-IDs differ)."""
        with self._lock:
            self.faults.clear()
        self.save_sent = False

    def delivery_count(self, message_id: str) -> int:
        """How many times SMTP handed a message with this Message-ID to the mailboxes."""
        with self._lock:
            return self.deliveries[message_id]

    def password(self, user: str) -> str:
        return self.users[_full(user)]

    def account(
        self,
        user: str,
        *,
        smtp_security: str = "starttls",
        imap_security: str = "starttls",
        smtp_port: int | None = None,
        imap_port: int | None = None,
        password: str | None = None,
        cafile: str | None = None,
        timeout: float = 5.0,
    ) -> AccountSettings:
        """AccountSettings for ``user`` (short names get @example.test) on this stack."""
        address = _full(user)
        secret = self.users[address] if password is None else password
        smtp_default = self.smtp_port if smtp_security == "starttls" else self.smtps_port
        imap_default = self.imap_port if imap_security == "starttls" else self.imaps_port
        ca = cafile or self.cafile
        return AccountSettings(
            email=address,
            display_name=address.split("@")[0].title(),
            smtp=ServerSettings(
                HOST, smtp_port or smtp_default, smtp_security, address, secret, ca
            ),
            imap=ServerSettings(
                HOST, imap_port or imap_default, imap_security, address, secret, ca
            ),
            timeout=timeout,
        )

    @contextlib.contextmanager
    def imap(self, user: str) -> Iterator[imaplib.IMAP4_SSL]:
        """A logged-in imaplib connection (IMAPS) for assertions and set-up."""
        context = ssl.create_default_context(cafile=self.cafile)
        client = imaplib.IMAP4_SSL(HOST, self.imaps_port, ssl_context=context, timeout=10)
        try:
            client.login(_full(user), self.users[_full(user)])
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def append(self, user: str, folder: str, raw: bytes, flags: tuple[str, ...] = ()) -> None:
        """APPEND ``raw`` to ``folder`` (created if missing), as a mail client would."""
        with self.imap(user) as client:
            client.create(_quote(folder))  # fails harmlessly when it exists
            flag_list = f"({' '.join(flags)})" if flags else None
            typ, data = client.append(_quote(folder), flag_list, None, raw)
            if typ != "OK":
                raise RuntimeError(f"APPEND to {folder} failed: {data}")

    def mailbox(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """Every message in ``folder``, raw, oldest first (read-only: flags are untouched)."""
        return [raw for raw, _ in self.messages(user, folder)]

    def messages(self, user: str, folder: str = "INBOX") -> list[tuple[bytes, tuple[str, ...]]]:
        """(raw, flags) of every message in ``folder``, oldest first."""
        with self.imap(user) as client:
            typ, _ = client.select(_quote(folder), readonly=True)
            if typ != "OK":
                return []
            typ, data = client.uid("FETCH", "1:*", "(FLAGS BODY.PEEK[])")
            found = []
            for item in data:
                if isinstance(item, tuple):
                    flags = imaplib.ParseFlags(item[0])
                    found.append((item[1], tuple(f.decode() for f in flags)))
            return found

    def find(self, user: str, message_id: str, folder: str = "INBOX") -> list[bytes]:
        """Messages in ``folder`` whose Message-ID is exactly ``message_id``."""
        return [raw for raw in self.mailbox(user, folder) if _message_id(raw) == message_id]

    def deliver(self, raw: bytes, to: str, sender: str = f"someone@{DOMAIN}") -> None:
        """Deliver straight into ``to``'s INBOX over LMTP (sieve runs, as for real mail)."""
        refused = self._lmtp(sender, [_full(to)], raw)
        if refused:
            raise RuntimeError(f"LMTP refused: {refused}")

    def set_vacation(self, user: str, subject: str, text: str, days: int = 1) -> None:
        """Turn on a sieve vacation auto-reply for ``user``."""
        if not self.has_sieve:
            raise MailStackUnavailable(f"dovecot-sieve is not installed: run `{INSTALL_HINT}`")
        home = os.path.join(self.root, "home", _full(user))
        script = (
            'require ["vacation"];\n'
            f"vacation :days {int(days)} :subject {_sieve_string(subject)} "
            f"{_sieve_string(text)};\n"
        )
        path = os.path.join(home, ".dovecot.sieve")
        with open(path, "w") as fh:
            fh.write(script)
        os.chown(path, NOBODY, NOBODY)
        # A stale compiled script would win if both were written within one second.
        with contextlib.suppress(FileNotFoundError):
            os.remove(os.path.join(home, ".dovecot.svbin"))

    def kick(self, user: str) -> None:
        """Disconnect every IMAP session of ``user`` (the server says BYE)."""
        subprocess.run(
            ["doveadm", "-c", self.conf, "kick", _full(user)],
            check=False,
            capture_output=True,
            timeout=10,
        )

    _LOGS = ("stderr.log", "dovecot.log")

    def log_mark(self) -> dict[str, int]:
        """Where Dovecot's logs end now: `dovecot_log(since=...)` reads only what comes after."""
        mark = {}
        for name in self._LOGS:
            with contextlib.suppress(OSError):
                mark[name] = os.path.getsize(os.path.join(self.root, name))
        return mark

    def dovecot_log(self, since: dict[str, int] | None = None) -> str:
        """The end of Dovecot's logs, or everything after a `log_mark()` (a stack shared by a
        worker's tests logs a lot: a fixed tail can miss the line a test looks for)."""
        parts = []
        for name in self._LOGS:
            with contextlib.suppress(OSError), open(os.path.join(self.root, name)) as fh:
                if since is None:
                    parts.append(fh.read()[-4000:])
                else:
                    fh.seek(since.get(name, 0))
                    parts.append(fh.read())
        return "\n".join(parts)

    def wait_for_log(self, text: str, since: dict[str, int], seconds: float = 10.0) -> str:
        """Dovecot's log after `since`, once it holds `text` (it writes asynchronously), or as it
        is when `seconds` have passed."""
        deadline = time.monotonic() + seconds
        while True:
            log = self.dovecot_log(since=since)
            if text in log or time.monotonic() > deadline:
                return log
            time.sleep(0.05)


@contextlib.contextmanager
def stack_with_oauth() -> Iterator[MailStack]:
    """A started stack whose servers also take tokens from a test OAuth server (the tests' one
    session stack); MailStackUnavailable when Dovecot is missing."""
    from .oauth_server import oauth_server_for_tests

    with oauth_server_for_tests() as oauth, MailStack(oauth=oauth) as stack:
        yield stack


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _sieve_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _message_id(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    return " ".join(str(msg.get("Message-ID", "")).split())


def recipients_of(raw: bytes) -> list[str]:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    return [addr for _, addr in getaddresses(msg.get_all("To", []) + msg.get_all("Cc", []))]


# ---------------------------------------------------------------------------------------------
# Messages for tests


def new_message_id() -> str:
    return f"<{uuid.uuid4().hex}@followup.{DOMAIN}>"


def outgoing_message(
    to: str = f"bob@{DOMAIN}",
    *,
    sender: str = f"me@{DOMAIN}",
    body: str = "Hello.",
    subject: str = "Thank you",
    message_id: str | None = None,
    **kwargs: Any,
) -> EmailMessage:
    """A small message from build_message with a fresh Message-ID (``message_id`` to fix it)."""
    return build_message(
        from_addr=_full(sender),
        from_name="Me Candidate",
        to_addr=_full(to),
        to_name="Bob",
        subject=subject,
        body=body,
        message_id=message_id or new_message_id(),
        **kwargs,
    )


def raw_message(
    message_id: str,
    *,
    subject: str = "Hi",
    sender: str = f"x@{DOMAIN}",
    to: str = f"me@{DOMAIN}",
    headers: str = "",
    body: str = "Body.",
) -> bytes:
    """Raw incoming mail; ``headers`` is extra "Name: value\\r\\n" lines."""
    return (
        f"From: Sender <{sender}>\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Message-ID: {message_id}\r\nDate: Tue, 02 Dec 2025 10:00:00 +0000\r\n{headers}"
        f"\r\n{body}\r\n"
    ).encode()
