"""Open windows follow a language chosen in Settings.

Qt tells every widget through QEvent.LanguageChange, but only a window that words itself
again (Settings, the quick log and the help windows, marked `follows_language`) can use it;
the others set most of their words once, when built. Those are built again in their place:
same position and size, same tab and scroll, each divider where it was dragged (and,
through a window's own `carry_over(old)`, what else it showed), shown beside the window in
use (Settings) without taking the keyboard from it.

A window waits, still in the language before, while
- it holds words typed and not saved (holds_typing), or, where a window says itself what
  it has not saved (`unsaved_work()`: questionnaire answers picked, a safety plan changed),
  that: building it again would lose them;
- a question or menu of its own is up: its code waits for the answer on the stack;
- the person is in it (the active window): a click or a "Saved." would be lost under them;
- an Undo is on offer in it: built again, the removal could not be taken back.
It catches up as soon as none of that holds, at the next change of window focus, or when
it is closed and opened again (closed without typed words, it is built afresh anyway). The
end of an Undo offer (Undo pressed, its time up, withdrawn) brings its window across at
once, once the undo has put things back, keeping the person in it if they are: else the
thing put back, built in the new language, would sit among words in the one before. A
window whose words the person has just saved while in it (the check-in's "Save for this
session") may ask to come across at once (`bring_now`): it is built again in its place and
keeps the person in it, so it is never left half in one language and half in the other.

While the entries are locked, only windows that may show now (`WindowManager.may_open`) are
built again; a window put away holding words never comes back on screen from here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

if TYPE_CHECKING:
    from footholds.ui.shell.windows import WindowManager

STILLED = ("raise_", "activateWindow")  # what opening a window does that taking it over must not


class LanguageFollow:
    """Which open windows are still in the language before, and bringing them across."""

    def __init__(self, manager: WindowManager) -> None:
        self.manager = manager
        self.behind: set[str] = set()  # names of open windows still in the language before
        self._queued = False
        self._watching = False

    def changed(self) -> None:
        """A new language was installed: every open window that does not follow by itself
        is behind. Brought across once the change is through, not inside the Settings
        combo box whose change caused it (and once, however many events the install sent)."""
        for name, window in self.manager.open_windows().items():
            if not getattr(window, "follows_language", False):
                self.behind.add(name)
        self._queue()

    def _queue(self) -> None:
        if self.behind and not self._queued:
            self._queued = True
            QTimer.singleShot(0, self.catch_up)

    def catch_up(self) -> None:
        """Build again each window behind that can be now; the rest wait for a later try."""
        self._queued = False
        if QCoreApplication.closingDown():
            return
        using = QApplication.activeWindow()
        open_now = self.manager.open_windows()
        moved: list[str] = []
        # an app-wide question is up (its asker waits on the stack, whoever it is): later
        waiting = QApplication.activeModalWidget() is not None
        # the least recently used first: each shows over the one before, as they were
        for name in sorted(self.behind, key=lambda n: self.manager.last_active.get(n, 0)):
            window = open_now.get(name)
            if window is None or not shiboken6.isValid(window):
                self.behind.discard(name)  # closed and released: it opens in the new language
                continue
            if waiting or not settled(window):
                continue
            if not window.isVisible():
                self.manager.forget(name)  # put away with nothing in it: built anew when opened
            elif self.manager.may_open is None or self.manager.may_open(name):
                build_in_place(self.manager, name, window)
                moved.append(name)
            else:
                continue
            self.behind.discard(name)
        if moved:
            self._restack(moved)
        if moved and using is not None and shiboken6.isValid(using) and using.isVisible():
            # the person stays where they were working: on top, with the keyboard
            using.raise_()
            using.activateWindow()
        self._watch(bool(self.behind))

    def bring_now(self, name: str) -> QWidget | None:
        """Window `name`, still in the language before, built again now though the person
        is in it: it asks this once its words are safe (just saved). It keeps the keyboard.
        None when it is not behind, or a question, menu or Undo of its own is up."""
        window = self.manager.open_windows().get(name)
        if name not in self.behind or window is None or not shiboken6.isValid(window):
            return None
        if not window.isVisible() or asking(window) or undoing(window):
            return None
        unsaved = getattr(window, "unsaved_work", None)
        if QApplication.activeModalWidget() is not None or (callable(unsaved) and unsaved()):
            return None
        again = build_in_place(self.manager, name, window)
        self.behind.discard(name)
        again.raise_()
        again.activateWindow()
        self._watch(bool(self.behind))
        return again

    def _on_offer_ended(self, window: QWidget) -> None:
        """An Undo offer ended in `window`: if that held it back, it comes across on the next
        turn, after the undo has put back what it puts back."""
        for name, shown in self.manager.open_windows().items():
            if shown is window and name in self.behind:
                QTimer.singleShot(0, partial(self._after_offer, name))

    def _after_offer(self, name: str) -> None:
        window = self.manager.open_windows().get(name)
        if window is None or not shiboken6.isValid(window):
            return  # closed meanwhile: it opens in the new language
        if window.isActiveWindow() and safe(window):
            self.bring_now(name)  # the person is in it: built again around them
        self._queue()  # else as any window that waits, now nothing holds it

    def _restack(self, moved: list[str]) -> None:
        """A window built again shows on top: every one used after it (one waiting with words
        typed among them) goes back over it, in the order they were used."""
        turn = self.manager.last_active.get
        first = min(turn(name, 0) for name in moved)
        later = [
            (turn(name, 0), window)
            for name, window in self.manager.open_windows().items()
            if window.isVisible() and turn(name, 0) > first
        ]
        for _turn, window in sorted(later, key=lambda pair: pair[0]):
            window.raise_()

    def _watch(self, on: bool) -> None:
        """Try again whenever the focus moves to another window, while any wait."""
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication) or on == self._watching:
            return
        from footholds.ui.common.undo import offers_ending

        if on:
            app.focusWindowChanged.connect(self._on_focus)
            offers_ending().ended.connect(self._on_offer_ended)
        else:
            app.focusWindowChanged.disconnect(self._on_focus)
            offers_ending().ended.disconnect(self._on_offer_ended)
        self._watching = on

    def _on_focus(self, _window: object) -> None:
        self._queue()


def settled(window: QWidget) -> bool:
    """Whether `window` can be built again now without losing anything (see the top)."""
    return not window.isActiveWindow() and safe(window)


def safe(window: QWidget) -> bool:
    """Whether `window` can be built again now, were the person not in it."""
    from footholds.ui.shell.windows import holds_typing

    if asking(window) or undoing(window):
        return False
    # a window that knows what it has not saved says so (the thought log keeps a saved
    # thought in its boxes); else any words typed and still there count
    unsaved = getattr(window, "unsaved_work", None)
    return not (unsaved() if callable(unsaved) else holds_typing(window))


def undoing(window: QWidget) -> bool:
    """An Undo is still on offer in it: built again, the removal could not come back."""
    from footholds.ui.common.undo import UndoBar

    return any(bar.pending() for bar in window.findChildren(UndoBar))


def asking(window: QWidget) -> bool:
    """A dialog, menu or list of the window's own is on screen."""
    return any(w.isWindow() and w.isVisible() for w in window.findChildren(QWidget))


