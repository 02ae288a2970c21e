"""An Undo standing at Lock now: what it would put back goes sealed with the drafts and is
offered back once after the unlock.

Lock now closes the windows that show written words, and a window holding no typed words is
released: its Undo strip, and the record the Undo would have put back, went with it, for
good. Keeping the window would keep the record's words in memory while locked. So the record
goes into the drafts file under its own name (REMOVED), sealed with the rest (lock_drafts),
and after the unlock the person is asked, once: put it back, or let it go. Nothing comes
back without their answer.
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

log = logging.getLogger(__name__)

REMOVED = REMOVED_BEFORE_LOCK  # its name in the drafts file: no window has it
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


def take(lock: AppLock) -> None:
    """At Lock now, before the windows close: the records their standing Undos would put
    back join the drafts (sealed next, lock_drafts.keep), and those offers end."""
    from footholds.ui.common.undo import UndoBar

    found = []
    for name, window in lock.windows.open_windows().items():
        if lock.may_open_after_lock(name):
            continue  # it stays open, its Undo with it (asks for the passphrase first)
        for bar in window.findChildren(UndoBar):
            record = bar.take_away()
            if record is not None:
                found.append({"kind": record.KIND, "record": record.to_dict()})
    if found:
        lock.windows.drafts[REMOVED] = {"records": [*waiting(lock.windows.drafts), *found]}


def waiting(drafts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The records waiting to be offered back, as kept in `drafts`."""
    records = drafts.get(REMOVED, {}).get("records")
    return [r for r in records if isinstance(r, dict)] if isinstance(records, list) else []


def bring_back(lock: AppLock, taken: dict[str, dict[str, Any]]) -> None:
    """At the unlock: the records sealed at Lock now (in `taken`, the drafts file's) wait in
    memory with the drafts, and are offered back once the unlock is done."""
    records = [*waiting(lock.windows.drafts), *waiting(taken)]
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


def offer(ctx: AppContext) -> None:
    """Ask about each record waiting, one at a time: "Put it back" adds it as it was, "Let
    it go" forgets it. Each is asked once; a Lock now while asking seals the rest again."""
    if ctx.locker.offering_removed:
        return
    ctx.locker.offering_removed = True
    try:
        while not ctx.locker.locked and (records := waiting(ctx.windows.drafts)):
            kept = records[0]
            record = _record(kept)
            if record is not None and ctx.store.get(type(record), record.id) is None:
                put = _ask(ctx, record)
                if ctx.locker.locked:
                    return  # locked meanwhile: sealed again, asked after the next unlock
                if put:
                    from footholds.ui.common.operations import save_record

                    save_record(ctx, record, ctx.windows.in_use())
            _forget(ctx, kept)
    finally:
        ctx.locker.offering_removed = False


def _forget(ctx: AppContext, kept: dict[str, Any]) -> None:
    """`kept` was answered: out of memory and, at once, out of the drafts file."""
    from footholds.app.quitting import settle_drafts

    left = [r for r in waiting(ctx.windows.drafts) if r is not kept]
    if left:
        ctx.windows.drafts[REMOVED] = {"records": left}
    else:
        ctx.windows.drafts.pop(REMOVED, None)
    settle_drafts(ctx)


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
    """What was removed, in a few words, by its kind."""
    if kind == "log":
        return QCoreApplication.translate("LockUndo", "an entry from your journal")
    if kind == "proof":
        return QCoreApplication.translate("LockUndo", "a proof from your list")
    if kind == "thought":
        return QCoreApplication.translate("LockUndo", "a thought log")
    if kind == "goal":
        return QCoreApplication.translate("LockUndo", "a goal")
    if kind == "routine_item":
        return QCoreApplication.translate("LockUndo", "one of your three")
    if kind == "person":
        return QCoreApplication.translate("LockUndo", "someone from your people")
    if kind == "own_item":
        return QCoreApplication.translate("LockUndo", "something you wrote")
    return QCoreApplication.translate("LockUndo", "something")


def _ask(ctx: AppContext, record: Record) -> bool:
    """Whether the person puts `record` back."""
    from footholds.ui.common.prompter import excerpt

    what = _what(record.KIND)
    words = str(getattr(record, WORDS.get(record.KIND, ""), "") or "")
    if words.strip():
        question = QCoreApplication.translate(
            "LockUndo",
            "Just before Footholds locked, you removed {what}: “{words}”. Put it back?",
        ).format(what=what, words=excerpt(words))
    else:
        question = QCoreApplication.translate(
            "LockUndo", "Just before Footholds locked, you removed {what}. Put it back?"
        ).format(what=what)
    # "Let it go" is the answer that cannot be taken back, so it is the plain one and Enter
    # or Escape puts the record back (the person can remove it again; a record let go is
    # gone): the prompter makes the answer that stays the default
    let_go = ctx.prompter.ask(
        ctx.windows.in_use(),
        QCoreApplication.translate("LockUndo", "Put it back?"),
        question,
        QCoreApplication.translate("LockUndo", "Let it go"),
        QCoreApplication.translate("LockUndo", "Put it back"),
    )
    return not let_go
