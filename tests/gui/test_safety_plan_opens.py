"""The safety plan opens each part at its start, to read from the top: a long part reopened
showed its end, scrolled down inside its box (the tour, with 3,000 characters). Words given
back, typed and not saved, open where they end, where typing goes on."""

from __future__ import annotations

from typing import cast

from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import SafetyPlan
from footholds.ui.help.safety_plan import NAME, SafetyPlanWindow

LONG = "\n".join(f"Line {n}: a walk, a song, a call to Sam, a glass of water" for n in range(54))


def _open(ctx: AppContext, qtbot: QtBot) -> SafetyPlanWindow:
    window = cast(SafetyPlanWindow, ctx.windows.show("safety-plan"))
    qtbot.waitExposed(window)
    return window


def test_a_long_part_opens_at_its_start_each_time(ctx: AppContext, qtbot: QtBot) -> None:
    assert len(LONG) > 2900
    ctx.store.add(SafetyPlan(sections={"sp-reasons": LONG, "sp-on-my-own": LONG}))
    for _ in range(2):  # opened, and reopened after reading it to the end
        window = _open(ctx, qtbot)
        qtbot.wait(20)
        for key in ("sp-reasons", "sp-on-my-own"):
            field = window.fields[key]
            assert field.toPlainText() == LONG
            assert field.textCursor().position() == 0
            assert field.verticalScrollBar().maximum() > 0  # it scrolls inside its box
            assert field.verticalScrollBar().value() == 0  # at its top
        field.moveCursor(field.textCursor().MoveOperation.End)
        window.close()
        qtbot.wait(10)  # (a closed window goes at the next turn of the loop)


def test_words_given_back_open_where_they_end(ctx: AppContext, qtbot: QtBot) -> None:
    over = "x" * (SafetyPlan.SECTION_LIMIT + 10)  # kept when Footholds closed, not saved yet
    ctx.windows.drafts[NAME] = {"sections": {"sp-on-my-own": over}}
    window = _open(ctx, qtbot)
    field = window.fields["sp-on-my-own"]
    assert field.toPlainText() == over
    assert field.textCursor().atEnd()
