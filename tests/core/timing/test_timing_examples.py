"""Worked examples of the timing policy (PRODUCT.md "Timing policy, version 1"), one per situation.

Each expected time was worked out by hand from a calendar; the holidays are those the `holidays`
package lists for the recipient's country, observed days included.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from followup.core.timing import InterviewTimes, Policy, Recipient, plan_steps


def interview(day: str, start: str, end: str, tz: str) -> InterviewTimes:
    zone = ZoneInfo(tz)
    return InterviewTimes(
        start=datetime.fromisoformat(f"{day}T{start}").replace(tzinfo=zone),
        end=datetime.fromisoformat(f"{day}T{end}").replace(tzinfo=zone),
        tz=tz,
    )


def plan(times: InterviewTimes, *people: Recipient, **options) -> list[tuple[str, str, str]]:
    """(kind, send_at, reason) for each step; Dana Reyes in the interview's zone by default."""
    steps = plan_steps(times, people or [Recipient("Dana Reyes")], **options)
    return [(step.kind.value, step.send_at.isoformat(), step.reason) for step in steps]


def overdue(times: InterviewTimes, *people: Recipient, **options) -> list[str]:
    steps = plan_steps(times, people or [Recipient("Dana Reyes")], **options)
    return [step.overdue_at.isoformat() for step in steps]


CHICAGO = Recipient("Dana Reyes", "America/Chicago", "US")


def test_the_example_in_the_product_brief():
    times = interview("2026-12-01", "14:00", "15:00", "America/New_York")
    assert plan(times, CHICAGO, stated_deadline=date(2026, 12, 11)) == [
        (
            "thank_you",
            "2026-12-01T15:00:00-06:00",
            "Tue 1 Dec, 15:00 Chicago time: an hour after the interview ended",
        ),
        (
            "follow_up",
            "2026-12-15T09:30:00-06:00",
            "Tue 15 Dec, 09:30 Chicago time: 2 business days after the decision date they gave "
            "(Fri 11 Dec)",
        ),
        (
            "nudge",
            "2026-12-24T09:30:00-06:00",
            "Thu 24 Dec, 09:30 Chicago time: 7 business days after the official follow-up on "
            "Tue 15 Dec, no reply",
        ),
    ]
    # Overdue once the next business day's window has closed; Fri 25 Dec is Christmas Day.
    assert overdue(times, CHICAGO, stated_deadline=date(2026, 12, 11)) == [
        "2026-12-02T18:00:00-06:00",
        "2026-12-16T18:00:00-06:00",
        "2026-12-28T18:00:00-06:00",
    ]


def test_no_timeline_gives_a_follow_up_a_week_after_the_interview():
    times = interview("2026-12-01", "14:00", "15:00", "America/New_York")
    assert plan(times, CHICAGO)[1:] == [
        (
            "follow_up",
            "2026-12-08T09:30:00-06:00",
            "Tue 8 Dec, 09:30 Chicago time: 7 days after the interview on Tue 1 Dec, "
            "no timeline given",
        ),
        (
            "nudge",
            "2026-12-17T09:30:00-06:00",
            "Thu 17 Dec, 09:30 Chicago time: 7 business days after the official follow-up on "
            "Tue 8 Dec, no reply",
        ),
    ]


