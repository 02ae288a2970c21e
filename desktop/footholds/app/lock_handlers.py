"""What the running app does with `footholds lock now`, `footholds unlock` and `footholds lock
status` (issue 20): the lock lives in the app's memory, so the app itself locks and unlocks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from footholds.core.plural import entries

if TYPE_CHECKING:
    from footholds.app.context import AppContext
    from footholds.core.paths import Paths

Result = tuple[bool, str]
# Commands that read or change existing entries: while locked they wait for the passphrase.
# (log and proof-add still save: the store seals them; show asks in the app's own window.)
NEED_UNLOCK = frozenset({"import", "restore", "session-add", "session-remove"})
LOCKED = (
    "Your entries are locked. Unlock Footholds first (footholds unlock), then try again. "
    "Nothing was changed."
)
WRONG = "That passphrase does not open your entries. Nothing was changed."
WAITING = (
    "Footholds is waiting for your passphrase in its window; please try again after "
    "unlocking. Nothing was changed."
)


def _lock_now(ctx: AppContext, args: dict[str, Any]) -> Result:
    if not ctx.locker.enabled:
        return False, "The lock is off. Turn it on with: footholds lock enable"
    if ctx.locker.locked:
        return True, "Your entries are already locked."
    try:
        ctx.locker.lock_now()
    except OSError as exc:
        return False, f"Footholds could not lock yet: {exc.strerror or exc}"
    return True, "Locked. Quick logs still save; everything else waits for your passphrase."


def _unlock(ctx: AppContext, args: dict[str, Any]) -> Result:
    from footholds.core.lock.keys import WrongKey

    if not ctx.locker.locked:
        return True, "Footholds is running and already unlocked."
    given = args.get("passphrase")
    if not isinstance(given, str):
        ctx.locker.ask()
        return True, "Footholds asks for your passphrase in its own window."
    try:
        keys = ctx.locker.header().open(given)
    except WrongKey:
        return False, WRONG
    from footholds.core.store import StoreCannotOpen, StoreWriteError

    try:
        joined = ctx.locker.unlock_with(keys)
    except (StoreCannotOpen, StoreWriteError) as exc:  # the first unlock of a locked start
        return False, f"Footholds could not open your entries, so they stay locked: {exc}"
    return True, _unlocked(joined)


def _unlocked(joined: int) -> str:
    said = f" {entries(joined)} written while locked joined your journal." if joined else ""
    return f"Unlocked.{said}"


def _lock_state(ctx: AppContext, args: dict[str, Any]) -> Result:
    return True, ctx.locker.state


LOCK_HANDLERS = {"lock-now": _lock_now, "unlock": _unlock, "lock-state": _lock_state}


def while_asking(paths: Paths, command: str, args: dict[str, Any]) -> Result:
    """The app's answers while it waits at the start for the passphrase: a quick log (a
    night's sleep with it or not) or a proof from the command line is sealed into the lock's
    inbox (the app holds the instance lock, so nothing else writes), to join the store as the
    unlock opens it. `show help-now` opens the crisis lines; a second start, or another show,
    brings the prompt forward."""
    from footholds.core import sleep
    from footholds.core.lock import inbox
    from footholds.core.store import InvalidEntry, LogEntry, Proof

    if command == "lock-state":
        return True, "locked"
    if command == "ping":
        return True, "Footholds is running."
    from footholds.ui.shell import unlock

    # nothing is open yet, so nothing can be lost: quit as the dialog's own Quit does
    if command == "quit" and unlock.stop_asking():
        return True, "Footholds is closing."
    # the crisis lines need nothing the lock keeps: they open before the passphrase too
    if command == "show" and args.get("what") == "help-now" and unlock.help_while_asking():
        return True, ""
    from footholds.ui.shell.registry import BY_NAME

    what = args.get("what")
    if command == "show" and not (isinstance(what, str) and what in BY_NAME):
        return False, f"There is no window called {str(what)[:40]!r}."
    if command == "show" and what == "safety-plan" and _plan_readable(paths):
        unlock.help_while_asking()  # the plan kept readable is shown there, as with the lines
        return True, ""
    if command == "show" and unlock.show_after_unlock(str(what)):
        return True, (
            "Footholds asks for your passphrase in its window first; the window opens once "
            "it is unlocked."
        )
    if command == "lock-now":  # after Esc at the prompt, asked to be sure it is locked
        return True, "Your entries are already locked."
    if command == "unlock":
        return _unlock_while_asking(paths, args)
    if command == "activate" and unlock.bring_back_asking():  # started again: the prompt
        return True, "Footholds is already running; it asks for your passphrase in its window."
    try:
        if command == "log" and "sleep" in args:  # as the running app saves it while locked
            night = sleep.night_entry(args["sleep"], source="cli")
            entry = LogEntry.from_dict(args["entry"]).clean() if "entry" in args else None
            inbox.put(paths.data_dir, night)  # replaces that morning's at the unlock
            if entry is not None:
                inbox.put(paths.data_dir, entry)
            return True, sleep.SAVED
        if command == "log":
            first = inbox.put(paths.data_dir, LogEntry.from_dict(args.get("entry")).clean())
            return True, "Logged. That counts." if first else "Already saved. That counts."
        if command == "proof-add":
            first = inbox.put(paths.data_dir, Proof.from_dict(args.get("proof")).clean())
            return True, "Added to your proof list." if first else "Already in your proof list."
    except (InvalidEntry, sleep.SleepTimesError) as exc:
        return False, str(exc)
    except OSError as exc:
        return False, f"Nothing was saved: {exc.strerror or exc}."
    return False, WAITING


def _unlock_while_asking(paths: Paths, args: dict[str, Any]) -> Result:
    """`footholds unlock` at the start's prompt (put away by Esc, perhaps): with the
    passphrase it opens the app as the prompt would, and answers as the running app's unlock
    does; without, it brings the prompt forward to type it there."""
    from footholds.core.lock import inbox
    from footholds.ui.shell import unlock

    given = args.get("passphrase")
    if not isinstance(given, str):
        if unlock.bring_back_asking():
            return True, "Footholds asks for your passphrase in its own window."
        return False, WAITING
    # counted now: they join as the app opens the store, right after this answer
    try:
        waiting = len(inbox.waiting(paths.data_dir))
    except OSError:  # the app's start says what is wrong with the folder; unlock all the same
        waiting = 0
    opened = unlock.open_while_asking(given)
    if opened is None:
        return False, WAITING
    if not opened:
        return False, WRONG
    return True, _unlocked(waiting)


def _plan_readable(paths: Paths) -> bool:
    from footholds.core.lock.readable import readable_plan

    return readable_plan(paths.store_dir) is not None
