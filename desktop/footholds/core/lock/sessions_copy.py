"""When the person's therapy sessions happen, readable while the lock is on, so that the
reminders keep quiet during a session and the 15 minutes after it (core/sessions.py) even
when Footholds starts locked, or the sessions were not read before Lock now.

Only what that quiet is worked out from is written: each session's first day, start time,
length, how often it repeats, and the occurrences cancelled or moved. Never whom it is with,
what to talk about, the notes, or the offers made: those stay sealed with the rest. Sessions
that can no longer make a quiet time (a single date long past, one with no start time) are
left out, and so are cancellations and moves already behind.

Unlike the people's and numbers' copies (readable_copy.py), this one is kept whichever way
the person chose on the Lock page ("Lock my safety plan, numbers and people too"): that
choice is about what the app shows while locked, and these times show nothing; without them
a reminder could slide in during a session, in front of the therapist. The Lock page and the
README say so.

The copy is in the data folder (out of the store's folder: backups, restores and the lock's
switch never carry it), written while the entries are open (at every unlock and start, when
the lock is turned on, and whenever a session is added, changed or removed), and by the
running app for a session added while it is locked; crash-safely and readable by the person
only, and removed when the lock is turned off.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from footholds.core.atomic import fsync_dir, write_atomic
from footholds.core.store import InvalidEntry, Session
from footholds.core.store.storage import Codec

log = logging.getLogger(__name__)

NAME = "lock-session-times.json"  # in the data folder, beside lock.json
LISTED = "sessions"
# the fields kept besides the first day, and what a session has when one is missing
BLANK: dict[str, Any] = {"time": "", "minutes": 50, "every": "", "cancelled": [], "moved": {}}
BEHIND = timedelta(days=2)  # what is this far behind makes no quiet time now or later


def copy_path(store_dir: Path) -> Path:
    """Where the copy is: the data folder holding the store's folder."""
    return store_dir.parent / NAME


def times_of(session: Session, today: date) -> dict[str, Any] | None:
    """The fields the quiet around `session` is worked out from, and nothing else; None
    when it can make no quiet time from `today` on."""
    cutoff = (today - BEHIND).isoformat()
    if not session.time and not session.moved:
        return None  # a date alone: no quiet for it (sessions.Occurrence.timed)
    moved = {k: to for k, to in session.moved.items() if k >= cutoff or to[:10] >= cutoff}
    if not session.every and session.day < cutoff and not moved:
        return None  # one date, behind
    cancelled = [k for k in session.cancelled if k >= cutoff or k in moved]
    return {
        "day": session.day,
        "time": session.time,
        "minutes": session.minutes,
        "every": session.every,
        "cancelled": cancelled,
        "moved": moved,
    }


def write(store_dir: Path, sessions: Iterable[Session], today: date | None = None) -> None:
    """Write the times of `sessions`. Raises OSError (the file as it was)."""
    today = today or date.today()
    items = [t for t in (times_of(s, today) for s in sessions) if t is not None]
    data = json.dumps({LISTED: items}, ensure_ascii=False, indent=1)
    write_atomic(copy_path(store_dir), data.encode())


def add(store_dir: Path, session: Session) -> None:
    """One session more, added while the store is locked (it is sealed until the unlock):
    its times join those in the copy. Raises OSError (the file as it was)."""
    item = times_of(session, date.today())
    if item is None:
        return
    items = _items(copy_path(store_dir)) or []
    data = json.dumps({LISTED: [*items, item]}, ensure_ascii=False, indent=1)
    write_atomic(copy_path(store_dir), data.encode())


def remove(store_dir: Path) -> None:
    """No copy any more (the lock is off). Raises OSError."""
    place = copy_path(store_dir)
    try:
        place.unlink()
    except FileNotFoundError:
        return
    fsync_dir(place.parent)


def forget(store_dir: Path) -> None:
    """Remove the copy, logging rather than raising (the lock turned off)."""
    try:
        remove(store_dir)
    except OSError as exc:
        log.warning("the readable copy of your session times could not be removed: %s", exc)


def read(store_dir: Path) -> list[Session] | None:
    """The sessions' times, read without the passphrase, as Session records that hold
    nothing else (for working out the quiet, never saved); None when there is no copy or it
    cannot be read. An item that is not a session's times is skipped."""
    items = _items(copy_path(store_dir))
    if items is None:
        return None
    found: list[Session] = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("day"), str):
            continue
        fields = {k: item.get(k, blank) for k, blank in BLANK.items()}
        try:
            found.append(Session(day=item["day"], **fields).clean())
        except (InvalidEntry, TypeError, ValueError):
            continue
    return found


def _items(place: Path) -> list[Any] | None:
    from footholds.core.lock.readable_copy import read_listed

    return read_listed(place, LISTED)


def from_store_file(store_dir: Path, keys: Codec) -> list[Session] | None:
    """The sessions as their store file holds them, opened with `keys`; [] when there is no
    such file yet, None when it cannot be read now (the copy is then left as it was)."""
    from footholds.core.lock.readable_copy import records_from_store_file

    found = records_from_store_file(store_dir, keys, Session)
    return None if found is None else [s for s in found if isinstance(s, Session)]


def settle(store_dir: Path, keys: Codec) -> None:
    """Write the copy from the sessions' store file (at an unlock or start, and when the
    lock is turned on); a file that cannot be read leaves the copy as it was. Raises
    OSError."""
    sessions = from_store_file(store_dir, keys)
    if sessions is not None:
        write(store_dir, sessions)
