"""Builds the one AppContext and wires the core to the UI. Nothing else lives here."""

from __future__ import annotations

import contextlib
import functools
import logging
from typing import TYPE_CHECKING

# Not the Qt namespace (~20 ms on first use) or sockets at import: the tray icon comes first.
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from footholds import APP_ID, APP_NAME, __version__
from footholds.app.context import AppContext as AppContext
from footholds.app.notices import look_over_soon, show_notices
from footholds.app.quitting import (
    bring_back_drafts,
    install_signal_handlers,
    offer_removed_at_start,
    shutdown,
)
from footholds.app.quitting import keep_unsaved as keep_unsaved
from footholds.app.quitting import request_quit as request_quit
from footholds.core.paths import Paths
from footholds.ui.shell.tray import Tray
from footholds.ui.shell.windows import WindowManager

if TYPE_CHECKING:
    # Imported when the context is built, after the tray icon is up: they cost start-up time.
    from footholds.app.lock_start import Unlocker
    from footholds.core.settings import Settings
    from footholds.core.store import Store
    from footholds.core.store.backups import Backups
    from footholds.platform.lockfile import InstanceLock
    from footholds.ui.common.prompter import Prompter

log = logging.getLogger(__name__)


def make_qapp(argv: list[str]) -> QApplication:
    # High-DPI scale factors pass through unrounded: Qt 6's default, so nothing to set.
    from footholds.platform.memory import steady_heap

    steady_heap()  # again for whoever builds the app without `footholds` (tests, benches)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Footholds")
    app.setDesktopFileName(APP_ID)  # lets Wayland and tray hosts match the icon to the app
    app.setQuitOnLastWindowClosed(False)
    return app


def open_store(paths: Paths, settings: Settings | None = None) -> tuple[Store, Backups]:
    """The store opened the shared way (core/store/opening.py); `settings`, the app's, take
    the lists of a restore finished on the way."""
    from footholds.core.store.opening import open_store as shared_open

    return shared_open(paths, settings=settings)


def sweep_leftovers(paths: Paths) -> None:
    """A kill in the middle of a write leaves its temporary file behind: clear stale ones
    from every folder Footholds writes with write_atomic (only ours, see sweep_temp_files)."""
    from footholds.core.atomic import sweep_temp_files

    folders = [paths.config_dir, paths.data_dir, paths.store_dir, paths.backup_dir]
    folders += [paths.aside_dir, *{p.parent for p in paths.unsaved_files}]
    folders.append(paths.data_dir / "lock-inbox")  # entries sealed while locked (core/lock)
    with contextlib.suppress(OSError):  # the store's kind folders (log/, ...)
        folders += [p for p in paths.store_dir.iterdir() if p.is_dir() and not p.is_symlink()]
    removed = sweep_temp_files(folders)
    if removed:
        log.info("removed %d temporary files left by an interrupted write", len(removed))


def _in_their_language(app: QApplication, paths: Paths, exc: Exception) -> str:
    """Why start-up stopped, in the language the person chose: it stops before the language
    is applied, so the settings are read again for it (English if even that fails)."""
    from footholds.core.settings import Settings
    from footholds.ui.common import i18n

    try:
        settings, _ = Settings.load(paths.settings_file)
        i18n.install(app, i18n.resolve(str(settings["general.language"])))
    except Exception:  # the message matters more than its language
        log.warning("the language for the start-up message could not be set", exc_info=True)
    return i18n.error_text(exc)


