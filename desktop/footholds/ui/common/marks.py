"""Words shown with what a search found marked, as a highlighter would, so the person sees
at once why each entry is there (a word deep in a long note, a feeling, a tag): drawn (the
journal's cards) or as HTML (the proof list's rows)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from footholds.core.html_text import escape
from footholds.core.text_find import found_spans
from footholds.ui.common import tokens

WRAP = int(Qt.TextFlag.TextWordWrap)  # as a plain int: combining Qt enums is slow in Python
LEAST = 2  # characters a search needs to be marked: a single letter speckled every entry


def marker(palette: QPalette) -> QColor:
    """The mark's wash in the theme the palette is of (tokens: AA under text and soft text)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(tokens.colours(dark).mark)


def draw_marked(
    painter: QPainter, rect: QRect, text: str, needle: str, mark: QColor | None
) -> None:
    """`text` wrapped in `rect` in the painter's font and pen, as `drawText` draws it, with
    each place the folded `needle` is found on the `mark`'s wash."""
    spans = found_spans(text, needle) if mark is not None and len(needle) >= LEAST else []
    if not spans or mark is None:
        painter.drawText(rect, WRAP, text)  # the usual way: most entries, and no search
        return
    # laid out line by line as drawText lays out a wrapped text (a line break is a line
    # separator, the font's leading between lines), so a marked entry fills the height its
    # row was measured for
    layout = QTextLayout(text.replace("\n", "\u2028"), painter.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    leading = QFontMetricsF(painter.font()).leading()
    layout.beginLayout()
    y = -leading
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        y += leading
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    found = QTextCharFormat()
    found.setBackground(mark)
    ranges = []
    for start, end in spans:
        part = QTextLayout.FormatRange()
        part.start, part.length, part.format = start, end - start, found
        ranges.append(part)
    painter.save()
    painter.setClipRect(rect)
    layout.draw(painter, QPointF(rect.topLeft()), ranges)
    painter.restore()


def marked_html(text: str, needles: list[str], mark: str) -> str:
    """`text` as HTML (escaped, its line breaks kept), each place one of the folded
    `needles` is found on the `mark` colour's wash (its name, "#f5e6b8")."""
    needles = [needle for needle in needles if len(needle) >= LEAST]
    spans = sorted(span for needle in needles for span in found_spans(text, needle))
    merged: list[list[int]] = []
    for start, end in spans:  # two words found in one place, or overlapping: one mark
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, at = [], 0
    for start, end in merged:
        parts.append(escape(text[at:start]))
        parts.append(f'<span style="background-color:{mark}">{escape(text[start:end])}</span>')
        at = end
    parts.append(escape(text[at:]))
    return "".join(parts).replace("\n", "<br>")
