"""The small window that stands in for the tray where the desktop has none."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from footholds.ui.common import buttons, icons
from footholds.ui.shell.registry import BY_NAME, HELP_FIRST, SEPARATOR
from footholds.ui.shell.tray import MenuBuilder, menu_entries
from footholds.ui.shell.windows import WindowManager

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

NO_TRAY = QCoreApplication.translate(
    "fallback",
    "Your desktop has no system tray right now, so Footholds lives in this small window "
    "instead. Closing it keeps Footholds running; run “footholds” again to bring it back. "
    "(On GNOME, the AppIndicator extension adds a tray.)",
)


ICON = QSize(20, 20)
ROW_HEIGHT = 36  # large, friendly targets
COLUMNS = 2  # the everyday things, in a grid


class FallbackWindow(QWidget):
    """The tray menu as a launcher, in the menu's three groups: Tough day and Get help now
    first, large and marked, with the safety plan and the crisis lines for the person's region
    (named, with a way to change it); the everyday things in a grid of quiet buttons with
    icons; then reminders, settings, about and quit in a row."""

    def __init__(
        self,
        windows: WindowManager,
        quit_app: Callable[[], None],
        sections: dict[str, MenuBuilder] | None = None,
        ctx: AppContext | None = None,
    ) -> None:
        super().__init__()
        self.windows = windows
        self._quit_app = quit_app
        self._sections = sections or {}
        self._ctx = ctx
        self.setWindowTitle("Footholds")
        self.setWindowIcon(icons.app_icon())
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self.content: QWidget | None = None
        self._holders: list[QMenu] = []
        self.buttons: dict[str, QAbstractButton] = {}
        self.crisis: QWidget | None = None
        self._renewing = False
        self._fill()
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        # Wide enough for two columns of words, and tall enough for all of it once wrapped.
        self.resize(420, self.heightForWidth(420))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on the focused button presses it, as Space does: in a window that is not a
        dialog Qt leaves Enter to nothing, and Tab, Enter is how many reach Get help now."""
        focused = self.focusWidget()
        if event.key() in buttons.ENTER and isinstance(focused, QAbstractButton):
            if isinstance(focused, QToolButton) and focused.menu() is not None:
                focused.showMenu()  # Reminders: its short menu
            else:
                focused.animateClick()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """A new language: its words are set once, so the window fills itself again (once,
        however many widgets were told), keeping its place."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not self._renewing:
            self._renewing = True
            QTimer.singleShot(0, self, self._renew)

    def _renew(self) -> None:
        self._renewing = False
        self._fill()

    def _fill(self) -> None:
        """Everything in the window, in the language in use now."""
        translate = QCoreApplication.translate  # lupdate finds the literal calls below
        old = self.content
        self.content = QWidget(self)
        self.buttons = {}
        self.crisis = None
        for holder in self._holders:
            holder.deleteLater()
        self._holders = []
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(12)
        layout.addLayout(self._header())
        layout.addSpacing(6)  # the header stands apart from what it introduces
        groups = _groups(menu_entries())
        layout.addWidget(_heading(translate("fallback", "For a hard moment")))
        help_row = QHBoxLayout()
        help_row.setSpacing(12)
        for name in groups[0]:
            if name in HELP_FIRST:
                help_row.addWidget(self._help_button(name))
        layout.addLayout(help_row)
        for name in groups[0]:
            if name not in HELP_FIRST:
                layout.addWidget(self._quiet(name))
        self._add_crisis_lines(layout, self._ctx)
        layout.addWidget(_line())
        layout.addWidget(_heading(translate("fallback", "Every day")))
        grid = QGridLayout()
        grid.setSpacing(6)
        for i, name in enumerate(groups[1]):
            grid.addWidget(self._quiet(name), i // COLUMNS, i % COLUMNS)
        layout.addLayout(grid)
        layout.addWidget(_line())
        layout.addLayout(self._last_row(groups[2], self._quit_app, self._sections))
        if self._ctx is not None:  # the passphrase lock, as the tray menu has it
            self._add_lock(layout, self._ctx)
        note = QLabel(translate("fallback", NO_TRAY))
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the soft text colour
        layout.addWidget(note)
        layout.addStretch(1)
        if old is not None:
            self._outer.replaceWidget(old, self.content)
            old.hide()
            old.deleteLater()
        else:
            self._outer.addWidget(self.content)

    def _header(self) -> QHBoxLayout:
        """The app's mark and name, and one line saying what this window is."""
        row = QHBoxLayout()
        row.setSpacing(12)
        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(36, 36))
        row.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(0)
        title = QLabel("Footholds")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        words.addWidget(title)
        line = QLabel(
            QCoreApplication.translate("fallback", "Everything Footholds offers, in one window.")
        )
        line.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        words.addWidget(line)
        row.addLayout(words, 1)
        return row

    def _describe(self, button: QAbstractButton) -> None:
        button.setAccessibleDescription(
            QCoreApplication.translate(
                "fallback", "Opens “{window}” in a window of its own."
            ).format(window=button.text())
        )

    def _help_button(self, name: str) -> QPushButton:
        """Tough day and Get help now: large, with the same mark and bold words as the tray."""
        button = QPushButton(QCoreApplication.translate("menu", BY_NAME[name].label))
        button.setMinimumHeight(ROW_HEIGHT + 6)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._describe(button)
        button.clicked.connect(lambda _=False, n=name: self.windows.show(n))
        self._mark(button, name)
        self.buttons[name] = button
        return button

    def _quiet(self, name: str) -> QToolButton:
        """A flat button with its line icon beside its words, left-aligned like a menu row."""
        button = _tool_button(QCoreApplication.translate("menu", BY_NAME[name].label), name)
        self._describe(button)
        button.clicked.connect(lambda _=False, n=name: self.windows.show(n))
        self.buttons[name] = button
        return button

    def _last_row(
        self, names: list[str], quit_app: Callable[[], None], sections: dict[str, MenuBuilder]
    ) -> QHBoxLayout:
        """Reminders (its submenu), settings and about, quiet; Quit at the end."""
        row = QHBoxLayout()
        row.setSpacing(6)
        for name in names:
            if name.startswith("|"):
                self._add_section(row, name[1:], sections.get(name[1:]))
            else:
                row.addWidget(self._quiet(name))
        row.addStretch(1)
        # quiet like the row it ends: raised, Quit was the loudest thing at the foot
        quit_button = buttons.quiet(QCoreApplication.translate("menu", "Quit"))
        quit_button.setIcon(icons.ui_icon("quit"))
        quit_button.setIconSize(ICON)
        quit_button.setMinimumHeight(ROW_HEIGHT)
        quit_button.setAccessibleDescription(
            QCoreApplication.translate(
                "fallback", "Closes Footholds; reminders stop until you start it again."
            )
        )
        quit_button.clicked.connect(quit_app)
        row.addWidget(quit_button)
        return row

    def _add_lock(self, layout: QVBoxLayout, ctx: AppContext) -> None:
        """Lock now or Unlock…, shown only while the lock is on."""
        button = QPushButton()
        button.setAccessibleDescription(
            QCoreApplication.translate(
                "fallback", "Locks or unlocks your entries; Get help now never needs it."
            )
        )
        locker = ctx.locker

        def follow(_locked: bool = False) -> None:
            if not shiboken6.isValid(button):
                return  # the window filled itself again, in a new language
            button.setVisible(locker.state != "off")
            button.setText(
                QCoreApplication.translate("menu", "Unlock…")
                if locker.state == "locked"
                else QCoreApplication.translate("menu", "Lock now")
            )

        def act() -> None:
            if locker.state == "locked":
                locker.ask()
            else:
                try:
                    locker.lock_now()
                except OSError as exc:
                    ctx.signals.notice.emit(exc.strerror or str(exc))

        button.clicked.connect(act)
        locker.changed.connect(follow)
        follow()
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def _mark(self, button: QPushButton, name: str) -> None:
        """The same mark and bold words as in the tray menu."""
        mark = icons.mark(name)
        if mark is not None:
            button.setIcon(mark)
            button.setIconSize(ICON)
        font = QFont(button.font())
        font.setBold(True)
        button.setFont(font)

    def _add_crisis_lines(self, layout: QVBoxLayout, ctx: AppContext | None) -> None:
        """The region's lines, short, under the two ways to help."""
        if ctx is None or self.crisis is not None:
            return
        from footholds.ui.help import CrisisLines

        self.crisis = CrisisLines(ctx, compact=True)
        layout.addWidget(self.crisis)

    def _add_section(self, layout: QHBoxLayout, name: str, builder: MenuBuilder | None) -> None:
        """A tray-menu section (Reminders: remind now, pause, resume) as a button with the
        same submenu, built by the same code as the tray's."""
        if builder is None:
            return
        holder = QMenu(self)
        builder(holder)
        for action in holder.actions():
            submenu = action.menu()
            if not isinstance(submenu, QMenu):
                continue
            button = _tool_button(action.text(), name)
            button.setAccessibleDescription(
                QCoreApplication.translate(
                    "fallback", "Opens a short menu of choices for {menu}."
                ).format(menu=action.text().replace("&", ""))
            )
            button.setMenu(submenu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            layout.addWidget(button)
            self.buttons[name] = button
        self._holders.append(holder)  # keeps the menus alive


def _groups(entries: list[str]) -> list[list[str]]:
    """The menu's entries split at its lines: help, everyday, then the app's own."""
    groups: list[list[str]] = [[]]
    for name in entries:
        if name == SEPARATOR:
            groups.append([])
        else:
            groups[-1].append(name)
    return [*groups, [], []][:3]


def _tool_button(text: str, icon: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setIcon(icons.ui_icon(icon))
    button.setIconSize(ICON)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)  # flat until pointed at: quiet beside the two ways to help
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setMinimumHeight(ROW_HEIGHT)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setForegroundRole(QPalette.ColorRole.Mid)
    return line
