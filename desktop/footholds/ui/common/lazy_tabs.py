"""Tabs whose pages are built the first time they are shown.

A window with many pages (Settings has ten) used to build them all when it opened. The
person looks at one or two, and the rest were widgets and C heap that stayed behind after the
window closed. Here each tab starts as an empty scrolling area; its page is made when the tab
first becomes current, or when code asks for it by name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from footholds.ui.common.focus_follow import follow_keyboard_focus


class LazyTabs(QTabWidget):
    """A QTabWidget of scrolling pages, each built on first show."""

    page_built = Signal(str)  # the key of the page just built

    def __init__(self, parent: QWidget | None = None, sides: tuple[int, int] = (0, 0)) -> None:
        super().__init__(parent)
        # the side margins each page gets on top of its own: a tab widget as wide as its
        # window, its pages carrying the window's margins, has each page's scroll bar at the
        # window's edge and the page ending where the window's buttons and help link end
        self._sides = sides
        self._builders: dict[str, Callable[[], QWidget]] = {}  # pages not built yet
        self._scrolls: dict[str, QScrollArea] = {}
        self._adding = False
        self.currentChanged.connect(self._on_current)

    def add_page(self, key: str, title: str, about: str, build: Callable[[], QWidget]) -> None:
        """A tab named `title`; `build` makes its page when the page is first needed."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # no Tab stop of its own (it showed no ring), and what Tab reaches on it shows
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        follow_keyboard_focus(scroll)
        scroll.setAccessibleName(title)
        scroll.setAccessibleDescription(about)
        self._builders[key] = build
        self._scrolls[key] = scroll
        self._adding = True  # the first tab becomes current here: not built until open_at
        try:
            self.addTab(scroll, title)
        finally:
            self._adding = False

    def open_at(self, index: int) -> None:
        """Make tab `index` current and build its page: the call that ends adding pages."""
        self.setCurrentIndex(index)
        self._on_current(self.currentIndex())

    def page_keys(self) -> list[str]:
        return list(self._scrolls)

    def built(self) -> list[str]:
        """The keys of the pages built so far, in tab order."""
        return [key for key in self._scrolls if key not in self._builders]

    def ensure(self, key: str) -> None:
        """Build the page `key` now if it is not built yet."""
        build = self._builders.pop(key, None)
        if build is None:
            return
        page = build()
        layout = page.layout()
        if layout is not None:
            m = layout.contentsMargins()
            left, right = self._sides
            layout.setContentsMargins(m.left() + left, m.top(), m.right() + right, m.bottom())
        self._scrolls[key].setWidget(page)
        self.page_built.emit(key)

    def ensure_all(self) -> None:
        for key in list(self._builders):
            self.ensure(key)

    def scroll_of(self, key: str) -> QScrollArea | None:
        """The area page `key` scrolls in, built or not."""
        return self._scrolls.get(key)

    def is_built(self, key: str) -> bool:
        return key in self._scrolls and key not in self._builders

    def show_page(self, key: str) -> None:
        if key in self._scrolls:
            self.setCurrentWidget(self._scrolls[key])  # builds it through currentChanged

    def clear_pages(self) -> None:
        """Remove every tab; their pages go with the next deferred delete."""
        self._builders.clear()
        self._scrolls.clear()
        while self.count():
            page = self.widget(0)
            self.removeTab(0)
            if page is not None:
                page.deleteLater()

    def _on_current(self, index: int) -> None:
        if self._adding:
            return
        scroll = self.widget(index)
        for key, known in self._scrolls.items():
            if known is scroll:
                self.ensure(key)
                return
