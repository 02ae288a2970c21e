"""A readable copy of a few fields of one small kind of record, kept beside the store so they
still show while the lock is on (under the choice that keeps the safety plan readable:
lock.safety_plan; core/lock/readable.py). The people the person trusts (people_copy.py) and
their own numbers (numbers_copy.py) are each one `ReadableCopy`; so are the times of their
therapy sessions (sessions_copy.py), kept under either choice, with items of their own.

The copy is in the data folder (out of the store's folder: backups, restores and the lock's
switch never carry it), written while the entries are open, crash-safely and readable by the
person only, and removed when the person locks the plan too or turns the lock off. Only the
fields named are written: anything else the record holds (a person's note and own message)
stays sealed with the rest.
"""

from __future__ import annotations

import json
import logging
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from footholds.core.atomic import fsync_dir, write_atomic
from footholds.core.store import Record
from footholds.core.store.storage import SEALED_FILE, Codec

log = logging.getLogger(__name__)

MOST = 256 * 1024  # bytes read of a copy: far more than any list written here

R = TypeVar("R", bound=Record)
S = TypeVar("S")


@dataclass(frozen=True)
class Field:
    """One field kept readable: its name in the record and the copy, the most characters
    read back, and whether an item without it (or with it blank) is skipped."""

    name: str
    limit: int
    needed: bool = False


@dataclass(frozen=True)
class Flag:
    """A yes or no about a record kept readable in place of a field's words (whether a person
    has a message of their own, never the message): its name in the copy, and how it is told
    from the record. Read back as True or False, or None from an older copy without it."""

    name: str
    of: Callable[[Any], bool]


@dataclass(frozen=True)
class ReadableCopy(Generic[R, S]):
    """The copy of `fields` of the records of `model`, in the file `name` under the key
    `listed`, written in the order `order` sorts them by (None: as given) and read back as
    `shown(**fields)`; `what` names them in the log. A copy whose items are not plain fields
    (the sessions' times) gives `item`, what one record leaves in the copy (None: nothing),
    and `back`, what one item read back gives (None: it is skipped), in their place."""

    name: str
    model: type[R]
    listed: str
    fields: tuple[Field, ...]
    shown: Callable[..., S]
    what: str
    order: Callable[[R], str] | None = None
    flags: tuple[Flag, ...] = ()
    item: Callable[[R], dict[str, Any] | None] | None = None
    back: Callable[[object], S | None] | None = None

    def copy_path(self, store_dir: Path) -> Path:
        """Where the copy is: the data folder holding the store's folder."""
        return store_dir.parent / self.name

    def write(self, store_dir: Path, records: Iterable[R]) -> None:
        """Write the fields of `records` in the order the app shows them. Raises OSError
        (the file as it was)."""
        kept = list(records) if self.order is None else sorted(records, key=self.order)
        item = self.item or self._item
        items = [i for i in map(item, kept) if i is not None]
        data = json.dumps({self.listed: items}, ensure_ascii=False, indent=1)
        write_atomic(self.copy_path(store_dir), data.encode())

    def _item(self, record: R) -> dict[str, Any]:
        return {**{f.name: getattr(record, f.name) for f in self.fields},
                **{f.name: bool(f.of(record)) for f in self.flags}}  # fmt: skip

    def remove(self, store_dir: Path) -> None:
        """No copy any more (the plan is locked too, or the lock is off). Raises OSError."""
        place = self.copy_path(store_dir)
        try:
            place.unlink()
        except FileNotFoundError:
            return
        fsync_dir(place.parent)

    def from_store_file(self, store_dir: Path, keys: Codec) -> list[R] | None:
        """The records as their store file holds them, opened with `keys`; [] when there is
        no such file yet, None when it cannot be read now (the copy is then left as it was)."""
        found = records_from_store_file(store_dir, keys, self.model)
        return None if found is None else [r for r in found if isinstance(r, self.model)]

    def keep(self, store_dir: Path, readable: bool, records: Iterable[R] | None) -> None:
        """Write the copy of `records` when the person keeps them `readable`, else remove it;
        `records` None (their file could not be read) leaves a copy as it is. Raises OSError."""
        if not readable:
            self.remove(store_dir)
        elif records is not None:
            self.write(store_dir, records)

    def read(self, store_dir: Path) -> list[S] | None:
        """The kept fields, read without the passphrase, as things to show (never saved from
        here): None when there is no copy (the person locks them, or nothing was written yet)
        or it cannot be read."""
        listed = read_listed(self.copy_path(store_dir), self.listed)
        if listed is None:
            return None
        back = self.back or self._shown
        return [shown for shown in map(back, listed) if shown is not None]

    def _shown(self, item: object) -> S | None:
        values = self._fields_of(item)
        return None if values is None else self.shown(**values)

    def _fields_of(self, item: object) -> dict[str, str | bool | None] | None:
        """The kept fields of one item read back, each cut to its limit, and its flags (None
        where an older copy has none); None (the item skipped) when it is not an object, a
        field is not text, or a needed one is blank."""
        if not isinstance(item, dict):
            return None
        values: dict[str, str | bool | None] = {}
        for field in self.fields:
            value = item.get(field.name, None if field.needed else "")
            if not isinstance(value, str) or (field.needed and not value.strip()):
                return None
            values[field.name] = value[: field.limit]
        for flag in self.flags:
            said = item.get(flag.name)
            values[flag.name] = said if isinstance(said, bool) else None
        return values

    def forget(self, store_dir: Path) -> None:
        """Remove the copy, logging rather than raising (the lock turned off: nothing else is
        sealed then either, and the next time it is turned on writes it afresh)."""
        try:
            self.remove(store_dir)
        except OSError as exc:
            log.warning("the readable copy of %s could not be removed: %s", self.what, exc.strerror)


def read_listed(place: Path, key: str) -> list[Any] | None:
    """The list a readable copy holds under `key`, read without the passphrase; None when
    there is no copy, or it is not a plain file, too big or not such a list."""
    try:
        if not stat.S_ISREG(place.stat().st_mode):  # a pipe would wait for ever
            return None
        with place.open("rb") as file:
            raw = file.read(MOST + 1)
        data = json.loads(raw) if len(raw) <= MOST else None
    except (OSError, ValueError, RecursionError):
        return None
    listed = data.get(key) if isinstance(data, dict) else None
    return listed if isinstance(listed, list) else None


def records_from_store_file(
    store_dir: Path, keys: Codec, model: type[Record]
) -> list[Record] | None:
    """The records of the small kind `model` as its store file holds them, opened with
    `keys`; [] when there is no such file yet, None when it cannot be read now."""
    from footholds.core.store.storage import read_records

    try:
        raw = (store_dir / f"{model.KIND}.json").read_bytes()
    except FileNotFoundError:
        return []
    except OSError:
        return None
    try:
        plain = keys.decode(raw) if raw.startswith(SEALED_FILE) else raw
        data = json.loads(plain)
    except (ValueError, RecursionError):
        return None
    table = data.get(model.KIND) if isinstance(data, dict) else None
    records, _problems, _lost = read_records(model, table if isinstance(table, dict) else {})
    return list(records.values())
