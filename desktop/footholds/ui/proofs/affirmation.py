"""One believable affirmation in large, calm type: the person's own words first."""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from footholds.core import content
from footholds.core.store import Affirmation, ContentMark, Proof
from footholds.ui.common import buttons, kept_words, tokens
from footholds.ui.common.calm import CalmWindow, language, long_date, person_today
from footholds.ui.common.components import Card, WindowHeader, label
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.limits import limited_under
from footholds.ui.common.operations import remove_record, save_record, update_record
from footholds.ui.common.own_words import hero_type, own_words
from footholds.ui.common.prompter import excerpt
from footholds.ui.common.refresh import Refresher
from footholds.ui.common.scrolling import fit_whole_page, scrolling_page
from footholds.ui.common.undo import UndoBar
from footholds.ui.proofs import affirmation_kept

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

PACK = "affirmations"


@dataclass
class Shown:
    """One affirmation as the window shows it."""

    key: str  # the record id for the person's own, the pack id for built-in ones
    text: str
    own: bool
    favourite: bool


def deck(
    own: list[Affirmation],
    marks: list[ContentMark],
    pack: list[dict[str, Any]],
    rng: random.Random,
) -> list[Shown]:
    """The order to show them in: own (favourites first), built-in favourites, the rest.

    Hidden built-in ones are left out; each group is shuffled so it never feels stale.
    """
    hidden = {m.item_id for m in marks if m.pack == PACK and m.mark == "hidden"}
    loved = {m.item_id for m in marks if m.pack == PACK and m.mark == "favourite"} - hidden
    mine = [Shown(a.id, a.text, True, a.favourite) for a in own]
    rng.shuffle(mine)
    mine.sort(key=lambda s: not s.favourite)  # stable: favourites first, shuffled within
    built_in = [Shown(i["id"], i["text"], False, i["id"] in loved) for i in pack]
    favourites = [s for s in built_in if s.favourite]
    rest = [s for s in built_in if s.key not in loved and s.key not in hidden]
    rng.shuffle(favourites)
    rng.shuffle(rest)
    return mine + favourites + rest


def first_affirmation(ctx: AppContext, rng: random.Random | None = None) -> Shown | None:
    """The one to show now, by the same order as the window (used by the tough-day window)."""
    cards = deck(
        ctx.store.all(Affirmation),
        ctx.store.all(ContentMark),
        content.load_pack(PACK, language(ctx)),
        rng or random.Random(),
    )
    return cards[0] if cards else None


