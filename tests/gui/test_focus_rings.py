"""LOOK.md: a visible 2 px focus ring everywhere. Fusion marks a focused tab, radio button,
tool button or slider with a faint tint (about 1.7:1), and only once Tab has been pressed in
the window: Settings opened on its tabs, and Insights on "Week", with no mark at all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from footholds.ui.common import theme, tokens


def _ringed(control: QWidget, ring: QColor, from_x: int = 0) -> int:
    """How many of the control's pixels are in the focus colour (right of `from_x`)."""
    image = control.grab().toImage()
    return sum(
        1
        for x in range(from_x, image.width())
        for y in range(image.height())
        if image.pixelColor(x, y) == ring
    )


@pytest.fixture(params=["light", "dark"])
def page(request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot):  # type: ignore[no-untyped-def]
    choice = request.param
    theme.apply(qapp, choice)
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    window.other = QLineEdit()  # type: ignore[attr-defined]
    window.tabs = QTabWidget()  # type: ignore[attr-defined]
    for name in ("Reminders", "Day and sleep"):
        window.tabs.addTab(QWidget(), name)  # type: ignore[attr-defined]
    window.week = QRadioButton("Week")  # type: ignore[attr-defined]
    window.week.setChecked(True)  # type: ignore[attr-defined]
    window.more = QToolButton()  # type: ignore[attr-defined]
    window.more.setText("More")  # type: ignore[attr-defined]
    window.more.setArrowType(Qt.ArrowType.RightArrow)  # type: ignore[attr-defined]
    window.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)  # type: ignore[attr-defined]
    window.more.setAutoRaise(True)  # type: ignore[attr-defined]
    window.slider = QSlider(Qt.Orientation.Horizontal)  # type: ignore[attr-defined]
    window.quiet = QCheckBox("Quiet hours")  # type: ignore[attr-defined]
    window.sound = QCheckBox("Soft sound with a reminder")  # type: ignore[attr-defined]
    window.sound.setChecked(True)  # type: ignore[attr-defined]
    for name in ("other", "tabs", "week", "more", "slider", "quiet", "sound"):
        column.addWidget(getattr(window, name))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.dark = choice == "dark"  # type: ignore[attr-defined]
    yield window
    theme.apply(qapp, "light")


def _controls(window: QWidget) -> list[QWidget]:
    return [window.tabs.tabBar(), window.week, window.more, window.slider, window.quiet]  # type: ignore[attr-defined]


def test_the_ring_colour_stands_out_from_the_page(page: QWidget) -> None:
    colours = tokens.colours(page.dark)  # type: ignore[attr-defined]
    for under in (colours.background, colours.surface, colours.raised):
        assert tokens.contrast(colours.focus, under) >= tokens.LARGE_AA, under


def test_tabs_radio_and_tool_buttons_and_sliders_get_the_ring_however_the_window_opens(
    page: QWidget, qtbot: QtBot
) -> None:
    """Focus given as a window opens (no Tab pressed yet) and by Tab both show the ring."""
    ring = QColor(tokens.colours(page.dark).focus)  # type: ignore[attr-defined]
    for reason in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.TabFocusReason):
        for control in _controls(page):
            page.other.setFocus()  # type: ignore[attr-defined]
            qtbot.waitUntil(page.other.hasFocus)  # type: ignore[attr-defined]
            before = _ringed(control, ring)
            control.setFocus(reason)
            qtbot.waitUntil(control.hasFocus)

            def shows(c: QWidget = control, b: int = before) -> None:
                # two lines of 2 px round it: well over its width in ring pixels
                assert _ringed(c, ring) > b + 40, type(c).__name__

            qtbot.waitUntil(shows)


