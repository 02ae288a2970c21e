"""The smaller parts of the tough-day window, each a widget that reads the store itself."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from footholds.core import content
from footholds.core.days import day_of
from footholds.core.store import LogEntry, Proof, RoutineCheck, RoutineItem
from footholds.ui.common import buttons, icons
from footholds.ui.common.calm import hint, language, long_date, wrapped
from footholds.ui.common.components import TYPES, Card, label
from footholds.ui.common.operations import remove_record, save_record
from footholds.ui.common.refresh import Refresher
from footholds.ui.proofs.affirmation import Shown, first_affirmation

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

HERO_CHARS = 160  # longer proofs show a step smaller, so the choices stay in view
BARE_MINIMUM = 3


def _column(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    return layout


class NameIt(QWidget):
    """One line to name how it feels, without judging it; saved only if filled in."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rng = random.Random()
        self.line = QLineEdit()
        self.line.setMaxLength(2000)
        self.line.setPlaceholderText(self.tr("For example: heavy, and tired of being tired"))
        self.line.setAccessibleName(self.tr("How it feels right now"))
        self.line.setAccessibleDescription(
            self.tr("A few words for how it feels, without judging it. Enter keeps them.")
        )
        self.keep = buttons.secondary(self.tr("Keep it"))
        self.keep.setAccessibleName(self.tr("Save how it feels"))
        self.keep.setAccessibleDescription(
            self.tr("Keeps these words in your journal, just as you wrote them.")
        )
        self.said = hint(ctx, "")
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.keep)
        layout = _column(self)
        layout.addLayout(row)
        layout.addWidget(self.said)
        self.said.hide()
        self.keep.clicked.connect(self.save)
        self.line.returnPressed.connect(self.save)

    def save(self) -> None:
        """Save the line as a log entry from the tough-day window, then thank them."""
        text = self.line.text().strip()
        if not text:
            return
        if save_record(self.ctx, LogEntry(note=text, source="tough-day"), self) is None:
            return
        self.line.clear()
        self.said.setText(content.acknowledgement("tough", self.rng, language(self.ctx)))
        self.said.show()


