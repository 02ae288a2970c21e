"""Reach out's words typed in the person form and not saved: Cancel sets them aside, and the
window's Undo strip offers them back for a few seconds, as after a removal; Add someone (or
Edit, for the person they were for) meanwhile opens the form with them.

Words kept earlier (a second Cancel within those seconds, words set aside at a quit, several
drafts waiting at a start) wait here too. Each comes back with a line at the form's head
saying whose words they are, and a way to clear them; while any wait, a strip in the Undo
strip's room (strip_place.py: in view under the page, and nothing moves when it comes)
offers them, so every set reaches the person, never only the newest. Words set aside reach
the drafts file at once (kept_words.keep_now), so a crash keeps them as a quit does; the file
follows when they go (kept_words.settled)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject

from footholds.core.store import Person
from footholds.ui.common import buttons, kept_words
from footholds.ui.common.kept_bar import KeptWordsBar
from footholds.ui.common.scrolling import bring_into_view

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

    from footholds.ui.people.reach_out import ReachOutWindow


def earlier_line() -> str:
    """Said at the form's head over words set aside earlier and brought back into it."""
    return QCoreApplication.translate(
        "ReachOutWindow", "These are words you set aside earlier. They are not saved yet."
    )


class EarlierWordsBar(KeptWordsBar):
    """ "Words you were writing earlier are still here… [Open them]", in the Undo strip's
    room while any wait and no Undo is offered."""

    def retranslate(self) -> None:
        super().retranslate()  # its quiet "Let them go" too, named though never shown here
        self.message.setText(
            QCoreApplication.translate(
                "ReachOutWindow", "Words you were writing earlier are still here, not saved yet."
            )
        )
        self.setAccessibleName(self.message.text())
        buttons.say(
            self.button,
            QCoreApplication.translate("ReachOutWindow", "Open them"),
            QCoreApplication.translate("ReachOutWindow", "Open the words you were writing earlier"),
            QCoreApplication.translate(
                "ReachOutWindow", "Opens them in the form; words in it now stay kept."
            ),
        )


