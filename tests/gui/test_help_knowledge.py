"""Good to know, one tap from Get help now and the safety plan; the first-run invitation to
write the plan; and the plan in the check-in summary only when the person ticks it."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from checkin_clock import checkin_on
from checkin_data import TODAY
from footholds.app.build import AppContext
from footholds.core import content
from footholds.core.store import SafetyPlan
from footholds.ui.help.help_knowledge import HelpKnowledgeWindow
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.shell.first_run import FirstRunWindow


def test_the_knowledge_shows_every_topic_in_order(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(HelpKnowledgeWindow, ctx.windows.show("help-knowledge"))
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Good to know"
    text = window.text()
    topics = content.load_pack("help_knowledge")
    starts = [text.index(topic["title"]) for topic in topics]
    assert starts == sorted(starts)
    for topic in topics:
        for paragraph in topic["paragraphs"]:
            assert paragraph in text
    assert "I'm not OK" in text and "anonymous" in text
    # the keyboard on its one control, the page no hidden stop; Page Down and End read on
    qtbot.waitUntil(window.help_link.button.hasFocus)
    window.resize(window.width(), 300)
    qtbot.waitUntil(lambda: window.scroller.verticalScrollBar().maximum() > 0)
    bar = window.scroller.verticalScrollBar()
    bar.setValue(0)
    qtbot.keyClick(window.help_link.button, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(window.help_link.button, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()


def test_it_can_open_at_one_topic(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(HelpKnowledgeWindow, ctx.windows.get("help-knowledge"))
    window.resize(560, 300)
    ctx.windows.show("help-knowledge", topic="hk-signs")
    qtbot.waitExposed(window)
    assert window.scroller.verticalScrollBar().value() > 0
    ctx.windows.show("help-knowledge")
    assert window.scroller.verticalScrollBar().value() == 0


def test_get_help_now_has_one_link_near_the_bottom(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.waitExposed(window)
    link = window.knowledge
    assert link.isVisibleTo(window)
    page = window.scroller.widget()
    assert page is not None
    assert link.mapTo(page, link.rect().topLeft()).y() > window.crisis.y()
    link.click()
    assert ctx.windows.is_visible("help-knowledge")


def test_get_help_now_opens_it_again_from_its_own_link(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(HelpKnowledgeWindow, ctx.windows.show("help-knowledge"))
    qtbot.waitExposed(window)
    window.help_link.button.click()
    assert ctx.windows.is_visible("help-now")


def test_in_spanish_the_knowledge_speaks_spanish(ctx: AppContext, qtbot: QtBot) -> None:
    from footholds.ui.common import i18n

    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        window = cast(HelpKnowledgeWindow, ctx.windows.show("help-knowledge"))
        assert window.windowTitle() == "Bueno saberlo"
        assert "No estoy bien" in window.text()
        assert "Qué pasa cuando llamas o escribes a una línea" in window.text()
    finally:
        i18n.remove(ctx.app)


def test_the_first_run_card_invites_the_plan_quietly(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(FirstRunWindow, ctx.windows.show("first-run"))
    qtbot.waitExposed(window)
    assert window.plan.isVisibleTo(window) and window.plan.isFlat()
    qtbot.waitUntil(window.ok.hasFocus)  # the invitation never takes the place of "Got it"
    window.plan.click()
    assert ctx.windows.is_visible("safety-plan")


@pytest.fixture
def checkin_window(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> CheckinWindow:
    checkin_on(monkeypatch, TODAY)
    ctx.store.add(SafetyPlan(sections={"sp-reasons": "The sea in June"}, safer=["lock-away"]))
    win = cast(CheckinWindow, ctx.windows.show("check-in"))
    qtbot.waitUntil(win.isVisible)
    return win


def test_the_summary_leaves_the_plan_out_unless_ticked(
    checkin_window: CheckinWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = checkin_window
    assert not window.with_plan.isChecked()
    assert "The sea in June" not in window.preview.toPlainText()
    window.with_plan.setChecked(True)
    qtbot.waitUntil(lambda: "The sea in June" in window.preview.toPlainText())
    assert "Lock them away" in window.preview.toPlainText()
    out = tmp_path / "summary.md"
    assert window.output.export_to(out)
    assert "## My safety plan" in out.read_text(encoding="utf-8")
    window.with_plan.setChecked(False)
    qtbot.waitUntil(lambda: "The sea in June" not in window.preview.toPlainText())
    window.close()
    again = CheckinWindow(window.ctx)
    qtbot.addWidget(again)
    assert not again.with_plan.isChecked()  # off by default, every time
