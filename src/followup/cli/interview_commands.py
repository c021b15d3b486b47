"""Commands that work on the user's interviews: add, list, show, debrief, due, done, outcome."""

from __future__ import annotations

import argparse
import datetime as dt
from email.utils import parseaddr

from followup.cli.common import CliError, add_command, add_json_flag, print_json
from followup.cli.django_env import add_user_option, current_user, setup


def register(commands: argparse._SubParsersAction) -> None:
    p = add_command(
        commands,
        "add",
        cmd_add,
        help="add an interview (company, role, when, who)",
        example='followup add --company Acme --role "Staff Engineer" '
        '--when "2026-12-01 14:00" --tz America/New_York '
        '--with "Dana Reyes <dana@acme.com> | CTO | America/Chicago"',
    )
    p.add_argument("--company", required=True)
    p.add_argument("--role", required=True)
    p.add_argument(
        "--when",
        required=True,
        metavar="START",
        help="start, local time in --tz: '2026-12-01 14:00' (or ISO 8601 with offset)",
    )
    end = p.add_mutually_exclusive_group()
    end.add_argument(
        "--duration",
        type=_minutes,
        default=60,
        metavar="MINUTES",
        help="length in minutes (default 60)",
    )
    end.add_argument("--end", metavar="END", help="end, local time in --tz")
    p.add_argument("--tz", help="the interview's time zone (default: your profile's)")
    p.add_argument("--format", choices=["video", "phone", "onsite"], default="video")
    p.add_argument(
        "--candidate",
        metavar="NAME",
        default="",
        help="recruiters: the candidate the client interviewed; the notes are then yours to the "
        "client's hiring managers (thanks, feedback on this candidate, their timing); "
        "leave it out when you were the one interviewed",
    )
    p.add_argument(
        "--with",
        dest="people",
        action="append",
        default=[],
        metavar="PERSON",
        help="an interviewer: 'Name <email> | title | zone | country' "
        "(only the name is required; repeat for each person, first = main contact)",
    )
    add_user_option(p)
    add_json_flag(p)

    p = add_command(
        commands, "list", cmd_list, help="list your interviews", example="followup list --json"
    )
    p.add_argument("--all", action="store_true", help="include closed opportunities")
    add_user_option(p)
    add_json_flag(p)

    p = add_command(
        commands,
        "show",
        cmd_show,
        help="show an interview with its planned steps",
        example="followup show 3",
    )
    p.add_argument("interview", type=int, metavar="INTERVIEW_ID")
    add_user_option(p)
    add_json_flag(p)

    p = add_command(
        commands,
        "debrief",
        cmd_debrief,
        help="record what happened: notes, highlights, the timeline they gave",
        example='followup debrief 3 --notes "Discussed the Kafka migration" '
        '--timeline "We will decide by the end of next week"',
    )
    p.add_argument("interview", type=int, metavar="INTERVIEW_ID")
    p.add_argument("--notes", help="what was discussed")
    p.add_argument("--highlights", help="what you said that stood out")
    p.add_argument("--timeline", help="the timeline they gave, in their words")
    p.add_argument(
        "--deadline",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the decision date, when you know it better than we read it",
    )
    p.add_argument("--no-deadline", action="store_true", help="they gave no timeline")
    p.add_argument(
        "--discussed",
        action="append",
        default=[],
        metavar="NAME=TEXT",
        help="what you discussed with one interviewer (repeatable)",
    )
    add_user_option(p)
    add_json_flag(p)

    p = add_command(
        commands,
        "due",
        cmd_due,
        help="what to send: overdue, due now, and next",
        example="followup due",
    )
    p.add_argument("--at", type=_moment, metavar="ISO_TIME", help="pretend it is this moment")
    add_user_option(p)
    add_json_flag(p)

    p = add_command(
        commands,
        "done",
        cmd_done,
        help="mark a step as sent (you sent it yourself)",
        example="followup done 12",
    )
    p.add_argument("step", type=int, metavar="STEP_ID")
    p.add_argument("--at", type=_moment, metavar="ISO_TIME", help="when you sent it (default now)")
    p.add_argument("--undo", action="store_true", help="mark it as not sent after all")
    add_user_option(p)
    add_json_flag(p)

    p = add_command(
        commands,
        "outcome",
        cmd_outcome,
        help="record where an opportunity stands (stops planned steps when closed)",
        example='followup outcome 2 offer --note "Verbal offer from Dana"',
    )
    p.add_argument("opportunity", type=int, metavar="OPPORTUNITY_ID")
    p.add_argument(
        "status",
        choices=["applied", "interviewing", "offer", "rejected", "withdrawn", "gone_quiet"],
    )
    p.add_argument("--note", default="")
    add_user_option(p)
    add_json_flag(p)

    p = add_command(
        commands,
        "draft",
        cmd_draft,
        help="print the note for a planned step (your saved edit, or our suggestion)",
        example="followup draft 12 --json",
    )
    p.add_argument("step", type=int, metavar="STEP_ID")
    p.add_argument("--suggested", action="store_true", help="ignore your saved edit")
    add_user_option(p)
    add_json_flag(p)

    p = add_command(
        commands,
        "cancel",
        cmd_cancel,
        help="mark an interview as cancelled (stops its steps)",
        example="followup cancel 3",
    )
    p.add_argument("interview", type=int, metavar="INTERVIEW_ID")
    p.add_argument("--undo", action="store_true", help="it is back on")
    add_user_option(p)
    add_json_flag(p)


