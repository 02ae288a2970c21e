"""Keys for the lock, all from `cryptography` (no home-made primitives).

- A random 256-bit data key encrypts every file (AES-256-GCM, a fresh 96-bit nonce each time).
- The data key is kept twice in the header: wrapped by a key derived from the passphrase
  (scrypt, tuned to about half a second here) and wrapped by a random recovery key, shown
  once as groups of base32 letters (no word list ships with Footholds yet).
- An X25519 key pair lets writes happen while locked: they are sealed to the public key
  (ephemeral X25519, HKDF-SHA256, AES-GCM); its private key is wrapped by the data key, so
  sealed entries can be read only after an unlock.
"""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from footholds.core.atomic import write_atomic
from footholds.core.store.storage import SEALED_FILE

FORMAT = "footholds-lock"
VERSION = 1
SEALED_ENTRY = b"FHSEAL1\n"  # an entry written while locked (inbox.py)
_NONCE = 12
_RECOVERY_BYTES = 20  # 160 bits: 32 base32 letters, shown in 8 groups of 4
TARGET_S = 0.5


class WrongKey(Exception):
    """The passphrase or recovery key does not open this lock."""


class BadHeader(Exception):
    """The lock's header file is missing, damaged or from a newer Footholds."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise BadHeader("a field of the lock's header is not text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aead_seal(key: bytes, plain: bytes, label: bytes) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(key).encrypt(nonce, plain, label)


def _aead_open(key: bytes, blob: bytes, label: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(blob[:_NONCE], blob[_NONCE:], label)
    except (InvalidTag, ValueError):
        raise WrongKey() from None


def tune_scrypt(target_s: float = TARGET_S) -> int:
    """The scrypt cost n (a power of two) that takes about `target_s` here (r=8, p=1). One
    trial at a small n; the time grows in step with n."""
    n = 1 << 13
    start = time.perf_counter()
    Scrypt(salt=b"\0" * 16, length=32, n=n, r=8, p=1).derive(b"trial")
    spent = max(time.perf_counter() - start, 1e-4)
    while n * 2 * spent / (1 << 13) <= target_s * 1.4 and n < (1 << 20):
        n *= 2
    return n


def _passphrase_key(passphrase: str, kdf: dict[str, Any]) -> bytes:
    scrypt = Scrypt(salt=_unb64(kdf["salt"]), length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"])
    return scrypt.derive(passphrase.encode("utf-8"))


def _recovery_key(recovery: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"footholds recovery")
    return hkdf.derive(recovery)


def recovery_text(recovery: bytes) -> str:
    letters = base64.b32encode(recovery).decode("ascii")
    return " ".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def recovery_bytes(text: str) -> bytes:
    """The recovery key from what the person typed: spaces, dashes and case do not matter."""
    letters = "".join(c for c in text.upper() if c.isalnum()).replace("0", "O").replace("1", "I")
    try:
        raw = base64.b32decode(letters)
    except ValueError:
        raise WrongKey() from None
    if len(raw) != _RECOVERY_BYTES:
        raise WrongKey()
    return raw


@dataclass
class Keys:
    """An open lock: the data key and the private key for sealed entries."""

    data: bytes
    private: X25519PrivateKey

    def encode(self, plain: bytes) -> bytes:
        return SEALED_FILE + _aead_seal(self.data, plain, SEALED_FILE)

    def decode(self, blob: bytes) -> bytes:
        if not blob.startswith(SEALED_FILE):
            raise ValueError("not an encrypted file")
        try:
            return _aead_open(self.data, blob[len(SEALED_FILE) :], SEALED_FILE)
        except WrongKey:
            raise ValueError("the file does not decrypt") from None

    def unseal(self, blob: bytes) -> bytes:
        """An entry sealed while locked. Raises ValueError when it is not one of ours."""
        if not blob.startswith(SEALED_ENTRY) or len(blob) < len(SEALED_ENTRY) + 32 + _NONCE:
            raise ValueError("not a sealed entry")
        body = blob[len(SEALED_ENTRY) :]
        ephemeral = X25519PublicKey.from_public_bytes(body[:32])
        own = self.private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        key = _seal_key(self.private.exchange(ephemeral), body[:32], own)
        try:
            return _aead_open(key, body[32:], SEALED_ENTRY)
        except WrongKey:
            raise ValueError("the sealed entry does not decrypt") from None


def _seal_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=b"footholds seal"
    )
    return hkdf.derive(shared)


def seal(public: bytes, plain: bytes) -> bytes:
    """Encrypt `plain` so that only the lock's private key (after an unlock) can read it."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    key = _seal_key(shared, eph_public, public)
    return SEALED_ENTRY + eph_public + _aead_seal(key, plain, SEALED_ENTRY)


