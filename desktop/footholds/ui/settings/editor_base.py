"""What every settings editor shares: the base class, the words for choices and regions,
and the time field. The editors themselves are in setting_editors.py and list_editors.py."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QHBoxLayout,
    QTimeEdit,
    QWidget,
)

from footholds.core import crisis, dates
from footholds.core.errors import QT_TRANSLATE_NOOP
from footholds.core.settings import Setting
from footholds.core.timewindows import WEEKDAYS
from footholds.ui.common.i18n import LANGUAGE_NAMES
from footholds.ui.common.time_field import typed_after_click
from footholds.ui.settings.setting_descriptions import translated

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


def region_label(code: str) -> str:
    """A crisis region by its name ("United Kingdom"); "" follows the system."""
    if not code:
        return translated(CHOICE_LABELS["system"])
    # i18n.install sets the default locale to the interface language; a country without
    # lines of its own is named too ("Mexico"), so every choice reads as a place
    return crisis.region_name(code, QLocale().name())


def choice_label(value: str) -> str:
    """What the person sees for a choice value."""
    if value in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[value]
    if value in WEEKDAYS:
        # by the one date formatter, as Reach out names them ("domingo"): read in a list and
        # mid-sentence, Spanish writes a weekday lower case
        day = date(2024, 1, 1) + timedelta(days=WEEKDAYS.index(value))  # from a Monday
        return dates.weekday(day, locale=QLocale().name(), long=True)
    return translated(CHOICE_LABELS[value]) if value in CHOICE_LABELS else value.capitalize()


class Editor(QWidget):
    """Base class: `edited` carries a new value the person made."""

    edited = Signal(object)
    said = Signal(str)  # a line about the field itself (its limit reached), for the row to show
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


def box(widget: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


def time_edit(accessible: str, about: str) -> QTimeEdit:
    edit = typed_after_click(QTimeEdit())
    edit.setDisplayFormat(TIME_FORMAT)
    edit.setKeyboardTracking(False)
    edit.setAccessibleName(accessible)
    edit.setAccessibleDescription(about)
    edit.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    return edit
