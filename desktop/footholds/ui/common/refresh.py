"""One refresh-on-change policy for every window that shows stored things.

- Watched: only the record kinds (and setting names) the window shows.
- Debounced: many changes in one action (an import, an undo) make one refresh.
- Only while visible: a hidden window does no work; it is marked stale and refreshes the
  moment it is shown again.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from footholds.ui.common.never_raises import never_raises
from footholds.ui.common.weak import is_bound, weak_method

if TYPE_CHECKING:
    from footholds.ui.common.bridge import CoreSignals

DEBOUNCE_MS = 120


class Refresher(QObject):
    """Calls `refresh` after a watched change, at most once per burst, only while `window`
    is visible. Owned by the window: it goes when the window goes. It holds the window, and
    `refresh` when that is a method (the window's or a part's), only weakly: the window holds
    it, and a cycle left a closed window to Python's collector (ui/common/weak.py)."""

    def __init__(
        self,
        window: QWidget,
        signals: CoreSignals,
        refresh: Callable[[], None],
        *,
        kinds: Iterable[str] = (),
        settings: Iterable[str] = (),
        delay_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(window)
        self._window = weakref.ref(window)
        self.refresh = weak_method(refresh) if is_bound(refresh) else refresh
        self.kinds = frozenset(kinds)
        self.settings = frozenset(settings)
        self.stale = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        signals.store_changed.connect(self._on_store_changed)
        signals.setting_changed.connect(self._on_setting_changed)
        window.installEventFilter(self)

    def mark(self) -> None:
        """Something the window shows changed: refresh soon if it is on screen, else when
        it is next shown."""
        self.stale = True
        window = self._window()
        if window is not None and window.isVisible():
            self.timer.start()

    def fresh(self) -> None:
        """The window has just read everything again by its own route: nothing is pending
        (a change it made itself, or one it has already followed, is not read twice)."""
        self.timer.stop()
        self.stale = False

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While a window is taken apart, Qt can still hand its events to this filter after
        # PySide has let go of this object's Python side (its attributes are gone): then
        # there is nothing left to refresh. Seen now and then in full test runs.
        held = self.__dict__.get("_window")
        window = held() if held is not None else None
        if window is not None and watched is window:
            if event.type() == QEvent.Type.Show and self.stale:
                self._refresh_now()
            elif event.type() == QEvent.Type.Hide:
                self.timer.stop()  # no work while hidden; `stale` remembers
        return False

    def _on_store_changed(self, kind: str) -> None:
        if kind in self.kinds:
            self.mark()

    def _on_setting_changed(self, name: str, _value: Any) -> None:
        if name in self.settings:
            self.mark()

    def _on_timer_timeout(self) -> None:
        window = self._window()
        if window is not None and window.isVisible():
            self._refresh_now()

    def _refresh_now(self) -> None:
        self.timer.stop()
        self.stale = False
        self.refresh()
