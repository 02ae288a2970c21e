"""The Undo strip's sentence (undo.py): wrapped in the room of a fixed number of lines,
shortened on a word with "…" when it would need more."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy

from footholds.ui.common.breaks import breakable, longest_fitting


class OneLine(QLabel):
    """The strip's sentence, wrapped over the room of `LINES` lines, which it keeps whether
    it says one line or two: a long sentence must not make the strip taller (which would move
    the window's content) or wider (which would widen the window). A sentence that still
    does not fit is shortened at its end, on a word, with "…", never in its middle (a cut
    middle once said the session had moved, not the words); the whole sentence stays in the
    tooltip and for screen readers. A long run without spaces wraps (breaks.py)."""

    LINES = 2

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.whole = ""
        self.lines = self.LINES
        self._keep_room()

    def keep_lines(self, lines: int) -> None:
        """Keep the room of `lines` lines (a strip standing in for a slim row has less)."""
        self.lines = max(1, lines)
        self._keep_room()
        self._fit()

    def set_whole(self, text: str) -> None:
        self.whole = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the style sheet's font came
            self._keep_room()
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _keep_room(self) -> None:
        metrics = self.fontMetrics()
        self.setFixedHeight(metrics.lineSpacing() * (self.lines - 1) + metrics.height())

    def _fits(self, text: str) -> bool:
        return self._tall(text) <= self.height()

    def _tall(self, text: str) -> int:
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        room = QRect(0, 0, max(1, self.width()), 100_000)
        return self.fontMetrics().boundingRect(room, flags, text).height()

    def _fit(self) -> None:
        whole = breakable(self.whole)
        shown = whole
        if self.width() > 0:
            shown = longest_fitting(whole, self._fits)
        if shown != self.text():
            self.setText(shown)
