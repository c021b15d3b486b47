"""Focused cases for each finding, the hard ones in particular (PRODUCT.md, "Reviewing a draft")."""

from __future__ import annotations

from datetime import date

import pytest

from followup.core.writing import LABELS, Finding, Review, ReviewContext, review

NURSE = ReviewContext(
    candidate="Maria Santos",
    interviewer="Denise Okafor",
    interviewer_email="denise.okafor@stlukeshealth.org",
    company="St. Luke's Health",
    role="Night Charge Nurse",
    interview_date=date(2026, 11, 18),
    notes="Discussed the night-shift staffing question and the float pool. Unit moves to Epic.",
)
ENGINEER = ReviewContext(
    candidate="Priya Raman",
    interviewer="Thomas Becker",
    company="Initech",
    role="Senior Backend Engineer",
    notes="Rate limiter design. Kafka migration. I cut p99 latency from 800 ms to 120 ms.",
)
WAREHOUSE = ReviewContext(
    interviewer="Richard Delgado",
    company="Northline Logistics",
    role="Shift Lead",
    notes="Richard goes by Rick. Toured the cross-dock; pick-to-light system.",
)
GOOD = (
    "Hi Denise,\n\nThank you again for meeting me on November 18. I keep thinking about the "
    "float pool and the Epic go-live, and how my sepsis huddle at Mercy cut time to antibiotics "
    "by half. I'm still very keen to join 4 West. When do you expect to make a decision?\n\n"
    "Best,\nMaria"
)


def _labels(body: str, context: ReviewContext = NURSE, kind: str = "follow_up") -> dict:
    return review("Following up", body, kind, context).labels


def _wrap(sentence: str, greeting: str = "Hi Denise,") -> str:
    return f"{greeting}\n\n{sentence}\n\nBest,\nMaria"


def test_it_passes_a_complete_follow_up() -> None:
    result = review("Following up", GOOD, "follow_up", NURSE)
    assert isinstance(result, Review)
    assert result.ready
    assert result.verdict == "Ready to send."
    assert [f.label for f in result.findings] == list(LABELS[:4])
    assert all(f.evidence and f.suggestion == "" for f in result.findings)


# thanks


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for your time on Tuesday.",
        "I really appreciated you walking me through the unit.",
        "thx again for the interveiw!",
        "I'm grateful for the tour of 4 West.",
        "Thank you for your consideration.",
        "Cheers for the chat today.",
    ],
)
def test_it_finds_thanks_in_any_words(sentence: str) -> None:
    assert _labels(_wrap(sentence))["thanks"]


@pytest.mark.parametrize(
    "body",
    [
        _wrap("I'm still very keen on the role.") + "\nThanks,",
        "Hi Denise,\n\nI'm still very keen on the role.\n\nThanks,\nMaria",
        _wrap("Thank you in advance for your reply."),
        _wrap("Thanks in advance for passing my resume along."),
        _wrap("Happy Thanksgiving to you and the team!"),
        _wrap("It was lovely to meet you today."),
        _wrap("Thanks to my ACLS training, I can start on nights."),
        _wrap("I'd appreciate any update you can share."),
        # A request in the passive, an acknowledgement.
        _wrap("A short note on the timing would be much appreciated."),
        _wrap("I appreciate that you are juggling a lot this month."),
    ],
)
def test_it_does_not_take_sign_offs_or_pleasantries_for_thanks(body: str) -> None:
    assert not _labels(body)["thanks"]


# distinguishes


def test_a_topic_from_the_notes_distinguishes() -> None:
    assert _labels(_wrap("I enjoyed our talk about the night-shift staffing question."))[
        "distinguishes"
    ]


def test_an_achievement_with_a_number_distinguishes() -> None:
    assert _labels(_wrap("At Shopwise I cut p99 latency from 800 ms to 120 ms."), ENGINEER)[
        "distinguishes"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "I am a hard-working team player and a great fit for your unit.",
        "Thank you for our great conversation; I enjoyed everything we discussed.",
        "Thank you for the interview on November 18 at 10am.",
        "I believe my skills and experience make me a strong candidate.",
    ],
)
def test_generic_traits_and_vague_references_do_not_distinguish(sentence: str) -> None:
    assert not _labels(_wrap(sentence))["distinguishes"]


