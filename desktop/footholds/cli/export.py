"""`footholds export`: every entry as JSON or a zip of CSV files, or the check-in summary as
Markdown, HTML or PDF, to a file or standard output.

While the app runs, a JSON or CSV export is handed to it and written from its store, so what
it holds only in memory (a disk that refused a save) is in the file, as in Settings › Your
data. With no app, or one too old to export, the files are read here: that is safe beside the
app, since every file is replaced atomically.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from footholds.cli.data_files import not_written, open_for_reading, would_replace
from footholds.cli.handover import Refused, ask, say, surely_not_running_anywhere
from footholds.core.paths import OwnFolder, Paths
from footholds.core.plural import entries
from footholds.core.store import Store, storage

NOT_ENCRYPTED = (
    "footholds: this export is not encrypted: anyone who can open the file can read what you "
    "wrote. Keep it somewhere private, or delete it when done."
)


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
        if would_replace(target, args.force):  # before a passphrase is asked for
            return 1
    if not summary:
        handed = _handed_over(paths, args, target, stream)
        if handed is not None:
            return handed
    held = _held_by_app(paths)  # asked first: the app tries once more to save them
    # Reading is safe beside the running app: every file is replaced atomically.
    store = open_for_reading(paths)
    if storage.codec is not None:  # the lock is on: the person chose to write words out
        say(NOT_ENCRYPTED, err=True)
    reading = True  # a failure while reading is not one of writing the export
    try:
        data, what = (
            _summary_bytes(paths, store, args)
            if summary
            else _full_export(store, args.format, paths)
        )
        reading = False
        _deliver(data, target)
        if target is not None:
            _say_exported(what, args, stream)
        if held:
            them = "it" if held == 1 else "them"
            say(
                f"footholds: {entries(held)} {'is' if held == 1 else 'are'} not in this file: "
                f"Footholds is holding {them} in memory until {them} can be saved. Keep "
                f"Footholds open; once there is room on the disk, {them} will be saved, and "
                f"an export then holds {them} too.",
                err=True,
            )
            return 1
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


def _deliver(data: bytes, target: Path | None) -> None:
    """The export to -o FILE (or a stream named so), or to standard output."""
    if target is not None:
        from footholds.core.atomic import write_out

        write_out(target, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def _say_exported(what: str, args: argparse.Namespace, stream: bool) -> None:
    # to stderr when the export itself went to a stream: -o /dev/stdout must hold nothing
    # but the export
    kind = " (a .zip of CSV files)" if args.format == "csv" else ""
    say(f"Exported {what} to {args.output}{kind}", err=stream)


def _handed_over(
    paths: Paths, args: argparse.Namespace, target: Path | None, stream: bool
) -> int | None:
    """Hand a JSON or CSV export to the running app, which writes it from its store (what it
    holds only in memory included); the exit status. None when no app runs, it did not take
    the export (one too old to know it, a socket not the person's own), or the export goes
    to standard output or a stream: then the files are read here, as before, and what the
    app holds in memory is named. A stream is never handed over: the app would have to write
    the whole export to a file first, unencrypted on disk even with the lock on, and left
    there if this command were stopped while it waited (a review)."""
    if target is None or stream or surely_not_running_anywhere(paths):
        return None
    # the app does not run where this command was started: the path goes whole
    where = Path(os.path.abspath(target))
    try:
        reply = ask(paths, "export", path=str(where), format=args.format)
    except Refused:
        return None
    except OSError as exc:
        say(f"footholds: could not write the export: {not_written(exc, target)}", err=True)
        return 1
    if reply is None or _not_taken(reply):
        return None
    if not reply["ok"]:  # nothing was written; the app still holds every entry
        say(f"footholds: {reply.get('message', '')}", err=True)
        return 1
    from footholds.core.lock import is_on

    if is_on(paths.data_dir):
        say(NOT_ENCRYPTED, err=True)
    message = str(reply.get("message", ""))
    _say_exported(entries(int(message)) if message.isdigit() else "your entries", args, stream)
    return 0


def _not_taken(reply: dict[str, object]) -> bool:
    """The app did not take the export: it is too old to know it, or took nothing."""
    from footholds.core.protocol import not_known

    return not_known(reply) or (reply.get("answered") is False and not reply.get("sent"))


def _held_by_app(paths: Paths) -> int:
    """How many entries the running app holds only in memory (a full disk): not in the files
    an export reads. 0 when no app runs, or one too old to say."""
    try:
        reply = ask(paths, "unsaved")
    except Refused:
        return 0
    if reply is None or not reply.get("ok"):
        return 0
    try:
        return max(0, int(str(reply.get("message", "0"))))
    except ValueError:
        return 0


def _full_export(store: Store, fmt: str, paths: Paths) -> tuple[bytes, str]:
    from footholds.core import own_lists
    from footholds.core.export import export_bytes

    # the person's lists as the app has them (their sealed copy opened with the lock)
    settings = own_lists.load_opened(paths.settings_file) if fmt == "json" else None
    lists = own_lists.of(settings) if settings is not None else None
    data, count = export_bytes(store, fmt, lists)
    return data, entries(count)


def _summary_bytes(paths: Paths, store: Store, args: argparse.Namespace) -> tuple[bytes, str]:
    """The check-in summary for the asked (or default) period, as md, html or pdf bytes, in
    the language Footholds speaks, as the window and `footholds safety-plan` write it."""
    from footholds.cli.safety_plan import plan_language
    from footholds.core import (
        catalog,
        checkin,
        checkin_html,
        checkin_render,
        content,
        dates,
        days,
    )
    from footholds.core.settings import Settings

    settings, _ = Settings.load(paths.settings_file)
    language = content.language_code(plan_language(str(settings["general.language"])))
    # the person's day (their day-start hour), so the period is the check-in window's own
    today = days.today(int(settings["day.start_hour"]))
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
