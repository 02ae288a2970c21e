"""Today's "Planned for later": what the person planned, "I did it", and "How was that?".

Plans for today and tomorrow that are not done are listed, then what was done today; one
whose day is over is simply not there. Nothing here says what did not happen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footholds.core import activation
from footholds.core.store import ActivityPlan, InvalidEntry, StoreWriteError
from footholds.ui.common import buttons, i18n, tokens
from footholds.ui.common.calm import language, long_date
from footholds.ui.common.chips import ChipHost, ScalePicker
from footholds.ui.common.components import label
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.limits import limited_under
from footholds.ui.common.own_words import own_words

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class MoodRow(ChipHost):
    """Its name, then five chips, 1 (very low) to 5 (good); none chosen is fine, and a second
    click on the chosen one clears it. With `ends` (low, high) the row shows its end words
    either side, as Energy does, and says them to a screen reader, for a scale whose ends are
    not a mood's. The chips are the shared ScalePicker: the row is one Tab stop, the arrows
    go along it and a number key picks that number; Enter in a dialog saves instead."""

    def __init__(
        self, label: str, parent: QWidget | None = None, *, ends: tuple[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.caption = QLabel()
        row.addWidget(self.caption, 1)
        self.scale = ScalePicker(ends=ends is not None)
        for button in self.scale.buttons:
            button.setFixedWidth(36)
        row.addWidget(self.scale)
        self.set_words(label, ends)
        self.restyle()  # chips: the chosen number in the accent colour, in light and dark

    def set_words(self, label: str, ends: tuple[str, str] | None = None) -> None:
        """Its name and end words (the caller's, in the current language): at first, and
        again after a language switch in a window kept alive; the chosen number stays."""
        self.caption.setText(label)
        shown = self.scale.ends
        if ends is None or shown is None:
            description = self.tr("From 1, very low, to 5, good.")
        else:
            description = self.tr("From 1, {low}, to 5, {high}.").format(low=ends[0], high=ends[1])
            shown[0].setText(ends[0])
            shown[1].setText(ends[1])
        self.scale.name_buttons(
            lambda n: self.tr("{label}: {level} of 5").format(label=label, level=n), description
        )

    def button(self, n: int) -> QPushButton:
        """The chip for `n` (1 to 5)."""
        return self.scale.button(n)

    def value(self) -> int | None:
        return self.scale.value()


class HowWasThatDialog(QDialog):
    """ "How was that?" Mood before and after, and a word; every part optional."""

    def __init__(
        self,
        plan: ActivityPlan,
        parent: QWidget | None = None,
        *,
        what: str = "",
        kept: bool = False,
    ) -> None:
        """`what` is the plan's name as shown (activation.words_of); its saved words if none.
        `kept`: the plan is noted as done already (a nudge's Done), so closing changes it not."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("How was that?"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(12)
        name = own_words(what or plan.text)  # in their words, wrapped however long
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        hint = QLabel(self.tr("All of this is optional. 1 is very low, 5 is good."))
        hint.setWordWrap(True)
        self.before = MoodRow(self.tr("My mood before"))
        self.after = MoodRow(self.tr("My mood after"))
        self.word = QLineEdit()
        self.word.setPlaceholderText(self.tr("A word about it, if you like"))
        self.word.setAccessibleName(self.tr("A word about it"))
        self.word.setAccessibleDescription(self.tr("One word or a few, for you to look back on."))
        limited_under(self.word, 80)
        # "Keep it" is the accent button, the default, and where the keyboard starts: it
        # started on mood "1" (very low), and Space recorded the lowest mood; no mood is
        # chosen until the person chooses one
        self.keep = buttons.primary(
            self.tr("Keep it"),
            self.tr("Keep it"),
            self.tr("Notes that you did it, with how it felt."),
        )
        # after a nudge's Done the plan is noted as done already: "Back" said closing changed
        # nothing, as if it were not, and there was nothing to go back to
        self.back = (
            buttons.secondary(
                self.tr("Not now"),
                self.tr("Not now"),
                self.tr("Closes this; it stays noted as done."),
            )
            if kept
            else buttons.secondary(
                self.tr("Back"), self.tr("Back"), self.tr("Closes this and changes nothing.")
            )
        )
        box = QDialogButtonBox()
        box.addButton(self.keep, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.back, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep.setDefault(True)
        for widget in (name, hint, self.before, self.after, self.word, box):
            layout.addWidget(widget)
        self.keep.setFocus()
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)


class ActivitySection(QWidget):
    """A heading, the open plans with "I did it", and "Plan something"."""

    def __init__(self, ctx: AppContext, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.ctx = ctx
        self.clock = clock
        title = label(self.tr("Planned for later"), "heading")
        self.empty = QLabel(
            self.tr("Something small you might enjoy, or that matters to you, for later.")
        )
        self.empty.setProperty("soft", True)
        self.empty.setWordWrap(True)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        self.plan = buttons.secondary(self.tr("&Plan something"))
        self.plan.setAccessibleName(self.tr("Plan something"))
        self.plan.setAccessibleDescription(
            self.tr("Choose one small thing for later today or tomorrow.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.empty)
        layout.addLayout(self.rows)
        # "Noted" is said beside "Plan something", in room kept for it: nothing moves
        self.feedback = Feedback(width=tokens.XL * 4)
        bottom = QHBoxLayout()
        bottom.setSpacing(tokens.S)
        bottom.addWidget(self.plan)
        bottom.addWidget(self.feedback, 1)
        layout.addLayout(bottom)
        self.buttons: list[QPushButton] = []
        self.plan.clicked.connect(self._on_plan_clicked)

    def refresh(self, today: date) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        start_hour = self.ctx.settings["day.start_hour"]
        plans = activation.open_plans(self.ctx.store, self.clock(), start_hour)
        # what was done today stays in view, after what is still planned, as a small win
        done = activation.done_between(self.ctx.store, today, today, start_hour)
        self.empty.setVisible(not plans and not done)
        for plan in plans:
            self.rows.addWidget(self._row(plan, today))
        for plan in done:
            self.rows.addWidget(self._done_row(plan))

    def _row(self, plan: ActivityPlan, today: date) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        # a built-in idea in today's language; the person's own words as they wrote them
        what = self.words_of(plan)
        text = own_words(what)
        when = QLabel(self._when(plan, today))
        when.setProperty("soft", True)
        line.addWidget(text, 1)
        line.addWidget(when)
        if plan.day != today.isoformat():
            return row  # tomorrow's waits for tomorrow
        # an Alt letter on the first of today's plans only: rows repeat, and one letter on
        # every row would only pass the keyboard between them (Tab reaches the others)
        did = buttons.secondary(
            self.tr("I did it") if self.buttons else self.tr("&I did it"),
            self.tr("I did it: {what}").format(what=what),
            self.tr("Notes it as done, and asks how it was."),
        )
        line.addWidget(did)
        did.clicked.connect(lambda _checked=False, p=plan: self._on_did_clicked(p))
        self.buttons.append(did)
        return row

    def _done_row(self, plan: ActivityPlan) -> QWidget:
        """A plan done today: its words and "done", with no button."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(own_words(self.words_of(plan)), 1)
        done = QLabel(self.tr("done"))
        done.setProperty("soft", True)
        line.addWidget(done)
        return row

    def words_of(self, plan: ActivityPlan) -> str:
        """The plan's name as shown: a built-in idea's words in the language of the day."""
        return activation.words_of(plan, language(self.ctx))

    def _when(self, plan: ActivityPlan, today: date) -> str:
        """The plan's day as it is: "today", "tomorrow", or further on its own name ("Tue 8
        Dec"): a moved day start can leave a plan two days off, never "tomorrow"."""
        if plan.day == today.isoformat():
            return self.tr("today at {time}").format(time=plan.time) if plan.time else ""
        if plan.day == (today + timedelta(days=1)).isoformat():
            if plan.time:
                return self.tr("tomorrow at {time}").format(time=plan.time)
            return self.tr("tomorrow")
        day = long_date(plan.day, capital=False, relative=False, today=today)
        if plan.time:
            return self.tr("{day} at {time}").format(day=day, time=plan.time)
        return day

    def _on_plan_clicked(self) -> None:
        self.ctx.windows.show("plan-activity", source="today")

    def _on_did_clicked(self, plan: ActivityPlan) -> None:
        dialog = HowWasThatDialog(plan, self, what=self.words_of(plan))
        dialog.accepted.connect(lambda: self.finish(plan, dialog))
        self.ctx.reminders.hold_while(dialog)  # one gentle prompt at a time: no card over it
        dialog.open()

    def finish(self, plan: ActivityPlan, dialog: HowWasThatDialog) -> None:
        """Keep it as done, with how it felt."""
        try:
            activation.done(
                self.ctx.store,
                plan,
                mood_before=dialog.before.value(),
                mood_after=dialog.after.value(),
                word=dialog.word.text(),
                now=self.clock(),
            )
        except InvalidEntry as exc:
            self.ctx.prompter.inform(self, i18n.error_text(exc))  # rare, and needs reading
            return
        except StoreWriteError as exc:
            self.ctx.prompter.warn(self, i18n.error_text(exc))
            return
        self.feedback.say(self.tr("Noted. Thank you for doing that for yourself."))
