"""The check-in summary on paper: a Qt text document, PDF bytes and printing.

Qt's rich text does not draw SVG, so the chart goes into the document as a text object that
QSvgRenderer paints straight onto whatever painter draws the page: on screen, into the
QPdfWriter and onto a printer. It stays vector (paths and text, never a bitmap), so it is
never blurry, at any zoom or print resolution.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QByteArray, QDate, QLocale, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from footholds.core import content
from footholds.core.atomic import PRIVATE_FILE
from footholds.core.checkin import Report
from footholds.core.checkin_chart import chart_svg
from footholds.core.checkin_html import to_html
from footholds.core.checkin_render import Wording, wording_in
from footholds.core.plural import english
from footholds.core.safety_plan_render import PlanPage
from footholds.core.safety_plan_render import to_html as plan_html
from footholds.render.list_margins import nested_list_margins
from footholds.render.page_breaks import HAIR, keep_together
from footholds.render.qm import qm_translator

if TYPE_CHECKING:
    from PySide6.QtGui import QPageLayout, QPdfWriter
    from PySide6.QtPrintSupport import QPrinter

# The page classes (QPageLayout, QPageSize, QPdfWriter) are imported only to make a PDF or
# print: the check-in shows its summary without them, and their enums (119 page sizes alone)
# stayed in memory after the window closed.

CHART_URL = "footholds-chart"  # the placeholder's name, swapped for the vector chart
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 17
_SVG = QTextFormat.Property.UserProperty + 1
_SIZE = QTextFormat.Property.UserProperty + 2
PDF_DPI = 300
PAPER_TEXT = "#262a2e"  # the paper styles' type (core/checkin_html.py, safety_plan_render.py)
PAPER_LINK = "#2d6d68"  # their links: 6:1 on white


def wording() -> Wording:
    """The summary's words and dates in the person's language (dates from core/dates.py),
    in the language of now for good: a window that keeps it while the language is changed
    (the check-in, holding typed words, ui/shell/language_follow.py) says its whole summary
    in that one, never a Spanish date in an English sentence. Read from the same compiled
    catalogues the app installs, through translators of its own that a language change
    leaves alone (not the XML sources core/catalog.py parses for the command line: its
    parser and every sentence would stay in memory for the app's life)."""
    locale = QLocale().name()
    code = content.language_code(locale)
    ours = qm_translator(code) if code != "en" else None
    english_forms = qm_translator("en")  # English's own plural forms ("1 day")

    def translate(context: str, text: str) -> str:
        return (ours.translate(context, text) if ours is not None else "") or text

    def plural(context: str, text: str, n: int) -> str:
        for translator in (ours, english_forms):
            form = translator.translate(context, text, None, n) if translator else ""
            if form:
                return form.replace("%Ln", str(n)).replace("%n", str(n))
        return english(context, text, n)

    return wording_in(translate, plural, locale)


def to_date(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


class SvgChart(QPyTextObject):
    """Draws the chart's SVG where its text object sits, at the size laid out for it."""

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        return QSizeF(fmt.property(_SIZE))

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        renderer = QSvgRenderer(QByteArray(str(fmt.property(_SVG)).encode("utf-8")))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(rect))
        painter.restore()


def chart_svg_for(report: Report, words: Wording | None = None) -> str:
    """The chart's SVG, in the summary's words."""
    w = (words or Wording()).for_report(report)
    return chart_svg(
        report.days, w.short_day, title=w["chart"], energy_label=w["energy"], word=w.word
    )


def _place_chart(doc: QTextDocument, svg: str) -> None:
    """Swap the chart's placeholder image for the vector chart object, at the same size."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name() == CHART_URL:
                image = fmt.toImageFormat()
                chart = QTextCharFormat()
                chart.setObjectType(CHART_OBJECT)
                chart.setProperty(_SVG, svg)
                chart.setProperty(_SIZE, QSizeF(image.width(), image.height()))
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.insertText("\ufffc", chart)
                return
            it += 1
        block = block.next()


def report_document(
    report: Report,
    sections: Iterable[str] | None = None,
    words: Wording | None = None,
    *,
    chart_width: int | None = None,
    most_rows: int | None = None,
) -> QTextDocument:
    """The summary as a QTextDocument, chart included, for preview, PDF and print;
    `most_rows` cuts the feelings table to its latest rows (the preview of a long stretch)."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    handler = SvgChart(doc)  # parented to the document, so it lives as long as it does
    doc.documentLayout().registerHandler(CHART_OBJECT, handler)
    html = to_html(
        report, sections, words, chart_src=CHART_URL, chart_width=chart_width, most_rows=most_rows
    )
    doc.setHtml(html)
    nested_list_margins(doc)  # the last day's notes right under it (list_margins.py)
    if "feelings" in (sections if sections is not None else ("feelings",)) and report.days.entries:
        _place_chart(doc, chart_svg_for(report, words))
    return doc


def _page_layout() -> QPageLayout:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(18, 16, 18, 16),
        QPageLayout.Unit.Millimeter,
    )


