"""The thought log's steps: the kinder view is asked once, on the last step (the content's
own question for it was asked two steps before it too), thoughts saved with that answer
still show it, and Back is not offered on the first step, where it did nothing."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import ThoughtLog
from footholds.ui.reflect.thought_log import ThoughtLogWindow
from support import present


@pytest.fixture
def log(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> ThoughtLogWindow:
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    window = cast(ThoughtLogWindow, ctx.windows.get("thought-log"))
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_kinder_view_is_asked_once(log: ThoughtLogWindow) -> None:
    pages = log.pages
    assert "tq-balanced-view" not in pages.answers
    headings = []
    for i in range(pages.count()):
        page = pages.widget(i)
        assert page is not None
        headings.append(page.findChildren(QLabel)[0].text())
    kinder = [h for h in headings if "kinder" in h.lower()]
    assert kinder == ["A kinder, more balanced view"], headings
    assert pages.count() == 6  # the thought, three questions, the traps, the kinder view


def test_a_kinder_view_saved_as_an_answer_still_shows(
    ctx: AppContext, log: ThoughtLogWindow
) -> None:
    older = ctx.store.add(
        ThoughtLog(
            thought="I ruin everything",
            answers={"tq-friend": "You don't", "tq-balanced-view": "Some things went wrong"},
        )
    )
    log.refresh_past()
    log._on_past_activated(log.past.item(0))
    assert log.pages.balanced.toPlainText() == "Some things went wrong"
    assert log.pages.answers["tq-friend"].toPlainText() == "You don't"
    log.save.click()  # kept, in the kinder view it was
    changed = present(ctx.store.get(ThoughtLog, older.id))
    assert changed.balanced == "Some things went wrong"
    assert changed.answers == {"tq-friend": "You don't"}


def test_both_kinder_views_of_an_older_thought_show(ctx: AppContext, log: ThoughtLogWindow) -> None:
    ctx.store.add(
        ThoughtLog(
            thought="I ruin everything",
            answers={"tq-balanced-view": "Some things went wrong"},
            balanced="And some went well",
        )
    )
    log.refresh_past()
    log._on_past_activated(log.past.item(0))
    assert log.pages.balanced.toPlainText() == "Some things went wrong\n\nAnd some went well"
    started = ThoughtLog(
        thought="I let them down",
        answers={"tq-balanced-view": "I was tired"},
        balanced="I was tired, and I still came",  # started from the answer, as it was
    )
    log.open_entry(ctx.store.add(started))
    assert log.pages.balanced.toPlainText() == "I was tired, and I still came"


def test_back_is_not_offered_on_the_first_step(log: ThoughtLogWindow, qtbot: QtBot) -> None:
    assert log.pages.currentIndex() == 0
    place = log.back.geometry()
    assert not log.back.isVisible() and not log.back.isEnabled()
    next_place = log.next.geometry()
    log.pages.thought.setPlainText("Nothing works out")
    log.next.click()
    assert log.back.isVisible() and log.back.isEnabled()
    assert log.back.geometry() == place and log.next.geometry() == next_place  # nothing moved
    qtbot.mouseClick(log.back, Qt.MouseButton.LeftButton)
    assert log.pages.currentIndex() == 0
    assert not log.back.isVisible()
    assert log.next.geometry() == next_place