class TestThanksgiving:
    def test_a_us_thank_you_skips_thanksgiving(self):
        times = interview("2026-11-25", "16:30", "17:30", "America/Chicago")
        assert plan(times, CHICAGO) == [
            (
                "thank_you",
                "2026-11-27T08:00:00-06:00",
                "Fri 27 Nov, 08:00 Chicago time: next send window (08:00) after the interview "
                "ended at 17:30 Chicago time on Wed 25 Nov; Thu 26 Nov is Thanksgiving Day",
            ),
            (
                "follow_up",
                "2026-12-02T09:30:00-06:00",
                "Wed 2 Dec, 09:30 Chicago time: 7 days after the interview on Wed 25 Nov, "
                "no timeline given",
            ),
            (
                "nudge",
                "2026-12-11T09:30:00-06:00",
                "Fri 11 Dec, 09:30 Chicago time: 7 business days after the official follow-up on "
                "Wed 2 Dec, no reply",
            ),
        ]
        assert overdue(times, CHICAGO)[0] == "2026-11-30T18:00:00-06:00"

    def test_an_interview_on_thanksgiving_gets_its_thank_you_the_next_day(self):
        times = interview("2026-11-26", "10:00", "11:00", "America/New_York")
        assert plan(times)[0] == (
            "thank_you",
            "2026-11-27T08:00:00-05:00",
            "Fri 27 Nov, 08:00 New York time: next send window (08:00) after the interview ended "
            "at 11:00 New York time on Thu 26 Nov; Thu 26 Nov is Thanksgiving Day",
        )
        assert plan(times)[1][1] == "2026-12-03T09:30:00-05:00"

    def test_a_canadian_interviewer_does_not_keep_us_thanksgiving(self):
        times = interview("2026-11-25", "17:00", "18:00", "America/New_York")
        toronto = Recipient("Alex Tremblay", "America/Toronto", "CA")
        assert plan(times, toronto)[0] == (
            "thank_you",
            "2026-11-26T08:00:00-05:00",
            "Thu 26 Nov, 08:00 Toronto time: next send window (08:00) after the interview ended "
            "at 18:00 Toronto time on Wed 25 Nov",
        )

    def test_a_canadian_interviewer_follows_the_national_list_of_the_holidays_package(self):
        # PRODUCT.md: business days skip "every date the holidays package lists for that
        # country". holidays lists Canada's Thanksgiving only per province, not nationally, so
        # Mon 12 Oct 2026 is a business day for a CA recipient; US Thanksgiving never applies.
        times = interview("2026-10-09", "16:30", "17:30", "America/Toronto")
        toronto = Recipient("Alex Tremblay", "America/Toronto", "CA")
        assert plan(times, toronto)[0][1] == "2026-10-12T08:00:00-04:00"


class TestChristmasAndNewYear:
    def test_a_british_thank_you_skips_christmas_and_boxing_day_observed(self):
        times = interview("2026-12-24", "16:00", "17:00", "Europe/London")
        assert plan(times) == [
            (
                "thank_you",
                "2026-12-29T08:00:00+00:00",
                "Tue 29 Dec, 08:00 London time: next send window (08:00) after the interview "
                "ended at 17:00 London time on Thu 24 Dec; Fri 25 Dec is Christmas Day and "
                "Mon 28 Dec is Boxing Day (observed)",
            ),
            (
                "follow_up",
                "2026-12-31T09:30:00+00:00",
                "Thu 31 Dec, 09:30 London time: 7 days after the interview on Thu 24 Dec, "
                "no timeline given",
            ),
            (
                "nudge",
                "2027-01-12T09:30:00+00:00",
                "Tue 12 Jan, 09:30 London time: 7 business days after the official follow-up on "
                "Thu 31 Dec, no reply; Fri 1 Jan is New Year's Day",
            ),
        ]

    def test_a_deadline_on_new_years_eve_counts_past_new_years_day(self):
        times = interview("2026-12-21", "10:00", "11:00", "America/New_York")
        assert plan(times, stated_deadline=date(2026, 12, 31))[1] == (
            "follow_up",
            "2027-01-05T09:30:00-05:00",
            "Tue 5 Jan, 09:30 New York time: 2 business days after the decision date they gave "
            "(Thu 31 Dec); Fri 1 Jan is New Year's Day",
        )

    def test_new_years_day_observed_on_the_friday_before_is_skipped(self):
        # 1 Jan 2022 was a Saturday, so the US observed it on Friday 31 Dec 2021.
        times = interview("2021-12-30", "16:30", "17:30", "America/New_York")
        assert plan(times)[0] == (
            "thank_you",
            "2022-01-03T08:00:00-05:00",
            "Mon 3 Jan, 08:00 New York time: next send window (08:00) after the interview ended "
            "at 17:30 New York time on Thu 30 Dec; Fri 31 Dec is New Year's Day (observed)",
        )
        # 30 Dec + 7 days = 6 Jan 2022, a Thursday.
        assert plan(times)[1][1] == "2022-01-06T09:30:00-05:00"


