"""The import dialog opens with the keyboard on Choose file, its first step, and says what an
export adds to the person's own lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import i18n, modal
from footholds.ui.settings.import_dialog import ImportDialog


def test_focus_starts_on_choose_file_and_enter_opens_the_chooser(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def chooser(parent: QWidget, title: str, folder: str, kinds: str) -> tuple[str, str]:
        asked.append(title)
        return "", ""  # closed without a choice

    monkeypatch.setattr(modal, "open_file", chooser)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.open()  # as Settings → Your data → Import… opens it
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.choose
    assert dialog.path.isReadOnly() and not dialog.path.hasFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert asked == ["Choose a file to import"]
    assert dialog.isVisible() and dialog.path.text() == ""


def footholds_export(path: Path, feelings: list[str]) -> Path:
    """A Footholds export with one entry and the lists of someone whose feelings differ."""
    from footholds.core import export
    from footholds.core.store import LogEntry

    entry = LogEntry(note="from the other computer").clean().to_dict()
    data = {
        "format": export.FORMAT,
        "version": export.VERSION,
        "records": {"log": [entry]},
        "lists": {"feelings": feelings, "wins": ["made tea"], "parts": []},
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("language", "preview", "said"),
    [
        (
            "en",
            "  2 feelings, 1 small win to add to your lists",
            "Imported 1 log entry. Added to your lists: 2 feelings, 1 small win.",
        ),
        (
            "es",
            "  2 sentimientos, 1 pequeño logro para añadir a tus listas",
            "Importado: 1 entrada del registro. "
            "Añadido a tus listas: 2 sentimientos, 1 pequeño logro.",
        ),
    ],
)
def test_the_words_an_export_adds_to_your_lists_are_said_before_and_after(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, language: str, preview: str, said: str
) -> None:
    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        ctx.settings.set("lists.feelings", ["calm"])
        ctx.settings.set("lists.wins", [])
        path = footholds_export(tmp_path / "export.json", ["calm", "heavy", "hopeful"])
        dialog = ImportDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.set_file(path)
        qtbot.waitUntil(dialog.choose.isEnabled)
        assert preview in dialog.preview.toPlainText().splitlines()
        assert ctx.settings["lists.feelings"] == ["calm"]  # nothing changed yet
        dialog.import_button.click()
        qtbot.waitUntil(dialog.choose.isEnabled)
        assert dialog.message.text() == said
        assert ctx.settings["lists.feelings"] == ["calm", "heavy", "hopeful"]
    finally:
        i18n.remove(ctx.app)


def test_nothing_is_said_of_the_lists_when_they_hold_it_all(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    ctx.settings.set("lists.feelings", ["calm"])
    ctx.settings.set("lists.wins", ["made tea"])
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(footholds_export(tmp_path / "export.json", ["calm"]))
    qtbot.waitUntil(dialog.choose.isEnabled)
    assert "lists" not in dialog.preview.toPlainText()
    dialog.import_button.click()
    qtbot.waitUntil(dialog.choose.isEnabled)
    assert dialog.message.text() == "Imported 1 log entry."


@pytest.mark.parametrize(
    ("language", "preview", "said"),
    [
        (
            "en",
            "  1 is an earlier version of an entry you have changed since; your version stays",
            "Imported 1 log entry. 1 was an earlier version of an entry you have changed "
            "since; your version stays.",
        ),
        (
            "es",
            "  1 es una versión anterior de una entrada que has cambiado desde entonces; se "
            "queda tu versión",
            "Importado: 1 entrada del registro. 1 era una versión anterior de una entrada que "
            "has cambiado desde entonces; se queda tu versión.",
        ),
    ],
)
def test_an_export_from_before_an_edit_leaves_the_older_words_out_and_says_so(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, language: str, preview: str, said: str
) -> None:
    from dataclasses import replace

    from footholds.core import export
    from footholds.core.store import LogEntry

    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        entry = ctx.store.add(LogEntry(note="a slow start"))
        raw, _count = export.export_bytes(ctx.store, "json")
        ctx.store.update(replace(entry, note="a slow start, then tea with Sam"))
        data = json.loads(raw)
        data["records"]["log"].append(LogEntry(note="from the other computer").to_dict())
        path = tmp_path / "export.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        dialog = ImportDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.set_file(path)
        qtbot.waitUntil(dialog.choose.isEnabled)
        assert preview in dialog.preview.toPlainText().splitlines()
        dialog.import_button.click()
        qtbot.waitUntil(dialog.choose.isEnabled)
        assert dialog.message.text() == said
        notes = sorted(e.note for e in ctx.store.all(LogEntry))
        assert notes == ["a slow start, then tea with Sam", "from the other computer"]
    finally:
        i18n.remove(ctx.app)


def test_it_opens_as_its_sibling_restore_does(ctx: AppContext, qtbot: QtBot) -> None:
    """The shared header (a title, one line saying importing only adds), Cancel and Import
    in the roles Restore a backup gives its Cancel and Restore this one."""
    from footholds.ui.common.components import WindowHeader
    from footholds.ui.settings.backup_picker import BackupPicker

    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    header = dialog.findChild(WindowHeader)
    assert header is not None
    assert header.title.text() == "Bring in entries"
    assert header.line.text() and not header.line.isHidden()
    assert "only adds" in header.line.text() and "replaced or removed" in header.line.text()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    sibling = BackupPicker(ctx)
    qtbot.addWidget(sibling)
    assert cancel.text() == sibling.cancel.text() == "Cancel"
    assert cancel.property("role") == sibling.cancel.property("role") == "secondary"
    assert dialog.import_button.property("role") == sibling.restore.property("role")


def test_a_file_with_nothing_new_leaves_cancel_as_it_is(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    again = footholds_export(tmp_path / "again.json", [])
    dialog.set_file(again)
    qtbot.waitUntil(dialog.choose.isEnabled)
    dialog.import_button.click()
    qtbot.waitUntil(dialog.choose.isEnabled)
    dialog.set_file(again)  # all in already: nothing new, and nothing was done
    qtbot.waitUntil(dialog.choose.isEnabled)
    assert not dialog.import_button.isEnabled()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel.text() == "Cancel"
    assert "nothing to import" in cancel.accessibleDescription()
