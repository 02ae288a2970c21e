"""A tiny observer: the core announces, adapters listen (no Qt here)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, ParamSpec

P = ParamSpec("P")
log = logging.getLogger(__name__)


class EventHook(Generic[P]):
    """A list of callbacks fired in order; one failing listener never stops the others."""

    def __init__(self) -> None:
        self._handlers: list[Callable[P, object]] = []

    def connect(self, handler: Callable[P, object]) -> None:
        self._handlers.append(handler)

    def disconnect(self, handler: Callable[P, object]) -> None:
        self._handlers.remove(handler)

    def fire(self, *args: P.args, **kwargs: P.kwargs) -> None:
        for handler in list(self._handlers):
            try:
                handler(*args, **kwargs)
            except Exception:  # a broken listener must not take the core down
                log.exception("event handler %r failed", handler)
