"""`followup team`: start an organisation, make invite links, list its people.

The same checks as the Team page (`followup.shell.team.members`): only an admin invites.
"""

from __future__ import annotations

import argparse

from followup.cli.common import CliError, add_command, add_json_flag, print_json
from followup.cli.django_env import add_user_option, current_user, setup


def register(commands: argparse._SubParsersAction) -> None:
    p = add_command(
        commands,
        "team",
        cmd_team,
        help="an agency install: start an organisation, make invite links, list its people",
        example='followup team start "Northside Staffing"   then   followup team invite '
        "recruiter --url https://followup.example.com",
    )
    p.add_argument("what", choices=["start", "invite", "list"], help="what to do")
    p.add_argument("value", nargs="?", default="", help="start: the name; invite: the role")
    p.add_argument("--email", default="", help="invite: who it is for (for your records)")
    p.add_argument("--recruiter", default="", help="invite: a candidate's recruiter (username)")
    p.add_argument(
        "--url",
        default="http://127.0.0.1:8000",
        help="invite: the address people open Followup at (default http://127.0.0.1:8000)",
    )
    add_user_option(p)
    add_json_flag(p)


def cmd_team(args: argparse.Namespace) -> int:
    setup()
    from django.contrib.auth import get_user_model

    from followup.shell.actions import ActionError
    from followup.shell.models import Membership
    from followup.shell.team import members

    user = current_user(args)
    try:
        if args.what == "start":
            organisation = members.found(user, args.value)
            print(f"{organisation.name} is ready; you ({user.username}) are its admin.")
        elif args.what == "invite":
            recruiter_id = None
            if args.recruiter:
                recruiter = get_user_model().objects.filter(username=args.recruiter).first()
                if recruiter is None:
                    raise CliError(f"no account is called {args.recruiter!r}.")
                recruiter_id = recruiter.pk
            invite, token = members.invite(user, args.value, args.email, recruiter_id)
            link = f"{args.url.rstrip('/')}/team/join/{token}/"
            if args.json:
                print_json({"link": link, "role": invite.role, "expires_at": invite.expires_at})
            else:
                print(f"One-time link for a new {invite.role} (shown once, valid 7 days):")
                print(link)
        else:
            membership = members.membership_of(user)
            if membership is None:
                raise CliError("you are not in an organisation; start one with `team start`.")
            if membership.role != Membership.Role.ADMIN:
                raise CliError("only an admin lists the organisation's people.")
            people = Membership.objects.filter(organisation=membership.organisation)
            rows = [
                {"username": m.user.username, "name": m.user.get_full_name(), "role": m.role}
                for m in people.select_related("user").order_by("role", "user__username")
            ]
            if args.json:
                print_json(rows)
            else:
                for row in rows:
                    print(f"{row['role']:<10} {row['username']:<20} {row['name']}")
    except ActionError as exc:
        raise CliError(str(exc)) from None
    return 0
