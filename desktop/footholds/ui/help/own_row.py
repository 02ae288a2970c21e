"""One of the person's own numbers as Get help now shows it: the name, the number big and
whole on its line, the words round it free to wrap, and Call, Copy number and Remove beside
them, or under them where the row has no room for both side by side (a long number held the
window 72 px wider at its least, all of it for the buttons beside it).

Copy number copies the number alone (core/number_copy.py); where that is not just what is
shown, a line under the words says what was copied, in room kept for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from footholds.core import phone_in_words
from footholds.core.number_copy import ToCopy, to_copy
from footholds.core.store import OwnLine
from footholds.ui.common import tokens
from footholds.ui.common.breaks import breakable
from footholds.ui.common.calm import escape
from footholds.ui.common.feedback import Feedback
from footholds.ui.help.line_parts import big_number, line_actions, linked_label, number_html

LONGEST_WHOLE = 24  # characters: a number written longer wraps between its groups


def line_label(line: OwnLine, copying: ToCopy, on_link: Callable[[str], None]) -> QLabel:
    """The name, the number big, and the note under them, as Get help now shows a number."""
    html = f"<b>{escape(breakable(line.name))}</b>: {own_number_html(copying)}"
    if line.note.strip():
        html += f"<br>{escape(breakable(line.note))}"
    label = linked_label(html, on_link)
    label.setAccessibleName(line.name)
    # level with Call, at the top of the row its Copy number makes taller than the words
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def own_number_html(copying: ToCopy) -> str:
    """The number Copy number copies big and bold, as in the crisis lines above, and the
    words written before and after it ("extension 12", "then press 2") plainly round it. A
    phone number stays on one line (split, it misreads), another one in the words too ("or
    07700 900123"), and the words round them wrap; a number written far longer than most is
    not big, so it fits the window's least width whole."""
    text = copying.written
    if copying.whole:  # no number told from the words: as written, big if short
        return (
            big_number(escape(breakable(text))) if len(text) <= LONGEST_WHOLE else words_html(text)
        )
    number = number_html(text[copying.start : copying.end])
    shown = big_number(number) if copying.end - copying.start <= LONGEST_WHOLE else number
    before, after = text[: copying.start], text[copying.end :]
    return words_html(before) + shown + words_html(after)


def words_html(words: str) -> str:
    """`words` free to wrap, each phone number in them (phone_in_words' rule) kept whole on
    one line: only as shown, never in what is stored, copied or dialled."""
    html, at = "", 0
    for start, end in phone_in_words.spans(words):
        html += escape(breakable(words[at:start])) + number_html(words[start:end])
        at = end
    return html + escape(breakable(words[at:]))


class OwnRow(QWidget):
    """One of the person's numbers, as shown, with its actions: beside the words where both
    fit side by side, else under them, so the row is as narrow as its number."""

    def __init__(self, line: OwnLine, on_link: Callable[[str], None], remove: QPushButton) -> None:
        super().__init__()
        self.line = line
        self.remove = remove
        self.copying = to_copy(line.number)
        self.label = line_label(line, self.copying, on_link)
        self.words = words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(0)
        words.addWidget(self.label)
        # Call with Copy number under it, or Copy number alone, as beside the crisis lines
        # above (the one call action: the words only name the number)
        actions = line_actions(line.name, line.number, "", on_link, copied=self.copying.text)
        self.copy = actions[-1]
        # "Copied just the number: …" under the words beside the buttons, under the buttons
        # when they are under the words (never an empty line between the two); only where
        # what is copied is not what is shown
        self.said: Feedback | None = None
        if not self.copying.same:
            self.said = Feedback()
            self.said.keep_room_for(lambda: [self._said_words()])
            words.addWidget(self.said)
        words.addStretch(1)
        self.buttons = QWidget()
        beside = QHBoxLayout(self.buttons)
        beside.setContentsMargins(0, 0, 0, 0)
        stack = QVBoxLayout()
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(4)
        for action in actions:
            stack.addWidget(action)
        stack.addStretch(1)
        beside.addLayout(stack)
        beside.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(tokens.XS)
        self.row.addLayout(words, 1)
        self.row.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if self.said is not None:
            self.copy.clicked.connect(self._on_copy_clicked)

    def _said_words(self) -> str:
        """What was copied, in plain words, its number never broken across two lines."""
        number = self.copying.text.replace(" ", "\u00a0").replace("-", "\u2011")
        if self.copying.more:
            return self.tr("Copied the first number: {number}").format(number=number)
        return self.tr("Copied just the number: {number}").format(number=number)

    def _on_copy_clicked(self) -> None:
        if self.said is not None:
            self.said.say(self._said_words())

    def side_by_side(self, width: int) -> bool:
        """Whether the actions go beside the words at `width`: where the number fits whole
        beside them, and the row is no taller so than with them under the words (the words
        squeezed into a narrow column, a line each, read worse and take more room)."""
        room = width - self.buttons.sizeHint().width() - self.row.spacing()
        if room < self.label.minimumSizeHint().width():
            return False
        tall = self.buttons.sizeHint().height()
        beside = max(self._words_height(room), tall)
        under = self._words_height(width) + self.row.spacing() + tall
        return beside <= under

    def _words_height(self, width: int) -> int:
        """The words' height at `width`, with room for what the Copied line may say."""
        height = self.label.heightForWidth(width)
        return height + (self.said.heightForWidth(width) if self.said is not None else 0)

    def minimumSizeHint(self) -> QSize:
        # as narrow as the number or the actions: below the two side by side, one under
        # the other
        hint = super().minimumSizeHint()
        least = max(self.label.minimumSizeHint().width(), self.buttons.sizeHint().width())
        return QSize(least, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        across = self.side_by_side(event.size().width())
        direction = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            if self.said is not None:
                (self.row if across else self.words).removeWidget(self.said)
                if across:
                    self.words.insertWidget(1, self.said)
                else:
                    self.row.addWidget(self.said)
        super().resizeEvent(event)
