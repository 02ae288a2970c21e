"""The check-in summary's preview: the page as it will print, rebuilt once per change, cut to
the latest of each list over a long stretch, and never scrolled sideways."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QSplitter, QStyle, QTextBrowser, QVBoxLayout, QWidget

from footholds.core import checkin
from footholds.core.checkin_chart import WIDTH
from footholds.render.paper import report_document
from footholds.ui.common.calm import screen_room
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.never_raises import never_raises

if TYPE_CHECKING:
    from footholds.core.checkin_render import Wording
    from footholds.ui.context import AppContext

# the kinds of entry the summary shows: a change to one rebuilds an open preview
WATCHED = {
    "log",
    "reminder",
    "thought",
    "proof",
    "session",
    "safety_plan",
    "activity_plan",  # "What I did, and how it felt"
    "sleep",
}
PREVIEW_MARGIN = 16
CHART_LEAST = 0.45  # the chart is never drawn smaller than this share of its size
LONG_DAYS = 366  # a longer stretch takes a moment to read: the preview says so first


class CheckinPreview(QWidget):
    """The paper side of the check-in window. It says when a rebuild is due (`due`); the
    window, which knows the days and the parts chosen, answers with `show_report`."""

    due = Signal()

    def __init__(
        self,
        ctx: AppContext,
        words: Wording,
        span: Callable[[], int],
        quick: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__()
        self.words = words
        self.span = span  # how many days the summary covers, as the fields say now
        # whether the entries for the days and parts chosen are read already: a rebuild
        # from them is quick, and "Putting it together…" is not said for it
        self.quick = quick

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview of the summary"))
        self.preview.setAccessibleDescription(
            self.tr("The summary as it will print or save, with the parts you chose.")
        )
        self.preview.setOpenLinks(False)
        # the preview wraps, never scrolls sideways (a ten-year chart once stood wider than it)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the chart follows the preview's own width, never the viewport's: the scroll bar
        # coming and going as a long page is laid out resized the viewport, and each resize
        # rebuilt the page, which laid it out again, for ever
        self.preview.installEventFilter(self)
        self.shown_doc: QTextDocument | None = None  # the page this preview made and shows
        # The preview is the page as it will print: dark ink on white, in light and dark mode.
        paper = self.preview.palette()
        paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(QPalette.ColorRole.Text, QColor("#262a2e"))
        self.preview.setPalette(paper)
        self.preview.setProperty("paper", True)  # its focus ring is the one for white paper
        # never squeezed below a readable column, its chart drawn at least at CHART_LEAST of
        # its size: at the window's narrowest it was 190 px, "Ener gy" broken mid-word and
        # the chart a thumbnail no one could read (the window stops shrinking instead)
        bar = self.preview.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        edges = 2 * PREVIEW_MARGIN + bar + 2 * self.preview.frameWidth() + 4
        self.floor = self.preview.fontMetrics().averageCharWidth() * 24 + edges  # whole words still
        self.readable = max(self.floor, math.ceil(CHART_LEAST * WIDTH) + edges)
        self.preview.setMinimumWidth(self.readable)
        # above the preview: "Putting it together…" while a long stretch is read, then
        # that a long stretch's preview shows the latest of each list. Its room, for either,
        # is kept while the span is long or the page cut: saying one, or nothing, never
        # moves the preview (it came for a moment above it at each change, and went)
        self.note = StatusLine()
        self.note.setObjectName("preview-note")
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.note.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.note)
        column.addWidget(self.preview, 1)

        # a burst of changes (typing, ticking, a resize) makes one rebuild, not one each
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self._on_timer)
        ctx.signals.store_changed.connect(self._on_store_changed)

    def fit_to_screen(self, window: QWidget, splitter: QSplitter) -> None:
        """The preview's readable least, within a small screen's room (`window`'s, the
        preview a pane of `splitter`): the window never needs to be wider than its screen."""
        room = screen_room(window)
        self.keep_least(self.readable)
        splitter.updateGeometry()
        for _ in range(3):  # its pane and the rows round it settle in a pass or two
            excess = window.minimumSizeHint().width() - (room.width() if room else 1 << 20)
            if excess <= 0:
                break
            self.keep_least(self.preview.minimumWidth() - excess)
            splitter.updateGeometry()  # a splitter keeps its panes' old least otherwise
        layout = window.layout()
        if layout is not None:  # the window's own least follows now, not at the next layout
            layout.invalidate()
            layout.activate()

    def keep_least(self, room: int) -> None:
        """The preview's least width: readable, unless the screen has only `room` for it
        (a small screen): then as much as it has, never below whole words."""
        self.preview.setMinimumWidth(max(self.floor, min(self.readable, room)))

    def later(self, *_: object) -> None:
        """Ask for a rebuild once the changes stop coming."""
        self.timer.start()

    def show_report(self, report: checkin.Report, chosen: list[str]) -> None:
        """Lay out `report` with the `chosen` parts, in place of the page shown."""
        self.timer.stop()
        scroll = self.preview.verticalScrollBar().value()
        # the room with the scroll bar in: the same whether or not the bar shows just now
        bar = self.preview.verticalScrollBar().sizeHint().width()
        room = self.preview.contentsRect().width() - bar - 2 * PREVIEW_MARGIN - 4
        report, cut = checkin.for_preview(report)
        doc = report_document(
            report, chosen, self.words, chart_width=room, most_rows=checkin.PREVIEW_MOST
        )
        doc.setDocumentMargin(PREVIEW_MARGIN)
        doc.setDefaultFont(self.preview.font())
        doc.setParent(self.preview)
        old, self.shown_doc = self.shown_doc, doc
        self.preview.setDocument(doc)
        if old is not None:
            old.deleteLater()  # with its chart: a page kept per rebuild grew to gigabytes
        self.preview.verticalScrollBar().setValue(scroll)
        self._reserve()
        self.note.say(self._long_stretch() if cut else "")
        self.note.setVisible(cut or self.span() >= LONG_DAYS)

    def _long_stretch(self) -> str:
        return self.tr(
            "A long stretch: the preview shows up to %n items in each part, the latest or "
            "the most often named. Saving or printing keeps everything.",
            "",
            checkin.PREVIEW_MOST,
        )

    def _reserve(self) -> None:
        """Room above the preview for the longer of the note's two sayings."""
        self.note.reserve([self.tr("Putting it together…"), self._long_stretch()])

    def _on_store_changed(self, kind: str) -> None:
        if kind in WATCHED and self.isVisible():
            self.timer.start()

    @never_raises
    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.preview
            and event.type() == QEvent.Type.Resize
            and event.size().width() != event.oldSize().width()
        ):
            self.timer.start()  # the chart follows the preview's width, not height
        return super().eventFilter(watched, event)

    def _on_timer(self) -> None:
        if not self.isVisible():
            return  # a hidden window catches up when it is next opened
        if self.span() < LONG_DAYS or self.quick():
            self.due.emit()  # a short stretch, or one read already: at once, and quietly
            return
        # years of entries take a moment to read: say so first, and build once it shows
        self._reserve()
        self.note.say(self.tr("Putting it together…"))
        self.note.show()
        QTimer.singleShot(40, self, self._build_when_still_due)

    def _build_when_still_due(self) -> None:
        # a change since then started the timer again: that one builds, not this
        if self.isVisible() and not self.timer.isActive():
            self.due.emit()

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)