# --- argument types -----------------------------------------------------------------------------


def _minutes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 24 * 60:
        raise argparse.ArgumentTypeError(f"{text!r} is not a length in minutes (1 to 1440)")
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; use YYYY-MM-DD") from None


def _moment(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time; use ISO 8601 such as 2026-12-01T14:00:00-05:00"
        ) from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} needs a UTC offset, e.g. {text}+00:00")
    return value


def _wall_clock(text: str, zone_name: str) -> dt.datetime:
    from followup.core import calendar

    try:
        value = dt.datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        raise CliError(f"{text!r} is not a date and time; use '2026-12-01 14:00'.") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=calendar.zone(zone_name))
        if not calendar.wall_time_exists(value):
            raise CliError(
                f"{text} does not exist in {zone_name} (the clocks change then); pick another time."
            )
    return value


def parse_person(text: str):
    """'Dana Reyes <dana@acme.com> | CTO | America/Chicago | US' -> InterviewerInput."""
    from followup.shell.actions import InterviewerInput

    parts = [part.strip() for part in text.split("|")]
    if len(parts) > 4:
        raise CliError(
            f"too many '|' fields in {text!r}; use 'Name <email> | title | zone | country'."
        )
    parts += [""] * (4 - len(parts))
    name, email = parseaddr(parts[0]) if "<" in parts[0] else (parts[0], "")
    if not name:
        raise CliError(f"no name in {text!r}; use 'Name <email> | title | zone | country'.")
    return InterviewerInput(
        name=name, email=email, title=parts[1], time_zone=parts[2], country=parts[3]
    )


# --- output -------------------------------------------------------------------------------------


def _step_line(step, now, zone_name: str = "UTC") -> str:
    from followup.shell.formatting import relative, when
    from followup.shell.note_status import note_status

    interview = step.interview
    head = (
        f"#{step.pk:<4} {step.get_kind_display()} to {step.interviewer.name} "
        f"({interview.opportunity.company.name}, {interview.opportunity.role})"
    )
    mail = note_status(step, zone_name)
    if mail is not None and mail.in_drafts:
        status = mail.text[0].lower() + mail.text[1:]
    elif step.state == step.State.PLANNED:
        status = f"due {when(step.due_at, step.time_zone)} ({relative(step.due_at, now)})"
        if step.is_overdue(now):
            status = "OVERDUE, " + status
        if mail is not None:
            status += f"\n       {mail.text}"
    elif step.state == step.State.DONE:
        status = f"sent {when(step.done_at, step.time_zone)}"
    else:
        status = f"stopped: {step.stop_reason}"
    return f"{head}\n       {status}\n       why: {step.reason}"


def _print_interview(interview, now) -> None:
    from followup.shell.formatting import day, user_zone, when

    opportunity = interview.opportunity
    print(
        f"Interview #{interview.pk}: {opportunity.role} at {opportunity.company.name}, "
        f"round {interview.round}{' (CANCELLED)' if interview.cancelled else ''}"
    )
    if opportunity.candidate_name:
        print(f"  About:  client follow-up about {opportunity.candidate_name}")
    print(f"  When:   {when(interview.start_at, interview.time_zone, year=True)}")
    print(f"  Status: {opportunity.get_status_display()} (opportunity #{opportunity.pk})")
    for person in interview.interviewers.all():
        extra = ", ".join(x for x in (person.title, person.email) if x)
        print(f"  With:   {person.name}{f' ({extra})' if extra else ''}")
    if interview.stated_deadline:
        source = (
            f'read from "{interview.stated_deadline_phrase}"'
            if interview.stated_deadline_phrase
            else "as you entered it"
        )
        print(f"  Their timeline: decision by {day(interview.stated_deadline)} ({source})")
    steps = list(
        interview.steps.select_related("interviewer")
        .prefetch_related("outbox__account")
        .order_by("due_at", "pk")
    )
    if steps:
        print("  Steps:")
        zone_name = user_zone(interview.owner)
        for step in steps:
            print("  " + _step_line(step, now, zone_name).replace("\n", "\n  "))


