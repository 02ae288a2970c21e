"""The thought log's quote: the thought being worked on, kept in view above every step.

It sits above the part that scrolls, never in it: with larger text the step under it was
scrolled to its field and the quote went out of sight above (step 7 asked "how much now?"
about a thought no longer shown). A long thought shows its first lines, and Show all opens
the rest in the card, in a few lines' room that scrolls on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from footholds.ui.common import buttons, tokens
from footholds.ui.common.own_words import own_words
from footholds.ui.reflect.thought_pages import wrap_label

FOLDED = 3  # lines shown while folded
OPEN = 6  # lines of room while open; a longer thought scrolls inside the card


class _Room(QScrollArea):
    """The thought's words, as tall as they are, up to `OPEN` lines while shown whole."""

    def __init__(self, words: QWidget) -> None:
        super().__init__()
        self.words = words
        # measures, never shown: its hidden child, never a parentless label Python's
        # collector could delete at a moment of its own (tests/gui/test_no_stray_widgets.py)
        self.probe = QLabel("\n".join("X" * OPEN), self)
        self.probe.hide()
        self.setWidget(words)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        words.setAutoFillBackground(False)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        tall = self.words.heightForWidth(width)
        most = self._lines_tall()
        if tall <= most:
            return tall
        bar = self.verticalScrollBar().sizeHint().width()
        return min(self.words.heightForWidth(width - bar), most)

    def _lines_tall(self) -> int:
        """`OPEN` whole lines of the words' type, as a label lays them out (a line is a
        pixel more than the font's spacing: the room cut its last line in half)."""
        self.probe.setFont(self.words.font())
        return self.probe.sizeHint().height()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(self.heightForWidth(max(hint.width(), self.width())))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setHeight(self.heightForWidth(max(1, self.width())))
        return hint


class ThoughtQuote(QFrame):
    """The thought in a card, its first lines and Show all, and how much it was believed."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        # the thought as they typed it, wrapped in its card however long a word it holds
        self.text = own_words(name="big")
        self.text.setAccessibleName(self.tr("Your thought"))
        self.text.show_at_most(FOLDED)
        self.room = _Room(self.text)
        self.room.setAccessibleName(self.tr("The thought you are working on"))
        self.room.setAccessibleDescription(
            self.tr("Its first lines; Show all shows the rest here, scrolling when it is long.")
        )
        self.belief = wrap_label("", "soft")
        self.whole = buttons.more(
            self.tr("Show all"),
            self.tr("Show all of the thought"),
            self.tr("Shows the whole thought here; the step stays where it is."),
        )
        self.whole.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(wrap_label(self.tr("The thought"), "soft"), 1)
        top.addWidget(self.whole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(tokens.M, tokens.XS, tokens.M, tokens.S)
        layout.setSpacing(tokens.XS)
        layout.addLayout(top)
        layout.addWidget(self.room)
        layout.addWidget(self.belief)
        self.text.cut_changed.connect(self._on_cut_changed)
        self.whole.toggled.connect(self._on_whole_toggled)

    def set_thought(self, thought: str) -> None:
        """The words to quote; a new thought starts folded again."""
        if thought != self.text.text():
            self.whole.setChecked(False)
        self.text.setText(thought)
        self._on_cut_changed(self.text.is_cut())

    def _on_cut_changed(self, cut: bool) -> None:
        self.whole.setVisible(cut or self.whole.isChecked())

    def _on_whole_toggled(self, on: bool) -> None:
        if on:
            buttons.say(
                self.whole,
                self.tr("Show less"),
                self.tr("Show less of the thought"),
                self.tr("Shows only the first lines of the thought again."),
            )
        else:
            buttons.say(
                self.whole,
                self.tr("Show all"),
                self.tr("Show all of the thought"),
                self.tr("Shows the whole thought here; the step stays where it is."),
            )
        self.text.show_at_most(0 if on else FOLDED)
        self.room.verticalScrollBar().setValue(0)
        self.room.updateGeometry()