def pdf_bytes(
    report: Report, sections: Iterable[str] | None = None, words: Wording | None = None
) -> tuple[bytes, int]:
    """The summary as PDF bytes (A4), and how many pages it has."""
    return _pdf(report_document(report, sections, words), (words or Wording())["title"])


def plan_document(plan: PlanPage) -> QTextDocument:
    """The safety plan as a QTextDocument, for PDF and print."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(plan_html(plan, for_qt=True))
    return doc


def plan_pdf_bytes(plan: PlanPage) -> tuple[bytes, int]:
    """The safety plan as PDF bytes (A4), and how many pages it has."""
    return _pdf(plan_document(plan), plan.title)


def _pdf(doc: QTextDocument, title: str) -> tuple[bytes, int]:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(_page_layout())
    writer.setTitle(title)
    writer.setCreator("Footholds")
    pages = _print_into(doc, writer)
    buffer.close()
    return bytes(buffer.data().data()), pages


def _print_into(
    doc: QTextDocument,
    device: QPdfWriter | QPrinter,
    chosen: Callable[[int], list[int]] | None = None,
) -> int:
    """Lay the document out on the device's pages and print it; returns the page count.
    `chosen` picks which pages (0-based), in which order, from how many there are: all of
    them, in order, when not given.

    Printers come this way too, never through QTextDocument.print_: that lays the document
    out again in the printer's own pixels (1200 dpi and more), where the type sized in px
    (the plan's and the summary's style) came out about 1 pt tall."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    # Lay out at 96 dpi-like points (the px of the style), then scale to the device.
    scale = device.resolution() / 96.0
    doc.setPageSize(QSizeF(rect.width() / scale, rect.height() / scale))
    keep_together(doc, rect.height() / scale)  # page_breaks.py
    pages = doc.pageCount()
    wanted = list(chosen(pages) if chosen is not None else range(pages))
    painter = QPainter()
    # none asked for ("pages 2 to 3" of one), or a printer that would not start: nothing
    if not wanted or not painter.begin(device):
        return 0
    painter.scale(scale, scale)
    page_height = rect.height() / scale
    for n, page in enumerate(wanted):
        if n:
            device.newPage()
        painter.save()
        painter.translate(0, -page * page_height)
        # a hair inside the page: a line starting right at its foot belongs to the next one
        clip = QRectF(0, page * page_height + HAIR, rect.width() / scale, page_height - 2 * HAIR)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        context.palette = _paper_palette()
        doc.documentLayout().draw(painter, context)
        painter.restore()
    painter.end()
    return pages


