"""The country the crisis lines are for, in words, and the way to change it, as Get help now
offers it: "Change country", the list and Undo.

The region never changes by accident: it is named in words, and only the "Change country"
button opens the list; a country picked from the open list, or "Use this country", changes
it, and an arrow key on the closed list never does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from footholds.core import crisis
from footholds.ui.common import buttons, tokens
from footholds.ui.common.calm import wrapped
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.scrolling import bring_into_view
from footholds.ui.common.undo import UNDO_SECONDS
from footholds.ui.help import region as regions

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class RegionLine(QWidget):
    """ "Crisis lines for Ireland · Change country", or for a few seconds after a change,
    "Region changed to Spain · Undo · Change country" in the same place, so nothing below
    moves. Undo has a place of its own, kept empty when it goes: "Change country" never
    slides under a pointer on its way to Undo."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.where = wrapped()
        self.change = buttons.link("")
        buttons.set_role(self.change, "link")  # its colour follows a live light/dark switch
        kept = self.change.sizePolicy()
        kept.setRetainSizeWhenHidden(True)  # gone while the list is open, its place kept
        self.change.setSizePolicy(kept)
        self.said = wrapped()
        self.undo = buttons.quiet("")
        policy = self.undo.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # its place stays when it goes
        self.undo.setSizePolicy(policy)
        self.undo.hide()
        self.name_buttons()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.where, 1)  # the region named, or (in its place) what changed
        row.addWidget(self.said, 1)
        row.addWidget(self.undo)
        row.addWidget(self.change)
        self.said.hide()
        self.before = ""
        self.had_keyboard = False  # Undo had the keyboard when it went
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._time_up)

    def currentIndex(self) -> int:
        """0 while the region is named, 1 while a change is said with Undo."""
        return 1 if self.said.isVisibleTo(self) else 0

    def setCurrentIndex(self, index: int) -> None:
        self.where.setVisible(index == 0)
        self.said.setVisible(index == 1)
        self.undo.setVisible(index == 1)

    def name_buttons(self) -> None:
        """The buttons' words, again when the language changes (the region's name is)."""
        self.change.setText(self.tr("Change country"))
        self.change.setAccessibleName(self.tr("Change the country for the crisis lines"))
        self.change.setAccessibleDescription(
            self.tr("Opens the list of countries; nothing changes until you choose one.")
        )
        self.undo.setText(self.tr("Undo"))
        self.undo.setAccessibleName(self.tr("Undo the change of country"))
        self.undo.setAccessibleDescription(self.tr("Puts back the country you had before."))

    def show_region(self) -> None:
        """Name the region the lines are for."""
        code = regions.chosen_region(self.ctx)
        name = regions.region_name(self.ctx, code)
        if regions.from_system(self.ctx):
            text = self.tr("Crisis lines for {place}, from this computer's settings.").format(
                place=name
            )
        elif code and not regions.has_own_lines(code):
            # only the emergency number, if known, and the directory show below, and the
            # note under them says so once: here only the country, never "Crisis lines for"
            text = self.tr("Country: {place}.").format(place=name)
        else:
            text = self.tr("Crisis lines for {place}.").format(place=name)
        self.where.setText(text)

    def offer_undo(self, name: str, before: str) -> None:
        """Say what changed, with Undo, for a few seconds; `name` "" for "not sure"."""
        self.before = before
        if name:
            self.said.setText(self.tr("Region changed to {place}.").format(place=name))
        else:  # the row they picked, in its own words: not a country's name
            place = regions.elsewhere_name(self.ctx)
            self.said.setText(self.tr("Region changed to “{place}”.").format(place=place))
        self.setCurrentIndex(1)
        self.timer.start(UNDO_SECONDS * 1000)

    def _time_up(self) -> None:
        """Undo's time is over. The keyboard on it is let go first, for the window to place
        (RegionChoice.keyboard_free): handed on by Qt down the chain as Undo hid, a page that
        scrolls followed it, and leapt back up under a person reading further down."""
        had_keyboard = self.undo.hasFocus()
        if had_keyboard:
            self.undo.clearFocus()
        self.settle()
        self.had_keyboard = had_keyboard

    def settle(self) -> None:
        """Back to naming the region."""
        self.timer.stop()
        # Undo is going: if it held the keyboard, Qt hands it on to "Change country" beside
        # it, where a late Enter meant for Undo would open the list; the window moves it
        self.had_keyboard = self.undo.hasFocus()
        self.show_region()
        self.setCurrentIndex(0)


