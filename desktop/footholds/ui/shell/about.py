"""About Footholds: what it is, what it is not, and where the data lives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from footholds import APP_NAME, __version__
from footholds.ui.common import buttons, icons
from footholds.ui.common.calm import fit_to_words
from footholds.ui.common.components import WindowHeader, window_margins
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.saved_file import OpenFolder

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class AboutWindow(QWidget):
    """A small, calm window; nothing in it is required reading."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("About Footholds"))
        self.setWindowIcon(icons.app_icon())
        self.setMinimumWidth(420)

        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(64, 64))
        logo.setAccessibleName(self.tr("Footholds logo"))
        version = self.tr("Version")
        # the shared header, its title where every window's is; the logo beside it
        self.header = WindowHeader(APP_NAME, f"{version} {__version__}")
        self.header.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(self.header, 1)
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)

        text = QLabel(
            self.tr(
                "A small companion for the days between therapy sessions: gentle nudges to move "
                "and rest, a place to note how you are, and your own proof that you have got "
                "through hard days before.<br><br>"
                "Footholds is self-help, not therapy, and not an emergency service. If you are "
                "in danger, call your local emergency number, or use <i>Get help now</i> in the "
                "tray menu.<br><br>"
                "Everything you write stays on this computer. Footholds makes no network "
                "connections at all."
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)

        self.folder = QLabel(
            self.tr("Your data folder:") + f"<br><code>{ctx.paths.data_dir}</code>"
        )
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = buttons.secondary(
            self.tr("Open data folder"),
            self.tr("Open the data folder"),
            self.tr("Shows the folder where everything you write is kept, in your file manager."),
        )

        # a link under the words it says more about, not beside a Close button over the help
        # link (Esc and the title bar close this window, as every other)
        self.first_run = None
        if ctx.windows.available("first-run"):
            self.first_run = buttons.link(
                self.tr("What Footholds is"),
                description=self.tr(
                    "Opens the welcome card again: what Footholds is and is not, and where help is."
                ),
            )
            self.first_run.clicked.connect(self._on_first_run_clicked)

        layout = window_margins(QVBoxLayout(self))
        layout.addLayout(head)
        layout.addWidget(text)
        if self.first_run is not None:
            layout.addWidget(self.first_run, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.folder)
        # beside it, in room kept for it, a line when no file manager opens the folder
        self.open_place = OpenFolder(self.open_folder, ctx.paths.data_dir)
        layout.addWidget(self.open_place)
        layout.addStretch(1)
        # the words above point to Get help now: it is here too, one click away
        self.help_link = HelpLink(ctx)
        layout.addWidget(self.help_link)
        width = max(self.minimumWidth(), self.sizeHint().width())
        tall = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        fit_to_words(self, width, tall, least=self.sizeHint().height())

    def _on_first_run_clicked(self) -> None:
        self.ctx.windows.show("first-run")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
