"""Invariants of the timing engine over generated interviews, zones, countries and deadlines.

The worked examples pin exact answers; these check that no combination breaks the rules of
PRODUCT.md "Timing policy, version 1".
"""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.core.calendar import (
    add_business_days,
    is_business_day,
    next_business_day,
    zone_label,
)
from followup.core.timing import (
    InterviewTimes,
    Policy,
    Recipient,
    StepKind,
    move_after_out_of_office,
    plan_steps,
    resolve_recipient,
)
from followup.core.timing.local_time import at_local
from followup.core.timing.reasons import holidays_between

ZONES = [
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Toronto",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Pacific/Auckland",
    "Africa/Cairo",
    "UTC",
]
COUNTRIES = ["US", "CA", "BR", "GB", "DE", "FR", "IN", "JP", "AU", "NZ", "EG"]

zones = st.sampled_from(ZONES)
countries = st.none() | st.sampled_from(COUNTRIES)
recipients = st.builds(Recipient, name=st.just("Dana"), tz=st.none() | zones, country=countries)
policies = st.builds(
    Policy,
    follow_up_days=st.integers(7, 14),
    thank_you_delay=st.sampled_from([timedelta(0), timedelta(minutes=30), timedelta(hours=1)])
    | st.timedeltas(timedelta(0), timedelta(hours=30)),
)


@st.composite
def interviews(draw) -> InterviewTimes:
    tz = draw(zones)
    local = ZoneInfo(tz)
    wall = draw(st.datetimes(datetime(2020, 1, 1), datetime(2034, 6, 30)))
    # Through UTC so that a wall time in a DST gap becomes a real instant. (Hypothesis can do
    # this itself with timezones=..., allow_imaginary=False, but five times slower.)
    start = wall.replace(tzinfo=local, fold=draw(st.sampled_from([0, 1]))).astimezone(UTC)
    length = draw(st.timedeltas(timedelta(0), timedelta(hours=6)))
    return InterviewTimes(start.astimezone(local), (start + length).astimezone(local), tz)


def in_window(moment: datetime, country: str | None, policy: Policy) -> bool:
    return (
        is_business_day(moment.date(), country)
        and policy.window_start <= moment.time() < policy.window_end
    )


def assert_well_formed(step, policy: Policy) -> None:
    local = ZoneInfo(step.tz)
    assert step.send_at.tzinfo is local
    # A real instant: a UTC round trip gives back the same wall time and offset.
    again = step.send_at.astimezone(UTC).astimezone(local)
    assert (again.replace(tzinfo=None), again.utcoffset()) == (
        step.send_at.replace(tzinfo=None),
        step.send_at.utcoffset(),
    )
    assert in_window(step.send_at, step.country, policy)
    assert step.overdue_at == at_local(
        next_business_day(step.send_at.date(), step.country), policy.window_end, step.tz
    )
    assert step.reason
    assert f"{step.send_at:%H:%M} {zone_label(step.tz)}" in step.reason


def assert_first_moment_in_window(step, earliest: datetime, policy: Policy) -> None:
    """No moment of any send window lies in [earliest, send_at)."""
    assert step.send_at >= earliest
    day = earliest.date()
    while day <= step.send_at.date():
        if is_business_day(day, step.country):
            opens = max(at_local(day, policy.window_start, step.tz), earliest)
            closes = min(at_local(day, policy.window_end, step.tz), step.send_at)
            assert not opens < closes, f"window open on {day} before {step.send_at}"
        day += timedelta(days=1)


