"""The one adapter that turns the core's plain events into Qt signals for widgets."""

from __future__ import annotations

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

    def __init__(self, store: Store, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        store.changed.connect(self.store_changed.emit)
        # in the interface language now: a signal carries a plain str, not core's Notice
        store.notice.connect(lambda message: self.notice.emit(notice_text(message)))
        settings.changed.connect(self._on_setting_changed)

    def _on_setting_changed(self, name: str, value: Any) -> None:
        self.setting_changed.emit(name, value)
