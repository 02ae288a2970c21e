"""The settings window: built from the declarations, applies at once, explains refusals."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
)
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.settings import BY_NAME, SETTINGS, Setting, sections
from footholds.core.store import LogEntry
from footholds.ui.common import theme
from footholds.ui.common.buttons import plain
from footholds.ui.settings import setting_editors, settings_window
from footholds.ui.settings.backup_picker import backup_words
from footholds.ui.settings.settings_window import SettingsWindow
from footholds.ui.shell.about import AboutWindow
from support import present


class FakeAutostart:
    """Remembers what it was asked; `sticks` False imitates a desktop that ignores us."""

    name = "fake"

    def __init__(self, available: bool = True, on: bool = False, sticks: bool = True) -> None:
        self.available = available
        self.reason = "a test stand-in" if available else "no session manager in this test"
        self.on = on
        self.sticks = sticks
        self.commands: list[list[str]] = []

    def status(self) -> bool:
        return self.on

    def enable(self, command: list[str]) -> None:
        self.commands.append(command)
        self.on = self.sticks or self.on

    def disable(self) -> None:
        self.on = False if self.sticks else self.on


def spin_of(window: SettingsWindow, name: str) -> QSpinBox:
    """The spin box of the whole-number setting `name`, as the window shows it now."""
    return cast(setting_editors.IntEditor, window.rows[name].editor).spin


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> SettingsWindow:
    win = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(win)
    win.present()
    return win


def test_every_shown_setting_has_the_editor_for_its_kind(window: SettingsWindow) -> None:
    shown = [s.name for s in SETTINGS if not s.hidden]
    assert sorted(window.rows) == sorted(shown)
    for name, row in window.rows.items():
        assert isinstance(row.editor, setting_editors.EDITORS[BY_NAME[name].kind])
        assert row.editor.accessibleName() or present(row.editor.focusProxy()).accessibleName()
    assert "general.first_run_done" not in window.rows
    assert set(window.reset_buttons) == set(sections())
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[-1] == "Your data" and len(titles) == len(sections()) + 1


def test_int_spin_box_has_the_declared_range(window: SettingsWindow) -> None:
    spin = cast(setting_editors.IntEditor, window.rows["reminders.movement_minutes"].editor).spin
    assert (spin.minimum(), spin.maximum()) == (10, 180)


def test_a_number_below_the_range_keeps_the_nearest_and_says_the_range(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    """ "1" typed for the movement minutes went back to 45 without a word."""
    spin = spin_of(window, "reminders.movement_minutes")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "1")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == 10
    assert ctx.settings["reminders.movement_minutes"] == 10
    line = window.rows["reminders.movement_minutes"].error
    assert line.isVisibleTo(window)
    assert line.message == "It goes from 10 to 180, so it is 10 now."
    spin.selectAll()
    qtbot.keyClicks(spin, "30")  # a value in range says nothing more
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert ctx.settings["reminders.movement_minutes"] == 30
    assert line.message == ""


def test_changes_apply_at_once(window: SettingsWindow, ctx: AppContext) -> None:
    rows = window.rows
    cast(setting_editors.BoolEditor, rows["reminders.sound"].editor).check.setChecked(True)
    cast(setting_editors.IntEditor, rows["reminders.movement_minutes"].editor).spin.setValue(30)
    combo = cast(setting_editors.ChoiceEditor, rows["reminders.posture"].editor).combo
    combo.setCurrentIndex(combo.findData("lying"))
    cast(setting_editors.TimeEditor, rows["reminders.quiet_start"].editor).edit.setTime(
        QTime(23, 15)
    )
    bedtime = cast(setting_editors.TimeEditor, rows["day.bedtime"].editor)
    assert bedtime.unset.isChecked() and not bedtime.edit.isEnabled()
    bedtime.unset.setChecked(False)
    assert ctx.settings["reminders.sound"] is True
    assert ctx.settings["reminders.movement_minutes"] == 30
    assert ctx.settings["reminders.posture"] == "lying"
    assert ctx.settings["reminders.quiet_start"] == "23:15"
    assert ctx.settings["day.bedtime"] == bedtime.edit.time().toString("HH:mm") != ""
    bedtime.unset.setChecked(True)
    assert ctx.settings["day.bedtime"] == ""


def test_choice_labels_are_words_not_codes(window: SettingsWindow) -> None:
    combo = cast(setting_editors.ChoiceEditor, window.rows["reminders.posture"].editor).combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Sitting",
        "Standing",
        "Lying down",
    ]
    language = cast(setting_editors.ChoiceEditor, window.rows["general.language"].editor).combo
    assert language.itemText(language.findData("es")) == "Español"


def test_the_language_note_says_plainly_what_waits(window: SettingsWindow) -> None:
    """The note under Language names a window and the person's own unsaved words, in plain
    words: "One holding words you are still writing" left the reader to work out what held
    what."""
    row = window.rows["general.language"]
    notes = [label.text() for label in row.field.findChildren(QLabel)]
    assert any(
        "A window you are still writing in stays as it is until you save" in note for note in notes
    ), notes
    assert not any("One holding" in note for note in notes)


def test_times_add_and_remove(window: SettingsWindow, ctx: AppContext) -> None:
    switch = cast(setting_editors.BoolEditor, window.rows["reminders.nourishment_enabled"].editor)
    switch.check.setChecked(True)  # the times are greyed out while the nudges are off
    editor = cast(setting_editors.TimesEditor, window.rows["reminders.nourishment_times"].editor)
    editor.new_time.setTime(QTime(8, 0))
    editor.add_button.click()
    assert ctx.settings["reminders.nourishment_times"] == ["08:00", "12:30", "18:00"]
    editor.items.setCurrentRow(1)
    editor.remove_button.click()
    assert ctx.settings["reminders.nourishment_times"] == ["08:00", "18:00"]


def test_list_add_edit_reorder_remove(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    editor = cast(setting_editors.ListEditor, window.rows["lists.parts"].editor)
    editor.new_text.setText("  the tired   kid ")
    qtbot.keyClick(editor.new_text, Qt.Key.Key_Return)
    assert ctx.settings["lists.parts"][-1] == "the tired kid"
    assert editor.new_text.text() == ""
    last = editor.items.count() - 1
    editor.items.setCurrentRow(last)
    editor.up_button.click()
    assert ctx.settings["lists.parts"][-2] == "the tired kid"
    assert editor.items.currentRow() == last - 1
    editor.items.item(0).setText("the hopeless one")  # as an in-place edit does
    assert ctx.settings["lists.parts"][0] == "the hopeless one"
    editor.items.setCurrentRow(0)
    editor.remove_button.click()
    assert "the hopeless one" not in ctx.settings["lists.parts"]


def test_the_crisis_region_is_chosen_by_name_from_the_regions_we_have(
    window: SettingsWindow, ctx: AppContext
) -> None:
    from footholds.core import content

    combo = cast(setting_editors.ChoiceEditor, window.rows["safety.region"].editor).combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0] == "Follow the system"
    # the English interface names Spain "Spain" (it said "España")
    assert "United Kingdom" in names and "Spain" in names and "Not sure, or somewhere else" in names
    assert "España" not in names
    assert {combo.itemData(i) for i in range(1, combo.count())} >= set(content.crisis_regions())
    assert combo.itemText(combo.findData("MX")) == "Mexico"  # every country, by its name
    combo.setCurrentIndex(combo.findData("ES"))
    assert ctx.settings["safety.region"] == "ES"


def test_refused_list_entry_is_explained_and_the_list_is_unchanged(
    window: SettingsWindow, ctx: AppContext
) -> None:
    # the field keeps a word within 80 characters itself; a list already full is refused
    setting = window.rows["lists.wins"].setting
    ctx.settings.set("lists.wins", [f"win {n}" for n in range(setting.max_items)])
    before = ctx.settings["lists.wins"]
    editor = cast(setting_editors.ListEditor, window.rows["lists.wins"].editor)
    editor.new_text.setText("one more")
    editor.add_button.click()
    assert ctx.settings["lists.wins"] == before
    assert editor.value() == before
    assert editor.new_text.text() == "one more"
    error = window.rows["lists.wins"].error
    assert not error.isHidden() and "40 or fewer" in error.text()


def test_reset_puts_one_section_back(
    window: SettingsWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.settings.set("reminders.movement_minutes", 20)
    ctx.settings.set("reminders.posture", "standing")
    ctx.settings.set("day.start_hour", 6)
    assert spin_of(window, "reminders.movement_minutes").value() == 20
    asked: list[str] = []
    monkeypatch.setattr(ctx.prompter, "ask", lambda _p, _t, text, **_k: asked.append(text) or True)
    window.reset_buttons["Reminders"].click()
    assert asked and "Reminders" in asked[0]
    assert ctx.settings["reminders.movement_minutes"] == 45
    assert ctx.settings["reminders.posture"] == "sitting"
    assert spin_of(window, "reminders.movement_minutes").value() == 45
    assert ctx.settings["day.start_hour"] == 6  # another page is left alone


def test_reset_cancelled_changes_nothing(
    window: SettingsWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.settings.set("day.start_hour", 6)
    monkeypatch.setattr(ctx.prompter, "ask", lambda *_a, **_k: False)
    window.reset_buttons["Day and sleep"].click()
    assert ctx.settings["day.start_hour"] == 6


def not_the_default(setting: Setting) -> object:
    """A value `setting` takes that is not its default."""
    default = setting.default
    if setting.kind == "bool":
        return not default
    if setting.kind == "int":
        return default - 1 if setting.minimum is None or default > setting.minimum else default + 1
    if setting.kind == "choice":
        return next(choice for choice in setting.choices if choice != default)
    if setting.kind == "time":
        return "06:15"
    if setting.kind == "times":
        return ["06:15"]
    return [*default, "my own words"]  # a list


# the language would change the whole window; start at login mirrors the system (both below)
NOT_HERE = {"general.language", "general.autostart"}


# the pages that also list the person's records, which a reset leaves where they are
RECORDS_STAY = {
    "My sessions": ["Your sessions stay."],
    "Safety": ["Your own numbers stay."],
    "My lists": ["Your routine suggestions stay."],
}


def test_resetting_my_sessions_says_the_sessions_stay_and_they_do(
    window: SettingsWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The question read "Put everything on the page back to how it started?" and the line
    after "The page is back to how it started." while the sessions were still listed: a
    person could fear their sessions would go, then not trust what the line said."""
    from footholds.core.store import Session

    session = ctx.store.add(Session(day="2026-12-10", time="18:30", every="1w"))
    asked: list[str] = []
    monkeypatch.setattr(ctx.prompter, "ask", lambda _p, _t, q, **_k: asked.append(q) or True)
    window.reset_buttons["My sessions"].click()
    assert asked == [
        "Put the settings on the “My sessions” page back to how they started? Your sessions stay."
    ]
    assert window.undo.message.whole == (
        "The “My sessions” settings are back to how they started. Your sessions stay."
    )
    assert [s.id for s in ctx.store.all(Session)] == [session.id]


