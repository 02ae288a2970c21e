"""One journal entry in full, every field editable: Enter saves, Esc leaves it as it was
(changes in it set aside, the journal's strip offering them back for a few seconds, so
changes are never lost unseen).

Closed by Footholds itself with changes in it (a quit, a logout): it asks nothing, and its
words are put away (`put_away`) for the journal to keep as that entry's draft (core/drafts.py);
opened again, the entry shows them, unsaved, with a line saying so. The saved entry changes
only when the person presses Save.

Get help now is one click away at its foot, as in every window where painful things may be
said: the editor blocks the journal (and so the journal's own link) while it is open, but the
Get help now window is apart from both and stays usable.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QWidget

from footholds.core import days
from footholds.core.store import InvalidEntry, LogEntry
from footholds.core.store.validate import WORD_LIMIT
from footholds.ui.common import buttons, i18n, kept_words
from footholds.ui.common.dates import long_day
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.kept_bar import unread_line
from footholds.ui.common.limits import cut_words, say_under
from footholds.ui.common.operations import add_record, update_record
from footholds.ui.common.scrolling import fit_whole_page, page_area, scrolling_page
from footholds.ui.journal.journal_kept import readable
from footholds.ui.journal.journal_model import written
from footholds.ui.journal.log_form import LogForm

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

WIDTH = 480


class EntryEditor(QDialog):
    """Opened from the journal; saving replaces the entry (same id and time). `draft`: the
    changes kept when Footholds last closed with it open, shown over the entry, unsaved."""

    # the changes in it (LogForm.values) as Footholds closes it, for the entry's draft
    put_away = Signal(dict)
    # the changes in it as the person leaves it (Esc, Cancel), for the journal's Undo
    set_aside = Signal(dict)

    def __init__(
        self,
        ctx: AppContext,
        entry: LogEntry,
        parent: QWidget,
        draft: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.entry = ctx, entry
        self.gone = False  # the entry is no longer saved: Save keeps the words as a new one
        # kept changes with something this version cannot show (another version's): `left_out`
        # when the rest shows, `unshown` (the whole draft, kept again) when none of it does
        self.left_out = False
        self.unshown: dict[str, Any] | None = None
        self._cut: tuple[str, ...] = ()
        self.setWindowTitle(self._title())
        self.form = LogForm(ctx)
        self.form.load(entry)
        # typing goes on after the words, as in the quick log: at the start of the note, new
        # words went in before the ones written
        self.form.to_the_end()
        # what the fields said as they opened: leaving asks only when something differs
        self.as_opened = self.form.values()
        brought_back = self._bring_back(draft)
        self.form.note.setFixedHeight(self.form.note.height() * 2)  # room to read it again
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        # the accent on the one thing this dialog is for; Enter in a field saves through the
        # form (LogForm.submit), so neither button is the dialog's default as well
        self.save = buttons.primary(self.tr("Save changes"))
        self.cancel = buttons.secondary(self.tr("Cancel"))
        for button in (self.save, self.cancel):
            button.setDefault(False)
            button.setAutoDefault(False)
            button.setAccessibleName(button.text())
        self.save.setAccessibleDescription(self.tr("Keeps your changes to this entry."))
        self.cancel.setAccessibleDescription(
            self.tr(
                "Closes and leaves the entry as it was; your changes can be brought back for "
                "a few seconds."
            )
        )
        actions = QWidget()
        row = QHBoxLayout(actions)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.save)
        self.help_link = HelpLink(ctx)
        # the shared page: the entry scrolls in the window's column, the scroll bar at the
        # window's edge, and what is said, the buttons and the help link stay in view under
        # it, ending where the entry's fields end (its own scroll area sat inside the margin)
        page = scrolling_page(
            self,
            self.tr("The entry"),
            self.tr("Everything in this entry; any of it can be changed."),
            self.message,
            actions,
            self.help_link,
        )
        page.addWidget(self.form)
        self.scroll_area = page_area(self)
        self.form.tail = [self.save, self.cancel, self.help_link.button]
        self.form.fix_tab_order()

        self.form.submit.connect(self._on_save_clicked)
        self.form.message.connect(self._show_message)
        self.form.more_toggled.connect(lambda _on: self._fit())
        self.save.clicked.connect(self._on_save_clicked)
        self.cancel.clicked.connect(self.reject)
        self.form.note.setFocus()
        if brought_back:
            self._show_message(kept_words.kept_line() + self._left_out_words())
            self._say_cut()
        elif self.unshown is not None:
            self._show_message(unread_line())

    def _bring_back(self, draft: dict[str, Any] | None) -> bool:
        """Show the changes kept at the last close over the entry, what can be read of them
        (journal_kept.readable: a text too long cut as a paste is, and said under its box;
        another version's fields left out); False when nothing of them shows. Kept words that
        cannot be shown at all stay kept (`unshown`, for the journal to keep again)."""
        if not draft:
            return False
        # the entry's own id and time stay: a draft names its entry's time (the journal's
        # `_keep`), for words whose entry is gone by the next start
        shown = readable({k: v for k, v in draft.items() if k not in ("id", "at")})
        self.left_out = shown.left_out
        self.form.load(dataclasses.replace(self.entry, **shown.words))
        self.form.to_the_end()  # to go on writing after the words
        if not self.changed():
            if shown.left_out:
                self.unshown = draft  # never lost behind a blank editor
            return False
        self._cut = shown.cut  # said under each box once the page is laid out
        return True

    def _left_out_words(self) -> str:
        """A sentence after what is said of kept words, when some of them could not be
        shown (another version's); nothing otherwise."""
        if not self.left_out:
            return ""
        return " " + self.tr(
            "Some of what was kept came from another version of Footholds and can't be shown here."
        )

    def _say_cut(self) -> None:
        """Under each box whose kept words were cut to what it holds: the rest was left
        out, as after a paste too long for it."""
        for name in self._cut:
            if name == "part":
                say_under(self.form.journal.part, cut_words(WORD_LIMIT), seconds=30)
            else:
                box = self.form.note if name == "note" else getattr(self.form.journal, name)
                box.say_limit(cut=True)

    def draft(self) -> dict[str, Any] | None:
        """The changes not saved, to keep when Footholds closes; None when there are none."""
        return self.form.values() if self.changed() else None

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed by Footholds itself (a quit, a logout; the title bar's close is the
        person's own, and asks in `reject`): nothing is asked, as nobody may be there to
        answer, and the changes are put away for the entry's draft."""
        held = None if event.spontaneous() else self.draft()
        if held is None:
            super().closeEvent(event)
            return
        self.put_away.emit(held)
        self.as_opened = held  # kept: leaving now asks nothing
        super().closeEvent(event)

    def _title(self) -> str:
        """ "Entry from today at 21:20", "Entrada del jueves, 3 de diciembre a las 21:20":
        a whole sentence for today, for yesterday and for a named day, as the journal's
        removal question is (languages join a day to a time differently), with the one
        o'clock hour apart for Spanish's "a la 01:15"."""
        start_hour = int(self.ctx.settings["day.start_hour"])
        today = days.today(start_hour)
        when = written(self.entry.at, today, start_hour)
        if when.days_ago == 0:
            if when.one:
                text = self.tr("Entry from today at {time}", "the hour is one")
            else:
                text = self.tr("Entry from today at {time}")
            return text.format(time=when.time)
        if when.days_ago == 1:
            if when.one:
                text = self.tr("Entry from yesterday at {time}", "the hour is one")
            else:
                text = self.tr("Entry from yesterday at {time}")
            return text.format(time=when.time)
        day = long_day(when.day, today=today, locale=QLocale().name(), capital=False)
        if when.one:
            text = self.tr("Entry from {day} at {time}", "the hour is one")
        else:
            text = self.tr("Entry from {day} at {time}")
        return text.format(day=day, time=when.time)

    def changed(self) -> bool:
        """Whether anything in the fields differs from the entry as it opened."""
        return self.form.values() != self.as_opened

    def reject(self) -> None:
        """Esc, Cancel and the title bar's close all come here (QDialog's closeEvent
        rejects). Changes, even a long paste, were thrown away without a word: now they are
        set aside (`set_aside`), and the journal's strip offers them back for a few seconds,
        as every form's Cancel does. Words for an entry gone are held by nothing else: that
        asks, and Keep editing (the default, and Esc's answer) stays."""
        if self.changed() and not self.gone:
            held = self.form.values()
            self.as_opened = held  # set aside: closing asks nothing
            super().reject()
            self.set_aside.emit(held)
            return
        if self.changed() and not self.ctx.prompter.ask(
            self,
            self.windowTitle(),
            self.tr("Close without saving your changes?"),
            action=self.tr("Discard changes"),
            stay=self.tr("Keep editing"),
        ):
            return
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit(WIDTH)
        super().showEvent(event)

    def _fit(self, width: int = 0) -> None:
        """As tall as the entry needs, up to the screen; longer entries scroll. More shown or
        hidden keeps the width the person gave it."""
        fit_whole_page(self, width or self.width())

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _on_save_clicked(self) -> None:
        if not self.form.take_typed():  # words in "+ your own" join first (LogForm)
            return
        changed = dataclasses.replace(self.entry, **self.form.values())
        try:
            changed.clean()
        except InvalidEntry as exc:
            self._show_message(i18n.error_text(exc))
            return
        if self.gone and not self._is_gone(changed):
            self.gone = False  # it came back (an Undo elsewhere): this is a change to it again
        if self.gone:
            kept, _refused = add_record(self.ctx, changed, self)  # a refusal is said there
            if kept is not None:
                self.form.remember_part()
                self.accept()
            return
        if self._is_gone(changed):
            self.offer_as_new()
            return
        if update_record(self.ctx, changed, self) is not None:
            self.form.remember_part()
            self.accept()

    def _is_gone(self, changed: LogEntry) -> bool:
        """Whether the entry is no longer saved (removed elsewhere, or an older backup was
        restored while it was open); locked, nothing is read, and the save says so itself."""
        store = self.ctx.store
        return not store.is_sealed and changed.id not in store.saved_ids([changed])

    def offer_as_new(self) -> None:
        """The entry went from under the editor (or before it opened: words kept at a close
        for an entry gone by the next start, JournalWindow): Save could only fail again, and
        Cancel lost the words. Say so truthfully, and let Save keep the words as an entry of
        their own."""
        self.gone = True
        self._show_message(
            self.tr(
                "That entry is no longer in Footholds (it may have been removed, or an older "
                "backup restored). Your words are still here: Keep as a new entry saves them."
            )
            + self._left_out_words()
        )
        buttons.say(
            self.save,
            self.tr("Keep as a new entry"),
            self.tr("Keep as a new entry"),
            self.tr("Saves these words as an entry of their own, with the entry's date and time."),
        )
        self._fit()