def build(
    app: QApplication,
    paths: Paths,
    lock: InstanceLock,
    *,
    windows: WindowManager | None = None,
    tray: Tray | None = None,
    unlock: Unlocker | None = None,
    prompter: Prompter | None = None,
) -> AppContext:
    """Create the context, in dependency order, with no field left for later. The window
    manager and tray may already exist: run() shows the icon before anything else."""
    from footholds.app.handlers import handle
    from footholds.app.instance import InstanceServer
    from footholds.app.lock_start import join_inbox, open_lock
    from footholds.app.reminder_driver import ReminderDriver
    from footholds.core.settings import Settings
    from footholds.ui.common import theme
    from footholds.ui.common.bridge import CoreSignals

    paths.ensure()
    sweep_leftovers(paths)  # under the instance lock: no other writer is running
    from footholds.ui.common import kept_words

    kept_words.through_lock(app, False)  # words given back at this start were kept at a close
    settings, report = Settings.load(paths.settings_file)
    from footholds.core.lock import is_on
    from footholds.core.socket_place import addresses
    from footholds.core.store import storage

    # the context, below, takes the commands over; it listens once built (_finish_start)
    first, *fallbacks = addresses(paths)
    server = InstanceServer(first, parent=app, fallbacks=fallbacks)
    first_open = None
    keys = None
    if is_on(paths.data_dir) and unlock is None and storage.codec is None:
        from footholds.app.lock_start import sealed_start

        # started locked: built as after Lock now, the store sealed; the first unlock opens it
        # and runs what opening it at start would have (AppLock.unlock_with)
        try:
            store, backups, first_open = sealed_start(paths, settings)
        except BaseException:
            server.close()
            raise
    else:
        try:
            keys = open_lock(paths, settings, unlock)  # the keys given, or kept open
        except BaseException:
            server.close()
            raise
        # brings in what an earlier run could not save, finishes a restore a kill cut off
        store, backups = open_store(paths, settings)
        if keys is not None:
            join_inbox(paths, store, keys)
    signals = CoreSignals(store, settings, app)
    windows = windows or WindowManager()
    tray = tray or Tray(windows, app.quit, parent=app)
    tray.settings = settings  # what each kind of click opens
    if prompter is None:
        from footholds.ui.common.prompter import Prompter

        prompter = Prompter()  # the one way to ask: the context's, and the reminders' dialog's
    reminders = ReminderDriver(settings, store, paths, tray, prompter=prompter, parent=app)
    from footholds.app.lock_app import AppLock

    locker = AppLock(paths, settings, store, windows, keys, parent=app, first_open=first_open)
    ctx = AppContext(
        app,
        paths,
        settings,
        store,
        backups,
        signals,
        windows,
        tray,
        server,
        lock,
        reminders,
        locker,
        prompter,
    )
    server.handler = functools.partial(handle, ctx)  # the socket's commands act on this context
    tray.quit_app = functools.partial(request_quit, app, ctx)  # saves or keeps unsaved entries
    wire_lock(ctx)
    windows.attach(ctx)
    theme.apply(app, settings["general.theme"])
    from footholds.ui.common import alt_keys, icons

    alt_keys.install(app)  # a greyed-out button's Alt+letter types nothing into a text box

    app.setWindowIcon(icons.app_icon())
    tray.refresh_icon()  # the first icon guessed the panel's shade from the palette alone
    from footholds.ui.common import i18n

    i18n.apply(ctx)  # the tray menu was built before the language setting was known
    for problem in report.problems:  # worded by show_notices, in the language just applied
        store.notices.append(problem if isinstance(problem, str) else i18n.error_text(problem))
    trouble = start_trouble(lock)
    if trouble:
        store.notices.append(trouble)
    return ctx


def start_trouble(lock: InstanceLock) -> str:
    """What to tell the person when the data folder took no write even for the instance
    lock (a full disk, a read-only folder): the app runs on, saving nothing until it can, and
    says so once rather than at each entry's first failed save. Empty when all is well."""
    import errno

    from PySide6.QtCore import QCoreApplication

    from footholds.core import errors

    why = getattr(lock, "trouble", None)  # only the Unix lock can tell (lockfile.py)
    if not isinstance(why, OSError):
        return ""
    log.warning("the data folder takes no writes: %s", why.strerror)
    full = why.errno in (errno.ENOSPC, errno.EDQUOT)
    code = "store.start.disk_full" if full else "store.start.read_only"
    return errors.told(code, {}, QCoreApplication.translate)


