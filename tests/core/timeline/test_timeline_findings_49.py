"""Stop 49: the veto may drop a promise said in so many words that news told after it
overtook.

A promise said outright was never vetoed; most of the held-out false alarms were such
promises, kept already or overtaken by news. The model may now veto one far below its usual
threshold (chosen out of fold), and only where the message goes on long enough after the
promise to tell news (`model.news_room`, at least `model.NEWS_ROOM`): a signature, a legal
notice or older mail quoted below is no news.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.textmodel import Model
from followup.core.timeline import model, read_timeline

MON = dt.datetime(2026, 10, 5, 11, 0)
LONDON = "Europe/London"
PROMISE = "We'll let you know by Friday."
NEWS = (
    " Update from me later on: Friday came and went without a word from them. I chased "
    "twice and heard nothing back at all, so I am moving on now and applying elsewhere."
)
SIGNATURE = (
    "\n\nKind regards,\nJane Smith\nSenior Talent Partner | Acme Holdings Ltd\n"
    "T: +44 20 7946 0000 | M: 07700 900123\n\nThis email and any attachments are confidential "
    "and intended solely for the addressee. If you have received it in error, please notify "
    "the sender and delete it."
)
QUOTED = (
    "\n\nOn Mon, 28 Sep 2026 at 09:12, Jane Smith <jane@example.com> wrote:\n> Thanks for "
    "applying. I am moving your application to the panel, who meet next week and will be in "
    "touch with everyone they would like to see for a second round in due course."
)


OLDER = "There's no date yet for the start."


@pytest.mark.parametrize(
    "below",
    [
        # Quoted with ">" alone, no "On ... wrote:" line.
        "\n\n> Hi Sam, thanks for applying. We are reviewing applications now and will invite"
        " a shortlist to interview in the next few weeks; please bear with us meanwhile.",
        # Windows line endings, as a browser's text box sends them, the "wrote:" line wrapped.
        "\r\n\r\nOn Mon, 28 Sep 2026 at 09:12, Jane Smith <jane.smith@example.com>\r\nwrote:"
        "\r\n> Thanks for applying. We are reviewing applications now and will invite a"
        " shortlist to interview in the next few weeks.",
        # A forwarded message's headers straight after it.
        "\nFrom: Jane Smith <jane.smith@example.com>\nSent: Monday, 28 September 2026 09:12\n"
        "To: Sam\nSubject: Your application\n\nThanks for applying. We are reviewing"
        " applications now and will invite a shortlist to interview in the next few weeks.",
        # A sign-off not in any list, then a name and a title.
        "\n\nSpeak soon,\nJane Smith\nSenior Talent Partner, Acme Holdings Ltd, London office"
        "\nRecruitment for the operations, finance and technology teams across the UK",
    ],
)
def test_older_mail_and_a_signature_below_leave_no_room(below):
    text = PROMISE + " " + OLDER + below
    assert model.news_room(text, len(PROMISE)) == len(" " + OLDER) - 1


def test_a_forwarded_message_straight_after_the_promise_is_no_room():
    promise = "We'll let you know by Friday"  # (no full stop: the headers follow at once)
    forwarded = (
        "\nFrom: Jane Smith <jane.smith@example.com>\nSent: Monday, 28 September 2026 09:12\n"
        "To: Sam\nSubject: Your application\n\nThanks for applying. We are reviewing"
        " applications now and will invite a shortlist to interview in the next few weeks."
    )
    assert model.news_room(promise + forwarded, len(promise)) == 0


def test_the_room_for_news_is_the_message_own_words():
    assert model.news_room(PROMISE + NEWS, len(PROMISE)) == len(NEWS.strip())
    assert model.news_room(PROMISE + " I am moving on." + SIGNATURE, len(PROMISE)) < 20
    assert model.news_room(PROMISE + " I am moving on." + QUOTED, len(PROMISE)) < 20
    notice = SIGNATURE[SIGNATURE.index("\n\nThis email") :]  # a legal notice, no sign-off
    assert model.news_room(PROMISE + " I am moving on." + notice, len(PROMISE)) < 20
    assert model.news_room(PROMISE, len(PROMISE)) == 0


def _a_model_sure_of_no_timeline_when_moving_on(outright_below: float | None):
    """Sure there is no timeline where "moving" comes after the phrase."""
    weights = {"a:moving": (1.0, (-40.0,)), "w:friday": (1.0, (1.0,))}
    thresholds = {"veto_below": 0.5}
    if outright_below is not None:
        thresholds["veto_outright_below"] = outright_below

    def load() -> Model:
        return Model(("timeline",), (5.0,), weights, thresholds, independent=True)

    return load


@pytest.mark.parametrize(
    ("text", "outright_below", "vetoed"),
    [
        # News after it that overtook the promise: vetoed below the outright threshold.
        (PROMISE + NEWS, 0.1, True),
        # A model without an outright threshold never vetoes a promise said outright.
        (PROMISE + NEWS, None, False),
        # Too little text after it to tell news: the promise stands, however sure the model.
        (PROMISE + " I am moving on.", 0.1, False),
        # A signature and a legal notice are no news, however long.
        (PROMISE + " I am moving on." + SIGNATURE, 0.1, False),
        # Nor is older mail quoted below.
        (PROMISE + " I am moving on." + QUOTED, 0.1, False),
    ],
)
def test_a_promise_said_outright_is_vetoed_only_when_news_overtook_it(
    monkeypatch, text, outright_below, vetoed
):
    monkeypatch.setattr(model, "load", _a_model_sure_of_no_timeline_when_moving_on(outright_below))
    assert (read_timeline(text, MON, LONDON, "GB") is None) is vetoed


def test_the_shipped_model_vetoes_promises_said_outright_only_far_below_the_other():
    shipped = model.load()
    assert shipped is not None
    outright = shipped.thresholds["veto_outright_below"]
    assert 0.0 < outright < shipped.thresholds["veto_below"] / 2


@pytest.mark.parametrize(
    "talk",
    [
        # Other talk after a promise is no news of it (the fresh-clone check's text).
        " The office is a ten-minute walk from the station, there is a canteen on the second "
        "floor, and parking is free after six. My commute would be about forty minutes each way, "
        "which is fine. I liked the team and the way they explained the role.",
        # The candidate's own preparation.
        " For next time: keep the intro to a minute, bring the portfolio on a tablet, ask about "
        "the training budget and the on-call rota, and find out who the team lead reports to. "
        "Write the thank-you note tonight.",
    ],
)
def test_the_shipped_model_keeps_a_promise_with_other_talk_after_it(talk):
    text = "Thanks for coming in today. " + PROMISE + talk
    assert model.news_room(text, text.index(PROMISE) + len(PROMISE)) >= model.NEWS_ROOM
    reading = read_timeline(text, MON, LONDON, "GB")
    assert reading is not None and reading.deadline == dt.date(2026, 10, 9)
