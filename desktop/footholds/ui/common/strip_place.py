"""One place in a window for its Undo strip and the quiet strips that offer words kept (My
sessions' and Reach out's words set aside, kept_bar.py): one thing said there at a time.

The Undo strip keeps its room whether it shows or not (undo.py), so a strip shown in the
same room moves nothing when it appears: put in the page under a form, one pushed the list
below it down 40 px (LOOK.md: feedback appears without moving anything else). The two come
one after the other anyway: words set aside are offered on the Undo strip first, and once its
seconds pass the strip that keeps offering them takes its place. An Undo offered meanwhile
(a removal) shows over it, and it comes back once that passes.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGridLayout, QWidget

from footholds.ui.common.never_raises import never_raises
from footholds.ui.common.undo import UndoBar


class StripPlace(QWidget):
    """The room of `undo`, shared with the strips `add` puts in it; lay this out where the
    Undo strip would go."""

    def __init__(self, undo: UndoBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo = undo
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.addWidget(undo, 0, 0)
        self._strips: dict[int, QWidget] = {}  # by id, in the order added
        self._wanted: set[int] = set()  # ids of the strips with something to offer
        undo.installEventFilter(self)

    def add(self, strip: QWidget) -> None:
        """`strip` in the Undo strip's room, hidden until `want` says it has something to
        offer; its room is kept as the Undo strip's is (it is the place's from now on)."""
        strip.hide()
        policy = strip.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        strip.setSizePolicy(policy)
        self._grid.addWidget(strip, 0, 0)
        self._strips[id(strip)] = strip
        strip.destroyed.connect(partial(self._forget, id(strip)))

    def let_go(self, strip: QWidget) -> None:
        """`strip` out of the place for good (its page is made again, in a new language):
        hidden at once, given no room, and deleted."""
        if self._strips.pop(id(strip), None) is not None:
            self._wanted.discard(id(strip))
            strip.hide()
            self._grid.removeWidget(strip)
            strip.deleteLater()

    def want(self, strip: QWidget, offered: bool) -> None:
        """Whether `strip` has something to offer: it shows while it does and no Undo is
        offered over it."""
        if id(strip) not in self._strips:  # let go of
            return
        if offered:
            self._wanted.add(id(strip))
        else:
            self._wanted.discard(id(strip))
        self._follow()

    def _follow(self) -> None:
        free = self.undo.isHidden()  # hidden by itself, not with its window
        for key, strip in self._strips.items():
            show = free and key in self._wanted
            free = free and not show  # one at a time
            if show != (not strip.isHidden()):
                strip.setVisible(show)

    def _forget(self, key: int, *_gone: object) -> None:
        """A strip deleted with its page: never asked again."""
        self._strips.pop(key, None)
        self._wanted.discard(key)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.undo and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._follow()
        return False


def place_of(undo: UndoBar) -> StripPlace | None:
    """The place `undo` shares, when it was laid out in one."""
    parent = undo.parentWidget()
    return parent if isinstance(parent, StripPlace) else None