@settings(max_examples=1500, deadline=None)
@given(
    interview=interviews(),
    people=st.lists(recipients, min_size=1, max_size=3),
    policy=policies,
    user_country=countries,
    # Past, near and far deadlines, relative to the interview's own date.
    deadline_offset=st.none() | st.integers(-20, 60),
)
def test_every_plan_keeps_the_timing_policy(
    interview, people, policy, user_country, deadline_offset
):
    deadline = None
    if deadline_offset is not None:
        deadline = interview.local_date() + timedelta(days=deadline_offset)
    steps = plan_steps(
        interview, people, stated_deadline=deadline, policy=policy, user_country=user_country
    )
    count = len(people)
    assert [step.kind for step in steps] == [StepKind.THANK_YOU] * count + [
        StepKind.FOLLOW_UP,
        StepKind.NUDGE,
    ]
    assert [step.interviewer for step in steps] == [*range(count), 0, 0]

    for step in steps:
        assert (step.tz, step.country) == resolve_recipient(
            people[step.interviewer], interview.tz, user_country
        )
        assert_well_formed(step, policy)
        assert step.send_at >= interview.end

    for step in steps[:count]:
        earliest = (interview.end.astimezone(UTC) + policy.thank_you_delay).astimezone(
            ZoneInfo(step.tz)
        )
        assert_first_moment_in_window(step, earliest, policy)
        # A holiday that pushed the thank-you later is named.
        for _, name in holidays_between(earliest.date(), step.send_at.date(), step.country):
            assert name in step.reason

    thank_you, follow_up, nudge = steps[0], steps[-2], steps[-1]
    assert follow_up.send_at.time() == policy.step_time
    assert follow_up.send_at.date() > thank_you.send_at.date()
    if deadline is None:
        earliest_day = interview.local_date() + timedelta(days=policy.follow_up_days)
        assert follow_up.send_at.date() >= earliest_day
        assert "no timeline given" in follow_up.reason
    else:
        count_after = policy.deadline_business_days
        after_deadline = add_business_days(deadline, count_after, thank_you.country)
        assert follow_up.send_at.date() >= after_deadline
        # Only the guard (never on or before the thank-you's day) can make it later.
        if follow_up.send_at.date() != after_deadline:
            assert follow_up.send_at.date() == next_business_day(
                thank_you.send_at.date(), thank_you.country
            )
            assert "first business day after the thank-you" in follow_up.reason

    assert nudge.send_at.time() == policy.step_time
    assert nudge.send_at.date() == add_business_days(
        follow_up.send_at.date(), policy.nudge_business_days, nudge.country
    )
    assert nudge.send_at > follow_up.send_at


@settings(max_examples=500, deadline=None)
@given(
    interview=interviews(),
    person=recipients,
    away_days=st.integers(-10, 40),
    sent_days=st.integers(0, 30),
)
def test_out_of_office_moves_steps_later_and_keeps_them_in_the_window(
    interview, person, away_days, sent_days
):
    steps = plan_steps(
        interview,
        [person],
        follow_up_sent_at=interview.end + timedelta(days=sent_days),
    )
    for step in steps:
        back = step.send_at.date() + timedelta(days=away_days)
        moved = move_after_out_of_office(step, back)
        assert moved.send_at >= step.send_at
        assert (moved.kind, moved.interviewer, moved.tz, moved.country) == (
            step.kind,
            step.interviewer,
            step.tz,
            step.country,
        )
        assert_well_formed(moved, Policy())
        if moved != step:
            assert moved.send_at.date() == add_business_days(back, 1, step.country)
            assert "out of office" in moved.reason


@settings(max_examples=1000, deadline=None)
@given(interview=interviews(), person=recipients, away_days=st.integers(-20, 60))
def test_an_absence_holds_every_step_and_the_nudge_keeps_its_distance(interview, person, away_days):
    back = interview.local_date() + timedelta(days=away_days)
    away = Recipient(person.name, person.tz, person.country, away_until=back)
    before = {step.kind: step for step in plan_steps(interview, [person])}
    after = {step.kind: step for step in plan_steps(interview, [away])}
    policy = Policy()
    for kind, step in after.items():
        assert_well_formed(step, policy)
        assert step.send_at >= before[kind].send_at  # never brought forward
        # Nothing reaches them before the business day after their return.
        assert step.send_at.date() >= add_business_days(back, 1, step.country)
    follow_up, nudge = after[StepKind.FOLLOW_UP], after[StepKind.NUDGE]
    # The policy's gap holds from wherever the follow-up now is, and the reason names that day.
    assert nudge.send_at.date() == add_business_days(
        follow_up.send_at.date(), policy.nudge_business_days, nudge.country
    )
    assert f"official follow-up on {follow_up.send_at:%a} {follow_up.send_at.day} " in nudge.reason


@settings(max_examples=1000, deadline=None)
@given(
    tz=zones,
    day=st.dates(date(2020, 1, 1), date(2034, 12, 31)),
    at=st.times(),
)
def test_at_local_always_gives_a_real_instant_and_keeps_real_wall_times(tz, day, at):
    moment = at_local(day, at, tz)
    local = ZoneInfo(tz)
    again = moment.astimezone(UTC).astimezone(local)
    assert (again.replace(tzinfo=None), again.utcoffset()) == (
        moment.replace(tzinfo=None),
        moment.utcoffset(),
    )
    wanted = datetime.combine(day, at)
    exists = wanted.replace(tzinfo=local).astimezone(UTC).astimezone(local).replace(tzinfo=None)
    if exists == wanted:
        assert moment.replace(tzinfo=None) == wanted
    else:
        # In a gap: moved forward by the gap, never backward.
        assert moment.replace(tzinfo=None) > wanted
