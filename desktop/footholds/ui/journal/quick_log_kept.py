"""The quick log's line for kept words it cannot show: a draft's fields from another version
of Footholds (or of a kind this one cannot read) stay kept in the drafts file under
quick_log_drafts.UNREAD, never let go without the person. Said once as the draft came back,
they then lay there unseen for good; this line says they are still kept whenever the quick
log opens, shows them as they were kept (to read or copy), and lets them go once the person
says so, asked first.

Built only the first time such words wait (most people never have any): the quick log opens
as fast and as tall as before without them (quick_log.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from footholds.ui.common import buttons, kept_bar, kept_words, tokens
from footholds.ui.common.alt_letters import free_letter
from footholds.ui.common.components import label, set_type
from footholds.ui.journal import quick_log_drafts

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class UnreadKept(QWidget):
    """ "Words from another version are kept. See them · Let them go" on one line, in the keys
    hint's place (quick_log_hint.py); what that means, the words themselves and "Copy them"
    under it once asked for. `resized` when it grows or goes, for the window to fit itself
    again."""

    resized = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # One quiet line, its actions as links beside it: as three lines and a row of
        # buttons it pushed "More" below the fold of an 800-pixel screen on a morning with
        # the sleep question (tests/gui/test_sleep_question_fold.py). What it means in full
        # is said with the words, once the person asks to see them.
        self.line = label("", "caption")
        self.line.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.see = buttons.link("")
        self.see.setCheckable(True)
        self.let_go = buttons.link("")
        self.about = label("", "caption")
        self.words = label("", "caption", selectable=True)
        self.copy = buttons.link("")
        self.seen = QWidget()
        self.seen.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(tokens.XS)
        row.addWidget(self.line, 1)
        row.addWidget(self.see)
        row.addWidget(self.let_go)
        shown = QVBoxLayout(self.seen)
        shown.setContentsMargins(0, 0, 0, 0)
        shown.setSpacing(tokens.XS)
        shown.addWidget(self.about)
        shown.addWidget(self.words)
        shown.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(tokens.XS)
        layout.addLayout(row)
        layout.addWidget(self.seen)
        for button in (self.see, self.let_go, self.copy):
            button.setAutoDefault(False)
        for button in (self.see, self.let_go):
            # small links in the line's own type, no taller than the keys hint they stand
            # in for by more than their focus ring
            set_type(button, "caption")
            button.setStyleSheet("padding: 0px 2px;")
        self.see.toggled.connect(self._on_see_toggled)
        self.copy.clicked.connect(self._on_copy_clicked)
        self.let_go.clicked.connect(self._on_let_go_clicked)
        self.retranslate()
        self.hide()

    def focusable(self) -> list[QWidget]:
        """Its buttons, in the order they read, for the window's tab order."""
        return [self.see, self.let_go, self.copy]

    def follow(self) -> bool:
        """Shown while words it cannot show are kept, and the entries open (while locked the
        quick log shows nothing written); hidden, folded, otherwise. Whether it shows."""
        locker = self.ctx.locker
        found = [] if locker.locked else quick_log_drafts.unread(self.ctx.windows.drafts)
        if not found:
            self.see.setChecked(False)
            self.words.clear()
            self.hide()
            return False
        self.words.setText(quick_log_drafts.unread_text(found))
        self.show()
        self.key_letters()
        # again once the window is whole: the sleep question is built after this, at a show
        QTimer.singleShot(0, self, self.key_letters)
        return True

    def key_letters(self) -> None:
        """An Alt letter on each link, none the quick log's own (Save, More, the sleep
        question's…) nor each other's: chosen from their words as they show, in whatever
        language, since the words are shared with My medicines, whose letters differ."""
        links = (self.see, self.let_go, self.copy)
        for link in links:
            link.setText(buttons.plain(link.text()))  # the letters chosen before let go
        for link in links:
            free_letter(link, link.text())

    def _on_see_toggled(self, on: bool) -> None:
        self.seen.setVisible(on)
        kept_bar.say_see(self.see)
        self.key_letters()
        self.resized.emit()

    def _on_copy_clicked(self) -> None:
        kept_bar.copy_kept(self.copy, self.words.text())

    def _on_let_go_clicked(self) -> None:
        """Let go of them for good, once the person says so; the drafts file follows at once."""
        title, question, go, stay = kept_bar.let_go_question()
        if not self.ctx.prompter.ask(self.window(), title, question, go, stay):
            return
        quick_log_drafts.let_unread_go(self.ctx.windows.drafts)
        kept_words.settled(self.ctx)
        self.follow()
        self.resized.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.line.setText(self.tr("Words from another version are kept."))
        self.about.setText(
            self.tr(
                "Some words you were writing were kept by another version of Footholds and "
                "can't go back into this form. They stay kept, not lost."
            )
        )
        kept_bar.say_see(self.see)
        kept_bar.say_copy(self.copy, self.tr("Copy the kept words"))
        # the journal's own words for it (ui/common/kept_bar.py), so the two read the same
        buttons.say(
            self.let_go,
            QCoreApplication.translate("KeptWordsBar", "Let them go"),
            QCoreApplication.translate(
                "KeptWordsBar", "Let go of the words kept by another version"
            ),
            QCoreApplication.translate("KeptWordsBar", "Asks first, then lets them go for good."),
        )
        if not self.isHidden():
            self.key_letters()
