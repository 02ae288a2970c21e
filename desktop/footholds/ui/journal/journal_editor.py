"""One journal entry in full, every field editable: Enter saves, Esc leaves it as it was."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from footholds.core.store import InvalidEntry, LogEntry
from footholds.ui.common import buttons, i18n
from footholds.ui.common.calm import moment_text
from footholds.ui.common.components import window_margins
from footholds.ui.common.operations import update_record
from footholds.ui.common.scrolling import form_scroll
from footholds.ui.journal.log_form import LogForm

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

WIDTH = 480


class EntryEditor(QDialog):
    """Opened from the journal; saving replaces the entry (same id and time)."""

    def __init__(self, ctx: AppContext, entry: LogEntry, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.entry = ctx, entry
        when = moment_text(entry.at, start_hour=int(ctx.settings["day.start_hour"]))
        self.setWindowTitle(self.tr("Entry from {when}").format(when=when))
        self.form = LogForm(ctx)
        self.form.load(entry)
        self.form.note.setFixedHeight(self.form.note.height() * 2)  # room to read it again
        self.scroll_area = form_scroll(
            self.form,
            self.tr("The entry"),
            self.tr("Everything in this entry; any of it can be changed."),
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        # the accent on the one thing this dialog is for; Enter in a field saves through the
        # form (LogForm.submit), so neither button is the dialog's default as well
        self.save = buttons.primary(self.tr("Save changes"))
        self.cancel = buttons.secondary(self.tr("Cancel"))
        for button in (self.save, self.cancel):
            button.setDefault(False)
            button.setAutoDefault(False)
            button.setAccessibleName(button.text())
        self.save.setAccessibleDescription(self.tr("Keeps your changes to this entry."))
        self.cancel.setAccessibleDescription(self.tr("Closes and leaves the entry as it was."))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.save)
        layout = self.main_layout = QVBoxLayout(self)
        window_margins(layout)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.form.tail = [self.save, self.cancel]
        self.form.fix_tab_order()

        self.form.submit.connect(self._on_save_clicked)
        self.form.message.connect(self._show_message)
        self.form.more_toggled.connect(lambda _on: self._fit())
        self.save.clicked.connect(self._on_save_clicked)
        self.cancel.clicked.connect(self.reject)
        self.form.note.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit()
        super().showEvent(event)

    def _fit(self) -> None:
        """As tall as the entry needs, up to the screen; longer entries scroll."""
        margins = self.main_layout.contentsMargins()
        inner = WIDTH - margins.left() - margins.right()
        height = self.form.heightForWidth(inner) + margins.top() + margins.bottom() + 10
        height += self.save.sizeHint().height() + 10
        screen = self.screen().availableGeometry()
        self.resize(QSize(WIDTH, min(height, screen.height() - 80)))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _on_save_clicked(self) -> None:
        changed = dataclasses.replace(self.entry, **self.form.values())
        try:
            changed.clean()
        except InvalidEntry as exc:
            self._show_message(i18n.error_text(exc))
            return
        if update_record(self.ctx, changed, self) is not None:
            self.form.remember_part()
            self.accept()
