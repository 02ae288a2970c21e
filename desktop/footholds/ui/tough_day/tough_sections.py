"""The smaller parts of the tough-day window, each a widget that reads the store itself."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from footholds.core import content
from footholds.core.store import LogEntry, Proof
from footholds.ui.common import buttons, icons, kept_words
from footholds.ui.common.calm import language, long_date, person_today
from footholds.ui.common.components import Card, label
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.limits import keep_room_under, limited_under
from footholds.ui.common.operations import add_record, held_lines, held_words
from footholds.ui.common.own_words import own_words
from footholds.ui.common.refresh import Refresher
from footholds.ui.common.scrolling import bring_into_view
from footholds.ui.proofs import AFFIRMATIONS, Shown, first_affirmation

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


# The proof's type step. The card keeps room for the tallest proof "another" may bring, up
# to PROOF_MOST_LINES, so the choices below never move; a longer one still shows whole. No
# more room than that: with one short proof, or none yet, the card is as tall as its words,
# and at a large font "What might help a little right now?" stays in view.
PROOF_TYPE = "title"
PROOF_MOST_LINES = 6  # the room a long proof may widen the card to, so "another" moves nothing


def column(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    return layout


class NameIt(QWidget):
    """One line to name how it feels, without judging it; saved only if filled in."""

    LIMIT = 2000  # characters the line takes

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rng = random.Random()
        self.line = QLineEdit()
        limited_under(self.line, self.LIMIT)
        self.keep = buttons.secondary("")
        # its room kept from the start: the thanks must not push the help below it down
        self.said = StatusLine()
        self.retranslate()
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.keep)
        layout = column(self)
        layout.addLayout(row)
        keep_room_under(layout, self)  # for its limit, which lay over the thanks' line
        layout.addWidget(self.said)
        self.keep.clicked.connect(self.save)
        self.line.returnPressed.connect(self.save)
        self._had_words = False  # the line had words at its last change
        self.line.textChanged.connect(self._on_line_changed)

    def _on_line_changed(self, text: str) -> None:
        # the first words in the line bring the room for its thanks into sight with them, at
        # the foot of the page: there, the thanks scrolled the page up as it came
        has_words = bool(text)
        if has_words and not self._had_words:
            bring_into_view(self.said, 0, tall=self.said.height)
        self._had_words = has_words

    def retranslate(self) -> None:
        """The words in the interface's language (what is typed stays)."""
        self.line.setPlaceholderText(self.tr("For example: heavy, and tired of being tired"))
        self.line.setAccessibleName(self.tr("How it feels right now"))
        self.line.setAccessibleDescription(
            self.tr("A few words for how it feels, without judging it. Enter keeps them.")
        )
        buttons.say(
            self.keep,
            self.tr("Keep it"),
            self.tr("Save how it feels"),
            self.tr("Keeps these words in your journal, just as you wrote them."),
        )
        thanks = content.load_document("acknowledgements", language(self.ctx))["tough"]
        # and the thanks for words the disk refused, saying where they are for now: the
        # longest, which pushed the headings below down a line as it came
        held = [f"{self._held_thanks()} {words}" for words in held_lines()]
        self.said.reserve([*thanks, *kept_words.kept_lines(), *held])  # words brought back too

    def _held_thanks(self) -> str:
        return self.tr("Thank you for naming it.")

    def save(self) -> None:
        """Save the line as a log entry from the tough-day window, then thank them."""
        text = self.line.text().strip()
        if not text:
            return
        # a refusal is said in the line under it, never a box over the help footer
        saved, refused = add_record(
            self.ctx, LogEntry(note=text, source="tough-day"), self, self.said.say
        )
        if saved is None:
            return
        self.line.clear()
        if refused is not None:  # "Kept, just as you wrote it" was untrue while in memory
            self.said.say(f"{self._held_thanks()} {held_words(refused)}")
        else:
            self.said.say(content.acknowledgement("tough", self.rng, language(self.ctx)))
        # at the foot of the page the thanks came below its visible part: the page scrolls
        # as far as its words (the keyboard stays in the line, for more words)
        bring_into_view(self.said, 0, tall=self.said.words_height)


