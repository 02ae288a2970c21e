"""Restore a backup: the backups folder as a list in plain words, newest first, with "Other
file…" for one kept elsewhere, and the question before a restore naming it the same way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMessageBox,
    QProxyStyle,
    QPushButton,
    QStyle,
    QWidget,
)
from pytestqt.qtbot import QtBot

from footholds.core.store import LogEntry
from footholds.ui.common import i18n
from footholds.ui.context import AppContext
from footholds.ui.settings import backup_picker
from footholds.ui.settings.backup_picker import BackupPicker
from footholds.ui.settings.import_dialog import ImportDialog
from footholds.ui.settings.settings_data import DataPage
from support import present


def made(ctx: AppContext, label: str, when: datetime) -> Path:
    """A real backup of the store, named as Footholds names one made at `when`."""
    path = ctx.backups.create(label)
    return path.rename(path.with_name(f"footholds-{label}-{when:%Y%m%d-%H%M%S}.zip"))


@pytest.fixture
def now() -> datetime:
    # a fixed time of day, so "yesterday" and "today" never straddle midnight in a test
    return datetime.now().replace(hour=11, minute=53, second=0, microsecond=0)


@pytest.fixture
def several(ctx: AppContext, now: datetime) -> list[Path]:
    """Four backups of four kinds, newest first."""
    for old in ctx.paths.backup_dir.glob("*.zip"):
        old.unlink()
    ctx.store.add(LogEntry(note="one").clean())
    return [
        made(ctx, "manual", now),
        made(ctx, "before-restore", now - timedelta(hours=2)),
        made(ctx, "daily", now - timedelta(days=1, hours=2)),
        made(ctx, "before-upgrade-v3", now - timedelta(days=40)),
    ]


@pytest.fixture
def picker(ctx: AppContext, qtbot: QtBot, several: list[Path]) -> BackupPicker:
    dialog = BackupPicker(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def rows(dialog: BackupPicker) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def picked_by(dialog: BackupPicker) -> list[Path]:
    got: list[Path] = []
    dialog.picked.connect(got.append)
    return got


def test_each_backup_is_a_row_in_plain_words_newest_first(
    picker: BackupPicker, several: list[Path], now: datetime
) -> None:
    assert picker.paths() == several
    shown = rows(picker)
    assert shown[:3] == [
        "Today 11:53 · made by you",
        "Today 09:53 · what you had before a restore",
        "Yesterday 09:53 · daily",
    ]
    assert shown[3].endswith(" 11:53 · made before Footholds was updated")  # a date
    assert not any(".zip" in row or "footholds-" in row for row in shown)
    assert picker.list.isVisible() and not picker.empty.isVisible()
    assert picker.header.line.text().startswith("Pick one.")


def test_two_backups_in_the_same_minute_show_their_seconds(
    ctx: AppContext, qtbot: QtBot, several: list[Path], now: datetime
) -> None:
    # Back up now pressed twice within a minute: two rows that read alike could not be told
    # apart; those two show their seconds, the others stay as they were
    made(ctx, "manual", now + timedelta(seconds=7))
    dialog = BackupPicker(ctx)
    qtbot.addWidget(dialog)
    assert rows(dialog)[:3] == [
        "Today 11:53:07 · made by you",
        "Today 11:53:00 · made by you",
        "Today 09:53 · what you had before a restore",
    ]
    assert len(set(rows(dialog))) == len(rows(dialog))


def test_every_backup_of_a_minute_shows_its_seconds_whatever_made_it(
    ctx: AppContext, qtbot: QtBot, several: list[Path], now: datetime
) -> None:
    # a restore makes one backup before and one just after, in the minute of the person's
    # own: all of that minute read alike, not "11:53" beside "11:53:07"
    made(ctx, "manual", now + timedelta(seconds=7))
    made(ctx, "before-restore", now + timedelta(seconds=20))
    made(ctx, "restored", now + timedelta(seconds=21))
    dialog = BackupPicker(ctx)
    qtbot.addWidget(dialog)
    assert rows(dialog)[:5] == [
        "Today 11:53:21 · what a restore brought back",
        "Today 11:53:20 · what you had before a restore",
        "Today 11:53:07 · made by you",
        "Today 11:53:00 · made by you",
        "Today 09:53 · what you had before a restore",  # alone in its minute: enough
    ]


def test_the_newest_is_chosen_as_the_list_opens(picker: BackupPicker, several: list[Path]) -> None:
    # the focus ring on the first row and a greyed "Restore this one" read as a choice made
    # that would not go: the newest is chosen, and Restore this one takes it straight away
    got = picked_by(picker)
    assert picker.list.selectedItems() == [picker.list.item(0)]
    assert picker.list.currentRow() == 0
    assert picker.restore.isEnabled()
    picker.restore.click()
    assert got == [several[0]]
    assert not picker.isVisible()


def test_restore_this_one_waits_for_a_choice_then_gives_it(
    picker: BackupPicker, several: list[Path]
) -> None:
    got = picked_by(picker)
    picker.list.clearSelection()  # Ctrl+click on the chosen row
    assert not picker.restore.isEnabled()
    picker.list.setCurrentRow(2)
    assert picker.restore.isEnabled()
    picker.restore.click()
    assert got == [several[2]]
    assert not picker.isVisible()


def test_the_keyboard_chooses_from_the_newest_and_enter_picks(
    picker: BackupPicker, several: list[Path]
) -> None:
    got = picked_by(picker)
    picker.activateWindow()
    picker.list.setFocus(Qt.FocusReason.TabFocusReason)
    # a row let go of (Ctrl+click) leaves the keyboard on it, not chosen
    picker.list.clearSelection()
    assert not picker.restore.isEnabled()
    QTest.keyClick(picker.list, Qt.Key.Key_Down)  # chooses the newest, not the one below
    assert picker.list.selectedItems() == [picker.list.item(0)]
    assert picker.restore.isEnabled()
    QTest.keyClick(picker.list, Qt.Key.Key_Down)
    QTest.keyClick(picker.list, Qt.Key.Key_Return)
    assert got == [several[1]]
    assert not picker.isVisible()


def test_enter_picks_the_row_the_keyboard_is_on_even_before_it_is_chosen(
    picker: BackupPicker, several: list[Path]
) -> None:
    got = picked_by(picker)
    picker.list.setFocus(Qt.FocusReason.TabFocusReason)
    picker.list.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
    QTest.keyClick(picker.list, Qt.Key.Key_Return)
    assert got == [several[0]]


def test_a_double_click_picks_that_row(picker: BackupPicker, several: list[Path]) -> None:
    got = picked_by(picker)
    place = picker.list.visualItemRect(picker.list.item(1)).center()
    # as a real double-click arrives: a click, then the second press as a double-click
    QTest.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=place)
    QTest.mouseDClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=place)
    assert got == [several[1]]


def test_escape_and_cancel_pick_nothing(picker: BackupPicker) -> None:
    got = picked_by(picker)
    picker.cancel.click()
    assert got == [] and not picker.isVisible()


def cancel_comes_first(dialog: QWidget, cancel: QPushButton, action: QPushButton) -> bool:
    """Whether `cancel` stands left of the dialog's main button, as the window shows them."""
    return cancel.mapTo(dialog, QPoint(0, 0)).x() < action.mapTo(dialog, QPoint(0, 0)).x()


