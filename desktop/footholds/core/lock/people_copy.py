"""The people the person trusts, readable while the lock is on under the choice that keeps the
safety plan readable (lock.safety_plan; core/lock/readable.py): their names and how to reach
them, and nothing else (each person's note and own message stay sealed with the rest).

The plan is kept readable by writing its own file plain; the people's file holds notes and
messages too, so a copy of just the two fields is written beside the store instead, in the
data folder (out of the store's folder: backups, restores and the lock's switch never carry
it). It is written while the entries are open (at every unlock and start, when the lock is
turned on, and when someone is added, changed or removed), crash-safely and readable by the
person only, and removed when the person locks the plan too or turns the lock off.
"""

from __future__ import annotations

import json
import logging
import stat
from collections.abc import Iterable
from pathlib import Path

from footholds.core.atomic import fsync_dir, write_atomic
from footholds.core.store import Person, Record
from footholds.core.store.storage import SEALED_FILE, Codec

log = logging.getLogger(__name__)

NAME = "lock-people.json"  # in the data folder, beside lock.json
MOST = 256 * 1024  # bytes read of it: far more than any list of people written here


def copy_path(store_dir: Path) -> Path:
    """Where the copy is: the data folder holding the store's folder."""
    return store_dir.parent / NAME


def write(store_dir: Path, people: Iterable[Person]) -> None:
    """Write the names and ways to reach `people`, in the order the app shows them. Raises
    OSError (the file as it was)."""
    shown = sorted(people, key=lambda p: p.name.casefold())
    data = {"people": [{"name": p.name, "how": p.how} for p in shown]}
    write_atomic(copy_path(store_dir), json.dumps(data, ensure_ascii=False, indent=1).encode())


def remove(store_dir: Path) -> None:
    """No copy any more (the plan is locked too, or the lock is off). Raises OSError."""
    place = copy_path(store_dir)
    try:
        place.unlink()
    except FileNotFoundError:
        return
    fsync_dir(place.parent)


def from_store_file(store_dir: Path, keys: Codec) -> list[Person] | None:
    """The people as their store file holds them, opened with `keys`; [] when there is no
    such file yet, None when it cannot be read now (the copy is then left as it was)."""
    found = records_from_store_file(store_dir, keys, Person)
    return None if found is None else [r for r in found if isinstance(r, Person)]


def records_from_store_file(
    store_dir: Path, keys: Codec, model: type[Record]
) -> list[Record] | None:
    """The records of the small kind `model` as its store file holds them, opened with
    `keys`; [] when there is no such file yet, None when it cannot be read now. (The own
    numbers' copy reads theirs so too: numbers_copy.py.)"""
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


def keep(store_dir: Path, readable: bool, people: Iterable[Person] | None) -> None:
    """Write the copy of `people` when the person keeps them `readable`, else remove it;
    `people` None (their file could not be read) leaves a copy as it is. Raises OSError."""
    if not readable:
        remove(store_dir)
    elif people is not None:
        write(store_dir, people)


def read(store_dir: Path) -> list[tuple[str, str]] | None:
    """The names and ways to reach, read without the passphrase: None when there is no copy
    (the person locks their people, or nothing was written yet) or it cannot be read."""
    place = copy_path(store_dir)
    try:
        if not stat.S_ISREG(place.stat().st_mode):  # a pipe would wait for ever
            return None
        with place.open("rb") as file:
            raw = file.read(MOST + 1)
        data = json.loads(raw) if len(raw) <= MOST else None
    except (OSError, ValueError, RecursionError):
        return None
    listed = data.get("people") if isinstance(data, dict) else None
    if not isinstance(listed, list):
        return None
    people: list[tuple[str, str]] = []
    for item in listed:
        if not isinstance(item, dict):
            continue
        name, how = item.get("name"), item.get("how", "")
        if isinstance(name, str) and name.strip() and isinstance(how, str):
            people.append((name[: Person.NAME_LIMIT], how[: Person.HOW_LIMIT]))
    return people


def forget(store_dir: Path) -> None:
    """Remove the copy, logging rather than raising (the lock turned off: nothing else is
    sealed then either, and the next time it is turned on writes it afresh)."""
    try:
        remove(store_dir)
    except OSError as exc:
        log.warning("the readable copy of your people could not be removed: %s", exc.strerror)
