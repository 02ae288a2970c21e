"""The safety plan's parts as they are read: on the Tough day whole, and in Get help now the
start of each part with "Show all" to read the rest of it in place, locked or not: the crisis
lines stay near the top, and no part of their own plan is more than one key away (before,
Get help now cut each part short with only Edit to read the rest)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from footholds.core import safety_plan_render
from footholds.ui.common import buttons
from footholds.ui.common.calm import escape, wrapped
from footholds.ui.common.own_words import own_words

BRIEF_LINES = 2  # how much of each part Get help now shows at first: enough to recognise it
BRIEF_CHARACTERS = 160


# The parts whose every line may be the one needed in a crisis: a person to call, a number,
# a step to make the space safer. Get help now keeps each of their lines, only shortening a
# line that runs on.
EVERY_LINE = frozenset({"sp-ask-for-help", "sp-professionals", safety_plan_render.SAFER_SECTION})

INDENT = 12  # the person's words stand in under their part's heading


def brief(lines: list[str], every_line: bool = False) -> str:
    """The start of a part, its first lines up to a couple of lines' worth of words, with "…"
    where more follows: in Get help now a long plan must not push the people the person
    trusts screens below the crisis lines (the rest is a "Show all" away). With
    `every_line`, each line stays (a name and number each), shortened only if it runs on."""
    shown = [line for line in "\n".join(lines).splitlines() if line.strip()]
    if every_line:
        return "\n".join(_short(line) for line in shown)
    return _short("\n".join(shown[:BRIEF_LINES]), more=len(shown) > BRIEF_LINES)


def _short(text: str, more: bool = False) -> str:
    """`text` within BRIEF_CHARACTERS, cut at a space, with "…" when anything was left out."""
    short = text
    if len(short) > BRIEF_CHARACTERS:
        short = short[:BRIEF_CHARACTERS].rsplit(" ", 1)[0] or short[:BRIEF_CHARACTERS]
    return short.rstrip(" ,.;:") + "…" if more or short != text else short


class PlanStep(QWidget):
    """One part of the plan: its heading and the person's words under it. `short` shows the
    start of the words, and when more is written a quiet "Show all" beside the heading shows
    the whole part in place, the page growing below it ("Show less" folds it again): no Edit,
    no other window, to read one's own plan on a bad day."""

    def __init__(
        self, page: safety_plan_render.PlanPage, part: safety_plan_render.Part, short: bool
    ) -> None:
        super().__init__()
        self.title = part.title
        lines = [part.text] if part.text else []
        if part.chosen:
            lines += [page.chosen_label, *(f"• {item}" for item in part.chosen)]
        self.whole = "\n".join(lines)
        self.start = brief(lines, part.id in EVERY_LINE) if short else self.whole
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.heading = QLabel(f"<b>{escape(part.heading)}</b>")
        self.heading.setWordWrap(True)
        # "Show all" beside the heading, as a section's "See all": the button stays where it
        # is as the words under it grow or fold, so nothing the person looks at moves, and
        # the page is no taller for it (the people they trust stay near the crisis lines)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        column.addLayout(top)
        self.words = own_words(self.start, selectable=True)  # theirs, wrapped
        self.words.setContentsMargins(INDENT, 0, 0, 6)
        self.words.setAccessibleName(part.title)
        column.addWidget(self.words)
        self.toggle: QPushButton | None = None
        if self.start != self.whole:
            self.toggle = buttons.more("")
            self.toggle.toggled.connect(self.show_all)
            top.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
            self._say()
            # as wide for either word: the heading beside it wraps the same open or folded
            buttons.room_for(self.toggle, self.tr("Show all"), self.tr("Show less"))

    def text(self) -> str:
        """The words as they show now: the start, or the whole of them once shown all."""
        return self.words.text()

    def opened(self) -> bool:
        """The whole part shows."""
        return self.toggle is not None and self.toggle.isChecked()

    def show_all(self, whole: bool = True) -> None:
        """Show the whole part (`whole`) or only its start again. The words grow or shrink
        where they are, under the button: what is above them stays put."""
        if self.toggle is None:
            return
        if self.toggle.isChecked() != whole:
            self.toggle.setChecked(whole)  # comes back here through toggled
            return
        self.words.setText(self.whole if whole else self.start)
        self._say()

    def _say(self) -> None:
        if self.toggle is None:
            return
        if self.opened():
            buttons.say(
                self.toggle,
                self.tr("Show less"),
                self.tr("Show less of {part}").format(part=self.title),
                self.tr("Shows only the start of this part of your plan again."),
            )
        else:
            buttons.say(
                self.toggle,
                self.tr("Show all"),
                self.tr("Show all of {part}").format(part=self.title),
                self.tr("Shows the whole of this part of your plan here."),
            )


def page_parts(page: safety_plan_render.PlanPage, short: bool = False) -> list[QWidget]:
    """The parts the person has written, in the plan's order, steps numbered, to read (Get
    help now, the app starting locked, the Tough day): the line saying to go down the steps
    in order, then a PlanStep for each part; `short`: only the start of each, "Show all" for
    the rest."""
    widgets: list[QWidget] = []
    seen_step = False
    for part in page.parts:
        if part.number and not seen_step:
            seen_step = True
            order = wrapped(page.order)
            order.setStyleSheet("font-style: italic;")
            widgets.append(order)
        widgets.append(PlanStep(page, part, short))
    return widgets
