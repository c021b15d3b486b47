"""Cases found with the blind review corpus RX (stop 31), each in our own words: the company
named nearly right (another first word before its own last one, another kind of firm, its two
names swapped), a surname misspelt in a full-name greeting, a wrong title where the notes give
the interviewer one, and a "yo" greeting's misspelt name."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review
from followup.core.writing.review import engine

GYM = ReviewContext(
    candidate="Kyle Brandt",
    interviewer="Dana O'Connell",
    company="Ridgeline Fitness",
    role="Personal Trainer",
    notes="Ms. Dana O'Connell is the gym manager. Did a practice session with her. I used to "
    "coach at Harbour Fitness.",
)
FIRM = ReviewContext(
    candidate="Rosa Jimenez",
    interviewer="Bernard Lyle",
    company="Lyle & Stone Architects",
    role="Architectural Drafter",
    notes="Bernard reviewed my drawing set for a townhouse project.",
)
UNION = ReviewContext(
    candidate="Gloria Medina",
    interviewer="Harold Baines",
    company="Northstar Credit Union",
    role="Member Services Representative",
    notes="Harold is branch manager.",
)


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch):
    monkeypatch.setattr(engine, "rules_only", True)  # the rules, not the model, under test


def wrong(body: str, context: ReviewContext, subject: str = "Following up") -> bool:
    return review(subject, body, "follow_up", context).labels["wrong_name"]


@pytest.mark.parametrize(
    ("body", "context", "subject"),
    [
        ("Hi Dana,\n\nAny news from Ridgeway Fitness?\n\nKyle", GYM, "Following up"),
        ("Hi Dana,\n\nAny news?\n\nKyle", GYM, "follow up - ridgeford fitness"),
        ("Hi Dana,\n\nAny news?\n\nKyle", GYM, "Personal Trainer, Halden Fitness - next steps"),
        ("Dear Mr. Lyle,\n\nI would be delighted to join Stone & Lyle.\n\nRosa", FIRM, "Thanks"),
        ("Dear Mr. Baines,\n\nI'd be a great fit at Northstar Bank.\n\nGloria", UNION, "Hi"),
        ("Hi Dana O'Connel,\n\nAny news?\n\nKyle", GYM, "Following up"),
        ("Dear Mr. O'Connell,\n\nAny news?\n\nKyle", GYM, "Following up"),
        ("yo dina, any news on the trainer job?", GYM, "news"),
    ],
)
def test_names_nearly_right_are_wrong(body: str, context: ReviewContext, subject: str) -> None:
    assert wrong(body, context, subject)


@pytest.mark.parametrize(
    ("body", "context", "subject"),
    [
        # The company, a past employer the notes name, a department, a nickname-free greeting.
        ("Hi Dana,\n\nAny news from Ridgeline Fitness?\n\nKyle", GYM, "Following up"),
        ("Hi Dana,\n\nI loved coaching at Harbour Fitness.\n\nKyle", GYM, "Following up"),
        ("Hi Dana,\n\nAny news?\n\nKyle", GYM, "Personal Trainer, Ridgeline Fitness"),
        ("Dear Mr. Lyle,\n\nI would be delighted to join Lyle & Stone.\n\nRosa", FIRM, "Thanks"),
        ("Dear Mr. Baines,\n\nI'd be a great fit at Northstar.\n\nGloria", UNION, "Hi"),
        ("Dear Mr. Baines,\n\nThe state bank holiday slowed us.\n\nGloria", UNION, "Hi"),
        ("G'day Dana,\n\nAny news?\n\nKyle", GYM, "Following up"),
        ("Dear Ms. O'Connell,\n\nAny news?\n\nKyle", GYM, "Following up"),
    ],
)
def test_names_right_are_not_wrong(body: str, context: ReviewContext, subject: str) -> None:
    assert not wrong(body, context, subject)


SHOP = ReviewContext(
    candidate="Tyler Moss",
    interviewer="Mike Dunn",
    company="Apex Auto Body",
    role="Body Technician",
    notes="Mike runs the shop. Talked about PDR and the frame machine. Owner is Carol Dunn; "
    "recruiter is Liam Doyle at Keystone Talent. My MVR is clean.",
)


def pushy(body: str, context: ReviewContext = SHOP) -> bool:
    return review("Following up", body, "follow_up", context).labels["pushy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "ill be there monday 7am with my tools",
        "ill just show up sat morning for the early shift",
        "Please send me contract until Friday. I will start at 1 of June.",
        "I already buy my ticket to Denver for the first day of work.",
        "I've booked a flight to Denver for the 20th so I can meet the team before I start.",
        "I have pencilled in June 3 as my start date.",
        "I already blocked Monday for onboarding, just send over the docs.",
        "so am i hired or what lol",
        "I have taken the step of writing to your CEO directly to ask her to look into this.",
        "I've forwarded my materials to your director and asked her to weigh in.",
        "I don't appreciate being strung along.",
        "I need to be running by the 10th or I'm going with another shop. Your call.",
    ],
)
def test_presuming_escalating_and_reproach_are_pushy(sentence: str) -> None:
    assert pushy(f"Hi Mike,\n\n{sentence}\n\nTyler")


@pytest.mark.parametrize(
    "sentence",
    [
        "I can start on 1 June if that suits.",
        "Could you send me the forms for the background check?",
        "I'll be there at 9 for the second interview, as you asked.",
        "I appreciate being considered for the role.",
        "I booked a flight home for Christmas, so I'm free until the 20th.",
    ],
)
def test_look_alikes_are_not_pushy(sentence: str) -> None:
    assert not pushy(f"Hi Mike,\n\n{sentence}\n\nTyler")


def distinguishes(body: str, context: ReviewContext = SHOP) -> bool:
    return review("Following up", body, "follow_up", context).labels["distinguishes"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Chasing through other people and other firms, and a driver's checks.
        "Liam Doyle at Keystone Talent suggested I reach out directly.",
        "Given the silence from Ridgeway Body Works, I have written to Carol Dunn.",
        "Got my medical card renewed and my MVR is clean.",
        "I passed the road test a month ago and nobody has called me.",
    ],
)
def test_people_firms_and_checks_do_not_distinguish(sentence: str) -> None:
    assert not distinguishes(f"Hi Mike,\n\n{sentence}\n\nTyler")


def test_a_point_from_the_interview_still_distinguishes() -> None:
    assert distinguishes("Hi Mike,\n\nI keep thinking about the PDR work on the frame machine.")
