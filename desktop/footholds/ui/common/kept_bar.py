"""The strip that says words kept for an entry are still here though their entry is gone
(removed elsewhere, or an older backup restored), with one button to open them.

A window that keeps changes by entry id (the journal, the proof list) shows it while any wait
whose entry is no longer saved: kept by a gone id, no row would ever open them, and they lay
in the drafts file, kept again at every close, never in view. Its button opens them in the
window's editor, offering to keep them as a new entry.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from footholds.ui.common import buttons, tokens


def unread_line() -> str:
    """Said where kept words wait that this version cannot show (another version's): they
    are neither offered, to open blank, nor let go."""
    return QCoreApplication.translate(
        "KeptWordsBar",
        "Some words you were writing were kept by another version of Footholds and can't be "
        "shown in this one. They stay kept, not lost.",
    )


class KeptWordsBar(QFrame):
    """ "The words you were writing are still here… [Open them]": while words kept for an
    entry gone since wait (the journal, the proof list). Hidden, it takes no room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.button = buttons.secondary("")
        # only words this version cannot show wait: said, and a quiet way to let them go
        # (the window asks first), else the strip came back at every opening for good
        self.unread = False
        self.let_go = buttons.quiet("")
        self.let_go.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(tokens.S, tokens.XS, tokens.XS, tokens.XS)
        row.addWidget(self.message, 1)
        row.addWidget(self.button)
        row.addWidget(self.let_go)
        self.retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_unread(self, unread: bool) -> None:
        """Whether the strip says only that words it cannot show stay kept (`unread_line`)."""
        self.unread = unread
        self.button.setVisible(not unread)
        self.let_go.setVisible(unread)
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(
            unread_line()
            if self.unread
            else self.tr(
                "The words you were writing are still here, not saved yet: their entry is "
                "no longer in Footholds."
            )
        )
        self.setAccessibleName(self.message.text())
        buttons.say(
            self.button,
            self.tr("Open them"),
            self.tr("Open the words you were writing"),
            self.tr("Opens them in an editor, to keep them as a new entry."),
        )
        buttons.say(
            self.let_go,
            self.tr("Let them go"),
            self.tr("Let go of the words kept by another version"),
            self.tr("Asks first, then lets them go for good."),
        )


def let_go_question() -> tuple[str, str, str, str]:
    """The title, question and answers before words this version cannot show are let go."""
    return (
        QCoreApplication.translate("KeptWordsBar", "Let these words go?"),
        QCoreApplication.translate(
            "KeptWordsBar",
            "This version of Footholds can't show them. Once let go, they can't be brought "
            "back, by this version or any other.",
        ),
        QCoreApplication.translate("KeptWordsBar", "Let them go"),
        QCoreApplication.translate("KeptWordsBar", "Keep them"),
    )


def say_see(toggle: QPushButton) -> None:
    """Word the checkable toggle that shows words kept, or hides them again (the quick log's
    from another version, My medicines' for a medicine gone): "See them" or "Hide them", as it
    stands now; call it again when it is toggled and at a language change. One wording, in
    one translation context, where each strip once had its own.

    It keeps room for both words, so nothing beside it moves when it is clicked: on the
    quick log's one line, the wider "Ocultarlas" squeezed the sentence beside it onto two
    lines and the form jumped (the Spanish is now «Ver» and «Ocultar», short enough that
    room for both keeps that sentence on one line)."""
    see = QCoreApplication.translate("KeptWordsBar", "See them")
    hide = QCoreApplication.translate("KeptWordsBar", "Hide them")
    if toggle.isChecked():
        text, other = hide, see
        name = QCoreApplication.translate("KeptWordsBar", "Hide the kept words")
    else:
        text, other = see, hide
        name = QCoreApplication.translate("KeptWordsBar", "See the kept words")
    about = QCoreApplication.translate(
        "KeptWordsBar", "Shows the words as they were kept, to read or copy."
    )
    buttons.say(toggle, text, name, about)
    buttons.room_for(toggle, other)


def copied_words() -> str:
    """What a Copy them button over words kept says for a moment once they are copied."""
    return QCoreApplication.translate("KeptWordsBar", "Copied")


def say_copy(button: QPushButton, name: str) -> None:
    """Word the button that copies words kept (the quick log's from another version, My
    medicines' for a medicine gone, in its strip and in its form): "Copy them", named `name`
    (what it copies, in its caller's words), with room for "Copied" too, so nothing beside it
    moves when it says so; call it again at a language change. One wording, in one
    translation context, where each strip once had its own, as `say_see`."""
    buttons.say(
        button,
        QCoreApplication.translate("KeptWordsBar", "Copy them"),
        name,
        QCoreApplication.translate(
            "KeptWordsBar", "Puts them on the clipboard, to paste wherever you like."
        ),
    )
    buttons.room_for(button, copied_words())


def copy_kept(button: QPushButton, words: str) -> None:
    """Put `words` on the clipboard; `button` (worded by `say_copy`) says "Copied" a moment."""
    buttons.copy_text(button, words, copied_words())
