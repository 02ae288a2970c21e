"""The line under the quick log's buttons: the keys hint ("Enter saves · … · Esc closes"),
and in its place a message when there is one ("Nothing to save yet", an error), or the line
saying words of another version are kept (quick_log_kept.py) while they are: with the sleep
question on, an 800-pixel screen has no room for a line more in Spanish.

One cell for both, a body line tall, so a message of a line neither grows the window nor
moves anything (in a row of its own it did both). The window words them (quick_log.py,
retranslate) and fits itself again when a longer message needs a second line. A message may
carry one link beside it (`action`: words out of sight, "Show them"); one that goes while
the log is in use may keep its room (`clear_message(keep_room=True)`), so nothing moves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from footholds.ui.common import buttons
from footholds.ui.common.components import label, set_type


class HintOrMessage(QWidget):
    """The keys hint, or a message over it in the same room."""

    def __init__(self) -> None:
        super().__init__()
        self.status = QLabel()
        self.status.setWordWrap(True)
        # One line (it broke across lines in Spanish beside the buttons): its own full-width
        # row, in caption type, under them; a test checks Spanish fits on one line. It may
        # still wrap rather than be cut off in a much longer language.
        self.hint = label("", "caption")
        self.notice: QWidget | None = None  # the kept words' line, once there is one
        self.waiting = False  # whether it has something to say
        grid = self.grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for widget in (self.hint, self.status):
            keep = widget.sizePolicy()
            keep.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(keep)
            grid.addWidget(widget, 0, 0, Qt.AlignmentFlag.AlignTop)
        self.status.setMinimumHeight(self.status.fontMetrics().height())
        self.status.hide()
        grid.setColumnStretch(0, 1)
        self._action: QPushButton | None = None  # made when a message first needs it

    @property
    def action(self) -> QPushButton:
        """A message's one link, at its right (`show_action`): made the first time a message
        has one (most logs never do), so no nameless button waits in every quick log."""
        if self._action is None:
            self._action = link = buttons.link("")
            link.setAutoDefault(False)
            set_type(link, "caption")  # no taller than the line it stands beside
            link.setStyleSheet("padding: 0px 2px;")
            link.hide()  # hidden, its column takes no room
            self.grid.addWidget(link, 0, 1, Qt.AlignmentFlag.AlignTop)
        return self._action

    def _hide_action(self) -> None:
        if self._action is not None:
            self._action.hide()

    def carry(self, notice: QWidget) -> None:
        """`notice` in the hint's place while it is not hidden (`follow`), under messages."""
        self.notice = notice
        self.grid.addWidget(notice, 0, 0, Qt.AlignmentFlag.AlignTop)
        self.status.raise_()

    def follow(self, notice_shown: bool) -> None:
        """The notice shown, or the hint back, as it says; a message stays over either."""
        if self.notice is None:
            return
        messaging = not self.status.isHidden()
        self.notice.setVisible(notice_shown and not messaging)
        self.hint.setVisible(not notice_shown and not messaging)
        self.waiting = notice_shown

    def show_message(self, text: str) -> None:
        """`text` in the hint's place."""
        self._hide_action()  # a link belongs to the message it was shown with
        self.setMinimumHeight(0)
        self.hint.hide()
        if self.notice is not None:
            self.notice.hide()
        self.status.setText(text)
        self.status.show()

    def show_action(self) -> None:
        """The link beside the message showing (its words and doing are the window's)."""
        self.action.show()

    def clear_message(self, keep_room: bool = False) -> None:
        """The hint back, the message gone; with `keep_room`, the message's height kept until
        the next message or a plain clear, so what is above and below stays where it was."""
        self.setMinimumHeight(self.height() if keep_room and self.isVisible() else 0)
        self._hide_action()
        self.status.clear()
        self.status.hide()
        if self.notice is not None and self.waiting:
            self.notice.show()
        else:
            self.hint.show()
