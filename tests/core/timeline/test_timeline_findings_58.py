"""Stop 58: from the tuning misses of the blind corpora (BE, BI, BN, BP, EC, EG, EX, FY, GA).

A wait said before "a firm answer" is the wait for the answer, and an answer with its date is a
promise in a clause of its own after an absence ("is travelling, final confirmation by the
3rd"). A message quoted after the moment it came ("Got this Tuesday afternoon after my panel:",
"HR's message from yesterday:"), a meeting's close retold ("ended with '...'") and a meeting
told to its end a few sentences after its day ("At the end Aroha said ...") and "it's been a
week since my interview" count from that moment, not from now. News after a promise ends it:
the role given to another candidate, a round cleared, an invitation to the next round quoted,
"got the call", "got rejected", "a rejection", "found out I didn't get it", the role put on
hold or cancelled. The candidate's own deadlines (what is needed of them, a note's action item
for them, their acceptance of an offer) are no promise. The sentences here are written for
these tests, not taken from any corpus.
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
    ("text", "day"),
    [
        pytest.param(
            "Honestly, it'll be a month or so before I can give you a firm answer; the budget"
            " is not signed off yet.",
            dt.date(2027, 1, 10),
            id="a-month-or-so-before-a-firm-answer",
        ),
        pytest.param(
            "Spoke to client HR just now. The business head is travelling, final confirmation by"
            " the 3rd. Will ping you once I hear.",
            dt.date(2027, 1, 3),
            id="the-answer-a-clause-after-an-absence",
        ),
        pytest.param(
            'Got this Tuesday afternoon after my panel: "Thanks for meeting the team. We will be'
            ' in touch within 2 weeks." Is that a good sign?',
            dt.date(2026, 12, 22),  # from Tuesday 8 December
            id="got-this-on-a-weekday",
        ),
        pytest.param(
            "Pasting HR's whatsapp from yesterday: \"Thank u for coming in today. Panel will"
            ' discuss, will update u in 2 wks. Regards"',
            dt.date(2026, 12, 23),  # the message's today was yesterday, Wednesday 9 December
            id="today-in-a-message-quoted-from-yesterday",
        ),
        pytest.param(
            'HR\'s message from yesterday: "we will update you on the outcome in 2 weeks."',
            dt.date(2026, 12, 23),  # from Wednesday 9 December
            id="a-message-from-yesterday",
        ),
        pytest.param(
            "Final round was Tuesday with the head of product. She ended with \"you'll hear"
            ' from me in 2 wks". Fingers crossed.',
            dt.date(2026, 12, 22),
            id="ended-with-a-quote",
        ),
        pytest.param(
            "It's been a week since my final interview. They said they'd let me know within"
            " 10 days.",
            dt.date(2026, 12, 13),  # from Thursday 3 December
            id="its-been-a-week-since-my-interview",
        ),
        pytest.param(
            "It is exactly two weeks today since I spoke to the recruiter. She told me the client"
            " would give feedback within 48 hours.",
            dt.date(2026, 11, 28),
            id="two-weeks-today-since-i-spoke",
        ),
        pytest.param(
            "Last Thursday was my final interview with the account manager. She said wait a few"
            " days for the result.",
            dt.date(2026, 12, 6),  # from Thursday 3 December
            id="last-thursday-was-my-final-interview",
        ),
        pytest.param(
            "Still thinking about Tuesday's interview at the council. Panel of three: the team"
            " lead, someone from HR and a man from the planning office. They asked about"
            " drainage for ages and I rambled a bit. At the end the team lead said they'd have a"
            " decision in a fortnight.",
            dt.date(2026, 12, 22),
            id="at-the-end-of-a-meeting-named-by-its-weekday",
        ),
    ],
)
def test_stop_58_readings(text: str, day: dt.date) -> None:
    assert _day(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A day the writer got, not a message: the promise is said now.
        pytest.param(
            "I got Tuesday off work for it. They will let me know in 2 weeks.",
            dt.date(2026, 12, 24),
            id="got-a-day-off",
        ),
        # Today said by the writer, not inside the message quoted: counted from now.
        pytest.param(
            "Interview was yesterday. Today HR said they will let me know in 2 weeks.",
            dt.date(2026, 12, 24),
            id="the-writers-own-today",
        ),
        # A week since the interview, and a telling since then: said now.
        pytest.param(
            "It's been a week since my interview. HR just called and said they will decide by"
            " Tuesday.",
            dt.date(2026, 12, 15),
            id="its-been-a-week-and-just-called",
        ),
        pytest.param(
            "It's been two weeks since my interview. The recruiter just told me they'd need"
            " another week.",
            dt.date(2026, 12, 17),
            id="just-told-is-now",
        ),
        pytest.param(
            "Last Monday was a call with my old manager about references. The recruiter said"
            " they'd decide within a week.",
            dt.date(2026, 12, 17),
            id="a-call-that-is-not-the-meeting",
        ),
        pytest.param(
            'Received this on Tuesday: "Thanks!" Today HR said they\'d decide within a week.',
            dt.date(2026, 12, 17),
            id="today-after-the-quote-closed",
        ),
        pytest.param(
            "We have got Friday set aside to make the final decision.",
            dt.date(2026, 12, 11),
            id="got-a-day-set-aside",
        ),
        pytest.param(
            "The manager is travelling, final interview on the 14th.",
            None,
            id="an-interview-a-clause-after-an-absence",
        ),
        pytest.param(
            "Tuesday's interview went fine. Our office will be closed at the end of the month.",
            None,
            id="at-the-end-but-nothing-said",
        ),
    ],
)
def test_stop_58_guards(text: str, day: dt.date | None) -> None:
    assert _day(text) == day


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Remember the firm that said they would get back to me within two weeks after my final"
            " interview? Yesterday the HR manager called me. They gave the role to an internal"
            " candidate.",
            id="the-role-given-to-another",
        ),
        pytest.param(
            "HR said the client will share feedback by EOD tomorrow. That was Tuesday. Wednesday"
            " evening they called, cleared the client round!",
            id="a-round-cleared",
        ),
        pytest.param(
            "Monday HR said they would revert within 5 working days. Then this morning: We are"
            " pleased to invite you to the second interview on 14 January.",
            id="an-invitation-quoted",
        ),
        pytest.param(
            "They said I'd hear within a week. Update: got rejected this morning.",
            id="got-rejected",
        ),
        pytest.param("They said within 10 days. Received a rejection yesterday.", id="a-rejection"),
        pytest.param(
            "They told me I'd hear by the end of the week. Found out today I didn't get it.",
            id="found-out-i-didnt-get-it",
        ),
        pytest.param("They said I'd hear by Friday. They've put the role on hold.", id="on-hold"),
        pytest.param(
            "Recruiter said by Friday. Position was cancelled due to budget.",
            id="position-cancelled",
        ),
        pytest.param(
            "The manager said I'd hear by Friday at the latest.\nEDIT: got the offer this"
            " morning!!!",
            id="edit-got-the-offer",
        ),
        pytest.param(
            "They said they'd let me know by the end of next week.\nUPDATE: unsuccessful, but"
            " the manager rang with useful feedback.",
            id="update-unsuccessful",
        ),
        pytest.param(
            "The recruiter said feedback by Friday. Today she called and invited me for a trial"
            " day next Monday.",
            id="invited-for-a-trial-day",
        ),
        pytest.param(
            "They said I'd hear within a week. Email yesterday inviting me to a final stage"
            " presentation on the 18th!",
            id="invited-to-a-final-stage",
        ),
        pytest.param(
            "Recruiter told me they'd decide by Tuesday. Tuesday came, she said they're \"pausing"
            ' the search until after Q1 planning".',
            id="pausing-the-search-quoted",
        ),
        pytest.param(
            "HR promised feedback within 10 working days. Today they wrote: all open"
            " requisitions are suspended until further notice.",
            id="requisitions-suspended",
        ),
        pytest.param(
            "They said 2 weeks. HR phoned this morning, the position is on hold indefinitely.",
            id="the-position-on-hold",
        ),
        pytest.param(
            "Cleared all 4 rounds! HR had said offer in 7 working days, offer rolled out yesterday"
            " itself. Joining next month.",
            id="offer-rolled-out",
        ),
        pytest.param(
            "The recruiter said 5 business days after my final interview. Yesterday I received the"
            ' famous "unfortunately" email. Life goes on.',
            id="the-unfortunately-email",
        ),
        pytest.param(
            "They told me an answer in 10 days. Finally they answered this morning, before the 10"
            " days: negative.",
            id="answered-negative",
        ),
        pytest.param(
            "HR said they would update me within the week. Yesterday I got the call, JO signing"
            " tomorrow!",
            id="got-the-call",
        ),
    ],
)
def test_stop_58_news_after_the_promise(text: str) -> None:
    assert _day(text, "Asia/Manila", "PH") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "HR said they'd decide by Friday. If I clear the technical round they will call me"
            " by Friday.",
            dt.date(2026, 12, 11),
            id="a-round-still-to-clear",
        ),
        pytest.param(
            "HR said they'd update me within 2 weeks. I got the call from the other company"
            " though.",
            dt.date(2026, 12, 24),
            id="another-companys-call",
        ),
        pytest.param(
            "They said I'd hear by Friday. Got rejected for the other role though.",
            dt.date(2026, 12, 11),
            id="rejected-for-another-role",
        ),
        pytest.param(
            "They said I'd hear by Friday. Had a rejection from Meta today.",
            dt.date(2026, 12, 11),
            id="another-firms-rejection",
        ),
        pytest.param(
            "They said they'd decide by Friday. My friend got rejected this morning though.",
            dt.date(2026, 12, 11),
            id="a-friends-rejection",
        ),
        pytest.param(
            "They said they'd decide by Friday. I think I got rejected.",
            dt.date(2026, 12, 11),
            id="a-guess-at-a-rejection",
        ),
        pytest.param(
            "They said they'd decide by the end of next week.\nEdit: got it, the recruiter meant"
            " next Friday not this one.",
            dt.date(2026, 12, 18),
            id="an-edit-that-is-no-news",
        ),
        pytest.param(
            "Recruiter said I'd hear by Friday.\nEDIT: got the offer letter from Infosys today,"
            " still waiting on this one.",
            dt.date(2026, 12, 11),
            id="another-firms-offer-letter",
        ),
        pytest.param(
            "HR said they would update me within the week. I wish I got the call already.",
            dt.date(2026, 12, 11),
            id="a-wish-for-the-call",
        ),
        pytest.param(
            "They said they'd decide by Friday. If successful, the email will say: \"We are pleased"
            ' to invite you to the final interview".',
            dt.date(2026, 12, 11),
            id="an-invitation-that-may-come",
        ),
        pytest.param(
            "They said by Friday. Did they put the role on hold?",
            dt.date(2026, 12, 11),
            id="a-hold-asked-about",
        ),
        pytest.param(
            "They said I'd hear by Friday. Positions at the other site are on hold for other"
            " reasons.",
            dt.date(2026, 12, 11),
            id="other-positions-on-hold",
        ),
        pytest.param(
            "They said by Friday, but they might put the role on hold.",
            dt.date(2026, 12, 11),
            id="a-hold-that-may-come",
        ),
        pytest.param(
            "Recruiter said I'll hear by Friday. Last year they gave the role to an internal"
            " candidate, so who knows.",
            dt.date(2026, 12, 11),
            id="last-years-role",
        ),
    ],
)
def test_stop_58_news_guards(text: str, day: dt.date) -> None:
    assert _day(text, "Asia/Manila", "PH") == day


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The client needs your certified qualifications and latest payslips by Friday to"
            " finalise screening.",
            id="what-is-needed-of-the-candidate",
        ),
        pytest.param(
            "Action items\n- Candidate: confirm by Friday whether you would like to proceed.\n"
            "- Amira: send the assessment pack once the candidate confirms.",
            id="a-notes-action-item-for-the-candidate",
        ),
        pytest.param(
            "Kindly confirm acceptance of the offer by 18 December.",
            id="the-candidates-own-acceptance",
        ),
    ],
)
def test_stop_58_the_candidates_own_deadline(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # (By the rules themselves: the model's veto drops some of these on its own.)
    monkeypatch.setattr(reader, "rules_only", True)
    assert _day(text) is None


def test_stop_58_their_promise_beside_the_candidates_deadline() -> None:
    text = "We need your references by Friday. We will confirm the offer by the 18th."
    assert _day(text) == dt.date(2026, 12, 18)