# restates_interest


@pytest.mark.parametrize(
    "sentence",
    [
        "I left even more excited to join the team.",
        "I'm still very interested in the Night Charge Nurse position.",
        "I really want this job.",
        "St. Luke's is my first choice.",
        "I am very interesting in this position.",  # a common slip in non-native English
    ],
)
def test_it_finds_interest(sentence: str) -> None:
    assert _labels(_wrap(sentence))["restates_interest"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I believe I would be a great fit for the unit.",
        "I really need this job.",
        "I'm interested to hear what you decide.",
        "I look forward to hearing from you.",
        "I'm still weighing a few options, so I'm not sure yet.",
        "I've decided to accept another offer, though I would have loved to join 4 West.",
        "Please withdraw my application; I enjoyed meeting the team and wish you well.",
    ],
)
def test_fit_need_undecided_and_withdrawals_are_not_interest(sentence: str) -> None:
    assert not _labels(_wrap(sentence))["restates_interest"]


# asks_timeframe


@pytest.mark.parametrize(
    "sentence",
    [
        "When do you expect to make a decision?",
        "I'm curious how the search is progressing.",
        "Is there an update on next steps?",
        "I'd love to know where things stand.",
        "could u let me know when ur deciding",
        # Issue 9 lists it among the terse time-frame questions the reviewer used to miss
        # (asking when a next step happens; presuming the outcome is the pushy label's).
        "When is orientation?",
    ],
)
def test_it_finds_direct_and_indirect_timing_questions(sentence: str) -> None:
    assert _labels(_wrap(sentence))["asks_timeframe"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I expect an answer by Monday.",
        "Let me know if you need anything else from me.",
        "I look forward to hearing from you soon.",
    ],
)
def test_demands_and_closings_are_not_timing_questions(sentence: str) -> None:
    assert not _labels(_wrap(sentence))["asks_timeframe"]


# apologetic_or_desperate


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorry to bother you again.",
        "Just checking in again about the role.",
        "I really need this job.",
        "Please, I am begging you to give me a chance.",
    ],
)
def test_it_finds_apology_and_pleading(sentence: str) -> None:
    assert _labels(_wrap(sentence))["apologetic_or_desperate"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was sorry to hear about the flood on the unit.",
        "I wanted to check in on the Night Charge Nurse position.",
    ],
)
def test_sympathy_and_a_first_check_in_are_not_apologetic(sentence: str) -> None:
    assert not _labels(_wrap(sentence))["apologetic_or_desperate"]


# pushy


@pytest.mark.parametrize(
    "sentence",
    [
        "I expect an answer by Monday or I will take the other job.",
        "I would kindly ask for your final decision by Friday; otherwise I'll move on.",
        "I'll assume the job is mine and see you Monday.",
        "I've sent a calendar invite for Thursday at 10 to discuss my offer.",
        "It is unprofessional to keep candidates waiting this long.",
    ],
)
def test_it_finds_ultimatums_presumption_and_reproach(sentence: str) -> None:
    assert _labels(_wrap(sentence))["pushy"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Presuming the offer, a deadline "on or before", scheduling, reproach.
        "I'll ring you on Friday at noon so we can go over the offer details.",
        "Kindly revert with the appointment letter at the earliest.",
        "Just checking on the start date, I can begin from the 1st.",
        "Please send your decision on or before Thursday.",
        "I have already booked a session with your ops lead for next week.",
        "It's honestly hurtful to be left hanging after three weeks.",
    ],
)
def test_it_finds_presumption_deadlines_and_reproach_in_other_words(sentence: str) -> None:
    assert _labels(_wrap(sentence))["pushy"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Apologising for one's own performance or English, or for asking.
        "Please excuse my English, I am still learning.",
        "I'm sorry I froze on the staffing question.",
        "Sorry to insist, but I wanted to write once more.",
        "I'm still kicking myself about the case study.",
        "I know I'm not the most experienced candidate you saw.",
    ],
)
def test_it_finds_apologies_for_oneself_in_other_words(sentence: str) -> None:
    assert _labels(_wrap(sentence))["apologetic_or_desperate"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Where things stand, asked terse, indirect or in form-letter English.
        "Kindly update me on the status of my application.",
        "did u pick someone already?? pls lmk",
        "Is mid-December still the target date?",
        "It would help to know whether you are on track to decide this month.",
        "Can someone tell me if I got the job or not?",
    ],
)
def test_it_finds_status_questions_in_other_words(sentence: str) -> None:
    assert _labels(_wrap(sentence))["asks_timeframe"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It would be a real privilege to join the night team.",
        "I want this one.",
        "Really want on your crew.",
        "I'd much rather join St. Luke's than anywhere else.",
    ],
)
def test_it_finds_interest_in_other_words(sentence: str) -> None:
    assert _labels(_wrap(sentence))["restates_interest"]


