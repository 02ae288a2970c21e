"""Quitting without losing a word: entries only in memory are saved or kept for the next
start, and SIGTERM or SIGINT quit as cleanly as the menu does."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from footholds.app.context import AppContext
    from footholds.core.store import StoreWriteError
    from footholds.ui.shell.windows import WindowManager

log = logging.getLogger("footholds.app.build")  # the same log lines as before the move


def keep_unsaved(ctx: AppContext) -> bool:
    """The session is ending (or the app was asked to quit): save what is only in memory, or
    keep it in an unsaved-entries file for the next start. False when nothing could."""
    return unkept(ctx) is None


def unkept(ctx: AppContext) -> StoreWriteError | None:
    """`keep_unsaved`, with the refusal when nothing could keep them (None when all is kept)."""
    from footholds.core.store import StoreWriteError, pending

    try:
        pending.keep(ctx.store)
    except StoreWriteError as exc:
        return exc
    return None


def unkept_words(refused: StoreWriteError) -> str:
    """What the Quit question says when entries only in memory could not be kept: by cause,
    as the start-up says it. A data folder that can't be written to was asked "is the disk
    full?" and told to free some space, which would never help."""
    from footholds.core.store.failures import cause

    why = cause(refused.errno)
    if why == "disk_full":
        return QApplication.translate(
            "app",
            "Some of your latest entries can't be saved to disk yet (is the "
            "disk full?). If Footholds closes now they will be lost.\n\nFree some "
            "space and try again. Or keep Footholds open: it saves them by itself once "
            "there is room.",
        )
    if why == "read_only":
        return QApplication.translate(
            "app",
            "Some of your latest entries can't be saved yet, because the data folder can't "
            "be written to. If Footholds closes now they will be lost.\n\nOnce the data "
            "folder can be written to again, try again. Or keep Footholds open: it saves "
            "them by itself once it can.",
        )
    return QApplication.translate(
        "app",
        "Some of your latest entries can't be saved to disk yet ({reason}). If Footholds "
        "closes now they will be lost.\n\nTry again. Or keep Footholds open: it saves "
        "them by itself once it can.",
    ).format(reason=refused.strerror or "?")


def request_quit(app: QApplication, ctx: AppContext) -> None:
    """Quit from the menu. Entries only in memory are saved, or kept for the next start; when
    neither works, say so and let the person try again, keep Footholds open (the entries stay
    in memory, tried again every half minute: watch_pending), or quit anyway. Saved while the
    question is up (space was freed), the question goes and the quit goes on."""
    if not _kept_or_asked(ctx, lambda: _entries_question(ctx), ctx.signals.pending_saved):
        return  # kept open: nothing is lost, nothing quits
    # words typed and not saved: kept now, or asked about, as the entries above; logging out
    # cannot ask, and keeps them at shutdown the same way
    if not _kept_or_asked(ctx, lambda: _drafts_question(ctx)):
        return
    app.quit()


def _kept_or_asked(
    ctx: AppContext, question: Callable[[], str | None], settled: SignalInstance | None = None
) -> bool:
    """Keep something before quitting: `question` tries, and gives None once it is kept, else
    what to ask. Try again tries once more, Quit anyway goes on without it, Keep Footholds
    open stops the quit (False). `settled` closes the question as tried again."""
    from footholds.ui.common.prompter import AGAIN, QUIT

    while (words := question()) is not None:
        answer = ctx.prompter.try_again(None, words, settled)
        if answer == QUIT:
            break
        if answer != AGAIN:
            return False
    return True


def _entries_question(ctx: AppContext) -> str | None:
    """Entries only in memory saved or kept (None), or what to ask when nothing could."""
    if not ctx.store.pending() or (refused := unkept(ctx)) is None:
        return None
    return unkept_words(refused)


def _drafts_question(ctx: AppContext) -> str | None:
    """Words typed and not saved kept for the next start (None), or what to ask."""
    if keep_drafts(ctx):
        return None
    return QApplication.translate(
        "app",
        "The words you were writing can't be kept for next time yet. If Footholds "
        "closes now they will be lost.\n\nTry again, or keep Footholds open and "
        "they stay in their windows.",
    )


def shutdown(ctx: AppContext) -> None:
    from footholds.core.store import StoreWriteError

    log.info("quitting")
    ctx.reminders.stop()  # before the store closes: a card still up is recorded as faded
    ctx.server.close()
    keep_drafts(ctx)  # before the windows close: what they hold unsaved, for the next start
    ctx.windows.close_all()
    try:
        ctx.store.close()
    except StoreWriteError:
        # Quitting cannot be cancelled here (logout, SIGTERM, or the person chose to).
        log.error("quit with entries that could not be written anywhere")
        ctx.app.setProperty("footholds_entries_lost", True)  # the exit status says so
    ctx.lock.unlock()


