"""The routine suggestions in Settings: add your own, hide built-in ones, bring them back.

The same list feeds "Change my three" in Today (core/suggestions.py), so a change here shows
there at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footholds.core.store import ContentMark, OwnItem
from footholds.core.store.validate import SHORT_LIMIT
from footholds.core.suggestions import (
    PACK,
    Suggestion,
    builtin_of,
    hidden_marks,
    own_as_builtin,
    routine_suggestions,
    which,
)
from footholds.ui.common import buttons, icons, kept_words
from footholds.ui.common.calm import hint, language
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import limited_under
from footholds.ui.common.operations import remove_record, save_record
from footholds.ui.common.prompter import excerpt
from footholds.ui.common.refresh import Refresher
from footholds.ui.common.scrolling import bring_into_view
from footholds.ui.common.undo import UNDO_SECONDS, UndoBar, seconds_left

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class RoutineSuggestions(QWidget):
    """Every suggestion with Remove (own) or Hide (built-in), a field to add, and undo."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[QWidget] = []
        self._keys: list[tuple[str, str]] = []  # what each row shows, to keep it on a refresh
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
        # the line under the field: its limit, or that what was typed is on the list already
        self.said = Feedback()
        limited_under(self.field, SHORT_LIMIT, self.said)
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
        self._taken: tuple[Callable[[], str], OwnItem | ContentMark] | None = (
            None  # what Undo puts back
        )
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
        layout.addWidget(self.said)  # its room kept from the start: saying moves nothing
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

    # -- words typed and not added, kept when Footholds closes (ui/common/kept_words.py) ----
    def typed_words(self) -> dict[str, str]:
        """A suggestion typed and not added yet ({} when none), for Settings' draft."""
        return kept_words.typed({"new": self.field})

    def put_words_back(self, kept: Any, *, quiet: bool = False) -> None:
        """The words `typed_words` gave at the last close, back in the field, with a line
        saying they are not saved yet (`quiet`: without it, as when Settings words itself
        again in another language), until they are added or emptied."""
        if not isinstance(kept, dict) or not kept_words.put_back({"new": self.field}, kept):
            return
        if quiet:
            return
        self.said.say(kept_words.kept_line(), None)

        def gone() -> None:
            if self.said.text() in kept_words.kept_lines():
                self.said.clear_now()

        kept_words.until_gone(self.ctx, [self.field], gone)

    def forget_words(self) -> None:
        """Empty the field, once its words are kept elsewhere (Lock now sealed them)."""
        kept_words.forget({"new": self.field})

    def shown(self) -> list[Suggestion]:
        """The suggestions as the list shows them now."""
        return routine_suggestions(self.ctx.store, language(self.ctx))

    def refresh(self) -> None:
        """Show the list as the store has it. Rows still on it are kept as they are, only
        those that came or went change: rebuilding every row emptied the list for a moment,
        the page shrank under it, and a Hide at the foot of My lists jumped the page up to
        "Parts", the Undo strip out of sight below."""
        kept = dict(zip(self._keys, self.rows, strict=True))
        shown = self.shown()
        keys = [_key(s) for s in shown]
        for key, gone in kept.items():
            if key not in keys:
                self.list.removeWidget(gone)
                gone.hide()  # not left drawn where it was until it is deleted
                gone.deleteLater()
        self.rows = []
        for at, (key, suggestion) in enumerate(zip(keys, shown, strict=True)):
            row = kept.get(key)
            if row is None:
                row = self._row(suggestion)
                self.list.insertWidget(at, row)
                # shown now, not when the layout gets to it: Undo hands it the keyboard
                row.setVisible(True)
            elif self.list.indexOf(row) != at:
                self.list.removeWidget(row)
                self.list.insertWidget(at, row)
            self.rows.append(row)
        self._keys = keys
        hidden = len(hidden_marks(self.ctx.store))
        self.bring_back.setText(self.tr("Bring back hidden suggestions (%n)", "", hidden))
        self.bring_back.setAccessibleName(self.bring_back.text())
        self.bring_back.setVisible(hidden > 0)

    def button_of(self, suggestion: Suggestion) -> QPushButton | None:
        """The Remove or Hide of `suggestion`'s row, when it is on the list."""
        key = _key(suggestion)
        if key not in self._keys:
            return None
        return self.rows[self._keys.index(key)].findChild(QPushButton)

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

    def add_own(self, text: str) -> bool:
        """Add the person's own suggestion; whether the list took it. Words already on it (in
        any case, spacing or accents) are not added twice. A built-in suggestion's words, in
        any shipped language, are that built-in: shown again if it was hidden, never kept as
        words of their own beside it."""
        text = text.strip()
        if not text or self.on_list(text):
            return False
        item_id = builtin_of(text)
        if item_id:
            marks = [m for m in hidden_marks(self.ctx.store) if m.item_id == item_id]
            return all(remove_record(self.ctx, mark, self) for mark in marks)
        return save_record(self.ctx, OwnItem(pack=PACK, text=text), self) is not None

    def take_off(self, suggestion: Suggestion) -> None:
        """Remove an own suggestion or hide a built-in one; either can be undone."""
        if suggestion.own is not None:
            own = suggestion.own
            question = self.tr("Remove your suggestion “{suggestion}”?").format(
                suggestion=excerpt(own.text)
            )
            if not self.ctx.prompter.confirm(self, question, self.tr("Remove")):
                return
            self._hand_on_keyboard(suggestion)
            remove_record(self.ctx, own, self)
            record: OwnItem | ContentMark | None = own
            words = own.text

            def message() -> str:
                return QCoreApplication.translate(
                    "RoutineSuggestions", "Removed “{suggestion}”."
                ).format(suggestion=words)

        else:
            self._hand_on_keyboard(suggestion)
            # its words saved as the person's own by an older version would keep it shown
            for own in own_as_builtin(self.ctx.store, suggestion.item_id):
                remove_record(self.ctx, own, self)
            record = save_record(self.ctx, ContentMark(pack=PACK, item_id=suggestion.item_id), self)
            hid = suggestion.text

            def message() -> str:
                return QCoreApplication.translate(
                    "RoutineSuggestions", "Hid “{suggestion}”."
                ).format(suggestion=hid)

        self.refresh()
        if record is None:
            return
        self._offer(message, record)
        bring_into_view(self.undo)  # it sits under the list, often out of sight

    def _offer(
        self, message: Callable[[], str], taken: OwnItem | ContentMark, seconds: int = 0
    ) -> None:
        self._taken = (message, taken)
        self.undo.offer(message, lambda: self._put_back(taken), seconds or UNDO_SECONDS)

    def pass_offer(self) -> tuple[Callable[[], str], object, int] | None:
        """Before a new language makes Settings' page again: the suggestion its Undo still
        offers back, with its words and the seconds left, for the new page (take_offer).
        Its strip went with the page, and the suggestion could not come back."""
        if self._taken is None or not self.undo.pending():
            return None
        return (*self._taken, seconds_left(self.undo))

    def take_offer(self, offer: tuple[Callable[[], str], object, int]) -> None:
        """The Undo the page before offered (pass_offer), offered here for its seconds
        left; the keyboard stays where it is (the person has just come to the page)."""
        message, taken, seconds = offer
        if not isinstance(taken, OwnItem | ContentMark):
            return
        held = self.window().focusWidget()
        self._offer(message, taken, seconds)
        if held is not None:
            held.setFocus()

    def _hand_on_keyboard(self, suggestion: Suggestion) -> None:
        """Before `suggestion`'s row goes, the keyboard to the row that takes its place (the
        one above at the foot; the field when none is left): Undo's strip hands it back there
        when the offer ends. Left on a row that went, Qt passed it on as Tab does, to the top
        of the window, and the page scrolled up after it."""
        key = _key(suggestion)
        if key not in self._keys:
            return
        at = self._keys.index(key)
        others = self.rows[at + 1 :] + self.rows[:at][::-1]
        nearest = others[0].findChild(QPushButton) if others else None
        (nearest or self.field).setFocus()

    def bring_back_all(self) -> None:
        """Show every hidden built-in suggestion again."""
        for mark in hidden_marks(self.ctx.store):
            remove_record(self.ctx, mark, self)
        self.refresh()

    def _put_back(self, record: OwnItem | ContentMark) -> QWidget | None:
        """Undo: the suggestion back in its place, shown, with the keyboard on its button."""
        if isinstance(record, ContentMark):
            remove_record(self.ctx, record, self)
        else:
            save_record(self.ctx, record, self)
        self.refresh()
        back = next(
            (
                s
                for s in self.shown()
                if (s.own is not None and s.own.id == record.id)
                or (isinstance(record, ContentMark) and s.item_id == record.item_id)
            ),
            None,
        )
        button = self.button_of(back) if back is not None else None
        if button is not None:
            bring_into_view(button, 0)
        return button

    def on_list(self, text: str) -> bool:
        """Whether `text` is on the list already (in any case, spacing or accents)."""
        return which(text) in {which(s.text) for s in self.shown()}

    def _on_add_clicked(self) -> None:
        text = self.field.text()
        if text.strip() and self.on_list(text):
            # said, and the words left selected: typing goes on over them
            self.said.say(self.tr("That one is already on the list."))
            self.field.setFocus()
            self.field.selectAll()
            return
        if self.add_own(text):
            self.said.clear_now()
            self.field.clear()
            self.refresh()
        self.field.setFocus()

    def _on_bring_back_clicked(self) -> None:
        self.bring_back_all()


def _key(suggestion: Suggestion) -> tuple[str, str]:
    """Which suggestion a row shows, and in which words: its row is kept while both stay."""
    return (
        suggestion.own.id if suggestion.own is not None else suggestion.item_id,
        suggestion.text,
    )
