"""The small pictures in the insights window, painted with QPainter in the calm palette.

Nothing is drawn as good or bad: no red, no warning colours, and a quiet day is simply a
quiet day. Each chart also describes itself in words for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from footholds.core.insights import TOP_FEELINGS, Insights

ROWS_LIGHT = ("#3d7f7a", "#5b7fa6", "#8a6fa8", "#a7834a", "#5f8f5a")
ROWS_DARK = ("#6fb3ac", "#8fb0d6", "#b9a0d4", "#d0b07a", "#94c28e")
LABEL_WIDTH = 110
ROW_HEIGHT = 22


def day_font(font: QFont) -> QFont:
    """The type the days (or weeks) under a chart are named in: a little smaller."""
    small = QFont(font)
    small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
    return small


class Chart(QWidget):
    """A chart of one stretch of days; subclasses paint."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: Insights | None = None
        self.colours: dict[str, str] = {}
        self.rows: tuple[str, ...] = ROWS_LIGHT
        self.day_label: Callable[[date], str] = lambda d: str(d.day)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(360)

    def show_data(
        self,
        data: Insights,
        colours: dict[str, str],
        dark: bool,
        day_label: Callable[[date], str],
        description: str,
    ) -> None:
        self.data, self.colours, self.day_label = data, colours, day_label
        self.rows = ROWS_DARK if dark else ROWS_LIGHT
        self.setAccessibleDescription(description)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def colour(self, key: str, alpha: int = 255) -> QColor:
        c = QColor(self.colours.get(key, "#888888"))
        c.setAlpha(alpha)
        return c

    def plot_x(self, index: int, count: int) -> float:
        step = (self.width() - LABEL_WIDTH - 12) / max(1, count)
        return LABEL_WIDTH + (index + 0.5) * step

    def paint_day_labels(self, painter: QPainter, y: float) -> None:
        assert self.data is not None
        days = self.data.days
        count = len(days)
        every = 1 if count <= 7 else max(1, round(count / 6))
        painter.setPen(self.colour("soft"))
        small = day_font(self.font())
        painter.setFont(small)
        metrics = QFontMetrics(small)
        for i, day in enumerate(days):
            if i % every and i != count - 1:
                continue
            text = self.day_label(day.day)
            width = metrics.horizontalAdvance(text)
            x = self.plot_x(i, count) - width / 2
            x = min(max(x, LABEL_WIDTH - 4), self.width() - width - 2)
            painter.drawText(QPointF(x, y), text)
        painter.setFont(self.font())


class EnergyFeelingsChart(Chart):
    """Energy as a soft line from 1 to 5; below it, a dot on each day a feeling came up."""

    ENERGY_HEIGHT = 110
    # a row for each feeling of a week in which one was named a day; any beyond are named in
    # the words under the picture (InsightsWindow._energy_caption), never left out unsaid
    ROWS = TOP_FEELINGS  # as many as the check-in summary's chart

    def feeling_rows(self) -> list[str]:
        """The feelings given a row of dots, most often named first."""
        return [name for name, _ in self.data.feelings[: self.ROWS]] if self.data else []

    def sizeHint(self) -> QSize:
        rows = len(self.feeling_rows())
        return QSize(560, 16 + self.ENERGY_HEIGHT + 30 + rows * ROW_HEIGHT + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.data is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        days, top = self.data.days, 12.0
        count = len(days)

        def y(level: float) -> float:
            return top + (5 - level) / 4 * self.ENERGY_HEIGHT

        painter.setPen(QPen(self.colour("mid", 150), 1))
        for level in range(1, 6):
            painter.drawLine(QPointF(LABEL_WIDTH, y(level)), QPointF(self.width() - 12, y(level)))
        painter.setPen(self.colour("soft"))
        painter.drawText(QPointF(4, y(3) + 4), self.tr("Energy"))
        painter.drawText(QPointF(LABEL_WIDTH - 16, y(5) + 4), "5")
        painter.drawText(QPointF(LABEL_WIDTH - 16, y(1) + 4), "1")
        points = [
            QPointF(self.plot_x(i, count), y(d.energy))
            for i, d in enumerate(days)
            if d.energy is not None
        ]
        line = self.colour("highlight")
        if len(points) > 1:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            pen = QPen(line, 2.2)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(line)
        for point in points:
            painter.drawEllipse(point, 4, 4)
        self.paint_day_labels(painter, top + self.ENERGY_HEIGHT + 20)
        rows_top = top + self.ENERGY_HEIGHT + 30
        metrics = QFontMetrics(self.font())
        for row, name in enumerate(self.feeling_rows()):
            cy = rows_top + row * ROW_HEIGHT + ROW_HEIGHT / 2
            painter.setPen(self.colour("text"))
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 12)
            painter.drawText(QPointF(4, cy + metrics.ascent() / 2 - 1), label)
            painter.setPen(QPen(self.colour("mid", 110), 1))
            painter.drawLine(QPointF(LABEL_WIDTH, cy), QPointF(self.width() - 12, cy))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.rows[row % len(self.rows)]))
            for i, d in enumerate(days):
                if name in d.feelings:
                    painter.drawEllipse(QPointF(self.plot_x(i, count), cy), 5.5, 5.5)
        painter.end()


