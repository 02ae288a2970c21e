"""The scrolling page follows the keyboard (ui/common/scrolling.py): Tab into it from the
help link under it shows the field it lands in, the page itself is no Tab stop, and Page
Down scrolls it from wherever the focus is."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.common.scrolling import PageScroll, page_area


def _shows(area: PageScroll, widget: QWidget) -> bool:
    view = area.viewport()
    place = QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())
    return view.rect().contains(place.topLeft()) and view.rect().contains(place.bottomLeft())


def _open_short(ctx: AppContext, qtbot: QtBot, name: str) -> tuple[QWidget, PageScroll]:
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    window.resize(window.width(), 420)  # the page scrolls
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle(qtbot, window)
    area = page_area(window)
    assert area.verticalScrollBar().maximum() > 0
    return window, area


def test_tab_from_the_help_link_shows_the_field_it_lands_in(ctx: AppContext, qtbot: QtBot) -> None:
    """The safety plan scrolled to its foot: Tab from Get help now wrapped to the first
    field out of sight, and what was typed went there unseen."""
    window, area = _open_short(ctx, qtbot, "safety-plan")
    link = window.help_link.button  # type: ignore[attr-defined]
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())
    link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(link, Qt.Key.Key_Tab)
    field = QApplication.focusWidget()
    page = area.widget()
    assert field is not None and page is not None and page.isAncestorOf(field)
    assert _shows(area, field)
    assert bar.value() < bar.maximum()


def test_a_click_or_code_moving_the_focus_leaves_the_page_where_it_is(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window, area = _open_short(ctx, qtbot, "safety-plan")
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())
    first = next(iter(window.fields.values()))  # type: ignore[attr-defined]
    first.setFocus(Qt.FocusReason.OtherFocusReason)
    assert bar.value() == bar.maximum()


def test_the_page_is_no_tab_stop_and_page_down_scrolls_it_from_the_foot(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window, area = _open_short(ctx, qtbot, "reach-out")
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    link = window.help_link.button  # type: ignore[attr-defined]
    link.setFocus(Qt.FocusReason.TabFocusReason)
    bar = area.verticalScrollBar()
    bar.setValue(0)
    qtbot.keyClick(link, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(link, Qt.Key.Key_PageUp)
    assert bar.value() == 0


def _cut_off_below(area: PageScroll, field: QWidget) -> None:
    """Scroll so only the top few pixels of `field` show at the foot of the view."""
    page = area.widget()
    assert page is not None
    top = field.mapTo(page, QPoint(0, 0)).y()
    area.verticalScrollBar().setValue(top + 30 - area.viewport().height())
    assert not _shows(area, field)


def test_tab_into_a_box_half_out_of_sight_shows_the_whole_box(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Qt showed only the cursor's line of a text box: the safety plan's later steps stayed
    half cut off, and the lines typed next went on out of sight."""
    window, area = _open_short(ctx, qtbot, "safety-plan")
    fields = list(window.fields.values())  # type: ignore[attr-defined]
    before, field = fields[4], fields[5]  # step 6, near the foot of the plan
    before.setFocus(Qt.FocusReason.TabFocusReason)
    _cut_off_below(area, field)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert field.hasFocus()
    qtbot.waitUntil(lambda: _shows(area, field))
    # and the next lines typed stay in view as the box fills
    bar = area.verticalScrollBar()
    for _ in range(12):
        qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClicks(field, "a line")
    cursor = field.cursorRect()
    at = field.viewport().mapTo(area.viewport(), cursor.topLeft())
    assert area.viewport().rect().contains(QRect(at, cursor.size()))
    assert bar.value() <= bar.maximum()


def test_a_box_taller_than_the_view_shows_from_its_top(ctx: AppContext, qtbot: QtBot) -> None:
    window, area = _open_short(ctx, qtbot, "safety-plan")
    fields = list(window.fields.values())  # type: ignore[attr-defined]
    before, field = fields[1], fields[2]
    field.setFixedHeight(area.viewport().height() + 100)
    settle(qtbot, window)
    before.setFocus(Qt.FocusReason.TabFocusReason)
    _cut_off_below(area, field)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    page = area.widget()
    assert page is not None
    top = field.mapTo(page, QPoint(0, 0)).y()
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() == top)
