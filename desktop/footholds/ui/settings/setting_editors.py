"""One generic editor per kind of declared setting (bool, int, choice, time, times, list, str).

An editor shows a value (`load`, which never emits) and emits `edited(value)` when the person
changes it. It does not validate: the settings window hands the value to Settings.set and
shows any SettingError beside the field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from footholds.core import crisis
from footholds.core.settings import Setting
from footholds.ui.common import buttons, default_lists, icons
from footholds.ui.settings.setting_descriptions import description, translated
from footholds.ui.shell.registry import QT_TRANSLATE_NOOP

TIME_FORMAT = "HH:mm"
# Labels for choice values, shared by every choice setting; a value missing here shows as is.
CHOICE_LABELS = {
    "system": QT_TRANSLATE_NOOP("settings", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("settings", "Light"),
    "dark": QT_TRANSLATE_NOOP("settings", "Dark"),
    "sitting": QT_TRANSLATE_NOOP("settings", "Sitting"),
    "standing": QT_TRANSLATE_NOOP("settings", "Standing"),
    "lying": QT_TRANSLATE_NOOP("settings", "Lying down"),
    "gentle": QT_TRANSLATE_NOOP("settings", "Gentle only"),
    "any": QT_TRANSLATE_NOOP("settings", "Gentle or a bit more"),
    "card": QT_TRANSLATE_NOOP("settings", "A small card in the corner"),
    "notification": QT_TRANSLATE_NOOP("settings", "A system notification"),
    "mon": QT_TRANSLATE_NOOP("settings", "Monday"),
    "tue": QT_TRANSLATE_NOOP("settings", "Tuesday"),
    "wed": QT_TRANSLATE_NOOP("settings", "Wednesday"),
    "thu": QT_TRANSLATE_NOOP("settings", "Thursday"),
    "fri": QT_TRANSLATE_NOOP("settings", "Friday"),
    "sat": QT_TRANSLATE_NOOP("settings", "Saturday"),
    "sun": QT_TRANSLATE_NOOP("settings", "Sunday"),
    "day_before": QT_TRANSLATE_NOOP("settings", "The day before"),
    "same_day": QT_TRANSLATE_NOOP("settings", "A few hours before"),
    "off": QT_TRANSLATE_NOOP("settings", "No offer"),
    # What a click on the tray icon opens (core/settings.py CLICK_CHOICES)
    "quick-log": QT_TRANSLATE_NOOP("settings", "Quick log"),
    "proof-list": QT_TRANSLATE_NOOP("settings", "Proof list"),
    "tough-day": QT_TRANSLATE_NOOP("settings", "Tough day"),
    "affirmation": QT_TRANSLATE_NOOP("settings", "Affirmation"),
    "none": QT_TRANSLATE_NOOP("settings", "The same as a click"),
}
# Language names are written in their own language, so anyone can find theirs.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


def region_label(code: str) -> str:
    """A crisis region by its name ("United Kingdom"); "" follows the system."""
    if not code:
        return translated(CHOICE_LABELS["system"])
    # i18n.install sets the default locale to the interface language; a country without
    # lines of its own is named too ("Mexico"), so every choice reads as a place
    return str(crisis.crisis_region(code, QLocale().name())["name"])


def choice_label(value: str) -> str:
    """What the person sees for a choice value."""
    if value in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[value]
    return translated(CHOICE_LABELS[value]) if value in CHOICE_LABELS else value.capitalize()


class Editor(QWidget):
    """Base class: `edited` carries a new value the person made."""

    edited = Signal(object)
    reverts_on_error = True  # a refused value puts the stored one back (not for free text)

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setting = setting
        self.label = translated(setting.label)

    def load(self, value: Any) -> None:
        """Show `value` without emitting `edited`."""
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def accepted(self) -> None:
        """The value just emitted was stored."""

    def _emit(self, *_args: object) -> None:
        self.edited.emit(self.value())


def _box(widget: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class BoolEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.check = QCheckBox(self.label)
        self.check.setAccessibleName(self.label)
        self.check.setAccessibleDescription(description(setting))
        _box(self).addWidget(self.check)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._emit)

    def load(self, value: Any) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(bool(value))
        self.check.blockSignals(False)

    def value(self) -> bool:
        return self.check.isChecked()


class IntEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.spin = QSpinBox()
        self.spin.setRange(
            setting.minimum if setting.minimum is not None else -(2**31),
            setting.maximum if setting.maximum is not None else 2**31 - 1,
        )
        self.spin.setKeyboardTracking(False)  # apply when typing is finished, not per digit
        self.spin.setAccessibleName(self.label)
        self.spin.setAccessibleDescription(description(setting))
        self.spin.setMinimumWidth(90)
        layout = _box(self)
        layout.addWidget(self.spin)
        layout.addStretch(1)
        self.setFocusProxy(self.spin)
        self.spin.valueChanged.connect(self._emit)

    def load(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(int(value))
        self.spin.blockSignals(False)

    def value(self) -> int:
        return self.spin.value()


class ChoiceEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.combo = QComboBox()
        label = region_label if setting.name == "safety.region" else choice_label
        for value in setting.choices:
            self.combo.addItem(label(value), value)
        self.combo.setAccessibleName(self.label)
        self.combo.setAccessibleDescription(description(setting))
        # The open list of choices is read on its own, so it is named after the setting too.
        self.combo.view().setAccessibleName(self.label)
        self.combo.view().setAccessibleDescription(
            QCoreApplication.translate("settings", "The choices for {setting}.").format(
                setting=self.label
            )
        )
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if setting.name == "safety.region":
            from footholds.ui.help.region import guard_wheel

            guard_wheel(self.combo)  # scrolling the page must never swap the crisis lines
        layout = _box(self)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._emit)

    def load(self, value: Any) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        self.combo.blockSignals(False)

    def value(self) -> str:
        return str(self.combo.currentData())


def _time_edit(accessible: str, about: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat(TIME_FORMAT)
    edit.setKeyboardTracking(False)
    edit.setAccessibleName(accessible)
    edit.setAccessibleDescription(about)
    edit.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    return edit


class TimeEditor(Editor):
    """A time; an optional one has a "Not set" box beside it."""

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.edit = _time_edit(self.label, description(setting))
        self.unset = QCheckBox(QCoreApplication.translate("settings", "Not set"))
        self.unset.setAccessibleName(
            QCoreApplication.translate("settings", "{setting}: not set").format(setting=self.label)
        )
        self.unset.setAccessibleDescription(
            QCoreApplication.translate(
                "settings", "Leaves {setting} empty; untick it to choose a time."
            ).format(setting=self.label)
        )
        self.unset.setVisible(setting.optional)
        layout = _box(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.unset)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.timeChanged.connect(self._emit)
        self.unset.toggled.connect(self._on_unset_toggled)

    def _on_unset_toggled(self, unset: bool) -> None:
        self.edit.setEnabled(not unset)
        self._emit()

    def load(self, value: Any) -> None:
        for widget in (self.edit, self.unset):
            widget.blockSignals(True)
        empty = not value
        self.unset.setChecked(empty and self.setting.optional)
        self.edit.setEnabled(not self.unset.isChecked())
        if not empty:
            self.edit.setTime(QTime.fromString(str(value), TIME_FORMAT))
        for widget in (self.edit, self.unset):
            widget.blockSignals(False)

    def value(self) -> str:
        if self.setting.optional and self.unset.isChecked():
            return ""
        return self.edit.time().toString(TIME_FORMAT)


class _ListBase(Editor):
    """A list with Add and Remove; subclasses choose how a new item is typed in."""

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
            del values[row]
            self.edited.emit(values)


class TimesEditor(_ListBase):
    """A few times of day: pick one and add it; remove the selected one."""

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.items.setMaximumHeight(110)
        self.new_time = _time_edit(
            QCoreApplication.translate("settings", "New time for {setting}").format(
                setting=self.label
            ),
            QCoreApplication.translate("settings", "A time like 07:30, to add with Add."),
        )
        self.new_time.setTime(QTime(12, 0))
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

    def _on_add_clicked(self) -> None:
        self.edited.emit([*self.value(), self.new_time.time().toString(TIME_FORMAT)])


class ListEditor(_ListBase):
    """The person's own words: add, edit in place (double-click or F2), remove, reorder."""

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        self._keyed = setting.name in default_lists.SHIPPED
        self._stored: list[str] = []
        super().__init__(setting, parent)
        self.items.setMinimumHeight(140)
        self._adding = False
        self.new_text = QLineEdit()
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

    def _on_add_clicked(self) -> None:
        text = self.new_text.text().strip()
        if text:
            self._adding = True
            try:
                self.edited.emit([*self.value(), text])
            finally:
                self._adding = False

    def accepted(self) -> None:
        """A new entry was stored: clear the box for the next one (a refused one stays)."""
        if self._adding:
            self.new_text.clear()

    def _move(self, step: int) -> None:
        row, values = self.items.currentRow(), self.value()
        target = row + step
        if row < 0 or not 0 <= target < len(values):
            return
        values[row], values[target] = values[target], values[row]
        self.items.setCurrentRow(target)  # the selection follows the moved entry
        self.edited.emit(values)


class StrEditor(Editor):
    """Free text, applied when typing is finished; refused text stays to be fixed."""

    reverts_on_error = False

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.line = QLineEdit()
        self.line.setAccessibleName(self.label)
        self.line.setAccessibleDescription(description(setting))
        layout = _box(self)
        layout.addWidget(self.line, 1)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self._on_editing_finished)

    def _on_editing_finished(self) -> None:
        if self.line.isModified():
            self.line.setModified(False)
            self._emit()

    def load(self, value: Any) -> None:
        self.line.blockSignals(True)
        self.line.setText(str(value))
        self.line.setModified(False)
        self.line.blockSignals(False)

    def value(self) -> str:
        return self.line.text()


EDITORS: dict[str, type[Editor]] = {
    "bool": BoolEditor,
    "int": IntEditor,
    "choice": ChoiceEditor,
    "time": TimeEditor,
    "times": TimesEditor,
    "list": ListEditor,
    "str": StrEditor,
}


def make_editor(setting: Setting, parent: QWidget | None = None) -> Editor:
    """The editor for the setting's kind."""
    return EDITORS[setting.kind](setting, parent)
