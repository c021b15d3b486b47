"""Set-up commands: init, serve, doctor, password, unlock, demo."""

from __future__ import annotations

import argparse
import getpass
import sys

from followup.cli.common import CliError, add_command, add_json_flag, print_json
from followup.cli.django_env import add_user_option, current_user, setup


def register(commands: argparse._SubParsersAction) -> None:
    p = add_command(
        commands,
        "init",
        cmd_init,
        help="create your account (or use the first-run page of the web UI)",
        example="echo 'a long passphrase' | followup init --username sam --email sam@example.com "
        "--name 'Sam Lee' --tz America/New_York --country US --password-stdin",
    )
    p.add_argument("--username")
    p.add_argument("--email", default="")
    p.add_argument("--name", default="", help="your full name, as it should sign your notes")
    p.add_argument("--tz", help="your time zone (IANA name, e.g. Europe/London)")
    p.add_argument("--country", default="", help="two-letter country code, e.g. US")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of asking",
    )
    add_json_flag(p)

    p = add_command(
        commands, "serve", cmd_serve, help="run the web UI", example="followup serve --port 8000"
    )
    p.add_argument("--host", help="address to bind (default FOLLOWUP_HOST, 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default FOLLOWUP_PORT, 8000)")
    p.add_argument(
        "--no-worker", action="store_true", help="do not start the mail worker beside the web UI"
    )

    p = add_command(
        commands,
        "doctor",
        cmd_doctor,
        help="check the set-up; exits non-zero and says what to fix when a check fails",
        example="followup doctor --fix",
    )
    p.add_argument(
        "--fix", action="store_true", help="repair what can be repaired (private file modes)"
    )
    add_json_flag(p)

    p = add_command(
        commands,
        "password",
        cmd_password,
        help="set a new password for your account",
        example="echo 'a new long passphrase' | followup password --password-stdin",
    )
    p.add_argument(
        "--password-stdin", action="store_true", help="read the new password from standard input"
    )
    add_user_option(p)
    add_json_flag(p)

    p = add_command(
        commands,
        "unlock",
        cmd_unlock,
        help="lift a sign-in lockout after too many failed passwords",
        example="followup unlock sam",
    )
    p.add_argument("username", metavar="USERNAME")
    add_json_flag(p)

    p = add_command(
        commands,
        "demo",
        cmd_demo,
        help="load a realistic sample of interviews into your account (--remove takes it out)",
        example="followup demo --remove",
    )
    p.add_argument(
        "--remove", action="store_true", help="remove the sample interviews, and nothing else"
    )
    add_user_option(p)
    add_json_flag(p)


def cmd_init(args: argparse.Namespace) -> int:
    setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    from followup.shell.accounts import AccountInput, create_account

    interactive = sys.stdin.isatty() and not args.password_stdin
    username = args.username or (_ask("Username: ") if interactive else "")
    if not username:
        raise CliError("give a --username for the new account.")
    if get_user_model().objects.filter(username=username).exists():
        raise CliError(f"an account named {username!r} exists already; sign in with it.")
    password = _read_password(args, "Password", "init")
    data = AccountInput(
        username=username,
        password=password,
        email=args.email,
        full_name=args.name,
        time_zone=args.tz or _local_zone(),
        country=args.country,
    )
    try:
        validate_password(password)
        user = create_account(data)
    except ValidationError as exc:
        raise CliError(" ".join(exc.messages)) from None
    if args.json:
        print_json({"username": user.username, "time_zone": user.profile.time_zone})
    else:
        print(f"Account {user.username!r} created. Start the app with `followup serve`.")
    return 0


def _ask(prompt: str) -> str:
    try:
        return input(prompt).strip()
    except EOFError:
        return ""


def _local_zone() -> str:
    """The machine's IANA zone name when it can be told, else UTC."""
    import os
    from pathlib import Path

    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = str(Path("/etc/localtime").resolve())
            name = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""
        except OSError:
            name = ""
    from followup.core import calendar

    try:
        calendar.zone(name)
        return name
    except calendar.UnknownZone:
        return "UTC"


