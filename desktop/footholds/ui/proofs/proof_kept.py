"""Words put away in the proof list's editor for an entry gone since (removed elsewhere, an
older backup restored, or kept at a quit for an entry gone by the next start).

Kept by the gone entry's id, no row would ever open them: they lay among the editor's drafts,
kept again at every close, never in view. The window's strip (ui/common/kept_bar.py) says
they are still here while any wait, and its one button opens them in the editor, offering
to keep them as a new entry with the day they had. The journal does the same for its
entries (ui/journal/journal_kept.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from footholds.core.store import Proof
from footholds.ui.common.kept_bar import KeptWordsBar

if TYPE_CHECKING:
    from footholds.ui.proofs.proof_list import ProofListWindow


class GoneWords:
    """The proof list's strip for words whose entry is gone, and what it opens."""

    def __init__(self, window: ProofListWindow) -> None:
        self.window = window
        self.bar = KeptWordsBar()
        self.bar.button.clicked.connect(self.open_kept)

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
