"""What each command-line command does: ask the running app, or work on the store directly.

Only one process ever writes the store: while the app runs, writing commands hand their
work to it over the local socket; otherwise they take the instance lock themselves.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from footholds.core.paths import Paths

if TYPE_CHECKING:
    # Imported inside the commands that use them: starting the app should not wait for them.
    from footholds.core.store import Store
    from footholds.platform.lockfile import InstanceLock


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


def run(args: argparse.Namespace) -> int:
    paths = Paths.from_env()
    command = args.command
    if command is None:
        return start(paths, activate=True, autostart=args.autostart)
    if command == "show":
        return start(paths, show=args.what)
    from footholds.cli.data_commands import DATA_COMMANDS  # here: it imports this module
    from footholds.core.store import StoreCannotOpen, StoreWriteError

    try:
        return int({**COMMANDS, **DATA_COMMANDS}[command](paths, args))
    except Refused as exc:
        say(f"footholds: {exc}", err=True)
        return 1
    except StoreCannotOpen as exc:
        say(f"footholds: {exc}", err=True)
        return 1
    except StoreWriteError as exc:
        say(f"footholds: {exc.strerror or exc}", err=True)
        return 1


def ask(
    paths: Paths, command: str, *, timeout_s: float | None = None, **payload: Any
) -> dict[str, Any] | None:
    """Hand a command to the running app; None when it is not running. Raises Refused,
    having sent nothing, when the app's socket is not this user's own. `timeout_s` is how
    long to wait for the answer (the client's default when None)."""
    from footholds.core.socket_place import address

    where = address(paths)
    if surely_not_running(where):  # no socket file: nothing to ask, and no socket module
        return None
    from footholds.cli.client import REPLY_TIMEOUT_S, NotPrivate, send

    wait = REPLY_TIMEOUT_S if timeout_s is None else timeout_s
    try:
        return send(where, command, timeout_s=wait, on_busy=_busy, **payload)
    except NotPrivate as exc:
        raise Refused(NOT_PRIVATE.format(exc)) from None


def _busy() -> None:
    say("Footholds is busy; waiting for it to answer.", err=True)


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


def _hand_over(paths: Paths, show: str) -> dict[str, Any] | None:
    try:
        return ask(paths, "show", what=show) if show else ask(paths, "activate")
    except Refused as exc:  # start anyway: the lock decides whether this app may run
        say(f"footholds: {exc}", err=True)
        return None


def start(paths: Paths, *, activate: bool = False, show: str = "", autostart: bool = False) -> int:
    """Start the app, or hand the request to the one already running."""
    from footholds.core.socket_place import address

    if not surely_not_running(address(paths)):
        reply = _hand_over(paths, show)
        if reply is not None:
            return answered(reply)
    from footholds.app.build import make_qapp
    from footholds.app.build import run as run_app
    from footholds.platform.lockfile import take_lock

    app = make_qapp(sys.argv[:1])
    paths.ensure()
    lock = take_lock(paths.lock_file)
    deadline = time.monotonic() + LOCK_WAIT_S
    # Another launch is starting, or a command is writing: wait for whichever comes first,
    # the app answering or the lock coming free.
    while lock is None:
        if time.monotonic() > deadline:
            say("Footholds seems to be starting already but does not answer yet.", err=True)
            return 1
        time.sleep(0.2)
        reply = _hand_over(paths, show)
        if reply is not None:
            return answered(reply)
        lock = take_lock(paths.lock_file)
    return run_app(paths, lock, app, autostart=autostart, first=show)


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
    instance lock. Returns the exit status."""
    reply = ask(paths, command, timeout_s=timeout_s, **payload)
    if reply is not None:
        return answered(reply)
    with direct_store(paths) as store:
        if store is None:  # the app is starting, or another command is writing
            say(STARTING, err=True)
            return 1
        return here(store)


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
        store, _ = open_store(paths)
        if keys is not None:
            from footholds.core.lock import inbox

            inbox.join(paths.data_dir, store, keys)
    except BaseException:
        if release:
            lock.unlock()
        raise
    # what recovery brought back (or could not) is told here, as the app would show it
    store.notice.connect(lambda message: say(f"footholds: {message}", err=True))
    try:
        yield store
    finally:
        store.close()
        if release:
            lock.unlock()


def cmd_log(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.cli.delivery import deliver, note_from_stdin, stdin_piped
    from footholds.core.store import InvalidEntry, LogEntry

    if args.slept is not None or args.sleep_quality is not None:
        return _log_sleep(paths, args)
    try:
        from_stdin = args.note == "-" or (not args.note and stdin_piped())
        note = note_from_stdin() if from_stdin else args.note
        entry = LogEntry(
            feelings=args.feel,
            energy=args.energy,
            wins=args.win,
            note=note,
            trigger=args.trigger,
            tried=args.tried,
            helped=args.helped,
            part=args.part,
            source="cli",
        ).clean()
    except InvalidEntry as exc:
        say(f"footholds: {exc}", err=True)
        return 2
    return deliver(paths, "log", entry, "Logged. That counts.", "Already saved. That counts.")


def _log_sleep(paths: Paths, args: argparse.Namespace) -> int:
    """`log --slept 23:30-07:10`: last night, with anything else given as a log entry."""
    from footholds.cli.sleep import log_sleep

    return log_sleep(paths, args)


def cmd_quit(paths: Paths, args: argparse.Namespace) -> int:
    reply = ask(paths, "quit")
    if reply is None:
        say("Footholds is not running.")
        return 0
    return answered(reply)


def cmd_doctor(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.cli.doctor import report

    if getattr(args, "json", False):
        from footholds.cli.doctor_busy import doctor_json, load_busy

        busy = load_busy(paths)
        say(doctor_json(report(paths, busy), busy))
        return 0
    for label, value in report(paths):
        say(f"{label + ':' if label else '':<24} {value}")
    return 0


def cmd_autostart(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.platform.autostart import autostart_command, choose_autostart

    autostart = choose_autostart()
    if not autostart.available:
        say(f"Starting at login cannot be set up here: {autostart.reason}.")
        return 0 if args.action == "status" else 1
    try:
        if args.action == "enable":
            autostart.enable(autostart_command())
        elif args.action == "disable":
            autostart.disable()
    except OSError as exc:
        say(f"footholds: that did not work: {exc.strerror or exc}", err=True)
        return 1
    on = autostart.status()
    if args.action != "status" and on != (args.action == "enable"):
        say("footholds: the change did not take; your desktop may manage this itself.", err=True)
        return 1
    state = "starts" if on else "does not start"
    say(f"Footholds {state} when you log in. ({autostart.name}: {autostart.reason})")
    return 0


def cmd_proof(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.cli.delivery import deliver
    from footholds.core.store import InvalidEntry, Proof

    if args.proof_command == "list":
        return proof_list(paths)
    fields: dict[str, Any] = {"text": args.text.strip(), "tags": args.tag, "source": "own"}
    if args.date:
        fields["day"] = args.date
    try:
        proof = Proof(**fields).clean()
    except InvalidEntry as exc:
        say(f"footholds: {exc}", err=True)
        return 2
    return deliver(
        paths, "proof-add", proof, "Added to your proof list.", "Already in your proof list."
    )


def proof_list(paths: Paths) -> int:
    """Print the proof list, newest first; reading is safe beside the running app."""
    from footholds.cli.data_commands import open_for_reading
    from footholds.core.store import Proof

    store = open_for_reading(paths)
    try:
        proofs = sorted(store.all(Proof), key=lambda p: (p.day, p.at), reverse=True)
    finally:
        store.close()
    if not proofs:
        say('Your proof list is empty for now. Add one with: footholds proof add "..."')
        return 0
    for proof in proofs:
        tags = "  " + " ".join("#" + t for t in proof.tags) if proof.tags else ""
        text = proof.text.replace("\n", "\n            ")
        say(f"{proof.day}  {text}{tags}")
    return 0


NOT_RUNNING = "Footholds is not running, so {}. Start it with 'footholds', then try again."


def cmd_remind(paths: Paths, args: argparse.Namespace) -> int:
    reply = ask(paths, "remind", kind=args.kind)
    if reply is None:
        say(NOT_RUNNING.format("it cannot show a reminder"), err=True)
        return 1
    return answered(reply)


def pause_request(length: str) -> dict[str, Any]:
    """The message for `footholds pause LENGTH` ('30m', '1h', 'tomorrow', 'off')."""
    if length == "off":
        return {"until": "resume"}
    if length == "tomorrow":
        return {"until": "tomorrow"}
    return {"minutes": int(length[:-1]) * (60 if length.endswith("h") else 1)}


def cmd_pause(paths: Paths, args: argparse.Namespace) -> int:
    reply = ask(paths, "pause", **pause_request(args.length))
    if reply is None:
        say(NOT_RUNNING.format("there are no reminders to pause"), err=True)
        return 1
    return answered(reply)


def cmd_resume(paths: Paths, args: argparse.Namespace) -> int:
    reply = ask(paths, "resume")
    if reply is None:
        say(NOT_RUNNING.format("there are no reminders to resume"), err=True)
        return 1
    return answered(reply)


def cmd_safety_plan(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.cli.safety_plan import cmd_safety_plan as write_plan

    return write_plan(paths, args)


def cmd_session(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.cli.session import cmd_session as sessions

    return sessions(paths, args)


def cmd_lock(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.cli import lock as lock_command

    return (
        lock_command.cmd_lock(paths, args)
        if args.command == "lock"
        else lock_command.cmd_unlock(paths, args)
    )


def cmd_helplines(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.cli.helplines import cmd_helplines as helplines  # only when asked

    return helplines(paths, args)


COMMANDS = {
    "helplines": cmd_helplines,
    "log": cmd_log,
    "quit": cmd_quit,
    "doctor": cmd_doctor,
    "proof": cmd_proof,
    "autostart": cmd_autostart,
    "remind": cmd_remind,
    "pause": cmd_pause,
    "resume": cmd_resume,
    "safety-plan": cmd_safety_plan,
    "session": cmd_session,
    "lock": cmd_lock,
    "unlock": cmd_lock,
}


def jitter() -> float:
    """A short, varied pause, so processes waiting for the lock do not retry in step."""
    import random

    return random.uniform(0.02, 0.08)
