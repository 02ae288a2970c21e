"""The safety plan stays readable while the lock is on, unless the person chose to lock it too
(the setting lock.safety_plan): a hard moment is not the time for a passphrase, and the app
started locked shows the plan in Get help now before it is asked for (app/lock_start.py).
The people they trust go with it: their names and how to reach them (people_copy.py); and
their own numbers (numbers_copy.py). The times of their therapy sessions stay readable under
either choice (sessions_copy.py), for the reminders' quiet.

Its file is then written plain even while the lock is open (storage.plain_kinds). `settle`
sets that rule and puts the file in its form now: after an unlock, when the lock is turned on,
and when the setting changes. A file another form wrote (a restore, a command run without the
rule) is put right at the next of these, never read wrongly meanwhile: reading takes either.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from footholds.core.atomic import write_atomic
from footholds.core.store import SafetyPlan, storage
from footholds.core.store.storage import SEALED_FILE, Codec

if TYPE_CHECKING:
    from footholds.core.settings import Settings

log = logging.getLogger(__name__)

READABLE = frozenset({SafetyPlan.KIND})


def plan_locked(settings: Settings) -> bool:
    """The person's choice, failing closed: while their settings could not be read whole (a
    missing, damaged or newer file), the plan counts as locked too, never opened up by a
    default standing in for what they chose."""
    return bool(settings["lock.safety_plan"]) or not settings.read_whole


def readable_kinds(lock_plan: bool) -> frozenset[str]:
    """The kinds written plain while the lock is on: the plan, unless it is locked too."""
    return frozenset() if lock_plan else READABLE


def settle(store_dir: Path, lock_plan: bool, keys: Codec) -> None:
    """Write the readable kinds plain from now on (or not, with `lock_plan`), and turn their
    files into that form now. Raises OSError when a file cannot be rewritten (it stays as it
    was, readable with the passphrase)."""
    storage.plain_kinds = readable_kinds(lock_plan)
    for kind in sorted(READABLE):
        place = store_dir / f"{kind}.json"
        try:
            raw = place.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            continue
        sealed = raw.startswith(SEALED_FILE)
        plain = kind in storage.plain_kinds
        if sealed == plain:  # sealed and to be plain, or plain and to be sealed
            try:
                data = keys.decode(raw) if sealed else keys.encode(raw)
            except ValueError:  # damaged: the store sets it aside when it reads it
                log.warning("%s could not be opened to change its form", place.name)
                continue
            write_atomic(place, data)


def settle_by(store_dir: Path, settings: Settings, keys: Codec) -> None:
    """`settle` by the person's choice (plan_locked); a file that cannot be rewritten now stays
    as it was, readable with the passphrase, and is put right at the next unlock. The people
    they trust go with the plan (settle_people)."""
    lock_plan = plan_locked(settings)
    try:
        settle(store_dir, lock_plan, keys)
    except OSError as exc:
        log.warning("the safety plan's file keeps its form for now: %s", exc.strerror)
    try:
        settle_people(store_dir, lock_plan, keys)
    except OSError as exc:
        log.warning("the readable copy of your people is as it was: %s", exc.strerror)
    settle_sessions(store_dir, keys)


def settle_sessions(store_dir: Path, keys: Codec) -> None:
    """The times of the person's therapy sessions, readable while the lock is on whatever
    they chose for the plan (core/lock/sessions_copy.py says why), so the reminders keep
    quiet during a session at a locked start too; a failure leaves the copy as it was."""
    from footholds.core.lock import sessions_copy

    try:
        sessions_copy.settle(store_dir, keys)
    except OSError as exc:
        log.warning("the readable copy of your session times is as it was: %s", exc.strerror)


def settle_people(store_dir: Path, lock_plan: bool, keys: Codec) -> None:
    """The names of the people the person trusts and how to reach them, readable while the
    lock is on as the plan is (core/lock/people_copy.py), from their file opened with `keys`;
    the copy removed when the plan is locked too. Their own numbers go with them
    (numbers_copy.py). Raises OSError (the copies as they were, or the people's written)."""
    from footholds.core.lock import numbers_copy, people_copy

    people = None if lock_plan else people_copy.from_store_file(store_dir, keys)
    people_copy.keep(store_dir, not lock_plan, people)
    lines = None if lock_plan else numbers_copy.from_store_file(store_dir, keys)
    numbers_copy.keep(store_dir, not lock_plan, lines)


def readable_plan(store_dir: Path) -> SafetyPlan | None:
    """The safety plan as its file holds it, read without the passphrase (the app starting
    locked shows it); None when there is none, or it is sealed, damaged or unreadable."""
    from footholds.core.store.storage import DamagedFile, NotAFile, StoreLocked, read_records

    try:
        data = storage.read_file(store_dir / f"{SafetyPlan.KIND}.json", SafetyPlan.KIND)
    except (StoreLocked, DamagedFile, NotAFile, OSError):
        return None
    records, _problems, _lost = read_records(SafetyPlan, (data or {}).get(SafetyPlan.KIND, {}))
    plans = sorted((r for r in records.values() if isinstance(r, SafetyPlan)), key=lambda r: r.at)
    return plans[0] if plans else None  # the oldest, as the app shows (current_plan)