class ProofHero(Card):
    """One time the person got through, in large type, with "another" beside it. With no
    proofs yet, something kind in its place, and a way to write the first."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rng = random.Random()
        self.shown: Proof | None = None
        self.seen: set[str] = set()  # shown since the deck was last fresh
        self.caption = label(self.tr("A time you got through"), "caption")
        self.another = buttons.quiet(
            self.tr("Another"),
            self.tr("Show another time you got through"),
            self.tr("Swaps this for a different entry from your proof list."),
        )
        self.another.setIcon(icons.ui_icon("another"))
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.another, 0, Qt.AlignmentFlag.AlignTop)
        self.words = label("", selectable=True)
        self.words.setAccessibleName(self.tr("From your proof list"))
        self.base = QFont(self.words.font())  # the body font the hero's sizes step up from
        self.when = label("", "caption")
        self.empty = label(
            self.tr("When you are ready, getting through today can be the first thing on it."),
            soft=True,
        )
        self.write_first = buttons.quiet(
            self.tr("Add to my proof list"),
            self.tr("Add an entry to your proof list"),
            self.tr("Opens your proof list, ready to write down a time you got through."),
        )
        self.write_first.setIcon(icons.ui_icon("add"))
        self.open = buttons.link(
            self.tr("Open my proof list"),
            self.tr("Open your whole proof list"),
            self.tr("Opens every time you got through, in a window of its own."),
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.write_first)
        bottom.addWidget(self.when, 1)
        bottom.addStretch(1)  # keeps "Add" at its own size when the date is hidden
        bottom.addWidget(self.open)
        self.body.addLayout(top)
        self.body.addWidget(self.words)
        self.body.addWidget(self.empty)
        self.body.addLayout(bottom)
        self.refresh()
        self.another.clicked.connect(self.pick)
        self.write_first.clicked.connect(lambda: ctx.windows.show("proof-list", add=True))
        self.open.clicked.connect(lambda: ctx.windows.show("proof-list"))

    def pick(self) -> None:
        """Show another: every proof once before any comes round again, never the same
        one twice in a row while there are others."""
        proofs = self.ctx.store.all(Proof)
        now = self.shown.id if self.shown else ""
        fresh = [p for p in proofs if p.id not in self.seen and p.id != now]
        if not fresh:
            self.seen.clear()
            fresh = [p for p in proofs if p.id != now] or proofs
        self.shown = self.rng.choice(fresh) if fresh else None
        if self.shown is not None:
            self.seen.add(self.shown.id)
        self._show(len(proofs))

    def refresh(self) -> None:
        """After a change to the list: keep the one on screen if it is still there."""
        proofs = {p.id: p for p in self.ctx.store.all(Proof)}
        if self.shown is not None and self.shown.id in proofs:
            self.shown = proofs[self.shown.id]
            self._show(len(proofs))
        else:
            self.shown = None
            self.pick()

    def _show(self, count: int) -> None:
        proof, can_open = self.shown, self.ctx.windows.available("proof-list")
        if proof is None:
            # nothing written yet: a kind line in the hero's place, never a count of none
            self.words.setText(self.tr("Getting through today, however it goes, counts."))
        else:
            self.words.setText(proof.text)
            self.when.setText(long_date(proof.day))
        # a long entry in display type would push everything else away; it stays large
        kind = "heading" if proof is not None and len(proof.text) > HERO_CHARS else "display"
        font = QFont(self.base)  # from the base each time: set_type() would add up
        font.setPointSizeF(self.base.pointSizeF() + TYPES[kind][0])
        self.words.setFont(font)
        self.words.setProperty("type", kind)
        self.caption.setText(
            self.tr("A time you got through") if proof else self.tr("Your proof list")
        )
        self.when.setVisible(proof is not None)
        self.empty.setVisible(proof is None)
        self.write_first.setVisible(proof is None and can_open)
        self.open.setVisible(proof is not None and can_open)
        self.another.setVisible(count > 1)


class OneAffirmation(QWidget):
    """One affirmation, the person's own first, with a button for another."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rng = random.Random()
        self.card: Shown | None = None
        self.words = wrapped(selectable=True)
        font = QFont(self.words.font())
        font.setPointSizeF(font.pointSizeF() + 4)
        self.words.setFont(font)
        self.words.setAccessibleName(self.tr("An affirmation"))
        self.another = buttons.quiet(self.tr("Another"))
        self.another.setIcon(icons.ui_icon("another"))
        self.another.setAccessibleName(self.tr("Show another affirmation"))
        self.another.setAccessibleDescription(
            self.tr("Swaps these words for different ones; your own come first.")
        )
        layout = _column(self)
        layout.addWidget(self.words)
        row = QHBoxLayout()
        row.addWidget(self.another)
        row.addStretch(1)
        layout.addLayout(row)
        self.pick()
        self.another.clicked.connect(self.pick)

    def pick(self) -> None:
        """Show the top of a fresh deck, not the same words twice in a row if avoidable."""
        for _ in range(4):
            card = first_affirmation(self.ctx, self.rng)
            if card is None or self.card is None or card.key != self.card.key:
                break
        self.card = card
        self.words.setText(card.text if card else self.tr("This moment is hard, and it will pass."))


