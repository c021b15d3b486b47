"""Server settings of the common providers, so most users only type an address and a password.

All of them refuse the normal password for IMAP and SMTP once two-step sign-in is on, hence
the notes: the user needs an app password, or (Gmail, Outlook) signs in with OAuth 2.0
(`oauth.py`). Checked against each provider's help pages.
"""

from __future__ import annotations

from typing import Any

PRESETS: dict[str, dict[str, Any]] = {
    "gmail": {
        "label": "Gmail / Google Workspace",
        "smtp": {"host": "smtp.gmail.com", "port": 465, "security": "tls"},
        "imap": {"host": "imap.gmail.com", "port": 993, "security": "tls"},
        "username": "email",
        "note": "Sign in with Google where this install offers it; otherwise Gmail needs an app "
        "password (two-step verification must be on): https://myaccount.google.com/apppasswords",
    },
    "outlook": {
        "label": "Outlook.com / Microsoft 365",
        "smtp": {"host": "smtp.office365.com", "port": 587, "security": "starttls"},
        "imap": {"host": "outlook.office365.com", "port": 993, "security": "tls"},
        "username": "email",
        "note": "Outlook.com and most Microsoft 365 accounts accept only Microsoft sign-in for "
        "IMAP and SMTP: use Sign in with Microsoft (set up once per install, README). An app "
        "password works only where your account still allows one.",
    },
    "fastmail": {
        "label": "Fastmail",
        "smtp": {"host": "smtp.fastmail.com", "port": 465, "security": "tls"},
        "imap": {"host": "imap.fastmail.com", "port": 993, "security": "tls"},
        "username": "email",
        "note": "Fastmail needs an app password: Settings, Privacy & Security, App passwords "
        "(https://app.fastmail.com/settings/security/apppasswords).",
    },
    "icloud": {
        "label": "iCloud Mail",
        "smtp": {"host": "smtp.mail.me.com", "port": 587, "security": "starttls"},
        "imap": {"host": "imap.mail.me.com", "port": 993, "security": "tls"},
        "username": "email",
        "note": "iCloud needs an app-specific password: https://account.apple.com, Sign-In and "
        "Security, App-Specific Passwords.",
    },
    "yahoo": {
        "label": "Yahoo Mail",
        "smtp": {"host": "smtp.mail.yahoo.com", "port": 465, "security": "tls"},
        "imap": {"host": "imap.mail.yahoo.com", "port": 993, "security": "tls"},
        "username": "email",
        "note": "Yahoo needs an app password: https://login.yahoo.com/account/security",
    },
}
