"""When the person's therapy sessions happen, readable while the lock is on, so that the
reminders keep quiet during a session and the 15 minutes after it (core/sessions.py) even
when Footholds starts locked, or the sessions were not read before Lock now.

Only what that quiet is worked out from is written: each session's first day, start time,
length, how often it repeats, and the occurrences cancelled or moved. Never whom it is with,
what to talk about, the notes, or the offers made: those stay sealed with the rest. Sessions
that can no longer make a quiet time (a single date long past, one with no start time) are
left out, and so are cancellations and moves already behind.

Like the people's and numbers' copies, it is one ReadableCopy (readable_copy.py), with items
of its own. Unlike them, it is kept whichever way the person chose on the Lock page ("Lock my
safety plan, numbers and people too"): that choice is about what the app shows while locked,
and these times show nothing; without them a reminder could slide in during a session, in
front of the therapist. The Lock page and the README say so.

The copy is in the data folder (out of the store's folder: backups, restores and the lock's
switch never carry it), written while the entries are open (at every unlock and start, when
the lock is turned on, and whenever a session is added, changed or removed), and by the
running app for a session added while it is locked; crash-safely and readable by the person
only, and removed when the lock is turned off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from footholds.core.lock.readable_copy import ReadableCopy
from footholds.core.store import InvalidEntry, Session
from footholds.core.store.storage import Codec

NAME = "lock-session-times.json"  # in the data folder, beside lock.json
LISTED = "sessions"
# the fields kept besides the first day, and what a session has when one is missing
BLANK: dict[str, Any] = {"time": "", "minutes": 50, "every": "", "cancelled": [], "moved": {}}
BEHIND = timedelta(days=2)  # what is this far behind makes no quiet time now or later


def times_of(session: Session, today: date | None = None) -> dict[str, Any] | None:
    """The fields the quiet around `session` is worked out from, and nothing else; None
    when it can make no quiet time from `today` on (None: today)."""
    cutoff = ((today or date.today()) - BEHIND).isoformat()
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


def _session_of(item: object) -> Session | None:
    """A session's times read back as a Session record that holds nothing else (for working
    out the quiet, never saved); None when the item is not a session's times."""
    if not isinstance(item, dict) or not isinstance(item.get("day"), str):
        return None
    fields = {k: item.get(k, blank) for k, blank in BLANK.items()}
    try:
        return Session(day=item["day"], **fields).clean()
    except (InvalidEntry, TypeError, ValueError):
        return None


COPY: ReadableCopy[Session, Session] = ReadableCopy(
    name=NAME,
    model=Session,
    listed=LISTED,
    fields=(),  # no plain fields: each session's times are an item of their own
    item=times_of,
    back=_session_of,
    shown=Session,  # unused: `back` makes the records
    what="your session times",
)

# the names the app, the command line and the tests call. `read` gives the sessions' times
# without the passphrase, None when there is no copy or it cannot be read; `forget` removes
# the copy, logging rather than raising (the lock turned off).
copy_path, remove, forget = COPY.copy_path, COPY.remove, COPY.forget
from_store_file, read = COPY.from_store_file, COPY.read


def write(store_dir: Path, sessions: Iterable[Session], today: date | None = None) -> None:
    """Write the times of `sessions`, as of `today`. Raises OSError (the file as it was)."""
    copy = COPY if today is None else replace(COPY, item=partial(times_of, today=today))
    copy.write(store_dir, sessions)


def add(store_dir: Path, session: Session) -> None:
    """One session more, added while the store is locked (it is sealed until the unlock):
    its times join those in the copy. Raises OSError (the file as it was)."""
    if times_of(session) is not None:
        COPY.write(store_dir, [*(read(store_dir) or []), session])


def settle(store_dir: Path, keys: Codec) -> None:
    """Write the copy from the sessions' store file (at an unlock or start, and when the
    lock is turned on); a file that cannot be read leaves the copy as it was. Raises
    OSError."""
    sessions = from_store_file(store_dir, keys)
    if sessions is not None:
        write(store_dir, sessions)