def wire_lock(ctx: AppContext) -> None:
    """The tray's Lock now and Unlock… follow the lock; a lock that cannot write what is
    pending says so and stays open."""

    def lock_now() -> None:
        try:
            ctx.locker.lock_now()
        except OSError as exc:  # said in the person's language (core/errors codes)
            from footholds.ui.common import i18n

            ctx.signals.notice.emit(i18n.error_text(exc))

    def refused(exc: Exception) -> None:  # the first unlock of a locked start
        from footholds.ui.common import i18n

        ctx.prompter.warn(None, i18n.error_text(exc))

    ctx.locker.refused.connect(refused)
    from footholds.app.unlock_said import UnlockSaid

    ctx.locker.opened.connect(UnlockSaid(ctx.tray.icon, ctx.locker).say)

    def offer_removed() -> None:  # its code loads only when there is something to offer
        from footholds.app import lock_undo

        lock_undo.offer(ctx)

    ctx.locker.offer_removed = offer_removed
    ctx.tray.lock_actions = {"open": lock_now, "locked": lambda: ctx.locker.ask()}
    ctx.tray.set_lock_state(ctx.locker.state)
    ctx.locker.changed.connect(lambda _locked: ctx.tray.set_lock_state(ctx.locker.state))
    # locked: the reminders' quiet from the sessions' readable times, no plan's nudge promised
    ctx.locker.changed.connect(lambda _locked: ctx.reminders.lock_changed())

    def on_setting(name: str, _value: object) -> None:
        if name == "lock.safety_plan":  # the plan's file sealed, or readable again, now
            ctx.locker.settle()

    ctx.signals.setting_changed.connect(on_setting)


def wire(ctx: AppContext) -> None:
    """Connect signals, timers and quitting; runs once after build()."""
    from PySide6.QtCore import Qt

    app = ctx.app
    show_notices(ctx)
    look_over_soon(ctx)  # a damaged file told at start, not when a window first reads it
    ctx.signals.setting_changed.connect(lambda name, _v: _on_setting(ctx, name))
    app.styleHints().colorSchemeChanged.connect(lambda _s: on_system_scheme(ctx))
    ctx.tray.gave_up.connect(lambda: _open_fallback(ctx))
    app.aboutToQuit.connect(lambda: shutdown(ctx))
    app.commitDataRequest.connect(lambda _m: keep_unsaved(ctx))  # session logout
    install_signal_handlers(app)
    backup = QTimer(app)
    backup.setTimerType(Qt.TimerType.VeryCoarseTimer)
    backup.setInterval(6 * 3600 * 1000)
    backup.timeout.connect(lambda: _daily_backup(ctx))
    backup.start()
    first = QTimer(app)
    first.setSingleShot(True)
    first.timeout.connect(lambda: _daily_backup(ctx))  # soon, though not during start-up
    first.start(90_000)
    retry = watch_pending(ctx)
    from footholds.ui.reflect.session_offers import SessionOffers

    offers = SessionOffers(ctx, parent=app)  # before and after a therapy session
    # kept alive by Python references, and in one place for whoever stops them (the tests)
    app.setProperty("footholds_timers", [backup, first, retry, offers])
    ctx.reminders.start()  # adds the tray menu's Reminders section
    offers.start()
    if ctx.tray.given_up:  # no tray at start: the window now (with that section), no wait
        _open_fallback(ctx)


def watch_pending(ctx: AppContext, interval_ms: int = 30_000) -> QTimer:
    """While a save could not reach the disk (full, unplugged), try again every half minute
    until it does, rather than wait for the next entry; idle otherwise (no wake-ups)."""
    timer = QTimer(ctx.app)
    timer.setInterval(interval_ms)

    def retry() -> None:
        if ctx.store.retry_pending():
            timer.stop()
            log.info("entries kept in memory are saved now")
            ctx.signals.pending_saved.emit()  # a quit waiting on them goes on

    def on_change(_kind: str) -> None:
        if ctx.store.pending() and not timer.isActive():
            timer.start()

    timer.timeout.connect(retry)
    ctx.signals.store_changed.connect(on_change)
    if ctx.store.pending():  # unsaved entries merged at start that can't be saved yet
        timer.start()
    return timer


