"""Settings' words typed and not added yet (a number of one's own, a session, a new entry in
one of My lists or a routine suggestion): kept when Footholds closes (ui/common/kept_words.py)
and given back once their page is built, and carried into the new pages when the language
changes."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from footholds.core.settings import LISTS_SECTION, SAFETY_SECTION, SESSIONS_SECTION
from footholds.ui.common import kept_words
from footholds.ui.settings.list_editors import ListEditor

if TYPE_CHECKING:
    from footholds.ui.common.lazy_tabs import LazyTabs
    from footholds.ui.context import AppContext
    from footholds.ui.help import OwnLines
    from footholds.ui.reflect import SessionsEditor, SessionUndo
    from footholds.ui.settings.setting_row import Row
    from footholds.ui.today import RoutineSuggestions

# the parts of its draft (draft): a number of one's own, a session's therapist, and a new
# entry typed in one of My lists, by the list's setting
OWN_LINES, SESSIONS, LISTS = "own-lines", "sessions", "lists"
SUGGESTION = "suggestion"  # a routine suggestion of one's own, on the My lists page


class KeptWords:
    """Mixed into SettingsWindow: the window builds the pages and their parts (these names),
    this keeps and gives back the words typed in them."""

    ctx: AppContext
    tabs: LazyTabs
    _rows: dict[str, Row]  # the rows of the pages built so far
    _suggestions: RoutineSuggestions
    _own_lines: OwnLines
    _sessions: SessionsEditor
    waiting: dict[str, Any]  # words kept or carried, by part, until their page is built
    _carried: set[str]  # parts waiting through a new language (_carry_typed)
    _kept_page: str  # the first page with words waiting: Settings opens on it
    # My sessions' Undo still offered as a new language made the page again, until the new
    # page takes it (_give_back): a removed session comes back there, not in the page gone
    _sessions_undo: SessionUndo | None = None
    # the same for My lists' suggestions and Safety's own numbers, whose strips go with
    # their page: what Undo puts back, its words and seconds left, and when passed, by page
    _undos: dict[str, tuple[tuple[Callable[[], str], object, int], float]]

    def _take_kept(self, name: str) -> None:
        """At the start: the words typed and not added when Footholds last closed (kept as
        window `name`'s draft), by part, wait until their page is built; Settings opens on
        the first of their pages."""
        self.waiting = kept_words.take(self.ctx, name)
        self._undos = {}
        self._carried = set()
        self._kept_page = next(
            (page for part, page in self._kept_pages() if part in self.waiting), ""
        )

    @staticmethod
    def _kept_pages() -> list[tuple[str, str]]:
        return [
            (LISTS, LISTS_SECTION),
            (SUGGESTION, LISTS_SECTION),
            (OWN_LINES, SAFETY_SECTION),
            (SESSIONS, SESSIONS_SECTION),
        ]

    def _list_editors(self) -> dict[str, ListEditor]:
        """My lists' editors on the pages built so far, by their setting."""
        return {n: r.editor for n, r in self._rows.items() if isinstance(r.editor, ListEditor)}

    def draft(self) -> dict[str, Any] | None:
        """Words typed and not added yet (a number of one's own, a session, a new entry in
        one of My lists or a routine suggestion), with those still waiting for their page,
        to keep when Footholds closes (app/quitting.py); None when there are none."""
        held = dict(self.waiting)
        lists = dict(held.get(LISTS) or {})
        for name in self._list_editors():
            lists.pop(name, None)
        typed = self._typed_on_built_pages()
        held[LISTS] = {**lists, **typed.pop(LISTS, {})}
        for part, page in self._kept_pages():
            if part != LISTS and self.tabs.is_built(page):
                held[part] = typed.get(part, {})
        return {part: words for part, words in held.items() if words} or None

    def _typed_on_built_pages(self) -> dict[str, Any]:
        """What the pages built so far hold typed and not added, by part ({} when none)."""
        held: dict[str, Any] = {}
        lists = {n: e.typed_words() for n, e in self._list_editors().items() if e.typed_words()}
        if lists:
            held[LISTS] = lists
        if self.tabs.is_built(LISTS_SECTION) and self._suggestions.typed_words():
            held[SUGGESTION] = self._suggestions.typed_words()
        if self.tabs.is_built(SAFETY_SECTION) and self._own_lines.typed_words():
            held[OWN_LINES] = self._own_lines.typed_words()
        if self.tabs.is_built(SESSIONS_SECTION) and self._sessions.draft_words():
            held[SESSIONS] = self._sessions.draft_words()
        return held

    def _carry_typed(self) -> None:
        """Before the pages are made again (another language): what the built ones hold typed
        and not added yet waits for their new pages, as words kept at a close do, and goes
        back in them as it was, with no line (it was never put away). Adding a half-typed
        entry for the person, or letting it go, would both surprise them."""
        typed = self._typed_on_built_pages()
        typed.pop(SESSIONS, None)
        if self.tabs.is_built(SESSIONS_SECTION):
            self._sessions_undo = self._sessions.pass_offer(self._sessions_page)
            if carried := self._sessions.carry_words():
                typed[SESSIONS] = carried  # the form as it is, set-aside words offered once
        for page in (LISTS_SECTION, SAFETY_SECTION):  # their strips go with their pages
            if self.tabs.is_built(page):
                part = self._suggestions if page == LISTS_SECTION else self._own_lines
                if (offer := part.pass_offer()) is not None:
                    self._undos[page] = (offer, time.monotonic())
        lists = typed.pop(LISTS, {})
        if lists:
            self.waiting[LISTS] = {**dict(self.waiting.get(LISTS) or {}), **lists}
        self.waiting.update(typed)
        self._carried |= {*typed, *lists}

    def _sessions_page(self) -> SessionsEditor:
        """My sessions' page, built now if it is not yet (an Undo passed on is done there)."""
        self.tabs.ensure(SESSIONS_SECTION)
        return self._sessions

    def _was_carried(self, part: str) -> bool:
        """Whether the words waiting for `part` were carried through a new language (and
        not kept at a close), now that they go back."""
        carried = part in self._carried
        self._carried.discard(part)
        return carried

    def _give_back(self, key: str) -> None:
        """The words waiting for page `key`, back in its boxes now it is built (and My
        sessions' Undo passed on from the page before it)."""
        if key == SESSIONS_SECTION and self._sessions_undo is not None:
            self._sessions.take_offer(self._sessions_undo)
            self._sessions_undo = None
        if (passed := self._undos.pop(key, None)) is not None:
            (message, taken, seconds), at = passed
            left = seconds - int(time.monotonic() - at)  # none once its time has passed
            part = self._suggestions if key == LISTS_SECTION else self._own_lines
            if left > 0:
                part.take_offer((message, taken, left))
        if key == SAFETY_SECTION and OWN_LINES in self.waiting:
            quiet = self._was_carried(OWN_LINES)
            self._own_lines.bring_back(self.waiting.pop(OWN_LINES), quiet=quiet)
        elif key == SESSIONS_SECTION and SESSIONS in self.waiting:
            quiet = self._was_carried(SESSIONS)
            self._sessions.bring_back(self.waiting.pop(SESSIONS), quiet=quiet)
        elif key == LISTS_SECTION and SUGGESTION in self.waiting:
            quiet = self._was_carried(SUGGESTION)
            self._suggestions.put_words_back(self.waiting.pop(SUGGESTION), quiet=quiet)
        lists = self.waiting.get(LISTS)
        if not isinstance(lists, dict):
            return
        for name, editor in self._list_editors().items():
            words = lists.pop(name, None)
            if not isinstance(words, str):
                continue
            if editor.bring_back(words, quiet=self._was_carried(name)):
                # its line goes with the words (added)
                gone = lambda e=editor: e.said.emit("")  # noqa: E731
                kept_words.until_gone(self.ctx, [editor.new_text], gone)
        if not lists:
            del self.waiting[LISTS]

    def forget_words(self) -> None:
        """Let go of the words typed, once kept elsewhere (Lock now sealed them in the drafts
        file): nothing written stays in memory while locked, nor is kept twice."""
        self.waiting.clear()
        self._carried.clear()
        self._kept_page = ""
        for editor in self._list_editors().values():
            editor.forget_words()
        if self.tabs.is_built(LISTS_SECTION):
            self._suggestions.forget_words()
        if self.tabs.is_built(SAFETY_SECTION):
            self._own_lines.forget_words()
        if self.tabs.is_built(SESSIONS_SECTION):
            self._sessions.forget_words()
