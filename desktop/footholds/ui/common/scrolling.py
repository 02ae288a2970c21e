"""The scrolling page: an area that scrolls up and down only, and the helpers that give a
window one and bring a widget on it into view.

Kept apart from components.py, which holds what sits on the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from footholds.ui.common import tokens
from footholds.ui.common.calm import fit_to_words
from footholds.ui.common.focus_follow import follow_keyboard_focus
from footholds.ui.common.never_raises import never_raises


class PageScroll(QScrollArea):
    """A scroll area that scrolls only up and down, and so is never narrower than its page
    can be: a window made of one stops where its words would be cut off.

    It is no Tab stop itself (it showed no ring: the person saw nothing and typed into
    nothing), and it follows the keyboard: whatever Tab brings the focus to on its page is
    scrolled into view, wherever the Tab came from (follow_keyboard_focus)."""

    steady = False  # keep_bar_room(): the bar's room is kept while it is not needed
    # a field at the page's top kept in view as the keyboard moves below it, when both fit
    # (the quick log's note, as Tab reaches More at the foot of a form that scrolls)
    keep_seen: QWidget | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        follow_keyboard_focus(self)

    def keep_bar_room(self) -> None:
        """Keep the scroll bar's room at the right whether or not the page is long enough to
        need it, so nothing moves sideways when a longer page comes in: the buttons of a
        window that steps through pages of different lengths stayed where the person clicks
        only as long as no page scrolled (a browser's stable scrollbar gutter). The bar
        itself shows only while there is something to scroll."""
        self.steady = True
        # always on, so the room is always taken; hidden while the range is empty (the
        # area keeps laying it out, so its room stays)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(lambda low, high: bar.setVisible(high > low))
        bar.setVisible(bar.maximum() > bar.minimum())

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self.updateGeometry()  # the page's least width may have changed
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        page = self.widget()
        if page is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), page.minimumSizeHint().width() + bar), hint.height())


PAGE_KEYS = {
    Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
    Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
}
# and from under the page (the help link), where no control of the page has them to use
READING_KEYS = {
    Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
    Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum,
}


def page_keys(window: QWidget, key: int) -> bool:
    """Page Down and Page Up scroll `window`'s page from wherever the focus is: the page is
    no Tab stop, and a key a button or the help link under the page leaves alone reaches the
    window. From under the page Home and End go to its top and foot too (Good to know, whose
    page has no control). Whether the key was used."""
    area = window.findChild(PageScroll)
    if area is None or not area.isVisible():
        return False
    action = PAGE_KEYS.get(Qt.Key(key))
    focused = window.focusWidget()
    page = area.widget()
    if action is None and not (page is not None and focused and page.isAncestorOf(focused)):
        action = READING_KEYS.get(Qt.Key(key))
    if action is None:
        return False
    area.verticalScrollBar().triggerAction(action)
    return True


def form_scroll(
    widget: QWidget,
    name: str,
    description: str = "",
    *,
    steady: bool = False,
) -> PageScroll:
    """A borderless area round `widget` that scrolls up and down, never sideways.

    The area itself takes no focus, so Tab goes straight to the fields in it (the quick log
    opens with the focus in its note), and PageUp and PageDown on a button on it still
    scroll it. Named for screen readers. `steady` keeps the scroll bar's room always
    (PageScroll.keep_bar_room). Else a page whose right margin has room for the bar (one
    carrying the window margin) keeps its column's width when the bar shows: the bar takes
    that margin (bar_in_margin), so nothing on the page moves sideways.
    """
    scroll = PageScroll()
    if steady:
        scroll.keep_bar_room()
    scroll.setWidget(widget)
    layout = widget.layout()
    bar = scroll.verticalScrollBar().sizeHint().width()
    if not steady and layout is not None and layout.contentsMargins().right() >= bar:
        # Get help now in Spain: "Change country" made the page long enough to scroll,
        # and every line on it went 12 px narrower, the words rewrapping under the eye
        bar_in_margin(scroll, layout)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setAccessibleName(name)
    if description:
        scroll.setAccessibleDescription(description)
    return scroll


def bring_into_view(
    widget: QWidget,
    margin: int = tokens.M,
    *,
    from_top_of: QWidget | None = None,
    tall: Callable[[], int] | None = None,
    head: QWidget | None = None,
) -> None:
    """Scroll the page `widget` sits on so it shows, once the layout has placed it: a card
    added at the foot of a long page otherwise appears out of sight, and only the cleared
    field says anything happened. (Focus moved by code does not scroll a page; Tab does.)
    `margin` is the room kept below it; 0 scrolls no more than needed to show it.
    `from_top_of` (a step holding the field) shows from that widget's top down as far as
    fits, so the question is read with the field it asks for. `tall` (how much of it, from
    its top, has something to read: a line's words, not the room kept under them for longer
    ones) scrolls only as far as that shows. `head` (the window's title and the line under
    it) is never left cut by the top edge: the page is at its top when `widget` shows from
    there, else scrolled past the head at least (a person saved in Reach out)."""

    # put away (hidden) since: a scroll still waiting must not move the page when it is
    # shown again at its top (the quick log, closed and opened again within the moment)
    put_away = [False]

    def show() -> None:
        if put_away[0]:
            return
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None or not widget.isVisible():
            return
        page = area.widget()
        if tall is not None and page is not None:
            half = max(1, tall()) // 2 + 1
            middle = widget.mapTo(page, QPoint(0, half)).y()
            area.ensureVisible(widget.mapTo(page, QPoint(0, 0)).x(), middle, 0, half + margin)
            return
        if from_top_of is None or page is None or not from_top_of.isVisible():
            area.ensureWidgetVisible(widget, 0, margin)
            if head is not None and page is not None:
                _head_whole(area, page, widget, head, margin)
            return
        # (ensureWidgetVisible would show only the text cursor's line of a text box)
        bar = area.verticalScrollBar()
        top = from_top_of.mapTo(page, QPoint(0, 0)).y()
        low = widget.mapTo(page, QPoint(0, widget.height())).y() + margin - area.viewport().height()
        # as little a move as shows both; the top first when both do not fit
        bar.setValue(top if low > top else min(max(bar.value(), low), top))

    QTimer.singleShot(0, widget, show)  # with the widget as context: never after it is gone
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    page = area.widget() if area is not None else None
    if page is not None:
        _Settling(widget, page, show, put_away)


def _head_whole(
    area: QScrollArea, page: QWidget, widget: QWidget, head: QWidget, margin: int
) -> None:
    """At the top when `widget` shows from there; else not stopped inside `head`."""
    bar = area.verticalScrollBar()
    low = widget.mapTo(page, QPoint(0, widget.height())).y() + margin - area.viewport().height()
    below = head.mapTo(page, QPoint(0, head.height())).y()
    if low <= 0:
        bar.setValue(0)
    elif bar.value() < below <= widget.mapTo(page, QPoint(0, 0)).y():
        bar.setValue(below)


SETTLE_MS = 400  # how long bring_into_view follows the page as it is laid out again


class _Settling(QObject):
    """Shows the widget again each time its page changes size, for a moment after
    bring_into_view: what else the same action changes is laid out a little later (Today
    shows a goal's new step at its top), and grew the page above the widget after it had been
    shown, so the field being typed into went out of sight."""

    def __init__(
        self, widget: QWidget, page: QWidget, show: Callable[[], None], put_away: list[bool]
    ) -> None:
        super().__init__(widget)  # goes with the widget
        self.widget, self.page, self.show = widget, page, show
        self.put_away = put_away
        page.installEventFilter(self)
        QTimer.singleShot(SETTLE_MS, self, self.stop)

    def stop(self) -> None:
        if isValid(self.page):
            self.page.removeEventFilter(self)
        self.deleteLater()

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.widget, self.show)  # once its children are placed too
        elif watched is self.page and event.type() == QEvent.Type.Hide:
            # put away: opened again at once, it is at its own place (its top), and the
            # scrolls already waiting are let go too
            self.put_away[0] = True
            self.stop()
        return False


def scrolling_page(
    window: QWidget,
    name: str,
    description: str,
    *below: QWidget,
    spacing: int = tokens.S,
) -> QVBoxLayout:
    """Give `window` one page that scrolls, with `below` (a button row, an undo strip, a help
    link) kept in view under it. Returns the page's layout, with the window margins already
    set. The page is no Tab stop; what Tab reaches on it is scrolled into view."""
    left, top, right, bottom = tokens.WINDOW
    body = QWidget()
    page = QVBoxLayout(body)
    # the page's foot margin is the window's only when nothing is kept in view under it
    page.setContentsMargins(left, top, right, tokens.XS if below else bottom)
    page.setSpacing(spacing)
    layout = QVBoxLayout(window)
    # what stays in view under the page keeps the window margins too, so a help link sits
    # in the same corner as in a window without a scrolling page
    layout.setContentsMargins(0, 0, 0, bottom if below else 0)
    layout.setSpacing(tokens.XS)
    scroll = form_scroll(body, name, description)
    layout.addWidget(scroll, 1)
    rows = []
    for widget in below:
        row = QHBoxLayout()
        row.addWidget(widget)
        layout.addLayout(row)
        rows.append(row)
    bar_in_margin(scroll, page)
    keep_in_column(scroll, rows, left, right, bar_in_margin=True)
    return page


def bar_in_margin(scroll: QScrollArea, page: QLayout) -> None:
    """Let the scroll bar of `scroll`, when it shows, take its room from the right margin of
    `page` (the layout of the page it scrolls), so the page's column keeps its width: for a
    scroll area that reaches the window's right edge (scrolling_page, the quick log). Called
    again, the margin given now is the one kept (form_scroll may have called it first)."""
    for earlier in scroll.findChildren(_BarInMargin):
        if not earlier.stopped:
            earlier.stop()
    _BarInMargin(scroll, page)


class _BarInMargin(QObject):
    """The scroll bar, when the page grows long enough to need it, takes its room from the
    page's right margin, not from its column: Today's first item brought the bar and every
    control on the page moved 12 px to the left. The column keeps its width either way."""

    def __init__(self, scroll: QScrollArea, page: QLayout) -> None:
        super().__init__(scroll)
        self.bar = scroll.verticalScrollBar()
        self.page = page
        self.right = page.contentsMargins().right()
        self.stopped = False
        self.bar.installEventFilter(self)
        self.bar.rangeChanged.connect(self._on_range_changed)
        self.fit()

    def _on_range_changed(self, _low: int, _high: int) -> None:
        self.fit()

    def stop(self) -> None:
        """Let go: another takes the margin's care (its right margin as given then)."""
        self.stopped = True
        self.bar.removeEventFilter(self)
        self.bar.rangeChanged.disconnect(self._on_range_changed)
        # left to its parent until Qt deletes it: taken from its parent here, it would be
        # Python's to delete whenever its wrapper went, a QObject gone at a moment of its own
        self.deleteLater()

    def fit(self) -> None:
        margins = self.page.contentsMargins()
        # (shown with nothing to scroll, as a window is first laid out, it is gone again
        # at once: its margin left as it was, the page's words are not placed twice)
        needed = self.bar.isVisible() and self.bar.maximum() > self.bar.minimum()
        taken = self.bar.sizeHint().width() if needed else 0
        right = max(0, self.right - taken)
        if margins.right() == right:
            return
        margins.setRight(right)
        self.page.setContentsMargins(margins)
        # placed at once, not a pass later: Get help now opened with its Copy buttons
        # 12 px to the left for a moment, then moved under the pointer
        self.page.activate()

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and isValid(self.bar):
            self.fit()
        return False


def page_area(window: QWidget) -> PageScroll:
    """The area of the page `scrolling_page` gave `window`: to scroll it back to the top, or
    name it in the person's language."""
    area = window.findChild(PageScroll)
    if area is None:
        raise LookupError(f"{type(window).__name__} has no scrolling page")
    return area


def keep_in_column(
    scroll: QScrollArea,
    rows: list[QHBoxLayout],
    left: int,
    right: int,
    *,
    bar_in_margin: bool = False,
) -> None:
    """Keep `rows` under `scroll` (buttons, an undo strip, the help link) in line with the
    column of its page, whose side margins are `left` and `right`: for a pane whose scroll
    area reaches the window's edge, its page carrying the window margin, as the shared page.
    `bar_in_margin`: the scroll bar sits in the page's margin (scrolling_page), so the
    column, and the rows with it, stay put when it shows."""
    _InColumn(scroll, rows, left, right, bar_in_margin=bar_in_margin)


class _InColumn(QObject):
    """Keeps what sits under a scrolling page (an undo strip, the help link) in line with
    the page's column: the page's margins either side, and the scroll bar's width on the
    right while it shows, so a strip is no wider than the cards above it."""

    def __init__(
        self,
        scroll: QScrollArea,
        rows: list[QHBoxLayout],
        left: int = tokens.WINDOW[0],
        right: int = tokens.WINDOW[2],
        *,
        bar_in_margin: bool = False,
    ) -> None:
        super().__init__(scroll)
        self.bar = scroll.verticalScrollBar()
        self.steady = isinstance(scroll, PageScroll) and scroll.steady
        self.bar_in_margin = bar_in_margin
        self.rows = rows
        self.left, self.right = left, right
        self.bar.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        # (a steady area keeps the bar's room while the bar is hidden: so do the rows)
        kept = not self.bar_in_margin and (self.steady or self.bar.isVisible())
        right = self.right + (self.bar.sizeHint().width() if kept else 0)
        for row in self.rows:
            row.setContentsMargins(self.left, 0, right, 0)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # (a window closed for good hides its bar as the bar is taken down: nothing to fit)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and isValid(self.bar):
            self.fit()
        return False


def fit_whole_page(window: QWidget, width: int, least: int = 0, most: int = 0) -> None:
    """Size a window made with `scrolling_page` to show its whole page at `width`, never
    taller than its screen (nor than `most`, when given: then the page scrolls): a scroll
    area asks for little room, so the window would otherwise open with its page cut short
    on a screen with room for it."""
    area = window.findChild(PageScroll)
    layout = window.layout()
    body = area.widget() if area is not None else None
    if area is None or layout is None or body is None:
        return
    # the sizes that changed since the last layout pass first (a sentence said under the
    # page): a row's layout keeps its old height for a width until the window's is
    # activated, and the entry editor opened one line short, "More" half out of sight
    layout.activate()
    page = body.layout()
    # as tall as the page is beside a scroll bar: a page that fits just without one but
    # wraps a line more beside one opened with the bar, one line out of sight (the entry
    # editor's More), as it had been laid out once before the window took its size
    bar = area.verticalScrollBar().sizeHint().width()
    tall = (
        page.totalHeightForWidth(width - bar)
        if page is not None and page.hasHeightForWidth()
        else body.sizeHint().height()
    )
    # what is kept under the page at `width`: a credit line that wraps asked for three lines'
    # height at its narrowest, and the window opened with an empty band above it
    whole = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.sizeHint().height()
    )
    item = layout.itemAt(layout.indexOf(area))
    rest = whole - (item if item is not None else area).sizeHint().height()
    need = tall + rest
    fit_to_words(window, width, min(need, most) if most > 0 else need, least)
