"""`followup import`, `export` and `feed` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

from followup.cli.main import main
from followup.shell.models import Interview

INVITES = Path(__file__).parent / "invites"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_dry_run_prints_the_table_and_saves_nothing(capsys, owner):
    code, out, err = run(capsys, "import", str(INVITES / "two_events.ics"), "--dry-run")
    assert code == 0, err
    assert "add     two_events.ics, event 1" in out
    assert "Would: 2 add. Nothing was saved (--dry-run)." in out
    assert not Interview.objects.exists()


def test_import_json_output_and_a_second_run_that_changes_nothing(capsys, owner):
    files = [str(INVITES / "zoom.ics"), str(INVITES / "allday.ics")]
    code, out, _ = run(capsys, "import", *files, "--json")
    report = json.loads(out)
    assert code == 0 and report["dry_run"] is False
    assert [f["summary"]["add"] for f in report["files"]] == [1, 0]
    assert report["files"][1]["records"][0]["action"] == "refuse"
    code, out, _ = run(capsys, "import", *files, "--json")
    assert json.loads(out)["files"][0]["summary"] == {
        "add": 0,
        "update": 0,
        "cancel": 0,
        "skip": 1,
        "refuse": 0,
    }
    assert Interview.objects.count() == 1


def test_a_missing_or_refused_file_is_one_sentence_and_the_others_still_import(
    capsys, owner, tmp_path
):
    bad = tmp_path / "notes.csv"
    bad.write_bytes("Company,Role\nCafé,Barista\n".encode("cp1252"))
    code, out, err = run(
        capsys, "import", str(tmp_path / "nope.ics"), str(bad), str(INVITES / "zoom.ics")
    )
    assert code == 1
    assert "no such file; check the path." in err
    assert "not UTF-8 text" in err and "--encoding cp1252" in err
    assert "Traceback" not in err
    assert Interview.objects.count() == 1  # the good file went in


def test_import_with_a_company_and_a_column_map(capsys, owner, tmp_path):
    sheet = tmp_path / "s.csv"
    sheet.write_text("Firm,Job,When,Who\nAcme,Engineer,2026-12-10 10:00,Dana Reyes\n")
    code, _, err = run(
        capsys,
        "import",
        str(sheet),
        "--map",
        "Firm=company",
        "--map",
        "Job=role",
        "--map",
        "When=start",
        "--map",
        "Who=interviewers",
    )
    assert code == 0, err
    assert Interview.objects.get().interviewers.get().name == "Dana Reyes"
    code, _, err = run(capsys, "import", str(sheet), "--map", "nonsense")
    assert code == 1 and "Column name=field" in err


def test_export_json_to_a_file_and_back(capsys, interview, tmp_path):
    target = tmp_path / "export.json"
    code, _, err = run(capsys, "export", "--format", "json", "--output", str(target))
    assert code == 0 and "Wrote" in err
    document = json.loads(target.read_text())
    assert document["format"] == "followup-export" and document["version"] == 1
    code, out, _ = run(capsys, "import", str(target), "--json")
    actions = [r["action"] for r in json.loads(out)["files"][0]["records"]]
    assert actions == ["skip", "skip"]  # the profile (account in use) and the interview


def test_feed_prints_the_same_address_until_rotated(capsys, owner):
    first = run(capsys, "feed", "--json")[1]
    again = run(capsys, "feed", "--json")[1]
    assert json.loads(first)["url"] == json.loads(again)["url"]
    rotated = json.loads(run(capsys, "feed", "--rotate", "--json")[1])["url"]
    assert rotated != json.loads(first)["url"]
    assert run(capsys, "feed", "--revoke")[1].startswith("The calendar feed is off")


def test_all_the_sample_invitations_twice_in_any_order_change_nothing_the_second_time(
    capsys, owner
):
    files = sorted(str(p) for p in INVITES.glob("*.ics"))  # the cancellation before the update
    preview = json.loads(run(capsys, "import", *files, "--dry-run", "--json")[1])
    first = json.loads(run(capsys, "import", *files, "--json")[1])

    def without_ids(report):  # ids differ: PostgreSQL does not roll back its sequences
        return [
            [{k: v for k, v in r.items() if k != "interview"} for r in f["records"]]
            for f in report["files"]
        ]

    assert without_ids(preview) == without_ids(first)
    listed = run(capsys, "list", "--json")[1]
    second = json.loads(run(capsys, "import", *files, "--json")[1])
    assert {r["action"] for f in second["files"] for r in f["records"]} <= {"skip", "refuse"}
    assert run(capsys, "list", "--json")[1] == listed
    # Its cancellation (SEQUENCE 2) came first and is the last word: never added.
    assert not Interview.objects.filter(opportunity__company__name="Acme Robotics").exists()
