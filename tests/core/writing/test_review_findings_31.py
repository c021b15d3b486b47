"""Cases found with the blind review corpus RX (stop 31), each in our own words: the company
named nearly right (another first word before its own last one, another kind of firm, its two
names swapped), a surname misspelt in a full-name greeting, a wrong title where the notes give
the interviewer one, and a "yo" greeting's misspelt name."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review

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


pytestmark = pytest.mark.usefixtures("rules_alone")  # the rules, not the model, under test


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
        "I passed the road test a month ago and nobody has called me.",
    ],
)
def test_people_firms_and_checks_do_not_distinguish(sentence: str) -> None:
    assert not distinguishes(f"Hi Mike,\n\n{sentence}\n\nTyler")


def test_a_point_from_the_interview_still_distinguishes() -> None:
    assert distinguishes("Hi Mike,\n\nI keep thinking about the PDR work on the frame machine.")


# Found with the blind review corpus RZ.
@pytest.mark.parametrize(
    "sentence",
    [
        "If I haven't heard by Wednesday I'll take that as a no and move on.",
        "Nobody there has had the decency to even write me back.",
        "Three weeks and not a word. Poor form.",
        "Frankly I expected a little more courtesy after two rounds.",
        "I will keep calling the front desk every day until I hear from you.",
        "I'll bring my tools in Monday morning and get set up.",
        "Please find attached my signed acceptance.",
        "I've put a 45-minute follow-up in both our calendars for Tuesday.",
        "I'll drop by your office Friday afternoon to go over it.",
    ],
)
def test_more_pushy_forms(sentence: str) -> None:
    assert pushy(f"Hi Mike,\n\n{sentence}\n\nTyler")


def test_sorry_for_ones_own_silence_is_not_pushy() -> None:
    assert not pushy("Hi Mike,\n\nSorry for the radio silence on my end last week.\n\nTyler")


def apologetic(body: str, context: ReviewContext = SHOP) -> bool:
    return review("Following up", body, "follow_up", context).labels["apologetic_or_desperate"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please excuse my poor English.",
        "I want to apologise for rambling on the question about the frame machine.",
        "I'm sorry for mixing up the names of your two shops.",
        "I'm really sorry I was late, the bus didn't come.",
        "I am sorry that I took more of your time than planned.",
        "Perdón for bother you again.",
        "I know I'm probably bugging you at this point.",
    ],
)
def test_apologies_for_oneself(sentence: str) -> None:
    assert apologetic(f"Hi Mike,\n\n{sentence}\n\nTyler")


def test_sympathy_is_not_an_apology() -> None:
    assert not apologetic("Hi Mike,\n\nI was sorry to hear about the flood at the shop.\n\nTyler")


AGENCY = ReviewContext(
    candidate="Luis Ortega",
    interviewer="Tom Reyes",
    company="Fastlane Distribution",
    role="Forklift Operator",
    notes="Placed by PeopleFirst Staffing (recruiter Angela Ruiz). Tim from IT showed the "
    "scanner system. I froze on the question about the reach truck.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Angela from PeopleFirst said I should reach out to you directly.",
        "Thank you for meeting with me and for introducing me to Tim.",
        "I apologize for freezing on the question about the reach truck.",
    ],
)
def test_the_agency_other_people_and_ones_performance_do_not_distinguish(sentence: str) -> None:
    body = f"Hi Tom,\n\n{sentence}\n\nLuis"
    assert not review("Following up", body, "follow_up", AGENCY).labels["distinguishes"]


def test_another_venue_in_the_role_at_slot_is_a_wrong_name() -> None:
    body = "Hi Tom,\n\nFollowing up on the forklift role at the Kensington Depot.\n\nLuis"
    assert review("Following up", body, "follow_up", AGENCY).labels["wrong_name"]
    right = "Hi Tom,\n\nFollowing up on the forklift role at Fastlane Distribution.\n\nLuis"
    assert not review("Following up", right, "follow_up", AGENCY).labels["wrong_name"]


# Found by a review of this change: ordinary sentences the new rules must leave alone.
@pytest.mark.parametrize(
    "sentence",
    [
        "It was great to stop by the office and meet the team.",
        "I'm available Tuesday afternoon, or I'm off all day Friday if that's easier.",
        "Per your request, I've emailed my certificates to your manager, Tom.",
        "For Saturday's trial shift I'll bring my knives and whites.",
        "If there's paperwork for the background check, just send me the forms.",
    ],
)
def test_ordinary_sentences_are_not_pushy(sentence: str) -> None:
    assert not pushy(f"Hi Mike,\n\n{sentence}\n\nTyler")


@pytest.mark.parametrize(
    "sentence",
    [
        "No need to apologise for running late at all, I enjoyed chatting with Ben.",
        "I heard about the fire next door, so sorry for everything your team is dealing with.",
        "I hope your back isn't bothering you too much after the move.",
    ],
)
def test_sympathy_and_kindness_are_not_apologies(sentence: str) -> None:
    assert not apologetic(f"Hi Mike,\n\n{sentence}\n\nTyler")


TECH = ReviewContext(
    candidate="Ana Ruiz",
    interviewer="Taylor Reed",
    company="Duke Energy",
    role="Data Engineer",
    notes="Asked about Python and Django. Biggest project is Apollo Migration. Ms. Taylor "
    "from payroll also joined. I run first shift at the Reno warehouse.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed discussing how I used Python and Django to rebuild our booking system.",
        "I think my work fits the Apollo Migration well.",
        "I've run first shift at the Reno warehouse for 3 years, supervising 40 pickers.",
        "I have a clean MVR and my Class A with hazmat and tanker endorsements.",
    ],
)
def test_real_specifics_still_distinguish(sentence: str) -> None:
    body = f"Dear Mr. Reed,\n\n{sentence}\n\nAna"
    assert review("Following up", body, "follow_up", TECH).labels["distinguishes"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I graduated from Duke University last May.",
        "I have five years in sea and land freight forwarding.",
    ],
)
def test_names_of_other_places_are_not_wrong_names(sentence: str) -> None:
    body = f"Dear Mr. Reed,\n\n{sentence}\n\nAna"
    assert not review("Following up", body, "follow_up", TECH).labels["wrong_name"]
