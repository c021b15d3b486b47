"""`followup insights`: which notes got answers, and how opportunities ended."""

from __future__ import annotations

import argparse

from followup.cli.common import add_command, add_json_flag, print_json
from followup.cli.django_env import add_user_option, current_user, setup


def register(commands: argparse._SubParsersAction) -> None:
    p = add_command(
        commands,
        "insights",
        cmd_insights,
        help="how it is going: replies by kind of note, by days to the follow-up, by what the "
        "review found, and opportunities by outcome (the Insights page's numbers)",
        example="followup insights --json",
    )
    add_user_option(p)
    add_json_flag(p)


def cmd_insights(args: argparse.Namespace) -> int:
    setup()
    from django.utils import timezone

    from followup.shell.insights import insights

    data = insights(current_user(args), timezone.now())
    if args.json:
        print_json(data)
        return 0
    for title, key, name in (
        ("Replies by kind of note", "replies_by_step_kind", "label"),
        ("Replies by days to the follow-up", "replies_by_days_from_interview_to_follow_up", "days"),
        ("Replies by review finding", "replies_by_review_finding", "finding"),
    ):
        print(title)
        for row in data[key]:
            rate = f"{round(100 * row['reply_rate'])}%" if row["sent"] else "-"
            print(f"  {row[name]:<24} {row['replied']:>4} of {row['sent']:<4} {rate}")
    print("Opportunities by month of the first interview")
    for month in data["opportunities_by_outcome_and_month"]:
        counts = ", ".join(f"{n} {k}" for k, n in month.items() if k != "month" and n)
        print(f"  {month['month']}  {counts}")
    return 0