class GnomeOrder(QProxyStyle):
    """A platform that puts Cancel first (GNOME's order), as another desktop would."""

    def styleHint(self, hint: QStyle.StyleHint, *args: object) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonLayout:
            return int(QDialogButtonBox.ButtonLayout.GnomeLayout.value)
        return super().styleHint(hint, *args)  # type: ignore[arg-type]


@pytest.mark.parametrize("gnome", [False, True])
def test_cancel_sits_where_import_s_and_every_question_s_does(
    picker: BackupPicker, ctx: AppContext, qtbot: QtBot, gnome: bool
) -> None:
    """Restore's Cancel came before its main button while Import's came after, on the same
    desktop: both follow the platform's order now, as every question's buttons do."""
    importer = ImportDialog(ctx)
    qtbot.addWidget(importer)
    question = QMessageBox()  # as the prompter asks: go ahead, or stay
    qtbot.addWidget(question)
    go = question.addButton("Restore this backup", QMessageBox.ButtonRole.AcceptRole)
    stay = question.addButton("Keep my data as it is", QMessageBox.ButtonRole.RejectRole)
    boxes = [d.findChild(QDialogButtonBox) for d in (picker, importer, question)]
    assert None not in boxes  # each laid out by Qt's button box, in the platform's order
    style = GnomeOrder()
    if gnome:
        for box in boxes:
            assert box is not None
            box.setStyle(style)
    for dialog in (importer, question):
        dialog.show()
    qtbot.waitUntil(lambda: all(d.isVisible() for d in (picker, importer, question)))
    cancel = importer.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    order = {
        cancel_comes_first(picker, picker.cancel, picker.restore),
        cancel_comes_first(importer, cancel, importer.import_button),
        cancel_comes_first(question, stay, go),
    }
    assert order == {gnome}


