"""The check-in window over a long stretch: one rebuild per change, never a loop of them, old
pages freed, no sideways scrolling, and a preview cut to the latest of each list while saving
keeps everything."""

from __future__ import annotations

import gc
import weakref
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from checkin_support import opened_checkin
from PySide6.QtCore import QCoreApplication, QEvent, QPoint
from pytestqt.qtbot import QtBot

from checkin_clock import checkin_on
from footholds.app.build import AppContext
from footholds.core import checkin
from footholds.core.store import LogEntry
from footholds.render.paper import to_qdate
from footholds.ui.reflect.checkin import CheckinWindow

TODAY = date(2026, 3, 16)
DAYS = 400


@pytest.fixture
def long_window(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> CheckinWindow:
    tz = UTC
    ctx.store.add_many(
        LogEntry(
            at=datetime.combine(TODAY - timedelta(days=n), datetime.min.time(), tz)
            + timedelta(hours=12),
            feelings=["tired"],
            energy=2 + n % 3,
            note=f"Note {n}: a walk to the corner shop and back, the air helped a little.",
            trigger=f"Trigger {n}: the critic was loud again when the email came in.",
            tried=f"Tried {n}",
            helped=f"Helped {n}",
        )
        for n in range(DAYS)
    )
    checkin_on(monkeypatch, TODAY)
    win = opened_checkin(ctx, qtbot)
    win.resize(1040, 720)
    qtbot.wait(400)  # the opening build, and any resize of the first show, settle
    return win


def counting(win: CheckinWindow, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    builds: list[int] = []
    real = win.refresh

    def refresh() -> None:
        builds.append(1)
        real()

    monkeypatch.setattr(win, "refresh", refresh)
    return builds


def test_one_span_change_builds_the_preview_once(
    long_window: CheckinWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Picking a long span rebuilt the preview for ever: each new page toggled the scroll
    bar, which resized the viewport, which started the rebuild timer again."""
    win = long_window
    builds = counting(win, monkeypatch)
    win.first.setDate(to_qdate(TODAY - timedelta(days=DAYS)))
    qtbot.waitUntil(lambda: len(builds) >= 1, timeout=3000)
    qtbot.wait(1000)
    assert len(builds) == 1
    # the page wraps: never a sideways scroll bar under it
    assert not win.preview.horizontalScrollBar().isVisible()
    # a height change (the note above it, a taller window) does not rebuild either
    win.resize(win.width(), win.height() - 60)
    qtbot.wait(500)
    assert len(builds) == 1


def test_rebuilding_frees_the_old_pages(long_window: CheckinWindow) -> None:
    """Each rebuild kept the page before it, with its chart: gigabytes after minutes."""
    win = long_window
    gone = weakref.ref(win.preview.document())
    for _ in range(8):
        win.refresh()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    pages = [c for c in win.preview.children() if c.metaObject().className() == "QTextDocument"]
    assert len(pages) <= 2  # the one shown, and at most the editor's own empty one
    assert win.preview.document() in pages
    assert gone() is None or gone() not in pages


def test_long_preview_shows_the_latest_and_saving_keeps_all(
    long_window: CheckinWindow, tmp_path: Path
) -> None:
    win = long_window
    win.first.setDate(to_qdate(TODAY - timedelta(days=DAYS)))
    win.refresh()
    text = win.preview.toPlainText()
    assert "Trigger 0:" in text  # the latest (today's)
    assert f"Trigger {DAYS - 1}:" not in text  # the oldest is only in what is saved
    assert f"Trigger {checkin.PREVIEW_MOST}:" not in text
    assert win.preview_note.isVisible()
    assert "Saving or printing keeps everything" in win.preview_note.text()
    saved = tmp_path / "summary.md"
    assert win.output.export_to(saved)
    kept = saved.read_text(encoding="utf-8")
    assert all(f"Trigger {n}:" in kept for n in range(DAYS))
    # a short stretch shows everything, and says nothing about it
    win.first.setDate(to_qdate(TODAY - timedelta(days=13)))
    win.refresh()
    assert not win.preview_note.isVisible()


def preview_top(win: CheckinWindow) -> int:
    return win.preview.mapTo(win, QPoint(0, 0)).y()


@pytest.mark.parametrize("entries", [True, False])
def test_the_preview_stays_put_over_a_long_span(
    ctx: AppContext,
    long_window: CheckinWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    entries: bool,
) -> None:
    """Over more than a year, "Putting it together…" came above the preview at every change,
    pushed it down a line, and went, the preview snapping back: even for a part ticked, whose
    entries were read already. Its room is kept now, and it shows only for a read."""
    win = long_window
    if not entries:  # a long span with little in it: the page is not cut, nothing said
        win.first.setDate(to_qdate(TODAY - timedelta(days=DAYS + 400)))
        win.last.setDate(to_qdate(TODAY - timedelta(days=DAYS + 1)))
    else:
        win.first.setDate(to_qdate(TODAY - timedelta(days=DAYS)))
    builds = counting(win, monkeypatch)
    qtbot.waitUntil(lambda: len(builds) >= 1, timeout=3000)
    qtbot.wait(200)
    top, said = preview_top(win), []
    real = win.preview_note.setText
    monkeypatch.setattr(win.preview_note, "setText", lambda text: (said.append(text), real(text)))
    win.sections["wins"].setChecked(False)  # read already: rebuilt at once, quietly
    qtbot.waitUntil(lambda: len(builds) >= 2, timeout=3000)
    assert preview_top(win) == top
    assert "Putting it together…" not in said
    ctx.store.add(LogEntry(at=datetime(2026, 3, 16, 12, tzinfo=UTC), note="a warm shower"))
    qtbot.waitUntil(lambda: "Putting it together…" in said, timeout=3000)
    qtbot.wait(0)
    assert preview_top(win) == top  # said in its own room
    qtbot.waitUntil(lambda: len(builds) >= 3, timeout=3000)
    assert preview_top(win) == top