class AsideWords(QObject):
    """The words Cancel closed the form on, while their Undo is offered, and those kept."""

    def __init__(self, window: ReachOutWindow) -> None:
        super().__init__(window)
        self.words: dict[str, Any] | None = None  # PersonForm.typed_words, kept at a quit too
        # words set aside earlier, whose offer a later Cancel (or an Undo over other words)
        # took the place of, and those a quit kept: the strip offers them, and a quit keeps
        # them, so no second Cancel loses the first's words
        self.kept: list[dict[str, Any]] = []
        self.from_quit: list[dict[str, Any]] = []  # of them, those a close kept (said so)
        self.gone: list[dict[str, Any]] = []  # of those, words for someone removed since
        self.bar = EarlierWordsBar()
        window.strip_place.add(self.bar)
        self.bar.button.clicked.connect(self.open_next)

    @property
    def window(self) -> ReachOutWindow:
        """Its window, reached through Qt (its parent), never held here: the window holds
        this, and a cycle through a window left it to the garbage collector (whose collect
        after a close crashed the app over Tough day's window)."""
        return cast("ReachOutWindow", self.parent())

    def follow(self) -> None:
        """The strip shows while words kept earlier wait, once no Undo is offered over it."""
        self.window.strip_place.want(self.bar, bool(self.kept))

    def keep(self, words: dict[str, Any] | None) -> None:
        """Words typed in the form, about to be written over: kept, and offered."""
        if words is not None:
            self.kept.append(words)
            self.follow()
            kept_words.keep_now(self.window.ctx)  # on disk now, crash-safe

    def cancel(self) -> None:
        """Close the form; words typed in it and not saved are set aside and offered back
        (never lost to a tired click where Esc would have kept them)."""
        window = self.window
        words = window.form.typed_words()
        window.close_form()
        if words is None:
            kept_words.settled(window.ctx)  # the form's words gone with it, from disk too
            return
        self._keep_offered()
        self.words = words
        window.undo_bar.offer(
            lambda: QCoreApplication.translate("ReachOutWindow", "Your words were set aside."),
            self.bring_back,
            spoken=lambda: QCoreApplication.translate(
                "ReachOutWindow", "Bring back the words you were writing"
            ),
            ended=self.let_go,
        )
        self.follow()
        kept_words.keep_now(window.ctx)  # on disk while offered back: a crash keeps them

    def _keep_offered(self) -> None:
        """An offer standing: its words are kept, not let go, when another takes its place."""
        if self.words is not None:
            self.kept.append(self.words)
            self.words = None
            self.window.undo_bar.withdraw(self.bring_back)

    def clear(self) -> None:
        """Clear them: the form as it started, the words kept earlier out of it; the strip
        offers them back for a few seconds, then they go (the person asked)."""
        window = self.window
        form = window.form
        words = form.typed_words()
        form.start(form.editing)
        if words is None:
            return
        self._keep_offered()

        def back() -> QWidget | None:  # kept by the strip: the window reached through this
            self._open(words)
            return self.window.form.name

        window.undo_bar.offer(
            lambda: QCoreApplication.translate("ReachOutWindow", "Your words were cleared."),
            back,
            spoken=lambda: QCoreApplication.translate(
                "ReachOutWindow", "Bring back the words you cleared"
            ),
        )
        self.follow()
        kept_words.settled(window.ctx)  # cleared: gone from disk too

    def let_go(self) -> None:
        """The offer ended (or the words are sealed with the lock): they go, from the drafts
        file too (written again with what is held now; nothing while locked)."""
        self.window.undo_bar.withdraw(self.bring_back)
        self.words = None
        kept_words.settled(self.window.ctx)

    def from_drafts(self, waiting: list[dict[str, Any]]) -> None:
        """Every form's words a close kept (ReachOutWindow.draft; newest first, several when
        drafts waited), kept here: the form opens with the newest, the strip offers the rest."""
        opens = False
        for draft in waiting:
            form = draft.get("form")
            aside = draft.get("aside")
            sets = ([form] if isinstance(form, dict) else []) + (
                aside if isinstance(aside, list) else []
            )
            opens = opens or isinstance(form, dict)
            for words in sets:
                if isinstance(words, dict):
                    self._keep_from_quit(words)
        if opens:
            self.open_next()
        self.follow()

    def _keep_from_quit(self, words: dict[str, Any]) -> None:
        key = words.get("person")
        store = self.window.ctx.store
        person = store.get(Person, key) if isinstance(key, str) and key else None
        if person is None:  # someone new, or removed since: Save adds them as someone new
            words = {**words, "person": ""}
            if key and not store.is_sealed:
                self.gone.append(words)
        self.kept.append(words)
        self.from_quit.append(words)

    def forget(self) -> None:
        """Every word set aside goes from memory (Lock now sealed them with the drafts)."""
        self.let_go()
        self.kept = []
        self.from_quit = []
        self.gone = []
        self.follow()

    def all_words(self) -> list[dict[str, Any]]:
        """Every set of words set aside, the one offered first: kept at a quit."""
        return ([self.words] if self.words is not None else []) + self.kept

    def into_form(self, person: Person | None) -> None:
        """After the form starts for `person` (None: someone new), the words set aside for
        them, taken out: the offer's just as they were (it ends), words kept earlier with the
        line saying so."""
        key = person.id if person else ""
        words = self.words
        if words is not None and words.get("person") == key:
            self.let_go()
            self.window.form.fill(words)
            return
        for held in self.kept:
            if held.get("person") == key:
                self.kept.remove(held)
                self.window.form.fill(held)
                self._say(held)
                break
        self.follow()

    def open_next(self) -> None:
        """The strip's Open them: the first words kept earlier in the form; words typed in it
        now kept in turn, at the end, never written over."""
        if self.kept:
            self._open(self.kept.pop(0))

    def _open(self, words: dict[str, Any]) -> None:
        """`words` in the form, for the person they were for, saying they were kept; words
        typed in it now kept in turn, at the end, never written over."""
        window = self.window
        typed = window.form.typed_words()  # None while it is closed
        if typed is not None:
            self.kept.append(typed)
        kept = words
        key = words.get("person")
        person = window.ctx.store.get(Person, key) if isinstance(key, str) and key else None
        if person is None and key:  # removed since: Save adds them as someone new
            words = {**words, "person": ""}
        if not window.form.isHidden():
            window.form.let_go()
        window.add_person.hide()
        window.form.start(person)
        window.form.fill(words)
        self._say(kept)
        bring_into_view(window.form, 0, from_top_of=window.form)
        self.follow()
        kept_words.settled(window.ctx)  # the file follows: in the form now

    def _say(self, words: dict[str, Any]) -> None:
        """The line over words kept earlier: a close's, or a Cancel's; it goes when they are
        emptied, and the drafts file follows."""
        form, ctx = self.window.form, self.window.ctx
        quit_ = any(words is kept for kept in self.from_quit)
        line = kept_words.kept_line() if quit_ else earlier_line()
        form.say_kept(line, [*kept_words.kept_lines(), earlier_line()])
        if any(words is gone for gone in self.gone):
            form.problem.setText(
                QCoreApplication.translate(
                    "ReachOutWindow",
                    "The person they were for is no longer in your list: Save adds them "
                    "as someone new.",
                )
            )
        boxes: list[QLineEdit | QPlainTextEdit] = [form.name, form.how, form.note, form.message]
        kept_words.until_gone(ctx, boxes, form.kept_row.hide)

    def bring_back(self) -> QWidget | None:
        """Undo: the form again, for the person the words were for, with them in it."""
        words, window = self.words, self.window
        if words is None:
            return None
        typed = window.form.typed_words() if not window.form.isHidden() else None
        if typed is not None:  # words typed now, for someone: kept in turn, never written over
            self.kept.append(typed)
            window.form.let_go()
        key = words.get("person")
        person = window.ctx.store.get(Person, key) if isinstance(key, str) and key else None
        if person is None:  # someone new, or removed since: Save adds them as someone new
            self.words = {**words, "person": ""}
        window.start_form(person)  # the form takes the words back (into_form)
        bring_into_view(window.form, 0, from_top_of=window.form)
        return window.form.name  # the keyboard where the form starts (UndoBar.undo)
