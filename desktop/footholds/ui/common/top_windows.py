"""The application's top-level widgets, read safely.

`QApplication.topLevelWidgets()` copies Qt's list of windows, then makes a Python wrapper
for each. Making those wrappers allocates, and an allocation can start Python's cyclic
collector; a window the app has let go of, held only in a Python cycle, is then freed in the
middle, and the rest of the copied list points at a window that is gone: the process died
(seen in the test suite, at random, where a test's clean-up walks the windows). With the
collector held while the list is read, every window in it is alive when it is wrapped;
what it frees later is seen through `isValid`.
"""

from __future__ import annotations

import gc
from typing import Protocol

from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid


class Windows(Protocol):
    def topLevelWidgets(self) -> list[QWidget]: ...


def top_windows(app: Windows | None = None) -> list[QWidget]:
    """Every top-level widget of `app` (the running application) alive now: windows,
    dialogs, menus and tooltips."""
    if app is None:
        running = QApplication.instance()
        if not isinstance(running, QApplication):
            return []
        app = running
    was_on = gc.isenabled()
    gc.disable()
    try:
        found = app.topLevelWidgets()
    finally:
        if was_on:
            gc.enable()
    return [window for window in found if isValid(window)]
