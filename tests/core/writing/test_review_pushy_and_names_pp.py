"""Cases found with corpora PP and QQ (stop 24), each in our own words: reproach, ultimatums and
presuming the hire; someone else's deadline and a call agreed before; wrong names in a subject's
title and where the writer sees themselves at another company; names the context allows;
interest, apologies and process points in other registers; and the ordinary sentences a review
of these rules found them catching."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review

BAKERY = ReviewContext(
    candidate="Tomasz Nowak",
    interviewer="Harriet Quinlan",
    company="Crumb & Co Bakery",
    role="Shift Supervisor",
    notes="Harriet showed me the new deck oven. She asked about my two years at Loaf Street.",
)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the rules, not the model, under test


def labels(body: str, subject: str = "Following up", context: ReviewContext = BAKERY) -> dict:
    return review(subject, body, "follow_up", context).labels


def wrap(sentence: str, greeting: str = "Hi Harriet,") -> str:
    return f"{greeting}\n\n{sentence}\n\nThanks,\nTomasz"


@pytest.mark.parametrize(
    "sentence",
    [
        "Two emails and not so much as an acknowledgement. That is a disappointing way to run"
        " a hiring process.",
        "A short reply last week would have been courteous.",
        "Unless I hear from you by Thursday, I will withdraw my application.",
        "Kindly revert with your decision latest by Monday.",
        "Per my last two emails, I am still awaiting a response.",
        "I have arranged childcare from the 1st, so please send me my rota when it is ready.",
        "I'm sure the offer will reflect my experience, so let's settle the package this week.",
        "I look forward to working with you and the team from next month.",
        "I've put a 30-minute slot in your calendar for Tuesday to go through my plan.",
        "I will call your office tomorrow morning at 9 to get your answer.",
    ],
)
def test_pushy_in_other_words(sentence: str) -> None:
    assert labels(wrap(sentence))["pushy"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Someone else's deadline, asked about politely.
        "My landlord needs me to confirm by 30 October whether I'll renew. Would you be able to"
        " tell me whether a decision is likely before then?",
        # A call the interviewer asked for.
        "Just confirming I'll ring you on Friday at 10, as you asked, about the second stage.",
        "I booked my flights home for Christmas before the interview.",
    ],
)
def test_not_pushy(sentence: str) -> None:
    assert not labels(wrap(sentence))["pushy"]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # A title with a surname nobody in the interview has.
        ("Thank you, Ms. Quinn", wrap("Thank you for showing me the deck oven.", "Dear Harriet,")),
        # Where the writer sees themselves: another company, or the one they are leaving.
        ("Following up", wrap("I'd love the chance to run the early shift at Hearth Bakers.")),
        ("Following up", wrap("I would be proud to run the ovens at Loaf Street.")),
        ("Following up", wrap("I'd bring the same care to the early shift at Rye House.")),
        # A greeting of title and surname alone, for a woman.
        ("Following up", wrap("Thank you for the tour.", "Mr. Quinlan,")),
    ],
)
def test_wrong_names(subject: str, body: str) -> None:
    assert labels(body, subject)["wrong_name"]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Thank you - Tomasz Nowak, Shift Supervisor Candidate", wrap("Thanks for the tour.")),
        ("Following up", wrap("I'd love to bring what I learned at Loaf Street to the team.")),
        ("Following up", wrap("I'd like to improve the proofing the way I did at Loaf Street.")),
        ("Following up", wrap("Please thank Mr. Okoro for the coffee.")),
        ("Thank you, Ms. Quinlan", wrap("Thank you for the tour.", "Dear Ms. Quinlan,")),
        ("Following up", wrap("I'd love the chance to work at Crumb & Co.")),
        ("Following up", wrap("I'd love the chance to bake with Harriet again.")),
        # Found by a review: tools, places and people after "with", "for" or "at".
        ("Following up", wrap("I'd love to help with Excel reporting too.")),
        ("Following up", wrap("I'm eager to see the new oven in action at Borough Market.")),
        ("Following up", wrap("I would love to bake for Christmas.")),
        ("Thank you, Everyone", wrap("Thank you for the tour.")),
        ("Pastry Chef interview, London", wrap("Thank you for the tour.")),
        ("Following up", wrap("Thank you for the tour.", "Dear Ma,")),
    ],
)
def test_not_wrong_names(subject: str, body: str) -> None:
    assert not labels(body, subject)["wrong_name"]


@pytest.mark.parametrize(
    "sentence",
    [
        # From corpus QQ, in our own words: turning up to start, blocking their calendar,
        # reproach in other registers.
        "I will present myself at the bakery on the 1st at 6 am to sign the contract.",
        "Please prepare my locker and apron.",
        "I'll be at the shop Monday 5am to collect my uniform and start my shift.",
        "I have blocked your calendar for Thursday to discuss my salary.",
        "I come back tomorrow 7am to fix the proofer and show you.",
        "u said tuesday and its friday. kinda rude tbh.",
        "I had expected the courtesy of a reply from a firm of your standing.",
    ],
)
def test_pushy_in_other_registers(sentence: str) -> None:
    assert labels(wrap(sentence))["pushy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I apologise for any shortcomings in my answers yesterday.",
        "I must apologise that I could not explain the costing properly.",
        "sorry the first loaves were little burnt, your oven is hotter than mine.",
        "Kindly sir, I am requesting you to consider me.",
    ],
)
def test_apologies_for_oneself_in_other_registers(sentence: str) -> None:
    assert labels(wrap(sentence))["apologetic_or_desperate"]


def test_sympathy_is_still_no_apology() -> None:
    assert not labels(wrap("So sorry the storm was so bad at your end last week."))[
        "apologetic_or_desperate"
    ]


@pytest.mark.parametrize(
    ("context", "body"),
    [
        # A company by its initials.
        (
            ReviewContext(interviewer="Meena Rao", company="Larsen & Toubro", notes="Site visit."),
            "Dear Meena,\n\nI am very keen to join L&T on the metro package.\n\nKarthik",
        ),
        # A name the notes say the interviewer goes by, in any of these words.
        (
            ReviewContext(
                interviewer="Zhang Wei", company="Nexora", notes="He introduced himself as David."
            ),
            "Dear David,\n\nThank you for the interview.\n\nLiu",
        ),
        (
            ReviewContext(
                interviewer="Katherine Santos",
                company="Concentrix",
                notes="She told everyone to call her Ma'am Kat.",
            ),
            "hi ma'am kat good pm po. any update po?\n\njhun",
        ),
        # "his" is the resident's, a titled stranger, not the interviewer's.
        (
            ReviewContext(
                interviewer="Carol Jennings",
                company="Sunrise Care",
                notes="Tour with Carol. A resident, Mr. Harold, showed me his garden.",
            ),
            "Hello Ms. Carol,\n\nThank you for the tour.\n\nFatima",
        ),
    ],
)
def test_names_the_context_allows(context: ReviewContext, body: str) -> None:
    assert not labels(body, "Thank you", context)["wrong_name"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I am very looking forward to join your bakery.",
        "I am very happy to join Crumb & Co and the early team.",
        "I want work in your bakery.",
        "I sincerely hope I can have the opportunity to join the team.",
        "It is my earnest desire to serve in your kitchen.",
        "Working at Crumb & Co is a dream I have had since school.",
    ],
)
def test_interest_in_other_registers(sentence: str) -> None:
    assert labels(wrap(sentence))["restates_interest"]


def test_happy_to_join_a_call_is_no_interest() -> None:
    assert not labels(wrap("I'd be happy to join a call whenever suits."))["restates_interest"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Points about the process, whatever names or numbers they carry.
        "I have submitted my NID copy and certificates to HR.",
        "3 week no reply from you.",
        "I have been waiting since before Ramadan and nobody answer me.",
        "I've handed my notice in at Greggs.",
        "Hearth Bakers gave me an offer.",
        "Good day Ma'am Joy.",
    ],
)
def test_process_points_do_not_distinguish(sentence: str) -> None:
    assert not labels(wrap(sentence, "Dear Harriet,"))["distinguishes"]


def test_a_document_sent_as_asked_can_still_distinguish() -> None:
    body = wrap(
        "I've attached my Level 3 food hygiene certificate as you asked, and the rye recipe I"
        " costed at Loaf Street."
    )
    assert labels(body)["distinguishes"]


@pytest.mark.parametrize(
    ("label", "sentence"),
    [
        # Found by a review of this stop's rules: ordinary sentences they first caught.
        ("pushy", "I enjoyed the role-play with the rude customer you set up."),
        ("pushy", "I will pull my portfolio together this weekend."),
        ("pushy", "I can take calls any morning before I start my shift at 2pm."),
        ("pushy", "We talked about how I present myself to guests."),
        ("pushy", "It was disappointing to hear the Leeds site closed."),
        ("pushy", "I never did get to ask about the sourdough starter."),
        ("pushy", "I look forward to working with you on the spring menu."),
        ("pushy", "I'm happy to sign the contract whenever it suits."),
        ("pushy", "I'd be happy to revert with my references by Monday."),
        ("apologetic_or_desperate", "Sorry your train was late on Tuesday."),
        ("apologetic_or_desperate", "Sorry the weather was a bit grim for the tour!"),
        ("apologetic_or_desperate", "I am requesting you to share the feedback form."),
        ("restates_interest", "I look forward to joining the call on Thursday."),
        ("restates_interest", "I am happy to work with whatever date suits your team."),
        ("restates_interest", "I wish to work out a start date that suits."),
    ],
)
def test_ordinary_sentences_stay_ordinary(label: str, sentence: str) -> None:
    assert not labels(wrap(sentence))[label]


@pytest.mark.parametrize(
    "sentence",
    [
        "As requested, here are my references, and I expect an answer by Friday or I will"
        " withdraw my application.",
        "Please send my contract by Friday.",
    ],
)
def test_still_pushy_with_a_reason_in_sight(sentence: str) -> None:
    assert labels(wrap(sentence))["pushy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I loved hearing how your waiting staff rotate between the terrace and the bar.",
        "I'd love to ask how you escalate allergen issues to the head chef.",
    ],
)
def test_process_words_in_a_real_point_still_distinguish(sentence: str) -> None:
    context = ReviewContext(
        interviewer="Harriet Quinlan",
        company="Crumb & Co Bakery",
        notes="Harriet talked about waiting staff rotating terrace and bar, and how they escalate"
        " allergen issues.",
    )
    assert labels(wrap(sentence), context=context)["distinguishes"]


def test_a_titled_stranger_in_bullet_notes_keeps_her_pronouns() -> None:
    context = ReviewContext(
        interviewer="Harriet Ruiz",
        company="Crumb & Co Bakery",
        notes="- she showed me the ovens\n- mentioned Mr. Patel retired\n- she wants a keyholder",
    )
    assert labels(wrap("Thank you for the tour.", "Dear Mr. Ruiz,"), context=context)["wrong_name"]
