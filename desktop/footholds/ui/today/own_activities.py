"""The person's own activities in Plan something's list (activity_plan.py), changed or taken
off it where they see them: a quiet "Change the words…" and "Remove from my list" under the
list while one of their own is picked, F2 and the Delete key on it, or the list's menu; the
shared Undo strip instead of a question. New words are written in a small field that opens
in the buttons' place (own_rename.py) and saved with Store.update, which remembers the words
they replace. The built-in ideas offer neither here. A plan made with an activity keeps its
own words (ActivityPlan.text), so changing or removing the activity changes no plan, past or
waiting."""

from __future__ import annotations

import dataclasses
import weakref
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footholds.core import activation
from footholds.core.store import Activity
from footholds.ui.common import buttons, kept_words
from footholds.ui.common.operations import remove_record, save_record, update_record
from footholds.ui.common.undo import UndoBar
from footholds.ui.today.own_rename import RenameRow

if TYPE_CHECKING:
    from footholds.ui.today.activity_plan import PlanActivityWindow

IDEA_ROLE = 0x0100 + 1  # Qt.UserRole + 1: the Idea a row of the list stands for
# (their words are named in the window's context in full, as kind_names() says why)


def _removed_words() -> str:
    """The Undo strip's words, made again in a new language while it shows."""
    return QCoreApplication.translate("PlanActivityWindow", "Removed from your list.")


def _changed_words() -> str:
    """The Undo strip's words after new words were saved."""
    return QCoreApplication.translate("PlanActivityWindow", "Changed in your list.")


def _undo_change_words() -> str:
    """What the Undo button does, for a screen reader: it removes nothing."""
    return QCoreApplication.translate("PlanActivityWindow", "Put the old words back")


def own_idea(item: QListWidgetItem | None) -> activation.Idea | None:
    """The person's own activity a row stands for; None for a built-in idea or a heading."""
    idea = item.data(IDEA_ROLE) if item is not None else None
    return idea if isinstance(idea, activation.Idea) and idea.own else None