class _BoxWords(QLabel):
    """A check box's words, wrapped; a click on them ticks the box, as on its own words."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.pos()):
            self.box.click()
        super().mouseReleaseEvent(event)


class BareMinimum(QWidget):
    """Today's three non-negotiables from the Today window, to tick off here too."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.boxes: list[QCheckBox] = []
        self.rows: list[QWidget] = []
        self.list = QVBoxLayout()
        self.empty = hint(
            ctx,
            self.tr(
                "Whenever you like, you can choose three small things for each day in the "
                "Today window."
            ),
        )
        self.open = buttons.link(self.tr("Open Today"))
        self.open.setAccessibleName(self.tr("Open the Today window"))
        self.open.setAccessibleDescription(
            self.tr("Opens Today, where you can choose or change your three small things.")
        )
        layout = _column(self)
        layout.addLayout(self.list)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.addWidget(self.open)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()
        self.open.clicked.connect(lambda: ctx.windows.show("today"))
        self.refresher = Refresher(
            self, ctx.signals, self.refresh, kinds=(RoutineItem.KIND, RoutineCheck.KIND)
        )

    def today(self) -> str:
        return day_of(datetime.now().astimezone(), self.ctx.settings["day.start_hour"]).isoformat()

    def checks(self) -> list[RoutineCheck]:
        """Today's ticks (read from the last few days' files only)."""
        now = datetime.now().astimezone()
        recent = self.ctx.store.between(RoutineCheck, now - timedelta(days=2), now + timedelta(1))
        return [c for c in recent if c.day == self.today()]

    def refresh(self) -> None:
        """Show the three steps, ticked when done today. Each box's words are a wrapped label
        beside it (a check box never wraps), so a long item never widens the window."""
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        items = [i for i in self.ctx.store.all(RoutineItem) if i.active]
        items = sorted(items, key=lambda i: i.position)[:BARE_MINIMUM]
        done = {c.item_id for c in self.checks()}
        self.boxes, self.rows = [], []
        for item in items:
            box = QCheckBox()
            box.setAccessibleName(item.text)
            box.setAccessibleDescription(
                self.tr("One of your three for today; ticking it here ticks it in Today too.")
            )
            box.setChecked(item.id in done)
            box.toggled.connect(lambda on, i=item.id: self._on_box_toggled(i, on))
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(_BoxWords(item.text, box), 1)
            self.boxes.append(box)
            self.rows.append(row)
            self.list.addWidget(row)
        self.empty.setVisible(not items)

    def _on_box_toggled(self, item_id: str, on: bool) -> None:
        if on:
            save_record(self.ctx, RoutineCheck(day=self.today(), item_id=item_id), self)
            return
        for check in self.checks():
            if check.item_id == item_id:
                remove_record(self.ctx, check, self)


class LyingMovement(QWidget):
    """One micro-movement that can be done lying down."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rng = random.Random()
        pack = content.load_pack("movements", language(ctx))
        self.picker = content.Picker(pack, rng=self.rng, avoid=4)
        self.words = label("", "heading", selectable=True)
        font = self.words.font()
        font.setBold(False)  # as large and calm as the breath beside it
        self.words.setFont(font)
        self.words.setAccessibleName(self.tr("A movement you can do lying down"))
        self.another = buttons.quiet(self.tr("Another"))
        self.another.setIcon(icons.ui_icon("another"))
        self.another.setAccessibleName(self.tr("Show another movement"))
        self.another.setAccessibleDescription(
            self.tr("Suggests a different gentle movement you can do lying down.")
        )
        self.done = buttons.secondary(self.tr("I did it"))
        self.done.setAccessibleName(self.tr("I did this movement; note it as a small win"))
        self.done.setAccessibleDescription(
            self.tr("Adds this movement to today's small wins in your journal.")
        )
        self.said = hint(ctx, "")
        row = QHBoxLayout()
        row.addWidget(self.done)
        row.addWidget(self.another)
        row.addWidget(self.said, 1)
        layout = _column(self)
        layout.addWidget(self.words)
        layout.addLayout(row)
        self.pick()
        self.another.clicked.connect(self.pick)
        self.done.clicked.connect(self._on_done_clicked)

    def pick(self) -> None:
        """Choose a lying-down movement."""
        item = self.picker.pick(posture="lying", effort="gentle")
        self.item_id = item["id"] if item else ""
        self.words.setText(item["text"] if item else self.tr("Wiggle your fingers and toes."))
        self.said.setText("")
        self.done.setEnabled(True)

    def _on_done_clicked(self) -> None:
        from footholds.ui.common.default_lists import word

        entry = LogEntry(wins=[word("moved")], source="tough-day")
        if save_record(self.ctx, entry, self) is not None:
            self.said.setText(content.acknowledgement("done", self.rng, language(self.ctx)))
            self.done.setEnabled(False)
