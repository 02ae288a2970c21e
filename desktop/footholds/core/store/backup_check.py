"""Reading a backup back: its zip opened within the safe-reading limits (decrypted in memory
when the lock made it), and every store file in it checked before a restore touches anything.
Kept apart from backups.py, which makes, rotates and restores backups."""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from footholds.core.digest import sha256_hex
from footholds.core.errors import Explained, error
from footholds.core.safe_read import MB, ZIP_ERRORS, Refused, check_zip, open_regular, open_zip
from footholds.core.store import storage
from footholds.core.store.models import BY_KIND
from footholds.core.store.recovery import check_bytes
from footholds.core.store.settings_copy import Lists, lists_in
from footholds.core.store.storage import DamagedFile, kind_of

FORMAT = "footholds-backup"
MANIFEST = "footholds-backup.json"
# the only files a backup may bring back: a kind's file, or a kind's month
_STORE_NAME = re.compile(r"[a-z_]+\.json|[a-z_]+/\d{4}-\d{2}\.json")


# Far above any real backup (ten years of entries pack to a few MB and unpack to tens), far
# below what would strain memory: a restore holds every unpacked file before switching.
MAX_BACKUP_BYTES = 512 * MB
MAX_UNPACKED = 512 * MB
MAX_MEMBERS = 20_000


class BadBackup(Explained, ValueError):
    """A file that is not a usable Footholds backup; the message says why, `code` and
    `values` for the UI (core/errors)."""


@dataclass(frozen=True)
class Checked:
    """What a validated backup would bring back: entries per kind, and the person's own lists
    (by setting name) when it holds their settings file."""

    counts: dict[str, int]
    lists: Lists = field(default_factory=dict)


def open_backup(path: Path, *, limited: bool = True) -> zipfile.ZipFile:
    """A backup's zip (within the safe-reading limits unless `limited` is False: our own
    backups folder), decrypted in memory when the lock made it. Raises OSError when it cannot
    be read, Refused past the limits, BadBackup when it does not decrypt or the lock is closed."""
    with open_regular(path, MAX_BACKUP_BYTES) as file:
        head = file.read(len(storage.SEALED_FILE))
        if head != storage.SEALED_FILE:
            file.close()
            if not limited:
                return zipfile.ZipFile(path)
            return open_zip(path, MAX_BACKUP_BYTES, total=MAX_UNPACKED, members=MAX_MEMBERS)
        raw = head + file.read()
    try:
        zf = zipfile.ZipFile(io.BytesIO(storage.decode(raw, path)))
    except storage.StoreLocked:
        raise error(BadBackup, "backup.locked", file=path.name) from None
    except DamagedFile:
        raise error(BadBackup, "backup.undecryptable", file=path.name) from None
    check_zip(zf, path, total=MAX_UNPACKED, members=MAX_MEMBERS)
    return zf


def _starts_as_zip(path: Path) -> bool:
    """Whether `path` begins as a zip does (or as Footholds' sealed backup, which decrypted
    to something that is no zip): a file that is one, damaged, rather than another file."""
    try:
        with open_regular(path, MAX_BACKUP_BYTES) as file:
            head = file.read(len(storage.SEALED_FILE))
    except (OSError, Refused):
        return False
    return head.startswith(b"PK\x03\x04") or head == storage.SEALED_FILE


def check_backup(path: Path) -> dict[str, int]:
    """Validate a backup completely without touching anything; returns entries per kind."""
    return read_backup(path)[0].counts


def check(path: Path) -> Checked:
    """Validate a backup completely without touching anything; what it would bring back."""
    return read_backup(path)[0]


def read_backup(path: Path) -> tuple[Checked, dict[str, bytes]]:
    """Validate a backup; returns what it brings back and the checked bytes of every store
    file."""
    try:
        zf = open_backup(path)
    except Refused as exc:  # a device, a FIFO, /dev/zero, a zip bomb: nothing is unpacked
        raise BadBackup(str(exc)).explain(exc.code, **exc.values) from None
    except zipfile.BadZipFile:  # zipfile's own words ("File is not a zip file") mean nothing
        # a zip's start with no readable end is one cut short (a copy that stopped): damaged
        code = "backup.damaged" if _starts_as_zip(path) else "backup.not_backup"
        raise error(BadBackup, code, file=path.name) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise error(BadBackup, "backup.not_zip", file=path.name, reason=reason) from None
    with zf:
        try:
            manifest = json.loads(zf.read(MANIFEST))
        except (KeyError, ValueError, RecursionError):
            raise error(BadBackup, "backup.no_manifest", file=path.name) from None
        except ZIP_ERRORS:
            raise error(BadBackup, "backup.damaged", file=path.name) from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise error(BadBackup, "backup.not_backup", file=path.name)
        files = manifest.get("files")
        if not isinstance(files, dict):
            raise error(BadBackup, "backup.not_backup", file=path.name)
        counts: dict[str, int] = {}
        contents: dict[str, bytes] = {}
        for relative, digest in files.items():
            kind = kind_of(relative) if isinstance(relative, str) else ""
            if kind not in BY_KIND or not _STORE_NAME.fullmatch(relative):
                raise error(BadBackup, "backup.unexpected", file=path.name, member=relative)
            try:
                data = zf.read("store/" + relative)
            except KeyError:
                raise error(BadBackup, "backup.missing", file=path.name, member=relative) from None
            except ZIP_ERRORS:
                raise error(
                    BadBackup, "backup.member_damaged", file=path.name, member=relative
                ) from None
            if sha256_hex(data) != digest:
                raise error(BadBackup, "backup.checksum", file=path.name, member=relative)
            try:
                counts[kind] = counts.get(kind, 0) + check_bytes(data, Path(relative), kind)
            except DamagedFile as exc:
                raise error(
                    BadBackup,
                    "backup.member_problem",
                    file=path.name,
                    member=relative,
                    problem=exc.detail,
                ) from None
            except storage.StoreLocked:
                raise error(BadBackup, "backup.locked", file=path.name) from None
            contents[relative] = data
        try:
            contents["meta.json"] = _checked_meta(path, zf.read("store/meta.json"))
        except KeyError:
            pass
        except ZIP_ERRORS:
            raise error(
                BadBackup, "backup.member_damaged", file=path.name, member="meta.json"
            ) from None
        return Checked(counts, lists_in(path, zf, manifest)), contents


def _checked_meta(path: Path, raw: bytes) -> bytes:
    """The backup's schema file, refused when damaged or newer than this Footholds: restored,
    it would lock every command, the app and even the next backup out of the store."""
    try:
        meta = json.loads(raw)
    except (ValueError, RecursionError):
        meta = None
    schema = meta.get("schema") if isinstance(meta, dict) else None
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise error(BadBackup, "backup.member_damaged", file=path.name, member="meta.json")
    schema = storage.meta_schema(meta)  # a backup made while the lock was on
    if schema > storage.SCHEMA_VERSION:
        raise error(BadBackup, "backup.newer", file=path.name, version=schema)
    return storage.meta_bytes(schema)  # restored in the store's own form, locked or not
