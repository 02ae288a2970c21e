"""Which country the crisis lines are for, and the small picker that changes it.

The one place that asks core how a region is chosen. Core knows every country's emergency
number (crisis_region), which regions have lines of their own (has_lines), and which country
a locale names (region_for_locale, "" for none). Here "" and "ZZ" ("anywhere else") both mean
"not chosen": then Footholds asks, and never shows another country's number as if it were
the person's own.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from footholds.core import crisis
from footholds.core.settings import CRISIS_REGIONS, SettingError
from footholds.ui.common import buttons, calm
from footholds.ui.common.calm import language, wrapped
from footholds.ui.common.never_raises import never_raises
from footholds.ui.common.reading_order import focus_with_ring
from footholds.ui.common.wheel import scroll_page_under
from footholds.ui.common.wrap_row import WrapRow

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

log = logging.getLogger(__name__)
# how long a pause ends a typed name: longer than Qt's 0.4 s, so "United", a breath, then
# " States" is still one name (a slower hand is no reason to land in another country)
TYPING_PAUSE = 1.5
ENDS_A_NAME = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
}
# Enter alone, or from the keypad: the keys that say "use this one"
QUIET_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
UNCHOSEN = ("", crisis.FALLBACK_REGION)


def _known(code: str) -> str:
    """`code` as a place core knows (a region with lines, or any country), or "" for none,
    for "anywhere else" and for a code that is no country."""
    key = str(crisis.crisis_region(code)["code"]) if code.strip() else ""
    return "" if key in UNCHOSEN else key


def has_own_lines(code: str) -> bool:
    """Footholds ships crisis lines of region `code`'s own (not only the directory)."""
    return crisis.has_lines(code)


def system_country() -> str:
    """The country the computer's locale names, or ""."""
    return _known(crisis.region_for_locale(calm.system_locale_name()))


def chosen_region(ctx: AppContext) -> str:
    """The person's region: their choice, else the system locale's country when it has lines
    of its own; "" when neither (then Footholds asks)."""
    setting = str(ctx.settings["safety.region"]).strip()
    if setting:
        return _known(setting)
    country = system_country()
    return country if has_own_lines(country) else ""


def shown_region(ctx: AppContext) -> str:
    """Whose numbers to show: the chosen region only; "" while none is chosen (then help
    says to call the local emergency number and asks). The country the system's language
    names is no choice: Spanish on a computer in Mexico is not Spain's 112."""
    return chosen_region(ctx)


def needs_asking(ctx: AppContext) -> bool:
    """No region is chosen for the crisis lines: the person should pick their country."""
    return chosen_region(ctx) == ""


def from_system(ctx: AppContext) -> bool:
    """The region shown comes from the computer's settings, not from the person's choice."""
    return not str(ctx.settings["safety.region"]).strip() and not needs_asking(ctx)


def is_place(code: str) -> bool:
    """`code` names a country or a region with lines (not "", not "anywhere else")."""
    return bool(_known(code))


def region_names(ctx: AppContext) -> list[tuple[str, str]]:
    """(code, name) of every country and region to choose from, by name in the interface
    language where core has one."""
    words = language(ctx)
    codes = [c for c in CRISIS_REGIONS if c not in UNCHOSEN]
    pairs = [(c, str(crisis.crisis_region(c, words)["name"])) for c in codes]
    return sorted(pairs, key=lambda pair: sort_key(pair[1]))


def sort_key(name: str) -> str:
    """A name as a list is ordered by: accents and case aside, so "Åland Islands" sits with
    the A's and "Émirats" with the E's rather than after Z."""
    letters = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in letters if not unicodedata.combining(ch))


def region_name(ctx: AppContext, code: str) -> str:
    """A region's name in the interface language; "" for none."""
    known = _known(code)
    return str(crisis.crisis_region(known, language(ctx))["name"]) if known else ""


def elsewhere_name(ctx: AppContext) -> str:
    """ "Not sure, or somewhere else": the choice for no country in particular."""
    return str(crisis.crisis_region(crisis.FALLBACK_REGION, language(ctx))["name"])


def save_region(ctx: AppContext, code: str) -> bool:
    """Remember `code` as the person's region ("" forgets the choice); False if not saved."""
    try:
        ctx.settings.set("safety.region", code)
        ctx.settings.save()
    except (SettingError, OSError) as exc:
        log.warning("region not saved: %s", exc)
        return False
    return True


