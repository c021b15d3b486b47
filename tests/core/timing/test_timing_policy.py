"""Settings and inputs the timing engine refuses, and how recipients get a zone and a country."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from followup.core.timing import (
    InterviewTimes,
    Policy,
    PolicyError,
    Recipient,
    plan_steps,
    resolve_recipient,
)
from followup.core.timing.local_time import at_local

NEW_YORK = ZoneInfo("America/New_York")


def test_it_accepts_every_follow_up_delay_from_7_to_14_days():
    for days in range(7, 15):
        assert Policy(follow_up_days=days).follow_up_days == days


@pytest.mark.parametrize("days", [0, 6, 15, -7])
def test_it_refuses_a_follow_up_delay_outside_7_to_14_days(days):
    with pytest.raises(PolicyError, match=rf"follow_up_days must be from 7 to 14 days, not {days}"):
        Policy(follow_up_days=days)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"window_start": time(18, 0), "window_end": time(8, 0)}, "must be before window_end"),
        ({"window_start": time(9, 0), "window_end": time(9, 0)}, "must be before window_end"),
        ({"step_time": time(7, 0)}, r"step_time \(07:00\) must lie in the send window 08:00-18:00"),
        ({"step_time": time(18, 0)}, "step_time"),
        ({"thank_you_delay": timedelta(minutes=-5)}, "thank_you_delay cannot be negative"),
        ({"deadline_business_days": 0}, "deadline_business_days must be 1 or more"),
        ({"nudge_business_days": 0}, "nudge_business_days must be 1 or more"),
        ({"ooo_business_days": -1}, "ooo_business_days must be 1 or more"),
        ({"step_time": time(9, 30, tzinfo=UTC)}, "without a time zone"),
    ],
)
def test_it_refuses_an_invalid_policy_with_a_clear_message(settings, message):
    with pytest.raises(PolicyError, match=message):
        Policy(**settings)


def test_policy_error_is_a_value_error():
    # Callers that already handle ValueError (form cleaning, the CLI) handle this too.
    assert issubclass(PolicyError, ValueError)


def test_it_refuses_naive_interview_times():
    with pytest.raises(PolicyError, match="has no UTC offset"):
        InterviewTimes(datetime(2026, 12, 1, 14), datetime(2026, 12, 1, 15), "America/New_York")


def test_it_refuses_an_interview_that_ends_before_it_starts():
    start = datetime(2026, 12, 1, 14, tzinfo=NEW_YORK)
    with pytest.raises(PolicyError, match="is before its start"):
        InterviewTimes(start, start - timedelta(minutes=1), "America/New_York")


def test_it_refuses_an_unknown_interview_zone():
    start = datetime(2026, 12, 1, 14, tzinfo=NEW_YORK)
    with pytest.raises(PolicyError, match="interview time zone: unknown time zone 'Mars/Base'"):
        InterviewTimes(start, start, "Mars/Base")


def test_it_refuses_a_naive_follow_up_sent_at():
    start = datetime(2026, 12, 1, 14, tzinfo=NEW_YORK)
    interview = InterviewTimes(start, start + timedelta(hours=1), "America/New_York")
    with pytest.raises(PolicyError, match="follow_up_sent_at has no UTC offset"):
        plan_steps(interview, [Recipient()], follow_up_sent_at=datetime(2026, 12, 8, 9, 30))


def test_it_refuses_an_unknown_user_country_even_when_nobody_needs_it():
    start = datetime(2026, 12, 1, 14, tzinfo=NEW_YORK)
    interview = InterviewTimes(start, start + timedelta(hours=1), "America/New_York")
    with pytest.raises(PolicyError, match="user's country 'ZZ' is not a country code"):
        plan_steps(interview, [Recipient(country="US")], user_country="ZZ")


def test_it_plans_nothing_without_interviewers():
    start = datetime(2026, 12, 1, 14, tzinfo=NEW_YORK)
    interview = InterviewTimes(start, start + timedelta(hours=1), "America/New_York")
    assert plan_steps(interview, []) == []


class TestResolveRecipient:
    def test_it_uses_the_interviewers_own_zone_and_country(self):
        person = Recipient("Dana Reyes", "America/Chicago", "US")
        assert resolve_recipient(person, "Europe/London", "GB") == ("America/Chicago", "US")

    def test_it_falls_back_to_the_interview_zone_and_its_country(self):
        assert resolve_recipient(Recipient("Sam"), "Europe/London", "US") == ("Europe/London", "GB")

    def test_it_takes_the_country_of_the_interviewers_zone_before_the_users(self):
        person = Recipient("Priya", tz="Asia/Kolkata")
        assert resolve_recipient(person, "America/New_York", "US") == ("Asia/Kolkata", "IN")

    def test_it_falls_back_to_the_users_country_for_a_zone_without_one(self):
        assert resolve_recipient(Recipient(), "UTC", "de") == ("UTC", "DE")

    def test_it_has_no_country_when_nothing_gives_one(self):
        assert resolve_recipient(Recipient(), "UTC") == ("UTC", None)

    def test_country_codes_are_case_insensitive(self):
        assert resolve_recipient(Recipient(country="gb"), "America/New_York") == (
            "America/New_York",
            "GB",
        )

    def test_it_refuses_an_unknown_country_code(self):
        with pytest.raises(PolicyError, match="country of Dana 'XX' is not a country code"):
            resolve_recipient(Recipient("Dana", country="XX"), "America/New_York")

    def test_it_refuses_an_unknown_zone(self):
        message = "time zone of Dana: unknown time zone 'Europe/Gotham'"
        with pytest.raises(PolicyError, match=message):
            resolve_recipient(Recipient("Dana", tz="Europe/Gotham"), "America/New_York")


class TestAtLocal:
    def test_a_time_in_the_spring_forward_gap_moves_forward_by_the_gap(self):
        moment = at_local(date(2026, 3, 8), time(2, 30), "America/New_York")
        assert moment.isoformat() == "2026-03-08T03:30:00-04:00"

    def test_a_time_in_the_fall_back_fold_is_the_first_of_the_two(self):
        moment = at_local(date(2026, 11, 1), time(1, 30), "America/New_York")
        assert moment.isoformat() == "2026-11-01T01:30:00-04:00"

    def test_an_ordinary_time_keeps_its_wall_clock_and_takes_the_days_offset(self):
        assert at_local(date(2026, 3, 9), time(9, 30), "America/New_York").isoformat() == (
            "2026-03-09T09:30:00-04:00"
        )
        assert at_local(date(2026, 3, 6), time(9, 30), "America/New_York").isoformat() == (
            "2026-03-06T09:30:00-05:00"
        )


def test_next_send_moment_waits_for_the_recipients_window():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from followup.core.timing import Policy, next_send_moment

    chicago = ZoneInfo("America/Chicago")
    policy = Policy()
    # Wed 25 Nov 2026, 22:00: Thanksgiving (Thu) is skipped, so Fri 27 Nov at 08:00.
    late = datetime(2026, 11, 25, 22, 0, tzinfo=chicago)
    assert next_send_moment(late, "America/Chicago", "US", policy) == datetime(
        2026, 11, 27, 8, 0, tzinfo=chicago
    )
    early = datetime(2026, 12, 1, 6, 15, tzinfo=chicago)
    assert next_send_moment(early, "America/Chicago", "US", policy) == datetime(
        2026, 12, 1, 8, 0, tzinfo=chicago
    )
    inside = datetime(2026, 12, 1, 10, 0, tzinfo=chicago)
    assert next_send_moment(inside, "America/Chicago", "US", policy) == inside


def test_an_interview_across_the_repeated_hour_of_a_fall_back_is_valid():
    """01:49 (first pass, EDT) to 01:00 (second pass, EST) is 11 minutes, not negative."""
    zone = ZoneInfo("America/New_York")
    start = datetime(2026, 11, 1, 1, 49, tzinfo=zone)  # fold=0: EDT
    end = datetime(2026, 11, 1, 1, 0, fold=1, tzinfo=zone)  # fold=1: EST, 11 minutes later
    times = InterviewTimes(start, end, "America/New_York")
    assert (times.end - times.start).total_seconds() < 0  # wall-clock arithmetic says "before"
    assert times.end.astimezone(UTC) > times.start.astimezone(UTC)
