"""The mouse wheel scrolls a page; it turns a number, a day, a list or a slider on it only
once the person has clicked or tabbed into that field (ui/common/wheel.py). Scrolling
Settings' Reminders page turned "Later waits" from 10 to 7, saved at once; scrolling the
check-in moved its session day on by six days."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from checkin_support import shown_checkin
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDateEdit,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from settling import settle
from test_settings_steady import opened
from test_settings_window import spin_of

from footholds.app.build import AppContext
from footholds.ui.common.day_edit import DayEdit
from footholds.ui.common.scrolling import form_scroll
from footholds.ui.common.time_field import typed_after_click
from footholds.ui.common.wheel import wheel_after_click

DESKTOP = Path(__file__).resolve().parents[2] / "desktop/footholds"


def wheel(widget: QWidget, notches: int) -> None:
    """A turn of `notches` (down is negative) over the middle of `widget`, as a mouse
    sends it to the widget under the pointer."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def area_round(widget: QWidget) -> QAbstractScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


def page_with(field: QWidget, qtbot: QtBot) -> QWidget:
    """A window whose page scrolls, `field` in the middle of it, a button to be focused."""
    page = QWidget()
    column = QVBoxLayout(page)
    column.addSpacing(600)
    column.addWidget(field)
    column.addSpacing(600)
    window = QWidget()
    outer = QVBoxLayout(window)
    outer.addWidget(form_scroll(page, "page"))
    window.resize(300, 300)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    area_round(field).verticalScrollBar().setValue(500)
    return window


@pytest.mark.parametrize("kind", ["spin", "date", "day", "list", "slider"])
def test_the_wheel_scrolls_the_page_over_a_field_not_clicked_into(kind: str, qtbot: QtBot) -> None:
    field: QWidget
    read: Callable[[], object]
    if kind == "spin":
        spin = wheel_after_click(QSpinBox())
        spin.setValue(10)
        field, read = spin, spin.value
    elif kind == "date":
        edit = typed_after_click(QDateEdit(QDate(2026, 12, 7)))
        field, read = edit, edit.date
    elif kind == "day":
        day = DayEdit(today=lambda: date(2026, 12, 7))
        day.setDate(QDate(2026, 12, 3))
        field, read = day, day.date
    elif kind == "list":
        combo = wheel_after_click(QComboBox())
        combo.addItems(["one", "two", "three"])
        combo.setCurrentIndex(1)
        field, read = combo, combo.currentIndex
    else:
        slider = wheel_after_click(QSlider(Qt.Orientation.Horizontal))
        slider.setRange(0, 100)
        slider.setValue(50)
        field, read = slider, slider.value
    window = page_with(field, qtbot)
    bar = area_round(field).verticalScrollBar()
    value, scrolled = read(), bar.value()
    assert not field.hasFocus()
    wheel(field, -1)
    assert read() == value  # the field did not turn
    assert bar.value() > scrolled  # the page did
    assert not field.hasFocus()  # nor did the wheel take the keyboard to it
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    scrolled = bar.value()
    wheel(field, -1)
    assert read() != value  # clicked into, it is the person's to turn
    assert bar.value() == scrolled
    window.close()


def test_the_wheel_over_later_waits_scrolls_reminders(ctx: AppContext, qtbot: QtBot) -> None:
    window = opened(ctx, qtbot, "Reminders")
    window.resize(window.width(), 320)
    settle(qtbot, window)
    name = "reminders.snooze_minutes"
    spin = spin_of(window, name)
    bar = area_round(spin).verticalScrollBar()
    assert bar.maximum() > 0
    scrolled = bar.value()
    for _ in range(5):
        wheel(spin, -1)
    assert spin.value() == 10
    assert ctx.settings[name] == 10
    assert bar.value() > scrolled


def test_the_wheel_over_the_session_day_scrolls_the_check_in(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_checkin(ctx, qtbot, monkeypatch, date(2026, 12, 7))
    window.resize(window.width(), 360)
    settle(qtbot, window)
    field = window.session_day
    day = field.date()
    for _ in range(6):
        wheel(field, -1)
    assert field.date() == day


def test_every_number_list_and_slider_in_the_app_waits_for_a_click() -> None:
    """Made through wheel_after_click (time and date fields are, by typed_after_click; a
    DayEdit and the countries' list by their own class)."""
    made = re.compile(r"(?<![\w.])(QSpinBox|QDoubleSpinBox|QComboBox|QSlider|QDial)\(")
    subclass = re.compile(r"^\s*class (\w+)\((QSpinBox|QDoubleSpinBox|QComboBox|QSlider)\)", re.M)
    bare = []
    kinds: set[str] = set()
    for path in DESKTOP.rglob("*.py"):
        kinds.update(m.group(1) for m in subclass.finditer(path.read_text(encoding="utf-8")))
    assert {"ClickSlider", "_RangeSpin"} <= kinds
    own = re.compile(r"(?<![\w.])(" + "|".join(sorted(kinds - {"RegionBox"})) + r")\(")
    for path in DESKTOP.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith(("class ", "#")):
                continue
            if (made.search(line) or own.search(line)) and "wheel_after_click(" not in line:
                bare.append(f"{path.relative_to(DESKTOP)}:{number}")
    assert bare == []