class AffirmationWindow(CalmWindow):
    """Next, favourite, hide, write your own, or show one from the proof list."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Affirmation"))
        self.rng = random.Random()
        self.cards: list[Shown] = []
        self.index = 0
        self.showing_proof = False
        self.proof_shown: Proof | None = None  # the proof-list entry on the card, if one is
        self._writing = False  # our own saves should not reshuffle the deck

        self.header = WindowHeader(
            self.tr("Affirmation"), self.tr("Something true to lean on. Your own words come first.")
        )
        # the one sentence, large and centred on a card (LOOK.md: "Affirmation")
        self.words = own_words(selectable=True)  # may be their own words, however long
        self.base = QFont(self.words.font())  # the body font the display type steps up from
        hero_type(self.words, self.base, "")
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setMinimumHeight(140)
        self.words.setAccessibleName(self.tr("Affirmation"))
        self.whose = label(kind="caption")
        self.whose.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = Card()
        self.card.body.addStretch(1)  # the words and whose they are, together in the middle
        self.card.add(self.words)
        self.card.add(self.whose)
        self.card.body.addStretch(1)

        self.next = buttons.primary(
            self.tr("&Another"),
            self.tr("Show another affirmation"),
            self.tr("Shows different words, going round again at the end; Right arrow too."),
        )
        # favourite, hide, write your own: quiet, so nothing competes with the words
        self.favourite = buttons.quiet("", checkable=True)
        self.hide_button = buttons.quiet(self.tr("&Hide this one"))
        self.write = buttons.quiet(
            self.tr("&Write my own"),
            self.tr("Write an affirmation in your own words"),
            self.tr("Opens a field to write something true you want to hear on a hard day."),
        )
        self.from_proof = buttons.quiet(
            self.tr("&One from my proof list"),
            self.tr("Show one entry from your proof list"),
            self.tr("Puts one time you got through where the affirmation is."),
        )
        # said beside the favourite button, in space kept for it, so nothing moves
        self.feedback = Feedback(width=160)
        row = QHBoxLayout()
        row.setSpacing(tokens.XS)
        # Another first, as Tab reaches it on opening, then Favourite: Tab goes left to
        # right and on down, and Favourite came only after Get help now
        row.addWidget(self.next)
        row.addWidget(self.feedback, 1)
        row.addWidget(self.favourite)
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row2 = QHBoxLayout()
        row2.setSpacing(tokens.XS)
        row2.addWidget(self.hide_button)
        row2.addWidget(self.write)
        row2.addWidget(self.from_proof)
        row2.addStretch(1)

        self.own_area = QWidget()
        # as much as the store keeps, said when reached (a paste was cut at 500 without a word)
        self.own_said = Feedback()  # the limit's line, in the look every limit has
        self.own_text = limited_under(QLineEdit(), Affirmation.TEXT_LIMIT, self.own_said)
        self.own_text.setPlaceholderText(self.tr("Something true you want to hear on a hard day"))
        self.own_text.setAccessibleName(self.tr("Your own affirmation"))
        self.own_text.setAccessibleDescription(
            self.tr("Words of your own, shown among the others; Enter keeps them.")
        )
        self.own_save = buttons.secondary(
            self.tr("&Save"),
            self.tr("Save your affirmation"),
            self.tr("Keeps your words and shows them next."),
        )
        own_column = QVBoxLayout(self.own_area)
        own_column.setContentsMargins(0, 0, 0, 0)
        own_column.setSpacing(tokens.XS)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_text, 1)
        own_row.addWidget(self.own_save)
        own_column.addLayout(own_row)
        own_column.addWidget(self.own_said)
        self.own_kept = kept_words.line()  # under words kept at the last close (draft)
        own_column.addWidget(self.own_kept)
        # its room kept while closed, so opening it moves nothing (the window grew by it)
        keep = self.own_area.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.own_area.setSizePolicy(keep)
        self.own_area.hide()
        self.undo = UndoBar()

        # one page that scrolls, the undo strip and the help link kept in view under it: with
        # large text the card, two rows and the room kept for their own words were taller
        # than a laptop's screen, and the window (never shorter than them) cut off Get help now
        self.help_link = HelpLink(ctx)
        layout = scrolling_page(
            self,
            self.tr("Affirmation"),
            self.tr("Something true to lean on. Your own words come first."),
            self.undo,
            self.help_link,
        )
        layout.addWidget(self.header)
        layout.addWidget(self.card, 1)
        layout.addLayout(row)
        layout.addLayout(row2)
        layout.addWidget(self.own_area)
        affirmation_kept.bring_back(self, ctx)  # typed, not saved: first, as the page is fitted
        fit_whole_page(self, 560, 460)

        self.rebuild()
        self._connect()

    def _connect(self) -> None:
        self.next.clicked.connect(self.show_next)
        self.favourite.clicked.connect(self._on_favourite_clicked)
        self.hide_button.clicked.connect(self._on_hide_clicked)
        self.write.clicked.connect(self._on_write_clicked)
        self.own_save.clicked.connect(self._on_own_save_clicked)
        self.own_text.returnPressed.connect(self._on_own_save_clicked)
        self.from_proof.clicked.connect(self.show_proof)
        self.ctx.signals.store_changed.connect(self._on_store_changed)
        # a new day-start hour moves the person's today: the proof's "today" is said again
        self.refresher = Refresher(
            self, self.ctx.signals, self._date_the_proof, settings=("day.start_hour",)
        )
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, self.show_next)

    # -- choosing ------------------------------------------------------------------------
    def present(self, **_options: Any) -> None:
        """Show the window; coming back to it starts a freshly shuffled deck."""
        if not self.isVisible():
            self.rebuild()
        super().present()
        fit_whole_page(self, self.width(), self.height())  # long words of their own, as in _say
        self.next.setFocus()

    def rebuild(self) -> None:
        """Shuffle a new deck from the store and the pack, and show its first card."""
        self.cards = deck(
            self.ctx.store.all(Affirmation),
            self.ctx.store.all(ContentMark),
            content.load_pack(PACK, language(self.ctx)),
            self.rng,
        )
        self.index = 0
        self._show_current()

    def current(self) -> Shown | None:
        if self.showing_proof or not self.cards:
            return None
        return self.cards[self.index % len(self.cards)]

    def show_next(self) -> None:
        """The next one in the deck, going round again at the end."""
        if self.cards and not self.showing_proof:
            self.index = (self.index + 1) % len(self.cards)
        self.showing_proof = False
        self._show_current()

    def _show_current(self) -> None:
        self.showing_proof = False
        self.proof_shown = None
        card = self.current()
        self._say(card.text if card else self.tr("This moment is hard, and it will pass."))
        if card is None:
            self.whose.setText("")
        elif card.own:
            self.whose.setText(self.tr("In your own words"))
        elif card.favourite:
            self.whose.setText(self.tr("One of your favourites"))
        else:
            self.whose.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        card = self.current()
        self.favourite.setEnabled(card is not None)
        self.hide_button.setEnabled(card is not None)
        loved = bool(card and card.favourite)
        self.favourite.setChecked(loved)
        plain, marked = self.tr("&Favourite"), self.tr("&Favourite ✓")
        self.favourite.setText(marked if loved else plain)
        # the width of the wider, so the words and buttons beside it stay put when marked
        buttons.room_for(self.favourite, plain, marked)
        self.favourite.setAccessibleName(
            self.tr("Remove from favourites") if loved else self.tr("Mark as a favourite")
        )
        self.favourite.setAccessibleDescription(
            self.tr("Lets these words come up like any others again.")
            if loved
            else self.tr("Favourites come up before the others each time you open this window.")
        )
        own = bool(card and card.own)
        remove, hide = self.tr("&Remove"), self.tr("&Hide this one")
        self.hide_button.setText(remove if own else hide)
        # one width for both words, so Write my own and the proof button beside it stay put
        # when the card shown is the person's own (in Spanish too: "Quitar", "Ocultar esta")
        buttons.room_for(self.hide_button, remove, hide)
        self.hide_button.setAccessibleName(
            self.tr("Remove your own affirmation") if own else self.tr("Never show this one again")
        )
        self.hide_button.setAccessibleDescription(
            self.tr("Deletes these words of yours; you can undo it for a few seconds.")
            if own
            else self.tr("Leaves these words out from now on; you can undo it for a few seconds.")
        )

    def show_proof(self) -> None:
        """Put one proof-list entry where the affirmation was."""
        proofs = self.ctx.store.all(Proof)
        self.showing_proof = True
        if proofs:
            self.proof_shown = proof = self.rng.choice(proofs)
            self._say(proof.text)
            self._date_the_proof()
        else:
            self._say(self.tr("You have got through every hard day so far."))
            self.whose.setText(
                self.tr("Your proof list is empty for now; add to it whenever you like.")
            )
        self._update_buttons()

    def _date_the_proof(self) -> None:
        """Whose words these are, for a proof on the card: its day, counted from the
        person's today (before their day-start hour it is still the day before)."""
        proof = self.proof_shown if self.showing_proof else None
        if proof is None:
            return
        self.whose.setText(
            self.tr("From your proof list, {date}").format(
                date=long_date(proof.day, capital=False, today=person_today(self.ctx))
            )
        )

    def _say(self, text: str) -> None:
        """The words on the card: large, and a step smaller when long so they fit above the
        buttons."""
        self.words.setText(text)
        hero_type(self.words, self.base, text)
        if self.isVisible():  # grown where it stands to long words of their own, never shrunk:
            fit_whole_page(self, self.width(), self.height())  # a 4 px scroll had narrowed them

    # -- changing ------------------------------------------------------------------------
    def _write(self, action: Any) -> Any:
        self._writing = True
        try:
            return action()
        finally:
            self._writing = False

    def _on_favourite_clicked(self) -> None:
        card = self.current()
        if card is None:
            return
        if card.own:
            record = self.ctx.store.get(Affirmation, card.key)
            if record is not None:
                changed = dataclasses.replace(record, favourite=not card.favourite)
                if self._write(lambda: update_record(self.ctx, changed, self)) is not None:
                    card.favourite = not card.favourite
        elif card.favourite:
            for mark in self._marks(card.key, "favourite"):
                self._write(lambda m=mark: remove_record(self.ctx, m, self))
            card.favourite = False
        else:
            mark = ContentMark(pack=PACK, item_id=card.key, mark="favourite")
            if self._write(lambda: save_record(self.ctx, mark, self)) is not None:
                card.favourite = True
        self._show_current()
        self.feedback.say(
            self.tr("Kept among your favourites.")
            if card.favourite
            else self.tr("Back among the others.")
        )

    def _on_hide_clicked(self) -> None:
        card = self.current()
        if card is None:
            return
        if card.own:
            record = self.ctx.store.get(Affirmation, card.key)
            if record is None:
                return
            question = self.tr("Remove your words “{words}”?").format(words=excerpt(record.text))
            if not self.ctx.prompter.confirm(self, question, self.tr("Remove")):
                return
            self._write(lambda: remove_record(self.ctx, record, self))
            removed = True
            undo_record: Affirmation | ContentMark = record
        else:
            undo_record = ContentMark(pack=PACK, item_id=card.key, mark="hidden")
            if self._write(lambda: save_record(self.ctx, undo_record, self)) is None:
                return
            removed = False
        at = self.index
        self.cards.pop(at)
        self.index = at % len(self.cards) if self.cards else 0
        self._show_current()
        self.undo.offer(
            lambda: self.tr("Removed.") if removed else self.tr("Hidden. It won't come up again."),
            lambda: self._undo_hide(undo_record, card, at),
        )

    def _undo_hide(self, record: Affirmation | ContentMark, card: Shown, at: int) -> QWidget:
        if isinstance(record, Affirmation):
            self._write(lambda: save_record(self.ctx, record, self))
        else:
            self._write(lambda: remove_record(self.ctx, record, self))
        self.cards.insert(at, card)
        self.index = at
        self._show_current()
        return self.hide_button  # the keyboard back where it was, on the card it is for

    def _on_write_clicked(self) -> None:
        self.own_area.show()
        self.own_text.setFocus()

    def _put_own_away(self) -> None:
        """Close the field, Write my own in its plain look again: the pointer left resting on
        it since its click (words typed, Enter) kept it raised as if still on. Its hover comes
        back once the pointer leaves it and returns."""
        self.own_area.hide()
        self.write.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, False)
        self.write.update()

    def _on_own_save_clicked(self) -> None:
        text = self.own_text.text().strip()
        if not text:
            self.own_text.setFocus()
            return
        saved = self._write(lambda: save_record(self.ctx, Affirmation(text=text), self))
        if saved is None:
            return
        self.own_text.clear()
        self.own_said.clear_now()
        self._put_own_away()
        at = (self.index + 1) if self.cards else 0
        self.cards.insert(at, Shown(saved.id, saved.text, True, False))
        self.index = at
        self._show_current()
        self.next.setFocus()

    def draft(self) -> dict[str, Any] | None:
        """Own words typed and not saved, for the drafts file (affirmation_kept.py)."""
        return affirmation_kept.held(self)

    def _marks(self, item_id: str, mark: str) -> list[ContentMark]:
        return [
            m
            for m in self.ctx.store.all(ContentMark)
            if m.pack == PACK and m.item_id == item_id and m.mark == mark
        ]

    def _on_store_changed(self, kind: str) -> None:
        if not self._writing and kind in (Affirmation.KIND, ContentMark.KIND):
            self.rebuild()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.own_area.isVisible():
            self._put_own_away()
            self.next.setFocus()
        else:
            super().keyPressEvent(event)
