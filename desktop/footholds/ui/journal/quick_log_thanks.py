"""The quick log's thank-you: after a save, one short warm line where the form was, and for an
entry with wins, an offer to keep them on the proof list. The window (quick_log.py) shows it,
and closes it a little later. Its words keep the window's translation context
(QuickLogWindow), where their translations are."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from footholds.core import content, days
from footholds.core.store import LogEntry, Proof, StoreWriteError
from footholds.ui.common import buttons
from footholds.ui.common.calm import language
from footholds.ui.common.operations import add_record, held_words

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class Thanks(QWidget):
    """The thank-you line and the keep-as-proof button, in place of the form after a save."""

    kept = Signal()  # the wins went to the proof list: the window closes soon after

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rng = random.Random()
        self.saved: LogEntry | None = None  # the entry the thank-you line is about
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.keep_proof = buttons.quiet("")
        self.keep_proof.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.keep_proof, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()
        self.keep_proof.clicked.connect(self._on_keep_proof_clicked)

    def retranslate(self) -> None:
        """The button's words in the current language; a thank-you showing stays as it is."""
        if not self.isVisible():
            # Named again with the wins themselves once there are some (see thank).
            self.keep_proof.setAccessibleName(
                QCoreApplication.translate("QuickLogWindow", "Add this win to my proof list")
            )
        self.keep_proof.setAccessibleDescription(
            QCoreApplication.translate(
                "QuickLogWindow",
                "Keeps it as a time you got through, to look back on when days are hard.",
            )
        )

    def thank(self, entry: LogEntry, refused: StoreWriteError | None = None) -> None:
        """Say thank you for `entry`, just saved, and offer to keep its wins as proof. When
        the disk `refused` it, the thanks say where it is for now: "Kept. It will be here
        whenever you want to look back." beside a warning that it was only in memory was
        untrue."""
        self.saved = entry
        if refused is None:
            self.line.setText(self.words())
        else:
            thanks = QCoreApplication.translate("QuickLogWindow", "Thank you for checking in.")
            self.line.setText(f"{thanks} {held_words(refused)}")
        self.keep_proof.setVisible(bool(entry.wins))
        if entry.wins:
            self.keep_proof.setText(
                QCoreApplication.translate("QuickLogWindow", "Add this win to my proof list")
            )
            self.keep_proof.setAccessibleName(
                QCoreApplication.translate(
                    "QuickLogWindow", "Add “{wins}” to my proof list"
                ).format(wins=", ".join(entry.wins))
            )

    def words(self) -> str:
        """One short warm line, varied, from the content pack in the person's language."""
        try:
            return content.acknowledgement("saved", self.rng, language(self.ctx))
        except (OSError, ValueError, KeyError, IndexError):  # a damaged pack never stops a save
            return QCoreApplication.translate(
                "QuickLogWindow", "Saved. Thank you for checking in with yourself."
            )

    def _on_keep_proof_clicked(self) -> None:
        entry = self.saved
        if entry is None or not entry.wins:
            return
        # the entry's own day as the person counts it: wins logged at 00:30 are Saturday's
        day = days.day_of(entry.at, int(self.ctx.settings["day.start_hour"]))
        proof = Proof(text=", ".join(entry.wins), day=day.isoformat(), source="quick-log")
        kept, refused = add_record(self.ctx, proof, self.window())
        if kept is not None:
            added = QCoreApplication.translate("QuickLogWindow", "Added to your proof list.")
            if refused is not None:
                added = f"{added} {held_words(refused)}"
            self.line.setText(added)
            if self.keep_proof.hasFocus():
                # the keyboard stays with the thank-you, where Enter and Escape close it; a
                # hidden button would hand it on to "Help now", which Enter would then open
                self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.keep_proof.hide()
            self.kept.emit()