def test_a_politely_disclosed_competing_offer_is_not_pushy() -> None:
    body = _wrap(
        "I have received another offer and need to respond to them by November 21. St. Luke's "
        "remains my first choice; could you share a sense of your timeline?"
    )
    labels = _labels(body)
    assert not labels["pushy"]
    assert labels["asks_timeframe"] and labels["restates_interest"]


# wrong_name


@pytest.mark.parametrize(
    ("body", "context"),
    [
        (_wrap("Thank you for the interview.", "Hi Donna,"), NURSE),
        (_wrap("Thank you for the interview.", "Dear Ms. Okafur,"), NURSE),
        (_wrap("I'm excited about joining Globex.", "Hi Thomas,"), ENGINEER),
        (_wrap("I'd love to lead a shift at Northwind Logistics.", "Hi Rick,"), WAREHOUSE),
    ],
)
def test_it_finds_wrong_and_misspelled_names(body: str, context: ReviewContext) -> None:
    assert _labels(body, context)["wrong_name"]


def test_a_competitor_in_the_subject_is_a_wrong_name() -> None:
    result = review(
        "Senior Backend Engineer at Initrode", _wrap("Thanks!", "Hi Thomas,"), "thank_you", ENGINEER
    )
    assert result.labels["wrong_name"]


@pytest.mark.parametrize(
    ("body", "context"),
    [
        (_wrap("Thank you for the cross-dock tour.", "Hi Rick,"), WAREHOUSE),  # notes: goes by Rick
        (_wrap("Thank you for the interview.", "Dear Hiring Manager,"), NURSE),
        (_wrap("Please pass my thanks to Angela for the tour.", "Hi Denise,"), NURSE),
        (_wrap("I cut mis-picks 30% at Amazon.", "Hi Richard,"), WAREHOUSE),
    ],
)
def test_nicknames_generic_greetings_and_other_people_are_fine(
    body: str, context: ReviewContext
) -> None:
    assert not _labels(body, context)["wrong_name"]


DEPOT = ReviewContext(
    interviewer="Elizabeth Carter",
    company="Metro Transit Authority",
    role="Bus Operator Trainee",
    notes="She asked about my CDL permit. Liz (Elizabeth Carter) runs the training depot.",
)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # A variant of a name of several words, and a company named as a team.
        ("Following up", _wrap("Has Metro Transit Agency reached a decision?", "Hi Elizabeth,")),
        ("Following up", _wrap("Is Metro Transport Authority hiring soon?", "Hi Elizabeth,")),
        ("Thank you", _wrap("Please thank the rest of the Greyline crew for me.", "Hi Elizabeth,")),
    ],
)
def test_it_finds_a_variant_of_the_company_and_a_company_named_as_a_team(
    subject: str, body: str
) -> None:
    assert review(subject, body, "follow_up", DEPOT).labels["wrong_name"]


