"""The passphrase asked for while the app runs locked (issue 20): after Lock now, or from a
locked start, when something needs the entries (app/lock_app.py AppLock.ask). Crisis help
never waits on it: "Get help now" opens the app's own window, which needs nothing the lock
keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from footholds import APP_NAME
from footholds.ui.common import buttons, icons
from footholds.ui.common.calm import heading, wrapped
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.help_link import as_link

if TYPE_CHECKING:
    from footholds.core.lock.keys import Header, Keys
    from footholds.core.settings import Settings


MIN_LENGTH = 8  # as the command line asks (lock_command.MIN_LENGTH)


def recovery_wrong() -> str:
    """A recovery key that opens nothing. Spaces, dashes and capitals are true to say: the key
    is read by its letters and digits alone (core/lock/keys.py recovery_bytes)."""
    return QCoreApplication.translate(
        "UnlockDialog",
        "That recovery key does not match. Spaces, dashes and capitals do not matter; please "
        "check each letter and try again.",
    )


def differ_words() -> str:
    """The new passphrase and its repeat differ: either may hold the typo, so both are typed
    again, the first selected (typing replaces it) and the repeat emptied."""
    return QCoreApplication.translate(
        "UnlockDialog",
        "The two passphrases differ. Please type your new passphrase again in both fields.",
    )


def opening_words() -> str:
    """Said in the refusal's room while a passphrase or key is checked (about a second, on
    purpose): the last try's refusal no longer stands over the new one."""
    return QCoreApplication.translate("UnlockDialog", "Opening your entries…")


def saving_words() -> str:
    """Said in the same room while the new passphrase chosen after the recovery key is kept."""
    return QCoreApplication.translate("UnlockDialog", "Keeping your new passphrase…")


