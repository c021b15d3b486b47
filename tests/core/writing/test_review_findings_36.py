"""What stop 36 found with its new corpora, each case in our own words."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review

pytestmark = pytest.mark.usefixtures("rules_alone")  # the rules, not the model, under test


def _context(company: str) -> ReviewContext:
    return ReviewContext(
        candidate="Kofi Mensah",
        interviewer="Dana Whitlock",
        company=company,
        role="Shift Supervisor",
        notes="Dana Whitlock, GM. Talked about the lunch rush and cashing up.",
    )


def _wrong_name(body: str, company: str, subject: str = "Thank you") -> bool:
    return review(subject, body, "thank_you", _context(company)).labels["wrong_name"]


@pytest.mark.parametrize(
    ("subject", "body", "company"),
    [
        # Heard, not read: the letters differ where the sound does not.
        (
            "thanks",
            "hi dana thanks for today. would love to run shifts at perry grill",
            "Peri Grill",
        ),
        ("thanks", "thx dana!! really want to be a shift sup at brewhouse", "Brewhaus"),
        (
            "Thank you Calder Aviaton",
            "Dear Dana, thank you for the hangar tour.",
            "Calder Aviation",
        ),
        ("Thank you", "Dear Dana, I would be proud to join Marlowe Harbur.", "Marlowe Harbour"),
    ],
)
def test_the_company_spelt_otherwise_is_a_wrong_name(subject: str, body: str, company: str) -> None:
    assert _wrong_name(body, company, subject)


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ("Dear Dana, I would love to join the team at Peri Grill.", "Peri Grill"),
        # The name and a short word beside it are not the name misspelt.
        ("Dear Dana, Holt Marine is my first choice.", "Holt Marine"),
        ("Dear Dana, I'd love to join The Copper Pot as your supervisor.", "The Copper Pot"),
        # A possessive without its apostrophe, a plural.
        ("Dear Dana, I loved seeing Brewhaus kitchen and the Brewhaus team.", "Brewhaus"),
        ("Dear Dana, the data work your team does is impressive.", "Data Works"),
        # A lone word in lower case in a capitalised letter: an ordinary word, not the name.
        ("Dear Dana, I enjoyed the strip of shops you showed me.", "Stripe"),
    ],
)
def test_the_company_itself_and_ordinary_words_are_no_wrong_name(body: str, company: str) -> None:
    assert not _wrong_name(body, company)


HAULIER = ReviewContext(
    candidate="Luis Ferreira",
    interviewer="Hannah Brooks",
    company="Meridian Freight",
    role="Dispatcher",
    notes="Hannah Brooks, ops manager. Night-shift handover. Also final round at Quantix next"
    " week. I also have Luis in process at Ashgrove Bank.",
)


@pytest.mark.parametrize(
    "body",
    [
        # Another application the notes name, by its one word, where the writer sees
        # themselves next; and one the notes put after "in process at".
        "Dear Hannah, I'm really hoping to join Quantix.",
        "Dear Hannah, I would be proud to join the Quantix team.",
        "Dear Hannah, I came away impressed with Ashgrove Bank and keen to start.",
    ],
)
def test_another_application_the_notes_name_is_a_wrong_name(body: str) -> None:
    assert review("Thank you", body, "thank_you", HAULIER).labels["wrong_name"]


def test_another_application_named_as_a_past_is_no_wrong_name() -> None:
    body = "Dear Hannah, thank you. I turned down Quantix last week to focus on Meridian."
    assert not review("Thank you", body, "thank_you", HAULIER).labels["wrong_name"]


def _greets(greeting: str, interviewer: str, notes: str = "", subject: str = "Thanks") -> bool:
    context = ReviewContext(
        candidate="Ana Lima",
        interviewer=interviewer,
        company="Kendall Brooks LLP",
        role="Tax Senior",
        notes=notes,
    )
    body = f"{greeting},\n\nThank you for the interview this morning."
    return review(subject, body, "thank_you", context).labels["wrong_name"]


@pytest.mark.parametrize(
    ("greeting", "interviewer", "notes", "subject"),
    [
        # One letter dropped is a misspelling, not a short form.
        ("Dear Sara", "Sarah Lindqvist", "", "Thanks"),
        # Spelt otherwise for the same sound, in the subject.
        ("Hi Rebecca", "Rebecca Stone", "", "Follow-up - attn Rebekah Stone"),
        # The short form she said she does not go by.
        (
            "Hi Liz",
            "Elizabeth Crane",
            "Marco called her Liz; she said she prefers Elizabeth.",
            "Hi",
        ),
        # The panel's other member's surname, whose particle the interviewer's shares.
        (
            "Dear Ms. du Toit",
            "Annelie du Plessis",
            "Annelie du Plessis and Johan du Toit (HR).",
            "Hi",
        ),
        # The firm's two names the other way round.
        ("Dear Anna", "Anna Moore", "", "Thank you - Tax Senior, Brooks Kendall"),
    ],
)
def test_names_spelt_or_ordered_wrongly(
    greeting: str, interviewer: str, notes: str, subject: str
) -> None:
    assert _greets(greeting, interviewer, notes, subject)


@pytest.mark.parametrize(
    ("greeting", "interviewer", "notes"),
    [
        ("Hi Sam", "Samantha Reid", ""),
        ("Hi Liz", "Elizabeth Crane", ""),
        ("Dear Ms. du Plessis", "Annelie du Plessis", "Annelie du Plessis and Johan du Toit (HR)."),
        ("Hi Ben", "Ben Adler", ""),
    ],
)
def test_short_forms_and_surnames_with_particles_are_no_wrong_name(
    greeting: str, interviewer: str, notes: str
) -> None:
    assert not _greets(greeting, interviewer, notes)


def test_a_firm_named_twice_over_is_no_reversal() -> None:
    context = ReviewContext(
        candidate="Ravi Iyer", interviewer="Raghu Rao", company="Mahindra & Mahindra", role="PM"
    )
    body = "Dear Raghu, I am keen to be associated with Mahindra & Mahindra."
    assert not review("Thanks", body, "thank_you", context).labels["wrong_name"]


def test_another_kind_of_firm_after_the_companys_first_word_is_a_wrong_name() -> None:
    context = ReviewContext(
        candidate="Leo Martins", interviewer="Ivy Chen", company="Parallax Games", role="Designer"
    )
    body = "Hi Ivy, great meeting you. I'd love to work with you at Parallax Studios."
    assert review("Level Designer", body, "thank_you", context).labels["wrong_name"]


SHOP = ReviewContext(
    candidate="Sam Ortiz",
    interviewer="Jordan Blake",
    company="Hollow Pine Coffee",
    role="Shift Lead",
    notes="jordan (owner). latte art, closing at my last cafe. said a week or so.",
)


def _labels_of(body: str, context: ReviewContext = SHOP, kind: str = "follow_up") -> dict:
    return review("shift lead", body, kind, context).labels


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # A texter's greeting runs on into the note: the rest is read as the note.
        ("hey jordan any word on the shift lead thing? still down if so", "asks_timeframe"),
        ("hey jordan any word on the shift lead thing? still down if so", "restates_interest"),
        ("Hi Jordan thank you so much for the trial shift, the latte art tips helped.", "thanks"),
        # Status asked in other words.
        ("Jordan,\n\nWhere are we with this?", "asks_timeframe"),
        ("Dear Jordan,\n\nI wish to find out if a decision has been made.", "asks_timeframe"),
        ("Jordan,\n\nPlease tell me if the position is closed or not.", "asks_timeframe"),
        # Wanting it in other words.
        ("Dear Jordan,\n\nIt would be a dream for me to work at Hollow Pine.", "restates_interest"),
        ("Dear Jordan,\n\nI hope we can become colleagues soon.", "restates_interest"),
        ("yo jordan cant wait to hopefully train ppl on your bar", "restates_interest"),
        ("Jordan - still rather work for you than the others. Sam", "restates_interest"),
        ("Hi Jordan,\n\nGusto ko po talaga maging part ng Hollow Pine.", "restates_interest"),
        ("Hi Jordan,\n\nAaj ke time ke liye bohot shukriya.", "thanks"),
        # Apologetic and desperate.
        (
            "hey jordan srry to bother again lol just wonderin if u picked someone",
            "apologetic_or_desperate",
        ),
        ("Dear Jordan,\n\nPlease, I am begging, help me get this job.", "apologetic_or_desperate"),
        # Pushy: presuming the hire, reproach.
        ("Dear Jordan,\n\nPlease consider this my acceptance in advance.", "pushy"),
        ("Jordan,\n\nI'm surprised I haven't heard anything yet.", "pushy"),
        ("Dear Jordan,\n\nIt is now March and I find this surprising.", "pushy"),
    ],
)
def test_labels_found_in_other_words(body: str, label: str) -> None:
    assert _labels_of(body)[label]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # A name with its particles is all greeting; "I beg to state" is a formula.
        ("Dear Mr van der Merwe,\n\nThank you for the interview.", "wrong_name"),
        (
            "Respected Sir,\n\nI beg to state that I attended the interview.",
            "apologetic_or_desperate",
        ),
        # The initials of the interviewer's name.
        ("yo JB thanks for the tryout today", "wrong_name"),
    ],
)
def test_not_found(body: str, label: str) -> None:
    context = SHOP
    if "Merwe" in body:
        context = ReviewContext(
            candidate="Sam Ortiz", interviewer="Pieter van der Merwe", company="Hollow Pine"
        )
    assert not _labels_of(body, context)[label]


def _reviewed(body: str, context: ReviewContext, subject: str = "Thank you") -> dict:
    return review(subject, body, "follow_up", context).labels


@pytest.mark.parametrize(
    ("body", "notes", "subject"),
    [
        # The candidate's own employer, "(my current job)", named as the firm to help.
        (
            "Dear Siobhan,\n\nI'd be delighted to help Corrib Diagnostics clear its backlog.",
            "Siobhan Keane (RA manager). I remediated 23 files at Corrib Diagnostics (my current"
            " job).",
            "Thank you",
        ),
        # Another application by its first word, in the subject.
        (
            "Dear Siobhan,\n\nThank you for the interview.",
            "Siobhan Keane. Also interviewing at Zephyr Power next week.",
            "Thank you - Zephyr interview",
        ),
        # A recruiter's other client.
        (
            "Hi Siobhan,\n\nShe would be a real asset to the team at Westbrook Homes.",
            "Siobhan Keane met Jamie. (I also placed a candidate with Westbrook Homes this week.)",
            "Jamie Collins",
        ),
        # A title before the given name when the notes name the family name.
        (
            "Dear Mr. Wei,\n\nThank you for meeting me.",
            "Wang Wei (family name Wang, given name Wei), head of procurement.",
            "Thank you",
        ),
    ],
)
def test_wrong_names_the_notes_make_plain(body: str, notes: str, subject: str) -> None:
    interviewer = "Wang Wei" if "Wang" in notes else "Siobhan Keane"
    context = ReviewContext(
        candidate="Ryan Doyle",
        interviewer=interviewer,
        company="Liffey Medical Devices",
        role="Specialist",
        notes=notes,
    )
    assert _reviewed(body, context, subject)["wrong_name"]


@pytest.mark.parametrize(
    ("body", "interviewer", "notes"),
    [
        # A sister company named in its own role.
        (
            "Dear Erik,\n\nIt was good to hear how closely your team works with Halvorsen Energy.",
            "Erik Dahl",
            "Erik Dahl. Their sister company Halvorsen Energy supplies the battery packs.",
        ),
        # Nicknames the notes record ("calls me", a title's initial), a Turkish honorific.
        ("Hi Bex,\n\nThank you.", "Rebecca Thornton", 'Rebecca said "everyone calls me Bex".'),
        ("Dear Dr. B,\n\nThank you.", "Bronwyn Baptiste", "Students and staff call her Dr. B."),
        ("Dear Ayşe Hanım,\n\nThank you.", "Ayşe Demir", "Ayşe Demir, IT Director."),
    ],
)
def test_names_the_notes_allow(body: str, interviewer: str, notes: str) -> None:
    context = ReviewContext(
        candidate="Ryan Doyle",
        interviewer=interviewer,
        company="Halvorsen Marine",
        role="Engineer",
        notes=notes,
    )
    assert not _reviewed(body, context)["wrong_name"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I will be near your office on Thursday, so I will drop by around 14:00.",
        "I've asked your assistant to set up a meeting for me with your VP next week.",
        "I am already reading up so I can start in my first week when I join you in April.",
        "Could you let me know which laptop I'll be getting?",
        "Per my email of the 3rd, I'm still waiting for the update you promised.",
        "Thank you, although I would have appreciated starting on time.",
        "I trust I will hear from you by Friday.",
        "Several firms are keen to snap me up, so I'd hate for you to miss out.",
    ],
)
def test_pushy_in_quieter_words(sentence: str) -> None:
    assert _labels_of(f"Dear Jordan,\n\n{sentence}\n\nSam")["pushy"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Surely the panel has decided by now?", "pushy"),
        ("I'd have appreciated at least a short reply after a final round.", "pushy"),
        ("I guess you went with someone else since nobody has bothered to reply?", "pushy"),
        ("Ahead of the offer, could you send over the benefits guide?", "pushy"),
        ("Kindly let me know what date you would like me to resume.", "pushy"),
        ("Just checking - have you sent the offer yet?", "pushy"),
        ("I hope I'm not bothering you.", "apologetic_or_desperate"),
        (
            "My explanation of the data was not clear, and I am sorry for that.",
            "apologetic_or_desperate",
        ),
        ("Apologies - the portfolio I attached was an old version.", "apologetic_or_desperate"),
    ],
)
def test_found_in_stop_36s_last_corpus(sentence: str, label: str) -> None:
    assert _labels_of(f"Dear Jordan,\n\n{sentence}\n\nSam")[label]


def test_a_day_or_the_role_after_applied_is_no_other_firm() -> None:
    context = ReviewContext(
        candidate="Ana Lima",
        interviewer="Sarah Khan",
        company="Brightline Electric",
        role="Financial Controller",
        notes="Applied Monday; candidate applied for Controller role. Interview went well.",
    )
    body = "Dear Sarah,\n\nI would love to help the Controller team."
    assert not review("Thank you - Monday interview", body, "thank_you", context).labels[
        "wrong_name"
    ]


def test_a_run_on_greeting_keeps_a_name_with_particles() -> None:
    context = ReviewContext(candidate="Sam Ortiz", interviewer="Pieter van der Merwe", company="X")
    body = "Dear Mr van der Merwe thank you for the interview today."
    assert not review("Thanks", body, "thank_you", context).labels["wrong_name"]


def test_rather_be_at_home_is_no_interest() -> None:
    body = (
        "Hi Jo,\n\nI'd honestly rather be at home with my kids on weekends, so early shifts suit."
    )
    assert not _labels_of(body)["restates_interest"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Counting the chase and the wait is no point about the candidate.
        "3rd email now about the shift lead job at Hollow Pine.",
        "It's been two weeks since I submitted the take-home for the Hollow Pine role.",
        "I've applied for over 60 jobs since graduating and Hollow Pine is the one I want.",
        "Following up on the Class 1 job, havent heard anything since my last email.",
    ],
)
def test_counting_the_chase_does_not_distinguish(sentence: str) -> None:
    assert not _labels_of(f"Dear Jordan,\n\n{sentence}\n\nSam")["distinguishes"]