def test_a_click_gives_no_ring(page: QWidget, qtbot: QtBot) -> None:
    """The pointer already shows where it clicked: the ring is for the keyboard."""
    ring = QColor(tokens.colours(page.dark).focus)  # type: ignore[attr-defined]
    week = page.week  # type: ignore[attr-defined]
    before = _ringed(week, ring)
    qtbot.mouseClick(week, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(week.hasFocus)
    qtbot.wait(20)
    assert _ringed(week, ring) <= before + 4
    page.other.setFocus(Qt.FocusReason.TabFocusReason)  # type: ignore[attr-defined]
    week.setFocus(Qt.FocusReason.TabFocusReason)  # then Tab back to it: the ring shows
    qtbot.waitUntil(lambda: _ringed(week, ring) > before + 40)


def test_a_check_box_is_ringed_round_its_box_and_words(page: QWidget, qtbot: QtBot) -> None:
    """Ticked or not, as a radio button is: a 2 px edge on the 13 px box itself read as a
    slightly darker box beside the buttons' rings."""
    ring = QColor(tokens.colours(page.dark).focus)  # type: ignore[attr-defined]
    for box in (page.quiet, page.sound):  # type: ignore[attr-defined]
        past = box.style().pixelMetric(box.style().PixelMetric.PM_IndicatorWidth) + 8
        page.other.setFocus()  # type: ignore[attr-defined]
        qtbot.waitUntil(page.other.hasFocus)  # type: ignore[attr-defined]
        before = _ringed(box, ring, past)
        box.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(box.hasFocus)
        # along its words, above and below them: well over their width in ring pixels
        words = box.fontMetrics().horizontalAdvance(box.text())

        def shows(b: QCheckBox = box, was: int = before, wide: int = words, x: int = past) -> None:
            assert _ringed(b, ring, x) > was + 2 * wide, b.text()

        qtbot.waitUntil(shows)


def test_read_only_text_views_get_the_ring_of_the_fields(page: QWidget, qtbot: QtBot) -> None:
    """A page to read takes Tab (Page Down reads on): the check-in preview took the focus and
    showed nothing, and the page scrolled as if by itself."""
    ring = QColor(tokens.colours(page.dark).focus)  # type: ignore[attr-defined]
    plain = QPlainTextEdit("What the file holds")
    plain.setReadOnly(True)
    views: list[QTextBrowser | QPlainTextEdit] = [QTextBrowser(), plain]
    for view in views:
        page.layout().addWidget(view)  # type: ignore[union-attr]
    for view in views:
        view.show()
        page.other.setFocus()  # type: ignore[attr-defined]
        qtbot.waitUntil(page.other.hasFocus)  # type: ignore[attr-defined]
        before = _ringed(view, ring)
        inside = view.viewport().geometry()
        view.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(view.hasFocus)

        def shows(v: QWidget = view, b: int = before) -> None:
            # 2 px all round: well over twice its width and height in ring pixels
            assert _ringed(v, ring) > b + 2 * (v.width() + v.height()), type(v).__name__

        qtbot.waitUntil(shows)
        assert view.viewport().geometry() == inside, "the page inside moved"


def _lists() -> list[QAbstractItemView]:
    """Each kind of list the windows have: plain (thought log, medication), boxed (proofs,
    settings lists, a goal's steps), frameless (the journal, its entries cards), a tree."""
    plain = QListWidget()
    boxed = QListWidget()
    boxed.setProperty("boxed", True)
    frameless = QListView()
    frameless.setFrameShape(QListView.Shape.NoFrame)
    frameless.setProperty("frameless", True)
    tree = QTreeWidget()
    for view in (plain, boxed, tree):
        for words in ("A walk", "A call"):
            if isinstance(view, QTreeWidget):
                QTreeWidgetItem(view, [words])
            else:
                QListWidgetItem(words, view)
    return [plain, boxed, frameless, tree]


def test_lists_get_the_ring_of_the_fields_and_nothing_inside_moves(
    page: QWidget, qtbot: QtBot
) -> None:
    """A list with the keyboard had only a 1 px edge in the focus colour, and the journal's
    frameless list none at all: 2 px all round, as a field, its room kept while it waits."""
    ring = QColor(tokens.colours(page.dark).focus)  # type: ignore[attr-defined]
    views = _lists()
    for view in views:
        view.setFixedHeight(90)
        page.layout().addWidget(view)  # type: ignore[union-attr]
    for view in views:
        view.show()
        page.other.setFocus()  # type: ignore[attr-defined]
        qtbot.waitUntil(page.other.hasFocus)  # type: ignore[attr-defined]
        before = _ringed(view, ring)
        inside = view.viewport().geometry()
        size = view.size()
        view.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(view.hasFocus)
        kind = f"{type(view).__name__} {view.property('boxed') or view.property('frameless')}"

        def shows(v: QWidget = view, b: int = before, k: str = kind) -> None:
            # 2 px all round: well over twice its width and height in ring pixels
            assert _ringed(v, ring) > b + 2 * (v.width() + v.height()) + 20, k

        qtbot.waitUntil(shows)
        assert view.viewport().geometry() == inside, f"the rows moved: {kind}"
        assert view.size() == size, kind
        page.other.setFocus(Qt.FocusReason.TabFocusReason)  # type: ignore[attr-defined]
        qtbot.waitUntil(page.other.hasFocus)  # type: ignore[attr-defined]

        def gone(v: QWidget = view, b: int = before) -> bool:
            return _ringed(v, ring) <= b + 4

        qtbot.waitUntil(gone)
        assert view.viewport().geometry() == inside, f"the rows moved back: {kind}"
