"""The copies kept readable while the app is locked: the person's people and own numbers
(with the safety plan, unless they lock it too), and their therapy sessions' times (always,
for the reminders' quiet: core/lock/sessions_copy.py)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any

    from footholds.app.lock_app import AppLock
    from footholds.core.lock.readable_copy import ReadableCopy
    from footholds.core.store import Record

log = logging.getLogger(__name__)


def keep_people(lock: AppLock, readable: bool | None = None) -> None:
    """Write the copy of the people kept readable while locked from the store as it is
    now (or remove it when the person locks their plan too, or `readable` is False);
    only while the entries are open with the lock on. A failure leaves it as it was, put
    right at the next unlock or change."""
    from footholds.core.lock import people_copy

    kept = _keep(lock, readable, people_copy.COPY)
    if kept is not None:
        keep_numbers(lock, kept)


def keep_numbers(lock: AppLock, readable: bool | None = None) -> None:
    """As keep_people, for the person's own numbers (core/lock/numbers_copy.py): kept
    readable while locked under the same choice, so the app starting locked shows them
    as Lock now leaves them showing."""
    from footholds.core.lock import numbers_copy

    _keep(lock, readable, numbers_copy.COPY)


def _keep(lock: AppLock, readable: bool | None, copy: ReadableCopy[Any, Any]) -> bool | None:
    """One readable copy written (or removed) as keep_people says; whether it is kept, or
    None when the entries are not open with the lock on and nothing was done."""
    if not lock.enabled or lock.keys is None or not lock.store.is_open:
        return None
    keep = not lock.plan_locked() if readable is None else readable
    try:
        copy.keep(lock.paths.store_dir, keep, lock.store.all(copy.model) if keep else None)
    except OSError as exc:
        log.warning("the readable copy of %s is as it was: %s", copy.what, exc.strerror)
    return keep


def keep_sessions(lock: AppLock) -> None:
    """Write the copy of the sessions' times from the store as it is now; only while the
    entries are open with the lock on. Kept whatever the person chose for the plan (see
    core/lock/sessions_copy.py). A failure leaves it as it was, put right at the next unlock
    or change."""
    from footholds.core.lock import sessions_copy
    from footholds.core.store import Session

    if not lock.enabled or lock.keys is None or not lock.store.is_open:
        return
    try:
        sessions_copy.write(lock.paths.store_dir, lock.store.all(Session))
    except OSError as exc:
        log.warning("the readable copy of your session times is as it was: %s", exc.strerror)


def sealed_put(data_dir: Path, store_dir: Path) -> Callable[[Record], object]:
    """Where the store puts a new record while locked: sealed into the lock's inbox, and a
    session's times into their readable copy too, so the reminders keep quiet for it before
    the unlock. (`footholds session add` reaching the app locked is asked to wait for the
    unlock, lock_handlers.NEED_UNLOCK, and nothing else adds a session while locked today:
    this keeps the copy true should anything ever do.)"""
    from footholds.core.lock import inbox, sessions_copy
    from footholds.core.store import Session

    def put(record: Record) -> object:
        done = inbox.put(data_dir, record)  # raises: nothing saved, nothing copied
        if isinstance(record, Session):
            try:
                sessions_copy.add(store_dir, record)
            except OSError as exc:  # it joins at the unlock; the copy follows then
                log.warning("the readable copy of your session times is as it was: %s", exc)
        return done

    return put


def follow(lock: AppLock, kind: str) -> None:
    """Someone added, changed or removed: their copy follows at once."""
    from footholds.core.store import OwnLine, Person, Session

    if kind == Person.KIND:
        keep_people(lock)
    elif kind == OwnLine.KIND:
        keep_numbers(lock)
    elif kind == Session.KIND:
        keep_sessions(lock)


def forget(store_dir: Path) -> None:
    from footholds.core.lock import copies_left

    if not copies_left(store_dir.parent):
        return  # none to remove: their modules stay out of the idle app
    from footholds.core.lock import numbers_copy, people_copy, sessions_copy

    people_copy.forget(store_dir)
    numbers_copy.forget(store_dir)
    sessions_copy.forget(store_dir)
