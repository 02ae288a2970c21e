"""Settings' pages as they are built: each section's rows in a grid, and what goes with them.

Its sentences keep the Settings window's context ("SettingsWindow"), as page_reset.py's do:
the catalogue has them there."""

from __future__ import annotations

import errno
import os
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from footholds.core.settings import (
    CHECKINS_SECTION,
    LISTS_SECTION,
    LOCK_SECTION,
    SAFETY_SECTION,
    SESSIONS_SECTION,
    Setting,
)
from footholds.ui.common import tokens
from footholds.ui.common.calm import heading
from footholds.ui.help import open_or_explain
from footholds.ui.settings.list_editors import ListBase, ListEditor
from footholds.ui.settings.page_reset import AUTOSTART, PageReset, autostart_failed
from footholds.ui.settings.setting_row import Row
from footholds.ui.settings.settings_parts import PageParts

if TYPE_CHECKING:
    from footholds.platform.autostart import Autostart
    from footholds.ui.context import AppContext


def _open_link(ctx: AppContext, url: str) -> None:
    open_or_explain(ctx, url)


class SettingsPages(PageParts, PageReset):
    """The pages of the Settings window, built by LazyTabs when each is first shown;
    SettingsWindow builds on it."""

    autostart: Autostart

    if TYPE_CHECKING:  # the window's own, as a row is edited or an entry taken off a list

        def _on_edited(self, name: str, value: Any) -> None: ...
        def _offer_undo(self, name: str, before: list[str], row: int) -> None: ...

    def _make_data_page(self) -> QWidget:
        from footholds.ui.settings.settings_data import DataPage

        self._data_page = DataPage(self.ctx)
        return self._data_page

    def _section_page(self, section: str, shown: list[Setting]) -> QWidget:
        page = QWidget()
        # A grid, not a QFormLayout: wrapped labels there get too little height and clip.
        grid = QGridLayout()
        grid.setVerticalSpacing(tokens.S)
        grid.setHorizontalSpacing(tokens.M)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        top = Qt.AlignmentFlag.AlignTop
        line = 0
        for setting in shown:
            row = Row(setting, page)
            if row.label is None:
                grid.addWidget(row.field, line, 0, 1, 2, top)
            elif isinstance(row.editor, ListEditor):
                # a list of the person's words needs the width: in the right-hand column
                # its words were cut off ("di un paso hacia una meta"); its name goes above
                grid.addWidget(row.label, line, 0, 1, 2, top)
                line += 1
                grid.addWidget(row.field, line, 0, 1, 2, top)
            else:
                grid.addWidget(row.label, line, 0, top)
                grid.addWidget(row.field, line, 1, top)
            line += 1
            self._rows[setting.name] = row
            row.editor.edited.connect(lambda value, n=setting.name: self._on_edited(n, value))
            if isinstance(row.editor, ListBase):
                row.editor.removed.connect(
                    lambda before, at, n=setting.name: self._offer_undo(n, before, at)
                )
        reset = self._reset_button(section)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, tokens.S, 0, tokens.XS)  # the tabs add the window's sides
        if section == LOCK_SECTION:  # the lock itself first, then when it locks on its own
            from footholds.ui.settings.lock_settings import LockPart

            self._lock_part = LockPart(self.ctx)
            outer.addWidget(self._lock_part)
            outer.addSpacing(tokens.XS)
        outer.addLayout(grid)
        self._add_records(section, outer)
        outer.addStretch(1)
        outer.addWidget(reset, 0, Qt.AlignmentFlag.AlignLeft)
        if AUTOSTART in self._rows and self._rows[AUTOSTART].setting.section == section:
            self._prepare_autostart_row()
        return page

    def _add_records(self, section: str, outer: QVBoxLayout) -> None:
        """Lists kept as entries rather than settings, on the page where people look for them.
        They are the person's own data: "reset to defaults" leaves them alone."""
        # Each page's own parts are imported when that page is first built, not with Settings.
        if section == LISTS_SECTION:
            from footholds.ui.today import RoutineSuggestions

            self._suggestions = RoutineSuggestions(self.ctx)
            outer.addSpacing(8)
            outer.addWidget(
                heading(QCoreApplication.translate("SettingsWindow", "Routine suggestions"), 1)
            )
            outer.addWidget(self._suggestions)
        elif section == CHECKINS_SECTION:
            from footholds.ui.reflect import CheckinLinks

            self._checkin_links = CheckinLinks(self.ctx)
            outer.addSpacing(8)
            outer.addWidget(self._checkin_links)
        elif section == SAFETY_SECTION:
            from footholds.ui.help import OwnLines

            # what a link needs, not the window: the lines, kept on the window, would hold it
            self._own_lines = OwnLines(self.ctx, partial(_open_link, self.ctx))
            outer.addSpacing(8)
            outer.addWidget(
                heading(QCoreApplication.translate("SettingsWindow", "Your own numbers"), 1)
            )
            outer.addWidget(self._own_lines)
        elif section == SESSIONS_SECTION:
            from footholds.ui.reflect import SessionsEditor

            self._sessions = SessionsEditor(self.ctx, self.undo)
            outer.addSpacing(8)
            outer.addWidget(
                heading(QCoreApplication.translate("SettingsWindow", "Your sessions"), 1)
            )
            outer.addWidget(self._sessions)

    def _prepare_autostart_row(self) -> None:
        row = self._rows[AUTOSTART]
        # a refusal by the system has one line kept for it (a reason as long as most are)
        row.error.reserve([autostart_failed(os.strerror(errno.EACCES))])
        if not self.autostart.available:
            row.editor.setEnabled(False)
            row.error.show_message(
                QCoreApplication.translate(
                    "SettingsWindow", "Starting at login cannot be set up here: {reason}"
                ).format(reason=self.autostart.reason)
            )
