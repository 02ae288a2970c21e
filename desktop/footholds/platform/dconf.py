"""Read a value from the user's dconf database file directly, without gsettings or D-Bus.

GNOME keeps its "Do Not Disturb" switch in dconf (org.gnome.desktop.notifications
show-banners). The settings portal does not expose that schema and starting `gsettings` on
every poll would cost a process each time, so this reads the GVDB file dconf itself reads
(~/.config/dconf/user), and only again when the file has changed.

GVDB layout (glib's gvdb-format.h): a 24-byte header whose root pointer leads to a hash table
of items; each item names its key as a suffix of its parent's key and points at a serialized
GVariant. dconf stores every value as a variant ('v'): the child's bytes, a NUL, its type.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Mapping
from pathlib import Path

_SIGNATURES = {b"GVariant": "<", b"raVGtnai": ">"}
_ITEM_SIZE = 24
_NO_PARENT = 0xFFFFFFFF


def _djb_hash(key: bytes) -> int:
    value = 5381
    for byte in key:
        signed = byte - 256 if byte > 127 else byte  # glib hashes signed chars
        value = (value * 33 + signed) & 0xFFFFFFFF
    return value


def lookup(data: bytes, key: str) -> tuple[str, bytes] | None:
    """(type, serialized value) of `key` in a GVDB file's root table, or None if absent.

    A damaged or truncated file gives None, never an exception.
    """
    try:
        return _lookup(data, key)
    except (struct.error, IndexError, ValueError):
        return None


def _lookup(data: bytes, key: str) -> tuple[str, bytes] | None:
    order = _SIGNATURES.get(data[:8])
    if order is None or len(data) < 24:
        return None
    root_start, root_end = struct.unpack_from(order + "II", data, 16)
    if root_end > len(data) or root_end - root_start < 8:
        return None
    bloom_words, n_buckets = struct.unpack_from(order + "II", data, root_start)
    bloom_words &= (1 << 27) - 1  # the top bits hold the bloom shift
    buckets_at = root_start + 8 + 4 * bloom_words
    items_at = buckets_at + 4 * n_buckets
    if n_buckets == 0 or items_at > root_end:
        return None
    n_items = (root_end - items_at) // _ITEM_SIZE
    buckets = struct.unpack_from(f"{order}{n_buckets}I", data, buckets_at)

    def item(number: int) -> tuple[int, int, int, int, bytes, int, int]:
        return struct.unpack_from(order + "IIIHcxII", data, items_at + number * _ITEM_SIZE)

    def key_matches(number: int, wanted: bytes) -> bool:
        for _ in range(n_items):  # bounded: a damaged file could make parents loop
            _, parent, key_start, key_size, _, _, _ = item(number)
            segment = data[key_start : key_start + key_size]
            if not wanted.endswith(segment):
                return False
            wanted = wanted[: len(wanted) - key_size]
            if parent == _NO_PARENT:
                return wanted == b""
            if parent >= n_items:
                return False
            number = parent
        return False

    wanted = key.encode()
    hash_value = _djb_hash(wanted)
    bucket = hash_value % n_buckets
    first = buckets[bucket]
    last = n_items if bucket == n_buckets - 1 else min(buckets[bucket + 1], n_items)
    for number in range(first, last):
        found_hash, _, _, _, kind, start, end = item(number)
        if found_hash == hash_value and kind == b"v" and key_matches(number, wanted):
            return _split_variant(data[start:end])
    return None


def _split_variant(blob: bytes) -> tuple[str, bytes] | None:
    cut = blob.rfind(b"\x00")
    if cut < 0:
        return None
    return blob[cut + 1 :].decode("ascii", "replace"), blob[:cut]


def read_bool(data: bytes, key: str) -> bool | None:
    """The boolean stored at `key`, or None when it is absent or not a boolean."""
    found = lookup(data, key)
    if found is None or found[0] != "b" or len(found[1]) != 1:
        return None
    return found[1] != b"\x00"


def user_database(env: Mapping[str, str] | None = None) -> Path:
    """Where dconf keeps the person's own settings ($XDG_CONFIG_HOME/dconf/user)."""
    env = os.environ if env is None else env
    config = env.get("XDG_CONFIG_HOME", "").strip() or str(Path.home() / ".config")
    return Path(config) / "dconf" / "user"


class DconfBool:
    """One boolean key, re-read only when the database file changes (stat per poll)."""

    def __init__(self, path: Path, key: str, default: bool) -> None:
        self.path = path
        self.key = key
        self.default = default
        self._stamp: tuple[int, int, int] | None = None
        self._value = default

    def value(self) -> bool:
        """The current value; the schema default when the key was never changed."""
        try:
            info = self.path.stat()
        except OSError:
            return self.default
        stamp = (info.st_ino, info.st_size, info.st_mtime_ns)
        if stamp != self._stamp:
            try:
                data = self.path.read_bytes()
            except OSError:
                return self.default
            found = read_bool(data, self.key)
            self._value = self.default if found is None else found
            self._stamp = stamp
        return self._value


class GnomeDndSource:
    """GNOME's Do Not Disturb: org.gnome.desktop.notifications show-banners is false."""

    name = "GNOME Do Not Disturb (dconf)"
    available = True
    KEY = "/org/gnome/desktop/notifications/show-banners"

    def __init__(self, database: Path | None = None) -> None:
        path = database or user_database()
        self._banners = DconfBool(path, self.KEY, default=True)
        self.reason = f"reads show-banners from {path} when it changes"

    def active(self) -> bool:
        """True while GNOME holds notification banners back."""
        return not self._banners.value()
