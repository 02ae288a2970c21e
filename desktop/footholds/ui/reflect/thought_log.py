"""Thought log: write the thought, look at it gently, one question at a time, find a kinder view.

The thought stays in sight on every page. Nothing has to be filled in; what is written is kept
when the person moves to another entry or closes the window.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from footholds.core import content
from footholds.core.store import ThoughtLog
from footholds.ui.common import buttons, theme, tokens, undo
from footholds.ui.common.calm import CalmWindow, language, moment_text
from footholds.ui.common.components import WindowHeader
from footholds.ui.common.ctrl_enter import CtrlEnter
from footholds.ui.common.delegates import WrappingDelegate
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.operations import remove_record, save_record, update_record
from footholds.ui.common.refresh import Refresher
from footholds.ui.common.scrolling import bring_into_view, form_scroll, keep_in_column
from footholds.ui.reflect import thought_drafts
from footholds.ui.reflect.thought_column import ThoughtColumn
from footholds.ui.reflect.thought_pages import ThoughtPages, wrap_label
from footholds.ui.reflect.thought_quote import ThoughtQuote
from footholds.ui.reflect.thought_words import removal_question

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

ENTRY_ID = Qt.ItemDataRole.UserRole


class ThoughtLogWindow(CalmWindow):
    """Past entries on the left; the one being worked through on the right, page by page."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Thought log"))
        words = language(ctx)
        self.questions = content.load_pack("thought_questions", words)
        self.traps = content.load_pack("thinking_traps", words)
        self.current: ThoughtLog | None = None
        self.dirty = False
        self.undo_bar = undo.UndoBar(self)

        self.past = QListWidget()
        self.past.setAccessibleName(self.tr("Past thoughts"))
        self.past.setAccessibleDescription(
            self.tr("Thoughts you worked through before; choose one to read or change it.")
        )
        self.past.setSpacing(4)
        # each row wraps in full in the narrow side list: cut once (below), never again by it
        self.past.setItemDelegate(WrappingDelegate(self.past))
        self.past_empty = wrap_label(
            self.tr("Thoughts you work through will be kept here."), "soft"
        )
        self.new = buttons.secondary(
            self.tr("New thought"),
            self.tr("Start a new thought"),
            self.tr("Keeps what you were writing and opens a fresh page."),
        )
        self.remove = buttons.secondary(  # outlined as New thought: flat, it read as greyed
            self.tr("Remove"),
            self.tr("Remove the chosen thought"),
            self.tr("Takes it off the list after asking; you can undo it for a few seconds."),
        )
        left = QWidget()
        side = QVBoxLayout(left)
        side.setContentsMargins(tokens.L, tokens.M, tokens.XS, tokens.M)
        side.addWidget(wrap_label(self.tr("Past thoughts"), "subheading"))
        side.addWidget(self.past, 1)
        side.addWidget(self.past_empty, 1)
        self.past_empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.new)
        row_buttons.addWidget(self.remove)
        side.addLayout(row_buttons)

        # the thought, above the part that scrolls: in view on every step, whatever the
        # text size (its first lines, and the rest one click away)
        self.quote = ThoughtQuote()
        self.quote_text = self.quote.text
        self.quote_belief = self.quote.belief

        self.pages = ThoughtPages(self.questions, self.traps)
        # the header above the steps, the longest step without a scroll bar (with the line
        # kept under its box for the limit), and the Undo strip's place, kept for it even
        # while it is hidden
        limit_line = self.pages.balanced.said.sizeHint().height() + tokens.XS + 2
        self.resize(860, 670 + limit_line + self.undo_bar.sizeHint().height())
        self.step = wrap_label("", "soft")
        self.back = buttons.quiet(
            self.tr("&Back"), self.tr("Back"), self.tr("Goes to the page before; nothing is lost.")
        )
        keep = self.back.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.back.setSizePolicy(keep)
        self.next = buttons.primary(
            self.tr("&Next"), self.tr("Next"), self.tr("Goes on to the next step.")
        )
        self.save = buttons.secondary(
            self.tr("&Save"),
            self.tr("Save this thought log"),
            self.tr("Keeps what you wrote so far; you can come back to it later."),
        )
        # Next and Save trade the accent on the last step: each keeps one width, so the row
        # of buttons stays where the person clicks
        buttons.room_for_roles(self.next, "secondary")
        buttons.room_for_roles(self.save, "primary")
        self.said = wrap_label()
        self.said.setAccessibleName(self.tr("Message"))
        nav = QHBoxLayout()
        nav.addWidget(self.step, 1)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        nav.addWidget(self.save)
        right = QWidget()
        work = QVBoxLayout(right)
        # no side margins of its own: the scroll area reaches the window's edge, its bar
        # there, and the page in it carries the margins, as the shared page (scrolling.py);
        # the rows under it keep the same column (the bar sat inside the margin, the page
        # ending short of the buttons and the help link)
        work.setContentsMargins(0, tokens.M, 0, tokens.M)
        work.setSpacing(12)
        # The page scrolls (the traps list on a small window) under the thought; the
        # buttons and the help line stay in view.
        scrolled = ThoughtColumn(self.pages)
        column = QVBoxLayout(scrolled)
        column.setContentsMargins(tokens.XS, 0, tokens.L, 0)
        column.setSpacing(12)
        column.addWidget(self.pages, 1)
        self.page_scroll = form_scroll(
            scrolled,
            self.tr("The thought log page"),
            self.tr("The step you are on; it scrolls when the step is long."),
            # the traps step scrolls where the others need not: Next stays where it was
            steady=True,
        )
        quoted = QHBoxLayout()
        quoted.setContentsMargins(tokens.XS, 0, tokens.L, 0)
        quoted.addWidget(self.quote)
        work.addLayout(quoted)
        work.addWidget(self.page_scroll, 1)
        # Standing, on every page: a thought of ending one's life is met with help at once.
        self.help_link = HelpLink(
            ctx,
            self.tr(
                "If the thought is about ending your life or hurting yourself, "
                "Get help now is here."
            ),
        )
        rows = [quoted]
        for part in (self.said, nav, self.undo_bar, self.help_link):
            row = QHBoxLayout()
            if isinstance(part, QWidget):
                row.addWidget(part)
            else:
                row.addLayout(part)
            work.addLayout(row)
            rows.append(row)
        keep_in_column(self.page_scroll, rows, tokens.XS, tokens.L)

        # made small, the box was a sliver, "Step 1 of 6" stood a word a line and the help
        # sentence ran off the foot: the step keeps room for a few lines, the column for them
        self.page_scroll.setMinimumHeight(tokens.XL * 4)
        right.setMinimumWidth(tokens.XL * 12)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([250, 610])
        self.header = WindowHeader(
            self.tr("Thought log"),
            self.tr("A calmer look at a thought that weighs on you, one step at a time."),
        )
        self.header.setContentsMargins(tokens.L, tokens.L, tokens.L, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)  # the header keeps its own height
        self.start_new()

        self.new.clicked.connect(self._on_new_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        # Delete on the list asks to remove the chosen thought, as in the journal and the
        # proof list; only while the list has the keyboard, never while typing in a box
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.past, self._on_remove_clicked)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.past.itemActivated.connect(self._on_past_activated)
        self.past.itemClicked.connect(self._on_past_activated)
        self.past.currentRowChanged.connect(
            lambda row: self.remove.setEnabled(row >= 0 and self.past.count() > 0)
        )
        self.back.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.go(self.pages.currentIndex() + 1))
        self.save.clicked.connect(self._on_save_clicked)
        self.pages.edited.connect(self._on_edited)
        thought_drafts.bring_back(self, ctx)  # written, not saved, when Footholds closed
        self.refresher = Refresher(self, ctx.signals, self.refresh_past, kinds=(ThoughtLog.KIND,))
        ctx.signals.setting_changed.connect(self._on_setting_changed)
        # Ctrl+Enter, from any box: Next on the way, Save on the last page (where Next rests)
        CtrlEnter(self, self.next, self.save)

    def controls_in_order(self) -> list[QWidget]:
        """As the window reads, but New thought and Remove, under the list, in the row of
        the help link they stand in: after the steps' buttons, before Get help now. Read
        pane by pane, Tab went from the help link back along its row to New thought."""
        order = super().controls_in_order()
        row = [c for c in order if c in (self.new, self.remove)]
        rest = [c for c in order if c not in row]
        link = [c for c in rest if self.help_link.isAncestorOf(c)]
        at = rest.index(link[0]) if link else len(rest)
        return rest[:at] + row + rest[at:]

    # -- the entry being worked on --------------------------------------------------------
    def start_new(self) -> None:
        """An empty entry on its first page."""
        self.current = None
        self._fill(ThoughtLog())
        self.go(0)
        self._say("")

    def open_entry(self, entry: ThoughtLog) -> None:
        """Read a past entry again (and change it, if wanted)."""
        self.current = entry
        self._fill(entry)
        self.go(0)
        self._say("")

    def _say(self, words: str) -> None:
        """A message over the buttons; no empty line kept for one between the step and them
        (a band of nothing above Step 1 of 7, the step's room with larger text)."""
        self.said.setText(words)
        self.said.setVisible(bool(words))

    def _fill(self, entry: ThoughtLog) -> None:
        self.pages.fill(entry)
        self.dirty = False
        self._show_state()

    def entry(self) -> ThoughtLog:
        """What is on the pages now, as a record (the open entry's id and date kept)."""
        return self.pages.entry(self.current)

    def go(self, index: int) -> None:
        """Show a page; the thought has to be written before the questions make sense."""
        index = max(0, min(index, self.pages.count() - 1))
        if index > 0 and not self.pages.written():
            index = 0
            self._say(self.tr("Start by writing the thought, in any words."))
        self.pages.setCurrentIndex(index)
        self._show_state()
        page = self.pages.currentWidget()
        focus = page and (page.findChild(QPlainTextEdit) or page.findChild(QCheckBox))
        if focus is not None:
            focus.setFocus()
            # the question and its field in view, under however long a thought above them
            bring_into_view(focus, from_top_of=page)

    def _show_state(self) -> None:
        index, last = self.pages.currentIndex(), self.pages.count() - 1
        self.step.setText(self.tr("Step {i} of {n}").format(i=index + 1, n=last + 1))
        # none on step 1, where it looked active and did nothing; its room kept (no move)
        self.back.setEnabled(index > 0)
        self.back.setVisible(index > 0)
        self.next.setEnabled(index < last)
        # one accent button: "Next" on the way, "Save" on the last page
        for button, role in (
            (self.back, "quiet"),
            (self.next, "secondary" if index == last else "primary"),
            (self.save, "primary" if index == last else "secondary"),
        ):
            if button.property("role") != role:
                buttons.set_role(button, role)
        written = self.pages.written()
        self.save.setEnabled(written)
        self.quote.setVisible(index > 0 and written)
        self.quote.set_thought(self.pages.thought.toPlainText().strip())
        before = self.pages.before.value()
        self.quote_belief.setVisible(before is not None)
        if before is not None:
            self.quote_belief.setText(self.tr("You believed it {n} in 100.").format(n=before))

    def save_entry(self) -> ThoughtLog | None:
        """Keep what is written; None when there is no thought yet."""
        entry = self.entry()
        if not entry.thought:
            return None
        if self.current is not None and self.ctx.store.get(ThoughtLog, entry.id) is not None:
            saved = update_record(self.ctx, entry, self)
        else:
            saved = save_record(self.ctx, entry, self)
        if saved is not None:
            self.current = saved
            self.dirty = False
            self.refresh_past()
        return saved

    # -- past entries --------------------------------------------------------------------
    def refresh_past(self) -> None:
        entries = sorted(self.ctx.store.all(ThoughtLog), key=lambda e: e.at, reverse=True)
        chosen = self.current.id if self.current else ""
        # two written in the same minute are told apart by their seconds (as backups are)
        minutes = Counter(self._when(entry) for entry in entries)
        self.past.blockSignals(True)
        self.past.clear()
        for entry in entries:
            seconds = minutes[self._when(entry)] > 1
            item = QListWidgetItem(self._summary(entry, seconds=seconds))
            item.setData(ENTRY_ID, entry.id)
            self.past.addItem(item)
            if entry.id == chosen:
                self.past.setCurrentItem(item)
        self.past.blockSignals(False)
        self.past.setVisible(bool(entries))
        self.past_empty.setVisible(not entries)
        self.remove.setEnabled(self.past.currentItem() is not None)

    def _when(self, entry: ThoughtLog, *, seconds: bool = False) -> str:
        """When it was written: the person's day (core/days.py), as the journal and the
        check-in count it (at 00:30 one written at 23:50 is still "Today"), and the time,
        "Today 14:05". The time tells apart two thoughts of one day, both still without a
        kinder view, without putting the thought itself in the list."""
        start_hour = int(self.ctx.settings["day.start_hour"])
        return moment_text(entry.at, capital=True, start_hour=start_hour, seconds=seconds)

    def _summary(self, entry: ThoughtLog, *, seconds: bool = False) -> str:
        day = self._when(entry, seconds=seconds)
        # Listed by the kinder view: the harsh thought is not what the eye should land on
        # each time the window opens. It is still there when the entry is opened.
        kinder = entry.balanced.strip()
        first = (
            kinder.splitlines()[0] if kinder else self.tr("A thought, with room for a kinder view")
        )
        first = first if len(first) <= 80 else first[:79] + "…"
        text = f"{day}\n{first}"  # the day above, so every row starts the same way
        if entry.belief_before is not None and entry.belief_after is not None:
            change = self.tr("believed {before} → {after} in 100")
            text += "\n" + change.format(before=entry.belief_before, after=entry.belief_after)
        return text

    def carry_over(self, old: QWidget) -> None:
        """Built again in a new language (shell/language_follow.py): the saved thought the
        window before showed, on the same page, not a new empty one."""
        shown = old.current if isinstance(old, ThoughtLogWindow) else None
        entry = self.ctx.store.get(ThoughtLog, shown.id) if shown is not None else None
        if entry is not None and isinstance(old, ThoughtLogWindow):
            self.open_entry(entry)
            self.go(old.pages.currentIndex())

    def draft(self) -> dict[str, Any] | None:
        """Written and not saved yet, for the drafts file (thought_drafts.py)."""
        return thought_drafts.held(self)

    # -- events --------------------------------------------------------------------------
    def unsaved_work(self) -> bool:
        """Written and not saved yet (a saved thought stays in its boxes): a new language
        waits for it (shell/language_follow.py)."""
        return self.dirty

    def _on_edited(self) -> None:
        self.dirty = True
        self._show_state()

    def _keep_if_written(self) -> None:
        if self.dirty:
            self.save_entry()

    def _on_new_clicked(self) -> None:
        self._keep_if_written()
        self.start_new()
        self.refresh_past()

    def _on_past_activated(self, item: QListWidgetItem) -> None:
        entry = self.ctx.store.get(ThoughtLog, str(item.data(ENTRY_ID)))
        if entry is None or (self.current and entry.id == self.current.id and not self.dirty):
            return
        self._keep_if_written()
        self.open_entry(entry)
        self.refresh_past()

    def _on_save_clicked(self) -> None:
        if self.save_entry() is not None:
            self._say(content.acknowledgement("saved", random.Random(), language(self.ctx)))

    def _on_remove_clicked(self) -> None:
        item = self.past.currentItem()
        entry = self.ctx.store.get(ThoughtLog, str(item.data(ENTRY_ID))) if item else None
        if entry is None:
            return
        question = removal_question(entry, int(self.ctx.settings["day.start_hour"]))
        if not self.ctx.prompter.confirm(self, question, self.tr("Remove")):
            return
        if not remove_record(self.ctx, entry, self):
            return  # not removed (the store opened only to read): its row stays, no Undo
        was_open = self.current is not None and self.current.id == entry.id
        if was_open:
            self.start_new()
        self.refresh_past()

        def put_back() -> QWidget | None:
            if self.ctx.store.get(ThoughtLog, entry.id) is not None:
                return None
            back = save_record(self.ctx, entry, self)
            if back is not None and was_open and self.current is None and not self.dirty:
                self.open_entry(back)  # back where it was, unless another was begun since
            self.refresh_past()
            return self.past if self.past.currentItem() is not None else None

        self.undo_bar.offer(lambda: self.tr("Thought log removed."), put_back, puts_back=entry)

    def _on_setting_changed(self, name: str, _value: object) -> None:
        if name == "general.theme" and self.isVisible():  # an open window follows at once
            self._restyle()

    def _restyle(self) -> None:
        self.setStyleSheet(theme.window_style(theme.is_dark(self.ctx.settings["general.theme"])))

    def showEvent(self, event: QShowEvent) -> None:
        self._restyle()
        self.refresh_past()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._keep_if_written()  # closing never throws away what was written
        super().closeEvent(event)
