"""Wait for a window to come to rest, not for a fixed time.

A fixed `qtbot.wait(N)` reads whatever the event loop reached in N ms. On a quiet machine
the layout has settled by then; on CI's two busy cores it may be half-way there: a layout
request still posted, a `QTimer.singleShot(0)` refit not yet run, a label not yet at the
height its new words need. `settle` runs the event loop until nothing in the window moves
any more, so a test reads where things came to rest, and a "nothing moved" check compares
rest with rest: something that does move still shows, only later and for certain.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPoint, QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

Place = tuple[bool, QPoint, QSize]


def placement(window: QWidget) -> list[Place]:
    """Whether each part of `window` is shown, where it is in the window, and its size."""
    origin = QPoint(0, 0)
    parts = [window, *window.findChildren(QWidget)]
    return [(part.isVisible(), part.mapTo(window, origin), part.size()) for part in parts]


def settle(qtbot: QtBot, window: QWidget, *, passes: int = 2, timeout_ms: int = 10_000) -> None:
    """Run the event loop until every part of `window` keeps its place, size and visibility
    over `passes` passes in a row. Each pass lays out what asked to be, then runs the event
    loop for a few milliseconds (posted events, zero-time refits, deferred deletes)."""
    deadline = time.monotonic() + timeout_ms / 1000
    before = placement(window)
    still = 0
    while still < passes:
        # only the layout requests: sent from outside an event loop, any other posted events
        # would include a deleteLater, which Qt then never carries out
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        qtbot.wait(5)
        now = placement(window)
        still = still + 1 if now == before else 0
        before = now
        if time.monotonic() > deadline:
            raise AssertionError(f"{type(window).__name__} was still moving after {timeout_ms} ms")