class OwnActivities(QObject):
    """The window's Change the words… and Remove buttons, the field that changes the words, its
    Undo strip, F2, its Delete key and its list's menu. It holds its window only weakly (the
    window holds it): a closed window is freed by reference counts alone
    (tests/gui/test_own_activity_remove.py, test_own_activity_rename.py)."""

    def __init__(self, window: PlanActivityWindow) -> None:
        super().__init__(window)
        self._window = weakref.ref(window)
        self._renaming = ""  # the id of the activity whose words are being changed
        # new words not saved, by the id of their activity, waiting for its field to open
        # again (the window closed, or Footholds, mid-edit); `_said_kept`: with the kept line
        self._waiting: tuple[str, str] | None = None
        self._said_kept = False
        self.change: QPushButton = buttons.quiet(
            QCoreApplication.translate("PlanActivityWindow", "Change the words…"),
            QCoreApplication.translate("PlanActivityWindow", "Change the words of this one"),
            QCoreApplication.translate(
                "PlanActivityWindow",
                "Opens its words in a field under the list, to write them again; F2 too.",
            ),
        )
        self.button: QPushButton = buttons.quiet(
            QCoreApplication.translate("PlanActivityWindow", "Remove from my list"),
            QCoreApplication.translate("PlanActivityWindow", "Remove this one from your list"),
            QCoreApplication.translate(
                "PlanActivityWindow",
                "Takes your own idea off the list; you can undo it for a few seconds.",
            ),
        )
        for quiet in (self.change, self.button):
            policy = quiet.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # its room kept: nothing moves as it comes
            quiet.setSizePolicy(policy)
            quiet.hide()
        self.rename = RenameRow()
        # the buttons and the field take turns in one place, as tall as the field with its
        # line under it: nothing moves as the field opens or says something (each keeps its
        # room while hidden, in the same cell; a QStackedWidget gave the list 14 px back)
        self.stack = QWidget()
        place = QGridLayout(self.stack)
        place.setContentsMargins(0, 0, 0, 0)
        for page in (self._buttons_page(), self.rename):
            policy = page.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            page.setSizePolicy(policy)
            place.addWidget(page, 0, 0)
        self.rename.hide()
        self.row = QHBoxLayout()
        self.row.addWidget(self.stack)
        self.undo = UndoBar()
        self.undo.slim()  # beside the help link, in the foot row's room (as Today's)
        ideas = window.ideas
        ideas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        ideas.customContextMenuRequested.connect(self._on_menu_asked)
        ideas.itemSelectionChanged.connect(self._on_picked)
        self.change.clicked.connect(self.start_rename)
        self.button.clicked.connect(self.remove_picked)
        self.rename.saved.connect(self._on_rename_saved)
        self.rename.cancelled.connect(self._on_rename_cancelled)
        delete = QShortcut(QKeySequence.StandardKey.Delete, ideas, self.remove_picked)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing in a field
        rename = QShortcut(QKeySequence(Qt.Key.Key_F2), ideas, self.start_rename)
        rename.setContext(Qt.ShortcutContext.WidgetShortcut)  # as in a file manager

    def _buttons_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.change)
        row.addWidget(self.button)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addStretch(1)  # at the top of the room, just under the list
        self._buttons = page
        return page

    def foot(self, help_link: QWidget) -> QHBoxLayout:
        """The window's foot row: the Undo strip, then the help link."""
        row = QHBoxLayout()
        row.addWidget(self.undo, 1)
        row.addWidget(help_link)
        return row

    def fit_room(self, *, opening: bool) -> None:
        """The room under the list for Change and Remove (and the field), only while the list
        has ideas of the person's own: with none, it was an empty band under the list. Given
        at opening, or when an own idea comes (a plan in words of their own); never taken
        while the window is open, so removing the last one moves nothing."""
        window = self._window()
        if window is None:
            return
        ideas = window.ideas
        has_own = any(own_idea(ideas.item(row)) is not None for row in range(ideas.count()))
        if has_own or opening:
            self.stack.setVisible(has_own)

    def _on_picked(self) -> None:
        window = self._window()
        if window is not None:
            picked = window.ideas.selectedItems()
            idea = own_idea(picked[0] if picked else None)
            self.change.setVisible(idea is not None)
            self.button.setVisible(idea is not None)
            if self._renaming and (idea is None or idea.id != self._renaming):
                # another picked (or the list built again): not its words, kept for its field
                self.close_rename(keep=True)

    # -- new words for one of their own ------------------------------------------------------
    def start_rename(self) -> None:
        """Open the field with the words of the own activity picked, all of them chosen."""
        window = self._window()
        picked = window.ideas.selectedItems() if window is not None else []
        idea = own_idea(picked[0] if picked else None)
        if window is None or idea is None:
            return  # a built-in idea or a heading: its words are not theirs to change
        record = window.ctx.store.get(Activity, idea.id)
        if record is None:
            return
        self._renaming = record.id
        self._buttons.hide()
        self.rename.show()
        self.rename.start(record.text)
        if self._waiting is not None and self._waiting[0] == record.id:
            self._give_back(window, self._waiting[1])

    def _give_back(self, window: PlanActivityWindow, words: str) -> None:
        """The new words written for this one and not saved, back in its field as typed
        (kept again at the next close); after a close of Footholds, with the kept line in the
        window's message line, gone with the words (saved, left, emptied)."""
        self._waiting = None
        field = self.rename.field
        field.setText(words)
        field.setModified(True)
        kept_words.to_the_end(field)
        if self._said_kept:
            self._said_kept = False
            window.said.setText(kept_words.kept_line())
            kept_words.until_gone(window.ctx, [field], kept_words.line_goes(window.said))

    # -- the new words kept when Footholds closes (ui/common/kept_words.py) ----------------
    def draft(self) -> dict[str, Any]:
        """New words written for one of their own and not saved (in the field, or waiting
        for it to open again), for the window's draft; {} when none, or their activity is
        gone."""
        window = self._window()
        typed = self.rename.field.text() if self.renaming() else ""
        held = (self._renaming, typed) if typed.strip() else self._waiting
        if window is None or held is None or window.ctx.store.get(Activity, held[0]) is None:
            return {}
        return {"rename": {"id": held[0], "words": held[1]}}

    def bring_back(self, kept: dict[str, Any]) -> None:
        """New words kept at the last close wait for their activity's field: back in it, with
        the kept line, as the person opens it again (Change the words…, F2, the menu)."""
        rename = kept.get("rename")
        if not isinstance(rename, dict):
            return
        activity, words = rename.get("id"), rename.get("words")
        if isinstance(activity, str) and isinstance(words, str) and words.strip():
            self._waiting, self._said_kept = (activity, words), True

    def forget_words(self) -> None:
        """Let go of new words not saved, once kept elsewhere (Lock now sealed them)."""
        self._waiting, self._said_kept = None, False
        self.close_rename()

    def renaming(self) -> bool:
        """Whether new words are being written and not saved yet."""
        return bool(self._renaming) and self.rename.changed()

    def close_rename(self, *, focus_list: bool = False, keep: bool = False) -> None:
        """Put the field away, its words with it, or, to `keep` them (the window closed, the
        list built again), waiting for the field to open again on that activity; the buttons
        are back in its place."""
        if keep and self.renaming() and self.rename.field.text().strip():
            self._waiting, self._said_kept = (self._renaming, self.rename.field.text()), False
        self._renaming = ""
        self.rename.field.clear()  # the words given back gone with it: so is the kept line
        self.rename.said.clear_now()
        self.rename.hide()
        self._buttons.show()
        window = self._window()
        if focus_list and window is not None:
            window.ideas.setFocus()

    def _on_rename_cancelled(self) -> None:
        self.close_rename(focus_list=True)

    def _on_rename_saved(self, words: str) -> None:
        window = self._window()
        record = window.ctx.store.get(Activity, self._renaming) if window else None
        if window is None or record is None:
            self.close_rename(focus_list=True)  # gone meanwhile (removed elsewhere)
            return
        if words == record.text:
            self.close_rename(focus_list=True)  # nothing changed: nothing to undo
            return
        # a copy: the store's own stays as saved until the change is taken
        changed = dataclasses.replace(record, text=words)
        if update_record(window.ctx, changed, window) is None:
            return  # locked, or a store opened only to read: the field keeps the words
        self.close_rename()
        _show_picked(window, record.id)
        window.ideas.setFocus()  # the keyboard comes back here once the offer ends
        self.undo.offer(
            _changed_words,
            partial(_put_words_back, self._window, record.id, record.text),
            spoken=_undo_change_words,
        )

    def remove_picked(self) -> None:
        """Take the own activity picked off the list, and offer it back for a few seconds."""
        window = self._window()
        picked = window.ideas.selectedItems() if window is not None else []
        idea = own_idea(picked[0] if picked else None)
        if window is None or idea is None:
            return  # a built-in idea or a heading: nothing of theirs to take off
        record = window.ctx.store.get(Activity, idea.id)
        row = window.ideas.row(picked[0])
        if record is not None and not remove_record(window.ctx, record, window):
            return  # locked, or a store opened only to read: it stays, no Undo
        self.close_rename()
        window.refresh()
        _pick_near(window, row)
        window.ideas.setFocus()  # the keyboard comes back here once the offer ends
        if record is not None:
            self.undo.offer(_removed_words, partial(_put_back, self._window, record))

    def _on_menu_asked(self, at: QPoint) -> None:
        window = self._window()
        if window is None:
            return
        item = window.ideas.itemAt(at)
        menu = menu_for(window, item)
        if menu is None or item is None:
            return
        window.ideas.setCurrentItem(item)
        chosen = menu.exec(window.ideas.viewport().mapToGlobal(at))
        what = chosen.data() if chosen is not None else None
        menu.deleteLater()
        if what == "rename":
            self.start_rename()
        elif what == "remove":
            self.remove_picked()


