"""Get help now's own-number form: a limit said under a field sits under it, within the
page's margins, with room between it and the next section (the Spanish tour: "Caben 60
caracteres…" ran past the field to the window's edge, "Caben 500…" touched the heading)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import tokens
from footholds.ui.common.said_under import limit_said
from footholds.ui.help.help_now import HelpNowWindow


def _on_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _paste_long(qtbot: QtBot, field: QLineEdit) -> QRect:
    QGuiApplication.clipboard().setText("the day is grey and heavy and long " * 20)
    field.setFocus()
    field.paste()
    said = limit_said(field)
    assert said is not None
    qtbot.waitUntil(said.isVisible)
    return said.geometry()


def test_a_limit_said_under_an_own_number_stays_within_the_page(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    own = window.own
    for field in (own.name, own.number, own.note):
        place = _paste_long(qtbot, field)
        shown = _on_window(field)
        # under the field, within the page's margins (the fields span them)
        assert place.top() >= shown.bottom()
        assert place.left() >= _on_window(own.name).left()
        assert place.right() <= _on_window(own.number).right()
        field.clear()


def test_a_limit_said_under_the_note_keeps_room_before_the_plan(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    heading = _on_window(window.section_titles[1])  # "Your safety plan"
    place = _paste_long(qtbot, window.own.note)
    assert heading.top() - place.bottom() >= tokens.S
    assert _on_window(window.section_titles[1]) == heading  # nothing moved for it
