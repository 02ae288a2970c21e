"""The quick log's thank-you: after a save, one short warm line where the form was, and for an
entry with wins, an offer to keep them on the proof list. The window (quick_log.py) shows it,
and closes it a little later. Its words keep the window's translation context
(QuickLogWindow), where their translations are."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from footholds.core import content, days
from footholds.core.store import LogEntry, Proof, StoreWriteError
from footholds.ui.common import buttons
from footholds.ui.common.calm import language
from footholds.ui.common.never_raises import never_raises
from footholds.ui.common.operations import add_record, held_words

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class Thanks(QWidget):
    """The thank-you line and the keep-as-proof button, in place of the form after a save."""

    wraps = True  # measured at the window's width, as its words wrap (quick_log_place)
    kept = Signal()  # the wins went to the proof list: the window closes soon after
    # the person moved the keyboard focus to one of the thanks' buttons: the window waits
    held = Signal()
    KEYS = (
        Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason,
        Qt.FocusReason.ShortcutFocusReason,
    )

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rng = random.Random()
        self.saved: LogEntry | None = None  # the entry the thank-you line is about
        self.held_by_keys = False  # the person is at a button of it with the keyboard
        self.buttons: list[QWidget] = []
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.keep_proof = buttons.quiet("")
        self.keep_proof.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.keep_proof, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()
        self.watch(self.keep_proof)
        self.keep_proof.clicked.connect(self._on_keep_proof_clicked)

    def watch(self, *buttons: QWidget) -> None:
        """Count `buttons` (the window's help link too) as the thanks' own: the keyboard
        focus brought to one by the person holds the thank-you open (`held`)."""
        for button in buttons:
            self.buttons.append(button)
            button.installEventFilter(self)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.isAutoRepeat()
            and event.key() in buttons.ENTER
        ):
            return True  # Enter held down to save is no press of what the thanks offer
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() in self.KEYS
            and self.isVisible()
        ):
            self.held_by_keys = True
            self.held.emit()
        return False

    def offer_focus(self) -> None:
        """The keyboard focus on the first thing the thanks offer, where it shows: after a
        save it was on nothing visible, and the first Tab went to "Add this win…"."""
        if self.keep_proof.isVisibleTo(self):
            self.keep_proof.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter and Esc close it

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
        self.held_by_keys = False
        if refused is None:
            self.line.setText(self.words())
        else:
            thanks = QCoreApplication.translate("QuickLogWindow", "Thank you for checking in.")
            self.line.setText(f"{thanks} {held_words(refused)}")
        self._keep_room(False)
        self.setMinimumHeight(0)
        self.keep_proof.setVisible(bool(entry.wins))
        if entry.wins:
            self.keep_proof.setText(  # Alt+A; Spanish Alt+D ("Aña&dir")
                QCoreApplication.translate("QuickLogWindow", "&Add this win to my proof list")
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
            # a line shorter than the thanks: the same room (a minimum, not a Python
            # sizeHint, so no layout pass of the quick log calls into Python for it)
            self.setMinimumHeight(self.height())
            self.line.setText(added)
            if self.keep_proof.hasFocus():
                # the keyboard stays with the thank-you, where Enter and Escape close it; a
                # hidden button would hand it on to "Help now", which Enter would then open
                self.setFocus(Qt.FocusReason.OtherFocusReason)
            # its room stays: "Added to your proof list." in the same height, the window
            # not shrinking under the pointer that clicked (146 to 112 px with larger text)
            self._keep_room(True)
            self.keep_proof.hide()
            self.kept.emit()

    def _keep_room(self, keep: bool) -> None:
        policy = self.keep_proof.sizePolicy()
        policy.setRetainSizeWhenHidden(keep)
        self.keep_proof.setSizePolicy(policy)
