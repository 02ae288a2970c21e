"""A click on a slider's track puts it where the click was, not one page step nearer."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QSlider, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.reflect.thought_pages import BeliefRating


def _click_at(qtbot: QtBot, slider: QSlider, fraction: float) -> None:
    """A left click on the track, `fraction` of the way along it."""
    x = round(slider.width() * fraction)
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(x, slider.height() // 2))


def test_a_left_click_sets_the_value_where_it_was(ctx: AppContext, qtbot: QtBot) -> None:
    rating = BeliefRating("How much do you believe it now?")
    holder = QWidget()
    QVBoxLayout(holder).addWidget(rating)
    holder.resize(500, 120)
    holder.show()
    qtbot.waitExposed(holder)
    _click_at(qtbot, rating.slider, 0.85)
    value = rating.value()
    assert value is not None and value >= 75, value  # not 60, one page step from 50
    _click_at(qtbot, rating.slider, 0.1)
    value = rating.value()
    assert value is not None and value <= 20, value
    # the keyboard still moves it in its own steps
    before = rating.slider.value()
    qtbot.keyClick(rating.slider, Qt.Key.Key_Right)
    assert rating.slider.value() == before + 5
    qtbot.keyClick(rating.slider, Qt.Key.Key_PageUp)
    assert rating.slider.value() == before + 15
    # a press on the handle itself still drags it, from where it is
    handle_x = rating.slider.width() * rating.slider.value() // 100
    qtbot.mousePress(rating.slider, Qt.MouseButton.LeftButton, pos=QPoint(handle_x, 10))
    assert rating.slider.isSliderDown()
    qtbot.mouseRelease(rating.slider, Qt.MouseButton.LeftButton, pos=QPoint(handle_x, 10))
    holder.close()


def test_the_apps_style_answers_no_style_question_in_python() -> None:
    """A styleHint override on the app's style had every style question of every widget cross
    into Python, and held about 2 MB of PySide types at idle (the slider's click lives in
    ClickSlider instead)."""
    from footholds.ui.common.theme import CalmStyle

    assert "styleHint" not in vars(CalmStyle)
