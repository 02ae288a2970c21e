"""What each command-line command does: ask the running app, or work on the store directly.

Only one process ever writes the store: while the app runs, writing commands hand their
work to it over the local socket; otherwise they take the instance lock themselves.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from footholds.core.paths import Paths
from footholds.core.store import InvalidEntry, LogEntry, Proof, Store, StoreWriteError
from footholds.core.store.backups import Backups, BadBackup, check_backup


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
    return int(COMMANDS[command](paths, args))


def ask(paths: Paths, command: str, **payload: Any) -> dict[str, Any] | None:
    """Hand a command to the running app; None when it is not running."""
    from footholds.instance import send

    return send(paths.socket_name, command, **payload)


def answered(reply: dict[str, Any]) -> int:
    say(str(reply.get("message", "")), err=not reply["ok"])
    return 0 if reply["ok"] else 1


def start(paths: Paths, *, activate: bool = False, show: str = "", autostart: bool = False) -> int:
    """Start the app, or hand the request to the one already running (within half a second)."""
    reply = ask(paths, "show", what=show) if show else ask(paths, "activate")
    if reply is not None:
        return answered(reply)
    from footholds.app import make_qapp
    from footholds.app import run as run_app
    from footholds.instance import take_lock

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
    from footholds.instance import take_lock

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


def cmd_export(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.app import open_store

    summary = args.format in ("md", "html", "pdf")
    if not summary and (args.since or args.until):
        say("footholds: --since and --until are for the summary formats (md, html, pdf).", err=True)
        return 2
    binary = args.format in ("pdf", "csv")
    if binary and not args.output and sys.stdout.isatty():
        say(f"footholds: a {args.format} file needs somewhere to go: add -o FILE.", err=True)
        return 2
    # Reading is safe beside the running app: every file is replaced atomically.
    store, _ = open_store(paths)
    try:
        data, what = (
            _summary_bytes(paths, store, args) if summary else _full_export(store, args.format)
        )
        if args.output:
            from footholds.core.atomic import write_atomic

            write_atomic(Path(args.output), data)
            say(f"Exported {what} to {args.output}")
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
    except ValueError as exc:  # a period that ends before it starts
        say(f"footholds: {exc}", err=True)
        return 2
    except OSError as exc:
        say(f"footholds: could not write the export: {exc.strerror}", err=True)
        return 1
    finally:
        store.close()
    return 0


def _full_export(store: Store, fmt: str) -> tuple[bytes, str]:
    import io

    from footholds.core.export import write_csv_zip, write_json

    if fmt == "csv":
        raw = io.BytesIO()
        count = write_csv_zip(store, raw)
        return raw.getvalue(), f"{count} entries"
    text = io.StringIO()
    count = write_json(store, text)
    return text.getvalue().encode("utf-8"), f"{count} entries"


def _summary_bytes(paths: Paths, store: Store, args: argparse.Namespace) -> tuple[bytes, str]:
    """The check-in summary for the asked (or default) period, as md, html or pdf bytes."""
    from datetime import date

    from footholds.core import checkin, checkin_render
    from footholds.core.settings import Settings

    settings, _ = Settings.load(paths.settings_file)
    today = date.today()
    first, last = checkin.default_period(store, today)
    first, last = args.since or first, args.until or last
    if last < first:
        raise ValueError("the summary would end before it starts; please check the dates.")
    report = checkin.gather(
        store, first, last, made=today, day_start_hour=settings["day.start_hour"]
    )
    long_day = checkin_render.english_long_day
    what = f"the check-in summary from {long_day(first)} to {long_day(last)}"
    if args.format == "md":
        return checkin_render.to_markdown(report).encode("utf-8"), what
    if args.format == "html":
        return checkin_render.to_html(report).encode("utf-8"), what
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    from PySide6.QtGui import QGuiApplication

    from footholds.ui.checkin_print import pdf_bytes

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    data, _pages = pdf_bytes(report)
    return data, what


def cmd_import(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.app import open_store
    from footholds.core import importers

    source = Path(args.file).expanduser().resolve()
    store, _ = open_store(paths)  # only read here, to compare; safe beside the running app
    try:
        plan = importers.plan(store, source)
    except importers.ImportFailed as exc:
        say(f"footholds: {exc} Nothing was changed.", err=True)
        return 1
    finally:
        store.close()
    for line in plan.lines():
        say(line)
    if not plan.new:
        say("Nothing new to import; nothing was changed.")
        return 0
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            say(
                "footholds: nothing was imported. To import without being asked, "
                "run this again with --yes.",
                err=True,
            )
            return 1
        try:
            answer = input("Import these? [y/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            say("Nothing was changed.")
            return 0
    reply = ask(paths, "import", path=str(source), digest=plan.digest)
    if reply is not None:
        return answered(reply)
    with direct_store(paths) as direct:
        if direct is None:
            say("Footholds is starting; please try again in a moment.", err=True)
            return 1
        try:
            fresh = importers.plan(direct, source)
            if fresh.digest != plan.digest:
                say("footholds: the file changed after the preview; nothing was changed.", err=True)
                return 1
            added = importers.apply(direct, fresh)
        except importers.ImportFailed as exc:
            say(f"footholds: {exc} Nothing was changed.", err=True)
            return 1
        except StoreWriteError as exc:
            say(exc.strerror or "Could not save.", err=True)
            return 1
    say(importers.summary(added))
    return 0


def cmd_backup(paths: Paths, args: argparse.Namespace) -> int:

    target = str(Path(args.output).resolve()) if args.output else None
    reply = ask(paths, "backup", path=target)
    if reply is not None:
        return answered(reply)
    backups = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir)
    try:
        made = backups.create("manual", Path(target) if target else None)
    except OSError as exc:
        say(f"footholds: the backup could not be written: {exc.strerror}", err=True)
        return 1
    say(f"Backup written to {made}")
    return 0


def cmd_restore(paths: Paths, args: argparse.Namespace) -> int:

    source = Path(args.file).resolve()
    try:
        counts = check_backup(source)
    except BadBackup as exc:
        say(f"footholds: {exc} Nothing was changed.", err=True)
        return 1
    reply = ask(paths, "restore", path=str(source))
    if reply is not None:
        return answered(reply)
    with direct_store(paths) as store:
        if store is None:
            say("Footholds is starting; please try again in a moment.", err=True)
            return 1
        store.close()
        backups = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir)
        try:
            safety = backups.restore(source)
        except OSError as exc:
            say(f"footholds: restoring failed and nothing was changed: {exc.strerror}", err=True)
            return 1
    say(f"Restored {sum(counts.values())} entries. Your data from before is kept in {safety}")
    return 0


def cmd_quit(paths: Paths, args: argparse.Namespace) -> int:
    reply = ask(paths, "quit")
    if reply is None:
        say("Footholds is not running.")
        return 0
    return answered(reply)


def cmd_doctor(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.doctor import report

    for label, value in report(paths):
        say(f"{label + ':':<24} {value}")
    return 0


def cmd_proof(paths: Paths, args: argparse.Namespace) -> int:
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


COMMANDS = {
    "log": cmd_log,
    "export": cmd_export,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "quit": cmd_quit,
    "doctor": cmd_doctor,
    "proof": cmd_proof,
    "import": cmd_import,
    "remind": cmd_remind,
    "pause": cmd_pause,
    "resume": cmd_resume,
}
