"""Time and date fields take digits typed after a click (ui/common/time_field.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit
from pytestqt.qtbot import QtBot

from footholds.ui.common.time_field import typed_after_click

F = TypeVar("F", bound=QDateTimeEdit)
DESKTOP = Path(__file__).resolve().parents[2] / "desktop" / "footholds"


def _shown(field: F, shape: str, qtbot: QtBot) -> F:
    """`field` made through typed_after_click, in `shape`, on screen."""
    typed_after_click(field)
    field.setDisplayFormat(shape)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    return field


def _click_inside_first_number(field: QDateTimeEdit, qtbot: QtBot) -> None:
    line = field.lineEdit()
    at = QPoint(line.fontMetrics().horizontalAdvance("0") + 3, line.height() // 2)  # "0|8"
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=at)


def test_a_click_in_the_hour_then_digits_sets_the_time(qtbot: QtBot) -> None:
    field = _shown(QTimeEdit(QTime(8, 0)), "HH:mm", qtbot)
    _click_inside_first_number(field, qtbot)
    qtbot.keyClicks(field, "1030")
    assert field.time() == QTime(10, 30)


def test_a_date_field_takes_a_typed_day(qtbot: QtBot) -> None:
    field = _shown(QDateEdit(QDate(2026, 12, 8)), "dd/MM/yyyy", qtbot)
    _click_inside_first_number(field, qtbot)
    qtbot.keyClicks(field, "24")
    assert field.date() == QDate(2026, 12, 24)


def test_every_time_and_date_field_in_the_app_takes_typed_digits() -> None:
    made = re.compile(r"(?<![\w.])(QTimeEdit|QDateEdit|QDateTimeEdit)\(")
    bare = []
    for path in DESKTOP.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if made.search(line) and "typed_after_click(" not in line:
                bare.append(f"{path.relative_to(DESKTOP)}:{number}")
    assert bare == []


def test_digits_typed_over_the_whole_time_fill_it_from_the_start(qtbot: QtBot) -> None:
    """Ctrl+A then "1030" left 18:00 as it was, without a word."""
    field = _shown(QTimeEdit(QTime(18, 0)), "HH:mm", qtbot)
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "1030")
    assert field.time() == QTime(10, 30)


@pytest.fixture
def in_spanish() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    yield
    QLocale.setDefault(before)


def _typed_whole(field: QDateEdit, text: str, qtbot: QtBot) -> QDate:
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    return field.date()


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("20 nov 2026", QDate(2026, 11, 20)),
        ("20 nov. 2026", QDate(2026, 11, 20)),
        ("20 noviembre 2026", QDate(2026, 11, 20)),
        ("3 sep 2026", QDate(2026, 9, 3)),  # "sept" in Qt's Spanish
        ("20/11/2025", QDate(2025, 11, 20)),
        ("5/1/2026", QDate(2026, 1, 5)),
        ("31/2/2026", QDate(2026, 2, 28)),
    ],
)
def test_a_whole_date_typed_in_spanish_fills_each_part(
    typed: str, day: QDate, qtbot: QtBot, in_spanish: None
) -> None:
    """ "20 nov 2026" typed into the summary's From field left it at 20 dic: Qt moved on from
    "20" by itself, the space moved on again, and "nov" went into the year."""
    field = _shown(QDateEdit(QDate(2026, 12, 6)), "d MMM yyyy", qtbot)
    assert _typed_whole(field, typed, qtbot) == day


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("20 Nov 2026", QDate(2026, 11, 20)),
        ("3 Sep 2026", QDate(2026, 9, 3)),
        ("12 june 2026", QDate(2026, 6, 12)),
        ("12-03-2026", QDate(2026, 3, 12)),
    ],
)
def test_a_whole_date_typed_in_english_fills_each_part(
    typed: str, day: QDate, qtbot: QtBot
) -> None:
    field = _shown(QDateEdit(QDate(2026, 12, 6)), "d MMM yyyy", qtbot)
    assert _typed_whole(field, typed, qtbot) == day


def test_times_and_number_dates_still_take_their_separators(qtbot: QtBot) -> None:
    time = _shown(QTimeEdit(QTime(8, 0)), "HH:mm", qtbot)
    time.setFocus()
    time.lineEdit().selectAll()
    qtbot.keyClicks(time, "07:30")
    assert time.time() == QTime(7, 30)
    numbers = _shown(QDateEdit(QDate(2026, 12, 8)), "dd/MM/yyyy", qtbot)
    assert _typed_whole(numbers, "24/11/2025", qtbot) == QDate(2025, 11, 24)
