"""My sessions' form kept when Footholds closes (ui/common/kept_words.py): the session
being written and not added yet, or the changes to one being edited, back in the form at the
next opening with a line saying they are not saved yet. Edit on another session sets them
aside and offers them back on the Undo strip, then, once its seconds pass, in a quiet strip
in the Undo strip's own room (strip_place.py: nothing below moves when it comes) until the
person takes them back; a close keeps them with the form's words, and the drafts file holds
them from the moment they are set aside (kept_words.keep_now), so a crash keeps them too.
As Reach out's form does (person_aside.py).

Kept apart from sessions_editor.py, which holds the form, the list and what a click changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QTime, SignalInstance
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QTimeEdit, QWidget

from footholds.core.store import Session
from footholds.ui.common import buttons, kept_words
from footholds.ui.common.day_edit import DayEdit
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.kept_bar import KeptWordsBar
from footholds.ui.common.strip_place import StripPlace
from footholds.ui.common.undo import UndoBar

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class SessionDrafts(QWidget):
    """Mixed into SessionsEditor, which builds the form (these names): its words as a draft
    keeps them, and back from one."""

    ctx: AppContext
    first: DayEdit
    start: QTimeEdit
    every: QComboBox
    minutes: QSpinBox
    therapist: QLineEdit
    kept: StatusLine
    editing: Session | None
    undo: UndoBar
    aside_place: StripPlace  # the Undo strip's room, which the strip shares
    _fresh: dict[str, Any]
    _aside: dict[str, Any] | None = None  # words Edit set aside, while Undo offers them
    _aside_undo: Callable[[], QWidget | None] | None = None  # its Undo, as the strip knows it

    if TYPE_CHECKING:  # the editor's own

        def clear_form(self) -> None: ...
        def start_editing(self, session: Session) -> None: ...

    def __init__(self) -> None:
        super().__init__()
        # words Edit set aside whose Undo has passed: kept until the person takes them back
        # (Edit is no request to throw words away; Cancel is), at a quit too, and offered
        # by a quiet strip in the page meanwhile
        self._earlier: list[dict[str, Any]] = []
        self.aside_bar = AsideWordsBar()
        self.aside_bar.button.clicked.connect(self._on_open_earlier_clicked)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again hours later, a form still as it opened offers the next time again,
        not one that has passed since."""
        fresh = self._when() == self._fresh and not self.therapist.text()
        if fresh and self.kept.isHidden() and self.editing is None:
            self.clear_form()
        super().showEvent(event)
        self._follow_earlier()

    def hideEvent(self, event: QHideEvent) -> None:
        """Its strip, in the window's shared place, goes with the page (another shows)."""
        super().hideEvent(event)
        self._follow_earlier()

    # -- words typed and not added, kept when Footholds closes (ui/common/kept_words.py) ----
    def _when(self) -> dict[str, Any]:
        """The form's day, time, how often and length, as a draft keeps them."""
        day = self.first.date()
        return {
            "day": date(day.year(), day.month(), day.day()).isoformat(),
            "time": self.start.time().toString("HH:mm"),
            "every": str(self.every.currentData()),
            "minutes": self.minutes.value(),
        }

    def typed_words(self) -> dict[str, Any]:
        """The session being written and not added yet ({} when none): the therapist's name
        typed, and its day, time, how often and length once any is changed from how the form
        opened, for the window's draft when Footholds closes; with the session being edited,
        if one is."""
        held: dict[str, Any] = kept_words.typed({"therapist": self.therapist})
        when = self._when()
        if when != self._fresh:
            held.update(when)
        if held and self.editing is not None:
            held["editing"] = self.editing.id  # changes to it, never a session of their own
        return held

    def bring_back(self, kept: Any, *, quiet: bool = False) -> None:
        """The session `typed_words` gave at the last close, back in the form, with a line
        saying it is not saved yet (`quiet`: without it, as when Settings words itself again
        in another language). The line goes once the session is added or the form is as it
        opened again."""
        if not isinstance(kept, dict):
            return
        earlier = kept.get("aside")
        if isinstance(earlier, list):  # words set aside, kept with the form's at the close
            self._earlier += [words for words in earlier if isinstance(words, dict)]
            self._follow_earlier()
        editing = self.ctx.store.get(Session, str(kept["editing"])) if kept.get("editing") else None
        if editing is not None:  # gone since: the words are offered as a new session
            self.start_editing(editing)
        back = self._therapist_back(kept.get("therapist"), over=editing is not None)
        day = QDate.fromString(str(kept.get("day", "")), "yyyy-MM-dd")
        time = QTime.fromString(str(kept.get("time", "")), "HH:mm")
        every = self.every.findData(kept.get("every"))
        minutes = kept.get("minutes")
        if day.isValid():
            self.first.setDate(day)
        if time.isValid():
            self.start.setTime(time)
        if every >= 0:
            self.every.setCurrentIndex(every)
        if isinstance(minutes, int) and not isinstance(minutes, bool):
            self.minutes.setValue(minutes)
        if quiet or not (back or self._when() != self._fresh):
            return
        kept_words.appear(self.kept)
        self._watch_kept()

    def _therapist_back(self, words: Any, *, over: bool) -> bool:
        """The kept name back in its box as typed; `over` the saved name start_editing put
        there (put_back fills only an empty box, and the changed name was dropped)."""
        if not over:
            return kept_words.put_back({"therapist": self.therapist}, {"therapist": words})
        if not isinstance(words, str) or not words.strip():
            return False
        self.therapist.setText(words)
        self.therapist.setModified(True)
        kept_words.to_the_end(self.therapist)
        return True

    # -- Edit on a row, words in the form set aside ---------------------------------------
    def edit_keeping_words(self, session: Session) -> None:
        """A row's Edit, or a double-click on its line: the form filled with `session`. Words
        typed in it for something else (a new session, changes to another) are set aside
        first and offered back on the Undo strip, never written over; changes to this same
        session stay as they are."""
        words = self.typed_words()
        if words and self.editing is not None and self.editing.id == session.id:
            self.first.setFocus()
            return
        self.start_editing(session)
        if words:
            self._set_aside(words)

    def _set_aside(self, words: dict[str, Any]) -> None:
        self._aside_undo = self._take_aside  # one callable: the strip knows its offer by it
        self.undo.offer(  # an offer of words set aside before ends here: they are kept
            lambda: QCoreApplication.translate("SessionsEditor", "Your words were set aside."),
            self._aside_undo,
            spoken=lambda: QCoreApplication.translate(
                "SessionsEditor", "Bring back the words you were writing"
            ),
            ended=self._keep_aside,
        )
        self._aside = words
        kept_words.keep_now(self.ctx)  # on disk now, crash-safe, not only at a quit

    def _take_aside(self) -> QWidget | None:
        """Undo: the words set aside back in the form."""
        words, self._aside = self._aside, None
        return self._swap_in(words) if words else None

    def _on_open_earlier_clicked(self) -> None:
        if self._earlier:
            self._swap_in(self._earlier.pop()).setFocus()
        self._follow_earlier()

    def _swap_in(self, words: dict[str, Any]) -> QWidget:
        """`words` back in the form; words typed in it since are set aside in turn, with
        their own Undo."""
        now = self.typed_words()
        self.clear_form()
        self.bring_back(words, quiet=True)
        if now:
            self._set_aside(now)
        self._settle_when_out_of_form()
        return self.first

    def _keep_aside(self) -> None:
        """The offer ended without its Undo (its seconds passed, another took its place):
        the words stay, offered by the strip in the page."""
        if self._aside:
            self._earlier.append(self._aside)
        self._aside = None
        self._follow_earlier()

    def _follow_earlier(self) -> None:
        """The strip shows while words set aside earlier wait and the page is in view (in
        the Undo strip's room, which the window's other pages share)."""
        self.aside_place.want(self.aside_bar, bool(self._earlier) and self.isVisible())

    def draft_words(self) -> dict[str, Any]:
        """What a close keeps ({} when none): the form's words, and the words set aside
        (under "aside"); while none are typed in the form, the latest set aside go back in it."""
        held = self.typed_words()
        aside = [*self._earlier, *([self._aside] if self._aside else [])]
        if not held and aside:
            held = aside.pop()
        return {**held, "aside": aside} if aside else held

    def carry_words(self) -> dict[str, Any]:
        """Before a new language makes the page again (Settings' _carry_typed): the form's
        words, the session it edits and every set of words set aside, for the new page to
        take back as they are ({} when none). An Undo still offering words set aside ends
        here, its words joining the others, so the new page's strip alone offers them: the
        old page's Undo went on offering them too, twice on screen, until it passed. This
        page's strip leaves the window's shared place with it."""
        if self._aside_undo is not None:
            self.undo.withdraw(self._aside_undo)  # ended: its words join _earlier
        self._keep_aside()
        self._aside_undo = None
        held = self.typed_words()
        if self.editing is not None:
            held["editing"] = self.editing.id
        if self._earlier:
            held["aside"] = list(self._earlier)
        self.aside_place.let_go(self.aside_bar)
        return held

    def _form_changes(self) -> tuple[SignalInstance, ...]:
        """The signals of a change to any of the form's fields."""
        return (
            self.therapist.textChanged,
            self.first.dateChanged,
            self.start.timeChanged,
            self.every.currentIndexChanged,
            self.minutes.valueChanged,
        )

    def _settle_when_out_of_form(self) -> None:
        """Words set aside, taken back into the form: the drafts file holds them as the
        form's now, and lets go of them once the form holds none (added, cleared, emptied),
        so a crash never brings back words the person has done with."""
        signals = self._form_changes()

        def changed() -> None:
            if self.typed_words():
                return
            for signal in signals:
                signal.disconnect(changed)
            kept_words.settled(self.ctx)

        for signal in signals:
            signal.connect(changed)
        kept_words.settled(self.ctx)

    def _watch_kept(self) -> None:
        """Until the form holds nothing written since it opened (emptied by the person, or
        added), when the line goes and the drafts file follows (kept_words.settled)."""
        signals = self._form_changes()

        def changed() -> None:
            if self.typed_words() and not self.kept.isHidden():
                return
            for signal in signals:
                signal.disconnect(changed)
            self.kept.hide()
            kept_words.settled(self.ctx)

        for signal in signals:
            signal.connect(changed)

    def forget_words(self) -> None:
        """Empty the form, once its words are kept elsewhere (Lock now sealed them)."""
        kept_words.forget({"therapist": self.therapist})
        self.clear_form()
        if self._aside_undo is not None:
            self.undo.withdraw(self._aside_undo)
        self._aside = self._aside_undo = None
        self._earlier = []
        self._follow_earlier()


class AsideWordsBar(KeptWordsBar):
    """ "Words you were writing are still here… [Open them]", in the Undo strip's room
    while words Edit set aside wait and no Undo is offered (strip_place.py)."""

    def retranslate(self) -> None:
        super().retranslate()  # its quiet "Let them go" too, named though never shown here
        self.message.setText(
            QCoreApplication.translate(
                "SessionsEditor", "Words you were writing are still here, not saved yet."
            )
        )
        self.setAccessibleName(self.message.text())
        buttons.say(
            self.button,
            QCoreApplication.translate("SessionsEditor", "Open them"),
            QCoreApplication.translate("SessionsEditor", "Open the words you were writing"),
            QCoreApplication.translate(
                "SessionsEditor", "Puts them back in the form; words in it now are set aside."
            ),
        )
