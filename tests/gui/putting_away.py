"""Putting away the windows the app's own parts hold for a context a test built.

The window registry's windows, its fallback window, the reminders' card and an unlock dialog
still up belong to the app, not to the test: what builds the context (the `ctx` fixture,
lock_starting.stop) closes and deletes them, before the check for windows a test left
behind (widget_leaks.py) and before the fixture's collection.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from footholds.app.build import AppContext
from footholds.ui.common.top_windows import top_windows


def put_away(context: AppContext) -> None:
    """Close every window still up and delete those the app's parts hold for `context`."""
    context.windows.close_all()
    # Dialogs a test left open would become the next test's modal window (an unlock dialog
    # put away so deletes itself).
    for widget in top_windows():
        if shiboken6.isValid(widget) and widget.isVisible():
            widget.close()
    # a window put away holding words (or a strip's Undo) would otherwise outlive the test,
    # its timers answering later with this closed store. Let go of through the registry, so
    # nothing there (the drafts' timer) reads one deleted: the quick log, kept for the app's
    # life, has no release of its own
    for name, window in context.windows.open_windows().items():
        if shiboken6.isValid(window):
            context.windows.forget(name)
    held: list[QWidget | None] = [context.windows.fallback]  # the stand-in for a missing tray
    held.append(context.reminders.presenter._card)  # the one card, kept for the app's life
    for kept in held:
        if kept is not None and shiboken6.isValid(kept):
            kept.deleteLater()
    # what the windows handed to deleteLater goes now, not half-way through the next test's
    # app-wide restyle
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
