"""The person's own activities in Plan something's list (activity_plan.py), taken off it where
they see them: a quiet "Remove from my list" under the list while one of their own is picked,
the Delete key on it, or the list's menu; the shared Undo strip instead of a question. The
built-in ideas offer no Remove here. A plan made with an activity keeps its own words
(ActivityPlan.text), so removing the activity changes no plan, past or waiting."""

from __future__ import annotations

import weakref
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QMenu, QPushButton, QWidget

from footholds.core import activation
from footholds.core.store import Activity
from footholds.ui.common import buttons
from footholds.ui.common.operations import remove_record, save_record
from footholds.ui.common.undo import UndoBar

if TYPE_CHECKING:
    from footholds.ui.today.activity_plan import PlanActivityWindow

IDEA_ROLE = 0x0100 + 1  # Qt.UserRole + 1: the Idea a row of the list stands for
# (their words are named in the window's context in full, as kind_names() says why)


def _removed_words() -> str:
    """The Undo strip's words, made again in a new language while it shows."""
    return QCoreApplication.translate("PlanActivityWindow", "Removed from your list.")


def own_idea(item: QListWidgetItem | None) -> activation.Idea | None:
    """The person's own activity a row stands for; None for a built-in idea or a heading."""
    idea = item.data(IDEA_ROLE) if item is not None else None
    return idea if isinstance(idea, activation.Idea) and idea.own else None


class OwnActivities(QObject):
    """The window's Remove button, its Undo strip, its Delete key and its list's menu. It holds
    its window only weakly (the window holds it): a closed window is freed by reference counts
    alone (tests/gui/test_own_activity_remove.py)."""

    def __init__(self, window: PlanActivityWindow) -> None:
        super().__init__(window)
        self._window = weakref.ref(window)
        self.button: QPushButton = buttons.quiet(
            QCoreApplication.translate("PlanActivityWindow", "Remove from my list"),
            QCoreApplication.translate("PlanActivityWindow", "Remove this one from your list"),
            QCoreApplication.translate(
                "PlanActivityWindow",
                "Takes your own idea off the list; you can undo it for a few seconds.",
            ),
        )
        policy = self.button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # its room kept: nothing moves as it comes
        self.button.setSizePolicy(policy)
        self.button.hide()
        self.row = QHBoxLayout()
        self.row.addStretch(1)
        self.row.addWidget(self.button)
        self.undo = UndoBar()
        self.undo.slim()  # beside the help link, in the foot row's room (as Today's)
        ideas = window.ideas
        ideas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        ideas.customContextMenuRequested.connect(self._on_menu_asked)
        ideas.itemSelectionChanged.connect(self._on_picked)
        self.button.clicked.connect(self.remove_picked)
        delete = QShortcut(QKeySequence.StandardKey.Delete, ideas, self.remove_picked)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing in a field

    def foot(self, help_link: QWidget) -> QHBoxLayout:
        """The window's foot row: the Undo strip, then the help link."""
        row = QHBoxLayout()
        row.addWidget(self.undo, 1)
        row.addWidget(help_link)
        return row

    def _on_picked(self) -> None:
        window = self._window()
        if window is not None:
            picked = window.ideas.selectedItems()
            self.button.setVisible(own_idea(picked[0] if picked else None) is not None)

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
        menu.deleteLater()
        if chosen is not None:
            self.remove_picked()


def menu_for(window: QWidget, item: QListWidgetItem | None) -> QMenu | None:
    """The list's menu for a row: "Remove from my list" on the person's own, none otherwise."""
    if own_idea(item) is None:
        return None
    menu = QMenu(window)
    menu.addAction(QCoreApplication.translate("PlanActivityWindow", "Remove from my list"))
    return menu


def _pick_near(window: PlanActivityWindow, row: int) -> None:
    """Pick the idea now at `row` (the one after the removed), or the nearest before it."""
    ideas = window.ideas
    rows = [r for r in range(ideas.count()) if ideas.item(r).data(IDEA_ROLE) is not None]
    after = [r for r in rows if r >= row]
    near = after[0] if after else (rows[-1] if rows else -1)
    if near >= 0:
        ideas.setCurrentRow(near, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _put_back(window_ref: weakref.ref[PlanActivityWindow], record: Activity) -> QWidget | None:
    """The Undo: the activity back in the list, as it was, picked."""
    window = window_ref()
    if window is None or save_record(window.ctx, record, window) is None:
        return None
    window.refresh()
    for row in range(window.ideas.count()):
        idea = own_idea(window.ideas.item(row))
        if idea is not None and idea.id == record.id:
            window.ideas.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    return window.ideas
