"""The strip offering words set aside earlier (My sessions' "Words you were writing are still
here", Reach out's "…earlier are still here") takes the Undo strip's place, kept in the
window whether either shows: when it appears, the list under the form stays where it was
(LOOK.md: a message never moves anything else). It used to push the list down 40 px."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QDate, QPoint
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_sessions_edit import button, page, row_of

from footholds.app.build import AppContext
from footholds.core.store import Person, Session
from footholds.ui.people.reach_out import ReachOutWindow


def y_of(widget: QWidget) -> int:
    """Where `widget` sits in its window, once the layouts have settled."""
    QApplication.processEvents()
    return widget.mapTo(widget.window(), QPoint(0, 0)).y()


@pytest.fixture
def weekly(ctx: AppContext) -> Session:
    return ctx.store.add(Session(day="2026-12-07", time="17:00", every="1w", therapist="Ana"))


def test_my_sessions_list_stays_put_when_the_strip_appears(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    editor = page(ctx, qtbot)
    qtbot.waitExposed(editor.window())
    editor.therapist.setFocus()
    qtbot.keyClicks(editor.therapist, "Dr Bello")
    editor.first.setDate(QDate(2027, 1, 20))
    before = y_of(row_of(editor, weekly))
    button(row_of(editor, weekly), "Edit").click()
    assert editor.undo.isVisible() and y_of(row_of(editor, weekly)) == before
    editor.undo.timer.timeout.emit()  # the Undo's seconds pass: the strip offers them
    assert editor.aside_bar.isVisible()
    assert y_of(row_of(editor, weekly)) == before
    editor.aside_bar.button.click()  # taken back: the strip goes, nothing moves either
    assert not editor.aside_bar.isVisible() and y_of(row_of(editor, weekly)) == before


def test_the_strip_and_the_undo_share_one_place(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    """One thing said at a time: an Undo offered meanwhile covers the strip, which comes
    back once it passes."""
    other = ctx.store.add(Session(day="2026-12-09", time="10:00", therapist="Bo"))
    editor = page(ctx, qtbot)
    qtbot.waitExposed(editor.window())
    qtbot.keyClicks(editor.therapist, "Dr Bello")
    button(row_of(editor, weekly), "Edit").click()
    editor.undo.timer.timeout.emit()
    assert editor.aside_bar.isVisible()
    place = editor.undo.mapTo(editor.window(), QPoint(0, 0))
    assert editor.aside_bar.mapTo(editor.window(), QPoint(0, 0)) == place
    editor.therapist.selectAll()
    qtbot.keyClicks(editor.therapist, "Ana Ruiz")
    button(row_of(editor, other), "Edit").click()  # Ana's changes set aside in turn
    assert editor.undo.isVisible() and not editor.aside_bar.isVisible()
    editor.undo.timer.timeout.emit()
    assert editor.aside_bar.isVisible() and not editor.undo.isVisible()


def test_reach_out_messages_stay_put_when_the_strip_appears(ctx: AppContext, qtbot: QtBot) -> None:
    alex = ctx.store.add(Person(name="Alex", message="Call me?"))
    reach = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    qtbot.waitExposed(reach)
    reach.add_person.click()
    qtbot.keyClicks(reach.form.name, "Sam")
    reach.form.cancel.click()  # Sam's words offered back
    before = y_of(reach.own)
    reach._on_person_edit(alex.id)
    qtbot.keyClicks(reach.form.note, " met at the park")
    reach.form.cancel.click()  # the second Cancel: Sam's words kept, the strip offers them
    assert y_of(reach.own) == before
    reach.undo_bar.timer.timeout.emit()  # the Undo's seconds pass
    assert reach.aside.bar.isVisible()
    assert y_of(reach.own) == before
