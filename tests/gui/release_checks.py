"""Checking that a window is freed as it is released, by reference counts alone: a window
left in a reference cycle is freed later by the garbage collector, possibly part-way through
Qt's own work, and an earlier one crashed the app (see test_window_no_cycle.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent


def flush_deletes() -> None:
    """Carry out the deleteLater calls made so far, as the event loop would."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@contextmanager
def collector_off() -> Iterator[None]:
    """Only reference counts may free anything inside: what was garbage before is gone first,
    so nothing freed inside is freed by the collector."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
