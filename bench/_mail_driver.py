"""A worker process for the mail benchmarks and tests: the product's `run_once`, nothing else,
plus (only when asked) a SIGKILL at one chosen point of a send.

Not a product entry point and not imported by the product: the kill points are installed here,
by wrapping functions of followup.mail.smtp and followup.shell.mailbox.delivery from the outside,
so src/ carries no test hooks.

    python bench/_mail_driver.py work [--until-idle] [--start-at EPOCH] [--name NAME]
    python bench/_mail_driver.py crash --point POINT --count N

`crash` forks one child per message; each child runs a normal worker pass and kills itself
with SIGKILL at POINT during its first send, so every crash leaves exactly one message behind
in whatever state a real crash at that point leaves it. Results are printed as one JSON line.

Environment read only here: FOLLOWUP_DRIVER_DB_NAME replaces the database NAME (the tests
point the worker at pytest-django's test database, which the settings do not know about).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import smtplib
import sys
import time
from collections.abc import Callable
from typing import Any

# The points of a send where a crash is simulated, in the order a send passes them.
POINTS: dict[str, str] = {
    "before_connect": "claimed, stage 'connecting' saved, before the SMTP connection opens",
    "after_rcpt": "MAIL FROM and RCPT TO accepted, before the stage 'data' is saved",
    "data_saved": "stage 'data' saved, before the DATA command is sent",
    "after_data": "message and final dot written, before the server's reply is read",
    "before_save": "server replied 250 (and QUIT), before the result is saved",
}


def _die() -> None:
    # SIGKILL: no finally blocks, no atexit, no socket shutdown beyond what the kernel does.
    os.kill(os.getpid(), signal.SIGKILL)


def install_kill(point: str) -> None:
    """Wrap the function that runs at ``point`` so that the process dies there."""
    from followup.mail import smtp as smtp_mod
    from followup.shell.mailbox import delivery

    if point == "before_connect":
        original_connect = smtp_mod.connect

        def connect(*args: Any, **kwargs: Any) -> smtplib.SMTP:
            _die()
            return original_connect(*args, **kwargs)

        # send() looks `connect` up in its module at call time, so this replacement is used.
        smtp_mod.connect = connect
    elif point == "after_rcpt":
        original_rcpt = smtplib.SMTP.rcpt

        def rcpt(self: smtplib.SMTP, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
            reply = original_rcpt(self, *args, **kwargs)
            if reply[0] in (250, 251):
                _die()
            return reply

        smtplib.SMTP.rcpt = rcpt  # type: ignore[method-assign]
    elif point == "data_saved":
        original_save: Callable[..., None] = delivery._save

        def save(message: Any, **fields: Any) -> None:
            original_save(message, **fields)
            if fields.get("stage") == delivery.Stage.DATA:
                _die()

        delivery._save = save
    elif point == "after_data":
        original_send = smtp_mod._TrackingMixin.send

        def send(self: Any, s: Any) -> None:
            original_send(self, s)
            if self.data_handed_over:
                _die()

        smtp_mod._TrackingMixin.send = send  # type: ignore[method-assign]
    elif point == "before_save":
        original_deliver_send = delivery.send

        def send_then_die(*args: Any, **kwargs: Any) -> None:
            original_deliver_send(*args, **kwargs)
            _die()

        # deliver() calls the name `send` imported into the delivery module.
        delivery.send = send_then_die
    else:
        raise SystemExit(f"unknown kill point {point!r}; one of {', '.join(POINTS)}")


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.shell.settings")
    from django.conf import settings

    name = os.environ.get("FOLLOWUP_DRIVER_DB_NAME")
    if name:
        # Connections read settings.DATABASES lazily, so this takes effect before the first one.
        settings.DATABASES["default"]["NAME"] = name
        settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = name
    import django

    django.setup()


def cmd_work(args: argparse.Namespace) -> dict[str, Any]:
    from django.db import close_old_connections

    from followup.shell.mailbox.worker import run_once, worker_name

    name = args.name or worker_name()
    if args.start_at:
        # Start together: Django's import time is not part of the race.
        time.sleep(max(0.0, args.start_at - time.time()))
    began = time.perf_counter()
    totals: dict[str, int] = {}
    passes = 0
    while True:
        close_old_connections()
        counts = run_once(name)
        passes += 1
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + value
        # A pass ends when claim() finds nothing it can win; under contention that can happen
        # while other rows are still queued, so --until-idle keeps going until a pass is empty
        # (recover_expired also takes at most 50 dead attempts per pass).
        if not args.until_idle or counts["delivered"] == counts["recovered"] == 0:
            break
    return {"name": name, "passes": passes, "seconds": time.perf_counter() - began, **totals}


def cmd_crash(args: argparse.Namespace) -> dict[str, Any]:
    from django.db import connections

    killed = survived = 0
    statuses: list[int] = []
    for n in range(args.count):
        # No connection may cross the fork: a child sharing the parent's socket would corrupt it.
        connections.close_all()
        pid = os.fork()
        if pid == 0:  # the worker: a normal pass that dies at the chosen point
            code = 1
            try:
                install_kill(args.point)
                from followup.shell.mailbox.worker import run_once

                run_once(f"crash-{args.point}-{os.getpid()}-{n}")
                code = 3  # reached the end: the kill point was never passed
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            killed += 1
        else:
            survived += 1
            statuses.append(os.waitstatus_to_exitcode(status))
    return {"point": args.point, "killed": killed, "survived": survived, "statuses": statuses}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    work = sub.add_parser("work", help="worker passes (the product's run_once)")
    work.add_argument("--until-idle", action="store_true", help="repeat until a pass is empty")
    work.add_argument("--start-at", type=float, default=0.0, help="wall-clock start (epoch)")
    work.add_argument("--name", default="")
    crash = sub.add_parser("crash", help="one killed worker per message")
    crash.add_argument("--point", required=True, choices=sorted(POINTS))
    crash.add_argument("--count", type=int, required=True)
    args = parser.parse_args(argv)
    setup_django()
    result = cmd_work(args) if args.command == "work" else cmd_crash(args)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
