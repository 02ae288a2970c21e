"""The passphrase asked for at start when the lock is on (issue 20).

Shown before the store opens, so it has no AppContext: only the paths and settings. Crisis
help never waits on it: "Get help now" shows the crisis lines of the chosen region, which
need nothing the lock keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
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
    from footholds.core.paths import Paths
    from footholds.core.settings import Settings
    from footholds.ui.shell.tray import Tray
    from footholds.ui.shell.unlock_help import UnlockHelp


MIN_LENGTH = 8  # as the command line asks (lock_command.MIN_LENGTH)


def recovery_wrong() -> str:
    """A recovery key that opens nothing. Spaces, dashes and capitals are true to say: the key
    is read by its letters and digits alone (core/lock/keys.py recovery_bytes)."""
    return QCoreApplication.translate(
        "UnlockDialog",
        "That recovery key does not match. Spaces, dashes and capitals do not matter; please "
        "check each letter and try again.",
    )


class UnlockDialog(QDialog):
    """Passphrase (or recovery key), Unlock, Quit. `keys` holds the opened keys once accepted;
    a wrong one is said in place, what was typed kept to mend, and the person tries again.

    At start its second button quits the app, and only it: Esc and the window's close button
    put the prompt away while the tray icon can bring it back (`may_put_away`), for Quit
    found by a hard day's Esc must not take the reminders and the help with it. Later
    (`at_start` False, the app is running locked) the button is "Not now", as is Esc. With
    `header_file`, a recovery key that opens the entries
    leads on to choosing a new passphrase, saved in that file (the passphrase was forgotten)."""

    def __init__(
        self,
        header: Header,
        settings: Settings,
        *,
        at_start: bool = True,
        header_file: Path | None = None,
        open_help: Callable[[], object] | None = None,
        store_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.header = header
        self.store_dir = store_dir  # where a safety plan kept readable is (UnlockHelp)
        # in the running app, Get help now is the app's own window (the person's numbers, the
        # safety plan, people); at the start, before anything is open, the crisis lines alone
        self.open_help = open_help
        self.settings = settings
        self.header_file = header_file
        self.at_start = at_start
        # whether the prompt may be put away now: the tray icon shows, to bring it back
        self.may_put_away: Callable[[], bool] = lambda: False
        self.keys: Keys | None = None
        self.by_recovery = False
        self.recovered: Keys | None = None  # opened by the recovery key, before a new passphrase
        self.help: UnlockHelp | None = None
        self.setWindowTitle(APP_NAME)
        # at the start the app's own icon is not set yet: without this, a generic one
        self.setWindowIcon(icons.app_icon())
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
                self.tr("The two passphrases differ. Please type it again."),
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
        self.quit = buttons.secondary(self.tr("Quit") if at_start else self.tr("Not now"))
        self.quit.setAutoDefault(False)
        self.quit.setAccessibleDescription(
            self.tr("Closes Footholds; nothing changes.")
            if at_start
            else self.tr("Closes this; your entries stay locked. Quick log still saves.")
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
        # recovery key then pressed "Save and unlock" on the page it opened
        self.unlock.clicked.connect(self.try_unlock)
        self.quit.clicked.connect(self.quit_now)
        self.switch.clicked.connect(self.toggle_recovery)
        self.help_link.clicked.connect(self.show_help)
        self.field.setFocus()

    def quit_now(self) -> None:
        """The Quit (or Not now) button: the dialog ends without keys."""
        super().reject()

    def reject(self) -> None:
        """Esc and the window's close button (both reach here). At the start they never
        quit: the prompt goes away while the tray icon is there to bring it back, and
        otherwise stays."""
        if not self.at_start:
            super().reject()
        elif self.may_put_away():
            self.hide()

    def bring_back(self) -> None:
        """Show the prompt again, in front, ready to type into."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()

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
        self.said.setText(
            self.tr(
                "Your recovery key opened your entries. Choose a new passphrase, at least "
                "8 characters; your recovery key stays the same."
            )
        )
        self.field.clear()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("New passphrase"))
        self.field_label.show()
        self.again_label.show()
        self.again.show()
        self.switch.hide()
        self.wrong.say("")
        self.unlock.setText(self.tr("Save and unlock"))
        self.field.setFocus()
        # the longer words and the second field need room: grow to fit, never clip
        column = self.layout()
        if column is not None:
            column.activate()
        self.resize(self.width(), self.sizeHint().height())

    def save_new_passphrase(self) -> None:
        chosen = self.field.text()
        if len(chosen) < MIN_LENGTH:
            self.wrong.say(self.tr("Please choose a passphrase of at least 8 characters."))
            return
        if not chosen.strip():  # eight spaces are as easy to guess as none
            self.wrong.say(self.tr("Please choose a passphrase with words in it, not only spaces."))
            return
        if self.again.text() != chosen:
            self.again.clear()
            self.again.setFocus()
            self.wrong.say(self.tr("The two passphrases differ. Please type it again."))
            return
        assert self.recovered is not None and self.header_file is not None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key derivation
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
        if self.open_help is not None:
            self.open_help()
            return
        if self.help is None:
            # a window of its own, not this dialog's child: a child stays above its parent,
            # and the prompt, brought forward (bring_back), ended up hidden behind its help
            from footholds.ui.shell.unlock_help import UnlockHelp

            self.help = UnlockHelp(self.settings, None, self.store_dir, ask=self.bring_back)
        self.help.present()


