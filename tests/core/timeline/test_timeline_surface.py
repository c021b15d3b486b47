"""The same words, typed or pasted another way: an e-mail hard-wrapped by a mail program, a
quoted header wrapped onto two lines, notes typed in lowercase. The reading must not change."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from followup.core.timeline.normalise import normalise

from .test_timeline_conventions import read

WED = dt.datetime(2026, 3, 11, 10)  # a Wednesday morning


# Paragraphs in our own words; each test cuts them the way a mail program does.
_EMAILS = [
    (
        [
            "Hi Priya,",
            "Thanks for making the trip in today. The last panel interview is on Tuesday 3/17, and"
            " the committee normally confirms a decision within two business days of the last"
            " panel. I'll call you as soon as I hear.",
            "Best,\nMarcus",
        ],
        "2026-03-19",
    ),
    (
        [
            "Hello Ana, good talking today. Quick recap: the hiring manager is travelling next"
            " week, and we'll get back to you by the end of the following week with feedback"
            " either way."
        ],
        "2026-03-27",
    ),
    (
        [
            "Dear Jon,",
            "Good to see you on Monday. The ops team are out at the Leeds depot until Thursday"
            " 3/19, and we normally make up our minds within a week of their return. I'll ring"
            " you either way.",
            "Regards,\nLeah Cho",
        ],
        "2026-03-26",
    ),
    (
        [
            "Dear Ms Kaur,",
            # A sentence that ends where its line ends is one stop, not two: "that afternoon ...
            # the following day" still counts from the day named before it.
            "We would like to invite you to an assessment day on Thursday 19 March, with a group"
            " task and an interview with the practice manager. The panel will decide that"
            " afternoon and we will ring every candidate by noon the following day.",
            "Kind regards",
        ],
        "2026-03-20",
    ),
]


@pytest.mark.parametrize("width", [50, 58, 64, 72, 76, None])
@pytest.mark.parametrize(("paragraphs", "expected"), _EMAILS)
def test_a_hard_wrapped_email_reads_as_written(paragraphs, expected, width):
    text = "\n\n".join(
        textwrap.fill(p, width) if width and "\n" not in p else p for p in paragraphs
    )
    assert read(text, WED, "America/New_York", "US") == expected


def test_the_lines_of_notes_stay_apart():
    # Short lines are a note's lines, not a wrapped paragraph: the start date on one line is not
    # the answer of the line under it.
    notes = (
        "panel: dan + the ops lead\nstart would be monday 6 april\nthey'll let me know\n"
        "parking is round the back"
    )
    assert read(notes, WED, "America/New_York", "US") is None
    assert normalise(notes).text.count("\n") == 3


def test_a_wrapped_on_wrote_line_still_dates_the_quoted_message():
    # "On ... wrote:" cut after the address: "by the end of next week" counts from 19 Feb, the
    # quoted message's date, not from today.
    text = (
        "Thanks - any news?\n\nOn Thu, 19 Feb 2026 at 16:05, Dana Whitlock <dana.whitlock@"
        "northgate-logistics.example>\nwrote:\n> Hi Sam, great to meet you today. We will have"
        " a decision for\n> everyone by the end of next week.\n"
    )
    assert read(text, WED, "America/Chicago", "US") == "2026-02-27"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- karla: 3 business days for the answer\n- start around feb 19 if yes", "2026-03-16"),
        ("- sir mark: results after holy week, via email\n- salary 45-50k", "2026-04-10"),
        (
            "- hr ms dela cruz: results within 24-48 hrs via text\n- training starts apr 6",
            "2026-03-13",
        ),
    ],
)
def test_who_said_it_in_notes_typed_in_lowercase(text, expected):
    assert read(text, WED, "Asia/Manila", "PH") == expected


def test_a_heads_up_is_nobody_speaking():
    text = (
        "Quick heads-up: our hiring manager is off until May 12 (long weekend + vacation). I'll"
        " chase her as soon as she's back."
    )
    assert read(text, WED, "Europe/Warsaw", "PL") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No-break spaces, as a page copied from a web mail client holds them.
        (
            "- Sir\u00a0Mark:\u00a0results after Holy Week,\u00a0via email\n- salary 45-50k",
            "2026-04-10",
        ),
        # Two spaces where one was meant.
        ("recruiter said client gives fb w/in 2 bus.  days", "2026-03-13"),
        # (20 March is a public holiday in the Philippines.)
        ("They will notify all candidates within ten  (10) business days.", "2026-03-26"),
        # Notes quoted in a reply: "> - Karla: ..." is still Karla speaking.
        (
            "> - Karla (HR): 3 business days for the answer\n> - psychometric tests if yes",
            "2026-03-16",
        ),
    ],
)
def test_spaces_and_quote_marks_do_not_change_the_reading(text, expected):
    assert read(text, WED, "Asia/Manila", "PH") == expected


_NOTES = (
    "Final interview - Mon 9 Mar 2026 - Pacific Contact Hub\n- 10AM, panel: Ms. Reyes (Ops"
    " Director), Sir Mark (HR), 1 hr\n- asked about running the 200-seat site move during rainy"
    " season\n- salary range 40-45k, night diff, HMO\n- Sir Mark: results after Holy Week, via"
    " email\n- start date if hired April 20"
)


@pytest.mark.parametrize(
    "notes",
    [
        _NOTES,
        _NOTES.replace(" ", "\u00a0"),  # copied from a web page
        "\n".join("> " + line for line in _NOTES.split("\n")),  # quoted in a reply
    ],
)
def test_who_said_it_survives_pasting(notes):
    # Sir Mark's line is what keeps the model from vetoing a note full of other dates.
    assert read(notes, dt.datetime(2026, 3, 9, 18), "Asia/Manila", "PH") == "2026-04-10"


def test_a_promise_quoted_in_a_reply_is_still_a_promise():
    text = (
        "> Hey Priscilla! Loved chatting Friday. We're moving fast: aiming to make a call\n"
        "> after the long weekend. Either way you'll hear from me."
    )
    assert read(text, dt.datetime(2026, 9, 1, 10), "America/New_York", "US") == "2026-09-11"
