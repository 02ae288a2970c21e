"""The thought log: the thought stays in sight while gentle questions come one at a time."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core import content
from footholds.core.store import ThoughtLog
from footholds.ui.reflect.thought_log import ThoughtLogWindow
from support import present


@pytest.fixture
def log(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> ThoughtLogWindow:
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    # closed by the ctx fixture (released on close)
    window = cast(ThoughtLogWindow, ctx.windows.get("thought-log"))
    window.show()
    return window


def onward(qtbot: QtBot, log: ThoughtLogWindow) -> None:
    qtbot.keyClick(log.focusWidget() or log, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_empty_state(ctx: AppContext, log: ThoughtLogWindow) -> None:
    assert not log.past.isVisible() and log.past_empty.isVisible()
    assert not log.save.isEnabled() and not log.remove.isEnabled()
    assert log.pages.currentIndex() == 0
    assert not log.quote.isVisible()
    log.next.click()  # the questions need a thought first
    assert log.pages.currentIndex() == 0
    assert log.said.text()
    assert log.pages.before.value() is None  # not rated until the slider moves


def test_whole_walk_with_the_keyboard_only(
    ctx: AppContext, log: ThoughtLogWindow, qtbot: QtBot
) -> None:
    pages = log.pages
    assert pages.thought.hasFocus()
    qtbot.keyClicks(pages.thought, "I always mess everything up")
    qtbot.keyClick(pages.thought, Qt.Key.Key_Tab)  # Tab leaves the text box, as elsewhere
    assert pages.before.slider.hasFocus()
    for _ in range(6):
        qtbot.keyClick(pages.before.slider, Qt.Key.Key_Right)  # from 50 up to 80
    assert pages.before.value() == 80
    asked = content.load_pack("thought_questions")
    questions = [q for q in asked if q["id"] != "tq-balanced-view"]  # the last step asks it
    for index, question in enumerate(questions, 1):
        onward(qtbot, log)
        assert pages.currentIndex() == index
        assert log.quote.isVisible()  # the thought stays in sight
        assert log.quote_text.text() == "I always mess everything up"
        assert "80" in log.quote_belief.text()
        box = pages.answers[question["id"]]
        assert box.hasFocus()
        qtbot.keyClicks(box, f"answer {index}")
    onward(qtbot, log)  # thinking traps
    traps = content.load_pack("thinking_traps")
    first = pages.trap_boxes[traps[0]["id"]]
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    onward(qtbot, log)  # the kinder view, in the person's own words
    assert pages.balanced.hasFocus() and pages.balanced.toPlainText() == ""
    qtbot.keyClicks(pages.balanced, "I got through today")
    pages.after.slider.setFocus()
    qtbot.keyClick(pages.after.slider, Qt.Key.Key_PageDown)  # 50 -> 40
    onward(qtbot, log)  # Ctrl+Enter on the last page saves
    (entry,) = ctx.store.all(ThoughtLog)
    assert entry.thought == "I always mess everything up"
    assert entry.belief_before == 80 and entry.belief_after == 40
    assert entry.answers == {q["id"]: f"answer {i}" for i, q in enumerate(questions, 1)}
    assert entry.traps == [traps[0]["id"]]
    assert entry.balanced == "I got through today"
    assert log.said.text()
    assert log.past.count() == 1 and "80 → 40" in log.past.item(0).text()


def test_trap_tags_explain_themselves(ctx: AppContext, log: ThoughtLogWindow) -> None:
    for trap in content.load_pack("thinking_traps"):
        box = log.pages.trap_boxes[trap["id"]]
        assert box.text() == trap["name"]
        assert box.toolTip() == trap["explain"]
        assert box.accessibleDescription() == trap["explain"]


def test_past_entries_can_be_read_again(
    ctx: AppContext, log: ThoughtLogWindow, qtbot: QtBot
) -> None:
    older = ctx.store.add(
        ThoughtLog(thought="Nobody wants me around", belief_before=90, traps=["tt-mind-reading"])
    )
    log.refresh_past()
    assert log.past.count() == 1
    log._on_past_activated(log.past.item(0))
    assert log.pages.thought.toPlainText() == "Nobody wants me around"
    assert log.pages.before.value() == 90
    assert log.pages.trap_boxes["tt-mind-reading"].isChecked()
    log.pages.balanced.setPlainText("Two friends asked how I was this week")
    log.save.click()
    changed = present(ctx.store.get(ThoughtLog, older.id))
    assert changed.balanced == "Two friends asked how I was this week"
    assert changed.at == older.at  # changing it does not move it in time
    assert len(ctx.store.all(ThoughtLog)) == 1


def test_nothing_written_is_lost_on_switching_or_closing(
    ctx: AppContext, log: ThoughtLogWindow
) -> None:
    log.pages.thought.setPlainText("I'm a burden")
    log.new.click()  # starting another keeps this one
    assert [e.thought for e in ctx.store.all(ThoughtLog)] == ["I'm a burden"]
    assert log.pages.thought.toPlainText() == ""
    log.pages.thought.setPlainText("Things will never get better")
    log.close()
    assert len(ctx.store.all(ThoughtLog)) == 2
    untouched = cast(ThoughtLogWindow, ctx.windows.get("thought-log"))
    untouched.show()
    untouched.new.click()
    untouched.close()  # nothing written: nothing saved
    assert len(ctx.store.all(ThoughtLog)) == 2


def test_one_written_last_evening_is_today_in_the_small_hours(
    ctx: AppContext, log: ThoughtLogWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:30 on Sunday, the day starting at 4, Saturday 23:50 is still "Today", as the
    journal and the check-in count it, and Saturday 00:10 "Yesterday"."""
    ctx.settings.set("day.start_hour", 4)
    night = datetime(2026, 12, 6, 0, 30).astimezone()
    monkeypatch.setattr("footholds.core.days.now_local", lambda: night)
    ctx.store.add(ThoughtLog(thought="late", at=night - timedelta(minutes=40)))
    ctx.store.add(ThoughtLog(thought="early", at=night - timedelta(days=1, minutes=20)))
    log.refresh_past()
    texts = [log.past.item(n).text() for n in range(log.past.count())]
    # the day, and its time to tell two of one day apart
    assert [t.split("\n")[0] for t in texts] == ["Today 23:50", "Yesterday 00:10"], texts


