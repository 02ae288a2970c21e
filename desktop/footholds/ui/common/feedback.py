"""In-place feedback: a short line beside the control that caused it ("Saved", "Copied"),
for a few seconds, then fading out. Its space is reserved from the start, so showing it
never moves anything else in the window."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPropertyAnimation,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAccessible, QAccessibleEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QSizePolicy, QWidget

from footholds.ui.common.breaks import breakable, ends_sentence, longest_fitting

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's largest widget size (a C++ constant PySide does not export)


@contextmanager
def busy_pointer() -> Iterator[None]:
    """The busy pointer while work runs that handles no events (checking a whole backup,
    restoring it): sent to the window system now, since nothing is drawn until it is done."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QGuiApplication.sync()
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


SHOW_SECONDS = 4  # long enough to read a few words, short enough to be gone when looked back
FADE_MS = 600


class Feedback(QLabel):
    """A one-line label that is always in the layout (empty when quiet).

    Put it in the same row as the button it answers, or just under it. `width` reserves room
    for the longest line it will say, so the row never re-lays out when it speaks. `lines`
    above one lets a longer sentence wrap in a narrow column, within room kept for that many
    lines; `keep_room_for` lets it wrap within room kept, at whatever width it has, for the
    longest of the words it could say (a field's limit, in a narrow form column).
    """

    quiet = Signal()  # the line has faded or was cleared: what it stood in front of returns

    def __init__(self, parent: QWidget | None = None, *, width: int = 0, lines: int = 1) -> None:
        super().__init__(parent)
        self.setProperty("feedback", True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(lines > 1)
        vertical = Qt.AlignmentFlag.AlignTop if lines > 1 else Qt.AlignmentFlag.AlignVCenter
        self.setAlignment(vertical | Qt.AlignmentFlag.AlignLeft)
        # the size comes from the reservation, never from the words shown
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        metrics = self.fontMetrics()
        self.setFixedHeight(metrics.height() + (lines - 1) * metrics.lineSpacing() + 4)
        if width:
            self.setMinimumWidth(width)
        self._effect = QGraphicsOpacityEffect(self)
        self._effect.setOpacity(0.0)
        self.setGraphicsEffect(self._effect)
        self._fade = QPropertyAnimation(self._effect, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._fade.finished.connect(self._on_fade_finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.fade_out)
        self._could_say: list[Callable[[], Iterable[str]]] = []

    def keep_room_for(self, words: Callable[[], Iterable[str]]) -> None:
        """Wrap, and keep room at any width for the tallest of `words()` as well (asked again
        at each layout, so a language change brings its own): one line where they fit, more
        in a narrow column, and saying one of them moves nothing. As one line only, "Caben
        100 caracteres; el resto se ha quedado fuera." lost its end in the person form's
        field column at Reach out's least width."""
        self._could_say.append(words)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setMinimumHeight(0)
        self.setMaximumHeight(QWIDGETSIZE_MAX)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.updateGeometry()

    def words_height(self, text: str, width: int) -> int:
        """How tall `text` is wrapped at `width` (margins counted), at least one line."""
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right())
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        shape = self.fontMetrics().boundingRect(QRect(0, 0, inner, 100_000), flags, text)
        one = self.fontMetrics().height() + 4
        return max(one, shape.height() + 4 + margins.top() + margins.bottom())

    def hasHeightForWidth(self) -> bool:
        return bool(getattr(self, "_could_say", None)) or super().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        # Qt may ask a line being taken down for its size after its Python side let go
        could_say = getattr(self, "_could_say", None)
        if not could_say:
            return super().heightForWidth(width)
        texts = [self.text(), *(text for words in could_say for text in words())]
        return max(self.words_height(text, width) for text in texts)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not getattr(self, "_could_say", None):
            return hint
        return QSize(hint.width(), self.heightForWidth(self.width() or hint.width()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not getattr(self, "_could_say", None):
            return hint
        # its words unwrapped, as a wrapped label's least height: the layout asks
        # heightForWidth for the room at the width it gives
        return QSize(hint.width(), self.heightForWidth(QWIDGETSIZE_MAX))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.updateGeometry()  # words of another length, or another size
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # its size hint is measured at its own width, and its fixed height is held to it: first
        # laid out wider, it kept one line's room in a narrow row, and grew (moving its words
        # up) the first time it spoke there (Get help now's "Copied", in Spanish)
        if not getattr(self, "_could_say", None):
            return
        if event.size().width() != event.oldSize().width() and self.height() != (
            self.heightForWidth(self.width())
        ):
            self.updateGeometry()

    def say(self, text: str, seconds: float | None = SHOW_SECONDS) -> None:
        """Show `text` now and let it fade after `seconds` (None: it stays until `fade_out`
        or the next line); also tell a screen reader."""
        self._fade.stop()
        self.setText(text)
        self.setAccessibleName(text)
        self._effect.setOpacity(1.0)
        if seconds is None:
            self._timer.stop()
        else:
            self._timer.start(int(seconds * 1000))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def fade_out(self) -> None:
        """Fade away (the space stays)."""
        self._timer.stop()
        self._fade.stop()
        self._fade.setStartValue(self._effect.opacity())
        self._fade.setEndValue(0.0)
        self._fade.start()

    def clear_now(self) -> None:
        """Gone at once, with no fade (the window is closing, or the subject changed)."""
        self._timer.stop()
        self._fade.stop()
        self._effect.setOpacity(0.0)
        self.setText("")
        self.setAccessibleName("")
        self.quiet.emit()

    @property
    def speaking(self) -> bool:
        """Whether a line is showing (not yet faded)."""
        return bool(self.text()) and self._effect.opacity() > 0.0

    def _on_fade_finished(self) -> None:
        if self._effect.opacity() == 0.0:
            self.setText("")
            self.setAccessibleName("")
            self.quiet.emit()


class StatusLine(QLabel):
    """Quiet words under the control they answer ("Thank you for naming it…") that stay until
    replaced. Unlike `Feedback` they wrap, so the height they need depends on the width: it
    keeps room, at whatever width the window has, for the longest of the lines it `could_say`,
    and saying one moves nothing below it."""

    def __init__(self, could_say: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("soft", True)  # the application style sheet colours it
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        # at the top of its kept room, just under the field it answers: Qt's default, the
        # middle, left a one-line thanks floating half a room below it, as if unrelated
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.could_say: list[str] = []
        self.reserve(could_say)

    def reserve(self, could_say: Iterable[str]) -> None:
        """Keep room for each of these (a language change brings new words)."""
        self.could_say = list(could_say)
        self.updateGeometry()

    def say(self, text: str) -> None:
        """Show `text` in the room kept for it; also tell a screen reader."""
        self.setText(text)
        self.setAccessibleName(text)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def say_naming(self, sentence: str, words: str) -> None:
        """Say `sentence` ("Planned: {what}. …"), naming the person's `words` in it: whole
        when the sentence fits the room kept, otherwise their start with "…", so a long
        name never makes the line grow and push what is around it. A long run without
        spaces wraps (breaks.py)."""
        width = self.width()

        def told(shown: str) -> str:
            # the sentence's stop after words that end with their own ("Call mum!", or cut
            # short with "…") made "Call mum!." and "by the…."
            said = sentence.replace("{what}.", "{what}") if ends_sentence(shown) else sentence
            return said.format(what=breakable(shown))

        room = max((self._tall(t, width) for t in self.could_say), default=0)
        if width <= 0 or not room:
            self.say(told(words))
            return

        def fits(shown: str) -> bool:
            return self._tall(told(shown), width) <= room

        self.say(told(longest_fitting(words, fits)))

    def words_height(self) -> int:
        """How much of its room the line said now takes (the rest is kept for longer ones)."""
        return self._tall(self.text(), self.width()) if self.text() else 0

    def _tall(self, text: str, width: int) -> int:
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right())
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        shape = self.fontMetrics().boundingRect(QRect(0, 0, inner, 100_000), flags, text)
        return shape.height() + margins.top() + margins.bottom()

    def hasHeightForWidth(self) -> bool:
        return True  # even while empty (Qt's label says no then, and keeps no room)

    def heightForWidth(self, width: int) -> int:
        own = super().heightForWidth(width)
        # Qt may ask a line being taken down (its window released) for its size after its
        # Python side has let go of its attributes: then only its own words count
        could_say = getattr(self, "could_say", ())
        return max([own, *(self._tall(t, width) for t in could_say)])

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width() or hint.width()))

    def minimumSizeHint(self) -> QSize:
        # As a wrapped QLabel does: the least height is that of its lines unwrapped. Measured
        # at its current width, a label not yet laid out (100 px, or as narrow as a page can
        # go) kept room for a word a line, and a page in a scroll area kept that as its least
        # height (Settings, My lists: a long blank at the bottom). The layout asks
        # heightForWidth for the room at the real width.
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.heightForWidth(QWIDGETSIZE_MAX))
