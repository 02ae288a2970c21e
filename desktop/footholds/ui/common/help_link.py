"""The small "Get help now" link, always visible at the foot of every window but the help
windows themselves (tests/gui/test_help_link_everywhere.py lists those and why)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from footholds.ui.common import icons
from footholds.ui.common.buttons import Button, say
from footholds.ui.common.calm import wrapped

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


def as_link(button: QPushButton) -> None:
    """A quiet button that reads as a link: flat, in the theme's link colour, a hand cursor."""
    button.setFlat(True)
    button.setAutoDefault(False)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    # the link colour comes from the application style sheet (the "link" button role), so it
    # follows a live light/dark switch; a palette copied here kept the old theme's colour
    button.setProperty("role", "link")


class HelpLink(QWidget):
    """A quiet button with the help mark that opens Get help now; `standing` puts a line of
    words before it (the thought log's)."""

    def __init__(self, ctx: AppContext, standing: str = "") -> None:
        super().__init__()
        self.ctx = ctx
        self.button = Button()
        as_link(self.button)
        self.retranslate()
        mark = icons.mark("help-now")
        if mark is not None:
            self.button.setIcon(mark)
            self.button.setIconSize(QSize(16, 16))
        self.words = wrapped(standing) if standing else None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        if self.words is not None:
            row.addWidget(self.words, 1)
        else:
            row.addStretch(1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(ctx.windows.available("help-now"))
        self.button.clicked.connect(self._on_button_clicked)

    def retranslate(self) -> None:
        """The button's words in the current language; a window kept alive (the quick log)
        follows a language switch. The standing words are the window's own to reword."""
        say(
            self.button,
            self.tr("&Get help now"),  # Alt+G from anywhere in the window; Spanish Alt+Y
            self.tr("Open Get help now"),
            self.tr("Crisis lines, your own numbers and your safety plan, in their own window."),
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _on_button_clicked(self) -> None:
        self.ctx.windows.show("help-now")
