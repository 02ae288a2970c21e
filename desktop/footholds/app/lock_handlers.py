"""What the running app does with `footholds lock now`, `footholds unlock` and `footholds lock
status` (issue 20): the lock lives in the app's memory, so the app itself locks and unlocks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from footholds.core.plural import entries

if TYPE_CHECKING:
    from footholds.app.context import AppContext

Result = tuple[bool, str]
# Commands that read or change existing entries: while locked they wait for the passphrase.
# (log and proof-add still save: the store seals them; show asks in the app's own window.)
NEED_UNLOCK = frozenset({"import", "restore", "session-add", "session-remove", "export"})
LOCKED = (
    "Your entries are locked. Unlock Footholds first (footholds unlock), then try again. "
    "Nothing was changed."
)
WRONG = "That passphrase does not open your entries. Nothing was changed."


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
