"""Where a file just written is told: "Saved to …" beside the button that saved it, at once,
with "Open it" and "Show in folder". Every window that saves or exports a file (the check-in
summary, the safety plan, Settings › Your data) says it here, so a tired person sees that it
worked and never saves twice to be sure.

Its room is kept from the start, links included, so nothing moves when it speaks. The words
stay (they are what the links are about) until the next thing is said or `clear()`.
Opening goes through the desktop's own apps (xdg-open on Linux, else QDesktopServices, a
file:// address): nothing leaves the computer. When no app takes the file, the line says so
in its place and the folder stays one click away. Show in folder picks the file out in its
folder where the desktop can (platform/file_open.py), else opens the folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from footholds.core.paths import Paths

from footholds.core.atomic import write_out
from footholds.core.paths import OwnFolder
from footholds.platform import file_open
from footholds.ui.common import buttons, i18n, tokens
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.saved_line import SavedLine

# what a name's suffix says it is, for Save as: a PDF when it says nothing known
FORMATS = {".html": "html", ".htm": "html", ".md": "md", ".txt": "md"}


def file_format(path: Path, fmt: str = "") -> tuple[Path, str]:
    """The file to write and its format ("pdf", "html" or "md"): `fmt` when given, else
    what the name's suffix says; a name without a suffix is given the format's."""
    fmt = fmt or FORMATS.get(path.suffix.lower(), "pdf")
    return (path if path.suffix else path.with_suffix("." + fmt)), fmt


class Opener(QObject):
    """Hands a file or a folder to the desktop's own app (xdg-open on Linux, else Qt), and
    says `not_opened(path)` when none took it. `show(file)` shows a file picked out in its
    folder where the desktop can, else opens the folder."""

    not_opened = Signal(str)  # a path no app took (from xdg-open's thread: queued here)
    _not_shown = Signal(str)  # a file the file manager did not pick out (queued here too)
    slow = Signal(str)  # a file the file manager was asked to show, and has not answered yet

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._not_shown.connect(self._open_folder_of)

    def show(self, file: Path) -> None:
        """Show `file` picked out among the others in its folder, so nobody hunts for it;
        where the desktop cannot (no file manager on the bus, it failed), open the folder."""
        said = str(file)

        def finished(status: int) -> None:
            if status == file_open.NO_ANSWER:
                # asked, and the file manager may show it yet (a slow start): a folder
                # opened besides would be a second window; where it is is said instead,
                # never that no file manager opened it (it may, any moment)
                self.slow.emit(said)
            elif status != file_open.SHOWN:
                self._not_shown.emit(said)

        if not (os.path.lexists(file) and file_open.show_item(file, finished)):
            self.open(file.parent)

    def _open_folder_of(self, file: str) -> None:
        self.open(Path(file).parent)

    def open(self, target: Path) -> None:
        said = str(target)

        def finished(status: int) -> None:
            if status != 0:
                self.not_opened.emit(said)

        if file_open.hand_over(target, finished):
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(said)):
            self.not_opened.emit(said)


class OpenFolder(QWidget):
    """A button that opens `folder` in the file manager (the data folder), and beside it,
    in room kept from the start, a line saying so when no file manager opened it: with the
    folder's path, selectable, to find it another way. Nothing moves when it speaks."""

    def __init__(self, button: QPushButton, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button, self.folder = button, Path(folder)
        self.line = Feedback(lines=2)
        # level with the button's words while it takes one line
        self.line.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.line.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.opener = Opener(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(tokens.S)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.line, 1)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)  # room for the line
        self.setSizePolicy(policy)
        button.clicked.connect(self._on_clicked)
        self.opener.not_opened.connect(self._on_not_opened)

    def _on_clicked(self) -> None:
        self.line.clear_now()
        self.opener.open(self.folder)

    def _on_not_opened(self, _target: str) -> None:
        # it stays (None): the path is there to be copied
        self.line.say(
            self.tr("No file manager opened it. Your data folder is {folder}").format(
                folder=str(self.folder)
            ),
            None,
        )
        self.line.setToolTip(self.line.text())


