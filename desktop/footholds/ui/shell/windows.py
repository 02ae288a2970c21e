"""Opens the app's windows by name. Each is built when first opened and released when closed,
so its memory comes back; the quick log alone is built ahead and kept, to open at once.
When the interface language changes, the open windows that do not word themselves again are
built again in their place (follow_language)."""

from __future__ import annotations

import importlib
import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from footholds.ui.common.never_raises import never_raises
from footholds.ui.shell import language_follow
from footholds.ui.shell.registry import BY_NAME

if TYPE_CHECKING:
    from footholds.ui.context import AppContext
    from footholds.ui.shell.draft_watch import DraftWatch

log = logging.getLogger(__name__)

KEPT = frozenset({"quick-log"})  # built ahead and kept: a click must show it within 50 ms
GIVE_BACK_AFTER_MS = 3000  # after the last release, once: closing several windows is one trim


class WindowManager:
    """Builds windows lazily (start-up stays fast) and raises an open one instead of
    opening it twice. A closed window is destroyed and opened afresh with the current state,
    unless it holds words typed and not yet saved: then it is only hidden, so nothing is lost."""

    def __init__(self) -> None:
        self._ctx: AppContext | None = None
        self._open: dict[str, QWidget] = {}
        # which build of each open window is the current one: the old one, built again in
        # another language, is destroyed after the new one took its name
        self._builds: dict[str, int] = {}
        self._built = 0
        self.last_active: dict[str, int] = {}  # when each window last had the focus, in turns
        self.opened: dict[str, int] = {}  # when each window was last opened (show), in turns
        self.language = language_follow.LanguageFollow(self)
        self.fallback: QWidget | None = None  # the stand-in for a missing tray, if one opened
        self._closing = _CloseWatch(self)
        self._give_back: QTimer | None = None
        # asked before a window shows (the passphrase lock, lock_app.py): the unlock dialog
        # when it holds the window back until the entries are unlocked (then runs the opening
        # it was given), None to let it open now
        self.gate: Callable[[str, Callable[[], object]], QWidget | None] | None = None
        # whether a window may be on screen now, asking nothing (the lock's may_open): a
        # window is built again in another language only where it may show
        self.may_open: Callable[[str], bool] | None = None
        # words a window held unsaved when Footholds last closed (core/drafts.py), by window
        # name, until that window is built and takes them back
        self.drafts: dict[str, dict[str, Any]] = {}
        # writes what the windows hold unsaved now over the drafts file (app/quitting.py
        # settle_drafts, set at the start): words saved or cleared since never come back
        self.settle_drafts: Callable[[], None] | None = None
        # writes what the windows hold unsaved now to the drafts file at once, file or not
        # (app/quitting.py keep_drafts_now, set at the start): words kept only as a window's
        # draft (the check-in's, with no session yet) come back after a crash too
        self.keep_drafts: Callable[[], object] | None = None
        # keeps them a little after each change in such a window (draft_watch.py): made
        # when the first window that gives a draft shows, so the idle app has none
        self.typing: DraftWatch | None = None

    def attach(self, ctx: AppContext) -> None:
        """Windows need the context; the context holds this manager. Called once in main()."""
        self._ctx = ctx

    def available(self, name: str) -> bool:
        return name in BY_NAME

    def get(self, name: str) -> QWidget:
        """The window called `name`, built on first use (and again after a release)."""
        if name not in self._open:
            if self._ctx is None:
                raise RuntimeError("WindowManager used before the context was attached")
            module_name, _, class_name = BY_NAME[name].target.partition(":")
            cls = getattr(importlib.import_module(module_name), class_name)
            window = cls(self._ctx)
            self._open[name] = window
            self._built += 1
            self._builds[name] = build = self._built
            if name not in KEPT:
                window.setObjectName(f"window-{name}")
                window.installEventFilter(self._closing)
                window.destroyed.connect(lambda _=None, n=name, b=build: self._released(n, b))
        return self._open[name]

    def prebuild(self, name: str) -> None:
        """Build a window ahead of time so opening it later is instant."""
        if self.available(name):
            self.get(name)

    def show(self, name: str, **options: Any) -> QWidget:
        """Show, raise and focus a window; windows may take options through `present`.
        While the entries are locked, a window with written words waits for the passphrase:
        then the unlock dialog is what comes forward (and is returned)."""
        asking = self.gate(name, lambda: self.show(name, **options)) if self.gate else None
        if asking is not None:
            return asking
        window = self.get(name)
        self.opened[name] = next(TURNS)
        if self.typing is None and callable(getattr(window, "draft", None)):
            self._watch_typing()
        present = getattr(window, "present", None)
        if callable(present):
            present(**options)
        else:
            from PySide6.QtCore import Qt  # not at import: the tray icon comes first

            from footholds.ui.common.calm import centre_first_time

            centre_first_time(window)
            window.show()
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.raise_()
            window.activateWindow()
        return window

    def _watch_typing(self) -> None:
        """From now on, words typed in a window that gives a draft are kept a little after
        each change (draft_watch.py), not only at a quit."""
        from footholds.ui.shell.draft_watch import DraftWatch

        def keep() -> None:
            if self.keep_drafts is not None:
                self.keep_drafts()

        self.typing = DraftWatch(keep, self.gives_draft)

    def gives_draft(self, window: QWidget) -> bool:
        """Whether `window` is one of the open windows, and gives its words as a draft."""
        return any(w is window for w in self._open.values()) and callable(
            getattr(window, "draft", None)
        )

    def in_use(self) -> QWidget | None:
        """The window the person is using: one of ours just opened, whose activation may still
        be on its way from the window manager; else the active window, when it is ours."""
        from PySide6.QtWidgets import QApplication

        shown = [name for name, window in self._open.items() if window.isVisible()]
        if shown:
            newest = max(shown, key=lambda n: self.opened.get(n, 0))
            if self.opened.get(newest, 0) > self.last_active.get(newest, 0):
                return self._open[newest]  # opened since it last had the focus
        return QApplication.activeWindow()

    def is_built(self, name: str) -> bool:
        """Whether the window exists now (built and not released)."""
        return name in self._open

    def is_visible(self, name: str) -> bool:
        window = self._open.get(name)
        return bool(window and window.isVisible())

    def close_all(self) -> None:
        if self.typing is not None:  # what was typed last is kept first
            self.typing.end()
            self.typing = None
        for window in list(self._open.values()):
            window.close()

    def close_unless(self, keep: Callable[[str], bool]) -> None:
        """Close every open window but those `keep` names (at a lock: the ones that show
        written words). One holding words typed and not saved is hidden, as at any close."""
        for name, window in list(self._open.items()):
            if not keep(name):
                window.close()
                if window.isVisible():
                    # it kept itself open (a safety plan part past what can be kept): its
                    # words stay in it, out of sight until it is opened after the unlock
                    window.hide()

    def follow_language(self) -> None:
        """The interface language just changed (i18n.apply): bring every open window into it.
        See language_follow.py for which wait and why."""
        self.language.changed()

    def open_windows(self) -> dict[str, QWidget]:
        """The windows built now, by name."""
        return dict(self._open)

    def build_again(self, name: str) -> QWidget:
        """Let go of window `name` and build it anew (the old one is the caller's to put
        away); the new one is not shown yet."""
        self._open.pop(name, None)
        self._builds.pop(name, None)
        return self.get(name)

    def forget(self, name: str) -> None:
        """Let go of window `name` (hidden, nothing in it): the next opening builds it anew."""
        window = self._open.pop(name, None)
        self._builds.pop(name, None)
        if window is not None:
            window.deleteLater()

    def _released(self, name: str, build: int) -> None:
        """A window was destroyed: forget it and, a little later, give its memory back."""
        if self._builds.get(name) == build:  # not one built again in its place since
            self._open.pop(name, None)
            self._builds.pop(name, None)
        if QCoreApplication.closingDown():
            return  # the app is quitting: the memory goes back with the process
        if self._give_back is None or not shiboken6.isValid(self._give_back):
            # (or gone already: at quit, Python's teardown can delete the timer before Qt
            # destroys the last windows)
            self._give_back = QTimer()
            self._give_back.setSingleShot(True)
            self._give_back.setInterval(GIVE_BACK_AFTER_MS)
            self._give_back.timeout.connect(give_back_memory)
        self._give_back.start()  # restarted by each release: one trim after the last