def test_remove_asks_once_and_can_be_undone(
    ctx: AppContext, log: ThoughtLogWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = []
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *args: asked.append(args) or True)
    entry = ctx.store.add(ThoughtLog(thought="I should be coping better"))
    log.refresh_past()
    log.past.setCurrentRow(0)
    log.remove.click()
    assert len(asked) == 1
    assert ctx.store.all(ThoughtLog) == []
    assert log.past_empty.isVisible()
    log.undo_bar.undo()
    assert [e.id for e in ctx.store.all(ThoughtLog)] == [entry.id]
    assert log.past.count() == 1


def test_a_long_thought_is_kept_whole_and_wraps(ctx: AppContext, log: ThoughtLogWindow) -> None:
    long_thought = "Everyone at work can see that I am not good enough for this. " * 300
    log.pages.thought.setPlainText(long_thought)
    log.next.click()
    assert log.quote_text.wordWrap()
    assert log.minimumSizeHint().width() < 900
    log.save.click()
    (entry,) = ctx.store.all(ThoughtLog)
    assert entry.thought == long_thought.strip()
    assert len(log.past.item(0).text().splitlines()[0]) < 100  # the list shows a short line


def test_after_a_long_thought_the_question_and_its_field_are_in_view(
    log: ThoughtLogWindow, qtbot: QtBot
) -> None:
    """Step 2 showed only a 2,000-character thought; its question and the focused answer box
    were below the visible area."""
    qtbot.waitExposed(log)
    log.pages.thought.setPlainText("I am not good enough for any of this, " * 53)
    log.next.click()
    page = present(log.pages.currentWidget())
    box = log.focusWidget()
    assert box is not None and box.parent() is page
    view = log.page_scroll.viewport()

    def seen(widget: QWidget) -> bool:
        top = widget.mapTo(view, QPoint(0, 0)).y()
        return top >= 0 and top + widget.height() <= view.height()

    question = page.findChildren(QLabel)[0]
    qtbot.wait(100)  # the long thought laid out above the step
    qtbot.waitUntil(lambda: seen(box) and seen(question))


