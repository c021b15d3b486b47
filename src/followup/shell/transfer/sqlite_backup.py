"""A copy of the whole SQLite database, taken safely while the app runs, and putting one back.

SQLite's online backup API copies a consistent snapshot even while the web UI and the worker
write (copying the file with `cp` can catch a half-written page, and misses the -wal file). The
encryption key file goes beside the copy, because the copy's mail passwords cannot be read
without it; `--no-key` leaves it out for a copy that travels separately from its key.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection

from followup.shell import config, private_files, vault


class BackupError(Exception):
    """Said in one sentence, with what to do."""


@dataclass
class Copied:
    database: Path
    key: Path | None
    size: int


def _live_path() -> Path:
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        raise BackupError(
            "this install uses PostgreSQL; back it up with its own tools "
            "(`pg_dump --format=custom DBNAME > followup.dump`), and the key file "
            f"{vault.key_file()} with it."
        )
    return Path(database["NAME"])


def default_name(now: dt.datetime) -> str:
    return f"followup-backup-{now:%Y%m%d-%H%M%S}.sqlite3"


def backup(target: Path, *, with_key: bool = True, force: bool = False) -> Copied:
    live = _live_path()
    if target.is_dir():
        target = target / default_name(dt.datetime.now())
    if target.resolve() == live.resolve():
        raise BackupError("that is the live database itself; give another path.")
    if target.exists() and not force:
        raise BackupError(f"{target} exists; give a new name, or --force to replace it.")
    if not target.parent.is_dir():
        raise BackupError(f"{target.parent} is not a folder; create it first.")
    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        private_files.make_file(temporary)
        _copy(live, temporary, one_file=True)
        _check(temporary)
        os.replace(temporary, target)  # all or nothing: never a half-written backup
    except sqlite3.Error as exc:
        raise BackupError(f"the copy failed ({exc}); nothing was written to {target}.") from None
    except OSError as exc:
        raise BackupError(
            f"could not write {target} ({exc.strerror}); check the folder and free space."
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    key = None
    keys = vault.key_file()
    if with_key and not config.get("FOLLOWUP_ENCRYPTION_KEYS") and keys.exists():
        key = target.with_name(target.name + ".keys")
        private_files.make_file(key)
        shutil.copyfile(keys, key)
        os.chmod(key, private_files.FILE_MODE)
    return Copied(target, key, target.stat().st_size)


def restore(source: Path) -> Copied:
    """Put a backup back into the live database, keeping a copy of what was there."""
    live = _live_path()
    if not source.is_file():
        raise BackupError(f"{source}: no such file; give the path of a backup.")
    try:
        _check(source)
    except sqlite3.Error as exc:
        raise BackupError(
            f"{source} is not a usable Followup backup ({exc}); nothing was changed."
        ) from None
    safety = live.with_name(f"followup.before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3")
    private_files.make_file(safety)
    try:
        _copy(live, safety, one_file=True)
    except sqlite3.Error as exc:
        raise BackupError(
            f"could not keep a copy of the current data ({exc}); nothing changed."
        ) from None
    connection.close()  # Django's own handle re-opens on the restored file
    try:
        _copy(source, live)
    except sqlite3.Error as exc:
        raise BackupError(
            f"the restore failed ({exc}); what was there before is in {safety}. Stop "
            "`followup serve` and the worker, then try again."
        ) from None
    key = source.with_name(source.name + ".keys")
    if key.exists():
        vault.add_keys(key.read_text())
    return Copied(safety, key if key.exists() else None, live.stat().st_size)


def _copy(source: Path, target: Path, *, one_file: bool = False) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(target, timeout=30)
    try:
        # In one step: a step-wise copy starts over whenever another connection writes, and
        # might never finish on a busy install. In WAL mode this read holds up no writer.
        src.backup(dst, pages=-1)
        if one_file:
            # A backup is one self-contained file: no -wal or -shm beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def _check(path: Path) -> None:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("the copy failed its integrity check")
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "followup_interview" not in tables:
            raise sqlite3.DatabaseError("it holds no Followup data")
    finally:
        db.close()
