"""The welcome card's choice of interface language, near its top: on a computer whose own
language is not theirs (C.UTF-8), a person reads the welcome in their language from the
start, without looking for Settings › General › Language.

Chosen here, the language is set as Settings sets it (the setting's change installs it,
app/build.py, and every open window follows, shell/language_follow.py); the welcome, which the
person is in, asks to come across at once, in its place, the keyboard still on this box."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from footholds.ui.common.i18n import LANGUAGE_NAMES, ctx_language
from footholds.ui.common.page_fit import grow_to_fit
from footholds.ui.common.scrolling import PageScroll
from footholds.ui.common.wheel import wheel_after_click

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

WINDOW = "first-run"  # the welcome card's name in the registry


class LanguageChoice(QWidget):
    """ "Language: [English ▾]", the same languages Settings offers."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.box = wheel_after_click(QComboBox())
        for code, name in LANGUAGE_NAMES.items():
            self.box.addItem(name, code)
        now = self.box.findData(ctx_language(ctx))
        self.box.setCurrentIndex(max(now, 0))
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label = QLabel(self.tr("Language"))
        self.label.setBuddy(self.box)
        self.box.setAccessibleName(self.tr("Language"))
        self.box.setAccessibleDescription(
            self.tr("The language Footholds speaks. You can change it later in Settings.")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.box)
        row.addStretch(1)
        self.box.activated.connect(self._on_chosen)

    def _on_chosen(self, _index: int) -> None:
        code = str(self.box.currentData())
        if code == ctx_language(self.ctx):
            return
        self.ctx.settings.set("general.language", code)  # as Settings sets it
        # once the change is through, not inside the box's own signal: the window it is in
        # is built again
        QTimer.singleShot(0, self, self._come_across)

    def _come_across(self) -> None:
        """The welcome in the new language, in its place, the keyboard on this box there."""
        again = self.ctx.windows.language.bring_now(WINDOW)
        choice = again.findChild(LanguageChoice) if again is not None else None
        if isinstance(choice, LanguageChoice):
            choice.take_keyboard()
        if again is not None:
            # its words laid out anew: once they have, the same way Tough day's steps do
            QTimer.singleShot(0, again, partial(grow_for_words, again))

    def take_keyboard(self) -> None:
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)


def grow_for_words(window: QWidget) -> None:
    """The welcome in a language that says it in more lines (Spanish), grown downwards just
    enough for them, where it stands and within the screen below it, rather than showing a
    scroll bar with the screen free under it; where even that is too little, it scrolls
    from where it was."""
    area = window.findChild(PageScroll)
    page = area.widget() if area is not None else None
    if area is not None and page is not None:
        grow_to_fit(window, area, page, chosen=False)
