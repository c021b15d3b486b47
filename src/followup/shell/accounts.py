"""Creating an account: the first-run page and `followup init` share this."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection, transaction

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


class FirstRunClosed(Exception):
    """An account exists already: the first-run page creates only the first one."""


def create_first_account(data: AccountInput):
    """Create the install's first account, or raise FirstRunClosed if one exists already.

    Safe when several sign-ups arrive at once: the check and the insert happen under a lock
    that a second sign-up waits for (SQLite's IMMEDIATE transaction; a table lock on
    PostgreSQL), so exactly one account is made.
    """
    User = get_user_model()
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    f"LOCK TABLE {connection.ops.quote_name(User._meta.db_table)} "
                    "IN SHARE ROW EXCLUSIVE MODE"
                )
        if User.objects.exists():
            raise FirstRunClosed("An account exists already: sign in with it.")
        return create_account(data)


__all__ = [
    "AccountInput",
    "FirstRunClosed",
    "ValidationError",
    "create_account",
    "create_first_account",
]