def cmd_serve(args: argparse.Namespace) -> int:
    setup()
    from django.contrib.auth import get_user_model

    from followup.shell import config
    from followup.shell.wsgi import application

    host = args.host or config.get("FOLLOWUP_HOST")
    port = args.port or int(config.get("FOLLOWUP_PORT"))
    url = f"http://{host}:{port}/"

    # The single-user install runs the mail worker beside the web UI, as its own process:
    # a slow mail server must never hold up a web request.
    from followup.cli.worker_child import SupervisedWorker
    from followup.shell.web_server import serve

    worker = None if args.no_worker else SupervisedWorker()  # restarted if it dies
    bound = False

    def listening() -> None:
        # Only once the port is ours: a second start on a busy port says only that it cannot
        # listen, and starts no second worker (found by stop 51's fresh-clone check).
        nonlocal bound
        bound = True
        if not get_user_model().objects.exists():
            print(f"Followup is running. Open {url}welcome/ to create your account.")
        else:
            print(f"Followup is running at {url}")
        print(f"Data folder: {config.home()}. Press Ctrl-C to stop.", flush=True)
        if worker is not None:
            worker.start()

    try:
        if serve(application, host=host, port=port, threads=8, listening=listening):
            print("Followup stopped: every request in progress was answered first.", flush=True)
        else:
            print("Followup stopped; some requests were still running after 30 s.", flush=True)
    except OSError as exc:
        if bound:
            raise  # (not the port: the worker's start, or the loop itself)
        raise CliError(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}); "
            "choose another with --port or FOLLOWUP_PORT."
        ) from None
    finally:
        if worker is not None:
            worker.stop()
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from followup.shell.doctor import run_checks

    results = run_checks(fix=args.fix)
    failed = [r for r in results if not r.ok]
    if args.json:
        print_json([{"check": r.name, "ok": r.ok, "detail": r.detail} for r in results])
    else:
        for result in results:
            print(f"{'ok  ' if result.ok else 'FAIL'}  {result.name}: {result.detail}")
        print("All checks passed." if not failed else f"{len(failed)} check(s) failed.")
    return 1 if failed else 0


def cmd_password(args: argparse.Namespace) -> int:
    setup()
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    user = current_user(args)
    password = _read_password(args, "New password", "password")
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise CliError(" ".join(exc.messages)) from None
    user.set_password(password)
    user.save(update_fields=["password"])
    if args.json:
        print_json({"username": user.username, "changed": True})
    else:
        print(f"Changed the password of {user.username}; other sign-ins end.")
    return 0


def _read_password(args: argparse.Namespace, prompt: str, command: str) -> str:
    """From standard input with --password-stdin, else asked twice in a terminal."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise CliError("no password: pass --password-stdin and pipe it in, or run in a terminal.")
    password = getpass.getpass(f"{prompt}: ")
    if getpass.getpass(f"{prompt} (again): ") != password:
        raise CliError(f"the two passwords differ; run `followup {command}` again.")
    return password


def cmd_unlock(args: argparse.Namespace) -> int:
    setup()
    from axes.utils import reset
    from django.contrib.auth import get_user_model

    # The lock is on the name as it was typed at sign-in ("Zoe" for the account "zoe"): its
    # records are cleared whether or not an account has exactly that name.
    cleared = reset(username=args.username)
    if not cleared and not get_user_model().objects.filter(username=args.username).exists():
        from followup.shell import config

        raise CliError(
            f"no account named {args.username!r} and no lockout for that name in "
            f"{config.home()}; if the app runs with another FOLLOWUP_HOME, run this with it set "
            "to that folder."
        )
    if args.json:
        print_json({"username": args.username, "cleared": cleared})
    else:
        print(f"{args.username} can sign in again ({cleared} lockout record(s) cleared).")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    setup()
    from django.utils import timezone

    from followup.shell.demo import load_demo

    if getattr(args, "remove", False):
        from followup.shell.demo import remove_demo

        count = remove_demo(current_user(args))
        if args.json:
            print_json({"removed": count})
        else:
            print(f"Removed {count} sample interview{'s' if count != 1 else ''}.")
        return 0
    interviews = load_demo(current_user(args), timezone.now())
    if args.json:
        print_json({"interviews": [i.pk for i in interviews]})
    else:
        print(
            f"Loaded {len(interviews)} sample interviews. See them with `followup due` "
            "or in the web UI."
        )
    return 0
