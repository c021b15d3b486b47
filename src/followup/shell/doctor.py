"""`followup doctor`: check the set-up and say what to fix."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass

from followup.shell import config, private_files


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


class Failed(Exception):
    """A check failed; the message says what to do."""


def _settings() -> str:
    problems = config.problems()
    if problems:
        raise Failed(" ".join(problems))
    return "all environment settings are valid"


def _data_folder() -> str:
    home = config.home()
    try:
        private_files.make_folder(home)
        probe = home / ".doctor-probe"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise Failed(
            f"{home} is not writable ({exc.strerror}); fix its permissions or set "
            "FOLLOWUP_HOME to a folder you own."
        ) from None
    return f"{home} is writable"


def _secret_key() -> str:
    if os.environ.get("FOLLOWUP_SECRET_KEY"):
        return "taken from FOLLOWUP_SECRET_KEY"
    path = config.home() / "secret_key"
    if not path.exists():
        return f"will be created at {path} on first start"
    key = path.read_text(errors="replace").strip()
    if len(key) < 32 or len(set(key)) < 5:
        # An empty or truncated key makes every page fail; a new one only signs everyone out.
        raise Failed(
            f"{path} holds no usable key ({len(key)} characters); delete it and start Followup "
            "again to make a new one (everyone is signed out)."
        )
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise Failed(f"{path} is readable by others (mode {mode:o}); run `followup doctor --fix`.")
    return f"{path} (mode 600)"


def _private_files() -> str:
    home = config.home()
    wrong = private_files.wrong_modes(home)
    if wrong:
        listed = ", ".join(f"{path} (mode {mode:o}, wants {want:o})" for path, mode, want in wrong)
        raise Failed(f"others can read {listed}; run `followup doctor --fix`.")
    return f"{home} and the files in it are private (700/600)"


def _database() -> str:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.shell.settings")
    import django

    django.setup()
    from django.db import DatabaseError, connection
    from django.db.migrations.executor import MigrationExecutor

    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            vendor = connection.vendor
            detail = vendor
            if vendor == "sqlite":
                cursor.execute("PRAGMA journal_mode")
                mode = cursor.fetchone()[0]
                if mode.lower() != "wal":
                    raise Failed(
                        f"SQLite is in {mode} mode, not WAL; is the data folder on a "
                        "network drive? Move FOLLOWUP_HOME to a local disk."
                    )
                detail = f"SQLite (WAL) at {connection.settings_dict['NAME']}"
            else:
                detail = f"{vendor} {connection.settings_dict.get('HOST') or 'local socket'}"
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as exc:
        first = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]
        raise Failed(f"cannot use the database ({first}); check DATABASE_URL.") from None
    if pending:
        return f"{detail}; {len(pending)} migration(s) will be applied on the next start"
    return detail


def _calendar_data() -> str:
    import datetime as dt

    from followup.core import calendar

    calendar.zone("America/New_York")
    christmas = dt.date(dt.date.today().year, 12, 25)
    if calendar.holiday_name(christmas, "US") is None:
        raise Failed("the holidays package returned no US holidays; reinstall Followup.")
    return "time zones and public holidays load"


def _accounts() -> str:
    from django.contrib.auth import get_user_model
    from django.db import DatabaseError

    try:
        count = get_user_model().objects.count()
    except DatabaseError:  # not migrated yet: the first start creates the tables
        count = 0
    if not count:
        raise Failed("no account yet; run `followup init` or open the web UI's first-run page.")
    return f"{count} account(s)"


def _mail() -> str:
    """Sign in to each connected mailbox's SMTP and IMAP servers, as the worker will."""
    from followup.mail import MailError, check_account
    from followup.shell.models import MailAccount

    accounts = list(MailAccount.objects.all())
    if not accounts:
        return "no mailbox connected (notes are copied out by hand; `followup account add`)"
    problems = []
    signed_in = 0
    for account in accounts:
        if account.uses_oauth:
            from followup.shell.mailbox.oauth_accounts import refresh

            # An OAuth account: the token must renew (the worker relies on it every hour),
            # then both servers must take the new one.
            try:
                refresh(account, force=True)
            except MailError as exc:
                problems.append(f"{account.email}: renewing the sign-in failed: {exc.message}")
                continue
            signed_in += 1
        try:
            results = check_account(account.settings())
        except MailError as exc:  # the stored password cannot be read (a missing or wrong key)
            problems.append(f"{account.email}: {exc.message}")
            continue
        problems += [
            f"{account.email} {r.server.upper()}: {r.message}" for r in results if not r.ok
        ]
        if account.paused_at:
            problems.append(
                f"{account.email} is paused ({account.pause_reason}); "
                "fix it, then `followup account resume` (it signs in first)."
            )
    if problems:
        raise Failed(" ".join(problems))
    oauth_note = f" ({signed_in} by OAuth, its sign-in renewed)" if signed_in else ""
    return f"{len(accounts)} mailbox(es) answer on SMTP and IMAP{oauth_note}"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("settings", _settings),
    ("data folder", _data_folder),
    ("secret key", _secret_key),
    ("calendar data", _calendar_data),
    ("private files", _private_files),
    ("database", _database),
    ("accounts", _accounts),
    ("mail", _mail),
)


def run_checks(*, fix: bool = False) -> list[Check]:
    """Run every check; with `fix`, first repair what can be repaired (file modes)."""
    results: list[Check] = []
    if fix:
        changed = private_files.repair(config.home())
        if changed:
            results.append(
                Check("fix", True, "made private: " + ", ".join(str(p) for p in changed))
            )
    for name, check in CHECKS:
        if name in ("accounts", "mail") and not all(r.ok for r in results if r.name == "database"):
            results.append(Check(name, False, "skipped: the database check failed"))
            continue
        try:
            results.append(Check(name, True, check()))
        except Failed as exc:
            results.append(Check(name, False, str(exc)))
        except Exception as exc:  # a check must report, never crash the doctor
            results.append(Check(name, False, f"{exc.__class__.__name__}: {exc}"))
    return results