class ProofHero(Card):
    """One time the person got through, in large type, with "another" beside it. With no
    proofs yet, something kind in its place, and a way to write the first."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rng = random.Random()
        self.shown: Proof | None = None
        self.seen: set[str] = set()  # shown since the deck was last fresh
        self.count = 0
        self.caption = label("", "caption")
        self.another = buttons.quiet("")
        self.another.setIcon(icons.ui_icon("another"))
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.another, 0, Qt.AlignmentFlag.AlignTop)
        # A proof in their words, wrapped in the card: one type size for every proof, and
        # the room of a few lines kept, so the choices below stay still as "another" brings
        # a short proof or a long one (it was large type for a short one, body for a long).
        self.words = own_words(kind=PROOF_TYPE, selectable=True)
        font = self.words.font()
        font.setBold(False)  # large and calm, like the steps below it
        self.words.setFont(font)
        self._room_for: list[str] | None = None  # the proofs the room was kept for
        self.when = label("", "caption")
        self.empty = label("", soft=True)
        self.write_first = buttons.quiet("")
        self.write_first.setIcon(icons.ui_icon("add"))
        self.open = buttons.link("")
        bottom = QHBoxLayout()
        bottom.addWidget(self.write_first)
        bottom.addWidget(self.when, 1)
        bottom.addStretch(1)  # keeps "Add" at its own size when the date is hidden
        bottom.addWidget(self.open)
        self.body.addLayout(top)
        self.body.addWidget(self.words)
        self.body.addWidget(self.empty)
        self.body.addLayout(bottom)
        self.retranslate()
        self.another.clicked.connect(self.pick)
        self.write_first.clicked.connect(lambda: ctx.windows.show("proof-list", add=True))
        self.open.clicked.connect(lambda: ctx.windows.show("proof-list"))
        # a new day-start hour moves the person's today: the proof's date is said again from
        # it, as the proof list says it (the same proof stays; now if shown, else when shown)
        self.refresher = Refresher(self, ctx.signals, self.refresh, settings=("day.start_hour",))

    def retranslate(self) -> None:
        """The words around the proof, and its date, in the interface's language; the same
        proof stays on screen."""
        buttons.say(
            self.another,
            self.tr("Another"),
            self.tr("Show another time you got through"),
            self.tr("Swaps this for a different entry from your proof list."),
        )
        self.words.setAccessibleName(self.tr("From your proof list"))
        self.empty.setText(
            self.tr("When you are ready, getting through today can be the first thing on it.")
        )
        buttons.say(
            self.write_first,
            self.tr("Add to my proof list"),
            self.tr("Add an entry to your proof list"),
            self.tr("Opens your proof list, ready to write down a time you got through."),
        )
        buttons.say(
            self.open,
            self.tr("Open my proof list"),
            self.tr("Open your whole proof list"),
            self.tr("Opens every time you got through, in a window of its own."),
        )
        self.refresh()

    def pick(self) -> None:
        """Show another: every proof once before any comes round again, never the same
        one twice in a row while there are others."""
        proofs = self.ctx.store.all(Proof)
        self._keep_room(proofs)
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
        self._keep_room(list(proofs.values()))
        if self.shown is not None and self.shown.id in proofs:
            self.shown = proofs[self.shown.id]
            self._show(len(proofs))
        else:
            self.shown = None
            self.pick()

    def _keep_room(self, proofs: list[Proof]) -> None:
        """Room for the tallest proof that "another" may bring, up to PROOF_MOST_LINES; none
        kept with no proofs, where the kind line stands alone (a tall empty box read as a
        list left empty)."""
        texts = [p.text for p in proofs]
        if texts != self._room_for:
            self._room_for = texts
            if texts:
                self.words.keep_room(1, among=texts, most=PROOF_MOST_LINES)
            else:
                self.words.keep_room(0)

    def _show(self, count: int) -> None:
        self.count = count
        proof, can_open = self.shown, self.ctx.windows.available("proof-list")
        if proof is None:
            # nothing written yet: a kind line in the hero's place, never a count of none
            self.words.setText(self.tr("Getting through today, however it goes, counts."))
        else:
            self.words.setText(proof.text)
            self.when.setText(long_date(proof.day, today=person_today(self.ctx)))
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
        self.words = own_words(selectable=True)  # their own affirmation comes first
        font = QFont(self.words.font())
        font.setPointSizeF(font.pointSizeF() + 4)
        self.words.setFont(font)
        self.another = buttons.quiet("")
        self.another.setIcon(icons.ui_icon("another"))
        layout = column(self)
        layout.addWidget(self.words)
        row = QHBoxLayout()
        row.addWidget(self.another)
        row.addStretch(1)
        layout.addLayout(row)
        self.pick()
        self.retranslate()
        self.another.clicked.connect(self.pick)

    def retranslate(self) -> None:
        """The words in the interface's language: the same affirmation, if it is one of the
        built-in ones (the person's own are theirs, in their words)."""
        self.words.setAccessibleName(self.tr("An affirmation"))
        buttons.say(
            self.another,
            self.tr("Another"),
            self.tr("Show another affirmation"),
            self.tr("Swaps these words for different ones; your own come first."),
        )
        card = self.card
        if card is not None and not card.own:
            pack = content.load_pack(AFFIRMATIONS, language(self.ctx))
            text = next((i["text"] for i in pack if i.get("id") == card.key), card.text)
            self.card = replace(card, text=text)
        self._show_card()

    def pick(self) -> None:
        """Show the top of a fresh deck, not the same words twice in a row if avoidable."""
        for _ in range(4):
            card = first_affirmation(self.ctx, self.rng)
            if card is None or self.card is None or card.key != self.card.key:
                break
        self.card = card
        self._show_card()

    def _show_card(self) -> None:
        card = self.card
        self.words.setText(card.text if card else self.tr("This moment is hard, and it will pass."))


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
        self.another = buttons.quiet("")
        self.another.setIcon(icons.ui_icon("another"))
        self.done = buttons.secondary("")
        self.item_id = ""
        # room kept for the longest thanks (retranslate): one wrapping to a second line made
        # the row taller and pushed everything below it down
        self.said = StatusLine()
        # beside the buttons, not under a field: level with their words
        self.said.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.addWidget(self.done)
        row.addWidget(self.another)
        row.addWidget(self.said, 1)
        layout = column(self)
        layout.addWidget(self.words)
        layout.addLayout(row)
        self.retranslate()
        self.pick()
        self.another.clicked.connect(self.pick)
        self.done.clicked.connect(self._on_done_clicked)

    def retranslate(self) -> None:
        """The words in the interface's language, the same movement kept on screen."""
        self.words.setAccessibleName(self.tr("A movement you can do lying down"))
        buttons.say(
            self.another,
            self.tr("Another"),
            self.tr("Show another movement"),
            self.tr("Suggests a different gentle movement you can do lying down."),
        )
        buttons.say(
            self.done,
            self.tr("I did it"),
            self.tr("I did this movement; note it as a small win"),
            self.tr("Adds this movement to today's small wins in your journal."),
        )
        self.picker.items = [dict(i) for i in content.load_pack("movements", language(self.ctx))]
        thanks = content.load_document("acknowledgements", language(self.ctx))
        # and the thanks for a win the disk refused, saying where it is for now
        held = [f"{self._held_thanks()} {words}" for words in held_lines()]
        self.said.reserve([*(thanks.get("done_movement") or thanks["done"]), *held])
        if self.item_id:
            self._show_item(next((i for i in self.picker.items if i["id"] == self.item_id), None))

    def _held_thanks(self) -> str:
        return self.tr("Done. Your small win is noted.")

    def pick(self) -> None:
        """Choose a lying-down movement."""
        self._show_item(self.picker.pick(posture="lying", effort="gentle"))
        self.said.setText("")
        self.done.setEnabled(True)

    def _show_item(self, item: Mapping[str, Any] | None) -> None:
        self.item_id = item["id"] if item else ""
        self.words.setText(item["text"] if item else self.tr("Wiggle your fingers and toes."))

    def _on_done_clicked(self) -> None:
        from footholds.ui.common.default_lists import word

        entry = LogEntry(wins=[word("moved")], source="tough-day")
        saved, refused = add_record(self.ctx, entry, self, self.said.say)
        if saved is None:
            return  # nothing kept: the line under it said so, and "I did it" stays for another try
        if refused is not None:  # "Done, and added to today's small wins." while in memory
            self.said.say(f"{self._held_thanks()} {held_words(refused)}")
        else:
            thanks = content.acknowledgement("done", self.rng, language(self.ctx), "movement")
            self.said.say(thanks)
        self.done.setEnabled(False)
