"""The one way windows confirm, ask, warn and inform. It lives on the context
(`ctx.prompter`), so tests hand in their own answers instead of patching module globals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from footholds.ui.common.breaks import breakable

TITLE = "Footholds"
EXCERPT = 80  # characters of a person's words quoted in a question


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """The start of a person's words, on one line, to name what a question is about: a
    whole proof or note would make the question as long as the entry."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit].rstrip() + "…"


class Prompter:
    """Modal questions and notes, in one style: the safe answer is the default."""

    def confirm(self, parent: QWidget | None, question: str, action: str) -> bool:
        """Ask once whether to remove something; `action` names the button ("Remove").
        Undo is offered afterwards, so Enter may go ahead."""
        keep = QCoreApplication.translate("UndoBar", "Keep it")
        title = QCoreApplication.translate("UndoBar", "Remove?")
        return _choose(parent, title, question, action, keep, go_is_default=True)

    def ask(self, parent: QWidget | None, title: str, text: str, action: str = "") -> bool:
        """A yes/no question with nothing to undo afterwards: No is the default, so Enter
        never overwrites anything. `action` names the yes button ("Restore this backup"),
        with Cancel beside it, where a plain Yes would not say what happens."""
        if action:
            cancel = QCoreApplication.translate("Prompter", "Cancel")
            return _choose(parent, title, text, action, cancel, go_is_default=False)
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, parent: QWidget | None, text: str) -> None:
        """Something did not work (a full disk, a folder that cannot be written)."""
        QMessageBox.warning(parent, TITLE, text)

    def try_again(self, parent: QWidget | None, text: str) -> bool:
        """Something did not work that the person may put right (free some space): Retry, the
        default, or Discard, which gives up. True for Retry. Neither Yes/No nor a named pair
        says this, and Enter must not be the answer that loses anything."""
        answer = QMessageBox.warning(
            parent,
            TITLE,
            text,
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Retry,
        )
        return answer == QMessageBox.StandardButton.Retry

    def inform(self, parent: QWidget | None, text: str) -> None:
        """A plain note, such as why an entry could not be taken as it is."""
        QMessageBox.information(parent, TITLE, text)


def _choose(
    parent: QWidget | None, title: str, text: str, go: str, stay: str, *, go_is_default: bool
) -> bool:
    """A question with two named answers; Escape always stays. True when `go` was chosen."""
    box = QMessageBox(QMessageBox.Icon.Question, title, breakable(text), parent=parent)
    words = box.findChild(QLabel, "qt_msgbox_label")  # Qt's name for the box's text
    if words is not None:
        words.setAccessibleName(text)  # read as written, without the break points
    yes = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes if go_is_default else no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
