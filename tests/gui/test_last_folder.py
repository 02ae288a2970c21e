"""The file choosers open in the folder last used (Import, Export, and the check-in summary's
and the safety plan's Save as and Print to File), not in the home folder each time; kept in
the settings."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import safety_plan_render
from footholds.ui.common import modal
from footholds.ui.common.last_folder import SETTING, last_folder
from footholds.ui.help.safety_plan_output import PlanOutput
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.reflect.checkin_output import CheckinOutput
from footholds.ui.settings.import_dialog import ImportDialog
from footholds.ui.settings.lock_dialogs import RecoveryDialog
from footholds.ui.settings.settings_data import choose_export_file


class Chooser:
    """Stands in for QFileDialog: notes where it opened, answers with `answer`, or nothing."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.answer = ""

    def __call__(self, _parent: object, _title: str, start: str, _kinds: str) -> tuple[str, str]:
        self.opened.append(start)
        return self.answer, ""


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch) -> Chooser:
    fake = Chooser()
    monkeypatch.setattr(modal, "save_file", fake)
    monkeypatch.setattr(modal, "open_file", fake)
    monkeypatch.setattr(PlanOutput, "_ready", lambda self: object())
    monkeypatch.setattr(PlanOutput, "export_to", lambda self, path, fmt="": True)
    monkeypatch.setattr(CheckinOutput, "export_to", lambda self, path, fmt="": True)
    return fake


