"""A small dialog to bring entries in from a file: choose it, see what would change, confirm."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from footholds.core import import_words, importers
from footholds.core.import_pace import RUNNING
from footholds.core.store import StoreWriteError
from footholds.ui.common import buttons, dates, i18n, modal
from footholds.ui.common.calm import person_today
from footholds.ui.common.components import WindowHeader, label, window_margins
from footholds.ui.common.last_folder import remember, start_at
from footholds.ui.common.never_raises import never_raises

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


# Clicks and keys made while a file is read or imported arrive between two of its steps;
# those on this window's buttons meanwhile land within the loop's first turn after it, which
# this leaves room for before Choose file and Close are on
SETTLE_MS = 300


class _QuitWaits(QObject):
    """Installed on the application while a file is read or imported, and until its buttons
    settle: everything goes on as usual between two steps (other windows, Get help now,
    commands). A quit asked for meanwhile (the tray, `footholds quit`, a logout, SIGTERM)
    stops the work at its next step, as Cancel does: the month file being saved is saved
    whole and what came in stays. The quit itself is held until the work has returned, then
    asked for again: Qt closes every window for it first, and closing them (Get help now,
    the quick log) with the app still busy under them, or this window refusing its close
    while busy, would leave the app open with the quit lost."""

    def __init__(self, dialog: ImportDialog) -> None:
        # its dialog is its parent, reached through Qt: held here too, the two made a cycle
        # and the closed dialog waited for the garbage collector (test_dialog_no_cycle.py)
        super().__init__(dialog)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        dialog = self.parent()
        if event.type() != QEvent.Type.Quit or not isinstance(dialog, ImportDialog):
            return False
        if not dialog._busy:
            return False
        dialog._quit_after = True  # its close is not refused now
        if not dialog._working:
            return False  # done already: quit now
        dialog._ask_to_stop()
        return True  # asked again once the work has returned (_stop)


def _day_words(ctx: AppContext) -> Callable[[str], str]:
    """An entry's date as every window shows dates ("Tue 2 Mar 2150"), not "2150-03-02";
    "today" and "yesterday" counted from the person's today (core/days.py), as the journal
    counts them: at 1 am, before their day-start hour, it is still the day before."""
    today = person_today(ctx)
    return lambda iso: dates.day_label(iso, today=today, locale=QLocale().name())


def open_import(ctx: AppContext, parent: QWidget) -> ImportDialog:
    """The import window, opened from `parent` (Settings › Your data, the check-in summary):
    one at a time in the whole app. One already open (working, or waiting for a file or for
    Import) is brought to the front as it is; a second one beside it would run its import
    inside the first's, between two of its steps (stop_asked lets every window's clicks in)."""
    from footholds.ui.common.top_windows import top_windows

    for window in top_windows():
        if isinstance(window, ImportDialog) and (window.isVisible() or window._working):
            window.show()  # closed by the app while it worked (it stops at its next step)
            window.raise_()
            window.activateWindow()
            return window
    dialog = ImportDialog(ctx, parent)
    dialog.open()  # previews first; nothing changes until Import
    return dialog


class ImportDialog(QDialog):
    """Nothing is changed until the person presses Import. Opened through open_import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: importers.ImportPlan | None = None
        self.setWindowTitle(self.tr("Import entries"))
        self.setMinimumSize(520, 380)

        # the shared header, as its sibling Restore a backup opens: what importing does
        self.header = WindowHeader(
            self.tr("Bring in entries"),
            self.tr("Importing only adds: nothing you have is replaced or removed."),
        )
        intro = label(
            self.tr(
                "Bring in entries from a Footholds export (JSON) or from a Daylio export "
                "(CSV). You will see what would be added before anything changes, and "
                "entries you already have are never added twice."
            )
        )
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
        self._working = False  # reading or importing: Cancel asks it to stop
        self._stopping = False  # Cancel was pressed while it worked
        self._quit_after = False  # the app was asked to quit meanwhile (_QuitWaits)
        self._quit_waits = _QuitWaits(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._ready)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))  # the words of Restore a backup's, in every language
        cancel.setAccessibleDescription(self.tr("Closes this window without importing anything."))
        buttons.set_role(cancel, "secondary")  # as Restore a backup's Cancel and its action
        self._cancel_words = cancel.text(), cancel.accessibleDescription()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import the new entries"))
        self.import_button.setAccessibleDescription(
            self.tr("Adds the entries shown as new; ones you already have are left as they are.")
        )
        self.import_button.setEnabled(False)
        buttons.set_role(self.import_button, "primary")

        self.column = layout = window_margins(QVBoxLayout(self))
        layout.addWidget(self.header)
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
        self.plan = None  # the file before's, until this one is read
        self._start(
            lambda rows: self.tr("Reading the file: %Ln rows", "", rows),
            self.tr("Stops reading the file and closes this window; nothing is imported."),
        )
        try:
            self.plan = importers.plan(
                self.ctx.store,
                path,
                progress=self.show_progress,
                settings=self.ctx.settings,
                stop=self.stop_asked,
            )
        except importers.ImportFailed as exc:
            self.plan = None
            self.preview.setPlainText(i18n.error_text(exc))
            return
        finally:
            self._stop()
            if self.plan is None or not self.plan.has_new():
                # still Cancel, as in Restore a backup: nothing was done here to close on
                cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
                cancel.setAccessibleDescription(
                    self.tr("Closes this window; there is nothing to import.")
                )
        if self.plan.stopped:  # Cancel while reading: nothing was changed, as it promised
            self.plan = None
            self.reject()
            return
        lines = self.plan.lines(i18n.counted, QCoreApplication.translate, _day_words(self.ctx))
        self.preview.setPlainText("\n".join(lines))
        self.import_button.setEnabled(self.plan.has_new())
        if not self.plan.has_new():
            self.message.setText(self.tr("There is nothing new in this file to add."))

    def _on_choose_clicked(self) -> None:
        path, _ = modal.open_file(
            self,
            self.tr("Choose a file to import"),
            start_at(self.ctx.settings),  # the folder last used, not the home folder each time
            self.tr("Exports (*.json *.csv);;All files (*)"),
        )
        if path:
            remember(self.ctx.settings, Path(path))
            self.set_file(Path(path))

    def _on_import_clicked(self) -> None:
        if self.plan is None:
            return
        self.import_button.setEnabled(False)
        self._start(
            lambda rows: self.tr("Importing: %Ln rows", "", rows),
            self.tr("Stops the import; the entries that came in so far are kept."),
        )
        try:
            ok, message = self.ctx.actions.apply_import(
                self.plan, self.show_progress, self._failure, self._summary, self.stop_asked
            )
        finally:
            self._stop()
        self.message.setText(message)
        self.import_button.setEnabled(False)
        plan, self.plan = self.plan, None
        if not (ok or plan.stopped or +plan.added):
            return  # nothing came in (the file changed since it was read): the message says why
        # its "1,500 to add" is no longer true: it says what importing the same file again
        # would do now, as the message under it does ("brings in the rest")
        again = plan.after(whole=ok)
        lines = again.lines(i18n.counted, QCoreApplication.translate, _day_words(self.ctx))
        self.preview.setPlainText("\n".join(lines))
        if plan.stopped and again.has_new():  # stopped part-way: the rest, one click away
            if plan.path is not None and plan.path.is_file():
                self.plan = again
                self.import_button.setEnabled(True)  # on with the buttons, once settled
            else:
                gone = self.tr(
                    "The file is no longer where it was: choose it again to bring in the rest."
                )
                self.message.setText(f"{message} {gone}")
        # Cancel would say "without importing anything": no longer true
        self._closes(self.tr("Closes this window; the import is done."))

    def _closes(self, description: str) -> None:
        """Its Cancel says "Close" once an import is done, the end of its flow; a file with
        nothing new, or one that could not be read, leaves it Cancel (nothing was done)."""
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Close"))
        close.setAccessibleDescription(description)

    def show_progress(self, rows: int, share: float) -> None:
        """Called every few thousand rows while a file is read or imported."""
        if rows < 0:
            return
        self.progress.setValue(int(share * 100))
        if not self._stopping:
            self.progress.setFormat(self._verb(rows))
        # painted here and now, not at the next ask
        self.progress.repaint()

    def stop_asked(self) -> bool:
        """Asked every thousand rows or so while it works (a few hundredths of a second
        apart): lets the whole app answer what happened meanwhile (this window's Cancel, the
        tray, Get help now, the quick log, a command), and says whether to stop. What other
        windows save meanwhile is saved at once, between two of the import's own saves (the
        store is written from this one thread only), and told to the windows at once."""
        with self.ctx.signals.meanwhile():
            QCoreApplication.processEvents()
        return self._stopping

    def _ask_to_stop(self) -> None:
        """Cancel (or Escape, or the title bar's close) while it works: it stops at the next
        ask, within a few hundredths of a second; what came in stays."""
        if self._stopping:
            return
        self._stopping = True
        self.buttons.setEnabled(False)
        self.progress.setFormat(self.tr("Stopping…"))
        self.progress.repaint()

    def reject(self) -> None:
        if self._working:
            self._ask_to_stop()
            return
        super().reject()

    @staticmethod
    def _summary(plan: importers.ImportPlan) -> str:
        """What was imported, and what joined the person's lists, in the interface language;
        stopped part-way, what came in and stays."""
        if plan.stopped:
            return import_words.stopped(plan.added, i18n.counted, QCoreApplication.translate)
        return importers.summary(
            plan.added,
            i18n.counted,
            QCoreApplication.translate,
            plan.words_added,
            plan.earlier.total(),
        )

    def _failure(self, exc: Exception) -> str:
        """Why importing stopped, in the interface language: for a write the disk refused
        part-way, how many entries came in and are kept (those of the plan being imported)."""
        if isinstance(exc, importers.ImportFailed):
            reason = i18n.error_text(exc)
            return self.tr("{reason} Nothing was changed.").format(reason=reason)
        if isinstance(exc, StoreWriteError) and self.plan is not None:
            kept = sum(self.plan.added.values())
            return i18n.notice_text(import_words.write_stopped(exc, kept))
        return i18n.error_text(exc)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._busy and event.key() == Qt.Key.Key_Escape:
            if self._working:
                self._ask_to_stop()  # Escape is Cancel
            return  # not yet on the Close it is about to become
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # the title bar's close pressed meanwhile (a quit's close is never refused)
        if self._busy and event.spontaneous() and not self._quit_after:
            event.ignore()
            if self._working:
                self._ask_to_stop()
            return
        if self._working:  # closed by the app meanwhile: the work stops at its next step
            self._ask_to_stop()
        super().closeEvent(event)  # closing for a quit is never refused

    def _start(self, verb: Callable[[int], str], stops: str) -> None:
        """Reading and importing take seconds for a big file: Cancel stays on and stops it
        at once (`stops` says how), Choose file and Import are off. The busy cursor and the
        empty bar say it is working from the first moment (the file is parsed whole before
        its first rows are counted), painted now."""
        self._verb = verb
        self._busy = self._working = True
        self._stopping = False
        self._settle.stop()
        self.choose.setEnabled(False)
        self.import_button.setEnabled(False)
        self.buttons.setEnabled(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setEnabled(True)
        cancel.setAccessibleDescription(stops)
        # the arrow with the hourglass: busy, and Cancel can still be pressed
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.ctx.app.installEventFilter(self._quit_waits)
        RUNNING.begin(self._ask_to_stop)  # Lock now waits for it (core/import_pace.py)
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.progress.show()
        self.column.activate()  # room for the bar now, not at the loop's next turn
        self.repaint()

    def _stop(self) -> None:
        self._working = False
        for then in RUNNING.end(self._ask_to_stop):  # what waited for it, after this turn
            QTimer.singleShot(0, then)
        if self._quit_after:  # the quit held while it worked: now, after this turn
            QTimer.singleShot(0, self.ctx.app.quit)
        QGuiApplication.restoreOverrideCursor()
        self.progress.hide()
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(self._cancel_words[1])
        # a second click on Cancel lands on the buttons while they are still off, never on
        # the Close or the Import they are about to become
        self.buttons.setEnabled(False)
        self._settle.start()

    def _ready(self) -> None:
        self._busy = False
        self.ctx.app.removeEventFilter(self._quit_waits)
        self.choose.setEnabled(True)
        self.buttons.setEnabled(True)
