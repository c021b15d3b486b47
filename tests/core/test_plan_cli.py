"""`followup plan`, run through the real entry point with exact output and exit codes."""

import io
import json

import pytest

from followup.cli.main import main

DANA = {"name": "Dana Reyes", "tz": "America/Chicago", "country": "US"}
INTERVIEW = {
    "start": "2026-12-01T14:00:00-05:00",
    "end": "2026-12-01T15:00:00-05:00",
    "tz": "America/New_York",
}
SCENARIO = {
    "id": "p1",
    "interview": INTERVIEW,
    "interviewers": [DANA],
    "stated_deadline": "2026-12-11",
}
PLAN = {
    "id": "p1",
    "steps": [
        {
            "kind": "thank_you",
            "interviewer": 0,
            "send_at": "2026-12-01T15:00:00-06:00",
            "overdue_at": "2026-12-02T18:00:00-06:00",
            "reason": "Tue 1 Dec, 15:00 Chicago time: an hour after the interview ended",
        },
        {
            "kind": "follow_up",
            "interviewer": 0,
            "send_at": "2026-12-15T09:30:00-06:00",
            "overdue_at": "2026-12-16T18:00:00-06:00",
            "reason": "Tue 15 Dec, 09:30 Chicago time: 2 business days after the decision date "
            "they gave (Fri 11 Dec)",
        },
        {
            "kind": "nudge",
            "interviewer": 0,
            "send_at": "2026-12-24T09:30:00-06:00",
            "overdue_at": "2026-12-28T18:00:00-06:00",
            "reason": "Thu 24 Dec, 09:30 Chicago time: 7 business days after the official "
            "follow-up on Tue 15 Dec, no reply",
        },
    ],
}


def run_batch(tmp_path, capsys, *lines: str) -> tuple[int, list[dict], str]:
    path = tmp_path / "plans.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["plan", "--batch", str(path)])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def with_changes(**changes) -> str:
    return json.dumps({**SCENARIO, **changes})


def test_it_plans_a_batch_with_exact_output(tmp_path, capsys):
    code, rows, err = run_batch(tmp_path, capsys, json.dumps(SCENARIO))
    assert (code, rows, err) == (0, [PLAN], "")


def test_it_writes_one_compact_line_per_scenario(tmp_path, capsys):
    path = tmp_path / "plans.jsonl"
    path.write_text(json.dumps(SCENARIO) + "\n", encoding="utf-8")
    main(["plan", "--batch", str(path)])
    assert capsys.readouterr().out == json.dumps(PLAN, ensure_ascii=False) + "\n"


