"""Every `--batch` command answers every line, whatever a line holds (one shared runner)."""

import json

import pytest

from followup.cli import batch
from followup.cli.main import main

GOOD = {
    "plan": {
        "id": "good",
        "interview": {
            "start": "2026-12-01T14:00:00-05:00",
            "end": "2026-12-01T15:00:00-05:00",
            "tz": "America/New_York",
        },
        "interviewers": [{"name": "Dana Reyes"}],
    },
    "timeline": {"id": "good", "text": "by Friday", "now": "2026-11-26T15:30", "tz": "UTC"},
    "review": {"id": "good", "kind": "thank_you", "body": "Hi Dana,\n\nThank you for today."},
}

HOSTILE = [
    ("deep", b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
    ("deep object", b'{"a":' * 200_000 + b"1" + b"}" * 200_000, "nested too deeply"),
    ("latin-1", '{"id": "caf\u00e9"}'.encode("latin-1"), "is not UTF-8 text"),
    ("binary", bytes(range(256)).replace(b"\n", b""), "is not UTF-8 text"),
    ("nul", b'{"id": "x"\x00}', "is not valid JSON"),
    ("not an object", b'"just a string"', "must be a JSON object, not a string"),
    ("wrong types", b'{"id": ["a"], "text": 5, "body": 5, "interview": 5}', "line 7"),
    ("huge number", b'{"id": ' + b"1" * 5000 + b"}", "holds a number too long to read"),
]


@pytest.mark.parametrize("command", ["plan", "timeline", "review"])
def test_hostile_lines_get_an_error_each_and_the_rest_are_answered(command, tmp_path, capsys):
    good = json.dumps(GOOD[command]).encode()
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"\n".join([raw for _, raw, _ in HOSTILE] + [good]) + b"\n")

    assert main([command, "--batch", str(path)]) == 0

    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == len(HOSTILE) + 1
    for (name, _, expected), row in zip(HOSTILE, rows, strict=False):
        assert expected in row["error"], (name, row)
        assert row["id"] is None  # a list id is not echoed back
    assert rows[-1]["id"] == "good" and "error" not in rows[-1]


def test_an_over_long_line_is_refused_without_reading_it_whole(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(batch, "MAX_LINE_BYTES", 1_000_000)
    path = tmp_path / "long.jsonl"
    long_line = json.dumps({"id": "long", "text": "a" * 3_000_000, "now": "x", "tz": "UTC"})
    path.write_text(long_line + "\n" + json.dumps(GOOD["timeline"]) + "\n")

    assert main(["timeline", "--batch", str(path)]) == 0

    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first == {"id": None, "error": "line 1 is longer than 1 MB; split or shorten it."}
    assert second["deadline"] == "2026-11-27"


def test_a_failure_inside_the_answer_is_reported_on_its_line(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1}\n{"id": 2}\n')

    def answer(number, value):
        if number == 1:
            raise KeyError("surprise")
        return {"ok": True}

    assert batch.run_batch(str(path), answer) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first == {
        "id": 1,
        "error": "line 1 could not be answered (KeyError); please report it with that line.",
    }
    assert second == {"id": 2, "ok": True}


def test_an_id_that_is_not_valid_output_is_still_answered_as_json(tmp_path, capsys):
    path = tmp_path / "odd.jsonl"
    path.write_text(
        '{"id": "\\ud800", "body": "We would like to offer you the role"}\n'
        '{"id": NaN, "body": "hi"}\n'
    )
    assert main(["classify", "--batch", str(path)]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["id"] == "\ud800" and first["kind"] == "offer"
    assert second["id"] is None and second["kind"] == "other"
