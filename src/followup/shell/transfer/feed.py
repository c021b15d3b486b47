"""A secret, revocable calendar feed (.ics) of the notes still to send.

Calendars (Apple, Outlook, Thunderbird, Google when the install is reachable from the internet)
subscribe to one URL and show one event per planned note at its due time, with the reason and
a link back. The key in the URL is the only credential: it is stored as its SHA-256 (to find
the user) and sealed with the vault (so Settings can show the address again); rotating it
makes the old address answer 404 at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

import icalendar
from django.db import transaction
from django.utils import timezone

from followup.shell import actions, vault
from followup.shell.models import Profile, Step

EVENT_MINUTES = 15


def _vault_id(user) -> str:
    return f"feed:{user.pk}"


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@transaction.atomic
def rotate(user) -> str:
    """A new feed key (the first one, or a replacement: the old address stops working)."""
    profile = actions.ensure_profile(user)
    key = secrets.token_urlsafe(32)
    profile.feed_key_hash = _hash(key)
    profile.feed_key_sealed = vault.encrypt(key, _vault_id(user))
    profile.save(update_fields=["feed_key_hash", "feed_key_sealed"])
    return key


@transaction.atomic
def revoke(user) -> bool:
    return bool(
        Profile.objects.filter(user=user)
        .exclude(feed_key_hash="")
        .update(feed_key_hash="", feed_key_sealed="")
    )


def current_key(user) -> str | None:
    """The key of the user's feed, or None when there is none (or it cannot be unsealed, after
    the encryption keys were replaced: rotating gives a new one)."""
    profile = Profile.objects.filter(user=user).first()
    if profile is None or not profile.feed_key_hash:
        return None
    try:
        return vault.decrypt(profile.feed_key_sealed, _vault_id(user))
    except vault.VaultError:
        return None


def user_for(key: str):
    if not key or len(key) > 100:
        return None
    profile = (
        Profile.objects.select_related("user")
        .filter(feed_key_hash=_hash(key), user__is_active=True)
        .first()
    )
    return profile.user if profile else None


def path(key: str) -> str:
    return f"/feed/{key}.ics"


def calendar_bytes(user, base_url: str) -> bytes:
    """The feed: every planned note of the user's, as an event at its due time."""
    cal = icalendar.Calendar()
    cal.add("PRODID", "-//Followup//calendar feed//EN")
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("X-WR-CALNAME", "Followup: notes to send")
    # Ask subscribers to look again hourly: a reply or a new deadline moves a note.
    cal.add("REFRESH-INTERVAL", dt.timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("X-PUBLISHED-TTL", "PT1H")
    stamp = timezone.now()
    steps = (
        Step.objects.for_user(user)
        .filter(state=Step.State.PLANNED, interview__cancelled=False)
        .select_related("interview__opportunity__company", "interviewer")
        .order_by("due_at", "pk")
    )
    for step in steps.iterator(chunk_size=500):
        opportunity = step.interview.opportunity
        link = f"{base_url.rstrip('/')}{step.get_absolute_url()}"
        who = step.interviewer.name if step.interviewer else "the company"
        event = icalendar.Event()
        event.add("UID", f"step-{step.pk}@followup")
        event.add("DTSTAMP", stamp)
        event.add("LAST-MODIFIED", step.updated_at)
        event.add("DTSTART", step.due_at)
        event.add("DTEND", step.due_at + dt.timedelta(minutes=EVENT_MINUTES))
        event.add("SUMMARY", f"{step.get_kind_display()} to {who} ({opportunity.company.name})")
        event.add("DESCRIPTION", f"{step.reason}\n\nOpen the note: {link}")
        event.add("URL", link)
        event.add("TRANSP", "TRANSPARENT")  # a reminder, not a meeting: shows you free
        cal.add_component(event)
    return cal.to_ical()
