"""The words typed and not saved across Lock now and the unlock: put in the drafts file
(sealed while the key is here) as the app locks, and back to their windows at the unlock or
when the lock is turned off."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footholds.app.lock_app import AppLock
    from footholds.core.lock.keys import Keys


def keep(lock: AppLock) -> bool:
    """At Lock now: the words held by the windows go to the drafts file; whether any did."""
    from footholds.app.quitting import held_drafts
    from footholds.core import drafts

    return drafts.keep(lock.paths.drafts_file, held_drafts(lock.windows), locked=False)


def bring_back(lock: AppLock) -> None:
    """At the unlock: the words Lock now put away from the windows open while locked (the
    quick log, Tough day), and those typed while locked and kept at a quit then, come
    back to them; others wait for their windows."""
    from footholds.app import lock_undo
    from footholds.core import drafts

    taken = drafts.gather(lock.paths.drafts_file, lock.paths.sealed_drafts_dir, lock.keys)
    lock_undo.bring_back(lock, taken)  # not a window's: offered back on its own
    if taken:  # said so as they come back: they were kept locked, Footholds did not close
        said_through_lock()
    for name, back in bringing_back(lock).items():
        drafts.pop_all(lock.windows.drafts, name)  # from before Lock now: in `taken` too
        for draft in drafts.pop_all(taken, name):  # newest first: the earliest ends first
            back(draft)
    for name, draft in taken.items():
        if lock.windows.is_built(name) and not lock.windows.is_visible(name):
            # closed by Lock now and kept built, its words let go (forget_words): it takes
            # them only as it is built, so it is built afresh with them (Settings, Plan
            # something kept it, and the words were lost at the unlock)
            lock.windows.forget(name)
        if not lock.windows.is_built(name):
            lock.windows.drafts.setdefault(name, draft)


def bringing_back(lock: AppLock) -> dict[str, Callable[[dict[str, object]], object]]:
    """The windows open while locked, built now, that take their words back in place
    (`bring_back`), by name."""
    from footholds.app.lock_app import OPEN_WHILE_LOCKED

    found = {}
    for name in sorted(OPEN_WHILE_LOCKED):
        window = lock.windows.get(name) if lock.windows.is_built(name) else None
        back = getattr(window, "bring_back", None)
        if callable(back):
            found[name] = back
    return found


def move_sealed(lock: AppLock, keys: Keys) -> None:
    """Words typed while locked and still sealed (the drafts file refused them at the
    unlock) open only with the lock's keys, which go with it: moved into the drafts file
    and to their windows now, or OSError and the lock stays on."""
    from footholds.core import drafts

    moved = drafts.move_sealed(lock.paths.drafts_file, lock.paths.sealed_drafts_dir, keys)
    if moved:
        said_through_lock()
    for name, back in bringing_back(lock).items():
        for draft in drafts.pop_all(moved, name):  # newest first: the earliest ends first
            back(draft)
    for name in {key.split(drafts.EARLIER)[0] for key in moved}:
        if lock.windows.is_built(name) and not lock.windows.is_visible(name):
            # kept built and hidden (Settings), it takes words only as it is built: built
            # afresh with them, as at the unlock (bring_back); else they waited unseen and
            # its empty boxes dropped them from the drafts file at the next close
            lock.windows.forget(name)
        # in memory too, each the later draft of its window as in the file: the next
        # close writes the file from what the windows hold
        for draft in reversed(drafts.pop_all(moved, name)):
            drafts.push(lock.windows.drafts, name, draft)


def said_through_lock() -> None:
    """Words given back from now on say they were kept locked (ui/common/kept_words.py)."""
    from PySide6.QtCore import QCoreApplication

    from footholds.ui.common import kept_words

    kept_words.through_lock(QCoreApplication.instance(), True)
