"""The small window that stands in for the tray where the desktop has none."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from footholds.ui.common import icons
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


class FallbackWindow(QWidget):
    """The tray menu's actions as buttons: Tough day and Get help now first, marked, with the
    crisis lines for the person's region (named, with a way to change it) right below."""

    def __init__(
        self,
        windows: WindowManager,
        quit_app: Callable[[], None],
        sections: dict[str, MenuBuilder] | None = None,
        ctx: AppContext | None = None,
    ) -> None:
        super().__init__()
        translate = QCoreApplication.translate  # lupdate finds the literal calls below
        self.setWindowTitle("Footholds")
        self.setWindowIcon(icons.app_icon())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        note = QLabel(translate("fallback", NO_TRAY))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons: dict[str, QPushButton] = {}
        self.crisis: QWidget | None = None
        for name in menu_entries():
            if name == SEPARATOR:
                self._add_crisis_lines(layout, ctx)
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                layout.addWidget(line)
                continue
            if name.startswith("|"):
                self._add_section(layout, name[1:], (sections or {}).get(name[1:]))
                continue
            button = QPushButton(translate("menu", BY_NAME[name].label))
            button.setAccessibleDescription(
                QCoreApplication.translate(
                    "fallback", "Opens “%1” in a window of its own."
                ).replace("%1", button.text())
            )
            button.clicked.connect(lambda _=False, n=name: windows.show(n))
            if name in HELP_FIRST:
                self._mark(button, name)
            layout.addWidget(button)
            self.buttons[name] = button
        self.lock_button: QPushButton | None = None
        if ctx is not None:  # the passphrase lock, as the tray menu has it
            self._add_lock(layout, ctx)
        quit_button = QPushButton(QCoreApplication.translate("menu", "Quit"))
        quit_button.setAccessibleDescription(
            QCoreApplication.translate(
                "fallback", "Closes Footholds; reminders stop until you start it again."
            )
        )
        quit_button.clicked.connect(quit_app)
        layout.addWidget(quit_button)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        # Wide enough to read the note, and tall enough for all of it once wrapped.
        self.resize(380, self.heightForWidth(380))

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
        layout.addWidget(button)
        self.lock_button = button

    def _mark(self, button: QPushButton, name: str) -> None:
        """The same mark and bold words as in the tray menu."""
        mark = icons.mark(name)
        if mark is not None:
            button.setIcon(mark)
            button.setIconSize(QSize(16, 16))
        font = QFont(button.font())
        font.setBold(True)
        button.setFont(font)

    def _add_crisis_lines(self, layout: QVBoxLayout, ctx: AppContext | None) -> None:
        """The region's lines, short, under the two ways to help."""
        if ctx is None or self.crisis is not None:
            return
        from footholds.ui.help.crisis_lines import CrisisLines

        self.crisis = CrisisLines(ctx, compact=True)
        layout.addWidget(self.crisis)

    def _add_section(self, layout: QVBoxLayout, name: str, builder: MenuBuilder | None) -> None:
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
            button = QPushButton(action.text())
            button.setAccessibleDescription(
                QCoreApplication.translate(
                    "fallback", "Opens a short menu of choices for %1."
                ).replace("%1", action.text().replace("&", ""))
            )
            button.setMenu(submenu)
            layout.addWidget(button)
            self.buttons[name] = button
        self._holders = [*getattr(self, "_holders", []), holder]  # keeps the menus alive
