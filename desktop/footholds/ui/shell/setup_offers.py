"""Two one-click offers on the first-run card: put Footholds in the app menu, and start it at
login. Each says in place what happened; a place that cannot have one does not offer it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
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
        # each button's words before and after: its width holds the wider, so a click that
        # shortens "Add to the app menu" does not slide "Start when I log in" under the pointer
        self._words = {
            self.add_menu: (self.add_menu.text(), self.tr("In the app menu")),
            self.add_login: (self.add_login.text(), self.tr("Starts when you log in")),
        }
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
        self._hold_widths()
        self.refresh()

    def refresh(self) -> None:
        """Offer only what this place can have and is not done yet."""
        focused = self.window().focusWidget()
        self.add_menu.setVisible(self.app_menu.available)
        self.add_login.setVisible(self.autostart.available)
        self._mark(self.add_menu, self.app_menu.status())
        self._mark(self.add_login, self.autostart.status())
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

    def _mark(self, button: QPushButton, done: bool) -> None:
        button.setText(self._words[button][1 if done else 0])
        button.setEnabled(not done)

    def _hold_widths(self) -> None:
        """Give each button the width of the widest of its words, as the style draws them."""
        for button, words in self._words.items():
            shown = button.text()
            widths = []
            for text in words:
                button.setText(text)
                widths.append(button.sizeHint().width())
            button.setText(shown)
            button.setMinimumWidth(max(widths))

    def changeEvent(self, event: QEvent) -> None:
        """Another font or theme measures the words again, once the buttons have it. (A new
        language builds the whole card again in it, words and widths.)"""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._hold_widths)

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