def _paper_palette() -> QPalette:
    """Paper's colours, whatever the app's theme: the dark theme's pale text and pale teal
    links are for a dark window, and on white they were 1.7:1. Type without a colour of its
    own (the recovery key) is drawn in Text, a link without one in Link."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Text, PAPER_TEXT),
        (QPalette.ColorRole.WindowText, PAPER_TEXT),
        (QPalette.ColorRole.Link, PAPER_LINK),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Window, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _chosen_pages(printer: QPrinter) -> Callable[[int], list[int]]:
    """The pages the print dialog asked for ("Pages from 2 to 3"), in its order (last page
    first when asked): what QTextDocument.print_ would have printed."""
    from PySide6.QtPrintSupport import QPrinter

    ranges = printer.pageRanges()
    last_first = printer.pageOrder() == QPrinter.PageOrder.LastPageFirst

    def chosen(pages: int) -> list[int]:
        wanted = [p for p in range(pages) if ranges.isEmpty() or ranges.contains(p + 1)]
        return wanted[::-1] if last_first else wanted

    return chosen


class Printed(NamedTuple):
    """A print asked for: `file` is the PDF written when the person chose to print to a file
    (so say it was saved there), None when it went to a printer; `done` is whether anything
    was printed at all: not when the printer (or the file) would not start, nor when the
    pages asked for are not in the document. Never "sent" when it was not."""

    file: Path | None
    done: bool


def print_report(
    report: Report,
    sections: Iterable[str] | None,
    words: Wording | None,
    parent: QWidget | None = None,
    *,
    file: str = "",
) -> Printed | None:
    """Ask for a printer and print the summary; None when the person cancels. `file` is
    what "Print to File" offers (Save as's folder and name), else Qt's own."""
    document = report_document(report, sections, words)
    return _print(document, (words or Wording())["title"], parent, file)


def print_plan(plan: PlanPage, parent: QWidget | None = None, *, file: str = "") -> Printed | None:
    """Ask for a printer and print the safety plan; None when the person cancels."""
    return _print(plan_document(plan), plan.title, parent, file)


def print_key(
    title: str, key: str, note: str, parent: QWidget | None = None, *, file: str = ""
) -> Printed | None:
    """Ask for a printer and print a recovery key, large and in a fixed-width face, under
    `title` and over `note` (what it is for); None when the person cancels."""
    from html import escape

    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(
        f"<h2>{escape(title)}</h2>"
        f'<p style="font-family: monospace; font-size: 16pt; font-weight: 600">{escape(key)}</p>'
        f"<p>{escape(note)}</p>"
    )
    return _print(doc, title, parent, file)


def _print(
    doc: QTextDocument, title: str, parent: QWidget | None, file: str = ""
) -> Printed | None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_page_layout())
    printer.setDocName(title)
    from footholds.ui.common import modal

    # modal to its own window only: the tray and the help windows stay live meanwhile
    dialog = QPrintDialog(printer, modal.over(parent))
    if file:
        offer_file(dialog, file)
    if not modal.run(dialog):
        return None
    done = _print_privately(doc, printer) > 0
    name = printer.outputFileName()
    return Printed(Path(name) if name else None, done)


def offer_file(dialog: QWidget, file: str) -> None:
    """Have the print dialog's "Print to File" offer `file`, as Save as does: Qt's own offer
    was the home folder, whatever folder the person last saved in. Set in the dialog's file
    box, not on the printer: a printer given a PDF name would have the dialog choose "Print
    to File" over a real printer. A dialog with no such box (not Qt's own) is left as it is."""
    from PySide6.QtWidgets import QLineEdit

    box = dialog.findChild(QLineEdit, "filename")
    if box is not None:
        box.setText(file)


def _print_privately(doc: QTextDocument, printer: QPrinter) -> int:
    """Print `doc`; printed to a file (the dialog's "Print to File (PDF)"), the file is the
    owner's only (0600), as Save as writes it, from before its first byte: it may hold
    entries, or the lock's recovery key. No umask is changed (it is the whole process's,
    its other threads' files too): the file is made 0600 before Qt opens it, and made so
    again once printed, whatever Qt did. Returns the pages printed (0: none). An empty file
    made here for a print that never came is taken away again: no PDF that is not one."""
    name = printer.outputFileName()
    if not name or os.name != "posix":
        return _print_into(doc, printer, _chosen_pages(printer))
    made = _make_private(name, create=True)
    pages = 0
    try:
        pages = _print_into(doc, printer, _chosen_pages(printer))
    finally:
        _make_private(name, create=False)
        if made and not pages:
            with contextlib.suppress(OSError):
                if os.path.getsize(name) == 0:
                    os.unlink(name)
    return pages


def _make_private(name: str, *, create: bool) -> bool:
    """Make the regular file `name` 0600, empty and new if it is not there yet and `create`;
    anything else (a FIFO, a device) is left as it is, and so is a file this person may not
    change: Qt opens it, or says it could not. Returns whether it made the file."""
    with contextlib.suppress(OSError):
        try:
            found = os.stat(name)
        except FileNotFoundError:
            if not create:
                return False
            # O_EXCL: made here, or left alone; 0600 with any umask (fchmod: never wider)
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE)
            try:
                os.fchmod(fd, PRIVATE_FILE)
            finally:
                os.close(fd)
            return True
        if stat.S_ISREG(found.st_mode) and stat.S_IMODE(found.st_mode) != PRIVATE_FILE:
            os.chmod(name, PRIVATE_FILE)
    return False
