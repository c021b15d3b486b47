"""Stop 59: from the tuning misses of the blind corpora (DD, DO, DX, EZ, FJ, GB, GJ).

A promise retold after the meeting it was made at counts from that meeting: "Interview on
Monday ..., recruiter promised feedback within two working days" is no wait for a Monday to
come, "the admin post was on Monday" is a noun and no "after", and words quoted after "wrapped
up with", "End:" in a note, 'Got this SMS on 7/12/2026: "..."' and "Then Monday they emailed
pushing it to ..." are said on their day; so is what was said at a phone screen. A quoted "get
back to me" after "they'd" is their promise, and so is a retold "I'll get the mail by Friday",
which outranks the promise told as the first ("Initially HR said ..."). The writer's own guess
("I'm guessing end of next week"), their own wait ("I'll give it until Monday") and the day of
writing ("I know it's only Thursday") are no timeline, and a reason's words after a date
("because the director is at a conference") are not its cue. The sentences here are written
for these tests, not taken from any corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline, reader

THURSDAY = dt.datetime(2026, 12, 10, 20, 30)  # Thursday 10 December 2026, in the evening


def _day(text: str, zone: str = "America/Chicago", country: str = "US") -> dt.date | None:
    reading = read_timeline(text, THURSDAY, zone, country)
    return reading.deadline if reading else None


@pytest.mark.parametrize(
    ("text", "zone", "country", "day"),
    [
        pytest.param(
            "Interview for the band 5 admin post was on Monday, lovely panel, and the lead said"
            " they aim to let everyone know within five working days either way.",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 14),  # five working days from Monday 7 December
            id="the-post-as-a-noun-is-no-after",
        ),
        pytest.param(
            "Interview on Monday with a fintech, recruiter promised feedback within two working"
            " days. Nothing yet.",
            "America/Chicago",
            "US",
            dt.date(2026, 12, 9),
            id="a-promise-retold-after-its-meeting",
        ),
        pytest.param(
            "Yesterday's panel ended with the director saying \"we'll have a decision within"
            " five business days.\" So I'm guessing end of next week at the earliest?",
            "America/Chicago",
            "US",
            dt.date(2026, 12, 16),  # from Wednesday 9 December
            id="the-writers-guess-is-no-promise",
        ),
        pytest.param(
            "Phone interview Monday with the ops manager. He wrapped up with \"we'll come back"
            " to you within a week\". I know it's only Thursday but I'm spiralling.",
            "America/Chicago",
            "US",
            dt.date(2026, 12, 14),
            id="quoted-after-wrapped-up-with",
        ),
        pytest.param(
            'The QA lead said they\'d "get back to me within two weeks" since a few people are'
            " off.",
            "America/Chicago",
            "US",
            dt.date(2026, 12, 24),
            id="their-get-back-to-me-quoted",
        ),
        pytest.param(
            'Was told "by Thanksgiving" after my second interview. Then Monday they emailed'
            " pushing it to early next month because the director is at a conference.",
            "America/Chicago",
            "US",
            dt.date(2027, 1, 10),  # early in the month after Monday 7 December
            id="emailed-pushing-it-with-a-reason-after",
        ),
        pytest.param(
            "Initially HR said final decision by 30th December. Yesterday they called saying"
            " I'll get the mail by Friday.",
            "Asia/Kolkata",
            "IN",
            dt.date(2026, 12, 11),
            id="the-newer-promise-after-the-first",
        ),
        pytest.param(
            'Got this SMS on 7/12/2026: "Dear applicant, results will be communicated within 14'
            ' days." Still nothing.',
            "Africa/Nairobi",
            "KE",
            dt.date(2026, 12, 21),
            id="got-this-sms-on-a-date",
        ),
        pytest.param(
            "Phone screen with an agency recruiter Monday, she said she'd get back to me in a"
            " couple of days. Still nothing.",
            "Australia/Sydney",
            "AU",
            dt.date(2026, 12, 9),
            id="a-phone-screens-day",
        ),
        pytest.param(
            "INTERVIEW NOTES — Mon 7 Dec 2026, Kilimani office\nPanel: Wanjiru (HR), Otieno"
            " (Logistics)\n- Case on fleet scheduling, went ok\n- They asked about my notice"
            ' period\n- End: "You\'ll get our feedback within two weeks."',
            "Africa/Nairobi",
            "KE",
            dt.date(2026, 12, 21),
            id="a-notes-end",
        ),
        pytest.param(
            "Had my second interview last week (Thursday). On Monday the HR lady (Frau K.)"
            " called me and said the director will decide within 5 working days.",
            "Europe/Berlin",
            "DE",
            dt.date(2026, 12, 14),  # five working days from Monday 7 December
            id="who-called-explained-in-brackets",
        ),
        pytest.param(
            "Texts from the recruiter:\n\nTue 8 Dec 4:12pm: great news, you're through to the"
            " final two! Client should decide by end of the week at the latest.\n\nThu 10 Dec"
            " 3:48pm: sorry, the panel hasn't finished its scoring. Should be Tuesday or"
            " Wednesday next week now. Will keep you posted!",
            "Pacific/Auckland",
            "NZ",
            dt.date(2026, 12, 16),
            id="should-be-one-day-or-another-now",
        ),
        pytest.param(
            "Final call from their side a week from Monday, he was clear on that.",
            "America/Denver",
            "US",
            dt.date(2026, 12, 21),
            id="the-final-call-from-their-side",
        ),
        pytest.param(
            "Owner said she'd be in touch after Paddy's weekend, it's too mad in the cafe till"
            " then.",
            "Europe/Dublin",
            "IE",
            dt.date(2027, 3, 19),  # St Patrick's Day is Wednesday 17 March 2027
            id="after-paddys-weekend",
        ),
        pytest.param(
            'Recruiter said "two weeks" on Monday after my last interview.',
            "America/Chicago",
            "US",
            dt.date(2026, 12, 21),
            id="the-day-after-the-quoted-words",
        ),
    ],
)
def test_stop_59_said_when_and_by_whom(text: str, zone: str, country: str, day: dt.date) -> None:
    assert _day(text, zone, country) == day


@pytest.mark.parametrize(
    ("text", "zone", "country", "day"),
    [
        pytest.param(
            "We'll call you after the panel on Monday.",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 14),
            id="after-the-panel-on-monday",
        ),
        pytest.param(
            "The panel meets on Monday, and HR said we'd hear within 2 working days.",
            "America/Chicago",
            "US",
            dt.date(2026, 12, 16),
            id="a-meeting-to-come-is-waited-for",
        ),
        pytest.param(
            "Initially HR said final decision by 30th December. Then I had my dentist on Friday.",
            "Asia/Kolkata",
            "IN",
            dt.date(2026, 12, 30),
            id="the-first-promise-with-no-newer-one",
        ),
    ],
)
def test_stop_59_guards(text: str, zone: str, country: str, day: dt.date) -> None:
    assert _day(text, zone, country) == day


def test_stop_59_a_final_call_with_someone_is_a_meeting() -> None:
    assert _day("Final call with the CEO on Monday.", "America/Denver", "US") is None


def test_stop_59_the_writers_own_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "rules_only", True)
    assert _day("Recruiter went quiet after the final. I'll give it until Monday.") is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "They rang me at lunch!!! Got the job 🎉 They'd said they'd let me know by Friday so"
            " that was quick.",
            id="the-news-then-the-promise-told-as-had-said",
        ),
        pytest.param(
            "Remember the deli manager said she'd let me know by Friday?? She called this"
            " morning and I GOT IT 🎉",
            id="i-got-it-after-the-promise",
        ),
        pytest.param(
            "rej email this morn. they'd said 2 wks, it was 9 days. onwards",
            id="a-rejection-texted-before-the-promise",
        ),
        pytest.param(
            "Mon: phone screen with the HM. She said I'd hear by Friday.\n\nUPDATE: recruiter"
            " emailed this morning! They want me for the technical panel, booked for Tuesday at"
            " 1pm.",
            id="they-want-me-for-the-next-round",
        ),
        pytest.param(
            'HR said result by Monday. On Monday the portal status changed to "Not selected for'
            ' further rounds". Moving on.',
            id="the-portals-status",
        ),
        pytest.param(
            "Had a 2nd interview Monday, they said I'd hear something in a few days. Got a call"
            " yesterday: position was filled internally. At least they called.",
            id="filled-internally",
        ),
        pytest.param(
            "They said I'd hear in the next couple of weeks. Got a call last night: they're"
            " offering me the junior site surveyor place!!",
            id="offering-me-a-place-named-in-words",
        ),
    ],
)
def test_stop_59_news_ends_the_promise(text: str) -> None:
    assert _day(text) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Candidate: Marcus | Client: Jurong Precision\n(earlier the HM said decision by"
            " Friday - kept)\nNext: submit Marcus to Woodlands Metals.",
            id="noted-as-kept",
        ),
        pytest.param(
            "At the interview on Monday they said they'd let us know by Friday, so I suppose at"
            " least they kept to it.",
            id="they-kept-to-it",
        ),
        pytest.param(
            "They said feedback within 7 days, and it actually arrived yesterday, with a nice"
            " note.",
            id="and-it-actually-arrived",
        ),
        pytest.param(
            "they had said they'll call by friday but they called today already. so happy",
            id="but-they-called-already",
        ),
    ],
)
def test_stop_59_a_promise_kept(text: str) -> None:
    assert _day(text) is None


def test_stop_59_and_it_was_of_something_else() -> None:
    text = "They said feedback within 7 days, and it was a good interview."
    assert _day(text) == dt.date(2026, 12, 17)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I think I got it. She'd said they'd decide by Friday.", id="a-hope"),
        pytest.param("Ghosted. They'd said they'd decide by Friday.", id="no-news"),
        pytest.param(
            "They'd said they'd decide by Friday. Worried the position was filled internally?",
            id="a-fear-of-news",
        ),
        pytest.param(
            "She said I'd hear by Friday. If they want me for the final round they'll call.",
            id="a-next-round-hoped-for",
        ),
    ],
)
def test_stop_59_no_news_keeps_the_promise(text: str) -> None:
    assert _day(text) == dt.date(2026, 12, 11)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'After my onsite the recruiter said "we\'ll have a decision for you next week". Next'
            ' week came, I pinged, and she said: "Honestly I can\'t give you a date right now."',
            id="asked-again-and-no-date",
        ),
        pytest.param(
            "Mon 7 Dec - recruiter: should have an answer from the client by Friday mate\n"
            "Thu 10 Dec - recruiter: scratch what I said about Friday, client's gone quiet, will"
            " ping you when I hear",
            id="scratch-what-i-said",
        ),
    ],
)
def test_stop_59_a_promise_taken_back(text: str) -> None:
    assert _day(text) is None


def test_stop_59_no_promise_of_anything_but_a_date() -> None:
    text = "I can't promise anything, but I'll come back to you on the package by Tuesday."
    assert _day(text) == dt.date(2026, 12, 15)


# A review's texts (a helper who had not seen the change wrote them against each new rule): the
# first versions of these rules read each of them as no timeline or another day.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "The recruiter said she'd follow up today or tomorrow with the panel's decision.",
            dt.date(2026, 12, 11),
            id="their-follow-up-today-or-tomorrow",
        ),
        pytest.param(
            "They said they're meeting tomorrow to compare candidates and then I'll know by"
            " Friday.",
            dt.date(2026, 12, 11),
            id="then-ill-know-retold",
        ),
        pytest.param(
            "Manager said: \"I'm guessing by Friday we'll know, I'll call you\"",
            dt.date(2026, 12, 11),
            id="their-guess-quoted",
        ),
        pytest.param(
            "Recruiter said I'd hear by Friday. My friend Ana interviewed there last year and they"
            " offered her the graduate analyst role within 3 days.",
            dt.date(2026, 12, 11),
            id="a-friends-old-offer",
        ),
        pytest.param(
            "Originally they told me the decision would come by the 20th. I'll get the call from"
            " the recruiter tomorrow to book the reference check either way.",
            dt.date(2026, 12, 20),
            id="originally-then-another-step",
        ),
        pytest.param(
            "They said they'd decide by Friday. Scratch what I said about the interview going"
            " badly, re-reading my notes it was fine.",
            dt.date(2026, 12, 11),
            id="scratch-what-i-said-of-something-else",
        ),
        pytest.param(
            "Said I'd hear by the 20th. Nudged them today about parking for the onsite, they said"
            " they cannot confirm a date for the office move yet.",
            dt.date(2026, 12, 20),
            id="no-date-for-something-else",
        ),
        pytest.param(
            "I got the job at Shopify!! Stripe had said they'd let me know by Friday, so now I"
            " need to decide whether to wait for them.",
            dt.date(2026, 12, 11),
            id="another-employers-promise-after-news",
        ),
        pytest.param(
            "They said they'd let me know by Friday. I asked if I could send my portfolio too and"
            " she said 'got it!'",
            dt.date(2026, 12, 11),
            id="got-it-as-an-acknowledgement",
        ),
    ],
)
def test_stop_59_the_reviews_guards(text: str, day: dt.date) -> None:
    assert _day(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "Final interview with the director on Monday 14th, the recruiter said they'll decide"
            " within 48 hours after it.",
            dt.date(2026, 12, 16),  # the coming Monday the 14th, not September's
            id="a-meetings-weekday-and-number-to-come",
        ),
        pytest.param(
            "My final interview was on Monday 7th, the recruiter said they'd decide within 2"
            " weeks.",
            dt.date(2026, 12, 21),  # Monday the 7th just gone
            id="a-meetings-weekday-and-number-gone-by",
        ),
    ],
)
def test_stop_59_the_nearest_weekday_and_number(text: str, day: dt.date) -> None:
    assert _day(text, "Europe/London", "GB") == day


# More of the review's kinds, in new words: when a retold promise was said, and the meeting a
# wait counts from.
@pytest.mark.parametrize(
    ("text", "zone", "country", "day"),
    [
        pytest.param(
            "Last round with the CEO on the 17th (Thursday). HR promised feedback within three"
            " working days of it.",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 22),  # the coming Thursday the 17th, not September's
            id="a-day-number-with-its-weekday-in-brackets",
        ),
        pytest.param(
            "I gave final interview at a telecom company in Lahore on Friday 4th, they told will"
            " inform within one week.",
            "Asia/Karachi",
            "PK",
            dt.date(2026, 12, 11),
            id="told-will-inform",
        ),
        pytest.param(
            "The recruiter emailed yesterday that I'd hear within 5 working days, final round was"
            " Monday.",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 16),  # from Wednesday 9 December
            id="emailed-yesterday-that",
        ),
        pytest.param(
            'Tuesday morning: "we will get back to you within 5 working days"',
            "Europe/London",
            "GB",
            dt.date(2026, 12, 15),  # from Tuesday 8 December
            id="a-message-under-its-day",
        ),
        pytest.param(
            "Screen with the hiring manager Monday 14th, then they decide within two days.",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 16),
            id="a-screen-to-wait-for",
        ),
    ],
)
def test_stop_59_when_it_was_said_more(text: str, zone: str, country: str, day: dt.date) -> None:
    assert _day(text, zone, country) == day
