"""Every setting Followup reads from the environment, with its default and documentation.

This list is the single source for `settings.py`, `docs/settings.md` (checked by a test) and
`followup doctor`. A setting read anywhere else is a bug; the docs test catches it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    default: str  # the value used when unset; "" when it is computed (see `shown_default`)
    doc: str
    shown_default: str = ""  # how the docs describe a computed default

    def value(self) -> str:
        return os.environ.get(self.name, "") or self.default

    @property
    def documented_default(self) -> str:
        return self.shown_default or self.default or "(empty)"


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "FOLLOWUP_HOME",
        "",
        "Folder holding the SQLite database, the secret key and other local state.",
        shown_default="the user data folder (~/.local/share/followup on Linux)",
    ),
    Setting(
        "DATABASE_URL",
        "",
        "Database to use. SQLite (WAL mode) by default; "
        "`postgres://user@host:5432/name` for a team install.",
        shown_default="sqlite:///$FOLLOWUP_HOME/followup.sqlite3",
    ),
    Setting(
        "FOLLOWUP_SECRET_KEY",
        "",
        "Django's secret key, used to sign sessions and CSRF tokens.",
        shown_default="generated on first run into $FOLLOWUP_HOME/secret_key (mode 0600)",
    ),
    Setting(
        "FOLLOWUP_ENCRYPTION_KEYS",
        "",
        "Comma-separated Fernet keys for mail passwords at rest, newest first.",
        shown_default="generated on first use into $FOLLOWUP_HOME/encryption.keys (mode 0600)",
    ),
    Setting("FOLLOWUP_DEBUG", "0", "Set to 1 for Django's debug pages. Never in production."),
    Setting(
        "FOLLOWUP_BEHIND_TLS",
        "0",
        "Set to 1 when a TLS proxy serves Followup over https: secure cookies, HSTS (one year), "
        "and trust of the proxy's X-Forwarded-Proto header.",
    ),
    Setting(
        "FOLLOWUP_ALLOWED_HOSTS",
        "127.0.0.1,localhost",
        "Comma-separated host names the web server answers to.",
    ),
    Setting(
        "FOLLOWUP_CSRF_TRUSTED_ORIGINS",
        "",
        "Comma-separated origins (https://followup.example.com) allowed to post forms when "
        "served behind a proxy.",
    ),
    Setting("FOLLOWUP_HOST", "127.0.0.1", "Address `followup serve` binds to."),
    Setting("FOLLOWUP_PORT", "8000", "Port `followup serve` listens on."),
    Setting(
        "FOLLOWUP_GOOGLE_CLIENT_ID",
        "",
        'Your install\'s OAuth client ID from Google Cloud: turns on "Sign in with Google" '
        "for Gmail (README, Mail accounts with OAuth).",
    ),
    Setting("FOLLOWUP_GOOGLE_CLIENT_SECRET", "", "The secret of that Google OAuth client."),
    Setting(
        "FOLLOWUP_MICROSOFT_CLIENT_ID",
        "",
        "Your install's application (client) ID from Microsoft Entra: turns on \"Sign in with "
        'Microsoft" for Outlook.com and Microsoft 365.',
    ),
    Setting(
        "FOLLOWUP_MICROSOFT_CLIENT_SECRET",
        "",
        "That Entra app's client secret; leave empty for a public client (the command line's "
        'sign-in with a code needs "Allow public client flows").',
    ),
    Setting(
        "FOLLOWUP_MICROSOFT_TENANT",
        "common",
        "The Entra tenant to sign in with: common, consumers, organizations or your tenant ID.",
    ),
    Setting(
        "FOLLOWUP_OAUTH_NAME",
        "",
        "Another OAuth 2.0 mail provider: its name on the sign-in button (set it with the "
        "FOLLOWUP_OAUTH_* endpoints below).",
    ),
    Setting("FOLLOWUP_OAUTH_AUTHORIZE_URL", "", "That provider's authorisation endpoint."),
    Setting("FOLLOWUP_OAUTH_TOKEN_URL", "", "That provider's token endpoint."),
    Setting(
        "FOLLOWUP_OAUTH_DEVICE_URL",
        "",
        "That provider's device authorisation endpoint (RFC 8628), if it has one.",
    ),
    Setting(
        "FOLLOWUP_OAUTH_REVOKE_URL", "", "That provider's revocation endpoint (RFC 7009), if any."
    ),
    Setting(
        "FOLLOWUP_OAUTH_SCOPES",
        "",
        "Space-separated scopes that give IMAP and SMTP access at that provider.",
    ),
    Setting("FOLLOWUP_OAUTH_CLIENT_ID", "", "Your client ID at that provider."),
    Setting("FOLLOWUP_OAUTH_CLIENT_SECRET", "", "Your client secret at that provider, if any."),
    Setting(
        "FOLLOWUP_WINDOW_START",
        "08:00",
        "Start of the send window, in the recipient's local time (business days only).",
    ),
    Setting(
        "FOLLOWUP_WINDOW_END",
        "18:00",
        "End of the send window (exclusive), in the recipient's local time.",
    ),
    Setting(
        "FOLLOWUP_THANK_YOU_DELAY_MINUTES",
        "60",
        "Minutes after the interview ends before the thank-you is due.",
    ),
    Setting(
        "FOLLOWUP_FOLLOW_UP_DAYS",
        "7",
        "Calendar days after the interview for the official follow-up when no timeline was "
        "given (7 to 14).",
    ),
    Setting(
        "FOLLOWUP_STEP_TIME",
        "09:30",
        "Local time of day for the official follow-up, the nudge and out-of-office moves.",
    ),
    Setting(
        "FOLLOWUP_DEADLINE_BUSINESS_DAYS",
        "2",
        "Business days after the date they gave before the official follow-up.",
    ),
    Setting(
        "FOLLOWUP_NUDGE_BUSINESS_DAYS",
        "7",
        "Business days after the official follow-up before the single nudge.",
    ),
)

BY_NAME = {setting.name: setting for setting in SETTINGS}


def get(name: str) -> str:
    return BY_NAME[name].value()


def home() -> Path:
    explicit = os.environ.get("FOLLOWUP_HOME")
    if explicit:
        return Path(explicit).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("followup", appauthor=False))


def _check_clock(value: str) -> None:
    import datetime as dt

    dt.time.fromisoformat(value)


def _check_int(low: int, high: int):
    def check(value: str) -> None:
        number = int(value)
        if not low <= number <= high:
            raise ValueError(f"must be between {low} and {high}")

    return check


def _check_choice(*choices: str):
    def check(value: str) -> None:
        if value not in choices:
            raise ValueError(f"must be one of {choices}")

    return check


_CHECKS = {
    "FOLLOWUP_WINDOW_START": (_check_clock, "a time such as 08:00"),
    "FOLLOWUP_WINDOW_END": (_check_clock, "a time such as 18:00"),
    "FOLLOWUP_STEP_TIME": (_check_clock, "a time such as 09:30"),
    "FOLLOWUP_THANK_YOU_DELAY_MINUTES": (_check_int(0, 24 * 60), "minutes from 0 to 1440"),
    "FOLLOWUP_FOLLOW_UP_DAYS": (_check_int(7, 14), "a whole number of days from 7 to 14"),
    "FOLLOWUP_DEADLINE_BUSINESS_DAYS": (_check_int(0, 30), "business days from 0 to 30"),
    "FOLLOWUP_NUDGE_BUSINESS_DAYS": (_check_int(1, 30), "business days from 1 to 30"),
    "FOLLOWUP_PORT": (_check_int(1, 65535), "a port number"),
    "FOLLOWUP_DEBUG": (_check_choice("0", "1"), "0 or 1"),
    "FOLLOWUP_BEHIND_TLS": (_check_choice("0", "1"), "0 or 1"),
}


def problems() -> list[str]:
    """One sentence per malformed setting, saying what it should be."""
    found = []
    for name, (check, expected) in _CHECKS.items():
        value = get(name)
        try:
            check(value)
        except ValueError:
            found.append(f"{name}={value!r} is not valid; set it to {expected}.")
    start, end = get("FOLLOWUP_WINDOW_START"), get("FOLLOWUP_WINDOW_END")
    if not found and start >= end and len(start) == len(end):
        found.append("FOLLOWUP_WINDOW_START must be before FOLLOWUP_WINDOW_END.")
    return found


def markdown() -> str:
    """The settings reference, as docs/settings.md holds it (a test keeps the two equal)."""
    lines = [
        "# Settings",
        "",
        "Every setting is an environment variable. Unset or empty means the default.",
        "This page is generated from `src/followup/shell/config.py`: run",
        "`python -m followup.shell.config > docs/settings.md` after changing a setting.",
        "",
        "| Variable | Default | What it does |",
        "| --- | --- | --- |",
    ]
    for setting in SETTINGS:
        lines.append(f"| `{setting.name}` | {setting.documented_default} | {setting.doc} |")
    lines += ["", *_ACCOUNT_SETTINGS]
    return "\n".join(lines) + "\n"


# Not environment variables: what each mail account holds, set on the Mail page or with
# `followup account add`. Listed here so the settings reference names them too.
_ACCOUNT_SETTINGS = [
    "## Mail account settings",
    "",
    "Each mail account is set on the Mail page or with `followup account add` (see its `--help`),",
    "and is used only after Followup has signed in to both of its servers.",
    "",
    "| Setting | Command-line option | What it does |",
    "| --- | --- | --- |",
    "| Provider | `--provider` | A preset (gmail, outlook, fastmail, icloud, yahoo) fills in the "
    "servers; `custom` for any other. |",
    "| SMTP / IMAP server and port | `--smtp-host`, `--smtp-port`, `--imap-host`, `--imap-port` | "
    "Only for another provider. |",
    "| Security | `--smtp-security`, `--imap-security` | `tls` or `starttls`; left empty, it "
    "follows the preset or the port (465 and 993: TLS; 587 and 143: STARTTLS). There is no "
    "unencrypted choice. |",
    "| CA certificate | `--cafile FILE` | For a private server whose certificate comes from your "
    "own certificate authority: the PEM file's text is checked and stored with the account (on "
    "the Mail page, paste it under Servers and certificate). |",
    "| Delivery | `--delivery draft` or `send` | Put each due note in Drafts (the default), or "
    "send it at its planned moment. |",
    "| Unverified | `--save-unverified`, `--no-test` | Keep an account whose sign-in check failed "
    "(or was skipped): it stays paused, and nothing is queued for it, until "
    "`followup account test` passes. |",
]


if __name__ == "__main__":
    print(markdown(), end="")
