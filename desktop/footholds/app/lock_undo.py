"""An Undo standing at Lock now: what it would put back goes sealed with the drafts and is
offered back once after the unlock.

Lock now closes the windows that show written words, and a window holding no typed words is
released: its Undo strip, and the record the Undo would have put back, went with it, for
good. Keeping the window would keep the record's words in memory while locked. So the record
goes into the drafts file under its own name (REMOVED), sealed with the rest (lock_drafts),
and after the unlock the person is asked: bring it back, or let it go. Nothing comes back
without their answer, and nothing is let go without it either: a question closed unanswered
(Escape, a quit, a Lock now, which closes it) is asked again at the next unlock or start.
A Lock now that fails gives the records back to memory, and one whose drafts file refuses
them does not lock (the Undo still standing): never lost, never in memory while locked.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from footholds.core.drafts import REMOVED_BEFORE_LOCK

if TYPE_CHECKING:
    from footholds.app.context import AppContext
    from footholds.app.lock_app import AppLock
    from footholds.core.store import Record
    from footholds.core.store.failures import StoreWriteError
    from footholds.ui.common.undo import UndoBar

log = logging.getLogger(__name__)

REMOVED = REMOVED_BEFORE_LOCK  # its name in the drafts file: no window has it
# on a record removed before a Lock now that failed (restore): its question says so
NOT_LOCKED = "not_locked"
# where a record's own words are, by kind: quoted in the question so the person knows which
WORDS = {
    "log": "note",
    "proof": "text",
    "thought": "thought",
    "goal": "title",
    "routine_item": "text",
    "person": "name",
    "own_item": "text",
}


def take(lock: AppLock) -> list[UndoBar]:
    """At Lock now, before the drafts are sealed: the records the standing Undos would put
    back join the drafts (sealed next, lock_drafts.keep). Their offers still stand: `end`
    ends them once the drafts are kept, `undo_take` takes the records out again if not.
    The strips whose records were taken."""
    from footholds.ui.common.undo import UndoBar

    found, bars = [], []
    for name, window in lock.windows.open_windows().items():
        if lock.may_open_after_lock(name):
            continue  # it stays open, its Undo with it (asks for the passphrase first)
        for bar in window.findChildren(UndoBar):
            record = bar.would_put_back()
            if record is not None:
                found.append({"kind": record.KIND, "record": record.to_dict()})
                bars.append(bar)
    if found or waiting(lock.windows.drafts):
        # sealed as removed before a lock, which it is once this one locks (restore marks
        # them again if it does not)
        records = [*_unmarked(waiting(lock.windows.drafts)), *found]
        lock.windows.drafts[REMOVED] = {"records": records}
    return bars


def not_kept() -> StoreWriteError:
    """Why Lock now did not lock: the drafts file refused the records `take` found."""
    import errno

    from footholds.core.store.failures import write_error

    return write_error(errno.EIO, "lock.removed_not_kept")


def undo_take(lock: AppLock, before: dict[str, Any] | None) -> None:
    """The drafts could not be kept: the records `take` added leave them again (`before`,
    the waiting records as they were), their Undos standing as they were."""
    if before is None:
        lock.windows.drafts.pop(REMOVED, None)
    else:
        lock.windows.drafts[REMOVED] = before


def end(bars: list[UndoBar]) -> None:
    """The records `take` found are kept in the drafts file: their offers end, nothing of
    them left on the strips (the windows go, or stay built while locked)."""
    for bar in bars:
        bar.take_away()


def restore(lock: AppLock, drafts: dict[str, dict[str, Any]], before: list[dict[str, Any]]) -> None:
    """A Lock now that failed once the drafts were kept and let go from memory (`drafts`,
    as they were then): they wait in memory again, and the records taken from the Undos
    are offered back now, their strips gone with their windows. Those (not among `before`,
    the records already waiting) are asked about as removed before a Lock now that did not
    lock: Footholds did not lock, and no question may say it did."""
    # (each as it was: `take` sealed them unmarked, for a lock that would have locked)
    earlier = {_key(kept): kept for kept in before}
    for name, draft in drafts.items():
        if name == REMOVED:
            taken = [
                earlier.get(_key(kept), {**kept, NOT_LOCKED: True}) for kept in waiting(drafts)
            ]
            records = _unique([*waiting(lock.windows.drafts), *taken])
            if records:
                lock.windows.drafts[REMOVED] = {"records": records}
        else:
            lock.windows.drafts.setdefault(name, draft)
    offer_soon(lock)


def _unmarked(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`records` with no mark of a Lock now that failed: a lock came since."""
    return [{k: v for k, v in kept.items() if k != NOT_LOCKED} for kept in records]