def test_each_chooser_opens_where_the_last_one_was_used(
    ctx: AppContext, qtbot: QtBot, chooser: Chooser, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    assert last_folder(ctx.settings) == Path.home()  # the first time, the home folder
    parent = QWidget()
    qtbot.addWidget(parent)
    chooser.answer = str(stick / "mine.json")
    assert choose_export_file(parent, ctx.settings) == stick / "mine.json"
    assert ctx.settings[SETTING] == str(stick)

    chooser.answer = ""  # each opened, then closed without a choice: the folder stays
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog._on_choose_clicked()
    assert chooser.opened[-1] == str(stick)
    checkin = cast(CheckinWindow, ctx.windows.show("check-in"))
    checkin.output._on_save_clicked()
    assert Path(chooser.opened[-1]).parent == stick
    assert Path(chooser.opened[-1]).suffix == ".pdf"  # the suggested name, in that folder
    choose_export_file(parent, ctx.settings, "csv")
    assert Path(chooser.opened[-1]).parent == stick
    assert ctx.settings[SETTING] == str(stick)

    elsewhere = tmp_path / "documents"
    elsewhere.mkdir()
    chooser.answer = str(elsewhere / "summary.pdf")
    checkin.output._on_save_clicked()  # saved somewhere else: the next opens there
    chooser.answer = ""
    plan = ctx.windows.show("safety-plan")
    output = plan.output  # type: ignore[attr-defined]
    output._on_save_as_clicked()
    assert Path(chooser.opened[-1]).parent == elsewhere
    assert Path(chooser.opened[-1]).name.endswith(".pdf")


def test_a_folder_gone_since_falls_back_to_home(ctx: AppContext, tmp_path: Path) -> None:
    ctx.settings.set(SETTING, str(tmp_path / "unplugged"))
    assert last_folder(ctx.settings) == Path.home()
    ctx.settings.set(SETTING, str(tmp_path))
    assert last_folder(ctx.settings) == tmp_path


def test_a_long_folder_path_is_kept_and_never_stops_the_save(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A check-in saved four folders deep (a path past 80 characters) was not saved at all:
    keeping its folder raised first. The folder is kept now, and a path the setting cannot
    hold is only not kept: the save goes on."""
    deep = tmp_path / "my therapy papers and other things I keep" / "from the sessions in 2026"
    deep.mkdir(parents=True)
    assert len(str(deep)) > 80
    saved: list[Path] = []
    monkeypatch.setattr(CheckinOutput, "export_to", lambda self, path, fmt="": saved.append(path))
    chooser = Chooser()
    monkeypatch.setattr(modal, "save_file", chooser)
    checkin = cast(CheckinWindow, ctx.windows.show("check-in"))
    chooser.answer = str(deep / "check-in.pdf")
    checkin.output._on_save_clicked()
    assert saved == [deep / "check-in.pdf"]
    assert ctx.settings[SETTING] == str(deep)

    too_long = "/" + "a" * 5000 + "/check-in.pdf"  # no system has such a folder
    chooser.answer = too_long
    checkin.output._on_save_clicked()
    assert saved[-1] == Path(too_long)  # saved all the same
    assert ctx.settings[SETTING] == str(deep)  # and the last folder kept stays

    trailing = tmp_path / "ends in a space "
    trailing.mkdir()
    chooser.answer = str(trailing / "check-in.pdf")
    checkin.output._on_save_clicked()
    assert saved[-1] == trailing / "check-in.pdf"
    assert ctx.settings[SETTING] == str(deep)


class PrintDialog:
    """Stands in for the print dialog's wait: notes what "Print to File" offered, then
    prints to a file in `folder` (the name offered), as a person choosing it would."""

    def __init__(self) -> None:
        self.offered: list[str] = []
        self.folder: Path | None = None

    def __call__(self, dialog: QPrintDialog) -> int:
        dialog.show()  # as its exec() would: the dialog fills its lists as it shows
        box = dialog.findChild(QLineEdit, "filename")
        assert box is not None
        self.offered.append(box.text())
        if self.folder is None:
            dialog.reject()
            return int(QPrintDialog.DialogCode.Rejected.value)
        printers = dialog.findChild(QComboBox, "printers")
        assert printers is not None
        printers.setCurrentIndex(printers.count() - 1)  # "Print to File (PDF)"
        box.setText(str(self.folder / Path(box.text()).name))
        dialog.accept()  # reads the box into the printer, as its Print button does
        return int(QPrintDialog.DialogCode.Accepted.value)


def test_print_to_file_offers_the_folder_and_name_save_as_offers(
    ctx: AppContext, qtbot: QtBot, chooser: Chooser, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Print's "Print to File" offered the home folder ("/home/…/Check-in summary.pdf")
    where Save as offered the folder last used: both offer the same now, and a file printed
    somewhere else is where the next chooser opens."""
    printing = PrintDialog()
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: printing(dialog))
    stick = tmp_path / "stick"
    stick.mkdir()
    ctx.settings.set(SETTING, str(stick))
    checkin = cast(CheckinWindow, ctx.windows.show("check-in"))
    checkin.output._on_save_clicked()
    checkin.output._on_print_clicked()
    assert printing.offered[-1] == chooser.opened[-1]
    assert Path(printing.offered[-1]).parent == stick
    plan = ctx.windows.show("safety-plan")
    page = safety_plan_render.page({"sp-on-my-own": "A walk"}, [])
    monkeypatch.setattr(PlanOutput, "_ready", lambda self: page)
    plan.output._on_save_as_clicked()  # type: ignore[attr-defined]
    plan.output._on_print_clicked()  # type: ignore[attr-defined]
    assert printing.offered[-1] == chooser.opened[-1]
    assert Path(printing.offered[-1]).parent == stick

    elsewhere = tmp_path / "documents"
    elsewhere.mkdir()
    printing.folder = elsewhere
    checkin.output._on_print_clicked()
    printed = elsewhere / Path(printing.offered[-1]).name
    assert printed.stat().st_size > 0
    assert str(printed) in checkin.output.status.text()  # "Saved to …", as Save as says
    assert ctx.settings[SETTING] == str(elsewhere)
    checkin.output._on_save_clicked()
    assert Path(chooser.opened[-1]).parent == elsewhere


def test_the_recovery_key_printed_to_a_file_starts_in_the_folder_last_used(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    printing = PrintDialog()
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: printing(dialog))
    ctx.settings.set(SETTING, str(tmp_path))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = RecoveryDialog(parent, "ABCD EFGH IJKL MNOP", settings=ctx.settings)
    qtbot.addWidget(dialog)
    dialog._on_print_clicked()
    assert Path(printing.offered[-1]).parent == tmp_path
