"""The one place that talks to TinyDB: a crash-safe, cached JSON storage and one file's table.

TinyDB's own JSONStorage rewrites the whole database in place on every write (a crash leaves
half a file) and re-parses it on every read. This storage keeps the parsed data in memory,
writes through a temporary file, fsync and rename, and is used on small per-month files.
"""

from __future__ import annotations

import errno
import json
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from footholds.core.atomic import write_atomic
from footholds.core.errors import Said, explained, said, say
from footholds.core.paths import make_private_dir
from footholds.core.store.models import BY_KIND, Record
from footholds.core.store.validate import InvalidEntry, stored

SCHEMA_VERSION = 1
META = "_meta"
# An encrypted store file starts with this (core/lock/keys.py writes the rest). The codec is
# set only while the lock is open in this process, so cryptography is imported only then.
SEALED_FILE = b"FHLOCK1\n"
# meta.json of a locked store says schema LOCKED_SCHEMA + n: an older Footholds refuses it as
# "from a newer version" (never setting its files aside as damaged); this one subtracts it.
LOCKED_SCHEMA = 1000


class Codec(Protocol):
    def encode(self, plain: bytes) -> bytes: ...
    def decode(self, blob: bytes) -> bytes: ...  # raises ValueError when it does not decrypt


codec: Codec | None = None
# Kinds written plain even while the lock is open: the safety plan, unless the person chose to
# lock it too, so a locked start can show it before the passphrase (core/lock/readable.py).
plain_kinds: frozenset[str] = frozenset()


class StoreLocked(Exception):
    """An encrypted file was met while the lock is closed in this process."""


def meta_bytes(schema: int = SCHEMA_VERSION) -> bytes:
    """meta.json's content: marked locked while the lock is open in this process."""
    if codec is None:
        return json.dumps({"schema": schema}).encode()
    return json.dumps({"schema": LOCKED_SCHEMA + schema, "lock": 1}).encode()


def meta_schema(meta: dict[str, Any]) -> int:
    """The schema a parsed meta.json stands for, locked or not."""
    schema = meta["schema"]
    return int(schema - LOCKED_SCHEMA) if meta.get("lock") else int(schema)


def encode(plain: bytes, kind: str = "") -> bytes:
    """The bytes to write for a store file (of `kind`): encrypted while the lock is open,
    unless the kind is one kept readable."""
    return plain if codec is None or kind in plain_kinds else codec.encode(plain)


def decode(raw: bytes, path: Path) -> bytes:
    """A store file's plain bytes; an encrypted one that does not decrypt is damaged."""
    if not raw.startswith(SEALED_FILE):
        return raw
    if codec is None:
        raise StoreLocked(f"{path.name} is locked")
    try:
        return codec.decode(raw)
    except ValueError:
        raise DamagedFile(path, "unreadable", said("store.damage.undecryptable")) from None


class DamagedFile(Exception):
    """A store file that cannot be trusted; `reason` is one short word for file names."""

    def __init__(
        self,
        path: Path,
        reason: str,
        detail: Said,
        *,
        readable: list[Record] | None = None,
        unreadable: int = 0,
        lost_ids: frozenset[str] = frozenset(),
    ) -> None:
        # what was wrong, by code for the notice (core/errors), and in English
        self.said, self.detail = detail, say(detail, inside=True)
        super().__init__(f"{path.name}: {self.detail}")
        self.path, self.reason = path, reason
        # a file that is sound but for some entries: the entries that read well, how many
        # did not, and the ids of those (where their id could still be read)
        self.readable, self.unreadable, self.lost_ids = readable, unreadable, lost_ids
        self.raw = b""  # the file's bytes, for salvaging what can still be read of them


class NotAFile(Exception):
    """Something other than a regular file (a folder, a device, a pipe) stands where a store
    file belongs. It is not the person's entries, so it is reported and left as it is."""

    def __init__(self, path: Path) -> None:
        folder = path.is_dir()
        self.said = said("store.not_file.folder" if folder else "store.not_file.other", path=path)
        super().__init__(str(self.said))
        self.path = path


