"""One generic editor per kind of declared setting (bool, int, choice, time, times, list, str).

An editor shows a value (`load`, which never emits) and emits `edited(value)` when the person
changes it. It does not validate: the settings window hands the value to Settings.set and
shows any SettingError beside the field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from footholds.core.settings import Setting
from footholds.ui.common.limits import limited
from footholds.ui.common.never_raises import never_raises
from footholds.ui.common.wheel import wheel_after_click
from footholds.ui.settings.editor_base import TIME_FORMAT as TIME_FORMAT
from footholds.ui.settings.editor_base import Editor as Editor
from footholds.ui.settings.editor_base import box, time_edit
from footholds.ui.settings.editor_base import choice_label as choice_label
from footholds.ui.settings.editor_base import region_label as region_label
from footholds.ui.settings.list_editors import ListBase as ListBase
from footholds.ui.settings.list_editors import ListEditor as ListEditor
from footholds.ui.settings.list_editors import TimesEditor as TimesEditor
from footholds.ui.settings.setting_descriptions import description

if TYPE_CHECKING:
    from footholds.ui.help import NameSearch


class BoolEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.check = QCheckBox(self.label)
        self.check.setAccessibleName(self.label)
        self.check.setAccessibleDescription(description(setting))
        box(self).addWidget(self.check)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._emit)

    def load(self, value: Any) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(bool(value))
        self.check.blockSignals(False)

    def value(self) -> bool:
        return self.check.isChecked()


class _RangeSpin(QSpinBox):
    """A number field that notes when what was typed had to be brought into its range."""

    def __init__(self) -> None:
        super().__init__()
        self.corrected = False

    def fixup(self, text: str) -> str:
        self.corrected = True  # Qt asks only for words it could not take as they were
        return super().fixup(text)


def range_words(low: int, high: int, value: int) -> str:
    """What the line under a number field says when what was typed was brought into range
    (the row keeps room for it from the start: setting_row.could_say)."""
    text = QCoreApplication.translate(
        "settings", "It goes from {low} to {high}, so it is {value} now."
    )
    return text.format(low=str(low), high=str(high), value=str(value))


class IntEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.spin = wheel_after_click(_RangeSpin())
        self.spin.setRange(
            setting.minimum if setting.minimum is not None else -(2**31),
            setting.maximum if setting.maximum is not None else 2**31 - 1,
        )
        self.spin.setKeyboardTracking(False)  # apply when typing is finished, not per digit
        # "1" typed where the lowest is 10 becomes 10, and the line under the field says the
        # range: it went back to the value before (45) without a word
        self.spin.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToNearestValue)
        self.spin.setAccessibleName(self.label)
        self.spin.setAccessibleDescription(description(setting))
        self.spin.setMinimumWidth(90)
        layout = box(self)
        layout.addWidget(self.spin)
        layout.addStretch(1)
        self.setFocusProxy(self.spin)
        self.spin.valueChanged.connect(self._emit)
        self.spin.editingFinished.connect(self._on_finished)

    def _on_finished(self) -> None:
        if not self.spin.corrected:
            return
        self.spin.corrected = False
        self.said.emit(range_words(self.spin.minimum(), self.spin.maximum(), self.spin.value()))

    def load(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(int(value))
        self.spin.blockSignals(False)

    def value(self) -> int:
        return self.spin.value()


class ChoiceEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.combo = wheel_after_click(QComboBox())
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
        self.search: NameSearch | None = None
        self.held = False  # a country found by a name being typed, not chosen yet
        self.stored: Any = None  # the value last loaded or chosen
        if setting.name == "safety.region":
            from footholds.ui.help import find_by_name

            self.search = find_by_name(self.combo)  # "United States" typed is that country
            # after the name search: it sees each key first (a filter installed later runs
            # earlier), while the name typed is still known
            self.combo.installEventFilter(self)
        layout = box(self)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._on_index_changed)
        # a row picked from the open list (a click, or Enter there, which the box itself
        # never hears as a key) or an arrow key: the person chose it, a name typed or not
        self.combo.activated.connect(self._on_activated)

    def _on_index_changed(self, *_args: object) -> None:
        """Saved at once, except a country a name being typed passes on its way ("United"
        finds the United Arab Emirates before "United Kingdom" does): that one waits to be
        chosen (`_settle`)."""
        if self.search is not None and self.search.typed:
            self.held = True
            return
        self.held = False
        self.stored = self.value()
        self._emit()

    def _on_activated(self, *_args: object) -> None:
        if self.search is not None:
            self.search.typed = ""  # the name is finished: what it found is chosen
        self._settle(chosen=True)

    def _settle(self, *, chosen: bool) -> None:
        """The name typed is finished. Enter (`chosen`) saves the country it found; leaving
        the field saves it when the whole name was typed, and otherwise puts back the
        country in use, which the box shows again."""
        if not self.held or self.search is None:
            return
        self.held = False
        if chosen or self.search.whole_name():
            self.stored = self.value()
            self._emit()
        else:
            self.load(self.stored)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.combo and self.held:
            if event.type() == QEvent.Type.FocusOut:
                if not self.combo.view().isVisible():  # its own open list is no leaving
                    self._settle(chosen=False)
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._settle(chosen=True)
                elif event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
                    self._settle(chosen=False)  # leaving (the name search forgets it next)
        return super().eventFilter(watched, event)

    def load(self, value: Any) -> None:
        self.held = False
        self.stored = value
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        self.combo.blockSignals(False)

    def value(self) -> str:
        return str(self.combo.currentData())


class TimeEditor(Editor):
    """A time; an optional one has a "Not set" box beside it."""

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        self.edit = time_edit(self.label, description(setting))
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
        layout = box(self)
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


class StrEditor(Editor):
    """Free text, applied when typing is finished; refused text stays to be fixed."""

    reverts_on_error = False

    def __init__(self, setting: Setting, parent: QWidget | None = None) -> None:
        super().__init__(setting, parent)
        # as long as the setting keeps, said in the row's line as My lists does
        self.line = limited(QLineEdit(), setting.max_length, self.said.emit)
        self.line.setAccessibleName(self.label)
        self.line.setAccessibleDescription(description(setting))
        layout = box(self)
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
