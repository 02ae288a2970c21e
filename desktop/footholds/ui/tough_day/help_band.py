"""Tough day's help footer: a band of its own under the page, never scrolled away (LOOK.md:
always visible, looking different from everything else)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from footholds.ui.common import tokens
from footholds.ui.common.measure import MeasureLayout

END = Qt.AlignmentFlag.AlignRight  # the end of the line: Qt mirrors it right to left


class BandRow(QHBoxLayout):
    """The band's row, its end column (Change country over Get help now) a layout within
    it: a word changed on either asks the row again, and the row asks that column again
    too. A nested layout keeps its old size till its own turn comes, and the window, sized
    before that, reckoned the lines beside it a line short and opened with its page
    scrolling."""

    def invalidate(self) -> None:
        for at in range(self.count()):
            item = self.itemAt(at)
            inner = item.layout() if item is not None else None
            if inner is not None:
                inner.invalidate()
        super().invalidate()


def help_band(lines: QWidget, button: QWidget, change: QWidget | None = None) -> QFrame:
    """The crisis `lines` and the Get help now `button` on the help footer's own surface
    (theme.py, helpband): the band the window's width, its words and button in the page's
    column (up to the measure), so the button ends in line with the cards above. `change`
    ("Change country", taken out of the lines' first row) stands level with that row, over
    the button and ending where it ends: beside the lines it sat mid-band."""
    band = QFrame()
    band.setProperty("helpband", True)
    band.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    measure = MeasureLayout(band)
    measure.setContentsMargins(tokens.L, tokens.S, tokens.L, tokens.M)
    measure.addWidget(row := QWidget())
    layout = BandRow(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(tokens.M)
    layout.addWidget(lines, 1)
    # boxes, not a grid: a grid's height for a width misreckons lines spanning two rows
    end = QVBoxLayout()
    end.setSpacing(0)
    if change is not None:
        end.addWidget(change, 0, END)
    end.addStretch(1)
    end.addWidget(button, 0, END)
    end.addStretch(1)
    layout.addLayout(end)
    # however small the window, the scroll area gives way and the footer never does
    policy = band.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
    band.setSizePolicy(policy)
    return band


def change_first(order: list[QWidget], lines: QWidget, change: QWidget | None) -> list[QWidget]:
    """Tab as the band is seen: `change`, on its first line, before the links of the `lines`
    under it (the layouts read the lines, the column beside them after)."""
    if change is None or change not in order:
        return order
    rest = [c for c in order if c is not change]
    inside = [at for at, c in enumerate(rest) if lines.isAncestorOf(c)]
    if not inside:
        return order
    return [*rest[: inside[0]], change, *rest[inside[0] :]]
