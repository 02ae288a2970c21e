"""What "cut off" means on screen, shared by the layout tests (large text, longer words)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget


def clipped(window: QWidget) -> list[str]:
    """Visible wrapped labels shorter than their text needs, squeezed buttons, and empty
    fields too narrow for their hint."""
    problems = []
    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window) or child.objectName().startswith("qt_"):
            continue
        if isinstance(child, QLabel) and child.wordWrap() and child.text() and child.width() > 0:
            needed = child.heightForWidth(child.width())
            if child.height() + 1 < needed:
                problems.append(f"label {child.text()[:40]!r}: {child.height()} < {needed}")
        elif (
            isinstance(child, QPushButton)
            and child.text()
            and child.width() + 1 < child.sizeHint().width()
        ):
            problems.append(f"button {child.text()!r}: {child.width()} wide")
        elif isinstance(child, QLineEdit) and not child.text() and child.placeholderText():
            margins = child.textMargins()
            room = child.width() - margins.left() - margins.right() - 8  # frame and padding
            needed = child.fontMetrics().horizontalAdvance(child.placeholderText())
            # long hints in wide fields may be cut at the end; short ones must show whole
            if needed < 200 and room < needed:
                problems.append(f"field hint {child.placeholderText()!r}: {room} < {needed}")
    return problems
