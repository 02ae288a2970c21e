"""The proof list: times the person got through a hard day, with a date and optional tags."""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from footholds.core.store import Proof
from footholds.ui.common import buttons, icons, kept_words
from footholds.ui.common.calm import (
    CalmWindow,
    hint,
    person_today,
)
from footholds.ui.common.components import WindowHeader, window_margins
from footholds.ui.common.ctrl_enter import CtrlEnter
from footholds.ui.common.delegates import RichItemDelegate
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.marks import marker
from footholds.ui.common.operations import remove_record, save_record, update_record
from footholds.ui.common.prompter import excerpt
from footholds.ui.common.search_clear import beside, clear_search_link
from footholds.ui.common.undo import UndoBar
from footholds.ui.proofs.proof_editor import ProofEditor
from footholds.ui.proofs.proof_empty import FirstProof
from footholds.ui.proofs.proof_items import list_item, matches, newest_first
from footholds.ui.proofs.proof_kept import AsideWords, GoneWords
from footholds.ui.proofs.proof_search import search_field
from footholds.ui.proofs.shown_proof import ShownProof

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class ProofListWindow(CalmWindow):
    """Add, change, remove (with undo), search, and "show me one" at random."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Proof list"))
        self.resize(560, 620)

        self.header = WindowHeader(
            self.tr("Your proof list"),
            self.tr(
                "Times you got through a hard day. Each one is proof that you can get "
                "through again, even when it doesn't feel like it."
            ),
        )
        self.search = search_field()
        self.show_one = buttons.quiet(
            self.tr("Show me &one"),
            self.tr("Show me one entry at random"),
            self.tr("Shows one time you got through in large words, in the place of the list."),
        )
        # the one add action (the empty state has its own while the top row is hidden)
        self.add = buttons.primary(
            self.tr("&Add"),
            self.tr("Add a time you got through"),
            self.tr("Opens a short form to write it down, dated today."),
        )
        self.add.setIcon(icons.ui_icon("add", on_accent=True))
        self.top = QWidget()
        top = QHBoxLayout(self.top)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_one)
        top.addWidget(self.add)

        # the day itself, not the window's bound today: kept by the editor, it held the window
        self.editor = ProofEditor(today=partial(person_today, ctx), ctx=ctx)

        # one gentle line, a few examples, one action while there is no entry (proof_empty.py)
        first = FirstProof(ctx, self)
        self.empty, self.add_first, self.examples = first.page, first.add_first, first.examples

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setProperty("boxed", True)  # a calm boxed list, not a striped table
        self.list.setSpacing(0)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setAccessibleName(self.tr("Your proof list"))
        self.list.setAccessibleDescription(
            self.tr("Times you got through, newest first. Enter opens the chosen one to change.")
        )
        self.list.setItemDelegate(RichItemDelegate(self.list))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.no_match = hint(ctx, self.tr("Nothing matches that search."))
        self.no_match.hide()
        self.edit = buttons.quiet(
            self.tr("&Edit"),
            self.tr("Edit the chosen entry"),
            self.tr("Opens the chosen entry so you can change its words, date or tags."),
        )
        self.remove = buttons.quiet(  # quiet: it can be undone, so it need not shout
            self.tr("&Remove"),
            self.tr("Remove the chosen entry"),
            self.tr("Takes the chosen entry off your list; you can undo it for a few seconds."),
        )
        list_page = QWidget()
        list_page_layout = QVBoxLayout(list_page)
        list_page_layout.setContentsMargins(0, 0, 0, 0)
        list_page_layout.addWidget(self.list, 1)
        self.clear_search = clear_search_link(self.search)  # beside "Nothing matches"
        self.no_match_row = beside(self.no_match, self.clear_search)  # hidden with both
        list_page_layout.addWidget(self.no_match_row)
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        # "Show me one" puts one entry in the list's place (shown_proof.py), so the search and
        # the buttons stay where they were under the pointer; Back stands for Edit and Remove
        self.shown = ShownProof(self.pages, instead=(self.edit, self.remove))
        self.pages.addWidget(self.shown)
        self.back = self.shown.back
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back)
        row.addWidget(self.edit)
        row.addWidget(self.remove)
        self.list_area = QWidget()
        list_layout = QVBoxLayout(self.list_area)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.pages, 1)
        list_layout.addLayout(row)
        self.undo = UndoBar()
        # words put away for an entry gone since, offered as a new entry (proof_kept.py)
        self.gone_words = GoneWords(self)
        self.kept_bar = self.gone_words.bar
        self.aside = AsideWords(self)  # Cancel's words, offered back by the strip

        layout = QVBoxLayout(self)
        window_margins(layout)
        layout.addWidget(self.header)
        layout.addWidget(self.kept_bar)
        layout.addWidget(self.top)
        # at its own height, at the top of its room: in an empty list (nothing else taking
        # the room) the rest lies below the card, not as a blank inside it above its buttons
        layout.addWidget(self.editor, 0, Qt.AlignmentFlag.AlignTop)
        # the room left over when nothing else takes it (an empty list) lies here, under the
        # card, never in the header; the list's and the empty page's own stretch outweigh it
        layout.addStretch(0)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.list_area, 1)
        # the tough day sends people here on a hard day: help stays one click away, as it is
        # from the affirmation, the safety plan and reach out. The Undo strip comes beside
        # it, in the foot row's room (as Today's): a band of its own kept blank under Edit
        # and Remove took the list's room while the editor was open (larger text: the list
        # cut to one row and a half).
        self.help_link = HelpLink(ctx)
        self.undo.slim()
        foot = QHBoxLayout()
        foot.addWidget(self.undo, 1)
        foot.addWidget(self.help_link)
        layout.addLayout(foot)

        self.refresh()
        self._connect()

    def _connect(self) -> None:
        self.ctx.signals.store_changed.connect(self._on_store_changed)
        self.ctx.signals.setting_changed.connect(self._on_setting_changed)
        self.search.textChanged.connect(self._on_search_changed)
        self.show_one.clicked.connect(self.show_random)
        self.back.clicked.connect(self._on_back_clicked)
        self.add.clicked.connect(lambda: self._start_new())
        self.add_first.clicked.connect(lambda: self._start_new())
        self.edit.clicked.connect(self._on_edit_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.list.itemActivated.connect(lambda _i: self._on_edit_clicked())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.editor.save.clicked.connect(self._on_save_clicked)
        self.editor.cancel.clicked.connect(self._on_cancel_clicked)
        # one accent in view: Save's while the editor is open, Add's otherwise
        buttons.room_for_roles(self.add, "secondary")  # its width the same in either
        self.editor.opened.connect(self._accent)
        for keys, slot in (
            (QKeySequence.StandardKey.New, lambda: self._start_new()),
            (QKeySequence.StandardKey.Find, self.search.setFocus),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        CtrlEnter(self, self.editor.save)  # the editor's Save, while it is open
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list, self._on_remove_clicked)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing in a field

    # -- showing -------------------------------------------------------------------------
    def today(self) -> date:
        """The person's today (core/days.py): before their day-start hour it is still the day
        before, so a proof added at 00:30 is dated, and reads, as the check-in counts it."""
        return person_today(self.ctx)

    def present(self, add: bool = False, text: str = "", **_options: Any) -> None:
        """Show the window; `add` opens the editor, optionally with `text` filled in. Words
        for a new entry kept when Footholds last closed open in it the first time, said not
        saved yet (the editor's kept line), and once emptied by the person are gone from the
        drafts file at once, so a crash before the next save or quit cannot give them back."""
        kept = self.ctx.windows.drafts.pop("proof-list", None)
        if isinstance(kept, dict):
            self.editor.bring_back(kept)
            add = add or "" in self.editor.drafts
            self.gone_words.find()
        super().present()
        if add:
            self._start_new(text)

    def draft(self) -> dict[str, Any] | None:
        """The editor's words not saved, to keep when Footholds closes (app/quitting.py)."""
        return self.editor.kept_words() or None

    def forget_words(self) -> None:
        """Let go of the words typed and put away or set aside, once kept elsewhere (Lock now
        sealed them in the drafts file): nothing written stays in memory while locked; they
        come back in the window built afresh after the unlock."""
        self.aside.let_go()
        self.editor.drafts.clear()
        self.editor.discard()
        if not self.isVisible():
            self.deleteLater()

    def proofs(self) -> list[Proof]:
        return newest_first(self.ctx.store.all(Proof))

    def refresh(self) -> None:
        """Rebuild the list from the store, keeping the chosen entry chosen."""
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        proofs = self.proofs()
        query = self.search.text().strip()
        shown = [p for p in proofs if matches(p, query)] if query else proofs
        self.list.clear()
        for proof in shown:
            item = list_item(proof, self.today(), query, marker(self.palette()).name())
            self.list.addItem(item)
            if proof.id == keep:
                self.list.setCurrentItem(item)
        if not proofs:
            self.show_list()
        self.empty.setVisible(not proofs)
        self.top.setVisible(bool(proofs))  # nothing to search or pick yet: one add action
        self.list_area.setVisible(bool(proofs))
        self.no_match_row.setVisible(bool(proofs) and not shown)
        self.show_one.setEnabled(bool(proofs))
        self._update_buttons()
        self.gone_words.find()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.edit.setEnabled(chosen)
        self.remove.setEnabled(chosen)

    def show_random(self) -> None:
        """Show one entry at random, a different one from last time when there is a choice."""
        proofs = self.proofs()
        if proofs:
            self.shown.show_one(proofs, self.today())

    def showing_one(self) -> bool:
        """Whether one entry is shown in the list's place."""
        return self.shown.showing()

    def show_list(self) -> None:
        """The list back in its place, and Edit and Remove with it."""
        if self.shown.put_away():  # the keyboard was on Back
            self.list.setFocus()  # not handed on to the next button, Get help now

    def _on_back_clicked(self) -> None:
        self.show_list()
        self.list.setFocus()

    def _on_search_changed(self, _text: str) -> None:
        self.show_list()  # what is searched for is the list
        self.refresh()

    # -- changing ------------------------------------------------------------------------
    def chosen(self) -> Proof | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.ctx.store.get(Proof, item.data(Qt.ItemDataRole.UserRole))

    def _on_edit_clicked(self) -> None:
        proof = self.chosen()
        if proof is not None:
            self.show_list()
            self.editor.start(proof)

    def _accent(self, editing: bool) -> None:
        """The accent on Save while the editor is open, on Add otherwise."""
        buttons.set_role(self.add, "secondary" if editing else "primary")
        self.add.setIcon(icons.ui_icon("add", on_accent=not editing))

    def _on_save_clicked(self) -> None:
        values = self.editor.values()
        if not values["text"]:
            self.editor.text.setFocus()
            self.editor.text.setPlaceholderText(
                self.tr("Write a few words first; anything you got through counts.")
            )
            return
        old = self.editor.editing
        gone = old is not None and self.gone_words.gone(old.id)
        if gone and not self.editor.gone:
            self.editor.say_gone(True)  # said first: Save could only fail, Cancel lose them
            return
        was_gone = self.editor.gone
        self.editor.say_gone(gone)  # come back (an Undo): changed in place again
        if old is None:
            saved = save_record(self.ctx, Proof(source="own", **values), self)  # type: ignore[arg-type]
        elif gone:  # kept as an entry of its own, under the gone one's id and time
            saved = save_record(self.ctx, dataclasses.replace(old, **values), self)  # type: ignore[arg-type]
        else:
            saved = update_record(self.ctx, dataclasses.replace(old, **values), self)  # type: ignore[arg-type]
        if saved is None:
            return
        if was_gone:
            kept_words.settled(self.ctx)  # never back as "not saved yet" after a crash
        self.close_editor()
        self.refresh()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == saved.id:
                self.list.setCurrentRow(row)
        self.list.setFocus()

    def _start_new(self, text: str = "") -> None:
        """The editor for a new entry, however it was asked for (Add, Ctrl+N, the tray's
        Keep as proof, words kept from the last close): with no entry yet, the empty page's
        words and button go, the editor being the one thing on the page (squeezed beside it,
        the examples were cut off)."""
        self.empty.hide()
        self.show_list()  # the entry saved shows chosen in the list
        self.editor.start(text=text)

    def close_editor(self, keep: bool = False) -> None:
        """Close the editor; with `keep` (Esc) what is written in it waits there for the
        next time it opens, rather than being thrown away by a key."""
        if keep:
            self.editor.put_away()
        else:
            self.editor.discard()
        self.empty.setVisible(not self.ctx.store.all(Proof))
        self.gone_words.find()  # words put away for a gone entry: said in the strip at once

    def _on_cancel_clicked(self) -> None:
        self.aside.cancel()  # the words set aside, offered back (proof_kept.AsideWords)

    def focus_home(self) -> None:
        """The keyboard back where it can go on from, once the editor closes: the list, or
        with no entry yet (the list hidden) "Add my first one", rather than nowhere."""
        if self.ctx.store.all(Proof):
            self.list.setFocus()
        else:
            self.add_first.setFocus()

    def _on_remove_clicked(self) -> None:
        proof = self.chosen()
        if proof is None:
            return
        question = self.tr("Remove “{words}” from your proof list?").format(
            words=excerpt(proof.text)
        )
        if not self.ctx.prompter.confirm(self, question, self.tr("Remove")):
            return
        row = self.list.currentRow()
        if not remove_record(self.ctx, proof, self):
            return  # not removed (the store opened only to read): its row stays, no Undo
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        # the list keeps the keyboard: the Remove button it was on may be disabled now, and
        # Qt would hand the focus on to the next button, Get help now
        self.list.setFocus()
        self.undo.offer(
            lambda: self.tr("Removed from your proof list."),
            lambda: self._restore(proof),
            puts_back=proof,
        )

    def _restore(self, proof: Proof) -> QWidget:
        save_record(self.ctx, proof, self)
        self.refresh()
        self.choose(proof.id)  # it comes back chosen, where it was
        return self.list  # with the keyboard (UndoBar.undo)

    def choose(self, proof_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == proof_id:
                self.list.setCurrentRow(row)
                return

    def unsaved_work(self) -> bool:
        """Words in the open editor: a new language waits for them (language_follow.py).
        Words put away with Esc do not hold it back, as the window built again takes them
        over (carry_over); only while the window itself is put away (not built again but
        let go of) do they keep it."""
        if not self.isVisible():
            return self.editor.keeps_words()
        return self.editor.isVisible() and self.editor.holds_words()

    def carry_over(self, old: QWidget) -> None:
        """Built again in a new language: the words put away in the editor wait in this one's,
        each for its own entry; the proof chosen (put back by an Undo) keeps the keyboard."""
        if isinstance(old, ProofListWindow):
            self.editor.take_over(old.editor)
            if (item := old.list.currentItem()) is not None:
                self.choose(str(item.data(Qt.ItemDataRole.UserRole)))
            if old.list.hasFocus():
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_store_changed(self, kind: str) -> None:
        if kind != Proof.KIND:
            return
        self.refresh()
        editing = self.editor.editing if self.editor.isVisible() else None
        if editing is not None and not self.ctx.store.is_sealed:
            self.editor.say_gone(self.gone_words.gone(editing.id))  # said now, not at Save
        # changed elsewhere: shown as it is now
        if not self.shown.read_again(self.ctx.store, self.today()):
            self.show_list()  # the one shown was removed (from another window, say)

    def _on_setting_changed(self, name: str, _value: object) -> None:
        """A new day-start hour can move the person's today: "Today" and "Yesterday" are
        said again from it in the list, the card shown and the editor, as the journal and
        the check-in do. The entries' own days stay as they were."""
        if name != "day.start_hour":
            return
        self.refresh()
        self.shown.read_again(self.ctx.store, self.today(), words=False)
        self.editor.today_moved()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.editor.isVisible():
            self.close_editor(keep=True)  # Esc leaves the editor first, then the window
            self.focus_home()
        elif event.key() == Qt.Key.Key_Escape and self.showing_one():
            self._on_back_clicked()  # then the entry shown, then the window
        elif event.key() == Qt.Key.Key_Escape and self.search.hasFocus() and self.search.text():
            self.search.clear()  # words searched for go first, as in the journal
        else:
            super().keyPressEvent(event)
