"""Every box of several lines whose words go to the store holds no more than the store keeps,
stops a paste there and says so just under itself, long enough to be read; and closing a
window with a long paste in it keeps the words."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import SafetyPlan
from footholds.ui.common.feedback import FADE_MS, SHOW_SECONDS
from footholds.ui.common.limits import LimitedText
from footholds.ui.help.safety_plan import SafetyPlanWindow

Opener = Callable[[AppContext], LimitedText]


def _safety_plan(ctx: AppContext) -> LimitedText:
    return cast(SafetyPlanWindow, ctx.windows.show("safety-plan")).fields["sp-reasons"]


BOXES: dict[str, tuple[Opener, int]] = {
    "a safety plan section": (_safety_plan, SafetyPlan.SECTION_LIMIT),
}


@pytest.fixture(autouse=True)
def told(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What a window told in a dialog (refused words at its close, say): a real dialog
    would wait offscreen for a click that never comes."""
    notes: list[str] = []
    monkeypatch.setattr(ctx.prompter, "inform", lambda _parent, text: notes.append(text))
    return notes


def _paste(box: LimitedText, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    box.setFocus()
    box.paste()


@pytest.mark.parametrize("which", list(BOXES))
def test_a_paste_past_the_limit_stops_there_and_says_so_under_the_box(
    ctx: AppContext, qtbot: QtBot, told: list[str], which: str
) -> None:
    opener, limit = BOXES[which]
    box = opener(ctx)
    qtbot.waitExposed(box.window())
    pasted = "".join(f"word {i}, " for i in range(limit))  # far past the limit
    _paste(box, pasted)
    assert box.toPlainText() == pasted[:limit]  # the start of the paste, up to what is kept
    assert box.said.speaking
    assert box.said.text() == f"Up to {limit:,} characters fit here."
    # just under the box, where the eyes are
    assert box.said.isVisible()
    window = box.window()

    def just_under() -> bool:
        bottom = box.mapTo(window, QPoint(0, box.height())).y()
        return 0 <= box.said.mapTo(window, QPoint(0, 0)).y() - bottom <= 24

    qtbot.waitUntil(just_under, timeout=1000)  # once a form shown just now is laid out
    qtbot.keyClick(box, Qt.Key.Key_X)  # typing at the limit is left out, and said again
    assert box.toPlainText() == pasted[:limit]
    assert box.said.speaking
    window.close()  # a window that keeps its words at the close keeps these, asking nothing
    assert told == []


def test_the_limit_stays_said_after_a_huge_paste_until_the_box_changes(
    ctx: AppContext, qtbot: QtBot
) -> None:
    box = _safety_plan(ctx)
    qtbot.waitExposed(box.window())
    _paste(box, "This is a long pasted line of text. " * 280_000)  # about ten megabytes
    assert len(box.toPlainText()) == SafetyPlan.SECTION_LIMIT
    qtbot.wait(SHOW_SECONDS * 1000 + FADE_MS + 300)  # the time any other feedback takes
    assert box.said.speaking  # still there to be read
    assert box.said.text() == "Up to 5,000 characters fit here."
    qtbot.keyClick(box, Qt.Key.Key_Backspace)  # the person goes on: then it fades as usual
    qtbot.waitUntil(lambda: not box.said.speaking, timeout=FADE_MS + 1000)
