"""Secrets at rest: mail passwords encrypted with MultiFernet.

Keys come from FOLLOWUP_ENCRYPTION_KEYS (comma-separated, newest first) or from the key file
$FOLLOWUP_HOME/encryption.keys (one key a line, newest first), created with mode 0600 on first
use. Each secret is bound to the account it belongs to: the token carries the account's random
`vault_id`, so a token copied onto another account's row does not decrypt there.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from followup.shell import config, private_files


class VaultError(Exception):
    """A secret cannot be read: the key is missing or wrong, or the token was tampered with."""


def key_file() -> Path:
    return config.home() / "encryption.keys"


def _keys(*, create: bool = False) -> list[bytes]:
    explicit = config.get("FOLLOWUP_ENCRYPTION_KEYS")
    if explicit:
        return [k.strip().encode() for k in explicit.split(",") if k.strip()]
    path = key_file()
    if not path.exists():
        if not create:
            # Only encrypting makes a key: a missing file at decryption time means the data
            # folder was restored without it, which a new key would only hide.
            raise VaultError(
                f"the key file {path} is missing; copy it back from your backup (`followup "
                "backup` writes it beside the copy as PATH.keys), or enter the mail password "
                "again (`followup account add`)."
            )
        _create_key_file(path)
    keys = [line.strip().encode() for line in path.read_text().splitlines() if line.strip()]
    if not keys:
        raise VaultError(
            f"{path} holds no key; copy it back from your backup (the PATH.keys file "
            "`followup backup` wrote beside the copy)."
        )
    return keys


def _create_key_file(path: Path) -> None:
    """First use: O_EXCL, so two processes starting at once agree on one key."""
    private_files.make_folder(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "w") as handle:
        handle.write(Fernet.generate_key().decode() + "\n")


def _write_keys(path: Path, keys: list[bytes]) -> None:
    private_files.make_folder(path.parent)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write("\n".join(k.decode() for k in keys) + "\n")
    os.replace(temporary, path)  # atomic: a crash never leaves a half-written key file


def _fernet(*, create: bool = False) -> MultiFernet:
    try:
        return MultiFernet([Fernet(key) for key in _keys(create=create)])
    except ValueError:
        raise VaultError(
            "an encryption key is malformed; check FOLLOWUP_ENCRYPTION_KEYS or the key file."
        ) from None


def encrypt(secret: str, vault_id: str) -> str:
    payload = json.dumps({"v": vault_id, "s": secret}).encode()
    return _fernet(create=True).encrypt(payload).decode()


def decrypt(token: str, vault_id: str) -> str:
    try:
        payload = json.loads(_fernet().decrypt(token.encode()))
    except (InvalidToken, ValueError):
        raise VaultError(
            "a stored password cannot be decrypted with the current keys; "
            "enter the password again (`followup account add`)."
        ) from None
    if payload.get("v") != vault_id:
        raise VaultError("a stored password belongs to another account; enter it again.")
    return payload["s"]


def rotate(tokens: list[str]) -> list[str]:
    """Re-encrypt every token with a new primary key.

    With the key file, a new key is generated and put first. With FOLLOWUP_ENCRYPTION_KEYS, the
    user puts the new key first in that list beforehand. The caller saves the returned tokens,
    then calls `retire_old_keys()`, so a crash in between loses nothing.
    """
    if not config.get("FOLLOWUP_ENCRYPTION_KEYS"):
        _write_keys(key_file(), [Fernet.generate_key(), *_keys()])
    fernet = _fernet()
    try:
        return [fernet.rotate(token.encode()).decode() for token in tokens]
    except InvalidToken:
        raise VaultError(
            "a stored password cannot be decrypted with the current keys; nothing was changed."
        ) from None


def retire_old_keys() -> int:
    """Keep only the primary key in the key file; return how many keys were dropped."""
    if config.get("FOLLOWUP_ENCRYPTION_KEYS"):
        return 0  # the user's environment, not ours to edit
    keys = _keys()
    _write_keys(key_file(), keys[:1])
    return len(keys) - 1


def add_keys(text: str) -> int:
    """Keys from a backup's key file, added after the current ones: what a restored database
    was encrypted with can be read again, and new secrets still use the current key."""
    found = [line.strip().encode() for line in text.splitlines() if line.strip()]
    for key in found:
        try:
            Fernet(key)
        except ValueError:
            raise VaultError("the backup's key file is malformed; nothing was added.") from None
    path = key_file()
    current = _keys(create=True) if not config.get("FOLLOWUP_ENCRYPTION_KEYS") else []
    added = [key for key in found if key not in current]
    if added and not config.get("FOLLOWUP_ENCRYPTION_KEYS"):
        _write_keys(path, current + added)
    return len(added)
