"""Words typed reach the disk within a few seconds, not only at a quit: a kill, a crash or a
power cut loses at most the last few seconds of typing. In a window that gives its words as
a draft (`draft()`, ui/common/kept_words.py), a little after the last change (or, while typing
goes on without a pause, a few seconds after the first change not yet kept), what the windows
hold unsaved is kept (app/quitting.py keep_drafts: the drafts file, crash-safe and sealed as
the store is; while locked, sealed to the lock's public key, one file for this run).

Made when the first such window shows, never at the start: the idle app has no timer and no
wake-up for it. It follows the keyboard (QApplication.focusChanged), which every field, chip
and choice a person changes has first, and listens to that control's own change from then
on; a part of a window built later (the quick log's More) is followed as it is reached.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

KEEP_AFTER_MS = 2000  # after the last change: a pause in typing, not every key
KEEP_AT_MOST_MS = 5000  # after the first change not yet kept: steady typing, still never each key
FOLLOWED = "footholds_draft_followed"  # set on a control once its changes are listened to


class DraftWatch(QObject):
    """Keeps the windows' drafts (`keep`) a little after the last change in one of them
    (`held_by` says whether a top-level window gives a draft)."""

    def __init__(self, keep: Callable[[], object], held_by: Callable[[QWidget], bool]) -> None:
        super().__init__()  # held by the window manager, until its windows close (end)
        self._keep = keep
        self._held_by = held_by
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(KEEP_AFTER_MS)
        self.timer.timeout.connect(self.keep_now)
        self.longest = QTimer(self)  # started by the first change not yet kept, never restarted
        self.longest.setSingleShot(True)
        self.longest.setInterval(KEEP_AT_MOST_MS)
        self.longest.timeout.connect(self.keep_now)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
            self.follow(app.focusWidget())

    def changed(self) -> None:
        """Something a draft holds changed: kept once the changes pause, or a few seconds
        after the first change not yet kept when they do not."""
        self.timer.start()  # restarted by each change
        if not self.longest.isActive():
            self.longest.start()

    def keep_now(self) -> None:
        """Keep now, and nothing more until the next change."""
        self.timer.stop()
        self.longest.stop()
        self._keep()

    def end(self) -> None:
        """The windows are closing (a quit, `footholds close-windows`): a keep waiting is done
        now, and nothing more is followed; the next window with a draft makes a new watch."""
        if self.timer.isActive():
            self.keep_now()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)

    def follow(self, widget: QWidget | None) -> None:
        """Listen to `widget`'s changes, when it is a control in a window that gives a draft
        (or in a dialog of one: a journal entry's editor). Once for each control."""
        if widget is None or widget.property(FOLLOWED) or not self._in_drafting(widget):
            return
        signals = changes_of(widget)
        for signal in signals:
            signal.connect(self.changed)
        if signals:
            widget.setProperty(FOLLOWED, True)

    def _in_drafting(self, widget: QWidget) -> bool:
        at: QWidget | None = widget
        while at is not None:
            if at.isWindow() and self._held_by(at):
                return True
            at = at.parentWidget()
        return False

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.follow(new)


def changes_of(widget: QWidget) -> list[SignalInstance]:
    """The signals by which a control says its words or choice changed (none for a control
    that holds nothing: a list, a label)."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return [widget.textChanged]
    if isinstance(widget, QAbstractButton):  # a chip, a choice; a button that adds or saves
        return [widget.toggled, widget.clicked]
    if isinstance(widget, QAbstractSpinBox):  # a spin box, a date or time: typed or stepped
        field = widget.findChild(QLineEdit)
        return [field.textChanged] if field is not None else []
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QAbstractSlider):
        return [widget.valueChanged]
    return []
