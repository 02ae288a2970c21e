"""Removing things gently: ask once (ctx.prompter.confirm), then offer to put it back for a
few seconds. Every window that removes something uses this one strip, so Undo looks, sits and
answers to Ctrl+Z the same way everywhere."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, TypeGuard, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QEnterEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

from footholds.ui.common import buttons, tokens
from footholds.ui.common.alt_letters import free_letter
from footholds.ui.common.never_raises import never_raises
from footholds.ui.common.undo_line import OneLine

if TYPE_CHECKING:
    from footholds.core.store import Record

T = TypeVar("T")
# an offer's words: made when shown, and made again after a language switch, in the new one
# (a callable giving them translated); a plain string stays as written
Words = str | Callable[[], str]
UNDO_SECONDS = 8  # long enough to notice and reach the button, short enough to be gone soon
STAY_AFTER_POINTER_MS = 3000  # once the pointer leaves a strip it was resting on


class UndoBar(QFrame):
    """ "Removed. [Undo]" for a few seconds after the person removes something.

    Its place in the window is kept while it is hidden, so nothing moves when it comes and
    goes: a click aimed at Undo a moment too late lands on empty space, never on the button
    that had slid under the pointer. While the offer stands, Ctrl+Z anywhere in the window
    undoes the removal, even from a text field (which would otherwise take Ctrl+Z for its own
    typing), and resting the pointer on the strip holds it open."""

    def __init__(self, parent: QWidget | None = None, *, keep_place: bool = True) -> None:
        """`keep_place=False` for a strip shown in the place of the row it removed (the
        room is the row's, so nothing moves when it comes): it keeps none while hidden."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = OneLine()
        self.button = buttons.secondary("")
        self._spoken = ""  # what this offer's Undo is named to a screen reader (offer)
        # the offer as made (words, undo, seconds, name to a screen reader): while its undo
        # runs, for `hold`; and whether it waits on a question, its time stopped (`hold`)
        self._offered: tuple[Words, Callable[[], QWidget | None], int, Words] | None = None
        self._undoing: tuple[Words, Callable[[], QWidget | None], int, Words] | None = None
        self.retranslate()
        row = QHBoxLayout(self)
        row.setContentsMargins(tokens.S, tokens.XS, tokens.XS, tokens.XS)
        row.addWidget(self.message, 1)
        row.addWidget(self.button)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(keep_place)
        self.setSizePolicy(policy)
        self._undo: Callable[[], QWidget | None] | None = None
        self._held = False
        # the record a standing Undo would put back, when it is one store record (offer):
        # Lock now seals it with the drafts rather than lose it with the window
        self._puts_back: Record | None = None
        self._undoing_record: Record | None = None
        self._came_from: QWidget | None = None  # where the keyboard was when it was offered
        self._ended: Callable[[], None] | None = None  # the offer's own end, if it has one
        # on a window of pages (belong_to_pages): the pages, and the one the offer was made on
        self._tabs: QTabWidget | None = None
        self._page = -1
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.dismiss)
        self.button.clicked.connect(self.undo)
        # a shortcut belongs to the strip, so it is live only while the strip shows
        self._shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self._shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._shortcut.activated.connect(self.undo)
        self._keys = _UndoKeyClaim(self)
        # what an offer would call often holds the window (a lambda over it): let go of as
        # the strip goes with its window, or the window stays held in a cycle through it,
        # left to the garbage collector (whose collect after a close once crashed the app)
        self.destroyed.connect(partial(_let_go_of_offer, weakref.ref(self)))
        self.hide()

    def retranslate(self) -> None:
        """Its own words in the current language: at first, and after a language switch (a
        window keeps its strip for its life). A message on screen is made again in the new
        language too, with what the button undoes (given to `offer` as callables)."""
        self.setAccessibleName(self.tr("Undo"))
        self._button_words()
        if self._offered is None:
            self._name_button(self._spoken)
            return
        message, _undo, _seconds, spoken = self._offered
        self.message.set_whole(said(message))
        self._name_button(said(spoken))

    def _button_words(self) -> None:
        """Undo, with an Alt letter while an offer shows: one of its letters that no other
        Alt letter in the window takes (each window has its own, in each language), or
        none when all are taken, Ctrl+Z doing as much. Chosen when it shows, not before."""
        if self._offered is not None and not self.isHidden():
            free_letter(self.button, self.tr("Undo"))
        else:
            self.button.setText(self.tr("Undo"))

    def belong_to_pages(self, tabs: QTabWidget) -> None:
        """On a window of pages (Settings), an offer belongs to the page it was made on: the
        strip hides while another page shows, Ctrl+Z with it, and comes back with its page
        while its seconds last. What it would undo stays done, as the person asked. Pages
        are told by place, so a window that makes its pages again (a new language) keeps
        the offer on the same page."""
        self._tabs = tabs
        tabs.currentChanged.connect(self._on_page_changed)

    def _on_page_changed(self, index: int) -> None:
        if self._undo is None or self._tabs is None:
            return
        here = index == self._page
        held = self.window().focusWidget()
        if not here and held is not None and self.isAncestorOf(held):
            self._tabs.tabBar().setFocus()  # not on to whatever follows the strip (help)
        self.setVisible(here)
        self._button_words()  # its page's letters, or none while it is hidden

    def _name_button(self, spoken: str) -> None:
        """The button as a screen reader says it: what this offer undoes (`spoken`, already
        in the person's language), or else a removal, the strip's usual work."""
        self._spoken = spoken
        if spoken:
            self.button.setAccessibleName(spoken)
            self.button.setAccessibleDescription("")  # the removal's would be wrong here
            return
        self.button.setAccessibleName(self.tr("Undo the removal"))
        self.button.setAccessibleDescription(
            self.tr("Puts back what you just removed, just as it was.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def offer(
        self,
        message: Words,
        undo: Callable[[], QWidget | None],
        seconds: int = UNDO_SECONDS,
        *,
        spoken: Words = "",
        puts_back: Record | None = None,
        ended: Callable[[], None] | None = None,
    ) -> None:
        """Show `message` with an Undo button that calls `undo`, for `seconds`. `spoken`
        names the button to a screen reader when what it undoes is not a removal ("Undo the
        reset"). Both are callables making the words in the current language, called again
        after a language switch, so the whole strip follows it (a plain string stays).
        `puts_back`: the one record `undo` adds back as it was, when that is all it does;
        Lock now then seals it with the drafts and offers it back after the unlock
        (app/lock_undo.py). `ended` runs when the offer ends without its Undo (its time up,
        another offer in its place).

        The keyboard goes to Undo, in every window alike: the Remove just pressed has often
        gone with its row, or is hidden or disabled, and Qt would hand the focus on to
        whatever button came next. On Undo, Enter or Space puts it back, as Ctrl+Z does;
        `undo` may return what shows the thing put back (its row, the list with it chosen),
        and the keyboard goes there. Otherwise, and when the offer ends, the keyboard goes
        back where the window had left it (a window that wants it somewhere, such as its
        list, puts it there before offering)."""
        self._end_offer()  # an offer standing ends here: this one takes its place
        self._ended = ended
        self._undo = undo
        self._offered = (message, undo, seconds, spoken)
        self._held = False
        self._puts_back = puts_back
        self.message.set_whole(said(message))
        self._name_button(said(spoken))
        # the window's own, not the application's: just after "Remove?" closes, the window
        # is not active again yet and the application has no focus widget at all
        self._came_from = self.window().focusWidget() or QApplication.focusWidget()
        self._page = self._tabs.currentIndex() if self._tabs is not None else -1
        self.show()
        self._button_words()  # a letter free in the window as it is now
        self.button.setFocus()
        self.timer.start(seconds * 1000)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._keys)

    def stand_in_for(self, row: QWidget) -> None:
        """Take exactly the height of `row`, which the strip is about to replace in a
        column (with `keep_place=False`): the rows below and the rest of the window then
        stay where they were, and Undo puts the row back into the same room. The strip's
        own margins give way when the row is slimmer than they would make it."""
        frame = 2 * self.frameWidth()
        room = max(0, row.height() - frame - self.button.sizeHint().height())
        top = min(tokens.XS, room // 2)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(tokens.S, top, tokens.XS, room - top)
        inside = row.height() - frame - top - (room - top)
        metrics = self.message.fontMetrics()
        self.message.keep_lines(1 + max(0, inside - metrics.height()) // metrics.lineSpacing())
        self.setFixedHeight(row.height())

    def slim(self) -> None:
        """One line of words, and margins no taller than its button needs: for a strip that
        shares a row with something beside it (Today's, with the help link), whose room that
        row keeps whether the strip shows or not."""
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(tokens.S, 2, 2, 2)
        self.message.keep_lines(1)

    def pending(self) -> bool:
        return self._undo is not None

    def would_put_back(self) -> Record | None:
        """The record a standing offer would put back, when its Undo adds just that one
        record back; None otherwise."""
        return self._puts_back if self._undo is not None else None

    def take_away(self) -> Record | None:
        """At Lock now: the record a standing offer would put back, and the offer ends,
        nothing of it left here (the record is sealed; a window kept while locked keeps the
        strip). None, the offer left standing, when its Undo does more than add one record
        back."""
        record = self.would_put_back()
        if record is not None:
            self.dismiss()
        return record

    def offers(self, undo: Callable[[], QWidget | None]) -> bool:
        """Whether the offer of `undo` (as given to `offer`) still stands."""
        return self._undo is not None and self._undo is undo

    def withdraw(self, undo: Callable[[], QWidget | None]) -> None:
        """End the offer of `undo` (as given to `offer`) if it still stands: what it would
        put back has no place any more. Another window part's offer on a shared strip stays."""
        if self.offers(undo):
            self.dismiss()

    def undo(self) -> None:
        """Put back what was removed, if the offer still stands; the keyboard goes to what
        came back when `undo` says where that is."""
        undo, offered, record = self._undo, self._offered, self._puts_back
        self._ended = None  # taken up, not ended
        self.dismiss()
        if undo is None:
            return
        self._undoing, self._undoing_record = offered, record
        try:
            shown = undo()
        finally:
            self._undoing = self._undoing_record = None
        if usable(shown):
            shown.setFocus()

    def hold(self) -> bool:
        """For an `undo` that cannot put things back yet, asked from inside it (locked, the
        passphrase is asked first): its offer stands again just as it was, the same words in
        the same place and the keyboard on Undo, and waits without counting down until
        `release`. Gone while the question was open, Undo was lost to a "Not now". False
        when no Undo of this strip is running."""
        if self._undoing is None:
            return False
        message, undo, seconds, spoken = self._undoing
        self.offer(message, undo, seconds, spoken=spoken, puts_back=self._undoing_record)
        self.timer.stop()
        self._held = True
        return True

    def release(self) -> None:
        """The question a held offer waited on was answered without it ("Not now"): the
        offer stands, and its few seconds start again from the beginning."""
        if self._held and self._undo is not None and self._offered is not None:
            self._held = False
            self.timer.start(self._offered[2] * 1000)

    def dismiss(self) -> None:
        """Hide the strip; the removal stands."""
        standing = self._undo is not None
        self._end_offer()
        self._undo = self._offered = self._puts_back = None
        self._held = False
        self._page = -1
        self.timer.stop()
        # nothing of the offer stays behind it, the words of what was removed least of all
        # (a strip kept while locked would keep them in memory)
        self.message.set_whole("")
        self._name_button("")
        self._button_words()  # its letter let go
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._keys)
        # asked of the window, not the application: the window may not be active (a question
        # just closed, the person is elsewhere) and still meant to hold the keyboard here
        held = self.window().focusWidget()
        had_focus = held is not None and (held is self or self.isAncestorOf(held))
        if had_focus:  # hand the keyboard back, not on to whatever button follows (help)
            back = self._came_from
            if not usable(back) or back is self or self.isAncestorOf(back):
                back = self._first_in_window()
            if back is not None:
                back.setFocus()
        # hidden once the keyboard has left it: hiding it first passed the keyboard on as Tab
        # does, and a scrolling page scrolled to that next stop (My lists: up to the first
        # suggestion), before it went back where it belonged
        self.hide()
        if standing:  # taken up (its undo runs next), its time up, or withdrawn
            offers_ending().ended.emit(self.window())

    def _let_go(self) -> None:
        """Nothing of an offer held any more, nor run: the strip is going with its window,
        and its Undo can no longer be pressed."""
        self._undo = self._offered = self._undoing = self._ended = self._came_from = None

    def _end_offer(self) -> None:
        """The standing offer's `ended`, once, as it goes without its Undo."""
        ended, self._ended = self._ended, None
        if ended is not None:
            ended()

    def _first_in_window(self) -> QWidget | None:
        """The window's first place for the keyboard, outside the strip: where the place
        it was in has gone, the top of the window, never the link that follows the strip."""
        window = self.window()
        widget = window.nextInFocusChain()
        while widget is not None and widget is not window:
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and usable(widget)
                and not self.isAncestorOf(widget)
            ):
                return widget
            widget = widget.nextInFocusChain()
        return None

    def enterEvent(self, event: QEnterEvent) -> None:
        if self._undo is not None:
            self.timer.stop()  # someone is reaching for it: do not take it away now
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._undo is not None and not self._held:  # held: the pointer went to the question
            self.timer.start(STAY_AFTER_POINTER_MS)
        super().leaveEvent(event)


