"""Small pieces the proof list, affirmation, tough-day and help windows share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from footholds.core import days
from footholds.ui.common import buttons, dates, icons
from footholds.ui.common.reading_order import ReadingOrderWindow, open_on_first
from footholds.ui.common.said_under import window_needs

if TYPE_CHECKING:
    from footholds.core.settings import Settings
    from footholds.ui.context import AppContext

FRAME_ALLOWANCE = 48  # pixels a window manager's title bar and borders may add
# on a window: how to measure what it grew by at its foot before it first showed (the kept
# line under words given back), left out when it is centred, so it opens where it would without
GROWN_BELOW = "_footholds_grown_below"
FRAME_SIDES = 8  # pixels its borders may add at the left and right, both together


def system_locale_name() -> str:
    """The system locale, such as "en_GB"."""
    return QLocale.system().name()


def language(ctx: AppContext) -> str:
    """The language the content packs should be read in, following the setting."""
    return settings_language(ctx.settings)


def settings_language(settings: Settings) -> str:
    """`language` before there is a context (the start's passphrase prompt)."""
    choice = settings["general.language"]
    return system_locale_name() if choice == "system" else str(choice)


def heading(text: str, size_delta: int = 2) -> QLabel:
    """A section heading: a little larger and bold, wrapped."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() + size_delta)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def wrapped(text: str = "", *, selectable: bool = False, rich: bool = False) -> QLabel:
    """A word-wrapped label; selectable text can be copied by the person."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def hint(ctx: AppContext, text: str) -> QLabel:
    """A quiet, wrapped line that explains without asking anything."""
    label = wrapped(text)
    # styled by the application style sheet, so it follows a live light/dark switch
    label.setProperty("soft", True)
    return label


def person_today(ctx: AppContext) -> date:
    """Which day it is for the person (core/days.py, Settings › Day and sleep): before their
    day-start hour it is still the day before. For days they date themselves (a proof)."""
    return days.today(int(ctx.settings["day.start_hour"]))


def long_date(
    day: str | date, *, capital: bool = True, relative: bool = True, today: date | None = None
) -> str:
    """A day the one way the app shows days: "Today", "Yesterday", "Tue 3 Dec", the year only
    when it is not this year (ui/common/dates.py), in the interface's language. A day counted
    from the person's own day start (core/days.py) passes their `today` too: at 2 am it is
    still the day before, and a step done then was done "today"."""
    return dates.day_label(
        day,
        today=today or date.today(),
        locale=QLocale().name(),
        capital=capital,
        relative=relative,
    )


def moment_text(
    at: datetime, *, capital: bool = False, start_hour: int | None = None, seconds: bool = False
) -> str:
    """A moment as "today 14:05" or "Tue 3 Dec 2024 09:30", in local time. With the person's
    `start_hour` its day is their day (core/days.py), as the journal files it: at 3 am,
    yesterday afternoon is still "today". `seconds` adds them, for two in the same minute."""
    local = at.astimezone()
    locale = QLocale().name()
    if start_hour is None:
        return dates.day_and_time(
            local, today=date.today(), locale=locale, capital=capital, seconds=seconds
        )
    today, day = days.today(start_hour), days.day_of(local, start_hour)
    return dates.day_and_time(
        local, today=today, locale=locale, capital=capital, day=day, seconds=seconds
    )


def window_link(ctx: AppContext, text: str, window: str, name: str, about: str) -> QPushButton:
    """A quiet link that opens `window`: flat and underlined, so it reads as a link and not as
    another button; hidden where that window is not available."""
    link = buttons.link(text, name, about)
    link_font = link.font()
    link_font.setUnderline(True)  # also underlined where the style sheet is not in force
    link.setFont(link_font)
    link.setVisible(ctx.windows.available(window))
    link.clicked.connect(lambda: ctx.windows.show(window))
    return link


def escape(text: str) -> str:
    """Text made safe to place inside rich text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def screen_area(window: QWidget) -> QRect | None:
    """The part of the screen `window` is on (or opens on: the primary one until it is shown)
    that windows may use, panels and docks left out; None without a screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def screen_room(window: QWidget) -> QSize | None:
    """The largest size `window` may take and still fit whole on its screen, its title bar
    and borders too. A window's own size leaves them out, and a window manager places one
    that is too tall with its bottom (its buttons) under the panel or off the screen; one
    as wide as the screen had its borders past both edges (the session summary, 1280x800 at
    1.25x)."""
    area = screen_area(window)
    if area is None:
        return None
    sides = max(FRAME_SIDES, window.frameGeometry().width() - window.width())
    return area.adjusted(0, 0, -sides, -FRAME_ALLOWANCE).size()


def fit_to_screen(window: QWidget) -> None:
    """Shrink `window` to its screen's room when it is larger (a 1366x768 laptop with a panel
    leaves about 690 pixels): every tall window's page scrolls, so nothing is lost."""
    room = screen_room(window)
    if room is None:
        return
    if window.width() > room.width() or window.height() > room.height():
        window.resize(min(window.width(), room.width()), min(window.height(), room.height()))


def fit_to_words(window: QWidget, width: int, tall: int, least: int = 0) -> None:
    """Size `window` to `width` and the height its wrapped words need (`tall`, at least
    `least`), never taller than the screen: a top-level window does not grow by itself for a
    label's height-for-width, and large text would otherwise clip."""
    room = screen_room(window)
    window.resize(width, max(least, min(tall, room.height() if room is not None else tall)))
    if window.isVisible():  # grown where it stands: its foot (the help link) stays on screen
        keep_on_screen(window)


def keep_on_screen(window: QWidget) -> None:
    """Move `window` as little as keeps it whole inside its screen's available area, title
    bar and borders too: centred, or grown where it stood, its foot (the buttons, the help
    link) ran past the bottom of the screen. Until the window manager has framed it (or where
    none does), its frame is reckoned at FRAME_ALLOWANCE."""
    area = screen_area(window)
    if area is None:
        return
    frame = window.frameGeometry()
    framed = frame.height() - window.height()
    tall = window.height() + (framed if framed > 0 else FRAME_ALLOWANCE)
    left = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    top = max(area.top(), min(frame.top(), area.bottom() + 1 - tall))
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)


