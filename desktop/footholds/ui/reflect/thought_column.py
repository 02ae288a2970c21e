"""The thought log's scrolling column: the page showing (the thought is above it, in view).

It is as tall as those two need at the width it is given, so the window's one scroll area
scrolls only when the page is long (the traps list on a small window): a stacked layout
answers for its tallest page, and every page scrolled.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class ThoughtColumn(QWidget):
    """The thought and the page showing, in the window's scroll area, as tall as those two
    need (a stacked layout would answer for its tallest page, and scroll every page)."""

    def __init__(self, *parts: QWidget) -> None:
        super().__init__()
        self.parts = parts

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        gap = layout.spacing() if layout is not None else 0
        if layout is not None:  # the window's margins, which the page carries (thought_log.py)
            m = layout.contentsMargins()
            width -= m.left() + m.right()
        shown = [w for w in self.parts if not w.isHidden()]
        heights = [
            max(w.heightForWidth(width), w.minimumSizeHint().height())
            if w.hasHeightForWidth()
            else w.sizeHint().height()
            for w in shown
        ]
        return sum(heights) + gap * max(0, len(heights) - 1)
