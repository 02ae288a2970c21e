"""The quick log: opens next to the tray icon with the focus in the note. Enter saves; Esc or a
click elsewhere closes it and keeps what was picked and written for next time."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QEnterEvent, QHideEvent, QKeyEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from footholds.core.store import InvalidEntry, LogEntry, StoreWriteError
from footholds.core.store.models import now_local
from footholds.ui.common import buttons, i18n, tokens
from footholds.ui.common.components import label
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.operations import add_record
from footholds.ui.common.scrolling import (
    bar_in_margin,
    bring_into_view,
    form_scroll,
    keep_in_column,
)
from footholds.ui.journal.log_form import LogForm
from footholds.ui.journal.quick_log_hint import HintOrMessage
from footholds.ui.journal.quick_log_keeping import DraftKeeping
from footholds.ui.journal.quick_log_place import (
    WIDTHS,
    icon_rect,
    needed_height,
    screen_near,
    width_that_fits,
    window_box,
)
from footholds.ui.journal.quick_log_thanks import Thanks
from footholds.ui.journal.sleep_ask import SleepAsk

if TYPE_CHECKING:
    from footholds.ui.context import AppContext
    from footholds.ui.journal.sleep_question import SleepQuestion

EDGE = 1  # the window's drawn border (paintEvent), which the scroll bar must not cover
ACK_MS = 2600  # how long the thank-you line stays
ACK_WITH_PROOF_MS = 7000  # longer when it offers to keep a win as proof
# Put away this long, the window lets go of its native window and the image it is drawn into
# (0.9 MB of X shared memory, kept while the window is). Opened again within it, it shows in
# about 7 ms; after, it makes a new native window first: p95 11 to 13 ms (bench_quicklog.py;
# target 50).
LET_GO_AFTER_MS = 30_000


class QuickLogWindow(DraftKeeping):
    """A small frameless window beside the tray icon; built once and kept, so it opens
    at once and keeps a draft between opens (DraftKeeping, quick_log_keeping.py)."""

    follows_language = True  # words itself again on a language change (changeEvent)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.ctx = ctx
        self.anchor: QRect | None = None
        self.wide = WIDTHS[0]  # its width: wider on a short screen (width_that_fits)
        self.setObjectName("quickLog")

        self.form = LogForm(ctx)
        # asked at each opening; the question itself is built the first morning it is due
        self.sleep_ask = SleepAsk(ctx, now_local)
        self._sleep: SleepQuestion | None = None
        self._unread = None  # the kept words' line, built the first time such words wait
        self.scroll_area = form_scroll(self.form, "")
        self.scroll_area.keep_seen = self.form.note  # in view as Tab reaches More, if it fits
        self.hint_cell = HintOrMessage()  # the keys hint, or a message in its place
        self.status, self.hint = self.hint_cell.status, self.hint_cell.hint
        self.save = buttons.primary("")
        # Enter is the window's own (it saves from anywhere in the form), never the button's
        self.save.setAutoDefault(False)
        self.save.setDefault(False)
        self.plan = buttons.quiet("")
        self.plan.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.setSpacing(tokens.S)
        bottom.addWidget(self.plan)
        bottom.addStretch(1)
        bottom.addWidget(self.save)
        # The question the window asks, above the note: the lowest-effort thing first.
        self.heading = label("", "heading")

        self.thanks = Thanks(ctx)  # in place of the form after a save

        # The scroll area reaches the window's right edge, and the form on it carries the
        # right margin: a scroll bar, when the form needs one (More on a small screen, the
        # sleep question), takes its room from that margin, not from the column. It took
        # it from the column: the note went 12 px narrower and a chip wrapped. The rows
        # above and below carry the same right margin (keep_in_column).
        # S above the heading, as below the help link: with M there, the window with the sleep
        # question was a few pixels short of an 800-pixel screen in Spanish (tests/gui/
        # test_sleep_question_fold.py)
        layout = self.main_layout = QVBoxLayout(self)
        layout.setContentsMargins(tokens.M, tokens.S, EDGE, tokens.S)
        layout.setSpacing(tokens.XS)
        self.form.main_layout.setContentsMargins(0, 0, tokens.M - EDGE, 0)
        self.bottom_row = bottom
        self.help_link = HelpLink(ctx)
        above = [self._row(self.heading)]
        below = [bottom, *(self._row(w) for w in (self.hint_cell, self.thanks, self.help_link))]
        for row in above:
            layout.addLayout(row)
        layout.addWidget(self.scroll_area, 1)
        for row in below:
            layout.addLayout(row)
        bar_in_margin(self.scroll_area, self.form.main_layout)
        self._in_column(*above, *below)
        self.bottom_widgets = (self.heading, self.plan, self.hint_cell, self.save)
        self.form.tail = [self.plan, self.save, self.help_link.button]
        self.form.fix_tab_order()
        self.retranslate()

        self.closer = QTimer(self)
        self.closer.setSingleShot(True)
        self.let_go = QTimer(self)
        self.let_go.setSingleShot(True)
        self.let_go.setInterval(LET_GO_AFTER_MS)
        self.let_go.timeout.connect(self._let_go_of_surface)
        self.form.submit.connect(self._on_form_submit)
        self.form.message.connect(self._show_message)
        self.form.more_toggled.connect(self._on_more_toggled)
        self.form.lists_changed.connect(
            lambda: QTimer.singleShot(0, self, partial(self._refit, rewidth=True))
        )
        self.save.clicked.connect(self._on_form_submit)
        self.thanks.kept.connect(self._on_kept)
        self.thanks.watch(self.help_link.button)
        self.thanks.held.connect(self.closer.stop)  # waits, as for the pointer over it
        self.plan.clicked.connect(self._on_plan_clicked)
        self._bring_back_waiting()
        self._follow_unread()
        ctx.signals.store_changed.connect(self.sleep_ask.store_changed)
        ctx.locker.changed.connect(self.sleep_ask.lock_changed)
        ctx.locker.changed.connect(self._on_lock_changed)
        ctx.signals.setting_changed.connect(self._ready_sleep)
        self.closer.timeout.connect(self._finish)
        QTimer.singleShot(0, self, self._warm_up)

    def retranslate(self) -> None:
        """The window's own words in the current language: at first, and after a language
        switch, as it is kept for the app's life. The form rewords itself (LogForm), keeping
        the draft; a thank-you line showing stays as it is until it closes."""
        self.setWindowTitle(self.tr("Quick log"))
        self.setAccessibleName(self.tr("Quick log"))
        self.scroll_area.setAccessibleName(self.tr("Quick log"))
        self.scroll_area.setAccessibleDescription(
            self.tr("How you are, in as few or as many words as you like; it scrolls if needed.")
        )
        self.status.setAccessibleName(self.tr("Message"))
        self.hint.setText(self.tr("Enter saves · Shift+Enter new line · Esc closes"))
        buttons.say(
            self.save,
            self.tr("&Save"),  # Alt+S from the note too; Spanish Alt+G
            self.tr("Save"),
            self.tr("Keeps what you picked and wrote in your journal; Enter does the same."),
        )
        buttons.say(
            self.plan,
            self.tr("&Plan something"),
            self.tr("Plan something for later"),
            self.tr("Opens a small window to choose one thing for later today or tomorrow."),
        )
        self.heading.setText(self.tr("How are you right now?"))
        self.thanks.retranslate()
        self._refit(rewidth=True)  # words of another length may need another height

    # -- opening ---------------------------------------------------------------------------
    def present(self, near: QRect | None = None) -> None:
        """Open beside `near` (the tray icon), or beside the icon anyway when opened from the
        menu or the command line; the keyboard focus goes to the note."""
        anew = self.thanks.isVisible() or not self.isVisible()
        if self.thanks.isVisible():
            # the form back in place, the window left up: hidden and shown again, it lost
            # the focus, and the window manager's late word of that put it away (a tray
            # click during the thank-you closed it, and what was typed next went nowhere)
            self._leave_thanks()
        if self.form.is_blank():  # earlier drafts that waited for room (bring_back)
            self._bring_back_waiting()
        self._on_opening()  # the other version's line; words out of sight named, once shown
        self.anchor = near if near is not None and near.isValid() else icon_rect(self.ctx.tray.icon)
        due = self.sleep_ask.due()
        if due or self._sleep is not None:
            self.sleep.setVisible(due)
            if due:
                self.sleep.ask_again()
        # a new log opens at its top, with the note in view, and More closed unless it
        # holds words: it came back scrolled down, More open, the note out of sight
        if anew:
            self.form.fold_empty_more()
        self.scroll_area.verticalScrollBar().setValue(0)
        if self.windowHandle() is None:  # let go of while put away: placed on its screen first
            self.create()
        self._fit(rewidth=True)
        self.show()
        self.raise_()
        self.activateWindow()
        self.form.note.setFocus(Qt.FocusReason.PopupFocusReason)

    @property
    def sleep(self) -> SleepQuestion:
        """The morning sleep question, built (hidden) the first time it is due, under the
        form, its own small section above the buttons: between the heading and the note it
        parted "How are you right now?" from its answer. Most people never turn it on, and
        the quick log is kept for the app's life."""
        if self._sleep is None:
            from footholds.ui.journal.sleep_question import SleepQuestion

            question = self._sleep = SleepQuestion(self.ctx, self.sleep_ask)
            row = self._row(question)
            self.main_layout.insertLayout(self.main_layout.indexOf(self.scroll_area) + 1, row)
            self._in_column(row)
            # in the tab order where it reads: after the form, before Plan and Save
            self.form.tail = [*question.focusable(), *self.form.tail]
            self.form.fix_tab_order()
            question.said.connect(self._show_message)
            question.unsaid.connect(self.hint_cell.clear_message)
            question.closed.connect(lambda: QTimer.singleShot(0, self, self._refit))
            question.noted.connect(self.form.note.setFocus)  # the buttons it had are gone
        return self._sleep

    def _on_more_toggled(self, on: bool) -> None:
        QTimer.singleShot(0, self, partial(self._refit, steady=on))
        if on:  # the questions it opened, as many as fit, their top first: only the first
            # label and a sliver of its box showed at the foot, the rest out of sight
            bring_into_view(self.form.journal, from_top_of=self.form.journal)

    def _ready_sleep(self, name: str = "day.sleep_question", _value: object = None) -> None:
        """With the question turned on, its module imported now, off the click's path: the
        first morning's opening builds it in time. Off (most people), it stays out of the
        idle app's memory (tests/unit/test_lean_start.py)."""
        if name == "day.sleep_question" and self.ctx.settings["day.sleep_question"]:
            import footholds.ui.journal.sleep_question  # noqa: F401

    @staticmethod
    def _row(widget: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(widget)
        return row

    def _in_column(self, *rows: QHBoxLayout) -> None:
        """`rows` in line with the form's column: the form's right margin on their right."""
        keep_in_column(self.scroll_area, list(rows), 0, tokens.M - EDGE, bar_in_margin=True)

    def _fit(self, steady: bool = False, rewidth: bool = False) -> None:
        """Size to the content (scrolling only when there is not room for it) and place it
        fully visible on the screen the icon is on, beside the icon and off its panel. Run
        again whenever the content grows (More, a chip, a message), so a window grown near
        the bottom moves up rather than running off the screen (quick_log_place). Its width
        is chosen (`rewidth`) as it opens and as its words or lists change, never as More,
        a message or the thanks show: nothing moves sideways while it is in use."""
        screen = screen_near(self.anchor)
        if self.windowHandle() is not None and self.windowHandle().screen() is not screen:
            self.windowHandle().setScreen(screen)
        area = screen.availableGeometry()
        if rewidth and not self.thanks.isVisible():
            closed = partial(needed_height, self, closed=True)
            self.wide = width_that_fits(closed, self.anchor, area)
        box, fits = window_box(self.wide, needed_height(self, self.wide), self.anchor, area)
        if steady and not fits and box.height() - self.height() <= tokens.XL:
            # a few more pixels of a form that scrolls anyway: nothing under it moves (the
            # sleep question jumped 32 px at More)
            self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            return
        # A scroll bar only on a screen too small for the form; "as needed" would keep one
        # that appeared while the window was still growing.
        self.scroll_area.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.setFixedSize(box.size())
        self.move(box.topLeft())

    def _refit(self, steady: bool = False, rewidth: bool = False) -> None:
        if self.isVisible():
            self._fit(steady, rewidth)

    def _warm_up(self) -> None:
        """Place the window and make its native window ahead, so the first opening is quick.
        Nothing is drawn ahead: a draw off screen made the first opening 20 ms quicker still
        but held 2.5 MB for the app's life. Measured in the bench's first opening after
        start: 23 to 40 ms with this, 32 to 54 ms without the native window made ahead;
        the target is 50 ms."""
        self._ready_sleep()
        if self.isVisible():
            return
        self._fit()
        self.create()

    # -- saving ----------------------------------------------------------------------------
    def _on_form_submit(self) -> None:
        if self.thanks.isVisible():
            return
        # words typed in "+ your own" and not added with Enter are added now: they were lost
        if not self.form.take_typed():
            return  # one could not be picked: said, and the person sees where it went
        values = self.form.values()
        entry = LogEntry(**values, source="quick-log")
        # a sleep answer the person touched and did not note yet is saved by Save too: it
        # was lost before, with "Saved" shown
        sleep_waiting = self._sleep is not None and self._sleep.waiting()
        if self.form.is_blank():
            if sleep_waiting:
                self.sleep.note_it()
                return
            self._show_message(self.tr("Nothing to save yet. Pick anything, or write a word."))
            return
        try:
            entry.clean()
        except InvalidEntry as exc:
            self._show_message(i18n.error_text(exc))
            return
        if sleep_waiting and not self.sleep.note_it():
            return  # times that can't be a night: said, and nothing saved yet
        saved, refused = add_record(self.ctx, entry, self)
        if saved is None:
            return
        self.form.remember_part()
        self.form.clear()
        self._show_thanks(saved, refused)

    def _show_thanks(self, entry: LogEntry, refused: StoreWriteError | None = None) -> None:
        self.thanks.thank(entry, refused)
        question = [self._sleep] if self._sleep is not None else []
        self.hint_cell.clear_message()
        kept = [self._unread] if self._unread is not None else []
        for widget in (*question, *kept, self.scroll_area, *self.bottom_widgets):
            widget.hide()
        self.thanks.show()
        self.thanks.offer_focus()
        self._fit()
        # where an entry the disk refused is for now takes longer to read than a thank-you
        self.closer.start(ACK_WITH_PROOF_MS if entry.wins or refused else ACK_MS)

    def _on_kept(self) -> None:
        """The wins went to the proof list: the thank-you says so a moment, then closes."""
        self._fit()
        self.closer.start(1500)

    def _on_lock_changed(self, locked: bool) -> None:
        """Locked with the sleep question showing: it goes until the unlock, what was touched
        kept, since an answer sealed now could not know of one given meanwhile."""
        if locked and self._sleep is not None and self._sleep.isVisible():
            self._sleep.hide()
            QTimer.singleShot(0, self, self._refit)
        # words it cannot show: out of sight while locked, said again once unlocked
        self._follow_unread()

    def _on_plan_clicked(self) -> None:
        self.put_away()
        self.ctx.windows.show("plan-activity", source="quick-log")

    # -- closing ---------------------------------------------------------------------------
    def _finish(self) -> None:
        """Leave the thank-you line and make the window ready for the next entry."""
        self._leave_thanks()
        self.hide()

    def _leave_thanks(self) -> None:
        """The form and its buttons in place of the thank-you line."""
        self.closer.stop()
        self.thanks.saved = None
        self.thanks.hide()
        for widget in (self.scroll_area, *self.bottom_widgets):
            widget.show()
        if self._unread is not None:
            self.hint_cell.follow(self._unread.follow())

    def put_away(self) -> None:
        """Close and keep whatever was picked or written as a draft (Esc, a click elsewhere):
        words are only ever taken away by the person, deleting them, or by saving them."""
        self.hint_cell.clear_message()
        self._finish()

    def _show_message(self, text: str) -> None:
        self.hint_cell.show_message(text)
        self._fit()  # a longer message (an error) may need a second line

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.put_away()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.thanks.isVisible():
            if event.isAutoRepeat():
                return  # Enter held down to save: not also a press of what the thanks offer
            if self.focusWidget() is self.thanks.keep_proof:
                self.thanks.keep_proof.click()
            else:
                self._finish()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_form_submit()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            QTimer.singleShot(0, self, self._on_deactivated)
        elif event.type() == QEvent.Type.PaletteChange:
            self.form.restyle()  # follow a light/dark switch
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        self.let_go.stop()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.let_go.start()

    def _let_go_of_surface(self) -> None:
        """Put away a while: destroy the native window (the widgets, the draft and the place
        stay); showing it again makes a new one."""
        if not self.isVisible():
            self.destroy()

    def _on_deactivated(self) -> None:
        # A menu or message box of our own is not "elsewhere".
        if not self.isVisible() or self.isActiveWindow():
            return
        if QApplication.activePopupWidget() or QApplication.activeModalWidget():
            return
        self.put_away()

    def enterEvent(self, event: QEnterEvent) -> None:
        if self.closer.isActive() and self.thanks.keep_proof.isVisible():
            self.closer.stop()  # the person is reaching for the button
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self.thanks.isVisible() and not self.closer.isActive() and not self.thanks.held_by_keys:
            self.closer.start(ACK_MS)
        super().leaveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.setPen(self.palette().mid().color())
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
