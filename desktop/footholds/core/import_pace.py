"""Asking whether to stop, often, while a file is read or imported (core/importers), and
keeping long pauses out of it, so that a Cancel pressed in the window works at once. No Qt.

A window passes a `stop` function that handles the clicks made meanwhile and says whether
Cancel was one of them. It is asked every STOP_EVERY rows or objects, every megabyte read and
before each file is saved: a few hundredths of a second apart at most.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

Stop = Callable[[], bool]
STOP_EVERY = 1_000  # rows between two asks: about 20 ms of reading or checking


class Asked:
    """`stop`, asked (when there is one) until it first says yes, and remembered from then."""

    def __init__(self, stop: Stop | None) -> None:
        self.stop, self.said = stop, False

    def __call__(self) -> bool:
        if not self.said and self.stop is not None:
            self.said = bool(self.stop())
        return self.said


class Stopped(Exception):
    """`stop` said so while a JSON file was parsed."""


def parse(text: str, stop: Stop | None) -> Any:
    """The JSON document `text`. Parsing a big export whole takes a second or more, so with
    a `stop` it is asked every STOP_EVERY objects parsed (raising Stopped when it says so)."""
    if stop is None:
        return json.loads(text)
    parsed = 0

    def each(obj: dict[str, Any]) -> dict[str, Any]:
        nonlocal parsed
        parsed += 1
        if parsed % STOP_EVERY == 0 and stop():
            raise Stopped
        return obj

    return json.loads(text, object_hook=each)


def read_all(file: io.RawIOBase, stop: Stop | None) -> bytes:
    """All of `file`, a megabyte at a time, asking `stop` between them (what was read so far
    when it says so)."""
    chunks = []
    while chunk := file.read(1 << 20):
        chunks.append(chunk)
        if stop is not None and stop():
            break
    return b"".join(chunks)


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """No cyclic garbage collection meanwhile: over a big export's millions of parsed objects
    one full collection paused the work for up to a third of a second (a Cancel waited that
    long), and reading and adding records makes no cycles for it to free."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class Running:
    """The imports windows of this process are running now (one, or one started in another
    window meanwhile). Whatever would close or seal the store (Lock now) asks them to stop and
    waits: each stops between two month files, each saved whole, and what came in stays."""

    def __init__(self) -> None:
        self.stops: list[Callable[[], None]] = []  # each asks one running import to stop
        self.then: list[Callable[[], object]] = []  # to run once they have all stopped

    def __bool__(self) -> bool:
        return bool(self.stops)

    def begin(self, stop: Callable[[], None]) -> None:
        self.stops.append(stop)

    def end(self, stop: Callable[[], None]) -> list[Callable[[], object]]:
        """One is over: what waited for them all, to run now (when it was the last)."""
        if stop in self.stops:
            self.stops.remove(stop)
        if self.stops:
            return []
        waiting, self.then = self.then, []
        return waiting

    def after(self, then: Callable[[], object]) -> bool:
        """Run `then` once the imports have stopped (asking them to stop now): True when one
        is running, False when there is none to wait for."""
        if not self.stops:
            return False
        self.then.append(then)
        for stop in list(self.stops):
            stop()
        return True


RUNNING = Running()
