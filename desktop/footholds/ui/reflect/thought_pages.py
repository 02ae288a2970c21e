"""The pages of a thought log: the thought, the gentle questions, thinking traps, a kinder view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from footholds.core.store import ThoughtLog
from footholds.core.store.validate import NOTE_LIMIT
from footholds.ui.common import tokens
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import LimitedText
from footholds.ui.common.tokens import Colours
from footholds.ui.common.wheel import wheel_after_click

EASED_AFTER_MS = 700  # the slider has come to rest: then, and only then, a word about it


def slider_style(c: Colours) -> str:
    """A rated slider is filled with the accent up to a solid handle; a slider not rated yet
    has an empty groove and a hollow handle, so it never reads as "50"."""
    return f"""
QSlider::groove:horizontal {{ height: 6px; border-radius: 3px; background: {c.raised};
    border: 1px solid {c.border}; }}
QSlider::sub-page:horizontal {{ height: 6px; border-radius: 3px; background: {c.accent}; }}
QSlider::handle:horizontal {{ width: 14px; margin: -6px 0; border-radius: 9px;
    background: {c.accent}; border: 2px solid {c.accent}; }}
QSlider[rated="false"]::sub-page:horizontal {{ background: transparent; }}
QSlider[rated="false"]::handle:horizontal {{ background: {c.field}; border: 2px solid {c.border}; }}
QSlider:focus {{ border: 2px solid {c.focus}; border-radius: 4px; }}
QSlider {{ border: 2px solid transparent; padding: 2px; }}
"""


def text_box(name: str, description: str, placeholder: str = "") -> LimitedText:
    """A box for the person's words, holding what the store keeps for one (its `said` goes
    just under it: the page lays it out)."""
    box = LimitedText(NOTE_LIMIT)
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


class ClickSlider(QSlider):
    """A slider a left click on its track sets where the click was (a tired person expects
    that; Qt's default moves one page step toward the pointer, so a click at 80 gave 60).
    Here, not in the app's style: a styleHint answered in Python had every style question
    of every widget cross into Python, and held 2 MB of PySide types at idle."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            control = QStyle.ComplexControl.CC_Slider
            handle = style.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, self)
            at = event.position().toPoint()
            if not handle.contains(at):
                groove = style.subControlRect(
                    control, option, QStyle.SubControl.SC_SliderGroove, self
                )
                span = max(1, groove.width() - handle.width())
                x = at.x() - groove.x() - handle.width() // 2
                self.setValue(
                    QStyle.sliderValueFromPosition(
                        self.minimum(), self.maximum(), x, span, option.upsideDown
                    )
                )
        # the handle is under the pointer now: holding on drags it from there
        super().mousePressEvent(event)


class BeliefRating(QWidget):
    """How much the thought is believed, 0 to 100, or not rated (until the slider is moved)."""

    changed = Signal()

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = wrap_label(question)
        self.slider = wheel_after_click(ClickSlider(Qt.Orientation.Horizontal))
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setAccessibleName(question)
        self.shown = QLabel()
        self.shown.setMinimumWidth(90)
        # not rated: a soft, italic "not rated" beside an empty slider; rated: the number
        self.hint = wrap_label(self.tr("Move the slider to rate it, if you like."), "soft")
        keep = self.hint.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # rating it moves nothing below
        self.hint.setSizePolicy(keep)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self._rated = False
        self.restyle()
        self.set_value(None)
        self.slider.valueChanged.connect(self._on_moved)

    def restyle(self) -> None:
        """The slider in the colours of the theme showing now."""
        dark = self.palette().window().color().lightness() < 128
        sheet = slider_style(tokens.colours(dark))
        if sheet != self.slider.styleSheet():
            self.slider.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.restyle()

    @property
    def rated(self) -> bool:
        return self._rated

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
        self.shown.setObjectName("soft" if value is None else "")
        self.hint.setVisible(value is None)
        if self.slider.property("rated") != (value is not None):
            self.slider.setProperty("rated", value is not None)
            for widget in (self.slider, self.shown):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        # by style sheet: a style sheet's polish would undo a font set on the label directly
        self.shown.setStyleSheet(f"font-style: {'italic' if value is None else 'normal'};")


# Content questions the fixed last page asks already: "What would be a kinder, more balanced
# way to put it?" came two steps before "A kinder, more balanced view". Not asked again; what
# older thoughts hold under it shows in the kinder view (ThoughtPages.fill).
ASKED_LAST = "tq-balanced-view"


def kinder_view(entry: ThoughtLog) -> str:
    """The entry's kinder view, with what it holds as the answer to ASKED_LAST before it
    (unless the kinder view already starts from it, as the last page once started)."""
    answered = entry.answers.get(ASKED_LAST, "").strip()
    balanced = entry.balanced.strip()
    if not answered or answered in balanced:
        return balanced or answered
    return f"{answered}\n\n{balanced}" if balanced else answered