def test_a_spelling_variant_from_the_nickname_list_is_still_a_misspelling() -> None:
    # The `nicknames` list gives "Jon" for John; PRODUCT.md calls a misspelt name wrong.
    context = ReviewContext(interviewer="John Fairweather", company="Kettle Yard Brewing")
    assert _labels(_wrap("Thanks for the tour.", "Hi Jon,"), context)["wrong_name"]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # The usual short forms of a first name (from the `nicknames` package's list), a
        # short form the notes give before the full name, "Sir/Madam", a plain subject word,
        # a department's team, the company named in full.
        ("Thank you", _wrap("Thank you for the interview.", "Hi Beth,")),
        ("Thank you", _wrap("Thank you for the interview.", "Hi Liz,")),
        ("Follow up", _wrap("Thank you for the interview.", "Dear Sir/Madam,")),
        ("Re: Yesterday", _wrap("Thank you for the interview.", "Hi Elizabeth,")),
        ("Thank you", _wrap("Please thank the rest of the Training team.", "Hi Elizabeth,")),
        ("Thank you", _wrap("I'd love to drive for Metro Transit Authority.", "Hi Liz,")),
    ],
)
def test_usual_short_names_and_plain_words_are_fine(subject: str, body: str) -> None:
    assert not review(subject, body, "follow_up", DEPOT).labels["wrong_name"]


def test_a_short_name_before_the_full_one_in_the_notes_is_fine() -> None:
    context = ReviewContext(
        interviewer="Michael Sullivan",
        company="Allied Distribution",
        notes="Mick (Michael Sullivan, shift supervisor) asked about my forklift licence.",
    )
    assert not _labels(_wrap("Thanks for the interview.", "Hi Mick,"), context)["wrong_name"]


def test_a_nickname_given_in_the_context_is_fine() -> None:
    context = ReviewContext(interviewer="Thomas Becker", company="Initech", nicknames=("Tom",))
    assert not _labels(_wrap("Thanks for the interview.", "Hi Tom,"), context)["wrong_name"]


# too_long


def test_too_long_is_over_200_words() -> None:
    assert not _labels(" ".join(["word"] * 200))["too_long"]
    result = review("", " ".join(["word"] * 201), "thank_you", NURSE)
    assert result.labels["too_long"]
    assert any(f.label == "too_long" and "201" in f.suggestion for f in result.findings)


# findings, suggestions and verdict


def test_missing_elements_get_suggestions_from_the_notes() -> None:
    result = review("Hello", "Hi Denise,\n\nHope you are well.\n\nMaria", "follow_up", NURSE)
    missing = {f.label: f for f in result.findings}
    assert set(missing) == {"thanks", "distinguishes", "restates_interest", "asks_timeframe"}
    assert "night-shift staffing question" in missing["distinguishes"].suggestion
    assert all(f.evidence == "" for f in missing.values())
    assert not result.ready
    assert result.verdict.startswith("Fix first: add one specific point")


def test_a_thank_you_need_not_ask_for_a_time_frame() -> None:
    body = GOOD.replace(" When do you expect to make a decision?", "")
    result = review("Thank you", body, "thank_you", NURSE)
    assert result.ready
    assert "asks_timeframe" not in {f.label for f in result.findings}


def test_the_verdict_names_the_most_important_problem_with_evidence() -> None:
    body = GOOD.replace("Hi Denise,", "Hi Donna,").replace(
        "When do", "Sorry to bother you again, but when do"
    )
    result = review("Following up", body, "follow_up", NURSE)
    assert result.labels["wrong_name"] and result.labels["apologetic_or_desperate"]
    assert result.verdict.startswith("Fix first: a name is wrong")
    problem = next(f for f in result.findings if f.label == "apologetic_or_desperate")
    assert "Sorry to bother you" in problem.evidence and problem.suggestion


def test_findings_are_frozen_values() -> None:
    finding = Finding("thanks", "Thank you", "")
    with pytest.raises(AttributeError):
        finding.label = "pushy"  # type: ignore[misc]


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="kind must be one of"):
        review("", GOOD, "cover_letter", NURSE)


def test_it_copes_with_an_empty_draft_and_no_context() -> None:
    result = review("", "")
    assert not any(result.labels.values())
    assert not result.ready


