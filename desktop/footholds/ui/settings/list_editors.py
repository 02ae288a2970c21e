"""The settings editors for lists: a few times of day, and lists of words (feelings, wins,
parts) with Add, Remove and the defaults put back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from footholds.core.settings import Setting
from footholds.ui.common import buttons, default_lists, icons, kept_words
from footholds.ui.common.limits import limited
from footholds.ui.common.scrolling import bring_into_view
from footholds.ui.common.time_field import refused, say_in
from footholds.ui.settings.editor_base import TIME_FORMAT, Editor, time_edit
from footholds.ui.settings.setting_descriptions import description


class ListBase(Editor):
    """A list with Add and Remove; subclasses choose how a new item is typed in."""

    # the list before, and the row of the entry taken off: Undo puts that one entry back
    # there, not the whole list as it was (which would lose whatever was added since)
    removed = Signal(list, int)

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.items = QListWidget()
        self.items.setAccessibleName(self.label)
        self.items.setAccessibleDescription(description(setting))
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setProperty("boxed", True)  # a boxed list, as the design system draws it
        self.add_button = buttons.secondary(QCoreApplication.translate("settings", "Add"))
        self.add_button.setIcon(icons.ui_icon("add"))
        self.add_button.setAccessibleName(
            QCoreApplication.translate("settings", "Add to {setting}").format(setting=self.label)
        )
        # Subclasses describe Add: what it adds depends on how a new item is typed in.
        self.remove_button = buttons.quiet(QCoreApplication.translate("settings", "Remove"))
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("settings", "Remove the selected one from {setting}").format(
                setting=self.label
            )
        )
        self.remove_button.setAccessibleDescription(
            QCoreApplication.translate(
                "settings", "Takes the selected entry off {setting}."
            ).format(setting=self.label)
        )

    def load(self, value: Any) -> None:
        current = self.items.currentRow()
        self.items.blockSignals(True)
        self.items.clear()
        for text in value:
            self.items.addItem(self._item(str(text)))
        self.items.setCurrentRow(min(current, self.items.count() - 1))
        self.items.blockSignals(False)

    def _item(self, text: str) -> QListWidgetItem:
        return QListWidgetItem(text)

    def value(self) -> list[str]:
        return [self.items.item(i).text() for i in range(self.items.count())]

    def _on_remove_clicked(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            values = self.value()
            before = list(values)
            del values[row]
            self.removed.emit(before, row)
            self.edited.emit(values)

    def show_entry(self, text: str) -> QWidget:
        """The list with the stored entry `text` chosen (one just put back), for the keyboard."""
        values = self.value()
        if text in values:
            self.items.setCurrentRow(values.index(text))
        return self.items


class TimesEditor(ListBase):
    """A few times of day: pick one and add it; remove the selected one."""

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.items.setMaximumHeight(110)
        self.new_time = time_edit(
            QCoreApplication.translate("settings", "New time for {setting}").format(
                setting=self.label
            ),
            QCoreApplication.translate("settings", "A time like 07:30, to add with Add."),
        )
        self.new_time.setTime(QTime(12, 0))
        # "25 isn't a time…" in the row's own line under the editor, whose room the row keeps
        # (setting_row.could_say): laid over the window under the field, it covered the top
        # of Add until the person moved on
        self._time_words = ""
        say_in(self.new_time, self._say_time_words)
        self.add_button.setAccessibleDescription(
            QCoreApplication.translate("settings", "Adds the time beside it to {setting}.").format(
                setting=self.label
            )
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.items, 0, 0, 3, 1)
        grid.addWidget(self.new_time, 0, 1)
        grid.addWidget(self.add_button, 1, 1)
        grid.addWidget(self.remove_button, 2, 1)
        self.setFocusProxy(self.items)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.new_time.timeChanged.connect(lambda _time: self._say_time_words(""))

    def _say_time_words(self, words: str) -> None:
        """Say why the time was put back, or clear that line (and only that: the row's line
        may say something else since, "12 times or fewer")."""
        if words or self._time_words:
            self._time_words = words
            self.said.emit(words)

    def _on_add_clicked(self) -> None:
        if refused(self.new_time):
            return  # "25 isn't a time" under it: not the time put back
        self._say_time_words("")
        self.edited.emit([*self.value(), self.new_time.time().toString(TIME_FORMAT)])


class ListEditor(ListBase):
    """The person's own words: add, edit in place (double-click or F2), remove, reorder."""

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        self._keyed = setting.name in default_lists.SHIPPED
        self._stored: list[str] = []
        super().__init__(setting, parent)
        self.items.setMinimumHeight(140)
        self._adding = False
        # no longer than the settings keep each word (a longer one was refused after typing);
        # the row's message line says so when the person reaches it
        self.new_text = limited(QLineEdit(), setting.max_length, self.said.emit)
        self.new_text.setPlaceholderText(QCoreApplication.translate("settings", "Type a new one"))
        self.new_text.setAccessibleName(
            QCoreApplication.translate("settings", "New entry for {setting}").format(
                setting=self.label
            )
        )
        self.new_text.setAccessibleDescription(
            QCoreApplication.translate(
                "settings", "Type a new one, then press Enter or Add; up to {limit} characters."
            ).format(limit=str(setting.max_length))
        )
        self.add_button.setAccessibleDescription(
            QCoreApplication.translate("settings", "Adds what you typed to {setting}.").format(
                setting=self.label
            )
        )
        self.up_button = buttons.quiet(QCoreApplication.translate("settings", "Move up"))
        self.up_button.setAccessibleName(
            QCoreApplication.translate("settings", "Move the selected one up")
        )
        self.up_button.setAccessibleDescription(
            QCoreApplication.translate(
                "settings", "Moves the selected entry one place earlier in {setting}."
            ).format(setting=self.label)
        )
        self.down_button = buttons.quiet(QCoreApplication.translate("settings", "Move down"))
        self.down_button.setAccessibleName(
            QCoreApplication.translate("settings", "Move the selected one down")
        )
        self.down_button.setAccessibleDescription(
            QCoreApplication.translate(
                "settings", "Moves the selected entry one place later in {setting}."
            ).format(setting=self.label)
        )
        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        adding = QHBoxLayout()
        adding.addWidget(self.new_text, 1)
        adding.addWidget(self.add_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.items, 0, 0)
        grid.addLayout(side, 0, 1)
        grid.addLayout(adding, 1, 0, 1, 2)
        self.setFocusProxy(self.items)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.new_text.returnPressed.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.items.itemChanged.connect(self._emit)

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    # The starting feelings, wins and parts are stored as their English keys and shown in
    # the current language (ui/settings/default_lists.py); what the person typed shows as typed.
    def load(self, value: Any) -> None:
        self._stored = [str(text) for text in value]
        super().load(default_lists.shown(self._stored) if self._keyed else value)

    def value(self) -> list[str]:
        texts = super().value()
        if not self._keyed:
            return texts
        return [default_lists.stored(text, self._stored) for text in texts]

    # -- a new one typed and not added, kept when Footholds closes (ui/common/kept_words.py) -
    def typed_words(self) -> str:
        """A new entry typed and not added yet ("" when none), for Settings' draft."""
        return kept_words.typed({"new": self.new_text}).get("new", "")

    def bring_back(self, words: str, *, quiet: bool = False) -> bool:
        """The words `typed_words` gave at the last close, back in the box, with the line
        under the row saying they are not saved yet (`quiet`: without it, as when Settings
        words itself again in another language). True when the line is said."""
        if kept_words.put_back({"new": self.new_text}, {"new": words}) and not quiet:
            self.said.emit(kept_words.kept_line())
            return True
        return False

    def forget_words(self) -> None:
        """Empty the box, once its words are kept elsewhere (Lock now sealed them)."""
        kept_words.forget({"new": self.new_text})

    def _on_add_clicked(self) -> None:
        text = self.new_text.text().strip()
        if text:
            self._adding = True
            try:
                self.edited.emit([*self.value(), text])
            finally:
                self._adding = False

    def accepted(self) -> None:
        """A new entry was stored: clear the box for the next one (a refused one stays), and
        show it chosen in the list, which it joined at the foot, out of sight; a word the
        list already had (the settings keep it once) is shown where it is. The keyboard
        stays in the box, for another."""
        if not self._adding:
            return
        typed = " ".join(self.new_text.text().split())  # as the settings keep it
        if self._keyed:  # a starting entry's word, however typed, shows as that entry's
            typed = default_lists.word(typed)
        self.new_text.clear()
        found = self.items.findItems(typed, Qt.MatchFlag.MatchExactly)
        if found:
            self.items.setCurrentItem(found[-1])
            self.items.scrollToItem(found[-1])
            bring_into_view(self.new_text, 0, from_top_of=self.items)

    def _move(self, step: int) -> None:
        row, values = self.items.currentRow(), self.value()
        target = row + step
        if row < 0 or not 0 <= target < len(values):
            return
        values[row], values[target] = values[target], values[row]
        self.items.setCurrentRow(target)  # the selection follows the moved entry
        self.edited.emit(values)
