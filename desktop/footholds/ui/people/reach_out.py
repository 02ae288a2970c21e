"""Reach out: the people the person trusts, ready messages to copy, and a gentle weekly nudge.

Reaching out in any small way counts as a win. Footholds never sends anything itself: a
message is copied, and the person pastes it wherever they talk to that someone.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footholds.core import content, drafts
from footholds.core.store import LogEntry, OwnItem, Person
from footholds.ui.common import buttons, dates, icons, kept_words, theme, tokens, undo
from footholds.ui.common.calm import CalmWindow, language
from footholds.ui.common.components import WindowHeader, label, rule
from footholds.ui.common.ctrl_enter import CtrlEnter
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.limits import keep_room_under, limited_under
from footholds.ui.common.operations import (
    add_record,
    held_words,
    remove_record,
    save_record,
    update_record,
)
from footholds.ui.common.own_words import own_words
from footholds.ui.common.prompter import excerpt
from footholds.ui.common.reading_order import focus_with_ring
from footholds.ui.common.scrolling import bring_into_view, scrolling_page
from footholds.ui.common.strip_place import StripPlace
from footholds.ui.people import reach_out_follow
from footholds.ui.people.people import PersonForm, PersonList
from footholds.ui.people.person_aside import AsideWords
from footholds.ui.people.reach_out_nudge import WeeklyNudge

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

WIN = "reached out"  # the win's stored name, the same as in the quick log
SHOWN = 5


def to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def _label(text: str = "", name: str = "") -> QLabel:
    """A wrapped label; a message in the person's words wraps however long a word."""
    return own_words(text, name=name)


NAME = "reach-out"  # its name among the windows, and its drafts'


