"""The safety plan leaving the computer: copied as plain text, saved as PDF, a web page or
Markdown, or printed. The words come from the core renderer; only PDF and print use Qt."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from footholds.core import content, safety_plan_render
from footholds.core.safety_plan_render import PlanPage
from footholds.ui.common import buttons, modal
from footholds.ui.common.calm import language
from footholds.ui.common.file_names import suggested_file
from footholds.ui.common.last_folder import remember, start_at
from footholds.ui.common.saved_file import SavedFile, file_format

if TYPE_CHECKING:
    from footholds.ui.context import AppContext
    from footholds.ui.help.safety_plan import SafetyPlanWindow


class PlanOutput(QObject):
    """Copy, Save as and Print buttons for the plan in `parent`, its window: the plan as
    shown, kept first (so what leaves is what is kept); `status` says what happened."""

    def __init__(self, ctx: AppContext, parent: SafetyPlanWindow, status: SavedFile) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = status
        # quiet: ways to take the plan elsewhere, beside Save rather than
        # four raised buttons of equal weight
        self.copy = buttons.quiet(
            self.tr("Copy as text"),
            self.tr("Copy my safety plan as plain text"),
            self.tr("Puts the plan on the clipboard, to paste into a message or a note."),
        )
        self.save_as = buttons.quiet(
            self.tr("Save as…"),
            self.tr("Save my safety plan as a file"),
            self.tr("As a PDF, a web page or plain text; asks where to keep it."),
        )
        self.print_button = buttons.quiet(
            self.tr("Print…"),
            self.tr("Print my safety plan"),
            self.tr("Opens the print dialog, so you can keep a copy on paper."),
        )
        self.copy.clicked.connect(self._on_copy_clicked)
        self.save_as.clicked.connect(self._on_save_as_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)

    @property
    def window(self) -> SafetyPlanWindow:
        """Its window, reached through Qt (its parent), never held here: the window holds
        this, and a cycle through a window left it to the garbage collector (whose collect
        after a close crashed the app over Tough day's window)."""
        return cast("SafetyPlanWindow", self.parent())

    def _ready(self) -> PlanPage | None:
        """The plan, kept first; None (and a kind word) when there is nothing in it."""
        plan = self.window.plan_page()
        if plan.empty:
            self.status.say(
                self.tr("Anything you write here can then be copied, saved or printed.")
            )
            return None
        self.window.save_plan()
        return plan

    def _on_copy_clicked(self) -> None:
        plan = self._ready()
        if plan is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(safety_plan_render.to_text(plan))
        self.status.say(self.tr("Copied. You can paste it into a message or a note."))

    def _on_save_as_clicked(self) -> None:
        if self._ready() is None:
            return
        pdf, web, text = (
            self.tr("PDF (*.pdf)"),
            self.tr("Web page (*.html)"),
            self.tr("Plain text (*.md)"),
        )
        path, chosen = modal.save_file(
            self.window, self.tr("Save my safety plan"), self._start(), ";;".join((pdf, web, text))
        )
        if path:
            remember(self.ctx.settings, Path(path))
            self.export_to(Path(path), {web: "html", text: "md"}.get(chosen, ""))

    def export_to(self, path: Path, fmt: str = "") -> bool:
        """Write the plan to `path` as pdf, html or md (from the suffix when not given)."""
        plan = self._ready()
        if plan is None:
            return False
        path, fmt = file_format(path, fmt)
        if fmt == "html":
            code = content.language_code(language(self.ctx))
            data = safety_plan_render.to_html(plan, lang=code).encode("utf-8")
        elif fmt == "md":
            data = safety_plan_render.to_markdown(plan).encode("utf-8")
        else:
            from footholds.render.paper import plan_pdf_bytes

            data, _pages = plan_pdf_bytes(plan)
        failed = self.tr("That file could not be written ({reason}). Your plan is safe here.")
        return self.status.write(self.ctx.paths, path, data, failed)

    def _on_print_clicked(self) -> None:
        plan = self._ready()
        if plan is None:
            return
        from footholds.render.paper import print_plan

        # Print to File offers what Save as offers: the folder last used, the same name
        printed = print_plan(plan, self.window, file=self._start())
        if printed is None:  # the person cancelled, and nothing needs saying
            return
        if printed.file is not None:
            remember(self.ctx.settings, printed.file)
        self.status.tell_printed(printed.file, printed.done)

    def _start(self) -> str:
        """Where Save as and Print to File start: the suggested name in the folder last used."""
        suggested = suggested_file(self.tr("safety-plan", "a file name"), "pdf")
        return start_at(self.ctx.settings, suggested)
