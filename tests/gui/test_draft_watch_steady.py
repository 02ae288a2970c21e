"""Words typed without a pause still reach the drafts file every few seconds: steady typing
for several seconds, then a kill -9, loses at most the last few seconds
(ui/shell/draft_watch.py KEEP_AT_MOST_MS)."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.app.quitting import bring_back_drafts
from footholds.core import drafts
from footholds.ui.journal.quick_log import QuickLogWindow
from footholds.ui.shell.draft_watch import KEEP_AFTER_MS, KEEP_AT_MOST_MS


def test_steady_typing_reaches_the_disk_before_it_stops(ctx: AppContext, qtbot: QtBot) -> None:
    assert KEEP_AFTER_MS < KEEP_AT_MOST_MS <= 5000
    bring_back_drafts(ctx)
    window = ctx.windows.show("quick-log")
    assert isinstance(window, QuickLogWindow)
    note = window.form.note
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    kept_while_typing: list[str] = []
    started = time.monotonic()
    while time.monotonic() - started < 8.0:  # a key every 300 ms, never a 2 s pause
        qtbot.keyClicks(note, "a")
        qtbot.wait(300)
        if ctx.paths.drafts_file.exists():
            found = drafts.take(ctx.paths.drafts_file).get("quick-log")
            if found is not None:
                kept_while_typing.append(str(found["note"]))
    assert kept_while_typing  # kept before the typing stopped
    assert len(set(kept_while_typing)) <= 3  # every few seconds, never at each key
    assert ctx.windows.typing is not None
