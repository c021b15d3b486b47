"""What stop 35 found with the new corpora SH and SI, each case in our own words: a firm the
notes name as another application, a sister brand or the employer's owner, named in the email
as the employer, is a wrong name; the employer named in full or by its own short form is not."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review

pytestmark = pytest.mark.usefixtures("rules_alone")  # the rules, not the model, under test

BAKERY = ReviewContext(
    candidate="Ana Costa",
    interviewer="Will Parry",
    company="Hollins Bakehouse Ltd",
    role="Shift Lead",
    notes="Will Parry, ops. Ovens at 4am, sourdough line. (Also applied to Crumb & Co Bakery.)",
)
CLINIC = ReviewContext(
    candidate="Tom Reyes",
    interviewer="Grace Obi",
    company="Larkspur Physio",
    role="Physiotherapist",
    notes="Grace Obi, clinical lead. Larkspur is the sister practice of Fernbank Physio; both"
    " owned by Meridale Health Group. Also interviewing with Cobalt Sports Clinic.",
)


def _labels(body: str, context: ReviewContext, subject: str = "Following up") -> dict:
    return review(subject, body, "follow_up", context).labels


@pytest.mark.parametrize(
    ("subject", "body", "context"),
    [
        ("Shift Lead - Crumb & Co Bakery", "Thanks for showing me the sourdough line.", BAKERY),
        ("Thank you", "I'd love to run the early shift at Crumb & Co Bakery.", BAKERY),
        ("Thank you", "I would love to join the team at Fernbank Physio.", CLINIC),
        ("Thank you", "I'm keen to be part of Meridale Health Group.", CLINIC),
        ("Physiotherapist - Cobalt Sports Clinic", "Thank you for meeting me.", CLINIC),
    ],
)
def test_a_firm_the_notes_tell_apart_named_as_the_employer_is_a_wrong_name(
    subject: str, body: str, context: ReviewContext
) -> None:
    assert _labels(body, context, subject)["wrong_name"]


@pytest.mark.parametrize(
    ("body", "context"),
    [
        ("I'd love to run the early shift at Hollins Bakehouse.", BAKERY),
        ("I would love to join the team at Larkspur.", CLINIC),
    ],
)
def test_the_employer_itself_is_no_wrong_name(body: str, context: ReviewContext) -> None:
    assert not _labels(body, context)["wrong_name"]


@pytest.mark.parametrize(
    "body",
    [
        # The hire presumed: notice given, the move booked, the first day asked after.
        "I have already told my company that I leave at the end of April.",
        "I bought the flight to Glasgow for the 4th, so just tell me the time.",
        "Please tell me the address where I must go on Monday.",
        # Sarcasm at their word.
        "I thought a week meant a week, but obviously I was being naive.",
    ],
)
def test_a_hire_presumed_or_sarcasm_at_their_word_is_pushy(body: str) -> None:
    assert _labels(body, BAKERY)["pushy"]


def test_a_trip_to_a_second_interview_is_not_pushy() -> None:
    assert not _labels("Thank you for inviting me to the final round.", BAKERY)["pushy"]


COURIER = ReviewContext(
    candidate="Dee Harris",
    interviewer="Alejandro Vega",
    company="Speedy Express Couriers",
    role="Van Driver",
    notes="talked to alex (alejandro vega) the dispatcher. 120 stops. applied also at Fastlane"
    " Parcels.",
)
CARE_HOME = ReviewContext(
    candidate="Grace Mensah",
    interviewer="Ruth Kimura",
    company="Rosewood Lodge Assisted Living",
    role="Activities Assistant",
    notes="Ruth Kimura, activities. Sing-along with residents.",
)


def test_a_nickname_both_lowercase_notes_give_is_no_wrong_name() -> None:
    body = "hi alex, any update on the van job? still want it\n\ndee"
    assert not _labels(body, COURIER)["wrong_name"]


def test_an_application_the_notes_put_after_also_and_another_kind_of_home_are_wrong_names():
    assert _labels("I'd love to drive for Fastlane Parcels.", COURIER)["wrong_name"]
    assert _labels("Thank you for having me at Rosewood Manor.", CARE_HOME)["wrong_name"]
    assert not _labels("Thank you for having me at Rosewood Lodge.", CARE_HOME)["wrong_name"]


SHOP = ReviewContext(
    candidate="Kofi Mensah",
    interviewer="Rosalind Parry",
    company="FreshWay Supermarkets",
    role="Assistant Store Manager",
    notes="Rosalind Parry, area manager. I currently work at Greenmarket as a supervisor.",
)


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        # The candidate's own employer named where they see themselves next ...
        ("I'd be proud to wear the Greenmarket badge with your team.", True),
        ("I am eager to keep growing my career at Greenmarket.", True),
        ("Nobody from Greenmarket has called me back.", True),
        # ... not where the experience was had.
        ("I'd love to bring the rota system I built at Greenmarket to FreshWay.", False),
        ("My seven years at Greenmarket taught me availability.", False),
    ],
)
def test_the_candidates_own_employer_named_as_the_next_one_is_a_wrong_name(
    body: str, wrong: bool
) -> None:
    assert _labels(body, SHOP)["wrong_name"] is wrong


def test_two_letters_swapped_in_the_employers_name_is_a_wrong_name() -> None:
    store = ReviewContext(
        candidate="Tom Wolfe", interviewer="Debbie Hart", company="Lowe's", notes="Garden centre."
    )
    assert _labels("I'd like to work in the garden centre at Loews.", store)["wrong_name"]
    assert not _labels("I'd like to work in the garden centre at Lowes.", store)["wrong_name"]
    clinic = ReviewContext(candidate="Ana Ruiz", interviewer="Grace Obi", company="Marlow Dental")
    assert _labels("I'd love to join Marlwo Dental.", clinic)["wrong_name"]


REFINERY = ReviewContext(
    candidate="Tunde Bello",
    interviewer="Folake Adeyemi",
    company="Delta Refining Ltd",
    role="Instrumentation Engineer",
    notes="Interview with Engr. (Mrs.) Folake Adeyemi, maintenance manager.",
)
DISTRICT = ReviewContext(
    candidate="Marcus Webb",
    interviewer="Diane Foster",
    company="Louisville District",
    notes="Panel chaired by Lt. Col. Diane Foster.",
)


@pytest.mark.parametrize(
    ("body", "context", "wrong"),
    [
        # Ranks and professional titles, one or more, with their full stops and brackets.
        ("Dear Engr. (Mrs.) Adeyemi,\n\nThank you for the interview.", REFINERY, False),
        ("Dear Lt. Col. Foster,\n\nThank you for chairing my panel.", DISTRICT, False),
        ("Good evening Engr. Adeyemi Ma'am,\n\nThank you po.", REFINERY, False),
        # ... and the name after them still checked.
        ("Dear Engr. Adeyemo,\n\nThank you for the interview.", REFINERY, True),
        ("Dear Lt. Col. Fisher,\n\nThank you for chairing my panel.", DISTRICT, True),
    ],
)
def test_a_greeting_with_ranks_and_titles_is_read_past_them(
    body: str, context: ReviewContext, wrong: bool
) -> None:
    assert _labels(body, context)["wrong_name"] is wrong


def _greeted(name: str, notes: str, email: str = "robert.lind@norcross.com") -> bool:
    context = ReviewContext(
        candidate="Gary Pruitt",
        interviewer="Robert Lindqvist",
        interviewer_email=email,
        company="Norcross Steel",
        notes=notes,
    )
    return _labels(f"{name},\n\nThanks for the weld test.", context)["wrong_name"]


def test_the_names_the_notes_give_or_rule_out_decide_the_greeting() -> None:
    # A usual short form is fine when the notes say nothing ...
    assert not _greeted("Bob", "Plant supt. Weld test passed.")
    # ... not when they rule it out, or say what to call him.
    assert _greeted("Bob", "Robert (plant supt) - goes by Rob, NOT Bob.")
    assert not _greeted("Rob", "Robert (plant supt) - goes by Rob, NOT Bob.")
    assert _greeted("Bobby", "Plant supt, said call him Rob.")
    # The short form his own address uses is his.
    assert not _greeted("Rob", "Plant supt.", email="rob@norcross.com")


def test_a_plea_after_the_dash_in_a_subject_is_no_firm() -> None:
    context = ReviewContext(
        candidate="Emeka Eze",
        interviewer="Folake Adeyemi",
        company="Zenith",
        role="Fleet Supervisor",
    )
    subject = "RE: Fleet Supervisor Position - Kindly Remember Me"
    assert not _labels("Good morning Ma, any update?", context, subject)["wrong_name"]


@pytest.mark.parametrize(
    ("body", "label", "found"),
    [
        # Apologising for one's own answer or English, in other words.
        ("I'm so sorry about the Part 2A question. I completely blanked.", "apologetic", True),
        ("I apologise for a rambling answer on capital allocation.", "apologetic", True),
        ("Pasensya na, my English is not so good in writing.", "apologetic", True),
        ("I was sorry to hear about the flood at the depot.", "apologetic", False),
        # The offer presumed; their own date recalled, or another's deadline told, is not.
        ("I am very excited to join and I will be waiting for the offer letter.", "pushy", True),
        (
            "Since the final list was expected by 20th February, I would be grateful if you"
            " could kindly let me know the status.",
            "pushy",
            False,
        ),
        (
            "In fairness to you, I should let you know I've received another offer and have"
            " been asked to respond by 23 May.",
            "pushy",
            False,
        ),
        ("Please let me know your decision by Friday.", "pushy", True),
    ],
)
def test_stop_35_apologies_and_pushiness(body: str, label: str, found: bool) -> None:
    name = "apologetic_or_desperate" if label == "apologetic" else label
    assert _labels(body, BAKERY)[name] is found


@pytest.mark.parametrize(
    ("body", "asks"),
    [
        # Asking when, or where things stand, as formal and non-native writers put it.
        ("Kindly let me know when I may expect feedback.", True),
        ("Kindly advise the selection date.", True),
        ("Did the board reach a view on the 14th?", True),
        ("I just want to ask if you have decided already for the position.", True),
        ("I would like to ask po if the list of hired nurses is already out.", True),
        ("Please, if you can tell me if you choose already somebody.", True),
        ("I'd just really appreciate knowing either way.", True),
        ("I'd be grateful for a sense of when you expect to decide.", True),
        ("I just really want to know if I've got it or not.", True),
        # ... but a demand, or a closing, is not asking.
        ("I expect an answer by Monday.", False),
        ("Let me know if you need anything else.", False),
    ],
)
def test_asking_when_in_other_words(body: str, asks: bool) -> None:
    assert _labels(body, BAKERY)["asks_timeframe"] is asks


@pytest.mark.parametrize(
    ("body", "asks"),
    [
        # Asked impatiently, still asked (PRODUCT.md: the labels are independent).
        ("Three emails now. Do you have an answer for me yet or not?", True),
        ("What's the holdup?", True),
        ("This is not serious company. What is with my application?", True),
        ("kinda rude not to hit me back tbh. whats going on", True),
        ("so is it a yes or no on the crew lead job", True),
        ("Where does my application stand?", True),
        ("Is the visual merchandiser role filled?", True),
        ("Wanted to see if youve made a call yet.", True),
        # ... but a demand for a yes or no is a demand.
        ("just tell me yes or no today, im not chasing again", False),
    ],
)
def test_asking_impatiently_is_still_asking(body: str, asks: bool) -> None:
    assert _labels(body, BAKERY)["asks_timeframe"] is asks


@pytest.mark.parametrize(
    "body",
    [
        "I'll bring my food hygiene certificate with me on my first morning on Monday.",
        "The agency reckon it's a done deal so just confirm what time you want me in for my first"
        " night shift.",
        "Just let me know which chair is mine.",
        "I've pencilled in a call with you for Thursday at 11.",
        "I've asked my PA to liaise with yours to set up introductions.",
    ],
)
def test_the_first_shift_planned_or_a_call_set_up_unasked_is_pushy(body: str) -> None:
    assert _labels(body, BAKERY)["pushy"]


def test_a_panel_greeted_and_the_firm_one_leaves_are_no_wrong_names() -> None:
    assert not _labels("Dear Members of the Panel,\n\nThank you.", BAKERY)["wrong_name"]
    body = "I have already let the team at Calder Partners know I'll be moving on."
    assert not _labels(body, BAKERY)["wrong_name"]


def test_the_short_form_the_address_uses_is_the_interviewers() -> None:
    # (No list of usual short forms has "Dami" for Damilola: only the address says it.)
    def greeted(email: str) -> bool:
        context = ReviewContext(
            candidate="Kelechi Obi",
            interviewer="Damilola Ogunleye",
            interviewer_email=email,
            company="Paystride",
            notes="Eng manager. Idempotent payment retries.",
        )
        return _labels("hi dami,\n\nthanks for the chat today.", context)["wrong_name"]

    assert not greeted("dami@paystride.io")
    assert greeted("d.ogunleye@paystride.io")
