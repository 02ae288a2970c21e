"""The journal: past entries by day, newest first, to read again, change, search and remove.

It reads a month at a time (store.between), and only as far back as the person scrolls or a
search needs, so ten years of entries open as fast as ten days.

Changes to an entry not saved when Footholds closes are kept as that entry's draft, by its
id (journal_drafts.py), and come back in its editor the next time it is opened. Those
whose entry is gone by then are offered as a new entry (journal_kept.py).
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from footholds.core.list_words import fold
from footholds.core.store import LogEntry
from footholds.ui.common import buttons, tokens
from footholds.ui.common.calm import CalmWindow
from footholds.ui.common.components import EmptyState, WindowHeader, window_margins
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.kept_bar import KeptWordsBar
from footholds.ui.common.operations import remove_record, save_record
from footholds.ui.common.search_clear import clear_search_link
from footholds.ui.common.undo import UNDO_SECONDS, UndoBar
from footholds.ui.journal.journal_drafts import JournalDrafts
from footholds.ui.journal.journal_editor import EntryEditor
from footholds.ui.journal.journal_model import (
    EntryDelegate,
    JournalModel,
    matches,
    month_bounds,
    months_to_walk,
)
from footholds.ui.journal.journal_words import (
    found,
    looking,
    month_name,
    removal_question,
    search_words,
)

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

PAGE = 40  # entries to add when the end of the list comes into view
FIRST_READ_S = 0.06


class JournalWindow(CalmWindow, JournalDrafts):
    """A calm list of what the person has logged, by day."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Journal"))
        self.resize(560, 660)
        self.months: list[str] = []
        self.next_month = 0  # index into self.months of the next month to read
        self.buffer: list[LogEntry] = []  # read from the store, not shown yet (newest first)
        self.seen: set[str] = set()  # ids shown, so no entry is shown twice
        self.wanted = 0  # entries still to add before reading pauses
        self.needle = ""
        self.editor: EntryEditor | None = None
        self._take_kept()  # changes to entries kept at the last close (journal_drafts.py)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search your entries"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the entries with these words in them.")
        )
        self.search.setClearButtonEnabled(True)
        # Qt's little clear button has only an icon: say what it is and does.
        clear = self.search.findChild(QToolButton)
        if clear is not None:
            clear.setAccessibleName(self.tr("Clear the search"))
            clear.setAccessibleDescription(
                self.tr("Empties the search, so every entry shows again.")
            )
        self.model = JournalModel(lambda: int(ctx.settings["day.start_hour"]))
        self.delegate = EntryDelegate(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.setAccessibleName(self.tr("Entries by day"))
        self.view.setAccessibleDescription(
            self.tr("What you have logged, newest first; press Enter on one to read or change it.")
        )
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setWordWrap(True)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.setProperty("frameless", True)  # its entries are cards: no box around them
        self.view.setMinimumHeight(tokens.XL * 4)  # made small, it kept part of one entry
        self.note_now = buttons.secondary(
            self.tr("Open the quick log"),
            description=self.tr("Note how you are, in a few clicks."),
        )
        self.note_now.clicked.connect(lambda: ctx.windows.show("quick-log"))
        self.empty = EmptyState("", self.note_now, icon="notebook-pen")
        self.empty.hide()
        self.clear_search = clear_search_link(self.search)  # under "Nothing matches"
        self.empty.add_below(self.clear_search, centred=True)
        # what the search has found so far, in room kept for it from the start: appearing,
        # it moved the list's foot up a line as the count came (LOOK.md: feedback moves
        # nothing else)
        self.status = StatusLine(search_words(self.model.today))

        self.open_button = buttons.secondary(self.tr("Read or change"))
        self.delete_button = buttons.quiet(self.tr("Remove"))
        for button in (self.open_button, self.delete_button):
            button.setAccessibleName(button.text())
        self.open_button.setAccessibleDescription(
            self.tr("Opens the chosen entry, to read it again or change it.")
        )
        self.delete_button.setAccessibleDescription(
            self.tr("Asks first, then removes the chosen entry.")
        )
        self.actions_bar = self._bar(self.open_button, self.delete_button, stretch_first=True)
        # words kept for an entry gone since (journal_kept.py), offered as a new entry
        self.kept_bar = KeptWordsBar()
        self.strays: list[str] = []
        self.unread: list[str] = []
        self.undo_bar = UndoBar()

        layout = QVBoxLayout(self)
        window_margins(layout)
        self.header = WindowHeader(self.tr("Journal"), self.tr("What you noted, day by day."))
        layout.addWidget(self.header)
        layout.addWidget(self.kept_bar)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.undo_bar)
        self.help_link = HelpLink(ctx)
        layout.addWidget(self.help_link)

        self.reader = QTimer(self)  # reads one month per turn of the event loop
        self.reader.setInterval(0)
        self.typing = QTimer(self)  # waits for a pause in typing before searching
        self.typing.setSingleShot(True)
        self.typing.setInterval(250)
        self.reload_soon = QTimer(self)
        self.reload_soon.setSingleShot(True)
        self.reload_soon.setInterval(0)
        self.stale = True

        self.reader.timeout.connect(self._read_step)
        self.typing.timeout.connect(self._on_typing_paused)
        self.reload_soon.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.typing.start())
        self.view.activated.connect(self._on_view_activated)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self._maybe_read_more())
        self.view.verticalScrollBar().rangeChanged.connect(lambda *_: self._maybe_read_more())
        self.open_button.clicked.connect(self._on_open_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.kept_bar.button.clicked.connect(self._on_open_kept_clicked)
        self.kept_bar.let_go.clicked.connect(self._on_let_unread_go_clicked)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, self._on_delete_clicked)
        ctx.signals.store_changed.connect(self._on_store_changed)
        ctx.signals.setting_changed.connect(self._on_setting_changed)
        self._update_buttons()

    @staticmethod
    def _bar(*widgets: QWidget, stretch_first: bool = False) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        if stretch_first:
            row.addStretch(1)
        for number, widget in enumerate(widgets):
            row.addWidget(widget, 1 if number == 0 and isinstance(widget, QLabel) else 0)
        return bar

    # -- opening and reading -----------------------------------------------------------------
    def present(self, **options: Any) -> None:
        """Show the window, reading the newest entries first if anything changed."""
        if self.stale:
            self.reload()
        super().present(**options)
        self.view.setFocus()

    def reload(self) -> None:
        """Read again from the newest entry, as far back as was shown before."""
        keep = max(PAGE, self.model.entry_count())
        selected = self._selected()
        self.stale = False
        self.reader.stop()
        self.delegate.forget()
        self.model.reset()
        self._find_strays()
        self.months = months_to_walk(self.ctx.store.months(LogEntry))
        self.next_month = 0
        self.buffer = []
        self.seen = set()
        self.wanted = keep
        if not self.needle and self.months:
            # The newest entries come straight from store.latest (it reads only the newest
            # month or two); older ones follow month by month from where they end.
            newest = self.ctx.store.latest(LogEntry, keep)
            self._add(newest)
            if newest:
                oldest = f"{newest[-1].at.astimezone():%Y-%m}"
                self.next_month = next(
                    (i for i, m in enumerate(self.months) if m <= oldest), len(self.months)
                )
        # Read at once for a moment, so the window opens already filled; then a month per
        # turn of the event loop, so a long search never freezes the window.
        budget = time.monotonic() + FIRST_READ_S
        while self.wanted > 0 and self.more_to_read() and time.monotonic() < budget:
            self._read_step()
        if self.wanted > 0 and self.more_to_read():
            self.reader.start()
        if selected is not None:
            row = self.model.row_of(selected.id)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row))
                self.view.scrollTo(self.model.index(row))
        self._update_state()
        self._update_buttons()

    def more_to_read(self) -> bool:
        return bool(self.buffer) or self.next_month < len(self.months)

    def _read_step(self) -> None:
        """Show up to `wanted` more entries, reading the next month when none are waiting."""
        if self.wanted <= 0 or not self.more_to_read():
            self.reader.stop()
            self._update_state()
            return
        if not self.buffer:
            start, end = month_bounds(self.months[self.next_month])
            self.next_month += 1
            entries = self.ctx.store.between(LogEntry, start, end)
            if self.needle:
                entries = [e for e in entries if matches(e, self.needle)]
            self.buffer = sorted(entries, key=lambda e: e.at, reverse=True)
        # A month can hold hundreds of entries: lay out only as many as are wanted.
        taken, self.buffer = self.buffer[: self.wanted], self.buffer[self.wanted :]
        self._add(taken)
        self._update_state()

    def _add(self, entries: list[LogEntry]) -> None:
        fresh = [e for e in entries if e.id not in self.seen]
        self.seen.update(e.id for e in fresh)
        self.wanted -= self.model.append(fresh)

    def _maybe_read_more(self) -> None:
        bar = self.view.verticalScrollBar()
        near_end = bar.maximum() - bar.value() <= self.view.viewport().height()
        if near_end and self.more_to_read() and self.wanted <= 0:
            self.wanted = PAGE
            self.reader.start()

    def _update_state(self) -> None:
        searching = self.reader.isActive() and self.wanted > 0
        done = not self.more_to_read()
        count = self.model.entry_count()
        # No entries at all: none ever, or the last one removed (its month is still listed).
        # With words in the search, a month may hold entries that merely do not match.
        no_entries = not self.months or (not self.needle and not count and done)
        if no_entries:
            self.empty.say(
                self.tr(
                    "Nothing here yet.\n\nWhat you save in the quick log (a click on the tray "
                    "icon) shows up here, by day."
                )
            )
        elif self.needle and not count and done:
            self.empty.say(
                self.tr("Nothing matches “{text}”.").format(text=self.search.text()),
                with_action=False,
            )
        self.clear_search.setVisible(bool(self.needle) and not count and done and not no_entries)
        nothing = not count and (done or not self.months)
        # the first entries in (a quick log saved with the journal open and empty): the
        # keyboard goes to them, as when it opens with some, unless it is somewhere in use
        arriving = not nothing and self.view.isHidden() and self._keyboard_idle()
        self.empty.setVisible(nothing)
        self.view.setVisible(not nothing)
        if arriving:
            self.view.setFocus()
        # "Read or change" and "Remove" go with the entries: over the empty state (the last
        # one removed, or a search that finds nothing) they stood there disabled, asking for
        # something no longer there. Gone under a search's empty line, their room stays, so
        # nothing below moves as the words in the search change.
        keep = self.actions_bar.sizePolicy()
        keep.setRetainSizeWhenHidden(not no_entries)
        self.actions_bar.setSizePolicy(keep)
        self.actions_bar.setVisible(bool(self.months) and not no_entries and not nothing)
        # With no entries there is nothing to search; a search that finds nothing keeps its
        # box, so the words can be changed. Only the list below it moves up, nothing jumps.
        self.search.setVisible(not no_entries)
        if self.needle and searching:
            month = self.months[min(self.next_month, len(self.months) - 1)]
            self.status.say(looking(month_name(month, self.model.today)))
        elif self.needle and (count or not done):  # none at all: the list's place says so
            self.status.say(found(count, done))
        else:
            self.status.say("")
        self.status.setVisible(not no_entries)  # the search's line, kept while it shows

    def _keyboard_idle(self) -> bool:
        """The keyboard only where the empty window left it: nowhere, or on Get help now."""
        focus = self.focusWidget()
        return focus is None or any(
            focus is part or part.isAncestorOf(focus) for part in (self.empty, self.help_link)
        )

    def _on_typing_paused(self) -> None:
        needle = fold(self.search.text().strip())
        if needle != self.needle:
            self.needle = self.model.needle = needle  # the model's for marking what it found
            self.model.reset()
            self.reload()

    def _on_store_changed(self, kind: str) -> None:
        if kind != LogEntry.KIND:
            return
        self.stale = True
        if self.isVisible():
            self.reload_soon.start()

    def _on_setting_changed(self, name: str, _value: object) -> None:
        """A new day-start hour moves the person's today and where each entry's day ends:
        the days are grouped again, as Today and Insights count them."""
        if name != "day.start_hour":
            return
        self.stale = True
        if self.isVisible():
            self.reload_soon.start()

    # -- actions ---------------------------------------------------------------------------
    def _selected(self) -> LogEntry | None:
        index = self.view.currentIndex()  # the card with the keyboard focus, or clicked
        return self.model.entry_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self._selected() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_view_activated(self, index: QModelIndex) -> None:
        if self.model.entry_at(index.row()) is not None:
            self._on_open_clicked()

    def _on_open_clicked(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        self._open_editor(entry, self.kept.pop(entry.id, None))

    def _open_editor(
        self, entry: LogEntry, draft: dict[str, Any] | None, *, quiet: bool = False
    ) -> EntryEditor:
        """The entry's editor, open over the list; `quiet`: words just set aside come back
        with nothing said, the line hidden before it opens, so it is sized and placed as it
        first opened (hidden after, it reopened 17 px higher, its rows spread apart)."""
        self.editor = EntryEditor(self.ctx, entry, self, draft)
        if quiet:
            self.editor.message.hide()
        if self.editor.unshown is not None:  # nothing of it could be shown: kept again, and
            self.kept[entry.id] = self.editor.unshown  # what is put away joins it (_merged)
        self.editor.put_away.connect(lambda words, kept=entry: self._keep(kept, words))
        self.editor.set_aside.connect(lambda words, kept=entry: self._set_aside(kept, words))
        self.editor.finished.connect(lambda _r: self.view.setFocus())
        self.editor.open()
        return self.editor

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed by Footholds (Lock now, a quit): an entry's editor open over it goes too,
        its changes kept (EntryEditor.closeEvent); left open, it stayed on show."""
        if self.editor is not None and self.editor.isVisible():
            self.editor.close()
        super().closeEvent(event)

    def _on_delete_clicked(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        start_hour = int(self.ctx.settings["day.start_hour"])
        question = removal_question(
            entry, self.model.today, start_hour, seconds=self._shares_minute(entry)
        )
        if not self.ctx.prompter.confirm(self, question, self.tr("Remove")):
            self.view.setFocus()
            return
        if not remove_record(self.ctx, entry, self):
            return  # not removed (the store opened only to read): its row stays, no Undo
        words = self.kept.pop(entry.id, None)  # its kept changes go with it, or come back
        self.view.setFocus()  # where the keyboard goes back to when the offer ends
        self.undo_bar.offer(
            lambda: self.tr("The entry was removed."),
            lambda: self._bring_back(entry, words),
            UNDO_SECONDS,
            puts_back=None if words else entry,  # kept changes too: more than the entry
        )

    def _shares_minute(self, entry: LogEntry) -> bool:
        """Another entry in its minute, found or not: the question then says the seconds."""
        minute = entry.at.astimezone().replace(second=0, microsecond=0)
        near = self.ctx.store.between(LogEntry, minute, minute + timedelta(minutes=1))
        return any(other.id != entry.id for other in near)

    def _bring_back(self, entry: LogEntry, words: dict[str, Any] | None = None) -> QWidget:
        """Put the entry back, chosen and in view, with the keyboard on the list (UndoBar),
        with its changes kept at the last close, if any."""
        if save_record(self.ctx, entry, self) is not None:
            if words is not None:
                self.kept.setdefault(entry.id, words)
            self.reload()  # now, not on the next turn: it is chosen as soon as it is there
            row = self.model.row_of(entry.id)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row))
                self.view.scrollTo(self.model.index(row))
        return self.view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focus = self.focusWidget()
        if event.key() == Qt.Key.Key_Escape:
            if self.search.hasFocus() and self.search.text():
                self.search.clear()
            else:
                self.close()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            focus, QPushButton
        ):
            focus.click()  # Enter works on a focused button, as Space does
        else:
            super().keyPressEvent(event)