def build_in_place(manager: WindowManager, name: str, old: QWidget) -> QWidget:
    """Window `name` built anew where `old` is, showing what it showed, beside the window
    in use; then `old` goes."""
    from PySide6.QtCore import Qt  # not at import: PySide builds its enums, before the tray icon
    from PySide6.QtWidgets import QSplitter  # only once a window is built again

    tabs, scrolls = where(old)
    splits = [split.sizes() for split in old.findChildren(QSplitter)]
    window = manager.build_again(name)
    # given before it first shows, the place is kept (CalmWindow centres only a window
    # nobody placed)
    window.resize(old.size())
    window.move(old.pos())
    state = old.windowState() & ~Qt.WindowState.WindowActive
    window.setWindowState(state)
    from PySide6.QtWidgets import QTabWidget  # only once a window is built again

    now = window.findChildren(QTabWidget)
    if len(now) == len(tabs):
        for tab, index in zip(now, tabs, strict=True):
            tab.setCurrentIndex(index)
    carry = getattr(window, "carry_over", None)
    if callable(carry):  # what it showed that its place and scroll do not bring back
        carry(old)
    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
    try:
        beside(window)
    finally:
        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
    split_to(window, splits)  # once shown: set before, the first layout shares them anew
    scroll_to(window, scrolls)

    def once_laid_out() -> None:
        split_to(window, splits)
        scroll_to(window, scrolls)

    # its pages lay out and fill once shown: once more when they have
    QTimer.singleShot(0, window, once_laid_out)
    old.hide()
    old.deleteLater()
    return window


def beside(window: QWidget) -> None:
    """Show the window as opening it would (its `present` loads what it shows), but neither
    raised nor given the keyboard: those two calls are stilled on it meanwhile."""
    present = getattr(window, "present", None)
    if not callable(present):
        window.show()
        return
    still: Callable[[], None] = lambda: None  # noqa: E731
    for call in STILLED:
        setattr(window, call, still)  # found before the class's own, for this one window
    try:
        present()
    finally:
        for call in STILLED:
            delattr(window, call)


def where(window: QWidget) -> tuple[list[int], list[tuple[int, int]]]:
    """The window's open tabs and the scroll of each list or page on screen, in order."""
    from PySide6.QtWidgets import QTabWidget  # only once a window is built again

    tabs = [tab.currentIndex() for tab in window.findChildren(QTabWidget)]
    scrolls = [
        (area.horizontalScrollBar().value(), area.verticalScrollBar().value())
        for area in shown_areas(window)
    ]
    return tabs, scrolls


def shown_areas(window: QWidget) -> list[QAbstractScrollArea]:
    return [a for a in window.findChildren(QAbstractScrollArea) if a.isVisibleTo(window)]


def split_to(window: QWidget, splits: list[list[int]]) -> None:
    """Each divider where the person dragged it (the check-in's choices beside its preview),
    where the window has the same splitters; a pane's new words may need more room."""
    from PySide6.QtWidgets import QSplitter  # only once a window is built again

    if not shiboken6.isValid(window):
        return
    now = window.findChildren(QSplitter)
    if len(now) != len(splits):
        return
    for split, sizes in zip(now, splits, strict=True):
        if len(sizes) == split.count():
            split.setSizes(sizes)


def scroll_to(window: QWidget, scrolls: list[tuple[int, int]]) -> None:
    """Scroll as before where the same lists and pages show (else leave them at the top)."""
    if not shiboken6.isValid(window):
        return
    areas = shown_areas(window)
    if len(areas) != len(scrolls):
        return
    for area, (across, down) in zip(areas, scrolls, strict=True):
        area.horizontalScrollBar().setValue(across)
        area.verticalScrollBar().setValue(down)
