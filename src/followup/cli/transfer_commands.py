"""Data in and out: import, export, backup, restore, feed."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from followup.cli.common import CliError, add_command, add_json_flag, print_json
from followup.cli.django_env import add_user_option, current_user, setup


def register(commands: argparse._SubParsersAction) -> None:
    p = add_command(
        commands,
        "import",
        cmd_import,
        help="add interviews from calendar invitations (.ics), a spreadsheet or tracker "
        "export (.csv), or a Followup export (.json)",
        example="followup import invite.ics huntr-export.csv --dry-run",
        description="Add interviews from files. Each record is added, updated (a moved "
        "invitation), cancelled, skipped (already imported) or refused, with the reason; "
        "importing a file twice changes nothing. --dry-run shows the same table and saves "
        "nothing.",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; save nothing")
    p.add_argument("--company", default="", help="the company, for invitations that do not say")
    p.add_argument("--role", default="", help="the role, for invitations that do not say")
    p.add_argument(
        "--preset",
        help="how to read a CSV: followup, huntr, jobsync, linkedin, teal or generic "
        "(default: recognised from the header row)",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="read a CSV column as a field (company, role, start, date, time, end, duration, "
        "time_zone, interviewers, interviewer_email, status, notes, location, format, id); "
        "repeat for more",
    )
    p.add_argument("--encoding", help="a CSV's encoding when it is not UTF-8, e.g. cp1252")
    add_user_option(p)
    add_json_flag(p)

    p = add_command(
        commands,
        "export",
        cmd_export,
        help="write everything you own as JSON (a restorable export), or interviews or notes "
        "as CSV",
        example="followup export --format json --output followup-export.json",
    )
    p.add_argument("--format", choices=["json", "csv"], default="json")
    p.add_argument(
        "--table",
        choices=["interviews", "steps"],
        default="interviews",
        help="with --format csv: one row per interview, or per note (step)",
    )
    p.add_argument("--bom", action="store_true", help="CSV: start with a BOM, for Excel")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of the screen")
    add_user_option(p)

    p = add_command(
        commands,
        "backup",
        cmd_backup,
        help="copy the whole SQLite database safely, even while Followup runs",
        example="followup backup ~/Backups/",
        description="Copy the whole database (every user's data) with SQLite's online backup, "
        "and the encryption key file beside it (PATH.keys) so stored mail passwords can be "
        "read after a restore. Put the copy back with `followup restore PATH`.",
    )
    p.add_argument("path", metavar="PATH", help="a file to create, or a folder to put it in")
    p.add_argument("--no-key", action="store_true", help="do not copy the encryption key file")
    p.add_argument("--force", action="store_true", help="replace PATH if it exists")
    add_json_flag(p)

    p = add_command(
        commands,
        "restore",
        cmd_restore,
        help="put a backup made by `followup backup` back (the current data is kept aside)",
        example="followup restore ~/Backups/followup-backup-20261203-0900.sqlite3 --yes",
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("--yes", action="store_true", help="do it (without it, nothing changes)")
    add_json_flag(p)

    p = add_command(
        commands,
        "feed",
        cmd_feed,
        help="the secret address of your calendar feed of notes to send (--rotate, --revoke)",
        example="followup feed --rotate",
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--rotate", action="store_true", help="a new address; the old one stops working"
    )
    group.add_argument("--revoke", action="store_true", help="turn the feed off")
    p.add_argument(
        "--base-url",
        help="the address calendars reach Followup at (default http://FOLLOWUP_HOST:PORT)",
    )
    add_user_option(p)
    add_json_flag(p)


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column or not field:
            raise CliError(f'--map {pair!r}: write it as "Column name=field".')
        mapping[column] = field.strip()
    return mapping


def cmd_import(args: argparse.Namespace) -> int:
    setup()
    from followup.shell.transfer import files, importer
    from followup.shell.transfer.incoming import FileProblem

    user = current_user(args)
    options = files.Options(
        company=args.company.strip(),
        role=args.role.strip(),
        preset=args.preset,
        mapping=_mapping(args.map),
        encoding=args.encoding,
    )
    report: list[dict] = []
    failed = False
    readable: list[tuple[str, str, list]] = []  # (path, how it was read, its records)
    for path in args.files:
        try:
            name, data = files.read_path(path)
            read_as = files.preset_label(user, name, data, options)
            # Read whole before anything is applied: a file refused half-way adds nothing.
            readable.append((path, read_as, list(files.records(user, name, data, options))))
        except FileProblem as exc:
            failed = True
            report.append({"file": path, "error": str(exc), "records": []})
            if not args.json:
                print(f"{path}: {exc}", file=sys.stderr)
    results = importer.run_files(
        user,
        [_with_progress(records, path) for path, _, records in readable],
        dry_run=args.dry_run,
    )
    for (path, read_as, _), outcomes in zip(readable, results, strict=True):
        report.append(
            {
                "file": path,
                "read_as": read_as or None,
                "summary": importer.summary(outcomes),
                "records": [o.as_dict() for o in outcomes],
            }
        )
        if not args.json:
            _print_outcomes(path, read_as, outcomes, args.dry_run)
    if args.json:
        order = {path: index for index, path in enumerate(args.files)}
        report.sort(key=lambda entry: order.get(entry["file"], 0))
        print_json({"dry_run": args.dry_run, "files": report})
    return 1 if failed else 0


def _with_progress(records, name: str):
    """A progress bar on a terminal for long files; nothing when output is piped."""
    if not sys.stderr.isatty():
        return records
    from tqdm import tqdm

    return tqdm(records, desc=name, unit=" records", leave=False, mininterval=0.5, disable=None)


def _print_outcomes(path: str, read_as: str, outcomes, dry_run: bool) -> None:
    from followup.shell.transfer import importer

    verbs = {
        "add": "add",
        "update": "update",
        "cancel": "cancel",
        "skip": "skip",
        "refuse": "refuse",
    }
    print(f"{path}" + (f" (read as {read_as})" if read_as else "") + ":")
    for outcome in outcomes:
        what = f" {outcome.what}:" if outcome.what else ""
        print(f"  {verbs[outcome.action]:<7} {outcome.where}:{what} {outcome.why}")
    counts = importer.summary(outcomes)
    done = ", ".join(f"{n} {k}" for k, n in counts.items() if n) or "nothing"
    lead = "Would" if dry_run else "Done"
    tail = " Nothing was saved (--dry-run)." if dry_run else ""
    print(f"{lead}: {done}.{tail}")


def cmd_export(args: argparse.Namespace) -> int:
    setup()
    import json

    from followup.shell.transfer import csv_export, json_backup

    user = current_user(args)
    if args.format == "json":
        chunks = [json.dumps(json_backup.export(user), ensure_ascii=False, indent=2), "\n"]
    else:
        chunks = csv_export.lines(user, args.table, bom=args.bom)
    if not args.output or args.output == "-":
        for chunk in chunks:
            sys.stdout.write(chunk)
        return 0
    target = Path(args.output)
    temporary = target.with_name(f".{target.name}.partial")
    try:
        # Private, like the data folder: an export holds everything the user owns.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(descriptor, "w", encoding="utf-8", newline="") as handle:
            for chunk in chunks:
                handle.write(chunk)
        temporary.replace(target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CliError(f"could not write {target} ({exc.strerror}); check the path.") from None
    print(f"Wrote {target}.", file=sys.stderr)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    setup()
    from followup.shell.transfer.sqlite_backup import BackupError, backup

    try:
        copied = backup(Path(args.path).expanduser(), with_key=not args.no_key, force=args.force)
    except BackupError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(
            {
                "database": str(copied.database),
                "key": str(copied.key or "") or None,
                "bytes": copied.size,
            }
        )
        return 0
    print(f"Backed up the database to {copied.database} ({copied.size / 1_000_000:.1f} MB).")
    if copied.key:
        print(
            f"The encryption key file is beside it: {copied.key}. Keep both together and "
            "private: the key reads the stored mail passwords."
        )
    elif args.no_key:
        print(
            "The key file was not copied (--no-key): after a restore without it, stored "
            "mail passwords are entered again."
        )
    else:
        print(
            "No key file to copy: no mail password is stored yet (or the keys come from "
            "FOLLOWUP_ENCRYPTION_KEYS: keep them with the backup)."
        )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    setup()
    from followup.shell.transfer.sqlite_backup import BackupError, restore

    if not args.yes:
        raise CliError(
            "restoring replaces everything in this install with the backup; stop `followup "
            "serve` and the worker, then run again with --yes."
        )
    try:
        result = restore(Path(args.path).expanduser())
    except BackupError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json({"restored": args.path, "previous_data": str(result.database)})
    else:
        print(
            f"Restored {args.path}. What was here before is kept in {result.database}. Start "
            "Followup again."
        )
    return 0


def cmd_feed(args: argparse.Namespace) -> int:
    setup()
    from followup.shell import config
    from followup.shell.transfer import feed

    user = current_user(args)
    if args.revoke:
        had = feed.revoke(user)
        message = (
            "The calendar feed is off; its address no longer works."
            if had
            else ("There was no calendar feed.")
        )
        print_json({"url": None}) if args.json else print(message)
        return 0
    key = None if args.rotate else feed.current_key(user)
    key = key or feed.rotate(user)
    base = args.base_url or f"http://{config.get('FOLLOWUP_HOST')}:{config.get('FOLLOWUP_PORT')}"
    url = base.rstrip("/") + feed.path(key)
    if args.json:
        print_json({"url": url})
    else:
        print(url)
        print(
            "Subscribe to it in your calendar (Apple Calendar: File > New Calendar "
            "Subscription; Outlook: Add calendar > From internet; Thunderbird: New Calendar > "
            "On the Network). Anyone with this address sees your planned notes: `followup feed "
            "--rotate` replaces it.",
            file=sys.stderr,
        )
    return 0