def read_file(path: Path, kind: str) -> dict[str, Any] | None:
    """Parse and shape-check one store file; None when it does not exist yet."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(mode):  # reading a pipe would wait for ever, a folder fails oddly
        raise NotAFile(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    return parse_bytes(raw, path, kind)


def looks_damaged(path: Path, kind: str) -> bool:
    """Whether reading a store file would find it damaged: empty, cut off, damaged inside (in
    its middle, zeros, not UTF-8) or not shaped as a store file; its entries themselves are
    checked only when it is read. Parses this one file and keeps nothing of it. A locked
    file, one that cannot be read, one that is missing and a folder are left to a real read."""
    try:
        read_file(path, kind)
    except DamagedFile:
        return True
    except (OSError, NotAFile, StoreLocked):
        return False
    return False


def file_schema(data: dict[str, Any]) -> int | None:
    """The schema version one store file says it was written with (None when it says none)."""
    meta = data.get(META)
    entry = meta.get("1") if isinstance(meta, dict) else None
    version = entry.get("schema") if isinstance(entry, dict) else None
    return version if isinstance(version, int) else None


def parse_bytes(raw: bytes, path: Path, kind: str) -> dict[str, Any]:
    """Parse and shape-check the bytes of a store file (`path` names it in messages)."""
    try:
        raw = decode(raw, path)
    except DamagedFile as damage:
        damage.raw = b""  # nothing can be salvaged from a file that does not decrypt
        raise
    try:
        return _parse_bytes(raw, path, kind)
    except DamagedFile as damage:
        damage.raw = raw
        raise


def _parse_bytes(raw: bytes, path: Path, kind: str) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        # besides bad UTF-8 and bad JSON: a number past the 4,300-digit limit (ValueError),
        # or nesting deeper than the parser's stack, as a crafted backup may hold
        raise DamagedFile(path, "unreadable", said("store.damage.not_json")) from None
    if not isinstance(data, dict) or not isinstance(data.get(kind, {}), dict):
        raise DamagedFile(path, "wrong-shape", said("store.damage.shape"))
    schema = file_schema(data)
    if schema is None:
        raise DamagedFile(path, "wrong-shape", said("store.damage.no_schema"))
    if schema > SCHEMA_VERSION:
        raise DamagedFile(path, "newer", said("store.damage.newer", version=schema))
    table = data.get(kind, {})
    if not all(isinstance(k, str) and isinstance(doc, dict) for k, doc in table.items()):
        raise DamagedFile(path, "wrong-shape", said("store.damage.entry_shape"))
    return data


class AtomicCachedStorage(Storage):
    """TinyDB storage: reads once, then serves memory; every write is atomic and durable.
    A storage opened for reading only refuses every write, before anything reaches the disk."""

    def __init__(
        self,
        path: Path,
        data: dict[str, Any] | None,
        durable: bool = True,
        writable: bool = True,
        kind: str = "",
    ) -> None:
        self._path = path
        self._kind = kind  # what the file holds: whether the lock leaves it readable (encode)
        self._data = data
        self._durable = durable
        self._writable = writable
        self.sync_dir = True  # False while many files are written (see Part.insert_many)

    def read(self) -> dict[str, Any] | None:
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        # TinyDB hands back the dict it got from read(), changed in place: memory is now
        # ahead of the disk until write_atomic returns, which is what lets a failed write
        # be retried later without losing the entry.
        self._data = data
        if not self._writable:
            raise OSError(errno.EROFS, "Footholds opened your entries for reading only")
        if self._path.exists() and not self._path.is_file():  # never replace a folder or device
            raise OSError(errno.EISDIR, f"{self._path} is not a file", str(self._path))
        data[META] = {"1": {"schema": SCHEMA_VERSION}}
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        if not self._path.parent.is_dir():  # a kind's first month: failing here is kept too
            make_private_dir(self._path.parent)
        write_atomic(
            self._path,
            encode(payload.encode("utf-8"), self._kind),  # encrypted while the lock is open
            durable=self._durable,
            sync_dir=self.sync_dir,
        )

    def close(self) -> None:
        pass


_UNREAD: Any = object()


class Part:
    """One store file (a kind, or a kind's month) as a TinyDB table plus parsed records.
    `data` is the file's parsed content when the caller already has it (read otherwise)."""

    def __init__(
        self,
        path: Path,
        kind: str,
        *,
        durable: bool = True,
        writable: bool = True,
        data: dict[str, Any] | None = _UNREAD,
    ) -> None:
        self.path, self.kind = path, kind
        self.model: type[Record] = BY_KIND[kind]
        if data is _UNREAD:
            data = read_file(path, kind)
        self.records, problems, lost = read_records(self.model, (data or {}).get(kind, {}))
        if problems:
            raise DamagedFile(
                path,
                "unreadable-entries",
                explained(problems[0]),
                readable=list(self.records.values()),
                unreadable=len(problems),
                lost_ids=lost,
            )
        self.db = TinyDB(
            path,
            storage=AtomicCachedStorage,
            data=data,
            durable=durable,
            writable=writable,
            kind=kind,
        )
        self.table = self.db.table(kind, cache_size=0)
        self.dirty = False  # memory holds changes the disk does not have yet

    def insert(self, record: Record) -> None:
        self.records[record.id] = record
        self._write(lambda: self.table.insert(record.to_dict()))

    def insert_many(self, records: Sequence[Record]) -> None:
        """Insert several records with one write of the file. Its folder is not synced: the
        caller writes many files and syncs their folders once (Store.add_many)."""
        for record in records:
            self.records[record.id] = record
        storage = self.db.storage
        storage.sync_dir = False  # type: ignore[attr-defined]
        try:
            self._write(lambda: self.table.insert_multiple(r.to_dict() for r in records))
        finally:
            storage.sync_dir = True  # type: ignore[attr-defined]

    def saved(self, record_id: str) -> Record | None:
        """The record with `record_id` as last written (or held to be written), read from the
        file's table rather than `records`, whose object a window may have changed since."""
        doc = self.table.get(Query().id == record_id)
        if not isinstance(doc, dict):
            return None
        try:
            with stored():
                return self.model.from_dict(dict(doc))
        except InvalidEntry:
            return None

    def update(self, record: Record) -> None:
        self.records[record.id] = record
        self._write(lambda: self.table.update(record.to_dict(), Query().id == record.id))

    def remove(self, record_id: str) -> None:
        self.records.pop(record_id, None)
        self._write(lambda: self.table.remove(Query().id == record_id))

    def flush(self) -> None:
        """Write what memory holds again (after a failed write)."""
        data = self.db.storage.read()
        self._write(lambda: self.db.storage.write(data or {}))

    def _write(self, action: Any) -> None:
        try:
            action()
        except OSError:
            self.dirty = True
            raise
        self.dirty = False

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records.values())


