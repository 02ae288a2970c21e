"""pytest-qt fixtures: a fully built AppContext on a private FOOTHOLDS_HOME, offscreen."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from putting_away import put_away
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from widget_leaks import LeftWindows

from footholds.app.build import AppContext, build, make_qapp
from footholds.core.paths import Paths
from footholds.platform.lockfile import take_lock


def _unanswered(_parent: object, question: str, _action: str) -> bool:
    """A window asked to confirm and the test gave no answer: a real dialog would wait
    offscreen for a click that never comes, until the whole run times out."""
    raise AssertionError(f"asked {question!r}: answer with monkeypatch on ctx.prompter.confirm")


@pytest.fixture(autouse=True)
def helplines_checked_lately(monkeypatch: pytest.MonkeyPatch) -> None:
    """Get help now judges its numbers' age on crisis_lines.today(): a week after they were
    checked here, as on the day they ship. On the real calendar they grow a year old (from
    23 November 2027) and every window with lines says so, which tests of their words did
    not expect. A test of that notice sets its own day."""
    from footholds.core import crisis
    from footholds.ui.help import crisis_lines

    fresh = date.fromisoformat(crisis.data_checked()) + timedelta(days=7)
    monkeypatch.setattr(crisis_lines, "today", lambda: fresh)


@pytest.fixture(autouse=True)
def no_button_left_held(qapp: QApplication) -> Iterator[None]:
    """A double-click that closes its window sends the last release to a window no longer
    shown, so Qt goes on thinking the button is held, and the next test's focus counts as
    a click (no focus ring). A real desktop's next pointer move mends it; here, let go."""
    yield
    held = QApplication.mouseButtons()
    if held != Qt.MouseButton.NoButton:
        spare = QWidget()
        spare.show()
        QTest.mouseRelease(spare, held)
        spare.close()
        spare.deleteLater()
        assert QApplication.mouseButtons() == Qt.MouseButton.NoButton


@pytest.fixture(autouse=True)
def windows_left(qapp: QApplication) -> Iterator[LeftWindows]:
    """Fails a test that leaves a window it built alive with nothing to put it away (see
    widget_leaks.py); the GUI fixture looks first, before its collection."""
    left = LeftWindows()
    yield left
    left.sweep()
    if left.verdict():
        pytest.fail(left.verdict(), pytrace=False)


@pytest.fixture
def ctx(
    qapp: QApplication, footholds_home: Path, windows_left: LeftWindows
) -> Iterator[AppContext]:
    paths = Paths.from_env()
    paths.ensure()
    lock = take_lock(paths.lock_file)
    assert lock is not None
    context = build(make_qapp([]), paths, lock)
    context.prompter.confirm = _unanswered  # type: ignore[method-assign,assignment]
    yield context
    put_away(context)
    # what reminders.start() and wire() left running would go on answering with this closed
    # store in a later test (a tick, a session offer, a retry of pending saves)
    context.reminders.timer.stop()
    for timer in context.app.property("footholds_timers") or []:
        shiboken6.delete(timer)
    context.app.setProperty("footholds_timers", None)
    context.server.close()
    context.store.close()
    context.tray.icon.hide()
    lock.unlock()
    # The context is held in cycles (the socket's handler, the tray's quit), so Python's
    # collector would free its tray, menu and windows at some moment of a later test: once
    # inside Qt setting the next tray's icon, where a Python event filter ran the collector,
    # the run died (segfault in build's refresh_icon). Freed here, at a moment of our own.
    tray = context.tray
    for qt_object in (tray.menu, tray.icon, tray):
        if shiboken6.isValid(qt_object):
            shiboken6.delete(qt_object)
    del context, tray
    # what the test built and left is found, and deleted, before the collector could free it
    windows_left.sweep()
    gc.collect()


@pytest.fixture
def said_yes(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers "Remove" to every removal question; the list holds the questions asked."""
    asked: list[str] = []

    def confirm(_parent: object, question: str, _action: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(ctx.prompter, "confirm", confirm)
    return asked
