"""What stop 38 found with its new corpora (SZ: pushy and wrong names; TB: informal and
non-fluent writing), each case in our own words."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review

pytestmark = pytest.mark.usefixtures("rules_alone")  # the rules, not the model, under test


def _wrong_name(company: str, interviewer: str, notes: str, subject: str, body: str) -> bool:
    context = ReviewContext(
        candidate="Sam Okoro",
        interviewer=interviewer,
        company=company,
        role="Crew Lead",
        notes=notes,
    )
    return review(subject, body, "follow_up", context).labels["wrong_name"]


@pytest.mark.parametrize(
    ("interviewer", "notes", "greeting"),
    [
        # The name or initial the notes say they go by, after a title.
        ("Adaeze Okafor", "Mrs Adaeze Okafor, home manager (everyone calls her Mrs O).", "Mrs O"),
        ("Gareth Lewis", "Gareth Lewis, camp director - the kids call him Coach G.", "coach g"),
        ("Oluwaseun Bello", "Engr. Oluwaseun Bello; he said to call him Engr. Seun.", "Engr. Seun"),
    ],
)
def test_a_name_the_notes_say_they_go_by_is_no_wrong_name(
    interviewer: str, notes: str, greeting: str
) -> None:
    assert not _wrong_name(
        "Harbourline Care",
        interviewer,
        notes,
        "Thank you",
        f"Dear {greeting},\n\nThank you for the interview today. I hope to hear from you.",
    )


@pytest.mark.parametrize(
    ("company", "notes", "body"),
    [
        # Another firm the candidate applied to, as the notes tell it.
        (
            "Ridgeway Roofing",
            "Owner interviewed me. I also put in at Skyline Roofing in Leeds.",
            "Nate,\n\nI'm real keen on running a crew for Skyline Roofing.",
        ),
        (
            "Daybreak Coffee",
            "Short interview. I also applied at Bean There.",
            "hey nate! any news on the barista spot at bean there?",
        ),
        # The sister body the notes tell apart, or its name cut short.
        (
            "Mercy Children's Hospital",
            "Part of Mercy Health; the adult hospital, Mercy General, is across the road.",
            "Dear Nate,\n\nI would love to bring that experience to the team at Mercy General.",
        ),
        (
            "Solstice Energy Storage",
            "Its sister company Solstice Solar Iberia builds PV farms.",
            "Dear Nate,\n\nI am very motivated to join Solstice Solar and grow with the team.",
        ),
        # The employer's old name.
        (
            "Solace Health",
            "The hospital was called Apex Health until it rebranded last year.",
            "Dear Mr Holloway,\n\nApex Health remains my first choice; I would like to join.",
        ),
        # The candidate's own employer, named as the team to join.
        (
            "Harlow's Stores",
            "I grew comp sales 11% at my current district with Marlowe's.",
            "Nate,\n\nI'm eager to bring the playbook that grew comp sales 11 percent to the team"
            " at Marlowe's.",
        ),
        # A firm named as the team to join that is not this one.
        (
            "Pinecrest Logistics",
            "Carol asked about hours of service.",
            "Hi Nate,\n\nI'm still very eager to join the Redline Freight team.",
        ),
        (
            "Copperline Coffee",
            "Latte art test.",
            "Hi Nate! I'd love to be part of the Bean & Barrel family!",
        ),
    ],
)
def test_another_firm_named_as_the_one_to_join(company: str, notes: str, body: str) -> None:
    assert _wrong_name(company, "Nate Holloway", notes, "Following up", body)


@pytest.mark.parametrize(
    ("company", "notes", "body"),
    [
        # The firm's own name, a department, a unit's letters, the place they work.
        ("Copperline Coffee", "Latte art test.", "I'd love to be part of the Copperline family!"),
        ("Pinecrest Logistics", "Ops.", "I'm eager to join the Night Shift team."),
        ("St Anne's Hospital", "Met the L&D manager.", "I hope to join the L&D team at St Anne's."),
        # A past employer named where the work was done.
        (
            "Harlow's Stores",
            "I grew comp sales 11% at my current district with Marlowe's.",
            "Nate,\n\nAt Marlowe's I grew comp sales 11 percent; I'd love to do that for you.",
        ),
    ],
)
def test_no_wrong_name_here(company: str, notes: str, body: str) -> None:
    assert not _wrong_name(company, "Nate Holloway", notes, "Following up", body)


def _pushy(body: str) -> bool:
    context = ReviewContext(
        candidate="Sam Okoro", interviewer="Nate Holloway", company="Greystone", role="Clerk"
    )
    return review("Following up", body, "follow_up", context).labels["pushy"]


@pytest.mark.parametrize(
    "body",
    [
        # The writer's own deadline, with its reason, asked politely.
        "Dear Nate,\n\nMy contract in Doha ends on 30th November and I must give notice by 31st"
        " October, so it would help me very much to know when a decision is expected.",
        "Dear Nate,\n\nMy husband's employer has offered us a relocation, and we must respond by"
        " 21st March. Would you be able to say whether a decision is likely before then?",
        "Hi Nate,\n\nMy agency has offered me a new assignment and I need to confirm with them by"
        " October 24th. No pressure either way, I just want to give them a straight answer.",
        # A hope told to others, not the hire presumed.
        "Dear Nate,\n\nGreystone was my first choice, and I have already told my professors I am"
        " hoping to start there.",
    ],
)
def test_not_pushy(body: str) -> None:
    assert not _pushy(body)


@pytest.mark.parametrize(
    "body",
    [
        # "ok?" on the end of a demand does not make it a question.
        "hi nate sorry if this is annoying but i need to know about the job by tmrw at noon ok?",
        # Still pushy: a straight answer demanded, the notice already given for them.
        "Nate,\n\nI want a straight answer by Friday.",
        "Nate,\n\nI have already told my manager I'm leaving, so send the contract.",
    ],
)
def test_still_pushy(body: str) -> None:
    assert _pushy(body)


def _interest(body: str) -> bool:
    context = ReviewContext(
        candidate="Sam Okoro", interviewer="Nate Holloway", company="Ridgeline", role="Clerk"
    )
    return review("Following up", body, "follow_up", context).labels["restates_interest"]


@pytest.mark.parametrize(
    "body",
    [
        "Yo Nate, been wanting to get in at Ridgeline for years.",
        "Hi Nate, sorry to bother you again! Any news on the clerk job? I'd still love it.",
        "Dear Manager Holloway,\n\nI sincerely hope to become a member of Ridgeline.",
        "Hi Nate,\n\nRidgeline is where I'd much prefer to be, so could you tell me your timing?",
        "hola nate, todavía quiero el puesto! cuando me avisan?",
    ],
)
def test_wanting_the_job_in_everyday_words(body: str) -> None:
    assert _interest(body)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Nate, I'd love it if you could send me the address for Monday.",
        "Hi Nate, I've been wanting to get in touch about my references.",
    ],
)
def test_not_wanting_the_job(body: str) -> None:
    assert not _interest(body)


# The stop's second review: each rule kept to its purpose.
@pytest.mark.parametrize(
    ("notes", "body"),
    [
        ("Talked about routing.", "Hi Nate,\n\nI'd love to join the Boston team."),
        ("Talked about routing.", "Hi Nate,\n\nI'd love to join the Platform team."),
        ("Talked about routing.", "Hi Nate,\n\nI'd love to be part of the Toastmasters group."),
        ("Also applied to Google.", "Hi Nate,\n\nThe team at Google taught me to write tests."),
        ("I currently work at Google.", "Hi Nate,\n\nMy role at Google involves routing."),
        ("Also applied to New York Life.", "Hi Nate,\n\nI'm happy to relocate to New York."),
        ("Nate was formerly Head of Ops.", "Hi Nate,\n\nYour time as Head of Ops showed."),
    ],
)
def test_no_wrong_name_after_review(notes: str, body: str) -> None:
    assert not _wrong_name("Ridgeline", "Nate Holloway", notes, "Thank you", body)


@pytest.mark.parametrize(
    ("body", "pushy"),
    [
        ("Hi Nate,\n\nCould you let me know by Friday if that's alright?", False),
        ("Hi Nate,\n\nI need an answer by Friday, or I'll tell my agency to withdraw me.", True),
        (
            "Hi Nate,\n\nI've already told my family, who were hoping for good news, that I"
            " start Monday.",
            True,
        ),
    ],
)
def test_pushy_after_review(body: str, pushy: bool) -> None:
    assert _pushy(body) is pushy


@pytest.mark.parametrize(
    "body",
    [
        "Hi Nate,\n\nYou offered to send me the case-study write-up; I'd love that!",
        "Hi Nate,\n\nI've been wanting to work with Kafka for years, so the migration was fun.",
    ],
)
def test_not_interest_after_review(body: str) -> None:
    assert not _interest(body)
