"""SavedFile's words (saved_file.py): room kept at any width for the tallest of the sentences
it could say, at least `lines` lines, so a narrow row wraps them whole and never cuts their
last line off; a path said in them gives way in the middle ("/home/…/check-in.pdf") to fit
that room, whole in the tooltip and to a screen reader."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from footholds.ui.common.feedback import QWIDGETSIZE_MAX, Feedback

CUT = "…"


class SavedLine(Feedback):
    """A Feedback that stays, wraps within room kept for `could_say()`, and fits a path."""

    def __init__(
        self,
        could_say: Callable[[], Iterable[str]],
        parent: QWidget | None = None,
        *,
        lines: int = 2,
        width: int = 0,
    ) -> None:
        super().__init__(parent, width=width, lines=lines)
        self.lines = lines
        self.could_say = could_say
        # the words before and after a path, and the path: fitted again at each width
        self._about: tuple[str, str, str] | None = None
        # measures words as this label lays them out: a hidden child, in this line's font,
        # never a window of its own (a parentless label was a top-level widget that Python's
        # collector deleted at a moment of its own, with the windows released around it)
        self._probe = QLabel(self)
        self._probe.hide()
        self._probe.setWordWrap(True)
        self._probe.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setMinimumHeight(0)
        self.setMaximumHeight(QWIDGETSIZE_MAX)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- room ------------------------------------------------------------------------------
    def height_of(self, text: str, width: int) -> int:
        """How tall `text` is, wrapped at `width` as this label wraps it."""
        probe = self._probe
        probe.setFont(self.font())
        probe.setContentsMargins(self.contentsMargins())
        probe.setTextInteractionFlags(self.textInteractionFlags())
        probe.setText(text)
        return probe.heightForWidth(max(1, width)) + 4

    def room(self, width: int) -> int:
        """The height kept at `width`: `lines` lines, or the tallest it could say."""
        metrics = self.fontMetrics()
        least = metrics.height() + (self.lines - 1) * metrics.lineSpacing() + 4
        return max([least, *(self.height_of(text, width) for text in self.could_say())])

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        kept = self.room(width)
        if self._about is None and self.text():  # words of a caller's (an error): all shown
            kept = max(kept, self.height_of(self.text(), width))
        return kept

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width() or hint.width()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width() or hint.width()))

    # -- saying ----------------------------------------------------------------------------
    def say_path(self, text: str, path: str) -> None:
        """Say `text`, which names `path`: the path cut in the middle where the whole would
        not fit the room kept; the whole in the tooltip and the name a screen reader reads."""
        start = text.find(path) if path else -1
        if start < 0:
            self.say_kept(text)
            return
        self._about = (text[:start], path, text[start + len(path) :])
        self.say(self._fitted(), None)
        self.setAccessibleName(text)
        self.setToolTip(text)

    def say_kept(self, text: str) -> None:
        """Say `text` until the next words; all of it, wrapped, in room that grows if need be."""
        self._about = None
        self.say(text, None)
        self.setToolTip(text)
        self.updateGeometry()

    def clear_now(self) -> None:
        self._about = None
        super().clear_now()

    def _fitted(self) -> str:
        assert self._about is not None
        before, path, after = self._about
        width = self.width() or self.sizeHint().width()
        room = self.room(width)
        whole = before + path + after
        if self.height_of(whole, width) <= room:
            return whole
        metrics = self.fontMetrics()
        low, high = 0, metrics.horizontalAdvance(path)
        best = before + CUT + after
        while low <= high:  # the widest cut path that still fits
            middle = (low + high) // 2
            cut = metrics.elidedText(path, Qt.TextElideMode.ElideMiddle, middle)
            text = before + cut + after
            if self.height_of(text, width) <= room:
                best, low = text, middle + 1
            else:
                high = middle - 1
        return best

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._about is not None and event.size().width() != event.oldSize().width():
            self.setText(self._fitted())  # its room stays: only the cut changes
