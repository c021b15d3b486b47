"""Which reader a file needs, and the checks every file passes before it is read."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from followup.shell import actions
from followup.shell.models import MailAccount
from followup.shell.transfer import csv_reader, ics_reader, json_backup
from followup.shell.transfer.incoming import MAX_FILE_BYTES, FileProblem, Incoming

KINDS = {
    ".ics": "ics",
    ".ical": "ics",
    ".ifb": "ics",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".json": "json",
}


@dataclass
class Options:
    company: str = ""  # overrides what an invitation suggests
    role: str = ""
    preset: str | None = None  # a CSV preset's name, or "generic"
    mapping: dict[str, str] = field(default_factory=dict)  # CSV header -> field
    encoding: str | None = None


def kind_of(name: str, head: bytes) -> str:
    """'ics', 'csv' or 'json', from the name, else from the first bytes."""
    found = KINDS.get(Path(name).suffix.lower())
    if found:
        return found
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:20].upper()
    if start.startswith(b"BEGIN:VCALENDAR"):
        return "ics"
    if start.startswith(b"{"):
        return "json"
    return "csv"


def check_size(name: str, size: int, kind: str) -> None:
    limit = MAX_FILE_BYTES[kind]
    if size > limit:
        raise FileProblem(
            f"{name} is {size / 1_000_000:,.1f} MB; a .{kind} file to import may be up to "
            f"{limit // 1_000_000} MB. Export only what you want to bring in."
        )
    if size == 0:
        raise FileProblem(f"{name} is empty; there is nothing to import.")


def read_path(path: str) -> tuple[str, bytes]:
    """A file named on the command line, refused by its size before it is read."""
    file = Path(path)
    try:
        size = file.stat().st_size
        with file.open("rb") as handle:
            head = handle.read(4096)
            check_size(file.name, size, kind_of(file.name, head))
            return file.name, head + handle.read()
    except FileNotFoundError:
        raise FileProblem(f"{path}: no such file; check the path.") from None
    except IsADirectoryError:
        raise FileProblem(f"{path} is a folder; give a file.") from None
    except PermissionError:
        raise FileProblem(f"{path}: permission denied; check the file's permissions.") from None


def records(user, name: str, data: bytes, options: Options) -> Iterable[Incoming]:
    """The file's records; a FileProblem when the whole file is refused."""
    kind = kind_of(name, data[:4096])
    check_size(name, len(data), kind)
    profile = actions.ensure_profile(user)
    if kind == "ics":
        found = ics_reader.read_ics(
            data, name=name, me=me(user, profile), fallback_zone=profile.time_zone
        )
        return [_override(record, options) for record in found]
    if kind == "json":
        return json_backup.read(data, name=name)
    _preset, rows = csv_reader.read_csv(
        data,
        name=name,
        default_zone=profile.time_zone,
        country=profile.country,
        mapping=options.mapping,
        encoding=options.encoding,
        preset_name=options.preset,
    )
    return rows


def preset_label(user, name: str, data: bytes, options: Options) -> str:
    """How a CSV file is read, for the preview: "Huntr (job board export)" or "generic"."""
    if kind_of(name, data[:4096]) != "csv":
        return ""
    preset, _ = csv_reader.read_csv(
        data,
        name=name,
        default_zone="UTC",
        encoding=options.encoding,
        preset_name=options.preset,
        mapping=options.mapping,
    )
    return preset.label if preset else "generic columns"


def _override(record: Incoming, options: Options) -> Incoming:
    if record.interview is not None:
        if options.company:
            record.interview.company = options.company
            if record.problem == ics_reader.NO_COMPANY:
                record.problem = ""  # refused only for want of the company, now given
        if options.role:
            record.interview.role = options.role
    return record


def me(user, profile) -> set[str]:
    mine = {user.email, profile.email, profile.full_name, user.get_full_name()}
    for email, name in MailAccount.objects.for_user(user).values_list("email", "display_name"):
        mine |= {email, name}
    return {item for item in mine if item}
