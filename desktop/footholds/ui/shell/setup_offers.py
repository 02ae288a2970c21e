"""Two one-click offers on the first-run card: put Footholds in the app menu, and start it at
login. Each says in place what happened; a place that cannot have one does not offer it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from footholds.platform.app_menu import AppMenu, choose_app_menu, launch_command
from footholds.platform.autostart import Autostart, choose_autostart
from footholds.ui.common import buttons

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

AUTOSTART = "general.autostart"
log = logging.getLogger(__name__)


class SetupOffers(QWidget):
    """ "Add to app menu" and "Start when I log in", one click each."""

    focus_leaves = Signal()  # both offers are done: the keyboard focus goes on from here

    def __init__(
        self,
        ctx: AppContext,
        app_menu: AppMenu | None = None,
        autostart: Autostart | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.app_menu = app_menu if app_menu is not None else choose_app_menu()
        self.autostart = autostart if autostart is not None else choose_autostart()
        self.add_menu = buttons.secondary(
            self.tr("Add to the app menu"),
            self.tr("Add Footholds to the app menu"),
            self.tr("Then you can start Footholds from your desktop's menu, without a terminal."),
        )
        self.add_login = buttons.secondary(
            self.tr("Start when I log in"),
            self.tr("Start Footholds when I log in"),
            self.tr("Footholds starts quietly in the tray each time you log in."),
        )
        self.said = QLabel("")
        self.said.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_menu)
        row.addWidget(self.add_login)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.said)
        self.add_menu.clicked.connect(self._on_add_menu_clicked)
        self.add_login.clicked.connect(self._on_add_login_clicked)
        self.refresh()

    def refresh(self) -> None:
        """Offer only what this place can have and is not done yet."""
        focused = self.window().focusWidget()
        self.add_menu.setVisible(self.app_menu.available)
        self.add_login.setVisible(self.autostart.available)
        self._mark(self.add_menu, self.app_menu.status(), self.tr("In the app menu"))
        self._mark(self.add_login, self.autostart.status(), self.tr("Starts when you log in"))
        self.setVisible(self.app_menu.available or self.autostart.available)
        if focused in (self.add_menu, self.add_login) and not focused.isEnabled():
            self._move_focus_on()

    def _move_focus_on(self) -> None:
        """A done offer is disabled under the keyboard: Qt would hand the focus to whatever
        comes next ("Get help now" on the first-run card), where Space would open it by
        accident. The next offer still open takes it, else whoever listens to `focus_leaves`
        ("Got it")."""
        for button in (self.add_menu, self.add_login):
            if button.isEnabled() and button.isVisibleTo(self):
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.focus_leaves.emit()

    def _mark(self, button: QPushButton, done: bool, done_text: str) -> None:
        if done:
            button.setText(done_text)
        button.setEnabled(not done)

    def _on_add_menu_clicked(self) -> None:
        try:
            self.app_menu.enable(launch_command())
        except OSError as exc:
            self._failed(exc)
            return
        self.said.setText(self.tr("Footholds is in your app menu now."))
        self.refresh()

    def _on_add_login_clicked(self) -> None:
        from footholds.platform.autostart import autostart_command

        try:
            self.autostart.enable(autostart_command())
        except OSError as exc:
            self._failed(exc)
            return
        if self.ctx.settings[AUTOSTART] is not True:  # the setting mirrors the login entry
            self.ctx.settings.set(AUTOSTART, True)
            try:
                self.ctx.settings.save()
            except OSError as exc:
                log.warning("settings not saved: %s", exc.strerror)
        self.said.setText(self.tr("Footholds will start quietly when you log in."))
        self.refresh()

    def _failed(self, exc: OSError) -> None:
        self.said.setText(
            self.tr("That did not work: {reason}").format(reason=str(exc.strerror or exc))
        )
