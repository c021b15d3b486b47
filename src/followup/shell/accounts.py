"""Creating an account: the first-run page and `followup init` share this."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction

from followup.shell.models import Profile
from followup.shell.planning import profile_defaults


@dataclass
class AccountInput:
    username: str
    password: str
    email: str = ""
    full_name: str = ""
    time_zone: str = "UTC"
    country: str = ""


@transaction.atomic
def create_account(data: AccountInput):
    """Create the user and their profile; raises ValidationError with readable messages."""
    User = get_user_model()
    user = User(username=data.username.strip(), email=data.email.strip())
    first, _, last = data.full_name.strip().partition(" ")
    user.first_name, user.last_name = first[:150], last[:150]
    user.set_password(data.password)
    user.full_clean(exclude=["password"])
    profile = Profile(
        full_name=data.full_name.strip(),
        email=data.email.strip(),
        time_zone=data.time_zone or "UTC",
        country=data.country.strip().upper(),
        **profile_defaults(),
    )
    profile.full_clean(exclude=["user"])
    user.save()
    profile.user = user
    profile.save()
    return user


__all__ = ["AccountInput", "ValidationError", "create_account"]
