"""A Spanish interface shows core's errors in Spanish: saving (full disk, read-only folder)
and importing a file."""

from __future__ import annotations

import errno
import os
import types
from typing import Any

import pytest

from footholds.core import atomic
from footholds.core.store import LogEntry
from footholds.ui.common import i18n
from footholds.ui.common.operations import save_record
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
def spanish(ctx):
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    yield ctx
    i18n.remove(ctx.app)


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.ENOSPC, "No se pudo guardar en el disco porque está lleno."),
        (errno.EROFS, "no se puede escribir en la carpeta de datos"),
    ],
    ids=["full-disk", "read-only-folder"],
)
def test_a_failed_save_is_told_in_spanish(spanish, monkeypatch, number, words) -> None:
    said: list[str] = []
    monkeypatch.setattr(spanish.prompter, "warn", lambda _p, text: said.append(text))
    with monkeypatch.context() as failing:  # undone before the store closes
        failing.setattr(atomic, "os", FailingWrite(number))
        assert save_record(spanish, LogEntry(note="hola")) is not None  # kept in memory
    assert len(said) == 1 and words in said[0], said
    assert "Couldn't" not in said[0]


def test_the_same_failure_stays_english_in_english(ctx, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(ctx.prompter, "warn", lambda _p, text: said.append(text))
    with monkeypatch.context() as failing:
        failing.setattr(atomic, "os", FailingWrite(errno.ENOSPC))
        save_record(ctx, LogEntry(note="hello"))
    assert said and said[0].startswith("Couldn't save to disk because the disk is full.")


def test_a_file_that_cannot_be_imported_is_told_in_spanish(spanish, qtbot, tmp_path) -> None:
    dialog = ImportDialog(spanish)
    qtbot.addWidget(dialog)
    dialog.set_file(tmp_path / "nada.json")
    assert dialog.preview.toPlainText() == f"No hay ningún archivo en {tmp_path / 'nada.json'}."
    zipped = tmp_path / "copia.json"
    zipped.write_bytes(b"PK\x03\x04" + b"\0" * 64)
    dialog.set_file(zipped)
    assert dialog.preview.toPlainText().startswith("copia.json es un archivo zip.")
    dialog.set_file(tmp_path)
    assert "es una carpeta" in dialog.preview.toPlainText()


def test_an_import_that_stops_says_so_in_spanish(spanish) -> None:
    from footholds.core import importers

    dialog = ImportDialog(spanish)
    failure = importers.failed("import.changed", file="a.csv")
    assert dialog._failure(failure) == (
        "a.csv cambió después de la vista previa; vuelve a mirarlo, por favor. No ha cambiado nada."
    )
    dialog.close()
