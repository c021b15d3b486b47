"""Start Django for the commands that need the database (and only for those)."""

from __future__ import annotations

import argparse
import os

from followup.cli.common import CliError


def setup(*, migrate: bool = True) -> None:
    from followup.shell import config

    problems = config.problems()
    if problems:
        raise CliError(problems[0])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.shell.settings")
    import django

    django.setup()
    from followup.shell.team import audit

    # Web requests run on the server's own threads, which keep the default ("web").
    audit.set_channel("cli")
    if migrate:
        ensure_migrated()


def ensure_migrated() -> None:
    """Apply pending migrations, so a new or upgraded install needs no separate step."""
    from django.core.management import call_command
    from django.db import DatabaseError, connection
    from django.db.migrations.executor import MigrationExecutor

    try:
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            call_command("migrate", verbosity=0, interactive=False)
    except DatabaseError as exc:
        raise CliError(
            f"cannot use the database ({_first_line(exc)}); check DATABASE_URL and run "
            "`followup doctor`."
        ) from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="USERNAME",
        help="whose data to use (needed only when several accounts exist)",
    )


def current_user(args: argparse.Namespace):
    """The account a command acts for: --user, or the only account there is."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    name = getattr(args, "user", None)
    if name:
        user = users.filter(username=name).first()
        if user is None:
            raise CliError(f"no account named {name!r}; see the accounts with `followup doctor`.")
        if not user.is_active:
            raise CliError(
                f"the account {name!r} is switched off (removed from its organisation); its "
                "work was handed to a colleague."
            )
        return user
    found = list(users.order_by("pk")[:2])
    if not found:
        raise CliError("no account yet; create one with `followup init` (or open the web UI).")
    if len(found) > 1:
        raise CliError("several accounts exist; say which with --user USERNAME.")
    return found[0]
