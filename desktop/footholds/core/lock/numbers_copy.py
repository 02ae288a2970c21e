"""The person's own numbers (Get help now's "Your own numbers": a doctor, a friend, a line),
readable while the lock is on under the same choice that keeps the safety plan and their
people readable (lock.safety_plan; core/lock/readable.py, people_copy.py): the name, the
number and its note, as Get help now shows them beside the crisis lines.

Lock now kept them in memory, so they showed after it, while the app starting locked found
only their sealed file and said they were "only locked for now". A copy of them is written
beside the store instead, as the people's is: in the data folder (out of the store's folder:
backups, restores and the lock's switch never carry it), while the entries are open (at every
unlock and start, when the lock is turned on, and when a number is added or removed),
crash-safely and readable by the person only, and removed when the person locks the plan too
or turns the lock off.
"""

from __future__ import annotations

import json
import logging
import stat
from collections.abc import Iterable
from pathlib import Path

from footholds.core.atomic import fsync_dir, write_atomic
from footholds.core.store import OwnLine
from footholds.core.store.storage import Codec

log = logging.getLogger(__name__)

NAME = "lock-numbers.json"  # in the data folder, beside lock.json and lock-people.json
MOST = 256 * 1024  # bytes read of it: far more than any list of numbers written here


def copy_path(store_dir: Path) -> Path:
    """Where the copy is: the data folder holding the store's folder."""
    return store_dir.parent / NAME


def write(store_dir: Path, lines: Iterable[OwnLine]) -> None:
    """Write `lines` in the order given (the store's, as Get help now shows them). Raises
    OSError (the file as it was)."""
    data = {"numbers": [{"name": n.name, "number": n.number, "note": n.note} for n in lines]}
    write_atomic(copy_path(store_dir), json.dumps(data, ensure_ascii=False, indent=1).encode())


def remove(store_dir: Path) -> None:
    """No copy any more (the plan is locked too, or the lock is off). Raises OSError."""
    place = copy_path(store_dir)
    try:
        place.unlink()
    except FileNotFoundError:
        return
    fsync_dir(place.parent)


def from_store_file(store_dir: Path, keys: Codec) -> list[OwnLine] | None:
    """The numbers as their store file holds them, opened with `keys`; [] when there is no
    such file yet, None when it cannot be read now (the copy is then left as it was)."""
    from footholds.core.lock.people_copy import records_from_store_file

    found = records_from_store_file(store_dir, keys, OwnLine)
    return None if found is None else [r for r in found if isinstance(r, OwnLine)]


def keep(store_dir: Path, readable: bool, lines: Iterable[OwnLine] | None) -> None:
    """Write the copy of `lines` when the person keeps them `readable`, else remove it;
    `lines` None (their file could not be read) leaves a copy as it is. Raises OSError."""
    if not readable:
        remove(store_dir)
    elif lines is not None:
        write(store_dir, lines)


def read(store_dir: Path) -> list[OwnLine] | None:
    """The numbers, read without the passphrase, as records to show (never saved from
    here): None when there is no copy (the person locks them, or nothing was written yet)
    or it cannot be read."""
    place = copy_path(store_dir)
    try:
        if not stat.S_ISREG(place.stat().st_mode):  # a pipe would wait for ever
            return None
        with place.open("rb") as file:
            raw = file.read(MOST + 1)
        data = json.loads(raw) if len(raw) <= MOST else None
    except (OSError, ValueError, RecursionError):
        return None
    listed = data.get("numbers") if isinstance(data, dict) else None
    if not isinstance(listed, list):
        return None
    lines: list[OwnLine] = []
    for item in listed:
        if not isinstance(item, dict):
            continue
        name, number, note = item.get("name"), item.get("number"), item.get("note", "")
        if not (isinstance(name, str) and isinstance(number, str) and isinstance(note, str)):
            continue
        if name.strip() and number.strip():
            lines.append(
                OwnLine(
                    name=name[: OwnLine.NAME_LIMIT],
                    number=number[: OwnLine.NUMBER_LIMIT],
                    note=note[: OwnLine.NOTE_LIMIT],
                )
            )
    return lines


def forget(store_dir: Path) -> None:
    """Remove the copy, logging rather than raising (the lock turned off: nothing else is
    sealed then either, and the next time it is turned on writes it afresh)."""
    try:
        remove(store_dir)
    except OSError as exc:
        log.warning("the readable copy of your own numbers could not be removed: %s", exc.strerror)
