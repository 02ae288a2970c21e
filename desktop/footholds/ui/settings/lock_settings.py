"""The lock part of Settings (issue 20): turn the passphrase lock on (the recovery key shown
once), off, lock now, change the passphrase, make a new recovery key. It calls the same core
as `footholds lock ...`, through app/lock_app.py's AppLock; the auto-lock minutes and the
safety plan's choice are ordinary settings on the same page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QVBoxLayout,
    QWidget,
)

from footholds.ui.common import buttons, tokens
from footholds.ui.common.calm import wrapped
from footholds.ui.common.flow_layout import FlowLayout
from footholds.ui.common.reading_order import keep_focus_among
from footholds.ui.settings.lock_dialogs import PassphraseDialog, RecoveryDialog, Wrong

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

MIN_LENGTH = 8  # as the command line asks (cli/lock.py)


def crypto_installed() -> bool:
    """The lock is optional: its library comes with `pip install "footholds[lock]"`."""
    from importlib.util import find_spec

    return find_spec("cryptography") is not None


class LockPart(QWidget):
    """What the lock is doing now and the buttons that change it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None  # the last one shown (tests reach it here)
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
        self.new_key = buttons.secondary(
            self.tr("Make a new recovery key…"),
            description=self.tr(
                "Asks for your passphrase, then shows a new key; the one you have stops working."
            ),
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
        # the buttons go on to a second line when they do not fit side by side (four of them
        # in Spanish), rather than pushing the page past the window's edge to scroll sideways
        self.row = QWidget()
        row = FlowLayout(self.row, spacing=tokens.XS)
        for button in (self.turn_on, self.lock_now, self.change, self.new_key, self.turn_off):
            row.addWidget(button)
        column.addWidget(self.row)
        column.addWidget(self.status)
        self.turn_on.clicked.connect(self.ask_turn_on)
        self.lock_now.clicked.connect(self._on_lock_now_clicked)
        self.change.clicked.connect(self.ask_change)
        self.new_key.clicked.connect(self.ask_new_key)
        self.turn_off.clicked.connect(self.ask_turn_off)
        # a method, not a lambda: Qt drops the connection when this part is destroyed, while a
        # lambda on the long-lived lock kept every released Settings page's part alive
        ctx.locker.changed.connect(self._on_lock_changed)
        self.refresh()

    def _on_lock_changed(self, _locked: bool) -> None:
        self.refresh()

    def refresh(self) -> None:
        on = self.ctx.locker.enabled
        # not "everything": the safety plan, people, numbers and session times may stay
        # readable (lock.safety_plan's help, below, says which), and this must not promise more
        self.said.setText(
            self.tr(
                "The lock is on. What you write is encrypted on this computer and in "
                "your backups. The choice below decides if your safety plan, numbers and "
                "people stay readable. Quick log still saves while locked."
            )
            if on
            else self.tr(
                "The lock is off. With it on, what you write is encrypted on this computer "
                "and in your backups, and opens only with your passphrase. Get help now and "
                "the crisis lines never need the passphrase."
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
        for button in (self.lock_now, self.change, self.new_key, self.turn_off):
            button.setVisible(on)
        # the button just used hides (Turn off, Turn on): its counterpart takes the focus
        keep_focus_among(
            self, self.turn_on, self.lock_now, self.change, self.new_key, self.turn_off
        )

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # once closed it goes, with what was typed or shown in it (its fields emptied as
        # it closes): the next one opens fresh, and no passphrase or key waits in a closed
        # dialog under this page. self.dialog is not set to None then: its wrapper dropped
        # while Qt deleted the dialog, PySide crashed
        dialog.finished.connect(dialog.deleteLater)
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
                    self.tr("Please choose a passphrase with words in it, not only spaces."),
                    self._differ(),
                ],
            )
        )

    def _check_on(self, values: list[str]) -> str | Wrong:
        chosen, again = values
        if len(chosen) < MIN_LENGTH:
            return self.tr("Please choose a passphrase of at least 8 characters.")
        if not chosen.strip():  # eight spaces are as easy to guess as none
            return self.tr("Please choose a passphrase with words in it, not only spaces.")
        if chosen != again:  # either may hold the typo: both again, the first selected
            return Wrong(self._differ(), 0, empty=(1,))
        return ""

    def _differ(self) -> str:
        return self.tr(
            "The two passphrases differ. Please type your passphrase again in both fields."
        )

    def _importing(self) -> str:
        """Turning the lock on or off, or a new passphrase, closes the store and writes every
        file again: never under an import another window is running (from Check-in summary)."""
        from footholds.core.import_pace import RUNNING

        if not RUNNING:
            return ""
        return self.tr(
            "Footholds is importing a file in another window just now. Please try again once "
            "the import is done; nothing was changed."
        )

    def _on(self, values: list[str]) -> str | Wrong:
        problem = self._importing() or self._check_on(values)
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

        QTimer.singleShot(0, self, lambda: self._show_key(recovery))
        return ""

    def _show_key(self, recovery: str, *, renewed: bool = False) -> QDialog:
        return self._show(
            RecoveryDialog(self, recovery, renewed=renewed, settings=self.ctx.settings)
        )

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
                    self.tr("Please choose a passphrase with words in it, not only spaces."),
                    self._new_differ(),
                    self._not_now(),
                ],
            )
        )

    def _check_change(self, values: list[str]) -> str | Wrong:
        _current, chosen, again = values
        new = 1  # the passphrase now was not the trouble: it stays as typed
        if len(chosen) < MIN_LENGTH:
            return Wrong(self.tr("Please choose a passphrase of at least 8 characters."), new)
        if not chosen.strip():
            words = self.tr("Please choose a passphrase with words in it, not only spaces.")
            return Wrong(words, new)
        if chosen != again:  # either may hold the typo: both again, the new one selected
            return Wrong(self._new_differ(), new, empty=(2,))
        return ""

    def _new_differ(self) -> str:
        return self.tr(
            "The two new passphrases differ. Please type the new one again in both of its fields."
        )

    def _not_now(self) -> str:
        return self.tr("That is not your passphrase now. Nothing was changed; please try again.")

    def _not_it(self) -> str:
        return self.tr(
            "That passphrase does not open your entries. Nothing was changed; please try again."
        )

    def _change(self, values: list[str]) -> str | Wrong:
        from footholds.core.lock.keys import WrongKey

        problem = self._importing() or self._check_change(values)
        if problem:
            return problem
        current, chosen, _again = values
        try:
            self.ctx.locker.change_passphrase(current, chosen)
        except WrongKey:  # only the passphrase now is typed again: the new two were fine
            return Wrong(self._not_now(), 0)
        except OSError as exc:
            return self.tr("The new passphrase could not be saved: {reason}").format(
                reason=str(exc.strerror or exc)
            )
        self.status.setText(self.tr("Your passphrase is changed."))
        return ""

    # -- a new recovery key --------------------------------------------------------------
    def ask_new_key(self) -> QDialog:
        intro = self.tr(
            "Type your passphrase. You then get a new recovery key to write down, and the "
            "one you have now stops working."
        )
        return self._show(
            PassphraseDialog(
                self,
                self.tr("Make a new recovery key"),
                intro,
                [self.tr("Passphrase")],
                self.tr("Make a new key"),
                self._new_key,
                working=self.tr("Making a new recovery key…"),
                could_say=[self._not_it()],
            )
        )

    def _new_key(self, values: list[str]) -> str:
        from footholds.core.lock.keys import WrongKey

        try:
            recovery = self.ctx.locker.new_recovery_key(values[0])
        except WrongKey:
            return self._not_it()
        except OSError as exc:  # the header is written whole or not at all: the old key holds
            return self.tr(
                "The new recovery key could not be saved: {reason}. Your old one still works."
            ).format(reason=str(exc.strerror or exc))
        self.status.clear()
        # in the same place as the passphrase was asked, once that dialog has closed
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self, lambda: self._show_key(recovery, renewed=True))
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
                could_say=[self._not_it()],
            )
        )

    def _off(self, values: list[str]) -> str:
        from footholds.core.lock.keys import WrongKey

        importing = self._importing()
        if importing:
            return importing
        try:
            self.ctx.locker.disable(values[0])
        except WrongKey:
            return self._not_it()
        except OSError as exc:
            return self.tr("The lock could not be turned off: {reason}").format(
                reason=str(exc.strerror or exc)
            )
        self.status.setText(self.tr("The lock is off. Your entries are kept without encryption."))
        return ""
