"""Your data: import with a preview, exports to download, the calendar feed."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import time

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from followup.shell import config, private_files
from followup.shell.transfer import csv_export, csv_reader, feed, files, importer, json_backup
from followup.shell.transfer.incoming import FileProblem

# An uploaded file waits here between its preview and the confirmation, at most a day.
STASH_SECONDS = 24 * 3600
# What the page takes; larger files go through `followup import` (record by record).
WEB_IMPORT_BYTES = 9_000_000
WEB_IMPORT_RECORDS = 500


def _stash_folder():
    folder = config.home() / "imports"
    private_files.make_folder(folder)
    return folder


def _stash(user, name: str, data: bytes, options: dict) -> str:
    folder = _stash_folder()
    for old in folder.iterdir():  # forget previews nobody confirmed
        with contextlib.suppress(FileNotFoundError):  # another request removed it first
            if old.stat().st_mtime < time.time() - STASH_SECONDS:
                old.unlink()
    token = secrets.token_urlsafe(16)
    header = json.dumps({"user": user.pk, "name": name, "options": options}).encode()
    path = folder / token
    private_files.make_file(path)
    path.write_bytes(header + b"\n" + data)
    return token


def _unstash(user, token: str) -> tuple[str, bytes, dict]:
    """Take the preview's file, once: a second click (or tab) finds it gone and imports
    nothing twice."""
    if not token.replace("-", "").replace("_", "").isalnum() or len(token) > 40:
        raise Http404
    path = _stash_folder() / token
    claimed = path.with_name(f"{token}.claimed")
    try:
        header, _, data = path.read_bytes().partition(b"\n")
        meta = json.loads(header)
        if meta["user"] != user.pk:  # another user's upload is not there, as far as you know
            raise Http404
        os.rename(path, claimed)  # atomic: of two requests, one wins
    except FileNotFoundError:
        raise Http404 from None
    claimed.unlink(missing_ok=True)
    return meta["name"], data, meta.get("options", {})


def _options(saved: dict) -> files.Options:
    return files.Options(company=saved.get("company", ""), mapping=saved.get("mapping", {}))


def _feed_url(request, user) -> str | None:
    key = feed.current_key(user)
    return request.build_absolute_uri(feed.path(key)) if key else None


@login_required
def data_page(request):
    return render(request, "followup/data.html", {"feed_url": _feed_url(request, request.user)})


@login_required
@require_POST
def import_preview(request):
    """Preview an uploaded file; or, after the user named a spreadsheet's columns, preview it
    again with their choice."""
    token = request.POST.get("token", "")
    if token:
        name, data, saved = _unstash(request.user, token)
        headers = saved.get("headers", [])
        saved["mapping"] = {
            header: request.POST.get(f"column-{index}", "")
            for index, header in enumerate(headers)
            if request.POST.get(f"column-{index}", "") in csv_reader.FIELDS
        }
    else:
        size = int(request.META.get("CONTENT_LENGTH") or 0)
        if size > WEB_IMPORT_BYTES:  # said before the upload is read, not after
            messages.error(
                request,
                f"The file is {size / 1_000_000:.1f} MB; the page takes up to "
                f"{WEB_IMPORT_BYTES // 1_000_000} MB. Import larger files with "
                "`followup import FILE`.",
            )
            return redirect("data")
        upload = request.FILES.get("file")
        if upload is None:
            messages.error(request, "Choose a file to import (.ics, .csv or .json).")
            return redirect("data")
        name = upload.name[:200]
        saved = {"company": request.POST.get("company", "").strip()[:200]}
        try:
            files.check_size(name, upload.size, files.kind_of(name, b""))
        except FileProblem as exc:
            messages.error(request, str(exc))
            return redirect("data")
        data = upload.read()
    options = _options(saved)
    try:
        outcomes = importer.run(
            request.user, files.records(request.user, name, data, options), dry_run=True
        )
        read_as = files.preset_label(request.user, name, data, options)
    except csv_reader.MissingColumns as exc:
        saved["headers"] = exc.headers[:100]
        return render(
            request,
            "followup/import_columns.html",
            {
                "name": name,
                "token": _stash(request.user, name, data, saved),
                "columns": [
                    (
                        index,
                        header,
                        saved.get("mapping", {}).get(header) or exc.guessed.get(header, ""),
                    )
                    for index, header in enumerate(saved["headers"])
                ],
                "fields": FIELD_CHOICES,
            },
        )
    except FileProblem as exc:
        messages.error(request, str(exc))
        return redirect("data")
    counts = importer.summary(outcomes)
    if len(outcomes) > WEB_IMPORT_RECORDS:
        # A preview holds the database's write lock while it runs: a long one would hold up
        # the worker and everyone else. The command line imports record by record.
        messages.error(
            request,
            f"{name} holds {len(outcomes):,} records; the page imports up to "
            f"{WEB_IMPORT_RECORDS:,} at a time. Import it with `followup import {name}`, or "
            "split it.",
        )
        return redirect("data")
    keep = counts["add"] + counts["update"] + counts["cancel"]
    token = _stash(request.user, name, data, saved) if keep else ""
    return render(
        request,
        "followup/import_preview.html",
        {
            "name": name,
            "outcomes": outcomes,
            "counts": counts,
            "token": token,
            "read_as": read_as,
            "preview": True,
        },
    )


# What a spreadsheet's column can hold, in words, for the page that asks.
FIELD_CHOICES = [
    ("", "Leave out"),
    ("company", "Company"),
    ("role", "Role"),
    ("start", "Interview date and time"),
    ("date", "Interview date"),
    ("time", "Interview time"),
    ("end", "End time"),
    ("duration", "Length in minutes"),
    ("time_zone", "Time zone"),
    ("interviewers", "Interviewers"),
    ("interviewer_email", "Interviewer's email"),
    ("interviewer_title", "Interviewer's title"),
    ("status", "Status or stage"),
    ("notes", "Notes"),
    ("location", "Location"),
    ("format", "Format (video, phone, on site)"),
    ("id", "An id of the row"),
]


@login_required
@require_POST
def import_confirm(request):
    token = request.POST.get("token", "")
    try:
        name, data, saved = _unstash(request.user, token)
    except Http404:
        messages.info(
            request,
            "This import was already confirmed or cancelled (in this tab or another); "
            "nothing was imported twice. Your interviews are listed under Interviews.",
        )
        return redirect("data")
    if request.POST.get("cancel"):
        messages.info(request, "Nothing was imported.")
        return redirect("data")
    try:
        outcomes = importer.run(
            request.user, files.records(request.user, name, data, _options(saved))
        )
    except FileProblem as exc:
        messages.error(request, str(exc))
        return redirect("data")
    return render(
        request,
        "followup/import_preview.html",
        {
            "name": name,
            "outcomes": outcomes,
            "counts": importer.summary(outcomes),
            "preview": False,
        },
    )


@login_required
@require_GET
def export_json(request):
    body = json.dumps(json_backup.export(request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="followup-export-{stamp}.json"'
    return response


@login_required
@require_GET
def export_csv(request):
    table = "steps" if request.GET.get("table") == "steps" else "interviews"
    response = StreamingHttpResponse(
        csv_export.lines(request.user, table, bom=request.GET.get("bom") == "1"),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="followup-{table}.csv"'
    return response


@login_required
@require_POST
def feed_action(request):
    action = request.POST.get("action")
    if action == "revoke":
        feed.revoke(request.user)
        messages.success(request, "The calendar feed is off; its address no longer works.")
    elif action in ("create", "rotate"):
        feed.rotate(request.user)
        messages.success(
            request,
            "A new feed address is below; the old one, if any, stopped working."
            if action == "rotate"
            else "Your calendar feed is on: subscribe to the address below.",
        )
    return redirect("data")


@require_GET
def feed_ics(request, key: str):
    """The feed itself: no sign-in (calendars cannot sign in); the secret key is the access."""
    user = feed.user_for(key)
    if user is None:
        # A plain 404, marked as logged: Django's request log would otherwise write the path,
        # a revoked key included, each time a calendar polls it.
        response = HttpResponse("Not found.", status=404, content_type="text/plain")
        response._has_been_logged = True
        return response
    response = HttpResponse(
        feed.calendar_bytes(user, request.build_absolute_uri("/")),
        content_type="text/calendar; charset=utf-8",
    )
    response["Cache-Control"] = "private, max-age=300"
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
@require_POST
def invitation_answer(request, pk: int):
    """Add or ignore an invitation found in the inbox (or dismiss an update's notice)."""
    from followup.shell.mailbox import invitations
    from followup.shell.models import FoundInvitation

    found = get_object_or_404(FoundInvitation.objects.for_user(request.user), pk=pk)
    if request.POST.get("answer") != "add":
        invitations.ignore(found)
        return redirect("dashboard")
    try:
        interview = invitations.add(found, request.POST.get("company", "").strip()[:200])
    except (invitations.InvitationError, FileProblem) as exc:
        messages.error(request, str(exc))
        return redirect("dashboard")
    messages.success(request, "Added from your inbox; its thank-you and follow-up are planned.")
    return redirect(interview)
