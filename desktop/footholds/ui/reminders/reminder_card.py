"""The reminder card: a small frameless card in the tray corner that never takes the focus.

It only shows and reports; the reminder adapter decides what each answer means. While it is
up, the person's typing keeps going to their own window: the card is a tool window that does
not accept focus and is shown without activating. Only when the person asks for it from the
tray menu does it take the keyboard, so it can be used without a mouse.
Its size as the words change is reminder_size.py's; where it goes, reminder_place.py's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPalette,
    QShowEvent,
    QWindow,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from footholds.core.reminder_items import PACKS
from footholds.ui.common import buttons, tokens
from footholds.ui.common.key_claim import KeyClaim
from footholds.ui.common.own_words import own_words
from footholds.ui.reminders.reminder_closing import Closing
from footholds.ui.reminders.reminder_place import clear_of_ours
from footholds.ui.reminders.reminder_postures import PostureRow
from footholds.ui.reminders.reminder_size import Sizing
from footholds.ui.reminders.reminder_words import duration_text, fallback_text, title_for

WIDTH = 380
READ_MS = 15_000  # the pointer over the card keeps it at least this long
PASSIVE = (
    Qt.WindowType.Tool
    | Qt.WindowType.FramelessWindowHint
    | Qt.WindowType.WindowStaysOnTopHint
    | Qt.WindowType.WindowDoesNotAcceptFocus
)
# The kinds with a pack of ideas: only their cards can show another idea, hide one, or take
# one of the person's own. A medication reminder or a planned activity is the person's own
# choice, so its card offers none of these (they would do nothing).
IDEA_KINDS = frozenset(kind.value for kind in PACKS)


class ReminderCard(QWidget):
    """One reminder at a time: what to do, and Done, Later, Not now, Another one."""

    answered = Signal(str)  # "done" | "snoozed" | "skipped" | "faded"
    another = Signal()
    hide_item = Signal()
    add_own = Signal()
    posture_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__(None, PASSIVE)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFixedWidth(WIDTH)
        self.kind = ""
        self.dark = False
        self.focused = False  # shown because the person asked for it from the menu
        self.item: dict[str, Any] | None = None
        self._others = True  # another idea of the kind could take this one's place
        self.tray = QRect()  # the tray icon's place, when known
        self._previous: QWidget | None = None  # our own window that was active before
        self._closing = Closing(self)  # the thank-you line, its time, the fade
        self._build()
        self._size = Sizing(self, self.text, WIDTH)  # its size as the words change
        self.retranslate()
        self.fade_timer = QTimer(self)
        self.fade_timer.setSingleShot(True)
        # Esc meant for the card, pressed in one of our windows (the card never has the
        # keyboard unless asked for): the card goes, the window stays; the next Esc is the
        # window's again
        self._escape = KeyClaim(self, Qt.Key.Key_Escape, self._escape_is_ours, self.put_away)
        self._connect()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        # the accent edge is painted inside the left margin (paintEvent)
        outer.setContentsMargins(tokens.M, tokens.S, tokens.S, tokens.M)
        outer.setSpacing(tokens.XS)
        head = QHBoxLayout()
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title, 1)
        self.more = QToolButton()
        self.more.setText("⋯")
        self.more.setAutoRaise(True)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.more_menu = QMenu(self.more)
        self.hide_action = self.more_menu.addAction("")
        self.own_action = self.more_menu.addAction("")
        self.more.setMenu(self.more_menu)
        # its room kept when it goes (answered, or a kind with no ideas): the title moved up
        # 4 px as the card said its thanks
        kept = self.more.sizePolicy()
        kept.setRetainSizeWhenHidden(True)
        self.more.setSizePolicy(kept)
        head.addWidget(self.more)
        outer.addLayout(head)

        self.text = own_words()  # a reminder of their own is in their words, wrapped
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        # the words sit at the top of the room kept for the longest of them (reminder_size)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.text)
        # room the words do not fill (shorter words than before, a row gone) collects here,
        # above the answers, so Done, Later and Not now stay where they were
        outer.addStretch(1)

        self.postures = PostureRow()
        self.posture_buttons = self.postures.buttons
        outer.addWidget(self.postures)

        foot = QHBoxLayout()
        self.seconds = QLabel()
        self.seconds.setProperty("soft", True)
        foot.addWidget(self.seconds, 1)
        self.another_button = QPushButton()
        buttons.set_role(self.another_button, "quiet")
        # at the right edge, also when there is no duration beside it (it drifted to the middle)
        foot.addWidget(self.another_button, 0, Qt.AlignmentFlag.AlignRight)
        outer.addLayout(foot)

        self.ack = self._closing.line
        outer.addWidget(self.ack)

        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 4, 0, 0)
        self.done_button = QPushButton()
        self.later_button = QPushButton()
        self.skip_button = QPushButton()
        # the one thing the card is for is the accent button; the others are ordinary
        buttons.set_role(self.done_button, "primary")
        for answer in (self.later_button, self.skip_button):
            buttons.set_role(answer, "secondary")
        for answer in (self.done_button, self.later_button, self.skip_button):
            answer.setAutoDefault(False)  # Enter goes to the focused button (keyPressEvent)
            row.addWidget(answer)
        outer.addWidget(self.buttons)

    def retranslate(self) -> None:
        """Its words in the current language: at first, and after a language switch (the
        card is built once, at start, and kept for the app's life). A card on screen keeps
        its idea and its place; only the words around it change."""
        self.setWindowTitle(self.tr("Footholds reminder"))
        self.setAccessibleName(self.tr("Footholds reminder"))
        self.more.setToolTip(self.tr("More"))
        self.more.setAccessibleName(self.tr("More choices"))
        self.more.setAccessibleDescription(
            self.tr("Opens a menu to hide this idea for good or add one of your own.")
        )
        self.hide_action.setText(self.tr("Hide this one"))
        self.own_action.setText(self.tr("Add your own…"))
        self.text.setAccessibleName(self.tr("The reminder"))
        buttons.say(
            self.another_button,
            self.tr("Another one"),
            self.tr("Show me another one"),
            self.tr("Puts a different idea of the same kind in place of this one."),
        )
        self.ack.setAccessibleName(self.tr("Thank you note"))
        buttons.say(
            self.done_button,
            self.tr("Done"),
            self.tr("Done: add it to today's small wins"),
            self.tr("Counts this as a small win and closes the card."),
        )
        buttons.say(
            self.later_button,
            self.tr("Later"),
            self.tr("Later: remind me again in a little while"),
            self.tr("Closes the card for now; it comes back after a few minutes."),
        )
        buttons.say(
            self.skip_button,
            self.tr("Not now"),
            self.tr("Not now"),
            self.tr(
                "Lets this one go and closes the card. Not now is a fine answer; nothing is "
                "counted."
            ),
        )
        self.postures.retranslate()
        if not self.kind:
            return  # nothing shown yet: show_reminder words the rest
        self.title.setText(title_for(self.kind))
        if self.buttons.isVisibleTo(self):
            # still asking (not thanking): its duration, or the words for no idea left
            self.set_item(self.item)
        elif self.isVisible():
            self._size.keep_in_place(steady=True)  # thanking: as steady as its answers were

    def changeEvent(self, event: QEvent) -> None:
        """A passive card hands an activation back (see _hand_back); a new language is
        worded at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        self._hand_back(event)
        super().changeEvent(event)

    def _connect(self) -> None:
        self.done_button.clicked.connect(lambda: self.answered.emit("done"))
        self.later_button.clicked.connect(lambda: self.answered.emit("snoozed"))
        self.skip_button.clicked.connect(lambda: self.answered.emit("skipped"))
        self.another_button.clicked.connect(self.another.emit)
        self.hide_action.triggered.connect(self.hide_item.emit)
        self.own_action.triggered.connect(self.add_own.emit)
        self.postures.chosen.connect(self.posture_chosen.emit)
        self.fade_timer.timeout.connect(lambda: self.answered.emit("faded"))
        self._closing.timer.timeout.connect(self.fade_out)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusWindowChanged.connect(self._on_focus_window)

    # -- showing ------------------------------------------------------------------------------

    def show_reminder(
        self,
        kind: str,
        item: dict[str, Any] | None,
        *,
        posture: str = "sitting",
        dark: bool = False,
        fade_seconds: int = 40,
        tray: QRect | None = None,
        focus: bool = False,
        others: bool = True,
        texts: Iterable[str] = (),
    ) -> None:
        """Show `item` for a reminder of `kind`; with `focus` the card takes the keyboard;
        `others`: whether another idea of the kind could be shown in its place; `texts`:
        every other set of words that could take its place while it is up (Another one, a
        posture), so the room for the longest is kept from the start."""
        self._closing.stop()
        self._size.floor = 0  # a new reminder: the card may take a new size
        self._size.reserve([item["text"] if item else fallback_text(kind), *texts])
        self.kind = kind
        self.title.setText(title_for(kind))
        self.postures.setVisible(kind == "movement")
        if posture in self.posture_buttons:
            self.posture_buttons[posture].setChecked(True)
        self.set_item(item, others=others)
        self.set_dark(dark)
        self._set_focus_mode(focus)
        self.ack.hide()
        self.buttons.show()
        self.more.setVisible(kind in IDEA_KINDS)  # see IDEA_KINDS
        self._size.fit()
        self.tray = tray or QRect()
        self.move(self._place())
        if focus:
            self.fade_timer.stop()  # asked for: it stays until they answer or press Esc
        else:
            self.fade_timer.start(max(1, fade_seconds) * 1000)
            active = QApplication.activeWindow()
            self._previous = active if active is not self else None
        self.show()
        self.raise_()
        if focus:
            self.activateWindow()
            self.done_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def set_item(self, item: dict[str, Any] | None, *, others: bool | None = None) -> None:
        """Change the words (Another one, a posture change) without moving the card;
        `others` as for `show_reminder` (None: as it was)."""
        self.item = item
        if others is not None:
            self._others = others
        self.text.setText(item["text"] if item else fallback_text(self.kind))
        seconds = item.get("seconds") if item else None
        self.seconds.setText(duration_text(seconds) if isinstance(seconds, int) else "")
        self.seconds.setVisible(bool(self.seconds.text()))
        # only what does something: no other idea to swap in when every one is hidden (the
        # gentle fallback words) or the one shown is the last; nothing to hide without an id
        offered = self.kind in IDEA_KINDS and item is not None and self._others
        self.another_button.setVisible(offered)
        self.hide_action.setVisible(bool(item and item.get("id")))
        if self.isVisible():
            # while it waits for an answer it never shrinks, and grows away from the tray,
            # so the answers stay under the pointer (a tired click lands where they were)
            self._size.keep_in_place(steady=self.buttons.isVisibleTo(self))

    def acknowledge(self, text: str, *, lasting: bool = False) -> None:
        """Say a short warm word in place of the buttons, then fade away; `lasting`: after
        long enough to read that the win is only held for now."""
        self.fade_timer.stop()
        self.buttons.hide()
        self.postures.hide()
        self.another_button.hide()
        self.more.hide()  # answered: nothing left to hide or swap
        self.seconds.hide()
        self.ack.setText(text)
        self.ack.show()
        # answered: the thank-you takes the room the buttons had, at the card's foot, and
        # the card keeps its size (growing only for a longer line): it shrank by 60 to 86 px
        # at once, under the pointer that had just clicked
        self._size.release()
        self._size.keep_in_place(steady=True)
        self._closing.wait(lasting=lasting)

    def fade_out(self) -> None:
        """Go away softly (where the desktop draws window opacity), then hide."""
        self.fade_timer.stop()
        self._closing.fade_out()

    def dismiss(self) -> None:
        """Hide at once, with nothing said (another reminder takes its place, or quitting)."""
        self._closing.stop()
        self.hide()

    @property
    def showing(self) -> bool:
        """Up on screen and waiting for an answer (not thanking, not fading)."""
        return self.isVisible() and self.buttons.isVisible() and not self._closing.active()

    def set_dark(self, dark: bool) -> None:
        """Follow the light or dark theme: the card's own colours are the tokens', and its
        soft text and buttons take theirs from the application style sheet (ui/common)."""
        self.dark = dark
        c = tokens.colours(dark)
        pal = self.palette()
        role = QPalette.ColorRole
        pal.setColor(role.Window, QColor(c.background))
        pal.setColor(role.Base, QColor(c.field))
        pal.setColor(role.Button, QColor(c.raised))
        for r in (role.WindowText, role.Text, role.ButtonText):
            pal.setColor(r, QColor(c.text))
        pal.setColor(role.Highlight, QColor(c.accent))
        pal.setColor(role.Mid, QColor(c.edge))
        self.setPalette(pal)
        self.update()

    # -- inside -------------------------------------------------------------------------------

    def _set_focus_mode(self, focus: bool) -> None:
        if focus == self.focused:
            return
        self.focused = focus
        flags = PASSIVE & ~Qt.WindowType.WindowDoesNotAcceptFocus if focus else PASSIVE
        visible = self.isVisible()
        self.setWindowFlags(flags)  # hides the window; show_reminder shows it again
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not focus)
        if visible:
            self.hide()

    def _place(self) -> QPoint:
        """In the tray's corner, or beside our own windows on screen rather than over them
        (the quick log opens by the tray too): the person may be typing in one."""
        return clear_of_ours(self, self.tray)

    def make_room(self) -> None:
        """Another of our windows came up (the quick log, opened while the card waits): step
        aside from it if it can, never taking the focus. Left alone while thanking or when
        asked for with the keyboard (it is being used)."""
        if self.showing and not self.focused:
            where = self._place()
            if where != self.pos():
                self.move(where)

    def _on_focus_window(self, window: QWindow | None) -> None:
        if window is not None and window is not self.windowHandle() and self.showing:
            QTimer.singleShot(0, self, self.make_room)  # once it is placed and shown

    def enterEvent(self, event: Any) -> None:
        """The pointer came over the card: give them time to read, but never hold it up for
        good (a pointer left resting in the corner must not keep a card on screen)."""
        if self.fade_timer.isActive():
            self.fade_timer.start(max(self.fade_timer.remainingTime(), READ_MS))
        super().enterEvent(event)

    def _hand_back(self, event: QEvent) -> None:
        """Some platforms (Qt's offscreen one, some compositors) activate every new window,
        whatever its hints: a passive card hands the activation straight back."""
        activated = event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
        if activated and not self.focused and self._previous is not None:
            try:
                if self._previous.isVisible():
                    self._previous.activateWindow()
            except RuntimeError:  # that window has been deleted meanwhile
                self._previous = None

    def put_away(self) -> None:
        """Esc: away with no answer, nothing counted; the reminder waits quietly in the tray."""
        if self.showing:
            self.answered.emit("faded")

    def _escape_is_ours(self, widget: QWidget) -> bool:
        # in the card itself, its own keyPressEvent answers (when asked for, it has the focus)
        return self.showing and widget.window() is not self

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._escape.hold()

    def hideEvent(self, event: QHideEvent) -> None:
        self._escape.release()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc puts it away: it then waits quietly in the tray. Enter on a button presses it."""
        if event.key() == Qt.Key.Key_Escape and self.showing:
            self.put_away()
            return
        focused = self.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focused, QPushButton | QToolButton) and focused.isVisible():
            focused.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        c = tokens.colours(self.dark)
        painter.fillRect(self.rect(), QColor(c.background))
        painter.setPen(QColor(c.edge))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.fillRect(QRect(0, 0, tokens.EDGE, self.height()), QColor(c.accent))
        painter.end()