class TestDaylightSaving:
    def test_us_spring_forward_over_the_weekend_changes_the_offset(self):
        # Clocks went forward on Sunday 8 March 2026.
        times = interview("2026-03-06", "16:00", "17:00", "America/New_York")
        assert [(kind, send_at) for kind, send_at, _ in plan(times)] == [
            ("thank_you", "2026-03-09T08:00:00-04:00"),
            ("follow_up", "2026-03-13T09:30:00-04:00"),
            ("nudge", "2026-03-24T09:30:00-04:00"),
        ]

    def test_us_fall_back_over_the_weekend_changes_the_offset(self):
        # Clocks went back on Sunday 1 November 2026.
        times = interview("2026-10-26", "10:00", "11:00", "America/New_York")
        assert [(kind, send_at) for kind, send_at, _ in plan(times)] == [
            ("thank_you", "2026-10-26T12:00:00-04:00"),
            ("follow_up", "2026-11-02T09:30:00-05:00"),
            ("nudge", "2026-11-12T09:30:00-05:00"),  # Wed 11 Nov is Veterans Day
        ]

    def test_eu_spring_forward_and_good_friday(self):
        # London went to BST on Sunday 29 March 2026; Good Friday was 3 April.
        times = interview("2026-03-27", "10:00", "11:00", "Europe/London")
        assert plan(times)[:2] == [
            (
                "thank_you",
                "2026-03-27T12:00:00+00:00",
                "Fri 27 Mar, 12:00 London time: an hour after the interview ended",
            ),
            (
                "follow_up",
                # (Easter Monday is a bank holiday in England: not on it.)
                "2026-04-07T09:30:00+01:00",
                "Tue 7 Apr, 09:30 London time: first business day 7 days or more after the "
                "interview on Fri 27 Mar, no timeline given; Fri 3 Apr is Good Friday and Mon 6 "
                "Apr is Easter Monday",
            ),
        ]

    def test_eu_fall_back_in_berlin(self):
        # Berlin left summer time on Sunday 25 October 2026.
        times = interview("2026-10-23", "16:00", "17:00", "Europe/Berlin")
        assert [(kind, send_at) for kind, send_at, _ in plan(times)] == [
            ("thank_you", "2026-10-26T08:00:00+01:00"),
            ("follow_up", "2026-10-30T09:30:00+01:00"),
            ("nudge", "2026-11-10T09:30:00+01:00"),
        ]

    def test_london_is_four_hours_ahead_of_new_york_in_the_week_between_the_changes(self):
        # Europe fell back on 25 October, the US only on 1 November.
        london = Recipient("Sam Okafor", "Europe/London")
        between = interview("2026-10-28", "10:00", "11:00", "America/New_York")
        before = interview("2026-10-21", "10:00", "11:00", "America/New_York")
        assert plan(between, london)[0][:2] == ("thank_you", "2026-10-28T16:00:00+00:00")
        assert plan(before, london)[0][:2] == ("thank_you", "2026-10-21T17:00:00+01:00")

    def test_the_thank_you_delay_is_real_time_across_the_fall_back_hour(self):
        # Cairo falls back at midnight on Thursday 29 October 2026, a business day, so the hour
        # 23:00-24:00 happens twice. An hour after 23:30 summer time is 23:30 winter time; adding
        # the hour to the wall clock instead would give 00:30 on Friday.
        late = Policy(window_start=time(0, 0), window_end=time(23, 59))
        end = datetime(2026, 10, 29, 23, 30, tzinfo=ZoneInfo("Africa/Cairo"))
        times = InterviewTimes(end - timedelta(hours=1), end, "Africa/Cairo")
        thank_you = plan_steps(times, [Recipient()], policy=late)[0]
        assert thank_you.send_at.isoformat() == "2026-10-29T23:30:00+02:00"
        assert thank_you.reason == "Thu 29 Oct, 23:30 Cairo time: an hour after the interview ended"


