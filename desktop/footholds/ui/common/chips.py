"""Rows of small toggle "chips" that wrap like words, for feelings, wins and energy."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QMargins, QObject, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from footholds.ui.common import tokens
from footholds.ui.common.components import scale_row
from footholds.ui.common.flow_layout import FlowLayout
from footholds.ui.common.limits import limited_under, room_under
from footholds.ui.common.never_raises import never_raises
from footholds.ui.common.tokens import Colours

# Every chip looks the same whatever it says: no feeling is coloured as good or bad. Chips
# and the "+ your own" fields share one height and the one corner radius, so a row of chips
# ending in a field reads as one line. Built from the tokens (not palette roles: the palette's
# "mid" is too faint for the outline of something to press). The height comes from the font
# (large text must not be clipped); FlowLayout gives every item of a group the same height.


def chip_style(c: Colours) -> str:
    """The style sheet for chips and add fields in one theme's colours."""
    r = tokens.RADIUS
    return f"""
QPushButton[chip="true"] {{
    border: 1px solid {c.border}; border-radius: {r}px; padding: 3px 10px;
    background: {c.field}; color: {c.text};
}}
QPushButton[chip="true"]:checked {{
    background: {c.accent}; color: {c.accent_text}; border-color: {c.accent};
}}
QPushButton[chip="true"]:focus {{ border: 2px solid {c.text}; padding: 2px 9px; }}
QPushButton[chip="true"]:disabled {{ color: {c.soft_text}; border-style: dashed; }}
QLineEdit[chipfield="true"] {{
    border: 1px solid {c.border}; border-radius: {r}px; padding: 3px 10px;
    background: {c.field}; color: {c.text};
}}
QLineEdit[chipfield="true"]:focus {{ border: 2px solid {c.focus}; padding: 2px 9px; }}
"""


def chip_style_for(widget: QWidget) -> str:
    """The chip style sheet for the theme `widget` is showing now (light or dark)."""
    return chip_style(tokens.colours(widget.palette().window().color().lightness() < 128))


class ChipHost(QWidget):
    """A widget holding chips: its style sheet is the chip style of the theme showing now, set
    again after a light/dark switch. Call restyle() once its chips are built."""

    def restyle(self) -> None:
        sheet = chip_style_for(self)
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.restyle()


class Chip(QPushButton):
    """One toggle; right click (or the menu key) offers to remove the person's own words.

    A long word of the person's own (a list allows 80 characters) is shown shortened with
    "…", whole in its tooltip and for screen readers: at full length one chip was wider than
    the quick log, and the chips after it in its row were pushed out of reach."""

    remove_requested = Signal(str)
    WIDEST = 28  # average characters a chip shows before it shortens: every starting word whole

    def __init__(
        self, text: str, description: str, removable: bool, parent: QWidget, key: str = ""
    ) -> None:
        super().__init__(text, parent)
        self.word = text
        # What it stands for whatever language it is shown in (a starting entry's English
        # key); the picked chips are kept by it when the words change.
        self.key = key or text
        self._shorten()
        self.setCheckable(True)
        self.setAutoDefault(False)  # in a dialog, Enter saves; it never toggles a chip
        self.setProperty("chip", True)
        self.setAccessibleName(text)
        self.setAccessibleDescription(description)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._removable = removable

    def text(self) -> str:
        """The word as the person wrote it, not as shortened on the chip."""
        return self.word

    def set_word(self, text: str) -> None:
        """Show other words for the same thing (a language switch); picked or not stays."""
        self.word = text
        self.setAccessibleName(text)
        self._shorten()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._shorten()  # the room a word needs follows the font

    def _shorten(self) -> None:
        metrics = self.fontMetrics()
        room = metrics.averageCharWidth() * self.WIDEST
        shown = metrics.elidedText(self.word, Qt.TextElideMode.ElideRight, room)
        if shown != QPushButton.text(self):
            QPushButton.setText(self, shown)
            self.setToolTip(self.word if shown != self.word else "")

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self._removable:
            return
        menu = QMenu(self)
        remove = menu.addAction(self.tr("Remove from my list"))
        remove.triggered.connect(lambda: self.remove_requested.emit(self.text()))
        menu.exec(event.globalPos())


