"""The journal's changes to entries not saved yet, kept by entry id: those in the open
editor, and those kept when Footholds last closed (core/drafts.py) until their entry opens.

Given to the drafts file when Footholds closes (draft), let go once Lock now sealed them
(forget_words), carried into the window built again in a new language (carry_over). Those
whose entry is gone are offered as a new entry in the strip (journal_kept.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from footholds.core import drafts
from footholds.core.store import LogEntry
from footholds.ui.common import kept_words
from footholds.ui.common.kept_bar import let_go_question
from footholds.ui.journal.journal_kept import as_new, strays, with_time

if TYPE_CHECKING:
    from footholds.ui.common.kept_bar import KeptWordsBar
    from footholds.ui.common.undo import UndoBar
    from footholds.ui.context import AppContext
    from footholds.ui.journal.journal_editor import EntryEditor

NAME = "journal"  # its name among the windows, and its drafts'


class JournalDrafts(QWidget):
    """Mixed into JournalWindow: the window opens entries in their editor and shows the
    strip (these names); this holds their changes not saved and gives them back."""

    ctx: AppContext
    editor: EntryEditor | None
    kept: dict[str, dict[str, Any]]
    strays: list[str]  # ids of the gone entries whose kept words the strip offers
    unread: list[str]  # ids of the gone entries whose kept words this version cannot show
    kept_bar: KeptWordsBar
    undo_bar: UndoBar

    if TYPE_CHECKING:  # the window's own

        def _open_editor(
            self, entry: LogEntry, draft: dict[str, Any] | None, *, quiet: bool = False
        ) -> EntryEditor: ...

    def _take_kept(self) -> None:
        """At the start: each entry's changes kept when Footholds last closed, by entry id,
        until it opens; of several kept for one entry (one sealed while locked), the newest."""
        self.kept = {}
        for draft in drafts.pop_all(self.ctx.windows.drafts, NAME):  # newest first
            for entry_id, values in draft.items():
                if isinstance(values, dict):
                    self.kept.setdefault(entry_id, values)

    def _keep(self, entry: LogEntry, words: dict[str, Any]) -> None:
        self.kept[entry.id] = self._merged(entry, words)

    def _set_aside(self, entry: LogEntry, words: dict[str, Any]) -> None:
        """The changes Esc or Cancel left the editor with: kept as the entry's (a quit keeps
        them too), and offered back by the strip for a few seconds; let go when it ends, back
        to what was kept for the entry before (another version's words it could not show)."""
        before = self.kept.get(entry.id)
        self._keep(entry, words)
        held = self.kept[entry.id]

        def back() -> QWidget | None:
            if self.kept.get(entry.id) is not held:
                return None  # opened since (Read or change), or let go
            now = self.ctx.store.get(LogEntry, entry.id)
            if now is None:  # gone meanwhile: the strip offers them as a new entry
                self._find_strays()
                return None
            # just set aside: nothing to explain
            self._open_editor(now, self.kept.pop(entry.id), quiet=True)
            return None  # the editor takes the keyboard itself

        def ended() -> None:
            if self.kept.get(entry.id) is not held:
                return  # opened since, or let go
            if self.ctx.store.get(LogEntry, entry.id) is None:
                return  # gone meanwhile: the strip offers them as a new entry, kept till then
            if before is None:
                del self.kept[entry.id]
            else:
                self.kept[entry.id] = before

        self.undo_bar.offer(
            lambda: QCoreApplication.translate("JournalWindow", "Your words were set aside."),
            back,
            spoken=lambda: QCoreApplication.translate(
                "JournalWindow", "Bring back the words you were writing"
            ),
            ended=ended,
        )

    def _merged(self, entry: LogEntry, words: dict[str, Any]) -> dict[str, Any]:
        """An entry's changes put away, over what is still kept for it: words this version
        could not show when it opened (EntryEditor.unshown, kept again) stay beside the new
        ones, never overwritten by them (stay kept, not lost)."""
        return with_time(entry, {**self.kept.get(entry.id, {}), **words})

    def _find_strays(self) -> None:
        """Changes kept for entries no longer saved: offered as new entries in the strip;
        those that hold no words (a change that only emptied a field) let go; those this
        version cannot show kept, and said so."""
        found = strays(self.ctx.store, self.kept)
        self.strays = found.offered
        for entry_id in found.empty:
            del self.kept[entry_id]
        # words it cannot show (another version's) stay in self.kept, so in the drafts file,
        # and the strip says so once none it can open wait
        self.unread = found.unread
        self.kept_bar.show_unread(not self.strays and bool(found.unread))
        self.kept_bar.setVisible(bool(self.strays or found.unread))

    def _on_let_unread_go_clicked(self) -> None:
        """Words this version cannot show, let go once the person says so (asked first:
        nothing brings them back); the drafts file follows at once."""
        title, question, go, stay = let_go_question()
        if not self.ctx.prompter.ask(self, title, question, go, stay):
            return
        for entry_id in self.unread:
            self.kept.pop(entry_id, None)
        self.unread = []
        kept_words.settled(self.ctx)
        self._find_strays()

    def _on_open_kept_clicked(self) -> None:
        """The oldest words kept for a gone entry, in an editor offering to keep them as a
        new entry. Leaving it asks first (they are changes to a blank entry); saved or
        discarded, they go, and the drafts file follows at once. Another waiting shows next."""
        if not self.strays:
            return
        entry_id = self.strays.pop(0)
        words = self.kept.pop(entry_id, None)
        if words is None:  # let go since the strip was shown: it shows what waits now
            self._find_strays()
            return
        editor = self._open_editor(as_new(entry_id, words), words)
        editor.offer_as_new()
        editor.finished.connect(lambda _r: self._after_kept_editor())
        self.kept_bar.setVisible(bool(self.strays))

    def _after_kept_editor(self) -> None:
        kept_words.settled(self.ctx)  # saved or discarded: never back after a crash
        self._find_strays()  # put away again (a lock), or another still waiting

    def draft(self) -> dict[str, Any] | None:
        """The changes to entries not saved, by entry id, to keep when Footholds closes
        (app/quitting.py): those in the open editor, and those kept last time and not opened
        since. None when there are none."""
        held = dict(self.kept)
        editor = self.editor
        if editor is not None and editor.isVisible():
            words = editor.draft()
            if words is not None:
                held[editor.entry.id] = self._merged(editor.entry, words)
        return held or None

    def unsaved_work(self) -> bool:
        """Changes in the open editor: a new language waits for them (language_follow.py).
        Changes kept for an entry not opened yet do not hold it back, as the window built
        again takes them over (carry_over); only while the window is put away do they."""
        if not self.isVisible():
            return bool(self.kept) or (self.editor is not None and self.editor.isVisible())
        return self.editor is not None and self.editor.isVisible() and self.editor.changed()

    def carry_over(self, old: QWidget) -> None:
        """Built again in a new language: the changes kept for entries wait in this one."""
        if isinstance(old, JournalDrafts):
            self.kept = {**old.kept, **self.kept}

    def forget_words(self) -> None:
        """Let go of the changes held, once kept elsewhere (Lock now sealed them in the
        drafts file): nothing written stays on show, or in memory, while locked."""
        self.kept.clear()
        if self.editor is not None and self.editor.isVisible():
            self.editor.as_opened = self.editor.form.values()  # kept: closing asks nothing
            self.editor.done(0)
        if not self.isVisible():
            self.deleteLater()  # with the entries it read: built afresh after the unlock
