"""A password validator Django lacks: no password built around the user name.

Django's similarity check compares whole strings, so with a short user name ("sam") it lets
"sam12345sam" through; a guesser tries exactly those first.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError


class UserNameInPasswordValidator:
    def validate(self, password: str, user=None) -> None:
        name = (getattr(user, "username", "") or "").casefold()
        if len(name) >= 3 and name in password.casefold():
            raise ValidationError(
                "The password contains your user name; choose one that does not.",
                code="password_contains_username",
            )

    def get_help_text(self) -> str:
        return "Your password cannot contain your user name."
