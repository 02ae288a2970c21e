"""Every box of several lines whose words go to the store holds no more than the store keeps,
stops a paste there and says so just under itself, long enough to be read; and closing a
window with a long paste in it keeps the words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Person, Proof, SafetyPlan, Session, ThoughtLog
from footholds.core.store.validate import NOTE_LIMIT
from footholds.ui.common.feedback import FADE_MS, SHOW_SECONDS
from footholds.ui.common.limits import LimitedText, cut_words, limited
from footholds.ui.help.safety_plan import SafetyPlanWindow
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.proofs.proof_list import ProofListWindow
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.reflect.session_notes import SessionNotesWindow
from footholds.ui.reflect.thought_log import ThoughtLogWindow

Opener = Callable[[AppContext], LimitedText]


def _thought(ctx: AppContext) -> LimitedText:
    window = cast(ThoughtLogWindow, ctx.windows.show("thought-log"))
    return window.pages.thought


def _thought_answer(ctx: AppContext) -> LimitedText:
    window = cast(ThoughtLogWindow, ctx.windows.show("thought-log"))
    window.pages.thought.setPlainText("I always get it wrong")
    window.go(1)
    return next(iter(window.pages.answers.values()))


def _kinder_view(ctx: AppContext) -> LimitedText:
    window = cast(ThoughtLogWindow, ctx.windows.show("thought-log"))
    window.pages.thought.setPlainText("I always get it wrong")
    window.go(window.pages.count() - 1)
    return window.pages.balanced


def _notes(ctx: AppContext) -> SessionNotesWindow:
    ctx.store.add(Session(day="2026-12-01", time="17:00", every="1w"))
    window = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    window.clock = lambda: datetime(2026, 12, 8, 18, 10).astimezone()
    ctx.windows.show("session-notes")
    return window


def _remember(ctx: AppContext) -> LimitedText:
    return _notes(ctx).remember


def _to_try(ctx: AppContext) -> LimitedText:
    return _notes(ctx).to_try


def _talk(ctx: AppContext) -> LimitedText:
    return cast(CheckinWindow, ctx.windows.show("check-in")).note.talk


def _proof(ctx: AppContext) -> LimitedText:
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    window.editor.start()
    return window.editor.text


def _ready_message(ctx: AppContext) -> LimitedText:
    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    window.form.start(None)
    return window.form.message


def _safety_plan(ctx: AppContext) -> LimitedText:
    return cast(SafetyPlanWindow, ctx.windows.show("safety-plan")).fields["sp-reasons"]


BOXES: dict[str, tuple[Opener, int]] = {
    "the thought": (_thought, NOTE_LIMIT),
    "a question's answer": (_thought_answer, NOTE_LIMIT),
    "the kinder view": (_kinder_view, NOTE_LIMIT),
    "what to remember from a session": (_remember, NOTE_LIMIT),
    "something to try": (_to_try, NOTE_LIMIT),
    "what to talk about": (_talk, NOTE_LIMIT),
    "what I got through": (_proof, Proof.TEXT_LIMIT),
    "a ready message": (_ready_message, Person.MESSAGE_LIMIT),
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
    # the rest of the paste was left out, and said so (not only the limit), on the one line
    assert box.said.text() == f"Up to {limit:,} characters fit here; the rest was left out."
    assert box.said.fontMetrics().horizontalAdvance(box.said.text()) <= box.said.width()
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
    assert box.said.text() == "Up to 5,000 characters fit here; the rest was left out."
    qtbot.keyClick(box, Qt.Key.Key_Backspace)  # the person goes on: then it fades as usual
    qtbot.waitUntil(lambda: not box.said.speaking, timeout=FADE_MS + 1000)


def test_a_long_thought_is_kept_when_the_window_closes_with_nothing_asked(
    ctx: AppContext, qtbot: QtBot, told: list[str]
) -> None:
    window = cast(ThoughtLogWindow, ctx.windows.show("thought-log"))
    qtbot.waitExposed(window)
    long = "I am too much for everyone. " * 900  # 25,200 characters, not saved
    _paste(window.pages.thought, long)
    window.close()  # as quitting does: no dialog stands in the way
    assert told == []
    assert [e.thought for e in ctx.store.all(ThoughtLog)] == [long[:NOTE_LIMIT].strip()]


def test_a_binary_paste_keeps_its_words_and_leaves_out_what_the_store_refuses(
    ctx: AppContext, qtbot: QtBot, told: list[str]
) -> None:
    window = cast(ThoughtLogWindow, ctx.windows.show("thought-log"))
    qtbot.waitExposed(window)
    _paste(window.pages.thought, "Nobody\x00 would\x1b notice\r\nif I left\rquietly")
    window.close()
    assert told == []
    assert [e.thought for e in ctx.store.all(ThoughtLog)] == [
        "Nobody would notice\nif I left\nquietly"
    ]


def _commit(widget: QLineEdit | LimitedText, words: str) -> None:
    """What an input method sends when it commits (ibus, fcitx, a dead key composing "á")."""
    event = QInputMethodEvent("", [])
    event.setCommitString(words)
    QApplication.sendEvent(widget, event)


def test_words_from_an_input_method_stop_at_the_limit_too(
    ctx: AppContext, qtbot: QtBot, told: list[str]
) -> None:
    window = cast(ThoughtLogWindow, ctx.windows.show("thought-log"))
    qtbot.waitExposed(window)
    box = window.pages.thought
    box.setPlainText("a" * (NOTE_LIMIT - 2))
    box.moveCursor(box.textCursor().MoveOperation.End)
    _commit(box, "á")  # room for it: taken as it is, nothing said
    assert box.toPlainText().endswith("aá") and not box.said.speaking
    _commit(box, "éí")  # one more fits, the other is left out and the limit said
    assert len(box.toPlainText()) == NOTE_LIMIT
    assert box.toPlainText().endswith("aáé")
    assert box.said.speaking and box.said.text() == cut_words(NOTE_LIMIT)
    _commit(box, "ó")  # at the limit: left out
    assert len(box.toPlainText()) == NOTE_LIMIT
    window.close()  # kept whole at the close, with nothing refused
    assert told == []
    assert [e.thought for e in ctx.store.all(ThoughtLog)] == [box.toPlainText()]


def test_a_line_field_stops_an_input_method_at_its_limit(qtbot: QtBot) -> None:
    said: list[str] = []
    field = limited(QLineEdit(), 5, said.append)
    qtbot.addWidget(field)
    field.setText("abcd")
    _commit(field, "éí")  # cut as a paste is cut, and said to be
    assert field.text() == "abcdé"
    assert said == ["Up to 5 characters fit here; the rest was left out."]
    _commit(field, "ó")  # one letter composed at the limit: the limit, as a key says it
    assert field.text() == "abcdé"
    assert said[-1] == "Up to 5 characters fit here."