class TestInterviewersInOtherZones:
    def test_london_interviewer_of_a_new_york_interview(self):
        times = interview("2026-12-01", "14:00", "15:00", "America/New_York")
        london = Recipient("Sam Okafor", "Europe/London")
        assert plan(times, london)[:2] == [
            (
                "thank_you",
                "2026-12-02T08:00:00+00:00",
                "Wed 2 Dec, 08:00 London time: next send window (08:00) after the interview "
                "ended at 20:00 London time on Tue 1 Dec",
            ),
            (
                "follow_up",
                "2026-12-08T09:30:00+00:00",
                "Tue 8 Dec, 09:30 London time: 7 days after the interview on Tue 1 Dec, "
                "no timeline given",
            ),
        ]

    def test_kolkata_interviewer_gets_the_thank_you_in_their_morning(self):
        times = interview("2026-12-01", "14:00", "15:00", "America/New_York")
        kolkata = Recipient("Priya Nair", "Asia/Kolkata")
        assert plan(times, kolkata)[0] == (
            "thank_you",
            "2026-12-02T08:00:00+05:30",
            "Wed 2 Dec, 08:00 Kolkata time: next send window (08:00) after the interview ended "
            "at 01:30 Kolkata time",
        )

    def test_auckland_interviewer_counts_from_the_interview_date_in_new_york(self):
        times = interview("2026-12-01", "14:00", "15:00", "America/New_York")
        auckland = Recipient("Mere Parata", "Pacific/Auckland")
        assert [(kind, send_at) for kind, send_at, _ in plan(times, auckland)] == [
            ("thank_you", "2026-12-02T10:00:00+13:00"),
            ("follow_up", "2026-12-08T09:30:00+13:00"),
            ("nudge", "2026-12-17T09:30:00+13:00"),
        ]

    def test_each_interviewer_gets_a_thank_you_and_the_first_gets_the_follow_ups(self):
        times = interview("2026-12-01", "14:00", "15:00", "America/New_York")
        people = [CHICAGO, Recipient("Sam Okafor", "Europe/London"), Recipient("Lee Park")]
        steps = plan_steps(times, people)
        assert [(step.kind.value, step.interviewer, step.tz, step.country) for step in steps] == [
            ("thank_you", 0, "America/Chicago", "US"),
            ("thank_you", 1, "Europe/London", "GB"),
            ("thank_you", 2, "America/New_York", "US"),
            ("follow_up", 0, "America/Chicago", "US"),
            ("nudge", 0, "America/Chicago", "US"),
        ]


class TestEndOfDay:
    def test_an_interview_ending_late_on_friday_is_thanked_on_monday(self):
        times = interview("2026-12-04", "17:00", "17:45", "America/Chicago")
        assert plan(times)[0] == (
            "thank_you",
            "2026-12-07T08:00:00-06:00",
            "Mon 7 Dec, 08:00 Chicago time: next send window (08:00) after the interview ended "
            "at 17:45 Chicago time on Fri 4 Dec",
        )

    def test_an_interview_ending_at_17_30_is_thanked_next_morning(self):
        times = interview("2026-12-01", "16:30", "17:30", "America/New_York")
        assert plan(times)[0] == (
            "thank_you",
            "2026-12-02T08:00:00-05:00",
            "Wed 2 Dec, 08:00 New York time: next send window (08:00) after the interview ended "
            "at 17:30 New York time on Tue 1 Dec",
        )

    @pytest.mark.parametrize(
        ("end", "send_at"),
        [
            ("16:59", "2026-12-01T17:59:00-05:00"),  # the last minute of the window
            ("17:00", "2026-12-02T08:00:00-05:00"),  # 18:00 is outside: the window end is open
        ],
    )
    def test_the_window_end_is_exclusive(self, end, send_at):
        times = interview("2026-12-01", "16:00", end, "America/New_York")
        assert plan(times)[0][1] == send_at

    def test_an_early_morning_interview_waits_for_the_window_to_open(self):
        times = interview("2026-12-01", "06:00", "06:30", "America/New_York")
        assert plan(times)[0] == (
            "thank_you",
            "2026-12-01T08:00:00-05:00",
            "Tue 1 Dec, 08:00 New York time: next send window (08:00) after the interview ended "
            "at 06:30 New York time",
        )


class TestStatedDeadline:
    def test_a_deadline_sooner_than_a_week_is_followed(self):
        times = interview("2026-12-01", "14:00", "15:00", "America/New_York")
        assert plan(times, stated_deadline=date(2026, 12, 3))[1] == (
            "follow_up",
            "2026-12-07T09:30:00-05:00",
            "Mon 7 Dec, 09:30 New York time: 2 business days after the decision date they gave "
            "(Thu 3 Dec)",
        )

    def test_a_deadline_in_the_past_waits_for_the_day_after_the_thank_you(self):
        times = interview("2026-12-01", "14:00", "15:00", "America/New_York")
        assert plan(times, stated_deadline=date(2026, 11, 27))[1] == (
            "follow_up",
            "2026-12-02T09:30:00-05:00",
            "Wed 2 Dec, 09:30 New York time: first business day after the thank-you on Tue 1 Dec; "
            "2 business days after the decision date they gave (Fri 27 Nov) would be too soon",
        )

    def test_the_day_after_the_thank_you_skips_holidays_too(self):
        times = interview("2026-11-25", "10:00", "11:00", "America/New_York")
        assert plan(times, stated_deadline=date(2026, 11, 20))[1] == (
            "follow_up",
            "2026-11-27T09:30:00-05:00",
            "Fri 27 Nov, 09:30 New York time: first business day after the thank-you on "
            "Wed 25 Nov; 2 business days after the decision date they gave (Fri 20 Nov) would "
            "be too soon; Thu 26 Nov is Thanksgiving Day",
        )

    def test_a_follow_up_sent_late_moves_the_nudge(self):
        times = interview("2026-12-01", "14:00", "15:00", "America/New_York")
        sent = datetime(2026, 12, 10, 23, 30, tzinfo=ZoneInfo("UTC"))  # Thu 10 Dec in New York
        assert plan(times, follow_up_sent_at=sent)[2] == (
            "nudge",
            "2026-12-21T09:30:00-05:00",
            "Mon 21 Dec, 09:30 New York time: 7 business days after the official follow-up was "
            "sent on Thu 10 Dec, no reply",
        )


