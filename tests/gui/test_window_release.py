"""Closed windows are released (their memory comes back) and open afresh; the quick log is
kept; a window holding words typed and not saved is only hidden."""

from __future__ import annotations

import sys
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from footholds.app.build import AppContext
from footholds.platform import memory
from footholds.ui.shell import windows as windows_module
from footholds.ui.shell.registry import names


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.mark.parametrize("name", [n for n in names() if n not in windows_module.KEPT])
def test_a_closed_window_is_released_and_opens_again_afresh(ctx: AppContext, name: str) -> None:
    manager = ctx.windows
    first = manager.show(name)
    first.built_before = True  # type: ignore[attr-defined]  # a mark only the first build carries
    assert manager.is_visible(name)
    first.close()
    flush_deletes()
    assert not manager.is_built(name) and not manager.is_visible(name)
    assert not isValid(first)  # destroyed: its memory can come back
    del first
    again = manager.show(name)
    assert again.isVisible() and manager.is_built(name)
    assert not hasattr(again, "built_before")  # built afresh, not the old one kept
    again.close()
    flush_deletes()
    assert not isValid(again)


def test_the_quick_log_is_kept(ctx: AppContext) -> None:
    window = ctx.windows.show("quick-log")
    window.close()
    flush_deletes()
    assert ctx.windows.is_built("quick-log") and ctx.windows.get("quick-log") is window
    assert isValid(window)


def test_words_typed_and_not_saved_keep_the_window(ctx: AppContext) -> None:
    window = ctx.windows.show("reach-out")
    field = next(f for f in window.findChildren(QLineEdit) if not f.isReadOnly())
    QTest.keyClicks(field, "call my sister")
    window.close()
    flush_deletes()
    assert ctx.windows.is_built("reach-out") and isValid(window)
    assert ctx.windows.show("reach-out") is window and field.text() == "call my sister"


def test_the_reminder_hold_ends_when_the_help_windows_are_released(ctx: AppContext) -> None:
    # Reminders wait while Tough day or Get help now is open; released on close, the windows
    # must still end that wait (the quiet half hour after starts), not leave it held forever.
    hold = ctx.reminders.scheduler._help
    shown = [ctx.windows.show(name) for name in ("tough-day", "help-now")]
    assert hold._open == {"tough-day", "help-now"}
    for window in shown:
        window.close()
    flush_deletes()
    assert not ctx.windows.is_built("tough-day") and not ctx.windows.is_built("help-now")
    assert not any(isValid(window) for window in shown)
    assert hold._open == set() and hold._until is not None
    ctx.windows.show("help-now")  # built afresh: holds again
    assert hold._open == {"help-now"}


def test_memory_is_given_back_after_the_last_release(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bool] = []
    # long enough that three closes land inside it even on a loaded machine (CI runs two
    # cores busy), short enough to keep the test quick
    monkeypatch.setattr(windows_module, "GIVE_BACK_AFTER_MS", 2000)
    monkeypatch.setattr(memory, "give_back", lambda: True)
    flush_deletes()
    # Counted at this manager's timer: one connected after this point. A window manager of an
    # earlier test may still have a give-back pending (its timer holds the real function),
    # and that one must not count here.
    monkeypatch.setattr(windows_module, "give_back_memory", lambda: calls.append(True))
    # all three built first, then closed together: building one can take longer than the
    # debounce on a loaded machine, and the test is about the closes
    shown = [ctx.windows.show(name) for name in ("about", "affirmation", "today")]
    for window in shown:
        window.close()
    flush_deletes()
    qtbot.waitUntil(lambda: bool(calls), timeout=12000)
    qtbot.wait(300)
    # debounced: fewer trims than releases (one, on a quiet machine; a release that lands
    # after the timer on a loaded one makes a second)
    assert 1 <= len(calls) < 3


def test_giving_back_lets_go_of_drawn_pixmaps(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QPixmap, QPixmapCache

    from footholds.ui.common import icons

    monkeypatch.setattr(memory, "give_back", lambda: True)
    icons.ui_icon("add").pixmap(24, 24)  # drawn once, kept for the next paint
    assert icons._TINTED
    QPixmapCache.insert("footholds-test", QPixmap(8, 8))
    windows_module.give_back_memory()
    assert not icons._TINTED
    assert QPixmapCache.find("footholds-test") is None  # type: ignore[call-overload]  # str keys
    assert not icons.ui_icon("add").pixmap(24, 24).isNull()  # drawn again when asked


def test_give_back_trims_on_glibc() -> None:
    trimmed = memory.give_back()
    glibc = sys.platform.startswith("linux") and memory.malloc_trim() is not None
    assert trimmed is glibc
    if sys.platform.startswith("linux"):
        import platform

        if platform.libc_ver()[0] == "glibc":
            assert memory.malloc_trim() is not None


def test_a_language_change_just_before_settings_closes_does_not_reach_the_gone_window(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = ctx.windows.show("settings")
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))  # rebuild queued
    window.close()
    flush_deletes()
    assert not ctx.windows.is_built("settings")
    qtbot.wait(50)  # the queued rebuild's turn: it must not run on the deleted window


def test_a_released_settings_window_leaves_no_lock_part_behind(ctx: AppContext) -> None:
    # The lock outlives every window: a lambda connected to its signal kept each released
    # Settings page's lock part (and its buttons) alive, and a later lock change reached it.
    import gc
    import weakref

    from footholds.ui.settings.settings_window import SettingsWindow

    window = cast(SettingsWindow, ctx.windows.show("settings"))
    part = weakref.ref(window.lock_part)  # its page is built when asked for
    assert part() is not None
    window.close()
    flush_deletes()
    del window
    gc.collect()
    assert not ctx.windows.is_built("settings")
    assert part() is None
    ctx.locker.changed.emit(False)  # nothing released is reached


def test_giving_back_leaves_qts_font_cache_alone(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # QFont.cleanup() is Qt's shutdown step; called while windows live, a full run crashed.
    from PySide6.QtGui import QFont

    monkeypatch.setattr(memory, "give_back", lambda: True)
    cleaned: list[bool] = []
    monkeypatch.setattr(QFont, "cleanup", lambda: cleaned.append(True))
    windows_module.give_back_memory()
    assert cleaned == []


def test_make_qapp_steadies_the_heap_too(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.app import build as build_module

    calls: list[bool] = []
    monkeypatch.setattr(memory, "steady_heap", lambda: calls.append(True) or True)
    assert build_module.make_qapp([]) is qapp
    assert calls == [True]


def test_a_release_after_the_give_back_timer_is_gone_is_quiet(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At quit, Python's teardown can delete the timer before Qt destroys the last windows;
    a release then must not raise (it did, into the log, on every quit)."""
    import shiboken6

    monkeypatch.setattr(memory, "give_back", lambda: True)
    ctx.windows.show("about").close()
    flush_deletes()
    timer = ctx.windows._give_back
    assert timer is not None
    shiboken6.delete(timer)
    ctx.windows.show("affirmation").close()
    flush_deletes()  # raised RuntimeError inside the destroyed handler before
    assert ctx.windows._give_back is not None and shiboken6.isValid(ctx.windows._give_back)
    assert ctx.windows._give_back.isActive()
