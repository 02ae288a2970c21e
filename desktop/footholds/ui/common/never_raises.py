"""`never_raises`: an event filter whose mistake is written to the log, never a closed app.

An exception raised inside a Python `eventFilter` can take the whole process down in
PySide6 (a segmentation fault: one "²" typed into a time field did it), with the person's
unsaved words. Every event filter in the app is wrapped in this (a test checks): a filter
that fails lets the event go on as if it were not there, and the log keeps the traceback."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar, cast

log = logging.getLogger(__name__)

Filter = TypeVar("Filter", bound=Callable[..., bool])


def never_raises(method: Filter) -> Filter:
    """`method`, an `eventFilter(self, watched, event)`, made to answer False (the event goes
    on) and log the traceback where it would have raised."""

    @functools.wraps(method)
    def guarded(*args: Any) -> bool:
        try:
            return method(*args)
        except Exception:
            log.exception("%s failed; the event goes on unfiltered", method.__qualname__)
            return False

    return cast(Filter, guarded)