@pytest.mark.parametrize("section", sections())
def test_undo_after_a_reset_puts_the_page_back_exactly(
    window: SettingsWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, section: str
) -> None:
    """Reset this page had no Undo (LOOK.md: destructive actions are always undoable)."""
    names = [
        s.name for s in SETTINGS if s.section == section and not s.hidden and s.name not in NOT_HERE
    ]
    for name in names:
        ctx.settings.set(name, not_the_default(BY_NAME[name]))
    mine = {name: ctx.settings[name] for name in names}
    monkeypatch.setattr(ctx.prompter, "ask", lambda *_a, **_k: True)
    window.reset_buttons[section].click()
    assert all(ctx.settings[name] == BY_NAME[name].default for name in names)
    assert window.undo.pending()
    done = f"The “{section}” settings are back to how they started."
    assert window.undo.message.whole == " ".join([done, *RECORDS_STAY.get(section, [])])
    window.undo.button.click()
    assert {name: ctx.settings[name] for name in names} == mine
    assert not window.undo.pending()


def test_undo_after_resetting_general_leaves_start_at_login_as_the_system_has_it(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = FakeAutostart(on=True)
    win = SettingsWindow(ctx, autostart=system)
    qtbot.addWidget(win)
    win.present()
    monkeypatch.setattr(ctx.prompter, "ask", lambda *_a, **_k: True)
    win.reset_buttons["General"].click()
    system.on = False  # turned off elsewhere while the offer stood
    win.undo.button.click()
    assert ctx.settings["general.autostart"] is False
    assert autostart_box(win).isChecked() is False


def test_undo_says_undo_in_the_language_just_chosen(
    ctx: AppContext, window: SettingsWindow, qtbot: QtBot
) -> None:
    """The strip is built once with the window; after switching to Español with Settings
    open, its button still said Undo."""
    from footholds.ui.common import i18n

    assert window.undo.button.text() == "Undo"
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        qtbot.waitUntil(lambda: window.windowTitle() != "Footholds settings")
        assert window.undo.button.text() == "Deshacer"
        assert window.undo.button.accessibleName() == "Deshacer el borrado"
    finally:
        i18n.remove(ctx.app)


def autostart_box(win: SettingsWindow) -> QCheckBox:
    return cast(setting_editors.BoolEditor, win.rows["general.autostart"].editor).check


def test_autostart_toggle_uses_the_platform_and_mirrors_its_status(
    ctx: AppContext, qtbot: QtBot
) -> None:
    fake = FakeAutostart()
    win = SettingsWindow(ctx, autostart=fake)
    qtbot.addWidget(win)
    check = autostart_box(win)
    check.setChecked(True)
    assert fake.on and fake.commands[-1][-1] == "--autostart"
    assert ctx.settings["general.autostart"] is True
    check.setChecked(False)
    assert not fake.on and ctx.settings["general.autostart"] is False


def test_autostart_shows_the_truth_when_the_desktop_ignores_the_change(
    ctx: AppContext, qtbot: QtBot
) -> None:
    fake = FakeAutostart(sticks=False)
    win = SettingsWindow(ctx, autostart=fake)
    qtbot.addWidget(win)
    autostart_box(win).setChecked(True)
    assert fake.commands  # it was asked
    assert autostart_box(win).isChecked() is False
    assert ctx.settings["general.autostart"] is False


def test_autostart_setting_follows_the_system_when_the_window_opens(
    ctx: AppContext, qtbot: QtBot
) -> None:
    win = SettingsWindow(ctx, autostart=FakeAutostart(on=True))
    qtbot.addWidget(win)
    assert ctx.settings["general.autostart"] is True
    assert autostart_box(win).isChecked()


def test_autostart_unavailable_is_disabled_with_the_reason(ctx: AppContext, qtbot: QtBot) -> None:
    win = SettingsWindow(ctx, autostart=FakeAutostart(available=False))
    qtbot.addWidget(win)
    row = win.rows["general.autostart"]
    assert not row.editor.isEnabled()
    assert "no session manager in this test" in row.error.text()


def test_a_change_made_elsewhere_shows_in_the_open_window(
    window: SettingsWindow, ctx: AppContext
) -> None:
    ctx.settings.set("reminders.rest_minutes", 120)
    assert spin_of(window, "reminders.rest_minutes").value() == 120


def test_escape_closes(window: SettingsWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_opens_from_the_registry_and_on_a_chosen_page(ctx: AppContext) -> None:
    win = ctx.windows.show("settings")
    assert isinstance(win, SettingsWindow) and win.isVisible()
    win.present(section="My lists")
    assert win.tabs.tabText(win.tabs.currentIndex()) == "My lists"


def test_every_control_has_an_accessible_name(window: SettingsWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QListWidget

    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QListWidget)
    for kind in kinds:
        for control in window.findChildren(kind):
            if control.objectName().startswith("qt_"):  # Qt's own inner parts
                continue
            # text() is the buttons' and spin boxes'; the combos and lists have their names
            assert control.accessibleName() or control.text(), control  # type: ignore[attr-defined]


# -- your data ------------------------------------------------------------------------------


def test_back_up_now_writes_a_private_backup(window: SettingsWindow, ctx: AppContext) -> None:
    ctx.store.add(LogEntry(note="kept safe").clean())
    made = window.data_page.back_up()
    assert made is not None and made.exists()
    assert stat.S_IMODE(os.stat(made).st_mode) == 0o600
    # one line under Back up now: a long path is cut in its middle, whole when read out
    assert str(made) in window.data_page.status.line.accessibleName()


def test_export_writes_json_the_person_can_read(
    window: SettingsWindow, ctx: AppContext, tmp_path: Path
) -> None:
    ctx.store.add(LogEntry(note="exported words").clean())
    ctx.settings.set("lists.parts", ["the tired kid"])
    target = tmp_path / "out" / "export.json"
    target.parent.mkdir()
    assert window.data_page.export(target) == 1
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "footholds-export"
    assert data["lists"]["parts"] == ["the tired kid"]  # the person's own lists go too
    assert data["records"]["log"][0]["note"] == "exported words"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    # the path is cut in the middle when long; the whole is in its tooltip
    assert window.data_page.status.line.toolTip() == f"1 entry written to {target}."
    assert window.data_page.status.path == target


def test_importing_an_export_adds_its_list_items_to_the_persons_lists(
    window: SettingsWindow, ctx: AppContext, tmp_path: Path
) -> None:
    from footholds.core import importers

    ctx.store.add(LogEntry(note="exported words").clean())
    ctx.settings.set("lists.parts", ["the tired kid"])
    target = tmp_path / "export.json"
    assert window.data_page.export(target) == 1
    ctx.store.remove(ctx.store.all(LogEntry)[0])
    ctx.settings.set("lists.parts", ["the brave one"])
    plan = importers.plan(ctx.store, target)
    ok, _ = ctx.actions.apply_import(plan)
    assert ok and ctx.store.count(LogEntry) == 1
    assert ctx.settings["lists.parts"] == ["the brave one", "the tired kid"]  # theirs first


def test_export_as_csv_files_for_a_spreadsheet(
    window: SettingsWindow, ctx: AppContext, tmp_path: Path
) -> None:
    import csv
    import io
    import zipfile

    ctx.store.add(LogEntry(note="a line, with a comma").clean())
    target = tmp_path / "export.zip"
    assert window.data_page.export(target, "csv") == 1
    with zipfile.ZipFile(target) as zf:
        rows = list(csv.DictReader(io.TextIOWrapper(zf.open("log.csv"), encoding="utf-8")))
    assert [row["note"] for row in rows] == ["a line, with a comma"]
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_the_csv_export_brought_to_import_names_the_export_that_comes_back(
    window: SettingsWindow, ctx: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    """A CSV export can't be imported back: the page says so beside its button, and Import
    names the window's button for the export that does come back, not a terminal command."""
    from footholds.core.import_read import ImportFailed, read_records
    from footholds.core.importers import ImportPlan
    from footholds.ui.settings.import_dialog import ImportDialog

    said = window.data_page.formats.text()
    assert "spreadsheet" in said and "JSON" in said and "bring back" in said
    ctx.store.add(LogEntry(note="one").clean())
    target = tmp_path / "export.zip"
    assert window.data_page.export(target, "csv") == 1
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_file(target)
    told = dialog.preview.toPlainText()
    assert "“Export to a JSON file…” in Settings › Your data" in told, told
    assert "spreadsheet" in told and "footholds export" not in told
    with pytest.raises(ImportFailed) as refused:  # the command line keeps its command
        list(read_records(target, ImportPlan("", target.name, ""), None))
    assert "footholds export --format json" in str(refused.value)


def test_csv_files_are_named_as_the_zip_they_come_in(
    window: SettingsWindow, ctx: AppContext, tmp_path: Path
) -> None:
    import zipfile

    ctx.store.add(LogEntry(note="one").clean())
    assert window.data_page.export(tmp_path / "mine.csv", "csv") == 1
    assert not (tmp_path / "mine.csv").exists()
    assert zipfile.is_zipfile(tmp_path / "mine.csv.zip")
    assert window.data_page.status.path == tmp_path / "mine.csv.zip"
    assert str(tmp_path / "mine.csv.zip") in window.data_page.status.line.toolTip()


def test_a_csv_export_asks_before_replacing_the_zip_it_was_renamed_to(
    window: SettingsWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    # The file dialog asked about "mine.csv"; the export goes to "mine.csv.zip", already there.
    ctx.store.add(LogEntry(note="one").clean())
    kept = tmp_path / "mine.csv.zip"
    kept.write_bytes(b"the person's own zip")
    asked: list[str] = []
    monkeypatch.setattr(ctx.prompter, "ask", lambda _p, _t, text, **_k: asked.append(text) or False)
    assert window.data_page.export(tmp_path / "mine.csv", "csv") is None
    assert len(asked) == 1 and "mine.csv.zip" in asked[0]
    assert kept.read_bytes() == b"the person's own zip"
    monkeypatch.setattr(ctx.prompter, "ask", lambda *_a, **_k: True)
    assert window.data_page.export(tmp_path / "mine.csv", "csv") == 1
    assert zipfile.is_zipfile(kept)


def test_an_export_never_replaces_footholds_own_files(
    window: SettingsWindow, ctx: AppContext
) -> None:
    ctx.store.add(LogEntry(note="kept").clean())
    target = ctx.paths.store_dir / "log.json"
    assert window.data_page.export(target) is None
    assert "one of Footholds' own folders" in window.data_page.status.text()
    assert str(ctx.paths.data_dir) in window.data_page.status.text()
    assert not target.exists()
    # the same from the command line's side of the app: a backup over the settings
    ok, said = ctx.actions.back_up(ctx.paths.settings_file)
    assert not ok and str(ctx.paths.config_dir) in said


def test_import_opens_the_preview_from_your_data(window: SettingsWindow, qtbot: QtBot) -> None:
    from footholds.ui.settings.import_dialog import ImportDialog

    window.data_page.import_button.click()
    dialogs = [w for w in window.data_page.findChildren(ImportDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_restore_refuses_a_broken_file_and_changes_nothing(
    window: SettingsWindow, ctx: AppContext, tmp_path: Path
) -> None:
    ctx.store.add(LogEntry(note="still here").clean())
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a zip")
    assert window.data_page.restore(broken) is False
    assert "nothing was changed" in window.data_page.status.text()
    assert ctx.store.count(LogEntry) == 1


def test_a_restore_that_could_not_put_the_store_back_says_so_and_where_it_is(
    window: SettingsWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from footholds.core.store import backups as backups_module

    ctx.store.add(LogEntry(note="kept aside").clean())
    backup = window.data_page.back_up()
    assert backup is not None
    replace = os.replace

    def stuck(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst) == ctx.paths.store_dir:
            raise OSError(errno.EBUSY, os.strerror(errno.EBUSY))
        replace(src, dst)

    monkeypatch.setattr(window.data_page, "_confirm_restore", lambda *_a: True)
    monkeypatch.setattr(backups_module.os, "replace", stuck)
    changed: list[str] = []
    ctx.signals.store_changed.connect(changed.append)
    assert window.data_page.restore(Path(backup)) is False
    said = window.data_page.status.text()
    assert "Nothing is lost" in said and str(ctx.paths.aside_dir) in said
    assert "nothing was changed" not in said
    assert ctx.store.is_open and ctx.store.count(LogEntry) == 0  # empty for now, as it says
    assert LogEntry.KIND in changed  # the windows show that too


def test_restore_asks_then_restores(
    window: SettingsWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.store.add(LogEntry(note="before the backup").clean())
    backup = window.data_page.back_up()
    assert backup is not None
    ctx.store.add(LogEntry(note="after the backup").clean())
    asked: list[tuple[str, int, int, bool]] = []
    monkeypatch.setattr(window.data_page, "_confirm_restore", lambda *a: asked.append(a) or True)
    assert window.data_page.restore(Path(backup)) is True
    # named in plain words, with the counts now and in the backup, and whether the person's
    # lists come back with it
    assert asked == [(backup_words(Path(backup)), 2, 1, ctx.paths.settings_file.exists())]
    assert asked[0][0].startswith("the backup from today at ") and "(made by you)" in asked[0][0]
    assert [e.note for e in ctx.store.all(LogEntry)] == ["before the backup"]
    assert "Restored" in window.data_page.status.text()


def test_restore_shows_the_busy_pointer_while_it_checks_and_restores_not_while_it_asks(
    window: SettingsWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checking ten years of backup takes seconds with nothing drawn: the pointer says it
    is working then, and is an ordinary pointer again for the question."""
    from PySide6.QtGui import QGuiApplication

    from footholds.ui.settings import settings_data

    ctx.store.add(LogEntry(note="kept").clean())
    backup = window.data_page.back_up()
    assert backup is not None

    def pointer() -> Qt.CursorShape | None:
        cursor = QGuiApplication.overrideCursor()
        return None if cursor is None else cursor.shape()

    seen: list[tuple[str, Qt.CursorShape | None]] = []
    check = settings_data.check
    monkeypatch.setattr(
        settings_data,
        "check",
        lambda source: seen.append(("check", pointer())) or check(source),
    )
    monkeypatch.setattr(
        window.data_page, "_confirm_restore", lambda *_a: seen.append(("ask", pointer())) or True
    )
    restore = ctx.actions.restore
    monkeypatch.setattr(
        ctx.actions, "restore", lambda *a: seen.append(("restore", pointer())) or restore(*a)
    )
    assert window.data_page.restore(Path(backup)) is True
    wait = Qt.CursorShape.WaitCursor
    assert seen == [("check", wait), ("ask", None), ("restore", wait)]
    assert QGuiApplication.overrideCursor() is None


def test_restore_declined_changes_nothing(
    window: SettingsWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.store.add(LogEntry(note="one").clean())
    backup = window.data_page.back_up()
    ctx.store.add(LogEntry(note="two").clean())
    monkeypatch.setattr(window.data_page, "_confirm_restore", lambda *_a: False)
    assert window.data_page.restore(Path(present(backup))) is False
    assert ctx.store.count(LogEntry) == 2


def _answer_restore_question(qtbot: QtBot, click: str) -> list[str]:
    """Read the restore question when it shows, then press the button named `click`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        seen.extend(plain(b.text()) for b in box.buttons())
        seen.append(plain(box.defaultButton().text()))
        named = [b for b in box.buttons() if plain(b.text()) == click]
        if not named:  # a failure, not a box left waiting for ever (the run hung so)
            box.reject()
            return
        named[0].click()

    QTimer.singleShot(0, answer)
    return seen


def test_restoring_an_empty_backup_names_both_counts_and_keep_it_is_the_default(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    empty = ctx.backups.create("manual", tmp_path / "empty.zip")  # nothing written yet
    ctx.store.add(LogEntry(note="one").clean())
    ctx.store.add(LogEntry(note="two").clean())
    seen = _answer_restore_question(qtbot, "Keep my data as it is")
    assert window.data_page.restore(empty) is False
    question, *buttons, default = seen
    assert "Entries in Footholds now: 2\nEntries in this backup: 0" in question
    assert "after restoring, Footholds would be empty" in question
    keep = "Keep my data as it is"  # a bare "Keep" did not say what it keeps
    assert buttons == ["Restore this backup", keep] and default == keep
    assert ctx.store.count(LogEntry) == 2

    # what happens to what is here now, naming the safety backup as the list names it, in
    # a few words: it ran to four long sentences, which a worried person would not read
    assert "puts this backup in place of what is in Footholds now" in question
    assert "What you have now is first kept as a backup" in question
    assert "will no longer be in Footholds" not in question
    assert len(question) < 420, len(question)

    _answer_restore_question(qtbot, "Restore this backup")
    assert window.data_page.restore(empty) is True
    assert ctx.store.count(LogEntry) == 0
    from footholds.core.store.backups import BEFORE_RESTORE
    from footholds.ui.settings.backup_picker import made_by

    [safety] = [b for b in ctx.backups.list() if b.label == BEFORE_RESTORE]
    assert made_by(safety.label) == "what you had before a restore"
    assert f"a backup, “{made_by(safety.label)}”, so nothing is lost" in question


def test_a_restore_says_the_lists_come_back_and_brings_them_back(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    mine = "the heavy-blanket feeling"
    ctx.settings.set("lists.feelings", ["calm", mine])
    ctx.settings.set("general.theme", "dark")
    ctx.settings.save()
    ctx.store.add(LogEntry(note="one", feelings=[mine]).clean())
    backup = window.data_page.back_up()
    assert backup is not None
    ctx.settings.set("lists.feelings", ["okay"])
    ctx.settings.set("general.theme", "light")
    seen = _answer_restore_question(qtbot, "Restore this backup")
    assert window.data_page.restore(backup) is True
    assert "Your lists of feelings, small wins and parts come back too" in seen[0]
    assert ctx.settings["lists.feelings"] == ["calm", mine]  # the windows hear of it
    assert ctx.settings["general.theme"] == "light"  # what they chose since stays


def test_data_buttons_are_there(window: SettingsWindow) -> None:
    texts = {b.text() for b in window.data_page.findChildren(QPushButton)}
    assert {"Open data folder", "Back up now"} <= texts


def test_your_data_is_one_tidy_group(window: SettingsWindow, ctx: AppContext) -> None:
    page = window.data_page
    group = page.group
    assert group.property("card") is True
    actions = [
        page.open_button,
        page.backup_button,
        page.restore_button,
        page.export_button,
        page.export_csv_button,
        page.import_button,
    ]
    # every action and the folder's place are inside the one card, in this order
    assert all(group.isAncestorOf(w) for w in [*actions, page.folder])
    window.resize(660, 580)
    window.show()
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    tops = [b.mapTo(group, b.rect().topLeft()).y() for b in actions]
    assert tops == sorted(tops)
    assert str(ctx.paths.data_dir) in page.folder.text()
    # each has a role: one look for every button in the group, and no accent button
    roles = [b.property("role") for b in actions]
    assert "primary" not in roles and None not in roles
    headings = [w.text() for w in group.findChildren(QLabel) if w.property("type") == "heading"]
    assert headings == ["Where your files are", "Backups", "Export and import"]
    # nothing in the group is cut off at the window's usual size, even in its widest row
    for button in actions:
        assert button.width() >= button.sizeHint().width()
        parent = present(button.parentWidget())
        assert group.rect().contains(
            button.geometry().translated(parent.mapTo(group, parent.rect().topLeft()))
        )


# -- theme -----------------------------------------------------------------------------------


def test_open_windows_follow_a_theme_change(ctx: AppContext, qtbot: QtBot) -> None:
    from footholds.app import build as app_module

    # The same connection wire() makes; wire() itself also installs process signal handlers.
    ctx.signals.setting_changed.connect(lambda name, _v: app_module._on_setting(ctx, name))
    settings = cast(SettingsWindow, ctx.windows.show("settings"))
    about = cast(AboutWindow, ctx.windows.show("about"))
    role = QPalette.ColorRole.Window
    try:
        ctx.settings.set("general.theme", "light")
        qtbot.waitUntil(
            lambda: settings.palette().color(role).name() == theme.colours(False)["window"]
        )
        ctx.settings.set("general.theme", "dark")
        dark = theme.colours(True)["window"]
        for window in (settings, about, settings.tabs.currentWidget()):
            # mypy cannot infer a lambda whose argument has a default
            qtbot.waitUntil(lambda w=window: w.palette().color(role).name() == dark)  # type: ignore[misc]
        combo = cast(setting_editors.ChoiceEditor, settings.rows["general.theme"].editor).combo
        assert combo.currentData() == "dark"  # the window shows the change it did not make
        combo.setCurrentIndex(combo.findData("light"))
        qtbot.waitUntil(
            lambda: about.palette().color(role).name() == theme.colours(False)["window"]
        )
    finally:
        theme.apply(ctx.app, "light")


def test_windows_with_their_own_style_follow_the_theme_and_the_system(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thought log and Reach out: their style sheets follow a theme change while open, and a
    change of the desktop's own light or dark when the theme follows the system. (Today has
    no style sheet of its own any more: it follows the application's.)"""
    from footholds.app import build as app_module
    from footholds.ui.common.theme import window_style

    ctx.signals.setting_changed.connect(lambda name, _v: app_module._on_setting(ctx, name))
    windows = [ctx.windows.show(name) for name in ("thought-log", "reach-out")]
    try:
        ctx.settings.set("general.theme", "light")
        ctx.settings.set("general.theme", "dark")
        for window in windows:
            assert window.styleSheet() == window_style(True), window.windowTitle()
        # the desktop turns dark while Footholds follows it
        monkeypatch.setattr(theme, "system_is_dark", lambda: False)
        ctx.settings.set("general.theme", "system")
        assert all(w.styleSheet() == window_style(False) for w in windows)
        monkeypatch.setattr(theme, "system_is_dark", lambda: True)
        app_module.on_system_scheme(ctx)
        for window in windows:
            assert window.styleSheet() == window_style(True), window.windowTitle()
        # a chosen theme is kept whatever the desktop does
        ctx.settings.set("general.theme", "light")
        app_module.on_system_scheme(ctx)
        assert all(w.styleSheet() == window_style(False) for w in windows)
    finally:
        theme.apply(ctx.app, "light")


def test_working_hours_fields_are_greyed_out_while_their_check_box_is_off(
    window: SettingsWindow, ctx: AppContext
) -> None:
    rows = window.rows
    fields = [rows["reminders.work_start"], rows["reminders.work_end"]]
    assert ctx.settings["reminders.working_hours"] is False
    assert all(not r.editor.isEnabled() and not present(r.label).isEnabled() for r in fields)
    cast(setting_editors.BoolEditor, rows["reminders.working_hours"].editor).check.setChecked(True)
    assert all(r.editor.isEnabled() and present(r.label).isEnabled() for r in fields)
    # Changed elsewhere (the command line, a reset) too.
    ctx.settings.set("reminders.working_hours", False)
    window._on_setting_changed("reminders.working_hours", False)
    assert not any(r.editor.isEnabled() for r in fields)
    # Quiet hours work the same way; they start on.
    assert rows["reminders.quiet_start"].editor.isEnabled()
    cast(setting_editors.BoolEditor, rows["reminders.quiet_hours"].editor).check.setChecked(False)
    assert not rows["reminders.quiet_end"].editor.isEnabled()


def test_the_tray_click_choices_read_as_window_names(window: SettingsWindow) -> None:
    combo = cast(setting_editors.ChoiceEditor, window.rows["tray.double_click"].editor).combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "The same as a click",
        "Quick log",
        "Proof list",
        "Tough day",
        "Affirmation",
    ]
    assert window.rows["tray.middle_click"].editor.value() == "proof-list"


def test_every_page_tab_shows_in_spanish_without_scroll_arrows(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from footholds.ui.common import i18n

    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        settings = cast(SettingsWindow, ctx.windows.show("settings"))
        qtbot.waitExposed(settings)
        bar = settings.tabs.tabBar()
        last = bar.tabRect(bar.count() - 1)
        room = settings.screen().availableGeometry().width() - 40
        assert settings.width() <= room + 40
        if last.right() + 60 <= room:  # a screen wide enough for every tab: none hides
            assert last.right() <= bar.width(), (last, bar.width())
    finally:
        i18n.remove(ctx.app)


def test_every_page_tab_shows_without_scroll_arrows(ctx: AppContext, qtbot: QtBot) -> None:
    settings = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.waitExposed(settings)
    bar = settings.tabs.tabBar()
    last = bar.tabRect(bar.count() - 1)
    assert last.right() <= bar.width(), (last, bar.width())  # "Your data" is in view


# -- pages built when first shown ----------------------------------------------------------


def test_settings_opens_with_only_its_first_page_built(window: SettingsWindow) -> None:
    # Ten pages were built on every open and their memory stayed behind after closing; the
    # person sees one at a time. General too, which the window is sized for once, at opening
    # (a page switch never resizes it).
    keys = window.tabs.page_keys()
    assert keys[0] == "Reminders" and keys[-1] == "data"
    assert window.tabs.built() == ["Reminders", "General"]
    spins = {s.accessibleName() for s in window.findChildren(QSpinBox)}
    assert not any("bedtime" in name.lower() for name in spins)


def test_a_page_built_later_shows_the_values_in_use_then(
    ctx: AppContext, window: SettingsWindow
) -> None:
    ctx.settings.set("day.winddown_minutes", 45)  # changed while its page was not built
    window.tabs.setCurrentIndex(window.tabs.page_keys().index("Day and sleep"))  # a tab click
    assert window.tabs.is_built("Day and sleep")
    assert spin_of(window, "day.winddown_minutes").value() == 45


def test_a_lock_page_built_later_greys_what_needs_the_lock(
    ctx: AppContext, window: SettingsWindow
) -> None:
    assert not ctx.locker.enabled
    window.present("Lock")  # the tray's way in to one page
    assert window.tabs.currentIndex() == window.tabs.page_keys().index("Lock")
    assert window.tabs.is_built("Lock")
    assert not window.rows["lock.idle_minutes"].editor.isEnabled()


def test_asking_for_a_part_of_a_page_builds_that_page_only(window: SettingsWindow) -> None:
    assert window.own_lines is not None  # Safety's own numbers
    built = window.tabs.built()
    assert built == ["Reminders", "Safety", "General"]  # General sizes the window
    assert window.tabs.currentIndex() == 0  # nothing moved under the person


def test_a_new_language_rebuilds_only_the_page_on_screen(
    ctx: AppContext, window: SettingsWindow, qtbot: QtBot
) -> None:
    from footholds.ui.common import i18n

    window.tabs.setCurrentIndex(window.tabs.page_keys().index("General"))
    assert len(window.rows) > 10  # every page built
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        qtbot.waitUntil(lambda: window.windowTitle() != "Footholds settings")
        built = window.tabs.built()
        assert built == ["General"]
        assert window.tabs.currentIndex() == window.tabs.page_keys().index("General")  # kept
        assert window.tabs.tabText(0) not in ("", "Reminders")  # every tab in Spanish
    finally:
        i18n.remove(ctx.app)


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_page_scrolls_sideways_at_the_smallest_size(
    ctx: AppContext, qtbot: QtBot, language: str
) -> None:
    """At 300 x 250 the rows' labels and controls no longer fit and the page scrolled
    sideways; the window now stops at a size where every page fits, in either language."""
    from PySide6.QtWidgets import QScrollArea

    from footholds.ui.common import i18n

    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        win = SettingsWindow(ctx, autostart=FakeAutostart())
        qtbot.addWidget(win)
        win.present()
        win.resize(300, 250)
        assert (win.width(), win.height()) == (
            settings_window.MIN_WIDTH,
            settings_window.MIN_HEIGHT,
        )
        for index in range(win.tabs.count()):
            win.tabs.open_at(index)
            settle(qtbot, win)
            for area in win.findChildren(QScrollArea):
                if area.isVisible():
                    bar = area.horizontalScrollBar()
                    assert bar.maximum() == 0, (win.tabs.tabText(index), bar.maximum())
    finally:
        i18n.remove(ctx.app)


@pytest.mark.parametrize(
    ("switch", "fields"),
    [
        ("reminders.nourishment_enabled", ["reminders.nourishment_times"]),
        ("reminders.reach_out_weekly", ["reminders.reach_out_day", "reminders.reach_out_time"]),
    ],
)
def test_nudge_times_are_greyed_out_while_their_nudge_is_off(
    window: SettingsWindow, ctx: AppContext, switch: str, fields: list[str]
) -> None:
    """As the working hours are: a time that does nothing looks as if it did something."""
    rows = [window.rows[name] for name in fields]
    assert ctx.settings[switch] is False
    assert not any(r.editor.isEnabled() for r in rows)
    cast(setting_editors.BoolEditor, window.rows[switch].editor).check.setChecked(True)
    assert all(r.editor.isEnabled() and present(r.label).isEnabled() for r in rows)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_bedtime_label_names_the_box_beside_it(
    ctx: AppContext, qtbot: QtBot, language: str
) -> None:
    """It said "leave empty for no wind-down" beside a time box that cannot be empty; what
    turns the wind-down off is the "Not set" box, so the label names that box."""
    from footholds.ui.common import i18n

    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        win = SettingsWindow(ctx, autostart=FakeAutostart())
        qtbot.addWidget(win)
        win.present()
        row = win.rows["day.bedtime"]
        unset = cast(setting_editors.TimeEditor, row.editor).unset
        assert not unset.isHidden()  # bedtime is optional: the box is there
        words = present(row.label).text()
        assert unset.text() in words and "empty" not in words, words
    finally:
        i18n.remove(ctx.app)


def test_settings_opens_centred_again_with_other_windows_up(ctx: AppContext, qtbot: QtBot) -> None:
    """Opened a second time, with another window up, it came up in the top-left corner: a
    window manager puts a new window where it likes, and Settings never asked for the middle."""
    from PySide6.QtGui import QGuiApplication

    area = present(QGuiApplication.primaryScreen()).availableGeometry()

    def opened() -> SettingsWindow:
        settings = cast(SettingsWindow, ctx.windows.show("settings"))
        qtbot.waitExposed(settings)
        return settings

    first = opened()
    assert abs(first.frameGeometry().center().x() - area.center().x()) <= 6
    first.close()
    ctx.windows.show("tough-day")
    again = opened()
    frame = again.frameGeometry()
    assert frame.topLeft() != area.topLeft()
    assert abs(frame.center().x() - area.center().x()) <= 6
    assert abs(frame.center().y() - area.center().y()) <= 6
    again.move(area.topLeft().x() + 30, area.topLeft().y() + 20)  # the person moved it
    again.hide()
    again = opened()
    assert again.pos().x() == area.topLeft().x() + 30  # shown again, where they left it


def test_the_about_window_opens_centred(ctx: AppContext, qtbot: QtBot) -> None:
    from PySide6.QtGui import QGuiApplication

    area = present(QGuiApplication.primaryScreen()).availableGeometry()
    ctx.windows.show("tough-day")
    about = ctx.windows.show("about")
    qtbot.waitExposed(about)
    assert abs(about.frameGeometry().center().x() - area.center().x()) <= 6


@pytest.mark.parametrize(
    ("switch", "details", "page"),
    [
        ("reminders.respect_calls", ["reminders.after_call_minutes"], "Reminders"),
        ("medication.enabled", ["medication.times"], "Check-ins"),
        ("questionnaires.enabled", ["questionnaires.offer"], "Check-ins"),
    ],
)
def test_what_a_switched_off_feature_would_use_is_greyed_out(
    ctx: AppContext, window: SettingsWindow, switch: str, details: list[str], page: str
) -> None:
    """With "Wait during calls", medication or questionnaires off, their wait, times and
    offer did nothing yet stayed as if they would; the times' Add and Remove too."""
    window.present(page)
    rows = window.rows
    check = cast(setting_editors.BoolEditor, rows[switch].editor).check
    for on in (True, False, True):
        check.setChecked(not on)
        check.setChecked(on)
        assert ctx.settings[switch] is on
        for name in details:
            row = rows[name]
            assert row.editor.isEnabled() is on, name
            assert row.label is None or row.label.isEnabled() is on, name  # a box has its own
            for part in row.editor.findChildren(QPushButton):
                assert part.isEnabled() is (on and part.isEnabledTo(row.editor)), part.text()


def test_waiting_during_calls_says_what_counts_as_a_call(window: SettingsWindow) -> None:
    """ "Wait during calls" and the wait after one stood there without a word of what they
    do; what counts is the microphone, the camera, and a shared screen where the desktop
    tells (platform/busy/)."""

    def notes(name: str) -> list[str]:
        row = window.rows[name]
        return [w.text() for w in row.field.findChildren(QLabel) if w.text() and w.isVisible()]

    calls = " ".join(notes("reminders.respect_calls"))
    assert "microphone or camera is in use" in calls and "sharing your screen" in calls
    assert notes("reminders.after_call_minutes") == [
        "Then one reminder comes, not all the ones that waited.",
        "From 1 to 30.",  # its range, in the room kept for bringing a number into it
    ]


def test_it_is_tall_enough_for_the_general_page(window: SettingsWindow, qtbot: QtBot) -> None:
    """At 580 high the General page scrolled for a few pixels, its bar beside it for nothing;
    the screen has room, so the window grows to it when the page is first shown."""
    qtbot.waitExposed(window)
    window.tabs.show_page("General")
    area = present(window.tabs.scroll_of("General"))
    page = present(area.widget())
    qtbot.waitUntil(lambda: not area.verticalScrollBar().isVisible())
    assert page.height() <= area.viewport().height(), (page.height(), window.height())


def test_the_general_page_is_measured_at_the_width_it_has(ctx: AppContext, qtbot: QtBot) -> None:
    """The page carries the window's side margins itself (LazyTabs sides) and is as wide as
    the window: measured with the margins taken off again, its notes wrapped narrower than
    they are and the window grew taller than the page needs."""
    win = SettingsWindow(ctx, autostart=FakeAutostart())  # opens on another page
    qtbot.addWidget(win)
    win.present()
    qtbot.waitExposed(win)
    assert win.tabs.currentWidget() is not win.tabs.scroll_of("General")
    area = present(win.tabs.scroll_of("General"))
    page = present(area.widget())  # built at opening, to size the window for it
    stack = present(win.tabs.findChild(QStackedWidget))
    layout = present(win.layout())
    # what the window adds round the page, as _fit_page counts it
    around = layout.sizeHint().height() - stack.sizeHint().height()
    assert win.height() <= max(580, around + page.heightForWidth(win.width()))


@pytest.mark.parametrize("language", ["en", "es"])
def test_settings_window_keeps_its_size_across_page_switches(
    ctx: AppContext, qtbot: QtBot, language: str
) -> None:
    """Reminders to General made the window 20 px taller under the pointer (Spanish): it is
    sized once, when opened, and every page switch leaves it as it is."""
    from footholds.ui.common import i18n

    i18n.install(ctx.app, language)
    try:
        win = SettingsWindow(ctx, autostart=FakeAutostart())
        qtbot.addWidget(win)
        win.present()
        qtbot.waitExposed(win)
        QApplication.processEvents()
        opened = win.size()
        for key in [*win.tabs.page_keys(), *reversed(win.tabs.page_keys())]:
            win.tabs.show_page(key)
            QApplication.processEvents()
            assert win.size() == opened, key
        area = present(win.tabs.scroll_of("General"))  # and General still fits unscrolled
        win.tabs.show_page("General")
        qtbot.waitUntil(lambda: not area.verticalScrollBar().isVisible())
    finally:
        i18n.remove(ctx.app)


def test_reset_and_its_undo_speak_spanish(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reset lives in its own module (page_reset.py) yet keeps the window's sentences:
    Qt looks them up by the window's class, so they must stay in its context."""
    from footholds.ui.common import i18n

    i18n.install(ctx.app, "es")
    try:
        win = SettingsWindow(ctx, autostart=FakeAutostart())
        qtbot.addWidget(win)
        asked: list[str] = []
        monkeypatch.setattr(
            ctx.prompter, "ask", lambda _p, _t, text, **_k: asked.append(text) or True
        )
        button = win.reset_buttons["Reminders"]
        assert button.text() == "Volver a los valores iniciales de esta página"
        button.click()
        assert asked and asked[0].startswith("¿Dejar los ajustes de la página «")
        assert "han vuelto al principio" in win.undo.message.whole
        win.reset_buttons["My sessions"].click()
        assert asked[-1].endswith("Tus sesiones se quedan.")
        assert win.undo.message.whole.endswith("Tus sesiones se quedan.")
    finally:
        i18n.install(ctx.app, "en")


def test_restore_waits_out_an_import_in_another_window(
    window: SettingsWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an import started from Check-in summary lets Settings answer meanwhile: a restore
    # would close the store under it
    from footholds.core.import_pace import RUNNING

    ctx.store.add(LogEntry(note="before the backup").clean())
    backup = window.data_page.back_up()
    assert backup is not None
    ctx.store.add(LogEntry(note="during the import").clean())
    monkeypatch.setattr(window.data_page, "_confirm_restore", lambda *_a: True)

    def stop() -> None:
        pass

    RUNNING.begin(stop)
    try:
        assert window.data_page.restore(Path(backup)) is False
        assert window.data_page.status.text() == (
            "Footholds is importing a file in another window just now. Please restore once "
            "the import is done; nothing was changed."
        )
        assert ctx.actions.restore(Path(backup))[0] is False
    finally:
        RUNNING.end(stop)
    assert ctx.store.is_open and ctx.store.count(LogEntry) == 2
    assert window.data_page.restore(Path(backup)) is True  # once it is done


def test_show_in_folder_after_an_export_that_opens_no_folder_still_names_the_file(
    window: SettingsWindow,
    ctx: AppContext,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Export written to …/footholds-export.json" gave way to a line naming only the folder:
    the file's name, the one thing to look for, was lost."""
    from footholds.ui.common import saved_file

    monkeypatch.setattr(saved_file.file_open, "show_item", lambda _path, _finished: False)
    monkeypatch.setattr(
        saved_file.file_open, "hand_over", lambda _path, finished: finished(4) or True
    )
    ctx.store.add(LogEntry(note="exported words").clean())
    target = tmp_path / "footholds-export.json"
    assert window.data_page.export(target) == 1
    status = window.data_page.status
    assert "footholds-export.json" in status.text()
    status.show_folder.click()
    qtbot.waitUntil(lambda: "No file manager" in status.text())
    assert "footholds-export.json" in status.text()
    said = f"No file manager opened the folder. The file is {target}"
    assert status.line.accessibleName() == said  # whole, though cut to fit its one line
