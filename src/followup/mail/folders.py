"""Finding the Drafts and Sent folders: by special-use flag first, then by common names."""

from __future__ import annotations

from collections.abc import Iterable

DRAFTS_NAMES = ("Drafts", "[Gmail]/Drafts", "Draft", "INBOX.Drafts", "INBOX/Drafts")
SENT_NAMES = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "[Gmail]/Sent Mail",
    "INBOX.Sent",
    "INBOX/Sent",
    "Sent Mail",
)


def pick_folder(
    folders: Iterable[tuple[str, tuple[str, ...]]], special_use: str, names: tuple[str, ...]
) -> str | None:
    """The folder flagged ``special_use`` (e.g. "\\Drafts"); else the first common name found.

    ``folders`` are (name, flags) pairs as listed by the server. Names compare without regard
    to case, because servers differ ("Sent items" on some Exchange set-ups).
    """
    listed = [(name, tuple(flag.lower() for flag in flags)) for name, flags in folders]
    for name, flags in listed:
        if special_use.lower() in flags and "\\noselect" not in flags:
            return name
    by_lower = {name.lower(): name for name, flags in listed if "\\noselect" not in flags}
    for candidate in names:
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return None