class MovementChart(Chart):
    """A soft bar for each day's movements; a quiet day is just the baseline."""

    HEIGHT = 70

    def sizeHint(self) -> QSize:
        return QSize(560, 12 + self.HEIGHT + 26)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.data is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        days, base = self.data.days, 12.0 + self.HEIGHT
        count = len(days)
        most = max([3, *(d.movements for d in days)])
        width = min(26.0, (self.width() - LABEL_WIDTH - 12) / max(1, count) * 0.6)
        painter.setPen(QPen(self.colour("mid", 150), 1))
        painter.drawLine(QPointF(LABEL_WIDTH, base), QPointF(self.width() - 12, base))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour("highlight", 210))
        for i, d in enumerate(days):
            if d.movements:
                h = self.HEIGHT * d.movements / most
                x = self.plot_x(i, count) - width / 2
                painter.drawRoundedRect(QRectF(x, base - h, width, h), 3, 3)
        self.paint_day_labels(painter, base + 18)
        painter.end()


class WinddownChart(Chart):
    """A filled circle on each evening the wind-down was kept; nothing marks the others."""

    def sizeHint(self) -> QSize:
        return QSize(560, 12 + 20 + 26)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.data is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        days, cy = self.data.days, 22.0
        count = len(days)
        painter.setPen(QPen(self.colour("mid", 110), 1))
        painter.drawLine(QPointF(LABEL_WIDTH, cy), QPointF(self.width() - 12, cy))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour("highlight"))
        for i, d in enumerate(days):
            if d.winddown:
                painter.drawEllipse(QPointF(self.plot_x(i, count), cy), 6.5, 6.5)
        self.paint_day_labels(painter, cy + 28)
        painter.end()


class HelpedChart(Chart):
    """What helped, most often first: a label and a soft bar for each."""

    LIMIT = 5

    def sizeHint(self) -> QSize:
        rows = min(self.LIMIT, len(self.data.helped)) if self.data else 0
        return QSize(560, max(1, rows) * 28 + 8)

    def row_at(self, y: float) -> int | None:
        """The row drawn at height `y`, or None between and past the rows."""
        row = int((y - 4) // 28)
        shown = min(self.LIMIT, len(self.data.helped)) if self.data else 0
        return row if y >= 4 and 0 <= row < shown else None

    def event(self, event: QEvent) -> bool:
        # a long label is cut to fit: the person's own words are read whole on hover
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row is not None and self.data is not None:
                QToolTip.showText(event.globalPos(), self.data.helped[row][0], self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.data is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        items = self.data.helped[: self.LIMIT]
        metrics = QFontMetrics(self.font())
        widest = max([0, *(metrics.horizontalAdvance(text) for text, _ in items)])
        label_width = min(self.width() * 0.45, widest + 24.0)
        most = max([1, *(n for _, n in items)])
        room = self.width() - label_width - 24
        for row, (text, n) in enumerate(items):
            cy = 4 + row * 28 + 14
            painter.setPen(self.colour("text"))
            label = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(label_width) - 8)
            painter.drawText(QPointF(4, cy + metrics.ascent() / 2 - 1), label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.rows[row % len(self.rows)]))
            length = max(8.0, room * n / most)
            painter.drawRoundedRect(QRectF(label_width, cy - 8, length, 16), 4, 4)
        painter.end()
