"""Misses found by the blind corpora BR (trades and small shops) and BU (non-native and texting
English), written again in our own words. Each case names the moment it was written."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline, reader

LAGOS = ("Africa/Lagos", "NG")
DUBLIN = ("Europe/Dublin", "IE")
CHICAGO = ("America/Chicago", "US")
WARSAW = ("Europe/Warsaw", "PL")
JOBURG = ("Africa/Johannesburg", "ZA")
SEATTLE = ("America/Los_Angeles", "US")


def _read(text: str, now: dt.datetime, zone: tuple[str, str]) -> str | None:
    reading = read_timeline(text, now, *zone)
    return reading.deadline.isoformat() if reading else None


# Tuesday 2 June 2026, Lagos: Friday 12 June is Democracy Day, a public holiday.
TUE_2_JUNE = dt.datetime(2026, 6, 2, 14, 0)


def test_on_or_before_a_holiday_is_that_day() -> None:
    said = "The panel will revert on or before 12th June. Thanks"
    assert _read(said, TUE_2_JUNE, LAGOS) == "2026-06-12"
    assert _read(said.upper(), TUE_2_JUNE, LAGOS) == "2026-06-12"
    # "Before" alone stays the business day before the holiday.
    assert _read("We will decide before 12th June.", TUE_2_JUNE, LAGOS) == "2026-06-11"


# Wednesday 25 September 2024, Lagos.
WED_25_SEPT = dt.datetime(2024, 9, 25, 19, 40)


@pytest.mark.parametrize(
    "text",
    [
        "interview went well! the HR lady talk say dem go get back to me b4 end of nxt wk",
        "dey go call me b4 end of nxt wk",
    ],
)
def test_texting_and_pidgin(text: str) -> None:
    assert _read(text, WED_25_SEPT, LAGOS) == "2024-10-04"


# Thursday 23 October 2025, Warsaw.
THU_23_OCT = dt.datetime(2025, 10, 23, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You will get our decision in next week, latest on Wednesday.", "2025-10-29"),
        ("We inform you next week, at the latest on Tuesday.", "2025-10-28"),
        ("You hear from us this week, latest on Friday.", "2025-10-24"),
    ],
)
def test_a_week_narrowed_by_its_latest_day(text: str, expected: str) -> None:
    assert _read(text, THU_23_OCT, WARSAW) == expected


# Thursday 31 July 2025, Johannesburg.
THU_31_JULY = dt.datetime(2025, 7, 31, 9, 40)


def test_a_wait_before_the_answer_is_a_promise() -> None:
    letter = (
        "Dear Sipho\n\nWe are still waiting on the site contract, so it will be a month or so "
        "before we can come back to you. Please keep your phone on.\n\nRegards\nNomsa"
    )
    # (The model alone doubts this letter: the wait said before the answer vouches for it.)
    assert _read(letter, THU_31_JULY, JOBURG) == "2025-08-31"


# Thursday 14 January 2027, Seattle: Monday 18 January is Martin Luther King Day.
THU_14_JAN = dt.datetime(2027, 1, 14, 13, 25)


def test_give_us_days_and_you_will_have_an_answer_above_a_quoted_message() -> None:
    reply = (
        "Hi Marcus,\n\nSorry for the slow reply, we finished the interviews yesterday. Give us 5 "
        "business days and you'll have a yes or no from me.\n\nDan\n\n"
        "-----Original Message-----\nFrom: Marcus Lee\nSent: Monday, January 11, 2027 8:02 AM\n"
        "To: Dan Ortiz\nSubject: Re: Driver interview\n\nHi Dan, just checking where things "
        "stand on the driver role.\nMarcus"
    )
    assert _read(reply, THU_14_JAN, SEATTLE) == "2027-01-22"


# Wednesday 12 March 2025, Dublin: Monday 17 March is St Patrick's Day.
WED_12_MARCH = dt.datetime(2025, 3, 12, 13, 5)


def test_opening_hours_after_a_run_of_days_are_no_date() -> None:
    email = (
        "Hi Ciara,\n\nThanks for coming in this morning. We will come back to you within five "
        "working days.\n\nIf you need us, the office number is 01 555 0100 (Mon-Fri 8-4).\n\nPat"
    )
    assert _read(email, WED_12_MARCH, DUBLIN) == "2025-03-20"
    # A date that is that weekday stays a date: "Tuesday to Friday 14/3".
    assert _read("We'll confirm Tuesday to Friday 14/3.", WED_12_MARCH, DUBLIN) == "2025-03-14"


# Tuesday 8 April 2025, Chicago.
TUE_8_APRIL = dt.datetime(2025, 4, 8, 17, 20)


@pytest.mark.parametrize(
    "line",
    [
        "- the Apex guy said call back May 1 about the apprentice spot",
        "- Apex: she said to ring her May 1",
        "- Apex told me to follow up on May 1",
    ],
)
def test_being_told_to_call_back_is_no_promise(line: str) -> None:
    notes = f"plumber interview at Novak Bros\n- Pete said 2 wks, still seeing people\n{line}"
    assert _read(notes, TUE_8_APRIL, CHICAGO) == "2025-04-22"


def test_their_promise_to_call_back_is_still_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # The rules' reading: the model scores this six-word line at its threshold (0.549 against
    # 0.55 in stop 43's retraining), too few words to weigh.
    monkeypatch.setattr(reader, "rules_only", True)
    assert _read("she said they'd call back Friday", TUE_8_APRIL, CHICAGO) == "2025-04-11"


def test_a_quoted_wait_for_the_answer() -> None:
    notes = 'feb 12 - cabinet shop\n-> Ron: "a couple of weeks" for an answer\n-> pay 24/hr'
    now = dt.datetime(2026, 2, 12, 20, 30)
    assert _read(notes, now, ("America/Halifax", "CA")) == "2026-02-26"


# Monday 14 April 2025, Berlin; Tuesday 5 January 2027, Dublin.
MON_14_APRIL = dt.datetime(2025, 4, 14, 9, 5)
TUE_5_JAN = dt.datetime(2027, 1, 5, 9, 20)


@pytest.mark.parametrize(
    ("text", "now", "zone"),
    [
        (
            "Last week I wrote you that we will decide until Easter. Unfortunately the client "
            "postponed the contract, so I can not say now when we decide.",
            MON_14_APRIL,
            ("Europe/Berlin", "DE"),
        ),
        (
            "We will decide by Friday. Unfortunately I can't give you a date yet.",
            MON_14_APRIL,
            ("Europe/Berlin", "DE"),
        ),
        (
            "Before Christmas I said we'd have a decision for you by the 8th. Sadly the new "
            "garage is delayed and I'm putting the hire on hold for now - no date I'm afraid.",
            TUE_5_JAN,
            DUBLIN,
        ),
    ],
)
def test_a_promise_taken_back_in_the_same_message(
    text: str, now: dt.datetime, zone: tuple[str, str]
) -> None:
    assert _read(text, now, zone) is None


def test_no_date_for_something_else_keeps_the_promise() -> None:
    text = "We will decide by Friday. Unfortunately I can't give you a date yet for the start."
    assert _read(text, MON_14_APRIL, ("Europe/Berlin", "DE")) == "2025-04-18"


# Wednesday 7 October 2026, London.
WED_7_OCT = dt.datetime(2026, 10, 7, 19, 0)


def test_a_to_do_item_is_the_candidates_own() -> None:
    notes = (
        "job hunt notes\n- Brent Council: 2nd round booked Tue 20 Oct\n"
        "- Oakfield Trust: decision 'in due course'\n"
        "- ask Helen if they can give me any idea of timing b4 the 16th??"
    )
    assert _read(notes, WED_7_OCT, ("Europe/London", "GB")) is None
    # Someone's answer on a list line is still read.
    notes = "job hunt notes\n- Oakfield Trust: Helen said they'd decide b4 the 16th"
    assert _read(notes, WED_7_OCT, ("Europe/London", "GB")) == "2026-10-16"


# From the blind corpus BS (mail as pasted from mail clients), in our own words.
WED_14_MAY = dt.datetime(2025, 5, 14, 11, 30)
PARIS = ("Europe/Paris", "FR")


@pytest.mark.parametrize(
    "header",
    [
        # Outlook set up in French, German, Japanese: the quoted message is the older one.
        "De : Claire Roux\nEnvoyé : lundi 5 mai 2025 09:12\nÀ : Marc Petit\nObjet : Entretien",
        "Von: Claire Roux\nGesendet: Montag, 5. Mai 2025 09:12\nAn: Marc Petit\nBetreff: Gespräch",
        "差出人: Claire Roux\n送信日時: 2025年5月5日 9:12\n宛先: Marc Petit\n件名: Interview",
    ],
)
def test_an_offer_above_a_quoted_promise_in_another_languages_headers(header: str) -> None:
    thread = (
        "Bonjour Marc,\n\nFollowing our call, I'm delighted to confirm our offer for the role. "
        "Could you return the signed copy by Friday 23 May?\n\nClaire\n\n"
        f"{header}\n\nThank you for meeting us. We will come back to you by the end of next "
        "week at the latest."
    )
    assert _read(thread, WED_14_MAY, PARIS) is None


def test_a_rejection_said_on_this_occasion_first_and_feedback_offered() -> None:
    email = (
        "Dear Sam,\n\nUnfortunately on this occasion you have not been successful. If you would "
        "like more detailed feedback, Jo is happy to call you next week.\n\nKind regards\nNaomi"
    )
    assert _read(email, dt.datetime(2025, 11, 16, 20, 10), ("Europe/London", "GB")) is None


@pytest.mark.parametrize(
    "newest",
    [
        "We won't be progressing your application further on this occasion.",
        "We have decided to fill the Team Lead position internally.",
        "The team would like to move you forward to the final round. Could you do Friday 14 Nov?",
        "pls ignore the Tuesday I gave you, I don't have a new date yet.",
    ],
)
def test_the_newest_message_ends_the_quoted_promise(newest: str) -> None:
    thread = (
        f"Hi Ali,\n\n{newest}\n\nJenna\n\nOn Thu, Oct 30, 2025 at 4:51 PM Jenna Park "
        "<jenna@example.com> wrote:\n> Thanks for today! We'll revert by Tuesday on next steps."
    )
    assert _read(thread, dt.datetime(2025, 11, 5, 15, 0), CHICAGO) is None


def test_moving_on_only_as_a_condition_keeps_the_promise() -> None:
    thread = (
        "Hi Ali,\n\nIf the panel agrees, we'd like to move you forward to the final round.\n\n"
        "Jenna\n\nOn Mon, Nov 3, 2025 at 4:51 PM Jenna Park <jenna@example.com> wrote:\n"
        "> Thanks for today! We'll revert by Friday on next steps."
    )
    assert _read(thread, dt.datetime(2025, 11, 5, 15, 0), CHICAGO) == "2025-11-07"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The answer going out by itself, counted from the interview's date said before.
        (
            "Thank you for attending for interview on Tuesday 11 March 2025.\n\nInterview "
            "outcomes will issue by email within 15 working days of the interview date. Please "
            "do not contact the ward directly.",
            "2025-04-02",
        ),
        # "aims to" as a promise, and as a cue beside another event's date.
        ("The hiring team aims to give feedback within 10 working days.", "2025-03-27"),
        (
            "The board aims to conclude the process by the end of Q1, and a final conversation "
            "is likely around its meeting on 17 March.",
            "2025-03-31",
        ),
        ("She has to run it past her manager, said it'll take a few business days.", "2025-03-18"),
    ],
)
def test_promises_in_a_form_letters_and_a_recruiters_words(text: str, expected: str) -> None:
    assert _read(text, WED_12_MARCH, DUBLIN) == expected


# From the blind corpus BU (non-native and texting English, and words of other languages), in
# our own words.
@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # Indonesian: "the results we will inform you within 5 working days at most"
        (
            "Hasil akan kami informasikan max 5 hari kerja ya.",
            dt.datetime(2025, 10, 15, 16, 5),
            ("Asia/Jakarta", "ID"),
            "2025-10-22",
        ),
        (
            "HRD bilang kabarnya 2 minggu lagi",
            dt.datetime(2027, 4, 10, 20, 0),
            ("Asia/Jakarta", "ID"),
            "2027-04-24",
        ),
        (
            "hrd said result will be announced after idul adha",
            dt.datetime(2025, 6, 2, 19, 0),
            ("Asia/Jakarta", "ID"),
            "2025-06-13",
        ),
        # Urdu, Turkish (its dotless "ı"), Vietnamese, Portuguese, Polish
        (
            "sir ne kaha result 2 hafte mein aa jayega",
            dt.datetime(2027, 1, 16, 20, 0),
            ("Asia/Karachi", "PK"),
            "2027-01-30",
        ),
        (
            "ik dedi 7-10 gün içinde dönüş yaparız.",
            dt.datetime(2025, 1, 15, 18, 0),
            ("Europe/Istanbul", "TR"),
            "2025-01-25",
        ),
        (
            "We will get back to you after the Bayram with our decision.",
            dt.datetime(2025, 3, 27, 15, 10),
            ("Europe/Istanbul", "TR"),
            "2025-04-04",
        ),
        (
            "chị sẽ phản hồi kết quả cho em sau Tết nha",
            dt.datetime(2026, 2, 10, 15, 0),
            ("Asia/Ho_Chi_Minh", "VN"),
            "2026-02-27",
        ),
        (
            "o gestor vai decidir até quarta que vem, ok?",
            dt.datetime(2025, 7, 25, 17, 0),
            ("America/Sao_Paulo", "BR"),
            "2025-07-30",
        ),
        (
            "RETORNO ATÉ O FIM DA SEMANA QUE VEM. OBRIGADA",
            dt.datetime(2024, 11, 13, 15, 0),
            ("America/Recife", "BR"),
            "2024-11-22",
        ),
        (
            "a moça do RH falou q dão retorno depois do carnaval",
            dt.datetime(2026, 2, 11, 19, 22),
            ("America/Sao_Paulo", "BR"),
            "2026-02-20",
        ),
        (
            "pani z HR said decyzja do końca przyszłego tygodnia",
            dt.datetime(2027, 2, 14, 22, 0),
            WARSAW,
            "2027-02-19",
        ),
        # English as some write it
        (
            "We will give you the result by early of December.",
            dt.datetime(2025, 11, 18, 15, 0),
            ("Asia/Shanghai", "CN"),
            "2025-12-10",
        ),
        (
            "We will inform you max 5 business days.",
            dt.datetime(2025, 10, 15, 16, 5),
            ("Asia/Jakarta", "ID"),
            "2025-10-22",
        ),
    ],
)
def test_words_of_other_languages_in_a_promise(
    text: str, now: dt.datetime, zone: tuple[str, str], expected: str
) -> None:
    assert _read(text, now, zone) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Previously we informed you the result will be sent by 15/10, but due to a "
            "restructure the hiring is paused now.",
            None,
        ),
        ("We said we would decide by Friday, but we have decided to suspend hiring.", None),
        # As a condition, or before the promise: the promise stands.
        (
            "We will decide by Friday, but the role may be put on hold if the budget is cut.",
            "2025-10-17",
        ),
        ("The role was on hold, but we will now decide by Friday.", "2025-10-17"),
    ],
)
def test_hiring_paused_after_the_promise(text: str, expected: str | None) -> None:
    assert _read(text, dt.datetime(2025, 10, 14, 10, 0), ("Asia/Ho_Chi_Minh", "VN")) == expected


# Notes and chats where several people and employers mix (tuning corpus BL), in our own words.
SUN_27_OCT = dt.datetime(2024, 10, 27, 11, 0)
BERLIN = ("Europe/Berlin", "DE")


@pytest.mark.parametrize(
    "text",
    [
        "notes:\n - interview on 25th Oct, she said they'd get back soon.\n"
        " - planning to follow up on 8 Nov if nothing.",
        "Me: they said nothing about timing\nMe: i'm giving them until the 8th then I'm emailing",
        "21.10. onsite with Mr Brandt\n25.10. feedback by phone: no, they want more PLC. "
        "Told Jonas Friday afternoon.",
        "Client said 'will revert' after the HM discussion, no date given. Counter-offer "
        "discussion with his manager on Friday.",
        # A French mail program's quote line: the outcome above the older promise.
        "Bonjour M. Roux, the position has been filled internally. Thank you for your time.\n\n"
        "> Le 21/10/2024, Recrutement Vireo a écrit :\n> We'll get back to you by 15 November.",
    ],
)
def test_the_candidates_own_plans_and_what_is_done(text: str) -> None:
    assert _read(text, SUN_27_OCT, BERLIN) is None


def test_what_they_told_me_is_still_their_promise() -> None:
    text = (
        "The client's procurement team must sign off first - they've told me Thursday at the "
        "absolute latest. I'll let you know the minute it's signed."
    )
    assert _read(text, SUN_27_OCT, BERLIN) == "2024-10-31"


@pytest.mark.parametrize(
    "quote",
    [
        "Am 21.10.2024 um 10:12 schrieb Recruiting Vireo:",
        "El lun, 21 oct 2024 a las 10:12, Recrutamiento Vireo escribió:",
        "Op ma 21 okt 2024 om 10:12 schreef Recruiting Vireo:",
    ],
)
def test_quote_lines_in_other_languages(quote: str) -> None:
    text = (
        "Hello, the position has been filled internally. Thank you for your time.\n\n"
        f"{quote}\n> We'll get back to you by 15 November."
    )
    assert _read(text, SUN_27_OCT, BERLIN) is None


# Recruiters relaying clients (tuning corpus BW), in our own words.
@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # Before a closure dated in the next sentence, or in the same one before it.
        (
            "The client hopes to finalise the appointment before the office closes. They are "
            "closed from 19 December to 5 January.",
            dt.datetime(2025, 12, 8, 9, 15),
            JOBURG,
            "2025-12-18",
        ),
        (
            "The hiring manager would like to conclude before the Eid break. Please note our "
            "office is closed 26-29 May for Eid Al Adha. I will share feedback when it comes.",
            dt.datetime(2026, 5, 21, 11, 0),
            ("Asia/Dubai", "AE"),
            "2026-05-25",
        ),
        (
            "The office is closed from 24 December until 4 January and the partners are keen "
            "to make the call on the role before the closure.",
            dt.datetime(2026, 12, 9, 14, 0),
            ("Europe/London", "GB"),
            "2026-12-23",
        ),
        # Counted from the event, not from the day off said beside it.
        (
            "call w/ Jess\n- 2nd round Tue 2/17 (Mon is Presidents Day)\n"
            "- client will decide within 3 business days of the 2nd round",
            dt.datetime(2026, 2, 13, 15, 55),
            CHICAGO,
            "2026-02-20",
        ),
        (
            "Your final loop is Wednesday, November 12. Our office is closed Tuesday 11/11 for "
            "Veterans Day.\n\nThe committee will decide within a week of that last interview.",
            dt.datetime(2025, 11, 5, 14, 10),
            CHICAGO,
            "2025-11-19",
        ),
        # ... and "of this message" from its writing.
        (
            "HR will be closed on Friday, June 19, for Juneteenth. You will be notified of the "
            "decision within five business days of this message.",
            dt.datetime(2026, 6, 18, 11, 5),
            ("America/New_York", "US"),
            "2026-06-26",
        ),
        # An application's closing date is the event counted from, not a day off.
        (
            "Applications closed on 28 February. We aim to notify all candidates of the outcome "
            "within six weeks of the closing date.",
            dt.datetime(2026, 3, 10, 12, 0),
            ("Europe/London", "GB"),
            "2026-04-11",
        ),
    ],
)
def test_closures_and_events_in_a_recruiters_words(
    text: str, now: dt.datetime, zone: tuple[str, str], expected: str
) -> None:
    assert _read(text, now, zone) == expected


def test_a_section_about_other_employers() -> None:
    notes = (
        "BRIGHTLINE - panel debrief\n- recruiter called today: decision by end of next week\n\n"
        "other stuff (NOT Brightline):\n- Corvid offer expires Fri 3/13\n"
        '- Halvorsen HR said "about two weeks" after my onsite on 3/4\n'
    )
    assert _read(notes, dt.datetime(2026, 3, 9, 8, 10), ("America/Los_Angeles", "US")) == (
        "2026-03-20"
    )


# Application trackers pasted from a spreadsheet (tuning corpus BV), in our own words.
MON_10_MARCH = dt.datetime(2025, 3, 10, 8, 5)
LONDON = ("Europe/London", "GB")


def test_a_trackers_own_date_columns_are_no_promise() -> None:
    tracker = (
        "Company\tRole\tApplied\tInterview\tStatus\tNext step\tFollow-up date\n"
        "Arden Housing\tCoordinator\t03/02/2025\t17/02/2025\tRejected 24/02\t-\t-\n"
        "Northgate Council\tPMO Assistant\t07/02/2025\t26/02/2025\tWaiting\t"
        "Tom: decision by Fri 14th\t17/03/2025\n"
        "Kestrel Build\tSite Admin\t05/02/2025\t-\tNo reply\tchase?\t21/03/2025"
    )
    assert _read(tracker, MON_10_MARCH, LONDON) == "2025-03-14"


def test_a_tracker_in_csv_with_quoted_cells() -> None:
    tracker = (
        "Company,Role,Applied,Interviews,Status,Next step,Follow up on\n"
        'Lumen,Designer,2/3/2025,"2/10 screen, 2/18 final",Final done,"Jess: decision by the '
        '14th",3/21/2025\n'
        "Hollis,UX Designer,2/4/2025,-,No response,-,3/24/2025"
    )
    assert _read(tracker, MON_10_MARCH, ("America/Chicago", "US")) == "2025-03-14"


def test_a_table_without_a_trackers_header_is_read_as_text() -> None:
    text = "Name\tRole\tNotes\tCity\nTom\tHR\tTom: decision by Fri 14th\tLeeds"
    assert _read(text, MON_10_MARCH, LONDON) == "2025-03-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sep 17 - Meg said they'd let me know by the 18th. She did, on the 18th.", None),
        (
            "9/18 - phone interview. She said we'll decide by tomorrow. Offer came next morning!",
            None,
        ),
        ('Metro,Site Engineer,2026-09-10,Rejected,"they said ""by end of Sept"", came 28th"', None),
        # The "did" of emphasis keeps the promise.
        (
            "It's the long weekend, so she said to expect word by Friday. She did say you're keen.",
            "2026-10-09",
        ),
    ],
)
def test_a_promise_a_diary_says_was_kept(text: str, expected: str | None) -> None:
    assert _read(text, dt.datetime(2026, 10, 3, 23, 20), ("America/Los_Angeles", "US")) == expected


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "Feedback from Halden: they want to see the final two first, so they're saying two to "
            "three weeks for a decision. Your other process with the charity is still waiting on "
            "their trustees; no date yet.",
            dt.datetime(2027, 2, 15, 10, 0),
            "2027-03-08",
        ),
        (
            "As promised I'm back to you by Wednesday! They'd like you in for a second round.",
            dt.datetime(2025, 11, 12, 10, 30),
            None,
        ),
        (
            "Manager's flying back from the mainland Sunday, said she'll let me know by Tuesday.",
            dt.datetime(2025, 3, 9, 10, 0),
            "2025-03-11",
        ),
        (
            "client reckons a couple of weeks before they lock in a final decision. nothing "
            "moving till monday anyway.",
            dt.datetime(2025, 4, 24, 17, 5),
            "2025-05-08",
        ),
    ],
)
def test_a_recruiters_asides(text: str, now: dt.datetime, expected: str | None) -> None:
    assert _read(text, now, ("Europe/London", "GB")) == expected


# A review of this stop's rules by someone who had not written them: ordinary text they must
# leave alone. Tuesday 10 March 2026, London.
TUE_10_MARCH = dt.datetime(2026, 3, 10, 10, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Something else on hold, paused or taken back.
        (
            "We will get back to you by end of next week, but unfortunately the other role you "
            "applied for has been put on hold.",
            "2026-03-20",
        ),
        (
            "Feedback within 5 working days, however hiring was paused briefly last month due to "
            "the audit so things are a bit slow.",
            "2026-03-17",
        ),
        ("Client will decide by Fri 20 Mar. However the Bristol req is on hold.", "2026-03-20"),
        # Chat speakers named like a mail program's header words in another language.
        ("Me: any idea on timing?\nAn: we'll confirm by Friday 20th", "2026-03-20"),
        (
            "Da: hi! hiring manager says decision by end of next week\nMe: great thanks",
            "2026-03-20",
        ),
        # "came", "did" and "early" in other senses.
        (
            "Sam said they'd let me know by the 20th. I came 2nd in the assessment ranking.",
            "2026-03-20",
        ),
        (
            "Jo said they'd let me know by Friday. I asked if she had other candidates, she did.",
            "2026-03-13",
        ),
        (
            "The recruiter said they'd let me know by Wed 11th. He called a day early to "
            "reschedule the reference call, no decision yet.",
            "2026-03-11",
        ),
        # A list headed "Other notes:" is this employer's.
        (
            "Interview notes - Acme\nOther notes:\n- they'll decide by Fri 20th\n- salary 45k",
            "2026-03-20",
        ),
        # Someone else's plan to follow up, a date told to everyone.
        ("They're planning to follow up with all candidates by the 20th.", "2026-03-20"),
        ("HR told candidates Friday 20 March for final decisions.", "2026-03-20"),
        # A to-do item that reports their word.
        (
            "Acme debrief\n- Ask Priya about parking (she said offer letters go out by the 20th)",
            "2026-03-20",
        ),
        # A tracker's own-date cell that gives someone's words.
        (
            "Company\tRole\tStage\tInterview\tFollow-up\n"
            "Acme\tAnalyst\tfinal\t9 Mar\tTom: they'll decide by Fri 20th",
            "2026-03-20",
        ),
        # A closure for works, or a car park's, is no break the answer waits for.
        (
            "We hope to finalise before the Easter break. Our Manchester office is closed from 1 "
            "June for refurbishment.",
            "2026-04-02",
        ),
        # An event's day, not a day off: counted from it.
        (
            "Phone screen was Tue 3 March. Thursday 19 March is the assessment day; we'll decide "
            "within a week of that.",
            "2026-03-26",
        ),
        # A check's length is not the answer.
        ("She said it'll take 6 weeks for the DBS check once I accept.", None),
        ("HR said it'll take 3 weeks to process the visa if I'm offered.", None),
    ],
)
def test_ordinary_text_the_new_rules_leave_alone(text: str, expected: str | None) -> None:
    assert _read(text, TUE_10_MARCH, ("Europe/London", "GB")) == expected
