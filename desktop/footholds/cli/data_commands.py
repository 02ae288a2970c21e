"""Commands that move data in and out: export, import, backup and restore.

Reading is safe beside the running app (every file is replaced atomically); writing goes
through the running app when there is one, else through the instance lock.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from footholds.cli.handover import answered, app_or_here, ask, bring_in_unsaved, say
from footholds.core.paths import OwnFolder, Paths
from footholds.core.plural import entries
from footholds.core.store import Store, StoreWriteError, storage
from footholds.core.store.backups import Backups, BadBackup, RestoreStranded, check
from footholds.core.unsaved_words import import_refused


def open_for_reading(paths: Paths) -> Store:
    """The store opened only to be read (core/store/opening.py); what the store has to say
    (a damaged file it read around) goes to standard error."""
    from footholds.cli.lock import join_waiting, open_for_command
    from footholds.core.store.opening import open_store

    open_for_command(paths)  # with the passphrase lock on, reading needs the passphrase
    join_waiting(paths)
    bring_in_unsaved(paths)  # what an earlier run could not save, as the app's start would
    store, _ = open_store(
        paths, read_only=True, tell=lambda message: say(f"footholds: {message}", err=True)
    )
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
    target = Path(args.output).expanduser() if args.output else None
    stream = False
    if target is not None:
        from footholds.core.atomic import is_stream

        stream = is_stream(target)
        # csv is one table per kind of entry, so it comes as a zip: a file named out.csv
        # holding a zip would fool the person and their spreadsheet
        if args.format == "csv" and not stream and target.suffix.lower() != ".zip":
            say(
                f"footholds: csv writes a .zip of CSV files, one for each kind of entry: "
                f"please name it with .zip, such as {target.stem or 'export'}.zip.",
                err=True,
            )
            return 2
        try:
            paths.check_outside(target)
        except OwnFolder as exc:
            say(f"footholds: {exc}", err=True)
            return 1
    # Reading is safe beside the running app: every file is replaced atomically.
    store = open_for_reading(paths)
    if storage.codec is not None:  # the lock is on: the person chose to write words out
        say(
            "footholds: this export is not encrypted: anyone who can open the file can read "
            "what you wrote. Keep it somewhere private, or delete it when done.",
            err=True,
        )
    reading = True  # a failure while reading is not one of writing the export
    try:
        data, what = (
            _summary_bytes(paths, store, args)
            if summary
            else _full_export(store, args.format, paths)
        )
        reading = False
        if target is not None:
            from footholds.core.atomic import write_out

            write_out(target, data)
            # to stderr when the export itself went to a stream: -o /dev/stdout must hold
            # nothing but the export
            kind = " (a .zip of CSV files)" if args.format == "csv" else ""
            say(f"Exported {what} to {args.output}{kind}", err=stream)
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
            say(f"footholds: could not write the export: {not_written(exc, target)}", err=True)
        return 1
    finally:
        store.close()
    return 0


def not_written(exc: OSError, target: Path | None) -> str:
    """Why a file the person asked for could not be written, naming where: a folder that is
    not there is named itself, since a path alone does not say which part is missing."""
    import errno

    if target is not None and exc.errno == errno.ENOENT and not target.parent.is_dir():
        return f"there is no folder {Path(os.path.abspath(target.parent))}."
    where = f" ({target})" if target is not None else ""
    return f"{exc.strerror or exc}{where}."


def _full_export(store: Store, fmt: str, paths: Paths) -> tuple[bytes, str]:
    import io

    from footholds.core import own_lists
    from footholds.core.export import write_csv_zip, write_json

    if fmt == "csv":
        raw = io.BytesIO()
        count = write_csv_zip(store, raw)
        return raw.getvalue(), entries(count)
    text = io.StringIO()
    # the person's lists as the app has them (their sealed copy opened with the lock)
    settings = own_lists.load_opened(paths.settings_file)
    count = write_json(store, text, own_lists.of(settings) if settings is not None else None)
    return text.getvalue().encode("utf-8"), entries(count)


def _summary_bytes(paths: Paths, store: Store, args: argparse.Namespace) -> tuple[bytes, str]:
    """The check-in summary for the asked (or default) period, as md, html or pdf bytes, in
    the language Footholds speaks, as the window and `footholds safety-plan` write it."""
    from datetime import date

    from footholds.cli.safety_plan import plan_language
    from footholds.core import catalog, checkin, checkin_html, checkin_render, content, dates
    from footholds.core.settings import Settings

    settings, _ = Settings.load(paths.settings_file)
    language = content.language_code(plan_language(str(settings["general.language"])))
    today = date.today()
    first, last = checkin.default_period(store, today)
    first, last = args.since or first, args.until or last
    if last < first:
        raise ValueError("the summary would end before it starts; please check the dates.")
    report = checkin.gather(
        store,
        first,
        last,
        made=today,
        day_start_hour=settings["day.start_hour"],
        language=language,
    )
    # the shipped translations read without Qt: Markdown and HTML stay as light as the rest
    words = catalog.load(language)
    wording = checkin_render.wording_in(words.translate, words.plural, language)
    what = f"the check-in summary from {dates.full_date(first)} to {dates.full_date(last)}"
    if args.format == "md":
        return checkin_render.to_markdown(report, words=wording).encode("utf-8"), what
    if args.format == "html":
        return checkin_html.to_html(report, words=wording, lang=language).encode("utf-8"), what
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    from PySide6.QtGui import QGuiApplication

    from footholds.render.paper import pdf_bytes

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    data, _pages = pdf_bytes(report, words=wording)
    return data, what


def cmd_import(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.core import importers

    source = Path(args.file).expanduser().resolve()
    try:  # a file that is not there is said first: no passphrase is asked for nothing
        importers.check_file(source)
    except importers.ImportFailed as exc:
        say(f"footholds: {exc} Nothing was changed.", err=True)
        return 1
    # only read here, to compare (safe beside the running app); with the lock on, it needs
    # the passphrase like every other reading command
    store = open_for_reading(paths)
    reading = Progress("Reading")
    try:
        from footholds.core.own_lists import load_opened

        # the lists as they are now, so the preview says what a Footholds export adds to them
        mine = load_opened(paths.settings_file)
        plan = importers.plan(store, source, progress=reading, settings=mine)
    except importers.ImportFailed as exc:
        reading(-1, 1.0)  # clear the progress line before saying why
        say(f"footholds: {exc} Nothing was changed.", err=True)
        return 1
    finally:
        store.close()
    for line in plan.lines():
        say(line)
    if not plan.has_new():
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
    # a big file takes the app a while: wait for its answer as long as that may take
    wait_s = max(120.0, 60 + sum(plan.counts().values()) / 10_000)

    def here(direct: Store) -> int:
        from footholds.core.own_lists import load_opened

        importing = Progress("Importing")
        settings = load_opened(paths.settings_file)  # a Footholds export's lists join theirs
        try:
            added = importers.apply(direct, plan, progress=importing, settings=settings)
        except importers.ImportFailed as exc:
            importing(-1, 1.0)
            say(f"footholds: {exc} Nothing was changed.", err=True)
            return 1
        except StoreWriteError as exc:
            importing(-1, 1.0)
            raise import_refused(exc, plan.added) from exc
        say(importers.summary(added, lists=plan.words_added))
        return 0

    return app_or_here(
        paths, "import", here, timeout_s=wait_s, path=str(source), digest=plan.digest
    )


class Progress:
    """Rows read so far, on stderr: one line redrawn in place on a terminal, else a line
    every EVERY rows (so a log of a long import shows it moving, without flooding it)."""

    EVERY = 50_000

    def __init__(self, verb: str) -> None:
        self.verb = verb
        self.tty = sys.stderr is not None and sys.stderr.isatty()
        self.shown = False

    def __call__(self, rows: int, share: float) -> None:
        if sys.stderr is None:
            return
        if rows < 0:  # done
            if self.shown and self.tty:
                sys.stderr.write("\r\033[K")
                sys.stderr.flush()
            self.shown = False
            return
        if self.tty:
            sys.stderr.write(f"\r{self.verb} the file: {rows:,} rows ({share:.0%})")
        elif rows % self.EVERY == 0:
            sys.stderr.write(f"{self.verb} the file: {rows:,} rows ({share:.0%})\n")
        else:
            return
        sys.stderr.flush()
        self.shown = True


def cmd_backup(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.core.atomic import is_stream

    # absolute here, against this command's folder: the app's own folder means nothing to
    # the person. abspath, not resolve(): /dev/stdout must stay /dev/stdout.
    target = Path(os.path.abspath(Path(args.output).expanduser())) if args.output else None
    if target is not None:
        try:  # said here too, before a passphrase is asked for or the app is troubled
            paths.check_outside(target, backup=True)
        except OwnFolder as exc:
            say(f"footholds: {exc}", err=True)
            return 1
    if target is not None and is_stream(target):
        return _backup_to_stream(paths, target)
    return _backup_to(paths, target)


def _backup_to(paths: Paths, target: Path | None, *, quiet: bool = False) -> int:
    """Back up through the running app (it writes what it holds in memory first), else here.
    `quiet`: say only what went wrong."""
    reply = ask(paths, "backup", path=str(target) if target else None)
    if reply is not None:
        if not reply["ok"] or not quiet:
            answered(reply)
        return 0 if reply["ok"] else 1
    bring_in_unsaved(paths)  # so the backup holds what an earlier run could not save
    backups = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir, paths.settings_file)
    try:
        made = backups.create("manual", target)
    except OSError as exc:
        say(f"footholds: the backup could not be written: {not_written(exc, target)}", err=True)
        return 1
    if not quiet:
        say(f"Backup written to {made}")
    return 0


def _backup_to_stream(paths: Paths, target: Path) -> int:
    """A backup onto a device, FIFO or /dev/stdout: made as a private file first (by the app
    when it runs, so it never opens the stream itself), then copied out here as a stream."""
    import shutil
    import tempfile

    from footholds.core.atomic import write_out

    folder = Path(tempfile.mkdtemp(prefix="footholds-backup-"))  # 0700, this user's only
    try:
        made = folder / "backup.zip"
        if _backup_to(paths, made, quiet=True) != 0:
            return 1
        try:
            write_out(target, made.read_bytes())
        except OSError as exc:
            say(f"footholds: the backup could not be written: {exc.strerror}", err=True)
            return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # our own temporary copy, never user data
    say(f"Backup written to {target}", err=True)
    return 0


def cmd_restore(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.cli.lock import open_for_command
    from footholds.core import errors

    source = Path(args.file).expanduser().resolve()
    if not source.exists():  # said before the passphrase is asked for
        missing = errors.english("import.no_file", path=source)
        say(f"footholds: {missing} Nothing was changed.", err=True)
        return 1
    open_for_command(paths)  # a backup made with the lock on is read with its passphrase
    try:
        checked = check(source)  # the whole backup, schema included, before anything
    except BadBackup as exc:
        say(f"footholds: {exc} Nothing was changed.", err=True)
        if _importable(source):  # an export given to restore: point to what reads it
            say(IMPORT_HINT.format(file=args.file), err=True)
        return 1
    counts = checked.counts
    for line in restore_plan(paths, source, counts, lists=bool(checked.lists)):
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

    def here(store: Store) -> int:
        store.close()
        backups = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir, paths.settings_file)
        try:
            safety = backups.restore(source)
        except BadBackup as exc:  # the file changed after it was checked
            say(f"footholds: {exc} Nothing was changed.", err=True)
            return 1
        except RestoreStranded as exc:
            say(f"footholds: {exc}", err=True)
            return 1
        except OSError as exc:
            say(f"footholds: restoring failed and nothing was changed: {exc.strerror}", err=True)
            return 1
        total = sum(counts.values())
        say(f"Restored {entries(total)}. Your data from before is kept in {safety}")
        return 0

    return app_or_here(paths, "restore", here, path=str(source))


LISTS_BACK = (
    "Your lists of feelings, small wins and parts come back too, as they were in the backup. "
    "Your other settings stay as they are."
)
IMPORT_HINT = "It looks like an export; to add its entries instead, run: footholds import {file}"


def _importable(path: Path) -> bool:
    """Whether `path` looks like what `footholds import` reads (a Footholds JSON export or a
    Daylio CSV), so a restore of one can point there instead."""
    from footholds.core.safe_read import Refused, open_regular

    try:  # a regular file only: a FIFO would never answer
        with open_regular(path, 1 << 40) as file:
            start = file.read(4096).removeprefix(b"\xef\xbb\xbf").lstrip()
    except (OSError, Refused):
        return False
    if start.startswith(b"{"):
        return b'"footholds-export"' in start
    return b"full_date" in start.split(b"\n", 1)[0].lower()


def restore_plan(
    paths: Paths, source: Path, counts: dict[str, int], *, lists: bool = False
) -> list[str]:
    """What a restore would replace with what, in lines for the terminal; `lists`: the backup
    brings the person's own lists back too."""
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
    if lists:
        lines.append(LISTS_BACK)
    lines.append("What is in Footholds now is saved as a backup first.")
    return lines


def _counted(counts: dict[str, int]) -> str:
    from footholds.core.store.models import BY_KIND

    total = sum(counts.values())
    if not total:
        return "no entries"
    # the kinds in the store's order (then any it does not know), whatever order the counts
    # came in: the store's and the backup's lines are read side by side
    order = list(BY_KIND)
    ranked = sorted(
        counts, key=lambda kind: (order.index(kind), "") if kind in BY_KIND else (len(order), kind)
    )
    shown = ", ".join(f"{kind} {counts[kind]}" for kind in ranked if counts[kind])
    return f"{entries(total)} ({shown})"


DATA_COMMANDS = {
    "export": cmd_export,
    "import": cmd_import,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