class ChipGroup(QWidget):
    """A wrapping set of chips the person can pick from, with an optional "add your own"."""

    picked_changed = Signal()
    added = Signal(str)  # the person typed a new one (already picked if there was room)
    # Enter (or a save) on words typed with as many picked as the limit allows: they stay in
    # the field, and the window says why (LogForm)
    full = Signal(str)
    removed = Signal(str)  # the person asked to take one off their list

    def __init__(
        self,
        name: str,
        add_label: str = "",
        describe: str = "",
        *,
        limit: int = 0,
        removable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._limit = limit  # 0: no limit
        self._removable = removable
        self.chips: list[Chip] = []
        self.flow = FlowLayout(self)
        self.add_field: QLineEdit | None = None
        if add_label:
            self.add_field = QLineEdit(self)
            self.add_field.setProperty("chipfield", True)
            limited_under(self.add_field, 80)
            self.flow.addWidget(self.add_field)
            # the field comes last, on the flow's last line: the room its limit is said in is
            # kept under the group, over nothing (over "Energy" in the quick log before)
            self.flow.setContentsMargins(QMargins(0, 0, 0, room_under(self)))
            self.add_field.installEventFilter(self)
        self.set_words(name, add_label, describe)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_words(self, name: str, add_label: str = "", describe: str = "") -> None:
        """Name the group, its chips and its field in the current language: at first and
        again after a language switch (the words are the caller's, in its own context)."""
        self.setAccessibleName(name)
        # What a screen reader says after each chip's name: what picking it means, and how
        # to take it off the list (the menu only shows on a right click or the menu key).
        self._about = describe or name
        if self._removable:
            self._about += " " + self.tr("The menu key offers to take it off your list.")
        for chip in self.chips:
            chip.setAccessibleDescription(self._about)
        if self.add_field is not None:
            self.add_field.setPlaceholderText(self.tr("+ your own"))
            self.add_field.setAccessibleName(add_label)
            self.add_field.setAccessibleDescription(
                self.tr("Type your own words and press Enter to add them to your list.")
            )
            # as wide as its hint needs in this language and font, and never narrower than
            # the English one looks best at
            hint = self.add_field.fontMetrics().horizontalAdvance(self.add_field.placeholderText())
            self.add_field.setFixedWidth(max(118, hint + 2 * 10 + 12))
            self.flow.invalidate()

    def set_items(self, items: list[str], keys: list[str] | None = None) -> None:
        """Show these choices, keeping what was picked where it still exists. `keys` (one per
        item, each item its own key when not given) say what each stands for: picks are kept
        by key, so a list shown in another language keeps what was picked."""
        keys = list(items) if keys is None else keys
        if keys == [c.key for c in self.chips]:
            # the same choices, perhaps in other words: reworded in place (the focus stays)
            for chip, text in zip(self.chips, items, strict=True):
                if chip.text() != text:
                    chip.set_word(text)
            self.updateGeometry()
            return
        keep = {c.key for c in self.chips if c.isChecked()}
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.hide()  # at once: deleteLater waits for the event loop
            chip.deleteLater()
        self.chips = []
        for index, (text, key) in enumerate(zip(items, keys, strict=True)):
            chip = Chip(text, self._about, self._removable, self, key)
            chip.setChecked(key in keep)
            chip.toggled.connect(self._on_chip_toggled)
            chip.remove_requested.connect(self.removed.emit)
            self.flow.insert_widget(index, chip)
            self.chips.append(chip)
        self._fix_tab_order()
        self._apply_limit()
        self.updateGeometry()

    def picked(self) -> list[str]:
        return [c.text() for c in self.chips if c.isChecked()]

    def set_picked(self, texts: list[str]) -> None:
        wanted = set(texts)
        for chip in self.chips:
            chip.blockSignals(True)
            chip.setChecked(chip.text() in wanted)
            chip.blockSignals(False)
        self._apply_limit()
        self.picked_changed.emit()

    def clear(self) -> None:
        self.set_picked([])
        if self.add_field is not None:
            self.add_field.clear()

    def pick(self, text: str) -> bool:
        """Pick one by its text if there is room; True when it ended up picked."""
        for chip in self.chips:
            if chip.text() == text:
                if not chip.isChecked() and chip.isEnabled():
                    chip.setChecked(True)
                return chip.isChecked()
        return False

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.flow.heightForWidth(width)

    def sizeHint(self) -> QSize:
        width = max(200, self.width())
        return QSize(width, self.flow.heightForWidth(width))

    def _fix_tab_order(self) -> None:
        widgets: list[QWidget] = [*self.chips]
        if self.add_field is not None:
            widgets.append(self.add_field)
        for first, second in pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def is_full(self) -> bool:
        """Whether as many are picked as the limit allows (never, without one)."""
        return bool(self._limit) and len(self.picked()) >= self._limit

    def _apply_limit(self) -> None:
        if not self._limit:
            return
        full = self.is_full()
        for chip in self.chips:
            chip.setEnabled(chip.isChecked() or not full)

    def _on_chip_toggled(self, _checked: bool) -> None:
        self._apply_limit()
        self.picked_changed.emit()

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Words longer than the field showed their end only ("udo en el estómago"), and so
        # they stayed once the keyboard went on: left, the field shows them from their start
        if watched is self.add_field and event.type() == QEvent.Type.FocusOut:
            self.add_field.setCursorPosition(0)
        # Enter with words in the field adds them and goes no further; in an empty field it
        # travels on to the window, where Enter saves.
        if (
            watched is self.add_field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.take_typed()
        ):
            return True
        return super().eventFilter(watched, event)

    def typed(self) -> str:
        """The words sitting in the "+ your own" field, spaces tidied; "" when none."""
        return " ".join(self.add_field.text().split()) if self.add_field is not None else ""

    def take_typed(self) -> bool:
        """Add the words typed in the "+ your own" field, as Enter there does (`added`); True
        when there were some. With as many picked as the limit allows they could not be
        picked: they stay in the field and `full` says so (Enter emptied the field, and the
        words were gone from where they were typed, a disabled chip at best)."""
        text = self.typed()
        if not text:
            return False
        assert self.add_field is not None  # words were typed in it
        if self.is_full() and text not in self.picked():
            self.full.emit(text)
            return True
        self.add_field.clear()
        self.added.emit(text)
        return True


class ScalePicker(QWidget):
    """Five chips, 1 to 5, for an optional answer on a scale (energy, mood, a night's sleep):
    at most one is chosen, and picking the chosen one again clears it. With `ends` the row
    has its end words either side ("low" 1 2 3 4 5 "high"), set by the caller.

    The row is one Tab stop, as a group of radio buttons is: Tab comes to the number chosen
    (or the one last on, or 1) and goes on past the row; the arrows, Home and End step along
    it, and a number key picks that number. Every number its own Tab stop took ten presses
    through the two rows of "How was that?" (held in a QButtonGroup before, the row was one
    Tab stop whose arrows did nothing, so only "1" could be picked). None is auto-default:
    in a dialog the first one focused became the default button, and Enter in the dialog's
    text field then picked it (a mood of 2 turned into 1) instead of saving."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, ends: bool = True) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.buttons: list[QPushButton] = []
        for n in range(1, 6):
            button = QPushButton(str(n), self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setProperty("chip", True)
            button.toggled.connect(lambda on, b=button: self._on_toggled(b, on))
            button.installEventFilter(self)  # the arrows and number keys (eventFilter)
            self.buttons.append(button)
        self._tab_stop(self.buttons[0])
        self.ends: tuple[QLabel, QLabel] | None = None
        if ends:
            self.ends = scale_row(layout, self.buttons, "", "")
        else:
            for button in self.buttons:
                layout.addWidget(button)

    def button(self, n: int) -> QPushButton:
        """The chip for `n` (1 to 5)."""
        return self.buttons[n - 1]

    def name_buttons(self, name: Callable[[int], str], description: str) -> None:
        """Each number's name for a screen reader (`name(n)`, saying "of 5") and what
        picking it means, in the caller's words and language."""
        for n, button in enumerate(self.buttons, start=1):
            button.setAccessibleName(name(n))
            button.setAccessibleDescription(description)

    def value(self) -> int | None:
        for n, button in enumerate(self.buttons, start=1):
            if button.isChecked():
                return n
        return None

    def set_value(self, value: int | None) -> None:
        for n, button in enumerate(self.buttons, start=1):
            button.blockSignals(True)
            button.setChecked(n == value)
            button.blockSignals(False)
        if value is not None and 1 <= value <= len(self.buttons):
            self._tab_stop(self.button(value))  # Tab comes back to the number chosen
        self.changed.emit()

    def _tab_stop(self, stop: QPushButton) -> None:
        """Make `stop` the row's one Tab stop; a click still gives any number the focus."""
        for button in self.buttons:
            tab = button is stop
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tab else Qt.FocusPolicy.ClickFocus)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        buttons = getattr(self, "buttons", None)  # (None as the row is taken down)
        if not buttons or watched not in buttons:
            return False
        assert isinstance(watched, QPushButton)
        if event.type() == QEvent.Type.FocusIn:
            self._tab_stop(watched)  # the one last on: Tab comes back to it
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Shift+Tab, Ctrl+…: as ever
        at = buttons.index(watched)
        steps = {
            Qt.Key.Key_Left: at - 1,
            Qt.Key.Key_Up: at - 1,
            Qt.Key.Key_Right: at + 1,
            Qt.Key.Key_Down: at + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(buttons) - 1,
        }
        text = event.text()
        if event.key() in steps:
            self._go_to(buttons[max(0, min(len(buttons) - 1, steps[Qt.Key(event.key())]))])
            return True
        if text.isdecimal() and len(text) == 1 and 1 <= int(text) <= len(buttons):
            chosen = buttons[int(text) - 1]  # picked, never cleared by its own number
            self._go_to(chosen)
            chosen.setChecked(True)
            return True
        return False

    def _go_to(self, button: QPushButton) -> None:
        # the Tab stop moves with the focus, said here too: a window not active yet gets
        # no FocusIn, and Tab left the row from the number it was on before
        self._tab_stop(button)
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_toggled(self, button: QPushButton, on: bool) -> None:
        if on:
            self._tab_stop(button)  # Tab comes back to the number chosen
            for other in self.buttons:
                if other is not button and other.isChecked():
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)
        self.changed.emit()