# ReviewContext.from_dict


def test_context_from_a_batch_object() -> None:
    context = ReviewContext.from_dict(
        {
            "candidate": "Maria",
            "interviewer": "Denise Okafor",
            "interview_date": "2026-11-18",
            "nicknames": ["Dee"],
            "unknown_key": 1,
        }
    )
    assert context.interview_date == date(2026, 11, 18)
    assert context.nicknames == ("Dee",)
    assert context.company == ""


def test_context_tolerates_missing_keys_and_nulls() -> None:
    assert ReviewContext.from_dict({}) == ReviewContext()
    assert ReviewContext.from_dict({"company": None, "interview_date": None}) == ReviewContext()
    assert ReviewContext.from_dict(None) == ReviewContext()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"interviewer": 3}, "context.interviewer must be a string"),
        ({"interview_date": "next Tuesday"}, "context.interview_date must be a date"),
        ({"interview_date": 20261118}, "context.interview_date must be a string"),
        ({"nicknames": [1]}, "context.nicknames must be a list of strings"),
        (["not", "an", "object"], "context must be a JSON object"),
    ],
)
def test_context_rejects_wrong_types_clearly(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ReviewContext.from_dict(value)  # type: ignore[arg-type]


def test_a_drafting_placeholder_is_not_a_specific_point_and_blocks_ready():
    from followup.core.writing import ReviewContext, review

    body = (
        "Dear Lee,\n\nThank you for your time and for the chance to talk about the Staff "
        "Engineer role. [[Add one specific thing you discussed with Lee]]\n\nOur conversation "
        "made me even more eager to work at Acme.\n\nSam"
    )
    context = ReviewContext(interviewer="Lee Park", company="Acme", role="Staff Engineer")
    result = review("Thank you", body, "thank_you", context)
    assert result.labels["distinguishes"] is False
    assert result.ready is False
    assert result.verdict == (
        "Fix first: replace [[Add one specific thing you discussed with Lee]] with your own words."
    )


# From a review of this stop's rules: ordinary sentences they must leave alone.

PACIFIC = ReviewContext(
    interviewer="Priya Shah", company="Pacific Crest Bank", notes="She asked about lending."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm relocating to the Pacific Northwest in spring.",
        "I volunteer with the Pacific Crest Bank Foundation.",
        "I'd love to join the whole Platform team.",
        "Please thank the Payments team for the tour.",
    ],
)
def test_a_region_a_foundation_and_a_department_are_no_wrong_company(sentence: str) -> None:
    body = f"Hi Priya,\n\n{sentence}\n\nSam"
    assert not review("Following up", body, "follow_up", PACIFIC).labels["wrong_name"]


def test_a_full_form_of_a_short_name_is_no_short_form_of_it() -> None:
    context = ReviewContext(interviewer="Sam Lee", company="Acme", notes="She asked about SQL.")
    assert _labels(_wrap("Thanks for the interview.", "Dear Samantha,"), context)["wrong_name"]


def test_with_no_interviewer_a_name_in_brackets_makes_no_nickname() -> None:
    context = ReviewContext(notes="Panel: Mike (Michael Sullivan, shift lead) and Dana Ruiz.")
    assert not _labels(_wrap("Thanks for the interview.", "Dear Dana,"), context)["wrong_name"]


@pytest.mark.parametrize(
    ("label", "sentence"),
    [
        ("pushy", "I've set up a small GitHub repo with the analysis we discussed."),
        ("pushy", "I already booked my flights home for the holidays."),
        ("pushy", "I'm happy to discuss the contract length for this fixed-term role."),
        ("pushy", "At my last job we were left in the dark about deliveries."),
        ("asks_timeframe", "It was helpful to know the migration is on track."),
    ],
)
def test_the_rules_leave_ordinary_sentences_alone(label: str, sentence: str, monkeypatch) -> None:
    from followup.core.writing.review import engine

    monkeypatch.setattr(engine, "rules_only", True)  # the model would hide a rule too broad
    assert not _labels(_wrap(sentence))[label]
