"""Web forms. They turn text into typed values and leave the work to `actions`."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from functools import cache

from django import forms
from django.contrib.auth.password_validation import validate_password

from followup.core import calendar
from followup.shell import limits
from followup.shell.models import Interview, Opportunity, Profile


@cache
def zone_choices() -> list[tuple[str, str]]:
    names = sorted(
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/"))
    )
    return [("UTC", "UTC")] + [(name, name.replace("_", " ")) for name in names]


def country_field(
    required: bool = False, help_text: str = "", blank: str = "None (weekends only)"
) -> forms.ChoiceField:
    """Countries by name (type the first letters to jump): a code typed by hand was misread
    ("GE" is Georgia, not Germany)."""
    return forms.ChoiceField(
        choices=lambda: [("", blank)] + calendar.country_choices(),
        required=required,
        help_text=help_text,
        widget=forms.Select(attrs={"autocomplete": "country"}),
    )


class WelcomeForm(forms.Form):
    full_name = forms.CharField(
        max_length=200, label="Your name", widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    username = forms.CharField(
        max_length=150, widget=forms.TextInput(attrs={"autocomplete": "username"})
    )
    password = forms.CharField(widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    time_zone = forms.ChoiceField(
        choices=zone_choices,
        initial="UTC",
        label="Your time zone",
        # zone.js picks the browser's zone; without JavaScript it stays UTC.
        widget=forms.Select(attrs={"data-browser-zone": ""}),
    )
    country = country_field(help_text="For public holidays: no note is planned on one.")

    def clean_country(self) -> str:
        value = self.cleaned_data["country"].strip().upper()
        if value and not calendar.supported_country(value):
            raise forms.ValidationError("We have no holiday calendar for that code; try e.g. US.")
        return value

    def clean(self):
        data = super().clean()
        if data.get("password"):
            validate_password(data["password"])
        return data


class ProfileForm(forms.ModelForm):
    time_zone = forms.ChoiceField(choices=zone_choices)
    country = country_field(
        help_text="For public holidays when an interviewer's country is unknown."
    )
    # The model's limits, said to the browser too (min/max), so they are enforced before the
    # round trip and shown in the help text.
    follow_up_days = forms.IntegerField(
        min_value=7,
        max_value=14,
        label="Follow-up days",
        help_text="7 to 14: days after the interview for the official follow-up when no "
        "timeline was given.",
    )

    class Meta:
        model = Profile
        fields = [
            "full_name",
            "email",
            "signature",
            "time_zone",
            "country",
            "window_start",
            "window_end",
            "follow_up_days",
            "standout_points",
        ]
        widgets = {
            "window_start": forms.TimeInput(attrs={"type": "time"}),
            "window_end": forms.TimeInput(attrs={"type": "time"}),
            "signature": forms.Textarea(attrs={"rows": 3}),
            "standout_points": forms.Textarea(attrs={"rows": 4}),
        }

    def clean_country(self) -> str:
        return self.cleaned_data["country"].strip().upper()

    def clean(self):
        data = super().clean()
        start, end = data.get("window_start"), data.get("window_end")
        if start and end and start >= end:
            # Said beside the field it concerns, not only at the top.
            self.add_error("window_end", "The send window must end after it starts.")
        return data

    def _post_clean(self):
        # The model says the same about the window, without a field: said once, above.
        if "window_end" in self.errors:
            return
        super()._post_clean()


def version_field() -> forms.IntegerField:
    """The version of the record the page was loaded with (see actions.StaleEdit)."""
    return forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)


# A form that edits a record that exists (a debrief, a note), saved without the version its page
# was loaded with (a hand-built request, a page from before the field): it cannot say which edit it
# saw, so it would overwrite another tab's unseen.
NO_VERSION = (
    "This page is out of date, so nothing was saved: copy your text, reload the page and paste"
    " it again."
)


def after_conflict(form_class, data, version: int, error: str, **kwargs) -> forms.Form:
    """The form again after another tab's save: the user's entries, now based on the saved
    record's version (a second Save keeps them, knowingly), with the conflict said on top."""
    data = data.copy()
    data["version"] = str(version)
    form = form_class(data, **kwargs)
    form.is_valid()
    form.add_error(None, error)
    return form