class _Ending(QObject):
    """Says that an offer has ended in a window, its Undo taken up or not: a window held in
    the language before while it stood may follow now (ui/shell/language_follow.py)."""

    ended = Signal(QWidget)


_ENDING: list[_Ending] = []


def _let_go_of_offer(strip: weakref.ref[UndoBar], *_destroyed: object) -> None:
    """`strip` is being destroyed: its offer is let go of (a method of the strip itself is
    not called by then, nor may the call hold the strip, or nothing would free it)."""
    bar = strip()
    if bar is not None:
        bar._let_go()


def offers_ending() -> _Ending:
    """The one place every strip says an offer has ended."""
    if not _ENDING:
        _ENDING.append(_Ending())
    return _ENDING[0]


def said(words: Words) -> str:
    """An offer's words as shown now: made in the current language when they are made."""
    return words if isinstance(words, str) else words()


def seconds_left(bar: UndoBar) -> int:
    """The seconds a standing offer has left: for it made again on a strip made anew."""
    left = bar.timer.remainingTime()  # -1 while stopped: the pointer on it, or held
    return -(-left // 1000) if left > 0 else UNDO_SECONDS


def put_back(items: Sequence[T], before: Sequence[T], row: int) -> list[T]:
    """`items` with `before[row]`, taken off a list, back in its place. The list may have
    changed since (an entry added, renamed, moved): it goes beside its nearest neighbour of
    then that is still there, after one that was above it, before one that was below (the
    one above first, when both are as near); with none left, at its old row. Everything
    else stays as it is now. An entry already back is not added twice."""
    now, removed = list(items), before[row]
    if removed in now:
        return now
    for step in range(1, len(before)):
        if row - step >= 0 and before[row - step] in now:
            now.insert(now.index(before[row - step]) + 1, removed)
            return now
        if row + step < len(before) and before[row + step] in now:
            now.insert(now.index(before[row + step]), removed)
            return now
    now.insert(min(row, len(now)), removed)
    return now


def usable(widget: object) -> TypeGuard[QWidget]:
    """A widget still there that can take the keyboard (its window may be put away)."""
    return (
        isinstance(widget, QWidget)
        and isValid(widget)
        and widget.isVisibleTo(widget.window())
        and widget.isEnabled()
    )


class _UndoKeyClaim(QObject):
    """While an offer stands, keeps a text field in the strip's window from claiming Ctrl+Z,
    so the key reaches the strip's shortcut: right after a removal, Ctrl+Z means "bring it
    back". Installed on the application only for those few seconds."""

    def __init__(self, bar: UndoBar) -> None:
        super().__init__(bar)
        self.bar = bar

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and isinstance(watched, QWidget)
            and watched is not self.bar
            and watched.window() is self.bar.window()
            and self.bar.isVisible()
        ):
            event.ignore()
            return True
        return False
