"""A closed dialog is freed as it is released, not left to the garbage collector: the import
dialog's quit watcher held the dialog, which held it, and a test that dropped it while shown
crashed the next paint when the collector freed it part-way through (see
test_window_no_cycle.py for the windows)."""

from __future__ import annotations

import weakref
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget
from release_checks import collector_off, flush_deletes

from footholds.app.build import AppContext
from footholds.core import activation
from footholds.core.days import day_of
from footholds.core.store import LogEntry
from footholds.core.store.models import now_local
from footholds.ui.journal.journal_editor import EntryEditor
from footholds.ui.reminders.own_reminder import OwnReminderDialog
from footholds.ui.settings.backup_picker import BackupPicker
from footholds.ui.settings.import_dialog import ImportDialog
from footholds.ui.settings.lock_dialogs import RecoveryDialog
from footholds.ui.settings.lock_settings import LockPart
from footholds.ui.today.activity_section import HowWasThatDialog


def _entry_editor(ctx: AppContext) -> QDialog:
    entry = ctx.store.add(LogEntry(note="a grey day"))
    return EntryEditor(ctx, entry, ctx.windows.show("journal"))


def _how_was_that(ctx: AppContext) -> QDialog:
    idea = activation.Idea("ac-shower", "Take a shower", "achievement", False)
    made = activation.plan(ctx.store, idea, day_of(now_local(), 4))
    return HowWasThatDialog(made, ctx.windows.show("today"))


# The Settings part a lock dialog opens from, kept while its test runs. Its own questions
# (ask_turn_on, ...) are not checked here: the part keeps the last one's wrapper on purpose
# (lock_settings.py, _show), a holder and not a cycle.
_parents: list[QWidget] = []


def _lock_part(ctx: AppContext) -> LockPart:
    _parents.clear()
    _parents.append(part := LockPart(ctx))
    return part


DIALOGS: dict[str, Callable[[AppContext], QDialog]] = {
    "import": ImportDialog,
    "backup picker": BackupPicker,
    "own reminder": lambda ctx: OwnReminderDialog(ctx.store, ctx.prompter),
    "journal entry editor": _entry_editor,
    "how was that": _how_was_that,
    "recovery key": lambda ctx: RecoveryDialog(_lock_part(ctx), "ABCD EFGH IJKL MNOP"),
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_a_closed_dialog_is_freed_without_the_collector(ctx: AppContext, name: str) -> None:
    dialog = DIALOGS[name](ctx)
    dialog.open()
    QCoreApplication.processEvents()
    gone = weakref.ref(dialog)
    with collector_off():  # only reference counts may free it now
        dialog.close()
        dialog.deleteLater()  # one with a parent window goes as the app lets it go
        del dialog
        flush_deletes()
        assert gone() is None, f"the {name} dialog is held in a reference cycle once closed"
    _parents.clear()  # its parent put away too
