"""Moving a planned step past an out-of-office return date."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from followup.core.timing import (
    InterviewTimes,
    Policy,
    Recipient,
    StepKind,
    move_after_out_of_office,
    plan_steps,
)


def follow_up_for(day: str, tz: str, person: Recipient):
    zone = ZoneInfo(tz)
    times = InterviewTimes(
        datetime.fromisoformat(f"{day}T14:00").replace(tzinfo=zone),
        datetime.fromisoformat(f"{day}T15:00").replace(tzinfo=zone),
        tz,
    )
    step = plan_steps(times, [person])[-2]
    assert step.kind == StepKind.FOLLOW_UP
    return step


def test_it_moves_the_step_to_the_business_day_after_the_return_date():
    step = follow_up_for(
        "2026-12-01", "America/New_York", Recipient("Dana Reyes", "America/Chicago")
    )
    assert step.send_at.isoformat() == "2026-12-08T09:30:00-06:00"
    moved = move_after_out_of_office(step, date(2026, 12, 11))
    assert moved.send_at.isoformat() == "2026-12-14T09:30:00-06:00"
    assert moved.overdue_at.isoformat() == "2026-12-15T18:00:00-06:00"
    assert moved.reason == (
        "Mon 14 Dec, 09:30 Chicago time: 1 business day after they are back from out of office "
        "on Fri 11 Dec"
    )
    assert (moved.kind, moved.interviewer, moved.tz, moved.country) == (
        step.kind,
        step.interviewer,
        step.tz,
        step.country,
    )


def test_it_skips_the_recipients_holidays_and_names_them():
    step = follow_up_for("2026-12-14", "Europe/London", Recipient("Sam Okafor"))
    moved = move_after_out_of_office(step, date(2026, 12, 24))
    assert moved.send_at.isoformat() == "2026-12-29T09:30:00+00:00"
    assert moved.reason == (
        "Tue 29 Dec, 09:30 London time: 1 business day after they are back from out of office "
        "on Thu 24 Dec; Fri 25 Dec is Christmas Day and Mon 28 Dec is Boxing Day (observed)"
    )


def test_it_uses_the_policy_for_the_gap_and_the_time():
    step = follow_up_for("2026-12-01", "America/New_York", Recipient("Dana Reyes"))
    policy = Policy(ooo_business_days=2, step_time=time(10, 0))
    moved = move_after_out_of_office(step, date(2026, 12, 11), policy)
    assert moved.send_at.isoformat() == "2026-12-15T10:00:00-05:00"
    assert "2 business days after they are back" in moved.reason


def test_an_absence_ending_before_the_step_never_brings_it_forward():
    step = follow_up_for("2026-12-01", "America/New_York", Recipient("Dana Reyes"))
    assert move_after_out_of_office(step, date(2026, 12, 2)) is step
    # Back on Mon 7 Dec: 1 business day later is Tue 8 Dec 09:30, the planned time itself.
    assert move_after_out_of_office(step, date(2026, 12, 7)) is step


def test_a_moved_follow_up_takes_the_nudge_with_it():
    """Back Fri 11 Dec: the follow-up goes Mon 14 Dec, and the nudge 7 business days later."""
    zone = ZoneInfo("America/Chicago")
    times = InterviewTimes(
        datetime(2026, 12, 1, 14, tzinfo=zone), datetime(2026, 12, 1, 15, tzinfo=zone), zone.key
    )
    home = plan_steps(times, [Recipient("Dana Reyes", "America/Chicago", "US")])
    away = plan_steps(
        times, [Recipient("Dana Reyes", "America/Chicago", "US", away_until=date(2026, 12, 11))]
    )
    assert [s.send_at.date().isoformat() for s in home] == [
        "2026-12-01",
        "2026-12-08",
        "2026-12-17",
    ]
    thank_you, follow_up, nudge = away
    # The plan holds an unsent thank-you too; one already sent stays as it was (the shell's job).
    assert thank_you.send_at.isoformat() == "2026-12-14T09:30:00-06:00"
    assert follow_up.send_at.isoformat() == "2026-12-14T09:30:00-06:00"
    assert nudge.send_at.isoformat() == "2026-12-23T09:30:00-06:00"
    assert nudge.reason == (
        "Wed 23 Dec, 09:30 Chicago time: 7 business days after the official follow-up on "
        "Mon 14 Dec, no reply"
    )
