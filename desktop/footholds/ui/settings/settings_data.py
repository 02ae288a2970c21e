"""The "Your data" page of the settings window: open the folder, back up, restore, export,
import."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from footholds.core.atomic import write_out
from footholds.core.html_text import escape
from footholds.core.paths import OwnFolder
from footholds.core.store.backup_check import BadBackup, check
from footholds.core.store.backups import RestoreStranded
from footholds.core.store.failures import cause
from footholds.ui.common import buttons, i18n, modal, tokens
from footholds.ui.common.components import Card, label
from footholds.ui.common.feedback import busy_pointer
from footholds.ui.common.file_names import suggested_file
from footholds.ui.common.last_folder import remember, start_at
from footholds.ui.common.saved_file import OpenFolder, SavedFile
from footholds.ui.common.scrolling import bring_into_view
from footholds.ui.settings.backup_picker import BackupPicker, backup_words

if TYPE_CHECKING:
    from footholds.core.settings import Settings
    from footholds.ui.context import AppContext


def choose_export_file(parent: QWidget, settings: Settings, fmt: str = "json") -> Path | None:
    """Ask where to write the export (json, or csv: a zip of CSV files), in the folder last
    used; None on cancel."""
    suffix = "zip" if fmt == "csv" else "json"
    word = QCoreApplication.translate("settings", "footholds-export", "a file name")
    suggested = suggested_file(word, suffix, date.today())
    kinds = (
        QCoreApplication.translate("settings", "CSV files in a zip (*.zip)")
        if fmt == "csv"
        else QCoreApplication.translate("settings", "JSON files (*.json)")
    )
    name, _ = modal.save_file(
        parent,
        QCoreApplication.translate("settings", "Export your data"),
        start_at(settings, suggested),
        kinds,
    )
    if not name:
        return None
    remember(settings, Path(name))
    return Path(name)


class DataPage(QWidget):
    """Actions on the person's data; each says plainly what happened in `status`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.picker: BackupPicker | None = None  # the list of backups, while it is open
        intro = label(
            self.tr("Everything you write stays in one folder on this computer, and only there."),
            soft=True,
        )
        self.folder = QLabel(f"<code>{escape(str(ctx.paths.data_dir))}</code>")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.folder.setAccessibleName(self.tr("Your data folder"))
        self.open_button = buttons.secondary(self.tr("Open data folder"))
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_button.setAccessibleDescription(
            self.tr("Shows the folder with everything you wrote, in your file manager.")
        )
        # beside it, in room kept for it, a line when no file manager opens the folder
        self.open_folder = OpenFolder(self.open_button, ctx.paths.data_dir)
        self.backup_button = buttons.secondary(self.tr("Back up now"))
        self.backup_button.setAccessibleName(self.tr("Make a backup now"))
        self.backup_button.setAccessibleDescription(
            self.tr("Saves a copy of everything in the backups folder, alongside the daily ones.")
        )
        self.restore_button = buttons.quiet(self.tr("Restore a backup…"))
        self.restore_button.setAccessibleName(self.tr("Choose a backup to restore"))
        self.restore_button.setAccessibleDescription(
            self.tr(
                "Lets you pick a backup and asks before using it; what is here now is "
                "backed up first."
            )
        )
        self.export_button = buttons.secondary(self.tr("Export to a JSON file…"))
        self.export_button.setAccessibleName(self.tr("Export all your data to a JSON file"))
        self.export_button.setAccessibleDescription(
            self.tr("Writes a copy of everything to a file you choose; nothing here changes.")
        )
        self.export_csv_button = buttons.secondary(self.tr("Export to CSV files…"))
        self.export_csv_button.setAccessibleName(
            self.tr("Export all your data to CSV files, for a spreadsheet, in one zip file")
        )
        self.export_csv_button.setAccessibleDescription(
            self.tr("Writes a copy of everything to a zip file you choose; nothing here changes.")
        )
        self.import_button = buttons.secondary(self.tr("Import…"))
        self.import_button.setAccessibleName(self.tr("Import entries from a file"))
        self.import_button.setAccessibleDescription(
            self.tr("Opens a window that shows what a file would add before anything changes.")
        )
        # which export comes back: a CSV zip brought to Import is refused (core import.zip)
        self.formats = label(
            self.tr(
                "CSV files are for reading in a spreadsheet. A JSON file is the export "
                "Footholds can bring back with Import."
            ),
            soft=True,
        )
        # what happened, just under the button clicked, in room kept from the start so
        # nothing moves; a file written comes with Open it and Show in folder
        # (ui/common/saved_file.py), as every window that saves. One line each: a path is
        # cut in its middle to fit it (whole in the tooltip), and the room of a kept line
        # under the card made the page scroll when all of it fitted
        # under the words, the links leave them the card's whole width
        self.backup_said = SavedFile(lines=1, under=True)  # Back up now and Restore
        self.export_said = SavedFile(lines=1, under=True)  # the exports
        self.status = self.backup_said  # the line that spoke last

        # One tidy group: a card with where the files are, backups, and export and import,
        # each a heading, one quiet line and its buttons in a row.
        self.group = Card()
        self.group.body.setSpacing(tokens.M)
        self.group.add(
            self._part(
                self.tr("Where your files are"), intro, [self.open_folder], extra=self.folder
            )
        )
        self.group.add(
            self._part(
                self.tr("Backups"),
                label(self.tr("Footholds makes one each day and keeps the last few."), soft=True),
                [self.backup_button, self.restore_button],
                said=self.backup_said,
            )
        )
        self.group.add(
            self._part(
                self.tr("Export and import"),
                label(
                    self.tr(
                        "A copy you can read or keep elsewhere, or entries from another app "
                        "or an earlier export."
                    ),
                    soft=True,
                ),
                [self.export_button, self.export_csv_button, self.import_button],
                extra=self.formats,
                said=self.export_said,
            )
        )
        layout = QVBoxLayout(self)
        # as the other pages: the tabs add the window's sides (settings_window.py)
        layout.setContentsMargins(0, tokens.S, 0, tokens.XS)
        layout.setSpacing(tokens.S)
        layout.addWidget(self.group)
        layout.addStretch(1)

        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.export_csv_button.clicked.connect(self._on_export_csv_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)

    def _part(
        self,
        title: str,
        line: QLabel,
        actions: list[QWidget],
        extra: QWidget | None = None,
        said: SavedFile | None = None,
    ) -> QWidget:
        """One part of the group: a heading, a line about it, its buttons in a row, and
        under them the line that says what they did (`said`)."""
        part = QWidget()
        box = QVBoxLayout(part)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(tokens.XS)
        box.addWidget(label(title, "heading"))
        box.addWidget(line)
        if extra is not None:
            box.addWidget(extra)
        row = QHBoxLayout()
        row.setSpacing(tokens.XS)
        for action in actions:
            row.addWidget(action)
        if actions != [self.open_folder]:  # which keeps the rest of its row for its line
            row.addStretch(1)
        box.addLayout(row)
        if said is not None:
            box.addWidget(said)
        return part

    def _say(self, text: str, line: SavedFile | None = None) -> None:
        """Say `text` in `line` (the backups' line unless given), the other one cleared."""
        self._speak(line or self.backup_said).say(text)

    def _said_saved(
        self, path: Path, text: str, *, openable: bool = True, line: SavedFile | None = None
    ) -> None:
        self._speak(line or self.backup_said).saved(path, text, openable=openable)

    def _speak(self, line: SavedFile) -> SavedFile:
        """`line` speaks now: the other's words were about another click, and go."""
        for other in (self.backup_said, self.export_said):
            if other is not line:
                other.clear()
        self.status = line
        bring_into_view(line, 0)
        return line

    def _on_backup_clicked(self) -> None:
        self.back_up()

    def _on_restore_clicked(self) -> None:
        if self.picker is not None:
            self.picker.deleteLater()  # the last one, closed: each opening lists afresh
        self.picker = BackupPicker(self.ctx, self)
        self.picker.picked.connect(self.restore)
        self.picker.open()

    def _on_export_clicked(self) -> None:
        if not self.plain_export_ok():
            return
        target = choose_export_file(self, self.ctx.settings)
        if target is not None:
            self.export(target)

    def _on_export_csv_clicked(self) -> None:
        if not self.plain_export_ok():
            return
        target = choose_export_file(self, self.ctx.settings, "csv")
        if target is not None:
            self.export(target, "csv")

    def plain_export_ok(self) -> bool:
        """With the lock on, an export is the one way words leave encrypted: say so first."""
        if not self.ctx.locker.enabled:
            return True
        return self.ctx.prompter.ask(
            self,
            self.tr("Export as plain text?"),
            self.tr(
                "The lock is on, but an export is not encrypted: anyone who can open the "
                "file can read everything in it. Export anyway?"
            ),
            action=self.tr("Export anyway"),
            stay=self.tr("Don't export"),  # nothing is kept or changed: "Keep it" would not fit
        )

    def _on_import_clicked(self) -> None:
        from footholds.ui.settings.import_dialog import open_import

        open_import(self.ctx, self)  # or the one open already, brought to the front

    def back_up(self) -> Path | None:
        """Write a manual backup into the backups folder."""
        try:
            self.ctx.store.retry_pending()
            made = self.ctx.backups.create("manual")
        except OSError as exc:
            self._say(
                self.tr("The backup could not be written: {reason}").format(
                    reason=str(exc.strerror)
                )
            )
            return None
        # a backup is for restoring, not for reading: its folder only
        self._said_saved(
            made, self.tr("Backup written to {path}").format(path=str(made)), openable=False
        )
        return made

    def restore(self, source: Path) -> bool:
        """Check the whole file, show what it would replace and ask, then restore it the same
        way `footholds restore` does."""
        from footholds.core.import_pace import RUNNING
        from footholds.core.store.dump import counts as count_entries

        if RUNNING:  # another window imports (from Check-in summary): never under it
            self._say(
                self.tr(
                    "Footholds is importing a file in another window just now. Please "
                    "restore once the import is done; nothing was changed."
                )
            )
            return False
        try:
            with busy_pointer():  # a whole backup is read and checked: seconds, for years
                checked = check(source)
                now = sum(count_entries(self.ctx.store).values())
        except BadBackup as exc:
            self._say(
                self.tr("This file cannot be restored; nothing was changed. {reason}").format(
                    reason=i18n.error_text(exc)
                )
            )
            return False
        then = sum(checked.counts.values())
        # named as the list names it: with its seconds beside another of the same minute
        name = backup_words(source, self.ctx.backups.list())
        if not self._confirm_restore(name, now, then, bool(checked.lists)):
            return False
        with busy_pointer():
            ok, message = self.ctx.actions.restore(source, self._restore_failed)
        if ok:
            self._say(self.tr("Restored. Your data from before is kept in the backups folder."))
        else:
            self._say(message)
        return ok

    def _restore_failed(self, exc: Exception) -> str:
        if isinstance(exc, RestoreStranded):  # says itself what changed and where all is
            return i18n.error_text(exc)
        if isinstance(exc, BadBackup):  # the file changed after it was checked
            return self.tr("This file cannot be restored; nothing was changed. {reason}").format(
                reason=i18n.error_text(exc)
            )
        return self.tr("Restoring failed and nothing was changed: {reason}.").format(
            reason=self._why(exc)
        )

    def _why(self, exc: Exception) -> str:
        """Why the system refused, in plain words where it is one a person can act on (the
        system's own, "No space left on device", came through as it was)."""
        if isinstance(exc, OSError) and not getattr(exc, "code", ""):
            why = cause(exc.errno)
            if why == "disk_full":
                return self.tr("the disk is full")
            if why == "read_only":
                return self.tr("the data folder can't be written to")
        return i18n.error_text(exc)

    def _replace_ok(self, target: Path) -> bool:
        """Ask before an export replaces a file nobody was asked about; Keep it is the
        default, so Enter keeps it."""
        text = self.tr(
            "CSV files come in a zip, so this export is named {name}. A file with that name "
            "is already there. Replace it?"
        ).format(name=target.name)
        title = QCoreApplication.translate("settings", "Export your data")
        return self.ctx.prompter.ask(self, title, text, action=self.tr("Replace it"))

    def _confirm_restore(self, name: str, now: int, then: int, lists: bool = False) -> bool:
        """Ask before a restore, naming the backup in plain words (`name`: backup_words), how
        many entries are here now and in it, and saying when the person's own lists come back
        too; "Keep my data as it is" is the default, so Enter never replaces anything."""
        text = self.tr(
            "Restore {name}?\n\nEntries in Footholds now: {now}\nEntries in this backup: {then}"
        ).format(name=name, now=str(now), then=str(then))
        # what a person must know, and only what is true: the backup takes the place of
        # what is here, which is kept first (Backups.restore: the BEFORE_RESTORE backup),
        # named as the list of backups names it (backup_picker.made_by)
        text += "\n\n" + self.tr(
            "Restoring puts this backup in place of what is in Footholds now. What you have "
            "now is first kept as a backup, “what you had before a restore”, so nothing is lost."
        )
        if not then:
            text += "\n" + self.tr(
                "This backup holds no entries: after restoring, Footholds would be empty."
            )
        if lists:
            text += "\n" + self.tr(
                "Your lists of feelings, small wins and parts come back too, as they were in "
                "the backup. Your other settings stay as they are."
            )
        return self.ctx.prompter.ask(
            self,
            self.tr("Restore a backup"),
            text,
            action=self.tr("Restore this backup"),
            stay=self.tr("Keep my data as it is"),  # a bare "Keep" did not say what it keeps
        )

    def export(self, target: Path, fmt: str = "json") -> int | None:
        """Write every entry to `target` as JSON, or as CSV files in a zip (owner-only,
        written atomically)."""
        from footholds.core import own_lists
        from footholds.core.atomic import is_stream
        from footholds.core.export import export_bytes

        if fmt == "csv" and target.suffix.lower() != ".zip" and not is_stream(target):
            # CSV files come in a zip: a zip named .csv would fool a spreadsheet
            target = target.with_name(target.name + ".zip")
            # The file dialog asked about the name as typed, never about this one
            if os.path.lexists(target) and not self._replace_ok(target):
                return None
        try:
            self.ctx.paths.check_outside(target)  # never over the store or the settings
            data, count = export_bytes(self.ctx.store, fmt, own_lists.of(self.ctx.settings))
            write_out(target, data)
        except OwnFolder as exc:
            self._say(i18n.error_text(exc), self.export_said)
            return None
        except OSError as exc:
            self._say(
                self.tr("The export could not be written: {reason}").format(
                    reason=str(exc.strerror)
                ),
                self.export_said,
            )
            return None
        self._said_saved(
            target,
            self.tr("%n entries written to {path}.", "", count).format(path=str(target)),
            line=self.export_said,
        )
        return count
