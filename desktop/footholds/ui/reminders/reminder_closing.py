"""How an answered reminder card goes (reminder_card.py): its thank-you line, left up long
enough to read, then a soft fade before it hides.

Kept apart from the card because it is timing alone: how long a thank-you stays, and the
fade, both stopped at once when another reminder takes the card.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QObject, QPropertyAnimation, QTimer
from PySide6.QtWidgets import QLabel, QWidget

ACK_MS = 2500  # how long a thank-you stays before the card fades
HELD_ACK_MS = 12_000  # a thank-you saying the win is only held for now: time to read it
FADE_OUT_MS = 400


class Closing(QObject):
    """The card's thank-you line (`line`), its time on screen (`timer`, which the card
    connects to its fade_out), and the fade."""

    def __init__(self, card: QWidget) -> None:
        super().__init__(card)
        self._card = card
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.line.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ACK_MS)
        self._fade = QPropertyAnimation(card, b"windowOpacity", self)
        self._fade.setDuration(FADE_OUT_MS)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InQuad)
        self._fade.finished.connect(self._on_fade_finished)

    def wait(self, *, lasting: bool) -> None:
        """The thank-you is up: the card fades after a moment, or, `lasting`, after long
        enough to read that the win is only held for now."""
        self.timer.start(HELD_ACK_MS if lasting else ACK_MS)

    def fade_out(self) -> None:
        """Go away softly (where the desktop draws window opacity), then hide."""
        self.timer.stop()
        if self._card.isVisible() and self._fade.state() != QPropertyAnimation.State.Running:
            self._fade.start()

    def stop(self) -> None:
        """Neither thanking nor fading any more: the card is fully there again."""
        self.timer.stop()
        self._fade.stop()
        self._card.setWindowOpacity(1.0)

    def active(self) -> bool:
        """Thanking or fading: no longer waiting for an answer."""
        return self.timer.isActive() or self._fade.state() == QPropertyAnimation.State.Running

    def _on_fade_finished(self) -> None:
        self._card.hide()
        self._card.setWindowOpacity(1.0)