def test_every_button_says_what_it_does(picker: BackupPicker) -> None:
    for button in picker.findChildren(QPushButton):
        assert button.accessibleName() and button.accessibleDescription(), button.text()
    assert picker.restore.property("role") == "primary"
    assert [b.property("role") for b in (picker.other, picker.cancel)] == ["quiet", "secondary"]


def test_an_empty_folder_says_so_and_other_file_still_works(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for old in ctx.paths.backup_dir.glob("*.zip"):
        old.unlink()
    dialog = BackupPicker(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 0 and not dialog.list.isVisible()
    assert dialog.empty.isVisible() and "no backups here yet" in dialog.empty.text()
    # nothing to pick: the line under the title asked to pick one above the empty state
    assert not dialog.header.line.isVisible() and "Pick" not in dialog.header.line.text()
    assert dialog.focusWidget() is dialog.other  # the keyboard starts on the one way on
    assert not dialog.restore.isVisible()  # nothing to choose: no button waiting for a choice
    elsewhere = tmp_path / "kept-on-a-stick.zip"
    asked: list[Path] = []
    monkeypatch.setattr(
        backup_picker, "choose_backup_file", lambda _p, folder: asked.append(folder) or elsewhere
    )
    got = picked_by(dialog)
    dialog.other.click()
    assert asked == [ctx.paths.backup_dir] and got == [elsewhere]


def test_other_file_cancelled_keeps_the_list(
    picker: BackupPicker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_picker, "choose_backup_file", lambda *_a: None)
    got = picked_by(picker)
    picker.other.click()
    assert got == [] and picker.isVisible()


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> DataPage:
    widget = DataPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_restore_a_backup_opens_the_list_and_asks_in_the_same_words(
    page: DataPage,
    ctx: AppContext,
    several: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, int, int, bool]] = []
    monkeypatch.setattr(page, "_confirm_restore", lambda *a: asked.append(a) or True)
    ctx.store.add(LogEntry(note="two").clean())
    page.restore_button.click()
    dialog = present(page.picker)
    assert dialog.isVisible() and dialog.paths() == several
    dialog.list.setCurrentRow(0)
    dialog.restore.click()
    assert asked == [("the backup from today at 11:53 (made by you)", 2, 1, False)]
    assert [e.note for e in ctx.store.all(LogEntry)] == ["one"]
    assert "Restored" in page.status.text()


@pytest.fixture
def spanish(ctx: AppContext) -> Iterator[AppContext]:
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    yield ctx
    i18n.remove(ctx.app)


def test_the_list_and_the_question_in_spanish(
    spanish: AppContext, qtbot: QtBot, several: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = BackupPicker(spanish)
    qtbot.addWidget(dialog)
    assert rows(dialog)[:3] == [
        "Hoy 11:53 · hecha por ti",
        "Hoy 09:53 · lo que tenías antes de recuperar una copia",
        "Ayer 09:53 · diaria",
    ]
    assert dialog.restore.text() == "Recuperar esta" and dialog.other.text() == "Otro archivo…"
    page = DataPage(spanish)
    qtbot.addWidget(page)
    asked: list[str] = []
    monkeypatch.setattr(page, "_confirm_restore", lambda name, *_a: asked.append(name) or False)
    page.restore(several[2])
    assert asked == ["la copia de ayer a las 09:53 (diaria)"]


def test_the_question_joins_the_day_to_the_time_in_spanish(
    spanish: AppContext, qtbot: QtBot, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "¿Recuperar la copia de hoy 09:19 (hecha por ti)?" lacked its "a las": today,
    yesterday and a named day each read whole, and one o'clock is "a la 01:15"."""
    from footholds.core import dates

    page = DataPage(spanish)
    qtbot.addWidget(page)
    asked: list[str] = []
    monkeypatch.setattr(page, "_confirm_restore", lambda name, *_a: asked.append(name) or False)
    week_ago = now - timedelta(days=6)
    for when in (now, now.replace(hour=1, minute=15), now - timedelta(days=1), week_ago):
        page.restore(made(spanish, "manual", when))
    day = dates.day_label(week_ago.date(), today=now.date(), locale="es", relative=False)
    assert asked == [
        "la copia de hoy a las 11:53 (hecha por ti)",
        "la copia de hoy a la 01:15 (hecha por ti)",
        "la copia de ayer a las 11:53 (hecha por ti)",
        f"la copia del {day} a las 11:53 (hecha por ti)",
    ]


def test_the_question_joins_the_day_to_the_time_in_english(
    page: DataPage, ctx: AppContext, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(page, "_confirm_restore", lambda name, *_a: asked.append(name) or False)
    old = now - timedelta(days=6)
    for when in (now, old):
        page.restore(made(ctx, "manual", when))
    page.restore(made(ctx, "unknown-kind", now.replace(hour=1, minute=15)))
    day = backup_picker.dates.day_label(old.date(), today=now.date(), relative=False)
    assert asked == [
        "the backup from today at 11:53 (made by you)",
        f"the backup from {day} at 11:53 (made by you)",
        "the backup from today at 01:15",  # a kind this Footholds does not know: no words
    ]


def test_the_question_names_a_backup_with_seconds_when_the_list_does(
    page: DataPage,
    ctx: AppContext,
    several: list[Path],
    now: datetime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Back up now twice within a minute: the question names the one chosen as exactly as
    its row does, else both read "today 11:53"; one alone in its minute keeps the minute."""
    later = made(ctx, "manual", now + timedelta(seconds=7))
    asked: list[str] = []
    monkeypatch.setattr(page, "_confirm_restore", lambda name, *_a: asked.append(name) or False)
    page.restore_button.click()
    dialog = present(page.picker)
    assert dialog.paths()[:2] == [later, several[0]]
    dialog.list.setCurrentRow(1)
    dialog.restore.click()
    page.restore(later)
    page.restore(several[1])
    assert asked == [
        "the backup from today at 11:53:00 (made by you)",
        "the backup from today at 11:53:07 (made by you)",
        "the backup from today at 09:53 (what you had before a restore)",
    ]
    assert rows(dialog)[:2] == ["Today 11:53:07 · made by you", "Today 11:53:00 · made by you"]


@pytest.mark.parametrize(
    ("language", "keep"),
    [("en", "Keep my data as it is"), ("es", "Dejar mis datos como están")],
)
def test_the_restore_question_says_what_keeping_keeps(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    keep: str,
) -> None:
    # a bare "Keep" ("Mantener") beside "Restore this backup" did not say what it keeps
    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        page = DataPage(ctx)
        qtbot.addWidget(page)
        stays: list[str] = []

        def ask(_parent: object, _title: str, _text: str, action: str, stay: str = "") -> bool:
            stays.append(stay)
            return False

        monkeypatch.setattr(ctx.prompter, "ask", ask)
        assert page._confirm_restore("the backup from today at 11:53", 2, 1) is False
    finally:
        i18n.remove(ctx.app)
    assert stays == [keep]
