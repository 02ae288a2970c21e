"""How a command reaches the store: it hands its work to the running app over the local socket,
or, when no app runs, opens the store itself under the instance lock.

Only one process ever writes the store: while the app runs, writing commands hand their work to
it; otherwise they take the instance lock themselves. Kept apart from commands.py (what each
command does) because every writing command, in every cli module, goes through these few
functions. How a command prints (`say`) and stops (`Refused`) is here too: the hand-over uses
both.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from footholds.cli.kept import answer
from footholds.core.paths import Paths
from footholds.core.unsaved_words import Unsaved, held, in_file

if TYPE_CHECKING:
    # Imported inside the functions that use them: starting the app should not wait for them.
    from footholds.core.store import Store, StoreWriteError
    from footholds.platform.lockfile import InstanceLock

log = logging.getLogger(__name__)


def say(message: str, *, err: bool = False) -> None:
    if message:
        print(message, file=sys.stderr if err else sys.stdout)


class Refused(Exception):
    """The command stops here with this message (exit status 1); nothing was sent or saved."""


# How long a writing command waits for another `footholds` process to finish with the store
# before it gives up (twenty `footholds log` at once queue well within this).
LOCK_WAIT_S = 15.0
NOT_PRIVATE = (
    "Nothing was sent or saved: {}, so it may not be Footholds listening there. "
    "Quit Footholds, remove that file or folder, and start Footholds again."
)
STARTING = "Footholds is starting; please try again in a moment."


def app_or_here(
    paths: Paths,
    command: str,
    here: Callable[[Store], int],
    *,
    timeout_s: float | None = None,
    **payload: Any,
) -> int:
    """The one way a writing command runs: hand `command` to the running app (it owns the
    store), or, when none runs, do `here` on the store opened by this process under the
    instance lock. Returns the exit status. `here` raises Unsaved for a save the disk refused:
    it is answered once the store is closed, when it is known whether it was kept."""
    reply = ask(paths, command, timeout_s=timeout_s, **payload)
    if reply is not None:
        return answered(reply)
    try:
        with direct_store(paths) as store:
            if store is None:  # the app is starting, or another command is writing
                say(STARTING, err=True)
                return 1
            return here(store)
    except Unsaved as failed:
        return said(*answer(failed))


def said(ok: bool, message: str) -> int:
    """Print a command's answer (to stderr when it failed); its exit status."""
    say(message, err=not ok)
    return 0 if ok else 1


def ask(
    paths: Paths, command: str, *, timeout_s: float | None = None, **payload: Any
) -> dict[str, Any] | None:
    """Hand a command to the running app; None when it is not running. Raises Refused,
    having sent nothing, when the app's socket is not this user's own. `timeout_s` is how
    long to wait for the answer (the client's default when None)."""
    from footholds.core.socket_place import addresses

    places = addresses(paths)
    for n, where in enumerate(places):
        if surely_not_running(where):  # no socket file: nothing to ask, and no socket module
            continue
        from footholds.cli.client import REPLY_TIMEOUT_S, NotPrivate, send

        wait = REPLY_TIMEOUT_S if timeout_s is None else timeout_s
        try:
            reply = send(where, command, timeout_s=wait, on_busy=_busy, **payload)
        except NotPrivate as exc:
            if n == 0:  # the usual place: say so. Elsewhere nothing was sent: look on.
                raise Refused(NOT_PRIVATE.format(exc)) from None
            continue
        if reply is not None:
            return reply
        # a socket file left where the app could not remove it (a read-only folder): the app
        # then listens at the next place
    return None


def _busy() -> None:
    say("Footholds is busy; waiting for it to answer.", err=True)


def surely_not_running_anywhere(paths: Paths) -> bool:
    """surely_not_running for every place the app may listen (socket_place.addresses)."""
    from footholds.core.socket_place import addresses

    return all(surely_not_running(where) for where in addresses(paths))


def surely_not_running(address: str) -> bool:
    """True when no app can be listening at `address`: on Unix its socket file does not
    exist. Lets a plain start skip the hand-over; on Windows (a pipe) this answers False and
    the start goes the usual way."""
    if os.name != "posix":
        return False
    return not os.path.exists(address)


def answered(reply: dict[str, Any]) -> int:
    say(str(reply.get("message", "")), err=not reply["ok"])
    return 0 if reply["ok"] else 1


