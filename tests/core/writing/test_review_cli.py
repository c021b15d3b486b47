"""`followup review`: one draft as a report or JSON, and --batch as JSON Lines."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from followup.cli.main import main

CONTEXT = {
    "candidate": "Maria Santos",
    "interviewer": "Denise Okafor",
    "interviewer_email": "denise.okafor@stlukeshealth.org",
    "company": "St. Luke's Health",
    "role": "Night Charge Nurse",
    "interview_date": "2026-11-18",
    "notes": "Discussed the night-shift staffing question and the float pool.",
}
GOOD = (
    "Hi Denise,\n\nThank you again for meeting me on November 18. I keep thinking about the "
    "night-shift staffing question and the float pool. I'm still very keen to join your team. "
    "When do you expect to make a decision?\n\nBest,\nMaria\n"
)


@pytest.fixture
def context_file(tmp_path: Path) -> str:
    path = tmp_path / "context.json"
    path.write_text(json.dumps(CONTEXT), encoding="utf-8")
    return str(path)


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_it_prints_a_report_and_the_verdict(tmp_path, context_file, capsys) -> None:
    draft = _write(tmp_path, "draft.txt", "Subject: Following up\n" + GOOD)
    assert main(["review", draft, "--context", context_file]) == 0
    out = capsys.readouterr().out
    assert "✓ Thanks them" in out
    assert "✓ Asks when to expect a decision" in out
    assert "Problems: none" in out
    assert out.rstrip().endswith("Ready to send.")


def test_it_exits_0_and_says_what_to_fix_when_not_ready(tmp_path, context_file, capsys) -> None:
    draft = _write(tmp_path, "draft.txt", "Hi Donna,\n\nSorry to bother you again.\n\nMaria\n")
    assert main(["review", draft, "--context", context_file]) == 0
    out = capsys.readouterr().out
    assert '✗ Wrong name: "Hi Donna,"' in out
    assert "night-shift staffing question" in out  # the suggestion uses the notes
    assert "Fix first: a name is wrong" in out


def test_it_prints_json(tmp_path, context_file, capsys) -> None:
    draft = _write(tmp_path, "draft.txt", GOOD)
    assert main(["review", draft, "--context", context_file, "--kind", "thank_you", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ready"] is True
    assert set(result) == {"labels", "findings", "verdict", "ready"}
    assert len(result["labels"]) == 8


def test_it_reads_standard_input_and_takes_a_subject(context_file, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(GOOD.replace("Denise", "Denise")))
    code = main(["review", "-", "--context", context_file, "--subject", "Re: Initrode", "--json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["labels"]["wrong_name"] is True


def test_it_works_without_a_context(tmp_path, capsys) -> None:
    draft = _write(tmp_path, "draft.txt", GOOD)
    assert main(["review", draft]) == 0
    assert "Review of a follow-up" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["review"], "give the draft FILE"),
        (["review", "missing.txt"], "missing.txt: no such file"),
    ],
)
def test_it_explains_usage_errors(args, message, capsys) -> None:
    assert main(args) == 1
    assert message in capsys.readouterr().err


def test_a_bad_context_file_is_one_clear_error(tmp_path, capsys) -> None:
    draft = _write(tmp_path, "draft.txt", GOOD)
    bad = _write(tmp_path, "bad.json", '{"interviewer": 3}')
    assert main(["review", draft, "--context", bad]) == 1
    assert "context.interviewer must be a string" in capsys.readouterr().err


def test_batch_writes_one_line_per_input_in_order(tmp_path, capsys) -> None:
    lines = [
        {
            "id": "d1",
            "kind": "follow_up",
            "context": CONTEXT,
            "subject": "Following up",
            "body": GOOD,
        },
        "not json",
        {"id": "d3", "kind": "memo", "context": CONTEXT, "body": GOOD},
        {"id": "d4", "context": {"interview_date": "soon"}, "body": GOOD},
        {"id": "d5", "kind": "thank_you", "body": "Hi Denise,\n\nThanks in advance.\n\nMaria"},
    ]
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    batch = _write(tmp_path, "drafts.jsonl", text + "\n")
    assert main(["review", "--batch", batch]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row.get("id") for row in out] == ["d1", None, "d3", "d4", "d5"]
    assert out[0]["labels"]["asks_timeframe"] is True and out[0]["verdict"] == "Ready to send."
    assert {f["label"] for f in out[0]["findings"]} == {
        "thanks",
        "distinguishes",
        "restates_interest",
        "asks_timeframe",
    }
    assert all(set(f) == {"label", "evidence", "suggestion"} for f in out[0]["findings"])
    assert "not valid JSON" in out[1]["error"]
    assert "kind must be one of" in out[2]["error"]
    assert "interview_date" in out[3]["error"]
    assert out[4]["labels"]["thanks"] is False


def test_batch_refuses_a_draft_file_as_well(tmp_path, capsys) -> None:
    batch = _write(tmp_path, "drafts.jsonl", "")
    assert main(["review", "x.txt", "--batch", batch]) == 1
    assert "with --batch" in capsys.readouterr().err


def test_help_has_an_example_and_the_exit_code(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["review", "--help"])
    out = capsys.readouterr().out
    assert "Example:" in out and "exit code is 0" in out
