"""The one adapter that turns the core's plain events into Qt signals for widgets."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QObject, Signal

from footholds.core.settings import Settings
from footholds.core.store import Store
from footholds.ui.common.i18n import notice_text


class CoreSignals(QObject):
    """Widgets connect here, never to core hooks directly."""

    store_changed = Signal(str)  # a record kind
    notice = Signal(str)  # a plain sentence the person should see
    setting_changed = Signal(str, object)
    # entries a save could only keep in memory reached the disk at last (app watch_pending)
    pending_saved = Signal()
    # the person has the after-session window open on a session (its id, the occurrence's
    # day): its "After your session" offer is not made or left on screen (session_offers)
    session_notes_opened = Signal(str, str)

    def __init__(self, store: Store, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held: set[str] | None = None  # kinds an import changed, told at its end
        store.changed.connect(self._on_store_changed)
        # in the interface language now: a signal carries a plain str, not core's Notice
        store.notice.connect(self._on_notice)
        settings.changed.connect(self._on_setting_changed)

    def _on_store_changed(self, kind: str) -> None:
        if self._held is not None:
            self._held.add(kind)
            return
        self.store_changed.emit(kind)

    def _on_notice(self, message: str) -> None:
        if self._held is None:  # an import's own saves say what they must in its window
            self.notice.emit(notice_text(message))

    @contextlib.contextmanager
    def holding(self) -> Iterator[None]:
        """An import's saves (one per month file, thousands of entries): windows are told
        once per kind at the end, not at each save."""
        outer, self._held = self._held, set()
        try:
            yield
        finally:
            held, self._held = self._held, outer
            for kind in sorted(held or ()):
                self._on_store_changed(kind)

    @contextlib.contextmanager
    def meanwhile(self) -> Iterator[None]:
        """What other windows save while an import pauses for them: told at once, as always."""
        held, self._held = self._held, None
        try:
            yield
        finally:
            self._held = held

    def _on_setting_changed(self, name: str, value: Any) -> None:
        self.setting_changed.emit(name, value)
