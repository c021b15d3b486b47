"""`followup timeline`, run through the real entry point with exact output and exit codes."""

from __future__ import annotations

import io
import json

import pytest

from followup.cli.main import main

NOW = ["--now", "2026-11-26T15:30", "--tz", "America/New_York"]


def test_it_prints_the_date_and_where_it_was_read(capsys):
    assert main(["timeline", "We'll decide by the end of next week.", *NOW]) == 0
    out = capsys.readouterr().out
    assert out == 'Fri 4 Dec 2026  (read from "by the end of next week", end_of_week)\n'


def test_it_says_when_no_timeline_was_given(capsys):
    assert main(["timeline", "We'll be in touch soon.", *NOW]) == 0
    assert capsys.readouterr().out == "No timeline given.\n"


def test_it_prints_json(capsys):
    assert main(["timeline", "within 5 business days", *NOW, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "deadline": "2026-12-03",
        "phrase": "within 5 business days",
        "kind": "business_days",
    }


def test_the_country_changes_the_holidays(capsys):
    args = ["timeline", "within 3 working days", "--now", "2026-12-23T10:00", "--tz", "UTC"]
    assert main([*args, "--country", "GB", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["deadline"] == "2026-12-30"


def test_it_reads_a_return_date(capsys):
    assert main(["timeline", "I'm out until Monday 7 Dec", *NOW, "--return-date"]) == 0
    assert (
        capsys.readouterr().out
        == 'Mon 7 Dec 2026  (read from "until Monday 7 Dec", explicit_date)\n'
    )


def test_it_defaults_to_the_current_time(capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/London")
    assert main(["timeline", "ASAP"]) == 0
    assert capsys.readouterr().out == "No timeline given.\n"


def test_a_batch_writes_one_line_per_input_in_order(capsys, monkeypatch, tmp_path):
    lines = [
        {
            "id": "t1",
            "text": "by the end of next week",
            "now": "2026-11-26T15:30:00",
            "tz": "America/New_York",
        },
        {
            "id": "t2",
            "text": "we'll be in touch",
            "now": "2026-11-26T15:30:00",
            "tz": "America/New_York",
        },
        # 02:00 UTC on Friday is Thursday evening in New York.
        {
            "id": "t3",
            "text": "by Friday",
            "now": "2026-11-27T02:00:00+00:00",
            "tz": "America/New_York",
        },
        {
            "id": "t4",
            "text": "within 3 working days",
            "now": "2026-12-23T10:00:00",
            "tz": "UTC",
            "country": "GB",
        },
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert main(["timeline", "--batch", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        '{"id": "t1", "deadline": "2026-12-04", "phrase": "by the end of next week", '
        '"kind": "end_of_week"}',
        '{"id": "t2", "deadline": null, "phrase": null, "kind": null}',
        '{"id": "t3", "deadline": "2026-11-27", "phrase": "by Friday", "kind": "weekday"}',
        '{"id": "t4", "deadline": "2026-12-30", "phrase": "within 3 working days", '
        '"kind": "business_days"}',
    ]


def test_a_bad_line_gets_an_error_and_the_batch_carries_on(capsys, monkeypatch):
    stdin = "\n".join(
        [
            "not json",
            json.dumps({"id": "a", "now": "2026-11-26T15:30:00", "tz": "UTC"}),
            json.dumps({"id": "b", "text": "x", "now": "yesterday", "tz": "UTC"}),
            json.dumps({"id": "c", "text": "x", "now": "2026-11-26T15:30", "tz": "Mars/Base"}),
            json.dumps(
                {"id": "d", "text": "x", "now": "2026-11-26T15:30", "tz": "UTC", "country": "ZZ"}
            ),
            json.dumps({"id": "e", "text": "x", "tz": "UTC"}),
            "[1, 2]",
            json.dumps({"id": "f", "text": "by Friday", "now": "2026-11-26T15:30", "tz": "UTC"}),
        ]
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin + "\n"))
    assert main(["timeline", "--batch", "-"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows == [
        {
            "id": None,
            "error": "line 1 is not valid JSON (Expecting value at column 1); "
            "write one JSON object per line.",
        },
        {"id": "a", "error": 'line 2: "text" must be a string.'},
        {
            "id": "b",
            "error": "line 3: \"now\": 'yesterday' is not a date and time; use a form "
            "like 2026-11-26T15:30.",
        },
        {
            "id": "c",
            "error": "line 4: \"tz\": unknown time zone 'Mars/Base'; use an IANA name "
            "such as America/New_York.",
        },
        {
            "id": "d",
            "error": "line 5: \"country\": unknown country 'ZZ'; use a two-letter code "
            "such as US or GB.",
        },
        {
            "id": "e",
            "error": 'line 6: give "now" as local date and time, e.g. "2026-11-26T15:30:00".',
        },
        {
            "id": None,
            "error": "line 7 must be a JSON object, not a list; write one JSON object per line.",
        },
        {"id": "f", "deadline": "2026-11-27", "phrase": "by Friday", "kind": "weekday"},
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["timeline", "--batch", "/no/such/file.jsonl"],
            "followup: error: /no/such/file.jsonl: no such file; check the path.\n",
        ),
        (
            ["timeline", "by Friday", "--tz", "Mars/Base"],
            "followup: error: --tz: unknown time zone 'Mars/Base'; use an IANA name such as "
            "America/New_York.\n",
        ),
        (
            ["timeline", "by Friday", "--now", "soon", "--tz", "UTC"],
            "followup: error: --now: 'soon' is not a date and time; use a form like "
            "2026-11-26T15:30.\n",
        ),
        (
            ["timeline", "by Friday", *NOW, "--country", "Narnia"],
            "followup: error: --country: unknown country 'Narnia'; use a two-letter code such as "
            "US or GB.\n",
        ),
        (
            ["timeline"],
            'followup: error: give the text to read, e.g. followup timeline "by Friday", or '
            "--batch FILE.\n",
        ),
        (
            ["timeline", "by Friday", "--batch", "-"],
            "followup: error: give either TEXT or --batch FILE, not both.\n",
        ),
    ],
)
def test_errors_are_one_sentence_and_exit_1(capsys, args, message):
    assert main(args) == 1
    captured = capsys.readouterr()
    assert captured.err == message
    assert captured.out == ""


def test_help_has_an_example(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["timeline", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert 'Example:\n  followup timeline "We\'ll decide by the end of next week"' in out


def test_a_dash_reads_a_long_debrief_from_standard_input(capsys, monkeypatch):
    notes = "Met Priya and Tom; two weeks of onboarding, demo on Thursdays.\n" * 20_000
    piped = (notes + "Priya said they will decide by the end of next week.\n").encode()
    assert len(piped) > 1_000_000  # more than a command line holds
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(piped), encoding="utf-8"))
    assert main(["timeline", "-", *NOW]) == 0
    assert capsys.readouterr().out.startswith("Fri 4 Dec 2026")


def test_standard_input_that_is_not_utf8_gets_a_clear_error(capsys, monkeypatch):
    raw = io.BytesIO(b"decide by Friday \xff\xfe")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    assert main(["timeline", "-", *NOW]) == 1
    err = capsys.readouterr().err
    assert "standard input is not UTF-8 text" in err and "Traceback" not in err