class InterviewForm(forms.Form):
    version = version_field()
    company = forms.CharField(
        max_length=200, widget=forms.TextInput(attrs={"autocomplete": "organization"})
    )
    role = forms.CharField(max_length=200)
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    start = forms.TimeField(widget=forms.TimeInput(attrs={"type": "time"}), label="Starts")
    end = forms.TimeField(widget=forms.TimeInput(attrs={"type": "time"}), label="Ends")
    time_zone = forms.ChoiceField(choices=zone_choices, label="Time zone")
    format = forms.ChoiceField(choices=Interview.Format.choices)
    location = forms.CharField(
        max_length=300, required=False, help_text="Address or video link (optional)."
    )
    # Shown to an agency's recruiters and admins only (see __init__).
    candidate_name = forms.CharField(
        max_length=200,
        required=False,
        label="Candidate (recruiters: the client interviewed this candidate)",
        help_text="Leave blank when you were the one interviewed. With a name, the notes are "
        "yours to the client's hiring managers: thanks, feedback on this candidate, their timing.",
    )

    def __init__(self, *args, for_recruiter: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not for_recruiter:
            # A single user, or an agency's candidate: the form is as it always was.
            del self.fields["candidate_name"]

    def clean(self):
        data = super().clean()
        day = data.get("date")
        if day and not limits.FIRST_YEAR <= day.year <= limits.LAST_YEAR:
            self.add_error(
                "date", f"Give a date between {limits.FIRST_YEAR} and {limits.LAST_YEAR}."
            )
            return data
        if {"date", "start", "end", "time_zone"} <= data.keys():
            zone = calendar.zone(data["time_zone"])
            data["start_at"] = dt.datetime.combine(data["date"], data["start"], tzinfo=zone)
            data["end_at"] = dt.datetime.combine(data["date"], data["end"], tzinfo=zone)
            for field in ("start", "end"):
                if not calendar.wall_time_exists(data[f"{field}_at"]):
                    self.add_error(
                        field,
                        "The clocks change then, so this time does not exist "
                        "in that zone; pick another.",
                    )
            if data["end_at"] <= data["start_at"]:
                self.add_error("end", "The interview must end after it starts.")
        return data


class InterviewerForm(forms.Form):
    # Which saved interviewer a row is, so removing one row never shifts the others' history.
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    name = forms.CharField(max_length=200, required=False)
    email = forms.EmailField(required=False)
    title = forms.CharField(max_length=200, required=False)
    time_zone = forms.ChoiceField(
        choices=lambda: [("", "Same as the interview")] + zone_choices(),
        required=False,
        label="Their time zone",
    )
    country = country_field(help_text="Their public holidays.", blank="Their zone's country")

    def clean_country(self) -> str:
        value = self.cleaned_data["country"].strip().upper()
        if value and not calendar.supported_country(value):
            raise forms.ValidationError("We have no holiday calendar for that code; try e.g. GB.")
        return value

    def clean(self):
        data = super().clean()
        if not data.get("name") and (data.get("email") or data.get("title")):
            self.add_error("name", "Give this interviewer's name.")
        return data


class _InterviewerRows(forms.BaseFormSet):
    default_error_messages = {
        **forms.BaseFormSet.default_error_messages,
        "too_many_forms": "List up to %(num)d interviewers here, the people you will thank.",
    }


# absolute_max: a form posted with 900 rows builds (and re-renders, each with its zone list)
# only the first 50; rendering all of them took minutes.
InterviewerFormSet = forms.formset_factory(
    InterviewerForm,
    formset=_InterviewerRows,
    extra=1,
    min_num=1,
    max_num=12,
    validate_max=True,
    absolute_max=limits.MAX_INTERVIEWERS,
)


class _LongText(forms.CharField):
    """A browser sends a text area's line breaks as CRLF: kept as one "\n", as typed, so a
    limit counts each break once and the text is stored as the user sees it."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n") if isinstance(value, str) else value


def long_text(label: str, max_chars: int, rows: int, **kwargs) -> forms.CharField:
    """A text area whose limit is said in words when a save goes over it, the text kept. (No
    maxlength: a browser cuts a longer paste there without a word, and the rest is lost.)"""
    return _LongText(
        required=False,
        widget=forms.Textarea(attrs={"rows": rows}),
        label=label,
        validators=[_at_most(max_chars)],
        **kwargs,
    )


def _at_most(max_chars: int):
    """Django's own length check says "1049983 characters" beside "1,000,000": this one
    writes both counts alike."""

    def check(value: str) -> None:
        if len(value) > max_chars:
            raise forms.ValidationError(
                f"This is {len(value):,} characters long; the limit is "
                f"{limits.limit(max_chars)}. Keep the part that matters.",
                code="max_length",
            )

    return check


class DebriefForm(forms.Form):
    version = version_field()
    notes = long_text("What was discussed", limits.DEBRIEF_CHARS, rows=4)
    highlights = long_text("What you said that stood out", limits.DEBRIEF_CHARS, rows=3)
    timeline_text = long_text(
        "The timeline they gave, in their words",
        limits.DEBRIEF_CHARS,
        rows=2,
        help_text=(
            "e.g. \u201cWe\u2019ll decide by the end of next week.\u201d We read the date from it."
        ),
    )

    def __init__(self, *args, interviewers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.interviewers = list(interviewers)
        for person in self.interviewers:
            self.fields[f"discussed_{person.pk}"] = long_text(
                f"What you discussed with {person.name}",
                limits.DEBRIEF_CHARS,
                rows=2,
                initial=person.discussed,
            )

    def clean(self):
        data = super().clean()
        if data.get("version") is None and "version" not in self.errors:
            raise forms.ValidationError(NO_VERSION)
        return data

    def discussed(self) -> dict[int, str]:
        return {p.pk: self.cleaned_data.get(f"discussed_{p.pk}", "") for p in self.interviewers}


class DeadlineForm(forms.Form):
    ACTIONS = (
        ("set", "Use this date"),
        ("none", "They gave no timeline"),
        ("read", "Read it from the text again"),
    )
    action = forms.ChoiceField(choices=ACTIONS)
    deadline = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("action") == "set" and not data.get("deadline"):
            self.add_error("deadline", "Pick the date they said they would decide by.")
        return data


class OutcomeForm(forms.Form):
    status = forms.ChoiceField(choices=Opportunity.Status.choices)
    note = forms.CharField(max_length=300, required=False)
