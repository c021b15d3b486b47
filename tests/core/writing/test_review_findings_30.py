"""Cases found with the blind review corpus RT (stop 30), each in our own words: reproach and
going over the interviewer's head, threats of complaints and reviews, presuming the start;
another company's name where the employer's belongs; titles and greetings in other languages;
and the chasing and arranging sentences that name things but distinguish no one."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review

GARAGE = ReviewContext(
    candidate="Dylan Hughes",
    interviewer="Gwen Parry",
    company="Parkside Community Health",
    role="Maintenance Technician",
    notes="Gwen showed me the boiler room. We talked about the legionella logbook I kept at "
    "Brookside Community Health. Also applied to Halden Motors.",
)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the rules, not the model, under test


def labels(body: str, subject: str = "Following up", context: ReviewContext = GARAGE) -> dict:
    return review(subject, body, "follow_up", context).labels


def wrap(sentence: str, greeting: str = "Hi Gwen,") -> str:
    return f"{greeting}\n\n{sentence}\n\nDylan"


@pytest.mark.parametrize(
    "sentence",
    [
        "I dont think thats very professional, to be honest.",
        "Three weeks and nothing. I find this unacceptable.",
        "I'd hoped you would show candidates the same courtesy you expect from them.",
        "You people don't seem to respect anyone's time.",
        "Thanks for nothing so far, I guess.",
        "I'm fed up of waiting for a phone call.",
        "I have copied your director on this email so that she is aware of the delay.",
        "Tom, maybe you can push this along.",
        "If I do not hear by Friday I will raise a formal complaint.",
        "If you not answer me until Friday I write about you on Indeed.",
        "Should I not hear by Friday, I will be seeking legal advice.",
        "I'll hand my notice in on Friday so I can start with you on the 26th.",
        "Let me know which site you want me on first.",
        "Ill be there Monday at 8 to start.",
        "i'm gonna come to the head office next tues at 11 so we can lock it in.",
    ],
)
def test_pushy_in_more_words(sentence: str) -> None:
    assert labels(wrap(sentence))["pushy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I keep a professional portfolio of my boiler work and can bring it in.",
        "I added value in the estates team by cutting call-outs.",
        "I copied the logbook format from the HSE guidance.",
        "Whichever site you need cover on, I'm flexible about travel.",
        "I'd be happy to come in for a second interview whenever suits you.",
    ],
)
def test_ordinary_sentences_are_not_pushy(sentence: str) -> None:
    assert not labels(wrap(sentence))["pushy"]


def test_another_firm_in_the_subjects_employer_slot() -> None:
    body = wrap("Thank you for the tour of the boiler room. I'd love to join your team.")
    # Halden Motors is in the notes (another application), but not the employer.
    assert labels(body, subject="Maintenance Technician role at Halden Motors")["wrong_name"]
    assert not labels(body, subject="Maintenance Technician role at Parkside")["wrong_name"]


def test_a_variant_of_the_company_in_the_subject_though_the_notes_name_it() -> None:
    body = wrap("Thank you for the tour. I'd love to join the team.")
    subject = "Technician interview - Brookside Community Health"
    assert labels(body, subject=subject)["wrong_name"]
    # In the body, where the notes say Brookside is where the writer worked, it is not.
    past = wrap("At Brookside Community Health I kept the legionella logbook for two years.")
    assert not labels(past)["wrong_name"]


def test_doing_it_again_at_another_firm() -> None:
    sentence = "I'd welcome the chance to do something similar at Halden Motors."
    assert labels(wrap(sentence))["wrong_name"]


@pytest.mark.parametrize(
    "greeting",
    ["Dear Frau Parry,", "Shwmae Gwen,", "Hola Gwen,", "hey gwen its dylan."],
)
def test_titles_and_greetings_in_other_languages_are_no_wrong_name(greeting: str) -> None:
    assert not labels(wrap("Thank you for the tour of the boiler room.", greeting))["wrong_name"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Circling back again on the Technician role since I still haven't heard from Parkside.",
        "This is the fourth time I'm asking about the Band 4 post.",
        "Its been 2 weeks since my interview on the 14th.",
        "cc Tom Hale",
        "I've put Steve Marsh on this as nothing is happening.",
        "I have 20,000 followers on TikTok and will be posting a review of how Parkside treats "
        "people.",
        "Could we move the second-round slot from 17 June to 18 June?",
    ],
)
def test_chasing_and_arranging_distinguish_no_one(sentence: str) -> None:
    assert not labels(wrap(sentence))["distinguishes"]


def test_a_specific_point_after_a_follow_up_opener_still_distinguishes() -> None:
    sentence = (
        "Following up on my email of 30 April - I'm the candidate who rebuilt the 480 kW boiler "
        "controls at the Leeds depot."
    )
    assert labels(wrap(sentence))["distinguishes"]


# Found with the blind review corpus RV (interest, apologies and thanks in non-fluent and
# over-formal writing), in our own words.
@pytest.mark.parametrize(
    "sentence",
    [
        "I wish to restate that I would be honoured to serve Parkside in this capacity.",
        "I should be delighted to accept a position on the estates team, were one offered.",
        "My interest in running the boiler plant at Parkside has only grown.",
        "gwen this is the job for me fr",
        "still real keen.",
        "I'd much prefer to join Parkside, so is there any chance of knowing before Friday?",
        "I hope I can serve the Parkside team as your boiler technician.",
    ],
)
def test_interest_in_other_registers(sentence: str) -> None:
    assert labels(wrap(sentence))["restates_interest"]


@pytest.mark.parametrize(
    "body",
    [
        "hey gwen sorry to keep messaging lol, just wanted to check again if u decided?",
        wrap("I hate to pester you, but is there any news?"),
        wrap("I am sorry for taking so much of your valuable time yesterday."),
        wrap("I'm so sorry about the presentation; I know I lost my thread."),
    ],
)
def test_apologies_for_writing_and_for_oneself(body: str) -> None:
    assert labels(body)["apologetic_or_desperate"]


def test_sympathy_is_no_apology_and_distinguishes_no_one() -> None:
    found = labels(wrap("I hope your daughter's surgery went well; I was sorry to hear of it."))
    assert not found["apologetic_or_desperate"]
    assert not found["distinguishes"]


@pytest.mark.parametrize(
    "sentence",
    [
        # The place of the interview in the thank-you line, even one the notes name.
        "Thank you for your time yesterday at Brookside Community Health.",
        # What every candidate was shown.
        "Thanks for showing me round the boiler room.",
        # A question about the role, being undecided, their busy week.
        "Could you tell me whether the role supports the City & Guilds 2391?",
        "I'm still deciding between this and a place at college.",
        "I appreciate you may be busy with the legionella audit.",
    ],
)
def test_what_does_not_distinguish(sentence: str) -> None:
    assert not labels(wrap(sentence))["distinguishes"]


def test_a_topic_talked_about_in_the_thank_you_line_still_distinguishes() -> None:
    sentence = "Thank you for the conversation about the legionella logbook I kept."
    assert labels(wrap(sentence))["distinguishes"]


# A review of this stop's reviewer rules by someone who had not written them: ordinary
# sentences they must leave alone.
@pytest.mark.parametrize(
    "sentence",
    [
        "I saw the role advertised on Indeed and applied the same day.",
        "The hygiene at my last kitchen was unacceptable, so I rebuilt the cleaning rota.",
        "I loved how you treat your apprentices as part of the crew.",
        "I made sure no failed payment event would slip through the cracks.",
        "I'd have expected a migration like yours to take months.",
        "Our regulars were fed up with long waits, so I reorganised the pass.",
        "I made sure every tenant was aware of the delay.",
        "I handled every formal complaint about the heating within 48 hours.",
        "Could you send the reading so I can start on the background material?",
        "I'd treat your residents with the same respect as my own family.",
        "My first answer was not the right way to approach it, on reflection.",
    ],
)
def test_words_of_reproach_about_something_else_are_not_pushy(sentence: str) -> None:
    assert not labels(wrap(sentence))["pushy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I will check again with my referees that they can respond quickly.",
        "Sorry about the test kitchen's oven breaking down on you.",
    ],
)
def test_not_apologetic(sentence: str) -> None:
    assert not labels(wrap(sentence))["apologetic_or_desperate"]


@pytest.mark.parametrize(
    "sentence",
    [
        "At Brookside I was busy with the legionella logbook for 2,000 outlets.",
        "Since my interview I've built a legionella logbook app that cut checks by 30%.",
        "I won the regional apprentice award for the second time, training 40 apprentices.",
        "The site had been 400 days without a reportable incident when I left.",
    ],
)
def test_specific_points_near_process_words_still_distinguish(sentence: str) -> None:
    assert labels(wrap(sentence))["distinguishes"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm honestly still working out whether this is the job for me.",
        "I hope I can make the 9am slot for the practical test.",
        "I'd be happy to serve as a reference for my colleague Rhys.",
    ],
)
def test_not_interest(sentence: str) -> None:
    assert not labels(wrap(sentence))["restates_interest"]


def test_the_company_with_its_place_in_the_subject_is_no_wrong_name() -> None:
    body = wrap("Thank you for the tour of the boiler room. I'd love to join your team.")
    subject = "Maintenance Technician role at Parkside Community Health Leeds"
    assert not labels(body, subject=subject)["wrong_name"]


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        # Another company where the interview took place, in the thank-you line.
        (wrap("Thank you for your time yesterday at Halden Motors & Co."), True),
        (wrap("Thank you for taking the time to interview me at Lakeside Health today."), True),
        # The company itself, or a place ("at the Leeds office", "at Port Harcourt").
        (wrap("Thank you for your time yesterday at Parkside Community Health."), False),
        (wrap("Thank you for the interview at the Leeds office today."), False),
        (wrap("Thank you for meeting me at Kings Cross this morning."), False),
        # A one-line message whose greeting runs on, with a near miss of the name.
        ("hey gwenn any news on the technician job? still really want it", True),
        ("hey gwen any news on the technician job? still really want it", False),
    ],
)
def test_a_wrong_name_where_the_employer_or_the_greeting_stands(body: str, wrong: bool) -> None:
    assert labels(body)["wrong_name"] is wrong
