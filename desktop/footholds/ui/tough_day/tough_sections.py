"""The smaller parts of the tough-day window, each a widget that reads the store itself."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footholds.core import content
from footholds.core.days import day_of
from footholds.core.store import LogEntry, Proof, RoutineCheck, RoutineItem
from footholds.ui.common import icons
from footholds.ui.common.calm import hint, language, long_date, wrapped
from footholds.ui.common.operations import remove_record, save_record
from footholds.ui.common.refresh import Refresher
from footholds.ui.proofs.affirmation import Shown, first_affirmation

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

PROOFS_SHOWN = 3
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
        self.keep = QPushButton(self.tr("Keep it"))
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


class ProofThree(QWidget):
    """Three entries from the proof list, chosen at random, and a way to see others."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rng = random.Random()
        self.shown: list[Proof] = []
        self.entries = QVBoxLayout()
        self.entries.setSpacing(8)
        self.labels: list[QLabel] = []
        self.empty = hint(
            ctx,
            self.tr(
                "Your proof list is empty for now. Getting through today, however it goes, "
                "can be the first thing on it."
            ),
        )
        self.others = QPushButton(self.tr("Show others"))
        self.others.setAccessibleName(self.tr("Show three other entries from your proof list"))
        self.others.setAccessibleDescription(
            self.tr("Picks three different times you got through, in place of these.")
        )
        self.add = QPushButton(self.tr("Add to my proof list"))
        self.add.setAccessibleName(self.tr("Add an entry to your proof list"))
        self.add.setAccessibleDescription(
            self.tr("Opens your proof list, ready to write down a time you got through.")
        )
        self.open = QPushButton(self.tr("Open my proof list"))
        self.open.setAccessibleName(self.tr("Open your whole proof list"))
        self.open.setAccessibleDescription(
            self.tr("Opens every time you got through, in a window of its own.")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.others)
        buttons.addWidget(self.add)
        buttons.addWidget(self.open)
        buttons.addStretch(1)
        layout = _column(self)
        layout.addLayout(self.entries)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.pick()
        self.others.clicked.connect(self.pick)
        self.add.clicked.connect(lambda: ctx.windows.show("proof-list", add=True))
        self.open.clicked.connect(lambda: ctx.windows.show("proof-list"))
        self.open.setVisible(ctx.windows.available("proof-list"))
        self.add.setVisible(ctx.windows.available("proof-list"))

    def pick(self) -> None:
        """Choose three, preferring ones not on screen right now."""
        proofs = self.ctx.store.all(Proof)
        before = {p.id for p in self.shown}
        fresh = [p for p in proofs if p.id not in before]
        chosen = self.rng.sample(fresh, min(PROOFS_SHOWN, len(fresh)))
        if len(chosen) < PROOFS_SHOWN:
            rest = [p for p in proofs if p.id in before]
            chosen += self.rng.sample(rest, min(PROOFS_SHOWN - len(chosen), len(rest)))
        self.shown = sorted(chosen, key=lambda p: p.day, reverse=True)
        for label in self.labels:
            self.entries.removeWidget(label)
            label.deleteLater()
        self.labels = []
        for proof in self.shown:
            label = wrapped(f"{proof.text}\n— {long_date(proof.day)}", selectable=True)
            label.setAccessibleName(self.tr("From your proof list"))
            self.labels.append(label)
            self.entries.addWidget(label)
        self.empty.setVisible(not proofs)
        self.add.setVisible(not proofs and self.ctx.windows.available("proof-list"))
        self.others.setVisible(len(proofs) > PROOFS_SHOWN)


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
        self.another = QPushButton(self.tr("Another"))
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


class BareMinimum(QWidget):
    """Today's three non-negotiables from the Today window, to tick off here too."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.boxes: list[QCheckBox] = []
        self.list = QVBoxLayout()
        self.empty = hint(
            ctx,
            self.tr(
                "Whenever you like, you can choose three small things for each day in the "
                "Today window."
            ),
        )
        self.open = QPushButton(self.tr("Open Today"))
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
        """Show the three steps, ticked when done today."""
        for box in self.boxes:
            self.list.removeWidget(box)
            box.deleteLater()
        items = [i for i in self.ctx.store.all(RoutineItem) if i.active]
        items = sorted(items, key=lambda i: i.position)[:BARE_MINIMUM]
        done = {c.item_id for c in self.checks()}
        self.boxes = []
        for item in items:
            box = QCheckBox(item.text)
            box.setAccessibleName(item.text)
            box.setAccessibleDescription(
                self.tr("One of your three for today; ticking it here ticks it in Today too.")
            )
            box.setChecked(item.id in done)
            box.toggled.connect(lambda on, i=item.id: self._on_box_toggled(i, on))
            self.boxes.append(box)
            self.list.addWidget(box)
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
        self.words = wrapped(selectable=True)
        self.words.setAccessibleName(self.tr("A movement you can do lying down"))
        self.another = QPushButton(self.tr("Another"))
        self.another.setIcon(icons.ui_icon("another"))
        self.another.setAccessibleName(self.tr("Show another movement"))
        self.another.setAccessibleDescription(
            self.tr("Suggests a different gentle movement you can do lying down.")
        )
        self.done = QPushButton(self.tr("I did it"))
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
