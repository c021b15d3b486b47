"""What stop 37 found with its new corpora, each case in our own words."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review

pytestmark = pytest.mark.usefixtures("rules_alone")  # the rules, not the model, under test

CONTEXT = ReviewContext(
    candidate="Tomasz Nowak",
    interviewer="Grace Adeyemi",
    company="Harbourline Logistics",
    role="Fleet Planner",
    notes="Grace Adeyemi, ops lead. Talked about the Felixstowe night runs.",
)


@pytest.mark.parametrize(
    ("subject", "body", "blank"),
    [
        # A template's blank where the interviewer's or the firm's name belongs: the email, as
        # it would go, names them wrongly.
        (
            "Thank you",
            "Dear [Interviewer Name],\n\nThank you for your time today.",
            "[Interviewer Name]",
        ),
        (
            "Thank you - [Company Name]",
            "Dear Ms Adeyemi,\n\nThank you for meeting me about the planner role.",
            "[Company Name]",
        ),
        (
            "Following up",
            "Hi Grace,\n\nI remain very interested in the planner role at {Company} and wondered"
            " whether there is news on timing.",
            "{Company}",
        ),
        (
            "Thanks",
            "Hello <Hiring Manager's name>, thanks for the chat on Tuesday.",
            "<Hiring Manager's name>",
        ),
    ],
)
def test_a_template_blank_for_a_name_is_a_wrong_name_and_keeps_the_draft_back(
    subject: str, body: str, blank: str
) -> None:
    result = review(subject, body, "thank_you", CONTEXT)
    assert result.labels["wrong_name"]
    assert not result.ready
    assert blank in result.verdict or blank in next(
        f.evidence for f in result.findings if f.label == "wrong_name"
    )


@pytest.mark.parametrize(
    "body",
    [
        # The sender's own blank names neither the interviewer nor the firm.
        "Dear Grace,\n\nThank you for the talk about the Felixstowe night runs.\n\n[Your Name]",
        # A blank for a topic is unfinished, not a wrong name.
        "Dear Grace,\n\nThank you. I enjoyed our talk about [specific topic from interview].",
    ],
)
def test_other_blanks_keep_the_draft_back_without_a_wrong_name(body: str) -> None:
    result = review("Thank you", body, "thank_you", CONTEXT)
    assert not result.labels["wrong_name"]
    assert not result.ready
    assert result.verdict.startswith("Fix first: replace [")


@pytest.mark.parametrize(
    "body",
    [
        # Brackets that are no template's blank: a footnote mark, a file, an aside.
        "Dear Grace,\n\nThank you for the talk about the Felixstowe night runs [1].",
        "Dear Grace,\n\nThank you for the night-runs chat (and the tour) [PDF attached].",
    ],
)
def test_brackets_that_are_no_blank_are_left_alone(body: str) -> None:
    result = review("Thank you", body, "thank_you", CONTEXT)
    assert not result.labels["wrong_name"]
    assert not result.verdict.startswith("Fix first: replace")


def _review(body: str, context: ReviewContext, subject: str = "Thank you", kind: str = "thank_you"):
    return review(subject, body, kind, context)


SALON = ReviewContext(
    candidate="Jade Okoro",
    interviewer="Denise Walker",
    company="Glamour Lane Salon",
    role="Senior Stylist",
    notes="Denise Walker, owner. I also interviewed at Curl Up Studio last week.",
)


@pytest.mark.parametrize(
    ("body", "context", "subject"),
    [
        # A texter's term of endearment greets no one in particular.
        ("hey hun!! loved our chat, really want to join the team xx", SALON, "hey"),
        ("hey love!! thanks for today, would love the job", SALON, "hi"),
        # A compound given name with its accent is one word, not "Jos" and a mark.
        (
            "Estimada María José,\n\nMuchas gracias por la entrevista.",
            ReviewContext(
                candidate="Diego Ruiz",
                interviewer="María José García López",
                company="Vinos del Sur",
            ),
            "Gracias",
        ),
        # The job the candidate would take instead is no wrong name for this one.
        ("denise i need an answer by monday or im taking the job at Supercuts", SALON, "job"),
    ],
)
def test_not_a_wrong_name(body: str, context: ReviewContext, subject: str) -> None:
    assert not _review(body, context, subject).labels["wrong_name"]


@pytest.mark.parametrize(
    ("body", "context", "subject"),
    [
        # The interviewer's name misspelt in a postscript.
        (
            "Dear Ms Walker,\n\nI remain very keen to join your salon.\n\nJade\n\nP.S. Denice,"
            " I hope the trade show went well.",
            SALON,
            "Following up",
        ),
        # A short form the notes rule out: she introduced herself by her full name.
        (
            "Hi Liz,\n\nJust following up on the aide position. Do you know when you'll decide?",
            ReviewContext(
                candidate="Trevor Lane",
                interviewer="Elizabeth Crane",
                company="Crane Home Health",
                notes="Elizabeth Crane, RN supervisor (introduced herself as Elizabeth).",
            ),
            "Following up",
        ),
        # Another application's firm, which the notes say the candidate interviewed at.
        ("Hi Denise, I'm really keen on joining Curl Up and would love an update.", SALON, "Hi"),
        # After the role in a subject: another firm of the same kind.
        (
            "Hi Alicia, thank you for this morning.",
            ReviewContext(candidate="Ben", interviewer="Alicia Moreno", company="Cobalt Health"),
            "Thank you - Product Manager, Verity Health",
        ),
        # ... or a brand's one word, a capital inside it.
        (
            "Hi Eric, thanks for today.",
            ReviewContext(candidate="Diana", interviewer="Eric Lindholm", company="Sunbelt Solar"),
            "Thank you for the interview, SunRun",
        ),
        # The company's first word swapped for one that starts alike.
        (
            "Dear Dr Brooks, I enjoyed hearing how Elmhurst Pediatrics runs same-day visits.",
            ReviewContext(
                candidate="Sofia", interviewer="Nathaniel Brooks", company="Elmwood Pediatrics"
            ),
            "Thank you",
        ),
    ],
)
def test_wrong_name(body: str, context: ReviewContext, subject: str) -> None:
    assert _review(body, context, subject).labels["wrong_name"]


def test_a_role_after_a_comma_in_the_subject_is_not_a_firm() -> None:
    context = ReviewContext(candidate="Ben", interviewer="Alicia Moreno", company="Cobalt Health")
    for subject in (
        "Thank you - Product Manager, London",
        "Thank you, Alicia",
        "Thank you for the interview, CobaltHealth",
    ):
        assert not _review("Hi Alicia, thanks.", context, subject).labels["wrong_name"]


COURIER = ReviewContext(
    candidate="Tre Jones",
    interviewer="Kim Robinson",
    company="FastLane Couriers",
    role="Driver",
    notes="Kim said 3-5 days for the background check.",
)


@pytest.mark.parametrize(
    "body",
    [
        # Asked of a yes, not the yes presumed.
        "hey kim its tre. still want the job. when do i start orientation if so",
        # The reader's wish, not a demand on them.
        "Kim - thanks for today. Free any day this week if you want a second look.",
    ],
)
def test_not_pushy(body: str) -> None:
    assert not _review(body, COURIER, "driver job", "follow_up").labels["pushy"]


@pytest.mark.parametrize(
    "body",
    [
        "Hi Kim, as the week has come and gone, I thought I'd remind you that you promised to"
        " call. When can I expect to hear?",
        "Dear Kim, thank you for meeting me, even if we started late - I hope going forward"
        " scheduling is handled more carefully.",
    ],
)
def test_reproach_is_pushy(body: str) -> None:
    assert _review(body, COURIER, "Driver", "follow_up").labels["pushy"]


@pytest.mark.parametrize(
    ("body", "notes"),
    [
        # What the notes say every candidate had is no point about this one.
        (
            "Hi Megan, I really enjoyed the behind-the-scenes tour. I'm still very eager to join.",
            "All candidates got the behind-the-scenes tour. Megan asked me to plan a touch-tank"
            " lesson; I did one on sea stars.",
        ),
        (
            "Thank you for letting me drive the 8R today. I am hard worker.",
            "Each applicant drives the John Deere 8R in the test field. 9 years on combines.",
        ),
        (
            "Dear Kim, thank you. I have my Class B CDL with P endorsement, ready to go.",
            "Also met Darnell who did the ride-along every applicant gets. Class B CDL with P"
            " endorsement is required for the job.",
        ),
        # People the notes say were met, named again out of courtesy.
        (
            "Kim, following up on the interview. Was good meeting Gus. Still want the job.",
            "Met Kim (HR) and Gus the shop foreman. Ran a test part on the Haas VF-2.",
        ),
        # A demand that names a firm from the notes is no point about the candidate.
        (
            "Kim, I have already resigned from Swiggy based on your word, so please send the"
            " offer letter today.",
            "Kim Rao (HR). Hub ops, my 300 riders at Swiggy Koramangala.",
        ),
    ],
)
def test_does_not_distinguish(body: str, notes: str) -> None:
    context = ReviewContext(
        candidate="Tre Jones", interviewer="Kim Robinson", company="FastLane Couriers", notes=notes
    )
    assert not _review(body, context).labels["distinguishes"]


def test_a_demand_with_a_strong_specific_still_distinguishes() -> None:
    context = ReviewContext(
        candidate="Joe Pratt",
        interviewer="Kim Robinson",
        company="Metro Motors",
        notes="Service advisor role. Asked about CDK; I write up 40 repair orders a day.",
    )
    body = (
        "Kim, I have another offer. If I don't hear back by tomorrow noon I'm taking it and you'll"
        " lose a guy who can handle 40 write-ups a day on CDK."
    )
    assert _review(body, context, "Service advisor", "follow_up").labels["distinguishes"]


@pytest.mark.parametrize(
    ("body", "context"),
    [
        # Another school that shares only the saint's "St".
        (
            "Dear Mrs Carter, I would love to teach at St Oswald's and be part of the trust.",
            ReviewContext(
                candidate="Daniel Price",
                interviewer="Yvonne Carter",
                company="St Aidan's Church of England Primary School",
            ),
        ),
        # The candidate's own employer of six years, named as the one to join.
        (
            "hi Tariq, thanks for today mate. looking forward to being part of the Fenwick Foods"
            " team.",
            ReviewContext(
                candidate="Kyle Ramsden",
                interviewer="Tariq Hussain",
                company="Northgate Cold Chain Ltd",
                notes="met Tariq. told him about my 6 yrs at Fenwick Foods in the freezer.",
            ),
        ),
        # Another bank as the dream employer, writing to this one.
        (
            "Dear Sir, I am very much interested to join the credit team. ICICI Bank has always"
            " been a dream organisation for me.",
            ReviewContext(candidate="Sneha K", interviewer="Vikram Desai", company="HDFC Bank"),
        ),
    ],
)
def test_another_firm_where_one_wants_to_be(body: str, context: ReviewContext) -> None:
    assert _review(body, context).labels["wrong_name"]


def test_the_same_kind_of_firm_named_as_a_past_is_no_wrong_name() -> None:
    context = ReviewContext(candidate="Sneha K", interviewer="Vikram Desai", company="HDFC Bank")
    body = "Dear Sir, I would love to join HDFC Bank. I worked at ICICI Bank for two years."
    assert not _review(body, context).labels["wrong_name"]


@pytest.mark.parametrize(
    "body",
    [
        "Liebe Frau Hoffmann, vielen Dank für das Gespräch heute.",
        "Estimada Lic. Salinas, muchas gracias por la entrevista de hoy.",
        "Chef Julia, grazie mille for the tasting today.",
        "Cześć Tomasz, dziękuję jeszcze raz za rozmowę.",
        "Aloha Leilani, Mahalo for meeting with me today.",
        "Taniguchi-san, senjitsu wa arigatou gozaimashita for the interview.",
        "Oi Camila, obrigado mais uma vez pela entrevista.",
    ],
)
def test_thanks_in_other_languages(body: str) -> None:
    assert _review(body, CONTEXT).labels["thanks"]


@pytest.mark.parametrize(
    "body",
    [
        # Understanding, not gratitude.
        "Hi Grace, I appreciate that this role involves a lot of driving, and that suits me.",
        # A request.
        "Dear Grace, I want to work in your company. I appreciate if you inform me the result.",
        # A closing for a favour asked.
        "Hi Grace, could you send me the address for the trial shift on Saturday? Appreciate it!",
    ],
)
def test_not_thanks(body: str) -> None:
    assert not _review(body, CONTEXT).labels["thanks"]


@pytest.mark.parametrize(
    "body",
    [
        "Dear Grace, please say thank you to Carla and Pam too, they were so welcoming.",
        "Hi Grace, please give my regards to Hamish, the Felixstowe tour was great.",
        "Dear Grace, I read that Harbourline won the Port Logistics Award this month.",
        "Dear Grace, congratulations on Harbourline's new Felixstowe depot.",
    ],
)
def test_courtesy_and_the_firms_news_do_not_distinguish(body: str) -> None:
    assert not _review(body, CONTEXT).labels["distinguishes"]


@pytest.mark.parametrize(
    ("subject", "body", "context"),
    [
        # Regards to everyone at another firm.
        (
            "Great meeting you",
            "Hi Maya, great meeting you today.\n\nPatrick\n\nP.S. Say hi to everyone at"
            " Brightline for me!",
            ReviewContext(candidate="Patrick", interviewer="Maya Goldberg", company="Brightwell"),
        ),
        # A first word that starts as the company's, before another kind of firm.
        (
            "Quality Engineer - follow up",
            "Dear Watanabe-san, I think a similar approach fits Kaneda Corporation's audit plan.",
            ReviewContext(
                candidate="Daniel K", interviewer="Megumi Watanabe", company="Kanemoto Industries"
            ),
        ),
    ],
)
def test_more_wrong_names(subject: str, body: str, context: ReviewContext) -> None:
    assert _review(body, context, subject).labels["wrong_name"]


@pytest.mark.parametrize(
    ("subject", "body", "context"),
    [
        # Who is copied in, in the subject.
        (
            "Sales Engineer - status (cc: CEO)",
            "Melissa, I'm still very interested in joining Orbit. When will a decision be made?",
            ReviewContext(candidate="Trevor", interviewer="Melissa Yu", company="Orbit Telecom"),
        ),
        # A code word in capitals is no misspelt name ("ROWS" is not Ross).
        (
            "BI Analyst",
            "Hi Megan, the answer should have used ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT"
            " ROW.",
            ReviewContext(candidate="Rahul", interviewer="Megan Ross", company="Crescent"),
        ),
        # The company's own initials, its legal form left out.
        (
            "Thank you - Customs Broker interview at IBL",
            "Dear Ewan, thank you for meeting with me today.",
            ReviewContext(
                candidate="Nkechi Obi",
                interviewer="Ewan McDonald",
                company="International Business Logistics Ltd",
                role="Customs Broker",
            ),
        ),
        # Regards to everyone at the company itself.
        (
            "Thanks",
            "Hi Maya, thanks for today. Say hi to everyone at Brightwell for me!",
            ReviewContext(candidate="Patrick", interviewer="Maya Goldberg", company="Brightwell"),
        ),
    ],
)
def test_more_not_wrong_names(subject: str, body: str, context: ReviewContext) -> None:
    assert not _review(body, context, subject).labels["wrong_name"]


# What a review of this stop's rules found them reading too broadly, each kept to its purpose.
SCB = ReviewContext(
    candidate="Ama Boateng", interviewer="Kofi Asare", company="Standard Chartered Bank"
)


@pytest.mark.parametrize(
    ("subject", "body", "context"),
    [
        # An address in angle brackets is no template's blank.
        ("Thanks", "Hi Grace, thanks. Sam Patel <sam.patel@firm-mail.com>", CONTEXT),
        ("Thanks", "Hi Grace, my work: <https://www.example.com/portfolio>", CONTEXT),
        # A depot or a head office is no other firm.
        ("Thanks", "Hi Grace, please say hi to everyone at the Felixstowe depot.", CONTEXT),
        ("Thanks", "Hi Grace, thanks to everyone at Head Office for the tour.", CONTEXT),
        # A past employer that starts alike.
        ("Thanks", "Dear Kofi, before this I spent three years at Stantec Consulting.", SCB),
        # A department after the role in a subject.
        (
            "Follow-up: Data Analyst, Population Health",
            "Hi Alicia, following up on the role.",
            ReviewContext(candidate="Ben", interviewer="Alicia Moreno", company="Cobalt Health"),
        ),
    ],
)
def test_no_wrong_name_here(subject: str, body: str, context: ReviewContext) -> None:
    assert not _review(body, context, subject).labels["wrong_name"]


def test_a_slip_in_the_employers_place_is_still_a_wrong_name() -> None:
    context = ReviewContext(candidate="Ben", interviewer="Alicia Moreno", company="Cobalt Health")
    body = "Hi Alicia, I would be proud to accept the role at Maaco Collision."
    assert _review(body, context).labels["wrong_name"]


def test_a_surname_is_no_thanks() -> None:
    body = "Dear Kofi, I am following up on my interview with Mr Asante last Tuesday."
    assert not _review(body, SCB).labels["thanks"]


def test_a_threat_if_selected_is_still_pushy() -> None:
    body = "Dear Kofi, if selected, I will be posting about this process on Glassdoor."
    assert _review(body, SCB, "Following up", "follow_up").labels["pushy"]


def test_a_point_beside_what_one_noticed_still_distinguishes() -> None:
    context = ReviewContext(
        candidate="Ama", interviewer="Kofi Asare", company="St Mary's", notes="Triage, wait times."
    )
    body = (
        "Dear Kofi, I noticed that your clinic still uses paper triage, and my triage dashboard"
        " at St Luke's cut wait times by 20%."
    )
    assert _review(body, context).labels["distinguishes"]
