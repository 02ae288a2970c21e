"""Windows a test built and left behind, found before the fixture's collection.

A top-level widget (a window or dialog with no parent) that only a Python name holds is freed
by Python's collector at a moment of its own: inside the GUI fixture's `gc.collect()`, after
the app's state moved on, full runs died there (a segmentation fault in the teardown). A test
hands what it builds to qtbot (`qtbot.addWidget`, which deletes it in order) or gives it a
parent; this check names what was left, so the test says so instead of a later run dying.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from footholds.ui.common.top_windows import top_windows


def _address(widget: QWidget) -> int:
    return int(shiboken6.getCppPointer(widget)[0])


class LeftWindows:
    """The top-level widgets alive when a test started, to tell them from the test's own."""

    def __init__(self) -> None:
        self.before = {_address(widget) for widget in top_windows()}
        self.found: list[str] = []

    def sweep(self) -> list[str]:
        """Delete the parentless top-level widgets built from Python since the start and
        still alive (what qtbot and the fixtures put away is gone by now); their classes,
        one line each, are kept in `found` and returned. Qt's own (a tooltip), made in C++,
        are Qt's to put away."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        left = [
            widget
            for widget in top_windows()
            if widget.parent() is None
            and shiboken6.createdByPython(widget)
            and _address(widget) not in self.before
        ]
        names = [_described(widget) for widget in left]
        for widget in left:
            if shiboken6.isValid(widget):  # not a child of one deleted just before
                shiboken6.delete(widget)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        self.found += names
        return names

    def verdict(self) -> str:
        """What to fail the test with, or empty when it left nothing behind."""
        if not self.found:
            return ""
        listed = "\n  ".join(self.found)
        return (
            "the test left top-level widgets alive that nothing put away; Python's collector "
            "would free them at a moment of its own (a segmentation fault in a later "
            "teardown). Hand each to qtbot (qtbot.addWidget) or give it a parent:\n  " + listed
        )


def _described(widget: QWidget) -> str:
    cls = type(widget)
    name = f"{cls.__module__}.{cls.__qualname__}"
    extra = [f"objectName={widget.objectName()!r}"] if widget.objectName() else []
    if widget.windowTitle():
        extra.append(f"title={widget.windowTitle()!r}")
    extra.append("shown" if widget.isVisible() else "hidden")
    return f"{name} ({', '.join(extra)})"
