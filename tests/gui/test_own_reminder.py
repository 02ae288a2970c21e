"""Your own reminder text: what cannot be kept is said through the one prompter (ctx.prompter),
which the app hands to the reminders as to every window."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import OwnItem
from footholds.ui.reminders.own_reminder import OwnReminderDialog


class Said:
    def __init__(self) -> None:
        self.notes: list[str] = []

    def inform(self, _parent: object, text: str) -> None:
        self.notes.append(text)

    def warn(self, _parent: object, text: str) -> None:
        self.notes.append(text)


def test_words_that_cannot_be_kept_are_said_through_the_prompter(
    ctx: AppContext, qtbot: QtBot
) -> None:
    said = Said()
    dialog = OwnReminderDialog(ctx.store, said)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    # words that came past the field's own checks (it leaves controls out as they come in)
    dialog.text.setValidator(None)  # type: ignore[arg-type]  # (Qt takes None: no validator)
    dialog.text.setText("a stretch\x07 with a bell in it")
    dialog.save_button.click()
    assert len(said.notes) == 1 and said.notes[0]
    assert ctx.store.all(OwnItem) == []


def test_the_app_gives_the_reminders_its_own_prompter(ctx: AppContext) -> None:
    assert ctx.reminders.presenter.prompter is ctx.prompter


def test_cancel_or_esc_keeps_the_idea_for_the_next_opening(ctx: AppContext, qtbot: QtBot) -> None:
    """The dialog goes with Cancel (or Esc), leaving no window to offer an Undo in: the idea
    typed waits for the next time it opens, as Esc keeps words elsewhere; once saved, the
    next opening is empty."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    presenter = ctx.reminders.presenter
    for leave in ("cancel", "esc"):
        presenter.open_add_own()
        dialog = presenter._own_dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        if not dialog.text.text():
            qtbot.keyClicks(dialog.text, "stretch like a cat")
        if leave == "cancel":
            buttons = dialog.findChild(QDialogButtonBox)
            assert buttons is not None
            buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        else:
            qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
        presenter.open_add_own()
        again = presenter._own_dialog
        assert again is not None and again.text.text() == "stretch like a cat"
        assert again.text.cursorPosition() == len("stretch like a cat")
        again.reject()
    presenter.open_add_own()
    last = presenter._own_dialog
    assert last is not None
    last.save_button.click()
    presenter.open_add_own()
    assert presenter._own_dialog is not None and presenter._own_dialog.text.text() == ""
    presenter._own_dialog.reject()


@pytest.mark.parametrize("scale", [1.0, 1.3])
def test_the_spanish_example_shows_whole_in_its_field(
    ctx: AppContext, qtbot: QtBot, scale: float
) -> None:
    """«Por ejemplo: estírate como un gato, despacio» filled the field to its last pixel at
    the usual size and was cut off with a larger font: the field is as wide as its example."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionFrame

    from footholds.ui.common import i18n

    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    font = QApplication.font()
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * scale)
    QApplication.setFont(bigger)
    try:
        dialog = OwnReminderDialog(ctx.store, ctx.prompter)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        field = dialog.text
        example = field.placeholderText()
        assert example.startswith("Por ejemplo")
        option = QStyleOptionFrame()
        field.initStyleOption(option)
        inside = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
        margins = field.textMargins()
        room = inside.width() - margins.left() - margins.right() - 2 * 2  # Qt's 2 px each side
        assert field.fontMetrics().horizontalAdvance(example) <= room
    finally:
        QApplication.setFont(font)
        ctx.settings.set("general.language", "en")
        i18n.apply(ctx)
        i18n.remove(ctx.app)