def menu_for(window: QWidget, item: QListWidgetItem | None) -> QMenu | None:
    """The list's menu for a row: "Change the words…" and "Remove from my list" on the
    person's own, each with its key; none otherwise."""
    if own_idea(item) is None:
        return None
    menu = QMenu(window)
    rename = menu.addAction(
        QCoreApplication.translate("PlanActivityWindow", "Change the words…") + "\tF2"
    )
    rename.setData("rename")
    remove = menu.addAction(
        QCoreApplication.translate("PlanActivityWindow", "Remove from my list")
        + "\t"
        + QCoreApplication.translate("PlanActivityWindow", "Del")
    )
    remove.setData("remove")
    return menu


def _pick_near(window: PlanActivityWindow, row: int) -> None:
    """Pick the idea now at `row` (the one after the removed), or the nearest before it."""
    ideas = window.ideas
    rows = [r for r in range(ideas.count()) if ideas.item(r).data(IDEA_ROLE) is not None]
    after = [r for r in rows if r >= row]
    near = after[0] if after else (rows[-1] if rows else -1)
    if near >= 0:
        ideas.setCurrentRow(near, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _show_picked(window: PlanActivityWindow, activity_id: str) -> None:
    """The list built again, with the activity `activity_id` picked in it."""
    window.refresh()
    for row in range(window.ideas.count()):
        idea = own_idea(window.ideas.item(row))
        if idea is not None and idea.id == activity_id:
            window.ideas.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            window.ideas.scrollToItem(window.ideas.item(row))


def _put_back(window_ref: weakref.ref[PlanActivityWindow], record: Activity) -> QWidget | None:
    """The Undo: the activity back in the list, as it was, picked."""
    window = window_ref()
    if window is None or save_record(window.ctx, record, window) is None:
        return None
    _show_picked(window, record.id)
    return window.ideas


def _put_words_back(
    window_ref: weakref.ref[PlanActivityWindow], activity_id: str, words: str
) -> QWidget | None:
    """The Undo of new words: the old ones back (through Store.update, which remembers the
    new ones as earlier words in their turn), the activity picked."""
    window = window_ref()
    record = window.ctx.store.get(Activity, activity_id) if window is not None else None
    if window is None or record is None:
        return None  # taken off the list since: nothing to put the words back on
    window.own_ideas.close_rename()
    if update_record(window.ctx, dataclasses.replace(record, text=words), window) is None:
        return None
    _show_picked(window, activity_id)
    return window.ideas
