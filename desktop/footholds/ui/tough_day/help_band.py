"""Tough day's help footer: a band of its own under the page, never scrolled away (LOOK.md:
always visible, looking different from everything else)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QWidget

from footholds.ui.common import tokens
from footholds.ui.common.measure import MeasureLayout


def help_band(lines: QWidget, button: QWidget) -> QFrame:
    """The crisis `lines` and the Get help now `button` on the help footer's own surface
    (theme.py, helpband): the band the window's width, its words and button in the page's
    column (up to the measure), so the button ends in line with the cards above."""
    band = QFrame()
    band.setProperty("helpband", True)
    band.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    measure = MeasureLayout(band)
    measure.setContentsMargins(tokens.L, tokens.S, tokens.L, tokens.M)
    measure.addWidget(row := QWidget())
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(tokens.M)
    layout.addWidget(lines, 1)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
    # however small the window, the scroll area gives way and the footer never does
    policy = band.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
    band.setSizePolicy(policy)
    return band
