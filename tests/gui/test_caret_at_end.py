"""Words given back to a box (a saved entry, a draft) open with the caret after them, so
what is typed next goes on where they end, not in front of them."""

from __future__ import annotations

from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import SafetyPlan, ThoughtLog
from footholds.ui.common.limits import LimitedText
from footholds.ui.help.safety_plan import SafetyPlanWindow
from footholds.ui.reflect.thought_log import ThoughtLogWindow


def test_words_set_in_any_box_put_the_caret_after_them(qtbot: QtBot) -> None:
    box = LimitedText(200)
    qtbot.addWidget(box)
    box.setPlainText("Nobody said so")
    assert box.textCursor().position() == len("Nobody said so")
    qtbot.keyClicks(box, ", except me")
    assert box.toPlainText() == "Nobody said so, except me"


def test_a_past_thought_reopened_goes_on_after_its_words(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    ctx.store.add(ThoughtLog(thought="Nobody said so", belief_before=80))
    log = cast(ThoughtLogWindow, ctx.windows.get("thought-log"))
    log.show()
    log.refresh_past()
    log._on_past_activated(log.past.item(0))
    thought = log.pages.thought
    assert thought.textCursor().position() == len("Nobody said so")
    thought.setFocus()
    qtbot.keyClicks(thought, " except me")
    assert thought.toPlainText() == "Nobody said so except me"


def test_the_safety_plan_opens_with_the_caret_after_its_words(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(SafetyPlan(sections={"sp-reasons": "The sea in June"}))
    window = cast(SafetyPlanWindow, ctx.windows.show("safety-plan"))
    qtbot.waitExposed(window)
    field = window.fields["sp-reasons"]
    assert field.textCursor().position() == len("The sea in June")