class ReachOutWindow(CalmWindow):
    """People first, then ready messages, then the weekly nudge. Esc closes."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.rng = random.Random()
        self.offset = 0
        self.setWindowTitle(self.tr("Reach out"))
        self.resize(580, 760)
        self.at_least_wide(440)  # or what the words need
        self.undo_bar = undo.UndoBar(self)
        # its room shared with the strip offering words kept earlier (person_aside.py)
        self.strip_place = StripPlace(self.undo_bar)

        intro = self.tr(
            "A small hello is enough. You don't have to explain how you are, "
            "and a short message counts just as much as a long talk."
        )
        self.reached = buttons.primary(
            self.tr("I reached out to someone"),
            self.tr("I reached out to someone: note it as a win"),
            self.tr("Counts any small hello as a win in your journal."),
        )
        # in place, with room kept for them: saying something never moves the page
        # beside "I reached out", two lines kept for the acknowledgement: under it, its kept
        # room read as a gap before the next heading
        self.said = Feedback(lines=2)
        self.said.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.copied = Feedback()  # under the ready messages: "Copied"
        self.people = PersonList()
        self.people_empty = _label(
            self.tr(
                "Who could you send a small message to? A friend, someone in the family, a "
                "neighbour, a colleague. Writing their names down now makes it easier later."
            ),
            "soft",
        )
        # while the form is open, its Save is the page's one accent (_one_primary)
        buttons.room_for_roles(self.reached, "secondary")
        self.add_person = buttons.secondary(self.tr("Add someone"))
        self.add_person.setIcon(icons.ui_icon("add"))
        self.add_person.setAccessibleName(self.tr("Add someone I trust"))
        self.add_person.setAccessibleDescription(
            self.tr("Opens a short form for their name, how you reach them and a ready message.")
        )
        self.form = PersonForm()
        self.form.hide()
        self.aside = AsideWords(self)  # the words Cancel closed the form on, offered back
        self.messages_box = QVBoxLayout()
        self.messages_box.setSpacing(6)
        self.others = buttons.quiet(
            self.tr("Show other messages"),
            description=self.tr("Shows a few different ready messages."),
        )
        self.own = QLineEdit()
        limited_under(self.own, 500)
        self.own.setPlaceholderText(self.tr("Write a message in your own words"))
        self.own.setAccessibleName(self.tr("My own ready message"))
        self.add_own = buttons.secondary(self.tr("Add"))
        self.add_own.setIcon(icons.ui_icon("add"))
        self.add_own.setAccessibleName(self.tr("Add my own message"))
        self.add_own.setAccessibleDescription(
            self.tr("Keeps your message here, at the top of the ready messages.")
        )
        self.weekly = WeeklyNudge(ctx)
        self.help_link = HelpLink(ctx)
        inner = scrolling_page(
            self,
            self.tr("Reach out"),
            self.tr("The people you trust, ready messages and the weekly nudge."),
            self.strip_place,
            self.help_link,
        )
        inner.addWidget(WindowHeader(self.tr("Reach out"), intro))
        reached_row = QHBoxLayout()
        reached_row.setSpacing(tokens.M)
        reached_row.addWidget(self.reached, 0, Qt.AlignmentFlag.AlignVCenter)
        reached_row.addWidget(self.said, 1, Qt.AlignmentFlag.AlignVCenter)
        inner.addLayout(reached_row)
        # section headings a step under the window's title, as in Today (ui/common type scale)
        inner.addWidget(label(self.tr("People I trust"), "heading"))
        inner.addWidget(self.people_empty)
        inner.addWidget(self.people)
        inner.addWidget(self.form)
        inner.addWidget(self.add_person, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(label(self.tr("Ready messages"), "heading"))
        inner.addWidget(label(self.tr("Copy one, change it if you like, send it."), soft=True))
        inner.addLayout(self.messages_box)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own, 1)
        own_row.addWidget(self.add_own)
        inner.addLayout(own_row)
        self.own_kept = kept_words.line()  # under an own message brought back (_bring_back)
        inner.addWidget(self.own_kept)
        keep_room_under(inner, self)  # for its limit, which lay over "Show other messages"
        others_row = QHBoxLayout()
        others_row.addWidget(self.others)
        others_row.addWidget(self.copied, 1)
        inner.addLayout(others_row)
        inner.addWidget(rule())
        inner.addWidget(self.weekly)
        inner.addStretch(1)
        self.refresh()
        self._bring_back(ctx)

        self.reached.clicked.connect(lambda: self.log_reached_out())
        self.add_person.clicked.connect(lambda: self.start_form(None))
        self.form.saved.connect(self._on_person_saved)
        self.form.opened.connect(self._one_primary)
        self.form.cancelled.connect(self.aside.cancel)
        self.form.clear_kept.clicked.connect(self.aside.clear)
        CtrlEnter(self, self.form.save)  # from the ready message, where Enter is a new line
        self.others.clicked.connect(self._on_others_clicked)
        self.own.returnPressed.connect(self._on_add_own)
        self.add_own.clicked.connect(self._on_add_own)
        ctx.signals.store_changed.connect(self._on_store_changed)
        ctx.signals.setting_changed.connect(self._on_setting_changed)

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        people = sorted(self.ctx.store.all(Person), key=lambda p: p.name.casefold())
        for card in self.people.show_people(people):
            card.copy_message.connect(to_clipboard)  # the card says "Copied" itself
            card.reached.connect(self._on_person_reached)
            card.edit.connect(self._on_person_edit)
            card.remove.connect(self._on_person_remove)
        self.people.setVisible(bool(people))
        self.people_empty.setVisible(not people)
        self._show_messages()

    def messages(self) -> list[tuple[str, OwnItem | None]]:
        """Ready messages, the person's own first: (text, own item or None)."""
        own = [o for o in self.ctx.store.all(OwnItem) if o.pack == "reach_out"]
        built_in = content.load_pack("reach_out", language(self.ctx))
        return [(o.text, o) for o in own] + [(item["text"], None) for item in built_in]

    def _show_messages(self) -> None:
        while self.messages_box.count():
            item = self.messages_box.takeAt(0)
            row = item.widget() if item is not None else None
            if row is not None:
                row.deleteLater()
        every = self.messages()
        self.offset = self.offset if self.offset < len(every) else 0
        self.own_drops: dict[str, QPushButton] = {}  # own message id: its Remove button
        for text, own in every[self.offset : self.offset + SHOWN]:
            row = self._message_row(text, own)
            self.messages_box.addWidget(row)
            row.show()  # added to a shown page, it would appear only later
        self.others.setVisible(len(every) > SHOWN)

    def _message_row(self, text: str, own: OwnItem | None) -> QWidget:
        row = QWidget()
        words = _label(dates.quoted(text, locale=QLocale().name()))
        copy = buttons.secondary(self.tr("Copy"))
        copy.setIcon(icons.ui_icon("copy"))
        copy.setAccessibleName(self.tr("Copy: {text}").format(text=text))
        copy.setAccessibleDescription(
            self.tr("Puts this message on the clipboard, ready to paste wherever you talk to them.")
        )
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(words, 1)
        if own is not None:  # before Copy, so every Copy button lines up
            drop = buttons.quiet(
                self.tr("Remove"),
                self.tr("Remove my message: {text}").format(text=text),
                self.tr("Takes your message off the list; you can undo it for a few seconds."),
            )
            layout.addWidget(drop, 0, Qt.AlignmentFlag.AlignTop)
            drop.clicked.connect(lambda: self._remove_own(own))
            self.own_drops[own.id] = drop
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
        copy.clicked.connect(lambda: self.copy_text(text))
        return row

    # -- actions -------------------------------------------------------------------------
    def copy_text(self, text: str) -> None:
        """Put a ready message on the clipboard, ready to paste, and say so under them."""
        to_clipboard(text)
        self.copied.say(self.tr("Copied. Paste it wherever you talk to them."))

    def log_reached_out(self, name: str = "") -> LogEntry | None:
        """Note reaching out as a small win."""
        note = self.tr("Reached out to {name}").format(name=name) if name else ""
        entry = LogEntry(wins=[WIN], note=note, source="reach-out")
        saved, refused = add_record(self.ctx, entry, self)
        if saved is not None and refused is not None:
            # "added to today's small wins" while it waits in memory: say where it is
            thanks = self.tr("Thank you for reaching out.")
            self._say(f"{thanks} {held_words(refused)}")
        elif saved is not None:
            self._say(content.acknowledgement("done", self.rng, language(self.ctx), "reach_out"))
        return saved

    def _say(self, text: str) -> None:
        self.said.say(text)

    def present(self, *, add: bool = False, **options: Any) -> None:
        """Show the window; `add` opens the form for someone new with the keyboard in its name
        field (Add someone in Get help now and Tough day): left on the window's first control,
        Enter noted a reach-out that never happened. A form already open keeps its words."""
        super().present(**options)
        if not add:
            return
        if self.form.isHidden():
            self.start_form(None)
        focus_with_ring(self.form.name)  # typed into at once, as after a Tab
        bring_into_view(self.form, 0, from_top_of=self.form)

    # -- words typed and not saved, kept when Footholds closes ------------------------------
    def draft(self) -> dict[str, Any] | None:
        """The person form's words and an own message typed and not saved, to keep when
        Footholds closes (app/quitting.py); None when there are none."""
        held: dict[str, Any] = {}
        forms = self.aside.all_words()
        typed = self.form.typed_words()
        if typed is not None:
            forms.insert(0, typed)
        if forms:
            held["form"] = forms[0]
        if len(forms) > 1:  # words set aside too: kept beside the form's
            held["aside"] = forms[1:]
        if self.own.isModified() and self.own.text().strip():
            held["own"] = self.own.text()
        return held or None

    def _bring_back(self, ctx: AppContext) -> None:
        """What `draft` kept at the last close, back where it was typed: the form opens with
        the newest words, for the person they were for, or for someone new (the person
        removed since, and then it says so); any others are offered (person_aside.py)."""
        waiting = drafts.pop_all(ctx.windows.drafts, NAME)  # newest first
        owns = [k.get("own") for k in waiting if isinstance(k.get("own"), str)]
        own = next((str(words) for words in owns if str(words).strip()), "")
        if own and not self.own.text().strip():  # the newest own message, as typed last
            self.own.setText(own)
            self.own.setModified(True)
            kept_words.shown(ctx, self.own_kept, [self.own])
        self.aside.from_drafts(waiting)  # every form's words: the newest in the form

    def carry_over(self, old: QWidget) -> None:
        """Built again in a new language: as it was, the keyboard too (reach_out_follow.py)."""
        if isinstance(old, ReachOutWindow):
            reach_out_follow.carry_over(self, old)

    def forget_words(self) -> None:
        """Let go of the words typed, once kept elsewhere (Lock now sealed them in the drafts
        file): nothing written stays in memory while locked, nor is kept twice."""
        self.own.clear()
        self.own.setModified(False)
        self.aside.forget()
        if not self.form.isHidden():
            self.close_form()
        if not self.isVisible():
            self.deleteLater()

    def start_form(self, person: Person | None) -> None:
        """The form, empty or for `person`; with the words Cancel set aside for them while
        their Undo is offered (Add someone again at once found an empty form). Words typed
        in it for someone else are kept, and offered (Edit on a card wrote over them)."""
        self.add_person.hide()
        self.aside.keep(self.form.typed_words())
        self.form.start(person)
        self.aside.into_form(person)

    def close_form(self) -> None:
        self.form.let_go()  # its words saved, set aside (AsideWords) or sealed by the lock
        self.add_person.show()
        self.add_person.setFocus()

    def _on_person_saved(self, person: Person) -> None:
        exists = self.ctx.store.get(Person, person.id) is not None
        done = (update_record if exists else save_record)(self.ctx, person, self)
        if done is not None:
            self.close_form()
            self.refresh()
            card = self.people.cards.get(person.id)
            if card is not None:  # the form folded away: the person saved, the head whole
                bring_into_view(card, head=self.findChild(WindowHeader))

    def _one_primary(self, form_open: bool) -> None:
        """One accent in view (LOOK.md): the form's Save while it is open."""
        buttons.set_role(self.reached, "secondary" if form_open else "primary")

    def _on_person_reached(self, person_id: str) -> None:
        person = self.ctx.store.get(Person, person_id)
        if self.log_reached_out(person.name if person else "") is not None:
            card = self.people.cards.get(person_id)
            if card is not None:
                card.noted()  # the thanks is at the head of the page, maybe out of sight

    def _on_person_edit(self, person_id: str) -> None:
        person = self.ctx.store.get(Person, person_id)
        if person is not None:
            self.start_form(person)

    def _on_person_remove(self, person_id: str) -> None:
        person = self.ctx.store.get(Person, person_id)
        if person is None:
            return
        question = self.tr("Remove {name} from your people?").format(name=excerpt(person.name))
        if not self.ctx.prompter.confirm(self, question, self.tr("Remove")):
            return
        if not remove_record(self.ctx, person, self):
            return  # not removed (the store opened only to read): its row stays
        self.refresh()
        self.add_person.setFocus()

        def put_back() -> QWidget | None:
            if self.ctx.store.get(Person, person.id) is None:
                save_record(self.ctx, person, self)
                self.refresh()
            card = self.people.cards.get(person.id)
            if card is None:
                return None
            bring_into_view(card)
            return card.drop  # the keyboard back on their card, where it was (UndoBar.undo)

        self.undo_bar.offer(
            lambda: self.tr("{name} removed.").format(name=person.name), put_back, puts_back=person
        )

    def _on_others_clicked(self) -> None:
        self.offset += SHOWN
        self._show_messages()

    def _on_add_own(self) -> None:
        text = self.own.text().strip()
        if not text:
            self.own.setFocus()
            return
        if save_record(self.ctx, OwnItem(pack="reach_out", text=text), self) is not None:
            self.own.clear()
            self.offset = 0  # own messages come first: show the new one
            self.refresh()

    def _remove_own(self, own: OwnItem) -> None:
        question = self.tr("Remove your message “{text}”?").format(text=excerpt(own.text))
        if not self.ctx.prompter.confirm(self, question, self.tr("Remove")):
            return
        if not remove_record(self.ctx, own, self):
            return  # not removed (the store opened only to read): its row stays
        self.refresh()
        self.own.setFocus()

        def put_back() -> QWidget | None:
            if self.ctx.store.get(OwnItem, own.id) is None:
                save_record(self.ctx, own, self)
            # the page of messages it is on, should "Show others" have moved on since
            ids = [o.id if o is not None else "" for _t, o in self.messages()]
            if own.id in ids:
                self.offset = ids.index(own.id) // SHOWN * SHOWN
            self.refresh()
            drop = self.own_drops.get(own.id)
            if drop is None:
                return None
            bring_into_view(drop)
            return drop  # the keyboard on its row, as on a person's card (UndoBar.undo)

        self.undo_bar.offer(lambda: self.tr("Message removed."), put_back, puts_back=own)

    # -- events --------------------------------------------------------------------------
    def _on_store_changed(self, kind: str) -> None:
        if kind in (Person.KIND, OwnItem.KIND) and self.isVisible():
            self.refresh()

    def _on_setting_changed(self, name: str, _value: object) -> None:
        if name == "general.theme":
            self.setStyleSheet(
                theme.window_style(theme.is_dark(self.ctx.settings["general.theme"]))
            )

    def showEvent(self, event: QShowEvent) -> None:
        self.setStyleSheet(theme.window_style(theme.is_dark(self.ctx.settings["general.theme"])))
        self.refresh()
        super().showEvent(event)
