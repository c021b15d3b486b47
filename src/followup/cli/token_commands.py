"""API tokens: token create NAME, token list, token revoke ID."""

from __future__ import annotations

import argparse

from followup.cli.common import CliError, add_command, add_json_flag, print_json
from followup.cli.django_env import add_user_option, current_user, setup


def register(commands: argparse._SubParsersAction) -> None:
    p = add_command(
        commands,
        "token",
        cmd_token,
        help="personal tokens for the JSON API (/api/v1/): create NAME, list, revoke ID",
        example="followup token create 'my laptop script'",
        description="Personal tokens for the JSON API at /api/v1/. A token acts as you, with "
        "your rights; it is shown once, when it is made, and only its digest is stored. "
        "Send it as 'Authorization: Bearer TOKEN'.",
    )
    p.add_argument("action", choices=["create", "list", "revoke"])
    p.add_argument(
        "target", nargs="?", metavar="NAME|ID", help="create: the token's name; revoke: its id"
    )
    add_user_option(p)
    add_json_flag(p)


def cmd_token(args: argparse.Namespace) -> int:
    setup()
    from followup.shell.actions import ActionError
    from followup.shell.api import tokens

    user = current_user(args)
    try:
        if args.action == "create":
            if not args.target:
                raise CliError("name the token: `followup token create 'my laptop script'`.")
            row, token = tokens.create(user, args.target, via="cli")
            if args.json:
                print_json({**_token_dict(row), "token": token})
            else:
                print(f"Token #{row.pk} {row.name!r} created. Copy it now; it is not shown again:")
                print(token)
            return 0
        if args.action == "list":
            rows = [_token_dict(row) for row in tokens.tokens_of(user)]
            if args.json:
                print_json(rows)
            elif not rows:
                print("No API token. Make one with `followup token create NAME`.")
            for row in [] if args.json else rows:
                used = row["last_used_at"] or "never"
                print(
                    f"#{row['id']}  {row['prefix']}...  {row['name']}  created "
                    f"{row['created_at']}  last used {used}"
                )
            return 0
        token_id = _token_id(args.target)
        row = tokens.revoke(user, token_id, via="cli")
    except ActionError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json({"id": token_id, "name": row.name, "revoked": True})
    else:
        print(f"Revoked token #{token_id} {row.name!r}; requests that send it now get 401.")
    return 0


def _token_id(text: str | None) -> int:
    try:
        return int(text or "")
    except ValueError:
        raise CliError(
            "give the id of the token to revoke, as `followup token list` shows it (e.g. 3)."
        ) from None


def _token_dict(row) -> dict:
    return {
        "id": row.pk,
        "name": row.name,
        "prefix": row.prefix,
        "created_at": row.created_at.isoformat(timespec="seconds"),
        "last_used_at": row.last_used_at.isoformat(timespec="seconds")
        if row.last_used_at
        else None,
    }