class TestPolicySettings:
    @pytest.mark.parametrize(
        ("days", "send_at", "words"),
        [
            (10, "2026-12-11T09:30:00-05:00", "Fri 11 Dec, 09:30 New York time: 10 days after"),
            (14, "2026-12-15T09:30:00-05:00", "Tue 15 Dec, 09:30 New York time: 14 days after"),
        ],
    )
    def test_a_longer_follow_up_delay(self, days, send_at, words):
        times = interview("2026-12-01", "14:00", "15:00", "America/New_York")
        _, at, reason = plan(times, policy=Policy(follow_up_days=days))[1]
        assert at == send_at
        assert reason.startswith(words)

    def test_a_delay_that_lands_on_a_weekend_moves_to_monday(self):
        times = interview("2026-12-02", "14:00", "15:00", "America/New_York")
        assert plan(times, policy=Policy(follow_up_days=10))[1] == (
            "follow_up",
            "2026-12-14T09:30:00-05:00",
            "Mon 14 Dec, 09:30 New York time: first business day 10 days or more after the "
            "interview on Wed 2 Dec, no timeline given",
        )

    def test_every_value_is_a_setting(self):
        times = interview("2026-12-01", "14:00", "15:00", "America/New_York")
        policy = Policy(
            window_start=time(9, 0),
            window_end=time(17, 0),
            thank_you_delay=timedelta(minutes=90),
            step_time=time(10, 15),
            deadline_business_days=3,
            nudge_business_days=5,
        )
        assert plan(times, stated_deadline=date(2026, 12, 4), policy=policy) == [
            (
                "thank_you",
                "2026-12-01T16:30:00-05:00",
                "Tue 1 Dec, 16:30 New York time: 1 hour 30 minutes after the interview ended",
            ),
            (
                "follow_up",
                "2026-12-09T10:15:00-05:00",
                "Wed 9 Dec, 10:15 New York time: 3 business days after the decision date they "
                "gave (Fri 4 Dec)",
            ),
            (
                "nudge",
                "2026-12-16T10:15:00-05:00",
                "Wed 16 Dec, 10:15 New York time: 5 business days after the official follow-up "
                "on Wed 9 Dec, no reply",
            ),
        ]

    def test_no_delay_sends_the_thank_you_as_the_interview_ends(self):
        times = interview("2026-12-01", "14:00", "15:00", "America/New_York")
        policy = Policy(thank_you_delay=timedelta(0))
        assert plan(times, policy=policy)[0][2] == (
            "Tue 1 Dec, 15:00 New York time: as soon as the interview ended"
        )

    def test_with_no_country_only_weekends_are_skipped(self):
        times = interview("2026-12-24", "16:00", "17:00", "UTC")
        assert plan(times)[0] == (
            "thank_you",
            "2026-12-25T08:00:00+00:00",
            "Fri 25 Dec, 08:00 UTC: next send window (08:00) after the interview ended at "
            "17:00 UTC on Thu 24 Dec",
        )


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        # England's Easter Monday and summer bank holiday, which the package's list for the
        # whole of Britain leaves out, are days off for nine in ten people there.
        (date(2026, 4, 2), 2, date(2026, 4, 8)),  # Good Friday 3rd, Easter Monday 6th
        (date(2026, 8, 28), 1, date(2026, 9, 1)),  # the late summer bank holiday, 31 August
    ],
)
def test_britains_business_days_skip_englands_bank_holidays(start, count, expected):
    from followup.core.calendar import add_business_days

    assert add_business_days(start, count, "GB") == expected