def fit_wrapped_height(window: QWidget) -> None:
    """Grow a shown `window` to the height its layout needs at its width, when its wrapped
    words (a window header's line, a proof on its card) need more than the minimum Qt keeps
    for it, which counts them as at the window's narrowest. Squeezed below that, a layout
    lays parts of fixed height over one another: the proof editor's limit line lay across
    its box's border, the box's words showing through. Never past the screen's room, and a
    maximised window is left as it is."""
    layout = window.layout()
    if layout is None or not window.isVisible() or not layout.hasHeightForWidth():
        return
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    need = layout.totalMinimumHeightForWidth(window.width())
    room = screen_room(window)
    tall = min(need, room.height()) if room is not None else need
    if tall > window.height():
        window.resize(window.width(), tall)
        keep_on_screen(window)  # grown where it stands: its foot ran past the screen's


def grows_below(window: QWidget, measure: Callable[[], int]) -> None:
    """`window`, not shown yet, grew at its foot by what `measure` says as it first shows:
    centred as it first shows, it is placed where it would be without that."""
    setattr(window, GROWN_BELOW, [*getattr(window, GROWN_BELOW, []), measure])


def grown_below(window: QWidget) -> int:
    """What `window` grew by at its foot (`grows_below`), measured at its size now."""
    return sum(measure() for measure in getattr(window, GROWN_BELOW, []))