def keep_drafts(ctx: AppContext) -> bool:
    """Keep the words the quick log and the proof list's editor hold unsaved (and drafts not
    yet taken back since the start) for the next start: quitting or logging out never throws
    them away, and a crash loses at most the last moments of typing (kept a little after each
    change too: ui/shell/draft_watch.py). Locked, the drafts file stays as Lock now (or the
    start) left it, unread, and the words typed since are sealed to the lock's public key
    beside it, as entries saved while locked are: back after the next unlock (drafts.gather);
    one file for each lock, written over at each keep, and gone once nothing is held. False
    when they could not be kept (the disk refused, or the lock's header cannot be read)."""
    from footholds.core import drafts

    if not (ctx.locker.locked or ctx.locker.locked_away):
        return keep_drafts_now(ctx)
    held = held_drafts(ctx.windows)
    if not held:  # saved or emptied since this run last sealed them: they never come back
        return drafts.let_go_sealed(ctx.paths.sealed_drafts_dir, ctx.locker.drafts_name)
    from footholds.core.lock.keys import BadHeader

    try:
        public = ctx.locker.header().public
    except (BadHeader, OSError, ValueError, KeyError) as exc:
        log.warning("drafts typed while locked not kept: %s", exc)
        return False
    return drafts.seal_away(ctx.paths.sealed_drafts_dir, ctx.locker.drafts_name, held, public)


def held_drafts(windows: WindowManager) -> dict[str, dict[str, Any]]:
    """What each window holds unsaved now (`draft()`), and the drafts taken at the start whose
    window was not built since."""
    kept = dict(windows.drafts)
    for name, window in windows.open_windows().items():
        draft = getattr(window, "draft", None)  # the quick log, the proof list's editor
        if not callable(draft):
            continue
        held = draft()
        if held:
            kept[name] = held
        else:
            kept.pop(name, None)
    return kept


def bring_back_drafts(ctx: AppContext) -> None:
    """At the start: the drafts kept at the last close wait for their windows, with those
    typed while locked at a close before (opened with the lock's keys, when it is on)."""
    from footholds.core import drafts

    where, sealed = ctx.paths.drafts_file, ctx.paths.sealed_drafts_dir
    ctx.windows.drafts = drafts.gather(where, sealed, ctx.locker.keys)
    if ctx.windows.settle_drafts is not None:  # wired at an earlier call
        return
    # a save (an entry, a setting) may be words brought back: the file follows at once
    waiting = QTimer(ctx.app)
    waiting.setSingleShot(True)
    waiting.setInterval(0)  # after the save's own work: the boxes are emptied by then
    waiting.timeout.connect(lambda: settle_drafts(ctx))
    ctx.windows.settle_drafts = waiting.start
    # kept a little after each change in a window too (ui/shell/draft_watch.py), and at once
    # by a window whose words are kept nowhere else (kept_words.keep_now): sealed if locked
    ctx.windows.keep_drafts = lambda: keep_drafts(ctx)
    ctx.signals.store_changed.connect(waiting.start)
    ctx.signals.setting_changed.connect(waiting.start)


def offer_removed_at_start(ctx: AppContext) -> None:
    """Once start-up's windows are open: records removed just before a Lock now and not
    answered yet are asked about (app/lock_undo.py, its code loaded only then)."""
    from footholds.core import drafts

    if drafts.REMOVED_BEFORE_LOCK in ctx.windows.drafts and not ctx.locker.locked:
        from footholds.app import lock_undo

        lock_undo.offer_at_start(ctx)


def keep_drafts_now(ctx: AppContext) -> bool:
    """Write what the windows hold unsaved now to the drafts file, whether or not one was
    kept at the last close: for words a window keeps only as its draft (the check-in's what
    to talk about, with no session to keep it), so a crash never loses them. Nothing while
    locked (they would lie on disk in the clear): the quit seals them, as every draft."""
    from footholds.core import drafts

    if ctx.locker.locked or ctx.locker.locked_away:
        return False
    return drafts.keep(ctx.paths.drafts_file, held_drafts(ctx.windows), locked=False)


def settle_drafts(ctx: AppContext) -> bool:
    """Write what the windows hold unsaved now over the drafts file kept at the last close
    (core/drafts.py settle): words brought back and since saved, or cleared, never come back
    after a crash; those still unsaved stay. Nothing while locked."""
    from footholds.core import drafts

    locked = bool(ctx.locker.locked or ctx.locker.locked_away)
    return drafts.settle(ctx.paths.drafts_file, held_drafts(ctx.windows), locked=locked)


def install_signal_handlers(app: QApplication) -> None:
    """Quit cleanly on SIGTERM/SIGINT. The wakeup pipe wakes Qt's loop: no polling timer."""
    if os.name != "posix":
        return
    import signal

    from PySide6.QtCore import QSocketNotifier

    read_end, write_end = os.pipe()  # a pipe, not a socketpair: no socket module at idle
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    signal.set_wakeup_fd(write_end)
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: None)  # the handler runs on wake-up, below
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)

    def on_wake() -> None:
        with contextlib.suppress(BlockingIOError):
            os.read(read_end, 64)
        app.quit()

    notifier.activated.connect(on_wake)
    app.setProperty("footholds_signal_pipe", [read_end, write_end, notifier])
