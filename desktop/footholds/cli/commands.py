"""What each command-line command does: ask the running app, or work on the store directly.

How a command reaches the store, handing its work to the running app or taking the instance
lock itself, is in handover.py.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

from footholds.cli.handover import (
    LOCK_WAIT_S,
    Refused,
    answered,
    ask,
    say,
    surely_not_running_anywhere,
)
from footholds.core.paths import Paths

if TYPE_CHECKING:
    import argparse  # not at a plain start: cli/main.py


def run(args: argparse.Namespace) -> int:
    from footholds.cli.quiet_log import keep_off_terminal

    paths = Paths.from_env()
    keep_off_terminal(paths)  # a command speaks in its own sentences, not log lines
    command = args.command
    if command is None:
        return start(paths, activate=True, autostart=args.autostart)
    if command == "show":
        return start(paths, show=args.what)
    from footholds.cli.data_commands import DATA_COMMANDS  # here: a plain start needs none of it
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


def _hand_over(paths: Paths, show: str) -> dict[str, Any] | None:
    try:
        return ask(paths, "show", what=show) if show else ask(paths, "activate")
    except Refused as exc:  # start anyway: the lock decides whether this app may run
        say(f"footholds: {exc}", err=True)
        return None


NO_DESKTOP = (
    "Footholds needs a graphical desktop session; the command line works without one: "
    "footholds --help"
)
# said with it every time: whoever asked for a window may be asking for help
HELP_WITHOUT_DESKTOP = "For crisis lines and where help is, now: footholds helplines"


def no_desktop() -> bool:
    """On Linux, whether there is surely no desktop to show a window on: no X or Wayland
    display named and no Qt platform chosen (Qt would abort with a long message)."""
    import os

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    # a Wayland session can leave WAYLAND_DISPLAY unset (Qt then tries wayland-0)
    named = ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET")
    if any(os.environ.get(name) for name in named):
        return False
    return os.environ.get("XDG_SESSION_TYPE", "") not in ("wayland", "x11")


def start(paths: Paths, *, activate: bool = False, show: str = "", autostart: bool = False) -> int:
    """Start the app, or hand the request to the one already running."""
    if not surely_not_running_anywhere(paths):
        reply = _hand_over(paths, show)
        if reply is not None:
            return answered(reply)
    if no_desktop():
        say(f"{NO_DESKTOP}\n{HELP_WITHOUT_DESKTOP}", err=True)
        return 1
    from footholds.platform import pyside_imports
    from footholds.platform.memory import steady_heap

    steady_heap()  # before Qt is imported: its imports free big blocks
    pyside_imports.lighten()  # before the app's modules are imported: they are checked
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
    else:  # the person's day, as the windows count it, not the calendar's
        from footholds.cli.data_files import person_today

        fields["day"] = person_today(paths).isoformat()
    try:
        proof = Proof(**fields).clean()
    except InvalidEntry as exc:
        say(f"footholds: {exc}", err=True)
        return 2
    if args.date and _later_than_today(paths, proof.day):
        say(
            f"footholds: {proof.day} has not come yet; a proof is a time you already got "
            "through, so its day is today or earlier.",
            err=True,
        )
        return 2
    return deliver(
        paths, "proof-add", proof, "Added to your proof list.", "Already in your proof list."
    )


def _later_than_today(paths: Paths, day: str) -> bool:
    """Whether a proof's day is after today: the person's today, as the proof window allows
    (ui/proofs/proof_editor.py), or the calendar's, so a date typed just after midnight,
    before the day-start hour, is not refused."""
    from datetime import date

    from footholds.cli.data_files import person_today
    from footholds.core import days

    return date.fromisoformat(day) > max(person_today(paths), days.now_local().date())


def proof_list(paths: Paths) -> int:
    """Print the proof list, newest first; reading is safe beside the running app."""
    from footholds.cli.data_files import open_for_reading
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
