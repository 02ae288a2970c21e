"""Commands that move data in and out: export, import, backup and restore.

Reading is safe beside the running app (every file is replaced atomically); writing goes
through the running app when there is one, else through the instance lock.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from footholds.commands import answered, ask, direct_store, say
from footholds.core.paths import Paths
from footholds.core.store import Store, StoreWriteError
from footholds.core.store.backups import Backups, BadBackup, check_backup


def open_for_reading(paths: Paths) -> Store:
    """The store opened only to be read: nothing is written (no folder, lock, upgrade, backup,
    set-aside or temporary file), so a read-only data folder can still be read out. What the
    store has to say (a damaged file it read around) goes to standard error."""
    from footholds.lock_command import join_waiting, open_for_command

    open_for_command(paths)  # with the passphrase lock on, reading needs the passphrase
    join_waiting(paths)
    backups = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir)
    store = Store(
        paths.store_dir,
        aside_dir=paths.aside_dir,
        find_in_backups=backups.find_part,
        read_only=True,
    )
    store.notice.connect(lambda message: say(f"footholds: {message}", err=True))
    store.open()
    return store


def cmd_export(paths: Paths, args: argparse.Namespace) -> int:
    summary = args.format in ("md", "html", "pdf")
    if not summary and (args.since or args.until):
        say("footholds: --since and --until are for the summary formats (md, html, pdf).", err=True)
        return 2
    binary = args.format in ("pdf", "csv")
    if binary and not args.output and sys.stdout.isatty():
        say(f"footholds: a {args.format} file needs somewhere to go: add -o FILE.", err=True)
        return 2
    # Reading is safe beside the running app: every file is replaced atomically.
    store = open_for_reading(paths)
    reading = True  # a failure while reading is not one of writing the export
    try:
        data, what = (
            _summary_bytes(paths, store, args) if summary else _full_export(store, args.format)
        )
        reading = False
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
        if reading:
            where = f" ({exc.filename})" if exc.filename else ""
            say(f"footholds: could not read your entries{where}: {exc.strerror}", err=True)
        else:
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
    source = Path(args.file).expanduser().resolve()
    try:
        counts = check_backup(source)  # the whole backup, schema included, before anything
    except BadBackup as exc:
        say(f"footholds: {exc} Nothing was changed.", err=True)
        return 1
    for line in restore_plan(paths, source, counts):
        say(line)
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            say(
                "footholds: nothing was restored. To restore without being asked, "
                "run this again with --yes.",
                err=True,
            )
            return 1
        try:
            answer = input("Restore this backup? [y/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            say("Nothing was changed.")
            return 0
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
        except BadBackup as exc:  # the file changed after it was checked
            say(f"footholds: {exc} Nothing was changed.", err=True)
            return 1
        except OSError as exc:
            say(f"footholds: restoring failed and nothing was changed: {exc.strerror}", err=True)
            return 1
    say(f"Restored {sum(counts.values())} entries. Your data from before is kept in {safety}")
    return 0


def restore_plan(paths: Paths, source: Path, counts: dict[str, int]) -> list[str]:
    """What a restore would replace with what, in lines for the terminal."""
    from footholds.core.store import StoreCannotOpen
    from footholds.core.store.dump import counts as count_entries

    try:
        store = open_for_reading(paths)
        try:
            now = _counted(count_entries(store))
        finally:
            store.close()
    except (StoreCannotOpen, OSError) as exc:
        now = f"unknown ({exc})"
    lines = [
        f"Restoring {source.name} replaces what is in Footholds now with what the backup holds.",
        f"  Now in Footholds: {now}",
        f"  In the backup:    {_counted(counts)}",
    ]
    if not sum(counts.values()):
        lines.append("This backup holds no entries: after restoring, Footholds would be empty.")
    lines.append("What is in Footholds now is saved as a backup first.")
    return lines


def _counted(counts: dict[str, int]) -> str:
    total = sum(counts.values())
    if not total:
        return "no entries"
    shown = ", ".join(f"{kind} {n}" for kind, n in counts.items() if n)
    return f"{total} {'entry' if total == 1 else 'entries'} ({shown})"


DATA_COMMANDS = {
    "export": cmd_export,
    "import": cmd_import,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
