"""The thought log: the thought stays in sight while gentle questions come one at a time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from footholds.core import content
from footholds.core.store import ThoughtLog


@pytest.fixture
def log(ctx, qtbot, monkeypatch):
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    window = ctx.windows.get("thought-log")  # closed by the ctx fixture (released on close)
    window.show()
    return window


def onward(qtbot, log) -> None:
    qtbot.keyClick(log.focusWidget() or log, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_empty_state(ctx, log) -> None:
    assert not log.past.isVisible() and log.past_empty.isVisible()
    assert not log.save.isEnabled() and not log.remove.isEnabled()
    assert log.pages.currentIndex() == 0
    assert not log.quote.isVisible()
    log.next.click()  # the questions need a thought first
    assert log.pages.currentIndex() == 0
    assert log.said.text()
    assert log.pages.before.value() is None  # not rated until the slider moves


def test_whole_walk_with_the_keyboard_only(ctx, log, qtbot) -> None:
    pages = log.pages
    assert pages.thought.hasFocus()
    qtbot.keyClicks(pages.thought, "I always mess everything up")
    qtbot.keyClick(pages.thought, Qt.Key.Key_Tab)  # Tab leaves the text box, as elsewhere
    assert pages.before.slider.hasFocus()
    for _ in range(6):
        qtbot.keyClick(pages.before.slider, Qt.Key.Key_Right)  # from 50 up to 80
    assert pages.before.value() == 80
    questions = content.load_pack("thought_questions")
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
    onward(qtbot, log)  # the kinder view starts from the last answer
    assert pages.balanced.toPlainText() == f"answer {len(questions)}"
    qtbot.keyClicks(pages.balanced, ", and I got through today")
    pages.after.slider.setFocus()
    qtbot.keyClick(pages.after.slider, Qt.Key.Key_PageDown)  # 50 -> 40
    onward(qtbot, log)  # Ctrl+Enter on the last page saves
    (entry,) = ctx.store.all(ThoughtLog)
    assert entry.thought == "I always mess everything up"
    assert entry.belief_before == 80 and entry.belief_after == 40
    assert entry.answers == {q["id"]: f"answer {i}" for i, q in enumerate(questions, 1)}
    assert entry.traps == [traps[0]["id"]]
    assert entry.balanced == f"answer {len(questions)}, and I got through today"
    assert log.said.text()
    assert log.past.count() == 1 and "80 → 40" in log.past.item(0).text()


def test_trap_tags_explain_themselves(ctx, log) -> None:
    for trap in content.load_pack("thinking_traps"):
        box = log.pages.trap_boxes[trap["id"]]
        assert box.text() == trap["name"]
        assert box.toolTip() == trap["explain"]
        assert box.accessibleDescription() == trap["explain"]


def test_past_entries_can_be_read_again(ctx, log, qtbot) -> None:
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
    changed = ctx.store.get(ThoughtLog, older.id)
    assert changed.balanced == "Two friends asked how I was this week"
    assert changed.at == older.at  # changing it does not move it in time
    assert len(ctx.store.all(ThoughtLog)) == 1


def test_nothing_written_is_lost_on_switching_or_closing(ctx, log) -> None:
    log.pages.thought.setPlainText("I'm a burden")
    log.new.click()  # starting another keeps this one
    assert [e.thought for e in ctx.store.all(ThoughtLog)] == ["I'm a burden"]
    assert log.pages.thought.toPlainText() == ""
    log.pages.thought.setPlainText("Things will never get better")
    log.close()
    assert len(ctx.store.all(ThoughtLog)) == 2
    untouched = ctx.windows.get("thought-log")
    untouched.show()
    untouched.new.click()
    untouched.close()  # nothing written: nothing saved
    assert len(ctx.store.all(ThoughtLog)) == 2


def test_remove_asks_once_and_can_be_undone(ctx, log, monkeypatch) -> None:
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


def test_a_long_thought_is_kept_whole_and_wraps(ctx, log) -> None:
    long_thought = "Everyone at work can see that I am not good enough for this. " * 300
    log.pages.thought.setPlainText(long_thought)
    log.next.click()
    assert log.quote_text.wordWrap()
    assert log.minimumSizeHint().width() < 900
    log.save.click()
    (entry,) = ctx.store.all(ThoughtLog)
    assert entry.thought == long_thought.strip()
    assert len(log.past.item(0).text().splitlines()[0]) < 100  # the list shows a short line


def test_escape_closes(ctx, log, qtbot) -> None:
    qtbot.keyClick(log, Qt.Key.Key_Escape)
    assert not log.isVisible()
