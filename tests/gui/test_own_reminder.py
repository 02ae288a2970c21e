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
