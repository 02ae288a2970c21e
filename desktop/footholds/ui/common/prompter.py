"""The one way windows confirm, ask, warn and inform. It lives on the context
(`ctx.prompter`), so tests hand in their own answers instead of patching module globals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, SignalInstance
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from shiboken6 import isValid

from footholds.ui.common import buttons, icons
from footholds.ui.common.breaks import breakable

if TYPE_CHECKING:
    # QMessageBox (and QDialog under it) is imported by the function that makes a box: the
    # Prompter is made at start, and most runs never ask anything
    from PySide6.QtWidgets import QAbstractButton, QMessageBox

TITLE = "Footholds"
EXCERPT = 80  # characters of a person's words quoted in a question
MARK = 32  # the note's mark, beside its words
# the answers to `try_again`
AGAIN = "again"  # try again
STAY = "stay"  # keep the app open, and what it holds in memory
QUIT = "quit"  # quit anyway, losing what could not be saved
# the answers to `ask_or_later`, with STAY
GO = "go"  # go ahead
LATER = "later"  # no answer: the box was closed (Escape, its close button, a quit)


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """The start of a person's words, on one line, to name what a question is about: a
    whole proof or note would make the question as long as the entry."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit].rstrip() + "…"


class Prompter:
    """Questions and notes, in one style: the safe answer is the default. Each waits modal
    to the window it was asked from only (modal.py): the tray, Get help now and every other
    window stay live meanwhile, and a box whose window is hidden or closed answers nothing."""

    def confirm(self, parent: QWidget | None, question: str, action: str) -> bool:
        """Ask once whether to remove something; `action` names the button ("Remove").
        Keeping is the default and has the focus, so Enter (or a tired second click on the
        same spot) keeps; the removal is a plain button until it is chosen (LOOK.md:
        destructive actions are quiet until confirmed)."""
        # one answer for every removal (an entry, a session, a medicine, a person…): a
        # translation that does not agree with one of them ("Mantenerlo" beside "la
        # entrada") reads wrong, so it names no "it" (Spanish "Mantener")
        keep = QCoreApplication.translate("UndoBar", "Keep it")
        title = QCoreApplication.translate("UndoBar", "Remove?")
        return _choose(parent, title, question, action, keep)

    def ask(
        self, parent: QWidget | None, title: str, text: str, action: str, stay: str = ""
    ) -> bool:
        """A question with nothing to undo afterwards. `action` names the button that goes
        ahead ("Restore this backup"), with `stay` beside it as the default, so Enter never
        overwrites anything (LOOK.md: verbs on buttons, never a bare Yes or OK). Unless
        named, `stay` is "Keep it", the words and translation of `confirm`'s: one wording
        for leaving things as they are, in every confirmation (a reset said "Cancel")."""
        stay = stay or QCoreApplication.translate("UndoBar", "Keep it")
        return _choose(parent, title, text, action, stay)

    def ask_or_later(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        action: str,
        stay: str,
        closes: SignalInstance | None = None,
    ) -> str:
        """`ask`, for a question that may be left for later: `stay` (the default, the accent
        and the focus: Enter) keeps safe, `action` (a plain button) goes ahead, and closing
        the box without either (Escape, its close button, a quit or logout closing every
        window, or `closes` firing) answers neither, so the caller asks again another time.
        Returns GO, STAY or LATER."""
        from PySide6.QtWidgets import QMessageBox

        box = _box(parent, title, text)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
        # Escape and closing the box press this one, never shown: no answer
        later = box.addButton("", QMessageBox.ButtonRole.RejectRole)
        later.hide()
        box.setDefaultButton(no)
        no.setFocus()
        box.setEscapeButton(later)

        # the answer as it is clicked: the box may be gone once it closes (its window
        # closed meanwhile, by a Lock now), and closing it clicks nothing
        said: list[str] = []
        yes.clicked.connect(lambda: said.append(GO))
        no.clicked.connect(lambda: said.append(STAY))

        def close(*_args: object) -> None:
            if isValid(later):
                later.click()

        if closes is not None:
            closes.connect(close)
        try:
            _show(box)
        finally:
            if closes is not None:
                closes.disconnect(close)
        return said[-1] if said else LATER

    def warn(self, parent: QWidget | None, text: str) -> None:
        """Something did not work (a full disk, a folder that cannot be written)."""
        _show(_note(parent, text), note=True)

    def try_again(
        self, parent: QWidget | None, text: str, settled: SignalInstance | None = None
    ) -> str:
        """Something did not work that the person may put right (free some space): "Try
        again", the default, "Keep Footholds open", or "Quit anyway", which gives up. Enter
        must not be the answer that loses anything, and Escape (or closing the box) keeps
        Footholds open, which loses nothing either. When `settled` fires (what could not be
        saved is saved now), the box closes as if tried again: the caller looks again.
        Returns AGAIN, STAY or QUIT."""
        again = QCoreApplication.translate("Prompter", "Try again")
        stay = QCoreApplication.translate("Prompter", "Keep Footholds open")
        anyway = QCoreApplication.translate("Prompter", "Quit anyway")
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.NoIcon, TITLE, text, parent=_over(parent))
        retry = box.addButton(again, QMessageBox.ButtonRole.AcceptRole)
        # beside Try again, the two answers that lose nothing; Quit anyway stands apart
        keep = box.addButton(stay, QMessageBox.ButtonRole.AcceptRole)
        give_up = box.addButton(anyway, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(retry)
        box.setEscapeButton(keep)
        if settled is not None:
            settled.connect(retry.click)
        try:
            chosen = _show(box, note=True)
        finally:
            if settled is not None:
                settled.disconnect(retry.click)
        if chosen is retry:
            return AGAIN
        return QUIT if chosen is give_up else STAY

    def inform(self, parent: QWidget | None, text: str) -> None:
        """A plain note, such as why an entry could not be taken as it is."""
        _show(_note(parent, text), note=True)


def _over(parent: QWidget | None) -> QWidget | None:
    """Where a box goes (modal.over): its module is loaded with the first question, not by
    the idle app, which asks none."""
    from footholds.ui.common import modal

    return modal.over(parent)


def _choose(parent: QWidget | None, title: str, text: str, go: str, stay: str) -> bool:
    """A question with two named answers; Enter and Escape both stay, and staying has the
    focus. True when `go` was chosen."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, title, text)
    yes = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    # Staying is the default, the accent and the focus, for a removal too: going ahead is
    # a deliberate click on a plain button (LOOK.md: destructive actions are quiet until
    # confirmed), and Undo still follows a removal for a few seconds
    box.setDefaultButton(no)
    no.setFocus()
    box.setEscapeButton(no)
    return _show(box) is yes


def _box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A question's box, its buttons not added yet."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.NoIcon, title, breakable(text), parent=_over(parent))
    words = box.findChild(QLabel, "qt_msgbox_label")  # Qt's name for the box's text
    if words is not None:
        words.setAccessibleName(text)  # read as written, without the break points
    return box


def _note(parent: QWidget | None, text: str) -> QMessageBox:
    """A note whose one button says the person has read it, not a bare OK."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.NoIcon, TITLE, text, parent=_over(parent))
    seen = box.addButton(
        QCoreApplication.translate("Prompter", "Got it"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(seen)
    box.setEscapeButton(seen)
    return box


def note_box(text: str, parent: QWidget | None = None) -> QMessageBox:
    """A note in the app's own look, to show without waiting on it (a notice at start)."""
    return _dress(_note(parent, text), note=True)


def _show(box: QMessageBox, *, note: bool = False) -> QAbstractButton | None:
    """Ask in the app's own look, modal to its own window only, and return the button
    chosen: None if the box was closed, or went with its window (hidden by Lock now, closed
    by a quit) before an answer."""
    from footholds.ui.common import modal

    modal.run(_dress(box, note=note))
    if not isValid(box):
        return None
    chosen = None if box.property("unanswered") else box.clickedButton()
    box.deleteLater()  # its words go with it, not kept with its window
    return chosen


def _dress(box: QMessageBox, *, note: bool = False) -> QMessageBox:
    """Qt's stock pictures (a blue "?", a yellow "!") belong to no theme of ours: a question
    needs none, since its buttons say what each answer does (as GNOME's alert dialogs do),
    and a note carries the app's own line mark, tinted for light or dark. The default
    answer, the one Enter gives, is the accent button; the others are plain ones, so what
    is highlighted is what Enter does."""
    if note:
        box.setIconPixmap(icons.ui_icon("info").pixmap(QSize(MARK, MARK)))
    default = box.defaultButton()
    for answer in box.buttons():
        if isinstance(answer, QPushButton):
            buttons.set_role(answer, "primary" if answer is default else "secondary")
    _give_letters(box)
    return box


def _give_letters(box: QMessageBox) -> None:
    """Each answer an Alt letter of its own words, as every other button in the app has:
    chosen here, from the words as shown in the language of the day, so no two answers
    share one in any language (a shared letter only moves the keyboard between them). The
    box is a window of its own, so only its answers can clash."""
    from footholds.ui.common import alt_letters  # loaded with the first question

    busy: set[str] = set()
    for answer in box.buttons():
        words = answer.text()
        if not words or alt_letters.letter(words):
            busy.add(alt_letters.letter(words))
            continue
        text = alt_letters.marked(words, busy)
        answer.setText(text)
        busy.add(alt_letters.letter(text))
