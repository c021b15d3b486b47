"""Spreadsheets and trackers' exports in, and CSV out that a spreadsheet opens safely.

The tracker header rows are the real ones (docs/import-export.md says where each was checked);
the rows under them were written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.shell.models import Interview, Opportunity
from followup.shell.transfer import csv_export, files, importer
from followup.shell.transfer.incoming import FileProblem

UTC = dt.UTC


def run(user, name: str, text: str | bytes, *, dry_run: bool = False, **options):
    data = text.encode() if isinstance(text, str) else text
    return importer.run(
        user, files.records(user, name, data, files.Options(**options)), dry_run=dry_run
    )


SHEET = (
    "Company,Role,Interview date,Time,Time zone,Interviewer,Interviewer email,Status,Notes\n"
    "Acme,Staff Engineer,2026-12-08,14:00,America/Chicago,Dana Reyes,dana@acme.example,"
    "Interviewing,Talked about the billing migration\n"
    'Globex,Data Analyst,2026-12-09,9:30 am,Europe/London,"Lee Park <lee@globex.example>; '
    'Ana Ruiz",,,\n'
    "Initech,Platform Engineer,,,,,,Applied,\n"
)


def test_a_plain_sheet_becomes_interviews_and_applications(owner):
    outcomes = run(owner, "search.csv", SHEET)
    assert [o.action for o in outcomes] == ["add", "add", "add"], [o.why for o in outcomes]
    acme = Interview.objects.get(opportunity__company__name="Acme")
    assert acme.start_at == dt.datetime(2026, 12, 8, 20, 0, tzinfo=UTC)
    assert acme.time_zone == "America/Chicago"
    assert acme.notes == "Talked about the billing migration"
    globex = Interview.objects.get(opportunity__company__name="Globex")
    assert globex.start_at == dt.datetime(2026, 12, 9, 9, 30, tzinfo=UTC)
    assert [(p.name, p.email) for p in globex.interviewers.order_by("position")] == [
        ("Lee Park", "lee@globex.example"),
        ("Ana Ruiz", ""),
    ]
    initech = Opportunity.objects.get(company__name="Initech")
    assert initech.status == "applied" and not initech.interviews.exists()
    assert "without an interview date and time, nothing is planned" in outcomes[2].why


def test_importing_a_sheet_twice_changes_nothing(owner):
    run(owner, "search.csv", SHEET)
    again = run(owner, "search.csv", SHEET)
    assert [o.action for o in again] == ["skip", "skip", "skip"]
    assert Interview.objects.count() == 2 and Opportunity.objects.count() == 3


def test_an_interview_added_later_joins_its_imported_application(owner):
    run(owner, "search.csv", SHEET)
    from tests.shell.conftest import make_interview

    interview = make_interview(owner, company="Initech", role="Platform Engineer")
    assert interview.opportunity == Opportunity.objects.get(company__name="Initech")
    assert interview.opportunity.status == "interviewing"


HUNTR = (
    "id,createdAt,title,salary,location,url,rootDomain,htmlDescription,deadline,color,"
    "lastMovedAt,boardId,boardName,listId,listName,companyId,companyName,companyDomain,"
    "creatorUserId,creatorUserFirstName,creatorUserLastName,creatorUserEmail\n"
    "6a1,2026-10-02 14:11:09,Backend Engineer,-,Remote,-,-,-,-,#fff,2026-11-01 09:00:00,b1,"
    "Search,l1,Interview,c1,Hooli,hooli.example,u1,Sam,Lee,sam@example.com\n"
    "6a2,2026-10-03 10:00:00,SRE,-,Berlin,-,-,-,-,#fff,2026-11-02 09:00:00,b1,Search,l2,"
    "wishlist,c2,Vandelay,-,u1,Sam,Lee,sam@example.com\n"
    "6a3,2026-10-04 10:00:00,QA Lead,-,-,-,-,-,-,#fff,2026-11-03 09:00:00,b1,Search,l3,"
    "rejected,c3,Pied Piper,-,u1,Sam,Lee,sam@example.com\n"
)
JOBSYNC = (
    "index,createdAt,applied,appliedDate,Company,JobTitle,jobType,workplaceType,Location,"
    "JobSource,Status\r\n"
    "1,2026-10-01,Yes,2026-10-02,Umbrella,Lab Manager,Full Time,Onsite,Raccoon City,"
    "LinkedIn,Offer\r\n"
    "2,2026-10-05,No,N/A,Soylent,Food Scientist,Contract,Remote,-,Indeed,Draft\n"
)
LINKEDIN = (
    "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
    "Resume Name,Question And Answers\n"
    '"3/24/26, 4:11 PM",,,Wonka Industries,Chocolate Engineer,https://example.com/j/1,cv.pdf,\n'
)


@pytest.mark.parametrize(
    "name, text, label, expected",
    [
        ("huntr.csv", HUNTR, "Huntr", {("Hooli", "interviewing"), ("Pied Piper", "rejected")}),
        ("jobs.csv", JOBSYNC, "JobSync", {("Umbrella", "offer")}),
        ("Job Applications.csv", LINKEDIN, "LinkedIn", {("Wonka Industries", "applied")}),
    ],
)
def test_trackers_exports_are_recognised_by_their_header_row(owner, name, text, label, expected):
    assert label in files.preset_label(owner, name, text.encode(), files.Options())
    outcomes = run(owner, name, text)
    found = set(Opportunity.objects.values_list("company__name", "status"))
    assert found == expected
    skipped = [o for o in outcomes if o.action == "refuse"]
    for outcome in skipped:  # wishlist, draft: never applied, nothing to follow up
        assert "not applied yet" in outcome.why


def test_a_semicolon_sheet_from_european_excel(owner):
    text = "Firma;Role;Start;Interviewer\nAcme;Engineer;10.12.2026 14:00;Dana Reyes\n"
    outcomes = run(owner, "de.csv", text, mapping={"Firma": "company"})
    assert [o.action for o in outcomes] == ["add"]
    # Day first outside the US: the 10th of December.
    assert Interview.objects.get().start_at.astimezone(UTC).date() == dt.date(2026, 12, 10)


def test_a_column_can_be_named_by_hand_and_a_wrong_mapping_says_why(owner):
    with pytest.raises(FileProblem, match="no column 'Employer name'"):
        run(owner, "x.csv", "Firm,Role\nAcme,Engineer\n", mapping={"Employer name": "company"})
    with pytest.raises(FileProblem, match="'boss' is not a field"):
        run(owner, "x.csv", "Firm,Role\nAcme,Engineer\n", mapping={"Firm": "boss"})
    with pytest.raises(FileProblem, match="no column for the company"):
        run(owner, "x.csv", "Firm,Role\nAcme,Engineer\n")


def test_a_bad_row_is_refused_and_the_others_are_imported(owner):
    text = (
        "Company,Role,Start,Interviewer\n"
        "Acme,Engineer,next Tuesday-ish,Dana\n"
        "Acme,Engineer,2026-12-10,Dana\n"
        "Globex,Analyst,2026-12-10 10:00,Lee\n"
    )
    outcomes = run(owner, "rows.csv", text)
    assert [o.action for o in outcomes] == ["refuse", "refuse", "add"]
    assert "where a date and time should be" in outcomes[0].why
    assert "no time of day" in outcomes[1].why
    assert Interview.objects.count() == 1


def test_a_date_longer_than_any_is_refused_with_its_length(owner):
    """A pasted blob in the date column is no date; it is refused before dateutil reads it
    (whose time grew with the square of its length: bench/import_bench.py)."""
    text = (
        "Company,Role,Start,Interviewer\n"
        f"Acme,Engineer,{'1.' * 50_000},Dana\n"
        "Globex,Analyst,2026-12-10 10:00,Lee\n"
    )
    outcomes = run(owner, "rows.csv", text)
    assert [o.action for o in outcomes] == ["refuse", "add"]
    assert "(100,000 characters) where a date and time should be" in outcomes[0].why


def test_a_file_that_is_not_utf8_says_how_to_save_it_and_reads_with_the_encoding(owner):
    text = "Company,Role,Start,Interviewer\nCafé Müller,Barista,2026-12-10 10:00,Zoë\n"
    data = text.encode("cp1252")
    with pytest.raises(FileProblem, match="CSV UTF-8.*--encoding cp1252"):
        run(owner, "legacy.csv", data)
    assert not Interview.objects.exists()
    run(owner, "legacy.csv", data, encoding="cp1252")
    assert Interview.objects.get().opportunity.company.name == "Café Müller"


def test_a_hundred_thousand_rows_are_refused_fast_and_nothing_is_imported(owner):
    rows = "".join(f"Acme {n},Engineer,2026-12-10 10:00,Dana\n" for n in range(100_000))
    data = ("Company,Role,Start,Interviewer\n" + rows).encode()
    with pytest.raises(FileProblem, match="more than 5,000 rows"):
        run(owner, "big.csv", data)
    assert not Opportunity.objects.exists()


def test_a_field_over_a_megabyte_is_refused_before_any_row(owner):
    data = "Company,Role,Notes\nAcme,Engineer,ok\nGlobex,Analyst," + "x" * 1_100_000 + "\n"
    with pytest.raises(FileProblem, match="row 3"):
        run(owner, "wide.csv", data)
    assert not Opportunity.objects.exists()


def test_formula_cells_stay_text_in_and_are_neutralised_out(owner):
    text = (
        "Company,Role,Start,Interviewer\n"
        '"=HYPERLINK(""http://evil.example"",""Acme"")",+Engineer,2026-12-10 10:00,@Dana\n'
    )
    run(owner, "formula.csv", text)
    interview = Interview.objects.get()
    assert interview.opportunity.company.name.startswith("=HYPERLINK")  # kept as typed
    exported = "".join(csv_export.lines(owner))
    assert "'=HYPERLINK" in exported and "'+Engineer" in exported
    assert ",=HYPERLINK" not in exported and ",+Engineer" not in exported


def test_the_csv_export_reads_back_as_the_same_interviews(owner, outsider, interview):
    text = "".join(csv_export.lines(owner, bom=True))
    assert text.startswith("\ufeff")
    assert "Followup" in files.preset_label(outsider, "i.csv", text.encode(), files.Options())
    outcomes = run(outsider, "interviews.csv", text)
    assert [o.action for o in outcomes] == ["add"]
    copy = Interview.objects.for_user(outsider).get()
    assert copy.uid == interview.uid
    assert (copy.start_at, copy.end_at, copy.time_zone) == (
        interview.start_at,
        interview.end_at,
        interview.time_zone,
    )
    assert [(p.name, p.email) for p in copy.interviewers.order_by("position")] == [
        (p.name, p.email) for p in interview.interviewers.order_by("position")
    ]
    # And into the same account again: recognised, nothing added.
    assert [o.action for o in run(owner, "interviews.csv", text)] == ["skip"]


def test_the_steps_export_lists_each_note_with_its_due_time(owner, interview):
    lines = "".join(csv_export.lines(owner, "steps")).splitlines()
    assert lines[0].startswith("step_id,interview_uid,company,role,kind,to")
    assert len(lines) == 1 + interview.steps.count()


@pytest.mark.parametrize(
    "when, country, expected",
    [
        ("2026/03/04 10:00", "", dt.date(2026, 3, 4)),  # year first is year-month-day anywhere
        ("2026/03/04 10:00", "US", dt.date(2026, 3, 4)),
        ("03/04/2026 10:00", "US", dt.date(2026, 3, 4)),  # month first in the US
        ("03/04/2026 10:00", "GB", dt.date(2026, 4, 3)),  # day first elsewhere
        ("2026-03-04T10:00:00Z", "GB", dt.date(2026, 3, 4)),
        ('"Mar 4, 2026 10:00 AM"', "GB", dt.date(2026, 3, 4)),
    ],
)
def test_dates_are_read_as_the_writer_meant(owner, when, country, expected):
    owner.profile.country = country
    owner.profile.save()
    run(owner, "d.csv", f"Company,Role,Start,Interviewer,Time zone\nAcme,Eng,{when},Dana,UTC\n")
    assert Interview.objects.get().start_at.date() == expected


def test_a_dotted_date_without_a_time_is_refused(owner):
    outcomes = run(owner, "d.csv", "Company,Role,Start,Interviewer\nAcme,Eng,10.12.2026,Dana\n")
    assert outcomes[0].action == "refuse" and "no time of day" in outcomes[0].why


def test_names_with_accents_commas_and_no_address_survive_the_round_trip(owner, outsider):
    from followup.shell.actions import InterviewerInput

    from .conftest import make_interview

    make_interview(
        owner,
        people=[
            InterviewerInput("Jürgen Weiß"),
            InterviewerInput("Reyes, Dana", "dana@acme.example"),
        ],
    )
    text = "".join(csv_export.lines(owner))
    run(outsider, "i.csv", text)
    copy = Interview.objects.for_user(outsider).get()
    assert [(p.name, p.email) for p in copy.interviewers.order_by("position")] == [
        ("Jürgen Weiß", ""),
        ("Reyes, Dana", "dana@acme.example"),
    ]


def test_a_utf16_sheet_is_read_by_its_byte_order_mark(owner):
    text = "Company,Role,Start,Interviewer\nCafé Müller,Barista,2026-12-10 10:00,Zoë\n"
    run(owner, "excel-unicode.csv", text.encode("utf-16"))
    assert Interview.objects.get().opportunity.company.name == "Café Müller"


def test_our_export_reads_back_what_was_typed_not_the_spreadsheet_guard(owner, outsider):
    from .conftest import make_interview

    make_interview(owner, company="=cmd|' /C calc'!A0", role="+Engineer")
    text = "".join(csv_export.lines(owner))
    assert "'=cmd\\|" in text  # guarded for spreadsheets
    run(outsider, "i.csv", text)
    copy = Interview.objects.for_user(outsider).get()
    assert copy.opportunity.company.name == "=cmd|' /C calc'!A0"
    assert copy.opportunity.role == "+Engineer"