def waiting(drafts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The records waiting to be offered back, as kept in `drafts`."""
    records = drafts.get(REMOVED, {}).get("records")
    return [r for r in records if isinstance(r, dict)] if isinstance(records, list) else []


def bring_back(lock: AppLock, taken: dict[str, dict[str, Any]]) -> None:
    """At the unlock: the records sealed at Lock now (in `taken`, the drafts file's) wait in
    memory with the drafts, and are offered back once the unlock is done."""
    # all went through a Lock now that locked: asked about as removed just before it
    records = _unmarked(_unique([*waiting(lock.windows.drafts), *waiting(taken)]))
    taken.pop(REMOVED, None)
    if not records:
        return
    lock.windows.drafts[REMOVED] = {"records": records}
    offer_soon(lock)


def offer_soon(lock: AppLock) -> None:
    """Offer the records waiting in the drafts once the work under way is done (the
    unlock's: its dialog gone, the window asked for open), when there are any and the
    entries are open: after an unlock, or at a start that found some kept."""
    if lock.offer_removed is not None and not lock.locked and waiting(lock.windows.drafts):
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lock, lock.offer_removed)


def offer_at_start(ctx: AppContext) -> None:
    """At a start that found records waiting, the entries open: asked once a window of ours
    is there to hold the question (one start-up opened, or the next the person opens),
    never in a box of its own before any window, at login."""
    if ctx.windows.in_use() is not None:
        offer_soon(ctx.locker)
        return

    def when_used(_window: object) -> None:
        if ctx.windows.in_use() is None:
            return
        ctx.app.focusWindowChanged.disconnect(when_used)
        offer_soon(ctx.locker)

    ctx.app.focusWindowChanged.connect(when_used)


def offer(ctx: AppContext) -> None:
    """Ask about each record waiting, one at a time: "Bring back" adds it as it was, "Let
    it go" forgets it. A question closed without an answer (Escape, a quit, a Lock now,
    which closes it) leaves it and those after it waiting, asked at the next unlock or
    start; so does a record the store could not take back (the failure said)."""
    from footholds.ui.common.prompter import GO, LATER

    if ctx.locker.offering_removed:
        return
    ctx.locker.offering_removed = True
    try:
        while not ctx.locker.locked and (records := waiting(ctx.windows.drafts)):
            kept = records[0]
            record = _record(kept)
            if record is not None and ctx.store.get(type(record), record.id) is None:
                answer = _ask(ctx, record, locked=not kept.get(NOT_LOCKED))
                if ctx.locker.locked:
                    return  # locked meanwhile: sealed again, asked after the next unlock
                if answer == LATER:
                    _keep_waiting(ctx)
                    return
                if answer != GO:
                    from footholds.ui.common.operations import save_record

                    if save_record(ctx, record, ctx.windows.in_use()) is None:
                        _keep_waiting(ctx)  # not taken (said so): asked again later
                        return
            _forget(ctx, kept)
    finally:
        ctx.locker.offering_removed = False


def _keep_waiting(ctx: AppContext) -> None:
    """What is waiting stays in the drafts file too, so a crash does not lose it (sealed
    while the lock is on)."""
    from footholds.app.quitting import keep_drafts_now

    keep_drafts_now(ctx)


def _forget(ctx: AppContext, kept: dict[str, Any]) -> None:
    """`kept` was answered: out of memory and, at once, out of the drafts file."""
    from footholds.app.quitting import settle_drafts

    left = [r for r in waiting(ctx.windows.drafts) if _key(r) != _key(kept)]
    if left:
        ctx.windows.drafts[REMOVED] = {"records": left}
    else:
        ctx.windows.drafts.pop(REMOVED, None)
    settle_drafts(ctx)


def _key(kept: dict[str, Any]) -> tuple[str, str]:
    """Which record `kept` is: its kind and id. The same record may be held by another dict
    than the one asked about (a Lock now and unlock while asking build the list anew)."""
    record = kept.get("record")
    ident = record.get("id") if isinstance(record, dict) else None
    return str(kept.get("kind")), str(ident) if ident else repr(record)


def _unique(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`records` with each record once, the first kept."""
    seen: set[tuple[str, str]] = set()
    found = []
    for kept in records:
        if _key(kept) not in seen:
            seen.add(_key(kept))
            found.append(kept)
    return found


def _record(kept: dict[str, Any]) -> Record | None:
    """The record as it was removed; None (and let go) when it cannot be read back."""
    from footholds.core.store import BY_KIND, InvalidEntry

    cls = BY_KIND.get(str(kept.get("kind")))
    if cls is None:
        log.warning("a record removed before the lock is of no kind known here")
        return None
    try:
        return cls.from_dict(kept.get("record"))
    except InvalidEntry:
        log.warning("a record removed before the lock could not be read back")
        return None


def _what(kind: str) -> str:
    """What was removed, in a few words, by its kind: where it was, by its window's title."""
    if kind == "log":
        return QCoreApplication.translate("LockUndo", "an entry from “Journal”")
    if kind == "proof":
        return QCoreApplication.translate("LockUndo", "something from “Proof list”")
    if kind == "thought":
        return QCoreApplication.translate("LockUndo", "an entry from “Thought log”")
    if kind == "goal":
        return QCoreApplication.translate("LockUndo", "a goal from “Today”")
    if kind == "routine_item":
        return QCoreApplication.translate("LockUndo", "one of your three from “Today”")
    if kind == "person":
        return QCoreApplication.translate("LockUndo", "someone from “Reach out”")
    if kind == "own_item":
        return QCoreApplication.translate("LockUndo", "a message of your own from “Reach out”")
    return QCoreApplication.translate("LockUndo", "something")


def _ask(ctx: AppContext, record: Record, *, locked: bool = True) -> str:
    """The person's answer about `record` (prompter.ask_or_later): GO lets it go, STAY
    brings it back, LATER leaves it waiting. The question closes as the app locks.
    `locked`: removed just before a Lock now that locked; else before one that failed."""
    from footholds.ui.common.prompter import excerpt

    what = _what(record.KIND)
    words = str(getattr(record, WORDS.get(record.KIND, ""), "") or "")
    # no "it" for what was removed: a person is not one, and Spanish would have to agree
    # with each kind ("recuperarlo" beside "una entrada")
    if not locked:
        return _ask_not_locked(ctx, what, excerpt(words) if words.strip() else "")
    if words.strip():
        question = QCoreApplication.translate(
            "LockUndo",
            "Just before Footholds locked, you removed {what}: “{words}”. "
            "Would you like to undo that?",
        ).format(what=what, words=excerpt(words))
    else:
        question = QCoreApplication.translate(
            "LockUndo",
            "Just before Footholds locked, you removed {what}. Would you like to undo that?",
        ).format(what=what)
    # "Let it go" is the answer that cannot be taken back, so it is the plain one and Enter
    # brings the record back (the person can remove it again; a record let go is gone)
    return ctx.prompter.ask_or_later(
        ctx.windows.in_use(),
        QCoreApplication.translate("LockUndo", "Just before the lock"),
        question,
        QCoreApplication.translate("LockUndo", "Let it go"),
        QCoreApplication.translate("LockUndo", "Bring back"),
        ctx.locker.locking,
    )


def _ask_not_locked(ctx: AppContext, what: str, words: str) -> str:
    """The question about a record removed before a Lock now that failed, asked at once
    (or at the next start): true words, Footholds did not lock."""
    if words:
        question = QCoreApplication.translate(
            "LockUndo",
            "Footholds couldn't lock when you asked. Just before, you removed {what}: "
            "“{words}”. Would you like to undo that?",
        ).format(what=what, words=words)
    else:
        question = QCoreApplication.translate(
            "LockUndo",
            "Footholds couldn't lock when you asked. Just before, you removed {what}. "
            "Would you like to undo that?",
        ).format(what=what)
    return ctx.prompter.ask_or_later(
        ctx.windows.in_use(),
        QCoreApplication.translate("LockUndo", "Footholds didn't lock"),
        question,
        QCoreApplication.translate("LockUndo", "Let it go"),
        QCoreApplication.translate("LockUndo", "Bring back"),
        ctx.locker.locking,
    )
