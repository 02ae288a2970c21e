"""The names that reach into Settings' pages. Each builds the page it needs first, so a
caller (the window itself, a test, an action) never finds a part missing because the person
has not opened that tab yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from footholds.core.settings import (
    BY_NAME,
    LISTS_SECTION,
    LOCK_SECTION,
    SAFETY_SECTION,
    SESSIONS_SECTION,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton

    from footholds.ui.common.lazy_tabs import LazyTabs
    from footholds.ui.help import OwnLines
    from footholds.ui.reflect import CheckinLinks, SessionsEditor
    from footholds.ui.settings.lock_settings import LockPart
    from footholds.ui.settings.setting_row import Row
    from footholds.ui.settings.settings_data import DataPage
    from footholds.ui.today import RoutineSuggestions

DATA_PAGE = "data"  # the last page's key; the others are keyed by their section


class PageParts:
    """Mixed into SettingsWindow, which sets these as it builds each page."""

    tabs: LazyTabs
    _rows: dict[str, Row]  # the rows of the pages built so far
    _reset_buttons: dict[str, QPushButton]
    _suggestions: RoutineSuggestions
    _checkin_links: CheckinLinks
    _own_lines: OwnLines
    _sessions: SessionsEditor
    _lock_part: LockPart
    _data_page: DataPage

    @property
    def rows(self) -> dict[str, Row]:
        """Every setting's row, on every page (so this builds them all)."""
        self.tabs.ensure_all()
        return self._rows

    @property
    def reset_buttons(self) -> dict[str, QPushButton]:
        self.tabs.ensure_all()
        return self._reset_buttons

    @property
    def suggestions(self) -> RoutineSuggestions:
        self.tabs.ensure(LISTS_SECTION)
        return self._suggestions

    @property
    def own_lines(self) -> OwnLines:
        self.tabs.ensure(SAFETY_SECTION)
        return self._own_lines

    @property
    def sessions(self) -> SessionsEditor:
        self.tabs.ensure(SESSIONS_SECTION)
        return self._sessions

    @property
    def lock_part(self) -> LockPart:
        self.tabs.ensure(LOCK_SECTION)
        return self._lock_part

    @property
    def data_page(self) -> DataPage:
        self.tabs.ensure(DATA_PAGE)
        return self._data_page

    def _row(self, name: str) -> Row:
        if name not in self._rows:
            self.tabs.ensure(BY_NAME[name].section)
        return self._rows[name]