@dataclass
class Header:
    """The lock's header file: nothing in it is readable without the passphrase or key."""

    fields: dict[str, Any]

    @property
    def public(self) -> bytes:
        return _unb64(self.fields["public"])

    def save(self, path: Path) -> None:
        write_atomic(path, json.dumps(self.fields, indent=1).encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> Header:
        try:
            fields = json.loads(path.read_bytes())
        except FileNotFoundError:
            raise BadHeader("the lock is not on") from None
        except (ValueError, UnicodeDecodeError):
            raise BadHeader(f"{path} is damaged") from None
        if not isinstance(fields, dict) or fields.get("format") != FORMAT:
            raise BadHeader(f"{path} is not a Footholds lock header")
        if not isinstance(fields.get("version"), int) or fields["version"] > VERSION:
            raise BadHeader(f"{path} comes from a newer Footholds")
        return cls(fields)

    def open(self, passphrase: str) -> Keys:
        """Raises WrongKey when the passphrase is not this lock's."""
        key = _passphrase_key(passphrase, self.fields["kdf"])
        return self._keys(_aead_open(key, _unb64(self.fields["by_passphrase"]), b"passphrase"))

    def recover(self, text: str) -> Keys:
        """Open with the recovery key. Raises WrongKey when it is not this lock's."""
        key = _recovery_key(recovery_bytes(text), _unb64(self.fields["recovery_salt"]))
        return self._keys(_aead_open(key, _unb64(self.fields["by_recovery"]), b"recovery"))

    def _keys(self, data: bytes) -> Keys:
        private = _aead_open(data, _unb64(self.fields["private"]), b"private")
        return Keys(data, X25519PrivateKey.from_private_bytes(private))

    def with_passphrase(self, keys: Keys, passphrase: str, n: int | None = None) -> Header:
        """This header with the data key wrapped by a new passphrase (fresh salt)."""
        kdf = {"name": "scrypt", "n": n or tune_scrypt(), "r": 8, "p": 1}
        kdf["salt"] = _b64(os.urandom(16))
        wrapped = _aead_seal(_passphrase_key(passphrase, kdf), keys.data, b"passphrase")
        return Header({**self.fields, "kdf": kdf, "by_passphrase": _b64(wrapped)})

    def with_recovery(self, keys: Keys) -> tuple[Header, str]:
        """This header with the data key wrapped by a new recovery key (fresh salt), and that
        key's text. The old recovery key's wrapping is replaced, so it stops opening the lock
        once the header is saved; the data key is the same, so no file needs converting. The
        header is one file written by rename (write_atomic): a cut leaves the old one whole,
        with the old key working, or the new one, with the new key working, never neither."""
        recovery = os.urandom(_RECOVERY_BYTES)
        salt = os.urandom(16)
        wrapped = _aead_seal(_recovery_key(recovery, salt), keys.data, b"recovery")
        fields = {**self.fields, "recovery_salt": _b64(salt), "by_recovery": _b64(wrapped)}
        return Header(fields), recovery_text(recovery)


def new_recovery_key(path: Path, keys: Keys) -> str:
    """Replace the recovery key of the lock whose header is at `path`, opened as `keys`; the
    new key's text, to be shown only now that it is on disk (a key shown before the save
    could be one that a cut left unsaved, opening nothing)."""
    header, recovery = Header.load(path).with_recovery(keys)
    header.save(path)
    return recovery


def create(passphrase: str, n: int | None = None) -> tuple[Header, Keys, str]:
    """A new lock: its header, its open keys, and the recovery key's text (shown once)."""
    data = AESGCM.generate_key(bit_length=256)
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes_raw()
    fields: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "cipher": "AES-256-GCM",
        "public": _b64(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)),
        "private": _b64(_aead_seal(data, raw_private, b"private")),
    }
    keys = Keys(data, private)
    header, recovery = Header(fields).with_recovery(keys)
    return header.with_passphrase(keys, passphrase, n), keys, recovery
