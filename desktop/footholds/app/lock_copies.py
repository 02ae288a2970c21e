"""The copies of the person's people and own numbers kept readable while the app is locked."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from footholds.app.lock_app import AppLock

log = logging.getLogger(__name__)


def keep_people(lock: AppLock, readable: bool | None = None) -> None:
    """Write the copy of the people kept readable while locked from the store as it is
    now (or remove it when the person locks their plan too, or `readable` is False);
    only while the entries are open with the lock on. A failure leaves it as it was, put
    right at the next unlock or change."""
    if not lock.enabled or lock.keys is None or not lock.store.is_open:
        return
    from footholds.core.lock import people_copy
    from footholds.core.store import Person

    keep = not lock.plan_locked() if readable is None else readable
    try:
        people_copy.keep(lock.paths.store_dir, keep, lock.store.all(Person) if keep else None)
    except OSError as exc:
        log.warning("the readable copy of your people is as it was: %s", exc.strerror)
    keep_numbers(lock, keep)


def keep_numbers(lock: AppLock, readable: bool | None = None) -> None:
    """As keep_people, for the person's own numbers (core/lock/numbers_copy.py): kept
    readable while locked under the same choice, so the app starting locked shows them
    as Lock now leaves them showing."""
    if not lock.enabled or lock.keys is None or not lock.store.is_open:
        return
    from footholds.core.lock import numbers_copy
    from footholds.core.store import OwnLine

    keep = not lock.plan_locked() if readable is None else readable
    try:
        numbers_copy.keep(lock.paths.store_dir, keep, lock.store.all(OwnLine) if keep else None)
    except OSError as exc:
        log.warning("the readable copy of your own numbers is as it was: %s", exc.strerror)


def follow(lock: AppLock, kind: str) -> None:
    """Someone added, changed or removed: their copy follows at once."""
    from footholds.core.store import OwnLine, Person

    if kind == Person.KIND:
        keep_people(lock)
    elif kind == OwnLine.KIND:
        keep_numbers(lock)


def forget(store_dir: Path) -> None:
    from footholds.core.lock import numbers_copy, people_copy

    people_copy.forget(store_dir)
    numbers_copy.forget(store_dir)
