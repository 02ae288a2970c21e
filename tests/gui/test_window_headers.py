"""The everyday windows open with the same header (ui/common/components.WindowHeader): a title
and one line under it, so no window looks like a different app."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common.components import WindowHeader

WITH_HEADER = (
    "affirmation",
    "check-in",
    "insights",
    "journal",
    "medication",
    "plan-activity",
    "proof-list",
    "questionnaire",
    "reach-out",
    "session-notes",
    "thought-log",
    "today",
    "tough-day",
)


@pytest.mark.parametrize("name", WITH_HEADER)
def test_the_window_opens_with_the_shared_header(ctx: AppContext, qtbot: QtBot, name: str) -> None:
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    headers = window.findChildren(WindowHeader)
    assert len(headers) == 1, name
    header = headers[0]
    assert header.isVisibleTo(window) and header.title.text()
    # at the top: nothing in the window sits above the header's title
    top = header.mapTo(window, header.title.pos()).y()
    assert top < 120, (name, top)
    window.close()


def test_insights_charts_sit_on_the_design_systems_cards(ctx: AppContext, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFrame

    from footholds.ui.reflect.insights import Card as ChartCard
    from footholds.ui.reflect.insights_more import HelpsCard, SleepCard

    window = ctx.windows.show("insights")
    qtbot.waitExposed(window)
    frames = [
        f for f in window.findChildren(QFrame) if isinstance(f, ChartCard | HelpsCard | SleepCard)
    ]
    assert frames and all(f.property("card") is True for f in frames)
    assert all(f.frameShape() == QFrame.Shape.NoFrame for f in frames)  # no grey group box
    window.close()
