"""Words set aside (My sessions' Edit over words in its form, Reach out's Cancel and Edit)
reach the drafts file as they are set aside, crash-safe, as the check-in's words kept only as
a draft do: a crash no longer loses them. The file lets go of them once they are taken back
and saved, or cleared, or once Reach out's Undo passes (Cancel asked for them to go)."""

from __future__ import annotations

from typing import cast

import pytest
from pytestqt.qtbot import QtBot
from test_sessions_edit import button, page, row_of

from footholds.app.build import AppContext
from footholds.app.quitting import bring_back_drafts
from footholds.core import drafts
from footholds.core.store import Person, Session
from footholds.ui.people.reach_out import ReachOutWindow


def on_disk(ctx: AppContext) -> str:
    """The drafts file as a crash would leave it, read without quitting."""
    return str(drafts.take(ctx.paths.drafts_file))


@pytest.fixture
def weekly(ctx: AppContext) -> Session:
    return ctx.store.add(Session(day="2026-12-07", time="17:00", every="1w", therapist="Ana"))


def test_my_sessions_words_set_aside_are_on_disk_at_once(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    bring_back_drafts(ctx)  # as at the start: drafts can be written from now on
    editor = page(ctx, qtbot)
    qtbot.keyClicks(editor.therapist, "Dr Bello")
    button(row_of(editor, weekly), "Edit").click()
    assert "Dr Bello" in on_disk(ctx)  # while the Undo offers them
    editor.undo.timer.timeout.emit()
    assert "Dr Bello" in on_disk(ctx)  # and once the strip does
    editor.aside_bar.button.click()  # taken back into the form...
    editor.add.click()  # ...and added
    assert [s.therapist for s in ctx.store.all(Session)].count("Dr Bello") == 1
    qtbot.waitUntil(lambda: "Dr Bello" not in on_disk(ctx))


def test_my_sessions_words_taken_back_and_cleared_leave_the_file(
    ctx: AppContext, qtbot: QtBot, weekly: Session
) -> None:
    bring_back_drafts(ctx)
    editor = page(ctx, qtbot)
    qtbot.keyClicks(editor.therapist, "Dr Bello")
    button(row_of(editor, weekly), "Edit").click()
    assert "Dr Bello" in on_disk(ctx)
    editor.undo.button.click()  # Undo: back in the form, as a new session
    assert editor.editing is None and editor.therapist.text() == "Dr Bello"
    editor.therapist.clear()  # emptied by the person
    qtbot.waitUntil(lambda: "Dr Bello" not in on_disk(ctx))


def _reach(ctx: AppContext, qtbot: QtBot) -> ReachOutWindow:
    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    qtbot.waitExposed(window)
    return window


def test_reach_out_words_cancelled_are_on_disk_while_the_undo_stands(
    ctx: AppContext, qtbot: QtBot
) -> None:
    bring_back_drafts(ctx)
    reach = _reach(ctx, qtbot)
    reach.add_person.click()
    qtbot.keyClicks(reach.form.name, "Sam")
    reach.form.cancel.click()
    assert "Sam" in on_disk(ctx)
    reach.undo_bar.timer.timeout.emit()  # the seconds pass: Cancel meant them to go
    qtbot.waitUntil(lambda: "Sam" not in on_disk(ctx))


def test_reach_out_words_kept_over_an_edit_are_on_disk(ctx: AppContext, qtbot: QtBot) -> None:
    bring_back_drafts(ctx)
    alex = ctx.store.add(Person(name="Alex"))
    reach = _reach(ctx, qtbot)
    reach.add_person.click()
    qtbot.keyClicks(reach.form.name, "Sam")
    reach._on_person_edit(alex.id)  # Sam's words kept, offered by the strip
    assert reach.aside.bar.isVisible() and "Sam" in on_disk(ctx)
    reach.form.cancel.click()  # Alex's form as it opened: nothing to set aside
    reach.aside.bar.button.click()  # Sam's words back in the form
    reach.form.save.click()
    assert [p.name for p in ctx.store.all(Person)] == ["Alex", "Sam"]
    qtbot.waitUntil(lambda: "Sam" not in on_disk(ctx))