def _load(model, pk: int, user, what: str):
    obj = model.objects.for_user(user).filter(pk=pk).first()
    if obj is None:
        raise CliError(f"no {what} #{pk}; see `followup list`.")
    return obj


# --- handlers -----------------------------------------------------------------------------------


def cmd_add(args: argparse.Namespace) -> int:
    setup()
    from followup.shell.actions import ActionError, InterviewInput, create_interview, ensure_profile
    from followup.shell.serializers import interview_dict

    user = current_user(args)
    profile = ensure_profile(user)
    zone_name = args.tz or profile.time_zone
    from followup.core import calendar

    try:
        calendar.zone(zone_name)
    except calendar.UnknownZone as exc:
        raise CliError(f"{exc}.") from None
    start = _wall_clock(args.when, zone_name)
    from followup.shell import limits

    problem = limits.moment_problem("The start", start)
    if problem:  # checked here too: a year-9999 start plus its duration would overflow
        raise CliError(problem)
    end = (
        _wall_clock(args.end, zone_name)
        if args.end
        else start + dt.timedelta(minutes=args.duration)
    )
    if not args.people:
        raise CliError("name at least one interviewer with --with 'Name <email>'.")
    data = InterviewInput(
        company=args.company,
        role=args.role,
        start=start,
        end=end,
        time_zone=zone_name,
        format=args.format,
        interviewers=[parse_person(p) for p in args.people],
        candidate_name=args.candidate,
    )
    try:
        interview = create_interview(user, data)
    except ActionError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(interview_dict(interview))
    else:
        from django.utils import timezone

        print(f"Added interview #{interview.pk}.")
        _print_interview(interview, timezone.now())
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    setup()
    from followup.shell.formatting import when
    from followup.shell.models import Interview, Opportunity
    from followup.shell.serializers import interview_dict

    user = current_user(args)
    interviews = Interview.objects.for_user(user).select_related("opportunity__company")
    if not args.all:
        interviews = interviews.exclude(opportunity__status__in=Opportunity.CLOSED)
    interviews = list(interviews.order_by("-start_at"))
    if args.json:
        print_json([interview_dict(i, with_steps=False) for i in interviews])
        return 0
    if not interviews:
        print(
            "No interviews yet. Add one with `followup add --help`, or load a sample with "
            "`followup demo`."
        )
        return 0
    for interview in interviews:
        opportunity = interview.opportunity
        flag = " (cancelled)" if interview.cancelled else ""
        print(
            f"#{interview.pk:<4} {when(interview.start_at, interview.time_zone, year=True):<36} "
            f"{opportunity.company.name} - {opportunity.role}, round {interview.round} "
            f"[{opportunity.get_status_display()}]{flag}"
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    setup()
    from django.utils import timezone

    from followup.shell.models import Interview
    from followup.shell.serializers import interview_dict

    interview = _load(Interview, args.interview, current_user(args), "interview")
    if args.json:
        print_json(interview_dict(interview))
    else:
        _print_interview(interview, timezone.now())
    return 0


def cmd_debrief(args: argparse.Namespace) -> int:
    setup()
    from django.utils import timezone

    from followup.shell.actions import ActionError, debrief
    from followup.shell.models import Interview
    from followup.shell.serializers import interview_dict

    interview = _load(Interview, args.interview, current_user(args), "interview")
    discussed: dict[int, str] = {}
    people = {p.name.casefold(): p for p in interview.interviewers.all()}
    for item in args.discussed:
        name, sep, text = item.partition("=")
        person = people.get(name.strip().casefold())
        if not sep or person is None:
            known = ", ".join(p.name for p in people.values())
            raise CliError(f"--discussed takes NAME=TEXT with one of: {known}.")
        discussed[person.pk] = text
    if args.deadline and args.no_deadline:
        raise CliError("give --deadline or --no-deadline, not both.")
    try:
        interview = debrief(
            interview,
            notes=args.notes,
            highlights=args.highlights,
            timeline_text=args.timeline,
            deadline=args.deadline,
            clear_deadline=args.no_deadline,
            discussed=discussed,
        )
    except ActionError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(interview_dict(interview))
    else:
        print(f"Debrief saved for interview #{interview.pk}.")
        _print_interview(interview, timezone.now())
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    setup()
    from django.utils import timezone

    from followup.shell.agenda import agenda_for
    from followup.shell.formatting import user_zone
    from followup.shell.note_status import note_status
    from followup.shell.serializers import opportunity_dict, step_dict

    user = current_user(args)
    now = args.at or timezone.now()
    agenda = agenda_for(user, now)
    zone_name = user_zone(user)

    def with_status(step) -> dict:
        status = note_status(step, zone_name)
        return step_dict(step) | {"mail": status.text if status else None}

    if args.json:
        print_json(
            {
                "now": now.isoformat(),
                "overdue": [with_status(s) for s in agenda.overdue],
                "due": [with_status(s) for s in agenda.due],
                "in_drafts": [with_status(s) for s in agenda.in_drafts],
                "next": [with_status(s) for s in agenda.upcoming],
                "waiting": [opportunity_dict(o) for o in agenda.waiting],
            }
        )
        return 0
    if agenda.is_empty:
        print("Nothing planned. Add an interview with `followup add --help`.")
        return 0
    for title, steps in (
        ("In your Drafts, ready to send", agenda.in_drafts),
        ("Overdue", agenda.overdue),
        ("Due now", agenda.due),
        ("Next", agenda.upcoming),
    ):
        if steps:
            print(f"{title}:")
            for step in steps:
                print("  " + _step_line(step, now, zone_name).replace("\n", "\n  "))
    if agenda.more_due:
        print(f"  ... and {agenda.more_due} more past-due notes (`followup list` shows them).")
    if not (agenda.overdue or agenda.due or agenda.in_drafts):
        print("Nothing to send right now.")
    if agenda.waiting:
        print("Waiting on the company:")
        for opportunity in agenda.waiting:
            print(f"  #{opportunity.pk} {opportunity}")
    return 0


def cmd_done(args: argparse.Namespace) -> int:
    setup()
    from django.utils import timezone

    from followup.shell import formatting
    from followup.shell.actions import ActionError, mark_done, undo_done
    from followup.shell.models import Step
    from followup.shell.serializers import step_dict

    step = _load(Step, args.step, current_user(args), "step")
    try:
        step = undo_done(step) if args.undo else mark_done(step, args.at)
    except ActionError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(step_dict(step))
    else:
        print(
            ("Marked as not sent: " if args.undo else "Marked as sent: ")
            + _step_line(step, timezone.now(), formatting.user_zone(step.owner))
        )
    return 0


def cmd_outcome(args: argparse.Namespace) -> int:
    setup()
    from followup.shell.actions import ActionError, record_outcome
    from followup.shell.models import Opportunity
    from followup.shell.serializers import opportunity_dict

    opportunity = _load(Opportunity, args.opportunity, current_user(args), "opportunity")
    try:
        opportunity = record_outcome(opportunity, args.status, args.note)
    except ActionError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(opportunity_dict(opportunity))
    else:
        stopped = " Its planned steps are stopped." if opportunity.is_closed else ""
        print(f"{opportunity}: {opportunity.get_status_display()}.{stopped}")
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    setup()
    from followup.shell.actions import set_cancelled
    from followup.shell.models import Interview
    from followup.shell.serializers import interview_dict

    interview = _load(Interview, args.interview, current_user(args), "interview")
    interview = set_cancelled(interview, not args.undo)
    if args.json:
        print_json(interview_dict(interview))
    else:
        print(f"Interview #{interview.pk} is {'back on' if args.undo else 'cancelled'}.")
    return 0


def cmd_draft(args: argparse.Namespace) -> int:
    setup()
    from followup.shell import notes
    from followup.shell.models import Step

    step = _load(Step, args.step, current_user(args), "step")
    note = notes.note_for(step)
    subject, body = note.subject, note.body
    if args.suggested:
        subject, body = note.suggested.subject, note.suggested.body
    result = notes.review_note(step, subject, body)
    if args.json:
        print_json(
            {
                "step": step.pk,
                "kind": step.kind,
                "to": step.interviewer.name,
                "to_email": step.interviewer.email or None,
                "subject": subject,
                "body": body,
                "edited": note.edited and not args.suggested,
                "placeholders": list(note.suggested.placeholders) if not note.edited else [],
                "review": {
                    "ready": result.ready,
                    "verdict": result.verdict,
                    "labels": result.labels,
                    "findings": [vars(f) for f in result.findings],
                },
            }
        )
        return 0
    to = step.interviewer.name + (f" <{step.interviewer.email}>" if step.interviewer.email else "")
    print(f"To: {to}\nSubject: {subject}\n\n{body}\n")
    print(f"Review: {result.verdict}")
    for row in notes.review_rows(result, step.kind):
        if not row.ok:
            print(f"  - {row.name}: {row.suggestion or row.evidence}")
    return 0
