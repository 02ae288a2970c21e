"""Lock now, in the running app: what AppLock.lock_now does once there is a key to drop.

In order: the words typed and not saved go to the drafts file, sealed; the windows that show
written words close (one that saves as it closes keeps its words); the copies kept readable
while locked are written; the store seals its records and the settings their lists; then the
key goes. Loaded only when the person locks, never at an idle start with the lock off.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footholds.app.lock_app import AppLock

log = logging.getLogger(__name__)


def _after_import(lock: AppLock) -> None:
    try:
        lock.lock_now()
    except OSError as exc:  # pending entries cannot be written: stays open, keeps them
        log.warning("not locked after the import: %s", exc.strerror or exc)


def _close_and_seal(lock: AppLock, plan_goes: bool) -> None:
    """The windows close, the copies kept readable are written, the store and settings
    sealed. Raises StoreWriteError (nothing locked yet) when the store cannot be sealed."""
    from footholds.app import lock_copies
    from footholds.core.store import OwnLine, SafetyPlan

    # the windows first, while the store still writes: one that saves as it closes (the
    # safety plan's editor) keeps its words
    lock.windows.close_unless(lock.may_open_after_lock)
    # one that stays open (the safety plan's editor, the plan kept readable) keeps words
    # typed and not saved yet now: once sealed, the store could not take the change
    for window in lock.windows.open_windows().values():
        save_now = getattr(window, "keep_before_lock", None)
        if callable(save_now):
            save_now()
    data_dir = lock.paths.data_dir
    # the people and own numbers kept readable with the plan, as memory has them now (or
    # none, with it)
    lock_copies.keep_people(lock, readable=not plan_goes)
    # the sessions' times, whichever way: the reminders keep quiet in a session while
    # locked, here and at a locked start (core/lock/sessions_copy.py)
    lock_copies.keep_sessions(lock)
    # Get help now shows the person's own numbers beside the crisis lines: they stay
    # readable with the plan, as at a locked start (numbers_copy), or go with it
    keep = [] if plan_goes else [OwnLine.KIND, SafetyPlan.KIND]
    lock.store.seal(lock_copies.sealed_put(data_dir, lock.paths.store_dir), keep=keep)
    # the lists are sealed in the settings file as they are now; they stay in memory,
    # since the quick log offers them while locked (and Settings cannot open to change them)
    lock._save_settings()


def lock_now(lock: AppLock) -> bool:
    """AppLock.lock_now with the lock on and open: True once locked, or once an import
    running has been asked to stop (the lock comes then). Raises StoreWriteError (still
    unlocked) when pending entries cannot be written."""
    from footholds.core.import_pace import RUNNING

    # an import is writing: it stops at its next month file, and the lock comes then
    if RUNNING.after(lambda: _after_import(lock)):
        return True
    plan_goes = lock.plan_locked()  # decided before the settings are saved below
    # words typed and not saved go to the drafts file now, sealed while the key is here:
    # the quick log, open while locked, must not show them (nor take them from the
    # drafts waiting for their windows), and a quit while locked seals only what is
    # typed after (quitting.keep_drafts)
    from footholds.app import lock_drafts, lock_undo
    from footholds.core.store import storage

    # a question about a record removed before the last lock closes unanswered: the record
    # waits in the drafts, sealed with them below, and is asked about after the unlock
    lock.locking.emit()
    # what a standing Undo would put back goes with them, its window about to close
    before = lock_undo.waiting(lock.windows.drafts)
    taken = lock_undo.take(lock)
    kept_drafts = lock_drafts.keep(lock)
    if taken and not kept_drafts:
        # the record would stay in memory while locked, or be lost: not locked, its Undo
        # still standing, as for entries the store cannot write
        lock_undo.undo_take(lock, {"records": before} if before else None)
        raise lock_undo.not_kept()
    lock_undo.end(taken)
    drafts = dict(lock.windows.drafts)
    if kept_drafts:
        lock.windows.drafts.clear()  # in the file now: back at the unlock
    try:
        _close_and_seal(lock, plan_goes)
    except BaseException:
        # nothing removed before it is lost to a failure
        lock_undo.restore(lock, drafts, before)
        raise
    lock.settings.codec = None
    storage.codec = None
    lock.keys = None
    lock.locked_away = True
    # words typed from now on are sealed under a name of this lock's own (quitting.keep_drafts
    # writes over it at each keep): never over words sealed at an earlier lock of this run
    # that the unlock could not move into the drafts file (drafts.gather left them sealed)
    from footholds.core.drafts import sealed_name

    lock.drafts_name = sealed_name()
    lock._plan_went = plan_goes
    if kept_drafts:  # locked now: out of sight (the quick log, an entry's editor)
        for window in lock.windows.open_windows().values():
            clear = getattr(window, "forget_words", None)
            if callable(clear):
                clear()
    lock._sync_timer()
    log.info("locked")
    lock.changed.emit(True)
    return True