class SavedFile(QWidget):
    """A line of in-place feedback and two links for the file it names.

    `lines` is the room kept for the words (a long path wraps); `width` the least room for
    them; `right` sets them against the links (in a row of buttons, beside Save as);
    `under` puts the links in a row of their own under the words, at their start, so the
    words have the whole width (a form's column, Settings › Your data: beside the links,
    "Backup written to …" wrapped in the left half with Show in folder far off to the right).
    `say()` tells anything else (an error, "Copied", "Sent to the printer"), with the links
    hidden but their place kept."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        lines: int = 2,
        width: int = 0,
        right: bool = False,
        under: bool = False,
    ) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._words = ""  # what was said of the file saved
        self._could: list[str] = []  # its own sentences, room kept for the tallest
        self.line = SavedLine(lambda: self._could, width=width, lines=lines)
        side = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        self.line.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)  # level with the links
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.opener = Opener(self)
        self.open_it = buttons.link("")
        self.show_folder = buttons.link("")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(tokens.S)
        if under:
            whole = QVBoxLayout(self)
            whole.setContentsMargins(0, 0, 0, 0)
            whole.setSpacing(0)
            whole.addWidget(self.line)
            whole.addLayout(row)
        else:
            self.setLayout(row)
            row.addWidget(self.line, 1)
        for link in (self.open_it, self.show_folder):
            # under the words, Show in folder keeps the row's height: nothing below moves
            # as the links come, and it stands at the row's start when Open it does not
            if not under or link is self.show_folder:
                keep_place(link)
            link.hide()
            row.addWidget(link)
        if under:
            row.addStretch(1)
        self.retranslate()
        self.open_it.clicked.connect(self._on_open_clicked)
        self.show_folder.clicked.connect(self._on_folder_clicked)
        self.opener.not_opened.connect(self._on_not_opened)
        self.opener.slow.connect(self._on_slow)

    def retranslate(self) -> None:
        cut = "…"  # a path said in them is cut to fit what is left of their room
        self._could = [
            self.tr("Saved to {path}").format(path=cut),
            self.tr("No app on this computer opens this kind of file. Show in folder finds it."),
            self.tr("No file manager opened the folder. The file is {path}").format(path=cut),
            self.tr(
                "The file manager is slow to answer and may still show it. The file is {path}"
            ).format(path=cut),
            self.tr(
                "Nothing was printed: the printer did not start, or those pages are "
                "not there. Save as… keeps a PDF."
            ),
            self.tr("Sent to the printer."),
        ]
        self.line.updateGeometry()
        buttons.say(
            self.open_it,
            self.tr("Open it"),
            self.tr("Open the saved file"),
            self.tr("Opens it in the app your desktop uses for this kind of file."),
        )
        buttons.say(
            self.show_folder,
            self.tr("Show in folder"),
            self.tr("Show the folder the file was saved in"),
            self.tr(
                "Opens that folder in your file manager, with the file picked out when it can."
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- saying ----------------------------------------------------------------------------
    def saved(self, path: Path, text: str = "", *, openable: bool = True) -> None:
        """Tell that `path` was written (`text`, or "Saved to {path}") and offer to open it
        (unless not `openable`: a backup) and its folder. A stream (a FIFO, a device) is
        named but never opened."""
        self.path = Path(path)
        self._words = text or self.tr("Saved to {path}").format(path=str(path))
        self.line.say_path(self._words, str(path))
        self.open_it.setVisible(openable and os.path.isfile(self.path))
        self.show_folder.setVisible(os.path.isdir(self.path.parent))

    def write(self, paths: Paths, path: Path, data: bytes, failed: str) -> bool:
        """Write `data` to `path` and say how it went: "Saved to …", or `failed` with its
        {reason} filled in. Never over the store, the settings or a backup (`paths`); a
        FIFO or a device is written to, never replaced (core/atomic.py)."""
        try:
            paths.check_outside(path)
            write_out(path, data)
        except OwnFolder as exc:
            self.say(i18n.error_text(exc))
            return False
        except OSError as exc:
            self.say(failed.format(reason=exc.strerror or str(exc)))
            return False
        self.saved(path)
        return True

    def tell_printed(self, file: Path | None, done: bool) -> None:
        """Tell what a print did (render/paper.py `Printed`): sent to the printer, saved to
        `file` (the print dialog's Print to File, said as Save as would say it), or, when
        nothing came out (`done` false), plainly that, with the way on: never "sent" for a
        print that did not happen."""
        if not done:
            self.say(
                self.tr(
                    "Nothing was printed: the printer did not start, or those pages are "
                    "not there. Save as… keeps a PDF."
                )
            )
        elif file is None:
            self.say(self.tr("Sent to the printer."))
        else:
            self.saved(file)

    def say(self, text: str) -> None:
        """Tell something other than a file saved: the links go, their room stays."""
        self.path = None
        self.line.say_kept(text)  # all of it: its room grows rather than cut it off
        self.open_it.hide()
        self.show_folder.hide()

    def clear(self) -> None:
        """Nothing said (the window opens afresh)."""
        self.path = None
        self.line.clear_now()
        self.line.setToolTip("")
        self.open_it.hide()
        self.show_folder.hide()

    def text(self) -> str:
        return self.line.text()

    # -- slots -----------------------------------------------------------------------------
    def _on_open_clicked(self) -> None:
        if self.path is not None:
            self._say_saved_again()
            self._open(self.path)

    def _on_folder_clicked(self) -> None:
        if self.path is not None:
            self._say_saved_again()
            self.opener.show(self.path)  # the file picked out in it, where the desktop can

    def _say_saved_again(self) -> None:
        """A new try: what failed last time is not said over a folder that opens now (if it
        fails again, it is said again)."""
        if self.line.accessibleName() != self._words and self.path is not None:
            self.line.say_path(self._words, str(self.path))

    def _open(self, target: Path) -> None:
        """Hand `target` to the desktop; if nothing takes it, say so (`_on_not_opened`)."""
        self.opener.open(target)

    def _on_not_opened(self, target: str) -> None:
        if self.path is None or target not in (str(self.path), str(self.path.parent)):
            return  # something else has been said since: that stands
        if target == str(self.path):
            # said in its place, never a click that did nothing; the folder is still one
            # click away, and where the file is stays in the tooltip
            self.line.say_kept(
                self.tr("No app on this computer opens this kind of file. Show in folder finds it.")
            )
            self.line.setToolTip(self._words)  # where the file is, still
            if self.open_it.hasFocus() and self.show_folder.isVisible():
                self.show_folder.setFocus()
            self.open_it.hide()
        else:
            # the file's own name stays in the line it replaces ("Export written to …"):
            # its whole path, to find it another way
            self.line.say_path(
                self.tr("No file manager opened the folder. The file is {path}").format(
                    path=str(self.path)
                ),
                str(self.path),
            )

    def _on_slow(self, target: str) -> None:
        if self.path is None or target != str(self.path):
            return  # something else has been said since: that stands
        self.line.say_path(
            self.tr(
                "The file manager is slow to answer and may still show it. The file is {path}"
            ).format(path=str(self.path)),
            str(self.path),
        )


def keep_place(widget: QPushButton) -> None:
    """Hidden, it keeps its room: a link that comes never pushes the words aside."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
