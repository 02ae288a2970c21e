"""The check-in summary leaving the window (checkin.py): saved as PDF, a web page or text, or
printed, and what that did, said beside the buttons."""

from __future__ import annotations

import weakref
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QWidget

from footholds.core.checkin_html import to_html
from footholds.core.checkin_render import to_markdown
from footholds.render.paper import pdf_bytes, print_report
from footholds.ui.common import buttons, modal
from footholds.ui.common.file_names import suggested_file
from footholds.ui.common.last_folder import remember, start_at
from footholds.ui.common.saved_file import SavedFile, file_format

if TYPE_CHECKING:
    from footholds.core import checkin
    from footholds.core.checkin_render import Wording
    from footholds.ui.context import AppContext


T = TypeVar("T")


class Summary(Protocol):
    """What the output asks of the check-in window."""

    words: Wording

    def report(self) -> checkin.Report: ...

    def chosen(self) -> list[str]: ...

    def keep_talk(self) -> None: ...

    def today(self) -> date: ...


class CheckinOutput(QObject):
    """Print and Save as for the summary `summary` shows in `parent`; `status` says what
    they did. What to talk about is kept first, as every way out of the window does.

    Both are the check-in window, which holds this: it holds them only weakly (a cycle left
    the closed window to Python's collector). Its buttons go with the window."""

    def __init__(self, ctx: AppContext, parent: QWidget, summary: Summary) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._window = weakref.ref(parent)
        self._summary = weakref.ref(summary)
        # what Save as and Print did, beside them: never at the foot of the choices, where it
        # was scrolled out of sight and a tired person would save again
        self.status = SavedFile(right=True)
        self.print_button = buttons.secondary(
            self.tr("Print…"),
            self.tr("Print the summary"),
            self.tr("Opens the print dialog, so you can bring a paper copy."),
        )
        self.save_button = buttons.primary(
            self.tr("Save as…"),
            self.tr("Save the summary as a PDF, a web page or plain text"),
            self.tr("Asks where to keep the file; nothing is sent anywhere."),
        )
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)

    @property
    def window(self) -> QWidget:
        return _alive(self._window())

    @property
    def summary(self) -> Summary:
        return _alive(self._summary())

    def _on_print_clicked(self) -> None:
        summary = self.summary
        summary.keep_talk()
        # Print to File offers what Save as offers: the folder last used, the same name
        printed = print_report(
            summary.report(), summary.chosen(), summary.words, self.window, file=self._start()
        )
        if printed is None:  # the person cancelled, and nothing needs saying
            return
        if printed.file is not None:
            remember(self.ctx.settings, printed.file)
        self.status.tell_printed(printed.file, printed.done)

    def _start(self) -> str:
        """Where Save as and Print to File start: the suggested name in the folder last used.
        The word is translated ("resumen" in Spanish); the date stays ISO."""
        suggested = suggested_file(self.tr("check-in", "a file name"), "pdf", self.summary.today())
        return start_at(self.ctx.settings, suggested)

    def _on_save_clicked(self) -> None:
        self.summary.keep_talk()
        pdf, web, text = (
            self.tr("PDF (*.pdf)"),
            self.tr("Web page (*.html)"),
            self.tr("Plain text (*.md)"),
        )
        path, chosen = modal.save_file(
            self.window, self.tr("Save the summary"), self._start(), ";;".join((pdf, web, text))
        )
        if path:
            remember(self.ctx.settings, Path(path))
            self.export_to(Path(path), {web: "html", text: "md"}.get(chosen, ""))

    def export_to(self, path: Path, fmt: str = "") -> bool:
        """Write the summary to `path` as pdf, html or md (from the suffix when not given)."""
        path, fmt = file_format(path, fmt)
        summary = self.summary
        report, chosen, words = summary.report(), summary.chosen(), summary.words
        if fmt == "html":
            data = to_html(report, chosen, words, lang=QLocale().name()[:2]).encode("utf-8")
        elif fmt == "md":
            data = to_markdown(report, chosen, words).encode("utf-8")
        else:
            data, _pages = pdf_bytes(report, chosen, words)
        failed = self.tr("That file could not be written ({reason}). Nothing else was changed.")
        if not self.status.write(self.ctx.paths, path, data, failed):
            return False
        summary.keep_talk()
        return True


def _alive(held: T | None) -> T:
    """What a weak reference gave, which the output's window holds while it is used."""
    if held is None:
        raise ReferenceError("the check-in window is gone")
    return held
