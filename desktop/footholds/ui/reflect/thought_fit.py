"""The thought log's least size, as Tough day and the Journal keep theirs (measure.py's
keep_readable): made small, its box for the thought went down to a sliver under the step's
title and "Step 1 of 6" wrapped onto three lines beside the buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from footholds.ui.common.measure import VIEW_LINES
from footholds.ui.common.never_raises import never_raises

# the fewest lines of the step's page in view: its title, the box and a few of its lines
STEP_LINES = VIEW_LINES


class TallEnough(QObject):
    """Keeps `pane` no shorter than its rows need at the width it has: the help line under
    the buttons wraps onto more lines in a narrow pane, and a least height reckoned
    with it on one line let the window go so short that the layout laid the step counter
    and the buttons over the page above them."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__(pane)
        pane.installEventFilter(self)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.fit()
        return False

    def fit(self) -> None:
        pane = self.parent()
        layout = pane.layout() if isinstance(pane, QWidget) else None
        if not isinstance(pane, QWidget) or layout is None:
            return
        need = layout.minimumHeightForWidth(pane.width())
        if need > 0 and need != pane.minimumHeight():
            pane.setMinimumHeight(need)


def keep_usable(page: QScrollArea, step: QLabel) -> TallEnough | None:
    """`page` (the step's scroll area) never shorter than STEP_LINES lines of its font, so
    the box under the step's title keeps several lines in view; `step` ("Step 1 of 6") on
    one line, so its row, and the window, are never narrower than it and the buttons; and
    the pane holding them (TallEnough) as tall as its rows need, nothing drawn over another."""
    step.setWordWrap(False)
    page.setMinimumHeight(STEP_LINES * page.fontMetrics().lineSpacing())
    pane = page.parentWidget()
    return TallEnough(pane) if pane is not None else None
