"""Encrypted backups: anyone may seal one, only the passphrase opens it.

Hybrid public-key encryption, so the automatic backups at exit and each day need no
passphrase: each backup gets a fresh X25519 key pair; its shared secret with the desk's
public key, through HKDF-SHA256, is the AES-256-GCM key of the file. The file is sealed in
chunks (the STREAM construction: each nonce is the chunk's number and a flag on the last
chunk), so a backup of a gigabyte needs a megabyte of memory, and a truncated, reordered or
altered file never decrypts.

The desk's private key is locked with scrypt(passphrase) and kept in DeskConfig.backup_key
next to the public key, and the same locked key is written into every backup's header: any
backup restores on a new PC with the passphrase alone. Without it a stolen laptop or USB
drive holds nothing readable.

A backup key (the text in the desk's settings) is JSON:
    {"pelita_backup_key": 1, "public": b64, "scrypt": {"salt": b64, "n", "r", "p"},
     "nonce": b64, "locked": b64}
A sealed file: MAGIC, a 4-byte big-endian header length, the header (JSON: the backup key,
the file's ephemeral public key, the chunk size), then the sealed chunks; every chunk is
authenticated with MAGIC + header as associated data.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.services.backup_errors import (
    BACKUP_DAMAGED,
    KEY_DAMAGED,
    NOT_A_BACKUP,
    PASSPHRASE_NEEDED,
    PASSPHRASE_TOO_SHORT,
    WRONG_PASSPHRASE,
    BackupError,
)

MAGIC = b"PELITA-BACKUP\x00\x01"
MIN_PASSPHRASE = 8
CHUNK_SIZE = 1 << 20
TAG_SIZE = 16
# scrypt's cost: ~0.1 s and 32 MiB on a desk PC, paid once per restore or passphrase change.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
_HKDF_INFO = b"pelita backup v1"
_MAX_HEADER = 64 * 1024
_RAW = serialization.Encoding.Raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _lock(private_raw: bytes, public_raw: bytes, passphrase: str) -> dict[str, Any]:
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _scrypt(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return {
        "pelita_backup_key": 1,
        "public": _b64(public_raw),
        "scrypt": {"salt": _b64(salt), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
        "nonce": _b64(nonce),
        # The public key is associated data: a key file with a swapped public key fails.
        "locked": _b64(AESGCM(key).encrypt(nonce, private_raw, public_raw)),
    }


def _check_length(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupError(PASSPHRASE_TOO_SHORT, "passphrase", minimum=MIN_PASSPHRASE)


def new_backup_key(passphrase: str) -> str:
    """A new key pair, its private half locked by `passphrase`: the text for
    DeskConfig.backup_key. Refuses a passphrase shorter than MIN_PASSPHRASE characters."""
    _check_length(passphrase)
    private = X25519PrivateKey.generate()
    private_raw = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, _no_encryption())
    public_raw = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    return json.dumps(_lock(private_raw, public_raw, passphrase), sort_keys=True)


def _no_encryption() -> serialization.KeySerializationEncryption:
    return serialization.NoEncryption()


def _parse_key(backup_key: str | dict[str, Any]) -> dict[str, Any]:
    try:
        data = json.loads(backup_key) if isinstance(backup_key, str) else backup_key
        if not isinstance(data, dict) or data.get("pelita_backup_key") != 1:
            raise ValueError("not a backup key")
        _unb64(data["public"]), _unb64(data["nonce"]), _unb64(data["locked"])
        _unb64(data["scrypt"]["salt"])
        for name in ("n", "r", "p"):
            if not isinstance(data["scrypt"][name], int):
                raise ValueError("bad scrypt parameters")
    except (ValueError, KeyError, TypeError):
        raise BackupError(KEY_DAMAGED, "passphrase") from None
    return data


def public_key_of(backup_key: str) -> str:
    """The public key alone (base64), e.g. to show which key a desk seals with."""
    return str(_parse_key(backup_key)["public"])


def _unlock(key: dict[str, Any], passphrase: str) -> X25519PrivateKey:
    """The private key; BackupError("passphrase") when the passphrase is wrong."""
    kdf = key["scrypt"]
    secret = _scrypt(passphrase, _unb64(kdf["salt"]), kdf["n"], kdf["r"], kdf["p"])
    try:
        private_raw = AESGCM(secret).decrypt(
            _unb64(key["nonce"]), _unb64(key["locked"]), _unb64(key["public"])
        )
    except InvalidTag:
        raise BackupError(WRONG_PASSPHRASE, "passphrase") from None
    return X25519PrivateKey.from_private_bytes(private_raw)


def check_passphrase(backup_key: str, passphrase: str) -> bool:
    try:
        _unlock(_parse_key(backup_key), passphrase)
    except BackupError as error:
        if error.text == KEY_DAMAGED:
            raise
        return False
    return True


def change_passphrase(backup_key: str, old: str, new: str) -> str:
    """The same key pair locked by `new`. Backups taken before keep the old passphrase in
    their header: they still open with `old` only."""
    _check_length(new)
    key = _parse_key(backup_key)
    private = _unlock(key, old)
    private_raw = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, _no_encryption())
    return json.dumps(_lock(private_raw, _unb64(key["public"]), new), sort_keys=True)


def _file_key(private: X25519PrivateKey, peer: X25519PublicKey, salt: bytes) -> AESGCM:
    shared = private.exchange(peer)
    secret = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_HKDF_INFO).derive(shared)
    return AESGCM(secret)


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _chunks(source: BinaryIO, size: int) -> Iterator[tuple[bytes, bool]]:
    """The file in chunks of `size`, each with "is last"; the last is always shorter than
    `size` (empty if need be), so a reader knows the end from a short chunk."""
    chunk = source.read(size)
    while True:
        if len(chunk) < size:
            yield chunk, True
            return
        following = source.read(size)
        yield chunk, False
        chunk = following


def encrypt_file(source: Path, target: BinaryIO, backup_key: str) -> None:
    """Seal the file `source` into the open file `target` for the desk's public key."""
    key = _parse_key(backup_key)
    recipient_raw = _unb64(key["public"])
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    header = json.dumps(
        {"key": key, "ephemeral": _b64(ephemeral_raw), "chunk": CHUNK_SIZE}, sort_keys=True
    ).encode("utf-8")
    associated = MAGIC + header
    cipher = _file_key(
        ephemeral, X25519PublicKey.from_public_bytes(recipient_raw), ephemeral_raw + recipient_raw
    )
    target.write(MAGIC + len(header).to_bytes(4, "big") + header)
    with source.open("rb") as plain:
        for counter, (chunk, last) in enumerate(_chunks(plain, CHUNK_SIZE)):
            target.write(cipher.encrypt(_nonce(counter, last), chunk, associated))


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def read_header(source: BinaryIO, name: str) -> tuple[dict[str, Any], bytes]:
    """The parsed header and the associated data of a sealed file, read from its start."""
    if source.read(len(MAGIC)) != MAGIC:
        raise BackupError(NOT_A_BACKUP, "backup", file=name)
    length = int.from_bytes(source.read(4), "big")
    header = source.read(length) if 0 < length <= _MAX_HEADER else b""
    try:
        data = json.loads(header.decode("utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("chunk"), int):
            raise ValueError("no chunk size")
        _parse_key(data["key"])
        _unb64(data["ephemeral"])
    except (ValueError, KeyError, BackupError):
        raise BackupError(BACKUP_DAMAGED, "backup", file=name, reason="header") from None
    return data, MAGIC + header


def decrypt_file(source: Path, target: BinaryIO, passphrase: str | None) -> None:
    """Open the sealed file `source` into the open file `target`.

    BackupError("passphrase") when it is missing or wrong, ("backup") when the file is
    damaged, truncated or altered (then `target` holds garbage: the caller discards it)."""
    with source.open("rb") as sealed:
        header, associated = read_header(sealed, source.name)
        if not passphrase:
            raise BackupError(PASSPHRASE_NEEDED, "passphrase")
        key = header["key"]
        private = _unlock(key, passphrase)
        ephemeral_raw = _unb64(header["ephemeral"])
        recipient_raw = _unb64(key["public"])
        cipher = _file_key(
            private,
            X25519PublicKey.from_public_bytes(ephemeral_raw),
            ephemeral_raw + recipient_raw,
        )
        block = header["chunk"] + TAG_SIZE
        counter = 0
        while True:
            chunk = sealed.read(block)
            last = len(chunk) < block
            try:
                target.write(cipher.decrypt(_nonce(counter, last), chunk, associated))
            except (InvalidTag, ValueError):
                reason = "truncated" if last else "altered"
                raise BackupError(
                    BACKUP_DAMAGED, "backup", file=source.name, reason=reason
                ) from None
            if last:
                return
            counter += 1
