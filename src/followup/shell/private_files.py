"""The data folder is private: the folder 0700, the database, its -wal and -shm, and the keys 0600.

Made so on creation (settings.py), checked by `followup doctor`, repaired by `doctor --fix`.
Plain Python with no Django, so settings.py can use it before Django starts.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
PRIVATE_FILES = (
    "secret_key",
    "encryption.keys",
    "followup.sqlite3",
    "followup.sqlite3-wal",
    "followup.sqlite3-shm",
)


def make_folder(home: Path) -> None:
    """Create the data folder private; an existing one is left as the user set it."""
    if not home.exists():
        home.mkdir(parents=True, mode=FOLDER_MODE)
        os.chmod(home, FOLDER_MODE)  # mkdir's mode is filtered by the umask


def make_file(path: Path) -> None:
    """Create an empty private file (the SQLite database before SQLite opens it: its -wal and
    -shm files take the database file's mode)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


def wrong_modes(home: Path) -> list[tuple[Path, int, int]]:
    """(path, mode it has, mode it should have) for each private path others can reach."""
    found = []
    for path, wanted in [(home, FOLDER_MODE)] + [(home / n, FILE_MODE) for n in PRIVATE_FILES]:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            continue
        if mode & 0o077:
            found.append((path, mode, wanted))
    return found


def repair(home: Path) -> list[Path]:
    """Make every private path private; return the ones changed."""
    changed = []
    for path, _mode, wanted in wrong_modes(home):
        os.chmod(path, wanted)
        changed.append(path)
    return changed