def test_it_reads_standard_input(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(SCENARIO) + "\n"))
    assert main(["plan", "--batch", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == PLAN


def test_it_keeps_the_order_and_skips_blank_lines(tmp_path, capsys):
    code, rows, _ = run_batch(
        tmp_path,
        capsys,
        with_changes(id="a"),
        "",
        "   ",
        with_changes(id="b", stated_deadline=None),
        with_changes(id=3),
    )
    assert code == 0
    assert [row["id"] for row in rows] == ["a", "b", 3]
    assert rows[1]["steps"][1]["send_at"] == "2026-12-08T09:30:00-06:00"


def test_one_thank_you_per_interviewer_then_the_follow_up_and_the_nudge(tmp_path, capsys):
    people = [DANA, {"name": "Sam Okafor", "tz": "Europe/London"}, {"name": "Lee Park"}]
    _, [row], _ = run_batch(tmp_path, capsys, with_changes(interviewers=people))
    assert [(step["kind"], step["interviewer"], step["send_at"]) for step in row["steps"]] == [
        ("thank_you", 0, "2026-12-01T15:00:00-06:00"),
        ("thank_you", 1, "2026-12-02T08:00:00+00:00"),
        ("thank_you", 2, "2026-12-01T16:00:00-05:00"),
        ("follow_up", 0, "2026-12-15T09:30:00-06:00"),
        ("nudge", 0, "2026-12-24T09:30:00-06:00"),
    ]


def test_naive_times_are_read_in_the_interview_zone(tmp_path, capsys):
    naive = {"start": "2026-12-01T14:00", "end": "2026-12-01T15:00", "tz": "America/New_York"}
    _, [row], _ = run_batch(tmp_path, capsys, with_changes(interview=naive))
    assert row == PLAN


def test_policy_overrides_and_the_users_country(tmp_path, capsys):
    # UTC has no country, so the user's (GB, given in lower case) decides the business days.
    scenario = with_changes(
        interviewers=[{"name": "Dana Reyes", "tz": None, "country": None}],
        interview={"start": "2026-12-16T14:00", "end": "2026-12-16T15:00", "tz": "UTC"},
        stated_deadline=None,
        country="gb",
        policy={"follow_up_days": 10, "thank_you_delay_minutes": 30, "step_time": "10:00"},
    )
    _, [row], _ = run_batch(tmp_path, capsys, scenario)
    assert [(step["send_at"], step["reason"]) for step in row["steps"][:2]] == [
        (
            "2026-12-16T15:30:00+00:00",
            "Wed 16 Dec, 15:30 UTC: 30 minutes after the interview ended",
        ),
        (
            "2026-12-29T10:00:00+00:00",
            "Tue 29 Dec, 10:00 UTC: first business day 10 days or more after the interview on "
            "Wed 16 Dec, no timeline given; Mon 28 Dec is Boxing Day (observed)",
        ),
    ]


@pytest.mark.parametrize(
    ("line", "error"),
    [
        (
            "not json",
            "line 1 is not valid JSON (Expecting value at column 1); "
            "write one JSON object per line.",
        ),
        ("[1, 2]", "line 1 must be a JSON object, not a list; write one JSON object per line."),
        (
            with_changes(interview={**INTERVIEW, "end": "yesterday"}),
            "line 1: interview.end must be an ISO 8601 date-time such as "
            '"2026-12-01T15:00:00-05:00", not "yesterday".',
        ),
        (
            with_changes(interview={"start": INTERVIEW["start"], "end": INTERVIEW["end"]}),
            "line 1: interview.tz is missing; give an IANA zone such as 'America/New_York'.",
        ),
        (
            with_changes(interview={**INTERVIEW, "tz": "Mars/Base"}),
            "line 1: interview.tz: unknown time zone 'Mars/Base'; use an IANA name such as "
            "'America/New_York'.",
        ),
        (
            with_changes(interviewers=[]),
            'line 1: interviewers must be a non-empty list such as [{"name": "Dana Reyes", '
            '"tz": "America/Chicago", "country": "US"}].',
        ),
        (
            with_changes(interviewers=[{**DANA, "country": "XX"}]),
            "line 1: country of Dana Reyes 'XX' is not a country code we have holidays for; "
            "use a two-letter ISO code such as 'US' or 'GB'.",
        ),
        (
            with_changes(stated_deadline="next Friday"),
            'line 1: stated_deadline must be a date such as "2026-12-11", not "next Friday".',
        ),
        (
            with_changes(stated_dealine="2026-12-11"),
            "line 1: unknown field 'stated_dealine' in the scenario; expected one of id, "
            "interview, interviewers, stated_deadline, country, policy, follow_up_sent_at.",
        ),
        (
            with_changes(policy={"follow_up_days": 5}),
            "line 1: follow_up_days must be from 7 to 14 days, not 5; only a timeline the "
            "interviewer gave allows sooner.",
        ),
        (
            with_changes(policy={"follow_up_days": "10"}),
            'line 1: policy.follow_up_days must be a whole number, not "10".',
        ),
        (
            with_changes(policy={"window_start": "8am"}),
            'line 1: policy.window_start must be a time such as "09:30", not "8am".',
        ),
        (
            with_changes(interview={**INTERVIEW, "end": "2026-12-01T13:00:00-05:00"}),
            "line 1: interview end 2026-12-01T13:00:00-05:00 is before its start "
            "2026-12-01T14:00:00-05:00.",
        ),
    ],
)
def test_a_bad_line_gives_an_error_object(tmp_path, capsys, line, error):
    code, rows, err = run_batch(tmp_path, capsys, line)
    expected_id = json.loads(line).get("id") if line.startswith("{") else None
    assert (code, rows, err) == (0, [{"id": expected_id, "error": error}], "")


def test_a_bad_line_does_not_stop_the_batch(tmp_path, capsys):
    code, rows, _ = run_batch(
        tmp_path, capsys, with_changes(id="bad", interviewers="Dana"), json.dumps(SCENARIO)
    )
    assert code == 0
    assert rows[0]["id"] == "bad" and "error" in rows[0]
    assert rows[1] == PLAN


def test_a_missing_file_exits_1_with_one_sentence(tmp_path, capsys):
    missing = tmp_path / "nope.jsonl"
    assert main(["plan", "--batch", str(missing)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"followup: error: {missing}: no such file; check the path.\n"


def test_a_line_that_is_not_utf8_gets_an_error_and_the_rest_are_answered(tmp_path, capsys):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b"\xff\xfe not text\n" + json.dumps(SCENARIO).encode() + b"\n")
    assert main(["plan", "--batch", str(path)]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first == {
        "id": None,
        "error": "line 1 is not UTF-8 text (byte 1); save it as UTF-8; "
        "write one JSON object per line.",
    }
    assert second["id"] == SCENARIO["id"] and second["steps"]


def test_one_scenario_prints_text(tmp_path, capsys):
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(SCENARIO, indent=2), encoding="utf-8")
    assert main(["plan", str(path)]) == 0
    assert capsys.readouterr().out == (
        "thank-you to Dana Reyes: Tue 1 Dec, 15:00 Chicago time: an hour after the interview "
        "ended\n"
        "follow-up to Dana Reyes: Tue 15 Dec, 09:30 Chicago time: 2 business days after the "
        "decision date they gave (Fri 11 Dec)\n"
        "nudge to Dana Reyes: Thu 24 Dec, 09:30 Chicago time: 7 business days after the official "
        "follow-up on Tue 15 Dec, no reply\n"
    )


def test_one_scenario_prints_json_with_the_json_flag(tmp_path, capsys):
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(SCENARIO), encoding="utf-8")
    assert main(["plan", "--json", str(path)]) == 0
    assert json.loads(capsys.readouterr().out) == PLAN


def test_one_bad_scenario_exits_1_with_one_sentence(tmp_path, capsys):
    path = tmp_path / "scenario.json"
    path.write_text(with_changes(stated_deadline="soon"), encoding="utf-8")
    assert main(["plan", str(path)]) == 1
    assert capsys.readouterr().err == (
        f'followup: error: {path}: stated_deadline must be a date such as "2026-12-11", '
        'not "soon".\n'
    )


def test_without_a_file_it_says_what_to_give(capsys):
    assert main(["plan"]) == 1
    assert capsys.readouterr().err == (
        "followup: error: give a SCENARIO file, or --batch FILE for JSON Lines; "
        "see `followup plan --help`.\n"
    )


def test_help_has_an_example(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["plan", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "Example:\n  followup plan --batch interviews.jsonl > plans.jsonl" in out
    assert '"stated_deadline": "2026-12-11"' in out


def test_one_scenario_from_standard_input(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(SCENARIO)))
    assert main(["plan", "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == PLAN


def test_a_scenario_file_that_is_not_json_exits_1(tmp_path, capsys):
    path = tmp_path / "scenario.json"
    path.write_text("{oops", encoding="utf-8")
    assert main(["plan", str(path)]) == 1
    assert capsys.readouterr().err == (
        f"followup: error: {path} is not valid JSON "
        "(Expecting property name enclosed in double quotes at line 1).\n"
    )