@contextlib.contextmanager
def direct_store(paths: Paths, wait_s: float = LOCK_WAIT_S) -> Iterator[Store | None]:
    """The store, opened by this process under the instance lock; None if the app or another
    command still holds the lock after `wait_s`."""
    lock = wait_for_lock(paths, wait_s)
    if lock is None:
        yield None
        return
    with locked_store(lock, paths) as store:
        yield store


@contextlib.contextmanager
def locked_store(lock: InstanceLock, paths: Paths, *, release: bool = True) -> Iterator[Store]:
    """The store opened under a lock this process holds; both are let go afterwards (the lock
    kept with `release` False). With the passphrase lock on, it is opened for this command and
    what was written while locked joins the store."""
    from footholds.core.store.opening import open_store

    try:
        from footholds.cli.lock import open_for_command

        keys = open_for_command(paths)
        # what the store has to say, from its opening on (an interrupted restore finished)
        # to what recovery brought back (or could not), is told here, as the app shows it
        store, _ = open_store(paths, tell=lambda message: say(f"footholds: {message}", err=True))
        if keys is not None:
            from footholds.core.lock import inbox

            inbox.join(paths.data_dir, store, keys)
    except BaseException:
        if release:
            lock.unlock()
        raise
    try:
        yield store
    except Unsaved as failed:  # answered by the caller, once it is known what holds it
        failed.kept = _closed_keeping(store, failed.error)
        raise
    except BaseException:
        store.close()
        raise
    else:
        _close_after_work(store)
    finally:
        if release:
            lock.unlock()


def _close_after_work(store: Store) -> None:
    """Close the store after a command's work went well. A save of the command's own that the
    disk refused comes out as Unsaved, so what memory still holds beyond the disk now came
    from the unsaved-entries files at the store's opening; when the store's folder and those
    places all refuse it again, the files still hold it for a later start, and nothing is lost
    (telling the person otherwise would be untrue)."""
    from footholds.core.store import StoreWriteError

    try:
        store.close()
    except StoreWriteError:
        log.warning("entries brought in from an unsaved-entries file stay there for now")


def _closed_keeping(store: Store, error: StoreWriteError) -> bool:
    """Close the store after a save the disk refused; whether an unsaved-entries file now
    holds what the save changed (checked before the lock is let go, so no other process has
    merged it yet). Closing keeps there all that memory holds beyond the disk; when it cannot,
    the file still holds what the save itself put there."""
    from footholds.core.store import StoreWriteError

    try:
        store.close()
    except StoreWriteError:
        return in_file(error)
    return held(error)


def bring_in_unsaved(paths: Paths) -> None:
    """Before reading the store's files: bring in what an earlier run kept in an
    unsaved-entries file, and finish what a kill stopped half-way (a restore), as the app
    does at start, when the store can be written now (not while the app or another command
    holds it). What still waits is named, since what the command reads leaves it out."""
    from footholds.core.store import StoreCannotOpen, pending
    from footholds.core.store.opening import interrupted
    from footholds.platform.lockfile import take_lock

    if not pending.waiting(paths.unsaved_files) and not interrupted(paths):
        return
    try:
        paths.ensure()
        lock = take_lock(paths.lock_file)
        if lock is not None:
            with locked_store(lock, paths):  # merges them as it opens the store
                pass
    except (OSError, StoreCannotOpen):  # a read-only data folder: read what is there
        pass
    left = pending.waiting(paths.unsaved_files)
    if left:
        entries = "1 entry is" if left == 1 else f"{left} entries are"
        say(
            f"footholds: {entries} waiting to be saved and not included yet. Footholds "
            "saves them as soon as it can write to its data folder again.",
            err=True,
        )


def wait_for_lock(paths: Paths, wait_s: float = LOCK_WAIT_S) -> InstanceLock | None:
    """The instance lock, waiting up to `wait_s` while another process holds it. Raises the
    real OSError (a full disk, a read-only folder) rather than waiting on it."""
    from footholds.platform.lockfile import take_lock

    paths.ensure()
    deadline = time.monotonic() + wait_s
    while True:
        lock = take_lock(paths.lock_file)
        if lock is not None or time.monotonic() > deadline:
            return lock
        time.sleep(jitter())  # spread out, so waiters do not move in step


def jitter() -> float:
    """A short, varied pause, so processes waiting for the lock do not retry in step."""
    import random

    return random.uniform(0.02, 0.08)
