"""Opens the app's windows by name, building each once and keeping a reference to it."""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from footholds.ui.registry import BY_NAME

if TYPE_CHECKING:
    from footholds.app import AppContext

log = logging.getLogger(__name__)


class WindowManager:
    """Builds windows lazily (start-up stays fast) and raises an open one instead of
    opening it twice."""

    def __init__(self) -> None:
        self._ctx: AppContext | None = None
        self._open: dict[str, QWidget] = {}
        self.fallback: QWidget | None = None  # the stand-in for a missing tray, if one opened

    def attach(self, ctx: AppContext) -> None:
        """Windows need the context; the context holds this manager. Called once in main()."""
        self._ctx = ctx

    def available(self, name: str) -> bool:
        return name in BY_NAME

    def get(self, name: str) -> QWidget:
        """The window called `name`, built on first use."""
        if name not in self._open:
            if self._ctx is None:
                raise RuntimeError("WindowManager used before the context was attached")
            module_name, _, class_name = BY_NAME[name].target.partition(":")
            cls = getattr(importlib.import_module(module_name), class_name)
            self._open[name] = cls(self._ctx)
        return self._open[name]

    def prebuild(self, name: str) -> None:
        """Build a window ahead of time so opening it later is instant."""
        if self.available(name):
            self.get(name)

    def show(self, name: str, **options: Any) -> QWidget:
        """Show, raise and focus a window; windows may take options through `present`."""
        window = self.get(name)
        present = getattr(window, "present", None)
        if callable(present):
            present(**options)
        else:
            from PySide6.QtCore import Qt  # not at import: the tray icon comes first

            window.show()
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.raise_()
            window.activateWindow()
        return window

    def is_visible(self, name: str) -> bool:
        window = self._open.get(name)
        return bool(window and window.isVisible())

    def close_all(self) -> None:
        for window in self._open.values():
            window.close()
