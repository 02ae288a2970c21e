"""What the running app does with a command handed over by a later `footholds ...`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from footholds.app.lock_handlers import LOCK_HANDLERS, LOCKED, NEED_UNLOCK
from footholds.cli.delivery import save_once
from footholds.core import reminder_answers as answers
from footholds.core.store import InvalidEntry, LogEntry, Proof, StoreWriteError
from footholds.core.unsaved_words import Unsaved, held, in_app, in_file, kept_words
from footholds.ui.shell.registry import BY_NAME

if TYPE_CHECKING:
    from footholds.app.context import AppContext

log = logging.getLogger(__name__)
Result = tuple[bool, str]


# commands that replace the store, import, or close windows: not while a window imports
WAIT_FOR_IMPORT = frozenset({"restore", "import", "close-windows", "lock-now", "unlock", "export"})
IMPORT_RUNNING = (
    "Footholds is importing a file in its window just now; nothing was changed. "
    "Please try again once the import is done."
)


def handle(ctx: AppContext, command: str, args: dict[str, Any]) -> Result:
    """Run one command; the reply says plainly what happened."""
    handler = HANDLERS.get(command)
    if handler is None:
        return False, f"The running Footholds does not know the command {command!r}."
    log.info("command: %s", command)
    if command in NEED_UNLOCK and ctx.locker.locked:
        return False, LOCKED
    if command in WAIT_FOR_IMPORT:
        from footholds.core.import_pace import RUNNING

        if RUNNING:  # it writes the store between these commands' steps: never under them
            return False, IMPORT_RUNNING
    return handler(ctx, args)


def after_start(ctx: AppContext, first: str) -> None:
    """Open what the launching command asked for, or the first-run card the first time."""
    if first and first in BY_NAME:
        ctx.windows.show(first)
    elif not ctx.settings["general.first_run_done"] and ctx.windows.available("first-run"):
        ctx.windows.show("first-run")
    elif ctx.locker.locked:
        # an affirmation reads the person's own proofs: at a locked start it would bring up
        # the passphrase prompt unasked, at login, before anything else
        return
    elif ctx.settings["general.affirmation_at_login"] and ctx.windows.available("affirmation"):
        ctx.windows.show("affirmation")


def _ping(ctx: AppContext, args: dict[str, Any]) -> Result:
    return True, "Footholds is running."


def _activate(ctx: AppContext, args: dict[str, Any]) -> Result:
    fallback = ctx.windows.fallback
    # with no tray, the window standing in for it (help first) is what "footholds" brings
    # back, as the window itself says when it is closed
    if fallback is not None and not ctx.tray.icon.isVisible():
        fallback.show()
        fallback.raise_()
        fallback.activateWindow()
    elif ctx.windows.available("quick-log"):
        ctx.windows.show("quick-log")
    elif fallback is not None:
        fallback.show()
        fallback.raise_()
    else:
        ctx.windows.show("about")
    return True, "Footholds is already running; brought it forward."


def _show(ctx: AppContext, args: dict[str, Any]) -> Result:
    what = args.get("what")
    if not isinstance(what, str) or what not in BY_NAME:
        return False, f"There is no window called {str(what)[:40]!r}."
    waits = not ctx.locker.may_open(what)  # the passphrase is asked first
    ctx.windows.show(what)
    if waits:  # said, or the command line would answer nothing while the window waits
        return True, (
            "Your entries are locked. Footholds asks for your passphrase in its own window."
        )
    return True, ""


def _close_windows(ctx: AppContext, args: dict[str, Any]) -> Result:
    """Close every open window (as the person would, one by one); the benchmark uses it."""
    ctx.windows.close_all()
    return True, ""


def _log(ctx: AppContext, args: dict[str, Any]) -> Result:
    from footholds.core import sleep

    try:
        # with --slept, the night comes first and a log entry only when something else was given
        if "sleep" in args:
            entry = LogEntry.from_dict(args["entry"]) if "entry" in args else None
            held = _kept(lambda: sleep.save_night(ctx.store, args["sleep"], source="cli"))
            if entry is not None:  # a night kept in memory keeps its entry company
                company = entry
                held = _kept(lambda: ctx.store.add(company)) or held
            return True, f"{sleep.SAVED} {held}" if held else sleep.SAVED
        entry = LogEntry.from_dict(args.get("entry"))
        first = save_once(ctx.store, entry)  # a retried request is not saved twice
    except (InvalidEntry, sleep.SleepTimesError) as exc:
        return False, str(exc)
    except StoreWriteError as exc:
        return _held_or_refused(exc, "Logged. That counts.")
    return True, "Logged. That counts." if first else "Already saved. That counts."


# A save that failed in the running app still holds the entry: Store._save changes memory
# before it writes, and every later save tries again. Telling the command "not saved" then
# would invite the person (or a script) to send it again, and the entry would be kept twice.
# The words are the ones every writing command uses (core/unsaved_words.py).


def _kept(save: Callable[[], object]) -> str | None:
    """Run `save`; what to add to the answer when the running app holds what the disk refused
    (kept_words), None when it is saved. Raises the StoreWriteError when the app did not take
    it."""
    try:
        save()
    except StoreWriteError as exc:
        if not held(exc):
            raise
        return kept_words(in_memory=not in_file(exc), why=exc.errno)
    return None


def _held_or_refused(exc: StoreWriteError, done: str) -> Result:
    """The answer for a save the disk refused: `done` with a note when the app holds it."""
    return in_app(Unsaved(exc, done))


def _status(ctx: AppContext, args: dict[str, Any]) -> Result:
    return True, ctx.tray.icon.toolTip()


def _quit(ctx: AppContext, args: dict[str, Any]) -> Result:
    from PySide6.QtCore import QTimer

    from footholds.core.store import pending

    try:  # entries only in memory: saved, or kept for the next start, before quitting
        pending.keep(ctx.store)
    except StoreWriteError as exc:  # nowhere to keep them: stay open rather than lose them
        return False, str(exc)
    QTimer.singleShot(0, ctx.app.quit)
    return True, "Footholds is closing."


def _unsaved(ctx: AppContext, args: dict[str, Any]) -> Result:
    """How many entries the app holds only in memory (a full disk), tried once more first:
    `footholds export` reads the files, so it says these are not in what it wrote."""
    from footholds.core.store import pending

    if ctx.store.retry_pending():
        return True, "0"
    return True, str(len(pending.unsaved_changes(ctx.store.parts_holding_unsaved())))


def _export(ctx: AppContext, args: dict[str, Any]) -> Result:
    """Write the whole export where `footholds export` asked, from the store the app holds
    (entries the disk refused included), as Settings › Your data writes it. The answer is
    how many entries it holds; a refusal is one line, and the app still holds everything."""
    import errno

    from footholds.core import own_lists
    from footholds.core.atomic import is_stream, write_out
    from footholds.core.export import FORMATS, export_bytes
    from footholds.core.paths import OwnFolder

    target, fmt = args.get("path"), args.get("format")
    if not isinstance(fmt, str) or fmt not in FORMATS:
        return False, "Which format: json or csv? Nothing was written."
    if not isinstance(target, str) or not Path(target).is_absolute():
        # the app's folder is not the caller's: `footholds export` sends an absolute path
        return False, "Please give the export's full path (from /); nothing was written."
    where = Path(target)
    if is_stream(where):  # the app's own output is not the caller's terminal
        return False, "Please give a file for the export to go to; nothing was written."
    try:
        ctx.paths.check_outside(where)  # never over the store or the settings
        data, count = export_bytes(ctx.store, fmt, own_lists.of(ctx.settings))
        write_out(where, data)
    except OwnFolder as exc:
        return False, str(exc)
    except OSError as exc:
        why = f"{exc.strerror or exc} ({where})."
        if exc.errno == errno.ENOENT and not where.parent.is_dir():  # which part is missing
            why = f"there is no folder {where.parent}."
        return False, f"could not write the export: {why}"
    return True, str(count)


def _backup(ctx: AppContext, args: dict[str, Any]) -> Result:
    target = args.get("path")
    if isinstance(target, str) and not Path(target).is_absolute():
        # relative to what? The app's folder is not the caller's: `footholds backup` sends
        # an absolute path, made in the folder it was run from
        return False, "Please give the backup's full path (from /); nothing was written."
    return ctx.actions.back_up(Path(target) if isinstance(target, str) else None)


def _restore(ctx: AppContext, args: dict[str, Any]) -> Result:
    source = args.get("path")
    if not isinstance(source, str):
        return False, "Which backup file should be restored?"
    return ctx.actions.restore(Path(source))


def _proof_add(ctx: AppContext, args: dict[str, Any]) -> Result:
    try:
        proof = Proof.from_dict(args.get("proof"))
        first = save_once(ctx.store, proof)
    except InvalidEntry as exc:
        return False, str(exc)
    except StoreWriteError as exc:
        return _held_or_refused(exc, "Added to your proof list.")
    return True, "Added to your proof list." if first else "Already in your proof list."


def _import(ctx: AppContext, args: dict[str, Any]) -> Result:
    """Import a file the command line has previewed and the person has confirmed."""
    from footholds.core import importers

    source, digest = args.get("path"), args.get("digest")
    if not isinstance(source, str) or not isinstance(digest, str):
        return False, "Which file should be imported?"
    if not Path(source).is_absolute():  # the command line sends it made absolute, as above
        return False, "Please give the file's full path (from /); nothing was changed."
    # apply() reads the file again and checks it is the one previewed (same sha256)
    plan = importers.ImportPlan("", Path(source).name, digest, path=Path(source))
    return ctx.actions.apply_import(plan)


def _remind(ctx: AppContext, args: dict[str, Any]) -> Result:
    from footholds.core.reminders import Kind

    kind = args.get("kind")
    if kind not in ("movement", "rest"):
        return False, "Which reminder: movement or rest?"
    ctx.reminders.remind_now(Kind(kind))
    return True, answers.reminded(Kind(kind))


PAUSE_LIMIT = 24 * 60  # minutes; longer than a day is "until tomorrow" or "until I resume"


def _pause(ctx: AppContext, args: dict[str, Any]) -> Result:
    until, minutes = args.get("until"), args.get("minutes")
    if until == "resume":
        ctx.reminders.pause_indefinitely()
    elif until == "tomorrow":
        ctx.reminders.pause_until_tomorrow()
    elif isinstance(minutes, int) and not isinstance(minutes, bool) and 0 < minutes <= PAUSE_LIMIT:
        ctx.reminders.pause_for(minutes)
    else:
        return False, "Pause for how long? For example 30m, 1h, tomorrow or off."
    status = ctx.reminders.scheduler.status()
    return True, answers.paused(status.paused_until, ctx.reminders.now())


def _resume(ctx: AppContext, args: dict[str, Any]) -> Result:
    return True, answers.resumed(ctx.reminders.resume())


def _session_add(ctx: AppContext, args: dict[str, Any]) -> Result:
    # the session command's module (and argparse with it) only when one comes
    from footholds.cli.session import handle_add

    return handle_add(ctx, args)


def _session_remove(ctx: AppContext, args: dict[str, Any]) -> Result:
    from footholds.cli.session import handle_remove

    return handle_remove(ctx, args)


HANDLERS: dict[str, Callable[[AppContext, dict[str, Any]], Result]] = {
    "ping": _ping,
    "activate": _activate,
    "show": _show,
    "log": _log,
    "status": _status,
    "quit": _quit,
    "backup": _backup,
    "unsaved": _unsaved,
    "export": _export,
    "restore": _restore,
    "proof-add": _proof_add,
    "import": _import,
    "remind": _remind,
    "pause": _pause,
    "resume": _resume,
    "close-windows": _close_windows,
    "session-add": _session_add,
    "session-remove": _session_remove,
    **LOCK_HANDLERS,
}
