"""The lock part of Settings (issue 20): turn the passphrase lock on (the recovery key shown
once), off, lock now, change the passphrase. It calls the same core as `footholds lock ...`,
through app/lock_app.py's AppLock; the auto-lock minutes and the safety plan's choice are ordinary
settings on the same page."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from footholds.ui.common import buttons
from footholds.ui.common.calm import heading, wrapped
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.reading_order import keep_focus_among

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

MIN_LENGTH = 8  # as the command line asks (cli/lock.py)


@dataclass(frozen=True)
class Wrong:
    """What to say, and which fields (by place) to clear and type again: a wrong current
    passphrase must not empty the two new ones the person already typed."""

    words: str
    fields: tuple[int, ...]


# the typed values; "" when done, else what to say (every field cleared), or a Wrong
Act = Callable[[list[str]], "str | Wrong"]


def crypto_installed() -> bool:
    """The lock is optional: its library comes with `pip install "footholds[lock]"`."""
    from importlib.util import find_spec

    return find_spec("cryptography") is not None


class PassphraseDialog(QDialog):
    """A few password fields, a line for what went wrong, Cancel and one action. The action
    runs with the values; while it says what is wrong the dialog stays, the fields at fault
    cleared (all of them, unless the answer is a `Wrong` naming them).

    `check` (quick: lengths, the two the same) runs first; only then, `working` is said
    while the slow action (a key derived on purpose slowly) runs. The line keeps room for
    each of `could_say` and `working`, so nothing moves when it speaks; what it said goes as
    soon as the person types again."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        intro: str,
        labels: list[str],
        action: str,
        act: Act,
        *,
        check: Act | None = None,
        working: str = "",
        could_say: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self.act = act
        self.check = check
        self.working = working
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 18)
        column.setSpacing(8)
        column.addWidget(heading(title, 3))
        column.addWidget(wrapped(intro))
        column.addSpacing(6)  # the intro apart from the first field's label
        self.fields: list[QLineEdit] = []
        for text in labels:
            label = QLabel(text)
            field = QLineEdit()
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(text)
            field.setAccessibleDescription(
                self.tr("What you type stays hidden; Footholds never keeps it as you typed it.")
            )
            label.setBuddy(field)
            # no returnPressed here: a field lets Enter through to the dialog, which presses
            # its default button; both ran the action, the second time on emptied fields
            column.addWidget(label)
            column.addWidget(field)
            self.fields.append(field)
            field.textEdited.connect(self._on_typed)
        self.wrong = StatusLine([*could_say, working])
        self.wrong.setAccessibleName(self.tr("What happened"))
        column.addWidget(self.wrong)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.cancel = buttons.secondary(self.tr("Cancel"))
        self.cancel.setAutoDefault(False)
        self.cancel.setAccessibleDescription(self.tr("Closes this; nothing changes."))
        self.ok = buttons.primary(action)  # the default button: Enter in a field presses it
        self.ok.setAccessibleDescription(intro)
        actions.addWidget(self.cancel)
        actions.addWidget(self.ok)
        column.addSpacing(8)
        column.addLayout(actions)
        self.cancel.clicked.connect(self.reject)
        self.ok.clicked.connect(self.run)

    def values(self) -> list[str]:
        return [f.text() for f in self.fields]

    def _on_typed(self, _text: str) -> None:
        """Typing again: what was said about the last try no longer holds."""
        if self.wrong.text():
            self.wrong.say("")

    def run(self) -> None:
        values = self.values()
        problem = self.check(values) if self.check is not None else ""
        if not problem:
            problem = self._slowly(values)
        if problem:
            if isinstance(problem, Wrong):
                self.wrong.say(problem.words)
                again = [self.fields[n] for n in problem.fields]
            else:
                self.wrong.say(problem)
                again = self.fields
            for field in again:
                field.clear()
            again[0].setFocus()
            return
        self.accept()

    def _slowly(self, values: list[str]) -> str | Wrong:
        """The action, the busy cursor and `working` shown before it starts: painted now,
        since nothing repaints while it runs."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # scrypt, the conversion
        self.ok.setEnabled(False)
        if self.working:
            self.wrong.say(self.working)
            self.wrong.repaint()
        QApplication.processEvents()
        try:
            return self.act(values)
        finally:
            QApplication.restoreOverrideCursor()
            self.ok.setEnabled(True)
            if self.wrong.text() == self.working:
                self.wrong.say("")


class RecoveryDialog(QDialog):
    """The recovery key, shown this once, with what it is for and what losing it means."""

    def __init__(self, parent: QWidget, recovery: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setMinimumWidth(480)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 18)
        column.setSpacing(10)
        column.addWidget(heading(self.tr("Your recovery key"), 3))
        column.addWidget(
            wrapped(
                self.tr(
                    "The lock is on. Write these letters down, or print them, and keep them "
                    "somewhere safe, away from this computer. They are shown only this once."
                )
            )
        )
        self.key = QLabel(recovery)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.key.setFont(font)
        self.key.setWordWrap(True)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setContentsMargins(0, 8, 0, 8)
        column.addWidget(self.key)
        self.note = self.tr(
            "If you forget your passphrase, this key lets you choose a new one. "
            "Without both your passphrase and this key, your entries cannot be "
            "recovered by anyone, not even by Footholds."
        )
        column.addWidget(wrapped(self.note))
        # the words above offer both: the key to a password manager, or onto paper
        self.copy = buttons.quiet(
            self.tr("Copy"),
            self.tr("Copy the recovery key"),
            self.tr("Puts the key on the clipboard, to paste where you keep it safe."),
        )
        self.print_button = buttons.quiet(
            self.tr("Print…"),
            self.tr("Print the recovery key"),
            self.tr("Opens the print dialog, so you can keep the key on paper."),
        )
        buttons.room_for(self.copy, self.tr("Copied"))
        actions = QHBoxLayout()
        actions.addWidget(self.copy)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        self.done_button = buttons.primary(self.tr("I have written it down"))
        self.done_button.setDefault(True)
        self.done_button.setAccessibleDescription(
            self.tr("Closes this; the key is not shown again.")
        )
        actions.addWidget(self.done_button)
        column.addSpacing(8)
        column.addLayout(actions)
        self.done_button.setFocus()  # Enter closes it, as before Copy stood first
        self.done_button.clicked.connect(self.accept)
        self.copy.clicked.connect(self._on_copy_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)

    def _on_copy_clicked(self) -> None:
        buttons.copy_text(self.copy, self.key.text(), self.tr("Copied"))

    def _on_print_clicked(self) -> None:
        # the page and printer classes load only now: never at start-up, nor for a window
        # that does not print (tests/unit/test_lean_start.py)
        from footholds.render.paper import print_key

        print_key(self.tr("Your recovery key"), self.key.text(), self.note, self)


class LockPart(QWidget):
    """What the lock is doing now and the buttons that change it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None  # the one up now (tests reach it here)
        self.said = wrapped()
        self.said.setAccessibleName(self.tr("The lock now"))
        self.turn_on = buttons.secondary(
            self.tr("Turn the lock on…"),
            description=self.tr("Asks for a passphrase twice, encrypts your entries and backups."),
        )
        self.lock_now = buttons.secondary(
            self.tr("Lock now"),
            description=self.tr("Closes the windows with your words; quick log still saves."),
        )
        self.change = buttons.secondary(
            self.tr("Change passphrase…"),
            description=self.tr("Asks for your passphrase, then a new one twice."),
        )
        self.turn_off = buttons.secondary(
            self.tr("Turn the lock off…"),
            description=self.tr(
                "Asks for your passphrase, then keeps your entries without encryption."
            ),
        )
        self.status = wrapped(selectable=True)
        self.status.setAccessibleName(self.tr("What happened"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.said)
        row = QHBoxLayout()
        for button in (self.turn_on, self.lock_now, self.change, self.turn_off):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.status)
        self.turn_on.clicked.connect(self.ask_turn_on)
        self.lock_now.clicked.connect(self._on_lock_now_clicked)
        self.change.clicked.connect(self.ask_change)
        self.turn_off.clicked.connect(self.ask_turn_off)
        # a method, not a lambda: Qt drops the connection when this part is destroyed, while a
        # lambda on the long-lived lock kept every released Settings page's part alive
        ctx.locker.changed.connect(self._on_lock_changed)
        self.refresh()

    def _on_lock_changed(self, _locked: bool) -> None:
        self.refresh()

    def refresh(self) -> None:
        on = self.ctx.locker.enabled
        self.said.setText(
            self.tr(
                "The lock is on: everything you write is encrypted on this computer, "
                "backups too. Quick log still saves while locked."
            )
            if on
            else self.tr(
                "With the lock on, everything you write is kept encrypted on this computer, "
                "backups too, and opens only with your passphrase. Get help now and the "
                "crisis lines never need it."
            )
        )
        self.turn_on.setVisible(not on)
        if not on and not crypto_installed():
            self.turn_on.setEnabled(False)
            self.status.setText(
                self.tr(
                    "The lock needs one more part installed first: "
                    'pip install "footholds[lock]". Then restart Footholds.'
                )
            )
        for button in (self.lock_now, self.change, self.turn_off):
            button.setVisible(on)
        # the button just used hides (Turn off, Turn on): its counterpart takes the focus
        keep_focus_among(self, self.turn_on, self.lock_now, self.change, self.turn_off)

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    # -- turning on ------------------------------------------------------------------------
    def ask_turn_on(self) -> QDialog:
        intro = self.tr(
            "Choose a passphrase of at least 8 characters; a few words you will remember "
            "work well. Next you get a recovery key to write down."
        )
        labels = [self.tr("Passphrase"), self.tr("The same passphrase again")]
        return self._show(
            PassphraseDialog(
                self,
                self.tr("Turn the lock on"),
                intro,
                labels,
                self.tr("Turn on"),
                self._on,
                check=self._check_on,
                working=self.tr("Setting up the lock…"),
                could_say=[
                    self.tr("Please choose a passphrase of at least 8 characters."),
                    self.tr("The two passphrases differ. Please type them again."),
                ],
            )
        )

    def _check_on(self, values: list[str]) -> str:
        chosen, again = values
        if len(chosen) < MIN_LENGTH:
            return self.tr("Please choose a passphrase of at least 8 characters.")
        if chosen != again:
            return self.tr("The two passphrases differ. Please type them again.")
        return ""

    def _on(self, values: list[str]) -> str:
        problem = self._check_on(values)
        if problem:
            return problem
        chosen = values[0]
        try:
            recovery = self.ctx.locker.enable(chosen)
        except OSError as exc:
            return self.tr(
                "The lock could not be turned on: {reason}. Nothing was changed."
            ).format(reason=str(exc.strerror or exc))
        # the line above the buttons now says "The lock is on: ...": said once, not twice
        self.status.clear()
        # after this dialog closes: the key, once
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self, lambda: self._show(RecoveryDialog(self, recovery)))
        return ""

    # -- passphrase, locking, turning off --------------------------------------------------
    def ask_change(self) -> QDialog:
        labels = [
            self.tr("Your passphrase now"),
            self.tr("New passphrase"),
            self.tr("The same new passphrase again"),
        ]
        intro = self.tr("Your recovery key stays the same.")
        return self._show(
            PassphraseDialog(
                self,
                self.tr("Change passphrase"),
                intro,
                labels,
                self.tr("Change"),
                self._change,
                check=self._check_change,
                working=self.tr("Changing the passphrase…"),
                could_say=[
                    self.tr("Please choose a passphrase of at least 8 characters."),
                    self.tr("The two new passphrases differ. Please type them again."),
                    self.tr("That is not your passphrase now. Nothing was changed."),
                ],
            )
        )

    def _check_change(self, values: list[str]) -> str | Wrong:
        _current, chosen, again = values
        new = (1, 2)  # the passphrase now was not the trouble: it stays typed
        if len(chosen) < MIN_LENGTH:
            return Wrong(self.tr("Please choose a passphrase of at least 8 characters."), new)
        if chosen != again:
            return Wrong(self.tr("The two new passphrases differ. Please type them again."), new)
        return ""

    def _change(self, values: list[str]) -> str | Wrong:
        from footholds.core.lock.keys import WrongKey

        problem = self._check_change(values)
        if problem:
            return problem
        current, chosen, _again = values
        try:
            self.ctx.locker.change_passphrase(current, chosen)
        except WrongKey:  # only the passphrase now is typed again: the new two were fine
            return Wrong(self.tr("That is not your passphrase now. Nothing was changed."), (0,))
        except OSError as exc:
            return self.tr("The new passphrase could not be saved: {reason}").format(
                reason=str(exc.strerror or exc)
            )
        self.status.setText(self.tr("Your passphrase is changed."))
        return ""

    def _on_lock_now_clicked(self) -> None:
        try:
            self.ctx.locker.lock_now()  # closes this window too: it shows your lists
        except OSError as exc:
            self.status.setText(str(exc.strerror or exc))

    def ask_turn_off(self) -> QDialog:
        intro = self.tr(
            "Your entries and backups will be kept without encryption on this computer "
            "again. Type your passphrase to turn the lock off."
        )
        return self._show(
            PassphraseDialog(
                self,
                self.tr("Turn the lock off"),
                intro,
                [self.tr("Passphrase")],
                self.tr("Turn off"),
                self._off,
                working=self.tr("Turning the lock off…"),
                could_say=[
                    self.tr("That passphrase does not open your entries. Nothing was changed.")
                ],
            )
        )

    def _off(self, values: list[str]) -> str:
        from footholds.core.lock.keys import WrongKey

        try:
            self.ctx.locker.disable(values[0])
        except WrongKey:
            return self.tr("That passphrase does not open your entries. Nothing was changed.")
        except OSError as exc:
            return self.tr("The lock could not be turned off: {reason}").format(
                reason=str(exc.strerror or exc)
            )
        self.status.setText(self.tr("The lock is off. Your entries are kept without encryption."))
        return ""
