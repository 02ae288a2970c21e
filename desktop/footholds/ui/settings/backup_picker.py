"""Choosing a backup to restore: the backups folder as a short list in plain words (when it was
made, and what made it), newest first, with "Other file…" for one kept elsewhere. A file
dialog showed only names cut in the middle ("footholds-manual…61205-115315.zip")."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from footholds.core import dates
from footholds.core.store.backups import BEFORE_RESTORE, RESTORED, BackupInfo, info_of
from footholds.ui.common import buttons, modal, tokens
from footholds.ui.common.calm import moment_text
from footholds.ui.common.components import EmptyState, WindowHeader, window_margins
from footholds.ui.common.delegates import WrappingDelegate
from footholds.ui.common.never_raises import never_raises

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

PATH_ROLE = Qt.ItemDataRole.UserRole


def choose_backup_file(parent: QWidget, folder: Path) -> Path | None:
    """Ask for a backup file anywhere (a USB stick, another folder); None on cancel."""
    name, _ = modal.open_file(
        parent,
        QCoreApplication.translate("settings", "Choose a backup to restore"),
        str(folder),
        QCoreApplication.translate("settings", "Footholds backups (*.zip)"),
    )
    return Path(name) if name else None


def made_by(label: str) -> str:
    """What made a backup, in a few plain words; "" for a kind this Footholds does not know
    (a newer one's): the moment alone says enough then."""
    if label == "manual":
        return QCoreApplication.translate("BackupPicker", "made by you")
    if label == "daily":
        return QCoreApplication.translate("BackupPicker", "daily")
    if label == BEFORE_RESTORE:
        # what Footholds held when a restore replaced it: the restore's safety copy
        return QCoreApplication.translate("BackupPicker", "what you had before a restore")
    if label == RESTORED:
        # made just after a restore: what it brought back
        return QCoreApplication.translate("BackupPicker", "what a restore brought back")
    if label.startswith("before-upgrade"):
        return QCoreApplication.translate("BackupPicker", "made before Footholds was updated")
    return ""


def row_words(info: BackupInfo, *, seconds: bool = False) -> str:
    """A row of the list: "Today 11:53 · made by you" ("Today 11:53:07 · …" with `seconds`)."""
    kind = made_by(info.label)
    when = moment_text(info.when, capital=True, seconds=seconds)
    return f"{when} · {kind}" if kind else when


def with_seconds(infos: list[BackupInfo]) -> set[Path]:
    """The backups among `infos` that are named with their seconds, in the list and in the
    restore's question alike: every backup that shares its minute with another, whatever
    made either. Two made in the same minute by the same hand would both read "Today 12:16 ·
    made by you" without them; and one rule for every row keeps "21:54 · what you had
    before a restore" from sitting beside "21:54:09 · made by you"."""
    minutes = Counter(moment_text(info.when) for info in infos)
    return {info.path for info in infos if minutes[moment_text(info.when)] > 1}


def rows_words(infos: list[BackupInfo]) -> list[str]:
    """The rows of the list, each one telling itself apart (with_seconds)."""
    exact = with_seconds(infos)
    return [row_words(info, seconds=info.path in exact) for info in infos]


def backup_words(path: Path, listed: list[BackupInfo] | None = None) -> str:
    """A backup named the way a restore's question names it: "the backup from today at 11:53
    (made by you)", with its seconds when the list of the backups `listed` shows them
    (with_seconds); a file not named by Footholds keeps its own name."""
    info = info_of(path)
    if info is None:
        return path.name
    among = [other for other in listed or [] if other.path != path] + [info]
    name = _from_when(info.when, seconds=path in with_seconds(among))
    kind = made_by(info.label)
    if not kind:
        return name
    return QCoreApplication.translate("BackupPicker", "{backup} ({kind})").format(
        backup=name, kind=kind
    )


def _from_when(when: datetime, *, seconds: bool) -> str:
    """ "the backup from today at 11:53", "… from yesterday at …", "… from Tue 3 Dec at …": a
    whole phrase for each, as languages join a day to a time differently (Spanish "la copia
    de hoy a las 11:53", "del jue 3 dic"), with the one o'clock hour apart for Spanish's
    "a la 01:15"."""
    local = when.astimezone()
    today = date.today()
    time = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
    one = local.hour == 1
    gap = (today - local.date()).days

    if gap == 0:
        if one:
            text = QCoreApplication.translate(
                "BackupPicker", "the backup from today at {time}", "the hour is one"
            )
        else:
            text = QCoreApplication.translate("BackupPicker", "the backup from today at {time}")
        return text.format(time=time)
    if gap == 1:
        if one:
            text = QCoreApplication.translate(
                "BackupPicker", "the backup from yesterday at {time}", "the hour is one"
            )
        else:
            text = QCoreApplication.translate("BackupPicker", "the backup from yesterday at {time}")
        return text.format(time=time)
    day = dates.day_label(local.date(), today=today, locale=QLocale().name(), relative=False)
    if one:
        text = QCoreApplication.translate(
            "BackupPicker", "the backup from {day} at {time}", "the hour is one"
        )
    else:
        text = QCoreApplication.translate("BackupPicker", "the backup from {day} at {time}")
    return text.format(day=day, time=time)


class BackupPicker(QDialog):
    """The backups in the backups folder, newest first; `picked` gives the chosen file's path
    (from the list, or from "Other file…") after the dialog has closed. Nothing is restored
    here: the page checks the file and asks first."""

    picked = Signal(object)  # Path

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(440)
        self.header = WindowHeader(self.tr("Restore a backup"))
        self.list = QListWidget()
        self.list.setProperty("boxed", True)
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.setAccessibleName(self.tr("Your backups"))
        self.list.setAccessibleDescription(
            self.tr(
                "Newest first. Enter or a double-click chooses one; you are asked before "
                "anything changes."
            )
        )
        self.empty = EmptyState(
            self.tr(
                "There are no backups here yet. Footholds makes one each day, and Back up now "
                "makes one whenever you like."
            ),
            icon="shield",
        )
        self.other = buttons.quiet(
            self.tr("Other file…"),
            self.tr("Restore a backup from another file"),
            self.tr("Opens a file dialog, for a backup kept somewhere else."),
        )
        self.cancel = buttons.secondary(
            self.tr("Cancel"), description=self.tr("Closes this without restoring anything.")
        )
        self.restore = buttons.primary(
            self.tr("Restore this one"),
            self.tr("Restore the chosen backup"),
            self.tr("Shows what the chosen backup holds and asks before anything changes."),
        )

        # Cancel and Restore this one in the order the platform gives every dialog's buttons
        # (Qt's button box), as Import's and every question's are: laid out by hand, Cancel
        # came first here and last in Import on the same desktop
        answers = QDialogButtonBox()
        answers.addButton(self.restore, QDialogButtonBox.ButtonRole.AcceptRole)
        answers.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        row = QHBoxLayout()
        row.setSpacing(tokens.XS)
        row.addWidget(self.other)
        row.addStretch(1)
        row.addWidget(answers)
        layout = window_margins(QVBoxLayout(self))
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(row)

        self._fill()
        self.list.installEventFilter(self)
        self.list.itemSelectionChanged.connect(self._on_selection_changed)
        self.list.itemDoubleClicked.connect(self._pick)
        self.restore.clicked.connect(self._on_restore_clicked)
        self.cancel.clicked.connect(self.reject)
        self.other.clicked.connect(self._on_other_clicked)
        self.resize(520, 420)

    def _fill(self) -> None:
        infos = self.ctx.backups.list()  # newest first
        for info, words in zip(infos, rows_words(infos), strict=True):
            item = QListWidgetItem(words)
            item.setData(PATH_ROLE, str(info.path))
            item.setToolTip(info.path.name)  # the file itself, for whoever looks for it
            self.list.addItem(item)
        has_any = self.list.count() > 0
        self.list.setVisible(has_any)
        self.empty.setVisible(not has_any)
        # "Pick one" only with something to pick: over an empty folder the empty state
        # under the title says what there is
        self.header.set_text(
            self.tr("Restore a backup"),
            self.tr("Pick one. You will see what it holds before anything changes.")
            if has_any
            else "",
        )
        # an empty state has one action: with nothing to choose, "Other file…" is the way on
        self.restore.setVisible(has_any)
        if has_any:
            # the newest chosen: the keyboard's ring on a row that was not chosen read as a
            # choice, beside a Restore this one that stayed grey until a click
            self.list.setCurrentRow(0)
        self.restore.setEnabled(has_any)
        # the keyboard starts where there is something to do
        (self.list if has_any else self.other).setFocus()

    def paths(self) -> list[Path]:
        """The backups listed, top to bottom."""
        return [Path(str(self.list.item(i).data(PATH_ROLE))) for i in range(self.list.count())]

    def _on_selection_changed(self) -> None:
        self.restore.setEnabled(bool(self.list.selectedItems()))

    def _on_restore_clicked(self) -> None:
        chosen = self.list.selectedItems()
        if chosen:
            self._pick(chosen[0])

    def _pick(self, item: QListWidgetItem) -> None:
        self._done_with(Path(str(item.data(PATH_ROLE))))

    def _on_other_clicked(self) -> None:
        source = choose_backup_file(self, self.ctx.paths.backup_dir)
        if source is not None:  # cancelled: the list stays, to pick from it after all
            self._done_with(source)

    def _done_with(self, source: Path) -> None:
        self.accept()  # closed first: the restore's question comes up on the page
        self.picked.emit(source)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # with no row chosen (one let go of with Ctrl+click) the keyboard stays on a row; the
        # first arrow then chooses that one, the one the person sees marked, not the next
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and not self.list.selectedItems()
            and self.list.currentItem() is not None
        ):
            self.list.setCurrentRow(self.list.currentRow())
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on the list picks the row the keyboard is on, chosen or not (one let go of
        # with Ctrl+click keeps the keyboard on it)
        item = self.list.currentItem()
        if event.key() in buttons.ENTER and self.focusWidget() is self.list and item is not None:
            self._pick(item)
            return
        super().keyPressEvent(event)