# The start's dialog while it waits (ask_with_dialog turns the event loop for it): the command
# line reaches it through these, since the app has no context yet.
_asking: list[UnlockDialog] = []
# the window asked for (`footholds show tough-day`, a click) while the start's prompt waits:
# opened as soon as the entries are (app/build.py), so a person in a hard moment need not ask
# twice. The last one asked for only, as after Lock now (lock_app.AppLock.ask): a person who
# clicked several wanted the last, not all of them at once
wanted: list[str] = []


def show_after_unlock(name: str) -> bool:
    """Note `name` to open once the start's prompt is answered, in place of any asked for
    before it, and bring the prompt forward; False when none is up."""
    if not _asking:
        return False
    wanted[:] = [name]
    _asking[-1].bring_back()
    return True


def stop_asking() -> bool:
    """Close the start's passphrase dialog as its Quit button does (the app then stops, having
    opened nothing); False when none is up."""
    if not _asking:
        return False
    _asking[-1].quit_now()
    return True


def bring_back_asking() -> bool:
    """Show the start's passphrase prompt again (put away by Esc); False when none is up."""
    if not _asking:
        return False
    _asking[-1].bring_back()
    return True


def open_while_asking(passphrase: str) -> bool | None:
    """Unlock at the start's prompt with a passphrase given on the command line, as typing it
    there would: the prompt closes and the app goes on starting. True when it opened the
    entries, False when it does not, None when no prompt is up."""
    from footholds.core.lock.keys import WrongKey

    if not _asking:
        return None
    dialog = _asking[-1]
    try:
        keys = dialog.header.open(passphrase)
    except (WrongKey, ValueError):
        return False
    dialog.keys = keys
    dialog.accept()
    return True


def help_while_asking() -> bool:
    """Open the crisis lines from the start's prompt; False when none is up."""
    if not _asking:
        return False
    _asking[-1].show_help()
    return True


def ask_with_dialog(paths: Paths, settings: Settings, *, tray: Tray | None = None) -> Keys | None:
    """Ask for the passphrase at start; the opened keys, or None when the person quits.
    (The app's own start no longer asks first: it starts locked, app/lock_start.py
    sealed_start, and AppLock.ask asks when something needs the entries.)

    The dialog is shown without modality, and this waits in an event loop of its own that
    ends only on Unlock or Quit (or the app quitting): put away by Esc, the dialog is hidden
    while the loop keeps turning, and the tray, given a small menu of its own meanwhile
    (Get help now, Unlock…, Quit), brings it back."""
    from footholds.core.lock import header_path
    from footholds.core.lock.keys import Header
    from footholds.ui.common import i18n, theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # the context is not built yet: speak the chosen language and wear the chosen theme now
    i18n.install(app, i18n.resolve(str(settings["general.language"])))
    theme.apply(app, settings["general.theme"])
    header = Header.load(header_path(paths.data_dir))
    dialog = UnlockDialog(
        header, settings, header_file=header_path(paths.data_dir), store_dir=paths.store_dir
    )
    loop = QEventLoop()
    ended: list[int] = []
    dialog.finished.connect(ended.append)
    dialog.finished.connect(loop.quit)
    if tray is not None:
        dialog.may_put_away = tray.icon.isVisible
        tray.ask_at_start(
            unlock=dialog.bring_back,
            help=dialog.show_help,
            quit=dialog.quit_now,
            show=show_after_unlock,  # a click's window (the quick log) opens once unlocked
        )
    wanted.clear()  # what an earlier prompt was asked to open is not this one's
    _asking.append(dialog)
    try:
        dialog.bring_back()
        if not ended:  # (a test may have answered already)
            loop.exec()
    finally:
        _asking.remove(dialog)
        if dialog.keys is None:  # quit at the prompt: nothing opens
            wanted.clear()
        if tray is not None:
            tray.done_asking()
    if dialog.help is not None:
        # unlocked with its help open (through its Unlock… link, or beside the prompt): the
        # app's own Get help now takes its place, with the person's numbers, plan and people,
        # as a help window open across an unlock mid-session shows them (app.build.open_wanted)
        # (first: the window asked for opens over it, as after an unlock mid-session)
        if dialog.keys is not None and dialog.help.isVisible() and "help-now" not in wanted:
            wanted.insert(0, "help-now")
        dialog.help.close()
    dialog.hide()  # the app quitting ends the loop with the dialog still up
    return dialog.keys
