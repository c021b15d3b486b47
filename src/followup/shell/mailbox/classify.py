"""Which incoming messages can be answers at all: not bulk mail, not from a free-mail domain
alone. What an answer means is read by `followup.core.replies`."""

from __future__ import annotations

FREE_MAIL_DOMAINS = frozenset(
    "gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com ymail.com "
    "icloud.com me.com mac.com aol.com proton.me protonmail.com gmx.com gmx.de mail.com "
    "fastmail.com zoho.com yandex.com".split()
)


def is_automated(auto_submitted: str, precedence: str) -> bool:
    """Bulk or machine mail that is not a person's answer (newsletters, notifications)."""
    auto = auto_submitted.strip().lower()
    return (auto not in ("", "no")) or precedence.strip().lower() in ("bulk", "list", "junk")


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[-1].strip().lower() if "@" in address else ""
