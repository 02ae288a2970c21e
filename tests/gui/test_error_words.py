"""A Spanish interface shows core's errors in Spanish: saving (full disk, read-only folder),
importing a file, a locked store, an entry or a setting refused, sleep times, an upgrade, a
backup refused, a Daylio row left out, and start-up stopping."""

from __future__ import annotations

import errno
import os
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from footholds.core import atomic
from footholds.core.store import LogEntry
from footholds.ui.common import i18n
from footholds.ui.common.operations import save_record
from footholds.ui.context import AppContext
from footholds.ui.settings.import_dialog import ImportDialog


class FailingWrite(types.ModuleType):
    def __init__(self, code: int) -> None:
        super().__init__("os")
        self.code = code

    def __getattr__(self, attr: str) -> Any:
        if attr != "write":
            return getattr(os, attr)

        def fail(*_a: Any, **_k: Any) -> Any:
            raise OSError(self.code, os.strerror(self.code))

        return fail


@pytest.fixture
def spanish(ctx: AppContext) -> Iterator[AppContext]:
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    yield ctx
    i18n.remove(ctx.app)


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.ENOSPC, "porque el disco está lleno"),
        (errno.EROFS, "no se puede escribir en la carpeta de datos"),
    ],
    ids=["full-disk", "read-only-folder"],
)
def test_a_failed_save_is_told_in_spanish(
    spanish: AppContext, monkeypatch: pytest.MonkeyPatch, number: int, words: str
) -> None:
    said: list[str] = []
    monkeypatch.setattr(spanish.prompter, "warn", lambda _p, text: said.append(text))
    with monkeypatch.context() as failing:  # undone before the store closes
        failing.setattr(atomic, "os", FailingWrite(number))
        assert save_record(spanish, LogEntry(note="hola")) is not None  # kept in memory
    assert len(said) == 1 and words in said[0], said
    assert "Couldn't" not in said[0]


@pytest.mark.parametrize(
    ("number", "ending"),
    [
        (errno.ENOSPC, "Si liberas algo de espacio y vuelves a intentarlo, se guardarán."),
        (
            errno.EROFS,
            "Cuando se pueda volver a escribir en la carpeta de datos y lo intentes de nuevo, "
            "se guardarán.",
        ),
        (
            errno.EIO,
            "Cuando el disco vuelva a aceptar escrituras y lo intentes de nuevo, se guardarán.",
        ),
    ],
    ids=["full-disk", "read-only-folder", "refused"],
)
def test_entries_only_in_memory_are_told_what_will_save_them_in_spanish(
    spanish: AppContext, monkeypatch: pytest.MonkeyPatch, number: int, ending: str
) -> None:
    """Freeing space helps only a full disk: each cause ends with what helps it."""
    said: list[str] = []
    monkeypatch.setattr(spanish.prompter, "warn", lambda _p, text: said.append(text))
    with monkeypatch.context() as failing:  # every write fails, the spare copy's too
        failing.setattr(atomic, "os", FailingWrite(number))
        save_record(spanish, LogEntry(note="hola"))
    assert len(said) == 1 and said[0].startswith("Algunas de tus últimas entradas"), said
    assert said[0].endswith(ending)


