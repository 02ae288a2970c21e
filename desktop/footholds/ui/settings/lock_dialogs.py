"""The lock's two dialogs in Settings: the passphrase fields with what went wrong, and the
recovery key shown once (with Copy and Print). ui/settings/lock_settings.py opens them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from footholds.ui.common import buttons
from footholds.ui.common.calm import fit_to_words, heading, wrapped
from footholds.ui.common.feedback import Feedback, StatusLine
from footholds.ui.common.last_folder import last_folder, remember

if TYPE_CHECKING:
    from footholds.core.settings import Settings


@dataclass(frozen=True)
class Wrong:
    """What to say, and which field (by place) is at fault: it takes the focus with what was
    typed in it selected, so typing replaces it, as in Unlock. `empty`, the fields (by place)
    emptied: two new passphrases that differ keep the first, selected, and empty its repeat,
    since either may hold the typo and the words ask for both again."""

    words: str
    at: int = 0
    empty: tuple[int, ...] = ()


# the typed values; "" when done, else what to say (about the first field), or a Wrong
Act = Callable[[list[str]], "str | Wrong"]


class PassphraseDialog(QDialog):
    """A few password fields, a line for what went wrong, Cancel and one action. The action
    runs with the values; while it says what is wrong the dialog stays, every word typed
    kept, and the field at fault (the first, unless the answer is a `Wrong` naming another)
    has the focus with its words selected, as Unlock does: typing replaces them.

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

    def done(self, result: int) -> None:
        """Whatever the outcome (done, Cancel, Esc), no passphrase stays in a field once the
        dialog closes: the fields empty before it goes."""
        for field in self.fields:
            field.clear()
        super().done(result)

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
            wrong = problem if isinstance(problem, Wrong) else Wrong(problem)
            self.wrong.say(wrong.words)
            for place in wrong.empty:
                self.fields[place].clear()
            # kept and selected: the person sees there is something to replace
            field = self.fields[wrong.at]
            field.setFocus()
            field.selectAll()
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
    """The recovery key, shown this once, with what it is for and what losing it means.
    `renewed`: a new key replacing the one the person had, which says the old one stopped.

    Esc and the window's close button ask first whether the key is kept: a stray key press
    must not lose the only sight of it. The question takes the place of the buttons under
    the key, in this dialog: a message box on top of it sat over the letters, so the person
    could not check them while answering. Closing it from the code (the app quitting, a
    test) does not ask."""

    def __init__(
        self,
        parent: QWidget,
        recovery: str,
        *,
        renewed: bool = False,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings  # the folder last used, for Print to File
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setMinimumWidth(480)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 18)
        column.setSpacing(10)
        column.addWidget(heading(self.tr("Your recovery key"), 3))
        self.intro = wrapped(
            self.tr(
                "Your old recovery key no longer opens your entries; this new one does. "
                "Write these letters down, or print them, and keep them somewhere safe, "
                "away from this computer. They are shown only this once."
            )
            if renewed
            else self.tr(
                "The lock is on. Write these letters down, or print them, and keep them "
                "somewhere safe, away from this computer. They are shown only this once."
            )
        )
        column.addWidget(self.intro)
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
        # either one opens the entries: saying "without both" read as if the key alone
        # would not help the person who forgot the passphrase
        self.note = self.tr(
            "If you forget your passphrase, this key lets you choose a new one. Your "
            "passphrase or this key, either one, opens your entries. If you lose both, "
            "nobody can open them, not even Footholds."
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
        closes = self.tr("Closes this; the key is not shown again.")
        self.done_button = buttons.primary(self.tr("I have written it down"))
        self.done_button.setAccessibleDescription(closes)
        # what Print did, over the buttons, in room kept from the start (the question's,
        # in the page beside this one): the key never moves when it speaks, and a print
        # that did not happen is never left unsaid
        self.printed = Feedback(lines=2)
        self.printed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons_row = QWidget()
        over = QVBoxLayout(self.buttons_row)
        over.setContentsMargins(0, 0, 0, 0)
        over.setSpacing(8)
        over.addStretch(1)
        over.addWidget(self.printed)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.copy)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        actions.addWidget(self.done_button)
        over.addLayout(actions)

        # the question, in the buttons' place when Esc or the close button asks it
        self.question = wrapped(
            self.tr("Have you kept your recovery key? Once this closes, it is not shown again.")
        )
        self.kept_button = buttons.secondary(self.tr("I've kept it"), description=closes)
        self.stay_button = buttons.primary(self.tr("Keep it showing"))
        # a screen reader lands on the answer that stays: it says the question there
        self.stay_button.setAccessibleDescription(self.question.text())
        self.asking = QWidget()
        asking = QVBoxLayout(self.asking)
        asking.setContentsMargins(0, 0, 0, 0)
        asking.setSpacing(8)
        asking.addStretch(1)  # any room to spare above the question, not between it and its answers
        asking.addWidget(self.question)
        answers = QHBoxLayout()
        answers.addStretch(1)
        answers.addWidget(self.kept_button)
        answers.addWidget(self.stay_button)
        asking.addLayout(answers)
        # one place for both, as tall as the question: asking moves nothing above it, and
        # the key stays where the person was reading it
        self.bottom = QStackedWidget()
        # measured while hidden too: a stack asks only its shown page whether its height
        # follows its width, and the question's height was guessed for a narrower line
        for page in (self.buttons_row, self.asking):
            policy = page.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            page.setSizePolicy(policy)
            self.bottom.addWidget(page)

        column.addSpacing(8)
        column.addWidget(self.bottom)
        self._answer_with(self.done_button)  # Enter closes it, as before Copy stood first
        self.done_button.clicked.connect(self.accept)
        self.kept_button.clicked.connect(self.reject)
        self.stay_button.clicked.connect(self._on_stay_clicked)
        self.copy.clicked.connect(self._on_copy_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        # as tall as its words at its width: sized for its hint's narrower lines, it opened
        # with room to spare, which stood empty over the buttons
        width = self.minimumWidth()
        fit_to_words(self, width, self.heightForWidth(width))

    def _answer_with(self, button: QPushButton) -> None:
        """`button` the one Enter presses, with the keyboard on it."""
        for each in (self.done_button, self.kept_button, self.stay_button):
            each.setDefault(each is button)
        button.setFocus()

    def asks(self) -> bool:
        """Whether the question is up, in the buttons' place."""
        return self.bottom.currentWidget() is self.asking

    def ask(self) -> None:
        """Whether the person has kept the key, under it; staying is the default answer."""
        self.bottom.setCurrentWidget(self.asking)
        self._answer_with(self.stay_button)

    def _on_stay_clicked(self) -> None:
        self.bottom.setCurrentWidget(self.buttons_row)
        self._answer_with(self.done_button)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            if self.asks():  # asked already: Esc is its answer, "Keep it showing"
                self._on_stay_clicked()
            else:
                self.ask()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # spontaneous: the window's close button (the window manager), not the code
        if event.spontaneous():
            event.ignore()
            self.ask()
            return
        super().closeEvent(event)

    def _on_copy_clicked(self) -> None:
        buttons.copy_text(self.copy, self.key.text(), self.tr("Copied"))

    def _on_print_clicked(self) -> None:
        # the page and printer classes load only now: never at start-up, nor for a window
        # that does not print (tests/unit/test_lean_start.py)
        from footholds.render.paper import print_key

        title = self.tr("Your recovery key")
        # Print to File offers the folder last used, as every Save as does
        file = str(last_folder(self.settings) / f"{title}.pdf") if self.settings else ""
        printed = print_key(title, self.key.text(), self.note, self, file=file)
        if printed is None:
            return  # the person cancelled: nothing to say
        if printed.file is not None and self.settings is not None:
            remember(self.settings, printed.file)
        if not printed.done:
            said = self.tr(
                "Nothing was printed: the printer did not start, or those pages are not "
                "there. Copy the key, or write it down."
            )
        elif printed.file is not None:
            said = self.tr("Saved to {path}").format(path=str(printed.file))
        else:
            said = self.tr("Sent to the printer.")
        self.printed.say(said, None)  # it stays: the key is shown only this once
        self.printed.setToolTip(said)  # all of it, were a path longer than its room
