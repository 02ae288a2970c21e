"""The pages of a thought log: the thought, the gentle questions, thinking traps, a kinder view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from footholds.core.store import ThoughtLog


def text_box(name: str, description: str, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # keyboard users move on with Tab, as everywhere else
    box.setMinimumHeight(110)
    box.setMaximumHeight(220)
    box.setAccessibleName(name)
    box.setAccessibleDescription(description)
    box.setPlaceholderText(placeholder)
    return box


def wrap_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class BeliefRating(QWidget):
    """How much the thought is believed, 0 to 100, or not rated (until the slider is moved)."""

    changed = Signal()

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = wrap_label(question)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setAccessibleName(question)
        self.shown = QLabel()
        self.shown.setMinimumWidth(90)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)
        self._rated = False
        self.set_value(None)
        self.slider.valueChanged.connect(self._on_moved)

    def value(self) -> int | None:
        return self.slider.value() if self._rated else None

    def set_value(self, value: int | None) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(50 if value is None else value)
        self.slider.blockSignals(False)
        self._rated = value is not None
        self._show()

    def _on_moved(self, _value: int) -> None:
        self._rated = True
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        value = self.value()
        text = self.tr("not rated") if value is None else self.tr("{n} in 100").format(n=value)
        self.shown.setText(text)
        self.slider.setAccessibleDescription(text)


class ThoughtPages(QStackedWidget):
    """One page at a time: the thought and how much it is believed, each question (from the
    "thought_questions" pack), optional thinking traps, then a kinder view and a new rating."""

    edited = Signal()

    def __init__(self, questions: list[dict[str, Any]], traps: list[dict[str, Any]]) -> None:
        super().__init__()
        self.questions = questions
        self.traps = traps
        self.thought = text_box(
            self.tr("The thought"),
            self.tr("The thought that is bothering you, in the words it comes in."),
            self.tr("Write it just as it sounds."),
        )
        self.before = BeliefRating(self.tr("How much do you believe it right now?"))
        self.addWidget(self._page(self.tr("What is the thought?"), "", self.thought, self.before))
        self.answers: dict[str, QPlainTextEdit] = {}
        for index, q in enumerate(questions, 1):
            # The question's gentle hint is what a sighted person reads under it.
            box = text_box(q["question"], q["hint"] or self.tr("Your answer, in your own words."))
            self.answers[q["id"]] = box
            counter = self.tr("Question {i} of {n}").format(i=index, n=len(questions))
            self.addWidget(self._page(q["question"], q["hint"], box, counter=counter))
        self.trap_boxes: dict[str, QCheckBox] = {}
        self.addWidget(self._traps_page())
        self.balanced = text_box(
            self.tr("A kinder, more balanced view"),
            self.tr("In your own words. Fairer is enough; it doesn't have to be cheerful."),
        )
        self.after = BeliefRating(self.tr("Looking at the first thought again: how much now?"))
        self.addWidget(
            self._page(
                self.tr("A kinder, more balanced view"),
                self.tr("In your own words. Fairer is enough; it doesn't have to be cheerful."),
                self.balanced,
                self.after,
            )
        )
        for box in (self.thought, self.balanced, *self.answers.values()):
            box.textChanged.connect(self.edited)
        for rating in (self.before, self.after):
            rating.changed.connect(self.edited)
        for check in self.trap_boxes.values():
            check.toggled.connect(self.edited)

    def _page(self, title: str, hint: str, *parts: QWidget, counter: str = "") -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        if counter:
            layout.addWidget(wrap_label(counter, "soft"))
        layout.addWidget(wrap_label(title, "heading"))
        if hint:
            layout.addWidget(wrap_label(hint, "soft"))
        for part in parts:
            layout.addWidget(part, 1 if isinstance(part, QScrollArea) else 0)
        if not any(isinstance(part, QScrollArea) for part in parts):
            layout.addStretch(1)  # a modest box feels less like a form to fill
        return page

    def _traps_page(self) -> QWidget:
        inner = QWidget()
        grid = QVBoxLayout(inner)
        grid.setContentsMargins(0, 0, 8, 0)
        for trap in self.traps:
            box = QCheckBox(trap["name"])
            box.setToolTip(trap["explain"])
            box.setAccessibleDescription(trap["explain"])
            self.trap_boxes[trap["id"]] = box
            grid.addWidget(box)
            explain = wrap_label(trap["explain"], "soft")
            explain.setContentsMargins(24, 0, 0, 6)
            grid.addWidget(explain)
        grid.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setAccessibleName(self.tr("Thinking traps"))
        scroll.setAccessibleDescription(self.tr("Tick any that fit this thought, or none."))
        hint = self.tr("Thoughts often follow well-worn paths. Tick any that fit, or none.")
        return self._page(self.tr("Does it fall into a thinking trap?"), hint, scroll)

    def fill(self, entry: ThoughtLog) -> None:
        """Show an entry's words on the pages, quietly (no `edited`)."""
        widgets: list[Any] = [self.thought, self.balanced, *self.answers.values()]
        widgets += [*self.trap_boxes.values(), self.before, self.after]
        for widget in widgets:
            widget.blockSignals(True)
        self.thought.setPlainText(entry.thought)
        self.before.set_value(entry.belief_before)
        for qid, box in self.answers.items():
            box.setPlainText(entry.answers.get(qid, ""))
        for tid, check in self.trap_boxes.items():
            check.setChecked(tid in entry.traps)
        self.balanced.setPlainText(entry.balanced)
        self.after.set_value(entry.belief_after)
        for widget in widgets:
            widget.blockSignals(False)

    def entry(self, base: ThoughtLog | None) -> ThoughtLog:
        """What is on the pages, as a record keeping `base`'s id and date when given."""
        base = base or ThoughtLog()
        answers = {q: b.toPlainText().strip() for q, b in self.answers.items()}
        return ThoughtLog(
            id=base.id,
            at=base.at,
            thought=self.thought.toPlainText().strip(),
            belief_before=self.before.value(),
            answers={q: text for q, text in answers.items() if text},
            traps=[tid for tid, box in self.trap_boxes.items() if box.isChecked()],
            balanced=self.balanced.toPlainText().strip(),
            belief_after=self.after.value(),
        )

    def written(self) -> bool:
        return bool(self.thought.toPlainText().strip())

    def prefill_balanced(self) -> None:
        """The last question already asks for a kinder view: start the last page from it."""
        if self.questions and not self.balanced.toPlainText().strip():
            closing = self.answers[self.questions[-1]["id"]].toPlainText().strip()
            self.balanced.setPlainText(closing)
            self.balanced.moveCursor(QTextCursor.MoveOperation.End)  # carry on writing
