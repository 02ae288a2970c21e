"""Time and date fields take digits typed after a click (ui/common/time_field.py)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from footholds.ui.common.said_under import limit_said
from footholds.ui.common.time_field import (
    not_a_time_words,
    read_time,
    refused,
    typed_after_click,
)

F = TypeVar("F", bound=QDateTimeEdit)
DESKTOP = Path(__file__).resolve().parents[2] / "desktop" / "footholds"


def _shown(field: F, shape: str, qtbot: QtBot) -> F:
    """`field` made through typed_after_click, in `shape`, on screen: at the top of a window
    with room under it for what it says (words past a window's edge are never shown)."""
    typed_after_click(field)
    field.setDisplayFormat(shape)
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    column.addWidget(field)
    column.addStretch(1)
    window.resize(360, 120)
    window.show()
    qtbot.waitExposed(window)
    field._window = window  # type: ignore[attr-defined]  # kept while the field is
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


def _click_in_the_minutes(field: QDateTimeEdit, qtbot: QtBot) -> None:
    line = field.lineEdit()
    at = QPoint(line.fontMetrics().horizontalAdvance("17:0") + 3, line.height() // 2)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=at)


@pytest.mark.parametrize("typed", ["1100", "11:00", "11.00", "11,00", "11:"])
def test_a_whole_time_typed_after_a_click_in_the_minutes_is_that_time(
    typed: str, qtbot: QtBot
) -> None:
    """ "1100" typed after a click in the minutes kept the hour and saved 17:11, unsaid."""
    field = _shown(QTimeEdit(QTime(17, 0)), "HH:mm", qtbot)
    _click_in_the_minutes(field, qtbot)
    qtbot.keyClicks(field, typed)
    assert field.time() == QTime(11, 0)


@pytest.mark.parametrize("typed", ["9:30", "930", "0930", "9.30"])
def test_a_time_with_one_digit_hour_is_read_from_either_part(typed: str, qtbot: QtBot) -> None:
    for click in (_click_inside_first_number, _click_in_the_minutes):
        field = _shown(QTimeEdit(QTime(17, 0)), "HH:mm", qtbot)
        click(field, qtbot)
        qtbot.keyClicks(field, typed)
        assert field.time() == QTime(9, 30), click.__name__


def test_two_digits_in_the_minutes_are_still_the_minutes(qtbot: QtBot) -> None:
    field = _shown(QTimeEdit(QTime(17, 0)), "HH:mm", qtbot)
    _click_in_the_minutes(field, qtbot)
    qtbot.keyClicks(field, "45")
    assert field.time() == QTime(17, 45)


def test_what_cannot_be_a_time_leaves_the_time_as_it_was_and_says_so(qtbot: QtBot) -> None:
    field = _shown(QTimeEdit(QTime(17, 0)), "HH:mm", qtbot)
    _click_in_the_minutes(field, qtbot)
    qtbot.keyClicks(field, "2575")
    assert field.time() == QTime(17, 0)  # never 02:57, nor 17:25
    said = limit_said(field)
    assert said is not None and said.isVisible()
    assert said.text() == not_a_time_words("2575")
    assert "2575" in said.text()
    qtbot.keyClicks(field, "9.30")  # then a time: the words go
    assert field.time() == QTime(9, 30)
    assert not said.isVisible()


def test_the_start_of_no_time_left_behind_puts_the_time_back(qtbot: QtBot) -> None:
    """ "25" might have become 2:50; left there, it is no time, and the field says so."""
    field = _shown(QTimeEdit(QTime(17, 0)), "HH:mm", qtbot)
    _click_inside_first_number(field, qtbot)
    qtbot.keyClicks(field, "25")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.time() == QTime(17, 0)
    said = limit_said(field)
    assert said is not None and said.text() == not_a_time_words("25")


@pytest.mark.parametrize(
    ("typed", "minutes", "read"),
    [
        ("1100", False, (11, 0)),
        ("930", True, (9, 30)),
        ("015", False, (1, 5)),
        ("9", False, (9, None)),
        ("9", True, (None, 9)),
        ("23:59", False, (23, 59)),
        ("24:00", False, None),
        ("1160", False, None),
        ("11:5", False, (11, 5)),
        ("11::", False, None),
        ("12345", False, None),
    ],
)
def test_read_time(typed: str, minutes: bool, read: tuple[int | None, int | None] | None) -> None:
    assert read_time(typed, minutes) == read


def test_what_it_says_stays_inside_the_window_beside_a_field_at_its_edge(
    qtbot: QtBot,
) -> None:
    """Under Plan something's time, at the window's right side, the words ran past its edge:
    "Try one like 9:30 or 2"."""
    window = QWidget()
    row = QHBoxLayout(window)
    row.addStretch(1)
    field = typed_after_click(QTimeEdit(QTime(17, 0)))
    field.setDisplayFormat("HH:mm")
    row.addWidget(field)
    window.resize(360, 120)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _click_in_the_minutes(field, qtbot)
    qtbot.keyClicks(field, "2575")
    said = limit_said(field)
    assert said is not None and said.isVisible()
    place = said.geometry()
    assert place.left() >= 0 and place.right() < window.width()
    assert place.width() > said.fontMetrics().horizontalAdvance(said.text())


def _press(widget: QWidget, key: Qt.Key, text: str) -> None:
    """One key as the keyboard sends it, with the character it types."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


@pytest.mark.parametrize("text", ["²", "³", "¹", "٣", "５"])
def test_a_digit_of_another_kind_leaves_a_time_field_as_it_was(
    text: str, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """ "²" (the key left of 1 on a French keyboard, AltGr+2 on a German one) passed for a
    digit, and int("²") raised inside the field's filter: the app closed at once."""
    caplog.set_level(logging.ERROR)
    field = _shown(QTimeEdit(QTime(17, 0)), "HH:mm", qtbot)
    for click in (_click_inside_first_number, _click_in_the_minutes):
        click(field, qtbot)
        _press(field, Qt.Key.Key_twosuperior, text)
        assert field.time() == QTime(17, 0)
    field.setFocus()
    field.lineEdit().selectAll()
    _press(field, Qt.Key.Key_twosuperior, text)
    qtbot.keyClicks(field, "930")  # and digits still make a time after it
    assert field.time() == QTime(9, 30)
    assert caplog.text == ""  # no failure caught by never_raises either


def test_a_digit_of_another_kind_leaves_a_month_in_words_as_it_was(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)
    field = _shown(QDateEdit(QDate(2026, 12, 6)), "d MMM yyyy", qtbot)
    field.setFocus()
    field.setCurrentSection(QDateTimeEdit.Section.MonthSection)
    field.setSelectedSection(QDateTimeEdit.Section.MonthSection)
    _press(field, Qt.Key.Key_twosuperior, "²")
    assert field.date() == QDate(2026, 12, 6)
    qtbot.keyClicks(field, "11")  # a month typed as a number still is one
    assert field.date() == QDate(2026, 11, 6)
    assert caplog.text == ""


@pytest.mark.parametrize(
    ("typed", "time"),
    [
        ("1100", QTime(11, 0)),
        ("11:00", QTime(11, 0)),
        ("11.00", QTime(11, 0)),
        ("930", QTime(9, 30)),
        ("0930", QTime(9, 30)),
        ("9:30", QTime(9, 30)),
        ("115", QTime(11, 5)),  # was 01:15: the 5 typed where the minutes showed chosen
        ("1130", QTime(11, 30)),
        ("123", QTime(12, 3)),  # was 01:23
        ("2359", QTime(23, 59)),
        ("015", QTime(1, 5)),
        ("130", QTime(13, 0)),  # "13" is a whole hour, as in Qt: the 0 is its minutes
    ],
)
def test_digits_typed_after_a_whole_hour_are_the_minutes(
    typed: str, time: QTime, qtbot: QtBot
) -> None:
    """After two digits that make an hour the minutes show chosen, as Qt always did, and
    the next digit is read as minutes: "115" and Tab saved 01:15 without a word."""
    for start in ("click", "all"):
        field = _shown(QTimeEdit(QTime(17, 45)), "HH:mm", qtbot)
        if start == "click":
            _click_inside_first_number(field, qtbot)
        else:
            field.setFocus()
            field.lineEdit().selectAll()
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert field.time() == time, start
        assert not refused(field)


def test_after_a_whole_hour_the_field_shows_the_minutes_chosen(qtbot: QtBot) -> None:
    field = _shown(QTimeEdit(QTime(17, 45)), "HH:mm", qtbot)
    _click_inside_first_number(field, qtbot)
    qtbot.keyClicks(field, "11")
    assert field.time() == QTime(11, 45)  # the minutes kept until typed
    assert field.currentSection() == QDateTimeEdit.Section.MinuteSection
    qtbot.keyClicks(field, "5")
    assert field.time() == QTime(11, 5)


@pytest.mark.parametrize("typed", ["2400", "1160", "11305"])
def test_a_whole_hour_then_no_minutes_is_refused_as_typed(typed: str, qtbot: QtBot) -> None:
    field = _shown(QTimeEdit(QTime(17, 45)), "HH:mm", qtbot)
    _click_inside_first_number(field, qtbot)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.time() == QTime(17, 45)
    assert refused(field)
    said = limit_said(field)
    assert said is not None and said.text() == not_a_time_words(typed)  # as typed, no ":"


@pytest.mark.parametrize(("typed", "time"), [("45", QTime(17, 45)), ("1100", QTime(11, 0))])
def test_from_the_minutes_a_whole_time_or_the_minutes(
    typed: str, time: QTime, qtbot: QtBot
) -> None:
    field = _shown(QTimeEdit(QTime(17, 0)), "HH:mm", qtbot)
    _click_in_the_minutes(field, qtbot)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.time() == time
    assert not refused(field)


@pytest.mark.parametrize("typed", ["11:", "11.", "9:"])
def test_an_hour_and_its_separator_leave_no_old_minutes(typed: str, qtbot: QtBot) -> None:
    """ "11:" then Tab, over 08:45, gave 11:45 once two digits made the hour."""
    field = _shown(QTimeEdit(QTime(8, 45)), "HH:mm", qtbot)
    _click_inside_first_number(field, qtbot)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.time() == QTime(int(typed[:-1]), 0)
