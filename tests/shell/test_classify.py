"""Sorting what comes back: out-of-office or an answer, and what kind of answer."""

from __future__ import annotations

import pytest

from followup.shell.mailbox.classify import categorise, is_automated, is_out_of_office


def ooo(subject="", text="", auto="", precedence="", headers=False):
    return is_out_of_office(
        subject=subject, text=text, auto_submitted=auto, precedence=precedence, headers_ooo=headers
    )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"auto": "auto-replied (vacation)"},
        {"headers": True},
        {"precedence": "auto_reply"},
        {"subject": "Automatic reply: Thank you"},
        {"subject": "Out of Office: Re: Staff Engineer interview"},
        {"text": "Hi, I am out of the office until Monday 7 Dec, with no email access."},
        {"text": "I am on annual leave until 4 January."},
    ],
)
def test_it_recognises_auto_replies(kwargs):
    assert ooo(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"subject": "Re: Thank you", "text": "Thanks Sam, we'll be in touch next week."},
        {"subject": "Next steps", "text": "Could you come in for a second interview?"},
        {"auto": "no", "subject": "Re: Following up", "text": "Great to hear from you."},
    ],
)
def test_a_person_writing_back_is_not_an_auto_reply(kwargs):
    assert not ooo(**kwargs)


@pytest.mark.parametrize(
    ("subject", "text", "category"),
    [
        (
            "Re: Thank you",
            "Unfortunately we have decided to move forward with other candidates.",
            "rejection",
        ),
        ("Offer", "We are delighted to extend you an offer for the Staff Engineer role!", "offer"),
        (
            "Re: Following up",
            "The team would like you to come onsite for a final interview.",
            "next_round",
        ),
        ("Re: Following up", "Could you send two references by Friday?", "request"),
        ("Re: Thank you", "Thanks for your note, Sam. Talk soon.", "other"),
        # The quoted original must not decide: it held our own words.
        ("Re: Following up", "Happy to chat.\n\nOn Tue, Sam wrote:\n> I'd love an offer", "other"),
        # A rejection that mentions next steps is still a rejection.
        (
            "Update",
            "Unfortunately we won't be moving to next round interviews with you.",
            "rejection",
        ),
    ],
)
def test_it_sorts_answers(subject, text, category):
    assert categorise(subject, text)[0] == category


def test_bulk_mail_is_automated_but_a_person_is_not():
    assert is_automated("auto-generated", "")
    assert is_automated("", "bulk")
    assert not is_automated("no", "")
    assert not is_automated("", "")


@pytest.mark.parametrize(
    "kwargs",
    [
        {
            "subject": "Re: Thank you",
            "text": "I'm traveling this week, but we will make a decision by Friday.",
        },
        {"subject": "Re: vacation policy question", "text": "Two weeks, plus holidays."},
    ],
)
def test_a_person_who_mentions_being_away_still_wrote_a_reply(kwargs):
    assert not ooo(**kwargs)
