"""The teardown's check for windows a test built and left behind (widget_leaks.py)."""

from __future__ import annotations

import shiboken6
from putting_away import put_away
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from widget_leaks import LeftWindows

from footholds.app import build as app_module
from footholds.app.build import AppContext


class _Forgotten(QDialog):
    """A dialog only a Python name holds, as a test that forgot qtbot leaves it."""


def test_a_parentless_window_left_alive_is_named_and_deleted() -> None:
    left = LeftWindows()
    forgotten = _Forgotten()
    forgotten.setWindowTitle("Notes")
    named = left.sweep()
    assert named == [f"{__name__}._Forgotten (title='Notes', hidden)"]
    assert not shiboken6.isValid(forgotten)
    assert "_Forgotten (title='Notes', hidden)" in left.verdict()
    assert "qtbot.addWidget" in left.verdict()


def test_what_was_there_before_and_what_has_a_parent_are_not_named(qtbot: QtBot) -> None:
    earlier = QWidget()
    qtbot.addWidget(earlier)
    left = LeftWindows()
    child_window = QDialog(earlier)  # a window too, but its parent deletes it
    assert left.sweep() == []
    assert left.verdict() == ""
    assert shiboken6.isValid(earlier) and shiboken6.isValid(child_window)


def test_a_window_put_away_before_the_check_is_not_named() -> None:
    left = LeftWindows()
    done = QWidget()
    done.show()
    done.close()
    done.deleteLater()  # as qtbot and the fixtures put windows away
    assert left.sweep() == []
    assert not shiboken6.isValid(done)


def test_the_windows_the_app_holds_go_with_its_context(ctx: AppContext) -> None:
    """The registry's windows, the fallback window and the reminders' card are the app's:
    put away with the context (the ctx fixture, lock_starting.stop), never named."""
    left = LeftWindows()
    ctx.windows.show("about")
    app_module._open_fallback(ctx)
    ctx.reminders.presenter.card.show()
    put_away(ctx)
    assert left.sweep() == []
    assert ctx.windows.open_windows() == {}
