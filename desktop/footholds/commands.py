"""What each command-line command does: ask the running app, or work on the store directly.

Only one process ever writes the store: while the app runs, writing commands hand their
work to it over the local socket; otherwise they take the instance lock themselves.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from footholds.core.paths import Paths

if TYPE_CHECKING:
    # Imported inside the commands that use it: starting the app should not wait for it.
    from footholds.core.store import Store


def say(message: str, *, err: bool = False) -> None:
    if message:
        print(message, file=sys.stderr if err else sys.stdout)


def run(args: argparse.Namespace) -> int:
    paths = Paths.from_env()
    command = args.command
    if command is None:
        return start(paths, activate=True, autostart=args.autostart)
    if command == "show":
        return start(paths, show=args.what)
    from footholds.core.store import StoreCannotOpen, StoreWriteError
    from footholds.data_commands import DATA_COMMANDS  # here: it imports this module

    try:
        return int({**COMMANDS, **DATA_COMMANDS}[command](paths, args))
    except StoreCannotOpen as exc:
        say(f"footholds: {exc}", err=True)
        return 1
    except StoreWriteError as exc:
        say(f"footholds: {exc.strerror or exc}", err=True)
        return 1


def ask(paths: Paths, command: str, **payload: Any) -> dict[str, Any] | None:
    """Hand a command to the running app; None when it is not running."""
    from footholds.instance import send

    return send(paths.socket_name, command, **payload)


def surely_not_running(name: str) -> bool:
    """True when no app can be listening on `name`: on Unix its socket file (where Qt puts
    it, under $TMPDIR or /tmp) does not exist. Lets a plain start skip loading QtNetwork;
    anything unclear, or another system, answers False and goes the usual way."""
    if os.name != "posix" or sys.platform == "darwin":
        return False
    return not os.path.exists(os.path.join(os.environ.get("TMPDIR") or "/tmp", name))


def answered(reply: dict[str, Any]) -> int:
    say(str(reply.get("message", "")), err=not reply["ok"])
    return 0 if reply["ok"] else 1


def start(paths: Paths, *, activate: bool = False, show: str = "", autostart: bool = False) -> int:
    """Start the app, or hand the request to the one already running (within half a second)."""
    if not surely_not_running(paths.socket_name):
        reply = ask(paths, "show", what=show) if show else ask(paths, "activate")
        if reply is not None:
            return answered(reply)
    from footholds.app import make_qapp
    from footholds.app import run as run_app
    from footholds.lockfile import take_lock

    app = make_qapp(sys.argv[:1])
    paths.ensure()
    lock = take_lock(paths.lock_file)
    if lock is None:  # another launch is starting right now: give it a moment to listen
        for _ in range(25):
            time.sleep(0.2)
            reply = ask(paths, "show", what=show) if show else ask(paths, "activate")
            if reply is not None:
                return answered(reply)
        say("Footholds seems to be starting already but does not answer yet.", err=True)
        return 1
    return run_app(paths, lock, app, autostart=autostart, first=show)


@contextlib.contextmanager
def direct_store(paths: Paths) -> Iterator[Store | None]:
    """The store, opened by this process under the instance lock; None if the app holds it."""
    from footholds.app import open_store
    from footholds.lockfile import take_lock

    paths.ensure()
    lock = take_lock(paths.lock_file)
    if lock is None:
        yield None
        return
    store, _ = open_store(paths)
    try:
        yield store
    finally:
        store.close()
        lock.unlock()


def cmd_log(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.core.store import InvalidEntry, LogEntry, StoreWriteError

    if args.slept is not None or args.sleep_quality is not None:
        return _log_sleep(paths, args)
    try:
        entry = LogEntry(
            feelings=args.feel,
            energy=args.energy,
            wins=args.win,
            note=args.note,
            trigger=args.trigger,
            tried=args.tried,
            helped=args.helped,
            part=args.part,
            source="cli",
        ).clean()
    except InvalidEntry as exc:
        say(f"footholds: {exc}", err=True)
        return 2
    reply = ask(paths, "log", entry=entry.to_dict())
    if reply is not None:
        return answered(reply)
    with direct_store(paths) as store:
        if store is None:
            say("Footholds is starting; please try again in a moment.", err=True)
            return 1
        try:
            store.add(entry)
        except StoreWriteError as exc:
            say(exc.strerror or "Could not save.", err=True)
            return 1
    say("Logged. That counts.")
    return 0


def _log_sleep(paths: Paths, args: argparse.Namespace) -> int:
    """`log --slept 23:30-07:10`: last night, with anything else given as a log entry."""
    from footholds.sleep_command import log_sleep

    return log_sleep(paths, args)


def cmd_quit(paths: Paths, args: argparse.Namespace) -> int:
    reply = ask(paths, "quit")
    if reply is None:
        say("Footholds is not running.")
        return 0
    return answered(reply)


def cmd_doctor(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.doctor import report

    for label, value in report(paths):
        say(f"{label + ':' if label else '':<24} {value}")
    return 0


def autostart_command() -> list[str]:
    """The command a login entry runs: the bundle, the installed script, or this Python."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its own executable
        return [sys.executable, "--autostart"]
    script = shutil.which("footholds")
    if script:
        return [script, "--autostart"]
    command = [sys.executable, "-m", "footholds", "--autostart"]
    # Run from a checkout (PYTHONPATH=desktop): the login session will not have that path.
    import footholds

    source = Path(footholds.__file__).resolve().parents[1]
    given = [Path(p).resolve() for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if os.name == "posix" and source in given:
        return ["/usr/bin/env", f"PYTHONPATH={source}", *command]
    return command


def cmd_autostart(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.platform.autostart import choose_autostart

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
    from footholds.core.store import InvalidEntry, Proof, StoreWriteError

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
    reply = ask(paths, "proof-add", proof=proof.to_dict())
    if reply is not None:
        return answered(reply)
    with direct_store(paths) as store:
        if store is None:
            say("Footholds is starting; please try again in a moment.", err=True)
            return 1
        try:
            store.add(proof)
        except StoreWriteError as exc:
            say(exc.strerror or "Could not save.", err=True)
            return 1
    say("Added to your proof list.")
    return 0


def proof_list(paths: Paths) -> int:
    """Print the proof list, newest first; reading is safe beside the running app."""
    from footholds.app import open_store
    from footholds.core.store import Proof

    store, _ = open_store(paths)
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
    from footholds.safety_plan_command import cmd_safety_plan as write_plan

    return write_plan(paths, args)


def cmd_helplines(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.helplines_command import cmd_helplines as helplines  # only when asked

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
}
