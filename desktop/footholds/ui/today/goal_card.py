"""One micro-goal under way, as a card: its title, its steps in order, the next step to add."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footholds.core import goals as g
from footholds.core.store import Goal
from footholds.ui.common import buttons, icons, tokens
from footholds.ui.common.alt_letters import free_letter
from footholds.ui.common.components import label, set_type
from footholds.ui.common.delegates import WrappingDelegate
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import keep_room_under, limited_under
from footholds.ui.common.own_words import TitleField
from footholds.ui.common.scrolling import bring_into_view

if TYPE_CHECKING:
    from footholds.ui.today.goals import GoalsSection

STEP_ID = Qt.ItemDataRole.UserRole


class StepList(QListWidget):
    """The steps of one goal. Space ticks, F2 edits, Alt+Up/Down moves, Delete removes."""

    moved = Signal(str, int)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSpacing(3)
        # a long step wraps onto more lines, in full: never cut off with "…"
        self.setItemDelegate(WrappingDelegate(self))
        self.setProperty("boxed", True)  # a boxed list, outlined alike in light and dark
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked | QListWidget.EditTrigger.EditKeyPressed
        )

    def current_id(self) -> str:
        item = self.currentItem()
        return str(item.data(STEP_ID)) if item is not None else ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        moving = mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier)
        if moving and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.current_id():
            self.moved.emit(self.current_id(), -1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Delete and self.current_id():
            self.remove_requested.emit(self.current_id())
        else:
            super().keyPressEvent(event)

    def fit(self) -> None:
        """Grow to show every step: the Today window scrolls, not each goal."""
        self.doItemsLayout()
        rows = 0
        if self.count():
            last = self.visualItemRect(self.item(self.count() - 1))
            rows = last.bottom() + self.verticalOffset() + self.spacing() + 1
        self.setFixedHeight(rows + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit)  # wrapped rows change height with the width


class GoalCard(QFrame):
    """One goal under way: its title, its steps in order, and a field for the next step."""

    def __init__(self, section: GoalsSection, goal: Goal) -> None:
        super().__init__()
        self.section = section
        self.goal = goal
        self._shape: list[tuple[str, str, bool]] | None = None
        # a card from the design system: surface, radius and the accent edge (theme.py)
        self.setProperty("card", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = TitleField()  # a long title ends in "…", not mid-letter
        self.title.setFrame(False)
        self.title.setProperty("plain", True)  # a title that can be edited, not a boxed field
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Goal"))
        self.title.setAccessibleDescription(
            self.tr("What this goal is called; change the words whenever you like.")
        )
        limited_under(self.title, 500)
        self.progress = label(kind="caption")
        self.progress.setWordWrap(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.steps = StepList()
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setAccessibleDescription(
            self.tr(
                "Space ticks a step off. F2 changes its words. Alt+Up and Alt+Down move it. "
                "Delete removes it."
            )
        )
        self.steps.setToolTip(self.steps.accessibleDescription())
        # The first prompt is a whole sentence: it wraps in the label, where a field's hint
        # would end cut off; the field's own hint stays short.
        self.no_steps = QLabel(
            self.tr("No steps yet. One small one is plenty to begin.") + " " + section.first_prompt
        )
        self.no_steps.setWordWrap(True)
        self.new_step = QLineEdit()
        self.new_step.setPlaceholderText(self.tr("The next tiny step"))
        limited_under(self.new_step, 500)
        self.new_step.setAccessibleName(self.tr("New step"))
        self.new_step.setAccessibleDescription(
            self.tr("One tiny next step toward this goal; Enter adds it.")
        )
        self.add_step = buttons.secondary(
            self.tr("Add step"),
            self.tr("Add this step"),
            self.tr("Adds what you wrote as the last step of this goal."),
        )
        self.add_step.setIcon(icons.ui_icon("add"))  # as "Add goal" and Add have
        self.feedback = Feedback(width=tokens.XL * 4)
        self.menu_button = self._make_menu()

        head = QHBoxLayout()
        head.setSpacing(tokens.XS)
        head.addWidget(self.title, 1)
        head.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignTop)
        # progress and the acknowledgement of a tick share one line, so a tick moves nothing
        status = QHBoxLayout()
        status.setSpacing(tokens.S)
        status.addWidget(self.progress)
        status.addWidget(self.feedback, 1)
        adding = QHBoxLayout()
        adding.addWidget(self.new_step, 1)
        adding.addWidget(self.add_step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(tokens.S + tokens.EDGE, tokens.S, tokens.S, tokens.S)
        layout.setSpacing(tokens.XS)
        layout.addLayout(head)
        keep_room_under(layout, self.title)  # its limit's line, which lay over the progress
        layout.addLayout(status)
        layout.addWidget(self.steps)
        layout.addWidget(self.no_steps)
        layout.addLayout(adding)
        self.show_goal(goal)

        self.title.editingFinished.connect(self._on_title_edited)
        self.steps.itemChanged.connect(self._on_step_changed)
        self.steps.moved.connect(lambda step_id, by: section.move_step(self.goal.id, step_id, by))
        self.steps.remove_requested.connect(self._on_remove_step)
        self.steps.model().rowsMoved.connect(self._on_rows_dragged)
        self.steps.currentRowChanged.connect(lambda _row: self._enable_tools())
        self.new_step.returnPressed.connect(self._on_add_step)
        self.add_step.clicked.connect(self._on_add_step)
        self.rename.triggered.connect(self._on_rename)
        self.add_another.triggered.connect(lambda: self.new_step.setFocus())
        self.up.triggered.connect(lambda: self._move_current(-1))
        self.down.triggered.connect(lambda: self._move_current(1))
        self.edit.triggered.connect(self._on_edit_clicked)
        self.remove_step.triggered.connect(lambda: self._on_remove_step(self.steps.current_id()))
        self.remove_goal.triggered.connect(lambda: section.remove_goal(self.goal.id))

    def _make_menu(self) -> QPushButton:
        """Every way to change the goal, behind one small button, so the card stays calm.

        The step actions work on the chosen step; the tab shows the key that does the same.
        """
        menu = QMenu(self)
        # each line its own Alt letter, as every menu of the app has (the menu is a window of
        # its own while open: only its lines can clash)
        self.rename = menu.addAction(self.tr("&Rename goal"))
        self.add_another = menu.addAction(self.tr("&Add a step"))
        menu.addSeparator()
        self.edit = menu.addAction(self.tr("&Change the chosen step's words") + "\tF2")
        self.up = menu.addAction(self.tr("Move the chosen step &up") + "\t" + self.tr("Alt+Up"))
        self.down = menu.addAction(
            self.tr("Move the chosen step &down") + "\t" + self.tr("Alt+Down")
        )
        remove_step = self.tr("Remove the chosen &step")
        self.remove_step = menu.addAction(remove_step + "\t" + self.tr("Del"))
        menu.addSeparator()
        self.remove_goal = menu.addAction(self.tr("Remove &goal"))
        self.menu = menu
        button = buttons.quiet(
            "⋯",
            self.tr("More for this goal"),
            self.tr("Rename the goal, add a step, move or remove the chosen step, or remove it."),
        )
        button.setToolTip(self.tr("More for this goal"))
        set_type(button, "heading")  # the three dots, big enough to see and to hit
        button.setMenu(menu)
        button.setStyleSheet("QPushButton::menu-indicator { width: 0; image: none; }")
        menu.aboutToShow.connect(self._enable_tools)
        return button

    def key_add(self, alone: bool) -> None:
        """Add step's Alt letter, on the one goal card showing only: on several cards one
        letter would pass the keyboard from one card's Add step to the next, pressing none,
        and Enter in the step's field adds it anyway. The letter is one no other in Today
        takes (alt_letters.py)."""
        words = self.tr("Add step")
        if alone:
            free_letter(self.add_step, words)
        else:
            self.add_step.setText(words)

    def _on_rename(self) -> None:
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()

    def acknowledge(self, text: str) -> None:
        """A small word beside the progress for a tick; nothing else on the page moves."""
        self.feedback.say(text)

    def _progress_words(self, done: int) -> str:
        """What is done so far; never "2 of 5", which also counts the three still open."""
        if done == 0:
            return self.tr("Ready for a first small step")
        return self.tr("%n steps done", "", done)

    def show_goal(self, goal: Goal, force: bool = False) -> None:
        """Show the goal's current state in place, keeping focus and the chosen step."""
        self.goal = goal
        if not self.title.hasFocus():
            self.title.setText(goal.title)
            self.title.setCursorPosition(0)  # a long title shows its beginning, not its end
        done, _total = g.progress(goal)
        self.progress.setText(self._progress_words(done))
        # a goal with no steps says so once, below; it never shows a count of nothing
        self.progress.setVisible(bool(goal.steps))
        self.feedback.setVisible(bool(goal.steps))  # nothing to tick yet: no room kept
        shape = [(s["id"], s["text"], g.is_done(s)) for s in goal.steps]
        editing = self.steps.state() == QListWidget.State.EditingState
        if not force and (shape == self._shape or editing):
            return  # unchanged, or a step is being edited: leave the list (and its editor) be
        self._shape = shape
        chosen = self.steps.current_id()
        self.steps.blockSignals(True)
        self.steps.clear()
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        for step in goal.steps:
            item = QListWidgetItem(step["text"])
            item.setData(STEP_ID, step["id"])
            item.setFlags(flags)
            done_now = g.is_done(step)
            item.setCheckState(Qt.CheckState.Checked if done_now else Qt.CheckState.Unchecked)
            self.steps.addItem(item)
            if step["id"] == chosen:
                self.steps.setCurrentItem(item)
        self.steps.blockSignals(False)
        self.steps.setVisible(bool(goal.steps))
        self.no_steps.setVisible(not goal.steps)
        self.steps.fit()
        self._enable_tools()

    def _enable_tools(self) -> None:
        chosen = bool(self.steps.current_id())
        for button in (self.up, self.down, self.edit, self.remove_step):
            button.setEnabled(chosen)

    def _move_current(self, by: int) -> None:
        if self.steps.current_id():
            self.section.move_step(self.goal.id, self.steps.current_id(), by)

    def _on_title_edited(self) -> None:
        text = self.title.text().strip()
        if not text:
            self.title.setText(self.goal.title)  # a goal keeps a name; removing is separate
        elif text != self.goal.title:
            self.section.rename(self.goal.id, text)

    def _on_step_changed(self, item: QListWidgetItem) -> None:
        # Act on the next turn of the loop: the list must not be rebuilt inside its own signal.
        step_id, text = str(item.data(STEP_ID)), item.text().strip()
        checked = item.checkState() == Qt.CheckState.Checked
        QTimer.singleShot(0, self, lambda: self._apply_step_change(step_id, text, checked))

    def _apply_step_change(self, step_id: str, text: str, checked: bool) -> None:
        try:
            step = self.goal.steps[g.find(self.goal, step_id)]
        except KeyError:
            return
        if checked != g.is_done(step):
            self.section.set_done(self.goal.id, step_id, checked)
        elif text and text != step["text"]:
            self.section.edit_step(self.goal.id, step_id, text)
        elif not text:
            self.show_goal(self.goal, force=True)  # a step keeps some words; removing is separate

    def _on_rows_dragged(self, *_args: object) -> None:
        QTimer.singleShot(0, self, self._apply_drag)

    def _apply_drag(self) -> None:
        order = [str(self.steps.item(i).data(STEP_ID)) for i in range(self.steps.count())]
        self.section.reorder(self.goal.id, order)

    def _on_add_step(self) -> None:
        text = self.new_step.text().strip()
        if text:
            self.new_step.clear()
            self.section.add_step(self.goal.id, text)
            # the step, and the next one shown at the top of Today, grow the page above the
            # field: without this the field being typed into went out of sight below
            bring_into_view(self.new_step)

    def _on_edit_clicked(self) -> None:
        item = self.steps.currentItem()
        if item is not None:
            self.steps.setFocus()
            self.steps.editItem(item)

    def _on_remove_step(self, step_id: str) -> None:
        if step_id:
            self.section.remove_step(self.goal.id, step_id)
