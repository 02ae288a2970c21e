"""Your own reminder text: what cannot be kept is said through the one prompter (ctx.prompter),
which the app hands to the reminders as to every window."""

from __future__ import annotations

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
