"""What the timeline model does not read: legal notices, contact lines, "Sent from my iPhone"."""

from __future__ import annotations

from followup.core.boilerplate import without_boilerplate


def test_notices_contact_lines_and_phone_sign_offs_go():
    text = (
        "We'll come back to you within two weeks.\n\nBest,\nMarta Silva\nPeople Team\n"
        "T: +44 161 496 0732 | M: 07700 900 418\nmarta@harbourline.example.com\n"
        "www.harbourline-freight.co.uk\n\n"
        "This e-mail and any attachments are confidential and intended solely for the\n"
        "addressee. If you have received it in error, please delete it.\n\nSent from my iPhone"
    )
    assert without_boilerplate(text) == (
        "We'll come back to you within two weeks.\n\nBest,\nMarta Silva\nPeople Team\n\n"
    )


def test_the_message_above_a_notice_stays():
    text = (
        "Current stage: feedback pending\nExpected update by: 18-Aug-2026\n"
        "Do not reply to this automated message."
    )
    assert without_boilerplate(text) == (
        "Current stage: feedback pending\nExpected update by: 18-Aug-2026"
    )


def test_words_a_message_uses_are_not_notices():
    text = (
        "- current company notice 1 month\n- please keep the salary confidential\n"
        "- call me on 07700 900 418 if anything changes\n- offer expected by 3/12"
    )
    assert without_boilerplate(text) == text


def test_one_line_is_left_as_it_is():
    assert without_boilerplate("Sent from my iPhone") == "Sent from my iPhone"


def test_a_writers_own_words_about_policies_and_emails_stay():
    """Found by a review: a notice's words inside the writer's sentences deleted the lines
    below them (and the reviewer lost the draft's interest and question)."""
    text = (
        "Thank you for the interview.\nI enjoyed hearing how your privacy policy engine handles "
        "40,000 deletion requests a day.\nI know this email is a little late - I had intended "
        "to write on Friday.\nWe cut our unsubscribe rate by a third last year.\n"
        "Could you tell me when you expect to decide?"
    )
    assert without_boilerplate(text) == text


def test_a_long_line_is_no_contact_line():
    """A contact line is short: a long line is kept whatever it holds, and is never searched
    (a review found the contact patterns quadratic on a 40 KB line: 24 s; the time is printed
    by bench/long_text_bench.py, not asserted here)."""
    long_line = "T: +44 7700 900 418 | " * 20
    text = "Thanks for today.\n" + long_line + "\nBest,\nSam"
    assert without_boilerplate(text) == text
    assert without_boilerplate("Thanks.\nT: +44 7700 900 418 | ") == "Thanks."