class NameSearch(QObject):
    """Typing a name on a list of countries, closed or open, stands it on the first row whose
    name starts with what was typed: case and accents aside ("reino unido", "turkiye"), and
    spaces included, so "United States" is one name, not "United" then a Space that opens the
    list and "States" that jumps to S. Letters a pause apart start a new name; Backspace
    takes one back. Space before anything is typed still opens the closed list (Qt's way);
    rows with no value (the "Choose your country" question) are never found. Enter stays
    the list's own: it uses the row found."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.typed = ""
        self.when = 0.0
        combo.installEventFilter(self)
        combo.view().installEventFilter(self)  # the open list, read before Qt's own search

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.typed = ""  # the list opened: a name typed now starts afresh
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            # the open list takes its Enter here, before any key press is said: the name is
            # finished, and the row it found is the one picked
            self.typed = ""
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        quiet = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        if event.modifiers() & ~quiet:
            return False  # a shortcut, not a letter
        now = time.monotonic()
        going = bool(self.typed) and now - self.when <= TYPING_PAUSE
        text = event.text()
        if event.key() == Qt.Key.Key_Backspace and going:
            self.typed, self.when = self.typed[:-1], now
            if self.typed:
                self.find(self.typed)
            return True
        if event.key() in ENDS_A_NAME:
            self.typed = ""  # an arrow, Enter, Escape, Tab: the name is finished
            return False
        if not text or not text.isprintable():
            return False  # Shift for a capital, a dead key for an accent: still typing
        if text.isspace() and not going:
            self.typed = ""
            return False  # Space on its own opens the closed list, as it always has
        self.typed, self.when = (self.typed if going else "") + text, now
        if not self.find(self.typed) and len(set(sort_key(self.typed))) == 1:
            self.find(text, after=True)  # "s", "s", "s": the next name with S, as in Qt
        return True  # found or not, the letters never fall through to Qt's jumping

    def whole_name(self) -> bool:
        """What was typed last is the whole name of the row the closed list stands on."""
        typed = sort_key(self.typed.strip())
        return bool(typed) and typed == sort_key(self.combo.currentText())

    def find(self, typed: str, *, after: bool = False) -> bool:
        """Stand the list on the first row whose name starts with `typed` (with `after`: the
        next one after the row it stands on, round to the top). False if none does."""
        wanted = sort_key(typed)
        combo = self.combo
        view = combo.view()
        open_list = view.isVisible()
        here = view.currentIndex().row() if open_list else combo.currentIndex()
        count = combo.count()
        order = [(here + 1 + i) % count for i in range(count)] if after else range(count)
        for row in order:
            if not combo.itemData(row) or not sort_key(combo.itemText(row)).startswith(wanted):
                continue
            if open_list:
                index = combo.model().index(row, combo.modelColumn())
                view.setCurrentIndex(index)
                view.scrollTo(index)
            else:
                combo.setCurrentIndex(row)
            return True
        return False


def find_by_name(combo: QComboBox) -> NameSearch:
    """Let typing a whole name, spaces and all, find its row in `combo`."""
    return NameSearch(combo)


class RegionBox(QComboBox):
    """A list of countries the mouse wheel cannot turn by accident: the wheel scrolls the
    window around it unless the person has clicked into the box first. A row picked from the
    open list is `chosen`, and so is the row the closed box stands on when Enter is pressed;
    an arrow key on the closed box only moves it."""

    chosen = Signal(int)  # a row picked from the open list (a click, or Enter), or Enter here

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clicked_into = False
        self.listing = False  # the list is open, or has just closed on a pick
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; the wheel alone not
        self.activated.connect(self._on_activated)
        self.search = NameSearch(self)  # "United States", typed, then Enter: that country

    def showPopup(self) -> None:
        self.listing = True
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        # Qt says `activated` for a pick just before or after closing the list: stop
        # listening once that has been said, not before
        QTimer.singleShot(0, self, self._stop_listing)

    def _stop_listing(self) -> None:
        self.listing = self.view().isVisible()

    def keyPressEvent(self, event: Any) -> None:
        self.listing = self.view().isVisible()  # an arrow key on the closed box is no pick
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not self.listing and event.modifiers() in QUIET_MODIFIERS:
            # Enter on the closed list is as deliberate as "Use this country" beside it (and
            # as Enter in the open list): the person need not Tab on to the button
            event.accept()
            self.chosen.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _on_activated(self, index: int) -> None:
        if self.listing:
            self.listing = False
            self.chosen.emit(index)

    def mousePressEvent(self, event: Any) -> None:
        self.clicked_into = True
        super().mousePressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        if self.view().isVisible():  # its own list took the focus: still clicked into
            return super().focusOutEvent(event)
        self.clicked_into = False
        super().focusOutEvent(event)

    def wheelEvent(self, event: Any) -> None:
        if self.clicked_into:
            super().wheelEvent(event)
        else:
            scroll_page_under(self, event)  # the page scrolls instead


class RegionPicker(QWidget):
    """ "Which country are you in?" A list and a button. With `use_at_once` (the welcome), a
    country picked from the open list, or Enter on the list, is used at once (one step);
    without it (Get help now, where the lines below would change under the person), a pick or
    Enter only stands the list on the country and takes the keyboard to "Use this country".
    Nothing else changes until the button is pressed, so an arrow key on the closed list can
    never swap the lines by itself."""

    picked = Signal(str)  # a region code: "Use this country", or a pick used at once
    cancelled = Signal()

    def __init__(
        self, ctx: AppContext, *, can_cancel: bool = False, use_at_once: bool = True
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.use_at_once = use_at_once
        self.prompt = wrapped(
            self.tr("Which country are you in? Then the numbers here are ones you can call there.")
        )
        self.box = RegionBox()
        self.use = buttons.secondary("")
        self.cancel = buttons.quiet("")
        self.cancel.setFlat(True)
        self.cancel.setVisible(can_cancel)
        self.name_parts()
        # the list, then its buttons under it when the window is too narrow for one row
        self.box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.box.setMinimumContentsLength(16)
        self.row = WrapRow()
        self.row.add(self.box, 1)
        self.row.add(self.use)
        self.row.add(self.cancel)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.prompt)
        column.addWidget(self.row)
        self.fill()
        self.use.clicked.connect(self._on_use_clicked)
        self.cancel.clicked.connect(self.cancelled.emit)
        self.box.currentIndexChanged.connect(self._on_box_changed)
        self.box.chosen.connect(self._on_box_chosen)
        ctx.signals.setting_changed.connect(self._on_setting_changed)

    def name_parts(self) -> None:
        """The words on the list and buttons, again when the language changes (the prompt
        is the window's to say)."""
        self.box.setAccessibleName(self.tr("Your country"))
        self.box.setAccessibleDescription(
            self.tr(
                "Type the name of your country and press Enter; or open the list and pick "
                "where you are."
            )
        )
        self.box.view().setAccessibleName(self.tr("Countries"))
        self.box.view().setAccessibleDescription(
            self.tr("Every country; type the name of yours to go to it.")
        )
        self.use.setText(self.tr("&Use this country"))  # Alt+U from anywhere in the window
        self.use.setAccessibleName(self.tr("Use this country for the crisis lines"))
        self.use.setAccessibleDescription(
            self.tr("Shows the lines for the country chosen in the list, and remembers it.")
        )
        self.cancel.setText(self.tr("Keep as it is"))
        self.cancel.setAccessibleName(self.tr("Keep the country as it is"))
        self.cancel.setAccessibleDescription(self.tr("Closes the list; nothing changes."))

    def use_words(self) -> str:
        """ "Use this country" as a sentence names it (without its Alt key's mark)."""
        return self.use.text().replace("&", "")

    def current(self) -> str:
        """The row the list stands on when nobody has moved it: the region shown now, or
        "somewhere else" when that is the choice, or the system's country, or "" (asking)."""
        setting = str(self.ctx.settings["safety.region"]).strip().upper()
        if setting == crisis.FALLBACK_REGION:
            return setting
        # nothing chosen yet: the list may stand on the country the system names, so
        # confirming it is one click (its number shows only once it is used)
        return shown_region(self.ctx) or system_country()

    def fill(self, selected: str | None = None) -> None:
        """The first row asking, then "not sure" (no one has to know their country's name,
        or find "anywhere else" after Zimbabwe), then the countries by name; `selected`
        (default: the region shown now) chosen in the list."""
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem(self.tr("Choose your country"), "")
        # named as Settings and `footholds helplines` name it
        self.box.addItem(elsewhere_name(self.ctx), crisis.FALLBACK_REGION)
        self.box.insertSeparator(self.box.count())
        for key, name in region_names(self.ctx):
            self.box.addItem(name, key)
        self.box.blockSignals(False)
        self.select(self.current() if selected is None else selected)

    def select(self, code: str) -> None:
        """Stand the list on `code` without it counting as the person's choice."""
        self.box.blockSignals(True)
        self.box.setCurrentIndex(max(0, self.box.findData(code)))
        self.box.blockSignals(False)
        self._on_box_changed()

    def _on_setting_changed(self, name: str, _value: object) -> None:
        # The region changed somewhere else (Settings, the command line, another window):
        # the list follows, so "Use this country" can never write the old one back.
        if name == "safety.region":
            self.select(self.current())

    def _on_box_changed(self, _index: int = 0) -> None:
        # nothing to use on the first row, nor on "not sure" once it is kept: the list stays
        # open after it, so the button would seem to do nothing (on a kept country it
        # closes the list, keeping it)
        code = self.box.currentData()
        kept = str(self.ctx.settings["safety.region"]).strip().upper()
        self.use.setEnabled(bool(code) and not code == kept == crisis.FALLBACK_REGION)

    def _on_box_chosen(self, _index: int) -> None:
        if self.use_at_once:
            self._on_use_clicked()
        elif self.use.isEnabled():
            # the country stands in the list; the change waits for the button, where the
            # keyboard goes now, its ring showing: Enter again (or a click) uses it
            focus_with_ring(self.use)

    def _on_use_clicked(self) -> None:
        code = self.box.currentData()
        if code:
            self.picked.emit(code)

    def changeEvent(self, event: QEvent) -> None:
        # country names are data in the interface language: read them again
        if event.type() == QEvent.Type.LanguageChange:
            self.name_parts()
            self.fill(self.box.currentData() or "")
        super().changeEvent(event)
