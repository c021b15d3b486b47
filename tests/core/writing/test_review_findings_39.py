"""What stop 39 found with its new corpora (TC: pushy and wrong names in drafts people post
for advice; TD: a general mix), each case in our own words."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review

pytestmark = pytest.mark.usefixtures("rules_alone")  # the rules, not the model, under test


def _labels(company: str, interviewer: str, notes: str, subject: str, body: str) -> dict:
    context = ReviewContext(
        candidate="Sam Okoro",
        interviewer=interviewer,
        company=company,
        role="Supervisor",
        notes=notes,
    )
    return review(subject, body, "follow_up", context).labels


@pytest.mark.parametrize(
    ("company", "notes", "body"),
    [
        # The sister body the notes name after a comma, or as what the group "also runs".
        (
            "Harbour Dental Care",
            "Dr. Ng said the practice shares a floor with its sister practice, Harbour "
            "Orthodontics.",
            "Dear Dr. Ng,\n\nThank you for the interview. I'd be glad to join the team at "
            "Harbour Orthodontics.",
        ),
        (
            "Kestrel Inn Riverside",
            "Tom runs the Riverside site; the group also runs the Kestrel Inn Station.",
            "Dear Tom,\n\nThank you for the interview. I'd love to bring my rota skills to the "
            "front desk at the Kestrel Inn Station.",
        ),
        # Where the interviewer worked before, named as the employer.
        (
            "Brightwater Analytics",
            "Tom joined Brightwater from Oracle last spring. We talked about my dbt work.",
            "Hi Tom,\n\nThank you for the chat. I'd be thrilled to join the team at Oracle.",
        ),
    ],
)
def test_a_body_the_notes_tell_apart_named_as_the_employer(
    company: str, notes: str, body: str
) -> None:
    assert _labels(company, "Tom Ng", notes, "Thank you", body)["wrong_name"]


def test_the_interviewer_addressed_by_another_name_in_the_body() -> None:
    body = (
        "Dear Janet,\n\nThank you for the plant tour. As I mentioned to you, Susan, I hold a "
        "Class II licence."
    )
    assert _labels(
        "Riverton Water", "Janet Kowal", "Janet asked about my licence.", "Thanks", body
    )["wrong_name"]


@pytest.mark.parametrize(
    "body",
    [
        # Their own name, or someone the notes know, turned to.
        "Dear Janet,\n\nThanks for the tour. As I said to you, Janet, I hold a Class II licence.",
        "Dear Janet,\n\nPlease pass my thanks to you, Tony, and the crew.",
        # Greetings a name may follow.
        "Alright Janet,\n\nCheers for seeing me today.",
    ],
)
def test_right_names_in_the_body_and_the_greeting(body: str) -> None:
    notes = "Janet asked about my licence. Tony Reyes, superintendent, showed the plant."
    assert not _labels("Riverton Water", "Janet Kowal", notes, "Thanks", body)["wrong_name"]


def test_a_respected_greeting_is_read_for_its_name() -> None:
    body = "Respected Mr. Sharma Sir,\n\nKindly update me the status of my candidature."
    assert _labels("Trident IT", "Anil Verma", "Technical round with Mr Verma.", "Status", body)[
        "wrong_name"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "hey big mike thanks for today. what time u want me there monday?",
        "Thanks for the time. Frankly it felt like a waste of both our times.",
        "I won't take less than $115k, so let's not waste each other's time.",
        "I'm the obvious choice, so let's skip the reference checks and move to the offer.",
        "Also please post the contract to my home address, my printer is broken.",
        "Please find attached my P45 and bank details for payroll.",
        "I've told my current practice I'm leaving, so I'll start with you in two weeks.",
    ],
)
def test_the_hire_presumed_or_the_reader_reproached_is_pushy(body: str) -> None:
    assert _labels("Kingfisher Leisure", "Judith Barnes", "Swim test passed.", "Hello", body)[
        "pushy"
    ]


@pytest.mark.parametrize(
    "body",
    [
        # The call they suggested themselves.
        "Like you suggested, I'll give you a call Friday morning if I haven't heard anything.",
        # A courtesy, not a reproach.
        "I know you are busy and I don't want to waste your time.",
        # A start asked about if chosen.
        "If selected, I could start in two weeks.",
    ],
)
def test_what_they_asked_for_or_a_courtesy_is_not_pushy(body: str) -> None:
    assert not _labels("Kingfisher Leisure", "Judith Barnes", "Swim test passed.", "Hi", body)[
        "pushy"
    ]


def test_i_ll_start_on_a_day_is_read_as_written() -> None:
    # "i'll" is read as the text has it: the start presumed with "I'll" as with "I will".
    body = "Hi Judith,\n\nThanks for today. I'll start on Monday then."
    assert _labels("Kingfisher Leisure", "Judith Barnes", "Swim test passed.", "Hi", body)["pushy"]