class RegionChoice(QWidget):
    """The list of countries while none is chosen or while the person is choosing, else the
    region line. The window shows the lines `shown` names, and puts the keyboard where it
    belongs once the person has `changed` the country (Undo is on offer then)."""

    shown = Signal(str)  # the region whose lines to show now; "" for none
    changed = Signal()  # the person chose another country, kept, with Undo on offer
    keyboard_free = Signal()  # Undo went with the keyboard on it: the window places it

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        # Enter or a pick in the list only stands it on a country; "Use this country" uses it
        self.picker = regions.RegionPicker(ctx, can_cancel=True, use_at_once=False)
        self.line = RegionLine(ctx)
        # while another country is in the list, whose numbers still show below
        # (room kept for the whole sentence at any width, so the numbers below never move)
        self.still = StatusLine()
        self.still.setObjectName("still-shown")
        # a small soft line over the large danger sentence: the room under it (with the
        # column's XS) is the S between rows, so the two never read as one block
        self.still.setContentsMargins(0, 0, 0, tokens.S - tokens.XS)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.picker)
        self.column.addWidget(self.still)
        self.column.addWidget(self.line)
        # "Change country" opens the list here, laid out by the window under the lines: at
        # the top it pushed the emergency number down the page as it opened, where a person
        # in crisis pressing one key must not see it move (the list stays at the top while
        # no country is chosen: it is the window's first question then)
        self.below = QWidget()
        self.below_column = QVBoxLayout(self.below)
        self.below_column.setContentsMargins(0, tokens.S, 0, 0)
        self.below.hide()
        self.choosing = False  # the person opened the list with "Change country"
        self.picker.picked.connect(self._on_picked)
        self.picker.cancelled.connect(self._on_cancelled)
        self.line.change.clicked.connect(self.open_list)
        self.line.undo.clicked.connect(self._on_undo_clicked)
        self.line.timer.timeout.connect(self._on_undo_over)
        self.picker.box.currentIndexChanged.connect(self.say_still_shown)
        ctx.signals.setting_changed.connect(self._on_setting_changed)

    def asking(self) -> bool:
        """The list of countries is open."""
        return self.picker.isVisibleTo(self)

    def refresh(self) -> None:
        """The list open while none is chosen, or while the person is choosing, else the
        region named; an Undo still on offer is withdrawn. Says `shown`."""
        ask = regions.needs_asking(self.ctx)
        self.picker.cancel.setVisible(not ask)
        self.say_prompt()
        self.picker.setVisible(ask or self.choosing)
        self._place_list(below=self.choosing and not ask)
        self.line.setVisible(not ask)
        # the country still named where it was while the list is open below, its button
        # gone (its place kept): the list is open already
        self.line.change.setVisible(not (ask or self.choosing))
        self.line.settle()
        self.say_still_shown()
        self.shown.emit(regions.shown_region(self.ctx))

    def _place_list(self, *, below: bool) -> None:
        """The list and the line under it at the top, or in `below`, under the lines."""
        if below and self.below_column.indexOf(self.picker) < 0:
            self.below_column.addWidget(self.picker)
            self.below_column.addWidget(self.still)
        elif not below and self.column.indexOf(self.picker) < 0:
            self.column.insertWidget(0, self.picker)
            self.column.insertWidget(1, self.still)
        self.below.setVisible(below)

    def say_still_shown(self, _index: int = 0) -> None:
        """While the list stands on another country than the one whose numbers show below,
        say plainly whose they still are. Its line is kept while the list is open, so the
        numbers below do not jump as the person moves through the list."""
        shown = regions.shown_region(self.ctx)
        code = str(self.picker.box.currentData() or "")
        use = self.picker.use_words()
        if shown and self.below_column.indexOf(self.picker) >= 0:
            sentence = self.tr(
                "The numbers above are still for {place} until you press “{use}”."
            ).format(place=regions.region_name(self.ctx, shown), use=use)
            say = code not in ("", shown)
        elif shown:
            sentence = self.tr(
                "The numbers below are still for {place} until you press “{use}”."
            ).format(place=regions.region_name(self.ctx, shown), use=use)
            say = code not in ("", shown)
        else:
            # none chosen: the list may stand on the system's guess, which is no choice
            # (Spanish may be Mexico, not Spain's 112): it must not read as if it were set
            sentence = self.tr(
                "Not chosen yet: the numbers for this country show once you press “{use}”."
            ).format(use=use)
            say = regions.is_place(code)
        self.still.reserve([sentence])  # wrapped to two lines in Spanish, two are kept
        self.still.say(sentence if say else "")
        self.still.setVisible(self.picker.isVisibleTo(self))

    def say_prompt(self) -> None:
        """The list's question: while none is chosen, why it asks."""
        ask = regions.needs_asking(self.ctx)
        if ask and str(self.ctx.settings["safety.region"]).strip() == crisis.FALLBACK_REGION:
            self.picker.prompt.setText(
                # said to someone who may not know where they are: no "your country"
                self.tr(
                    "The directory below lists helplines by country. Whenever you know "
                    "yours, you can choose it in this list."
                )
            )
        elif ask:
            self.picker.prompt.setText(
                self.tr(
                    "Which country are you in? Then the numbers here are ones you can call there."
                )
            )
        else:
            self.picker.prompt.setText(self.tr("Which country are you in?"))

    def open_list(self) -> None:
        """ "Change country": the list open on the region shown, the keyboard on it."""
        self.choosing = True
        self.picker.fill()
        self.refresh()
        self.picker.box.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.below.isVisibleTo(self.below.window()):
            bring_into_view(self.below)  # under a long list of lines, out of sight

    def close_list(self) -> bool:
        """Esc: the list "Change country" opened closes, as "Keep as it is" closes it (the
        keyboard back on "Change country"); False when no such list is open (none chosen
        yet: the list is the window's question then, and Esc closes the window)."""
        if not (self.choosing and self.asking() and self.picker.cancel.isVisibleTo(self.picker)):
            return False
        self._on_cancelled()
        return True

    def _on_cancelled(self) -> None:
        self.choosing = False
        self.refresh()
        self.line.change.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_picked(self, code: str) -> None:
        self.choosing = False
        before = str(self.ctx.settings["safety.region"])
        same = code == regions.chosen_region(self.ctx) and before
        if same or code == before.strip().upper():
            self._on_cancelled()  # the same country: nothing changed, nothing to say
            return
        if not regions.save_region(self.ctx, code):
            self.ctx.signals.notice.emit(
                self.tr("The country could not be saved; the lines below are for it all the same.")
            )
        self.refresh()
        self.shown.emit(regions.shown_region(self.ctx) or code)
        # "not sure" keeps the list open (the directory shows, and Footholds asks on): the
        # Undo under it all the same, as for any other choice, gone when its time is up
        self.line.show()
        self.line.offer_undo(regions.region_name(self.ctx, code), before)
        self.changed.emit()

    def _on_undo_over(self) -> None:
        hide = self.asking()
        if hide and (self.line.had_keyboard or self.line.isAncestorOf(self.window().focusWidget())):
            # the keyboard stays in the window, on the list, not on a button going away
            self.picker.box.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.line.had_keyboard:
            self.keyboard_free.emit()
        self.line.had_keyboard = False
        self.line.setVisible(not hide)

    def _on_undo_clicked(self) -> None:
        if self.line.currentIndex() != 1:
            return  # the offer was withdrawn (the region changed elsewhere): nothing to undo
        regions.save_region(self.ctx, self.line.before)
        self.refresh()
        # back to no country, the list asks again and the line (with its button) is hidden
        target = self.picker.box if self.asking() else self.line.change
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_setting_changed(self, name: str, _value: object) -> None:
        # A change made anywhere shows at once (an open list stays open and follows it),
        # and withdraws an Undo still on offer: it would now undo that other change.
        if name == "safety.region":
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        # region names are data in the interface language, not tr() strings: name it again
        if event.type() == QEvent.Type.LanguageChange:
            self.line.name_buttons()
            self.line.show_region()
            self.say_prompt()
        super().changeEvent(event)
