"""The proof list's editor: the card that opens to add an entry or change one, with what the
person got through, the day, and optional tags.

Kept apart from proof_list.py so the window holds the list, the search and "show me one"; the
editor only fills its fields and hands their values back, and the window saves them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footholds.core.store import Proof
from footholds.ui.common import buttons as roles
from footholds.ui.common import kept_words
from footholds.ui.common.buttons import set_role
from footholds.ui.common.components import label
from footholds.ui.common.day_edit import DayEdit
from footholds.ui.common.limits import LimitedText

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


def parse_tags(text: str) -> list[str]:
    """Tags typed as "work, family" (a leading # is allowed and dropped)."""
    return [t.strip().lstrip("#").strip() for t in text.split(",") if t.strip().lstrip("#")]


TEXT_HEIGHT = 90  # the words' box; it gives room to "no longer in your proof list" (_make_room)


@dataclasses.dataclass(frozen=True)
class Draft:
    """What was in the editor's fields when Esc put them away."""

    text: str
    day: QDate
    latest: QDate  # the latest day the date field allowed
    tags: str
    tags_typed: bool
    kept: bool = False  # kept when Footholds closed and given back, not saved since


class ProofEditor(QFrame):
    """Add or change one entry: what they got through, when, and optional tags."""

    opened = Signal(bool)  # shown or hidden: the window's accent passes to Save and back

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        ctx: AppContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx  # to settle the drafts file once words given back are gone
        # the person's today (core/days.py): at 00:30 with the day starting at 4 am, a proof
        # added is Saturday's, as the check-in and the list count it, not Sunday's
        self.today = today
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("card", True)  # drawn as a card by the application style sheet
        self.editing: Proof | None = None
        # the entry being changed is no longer saved (removed elsewhere, an older backup
        # restored; or words kept for it at a close, opened from the window's strip): Save
        # keeps the words as an entry of their own (`say_gone`)
        self.gone = False
        # words put away with Esc, by the entry they were written for ("" for a new one):
        # each opens again just as it was left when its own entry does (start)
        self.drafts: dict[str, Draft] = {}
        self.text = LimitedText(Proof.TEXT_LIMIT)  # what is kept, said under it at the end
        self.text.setPlaceholderText(self.tr("What did you get through? Small things count."))
        self.text.setAccessibleName(self.tr("What you got through"))
        self.text.setAccessibleDescription(
            self.tr("A few words about something you got through. Small things count.")
        )
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(TEXT_HEIGHT)
        # under words kept when Footholds closed and given back: not saved yet (kept_words)
        self.kept = kept_words.line()
        self.given_back = False  # the words in it now are those, not saved since
        self._watching = False  # until they are gone (kept_words.until_gone), once
        # "Today", "Thu 3 Dec": as the list reads; stored as ISO
        self.date = DayEdit(today=today)
        # a day to come, clicked in the calendar: why it cannot be picked
        self.date.beyond_hint = self.tr(
            "A proof is something you have already got through: choose today or a day before."
        )
        self.date.setAccessibleName(self.tr("The date"))
        self.date.setAccessibleDescription(
            self.tr("The day it happened; today unless you change it.")
        )
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Optional, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setAccessibleDescription(
            self.tr("Words to find this entry by later, like work or family. Optional.")
        )
        self.save = QPushButton(self.tr("&Save"))  # Alt+S, from the words too
        self.save.setAccessibleName(self.tr("Save this entry"))
        self.save.setAccessibleDescription(
            self.tr("Keeps this entry in your proof list; Ctrl+Enter does the same.")
        )
        # the accent on the one thing the editor is for, as in every editor (the window's Add
        # gives it up while the editor is open); Enter in a one-line field saves through
        # keyPressEvent, never on a focused Cancel, and a new line in the words stays one
        set_role(self.save, "primary")
        self.cancel = QPushButton(self.tr("&Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel without saving"))
        self.cancel.setAccessibleDescription(
            self.tr("Closes the editor and leaves your proof list as it was.")
        )
        set_role(self.cancel, "quiet")
        for button in (self.save, self.cancel):
            button.setAutoDefault(False)  # Enter on a focused button is that button's own
        # said only while the entry is gone: why Save now keeps the words as a new entry
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        # the keys, as the quick log says its own: Enter here is a new line, unlike there
        self.keys = label(self.tr("Ctrl+Enter saves · Enter new line"), "caption", soft=True)
        form = QFormLayout()
        form.addRow(self.tr("When"), self.date)
        form.addRow(self.tr("Tags"), self.tags)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keys, 1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.text)
        layout.addWidget(self.text.said)
        layout.addWidget(self.kept)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.hide()

    def start(self, proof: Proof | None = None, text: str = "") -> None:
        """Open empty (dated today), or filled with an entry to change; or, when words were
        put away with Esc for this same entry (or, for a new one, on Add), with those words:
        nothing written is lost to a second click, and no words come up over another
        entry, where saving would put them. Words brought with `text` go under a draft.

        Words being written when another entry is opened wait for theirs, as Esc keeps them."""
        if self.isVisible():
            self._keep_open_words(self.drafts)
        self.editing = proof
        self.text.said.clear_now()
        draft = self.drafts.pop(self._key(proof), None)
        if draft is not None:
            self._fill(draft)
            if text.strip() and text.strip() not in self.text.toPlainText():
                self.text.appendPlainText(text)
        else:
            self.text.setPlainText(proof.text if proof else text)
            today = self.today()
            now = QDate(today.year, today.month, today.day)
            day = QDate.fromString(proof.day, "yyyy-MM-dd") if proof else now
            # something got through has happened already: no later day than today (or than
            # the entry's own, should an import have brought one from a clock set wrong)
            self.date.setMaximumDate(max(now, day))
            self.date.setDate(day)
            self.tags.setText(", ".join(proof.tags) if proof else "")
        self.say_gone(False)  # "Save changes", or "Save" for a new one
        self._say_given_back(draft is not None and draft.kept)
        kept_words.to_the_end(self.text)  # on from where the words end
        self.show()
        self.text.setFocus()

    def _say_given_back(self, back: bool) -> None:
        """The kept line under words kept at the last close, as every window says it, until
        they are gone (saved, emptied); opened over other words, no line and no room."""
        self.given_back = back
        if not back:
            kept_words.gone(self.kept)
            return
        kept_words.appear(self.kept)
        if self.ctx is not None and not self._watching:
            # emptied or saved: the line goes, and the drafts file follows (kept_words.shown)
            self._watching = True
            kept_words.until_gone(self.ctx, [self.text], self._given_back_gone)

    def _given_back_gone(self) -> None:
        """The words given back are gone: the line with them, and not said again when the
        words typed since are put away and open again."""
        self._watching = False
        self.given_back = False
        kept_words.gone(self.kept)

    def say_gone(self, gone: bool) -> None:
        """Whether the entry being changed is still saved. Gone, Save could only fail with
        "no longer in Footholds" and Cancel lose the words: say so, and let Save keep them as
        an entry of their own. Back (an Undo), Save changes it in place again."""
        self.gone = gone and self.editing is not None
        self.message.setVisible(self.gone)
        self._make_room()
        if self.gone:
            self.message.setText(
                self.tr(
                    "That entry is no longer in your proof list (it may have been removed, or "
                    "an older backup restored). Your words are still here: Keep as a new "
                    "entry saves them."
                )
            )
            roles.say(
                self.save,
                self.tr("&Keep as a new entry"),
                self.tr("Keep as a new entry"),
                self.tr("Saves these words as an entry of their own, with their day and tags."),
            )
        else:
            roles.say(
                self.save,
                self.tr("&Save changes") if self.editing is not None else self.tr("&Save"),
                self.tr("Save this entry"),
                self.tr("Keeps this entry in your proof list; Ctrl+Enter does the same."),
            )

    def _make_room(self) -> None:
        """The sentence saying the entry is gone takes its room from the words' box (which
        scrolls), so the card keeps its height: it grew, the list under it shrank and the
        window grew to hold them. The box keeps two lines at the least."""
        height = TEXT_HEIGHT
        layout = self.layout()
        if self.gone and layout is not None:
            margins = layout.contentsMargins()
            width = self.contentsRect().width() - margins.left() - margins.right()
            said = self.message.heightForWidth(width) + layout.spacing()
            frame = self.text.frameWidth() * 2 + 2 * int(self.text.document().documentMargin())
            least = self.text.fontMetrics().lineSpacing() * 2 + frame
            height = max(least, TEXT_HEIGHT - said)
        self.text.setFixedHeight(height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the day or the tags saves (the words' box keeps its Enter for a new
        line; Ctrl+Enter anywhere is the window's)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        field = QApplication.focusWidget()
        one_line = isinstance(field, QLineEdit | QAbstractSpinBox) and self.isAncestorOf(field)
        if enter and plain and one_line and self.save.isEnabled():
            self.save.click()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.opened.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.opened.emit(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._make_room()  # the sentence takes more lines in a narrower card

    def today_moved(self) -> None:
        """The person's today changed (a new day-start hour): the day chosen stays, its
        words ("Today", "Yesterday") are said from the new today, and a today now later
        can be picked."""
        today = self.today()
        now = QDate(today.year, today.month, today.day)
        self.date.setMaximumDate(max(now, self.date.maximumDate()))
        self.date.lineEdit().setText(self.date.textFromDateTime(self.date.dateTime()))

    def holds_words(self) -> bool:
        """Words typed in it and not saved (as shell/windows.holds_typing counts them)."""
        typed = self.text.document().isModified() and bool(self.text.toPlainText().strip())
        return typed or (self.tags.isModified() and bool(self.tags.text().strip()))

    def keeps_words(self) -> bool:
        """Words in its fields or put away for any entry: the window must not let go of them."""
        return bool(self.drafts) or self.holds_words()

    def put_away(self) -> None:
        """Close, keeping what is in it for the next time its entry opens (Esc)."""
        self._keep_open_words(self.drafts)
        self.hide()

    def discard(self) -> None:
        """Close and let go of what is in it (Cancel, or once saved); words put away for
        other entries stay theirs."""
        self.drafts.pop(self._key(self.editing), None)
        self.editing = None
        self.say_gone(False)
        # the fields let go too: words left in them, still marked typed, came back as a new
        # entry's draft when the window was built again in another language
        self.text.clear()
        self.text.document().setModified(False)
        self.tags.clear()
        self.tags.setModified(False)
        self.hide()

    def kept_words(self) -> dict[str, dict[str, Any]]:
        """Every entry's words typed and not saved, by entry id ("" for a new one), as plain
        values to keep when Footholds closes (core/drafts.py)."""
        drafts = dict(self.drafts)
        if self.isVisibleTo(self.window()):
            self._keep_open_words(drafts)
        return {
            key: {
                "text": d.text,
                "day": d.day.toString(Qt.DateFormat.ISODate),
                "latest": d.latest.toString(Qt.DateFormat.ISODate),
                "tags": d.tags,
                "tags_typed": d.tags_typed,
            }
            for key, d in drafts.items()
        }

    def bring_back(self, kept: dict[str, Any]) -> None:
        """Take back what `kept_words` gave at the last close, each for its own entry; what
        cannot be read (another version's) is left out."""
        for key, values in kept.items():
            try:
                day = QDate.fromString(str(values["day"]), Qt.DateFormat.ISODate)
                latest = QDate.fromString(str(values["latest"]), Qt.DateFormat.ISODate)
                text, tags = str(values["text"]), str(values["tags"])
                draft = Draft(text, day, latest, tags, bool(values["tags_typed"]), kept=True)
            except (KeyError, TypeError):
                continue
            if isinstance(key, str) and day.isValid() and latest.isValid():
                self.drafts.setdefault(key, draft)

    def take_over(self, other: ProofEditor) -> None:
        """Hold `other`'s put-away words as its own drafts (the window built again in a new
        language): each waits for its own entry, as it did there."""
        self.drafts = dict(other.drafts)
        # typed and not put away yet (the window itself was closed); a hidden editor's words
        # are already among its drafts, or were let go
        if other.isVisibleTo(other.window()):
            other._keep_open_words(self.drafts)

    def _keep_open_words(self, drafts: dict[str, Draft]) -> None:
        """Put the words typed in its fields and not saved, if any, in `drafts` as the draft
        of the entry they are for."""
        if self.holds_words():
            drafts[self._key(self.editing)] = self._snapshot()

    @staticmethod
    def _key(proof: Proof | None) -> str:
        return proof.id if proof is not None else ""  # "": the words for a new entry

    def _snapshot(self) -> Draft:
        return Draft(
            text=self.text.toPlainText(),
            day=QDate(self.date.date()),
            latest=QDate(self.date.maximumDate()),
            tags=self.tags.text(),
            tags_typed=self.tags.isModified(),
            kept=self.given_back,
        )

    def _fill(self, draft: Draft) -> None:
        self.text.setPlainText(draft.text)
        # still typed and unsaved: closing keeps them, and Esc puts them away again
        self.text.document().setModified(True)
        self.date.setMaximumDate(draft.latest)
        self.date.setDate(draft.day)
        self.tags.setText(draft.tags)
        self.tags.setModified(draft.tags_typed)

    def values(self) -> dict[str, object]:
        """What is in the fields now, ready for a Proof."""
        return {
            "text": self.text.toPlainText().strip(),
            "day": self.date.date().toString("yyyy-MM-dd"),
            "tags": parse_tags(self.tags.text()),
        }