def centre_first_time(window: QWidget) -> None:
    """Put a window about to show for the first time in the middle of the screen, fitted to
    it. Left to itself, a window manager puts a new window where it likes: with others up,
    that was the top-left corner. A window given a place before it first shows (move(): built
    again where it was, in another language) keeps it; one shown before keeps where the
    person left it."""
    if window.property("centred") or window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        return
    window.setProperty("centred", True)
    area = screen_area(window)
    if area is None:
        return
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        window.adjustSize()  # the size show() would give it, to centre that
    fit_to_screen(window)
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    below = min(grown_below(window), frame.height())
    frame.translate(0, below // 2)  # placed as without what it grew by at its foot
    window.move(frame.topLeft())
    # centred before the window manager framed it: its title bar pushed its foot down past
    # the bottom of the screen (the thought log, 9 pixels on an 800-pixel screen)
    keep_on_screen(window)


class CalmWindow(ReadingOrderWindow):
    """A top-level window with the app icon that closes on Esc.

    Tab goes through the controls in the order the layouts show them, top to bottom, even
    after a part is rebuilt (ReadingOrderWindow); it opens with the focus on its first
    control, its ring showing, unless it chose another (present)."""

    _least_width = 0  # at_least_wide (a class default: events come during __init__)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowIcon(icons.app_icon())
        self._enter_button: QPushButton | None = None

    def at_least_wide(self, width: int) -> None:
        """Never narrower than `width`, nor than what the window's words need: in Spanish, or
        in a larger font, they need more. (setMinimumWidth alone outranks the layout: Today
        at its 420 pixels cut "Hecho" off at the edge of a page that cannot scroll sideways.)
        Kept up as the layout changes (event)."""
        self._least_width = width
        self._keep_least_width()

    def _keep_least_width(self) -> None:
        layout = self.layout()
        needed = layout.totalMinimumSize().width() if layout is not None else 0
        # and a field's limit laid over the window shows on one line (said_under.py)
        needed = max(needed, window_needs(self))
        self.setMinimumWidth(max(self._least_width, needed))

    def _keep_width_for_words(self) -> None:
        """A window with no `at_least_wide` of its own (its least width the layout's, or its
        own setMinimumWidth) is made no narrower than a field's limit laid over it needs,
        never narrower than it was: My medicines went down to 217 pixels, and "Caben 100
        caracteres; el resto se ha quedado fuera." needed 316."""
        needed = window_needs(self)
        if needed > self.minimumWidth():
            self.setMinimumWidth(needed)

    def enter_presses(self, button: QPushButton) -> None:
        """Enter in any field of the window presses `button` (its one action), as Enter saves
        in a dialog: a default button does nothing in a plain window, so Enter in a time field
        or on a checkbox did nothing. What takes its own Enter keeps it: a focused button
        presses itself (buttons.Button), and a list activates its row. A line field's Enter
        comes here, so `button` needs no returnPressed of its own (it would press twice)."""
        self._enter_button = button

    def present(self, **_options: Any) -> None:
        """Show, un-minimise, raise and focus; never larger than the screen, and the first
        time in the middle of it (unless it was given a place: built again where it was, in
        another language). The keyboard is on its first control, or on the one it had."""
        fit_to_screen(self)  # each time: a window may have grown, or moved to a smaller screen
        centre_first_time(self)
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()
        open_on_first(self)

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            # what the words need now (the layout was just redone)
            if self._least_width:
                self._keep_least_width()
            else:
                self._keep_width_for_words()
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            # a part shown or grown (an editor opened over a list): the layout is laid out
            # anew, and wrapped words may need more height than the window was given
            fit_wrapped_height(self)
        return done

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from footholds.ui.common.scrolling import page_keys  # (it builds on this module)

        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif not (
            (event.key() in buttons.ENTER and self._press_on_enter(event))
            # the page is no Tab stop: Page Down and Page Up scroll it from anywhere
            or page_keys(self, event.key())
        ):
            super().keyPressEvent(event)

    def _press_on_enter(self, event: QKeyEvent) -> bool:
        button = self._enter_button
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        # a list lets Enter go on after activating its row, which is its own action
        focus = self.focusWidget()  # by name: the item views' classes load with a list
        in_list = focus is not None and focus.inherits("QAbstractItemView")
        if button is None or not plain or in_list:
            return False
        if not (button.isVisible() and button.isEnabled()):
            return False
        button.click()
        return True


# The list delegates drawing with these are in delegates.py: the quick log, built at start,
# uses this module and no list.
HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # list items keep their plain text for screen readers
# pixels a row of a WrappingDelegate list stands in from the left, every line of it (leading
# spaces indent the first line only: a wrapped second line came back to the edge)
INDENT_ROLE = Qt.ItemDataRole.UserRole + 40
