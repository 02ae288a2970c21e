"""A small dialog to bring entries in from a file: choose it, see what would change, confirm."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from footholds.core import importers
from footholds.ui.common import buttons, dates, i18n

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


# Clicks and keys made while a file is read or imported wait in the queue (nothing is handled
# meanwhile); they arrive within the loop's first turn after it, which this leaves room for
SETTLE_MS = 300


def _day(iso: str) -> str:
    """An entry's date as every window shows dates ("Tue 2 Mar 2150"), not "2150-03-02"."""
    return dates.day_label(iso, today=date.today(), locale=QLocale().name())


class ImportDialog(QDialog):
    """Nothing is changed until the person presses Import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: importers.ImportPlan | None = None
        self.setWindowTitle(self.tr("Import entries"))
        self.setMinimumSize(520, 380)

        intro = QLabel(
            self.tr(
                "Bring in entries from a Footholds export (JSON) or from a Daylio export "
                "(CSV). You will see what would be added before anything changes, and "
                "entries you already have are never added twice."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen yet"))
        self.path.setAccessibleName(self.tr("The file to import"))
        self.path.setAccessibleDescription(
            self.tr("Shows the file you picked with Choose file; it cannot be typed in.")
        )
        self.choose = buttons.secondary(
            self.tr("Choose file…"),
            self.tr("Choose a file to import"),
            self.tr("Lets you pick a Footholds or Daylio export; nothing is added yet."),
        )
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)

        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("What would be imported"))
        self.preview.setAccessibleDescription(
            self.tr("What the chosen file holds and what would be added from it; read only.")
        )
        self.preview.setPlaceholderText(self.tr("What the file holds will show here."))
        # A big file (years of Daylio rows) takes seconds to read and to import: show it move
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("How much of the file is done"))
        self.progress.hide()
        self._verb: Callable[[int], str] = str  # the progress words for a number of rows
        self._busy = False  # reading or importing, or the input made meanwhile still arriving
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._ready)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(self.tr("Closes this window without importing anything."))
        self._cancel_words = cancel.text(), cancel.accessibleDescription()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import the new entries"))
        self.import_button.setAccessibleDescription(
            self.tr("Adds the entries shown as new; ones you already have are left as they are.")
        )
        self.import_button.setEnabled(False)

        self.column = layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.choose.clicked.connect(self._on_choose_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.buttons.rejected.connect(self.reject)
        # The first thing to do here is choose a file: the box beside it only shows the
        # choice (read only, first in the chain) and would take the keys of someone typing
        self.choose.setFocus()

    def set_file(self, path: Path) -> None:
        """Read a file and show what importing it would do; changes nothing."""
        self.path.setText(str(path))
        # after an import its Cancel said "Close": for a new file it is Cancel again
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self._cancel_words[0])
        cancel.setAccessibleDescription(self._cancel_words[1])
        self.message.clear()
        self.import_button.setEnabled(False)
        self._start(lambda rows: self.tr("Reading the file: %Ln rows", "", rows))
        try:
            self.plan = importers.plan(
                self.ctx.store, path, progress=self.show_progress, settings=self.ctx.settings
            )
        except importers.ImportFailed as exc:
            self.plan = None
            self.preview.setPlainText(i18n.error_text(exc))
            return
        finally:
            self._stop()
        lines = self.plan.lines(i18n.counted, QCoreApplication.translate, _day)
        self.preview.setPlainText("\n".join(lines))
        self.import_button.setEnabled(self.plan.has_new())
        if not self.plan.has_new():
            self.message.setText(self.tr("There is nothing new in this file to add."))

    def _on_choose_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file to import"),
            str(Path.home()),
            self.tr("Exports (*.json *.csv);;All files (*)"),
        )
        if path:
            self.set_file(Path(path))

    def _on_import_clicked(self) -> None:
        if self.plan is None:
            return
        self.import_button.setEnabled(False)
        self._start(lambda rows: self.tr("Importing: %Ln rows", "", rows))
        try:
            ok, message = self.ctx.actions.apply_import(
                self.plan, self.show_progress, self._failure, self._summary
            )
        finally:
            self._stop()
        self.message.setText(message)
        self.import_button.setEnabled(False)
        self.plan = None
        if ok:
            close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            close.setText(self.tr("Close"))
            close.setAccessibleDescription(self.tr("Closes this window; the import is done."))

    def show_progress(self, rows: int, share: float) -> None:
        """Called every few thousand rows while a file is read or imported."""
        if rows < 0:
            return
        self.progress.setValue(int(share * 100))
        self.progress.setFormat(self._verb(rows))
        # Painted here and now, and no events handled until the work is done, as during a
        # restore: a quit, a logout or another command waits for the import rather than
        # closing the store half-way through it, and a click waits too (the buttons are off).
        self.progress.repaint()

    @staticmethod
    def _summary(plan: importers.ImportPlan) -> str:
        """What was imported, and what joined the person's lists, in the interface language."""
        return importers.summary(
            plan.added, i18n.counted, QCoreApplication.translate, plan.words_added
        )

    def _failure(self, exc: Exception) -> str:
        """Why importing stopped, in the interface language."""
        if isinstance(exc, importers.ImportFailed):
            reason = i18n.error_text(exc)
            return self.tr("{reason} Nothing was changed.").format(reason=reason)
        return i18n.error_text(exc)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._busy and event.key() == Qt.Key.Key_Escape:
            return  # Escape is Cancel, and Cancel is off while it works
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy and event.spontaneous():  # the title bar's close, pressed meanwhile
            event.ignore()
            return
        super().closeEvent(event)  # closing for a quit is never refused

    def _start(self, verb: Callable[[int], str]) -> None:
        """Reading and importing cannot be stopped half-way: every button is off meanwhile,
        Cancel too, so none seems to promise that. Ten years of entries take two or three
        seconds in all, so a stop between batches would do little; the busy cursor and the
        empty bar say it is working from the first moment (the file is parsed whole before
        its first rows are counted), painted now since nothing is painted while it works."""
        self._verb = verb
        self._busy = True
        self._settle.stop()
        self.choose.setEnabled(False)
        self.buttons.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.progress.show()
        self.column.activate()  # room for the bar now, not at the loop's next turn
        self.repaint()

    def _stop(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.progress.hide()
        # a click on Cancel made meanwhile lands on the buttons while they are still off,
        # never on the Close or the Import they are about to become
        self._settle.start()

    def _ready(self) -> None:
        self._busy = False
        self.choose.setEnabled(True)
        self.buttons.setEnabled(True)