def give_back_memory() -> None:
    from PySide6.QtGui import QPixmapCache

    from footholds.platform.memory import give_back
    from footholds.ui.common import icons
    from footholds.ui.shell.font_cache import empty_font_cache

    # Pixmaps drawn for the closed windows (style parts, icons) would otherwise stay cached
    # and pin the heap pages around them; what is still shown is drawn again when painted.
    QPixmapCache.clear()
    icons.forget_drawn()
    # The fonts they drew with, through a font database change (font_cache.py); not
    # QFont.cleanup(), Qt's own shutdown step: a full test run that called it while windows
    # lived crashed inside a later allocation.
    empty_font_cache()
    trimmed = give_back()
    log.debug("released windows' memory given back%s", "" if trimmed else " (collection only)")


TURNS = itertools.count(1)


class _CloseWatch(QObject):
    """Decides, as each window closes, whether it is destroyed or only hidden; notes the
    order windows were used in."""

    def __init__(self, manager: WindowManager) -> None:
        super().__init__()
        self.manager = manager

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            # the order they were last used in: built again in another language, they keep
            # it (the one used last on top)
            self.manager.last_active[watched.objectName().removeprefix("window-")] = next(TURNS)
        elif event.type() == QEvent.Type.Close and isinstance(watched, QWidget):
            from PySide6.QtCore import Qt

            # Qt reads this after the close is accepted: set it for this close only. Kept too:
            # words put away in it and not in a field now (the proof list's drafts)
            kept = holds_typing(watched) or bool(getattr(watched, "draft", lambda: None)())
            watched.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, not kept)
        return False


def holds_typing(window: QWidget) -> bool:
    """Words typed into one of the window's fields and still there: closing keeps them."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    for field in window.findChildren(QLineEdit):
        if not field.isReadOnly() and field.isModified() and field.text().strip():
            return True
    pages: list[QPlainTextEdit | QTextEdit] = [
        *window.findChildren(QPlainTextEdit),
        *window.findChildren(QTextEdit),
    ]
    for page in pages:
        typed = not page.isReadOnly() and page.document().isModified()
        if typed and page.toPlainText().strip():
            return True
    return False