class UnlockDialog(QDialog):
    """Passphrase (or recovery key), Unlock, Not now. `keys` holds the opened keys once
    accepted; a wrong one is said in place, what was typed kept to mend, and the person tries
    again. "Not now", Esc and the window's close button end it without keys: the entries stay
    locked. With `header_file`, a recovery key that opens the entries leads on to choosing a
    new passphrase, saved in that file (the passphrase was forgotten); ended there without one,
    the entries the key opened stay open (`keys`), and the passphrase stays as it was."""

    def __init__(
        self,
        header: Header,
        settings: Settings,
        *,
        open_help: Callable[[], object],
        header_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.header = header
        # Get help now is the app's own window (the person's numbers, the safety plan, people)
        self.open_help = open_help
        self.settings = settings
        self.header_file = header_file
        self.keys: Keys | None = None
        self.by_recovery = False
        self.recovered: Keys | None = None  # opened by the recovery key, before a new passphrase
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icons.app_icon())  # as the app's, whatever the window manager guesses
        self.setMinimumWidth(420)
        self.title = heading(self.tr("Your entries are locked"), 3)
        self.said = wrapped(self.tr("Type your passphrase to open them."))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setAccessibleDescription(
            self.tr("What you type opens your entries on this computer.")
        )
        # shown only with the second field, to choose a new passphrase: then the line above
        # speaks of the recovery key, and the two fields need names apart
        self.field_label = QLabel(self.tr("Passphrase"))
        self.field_label.setBuddy(self.field)
        self.field_label.hide()
        # the wrong-passphrase line keeps room for the longest thing it may say, at the
        # dialog's width and in its language: nothing below moves and no line is cut
        self.wrong = StatusLine(
            (
                self.tr("That passphrase does not open your entries. Please try again."),
                recovery_wrong(),
                self.tr("Please choose a passphrase of at least 8 characters."),
                self.tr("Please choose a passphrase with words in it, not only spaces."),
                differ_words(),
                opening_words(),
                saving_words(),
            )
        )
        self.wrong.setAccessibleName(self.tr("What happened"))
        # a second field, shown only to choose a new passphrase after the recovery key
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("The same passphrase again"))
        self.again.setAccessibleDescription(
            self.tr("Type the new passphrase once more, to be sure it is the one you meant.")
        )
        self.again.hide()
        self.again_label = QLabel(self.tr("The same passphrase again"))
        self.again_label.setBuddy(self.again)
        self.again_label.hide()
        self.switch = buttons.link(self.tr("Forgot it? Use the recovery key"))
        as_link(self.switch)
        self.switch.setAccessibleDescription(
            self.tr("Switches between your passphrase and the recovery key you wrote down.")
        )
        self.help_link = buttons.link(self.tr("Get help now"))
        as_link(self.help_link)
        self.help_link.setAccessibleDescription(
            self.tr("Shows the crisis lines; they need no passphrase.")
        )
        self.unlock = buttons.primary(self.tr("Unlock"))  # the default button
        self.unlock.setAccessibleDescription(
            self.tr("Opens your entries until Footholds locks again or closes.")
        )
        self.quit = buttons.secondary(self.tr("Not now"))
        self.quit.setAutoDefault(False)
        self.quit.setAccessibleDescription(
            self.tr("Closes this; your entries stay locked. Quick log still saves.")
        )

        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 18)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.said)
        column.addWidget(self.field_label)
        column.addWidget(self.field)
        column.addWidget(self.again_label)
        column.addWidget(self.again)
        column.addWidget(self.wrong)
        links = QHBoxLayout()
        links.addWidget(self.switch)
        links.addStretch(1)
        links.addWidget(self.help_link)
        column.addLayout(links)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.quit)
        actions.addWidget(self.unlock)
        column.addSpacing(8)
        column.addLayout(actions)

        # Enter in a field reaches the dialog, which presses Unlock, its default button; a
        # returnPressed connection as well ran it twice, and the Enter that opened with the
        # recovery key then pressed "Save passphrase" on the page it opened
        self.unlock.clicked.connect(self.try_unlock)
        self.quit.clicked.connect(self.quit_now)
        self.switch.clicked.connect(self.toggle_recovery)
        self.help_link.clicked.connect(self.show_help)
        # typing anew after a refusal: it was about the last try, not this one, and it goes
        # (in its room, kept: nothing below moves)
        self.field.textEdited.connect(self._on_typed)
        self.again.textEdited.connect(self._on_typed)
        self.field.setFocus()

    def _on_typed(self, _text: str) -> None:
        self.wrong.say("")

    def _checking(self, words: str) -> None:
        """A new try has started: its calm words replace the last one's refusal, shown now,
        before the key derivation holds the dialog still."""
        self.wrong.say(words)
        self.wrong.repaint()

    def quit_now(self) -> None:
        """The Not now button: the dialog ends as Esc does."""
        self.reject()

    def reject(self) -> None:
        """Not now, Esc or the close button: without keys, the entries stay locked; after the
        recovery key opened them, with its keys, so they stay open and what asked for them
        goes on. The 32-letter key was typed right once: it must not be asked again now."""
        if self.recovered is not None:
            self.keys = self.recovered
        super().reject()

    def done(self, result: int) -> None:
        """However it ends (opened, Not now, put away from elsewhere), what was typed goes
        with it: no passphrase or key stays in a field of a closed dialog."""
        self.field.clear()
        self.again.clear()
        super().done(result)

    def toggle_recovery(self) -> None:
        self.by_recovery = not self.by_recovery
        self.field.clear()
        self.wrong.say("")
        if self.by_recovery:
            self.said.setText(self.tr("Type the recovery key you wrote down or saved."))
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.field.setAccessibleName(self.tr("Recovery key"))
            self.switch.setText(self.tr("Use the passphrase instead"))
        else:
            self.said.setText(self.tr("Type your passphrase to open them."))
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.switch.setText(self.tr("Forgot it? Use the recovery key"))
        self.field.setFocus()

    def ask_new_passphrase(self, keys: Keys) -> None:
        """The recovery key opened the entries: now a new passphrase, typed twice."""
        self.recovered = keys
        self.title.setText(self.tr("Choose a new passphrase"))
        # the entries are open whichever button is pressed now (reject() keeps the keys):
        # what this page asks is only the new passphrase, and its button saves that
        self.said.setText(
            self.tr(
                "Your recovery key worked and your entries are open. Choose a new passphrase "
                "of at least 8 characters for next time; your recovery key stays the same. "
                "Not now keeps your old passphrase: next time, it or the recovery key opens "
                "them."
            )
        )
        self.quit.setAccessibleDescription(
            self.tr("Closes this; your entries stay open and your passphrase stays as it was.")
        )
        self.field.clear()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("New passphrase"))
        self.field_label.show()
        self.again_label.show()
        self.again.show()
        self.switch.hide()
        self.wrong.say("")
        self.unlock.setText(self.tr("Save passphrase"))
        self.unlock.setAccessibleDescription(
            self.tr("Keeps the new passphrase for next time; your entries are open already.")
        )
        self.field.setFocus()
        # the longer words and the second field need room: grow to fit, never clip. The
        # height the words take at the dialog's own width: the size hint wraps them wider,
        # and in Spanish they were cut
        column = self.layout()
        height = self.sizeHint().height()
        if column is not None:
            column.activate()
            height = max(self.sizeHint().height(), column.totalHeightForWidth(self.width()))
        self.resize(self.width(), height)

    def _mend(self, field: QLineEdit, words: str) -> None:
        """What is wrong, said; the field at fault has the focus, its words kept and selected
        (as the passphrase that opened nothing, and Settings' passphrase dialogs)."""
        field.setFocus()
        field.selectAll()
        self.wrong.say(words)

    def save_new_passphrase(self) -> None:
        chosen = self.field.text()
        if len(chosen) < MIN_LENGTH:
            self._mend(self.field, self.tr("Please choose a passphrase of at least 8 characters."))
            return
        if not chosen.strip():  # eight spaces are as easy to guess as none
            words = self.tr("Please choose a passphrase with words in it, not only spaces.")
            self._mend(self.field, words)
            return
        if self.again.text() != chosen:  # either may hold the typo: both typed again
            self.again.clear()
            self._mend(self.field, differ_words())
            return
        assert self.recovered is not None and self.header_file is not None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key derivation
        self._checking(saving_words())
        QApplication.processEvents()
        try:
            self.header.with_passphrase(self.recovered, chosen).save(self.header_file)
        except OSError as exc:
            self.wrong.say(
                self.tr("The new passphrase could not be saved: {reason}").format(
                    reason=str(exc.strerror or exc)
                )
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.keys = self.recovered
        self.accept()

    def try_unlock(self) -> None:
        from footholds.core.lock.keys import WrongKey

        if self.recovered is not None:
            self.save_new_passphrase()
            return
        text = self.field.text()
        if not text:
            return
        # the key derivation takes about half a second on purpose: say it is working
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.unlock.setEnabled(False)
        self._checking(opening_words())
        QApplication.processEvents()
        try:
            opened = self.header.recover(text) if self.by_recovery else self.header.open(text)
        except (WrongKey, ValueError):
            # what was typed stays: one letter wrong in a 32-letter key is one letter to mend,
            # not the whole key to type again, so the cursor waits at its end. The passphrase,
            # hidden as it is typed, stays too, selected: typing it anew replaces it as a
            # cleared field would, and the same words say what happened either way
            self.field.setFocus()
            if self.by_recovery:
                self.field.deselect()
                self.field.end(False)
            else:
                self.field.selectAll()
            self.wrong.say(
                recovery_wrong()
                if self.by_recovery
                else self.tr("That passphrase does not open your entries. Please try again.")
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.unlock.setEnabled(True)
        if self.by_recovery and self.header_file is not None:
            self.ask_new_passphrase(opened)
            return
        self.keys = opened
        self.accept()

    def show_help(self) -> None:
        # back here, the keyboard is in the field again, not on the link: the passphrase
        # typed after closing help went nowhere, and Enter opened help once more
        self.field.setFocus()
        self.open_help()