def on_system_scheme(ctx: AppContext) -> None:
    """The desktop went light or dark: where the theme follows the system, every window hears
    it as the theme changing (windows with their own style sheets restyle on that)."""
    choice = ctx.settings["general.theme"]
    if choice == "system":
        ctx.signals.setting_changed.emit("general.theme", choice)


def _on_setting(ctx: AppContext, name: str) -> None:
    from footholds.ui.common import theme

    if name == "general.language":
        from footholds.ui.common import i18n

        i18n.apply(ctx)
    if name == "general.theme":
        theme.apply(ctx.app, ctx.settings["general.theme"])
        ctx.tray.refresh_icon()
    try:
        ctx.settings.save()
    except OSError as exc:
        log.warning("settings not saved: %s", exc.strerror)


def _open_fallback(ctx: AppContext) -> None:
    from footholds.ui.shell.fallback import FallbackWindow

    if ctx.windows.fallback is not None:
        ctx.windows.fallback.show()
        return
    log.warning("no system tray appeared; opening the fallback window")
    window = FallbackWindow(
        ctx.windows, lambda: request_quit(ctx.app, ctx), sections=ctx.tray.sections, ctx=ctx
    )
    ctx.windows.fallback = window
    window.show()


def _daily_backup(ctx: AppContext) -> None:
    if ctx.locker.locked:  # the backup is made from the open store: at the next chance
        return
    try:
        ctx.backups.daily(ctx.settings["general.backup_days"], ctx.settings["general.backup_weeks"])
    except OSError as exc:
        log.warning("daily backup failed: %s", exc.strerror)


def run(
    paths: Paths, lock: InstanceLock, app: QApplication, *, autostart: bool = False, first: str = ""
) -> int:
    """Show the tray icon first, finish building on the first turn of the event loop, run."""
    windows = WindowManager()
    # Until the context is built there is nothing unsaved: Quit simply quits (build() then
    # hands the tray the quit that keeps entries).
    tray = Tray(windows, app.quit, parent=app)
    # At login the tray host may start after Footholds: wait for it there, not otherwise.
    tray.start(patience_s=120 if autostart else 0)
    from footholds.ui.common.prompter import Prompter

    # made before the context, which it needs nothing from: a start that stops says why
    # through it too
    prompter = Prompter()
    QTimer.singleShot(
        0, lambda: _finish_start(app, paths, lock, windows, tray, first, prompter=prompter)
    )
    code = app.exec()
    return code or (1 if app.property("footholds_entries_lost") else 0)


def _finish_start(
    app: QApplication,
    paths: Paths,
    lock: InstanceLock,
    windows: WindowManager,
    tray: Tray,
    first: str,
    *,
    prompter: Prompter,
) -> None:
    from footholds.app import logsetup
    from footholds.app.handlers import after_start
    from footholds.core.store import StoreCannotOpen, StoreWriteError

    logsetup.configure(paths)
    logsetup.log_uncaught()
    log.info("starting Footholds %s", __version__)
    try:
        ctx = build(app, paths, lock, windows=windows, tray=tray, prompter=prompter)
    except (StoreCannotOpen, StoreWriteError) as exc:
        # Nothing was changed; say why plainly and stop rather than run without the data.
        log.error("cannot open the store: %s", type(exc).__name__)
        tray.icon.hide()
        prompter.warn(None, _in_their_language(app, paths, exc))
        lock.unlock()
        app.exit(1)
        return
    if not ctx.server.listen():
        log.error("cannot listen on the instance socket; continuing without hand-over")
    bring_back_drafts(ctx)  # before the quick log is built, which takes its own
    wire(ctx)
    after_start(ctx, first)
    offer_removed_at_start(ctx)  # a question needs a window: after those start-up opens
    # The quick log must open within 50 ms of a tray click: build it ahead, once, off the path
    # of start-up.
    QTimer.singleShot(300, lambda: ctx.windows.prebuild("quick-log"))
    app.setProperty("footholds_context", ctx)  # keeps the context alive with the app
