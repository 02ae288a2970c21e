"""A question, a note or a file chooser waits over its own window only: while "Remove?"
waits over the proof list, Get help now opens, comes to the front and takes clicks (the
tour found it opened behind, taking none, and the tray dead too). A box whose window is
hidden (Lock now) or closed meanwhile goes with no answer; a second question from the same
window stands on the first."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.platform import phone_links
from footholds.ui.common import modal
from footholds.ui.common.prompter import LATER, Prompter
from footholds.ui.help.help_now import HelpNowWindow


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def click(widget: QWidget) -> None:
    """A click as the window system gives it: through the window, where Qt refuses it to a
    window a modal dialog blocks (a click sent to the widget itself would pass anyway)."""
    window = widget.window().windowHandle()
    assert window is not None
    where = widget.mapTo(widget.window(), widget.rect().center())
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


def waiting_dialog() -> QDialog | None:
    shown = QApplication.activeModalWidget()
    return shown if isinstance(shown, QDialog) else None


def while_waiting(qtbot: QtBot, check: Callable[[QDialog], None]) -> list[str]:
    """Run `check` on the dialog once it shows, then close it; what went wrong is noted, not
    raised inside Qt's event loop (where pytest would not see it)."""
    problems: list[str] = []

    def look() -> None:
        dialog = waiting_dialog()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, look)
            return
        try:
            check(dialog)
        except AssertionError as exc:  # said after the wait, in the test itself
            problems.append(str(exc) or "check failed")
        finally:
            dialog.reject()

    QTimer.singleShot(0, look)
    return problems


def help_now_takes_a_click(ctx: AppContext, qtbot: QtBot, dialog: QDialog) -> None:
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    copy = window.crisis.first_action()
    assert isinstance(copy, QPushButton)
    clicked: list[bool] = []
    copy.clicked.connect(lambda: clicked.append(True))
    click(copy)
    assert clicked, "Get help now took no click while a dialog waited elsewhere"
    assert window.isEnabled()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal


def test_get_help_now_takes_clicks_while_remove_waits(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "ES")
    proofs = ctx.windows.show("proof-list")
    qtbot.waitExposed(proofs)
    problems = while_waiting(qtbot, lambda dialog: help_now_takes_a_click(ctx, qtbot, dialog))
    assert Prompter().confirm(proofs, "Remove this?", "Remove") is False
    assert not problems, problems


def test_the_window_asked_from_is_the_one_blocked(ctx: AppContext, qtbot: QtBot) -> None:
    proofs = ctx.windows.show("proof-list")
    qtbot.waitExposed(proofs)
    other = QPushButton("elsewhere")
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    clicked: list[str] = []
    other.clicked.connect(lambda: clicked.append("other"))

    def check(dialog: QDialog) -> None:
        assert dialog.parentWidget() is proofs
        click(other)
        assert clicked == ["other"]

    problems = while_waiting(qtbot, check)
    Prompter().warn(proofs, "Couldn't save to disk.")
    assert not problems, problems


def test_a_box_with_no_window_blocks_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("safety.region", "ES")
    problems = while_waiting(qtbot, lambda dialog: help_now_takes_a_click(ctx, qtbot, dialog))
    Prompter().inform(None, "A note with no window.")
    assert not problems, problems


def test_get_help_now_takes_clicks_while_a_file_chooser_waits(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "ES")
    proofs = ctx.windows.show("proof-list")
    qtbot.waitExposed(proofs)

    def check(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        help_now_takes_a_click(ctx, qtbot, dialog)

    problems = while_waiting(qtbot, check)
    assert modal.save_file(proofs, "Save", "", "PDF (*.pdf)")[0] == ""
    assert not problems, problems


def test_a_box_whose_window_is_hidden_goes_with_no_answer(ctx: AppContext, qtbot: QtBot) -> None:
    proofs = ctx.windows.show("proof-list")
    qtbot.waitExposed(proofs)
    QTimer.singleShot(100, proofs.hide)  # Lock now puts the windows away
    answer = Prompter().ask_or_later(proofs, "Restore?", "Restore it?", "Restore", "Keep it")
    assert answer == LATER
    assert waiting_dialog() is None


def test_a_box_whose_window_is_deleted_goes_quietly(qtbot: QtBot) -> None:
    window = QWidget()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    qtbot.waitExposed(window)
    QTimer.singleShot(100, window.close)  # a quit closes every window
    assert Prompter().confirm(window, "Remove this?", "Remove") is False
    assert waiting_dialog() is None


def test_a_second_question_from_a_window_stands_on_the_first(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[QWidget | None] = []

    def second() -> None:
        first = waiting_dialog()
        assert isinstance(first, QMessageBox)
        QTimer.singleShot(100, lambda: both(first))
        Prompter().inform(window, "Second")

    def both(first: QMessageBox) -> None:
        inner = waiting_dialog()
        seen.extend([inner.parentWidget() if inner is not None else None, first])
        if inner is not None:
            inner.reject()
        QTimer.singleShot(50, first.reject)

    QTimer.singleShot(100, second)
    Prompter().inform(window, "First")
    assert len(seen) == 2 and seen[0] is seen[1], "the second box stood beside the first"
    assert modal.over(window) is window  # both gone: a next one is over the window again
