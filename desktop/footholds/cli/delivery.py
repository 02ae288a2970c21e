"""Writing one new record from the command line: hand it to the running app, or save it here
under the instance lock, at most once however often it is delivered; and the note read from
standard input, so its words stay out of the process list."""

from __future__ import annotations

import os
import stat
import sys
import time
from typing import TYPE_CHECKING, Any

from footholds.cli.handover import LOCK_WAIT_S, answered, ask, jitter, locked_store, said, say
from footholds.cli.kept import answer, not_saved
from footholds.core.lock import is_on
from footholds.core.paths import Paths
from footholds.core.unsaved_words import Unsaved

if TYPE_CHECKING:
    from footholds.core.store import Record, Store


def save_once(store: Store, record: Record) -> bool:
    """Save a new record; False when it is already saved. A command sends each record with
    its own new id (a uuid4 made by the command line), so a second delivery of the same
    request (a retry after no answer) finds it here and is not stored twice."""
    from datetime import timedelta

    from footholds.core.store import InvalidEntry
    from footholds.core.store.earlier import same_words

    record.clean()
    model = type(record)
    if model.PARTITIONED:  # only the months around its time, not the whole journal
        second = timedelta(seconds=1)
        near = store.between(model, record.at - second, record.at + second)
        saved = next((r for r in near if r.id == record.id), None)
    else:
        saved = store.get(model, record.id)
    if saved is None:
        store.add(record)
        return True
    if not same_words(saved, record):  # changed since, the request the same
        raise InvalidEntry("Another entry with this id is already saved.")
    return False


def deliver(paths: Paths, command: str, record: Record, done: str, again: str) -> int:
    """Hand a new record to the running app, or save it here under the instance lock.

    While another process holds the lock (twenty `footholds log` at once, or the app starting)
    this waits its turn, up to LOCK_WAIT_S. When the app takes the request and then stops
    without an answer, the same request goes again (to the app started anew, or straight to
    the store): the record's id makes that harmless."""
    import footholds.core.store.backups  # noqa: F401  (loaded before the lock is held)
    from footholds.core.store import InvalidEntry, StoreWriteError
    from footholds.platform.lockfile import take_lock

    payload: dict[str, Any] = {"entry" if command == "log" else "proof": record.to_dict()}
    paths.ensure()
    deadline = time.monotonic() + LOCK_WAIT_S
    unanswered = 0
    while True:
        reply = ask(paths, command, **payload)
        if reply is not None and reply.get("answered", True):
            return answered(reply)
        if reply is not None and reply.get("sent"):
            unanswered += 1
            if unanswered > 2 or not reply.get("closed"):  # busy past the wait: say so
                return answered(reply)
            deadline = time.monotonic() + LOCK_WAIT_S  # the app may be restarting: wait again
        lock = take_lock(paths.lock_file) if reply is None else None
        if lock is not None and is_on(paths.data_dir):
            return _seal(paths, lock, record, done, again)
        if lock is not None:
            try:
                with locked_store(lock, paths) as store:
                    try:
                        first = save_once(store, record)
                    except StoreWriteError as exc:
                        raise Unsaved(exc, done) from exc
            except InvalidEntry as exc:
                say(f"footholds: {exc}", err=True)
                return 1
            except Unsaved as failed:  # kept for the next start, or nowhere: say which
                return said(*answer(failed))
            say(done if first else again)
            return 0
        if time.monotonic() > deadline:
            if reply is not None:
                return answered(reply)
            say("Footholds is busy starting and did not answer; nothing was saved.", err=True)
            return 1
        time.sleep(jitter())


def _seal(paths: Paths, lock: Any, record: Record, done: str, again: str) -> int:
    """The passphrase lock is on and no app is running: seal the entry into the lock's inbox
    (readable only after an unlock, when it joins the store)."""
    from footholds.core.lock import inbox

    try:
        first = inbox.put(paths.data_dir, record)
    except OSError as exc:
        say(f"footholds: {not_saved(exc)}", err=True)
        return 1
    finally:
        lock.unlock()
    say(done if first else again)
    return 0


def stdin_piped() -> bool:
    """Whether standard input is a pipe or a file: then it holds the note. (A terminal or
    /dev/null does not, and must not be waited on.)"""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, OSError, ValueError):  # no stdin at all
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def note_from_stdin() -> str:
    """The note from standard input, so its words never show in the process list."""
    from footholds.core.store import InvalidEntry
    from footholds.core.store.validate import NOTE_LIMIT

    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():  # `log -` at a terminal: say what it waits for, not silence
        end = "Ctrl-Z, then Enter," if os.name == "nt" else "Ctrl-D"
        print(f"Type your note, then press {end} on a new line.", file=sys.stderr, flush=True)
    data = sys.stdin.buffer.read(NOTE_LIMIT * 4 + 1)  # a character is at most 4 bytes
    if len(data) > NOTE_LIMIT * 4:
        raise InvalidEntry(  # worded as core's own limit message (core/errors)
            f"The note: more than {NOTE_LIMIT:,} characters, and {NOTE_LIMIT:,} is the most "
            "that fits."
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidEntry("The note on standard input is not UTF-8 text.") from None
    return text.strip()
