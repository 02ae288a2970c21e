"""One setting on a settings page: its editor, its notes, and the place for a refusal.

Kept apart from settings_window.py so the window holds only the pages and how changes flow;
what a single row looks like, and what a refusal says, live here.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from footholds.core.errors import QT_TRANSLATE_NOOP
from footholds.core.html_text import escape
from footholds.core.settings import Setting
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.limits import cut_words, limit_words
from footholds.ui.common.time_field import not_a_time_words
from footholds.ui.settings.setting_descriptions import translated
from footholds.ui.settings.setting_editors import Editor, make_editor, range_words

# Labels, help and section names come from core/settings.py in the "settings" context;
# packaging/update-translations.sh lists them for lupdate.
# Notes the window adds under a field, about how the app (not the setting) behaves.
NOTES = {
    "general.language": QT_TRANSLATE_NOOP(
        "settings",
        "Open windows change now. A window you are still writing in stays as it is until "
        "you save, so nothing is lost.",
    ),
}


def error_message(setting: Setting) -> str:
    """What to say when a value was refused, in the person's language."""
    if setting.kind == "int":
        text = QCoreApplication.translate(
            "settings", "Please choose a whole number from {low} to {high}."
        )
        return text.format(low=str(setting.minimum), high=str(setting.maximum))
    if setting.kind == "str":
        text = QCoreApplication.translate("settings", "Please keep it under {limit} characters.")
        return text.format(limit=str(setting.max_length))
    if setting.kind == "list":
        text = QCoreApplication.translate(
            "settings",
            "Please keep each one under {limit} characters, and {items} or fewer in all.",
        )
        return text.format(limit=str(setting.max_length), items=str(setting.max_items))
    if setting.kind == "times":
        return QCoreApplication.translate("settings", "Please keep it to 12 times or fewer.")
    if setting.kind == "time":
        return QCoreApplication.translate("settings", "Please use a time like 07:30.")
    return QCoreApplication.translate(
        "settings", "That value cannot be used here; the old one is kept."
    )


def could_say(setting: Setting) -> tuple[str, ...]:
    """The lines a row's field may bring under it as the person edits it, whose room the row
    keeps from the start: a number brought into its range, a field's limit reached (or a
    paste cut at it), a value refused, a new time typed that is none. A check box or a
    choice never brings one, nor a single time (its field only makes times that are kept), so
    those rows keep no room; nor does a number field refuse (it holds only numbers in the
    range), and room for that longer line left two empty lines under each in the narrow
    column."""
    if setting.kind == "int" and setting.minimum is not None and setting.maximum is not None:
        low, high = setting.minimum, setting.maximum
        return (range_words(low, high, high),)  # the longest figures
    if setting.kind in ("list", "str"):
        limit = setting.max_length
        return (error_message(setting), limit_words(limit), cut_words(limit))
    if setting.kind == "times":
        # and what the new time's field says when what was typed there is no time, for
        # as many keys as it takes before one can make no time ("12:345")
        return (error_message(setting), not_a_time_words("12:345"))
    return ()


def range_hint(low: int, high: int) -> str:
    """Under a number field while nothing else is said there: the numbers it takes."""
    text = QCoreApplication.translate("settings", "From {low} to {high}.")
    return text.format(low=str(low), high=str(high))


class ErrorLabel(StatusLine):
    """A refusal, shown in a colour that reads well on light and dark backgrounds, or a quiet
    note about the field (its limit reached).

    Given the lines it `could_say`, it keeps their room from the start, so saying one moves
    nothing below it (My lists: the page jumped down under a refused word; Reminders, under
    a number brought into its range). Without them it takes no room until it speaks: a row
    that never does (a check box, a choice) keeps none, as room under each would spread
    every page out."""

    message = resting = ""  # (read by `reserve`, which StatusLine's constructor calls)

    def __init__(self, could_say: Iterable[str] = ()) -> None:
        super().__init__(could_say)
        self.setTextFormat(Qt.TextFormat.RichText)  # the refusal's colour; its words escaped
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = ""
        self.resting = ""
        self.refusal = False

    def rest_on(self, text: str) -> None:
        """Words shown while nothing is said (a number's range): the room kept under a
        number field read as a gap, and the range is worth knowing before typing."""
        self.resting = text
        self._render()
        self._fit_shown()

    def reserve(self, could_say: Iterable[str]) -> None:
        """Keep room for these from now on (shown empty while nothing is said)."""
        super().reserve(could_say)
        self._fit_shown()

    def show_message(self, message: str) -> None:
        """Explain a refusal, or clear the line with ""."""
        self._show(message, refusal=True)

    def note(self, message: str) -> None:
        """Say something about the field that is not a refusal, in the soft colour."""
        self._show(message, refusal=False)

    def _show(self, message: str, *, refusal: bool) -> None:
        self.message, self.refusal = message, refusal
        self.say(message)  # tells a screen reader; the words are drawn by _render
        self._render()
        self._fit_shown()

    def _fit_shown(self) -> None:
        """Shown while it says something or keeps room; not shown yet while it has no parent
        (a label shown then is a window of its own, which took the focus from Settings)."""
        wanted = bool(self.message) or bool(self.could_say) or bool(self.resting)
        if not wanted or self.parentWidget() is not None:
            self.setVisible(wanted)

    def _render(self) -> None:
        if not self.refusal or not self.message:
            self.setText(escape(self.message or self.resting))
            return
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        colour = "#f2a48f" if dark else "#a3321f"
        self.setText(f'<span style="color:{colour}">{escape(self.message)}</span>')

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.message:
            self._render()
        super().changeEvent(event)


class Row:
    """One setting on a page: its editor and the place for a refusal."""

    def __init__(self, setting: Setting, page: QWidget) -> None:
        self.setting = setting
        self.editor: Editor = make_editor(setting, page)
        # what the field may say under it has its room kept there, in the width it takes
        self.error = ErrorLabel(could_say(setting))
        self.field = QWidget(page)
        box = QVBoxLayout(self.field)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.editor)
        extra = NOTES.get(setting.name, "")
        for text in (setting.help, extra):
            if text:
                note = QLabel(translated(text))
                note.setWordWrap(True)
                note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                box.addWidget(note)
        box.addWidget(self.error)
        if setting.kind == "int" and setting.minimum is not None and setting.maximum is not None:
            self.error.rest_on(range_hint(setting.minimum, setting.maximum))
        self.editor.said.connect(self.error.note)
        self.label: QLabel | None = None
        if setting.kind != "bool":  # a check box carries its own label
            self.label = QLabel(translated(setting.label))
            self.label.setWordWrap(True)
            self.label.setBuddy(self.editor)
            self.label.setContentsMargins(0, 4, 0, 0)  # level with the text in the field
