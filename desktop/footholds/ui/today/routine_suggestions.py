"""The routine suggestions in Settings: add your own, hide built-in ones, bring them back.

The same list feeds "Change my three" in Today (core/suggestions.py), so a change here shows
there at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from footholds.core.store import ContentMark, OwnItem
from footholds.core.store.validate import SHORT_LIMIT
from footholds.core.suggestions import PACK, Suggestion, hidden_marks, routine_suggestions
from footholds.ui.common import buttons, icons
from footholds.ui.common.calm import hint, language
from footholds.ui.common.limits import limited_under
from footholds.ui.common.operations import remove_record, save_record
from footholds.ui.common.prompter import excerpt
from footholds.ui.common.refresh import Refresher
from footholds.ui.common.undo import UndoBar

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class RoutineSuggestions(QWidget):
    """Every suggestion with Remove (own) or Hide (built-in), a field to add, and undo."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[QWidget] = []
        self.list = QVBoxLayout()
        self.list.setSpacing(4)
        self.about = hint(
            ctx,
            self.tr(
                "Ideas offered when you change your three small things in Today. Yours come "
                "first. Hiding one only takes it off this list."
            ),
        )
        self.field = QLineEdit()
        limited_under(self.field, SHORT_LIMIT)
        self.field.setPlaceholderText(self.tr("A small thing of your own"))
        self.field.setAccessibleName(self.tr("New routine suggestion"))
        self.field.setAccessibleDescription(
            self.tr("Type a suggestion and press Enter to add it to the list")
        )
        self.add = buttons.secondary(self.tr("Add"))
        self.add.setIcon(icons.ui_icon("add"))
        self.add.setAccessibleName(self.tr("Add this suggestion"))
        self.add.setAccessibleDescription(
            self.tr("Puts what you typed on the list, with your own ones first.")
        )
        self.bring_back = buttons.quiet(
            "", description=self.tr("Shows the built-in suggestions you hid again")
        )
        self.undo = UndoBar()
        self.undo.button.setAccessibleDescription(
            self.tr("Puts back the suggestion you just removed or hid.")
        )
        adding = QHBoxLayout()
        adding.addWidget(self.field, 1)
        adding.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.about)
        layout.addLayout(adding)
        layout.addLayout(self.list)
        layout.addWidget(self.bring_back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.undo)
        self.add.clicked.connect(self._on_add_clicked)
        self.field.returnPressed.connect(self._on_add_clicked)
        self.bring_back.clicked.connect(self._on_bring_back_clicked)
        self.refresher = Refresher(
            self, ctx.signals, self.refresh, kinds=(OwnItem.KIND, ContentMark.KIND)
        )
        self.refresh()

    def shown(self) -> list[Suggestion]:
        """The suggestions as the list shows them now."""
        return routine_suggestions(self.ctx.store, language(self.ctx))

    def refresh(self) -> None:
        """Show the list as the store has it."""
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        self.rows = [self._row(s) for s in self.shown()]
        for row in self.rows:
            self.list.addWidget(row)
        hidden = len(hidden_marks(self.ctx.store))
        self.bring_back.setText(self.tr("Bring back hidden suggestions (%n)", "", hidden))
        self.bring_back.setAccessibleName(self.bring_back.text())
        self.bring_back.setVisible(hidden > 0)

    def _row(self, suggestion: Suggestion) -> QWidget:
        row = QWidget()
        words = QLabel(suggestion.text)
        words.setTextFormat(Qt.TextFormat.PlainText)
        words.setWordWrap(True)
        if suggestion.own is not None:
            words.setAccessibleName(
                self.tr("Your suggestion: {suggestion}").format(suggestion=suggestion.text)
            )
            button = buttons.quiet(
                self.tr("Remove"),
                self.tr("Remove {suggestion}").format(suggestion=suggestion.text),
                self.tr("Removes your suggestion; you can undo it for a few seconds."),
            )
        else:
            words.setAccessibleName(suggestion.text)
            button = buttons.quiet(
                self.tr("Hide"),
                self.tr("Hide {suggestion}").format(suggestion=suggestion.text),
                self.tr("Takes this idea off the list; you can undo it or bring it back later."),
            )
        button.clicked.connect(lambda _=False, s=suggestion: self.take_off(s))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(words, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    # -- actions -------------------------------------------------------------------------

    def add_own(self, text: str) -> OwnItem | None:
        """Add the person's own suggestion; words already on the list are not added twice."""
        text = text.strip()
        if not text or text in {s.text for s in self.shown()}:
            return None
        return save_record(self.ctx, OwnItem(pack=PACK, text=text), self)

    def take_off(self, suggestion: Suggestion) -> None:
        """Remove an own suggestion or hide a built-in one; either can be undone."""
        if suggestion.own is not None:
            own = suggestion.own
            question = self.tr("Remove your suggestion “{suggestion}”?").format(
                suggestion=excerpt(own.text)
            )
            if not self.ctx.prompter.confirm(self, question, self.tr("Remove")):
                return
            remove_record(self.ctx, own, self)
            self.undo.offer(
                self.tr("Removed “{suggestion}”.").format(suggestion=own.text),
                lambda: self._put_back(own),
            )
        else:
            mark = save_record(self.ctx, ContentMark(pack=PACK, item_id=suggestion.item_id), self)
            if mark is not None:
                self.undo.offer(
                    self.tr("Hid “{suggestion}”.").format(suggestion=suggestion.text),
                    lambda: self._put_back(mark),
                )
        self.refresh()

    def bring_back_all(self) -> None:
        """Show every hidden built-in suggestion again."""
        for mark in hidden_marks(self.ctx.store):
            remove_record(self.ctx, mark, self)
        self.refresh()

    def _put_back(self, record: OwnItem | ContentMark) -> None:
        if isinstance(record, ContentMark):
            remove_record(self.ctx, record, self)
        else:
            save_record(self.ctx, record, self)
        self.refresh()

    def _on_add_clicked(self) -> None:
        if self.add_own(self.field.text()) is not None:
            self.field.clear()
            self.refresh()
        self.field.setFocus()

    def _on_bring_back_clicked(self) -> None:
        self.bring_back_all()