def test_escape_closes(ctx: AppContext, log: ThoughtLogWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(log, Qt.Key.Key_Escape)
    assert not log.isVisible()


# -- how it looks ----------------------------------------------------------------------------
def test_not_rated_looks_different_from_fifty(log: ThoughtLogWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from footholds.ui.reflect.thought_pages import BeliefRating

    qtbot.waitExposed(log)
    unrated = log.pages.before
    rated = BeliefRating("How much?")
    holder = QWidget()
    QVBoxLayout(holder).addWidget(rated)
    holder.resize(unrated.width(), unrated.height())
    holder.show()
    qtbot.waitExposed(holder)
    rated.set_value(50)
    assert unrated.value() is None and rated.value() == 50
    assert unrated.slider.value() == rated.slider.value() == 50  # the same place on the track
    assert unrated.shown.text() == "not rated" and rated.shown.text() == "50 in 100"
    assert unrated.slider.property("rated") is False and rated.slider.property("rated") is True
    assert unrated.hint.isVisible() and not rated.hint.isVisible()
    # and it is drawn differently: an empty track and a hollow handle
    empty = unrated.slider.grab().toImage()
    full = rated.slider.grab().toImage()
    y = empty.height() // 2
    left = [empty.pixelColor(x, y).name() for x in range(8, empty.width() // 3)]
    filled = [full.pixelColor(x, y).name() for x in range(8, full.width() // 3)]
    assert left != filled
    holder.close()


def test_one_progress_indicator_on_every_page(log: ThoughtLogWindow, qtbot: QtBot) -> None:
    import re

    from PySide6.QtWidgets import QLabel

    log.pages.thought.setPlainText("Nobody likes me")
    for index in range(log.pages.count()):
        log.go(index)
        qtbot.wait(1)
        counters = [
            label.text()
            for label in log.findChildren(QLabel)
            if label.isVisible() and re.search(r"\d+ of \d+", label.text())
        ]
        assert counters == [f"Step {index + 1} of {log.pages.count()}"], counters


def test_thinking_traps_are_not_cramped_in_a_scroll_box_of_their_own(
    log: ThoughtLogWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QScrollArea

    qtbot.waitExposed(log)
    log.pages.thought.setPlainText("I ruin everything")
    traps_page = log.pages.count() - 2
    log.go(traps_page)
    qtbot.wait(50)
    page = present(log.pages.widget(traps_page))
    assert page.findChildren(QScrollArea) == []
    boxes = list(log.pages.trap_boxes.values())
    for box in boxes:  # every trap at its full height, none squeezed
        assert box.height() >= box.sizeHint().height()
    # the first page fits the window: the one scroll area only scrolls where a page needs it
    log.go(0)
    qtbot.wait(50)
    assert log.page_scroll.verticalScrollBar().maximum() == 0


def test_a_drop_in_belief_is_acknowledged_in_place(log: ThoughtLogWindow, qtbot: QtBot) -> None:
    pages = log.pages
    pages.thought.setPlainText("I always let people down")
    pages.before.set_value(80)
    log.go(pages.count() - 1)
    assert pages.eased.text() == ""
    place = pages.eased.geometry()
    pages.after.slider.setValue(45)
    qtbot.waitUntil(lambda: pages.eased.speaking, timeout=3000)
    assert pages.eased.text() == "It eased from 80 to 45. That was your doing."
    assert pages.eased.geometry() == place  # it speaks in space kept for it
    pages.eased.clear_now()
    pages.after.slider.setValue(90)  # a rise is met with nothing
    qtbot.wait(1000)
    assert not pages.eased.speaking


def test_next_stays_in_place_on_every_step_in_spanish(ctx: AppContext, qtbot: QtBot) -> None:
    from footholds.ui.common import i18n

    # the longer Spanish traps made only that step scroll, and the buttons moved left for
    # the bar as it came and back as it went: Siguiente was somewhere else each click
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        log = cast(ThoughtLogWindow, ctx.windows.get("thought-log"))  # at its own size
        log.show()
        qtbot.waitExposed(log)
        assert log.next.text() == "&Siguiente"
        log.pages.thought.setPlainText("Nunca hago nada bien")
        places = []
        scrolled = []
        for index in range(log.pages.count()):
            log.go(index)
            settle(qtbot, log)
            places.append(
                {
                    part: (part.mapTo(log, QPoint(0, 0)), part.width())
                    for part in (log.back, log.next, log.save, log.help_link)
                }
            )
            scrolled.append(log.page_scroll.verticalScrollBar().isVisible())
        assert any(scrolled) and not all(scrolled)  # the case the person met
        # Siguiente, its neighbours and the help line where they were on every step, the
        # last one too, where Guardar takes the accent
        assert all(place == places[0] for place in places), places
    finally:
        i18n.remove(ctx.app)


def test_a_long_thought_pinned_above_a_step_shows_whole_lines_only(
    log: ThoughtLogWindow, qtbot: QtBot
) -> None:
    """From step 2 a long thought pushed the step down; the page was scrolled to the answer
    box and the card's top edge cut a line of the thought in half."""
    thought = " ".join(f"nobody likes me {n}" for n in range(1, 26))
    log.pages.thought.setPlainText(thought)
    qtbot.waitExposed(log)
    for _ in range(2):
        log.next.click()
        settle(qtbot, log)
        label = log.quote_text
        assert label.text() == thought  # the words as written, all of them
        assert label.toolTip() == thought
        shown = QLabel.text(label)
        assert shown.endswith("…") and len(shown) < len(thought)
        lines = round(label.height() / label.fontMetrics().lineSpacing())
        assert lines <= 3
        # the card is whole in the page's view: nothing of it scrolled off above
        viewport = log.page_scroll.viewport()
        top = log.quote.mapTo(viewport, QPoint(0, 0)).y()
        assert top >= 0
        assert log.page_scroll.verticalScrollBar().value() == 0


def test_the_removal_question_says_today_yesterday_or_the_day_in_spanish(
    ctx: AppContext, log: ThoughtLogWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not "¿Quitar este registro de pensamientos del hoy?": a whole sentence for each."""
    from footholds.ui.common import i18n

    asked: list[str] = []
    monkeypatch.setattr(ctx.prompter, "confirm", lambda _p, question, _a: asked.append(question))
    noon = datetime(2026, 12, 6, 12, 0).astimezone()
    monkeypatch.setattr("footholds.core.days.now_local", lambda: noon)
    for days_ago in (0, 1, 5):
        ctx.store.add(ThoughtLog(thought="x", at=noon - timedelta(days=days_ago, hours=1)))
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        log.refresh_past()
        for row in range(3):
            log.past.setCurrentRow(row)
            log.remove.click()
    finally:
        i18n.remove(ctx.app)
    assert asked[:2] == [
        "¿Quitar este registro de pensamientos de hoy?",
        "¿Quitar este registro de pensamientos de ayer?",
    ]
    assert asked[2].startswith("¿Quitar este registro de pensamientos del ") and "1" in asked[2]
    assert "hoy" not in asked[2] and "ayer" not in asked[2]


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_the_divider_between_past_thoughts_and_the_steps_draws_no_dotted_mark(
    ctx: AppContext, log: ThoughtLogWindow, qtbot: QtBot, choice: str
) -> None:
    """The splitter's handle drew the style's dotted grip halfway down, left of the slider's
    hint, where it read as a stray focus mark. At rest it is the window's own colour."""
    from PySide6.QtWidgets import QSplitter

    from footholds.ui.common import theme

    theme.apply(ctx.app, choice)
    try:
        settle(qtbot, log)
        [split] = log.findChildren(QSplitter)
        handle = split.handle(1)
        assert handle.width() > 0
        image = handle.grab().toImage()
        colours = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
        assert len(colours) == 1
    finally:
        theme.apply(ctx.app, "light")