def test_the_same_failure_stays_english_in_english(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(ctx.prompter, "warn", lambda _p, text: said.append(text))
    with monkeypatch.context() as failing:
        failing.setattr(atomic, "os", FailingWrite(errno.ENOSPC))
        save_record(ctx, LogEntry(note="hello"))
    # every write fails here, the spare copy too, so the person is told it is only in memory
    assert said and said[0].startswith(
        "Some of your latest entries still can't be saved because the disk is full. They are "
        "only in memory"
    )


def test_a_file_that_cannot_be_imported_is_told_in_spanish(
    spanish: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ImportDialog(spanish)
    qtbot.addWidget(dialog)
    dialog.set_file(tmp_path / "nada.json")
    assert dialog.preview.toPlainText() == f"No hay ningún archivo en {tmp_path / 'nada.json'}."
    zipped = tmp_path / "copia.json"
    zipped.write_bytes(b"PK\x03\x04" + b"\0" * 64)
    dialog.set_file(zipped)
    assert dialog.preview.toPlainText().startswith("copia.json es un archivo zip")
    assert "«Exportar a un archivo JSON…»" in dialog.preview.toPlainText()
    dialog.set_file(tmp_path)
    assert "es una carpeta" in dialog.preview.toPlainText()


def test_an_import_that_stops_says_so_in_spanish(spanish: AppContext, qtbot: QtBot) -> None:
    from footholds.core import import_read

    dialog = ImportDialog(spanish)
    qtbot.addWidget(dialog)
    failure = import_read.failed("import.changed", file="a.csv")
    assert dialog._failure(failure) == (
        "a.csv cambió después de la vista previa; vuelve a mirarlo, por favor. No ha cambiado nada."
    )
    dialog.close()


# -- the rest of core's errors a person may meet ---------------------------------------------


def test_a_locked_store_is_told_in_spanish(
    spanish: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.core.store.failures import StoreIsLocked
    from footholds.ui.common.operations import update_record

    said: list[str] = []
    monkeypatch.setattr(spanish.prompter, "inform", lambda _p, text: said.append(text))
    saved = spanish.store.add(LogEntry(note="hola").clean())

    def locked(_record: Any) -> Any:
        raise StoreIsLocked()

    monkeypatch.setattr(spanish.store, "update", locked)
    assert update_record(spanish, saved) is None
    assert said == [
        "Tus entradas están bloqueadas con tu frase de contraseña, y hace falta para leerlas. "
        "No se ha cambiado nada."
    ]


def test_an_entry_that_cannot_be_taken_is_told_in_spanish_with_its_part(
    spanish: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.core.store.validate import NOTE_LIMIT

    said: list[str] = []
    monkeypatch.setattr(spanish.prompter, "inform", lambda _p, text: said.append(text))
    assert save_record(spanish, LogEntry(note="x" * (NOTE_LIMIT + 1))) is None
    assert len(said) == 1 and said[0].startswith("La nota: 20.001 caracteres, y caben 20.000"), said


def test_a_setting_refused_is_told_in_spanish_with_its_name(spanish: AppContext) -> None:
    from footholds.core.settings import SettingError

    with pytest.raises(SettingError) as caught:
        spanish.settings.set("lists.feelings", "not a list")
    assert i18n.error_text(caught.value) == (
        "Sentimientos: indica una lista de palabras, por favor."
    )
    assert str(caught.value) == "Feelings: please give a list of words."  # the CLI's English


def test_sleep_times_that_cannot_be_a_night_are_told_in_spanish(
    spanish: AppContext, qtbot: QtBot
) -> None:
    from datetime import datetime

    from PySide6.QtCore import QTime

    from footholds.ui.journal.sleep_question import SleepAsk, SleepQuestion

    question = SleepQuestion(spanish, SleepAsk(spanish, lambda: datetime(2026, 3, 10, 8, 0)))
    qtbot.addWidget(question)
    said: list[str] = []
    question.said.connect(said.append)
    question.bed.setTime(QTime(7, 0))
    question.up.setTime(QTime(7, 0))
    question._on_note_clicked()
    assert said == ["Las dos horas son la misma. ¿Las revisas?"]


def test_an_upgrade_that_cannot_be_done_is_told_in_spanish(
    spanish: AppContext, tmp_path: Path
) -> None:
    from footholds.core.store import StoreUpgradeFailed, migrations

    with pytest.raises(migrations.MigrationFailed) as caught:
        migrations.migrate(tmp_path, current=1, target=2, backup=lambda _n: tmp_path, steps={})
    failed = StoreUpgradeFailed(str(caught.value)).explain(caught.value.code, **caught.value.values)
    assert i18n.error_text(failed) == (
        "Footholds no sabe actualizar tus entradas desde la versión 1. No se ha cambiado nada."
    )


def test_a_backup_that_cannot_be_restored_is_told_in_spanish(
    spanish: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    import zipfile

    from footholds.ui.settings.settings_data import DataPage

    page = DataPage(spanish)
    qtbot.addWidget(page)
    broken = tmp_path / "copia.zip"
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr("hola.txt", "hola")
    assert page.restore(broken) is False
    assert page.status.text() == (
        "Este archivo no se puede recuperar; no se ha cambiado nada. "
        "copia.zip no tiene el índice de una copia de seguridad de Footholds."
    )
    spanish.store.add(LogEntry(note="sigue aquí"))
    whole = spanish.backups.create("manual", tmp_path / "rota.zip").read_bytes()
    cut = tmp_path / "rota.zip"
    cut.write_bytes(whole[: len(whole) // 2])  # a copy that stopped part-way
    assert page.restore(cut) is False
    assert page.status.text() == (
        "Este archivo no se puede recuperar; no se ha cambiado nada. "
        "rota.zip parece dañado y no se puede leer."
    )
    assert [e.note for e in spanish.store.all(LogEntry)] == ["sigue aquí"]


def test_a_zip_bomb_is_refused_in_spanish(spanish: AppContext, tmp_path: Path) -> None:
    import zipfile

    from footholds.core.store.backup_check import BadBackup, check_backup

    bomb = tmp_path / "bomba.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ceros", b"\0" * (4 * 1024 * 1024))
    with pytest.raises(BadBackup) as caught:
        check_backup(bomb)
    assert i18n.error_text(caught.value) == (
        "bomba.zip está comprimido mucho más de lo que puede estarlo una copia de seguridad."
    )


def test_why_a_daylio_row_was_left_out_is_told_in_spanish(
    spanish: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    export = tmp_path / "daylio.csv"
    export.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-03-10,March 10,Tuesday,08:00,good,,,bien\n"
        "ayer,March 11,Wednesday,08:00,good,,,mal\n"
        "2026-03-12,March 12,Thursday,25:00,good,,,hora\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(spanish)
    qtbot.addWidget(dialog)
    dialog.set_file(export)
    text = dialog.preview.toPlainText()
    assert "línea 3: la fecha 'ayer' no se entiende" in text, text
    assert "línea 4: la hora '25:00' no se entiende" in text, text
    assert "the date" not in text and "line 3" not in text


def test_an_entry_dated_ahead_is_left_out_in_spanish(
    spanish: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    export = tmp_path / "daylio.csv"
    export.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-03-10,March 10,Tuesday,08:00,good,,,bien\n"
        "2150-03-11,March 11,Wednesday,08:00,good,,,de 2150\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(spanish)
    qtbot.addWidget(dialog)
    dialog.set_file(export)
    text = dialog.preview.toPlainText()
    assert "1 tiene fecha posterior a hoy y se dejará fuera:" in text, text
    assert "línea 3: mié 11 mar 2150" in text, text
    assert "no se pudo leer" not in text
    assert "out of range" not in text
    qtbot.waitUntil(dialog.choose.isEnabled)  # the buttons are on again after the preview
    dialog.import_button.click()
    said = dialog.message.text()
    assert spanish.store.count(LogEntry) == 1
    assert "1 entrada" in said and "Imported" not in said, said


def test_where_an_export_entry_was_left_out_is_told_in_spanish(
    spanish: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    import json

    from footholds.core import export

    data = {
        "format": export.FORMAT,
        "version": export.VERSION,
        "records": {"proof": [{"text": ""}], "dream": [{}, {}]},
    }
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps(data), encoding="utf-8")
    dialog = ImportDialog(spanish)
    qtbot.addWidget(dialog)
    dialog.set_file(exported)
    text = dialog.preview.toPlainText()
    assert "n.º 1:" in text and "number 1" not in text, text
    assert "no es un tipo que esta versión de Footholds conozca (2)" in text, text
    assert "not a kind" not in text


def test_start_up_that_stops_says_why_in_their_language(ctx: AppContext) -> None:
    from footholds.app.build import _in_their_language
    from footholds.core.store.failures import StoreIsLocked

    ctx.settings.set("general.language", "es")
    ctx.settings.save()
    try:
        said = _in_their_language(ctx.app, ctx.paths, StoreIsLocked())
    finally:
        i18n.remove(ctx.app)
    assert said.startswith("Tus entradas están bloqueadas con tu frase de contraseña")


def test_a_backup_that_changed_after_its_check_is_told_in_spanish(
    spanish: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.core.errors import error
    from footholds.core.store import backup_check
    from footholds.ui.settings.settings_data import DataPage

    page = DataPage(spanish)
    qtbot.addWidget(page)
    made = page.back_up()
    assert made is not None
    monkeypatch.setattr(page, "_confirm_restore", lambda *_a: True)

    def changed(path: Path) -> Any:  # the restore's own check, after the window's
        raise error(backup_check.BadBackup, "backup.checksum", file=path.name, member="log.json")

    monkeypatch.setattr(backup_check, "check_backup", changed)
    assert page.restore(Path(made)) is False
    assert page.status.text() == (
        "Este archivo no se puede recuperar; no se ha cambiado nada. "
        f"{Path(made).name}: log.json está dañado (la suma de comprobación no coincide)."
    )


def test_counts_in_a_message_are_written_as_the_interface_language_writes_them(
    spanish: AppContext,
) -> None:
    """Core groups a count the English way; Spanish writes 20.001, and a small count or
    anything not a count is left as it is."""
    assert i18n.local_numbers({"length": "20,001", "limit": "500", "field": "1,5 x"}) == {
        "length": "20.001",
        "limit": "500",
        "field": "1,5 x",
    }
    # Spanish marks thousands from five figures on: "Aquí caben hasta 5000 caracteres"
    assert (i18n.grouped(5000), i18n.grouped(20_000)) == ("5000", "20.000")


def test_nowhere_to_keep_entries_names_a_read_only_folder_in_spanish(
    spanish: AppContext,
) -> None:
    from footholds.app.quitting import unkept_words
    from footholds.core.store.failures import write_error

    told = i18n.error_text(write_error(errno.EROFS, "store.nowhere.read_only"))
    assert "no se puede escribir en la carpeta de datos" in told
    assert "lleno" not in told and "espacio" not in told
    asked = unkept_words(write_error(errno.EACCES, "store.nowhere.read_only"))
    assert asked.startswith("Algunas de tus últimas entradas aún no se pueden guardar, porque")
    assert "lleno" not in asked and "espacio" not in asked
    assert "¿está lleno?" in unkept_words(write_error(errno.ENOSPC, "store.nowhere.disk_full"))


@pytest.mark.parametrize(
    ("number", "said"),
    [
        (errno.ENOSPC, "el disco está lleno"),
        (errno.EROFS, "no se puede escribir en la carpeta de datos"),
    ],
)
def test_a_restore_the_disk_refused_says_why_in_plain_words(
    spanish: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    number: int,
    said: str,
) -> None:
    """A full disk came through as the system's own English: "No space left on device"."""
    from footholds.ui.settings.settings_data import DataPage

    page = DataPage(spanish)
    qtbot.addWidget(page)
    made = page.back_up()
    assert made is not None
    monkeypatch.setattr(page, "_confirm_restore", lambda *_a: True)

    def refused(*_args: Any) -> Path:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(spanish.backups, "restore", refused)
    assert page.restore(Path(made)) is False
    assert page.status.text() == (
        f"No se pudo recuperar la copia y no se ha cambiado nada: {said}."
    )
