"""The passphrase lock as the app starts (issue 20). The app's own start builds sealed
(sealed_start), as after Lock now, asking nothing, and opens the store at the first unlock.
With the keys handed in (open_lock: the tests, a process already open), it opens at once:
finish an interrupted lock change, keep the store open for the life of the process, and join
what was sealed while the app was not running. No Qt here."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footholds.core.lock.keys import Keys
    from footholds.core.paths import Paths
    from footholds.core.settings import Settings
    from footholds.core.store import Store
    from footholds.core.store.backups import Backups

log = logging.getLogger(__name__)

Unlocker = Callable[["Paths", "Settings"], "Keys"]


def open_lock(paths: Paths, settings: Settings, unlock: Unlocker | None) -> Keys | None:
    """With the passphrase lock on, open it with the keys `unlock` gives (a test's), or those
    already open in this process, and keep the store open for the life of this process. The
    keys, or None when the lock is off. The app's own start never gets here locked: it builds
    sealed (sealed_start)."""
    from footholds.core.lock import is_on

    if not is_on(paths.data_dir):
        return None
    from footholds.core.errors import error
    from footholds.core.lock import SWITCH
    from footholds.core.lock.keys import BadHeader
    from footholds.core.store import StoreCannotOpen, storage

    if storage.codec is not None:  # already open in this process
        return storage.codec  # type: ignore[return-value]
    assert unlock is not None, "a locked start builds sealed: sealed_start"
    try:
        keys = unlock(paths, settings)
    except BadHeader as exc:
        raise error(StoreCannotOpen, "store.key_file", reason=exc) from None
    if (paths.data_dir / SWITCH).exists():  # a lock change a kill interrupted: complete it
        from footholds.core.lock import switch

        switch.finish(paths.data_dir, paths.outside_files, keys)
    storage.codec = keys
    from footholds.core.lock.readable import settle_by

    settle_by(paths.store_dir, settings, keys)  # the plan readable at a locked start, or not
    from footholds.core.lock.words import open_words

    open_words(settings, keys)  # the person's own lists, sealed in the settings file
    return keys


def sealed_start(paths: Paths, settings: Settings) -> tuple[Store, Backups, Callable[[], None]]:
    """The app starting with the lock on builds as after Lock now, asking nothing: the store
    sealed, not opened (new entries go to the lock's inbox), showing the safety plan and own
    numbers kept readable, unless the person locks them too. With it, what its first unlock
    runs, with the keys in place (AppLock.unlock_with): open_sealed, the start's steps that
    need the store opened; when they fail, the store is sealed again as it was."""
    from footholds.core.errors import error
    from footholds.core.lock import header_path, numbers_copy
    from footholds.core.lock.keys import BadHeader, Header
    from footholds.core.lock.readable import plan_locked, readable_plan
    from footholds.core.store import OwnLine, Record, SafetyPlan, StoreCannotOpen
    from footholds.core.store.models import BY_KIND, MODELS
    from footholds.core.store.opening import open_sealed, sealed_store

    try:  # a lock no passphrase could open: said now, as the start said it before asking
        Header.load(header_path(paths.data_dir))
    except BadHeader as exc:
        raise error(StoreCannotOpen, "store.key_file", reason=exc) from None
    kept: dict[str, list[Record]] = {}
    if not plan_locked(settings):
        plan = readable_plan(paths.store_dir)
        kept[SafetyPlan.KIND] = [plan] if plan is not None else []
        kept[OwnLine.KIND] = list(numbers_copy.read(paths.store_dir) or [])
    from footholds.app.lock_copies import sealed_put

    put = sealed_put(paths.data_dir, paths.store_dir)  # a session's times copied as well
    store, backups = sealed_store(paths, put, kept)

    def first_open() -> None:
        # what the readable kinds show now, own numbers added while locked with them: shown
        # again as they are if the store cannot open
        showing = {kind: store.all(BY_KIND[kind]) for kind in kept}
        try:
            open_sealed(paths, store, backups, settings)
        except BaseException:
            store.start_sealed(put, showing)
            raise
        # Everything read while sealed (the reminders' nudges and usual bedtime, the
        # sessions' times from their readable copy, the cards' marks, windows built
        # meanwhile) saw the sealed view and keeps it until its kind changes: every kind
        # has, now.
        for model in MODELS:
            store.changed.fire(model.KIND)

    return store, backups, first_open


def join_inbox(paths: Paths, store: Store, keys: Keys) -> None:
    """What `footholds log` and `proof add` sealed while the app was not running joins the
    store; joining again finds each entry saved and only removes its sealed file."""
    from footholds.core.lock import inbox
    from footholds.core.store import StoreWriteError

    try:
        joined = inbox.join(paths.data_dir, store, keys)
    except StoreWriteError as exc:  # the sealed files stay for the next start
        log.warning("entries written while locked could not join yet: %s", exc.strerror)
        return
    if joined:
        log.info("%d entries written while locked joined the store", joined)