def read_records(
    model: type[Record], table: dict[str, Any]
) -> tuple[dict[str, Record], list[InvalidEntry], frozenset[str]]:
    """Validate a file's entries: those that read well, why others did not (each says it in
    English as str() and by code), and their ids."""
    records: dict[str, Record] = {}
    problems: list[InvalidEntry] = []
    lost: set[str] = set()
    for doc in table.values():
        try:
            with stored():  # kept words, which may hold what new words are refused
                record = model.from_dict(doc)
        except InvalidEntry as exc:
            problems.append(exc)
            if isinstance(doc, dict) and isinstance(doc.get("id"), str):
                lost.add(doc["id"])
            continue
        records[record.id] = record
    return records, problems, frozenset(lost)


def kind_of(relative: str) -> str:
    """The kind a store file holds, from its path inside the store folder."""
    return relative.split("/", 1)[0].removesuffix(".json")


def store_files(store_dir: Path) -> list[Path]:
    """Every file of entries in the store folder (a kind's file, or a kind's month), sorted."""
    files = [p for p in store_dir.glob("*.json") if p.name != "meta.json"]
    files += list(store_dir.glob("*/????-??.json"))
    # a folder where a file belongs holds no entries: the store reports it when read
    return sorted(
        f for f in files if kind_of(f.relative_to(store_dir).as_posix()) in BY_KIND and f.is_file()
    )
