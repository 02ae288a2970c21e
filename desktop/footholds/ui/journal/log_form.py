"""The fields of a log entry, shared by the quick log and the journal's editor: a note,
feelings, energy, small wins, and (behind "More") the between-sessions journal."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from footholds.core.settings import SettingError
from footholds.core.store import LogEntry
from footholds.ui.common import default_lists, i18n, kept_words
from footholds.ui.common.chips import ChipGroup, ChipHost, ScalePicker
from footholds.ui.common.limits import room_under
from footholds.ui.journal.journal_fields import NO_WORDS, JournalFields, NoteEdit

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

FEELINGS_LIMIT = 3


class EnergyPicker(ScalePicker):
    """Energy from 1 to 5, between "low" and "high"; optional, like the rest of the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert self.ends is not None  # built with its end words
        self.low, self.high = self.ends
        layout = self.layout()
        if isinstance(layout, QHBoxLayout):
            layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Its words in the current language (at first, and after a language switch)."""
        self.setAccessibleName(self.tr("Energy"))
        self.name_buttons(
            lambda level: self.tr("Energy {level} of 5").format(level=level),
            self.tr("Notes your energy at this level; pick it again to clear it."),
        )
        self.low.setText(self.tr("low"))
        self.high.setText(self.tr("high"))


class LogForm(ChipHost):
    """Everything optional. `submit` fires on Enter anywhere in the form except Shift+Enter
    in a text field (a new line) and Enter in an "add your own" field (adds it)."""

    submit = Signal()
    message = Signal(str)
    more_toggled = Signal(bool)
    lists_changed = Signal()  # chips were added or removed: the form's height may change

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tail: list[QWidget] = []  # widgets after the form in the tab order
        self._extra: dict[str, list[str]] = {"lists.feelings": [], "lists.wins": []}
        # fields take their look from the application style sheet (ui/common/theme.py)
        self.restyle()

        # words are set by retranslate, here and after a language switch
        self.note = NoteEdit("", lines=3)
        self.feelings = ChipGroup(*self._feelings_words(), limit=FEELINGS_LIMIT, removable=True)
        self.energy = EnergyPicker()
        self.wins = ChipGroup(*self._wins_words(), removable=True)
        self.more = QToolButton()
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setArrowType(Qt.ArrowType.RightArrow)
        self.more.setAutoRaise(True)
        # The journal fields are built the first time they are needed ("More", or an entry that
        # has them): most entries never use them, and the quick log is built ahead and kept, so
        # building them up front cost about 1.5 MB for as long as the app runs.
        self._journal: JournalFields | None = None

        layout = self.main_layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.note)
        layout.addWidget(self.note.said)  # its limit's room, kept: the air before the feelings
        self.feelings_label = self._label(self.feelings)
        layout.addWidget(self.feelings_label)
        layout.addWidget(self.feelings)
        layout.addSpacing(4)
        self.energy_label = self._label(self.energy.buttons[0])
        layout.addWidget(self.energy_label)
        layout.addWidget(self.energy)
        # the feelings and wins keep room under them for their "+ your own" limit: the energy
        # row keeps as much, so the four parts of the form stand the same distance apart
        layout.addSpacing(4 + room_under(self.energy))
        self.wins_label = self._label(self.wins)
        layout.addWidget(self.wins_label)
        layout.addWidget(self.wins)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)

        self.retranslate()
        self.note.submit.connect(self.submit.emit)
        self.feelings.added.connect(lambda text: self._on_added("lists.feelings", text))
        self.wins.added.connect(lambda text: self._on_added("lists.wins", text))
        self.feelings.full.connect(self._on_feelings_full)
        self.feelings.removed.connect(lambda text: self._on_removed("lists.feelings", text))
        self.wins.removed.connect(lambda text: self._on_removed("lists.wins", text))
        self.more.toggled.connect(self._on_more_toggled)
        ctx.signals.setting_changed.connect(self._on_setting_changed)

    @property
    def journal(self) -> JournalFields:
        """The between-sessions journal fields, built (hidden) on first use."""
        if self._journal is None:
            journal = self._journal = JournalFields()
            journal.hide()
            self.main_layout.addWidget(journal)
            journal.set_parts(self._shown("lists.parts"))
            journal.submit.connect(self.submit.emit)
            self.fix_tab_order()
        return self._journal

    def retranslate(self) -> None:
        """Every word of the form in the current language, at first and after a language
        switch (the quick log is kept for the app's life): what is typed, picked and chosen,
        and whether More is open, all stay; the starting feelings and wins are reworded."""
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("A few words, if you like…"))
        self.note.setAccessibleDescription(
            self.tr("Anything you want to remember about this moment. Optional.")
        )
        self.feelings.set_words(*self._feelings_words())
        self.wins.set_words(*self._wins_words())
        self.feelings_label.setText(self.tr("How it feels (up to three)"))
        self.energy_label.setText(self.tr("Energy"))
        self.wins_label.setText(self.tr("Small wins"))
        self.energy.retranslate()
        self.more.setText(self.tr("&More"))  # Alt+M, in Spanish too ("&Más")
        self.more.setAccessibleName(self.tr("More: the between-sessions journal"))
        self.more.setAccessibleDescription(
            self.tr(
                "Shows or hides a few more questions: what set it off, what you tried, what helped."
            )
        )
        if self._journal is not None:
            self._journal.retranslate()
        self.refresh_lists()

    def _feelings_words(self) -> tuple[str, str, str]:
        """The feelings group's name, its "add your own" field's name, and what a chip does."""
        return (
            self.tr("Feelings"),
            self.tr("Add a feeling of your own"),
            self.tr("Pick it if it fits how you feel; up to three at once."),
        )

    def _wins_words(self) -> tuple[str, str, str]:
        return (
            self.tr("Small wins"),
            self.tr("Add a small win of your own"),
            self.tr("Pick it to count it as a small win."),
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    @staticmethod
    def _label(buddy: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(buddy)
        label.setWordWrap(True)
        return label

    # -- values ----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The fields as LogEntry keyword arguments. Words still sitting in a "+ your own"
        field count as picked: a draft kept at the close holds them, and they make the form
        not blank (`take_typed` adds them properly before a save)."""
        return {
            "feelings": _with_typed(self.feelings),
            "energy": self.energy.value(),
            "wins": _with_typed(self.wins),
            "note": self.note.text(),
            **(self._journal.values() if self._journal is not None else NO_WORDS),
        }

    def load(self, entry: LogEntry) -> None:
        """Show a saved entry, including feelings or wins no longer on the person's lists."""
        # a starting entry's words (saved in another language, or typed in another case)
        # as its chip shows them now: picked there, not shown a second time beside it
        feelings = _once(map(default_lists.word, entry.feelings))
        wins = _once(map(default_lists.word, entry.wins))
        self._extra = {
            "lists.feelings": [f for f in feelings if f not in self._shown("lists.feelings")],
            "lists.wins": [w for w in wins if w not in self._shown("lists.wins")],
        }
        self.refresh_lists()
        self.feelings.set_picked(feelings)
        self.energy.set_value(entry.energy)
        self.wins.set_picked(wins)
        self.note.set_text(entry.note)
        written = bool(entry.trigger or entry.tried or entry.helped or entry.part)
        if written or self._journal is not None:
            self.journal.load(entry.trigger, entry.tried, entry.helped, entry.part)
        self.show_more(written)

    def to_the_end(self) -> None:
        """The cursor after the words in each box, so typing goes on where they end: words
        given back at a start (a quick log kept at the quit) had it at the start, and more
        typed went in before them."""
        boxes = [self.note]
        if self._journal is not None:
            boxes += [self._journal.trigger, self._journal.tried, self._journal.helped]
        for box in boxes:
            kept_words.to_the_end(box)

    def clear(self) -> None:
        if any(self._extra.values()):
            self._extra = {"lists.feelings": [], "lists.wins": []}
            self.refresh_lists()
        self.feelings.clear()
        self.wins.clear()
        self.energy.set_value(None)
        self.note.set_text("")
        if self._journal is not None:
            self._journal.clear()

    def has_text(self) -> bool:
        journal = self._journal
        return bool(self.note.text().strip()) or (journal is not None and journal.has_content())

    def is_blank(self) -> bool:
        v = self.values()
        return not (v["feelings"] or v["energy"] or v["wins"] or self.has_text())

    def show_more(self, on: bool) -> None:
        self.more.setChecked(on)
        self._on_more_toggled(on)

    def more_height(self, width: int) -> int:
        """The height More's questions add to the form at `width`: none while closed."""
        journal = self._journal
        if journal is None or journal.isHidden():
            return 0
        return journal.heightForWidth(width) + self.main_layout.spacing()

    def fold_empty_more(self) -> None:
        """Close More when nothing is written or picked in it: words kept there (a draft)
        are never hidden."""
        journal = self._journal
        if self.more.isChecked() and not (journal is not None and journal.has_content()):
            self.show_more(False)

    def remember_part(self) -> None:
        """A part the person named themselves is offered again next time."""
        part = self.values()["part"]
        parts = self._list("lists.parts")
        if part and default_lists.word(part) not in default_lists.shown(parts):
            self._set_list("lists.parts", [*parts, part])

    # -- lists -----------------------------------------------------------------------------
    def refresh_lists(self) -> None:
        """Follow the person's lists (settings), keeping what is picked and typed."""
        for name, group in (("lists.feelings", self.feelings), ("lists.wins", self.wins)):
            extra = self._extra[name]
            group.set_items(self._shown(name) + extra, self._list(name) + extra)
        if self._journal is not None:
            self._journal.set_parts(self._shown("lists.parts"))
        self.fix_tab_order()
        self.lists_changed.emit()

    def fix_tab_order(self) -> None:
        """Top to bottom, as it reads; chips are rebuilt when the lists change."""
        chain: list[QWidget] = [self.note, *self.feelings.chips]
        chain += [self.feelings.add_field] if self.feelings.add_field else []
        chain += [*self.energy.buttons, *self.wins.chips]
        chain += [self.wins.add_field] if self.wins.add_field else []
        chain += [self.more]
        if (journal := self._journal) is not None:
            chain += [journal.trigger, journal.tried, journal.helped, journal.part]
        chain += self.tail
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _list(self, name: str) -> list[str]:
        """The list as stored: starting entries as their English keys."""
        return list(self.ctx.settings[name])

    def _shown(self, name: str) -> list[str]:
        """The list as the person sees it, starting entries in the current language."""
        return default_lists.shown(self._list(name))

    def _set_list(self, name: str, items: list[str]) -> bool:
        try:
            self.ctx.settings.set(name, items)
        except SettingError as exc:
            self.message.emit(i18n.error_text(exc))
            return False
        return True

    def take_typed(self) -> bool:
        """Add the words typed in a "+ your own" field and not yet added with Enter, as Enter
        would (to the person's list, and picked), before a save reads the form: they were
        dropped without a word. False when one could not be picked (three feelings are
        picked already, or the list refused it): said, saying the save stopped, and the
        caller saves nothing yet. They stay in their field, to save once there is room."""
        done = True
        for name, group in (("lists.feelings", self.feelings), ("lists.wins", self.wins)):
            text = group.typed()
            if not text or group.add_field is None:
                continue
            if self._no_room(group, text):
                # the save stops, and says so: the words stay where they were typed
                self.message.emit(
                    self.tr(
                        "Not saved yet: up to three feelings can be picked at once, and "
                        "“{words}” would be a fourth. Unpick one to keep it too, or clear "
                        "it from its field."
                    ).format(words=text)
                )
                done = False
                continue
            picked = self._on_added(name, text)
            if picked is not None:  # on the list now, as a chip: the field is free again
                group.add_field.clear()
            done = done and bool(picked)
        return done

    def _on_added(self, name: str, text: str) -> bool | None:
        """Put words typed in a "+ your own" field on the list and pick them: whether they
        ended up picked, None when the list refused them (said)."""
        group = self.feelings if name == "lists.feelings" else self.wins
        # a starting entry's word typed in (another case, no accents, another language) is
        # that entry: its chip is picked, and the list keeps it once (list_words.key_of)
        text = default_lists.word(text)
        items = self._list(name)
        known = default_lists.shown(items) + self._extra[name]
        if text not in known and not self._set_list(name, [*items, text]):
            return None
        picked = group.pick(text)
        if not picked and group is self.feelings:
            self.message.emit(self.tr("Added to your list. Up to three can be picked at once."))
        return picked

    def _no_room(self, group: ChipGroup, text: str) -> bool:
        """Whether the words typed in `group`'s field could not be picked: as many are
        picked as it allows, and they are not one of them."""
        return group.is_full() and default_lists.word(text) not in group.picked()

    def _on_feelings_full(self, text: str) -> None:
        """Enter on a feeling typed with three picked: the words stay in the field (they
        were emptied from it, to a chip that could not be picked), and this says why."""
        if not self._no_room(self.feelings, text):  # one of those picked: nothing to add
            if self.feelings.add_field is not None:
                self.feelings.add_field.clear()
            return
        self.message.emit(
            self.tr(
                "“{words}” is not added yet: up to three feelings can be picked at once. "
                "Unpick one, then press Enter again."
            ).format(words=text)
        )

    def _on_removed(self, name: str, text: str) -> None:
        items = self._list(name)
        gone = default_lists.stored(text, items)
        self._set_list(name, [item for item in items if item != gone])

    def _on_setting_changed(self, name: str, _value: object) -> None:
        if name in ("lists.feelings", "lists.wins", "lists.parts"):
            self.refresh_lists()

    def _on_more_toggled(self, on: bool) -> None:
        self.more.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        if not on and self._journal is None:
            return  # nothing to hide: the fields were never built
        if self.journal.isHidden() == on:
            self.journal.setVisible(on)
            self.more_toggled.emit(on)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submit.emit()
            return
        super().keyPressEvent(event)


def _with_typed(group: ChipGroup) -> list[str]:
    """What is picked in `group`, and the words typed in its "+ your own" field after them."""
    picked = group.picked()
    typed = group.typed()
    if typed:
        typed = default_lists.word(typed)
        if typed not in picked:
            picked.append(typed)
    return picked


def _once(texts: Iterable[str]) -> list[str]:
    """`texts` in their order, each once."""
    return list(dict.fromkeys(texts))
