"""The journal's rows (a heading per day, then that day's entries, newest first), how each
row is drawn, and how the months of a long history are walked, newest first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from footholds.core import days
from footholds.core.list_words import fold
from footholds.core.store import LogEntry
from footholds.ui.common.breaks import breakable
from footholds.ui.common.default_lists import word
from footholds.ui.common.marks import WRAP, draw_marked, marker

Index = QModelIndex | QPersistentModelIndex
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CLIP = 600  # characters of a long text shown in the list; the editor shows all of it
PAD = 10


@dataclass(frozen=True)
class Written:
    """When an entry was written, in the pieces a sentence about it needs: languages join a
    day to a time differently ("today at", "hoy a las", "el jueves, 3 de diciembre a las"),
    so each case is a whole sentence of its own and these fill it."""

    days_ago: int  # 0 today, 1 yesterday, as the person's days count (core/days.py)
    day: date  # the person's day it belongs to: at 2 am, still the evening before
    time: str  # "21:20"
    one: bool  # the hour is one: Spanish says "a la 01:15" but "a las 09:15"


def written(at: datetime, today: date, start_hour: int, *, seconds: bool = False) -> Written:
    """When `at` was, seen from the person's `today`; `seconds` in its time ("14:59:07"),
    to tell it from another of the same minute."""
    local = at.astimezone()
    day = days.day_of(local, start_hour)
    time = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
    return Written((today - day).days, day, time, local.hour == 1)


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """The local start of a month ("2026-03") and of the next one."""
    year, mon = int(month[:4]), int(month[5:])
    nxt = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return datetime(year, mon, 1).astimezone(), datetime(*nxt, 1).astimezone()


def months_to_walk(file_months: list[str]) -> list[str]:
    """Calendar months to read, newest first: every month with a file and its neighbours
    (an entry written in another time zone can be filed a month either side)."""
    out: set[str] = set()
    for month in file_months:
        year, mon = int(month[:4]), int(month[5:])
        for delta in (-1, 0, 1):
            y, m = year + (mon - 1 + delta) // 12, (mon - 1 + delta) % 12 + 1
            out.add(f"{y:04d}-{m:02d}")
    return sorted(out, reverse=True)


def matches(entry: LogEntry, needle: str) -> bool:
    """Whether a folded search string is in any of the entry's words, the starting feelings
    and wins also as they are shown ("tristeza" finds an entry that stored "sad")."""
    fields = (entry.note, entry.trigger, entry.tried, entry.helped, entry.part)
    named = [*entry.feelings, *entry.wins]
    # folded once, the parts kept apart by a character no search holds, so no match runs
    # from the end of one field into the next
    return needle in fold("\x00".join(t for t in (*fields, *named, *map(word, named)) if t))


def clip(text: str, limit: int = CLIP) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def entry_heading(entry: LogEntry) -> str:
    """The time, feelings and energy, on one line."""
    parts = [entry.at.astimezone().strftime("%H:%M")]
    if entry.feelings:
        parts.append(", ".join(map(word, entry.feelings)))  # a starting one translated
    if entry.energy:
        parts.append(
            QCoreApplication.translate("journal", "energy {level} of 5").format(level=entry.energy)
        )
    return "  ·  ".join(parts)


def entry_body(entry: LogEntry) -> str:
    """Wins, the note and the journal answers, as readable lines."""
    lines = []
    if entry.wins:
        lines.append(
            QCoreApplication.translate("journal", "Small wins: {wins}").format(
                wins=", ".join(map(word, entry.wins))
            )
        )
    if entry.note.strip():
        lines.append(clip(entry.note.strip()))
    # each a whole line to translate: a question keeps its own marks ("¿Qué…? {words}")
    for said, text in (
        (QCoreApplication.translate("journal", "What set it off: {words}"), entry.trigger),
        (QCoreApplication.translate("journal", "What I tried: {words}"), entry.tried),
        (QCoreApplication.translate("journal", "What helped: {words}"), entry.helped),
        (
            QCoreApplication.translate("journal", "The part of me that was loud: {words}"),
            word(entry.part),
        ),
    ):
        if text.strip():
            lines.append(said.format(words=clip(text.strip(), CLIP // 2)))
    return "\n".join(lines)


def day_heading(day: date, today: date) -> str:
    """The day over its entries: "Today", "Yesterday", "Tue 3 Dec" (ui/common/dates.py)."""
    from PySide6.QtCore import QLocale

    from footholds.ui.common import dates

    return dates.day_label(day, today=today, locale=QLocale().name(), capital=True)


@dataclass
class Row:
    kind: str  # "day" or "entry"
    day: date
    entry: LogEntry | None = None
    texts: tuple[str, str] | None = None  # heading and body, made once when first drawn


class JournalModel(QAbstractListModel):
    """Day headings and entries, newest first, added a month at a time. A day is the
    person's day (core/days.py): an entry written at 2 am is under the evening before, and
    at 2 am that evening is still "Today", as the Today window says."""

    def __init__(self, start_hour: Callable[[], int] = lambda: days.DEFAULT_START_HOUR) -> None:
        super().__init__()
        self.start_hour = start_hour
        self.rows: list[Row] = []
        self.today = days.today(start_hour())
        self.needle = ""  # what the search looks for, folded: drawn marked where it is found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == KIND_ROLE:
            return row.kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if row.entry is None:
                return day_heading(row.day, self.today)
            body = entry_body(row.entry)
            text = entry_heading(row.entry) + ("\n" + body if body else "")
            if role == Qt.ItemDataRole.AccessibleTextRole:  # the heading row is passed over
                text = f"{day_heading(row.day, self.today)}, {text}"
            return text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].kind == "day":  # a heading: the arrow keys pass over it
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def reset(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.today = days.today(self.start_hour())
        self.endResetModel()

    def append(self, entries: list[LogEntry]) -> int:
        """Add entries older than those shown (newest first); returns how many."""
        if not entries:
            return 0
        new: list[Row] = []
        last = self.rows[-1].day if self.rows else None
        for entry in sorted(entries, key=lambda e: e.at, reverse=True):
            day = days.day_of(entry.at.astimezone(), self.start_hour())
            if day != last:
                new.append(Row("day", day))
                last = day
            new.append(Row("entry", day, entry))
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(new) - 1)
        self.rows.extend(new)
        self.endInsertRows()
        return len(entries)

    def entry_at(self, row: int) -> LogEntry | None:
        return self.rows[row].entry if 0 <= row < len(self.rows) else None

    def row_of(self, entry_id: str) -> int:
        for number, row in enumerate(self.rows):
            if row.entry is not None and row.entry.id == entry_id:
                return number
        return -1

    def entry_count(self) -> int:
        return sum(1 for r in self.rows if r.entry is not None)


class EntryDelegate(QStyledItemDelegate):
    """Draws a day heading or an entry card; wraps long text and remembers row heights."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[int, int], int] = {}

    def forget(self) -> None:
        self._heights.clear()

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        heading = QFont(option.font)
        heading.setBold(True)
        heading.setPointSizeF(option.font.pointSizeF() * 1.1)
        return heading, QFont(option.font)

    def _texts(self, index: Index) -> tuple[str, str, str]:
        model = index.model()
        assert isinstance(model, JournalModel)
        row = model.rows[index.row()]
        if row.texts is None:
            if row.entry is None:
                row.texts = (day_heading(row.day, model.today), "")
            else:
                # drawn with break points: a long pasted run wraps inside its card
                row.texts = (breakable(entry_heading(row.entry)), breakable(entry_body(row.entry)))
        return row.kind, *row.texts

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = max(120, option.rect.width())
        key = (id(index.model().rows[index.row()]), width)  # type: ignore[attr-defined]
        if key not in self._heights:
            kind, head, body = self._texts(index)
            heading_font, font = self._fonts(option)
            inner = width - 2 * PAD
            flags = WRAP
            if kind == "day":
                height = QFontMetrics(heading_font).boundingRect(0, 0, inner, 10_000, flags, head)
                self._heights[key] = height.height() + PAD + 14
            else:
                metrics = QFontMetrics(font)
                top = metrics.boundingRect(0, 0, inner, 10_000, flags, head).height()
                rest = (
                    metrics.boundingRect(0, 0, inner, 10_000, flags, body).height() if body else 0
                )
                self._heights[key] = top + rest + 2 * PAD + (4 if body else 0) + 6
        return QSize(width, self._heights[key])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kind, head, body = self._texts(index)
        heading_font, font = self._fonts(option)
        pal = option.palette
        painter.save()
        flags = WRAP
        if kind == "day":
            painter.setFont(heading_font)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            area = option.rect.adjusted(PAD, 14, -PAD, 0)
            painter.drawText(area, flags, head)
            painter.restore()
            return
        card = option.rect.adjusted(2, 3, -2, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            pal.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        )
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 8, 8)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 7, 7)
        inner = card.adjusted(PAD - 2, PAD - 3, -(PAD - 2), -(PAD - 3))
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        metrics = QFontMetrics(font)
        top = metrics.boundingRect(0, 0, inner.width(), 10_000, flags, head).height()
        needle = index.model().needle  # type: ignore[attr-defined]
        mark = marker(pal) if needle else None
        draw_marked(painter, QRect(inner.x(), inner.y(), inner.width(), top), head, needle, mark)
        if body:
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            rest = QRect(inner.x(), inner.y() + top + 4, inner.width(), inner.height() - top - 4)
            draw_marked(painter, rest, body, needle, mark)
        painter.restore()
