"""Words put away in the proof list's editor for an entry gone since (removed elsewhere, an
older backup restored, or kept at a quit for an entry gone by the next start).

Kept by the gone entry's id, no row would ever open them: they lay among the editor's drafts,
kept again at every close, never in view. The window's strip (ui/common/kept_bar.py) says
they are still here while any wait, and its one button opens them in the editor, offering
to keep them as a new entry with the day they had. The journal does the same for its
entries (ui/journal/journal_kept.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject

from footholds.core.store import Proof
from footholds.ui.common import kept_words
from footholds.ui.common.kept_bar import KeptWordsBar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from footholds.ui.proofs.proof_list import ProofListWindow


class GoneWords(QObject):
    """The proof list's strip for words whose entry is gone, and what it opens."""

    def __init__(self, window: ProofListWindow) -> None:
        super().__init__(window)
        self.bar = KeptWordsBar()
        self.bar.button.clicked.connect(self.open_kept)

    @property
    def window(self) -> ProofListWindow:
        """Its window, reached through Qt (its parent), never held here: the window holds
        this, and a cycle through a window left it to the garbage collector (whose collect
        after a close crashed the app over Tough day's window)."""
        return cast("ProofListWindow", self.parent())

    def gone(self, proof_id: str) -> bool:
        """Whether the entry is no longer saved; while locked nothing is read, so not."""
        store = self.window.ctx.store
        return not store.is_sealed and store.get(Proof, proof_id) is None

    def strays(self) -> list[str]:
        """The entries whose put-away words wait though the entry is gone: no row opens
        them, and they were kept again at every close, never in view."""
        return [key for key in self.window.editor.drafts if key and self.gone(key)]

    def find(self) -> None:
        """The strip shown while any wait, hidden (taking no room) otherwise."""
        self.bar.setVisible(bool(self.strays()))

    def open_kept(self) -> None:
        """Words put away for a gone entry, in the editor offering to keep them as a new
        entry (with the day they had); saved, or cancelled once the person says to discard
        them (ProofListWindow._on_cancel_clicked), they go. Another shows next."""
        strays = self.strays()
        if not strays:
            return
        window, editor = self.window, self.window.editor
        draft = editor.drafts[strays[0]]
        window.empty.hide()
        window.show_list()
        editor.start(Proof(id=strays[0], day=draft.day.toString("yyyy-MM-dd")))
        editor.say_gone(True)
        self.find()


class AsideWords(QObject):
    """Cancel's words, set aside among the editor's drafts (as Esc puts them away) while the
    window's Undo strip offers them back for a few seconds; let go when the offer ends. Add
    or the entry opened again meanwhile brings them, as after Esc."""

    def __init__(self, window: ProofListWindow) -> None:
        super().__init__(window)
        self.entry: Proof | None = None
        # the editor opened again (Add, Edit): its draft came with it, and the offer ends
        window.editor.opened.connect(self._on_editor_opened)

    @property
    def window(self) -> ProofListWindow:
        """Its window, reached through Qt (its parent), never held here: the window holds
        this, and a cycle through a window left it to the garbage collector (whose collect
        after a close crashed the app over Tough day's window)."""
        return cast("ProofListWindow", self.parent())

    def cancel(self) -> None:
        """Cancel closes the editor; its words are set aside and offered back. For an entry
        gone (its words opened from the strip, or it went while open) nothing else holds
        them, and they leave the drafts file at once: it asks first, as the journal does,
        and Keep editing (the default) stays."""
        window, editor = self.window, self.window.editor
        was_gone, entry = editor.gone, editor.editing
        aside = not was_gone and editor.holds_words()
        if (
            was_gone
            and editor.holds_words()
            and not window.ctx.prompter.ask(
                window,
                window.windowTitle(),
                QCoreApplication.translate("ProofListWindow", "Close without saving your words?"),
                action=QCoreApplication.translate("ProofListWindow", "Discard the words"),
                stay=QCoreApplication.translate("ProofListWindow", "Keep editing"),
            )
        ):
            editor.text.setFocus()
            return
        window.close_editor(keep=aside)
        if was_gone:
            kept_words.settled(window.ctx)  # let go of: gone from the drafts file at once
        window.focus_home()  # where the keyboard goes back to once the offer ends
        if aside:
            self.offer(entry)

    def offer(self, entry: Proof | None) -> None:
        """The words for `entry` (None: a new one) were just put away: offer them back."""
        editor = self.window.editor
        key = entry.id if entry is not None else ""
        draft = editor.drafts.get(key)
        if draft is None:
            return
        self.entry = entry

        def ended() -> None:
            if editor.drafts.get(key) is draft:  # not taken up, nor put away again since
                editor.drafts.pop(key)

        self.window.undo.offer(
            lambda: QCoreApplication.translate("ProofListWindow", "Your words were set aside."),
            self.bring_back,
            spoken=lambda: QCoreApplication.translate(
                "ProofListWindow", "Bring back the words you were writing"
            ),
            ended=ended,
        )

    def bring_back(self) -> QWidget | None:
        """Undo: the editor again, for the entry the words were for, with them in it."""
        window, editor = self.window, self.window.editor
        window.empty.hide()
        window.show_list()
        editor.start(self.entry)
        return editor.text  # the keyboard where the words are (UndoBar.undo)

    def let_go(self) -> None:
        """The offer ends now, if it stands (Lock now sealed the words with the drafts)."""
        self.window.undo.withdraw(self.bring_back)
        self.entry = None

    def _on_editor_opened(self, shown: bool) -> None:
        if shown:
            self.window.undo.withdraw(self.bring_back)
