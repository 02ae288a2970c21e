"""After your session gives its words as a draft: kept a little after typing pauses (read here
from disk, with no quit), so a kill or a crash before the close loses none, and back in the
boxes at the next start with the line saying they are not saved yet."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.app.quitting import bring_back_drafts, keep_drafts
from footholds.core import drafts
from footholds.core import sessions as ss
from footholds.core.store import Session
from footholds.ui.reflect.session_notes import NAME, SessionNotesWindow
from footholds.ui.shell.draft_watch import KEEP_AFTER_MS

SOON = KEEP_AFTER_MS + 3000
REMEMBER = "Go gently with Mondays."


def now() -> datetime:
    return datetime(2026, 12, 8, 18, 10).astimezone()


def opened(ctx: AppContext, qtbot: QtBot) -> SessionNotesWindow:
    window = cast(SessionNotesWindow, ctx.windows.get(NAME))
    window.clock = now
    ctx.windows.show(NAME)
    qtbot.waitExposed(window)
    return window


def on_disk(ctx: AppContext) -> dict[str, dict[str, Any]]:
    return drafts.take(ctx.paths.drafts_file)


def saved_note(ctx: AppContext) -> dict[str, str]:
    last = ss.last_occurrence(ctx.store.all(Session), now())
    assert last is not None
    return last.note()


def test_words_after_a_session_reach_the_disk_and_come_back_not_saved_yet(
    ctx: AppContext, qtbot: QtBot
) -> None:
    bring_back_drafts(ctx)
    weekly = ctx.store.add(Session(day="2026-12-01", time="17:00", every="1w", therapist="Ana"))
    window = opened(ctx, qtbot)
    assert window.occurrence is not None
    key = window.occurrence.key.isoformat()
    window.remember.setFocus()
    qtbot.waitUntil(window.remember.hasFocus)
    qtbot.keyClicks(window.remember, REMEMBER)
    qtbot.waitUntil(lambda: NAME in on_disk(ctx), timeout=SOON)
    kept = on_disk(ctx)[NAME]
    assert kept["remember"] == REMEMBER and kept["try"] == ""
    assert (kept["session"], kept["key"]) == (weekly.id, key)
    assert saved_note(ctx)["remember"] == ""  # a draft: kept with the session only by Keep

    ctx.windows.forget(NAME)  # the next start, after a kill: built afresh
    bring_back_drafts(ctx)
    again = opened(ctx, qtbot)
    assert again is not window
    assert again.remember.toPlainText() == REMEMBER
    assert again.remember.textCursor().atEnd()  # typing goes on after them
    assert again.kept.isVisible() and "not saved yet" in again.kept.text()
    again.keep.click()
    assert saved_note(ctx)["remember"] == REMEMBER
    assert not again.kept.isVisible()
    qtbot.waitUntil(lambda: NAME not in on_disk(ctx), timeout=SOON)


def test_words_kept_with_their_session_as_the_window_closed_never_come_back_as_a_draft(
    ctx: AppContext, qtbot: QtBot
) -> None:
    bring_back_drafts(ctx)
    ctx.store.add(Session(day="2026-12-01", time="17:00", every="1w", therapist="Ana"))
    window = opened(ctx, qtbot)
    qtbot.keyClicks(window.to_try, "A walk after lunch")
    assert keep_drafts(ctx)  # a quit: the drafts first (shutdown), then the windows close
    assert on_disk(ctx)[NAME]["try"] == "A walk after lunch"
    window.close()  # closing keeps the words with the session
    assert saved_note(ctx)["try"] == "A walk after lunch"

    ctx.windows.forget(NAME)  # the next start
    bring_back_drafts(ctx)
    again = opened(ctx, qtbot)
    assert again.to_try.toPlainText() == "A walk after lunch"  # as saved
    assert not again.kept.isVisible()
    assert not again.to_try.document().isModified()
    qtbot.waitUntil(lambda: NAME not in on_disk(ctx), timeout=SOON)


def test_a_draft_comes_back_on_its_own_session_not_on_a_later_one(
    ctx: AppContext, qtbot: QtBot
) -> None:
    bring_back_drafts(ctx)
    ana = ctx.store.add(Session(day="2026-12-01", time="17:00", therapist="Ana"))
    ctx.windows.drafts[NAME] = {
        "session": ana.id,
        "key": "2026-12-01",
        "remember": REMEMBER,
        "try": "",
    }
    ctx.store.add(Session(day="2026-12-07", time="09:00", therapist="Bo"))  # later, over
    window = opened(ctx, qtbot)
    assert window.occurrence is not None and window.occurrence.session.id == ana.id
    assert window.remember.toPlainText() == REMEMBER
    assert window.kept.isVisible()