class ThoughtPages(QStackedWidget):
    """One page at a time: the thought and how much it is believed, each question (from the
    "thought_questions" pack), optional thinking traps, then a kinder view and a new rating."""

    edited = Signal()

    def __init__(self, questions: list[dict[str, Any]], traps: list[dict[str, Any]]) -> None:
        super().__init__()
        self.questions = [q for q in questions if q["id"] != ASKED_LAST]
        self.traps = traps
        self.thought = text_box(
            self.tr("The thought"),
            self.tr("The thought that is bothering you, in the words it comes in."),
            self.tr("Write it just as it sounds."),
        )
        self.before = BeliefRating(self.tr("How much do you believe it right now?"))
        self.addWidget(self._page(self.tr("What is the thought?"), "", self.thought, self.before))
        self.answers: dict[str, LimitedText] = {}
        for q in self.questions:
            # The question's gentle hint is what a sighted person reads under it.
            box = text_box(q["question"], q["hint"] or self.tr("Your answer, in your own words."))
            self.answers[q["id"]] = box
            self.addWidget(self._page(q["question"], q["hint"], box))
        self.trap_boxes: dict[str, QCheckBox] = {}
        self.addWidget(self._traps_page())
        self.balanced = text_box(
            self.tr("A kinder, more balanced view"),
            self.tr("In your own words. Fairer is enough; it doesn't have to be cheerful."),
        )
        self.after = BeliefRating(self.tr("Looking at the first thought again: how much now?"))
        # A drop in belief is met in place, under the slider, once it comes to rest; a rise
        # or no change is met with nothing (no sentence about what did not happen).
        self.eased = Feedback()
        self.eased_timer = QTimer(self)
        self.eased_timer.setSingleShot(True)
        self.eased_timer.setInterval(EASED_AFTER_MS)
        self.eased_timer.timeout.connect(self._say_if_eased)
        self.after.changed.connect(self.eased_timer.start)
        self.addWidget(
            self._page(
                self.tr("A kinder, more balanced view"),
                self.tr("In your own words. Fairer is enough; it doesn't have to be cheerful."),
                self.balanced,
                self.after,
                self.eased,
            )
        )
        for box in (self.thought, self.balanced, *self.answers.values()):
            box.textChanged.connect(self.edited)
        for rating in (self.before, self.after):
            rating.changed.connect(self.edited)
        for check in self.trap_boxes.values():
            check.toggled.connect(self.edited)

    def _page(self, title: str, hint: str, *parts: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(tokens.XS + 2)
        layout.addWidget(wrap_label(title, "heading"))
        if hint:
            layout.addWidget(wrap_label(hint, "soft"))
        for part in parts:
            layout.addWidget(part)
            if isinstance(part, LimitedText):  # its limit is said just under it
                layout.addWidget(part.said)
        layout.addStretch(1)  # a modest box feels less like a form to fill
        return page

    # The stack is as tall as the page showing (not its tallest page), so the window's one
    # scroll area scrolls only when this page needs it: the traps page, on a small window.
    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        page = self.currentWidget()
        return page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else -1

    def setCurrentIndex(self, index: int) -> None:
        for i in range(self.count()):
            page = self.widget(i)
            if page is None:
                continue
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        super().setCurrentIndex(index)
        self.updateGeometry()

    def _traps_page(self) -> QWidget:
        # the whole list, in the page itself: no inner scroll box of its own
        inner = QWidget()
        inner.setAccessibleName(self.tr("Thinking traps"))
        inner.setAccessibleDescription(self.tr("Tick any that fit this thought, or none."))
        grid = QVBoxLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        for trap in self.traps:
            box = QCheckBox(trap["name"])
            box.setToolTip(trap["explain"])
            box.setAccessibleDescription(trap["explain"])
            self.trap_boxes[trap["id"]] = box
            grid.addWidget(box)
            explain = wrap_label(trap["explain"], "soft")
            explain.setContentsMargins(24, 0, 0, 6)
            grid.addWidget(explain)
        hint = self.tr("Thoughts often follow well-worn paths. Tick any that fit, or none.")
        return self._page(self.tr("Does it fall into a thinking trap?"), hint, inner)

    def _say_if_eased(self) -> None:
        before, after = self.before.value(), self.after.value()
        if before is not None and after is not None and after < before:
            self.eased.say(
                self.tr("It eased from {before} to {after}. That was your doing.").format(
                    before=before, after=after
                )
            )

    def fill(self, entry: ThoughtLog) -> None:
        """Show an entry's words on the pages, quietly (no `edited`)."""
        widgets: list[Any] = [self.thought, self.balanced, *self.answers.values()]
        widgets += [*self.trap_boxes.values(), self.before, self.after]
        self.eased_timer.stop()
        self.eased.clear_now()
        for widget in widgets:
            widget.blockSignals(True)
        for box in (self.thought, self.balanced, *self.answers.values()):
            box.said.clear_now()  # another entry's words: the limit said for these is gone
        self.thought.setPlainText(entry.thought)
        self.before.set_value(entry.belief_before)
        for qid, box in self.answers.items():
            box.setPlainText(entry.answers.get(qid, ""))
        for tid, check in self.trap_boxes.items():
            check.setChecked(tid in entry.traps)
        self.balanced.setPlainText(kinder_view(entry))
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
